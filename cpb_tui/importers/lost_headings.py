"""Minutes whose headings were lost in the copy: a whole meeting's business in paragraphs with no titles or numbers, or in
a table's rows saved with their bars ("| The minutes of the May meeting were read and approved. | Clerk |"). Each paragraph
(or row) is then an item; never on a page about one matter, whose paragraphs are one discussion.
"""

from __future__ import annotations

import re

from cpb_tui.importers.dates import find_date
from cpb_tui.importers.numbering import Heading
from cpb_tui.importers.readings import read_as


def lost_headings(lines: list[str], title: str) -> tuple[list[str], list[Heading]] | None:
    """A page read as one item (titled `title`) that is a whole meeting's minutes which lost their headings: its lines with each
    table row a paragraph of its own, and its paragraphs as items; None for any other page (the cheap tests first)."""
    if not _whole_meeting(lines) or _one_topic(title):
        return None
    rows = [part for line in lines for part in ((_row_cells(line), "") if re.match(r"\s*\|\s*\S.{20,}\|\s*$", line) else (line,))]
    paragraphed = read_as("paragraphs", rows)
    if len(paragraphed) < 4 or _titled(rows, paragraphed) or _standing_paragraphs(rows, paragraphed) < 2:
        return None
    return rows, paragraphed


# who attended, near the top: a whole meeting's minutes (never a report's, a tracker's or an agenda item's page)
_ATTENDED = re.compile(r"(?i)^[\s|]*(?:present|attendees|(?:also\s+)?in\s+attendance|councillors?\s+present|members\s+present)\b|^\s*(?:Cllrs?|Councillors)\.?\s+[A-Z]|\bin\s+the\s+chair\b")


def _row_cells(line: str) -> str:
    """ "| Matters arising ... to remove them. | MS |": the row's cells run together, its closing bar kept to mark it a row."""
    return "  ".join(cell.strip() for cell in line.strip().strip("|").split("|") if cell.strip()) + " |"


def _one_topic(title: str) -> bool:
    """Whether the one item's title names a matter ("Planning application 37/0127/FUL, Land east of Station Road"): the page
    is that matter's, its paragraphs one discussion (never a date, the page's own furniture, or the meeting's heading)."""
    return title != "Untitled document" and find_date(title) is None and not re.search(r"(?i)\b(?:minutes?|meeting|council|page|chair(?:man|person)?)\b", title)


def _titled(lines: list[str], paragraphed: list[Heading]) -> bool:
    """Whether the paragraphs open under a title ("Planning application 37/0127/FUL, Land east of Station Road" with no stop):
    one matter's page, its paragraphs one discussion."""
    start = paragraphed[0].index
    end = next((i for i in range(start, len(lines)) if not lines[i].strip()), len(lines))
    first = " ".join(line.strip(" |") for line in lines[start:end]).strip()  # (the paragraph whole: its lines may wrap)
    return not first.endswith((".", "!", "?", ":", ";")) and len(first.split()) <= 14 \
        and not _ATTENDED.search(first) and not re.search(r"(?i)\b(?:meeting|minutes|present|apologies|chair(?:man|person)?)\b", first)


# the standing business a meeting's minutes go through, in a paragraph's opening words
_STANDING_BUSINESS = re.compile(
    r"(?i)\b(?:welcome|minutes|apolog\w*|declarations?|interests?|matters\s+arising|public\s+(?:participation|forum|questions)|finance|accounts"
    r"|payments|correspondence|next\s+meeting|(?:chair\w*|clerk)['\u2019]s\s+report|police)\b"
)


def _standing_paragraphs(lines: list[str], paragraphed: list[Heading]) -> int:
    """How many of the paragraphs open on the standing business of a meeting (the minutes, apologies, interests, finance ...):
    two or more in minutes that lost their headings; at most one on a page about one matter."""
    return sum(1 for heading in paragraphed if _STANDING_BUSINESS.search(lines[heading.index][:100]))


def _whole_meeting(lines: list[str]) -> bool:
    """Whether the page is a whole meeting's minutes: who attended named near its top, or decisions under two items or more."""
    return any(_ATTENDED.search(line) for line in lines[:40]) or sum(1 for line in lines if re.match(r"\s*RESOLVED\b", line)) >= 2
