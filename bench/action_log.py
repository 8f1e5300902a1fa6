"""The action log screen's table with 10,000 actions: Textual's DataTable against cpb's virtual table.

Run: python bench/action_log.py [--actions 10000] [--runs 9]

Each run starts a fresh app headless with Pilot at 120x36 and times, in wall-clock terms:
- first paint: from creating the app to the table with its rows on screen (the first
  `pilot.pause()` after mount returns once the screen has been refreshed);
- filter: from applying a filter (words that keep about half the actions) to the
  filtered rows on screen; then clearing it (all rows back).
A bare Textual app with one Static, started the same way, gives the floor. Entries are
built in memory (`LogEntry`, as `Store.action_log` returns them) so the figures are the
widgets', not the store's; `--store` also times `Store.action_log()` on a store of that
many actions.
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

from cpb_tui.domain.models import Action, LogEntry  # noqa: E402

STATES = ("missed", "overdue", "to confirm", "due next meeting", "pending", "done", "dropped")
SUBJECTS = ("placement sufficiency", "care leavers' housing", "fostering recruitment", "health assessments", "virtual school")


def entries(count: int) -> list[LogEntry]:
    """`count` actions over ten years of meetings, with owners, dues, statuses and updates."""
    start = dt.date(2016, 1, 14)
    made = []
    for index in range(count):
        meeting = start + dt.timedelta(days=(index // 25) * 7)
        subject = SUBJECTS[index % len(SUBJECTS)]
        action = Action(
            id=index + 1, committee=f"Committee {index % 7}", meeting_id=index // 25 + 1, meeting_date=meeting,
            item_id=index + 1, item_number=str(index % 30 + 1), minute_number=str(index % 30 + 1), item_title=subject.title(),
            clause_label="ii", kind="update",
            text=f"Further {'report' if index % 2 else 'update'} on {subject} to the meeting after next, with figures by district",
            owners=("Director of Children's Services",) if index % 3 else ("Head of Service", "the Trust"),
            due_words="to a future meeting", due_meeting_id=None, due_meeting_date=meeting + dt.timedelta(days=90),
            due_date=None, status="open" if index % 5 else "done", origin="extracted",
            created_at="2026-01-01T00:00:00+00:00", closed_at=None,
            latest_update=f"Update {index}: on track" if index % 4 == 0 else None,
        )
        made.append(LogEntry(action, STATES[index % len(STATES)], index % 3))
    return made


def _apps(rows: list[LogEntry]):
    from textual.app import App
    from textual.widgets import DataTable, Static

    from cpb_tui.tui.action_filter import VIEWS, parse_filter, select
    from cpb_tui.tui.widgets.action_table import COLUMNS, ActionTable, cells, column_widths

    every = VIEWS[-1]

    def kept(text: str) -> list[LogEntry]:
        return select(rows, every, parse_filter(text), dt.date(2026, 11, 23))

    class Bare(App):
        def compose(self):
            yield Static("hello")

        def apply(self, text: str) -> None:
            pass

    class WithDataTable(App):
        def compose(self):
            table = DataTable(cursor_type="row")
            widths = column_widths(120)
            for column in COLUMNS:
                if column.name in widths:
                    table.add_column(column.heading, width=widths[column.name], key=column.name)
            yield table

        def on_mount(self) -> None:
            self.fill(rows)

        def fill(self, shown: list[LogEntry]) -> None:
            table = self.query_one(DataTable)
            table.clear()
            names = [key.value for key in table.columns]
            table.add_rows([tuple(cells(e)[name] for name in names) for e in shown])

        def apply(self, text: str) -> None:
            self.fill(kept(text))

    class WithActionTable(App):
        def compose(self):
            yield ActionTable()

        def on_mount(self) -> None:
            self.query_one(ActionTable).show(rows)

        def apply(self, text: str) -> None:
            self.query_one(ActionTable).show(kept(text))

    return {"bare Textual app": Bare, "DataTable": WithDataTable, "virtual table (ActionTable)": WithActionTable}


async def one_run(app_class) -> tuple[float, float, float]:
    start = time.perf_counter()
    app = app_class()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        painted = time.perf_counter() - start
        begin = time.perf_counter()
        app.apply("report")
        await pilot.pause()
        filtered = time.perf_counter() - begin
        begin = time.perf_counter()
        app.apply("")
        await pilot.pause()
        cleared = time.perf_counter() - begin
    return painted, filtered, cleared


def summary(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"median {statistics.median(ordered) * 1000:,.0f} ms, p95 {p95 * 1000:,.0f} ms"


def store_read(count: int, runs: int) -> list[float]:
    from cpb_tui.store import Store

    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "bench.db")
        with store.transaction():
            for index in range(count):
                store.add_action("bench", f"Further update on {SUBJECTS[index % 5]} ({index})", committee=f"Committee {index % 7}",
                                 owners=["Director of Children's Services"], due_date=dt.date(2026, 1, 1) + dt.timedelta(days=index % 400))
        times = []
        for _ in range(runs):
            begin = time.perf_counter()
            store.action_log()
            times.append(time.perf_counter() - begin)
        store.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--store", action="store_true", help="also time Store.action_log() on a store of that many actions")
    options = parser.parse_args()
    rows = entries(options.actions)
    print(f"{options.actions:,} actions, {options.runs} runs each, 120x36, headless Pilot")
    for name, app_class in _apps(rows).items():
        runs = [asyncio.run(one_run(app_class)) for _ in range(options.runs)]
        painted, filtered, cleared = zip(*runs)
        print(f"{name}:")
        print(f"  first paint        {summary(list(painted))}")
        if name != "bare Textual app":
            print(f"  filter (half kept) {summary(list(filtered))}")
            print(f"  clear the filter   {summary(list(cleared))}")
        else:
            print(f"  a pause, no change {summary(list(filtered))}")
    if options.store:
        print(f"Store.action_log() on {options.actions:,} actions: {summary(store_read(options.actions, options.runs))}")


if __name__ == "__main__":
    main()
