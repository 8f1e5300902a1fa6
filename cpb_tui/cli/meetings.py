"""`cpb meetings`, `cpb show MEETING` and `cpb read MEETING [ITEM]`: meetings and what they hold."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click
from click_default_group import DefaultGroup

from cpb_tui.cli.helpers import CpbContext, echo, echo_json, exempt_tag, item_at, parse_date_option, plural, resolve_meeting

if TYPE_CHECKING:
    from cpb_tui.domain.models import Item, MeetingDetail


@click.group(name="meetings", cls=DefaultGroup, default="list", default_if_no_args=True)
def meetings_group() -> None:
    """List meetings, or add one that is scheduled."""


@meetings_group.command(name="list")
@click.option("--committee", help="Only this committee's meetings.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (see docs/cli.md for the shape).")
@click.pass_obj
def meetings_command(obj: CpbContext, committee: str | None, as_json: bool) -> None:
    """List meetings, newest first."""
    from cpb_tui.export.serialise import meetings_to_dict

    store = obj.open_store()
    meetings = store.meetings(committee)
    store.close()
    if as_json:
        echo_json(meetings_to_dict(meetings))
        return
    if not meetings:
        from cpb_tui.export.empty import NO_MEETINGS

        echo(NO_MEETINGS)
        return
    for meeting in meetings:
        echo(
            f"{meeting.id:>4}  {meeting.date.isoformat()}  {meeting.committee}"
            f"  ({plural(meeting.item_count, 'item')}, {meeting.status})"
        )


@meetings_group.command(name="add")
@click.option("--committee", required=True, help="The committee.")
@click.option("--date", "date_text", required=True, metavar="DATE", help="The meeting date.")
@click.option("--time", help="The start time, e.g. '10.00 am'.")
@click.option("--venue", help="Where it meets.")
@click.pass_obj
def meetings_add(obj: CpbContext, committee: str, date_text: str, time: str | None, venue: str | None) -> None:
    """Add a scheduled meeting; actions due "at the March meeting" find it at once."""
    from cpb_tui.domain.models import format_date

    date = parse_date_option(date_text, "--date")
    store = obj.open_store(own=True)
    try:
        meeting, created = store.add_meeting(committee, date, time, venue)
    finally:
        store.close()
    verb = "added" if created else "already known:"
    echo(f"{verb} {meeting.committee}, {format_date(meeting.date)} ({meeting.status}, id {meeting.id})")


@click.command(name="show")
@click.argument("meeting")
@click.option("--committee", help="The committee, when more than one met that day.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (see docs/cli.md for the shape).")
@click.pass_obj
def show_command(obj: CpbContext, meeting: str, committee: str | None, as_json: bool) -> None:
    """Show a meeting's items and resolutions. MEETING is its date (2021-01-28), `next` or `last`, or its id from `cpb meetings`."""
    from cpb_tui.export.empty import no_agenda, no_minutes
    from cpb_tui.export.serialise import meeting_detail_to_dict

    detail, _ = _meeting_detail(obj, meeting, committee)
    if as_json:
        echo_json(meeting_detail_to_dict(detail))
        return
    echo(detail.meeting.label)
    if detail.meeting.venue:
        echo(detail.meeting.venue)
    echo("")
    if not detail.items:
        echo(no_agenda(detail.meeting))
    elif not any(d.item.minutes or d.resolutions for d in detail.items):
        echo(no_minutes(detail.meeting))
        echo("")
    # (the numbers right-aligned in a column as wide as the longest, up to 16: "20.10.03.1." lines up with "   1.")
    width = min(16, max([5, *(len(_with_stop(d.item.number)) for d in detail.items if d.item.number)]))
    indent = " " * (width + 3)
    for item_detail in detail.items:
        item = item_detail.item
        pages = f"  (pages {item.pages})" if item.pages else ""
        mark = _with_stop(item.number) if item.number else "\u2013"  # (an unnumbered record: a dash, no stop)
        echo(f"{mark:>{width}} {item.title}{pages}{exempt_tag(item)}")
        for resolution in item_detail.resolutions:
            label = f"{resolution.label}) " if resolution.label else ""
            first, *more = resolution.text.split("\n")  # (a clause's own list, "- Councillor Ann Kemp", under the clause)
            echo(f"{indent}{label}{first}")
            for line in more:
                echo(f"{indent}{' ' * len(label)}{line}" if line.strip() else "")


@click.command(name="read")
@click.argument("meeting")
@click.argument("item", required=False)
@click.option("--committee", help="The committee, when more than one met that day.")
@click.option("--width", type=int, default=88, show_default=True, help="Wrap text at this width.")
@click.pass_obj
def read_command(obj: CpbContext, meeting: str, item: str | None, committee: str | None, width: int) -> None:
    """A meeting, or one ITEM of it (its number, or its minute number), as plain text for screen readers and pipes."""
    from cpb_tui.export.read import meeting_text

    detail, chosen = _meeting_detail(obj, meeting, committee, item)
    echo(meeting_text(detail, chosen, width), nl=False)


def _meeting_detail(
    obj: CpbContext, meeting: str, committee: str | None, item: str | None = None
) -> tuple["MeetingDetail", "Item | None"]:
    """The meeting a user named (date or id) with everything `show` and `read` print, and the ITEM named in it."""
    store = obj.open_store()
    try:
        found = resolve_meeting(store, meeting, committee)
        chosen = None if item is None else item_at(store, found, item)
        detail = store.meeting_detail(found.id)
    finally:
        store.close()
    assert detail is not None
    return detail, chosen


def _with_stop(number: str) -> str:
    """An item's number as the list prints it, with its stop ("12.", "20.10.03.1."), but none after a bracket or a stop of
    its own ("1.(i)", not "1.(i).")."""
    return number if number.endswith((")", ".")) else f"{number}."
