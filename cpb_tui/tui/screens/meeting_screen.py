"""A meeting: the agenda down the left, the selected item on the right in tabs.

Tabs: Report (sections with a table of contents and pack pages), Minutes, Resolutions,
Actions (with their derived status) and Topic (the other meetings that took the same business). Reports are
rendered a few sections at a time, so a 200-page pack opens as fast as a short one.
"""

from __future__ import annotations

from dataclasses import replace

from rich.console import Group
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Header, OptionList, Static, TabbedContent, TabPane
from textual.widgets.option_list import Option

from cpb_tui.domain.models import Item, LogEntry, Meeting
from cpb_tui.domain.safe import terminal_safe
from cpb_tui.export.empty import NO_DUE_ACTIONS, NO_REPORT, NO_TOPIC, no_actions, no_agenda, no_minutes, no_resolutions
from cpb_tui.export.render import (
    item_heading,
    item_meta,
    minutes_markdown,
    purpose_markdown,
    resolutions_markdown,
    section_title,
)
from cpb_tui.tui.focus import ReaderFocus
from cpb_tui.tui.screens.meeting_text import actions_text, append_action, one_line, topic_entry_text
from cpb_tui.tui.messages import AgendaLoaded, ItemLoaded, StoreFailed
from cpb_tui.tui.screens.meeting_refresh import ReadAgainMixin
from cpb_tui.tui.paging import split_markdown
from cpb_tui.tui.rules import use_rules
from cpb_tui.tui.safe import SafeRenderable, safe_markdown, safe_text
from cpb_tui.tui.widgets.footer import Footer
from cpb_tui.tui.widgets.paged_scroll import PagedScroll
from cpb_tui.tui.widgets.section_body import section_body

ITEM_KEYS = Binding.Group("Item", compact=True)
MEETING_KEYS = Binding.Group("Meeting", compact=True)
TABS = ["report", "minutes", "resolutions", "actions", "topic"]
# How much report text is rendered at once: enough to read on, little enough to stay quick.
SECTION_WINDOW_CHARS = 6000
# Below this width the agenda gives way to the report's contents.
NARROW = 110


