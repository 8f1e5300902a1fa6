"""The `Store`: every read and write of cpb's data, returning `cpb_tui.domain.models` objects.

No other module runs SQL. Imports run in one transaction (`Database.atomic`), so a failure
anywhere leaves the file exactly as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from cpb_tui.domain import clock
from cpb_tui.domain.models import (
    Attendee,
    Committee,
    Document,
    DocumentRecord,
    ImportOutcome,
    Item,
    ItemDetail,
    ItemRecord,
    Meeting,
    MeetingDetail,
    MeetingRecord,
    Resolution,
    Section,
)
from cpb_tui.store.action_log import ActionLogMixin
from cpb_tui.store.brief import BriefMixin
from cpb_tui.store.db import open_db
from cpb_tui.store.desk import DeskMixin
from cpb_tui.store.followthrough import FollowThroughMixin
from cpb_tui.store.rows import MEETING_SELECT as _MEETING_SELECT, in_agenda_order, item_from_row, marks, meeting_from_row, tables_from_json
from cpb_tui.store.search_index import SearchMixin
from cpb_tui.store.summaries import SummariesMixin
from cpb_tui.store.views import ViewsMixin
from cpb_tui.domain.tables import Table
from cpb_tui.domain.text import title_key, titles_match

if TYPE_CHECKING:
    from sqlite_utils import Database

class Store(SummariesMixin, ViewsMixin, DeskMixin, BriefMixin, ActionLogMixin, FollowThroughMixin, SearchMixin):
    """cpb's data in one SQLite file."""

    def __init__(self, db: Database, path: Path | None = None) -> None:
        self.db = db
        self.path = path
        self._kept_resolutions: set[int] = set()
        """Resolutions written or kept by the import in progress."""

    @classmethod
    def open(cls, path: str | Path) -> "Store":
        """Open the store at `path`, creating it and applying migrations as needed."""
        return cls(open_db(path), Path(path))

    def close(self) -> None:
        """Close the connection."""
        self.db.conn.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator["Store"]:
        """One write transaction around several calls: all of it is kept, or none (nested: a savepoint).

        Callers use this, never the database object: the store alone decides how a
        transaction begins (IMMEDIATE, store/db.py) and what its errors say.
        """
        with self.db.atomic():
            yield self

    # --- reading -------------------------------------------------------------------------

    def committees(self) -> list[Committee]:
        """Every committee, by name."""
        rows = self.db.execute("select id, name, council from committees order by name").fetchall()
        return [Committee(*row) for row in rows]

    def meetings(self, committee: str | None = None) -> list[Meeting]:
        """Meetings, newest first, optionally of one committee (matched by name, any case)."""
        sql, params = _MEETING_SELECT, []
        if committee:
            sql += " where c.name_key = ?"
            params.append(title_key(committee))
        sql += " order by m.date desc, c.name"
        return [self._meeting(row) for row in self._rows(sql, params)]

    def meeting(self, meeting_id: int) -> Meeting | None:
        """One meeting by id, or None."""
        rows = self._rows(_MEETING_SELECT + " where m.id = ?", [meeting_id])
        return self._meeting(rows[0]) if rows else None

    def meetings_on(self, date: dt.date, committee: str | None = None) -> list[Meeting]:
        """Meetings held on `date`, optionally of one committee."""
        sql, params = _MEETING_SELECT + " where m.date = ?", [date.isoformat()]
        if committee:
            sql += " and c.name_key = ?"
            params.append(title_key(committee))
        return [self._meeting(row) for row in self._rows(sql + " order by c.name", params)]

    def items(self, meeting_id: int) -> list[Item]:
        """A meeting's items in agenda order."""
        rows = in_agenda_order(self._rows("select * from items where meeting_id = ?", [meeting_id]))
        return [self._item(row) for row in rows]

    def item(self, item_id: int) -> Item | None:
        """One item by id, or None."""
        rows = self._rows("select * from items where id = ?", [item_id])
        return self._item(rows[0]) if rows else None

    def item_detail(self, item_id: int) -> ItemDetail | None:
        """An item with its resolutions and report sections."""
        item = self.item(item_id)
        if item is None:
            return None
        return ItemDetail(item, self.resolutions(item_id), self.sections(item_id))

    def resolutions(self, item_id: int) -> list[Resolution]:
        """The resolved clauses of an item, in order."""
        return list(self._resolutions_of([item_id]).get(item_id, ()))

    def sections(self, item_id: int) -> list[Section]:
        """The report sections filed under an item, report by report, in order."""
        return list(self._sections_of([item_id]).get(item_id, ()))

    def _resolutions_of(self, item_ids: list[int]) -> dict[int, tuple[Resolution, ...]]:
        """The resolutions of several items, each item's in order, in one statement."""
        found: dict[int, list[Resolution]] = {}
        for row in self._rows(
            f"""select id, item_id, label, text, verb, lead_in from resolutions
                where item_id in ({marks(item_ids)}) order by item_id, position""",
            item_ids,
        ):
            found.setdefault(row["item_id"], []).append(Resolution(**row))
        return {item_id: tuple(resolutions) for item_id, resolutions in found.items()}

    def _sections_of(self, item_ids: list[int]) -> dict[int, tuple[Section, ...]]:
        """The report sections of several items, each item's report by report, in one statement."""
        found: dict[int, list[Section]] = {}
        for row in self._rows(
            f"""select s.id, s.document_id, s.item_id, s.number, s.heading, s.level, s.body,
                       s.page_start, s.page_end, s.is_recommendation, d.title as document_title,
                       case when s.body like '%<!-- cpb:table %' then (
                         select json_group_array(json_array(t.position, t.header_rows, c.row, c.col, c.text))
                         from section_tables t join table_cells c on c.table_id = t.id
                         where t.section_id = s.id) end as tables
                from sections s join documents d on d.id = s.document_id
                where s.item_id in ({marks(item_ids)}) order by s.item_id, s.document_id, s.position""",
            item_ids,
        ):
            row["tables"] = tables_from_json(row["tables"])
            found.setdefault(row["item_id"], []).append(Section(**{**row, "is_recommendation": bool(row["is_recommendation"])}))
        return {item_id: tuple(sections) for item_id, sections in found.items()}

    def attendance(self, meeting_id: int) -> list[Attendee]:
        """Who attended or sent apologies, in the order recorded."""
        rows = self._rows(
            "select person, role, status from attendance where meeting_id = ? order by id", [meeting_id]
        )
        return [Attendee(**row) for row in rows]

    def documents(self, meeting_id: int) -> list[Document]:
        """The files imported for a meeting (not the reports inside them)."""
        rows = self._rows(
            """select id, meeting_id, kind, title, source, sha256, imported_at from documents
               where meeting_id = ? and parent_id is null order by id""",
            [meeting_id],
        )
        return [Document(**row) for row in rows]

    def meeting_detail(self, meeting_id: int) -> MeetingDetail | None:
        """A meeting with attendance, items, resolutions and sections (six statements, whatever its size)."""
        meeting = self.meeting(meeting_id)
        if meeting is None:
            return None
        items = self.items(meeting_id)
        ids = [item.id for item in items]
        resolutions, sections = self._resolutions_of(ids), self._sections_of(ids)
        items = [
            ItemDetail(item, list(resolutions.get(item.id, ())), list(sections.get(item.id, ()))) for item in items
        ]
        return MeetingDetail(meeting, self.attendance(meeting_id), items, self.documents(meeting_id))

    def has_document(self, sha256: str) -> bool:
        """Whether a file with this content hash was imported before."""
        return bool(self.db.execute("select 1 from documents where sha256 = ?", [sha256]).fetchone())

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables, for summaries and tests."""
        tables = [
            "committees", "meetings", "attendance", "items", "documents", "sections", "resolutions",
            "actions", "action_owners", "action_events",
        ]
        return {name: self.db.execute(f"select count(*) from {name}").fetchone()[0] for name in tables}

    # --- writing ---------------------------------------------------------------------------

    def import_document(
        self, record: DocumentRecord, source: str, sha256: str, who: str = "cpb", derive: bool = True
    ) -> ImportOutcome:
        """Merge a parsed document into the store in one transaction.

        A file seen before (same content) changes nothing. A new version of a document already
        imported (same kind, same meeting, same file name, new content) replaces its text in
        place: the document keeps its id, its resolutions keep theirs where their clause is
        still there, and the old version is recorded in `document_versions`.

        `derive=False` skips action extraction and follow-through, for bulk loads (benchmarks)
        that fill the tables first; the meetings stay pending for `derive_followthrough`.
        Inside `deferred_followthrough` (a folder), actions are extracted at once and
        follow-through is derived once at the end.
        """
        with self.db.atomic():
            unchanged = self._unchanged_outcome(source, sha256)
            if unchanged is not None:
                return unchanged
            now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
            self._calendar_touched: dict[int, set[str]] = {}  # committee -> dates of the meetings this import ensures
            own_record = next((m for m in record.meetings if m.role == "agenda"), record.meetings[0])
            own_id = self._ensure_meeting(own_record)
            self._schedule_next_meeting(own_record)
            document_id, replaced = self._file_document(record, source, sha256, own_id, now)
            self._kept_resolutions = set()
            self._listed_tasks: dict[int, list] = {}  # stored item -> the tasks its record lists (a tracker's open rows)
            meeting_ids = []
            item_ids: list[int] = []
            for meeting in record.meetings:
                meeting_id, merged_items = self._merge_meeting(meeting, document_id, source, now)
                meeting_ids.append(meeting_id)
                item_ids.extend(merged_items)
            if replaced:
                self._drop_resolutions_not_kept(document_id)
            if record.topic:
                self._link_topic(record.topic, item_ids)
            # the day the record gives for its next meeting dates "to the next meeting" while that meeting is not stored
            stated_next = {own_id: own_record.next_meeting} if own_record.next_meeting else {}
            self._derive_after_import(item_ids, who, derive, stated_next)
            self._listed_tasks = {}  # made actions of just now (a bulk load, derive=False, extracts none); kept no longer
            meetings = [self.meeting(mid) for mid in dict.fromkeys(meeting_ids)]
        status = "updated" if replaced else "imported"
        return ImportOutcome(source, status, document_id, [m for m in meetings if m is not None])

    def _schedule_next_meeting(self, record: MeetingRecord) -> None:
        """Put the next meeting a record names ("Date of next meeting: ...") on the committee's
        calendar, when it is still to come and not there already."""
        if record.next_meeting is None or record.next_meeting <= clock.today() or not record.committee:
            return
        self._ensure_meeting(MeetingRecord(committee=record.committee, date=record.next_meeting, council=record.council))

    def _unchanged_outcome(self, source: str, sha256: str) -> ImportOutcome | None:
        """The outcome of importing a file whose content is already stored (None if it is new)."""
        existing = self.db.execute("select id from documents where sha256 = ?", [sha256]).fetchone()
        if not existing:
            return None
        meetings = self._rows(
            _MEETING_SELECT + " where m.id = (select meeting_id from documents where id = ?)", [existing[0]]
        )
        return ImportOutcome(source, "unchanged", existing[0], [self._meeting(r) for r in meetings])

    def _file_document(
        self, record: DocumentRecord, source: str, sha256: str, own_id: int, now: str
    ) -> tuple[int, bool]:
        """Write the document row: a new one, or the earlier version's row replaced in place.

        Returns the document's id and whether it replaced an earlier version (same kind,
        meeting and file name) whose hash is then kept in `document_versions`.
        """
        name = Path(source).name
        previous = self.db.execute(
            """select id, sha256, source, imported_at from documents
               where parent_id is null and meeting_id = ? and kind = ? and name = ?""",
            [own_id, record.kind, name],
        ).fetchone()
        values = {
            "kind": record.kind,
            "title": record.title,
            "source": source,
            "name": name,
            "sha256": sha256,
            "page_count": record.page_count,
            "imported_at": now,
            "meeting_id": own_id,
        }
        if previous is None:
            return self._insert("documents", values), False
        self._replace_version(previous, values, now)
        return previous[0], True

    def _replace_version(self, previous: Any, values: dict[str, Any], now: str) -> None:
        """Record the earlier version's hash, drop its reports and sections, and overwrite its row."""
        document_id = previous[0]
        self._insert(
            "document_versions",
            {
                "document_id": document_id,
                "sha256": previous[1],
                "source": previous[2],
                "imported_at": previous[3],
                "replaced_at": now,
            },
        )
        children = "select id from documents where parent_id = ?"
        self.db.execute(f"delete from sections where document_id in ({children})", [document_id])
        self.db.execute(f"delete from documents where id in ({children})", [document_id])
        assignments = ", ".join(f"{k} = ?" for k in values)
        self.db.execute(f"update documents set {assignments} where id = ?", [*values.values(), document_id])

    def _drop_resolutions_not_kept(self, document_id: int) -> None:
        """Remove the clauses a new version no longer has; the ones it kept were updated in place."""
        kept = sorted(self._kept_resolutions) or [-1]
        self.db.execute(
            f"delete from resolutions where document_id = ? and id not in ({marks(kept)})", [document_id, *kept]
        )

    def _derive_after_import(self, item_ids: list[int], who: str, derive: bool, stated_next: dict[int, dt.date]) -> None:
        """Extract actions and derive follow-through for the imported items (or leave them pending), then index them."""
        if derive:
            # Actions come from what this document resolved; re-running never duplicates them.
            self._extract_actions(item_ids, who, stated_next)
            self._refresh_followthrough(item_ids)
        else:
            self._mark_pending(item_ids)
        self._index_search(item_ids)

    def _ensure_meeting(self, record: MeetingRecord) -> int:
        committee_id = self._committee_id(record.committee, record.council)
        row = self.db.execute(
            "select id from meetings where committee_id = ? and date = ?", [committee_id, record.date.isoformat()]
        ).fetchone()
        if getattr(self, "_calendar_touched", None) is not None:
            self._calendar_touched.setdefault(committee_id, set()).add(record.date.isoformat())
        held = record.role == "minutes" or record.date <= clock.today()
        status = "held" if held else "scheduled"
        if row is None:
            return self._insert(
                "meetings",
                {
                    "committee_id": committee_id,
                    "date": record.date.isoformat(),
                    "time": record.time,
                    "venue": record.venue,
                    "status": status,
                    "minutes_status": "draft" if record.role == "minutes" else None,
                },
            )
        self.db.execute(
            """update meetings set time = coalesce(?, time), venue = coalesce(?, venue),
               status = case when status = 'cancelled' then status when ? = 'held' then 'held' else status end,
               minutes_status = case when ? = 'minutes' then coalesce(minutes_status, 'draft') else minutes_status end
               where id = ?""",
            [record.time, record.venue, status, record.role, row[0]],
        )
        return row[0]

    def _merge_meeting(self, record: MeetingRecord, document_id: int, source: str, now: str) -> tuple[int, list[int]]:
        meeting_id = self._ensure_meeting(record)
        for person in record.attendance:
            self.db.execute(
                """insert into attendance (meeting_id, person, role, status) values (?, ?, ?, ?)
                   on conflict(meeting_id, person) do update set
                     role = coalesce(excluded.role, attendance.role), status = excluded.status""",
                [meeting_id, person.person, person.role, person.status],
            )
        item_ids: list[int] = []
        # The items the meeting held before this record: an item this record files is never matched again
        # (it is taken), so they are read once rather than once per item (4,000 items took 15 s).
        before = self._rows("select * from items where meeting_id = ?", [meeting_id])
        taken: set[int] = set()
        # The record before item 1 ("Opening of the meeting"), added to a meeting whose agenda came first,
        # still opens it: its place is before every item the meeting had.
        first_numbered = next((i for i, item in enumerate(record.items) if item.number or item.minute_number), 0)
        floor = min((row["position"] for row in before), default=0) - first_numbered
        for index, item in enumerate(record.items):
            place = floor + index if before and index < first_numbered else None
            item_id = self._merge_item(meeting_id, item, document_id, taken, before, place)
            item_ids.append(item_id)
            taken.add(item_id)
            if item.tasks:
                self._listed_tasks.setdefault(item_id, []).extend(item.tasks)  # made actions with the clauses' own
            for report in item.reports:
                self._drop_same_report(item_id, report.title)
                report_id = self._insert(
                    "documents",
                    {
                        "parent_id": document_id,
                        "meeting_id": meeting_id,
                        "item_id": item_id,
                        "kind": report.kind,
                        "title": report.title,
                        "author": report.author,
                        "reference": report.reference,
                        "contact": report.contact,
                        "source": source,
                        "page_count": None,
                        "imported_at": now,
                    },
                )
                for position, section in enumerate(report.sections):
                    section_id = self._insert(
                        "sections",
                        {
                            "document_id": report_id,
                            "item_id": item_id,
                            "number": section.number,
                            "heading": section.heading,
                            "level": section.level,
                            "body": section.body,
                            "page_start": section.page_start,
                            "page_end": section.page_end,
                            "is_recommendation": int(section.is_recommendation),
                            "position": position,
                        },
                    )
                    self._insert_tables(section_id, section.tables)
        return meeting_id, item_ids

    def _drop_same_report(self, item_id: int, title: str) -> None:
        """The same report filed again under an item (the pack's copy, then the report itself): keep one."""
        key = title_key(title)
        for (report_id, other_title) in self.db.execute(
            "select id, title from documents where item_id = ? and parent_id is not null", [item_id]
        ).fetchall():
            if other_title and title_key(other_title) == key:
                self.db.execute("delete from sections where document_id = ?", [report_id])
                self.db.execute("delete from documents where id = ?", [report_id])

    def _link_topic(self, title: str, item_ids: list[int]) -> None:
        key = title_key(title)
        row = self.db.execute("select id from topics where title_key = ?", [key]).fetchone()
        topic_id = row[0] if row else self._insert("topics", {"title": title, "title_key": key, "source": "issue page"})
        for item_id in item_ids:
            self.db.execute(
                """insert into topic_items (topic_id, item_id, state, score, source) values (?, ?, 'confirmed', 1.0, 'issue page')
                   on conflict(topic_id, item_id) do update set state = 'confirmed', source = 'issue page'""",
                [topic_id, item_id],
            )

    def _merge_item(
        self, meeting_id: int, record: ItemRecord, document_id: int, taken: set[int] = frozenset(), rows: list[dict[str, Any]] | None = None,
        place: int | None = None,
    ) -> int:
        existing = self._find_item(meeting_id, record, taken, rows)
        fields = {
            "agenda_number": record.number,
            "minute_number": record.minute_number,
            "title": record.title,
            "purpose": record.purpose,
            "page_start": record.page_start,
            "page_end": record.page_end,
            "exempt_reason": record.exempt_reason,
            "minutes": record.minutes,
        }
        if existing is None:
            position = place if place is not None else self.db.execute(
                "select coalesce(max(position), -1) + 1 from items where meeting_id = ?", [meeting_id]
            ).fetchone()[0]
            item_id = self._insert(
                "items",
                {
                    **fields,
                    "meeting_id": meeting_id,
                    "title_key": title_key(record.title),
                    "exempt": int(record.exempt),
                    "position": position,
                },
            )
        else:
            item_id = existing["id"]
            # Fill what this document knows; keep what an earlier one said where this one is silent.
            # An agenda's title wins over a minute's, since the agenda is what the pack pages follow.
            updates = {k: v for k, v in fields.items() if v not in (None, "")}
            if existing["agenda_number"] and record.number is None:
                updates.pop("title", None)
            if record.exempt:
                updates["exempt"] = 1
            if updates:
                if "title" in updates:
                    updates["title_key"] = title_key(updates["title"])
                assignments = ", ".join(f"{name} = ?" for name in updates)
                self.db.execute(f"update items set {assignments} where id = ?", [*updates.values(), item_id])
        if record.resolutions:
            self._replace_resolutions(item_id, record, document_id)
        return item_id

    def _replace_resolutions(self, item_id: int, record: ItemRecord, document_id: int) -> None:
        """Bring an item's clauses in line with this document, keeping each clause's id where its label stays."""
        current = self._rows(
            "select id, label, text, lead_in, verb from resolutions where item_id = ? order by position", [item_id]
        )
        by_label = {row["label"]: row for row in current}
        unlabelled = [row for row in current if row["label"] is None]
        keep: set[int] = set()
        for position, resolution in enumerate(record.resolutions):
            match = by_label.get(resolution.label) if resolution.label is not None else (unlabelled.pop(0) if unlabelled else None)
            values = {
                "item_id": item_id,
                "document_id": document_id,
                "label": resolution.label,
                "lead_in": resolution.lead_in,
                "text": resolution.text,
                "verb": resolution.verb,
                "position": position,
            }
            if match is not None and match["id"] not in keep:
                assignments = ", ".join(f"{k} = ?" for k in values)
                self.db.execute(f"update resolutions set {assignments} where id = ?", [*values.values(), match["id"]])
                keep.add(match["id"])
            else:
                keep.add(self._insert("resolutions", values))
        stale = [row["id"] for row in current if row["id"] not in keep]
        for resolution_id in stale:
            self.db.execute("delete from resolutions where id = ?", [resolution_id])
        self._kept_resolutions.update(keep)

    def _find_item(
        self, meeting_id: int, record: ItemRecord, taken: set[int] = frozenset(), rows: list[dict[str, Any]] | None = None
    ) -> dict[str, Any] | None:
        """The stored item a record describes (among `rows`, the meeting's items, when given); never one
        this document already filled (`taken`)."""
        if rows is None:
            rows = self._rows("select * from items where meeting_id = ?", [meeting_id])
        rows = [row for row in rows if row["id"] not in taken]
        if record.number is not None:
            for row in rows:
                if row["agenda_number"] == record.number:
                    return row
        if record.minute_number is not None:
            for row in rows:
                if row["minute_number"] == record.minute_number:
                    return row
        for row in rows:
            # Only join an item that lacks the kind of number this record brings.
            if record.number is not None and row["agenda_number"] is not None:
                continue
            if record.minute_number is not None and row["minute_number"] is not None:
                continue
            if titles_match(row["title"], record.title):
                return row
        return None

    def _committee_id(self, name: str, council: str | None) -> int:
        key = title_key(name)
        row = self.db.execute("select id, council from committees where name_key = ?", [key]).fetchone()
        if row:
            if council and not row[1]:
                self.db.execute("update committees set council = ? where id = ?", [council, row[0]])
            return row[0]
        return self._insert("committees", {"name": name, "name_key": key, "council": council})

    # --- plumbing --------------------------------------------------------------------------

    def _insert_tables(self, section_id: int, tables: list[Table]) -> None:
        """A section's tables, cell by cell (m009); the body's table blocks name them by position."""
        for position, table in enumerate(tables):
            table_id = self._insert(
                "section_tables", {"section_id": section_id, "position": position, "header_rows": table.header_rows}
            )
            self.db.conn.executemany(
                "insert into table_cells (table_id, row, col, text) values (?, ?, ?, ?)",
                [(table_id, r, c, text) for r, row in enumerate(table.rows) for c, text in enumerate(row)],
            )

    def _insert(self, table: str, values: dict[str, Any]) -> int:
        names = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        cursor = self.db.execute(f"insert into {table} ({names}) values ({marks})", list(values.values()))
        return int(cursor.lastrowid)

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.db.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    _meeting = staticmethod(meeting_from_row)
    _item = staticmethod(item_from_row)
