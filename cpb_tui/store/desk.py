"""The clerk's desk in the store: two writers, one change by name, an action at an item, the paper.

Another cpb (the CLI, a second app) may write while the app shows the log. `data_version`
tells the app when to read again; every change the app makes is checked against the version
of the row it was made from (the action's newest event id) inside its write transaction.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Collection, Iterator

from cpb_tui.domain.models import Action, ActionChanged, ActionEvent, format_date

if TYPE_CHECKING:
    from cpb_tui.actions.matters_arising import MattersArising
    from cpb_tui.store import Store


class DeskMixin:
    """Methods of `Store` for the app's action log (they share its connection and helpers)."""

    def data_version(self) -> int:
        """SQLite's `data_version`: it changes when another connection (the CLI, another cpb) commits."""
        return self.db.execute("pragma data_version").fetchone()[0]

    def copy_to(self, target: Path) -> "Store":
        """A private copy of the store as it is now, at `target`, opened: for a trial that must not hold the write lock.

        SQLite's backup API copies it under one read transaction (a snapshot), and in WAL mode a
        reader never makes a writer wait: the CLI writes on while the copy is made and used.
        """
        from cpb_tui.store.db import write_copy

        write_copy(self.db.conn, target)
        return type(self).open(target)

    def change_token(self) -> tuple[int, int, dt.date]:
        """What a read made now would be read against: equal tokens mean nothing was committed between them.

        `data_version` changes when another connection commits, `total_changes` when this one
        writes (a rolled-back write too: a needless read again, never a stale one), and the day
        changes what each action's derived status is.
        """
        from cpb_tui.domain import clock

        return self.data_version(), self.db.conn.total_changes, clock.today()

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

    def import_tracker(self, rows: list, committee: str, who: str, source: str) -> list[int]:
        """A tracker's readable rows as actions of `committee`, all in one transaction; the new actions' ids.

        Each is created with a note naming the file and line, and its update (if any) as an event.
        """
        made: list[int] = []
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
                made.append(action.id)
        return made

    def undo_paper(self, kind: str, args: tuple, who: str) -> object:
        """The undo of one of the app's papers by name: unschedule (meeting_id,) or drop_imported (action_ids, source)."""
        if kind == "unschedule":
            return self.unschedule_meeting(args[0], who)
        if kind == "drop_imported":
            return self.drop_imported(args[0], who, args[1])
        raise ValueError(f"no undo called {kind!r}")

    def high_water(self) -> dict[str, int]:
        """The newest id of items, resolutions and actions: what an import adds is above these."""
        return {table: self.db.execute(f"select coalesce(max(id), 0) from {table}").fetchone()[0]
                for table in ("items", "resolutions", "actions")}

    def drop_imported(self, action_ids: list[int], who: str, source: str) -> int:
        """The undo of a tracker's import: its actions dropped, each an event (history is never deleted); how many.

        One transaction; an action dropped since stays as it is.
        """
        dropped = 0
        with self.transaction():
            for action_id in action_ids:
                if self.action(action_id).status != "dropped":
                    self.set_action_status(action_id, "dropped", who, f"undo of the import of {source}")
                    dropped += 1
        return dropped

    def unschedule_meeting(self, meeting_id: int, who: str) -> str:
        """The undo of scheduling a meeting (`add_meeting`): the meeting taken out again; what was taken out.

        Refused (`ValueError`, saying why and what to do) once the meeting has papers,
        attendance, or actions a clerk set due at it. The dues the calendar placed at it are
        placed again without it, each move an event in the action's history, as scheduling's were.
        """
        with self.transaction():
            meeting = self.meeting(meeting_id)
            if meeting is None:
                raise LookupError("that meeting is no longer in the store")
            when = f"{meeting.committee}, {format_date(meeting.date)}"
            has = [name for table, name in (("items", "items"), ("documents", "papers"), ("attendance", "attendance"))
                   if self.db.execute(f"select 1 from {table} where meeting_id = ? limit 1", [meeting_id]).fetchone()]
            if has:
                raise ValueError(f"the meeting of {when} has {' and '.join(has)} now, so it stays")
            set_here = [row[0] for row in self.db.execute(
                "select id from actions where (due_meeting_id = ? and due_set_by = 'clerk') or meeting_id = ? order by id",
                [meeting_id, meeting_id])]
            if set_here:
                raise ValueError(f"action {', '.join(map(str, set_here))} was set due at {when} since; "
                                 "give it another due (e) first, then undo")
            committee_id = self.db.execute("select committee_id from meetings where id = ?", [meeting_id]).fetchone()[0]
            # Out of the calendar first, so the dues placed at it move (with their events) before the row goes.
            self.db.execute("update meetings set status = 'cancelled' where id = ?", [meeting_id])
            self._resolve_dues([committee_id])
            self.db.execute("delete from followthrough_pending where meeting_id = ?", [meeting_id])
            self.db.execute("delete from meetings where id = ?", [meeting_id])
            self._rescore_committee(committee_id)
        return when

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
