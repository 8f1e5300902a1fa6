"""Minutes as councils' web pages show them, one item at a time, saved as text.

Shapes: an "Issue - meetings" history page (title, `Meeting: 15/06/2022 - Committee (Item 19)`,
the item line, its purpose, `Minutes:`, RESOLVED), and an "Agenda item" page that gives only
the title and the minutes (no committee or date: the user must supply them).
"""

from __future__ import annotations

import re

from cpb_tui.importers.dates import find_date
from cpb_tui.importers.layout import normalise, to_markdown
from cpb_tui.importers.minutes import split_body
from cpb_tui.importers.resolutions import parse_resolved
from cpb_tui.models import DocumentRecord, ItemRecord, MeetingRecord
from cpb_tui.text import display_title

MINUTES_LINE = re.compile(r"^\s*Minutes\s*:\s*$", re.IGNORECASE)
_MEETING_LINE = re.compile(r"^\s*Meeting\s*:\s*(.+?)\s+-\s+(.+?)\s*(?:\(\s*Item\s+(\d{1,3}[a-z]?)\s*\))?\s*$", re.IGNORECASE)
_PAGE_TITLES = re.compile(
    r"^\s*(Issue\s*-\s*meetings|Agenda item|Agendas, Meetings and Minutes.*|Decision details|Decision|Issue details)\s*$",
    re.IGNORECASE,
)
_ATTACHMENT = re.compile(r"\s*(pdf icon\s*)?PDF\s+\d+(?:\.\d+)?\s*[KM]B\s*$", re.IGNORECASE)


def looks_like_minutes_page(lines: list[str]) -> bool:
    """A `Minutes:` line near a title, as on a council web page."""
    return any(MINUTES_LINE.match(line) for line in lines[:80])


def parse_minutes_page(text: str) -> DocumentRecord:
    """One item's minutes from a web page."""
    lines = normalise(text).split("\n")
    minutes_at = next(i for i, line in enumerate(lines) if MINUTES_LINE.match(line))
    head = [line.strip() for line in lines[:minutes_at]]
    committee = date = number = None
    title = None
    purpose: list[str] = []
    item_line_seen = False
    for line in head:
        if not line:
            continue
        if _PAGE_TITLES.match(line):
            continue
        meeting = _MEETING_LINE.match(line)
        if meeting:
            date = find_date(meeting.group(1))
            committee = meeting.group(2).strip()
            number = meeting.group(3)
            continue
        numbered = re.match(r"^(\d{1,3}[a-z]?)\s+(.+)$", line)
        if number and numbered and numbered.group(1) == number and not item_line_seen:
            item_line_seen = True
            title = title or _ATTACHMENT.sub("", numbered.group(2)).strip()
            continue
        if title is None:
            title = _ATTACHMENT.sub("", line).strip()
            continue
        purpose.append(line)
    narrative, resolved = split_body(lines[minutes_at + 1 :])
    item = ItemRecord(
        title=display_title(title or "Untitled item"),
        minute_number=number,
        purpose=" ".join(purpose) or None,
        minutes=to_markdown(narrative) or None,
        resolutions=parse_resolved(resolved),
    )
    meeting = MeetingRecord(committee=committee, date=date, role="minutes", items=[item])
    return DocumentRecord(kind="minutes", title=item.title, meetings=[meeting])
