"""A line's printed number, cleared of what a word processor or a typist left around it: Word's own list marker
before it ("1. 3.  MINUTES ..."), a stop set off from it ("2 .DECLARATIONS"), a comma typed for its stop ("6,
CORRESPONDENCE:"), a page's running foot glued before it."""

from __future__ import annotations

import re

_DOUBLED_MARKER = re.compile(r"^(?P<indent>\s*)(?:1\.\s+(?=\d{1,3}\.\s+\S)|\d{1,2}\.\s+(?=\d{1,3}\.\d{2}\.?\s+[A-Z]))")
# "11 August 2008 1 08/15:02 MINUTES OF ...": a page's running foot (date and page number) glued before the next minute
_FOOT_BEFORE_MINUTE = re.compile(
    r"^\s*\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\s+\d{1,3}\s+"
    r"(?=\d{1,4}/\d{1,4}(?:[:/]\d{1,3})?\s+[A-Z])"
)
# "101 477 HALLS ...": a PDF's page number glued before the minute that continues the run ("476 HERITAGE TOWN" above)
_PAGE_BEFORE_MINUTE = re.compile(r"^(?P<indent>\s*)\d{1,3}\s+(?=(?P<number>\d{2,4})\s+[A-Z]{3,}\b)")
_SPACED_STOP = re.compile(r"^(?P<number>\s*\d{1,3})\s+\.\s*(?=[A-Z])")
_COMMA_STOP = re.compile(r"^\s*(?P<number>\d{1,3}),\s*(?=[A-Z]{3,}(?:\s+[A-Z&']+)*\s*[:.])")


def word_markers(lines: list[str]) -> list[str]:
    """Word's own list marker left before the printed number ("1. 3.  MINUTES ...", "1. 4.  REPORTS"
    on every line), and a stop set off from its number ("2 .DECLARATIONS"): the printed number alone."""
    doubled = sum(1 for line in lines if _DOUBLED_MARKER.match(line)) >= 2
    out = []
    seen: set[int] = set()  # the numbers lines opened with so far ("5. ACCOUNTS ...")
    for line in lines:
        if doubled:
            line = _DOUBLED_MARKER.sub(r"\g<indent>", line)
        line = _SPACED_STOP.sub(r"\g<number>. ", _FOOT_BEFORE_MINUTE.sub("", line))
        comma = _COMMA_STOP.match(line)
        if comma and int(comma.group("number")) - 1 in seen:
            line = f"{comma.group('number')}. {line[comma.end():]}"  # "6, CORRESPONDENCE:" after item 5: a comma typed for the stop
        paged = _PAGE_BEFORE_MINUTE.match(line)
        if paged and int(paged.group("number")) - 1 in seen:
            line = paged.group("indent") + line[paged.end():]
        opened = re.match(r"\s*(\d{1,3})[.)]\s", line) or re.match(r"\s*(\d{2,4})\s+(?=[A-Z]{3,}\b)", line)
        if opened:
            seen.add(int(opened.group(1)))
        out.append(line)
    return out
