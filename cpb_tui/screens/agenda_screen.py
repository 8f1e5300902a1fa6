"""A meeting's agenda: its items in order, with pack pages and exempt markers."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from cpb_tui.messages import AgendaLoaded, StoreFailed
from cpb_tui.models import Item, Meeting


class AgendaScreen(Screen[None]):
    """One meeting's items; Enter reads one."""

    BINDINGS = [
        Binding("enter", "open_item", "Read", id="open-item", priority=True),
        Binding("escape", "app.pop_screen", "Back", id="back"),
    ]
    """Keys of the agenda."""

    def __init__(self, meeting: Meeting) -> None:
        super().__init__()
        self.meeting = meeting
        self.items: list[Item] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(Text(self.meeting.label), id="agenda-title", classes="screen-title")
        yield Static(Text(self._meta()), id="agenda-meta", classes="meta")
        table: DataTable[Text] = DataTable(id="agenda-table", cursor_type="row", zebra_stripes=True)
        table.add_columns("No.", "Pages", "", "Item")
        yield table
        yield Footer()

    def _meta(self) -> str:
        parts = [p for p in (self.meeting.venue, self.meeting.time, self.meeting.status) if p]
        return "  \u00b7  ".join(parts)

    def on_mount(self) -> None:
        self.load_items()

    @work(thread=True, exclusive=True, group="store")
    def load_items(self) -> None:
        meeting_id = self.meeting.id
        try:
            items = self.app.with_store(lambda store: store.items(meeting_id))
        except Exception as error:
            self.post_message(StoreFailed(str(error)))
            return
        self.post_message(AgendaLoaded(self.meeting, items))

    @on(AgendaLoaded)
    def show_items(self, message: AgendaLoaded) -> None:
        self.items = message.items
        table = self.query_one("#agenda-table", DataTable)
        table.clear()
        for item in self.items:
            table.add_row(
                Text(item.number or "", justify="right"),
                Text(item.pages or ""),
                Text("EXEMPT", style="bold red") if item.exempt else Text(""),
                Text(item.title, style="dim" if item.procedural else ""),
                key=str(item.id),
            )
        table.focus()

    @on(StoreFailed)
    def show_failure(self, message: StoreFailed) -> None:
        self.query_one("#agenda-meta", Static).update(Text(f"Cannot read the store: {message.error}"))

    @on(DataTable.RowSelected, "#agenda-table")
    def row_selected(self, event: DataTable.RowSelected) -> None:
        self.open_index(event.cursor_row)

    def action_open_item(self) -> None:
        self.open_index(self.query_one("#agenda-table", DataTable).cursor_row)

    def open_index(self, index: int) -> None:
        if 0 <= index < len(self.items):
            from cpb_tui.screens.reader_screen import ReaderScreen

            self.app.push_screen(ReaderScreen(self.meeting, self.items, index))

    def select_index(self, index: int) -> None:
        """Keep the agenda's cursor on the item the reader is showing."""
        table = self.query_one("#agenda-table", DataTable)
        if 0 <= index < table.row_count:
            table.move_cursor(row=index)
