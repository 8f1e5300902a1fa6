"""The home screen's first query on a large store: every meeting with its open and overdue actions.

Run: python bench/home_screen_query.py [--meetings 10000] [--actions 20000] [--runs 5]

Builds a store in a temporary folder (the meetings of bench/tui_latency.py over 100
committees, then actions spread over them, a third overdue, with a follow-up each), and
times `Store.meeting_summaries()` with the store's indexes, and again with the index on the
actions' meeting dropped (as before migration m008).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.tui_latency import many_meetings  # noqa: E402


def timed(store, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        summaries = store.meeting_summaries()
        times.append(time.perf_counter() - start)
    assert summaries
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=10_000)
    parser.add_argument("--actions", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from cpb_tui.store import Store

    with tempfile.TemporaryDirectory(prefix="cpb-home-") as tmp:
        store = Store.open(Path(tmp) / "cpb.db")
        store.import_document(many_meetings(args.meetings), "archive", "archive", derive=False)
        meetings = store.db.execute("select id, committee_id, date from meetings order by id").fetchall()
        items = dict(store.db.execute("select meeting_id, min(id) from items group by meeting_id").fetchall())
        with store.db.atomic():
            for n in range(args.actions):
                meeting_id, committee_id, date = meetings[n % len(meetings)]
                due = "2001-01-01" if n % 3 == 0 else "2099-01-01"
                store.db.execute(
                    """insert into actions (committee_id, meeting_id, item_id, kind, text, due_date, due_set_by, status,
                       origin, created_at) values (?, ?, ?, 'report', ?, ?, 'extracted', 'open', 'manual', ?)""",
                    [committee_id, meeting_id, items[meeting_id], f"Report back on matter {n}", due, date],
                )
                action_id = store.db.execute("select last_insert_rowid()").fetchone()[0]
                store.db.execute(
                    "insert into followups (action_id, item_id, score, reasons, state) values (?, ?, 0.5, '[]', 'suggested')",
                    [action_id, items[meeting_id]],
                )
        after = timed(store, args.runs)
        store.db.execute("drop index actions_meeting_status")
        before = timed(store, max(1, min(args.runs, 3)))
        store.close()
    for label, times in (("with the index (m008)", after), ("without it (before)", before)):
        ordered = sorted(times)
        p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
        print(f"{args.meetings} meetings, {args.actions} actions, {label}: median {statistics.median(times):.3f} s, "
              f"p95 {p95:.3f} s ({len(times)} runs)")


if __name__ == "__main__":
    main()
