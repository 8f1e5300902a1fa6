"""The clerk's desk in the store: two writers, one change by name, an action at an item, the paper.

Another cpb (the CLI, a second app) may write while the app shows the log. `data_version`
tells the app when to read again; every change the app makes is checked against the version
of the row it was made from (the action's newest event id) inside its write transaction.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import TYPE_CHECKING, Collection, Iterator

from cpb_tui.domain.models import Action, ActionChanged, ActionEvent, format_date

if TYPE_CHECKING:
    from cpb_tui.actions.matters_arising import MattersArising


class DeskMixin:
    """Methods of `Store` for the app's action log (they share its connection and helpers)."""

    def data_version(self) -> int:
        """SQLite's `data_version`: it changes when another connection (the CLI, another cpb) commits."""
        return self.db.execute("pragma data_version").fetchone()[0]

    @contextlib.contextmanager
    def unchanged_since(self, action_id: int, version: int | None) -> Iterator[None]:
        """A write transaction that first checks the action is still at `version` (None: no check).

        The check is made under the write lock, so no other writer can slip in between it and
        the change; `ActionChanged` says what changed since, and who changed it.
        """
        with self.db.atomic():
            if version is not None:
                current = self.action(action_id)
                if current.version != version:
                    raise ActionChanged(_changed_since(current, self._events_after(action_id, version)))
            yield

    def change_action(self, kind: str, action_id: int, args: tuple, who: str, version: int | None = None) -> int:
        """One of the clerk's changes by name, in one transaction checked against `version`; the new version.

        `kind` is status (status, note), note (text,), edit (owners, due_date, due_meeting_id,
        text, note) or decide (item_id, state): the arguments of the method it names; or
        undecide (item_id, state before, reopen): a decision taken back, the action reopened if
        the confirming closed it.
        """
        with self.unchanged_since(action_id, version):
            if kind == "status":
                self.set_action_status(action_id, args[0], who, args[1])
            elif kind == "note":
                self.note_action(action_id, who, args[0])
            elif kind == "edit":
                self.edit_action(action_id, who, *args)
            elif kind == "decide":
                self.decide_followup(action_id, args[0], args[1], who)
            elif kind == "undecide":
                item_id, before, reopen = args
                self.decide_followup(action_id, item_id, before, who, "undo of the last change")
                if reopen and self.action(action_id).status == "done":
                    self.set_action_status(action_id, "open", who, "undo of the last change")
            else:
                raise ValueError(f"no change called {kind!r}")
        return self.action(action_id).version

    def _events_after(self, action_id: int, version: int) -> list[ActionEvent]:
        rows = self._rows("select * from action_events where action_id = ? and id > ? order by id", [action_id, version])
        return [ActionEvent(**row) for row in rows]

    def add_action_at(
        self,
        who: str,
        meeting_id: int,
        item_number: str | None,
        text: str,
        owners: list[str],
        due_date: dt.date | None = None,
        due_meeting_id: int | None = None,
        note: str | None = None,
    ) -> Action:
        """A clerk's action raised at a meeting, at the item with that printed (else minute) number.

        `LookupError` names the item and lists the meeting's numbers when there is no such item.
        """
        item_id = None
        if item_number:
            wanted = item_number.strip().rstrip(".").casefold()
            items = self.items(meeting_id)
            found = [i for i in items if (i.number or "").casefold() == wanted] or [
                i for i in items if (i.minute_number or "").casefold() == wanted
            ]
            if len(found) != 1:
                meeting = self.meeting(meeting_id)
                numbers = ", ".join(i.number for i in items if i.number) or "none"
                raise LookupError(
                    f"Item: no single item {item_number} at the meeting of {format_date(meeting.date)}; its items are {numbers}."
                )
            item_id = found[0].id
        return self.add_action(who, text, meeting_id, item_id, None, owners, due_date, due_meeting_id, note)

    def import_tracker(self, rows: list, committee: str, who: str, source: str) -> int:
        """A tracker's readable rows as actions of `committee`, all in one transaction; how many were added.

        Each is created with a note naming the file and line, and its update (if any) as an event.
        """
        with self.transaction():
            for row in rows:
                meeting_id = None
                if row.meeting:
                    found = self.meetings_on(row.meeting, committee)
                    meeting_id = found[0].id if found else None
                note = f"imported from {source} line {row.line}" + (f"; minute {row.reference}" if row.reference else "")
                action = self.add_action(
                    who, row.text, meeting_id, None, committee, row.owners, row.due, None, note, "imported", row.status
                )
                if row.update:
                    self.note_action(action.id, who, row.update)
        return len(rows)

    def matters_arising_paper(self, meeting_id: int, include_exempt: Collection[int] = ()) -> "MattersArising":
        """The action log paper for a meeting: what `cpb actions export` writes, chosen by the same rule."""
        from cpb_tui.actions.matters_arising import matters_arising

        meeting = self.meeting(meeting_id)
        if meeting is None:
            raise LookupError(f"no meeting {meeting_id}")
        actions = self.actions("all", committee=meeting.committee)
        return matters_arising(meeting, actions, self.meetings(meeting.committee), include_exempt)


def _changed_since(action: Action, events: list[ActionEvent]) -> str:
    """What changed on an action since a row of it was read: the newer events, then the action as it is now."""
    said = []
    for event in events[-3:]:
        change = event.change
        note = f" ({event.note})" if event.note else ""
        said.append(f"{event.who} at {event.at[11:16]}: {event.event}{change}{note}")
    owners = "; ".join(action.owners) or "none"
    now = f"now {action.status}, due {action.target}, owners {owners}"
    return f"action {action.id} was changed since it was shown ({'; '.join(said) or 'its history moved on'}); {now}"
