"""TUI responsiveness: `n` on a 40-item meeting, and the first screen with 10,000 meetings.

Run: python bench/tui_latency.py [--meetings 10000] [--items 40]

Both stores are generated into a temporary folder (synthetic meetings with minutes,
resolutions and report sections). Latency is measured headless with Textual's Pilot: from
the key press to the new item's title, tabs and report sections mounted on screen.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cpb_tui.domain.models import (  # noqa: E402
    DocumentRecord,
    ItemRecord,
    MeetingRecord,
    ReportRecord,
    ResolutionRecord,
    SectionRecord,
)

PARAGRAPH = (
    "The Board received the report of the Director of Children's Services on placements for children in "
    "care, the recruitment of foster carers and the plans for the coming year across every district. "
)


def big_meeting(items: int) -> DocumentRecord:
    """One meeting with `items` items, each with minutes, two clauses and a ten-section report."""
    records = []
    for number in range(1, items + 1):
        sections = [
            SectionRecord(str(s), f"Section {s} of report {number}", PARAGRAPH * 12, page_start=number * 3)
            for s in range(1, 11)
        ]
        records.append(
            ItemRecord(
                title=f"Service report {number}",
                number=str(number),
                minutes=PARAGRAPH * 4,
                resolutions=[
                    ResolutionRecord("i", "Notes the report.", "notes", "That the Board:"),
                    ResolutionRecord("ii", f"Requests a further update on service {number} to a future meeting.", "requests"),
                ],
                reports=[ReportRecord(f"Service Report {number}", sections=sections)],
            )
        )
    meeting = MeetingRecord("Corporate Parenting Board", dt.date(2026, 3, 19), items=records)
    return DocumentRecord("agenda pack", "large meeting", [meeting])


def many_meetings(count: int) -> DocumentRecord:
    """`count` meetings over 100 committees, three items each."""
    meetings = []
    start = dt.date(2006, 1, 5)
    for index in range(count):
        committee = f"Committee {index % 100:03d}"
        date = start + dt.timedelta(days=(index // 100) * 7)
        items = [ItemRecord(title=f"Business item {n}", number=str(n), minutes=PARAGRAPH) for n in range(1, 4)]
        meetings.append(MeetingRecord(committee, date, role="minutes", items=items))
    return DocumentRecord("minutes", "archive", meetings)


async def measure_steps(db: Path, items: int) -> list[float]:
    from cpb_tui.tui.app import make_app
    from cpb_tui.tui.screens import HomeScreen, MeetingScreen

    app = make_app(db)
    times = []
    async with app.run_test(size=(120, 40)) as pilot:
        while not (isinstance(app.screen, HomeScreen) and app.screen.summaries):
            await pilot.pause(0.01)
        await pilot.press("enter")
        while not (isinstance(app.screen, MeetingScreen) and app.screen.shown_item_id is not None):
            await pilot.pause(0.01)
        screen = app.screen
        for index in range(1, min(items, len(screen.shown_items))):
            target = screen.shown_items[index].id
            start = time.perf_counter()
            await pilot.press("n")
            while screen.shown_item_id != target or not screen.window_titles:
                await pilot.pause(0.001)
            await pilot.pause()  # one refresh: the new text painted
            times.append(time.perf_counter() - start)
    return times


async def measure_floor(presses: int = 30) -> list[float]:
    """The harness's own cost: a bare Textual app updating one Static on a key, measured the same way."""
    from textual.app import App
    from textual.binding import Binding
    from textual.widgets import Static

    class Bare(App):
        BINDINGS = [Binding("n", "bump", "")]

        def compose(self):
            yield Static("0", id="count")

        def action_bump(self) -> None:
            widget = self.query_one("#count", Static)
            widget.update(str(int(str(widget.render())) + 1))

    times = []
    async with Bare().run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for _ in range(presses):
            start = time.perf_counter()
            await pilot.press("n")
            await pilot.pause()
            times.append(time.perf_counter() - start)
    return times


async def measure_first_screen(db: Path) -> float:
    from cpb_tui.tui.app import make_app
    from cpb_tui.tui.screens import HomeScreen

    start = time.perf_counter()
    app = make_app(db)
    async with app.run_test(size=(120, 40)) as pilot:
        while not (isinstance(app.screen, HomeScreen) and app.screen.summaries):
            await pilot.pause(0.005)
        await pilot.pause()
        elapsed = time.perf_counter() - start
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=10_000)
    parser.add_argument("--items", type=int, default=40)
    args = parser.parse_args()
    from cpb_tui.store import Store

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        store = Store.open(folder / "big-meeting.db")
        store.import_document(big_meeting(args.items), "big-meeting", "big-meeting")
        store.close()
        steps = asyncio.run(measure_steps(folder / "big-meeting.db", args.items))
        floor = asyncio.run(measure_floor())
        print(f"n on a {args.items}-item meeting (10 report sections each), {len(steps)} presses:")
        print(f"  median {statistics.median(steps) * 1000:.0f} ms, p95 {sorted(steps)[int(len(steps) * 0.95) - 1] * 1000:.0f} ms, "
              f"max {max(steps) * 1000:.0f} ms (target: under 150 ms)")
        print(f"  the harness alone (a bare app updating one Static on a key): median {statistics.median(floor) * 1000:.0f} ms;"
              f" cpb's own share: about {(statistics.median(steps) - statistics.median(floor)) * 1000:.0f} ms")

        start = time.perf_counter()
        store = Store.open(folder / "archive.db")
        store.import_document(many_meetings(args.meetings), "archive", "archive", derive=False)
        store.close()
        built = time.perf_counter() - start
        first = [asyncio.run(measure_first_screen(folder / "archive.db")) for _ in range(3)]
        print(f"first screen with {args.meetings:,} meetings (store built in {built:.1f} s), 3 runs in one process:")
        print(f"  median {statistics.median(first):.2f} s, max {max(first):.2f} s (app start to the meetings listed)")


if __name__ == "__main__":
    main()
