"""When an action is due: the phrase that says so ("to the June 2021 meeting", "in six months"),
and the meeting or date it points at on a committee's calendar.
"""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
import re
from dataclasses import dataclass

from cpb_tui.importers.dates import MONTHS
from cpb_tui.importers.reflow import MONTH_NAMES

DUE_KINDS = ("meeting_month", "next_meeting", "months_after", "days_after", "by_date", "day_month", "month_only", "future_meeting")

# Longest names first, so "sept" wins over "sep" and "june" over "jun".
_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
_NUMBER = r"(?P<n>\d{1,2}|" + "|".join(_NUMBER_WORDS) + ")"
_BODY = r"(?:(?:Corporate\s+Parenting\s+)?Board|Committee|Sub-Committee|Panel|Cabinet|Council|Forum|Commission|Executive)"
_TO = r"(?:(?:to|at|for|until|till|before|in\s+time\s+for|ahead\s+of)\s+)?"

_MEETING_MONTH = [
    # "to the June 2021 meeting", "at its March 2027 meeting", "the June meeting", "the 12th March meeting"
    re.compile(
        # (shorthand leaves the article out: "deferred to June meeting")
        # ("to the October Area Committee meeting", "for the October CC meeting": the body's name between; "at CC February
        # meeting", "at October's Services meeting": the body's letters before the month, the month's own "'s"; "at October mtg")
        _TO + r"(?:(?:the|its|their|our)\s+|(?<=\bto\s)|(?<=\buntil\s)|(?<=\bfor\s)|(?<=\bat\s))(?:[\w-]+(?:'s|\u2019s)\s+)?(?:(?-i:[A-Z]{2,4})\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?P<month>"
        + _MONTH + r")(?:'s|\u2019s)?(?:\s+(?P<year>\d{4}))?\s+(?:(?-i:[A-Z][\w&'\u2019-]*)\s+){0,3}?(?:" + _BODY + r"\s+)?(?:meeting|mtg)\b",
        re.IGNORECASE,
    ),
    # "at its meeting on 3 November 2022", "to the Board on 12th October 2022"
    re.compile(
        # "held on" only after a destination ("to its meeting held on ..."): "the minutes of the
        # meeting held on 11 January" name a meeting gone by
        r"(?:(?<=\bto\s)(?:the|its)\s+meeting\s+held\s+on\s+|(?<=\bat\s)(?:the|its)\s+meeting\s+held\s+on\s+"
        r"|(?:meeting|" + _BODY + r")(?:'s\s+meeting)?\s+(?:on|of|(?:to\s+be\s+|being\s+|(?:scheduled|due|planned)\s+to\s+be\s+)(?:held|scheduled)\s+(?:on|for)|scheduled\s+(?:on|for))\s+)(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?P<month>"
        + _MONTH + r")\s+(?P<year>\d{4})\b",
        re.IGNORECASE,
    ),
    # "being moved to 4 March 2025", "added to the agenda for 21 January 2025": a meeting's day
    re.compile(
        r"(?:(?:moved|deferred|brought\s+forward|put\s+back|postponed|rescheduled|carried\s+forward)\s+(?:un)?to|agenda\s+(?:for|of))\s+"
        r"(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?P<month>" + _MONTH + r")\s+(?P<year>\d{4})\b",
        re.IGNORECASE,
    ),
    # "defer the adoption of the notes until 4 December 2027": the day the business comes back
    re.compile(
        r"\bdefer(?:red)?\b[^.;]{0,80}?\b(?:until|till|to)\s+(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?P<month>"
        + _MONTH + r")\s+(?P<year>\d{4})\b",
        re.IGNORECASE,
    ),
    # "to its meeting in June 2027", "until the Board's meeting in January 2027"
    re.compile(
        _TO + r"(?:the|its|their)\s+(?:" + _BODY + r"(?:'s)?\s+)?meeting\s+(?:of\s+the\s+" + _BODY
        + r"\s+)?in\s+(?P<month>" + _MONTH + r")(?:\s+(?P<year>\d{4}))?\b",
        re.IGNORECASE,
    ),
    # "to the April or May meetings": the earlier of the two
    re.compile(
        _TO + r"(?:the|its)\s+(?P<month>" + _MONTH + r")\s+or\s+" + _MONTH + r"(?:\s+(?P<year>\d{4}))?\s+(?:" + _BODY + r"\s+)?meetings?\b",
        re.IGNORECASE,
    ),
    # a work programme entry: "An update on the youth offer \u2013 June 2025"
    re.compile(r"(?:(?<=\s\u2013)|(?<=\s\u2014)|(?<=\s-))\s+(?P<month>" + _MONTH + r")\s+(?P<year>\d{4})(?=\s*[;.,]?\s*$)", re.IGNORECASE),
    # "at the November Board", "to the September 2026 Committee", "to the February 2027 cycle"
    re.compile(
        r"(?:to|at|for|before)\s+(?:the|its)\s+(?P<month>" + _MONTH + r")(?:\s+(?P<year>\d{4}))?\s+(?:" + _BODY + r"|cycle)\b",
        re.IGNORECASE,
    ),
    # "attend the 24 April licensing board", "to the 3 June planning committee": that day's meeting, named by its day
    re.compile(
        r"(?:(?<=attend\s)|^|(?:to|at|for|before)\s+)the\s+\d{1,2}(?:st|nd|rd|th)?\s+(?P<month>" + _MONTH + r")(?:\s+(?P<year>\d{4}))?\s+(?:[a-z][\w-]*\s+){0,2}(?:" + _BODY + r"|board|committee|panel|meeting)\b",
        re.IGNORECASE,
    ),
    # "to the Board in September 2026": the board is the destination, the month its meeting
    re.compile(
        r"(?:to|at|before)\s+the\s+" + _BODY + r"\s+in\s+(?P<month>" + _MONTH + r")(?:\s+(?P<year>\d{4}))?\b",
        re.IGNORECASE,
    ),
]
_NEXT_MEETING = re.compile(
    # "to next meeting", an action log's shorthand; not "date of next meeting", a heading
    r"(?:to|at|for|until|before|by)\s+next\s+(?:" + _BODY + r"\s+)?(?:meeting|mtg)\b|"
    r"(?:(?:to|at|for|until|till|before|by|ahead\s+of|in\s+time\s+for)\s+)?(?:the|its|our)\s+(?:[\w-]+'s\s+)?next\s+(?:[A-Z][\w&-]*\s+){0,4}?"
    r"(?:scheduled\s+|ordinary\s+|available\s+|formal\s+)?(?:(?:" + _BODY + r"\s+)?meeting\b|" + _BODY + r"\b(?!\s+(?:member|officer|report|chair)))",
    re.IGNORECASE,
)
_BY_DATE = [
    # "by 31 March 2022", "no later than 1st April 2027", "before 30 September 2036"
    re.compile(
        r"(?:by|before|no\s+later\s+than)\s+(?:(?:mon|tues|wednes|thurs|fri)day,?\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>" + _MONTH
        + r")\s+(?P<year>\d{4})\b",
        re.IGNORECASE,
    ),
    # "with a closing date of 18 March 2038", "the deadline for responses is 2nd April 2038": the day it closes
    re.compile(
        r"(?:closing\s+date|deadline)\s+(?:for\s+(?:replies|responses|comments|returns|submissions|applications|tenders?|nominations)\s+)?(?:is\s+|of\s+|:\s*)?"
        r"(?:(?:mon|tues|wednes|thurs|fri)day,?\s+)?(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>" + _MONTH + r"),?\s+(?P<year>\d{4})\b",
        re.IGNORECASE,
    ),
    # "by April 30, 2036": the American order, with its year
    re.compile(r"(?:by|before|no\s+later\s+than)\s+(?:(?:mon|tues|wednes|thurs|fri)day,?\s+)?(?P<month>" + _MONTH + r")\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>\d{4})\b", re.IGNORECASE),
    # "(after the next stage,) currently scheduled for 17 May 2021", "the visit planned for 3 June 2036": the day it is set for
    re.compile(r"(?:scheduled|planned|arranged|set|booked)\s+for\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>" + _MONTH + r"),?\s+(?P<year>\d{4})\b", re.IGNORECASE),
    # "by 31/03/2022", read day first as UK documents print it
    re.compile(r"(?:by|no\s+later\s+than)\s+(?P<day>\d{1,2})/(?P<mm>\d{1,2})/(?P<year>\d{4})\b", re.IGNORECASE),
    # "by March 2022", "by the end of March 2022", "before the end of March 2022"
    re.compile(
        r"(?:(?:by\s+)?no\s+later\s+than|by|(?:by|before|towards?)\s+the\s+end\s+of)\s+(?P<month>" + _MONTH + r")\s+(?P<year>\d{4})\b",
        re.IGNORECASE,
    ),
    # "by end of March 2025", "by end March 2025"
    re.compile(r"(?:by|before)\s+(?:the\s+)?end\s+(?:of\s+)?(?P<month>" + _MONTH + r")\s+(?P<year>\d{4})\b", re.IGNORECASE),
    # "by 31.03.25", "by 31/3/25": a day, month and two-figure year
    re.compile(r"(?:by|no\s+later\s+than)\s+(?P<day>\d{1,2})[./](?P<mm>\d{1,2})[./](?P<yy>\d{2})\b(?![./]\d)", re.IGNORECASE),
    # "for the meeting on 12/09/2027", "at the meeting on 12.09.2027"
    re.compile(r"(?:for|at|to)\s+the\s+(?:\w+\s+)?meeting\s+(?:on|of)\s+(?P<day>\d{1,2})[./](?P<mm>\d{1,2})[./](?P<year>\d{4})\b", re.IGNORECASE),
    # "a task group which would meet on 16 July 2026": a day it is to happen
    re.compile(
        r"(?:would|will|is\s+to|are\s+to)\s+(?:next\s+)?(?:meet|report|reconvene)\s+on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
        r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>" + _MONTH + r")\s+(?P<year>\d{4})\b",
        re.IGNORECASE,
    ),
    # "in March 2022", "during June 2023", "around January 2027", "be added for July 2027", "scheduled for September 2027",
    # "moved to July 2027", "until March 2035": the month's end
    re.compile(
        r"(?:in|during|around|until|till|(?:added|scheduled|listed|programmed|planned|booked|brought(?:\s+back)?)\s+for|(?:moved|deferred|postponed|put\s+back)\s+(?:to|until))\s+(?:(?:early|late)\s+|mid-?\s*)?(?P<month>" + _MONTH + r")\s+(?P<year>\d{4})\b",
        re.IGNORECASE,
    ),
    # "by the end of 2027"
    re.compile(r"(?:by|before)\s+the\s+end\s+of\s+(?P<year>\d{4})\b", re.IGNORECASE),
    # "by Mar-37", "by March '37", "by Sept 37": a month and a two-figure year, as a tracker's column prints it (with a space only
    # past any day of a month: "by March 12" is a day)
    re.compile(r"(?:by|before|no\s+later\s+than|(?:by|before)\s+(?:the\s+)?end\s+(?:of\s+)?)\s+(?P<month>" + _MONTH
               + r")\.?(?:\s*[-'\u2019]\s*|\s+(?=[4-9]\d\b|3[2-9]\b))(?P<yy>\d{2})\b(?![./:]\d)(?!\s+[a-z])", re.IGNORECASE),  # (never "by March 50 plots")
    # "by April/May 2037": two months and their year, the later one
    re.compile(r"(?:by|before|no\s+later\s+than)\s+(?:" + _MONTH + r")\s*[/&-]\s*(?P<month>" + _MONTH + r")\s+(?P<year>\d{4})\b", re.IGNORECASE),
    # "by 03/2037": a month and its year
    re.compile(r"(?:by|before|no\s+later\s+than)\s+(?P<mm>0?[1-9]|1[0-2])/(?P<year>(?:19|20)\d\d)\b(?!/)", re.IGNORECASE),
    # "by 2037-03-31": the day written the ISO way
    re.compile(r"(?:by|before|no\s+later\s+than)\s+(?P<year>(?:19|20)\d\d)-(?P<mm>0[1-9]|1[0-2])-(?P<day>[0-3]\d)\b", re.IGNORECASE),
]
_MONTHS_AFTER = re.compile(
    # ("an agenda item for 12 months' time": "for" only before "time", never a lease "for 12 months")
    r"(?:in|within|after|for(?=\s+\S+\s+(?:months?|years?)(?:'s|'|\u2019s|\u2019)?\s+time\b))\s+(?:the\s+next\s+)?" + _NUMBER + r"\s+(?P<unit>months?|years?)(?:'s|'|\u2019s|\u2019)?(?:\s+time)?",
    re.IGNORECASE,
)
# "a six-month update", "a 12 month review", "six-monthly", "every six months" (never "a monthly informal meeting", how often)
_INTERVAL_REPORT = re.compile(
    r"\b(?!an?\s+monthly\b)" + _NUMBER + r"[- ]month(?:ly\b|\s+(?:update|report|review|progress|check|briefing)s?\b)|\bevery\s+" + _NUMBER.replace("?P<n>", "?P<every>") + r"\s+months\b",
    re.IGNORECASE,
)
_DAYS_AFTER = re.compile(
    r"(?:in|within)\s+(?:the\s+next\s+)?(?:(?P<n>\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")\s+(?P<unit>weeks?|days?)|(?P<fortnight>a\s+fortnight|fortnight))"
    # "during the coming week", "within the next week", "over the following fortnight"
    r"|(?:in|within|during|over)\s+the\s+(?:coming|next|following)\s+(?P<one>week|fortnight)\b",
    re.IGNORECASE,
)
# the day after the meeting, or a week on: "to meet the Inspector the following day", "tomorrow", "next week" (read
# last, after any date the text names; never a week gone by, "the repairs carried out last week", nor "next week's
# training" or "the next day trip"; "this week" is left alone: its end depends on the meeting's weekday)
# any day and month in the text ("for 12 May"): "the next day" then counts from that day, not the meeting
# "for next month", "the following month" (not "the next month's training", nor "over the next month")
_THIS_MONTH = re.compile(r"\b(?:by|before)\s+the\s+end\s+of\s+(this|the)\s+month\b(?!\s+(?:of|following|after|in\s+which|when|that)\b|'s)", re.IGNORECASE)
_NAMED_MONTH = re.compile(rf"\b(?:{MONTH_NAMES})\b")
_NEXT_MONTH = re.compile(r"(?<!\bthe\s)\bnext\s+month\b(?!'s|\u2019s)|\bthe\s+following\s+month\b(?!'s|\u2019s)", re.IGNORECASE)
_MESSAGE = re.compile(
    r"(?i)\bto\s+(?:advise|inform|tell|explain\s+to)\s+(?:\w+\s+){0,3}?that\b[^;]*?(?=,?\s+and\s+(?:to\s+)?(?:report|bring|return|come|update|write|submit|present)\b|;|$)"
)
_MONTH_COMMA_YEAR = re.compile(r"\b(" + _MONTH + r"),\s+((?:19|20)\d\d)\b", re.IGNORECASE)
_ANY_DAY_AND_MONTH = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\b", re.IGNORECASE)
_SOON = re.compile(
    r"\b(?P<tomorrow>tomorrow|the\s+(?:following|next)\s+day)\b(?=\s*(?:[.,;:)]|$)|\s+(?:to|and|in|at|for|when|after|with)\b)"
    r"|(?<!\bthe\s)\bnext\s+week\b(?!(?:'s|\u2019s)(?!\s+(?:meeting|session|sitting)\b))"  # ("next week's meeting": a week on)
    r"|\bthe\s+following\s+week\b(?!'s|\u2019s)"  # "at their meeting the following week"
    # "for next Tuesday", "by Friday": a day of the coming week (a week on at most)
    r"|\b(?:by|for|on|before)\s+(?:next\s+|this\s+)?(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!\s*,?\s*\d)(?!\s+(?:the\s+)?\d|\s+(?:mornings?|afternoons?|evenings?|nights?)\b)",
    re.IGNORECASE,
)
# "on 22 May", "by 3 June", "between 20th July and 20th August" (its start): a day and month with no
# year is the next such day after the meeting.
_DAY_MONTH = re.compile(
    # not "the meeting held on 4 May", which names a meeting gone by; "w/c 14 October" is that week
    # ("prior to the deadline of the 25th of June"; "the meeting scheduled for 23 March": that meeting's day)
    r"(?<!held\s)(?<!dated\s)(?:on|by|before|until|between|w/c|week\s+(?:commencing|beginning|of)|prior\s+to|deadline\s+of|meeting\s+(?:scheduled|arranged|set)\s+for|to\s+be\s+held\s+on)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?,?\s+)?(?:the\s+)?(?:either\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:,|or|and|&)\s*\d{1,2}(?:st|nd|rd|th)?){0,3}\s+(?:of\s+)?(?P<month>" + _MONTH + r")\b(?!\s*,?\s*\d{4})",
    re.IGNORECASE,
)
# the American order: "on January 9th", "by March 3"
_MONTH_DAY = re.compile(
    r"(?<!held\s)(?<!dated\s)(?:on|by|before|until)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?P<month>" + _MONTH + r")\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?!\s*,?\s*\d{4}|\s*(?:[:.]\d|am|pm|[-/]))",  # (a day of a month: never "by March 50 plots")
    re.IGNORECASE,
)
# "on 5 January 2026", "on Tuesday 12th March 2024": a day it is to happen; a day before the
# meeting that asked is one gone by and gives no due.
_ON_DAY = re.compile(
    r"(?<!held\s)(?<!dated\s)(?<!took\splace\s)(?<!taken\splace\s)(?<!made\s)(?<!sent\s)(?<!received\s)(?:on(?:\s+or\s+(?:around|about|near))?|w/c|week\s+(?:commencing|beginning|of))\s+(?:the\s+)?"
    r"(?:(?:morning|afternoon|evening)\s+of\s+(?:the\s+)?)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>" + _MONTH + r"),?\s+(?P<year>\d{4})\b",
    re.IGNORECASE,
)
# "(the working group would meet) on 04/04/37", "on 4.4.2037": that day in figures, day first (never a day gone by: "held on ...")
_ON_FIGURES = re.compile(_ON_DAY.pattern.split("(?:(?:mon|tues")[0] + r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
                         r"(?P<day>\d{1,2})[./](?P<mm>\d{1,2})[./](?:(?P<year>\d{4})|(?P<yy>\d{2}))\b(?![./]\d)", re.IGNORECASE)
