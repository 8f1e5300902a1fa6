"""The action log in the store: actions extracted from resolutions, clerk edits, the audit trail.

Every change to an action is written as an event in `action_events` in the same transaction
as the change itself, and before it: the store's triggers (migration m006) record any change
to an action's text, status or due that no event describes yet, so the event comes first.
Events are only ever inserted (triggers refuse updates, deletes and replaces).
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
from dataclasses import asdict, replace
from typing import Any, Iterable

from cpb_tui.domain import clock
from cpb_tui.domain.models import Action, ActionEvent, Meeting
from cpb_tui.store.told_twice import AMENDED_AS_FOLLOWS as _AMENDED_AS_FOLLOWS
from cpb_tui.store.told_twice import add_listed as _add_listed, add_narrative as _add_narrative, doer_named, ours_told, said_before, said_shorter

# An action with its committee, meeting, item, resolution and due meeting: what both reads below join.
_ACTION_FROM = """
    from actions a
    left join committees c on c.id = a.committee_id
    left join meetings m on m.id = a.meeting_id
    left join items i on i.id = a.item_id
    left join resolutions r on r.id = a.resolution_id
    left join meetings dm on dm.id = a.due_meeting_id
"""

_ACTION_SELECT = """
    select a.*, c.name as committee, m.date as meeting_date, i.agenda_number, i.minute_number,
           i.title as item_title, i.exempt as item_exempt, r.label as clause_label,
           dm.date as due_meeting_date,
           (select group_concat(owner, char(31)) from
              (select owner from action_owners o where o.action_id = a.id order by o.position)) as owner_list,
           (select e.note from action_events e where e.action_id = a.id and e.note is not null
              and e.event in ('note', 'done', 'dropped', 'reopened') order by e.id desc limit 1) as latest_update,
           (select max(e.id) from action_events e where e.action_id = a.id) as version
""" + _ACTION_FROM

# The action log's own read of every action (`_log_actions`): the columns `_ACTION_SELECT` reads,
# by position, without its owners subquery (one statement reads every owner) or an order (the
# log sorts by derived status anyway), and with who set the due, which the derived status needs.
_LOG_SELECT = """
    select a.id, c.name, a.meeting_id, m.date, a.item_id, i.agenda_number, i.minute_number,
           i.title, r.label, a.kind, a.text, a.due_words, a.due_meeting_id, dm.date, a.due_date, a.status, a.origin,
           a.created_at, a.closed_at,
           (select e.note from action_events e where e.action_id = a.id and e.note is not null
              and e.event in ('note', 'done', 'dropped', 'reopened') order by e.id desc limit 1),
           i.exempt,
           (select max(e.id) from action_events e where e.action_id = a.id),
           a.due_set_by
