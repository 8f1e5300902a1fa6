"""Importing from the app: meeting papers (as `cpb import`) and a tracker CSV (as `cpb actions import`).

First a preview, which reads every file and writes nothing: what each paper is, whether it is
new, and what it adds (its items, resolutions and the actions made from them: the papers are
imported, in a transaction that is rolled back, into a private copy of the store, so the
store's write lock is never held for it), or which tracker rows will become actions and
which cannot be read. Then, asked
again, the import itself, through the same code the commands use. Both open their own
connection to the store, as a command would, so the app sees the import as it sees the CLI's.
"""

from __future__ import annotations

import datetime as dt
import tempfile
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
    actions: int = 0
    """The actions the files' resolutions would make (papers; a tracker's are `will_write`)."""

    @property
    def summary(self) -> str:
        what = _count(self.will_write, "action" if self.tracker else "file")
        made = f" ({_count(self.actions, 'new action')})" if not self.tracker and self.will_write else ""
        cannot = f"; {_count(self.problems, 'row' if self.tracker else 'file')} cannot be read" if self.problems else ""
        return f"{what} to import{made}{cannot}; nothing is written until you press enter"


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
    # The dry run and the trial import read and write a private copy (one snapshot of the store),
    # so the store's write lock is never held while the files are read and imported on trial:
    # the CLI, or the app's own changes, write on meanwhile.
    with tempfile.TemporaryDirectory(prefix="cpb-preview-") as folder:
        store = Store.open(db_path)
        try:
            copy = store.copy_to(Path(folder) / "trial.db")
        finally:
            store.close()
        try:
            summary = run_import(copy, files, committee, date, True, lambda result: None, _limits())
            to_import = [result.path for result in summary.results if result.status == "would import"]
            trial = _trial_import(copy, to_import, committee, date) if to_import else {}
        finally:
            copy.close()
    lines, actions = [], 0
    for result in summary.results:
        lines.append(f"{result.path.name}: {result.status}: {result.message}")
        made = trial.get(result.path)
        if isinstance(made, str):
            lines.append(f"  {made}")
        elif made is not None:
            lines.extend(made.lines())
            actions += len(made.actions)
    lines.extend(f"{path.name}: skipped (not a kind of file cpb reads)" for path in skipped)
    return ImportPreview(False, lines, summary.count("would import"), len(summary.failed), actions)


@dataclass(frozen=True)
class FileChanges:
    """What importing one file adds to the store: new items and resolutions, and the actions made from them."""

    items: int
    resolutions: int
    actions: list = field(default_factory=list)
    """The new `Action`s, as the log will show them (text, owners, due placed on the calendar)."""

    def lines(self) -> list[str]:
        said = [f"  adds {_count(self.items, 'item')}, {_count(self.resolutions, 'resolution')}, {_count(len(self.actions), 'action')}"
                + (":" if self.actions else "")]
        for action in self.actions:
            owners = "; ".join(action.owners) or "no owner"
            said.append(f"    new action: '{action.text}' ({owners}; due {action.target})")
        return said


class _TrialOver(Exception):
    """Raised to roll the trial import back: the preview writes nothing."""


def _trial_import(store, files: list[Path], committee: str | None, date: dt.date | None) -> dict[Path, "FileChanges | str"]:
    """Import the files, one after the other as the import will, in a transaction that is then rolled back.

    What each adds (its items, resolutions, and the actions extracted from them with their owners
    and dues as the calendar places them) is read before the rollback; nothing stays written. A
    file the trial cannot import says why instead (the dry run has already said what it is).
    """
    from cpb_tui.services.import_run import import_one

    found: dict[Path, FileChanges | str] = {}
    try:
        with store.transaction():
            for path in files:
                before = store.high_water()
                try:
                    result = import_one(store, path, committee, date, False, _limits())
                except Exception as error:  # its savepoint is rolled back; the import itself will say the same
                    found[path] = f"cannot say which actions it makes: {error}"
                    continue
                if result.status == "failed":
                    found[path] = f"cannot say which actions it makes: {result.message}"
                    continue
                after = store.high_water()
                items, resolutions = (after[table] - before[table] for table in ("items", "resolutions"))
                found[path] = FileChanges(items, resolutions, store.actions_since(before["actions"]))
            raise _TrialOver
    except _TrialOver:
        pass
    return found


def run_desk_import(db_path: Path, paths: list[Path], committee: str | None, date: dt.date | None, who: str) -> "DeskImportDone":
    """Import for real, as the commands do; what was written."""
    from cpb_tui.store import Store

    if is_tracker(paths):
        read = _read_tracker(paths[0], committee)
        store = Store.open(db_path)
        try:
            added = store.import_tracker(read.rows, committee, who, paths[0].name)
        finally:
            store.close()
        said = f"imported {_count(len(added), 'action')} from {paths[0].name}; {_count(len(read.problems), 'row')} could not be read"
        return DeskImportDone(said, paths[0].name, added)
    from cpb_tui.services.import_run import expand_paths, run_import

    files, _ = expand_paths(paths)
    store = Store.open(db_path)
    try:
        summary = run_import(store, files, committee, date, False, lambda result: None, _limits())
    finally:
        store.close()
    failed = f"; {len(summary.failed)} failed: {summary.failed[0].message}" if summary.failed else ""
    done = summary.count("imported") + summary.count("updated")
    return DeskImportDone(f"imported {done} of {len(files)} files ({summary.count('unchanged')} unchanged){failed}", None, None, done)


@dataclass(frozen=True)
class DeskImportDone:
    """What an import from the app wrote: one line to say, and what undoing it can take back."""

    said: str
    tracker: str | None
    """The tracker's file name; None for meeting papers."""
    action_ids: list[int] | None
    """The actions a tracker's import made (its undo drops them); None for papers, whose import is not undone."""
    files: int = 0
    """Meeting papers imported or updated."""


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
