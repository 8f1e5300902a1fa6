"""`cpb follow ...` and `cpb topic ITEM`: what came of what was resolved."""

from __future__ import annotations

import click
from click_default_group import DefaultGroup

from cpb_tui.cli.helpers import echo_json, parse_date_option, who
from cpb_tui.export.serialise import topic_entry_to_dict, tracked_to_dict


@click.group(name="follow", cls=DefaultGroup, default="list", default_if_no_args=True)
@click.option("--as", "as_user", metavar="NAME", help="Who is deciding (default: config.toml's user, else your login name).")
@click.pass_context
def follow_group(ctx: click.Context, as_user: str | None) -> None:
    """Follow-through: every request with its trail through later meetings and its status."""
    ctx.obj.as_user = as_user


@follow_group.command(name="list")
@click.option("--committee", help="Only this committee.")
@click.option("--since", metavar="DATE", help="Only what was resolved on or after this date.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (see docs/cli.md).")
@click.option("--all", "show_all", is_flag=True, help="Show every suggestion, not only the strong ones.")
@click.pass_obj
def follow_list(obj, committee, since, as_json, show_all) -> None:
    """Every action with its derived status; missed and overdue first."""
    from cpb_tui.followthrough import DEFAULT_THRESHOLD
    from cpb_tui.domain.models import format_date

    store = obj.open_store()
    try:
        tracked = store.tracked_actions(committee, parse_date_option(since, "--since"))
    finally:
        store.close()
    if as_json:
        echo_json([tracked_to_dict(t) for t in tracked])
        return
    if not tracked:
        click.echo("No actions yet: import minutes with `cpb import`, or add one with `cpb actions add`.")
        return
    for entry in tracked:
        action = entry.action
        origin = format_date(action.meeting_date) if action.meeting_date else "no meeting"
        click.echo(f"[{entry.derived_status}] action {action.id}, {origin} {action.minute_reference}: {action.text}")
        click.echo(f"    due {action.target}; owner {'; '.join(action.owners) or 'none'}")
        shown = [f for f in entry.followups if show_all or f.state != "suggested" or f.score >= DEFAULT_THRESHOLD]
        for followup in shown[:3]:
            why = "; ".join(followup.reasons)
            click.echo(
                f"    {followup.state} {followup.score:.2f}: item {followup.item_id} '{followup.item_title}'"
                f" ({format_date(followup.meeting_date)}): {why}"
            )


def _decide(state: str):
    @follow_group.command(name="confirm" if state == "confirmed" else "reject",
                          help=f"{'Confirm' if state == 'confirmed' else 'Reject'} that ITEM (an item id) follows up ACTION.")
    @click.argument("action_id", type=int)
    @click.argument("item_id", type=int)
    @click.option("--note", help="Why: kept in the action's history.")
    @click.pass_obj
    def command(obj, action_id, item_id, note) -> None:
        from cpb_tui.store.action_log import ActionNotFound

        store = obj.open_store()
        try:
            followup = store.decide_followup(action_id, item_id, state, who(obj), note)
        except (ActionNotFound, LookupError, ValueError) as error:
            raise click.ClickException(str(error).strip("'\"")) from None
        finally:
            store.close()
        click.echo(f"action {action_id}: item {item_id} '{followup.item_title}' {state}")

    return command


_decide("confirmed")
_decide("rejected")


@click.command(name="topic")
@click.argument("item_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def topic_command(obj, item_id, as_json) -> None:
    """The history of the business ITEM (an item id) belongs to: every meeting it came to."""
    from cpb_tui.domain.models import format_date

    store = obj.open_store()
    try:
        if store.item(item_id) is None:
            raise click.ClickException(f"no item {item_id}: `cpb show MEETING --json` gives item ids")
        history = []
        for item in store.topic(item_id):
            meeting = store.meeting(item.meeting_id)
            history.append((item, meeting, store.resolutions(item.id)))
    finally:
        store.close()
    if as_json:
        echo_json([topic_entry_to_dict(i, m, rs) for i, m, rs in history])
        return
    for item, meeting, resolutions in history:
        click.echo(f"{format_date(meeting.date)}  {item.number or '-'}. {item.title}  (item {item.id})")
        for resolution in resolutions:
            label = f"{resolution.label}) " if resolution.label else ""
            click.echo(f"      {label}{resolution.text}")
    if len(history) == 1:
        click.echo("No other meeting took this business, as far as cpb can tell.")
