"""The action log screen itself on the hard case: keys to rows on screen, in the real app.

Part of `python bench/action_log.py --screen` (docs/benchmarks.md). The app (`make_app`, its
collector, its workers) over a store of `bench/action_log_store.py`; each key is sent as the
terminal driver sends it and timed until what it asks for is on screen (every message handled,
the screen laid out and rendered, as bench/tui_latency.py times the meeting screen's keys).

Visits alternate: one with nothing committed since the last (the screen shows the kept rows and
the store says nothing changed), one after another cpb wrote an update to an action (the screen
shows the kept rows and reads the store again; `down` is pressed at once and timed while that
read runs). Fresh apps, each in a fresh interpreter as cpb starts, time a first visit 0.3 s, and
0 s, after the home screen's first rows, with the app's read-ahead (started once those rows are
drawn) and, as the peer, without it.
"""

from __future__ import annotations

import time
from pathlib import Path

from bench.tui_latency import _painted, _send, _until

FIRST_VISIT_DELAYS = (0.3, 0.0)
"""Seconds between the home screen's first rows and A, for the first-visit runs."""


async def _timed(pilot, key: str, condition) -> float:
    start = time.perf_counter()
    _send(pilot.app, key)
    await _until(pilot, condition)
    await _painted(pilot)
    return time.perf_counter() - start


def _another_cpb_writes(db: Path, visit: int) -> None:
    """As `cpb actions note` does: an update on one action, on a connection of its own."""
    from cpb_tui.store import Store

    store = Store.open(db)
    try:
        action = store.actions("all")[visit * 37].id
        store.note_action(action, "bench", f"bench update {visit}")
    finally:
        store.close()


def _rows_shown(app) -> bool:
    from cpb_tui.tui.screens.action_log_screen import ActionLogScreen
    from cpb_tui.tui.widgets.action_table import ActionTable

    return isinstance(app.screen, ActionLogScreen) and app.screen.shown_log is not None and len(app.screen.query_one(ActionTable).entries) > 0


async def measure(db: Path, rounds: int) -> dict[str, list[float]]:
    """Each key's latencies over 2 x `rounds` visits to the log, then the first visits of fresh apps."""
    from cpb_tui.tui.app import make_app
    from cpb_tui.tui.screens import HomeScreen
    from cpb_tui.tui.widgets.action_table import ActionTable

    times: dict[str, list[float]] = {
        "A again, nothing changed: kept rows": [], "A again, nothing changed: checked": [],
        "A after another cpb wrote: kept rows": [], "A after another cpb wrote: fresh read": [],
        "down during the fresh read": [], "down, idle": [],
        "filter": [], "sort": [], "reverse": [], "clear": [],
    }
    app = make_app(db)
    async with app.run_test(size=(120, 36)) as pilot:
        await _until(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.summaries and app.last_action_log is not None, 0.01)
        await pilot.pause(0.3)
        for visit in range(2 * rounds):
            changed = visit % 2 == 1
            if changed:
                _another_cpb_writes(db, visit)
                await pilot.pause(1.3)  # the app notices (it polls once a second), as it would before a clerk's A
            what = "A after another cpb wrote" if changed else "A again, nothing changed"
            start = time.perf_counter()
            rows = await _timed(pilot, "A", lambda: _rows_shown(app))
            screen = app.screen
            table = screen.query_one(ActionTable)
            if changed and screen.store_log is None:
                before = table.cursor
                times["down during the fresh read"].append(await _timed(pilot, "down", lambda: table.cursor == before + 1))
            await _until(pilot, lambda: screen.store_log is not None)
            await _painted(pilot)
            times[f"{what}: kept rows"].append(rows)
            times[f"{what}: {'fresh read' if changed else 'checked'}"].append(time.perf_counter() - start)
            everything = len(table.entries)
            await pilot.pause(0.2)  # the trail of the first row read meanwhile, as a clerk would see it
            before = table.cursor
            times["down, idle"].append(await _timed(pilot, "down", lambda: table.cursor == before + 1))
            _send(app, "f")
            await _until(pilot, lambda: screen.focused is screen.query_one("#log-filter"))
            for key in "report":
                _send(app, key)
            await _until(pilot, lambda: screen.query_one("#log-filter").value == "report")
            await pilot.pause(0.05)
            times["filter"].append(await _timed(pilot, "enter", lambda: len(table.entries) < everything))
            times["sort"].append(await _timed(pilot, "s", lambda: table.sort != "status"))
            times["reverse"].append(await _timed(pilot, "S", lambda: table.descending))
            times["clear"].append(await _timed(pilot, "x", lambda: len(table.entries) == everything))
            for _ in range(7):
                _send(app, "s")  # round the eight columns, back to the status sort for the next visit
            await _until(pilot, lambda: table.sort == "status")
            _send(app, "escape")
            await _until(pilot, lambda: isinstance(app.screen, HomeScreen))
            await pilot.pause(0.3)
    for delay in FIRST_VISIT_DELAYS:
        for read_ahead in (True, False):
            name = f"A {delay:.1f} s after the first screen, {'read ahead' if read_ahead else 'no read-ahead'}"
            times[name] = [first_visit_in_a_process(db, delay, read_ahead) for _ in range(rounds)]
    return times


def first_visit_in_a_process(db: Path, delay: float, read_ahead: bool) -> float:
    """`first_visit` in a fresh interpreter, as cpb starts: no other app's objects, the collector as at start."""
    import subprocess
    import sys

    root = str(Path(__file__).resolve().parents[1])
    code = (f"import asyncio, sys; sys.path.insert(0, {root!r}); from pathlib import Path; "
            f"from bench.action_log_screen import first_visit; "
            f"print(asyncio.run(first_visit(Path({str(db)!r}), {delay!r}, {read_ahead!r})))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(done.stdout.split()[-1])


async def first_visit(db: Path, delay: float, read_ahead: bool) -> float:
    """A fresh app's first visit, `delay` seconds after the home screen's first rows are on screen."""
    from cpb_tui.tui.app import make_app
    from cpb_tui.tui.screens import HomeScreen

    app = make_app(db)
    app.READ_AHEAD = read_ahead
    async with app.run_test(size=(120, 36)) as pilot:
        await _until(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.summaries, 0.005)
        await _painted(pilot)
        if delay:
            await pilot.pause(delay)
        return await _timed(pilot, "A", lambda: _rows_shown(app))
