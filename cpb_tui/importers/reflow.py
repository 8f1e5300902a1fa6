"""Sentences a PDF (or a text copied from one) broke at its right margin, joined again before any shape reads the lines.

A page printed at a fixed width breaks every long sentence where the margin falls: "1. Note and agree the update of the
Council Plan and the Revenue Budget" over "position for 2036-37;", "Apologies were accepted from Councillor" over "Bell.".
Read line by line, the first half looks like a numbered item's title and the second like its minute. Where a page is set
at one width (most of its long lines end near the same column), a line that reaches that margin without ending its
sentence runs on into the next when the next opens in lower case (never a lettered or roman label, "a) ...", "iv. ..."),
or when the line ends on a word no sentence or heading ends on ("of", "the", "following", "Councillor") and the next
opens in capitals or with a figure that is no item's number ("2036-37 Revenue Budget"). Short lines, lines that end a
sentence or a heading's colon, and pages whose lines are paragraphs of every length are left as they are.

A page indented as a whole (a PDF's left margin kept as spaces) loses that margin first: no shape reads structure in it.
A page's number left on a line of its own ("Page 3 of 9", "- 4 -") goes too, and a sentence it stood in is joined across it.
"""

from __future__ import annotations

import re
import textwrap
from functools import lru_cache


# a line that opens with a label of its own, in lower case: "a) ...", "(b) ...", "iv. ...", "ii) ..."
LABEL = re.compile(r"^\s*(?:\(?[a-z]{1,2}\)|[a-z]{1,2}\.\s|\(?[ivx]{1,5}[.)]\s|\([ivx]{1,5}\)|o\s)")  # (and Word's "o" bullet)
# the words a sentence's own words are, that none ends on: a line cut after one goes on
_FUNCTION_WORDS = ("the", "of", "and", "or", "to", "from", "by", "for", "with", "a", "an", "at", "that", "into", "upon", "between",
                   "this", "these", "those", "their", "which", "who")
_FUNCTION_END = re.compile(rf"(?:^|\s)(?:{'|'.join(_FUNCTION_WORDS)})$")
# a word a wrapped line ends on that no sentence or heading ends on: those, more like them, and a title before a name
# (never a word a sentence may end on, "agreed by all", "put in", "as before", nor "Councillors", a heading's last word)
OPEN_END = re.compile(
    rf"(?:^|\s)(?:{'|'.join(_FUNCTION_WORDS)}|following|his|her|its|our|any|each|every|such|be|been|is|are|was|were|will|would|should"
    r"|could|may|can|has|have|had|whom|whose|where|when|if|but|than|via|under|during|within|without|through|towards|including"
    r"|Councillor|Cllr\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?)$"
)
# a figure that goes on with the sentence: "2036 ref: 3218", "30 days of", "2036-37;", "12.5% of the precept"
FIGURE_GOES_ON = re.compile(r"^\s*(?!\d{1,3}[.)]\s)\d[\d,.%/-]*\s*(?:[a-z]|[;,](?:\s|$))")
# a date the margin broke: "... held on 6" over "June 2036, having been ..."
MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October|November|December"
DAY_END = re.compile(r"(?:^|\s)\d{1,2}(?:st|nd|rd|th)?$")
MONTH_START = re.compile(rf"^\s*(?:{MONTH_NAMES})\b")
# a line that opens as an agenda's heading does: "To receive ...", "4. To receive ..."
_HEADING_START = re.compile(r"^\s*(?:\(?\d{1,4}[.)]?\s+)?To\s+[a-z]")
# a line that may open an item of its own: "2. Minutes", "3) Planning", "12 Highways", a number alone
_NUMBERED = re.compile(r"^\s*\d{1,4}(?:[.)]|\s+[A-Z]|\s*$)")
_SENTENCE_END = (".", "!", "?", ":", ";", ",")  # (a comma at the margin may end a list's entry: left alone)
_SHORTEST_MARGIN = 50  # a page set narrower than this is a table or a list, not prose
_WIDEST_MARGIN = 160  # a page whose long lines run past this keeps a paragraph to a line


