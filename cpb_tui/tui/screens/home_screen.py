"""Home: every committee's meetings, the next one first, with items and open and overdue actions."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static

from cpb_tui.domain.models import Meeting, MeetingSummary, format_date
from cpb_tui.export.empty import NO_MEETINGS
from cpb_tui.tui import collector
from cpb_tui.tui.messages import MeetingsLoaded, StoreChanged, StoreFailed
from cpb_tui.domain.safe import terminal_safe
from cpb_tui.tui.safe import safe_text
from cpb_tui.tui.widgets.bars import KeyBar, TitleBar
from cpb_tui.tui.widgets.meeting_table import MeetingTable


FIRST_ROWS = 100
"""Meetings read and shown first: a screenful on any terminal, so the first frame waits for no more."""
PAGE_ROWS = 1000
"""Meetings read at a time after the first screenful, each stretch once the one before is on screen."""
BATCH_ROWS = 500
"""Rows added to the table at a time when it is filled again (a resize, a reload), so keys are answered meanwhile."""


class HomeScreen(Screen[None]):
    """Meetings of every committee; Enter opens one."""

    BINDINGS = [
        Binding("enter", "open_meeting", "Open", id="open-meeting", priority=True),
        Binding("b", "brief", "Briefing", id="home-brief"),
    ]
    """Keys of the home screen."""

    def __init__(self) -> None:
        super().__init__()
        self.summaries: list[MeetingSummary] = []
        self.loads = 0
        """Readings of the store begun; only the latest one's rows are shown."""
        self.rows_added = 0
        """How many of `summaries` the table has rows for."""
        self.filling = 0
        """Fillings of the table begun (a batch of an earlier one adds nothing)."""

    @property
    def meetings(self) -> list[Meeting]:
        """The meetings in the order shown."""
        return [s.meeting for s in self.summaries]

    def compose(self) -> ComposeResult:
        yield TitleBar()
        yield Static("Meetings: the next one first, then the most recent", id="home-title", classes="screen-title")
        table = MeetingTable(id="meetings-table")
        self.add_columns(table, column_widths(self.app.size.width))
        yield table
        yield Static("", id="meetings-empty", classes="empty-note")
        yield KeyBar()

    def add_columns(self, table: MeetingTable, widths: dict[str, int]) -> None:
        """The columns at these widths (fixed: rows arrive in batches, and a column must not jump as they do)."""
        self.widths = widths
        for label, width in widths.items():
            table.add_column(label.strip(), width=width)

    def on_resize(self) -> None:
        widths = column_widths(self.size.width)
        if widths != getattr(self, "widths", None):
            # Narrower or wider: the columns again at widths that fit, the rows after them.
            table = self.query_one("#meetings-table", MeetingTable)
            keep = self._cursor_meeting_id()
            table.clear(columns=True)
            self.add_columns(table, widths)
            self.next_marked = False
            self.add_rows(0, max(FIRST_ROWS, self._row_of(keep) + 1))
            self._move_to(keep)

    def _cursor_meeting_id(self) -> int | None:
        """The id of the meeting under the cursor (kept across reloads, whatever moves around it)."""
        row = self.query_one("#meetings-table", MeetingTable).cursor_row
        return self.summaries[row].meeting.id if 0 <= row < len(self.summaries) else None

    def _row_of(self, meeting_id: int | None) -> int:
        return next((i for i, s in enumerate(self.summaries) if s.meeting.id == meeting_id), 0)

    def _move_to(self, meeting_id: int | None) -> None:
        if self.summaries:
            self.query_one("#meetings-table", MeetingTable).move_cursor(row=self._row_of(meeting_id))

    def on_mount(self) -> None:
        self.query_one("#meetings-empty", Static).display = False
        # The first screenful first: the rest of a long archive is read once it is on screen.
        self.load_meetings(FIRST_ROWS)

    def on_screen_resume(self) -> None:
        # Counts change when actions are confirmed elsewhere; read them again when coming back.
        if self.summaries:
            self.load_meetings()

    def load_meetings(self, first: int | None = None, start: int = 0) -> None:
        """Read the meetings again: all of them, or the `first` of them (the rest follow once shown)."""
        self.loads += 1
        self._read_meetings(first, start, self.loads)

    @work(thread=True, exclusive=True, group="store")
    def _read_meetings(self, first: int | None, start: int, load: int) -> None:
        try:
            summaries = self.app.with_store(lambda store: store.meeting_summaries(first, start))
        except Exception as error:  # the store may be missing or damaged; say so on screen
            self.post_message(StoreFailed(str(error)))
            return
        more = first is not None and len(summaries) == first
        self.post_message(MeetingsLoaded(summaries, load, start, more))

    @on(MeetingsLoaded)
    def show_meetings(self, message: MeetingsLoaded) -> None:
        if message.load != self.loads:
            return  # read before a later reading began: that one is shown instead
        if message.start:
            self.append_meetings(message)
        else:
            self.replace_meetings(message.summaries)
        if message.more:
            # The next stretch once this one is on screen, so reading it never holds up a frame.
            following = message.start + len(message.summaries)
            self.call_after_refresh(self._read_next, following, message.load)

    def _read_next(self, start: int, load: int) -> None:
        if load == self.loads:  # a reading begun since (a reload) reads the whole list itself
            self._read_meetings(PAGE_ROWS, start, load)

    def replace_meetings(self, summaries: list[MeetingSummary]) -> None:
        table = self.query_one("#meetings-table", MeetingTable)
        keep = self._cursor_meeting_id() if self.summaries else None
        self.summaries = summaries
        table.clear()
        self.next_marked = False
        # The first screenful at once (and at least down to the meeting the cursor was on); a
        # long archive follows in batches, so the screen is usable at once whatever its size.
        self.add_rows(0, max(FIRST_ROWS, self._row_of(keep) + 1))
        self._move_to(keep)
        empty = self.query_one("#meetings-empty", Static)
        empty.update(NO_MEETINGS)
        empty.display = not self.summaries
        # Start-up is over once the first screen is drawn: its objects leave the collector's round.
        self.call_after_refresh(getattr(self.app, "first_screen_drawn", lambda: collector.settle(self.app)))
        table.focus()

    def append_meetings(self, message: MeetingsLoaded) -> None:
        """A later stretch of the list, after the rows shown. A meeting already shown is left out:
        if another cpb added one meanwhile the stretches overlap, until its change is read again."""
        shown = {s.meeting.id for s in self.summaries}
        before = len(self.summaries)
        self.summaries = self.summaries + [s for s in message.summaries if s.meeting.id not in shown]
        if self.rows_added == before:  # else the batches still being added carry on to the new end
            self.add_rows(before, BATCH_ROWS, self.filling)

    def add_rows(self, start: int, count: int, filling: int | None = None) -> None:
        """Rows `start` to `start + count`, then the rest in batches; a batch of an earlier filling
        (before a reload or a resize cleared the table) adds nothing."""
        if filling is None:
            self.filling += 1
        elif filling != self.filling:
            return
        table = self.query_one("#meetings-table", MeetingTable)
        rows = []
        for summary in self.summaries[start : start + count]:
            meeting = summary.meeting
            marker = Text("")
            if meeting.status == "scheduled" and not self.next_marked:
                marker, self.next_marked = Text("next", style="bold"), True
            overdue = Text(str(summary.overdue_actions), style="bold red" if summary.overdue_actions else "dim")
            rows.append((
                marker,
                Text(format_date(meeting.date) if self.widths["Date"] >= 17 else meeting.date.strftime("%d %b %Y")),
                Text(terminal_safe(meeting.committee), no_wrap=True, overflow="ellipsis"),
                Text(str(meeting.item_count), justify="right"),
                Text(str(summary.open_actions), justify="right", style="" if summary.open_actions else "dim"),
                overdue,
                safe_text(meeting.status, style="dim" if meeting.status == "held" else "bold"),
            ))
        keys = [str(s.meeting.id) for s in self.summaries[start : start + count]]
        table.add_rows(zip(rows, keys))
        following = start + count
        self.rows_added = min(following, len(self.summaries))
        if following < len(self.summaries):
            filling = self.filling
            self.set_timer(0.05, lambda: self.add_rows(following, BATCH_ROWS, filling))

    @on(StoreChanged)
    def changed_elsewhere(self) -> None:
        # The CLI wrote to the store: the counts are read again now if shown, else on coming back.
        if self.is_current and self.summaries:
            self.load_meetings()

    @on(StoreFailed)
    def show_failure(self, message: StoreFailed) -> None:
        empty = self.query_one("#meetings-empty", Static)
        empty.update(safe_text(f"Cannot read the store: {message.error}"))
        empty.display = True

    @on(MeetingTable.RowSelected, "#meetings-table")
    def row_selected(self, event: MeetingTable.RowSelected) -> None:
        self.open_row(event.cursor_row)

    def action_open_meeting(self) -> None:
        self.open_row(self.query_one("#meetings-table", MeetingTable).cursor_row)

    def action_brief(self) -> None:
        """The member's briefing for the highlighted meeting."""
        row = self.query_one("#meetings-table", MeetingTable).cursor_row
        if 0 <= row < len(self.summaries):
            self.app.open_brief(self.summaries[row].meeting.id)

    def open_row(self, row: int) -> None:
        if 0 <= row < len(self.summaries):
            self.app.open_meeting(self.summaries[row].meeting.id)


FIXED_COLUMNS = {" ": 4, "Date": 17, "Committee": 0, "Items": 5, "Open": 4, "Overdue": 7, "Status": 9}
"""Each column's width; the committee's takes what is left."""


def column_widths(screen_width: int) -> dict[str, int]:
    """Widths that fit the screen, shrinking by priority: the committee first, then the date
    ("24 Dec 2026"), so Status, Open and Overdue always show."""
    widths = dict(FIXED_COLUMNS)
    # Each column has a cell of padding either side; the table keeps room for its scroll bar.
    spare = screen_width - sum(widths.values()) - 2 * len(widths) - 2
    if spare < 12:
        widths["Date"] = 11
        spare += 6
    widths["Committee"] = max(8, min(40, spare))
    return widths
