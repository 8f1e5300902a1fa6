"""Asking for an item number to jump to (g)."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label


class GotoItemModal(ModalScreen[str | None]):
    """A one-line prompt; returns the number typed, or None."""

    DEFAULT_CSS = """
    GotoItemModal { align: center middle; }
    GotoItemModal > Vertical { width: 40; height: auto; border: thick $primary; background: $surface; padding: 1 2; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="cancel-goto")]
    """Escape closes without jumping."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label("Go to item number:")
            yield Input(placeholder="e.g. 7", id="goto-input")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)

    def action_cancel(self) -> None:
        self.dismiss(None)
