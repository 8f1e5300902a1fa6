"""After a meeting (C): its due actions not delivered, each carried forward, closed or dropped on one key.

The modal only lists and asks; the action log screen writes each choice at once as an event
in the action's history (so z undoes it there) and tells the modal how it went.
"""

from __future__ import annotations

from typing import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from cpb_tui.domain.models import LogEntry, Meeting, format_date
from cpb_tui.domain.safe import terminal_safe
from cpb_tui.tui.safe import safe_text

CHOICES = {"carry": "carried forward", "done": "closed", "drop": "dropped"}
"""What each choice is called once written."""


def to_carry(entries: tuple[LogEntry, ...] | list[LogEntry], meeting: Meeting) -> list[LogEntry]:
    """The actions due at `meeting` still open and not delivered, in the log's order."""
    return [
        e for e in entries
        if e.action.due_meeting_id == meeting.id and e.action.status == "open" and e.derived_status != "delivered"
    ]


class CarryForwardModal(ModalScreen[None]):
    """The carry-forward pass over one held meeting's undelivered actions."""

    DEFAULT_CSS = """
    CarryForwardModal { align: center middle; }
    CarryForwardModal > Vertical { width: 96; max-width: 98%; height: 90%; border: thick $primary; background: $surface; padding: 0 1; }
    CarryForwardModal #carry-list { height: 1fr; border: none; }
    CarryForwardModal .modal-hint { color: $text-muted; }
    """
    BINDINGS = [
        Binding("c", "choose('carry')", "Carry forward", id="carry-forward"),
        Binding("d", "choose('done')", "Close", id="carry-close"),
        Binding("D", "choose('drop')", "Drop", id="carry-drop"),
        Binding("escape", "close", "Done", id="carry-finish"),
    ]
    """One key per choice; each is written at once."""

    def __init__(
        self,
        meeting: Meeting,
        entries: list[LogEntry],
        next_meeting: Meeting | None,
        decide: Callable[[LogEntry, str, Meeting, Meeting | None], None],
    ) -> None:
        super().__init__()
        self.meeting = meeting
        self.entries = entries
        self.next_meeting = next_meeting
        self.decide = decide
        self.outcome: dict[int, str] = {}
        """What happened to each action here, by id: pending words, then the result."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(safe_text(self.heading(), style="bold"), id="carry-title")
            to = f"c carries it to {format_date(self.next_meeting.date)}" if self.next_meeting else "no later meeting is scheduled to carry to"
            yield Static(f"{to}; d closes it (done); D drops it; escape when finished.", classes="modal-hint", markup=False)
            yield OptionList(*[Option(self.line(e)) for e in self.entries], id="carry-list")
            yield Static("", id="carry-problem", markup=False)

    def heading(self) -> str:
        count = len(self.entries)
        return f"After the meeting of {format_date(self.meeting.date)} ({self.meeting.committee}): {count} action{'s' if count != 1 else ''} due there not delivered"

    def on_mount(self) -> None:
        listing = self.query_one("#carry-list", OptionList)
        if not self.entries:
            listing.add_option(Option(Text("Nothing to carry: every action due at this meeting is delivered or closed.", style="dim"), disabled=True))
        listing.focus()

    def line(self, entry: LogEntry) -> Text:
        action = entry.action
        text = Text()
        text.append(f"{action.id:>4} ", style="bold")
        if action.exempt:
            text.append("[exempt] ", style="bold red")
        words = terminal_safe(action.text.replace("\n", " "))
        text.append(words if len(words) <= 160 else words[:159] + "\u2026")
        owners = "; ".join(action.owners) or "no owner"
        text.append(terminal_safe(f"\n     {owners}; {entry.derived_status}"), style="dim")
        done = self.outcome.get(action.id)
        if done:
            text.append(terminal_safe(f"  -> {done}"), style="bold green" if not done.endswith("...") else "bold")
        return text

    @property
    def current(self) -> LogEntry | None:
        index = self.query_one("#carry-list", OptionList).highlighted
        return self.entries[index] if index is not None and index < len(self.entries) else None

    def action_choose(self, choice: str) -> None:
        entry = self.current
        problem = self.query_one("#carry-problem", Static)
        problem.update("")
        if entry is None:
            return
        if entry.action.id in self.outcome:
            problem.update(f"Action {entry.action.id} is {self.outcome[entry.action.id]} already; z on the log undoes it.")
            return
        if choice == "carry" and self.next_meeting is None:
            problem.update("No later meeting of the committee is scheduled: schedule one first (M on the log).")
            return
        self.outcome[entry.action.id] = "writing..."
        self.refresh_entry(entry.action.id)
        self.decide(entry, choice, self.meeting, self.next_meeting)
        listing = self.query_one("#carry-list", OptionList)
        if listing.highlighted is not None and listing.highlighted + 1 < len(self.entries):
            listing.highlighted += 1

    def settled(self, action_id: int, said: str | None, error: str = "") -> None:
        """The log screen wrote (said: what) or could not write (said None, and why) a choice made here."""
        if action_id not in self.outcome:
            return
        if said is None:
            del self.outcome[action_id]
            self.query_one("#carry-problem", Static).update(f"Not written: {error}".replace("\n", " "))
        else:
            self.outcome[action_id] = said
        self.refresh_entry(action_id)

    def refresh_entry(self, action_id: int) -> None:
        index = next((i for i, e in enumerate(self.entries) if e.action.id == action_id), None)
        if index is not None:
            self.query_one("#carry-list", OptionList).replace_option_prompt_at_index(index, self.line(self.entries[index]))

    def action_close(self) -> None:
        self.dismiss(None)
