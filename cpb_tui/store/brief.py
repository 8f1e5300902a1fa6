"""`Store.brief`: a member's briefing for one meeting, read in one call."""

from __future__ import annotations

import datetime as dt
import json

from cpb_tui.domain import clock
from cpb_tui.domain.brief import Brief, BriefItem, DueAction
from cpb_tui.domain.models import FollowUp, LogEntry
from cpb_tui.store.rows import marks


class BriefMixin:
    """The briefing read of `Store`."""

    def brief(self, meeting_id: int | None = None) -> Brief | None:
        """A meeting's briefing: per item, its topic before the meeting and the actions due at it; None if unknown.

        With no meeting, the next one: the first from today on (None when there is none).
        What `agenda` sends, then per non-procedural item what `topic_entries` sends, then one
        statement for the due actions' follow-ups at this meeting.
        """
        if meeting_id is None:
            today = clock.today()
            ahead = sorted((m for m in self.meetings() if m.date >= today), key=lambda m: (m.date, m.id))
            if not ahead:
                return None
            meeting_id = ahead[0].id
        agenda = self.agenda(meeting_id)
        if agenda is None:
            return None
        meeting = agenda.meeting
        items = [entry.item for entry in agenda.items if not entry.item.procedural]
        topics = {item.id: self.topic_entries(item.id) for item in items}
        evidence = self._evidence_at(meeting_id, [entry.action.id for entry in agenda.due_actions])
        placed: dict[int, list[DueAction]] = {item.id: [] for item in items}
        unplaced: list[DueAction] = []
        for entry in agenda.due_actions:
            item_id, due = _place(entry, evidence.get(entry.action.id), topics)
            (placed[item_id] if item_id in placed else unplaced).append(due)
        brief_items = tuple(
            BriefItem(
                item,
                tuple(e for e in reversed(topics[item.id]) if e.meeting.date < meeting.date),
                tuple(placed[item.id]),
            )
            for item in items
        )
        return Brief(meeting, brief_items, tuple(unplaced), len(agenda.items) - len(items))

    def _evidence_at(self, meeting_id: int, action_ids: list[int]) -> dict[int, FollowUp]:
        """Each action's best follow-up at an item of this meeting (confirmed first), rejected ones aside."""
        if not action_ids:
            return {}
        rows = self._rows(
            f"""select f.action_id, f.item_id, i.meeting_id, m.date as meeting_date,
                      coalesce(i.agenda_number, i.minute_number) as item_number, i.title as item_title,
                      f.score, f.reasons, f.state, coalesce(i.exempt, 0) as exempt
               from followups f join items i on i.id = f.item_id join meetings m on m.id = i.meeting_id
               where i.meeting_id = ? and f.state != 'rejected' and f.action_id in ({marks(action_ids)})
               order by f.state = 'confirmed', f.score""",
            [meeting_id, *action_ids],
        )
        best: dict[int, FollowUp] = {}
        for row in rows:  # best last, so it is the one kept
            best[row["action_id"]] = FollowUp(
                **{
                    **row,
                    "meeting_date": dt.date.fromisoformat(row["meeting_date"]),
                    "reasons": tuple(json.loads(row["reasons"] or "[]")),
                    "exempt": bool(row["exempt"]),
                }
            )
        return best


def _place(entry: LogEntry, evidence: FollowUp | None, topics: dict) -> tuple[int | None, DueAction]:
    """The item an action due at the meeting goes under: its follow-up's, else the item continuing its business."""
    if evidence is not None:
        return evidence.item_id, DueAction(entry.action, entry.derived_status, evidence)
    origin = entry.action.item_id
    for item_id, entries in topics.items():
        if origin is not None and any(e.item.id == origin for e in entries):
            return item_id, DueAction(entry.action, entry.derived_status, None, continues_topic=True)
    return None, DueAction(entry.action, entry.derived_status, None)
