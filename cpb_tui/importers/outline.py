"""Items of a page kept as a list's outline: a web page's numbered list saved with bullets ("  • Financial Matters"),
its points indented under each entry ("    1. Finance Report: ...", "    2. Payments: ..."). The entries at the outline's
outermost level are the meeting's items (a bullet or a number, however each is marked); the points indented under them,
and the prose between, are their text. A sentence at the outer level ("  • Repairs to the war memorial are waiting to
be done.") is the text of the entry above it, not an item.
"""

from __future__ import annotations

import re

from cpb_tui.importers.titles import Heading, _title_and_rest, _title_like, tidy_title

_ENTRY = re.compile(r"^(?P<indent> {0,8})(?P<mark>[\u2022\u00b7\u25aa\u25cf\u25e6*\u2013o-]|\d{1,2}[.)])\s+(?P<text>\S.*)$")
_BULLET = "\u2022\u00b7\u25aa\u25cf\u25e6*"
# marks that set an outline's levels where nothing is indented: "- " the items, "\u2013 " and "o " the points under them
_LEVEL_MARKS = "-\u2022*\u2013o\u00b7\u25aa"
# a heading of its own between the bullets: "Chairman's Report:", "Treasurer's Report:"
_LABEL_LINE = re.compile(r"^\s*[A-Z][^.:;]{2,60}:\s*$")
# a sentence, not a title: a verb of a sentence's before its end ("... are waiting to be completed.")
_SENTENCE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|be|been|being)\b")


def outline_items(lines: list[str], headings: list[Heading]) -> list[Heading] | None:
    """The outline's outer entries as items, where the page is such an outline and the numbered items found (if any) are
    its inner points; None where it is not, or they are not."""
    entries = [(index, len(m.group("indent")), m.group("mark"), m.group("text").strip()) for index, line in enumerate(lines)
               if (m := _ENTRY.match(line))]
    levelled = _by_indent(entries, lines, headings) or _by_mark(entries, headings)
    if levelled is None:
        return None
    outer, nested, pointed = levelled
    listed = {entry[0] for entry in entries}
    labels = sum(1 for index in range(max(0, outer[0][0] - 3), outer[-1][0]) if index not in listed and _heading_line(lines[index]))
    if labels >= (2 if nested else 1):
        return None  # ("Chairman's Report:", "FINANCE" over "  \u2022 Bank balance ...": the headings are the items, the bullets their points)
    found: list[Heading] = []
    for index, _, mark, text in outer:
        title, rest = _title_and_rest(text.rstrip(":"))
        if rest is None and _SENTENCE_VERB.search(text) and (text.endswith(".") or len(text.split()) > 8) or not _title_like(title.rstrip(".:")):
            continue  # (a sentence at the outer level: the text of the entry above it)
        number = mark.rstrip(".)") if mark[0].isdigit() else ""
        found.append(Heading(index, index + 1, number, int(number) if number else 0, tidy_title(title.rstrip(".:")), "outline", 1.0, rest))
    # (each entry over text of its own, its points where they are numbered further in; where nothing is numbered, most entries
    # over prose, never a list of names or of bullets one after another)
    with_text = sum(1 for h, after in zip(found, found[1:] + [None]) if _has_text(lines, h.index + 1, after.index if after else len(lines), set() if pointed else listed))
    enough = with_text >= 2 if pointed else with_text * 3 >= len(found) * 2
    # (over numbered items found at the outer level too, only where the outline finds more)
    return found if len(found) >= 3 and enough and (nested or len(found) > len(headings)) else None


def _by_indent(entries: list, lines: list[str], headings: list[Heading]) -> tuple[list, bool, bool] | None:
    """The outer entries of an outline set by its indents ("  \u2022 Financial Matters" over "    1. Finance Report"), and
    whether the numbered items found are its points."""
    bullets = [entry for entry in entries if entry[2] in _BULLET]
    if len(bullets) < 3:
        return None
    top = min(entry[1] for entry in bullets)
    if any(entry[1] < top for entry in entries if entry[0] > bullets[0][0]):
        return None  # (numbers further out than the bullets after them: the bullets are their points)
    inner = [entry for entry in entries if entry[1] > top]
    outer = [entry for entry in entries if entry[1] == top and entry[0] >= bullets[0][0] - 12 and (entry[2] in _BULLET or entry[2][0].isdigit())]
    # (numbers are the entries' points where they stand further in and start again at "1." under two entries or more; a
    # bulleted list of who was there over a numbered agenda set further in is no outline)
    restarts = sum(1 for entry, after in zip(entries, entries[1:]) if entry[1] == top and after[1] > top and after[2] in ("1.", "1)"))
    nested = bool(headings) and bool(inner) and restarts >= 2 and all(_indent(lines[h.index]) > top for h in headings)
    if not nested and len(headings) >= 2:
        return None  # (numbered items found at the outline's level, or outside it: they are the items, the bullets their points)
    if headings and not nested and not {h.index for h in headings} <= {entry[0] for entry in outer}:
        return None  # (a numbered item found outside the outline: the page's own item)
    return outer, nested, nested


def _by_mark(entries: list, headings: list[Heading]) -> tuple[list, bool, bool] | None:
    """The outer entries of an outline with no indents, its levels set by their marks ("- Matters arising:" over "\u2013 Bins
    update ..." over "o Positive progress ..."): the mark the first entry bears is the items'; the others, between them,
    their points. Only where no numbered items were found."""
    marked = [entry for entry in entries if entry[1] == 0 and entry[2] in _LEVEL_MARKS]
    if len(headings) >= 2 or len(marked) < 5 or marked[0][2] not in "-\u2022*":
        return None
    top = marked[0][2]
    outer = [entry for entry in marked if entry[2] == top]
    between = [entry for entry in marked if entry[2] != top and outer[0][0] < entry[0] < outer[-1][0]]
    if len(outer) < 4 or len(between) < 2 or len({entry[2] for entry in between}) > 2:
        return None
    return outer, False, True  # (its points, marked otherwise, are its entries' text)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _has_text(lines: list[str], start: int, stop: int, listed: set[int]) -> bool:
    """Whether anything but the outline's own entries (`listed`) stands under an entry before the next."""
    return any(line.strip() and index not in listed for index, line in enumerate(lines[start:stop], start=start))


def _heading_line(line: str) -> bool:
    """A heading of the page's own among the bullets: a label alone ("Chairman's Report:", "Present:") or a line in capitals
    ("FINANCE", "PLAYING FIELD")."""
    text = line.strip()
    return bool(_LABEL_LINE.match(line)) or bool(re.fullmatch(r"[A-Z][A-Z0-9 &'\u2019/,()-]{2,60}", text)) and any(ch.isalpha() for ch in text[1:])


_INLINE_BULLET = re.compile(r"(?<=\S)\s+\u2022\s*(?=\S)")


def inline_bullets_apart(lines: list[str]) -> list[str]:
    """A list run into one line ("3 Previous Minutes \u2022 HIF reviewed the items. \u2022 Minutes of the December meeting were
    proposed by BM ..."): each bullet on a line of its own, as the page showed it, so a decision in one point is never
    read with the point before it."""
    out: list[str] = []
    for line in lines:
        if "\u2022" not in line or not _INLINE_BULLET.search(line):
            out.append(line)
            continue
        first, *points = _INLINE_BULLET.split(line)
        out.append(first)
        out.extend(f"\u2022 {point}" for point in points)
    return out
