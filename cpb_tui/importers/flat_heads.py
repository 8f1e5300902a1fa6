"""The heading of a page flattened whole (a web page's or a PDF's text pasted as one paragraph), broken into the lines it
was printed on, so the meeting's committee and date are read from it as from the printed page.

A council's web page runs its site title, its fields and its first item together when flattened: "Agenda and minutes
Harbour Board - Tuesday, 4th May, 2038 6.00 pm Venue: Quay Hall Contact: Ann Lee No. Item 1. Apologies ...", "Issue -
meetings Ferry Fares Meeting: 04/05/2038 - Harbour Board (Item 12) 12 Ferry Fares ...", "Decision details Ferry Fares
Decision Maker: Harbour Board Decision status: Approved ... Decided at meeting: 04/05/2038 - Harbour Board Accompanying
Documents: ...". Each field opens a line of its own again.
"""

from __future__ import annotations

import re

from cpb_tui.importers.flat_runs import split_at

# a web page's title over its meeting's heading: "Agenda and minutes", "Agenda, decisions and draft minutes", "Issue -
# meetings", "Decision details", "Meeting documents", "Meeting Details", "Meeting Summary" ("Agenda and minutes Harbour
# Board - Tuesday, ..."), and a document site's furniture ("Total Page:16 File Type:pdf"): a line of its own, where the
# heading opens (within its first 300 characters; a site's menu may stand before it, "Skip to main content Meeting Details")
_SITE_TITLE = re.compile(
    r"(?:^|(?<=\s))(?:Agenda(?:,\s+decisions)?\s+and\s+(?:draft\s+)?(?:minutes|decisions)|Issue\s+-\s+(?:meetings|decisions)|Decision\s+details"
    r"|Meeting\s+documents|Meeting\s+Details|Meeting\s+Summary|(?<![\w,]\s)Agenda\s+item|Total\s+Page\s*:\s*\d{1,4}(?:\s+File\s+Type\s*:\s*\w+)?)"
    r"(?=\s+[A-Z0-9-])"
)
# the fields a meeting's or a decision's page prints a line each ("Venue: Quay Hall", "Contact: Ann Lee", "Decision
# Maker: Harbour Board", "Is Key decision?: No", "Decided at meeting: 04/05/2038 - Harbour Board"), and the header of its
# table of items ("No. Item", "Items No. Item", "ItemDescription"): a line opens before each (never inside a sentence:
# "the date: 4 May" is not a field, the label is capitalised)
_HEAD_FIELD = re.compile(
    r"(?<=\S)\s+(?=(?:Venue|Contact|Place|Location|Meeting|Date|Time|Decision\s+Maker|Decision\s+status|Decision\s+published"
    r"|Effective\s+from|Decided\s+at\s+meeting|Made\s+at\s+meeting|Date\s+of\s+(?:[Dd]ecision|[Mm]eeting)|Publication\s+date"
    r"|Report\s+author|Is\s+[Kk]ey\s+decision\?|Is\s+subject\s+to\s+call\s+in\?|Accompanying\s+Documents)\s*:"
    r"|(?:Items\s+)?No\.?\s+Item\b|Item\s*Description)"
)
# later in the page, only the fields that name a decision's meeting ("... Report author: Ann Lee Decided at meeting:
# 04/05/2038 - Harbour Board Accompanying Documents: ...")
_BODY_FIELD = re.compile(
    r"(?<=\S)\s+(?=(?:Decision\s+published|Effective\s+from|Decided\s+at\s+meeting|Made\s+at\s+meeting|Date\s+of\s+[Dd]ecision"
    r"|Publication\s+date|Accompanying\s+Documents|Decision\s+Maker)\s*:)"
)
# a body's name run into its meeting's day: "Licensing Panel Monday, 3rd May, 2038 7.30 pm" (the name a line, the day
# the next; never "... held on Monday, 3rd May", nor a title's "Harbour Board - Monday ...", nor a day with no weekday, which
# a title may carry: "Minutes Full Parish Council 6 April 2038" is read whole)
_BODY_THEN_DAY = re.compile(
    r"\b(?:Committee|Board|Panel|Council|Commission|Cabinet|Forum|Partnership|Group|Authority|Executive|Assembly)\s+"
    r"(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*,?\s+\d{4}\b)"
)
# where a field ends: after a table's header ("No. Item 1. Apologies"), after a dated field's day ("Effective from:
# 11/05/2038 RESOLVED that ...")
_FIELD_END = re.compile(
    r"(?:(?<=\s)|^)(?:(?:Items\s+)?No\.?\s+Item|Item\s*Description(?:\s*Resolution)?)(?=\s+\S)"
    r"|\b(?:Decision\s+published|Effective\s+from|Publication\s+date|Date\s+of\s+[Dd]ecision)\s*:\s*\d{1,2}/\d{1,2}/\d{4}(?=\s+\S)"
)
# in a numbered point's piece only the field that names the meeting, and what follows it ("3) Appoint the supplier. Report
# author: Ann Lee Decided at meeting: 04/05/2038 - Harbour Board Accompanying Documents:"): the point keeps the rest
_MEETING_FIELD = re.compile(r"(?<=\S)\s+(?=(?:Decided\s+at\s+meeting|Made\s+at\s+meeting|Accompanying\s+Documents)\s*:)")
# a meeting's field that ends with its item's number, the item's title after it: "Meeting: 04/05/2038 - Harbour Board
# (Item 12) 12 Ferry Fares": the item opens a line of its own
_ITEM_FIELD_END = re.compile(r"^-?\s*Meeting(?::|\s+of\s)[^()]{5,160}\(Item\s+[\w./]{1,12}\)(?=\s+\S)")
# a heading in capitals run in among words: "... Parish Council ANNUAL PARISH MEETING Minutes of ...", "DEVELOPMENT COMMITTEE
# Councillors 20 FEBRUARY 2038 Minutes of ...": a line of its own (its day and ordinals may be in figures, "HELD ON MONDAY
# 10th MAY 2038"); a heading read on into words in small letters, "MINUTES OF THE HARBOUR BOARD held on ...", stays one
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
# (never before a month, "MINUTES TUES 9th June", nor a field's label, "PARISH COUNCIL Clerk: ...": the line goes on)
_CAPS_WORD = r"(?:[A-Z][A-Z'\u2019&./()-]*[A-Z)]|\d{1,4}(?:st|nd|rd|th|ST|ND|RD|TH)?|OF|ON|THE|AT|AND|&|[-\u2013])"
_CAPS_RUN = re.compile(rf"(?<!\S)(?=(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?[A-Z(]*[A-Z]{{3}})(?:{_CAPS_WORD},?\s+){{1,14}}?{_CAPS_WORD}(?:\s+|$)(?=(?!{_MONTH}|[A-Z][a-z]+:)[A-Z][a-z]|$)")
# a day, then a body's name: "3 May Elmscar Parish Council Minutes of ...", "... AGM 12th May 2038 Elmscar Community
# Council Minutes ...": the name opens a line of its own
# (and closes it before any words after it: "... Elmscar Parish Council Chair A Bell")
_DAY_THEN_BODY = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*(?:,?\s+\d{4})?\s+"
    r"(?=(?P<body>(?:[A-Z][\w'\u2019&-]*\s+){1,5}(?:Council|Committee|Board|Panel)\b)(?P<after>\s+(?!Minutes\b|Meeting\b)[A-Z][a-z])?)"
)
# where the heading ends and the list of who was there begins: "... Held by Zoom PRESENT Cllrs ...", "Apologies: ..."
_ATTENDANCE = re.compile(r"\b(?:PRESENT|Present|Members\s+[Pp]resent|APOLOGIES|Apologies|IN\s+ATTENDANCE|In\s+[Aa]ttendance)\b")
# a heading in capitals after a site's words: "... PARK AUTHORITY DRAFT MINUTES OF THE HARBOUR BOARD held on ..." (never
# after a council's address in brackets, "ELMSCAR COUNCIL (Clerk: A Bell, Mill Lane) MINUTES OF ...", read where it stands)
_CAPS_MINUTES = re.compile(r"(?<=\S)(?<!DRAFT)(?<!\))\s+(?=(?:DRAFT\s+)?MINUTES\s+OF\s+(?:AN?\s+|THE\s+)?[A-Z]{2})")
# the record's own heading after a site's words: "July 2038 Minutes Notes from Kelby Parish Meeting Monday, ..."
_NOTES_FROM = re.compile(r"(?<=\S)\s+(?=(?:Notes|Minutes)\s+(?:from|of)\s+(?:the\s+)?(?:[A-Z][\w'\u2019&-]*,?\s+){1,6}(?:Parish\s+Meeting|Council|Committee)\b)")
# a meeting's day and time, then the page's first sentence: "Harbour Board - Tuesday, 4th May, 2038 6.00 pm The minutes ..."
_TIME_THEN_TEXT = re.compile(r"\b\d{4},?\s+\d{1,2}[.:]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)\s+(?=[A-Z][a-z])", re.I)


