"""Write SVG screenshots of the main screens, from the demo data, into screenshots/.

Run: python screenshots/make_screenshots.py
"""

from __future__ import annotations

import asyncio
import datetime as dt
import tempfile
from pathlib import Path

from cpb_tui.domain import clock
from cpb_tui.services.demo import build_demo
from cpb_tui.tui.app import make_app
from cpb_tui.tui.screens import ActionLogScreen, BriefScreen, HelpScreen, HomeScreen, MeetingScreen

OUT = Path(__file__).resolve().parent
SIZE = (120, 36)
# The demo's calendar is written around this day; pin it so the pictures do not drift.
DEMO_TODAY = dt.date(2026, 11, 23)
MEETING = dt.date(2025, 3, 20)
TABLE_MEETING = dt.date(2026, 11, 26)


async def until(pilot, condition) -> None:
    for _ in range(500):
        if condition():
            await pilot.pause()
            return
        await pilot.pause(0.02)
    raise RuntimeError("the app never reached the screen to photograph")


async def shoot(db: Path) -> list[Path]:
    app = make_app(db)
    written = []
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.summaries)
        written.append(Path(app.save_screenshot("home.svg", str(OUT))))
        await pilot.press("b")  # the next meeting's briefing
        await until(pilot, lambda: isinstance(app.screen, BriefScreen) and app.screen.brief is not None)
        written.append(Path(app.save_screenshot("brief.svg", str(OUT))))
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.press("question_mark")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen))
        written.append(Path(app.save_screenshot("help.svg", str(OUT))))
        await pilot.press("escape")
        await pilot.press("slash", *"fostering")
        await pilot.pause(0.8)
        written.append(Path(app.save_screenshot("search.svg", str(OUT))))
        await pilot.press("escape")
        await pilot.pause(0.2)
        row = [m.date for m in app.screen.meetings].index(MEETING)
        app.screen.query_one("#meetings-table").move_cursor(row=row)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, MeetingScreen) and app.screen.shown_item_id is not None)
        written.append(Path(app.save_screenshot("meeting.svg", str(OUT))))
        await pilot.press("n")
        await pilot.pause(0.3)
        await pilot.press("t", "down", "enter")
        await pilot.pause(0.3)
        written.append(Path(app.save_screenshot("reader.svg", str(OUT))))
        await pilot.press("4")
        await pilot.pause(0.3)
        written.append(Path(app.save_screenshot("actions.svg", str(OUT))))
        await pilot.press("A")
        await until(pilot, lambda: isinstance(app.screen, ActionLogScreen) and app.screen.trail is not None)
        await pilot.press("3", "t")
        await pilot.pause(0.3)
        written.append(Path(app.save_screenshot("action_log.svg", str(OUT))))
        written.append(await shoot_table(app, pilot, db))
    return written


async def shoot_table(app, pilot, db: Path) -> Path:
    """A report's table, drawn as a table: the next meeting's item 6, its Executive Summary."""
    from cpb_tui.store import Store

    store = Store.open(db)
    meeting = next(m for m in store.meetings() if m.date == TABLE_MEETING)
    store.close()
    app.push_screen(MeetingScreen(meeting.id, "6"))
    await until(pilot, lambda: isinstance(app.screen, MeetingScreen) and app.screen.sections)
    await pilot.press("right_curly_bracket", "right_curly_bracket")
    await pilot.pause(0.3)
    return Path(app.save_screenshot("table.svg", str(OUT)))


def main() -> None:
    clock.today = lambda: DEMO_TODAY
    # The history on the action log shows when each event was written: pin that too.
    from cpb_tui.store import action_log

    action_log._now = lambda: f"{DEMO_TODAY.isoformat()}T09:00:00+00:00"
    for old in OUT.glob("*.svg"):
        old.unlink()
    with tempfile.TemporaryDirectory() as folder:
        db = build_demo(Path(folder) / "demo.db")
        for path in asyncio.run(shoot(db)):
            print(f"wrote {path.relative_to(OUT.parent)}")


if __name__ == "__main__":
    main()
