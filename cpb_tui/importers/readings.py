"""Readings a clerk can ask for when a page's items come out wrong: `cpb import --items READING`.

cpb chooses how a page's items are marked (numbers, headings, paragraphs) by itself. When its choice
is wrong (a page whose numbers are only a list inside one item, minutes whose headings were lost),
the clerk names the reading instead, and the general parser reads the items that way only:

- numbered: lines that open with an item number ("5.", "12/23", "Minute 42") are the items;
- headings: short title lines over prose ("Apologies", "Matters Arising", "PLANNING:") are the items;
- paragraphs: each paragraph (text between blank lines) that records business is an item.
"""

from __future__ import annotations

import contextlib
import re
from contextvars import ContextVar
from typing import Iterator

from cpb_tui.importers.numbering import Heading, tidy_title
from cpb_tui.importers.titles import ACTION_TAG, SITE_LABEL, only_people

READINGS = ("numbered", "headings", "paragraphs")

_CHOSEN: ContextVar[str | None] = ContextVar("cpb_items_reading", default=None)


@contextlib.contextmanager
def items_read_as(reading: str | None) -> Iterator[None]:
    """Within the block, the general parser reads items the way `reading` says (None: its own choice)."""
    if reading is not None and reading not in READINGS:
        raise ValueError(f"unknown reading {reading!r}: use one of {', '.join(READINGS)}")
    token = _CHOSEN.set(reading)
    try:
        yield
    finally:
        _CHOSEN.reset(token)


def chosen_reading() -> str | None:
    return _CHOSEN.get()


def read_as(reading: str, lines: list[str]) -> list[Heading]:
    """The items of `lines` read the way `reading` says."""
    from cpb_tui.importers.numbering import numbered_items
    from cpb_tui.importers.unnumbered import heading_items

    if reading == "numbered":
        return numbered_items(lines)
    if reading == "headings":
        found = heading_items(lines) or _title_lines(lines)
        return found[1:] if found and _BODY.match(found[0].title) else found  # (the council's name over the page)
    return _paragraphs(lines)


def counts(lines: list[str]) -> dict[str, int]:
    """How many items each reading finds (for `--explain`)."""
    return {reading: len(read_as(reading, lines)) for reading in READINGS}


_BODY = re.compile(r"(?i)^[\w,&'\u2019 -]{2,80}\b(?:council|authority|board|committee)$")

# the page's own heading and its attendance, never an item of their own
_PREAMBLE = re.compile(
    r"^[\s|]*(?:(?:draft\s+|unconfirmed\s+|confirmed\s+)?(?:minutes|notes|agenda)\s+of\b|present\b|in\s+attendance\b|also\s+present\b|attendees\b|apologies\s*:"
    r"|[A-Z][\w,&'\u2019 -]{2,80}\b(?:COUNCIL|Council)\s+(?:minutes|MINUTES|Minutes)\b"
    r"|councillors?\s+present\b|members\s+present\b|venue\b|contact\b|date\b|time\b|(?:an?|the)\s+(?:[\w-]+\s+){0,3}meeting\s+of\b[^.]*\bheld\b)",
    re.IGNORECASE,
)


def _paragraphs(lines: list[str]) -> list[Heading]:
    """Each paragraph that records business, past the page's heading and attendance (the short paragraphs before the first
    sentence), titled by a short title paragraph over it ("Declarations of Interest") or else by its first words."""
    from cpb_tui.importers.agenda_list import paragraphs

    blocks = paragraphs(lines)
    found: list[Heading] = []
    title: tuple[int, str] | None = None
    begun = False
    for start, text in blocks:
        row, text = text.rstrip().endswith("|"), text.strip(" |")  # (a table's row saved with its bars: an item, however short)
        short = len(text.split()) <= 6 and not text.endswith((".", ";", ",")) and not row
        begun = begun or (len(text.split()) >= 8 and not _PREAMBLE.match(text))
        if not begun or _PREAMBLE.match(text):
            title = None  # (the page's heading or attendance titles nothing)
            continue
        if short:
            title = (start, text)  # a title paragraph over the paragraph it names
            continue
        if title is not None and title[0] < start:
            found.append(Heading(title[0], title[0] + 1, "", 0, tidy_title(title[1].rstrip(" :-\u2013")), "heading", 1.0, None))
        else:
            first = re.sub(r"^\(?(?:\d{1,3}|[a-z])[.)]\s+", "", text)
            words = " ".join(re.split(r"(?<=[a-z0-9)])[.:]\s|\s\|", first)[0].split()[:8]).rstrip(" .:,;-\u2013|")
            found.append(Heading(start, start, "", 0, tidy_title(words[:200]), "heading", 1.0, None))
        title = None
    return found


