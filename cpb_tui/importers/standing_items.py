"""The standing business minutes record before their first numbered item, with no numbers of their own.

Many minutes number only the substantive business: apologies, declarations of interest, the last
meeting's minutes and the public's questions come first, each a short paragraph ("Apologies were
received from Cllr Orr.", "There were no declarations of interest.") or a heading run into its text
("APOLOGIES - received from Mr Hart."). Each is an item of its own, as a clerk would list it.
"""

from __future__ import annotations

import re

from cpb_tui.importers.layout import is_caps_line
from cpb_tui.importers.titles import Heading, tidy_title

# "Declarations of Interest", "Declaration of Pecuniary Interests", "Members' Declarations of Interest"
_DECLARATIONS = r"Declarations?\s+of\s+(?:pecuniary\s+|personal\s+|members['\u2019]?\s+)?interests?"

# a heading of its own, alone on its line ("Declarations of Interest", "Minutes of the last meeting:")
_ALONE = re.compile(
    r"^\s*(?P<title>(?:Apologies(?:\s+for\s+absence)?|" + _DECLARATIONS +
    r"(?:\s*(?:,|and|&)\s*(?:dispensations?|predetermination|lobbying)){0,2}"  # ("Declaration of Interests, Dispensations and Predetermination:")
    r"|(?:(?:Approval|Confirmation)\s+of\s+(?:the\s+)?)?Minutes\s+of\s+(?:the\s+)?(?:last|previous)\s+meetings?|(?:Approval|Confirmation)\s+of\s+(?:the\s+)?minutes"
    r"|Matters\s+arising(?:\s+from\s+the\s+minutes)?"
    r"|Public\s+(?:forum|participation|questions?|speaking|session)|Open\s+forum|Chair(?:man|person)?['\u2019]?s?\s+(?:report|announcements|welcome))"
    r")(?:\s*\([^()]{0,40}\))?(?:\s+pdf\s+icon\b.*)?\s*[:.]?\s*$",  # ("Minutes of the last meeting (3 May 2034) pdf icon PDF 120 KB")
    re.IGNORECASE,
)

# a heading in capitals run into its text ("APOLOGIES - received from Mr Hart", "PUBLIC SPEAKING - the meeting was ...")
_RUN_IN = re.compile(
    r"^\s*(?P<title>APOLOGIES(?:\s+FOR\s+ABSENCE)?|DECLARATIONS?\s+OF\s+INTERESTS?|MINUTES(?:\s+OF\s+THE\s+(?:LAST|PREVIOUS)\s+MEETING)?"
    r"|MATTERS\s+ARISING|PUBLIC\s+(?:FORUM|PARTICIPATION|QUESTIONS?|SPEAKING|SESSION)|OPEN\s+FORUM)"
    r"(?:\s*[:\u2013\u2014-]+\s*|\s+(?=of\s+the\s|received\b|were\b|was\b))(?P<rest>\S.*)$"
)

# any heading in capitals run into its text after a stop, a colon or nothing, in the standing business before the
# first number ("DECLARATION OF PECUNIARY INTERESTS. Cllr Roe declared ...", "APOLOGIES Cllrs Hay and Lund.", "MINUTES OF
# MEETING HELD ON 4TH MAY. These were approved."): two words or more, or one standing word; never a decision's own word
CAPS_RUN_IN = re.compile(
    r"^\s*(?P<title>(?!(?:RESOLVED|AGREED|PROPOSED|SECONDED|ACTIONS?|NOTED|DECISION|CARRIED|NOTE|PRESENT|CHAIR\w*|CLERK)\b)"
    r"[A-Z][A-Z0-9'\u2019&/,()-]*[A-Z0-9)](?:\s+[A-Z0-9][A-Z0-9'\u2019&/,()-]*){0,9}?)"
    r"(?:\s*[.:]\s+|\s+(?=[A-Z][a-z]))(?P<rest>[A-Z](?=.*[a-z]).*)$"
)


def caps_run_in(line: str) -> re.Match[str] | None:
    """A heading in capitals run into its text (`CAPS_RUN_IN`), of two words or more or one of the standing business, never
    the page's own heading ("PARISH COUNCIL Minutes of the meeting ...")."""
    found = CAPS_RUN_IN.match(line)
    if found is None or sum(ch.isalpha() for ch in found.group("title")) < 6 or re.match(r"(?i)(?:minutes|notes|agenda)\s+(?:of|for)\b", found.group("rest")):
        return None
    title = found.group("title")
    return found if " " in title and not re.search(r"\b(?:COUNCIL|COMMITTEE|BOARD|PANEL)$", title) or _RUN_IN.match(f"{title}: x") else None


