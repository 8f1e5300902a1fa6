"""Importing from the app: meeting papers (as `cpb import`) and a tracker CSV (as `cpb actions import`).

First a preview, which reads every file and writes nothing: what each paper is and whether it
is new, or which tracker rows will become actions and which cannot be read. Then, asked
again, the import itself, through the same code the commands use. Both open their own
connection to the store, as a command would, so the app sees the import as it sees the CLI's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

TRACKER_SUFFIXES = (".csv", ".tsv")
"""A file with one of these endings is read as an action tracker, anything else as meeting papers."""


@dataclass(frozen=True)
class ImportPreview:
    """What an import would do, line by line, and whether there is anything to write."""

    tracker: bool
    lines: list[str] = field(default_factory=list)
    will_write: int = 0
    """Files that would be imported, or tracker rows that would become actions."""
    problems: int = 0

    @property
    def summary(self) -> str:
        what = _count(self.will_write, "action" if self.tracker else "file")
        cannot = f"; {_count(self.problems, 'row' if self.tracker else 'file')} cannot be read" if self.problems else ""
        return f"{what} to import{cannot}; nothing is written until you press enter"


def is_tracker(paths: list[Path]) -> bool:
    return len(paths) == 1 and paths[0].suffix.lower() in TRACKER_SUFFIXES


def preview_import(db_path: Path, paths: list[Path], committee: str | None, date: dt.date | None) -> ImportPreview:
    """Read everything and say what would change; `ValueError` if there is nothing to read."""
    if is_tracker(paths):
        read = _read_tracker(paths[0], committee)
        lines = [f"columns: {', '.join(f'{name} <- {column!r}' for name, column in read.columns.items())}"]
        for row in read.rows:
            owners = "; ".join(row.owners) or "no owner"
            due = row.due.isoformat() if row.due else "no due date"
            lines.append(f"line {row.line}: add '{row.text}' ({owners}; {due}; {row.status})")
        lines.extend(f"cannot read: {problem}" for problem in read.problems)
        return ImportPreview(True, lines, len(read.rows), len(read.problems))
    from cpb_tui.services.import_run import expand_paths, run_import
    from cpb_tui.store import Store

    files, skipped = expand_paths(paths)
    if not files:
        raise ValueError("no files to import in " + ", ".join(str(p) for p in paths))
    store = Store.open(db_path)
    try:
        summary = run_import(store, files, committee, date, True, lambda result: None, _limits())
    finally:
        store.close()
    lines = [f"{result.path.name}: {result.status}: {result.message}" for result in summary.results]
    lines.extend(f"{path.name}: skipped (not a kind of file cpb reads)" for path in skipped)
    return ImportPreview(False, lines, summary.count("would import"), len(summary.failed))


def run_desk_import(db_path: Path, paths: list[Path], committee: str | None, date: dt.date | None, who: str) -> str:
    """Import for real, as the commands do; one line saying what was written."""
    from cpb_tui.store import Store

    if is_tracker(paths):
        read = _read_tracker(paths[0], committee)
        store = Store.open(db_path)
        try:
            added = store.import_tracker(read.rows, committee, who, paths[0].name)
        finally:
            store.close()
        return f"imported {_count(added, 'action')} from {paths[0].name}; {_count(len(read.problems), 'row')} could not be read"
    from cpb_tui.services.import_run import expand_paths, run_import

    files, _ = expand_paths(paths)
    store = Store.open(db_path)
    try:
        summary = run_import(store, files, committee, date, False, lambda result: None, _limits())
    finally:
        store.close()
    failed = f"; {len(summary.failed)} failed: {summary.failed[0].message}" if summary.failed else ""
    done = summary.count("imported") + summary.count("updated")
    return f"imported {done} of {len(files)} files ({summary.count('unchanged')} unchanged){failed}"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")


def _limits():
    """config.toml's import limits, as `cpb import` reads them (a broken file is a ValueError that says so)."""
    from cpb_tui.services.config import load_config

    return load_config().import_limits


def _read_tracker(path: Path, committee: str | None):
    from cpb_tui.importers.tracker import TrackerProblem, read_tracker

    if not committee:
        raise ValueError("Committee: a tracker's actions need the committee whose tracker it is.")
    try:
        return read_tracker(path)
    except TrackerProblem as problem:
        raise ValueError(str(problem)) from None
