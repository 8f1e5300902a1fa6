"""A web page's "No. | Item |" table saved with the bars that end its rows ("... were agreed. |", a line of "|" or
"||||" between rows): each row is an item, whether or not its first words read as a title.

The other readings of such a page (`unnumbered.py`) find a row by its title ("Apologies for Absence Minutes: ...");
they miss a row whose title runs into its agenda text ("Welcome The Chair thanked ...", "MEMBERS' INTERESTS To
receive ...") or was lost ("Minutes: The minutes of the meeting held on ..."), and take a line inside a row's record
("Proposed Cllr Ash, seconded ...", "The meeting ended at 9.10pm") for a row of its own. Where the bars say where
each row starts, they decide.

The same table copied with neither header nor bars, a row a line ("Apologies To receive apologies. Minutes: None. |"),
is read by `flattened_rows`; there too a line that opens with a record after a row that had one is a row whose title
was lost. And a page that lost the header itself is known by its banner and meeting line (`meeting_banner`).
"""

from __future__ import annotations

import re

from cpb_tui.importers.numbering import Heading, tidy_title
from cpb_tui.importers.titles import _ATTACHMENT, _title_like

_RULE_CHARACTERS = frozenset("|-: \t\r\n\u00a0")
# a row's record, where its title and agenda text end
_RECORD = re.compile(r"\s(?:Additional\s+documents|Supporting\s+documents|Minutes|Decisions?|Cofnodion)\s*:", re.IGNORECASE)
# a row's own record, by its label (never "Additional documents:", which only lists its papers)
_RECORD_LABEL = re.compile(r"\s(?:Minutes|Decisions?|Cofnodion)\s*:", re.IGNORECASE)
# a row whose title was lost: it opens with its record's label
_LOST_TITLE = re.compile(r"^(?:Additional\s+documents\s*:\s*)?(?:Minutes|Decisions?|Cofnodion)\s*:\s*", re.IGNORECASE)
# the same, by its minutes alone (a "Decision:" after a row's "Minutes:" is that row's)
_LOST_MINUTES = re.compile(r"(?:Additional\s+documents\s*:\s*)?(?:Minutes|Cofnodion)\s*:", re.IGNORECASE)
# the agenda text after a title: "To receive ...", "Members are asked ...", "The Chair welcomed ...", "If any"
_AGENDA_TEXT = re.compile(
    r"\s(?=(?:To\s+[a-z]{2,}|Members|Councillors|The\s+(?![A-Z])|The\s+(?:[A-Z][a-z]+\s+){1,3}(?:was|were|is|are|had|has|have|will|would|took|gave|made|said|[a-z]{2,}ed)\b|This|There|It|Any|Please|See|If|Including|None|Nil)\b)"
)
# a title in capitals run into its agenda text: "MEMBERS' INTERESTS To receive ..."
_CAPITALS_TITLE = re.compile(r"^(?P<title>[A-Z][A-Z0-9'\u2019&/(),.\-\u2013]*(?:\s+[A-Z0-9&\-\u2013][A-Z0-9'\u2019&/(),.\-\u2013]*)+)\s+(?=[A-Z]?[a-z])")
# what a decision's first words are, never a title's: "RESOLVED:", "AGREED that", "That"
_DECISION_WORDS = re.compile(r"^(?:(?:RESOLVED|AGREED|DECIDED|Resolved|Agreed)\b\s*(?:[:\-\u2013]\s*)?)?(?:that\s+|to\s+)?", re.IGNORECASE)


def _ends_row(line: str) -> bool:
    """Whether a line closes its row: a bar at its end, and none inside but before the row's record ("Apologies | Minutes:
    None. |"); "Full plot | \u00a364 |", bars inside, is a table in a record."""
    text = line.strip()
    if not text.endswith("|"):
        return False
    cells = text[:-1].strip("|").split("|")
    return len(cells) == 1 or all(_RECORD.match(f" {cell.strip()}") for cell in cells[1:])


def _separator(line: str) -> bool:
    """A line that is only the table's bars or its Markdown rule: "|", "||||||", "---|---|" (a set test: a pattern over a
    long run of bars and spaces ending in a letter backtracks)."""
    return "|" in line and not set(line) - _RULE_CHARACTERS


