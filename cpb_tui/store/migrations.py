"""The schema, as ordered migrations applied every time a store is opened.

Add a new `m00N_...` function for every change; never change what a shipped one does. A long
one may be cut into `_m00N_...` helpers in this module that it calls in the original order:
the statements, and so the schema, stay exactly as shipped.

A migration is self-contained: SQL only, calling nothing from the rest of cpb. A migration
that imported application code would run whatever that code has become since, against the
schema of its own step, so an old store upgraded years later could come out different from
one upgraded on the day (or not at all). Tables holding data derived from the others (the
search index) are created here empty and named in `DERIVED`; the store fills them with the
current code after the last migration has run, in the same transaction (store/db.py).
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("cpb_tui")

DERIVED = {"m005_search_index": "search_index", "m011_search_bounds": "search_bounds"}
"""Migrations whose tables hold derived data, and what the store builds once they have run (store/db.py)."""


@migrations()
def m001_meetings_items_documents(db: Database) -> None:
    """Committees, meetings, attendance, items, documents, report sections, resolutions."""
    # Split into steps for length only: the same statements, in the same order, as shipped.
    _m001_committees_meetings_attendance(db)
    _m001_items(db)
    _m001_documents(db)
    _m001_sections_resolutions(db)


def _m001_committees_meetings_attendance(db: Database) -> None:
    """m001, step 1: committees, their meetings, and who attended."""
    db["committees"].create(
        {"id": int, "name": str, "name_key": str, "council": str},
        pk="id",
        not_null={"name", "name_key"},
    )
    db["committees"].create_index(["name_key"], unique=True)

    db["meetings"].create(
        {
            "id": int,
            "committee_id": int,
            "date": str,
            "time": str,
            "venue": str,
            "status": str,
            "minutes_status": str,
        },
        pk="id",
        foreign_keys=[("committee_id", "committees", "id")],
        not_null={"committee_id", "date", "status"},
    )
    db["meetings"].create_index(["committee_id", "date"], unique=True)
    db["meetings"].create_index(["date"])

    db["attendance"].create(
        {"id": int, "meeting_id": int, "person": str, "role": str, "status": str},
        pk="id",
        foreign_keys=[("meeting_id", "meetings", "id")],
        not_null={"meeting_id", "person", "status"},
    )
    db["attendance"].create_index(["meeting_id", "person"], unique=True)


def _m001_items(db: Database) -> None:
    """m001, step 2: a meeting's items."""
    db["items"].create(
        {
            "id": int,
            "meeting_id": int,
            "agenda_number": str,
            "minute_number": str,
            "title": str,
            "title_key": str,
            "purpose": str,
            "page_start": int,
            "page_end": int,
            "exempt": int,
            "exempt_reason": str,
            "position": int,
            "minutes": str,
        },
        pk="id",
        foreign_keys=[("meeting_id", "meetings", "id")],
        not_null={"meeting_id", "title", "title_key", "exempt", "position"},
        defaults={"exempt": 0},
    )
    db["items"].create_index(["meeting_id", "position"])


def _m001_documents(db: Database) -> None:
    """m001, step 3: documents, whole files and the reports inside them."""
    db["documents"].create(
        {
            "id": int,
            "parent_id": int,
            "meeting_id": int,
            "item_id": int,
            "kind": str,
            "title": str,
            "author": str,
            "reference": str,
            "contact": str,
            "source": str,
            "sha256": str,
            "page_count": int,
            "imported_at": str,
        },
        pk="id",
        foreign_keys=[
            ("parent_id", "documents", "id"),
            ("meeting_id", "meetings", "id"),
            ("item_id", "items", "id"),
        ],
        not_null={"kind", "source", "imported_at"},
    )
    # A whole file is known by its content hash; reports inside a pack have none.
    db["documents"].create_index(["sha256"], unique=True)
    db["documents"].create_index(["item_id"])


