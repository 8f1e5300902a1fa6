"""The `cpb` group: `cpb` alone opens the app; each command group lives in its own module.

Heavy modules (Textual, the importers, the store) are imported inside the commands, so
`cpb --help` stays quick.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from cpb_tui import __version__
from cpb_tui.cli.actions import actions_group
from cpb_tui.cli.backup import StoreErrorsGroup, backup_command, check_command, restore_command
from cpb_tui.cli.follow import follow_group, topic_command
from cpb_tui.cli.helpers import CpbContext, demo_notice_marker, echo
from cpb_tui.cli.importing import import_command
from cpb_tui.cli.meetings import meetings_group, read_command, show_command
from cpb_tui.cli.search import reindex_command, search_command


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
        _run_app(ctx.obj.store_path())


@cli.command(name="demo")
@click.option("--no-open", is_flag=True, help="Build the demo store and print where it is, without opening the app.")
def demo_command(no_open: bool) -> None:
    """Build a fresh demo store from the bundled fictional council and open the app on it.

    The demo's dates are moved to today, so its next meeting is always ahead. While you have no
    store of your own, the other commands use the demo store too.
    """
    from cpb_tui.domain.models import format_date
    from cpb_tui.services.demo import build_demo, demo_next_meeting

    path = build_demo()
    demo_notice_marker(path).unlink(missing_ok=True)
    if no_open:
        echo(str(path))
        echo(
            f"The demo's next meeting is on {format_date(demo_next_meeting())}. Until you import documents"
            " of your own, `cpb` commands use this store (docs/cli.md, \"The store a command uses\")."
        )
        return
    _run_app(path)


@cli.command(name="locate")
@click.pass_obj
def locate_command(obj: CpbContext) -> None:
    """Print where cpb keeps its data and database."""
    from cpb_tui.services.locations import data_dir, store_in_use

    path, is_demo = store_in_use(obj.db)
    echo(f"data directory: {data_dir()}")
    echo(f"database:       {path}" + ("  (the demo store: you have no store of your own yet)" if is_demo else ""))


def _run_app(path: Path) -> None:
    from cpb_tui.tui.app import make_app

    app = make_app(path)
    app.run()
    if app.return_code:
        sys.exit(app.return_code)


for command in (
    import_command,
    meetings_group,
    show_command,
    read_command,
    actions_group,
    follow_group,
    topic_command,
    search_command,
    reindex_command,
    backup_command,
    restore_command,
    check_command,
):
    cli.add_command(command)
