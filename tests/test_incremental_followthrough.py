"""Follow-through derived as meetings arrive is the same as follow-through derived from scratch.

A generated history of one committee (bench/history_text.py: recurring topics, requests due
at later meetings) is imported one meeting at a time through `cpb import`, with a meeting
republished under a new title part-way and a clerk's decisions in between; then a copy of the
store has everything derived thrown away and derived again at once. Every action's
follow-ups (item, score, reasons, state) and every item's topic must agree. A folder
import (derived once at the end) and an import out of date order must agree too.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import sys
from pathlib import Path

from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.history_text import history  # noqa: E402
from cpb_tui.cli import cli  # noqa: E402
from cpb_tui.store import Store  # noqa: E402

MEETINGS = 28


def cpb(db: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--db", str(db), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def write(folder: Path, documents) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for date, text in documents:
        path = folder / f"{date.isoformat()}-minutes.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def derived(db: Path) -> tuple[dict, dict]:
    """Every action's follow-ups and every item's topic, keyed by what they are, not by row ids."""
    store = Store.open(db)
    try:
        rows = store.db.execute(
            """select i.id, m.date, coalesce(i.agenda_number, i.minute_number), i.position
               from items i join meetings m on m.id = i.meeting_id"""
        ).fetchall()
        key = {item_id: (date, number, position) for item_id, date, number, position in rows}
        followups = {}
        for action_id, item_id, text in store.db.execute("select id, item_id, text from actions").fetchall():
            followups[(key[item_id], text)] = sorted(
                (key[f.item_id], f.score, f.reasons, f.state) for f in store.followups(action_id)
            )
        topics = {key[item_id]: sorted(key[i.id] for i in store.topic(item_id)) for item_id in key}
        return followups, topics
    finally:
        store.close()


def derive_from_scratch(db: Path, copy: Path) -> None:
    """Throw away everything derived (keeping the clerk's decisions) and derive it all again at once."""
    store = Store.open(db)
    store.db.conn.execute("pragma wal_checkpoint(truncate)")
    store.close()
    shutil.copy(db, copy)
    conn = sqlite3.connect(copy)
    with conn:
        for table in ("item_titles", "title_words", "item_terms", "item_topics"):
            conn.execute(f"delete from {table}")
        conn.execute("delete from followups where state = 'suggested'")
        conn.execute("update followups set score = -1, reasons = '[]'")
        conn.execute("insert or ignore into followthrough_pending (meeting_id) select id from meetings")
    conn.close()
    store = Store.open(copy)
    try:
        store.derive_followthrough()
    finally:
        store.close()


def test_one_meeting_at_a_time_equals_deriving_from_scratch(tmp_path: Path):
    documents = history(MEETINGS, seed=7)
    paths = write(tmp_path / "docs", documents)
    db = tmp_path / "one-at-a-time.db"
    for position, path in enumerate(paths):
        cpb(db, "import", str(path))
        if position == 12:
            # Meeting 6 republished with a retitled item: links from that meeting on change.
            date, text = documents[6]
            first = next(line for line in text.splitlines()[5:] if line.isupper() and " - " in line)
            paths[6].write_text(text.replace(first, "THERAPEUTIC FOSTERING PILOT - EVALUATION"), encoding="utf-8")
            assert "updated" in cpb(db, "import", str(paths[6]))
        if position == 16:
            # The clerk confirms one follow-up and rejects another; later imports rescore around them.
            store = Store.open(db)
            try:
                chosen = store.db.execute(
                    "select action_id, item_id from followups where state = 'suggested' order by score desc limit 2"
                ).fetchall()
                store.decide_followup(chosen[0][0], chosen[0][1], "confirmed", "Sam Clerk")
                store.decide_followup(chosen[1][0], chosen[1][1], "rejected", "Sam Clerk")
            finally:
                store.close()
    incremental = derived(db)
    followups, topics = incremental
    assert sum(len(f) for f in followups.values()) > 100, "the history should give follow-ups to compare"
    assert sum(1 for members in topics.values() if len(members) > 2) > 50, "and topics across meetings"
    assert sum(1 for f in followups.values() for entry in f if entry[3] != "suggested") == 2

    scratch = tmp_path / "scratch.db"
    derive_from_scratch(db, scratch)
    assert derived(scratch) == incremental


def test_a_folder_and_an_import_out_of_order_equal_one_at_a_time(tmp_path: Path):
    documents = history(16, seed=11)
    paths = write(tmp_path / "docs", documents)
    in_order = tmp_path / "in-order.db"
    for path in paths:
        cpb(in_order, "import", str(path))
    expected = derived(in_order)

    folder = tmp_path / "folder.db"
    assert "16 imported" in cpb(folder, "import", str(tmp_path / "docs"))
    assert derived(folder) == expected

    shuffled = tmp_path / "shuffled.db"
    order = list(paths)
    random.Random(3).shuffle(order)
    for path in order:
        cpb(shuffled, "import", str(path))
    # Row ids differ with the order; what is derived must not.
    assert derived(shuffled) == expected
