"""A large store for the size benchmarks: many meetings over 100 committees, with actions that
look like the ones imports make (owners, a created event, a due meeting or date, follow-ups).

Used by bench/first_screen.py and bench/home_screen_query.py:

    from bench.large_store import build_large_store
    build_large_store(Path("/tmp/big.db"), meetings=10_000, actions=20_000)
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.tui_latency import many_meetings  # noqa: E402

OWNERS = ("Director of Children's Services", "Head of Fostering", "Virtual School Head", "Clerk", "Chair")


def build_large_store(path: Path, meetings: int = 10_000, actions: int = 20_000, seed: int = 15):
    """Fill a new store at `path`; returns the open `Store`.

    Each action belongs to a meeting's item; about 70% are open (a third of those overdue),
    20% done and 10% dropped. Half are due at a later meeting of their committee, the rest
    by a date. Each has one or two owners, its 'created' event (and a 'status' event when
    closed), and one or two follow-ups on later items of its committee, one of them confirmed
    when the action is done.
    """
    from cpb_tui.store import Store

    rng = random.Random(seed)
    store = Store.open(path)
    store.import_document(many_meetings(meetings), "archive", "archive", derive=False)
    rows = store.db.execute("select id, committee_id, date from meetings order by committee_id, date").fetchall()
    by_committee: dict[int, list[tuple[int, str]]] = {}
    for meeting_id, committee_id, date in rows:
        by_committee.setdefault(committee_id, []).append((meeting_id, date))
    items: dict[int, list[int]] = {}
    for meeting_id, item_id in store.db.execute("select meeting_id, id from items order by id"):
        items.setdefault(meeting_id, []).append(item_id)
    with store.db.atomic():
        for n in range(actions):
            committee_id = rows[n % len(rows)][1]
            calendar = by_committee[committee_id]
            index = rng.randrange(len(calendar))
            meeting_id, date = calendar[index]
            status = rng.choices(("open", "done", "dropped"), (7, 2, 1))[0]
            later = calendar[index + 1 : index + 4]
            due_meeting = rng.choice(later)[0] if later and n % 2 else None
            due_date = None if due_meeting else ("2001-01-01" if n % 3 == 0 else "2099-01-01")
            closed = None if status == "open" else date
            action_id = store.db.execute(
                """insert into actions (committee_id, meeting_id, item_id, kind, text, due_words, due_meeting_id,
                   due_date, due_set_by, status, origin, extraction_key, created_at, closed_at)
                   values (?, ?, ?, 'report', ?, ?, ?, ?, 'extracted', ?, 'extracted', ?, ?, ?)""",
                [committee_id, meeting_id, rng.choice(items[meeting_id]), f"Report back on matter {n} to a later meeting",
                 "to a later meeting" if due_meeting else "by a date", due_meeting, due_date, status, f"bench:{n}",
                 date, closed],
            ).lastrowid
            for position, owner in enumerate(rng.sample(OWNERS, rng.choice((1, 2)))):
                store.db.execute("insert into action_owners (action_id, owner, position) values (?, ?, ?)",
                                 [action_id, owner, position])
            store.db.execute(
                "insert into action_events (action_id, at, who, event, field, new) values (?, ?, 'import', 'created', 'due', ?)",
                [action_id, date, due_date or "a later meeting"])
            if closed:
                store.db.execute(
                    "insert into action_events (action_id, at, who, event, field, old, new) values (?, ?, 'clerk', 'status', 'status', 'open', ?)",
                    [action_id, closed, status])
            for k, (later_meeting, _) in enumerate(later[: rng.choice((1, 2))]):
                state = "confirmed" if status == "done" and k == 0 else "suggested"
                store.db.execute(
                    "insert into followups (action_id, item_id, score, reasons, state) values (?, ?, ?, '[]', ?)",
                    [action_id, rng.choice(items[later_meeting]), round(rng.uniform(0.4, 0.95), 2), state])
    return store
