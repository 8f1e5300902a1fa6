"""Migrations: a store left at any older schema version upgrades to exactly what a new store is.

Each old store is built with the migration steps up to its version, then opened with cpb, which
applies the rest. Its schema (every table, index, trigger and the FTS5 tables' own rows) must
equal a new store's; with data in it, the data is kept and the search index (which m005 creates
and the store fills) is what `reindex` gives on the same data.
"""

from __future__ import annotations

import ast
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from cpb_tui.store import Store
from cpb_tui.store import migrations as migrations_module
from cpb_tui.store.db import _build_derived
from cpb_tui.store.migrations import DERIVED, migrations

NAMES = [m.name for m in migrations._migrations]
SEARCH_STEP = NAMES.index("m005_search_index") + 1


def store_at(path: Path, version: int) -> Path:
    """A store as a cpb with the first `version` migrations left it: those steps, then the derived tables they made, filled."""
    db = Database(str(path))
    migrations.apply(db, stop_before=NAMES[version:])
    assert [m.name for m in migrations.applied(db)] == NAMES[:version]
    _build_derived(set(NAMES[:version]), db)
    db.close()
    return path


def schema(path: Path) -> dict:
    """Everything a migration decides: the schema, the migrations recorded, and every table's rows but the data's."""
    conn = sqlite3.connect(path)
    try:
        objects = conn.execute(
            "select type, name, tbl_name, sql from sqlite_master where name != '_sqlite_migrations' order by type, name"
        ).fetchall()
        applied = [row[0] for row in conn.execute("select name from _sqlite_migrations order by id")]
        # Empty stores: any row is the schema's own (FTS5's config and structure records).
        rows = {
            name: conn.execute(f"select * from [{name}]").fetchall()
            for (name,) in conn.execute("select name from pragma_table_list where type in ('table', 'shadow') and schema = 'main'")
            if name not in ("_sqlite_migrations",) and not name.startswith("sqlite_")
        }
    finally:
        conn.close()
    return {"objects": objects, "applied": applied, "rows": rows}


def opened(path: Path) -> Path:
    Store.open(path).close()
    return path


@pytest.mark.parametrize("version", range(1, len(NAMES)))
def test_an_old_store_upgrades_to_what_a_new_store_is(tmp_path, version):
    fresh = opened(tmp_path / "fresh.db")
    upgraded = opened(store_at(tmp_path / f"at-{version}.db", version))
    assert schema(upgraded) == schema(fresh)


def _ordinary_tables(conn: sqlite3.Connection) -> list[str]:
    return [
        name
        for (name,) in conn.execute("select name from pragma_table_list where type = 'table' and schema = 'main' order by name")
        if name != "_sqlite_migrations" and not name.startswith("sqlite_")
    ]


def _rows(conn: sqlite3.Connection, table: str) -> list[tuple]:
    return conn.execute(f"select * from [{table}] order by 1, 2").fetchall()


def _index(conn: sqlite3.Connection) -> tuple:
    query = "select rowid from search_fts where search_fts match ? order by rowid"
    conn.execute("insert into search_fts (search_fts, rank) values ('integrity-check', 1)")
    return _rows(conn, "search_docs"), [conn.execute(query, [word]).fetchall() for word in ("care", "fostering", "placement")]


@pytest.mark.parametrize("version", range(1, SEARCH_STEP))
def test_data_kept_and_the_search_index_filled_as_reindex_fills_it(tmp_path, demo_db, version):
    # The demo's data, copied table by table into a store at the old version (the columns it had then).
    old = store_at(tmp_path / "old.db", version)
    conn = sqlite3.connect(old)
    conn.execute("attach ? as demo", [str(demo_db)])
    columns = {
        table: ", ".join(f"[{row[1]}]" for row in conn.execute(f"pragma main.table_info([{table}])"))
        for table in _ordinary_tables(conn)
    }
    for table, names in columns.items():
        conn.execute(f"insert into main.[{table}] ({names}) select {names} from demo.[{table}] order by rowid")
    conn.commit()
    conn.close()

    upgraded = sqlite3.connect(opened(old))
    demo = sqlite3.connect(demo_db)
    try:
        for table, names in columns.items():
            query = f"select {names} from [{table}] order by 1, 2"
            assert upgraded.execute(query).fetchall() == demo.execute(query).fetchall(), table
        filled = _index(upgraded)
    finally:
        upgraded.close()
        demo.close()
    assert filled[0] and all(filled[1])
    store = Store.open(old)
    store.reindex()
    store.close()
    rebuilt = sqlite3.connect(old)
    try:
        assert _index(rebuilt) == filled
    finally:
        rebuilt.close()


def test_migrations_import_nothing_from_cpb():
    tree = ast.parse(Path(migrations_module.__file__).read_text(encoding="utf-8"))
    imported = [
        node.module if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, (ast.Import, ast.ImportFrom))
        for alias in node.names
    ]
    assert not [name for name in imported if name and name.startswith("cpb_tui")], imported
    assert set(DERIVED) <= set(NAMES)


def test_schema_version_constant_matches_the_migrations():
    # store/reader.py trusts SCHEMA_VERSION to tell a current store without importing the migrations.
    from cpb_tui.store.db import schema_version
    from cpb_tui.store.schema import SCHEMA_STEPS, SCHEMA_VERSION

    names = [m.name for m in migrations._migrations]
    assert schema_version(names) == SCHEMA_VERSION and len(names) == SCHEMA_STEPS
