"""Dump the tables follow-through derives, to compare two versions of cpb row for row.

Run: python bench/derived_tables.py --meetings 300 --mode folder --out /tmp/branch-folder.tsv

Writes the generated history of one committee (bench/history_text.py, as bench/import_scale.py
does), imports its first `--meetings` meetings into a fresh store (`--mode folder`: as one
folder, follow-through derived once at the end; `--mode files`: one file at a time, each
deriving as it goes), and writes every row of the derived tables, sorted: each action's
due (meeting, date, who set it), each follow-up's score, reasons and state, each item's topic
link and score. Run it with another version's cpb_tui first on the path (PYTHONPATH=... with
that tree's copy of this script) and `diff` the two files: no output means identical.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.import_scale import import_files, write_history  # noqa: E402

QUERIES = {
    "actions": "select id, committee_id, meeting_id, item_id, kind, text, due_kind, due_meeting_id, due_date, due_set_by, status from actions",
    "followups": "select action_id, item_id, score, reasons, state from followups",
    "item_topics": "select item_id, topic_item, parent_item, score from item_topics",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--meetings", type=int, default=300)
    parser.add_argument("--mode", choices=["folder", "files"], default="folder")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    import sqlite3

    with tempfile.TemporaryDirectory(prefix="cpb-derived-") as tmp:
        folder = Path(tmp)
        (folder / "docs").mkdir()
        paths = write_history(folder / "docs", args.meetings)
        db_path = folder / "cpb.db"
        import_files(db_path, paths, "bulk" if args.mode == "folder" else "sequential")
        conn = sqlite3.connect(db_path)
        lines = []
        for table, query in QUERIES.items():
            lines += sorted(f"{table}\t" + "\t".join(repr(value) for value in row) for row in conn.execute(query))
        conn.close()
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    counts = {table: sum(1 for line in lines if line.startswith(table + "\t")) for table in QUERIES}
    print(f"{args.meetings} meetings imported ({args.mode}): " + ", ".join(f"{t} {c}" for t, c in counts.items()) + f"; written to {args.out}")


if __name__ == "__main__":
    main()
