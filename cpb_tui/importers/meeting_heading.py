"""A heading line that names a meeting and gives its date, however it is worded.

"Public Minutes of the Meeting of the Ashcombe Fire Authority held on Monday, 9 February 2026",
"ASHCOMBE TOWN COUNCIL Minutes of Meetings held Wednesday, 4 June 2026 Present: ...", "A meeting
was held on June 6th 2026 in the village school", "Minute Ordinary Meeting of the Board Tuesday,
8 December 2026, 14:00.": the last resort of `find_context` for a date, when no heading it knows
gave one. And what a page's top holds that names no meeting: a tracker's title, a blog's list of other posts.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from cpb_tui.importers.committee_names import LIST_KIND
from cpb_tui.importers.dates import find_date

# "The minutes of the meeting held on ... were agreed": words about earlier minutes
# ... and "MINUTES of the meeting held on 21 May having been circulated were taken as read": in the same sentence
TAKEN_AS_READ = re.compile(r"(?i)(?:(?!\b(?:notice|agenda|apologies|report)\b)(?:[^.(]|\.(?=\d))){0,240}?\btaken\s+as\s+read\b")
EARLIER_MINUTES = re.compile(r"\b(?:was|were)\s+(?:\w+\s+(?:and\s+)?)?(?:received|approved|agreed|confirmed|signed|accepted|adopted|circulated|distributed|tabled|read|considered|noted|discussed|found\s+to\s+be)\b", re.IGNORECASE)


def earlier_minutes_item(top: list[str], index: int) -> bool:
    """Whether the minutes heading at `top[index]` is an item about earlier minutes: under a minute's
    number ("CYP" "6/07" over "DRAFT MINUTES OF THE MEETING HELD ON ...")."""
    above = next((line for line in reversed(top[:index]) if line), "").strip()
    return bool(re.fullmatch(r"(?:[A-Z]{1,4}\s*)?\d{1,4}[./]\d{1,4}\.?|[A-Z]{1,4}\s*\d{1,4}\.?|(?i:minute|min\.?|item)\s+\d{1,4}[.:]?", above))  # (a bare "12" is a page's number; "Minute 72" is an item)


_MEETING_WORD = re.compile(r"\b(?:minutes?|meetings?|cofnodion|cyfarfod)\b", re.IGNORECASE)
# before the meeting word, only a name in capitals: never a sentence ("To agree the minutes ...")
_HEADING_BEFORE = re.compile(r"(?!(?:That|To|This|These|It|In|At|As)\b)(?:(?:[A-Z][\w'\u2019&.-]*|of|and|the|for|to|&)\s+){0,10}")  # "Clerk's Report for (to the) Meeting on ..."
# a body in capitals before it: "ASHCOMBE TOWN COUNCIL Minutes of ..."
_BODY_BEFORE = re.compile(
    r"([A-Z][A-Z'\u2019&. -]*\b(?:BOARD|COMMITTEE|SUB-COMMITTEE|PANEL|CABINET|FORUM|EXECUTIVE|COMMISSION|PARTNERSHIP|ASSEMBLY|COUNCIL|AUTHORITY))(?:\s+(?:BUSINESS|GENERAL|ORDINARY|MONTHLY|ANNUAL|SPECIAL|EXTRAORDINARY))?\s+"  # ("... COMMUNITY COUNCIL BUSINESS MEETING MINUTES")
)
# or in title case: "Hollinbrook Schools Forum Minutes of Meeting on Thursday, 18th September 2036"
_TITLED_BODY_BEFORE = re.compile(
    r"((?!(?:The|A|An|This|That|Our)\s)(?!(?:Parish|Town|Community|City|District|County|Borough|Full)\s+Council\s+$)(?:[A-Z][\w'\u2019&.-]*\s+)(?:(?:[A-Z][\w'\u2019&.-]*|of|and|for|&)\s+){0,6}(?:Board|Committee|Sub-Committee|Panel|Forum|Council|Authority|Partnership|Trust|Group|Commission))\s+"
)
# words that make it another meeting: the minutes approved, a letter dated, the next meeting
_NOT_THIS_MEETING = re.compile(
    r"\b(?:previous|last|earlier|next|approv\w*|agree\w*|confirm\w*|adopt\w*|accepted|received|signed|circulated|distributed|tabled|dated|letter|published|publication|issued|despatch\w*|agenda|uploaded|posted|updated|added|modified|rearranged|rescheduled|postponed|cancelled|moved)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class MeetingHeading:
    date: dt.date
    body: str | None
    """The body named in capitals before the meeting word, if any."""


def meeting_heading(line: str) -> MeetingHeading | None:
    """The date (and a body in capitals) of a heading line that names a meeting; None for a
    sentence about a meeting ("To agree the minutes of the meeting held on ...", "... to be held on ...")."""
    named = _MEETING_WORD.search(line[:120])
    if named is None or not _HEADING_BEFORE.fullmatch(line[: named.start()]):
        return None
    after = line[named.end() : named.end() + 120]
    if _NOT_THIS_MEETING.search(line[: named.end() + 120]) or re.search(r"\b(?:to|will|would)\s+be\s+held\b", after):
        return None
    if re.match(r"(?i)\s*the\s+minutes\b", line) and EARLIER_MINUTES.search(line[: named.end() + 160]) or TAKEN_AS_READ.match(line, named.start()):
        return None  # "The minutes of the meeting on 16th June were discussed and ...", "... held on 21 May having been circulated were taken as read"
    date = find_date(after)
    if date is None:
        return None
    body = _BODY_BEFORE.fullmatch(line[: named.start()]) or _TITLED_BODY_BEFORE.fullmatch(line[: named.start()])
    return MeetingHeading(date, body.group(1) if body else None)


# a tracker's or a work programme's title, which states no day: "... Scrutiny Committee - Action Tracker 2036/37"
LIST_TITLE = re.compile(rf"(?i)\b(?:committee|board|panel|forum|cabinet)\s+(?:[-\u2013\u2014:]\s+)?{LIST_KIND}(?:\s+(?:19|20)\d\d(?:[/-]\d{{2,4}})?)?$")


_SITE_LIST = re.compile(r"(?i)(?:recent\s+(?:entries|posts|news|articles|minutes)|latest\s+(?:news|posts)|archives?|categories)\s*:?")


# a ModernGov page's note of what became of the meeting, before its name and day: "Meeting Adjourned until 24 February 2036, "
# (never "Meeting Cancelled, ...": no meeting was held, and cpb asks)
_MEETING_NOTE = re.compile(r"^(?i:meeting\s+(?:adjourned|postponed|rescheduled|reconvened|moved))(?:\s+(?:until|to|from)\s+[^,]{3,40})?,\s+(?=[A-Z])")


# a picture's words a site leaves on a line of their own: "Blue meeting symbol", "Council logo"
_PICTURE = re.compile(r"(?i)\s*(?:[\w'\u2019-]+\s+){0,4}(?:symbol|icon|logo|image|graphic)\s*")


def site_lists_out(top: list[str]) -> list[str]:
    """A blog's sidebar list ("Recent Entries" over "- Minutes of PC Meeting on 16th March 2037", ...) blanked: other posts' titles,
    never this page's meeting; a picture's words blanked; and a note of what became of the meeting taken off the line that names it."""
    out, listing = ["" if _PICTURE.fullmatch(line) else _MEETING_NOTE.sub("", line) for line in top], False
    for index, line in enumerate(top):
        if _SITE_LIST.fullmatch(line):
            listing, out[index] = True, ""
        elif listing and re.match(r"^(?:[-\u2022*]\s*|$)", line):
            out[index] = ""
        else:
            listing = False
    return out
