"""What the meeting screen shows outside the report, as terminal-safe Text: one-line headers, an
action with its derived status, the Actions tab, a meeting of the Topic tab."""

from __future__ import annotations

from rich.text import Text

from cpb_tui.domain.models import Action, TopicEntry, format_date
from cpb_tui.domain.safe import terminal_safe
from cpb_tui.tui.safe import safe_text
from cpb_tui.followthrough.words import strength


def append_action(text: Text, action: Action, derived_status: str) -> None:
    """An action's status, reference and text, then its due and owners on a dim line."""
    style = {"missed": "bold red", "overdue": "bold red", "delivered": "green", "to confirm": "yellow"}.get(derived_status, "")
    text.append(f"[{derived_status}]", style=style or "bold")
    text.append(terminal_safe(f" action {action.id}, {action.minute_reference}: "))
    text.append(terminal_safe(action.text))
    if action.exempt:
        text.append("  EXEMPT", style="bold red")
    text.append(terminal_safe(f"\n    due {action.target}; owner {'; '.join(action.owners) or 'none'}\n"), style="dim")


def one_line(text: str) -> Text:
    """Stored text on one line, cut with "…" where the screen is narrower (a header never wraps)."""
    return Text(terminal_safe(text), no_wrap=True, overflow="ellipsis")


def topic_entry_text(entry: TopicEntry) -> Text:
    """One meeting of the topic: its date and item, then what it resolved (or that nothing was recorded)."""
    text = Text()
    text.append(format_date(entry.meeting.date), style="bold")
    text.append_text(safe_text(f"  {entry.item.number + '. ' if entry.item.number else ''}{entry.item.title}"))
    if entry.item.exempt:
        text.append("  EXEMPT", style="bold red")
    for resolution in entry.resolutions:
        label = f"{resolution.label}) " if resolution.label else ""
        text.append_text(safe_text(f"\n    {label}{resolution.text}", style="dim"))
    if not entry.resolutions:
        text.append("\n    Nothing resolved recorded.", style="dim italic")
    return text


def actions_text(actions, empty: str, marked: int | None = None) -> Text:
    if not actions:
        return Text(empty, style="dim")
    text = Text()
    for tracked in actions:
        start = len(text)
        append_action(text, tracked.action, tracked.derived_status)
        if tracked.action.id == marked:
            text.stylize("reverse", start, len(text) - 1)  # the action chosen in search or the palette
        for followup in tracked.followups[:2]:
            if followup.state == "rejected" or (followup.state == "suggested" and followup.score < 0.6):
                continue
            # The evidence in words, as the action log's trail says it (t on the log shows why).
            line = f"    {strength(followup)}: '{followup.item_title}', {format_date(followup.meeting_date)}"
            text.append(terminal_safe(line), style="dim")
            if followup.exempt:
                text.append("  EXEMPT", style="bold red")
            text.append("\n")
        text.append("\n")
    return text
