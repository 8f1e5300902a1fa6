"""At 80x24 every screen is usable: headers on one line, footers whose keys fit, Home's Status
column shown; and Home keeps its cursor on the same meeting across reloads."""

from __future__ import annotations

import pytest
from textual.widgets import Footer, Static
from textual.widgets._footer import FooterKey

from cpb_tui.tui.app import make_app
from cpb_tui.tui.screens import BriefScreen, HelpScreen, HomeScreen, MeetingScreen
from cpb_tui.tui.screens.home_screen import column_widths
from cpb_tui.tui.screens.search_screen import SearchScreen
from cpb_tui.tui.widgets import MeetingTable
from cpb_tui.tui.widgets.bars import KeyBar
from tests.pilot_wait import wait_for

SMALL = (80, 24)


def footer_fits(screen) -> list[str]:
    """The footer keys that fall under the palette key or off the screen (none, when it fits)."""
    bars = screen.query(KeyBar)
    if bars:  # the home screen's one-widget footer says what it could not fit
        return list(bars.first().cut)
    keys = list(screen.query_one(Footer).query(FooterKey))
    palette = next(k for k in keys if k.has_class("-command-palette"))
    return [f"{k.key} {k.description}" for k in keys if k is not palette and k.region.right > palette.region.x]


def one_line(screen, selector: str) -> bool:
    return screen.query_one(selector, Static).size.height == 1


def home_shows_every_column(screen) -> bool:
    table = screen.query_one("#meetings-table", MeetingTable)
    return list(table.columns)[-1] == "Status" and table.width_used <= table.scrollable_content_region.width


async def test_every_screen_fits_80x24(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=SMALL) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.summaries)
        home = app.screen
        assert home_shows_every_column(home)
        assert footer_fits(home) == []

        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, MeetingScreen) and app.screen.shown_item_id is not None)
        meeting = app.screen
        await pilot.pause(0.1)
        for selector in ("#meeting-title", "#meeting-meta", "#item-title", "#item-meta"):
            assert one_line(meeting, selector), selector
        assert "·  meeting 10 of 10" in str(meeting.query_one("#meeting-meta", Static).render())
        assert footer_fits(meeting) == []
        for tab in "12345":
            await pilot.press(tab)
            await pilot.pause(0.05)
            assert one_line(meeting, "#item-meta") and footer_fits(meeting) == []

        await pilot.press("b")
        await wait_for(pilot, lambda: isinstance(app.screen, BriefScreen) and app.screen.brief is not None)
        assert one_line(app.screen, "#brief-title") and one_line(app.screen, "#brief-meta")
        assert str(app.screen.query_one("#brief-meta", Static).render()).startswith("3 actions due")
        assert footer_fits(app.screen) == []
        await pilot.press("escape", "escape")
        await wait_for(pilot, lambda: app.screen is home)

        await pilot.press("slash")
        await wait_for(pilot, lambda: isinstance(app.screen, SearchScreen))
        assert footer_fits(app.screen) == []
        await pilot.press("escape", "question_mark")
        await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        help_box = app.screen.query_one("VerticalScroll")
        assert help_box.region.right <= SMALL[0] and help_box.region.bottom <= SMALL[1]
        await pilot.press("escape", "A")
        await wait_for(pilot, lambda: type(app.screen).__name__ == "ActionLogScreen" and app.screen.store_log is not None)
        await pilot.pause(0.1)
        log = app.screen
        assert footer_fits(log) == []
        shown = " ".join(str(label.render()) for label in log.query_one(Footer).query("FooterKey, FooterLabel"))
        assert "Views" in shown and "Filter" in shown and "Help" in shown  # the rest is in help (?)


@pytest.mark.parametrize("width", [60, 64, 80, 100, 120, 200])
def test_home_columns_shrink_by_priority_and_status_stays(width):
    widths = column_widths(width)
    assert list(widths)[-1] == "Status" and widths["Status"] == 9
    if width >= 64:  # the narrowest the seven columns can be
        assert sum(widths.values()) + 2 * len(widths) + 2 <= width
    if width >= 80:
        assert widths["Date"] == 17  # the committee gives way first
    assert widths["Committee"] <= 40


async def test_home_keeps_the_cursor_on_the_same_meeting_across_reloads(demo_db):
    from cpb_tui.store import Store

    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.summaries)
        home = app.screen
        table = home.query_one("#meetings-table", MeetingTable)
        table.move_cursor(row=3)
        chosen = home.meetings[3]
        # A meeting scheduled ahead arrives at the top: every row below moves down one.
        store = Store.open(demo_db)
        store.add_meeting(chosen.committee, home.meetings[0].date.replace(year=home.meetings[0].date.year + 1))
        store.close()
        count = len(home.summaries)
        home.load_meetings()
        await wait_for(pilot, lambda: len(home.summaries) == count + 1)
        assert home.meetings[table.cursor_row].id == chosen.id and table.cursor_row != 3
        await pilot.resize_terminal(80, 24)  # and across a resize, which lays the columns out again
        await wait_for(pilot, lambda: home.widths == column_widths(80))
        assert home.meetings[table.cursor_row].id == chosen.id


async def test_a_resize_while_a_long_list_is_still_filling_adds_every_meeting_once(demo_db, monkeypatch):
    from cpb_tui.tui.screens import home_screen

    monkeypatch.setattr(home_screen, "FIRST_ROWS", 2)  # the demo's ten meetings arrive in batches
    monkeypatch.setattr(home_screen, "BATCH_ROWS", 3)
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.summaries)
        home = app.screen
        await pilot.resize_terminal(80, 24)  # before the batches are in: the table is laid out again
        table = home.query_one("#meetings-table", MeetingTable)
        await wait_for(pilot, lambda: table.row_count == len(home.summaries))
        await pilot.pause(0.3)  # the earlier filling's batches, had they run, would be in by now
        assert table.row_count == len(home.summaries)
        assert [str(row.value) for row in table.rows] == [str(s.meeting.id) for s in home.summaries]
