"""Building the demo store from the bundled documents of a fictional council."""

from __future__ import annotations

from pathlib import Path

from cpb_tui.importers.reader import READERS
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


def build_demo(path: Path | None = None, folder: Path | None = None) -> Path:
    """Rebuild the demo database from scratch; any error in the bundled data is raised, not skipped."""
    from cpb_tui.importers import load
    from cpb_tui.store import Store

    path = path or demo_db_path()
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    store = Store.open(path)
    try:
        for file in demo_files(folder):
            source, record = load(file)
            store.import_document(record, str(file.relative_to(file.parents[1])), source.sha256)
    finally:
        store.close()
    return path
