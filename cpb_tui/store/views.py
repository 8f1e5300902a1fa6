"""Reads shaped for the screens: one call per screen need, one model back, a few statements each.

A screen asks its worker for one of these and shows what comes back; it never puts a read
together from several calls (which is where queries once per row came from). Each method
says how many statements it sends, and `tests/test_store_views.py` counts them.
"""

from __future__ import annotations

import datetime as dt

from cpb_tui.domain import clock
from cpb_tui.domain.models import (
    Action,
    ActionLog,
    ActionTrail,
    Agenda,
    AgendaItem,
    ItemView,
    JumpTargets,
    LogEntry,
    Meeting,
    TopicEntry,
)
from cpb_tui.store.rows import MEETING_SELECT, in_agenda_order, item_from_row, marks, meeting_from_row

_AGENDA_ITEMS = (
    """select items.*,
              (select count(*) from resolutions r where r.item_id = items.id) as resolution_count,
              (select count(*) from sections s where s.item_id = items.id) as section_count,
              (select count(*) from actions a where a.item_id = items.id) as action_count
       from items where items.meeting_id = ?"""
)


class ViewsMixin:
    """Screen-shaped reads of `Store`."""

    def agenda(self, meeting_id: int) -> Agenda | None:
        """A meeting with its items (and what each holds) in agenda order, the actions due at it, and its committee's meetings.

        None if the meeting is unknown. Three statements: the committee's meetings, the items
        with their counts, the actions due at the meeting; and when some are due, two more
        for their derived status.
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
            for row in in_agenda_order(self._rows(_AGENDA_ITEMS, [meeting_id]))
        )
        due = self.actions("all", due_meeting_id=meeting_id)
        due_actions = self._log_entries(due, {meeting.committee: meetings}, clock.today(), only=True) if due else []
        return Agenda(meeting, items, tuple(meetings), tuple(due_actions))

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
        for row in self._rows("select * from items"):
            by_meeting.setdefault(row["meeting_id"], []).append(row)
        items = {meeting_id: tuple(item_from_row(row) for row in in_agenda_order(rows)) for meeting_id, rows in by_meeting.items()}
        return JumpTargets(meetings, items, tuple(self.actions("open")))

    def action_log(self) -> ActionLog:
        """Every action with its derived status and its undecided follow-ups; what needs attention first.

        Four statements, whatever the number of actions: the actions (with who set each due),
        their owners, their follow-ups summed up per action, every meeting (the committees'
        calendars).
        """
        today = clock.today()
        actions, set_by = self._log_actions()
        meetings: dict[str, list[Meeting]] = {}
        for meeting in reversed(self.meetings()):
            meetings.setdefault(meeting.committee, []).append(meeting)
        entries = self._log_entries(actions, meetings, today, set_by=set_by)
        return ActionLog(tuple(entries), today, {committee: tuple(found) for committee, found in meetings.items()})

    def _log_entries(
        self, actions: list[Action], meetings: dict[str, list[Meeting]], today: dt.date, only: bool = False,
        set_by: dict[int, str] | None = None,
    ) -> list[LogEntry]:
        """`actions` with their derived status and undecided follow-ups, what needs attention first.

        Two statements: the follow-ups summed up per action, who set each due (none when
        `set_by` has it already); with `only`, both are read for these actions alone (a few),
        otherwise for every action (the log). `meetings` holds each committee's meetings, oldest first.
        """
        from cpb_tui.followthrough import DEFAULT_THRESHOLD, DERIVED_STATES, derive_status
        from cpb_tui.followthrough.status import StatusFacts, upcoming

        ids = [action.id for action in actions]
        chosen = f" where f.action_id in ({marks(ids)})" if only else ""
        followups = {
            row["action_id"]: row
            for row in self._rows(
                """select f.action_id, max(f.state = 'confirmed') as confirmed,
                          sum(f.state = 'suggested') as suggested,
                          max(f.state = 'suggested' and f.score >= ? and m.date <= ?) as strong
                   from followups f join items i on i.id = f.item_id join meetings m on m.id = i.meeting_id"""
                + chosen
                + " group by f.action_id",
                [DEFAULT_THRESHOLD, today.isoformat(), *(ids if only else [])],
            )
        }
        if set_by is None:
            chosen = f" where id in ({marks(ids)})" if only else ""
            set_by = dict(self.db.execute("select id, due_set_by from actions" + chosen, ids if only else []).fetchall())
        calendars = {committee: [m.date for m in found] for committee, found in meetings.items()}
        # Each committee's next two meetings, worked out once rather than once per action.
        next_two = {committee: upcoming(dates, today) for committee, dates in calendars.items()}
        nothing = {"confirmed": 0, "suggested": 0, "strong": 0}
        entries = []
        for action in actions:
            found = followups.get(action.id, nothing)
            facts = StatusFacts(
                status=action.status,
                due_meeting=action.due_meeting_date,
                due_date=action.due_date,
                confirmed_followup=bool(found["confirmed"]),
                strong_suggestion=bool(found["strong"]),
                moved_by_clerk=set_by[action.id] == "clerk" and action.origin == "extracted",
            )
            calendar = calendars.get(action.committee, []) if action.committee else []
            status = derive_status(facts, calendar, today, next_two.get(action.committee, (None, None)))
            entries.append(LogEntry(action, status, int(found["suggested"] or 0)))
        order = {state: index for index, state in enumerate(DERIVED_STATES)}
        entries.sort(key=lambda e: (order[e.derived_status], e.action.meeting_date or dt.date.min, e.action.id))
        return entries
