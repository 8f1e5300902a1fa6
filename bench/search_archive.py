"""Search at scale: a synthetic archive, query latency by kind of query, and ripgrep on the same text.

Run: python bench/search_archive.py                      # 200,000 report sections (about 7 minutes here)
     python bench/search_archive.py --sections 20000     # the small run (well under a minute)

Builds, in a temporary folder that is deleted afterwards (unless --keep), twenty years of a
county council's committees (bench/archive_text.py: invented text, skewed word frequencies),
with items, minutes, report sections, resolutions and actions. The tables are filled first and
indexed after (`Store.reindex`), as a bulk import would. The same passages are written as text
files, one per meeting and kind of passage, one passage a line, for ripgrep.

Then each query of each kind (single words, phrases, prefixes, filters) runs through
`Store.search` (top 20 with snippets) `--runs` times after a warm-up; the median and p95 of
every kind are reported, with the index's size, and the same queries run with `rg` over the
files (the text a query names, in the folders and files a filter names). `rg` missing is said,
not fatal.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.archive_text import COMMITTEES, COUNCIL, OWNERS, PROCEDURAL_TITLES, ArchiveWriter, meeting_dates  # noqa: E402
from cpb_tui.domain import clock  # noqa: E402
from cpb_tui.domain.text import title_key  # noqa: E402
from cpb_tui.search.plain import markdown_text, plain_text  # noqa: E402
from cpb_tui.search.query import parse_query  # noqa: E402
from cpb_tui.store import Store  # noqa: E402

FIRST_YEAR, YEARS = 2006, 20
TODAY = __import__("datetime").date(FIRST_YEAR + YEARS, 1, 15)

# The queries: words from the commonest ("the", in nearly every passage) to invented names;
# phrases; prefixes of two letters up; words with filters, and filters alone.
WORDS = [
    "the", "and", "council", "report", "services", "children", "care", "budget", "performance",
    "placement", "safeguarding", "recruitment", "adoption", "guardianship", "pension", "flooding",
    "dementia", "biodiversity", "whistleblowing", "reunification", "apprenticeships", "potholes",
    "actuarial", "ombudsman", "Ashleyford", "Marowcombe", "Quenisbury", "Ververwick",
]
PHRASES = [
    '"special guardianship orders"', '"care leavers"', '"council tax"', '"foster carers"', '"placement sufficiency"',
    '"treasury management"', '"internal audit"', '"hospital discharge"', '"flood risk"', '"road safety"',
    '"net zero"', '"local plan"', '"the council"', '"of the"', '"performance report"', '"further report"',
    '"mental health"', '"children in care"', '"statement of accounts"', '"better care fund"',
]
PREFIXES = [
    "co*", "ch*", "pl*", "re*", "sa*", "fo*", "pla*", "fos*", "gua*", "pen*", "sch*", "aud*",
    "guard*", "placem*", "recruit*", "safegu*", "environ*", "commiss*", "Ashl*", "Quen*",
]
FILTERS = [
    "children kind:resolution", "budget committee:cabinet", "placement after:2020", "fostering before:2010",
    "kind:action status:open", "committee:audit kind:report", '"council tax" during:2019', "care kind:minutes committee:cpb",
    "the kind:report", "report after:2024", "services committee:\"health and wellbeing\"", "risk -audit kind:report",
    "pension committee:pension after:2015 before:2020", "safeguarding OR exploitation kind:report", "kind:resolution after:2024",
    "flooding committee:environment", "status:done", "performance -committee:cabinet before:2012",
    "guardianship kind:report|resolution", "council during:2016-06",
]
KINDS = {"single words": WORDS, "phrases": PHRASES, "prefixes": PREFIXES, "filters": FILTERS}


# --- building the archive ----------------------------------------------------------------


class Archive:
    """Fills a store's tables and the matching text files, meeting by meeting."""

    def __init__(self, store: Store, text_dir: Path, sections: int, seed: int) -> None:
        self.store = store
        self.text_dir = text_dir
        self.writer = ArchiveWriter(seed)
        self.rng = random.Random(seed + 1)
        self.target = sections
        self.ids: dict[str, int] = {}
        self.rows: dict[str, list[dict]] = {}
        self.counts: dict[str, int] = {}

    def next_id(self, table: str) -> int:
        self.ids[table] = self.ids.get(table, 0) + 1
        return self.ids[table]

    def add(self, table: str, row: dict) -> None:
        self.rows.setdefault(table, []).append(row)
        self.counts[table] = self.counts.get(table, 0) + 1

    def flush(self) -> None:
        order = ["committees", "meetings", "items", "documents", "sections", "resolutions", "actions", "action_owners"]
        for table in order:
            rows = self.rows.pop(table, [])
            if rows:
                self.store.db[table].insert_all(rows, batch_size=2000)

    def build(self) -> dict[str, int]:
        schedule = []
        for committee_id, (name, per_year, theme) in enumerate(COMMITTEES, start=1):
            self.add("committees", {"id": committee_id, "name": name, "name_key": title_key(name), "council": COUNCIL})
            for date in meeting_dates(self.rng, per_year, FIRST_YEAR, YEARS):
                schedule.append((date, committee_id, name, theme))
        schedule.sort()
        per_meeting = self.target / len(schedule)
        made = 0
        with self.store.db.atomic():
            for index, (date, committee_id, name, theme) in enumerate(schedule):
                # Spread the sections evenly, whatever the total asked for.
                quota = round(per_meeting * (index + 1)) - made
                made += quota
                self.meeting(date, committee_id, name, theme, quota)
                if index % 40 == 39:
                    self.flush()
            self.flush()
        return self.counts

    def meeting(self, date, committee_id: int, committee: str, theme: str, quota: int) -> None:
        w, rng = self.writer, self.rng
        meeting_id = self.next_id("meetings")
        self.add("meetings", {
            "id": meeting_id, "committee_id": committee_id, "date": date.isoformat(), "time": "10.00 am",
            "venue": "Council Chamber", "status": "held", "minutes_status": "approved",
        })
        pack_id = self.next_id("documents")
        now = f"{date.isoformat()}T09:00:00+00:00"
        self.add("documents", {
            "id": pack_id, "meeting_id": meeting_id, "kind": "agenda pack", "title": f"{committee} agenda pack",
            "source": f"{date.isoformat()}-pack.pdf", "name": f"{date.isoformat()}-pack.pdf",
            "sha256": hashlib.sha256(f"{meeting_id}".encode()).hexdigest(), "imported_at": now,
        })
        lines: dict[str, list[str]] = {"item": [], "minutes": [], "report": [], "resolution": [], "action": []}
        business = max(1, min(10, quota // 8 or 1))
        titles = PROCEDURAL_TITLES[:3] + [w.title(theme) for _ in range(business)]
        sections_left = quota
        for position, title in enumerate(titles):
            item_id = self.next_id("items")
            procedural = position < 3
            purpose = None if procedural else f"To consider the {title.lower()}."
            minutes = w.minutes(theme) if not procedural or rng.random() < 0.3 else None
            exempt = not procedural and rng.random() < 0.01
            self.add("items", {
                "id": item_id, "meeting_id": meeting_id, "agenda_number": str(position + 1),
                "minute_number": str(position + 1), "title": title, "title_key": title_key(title), "purpose": purpose,
                "exempt": int(exempt), "exempt_reason": "Paragraph 3" if exempt else None, "position": position,
                "minutes": minutes,
            })
            lines["item"].append(plain_text(title) + " " + plain_text(purpose))
            if minutes:
                lines["minutes"].append(markdown_text(minutes))
            if procedural:
                continue
            share = sections_left // (len(titles) - position)
            sections_left -= share
            if share:
                report_id = self.next_id("documents")
                self.add("documents", {
                    "id": report_id, "parent_id": pack_id, "meeting_id": meeting_id, "item_id": item_id,
                    "kind": "report", "title": title, "author": rng.choice(OWNERS),
                    "source": f"{date.isoformat()}-pack.pdf", "imported_at": now,
                })
                for number in range(1, share + 1):
                    heading, body = w.heading(theme), w.section_body(theme, str(number))
                    self.add("sections", {
                        "id": self.next_id("sections"), "document_id": report_id, "item_id": item_id,
                        "number": str(number), "heading": heading, "level": 1, "body": body, "position": number,
                        "is_recommendation": int(number == 2),
                    })
                    lines["report"].append(f"{number} {heading} " + markdown_text(body))
            for clause, (text, verb, asks) in enumerate(w.resolutions(theme, title, date)):
                resolution_id = self.next_id("resolutions")
                label = "i ii iii".split()[clause]
                self.add("resolutions", {
                    "id": resolution_id, "item_id": item_id, "document_id": pack_id, "label": label,
                    "lead_in": "That the Committee:", "text": text, "verb": verb, "position": clause,
                })
                lines["resolution"].append(text)
                if asks:
                    action_id = self.next_id("actions")
                    age = (TODAY - date).days
                    status = "open" if age < 400 else rng.choice(["done", "done", "done", "dropped"])
                    owner = rng.choice(OWNERS)
                    self.add("actions", {
                        "id": action_id, "committee_id": committee_id, "meeting_id": meeting_id, "item_id": item_id,
                        "resolution_id": resolution_id, "kind": "update", "text": text.replace("Asks ", "", 1).capitalize(),
                        "due_set_by": "extracted", "status": status, "origin": "extracted",
                        "extraction_key": f"resolution:{resolution_id}:0", "created_at": now,
                    })
                    self.add("action_owners", {"action_id": action_id, "owner": owner, "position": 0})
                    lines["action"].append(f"{text} ({owner})")
        folder = self.text_dir / _slug(committee) / str(date.year)
        folder.mkdir(parents=True, exist_ok=True)
        for kind, passages in lines.items():
            if passages:
                (folder / f"{date.isoformat()}-{kind}.txt").write_text("\n".join(passages) + "\n", encoding="utf-8")


def _slug(name: str) -> str:
    return title_key(name).replace(" ", "-")


# --- ripgrep equivalents -----------------------------------------------------------------


def rg_command(query: str, text_dir: Path) -> list[str]:
    """The ripgrep command that finds the passages a query names (filters become folders and file globs)."""
    parsed = parse_query(query)
    f = parsed.filters
    words = [t for t in re.findall(r'"[^"]*"|\S+', query) if ":" not in t.split('"')[0] and t not in ("OR",)]
    positive = [t for t in words if not t.startswith("-")]
    patterns = []
    for term in positive:
        if term.startswith('"'):
            patterns.append(r"\s+".join(re.escape(p) for p in term.strip('"').split()))
        elif term.endswith("*"):
            patterns.append(re.escape(term.rstrip("*")) + r"\w*")
        else:
            patterns.append(re.escape(term))
    # --word-regexp puts word boundaries around each pattern, as FTS5 matches whole words.
    command = ["rg", "--ignore-case", "--word-regexp", "--count", "--no-messages"]
    if " OR " in query:
        command += [arg for pattern in patterns[:2] for arg in ("-e", pattern)]
    elif patterns:
        # All words must match: ripgrep gets the first (the others would need a pipeline), so it
        # does less work than the index here; most queries have one word or phrase anyway.
        command += ["-e", patterns[0]]
    else:
        command = ["rg", "--count", "--no-messages", "-e", "."]
    for kind in sorted(f.kinds or []):
        command += ["-g", f"*-{kind}.txt"]
    folders = [text_dir]
    if f.committees:
        chosen = [n for n, _, _ in COMMITTEES if any(_committee_matches(v, n) for v in f.committees)]
        folders = [text_dir / _slug(n) for n in chosen] or [text_dir]
    if f.after or f.before:
        # Whole years of folders: ripgrep reads a little more than the dates allow.
        low = f.after.year if f.after else FIRST_YEAR
        high = FIRST_YEAR + YEARS if f.before is None else f.before.year + (f.before.timetuple().tm_yday > 1)
        years = range(low, high)
        # No such years: a path that is not there, so ripgrep never falls back to the current folder.
        folders = [folder / str(year) for folder in folders for year in years if (folder / str(year)).exists()] or [
            text_dir / "no-such-year"
        ]
    return command + [str(folder) for folder in folders]


def _committee_matches(value: str, name: str) -> bool:
    from cpb_tui.store.search_index import _names_committee

    return _names_committee(title_key(value), title_key(name))


# --- measuring ---------------------------------------------------------------------------


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * len(ordered) + 0.5) - 1))]


