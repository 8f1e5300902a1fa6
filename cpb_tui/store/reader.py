"""A quick way into a store for searching only: plain sqlite3, read-only, no sqlite-utils.

`cpb search` is a whole process each time, so what it imports is most of what it costs:
sqlite-utils and the writing half of the store take longer to import than a search takes to
run. `open_search_reader` opens a store whose schema is already current, read-only, and
answers searches with the same code as `Store` (`SearchMixin`); for anything else (no file
yet, a schema to bring up to date, a file that is not cpb's, a WAL store it cannot read
read-only) it returns None and the caller opens the `Store` as usual, which says what is wrong.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from cpb_tui.store.schema import SCHEMA_STEPS, SCHEMA_VERSION, StoreError, applied_migrations, describe_error, schema_version
from cpb_tui.store.search_index import SearchMixin

TYPE_CHECKING = False  # typing's own flag, without importing typing: `cpb search` never loads it (3-4 ms)
if TYPE_CHECKING:
    from typing import Any, Iterable

BUSY_TIMEOUT_S = 5.0


class ReadOnlyDatabase:
    """The little of a database object that searching uses: `execute` (errors described) and `conn`."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    def execute(self, sql: str, parameters: Iterable[Any] | None = None) -> sqlite3.Cursor:
        try:
            return self.conn.execute(sql, list(parameters or ()))
        except sqlite3.Error as error:
            described = describe_error(error, self.path)
            if described is None:
                raise
            raise described from error


class SearchReader(SearchMixin):
    """`Store.search`, `search_outcome` and `count_matches` over a read-only connection."""

    def __init__(self, db: ReadOnlyDatabase) -> None:
        self.db = db

    def close(self) -> None:
        self.db.conn.close()

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.db.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]


def open_search_reader(path: str | Path) -> SearchReader | None:
    """A reader over the store at `path` if its schema is current and it opens read-only; else None."""
    path = Path(path)
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error:
        return None
    try:
        applied = applied_migrations(conn)
        current = len(applied) == SCHEMA_STEPS and schema_version(applied) == SCHEMA_VERSION
    except (sqlite3.Error, StoreError):
        current = False
    if not current:
        conn.close()
        return None
    return SearchReader(ReadOnlyDatabase(conn, path))
