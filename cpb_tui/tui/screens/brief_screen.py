"""The member's briefing (b): per item of a meeting, what was resolved on it before and the actions due at it.

The same words as `cpb brief` (export/brief.py `brief_parts`), shown as terminal-safe Text.
Exempt items are shown and marked, as on the other screens; only exports leave them out.
"""

from __future__ import annotations

from rich.console import Group
from rich.padding import Padding
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Static

from cpb_tui.domain.brief import Brief
from cpb_tui.export.brief import Section, brief_parts, brief_summary, brief_title
from cpb_tui.tui.focus import ReaderFocus
from cpb_tui.tui.messages import BriefLoaded, StoreFailed
from cpb_tui.tui.rules import use_rules
from cpb_tui.tui.safe import safe_text
from cpb_tui.tui.widgets.footer import Footer

ITEM_KEYS = Binding.Group("Item", compact=True)
STATUS_STYLES = {"missed": "bold red", "overdue": "bold red", "delivered": "green", "to confirm": "yellow"}

NO_MEETING_AHEAD = "No meeting ahead: schedule one with `cpb meetings add`, or import its agenda pack with `cpb import FILE`."


def section_body(section: Section) -> Group:
    """One section of the briefing as indented blocks (wrapped lines keep their indent): the item's
    heading, its parts, each action with its status and evidence."""
    lines: list = []

    def add(text: Text, indent: int) -> None:
        lines.append(Padding(text, (0, 0, 0, indent)))

    add(safe_text(section.heading, style="bold underline"), 0)
    for part in section.parts:
        if part.label:
            add(Text(part.label, style="bold"), 2)
        if not part.entries:
            add(safe_text(part.empty, style="dim italic"), 4)
        for entry in part.entries:
            line = Text()
            if entry.status:
                line.append(f"[{entry.status}] ", style=STATUS_STYLES.get(entry.status, "bold"))
            line.append_text(safe_text(entry.text))
            add(line, 4)
            for detail in entry.details:
                add(safe_text(detail, style="dim"), 8)
    return Group(*lines)


class BriefScreen(Screen[None]):
    """A member's briefing for one meeting (the next one when none is named)."""

    BINDINGS = [
        Binding("n", "step(1)", "Next item", id="brief-next-item", group=ITEM_KEYS),
        Binding("p", "step(-1)", "Prev item", id="brief-previous-item", group=ITEM_KEYS),
        Binding("o", "open_meeting", "Open", id="brief-open-meeting"),
        Binding("escape", "back", "Back", id="brief-back"),
    ]
    """Keys of the briefing screen."""

    def __init__(self, meeting_id: int | None = None) -> None:
        super().__init__()
        use_rules(self.app, "brief")  # this screen's own rules (tui/brief.tcss), parsed on first use
        self.meeting_id = meeting_id
        self.brief: Brief | None = None
        self.loaded = False
        """The briefing was read (`brief` stays None when there is no such meeting, or none ahead)."""
        self.sections: list[Section] = []
        self.section_widgets: list[Static] = []
        self.current = 0
        """The section n / p moved to: `o` opens the meeting at its item."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Briefing", id="brief-title", classes="screen-title")
        yield Static("", id="brief-meta", classes="meta")
        yield VerticalScroll(Static("Reading the store...", id="brief-text"), id="brief-body")
        # One Static per item of the meeting, mounted when the briefing is read (n / p move between them).
        yield Footer()

    def on_mount(self) -> None:
        self.load_brief()

    @work(thread=True, exclusive=True, group="brief")
    def load_brief(self) -> None:
        meeting_id = self.meeting_id
        try:
            brief = self.app.with_store(lambda store: store.brief(meeting_id))
        except Exception as error:
            self.post_message(StoreFailed(str(error)))
            return
        self.post_message(BriefLoaded(brief))

    @on(BriefLoaded)
    def show_brief(self, message: BriefLoaded) -> None:
        self.brief = message.brief
        self.loaded = True
        body = self.query_one("#brief-text", Static)
        if self.brief is None:
            body.update(Text(NO_MEETING_AHEAD, style="dim italic"))
            return
        self.query_one("#brief-title", Static).update(safe_text(brief_title(self.brief)))
        self.query_one("#brief-meta", Static).update(safe_text(brief_summary(self.brief)))
        body.display = False
        self.sections = brief_parts(self.brief, include_exempt=True)
        scroll = self.query_one("#brief-body", VerticalScroll)
        self.section_widgets = [Static(section_body(section), classes="brief-section") for section in self.sections]
        scroll.mount_all(self.section_widgets)
        scroll.focus()

    def action_step(self, delta: int) -> None:
        """Scroll to the next or previous item's section."""
        if not self.sections:
            return
        target = self.current + delta
        if not 0 <= target < len(self.sections):
            self.notify("That is the last item." if delta > 0 else "That is the first item.", timeout=2)
            return
        self.current = target
        widget = self.section_widgets[target]
        self.query_one("#brief-body", VerticalScroll).scroll_to_widget(widget, top=True, animate=False)

    def action_open_meeting(self) -> None:
        """The meeting, at the item n / p last moved to (its first item otherwise)."""
        if self.brief is None:
            return
        item_id = self.sections[self.current].item_id if self.sections else None
        self.app.open_meeting(self.brief.meeting.id, focus=ReaderFocus(item_id) if item_id else None)

    def action_back(self) -> None:
        self.app.pop_screen()

    @on(StoreFailed)
    def show_failure(self, message: StoreFailed) -> None:
        self.query_one("#brief-text", Static).update(safe_text(f"Cannot read the store: {message.error}"))
