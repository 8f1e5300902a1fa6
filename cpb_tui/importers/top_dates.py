"""A meeting's day told at the very top of a page: a short date line on a title page ("Thursday 3 March 2022"), or where and
when it was held under a heading that did not say ("Held at the Parish Hall on Tuesday 17th September 2019")."""

from __future__ import annotations

import re
from itertools import accumulate

from cpb_tui.importers.dates import find_date, find_heading_date
from cpb_tui.importers.meeting_context import MeetingContext

_HOW_HELD = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?|\b(?:by|via|on)\s+(?:zoom|teams|microsoft\s+teams|video(?:\s+link)?|skype)(?:\s+(?:conference\s+)?(?:call|meeting))?")
DATE_WORDS = re.compile(
    r"(\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d{2}-\d{2})"
)
# "November 8th 2036 DRAFT Minutes": a day written month first, over the minutes it titles (alone at the top, "March 22,
# 2037" is as often the day a page was posted)
_MONTH_FIRST_MINUTES = re.compile(
    r"(?i)^\W*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\W*"
    r"(?:(?:draft|unconfirmed)\s+)?minutes\W*$"
)


def date_line(found: MeetingContext, top: list[str], every: list[str], head_end: int) -> None:
    """A short date line at the very top (a title page): "Thursday 3 March 2022"; or a line saying where and when the
    meeting was held, under a heading that did not ("Held at the Parish Hall on Tuesday 17th September 2019", "To be held on ...")."""
    # (the first twelve lines that hold words: a web page leaves blank lines between its heading's lines)
    window = next((at + 1 for at, count in enumerate(accumulate(bool(line) for line in top)) if count == 12), len(top))
    if found.date is None:
        held = next(((line, day) for at, line in enumerate(top[:window]) if (day := _held_day(top, at)) is not None), None)
        if held:
            found.set_date(held[1], held[0])
    if found.date is None:
        for at, line in enumerate(top[:window]):
            # ("Monday 19th May 2025 7 pm by Zoom Conference Call": the day, its hour and how it met; "12 May 2025 minutes": the day's record)
            rest = _HOW_HELD.sub("", DATE_WORDS.sub("", line))
            if line and (len(line) <= 60 and DATE_WORDS.search(line) and len(rest) < 35 or len(line) <= 90 and _MEETING_THEN_DATE.search(line)) and (not re.search(r"\bminutes\b", line, re.I) or re.fullmatch(r"(?i)\W*(?:(?:draft|unconfirmed)\s+)?minutes\W*", rest)) \
                    and not _below_the_business(top, at) and not _listed_date(top, at) and not _DEADLINE_FIELD.match(line) and not _PAGE_DATE.match(line):
                found.set_date(find_date(line), line)
                break
    if found.date is None:
        month_first = next((line for at, line in enumerate(top[:window]) if _MONTH_FIRST_MINUTES.match(line) and not _below_the_business(top, at)), None)
        if month_first:
            found.set_date(find_date(month_first), month_first)
    if found.date is None:
        # ("Methodist Schoolroom on Tuesday 26th September 2017 at 7.30pm.": where and when, under a heading that said neither)
        when = next(((line, day) for at, line in enumerate(top[:window]) if (day := venue_day(top, at)) is not None), None)
        if when:
            found.set_date(when[1], when[0])
    opening = [at for at, line in enumerate(top[:window]) if line][:4]  # (the page's first four lines with words)
    if found.date is None:
        # ("Minutes 14/09/35": a blog post's title, the day with a two-figure year, among the page's first lines)
        short = next((top[at] for at in opening if _SHORT_TITLE.fullmatch(top[at])), None)
        if short:
            found.set_date(find_heading_date(short), short)
    if found.date is None:
        # ("Minutes of AGM" over "May 1st 2036 7.30pm": a day written month first straight under the minutes' heading, among the
        # page's first lines, where nothing else gave the day)
        month_first = next((top[at] for at in opening if _MONTH_FIRST_ALONE.match(top[at]) and _under_minutes(top, at)), None)
        if month_first:
            found.set_date(find_date(month_first), month_first)


_SHORT_TITLE = re.compile(r"(?i)\W*(?:draft\s+|approved\s+)?minutes\s*:?\s+\d{1,2}/\d{1,2}/\d{2}\W*")  # (never "Minutes 4.3.36", a minute's number)
_MONTH_FIRST_ALONE = re.compile(
    r"(?i)^\W*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"(?:,?\s+(?:at\s+)?\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?)?\W*$"
)


