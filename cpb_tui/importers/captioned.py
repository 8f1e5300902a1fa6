"""Minutes whose paragraphs are numbered and captioned, the way some Scottish councils print them.

Each minute is a short caption on a line of its own ("Minutes approved.", "Emergency motion dealt
with.") over a paragraph that opens with the minute's number and runs on as a sentence ("3 The minutes
of the meeting of 14th May were submitted and approved."). The number is the item's and the caption is
its title; read line by line, the number opens a sentence and the caption looks like prose, so the
pair is set as a heading ("3. Minutes approved") over the paragraph's text.
"""

from __future__ import annotations

import re

# "3 The minutes of ...": a number, one space, then a sentence of eight words or more, stopped (never "3. Apologies", nor a
# title alone, "2 Minutes of the meeting held on the previous occasion")
_NUMBERED_PARAGRAPH = re.compile(r"^(?P<number>\d{1,3})\s(?P<text>[A-Z][a-z]*\s+\S.*[.:\-])\s*$")
# a caption says what was done with no verb of its own ("Minutes approved.", "Emergency motion dealt with."): never a sentence
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|should|could|can|did|does)\b", re.IGNORECASE)
# the caption: a short line that is no sentence of business; a page's running head may have been glued before it
# ("Kelvinbrae Council, Civic Halls, Kelvinbrae KB1 2XY Loss of a former Provost ...")
_CAPTION = re.compile(r"^[A-Z][^\d:;|]{2,100}?\.?$")
_POSTCODE_BEFORE = re.compile(r"^.*\b[A-Z]{1,2}\d{1,2}[A-Z]?\s+\d[A-Z]{2}\s+(?=[A-Z])")


def captioned_paragraphs(lines: list[str]) -> list[str]:
    """`lines` with each captioned minute ("Minutes approved." over "3 The minutes of ...") set as "3. Minutes
    approved" over "The minutes of ...", where three or more minutes in a row are printed so (numbers going up by
    one); other pages as they are."""
    pairs: list[tuple[int, int, int]] = []  # (caption line, paragraph line, number)
    for index, line in enumerate(lines):
        paragraph = _NUMBERED_PARAGRAPH.match(line.strip())
        if not paragraph or len(paragraph.group("text").split()) < 8:
            continue
        above = next((i for i in range(index - 1, max(-1, index - 4), -1) if lines[i].strip()), None)
        # (the caption stands between blank lines, apart from its paragraph: never the wrapped end of the line before)
        if above is None or above == index - 1 or above > 0 and lines[above - 1].strip():
            continue
        caption = _POSTCODE_BEFORE.sub("", lines[above].strip())
        if not _CAPTION.match(caption) or len(caption.split()) > 16 or _NUMBERED_PARAGRAPH.match(caption) or _FINITE.search(caption):
            continue
        pairs.append((above, index, int(paragraph.group("number"))))
    run = _longest_run(pairs)
    if len(run) < 3:
        return lines
    out = list(lines)
    for above, index, number in run:
        caption = _POSTCODE_BEFORE.sub("", lines[above].strip()).rstrip(". ")
        out[above] = f"{number}. {caption}"
        out[index] = _NUMBERED_PARAGRAPH.match(lines[index].strip()).group("text")
    return out


def _longest_run(pairs: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The longest stretch of `pairs`, in page order, whose numbers go up by one."""
    best: list[tuple[int, int, int]] = []
    current: list[tuple[int, int, int]] = []
    for pair in pairs:
        current = [*current, pair] if current and pair[2] == current[-1][2] + 1 else [pair]
        if len(current) > len(best):
            best = current
    return best