""" + _ACTION_FROM


class ActionNotFound(LookupError):
    """No action has that id."""


class ActionLogMixin:
    """Action-log methods of `Store` (they share its connection and helpers)."""

    # --- reading -------------------------------------------------------------------------

    def actions(
        self,
        status: str | None = "open",
        owner: str | None = None,
        committee: str | None = None,
        due_before: dt.date | None = None,
        overdue: bool = False,
        meeting_id: int | None = None,
        due_meeting_id: int | None = None,
    ) -> list[Action]:
        """The log, oldest origin first, filtered as asked (status "all" for every status)."""
        from cpb_tui.domain.text import title_key

        where, params = [], []
        if status and status != "all":
            where.append("a.status = ?")
            params.append(status)
        if owner:
            where.append("exists (select 1 from action_owners o where o.action_id = a.id and lower(o.owner) like ?)")
            params.append(f"%{owner.lower()}%")
        if committee:
            where.append("c.name_key = ?")
            params.append(title_key(committee))
        if meeting_id is not None:
            where.append("a.meeting_id = ?")
            params.append(meeting_id)
        if due_meeting_id is not None:
            where.append("a.due_meeting_id = ?")
            params.append(due_meeting_id)
        due = "coalesce(dm.date, a.due_date)"
        if due_before:
            where.append(f"{due} < ?")
            params.append(due_before.isoformat())
        if overdue:
            where.append(f"a.status = 'open' and {due} < ?")
            params.append(clock.today().isoformat())
        sql = _ACTION_SELECT + (" where " + " and ".join(where) if where else "")
        sql += " order by m.date is null, m.date, cast(i.minute_number as integer), r.position, a.id"
        return [self._action(row) for row in self._rows(sql, params)]

    def _log_actions(self) -> tuple[list[Action], dict[int, str]]:
        """Every action, in no order, and who set each one's due; two statements whatever the count.

        The action log's read (`Store.action_log`): the same `Action`s as `actions("all")`,
        built from rows by position, dates parsed once each, owners read in one statement
        rather than a subquery per action (docs/benchmarks.md has the figures).
        """
        owners: dict[int, list[str]] = {}
        for action_id, owner in self.db.execute("select action_id, owner from action_owners order by action_id, position"):
            owners.setdefault(action_id, []).append(owner)
        days: dict[str | None, dt.date | None] = {None: None, "": None}

        def day(value: str | None) -> dt.date | None:
            if value not in days:
                days[value] = dt.date.fromisoformat(value)
            return days[value]

        actions, set_by = [], {}
        for row in self.db.execute(_LOG_SELECT).fetchall():
            action_id = row[0]
            actions.append(
                Action(action_id, row[1], row[2], day(row[3]), row[4], row[5] or row[6], row[6], row[7], row[8], row[9], row[10],
                       tuple(owners.get(action_id, ())), row[11], row[12], day(row[13]), day(row[14]), row[15], row[16],
                       row[17], row[18], row[19], bool(row[20]), row[21] or 0)
            )
            set_by[action_id] = row[22]
        return actions, set_by

    def action(self, action_id: int) -> Action:
        """One action; `ActionNotFound` if there is none."""
        rows = self._rows(_ACTION_SELECT + " where a.id = ?", [action_id])
        if not rows:
            raise ActionNotFound(f"no action {action_id}: `cpb actions --status all` lists them")
        return self._action(rows[0])

    def actions_since(self, last_id: int) -> list[Action]:
        """The actions with ids above `last_id` (those an import has just made), by id."""
        rows = self._rows(_ACTION_SELECT + " where a.id > ? order by a.id", [last_id])
        return [self._action(row) for row in rows]

    def history(self, action_id: int) -> list[ActionEvent]:
        """Every change to an action, oldest first."""
        self.action(action_id)
        return self._events(action_id)

    def _events(self, action_id: int) -> list[ActionEvent]:
        rows = self._rows("select * from action_events where action_id = ? order by id", [action_id])
        return [ActionEvent(**row) for row in rows]

    def item_actions(self, item_id: int) -> list[Action]:
        """The actions that came from one item."""
        rows = self._rows(_ACTION_SELECT + " where a.item_id = ? order by a.id", [item_id])
        return [self._action(row) for row in rows]

    # --- extraction (inside an import's transaction) -------------------------------------

    def _extract_actions(self, item_ids: Iterable[int], who: str, stated_next: dict[int, dt.date]) -> None:
        """Actions from the items' clauses and narrative; `stated_next` holds, by meeting, the day its
        record gave for the next meeting (a "next meeting" due while that meeting is not stored)."""
        from cpb_tui.actions import extract_from_minutes, extract_from_resolution, one_language

        committees: set[int] = set()
        created: dict[int, tuple[str, str]] = {}  # the actions it extracts, with who and where from: their 'created' event waits for the due
        for item_id in dict.fromkeys(item_ids):
            item = self._rows(
                """select i.id, i.meeting_id, i.title, i.minutes, coalesce(i.minute_number, i.agenda_number) as number,
                          m.committee_id, m.date from items i
                   join meetings m on m.id = i.meeting_id where i.id = ?""",
                [item_id],
            )[0]
            origin = f"minute {item['number']} of {item['date']}" if item["number"] else f"the meeting of {item['date']}"
            found: list[tuple[str, Any, int | None]] = []
            amending = False  # under "... be requested to amend the Action Log as follows:": its unlabelled bullets are the changes
            for resolution in self._rows(
                "select id, label, text, verb, lead_in from resolutions where item_id = ? order by position", [item_id]
            ):
                if amending and not resolution["label"] and not resolution["text"].lstrip().lower().startswith("that "):
                    continue  # ("- A column be added to show the date": what the amendment holds; "- That Cllr Nye ...": a decision again)
                candidates = extract_from_resolution(resolution["text"], resolution["verb"], resolution["lead_in"])
                amending = bool(candidates) and bool(_AMENDED_AS_FOLLOWS.search(resolution["text"]))
                clause = f", clause {resolution['label']})" if resolution["label"] else ""
                for index, candidate in enumerate(candidates):
                    named = doer_named(candidate, found)
                    if named is not None:  # "Agreed to apply for the grant. / Clerk to apply": one errand, its doer named after
                        found[named] = (found[named][0], replace(found[named][1], owners=candidate.owners), *found[named][2:])
                    elif not said_before(candidate, found):
                        entry = (f"resolution:{resolution['id']}:{index}", candidate, resolution["id"], f"extracted from {origin}{clause}")
                        shorter = said_shorter(candidate, found)  # (the fuller telling of a task said before stands for both)
                        if shorter is None:
                            found.append(entry)
                        else:
                            found[shorter] = entry
            if item["minutes"]:
                _add_narrative(found, ours_told(item["title"], extract_from_minutes(item["minutes"])), item_id, origin, item["minutes"])
            found = one_language(found)  # "Clerc i ysgrifennu at y Cyngor Sir. Clerk to write to the County Council.": one task
            _add_listed(found, getattr(self, "_listed_tasks", {}).get(item_id, ()), item_id, origin)
            for key, candidate, resolution_id, where in found:
                if self.db.execute("select 1 from actions where extraction_key = ?", [key]).fetchone():
                    continue  # extracted before: the clerk's version stands
                due = _due_of(candidate, item, stated_next)
                if due is None:
                    continue  # ("agreed to attend a site visit on Sunday 4th March", minuted at that visit): what took place
                candidate, spec, passed = due
                owners = list(candidate.owners) or self._report_authors(item_id)
                action_id = self._insert(
                    "actions",
                    {
                        "committee_id": item["committee_id"],
                        "meeting_id": item["meeting_id"],
                        "item_id": item_id,
                        "resolution_id": resolution_id,
                        "kind": candidate.kind,
                        "text": candidate.text,
                        "due_words": candidate.due_words,
                        "due_kind": spec.kind if spec else None,
                        "due_spec": _spec_json(spec),
                        "due_meeting_id": None,
                        "due_date": passed,
                        "due_set_by": "extracted",
                        "status": "open",
                        "origin": "extracted",
                        "extraction_key": key,
                        "created_at": _now(),
                        "closed_at": None,
                    },
                )
                self._set_owners(action_id, owners)
                if passed:  # (no calendar places it: its 'created' event says the day now)
                    self._event(action_id, who, "created", "due", None, passed, note=where)
                else:
                    created[action_id] = (who, where)
            committees.add(item["committee_id"])
        # Only these committees' calendars changed, on the dates the import touched; a new action's first placement is part of its creation.
        self._resolve_dues(committees, getattr(self, "_calendar_touched", None), list(created), creating=created)
        for action_id, (who, where) in created.items():
            self._event(action_id, who, "created", "due", None, "not set", note=where)  # placed nowhere yet

    def _report_authors(self, item_id: int) -> list[str]:
        rows = self.db.execute(
            "select distinct author from documents where item_id = ? and author is not null order by id limit 1",
            [item_id],
        ).fetchall()
        return [row[0] for row in rows]

    def _resolve_dues(
        self, committee_ids: Iterable[int] | None = None, touched: dict[int, set[str]] | None = None,
        new_ids: Iterable[int] = (), creating: dict[int, tuple[str, str]] | None = None,
    ) -> None:
        """Place extracted due phrases on each committee's calendar (these committees', or all), again as meetings appear.

        With `touched` (the dates of the meetings an import created or merged, by committee),
        only the dues those dates can move are placed again, and the actions `new_ids`
        (`due_rows_to_place`); the rest stay as they are, so an import's cost does not grow
        with the committee's history. `creating` holds the actions the import is making (who,
        where from) whose 'created' event is not written yet: a due placed for one of them goes
        into that event (and the action leaves `creating`), not into an 'edited' event of its own.
        """
        from cpb_tui.actions import DueSpec, resolve_due

        from cpb_tui.store.due_placement import calendars_for, due_rows_to_place

        pending = due_rows_to_place(self, committee_ids, touched, new_ids)
        dates_of, ids_of = calendars_for(self, pending)
        for row in pending:
            values = json.loads(row["due_spec"])
            if values.get("date"):
                values["date"] = dt.date.fromisoformat(values["date"])
            origin = dt.date.fromisoformat(row["origin"])
            # No due phrase resolves to a meeting before the origin's month: pass the calendar from there.
            dates = dates_of[row["committee_id"]]
            start = bisect.bisect_left(dates, origin.replace(day=1))
            meeting_date, due_date = resolve_due(DueSpec(**values), origin, dates[start:] if start < len(dates) else dates[-1:])
            meeting_id = ids_of[row["committee_id"]].get(meeting_date) if meeting_date else None
            due_text = due_date.isoformat() if due_date else None
            if (meeting_id, due_text) != (row["due_meeting_id"], row["due_date"]):
                old = _due_label(row["due_meeting_id"], row["due_date"], self)
                if creating and row["id"] in creating:
                    # Placed for the first time by the import that made it: its 'created' event says where.
                    who, where = creating.pop(row["id"])
                    self._event(row["id"], who, "created", "due", None, _due_label(meeting_id, due_text, self), note=where)
                else:
                    self._event(row["id"], "cpb", "edited", "due", old, _due_label(meeting_id, due_text, self),
                                note=None if old == "not set" else "the committee's calendar changed")
                self.db.execute(
                    "update actions set due_meeting_id = ?, due_date = ? where id = ?", [meeting_id, due_text, row["id"]]
                )
                # Its follow-ups' window moved with it.
                self._dues_moved = getattr(self, "_dues_moved", set()) | {row["id"]}

    # --- clerk's changes -----------------------------------------------------------------

    def add_action(
        self,
        who: str,
        text: str,
        meeting_id: int | None = None,
        item_id: int | None = None,
        committee: str | None = None,
        owners: list[str] | None = None,
        due_date: dt.date | None = None,
        due_meeting_id: int | None = None,
        note: str | None = None,
        origin: str = "manual",
        status: str = "open",
    ) -> Action:
        """A clerk's own action (or one read from a tracker), with its creation event."""
        with self.db.atomic():
            committee_id = None
            if meeting_id is not None:
                committee_id = self.db.execute("select committee_id from meetings where id = ?", [meeting_id]).fetchone()[0]
            elif committee:
                committee_id = self._committee_id(committee, None)
            action_id = self._insert(
                "actions",
                {
                    "committee_id": committee_id,
                    "meeting_id": meeting_id,
                    "item_id": item_id,
                    "resolution_id": None,
                    "kind": "do",
                    "text": text,
                    "due_words": None,
                    "due_kind": None,
                    "due_spec": None,
                    "due_meeting_id": due_meeting_id,
                    "due_date": due_date.isoformat() if due_date else None,
                    "due_set_by": "clerk",
                    "status": status,
                    "origin": origin,
                    "extraction_key": None,
                    "created_at": _now(),
                    "closed_at": _now() if status != "open" else None,
                },
            )
            self._set_owners(action_id, owners or [])
            self._event(action_id, who, "created", note=note)
            self._index_actions([action_id])
        return self.action(action_id)

    def edit_action(
        self,
        action_id: int,
        who: str,
        owners: list[str] | None = None,
        due_date: dt.date | None = None,
        due_meeting_id: int | None = None,
        text: str | None = None,
        note: str | None = None,
    ) -> Action:
        """Change owners, due or text; each changed field is an event with old and new."""
        with self.db.atomic():
            before = self.action(action_id)
            changed = False
            if owners is not None and tuple(owners) != before.owners:
                self._set_owners(action_id, owners)
                self._event(action_id, who, "edited", "owners", "; ".join(before.owners), "; ".join(owners), note)
                changed = True
            if due_date is not None or due_meeting_id is not None:
                new_due = (due_meeting_id, due_date.isoformat() if due_date else None)
                old_due = (before.due_meeting_id, before.due_date.isoformat() if before.due_date else None)
                if new_due != old_due:
                    self._event(action_id, who, "edited", "due", before.target, _due_label(*new_due, self), note)
                    self.db.execute(
                        "update actions set due_meeting_id = ?, due_date = ?, due_set_by = 'clerk' where id = ?",
                        [*new_due, action_id],
                    )
                    changed = True
                    self._rescore_committee_of(action_id)
            if text is not None and text != before.text:
                self._event(action_id, who, "edited", "text", before.text, text, note)
                self.db.execute("update actions set text = ? where id = ?", [text, action_id])
                changed = True
            if not changed and note:
                self._event(action_id, who, "note", note=note)
            if changed:
                self._index_actions([action_id])
        return self.action(action_id)

    def set_action_status(self, action_id: int, status: str, who: str, note: str | None = None) -> Action:
        """Mark done, drop, or reopen; the event keeps the old status and the note."""
        event = {"done": "done", "dropped": "dropped", "open": "reopened"}[status]
        with self.db.atomic():
            before = self.action(action_id)
            if before.status == status:
                raise ValueError(f"action {action_id} is already {status}")
            closed = _now() if status != "open" else None
            self._event(action_id, who, event, "status", before.status, status, note)
            self.db.execute("update actions set status = ?, closed_at = ? where id = ?", [status, closed, action_id])
        return self.action(action_id)

    def note_action(self, action_id: int, who: str, note: str) -> Action:
        """Add an update to an action without changing it."""
        with self.db.atomic():
            self.action(action_id)
            self._event(action_id, who, "note", note=note)
        return self.action(action_id)

    def add_meeting(
        self, committee: str, date: dt.date, time: str | None = None, venue: str | None = None
    ) -> tuple[Meeting, bool]:
        """Schedule a meeting ahead of time (or find it); due dates waiting for it resolve now."""
        with self.db.atomic():
            committee_id = self._committee_id(committee, None)
            row = self.db.execute(
                "select id from meetings where committee_id = ? and date = ?", [committee_id, date.isoformat()]
            ).fetchone()
            created = row is None
            if created:
                self._insert(
                    "meetings",
                    {
                        "committee_id": committee_id,
                        "date": date.isoformat(),
                        "time": time,
                        "venue": venue,
                        "status": "held" if date <= clock.today() else "scheduled",
                        "minutes_status": None,
                    },
                )
            self._resolve_dues()
            # Follow-ups are scored against due meetings, which may just have changed.
            self._rescore_committee(committee_id)
        (meeting,) = self.meetings_on(date, committee)
        return meeting, created

    def _rescore_committee_of(self, action_id: int) -> None:
        """Score one action's follow-ups again after its text or due changed (nothing else depends on it)."""
        row = self.db.execute("select committee_id from actions where id = ?", [action_id]).fetchone()
        if row and row[0] is not None:
            self._derive_now([row[0]], [action_id])

    def _rescore_committee(self, committee_id: int) -> None:
        """Derive the committee's follow-through after its calendar changed: the actions whose due moved."""
        self._derive_now([committee_id])

    # --- plumbing --------------------------------------------------------------------------

    def _set_owners(self, action_id: int, owners: list[str]) -> None:
        self.db.execute("delete from action_owners where action_id = ?", [action_id])
        for position, owner in enumerate(dict.fromkeys(o.strip() for o in owners if o.strip())):
            self._insert("action_owners", {"action_id": action_id, "owner": owner, "position": position})

    def _event(
        self,
        action_id: int,
        who: str,
        event: str,
        field: str | None = None,
        old: str | None = None,
        new: str | None = None,
        note: str | None = None,
    ) -> None:
        self._insert(
            "action_events",
            {"action_id": action_id, "at": _now(), "who": who, "event": event, "field": field, "old": old, "new": new, "note": note},
        )

    @staticmethod
    def _action(row: dict[str, Any]) -> Action:
        def day(value: str | None) -> dt.date | None:
            return dt.date.fromisoformat(value) if value else None

        return Action(
            id=row["id"],
            committee=row["committee"],
            meeting_id=row["meeting_id"],
            meeting_date=day(row["meeting_date"]),
            item_id=row["item_id"],
            item_number=row["agenda_number"] or row["minute_number"],
            minute_number=row["minute_number"],
            item_title=row["item_title"],
            clause_label=row["clause_label"],
            kind=row["kind"],
            text=row["text"],
            owners=tuple(row["owner_list"].split("\x1f")) if row["owner_list"] else (),
            due_words=row["due_words"],
            due_meeting_id=row["due_meeting_id"],
            due_meeting_date=day(row["due_meeting_date"]),
            due_date=day(row["due_date"]),
            status=row["status"],
            origin=row["origin"],
            created_at=row["created_at"],
            closed_at=row["closed_at"],
            latest_update=row["latest_update"],
            exempt=bool(row["item_exempt"]),
            version=row["version"] or 0,
        )


