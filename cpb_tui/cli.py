"""The `cpb` command: `cpb` alone opens the app; subcommands import, list and show meetings.

Heavy modules (Textual, the importers, the store) are imported inside the commands, so
`cpb --help` stays quick.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click
from click_default_group import DefaultGroup

from cpb_tui import __version__
from cpb_tui.cli_backup import StoreErrorsGroup, add_store_commands

if TYPE_CHECKING:
    from cpb_tui.store import Store


class CpbContext:
    """What the group passes to its commands: where the database is."""

    def __init__(self, db: str | None) -> None:
        self.db = db
        self.as_user: str | None = None

    def open_store(self) -> "Store":
        from cpb_tui.locations import db_path
        from cpb_tui.store import Store, StoreError

        try:
            return Store.open(db_path(self.db))
        except StoreError as error:
            raise click.ClickException(str(error)) from None


@click.group(cls=StoreErrorsGroup, invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--db",
    metavar="PATH",
    envvar="CPB_DB",
    help="The database file (default: cpb.db in the data directory; CPB_HOME moves that directory).",
)
@click.version_option(__version__, prog_name="cpb")
@click.pass_context
def cli(ctx: click.Context, db: str | None) -> None:
    """cpb: a committee's meetings, agenda packs, resolutions and actions, in the terminal.

    Run `cpb` alone to open the app, or `cpb demo` to try it on a fictional council's board.
    """
    ctx.obj = CpbContext(db)
    if ctx.invoked_subcommand is None:
        from cpb_tui.locations import db_path

        _run_app(db_path(db))


@cli.command(name="import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--committee", help="The committee, for documents that do not name it.")
@click.option("--date", "date_text", metavar="DATE", help="The meeting date (2021-06-21 or 21/06/2021), for documents that do not state it.")
@click.option("--dry-run", is_flag=True, help="Read and check every file, print what would be imported, write nothing.")
@click.option("--explain", is_flag=True, help="Show how each file is read: every shape's score and reasons, what was found, what is missing. Writes nothing.")
@click.pass_obj
def import_command(
    obj: CpbContext, paths: tuple[Path, ...], committee: str | None, date_text: str | None, dry_run: bool, explain: bool
) -> None:
    """Import agenda packs (PDF or text), minutes and decision pages (HTML or text) and reports.

    PATHS may be files, folders (read recursively) or quoted globs. Each file is imported
    whole or not at all; a file imported before is left unchanged; one bad file does not
    stop the rest. The exit status is 1 if any file failed.
    """
    from cpb_tui.import_run import expand_paths, run_import
    from cpb_tui.importers.dates import parse_date

    meeting_date = None
    if date_text:
        try:
            meeting_date = parse_date(date_text)
        except ValueError as error:
            raise click.BadParameter(str(error), param_hint="--date") from None
    files, skipped = expand_paths(list(paths))
    if not files:
        raise click.ClickException("no files to import in " + ", ".join(str(p) for p in paths))
    if explain:
        from cpb_tui.importers.explain import explain as explain_file

        for position, path in enumerate(files):
            if position:
                click.echo("")
            for line in explain_file(path):
                click.echo(line)
        return
    store = _dry_run_store(obj) if dry_run else obj.open_store()
    try:
        if sys.stdout.isatty():
            summary = _import_with_progress(store, files, committee, meeting_date, dry_run)
        else:
            summary = run_import(store, files, committee, meeting_date, dry_run, _print_result)
    finally:
        if store is not None:
            store.close()
    if len(files) > 1 or skipped or dry_run:
        _print_summary(summary, skipped, dry_run)
    if summary.failed:
        raise click.exceptions.Exit(1)


def _dry_run_store(obj: CpbContext) -> "Store | None":
    """For --dry-run: the store if it exists already (to tell unchanged files), never a new one."""
    from cpb_tui.locations import db_path

    return obj.open_store() if db_path(obj.db).exists() else None


def _print_result(result) -> None:
    if result.status == "failed":
        click.echo(f"error: {result.path}: {result.message}", err=True)
    else:
        click.echo(f"{result.status} {result.path}: {result.message}")
    for warning in result.warnings:
        click.echo(f"warning: {result.path}: {warning}", err=True)


def _import_with_progress(store, files, committee, meeting_date, dry_run):
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from cpb_tui.import_run import run_import

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
            line = Text(f"{result.status} {result.path}: {result.message}", style=style)
            progress.console.print(line)
            for warning in result.warnings:
                progress.console.print(Text(f"warning: {result.path}: {warning}", style="yellow"))

        from rich.text import Text

        return run_import(store, files, committee, meeting_date, dry_run, report)


def _print_summary(summary, skipped, dry_run: bool) -> None:
    parts = []
    for status in ("would import", "imported", "updated", "unchanged", "failed"):
        count = summary.count(status)
        if count or status in ("imported", "failed") and not dry_run:
            parts.append(f"{count} {status}")
    pages = f", {summary.pages} PDF pages" if summary.pages else ""
    click.echo(("dry run, nothing written: " if dry_run else "") + ", ".join(parts) + pages)
    if skipped:
        click.echo(f"skipped {len(skipped)} file(s) of other types, e.g. {skipped[0]}")
    if summary.failed and len(summary.results) > 1:
        click.echo("failed:", err=True)
        for result in summary.failed:
            click.echo(f"  {result.path}: {result.message}", err=True)


@cli.group(name="meetings", cls=DefaultGroup, default="list", default_if_no_args=True)
def meetings_group() -> None:
    """List meetings, or add one that is scheduled."""


@meetings_group.command(name="list")
@click.option("--committee", help="Only this committee's meetings.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (see docs/cli.md for the shape).")
@click.pass_obj
def meetings_command(obj: CpbContext, committee: str | None, as_json: bool) -> None:
    """List meetings, newest first."""
    from cpb_tui.serialise import meeting_to_dict

    store = obj.open_store()
    meetings = store.meetings(committee)
    store.close()
    if as_json:
        click.echo(json.dumps([meeting_to_dict(m) for m in meetings], indent=2, ensure_ascii=False))
        return
    if not meetings:
        click.echo("No meetings yet: import a document with `cpb import FILE`, or try `cpb demo`.")
        return
    for meeting in meetings:
        click.echo(
            f"{meeting.id:>4}  {meeting.date.isoformat()}  {meeting.committee}"
            f"  ({_plural(meeting.item_count, 'item')}, {meeting.status})"
        )


@meetings_group.command(name="add")
@click.option("--committee", required=True, help="The committee.")
@click.option("--date", "date_text", required=True, metavar="DATE", help="The meeting date.")
@click.option("--time", help="The start time, e.g. '10.00 am'.")
@click.option("--venue", help="Where it meets.")
@click.pass_obj
def meetings_add(obj: CpbContext, committee: str, date_text: str, time: str | None, venue: str | None) -> None:
    """Add a scheduled meeting; actions due "at the March meeting" find it at once."""
    from cpb_tui.importers.dates import parse_date
    from cpb_tui.models import format_date

    try:
        date = parse_date(date_text)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint="--date") from None
    store = obj.open_store()
    try:
        meeting, created = store.add_meeting(committee, date, time, venue)
    finally:
        store.close()
    verb = "added" if created else "already known:"
    click.echo(f"{verb} {meeting.committee}, {format_date(meeting.date)} ({meeting.status}, id {meeting.id})")


@cli.command(name="show")
@click.argument("meeting")
@click.option("--committee", help="The committee, when several met on that date.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (see docs/cli.md for the shape).")
@click.pass_obj
def show_command(obj: CpbContext, meeting: str, committee: str | None, as_json: bool) -> None:
    """Show a meeting's items and resolutions. MEETING is its id or its date."""
    from cpb_tui.serialise import meeting_detail_to_dict

    detail = _meeting_detail(obj, meeting, committee)
    if as_json:
        click.echo(json.dumps(meeting_detail_to_dict(detail), indent=2, ensure_ascii=False))
        return
    click.echo(detail.meeting.label)
    if detail.meeting.venue:
        click.echo(detail.meeting.venue)
    click.echo("")
    for item_detail in detail.items:
        item = item_detail.item
        pages = f"  (pages {item.pages})" if item.pages else ""
        exempt = "  [exempt]" if item.exempt else ""
        click.echo(f"{item.number or '-':>4}. {item.title}{pages}{exempt}")
        for resolution in item_detail.resolutions:
            label = f"{resolution.label}) " if resolution.label else ""
            click.echo(f"        {label}{resolution.text}")


