"""Two writers at once, with real processes: clerks adding notes while an import runs, and a race to create a store.

`CPB_TWO_WRITERS_SECONDS` sets how long the writers write (3 s here; the issue's figure is
`CPB_TWO_WRITERS_SECONDS=20`). The same script, `bench/two_writers.py`, prints the figures.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from cpb_tui.cli import cli
from cpb_tui.store import Store, StoreBusy

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "two_writers.py"


def run_script(*args: str) -> dict:
    done = subprocess.run([sys.executable, str(SCRIPT), *args, "--json"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_two_note_writers_and_an_import_lose_nothing_and_never_fail():
    seconds = os.environ.get("CPB_TWO_WRITERS_SECONDS", "3")
    report = run_script("--seconds", seconds, "--notes", "2", "--importers", "1")
    assert report["crashed"] == []
    assert report["failures"] == 0, report["messages"]
    assert report["lost"] == 0
    # Each writer got its turn, not just the fastest one.
    assert report["clerk1 done"] and report["clerk2 done"] and report["import1 done"]


def test_four_processes_creating_one_store_all_succeed():
    report = run_script("race", "--processes", "4", "--rounds", "2")
    assert report["failures"] == 0, report["messages"]
    assert report["complete"] == 2


def test_a_store_still_busy_after_the_timeout_is_one_line(db_path, monkeypatch):
    store = Store.open(db_path)
    store.add_action("clerk", "Circulate the revised terms of reference", committee="Corporate Parenting Board")
    store.close()
    monkeypatch.setattr("cpb_tui.store.db.BUSY_TIMEOUT_MS", 200)
    holder = __import__("sqlite3").connect(db_path)
    holder.execute("begin immediate")  # another process in the middle of a long write
    try:
        result = CliRunner().invoke(cli, ["--db", str(db_path), "actions", "--as", "clerk", "note", "1", "Sent"])
        second = Store.open(db_path)
        with pytest.raises(StoreBusy):
            second.note_action(1, "clerk", "Sent")
        second.close()
    finally:
        holder.rollback()
        holder.close()
    assert result.exit_code == 1
    assert result.output == f"Error: another cpb is writing to {db_path}; try again in a moment\n"
    store = Store.open(db_path)
    assert [event.event for event in store.history(1)] == ["created"]
    store.close()
