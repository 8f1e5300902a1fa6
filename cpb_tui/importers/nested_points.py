"""Points numbered again from 1 and set in deeper than the item they stand under: a list nested by its indent.

A web page or a Word export keeps a list's depth as its indent:

    6. Matters arising:
      1. Bus shelter - the clerk has chased the district.
      2. Footpath signs - two are still missing.
    7. Planning

The points "1." and "2." are not items 1 and 2 of the meeting: they are points of item 6 (the labelling guide's "a point
under an item with its own topic and text is an item of its own"), stored as 6.1 and 6.2 so that a task in one is that
point's. Only the indent says so; a list printed at its item's own depth is left to the other readers. A decision's
clauses ("RESOLVED:" over "1. That ...") are never points.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from cpb_tui.importers.decimal_items import sentence_title
from cpb_tui.importers.layout import is_caps_line
from cpb_tui.importers.numbered_lines import title_cased
from cpb_tui.importers.reflow import MONTH_NAMES
from cpb_tui.importers.reference_points import TOPICS_TITLE
from cpb_tui.importers.titles import Heading, _title_like, cited_title_and_rest, tidy_title

# any numbered line that can head a list: "6.", "6 .", "17/5", "20.10.03", "Item 4", set in by its indent
_NUMBERED = re.compile(r"^(?P<indent>[ \t\u00a0]*)(?:(?i:item|minute)\s+)?\d{1,4}(?:[./]\d{1,3}){0,2}\s?[.):]?\s+\S")
# a point of the list: a bare number and its stop, then its text
_POINT = re.compile(r"^(?P<indent>[ \t\u00a0]*)(?P<point>\d{1,2})[.)]\s+(?P<text>\S.*?)\s*$")
# "4.2 Orchard House": a point of an item, never the item a list stands under
_POINT_OF_AN_ITEM = re.compile(r"^\s*\d{1,3}\.\d{1,2}(?!\.?\d)")
# a line that announces a list of what was decided: "... was dealt with as follows.", "... agreed the following:"
_FOLLOWING = re.compile(r"(?i)\b(?:as\s+follows|the\s+following|namely)\b[^.]{0,40}[.:;,\u2013-]?\s*$")
# a decision's clause, not a point: "1. That the budget ...", "2. to approve ...", "1. Agreed to ...", "2. Approved that ..."
_CLAUSE = re.compile(r"^(?:[Tt]hat\b|[a-z]|(?i:agreed|resolved|approved|decided)\b)")
# an item's line that a list can stand under: its number, then a title (never a date, "14 May 2037", a count, "7 councillors
# present", an address, "12 Church Street", or a page's footer, "1 | Page")
_ITEM_LINE = re.compile(r"^\s*(?:(?i:item|minute)\s+)?(?P<number>\d{1,4}(?:[./]\d{1,3}){0,2})\s?[.):]?\s+[A-Z\u2018\u201c\"'(]")
# the last word of a street's name ("Church Street", "Mill Close")
STREET_WORDS = "Road|Street|Lane|Close|Avenue|Drive|Way|Place|Court|Crescent|Gardens|Terrace|Hill|Green|Row"
_NOT_AN_ITEM = re.compile(rf"^\s*\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_NAMES})\b|^\s*\d{{1,4}}[a-z]?\s+[A-Z][a-z]+\s+(?:{STREET_WORDS})\b")
# what opens a meeting's minutes ("1. Apologies ...", "1. Present: ..."): a list that starts so is the minutes, never points
_OPENING = re.compile(r"(?i)^(?:apolog|present\b|welcome|attendance|members\s+present|chair\w*['\u2019]?s?\s+welcome)")
# a roster's or a payment list's lines ("Cllr Amos", "\u00a3120.00 Eastwater Ltd", "Village Hall \u2013 hall hire \u00a342.00"): no points of business
_LISTED = re.compile(r"^(?:.{0,80}[\u00a3$\u20ac]\s?\d[\d,]*(?:\.\d\d)?\s*$|[\u00a3$\u20ac]\s?\d|\d[\d,]*\.\d\d\b|(?:Cllrs?|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?\s*(?:\(.{0,30}\))?\s*$)")


def depth(line: str) -> int:
    """How far a line is set in (a tab as four spaces)."""
    lead = line[: len(line) - len(line.lstrip(" \t\u00a0"))]
    return len(lead) + 3 * lead.count("\t")


def listed_points(lines: list[str], announces: Callable[[str], bool]) -> dict[int, tuple[int, int]]:
    """Every list of points under an item, read once for a page: under a topics item at its depth (`topic_points`), and
    set deeper than its item (`nested_points`, which wins where both read a line)."""
    return topic_points(lines, announces) | nested_points(lines, announces)


def nested_points(lines: list[str], announces: Callable[[str], bool]) -> dict[int, tuple[int, int]]:
    """The lines that are points of a nested list, each with the line of the item it stands under and its point number:
    runs of two or more points numbered 1, 2, 3 ... at one indent, deeper than the numbered line above them, and ended by
    a numbered line no deeper than that one. `announces` says whether a line announces a decision's clauses."""
    # each numbered line once: (its line, its depth, its point's number or 0, its point's text)
    marks = [(index, depth(line), int(point.group("point")) if (point := _POINT.match(line)) else 0, point.group("text") if point else "")
             for index, line in enumerate(lines) if _NUMBERED.match(line)]
    shapes = Counter(_shape(lines[index], at_depth) for index, at_depth, _, _ in marks)
    found: dict[int, tuple[int, int]] = {}
    stack: list[tuple[int, int]] = []  # the numbered lines open above, each deeper than the one before: (line, depth)
    done = -1
    counted: Counter[int] = Counter()  # the points found so far under each item (a second list under it counts on)
    for position, (index, inner, number, _) in enumerate(marks):
        while stack and stack[-1][1] >= inner:
            stack.pop()
        parent = stack[-1][0] if stack else -1
        # (the item a list stands under has a title, and siblings printed as it is at its depth: "  3. Matters arising" among
        # "  2." and "  4.")
        if number == 1 and index > done and parent >= 0 and index - parent <= 300 and shapes[_shape(lines[parent], stack[-1][1])] >= 2:
            run, passed = _run_from(lines, marks, position, parent, announces)
            for point, at in enumerate(run, start=counted[parent] + 1):
                found[at] = (parent, point)
            counted[parent] += len(run)
            done = run[-1] if run else max(done, passed)  # (a list printed "1." each time and turned down is passed over whole)
        stack.append((index, inner))
    return found