# a record's sentence that names its business ("Apologies were received from ...", "There were no declarations of interest.")
_SENTENCE = [
    ("Apologies", re.compile(r"^\s*(?:Apologies|An\s+apology)(?:\s+for\s+absence)?\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:received|given|submitted|tendered|noted|accepted)\b", re.I)),
    ("Apologies", re.compile(r"^\s*(?:There\s+were\s+no\s+apologies|No\s+apologies)\b", re.I)),
    ("Declarations of interest", re.compile(r"^\s*(?:There\s+(?:were|was)\s+no\s+declarations?|No\s+(?:declarations?|interests?)\s+(?:of\s+interest\s+)?(?:were|was)\s+(?:made|declared|received|recorded))\b", re.I)),
    ("Declarations of interest", re.compile(r"^\s*(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?\s+declared\s+an?\s+(?:\w+\s+)?(?:interest|association|connection)\b")),  # ("... declared an association with the Pre-School")
    ("Public questions", re.compile(r"^\s*There\s+(?:were|was)\s+no\s+(?:public\s+)?(?:questions|public\s+(?:participation|forum|speaking))\b", re.I)),
    # ("Minutes of last meeting be accepted proposed AB Seconded CD": the article left out)
    ("Minutes of the last meeting", re.compile(r"^\s*(?:Consideration\s+was\s+given\s+to\s+the\s+minutes|(?:The\s+)?minutes\s+of\s+(?:the\s+)?(?:last|previous)\s+meeting)\b", re.I)),
]


# the attendance ("Present:", "IN ATTENDANCE:"): standing items come after it, never inside it
ATTENDING = re.compile(r"^\s*(?:present|in\s+attendance|also\s+present|councillors\s+present|members\s+present|attendees|attendance|those\s+present)\b", re.IGNORECASE)


_BULLET = re.compile(r"^\s*[-\u2022\u2013*]\s+(?=[A-Z])")


def standing_items(lines: list[str]) -> list[tuple[str, int, list[str]]]:
    """The standing items among `lines` (what comes before the first numbered item): each item's title, the index of
    its first line, and its text. None unless two or more are found, one after the other (never one sentence alone)."""
    starts: list[tuple[int, str, str | None]] = []  # (index, title, the text run in after a heading)
    after = max((index + 1 for index, raw in enumerate(lines) if ATTENDING.match(raw)), default=0)
    for index, raw in enumerate(lines):
        raw = _BULLET.sub("", raw)  # ("- APOLOGIES FOR ABSENCE: Cllr Hart", "\u2022 Cllr Orr declared an interest ...": a bullet for a number)
        if index < after or not raw.strip()[:1].isupper():
            continue  # (inside the attendance; a line wrapped from a sentence above it)
        alone = _ALONE.match(raw)
        if alone and len(raw.split()) <= 8:
            starts.append((index, _tidy(alone.group("title")), None))
            continue
        run_in = _RUN_IN.match(raw)
        if run_in and re.match(r"(?i)of\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?meeting\b.*\bheld\b", run_in.group("rest")):
            continue  # "MINUTES of the Parish Meeting held on ...": the page's own heading
        if run_in:
            # ("MINUTES of the last meeting were read out and approved": the heading is the sentence's subject, kept with it)
            sentence = not re.search(r"[:\u2013\u2014-]", raw[run_in.end("title") : run_in.start("rest")])
            starts.append((index, _tidy(run_in.group("title")), raw.strip() if sentence else run_in.group("rest")))
            continue
        capitals = caps_run_in(raw)
        if capitals:
            starts.append((index, tidy_title(capitals.group("title")), capitals.group("rest")))
            continue
        named = next((title for title, pattern in _SENTENCE if pattern.match(raw)), None)
        if named and not (starts and _key(starts[-1][1]) == _key(named)):
            starts.append((index, named, raw))  # (a sentence under its own heading, "Apologies" over "Apologies were ...", is its text)
    if len(starts) < 2 or len({_key(title) for _, title, _ in starts}) < 2:
        return []
    found = []
    for position, (index, title, rest) in enumerate(starts):
        stop = starts[position + 1][0] if position + 1 < len(starts) else len(lines)
        body = ([rest] if rest is not None else []) + lines[index + 1 : stop]
        found.append((title, index, body))
    return found


def _key(title: str) -> str:
    """The business a title names: "Declarations of Interest" and "Declarations of interest" are one."""
    return re.sub(r"[^a-z]", "", title.lower())[:8]


def _tidy(title: str) -> str:
    title = re.sub(r"\s+", " ", title.strip().rstrip(":."))
    return title[0].upper() + title[1:].lower() if title.isupper() else title


def heading_before(lines: list[str], past_apologies: bool = False) -> tuple[str, int, list[str]] | None:
    """An agenda's one standing heading alone on its line before its first numbered item (" Open Forum:" over its
    rules, then "1. Apologies"): its title, index and text; None where there is none or more than one. With
    `past_apologies`, an "Apologies:" line above it (part of who was there) is passed over."""
    # (or with its short answer on the same line: "Declarations of Interest: None")
    # (the answered line only where it is the last before the first number: a line after it is business of its own)
    last = max((index for index, raw in enumerate(lines) if raw.strip()), default=-1)
    found = [(index, alone) for index, raw in enumerate(lines) if (alone := _ALONE.match(raw) or index == last and _ANSWERED.match(raw)) and len(raw.split()) <= 8]
    if past_apologies and len(found) == 2 and found[0][1].group("title").lower().startswith("apolog"):
        found = found[1:]  # ("APOLOGIES:" among who was there, then "Declaration of Interest" over "None")
    if len(found) != 1:
        return None
    index, alone = found[0]
    answer = alone.groupdict().get("answer")
    return _tidy(alone.group("title")), index, ([answer] if answer else []) + lines[index + 1 :]