def _cuts(piece: str, pattern: re.Pattern[str]) -> list[str]:
    """`piece` broken before each match of `pattern`, after a site title at its start and after a "(Item 12)"."""
    titles = list(_SITE_TITLE.finditer(piece, 0, 300)) if pattern is _HEAD_FIELD else []
    start = titles[-1].end() if titles else 0
    cuts = [at for title in titles for at in (title.start(), title.end())]
    cuts += [match.end() for match in pattern.finditer(piece, start)]
    cuts += [match.end() for match in _FIELD_END.finditer(piece, start)] if pattern is not _MEETING_FIELD else []
    parts = split_at(piece, sorted(set(cuts))).split("\n")
    out: list[str] = []
    for part in parts:
        end = _ITEM_FIELD_END.search(part)
        out.extend([part[: end.end()].strip(), part[end.end() :].strip()] if end else [part])
    return out


def _head_cuts(part: str) -> list[int]:
    """Where a heading's line breaks within its first 400 characters, before the list of who was there ("PRESENT",
    "Apologies"): after a body's name before its day, around a heading in capitals among words, after a meeting's time
    before the first sentence."""
    attendance = _ATTENDANCE.search(part, 0, 400)
    end = attendance.start() if attendance else min(400, len(part))
    cuts = [m.end() for pattern in (_BODY_THEN_DAY, _DAY_THEN_BODY) for m in pattern.finditer(part, 0, min(300, end))]
    cuts += [m.end("body") for m in _DAY_THEN_BODY.finditer(part, 0, min(300, end)) if m.group("after")]
    cuts += [m.end() for m in _TIME_THEN_TEXT.finditer(part, 0, end)]
    cuts += [m.end() for m in _CAPS_MINUTES.finditer(part, 0, end)]
    cuts += [m.end() for m in _NOTES_FROM.finditer(part, 0, end)]
    for run in _CAPS_RUN.finditer(part, 0, end):  # (mid-line only: "VILLAGE HALL The trustees reported ..." opening a page is its title and text)
        cuts += [run.start(), run.end()] if run.start() and (run.end() < end or end == len(part)) else [run.start()] if run.start() else []
    return sorted(set(cut for cut in cuts if 0 < cut < len(part)))


