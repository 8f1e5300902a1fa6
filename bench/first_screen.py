"""Time from `cpb` starting to the meetings list on screen, against a bare Textual app, on three stores.

Run: python bench/first_screen.py [--runs 7] [--stores demo,10k,archive] [--archive FOLDER]

Stores: the demo store; 10,000 meetings over 100 committees with 20,000 actions (owners,
events, follow-ups: bench/large_store.py), built in a temporary folder; and the 200,000-section
search archive, built beforehand with `python bench/search_archive.py --keep FOLDER` and named
with --archive (skipped without it).

Each round runs, in a shuffled order, cpb on every store and the bare app once per store (so
each store's cpb run has a bare run of its own in the same round), each a fresh interpreter:
the figure is wall time from launching the process to the first frame with the meetings'
rows (cpb) or the one `Static` (bare) laid out and rendered, so interpreter start-up and
imports are included. cpb runs from bytecode, as an installed cpb does
(PYTHONDONTWRITEBYTECODE is dropped; --source keeps it). Reported per store: median, p95 and
max of each, and the median over rounds of cpb's time over its bare run's in that round.
With --widgets, Textual's widgets as the home screen uses them (no cpb) run too, a second floor.
With --before FOLDER, another cpb (FOLDER/cpb_tui, e.g. main's) runs as a third kind in the same rounds.
`cpb --help` is timed too (it imports neither Textual nor the store).
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

# Both children stop at the same point: what they show is mounted, every message already queued
# for the screen's widgets handled, then the screen laid out and rendered (as bench/tui_latency.py).
PAINTED = r"""
import asyncio, sys, time

async def painted(pilot, condition):
    while not condition():
        await asyncio.sleep(0.002)
    for _ in range(2):
        await pilot._wait_for_screen()
    pilot.app.screen._on_timer_update()
"""

CHILD = PAINTED + r"""
from pathlib import Path
from cpb_tui.tui.app import make_app

def shown(app):
    table = getattr(app.screen, "summaries", None)
    return bool(table) and app.screen.query_one("#meetings-table").row_count > 0

async def main():
    app = make_app(Path(sys.argv[1]))
    async with app.run_test(size=(120, 36)) as pilot:
        await painted(pilot, lambda: shown(app))
        print(time.time())

asyncio.run(main())
"""

# The floor: a bare Textual app with one Static, started and shown the same way.
BASELINE = PAINTED + r"""
from textual.app import App
from textual.widgets import Static

class Bare(App):
    def compose(self):
        yield Static("hello")

async def main():
    app = Bare()
    async with app.run_test(size=(120, 36)) as pilot:
        await painted(pilot, lambda: bool(app.screen.query(Static)))
        print(time.time())

asyncio.run(main())
"""


# A second floor: Textual's own widgets as the home screen uses them (a header, a title, a data
# table holding a screenful of rows with fixed columns, a footer), no cpb: what they cost.
WIDGETS = PAINTED + r"""
from rich.text import Text
from textual.app import App
from textual.widgets import DataTable, Footer, Header, Static

class Widgets(App):
    BINDINGS = [(k, "bell", k) for k in ("q", "question_mark", "slash", "A", "b", "enter", "ctrl+p")]

    def compose(self):
        yield Header()
        yield Static("Meetings: the next one first, then the most recent")
        table = DataTable(cursor_type="row", zebra_stripes=True)
        for label, width in {" ": 4, "Date": 17, "Committee": 40, "Items": 5, "Open": 4, "Overdue": 7, "Status": 9}.items():
            table.add_column(label, width=width)
        for n in range(100):
            table.add_row(Text(""), Text("Thursday 12 March 2026"), Text(f"Committee {n:03d}"), Text("3", justify="right"),
                          Text("2", justify="right"), Text("1", style="bold red"), Text("held", style="dim"), key=str(n))
        yield table
        yield Footer()

async def main():
    app = Widgets()
    async with app.run_test(size=(120, 36)) as pilot:
        await painted(pilot, lambda: bool(app.screen.query(DataTable)) and app.screen.query_one(DataTable).row_count > 0)
        print(time.time())

