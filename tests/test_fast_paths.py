"""The import's fast paths (issue 15) give what the plain definitions give, on random and awkward text."""

from __future__ import annotations

import datetime as dt
import random
import re

from cpb_tui.importers import context
from cpb_tui.importers.context import Finding, _lines_naming_next_meeting, _short, find_date, find_next_meeting


def next_meeting_by_definition(lines: list[str], meeting_date: dt.date | None) -> Finding | None:
    """`find_next_meeting` as it was: every line tried."""
    if meeting_date is None:
        return None
    found = None
    for index, line in enumerate(lines):
        following = next((l.strip() for l in lines[index + 1 : index + 3] if l.strip()), "")
        for match in context._NEXT_MEETING.finditer(line):
            after = re.split(r"(?<=[a-z0-9])\.\s", match.group("after"), maxsplit=1)[0]
            evidence = line.strip()
            if not after.strip(" :-\u2013"):
                after = following[:80]
                evidence = f"{evidence} / {following}"
            if re.match(r"^\s*of\s+(?:the\s+)?(?:full\s+)?(?:Council|Cabinet|Executive)\b", after):
                continue
            date = find_date(after)
            if date and meeting_date < date <= meeting_date + dt.timedelta(days=400):
                found = Finding(date, _short(evidence))
    return found


PIECES = [
    "Next meeting", "NEXT MEETING:", "next\u00a0meeting", "next \t meeting", "Date of next meeting", "date and time of the next meeting",
    "NEXT MEET\u0131NG", "MEET\u0130NG next meeting", "Dyddiad y cyfarfod nesaf:", "CYFARFOD NE\u017fAF", "cyfarfod\u2028nesaf",
    "next", "meeting", "the next year", "of Cabinet", "of the Council", "Thursday 4 March 2027", "12 June 2025", "04/03/2027",
    "2 September 2025 at 10am.", "will be held on", " ", "", "\u212a", "n\u0130xt", "nesaf", "was agreed.", ":", "-",
]


def test_the_lines_looked_at_for_the_next_meeting_hold_every_match_and_give_the_same_date():
    rng = random.Random(15)
    for _ in range(3_000):
        lines = [" ".join(rng.choice(PIECES) for _ in range(rng.randint(0, 4))) for _ in range(rng.randint(0, 8))]
        candidates = set(_lines_naming_next_meeting(lines))
        assert {i for i, line in enumerate(lines) if context._NEXT_MEETING.search(line)} <= candidates, lines
        date = dt.date(2025, rng.choice([3, 6, 9]), 12)
        assert find_next_meeting(lines, date) == next_meeting_by_definition(lines, date), lines