def _spec_json(spec) -> str | None:
    if spec is None or spec.kind == "future_meeting":
        return None
    values = asdict(spec)
    if values.get("date"):
        values["date"] = values["date"].isoformat()
    return json.dumps(values)


def _due_of(candidate, item: dict, stated_next: dict[int, dt.date]):
    """A task's due as its words give it, at the meeting of `item`: (the task, its due phrase, a passed target's day), or None
    for what took place at that very meeting ("agreed to attend a site visit on Sunday 4th March", minuted at that visit)."""
    from cpb_tui.actions import gone_by, parse_due, visit_held_by_then

    day = dt.date.fromisoformat(str(item["date"]))
    spec = parse_due(candidate.due_words) if candidate.due_words else None
    if spec is not None and visit_held_by_then(spec, candidate.text, day):
        return None
    if spec is not None and gone_by(spec, day):
        if candidate.source == "listed" and spec.kind == "by_date" and spec.year is not None and spec.date is not None:
            return candidate, None, spec.date.isoformat()  # a tracker's printed target passed by the meeting: overdue since then
        return replace(candidate, due_words=None), None, None  # ("paid in May" said in November: a month gone by, no due)
    if spec is not None and spec.kind == "next_meeting" and item["meeting_id"] in stated_next:
        spec = replace(spec, date=stated_next[item["meeting_id"]])
    return candidate, spec, None


def _due_label(meeting_id: int | None, due_date: str | None, store) -> str:
    """How a due is shown and recorded; migration m006's history trigger builds the same label in SQL."""
    if meeting_id:
        row = store.db.execute("select date from meetings where id = ?", [meeting_id]).fetchone()
        if row:
            return f"meeting of {row[0]}"
    return due_date or "not set"


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")