@cli.command(name="read")
@click.argument("meeting")
@click.argument("item", required=False)
@click.option("--committee", help="The committee, when several met on that date.")
@click.option("--width", type=int, default=88, show_default=True, help="Wrap text at this width.")
@click.pass_obj
def read_command(obj: CpbContext, meeting: str, item: str | None, committee: str | None, width: int) -> None:
    """A meeting, or one ITEM (its number) of it, as plain text for screen readers and pipes."""
    from cpb_tui.read import meeting_text

    detail = _meeting_detail(obj, meeting, committee)
    chosen = None
    if item is not None:
        number = item.rstrip(".")
        chosen = next((d.item for d in detail.items if number in (d.item.number, d.item.minute_number)), None)
        if chosen is None:
            numbers = ", ".join(d.item.number or "-" for d in detail.items)
            raise click.ClickException(f"{detail.meeting.label} has no item {item} (items: {numbers})")
    click.echo(meeting_text(detail, chosen, width), nl=False)


@cli.command(name="demo")
@click.option("--no-open", is_flag=True, help="Build the demo store and print where it is, without opening the app.")
def demo_command(no_open: bool) -> None:
    """Build a fresh demo store from the bundled fictional council and open the app on it."""
    from cpb_tui.demo import build_demo

    path = build_demo()
    if no_open:
        click.echo(str(path))
        return
    _run_app(path)


