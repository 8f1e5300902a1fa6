"""Search in the store: the passages index, kept in step with every write, and queries over it.

Every searchable passage (an item's title and purpose, its minutes, a report section, a
resolution clause, an action's text and owners) is a row of `search_docs` holding its text
as plain words, and `search_fts` (FTS5, external content) indexes that row. A row's id is
its meeting's date followed by a serial number (`passage_id`), so FTS5 sees passages in date
order: date filters are rowid ranges, and "the most recent matches" are the highest rowids.

An import re-indexes the meetings it touched, in its own transaction; creating or editing an
action re-indexes that action. Statuses of actions and exempt flags of items are read when
searching, so changing them needs no re-indexing. `reindex()` builds everything again.

Ranking (store/ranking.py): FTS5's bm25 (titles and headings weigh more than text), divided
by a small factor that grows with the meeting's age, over every match: the walk from the
newest match stops only when no older one can reach the best.
"""

from __future__ import annotations

import datetime as dt
import functools
import sqlite3
import threading

from cpb_tui.domain import clock
from cpb_tui.domain.search_results import SearchHit, SearchOutcome
from cpb_tui.search.highlight import ELLIPSIS, MARK_END, MARK_START, split_marks
from cpb_tui.search.plain import markdown_text, plain_text
from cpb_tui.store.ranking import BODY_WEIGHT, DAY_BITS, TITLE_WEIGHT, every_phrase_required, rank_all, rank_newest_first
from cpb_tui.store.search_bounds import bound_ratio, compute_bounds, note_indexed
from cpb_tui.search.query import (
    ALL_TAG,
    KINDS,
    SearchQuery,
    committee_tag,
    kind_tag,
    parse_query,
    quote,
)

TYPE_CHECKING = False  # typing's own flag, without importing typing: `cpb search` never loads it (3-4 ms)
if TYPE_CHECKING:
    from typing import Any, Iterable, Iterator

TOKENIZE = "porter unicode61 remove_diacritics 2"
"""The index's tokenizer (migration m005): English stems, case and diacritics folded."""
SNIPPET_TOKENS = 24
MAX_EXPANSION = 64
"""A prefix standing for more stems than this is left to FTS5 (stemmed, so a little wider)."""