_FIELD = re.compile(
    r"(?i)^(?:decisions?|reasons?(?:\s*\(s\))?(?:\s+for\s+(?:the\s+)?decision)?|decision\s+\w+|is\s+key\s+decision\??|date|venue|contact|purpose|meeting|time"
    r"|wards?\s+affected|report\s+author|lead\s+officer|alternative\s+options\b.*|additional\s+documents|supporting\s+documents|background\s+papers)\s*:$"
)


# "Committee Members Present:", "Officials in attendance:", "Mrs J Wetherall, Area Manager": who was there, and in what post
_ATTENDANCE = re.compile(
    r"^(?:[\w-]+\s+){0,3}(?i:present|in\s+attendance|attending)\s*:?\s*$"
    r"|^(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Professor)\.?\s+(?:[A-Z]\.?\s+){0,2}[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?\s*,\s*[A-Z]"
    # "Councillor Findlay: –" over the interests a member declared: a person, never a heading of business
    r"|^(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Provost|Bailie|Baillie)\.?\s+(?:[A-Z]\.?\s+){0,2}[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?\s*:-?\s*[-\u2013]?\s*\d{0,4}\s*$"
)


# "Pam Lorne (PL) - Chair", "Ian Vass (IV) - Member", "May Kerr of Hillhouse - Member of the Public": a roster's line, a
# person with their initials or their post, never a heading of business
_ROSTER = re.compile(
    r"^[A-Z][\w'\u2019.-]+(?:\s+(?:of\s+)?[A-Z][\w'\u2019.-]+){1,3}\s*(?:\([A-Z]{2,4}\)\s*)?[-\u2013]\s*"
    r"(?:(?:\([A-Z]{2,4}\)|Vice|Co-opted|Deputy|Acting)\b.*|(?:Chair\w*|Member\b.*|Treasurer|Secretary\b.*|Clerk|Councillor\b.*|Minutes|Press|Observer)\s*)$"
)
# "\u00b7  Flag - Town Hall:" over "o  Still no word on ...": a bullet's title over the second level of bullets it heads
# (a short title, no sentence: "The forum agreed the following actions:" over "- Alan Wray to ..." is a lead-in)
_BULLET_TITLE = re.compile(r"^[\u2022\u00b7\uf0b7\u25aa\u25cf*-]\s+(?P<title>(?![^:]*\b(?:following|agreed|resolved|decided|below|received|from)\b)[A-Z][^.;:\s]*(?:\s+[^.;:\s]+){0,5}):$", re.IGNORECASE)
_SECOND_BULLET = re.compile(r"^\s*(?:o|[\u25e6\u25aa])\s+\S")
# "Minutes of the Previous Meeting:", "Minutes of Extraordinary Meeting (held 9/12/36):": a heading of business below the
# page's own heading, never the page's "Minutes of the meeting of ..."
_EARLIER_MINUTES = re.compile(r"(?i)^minutes\s+of\s+(?:the\s+)?(?:previous|last|prior|extraordinary|special)\b.*:$")


def _title_lines(lines: list[str]) -> list[Heading]:
    """Short lines with no closing stop, each over a longer line of text: headings, where cpb's own search found none."""
    found: list[Heading] = []
    for index, raw in enumerate(lines):
        line = raw.strip()
        if _ROSTER.match(line) and any(_ROSTER.match(lines[at].strip()) or _ATTENDANCE.match(lines[at].strip()) for at in (index - 1, index + 1) if 0 <= at < len(lines)):
            continue  # (one of a roster's lines, beside another or under "Present:"; "Play Park - Clerk" alone may be a heading)
        below = next((l for l in lines[index + 1 : index + 3] if l.strip()), "")
        bulleted = _BULLET_TITLE.match(line)
        if index and _EARLIER_MINUTES.match(line) and len(line.split()) <= 10 or bulleted and _SECOND_BULLET.match(below):
            found.append(Heading(index, index + 1, "", 0, tidy_title((bulleted.group("title") if bulleted else line).rstrip(":")), "heading", 1.0))
            continue
        if ":" in line and _FIELD.match(line.split(":")[0] + ":"):
            continue  # a field and its value or label ("Decision status: Approved", "Decision:"), never a heading of business
        if re.match(r"(?i)actions?\s*(?:by|for)?\s*[:\u2013-]", line) or ACTION_TAG.match(line) or only_people(line) or SITE_LABEL.match(line) or _ATTENDANCE.match(line):
            continue  # "Action: Clerk/Cllr DH" under a matter, "Adrian Joel and John Frost" under a duty: who, never a heading
        line = line.rstrip(":")
        following = next((l.strip() for l in lines[index + 1 : index + 4] if l.strip()), "")
        if line and len(line.split()) <= 8 and not line.endswith((".", ",", ";")) and line[0].isupper() \
                and len(following) > len(line) and not _PREAMBLE.match(line) and not (found and found[-1].index == index - 1):
            found.append(Heading(index, index + 1, "", 0, tidy_title(line), "heading", 1.0))
    return found