def check_exact(store: Store) -> tuple[int, list[int]]:
    """How many queries' top 20 equal the full ranking's (every match scored), and how many matches each walk scored."""
    from cpb_tui.store.ranking import every_phrase_required, rank_all, rank_newest_first
    from cpb_tui.store.search_bounds import bound_ratio
    from cpb_tui.store.search_index import index_terms

    today = clock.today().toordinal()
    agree, scored = 0, []
    for query in (q for queries in KINDS.values() for q in queries):
        parsed = parse_query(query, store._expand_prefix)
        expression = store._expression(parsed, [])
        ranked = store._rank(expression, *store._rowid_range(parsed), parsed.filters.statuses, 20, parsed.words) if expression else []
        if expression is None or parsed.words is None:
            agree += 1  # nothing to rank: filters alone list the newest first
            continue
        sql, params = store._match_sql("search_fts.rowid", expression, *store._rowid_range(parsed), parsed.filters.statuses)
        full = [(row_id, -score) for row_id, score in rank_all(store.db, sql, params, today, 20)]
        agree += ranked == full
        if every_phrase_required(parsed.words):
            tight, low_water = bound_ratio(store.db, parsed.words, index_terms)
            scored.append(rank_newest_first(store.db, sql, params, today, 20, tight, low_water)[1])
    return agree, scored


