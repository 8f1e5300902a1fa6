"""Importing many files at once: walking folders and globs, progress, and the closing summary.

Each file is its own transaction: one bad file is reported and the rest go on, whatever went
wrong with it (a refusal, or a crash in cpb's own code). Only a store that cannot be written
(full disk, busy, read-only, damaged) stops the run, since every later file would fail the
same way; the files not tried are counted.
"""

from __future__ import annotations

import datetime as dt
import glob
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from cpb_tui.domain.models import format_date
from cpb_tui.importers import ImportProblem, load
from cpb_tui.importers.reader import DEFAULT_LIMITS, SUPPORTED_SUFFIXES, ImportLimits
from cpb_tui.importers.readings import chosen_reading
from cpb_tui.store.db import StoreError


@dataclass
class FileResult:
    """What happened to one file."""

    path: Path
    status: str
    """imported / updated / unchanged / failed / would import / would update."""
    message: str
    pages: int = 0
    warnings: list[str] = field(default_factory=list)


@dataclass
class RunSummary:
    """Counts and failures of a whole import run."""

    results: list[FileResult] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    not_tried: list[Path] = field(default_factory=list)
    """Files left when the store could not be written (`stopped` says why)."""
    stopped: str | None = None

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.status == "failed"]

    @property
    def pages(self) -> int:
        return sum(r.pages for r in self.results)


def expand_paths(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """Files to import from the arguments, and files skipped in folders for their type.

    A folder is walked (sorted, recursively) for the formats cpb reads; a quoted glob is
    expanded here; a named file is always tried, whatever its suffix.
    """
    files: list[Path] = []
    skipped: list[Path] = []
    for path in paths:
        text = str(path)
        if not path.exists() and any(ch in text for ch in "*?["):
            matches = sorted(Path(p) for p in glob.glob(text, recursive=True))
            files.extend(p for p in matches if p.is_file())
            continue
        if path.is_dir():
            for found in sorted(path.rglob("*")):
                if not found.is_file() or found.name.startswith("."):
                    continue
                (files if found.suffix.lower() in SUPPORTED_SUFFIXES else skipped).append(found)
            continue
        files.append(path)
    unique = list(dict.fromkeys(files))
    return unique, skipped


def run_import(
    store,
    files: list[Path],
    committee: str | None,
    date: dt.date | None,
    dry_run: bool,
    on_result: Callable[[FileResult], None],
    limits: ImportLimits = DEFAULT_LIMITS,
    on_derive: Callable[[str, int, int], None] | None = None,
) -> RunSummary:
    """Import each file in turn, reporting each result as it comes; a failure in one never stops the others.

    Several files derive follow-through once, after the last file, in batches
    (`on_derive(stage, done, total)` hears how far it is); one file derives in its own transaction.
    """
    summary = RunSummary()
    if dry_run or store is None or len(files) < 2:
        _import_each(store, files, committee, date, dry_run, on_result, limits, summary)
        return summary
    try:
        with store.deferred_followthrough(progress=on_derive):
            _import_each(store, files, committee, date, dry_run, on_result, limits, summary)
    except StoreError as error:
        # Every file imported stays imported; its meetings stay pending, derived by the next import.
        summary.stopped = summary.stopped or str(error)
    return summary


def _import_each(store, files, committee, date, dry_run, on_result, limits, summary: RunSummary) -> None:
    for position, path in enumerate(files):
        try:
            result = import_one(store, path, committee, date, dry_run, limits)
        except StoreError as error:
            # The store, not the file: nothing of this file was written (its transaction rolled back).
            result = FileResult(path, "failed", f"not imported: {error}")
            summary.stopped = str(error)
            summary.not_tried = list(files[position + 1:])
        except Exception as error:  # a bug in cpb, met on this file: say so, and go on with the rest
            detail = " ".join(f"{type(error).__name__}: {error}".split())
            result = FileResult(
                path, "failed",
                f"cpb failed on this file ({detail[:300]}); nothing from it was written. This is a bug in cpb: "
                "please report it, with the file if you can share it",
            )
        summary.results.append(result)
        on_result(result)
        if summary.stopped:
            break


def import_one(
    store, path: Path, committee: str | None, date: dt.date | None, dry_run: bool, limits: ImportLimits = DEFAULT_LIMITS
) -> FileResult:
    """Import (or, with `dry_run`, only read and describe) one file."""
    try:
        source, record = load(path, committee=committee, date=date, limits=limits)
    except ImportProblem as problem:
        return FileResult(path, "failed", problem.reason)
    described = "; ".join(
        f"{m.committee}, {format_date(m.date)} ({_plural(len(m.items), 'item')})" for m in record.meetings
    )
    pages = source.page_count or 0
    warnings = source.warnings + record.warnings
    if dry_run:
        known = store is not None and store.has_document(source.sha256)
        if known and chosen_reading() is not None:
            return FileResult(path, "failed", f"imported before, so it would not be read again as {chosen_reading()}: the store keeps its first reading", pages, warnings)
        status = "unchanged" if known else "would import"
        return FileResult(path, status, f"{record.kind}: {described}", pages, warnings)
    if chosen_reading() is not None and store.has_document(source.sha256):
        # (the store keeps a page's items by meeting, not by page: a second reading would leave the first one's items beside it)
        return FileResult(
            path, "failed",
            f"imported before, so it is not read again as {chosen_reading()}: the store keeps its first reading. To read it "
            "another way, restore a backup from before it was imported (cpb restore) and import it again with --items", pages, warnings,
        )
    outcome = store.import_document(record, str(source.path), source.sha256)
    message = "imported before, nothing to do" if outcome.status == "unchanged" else f"{record.kind}: {described}"
    if outcome.status == "updated":
        message += " (a new version: the text was replaced, the clauses kept where unchanged)"
    return FileResult(path, outcome.status, message, pages, warnings)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")
