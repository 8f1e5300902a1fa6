"""`cpb backup`, `cpb restore` and `cpb check`, and the group class that reports store errors in one line.

The logic lives in `cpb_tui.store.backup`; these are thin click faces over it.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import click

from cpb_tui.cli.helpers import echo
from cpb_tui.domain.safe import terminal_safe


class StoreErrorsGroup(click.Group):
    """The `cpb` group: a store that is busy, read-only, damaged or not cpb's is one line, never a traceback.

    Every error message is made terminal-safe too: they quote what users typed and what the
    store holds (file names, committee names, item titles).
    """

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except click.ClickException as error:
            error.message = terminal_safe(error.message)
            raise
        except Exception as error:
            problem = _store_problem(error, ctx)
            if problem is None:
                raise
            raise click.ClickException(terminal_safe(problem)) from None


def _store_problem(error: Exception, ctx: click.Context) -> str | None:
    """What to tell the user about an error from the store, or None if it is not one."""
    db = sys.modules.get("cpb_tui.store.schema")  # the store's errors (loaded with any way into the store)
    if db is None:
        return None  # the store was never opened, so the error is not its
    if isinstance(error, db.StoreError):
        return str(error)
    if isinstance(error, sqlite3.Error):
        from cpb_tui.services.locations import store_in_use

        described = db.describe_error(error, store_in_use(getattr(ctx.obj, "db", None))[0])
        return None if described is None else str(described)
    return None


@click.command(name="backup")
@click.argument("out", required=False, type=click.Path(path_type=Path))
@click.pass_obj
def backup_command(obj, out: Path | None) -> None:
    """Copy the store to OUT (a file or a folder; default: backups/ beside the store), safely while cpb runs.

    The copy is checked before it is kept: SQLite's integrity check, and the same number of
    rows in every table as the store had at that moment.
    """
    from cpb_tui.store.backup import backup_store

    store_path = obj.store_path()
    report = backup_store(store_path, out)
    echo(f"backed up {store_path} to {report.path}: {_summary(report.counts)} (integrity ok)")


@click.command(name="restore")
@click.argument("copy", type=click.Path(path_type=Path))
@click.option("--yes", is_flag=True, help="Do not ask before replacing the store.")
@click.pass_obj
def restore_command(obj, copy: Path, yes: bool) -> None:
    """Put COPY (made by `cpb backup`) in place of the store; the store it replaces is kept beside it."""
    from cpb_tui.store.backup import inspect_copy, restore_store

    store_path = obj.store_path(own=True)
    checked = inspect_copy(copy)
    echo(f"{copy}: a sound copy, schema version {checked.version}, {_summary(checked.counts)}")
    if not yes and not click.confirm(terminal_safe(f"Replace {store_path} with it?"), default=False):
        raise click.exceptions.Exit(1)
    report = restore_store(copy, store_path)
    kept = f"; the store it replaced is kept at {report.kept}" if report.kept else ""
    echo(f"restored {copy} into {store_path} (integrity ok, every row count matches){kept}")


@click.command(name="check")
@click.pass_obj
def check_command(obj) -> None:
    """Check the store: SQLite's integrity, the full-text indexes, the action history, who may read the file."""
    from cpb_tui.store.backup import check_store

    report = check_store(obj.store_path())
    width = max(len(f.name) for f in report.findings)
    for finding in report.findings:
        echo(f"{finding.status:<4}  {finding.name:<{width}}  {finding.detail}")
    if report.failed:
        raise click.exceptions.Exit(1)


def _summary(counts: dict[str, int]) -> str:
    shown = ("meetings", "items", "documents", "actions", "action_events")
    return ", ".join(f"{counts[name]} {name.replace('action_events', 'history events')}" for name in shown)
