"""Reads shaped for the screens: one call per screen need, one model back, a few statements each.

A screen asks its worker for one of these and shows what comes back; it never puts a read
together from several calls (which is where queries once per row came from). Each method
says how many statements it sends, and `tests/test_store_views.py` counts them.
"""

from __future__ import annotations

from cpb_tui.domain.models import (
    ActionTrail,
    Agenda,
    AgendaItem,
    ItemView,
    JumpTargets,
    TopicEntry,
)
from cpb_tui.store.rows import ITEM_ORDER, MEETING_SELECT, item_from_row, marks, meeting_from_row

_AGENDA_ITEMS = (
    """select i.*,
              (select count(*) from resolutions r where r.item_id = i.id) as resolution_count,
              (select count(*) from sections s where s.item_id = i.id) as section_count,
              (select count(*) from actions a where a.item_id = i.id) as action_count
       from items i where i.meeting_id = ?"""
    + ITEM_ORDER
)


class ViewsMixin:
    """Screen-shaped reads of `Store`."""

    def agenda(self, meeting_id: int) -> Agenda | None:
        """A meeting with its items (and what each holds) in agenda order, and its committee's meetings; None if unknown.

        Two statements: the committee's meetings, then the items with their counts.
        """
        meetings = [
            meeting_from_row(row)
            for row in self._rows(
                MEETING_SELECT + " where m.committee_id = (select committee_id from meetings where id = ?) order by m.date",
                [meeting_id],
            )
        ]
        meeting = next((m for m in meetings if m.id == meeting_id), None)
        if meeting is None:
            return None
        items = tuple(
            AgendaItem(item_from_row(row), row["resolution_count"], row["section_count"], row["action_count"])
            for row in self._rows(_AGENDA_ITEMS, [meeting_id])
        )
        return Agenda(meeting, items, tuple(meetings))

    def item_view(self, item_id: int) -> ItemView | None:
        """An item with its resolutions, sections, actions (with derived status) and the rest of its topic; None if unknown.

        Three statements for the item, plus what `tracked_actions` and `topic` send, plus two
        for the topic's meetings and resolutions.
        """
        detail = self.item_detail(item_id)
        if detail is None:
            return None
        topic = tuple(entry for entry in self.topic_entries(item_id) if entry.item.id != item_id)
        return ItemView(detail, tuple(self.tracked_actions(item_id=item_id)), topic)

    def topic_entries(self, item_id: int) -> list[TopicEntry]:
        """Every item of this item's topic (itself included), oldest first, with its meeting and resolutions.

        What `topic` sends, then two statements: the meetings, the resolutions.
        """
        items = self.topic(item_id)
        if not items:
            return []
        item_ids = [item.id for item in items]
        meeting_ids = sorted({item.meeting_id for item in items})
        meetings = {
            meeting.id: meeting
            for meeting in (
                meeting_from_row(row)
                for row in self._rows(MEETING_SELECT + f" where m.id in ({marks(meeting_ids)})", meeting_ids)
            )
        }
        resolutions = self._resolutions_of(item_ids)
        return [TopicEntry(meetings[item.meeting_id], item, resolutions.get(item.id, ())) for item in items]

    def action_trail(self, action_id: int) -> ActionTrail:
        """An action with its history and its follow-ups; `ActionNotFound` if there is none.

        Three statements: the action, its events, its follow-ups.
        """
        action = self.action(action_id)
        return ActionTrail(action, tuple(self._events(action_id)), tuple(self.followups(action_id)))

    def jump_targets(self) -> JumpTargets:
        """Every meeting (newest first) with its items in agenda order, and the open actions.

        Three statements: the meetings, every item, the open actions.
        """
        meetings = tuple(self.meetings())
        by_meeting: dict[int, list] = {}
        # Agenda order within each meeting; the meetings' own order comes from `meetings`.
        for row in self._rows("select * from items" + ITEM_ORDER.replace("order by", "order by meeting_id,", 1)):
            by_meeting.setdefault(row["meeting_id"], []).append(item_from_row(row))
        items = {meeting_id: tuple(found) for meeting_id, found in by_meeting.items()}
        return JumpTargets(meetings, items, tuple(self.actions("open")))
