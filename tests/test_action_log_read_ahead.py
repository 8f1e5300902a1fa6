"""The action log read ahead and kept: the app reads it once the first screen is drawn, a first
visit shows it (waiting for it if it is still being read, never reading twice), and a visit reads
the store again only when something was committed since the read it shows.
"""

from __future__ import annotations

import sqlite3
import threading

from cpb_tui.store import Store
from cpb_tui.tui.action_filter import SORTS
from cpb_tui.tui.app import make_app
from cpb_tui.tui.screens import ActionLogScreen, HomeScreen
from tests.test_action_log_screen import open_log, until


def counting_reads(monkeypatch, gate: threading.Event | None = None) -> list[int]:
    """Count `Store.action_log` calls (every read of the log, the read-ahead's too); the first waits for `gate`."""
    calls: list[int] = []
    real = Store.action_log

    def action_log(store, *args, **kwargs):
        calls.append(1)
        if gate is not None and len(calls) == 1:
            gate.wait(10)
        return real(store, *args, **kwargs)

    monkeypatch.setattr(Store, "action_log", action_log)
    return calls


async def test_the_log_is_read_ahead_once_the_first_screen_is_drawn_and_its_first_visit_reads_nothing_more(demo_db, monkeypatch):
    calls = counting_reads(monkeypatch)
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        # No key and no quiet time needed: the home screen's first rows are enough.
        await until(pilot, lambda: app.last_action_log is not None)
        kept = app.last_action_log
        assert isinstance(app.screen, HomeScreen) and calls == [1]
        assert kept.start == sorted(kept.log.entries, key=SORTS["status"])  # the screen's start order, sorted ahead too
        assert [v.key for v in kept.views] == ["1", "2", "3", "4", "5", "6"] and kept.counts["5"] == len(kept.log.entries) == 17
        await pilot.press("A")
        screen = app.screen
        # The rows read ahead are on screen from the start; the store is asked whether anything changed, and nothing did.
        assert isinstance(screen, ActionLogScreen) and screen.shown_log is kept.log and len(screen.shown) == kept.counts["4"]
        await until(pilot, lambda: screen.store_log is not None)
        assert screen.store_log is kept.log and calls == [1]
        assert "reading the store again" not in str(screen.query_one("#log-title").render())


async def test_a_first_visit_while_the_log_is_read_ahead_waits_for_that_read(demo_db, monkeypatch):
    gate = threading.Event()
    calls = counting_reads(monkeypatch, gate)
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: calls == [1])  # the read-ahead has begun, and waits
        await pilot.press("A")
        screen = app.screen
        await pilot.pause(0.1)
        assert isinstance(screen, ActionLogScreen) and screen.shown_log is None and calls == [1]  # no second read
        gate.set()
        await until(pilot, lambda: screen.store_log is not None and screen.shown)
        assert screen.store_log is app.last_action_log.log and calls == [1]
        assert [v.key for v in screen.views] == ["1", "2", "3", "4", "5", "6"]


async def test_a_visit_reads_again_after_a_commit_by_another_cpb_or_by_the_app(demo_db, monkeypatch):
    calls = counting_reads(monkeypatch)
    app = make_app(demo_db)
    app.POLL_SECONDS = 0  # the poll's own reading again is not what is tested here
    async with app.run_test(size=(100, 30)) as pilot:
        await open_log(pilot)
        assert calls == [1]
        await pilot.press("escape")
        other = sqlite3.connect(demo_db)  # another cpb: a new update on an action
        with other:
            other.execute("update actions set text = text || ' (reworded)' where id = (select min(id) from actions)")
        other.close()
        await pilot.press("A")
        again = app.screen
        await until(pilot, lambda: isinstance(again, ActionLogScreen) and again.store_log is not None)
        assert len(calls) == 2 and any(e.action.text.endswith("(reworded)") for e in again.store_log.entries)
        # A change made by the app itself (on its own connection) is a read again too.
        await pilot.press("escape")
        app.with_store(lambda store: store.note_action(again.store_log.entries[0].action.id, "the clerk", "a note from the app"))
        await pilot.press("A")
        third = app.screen
        await until(pilot, lambda: isinstance(third, ActionLogScreen) and third.store_log is not None)
        assert len(calls) == 3
        # Nothing committed since: the next visit reads nothing.
        await pilot.press("escape")
        await pilot.press("A")
        fourth = app.screen
        await until(pilot, lambda: isinstance(fourth, ActionLogScreen) and fourth.store_log is not None)
        assert len(calls) == 3 and fourth.store_log is third.store_log
