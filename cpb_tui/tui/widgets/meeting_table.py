"""The home screen's meetings as a virtual table: only the lines on screen are ever rendered.

Textual's `DataTable` renders each cell through Rich's `Padding` and `Styled` and keeps a
row object per row; for the home screen's first frame that was 25-35 ms of a screenful's
rows, most of what cpb's start-up cost over a bare app (bench/first_screen.py). This table
keeps the rows it is given (each a tuple of `Text` cells, already made terminal-safe by the
screen) and renders a line when Textual asks for it, in fixed-width columns with a cell of
padding either side, zebra stripes and a row cursor, as the `DataTable` did.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from rich.segment import Segment
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip


def keep_in_view(table: ScrollView, cursor: int, body: int) -> None:
    """Scroll a one-line-a-row table (its header the first line) just enough that row `cursor`
    is among the `body` rows on screen; the action log's table uses it too."""
    top = table.scroll_offset.y
    if cursor < top:
        table.scroll_to(y=cursor, animate=False, immediate=True)
    elif cursor >= top + body:
        table.scroll_to(y=cursor - body + 1, animate=False, immediate=True)


@dataclass(frozen=True)
class RowKey:
    """A row's key, as given to `add_row` (`value`, as `DataTable`'s row keys have)."""

    value: str


class MeetingTable(ScrollView, can_focus=True):
    """Rows of meetings under a heading line; a cursor row; a click on the cursor's row selects it."""

    DEFAULT_CSS = """
    MeetingTable { height: 1fr; background: $surface; color: $foreground; }
    MeetingTable:focus { background-tint: $foreground 5%; }
    MeetingTable > .meeting-table--header { text-style: bold; background: $panel; color: $foreground; }
    MeetingTable > .meeting-table--even-row { background: $surface-lighten-1 50%; }
    MeetingTable:dark > .meeting-table--even-row { background: $surface-darken-1 40%; }
    MeetingTable > .meeting-table--cursor {
        background: $block-cursor-blurred-background;
        color: $block-cursor-blurred-foreground;
        text-style: $block-cursor-blurred-text-style;
    }
    MeetingTable:focus > .meeting-table--cursor {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
        text-style: $block-cursor-text-style;
    }
    """
    COMPONENT_CLASSES = {"meeting-table--header", "meeting-table--even-row", "meeting-table--cursor"}
    BINDINGS = [
        Binding("up", "move(-1)", "Up", show=False),
        Binding("down", "move(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home,ctrl+home", "move_to(0)", "First", show=False),
        Binding("end,ctrl+end", "move_to(-1)", "Last", show=False),
        Binding("enter", "select", "Open", show=False),
    ]
    """Moving the cursor; enter selects its row (the home screen binds enter itself)."""

    cursor: reactive[int] = reactive(0, init=False, always_update=True)
    """The row under the cursor."""

    @dataclass
    class RowSelected(Message):
        """A row was chosen: enter, or a click on the cursor's row."""

        table: "MeetingTable"
        cursor_row: int

        @property
        def control(self) -> "MeetingTable":
            return self.table

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.columns: dict[str, int] = {}
        """Each column's label and width (its cells are padded by one more each side)."""
        self._cells: list[tuple[Text, ...]] = []
        self._keys: list[RowKey] = []

    # --- the DataTable-like surface the home screen uses ------------------------------------

    @property
    def row_count(self) -> int:
        return len(self._cells)

    @property
    def rows(self) -> list[RowKey]:
        """The rows' keys, in order."""
        return list(self._keys)

    @property
    def cursor_row(self) -> int:
        return self.cursor if self._cells else -1

    @property
    def width_used(self) -> int:
        """The cells the columns take, padding included."""
        return sum(width + 2 for width in self.columns.values())

    def add_column(self, label: str, width: int) -> None:
        self.columns[label] = width
        self._resize()

    def add_rows(self, rows: Iterable[tuple[tuple[Text, ...], str]]) -> None:
        """Rows after the last one, each its cells and its key."""
        for cells, key in rows:
            self._cells.append(cells)
            self._keys.append(RowKey(key))
        self._resize()

    def add_row(self, *cells: Text, key: str) -> None:
        self.add_rows([(cells, key)])

    def clear(self, columns: bool = False) -> None:
        """Remove every row (and with `columns`, every column)."""
        self._cells, self._keys = [], []
        if columns:
            self.columns = {}
        self.cursor = 0
        self._resize()

    def move_cursor(self, row: int) -> None:
        if self._cells:
            self.cursor = max(0, min(len(self._cells) - 1, row))

    # --- moving --------------------------------------------------------------------------------

    def watch_cursor(self) -> None:
        self._scroll_to_cursor()
        self.refresh()

    def _resize(self) -> None:
        self.virtual_size = Size(self.width_used, len(self._cells) + 1)
        self.refresh()

    def _scroll_to_cursor(self) -> None:
        keep_in_view(self, self.cursor, max(1, self.scrollable_content_region.height - 1))

    def on_resize(self) -> None:
        self._scroll_to_cursor()

    def action_move(self, delta: int) -> None:
        self.move_cursor(self.cursor + delta)

    def action_page(self, delta: int) -> None:
        self.action_move(delta * max(1, self.scrollable_content_region.height - 2))

    def action_move_to(self, index: int) -> None:
        if self._cells:
            self.cursor = index % len(self._cells)

    def action_select(self) -> None:
        if self._cells:
            self.post_message(self.RowSelected(self, self.cursor))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or offset.y < 1:
            return
        row = self.scroll_offset.y + offset.y - 1
        if 0 <= row < len(self._cells):
            if row == self.cursor:
                self.post_message(self.RowSelected(self, row))
            self.cursor = row

    # --- rendering -----------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if y == 0:
            style = self.get_component_rich_style("meeting-table--header")
            return self._line([Text(label) for label in self.columns], style, width)
        index = self.scroll_offset.y + y - 1
        if index >= len(self._cells):
            return Strip.blank(width, self.rich_style)
        style = self.rich_style
        if index == self.cursor:
            style = self.get_component_rich_style("meeting-table--cursor")
        elif index % 2 == 0:
            style = self.get_component_rich_style("meeting-table--even-row")
        return self._line(self._cells[index], style, width)

    def _line(self, cells: Iterable[Text], style, width: int) -> Strip:
        line = Text(no_wrap=True, end="")
        for cell, cell_width in zip(cells, self.columns.values()):
            cell = cell.copy()
            cell.truncate(cell_width, overflow=cell.overflow or "ellipsis")
            cell.align(cell.justify if cell.justify in ("right", "center") else "left", cell_width)
            line.append(" ")
            line.append_text(cell)
            line.append(" ")
        x = int(self.scroll_offset.x)
        segments = Segment.apply_style(list(line.render(self.app.console)), style)
        strip = Strip(segments, line.cell_len)
        if x:
            strip = strip.crop(x, x + width)
        return strip.adjust_cell_length(width, style)