# A month with no year: "by February", "by the end of February", "in March"; of two, the later: "in March/April"
_MONTH_ONLY = re.compile(
    r"(?:(?:by|in|before|until|during)\s+(?:(?:the\s+)?end\s+(?:of\s+)?|mid-?\s*|(?:early|late)\s+)?|towards?\s+the\s+end\s+of\s+)(?P<month>" + _MONTH
    + r")(?:\s*/\s*(?P<later>" + _MONTH + r"))?\b(?!\s*,?\s*\d{4})",
    re.IGNORECASE,
)
_YEAR_END = re.compile(
    r"\b(?:by|before)\s+the\s+end\s+of\s+the\s+(?:financial\s+|calendar\s+)?year\b"  # "in the new year" names no month
    r"|\b(?:by|before)\s+(?:the\s+)?(?:financial\s+)?year(?:'s)?[\s-]end\b",  # ("DP to prepare by year end", "before the year-end")
    re.IGNORECASE,
)
_FUTURE_MEETING = re.compile(
    r"(?:(?:to|at|for)\s+)?(?:a|some)\s+(?:future|later|subsequent)\s+(?:" + _BODY + r"\s+)?(?:meeting|date)\b"
    r"|\bin\s+due\s+course\b",
    re.IGNORECASE,
)


