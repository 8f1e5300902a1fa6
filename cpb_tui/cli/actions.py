"""`cpb actions ...`: the clerk's action log from the command line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import click
from click_default_group import DefaultGroup

from cpb_tui.cli.helpers import echo, echo_json, exempt_tag, item_at, parse_date_option, resolve_meeting, who
from cpb_tui.export.action_log import FORMATS
from cpb_tui.export.serialise import actions_to_dict, history_to_dict

if TYPE_CHECKING:
    from cpb_tui.domain.models import Action
    from cpb_tui.store import Store

STATUSES = ("open", "done", "dropped", "all")


@click.group(name="actions", cls=DefaultGroup, default="list", default_if_no_args=True)
@click.option("--as", "as_user", metavar="NAME", help="Who is making the change (default: config.toml's user, else your login name).")
@click.pass_context
def actions_group(ctx: click.Context, as_user: str | None) -> None:
    """The action log: what the meetings asked for, who owns it, when it is due, what happened."""
    ctx.obj.as_user = as_user


@actions_group.command(name="list")
@click.option("--status", type=click.Choice(STATUSES), default="open", show_default=True)
@click.option("--owner", help="Only actions with an owner containing this text.")
@click.option("--committee", help="Only this committee's actions.")
@click.option("--due-before", metavar="DATE", help="Only actions due before this date.")
@click.option("--overdue", is_flag=True, help="Only open actions whose due date or meeting has passed.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (see docs/cli.md).")
@click.pass_obj
def actions_list(obj, status, owner, committee, due_before, overdue, as_json) -> None:
    """List actions (open ones unless --status says otherwise)."""
    store = obj.open_store()
    try:
        found = store.actions(status, owner, committee, parse_date_option(due_before, "--due-before"), overdue)
    finally:
        store.close()
    if as_json:
        echo_json(actions_to_dict(found))
        return
    if not found:
        echo("No actions match.")
        return
    for action in found:
        origin = action.meeting_date.isoformat() if action.meeting_date else "-"
        owners = "; ".join(action.owners) or "no owner"
        echo(f"{action.id:>4}  {origin}  {action.minute_reference:<8} {action.status:<7} due {action.target}{exempt_tag(action)}")
        echo(f"      {action.text}")
        echo(f"      owner: {owners}" + (f"  |  latest update: {action.latest_update}" if action.latest_update else ""))


@actions_group.command(name="add")
@click.option("--meeting", "meeting_ref", metavar="MEETING", help="The meeting it came from: its date, `next`, `last`, or its id from `cpb meetings`.")
@click.option("--committee", help="The committee (with a date in --meeting, or alone).")
@click.option("--item", "item_number", metavar="ITEM", help="The item's number (or minute number) at that meeting.")
@click.option("--text", required=True, help="What is to be done.")
@click.option("--owner", "owners", multiple=True, help="An owner; repeat for several.")
@click.option("--due", help="Due date, or the due meeting's date.")
@click.option("--note", help="A note kept with the creation.")
@click.pass_obj
def actions_add(obj, meeting_ref, committee, item_number, text, owners, due, note) -> None:
    """Add an action by hand."""
    store = obj.open_store()
    try:
        meeting = None
        if meeting_ref:
            meeting = resolve_meeting(store, meeting_ref, committee, "--meeting")
        if item_number and meeting is None:
            raise click.UsageError("--item needs --meeting: the item's number is read at that meeting")
        item_id = item_at(store, meeting, item_number, "--item").id if item_number else None
        meeting_id = meeting.id if meeting else None
        due_meeting_id, due_date = _due(store, due, committee)
        action = store.add_action(
            who(obj), text, meeting_id, item_id, committee, list(owners), due_date, due_meeting_id, note
        )
    finally:
        store.close()
    echo(f"added action {action.id}: {action.text} (due {action.target}){exempt_tag(action)}")


def _due(store: "Store", value: str | None, committee: str | None) -> tuple[int | None, dt.date | None]:
    """A due value: the date of a known meeting of the committee makes that the due meeting."""
    date = parse_date_option(value, "--due")
    if date is None:
        return None, None
    meetings = store.meetings_on(date, committee)
    if len(meetings) == 1:
        return meetings[0].id, None
    return None, date


@actions_group.command(name="edit")
@click.argument("action_id", type=int)
@click.option("--owner", "owners", multiple=True, help="The owners (replaces them all); repeat for several.")
@click.option("--due", help="New due date, or the date of the meeting it is now due at.")
@click.option("--text", help="New wording.")
@click.option("--note", help="Why: kept in the history.")
@click.pass_obj
def actions_edit(obj, action_id, owners, due, text, note) -> None:
    """Change an action's owners, due date or wording."""
    store = obj.open_store()
    try:
        current = _get(store, action_id)
        due_meeting_id, due_date = _due(store, due, current.committee)
        action = store.edit_action(action_id, who(obj), list(owners) if owners else None, due_date, due_meeting_id, text, note)
    finally:
        store.close()
    echo(f"action {action.id}: owners {'; '.join(action.owners) or 'none'}, due {action.target}")


