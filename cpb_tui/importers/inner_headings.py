"""Headings with no number inside a numbered item's minute: business the meeting took under that item, each titled on
a line of its own over its text.

    3. Matters Arising
    Licensing Forum
    It was reported that the forum's new chair has not yet taken up the post.
    Broadband Issues
    Faster broadband should reach the town by next year.
    4. Reports

"Licensing Forum" and "Broadband Issues" are items of their own (the labelling guide's "each heading the meeting's
business stands under though it has no number"): a task or a decision under one belongs to it, not to "Matters
Arising". Only in minutes, only a short line in title case or capitals standing between a sentence's end (or the
item's own heading) and a paragraph of prose or a decision; never a name, a signature, a page marker, an amount, a
report's own section words ("Background", "Recommendations") or a decision ("CARRIED", "THAT ...").
"""

from __future__ import annotations

import re

from cpb_tui.importers.decisions import opener
from cpb_tui.importers.layout import is_caps_line
from cpb_tui.importers.titles import Heading, only_people, tidy_title

# a report's own sections, a ledger's and a vote's words, the record of who came: never business of their own
_SECTION_WORDS = re.compile(
    r"(?i)(?:background|purpose|recommendations?|summary|introduction|conclusions?|resolutions?|decisions?|actions?|discussion|"
    r"minutes|outcome|notes?|proposals?|options|reasons?|comments|responses?|questions?|answers?|income|expenditure|payments|receipts|"
    r"agreed|resolved|noted|carried|lost|present|apologies|absent|in\s+attendance|also\s+present|signed|dated|chair(?:man|person)?|"
    r"clerk|date|time|venue|item|items|page\s+\d+|contents|appendix|annex|attachments?|update|report|reports|"
    r"proposed|seconded|for|against|abstentions?|close|closed|meeting\s+closed)"
)
_PROSE_END = re.compile(r"[.!?)\"'\u2019\u201d]\s*$")
_FIGURE = re.compile(r"[\u00a3$\u20ac%]|\d[\d,]*\.\d\d\b|^\W*\d")
# a decision, a vote, an owner's cell ("ACTIONS DC", "Action: Clerk"), a signature, a page's marker
_VOTE_OR_CLAUSE = re.compile(
    r"(?i)^(?:that|carried|lost|proposed|seconded|moved|unanimous\w*|actions?|signed|dated|resolved|agreed|noted|present|apologies|page|minutes?)\b"
)


def with_inner_headings(lines: list[str], headings: list[Heading]) -> list[Heading]:
    """The numbered run with each heading found inside an item's minute after the item (numbered "", so that it reads
    as a heading of its own); the run itself where none is found, or where fewer than two items are numbered."""
    if sum(1 for heading in headings if heading.number) < 2:
        return headings
    out: list[Heading] = []
    for position, heading in enumerate(headings):
        out.append(heading)
        stop = headings[position + 1].index if position + 1 < len(headings) else len(lines)
        stop = stop if heading.body_end is None else min(stop, heading.body_end)
        found = [index for index in range(heading.body_start, stop) if _inner_heading(lines, index, heading, stop)]
        first = next((index for index in range(heading.body_start, stop) if lines[index].strip()), None)
        if found == [first]:
            found = []  # (one line straight under the item's title alone: its subtitle or its title again in Gaelic or Welsh)
        out += [Heading(index, index + 1, "", 0, tidy_title(lines[index].strip()), "unnumbered", 0.5) for index in found]
    return out


def _inner_heading(lines: list[str], index: int, heading: Heading, stop: int) -> bool:
    """Whether the line is a heading of business inside the item: its shape, the line before it and the text below."""
    line = lines[index].strip()
    words = line.split()
    if not (1 <= len(words) <= 8 and 4 <= len(line) <= 60) or not line[0].isupper() or line.endswith((".", ",", ";", ":", "-", "\u2013")):
        return False
    long = [word for word in words if len(word) > 3]
    capitals = is_caps_line(line) and sum(ch.isalpha() for ch in line) >= 6
    titled = len(words) >= 2 and bool(long) and all(word[0].isupper() or not word[0].isalpha() for word in long) and words[-1][0].isupper()
    if not (capitals or titled) or _FIGURE.search(line) or _VOTE_OR_CLAUSE.match(line) or _SECTION_WORDS.fullmatch(line.rstrip(" :")):
        return False
    if only_people(line) or opener(line) is not None or re.search(r"\b(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Dr)\b", line):
        return False
    if len(heading.title.split()) <= 6 and {_stem(word) for word in long} & {_stem(word) for word in heading.title.split() if len(word) > 3}:
        return False  # ("3 REPORTS" over "CLERK'S REPORT", "Cabinet decisions" over "Cabinet Decision Record D370102": its parts)
    above = next((i for i in range(index - 1, heading.index - 1, -1) if lines[i].strip()), heading.index)
    if above >= heading.body_start and not (_PROSE_END.search(lines[above]) and len(lines[above].split()) >= 4) or re.search(r"(?i)\b(?:the\s+following|as\s+follows|namely)\b", lines[above]):
        return False  # (a list's line, a table's cell, a wrapped title, a date in brackets: no sentence ended before it; a line announcing it)
    below = next((i for i in range(index + 1, stop) if lines[i].strip()), None)
    if below is None:
        return False
    text = lines[below].strip()
    return opener(text) is not None or len(text.split()) >= 6 and (text[0].isupper() or text[0] in "\"'\u2018\u201c") and not is_caps_line(text)


def _stem(word: str) -> str:
    """A word in lower case without its plural's or possessive's ending ("Reports", "REPORT" and "report's" are one)."""
    return re.sub(r"(?:'s|\u2019s|s)$", "", word.lower().strip(".,:;()"))
