"""Which lines of a report's text are a table, and its cells.

The readers hand the parsers text, line by line, and every parser reads that text as it
always has: a table row stays one line, its cells joined by spaces (or, where the source
puts them so, a cell a line). Beside the text, the PDF and HTML readers report the tables
they found (`SourceTable`: the cells, and the lines the table became); `load` makes them
known while the document is parsed (`known_tables`), and the report parser, splitting a
section's body, takes each run of lines that is a known table's lines as that table
(`find_tables`). Plain text has no side channel: there, a run of
tab-separated lines with the same number of cells is a table (what a word processor writes
when a document with tables is saved as text), and so is a Markdown pipe table (a header
row, its `|---|` rule, then rows).

Conservative on purpose: a false table is worse than plain text. A table needs at least two
columns and two rows, and all its lines must be found, in order, where the text has them.
"""

from __future__ import annotations

import contextlib
import re
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Iterable, Iterator

from cpb_tui.domain.tables import Table
from cpb_tui.importers.layout import normalise

MIN_ROWS = 2
MIN_COLUMNS = 2
MAX_CELL = 400
"""A cell longer than this is prose laid out in columns, not a table's cell."""


@dataclass(frozen=True)
class SourceTable:
    """A table a reader found, and the text lines it became (whitespace collapsed)."""

    table: Table
    lines: tuple[str, ...]


def squash(line: str) -> str:
    """A line with its whitespace collapsed, as rows are compared (cells are `layout.normalise`d first, as the text is)."""
    return " ".join(line.split())


def source_table(rows: Iterable[Iterable[str]], header_rows: int = 0) -> SourceTable | None:
    """A `SourceTable` from rows of cell texts, or None when they are not a table worth keeping."""
    cleaned: list[tuple[str, ...]] = []
    kept_header = 0
    for index, row in enumerate(rows):
        cells = tuple(squash(normalise(cell)) for cell in row)
        while cells and not cells[-1]:
            cells = cells[:-1]
        if not any(cells):
            continue
        cleaned.append(cells)
        if index < header_rows:
            kept_header += 1
    if len(cleaned) < MIN_ROWS or max(len(row) for row in cleaned) < MIN_COLUMNS:
        return None
    if any(len(cell) > MAX_CELL for row in cleaned for cell in row):
        return None
    if kept_header >= len(cleaned):
        kept_header = 0
    lines = tuple(squash(" ".join(row)) for row in cleaned)
    return SourceTable(Table(tuple(cleaned), kept_header), lines)


_KNOWN: ContextVar[tuple[SourceTable, ...]] = ContextVar("cpb_known_tables", default=())
_MARKERS: ContextVar[dict[str, str]] = ContextVar("cpb_known_markers", default={})


@contextlib.contextmanager
def known_tables(tables: Iterable[SourceTable], markers: dict[str, str] | None = None) -> Iterator[None]:
    """While parsing one document: the tables its reader found, and the numbers of its numbered lists' items.

    `markers` maps an item's line as the reader wrote it ("• Notes the report.") to the number
    its list gives it ("1."): a web page's numbered list is written as bullets, the way every
    parser reads lists, and a report section puts each number back (`numbered`).
    """
    token = _KNOWN.set(tuple(tables))
    marks = _MARKERS.set(dict(markers or {}))
    try:
        yield
    finally:
        _KNOWN.reset(token)
        _MARKERS.reset(marks)


def numbered(lines: list[str]) -> list[str]:
    """`lines` with each known numbered list item's bullet replaced by its number."""
    markers = _MARKERS.get()
    if not markers:
        return lines
    out = []
    for line in lines:
        marker = markers.get(squash(line))
        out.append(f"{marker} {squash(line)[1:].strip()}" if marker else line)
    return out


def find_tables(lines: list[str]) -> list[tuple[int, int, Table]]:
    """(start, end, table) for each run of `lines` that is a table, in order, not overlapping (end exclusive)."""
    known = _KNOWN.get()
    by_first: dict[str, list[SourceTable]] = {}
    for found in known:
        by_first.setdefault(found.lines[0], []).append(found)
    squashed = [squash(line) for line in lines]
    out: list[tuple[int, int, Table]] = []
    index = 0
    while index < len(lines):
        match = _known_at(squashed, index, by_first) if by_first else None
        if match is None and "\t" in lines[index]:
            match = _tabbed_at(lines, index)
        if match is None and _PIPE_ROW.match(lines[index]):
            match = _piped_at(lines, index)
        if match is None:
            index += 1
            continue
        end, table = match
        out.append((index, end, table))
        index = end
    return out


def _known_at(squashed: list[str], index: int, by_first: dict[str, list[SourceTable]]) -> tuple[int, Table] | None:
    for found in by_first.get(squashed[index], ()):
        rows = len(found.lines)
        if tuple(squashed[index : index + rows]) == found.lines:
            return index + rows, found.table
    return None


def _tabbed_at(lines: list[str], index: int) -> tuple[int, Table] | None:
    """Tab-separated rows from `index`, single blank lines between them allowed, all with the same number of cells."""
    rows: list[tuple[str, ...]] = []
    end = index
    cursor = index
    while cursor < len(lines):
        line = lines[cursor]
        if not line.strip():
            if cursor + 1 < len(lines) and "\t" in lines[cursor + 1] and rows:
                cursor += 1
                continue
            break
        if "\t" in line.strip("\t ") or line.rstrip(" ").endswith("\t"):
            cells = tuple(cell.strip() for cell in line.strip(" ").split("\t"))
        elif rows and line.strip().endswith(":") and all(row[0].endswith(":") for row in rows):
            cells = (line.strip(), "")  # "Label:<tab>" with its tab trimmed as a trailing space: an empty value
        else:
            break
        if rows and len(cells) != len(rows[0]):
            break
        rows.append(cells)
        cursor += 1
        end = cursor
    if len(rows) < MIN_ROWS or len(rows[0]) < MIN_COLUMNS:
        return None
    if any(_BULLET_OR_NUMBER.match(row[0]) for row in rows):
        return None  # "1.1<tab>text": numbered paragraphs set with tabs, not a table
    header = 1 if all(cell and not cell.endswith(":") for cell in rows[0]) else 0
    found = source_table(rows, header)
    return (end, found.table) if found else None


_BULLET_OR_NUMBER = re.compile(r"^(?:[-\u2022*]\s*)?\d{1,2}(?:\.\d{1,2})*\.?$")


_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_RULE = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*)?\|?\s*$")


def _piped_at(lines: list[str], index: int) -> tuple[int, Table] | None:
    """A Markdown pipe table from `index`: a header row, its rule ("|---|---|"), then rows, all with as many cells."""
    rows: list[tuple[str, ...]] = []
    cursor = index
    ruled = False
    while cursor < len(lines) and _PIPE_ROW.match(lines[cursor]):
        if cursor == index + 1 and _PIPE_RULE.match(lines[cursor]):
            ruled = True
            cursor += 1
            continue
        cells = tuple(cell.strip() for cell in lines[cursor].strip()[1:-1].split("|"))
        if rows and len(cells) != len(rows[0]):
            break
        rows.append(cells)
        cursor += 1
    if not ruled or len(rows) < MIN_ROWS or len(rows[0]) < MIN_COLUMNS:
        return None
    found = source_table(rows, 1)
    return (cursor, found.table) if found else None
