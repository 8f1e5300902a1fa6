"""The evidence panel's two halves: an action's history, and its trail from the origin meeting to now.

The trail lists each later meeting of the committee (held, scheduled or cancelled, and where
the action is due), and under each the items suggested as its follow-up with their reasons
in words, never the matcher's scores. The screen gives it the data; y / n / Enter act on the
highlighted item.
"""

from __future__ import annotations

import datetime as dt

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from cpb_tui.domain.models import ActionTrail, FollowUp, Meeting, format_date
from cpb_tui.domain.safe import terminal_safe
from cpb_tui.followthrough.words import reasons_in_words, strength


def where(followup: FollowUp) -> str:
    """The item in a few words; an exempt item by its number alone."""
    title = "(exempt)" if followup.exempt else f"'{followup.item_title}'"
    return f"item {followup.item_number or '-'} {title} at {format_date(followup.meeting_date)}"


def followup_text(followup: FollowUp, dated: bool = True) -> Text:
    style = {"confirmed": "green", "rejected": "dim", "strong match, to confirm": "bold yellow"}.get(strength(followup), "")
    text = Text("  " if not dated else "")
    text.append(strength(followup), style=style or "bold")
    text.append(terminal_safe(f": item {followup.item_number or '-'} "))
    if followup.exempt:
        text.append("[exempt] ", style="bold red")
    text.append(terminal_safe(f"'{followup.item_title}'" + (f", {format_date(followup.meeting_date)}" if dated else "")))
    for reason in reasons_in_words(followup):
        text.append("\n    " + terminal_safe(reason), style="dim")
    return text


def meeting_line(meeting: Meeting, action_due: int | None, today: dt.date, found: int) -> Text:
    """A later meeting of the committee: its date, whether it was held, and whether the action is due there."""
    text = Text()
    text.append(format_date(meeting.date), style="bold")
    state = meeting.status if meeting.date <= today or meeting.status == "cancelled" else "to come"
    text.append(f"  {state}", style="dim" if state == "held" else "bold")
    if meeting.id == action_due:
        text.append("  (due here)", style="bold")
    if meeting.date <= today and meeting.status == "held" and not found:
        text.append("  nothing on its agenda matched", style="dim")
    return text


def history_text(trail: ActionTrail) -> Text:
    """The action in full, then its history, newest first (what the clerk asks about is what just happened)."""
    action = trail.action
    text = Text()
    text.append(f"Action {action.id}", style="bold")
    if action.exempt:
        text.append(" [exempt]", style="bold red")
    origin = f" from {format_date(action.meeting_date)}, {action.minute_reference}" if action.meeting_date else " (added by hand)"
    text.append(terminal_safe(origin + f"; {action.committee or 'no committee'}"))
    text.append("\n" + terminal_safe(action.text))
    text.append(terminal_safe(f"\nowners: {'; '.join(action.owners) or 'none'}; due {action.target}; {action.status}"), style="dim")
    text.append("\nHistory\n", style="bold underline")
    for event in reversed(trail.events):
        when = event.at[:16].replace("T", " ")
        change = event.change
        text.append(f"{when} ", style="dim")
        text.append(terminal_safe(f"{event.who}: {event.event}{change}"))
        if event.note:
            text.append(terminal_safe(f" ({event.note})"), style="italic")
        text.append("\n")
    return text


def trail_meetings(trail: ActionTrail, calendar: tuple[Meeting, ...], today: dt.date) -> list[Meeting]:
    """The committee's meetings after the origin, up to today and the next one to come (or the due one)."""
    action = trail.action
    later = [m for m in calendar if action.meeting_date is None or m.date > action.meeting_date]
    shown = [m for m in later if m.date <= today]
    to_come = [m for m in later if m.date > today]
    if to_come:
        shown.append(to_come[0])
        due = next((m for m in to_come[1:] if m.id == action.due_meeting_id), None)
        if due is not None:
            shown.append(due)
    return shown


class TrailPanel(OptionList):
    """The selected action's trail: later meetings, and under each the items found for it."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows: list[FollowUp | None] = []
        """What each line is: a follow-up, or None (a meeting, a note)."""

    @property
    def followup(self) -> FollowUp | None:
        """The follow-up under the highlight, if the highlight is on one."""
        index = self.highlighted
        return self.rows[index] if index is not None and 0 <= index < len(self.rows) else None

    def show(self, trail: ActionTrail | None, calendar: tuple[Meeting, ...] = (), today: dt.date | None = None) -> None:
        """Show a trail (None: no action); the highlight goes to the strongest follow-up waiting for a decision."""
        self.clear_options()
        self.rows = []
        if trail is None:
            return
        today = today or dt.date.today()
        placed: set[int] = set()
        lines: list[tuple[Text, FollowUp | None]] = []
        for meeting in trail_meetings(trail, calendar, today):
            found = [f for f in trail.followups if f.meeting_id == meeting.id]
            lines.append((meeting_line(meeting, trail.action.due_meeting_id, today, len(found)), None))
            for followup in found:
                lines.append((followup_text(followup, dated=False), followup))
                placed.add(followup.item_id)
        others = [f for f in trail.followups if f.item_id not in placed]
        if others and lines:
            lines.append((Text("elsewhere", style="bold"), None))
        lines.extend((followup_text(f), f) for f in others)
        if not trail.followups:
            lines.append((Text("No later item has been found for it.", style="dim"), None))
        # In one call: one at a time, each option lays out every line again (ten years of monthly meetings: 70 ms).
        self.add_options([Option(text, disabled=row is None) for text, row in lines])
        self.rows = [followup for _, followup in lines]
        strong = [i for i, f in enumerate(self.rows) if f is not None and strength(f) == "strong match, to confirm"]
        suggested = [i for i, f in enumerate(self.rows) if f is not None and f.state == "suggested"]
        first = (strong or suggested or [None])[0]
        if first is None:
            first = next((i for i, f in enumerate(self.rows) if f is not None), None)
        if first is not None:
            self.highlighted = first
