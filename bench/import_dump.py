"""Import files one by one into fresh stores and write every table's rows, to compare two versions of cpb.

Run (the same files with two trees; the outputs must be the same file):
    python bench/import_dump.py --pdfs /tmp/pdfs                   # build the test PDFs (tests/pdfgen.py) there
    PYTHONPATH=/tmp/main python bench/import_dump.py OUT-main.json FILES...
    PYTHONPATH=. python bench/import_dump.py OUT-branch.json FILES...
    SPLIT_PAGES=2 PYTHONPATH=. python bench/import_dump.py OUT-split.json FILES...   # every PDF of 2+ pages read in two processes, however busy the machine
    SPLIT_PAGES=2 SPLIT_LINES=1 PYTHONPATH=. python bench/import_dump.py OUT-split.json FILES...   # and every pack's reports parsed in two
    cmp OUT-main.json OUT-branch.json && cmp OUT-main.json OUT-split.json

Each file goes into a store of its own (the committee and date given only when the file lacks
them); written per file: every table's rows (sorted; timestamps blanked), or the error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import sqlite3
import sys
import tempfile
from pathlib import Path

_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?\+00:00")


def build_pdfs(folder: Path) -> None:
    """The PDFs the tests build, damaged ones included, and the benchmark's packs."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.pdfgen import build_large_pack, build_sample_pack

    folder.mkdir(parents=True, exist_ok=True)
    build_sample_pack(folder / "sample.pdf", two_column_item="3", table_item="4")
    build_sample_pack(folder / "plain.pdf")
    build_sample_pack(folder / "revised.pdf", revised=True)
    build_sample_pack(folder / "blank2.pdf", blank_pages=2)
    build_sample_pack(folder / "blank9.pdf", blank_pages=9)
    build_sample_pack(folder / "image.pdf", image_only=True)
    build_sample_pack(folder / "locked.pdf", user_password="pw")
    build_sample_pack(folder / "misprint.pdf", misprint_pages=2)
    build_sample_pack(folder / "onepage.pdf", report_pages=1, date_line="Thursday 3 July 2025")
    build_sample_pack(folder / "big_tables.pdf", report_pages=30, two_column_item="3", table_item="4")
    build_sample_pack(folder / "bigblank.pdf", report_pages=30, blank_pages=3)
    for name, reports in (("pack104.pdf", 9), ("pack467.pdf", 42)):
        build_large_pack(folder / name, reports=reports, report_pages=10)
    data = (folder / "big_tables.pdf").read_bytes()
    (folder / "truncated.pdf").write_bytes(data[: len(data) // 3])
    (folder / "corrupt.pdf").write_bytes(data[:20] + bytes(len(data) - 40) + data[-20:])


def dump(files: list[str]) -> dict:
    from cpb_tui.importers import ImportProblem, load
    from cpb_tui.store import Store

    if os.environ.get("SPLIT_PAGES"):
        from cpb_tui.importers import pdf_split

        pdf_split.SPLIT_PAGES = int(os.environ["SPLIT_PAGES"])
        pdf_split.spare_core = lambda: True  # however busy the machine is
    if os.environ.get("SPLIT_LINES"):
        from cpb_tui.importers import agenda_pack

        agenda_pack.SPLIT_LINES = int(os.environ["SPLIT_LINES"])  # a pack's reports parsed in two processes from this many lines
    result = {}
    for name in files:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "cpb.db"
            store = Store.open(path)
            try:
                try:
                    source, record = load(name)
                except ImportProblem as problem:
                    if "does not say which" not in str(problem):
                        raise
                    source, record = load(name, committee="Corporate Parenting Board", date=dt.date(2025, 1, 1))
                store.import_document(record, name, source.sha256)
                out = {"warnings": source.warnings}
            except ImportProblem as problem:
                out = {"error": str(problem)}
            store.close()
            out.update(_tables(path))
        result[name] = out
    return result


def _tables(path: Path) -> dict[str, list[str]]:
    connection = sqlite3.connect(path)
    out = {}
    for (table,) in connection.execute("select name from sqlite_master where type = 'table' and name != '_sqlite_migrations'"):
        columns = [row[1] for row in connection.execute(f"pragma table_info('{table}')")]
        kept = ", ".join(f'"{column}"' for column in columns if not column.endswith("_at")) or "*"
        out[table] = sorted(_STAMP.sub("TS", repr(row)) for row in connection.execute(f"select {kept} from '{table}'"))
    connection.close()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdfs", type=Path, help="build the test PDFs into this folder and stop")
    parser.add_argument("out", nargs="?", type=Path)
    parser.add_argument("files", nargs="*")
    args = parser.parse_args()
    if args.pdfs:
        build_pdfs(args.pdfs)
        return
    result = dump(args.files)
    args.out.write_text(json.dumps(result, indent=0, sort_keys=True))
    print(f"{len(result)} files")


if __name__ == "__main__":
    main()