def head_breaks(pieces: list[str], first: int) -> list[str]:
    """The pieces of a page flattened whole, its heading (the pieces before its first numbered item, `first`) broken
    before each of a web page's fields, and the rest before the fields that name a decision's meeting."""
    head = [part for piece in pieces[:first] for part in _cuts(piece, _HEAD_FIELD)]
    # (the heading alone: the parts before the list of who was there, in the page's first 800 characters)
    heading = next((index for index, part in enumerate(head) if _ATTENDANCE.match(part)), len(head))
    heading = min(heading, next((index for index in range(len(head)) if sum(len(part) for part in head[:index]) >= 800), len(head)))
    head = [line for part in head[:heading] for line in split_at(part, _head_cuts(part)).split("\n")] + head[heading:]
    # (never a numbered point's piece: "3) Appoint the supplier. Report author: Ann Lee Decided at meeting: ..." broken
    # there would leave the point a heading over the fields, its decision lost)
    rest = [part for piece in pieces[first:] for part in (_cuts(piece, _BODY_FIELD if not re.match(r"\(?\w{1,4}[.)]", piece) else _MEETING_FIELD) if ":" in piece else [piece])]
    return [line for piece in head + rest for line in _titled_record(piece)]


# a web page's numbered item, its title run into its record's label: "4. Ferry Fares Minutes: Resolved That the fares ..."
# (the title a line, the record the next, as printed; never a sentence's "... as the minutes: ...", the label is capitalised)
# (nor a title that runs on into the label, "2. Approval of Minutes: ...", nor a record of numbered paragraphs, "Minutes: 21.1 ...")
_TITLE_THEN_RECORD = re.compile(r"^\(?\d{1,3}[.)]?\s+[A-Z][^.:|]{2,150}?(?<!\bof)(?<!\bthe)(?<!\band)(?<!\bto)\s+(?=(?:Minutes|Decision)\s*:\s+(?!\d)\S)")


def _titled_record(piece: str) -> list[str]:
    """A numbered item's title and its record, run together on a flattened page, as two lines."""
    titled = _TITLE_THEN_RECORD.match(piece)
    return [piece[: titled.end()].strip(), piece[titled.end() :]] if titled else [piece]
