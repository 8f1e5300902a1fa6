"""Numbered minutes and agenda lists: the headings, the narrative, the RESOLVED clauses, attendance."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cpb_tui.importers.dates import find_date
from cpb_tui.importers.layout import is_caps_line, is_page_footer, to_markdown
from cpb_tui.importers.resolutions import RESOLVED_HEAD, parse_resolved
from cpb_tui.domain.models import AttendeeRecord, ItemRecord
from cpb_tui.domain.text import display_title

_NUMBER_ALONE = re.compile(r"^\s*(\d{1,3}[a-z]?)\.?\s*$")
_NUMBER_AND_TITLE = re.compile(r"^\s*(\d{1,3}[a-z]?)\.(?:\s+|(?=[A-Z]{2}))(\S.*)$")  # ("3.TO APPROVE THE MINUTES": no space)
_PAGES = re.compile(r"\(\s*Pages?\s*(\d{1,4})\s*(?:[-\u2013]\s*(\d{1,4}))?\s*\)", re.IGNORECASE)
_OPEN_PAGES = re.compile(r"\(\s*Pages?[^)]*$", re.IGNORECASE)
_EXEMPT_TITLE = re.compile(r"\b(exempt(?:ed)?(?!\s+from\s+(?!publication|disclosure|(?:the\s+)?(?:press|public)))|confidential|part ii|not for publication)\b", re.IGNORECASE)
_EXEMPT_REASON = re.compile(
    r"(paragraphs?\s+\d+(?:\s*(?:,|and)\s*\d+)*\s+of\s+part\s+1\s+of\s+schedule\s+12a[^.]*)", re.IGNORECASE
)
_SUPPORTING = re.compile(r"^\s*(Supporting documents|Background papers)\s*:", re.IGNORECASE)
_MEETING_HEAD = re.compile(r"AT\s+A\s+MEETING\s+of\s+(?:the\s+)?(.+?)\s+of\s+(.+?)\s+held\s+(.*?)(?::|$)", re.IGNORECASE | re.DOTALL)
_COUNCILLOR = re.compile(r"^\s*(\*\s*)?((?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\s+[^*]+?)\s*(\((?:[^)]*)\))?\s*$")


@dataclass
class Heading:
    """A numbered heading found in a run of lines: "16." then "MODERNISING PLACEMENT PROGRAMME"."""

    index: int
    """Line index of the number."""
    body_start: int
    """Line index just after the title (and its page range)."""
    number: str
    title: str
    page_start: int | None
    page_end: int | None


def find_headings(lines: list[str], start: int = 0, end: int | None = None, first: int | None = None) -> list[Heading]:
    """Numbered headings with titles in capitals, in an increasing sequence.

    Numbers that break the sequence ("2021." wrapped from a sentence, "11." from a chart) or
    that are not followed by a title in capitals are ignored, so flattened tables cannot
    break the split.
    """
    end = len(lines) if end is None else end
    headings: list[Heading] = []
    previous = first - 1 if first is not None else None
    index = start
    while index < end:
        heading = _heading_at(lines, index, end)
        if heading is not None:
            value = int(re.match(r"\d+", heading.number).group(0))
            if previous is None or previous < value <= previous + 6 or (
                value == previous and heading.number[-1].isalpha()
            ):
                headings.append(heading)
                previous = value
                index = heading.body_start
                continue
        index += 1
    return headings


def _heading_at(lines: list[str], index: int, end: int) -> Heading | None:
    line = lines[index]
    alone = _NUMBER_ALONE.match(line)
    inline = None if alone else _NUMBER_AND_TITLE.match(line)
    if not alone and not (inline and is_caps_line(inline.group(2))):
        return None
    number = (alone or inline).group(1)
    title_lines: list[str] = [inline.group(2)] if inline else []
    cursor = index + 1
    if alone:
        while cursor < end and not lines[cursor].strip():
            cursor += 1
        # (a page's number alone over "197. MATTERS ARISING": the line below has a number of its own)
        if cursor >= end or not is_caps_line(lines[cursor]) or _NUMBER_ALONE.match(lines[cursor]) or _NUMBER_AND_TITLE.match(lines[cursor]):
            return None
    while cursor < end:
        text = lines[cursor].strip()
        joined = " ".join(title_lines)
        if _OPEN_PAGES.search(joined) and text:
            title_lines.append(text)  # "(Pages" wrapped onto the next line
        elif text and _PAGES.search(text) and not _PAGES.search(joined) and not re.search(r"[A-Za-z]", _PAGES.sub("", text)):
            title_lines.append(text)  # the page range on a line of its own, perhaps after a wrapped year
        elif (
            text
            and is_caps_line(_PAGES.sub("", text) or text)
            and not RESOLVED_HEAD.match(text)
            and not _NUMBER_ALONE.match(text)
        ):
            title_lines.append(text)
        else:
            break
        cursor += 1
    raw = " ".join(title_lines)
    pages = _PAGES.search(raw)
    page_start = int(pages.group(1)) if pages else None
    page_end = int(pages.group(2)) if pages and pages.group(2) else page_start
    title = _PAGES.sub("", raw).strip(" -\u2013")
    if not title:
        return None
    return Heading(index, cursor, number, title, page_start, page_end)


def split_body(lines: list[str]) -> tuple[list[str], list[str]]:
    """Narrative lines and RESOLVED lines of one minute (the RESOLVED word itself dropped)."""
    for index, line in enumerate(lines):
        match = RESOLVED_HEAD.match(line)
        if match:
            resolved = ([match.group(1)] if match.group(1).strip() else []) + lines[index + 1 :]
            for stop, text in enumerate(resolved):
                if _SUPPORTING.match(text):
                    resolved = resolved[:stop]
                    break
            return lines[:index], resolved
    narrative = lines
    for stop, text in enumerate(narrative):
        if _SUPPORTING.match(text):
            narrative = narrative[:stop]
            break
    return narrative, []


def minute_item(heading: Heading, body: list[str], as_agenda: bool = False) -> ItemRecord:
    """An `ItemRecord` from a numbered minute (or agenda entry) and the lines under it."""
    narrative, resolved = split_body([line for line in body if not is_page_footer(line)])
    text = " ".join(body)
    exempt = bool(_EXEMPT_TITLE.search(heading.title)) or "exempt information" in text.lower()
    if re.search(r"exclusion of (the )?press", heading.title, re.IGNORECASE):
        exempt = False  # the motion to go into private session is itself public
    reason = _EXEMPT_REASON.search(re.sub(r"\s+", " ", text))
    title = display_title(_EXEMPT_TITLE_SUFFIX.sub("", heading.title).strip())
    record = ItemRecord(
        title=title,
        page_start=heading.page_start,
        page_end=heading.page_end,
        exempt=exempt,
        exempt_reason=reason.group(1).strip() if (exempt and reason) else None,
    )
    if as_agenda:
        record.number = heading.number
        record.purpose = _first_paragraph(narrative)
    else:
        record.minute_number = heading.number
        record.minutes = to_markdown(narrative, markers=True) or None
        record.resolutions = parse_resolved(resolved)
    return record


_EXEMPT_TITLE_SUFFIX = re.compile(r"\s*[-\u2013]?\s*\((?:exempt|confidential|part ii)\)\s*$", re.IGNORECASE)


def _first_paragraph(lines: list[str]) -> str | None:
    paragraph: list[str] = []
    for line in lines:
        if not line.strip():
            if paragraph:
                break
            continue
        paragraph.append(line.strip())
    return " ".join(paragraph) or None


@dataclass
class MinutesHead:
    """What the "AT A MEETING of ..." line says."""

    committee: str | None
    council: str | None
    venue: str | None
    date: object
    end: int
    """Line index after the head."""


def find_minutes_head(lines: list[str], start: int = 0, end: int | None = None) -> MinutesHead | None:
    """Find "AT A MEETING of the X of Y held at Z on <date>:" (it may wrap over lines)."""
    end = len(lines) if end is None else end
    for index in range(start, end):
        if re.search(r"AT\s+A\s+MEETING", lines[index], re.IGNORECASE):
            chunk_lines = []
            cursor = index
            while cursor < end and len(chunk_lines) < 5:
                chunk_lines.append(lines[cursor].strip())
                cursor += 1
                if lines[cursor - 1].rstrip().endswith(":"):
                    break
            chunk = " ".join(chunk_lines)
            match = _MEETING_HEAD.search(chunk)
            date = find_date(chunk)
            if not match:
                return MinutesHead(None, None, None, date, cursor)
            committee = " ".join(match.group(1).split())
            council = display_title(" ".join(match.group(2).split()))
            held = match.group(3)
            venue = None
            venue_match = re.match(r"(?:at|in)\s+(.+?)\s+on\s", held + " ", re.IGNORECASE)
            if venue_match:
                venue = venue_match.group(1).strip()
            elif "remote" in held.lower():
                venue = "Remote meeting"
            return MinutesHead(committee, council, venue, date, cursor)
    return None


def parse_attendance(lines: list[str]) -> list[AttendeeRecord]:
    """Members listed under a minutes head; `*` marks those present, as in the printed key.

    When the stars have come loose from the names in extraction and do not add up, the
    members whose star is not on their own line are recorded as "listed" rather than guessed.
    """
    names: list[tuple[str, bool, str | None]] = []
    loose_stars = 0
    role_next: str | None = None
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if re.fullmatch(r"\*+", line):
            loose_stars += 1
            continue
        if re.match(r"^\*?\s*(Present|denotes)", line, re.IGNORECASE) or line.startswith("* Present"):
            continue
        role_match = re.match(r"^(Chair(?:man)?|Vice[- ]Chair(?:man)?)\s*:\s*(.*)$", line, re.IGNORECASE)
        if role_match:
            role_next = "chair" if role_match.group(1).lower().startswith("chair") else "vice-chair"
            line = role_match.group(2).strip()
            if not line:
                continue
        person = _COUNCILLOR.match(line)
        if not person:
            continue
        note = (person.group(3) or "").lower()
        role = role_next or ("chair" if "(chair" in note else "vice-chair" if "vice" in note else None)
        role_next = None
        if "substitut" in note:
            role = "substitute"
        names.append((" ".join(person.group(2).split()), bool(person.group(1)), role))
    starred = sum(1 for _, star, _ in names if star)
    attendees = []
    for name, star, role in names:
        if star or (loose_stars and starred + loose_stars == len(names)) or (not loose_stars and not starred):
            status = "present"
        else:
            status = "listed"
        attendees.append(AttendeeRecord(name, "substitute" if role == "substitute" else status, role))
    return attendees


def parse_apologies(text: str) -> list[AttendeeRecord]:
    """Names from "Apologies were received from Councillors A, B and C."."""
    match = re.search(r"apologies(?:\s+for\s+absence)?\s+(?:were|was)\s+received\s+from\s+(.+?)(?:\.|$)", text, re.IGNORECASE | re.DOTALL)
    if not match:
        return []
    listing = " ".join(match.group(1).split())
    plural = re.match(r"^Councillors\s+", listing, re.IGNORECASE)
    if plural:
        listing = listing[plural.end():]
    people = [p.strip() for p in re.split(r",\s*|\s+and\s+", listing) if p.strip()]
    out = []
    for person in people:
        if plural and not re.match(r"^(Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\b", person):
            person = "Councillor " + person
        out.append(AttendeeRecord(person, "apologies"))
    return out
