"""Which lines are a page's items: its numbered run, or the headings the numbers stand under.

The generic parser asks `item_headings` first. Numbers win where they run (`numbering.py`); a tracker's keyed rows, an
agenda whose numbers became dashes, titles that lost their numbers (`unnumbered.py`), titles set apart by blank lines (`spaced_items.py`) and headings alone on their lines
stand in where they do not; and where a numbered run is only the points under one heading ("Matters Arising" over "1.",
"2.", "3."), or lists that start again at "1)" under each heading, the headings are the items.
"""

from __future__ import annotations

import re

from cpb_tui.importers.agenda_list import (
    agenda_list_items, bulleted_heading_items, dashes_before_the_numbers, minutes_list_items, dashed_heading_items, paragraph_items,
)
from cpb_tui.importers.captioned_bullets import captioned_bullets
from cpb_tui.importers.item_runs import lettered_items
from cpb_tui.importers.lettered_topics import lettered_topics
from cpb_tui.importers.number_gaps import _sentence_title
from cpb_tui.importers.numbering import Heading, numbered_items, paragraph_item_number
from cpb_tui.importers.outline import outline_items
from cpb_tui.importers.titles import tidy_title
from cpb_tui.importers.readings import chosen_reading, read_as
from cpb_tui.importers.spaced_items import spaced_items
from cpb_tui.importers.tracker import row_headings
from cpb_tui.importers.decision_cells import decision_cells
from cpb_tui.importers.standing_items import matters_arising_after_minutes, standing_between
from cpb_tui.importers.unnumbered import _run_in_title, heading_items, unnumbered_items

# the council's name over the page ("Harrowby Vale Parish Council"), never an item
BODY_NAME = re.compile(r"^[A-Z][\w,&'\u2019 -]{2,80}\b(?:Council|Authority|Board)$", re.IGNORECASE)


def item_headings(lines: list[str]) -> list[Heading]:
    """The items: numbered, else a tracker's keyed rows, else titles that lost their numbers, else headings (or read the
    way the clerk chose, `cpb import --items`)."""
    if chosen_reading() is not None:
        return read_as(chosen_reading(), lines)
    headings = dashes_before_the_numbers(lines, numbered_items(lines))  # (a list whose first numbers became dashes)
    headings = row_headings(lines, headings) or headings  # a tracker page's rows, each known by its key
    listed = agenda_list_items(lines)
    if len(listed) > len(headings):
        return listed  # an agenda whose numbers became dashes (its points numbered "9.1" stay inside their items)
    headings = outline_items(lines, headings) or headings  # (a web list's outline: its outer entries, bulleted or numbered)
    if len(headings) < 2 and not one_listed_item(lines, headings):
        headings = _points_of_the_meeting(lines) or unnumbered_items(lines) or spaced_items(lines) or decision_cells(lines) or _lower_case_headings(lines) or headings
    if len(headings) < 2:
        shaped = heading_items(lines)
        shaped = shaped[1:] if len(shaped) >= 4 and BODY_NAME.match(shaped[0].title) else shaped  # (the council's name over the page)
        # business lettered (a), (b), (c) with no numbers, where every other heading is the page's own title
        lettered = lettered_items(lines, Heading) if sum(1 for h in shaped if not re.match(r"\(\w\)", h.title)) <= 1 else []
        lettered = [] if lettered and any(h.index > lettered[0].index and not re.match(r"\(\w\)", h.title) for h in shaped) else lettered
        headings = lettered or shaped or headings
        # ("a)   Playground. The swing ..." to "d)", under "Bus shelter: ..." run-in headings, with no numbers anywhere)
        headings = (lettered_topics(lines) or headings) if len(headings) < 2 else headings
    elif _points_of_one_item(headings) or _list_led_in(headings, lines):
        # ("- Receive PCSO report: ..." headings whose list numbers were lost, and only the last item's points "10.1", "10.2" numbered)
        shaped = heading_items(lines)
        if len(shaped) >= 4 and shaped[3].index < headings[0].index:
            headings = shaped
    else:
        headings = _points_under_a_heading(headings, lines) or _lists_under_headings(headings, lines) or headings
        headings = _headings_after_one_line_minutes(_bulleted_after(headings, lines), lines)
        headings = standing_between(headings, lines)  # ("PUBLIC FORUM" alone between "13 DECLARATIONS ..." and "14 MATTERS ARISING")
        headings = matters_arising_after_minutes(headings, lines)  # ("Matters Arising" alone under the last minutes' approval)
    if len(headings) < 2:
        # minutes whose numbers (or every line) became dashes; bullets with their titles run in ("- Welcome: Cllr Hale welcomed ...")
        headings = dashed_heading_items(lines) or minutes_list_items(lines) or bulleted_heading_items(lines) or captioned_bullets(lines) or headings
    if len(headings) < 2 and not any(re.fullmatch(r"\d{1,4}", h.number or "") for h in headings) and not paragraph_item_number(lines):
        # minutes that lost every heading: a minute a paragraph (not where the page's one item keeps its number, "60 MINUTES")
        headings = paragraph_items(lines) or headings
    for heading in headings:
        decided = _DECIDED_IN_TITLE.match(heading.title)
        if decided:  # "(a) Chairman RESOLVED that Mr T Flett be appointed ...": the point's title, then its decision
            rest = (heading.rest or "").strip()
            rest = rest[len(heading.title):].strip() if rest.startswith(heading.title) else rest  # (text that repeats the line goes)
            heading.title, heading.rest = decided.group("title"), f"{decided.group('decision')} {rest}".strip()
    return headings


