"""SVG snapshots of the three main screens on the demo data (tests/__snapshots__/).

After a deliberate change to a screen: `pytest tests/test_snapshots.py --snapshot-update`,
then look at the report before committing the new SVGs.
"""

import pytest

from cpb_tui.app import make_app
from cpb_tui.screens import AgendaScreen, MeetingsScreen, ReaderScreen

MEETING = "2025-03-20"


async def until(pilot, condition):
    for _ in range(500):
        if condition():
            await pilot.pause()
            return
        await pilot.pause(0.02)
    raise AssertionError("the screen never loaded")


async def meetings_loaded(pilot):
    app = pilot.app
    await until(pilot, lambda: isinstance(app.screen, MeetingsScreen) and app.screen.meetings)


async def agenda_open(pilot):
    await meetings_loaded(pilot)
    app = pilot.app
    rows = [m.date.isoformat() for m in app.screen.meetings]
    app.screen.query_one("DataTable").move_cursor(row=rows.index(MEETING))
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(app.screen, AgendaScreen) and app.screen.items)


async def reader_open(pilot):
    await agenda_open(pilot)
    app = pilot.app
    await pilot.press("down", "down", "down", "down", "down", "enter")
    await until(pilot, lambda: isinstance(app.screen, ReaderScreen) and app.screen.shown_item_id is not None)


@pytest.mark.parametrize("size", [(100, 30), (80, 24)], ids=["100x30", "80x24"])
@pytest.mark.parametrize(
    "run_before",
    [meetings_loaded, agenda_open, reader_open],
    ids=["meetings", "agenda", "reader"],
)
def test_screen(snap_compare, demo_db, run_before, size):
    assert snap_compare(make_app(demo_db), run_before=run_before, terminal_size=size)
