"""What every command module shares: the store, `--json` output, dates, meetings and items named
on the command line, and who is making a change.

Command modules import this and nothing else from `cpb_tui.cli`, so they never import one another.
Heavy modules are imported inside the functions, so `cpb --help` stays quick.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any, Iterable

import click

from cpb_tui.cli import lines
from cpb_tui.cli.lines import EXEMPT_TAG, demo_notice_marker, exempt_tag  # noqa: F401 - the commands' names for them
from cpb_tui.domain.safe import json_safe, terminal_safe

if TYPE_CHECKING:
    from pathlib import Path

    from cpb_tui.domain.models import Item, Meeting
    from cpb_tui.store import Store
    from cpb_tui.store.reader import SearchReader


class CpbContext:
    """What the group passes to its commands: where the database is, and who is acting."""

    def __init__(self, db: str | None) -> None:
        self.db = db
        self.as_user: str | None = None

    def store_path(self, own: bool = False) -> "Path":
        """The store this command works on: the demo store while you have none of your own (see docs/cli.md).

        `own` is for the commands that bring meetings in (import, `meetings add`, restore): they
        always start or use your own store. The first time a command falls back to the demo,
        one line on stderr says so and how to name another store.
        """
        from cpb_tui.services.locations import store_in_use

        path, is_demo = store_in_use(self.db, own)
        if is_demo:
            notice_demo(path)
        return path

    def open_searcher(self) -> "Store | SearchReader":
        """The store for a command that only searches: read-only without sqlite-utils when its schema is
        current (store/reader.py), else the `Store` as `open_store` opens it."""
        from cpb_tui.store.reader import open_search_reader

        reader = open_search_reader(self.store_path())
        return reader if reader is not None else self.open_store()

    def open_store(self, own: bool = False) -> "Store":
        from cpb_tui.store import Store, StoreError

        try:
            return Store.open(self.store_path(own))
        except StoreError as error:
            raise click.ClickException(str(error)) from None


def notice_demo(demo: "Path") -> None:
    """Say once, on stderr, that commands are using the demo store and how to point them elsewhere."""
    lines.notice_demo(demo, click.echo)


def echo(line: str = "", err: bool = False, nl: bool = True) -> None:
    """`click.echo` for any line that holds text from a document or a person: made terminal-safe first.

    Every command prints through this, so no escape sequence, control character or bidi
    override in the store reaches the terminal (`cpb_tui.domain.safe`).
    """
    click.echo(terminal_safe(line), err=err, nl=nl)


def echo_json(data: Any) -> None:
    """Print `--json` output: indented, text as it is stored, controls escaped (`\\u001b`, `\\u009b`, `\\u202e`)."""
    click.echo(json_safe(json.dumps(data, indent=2, ensure_ascii=False)))


def parse_date_option(value: str | None, name: str) -> dt.date | None:
    """A date the user typed for option `name` (2021-06-21 or 21/06/2021); a bad one is a usage error."""
    if value is None:
        return None
    from cpb_tui.importers.dates import parse_date

    try:
        return parse_date(value)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint=name) from None


def resolve_meeting(store: "Store", text: str, committee: str | None, argument: str = "MEETING") -> "Meeting":
    """The meeting a user named by its date (with --committee when two committees met that day), its id,
    or `next` / `last`: the first meeting from today on, the latest before today (as Home orders them).

    Errors name `argument` (MEETING, --meeting) and say what to type instead.
    """
    if text.lower() in RELATIVE_MEETINGS:
        text = _relative_meeting_date(store, text.lower(), committee, argument)
    if text.isdigit():
        found = store.meeting(int(text))
        if found is None:
            raise click.ClickException(
                f"{argument}: no meeting with id {text}: type its date (e.g. 2021-01-28), or an id from `cpb meetings`"
            )
        return found
    from cpb_tui.domain.models import format_date
    from cpb_tui.importers.dates import parse_date

    try:
        date = parse_date(text)
    except ValueError as error:
        raise click.BadParameter(f"{error}, `next`, `last`, or the meeting's id from `cpb meetings`", param_hint=argument) from None
    matches = store.meetings_on(date, committee)
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        names = " and ".join(f"--committee {_quoted(m.committee)}" for m in matches)
        raise click.ClickException(
            f"{argument}: {len(matches)} committees met on {format_date(date)}: add {names}"
        )
    of = f" of {committee}" if committee else ""
    near = _nearest(store.meetings(committee), date)
    hint = f"; the nearest{of} {'is' if len(near) == 1 else 'are'} {' and '.join(near)}" if near else ""
    raise click.ClickException(f"{argument}: no meeting{of} on {format_date(date)}{hint}: `cpb meetings` lists them")


RELATIVE_MEETINGS = ("next", "last")
"""Words that name a meeting by where it stands from today, so examples work on any day."""


def _relative_meeting_date(store: "Store", word: str, committee: str | None, argument: str) -> str:
    """The date of the `next` or `last` meeting (of `committee`), as text for the date lookup."""
    from cpb_tui.domain import clock

    today = clock.today()
    dates = sorted({m.date for m in store.meetings(committee)})
    found = [d for d in dates if d >= today][:1] if word == "next" else [d for d in dates if d < today][-1:]
    if not found:
        of = f" of {committee}" if committee else ""
        when = "from today on" if word == "next" else "before today"
        raise click.ClickException(f"{argument}: no meeting{of} {when}: `cpb meetings` lists them")
    return found[0].isoformat()


def _nearest(meetings: Iterable["Meeting"], date: dt.date) -> list[str]:
    """The dates of the meetings just before and just after `date`, as a user would type them."""
    dates = sorted({m.date for m in meetings})
    before = [d for d in dates if d < date][-1:]
    after = [d for d in dates if d > date][:1]
    return [d.isoformat() for d in before + after]


def _quoted(text: str) -> str:
    """A value as it would be typed in a shell: quoted when it holds spaces."""
    return f"'{text}'" if " " in text else text


def meeting_words(store: "Store", meeting: "Meeting") -> str:
    """How to name `meeting` on the command line: its date, with --committee when another met that day."""
    words = meeting.date.isoformat()
    if len(store.meetings_on(meeting.date)) > 1:
        words += f" --committee {_quoted(meeting.committee)}"
    return words


def number_ranges(numbers: Iterable[str]) -> str:
    """Printed item numbers in order, runs collapsed: "1-12", "1-4, 4a, 5-9"."""
    parts: list[str] = []
    run: list[int] = []

    def close() -> None:
        if run:
            parts.append(str(run[0]) if len(run) == 1 else f"{run[0]}-{run[-1]}")
            run.clear()

    for number in numbers:
        if number.isdigit() and (not run or int(number) == run[-1] + 1):
            run.append(int(number))
            continue
        close()
        if number.isdigit():
            run.append(int(number))
        else:
            parts.append(number)
    close()
    return ", ".join(parts)


def item_at(store: "Store", meeting: "Meeting", number: str, argument: str = "ITEM") -> "Item":
    """The item a user named by its printed number (else its minute number) at `meeting`.

    The printed number wins: it is what the agenda, the screens and `cpb show` put first. Two
    items with the same printed number are an error that gives each one's id.
    """
    from cpb_tui.domain.models import format_date

    wanted = number.strip().rstrip(".").casefold()
    items = store.items(meeting.id)
    where = f"the meeting of {format_date(meeting.date)}"
    found = [i for i in items if (i.number or "").casefold() == wanted]
    if not found:
        found = [i for i in items if (i.minute_number or "").casefold() == wanted]
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        each = "; ".join(f"{i.title!r} (id {i.id})" for i in found)
        raise click.ClickException(
            f"{argument}: {len(found)} items at {where} are numbered {number}: {each}: give the id alone instead"
        )
    if not items:
        raise click.ClickException(f"{argument}: {where} has no items yet: import its agenda or minutes with `cpb import FILE`")
    numbers = number_ranges(i.number for i in items if i.number)
    listed = f"its items are {numbers}" if numbers else "its items have no numbers"
    raise click.ClickException(
        f"{argument}: no item {number} at {where}; {listed}: see `cpb show {meeting_words(store, meeting)}`"
    )


def resolve_item(store: "Store", words: tuple[str, ...], committee: str | None) -> "Item":
    """The item a user named as MEETING ITEM (`2021-01-28 16`), or by its id alone (`412`).

    A lone number cannot be a meeting and a number, so it is read as an id; anything else
    says what to type.
    """
    if len(words) == 2:
        return item_at(store, resolve_meeting(store, words[0], committee), words[1])
    if len(words) == 1 and words[0].isdigit():
        found = store.item(int(words[0]))
        if found is None:
            raise click.ClickException(
                f"ITEM: no item with id {words[0]}: name it by its meeting and number instead, e.g. `2021-01-28 16`"
            )
        return found
    if len(words) == 1:
        meeting = resolve_meeting(store, words[0], committee)
        numbers = [i.number for i in store.items(meeting.id) if i.number]
        if not numbers:
            raise click.UsageError(f"MEETING ITEM: the meeting of {words[0]} has no numbered items: give an item's id alone")
        raise click.UsageError(
            f"MEETING ITEM: which item of that meeting? Add its number after the date,"
            f" e.g. `{words[0]} {numbers[0]}` (its items are {number_ranges(numbers)})"
        )
    raise click.UsageError("MEETING ITEM: name the item by its meeting and number, e.g. `2021-01-28 16` (or by its id alone)")


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