# a web page's "No. Item" table header ("Items" over "No. Item" over "219." over its title)
_ITEMS_HEADER = re.compile(r"^\s*\|?\s*(?:No\.?\s*\|?\s*Item|Rhif\s*\|?\s*Eitem)\s*\|?\s*$", re.IGNORECASE)


def one_listed_item(lines: list[str], headings: list[Heading]) -> bool:
    """Whether the one numbered item found stands straight under the page's "No. Item" header: the meeting's list, of
    which the page (or what was kept of it) holds one item; its scaffolding ("Agenda and minutes", "Items") is no item."""
    if len(headings) != 1:
        return False
    above = next((lines[i] for i in range(headings[0].index - 1, max(-1, headings[0].index - 4), -1) if lines[i].strip()), "")
    return bool(_ITEMS_HEADER.match(above))


# a point's short title run into its decision in capitals, on a page flattened into one line
# (a title in capitalised words, never who decided: "The Council RESOLVED that ...", "Members considered and RESOLVED to ...")
_DECIDED_IN_TITLE = re.compile(
    r"^(?!(?:The|It|All|Members|Councillors|Council|Committee|Board|Panel|Cabinet)\b)(?P<title>[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w'\u2019-]*|of|for|&)){0,5})"
    r"(?<!Council)(?<!Committee)(?<!Board)(?<!Panel)(?<!Commissioners)\s+(?P<decision>(?:RESOLVED|AGREED)\s+(?:that|to)\b.*)$"
)


_STANDING_ITEM = re.compile(
    r"(?i)(?:apologies|minutes|matters\s+arising|declarations?|finance|accounts|payments|planning|highways|correspondence|"
    r"(?:chair\w*|clerk)['\u2019]?s?\s+report|(?:any\s+)?other\s+business|date\s+of\s+(?:the\s+)?next)\b"
)


# a heading whose points are matters under it, never a container of the meeting's items ("Agenda Items", "Items for Decision")
# a point that ends in its owners' initials after a dash ("3. Chase the bus shelter repair \u2013 Cllr AB/CD", "\u2013 EF")
_OWNED_POINT = re.compile(r"\S[ \t]+[\u2013\u2014-][ \t]*(?:Cllrs?\.?[ \t]+)?[A-Z]{2,3}(?:[ \t]*/[ \t]*[A-Z]{2,3}){0,3}[ \t]*\.?[ \t]*$")
_HOLDS_POINTS = re.compile(r"(?i)^(?:matters\s+arising\b.*|correspondence|planning(?:\s+applications)?|(?:clerk|chair\w*)['\u2019]?s\s+report)$")


