"""Opening the SQLite file: connection settings and migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

BUSY_TIMEOUT_MS = 5000


class StoreError(Exception):
    """The database cannot be opened or used; the message says what to do."""


def open_db(path: str | Path) -> Database:
    """Open (creating if needed) the database at `path`, with WAL, foreign keys and migrations applied."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # check_same_thread=False: the TUI reads the store from worker threads.
        conn = sqlite3.connect(str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000)
    except (OSError, sqlite3.Error) as error:
        raise StoreError(f"{path}: cannot open the database ({error}). Check the path and its permissions.") from error
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        db = Database(conn, execute_plugins=False)
        from cpb_tui.store.migrations import migrations

        migrations.apply(db)
    except sqlite3.OperationalError as error:
        conn.close()
        raise StoreError(f"{path}: cannot use the database ({error}). Check the path and its permissions.") from error
    except sqlite3.DatabaseError as error:
        conn.close()
        raise StoreError(
            f"{path}: not a cpb database, or it is damaged ({error}). "
            "Name another file with --db, or move this one away."
        ) from error
    return db
