"""Items known by the space around them. A ModernGov page saved as text only gives its items no numbers: each title stands
after two or three blank lines (the first after the "Venue:" and "Contact:" lines), its minute after two ("Welcome from the Chair",
then "Members are requested to intimate any declarations of interest", each over its text and "The Board resolved:-")."""

from __future__ import annotations

import re

from cpb_tui.importers.decisions import opener
from cpb_tui.importers.titles import Heading, tidy_title

_HEADER_FIELD = re.compile(r"(?i)(?:contact|venue)\s*:")
# a sentence, not a title: "The Board had before it the minute of its meeting of 13 November 2036"
_SENTENCE = re.compile(
    r"(?:The|A|An|It|There|This|These)\s+(?:\S+\s+){0,3}?(?:had|has|have|was|were|is|are|noted|agreed|considered|heard|received)\b"
    r"|(?:[A-Z][\w'.-]*\s+){1,4}(?:declared|reported|said|asked|explained|thanked|welcomed|opened|joined|left|advised|confirmed|presented|gave)\b"
    r"|(?:The\s+)?(?:meeting|Chair\w*)\s+(?:closed|opened|ended|started|began|commenced)\b|[A-Z][\w ]{1,30}:\s"  # ("Present: ...", "The meeting closed at 9.15pm")
)  # ("Councillor Rae declared an interest in item 4 as a carer", its full stop left off)


def spaced_items(lines: list[str]) -> list[Heading]:
    """The titles set apart by blank lines, where three or more are (else none): each followed by two blank lines and its
    text, after two or more blank lines or straight after the page's header fields; never a sentence, a label or a decision."""
    starts = []
    for index in range(len(lines) - 3):  # (never past the end: a page of one line has no title set apart)
        text = lines[index].strip()
        if not text or lines[index + 1].strip() or lines[index + 2].strip() or not lines[index + 3].strip():
            continue
        after_gap = index >= 2 and not any(previous.strip() for previous in lines[index - 2 : index])
        after_header = index >= 2 and not lines[index - 1].strip() and bool(_HEADER_FIELD.match(lines[index - 2].strip()))
        if (after_gap or after_header) and len(text) <= 200 and not text.endswith((".", ":", ";", ",", "-")) and opener(text) is None \
                and not _SENTENCE.match(text):
            starts.append(index)
    if len(starts) < 3 or not any("esolved" in line.lower() and opener(line.strip()) is not None for line in lines):
        return []  # (a minutes page, a RESOLVED among its lines: never a report's lines spaced apart)
    return [Heading(index, index + 1, "", 0, tidy_title(lines[index].strip()), "spaced", 1.0) for index in starts]
