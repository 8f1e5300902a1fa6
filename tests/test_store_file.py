"""The store file itself, through the `cpb` command on real files: who may read it, whose it is, damage, read-only."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import stat
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from cpb_tui.cli import cli
from cpb_tui.store import Store
from cpb_tui.store.db import schema_version
from cpb_tui.store.migrations import migrations

NOBODY = 65534


def cpb(*args: str):
    return CliRunner().invoke(cli, list(args))


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_line_error(result, starts: str) -> None:
    """The command failed with exactly one line that starts as given, and no traceback."""
    assert result.exit_code == 1, result.output
    assert result.output.count("\n") == 1 and "Traceback" not in result.output, result.output
    assert result.output.startswith("Error: " + starts), result.output


def small_store(path: Path) -> None:
    store = Store.open(path)
    store.add_action("clerk", "Circulate the revised terms of reference", committee="Corporate Parenting Board")
    store.close()


@contextlib.contextmanager
def umask(value: int):
    old = os.umask(value)
    try:
        yield
    finally:
        os.umask(old)


@pytest.mark.parametrize("mask", [0o022, 0o000, 0o277])
def test_a_new_store_and_its_folder_are_owner_only_whatever_the_umask(tmp_path, mask):
    path = tmp_path / "new" / "cpb.db"
    with umask(mask):
        result = cpb("--db", str(path), "meetings")
        assert result.exit_code == 0, result.output
        assert mode(path) == 0o600 and mode(path.parent) == 0o700
        store = Store.open(path)
        store.add_action("clerk", "Write the annual report", committee="Corporate Parenting Board")
        wal, shm = path.with_name("cpb.db-wal"), path.with_name("cpb.db-shm")
        assert wal.exists() and shm.exists()
        assert mode(wal) == 0o600 and mode(shm) == 0o600
        store.close()


def test_a_folder_that_was_there_already_is_left_as_it_was(tmp_path):
    folder = tmp_path / "shared"
    folder.mkdir()
    folder.chmod(0o755)
    assert cpb("--db", str(folder / "cpb.db"), "meetings").exit_code == 0
    assert mode(folder) == 0o755 and mode(folder / "cpb.db") == 0o600


def test_a_sqlite_file_that_is_not_cpbs_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "contacts.db"
    conn = sqlite3.connect(path)
    conn.execute("create table contacts (name text, phone text)")
    conn.execute("insert into contacts values ('Sam', '01234 567890')")
    conn.commit()
    conn.close()
    before = digest(path)
    for command in (["meetings"], ["actions"], ["search", "care"], ["actions", "--as", "clerk", "note", "1", "x"]):
        result = cpb("--db", str(path), *command)
        one_line_error(result, f"{path} is a SQLite database but not a cpb database (it holds 1 other table: contacts)")
    assert digest(path) == before
    conn = sqlite3.connect(path)
    assert [row[0] for row in conn.execute("select name from sqlite_master")] == ["contacts"]
    conn.close()


def test_a_file_that_is_not_sqlite_at_all_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("minutes of the last meeting\n" * 20)
    one_line_error(cpb("--db", str(path), "meetings"), f"{path} is not a cpb database (not a SQLite file at all)")
    assert path.read_text() == "minutes of the last meeting\n" * 20


def test_a_store_from_a_newer_cpb_names_both_versions_and_says_to_upgrade(tmp_path):
    path = tmp_path / "cpb.db"
    small_store(path)
    conn = sqlite3.connect(path)
    conn.execute(
        "insert into _sqlite_migrations (migration_set, name, applied_at) values ('cpb_tui', 'm099_from_the_future', 'now')"
    )
    conn.commit()
    conn.close()
    before = digest(path)
    ours = schema_version(m.name for m in migrations._migrations)
    result = cpb("--db", str(path), "actions")
    one_line_error(
        result, f"{path} was written by a newer cpb: its schema is version 99, and this cpb knows up to version {ours}."
    )
    assert "pip install --upgrade cpb-tui" in result.output
    assert digest(path) == before


def corrupt(path: Path, start: int, length: int) -> None:
    with open(path, "r+b") as file:
        file.seek(start)
        file.write(b"\xa5" * length)


@pytest.mark.parametrize("where", ["schema page", "every table page"])
def test_a_damaged_store_is_one_line_saying_what_to_do(tmp_path, demo_db, where):
    size = demo_db.stat().st_size
    if where == "schema page":
        corrupt(demo_db, 100, 3900)
    else:
        corrupt(demo_db, 4096, size - 4096)
    for command in (["meetings"], ["actions"], ["show", "1"]):
        result = cpb("--db", str(demo_db), *command)
        one_line_error(result, f"{demo_db} is damaged (")
        assert "`cpb restore BACKUP`" in result.output


@contextlib.contextmanager
def read_only(folder: Path, files: list[Path], whole_folder: bool):
    """Make the files (and, if asked, their folder) read-only for the code run inside.

    As root, permissions bind nobody, so the code inside runs as the unprivileged user
    `nobody`, who then owns the files.
    """
    root = os.geteuid() == 0
    targets = [*files, folder] if whole_folder else files
    if root:
        for target in [folder, *files]:
            os.chown(target, NOBODY, NOBODY)
    for target in targets:
        target.chmod(0o500 if target.is_dir() else 0o400)
    if root:
        os.setegid(NOBODY)
        os.seteuid(NOBODY)
    try:
        yield
    finally:
        if root:
            os.seteuid(0)
            os.setegid(0)
        for target in targets:
            target.chmod(0o700 if target.is_dir() else 0o600)


@pytest.fixture
def shared_tmp():
    """A temporary folder that `nobody` can reach (pytest's own are root-only when run as root)."""
    with tempfile.TemporaryDirectory(prefix="cpb-read-only-") as name:
        os.chmod(name, 0o711)
        yield Path(name)


@pytest.mark.parametrize("whole_folder", [False, True], ids=["read-only file", "read-only folder"])
def test_a_read_only_store_reads_and_refuses_writes_in_one_line(shared_tmp, whole_folder):
    folder = shared_tmp / "store"
    path = folder / "cpb.db"
    small_store(path)
    before = digest(path)
    commands = [["actions"], ["actions", "--json"], ["actions", "--as", "clerk", "note", "1", "Sent to members"]]
    scratch = shared_tmp / "scratch.db"
    small_store(scratch)
    for command in commands:  # the modules each command imports are loaded before `nobody` runs them
        cpb("--db", str(scratch), *command)
    with read_only(folder, [path], whole_folder):
        listed, as_json, noted = (cpb("--db", str(path), *command) for command in commands)
    assert listed.exit_code == 0, listed.output
    assert "Circulate the revised terms of reference" in listed.output
    assert as_json.exit_code == 0 and '"status": "open"' in as_json.output
    one_line_error(noted, f"{path} is read-only, so cpb can read it but not change it")
    assert digest(path) == before


def test_a_store_needing_an_upgrade_that_is_read_only_says_so(shared_tmp):
    folder = shared_tmp / "store"
    path = folder / "cpb.db"
    small_store(path)
    conn = sqlite3.connect(path)
    conn.execute("delete from _sqlite_migrations where name = ?", [migrations._migrations[-1].name])
    conn.commit()
    conn.close()
    with read_only(folder, [path], whole_folder=True):
        result = cpb("--db", str(path), "actions")
    one_line_error(result, f"{path} is at schema version")
    assert "read-only" in result.output and "chmod u+w" in result.output


def test_a_new_store_in_a_folder_cpb_cannot_write_is_one_line(shared_tmp):
    folder = shared_tmp / "locked"
    folder.mkdir()
    with read_only(folder, [], whole_folder=True):
        result = cpb("--db", str(folder / "cpb.db"), "meetings")
    one_line_error(result, f"{folder / 'cpb.db'}: cannot create the database (Permission denied)")
    assert not (folder / "cpb.db").exists()
    shutil.rmtree(folder)
