"""The action log screen itself on the hard case: keys to rows on screen, in the real app.

Part of `python bench/action_log.py --screen` (docs/benchmarks.md). The app (`make_app`, its
collector, its workers) over a store of `bench/action_log_store.py`; each key is sent as the
terminal driver sends it and timed until what it asks for is on screen (every message handled,
the screen laid out and rendered, as bench/tui_latency.py times the meeting screen's keys).
"""

from __future__ import annotations

import time
from pathlib import Path

from bench.tui_latency import _painted, _send, _until


async def _timed(pilot, key: str, condition) -> float:
    start = time.perf_counter()
    _send(pilot.app, key)
    await _until(pilot, condition)
    await _painted(pilot)
    return time.perf_counter() - start


async def measure(db: Path, rounds: int) -> dict[str, list[float]]:
    """Each key's latencies over `rounds` visits to the log (and a first one): open it (A), filter, sort, reverse, clear, back."""
    from cpb_tui.tui.app import make_app
    from cpb_tui.tui.screens import HomeScreen
    from cpb_tui.tui.screens.action_log_screen import ActionLogScreen
    from cpb_tui.tui.widgets.action_table import ActionTable

    times: dict[str, list[float]] = {
        "open, first visit": [], "open, rows again": [], "open, fresh read": [],
        "filter": [], "sort": [], "reverse": [], "clear": [], "open, read ahead": [],
    }
    app = make_app(db)
    app.PREFETCH_QUIET_SECONDS = 1e9  # no read-ahead: the first visit waits for the store
    async with app.run_test(size=(120, 36)) as pilot:
        await _until(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.summaries, 0.01)
        await pilot.pause(0.3)
        for visit in range(rounds + 1):
            # Rows on screen: the last visit's at once (from the second visit on), then this visit's read.
            start = time.perf_counter()
            rows = await _timed(pilot, "A", lambda: isinstance(app.screen, ActionLogScreen) and app.screen.shown_log is not None
                                and len(app.screen.query_one(ActionTable).entries) > 0)
            screen = app.screen
            await _until(pilot, lambda: screen.store_log is not None)
            await _painted(pilot)
            fresh = time.perf_counter() - start
            if visit == 0:
                times["open, first visit"].append(fresh)
            else:
                times["open, rows again"].append(rows)
                times["open, fresh read"].append(fresh)
            table = screen.query_one(ActionTable)
            everything = len(table.entries)
            await pilot.pause(0.2)  # the trail of the first row read meanwhile, as a clerk would see it
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
    for _ in range(rounds):
        times["open, read ahead"].append(await first_visit_read_ahead(db))
    return times


async def first_visit_read_ahead(db: Path) -> float:
    """A first visit once the app has read the log ahead (it does after two seconds without a key)."""
    from cpb_tui.tui.app import make_app
    from cpb_tui.tui.screens import HomeScreen
    from cpb_tui.tui.screens.action_log_screen import ActionLogScreen
    from cpb_tui.tui.widgets.action_table import ActionTable

    app = make_app(db)
    app.PREFETCH_QUIET_SECONDS = 0.0
    async with app.run_test(size=(120, 36)) as pilot:
        await _until(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.summaries and app.last_action_log is not None, 0.01)
        await pilot.pause(0.3)
        return await _timed(pilot, "A", lambda: isinstance(app.screen, ActionLogScreen) and app.screen.shown_log is not None
                            and len(app.screen.query_one(ActionTable).entries) > 0)
