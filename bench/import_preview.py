"""The papers' import preview against another writer: how long a second connection waits to write.

Run: python bench/import_preview.py [--runs 5]

Builds the demo store, then previews (`services.desk_import.preview_import`, what the app's `I`
runs) the demo's papers moved on by 24 months, so every file would import. Meanwhile a
second connection, as the CLI would, writes a small change in its own transaction again and
again (`BEGIN IMMEDIATE`, one update, commit); each write's wait for the lock is timed. Prints
the preview's time and the writer's longest and median wait, per run.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def writer(db: Path, stop: threading.Event, waits: list[float]) -> None:
    conn = sqlite3.connect(db, timeout=30, isolation_level=None)
    while not stop.is_set():
        begin = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        waits.append(time.perf_counter() - begin)
        conn.execute("update committees set council = council where id = (select min(id) from committees)")
        conn.execute("COMMIT")
        time.sleep(0.005)
    conn.close()


def one_run(db: Path, papers: Path) -> tuple[float, list[float]]:
    from cpb_tui.services.desk_import import preview_import

    stop, waits = threading.Event(), []
    thread = threading.Thread(target=writer, args=(db, stop, waits))
    thread.start()
    time.sleep(0.05)
    begin = time.perf_counter()
    preview = preview_import(db, [papers], None, None)
    took = time.perf_counter() - begin
    stop.set()
    thread.join()
    assert preview.will_write == len(list(papers.rglob("*.txt"))), preview.summary
    return took, waits


def main() -> None:
    from cpb_tui.services.demo import build_demo, demo_files, write_moved_copies

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = build_demo(Path(folder) / "demo.db")
        papers = Path(folder) / "papers"
        write_moved_copies(demo_files(), 24, papers)
        print(f"store {db.stat().st_size / 1e6:.1f} MB; previewing {len(list(papers.rglob('*.txt')))} new papers, a writer beside it")
        for _ in range(options.runs):
            took, waits = one_run(db, papers)
            print(f"  preview {took * 1000:,.0f} ms; the writer wrote {len(waits)} times, waited at most "
                  f"{max(waits) * 1000:,.0f} ms (median {statistics.median(waits) * 1000:.1f} ms)")


if __name__ == "__main__":
    main()
