"""TUI responsiveness on a 40-item meeting: `n`, `]`/`[`, tab switches, `}` onto a 200 KB section, opening a meeting.

Run: python bench/tui_latency.py [--rounds 3] [--items 40] [--gc app,default] [--meetings 10000]

A store of six 40-item meetings of one committee is generated into a temporary folder
(minutes, resolutions and a ten-section report per item; item 1 of the first meeting has a
200 KB section as its second). Latency is measured headless with Textual's Pilot: from the key
sent (as the driver sends it; Pilot's own `press` would also wait for the tabs' underline
animation to end) to the new content in place, every message already queued for the screen's widgets handled, and
the screen laid out and rendered (`_painted`; Pilot's `pause` would also wait for the process to
go idle, which adds 20 ms slices and any animation). Each round runs every garbage
collection mode once, each in a fresh process, in a shuffled order, so the modes are paired:
`app` is the app as shipped (start-up objects frozen, collection tuned: tui/collector.py),
`default` Python's collector untouched, `off` collection disabled (the floor). With
`--meetings N`, the first screen with N meetings (over 100 committees) is timed too.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import random
import statistics
import subprocess
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
BIG_SECTION_BYTES = 200_000
MEETINGS = 6


def big_section_body(size: int = BIG_SECTION_BYTES) -> str:
    """About `size` characters of paragraphs, each numbered so a test can find every one."""
    paragraphs, used, number = [], 0, 0
    while used < size:
        number += 1
        paragraph = f"Paragraph {number}. " + PARAGRAPH * 3
        paragraphs.append(paragraph)
        used += len(paragraph) + 2
    return "\n\n".join(paragraphs)


def big_meeting(items: int, date: dt.date = dt.date(2026, 3, 19), big_section: bool = False) -> MeetingRecord:
    """One meeting with `items` items, each with minutes, two clauses and a ten-section report."""
    records = []
    for number in range(1, items + 1):
        sections = [
            SectionRecord(str(s), f"Section {s} of report {number}", PARAGRAPH * 12, page_start=number * 3)
            for s in range(1, 11)
        ]
        if big_section and number == 1:
            sections[1] = SectionRecord("2", "Section 2 of report 1: the long appendix", big_section_body(), page_start=3)
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
    return MeetingRecord("Corporate Parenting Board", date, items=records)


def build_store(path: Path, items: int) -> None:
    from cpb_tui.store import Store

    store = Store.open(path)
    for index in range(MEETINGS):
        date = dt.date(2026, 3, 19) - dt.timedelta(days=91 * index)
        meeting = big_meeting(items, date, big_section=index == 0)
        store.import_document(DocumentRecord("agenda pack", f"meeting {index}", [meeting]), f"m{index}", f"m{index}")
    store.close()


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


async def _until(pilot, condition, step: float = 0.001) -> None:
    while not condition():
        await asyncio.sleep(step)


async def _painted(pilot) -> None:
    """Every message already sent to the screen's widgets handled, then the screen laid out and rendered."""
    for _ in range(2):
        await pilot._wait_for_screen()
    pilot.app.screen._on_timer_update()


CHARACTERS = {"right_curly_bracket": "}", "left_curly_bracket": "{", "right_square_bracket": "]", "left_square_bracket": "["}


def _send(app, key: str) -> None:
    """A key as the terminal driver delivers it (Pilot's press also waits for every animation to end)."""
    from textual import events

    event = events.Key(key, CHARACTERS.get(key, key if len(key) == 1 else None))
    event.set_sender(app)
    app._driver.send_message(event)


async def _timed(pilot, key: str, condition) -> float:
    start = time.perf_counter()
    _send(pilot.app, key)
    await _until(pilot, condition)
    await _painted(pilot)
    return time.perf_counter() - start


def _settled(screen) -> bool:
    return screen.shown_item_id is not None and screen.shown_item_id == getattr(screen, "loading_item_id", None) and bool(screen.window_titles)