def _points_under_a_heading(headings: list[Heading], lines: list[str]) -> list[Heading] | None:
    """ "Matters Arising" over points "1.", "2.", "3.", among headings with no numbers ("Public Forum", "Planning",
    "Any Other Business") before and after them: the headings are the items, the numbered run one heading's points."""
    # (a longer run whose points mostly end in their owners' initials, "4. Ask the county about the culvert \u2013 Cllr AB/CD",
    # is one item's carried-forward tasks: its points that look like headings are the list's own)
    owned = 3 <= len(headings) <= 15 and sum(bool(_OWNED_POINT.search(lines[h.index])) for h in headings) * 3 >= len(headings) * 2
    if not (2 <= len(headings) <= 6 or owned) or [h.number for h in headings] != [str(n) for n in range(1, len(headings) + 1)]:
        return None
    shaped = heading_items(lines)
    shaped = shaped[1:] if shaped and BODY_NAME.match(shaped[0].title) else shaped  # (the council's name over the page)
    first, last = headings[0].index, headings[-1].index
    shaped = [h for h in shaped if not first <= h.index <= last] if owned else shaped
    if len(shaped) < 4 or not any(h.index < first for h in shaped) or not any(h.index > last for h in shaped) or any(first <= h.index <= last for h in shaped):
        return None
    # the heading the points stand under: the line just above the first point, a heading of sub-matters ("Matters Arising",
    # never "Agenda Items"), and points that are no business of their own ("1. Minutes:", "2. To approve ..." are items)
    over = max((h for h in shaped if h.index < first), key=lambda h: h.index)
    between = [line for line in lines[over.index + 1 : first] if line.strip()]
    if between or not _HOLDS_POINTS.match(over.title) or any(_STANDING_ITEM.match(re.sub(r"(?i)^to\s+\w+\s+(?:the\s+)?", "", h.title)) for h in headings):
        return None
    return shaped


_FIRST_POINT = re.compile(r"^\s*(?:\(1\)|1[.)])\s+\S")
# headings that open a part of the page, never a matter of its own: each part may number its items from 1
_PART = re.compile(r"(?i)^(?:agenda|minutes|notes|summons|present|in\s+attendance|part\s+(?:[ab12]|ii?)|exempt\b).*")


def _lists_under_headings(headings: list[Heading], lines: list[str]) -> list[Heading] | None:
    """ "Planning" over "1)", "2)"; "Finance" over "1)", "2)"; "Highways" over "1)", "2)": lists that start again from one
    under each heading are the headings' points, and the headings the items (never an agenda's and its minutes' runs)."""
    # (a point is short: a tracker's row of action, owner, date and update, under its section's heading, is an item)
    firsts = {index: above for index, line in enumerate(lines) if _FIRST_POINT.match(line) and len(line.strip()) <= 150
              and (above := next((i for i in range(index - 1, max(-1, index - 3), -1) if lines[i].strip()), None)) is not None
              and not lines[above].rstrip().endswith((".", ";", ",")) and not re.match(r"^\s*\(?\d", lines[above]) and not _PART.match(lines[above].strip())}
    if len(firsts) < 2 or headings[0].index not in firsts or all(_FIRST_POINT.match(lines[h.index]) for h in headings):
        # (the headings are looked for only where two lists start under short lines: never a cost on every page; and never
        # where every item was printed "1.", a list that lost its numbering, counted on)
        return None
    shaped = [h for h in heading_items(lines) if not BODY_NAME.match(h.title)]
    if len(shaped) < 3 or not any(re.search(r"(?i)\b(?:minutes|present|apologies)\b", line) for line in lines[: shaped[0].index]):
        return None
    starts = {h.index for h in shaped}
    restarted = {index for index, above in firsts.items() if above in starts}
    return shaped if len(restarted) >= 2 and headings[0].index in restarted else None


def _list_led_in(headings: list[Heading], lines: list[str]) -> bool:
    """ "The reviews now running are:" over "1. Allotment Waiting List Review", "2. Street Lighting Review": the only numbers found
    are a short list a colon leads into, under one of the page's headings."""
    if not 2 <= len(headings) <= 5 or [h.number for h in headings] != [str(n) for n in range(1, len(headings) + 1)]:
        return False
    above = next((line.strip() for line in reversed(lines[: headings[0].index]) if line.strip()), "")
    return above.endswith(":")


def _points_of_one_item(headings: list[Heading]) -> bool:
    """ "10.1", "10.2": the only numbers found are two or three points of one item."""
    return 2 <= len(headings) <= 3 and all(re.fullmatch(r"\d{1,2}\.\d{1,2}", h.number or "") for h in headings) and len({h.number.split(".")[0] for h in headings}) == 1


