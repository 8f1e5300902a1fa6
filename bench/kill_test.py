"""SIGKILL in the middle of writing: imports, clerk edits and migrations, killed at random moments.

Run: python bench/kill_test.py [--kills 60] [--seed 12] [--json]

Each round forks a child (the parent has loaded cpb already, so a child starts at once) that
writes in a loop, telling the parent after each commit what it committed; the parent kills
it with SIGKILL after a random few milliseconds and then checks the store: SQLite's
integrity, `cpb check`'s findings, every write the child reported present (none lost), no
document without its content (none half-written). The rounds take turns: an import of a new
version of a report, clerk edits to an action (notes, rewording, done and reopen), and the
last migration on a store at the schema version before it (after the copy it takes first).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.two_writers import print_report  # noqa: E402

REPORT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "report.txt"
PACK = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "pack_no_cover.txt"


def import_file(store, path: Path, derive: bool = True, **context) -> None:
    from cpb_tui.importers import load

    source, record = load(path, **context)
    store.import_document(record, str(source.path), source.sha256, derive=derive)


def child_imports(db: Path, folder: Path, report) -> None:
    from cpb_tui.store import Store

    store = Store.open(db)
    for serial in range(10**6):
        path = folder / f"v{os.getpid()}-{serial}" / "report.txt"
        path.parent.mkdir(parents=True)
        path.write_text(REPORT.read_text(encoding="utf-8") + f"\n\nVersion {os.getpid()} {serial}.\n", encoding="utf-8")
        import_file(store, path)
        report(str(path))


def child_edits(db: Path, folder: Path, report) -> None:
    from cpb_tui.store import Store

    store = Store.open(db)
    for serial in range(10**6):
        token = f"note {os.getpid()} {serial}"
        store.note_action(1, "clerk", token)
        report(token)
        store.edit_action(1, "clerk", text=f"Reworded {os.getpid()} {serial}")
        status = "done" if store.action(1).status == "open" else "open"
        store.set_action_status(1, status, "clerk")


def child_migrates(db: Path, folder: Path, report) -> None:
    from cpb_tui.store import Store

    report("started")
    Store.open(db).close()
    report("migrated")
    while True:
        time.sleep(1)


def run_child(work, db: Path, folder: Path) -> tuple[int, int]:
    """Fork a child running `work`; returns its pid and the pipe it reports committed writes on."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)

        def report(token: str) -> None:
            os.write(write_end, (token + "\n").encode())

        try:
            work(db, folder, report)
        finally:
            os._exit(0)
    os.close(write_end)
    return pid, read_end


def reported(read_end: int) -> list[str]:
    chunks = []
    while chunk := os.read(read_end, 65536):
        chunks.append(chunk)
    os.close(read_end)
    return [line for line in b"".join(chunks).decode().splitlines() if line]


def verify(db: Path, kind: str, tokens: list[str], expected_counts: dict | None) -> list[str]:
    """What is wrong with the store after a kill: [] when it is sound and nothing committed was lost."""
    from cpb_tui.store import Store
    from cpb_tui.store.backup import check_store
    from cpb_tui.store.migrations import migrations

    problems = []
    try:
        store = Store.open(db)
    except Exception as error:  # a store that no longer opens is exactly what this counts
        return [f"does not open: {error}"]
    try:
        if kind == "import":
            sources = {row[0] for row in store.db.execute(
                "select source from documents where parent_id is null union select source from document_versions")}
            problems += [f"lost import {token}" for token in tokens if token not in sources]
        elif kind == "edit":
            notes = {e.note for e in store.history(1) if e.event == "note"}
            problems += [f"lost {token}" for token in tokens if token not in notes]
        else:
            applied = [row[0] for row in store.db.execute("select name from _sqlite_migrations order by id")]
            if applied != [m.name for m in migrations._migrations]:
                problems.append(f"migrations after reopening: {applied}")
            if store.counts() != expected_counts:
                problems.append("row counts changed by the migration")
        empty = store.db.execute(
            "select count(*) from documents d where parent_id is null "
            "and not exists (select 1 from sections s where s.document_id = d.id) "
            "and not exists (select 1 from documents c where c.parent_id = d.id)"
        ).fetchone()[0]
        if empty:
            problems.append(f"{empty} half-written documents")
    finally:
        store.close()
    problems += [f"check: {f.name}: {f.detail}" for f in check_store(db).findings if f.status == "fail"]
    return problems


