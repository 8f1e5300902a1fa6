"""Points under an item numbered by a minute reference, each written with the item's own reference and its point:
"51/19 PROGRESS REPORTS" over "51/19.1 Fly tipping, Hill Brow" and "51/19.2 Footpath signs"; "4/07/17 MATTERS ARISING"
over "4.1/07/17 Clerk: The Clerk had nothing to report" (the point set between the item's number and the month).

Each point is a sub-item of its own, numbered as printed, so that a task or a decision in it is the point's. A point's
number carries the whole of its item's reference, so no other line is taken for one; one point alone is enough.

And the topics of an item numbered again from 1, each a paragraph written as a sentence (`sentence_points`): the labelling
guide's "a numbered point under an item with its own topic and text is an item".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cpb_tui.importers.decimal_items import sentence_title
from cpb_tui.importers.titles import Heading, _title_like, tidy_title

# what follows the point's number: a title, then the text run on after a colon, a dash or a full stop
_TITLE_THEN_TEXT = re.compile(r"^(?P<title>[^:.\u2013\u2014]{2,80}?)(?:\s*:\s+|\s+[\u2013\u2014-]\s+|\.\s+)(?P<rest>\S.*)$")


def _point_pattern(number: str) -> re.Pattern[str] | None:
    """The shape of the points under an item numbered `number` ("51/19" -> "51/19.N", "4/07/17" -> "4.N/07/17")."""
    if re.fullmatch(r"\d{1,4}/\d{2,4}", number):
        return re.compile(rf"^\s*{re.escape(number)}\.(?P<point>\d{{1,2}})\b[:.]?\s+(?P<text>[A-Z\u201c\"'(].*)$")
    dated = re.fullmatch(r"(?P<item>\d{1,3})(?P<month>/\d{1,2}/\d{2,4})", number)
    if dated:
        return re.compile(rf"^\s*{dated.group('item')}\.(?P<point>\d{{1,2}}){re.escape(dated.group('month'))}\b[:.]?\s+(?P<text>[A-Z\u201c\"'(].*)$")
    return None


def reference_points(lines: list[str], heading: Heading, stop: int) -> list[Heading]:
    """The points under `heading` (lines up to `stop`) numbered with its reference, in order from 1; none where the item
    has none or they do not run 1, 2, 3 ..."""
    pattern = _point_pattern(heading.number)
    if pattern is None:
        return []
    points: list[Heading] = []
    for index in range(heading.body_start, stop):
        match = pattern.match(lines[index])
        if not match:
            continue
        if int(match.group("point")) != len(points) + 1:
            return []
        text = match.group("text").strip()
        split = _TITLE_THEN_TEXT.match(text)
        if split and _title_like(split.group("title").strip()):
            title, rest = split.group("title").strip(), split.group("rest")
        elif len(text.split()) <= 12 and not text.endswith("."):
            title, rest = text, None
        else:
            title, rest = " ".join(text.split()[:8]) + "\u2026", text
        number = match.group(0)[: match.start("text")].strip().rstrip(":.")
        points.append(Heading(index, index + 1, number, heading.value, tidy_title(title), heading.style, 0.5, rest))
    return points


# a point numbered again from 1 that starts its line, written as a sentence: "1. John Minton spoke about having a shop ..."
_SENTENCE_POINT = re.compile(r"^\s*\(?(?P<point>\d{1,2})[.)]\s+(?P<text>[A-Z\u201c\"'][^\s]*(?:\s+\S+){5,}.*)$")
_LATER_POINT = re.compile(r"^\s*\(?(?P<point>\d{1,2})[.)]\s+(?P<text>[A-Z\u201c\"'][^\s]*(?:\s+\S+){2,}.*)$")
_ANY_POINT = re.compile(r"^\s*\(?(?P<point>\d{1,2})[.)]\s+\S")  # (and "(1) Jane Withey spoke ...")


def sentence_points(lines: list[str], heading: Heading, stop: int, lead_in: Callable[[str], bool]) -> list[Heading]:
    """The topics of an item numbered again from 1, each a paragraph written as a sentence ("16/42 Public Participation"
    over "1. John Minton spoke about ...", "2. John also mentioned ..."): sub-items "16/42.1", "16/42.2", each titled by its
    first words. Only under an item whose title names topics brought to the meeting (the public's session, matters arising,
    questions, correspondence, reports); none where the list is a decision's clauses (after a line `lead_in` says announces
    them, a line that ends in "as follows" or "the following", or written "That ..."), where a numbered line breaks the run,
    or where fewer than two points run 1, 2."""
    if not TOPICS_TITLE.search(heading.title) or lead_in(heading.title) or re.search(r"(?i)\b(?:resolved|agreed|decided)\b", heading.rest or ""):
        return []
    points: list[Heading] = []
    for index in range(heading.body_start, stop):
        numbered = _ANY_POINT.match(lines[index])
        if not numbered:
            continue
        match = _SENTENCE_POINT.match(lines[index]) or points and _LATER_POINT.match(lines[index])  # (a later one may wrap early)
        if not match or int(match.group("point")) != len(points) + 1 or re.match(r"(?i)that\b", match.group("text")):
            return []
        if not points and any(lead_in(line[-300:]) or _ANNOUNCING.search(line[-200:]) for line in lines[heading.body_start : index] if line.strip()):
            return []  # "RESOLVED:" or "... resolved as follows." over "1. Approve the budget ...": the decision's clauses
        text = match.group("text").strip()
        number = f"{heading.number}.{match.group('point')}"
        points.append(Heading(index, index + 1, number, heading.value, tidy_title(sentence_title(text)), heading.style, 0.5, text))
    return points if len(points) >= 2 else []


# an item whose numbered paragraphs are topics of their own: the public's session, matters arising, questions, letters, reports
TOPICS_TITLE = re.compile(
    r"(?i)\b(?:public|open\s+forum|questions?|matters\s+arising|correspondence|reports?|updates?|information|any\s+other\s+business|"
    r"items?\s+(?:for|of)\s+(?:information|report|note)|members['\u2019]?\s+items?|actions?\s+(?:arising|outstanding|log|list|points|from)|outstanding\s+actions?)\b"
)
# a line announcing a list of decisions or of what was agreed ("... resolved as follows.", "... approved the following:")
_ANNOUNCING = re.compile(r"(?i)\b(?:as\s+follows|the\s+following|namely|resolved|agreed|decided|recommend\w*)\b[^.]*[.:;,\u2013-]?\s*$")