asyncio.run(main())
"""


def _timed(code: str, env: dict, *args: str) -> float:
    start = time.time()
    # Run from elsewhere than the repository: cpb is the installed one (or PYTHONPATH's, for a before figure).
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, cwd=tempfile.gettempdir())
    if out.returncode:
        sys.exit(f"a timed run failed:\n{out.stderr}")
    return float(out.stdout.strip().splitlines()[-1]) - start


def _child(kind: str, env: dict, store: Path) -> tuple:
    """The code, environment and arguments of one timed run of this kind."""
    if kind == "bare":
        return BASELINE, env
    if kind == "widgets":
        return WIDGETS, env
    return CHILD, env, str(store)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def build_stores(folder: Path, wanted: list[str], archive: Path | None) -> dict[str, Path]:
    from cpb_tui.services.demo import build_demo

    stores: dict[str, Path] = {}
    for name in wanted:
        if name == "demo":
            stores[name] = build_demo(folder / "demo.db")
        elif name == "10k":
            from bench.large_store import build_large_store

            start = time.perf_counter()
            build_large_store(folder / "big.db", meetings=10_000, actions=20_000).close()
            print(f"10k store built in {time.perf_counter() - start:.0f} s", file=sys.stderr)
            stores[name] = folder / "big.db"
        elif name == "archive":
            if archive is None or not (archive / "archive.db").is_file():
                print("archive: skipped (build it with bench/search_archive.py --keep FOLDER, then --archive FOLDER)")
                continue
            stores[name] = archive / "archive.db"
    return stores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="rounds (default 7)")
    parser.add_argument("--stores", default="demo,10k,archive", help="which stores, comma-separated (default all three)")
    parser.add_argument("--archive", type=Path, help="a folder kept by bench/search_archive.py --keep")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--source", action="store_true", help="keep PYTHONDONTWRITEBYTECODE: compile cpb from source each run")
    parser.add_argument("--widgets", action="store_true", help="also time Textual's widgets as the home screen uses them, no cpb (a second floor)")
    parser.add_argument("--before", type=Path, help="a folder holding another cpb_tui/ (e.g. main's), run as a third kind in the same rounds")
    args = parser.parse_args()
    env = dict(os.environ)
    if not args.source:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    envs = {"cpb": env, "bare": env}
    if args.widgets:
        envs["widgets"] = env
    if args.before:
        envs["before"] = {**env, "PYTHONPATH": str(args.before.resolve())}
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="cpb-first-") as tmp:
        stores = build_stores(Path(tmp), args.stores.split(","), args.archive)
        jobs = [(name, kind) for name in stores for kind in envs]
        times: dict[tuple[str, str], list[float]] = {job: [] for job in jobs}
        for name, path in stores.items():  # warm-up: bytecode written, files in the page cache
            for kind in envs:
                _timed(*_child(kind, envs[kind], path))
        ratios: dict[tuple[str, str], list[float]] = {(name, kind): [] for name, kind in jobs}
        for _ in range(args.runs):
            rng.shuffle(jobs)
            round_times = {}
            for name, kind in jobs:
                round_times[name, kind] = _timed(*_child(kind, envs[kind], stores[name]))
                times[name, kind].append(round_times[name, kind])
            for name, kind in jobs:
                ratios[name, kind].append(round_times[name, kind] / round_times[name, "bare"])
        help_times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "cpb_tui", "--help"], capture_output=True, check=True, env=env)
            help_times.append(time.perf_counter() - start)
    load = os.getloadavg()
    print(f"{args.runs} rounds; load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
    print(f"{'store':<9}{'what':<6}{'median ms':>10}{'p95 ms':>8}{'max ms':>8}{'cpb / bare':>12}")
    for name in stores:
        for kind in envs:
            ms = [t * 1000 for t in times[name, kind]]
            ratio = f"{statistics.median(ratios[name, kind]):.2f}x" if kind != "bare" else ""
            print(f"{name:<9}{kind:<6}{statistics.median(ms):>10.0f}{percentile(ms, 0.95):>8.0f}{max(ms):>8.0f}{ratio:>12}")
    ms = [t * 1000 for t in help_times]
    print(f"cpb --help: median {statistics.median(ms):.0f} ms, p95 {percentile(ms, 0.95):.0f} ms")


if __name__ == "__main__":
    main()
