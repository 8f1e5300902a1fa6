"""Tables and lists of a page flattened whole (a document-sharing site's copy, a PDF's text pasted as one paragraph).

`flattened.py` breaks such a page before its numbered items and decisions; the shapes here carry no numbers to run on:
the rows of an agenda table whose number column was lost ("No. | Item | Apologies Minutes: None. | Minutes of the last
meeting Minutes: RESOLVED that ... |"), and the bullets of a list ("... AGENDA • Apologies • Declarations ...").
"""

from __future__ import annotations

import re

from cpb_tui.importers.flat_heads import head_breaks
from cpb_tui.importers.flat_runs import split_at

# "No. | Item |": the header of an agenda table whose number column was lost in the copy, each row a title and its
# record ending with a bar ("Apologies for absence Minutes: None received. |", with a blank row "|" between, or a run of
# empty cells "||||||")
_NUMBER_ITEM_HEADER = re.compile(r"(?:^|(?<=\s))\|?\s*No\.?\s*\|\s*Item\s*\|")
# the bars that end a row, with any blank rows after them ("None received. | | Minutes of ...", "... noted. ||||| Public ...")
_ROW_END = re.compile(r"\s*\|[\s|]*(?=[^\s|-])")


def bar_rows(line: str) -> list[str] | None:
    """A flattened table of agenda items whose rows end with bars: a line for each row, the bar kept at its end as
    printed ("Apologies Minutes: None. |"); None when the line holds no such table."""
    header = _NUMBER_ITEM_HEADER.search(line)
    if header is None:
        return None
    out = [line[: header.start()].strip(), header.group(0).strip()] if header.start() else [header.group(0).strip()]
    start = header.end()
    for match in _ROW_END.finditer(line, header.end()):
        out.append(line[start : match.start()].strip() + " |")
        start = match.end()
    out.append(line[start:].strip())
    rows = [part for row in out if row.strip(" |") for part in _unbarred_rows(row)]
    return rows if len(rows) >= 4 else None


# a row's record, "Minutes:" or "Decision:", and a title in capitals that stands before the next row's
_LABEL = re.compile(r"\b(?:Minutes|Decision):")
# ("... received. MINUTES 12 JANUARY 2023 To approve ... Minutes: ...": the first such title after the record before)
_CAPS_TITLE = re.compile(r"(?<=[a-z0-9.,;:)]\s)[A-Z][A-Z'\u2019&-]+(?:\s+[A-Z0-9(][A-Z0-9'\u2019&()/,.-]*)+(?<![.,])\s+(?=[A-Z(][a-z]|[A-Z]\s|$)")


def _unbarred_rows(row: str) -> list[str]:
    """A row that ran on into the next where the copy lost the bar between them ("... on behalf of Councillors
    APPOINTMENT OF VICE-CHAIR To appoint ... Decision: ..."): broken before the capitals title of each record after
    the first."""
    labels = list(_LABEL.finditer(row))
    cuts: list[int] = []
    for before, label in zip(labels, labels[1:]):
        title = _CAPS_TITLE.search(row, before.end(), label.start())
        if title is not None:
            cuts.append(title.start())
    return split_at(row, cuts).split("\n") if cuts else [row]


# "... were noted. • Village hall The roof ... • Playing field ...": a bullet that opened a line
_BULLET = re.compile(r"\s+(?=[\u2022\u00b7\u25aa\u25cf]\s)")


def bullet_breaks(text: str) -> str:
    """Each bullet of a list run on in the text of a page flattened whole on a line of its own, where two or more run so."""
    cuts = [match.end() for match in _BULLET.finditer(text)]
    return split_at(text, cuts) if len(cuts) >= 2 else text


# "... AGENDA - Welcome by the Chair - To receive apologies - To approve the minutes ...": an agenda's list whose numbers
# became hyphens, run on after its heading
_AGENDA_HEAD = re.compile(r"\b(?:AGENDA|Agenda)\b(?:\s*[:.])?(?=\s+-\s+[A-Z])")
_DASH_BULLET = re.compile(r"\s+(?=-\s+[A-Z\u2018\u201c\"'])")


