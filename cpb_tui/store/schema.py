"""What a store file is known by, without sqlite-utils: its errors, its migration mark and version.

store/db.py opens a store for good (and brings its schema up to date); store/reader.py reads a
current one quickly for the commands that only read. Both describe a file's problems here.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path


def applied_migrations(conn: sqlite3.Connection) -> list[str]:
    """cpb's applied migrations, oldest first ([] when the file has no migration record)."""
    tables = {row[0] for row in conn.execute("select name from sqlite_master where type = 'table'")}
    if "_sqlite_migrations" not in tables:
        return []
    return [
        row[0]
        for row in conn.execute("select name from _sqlite_migrations where migration_set = ? order by id", [MIGRATION_SET])
    ]


MIGRATION_SET = "cpb_tui"
"""The name cpb's migrations are recorded under in `_sqlite_migrations`: the mark of a cpb store."""
SCHEMA_VERSION = 12
"""The schema version this cpb's migrations make (store/migrations.py; tests/test_migrations.py checks they agree)."""

SCHEMA_STEPS = 12
"""How many migrations make it: one per version, so a store with the right last migration but a
missing step is still brought up to date."""


class StoreError(Exception):
    """The database cannot be opened or used; the message names the file and says what to do."""


class StoreBusy(StoreError):
    """Another process held the write lock for longer than the busy timeout."""


class StoreDamaged(StoreError):
    """SQLite finds the file damaged: a copy has to be put back (`cpb restore`)."""


def schema_version(names) -> int:
    """The schema version that applied migrations stand for: the highest `mNNN_` number among them."""
    numbers = [int(found.group(1)) for name in names if (found := re.match(r"m(\d+)_", name))]
    return max(numbers, default=0)


def describe_error(error: sqlite3.Error, path: Path) -> StoreError | None:
    """The `StoreError` for SQLite's errors about the file itself, or None for any other error."""
    name = getattr(error, "sqlite_errorname", "") or ""
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return StoreBusy(f"another cpb is writing to {path}; try again in a moment")
    if name.startswith("SQLITE_READONLY"):
        return StoreError(
            f"{path} is read-only, so cpb can read it but not change it: make the file and its folder "
            "writable (chmod u+w), or work on a copy made with `cpb backup`"
        )
    if name.startswith("SQLITE_FULL"):
        return StoreError(f"{path}: the disk is full, so nothing was written; free some space and try again")
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return StoreDamaged(
            f"{path} is damaged ({error}): put back a copy with `cpb restore BACKUP`, "
            "or move it away and import your documents again"
        )
    if name.startswith("SQLITE_IOERR"):
        return StoreError(f"{path}: the disk reported an error ({error}), so nothing was written; check the disk and try again")
    if name.startswith("SQLITE_CANTOPEN"):
        return StoreError(f"{path}: cannot open the database ({error}); check the path and its permissions")
    return None


def holds_meetings(path: str | Path) -> bool:
    """Whether `path` is a store with at least one meeting; read-only, and False for a missing or foreign file."""
    path = Path(path)
    if not path.is_file():
        return False
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute("select 1 from meetings limit 1").fetchone() is not None
        finally:
            conn.close()
    except sqlite3.Error:
        return False