async def measure(db: Path, items: int, gc_mode: str) -> dict[str, list[float]]:
    """Every key's latencies in one app run, under one collection mode."""
    import gc

    from cpb_tui.tui.app import make_app
    from cpb_tui.tui.screens import HomeScreen, MeetingScreen

    try:
        from cpb_tui.tui import collector
    except ImportError:  # a cpb from before the collector was tuned (PYTHONPATH): its default is Python's
        from types import SimpleNamespace

        collector = SimpleNamespace()
    if gc_mode.startswith("t="):  # to choose: start-up frozen, these thresholds
        collector.THRESHOLDS = tuple(int(n) for n in gc_mode[2:].split("/"))
    elif gc_mode == "freeze":  # start-up frozen, Python's thresholds
        collector.prepare = lambda: None
    elif gc_mode != "app":  # the app's own tuning off: Python's defaults
        collector.settle = lambda app=None: None
        collector.prepare = lambda: None
    if gc_mode == "off":
        gc.disable()
    times: dict[str, list[float]] = {"n": [], "]/[": [], "tab": [], "}": [], "open": [], "gc0": [], "gc1": [], "gc2": []}
    started: list[float] = []

    def timed_collection(phase: str, info: dict) -> None:  # every collection's length, by generation
        if phase == "start":
            started[:] = [time.perf_counter()]
        elif started:
            times[f"gc{info['generation']}"].append(time.perf_counter() - started[0])

    gc.callbacks.append(timed_collection)
    app = make_app(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await _until(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.summaries, 0.01)
        await pilot.pause(0.2)
        for _ in range(10):  # open the newest meeting, and back
            times["open"].append(await _timed(pilot, "enter", lambda: isinstance(app.screen, MeetingScreen) and _settled(app.screen)))
            _send(app, "escape")
            await _until(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.press("enter")
        await _until(pilot, lambda: isinstance(app.screen, MeetingScreen) and _settled(app.screen))
        screen = app.screen
        for _ in range(10):  # `}` onto the 200 KB section, `{` back
            big = screen.sections[1]
            times["}"].append(await _timed(pilot, "right_curly_bracket", lambda: screen.section_start == 1 and screen.window_titles and big.heading in screen.window_titles[0]))
            await _timed(pilot, "left_curly_bracket", lambda: screen.section_start == 0)
        for index in range(1, min(items, len(screen.shown_items))):
            target = screen.shown_items[index].id
            times["n"].append(await _timed(pilot, "n", lambda: screen.shown_item_id == target and _settled(screen)))
            if index <= 8:
                for key, name in (("2", "minutes"), ("3", "resolutions"), ("4", "actions"), ("5", "topic"), ("1", "report")):
                    tabs = screen.query_one("#item-tabs")
                    times["tab"].append(await _timed(pilot, key, lambda: tabs.active == name))
        for index in range(12):  # to an earlier meeting and back
            key = "left_square_bracket" if index % 2 == 0 else "right_square_bracket"
            before = screen.meeting_id
            times["]/["].append(await _timed(pilot, key, lambda: screen.meeting_id != before and screen.meeting is not None and screen.meeting.id == screen.meeting_id and _settled(screen)))
    return times


async def measure_first_screen(db: Path) -> float:
    from cpb_tui.tui.app import make_app
    from cpb_tui.tui.screens import HomeScreen

    start = time.perf_counter()
    app = make_app(db)
    async with app.run_test(size=(120, 40)) as pilot:
        await _until(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.summaries, 0.005)
        await pilot.pause()
        elapsed = time.perf_counter() - start
    return elapsed


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(round(len(ordered) * 0.95)) - 1)]


def report(results: dict[str, dict[str, list[float]]]) -> None:
    keys = ["n", "]/[", "tab", "}", "open", "gc1", "gc2"]
    print(f"{'mode':<14} " + " ".join(f"{k + ' med/p95/max ms':>24}" for k in keys))
    for mode, times in results.items():
        cells = []
        for key in keys:
            values = times.get(key) or [0.0]  # gc1, gc2: each collection of that generation (count in brackets)
            cells.append(f"{statistics.median(values) * 1000:6.0f} /{p95(values) * 1000:5.0f} /{max(values) * 1000:5.0f} ({len(values)})")
        print(f"{mode:<14} " + " ".join(f"{c:>24}" for c in cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--gc", default="app,default", help="collection modes to pair: app, default, off, freeze, t=N0/N1/N2 (frozen, thresholds)")
    parser.add_argument("--meetings", type=int, default=0, help="also time the first screen with this many meetings")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(asyncio.run(measure(Path(args.db), args.items, args.one))))
        return
    modes = args.gc.split(",")
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "meetings.db"
        build_store(db, args.items)
        results: dict[str, dict[str, list[float]]] = {mode: {} for mode in modes}
        for round_number in range(args.rounds):
            order = random.sample(modes, len(modes))
            for mode in order:
                out = subprocess.run([sys.executable, __file__, "--one", mode, "--db", str(db), "--items", str(args.items)],
                                     check=True, capture_output=True, text=True).stdout
                for key, values in json.loads(out.strip().splitlines()[-1]).items():
                    results[mode].setdefault(key, []).extend(values)
            print(f"round {round_number + 1} of {args.rounds} done ({', '.join(order)})", file=sys.stderr)
        print(f"{args.items}-item meetings, {args.rounds} rounds per mode, each a fresh process; (n) = presses timed;"
              " gc1, gc2: the collections of generations 1 and 2 during the run, how long each took")
        report(results)
        if args.meetings:
            from cpb_tui.store import Store

            store = Store.open(Path(folder) / "archive.db")
            store.import_document(many_meetings(args.meetings), "archive", "archive", derive=False)
            store.close()
            first = [asyncio.run(measure_first_screen(Path(folder) / "archive.db")) for _ in range(3)]
            print(f"first screen with {args.meetings:,} meetings: median {statistics.median(first):.2f} s, max {max(first):.2f} s")


if __name__ == "__main__":
    main()
