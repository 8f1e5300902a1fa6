"""The app's garbage collection: start-up frozen, full collections only when no input is coming.

Speeds live in bench/tui_latency.py; these check the behaviour: the thresholds are set when
the app starts, the start-up objects are frozen once the first screen is drawn, every key
counts as input, and the full collection waits for a quiet moment.
"""

from __future__ import annotations

import gc
import time

from cpb_tui.tui import collector
from cpb_tui.tui.app import make_app
from cpb_tui.tui.screens import HomeScreen


async def test_the_app_tunes_the_collector_and_freezes_start_up(demo_db, monkeypatch):
    monkeypatch.setattr(collector, "_settled", False)
    monkeypatch.setattr(gc, "freeze", lambda: frozen.append(True))
    frozen: list[bool] = []
    before = gc.get_threshold()
    try:
        app = make_app(demo_db)
        assert gc.get_threshold() == collector.THRESHOLDS
        async with app.run_test(size=(100, 30)) as pilot:
            for _ in range(200):
                if isinstance(app.screen, HomeScreen) and app.screen.summaries and frozen:
                    break
                await pilot.pause(0.02)
            assert frozen == [True]
            collector._last_input = 0.0
            await pilot.press("down")
            assert time.monotonic() - collector._last_input < 5  # a key is input
    finally:
        gc.set_threshold(*before)


def test_the_full_collection_waits_for_quiet(monkeypatch):
    collected: list[bool] = []
    monkeypatch.setattr(gc, "collect", lambda *args: collected.append(True))
    monkeypatch.setattr(gc, "get_count", lambda: (5, 3, 1))
    collector.note_input()
    assert collector.collect_when_quiet() is False and not collected  # a key just came
    monkeypatch.setattr(collector, "_last_input", time.monotonic() - collector.QUIET_SECONDS - 1)
    assert collector.collect_when_quiet() is True and collected == [True]
    monkeypatch.setattr(gc, "get_count", lambda: (5, 3, 0))  # nothing new reached the old generation
    assert collector.collect_when_quiet() is False and collected == [True]