def _shape(line: str, at_depth: int) -> tuple[int, str] | None:
    """An item line's depth and the shape of its number ("3." -> "9.", "17/5" -> "9/9"); None for a line that is no item's."""
    item = _ITEM_LINE.match(line)
    if item is None or _NOT_AN_ITEM.match(line):
        return None
    return at_depth, re.sub(r"\d+", "9", item.group("number")) + line[item.end("number") : item.end("number") + 1].strip()


# "5. Actions arising from the minutes.", "23 Matters Arising & Outstanding Actions": an item whose title names topics, over
# its points numbered again from 1 at its own depth
_TOPICS_ITEM = re.compile(r"^\s*(?P<value>\d{1,3})[.)]?\s+(?P<title>[A-Z].{2,120}?)\s*$")
_ONE = re.compile(r"^\s*1[.)]\s+\S")
_TITLE_ALONE = re.compile(r"^[A-Z][\w'\u2019&/-]*(?:\s+[\w'\u2019&/-]+){0,5}$")  # "Meeting Minutes": a heading of the page's next part
_PLAIN_POINT = re.compile(r"^\s*(?P<point>\d{1,2})[.)]?\s+(?P<text>[A-Z\u00a3\u201c\"'].*?)\s*$")


def topic_points(lines: list[str], announces: Callable[[str], bool]) -> dict[int, tuple[int, int]]:
    """Points numbered again from 1 straight under an item whose title names topics (matters arising, actions, reports, the
    public's questions), printed at the item's own depth: "5. Actions arising from the minutes." over "1. Generate the risk
    assessment. Action - Mr Kaye", "2. ...". Each with the item's line and its point number, as `nested_points` gives them;
    none where the list is a decision's clauses or an agenda's headings in capitals, and none on a page whose list starts
    again at "1." more than once (a web page's list restarted between its items, counted on as items)."""
    found: dict[int, tuple[int, int]] = {}
    ones = Counter(depth(line) for line in lines if _ONE.match(line))
    index = 0
    while index < len(lines):
        item = _TOPICS_ITEM.match(lines[index])
        if not item or int(item.group("value")) < 2 or not TOPICS_TITLE.search(item.group("title")) or announces(item.group("title")):
            index += 1
            continue
        run = _topic_run(lines, index, int(item.group("value")), announces)
        if len(run) >= 2 and ones[depth(lines[run[0]])] < 3:
            found.update({at: (index, position) for position, at in enumerate(run, start=1)})
            index = run[-1] + 1
            continue
        index += 1
    return found