# a standing heading and its one-word answer on one line ("Declarations of Interest: None", "Public Questions – none")
_ANSWERED = re.compile(
    r"^\s*(?P<title>" + _DECLARATIONS + r"|Public\s+(?:forum|participation|questions?|speaking)"
    r"|Open\s+forum)\s*[:\u2013-]\s*(?P<answer>(?:none|nil|no\s+(?:declarations|interests|questions|members\s+of\s+the\s+public))(?:\s+(?:declared|received|made|raised))?\.?)\s*$",
    re.IGNORECASE,
)


def _caps_heading_line(line: str) -> bool:
    """Whether a numbered heading's line is printed in capitals ("10 ELECTION OF OFFICERS"), its number aside."""
    return is_caps_line(re.sub(r"^\s*\S*\d\S*\s+", "", line).strip()) if line.strip() else False


# the business that is never a sub-heading of another item's report (never "MINUTES OF THE LAST MEETING" or "MATTERS ARISING",
# which a committee's report or the last minutes' item may carry as its own sub-headings)
_BETWEEN = re.compile(r"(?i)(?:apologies(?:\s+for\s+absence)?|" + _DECLARATIONS + r"|public\s+(?:forum|participation|questions?|question\s+time|speaking|session)|open\s+forum)\s*:?")


def standing_between(headings: list[Heading], lines: list[str]) -> list[Heading]:
    """`headings` with a standing heading in capitals alone on its line between two numbered items in capitals ("PUBLIC
    FORUM" between "13 DECLARATIONS OF INTEREST" and "14 MATTERS ARISING"): an item of its own with no number, as the clerk
    printed it. (Never between items titled in ordinary case, where such a line is one of an item's sub-headings, nor a word
    of a sentence wrapped onto a line of its own: "... there were several" over "APOLOGIES" over "from members ...")"""
    out: list[Heading] = []
    for heading, after in zip(headings, headings[1:]):
        out.append(heading)
        if not heading.number or not after.number or not (_caps_heading_line(lines[heading.index]) and _caps_heading_line(lines[after.index])):
            continue
        above = lines[heading.index].strip()  # (the last line with words before the one looked at: read once, as the loop goes)
        for index in range(heading.body_start, after.index):
            raw = lines[index].strip()
            if index > heading.body_start and raw and len(raw.split()) <= 6 and is_caps_line(raw) and _BETWEEN.fullmatch(raw) and (above.endswith((".", ":", "!", "?", ")")) or _caps_heading_line(above)) \
                    and (below := next((line.strip() for line in lines[index + 1 : after.index] if line.strip()), ""))[:1].isupper() and not is_caps_line(below):
                out.append(Heading(index, index + 1, "", 0, tidy_title(raw.rstrip(":.")), "unnumbered", 1.0))
                break
            above = raw or above
    return out + headings[-1:]


# "Matters Arising" alone on its line, under the last meeting's minutes ("3. Minutes of the last meeting" over their
# approval, then "Matters Arising" over its own business)
_MATTERS_ARISING = re.compile(r"(?i)^\s*matters\s+arising(?:\s+from\s+(?:the\s+)?(?:last|previous)?\s*(?:minutes|meeting))?\s*[:.\u2013-]?\s*$")
_MINUTES_ITEM = re.compile(r"(?i)\bminutes\b")


def matters_arising_after_minutes(headings: list[Heading], lines: list[str]) -> list[Heading]:
    """`headings` with "Matters Arising" alone on its line inside the item on the last meeting's minutes, after their
    approval (a paragraph that ends a sentence above it, text below it): an item of its own with no number, as the
    clerk printed it. Never inside an item that is itself the matters arising."""
    out: list[Heading] = []
    for position, heading in enumerate(headings):
        out.append(heading)
        if not heading.number or not _MINUTES_ITEM.search(heading.title) or re.search(r"(?i)\barising\b", heading.title):
            continue
        stop = headings[position + 1].index if position + 1 < len(headings) else len(lines)
        above = ""
        for index in range(heading.body_start, stop):
            raw = lines[index].strip()
            if raw and _MATTERS_ARISING.match(raw) and above.endswith((".", "!", ")")) \
                    and next((line.strip() for line in lines[index + 1 : stop] if line.strip()), "")[:1].isupper():
                out.append(Heading(index, index + 1, "", 0, tidy_title(raw.rstrip(" :.\u2013-")), "unnumbered", 1.0))
                break
            above = raw or above
    return out

