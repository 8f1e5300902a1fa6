"""A store for the action log benches: the hard case of 10,000 actions, built in one transaction.

Seven committees meeting monthly for ten years (840 meetings, four items each, a resolution
per item); actions spread over those items, one to three owners, due at a later meeting or
by a date; every action has a history (created, then edits, notes, a status change: one in
ten has a long one of 20 to 40 events, so about 90,000 events in all); two follow-ups per
action in three, suggested or confirmed. Written with plain SQL (the store's triggers still
run) so building it takes seconds, not the minutes the importers would.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

SUBJECTS = ("placement sufficiency", "care leavers' housing", "fostering recruitment", "health assessments", "virtual school")
OWNERS = ("Director of Children's Services", "Head of Service", "the Trust", "Virtual School Head", "Designated Nurse")


def build(path: Path, count: int = 10_000) -> Path:
    """The store at `path` with `count` actions and their histories; returns `path`."""
    from cpb_tui.store import Store

    store = Store.open(path)
    db = store.db
    start = dt.date(2016, 1, 14)
    with store.transaction():
        meetings: list[tuple[int, int, dt.date]] = []
        for committee in range(7):
            db.execute("insert into committees (name, name_key, council) values (?, ?, 'Fictional Borough')",
                       [f"Committee {committee}", f"committee {committee}"])
            committee_id = db.execute("select last_insert_rowid()").fetchone()[0]
            for month in range(120):
                day = dt.date(start.year + (start.month + month - 1) // 12, (start.month + month - 1) % 12 + 1, 10 + committee)
                db.execute("insert into meetings (committee_id, date, status) values (?, ?, ?)",
                           [committee_id, day.isoformat(), "held" if day < dt.date(2026, 1, 1) else "scheduled"])
                meetings.append((db.execute("select last_insert_rowid()").fetchone()[0], committee_id, day))
        items: list[tuple[int, int, int, int, dt.date]] = []  # item, resolution, meeting, committee, date
        for meeting_id, committee_id, day in meetings:
            for position in range(4):
                subject = SUBJECTS[(meeting_id + position) % len(SUBJECTS)]
                db.execute("""insert into items (meeting_id, agenda_number, minute_number, title, title_key, exempt, position)
                              values (?, ?, ?, ?, ?, 0, ?)""",
                           [meeting_id, str(position + 3), str(position + 3), subject.title(), subject, position])
                item_id = db.execute("select last_insert_rowid()").fetchone()[0]
                db.execute("insert into resolutions (item_id, label, text, verb, position) values (?, 'ii', ?, 'requests', 0)",
                           [item_id, f"Requests a further report on {subject}"])
                items.append((item_id, db.execute("select last_insert_rowid()").fetchone()[0], meeting_id, committee_id, day))
        later = {meeting_id: index for index, (meeting_id, _, _) in enumerate(meetings)}
        for index in range(count):
            item_id, resolution_id, meeting_id, committee_id, day = items[index * len(items) // count]
            subject = SUBJECTS[index % len(SUBJECTS)]
            position = later[meeting_id]
            due_meeting = meetings[position + 3][0] if index % 3 and position + 3 < len(meetings) and meetings[position + 3][1] == committee_id else None
            due_date = None if due_meeting else (day + dt.timedelta(days=60 + index % 200)).isoformat()
            status = "open" if index % 5 else ("done" if index % 10 else "dropped")
            db.execute(
                """insert into actions (committee_id, meeting_id, item_id, resolution_id, kind, text, due_words, due_meeting_id,
                   due_date, due_set_by, status, origin, extraction_key, created_at)
                   values (?, ?, ?, ?, 'update', ?, 'to a future meeting', ?, ?, ?, ?, 'extracted', ?, ?)""",
                [committee_id, meeting_id, item_id, resolution_id,
                 f"Further {'report' if index % 2 else 'update'} on {subject} ({index}), with figures by district and the plan for next year",
                 due_meeting, due_date, "clerk" if index % 7 == 0 else "extracted", status, f"bench:{index}", f"{day}T10:00:00+00:00"],
            )
            action_id = db.execute("select last_insert_rowid()").fetchone()[0]
            for position_, owner in enumerate(OWNERS[index % 5: index % 5 + 1 + index % 3]):
                db.execute("insert into action_owners (action_id, owner, position) values (?, ?, ?)", [action_id, owner, position_])
            events = 25 + index % 16 if index % 10 == 0 else 2 + index % 7
            at = f"{day}T10:00:00+00:00"
            db.execute("insert into action_events (action_id, at, who, event, note) values (?, ?, 'clerk', 'created', ?)",
                       [action_id, at, f"extracted from minute {index % 30}"])
            for event in range(1, events):
                if event % 4 == 0:
                    db.execute("insert into action_events (action_id, at, who, event, note) values (?, ?, 'clerk', 'note', ?)",
                               [action_id, at, f"Progress {event}: the service reports on track"])
                else:
                    db.execute("""insert into action_events (action_id, at, who, event, field, old, new)
                                  values (?, ?, 'clerk', 'edited', 'owners', 'Head of Service', 'the Trust')""", [action_id, at])
            if status != "open":
                db.execute("""insert into action_events (action_id, at, who, event, field, old, new, note)
                              values (?, ?, 'clerk', ?, 'status', 'open', ?, 'closed at the meeting')""",
                           [action_id, at, "done" if status == "done" else "dropped", status])
            if index % 3 == 0:
                for step in (1, 2):
                    target = items[min(len(items) - 1, index * len(items) // count + 28 * step)][0]
                    db.execute("insert or ignore into followups (action_id, item_id, score, reasons, state) values (?, ?, ?, '[]', ?)",
                               [action_id, target, 0.4 + 0.1 * step, "confirmed" if index % 9 == 0 and step == 1 else "suggested"])
    store.close()
    return path