# a meeting's own heading over its minutes ("Minutes of the Parish Council Meeting held on 3rd June 2036 @ 7.00pm")
_MEETING_MINUTES = re.compile(r"(?i)^\s*minutes\s+of\s+(?:the\s+|an?\s+)?(?:[\w'\u2019-]+\s+){0,6}?meeting\b.*\bheld\b")
_MEETING_POINT = re.compile(r"^\s*(?P<number>\d{1,3}\.\d{1,2})\.?\s+(?P<text>[A-Z].*?)\s*$")


def _points_of_the_meeting(lines: list[str]) -> list[Heading]:
    """ "41.1 The Minutes of the last meeting were APPROVED ...", "41.2 Matters arising ...:" with no "41" printed, under the
    meeting's own heading and its attendance: each point is an item (an item's page, its paragraphs 17.1, 17.2 under the
    item's title, stays one item 17)."""
    major = paragraph_item_number(lines)
    first = next((line for line in lines if line.strip()), "")
    points = [(index, found) for index, line in enumerate(lines) if (found := _MEETING_POINT.match(line)) and found.group("number").split(".")[0] == major]
    if major is None or len(points) < 2 or not _MEETING_MINUTES.match(first) \
            or not any(re.match(r"(?i)\s*present\b", line) for line in lines[: points[0][0]]):
        return []
    present = next(index for index, line in enumerate(lines) if re.match(r"(?i)\s*present\b", line))
    if any(re.fullmatch(r"\s*[A-Z][A-Za-z'\u2019&/ -]{2,50}", line) and len(line.split()) <= 6 for line in lines[present + 1 : points[0][0]]):
        return []  # ("Election of Chairman" over its minute, then "Finance" over 2.1, 2.2: headed items, the points theirs)
    found = []
    for index, point in points:
        text = point.group("text")
        short = len(text.split()) <= 12 and not text.endswith(".")  # ("41.2 Matters arising from the minutes:")
        title = tidy_title(text.rstrip(":") if short else _sentence_title(text))
        found.append(Heading(index, index + 1, point.group("number"), int(major), title, "inline", 1.0, None if short else text))
    return found


# a heading in capitals after a bullet, alone or run into its text: "\u2022 MINUTES OF THE PREVIOUS MEETING held on ...",
# "- MANAGEMENT OF P.C. ASSETSNew bench fitted ...", "\u2022 COUNTY COUNCILLOR'S REPORT"
_BULLETED_CAPS = re.compile(
    r"^\s*[\u2022\u25cf\u25aa*-]\s+(?P<title>[A-Z][A-Z'\u2019/&.,()-]+(?:\s+[A-Z'\u2019/&.,()\u2013-]+)+?)"
    r"(?=[A-Z][a-z]|\s+[a-z(]|\s+[A-Z][a-z]|\s*[:\u2013-]*\s*$)(?P<rest>.*)$"
)


def _bulleted_after(headings: list[Heading], lines: list[str]) -> list[Heading]:
    """ "1. APOLOGIES", "2. Declarations", then "\u2022 MINUTES OF THE PREVIOUS MEETING ...", "\u2022 PLANNING": a list whose later
    numbers became bullets. Two or more bulleted headings in capitals after the first number are items too (never a
    decision's or a motion's words, "\u2022 RESOLVED THAT ...", "- PROPOSED BY Cllr Hale")."""
    found = []
    for index in range(headings[0].body_start, len(lines)):
        caps = _BULLETED_CAPS.match(lines[index])
        if not caps or sum(ch.isalpha() for ch in caps.group("title")) < 8 or _DECISION_WORD.search(caps.group("title")):
            continue
        title, rest = caps.group("title").strip(" -\u2013:"), caps.group("rest").strip()
        # ("MINUTES OF THE PREVIOUS MEETING held on ... were agreed": the heading is the sentence's subject, kept with it)
        sentence = rest[:1].islower()
        found.append(Heading(index, index + 1, "", 0, tidy_title(title), "heading", 1.0,
                             f"{title} {rest}" if sentence else rest.lstrip(" :\u2013-") or None))
    known = {h.index for h in headings}
    found = [h for h in found if h.index not in known]
    # (only after the highest number: bullets in capitals between numbered items are those items' own, "- MILL LANE by the
    # bridge"; points numbered again from 1 under the bullets do not count)
    def inside_run(bullet: Heading) -> bool:  # (numbered "2." before it and "3." after: the bullet is item 2's own)
        before = [h for h in headings if h.index < bullet.index]
        after = [h for h in headings if h.index > bullet.index]
        restarted = any(re.match(r"\s*1[.)]\s", line) for line in lines[bullet.index + 1 : after[0].index]) if after else False
        return bool(before and after) and after[0].value == before[-1].value + 1 and not restarted

    after_last = bool(found) and not any(inside_run(h) for h in found)
    return sorted(headings + found, key=lambda h: h.index) if len(found) >= 2 and headings[0].value == 1 and after_last else headings


