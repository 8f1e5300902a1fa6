"""The action log as a virtual table: only the rows on screen are ever rendered.

`DataTable` builds a row object for every row it is given, so showing or filtering 10,000
actions costs seconds; this table keeps the list it is given and renders a line when Textual
asks for it (the Line API of `ScrollView`), so a new filter or sort costs what the filter
itself costs. `bench/action_log.py` measures both (docs/benchmarks.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.segment import Segment
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from cpb_tui.domain.models import LogEntry
from cpb_tui.domain.safe import terminal_safe
from cpb_tui.tui.widgets.meeting_table import keep_in_view  # loaded with the home screen already


@dataclass(frozen=True)
class Column:
    """A column: its name (the sort key), heading, and width (0: a share of what is left)."""

    name: str
    heading: str
    width: int
    share: int = 0


COLUMNS = (
    Column("id", "#", 4),
    Column("from", "From", 11),
    Column("ref", "Ref", 7),
    Column("action", "Action", 0, 5),
    Column("owners", "Owners", 0, 2),
    Column("due", "Due", 12),
    Column("status", "Status", 14),
    Column("update", "Latest update", 0, 3),
)

STATUS_STYLES = {
    "missed": "bold red",
    "overdue": "bold red",
    "to confirm": "bold yellow",
    "due next meeting": "bold",
    "delivered": "green",
    "done": "green",
    "dropped": "dim",
}

# Below these widths a column gives its room to the action's text (the evidence panel shows it).
HIDDEN_BELOW = {"update": 110, "from": 100}


def column_widths(total: int) -> dict[str, int]:
    """Each column's width (one space between columns) at a table `total` cells wide."""
    shown = [c for c in COLUMNS if total >= HIDDEN_BELOW.get(c.name, 0)]
    fixed = sum(c.width for c in shown) + len(shown) - 1
    shares = sum(c.share for c in shown)
    left = max(0, total - fixed)
    widths = {c.name: c.width or max(6, left * c.share // shares) for c in shown}
    return widths


def due_cell(entry: LogEntry) -> str:
    """The due as the table shows it: "at" a meeting, "by" a date, or the source's words."""
    action = entry.action
    if action.due_meeting_date:
        return f"at {action.due_meeting_date:%d %b %y}"
    if action.due_date:
        return f"by {action.due_date:%d %b %y}"
    return action.due_words or "not set"


def cells(entry: LogEntry) -> dict[str, Text]:
    """The row's text, column by column, terminal-safe."""
    action = entry.action
    status = entry.derived_status + (f" +{entry.suggested}" if entry.suggested and entry.derived_status == "to confirm" else "")
    text = Text(terminal_safe(action.text.replace("\n", " ")))
    if action.exempt:
        text = Text.assemble(("[exempt] ", "bold red"), text)
    return {
        "id": Text(f"{action.id:>4}"),
        "from": Text(f"{action.meeting_date:%d %b %Y}" if action.meeting_date else "-"),
        "ref": Text(terminal_safe(action.minute_reference) or "-"),
        "action": text,
        "owners": Text(terminal_safe("; ".join(action.owners)) or "none", style="" if action.owners else "dim"),
        "due": Text(terminal_safe(due_cell(entry))),
        "status": Text(status, style=STATUS_STYLES.get(entry.derived_status, "")),
        "update": Text(terminal_safe((action.latest_update or "").replace("\n", " ")), style="dim"),
    }


class ActionTable(ScrollView, can_focus=True):
    """Rows of actions with a cursor; the heading line shows the sort."""

    DEFAULT_CSS = """
    ActionTable { height: 1fr; background: $surface; }
    ActionTable > .action-table--heading { text-style: bold; background: $panel; }
    ActionTable > .action-table--cursor { background: $accent 40%; }
    ActionTable:focus > .action-table--cursor { background: $accent; color: $text; }
    """
    COMPONENT_CLASSES = {"action-table--heading", "action-table--cursor"}
    BINDINGS = [
        Binding("up", "move(-1)", "Up", show=False),
        Binding("down", "move(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "move_to(0)", "First", show=False),
        Binding("end", "move_to(-1)", "Last", show=False),
        Binding("enter", "choose", "Open origin", id="open-origin", show=False),
    ]
    """Moving the cursor; enter opens the action's origin item."""

    cursor: reactive[int] = reactive(0, init=False, always_update=True)
    """The row under the cursor."""

    @dataclass
    class Highlighted(Message):
        """The cursor is on another entry (None: the table is empty)."""

        entry: LogEntry | None

    @dataclass
    class Chosen(Message):
        """Enter was pressed on an entry."""

        entry: LogEntry

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.entries: list[LogEntry] = []
        self.sort: str = "status"
        self.descending = False

    @property
    def current(self) -> LogEntry | None:
        """The entry under the cursor."""
        return self.entries[self.cursor] if 0 <= self.cursor < len(self.entries) else None

    def show(self, entries: list[LogEntry], keep_id: int | None = None) -> None:
        """Show these entries; the cursor stays on `keep_id` if it is still there."""
        self.entries = entries
        self.virtual_size = Size(0, len(entries) + 1)
        index = 0
        if keep_id is not None:
            index = next((i for i, e in enumerate(entries) if e.action.id == keep_id), min(self.cursor, max(0, len(entries) - 1)))
        self.cursor = index
        self.refresh()

    def watch_cursor(self, cursor: int) -> None:
        self._scroll_to_cursor()
        self.refresh()
        self.post_message(self.Highlighted(self.current))

    def _scroll_to_cursor(self) -> None:
        keep_in_view(self, self.cursor, max(1, self.size.height - 1))

    def on_resize(self) -> None:
        self.virtual_size = Size(0, len(self.entries) + 1)
        self._scroll_to_cursor()

    def action_move(self, delta: int) -> None:
        if self.entries:
            self.cursor = max(0, min(len(self.entries) - 1, self.cursor + delta))

    def action_page(self, delta: int) -> None:
        self.action_move(delta * max(1, self.size.height - 2))

    def action_move_to(self, index: int) -> None:
        if self.entries:
            self.cursor = index % len(self.entries)

    def action_choose(self) -> None:
        if self.current is not None:
            self.post_message(self.Chosen(self.current))

    # --- rendering ------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        widths = column_widths(width)
        if y == 0:
            return self._heading(widths, width)
        index = self.scroll_offset.y + y - 1
        if index >= len(self.entries):
            return Strip.blank(width, self.rich_style)
        row = cells(self.entries[index])
        line = Text(no_wrap=True, end="")
        for position, (name, cell_width) in enumerate(widths.items()):
            cell = row[name]
            cell.truncate(cell_width, overflow="ellipsis", pad=True)
            if position:
                line.append(" ")
            line.append_text(cell)
        base = self.rich_style
        if index == self.cursor:
            base = self.get_component_rich_style("action-table--cursor")
        segments = list(line.render(self.app.console))
        return Strip(Segment.apply_style(segments, base), line.cell_len).adjust_cell_length(width, base)

    def _heading(self, widths: dict[str, int], width: int) -> Strip:
        style = self.get_component_rich_style("action-table--heading")
        line = Text(no_wrap=True, end="")
        for position, (name, cell_width) in enumerate(widths.items()):
            heading = next(c.heading for c in COLUMNS if c.name == name)
            if name == self.sort:
                heading += " v" if self.descending else " ^"
            cell = Text(heading)
            cell.truncate(cell_width, overflow="ellipsis", pad=True)
            if position:
                line.append(" ")
            line.append_text(cell)
        segments = list(line.render(self.app.console))
        return Strip(Segment.apply_style(segments, style), line.cell_len).adjust_cell_length(width, style)
