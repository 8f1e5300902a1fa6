"""`cpb import PATHS`: many files at once, each its own transaction, with progress and a summary."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from cpb_tui.cli.helpers import CpbContext, echo, parse_date_option

if TYPE_CHECKING:
    from cpb_tui.store import Store


@click.command(name="import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--committee", help="The committee, for documents that do not name it.")
@click.option("--date", "date_text", metavar="DATE", help="The meeting date (2021-06-21 or 21/06/2021), for documents that do not state it.")
@click.option("--dry-run", is_flag=True, help="Read and check every file, print what would be imported, write nothing.")
@click.option("--explain", is_flag=True, help="Show how each file is read: every shape's score and reasons, what was found, what is missing (with --committee and --date filled in as an import would). Writes nothing.")
@click.option(
    "--items", "reading", type=click.Choice(["numbered", "headings", "paragraphs"]),
    help="Read the items this way, where cpb's own reading came out wrong: numbered lines, short headings over prose, "
    "or each paragraph. Only for files not imported yet (and with --explain or --dry-run).",
)
@click.pass_obj
def import_command(
    obj: CpbContext, paths: tuple[Path, ...], committee: str | None, date_text: str | None, dry_run: bool, explain: bool,
    reading: str | None = None,
) -> None:
    """Import agenda packs (PDF or text), minutes and decision pages (HTML or text) and reports.

    PATHS may be files, folders (read recursively) or quoted globs. Each file is imported
    whole or not at all; a file imported before is left unchanged; one bad file does not
    stop the rest. The exit status is 1 if any file failed.
    """
    from cpb_tui.services.config import load_config
    from cpb_tui.services.import_run import expand_paths

    meeting_date = parse_date_option(date_text, "--date")
    try:
        limits = load_config().import_limits
    except ValueError as error:
        raise click.ClickException(str(error)) from None
    files, skipped = expand_paths(list(paths))
    if not files:
        raise click.ClickException("no files to import in " + ", ".join(str(p) for p in paths))
    from cpb_tui.importers.readings import items_read_as

    if explain:
        from cpb_tui.importers.explain import explain as explain_file

        for position, path in enumerate(files):
            if position:
                echo("")
            with items_read_as(reading):
                for line in explain_file(path, committee, meeting_date):
                    echo(line)
        return
    fresh = None if dry_run else obj.store_path(own=True)
    fresh = fresh if fresh is not None and not fresh.exists() else None  # (a store this import is about to start)
    store = _dry_run_store(obj) if dry_run else obj.open_store(own=True)
    try:
        with items_read_as(reading):
            summary = _run(store, files, committee, meeting_date, dry_run, limits)
    finally:
        unused = fresh is not None and store is not None and _holds_nothing(store)
        if store is not None:
            store.close()
        if unused:
            # (a first import whose every file was refused: the store it started goes again, so none is left empty)
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{fresh}{suffix}").unlink(missing_ok=True)
    if len(files) > 1 or skipped or dry_run:
        _print_summary(summary, skipped, dry_run)
    if summary.failed or summary.not_tried:
        raise click.exceptions.Exit(1)


def _run(store, files, committee, meeting_date, dry_run, limits):
    """Import the files, with a progress bar on a terminal and a plain line per file elsewhere."""
    from cpb_tui.services.import_run import run_import

    if sys.stdout.isatty():
        return _import_with_progress(store, files, committee, meeting_date, dry_run, limits)
    return run_import(store, files, committee, meeting_date, dry_run, _print_result, limits)


def _holds_nothing(store: "Store") -> bool:
    """Whether the store holds no document, meeting or action (one this import started, every file refused)."""
    import sqlite3

    try:
        counts = store.counts()
    except sqlite3.Error:  # (a store that cannot be read here is never taken away)
        return False
    return not any(counts[table] for table in ("documents", "meetings", "actions"))


def _dry_run_store(obj: CpbContext) -> "Store | None":
    """For --dry-run: the store an import would write to, if it exists already (to tell unchanged files), never a new one."""
    return obj.open_store(own=True) if obj.store_path(own=True).exists() else None


def _print_result(result) -> None:
    if result.status == "failed":
        echo(f"error: {result.path}: {result.message}", err=True)
    else:
        echo(f"{result.status} {result.path}: {result.message}")
    for warning in result.warnings:
        echo(f"warning: {result.path}: {warning}", err=True)


def _import_with_progress(store, files, committee, meeting_date, dry_run, limits):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from cpb_tui.services.import_run import run_import

    console = Console(stderr=False)
    pages = 0
    columns = (
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files  {task.fields[pages]} pages"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("importing", total=len(files), pages=0)

        def report(result) -> None:
            nonlocal pages
            pages += result.pages
            progress.update(task, advance=1, pages=pages)
            style = {"failed": "red", "imported": "green", "updated": "yellow"}.get(result.status, "")
            line = Text(terminal_safe(f"{result.status} {result.path}: {result.message}"), style=style)
            progress.console.print(line)
            for warning in result.warnings:
                progress.console.print(Text(terminal_safe(f"warning: {result.path}: {warning}"), style="yellow"))

        from rich.text import Text

        from cpb_tui.domain.safe import terminal_safe

        return run_import(store, files, committee, meeting_date, dry_run, report, limits, lambda stage, *_: progress.update(task, description=f"deriving {stage}"))


def _print_summary(summary, skipped, dry_run: bool) -> None:
    parts = []
    for status in ("would import", "imported", "updated", "unchanged", "failed"):
        count = summary.count(status)
        if count or status in ("imported", "failed") and not dry_run:
            parts.append(f"{count} {status}")
    if summary.not_tried:
        parts.append(f"{len(summary.not_tried)} not tried")
    pages = f", {summary.pages} PDF pages" if summary.pages else ""
    echo(("dry run, nothing written: " if dry_run else "") + ", ".join(parts) + pages)
    if skipped:
        echo(f"skipped {len(skipped)} file(s) of other types, e.g. {skipped[0]}")
    if summary.failed and len(summary.results) > 1:
        echo("failed:", err=True)
        for result in summary.failed:
            echo(f"  {result.path}: {result.message}", err=True)
    if summary.not_tried:
        echo(f"stopped: the store could not be written, so {len(summary.not_tried)} file(s) were not tried; "
             "run the same import again once that is put right", err=True)