def _get(store: "Store", action_id: int) -> "Action":
    from cpb_tui.store.action_log import ActionNotFound

    try:
        return store.action(action_id)
    except ActionNotFound as error:
        raise click.ClickException(str(error)) from None


def _status_command(name: str, status: str, summary: str):
    @actions_group.command(name=name, help=summary)
    @click.argument("action_id", type=int)
    @click.option("--note", help="What happened: kept in the history and shown as the latest update.")
    @click.pass_obj
    def command(obj, action_id, note) -> None:
        store = obj.open_store()
        try:
            _get(store, action_id)
            try:
                action = store.set_action_status(action_id, status, who(obj), note)
            except ValueError as error:
                raise click.ClickException(str(error)) from None
        finally:
            store.close()
        echo(f"action {action.id} is now {action.status}")

    return command


_status_command("done", "done", "Mark an action done.")
_status_command("drop", "dropped", "Drop an action that is no longer needed.")
_status_command("reopen", "open", "Reopen a done or dropped action.")


@actions_group.command(name="note")
@click.argument("action_id", type=int)
@click.argument("text")
@click.pass_obj
def actions_note(obj, action_id, text) -> None:
    """Add an update to an action: kept in its history, and shown as its latest update."""
    store = obj.open_store()
    try:
        _get(store, action_id)
        store.note_action(action_id, who(obj), text)
    finally:
        store.close()
    echo(f"noted on action {action_id}")


@actions_group.command(name="history")
@click.argument("action_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def actions_history(obj, action_id, as_json) -> None:
    """Every change to an action: who, when, old -> new, and why."""
    from cpb_tui.store.action_log import ActionNotFound

    store = obj.open_store()
    try:
        trail = store.action_trail(action_id)
    except ActionNotFound as error:
        raise click.ClickException(str(error)) from None
    finally:
        store.close()
    action, events = trail.action, trail.events
    if as_json:
        echo_json(history_to_dict(action, events))
        return
    echo(f"action {action.id}: {action.text}{exempt_tag(action)}")
    for event in events:
        change = event.change
        note = f"  ({event.note})" if event.note else ""
        echo(f"  {event.at}  {event.who}  {event.event}{change}{note}")


@actions_group.command(name="export")
@click.option("--meeting", "meeting_ref", metavar="MEETING", required=True, help="The meeting the paper is for: its date, `next`, `last`, or its id from `cpb meetings`.")
@click.option("--committee", help="The committee, when more than one met that day.")
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), default="md", show_default=True)
@click.option("--output", "-o", type=click.Path(path_type=Path), help="Write to this file instead of the screen.")
@click.option("--include-exempt", "include_exempt", multiple=True, type=int, metavar="ACTION_ID",
              help="Include this action from an exempt (Part II) item; repeat for several.")
@click.pass_obj
def actions_export(obj, meeting_ref, committee, fmt, output, include_exempt) -> None:
    """The action log paper for a meeting: open actions, and those closed since the last meeting."""
    from cpb_tui.actions.matters_arising import matters_arising

    store = obj.open_store()
    try:
        meeting = resolve_meeting(store, meeting_ref, committee, "--meeting")
        paper = matters_arising(
            meeting, store.actions("all", committee=meeting.committee), store.meetings(meeting.committee), include_exempt
        )
    finally:
        store.close()
    paper_format = FORMATS[fmt]
    text = paper_format.write(paper)
    if output:
        output.write_text(text, encoding="utf-8", newline=paper_format.newline)
        echo(f"wrote {output}: {len(paper.actions)} actions", err=True)
    else:
        # To the terminal (or a pipe): the paper's own escaping is for its format; this is for the terminal.
        echo(text, nl=False)
    if paper.withheld:
        echo(f"left out {paper.withheld} action(s) from exempt items; name them with --include-exempt ID", err=True)


@actions_group.command(name="import")
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--committee", required=True, help="The committee whose tracker this is.")
@click.option("--dry-run", is_flag=True, help="Read and check the file; import nothing.")
@click.pass_obj
def actions_import(obj, path, committee, dry_run) -> None:
    """Import an existing action tracker saved as CSV (Action, Lead officer, Due, Status, Update)."""
    from cpb_tui.importers.tracker import TrackerProblem, read_tracker

    try:
        read = read_tracker(path)
    except TrackerProblem as problem:
        raise click.ClickException(str(problem)) from None
    used = ", ".join(f"{name} <- {column!r}" for name, column in read.columns.items())
    echo(f"columns: {used}")
    for problem in read.problems:
        echo(f"error: {path}: {problem}", err=True)
    if dry_run:
        echo(f"dry run: {len(read.rows)} rows would be imported, {len(read.problems)} cannot be read; nothing written")
        return
    store = obj.open_store()
    importer = who(obj)
    try:
        store.import_tracker(read.rows, committee, importer, path.name)
    finally:
        store.close()
    echo(f"imported {len(read.rows)} actions, {len(read.problems)} rows could not be read")
    if read.problems:
        raise click.exceptions.Exit(1)
