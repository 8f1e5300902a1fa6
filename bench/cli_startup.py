"""Commands as whole processes, start-up included, against ripgrep over the same text and `python -c pass`.

Run: python bench/search_archive.py --keep /tmp/archive     # once: the 200,000-section archive and its text
     python bench/cli_startup.py --archive /tmp/archive [--runs 21]

Each run is one round of every command, in a shuffled order, each a fresh process timed
from launch to exit (output to a pipe, as `cpb search ... | less` would): `cpb search` for a
few queries and ripgrep for the same queries over the archive's text files (bench/search_archive.py
`rg_command`: the folders and files a filter names); `cpb actions list` and ripgrep over the
actions' text; `cpb read` on one meeting and ripgrep over that meeting's text; and the floors,
`python -c pass` and `cpb --version`. A command and its peer are measured in the same rounds,
so a busy moment of the machine falls on both. cpb runs from bytecode, as an installed cpb
does: PYTHONDONTWRITEBYTECODE is dropped for the commands unless --source is given. Reported:
median, p95 and max of each, and the median over rounds of each command's time divided by its
peer's in the same round.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.search_archive import percentile, rg_command  # noqa: E402

QUERIES = ["budget", "safeguarding", '"council tax"', "placem*", "the", "care kind:minutes committee:cpb"]


def commands(archive: Path) -> list[tuple[str, list[str], str | None]]:
    """(label, command, the label of its peer or None) for every command timed."""
    cpb = str(Path(sys.executable).with_name("cpb"))
    text = archive / "text"
    rows: list[tuple[str, list[str], str | None]] = [
        ("python -c pass", [sys.executable, "-c", "pass"], None),
        ("cpb --version", [cpb, "--version"], None),
    ]
    for query in QUERIES:
        rows.append((f"rg {query}", rg_command(query, text), None))
        rows.append((f"cpb search {query}", [cpb, "search", query], f"rg {query}"))
    rows.append(("rg action texts", ["rg", "--count", "--no-messages", "-g", "*-action.txt", ".", str(text)], None))
    rows.append(("cpb actions list", [cpb, "actions", "list"], "rg action texts"))
    meeting = sorted(text.glob("corporate-parenting-board/*/*-item.txt"))[-1]
    date = meeting.name[:10]
    rows.append(("rg one meeting", ["rg", "--no-messages", "."] + [str(p) for p in meeting.parent.glob(f"{date}-*.txt")], None))
    rows.append(("cpb read", [cpb, "read", date, "--committee", "corporate parenting", "4"], "rg one meeting"))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--archive", type=Path, required=True, help="a folder made by bench/search_archive.py --keep")
    parser.add_argument("--runs", type=int, default=21, help="rounds of every command (default 21)")
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--source", action="store_true", help="keep PYTHONDONTWRITEBYTECODE: compile cpb from source each run")
    args = parser.parse_args()
    if shutil.which("rg") is None:
        sys.exit("ripgrep (rg) is not installed: install it (apt-get install ripgrep) and run again")
    env = dict(os.environ, CPB_DB=str(args.archive / "archive.db"), CPB_HOME=str(args.archive / "home"))
    if not args.source:
        # As installed: cpb's modules run from bytecode (the warm-up writes it), not compiled each time.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    rows = commands(args.archive)
    times: dict[str, list[float]] = {label: [] for label, _, _ in rows}
    rng = random.Random(args.seed)
    for label, command, _ in rows:  # warm-up: files in the page cache, and any failure seen now
        done = subprocess.run(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        if done.returncode not in (0, 1):
            sys.exit(f"{label} failed ({done.returncode}): {done.stderr.decode(errors='replace')[:400]}")
    for _ in range(args.runs):
        order = rows[:]
        rng.shuffle(order)
        for label, command, _ in order:
            start = time.perf_counter()
            subprocess.run(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            times[label].append(time.perf_counter() - start)
    print(f"{'command':<44}{'median ms':>10}{'p95 ms':>8}{'max ms':>8}  vs peer (median of per-round ratios)")
    for label, _, peer in rows:
        ms = [t * 1000 for t in times[label]]
        line = f"{label:<44}{statistics.median(ms):>10.1f}{percentile(ms, 0.95):>8.1f}{max(ms):>8.1f}"
        if peer is not None:
            ratios = [mine / theirs for mine, theirs in zip(times[label], times[peer])]
            faster = sum(r < 1 for r in ratios)
            line += f"  {statistics.median(ratios):.2f}x {peer} (faster in {faster} of {len(ratios)} rounds)"
        print(line)


if __name__ == "__main__":
    main()