def _topic_run(lines: list[str], index: int, value: int, announces: Callable[[str], bool]) -> list[int]:
    """The lines of the points numbered 1, 2, 3 ... under the topics item at line `index`, numbered `value`."""
    run: list[int] = []
    for at in range(index + 1, min(len(lines), index + 400)):
        point = _PLAIN_POINT.match(lines[at])
        if point is None:
            if at - (run[-1] if run else index) > 40:
                break
            if not run and _TITLE_ALONE.match(lines[at].strip()):
                return []  # ("6. Correspondence" then "Meeting Minutes" over "1. Present: ...": the next part of the page)
            continue
        text = point.group("text")
        if int(point.group("point")) != len(run) + 1 or is_caps_line(re.split(r"[:\u2013]", text)[0]) or _CLAUSE.match(text) \
                or run and depth(lines[at]) != depth(lines[run[0]]):
            break  # (a point set at another depth than the first is no longer the list's: "  4. Annual Meeting" after "    3.")
        if not run and (_OPENING.match(text) or _lead_in(lines, index, at, announces)):
            return []  # ("RESOLVED:" over "1. ...": the decision's clauses; "1. Apologies ...": the minutes after an agenda)
        if len(run) == value and _item_after(text, lines, run):
            break  # "2. Progress reports" over "1. Bus shelter ...", "2. Street lighting ...", then "3. Open Session": the next item
        run.append(at)
    return run if not _all_listed(lines, run) else []


def _item_after(text: str, lines: list[str], run: list[int]) -> bool:
    """Whether the point numbered as the item after the list's own is that item: a short title where the list's points are
    sentences, or any short title ("4. Finance", "3. Open Session"); the list's points written alike run on ("6. Arrange a
    demonstration of the cameras. Action \u2013 Mr Jago" among "1." to "7." under "5. Actions arising")."""
    first = (_PLAIN_POINT.match(lines[run[0]]) or _POINT.match(lines[run[0]])).group("text") if run else ""  # type: ignore[union-attr]
    title = re.split(r"[:\u2013]|\s-\s", text)[0].strip()
    alike = bool(re.search(r"(?i)\baction\b", first)) == bool(re.search(r"(?i)\baction\b", text)) and first.rstrip().endswith(".") == text.rstrip().endswith(".")
    return len(title.split()) <= 6 and not title.endswith(".") or not alike


def _run_from(lines: list[str], marks: list[tuple[int, int, int, str]], first: int, parent: int, announces: Callable[[str], bool]) -> tuple[list[int], int]:
    """The lines of the run of points that opens with the "1." of `marks[first]`, under the item at line `parent` (none
    where it is no nested list), and, for a list printed "1." each time that is turned down, its last line read."""
    start, inner = marks[first][0], marks[first][1]
    if _POINT_OF_AN_ITEM.match(lines[parent]):
        return [], -1  # ("4.2 Orchard House" over "  1. FINANCE": a web agenda's list that starts again after each point, no nesting)
    if _lead_in(lines, parent, start, announces):
        return [], -1  # "RESOLVED:" over "1. ...", "2. ...", or "... dealt with as follows.": the decision's clauses
    run: list[int] = []
    ones = False  # (a web page that printed each point as a list of its own: "1." over and over, counted on)
    for position in range(first, len(marks)):
        index, at_depth, number, text = marks[position]
        if index - (run[-1] if run else start) > 60:
            break  # (a list's points stand near each other)
        # (never where the second "1." opens a list of its own, "1.", "2.", "3." after a point printed "1." alone)
        ones = ones or len(run) == 1 and number == 1 and at_depth == inner and not _counts_on(marks, position)
        if (number == 1 if ones else number == len(run) + 1) and at_depth == inner:
            if _CLAUSE.match(text) or not run and _OPENING.match(text):
                return [], index if ones else -1  # (a decision's clauses; or the minutes themselves, set in under an agenda's last item)
            run.append(index)
        elif at_depth <= inner:
            break  # the next item, or a list that breaks the run
    if len(run) >= 2 and not _all_listed(lines, run):
        return run, -1
    return [], run[-1] if ones else -1


def _counts_on(marks: list[tuple[int, int, int, str]], position: int) -> bool:
    """Whether the next numbered line at the depth of `marks[position]` (a "1.") is its "2."."""
    inner = marks[position][1]
    following = next((marks[at] for at in range(position + 1, len(marks)) if marks[at][1] <= inner), None)
    return following is not None and following[1] == inner and following[2] == 2


