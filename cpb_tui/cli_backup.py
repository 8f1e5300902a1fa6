"""The store's own commands (`cpb backup`, `cpb restore`, `cpb check`) and the group that reports store errors.

The logic lives in `cpb_tui.store`; these are thin click faces over it.
"""

from __future__ import annotations

import sqlite3
import sys

import click


class StoreErrorsGroup(click.Group):
    """The `cpb` group: a store that is busy, read-only, damaged or not cpb's is one line, never a traceback."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except Exception as error:
            problem = _store_problem(error, ctx)
            if problem is None:
                raise
            raise click.ClickException(problem) from None


def _store_problem(error: Exception, ctx: click.Context) -> str | None:
    """What to tell the user about an error from the store, or None if it is not one."""
    db = sys.modules.get("cpb_tui.store.db")
    if db is None:
        return None  # the store was never opened, so the error is not its
    if isinstance(error, db.StoreError):
        return str(error)
    if isinstance(error, sqlite3.Error):
        from cpb_tui.locations import db_path

        described = db.describe_error(error, db_path(getattr(ctx.obj, "db", None)))
        return None if described is None else str(described)
    return None
