"""`cpb follow ...` and `cpb topic MEETING ITEM`: what came of what was resolved."""

from __future__ import annotations

import click
from click_default_group import DefaultGroup

from cpb_tui.cli.helpers import echo, echo_json, exempt_tag, parse_date_option, resolve_item, who
from cpb_tui.export.serialise import topic_to_dict, tracked_actions_to_dict

ITEM_HELP = (
    "MEETING ITEM names an item as the agenda prints it: the meeting's date and the item's number"
    " (`2021-06-21 5`); an item's id alone (from --json) is read as such."
)


@click.group(name="follow", cls=DefaultGroup, default="list", default_if_no_args=True)
@click.option("--as", "as_user", metavar="NAME", help="Who is deciding (default: config.toml's user, else your login name).")
@click.pass_context
def follow_group(ctx: click.Context, as_user: str | None) -> None:
    """Follow-through: every action with its derived status and its follow-ups at later meetings."""
    ctx.obj.as_user = as_user


@follow_group.command(name="list")
@click.option("--committee", help="Only this committee.")
@click.option("--since", metavar="DATE", help="Only what was resolved on or after this date.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (see docs/cli.md).")
@click.option("--all", "show_all", is_flag=True, help="Show every suggestion, not only the strong ones.")
@click.option("--scores", is_flag=True, help="Also print the matcher's scores and figures (for tuning the matcher).")
@click.pass_obj
def follow_list(obj, committee, since, as_json, show_all, scores) -> None:
    """Every action with its derived status; missed and overdue first."""
    from cpb_tui.followthrough import DEFAULT_THRESHOLD
    from cpb_tui.followthrough.words import reasons_in_words, strength
    from cpb_tui.domain.models import format_date

    store = obj.open_store()
    try:
        tracked = store.tracked_actions(committee, parse_date_option(since, "--since"))
    finally:
        store.close()
    if as_json:
        echo_json(tracked_actions_to_dict(tracked))
        return
    if not tracked:
        echo("No actions yet: import minutes with `cpb import`, or add one with `cpb actions add`.")
        return
    example = None
    for entry in tracked:
        action = entry.action
        origin = format_date(action.meeting_date) if action.meeting_date else "no meeting"
        echo(f"[{entry.derived_status}] action {action.id}, {origin} {action.minute_reference}: {action.text}{exempt_tag(action)}")
        echo(f"    due {action.target}; owner {'; '.join(action.owners) or 'none'}")
        shown = [f for f in entry.followups if show_all or f.state != "suggested" or f.score >= DEFAULT_THRESHOLD]
        for followup in shown[:3]:
            # In words, as the app says it; the figures only when asked for.
            why = "; ".join(followup.reasons if scores else reasons_in_words(followup))
            how = f"{strength(followup)} ({followup.score:.2f})" if scores else strength(followup)
            # The meeting's date and the item's number: what `cpb follow confirm` takes.
            place = f"{followup.meeting_date.isoformat()} item {followup.item_number}" if followup.item_number else (
                f"{followup.meeting_date.isoformat()} item (id {followup.item_id})"
            )
            echo(f"    {how}: {place} '{followup.item_title}': {why}{exempt_tag(followup)}")
            if example is None and followup.state == "suggested" and followup.item_number:
                example = f"{action.id} {followup.meeting_date.isoformat()} {followup.item_number}"
    if example:
        echo(f"\nConfirm or reject a follow-up with `cpb follow confirm {example}` (or `reject`).")


def _decide(state: str):
    verb = "confirm" if state == "confirmed" else "reject"
    summary = "Confirm that an item delivered ACTION" if state == "confirmed" else "Reject an item as a follow-up of ACTION"

    @follow_group.command(name=verb, help=f"{summary}. {ITEM_HELP}")
    @click.argument("action_id", metavar="ACTION", type=int)
    @click.argument("item_words", metavar="MEETING ITEM", nargs=-1, required=True)
    @click.option("--committee", help="The committee, when more than one met that day (default: the action's).")
    @click.option("--note", help="Why: kept in the action's history.")
    @click.pass_obj
    def command(obj, action_id, item_words, committee, note) -> None:
        from cpb_tui.domain.models import format_date
        from cpb_tui.store.action_log import ActionNotFound

        store = obj.open_store()
        try:
            action = store.action(action_id)
            item = resolve_item(store, item_words, committee or action.committee)
            followup = store.decide_followup(action_id, item.id, state, who(obj), note)
        except (ActionNotFound, LookupError, ValueError) as error:
            raise click.ClickException(str(error).strip("'\"")) from None
        finally:
            store.close()
        number = f"item {followup.item_number}" if followup.item_number else "item"
        echo(f"action {action_id}: {number} '{followup.item_title}' of {format_date(followup.meeting_date)} {state}{exempt_tag(followup)}")

    return command


_decide("confirmed")
_decide("rejected")


@click.command(name="topic", help=f"Every meeting that took the business of an item, with what each resolved. {ITEM_HELP}")
@click.argument("item_words", metavar="MEETING ITEM", nargs=-1, required=True)
@click.option("--committee", help="The committee, when more than one met that day.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (see docs/cli.md).")
@click.pass_obj
def topic_command(obj, item_words, committee, as_json) -> None:
    from cpb_tui.domain.models import format_date

    store = obj.open_store()
    try:
        asked = resolve_item(store, item_words, committee)
        topic = store.topic_entries(asked.id)
    finally:
        store.close()
    if as_json:
        echo_json(topic_to_dict(topic))
        return
    for entry in topic:
        item = entry.item
        echo(f"{format_date(entry.meeting.date)}  {item.number or '-'}. {item.title}{exempt_tag(item)}")
        for resolution in entry.resolutions:
            label = f"{resolution.label}) " if resolution.label else ""
            echo(f"      {label}{resolution.text}")
    if len(topic) == 1:
        echo("No other meeting took this business, as far as cpb can tell.")
