"""Asking for a note: with a change (done, drop: optional) or as an update (required)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from cpb_tui.tui.safe import safe_text


class NoteModal(ModalScreen[str | None]):
    """A one-line prompt; returns the note ("" when left empty and allowed), or None on escape."""

    DEFAULT_CSS = """
    NoteModal { align: center middle; }
    NoteModal > Vertical { width: 76; max-width: 95%; height: auto; border: thick $primary; background: $surface; padding: 1 2; }
    NoteModal .modal-hint { color: $text-muted; }
    NoteModal #note-problem { color: $error; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="cancel-note")]
    """Escape closes without writing anything."""

    def __init__(self, title: str, hint: str, required: bool = False) -> None:
        super().__init__()
        self.title_text = title
        self.hint = hint
        self.required = required

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(safe_text(self.title_text), id="note-title")
            yield Static(self.hint, classes="modal-hint", markup=False)
            yield Input(id="note-input")
            yield Static("", id="note-problem", markup=False)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        value = event.value.strip()
        if self.required and not value:
            self.query_one("#note-problem", Static).update("Type the update first (escape to cancel).")
            return
        self.dismiss(value)

    def action_cancel(self) -> None:
        self.dismiss(None)
