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


def timed(function, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


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
            rows.append(("pdftotext (poppler), extract only", timed(
                lambda: subprocess.run(["pdftotext", str(pack), str(folder / "out.txt")], check=True), args.runs)))
        else:
            print("pdftotext not found (apt-get install poppler-utils): no baseline")
        rows.append(("pypdfium2 (cpb's reader), extract only", timed(lambda: extract_pdf(data), args.runs)))
        try:
            import pypdf

            rows.append(("pypdf, extract only", timed(
                lambda: [p.extract_text() for p in pypdf.PdfReader(str(pack)).pages], max(1, args.runs // 2))))
        except ImportError:
            pass
        try:
            from pdfminer.high_level import extract_text

            rows.append(("pdfminer.six, extract only", timed(lambda: extract_text(str(pack)), max(1, args.runs // 2))))
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

        rows.append(("cpb import: extract + parse + store", timed(whole_import, args.runs)))
        for store in stores:
            store.close()

    print(f"{pages}-page pack, median of {args.runs} runs")
    for name, seconds in rows:
        print(f"  {name:<42} {seconds * 1000:8.1f} ms  {pages / seconds:8.0f} pages/s")
    baseline = dict(rows).get("pdftotext (poppler), extract only")
    if baseline:
        whole = dict(rows)["cpb import: extract + parse + store"]
        print(f"cpb whole import runs at {baseline / whole:.2f}x pdftotext's extraction speed (target: >= 0.5x)")


if __name__ == "__main__":
    main()
