"""The date a record gives for the committee's next meeting ("Date of next meeting: ...")."""

from __future__ import annotations

import datetime as dt
import re

from cpb_tui.importers.context import Finding, _short
from cpb_tui.importers.dates import find_date, find_day_month_after


# "Date of next meeting: Thursday 4 March 2027", "The next meeting of the Board will be held on
# 4 March 2027 at 10am", "Next meeting: 04/03/2027", "Dates of next meetings:" over "12th June" (the first is the
# next), Welsh "Dyddiad y cyfarfod nesaf: ...".
_NEXT_MEETING = re.compile(
    r"\b(?:dates?\s+(?:and\s+times?\s+)?of\s+(?:the\s+)?next\s+meetings?|next\s+meetings?|dyddiad\s+y\s+cyfarfod\s+nesaf)\b"
    r"(?P<after>.{0,120})",
    re.IGNORECASE,
)


# What every match of `_NEXT_MEETING` holds, in the text lowered: IGNORECASE matches these
# words' letters in their ASCII capitals and, for "i" and "s", also in "\u0131" and "\u017f"
# (which stay as they are when lowered); whitespace within a line only.
_NEXT_MEETING_LOWERED = re.compile("next[^\\S\\n]+meet[i\u0131]ng|cyfarfod[^\\S\\n]+ne[s\u017f]af")


def _lines_naming_next_meeting(lines: list[str]) -> list[int] | range:
    """The indices, in order, of the lines `_NEXT_MEETING` may match, found in one pass over
    the whole text lowered (7 ms to under 1 ms on a 470-page pack, where every line was tried)."""
    text = "\n".join(lines)
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter lowered to two ("\u0130"): positions would shift
        return range(len(lines))
    indices: list[int] = []
    line, position = 0, 0  # the line holding `position`
    for match in _NEXT_MEETING_LOWERED.finditer(lowered):
        line += lowered.count("\n", position, match.start())
        position = match.start()
        if not indices or indices[-1] != line:
            indices.append(line)
    return indices


# "The next meeting of the group would be held on 16 November", "next meeting of the Village Hall Trust": a group the
# committee hears of, unless the committee is one ("Footpaths Working Group")
_OTHER_GROUP = re.compile(
    r"^\s*of\s+(?:the|this|that|their)\s+(?:[\w'\u2019&-]+\s+){0,4}?(?P<noun>group|sub-?group|working\s+party|forum|partnership|association|society|club|trust)\b",
    re.IGNORECASE,
)


def find_next_meeting(lines: list[str], meeting_date: dt.date | None, committee: str | None = None) -> Finding | None:
    """The date a record gives for the committee's next meeting: the last such line, a date
    after the meeting's own and within about a year of it (a line about "the next meeting"
    that gives no date, or a past one, gives nothing; nor one of a group that is not the committee)."""
    if meeting_date is None:
        return None
    found: Finding | None = None
    for index in _lines_naming_next_meeting(lines):
        line = lines[index]
        for match in _NEXT_MEETING.finditer(line):
            after = re.split(r"(?<=[a-z0-9])\.\s", match.group("after"), maxsplit=1)[0]
            evidence = line.strip()
            if not after.strip(" :-\u2013"):
                following = next((l.strip() for l in lines[index + 1 : index + 3] if l.strip()), "")
                after = following[:80]  # "8. Date of next meeting" over "Thursday 4 March 2027"
                evidence = f"{evidence} / {following}"
            if re.match(r"^\s*of\s+(?:the\s+)?(?:full\s+)?(?:Council|Cabinet|Executive)\b", after):
                continue  # another body's next meeting
            other = _OTHER_GROUP.match(after)
            if other and other.group("noun").split()[0].lower() not in (committee or "").lower():
                continue
            if re.search(r"(?i)meetings\s*$", match.group(0)[: match.start("after") - match.start()]):
                # "Dates of next meetings: 14 July, 8 September and 10 November 2037": the first listed is the next; never "its next
                # meetings at the school until 30 September" (no list of days)
                # (the list may follow "are", "will be held on", "to be held on", "were agreed as", and a day may open with its month,
                # "July 14th, September 8th")
                listed = re.match(r"\s*(?:[:\u2013-]\s*)?(?:(?:are|were\s+agreed\s+as|agreed\s+as|(?:will|to)\s+be(?:\s+held)?(?:\s+on)?|held\s+on)\s+)?"
                                  r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)", after, re.I)
                if not listed:
                    continue
                after = re.split(r",|;|\band\b|&", after, maxsplit=1)[0]
            date = find_date(after) or find_day_month_after(after[:60], meeting_date)
            if date and meeting_date < date <= meeting_date + dt.timedelta(days=400):
                found = Finding(date, _short(evidence))
    return found
