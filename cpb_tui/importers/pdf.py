"""Text out of PDF packs, page by page (pypdfium2), with running headers and footers removed.

Every failure a clerk meets in practice gets its own message: an encrypted file, a scanned
pack with no text layer (naming the pages), a truncated or damaged download.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from cpb_tui.importers.pdf_lines import as_set, run_over_pages
from cpb_tui.importers.pdf_split import read_split
from cpb_tui.importers.pdf_tables import page_tables, text_rects
from cpb_tui.importers.tables import SourceTable

# A page with fewer characters than this has no usable text layer (a scan, or a blank page).
MIN_PAGE_CHARS = 20
# How many lines at the top and bottom of a page are looked at for running headers/footers.
EDGE_LINES = 3
# A running header or footer is no longer than this (a council's name and a date, "Page 3 of 9").
RUNNING_LINE = 160


class PdfProblem(Exception):
    """The PDF cannot be imported; the message says why and what to do."""


@dataclass
class PdfText:
    """A PDF's text: one string per page, headers and footers removed."""

    pages: list[str]
    empty_pages: list[int]
    """1-based numbers of pages with no text layer."""
    tables: list[SourceTable] = field(default_factory=list)
    """The tables found on the pages (`importers/pdf_tables.py`)."""

    def joined(self) -> tuple[str, list[int]]:
        """The whole text, and the line index at which each page starts."""
        lines: list[str] = []
        starts: list[int] = []
        for page in self.pages:
            starts.append(len(lines))
            lines.extend(page.split("\n"))
        return "\n".join(lines), starts


def extract_pdf(data: bytes) -> PdfText:
    """Extract each page's text; raise `PdfProblem` for encrypted, scanned or damaged files."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        message = str(error).lower()
        if "password" in message:
            raise PdfProblem(
                "is encrypted (it needs a password to open): ask for an unprotected copy, "
                "or open it with the password and save an unprotected PDF"
            ) from None
        detail = re.sub(r"^.*PDFium:\s*|[.)]+$", "", str(error)).lower()
        raise PdfProblem(f"is damaged or incomplete and cannot be read as a PDF ({detail}): download it again") from None
    try:
        # a long pack's second half is read in a forked process (`importers/pdf_split.py`)
        pages, tables, open_ends = read_split(len(document), lambda start, end: _read_pages(document, start, end), _join)
    except pdfium.PdfiumError as error:
        raise PdfProblem(f"is damaged part-way through ({error}): download it again") from None
    finally:
        document.close()
    if not pages:
        raise PdfProblem("has no pages")
    empty = [number for number, text in enumerate(pages, start=1) if len(text.strip()) < MIN_PAGE_CHARS]
    if len(empty) == len(pages) or len(empty) > len(pages) / 2:
        raise PdfProblem(
            f"has no text layer on {_page_list(empty)} of {len(pages)} (a scanned document): it needs OCR "
            "before cpb can read it, e.g. `ocrmypdf FILE.pdf FILE-ocr.pdf`, then import FILE-ocr.pdf"
        )
    return PdfText(run_over_pages(strip_running_lines(pages), open_ends), empty, tables)


def _read_pages(document, start: int, end: int) -> tuple[list[str], list[SourceTable], list[bool]]:
    """Pages `start` to `end` (0-based, end excluded) of an open PDF: each one's text, cleaned, the tables found on them,
    and whether each ends in a sentence that may go on over the page."""
    pages: list[str] = []
    tables: list[SourceTable] = []
    open_ends: list[bool] = []
    for index in range(start, end):
        page = document[index]
        textpage = page.get_textpage()
        raw, rects = textpage.get_text_range(), text_rects(textpage)
        found = page_tables(textpage, _clean(raw), rects)
        # (a table's rows are never joined as a sentence the margin broke: `importers/pdf_lines.py`)
        text, open_end = as_set(textpage, raw, page.get_width(), rects, frozenset(line for table in found for line in table.lines))
        pages.append(_clean(text))
        open_ends.append(open_end)
        tables += found
        textpage.close()
        page.close()
    return pages, tables, open_ends


def _join(first: tuple[list[str], list[SourceTable], list[bool]], second: tuple[list[str], list[SourceTable], list[bool]]) -> tuple[list[str], list[SourceTable], list[bool]]:
    return first[0] + second[0], first[1] + second[1], first[2] + second[2]


def strip_running_lines(pages: list[str]) -> list[str]:
    """Drop lines repeated at the top or bottom of most pages ("Page 12", the council's name)."""
    if len(pages) < 3:
        return pages
    split = [page.split("\n") for page in pages]
    # each page's edge lines (the first and last EDGE_LINES lines with text), by index, and their shapes
    # (a line longer than a running header ever is, a page's text run together, is never one)
    edges = [{index: _shape(lines[index]) for index in _edge_indices(lines) if len(lines[index]) <= RUNNING_LINE} for lines in split]
    counts: Counter[str] = Counter()
    for shapes in edges:
        counts.update(set(shapes.values()))
    threshold = max(3, int(len(pages) * 0.6))
    running = {shape for shape, count in counts.items() if count >= threshold}
    if not running:
        return pages
    cleaned = []
    for page, lines, shapes in zip(pages, split, edges):
        dropped = {index for index, shape in shapes.items() if shape in running}
        cleaned.append("\n".join(line for i, line in enumerate(lines) if i not in dropped) if dropped else page)
    return cleaned


def _edge_indices(lines: list[str]) -> set[int]:
    """The indices of the first and the last `EDGE_LINES` lines that hold more than spaces."""
    found: set[int] = set()
    for indices in (range(len(lines)), range(len(lines) - 1, -1, -1)):
        taken = 0
        for index in indices:
            if taken == EDGE_LINES:
                break
            if lines[index].strip():
                found.add(index)
                taken += 1
    return found


_DIGITS = re.compile(r"\d+")


def _shape(line: str) -> str:
    """A line with its numbers blanked, so "Page 3" and "Page 41" count as the same line."""
    return _DIGITS.sub("#", " ".join(line.split())).lower()


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    # PDFium marks soft hyphens and line-end hyphens with U+0002 / U+FFFE; drop them.
    return text.replace("\ufffe", "").replace("\x02", "")


def _page_list(numbers: list[int]) -> str:
    """ "pages 1-3, 7" from [1, 2, 3, 7]."""
    runs: list[str] = []
    start = previous = None
    for number in numbers + [None]:
        if number is not None and previous is not None and number == previous + 1:
            previous = number
            continue
        if start is not None:
            runs.append(str(start) if start == previous else f"{start}-{previous}")
        start = previous = number
    word = "page" if len(numbers) == 1 else "pages"
    return f"{word} {', '.join(runs)}"
