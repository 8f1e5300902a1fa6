"""Copies of the store and checks on it: `cpb backup`, `cpb restore` and `cpb check`.

A backup uses SQLite's online backup API inside one read transaction, so it is a
consistent copy even while the app or an import is writing (readers never block the
writer in WAL mode). Every copy is checked before it is trusted: it must pass SQLite's
integrity check and hold as many rows as the store it came from. A restore keeps the store
it replaces, and puts the copy into place through SQLite too, so a running app sees the
restored data instead of a file swapped under it.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from cpb_tui.store.db import (
    MIGRATION_SET,
    SQLITE_HEADER,
    StoreError,
    StoreDamaged,
    create_private_file,
    describe_error,
    open_db,
    private_folder,
    schema_version,
    write_copy,
)

HISTORY_TRIGGERS = (
    "action_events_no_update",
    "action_events_no_delete",
    "action_events_no_replace",
    "actions_no_replace",
    "actions_no_delete",
    "actions_record_text",
    "actions_record_status",
    "actions_record_due",
)
"""The triggers that keep the action history complete (migrations m003 and m006)."""

FTS_TABLES = ("items_fts", "search_fts")


@dataclass(frozen=True)
class CopyReport:
    """A checked copy of a store: where it is, its schema version and its row counts."""

    path: Path
    version: int
    counts: dict[str, int]


@dataclass(frozen=True)
class RestoreReport:
    """What a restore did: the copy put in place, and where the store it replaced was kept."""

    restored: CopyReport
    kept: Path | None
    """The replaced store, copied (or, if damaged, moved) beside it; None if there was none."""


@dataclass(frozen=True)
class Finding:
    """One check of `cpb check`: its name, "ok", "warn" or "fail", and what was found."""

    name: str
    status: str
    detail: str


@dataclass
class CheckReport:
    """Every finding of `cpb check`, in order."""

    findings: list[Finding] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any(f.status == "fail" for f in self.findings)


def default_backup_path(store_path: Path, now: dt.datetime | None = None) -> Path:
    """Where `cpb backup` writes when not told: `backups/` beside the store, named by the time."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    return store_path.parent / "backups" / f"{store_path.stem}-{stamp}{store_path.suffix or '.db'}"


def backup_store(store_path: Path, out: Path | None = None) -> CopyReport:
    """Copy the store to `out` (a file, or a folder to write into) and check the copy."""
    store_path = Path(store_path)
    _must_exist(store_path)
    if out is None:
        out = default_backup_path(store_path)
    elif out.is_dir():
        out = out / default_backup_path(store_path).name
    if out.exists():
        raise StoreError(f"{out} exists already: name a new file, or remove that one first")
    db = open_db(store_path)
    try:
        return _copy_checked(db.conn, store_path, out)
    finally:
        db.close()


def restore_store(copy_path: Path, store_path: Path) -> RestoreReport:
    """Put a checked copy in place of the store, keeping the store it replaces beside it."""
    copy_path, store_path = Path(copy_path), Path(store_path)
    checked = inspect_copy(copy_path)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = None
    if store_path.exists() and store_path.stat().st_size:
        try:
            db = open_db(store_path)
        except StoreDamaged:
            db = None
        if db is None:
            kept = store_path.with_name(f"{store_path.stem}.damaged-{stamp}{store_path.suffix or '.db'}")
            for suffix in ("", "-wal", "-shm"):
                side = Path(f"{store_path}{suffix}")
                if side.exists():
                    os.replace(side, f"{kept}{suffix}")
        else:
            try:
                kept = _copy_checked(
                    db.conn, store_path, store_path.with_name(f"{store_path.stem}.before-restore-{stamp}{store_path.suffix or '.db'}")
                ).path
                _load_into(copy_path, db.conn, store_path)
            finally:
                db.close()
    if not store_path.exists() or not store_path.stat().st_size:
        _copy_file(copy_path, store_path)
    db = open_db(store_path)  # brings an older copy up to this cpb's schema
    try:
        counts = _counts(db)
        problems = _integrity(db.conn)
    finally:
        db.close()
    if problems or counts != checked.counts:
        raise StoreError(
            f"{store_path}: the restored store does not match {copy_path} "
            f"({'; '.join(problems) or 'row counts differ'}); the store it replaced is kept at {kept}"
        )
    return RestoreReport(checked, kept)


