"""Numbered paragraphs under an item ("6.1", "6.2" under "6) Matters Arising") as sub-items of their own, and the titles
such a paragraph's sentence gives."""

from __future__ import annotations

import re

from cpb_tui.importers.decisions import opener
from cpb_tui.importers.titles import Heading, _title_like, tidy_title

MINUTES_LINE = re.compile(r"^\s*(?:Minutes|Cofnodion|Cofnod|Decision|Decisions)\s*:\s*$", re.IGNORECASE)  # (Welsh "Cofnod:", a minute)


def sentence_title(text: str) -> str:
    """A sub-item's title from the sentence that opens it: the words before a dash
    ("Parish Cottage - Chairman still awaiting ...") or a colon ("Bus Shelter: M Owen reported ..."),
    else before "was/had", else its first 20 words."""
    # ("26/01234/FUL \u2013 3 Church Lane \u2013 rear extension": a reference is named by its place too)
    coded = re.match(r"^(?P<title>[A-Z]{0,4}\d[\w.-]{0,12}/[\w/.-]{1,24}\s[-\u2013]\s[^-\u2013:]{3,60}?)(?:\s[-\u2013]\s|:\s)", text)
    dashed = coded or re.match(r"^(?P<title>.{3,80}?)(?:\s[-\u2013]\s|:\s)", text)
    if dashed:
        return dashed.group("title")
    short = re.match(r"^(?P<title>.{3,80}?)(?:\s+(?:was|were|had|has|is|are)\s|\.\s)", text)
    # (never a subject too short to name it: "There were no reports ...", "Cllr Amble had sent ...", "Mr Rudd, Lengthsman, had ...")
    if short and len(short.group("title").split()) > 2 and not short.group("title").endswith(",") \
            and not re.match(r"(?:There|It|This|Cllrs?|Councillors?|Mr|Mrs|Ms|Dr)\b", short.group("title")):
        return short.group("title")
    words = re.split(r"(?<=[a-z0-9)])\.\s", text)[0].split()
    return " ".join(words[:20]) + (" \u2026" if len(words) > 20 else "")


_DASHED_TOPIC = re.compile(r"^[A-Z][\w'\u2019&/,.() ]{2,60}?[a-z)](?:-|\s[-\u2013]\s)\S")  # "Parking by the brook-Cllr Dean ..."
_DECIMAL_LINE = re.compile(r"^\s*(?P<number>\d{1,3}(?:\.\d{1,2}){1,2})\.?\s+(?P<text>(?:(?:\d{1,2}\.\d{1,2}|\d{3}\.\d(?!\s+(?i:metres|miles|tonnes|litres|hours|acres|hectares|per)\b))\s+)?[A-Z\u2018\u201c'\"(].{2,})$")


def with_decimal_items(lines: list[str], chain: list[Heading]) -> list[Heading]:
    """ "6) Matters Arising" over "6.1 Photos had been published ..." and "6.2 The bench had been
    repaired.": in minutes and agendas of several items, a numbered paragraph under its item is a
    sub-item of its own (councils cite "Minute 6.2", and an action belongs to it), even when it
    is a sentence. Not the paragraphs numbered under "60.0" headings, nor those of a web page's
    "Minutes:" block, nor those of a page holding one item ("10.1" ... "10.7" of item 10)."""
    if len([h for h in chain if "." not in h.number]) < 2:
        return chain
    taken = {h.index for h in chain}
    out: list[Heading] = []
    for position, heading in enumerate(chain):
        out.append(heading)
        parent = re.fullmatch(r"(\d{1,3})((?:\.[1-9]\d?){0,2})", heading.number)
        if not parent:
            continue
        last = tuple(int(part) for part in heading.number.split(".")[1:])
        stop = chain[position + 1].index if position + 1 < len(chain) else len(lines)
        for index in range(heading.body_start, stop):
            if MINUTES_LINE.match(lines[index]):
                break  # a web page's minute text, numbered paragraph by paragraph
            found = _DECIMAL_LINE.match(lines[index])
            if not found or index in taken:
                continue
            parts = found.group("number").split(".")
            minor = tuple(int(part) for part in parts[1:])
            # (a wider step only for a point after points of its own, titled before a dash: "2.3 Drainage-dropped ..." then "2.8
            # Parking by the brook-Cllr Dean will ...", never "3.5 Tonnes ...", "9.05 The meeting closed", a rule quoted "4.6 ...")
            wide = bool(last) and not parts[-1].startswith("0") and bool(_DASHED_TOPIC.match(found.group("text")))
            if parts[0] != parent.group(1) or not _next_paragraph(last, minor, wide):
                continue
            if len(minor) >= 2 and any(len(h.number.split(".")) == 2 for h in out[-3:]) and opener(found.group("text")) is None and (
                found.group("text").rstrip().endswith(".")
                or re.search(r"\b(?:was|were|had|has|have|reported|asked|said|will|would)\b", found.group("text"))
            ):
                continue  # "5.1.2 Dave asked ..." under "5.1 Report from the Steward": a paragraph of 5.1 ("2.2.1 It was agreed ..." is cited, an item)
            text = found.group("text").strip()
            title = sentence_title(re.sub(r"^(?:\d{1,2}\.\d{1,2}|\d{3}\.\d)\s+", "", text))  # (not the earlier minute it cites, "4.2 7.1 Arrange ...", "136.1 122.5 There was ...", never a sum, "11.2 125.00 Village Hall")
            if len(text.split()) < 3 and not (_title_like(text) and re.match(r"^[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?$", text)):
                title = heading.title  # "1.1 It was" over "Proposed by ...": the item's own title serves (not "5.2 County Councillor")
            out.append(Heading(index, index + 1, found.group("number"), heading.value, tidy_title(title), heading.style, 0.5, text))
            last = minor
    return out


def _next_paragraph(last: tuple[int, ...], minor: tuple[int, ...], wide: bool = False) -> bool:
    """Whether paragraph `minor` (2, or 3 and 1 for "6.3.1") can follow `last` under one item:
    the next number, one deeper starting at 1, or a small step on (up to six where `wide`: points were left out)."""
    if len(minor) > len(last):
        return minor[: len(last)] == last and minor[len(last):] == (1,) * (len(minor) - len(last)) or (not last and minor[0] == 1)
    return minor[:-1] == last[: len(minor) - 1] and 0 < minor[-1] - last[len(minor) - 1] <= (6 if wide else 2)