# what follows the table, never a row: "The meeting closed at 8.40pm", a site's links "Accessibility | Privacy |"
_AFTER_THE_TABLE = re.compile(r"^(?:The\s+)?meeting\s+(?:closed|ended|finished|concluded)\b|^(?:[^|:]{1,40}\|){2,}[^|:]{0,40}\|?\s*$", re.IGNORECASE)


def row_starts(lines: list[str], start: int) -> tuple[list[int], int] | None:
    """The lines that start the table's rows, where its rows end with bars (the first line of text after the header and
    after each line that ends with a bar), and the line where the table ends; None where the table does not end its rows
    so (fewer than two such ends)."""
    ends = sum(1 for line in lines[start + 1 :] if _ends_row(line))
    if ends < 2:
        return None
    starts: list[int] = []
    end = len(lines)
    open_row = False
    for index in range(start + 1, len(lines)):
        line = lines[index]
        if not line.strip():
            continue
        if _separator(line):
            open_row = False
            continue
        if not open_row and _AFTER_THE_TABLE.match(line.strip()):
            end = index
            break  # the table has ended: the meeting's close, the site's links and what follows them are no rows
        if not open_row:
            starts.append(index)
            open_row = True
        if _ends_row(line):
            open_row = False
    return (starts, end) if len(starts) >= 2 else None


def row_title(lines: list[str], index: int) -> tuple[str, str | None]:
    """A row's title and the rest of its first line, where the title is not set apart: it ends at the row's paper ("PDF
    120 KB"), its record ("Minutes:"), its agenda text ("To receive ...") or where its capitals end; a row that lost its
    title is known by its record's first words (on the lines below where its first line is only a label)."""
    text = lines[index].strip().strip("|").strip()
    lost = _LOST_TITLE.match(text) or re.fullmatch(r"(?i)(?:Additional|Supporting)\s+documents\s*:", text)
    if lost:
        record = text[lost.end() :]
        for below in lines[index + 1 : index + 4]:
            if _DECISION_WORDS.sub("", _LOST_TITLE.sub("", record), count=1).strip() or _separator(below):
                break
            record = f"{record} {below.strip()}"
        record = _DECISION_WORDS.sub("", re.sub(r"^\(?\s*Note\s*:\s*", "", _LOST_TITLE.sub("", record.strip())), count=1)
        words = re.split(r"(?<=[a-z0-9)])[.;:]\s", record)[0].split()
        title = " ".join(words[:10]) + ("\u2026" if len(words) > 10 else "")
        return (tidy_title(title[:1].upper() + title[1:]) if words else "Untitled item"), text
    cut = len(text)
    for found in (_ATTACHMENT.search(text), _RECORD.search(text), _AGENDA_TEXT.search(text)):
        if found and found.start() >= 3:
            cut = min(cut, found.start())
    capitals = _CAPITALS_TITLE.match(text)
    if capitals and len(capitals.group("title").split()) >= 2:
        cut = min(cut, capitals.end("title"))
    title, rest = text[:cut].strip().rstrip("| "), text[cut:].strip()
    words = title.split()
    if len(words) > 16:  # a title that is a sentence: its first words
        first = re.split(r"(?<=[a-z0-9)])\.\s", title)[0].split()
        title = " ".join(first[:16]) + ("\u2026" if len(first) > 16 else "")
        rest = text
    rest = _ATTACHMENT.sub(" ", rest).strip()
    record = _RECORD.search(f" {rest}")
    if record and record.start() > 0:  # the agenda's text, then the record on a line of its own (read as the record)
        rest = f"{rest[: record.start() - 1].strip()}\n{rest[record.start():].strip()}"
    return tidy_title(title), rest or None


# a line of a row's record, never a row's title: "Proposed Cllr Ash, seconded ...", "The meeting ended at 9.10pm" (a title
# may open with "The": "The Local Plan Review")
_SENTENCE = re.compile(
    r"\.$|^(?:Proposed|Seconded)\s|\b(?:was|were|is|are|had|has|have|will|would|ended|closed|carried|seconded|proposed|advised|noted|agreed)\b"
)
_STRONG_ROW = re.compile(r"\s(?:Minutes|Decisions?|Cofnodion)\s*:|\bPDF\s+\d", re.IGNORECASE)