_FROM_TO = re.compile(
    r"\bfrom\s+(?P<source>(?:the|its)\s+[^.;]{0,60}?\b(?:meeting|" + _BODY + r"|cycle)\b[^.;]{0,40}?)\s+(?=to\s+(?:the|its)\s)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DueSpec:
    """What a due phrase asks for, before it is placed on a calendar."""

    kind: str
    """meeting_month / next_meeting / months_after / days_after / day_month / month_only / by_date / future_meeting."""
    words: str
    """The phrase as written, e.g. "to the June 2021 meeting"."""
    year: int | None = None
    """meeting_month and by_date; None for "the June meeting" (the next June after the origin)."""
    month: int | None = None
    months: int | None = None
    """months_after: how many months after the meeting that asked."""
    date: dt.date | None = None
    """by_date: the deadline itself (a month end when only the month is given); next_meeting:
    the day the record gave for the next meeting, used while no later meeting is known."""
    day: int | None = None
    """day_month: the day of `month` ("on 22 May"); its year is the next after the meeting."""
    days: int | None = None
    """days_after: how many days after the meeting that asked ("within two weeks")."""


# "include this on the July agenda", "on to the agenda for September": the meeting whose agenda it goes on
_AGENDA_MONTH = re.compile(
    r"\b(?:on|to|onto|for|in)\s+(?:(?:the|its|their|our)\s+|(?<=\bto\s)|(?<=\bfor\s))(?P<month>" + _MONTH + r")(?:\s+(?P<year>\d{4}))?\s+agenda\b"  # ("add to November agenda")
    r"|\bagenda\s+(?:for|of)\s+(?P<month2>" + _MONTH + r")(?:\s+(?P<year2>\d{4}))?\b(?!\s+\d)",
    re.IGNORECASE,
)


# what was done before the meeting, in the words just before "on <day> <month>"
# (the day the past verb's own: never one after "to" or "for" a later event, "the team that won the cup to the meeting on 4 June")
_TOLD_OF_MEETING = re.compile(r"(?i)\b(?:resolved|agreed|decided|raised|discussed|reported|noted|considered|approved|mentioned|minuted|requested)\s+at\s*$|\bsince\s+(?:our|the|its)\s*$")
_PAST_BEFORE = re.compile(r"(?i)\b(?<!\bbe\s)(?:won|win|had\s+\w+|took\s+place|was\s+held|were\s+held|celebrated|visited|attended|died)\b(?:(?!\b(?:to|for|at)\b)[^,;.])*$")


def _day_named(text: str) -> re.Match[str] | None:
    """A day and month with no year ("by 30 June", "on March 3"), never one told of as gone by ("to mark their win in the final
    on 18 January", "who had won the science fair on 7 February")."""
    match = _DAY_MONTH.search(text) or next((m for m in _MONTH_DAY.finditer(text) if m.group("month")[0].isupper()), None)
    past = match and match.group(0)[:2].lower() == "on" and _PAST_BEFORE.search(text[max(0, match.start() - 80) : match.start()])
    return None if past else match


def _without_other_times(text: str) -> str:
    """A task's text with the times that are not its own taken out: a message's, a record's, a meeting's that is the subject (and
    of two days in one month, the later: "to take place on 5th and 6th November 2037" is due the 6th)."""
    text = re.sub(r"(?i)\bon\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s*(?:and|&|to|-)\s*(?:the\s+)?(?=\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + _MONTH + r")\b)", "on ", text)
    text = _MONTH_COMMA_YEAR.sub(r"\1 \2", text)  # "in February, 2024": the year after a comma is still the month's
    # "Clerk to reply to the plot holder to advise that the trough would be replaced in March": the message's time, not the task's
    # (the rest of the task is still read: "... to inform the County that the parish supports it and report back at the next meeting")
    text = _MESSAGE.sub(" ", text) if "that" in text else text
    # "the minutes of the December meeting were moved": a meeting gone by, named as the record's, no time
    text = re.sub(r"\b(?:minutes|notes|record)\s+of\s+(?:the|its|our)\s+(?!(?:next|following|forthcoming)\b)(?:[\w'-]+\s+){1,3}?meeting\b", " ", text, flags=re.IGNORECASE)
    # "delegate the timing and date of the next meeting to Officers": that meeting is the subject, not the time
    text = re.sub(r"\b(?:date|dates|timing|time|venue|location|arrangements)\s+(?:and\s+\w+\s+)?(?:of|for)\s+(?:the|its)\s+next\s+meeting\b", " ", text, flags=re.IGNORECASE)
    # "(and reconvened on 18 May following an adjournment)": an aside about the past gives no time
    text = re.sub(r"\((?:[^()]*\b(?:held|reconvened|adjourned|met|considered)\b[^()]*)\)", " ", text, flags=re.IGNORECASE)
    return text


