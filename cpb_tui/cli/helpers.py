"""What every command module shares: the store, `--json` output, dates, meetings and items named
on the command line, and who is making a change.

Command modules import this and nothing else from `cpb_tui.cli`, so they never import one another.
Heavy modules are imported inside the functions, so `cpb --help` stays quick.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any, Iterable, TypeVar

import click

if TYPE_CHECKING:
    from cpb_tui.domain.models import Item
    from cpb_tui.store import Store

ItemT = TypeVar("ItemT", bound="Item")


class CpbContext:
    """What the group passes to its commands: where the database is, and who is acting."""

    def __init__(self, db: str | None) -> None:
        self.db = db
        self.as_user: str | None = None

    def open_store(self) -> "Store":
        from cpb_tui.services.locations import db_path
        from cpb_tui.store import Store, StoreError

        try:
            return Store.open(db_path(self.db))
        except StoreError as error:
            raise click.ClickException(str(error)) from None


def echo_json(data: Any) -> None:
    """Print `--json` output: indented, with text left as it is (no \\u escapes)."""
    click.echo(json.dumps(data, indent=2, ensure_ascii=False))


def parse_date_option(value: str | None, name: str) -> dt.date | None:
    """A date the user typed for option `name` (2021-06-21 or 21/06/2021); a bad one is a usage error."""
    if value is None:
        return None
    from cpb_tui.importers.dates import parse_date

    try:
        return parse_date(value)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint=name) from None


def resolve_meeting(store: "Store", text: str, committee: str | None) -> int:
    """The id of the meeting a user named by its id or its date (with --committee when several met that day)."""
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


def find_item(items: Iterable[ItemT], number: str) -> ItemT | None:
    """The item a user named by its agenda number or its minute number, if the meeting has it."""
    return next((item for item in items if number in (item.number, item.minute_number)), None)


def who(obj: CpbContext) -> str:
    """Who is making a change: `--as`, else config.toml's user, else the login name."""
    from cpb_tui.services.config import current_user

    try:
        return current_user(obj.as_user)
    except ValueError as error:
        raise click.ClickException(str(error)) from None


def plural(count: int, noun: str) -> str:
    """ "1 item", "3 items"."""
    return f"{count} {noun}" + ("" if count == 1 else "s")
