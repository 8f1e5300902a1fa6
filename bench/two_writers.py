"""Two writers at once: clerks adding action notes while an import runs, and stores created in a race.

Run: python bench/two_writers.py [--seconds 20] [--notes 2] [--importers 1] [--json]
     python bench/two_writers.py race [--processes 4] [--rounds 10] [--json]

`writers` (the default) builds a store with one action, then starts real processes that
run the `cpb` command for as long as asked: each note process adds notes with
`cpb actions note`, each import process imports new versions of a report with `cpb import`.
Every command opens the store, writes and closes it, as a clerk's would. At the end the
store is read back: a write that a process saw succeed but that is not in the store is lost.

`race` starts several processes that open one new store at the same moment, many times.

It prints the failures (with the first few messages), the lost writes and how long the
slowest command took. `--json` prints the same as one JSON object (the suite reads it).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

REPORT = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "report.txt"
ACTION_TEXT = "Bring the two-writer test report to the next meeting"


def run_cpb(args: list[str]) -> str | None:
    """Run one `cpb` command in this process; None if it succeeded, else what went wrong."""
    import click

    from cpb_tui.cli import cli

    try:
        cli.main(args, prog_name="cpb", standalone_mode=False)
    except click.ClickException as error:
        return error.format_message()
    except click.exceptions.Exit as error:
        return None if error.exit_code == 0 else f"exit status {error.exit_code}"
    except BaseException as error:  # a traceback in real use: exactly what this counts
        return f"{type(error).__name__}: {error}"
    return None


def worker(kind: str, name: str, db: str, seconds: float, out: str, folder: str) -> None:
    """Write for `seconds`, then save what succeeded and what failed to `out` as JSON."""
    import contextlib
    import io

    done: list[str] = []
    failures: list[str] = []
    slowest = 0.0
    deadline = time.monotonic() + seconds
    serial = 0
    while time.monotonic() < deadline:
        serial += 1
        if kind == "note":
            token = f"{name} note {serial}"
            args = ["--db", db, "actions", "--as", name, "note", "1", token]
        else:
            path = Path(folder) / f"{name}-{serial}" / "report.txt"
            path.parent.mkdir(parents=True)
            path.write_text(REPORT.read_text(encoding="utf-8") + f"\n\nVersion {name} {serial}.\n", encoding="utf-8")
            token = str(path)
            args = ["--db", db, "import", token]
        start = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            problem = run_cpb(args)
        slowest = max(slowest, time.perf_counter() - start)
        if problem is None:
            done.append(token)
        else:
            failures.append(problem.splitlines()[-1] if problem.strip() else problem)
    Path(out).write_text(json.dumps({"done": done, "failures": failures, "slowest": slowest}), encoding="utf-8")


def writers(seconds: float, notes: int, importers: int) -> dict:
    """Note and import processes on one store; returns counts of writes, failures and lost writes."""
    from cpb_tui.store import Store

    with tempfile.TemporaryDirectory(prefix="cpb-two-writers-") as folder_name:
        folder = Path(folder_name)
        db = folder / "cpb.db"
        store = Store.open(db)
        store.add_action("bench", ACTION_TEXT, committee="Two Writers Board")
        store.close()
        jobs = [("note", f"clerk{n + 1}") for n in range(notes)] + [("import", f"import{n + 1}") for n in range(importers)]
        processes = []
        for kind, name in jobs:
            out = folder / f"{name}.json"
            command = [sys.executable, __file__, "worker", kind, name, str(db), str(seconds), str(out), str(folder)]
            env = {**os.environ, "CPB_HOME": str(folder / "home")}
            processes.append((kind, name, out, subprocess.Popen(command, env=env)))
        results = {}
        for kind, name, out, process in processes:
            process.wait()
            results[name] = (kind, json.loads(out.read_text(encoding="utf-8")) if out.exists() else None)
        store = Store.open(db)
        noted = [e.note for e in store.history(1) if e.event == "note"]
        versions = {
            row[0]
            for row in store.db.execute("select source from documents where parent_id is null union all select source from document_versions")
        }
        store.close()
    report: dict = {"seconds": seconds, "attempts": 0, "failures": 0, "lost": 0, "crashed": [], "messages": [], "slowest": 0.0}
    for name, (kind, result) in results.items():
        if result is None:
            report["crashed"].append(name)
            continue
        report["attempts"] += len(result["done"]) + len(result["failures"])
        report["failures"] += len(result["failures"])
        report["messages"].extend(result["failures"][:3])
        report["slowest"] = max(report["slowest"], result["slowest"])
        kept = noted if kind == "note" else versions
        report["lost"] += sum(1 for token in result["done"] if token not in kept)
        report[f"{name} done"] = len(result["done"])
    report["slowest"] = round(report["slowest"], 3)
    return report


def racer(db: str, start_at: float, out: str) -> None:
    """Open (so create) the store at `db` once `start_at` comes; note any failure."""
    while time.time() < start_at:
        time.sleep(0.001)
    try:
        from cpb_tui.store import Store

        Store.open(db).close()
        problem = None
    except BaseException as error:
        problem = f"{type(error).__name__}: {error}"
    Path(out).write_text(json.dumps({"failure": problem}), encoding="utf-8")


def race(processes: int, rounds: int) -> dict:
    """`processes` processes creating one new store at once, `rounds` times; returns the failures."""
    report: dict = {"processes": processes, "rounds": rounds, "opens": 0, "failures": 0, "messages": [], "complete": 0}
    with tempfile.TemporaryDirectory(prefix="cpb-race-") as folder_name:
        for round_number in range(rounds):
            folder = Path(folder_name) / f"round{round_number}"
            folder.mkdir()
            db = folder / "store" / "cpb.db"
            start_at = time.time() + 1.0  # every process is up and waiting by then
            started = []
            for n in range(processes):
                out = folder / f"{n}.json"
                started.append((out, subprocess.Popen([sys.executable, __file__, "racer", str(db), str(start_at), str(out)])))
            for out, process in started:
                process.wait()
                result = json.loads(out.read_text(encoding="utf-8"))
                report["opens"] += 1
                if result["failure"]:
                    report["failures"] += 1
                    if len(report["messages"]) < 3:
                        report["messages"].append(result["failure"])
            from cpb_tui.store import Store
            from cpb_tui.store.migrations import migrations

            try:
                store = Store.open(db)
                applied = [row[0] for row in store.db.execute("select name from _sqlite_migrations")]
                store.close()
                report["complete"] += applied == [m.name for m in migrations._migrations]
            except BaseException as error:
                report["messages"].append(f"afterwards: {type(error).__name__}: {error}")
    return report


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "worker":
        kind, name, db, seconds, out, folder = sys.argv[2:8]
        worker(kind, name, db, float(seconds), out, folder)
        return
    if len(sys.argv) > 1 and sys.argv[1] == "racer":
        racer(sys.argv[2], float(sys.argv[3]), sys.argv[4])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", nargs="?", choices=["writers", "race"], default="writers")
    parser.add_argument("--seconds", type=float, default=20.0, help="How long the writers write.")
    parser.add_argument("--notes", type=int, default=2, help="Processes adding action notes.")
    parser.add_argument("--importers", type=int, default=1, help="Processes importing documents.")
    parser.add_argument("--processes", type=int, default=4, help="Processes creating one store (race).")
    parser.add_argument("--rounds", type=int, default=10, help="New stores to race over (race).")
    parser.add_argument("--json", action="store_true", help="Print one JSON object.")
    args = parser.parse_args()
    os.environ.pop("CPB_DB", None)
    if args.mode == "race":
        report = race(args.processes, args.rounds)
    else:
        report = writers(args.seconds, args.notes, args.importers)
    print_report(report, args.json, "messages")


def print_report(report: dict, as_json: bool, examples: str) -> None:
    """Print a report as one JSON object, or as a line per figure with the `examples` list under them."""
    if as_json:
        print(json.dumps(report))
        return
    for key, value in report.items():
        if key != examples:
            print(f"{key}: {value}")
    for example in report[examples][:10]:
        print(f"  e.g. {example}")


if __name__ == "__main__":
    main()