def _this_month(text: str) -> re.Match | None:
    """ "by the end of this month", or "... of the month" where no month is named ("in December, by the end of the month": December's)."""
    found = _THIS_MONTH.search(text)
    return found if found and (found.group(1).lower() == "this" or not _NAMED_MONTH.search(text)) else None


def parse_due(text: str) -> DueSpec | None:
    """The due phrase in an action's text, or None when it gives no time."""
    text = re.sub(r"\b(\d{1,2})\s(st|nd|rd|th)\b", r"\1\2", text.replace("\u2019", "'"))  # ("by 30 th April": a PDF's space before the suffix)
    text = re.sub(r"(?i)\b(?:is|are)\s+being\s+held\s+(?=on\b)", "", text)  # "their AGM is being held on Monday 20th May": still to come
    # "a closing date for replies of, say, the end of March": a deadline hedged is a deadline still
    text = re.sub(r"(?i)\b(?:by|of|for)\s*,?\s+say\s*,\s+(?=(?:the\s+)?(?:end|middle|beginning|start)\s+of\s)", "by ", text)
    moved = _FROM_TO.search(text)
    if moved is not None:
        # "moved from the October meeting to the January meeting": where it goes, not where it was
        target = parse_due(text[moved.end("source") :])
        if target is not None:
            return target
    text = _without_other_times(text)
    # A named meeting beats a deadline, which beats an interval: "to the June meeting, by
    # which time ..." is due at that meeting whatever else the sentence says.
    for pattern in _MEETING_MONTH:
        match = pattern.search(text)
        if match and _TOLD_OF_MEETING.search(text[max(0, match.start() - 60) : match.start() + 3]):
            continue  # ("as resolved at our August meeting", "first raised at the June meeting": a meeting gone by)
        if match:
            year = int(match.group("year")) if match.group("year") else None
            day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + match.group("month") + r"\b", match.group(0))
            # "to Council on 29 July 2026": the meeting that month, and the day itself when no such meeting is known
            return DueSpec("meeting_month", _words(match), year=year, month=MONTHS[match.group("month").lower()], day=int(day.group(1)) if day else None)
    if (first := _NEXT_MEETING.search(text)) and not ((month_end := _this_month(text)) and month_end.start() < first.start()):
        return _next_meeting_due(text, first)  # ("before the end of the month prior to the next SCCF meeting": the month's end)
    for spec in (_by_date(pattern.search(text)) for pattern in _BY_DATE):
        if spec is not None:
            return spec
    match = _MONTHS_AFTER.search(text)
    if match:
        number = match.group("n").lower()
        months = int(number) if number.isdigit() else _NUMBER_WORDS[number]
        if match.group("unit").lower().startswith("year"):
            months *= 12
        return DueSpec("months_after", _words(match), months=months)
    match = _NEXT_MONTH.search(text) or _this_month(text)
    if match:  # "Clerk to place an agenda item for next month": a month on; "by the end of this month": the meeting's month's end
        return DueSpec("months_after", _words(match), months=1 if match.re is _NEXT_MONTH else 0)
    match = _INTERVAL_REPORT.search(text)
    if match:
        number = (match.group("n") or match.group("every")).lower()
        months = int(number) if number.isdigit() else _NUMBER_WORDS.get(number, 6)
        return DueSpec("months_after", _words(match), months=months)
    match = _DAYS_AFTER.search(text)
    if match:
        if match.group("fortnight") or match.group("one"):
            days = 7 if (match.group("one") or "").lower() == "week" else 14
        else:
            number = match.group("n").lower()
            days = int(number) if number.isdigit() else _NUMBER_WORDS[number]
            days *= 7 if match.group("unit").lower().startswith("week") else 1
        return DueSpec("days_after", _words(match), days=days)
    if match := _ON_DAY.search(text):
        return DueSpec("day_month", _words(match), year=int(match.group("year")), month=MONTHS[match.group("month").lower()], day=int(match.group("day")))
    if match := _ON_FIGURES.search(text):
        return _by_date(match)
    match = _day_named(text)
    if match:
        return DueSpec("day_month", _words(match), month=MONTHS[match.group("month").lower()], day=int(match.group("day")))
    if agenda := _AGENDA_MONTH.search(text):  # (after a deadline or a day: "quotes by 30 June for the July agenda" are due 30 June)
        return _agenda_due(agenda)
    match = _YEAR_END.search(text)
    if match:
        # "by the end of the year" (December), "by the end of the financial year" (March)
        month = 3 if "financial" in match.group(0).lower() else 12
        return DueSpec("month_only", _words(match), month=month)
    match = next((m for m in _MONTH_ONLY.finditer(text) if m.group("month")[0].isupper()), None)
    if match:  # a capital letter: "in March", never the verb in "in may"
        return DueSpec("month_only", _words(match), month=MONTHS[(match.group("later") or match.group("month")).lower()])
    match = None if _ANY_DAY_AND_MONTH.search(text) else _SOON.search(text)
    if match:  # ("book the hall for 12 May and tell the caretaker the next day": the day after that one, not the meeting)
        return DueSpec("days_after", _words(match), days=1 if match.group("tomorrow") else 7)
    match = _FUTURE_MEETING.search(text)
    if match:
        return DueSpec("future_meeting", _words(match))
    return None


