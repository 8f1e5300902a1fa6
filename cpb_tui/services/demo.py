"""Building the demo store from the bundled documents of a fictional council, with its dates
moved so the demo is current on any day (`demo_calendar`).
"""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from cpb_tui.domain import clock
from cpb_tui.importers.reader import READERS
from cpb_tui.services.demo_calendar import STORY_NEXT_MEETING, meeting_dates, months_to_move, move_date, move_text
from cpb_tui.services.locations import demo_data_dir, demo_db_path

# The demo documents are the text readers' kind (the bundled data has no PDF or HTML).
DEMO_SUFFIXES = frozenset(READERS["text"] + READERS["markdown"])


def demo_files(folder: Path | None = None) -> list[Path]:
    """The demo documents, in a fixed order (packs, then minutes pages, then reports)."""
    folder = folder or demo_data_dir()
    order = {"packs": 0, "minutes": 1, "reports": 2}
    files = [
        path
        for path in folder.rglob("*")
        if path.is_file() and path.suffix in DEMO_SUFFIXES and path.name.lower() != "readme.md"
    ]
    return sorted(files, key=lambda p: (order.get(p.parent.name, 9), p.name))


def write_moved_copies(files: list[Path], months: int, into: Path) -> list[Path]:
    """Copies of the demo `files` in `into`, with every date in their text and names moved by `months`."""
    texts = {file: file.read_text(encoding="utf-8") for file in files}
    meetings = meeting_dates(texts.values())
    copies = []
    for file, text in texts.items():
        copy = into / file.parent.name / move_text(file.name, months, meetings)
        copy.parent.mkdir(parents=True, exist_ok=True)
        copy.write_text(move_text(text, months, meetings), encoding="utf-8")
        copies.append(copy)
    return copies


def demo_next_meeting() -> dt.date:
    """The date of the demo's next meeting, as `build_demo` places it today."""
    return move_date(STORY_NEXT_MEETING, months_to_move(clock.today()), keep_weekday=True)


def build_demo(path: Path | None = None, folder: Path | None = None) -> Path:
    """Rebuild the demo database from scratch, its dates moved to today; any error in the bundled data is raised."""
    from cpb_tui.importers import load
    from cpb_tui.store import Store

    path = path or demo_db_path()
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    months = months_to_move(clock.today())
    with tempfile.TemporaryDirectory(prefix="cpb-demo-") as moved:
        files = demo_files(folder)
        if months:
            files = write_moved_copies(files, months, Path(moved))
        loaded = [(file, *load(file)) for file in files]
        store = Store.open(path)
        try:
            # The committee's calendar first, as a clerk sets up the year: each due is then placed
            # once, in its action's 'created' event, not moved again by every later pack.
            for _, _, record in loaded:
                for meeting in record.meetings:
                    if meeting.committee and meeting.date:
                        store.add_meeting(meeting.committee, meeting.date)
            for file, source, record in loaded:
                store.import_document(record, str(file.relative_to(file.parents[1])), source.sha256)
        finally:
            store.close()
    return path
