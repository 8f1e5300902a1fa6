"""Tables on a PDF page, from where its pieces of text stand (PDFium's text rectangles).

PDFium's text of a page gives a table row as one line, its cells joined by spaces
("Foster care 412 398"): which spaces part cells is lost. The page's text rectangles keep
it: PDFium cuts a line into rectangles where the text jumps across the page. A table is a
run of lines, each cut into pieces that stand in the same columns.

Conservative, since a false table is worse than plain text. A run is a table only when:

- it has at least `MIN_ROWS` lines of at least two pieces, evenly spaced down the page;
- every piece of every line falls in one column, and no column holds two pieces of a line;
- its cells are short (a median of at most `MAX_MEDIAN_CELL` characters: two columns of
  prose are not a table);
- its rows, cells joined by spaces, are consecutive lines of the page's text, in order; or
  its cells, one a line, are a run of consecutive lines, in any order (as PDFium gives a
  table drawn column by column). Either way the reader's text and the table agree: two
  columns of prose, read column by column, are neither.
"""

from __future__ import annotations

import statistics
from collections import Counter

from cpb_tui.importers.tables import SourceTable, source_table, squash

MIN_ROWS = 3
MAX_MEDIAN_CELL = 40
# Pieces of one line closer than this many line heights are one piece (words, a bold word).
MERGE_GAP = 1.2
# Rows further apart than this many times the table's usual spacing end the table.
ROW_GAP = 2.2


def page_tables(textpage, text: str, rects: list[tuple[float, float, float, float]] | None = None) -> list[SourceTable]:
    """The tables on one page (`textpage`: a pypdfium2 PdfTextPage; `text`: its text as read; `rects`: its text
    rectangles, `text_rects(textpage)`, if the caller has them)."""
    rects = text_rects(textpage) if rects is None else rects
    if not _has_cut_lines(rects):
        return []  # no line of the page is cut into pieces: no table
    text_lines = [squash(line) for line in text.split("\n") if line.strip()]
    pieces = []
    for left, bottom, right, top in rects:
        words = squash(textpage.get_text_bounded(left, bottom, right, top))
        if words:
            pieces.append((left, bottom, right, top, words))
    found = []
    for run in _runs(_lines(pieces)):
        table = _table(run, text_lines)
        if table is not None:
            found.append(table)
    return found


def text_rects(textpage) -> list[tuple[float, float, float, float]]:
    """`[textpage.get_rect(i) for i in range(textpage.count_rects())]`: the same PDFium call for each
    rectangle, into one set of doubles rather than four new ones a rectangle (a tenth of the time
    a page of prose takes to read: its rectangles are its lines)."""
    from ctypes import c_double

    import pypdfium2.raw as pdfium_c
    from pypdfium2 import PdfiumError

    left, bottom, right, top = c_double(), c_double(), c_double(), c_double()
    get, handle = pdfium_c.FPDFText_GetRect, textpage.raw
    rects = []
    for index in range(textpage.count_rects()):
        if not get(handle, index, left, top, right, bottom):  # (PDFium's order: left, top, right, bottom)
            raise PdfiumError("Failed to get rectangle. (Make sure count_rects() was called with default params once before subsequent get_rect() calls.)")
        rects.append((left.value, bottom.value, right.value, top.value))
    return rects


def _has_cut_lines(rects: list[tuple]) -> bool:
    """Whether at least `MIN_ROWS` lines of the page hold two rectangles far apart (the cheap test, before any text is read)."""
    cut = 0
    for line in _grouped(rects):
        line.sort()
        if any(b[0] - a[2] >= MERGE_GAP * max(a[3] - a[1], 1.0) for a, b in zip(line, line[1:])):
            cut += 1
            if cut >= MIN_ROWS:
                return True
    return False


def _grouped(boxes: list[tuple]) -> list[list[tuple]]:
    """Boxes (left, bottom, right, top, ...) grouped into lines down the page: a box joins the line its middle is within."""
    lines: list[list[tuple]] = []
    for box in sorted(boxes, key=lambda b: (-b[3], b[0])):
        middle = (box[1] + box[3]) / 2
        if lines and lines[-1][0][1] <= middle <= lines[-1][0][3]:
            lines[-1].append(box)
        else:
            lines.append([box])
    return lines