def inspect_copy(path: Path) -> CopyReport:
    """Check that a file is a sound copy of a cpb store this cpb can use, without changing it."""
    path = Path(path)
    try:
        with open(path, "rb") as file:
            header = file.read(len(SQLITE_HEADER))
    except OSError as error:
        raise StoreError(f"{path}: cannot read the copy ({error.strerror})") from None
    if header != SQLITE_HEADER:
        raise StoreError(f"{path} is not a copy of a cpb store (not a SQLite file)")
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        problems = _integrity(conn)
        if problems:
            raise StoreError(f"{path} is damaged ({problems[0]}): it cannot be used as a copy")
        try:
            names = [row[0] for row in conn.execute("select name from _sqlite_migrations where migration_set = ?", [MIGRATION_SET])]
        except sqlite3.OperationalError:
            names = []
        if not names:
            raise StoreError(f"{path} is a SQLite file but not a copy of a cpb store")
        from cpb_tui.store.migrations import migrations

        known = [m.name for m in migrations._migrations]
        if set(names) - set(known):
            raise StoreError(
                f"{path} is a copy from a newer cpb (schema version {schema_version(names)}; this cpb knows up to "
                f"version {schema_version(known)}): upgrade cpb (pip install --upgrade cpb-tui) to restore it"
            )
        return CopyReport(path, schema_version(names), _counts(Database(conn)))
    except sqlite3.Error as error:
        raise StoreError(f"{path} cannot be used as a copy of a cpb store ({error})") from error
    finally:
        conn.close()


def check_store(store_path: Path) -> CheckReport:
    """SQLite's integrity and foreign keys, the full-text indexes, the history chain, the file's permissions."""
    store_path = Path(store_path)
    _must_exist(store_path)
    report = CheckReport()
    add = report.findings.append
    db = open_db(store_path)
    try:
        problems = _integrity(db.conn)
        add(Finding("SQLite integrity", "fail" if problems else "ok", "; ".join(problems[:3]) or "no problems found"))
        orphans = db.conn.execute("pragma foreign_key_check").fetchall()
        add(Finding("links between tables", "fail" if orphans else "ok",
                    f"{len(orphans)} rows point at rows that are gone, e.g. in {orphans[0][0]}" if orphans else "every link resolves"))
        add(_check_fts(db))
        missing = [name for name in HISTORY_TRIGGERS if not db.conn.execute(
            "select 1 from sqlite_master where type = 'trigger' and name = ?", [name]).fetchone()]
        add(Finding("history triggers", "fail" if missing else "ok",
                    f"missing: {', '.join(missing)} (removed outside cpb: changes made since may be missing from the history)" if missing else f"all {len(HISTORY_TRIGGERS)} in place"))
        add(_check_history_chain(db))
    finally:
        db.close()
    add(_check_permissions(store_path))
    return report


# --- the parts -------------------------------------------------------------------------------


def _must_exist(store_path: Path) -> None:
    if not store_path.exists():
        raise StoreError(f"there is no store at {store_path} yet: import a document first, or name the store with --db")


def _copy_checked(source: sqlite3.Connection, store_path: Path, out: Path) -> CopyReport:
    """Copy one consistent snapshot of `source` to `out` (owner-only), then prove the copy matches it."""
    private_folder(out.parent)
    partial = out.with_name(out.name + ".part")
    partial.unlink(missing_ok=True)
    create_private_file(partial)
    copy = sqlite3.connect(str(partial))
    try:
        # One read transaction around the counts and the copy: both see the same snapshot,
        # however many writers commit meanwhile.
        source.execute("begin")
        try:
            counts = _counts(Database(source))
            source.backup(copy)
        finally:
            source.execute("rollback")
        problems = _integrity(copy)
        copied = _counts(Database(copy))
        version = schema_version(row[0] for row in copy.execute("select name from _sqlite_migrations"))
    except sqlite3.Error as error:
        copy.close()
        partial.unlink(missing_ok=True)
        raise describe_error(error, out) or StoreError(f"{out}: the copy failed ({error}); nothing was kept") from error
    copy.close()
    if problems or copied != counts:
        partial.unlink(missing_ok=True)
        raise StoreError(f"{out}: the copy did not match {store_path} ({'; '.join(problems) or 'row counts differ'}); nothing was kept")
    os.replace(partial, out)
    return CopyReport(out, version, counts)


