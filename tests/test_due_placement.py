"""An import places again only the dues its meetings can move, and that is the same as placing every due.

`store/due_placement.py` picks, for each import, the extracted dues that the meetings it
touched can move on the calendar (by kind of due phrase); the rest keep their placement.
Here a committee's meetings, with requests due "to the next meeting", "in six months",
"by" a date, "to the June meeting" and so on, arrive one at a time, some filling gaps, with
future meetings put on the calendar by "date of next meeting" lines; after every import,
placing every due afresh (what each import did before) must change nothing.
"""

from __future__ import annotations

import datetime as dt
import random

from cpb_tui.domain.models import DocumentRecord, ItemRecord, MeetingRecord, ResolutionRecord
from cpb_tui.store import Store

REQUESTS = [
    "Requests a further update on {subject} to the next meeting.",
    "Requests a report on {subject} in six months.",
    "Requests a report on {subject} in three months' time.",
    "Asks the Director to report on {subject} by {deadline}.",
    "Requests an update on {subject} to the {month} meeting.",
    "Requests a progress report on {subject} to the {month} {year} meeting.",
    "Asks officers to circulate a briefing note on {subject} within 14 days.",
    "Requests an update on {subject} at a future meeting.",
]
SUBJECTS = ["foster carer recruitment", "care leavers' housing", "the virtual school", "health assessments",
            "placement stability", "the pledge to children in care"]


def meeting(date: dt.date, rng: random.Random, next_meeting: dt.date | None) -> MeetingRecord:
    items = []
    for number, wording in enumerate(REQUESTS, start=1):  # every kind of due, at every meeting
        subject = rng.choice(SUBJECTS)
        later = date + dt.timedelta(days=rng.choice([60, 120, 200, 400]))
        request = wording.format(
            subject=subject, deadline=later.strftime("%-d %B %Y"), month=later.strftime("%B"), year=later.year
        )
        items.append(ItemRecord(
            title=f"Report on {subject}", number=str(number), minutes=f"The Board discussed {subject}.",
            resolutions=[ResolutionRecord("i", "Notes the report.", "notes", "That the Board:"),
                         ResolutionRecord("ii", request, "requests")],
        ))
    return MeetingRecord("Corporate Parenting Board", date, role="minutes", items=items, next_meeting=next_meeting)


class Undo(Exception):
    """Raised to roll the fresh placement back."""


def placements(store: Store) -> list[tuple]:
    return store.db.execute("select id, due_kind, due_meeting_id, due_date from actions order by id").fetchall()


def test_placing_only_what_an_import_can_move_equals_placing_every_due(tmp_path, pinned_today):
    rng = random.Random(15)
    start = pinned_today - dt.timedelta(days=5 * 365)
    dates = [start + dt.timedelta(days=73 * n + rng.randint(-10, 10)) for n in range(30)]
    # The first twelve arrive every other one, then the gaps are filled (newest first): a meeting
    # lands between an action and where its due was placed. The rest arrive in date order.
    order = list(range(0, 12, 2)) + list(range(11, 0, -2)) + list(range(12, len(dates)))
    store = Store.open(tmp_path / "cpb.db")
    try:
        kinds = set()
        for index in order:
            following = dates[index + 1] if index + 1 < len(dates) else pinned_today + dt.timedelta(days=40)
            record = meeting(dates[index], rng, following if rng.random() < 0.5 else None)
            store.import_document(DocumentRecord("minutes", f"m{index}", [record]), f"m{index}.txt", f"sha{index}")
            before = placements(store)
            try:
                with store.db.atomic():
                    store._resolve_dues()  # every due placed afresh, as each import did before
                    after = placements(store)
                    raise Undo
            except Undo:
                pass
            assert after == before, f"after importing the meeting of {dates[index]}"
            kinds |= {row[1] for row in before}
        assert {"next_meeting", "months_after", "by_date", "meeting_month"} <= kinds
    finally:
        store.close()
