"""Time from `cpb` starting to the meetings list on screen, on the demo store.

Run: python bench/first_screen.py [--runs 5]

Each run starts a fresh interpreter that imports cpb, opens the app headless on the demo
database and stops as soon as the meetings table has its rows; the figure is wall time
from launching the process, so interpreter start-up and imports are included.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import asyncio, sys, time
from pathlib import Path
from cpb_tui.tui.app import make_app

async def main():
    app = make_app(Path(sys.argv[1]))
    async with app.run_test(size=(120, 36)) as pilot:
        while True:
            screen = app.screen
            meetings = getattr(screen, "meetings", None)
            if meetings:
                break
            await asyncio.sleep(0.005)
    print(time.time())

asyncio.run(main())
"""

# The floor: a bare Textual app with one Static, started and shown the same way.
BASELINE = r"""
import asyncio, time
from textual.app import App
from textual.widgets import Static

class Bare(App):
    def compose(self):
        yield Static("hello")

async def main():
    async with Bare().run_test(size=(120, 36)) as pilot:
        await pilot.pause()
    print(time.time())

asyncio.run(main())
"""


def _timed(code: str, *args: str) -> float:
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1]) - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from cpb_tui.services.demo import build_demo

    with tempfile.TemporaryDirectory() as folder:
        db = build_demo(Path(folder) / "demo.db")
        times = [_timed(CHILD, str(db)) for _ in range(args.runs)]
        baseline = [_timed(BASELINE) for _ in range(args.runs)]
        help_times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "cpb_tui", "--help"], capture_output=True, check=True)
            help_times.append(time.perf_counter() - start)
    print(f"time to first screen (meetings listed), {args.runs} runs: median {statistics.median(times):.2f} s, max {max(times):.2f} s")
    print(f"bare Textual app, same harness, {args.runs} runs: median {statistics.median(baseline):.2f} s")
    print(f"cpb --help, {args.runs} runs: median {statistics.median(help_times):.3f} s")


if __name__ == "__main__":
    main()
