"""`cpb brief next` on the demo store as a whole process, against its peers `cpb show next` (the
same meeting's agenda and resolutions) and `python -c pass` (the floor), in shuffled rounds.

Run: python bench/brief.py [--runs 21]

The demo store is built once in a temporary CPB_HOME. Each round runs every command once as a
fresh process (output to a pipe), in a shuffled order, so a command and its peer share the
machine's moments. Reported: median, p95 and max of each.
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

from bench.search_archive import percentile  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    cpb = str(Path(sys.executable).with_name("cpb"))
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "CPB_HOME": home}
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # from bytecode, as an installed cpb runs
        subprocess.run([cpb, "demo", "--no-open"], env=env, check=True, capture_output=True)
        commands = {
            "cpb brief next": [cpb, "brief", "next"],
            "cpb brief next --format html": [cpb, "brief", "next", "--format", "html"],
            "cpb show next": [cpb, "show", "next"],
            "python -c pass": [sys.executable, "-c", "pass"],
        }
        times: dict[str, list[float]] = {label: [] for label in commands}
        for _ in range(args.runs):
            for label in random.sample(list(commands), len(commands)):
                start = time.perf_counter()
                subprocess.run(commands[label], env=env, check=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
                times[label].append(time.perf_counter() - start)
    print(f"{'command':32} {'median':>8} {'p95':>8} {'max':>8}   ({args.runs} rounds)")
    for label, found in times.items():
        ms = sorted(t * 1000 for t in found)
        print(f"{label:32} {statistics.median(ms):7.0f}ms {percentile(ms, 0.95):7.0f}ms {ms[-1]:7.0f}ms")


if __name__ == "__main__":
    main()