def _under_minutes(top: list[str], at: int) -> bool:
    """Whether the line above `at` (the nearest with words) is the minutes' own heading ("Minutes of AGM", "Minutes"), and the
    line below is no sentence running on from it ("April 3rd 2035" over "were signed as a true record ...")."""
    above = next((line for line in reversed(top[:at]) if line), "")
    below = next((line for line in top[at + 1 :] if line), "")
    return bool(re.match(r"(?i)^\W*(?:draft\s+|approved\s+|unconfirmed\s+)?minutes\b(?!.*\d{4})", above)) and not re.match(r"\s*[a-z]", below)


def venue_day(top: list[str], at: int):
    """The day of a line naming only where and when ("Methodist Schoolroom on Tuesday 26th September 2036 at 7.30pm."),
    straight under the minutes' own heading ("Minutes of Meeting", "Minutes of the Ordinary Meeting"); None for any
    other line (a posting, a deadline, a service, a site visit, another meeting's minutes)."""
    when = VENUE_WHEN.match(top[at])
    above = next((line for line in reversed(top[:at]) if line), "")
    if when is None or _PAGE_DATE.match(top[at]) or not re.search(r"(?i)\b(?:minutes|meeting)\b", above) or _below_the_business(top, at):
        return None
    return find_date(when.group("when"))


# "Methodist Schoolroom on Tuesday 26th September 2017 at 7.30pm.": a place in capitalised words (no verb, nothing of what
# happened), then the day with its weekday and its hour, and nothing after but the line's stop
VENUE_WHEN = re.compile(
    r"^\s*(?:[Tt]he\s+)?[A-Z][\w'\u2019&.-]*(?:,?\s+(?:[A-Z][\w'\u2019&.-]*|of|the|and|&|at|in)){0,9}\s+"
    r"(?P<when>on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+" + DATE_WORDS.pattern + r",?\s+(?:at|from|commencing\s+at)\s+\d{1,2}(?:[.:]\d{2})?\s*"
    r"(?:[ap]\.?\s?m\.?|hours|hrs))\s*\.?\s*$"
)


# a title that ends on its meeting's day: "Report on the First and Annual Meeting 17th May, 2011"
_MEETING_THEN_DATE = re.compile(r"(?i)\bmeeting\s*(?:held\s+)?(?:on\s+)?[-\u2013,:]?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?" + DATE_WORDS.pattern + r"\s*$")


# a tracker's field for when a task is due or was done ("Target date: 31/03/2037"): never the meeting's day
_DEADLINE_FIELD = re.compile(r"(?i)\s*(?:target|due|deadline|completion|completed|review|by\s+when|date\s+(?:due|completed|raised))\b[^:]{0,15}:")


# the page's own day, not the meeting's: "Posted on Wednesday 12 March 2031", "Last updated: 4 May 2031", "Published 3 June 2031"
_PAGE_DATE = re.compile(r"(?i)\s*(?:posted|published|(?:last\s+)?updated|uploaded|added|modified|printed)\b")


def _listed_date(top: list[str], at: int) -> bool:
    """Whether the date line at `at` is one of a list under "The new dates were:" (other meetings' days)."""
    above = next((line for line in reversed(top[:at]) if line and not (len(line) <= 60 and DATE_WORDS.search(line))), "")
    return bool(re.search(r"(?i)\bdates?\b[^.]{0,60}\b(?:were|are|will\s+be|is)\s*:?\s*$", above))


def _held_day(top: list[str], at: int):
    """The day of "Held at the Parish Hall on ...", "To be held on ..." at the top, where the heading says when the meeting
    is: never under "3. Date of next meeting", below the business; for a meeting moved ("The meeting to be held on 2 June
    has been moved to 9 June"), the day it moved to ("Held on 14 July (postponed from 7 July)": the first)."""
    line = top[at]
    if not re.match(r"^(?:The\s+)?(?:meeting\s+)?(?:(?:to|will)\s+be\s+)?held\s+(?:at|in|on|via|virtually|remotely)\b", line, re.I):
        return None
    if re.match(r"^(?:The\s+)?(?:meeting\s+)?(?:to|will)\s+be", line, re.I) and _below_the_business(top, at):
        return None
    moved = re.search(r"(?i)\b(?:moved|postponed|re-?arranged|rescheduled|changed|brought\s+forward|put\s+back)\s+(?:un)?to\b", line)
    return find_date(line[moved.end():]) if moved else find_date(line)


def _below_the_business(top: list[str], at: int) -> bool:
    """Whether line `at` stands below the business, two numbered items or more ("1. Election of Chair ...", "2. Next
    meeting" over "Will be held on Tuesday 14 July 2037"): a day told there is no heading's."""
    return sum(1 for line in top[:at] if re.match(r"^\s*\(?\d{1,3}[.)]\s", line)) >= 2
