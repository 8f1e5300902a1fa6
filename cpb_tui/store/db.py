"""Opening the SQLite file: whose file it is, who may read it, how writers take turns, upgrades.

- A new store is created owner-only, file and folder (0o600 / 0o700 whatever the umask):
  it holds the text of exempt (Part II) items. SQLite gives the -wal and -shm files the
  store's own mode.
- cpb opens only its own stores. A SQLite file without cpb's migration record is refused
  before anything is written to it, and so is a store from a newer cpb.
- Every write transaction begins IMMEDIATE: it takes the write lock before it reads, so two
  writers queue for the lock (SQLite retries for up to `BUSY_TIMEOUT_MS`) instead of one
  failing when it tries to turn a read into a write. Still busy after that is `StoreBusy`.
- SQLite's errors about the file itself (busy, read-only, full, damaged) become a
  `StoreError` whose message names the file and says what to do.
- A read-only store (file or folder) opens read-only: reading works, writing says why not.
- Migrations run under the write lock, all in one transaction, after a backup of the old
  version beside the store; so four processes opening a new store at once all succeed.
  Derived tables a migration created (the search index) are filled in that transaction
  too, by the current code: migrations themselves run SQL only (store/migrations.py).
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

from cpb_tui.store.rows import number_order
from cpb_tui.store.schema import (  # noqa: F401 (StoreBusy, StoreDamaged, holds_meetings: imported from here too)
    MIGRATION_SET,
    SCHEMA_STEPS,
    SCHEMA_VERSION,
    StoreBusy,
    StoreDamaged,
    StoreError,
    describe_error,
    holds_meetings,
    schema_version,
)

if TYPE_CHECKING:
    from sqlite_utils import Database

BUSY_TIMEOUT_MS = 5000
SQLITE_HEADER = b"SQLite format 3\x00"
def open_db(path: str | Path) -> "StoreDatabase":
    """Open the store at `path`, creating it owner-only if it is missing, and bring its schema up to date."""
    path = Path(path)
    _check_header(path)
    _create_owner_only(path)
    writable = _may_write(path) and _may_write(path.parent)
    try:
        conn = _connect(path, writable)
    except sqlite3.Error as error:
        raise describe_error(error, path) or StoreError(
            f"{path}: cannot open the database ({error}). Check the path and its permissions."
        ) from error
    try:
        db = StoreDatabase(conn, path)
        _prepare(db, writable)
    except StoreError:
        conn.close()
        raise
    except sqlite3.Error as error:
        conn.close()
        raise describe_error(error, path) or StoreError(f"{path}: cannot use the database ({error}).") from error
    return db


class StoreDatabase:
    """The store's connection: write transactions that take the write lock first, errors that say what to do.

    Reading and writing need only sqlite3 (`execute`, `atomic`), so opening a store does not
    import sqlite-utils (35 ms, much of a command's start-up). Its table API, which migrations
    and tests use (`db["items"]`, `db.table_names()`), is loaded over the same connection on
    first use: any attribute this class lacks is sqlite-utils' `Database`'s.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path
        self._utils = None

    def utils(self) -> "Database":
        """sqlite-utils' `Database` over this connection (created on first use)."""
        if self._utils is None:
            from sqlite_utils import Database

            self._utils = Database(self.conn, execute_plugins=False)
        return self._utils

    def __getattr__(self, name: str):
        if name.startswith("__") or name == "_utils":
            raise AttributeError(name)
        return getattr(self.utils(), name)

    def __getitem__(self, table: str):
        return self.utils()[table]

    @contextlib.contextmanager
    def atomic(self) -> Iterator["StoreDatabase"]:
        """A write transaction, begun IMMEDIATE; nested blocks are savepoints inside it."""
        if self.conn.in_transaction:
            with self._savepoint():
                yield self
            return
        self._begin_immediate()
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as error:
            self.rollback()
            described = describe_error(error, self.path)
            if described is None:
                raise
            raise described from error

    def rollback(self) -> None:
        """Roll back the transaction in progress, if any."""
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def execute(self, sql: str, parameters=None) -> sqlite3.Cursor:
        """Run one statement; a write outside `atomic()` begins IMMEDIATE (the connection's isolation level)
        and is committed at once, as sqlite-utils' `execute` does."""
        return self._run(sql, self.conn.execute, (sql,) if parameters is None else (sql, parameters))

    def executemany(self, sql: str, rows: Iterable) -> sqlite3.Cursor:
        """Run one statement for each row of parameters, as `execute` runs one."""
        return self._run(sql, self.conn.executemany, (sql, rows))

    def _run(self, sql: str, method, arguments: tuple) -> sqlite3.Cursor:
        was_in_transaction = self.conn.in_transaction
        try:
            cursor = method(*arguments)
        except sqlite3.Error as error:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")  # the implicit transaction the failed write opened
            described = describe_error(error, self.path)
            if described is None:
                raise
            raise described from error
        if not was_in_transaction and self.conn.in_transaction and cursor.description is None and not _controls_transaction(sql):
            self.conn.execute("COMMIT")
        return cursor

    @contextlib.contextmanager
    def _savepoint(self) -> Iterator[None]:
        import secrets  # here, not at the top: only a write takes a savepoint (hmac and hashlib, 2-4 ms of a read's start)

        name = f"cpb_{secrets.token_hex(8)}"
        self.conn.execute(f"SAVEPOINT {name}")
        try:
            yield
        except BaseException:
            if self.conn.in_transaction:  # an error may have ended the whole transaction
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        self.conn.execute(f"RELEASE SAVEPOINT {name}")

    def _begin_immediate(self) -> None:
        # SQLite's busy handler waits for the lock; the loop covers the rare busy answers
        # that skip the handler (a reader recovering the WAL index), within the same timeout.
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        while True:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as error:
                described = describe_error(error, self.path)
                if isinstance(described, StoreBusy) and time.monotonic() < deadline:
                    time.sleep(0.01)
                    continue
                if described is None:
                    raise
                raise described from error


_TRANSACTION_CONTROL = re.compile(r"(?:\s|;|--[^\n]*|/\*.*?\*/)*(BEGIN|COMMIT|END|ROLLBACK|SAVEPOINT|RELEASE)\b", re.I | re.S)


def _controls_transaction(sql: str) -> bool:
    """Whether a statement begins or ends a transaction itself (BEGIN, COMMIT, SAVEPOINT...)."""
    return _TRANSACTION_CONTROL.match(sql) is not None


def backup_path(path: Path, version: int) -> Path:
    """Where the copy taken before upgrading a store from schema `version` goes: beside the store."""
    return path.with_name(f"{path.stem}.schema{version}.backup{path.suffix or '.db'}")


def _check_header(path: Path) -> None:
    """Refuse, before SQLite touches it, a file that is not a SQLite database at all."""
    try:
        with open(path, "rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        return
    except IsADirectoryError:
        raise StoreError(f"{path} is a folder: name the database file itself with --db") from None
    except OSError as error:
        raise StoreError(f"{path}: cannot read the database ({error.strerror}); check its permissions") from None
    if header and header != SQLITE_HEADER:
        raise StoreError(
            f"{path} is not a cpb database (not a SQLite file at all): name another file with --db, or move this one away"
        )


def _create_owner_only(path: Path) -> None:
    """Create a missing store file (and its folder) readable by its owner alone, whatever the umask."""
    if path.exists():
        return
    try:
        private_folder(path.parent)
        create_private_file(path)
    except FileExistsError:
        return  # another process created it first; SQLite sorts out who initialises it
    except OSError as error:
        raise StoreError(
            f"{path}: cannot create the database ({error.strerror}); check the folder's permissions or name another file with --db"
        ) from None


def private_folder(folder: Path) -> None:
    """Make sure `folder` exists; if this call creates it, it is owner-only (0o700) whatever the umask."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        return  # the user's own folder, or another cpb made it a moment ago: leave it as it is
    os.chmod(folder, 0o700)


def create_private_file(path: Path) -> None:
    """Create the empty file `path`, owner-only (0o600) whatever the umask; `FileExistsError` if it is there."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


def _may_write(path: Path) -> bool:
    """Whether this process may write `path`, judged by its effective user as the kernel will."""
    effective = os.access in os.supports_effective_ids
    return os.access(path, os.W_OK, effective_ids=effective)


def _connect(path: Path, writable: bool) -> sqlite3.Connection:
    """A connection with the busy timeout; read-only (by URI) where the file or its folder cannot be written."""
    # check_same_thread=False: the TUI reads the store from worker threads.
    # isolation_level="IMMEDIATE": a write statement outside a transaction takes the write lock first too.
    options = {"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False, "isolation_level": "IMMEDIATE"}
    if writable:
        conn = sqlite3.connect(str(path), **options)
    else:
        uri = path.absolute().as_uri()
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, **options)
        try:
            conn.execute("select count(*) from sqlite_master").fetchone()
        except sqlite3.OperationalError as error:
            if not (getattr(error, "sqlite_errorname", "") or "").startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN")):
                conn.close()
                raise
            # A WAL store in a folder cpb cannot write has no -shm file to read through; nobody
            # can be writing it then (a writer needs that folder too), so read the file as it is.
            conn.close()
            conn = sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, **options)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils sets it, whether or not it is loaded
    conn.create_function("number_order", 1, number_order, deterministic=True)  # (numbers as a reader counts them, in SQL)
    return conn


def _prepare(db: StoreDatabase, writable: bool) -> None:
    """Check whose file this is and its version, then apply what migrations it lacks, under the write lock."""
    applied = _applied(db)
    if not applied and not writable:
        raise StoreError(f"{db.path} is read-only and holds no cpb database yet: name another file with --db")
    if len(applied) == SCHEMA_STEPS and schema_version(applied) == SCHEMA_VERSION:
        return  # up to date (the migrations, and sqlite-utils with them, are not even imported)
    from cpb_tui.store.migrations import migrations

    known = [m.name for m in migrations._migrations]
    if applied and set(applied) <= set(known) and len(applied) == len(known):
        return  # up to date: nothing to write, so a read-only store reads fine
    _refuse_newer(db.path, applied, known)
    if not writable:
        raise StoreError(
            f"{db.path} is at schema version {schema_version(applied)} and this cpb needs version "
            f"{schema_version(known)}, but the file is read-only: make the file and its folder writable "
            "(chmod u+w) and run cpb again"
        )
    _use_wal(db)
    with db.atomic():
        applied = _applied(db)  # another process may have done it while this one waited for the lock
        _refuse_newer(db.path, applied, known)
        if applied and len(applied) < len(known):
            _backup_before_upgrade(db.path, schema_version(applied))
        migrations.apply(db)
        _build_derived({name for name in known if name not in applied}, db)


def _build_derived(newly_applied: set[str], db: StoreDatabase) -> None:
    """Fill the derived tables that migrations just created, with the current code (see migrations.DERIVED)."""
    from cpb_tui.store.migrations import DERIVED

    derived = {DERIVED[name] for name in newly_applied if name in DERIVED}
    if "search_index" in derived:
        from cpb_tui.store.search_index import fill_search_index

        fill_search_index(db)  # the bounds too
    elif "search_bounds" in derived:
        from cpb_tui.search.query import quote
        from cpb_tui.store.ranking import BODY_WEIGHT, TITLE_WEIGHT
        from cpb_tui.store.search_bounds import compute_bounds

        compute_bounds(db, TITLE_WEIGHT, BODY_WEIGHT, quote)


def _applied(db: StoreDatabase) -> list[str]:
    """cpb's applied migrations, oldest first; refuses a database that holds tables but is not a cpb store."""
    tables = [
        row[0]
        for row in db.conn.execute("select name from sqlite_master where type in ('table', 'view') order by name")
        if not row[0].startswith("sqlite_")
    ]
    applied = []
    if "_sqlite_migrations" in tables:
        applied = [
            row[0]
            for row in db.conn.execute(
                "select name from _sqlite_migrations where migration_set = ? order by id", [MIGRATION_SET]
            )
        ]
    others = [name for name in tables if name != "_sqlite_migrations"]
    if not applied and others:
        shown = ", ".join(others[:3]) + (", ..." if len(others) > 3 else "")
        raise StoreError(
            f"{db.path} is a SQLite database but not a cpb database (it holds {len(others)} other table"
            f"{'' if len(others) == 1 else 's'}: {shown}); cpb leaves it alone: name another file with --db"
        )
    return applied


def _refuse_newer(path: Path, applied: list[str], known: list[str]) -> None:
    unknown = [name for name in applied if name not in known]
    if unknown:
        raise StoreError(
            f"{path} was written by a newer cpb: its schema is version {schema_version(applied)}, and this cpb "
            f"knows up to version {schema_version(known)}. Upgrade cpb (pip install --upgrade cpb-tui) to open it"
        )


def _use_wal(db: StoreDatabase) -> None:
    """Switch a new store to WAL (readers never wait for the writer), waiting for the lock it needs."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            db.conn.execute("PRAGMA journal_mode = WAL").fetchone()
            return
        except sqlite3.OperationalError as error:
            if not isinstance(describe_error(error, db.path), StoreBusy) or time.monotonic() >= deadline:
                raise
            time.sleep(0.01)


def _backup_before_upgrade(path: Path, version: int) -> None:
    """Copy the store as it is (schema `version`) beside it before a migration changes it."""
    # A second connection reads the last committed state; this one holds the write lock, so
    # that state is exactly what the migration starts from.
    source = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        write_copy(source, backup_path(path, version))
    finally:
        source.close()


def write_copy(source: sqlite3.Connection, target: Path) -> None:
    """Copy the database behind `source` to `target` (owner-only) through SQLite's backup API, whole or not at all."""
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    copy = sqlite3.connect(str(partial))
    try:
        source.backup(copy)
    except BaseException:
        copy.close()
        partial.unlink(missing_ok=True)
        raise
    copy.close()
    os.replace(partial, target)