def by_bars(headings: list[Heading], lines: list[str], start: int) -> list[Heading]:
    """The headings a "No. | Item |" table's reading found, set right by its bars: a row start with no heading gains one,
    and a heading inside a row (a line of its record) is dropped, unless its line carries a row's own marks (its
    "Minutes:" or its paper) where the row before lost its closing bar."""
    found = row_starts(lines, start)
    if found is None:
        return headings
    starts, end = found
    begins = set(starts)
    headings = [h for h in headings if h.index < end]  # (never a line after the table: "Copyright Wendling Borough Council")
    kept = []
    for heading in headings:
        if heading.index in begins:
            title, rest = row_title(lines, heading.index)
            sentence = heading.title.endswith(".") and len(heading.title.split()) > 8
            if sentence and heading.title.startswith(title) and len(title.split()) < len(heading.title.split()):
                heading = Heading(heading.index, heading.body_start, "", 0, title, "unnumbered", 1.0, rest)  # ("Welcome The Chair thanked ...")
            kept.append(heading)
        elif heading.index < start or _STRONG_ROW.search(lines[heading.index]) or not _SENTENCE.search(heading.title):
            kept.append(heading)  # (a row whose row before lost its bar: "Matters Arising" under "... a correct record.")
    have = {h.index for h in kept}
    for position, index in enumerate(starts):
        before = " ".join(lines[starts[position - 1] : index]) if position else ""
        if index in have or before and _LOST_TITLE.match(lines[index].strip()) and not _RECORD_LABEL.search(f" {before}"):
            continue  # (a record after its row's bar, "... copy enclosed |" over "Minutes: The Head of Planning ...", is that row's)
        title, rest = row_title(lines, index)
        kept.append(Heading(index, index + 1, "", 0, title, "unnumbered", 1.0, rest))
    return sorted(kept, key=lambda heading: heading.index)


_FLAT_ROW = re.compile(r"^\s*\|?\s*(?P<head>[A-Z][^|]{2,400}?)\s+(?:Minutes|Cofnodion)\s*:\s*(?P<minutes>.*?)\s*\|?\s*$")


def flattened_rows(lines: list[str]) -> list[Heading]:
    """An "Agenda and minutes" table copied without its header, a row a line: "Apologies To
    receive any apologies. Minutes: There were none. |". The title runs up to the agenda's
    "To ..." words; a row whose title was lost keeps the start of its purpose as a title."""
    rows: list[Heading] = []
    for index, line in enumerate(lines):
        match = _FLAT_ROW.match(line)
        if match is None:
            continue
        head = _ATTACHMENT.sub(" ", match.group("head")).strip()
        split = re.match(r"^(?P<title>.{3,120}?)\s+(?P<purpose>To\s+[a-z]+\b.*)$", head)
        paper = _ATTACHMENT.search(match.group("head"))
        if paper and paper.start() >= 3:
            # "Fees and Charges 2023/24 PDF 163 KB Joint Report of ... Additional documents:": the title ends at its paper
            title, purpose = match.group("head")[: paper.start()].strip(), re.sub(r"\s*Additional documents:\s*$", "", match.group("head")[paper.end():].strip()) or None
        elif head.startswith("To "):
            first = re.split(r"(?<=[a-z0-9])\.\s", head)[0]
            title, purpose = " ".join(first.split()[:16]).rstrip(".,;:"), head
        elif split:
            title, purpose = split.group("title"), split.group("purpose")
        elif (agenda := _AGENDA_TEXT.search(head)) and agenda.start() >= 3 and _title_like(head[: agenda.start()]):
            # ("Public Question Time This is a chance to ask questions. Minutes: ...": the title ends where its agenda text begins)
            title, purpose = head[: agenda.start()], head[agenda.end() :].strip()
        else:
            title, purpose = head, None
        if not _title_like(title, long=True):
            continue
        body = "\n".join(part for part in (purpose, "Minutes:", match.group("minutes")) if part)
        rows.append(Heading(index, index + 1, "", 0, tidy_title(title), "unnumbered", 1.0, body))
    return _with_lost_titles(rows, lines) if len(rows) >= 2 else []