# a page's number on a line of its own, left by a PDF's footer: "Page 3 of 9", "Page 12", "- 4 -"
PAGE_NUMBER = re.compile(r"^\s*(?:(?i:page)\s+\d{1,4}(?:\s+(?i:of)\s+\d{1,4})?|-\s*\d{1,4}\s*-)\s*$")


def margin(lines: list[str]) -> int | None:
    """The column a page's text is set to, or None where its lines are not set to one width: the length most long lines
    reach (the 90th percentile of line lengths), where at least a quarter of the lines and four in all come within a
    sixth of it."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < 8:
        return None
    width = lengths[int(len(lengths) * 0.9)]
    if not _SHORTEST_MARGIN <= width <= _WIDEST_MARGIN:
        return None
    near = sum(1 for length in lengths if width * 5 // 6 <= length <= width + 8)
    return width if near >= 4 and near * 4 >= len(lengths) else None


def wrapped_in_prose(lines: list[str], width: int) -> bool:
    """Whether the page's prose runs from line to line across its margin: of the lines that end unfinished near it, a
    third or more (two at least) go on in lower case below. A page typed a paragraph to a line, with no stops, starts
    each next line with a capital ("... agreed by all" over "Clerk to order ..."): only a line in lower case goes on there."""
    unfinished = going_on = 0
    for line, below in zip(lines, lines[1:]):
        text = line.rstrip()
        if len(text) >= width * 5 // 6 and not text.endswith(_SENTENCE_END) and below.strip():
            unfinished += 1
            # (lower case below, a figure and small words, or a line ending on "of", "the", "for" ...: no sentence ends so)
            going_on += below.lstrip()[:1].islower() or bool(FIGURE_GOES_ON.match(below)) or bool(_FUNCTION_END.search(text[-20:]))
    return going_on >= 2 and going_on * 3 >= unfinished


def runs_on(line: str, below: str, width: int, capitals: bool = True) -> bool:
    """Whether `below` goes on with the sentence `line` broke off at the margin: the margin forced the break (the next
    line's first word would not have fitted on this one), and the next line reads on (opening with a capital only where
    `capitals`)."""
    text = line.rstrip()
    if len(text) < width * 3 // 4 or not below.strip():
        return False
    if len(text) + 1 + len(below.split(maxsplit=1)[0]) <= width:
        return False  # (a line that ended short of where its next word would have gone ended there: a paragraph of its own)
    return reads_on(text, below, capitals)


_BARE_NUMBERED = re.compile(r"^\s*(\d{1,2})\s+[a-z]")


def reads_on(line: str, below: str, capitals: bool = True) -> bool:
    """Whether `below`, after a line the margin broke, reads on with `line`'s sentence: `line` does not end one, and
    `below` opens in lower case (never a label of its own), with a figure and small words, or with the month of a date
    `line` broke off; with a capital or a figure only where `capitals` and `line` ends on a word no sentence ends on."""
    text = line.rstrip()
    if text.endswith(_SENTENCE_END) or not below.strip() or LABEL.match(below):
        return False
    opening = below.lstrip()[:1]
    if (number := _BARE_NUMBERED.match(line)) and re.search(r"[;:.]\s*(?:and|or)?$", text) and re.match(rf"\s*{int(number.group(1)) + 1}\s+[a-z]", below):
        return False  # "1 officers can proceed ...; and" over "2 officers can bring ...": a list's next point, its stop lost
    if opening.islower() or FIGURE_GOES_ON.match(below) or DAY_END.search(text[-6:]) and MONTH_START.match(below):
        return True  # (or a figure, then words in lower case: "... Consultation Draft" over "2036 ref: 3218 ...")
    # ("... awarded in the" over "2036-37 Revenue Budget ...", "... to elect the following" over "Councillors to ...";
    # never after an agenda's "To ...", a heading: "4. To receive a report from the County Councillor")
    return capitals and (opening.isupper() or opening.isdigit() and not _NUMBERED.match(below)) and OPEN_END.search(text[-40:]) is not None \
        and not _HEADING_START.match(text)


def reflow(text: str, page_starts: list[int] | None = None) -> tuple[str, list[int] | None]:
    """`text` with its page numbers' lines dropped and the sentences its margin broke joined again (unchanged where it
    has neither), and `page_starts` moved to the lines they now start on. The same text gives the same string back, so
    what normalises it after (`layout.normalise`, which keeps its last two) reads a long pack once."""
    joined, starts = _reflowed(text, tuple(page_starts) if page_starts is not None else None)
    return joined, list(starts) if starts is not None else None


@lru_cache(maxsize=2)
def _reflowed(text: str, page_starts: tuple[int, ...] | None) -> tuple[str, tuple[int, ...] | None]:
    """`reflow`, for a text and its page starts as a tuple."""
    lines = text.split("\n")
    if next((line for line in lines if line.strip()), "")[:1] in (" ", "\t"):
        text = textwrap.dedent(text)  # (a margin every line shares; a page with one line flush to the left keeps its indents)
        lines = text.split("\n")
    if page_starts is None and (spaced := _double_spaced(lines)) is not None:
        lines = spaced
        text = "\n".join(lines)
    kept, at = _without_page_numbers(lines)
    width = margin(kept)
    capitals = width is not None and wrapped_in_prose(kept, width)
    joined: list[list[str]] = []  # each line's pieces, joined once at the end (a page of one long run stays linear)
    moved: list[int] = []  # per kept line, the line it is now part of
    for index, line in enumerate(kept):
        if joined and index > 0 and width is not None and runs_on(kept[index - 1], line, width, capitals):
            joined[-1][-1] = joined[-1][-1].rstrip()
            joined[-1].append(line.strip())
        else:
            joined.append([line])
        moved.append(len(joined) - 1)
    if len(joined) == len(lines):
        return text, page_starts
    starts = tuple(moved[min(at[start], len(moved) - 1)] if start < len(at) else len(joined) for start in page_starts) if page_starts and moved else page_starts
    return "\n".join(" ".join(pieces) for pieces in joined), starts


def _double_spaced(lines: list[str]) -> list[str] | None:
    """A text copied from a printed page with a blank line after every line ("... of The Local Authorities" / "" /
    "(Executive Arrangements) ..." / "" / "Regulations 2012, the public be excluded ..."): in each run of eight or more
    lines so spaced, set to one width, a line the margin broke keeps the next in its paragraph (the blank line between
    goes; the lines are joined after, as any page's are). None where no line was broken so."""
    gaps: set[int] = set()  # the blank lines that stood inside a paragraph
    start = 0
    while start < len(lines):
        run = [start]
        while run[-1] + 2 < len(lines) and lines[run[-1]].strip() and not lines[run[-1] + 1].strip() and lines[run[-1] + 2].strip():
            run.append(run[-1] + 2)
        if len(run) >= 8 and (width := margin([lines[at] for at in run])) is not None:
            for above, below in zip(run, run[1:]):
                text = lines[above].rstrip()
                following = lines[below].strip()
                heading = len(following) < width // 2 and following[:1].isupper() and not following.endswith(_SENTENCE_END)
                # (never a heading below, short and in capitals, with no stop: "... by the end of April" / "" / "Playing field")
                if len(text) >= width * 3 // 4 and len(text) + 1 + len(following.split()[0]) > width and not text.endswith(_SENTENCE_END) \
                        and not LABEL.match(lines[below]) and not _NUMBERED.match(lines[below]) and not heading:
                    gaps.add(above + 1)
        start = run[-1] + 1
    return [line for index, line in enumerate(lines) if index not in gaps] if gaps else None


def _without_page_numbers(lines: list[str]) -> tuple[list[str], list[int]]:
    """The lines but a page's number left in the text ("Page 3 of 9", "- 4 -"), with the blank lines after one
    that blank lines stood before; and per line, where it (or the line after a dropped one) now stands."""
    kept: list[str] = []
    at: list[int] = []
    dropping = False
    for line in lines:
        if PAGE_NUMBER.match(line):
            dropping = bool(kept) and not kept[-1].strip()  # ("... of the" / "" / "Page 3 of 9" / "" / "hall": one gap, not two)
            at.append(len(kept))
        elif dropping and not line.strip():
            at.append(len(kept))
        else:
            dropping = False
            at.append(len(kept))
            kept.append(line)
    return kept, at
