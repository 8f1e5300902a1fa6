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

from cpb_tui import __version__

if TYPE_CHECKING:
    from cpb_tui.store import Store


class CpbContext:
    """What the group passes to its commands: where the database is."""

    def __init__(self, db: str | None) -> None:
        self.db = db

    def open_store(self) -> "Store":
        from cpb_tui.locations import db_path
        from cpb_tui.store import Store, StoreError

        try:
            return Store.open(db_path(self.db))
        except StoreError as error:
            raise click.ClickException(str(error)) from None


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
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
@click.pass_obj
def import_command(obj: CpbContext, paths: tuple[Path, ...], committee: str | None, date_text: str | None) -> None:
    """Import agenda packs, minutes pages and reports (text or Markdown).

    Each file is imported whole or not at all; a file imported before is left unchanged.
    """
    from cpb_tui.importers import ImportProblem, load
    from cpb_tui.importers.dates import parse_date
    from cpb_tui.models import format_date

    meeting_date = None
    if date_text:
        try:
            meeting_date = parse_date(date_text)
        except ValueError as error:
            raise click.BadParameter(str(error), param_hint="--date") from None
    store = obj.open_store()
    failed = 0
    for path in paths:
        try:
            source, record = load(path, committee=committee, date=meeting_date)
            outcome = store.import_document(record, str(source.path), source.sha256)
        except ImportProblem as problem:
            failed += 1
            click.echo(f"error: {problem}", err=True)
            continue
        if outcome.status == "unchanged":
            click.echo(f"unchanged {path}: imported before, nothing to do")
            continue
        described = "; ".join(
            f"{m.committee}, {format_date(m.date)} ({_plural(len(store.items(m.id)), 'item')})" for m in outcome.meetings
        )
        click.echo(f"imported {path}: {record.kind}: {described}")
    store.close()
    if failed:
        raise click.exceptions.Exit(1)


@cli.command(name="meetings")
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


@cli.command(name="show")
@click.argument("meeting")
@click.option("--committee", help="The committee, when several met on that date.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (see docs/cli.md for the shape).")
@click.pass_obj
def show_command(obj: CpbContext, meeting: str, committee: str | None, as_json: bool) -> None:
    """Show a meeting's items and resolutions. MEETING is its id or its date."""
    from cpb_tui.serialise import meeting_detail_to_dict

    store = obj.open_store()
    try:
        meeting_id = _resolve_meeting(store, meeting, committee)
        detail = store.meeting_detail(meeting_id)
    finally:
        store.close()
    assert detail is not None
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
