"""Importing the Nth meeting of one committee, as its history grows.

Run: python bench/import_scale.py [--ns 1,10,100,200,600] [--runs 7] [--base bulk|sequential] [--paired]

Writes a generated history of one committee (bench/history_text.py: minutes whose
resolutions ask for updates at later meetings, and topics that recur) into a temporary
folder. For each N, a store holding the first N-1 meetings is built once; then the Nth
meeting's file is imported into a fresh copy of it `--runs` times, each import timed as a
whole (read, parse, store, actions, follow-through, search index; the store is opened
before the clock starts, as a folder import opens it once). Prints the median and p95 of
those runs and the rows in the follow-through tables after the import.

`--base sequential` builds each base store by importing one file at a time (what a clerk
does, and the only way before incremental follow-through); `--base bulk` imports the folder
with follow-through derived once at the end (the same store: tests/test_incremental_followthrough.py).
`--whole` also times importing all max(N) meetings as one folder.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.history_text import history  # noqa: E402

TABLES = ["items", "actions", "followups", "item_links", "topic_items", "item_topics"]


def write_history(folder: Path, count: int) -> list[Path]:
    paths = []
    for date, text in history(count):
        path = folder / f"{date.isoformat()}-minutes.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def counts(db_path: Path) -> dict[str, int]:
    import sqlite3

    conn = sqlite3.connect(db_path)
    try:
        found = {}
        for table in TABLES:
            try:
                found[table] = conn.execute(f"select count(*) from {table}").fetchone()[0]
            except sqlite3.OperationalError:
                continue  # a table this version of cpb does not have
        return found
    finally:
        conn.close()


def import_files(db_path: Path, paths: list[Path], base: str) -> float:
    """Import `paths` into the store at `db_path`; seconds taken."""
    from cpb_tui.services.import_run import import_one
    from cpb_tui.store import Store

    store = Store.open(db_path)
    start = time.perf_counter()
    try:
        if base == "bulk" and hasattr(store, "deferred_followthrough"):
            with store.deferred_followthrough():
                for path in paths:
                    result = import_one(store, path, None, None, False)
                    assert result.status == "imported", result.message
        else:
            for path in paths:
                result = import_one(store, path, None, None, False)
                assert result.status == "imported", result.message
    finally:
        store.close()
    return time.perf_counter() - start


def time_one(db_path: Path, path: Path) -> float:
    from cpb_tui.services.import_run import import_one
    from cpb_tui.store import Store

    store = Store.open(db_path)
    try:
        start = time.perf_counter()
        result = import_one(store, path, None, None, False)
        elapsed = time.perf_counter() - start
    finally:
        store.close()
    assert result.status == "imported", result.message
    return elapsed


def paired(folder: Path, paths: list[Path], ns: list[int], runs: int, base: str, following: int = 1) -> None:
    """Every N's base kept, then `runs` rounds, each importing the Nth meeting (and the `following` - 1 after it) once per N in a shuffled order."""
    import random

    bases, built, growing = {}, 0, folder / "growing.db"
    for n in ns:
        if n - 1 > built:
            import_files(growing, paths[built : n - 1], base)
            built = n - 1
        bases[n] = folder / f"base-{n}.db"
        if growing.exists():
            store_checkpoint(growing)
            shutil.copyfile(growing, bases[n])
    times: dict[int, list[float]] = {n: [] for n in ns}
    rounds: dict[int, list[float]] = {}
    copy = folder / "copy.db"
    for _ in range(runs):
        for n in random.sample(ns, len(ns)):
            for suffix in ("", "-wal", "-shm"):
                Path(str(copy) + suffix).unlink(missing_ok=True)
            if bases[n].exists():
                shutil.copyfile(bases[n], copy)
            round_times = [time_one(copy, paths[n - 1 + k]) for k in range(following)]
            times[n] += round_times
            rounds.setdefault(n, []).append(statistics.median(round_times))
    first = ns[1] if len(ns) > 1 and ns[0] == 1 else ns[0]
    print(f"paired: {runs} rounds, each N once a round in a shuffled order, meetings N to N+{following - 1} imported in turn;"
          f" ratio = median over the rounds of (the round's median at N / at N={first})")
    print("N\tmedian ms\tp95 ms\tratio to N=" + str(first))
    for n in ns:
        ratios = sorted(a / b for a, b in zip(rounds[n], rounds[first]))
        print(f"{n}\t{statistics.median(times[n]) * 1000:.0f}\t{p95(times[n]) * 1000:.0f}\t{statistics.median(ratios):.2f}", flush=True)


def store_checkpoint(db_path: Path) -> None:
    """Fold the write-ahead log into the file, so a copy of the file alone is the whole store."""
    import sqlite3

    conn = sqlite3.connect(db_path)
    try:
        conn.execute("pragma wal_checkpoint(truncate)")
    finally:
        conn.close()


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ns", default="1,10,100,200,600")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--base", choices=["bulk", "sequential"], default="bulk")
    parser.add_argument("--whole", action="store_true", help="also time importing every meeting as one folder")
    parser.add_argument("--next", type=int, default=1,
                        help="with --paired: import the next K meetings (N to N+K-1) one after another, each timed, so one meeting's content does not decide a figure")
    parser.add_argument("--paired", action="store_true",
                        help="build every base first, then time the Ns in turns (a shuffled order each run), so each N meets the same moments")
    args = parser.parse_args()
    ns = sorted(int(n) for n in args.ns.split(","))
    with tempfile.TemporaryDirectory(prefix="cpb-import-scale-") as tmp:
        folder = Path(tmp)
        docs = folder / "docs"
        docs.mkdir()
        paths = write_history(docs, max(ns) + max(0, args.next - 1))
        base_path = folder / "base.db"
        built = 0
        print(f"one committee, {max(ns)} meetings generated; base stores built by {args.base} import")
        print("N\tmedian ms\tp95 ms\truns\tbase built s\t" + "\t".join(TABLES))
        history_length = max(ns)
        if args.paired:
            paired(folder, paths, ns, args.runs, args.base, args.next)
            ns = []
        for n in ns:
            # Grow the base store to N-1 meetings (each N builds on the last).
            started = time.perf_counter()
            if n - 1 > built:
                import_files(base_path, paths[built : n - 1], args.base)
                built = n - 1
            build_seconds = time.perf_counter() - started
            times = []
            copy = folder / "copy.db"
            for _ in range(args.runs):
                for suffix in ("", "-wal", "-shm"):
                    Path(str(copy) + suffix).unlink(missing_ok=True)
                if base_path.exists():
                    shutil.copyfile(base_path, copy)
                times.append(time_one(copy, paths[n - 1]))
            after = counts(copy)
            print(
                f"{n}\t{statistics.median(times) * 1000:.0f}\t{p95(times) * 1000:.0f}\t{args.runs}\t{build_seconds:.1f}\t"
                + "\t".join(str(after.get(t, "-")) for t in TABLES),
                flush=True,
            )
        if args.whole:
            whole = folder / "whole.db"
            seconds = import_files(whole, paths[:history_length], "bulk")
            after = counts(whole)
            print(f"all {history_length} meetings as one folder: {seconds:.1f} s; " + ", ".join(f"{t} {c}" for t, c in after.items()))


if __name__ == "__main__":
    main()
