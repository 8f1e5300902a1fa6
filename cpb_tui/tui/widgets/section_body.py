"""A report section's body for the reader: its Markdown, with its tables drawn as tables.

`section_body(section)` is what the Report tab shows for a section. A table (`domain/tables.py`)
is drawn with Rich's `Table` when its columns fit the width the reader has; a wider one is
shown one record a row, "header: value" lines, so nothing is cut off or squeezed to a letter
a line. Cells are document text: each becomes a `Text` (never read as markup), terminal-safe
(`export/tables.safe_cells`); numbers are right-aligned.
"""

from __future__ import annotations

from rich import box
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.markdown import Markdown
from rich.measure import Measurement
from rich.table import Table as RichTable
from rich.text import Text

from cpb_tui.domain.models import Section
from cpb_tui.domain.safe import terminal_safe
from cpb_tui.domain.tables import Table, has_tables, split_body
from cpb_tui.export.tables import column_widths, least_widths, numeric_columns, records, safe_cells

# Rich's table between two columns (no edges): a space, the column's own padding either side.
_BETWEEN = 3


def section_body(section: Section) -> RenderableType:
    """The renderable for a section's body (`*(no text)*` when it has none)."""
    body = terminal_safe(section.body)
    if not has_tables(body):
        return _markdown(body or "*(no text)*")
    parts: list[RenderableType] = []
    for part in split_body(body):
        if isinstance(part, str):
            parts.append(_markdown(part))
        elif part[0] < len(section.tables):
            parts.append(TableView(section.tables[part[0]]))
        else:
            parts.append(_markdown(part[1]))  # a table block whose cells are not in the store
    return Group(*parts)


def _markdown(source: str) -> Markdown:
    return Markdown(source, hyperlinks=False)


class TableView:
    """A table drawn as columns when they fit the width given, else as one record a row."""

    def __init__(self, table: Table) -> None:
        self.table = table
        self.rows = safe_cells(table)

    def fits(self, width: int) -> bool:
        return column_widths(self.rows, self.table.header_rows, width, _BETWEEN) is not None

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        if not self.rows:
            return
        yield Text()
        yield self._columns() if self.fits(options.max_width) else self._records()
        yield Text()

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(1, options.max_width)

    def _columns(self) -> RichTable:
        header_rows = self.table.header_rows
        table = RichTable(
            box=box.SIMPLE_HEAD if header_rows else box.SIMPLE,
            show_header=bool(header_rows),
            show_edge=False,
            pad_edge=False,
            header_style="bold",
            expand=False,
        )
        right = numeric_columns(self.rows, header_rows)
        header = self.rows[header_rows - 1] if header_rows else [""] * len(right)
        for label, numeric, least in zip(header, right, least_widths(self.rows, header_rows)):
            table.add_column(Text(label), justify="right" if numeric else "left", min_width=least)
        for index, row in enumerate(self.rows):
            if index < header_rows - 1:
                table.add_row(*(Text(cell, style="bold") for cell in row))
            elif index >= header_rows:
                table.add_row(*(Text(cell) for cell in row))
        return table

    def _records(self) -> Group:
        lines: list[RenderableType] = []
        for number, record in enumerate(records(self.table)):
            if number:
                lines.append(Text())
            for label, value in record:
                line = Text()
                if label == "-":
                    line.append("  - ")
                elif label:
                    line.append(f"{label}: ", style="bold")
                line.append(value)
                lines.append(line)
        return Group(*lines)