def _load_into(copy_path: Path, target: sqlite3.Connection, store_path: Path) -> None:
    """Write the copy over the open store through SQLite, so other connections see the new data."""
    source = sqlite3.connect(f"{copy_path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        source.backup(target)
    except sqlite3.Error as error:
        raise describe_error(error, store_path) or StoreError(f"{store_path}: the restore failed ({error})") from error
    finally:
        source.close()


def _copy_file(copy_path: Path, store_path: Path) -> None:
    """Write the copy where no usable store is, owner-only, whole or not at all."""
    private_folder(store_path.parent)
    source = sqlite3.connect(f"{copy_path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        write_copy(source, store_path)
    finally:
        source.close()


def _counts(db: Database) -> dict[str, int]:
    from cpb_tui.store.repository import Store

    return Store(db).counts()


def _integrity(conn: sqlite3.Connection) -> list[str]:
    """SQLite's integrity check: [] when sound, else its first complaints."""
    rows = [row[0] for row in conn.execute("pragma integrity_check(10)")]
    return [] if rows == ["ok"] else rows


def _check_fts(db) -> Finding:
    """FTS5's own integrity check of each full-text index against the text it indexes."""
    remedy = {"search_fts": "`cpb reindex` rebuilds it", "items_fts": "put back a copy with `cpb restore BACKUP`"}
    for table in FTS_TABLES:
        try:
            with db.atomic():
                # rank = 1: check the index against the text it was built from (search_fts keeps that in search_docs).
                db.execute(f"insert into {table} ({table}, rank) values ('integrity-check', 1)")
                raise _Undo  # a check writes nothing; this keeps it so
        except _Undo:
            continue
        except StoreDamaged as error:
            return Finding("full-text indexes", "fail", f"{table} does not match its text ({error.__cause__}): {remedy[table]}")
        except StoreError as error:
            return Finding("full-text indexes", "warn", f"not checked: {error}")
        except sqlite3.DatabaseError as error:
            return Finding("full-text indexes", "fail", f"{table}: {error}: {remedy[table]}")
    return Finding("full-text indexes", "ok", f"{', '.join(FTS_TABLES)} match their text")


class _Undo(Exception):
    """Raised to roll back a transaction that only checks."""


def _check_history_chain(db) -> Finding:
    """Each action's history starts with its creation and links up: every old value is the new one before it."""
    problems = []
    headless = db.conn.execute(
        "select a.id from actions a where coalesce((select event from action_events e where e.action_id = a.id "
        "order by e.id limit 1), '') != 'created' order by a.id"
    ).fetchall()
    problems += [f"action {row[0]} has no creation event first" for row in headless]
    current = {row[0]: row[1:] for row in db.conn.execute(
        "select a.id, a.text, a.status, coalesce('meeting of ' || dm.date, nullif(a.due_date, ''), 'not set') "
        "from actions a left join meetings dm on dm.id = a.due_meeting_id"
    )}
    last: dict[tuple[int, str], str | None] = {}
    for action_id, field_name, old, new in db.conn.execute(
        "select action_id, field, old, new from action_events where field in ('text', 'status', 'due') order by id"
    ):
        key = (action_id, field_name)
        # Due events from clerk edits name the old due in words; text and status must link exactly.
        if field_name != "due" and key in last and last[key] != old:
            problems.append(f"action {action_id}: a {field_name} change starts from {old!r}, not {last[key]!r}")
        last[key] = new
    for (action_id, field_name), new in last.items():
        now = current.get(action_id)
        value = now and now[("text", "status", "due").index(field_name)]
        if now is not None and value != new:
            problems.append(f"action {action_id}: its {field_name} is {value!r} but its history ends at {new!r}")
    if problems:
        more = f" (and {len(problems) - 3} more)" if len(problems) > 3 else ""
        return Finding("action history", "fail", "; ".join(problems[:3]) + more)
    events = db.conn.execute("select count(*) from action_events").fetchone()[0]
    return Finding("action history", "ok", f"{len(current)} actions, {events} events, every chain complete")


def _check_permissions(store_path: Path) -> Finding:
    mode = stat.S_IMODE(store_path.stat().st_mode)
    if mode & 0o077:
        return Finding(
            "file permissions", "warn", f"{store_path} can be read by others (mode {mode:o}): `chmod 600 {store_path}`"
        )
    return Finding("file permissions", "ok", f"owner only ({mode:o})")
