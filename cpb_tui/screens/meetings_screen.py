"""The first screen: every meeting in the store, newest first."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from cpb_tui.messages import MeetingsLoaded, StoreFailed
from cpb_tui.models import Meeting, format_date


class MeetingsScreen(Screen[None]):
    """Meetings of every committee; Enter opens one."""

    BINDINGS = [Binding("enter", "open_meeting", "Open", id="open-meeting", priority=True)]
    """Keys of the meetings list."""

    def __init__(self) -> None:
        super().__init__()
        self.meetings: list[Meeting] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Meetings", id="meetings-title", classes="screen-title")
        table: DataTable[Text] = DataTable(id="meetings-table", cursor_type="row", zebra_stripes=True)
        table.add_columns("Date", "Committee", "Items", "Status")
        yield table
        yield Static("", id="meetings-empty", classes="empty-note")
        yield Footer()

    def on_mount(self) -> None:
        self.load_meetings()

    @work(thread=True, exclusive=True, group="store")
    def load_meetings(self) -> None:
        try:
            meetings = self.app.with_store(lambda store: store.meetings())
        except Exception as error:  # the store may be missing or damaged; say so on screen
            self.post_message(StoreFailed(str(error)))
            return
        self.post_message(MeetingsLoaded(meetings))

    @on(MeetingsLoaded)
    def show_meetings(self, message: MeetingsLoaded) -> None:
        self.meetings = message.meetings
        table = self.query_one("#meetings-table", DataTable)
        table.clear()
        for meeting in self.meetings:
            table.add_row(
                Text(format_date(meeting.date)),
                Text(meeting.committee),
                Text(str(meeting.item_count), justify="right"),
                Text(meeting.status, style="dim" if meeting.status == "held" else "bold"),
                key=str(meeting.id),
            )
        empty = self.query_one("#meetings-empty", Static)
        if not self.meetings:
            empty.update("No meetings yet. Import documents with `cpb import FILE`, or run `cpb demo`.")
        empty.display = not self.meetings
        table.focus()

    @on(StoreFailed)
    def show_failure(self, message: StoreFailed) -> None:
        empty = self.query_one("#meetings-empty", Static)
        empty.update(Text(f"Cannot read the store: {message.error}"))
        empty.display = True

    @on(DataTable.RowSelected, "#meetings-table")
    def row_selected(self, event: DataTable.RowSelected) -> None:
        self.open_row(event.cursor_row)

    def action_open_meeting(self) -> None:
        table = self.query_one("#meetings-table", DataTable)
        self.open_row(table.cursor_row)

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.meetings):
            from cpb_tui.screens.agenda_screen import AgendaScreen

            self.app.push_screen(AgendaScreen(self.meetings[row]))