def _lead_in(lines: list[str], parent: int, start: int, announces: Callable[[str], bool]) -> bool:
    """Whether the lines over a list (the item's title, and the two lines just above the list, a lead-in that wrapped)
    announce a decision's clauses: "RESOLVED:", "... as follows.", "... it was unanimously", "... to award grants to"."""
    above = [lines[i].strip() for i in range(start - 1, max(parent, start - 60) - 1, -1) if lines[i].strip()][:2]
    title = re.sub(r"^\s*\S+\s+", "", lines[parent])[-200:]
    return any(announces(line) or _FOLLOWING.search(line) or _DECIDED.search(line) for line in [title, *above, " ".join(reversed(above))]) \
        or bool(above) and _OPEN_END.search(above[0]) is not None


# a lead-in's words anywhere in it: "... members RESOLVED unanimously to do the work below, subject", "Grants - RESOLVED to award"
_DECIDED = re.compile(r"\b(?:RESOLVED|AGREED|DECIDED)\b|(?i:\b(?:resolved|agreed|decided)\s+(?:to|that|unanimously|as)\b)")
# a line left open over its list: "... it was unanimously", "... to the council and", "... the grants below to"
_OPEN_END = re.compile(r"(?i)\b(?:was|were|unanimously|to|that|and|the|below|following|subject)\s*$")


def _all_listed(lines: list[str], run: list[int]) -> bool:
    """Whether a run's points are a roster or a payment list ("Cllr Amos", "\u00a3120.00 Eastwater Ltd"), not business."""
    texts = [(_POINT.match(lines[at]) or _PLAIN_POINT.match(lines[at])).group("text") for at in run]  # type: ignore[union-attr]
    return sum(1 for text in texts if _LISTED.match(text) or len(text.split()) <= 5 and re.match(r"[\u00a3$\u20ac]?\s?\d", text)) * 2 > len(texts)


def points_under(lines: list[str], heading: Heading, found: dict[int, tuple[int, int]], stop: int) -> list[Heading]:
    """The nested points under `heading` (its line up to `stop`), as sub-items "6.1", "6.2" (under "17/5", "17/5.1"): a short
    title alone on its line is the point's title; a sentence is titled by its first words and kept as its text."""
    points: list[Heading] = []
    for index in range(heading.index + 1, stop):
        if found.get(index, (-1, 0))[0] != heading.index:
            continue
        text = (_POINT.match(lines[index]) or _PLAIN_POINT.match(lines[index])).group("text")  # type: ignore[union-attr]
        title, rest = _title_of(text)
        number = f"{heading.number}.{found[index][1]}"
        points.append(Heading(index, index + 1, number, heading.value, tidy_title(title), heading.style, 0.5, rest))
    return points


def _title_of(text: str) -> tuple[str, str | None]:
    """A point's title and its text: "Village social   It was agreed ..." -> "Village social" over "It was agreed ..."; a short
    title alone; else the sentence's first words ("The clerk confirmed a letter"), the whole sentence kept as its text."""
    title, rest = cited_title_and_rest(text)
    title = re.split(r"(?<=[a-z0-9)])\.\s", title)[0]  # ("Negotiate with the solicitors. Action \u2013 The Clerk": its first sentence)
    if rest is not None and len(title.split()) <= 10:
        # (the text after the title; the whole point where an action's tag follows: "Generate the risk assessment. Action \u2013
        # Mr Kaye" is its task)
        # (and where the title is itself a task, "Clerk to write to the county. Done.", or the text after it a word or two)
        told = re.search(r"(?i)\bactions?\s*(?:by\s*)?[:\u2013-]", text) or re.search(r"\bto\s+[a-z]{3,}\b", title) or len(rest.split()) <= 3
        return title, text if told else rest
    if len(text.split()) <= 12 and not text.endswith((".", ";", ",")) and _title_like(text):
        return text, None
    if len(text.split()) <= 12 and text.endswith(".") and title_cased(text):
        return text[:-1], None  # ("Prospect Place \u2013 Repairs to Cobbled Road.": a title with its stop)
    named = re.split(r"(?<=[a-z0-9)])\.\s", sentence_title(text))[0]
    if len(named.split()) <= 2:
        named = " ".join(text.split()[:8]) + " \u2026"  # (never "County Cllr" cut at its stop)
    return named, text
