"""The `cpb` group: `cpb` alone opens the app; each command group lives in its own module.

A command's module is imported only when that command runs (`LazyCommands`), and heavy
modules (Textual, the importers, the store) inside the commands, so each command loads what
it uses and no more: `cpb search` never imports the action log's exports.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import click

from cpb_tui import __version__
from cpb_tui.cli.backup import StoreErrorsGroup
from cpb_tui.cli.helpers import CpbContext, demo_notice_marker, echo

COMMANDS = {
    "import": ("importing", "import_command"),
    "meetings": ("meetings", "meetings_group"),
    "show": ("meetings", "show_command"),
    "read": ("meetings", "read_command"),
    "actions": ("actions", "actions_group"),
    "follow": ("follow", "follow_group"),
    "topic": ("follow", "topic_command"),
    "brief": ("brief", "brief_command"),
    "search": ("search", "search_command"),
    "reindex": ("search", "reindex_command"),
    "backup": ("backup", "backup_command"),
    "restore": ("backup", "restore_command"),
    "check": ("backup", "check_command"),
}
"""Each command kept in a module of cpb_tui.cli: (module, attribute)."""


class LazyCommands(StoreErrorsGroup):
    """The `cpb` group, loading a command's module only when the command is asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *COMMANDS})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in COMMANDS and name not in self.commands:
            module, attribute = COMMANDS[name]
            command = getattr(importlib.import_module(f"cpb_tui.cli.{module}"), attribute)
            self.add_command(command, name)
        return super().get_command(ctx, name)


@click.group(cls=LazyCommands, invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
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