def time_queries(store: Store, runs: int, loose: list | None = None) -> dict[str, list[tuple[str, float, int, bool]]]:
    """Each query's timings; with `loose` (a list), each run is paired with one on the old bound, kept there."""
    from cpb_tui.store import search_index

    kept_ratios = search_index.bound_ratio
    results: dict[str, list[tuple[str, float, int, bool]]] = {}
    for kind, queries in KINDS.items():
        rows = []
        for query in queries:
            outcome = store.search_outcome(query, 20)  # warm-up
            for _ in range(runs):
                for old in ([False, True] if loose is not None else [False]):
                    search_index.bound_ratio = (lambda *_: (1.0, 0)) if old else kept_ratios
                    start = time.perf_counter()
                    store.search_outcome(query, 20)
                    timing = time.perf_counter() - start
                    (loose if old else rows).append((query, timing, len(outcome.hits), outcome.capped))
            search_index.bound_ratio = kept_ratios
        results[kind] = rows
    return results


def time_rg(text_dir: Path, runs: int) -> dict[str, list[tuple[str, float]]] | None:
    if shutil.which("rg") is None:
        return None
    results: dict[str, list[tuple[str, float]]] = {}
    for kind, queries in KINDS.items():
        rows = []
        for query in queries:
            command = rg_command(query, text_dir)
            subprocess.run(command, capture_output=True)  # warm-up: the files in the page cache
            for _ in range(runs):
                start = time.perf_counter()
                subprocess.run(command, capture_output=True)
                rows.append((query, time.perf_counter() - start))
        results[kind] = rows
    return results


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sections", type=int, default=200_000, help="report sections in the archive (default 200,000)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each query after a warm-up (default 5)")
    parser.add_argument("--rg-runs", type=int, default=2, help="timed runs of each ripgrep command (default 2)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="build the archive in this folder and keep it")
    parser.add_argument("--full", action="store_true", help="score every match in one ORDER BY (the reference the walk must equal)")
    parser.add_argument("--paired", action="store_true", help="time each run paired with one on the old bound (no kept ratios)")
    parser.add_argument("--verbose", action="store_true", help="print every query's median")
    args = parser.parse_args()
    clock.today = lambda: TODAY
    if args.full:
        from cpb_tui.store import search_index

        search_index.every_phrase_required = lambda words: False

    folder = Path(tempfile.mkdtemp(prefix="cpb-search-")) if args.keep is None else args.keep
    folder.mkdir(parents=True, exist_ok=True)
    try:
        run(folder, args)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)


