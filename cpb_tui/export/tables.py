"""Tables kept from reports, laid out for a reader: aligned columns, or a record a row when too wide.

Shared by `cpb read` (plain text) and the reader (which draws the same choice with Rich).
Cells are document text: each is made terminal-safe and put on one line before it is laid
out, and nothing in it is read as markup.
"""

from __future__ import annotations

import re
import textwrap

from cpb_tui.domain.safe import terminal_safe
from cpb_tui.domain.tables import Table

GAP = "  "
"""Between two columns."""
_NUMBER = re.compile(r"^[-+(]?[£$€]?\d[\d,.]*%?\)?$|^-$|^n/?a$", re.IGNORECASE)


def safe_cells(table: Table) -> list[list[str]]:
    """Every row padded to the table's width, each cell terminal-safe on one line."""
    return [[" ".join(terminal_safe(cell).split()) for cell in row] for row in table.padded()]


def numeric_columns(rows: list[list[str]], header_rows: int) -> list[bool]:
    """Which columns hold numbers in every filled body cell (those are right-aligned)."""
    body = rows[header_rows:] or rows
    columns = len(rows[0]) if rows else 0
    out = []
    for col in range(columns):
        filled = [row[col] for row in body if row[col]]
        out.append(bool(filled) and all(_NUMBER.match(cell) for cell in filled))
    return out


def least_widths(rows: list[list[str]], header_rows: int) -> list[int]:
    """Each column's least width: its longest body cell on one line, its header wrapped at words if need be."""
    columns = range(len(rows[0]) if rows else 0)
    body = [max((len(row[col]) for row in rows[header_rows:]), default=0) for col in columns]
    words = [max((len(w) for row in rows[:header_rows] for w in row[col].split()), default=0) for col in columns]
    return [max(b, w, 1) for b, w in zip(body, words)]


def column_widths(rows: list[list[str]], header_rows: int, width: int, between: int = len(GAP)) -> list[int] | None:
    """Each column's width for a table in `width`: every body cell on one line, headers wrapped at
    words only if need be; None when even that is too wide."""
    columns = range(len(rows[0]) if rows else 0)
    widths = least_widths(rows, header_rows)
    room = width - sum(widths) - between * (len(widths) - 1)
    if room < 0:
        return None
    for col in columns:  # give the headers back what room there is, left to right
        whole = max((len(row[col]) for row in rows[:header_rows]), default=0)
        grow = min(room, max(0, whole - widths[col]))
        widths[col] += grow
        room -= grow
    return widths


def table_text(table: Table, width: int = 88) -> str:
    """A table as plain text: aligned columns when it fits in `width`, else one record a row."""
    rows = safe_cells(table)
    if not rows:
        return ""
    widths = column_widths(rows, table.header_rows, width)
    if widths is None:
        return records_text(table, width)
    right = numeric_columns(rows, table.header_rows)
    lines = []
    for index, row in enumerate(rows):
        parts = [textwrap.wrap(cell, w) or [""] if index < table.header_rows else [cell] for cell, w in zip(row, widths)]
        for line in range(max(len(part) for part in parts)):
            cells = [part[line] if line < len(part) else "" for part in parts]
            lines.append(GAP.join(c.rjust(w) if r else c.ljust(w) for c, w, r in zip(cells, widths, right)).rstrip())
        if index == table.header_rows - 1:
            lines.append(GAP.join("-" * w for w in widths))
    return "\n".join(lines)


def records(table: Table) -> list[list[tuple[str, str]]]:
    """A table too wide for its columns, as one record a row: (label, value) pairs, labels from the header.

    Without a header row, the row's first cell names the record (label "") and the rest are
    listed under it (label "-").
    """
    rows = safe_cells(table)
    header = rows[table.header_rows - 1] if table.header_rows else None
    out = []
    for row in rows[table.header_rows :]:
        if header is not None:
            out.append([(label or f"Column {col + 1}", value) for col, (label, value) in enumerate(zip(header, row)) if value])
        else:
            values = [value for value in row if value]
            out.append([("", value) if index == 0 else ("-", value) for index, value in enumerate(values)])
    return out


def records_text(table: Table, width: int = 88) -> str:
    """One record a row: "label: value" lines (wrapped under the value), a blank line between records."""
    blocks = []
    for record in records(table):
        lines = []
        for label, value in record:
            lead = "" if not label else "- " if label == "-" else f"{label}: "
            lines.append(textwrap.fill(value, width, initial_indent=lead, subsequent_indent="  ") or lead.rstrip())
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