def _agenda_due(agenda: re.Match[str]) -> DueSpec:
    """ "on the July agenda", "the agenda for September 2036": that month's meeting."""
    month, year = agenda.group("month") or agenda.group("month2"), agenda.group("year") or agenda.group("year2")
    return DueSpec("meeting_month", _words(agenda), year=int(year) if year else None, month=MONTHS[month.lower()])


# what a sentence says of the next meeting before its day: ", which will take place", "which is due to be held"
_SAID = r",?\s*(?:which|that)\s+(?:will\s+(?:take\s+place|be\s+held)|is\s+(?:due\s+|scheduled\s+)?to\s+be\s+held|is\s+scheduled)(?=\s)"


def _next_meeting_due(text: str, first: re.Match[str]) -> DueSpec:
    """ "the next meeting", dated where the text names its month or day."""
    # "the next meeting of the Panel in October", "... next meeting on 14th September 2020", "the next meeting of the
    # Joint Panel on Rural Transport, due to be held on 9 September 2036":
    # the month it names is the due, wherever in the text the next meeting is named so
    # ("prior to the next meeting ...; it will be considered at the next meeting in July 2017")
    for match in _NEXT_MEETING.finditer(text):
        # (the body whose meeting it is, its name in capitals, is passed over: "... of the Joint Panel on Rural Transport,")
        body = re.match(r"\s+of\s+(?:the\s+)?(?-i:[A-Z][\w&'\u2019-]*)(?:\s+(?:(?-i:[A-Z][\w&'\u2019-]*)|and|of|the|&)|\s+(?:on|for)\s+the(?=\s+(?-i:[A-Z])))*,?(?=\s)", text[match.end():]) \
            or re.match(rf"\s+of\s+(?:the\s+)?(?:[a-z&'\u2019-]+\s+){{1,5}}?(?={_SAID})", text[match.end():])  # ("of the parish council which is due to be held")
        skip = body.end() if body else 0
        # (and what is said of that meeting: ", which will take place in the Village Hall on 14 July", "which is due to be held on ...")
        said = re.match(_SAID, text[match.end() + skip:], re.IGNORECASE)
        skip += said.end() if said else 0
        named = re.match(
            r"[^.;]{0,40}?\b(?:in|(?:on|(?:scheduled|held|arranged|set)\s+for)\s+(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri)day,?\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?)\s+(?P<month>" + _MONTH
            + r")(?:\s+(?P<year>\d{4}))?\b",
            text[match.end() + skip:],
            re.IGNORECASE,
        )
        if named and named.group("month")[0].isupper():
            year = int(named.group("year")) if named.group("year") else None
            if named.group("day") and year is None:
                # "the next meeting on 26 September": that day, the first such after the meeting
                return DueSpec("day_month", _words(match) + text[match.end(): match.end() + skip + named.end()],
                               month=MONTHS[named.group("month").lower()], day=int(named.group("day")))
            return DueSpec("meeting_month", _words(match) + text[match.end(): match.end() + skip + named.end()], year=year,
                           month=MONTHS[named.group("month").lower()])
        # "the next meeting on January 9th": the month first
        named = _MONTH_DAY.match(re.sub(r"^[^.;]{0,40}?(?=\b(?:on|by|before)\s)", "", text[match.end():]))
        if named and named.group("month")[0].isupper():
            return DueSpec("day_month", _words(match) + " " + _words(named), month=MONTHS[named.group("month").lower()], day=int(named.group("day")))
    return DueSpec("next_meeting", _words(first))