def run(folder: Path, args) -> None:
    db_path, text_dir = folder / "archive.db", folder / "text"
    for stale in (db_path, folder / "archive.db-wal", folder / "archive.db-shm"):
        stale.unlink(missing_ok=True)
    shutil.rmtree(text_dir, ignore_errors=True)
    store = Store.open(db_path)
    start = time.perf_counter()
    counts = Archive(store, text_dir, args.sections, args.seed).build()
    filled = time.perf_counter() - start
    start = time.perf_counter()
    passages = store.reindex()
    indexed = time.perf_counter() - start
    store.db.execute("pragma wal_checkpoint(truncate)")
    sizes = store.search_index_size()
    print(f"archive: {counts['sections']:,} sections, {counts['items']:,} items, {counts['meetings']:,} meetings "
          f"of {counts['committees']} committees over {YEARS} years, {counts['resolutions']:,} resolutions, "
          f"{counts['actions']:,} actions")
    print(f"tables filled in {filled:.1f} s; search index built in {indexed:.1f} s ({passages:,} passages); "
          f"ranking: {'every match scored in one ORDER BY (--full)' if args.full else 'newest first, stopped by the bound'}")
    print(f"database {os.path.getsize(db_path) / 1e6:.0f} MB; search index: passages text {sizes['passages'] / 1e6:.0f} MB"
          f" + FTS5 index {sizes['fts'] / 1e6:.0f} MB; the same text as files {folder_size(text_dir) / 1e6:.0f} MB")

    agree, scored = check_exact(store)
    print(f"top 20 equal to the full ranking: {agree} of {sum(len(q) for q in KINDS.values())} queries; "
          f"matches scored by the walk: median {statistics.median(scored):,.0f}, max {max(scored):,}")
    loose: list | None = [] if args.paired else None
    timings = time_queries(store, args.runs, loose)
    if loose:
        ms = [t * 1000 for _, t, _, _ in loose]
        print(f"paired peer, the old bound (IDF x (k1 + 1), no kept ratios): median {statistics.median(ms):.1f} ms, "
              f"p95 {percentile(ms, 0.95):.1f} ms, max {max(ms):.1f} ms over {len(ms)} runs")
    rg = time_rg(text_dir, args.rg_runs)
    store.close()
    print()
    header = f"{'query kind':<14}{'n':>4}{'median ms':>11}{'p95 ms':>9}{'max ms':>9}"
    if rg is not None:
        header += f"{'rg median ms':>14}{'rg p95 ms':>11}{'ratio':>8}"
    print(header)
    everything, everything_rg = [], []
    for kind, rows in timings.items():
        ms = [t * 1000 for _, t, _, _ in rows]
        everything += ms
        line = f"{kind:<14}{len(KINDS[kind]):>4}{statistics.median(ms):>11.1f}{percentile(ms, 0.95):>9.1f}{max(ms):>9.1f}"
        if rg is not None:
            rg_ms = [t * 1000 for _, t in rg[kind]]
            everything_rg += rg_ms
            line += f"{statistics.median(rg_ms):>14.0f}{percentile(rg_ms, 0.95):>11.0f}{statistics.median(rg_ms) / statistics.median(ms):>7.0f}x"
        print(line)
    line = f"{'all':<14}{sum(len(q) for q in KINDS.values()):>4}{statistics.median(everything):>11.1f}{percentile(everything, 0.95):>9.1f}{max(everything):>9.1f}"
    if rg is not None:
        line += f"{statistics.median(everything_rg):>14.0f}{percentile(everything_rg, 0.95):>11.0f}{statistics.median(everything_rg) / statistics.median(everything):>7.0f}x"
    print(line)
    if rg is None:
        print("\nripgrep (rg) is not installed: no comparison. Install it (e.g. apt-get install ripgrep) and run again.")
    if args.verbose:
        print()
        for kind, rows in timings.items():
            for query in KINDS[kind]:
                ms = [t * 1000 for q, t, _, _ in rows if q == query]
                hits = next(h for q, _, h, _ in rows if q == query)
                rg_ms = statistics.median([t * 1000 for q, t in rg[kind] if q == query]) if rg else float("nan")
                print(f"  {kind:<13} {query:<50} {statistics.median(ms):7.1f} ms  {hits:>2} hits  rg {rg_ms:6.0f} ms")


if __name__ == "__main__":
    main()