_INSERT_DOC = (
    "insert into search_docs (id, kind, source_id, item_id, meeting_id, committee_id, title, body, tags) "
    "values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_FTS = "insert into search_fts (rowid, title, body, tags) values (?, ?, ?, ?)"


_stemmer_lock = threading.Lock()


@functools.lru_cache(maxsize=1)
def _stemmer() -> sqlite3.Connection:
    """A private in-memory FTS5 table with the index's tokenizer, to see what it makes of a word."""
    conn = sqlite3.connect(":memory:", check_same_thread=False)
    conn.execute(f"create virtual table probe using fts5(word, tokenize = '{TOKENIZE}')")
    conn.execute("create virtual table probe_terms using fts5vocab(probe, 'row')")
    return conn


@functools.lru_cache(maxsize=4096)
def porter_stem(word: str) -> str:
    """The term the index's tokenizer makes of one word (the word itself if it makes none or several)."""
    with _stemmer_lock:
        conn = _stemmer()
        conn.execute("delete from probe")
        conn.execute("insert into probe (rowid, word) values (1, ?)", [word])
        terms = [row[0] for row in conn.execute("select term from probe_terms")]
    return terms[0] if len(terms) == 1 else word


@functools.lru_cache(maxsize=4096)
def index_terms(text: str) -> tuple[str, ...]:
    """The distinct terms the index's tokenizer makes of `text`."""
    with _stemmer_lock:
        conn = _stemmer()
        conn.execute("delete from probe")
        conn.execute("insert into probe (rowid, word) values (1, ?)", [text])
        return tuple(row[0] for row in conn.execute("select term from probe_terms"))


def passage_id(date: dt.date, serial: int) -> int:
    """The id of a passage: its date, then a serial number among that day's passages."""
    return (date.toordinal() << DAY_BITS) | serial


def _date(value: str | None) -> dt.date:
    try:
        return dt.date.fromisoformat((value or "")[:10])
    except ValueError:
        return clock.today()


# --- building the passages ---------------------------------------------------------------


def _passages(db, meeting_ids: list[int] | None = None, action_ids: list[int] | None = None) -> Iterator[tuple]:
    """(date, kind, source_id, item_id, meeting_id, committee_id, title, body, tags) for every passage asked for.

    With neither list, every passage in the store; with `meeting_ids`, the passages of those
    meetings (their actions included); with `action_ids`, those actions only.
    """

    def rows(sql: str, params: list[Any]) -> Iterator[tuple]:
        yield from db.execute(sql, params)

    def marks(ids: list[int]) -> str:
        return ", ".join("?" for _ in ids)

    if action_ids is None:
        meetings_where, params = "", []
        if meeting_ids is not None:
            meetings_where, params = f"where m.id in ({marks(meeting_ids)})", list(meeting_ids)
        for item_id, meeting_id, committee_id, date, title, purpose, minutes in rows(
            f"""select i.id, i.meeting_id, m.committee_id, m.date, i.title, i.purpose, i.minutes
                from items i join meetings m on m.id = i.meeting_id {meetings_where}""",
            params,
        ):
            yield _passage(date, "item", item_id, item_id, meeting_id, committee_id, plain_text(title), plain_text(purpose))
            if minutes:
                yield _passage(date, "minutes", item_id, item_id, meeting_id, committee_id, "", markdown_text(minutes))
        for section_id, item_id, meeting_id, committee_id, date, number, heading, body, imported in rows(
            f"""select s.id, s.item_id, d.meeting_id, m.committee_id, m.date, s.number, s.heading, s.body, d.imported_at
                from sections s join documents d on d.id = s.document_id
                left join meetings m on m.id = d.meeting_id {meetings_where}""",
            params,
        ):
            title = plain_text(f"{number} {heading}" if number else heading)
            yield _passage(date or imported, "report", section_id, item_id, meeting_id, committee_id, title, markdown_text(body))
        for resolution_id, item_id, meeting_id, committee_id, date, text in rows(
            f"""select r.id, r.item_id, i.meeting_id, m.committee_id, m.date, r.text
                from resolutions r join items i on i.id = r.item_id join meetings m on m.id = i.meeting_id {meetings_where}""",
            params,
        ):
            yield _passage(date, "resolution", resolution_id, item_id, meeting_id, committee_id, "", plain_text(text))
    where, params = "", []
    if action_ids is not None:
        where, params = f"where a.id in ({marks(action_ids)})", list(action_ids)
    elif meeting_ids is not None:
        where, params = f"where a.meeting_id in ({marks(meeting_ids)})", list(meeting_ids)
    for action_id, item_id, meeting_id, committee_id, date, text, owners in rows(
        f"""select a.id, a.item_id, a.meeting_id, a.committee_id, coalesce(m.date, a.created_at), a.text,
                   (select group_concat(owner, '; ') from
                      (select owner from action_owners o where o.action_id = a.id order by o.position))
            from actions a left join meetings m on m.id = a.meeting_id {where}""",
        params,
    ):
        body = plain_text(text) + (f" ({plain_text(owners)})" if owners else "")
        yield _passage(date, "action", action_id, item_id, meeting_id, committee_id, "", body)


def _passage(date, kind, source_id, item_id, meeting_id, committee_id, title, body) -> tuple:
    tags = [ALL_TAG, kind_tag(kind)] + ([committee_tag(committee_id)] if committee_id is not None else [])
    return (_date(date), kind, source_id, item_id, meeting_id, committee_id, title, body, " ".join(tags))


class _Ids:
    """Hands out passage ids day by day, after those already used."""

    def __init__(self, db, fresh: bool = False) -> None:
        self.db = db
        self.fresh = fresh
        self.next: dict[dt.date, int] = {}

    def take(self, date: dt.date) -> int:
        serial = self.next.get(date)
        if serial is None:
            serial = 0
            if not self.fresh:
                row = self.db.execute(
                    "select max(id) from search_docs where id >= ? and id < ?",
                    [passage_id(date, 0), passage_id(date + dt.timedelta(days=1), 0)],
                ).fetchone()
                serial = 0 if row[0] is None else (row[0] & ((1 << DAY_BITS) - 1)) + 1
        if serial >= 1 << DAY_BITS:
            raise OverflowError(f"the search index has no room left for {date.isoformat()}: run `cpb reindex`")
        self.next[date] = serial + 1
        return passage_id(date, serial)


def fill_search_index(db) -> int:
    """Build the whole index again from the store's tables; returns the number of passages.

    The rows go in first and FTS5 indexes them in one pass afterwards, which is several
    times faster than indexing row by row.
    """
    db.execute("insert into search_fts (search_fts) values ('delete-all')")
    db.execute("delete from search_docs")
    ids = _Ids(db, fresh=True)
    count = 0
    batch: list[tuple] = []
    for date, *values in _passages(db):
        batch.append((ids.take(date), *values))
        if len(batch) >= 5000:
            db.conn.executemany(_INSERT_DOC, batch)
            count += len(batch)
            batch = []
    if batch:
        db.conn.executemany(_INSERT_DOC, batch)
        count += len(batch)
    db.execute("insert into search_fts (search_fts) values ('rebuild')")
    db.execute("insert into search_fts (search_fts) values ('optimize')")
    compute_bounds(db, TITLE_WEIGHT, BODY_WEIGHT, quote)
    return count


# --- the mixin ---------------------------------------------------------------------------


class SearchMixin:
    """Search methods of `Store`."""

    # --- keeping it in step (inside the writer's transaction) ------------------------------

    def _index_search(self, item_ids: Iterable[int]) -> None:
        """Index again every passage of the meetings these items belong to."""
        item_ids = list(dict.fromkeys(item_ids))
        if not item_ids:
            return
        marks = ", ".join("?" for _ in item_ids)
        meetings = [
            row[0]
            for row in self.db.execute(f"select distinct meeting_id from items where id in ({marks})", item_ids)
        ]
        self._replace_passages("meeting_id", meetings, _passages(self.db, meeting_ids=meetings))

    def _index_actions(self, action_ids: Iterable[int]) -> None:
        """Index again these actions (created, or their text or owners changed)."""
        action_ids = list(dict.fromkeys(action_ids))
        if action_ids:
            self._replace_passages("action", action_ids, _passages(self.db, action_ids=action_ids))

    def _replace_passages(self, column: str, ids: list[int], passages: Iterator[tuple]) -> None:
        marks = ", ".join("?" for _ in ids)
        where = f"meeting_id in ({marks})" if column == "meeting_id" else f"kind = 'action' and source_id in ({marks})"
        self.db.execute(
            f"insert into search_fts (search_fts, rowid, title, body, tags) "
            f"select 'delete', id, title, body, tags from search_docs where {where}",
            ids,
        )
        self.db.execute(f"delete from search_docs where {where}", ids)
        taken = _Ids(self.db)
        rows = [(taken.take(date), *values) for date, *values in passages]
        # all the rows, then FTS5 indexes them: one statement each (the index is the same as row by row)
        self.db.executemany(_INSERT_DOC, rows)
        self.db.executemany(_INSERT_FTS, [(row[0], *row[-3:]) for row in rows])
        note_indexed(self.db, [row[0] for row in rows])

    def reindex(self) -> int:
        """Build the search index again from scratch; returns the number of passages indexed."""
        with self.db.atomic():
            return fill_search_index(self.db)

    def search_index_size(self) -> dict[str, int]:
        """Bytes on disk of the passages' text (`search_docs`) and of the FTS5 index, or {} if SQLite cannot tell."""
        try:
            rows = self.db.execute(
                "select name, sum(pgsize) from dbstat where name = 'search_docs' or name like 'idx_search_docs%' "
                "or name like 'search_fts%' group by name"
            ).fetchall()
        except sqlite3.OperationalError:
            return {}
        fts = sum(size for name, size in rows if name.startswith("search_fts"))
        return {"passages": sum(size for _, size in rows) - fts, "fts": fts}

    # --- searching -------------------------------------------------------------------------

    def search(self, query: str | SearchQuery, limit: int = 20) -> list[SearchHit]:
        """The passages that match `query` (see `cpb_tui.search.query`), best first."""
        return list(self.search_outcome(query, limit).hits)

    def search_outcome(self, query: str | SearchQuery, limit: int = 20) -> SearchOutcome:
        """The hits of `query`, best first, with hints on how it was read."""
        parsed = query if isinstance(query, SearchQuery) else parse_query(query, self._expand_prefix)
        hints = list(parsed.hints)
        expression = self._expression(parsed, hints)
        if expression is None or limit <= 0:
            return SearchOutcome((), tuple(dict.fromkeys(hints)))
        low, high = self._rowid_range(parsed)
        ranked = self._rank(expression, low, high, parsed.filters.statuses, limit, parsed.words)
        hits = self._hits(expression, ranked)
        return SearchOutcome(tuple(hits), tuple(dict.fromkeys(hints)))

    def count_matches(self, query: str | SearchQuery) -> int:
        """How many passages match `query` (every one of them is visited: slower than a search)."""
        parsed = query if isinstance(query, SearchQuery) else parse_query(query, self._expand_prefix)
        expression = self._expression(parsed, [])
        if expression is None:
            return 0
        low, high = self._rowid_range(parsed)
        sql, params = self._match_sql("count(*)", expression, low, high, parsed.filters.statuses)
        return int(self.db.execute(sql, params).fetchone()[0])

    def _expression(self, parsed: SearchQuery, hints: list[str]) -> str | None:
        """The whole FTS5 expression (words, kinds, committees, exclusions), or None if nothing can match."""
        if parsed.empty or parsed.impossible:
            return None
        filters = parsed.filters
        parts = [parsed.words] if parsed.words else []
        if filters.kinds is not None and set(filters.kinds) != set(KINDS):
            parts.append(_either([quote(kind_tag(k)) for k in sorted(filters.kinds)]))
        if filters.committees:
            found = self._committee_ids(filters.committees, hints)
            if not found:
                return None
            parts.append(_either([quote(committee_tag(c)) for c in found]))
        if not parts:
            parts.append(quote(ALL_TAG))
        expression = parts[0] if len(parts) == 1 else " AND ".join(f"({p})" for p in parts)
        leave_out = [parsed.exclude] if parsed.exclude else []
        if filters.not_committees:
            found = self._committee_ids(filters.not_committees, hints)
            if found:
                leave_out.append(_either([quote(committee_tag(c)) for c in found]))
        if leave_out:
            expression = f"({expression}) NOT ({' OR '.join(f'({p})' for p in leave_out)})"
        return expression

    def _expand_prefix(self, prefix: str) -> str | None:
        """What `prefix*` stands for when stemming would change the prefix itself ("fos" -> "fo").

        The index holds stems: the stems that start with the prefix as typed, the word itself
        (stemmed like the text), and the stem's own prefix when it is long enough to mean
        something ("fostering*" -> "foster*").
        """
        stem = porter_stem(prefix)
        if stem == prefix or not prefix.isalnum() or ord(prefix[-1]) >= 0x10FFFF:
            return None
        following = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        terms = [
            row[0]
            for row in self.db.execute(
                "select term from search_vocab where term >= ? and term < ? limit ?", [prefix, following, MAX_EXPANSION + 1]
            )
        ]
        if len(terms) > MAX_EXPANSION:
            return None
        options = [quote(term) for term in terms if porter_stem(term) == term]
        options.append(quote(prefix))
        if len(stem) >= 4:
            options.append(quote(prefix) + " *")
        return _either(list(dict.fromkeys(options)))

    def _committee_ids(self, values: tuple[str, ...], hints: list[str]) -> list[int]:
        """Committees named by each value: the whole name, words the name starts with, or its initials."""
        from cpb_tui.domain.text import title_key

        committees = self.db.execute("select id, name, name_key from committees order by name").fetchall()
        found: list[int] = []
        for value in values:
            key = title_key(value)
            matched = [cid for cid, _, name_key in committees if key and _names_committee(key, name_key)]
            if not matched:
                names = ", ".join(name for _, name, _ in committees[:6]) or "none yet"
                hints.append(f"no committee matches '{value}' (committees: {names})")
            found.extend(matched)
        return list(dict.fromkeys(found))

    @staticmethod
    def _rowid_range(parsed: SearchQuery) -> tuple[int, int]:
        low = passage_id(parsed.filters.after, 0) if parsed.filters.after else 0
        high = passage_id(parsed.filters.before, 0) if parsed.filters.before else 1 << 62
        return low, high

    def _match_sql(self, columns: str, expression: str, low: int, high: int, statuses) -> tuple[str, list[Any]]:
        sql = f"select {columns} from search_fts"
        params: list[Any] = []
        where = "search_fts match ? and search_fts.rowid >= ? and search_fts.rowid < ?"
        if statuses is not None:
            marks = ", ".join("?" for _ in statuses)
            # CROSS JOIN keeps FTS5 the outer loop (SQLite never reorders it), visiting each match once.
            sql += " cross join search_docs d on d.id = search_fts.rowid cross join actions a on a.id = d.source_id"
            where += f" and d.kind = 'action' and a.status in ({marks})"
            params = sorted(statuses)
        return f"{sql} where {where}", [expression, low, high, *params]

    def _rank(self, expression: str, low: int, high: int, statuses, limit: int, words: str | None) -> list[tuple[int, float]]:
        """The best `limit` (passage id, score) pairs of every match, best first."""
        sql, params = self._match_sql("search_fts.rowid", expression, low, high, statuses)
        if words is None:
            # Only filters (and words to leave out): nothing to score, so the newest first.
            rows = self.db.execute(sql + " order by search_fts.rowid desc limit ?", [*params, limit]).fetchall()
            return [(row[0], 0.0) for row in rows]
        today = clock.today().toordinal()
        if every_phrase_required(words):
            tight, low_water = bound_ratio(self.db, words, index_terms)
            ranked, _ = rank_newest_first(self.db, sql, params, today, limit, tight, low_water)
        else:
            ranked = rank_all(self.db, sql, params, today, limit)
        return [(row_id, -score) for row_id, score in ranked]

    def _hits(self, expression: str, ranked: list[tuple[int, float]]) -> list[SearchHit]:
        if not ranked:
            return []
        ids = [row_id for row_id, _ in ranked]
        marks = ", ".join("?" for _ in ids)
        # One pass over the matches between the first and last hit (no scoring, so cheap); the
        # unary + keeps SQLite from handing FTS5 one rowid at a time, which would set up the
        # whole query (prefixes and all) once per hit.
        marked = {
            row[0]: row[1:]
            for row in self.db.execute(
                f"select rowid, highlight(search_fts, 0, ?, ?), snippet(search_fts, 1, ?, ?, ?, {SNIPPET_TOKENS}) "
                f"from search_fts where search_fts match ? and rowid >= ? and rowid <= ? and +rowid in ({marks})",
                [MARK_START, MARK_END, MARK_START, MARK_END, ELLIPSIS, expression, min(ids), max(ids), *ids],
            )
        }
        details = {
            row["id"]: row
            for row in self._rows(
                f"""select d.id, d.kind, d.source_id, d.item_id, d.meeting_id, m.date as meeting_date,
                           c.name as committee, coalesce(i.agenda_number, i.minute_number) as item_number,
                           i.title as item_title, coalesce(i.exempt, 0) as exempt,
                           doc.title as document_title, r.label, a.status
                    from search_docs d
                    left join meetings m on m.id = d.meeting_id
                    left join committees c on c.id = d.committee_id
                    left join items i on i.id = d.item_id
                    left join sections s on d.kind = 'report' and s.id = d.source_id
                    left join documents doc on doc.id = s.document_id
                    left join resolutions r on d.kind = 'resolution' and r.id = d.source_id
                    left join actions a on d.kind = 'action' and a.id = d.source_id
                    where d.id in ({marks})""",
                ids,
            )
        }
        hits = []
        for row_id, score in ranked:
            row = details.get(row_id)
            if row is None:
                continue
            heading, heading_spans = split_marks(marked.get(row_id, ("", ""))[0])
            snippet, spans = split_marks(marked.get(row_id, ("", ""))[1])
            hits.append(
                SearchHit(
                    kind=row["kind"],
                    id=row["source_id"],
                    item_id=row["item_id"],
                    meeting_id=row["meeting_id"],
                    meeting_date=dt.date.fromisoformat(row["meeting_date"]) if row["meeting_date"] else None,
                    committee=row["committee"],
                    item_number=row["item_number"],
                    item_title=row["item_title"],
                    heading=heading,
                    heading_highlights=heading_spans,
                    snippet=snippet,
                    highlights=spans,
                    score=round(score, 6),
                    exempt=bool(row["exempt"]),
                    document_title=row["document_title"],
                    clause_label=row["label"],
                    status=row["status"],
                )
            )
        return hits


def _either(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def _names_committee(key: str, name_key: str) -> bool:
    """Whether a typed committee (as a title key) names this committee."""
    if key == name_key:
        return True
    names = name_key.split()
    words = key.split()
    if all(any(name.startswith(word) for name in names) for word in words):
        return True
    if len(words) == 1:
        small = {"and", "of", "the", "for", "in"}
        initials = "".join(name[0] for name in names)
        initials_big = "".join(name[0] for name in names if name not in small)
        return key in (initials, initials_big)
    return False