def _m001_sections_resolutions(db: Database) -> None:
    """m001, step 4: report sections and resolved clauses."""
    db["sections"].create(
        {
            "id": int,
            "document_id": int,
            "item_id": int,
            "number": str,
            "heading": str,
            "level": int,
            "body": str,
            "page_start": int,
            "page_end": int,
            "is_recommendation": int,
            "position": int,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id"), ("item_id", "items", "id")],
        not_null={"document_id", "heading", "level", "body", "position"},
    )
    db["sections"].create_index(["item_id", "position"])
    db["sections"].create_index(["document_id"])

    db["resolutions"].create(
        {
            "id": int,
            "item_id": int,
            "document_id": int,
            "label": str,
            "lead_in": str,
            "text": str,
            "verb": str,
            "position": int,
        },
        pk="id",
        foreign_keys=[("item_id", "items", "id"), ("document_id", "documents", "id")],
        not_null={"item_id", "text", "verb", "position"},
    )
    db["resolutions"].create_index(["item_id", "position"])


@migrations()
def m002_versions_and_topics(db: Database) -> None:
    """Document versions (a republished file replaces the old text) and topics across meetings."""
    db["documents"].add_column("name", str)
    db.execute("update documents set name = replace(source, rtrim(source, replace(source, '/', '')), '') where parent_id is null")
    db["documents"].create_index(["meeting_id", "kind", "name"])

    db["document_versions"].create(
        {"id": int, "document_id": int, "sha256": str, "source": str, "imported_at": str, "replaced_at": str},
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
        not_null={"document_id", "sha256", "replaced_at"},
    )
    db["document_versions"].create_index(["document_id"])

    db["topics"].create(
        {"id": int, "title": str, "title_key": str, "source": str},
        pk="id",
        not_null={"title", "title_key", "source"},
    )
    db["topics"].create_index(["title_key"], unique=True)
    db["topic_items"].create(
        {"topic_id": int, "item_id": int, "state": str, "score": float, "source": str},
        pk=("topic_id", "item_id"),
        foreign_keys=[("topic_id", "topics", "id"), ("item_id", "items", "id")],
        not_null={"state", "source"},
    )
    db["topic_items"].create_index(["item_id"])


@migrations()
def m003_actions(db: Database) -> None:
    """The action log: actions, their owners, and the append-only trail of every change."""
    db["actions"].create(
        {
            "id": int,
            "committee_id": int,
            "meeting_id": int,
            "item_id": int,
            "resolution_id": int,
            "kind": str,
            "text": str,
            "due_words": str,
            "due_kind": str,
            "due_spec": str,
            "due_meeting_id": int,
            "due_date": str,
            "due_set_by": str,
            "status": str,
            "origin": str,
            "extraction_key": str,
            "created_at": str,
            "closed_at": str,
        },
        pk="id",
        foreign_keys=[
            ("committee_id", "committees", "id"),
            ("meeting_id", "meetings", "id"),
            ("item_id", "items", "id"),
            ("resolution_id", "resolutions", "id"),
            ("due_meeting_id", "meetings", "id"),
        ],
        not_null={"kind", "text", "status", "origin", "created_at", "due_set_by"},
    )
    # Extraction is re-runnable: one action per extraction key, whatever the clerk did to it since.
    db["actions"].create_index(["extraction_key"], unique=True)
    db["actions"].create_index(["committee_id", "status"])
    db["actions"].create_index(["item_id"])

    db["action_owners"].create(
        {"action_id": int, "owner": str, "position": int},
        pk=("action_id", "owner"),
        foreign_keys=[("action_id", "actions", "id")],
        not_null={"owner", "position"},
    )
    db["action_owners"].create_index(["owner"])

    db["action_events"].create(
        {
            "id": int,
            "action_id": int,
            "at": str,
            "who": str,
            "event": str,
            "field": str,
            "old": str,
            "new": str,
            "note": str,
        },
        pk="id",
        foreign_keys=[("action_id", "actions", "id")],
        not_null={"action_id", "at", "who", "event"},
    )
    db["action_events"].create_index(["action_id", "id"])
    # The audit trail is append-only, whatever code or tool touches the file.
    db.execute(
        "create trigger action_events_no_update before update on action_events "
        "begin select raise(abort, 'the action history is append-only'); end"
    )
    db.execute(
        "create trigger action_events_no_delete before delete on action_events "
        "begin select raise(abort, 'the action history is append-only'); end"
    )
    # Resolutions may be replaced by a new version of a document; actions keep their own text.
    db.execute(
        "create trigger resolutions_release_actions before delete on resolutions "
        "begin update actions set resolution_id = null where resolution_id = old.id; end"
    )


@migrations()
def m004_followthrough(db: Database) -> None:
    """Full text of items for matching, links between items, follow-ups of actions."""
    db.execute(
        # No stemming: the vocabulary is matched word for word with the matcher's own words.
        "create virtual table items_fts using fts5(title, body, item_id unindexed, tokenize = 'unicode61 remove_diacritics 2')"
    )
    db.execute("create virtual table items_vocab using fts5vocab(items_fts, 'row')")
    db["item_links"].create(
        {"a_item": int, "b_item": int, "score": float, "state": str, "source": str},
        pk=("a_item", "b_item"),
        foreign_keys=[("a_item", "items", "id"), ("b_item", "items", "id")],
        not_null={"score", "state", "source"},
    )
    db["item_links"].create_index(["b_item"])
    db["followups"].create(
        {
            "action_id": int,
            "item_id": int,
            "score": float,
            "reasons": str,
            "state": str,
            "decided_by": str,
            "decided_at": str,
        },
        pk=("action_id", "item_id"),
        foreign_keys=[("action_id", "actions", "id"), ("item_id", "items", "id")],
        not_null={"score", "state"},
    )
    db["followups"].create_index(["item_id"])


@migrations()
def m005_search_index(db: Database) -> None:
    """The search index: one row per passage (item, minutes, section, resolution, action) and FTS5 over it."""
    # A passage's id orders it by its meeting's date (see search_index.passage_id), so date
    # filters and "the most recent matches" are rowid ranges for FTS5.
    db["search_docs"].create(
        {
            "id": int,
            "kind": str,
            "source_id": int,
            "item_id": int,
            "meeting_id": int,
            "committee_id": int,
            "title": str,
            "body": str,
            "tags": str,
        },
        pk="id",
        not_null={"kind", "source_id", "title", "body", "tags"},
    )
    db["search_docs"].create_index(["kind", "source_id"], unique=True)
    db["search_docs"].create_index(["meeting_id"])
    db.execute(
        # Stemmed (porter) over unicode61 with diacritics folded; the text lives once, in search_docs.
        "create virtual table search_fts using fts5(title, body, tags, content = 'search_docs', content_rowid = 'id', "
        "tokenize = 'porter unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    db.execute("create virtual table search_vocab using fts5vocab(search_fts, 'row')")
    # Empty here: the store fills it with the current indexer after the last migration (DERIVED).


# The label a due is shown and recorded by, as `action_log._due_label` writes it: keep the two alike.
_DUE_LABEL = (
    "coalesce('meeting of ' || (select date from meetings where id = {row}.due_meeting_id), "
    "nullif({row}.due_date, ''), 'not set')"
)


@migrations()
def m006_history_triggers(db: Database) -> None:
    """The history covers every change to an action, whoever makes it, in cpb or in any SQLite tool.

    - An event cannot be replaced: `INSERT OR REPLACE` on `action_events` deletes the old row
      without firing delete triggers, so it is refused before it starts (updates and deletes
      already are, by m003).
    - An action cannot be replaced or deleted: either would rewrite it with no event. A
      clerk drops an action instead, which is an event.
    - A change to an action's text, status or due that arrives without its event is recorded,
      not refused: the trigger writes the event itself (who "outside cpb", old and new). cpb
      writes its own event first, so the trigger sees the change described already and adds
      nothing. Recording rather than refusing keeps the trail complete and true either way,
      and still lets someone repair a store by hand in SQLite, in the open, with the history
      saying what was done.

    Only SQL here: a migration must give the same schema whatever the application code
    does later, so it calls none of it.
    """
    db.execute(
        "create trigger action_events_no_replace before insert on action_events "
        "when exists (select 1 from action_events where id = new.id) "
        "begin select raise(abort, 'the action history is append-only: an event cannot be replaced'); end"
    )
    db.execute(
        "create trigger actions_no_replace before insert on actions "
        "when exists (select 1 from actions where id = new.id "
        "or (new.extraction_key is not null and extraction_key = new.extraction_key)) "
        "begin select raise(abort, 'an action cannot be replaced: change it with cpb so the history records it'); end"
    )
    db.execute(
        "create trigger actions_no_delete before delete on actions "
        "begin select raise(abort, 'the action log keeps every action: drop it instead (cpb actions drop ID)'); end"
    )
    outside = (
        "insert into action_events (action_id, at, who, event, field, old, new, note) values "
        "(new.id, strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'), 'outside cpb', 'edited', '{field}', {old}, {new}, "
        "'changed in the store directly, not through cpb')"
    )
    latest = "(select new from action_events where action_id = new.id and field = '{field}' order by id desc limit 1)"
    for field in ("text", "status"):
        db.execute(
            f"create trigger actions_record_{field} after update of {field} on actions "
            f"when old.{field} is not new.{field} and {latest.format(field=field)} is not new.{field} "
            f"begin {outside.format(field=field, old=f'old.{field}', new=f'new.{field}')}; end"
        )
    old_due, new_due = _DUE_LABEL.format(row="old"), _DUE_LABEL.format(row="new")
    db.execute(
        "create trigger actions_record_due after update of due_meeting_id, due_date on actions "
        "when (old.due_meeting_id is not new.due_meeting_id or old.due_date is not new.due_date) "
        f"and {latest.format(field='due')} is not {new_due} "
        f"begin {outside.format(field='due', old=old_due, new=new_due)}; end"
    )


@migrations()
def m007_followthrough_kept(db: Database) -> None:
    """What follow-through needs of each item, kept; topics as links to earlier items, not every pair.

    - `item_titles`: each item's titles (its own, then its reports' other titles), with the
      committee, the meeting's date and whether the title is procedural; `title_words` holds
      each title's distinctive words (and their first three letters), so a committee's title
      vocabulary at any date is a count over an index, and the items that could share a
      topic with a title are found through the words they share.
    - `item_terms`: each item's full text as word counts per column (title, body), for the
      follow-up score's bm25 and word weights.
    - `item_topics`: an item's link to the earlier item its business continues (its best
      match above the topic threshold), and the first item of that topic. One row per item,
      where `item_links` held every matching pair; `item_links` keeps the pairs a clerk
      decided, and the rows written before this migration until their committee is derived
      again (they are read as before meanwhile, so every topic stays as it was).
    - `followthrough_pending`: meetings whose follow-through is still to derive. Every meeting
      with items is pending now, so the next import into a committee derives it whole once.

    Only SQL here: the application code fills the tables (a migration must give the same
    schema whatever the code does later).
    """
    for statement in (
        """create table item_titles (
             item_id integer not null references items(id), position integer not null,
             committee_id integer not null references committees(id), meeting_date text not null,
             title text not null, procedural integer not null, primary key (item_id, position))""",
        "create index item_titles_committee_date on item_titles (committee_id, meeting_date)",
        """create table title_words (
             item_id integer not null references items(id), position integer not null,
             committee_id integer not null references committees(id), meeting_date text not null,
             word text not null, prefix text not null, primary key (item_id, position, word))""",
        "create index title_words_vocabulary on title_words (committee_id, word, meeting_date)",
        "create index title_words_prefix on title_words (committee_id, prefix, meeting_date)",
        """create table item_terms (
             item_id integer primary key references items(id), length integer not null,
             title_terms text not null, body_terms text not null)""",
        """create table item_topics (
             item_id integer primary key references items(id), topic_item integer not null references items(id),
             parent_item integer references items(id), score real)""",
        "create index item_topics_topic on item_topics (topic_item)",
        "create table followthrough_pending (meeting_id integer primary key references meetings(id))",
        "insert into followthrough_pending (meeting_id) select distinct meeting_id from items",
    ):
        db.execute(statement)


@migrations()
def m008_indexes_for_size(db: Database) -> None:
    """Indexes for the per-meeting and per-action lookups the screens and commands make.

    The home screen counts each meeting's open and overdue actions; the action log and the
    matters arising paper look actions up by due meeting; a report's sections, a document's
    reports and an action's owners by their parent. Only SQL.
    """
    for statement in (
        "create index actions_meeting_status on actions (meeting_id, status)",
        "create index actions_due_meeting on actions (due_meeting_id)",
        "create index actions_resolution on actions (resolution_id)",
        "create index documents_parent on documents (parent_id)",
        "create index resolutions_document on resolutions (document_id)",
    ):
        db.execute(statement)


@migrations()
def m009_section_tables(db: Database) -> None:
    """Tables kept from reports: a section's tables, and their cells by row and column.

    The section's body keeps each table's words where it stood (a table block, see
    domain/tables.py), so the search index and everything else that reads bodies are unchanged;
    these tables hold its structure. A store made before has none: its sections read as before.
    Deleting a section deletes its tables and their cells. Only SQL.
    """
    for statement in (
        """create table section_tables (
             id integer primary key,
             section_id integer not null references sections(id) on delete cascade,
             position integer not null,
             header_rows integer not null default 0,
             unique (section_id, position))""",
        """create table table_cells (
             table_id integer not null references section_tables(id) on delete cascade,
             row integer not null,
             col integer not null,
             text text not null,
             primary key (table_id, row, col)) without rowid""",
    ):
        db.execute(statement)


@migrations()
def m010_items_fts_by_rowid(db: Database) -> None:
    """Each item's row in `items_fts` takes the item's id as its rowid.

    Follow-through replaces an item's row when the item changes; `item_id` is an unindexed
    column, so deleting by it read the whole table (1.3 ms an item at 6,000 items, growing
    with the store). By rowid it is one lookup. Only SQL: the rows are copied, not recomputed.
    """
    for statement in (
        """create temp table items_fts_rows as
           select cast(item_id as integer) as item_id, title, body from items_fts
           where rowid in (select max(rowid) from items_fts group by item_id) and item_id is not null""",
        "delete from items_fts",
        "insert into items_fts (rowid, title, body, item_id) select item_id, title, body, item_id from items_fts_rows",
        "drop table items_fts_rows",
    ):
        db.execute(statement)


@migrations()
def m011_search_bounds(db: Database) -> None:
    """Each common term's highest bm25 saturation over the passages, for search's early stop.

    `search_bounds` holds, for a term in a large share of the passages, the most any passage
    gets of the term's IDF x (k1 + 1), as a ratio, and the mean passage length it was measured
    at; `search_bounds_state.low_water` is the lowest passage id indexed since, which the
    ratios do not cover (store/search_bounds.py). Filled after the migrations (DERIVED), and
    again whenever the index is rebuilt.
    """
    for statement in (
        "create table search_bounds (term text primary key, ratio real not null, avgdl real not null) without rowid",
        "create table search_bounds_state (id integer primary key check (id = 1), low_water integer not null)",
    ):
        db.execute(statement)


# An action's window anchor: the date its follow-up candidates run 400 days past (store/followthrough.py).
_M012_ANCHOR = """coalesce((select date from meetings where id = new.due_meeting_id), nullif(new.due_date, ''),
                           (select date from meetings where id = new.meeting_id))"""
# An extracted due's reach: the latest date on which an added meeting can move it
# (store/due_placement.py); '9999-12-31' for the dues any meeting may move, null for a due
# the calendar never places. by_date's deadline rule is read from `due_date` by its own index.
_M012_REACH = """case
    when new.due_set_by != 'extracted' or new.due_spec is null then null
    when new.due_kind is null or new.due_kind not in ('next_meeting', 'meeting_month', 'month_only', 'months_after',
        'by_date', 'days_after', 'day_month', 'future_meeting') then '9999-12-31'
    when new.due_kind = 'next_meeting' and new.due_meeting_id is null then '9999-12-31'
    when new.due_meeting_id is null and coalesce(new.due_date, '') != '' and date(new.due_date) is null then '9999-12-31'
    else nullif(max(coalesce((select date from meetings where id = new.due_meeting_id), ''),
                    case when new.due_meeting_id is null then coalesce(date(new.due_date, '+121 days'), '') else '' end), '')
  end"""
_M012_WORD_IN = """insert into title_word_counts (committee_id, word, titles) values (new.committee_id, new.word, 1)
                   on conflict (committee_id, word) do update set titles = titles + 1;"""
_M012_WORD_OUT = "update title_word_counts set titles = titles - 1 where committee_id = old.committee_id and word = old.word;"
_M012_TITLE_IN = """insert into title_counts (committee_id, titles) values (new.committee_id, 1)
                    on conflict (committee_id) do update set titles = titles + 1;"""
_M012_TITLE_OUT = "update title_counts set titles = titles - 1 where committee_id = old.committee_id;"


@migrations()
def m012_kept_for_imports(db: Database) -> None:
    """What an import looks up kept by triggers, so it reads an index range, not the committee's history.

    - `actions.window_anchor`: its due meeting's date, else its due date, else its meeting's
      date: an import into a committee rescores the actions whose anchor is at most 400 days
      before a touched meeting (and that began at most three years after it).
    - `actions.due_reach`: for an extracted due, the latest meeting date that can move it on
      the calendar (its due meeting's date; unplaced, its due date plus the 120-day window and
      a day; '9999-12-31' for a next meeting not placed yet or a kind the rules do not know).
    - `title_word_counts`: in how many of a committee's titles each word is (`title_words`
      rows), and `title_counts`: how many titles it has (`item_titles` rows); a count up to a
      date is the kept one less the rows after it, which for the newest meeting are none.

    Triggers set the columns whenever an action is written or a meeting's date changes or a
    meeting goes, and the counts whenever a title or a title's word is written or removed, so
    no code path can leave them stale. Only SQL.
    """
    for statement in (
        "alter table actions add column window_anchor text",
        "alter table actions add column due_reach text",
        f"""create trigger actions_windows_insert after insert on actions begin
              update actions set window_anchor = {_M012_ANCHOR}, due_reach = {_M012_REACH} where id = new.id; end""",
        f"""create trigger actions_windows_update after update of meeting_id, due_meeting_id, due_date, due_kind,
              due_spec, due_set_by on actions begin
              update actions set window_anchor = {_M012_ANCHOR}, due_reach = {_M012_REACH} where id = new.id; end""",
        # A meeting's date changed or the meeting gone: its actions' rows rewritten through the trigger above.
        """create trigger meetings_date_windows after update of date on meetings begin
              update actions set meeting_id = meeting_id where meeting_id = new.id or due_meeting_id = new.id; end""",
        """create trigger meetings_delete_windows after delete on meetings begin
              update actions set meeting_id = meeting_id where meeting_id = old.id or due_meeting_id = old.id; end""",
        "update actions set meeting_id = meeting_id",
        "create index actions_window_anchor on actions (committee_id, window_anchor)",
        "create index actions_due_reach on actions (committee_id, due_reach)",
        "create index actions_due_kind_date on actions (committee_id, due_kind, due_date)",
        """create table title_word_counts (committee_id integer not null, word text not null, titles integer not null,
             primary key (committee_id, word)) without rowid""",
        "create table title_counts (committee_id integer primary key, titles integer not null)",
        f"create trigger title_words_counted after insert on title_words begin {_M012_WORD_IN} end",
        f"create trigger title_words_uncounted after delete on title_words begin {_M012_WORD_OUT} end",
        f"create trigger title_words_recounted after update of committee_id, word on title_words begin {_M012_WORD_OUT} {_M012_WORD_IN} end",
        f"create trigger item_titles_counted after insert on item_titles begin {_M012_TITLE_IN} end",
        f"create trigger item_titles_uncounted after delete on item_titles begin {_M012_TITLE_OUT} end",
        f"create trigger item_titles_recounted after update of committee_id on item_titles begin {_M012_TITLE_OUT} {_M012_TITLE_IN} end",
        "insert into title_word_counts (committee_id, word, titles) select committee_id, word, count(*) from title_words group by 1, 2",
        "insert into title_counts (committee_id, titles) select committee_id, count(*) from item_titles group by 1",
    ):
        db.execute(statement)
