"""Editing an action (e): wording, owners, due meeting or due date, and why; checked before anything is written."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from cpb_tui.domain.models import Action, Meeting, format_date
from cpb_tui.tui.safe import safe_text


@dataclass(frozen=True)
class ActionEdit:
    """What the form asks to change; None leaves a field as it is."""

    text: str | None
    owners: list[str] | None
    due_meeting_id: int | None
    due_date: dt.date | None
    note: str | None

    @property
    def changes_nothing(self) -> bool:
        return self.text is None and self.owners is None and self.due_meeting_id is None and self.due_date is None


class FormProblem(ValueError):
    """A field holds something that cannot be written; the message names the field and says what to type."""


def read_form(action: Action, calendar: tuple[Meeting, ...], values: dict[str, str]) -> ActionEdit:
    """The change the form's fields ask for, against the action as it is; `FormProblem` if a field is wrong."""
    from cpb_tui.importers.dates import parse_date

    text = values.get("text", "").strip()
    if not text:
        raise FormProblem("Wording: an action needs some words.")
    owners = [o.strip() for o in values.get("owners", "").split(";") if o.strip()]
    meeting_text = values.get("meeting", "").strip()
    date_text = values.get("date", "").strip()
    current_meeting = format_date(action.due_meeting_date) if action.due_meeting_date else ""
    current_date = action.due_date.isoformat() if action.due_date else ""
    meeting_changed = meeting_text != current_meeting
    date_changed = date_text != current_date
    due_meeting_id = due_date = None
    if meeting_changed and meeting_text:
        try:
            day = parse_date(meeting_text)
        except ValueError:
            raise FormProblem(
                f"Due meeting: cannot read '{meeting_text}' as a date; type the meeting's date, e.g. 2025-06-19 or 19 June 2025."
            ) from None
        found = next((m for m in calendar if m.date == day), None)
        if found is None:
            near = sorted(calendar, key=lambda m: abs((m.date - day).days))[:3]
            hint = "; the nearest are " + ", ".join(format_date(m.date) for m in sorted(near, key=lambda m: m.date)) if near else ""
            raise FormProblem(f"Due meeting: the committee has no meeting on {format_date(day)}{hint}.")
        due_meeting_id = found.id
    if date_changed and date_text:
        if due_meeting_id is not None:
            raise FormProblem("Due: give a due meeting or a due date, not both (empty one of them).")
        try:
            due_date = parse_date(date_text)
        except ValueError:
            raise FormProblem(f"Due date: cannot read '{date_text}' as a date; use 2025-06-30, 30/06/2025 or 30 June 2025.") from None
    if (meeting_changed and not meeting_text and not due_date) or (date_changed and not date_text and due_meeting_id is None):
        if (meeting_changed and action.due_meeting_date) or (date_changed and action.due_date):
            raise FormProblem("Due: a due cannot be taken away, only moved; type the new meeting or date.")
    return ActionEdit(
        text=text if text != action.text else None,
        owners=owners if tuple(owners) != action.owners else None,
        due_meeting_id=due_meeting_id,
        due_date=due_date,
        note=values.get("note", "").strip() or None,
    )


class ActionFormModal(ModalScreen[ActionEdit | None]):
    """The fields of one action; enter in any field saves, escape cancels."""

    DEFAULT_CSS = """
    ActionFormModal { align: center middle; }
    ActionFormModal > Vertical {
        width: 84; max-width: 100%; height: auto; max-height: 100%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    ActionFormModal Label { margin-top: 0; color: $text-muted; }
    ActionFormModal Input { height: 1; border: none; padding: 0 1; background: $boost; }
    ActionFormModal Input:focus { border: none; background: $primary 30%; }
    ActionFormModal #form-problem { color: $error; height: auto; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="cancel-edit")]
    """Escape closes without writing anything; tab moves between fields."""

    FIELDS = (
        ("text", "Wording"),
        ("owners", "Owners (separate with ;)"),
        ("meeting", "Due meeting (its date)"),
        ("date", "or due date"),
        ("note", "Why (kept in the history)"),
    )

    def __init__(self, action: Action, calendar: tuple[Meeting, ...]) -> None:
        super().__init__()
        self.action = action
        self.calendar = calendar

    def compose(self) -> ComposeResult:
        action = self.action
        values = {
            "text": action.text,
            "owners": "; ".join(action.owners),
            "meeting": format_date(action.due_meeting_date) if action.due_meeting_date else "",
            "date": action.due_date.isoformat() if action.due_date else "",
            "note": "",
        }
        with Vertical():
            yield Label(safe_text(f"Edit action {action.id} ({action.committee or 'no committee'})", style="bold"))
            for name, label in self.FIELDS:
                yield Label(label)
                # Stored text goes into an Input as its value: shown literally, made terminal-safe.
                yield Input(safe_text(values[name]).plain, id=f"form-{name}")
            yield Static("enter: save    escape: cancel    tab: next field", markup=False, classes="modal-hint")
            yield Static("", id="form-problem", markup=False)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        values = {name: self.query_one(f"#form-{name}", Input).value for name, _ in self.FIELDS}
        try:
            edit = read_form(self.action, self.calendar, values)
        except FormProblem as problem:
            self.query_one("#form-problem", Static).update(safe_text(str(problem)))
            return
        if edit.changes_nothing:
            self.query_one("#form-problem", Static).update("Nothing changed: edit a field, or escape to cancel.")
            return
        self.dismiss(edit)

    def action_cancel(self) -> None:
        self.dismiss(None)
