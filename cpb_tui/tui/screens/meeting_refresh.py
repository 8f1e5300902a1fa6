"""The meeting screen read again when another cpb (the CLI) changes the store.

The app posts `StoreChanged` to every screen (tui/app.py); the meeting reads its agenda and item
again and puts the reader back where they were: the same item (or the due actions), the same
tab, the report's window of sections and the scroll. A meeting hidden under another screen reads
again on coming back to it.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.screen import ModalScreen
from textual.widgets import OptionList, TabbedContent
from textual.widgets.option_list import OptionDoesNotExist

from cpb_tui.tui.messages import StoreChanged


@dataclass(frozen=True)
class KeptPlace:
    """Where the reader was: the item (None for the due actions), the tab, the report's window, the scroll."""

    item_id: int | None
    tab: str
    section_start: int
    scroll_y: float


class ReadAgainMixin:
    """The meeting screen's part in two writers (mixed into `MeetingScreen`)."""

    kept: KeptPlace | None = None
    """Where the reader was when another cpb changed the store: put back once read again."""
    stale = False
    """The store changed while another screen was on top: read again on coming back."""

    def on_store_changed(self, message: StoreChanged) -> None:
        """Another cpb wrote to the store: read the meeting again, on the same item, tab and place."""
        if self.meeting is None:
            return
        stack = self.app.screen_stack
        # Read now if on screen (alone or under a modal), else on coming back, where the reader will see it.
        if not (stack[-1] is self or (isinstance(stack[-1], ModalScreen) and stack[-2] is self)):
            self.stale = True
            return
        self.read_again()

    def on_screen_resume(self) -> None:
        if self.stale:
            self.read_again()

    def read_again(self) -> None:
        self.stale = False
        tab = self.query_one("#item-tabs", TabbedContent).active or "report"
        body = self.query_one(f"#{tab}-body")
        self.kept = KeptPlace(self.shown_item_id, tab, self.section_start, body.scroll_y)
        self.load_agenda()

    def _refill_kept(self) -> None:
        """The agenda read again after another cpb's change: the same item, or the due actions, as before."""
        kept = self.kept
        if kept.item_id is not None and any(i.id == kept.item_id for i in self.items):
            self.fill_agenda(keep_item_id=kept.item_id)
            return
        self.kept = None  # the item is gone (or it was the due actions): the agenda opens as it would
        agenda = self.query_one("#agenda", OptionList)
        self.fill_agenda()
        if kept.item_id is None and self._has_due_option():
            agenda.highlighted = agenda.get_option_index("due")
            self.show_due()

    def _has_due_option(self) -> bool:
        try:
            self.query_one("#agenda", OptionList).get_option_index("due")
        except OptionDoesNotExist:
            return False
        return True

    def _put_back(self, kept: "KeptPlace") -> None:
        """After reading again: the tab, the report's window of sections and the scroll as they were."""
        tabs = self.query_one("#item-tabs", TabbedContent)
        if self.sections and kept.section_start != self.section_start:
            self.section_start = min(kept.section_start, len(self.sections) - 1)
            self.show_sections()
        if tabs.active != kept.tab:
            tabs.active = kept.tab
        self.render_tab(kept.tab)
        body = self.query_one(f"#{kept.tab}-body")
        self.call_after_refresh(lambda: body.scroll_to(y=kept.scroll_y, animate=False))