def old_schema_store(path: Path) -> dict:
    """A store with documents and actions at the schema version before the last migration; returns its counts."""
    from cpb_tui.store import Store
    from cpb_tui.store.db import StoreDatabase
    from cpb_tui.store.migrations import migrations

    path.touch(mode=0o600)
    db = StoreDatabase(sqlite3.connect(path, isolation_level="IMMEDIATE"), path)
    db.execute("pragma journal_mode = wal")
    migrations.apply(db, stop_before=migrations._migrations[-1].name)
    store = Store(db, path)
    # Stored without deriving: extracting actions and follow-through read what the last migration
    # adds (m012's kept columns and counts); the meetings stay pending for the migrated store. The
    # actions are a clerk's, at the meetings, for the migration to fill in.
    import_file(store, PACK, derive=False, date=__import__("datetime").date(2024, 6, 18))
    import_file(store, REPORT, derive=False)
    for (meeting_id,) in store.db.execute("select id from meetings order by id").fetchall():
        store.add_action("clerk", f"Bring back the papers of meeting {meeting_id}", meeting_id=meeting_id)
    counts = store.counts()
    store.close()
    return counts


def kill_test(kills: int, seed: int) -> dict:
    """`kills` rounds, each one SIGKILL; returns what was found."""
    from cpb_tui.store import Store

    chance = random.Random(seed)
    report: dict = {"kills": 0, "by kind": {}, "corrupt or failing": 0, "lost": 0, "problems": [], "committed": 0,
                    "migrations killed while running": 0}
    with tempfile.TemporaryDirectory(prefix="cpb-kill-") as folder_name:
        folder = Path(folder_name)
        db = folder / "cpb.db"
        store = Store.open(db)
        import_file(store, REPORT)  # loads the importers and the extractor before any fork
        store.add_action("clerk", "Bring the kill-test report back", committee="Corporate Parenting Board")
        store.close()
        template = folder / "old.db"
        old_counts = old_schema_store(template)
        for round_number in range(kills):
            kind = ("import", "edit", "migrate")[round_number % 3]
            target = db
            if kind == "migrate":
                target = folder / "migrating" / "cpb.db"
                shutil.rmtree(target.parent, ignore_errors=True)
                target.parent.mkdir(mode=0o700)
                shutil.copy(template, target)
            work = {"import": child_imports, "edit": child_edits, "migrate": child_migrates}[kind]
            pid, read_end = run_child(work, target, folder / "files")
            # A migration is over in a few milliseconds, so its kills come sooner.
            time.sleep(chance.uniform(0.001, 0.008) if kind == "migrate" else chance.uniform(0.002, 0.15))
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            tokens = reported(read_end)
            if kind == "migrate":
                report["migrations killed while running"] += "started" in tokens and "migrated" not in tokens
                tokens = []
            report["kills"] += 1
            report["by kind"][kind] = report["by kind"].get(kind, 0) + 1
            report["committed"] += len(tokens)
            problems = verify(target, kind, tokens, old_counts if kind == "migrate" else None)
            if problems:
                report["corrupt or failing"] += 1
                report["lost"] += sum(1 for p in problems if p.startswith("lost"))
                report["problems"].extend(f"round {round_number} ({kind}): {p}" for p in problems[:3])
        conn = sqlite3.connect(db)
        report["final integrity"] = conn.execute("pragma integrity_check").fetchone()[0]
        conn.close()
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=60)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--json", action="store_true", help="Print one JSON object.")
    args = parser.parse_args()
    os.environ.pop("CPB_DB", None)
    started = time.perf_counter()
    report = kill_test(args.kills, args.seed)
    report["seconds"] = round(time.perf_counter() - started, 1)
    print_report(report, args.json, "problems")


if __name__ == "__main__":
    main()