MONTHS_AFTER_WINDOW_DAYS = 120


def resolve_due(spec: DueSpec, origin_meeting: dt.date, calendar: list[dt.date]) -> tuple[dt.date | None, dt.date | None]:
    """Place a due phrase on the committee's calendar: (due_meeting_date, due_date).

    `calendar` is the sorted list of the committee's known meeting dates, held or scheduled.
    """
    meetings = sorted(calendar)
    if spec.kind == "meeting_month":
        year = spec.year if spec.year is not None else _next_year_with_month(origin_meeting, spec.month)
        if spec.year is None and spec.day is not None and (spec.month, spec.day) > (origin_meeting.month, origin_meeting.day):
            year = origin_meeting.year  # "the 24 April licensing board" said on 15 April: this April
        if (year, spec.month) < (origin_meeting.year, origin_meeting.month):
            return None, None  # "the meeting on 14 October 2035" cited at a November meeting: a meeting gone by, no due
        # never the meeting that set it, nor one before it ("to Council on 29 July" said at a meeting on 14 July)
        in_month = [m for m in meetings if (m.year, m.month) == (year, spec.month) and m > origin_meeting]
        named = _day_or_none(year, spec.month, spec.day)
        if named is not None and named > origin_meeting:
            return (named if named in in_month else None), named
        if in_month:
            return in_month[0], None
        return None, _month_end(year, spec.month)
    if spec.kind == "next_meeting":
        later = [m for m in meetings if m > origin_meeting]
        if later:
            return later[0], None
        # the record said when the next meeting is ("Date of next meeting: 30 January") though
        # that meeting is not in the store: its day is the due until the meeting itself is
        return None, (spec.date if spec.date is not None and spec.date > origin_meeting else None)
    if spec.kind == "months_after" and not spec.months:
        return None, _month_end(origin_meeting.year, origin_meeting.month)  # "by the end of this month"
    if spec.kind == "months_after":
        target = add_months(origin_meeting, spec.months or 0)
        # "Report back in six months" comes to the first meeting after the six months, as
        # long as the committee meets within a quarter of it; beyond that the date alone stands.
        close = [m for m in meetings if target <= m <= target + dt.timedelta(days=MONTHS_AFTER_WINDOW_DAYS)]
        return (close[0] if close else None), target
    if spec.kind == "days_after":
        return None, origin_meeting + dt.timedelta(days=spec.days or 0)
    if spec.kind == "day_month":
        day = spec.day or 1
        year = origin_meeting.year if (spec.month, day) > (origin_meeting.month, origin_meeting.day) else origin_meeting.year + 1
        try:
            date = dt.date(spec.year or year, spec.month or 1, day)
        except ValueError:
            return None, None
        if date <= origin_meeting:
            return None, None  # "on 5 March 2023" asked for in June 2023 is a day gone by
        weekday = re.search(r"(?i)\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", spec.words)
        earlier = _day_or_none(origin_meeting.year, date.month, date.day) if date.year > origin_meeting.year else None
        if spec.year is None and weekday and earlier and earlier.strftime("%A").lower().startswith(weekday.group(1).lower()) \
                and not date.strftime("%A").lower().startswith(weekday.group(1).lower()):
            return None, None  # "on Friday 10th February" said after it: that Friday fell this year, gone by, not next year's
        return (date if date in meetings else None), date
    if spec.kind == "month_only":
        # "by the end of April" said on 9 April is this April's end; a month gone by is next year's
        same = (spec.month or 1) == origin_meeting.month and re.search(r"(?i)\bend\s+of\b|^in\s", spec.words)  # (never "before April" said in April)
        year = origin_meeting.year if (spec.month or 1) > origin_meeting.month or same else origin_meeting.year + 1
        in_month = [m for m in meetings if (m.year, m.month) == (year, spec.month) and m > origin_meeting]
        return (in_month[0] if in_month else None), _month_end(year, spec.month or 1)
    if gone_by(spec, origin_meeting):
        return None, None
    if spec.kind == "by_date":
        # "By March 2027": the last meeting before the deadline is where it is due, but only
        # once the calendar reaches past the deadline; until then a meeting may yet be added.
        if not meetings or meetings[-1] <= spec.date:
            return None, spec.date
        before = [m for m in meetings if origin_meeting < m <= spec.date]
        return (before[-1] if before else None), spec.date
    return None, None