def dash_bullet_breaks(text: str) -> str:
    """Each hyphen of an agenda's list run on after its heading on a line of its own ("- To receive apologies"), where
    five or more run so, each a short title (an agenda's business), never a sentence's dashes."""
    head = _AGENDA_HEAD.search(text)
    if head is None:
        return text
    cuts = [match.end() for match in _DASH_BULLET.finditer(text, head.end())]
    gaps = sorted(b - a for a, b in zip(cuts, cuts[1:]))
    if len(cuts) < 5 or gaps[len(gaps) // 2] > 160:
        return text
    return split_at(text, [head.end()] + cuts)


# "1. Minutes of the last meeting ... 1. Apologies ... 1. Declarations of interest ...": a web page's numbered list, every
# item printed "1." (the list lost its numbering), run onto one line
_FIRST_NUMBER = re.compile(r"(?<=\s)1\.\s+(?=[A-Z])")
_SECOND_NUMBER = re.compile(r"(?<=\s)2\.\s+(?=[A-Z])")


def ones_breaks(line: str) -> str:
    """A line break before each "1." of a list whose every item is so numbered, where three or more run on (and the
    "2." of a list numbered rightly is rare: a decision's own points may be numbered under an item)."""
    cuts = [match.start() for match in _FIRST_NUMBER.finditer(line)]
    if len(cuts) < 3 or sum(1 for _ in _SECOND_NUMBER.finditer(line)) * 3 > len(cuts):
        return line
    return split_at(line, cuts)


# the opening of a record, run on before its first item: "... website Minutes of meeting 14th July 2015 ..." (never "The
# Minutes of the last meeting were approved"), "... 7.00 pm
# Present: G Rogers (Chair), ...", "... Members present: ...", "... In attendance: the Clerk"
_OPENING_LABEL = re.compile(
    # (never after an item's own number: "Item 1 Apologies: ...", "Item 3. Minutes of last meeting")
    # (nor inside a sentence: "Resolved that the Minutes of the last meeting be signed")
    r"(?<=\S)(?<![\s(]\d)(?<![\s(]\d[.):])(?<!\bthe)(?<!\bthat)(?<!\bto)(?<!\bof)(?<!\band)(?<!\bapprove)(?<!\bconfirm)(?<!\bsign)(?<!\bthese)(?<!\bThe)(?<!\bAlso)(?<!\bMembers)(?<!\bThose)(?<!\bCouncillors)\s+(?=(?:(?:The\s+)?(?:Draft\s+|DRAFT\s+)?Minutes\s+(?:of|for)\s+(?:an?\s+|the\s+)?(?:[\w'\u2019-]+\s+){0,6}?(?i:meeting)\b(?![^.]{0,120}\b(?:were|was)\b)"
    r"|Minutes\s+of\s+Proceedings\b"  # ("Harbour Board Minutes of Proceedings 4 May 2038")
    r"|(?:Present|PRESENT|Those\s+present|Members\s+[Pp]resent|Councillors\s+present"
    r"|In\s+attendance|In\s+Attendance|IN\s+ATTENDANCE|Also\s+present|Apologies|APOLOGIES)\s*:))"
)


_DAY_FIRST = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\d{1,2}/\d{1,2}/\d{4}\b", re.I)


def opening_breaks(pieces: list[str]) -> list[str]:
    """The pieces of a page flattened whole, the opening before its first numbered item broken before its minutes heading
    and its lists of who was there (a record's marks, which open lines of their own)."""
    # (a day that opens the page is its heading, never its first item: "3 May 2038 - Annual Parish Meeting ...")
    first = next((index for index, piece in enumerate(pieces) if re.match(r"(?:Item\s+)?\(?[A-Z]{0,4}\d", piece, re.I) and not _DAY_FIRST.match(piece)), len(pieces))
    head = [part for piece in pieces[:first] for part in split_at(piece, [m.end() for m in _OPENING_LABEL.finditer(piece)]).split("\n")]
    return head_breaks(head + pieces[first:], len(head))  # (and before a web page's fields: "... 6.00 pm Venue: Quay Hall")
