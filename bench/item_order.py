"""A meeting's items in the order a reader counts them, on a large store: what `number_order` costs.

Run: python bench/item_order.py [--meetings 10000] [--actions 20000] [--runs 7]

Builds the store of bench/large_store.py in a temporary folder (three items a meeting, with
actions and follow-ups; in one meeting of three the middle item has no number, which sorts by
the next numbered item's), then times the two reads that sort items by `ITEM_ORDER`:
`jump_targets()` (every item of every meeting, the command palette's list) and `agenda()`
(one meeting's items, the reader's first query) for 200 meetings, as the store sends them.
The peer is the same two reads with the order written in plain SQL as it stood before the
step (the number cast to an integer, then compared as text), timed in the same run on the
same file.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.large_store import build_large_store  # noqa: E402
from cpb_tui.store import rows  # noqa: E402

_CAST = "cast(ltrim({0}, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ ') as integer)"
_AFTER = "case when instr({0}, '.') > 0 then cast(substr({0}, instr({0}, '.') + 1) as integer) else -1 end"
PLAIN_SQL_ORDER = (
    "\n    order by " + rows._LEADING + ", agenda_number is null, " + _CAST.format("agenda_number") + ", " + _AFTER.format("agenda_number") + ", agenda_number, "
    + _CAST.format("minute_number") + ", " + _AFTER.format("minute_number") + ", minute_number, position\n"
)


def _times(call, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return times


def _line(name: str, times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return f"  {name:<44} median {statistics.median(times) * 1000:8.3f} ms   p95 {p95 * 1000:8.3f} ms   ({len(times)} runs)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=10_000)
    parser.add_argument("--actions", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--unnumbered", type=int, default=3, help="one meeting in N has an item with no number among its numbered ones")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = build_large_store(Path(folder) / "cpb.db", meetings=args.meetings, actions=args.actions)
        items = store.db.execute("select count(*) from items").fetchone()[0]
        # (the hard case for the order: a heading with no number among numbered items, as where a page's minutes begin after
        # its agenda, which sorts by the next numbered item's number)
        with store.transaction():
            store.db.execute(
                "update items set agenda_number = null, minute_number = null where id in (select min(id) + 1 from items group by meeting_id"
                " having count(*) >= 3 and meeting_id % ? = 0)", [args.unnumbered])
        unnumbered = store.db.execute("select count(*) from items where agenda_number is null and minute_number is null").fetchone()[0]
        meeting_ids = [row[0] for row in store.db.execute("select id from meetings order by id limit 200")]
        print(f"{args.meetings:,} meetings, {items:,} items ({unnumbered:,} with no number, among numbered ones), {args.actions:,} actions")
        results = {}
        for label, order in (("number_order (the store's)", rows.ITEM_ORDER), ("plain SQL (before the step)", PLAIN_SQL_ORDER)):
            every = "select * from items" + order.replace("order by", "order by meeting_id,", 1)
            one = "select * from items where meeting_id = ?" + order
            results[label] = (
                _times(lambda: store.db.execute(every).fetchall(), args.runs),
                [t for meeting_id in meeting_ids for t in _times(lambda: store.db.execute(one, [meeting_id]).fetchall(), 1)],
            )
        store.close()
    for label, (every, one) in results.items():
        print(label)
        print(_line("every item of every meeting (jump_targets)", every))
        print(_line("one meeting's items (agenda), 200 meetings", one))


if __name__ == "__main__":
    main()
