"""The action log screen's table with 10,000 actions: Textual's DataTable against cpb's virtual table.

Run: python bench/action_log.py [--actions 10000] [--runs 9] [--store] [--screen]

Each run starts a fresh app headless with Pilot at 120x36 and times, in wall-clock terms:
- first paint: from creating the app to the table with its rows on screen (the first
  `pilot.pause()` after mount returns once the screen has been refreshed);
- filter: from applying a filter (words that keep about half the actions) to the
  filtered rows on screen; sort: the filtered rows sorted by the action's text; then
  clearing the filter (all rows back, in that order).
A bare Textual app with one Static, started the same way, gives the floor. Entries are
built in memory (`LogEntry`, as `Store.action_log` returns them) so the figures are the
widgets'. Every app runs under the collector settings of cpb's app (tui/collector.py), and
each run starts after a full collection, as a fresh process would: otherwise one app's
garbage is collected in the next one's timings.

`--store` also times `Store.action_log()` on the hard case (bench/action_log_store.py:
10,000 actions with owners, ~79,000 events, follow-ups, 840 meetings); `--screen` times the
real action log screen on that store, key by key (bench/action_log_screen.py): A to rows on
screen (with nothing changed since the last visit, and after another cpb wrote, when the store is
read again: a key pressed during that read is timed too), a filter, a sort, its reverse, clearing
the filter, and a first visit 0.3 s and 0 s after the first screen (each in a fresh interpreter),
with the app's read-ahead and without it.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import gc
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

    from cpb_tui.tui.action_filter import SORTS, VIEWS, parse_filter, select
    from cpb_tui.tui.widgets.action_table import COLUMNS, ActionTable, cells, column_widths

    every = VIEWS[-1]

    def kept(text: str) -> list[LogEntry]:
        return select(rows, every, parse_filter(text), dt.date(2026, 11, 23))

    class Bare(App):
        def compose(self):
            yield Static("hello")

        def apply(self, text: str) -> None:
            pass

        def sort_by(self, column: str) -> None:
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

        def sort_by(self, column: str) -> None:
            self.query_one(DataTable).sort(column, key=lambda cell: cell.plain.lower())

    class WithActionTable(App):
        def compose(self):
            yield ActionTable()

        def on_mount(self) -> None:
            self.query_one(ActionTable).show(rows)

        def apply(self, text: str) -> None:
            table = self.query_one(ActionTable)
            table.show(select(rows, every, parse_filter(text), dt.date(2026, 11, 23), table.sort), keep_id=None)

        def sort_by(self, column: str) -> None:
            # As the screen sorts: the entries shown, by the column's key.
            table = self.query_one(ActionTable)
            table.sort = column
            table.show(sorted(table.entries, key=SORTS[column]))

    return {"bare Textual app": Bare, "DataTable": WithDataTable, "virtual table (ActionTable)": WithActionTable}


async def one_run(app_class) -> tuple[float, float, float, float]:
    gc.collect()  # the previous run's garbage is not this one's to collect
    start = time.perf_counter()
    app = app_class()
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        painted = time.perf_counter() - start
        timed = []
        for step in (lambda: app.apply("report"), lambda: app.sort_by("action"), lambda: app.apply("")):
            begin = time.perf_counter()
            step()
            await pilot.pause()
            timed.append(time.perf_counter() - begin)
    return painted, *timed


def summary(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"median {statistics.median(ordered) * 1000:,.0f} ms, p95 {p95 * 1000:,.0f} ms"


def store_read(count: int, runs: int) -> list[float]:
    from bench.action_log_store import build
    from cpb_tui.store import Store

    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(build(Path(folder) / "bench.db", count))
        times = []
        for _ in range(runs):
            gc.collect()
            begin = time.perf_counter()
            store.action_log()
            times.append(time.perf_counter() - begin)
        store.close()
    return times


def screen_keys(count: int, runs: int) -> dict[str, list[float]]:
    from bench.action_log_screen import measure
    from bench.action_log_store import build

    with tempfile.TemporaryDirectory() as folder:
        return asyncio.run(measure(build(Path(folder) / "bench.db", count), runs))


def main() -> None:
    from cpb_tui.tui import collector

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--store", action="store_true", help="also time Store.action_log() on the hard case of that many actions")
    parser.add_argument("--screen", action="store_true", help="also time the action log screen's keys on the hard case")
    options = parser.parse_args()
    collector.prepare()  # the app's collector settings, for every app alike
    rows = entries(options.actions)
    print(f"{options.actions:,} actions, {options.runs} runs each, 120x36, headless Pilot")
    for name, app_class in _apps(rows).items():
        runs = [asyncio.run(one_run(app_class)) for _ in range(options.runs)]
        painted, filtered, ordered, cleared = zip(*runs)
        print(f"{name}:")
        print(f"  first paint        {summary(list(painted))}")
        if name != "bare Textual app":
            print(f"  filter (half kept) {summary(list(filtered))}")
            print(f"  sort by the text   {summary(list(ordered))}")
            print(f"  clear the filter   {summary(list(cleared))}")
        else:
            print(f"  a pause, no change {summary(list(filtered))}")
    if options.store:
        print(f"Store.action_log() on {options.actions:,} actions (hard case): {summary(store_read(options.actions, options.runs))}")
    if options.screen:
        print(f"The action log screen on the hard case, {options.runs} visits (key to rows on screen):")
        for key, times in screen_keys(options.actions, options.runs).items():
            print(f"  {key:<52} {summary(times)}")


if __name__ == "__main__":
    main()
