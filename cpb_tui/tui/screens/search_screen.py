"""Search (/ from anywhere): results as you type, Enter opens the meeting at the item.

Queries run in a thread worker after a short pause in typing; each result carries the query
it answers, and a result for an older query than the one in the box is dropped. Highlights
are styled from character spans: nothing in a document is ever read as markup, and every
passage is made terminal-safe before it is styled (`terminal_safe_spans` moves the spans).
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from cpb_tui.domain.models import SearchHit, format_date
from cpb_tui.domain.safe import terminal_safe, terminal_safe_spans
from cpb_tui.domain.text import is_procedural
from cpb_tui.tui.rules import use_rules
from cpb_tui.tui.widgets.footer import Footer

DEBOUNCE_SECONDS = 0.15


@dataclass
class SearchAnswered(Message):
    """A worker's answer to one query."""

    query: str
    hits: list[SearchHit]
    hints: list[str]


class SearchScreen(Screen[None]):
    """Type a query; pick a result."""

    BINDINGS = [
        Binding("escape", "back", "Back", id="back-from-search"),
        Binding("ctrl+f", "toggle_procedural", "Procedural", id="search-procedural"),
        Binding("down", "focus_results", "Results", id="to-results", show=False),
    ]
    """Keys of the search screen."""

    def __init__(self) -> None:
        super().__init__()
        use_rules(self.app, "search")  # this screen's own rules (tui/search.tcss), parsed on first use
        self.hits: list[SearchHit] = []
        self.answered_query: str | None = None
        self.show_procedural = False
        self._timer = None

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder='Search: words, "a phrase", word*, -word, OR, committee: kind: before: after: status:', id="search-input")
        yield Static("", id="search-note", classes="meta")
        yield OptionList(id="search-results")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#search-input", Input).focus()

    @on(Input.Changed, "#search-input")
    def typed(self, event: Input.Changed) -> None:
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(DEBOUNCE_SECONDS, lambda: self.run_search(event.value))

    @on(Input.Submitted, "#search-input")
    def submitted(self, event: Input.Submitted) -> None:
        self.action_focus_results()

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, query: str) -> None:
        if not query.strip():
            self.post_message(SearchAnswered(query, [], []))
            return
        try:
            outcome = self.app.with_store(lambda store: store.search_outcome(query, limit=50))
        except Exception as error:
            self.post_message(SearchAnswered(query, [], [f"search failed: {error}"]))
            return
        cut = ["not every match was ranked: add words or a filter"] if outcome.capped else []
        self.post_message(SearchAnswered(query, list(outcome.hits), list(outcome.hints) + cut))

    @on(SearchAnswered)
    def show_hits(self, message: SearchAnswered) -> None:
        if message.query != self.query_one("#search-input", Input).value:
            return  # an answer to an older query: the box has moved on
        self.answered_query = message.query
        self.hits = message.hits
        self.fill()
        note = "; ".join(message.hints)
        if message.query.strip() and not message.hits:
            note = (note + "; " if note else "") + "nothing matches"
        self.query_one("#search-note", Static).update(Text(terminal_safe(note)))

    def fill(self) -> None:
        results = self.query_one("#search-results", OptionList)
        results.clear_options()
        folded = 0
        for index, hit in enumerate(self.hits):
            if not self.show_procedural and hit.item_title and is_procedural(hit.item_title):
                folded += 1
                continue
            results.add_option(Option(_hit_text(hit), id=str(index)))
        if folded:
            results.add_option(Option(Text(f"{folded} results in procedural items folded: ctrl+f to show", style="dim italic"), disabled=True))

    def action_toggle_procedural(self) -> None:
        self.show_procedural = not self.show_procedural
        self.fill()

    def action_focus_results(self) -> None:
        results = self.query_one("#search-results", OptionList)
        if results.option_count:
            results.focus()
            if results.highlighted is None:
                results.highlighted = 0

    @on(OptionList.OptionSelected, "#search-results")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        hit = self.hits[int(event.option.id)]
        if hit.meeting_id is None:
            self.notify("That result is not from a meeting.", timeout=2)
            return
        from cpb_tui.tui.focus import focus_for_hit

        # On the tab of what was found, at its section, clause or action, highlighted.
        self.app.open_meeting(hit.meeting_id, hit.item_number, focus_for_hit(hit))

    def action_back(self) -> None:
        self.app.pop_screen()


def _hit_text(hit: SearchHit) -> Text:
    """One result: where it is, then the snippet with its matched words styled from spans."""
    text = Text()
    where = format_date(hit.meeting_date) if hit.meeting_date else "no meeting"
    text.append(f"{where}  ", style="bold")
    if hit.item_title:
        text.append(terminal_safe(f"{hit.item_number + '. ' if hit.item_number else ''}{hit.item_title}"))
    kind = hit.kind + (f" {hit.clause_label})" if hit.clause_label else "") + (f", {hit.status}" if hit.status else "")
    text.append(terminal_safe(f"  ({kind})"), style="dim")
    if hit.exempt:
        text.append("  EXEMPT", style="bold red")
    if hit.heading:
        text.append("\n  ")
        plain, spans = terminal_safe_spans(hit.heading, hit.heading_highlights)
        heading = Text(plain, style="italic")
        for start, end in spans:
            heading.stylize("bold reverse", start, end)
        text.append_text(heading)
    plain, spans = terminal_safe_spans(hit.snippet, hit.highlights)
    snippet = Text(plain)
    for start, end in spans:
        snippet.stylize("bold reverse", start, end)
    text.append("\n  ")
    text.append_text(snippet)
    return text