def _lines(pieces: list[tuple]) -> list[list[tuple]]:
    """Pieces grouped into lines down the page (top first), each line's pieces left to right, near ones merged."""
    lines = _grouped(pieces)
    merged = []
    for line in lines:
        line.sort(key=lambda p: p[0])
        out = [list(line[0])]
        for left, bottom, right, top, words in line[1:]:
            height = max(top - bottom, 1.0)
            if left - out[-1][2] < MERGE_GAP * height:
                out[-1][2] = max(out[-1][2], right)
                out[-1][4] = out[-1][4] + " " + words
            else:
                out.append([left, bottom, right, top, words])
        merged.append([tuple(p) for p in out])
    return merged


def _runs(lines: list[list[tuple]]) -> list[list[list[tuple]]]:
    """Runs of consecutive lines of two pieces or more, evenly spaced."""
    runs: list[list[list[tuple]]] = []
    current: list[list[tuple]] = []
    for line in lines:
        if len(line) >= 2 and (not current or _close(current, line)):
            current.append(line)
            continue
        if len(current) >= MIN_ROWS:
            runs.append(current)
        current = [line] if len(line) >= 2 else []
    if len(current) >= MIN_ROWS:
        runs.append(current)
    return runs


def _close(run: list[list[tuple]], line: list[tuple]) -> bool:
    spacing = [run[i][0][3] - run[i + 1][0][3] for i in range(len(run) - 1)]
    usual = statistics.median(spacing) if spacing else max(run[-1][0][3] - run[-1][0][1], 1.0) * 2
    return run[-1][0][3] - line[0][3] <= ROW_GAP * usual


def _table(run: list[list[tuple]], text_lines: list[str]) -> SourceTable | None:
    columns = _columns(run)
    if columns is None:
        return None
    rows = []
    for line in run:
        cells = [""] * len(columns)
        for piece in line:
            column = next(i for i, (left, right) in enumerate(columns) if left <= piece[0] <= right)
            cells[column] = piece[4]
        rows.append(cells)
    lengths = [len(cell) for row in rows for cell in row if cell]
    if statistics.median(lengths) > MAX_MEDIAN_CELL:
        return None
    header = 1 if all(cell and not cell.endswith(":") for cell in rows[0]) else 0
    found = source_table(rows, header)
    if found is None:
        return None
    if _consecutive(found.lines, text_lines):
        return found
    # The text may give the cells a line each, row by row or column by column: the table is
    # then the run of lines holding exactly its cells.
    cells = _cell_lines(found, text_lines) if _short_cells(found.table) else None
    return SourceTable(found.table, cells) if cells else None


def _short_cells(table) -> bool:
    """Cells as tables have them, not the lines of prose columns: few words, rarely opening in lower case."""
    cells = [cell for row in table.rows for cell in row if cell]
    lower = sum(1 for cell in cells if cell[0].islower())
    return lower * 4 <= len(cells) and statistics.median(len(cell.split()) for cell in cells) <= 5


def _columns(run: list[list[tuple]]) -> list[tuple[float, float]] | None:
    """The columns' x spans (pieces overlapping across lines merged), or None if a line puts two pieces in one."""
    spans = sorted((piece[0], piece[2]) for line in run for piece in line)
    columns: list[list[float]] = []
    for left, right in spans:
        if columns and left <= columns[-1][1]:
            columns[-1][1] = max(columns[-1][1], right)
        else:
            columns.append([left, right])
    if len(columns) < 2:
        return None
    for line in run:
        used = [next(i for i, (l, r) in enumerate(columns) if l <= piece[0] <= r) for piece in line]
        if len(set(used)) != len(used):
            return None
    return [(left, right) for left, right in columns]


def _consecutive(rows: tuple[str, ...], text_lines: list[str]) -> bool:
    """Whether the rows stand in the text as consecutive lines, in order."""
    for start in range(len(text_lines) - len(rows) + 1):
        if text_lines[start] == rows[0] and tuple(text_lines[start : start + len(rows)]) == rows:
            return True
    return False


def _cell_lines(found: SourceTable, text_lines: list[str]) -> tuple[str, ...] | None:
    """The consecutive lines of the text that are the table's cells, one a line, in any order (None if there are none)."""
    wanted = Counter(cell for row in found.table.rows for cell in row if cell)
    size = sum(wanted.values())
    window: Counter[str] = Counter(text_lines[:size])
    for start in range(len(text_lines) - size + 1):
        if start:
            window[text_lines[start - 1]] -= 1
            window[text_lines[start + size - 1]] += 1
        if window[text_lines[start]] and +window == wanted:
            return tuple(text_lines[start : start + size])
    return None
