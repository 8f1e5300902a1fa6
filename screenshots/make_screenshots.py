"""Write SVG screenshots of the main screens, from the demo data, into screenshots/.

Run: python screenshots/make_screenshots.py
"""

from __future__ import annotations

import asyncio
import datetime as dt
import tempfile
from pathlib import Path

from cpb_tui import clock
from cpb_tui.app import make_app
from cpb_tui.demo import build_demo
from cpb_tui.screens import AgendaScreen, MeetingsScreen, ReaderScreen

OUT = Path(__file__).resolve().parent
SIZE = (120, 36)
# The demo's calendar is written around this day; pin it so the pictures do not drift.
DEMO_TODAY = dt.date(2026, 11, 23)
MEETING = dt.date(2025, 3, 20)


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
        await until(pilot, lambda: isinstance(app.screen, MeetingsScreen) and app.screen.meetings)
        written.append(Path(app.save_screenshot("meetings.svg", str(OUT))))
        row = [m.date for m in app.screen.meetings].index(MEETING)
        app.screen.query_one("DataTable").move_cursor(row=row)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, AgendaScreen) and app.screen.items)
        agenda = app.screen
        target = next(i for i, item in enumerate(agenda.items) if item.page_start and not item.procedural)
        agenda.query_one("DataTable").move_cursor(row=target)
        await pilot.pause()
        written.append(Path(app.save_screenshot("agenda.svg", str(OUT))))
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ReaderScreen) and app.screen.shown_item_id is not None)
        written.append(Path(app.save_screenshot("reader.svg", str(OUT))))
    return written


def main() -> None:
    clock.today = lambda: DEMO_TODAY
    with tempfile.TemporaryDirectory() as folder:
        db = build_demo(Path(folder) / "demo.db")
        for path in asyncio.run(shoot(db)):
            print(f"wrote {path.relative_to(OUT.parent)}")


if __name__ == "__main__":
    main()
