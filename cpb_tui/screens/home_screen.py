"""Home: every committee's meetings, the next one first, with items and open and overdue actions."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from cpb_tui.messages import MeetingsLoaded, StoreFailed
from cpb_tui.models import Meeting, MeetingSummary, format_date


class HomeScreen(Screen[None]):
    """Meetings of every committee; Enter opens one."""

    BINDINGS = [Binding("enter", "open_meeting", "Open", id="open-meeting", priority=True)]
    """Keys of the home screen."""

    def __init__(self) -> None:
        super().__init__()
        self.summaries: list[MeetingSummary] = []

    @property
    def meetings(self) -> list[Meeting]:
        """The meetings in the order shown."""
        return [s.meeting for s in self.summaries]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Meetings: the next one first, then the most recent", id="home-title", classes="screen-title")
        table: DataTable[Text] = DataTable(id="meetings-table", cursor_type="row", zebra_stripes=True)
        table.add_columns("", "Date", "Committee", "Items", "Open", "Overdue", "Status")
        yield table
        yield Static("", id="meetings-empty", classes="empty-note")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#meetings-empty", Static).display = False
        self.load_meetings()

    def on_screen_resume(self) -> None:
        # Counts change when actions are confirmed elsewhere; read them again when coming back.
        if self.summaries:
            self.load_meetings()

    @work(thread=True, exclusive=True, group="store")
    def load_meetings(self) -> None:
        try:
            summaries = self.app.with_store(lambda store: store.meeting_summaries())
        except Exception as error:  # the store may be missing or damaged; say so on screen
            self.post_message(StoreFailed(str(error)))
            return
        self.post_message(MeetingsLoaded(summaries))

    @on(MeetingsLoaded)
    def show_meetings(self, message: MeetingsLoaded) -> None:
        table = self.query_one("#meetings-table", DataTable)
        keep = table.cursor_row if self.summaries else 0
        self.summaries = message.summaries
        table.clear()
        next_shown = False
        for summary in self.summaries:
            meeting = summary.meeting
            marker = Text("")
            if meeting.status == "scheduled" and not next_shown:
                marker, next_shown = Text("next", style="bold"), True
            overdue = Text(str(summary.overdue_actions), style="bold red" if summary.overdue_actions else "dim")
            table.add_row(
                marker,
                Text(format_date(meeting.date)),
                Text(meeting.committee),
                Text(str(meeting.item_count), justify="right"),
                Text(str(summary.open_actions), justify="right", style="" if summary.open_actions else "dim"),
                overdue,
                Text(meeting.status, style="dim" if meeting.status == "held" else "bold"),
                key=str(meeting.id),
            )
        if self.summaries:
            table.move_cursor(row=min(keep, len(self.summaries) - 1))
        empty = self.query_one("#meetings-empty", Static)
        empty.update("No meetings yet. Import documents with `cpb import FILE`, or run `cpb demo`.")
        empty.display = not self.summaries
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
        self.open_row(self.query_one("#meetings-table", DataTable).cursor_row)

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.summaries):
            self.app.open_meeting(self.summaries[row].meeting.id)
