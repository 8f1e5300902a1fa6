"""A meeting's items in the order a reader counts them, on a large store: what the store's ordering costs.

Run: python bench/item_order.py [--meetings 10000] [--actions 20000] [--runs 7]

Builds the store of bench/large_store.py in a temporary folder (three items a meeting, with
actions and follow-ups; in one meeting of three the middle item has no number; and two meetings
of a hostile page's 4,000 items with no number, between item 1 and item 2 and before item 1), then times the store's
reads that put items in agenda order (`rows.in_agenda_order`, one pass in the document's order and one sort, since
the seventieth step): every item of every meeting as `jump_targets()` reads them (the command palette's list) and `items()` (one
meeting's items, the reader's first query) for 200 meetings, and for each hostile meeting. The peer is the same reads
with the order the store wrote in SQL before the seventieth step (its numbers by `number_order`, an unnumbered item
after every numbered one unless among a meeting's first 40 before the first number), timed in the same run on the same
file.
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

# the order as the store wrote it in SQL before the seventieth step (the peer)
_LEADING_BEFORE = """
    case when agenda_number is null and minute_number is null and position < 40 and not exists (
        select 1 from items numbered
        where numbered.meeting_id = items.meeting_id and numbered.position < items.position
              and (numbered.agenda_number is not null or numbered.minute_number is not null)
    ) then 0 else 1 end"""
SQL_ORDER_BEFORE = f"""
    order by {_LEADING_BEFORE}, agenda_number is null, number_order(agenda_number), number_order(minute_number), position
"""


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
    parser.add_argument("--hostile", type=int, default=4_000, help="items with no number in each of two hostile meetings")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = build_large_store(Path(folder) / "cpb.db", meetings=args.meetings, actions=args.actions)
        items = store.db.execute("select count(*) from items").fetchone()[0]
        # (items with no number among numbered ones, as where a page's minutes begin after its agenda: the order's own subquery
        # runs for them)
        with store.transaction():
            store.db.execute(
                "update items set agenda_number = null, minute_number = null where id in (select min(id) + 1 from items group by meeting_id"
                " having count(*) >= 3 and meeting_id % ? = 0)", [args.unnumbered])
        unnumbered = store.db.execute("select count(*) from items where agenda_number is null and minute_number is null").fetchone()[0]
        meeting_ids = [row[0] for row in store.db.execute("select id from meetings order by id limit 200")]
        # (and a hostile page's meetings: 16,000 items with no number between two numbered ones, and 16,000 before them)
        hostile = _hostile_meetings(store, args.hostile)
        print(f"{args.meetings:,} meetings, {items:,} items ({unnumbered:,} with no number, among numbered ones), {args.actions:,} actions;"
              f" two more meetings of {args.hostile:,} unnumbered items each")
        results = {}
        every_before = "select * from items" + SQL_ORDER_BEFORE.replace("order by", "order by meeting_id,", 1)
        one_before = "select * from items where meeting_id = ?" + SQL_ORDER_BEFORE

        def before_every():
            return [rows.item_from_row(row) for row in store._rows(every_before)]

        def before_one(meeting_id):
            return [rows.item_from_row(row) for row in store._rows(one_before, [meeting_id])]

        def store_every():  # (the items of `jump_targets`, as it reads them: one statement, then each meeting put in order)
            by_meeting: dict[int, list] = {}
            for row in store._rows("select * from items"):
                by_meeting.setdefault(row["meeting_id"], []).append(row)
            return {meeting_id: [rows.item_from_row(row) for row in rows.in_agenda_order(found)] for meeting_id, found in by_meeting.items()}

        for label, every, one in (("in_agenda_order (the store's)", store_every, store.items),
                                  ("SQL order (before the seventieth step)", before_every, before_one)):
            results[label] = (
                _times(every, args.runs),
                [t for meeting_id in meeting_ids for t in _times(lambda: one(meeting_id), 1)],
                {name: _times(lambda: one(meeting_id), 3) for name, meeting_id in hostile.items()},
            )
        store.close()
    for label, (every, one, worst) in results.items():
        print(label)
        print(_line("every item of every meeting (jump_targets)", every))
        print(_line("one meeting's items (agenda), 200 meetings", one))
        for name, times in worst.items():
            print(_line(name, times))


def _hostile_meetings(store, count: int) -> dict[str, int]:
    """Two meetings of `count` items with no number: between item 1 and item 2, and all before item 1."""
    made = {}
    committee = store.db.execute("select committee_id from meetings limit 1").fetchone()[0]
    with store.transaction():
        for day, (name, offset) in enumerate(((f"{count:,} unnumbered among numbered", 1), (f"{count:,} unnumbered before the first", 0)), start=1):
            meeting = store.db.execute("insert into meetings (committee_id, date, status) values (?, ?, 'held')", [committee, f"1990-01-{day:02d}"]).lastrowid
            first = 0 if offset else count  # item 1 before them, or after them
            rows_ = [(meeting, f"Heading {i}", f"heading {i}", i + offset, None) for i in range(count)]
            rows_ += [(meeting, "Apologies", "apologies", first, "1"), (meeting, "Close", "close", count + 1, "2")]
            store.db.executemany("insert into items (meeting_id, title, title_key, exempt, position, agenda_number) values (?, ?, ?, 0, ?, ?)", rows_)
            made[name] = meeting
    return made


if __name__ == "__main__":
    main()