class MeetingScreen(ReadAgainMixin, Screen[None]):
    """One meeting, item by item."""

    BINDINGS = [
        # The footer fits 80 columns: n / p and ] / [ share a label, the rest are in help (?).
        Binding("n", "step(1)", "Next item", id="next-item", group=ITEM_KEYS),
        Binding("p", "step(-1)", "Prev item", id="previous-item", group=ITEM_KEYS),
        Binding("right_square_bracket", "other_meeting(1)", "Next meeting", id="next-meeting", group=MEETING_KEYS),
        Binding("left_square_bracket", "other_meeting(-1)", "Prev meeting", id="previous-meeting", group=MEETING_KEYS),
        Binding("g", "goto", "Go to item", id="goto-item", show=False),
        Binding("f", "toggle_procedural", "Procedural", id="toggle-procedural", show=False),
        Binding("t", "toggle_toc", "Contents", id="toggle-toc"),
        Binding("b", "brief", "Briefing", id="meeting-brief"),
        Binding("right_curly_bracket", "section(1)", "Next section", id="next-section", show=False),
        Binding("left_curly_bracket", "section(-1)", "Prev section", id="previous-section", show=False),
        Binding("a", "toggle_agenda", "Agenda", id="toggle-agenda", show=False),
        # `a` was the agenda's already: + adds, as the palette's "Add an action at this item" does.
        Binding("plus", "add_action", "Add action", id="add-action-here", show=False),
        Binding("1", "tab('report')", "Report", id="tab-report", show=False),
        Binding("2", "tab('minutes')", "Minutes", id="tab-minutes", show=False),
        Binding("3", "tab('resolutions')", "Resolutions", id="tab-resolutions", show=False),
        Binding("4", "tab('actions')", "Actions", id="tab-actions", show=False),
        Binding("5", "tab('topic')", "Topic", id="tab-topic", show=False),
        Binding("escape", "back", "Back", id="back"),
        # The app's keys, still working here but left out of this footer to leave room (? lists them).
        Binding("q", "app.quit", "Quit", show=False),
        Binding("slash", "app.search", "Search", show=False),
        Binding("A", "app.action_log", "Action log", show=False),
    ]
    """Keys of the meeting screen; the help screen (?) lists them all."""

    show_procedural: reactive[bool] = reactive(False, init=False)
    """Whether apologies, declarations, previous minutes and the like are listed."""

    def __init__(self, meeting_id: int, item_number: str | None = None, focus: ReaderFocus | None = None) -> None:
        super().__init__()
        use_rules(self.app, "meeting")  # this screen's own rules (tui/meeting.tcss), parsed on first use
        self.meeting_id = meeting_id
        self.wanted_number = item_number
        self.focus_wanted = focus
        """Where to open (an item, a tab, a row to highlight): applied once, when that item is shown."""
        self.marked: ReaderFocus | None = None
        """The section, clause or action highlighted on the item shown."""
        self.topic: tuple = ()
        """The other meetings of the shown item's topic (`TopicEntry`s), oldest first."""
        self.meeting: Meeting | None = None
        self.items: list[Item] = []
        self.shown_items: list[Item] = []
        self.committee_meetings: list[Meeting] = []
        self.shown_item_id: int | None = None
        self.sections = []
        self.section_start = 0
        self.tab_sources: dict[str, str] = {}
        """The Markdown behind the Minutes, Resolutions and Topic tabs, as last shown."""
        self.tab_empty: dict[str, str] = {}
        """What each tab says when it has nothing to show: what is missing, and how to fill it."""
        self.due_actions: tuple[LogEntry, ...] = ()
        """The actions due at this meeting, with their derived status."""
        self.purpose = ""
        self.window_titles: list[str] = []
        """The section titles in the report window on screen."""
        self.rendered_tabs: set[str] = set()

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("", id="meeting-title", classes="screen-title")
        yield Static("", id="meeting-meta", classes="meta")
        with Horizontal(id="meeting-body"):
            yield OptionList(id="agenda")
            with Vertical(id="item-pane"):
                yield Static("", id="item-title", classes="item-title")
                yield Static("", id="item-meta", classes="meta")
                with TabbedContent(id="item-tabs", initial="report"):
                    with TabPane("Report", id="report"):
                        with Horizontal(id="report-pane"):
                            yield OptionList(id="toc")
                            yield PagedScroll(Static(id="report-text"), id="report-body")
                    with TabPane("Minutes", id="minutes"):
                        yield PagedScroll(Static(id="minutes-text"), id="minutes-body")
                    with TabPane("Resolutions", id="resolutions"):
                        yield PagedScroll(Static(id="resolutions-text"), id="resolutions-body")
                    with TabPane("Actions", id="actions"):
                        yield VerticalScroll(Static(id="actions-text"), id="actions-body")
                    with TabPane("Topic", id="topic"):
                        yield Static(id="topic-text")
                        yield OptionList(id="topic-body")
                yield VerticalScroll(Static(id="due-text"), id="due-body")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#toc").display = False
        self.query_one("#due-body").display = False
        self.load_agenda()

    # --- loading ------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="agenda")
    def load_agenda(self) -> None:
        meeting_id = self.meeting_id
        try:
            agenda = self.app.with_store(lambda store: store.agenda(meeting_id))
        except Exception as error:
            self.post_message(StoreFailed(str(error)))
            return
        if agenda is None:
            self.post_message(StoreFailed(f"no meeting {meeting_id} in the store"))
            return
        self.post_message(AgendaLoaded(agenda))

    @on(AgendaLoaded)
    def show_agenda(self, message: AgendaLoaded) -> None:
        self.meeting = message.agenda.meeting
        # an item that raised actions is never folded away, however procedural its title ("Any other business")
        self.items = [replace(entry.item, procedural=False) if entry.action_count else entry.item for entry in message.agenda.items]
        self.committee_meetings = list(message.agenda.committee_meetings)
        self.due_actions = message.agenda.due_actions
        meeting = self.meeting
        self.query_one("#meeting-title", Static).update(safe_text(meeting.label))
        position = next((i for i, m in enumerate(self.committee_meetings) if m.id == meeting.id), 0)
        # One line whatever the width: the most useful first, the venue cut short with "…" when it must be.
        parts = [p for p in (meeting.status, meeting.time) if p]
        parts.append(f"meeting {position + 1} of {len(self.committee_meetings)}")
        if meeting.venue:
            parts.append(meeting.venue)
        self.query_one("#meeting-meta", Static).update(one_line("  \u00b7  ".join(parts)))
        if self.kept is not None:
            self._refill_kept()
            return
        wanted = self.wanted_number
        focus = self.focus_wanted
        if focus is not None and any(i.id == focus.item_id and i.procedural for i in self.items):
            self.show_procedural = True
        if wanted and any(i.number == wanted and i.procedural for i in self.items):
            self.show_procedural = True  # jumping to a procedural item shows it
        if focus is not None and any(i.id == focus.item_id for i in self.items):
            self.fill_agenda(keep_item_id=focus.item_id)
        else:
            self.fill_agenda(select_number=wanted)
        self.query_one("#agenda", OptionList).focus()

    def fill_agenda(self, select_number: str | None = None, keep_item_id: int | None = None) -> None:
        agenda = self.query_one("#agenda", OptionList)
        self.shown_items = [i for i in self.items if self.show_procedural or not i.procedural] or list(self.items)
        agenda.clear_options()
        folded = len(self.items) - len(self.shown_items)
        for item in self.shown_items:
            agenda.add_option(Option(self._agenda_line(item), id=str(item.id)))
        if folded:
            agenda.add_option(Option(Text(f"  {folded} procedural items folded: f to show", style="dim italic"), disabled=True))
        if not self.items or (self.meeting is not None and self.meeting.status == "scheduled"):
            # What is due at a meeting to come is part of preparing for it, pack or no pack.
            due = f"{len(self.due_actions)} action{'' if len(self.due_actions) == 1 else 's'}"
            agenda.add_option(Option(Text(f"  Due at this meeting: {due}", style="bold"), id="due"))
        if not self.shown_items:
            agenda.highlighted = agenda.option_count - 1
            self.show_due()
            return
        index = 0
        if select_number:
            index = next((i for i, item in enumerate(self.shown_items) if item.number == select_number), 0)
        elif keep_item_id is not None:
            index = next((i for i, item in enumerate(self.shown_items) if item.id == keep_item_id), 0)
        agenda.highlighted = index
        self._show_due_pane(False)
        self.load_item(self.shown_items[index].id)

    @staticmethod
    def _agenda_line(item: Item) -> Text:
        line = Text()
        line.append(terminal_safe(f"{item.number or '-':>3} "), style="bold")
        line.append(terminal_safe(item.title), style="dim" if item.procedural else "")
        if item.pages:
            line.append(terminal_safe(f"  p{item.pages.replace(' ', '')}"), style="dim")
        if item.exempt:
            line.append("  EXEMPT", style="bold red")
        return line

    @on(OptionList.OptionHighlighted, "#agenda")
    def agenda_moved(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id == "due":
            self.show_due()
            return
        self._show_due_pane(False)
        if event.option.id is not None and int(event.option.id) != self.shown_item_id:
            self.load_item(int(event.option.id))

    def show_due(self) -> None:
        """The actions due at this meeting in place of an item (and, with no agenda yet, why there is none)."""
        self.shown_item_id = None
        self.loading_item_id = None
        meeting = self.meeting
        self._show_due_pane(True)
        self.query_one("#item-title", Static).update(Text("Actions due at this meeting"))
        count = len(self.due_actions)
        meta = f"{count} action{'' if count == 1 else 's'}, what needs attention first" if count else ""
        self.query_one("#item-meta", Static).update(Text(meta))
        text = Text()
        if not self.items and meeting is not None:
            text.append(no_agenda(meeting) + "\n\n", style="italic")
        if not self.due_actions:
            text.append(NO_DUE_ACTIONS, style="dim")
        for entry in self.due_actions:
            append_action(text, entry.action, entry.derived_status)
            if entry.suggested:
                text.append(f"    {entry.suggested} suggested follow-up(s) to decide in the action log (A)\n", style="dim")
            text.append("\n")
        self.query_one("#due-text", Static).update(text)

    def _show_due_pane(self, shown: bool) -> None:
        self.query_one("#due-body").display = shown
        self.query_one("#item-tabs").display = not shown

    @on(OptionList.OptionSelected, "#agenda")
    def agenda_chosen(self, event: OptionList.OptionSelected) -> None:
        self.query_one("#item-tabs", TabbedContent).focus()

    def load_item(self, item_id: int) -> None:
        self.loading_item_id = item_id
        self.fetch_item(item_id)

    @work(thread=True, exclusive=True, group="item")
    def fetch_item(self, item_id: int) -> None:
        try:
            view = self.app.with_store(lambda store: store.item_view(item_id))
        except Exception as error:
            self.post_message(StoreFailed(str(error)))
            return
        if view is not None:
            self.post_message(ItemLoaded(view))

    @on(ItemLoaded)
    def show_item(self, message: ItemLoaded) -> None:
        detail = message.view.detail
        if detail.item.id != getattr(self, "loading_item_id", None):
            return  # a slower load for an item already stepped past
        self.shown_item_id = detail.item.id
        focus = self.focus_wanted if self.focus_wanted and self.focus_wanted.item_id == detail.item.id else None
        self.focus_wanted = None if focus else self.focus_wanted
        # The highlight stays on its item (shown again when the item is read again); the tab moves once.
        kept = self.marked if self.marked is not None and self.marked.item_id == detail.item.id else None
        self.marked = focus or kept
        self.topic = message.view.topic
        self.query_one("#item-title", Static).update(one_line(item_heading(detail)))
        index = next((i for i, item in enumerate(self.shown_items) if item.id == detail.item.id), 0)
        meta = item_meta(detail, None)
        position = f"item {index + 1} of {len(self.shown_items)}"
        self.query_one("#item-meta", Static).update(one_line("  \u00b7  ".join(p for p in (meta, position) if p)))
        self.tab_sources = {
            "minutes": minutes_markdown(detail),
            "resolutions": resolutions_markdown(detail, marked=self._marked_row("resolutions")),
        }
        minuted = bool(detail.item.minutes)
        self.tab_empty = {
            "minutes": no_minutes(self.meeting),
            "resolutions": no_resolutions(self.meeting, minuted),
            "actions": no_actions(self.meeting, minuted or bool(detail.resolutions)),
        }
        self.purpose = purpose_markdown(detail)
        self.tracked = message.view.actions
        self.rendered_tabs = set()
        self.render_tab(self.query_one("#item-tabs", TabbedContent).active)
        self.sections = detail.sections
        toc = self.query_one("#toc", OptionList)
        toc.clear_options()
        for position_in_report, section in enumerate(self.sections):
            toc.add_option(Option(Text(section_title(section)), id=str(position_in_report)))
        marked_section = self._marked_row("report")
        self.section_start = next((i for i, s in enumerate(self.sections) if s.id == marked_section), 0)
        self.show_sections()
        tabs = self.query_one("#item-tabs", TabbedContent)
        if focus is not None and focus.tab is not None:
            self._show_tab(focus.tab)
        # Open on the tab that has something to read.
        elif not self.sections and tabs.active == "report" and self.kept is None:
            self._show_tab("minutes" if detail.item.minutes else "resolutions" if detail.resolutions else "report")
        if self.kept is not None and self.kept.item_id == detail.item.id:
            self._put_back(self.kept)
        self.kept = None

    def _marked_row(self, tab: str) -> int | None:
        """The row highlighted on `tab` (a section, resolution or action id), if what was chosen is there."""
        return self.marked.row_id if self.marked is not None and self.marked.tab == tab else None

    def render_tab(self, name: str) -> None:
        """Fill a tab's text when it is first shown for this item (hidden tabs wait)."""
        if name in self.rendered_tabs or name == "report":
            return
        self.rendered_tabs.add(name)
        if name == "actions":
            shown = actions_text(self.tracked, self.tab_empty["actions"], self._marked_row("actions"))
            self.query_one("#actions-text", Static).update(shown)
        elif name == "topic":
            self.fill_topic()
        else:
            source = self.tab_sources.get(name, "")
            pieces = split_markdown(source, SECTION_WINDOW_CHARS)
            shown = safe_markdown(pieces[0]) if source else Text(self.tab_empty.get(name, ""), style="dim")
            self.query_one(f"#{name}-text", Static).update(shown)
            self.query_one(f"#{name}-body", PagedScroll).continue_with(_pieces(safe_markdown, pieces[1:]))

    @on(TabbedContent.TabActivated, "#item-tabs")
    def tab_activated(self, event: TabbedContent.TabActivated) -> None:
        self.render_tab(event.pane.id)

    def show_sections(self) -> None:
        """Render the report from `section_start`, a window of sections at a time, as one widget."""
        text = self.query_one("#report-text", Static)
        self.window_titles = []
        if not self.sections:
            # The agenda's word on the item is what there is to read until a report arrives.
            missing = Text(NO_REPORT, style="dim")
            text.update(SafeRenderable(Group(safe_markdown(self.purpose), Text(), missing)) if self.purpose else missing)
            return
        parts: list = []
        rest: list[str] = []  # the pieces of a long section after its first
        last_section = self.sections[self.section_start]
        used = 0
        index = self.section_start
        while index < len(self.sections) and (used == 0 or used + len(self.sections[index].body) <= SECTION_WINDOW_CHARS):
            section = self.sections[index]
            if index == self.section_start or section.document_title != self.sections[index - 1].document_title:
                if section.document_title:
                    parts.append(safe_text(section.document_title, style="bold italic"))
            title = section_title(section)
            self.window_titles.append(title)
            chosen = section.id == self._marked_row("report")
            parts.append(Text("\n" + title, style="bold reverse" if chosen else "bold"))
            # A long section is the window's last: its first piece now, the rest as the reader scrolls.
            first, *rest = split_markdown(section.body, SECTION_WINDOW_CHARS)
            parts.append(section_body(replace(section, body=first)) if rest else section_body(section))
            last_section = section
            used += len(section.body)
            index += 1
        following = None
        if index < len(self.sections):
            following = Text(f"\nNext section: {section_title(self.sections[index])}  (press }})", style="dim italic")
        if following is not None and not rest:
            parts.append(following)
        text.update(SafeRenderable(Group(*parts)))
        body = self.query_one("#report-body", PagedScroll)
        body.continue_with(_pieces(lambda piece: section_body(replace(last_section, body=piece)), rest, following))
        body.scroll_home(animate=False)
        toc = self.query_one("#toc", OptionList)
        if toc.option_count:
            toc.highlighted = self.section_start

    # --- keys -----------------------------------------------------------------------------

    def action_step(self, delta: int) -> None:
        agenda = self.query_one("#agenda", OptionList)
        current = min(agenda.highlighted or 0, len(self.shown_items))
        target = current + delta
        if 0 <= target < len(self.shown_items):
            agenda.highlighted = target
        else:
            self.notify("That is the last item." if delta > 0 else "That is the first item.", timeout=2)

    def action_other_meeting(self, delta: int) -> None:
        position = next((i for i, m in enumerate(self.committee_meetings) if m.id == self.meeting_id), None)
        if position is None:
            return
        target = position + delta
        if not 0 <= target < len(self.committee_meetings):
            self.notify("No later meeting." if delta > 0 else "No earlier meeting.", timeout=2)
            return
        self.meeting_id = self.committee_meetings[target].id
        self.wanted_number = None
        self.shown_item_id = None
        self.load_agenda()

    def action_goto(self) -> None:
        from cpb_tui.tui.screens.goto_modal import GotoItemModal

        def jump(number: str | None) -> None:
            if not number:
                return
            number = number.rstrip(".")
            if not any(i.number == number for i in self.items):
                # What was typed is shown as typed: never read as markup, never sent as an escape.
                self.notify(terminal_safe(f"No item {number} in this meeting."), severity="warning", timeout=3, markup=False)
                return
            if any(i.number == number and i.procedural for i in self.items) and not self.show_procedural:
                self.show_procedural = True
            self.fill_agenda(select_number=number)

        self.app.push_screen(GotoItemModal(), jump)

    def action_toggle_procedural(self) -> None:
        self.show_procedural = not self.show_procedural

    def watch_show_procedural(self) -> None:
        if self.items:
            self.fill_agenda(keep_item_id=self.shown_item_id)
            self.notify("Procedural items shown." if self.show_procedural else "Procedural items folded.", timeout=2)

    def action_toggle_toc(self) -> None:
        self._show_tab("report")
        toc = self.query_one("#toc", OptionList)
        toc.display = not toc.display
        if self.size.width < NARROW:
            # On a small terminal the contents take the agenda's room while they are open.
            self.query_one("#agenda").display = not toc.display
        if toc.display:
            toc.focus()

    def action_toggle_agenda(self) -> None:
        agenda = self.query_one("#agenda", OptionList)
        agenda.display = not agenda.display

    def action_tab(self, name: str) -> None:
        self._show_tab(name)

    def _show_tab(self, name: str) -> None:
        """Switch tabs and put the focus on the new tab's text.

        The focus moves out of the old pane first: a focused widget inside a hidden pane would
        pull its tab back to the front.
        """
        tabs = self.query_one("#item-tabs", TabbedContent)
        if tabs.active == name:
            self.query_one(f"#{name}-body").focus()  # the tab's key again: to its text, wherever the focus was
            return
        tabs.query_one("Tabs").focus()
        tabs.active = name
        self.call_after_refresh(self.query_one(f"#{name}-body").focus)

    def action_section(self, delta: int) -> None:
        target = self.section_start + delta
        if 0 <= target < len(self.sections):
            self.section_start = target
            self._show_tab("report")
            self.show_sections()

    @on(OptionList.OptionSelected, "#toc")
    def toc_chosen(self, event: OptionList.OptionSelected) -> None:
        self.section_start = int(event.option.id)
        self.show_sections()
        self.query_one("#report-body", VerticalScroll).focus()

    def fill_topic(self) -> None:
        """The other meetings of the item's topic, one option each: enter opens that meeting at its resolutions."""
        options = self.query_one("#topic-body", OptionList)
        options.clear_options()
        note = self.query_one("#topic-text", Static)
        options.display = bool(self.topic)
        if not self.topic:
            note.update(Text(NO_TOPIC, style="dim"))
            return
        note.update(Text("Every meeting that took this business: enter opens it at its resolutions.", style="dim"))
        for entry in self.topic:
            options.add_option(Option(topic_entry_text(entry), id=f"{entry.meeting.id}:{entry.item.id}"))
        options.highlighted = 0

    @on(OptionList.OptionSelected, "#topic-body")
    def topic_chosen(self, event: OptionList.OptionSelected) -> None:
        meeting_id, item_id = (int(part) for part in event.option.id.split(":"))
        self.app.open_meeting(meeting_id, focus=ReaderFocus(item_id, "resolutions"))

    def action_brief(self) -> None:
        self.app.open_brief(self.meeting_id)

    def action_add_action(self) -> None:
        """The action log's add form, filled in with this meeting and the item shown."""
        meeting = self.meeting
        if meeting is None:
            return
        item = next((i for i in self.items if i.id == self.shown_item_id), None)
        number = (item.number or item.minute_number or "") if item else ""
        self.app.add_action_here({"committee": meeting.committee, "meeting": meeting.date.isoformat(), "item": number})

    def action_back(self) -> None:
        self.app.pop_screen()

    @on(StoreFailed)
    def show_failure(self, message: StoreFailed) -> None:
        self.query_one("#meeting-meta", Static).update(safe_text(f"Cannot read the store: {message.error}"))


def _pieces(render, pieces: list[str], last: Text | None = None) -> list:
    """Renderables made on demand for the pieces of a long text (`render` makes one); `last` follows the last piece."""

    def make(piece: str, closing: Text | None):
        return lambda: SafeRenderable(Group(render(piece), *([closing] if closing else [])))

    return [make(piece, last if number == len(pieces) - 1 else None) for number, piece in enumerate(pieces)]
