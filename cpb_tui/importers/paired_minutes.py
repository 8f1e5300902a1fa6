"""An agenda's numbered heading over a minute numbered in a series of its own.

Many parish clerks print each agenda heading as it was issued, then the minute under it with the
council's running minute number:

    3. To Approve the Minutes of the Last Meeting
    523. The minutes of the meeting held on 14 March were approved ...

Both are numbered runs, and whichever the plain count picks, half the page is lost: the agenda's
numbers make the items (they are what the agenda, the action log and the next meeting cite), and
each keeps its minute's number as its minute reference. A minute with no heading over it (a second
minute under one heading) stays in the item above it.
"""

from __future__ import annotations

import re

from cpb_tui.importers.titles import Heading


def agenda_over_minutes(lines: list[str], best: list[Heading], candidates: list[Heading]) -> list[Heading]:
    """`best`, or the agenda headings of three or more heading-and-minute pairs (with their minute numbers),
    where `best` is one of the two runs the pairs make."""
    pairs: list[tuple[Heading, str, int, int]] = []  # (heading, minute number, its value, its line)
    for heading in candidates:
        below = next((i for i in range(heading.index + 1, min(len(lines), heading.index + 4)) if lines[i].strip()), None)
        minute = _MINUTE_LINE.match(lines[below]) if below is not None and _heading_line(lines[heading.index]) else None
        if minute is None:
            continue
        value = int(minute.group("value"))
        if abs(value - heading.value) < 3:
            continue  # ("2. Highways" over "3. The clerk reported ...": one run, not two)
        if pairs and (heading.value <= pairs[-1][0].value or value <= pairs[-1][2]):
            continue
        pairs.append((heading, minute.group("number"), value, below))
    if len(pairs) < 3 or any(later[0].value - earlier[0].value > 2 for earlier, later in zip(pairs, pairs[1:])):
        return best
    headings, minutes = {h.index for h, *_ in pairs}, {at for *_, at in pairs}
    if not best or not ({h.index for h in best} <= headings or sum(h.index in minutes for h in best) * 2 > len(best)):
        return best
    out = []
    for heading, number, _, at in pairs:
        text = lines[at].strip()[_MINUTE_LINE.match(lines[at].strip()).end("number"):].lstrip(".):").strip()
        out.append(Heading(heading.index, at + 1, heading.number, heading.value, heading.title, heading.style,
                           max(heading.strength, 2.0), text or None, minute=number))
    return out


# "523. The minutes were approved ...", "21/134 Clerk to write ...": a minute's own number opening its record
_MINUTE_LINE = re.compile(r"^\s*(?P<number>(?:\d{1,4}/)?(?P<value>\d{1,4})(?:/\d{2,4})?)[.):]?\s+\S")


def _heading_line(line: str) -> bool:
    """ "1.  To Receive Apologies for Absence & Reasons Given": a title, never a sentence of the record."""
    text = line.strip()
    return len(text) <= 100 and not re.search(r"[.;]$", text) and not re.search(r"\b(?:was|were|had|has|is|are)\b", text)
