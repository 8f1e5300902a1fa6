"""A meeting's date checked against the weekday printed with it, and where a page's heading ends.

A clerk who names the day checks it against the calendar, so a date line whose weekday is right beats a heading's date
written without one, in the few shapes where the line is the meeting's own (`weekday_agrees`). `opening_minute` is the
first minute of a page's business, where its title lines end.
"""

from __future__ import annotations

import re

from cpb_tui.importers.dates import find_date
from cpb_tui.importers.meeting_context import Finding, MeetingContext

# ("159/19 Apologies:", "1. Apologies", "1 | Apologies |", "1 Apologies": a number with its stop, its bar or its year, or
# before standing business; never "12 Market Street", a letterhead's address)
# (a bare number only before the narrower words: "1 Public Square", "1 Chair Lane" are addresses)
OPENING_WORDS = r"apologies|declarations?|minutes|welcome|attendance|present|matters|chair"
NUMBERED_HEADING = re.compile(r"^(?:\d{1,3}[.)]|\d{1,3}\s+\||\d{1,3}(?=\s+(?i:apologies|declarations?|minutes|welcome|attendance|matters\s+arising)\b)|(?:(?!(?:19|20)\d\d/)\d{1,4}/\d{2,4}\.?|[A-Z]{1,4}\d{1,4}/\d{2,4}\.?)(?=\s+(?i:" + OPENING_WORDS + r")))\s+(?:[A-Z][a-z]+|[A-Z]{3,})(?:\s+(?:[A-Za-z]+|&))*\s*[:|]?\s*$")


def opening_minute(line: str) -> bool:
    """Whether `line` is the first minute of a page's business ("159/37 Apologies:", "1 | Apologies for Absence |"), where its
    title lines end."""
    return bool(NUMBERED_HEADING.match(line) and re.search(rf"(?i)^\S+\s+(?:\|\s*)?(?:{OPENING_WORDS})", line))

_WEEKDAY_DATE = re.compile(
    r"\b(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Za-z]{3,9}\.?,?\s+\d{4}\b", re.IGNORECASE
)


def weekday_agrees(found: MeetingContext, top: list[str]) -> None:
    """A heading's date with no weekday against a line at the page's top whose weekday is right for its date: a clerk checks
    the weekday, so that date is the meeting's. Only in three shapes: a summons, "... a MEETING of Wendling Parish Council will be
    held ... on THURSDAY 11 JUNE 2037" (over a letter's own date); a printed heading, "At a Meeting of the Roads Committee
    held at the Shire Hall on Wednesday 9 September 2037" (under a web page's date of the next meeting); and a title whose
    date is in figures, "Town Council Meeting \u2013 06/05/2037", over "Monday 6th April 2037 at 7pm" (or a heading going on,
    "... held in the Chamber," over "on Tuesday 30th June 2037"). Never a post's date, a circulation or signing date, a date
    for the diary, or another meeting's."""
    if found.date is None:
        return
    shown = [line for line in top if line][:10]
    evidence = str(found.date.evidence)[:40]
    at = next((i for i, line in enumerate(shown) if line.startswith(evidence)), None)
    own = shown[at] if at is not None else str(found.date.evidence)  # (the evidence kept is cut short)
    if _WEEKDAY_DATE.search(own):
        return
    figures = at is not None and re.search(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b", own)
    named_day = re.search(r"(?i)\b(?:meeting|held)\s+on\b", own)  # ("Minutes of the meeting held on 4 June ...": the day is said)
    noticed = any(re.search(r"(?i)\bnotice\b|\bhereby\b|\bsummon", line) for line in shown)
    for index, line in enumerate(shown):
        if NUMBERED_HEADING.match(line) or re.match(r"^\(?\d{1,3}[.)]\s", line):
            return  # (the items begin: dates below are business)
        said = _WEEKDAY_DATE.search(line)
        date = find_date(said.group(0)) if said else None
        if date is None or date == found.date.value or date.strftime("%A").lower() != said.group("day").lower():
            continue
        # "Minutes of Meeting held 14th May 2038" over "Wednesday 14th May 2037 7.30pm Simpson Hall": the heading's year typed
        # one out, the day and month the same, the line under it right for its weekday
        slipped = at is not None and 0 < index - at <= 2 and (date.day, date.month) == (found.date.value.day, found.date.value.month) \
            and abs(date.year - found.date.value.year) == 1 and re.fullmatch(r"\s*", line[: said.start()])
        if slipped:
            found.date = Finding(date, said.group(0))
            return
        if abs((date - found.date.value).days) > 62:
            continue
        before, after = line[: said.start()], line[said.end() :]
        previous, following = (shown[index - 1] if index else ""), (shown[index + 1] if index + 1 < len(shown) else "")
        ends = re.fullmatch(r"(?i)\s*(?:,?\s*(?:at|from|commencing)\s+\d{1,2}(?:[.:]\d{2})?\s*(?:a\.?\s?m\.?|p\.?\s?m\.?)?)?\s*\.?\s*", after)  # (the date and its time, nothing told after)
        summons = noticed and not re.search(r"(?i)\bdate\s+of\s+(?:the\s+)?next\b", line) and re.search(
            r"(?i)\bmeeting\s+of\s+(?:the\s+)?(?:above\s+)?(?:[\w'\u2019&-]+\s+){0,6}?(?:council|committee|board|panel|forum)\s*(?:will|is\s+to|shall)\s+be\s+held\b", before)
        printed = ends and re.match(r"(?i)\s*at\s+an?\s+(?:\w+\s+)?meeting\s+of\b[^.]{0,200}\bheld\b[^.]{0,200}\bon\s*$", before)
        below = figures and not named_day and ends and 0 < index - at <= 3 and re.fullmatch(r"\s*", before) \
            and not re.search(r"(?i)\b(?:clerk|posted|published|by|next|circulated|issued|dated|signed|date)\b|:\s*$", previous) \
            and not re.search(r"(?i)\b(?:circulated|posted|published|signed|issued|for\s+comment)\b", following)
        going_on = ends and re.fullmatch(r"(?i)\s*on\s+", before) and re.match(r"(?i)\s*minutes\s*of\b", previous) and not previous.rstrip().endswith(".") and "(" not in previous
        if summons and not named_day or printed and not named_day or below or going_on:
            found.date = Finding(date, said.group(0))
            return