@cli.command(name="locate")
@click.pass_obj
def locate_command(obj: CpbContext) -> None:
    """Print where cpb keeps its data and database."""
    from cpb_tui.locations import data_dir, db_path

    click.echo(f"data directory: {data_dir()}")
    click.echo(f"database:       {db_path(obj.db)}")


def _meeting_detail(obj: CpbContext, meeting: str, committee: str | None):
    """The meeting a user named (id or date) with everything `show` and `read` print."""
    store = obj.open_store()
    try:
        detail = store.meeting_detail(_resolve_meeting(store, meeting, committee))
    finally:
        store.close()
    assert detail is not None
    return detail


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _resolve_meeting(store: "Store", text: str, committee: str | None) -> int:
    if text.isdigit():
        found = store.meeting(int(text))
        if found is None:
            raise click.ClickException(f"no meeting with id {text}: `cpb meetings` lists them")
        return found.id
    from cpb_tui.importers.dates import parse_date

    try:
        date = parse_date(text)
    except ValueError as error:
        raise click.BadParameter(f"{error}, or give the meeting's id from `cpb meetings`", param_hint="MEETING") from None
    matches = store.meetings_on(date, committee)
    if not matches:
        raise click.ClickException(f"no meeting on {date.isoformat()}" + (f" of {committee}" if committee else "") + ": `cpb meetings` lists them")
    if len(matches) > 1:
        names = ", ".join(m.committee for m in matches)
        raise click.ClickException(f"several meetings on {date.isoformat()} ({names}): add --committee")
    return matches[0].id


def _run_app(path: Path) -> None:
    from cpb_tui.app import make_app

    app = make_app(path)
    app.run()
    if app.return_code:
        sys.exit(app.return_code)


def _register_groups() -> None:
    from cpb_tui.cli_actions import actions_group
    from cpb_tui.cli_follow import follow_group, topic_command
    from cpb_tui.cli_search import reindex_command, search_command

    cli.add_command(actions_group)
    cli.add_command(follow_group)
    cli.add_command(topic_command)
    cli.add_command(search_command)
    cli.add_command(reindex_command)


_register_groups()
add_store_commands(cli)