def _with_lost_titles(rows: list[Heading], lines: list[str]) -> list[Heading]:
    """Among a flattened table's rows, a line that opens with a record ("Minutes: No urgent business was raised.")
    right after a row's bar, or right after a row line holding its own record, is a row whose title was lost (a link the
    copy dropped): an item, known by its record's words. After a line with no record (a row's agenda text), it is that
    row's record."""
    found = {row.index: row for row in rows}
    closed = False
    for index in range(rows[0].index, len(lines)):
        line = lines[index].strip()
        if not line:
            continue
        if index not in found and closed and _LOST_MINUTES.match(line.lstrip("|").strip()):
            title, rest = row_title(lines, index)
            found[index] = Heading(index, index + 1, "", 0, title, "unnumbered", 1.0, rest)
        found_row = _wrapped_row(line, index) if index not in found and closed else None
        if found_row is not None:
            found[index] = found_row
        below = next((later.strip() for later in lines[index + 1 : index + 4] if later.strip()), "")
        if index not in found and closed and len(line.split()) <= 10 and _title_like(line) and not _SENTENCE.search(line) and _LOST_MINUTES.match(below):
            # ("Declarations of Interest", a blank line, then "Minutes: There were none.": a row whose title and record came apart)
            found[index] = Heading(index, index + 1, "", 0, tidy_title(line), "unnumbered", 1.0, None)
        closed = _ends_row(line) or index in found and bool(_RECORD_LABEL.search(f" {line}"))
    return sorted(found.values(), key=lambda heading: heading.index)


def _wrapped_row(line: str, index: int) -> Heading | None:
    """A row after a closed one whose record comes on a later line: its title before its paper ("Car Parking Fees - Outcome
    of Consultation PDF 99 KB Item 20/8 referred from ..."), or a title row with no record at all, closed by its bar
    ("Decisions Taken under Delegated Powers |")."""
    if _LOST_MINUTES.match(line.lstrip("|").strip()) or _RECORD_LABEL.search(f" {line}"):
        return None
    paper = _ATTACHMENT.search(line)
    title = line[: paper.start()].strip() if paper and paper.start() >= 3 else line.rstrip("| ") if _ends_row(line) else ""
    if not title or len(title.split()) > 16 or not _title_like(title, long=True) or not paper and _SENTENCE.search(title):
        return None
    return Heading(index, index + 1, "", 0, tidy_title(title), "unnumbered", 1.0, line[paper.end() :].strip(" |") or None if paper else None)


_BANNER = re.compile(r"^\s*(?:Agenda\s+and\s+(?:minutes|decisions|draft\s+minutes)|Agenda\s+item|Decisions|Minutes)\s*$", re.IGNORECASE)
_MEETING_TITLE = re.compile(r"^\s*[A-Z][^|]{2,120}?\s+[-\u2013]\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?\s+\d{4}\b.*$")


def meeting_banner(lines: list[str]) -> int | None:
    """A ModernGov page that lost its "No. Item" header: the meeting's line ("Finance Committee - Tuesday, 12th March, 2024
    7.00 pm") under the page's banner ("Agenda and decisions"), where its item list starts."""
    for index, line in enumerate(lines[:12]):
        if _BANNER.match(line):
            at = next((i for i in range(index + 1, min(index + 6, len(lines))) if lines[i].strip()), None)
            if at is not None and _MEETING_TITLE.match(lines[at]):
                venue = next((i for i in range(at + 1, min(at + 8, len(lines))) if lines[i].strip()), None)
                # (its venue and contact lines are the page's, not an item's)
                while venue is not None and re.match(r"^\s*(?:Venue|Contact|Location|Place)\s*:", lines[venue], re.IGNORECASE):
                    at, venue = venue, next((i for i in range(venue + 1, min(venue + 8, len(lines))) if lines[i].strip()), None)
                return at
    return None
