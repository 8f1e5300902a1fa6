"""PDF import speed: cpb's whole import (extract + parse + store) against pdftotext's extraction.

Run: python bench/pdf_import.py [--pages 100] [--runs 5]

Builds a pack PDF of about the asked number of pages (tests/pdfgen.py), then times, on the
same file: `pdftotext` (poppler) extracting text, PDFium extracting text (cpb's reader), the
other pure-Python extractors if installed (pypdf, pdfminer.six: the alternatives measured
when choosing), and cpb's whole import into a fresh store. Prints pages per second.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.pdfgen import build_large_pack  # noqa: E402


P95: dict[str, float] = {}
"""Each row's 95th percentile (the nearest rank), printed beside its median."""


def timed(function, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    timed.last_p95 = sorted(times)[max(0, -(-len(times) * 95 // 100) - 1)]
    return statistics.median(times)


def row(rows: list, name: str, seconds: float) -> None:
    rows.append((name, seconds))
    P95[name] = timed.last_p95


def every_page_searched(data: bytes) -> None:
    """PDFium's text and the table search on every page, the shortcut for pages with no cut line skipped (the worst case)."""
    import pypdfium2 as pdfium

    from cpb_tui.importers import pdf_tables
    from cpb_tui.importers.tables import squash

    document = pdfium.PdfDocument(data)
    for index in range(len(document)):
        page = document[index]
        textpage = page.get_textpage()
        text = textpage.get_text_range().replace("\r\n", "\n")
        text_lines = [squash(line) for line in text.split("\n") if line.strip()]
        pieces = []
        for rect in range(textpage.count_rects()):
            left, bottom, right, top = textpage.get_rect(rect)
            pieces.append((left, bottom, right, top, squash(textpage.get_text_bounded(left, bottom, right, top))))
        for run in pdf_tables._runs(pdf_tables._lines(pieces)):
            pdf_tables._table(run, text_lines)
        textpage.close()
        page.close()
    document.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from cpb_tui.importers import load
    from cpb_tui.importers.pdf import extract_pdf
    from cpb_tui.store import Store

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        per_report = 12
        pack = build_large_pack(folder / "pack.pdf", reports=max(2, -(-(args.pages - 3) // per_report)), report_pages=per_report - 2)
        data = pack.read_bytes()
        pages = len(extract_pdf(data).pages)
        rows: list[tuple[str, float]] = []

        if shutil.which("pdftotext"):
            row(rows, "pdftotext (poppler), extract only", timed(
                lambda: subprocess.run(["pdftotext", str(pack), str(folder / "out.txt")], check=True), args.runs))
        else:
            print("pdftotext not found (apt-get install poppler-utils): no baseline")
        from cpb_tui.importers import pdf

        # The reader with and without its table search, run by turns so both meet the same machine.
        searching = pdf.page_tables
        times: dict[str, list[float]] = {"with": [], "without": []}
        for _ in range(args.runs + 1):
            for kind, search in (("without", lambda textpage, text, rects=None: []), ("with", searching)):
                pdf.page_tables = search
                start = time.perf_counter()
                extract_pdf(data)
                times[kind].append(time.perf_counter() - start)
        pdf.page_tables = searching
        for kind, name in (("with", "pypdfium2 (cpb's reader), extract only"), ("without", "  the same, tables not looked for")):
            kept = times[kind][1:]  # the first run of each warms the caches
            timed.last_p95 = sorted(kept)[max(0, -(-len(kept) * 95 // 100) - 1)]
            row(rows, name, statistics.median(kept))
        row(rows, "  tables looked for on every page (worst)", timed(lambda: every_page_searched(data), args.runs))
        try:
            import pypdf

            row(rows, "pypdf, extract only", timed(
                lambda: [p.extract_text() for p in pypdf.PdfReader(str(pack)).pages], max(1, args.runs // 2)))
        except ImportError:
            pass
        try:
            from pdfminer.high_level import extract_text

            row(rows, "pdfminer.six, extract only", timed(lambda: extract_text(str(pack)), max(1, args.runs // 2)))
        except ImportError:
            pass

        # Each run imports into a fresh store, opened (and migrated) before the clock starts:
        # a bulk import opens the store once, so that cost is not the file's.
        stores = [Store.open(folder / f"bench-{n}.db") for n in range(args.runs)]
        fresh = iter(stores)

        def whole_import() -> None:
            store = next(fresh)
            source, record = load(pack)
            store.import_document(record, str(pack), source.sha256)

        row(rows, "cpb import: extract + parse + store", timed(whole_import, args.runs))
        for store in stores:
            store.close()

    print(f"{pages}-page pack, median (and p95) of {args.runs} runs")
    for name, seconds in rows:
        print(f"  {name:<42} {seconds * 1000:8.1f} ms  (p95 {P95[name] * 1000:8.1f})  {pages / seconds:8.0f} pages/s")
    baseline = dict(rows).get("pdftotext (poppler), extract only")
    if baseline:
        whole = dict(rows)["cpb import: extract + parse + store"]
        print(f"cpb whole import runs at {baseline / whole:.2f}x pdftotext's extraction speed (target: >= 0.5x)")


if __name__ == "__main__":
    main()
