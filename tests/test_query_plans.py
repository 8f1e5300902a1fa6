"""The queries the app and the commands make are planned for size.

A store is filled with a generated history (meetings, items, actions, follow-ups, topics),
then the app's store calls and the main commands run against it with a trace callback that
collects every SELECT they send. Each is put through `EXPLAIN QUERY PLAN`: a full scan of a
large table is refused where it would run once per row of something else, inside a
correlated subquery or as the inner loop of a join. A scan as the outermost loop (listing
every meeting) is what the query asks for, and allowed.
"""

from __future__ import annotations

import re
import sqlite3
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.history_text import history  # noqa: E402
from cpb_tui.cli import cli  # noqa: E402
from cpb_tui.store import Store  # noqa: E402
from cpb_tui.store.rows import number_order  # noqa: E402

LARGE = {
    "meetings", "items", "documents", "sections", "resolutions", "actions", "action_owners", "action_events",
    "followups", "item_links", "topic_items", "item_topics", "item_titles", "title_words", "item_terms",
    "search_docs", "attendance",
}


@pytest.fixture(scope="module")
def populated(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("plans")
    docs = folder / "docs"
    docs.mkdir()
    for date, text in history(24, seed=5):
        (docs / f"{date.isoformat()}-minutes.txt").write_text(text, encoding="utf-8")
    db = folder / "cpb.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "import", str(docs)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return db


def collected(db: Path, monkeypatch) -> set[str]:
    """Every SELECT sent while the app's store calls and the main commands run."""
    statements: set[str] = set()
    original = Store.open.__func__

    def traced(cls, path):
        store = original(cls, path)
        store.db.conn.set_trace_callback(statements.add)
        return store

    monkeypatch.setattr(Store, "open", classmethod(traced))
    store = Store.open(db)
    meetings = store.meetings()
    first = meetings[-1]
    store.meeting_summaries()
    store.jump_targets()
    for meeting in meetings[:3] + [first]:
        store.agenda(meeting.id)
        store.meeting_detail(meeting.id)
        for item in store.items(meeting.id):
            store.item_detail(item.id)
            store.resolutions(item.id)
            store.topic(item.id)
            store.tracked_actions(item_id=item.id)
            store.item_view(item.id)
        store.actions("all", meeting_id=meeting.id)
    store.tracked_actions()
    store.action_trail(1)
    store.search_outcome("fostering")
    store.close()
    runner = CliRunner()
    for args in (
        ["meetings"], ["meetings", "--json"], ["show", first.date.isoformat()], ["read", first.date.isoformat(), "5"],
        ["actions", "list"], ["actions", "list", "--overdue"], ["actions", "list", "--status", "all", "--json"],
        ["actions", "history", "1"], ["actions", "export", "--meeting", meetings[0].date.isoformat()],
        ["follow", "--json"], ["topic", first.date.isoformat(), "5", "--json"], ["search", "fostering"],
    ):
        result = runner.invoke(cli, ["--db", str(db), *args], catch_exceptions=False)
        assert result.exit_code == 0, (args, result.output)
    return {s for s in statements if re.match(r"\s*(with|select)\b", s, re.IGNORECASE)}


_NAMED = re.compile(r"\b(?:from|join)\s+(\w+)(?:\s+(?:as\s+)?(?!on\b|where\b|join\b|left\b|order\b|group\b|limit\b)(\w+))?", re.IGNORECASE)


def bad_scans(conn: sqlite3.Connection, sql: str) -> list[str]:
    # The plan names a table by its alias where it has one.
    tables = {}
    for table, alias in _NAMED.findall(sql):
        tables[table.lower()] = table.lower()
        if alias:
            tables[alias.lower()] = table.lower()
    plan = conn.execute("explain query plan " + sql).fetchall()
    nodes = {node_id: (parent, detail) for node_id, parent, _, detail in plan}
    found = []
    for node_id, parent, _, detail in plan:
        match = re.match(r"SCAN (\w+)", detail)
        if not match or tables.get(match.group(1).lower(), match.group(1).lower()) not in LARGE:
            continue
        ancestors, current = [], parent
        while current in nodes:
            ancestors.append(nodes[current][1])
            current = nodes[current][0]
        in_subquery = any("CORRELATED" in a for a in ancestors)
        earlier_loops = [
            d for n, (p, d) in nodes.items() if p == parent and n < node_id and re.match(r"(SCAN|SEARCH) ", d)
        ]
        if in_subquery or earlier_loops:
            found.append(f"{detail} ({'in a correlated subquery' if in_subquery else 'inner loop of a join'})")
    return found


def test_no_query_scans_a_large_table_once_per_row(populated: Path, monkeypatch):
    statements = collected(populated, monkeypatch)
    assert len(statements) > 40, "the calls should have sent the store's main queries"
    conn = sqlite3.connect(populated)
    conn.create_function("number_order", 1, number_order, deterministic=True)  # (as the store's own connection has it)
    try:
        counts = {t: conn.execute(f"select count(*) from {t}").fetchone()[0] for t in ("actions", "followups", "item_topics")}
        assert all(counts.values()), f"the store should carry actions, follow-ups and topics: {counts}"
        problems = {sql: found for sql in sorted(statements) if (found := bad_scans(conn, sql))}
    finally:
        conn.close()
    report = "\n\n".join(f"{sql}\n  -> " + "\n  -> ".join(found) for sql, found in problems.items())
    assert not problems, "full scans run once per row:\n" + report


def test_the_check_catches_a_scan_inside_a_per_row_subquery(populated: Path):
    conn = sqlite3.connect(populated)
    try:
        sql = "select m.id, (select count(*) from followups f where f.score = m.id) from meetings m"
        assert bad_scans(conn, sql)
        assert not bad_scans(conn, "select m.id, (select count(*) from items i where i.meeting_id = m.id) from meetings m")
    finally:
        conn.close()
