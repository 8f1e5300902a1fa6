"""A council's name run on into the first line of its minutes, where no line holds the name alone.

"BELHAVEN COMMUNITY COUNCIL th APPROVED MINUTES of MEETING 18 May 2036 Teams Call-in ..." (a scraped heading that lost its
breaks), "The Parish Council of Ashby Minutes of the Meeting held on ..." (the place after the council), "Cyngor Cymuned
Aberwen Community Council The September meeting ..." (a Welsh council's two names, run on into the opening sentence),
and "WEST ASHSHIRE COUNCIL." over "Minutes of meeting in County Buildings ...": the council is named, and where the
page's heading names no committee, panel or group, it is the council that met. The meeting's date is read from the same
line when the line calls itself minutes of that meeting ("... MINUTES of MEETING 18 May 2036").
"""

from __future__ import annotations

import re

from cpb_tui.domain.text import display_title
from cpb_tui.importers.dates import find_date
from cpb_tui.importers.meeting_context import Finding, MeetingContext

_KIND = r"(?:PARISH|TOWN|COMMUNITY|CITY|DISTRICT|BOROUGH|COUNTY|VILLAGE)"
# "BELHAVEN COMMUNITY COUNCIL ...", "WEST ASHSHIRE COUNCIL.", "KELBY, MILL AND ASHBY PARISH COUNCIL MINUTES ..."
# (never "COUNCIL OF ...", "COUNCIL TAX", nor a council's committee: "ASHSHIRE COUNCIL PLANNING COMMITTEE")
_CAPITALS = re.compile(
    # (a page's number may stand first, "1 HAWKHURST PARISH COUNCIL MINUTES ..."; and the Welsh name, "CYNGOR CYMUNEDOL LLANDOW
    # LLANDOW COMMUNITY COUNCIL": the English one is kept)
    rf"^\s*(?:\d{{1,3}}\s+)?(?:CYNGOR\s+(?:CYMUNED(?:OL)?|TREF)\s+[A-Z'\u2019-]+\s+(?=[A-Z'\u2019-]+\s+(?:COMMUNITY|TOWN)\s+COUNCIL\b))?(?:THE\s+)?(?P<name>(?!CYNGOR\b)(?!(?:MINUTES|NOTES|AGENDA|DRAFT|APPROVED|MEETING|THE|OF|FULL|ANNUAL)\b)[A-Z][A-Z'\u2019&-]+,?\s+"
    rf"(?:(?:AND\s+|&\s+)?(?!(?:MINUTES|NOTES|AGENDA|MEETING|OF|HELD)\b)[A-Z][A-Z'\u2019&-]+,?\s+){{0,4}}(?:{_KIND}\s+)?COUNCIL)\b"
    # (nor a room, "GUILDHALL COUNCIL CHAMBER 7.00PM")
    r"(?!\s*(?:OF|FOR|TAX|MEETING\s+OF|CHAMBERS?|OFFICES?|HALL|BUILDINGS?|HOUSE|ROOMS?|DEPOT|ESTATE|CAR\s+PARK|SUITE)\b)(?P<rest>.*)$"
)
# "The Parish Council of Ashby Minutes of the Meeting ...": the council, then its place
_COUNCIL_OF = re.compile(
    r"^\s*The\s+(?P<kind>Parish|Town|Community)\s+Council\s+of\s+(?P<place>[A-Z][\w'\u2019-]+(?:\s+(?:upon|on|in|le|by|next\s+the|and|&)\s+[A-Z][\w'\u2019-]+)?)"
    r"(?P<rest>(?:\s+(?:Minutes|MINUTES|Notes|Meeting|Draft|Approved)\b|[.,:]|\s*$).*)$"
)
# "Cyngor Cymuned Aberwen Community Council The September meeting ...": the Welsh name and the English one sharing the place
_WELSH_PAIR = re.compile(
    r"^\s*Cyngor\s+(?:Cymuned(?:ol)?|Tref)\s+(?P<name>(?:[A-Z][\w'\u2019-]+\s+){1,3}?(?:Community|Town)\s+Council)\b(?P<rest>.*)$"
)
# what a committee's own heading names after the council: then the council did not meet as a whole
_PART_OF_IT = re.compile(r"(?i)\b(?:committee|sub-committee|panel|working\s+(?:party|group)|steering\s+group|forum|board|advisory\s+group|parish\s+meeting)\b")
_MINUTES_WORDS = re.compile(r"(?i)\b(?:minutes|notes|meeting|met|held)\b")


def council_run_on(found: MeetingContext, top: list[str]) -> None:
    """The council (and, where it met as a whole, the committee and the date) from a name run on at a heading line's start."""
    if found.committee is not None and found.date is not None:
        return
    lines = [line for line in top[:12] if line.strip()][:3]
    for at, line in enumerate(lines):
        name, rest = _name_and_rest(line)
        if name is None:
            continue
        after = " ".join([rest] + lines[at + 1 : at + 3])
        if found.committee is None:
            if found.council is None:
                found.council = Finding(name, line[:160])
            if _PART_OF_IT.search(after[:200]) or not _MINUTES_WORDS.search(after[:300]):
                return  # a committee of the council, or no word that the page records a meeting: ask
            found.set_committee(name, line)
        elif str(found.committee.value).lower() != name.lower():
            continue  # (the date of another body's line is not this meeting's)
        if found.date is None and re.search(r"(?i)\b(?:minutes|meeting)\b", rest[:80]):
            # ("... APPROVED MINUTES of MEETING 18 May 2036 ...": the line's first day, where the line is the minutes' own heading)
            # (never the day of another meeting named in brackets, "DRAFT MINUTES (to be approved at the meeting of 4 June 2037)")
            found.set_date(find_date(re.sub(r"\([^()]*\)|\bto\s+be\s+(?:approved|confirmed|signed|agreed)\b.*$", " ", rest[:120])), line)
        if found.date is not None:
            return  # (else the name may stand again below, run on into the minutes' heading: "HAWKHURST PARISH COUNCIL" over "13"
            # over "1 HAWKHURST PARISH COUNCIL MINUTES 10 th February 2020 ...")


def _name_and_rest(line: str) -> tuple[str | None, str]:
    """The council a line opens with, as cpb shows it, and the words after it."""
    capitals = _CAPITALS.match(line)
    if capitals and not re.fullmatch(rf"{_KIND}\s+COUNCIL", " ".join(capitals.group("name").split())):  # (never "PARISH COUNCIL" alone: which one?)
        return display_title(re.sub(r"\s+", " ", capitals.group("name"))), capitals.group("rest")
    council_of = _COUNCIL_OF.match(line)
    if council_of:
        return f"{council_of.group('place')} {council_of.group('kind')} Council", council_of.group("rest")
    welsh = _WELSH_PAIR.match(line)
    if welsh:
        # (one place both names share, "Aberwen"; or the place twice, "Llandow Llandow"; two places that differ, "Porthaur Goldport",
        # cannot be told apart from a place of two words: none)
        words = welsh.group("name").split()[:-2]
        if len(words) == 2 and words[0] == words[1] or len(words) == 1:
            return f"{words[-1]} {' '.join(welsh.group('name').split()[-2:])}", welsh.group("rest")
        return None, ""
    return None, ""