_DECISION_WORD = re.compile(r"\b(?:RESOLVED|AGREED|PROPOSED|SECONDED|ACTIONS?|NOTED|APPROVED|CARRIED|RECOMMENDED)\b")


# a numbered minute whole on its line, its title and then its record: "08.07.03 / Declarations of Interest: none.",
# "P40/41.74 Minutes. RESOLVED: That the Chairman ... signed."
_WHOLE_MINUTE = re.compile(r"^\s*\S+\s*(?:/\s*)?[A-Z][^.:]{2,80}?(?:[.:]\s+|\s[-\u2013]\s)\S.*[.!?)]\s*$")


_LEADS_INTO = re.compile(r"(?i)\b(?:the\s+following|as\s+follows|below)\b[^.]*[.:]?\s*$|:\s*$")


def _headings_after_one_line_minutes(headings: list[Heading], lines: list[str]) -> list[Heading]:
    """ "Questions from members of the public:" or "Planning Applications" alone on its line straight after a numbered minute
    whole on its line ("08.07.03 / Declarations of Interest: none."), over text of its own before the next number: an item
    with no number (a heading under a number that only titles its item, "4. Planning" over "Applications:", stays its own)."""
    known = {h.index for h in headings}
    found = []
    for heading in headings:
        if heading.number is None or not _WHOLE_MINUTE.match(lines[heading.index]) or _LEADS_INTO.search(lines[heading.index]):
            continue  # (never under a minute that leads into what follows: "Correspondence: the following was received.")
        at = next((i for i in range(heading.index + 1, min(len(lines), heading.index + 4)) if lines[i].strip()), None)
        title = lines[at].strip().rstrip(" :\u2013-") if at is not None and at not in known else ""
        below = next((i for i in range(at + 1, min(len(lines), at + 5)) if lines[i].strip()), None) if title else None
        if below is None or below in known or not re.fullmatch(r"[A-Z][A-Za-z'\u2019 ,&/()-]+", title) or re.match(r"(?i)(?:signed|dated|date|chair\w*)\b", title) \
                or re.search(r"\b(?:was|were|is|are|had|has|have|will|would|said|noted|agreed|reported|[a-z]{3,}ed)\b", title) or not _run_in_title(title):
            continue
        found.append(Heading(at, at + 1, "", 0, tidy_title(title), "heading", 1.0))
    return sorted(headings + found, key=lambda h: h.index) if found else headings


# "chairman's report", "matters arising from the minutes": a short heading all in lower case, a newspaper's summary of a meeting
_LOWER_HEADING = re.compile(r"^\s*[a-z][a-z'\u2019&/-]*(?:\s+[a-z'\u2019&/-]+){1,7}\s*$")
_NO_HEADING_WORD = re.compile(r"\b(?:was|were|is|are|had|has|have|will|would|said|and\s+the|of\s+the\s+\w+\s+of)$|\b[a-z]{3,}ed\b"
                              r"|^(?:all|none|nobody|everyone|unanimously)\b|\b(?:in\s+favour|against|abstain\w*|nem\.?\s*con\.?|carried|agreed)\b")  # (never a vote)


def _lower_case_headings(lines: list[str]) -> list[Heading]:
    """Two or more short lines all in lower case, each after a line that ends its sentence (or first) and over a paragraph
    that opens with a capital: the page's headings (never a sentence's wrapped end, whose line above runs on)."""
    found = []
    for index, line in enumerate(lines):
        if not _LOWER_HEADING.match(line) or _NO_HEADING_WORD.search(line.strip()):
            continue
        above = next((lines[i].strip() for i in range(index - 1, -1, -1) if lines[i].strip()), "")
        below = next((lines[i].strip() for i in range(index + 1, min(len(lines), index + 4)) if lines[i].strip()), "")
        if (not above or above.endswith((".", ":", "!", "?", '"', "\u201d"))) and re.match(r"[A-Z].{40,}", below):
            found.append(Heading(index, index + 1, "", 0, line.strip(), "heading", 1.0))
    return found if len(found) >= 2 else []
