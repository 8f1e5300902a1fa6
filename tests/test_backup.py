"""`cpb backup`, `cpb restore` and `cpb check` on real store files, through the `cpb` command."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlite_utils import Database

from cpb_tui.cli import cli
from cpb_tui.store import Store
from cpb_tui.store.backup import backup_store
from cpb_tui.store.migrations import migrations
from cpb_tui.store.schema import SCHEMA_VERSION


def cpb(db: Path, *args: str, input: str | None = None):
    return CliRunner().invoke(cli, ["--db", str(db), *args], input=input)


def counts(path: Path) -> dict[str, int]:
    store = Store.open(path)
    try:
        return store.counts()
    finally:
        store.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_backup_taken_while_another_connection_writes_is_sound_and_matches_its_moment(demo_db, tmp_path):
    stop = threading.Event()
    written = []

    def clerk() -> None:
        store = Store.open(demo_db)
        while not stop.is_set():
            store.note_action(1, "clerk", f"update {len(written)}")
            written.append(1)
        store.close()

    writer = threading.Thread(target=clerk)
    writer.start()
    try:
        while len(written) < 20:
            stop.wait(0.01)
        reports = [backup_store(demo_db, tmp_path / f"copy{n}.db") for n in range(3)]
    finally:
        stop.set()
        writer.join()
    for report in reports:
        conn = sqlite3.connect(report.path)
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        conn.close()
        assert counts(report.path) == report.counts
    assert reports[0].counts["action_events"] < counts(demo_db)["action_events"]


def test_cpb_backup_writes_owner_only_copies_beside_the_store_by_default(demo_db, tmp_path):
    result = cpb(demo_db, "backup")
    assert result.exit_code == 0, result.output
    (copy,) = (demo_db.parent / "backups").iterdir()
    assert result.output == (
        f"backed up {demo_db} to {copy}: 10 meetings, 81 items, 39 documents, 17 actions, 17 history events (integrity ok)\n"
    )
    assert mode(copy) == 0o600 and mode(copy.parent) == 0o700
    assert counts(copy) == counts(demo_db)
    folder = tmp_path / "usb"
    folder.mkdir()
    assert cpb(demo_db, "backup", str(folder)).exit_code == 0
    assert len(list(folder.iterdir())) == 1


def test_cpb_backup_never_overwrites_and_needs_a_store(demo_db, tmp_path):
    taken = tmp_path / "taken.db"
    taken.write_text("someone else's file")
    result = cpb(demo_db, "backup", str(taken))
    assert result.exit_code == 1 and result.output == f"Error: {taken} exists already: name a new file, or remove that one first\n"
    assert taken.read_text() == "someone else's file"
    missing = tmp_path / "none" / "cpb.db"
    result = cpb(missing, "backup", str(tmp_path / "out.db"))
    assert result.exit_code == 1 and "there is no store at" in result.output
    assert not missing.exists()


def test_restore_puts_the_copy_back_and_keeps_the_store_it_replaces(demo_db, tmp_path):
    copy = tmp_path / "copy.db"
    assert cpb(demo_db, "backup", str(copy)).exit_code == 0
    before = counts(demo_db)
    assert cpb(demo_db, "actions", "--as", "clerk", "note", "1", "said after the backup").exit_code == 0
    refused = cpb(demo_db, "restore", str(copy), input="n\n")
    assert refused.exit_code == 1 and counts(demo_db)["action_events"] == before["action_events"] + 1
    result = cpb(demo_db, "restore", str(copy), input="y\n")
    assert result.exit_code == 0, result.output
    assert f"a sound copy, schema version {SCHEMA_VERSION}, 10 meetings" in result.output
    (kept,) = demo_db.parent.glob("demo.before-restore-*.db")
    assert f"the store it replaced is kept at {kept}" in result.output
    assert counts(demo_db) == before
    assert counts(kept)["action_events"] == before["action_events"] + 1
    assert mode(kept) == 0o600
    assert cpb(demo_db, "check").exit_code == 0


def test_a_running_connection_sees_the_restored_store(demo_db, tmp_path):
    copy = tmp_path / "copy.db"
    backup_store(demo_db, copy)
    app_store = Store.open(demo_db)  # the app, open throughout
    app_store.note_action(1, "clerk", "said after the backup")
    assert cpb(demo_db, "restore", "--yes", str(copy)).exit_code == 0
    assert app_store.counts() == counts(copy)
    app_store.close()


def test_restoring_an_older_copy_upgrades_it(tmp_path):
    old_copy = tmp_path / "old.db"
    database = Database(str(old_copy))
    migrations.apply(database, stop_before=migrations._migrations[-1].name)
    database.close()
    store_path = tmp_path / "store" / "cpb.db"
    result = cpb(store_path, "restore", "--yes", str(old_copy))
    assert result.exit_code == 0, result.output
    assert mode(store_path) == 0o600 and mode(store_path.parent) == 0o700
    store = Store.open(store_path)
    applied = [row[0] for row in store.db.execute("select name from _sqlite_migrations")]
    store.close()
    assert applied == [m.name for m in migrations._migrations]


def test_restore_over_a_damaged_store_moves_it_aside(demo_db, tmp_path):
    copy = tmp_path / "copy.db"
    backup_store(demo_db, copy)
    with open(demo_db, "r+b") as file:
        file.seek(100)
        file.write(b"\xa5" * 3900)
    assert cpb(demo_db, "meetings").exit_code == 1
    result = cpb(demo_db, "restore", "--yes", str(copy))
    assert result.exit_code == 0, result.output
    (damaged,) = demo_db.parent.glob("demo.damaged-*.db")
    assert f"kept at {damaged}" in result.output
    assert counts(demo_db) == counts(copy)


@pytest.mark.parametrize("problem", ["damaged", "not sqlite", "not cpb", "newer"])
def test_restore_refuses_a_bad_copy_and_leaves_the_store_alone(demo_db, tmp_path, problem):
    copy = tmp_path / "copy.db"
    if problem == "not sqlite":
        copy.write_text("an agenda, not a database\n" * 50)
    elif problem == "not cpb":
        conn = sqlite3.connect(copy)
        conn.execute("create table contacts (name)")
        conn.commit()
        conn.close()
    else:
        backup_store(demo_db, copy)
        if problem == "damaged":
            with open(copy, "r+b") as file:
                file.seek(4096 * 3)
                file.write(b"\xa5" * 4096 * 20)
        else:
            conn = sqlite3.connect(copy)
            conn.execute("insert into _sqlite_migrations (migration_set, name, applied_at) values ('cpb_tui', 'm042_later', 'now')")
            conn.commit()
            conn.close()
    before = digest(demo_db)
    result = cpb(demo_db, "restore", "--yes", str(copy))
    assert result.exit_code == 1 and result.output.count("\n") == 1 and result.output.startswith(f"Error: {copy}")
    expected = {
        "damaged": "cannot be used as a copy of a cpb store (database disk image is malformed)", "not sqlite": "not a copy of a cpb store (not a SQLite file)",
        "not cpb": "a SQLite file but not a copy of a cpb store", "newer": "a copy from a newer cpb (schema version 42",
    }[problem]
    assert expected in result.output
    assert digest(demo_db) == before
    assert not list(demo_db.parent.glob("demo.before-restore-*"))


def test_check_reports_each_kind_of_damage(demo_db):
    assert cpb(demo_db, "actions", "--as", "clerk", "edit", "1", "--text", "The clerk's wording").exit_code == 0
    conn = sqlite3.connect(demo_db)
    with conn:
        conn.execute("drop trigger actions_record_text")
        conn.execute("update actions set text = 'Changed with the trigger gone' where id = 1")
        conn.execute("delete from search_docs where id = (select min(id) from search_docs)")
    conn.close()
    demo_db.chmod(0o644)
    result = cpb(demo_db, "check")
    assert result.exit_code == 1
    lines = {line.split()[1]: line for line in result.output.splitlines()}
    assert lines["SQLite"].startswith("ok ")
    assert lines["full-text"].startswith("fail") and "`cpb reindex` rebuilds it" in lines["full-text"]
    assert lines["history"].startswith("fail") and "missing: actions_record_text" in lines["history"]
    assert lines["action"].startswith("fail")
    assert "action 1: its text is 'Changed with the trigger gone' but its history ends at \"The clerk's wording\"" in lines["action"]
    assert lines["file"].startswith("warn") and f"chmod 600 {demo_db}" in lines["file"]
    assert cpb(demo_db, "reindex").exit_code == 0
    assert cpb(demo_db, "check").output.count("fail") == 2