def gone_by(spec: DueSpec, origin_meeting: dt.date) -> bool:
    """Whether the phrase names a month before the meeting that set the task: a grant "paid in May" questioned at a
    November meeting, and a promise there to send the papers, is no due."""
    return spec.kind == "by_date" and spec.date is not None and (spec.date.year, spec.date.month) < (origin_meeting.year, origin_meeting.month)


def visit_held_by_then(spec: DueSpec, text: str, origin_meeting: dt.date) -> bool:
    """Whether the task is to attend, hold or make a visit or meeting on a day no later than the meeting that set it: "Council
    agreed to attend a site visit on Sunday 4th March" minuted at that very visit is what took place, no task."""
    if spec.kind != "day_month" or not spec.month or not spec.day or not re.match(r"(?i)(?:[\w'\u2019.-]+\s+){0,4}?to\s+(?:attend|hold|visit|meet)\b", text):
        return False
    try:
        day = dt.date(spec.year or origin_meeting.year, spec.month, spec.day)
    except ValueError:
        return False
    return day <= origin_meeting


def add_months(value: dt.date, months: int) -> dt.date:
    """The same day `months` later, moved back to the month's last day when it has fewer."""
    index = value.month - 1 + months
    year, month = value.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(value.day, _calendar.monthrange(year, month)[1]))


def _words(match: re.Match[str]) -> str:
    return re.sub(r"\s+", " ", match.group(0)).strip()


def _by_date(match: re.Match[str] | None) -> DueSpec | None:
    if match is None or match.group(0)[:6].lower() == "before" and re.search(r"(?i)\b(?:who|whose|which|that|where)\b[^,;]*$", match.string[: match.start()]):
        return None  # ("refund tenants who gave notice before 1 July 2036": a condition, not the task's deadline)
    groups = match.groupdict()
    year = int(groups["year"]) if groups.get("year") else 2000 + int(groups["yy"])
    if groups.get("mm"):
        month = int(groups["mm"])
    elif groups.get("month"):
        month = MONTHS[groups["month"].lower()]
    else:
        month = 12
    try:
        date = dt.date(year, month, int(groups["day"])) if groups.get("day") else _month_end(year, month)
    except ValueError:
        return None  # "by 31 June 2022" names no real day; better no due date than a guessed one
    return DueSpec("by_date", _words(match), year=year, month=month, date=date)


def _day_or_none(year: int, month: int, day: int | None) -> dt.date | None:
    try:
        return dt.date(year, month, day) if day else None
    except ValueError:
        return None  # "31 June": no such day


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, _calendar.monthrange(year, month)[1])


def _next_year_with_month(origin: dt.date, month: int) -> int:
    """ "The June meeting" asked for in March means this June; asked for in June, next June."""
    return origin.year if month > origin.month else origin.year + 1
