"""The demo's calendar, moved to today: every date in the demo documents shifted by whole months.

The demo is written around one day, `STORY_TODAY`, three days before its next meeting. So that
it stays current, the documents are rewritten before they are imported, with every date moved
by the same whole number of months: the smallest move that puts the next meeting after today.
The rules keep the text true to itself and to the store:

- a meeting (any date the documents print with its weekday, e.g. "Thursday, 26th November,
  2026") moves to the same weekday in the same week of its new month (the 4th Thursday stays
  the 4th Thursday), wherever and however it is printed ("17/09/2026", "held on 17 September
  2026", a file name);
- the first and the last day of a month stay the first and last ("the year to 31 March");
- any other day keeps its number (clamped to the new month's length);
- month names move with their dates ("to the June 2025 meeting" names the month the meeting
  moved to), bare ones too ("in July"); years carry over as the months do, and a year printed
  alone, a year range or a financial year ("2025/26") moves as March of that year does.

With a move of 0 months every document comes out exactly as written.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable

STORY_TODAY = dt.date(2026, 11, 23)
"""The day the demo documents were written for."""

STORY_NEXT_MEETING = dt.date(2026, 11, 26)
"""The demo's next meeting on `STORY_TODAY`: its pack is published, it has not been held."""

MONTH_NAMES = tuple(calendar.month_name)[1:]
_MONTH_NUMBER = {name.lower(): number for number, name in enumerate(MONTH_NAMES, start=1)}
_WEEKDAY_NAMES = tuple(calendar.day_name)
_MONTH = "(?:" + "|".join(MONTH_NAMES) + ")"
_WEEKDAY = "(?:" + "|".join(_WEEKDAY_NAMES) + ")"
_SPACE = r"[ \t\u00a0]+"  # within a line: a page-number line followed by a month is no date
_GAP = r",?\s+"  # a month and its year may wrap onto the next line

_DATES = re.compile(
    "|".join(
        [
            # "Thursday, 26th November, 2026", "17 SEPTEMBER\n2026", "31 March 2026"
            rf"(?P<weekday>{_WEEKDAY},?{_SPACE})?(?P<day>\d{{1,2}})(?P<ordinal>st|nd|rd|th)?{_SPACE}"
            rf"(?P<month>{_MONTH})(?:(?P<gap>{_GAP})(?P<year>(?:19|20)\d\d)\b(?!/\d))?",
            r"\b(?P<s_day>\d{1,2})/(?P<s_month>\d{1,2})/(?P<s_year>\d{4})\b",
            r"\b(?P<i_year>\d{4})-(?P<i_month>\d{2})-(?P<i_day>\d{2})\b",
            # "June 2025", "SEPTEMBER 2025", "in July"
            rf"\b(?P<m_month>{_MONTH})\b(?:(?P<m_gap>{_GAP})(?P<m_year>(?:19|20)\d\d)\b(?!/\d))?",
            # "2025/26", "2023/2024"
            r"\b(?P<f_start>20\d\d)/(?P<f_end>\d\d(?:\d\d)?)\b",
            r"(?<!Act )\b(?P<year_alone>20\d\d)\b",
        ]
    ),
    re.IGNORECASE,
)
_WITH_WEEKDAY = re.compile(
    rf"\b{_WEEKDAY},?{_SPACE}(\d{{1,2}})(?:st|nd|rd|th)?{_SPACE}({_MONTH}){_GAP}((?:19|20)\d\d)\b", re.IGNORECASE
)


def meeting_dates(texts: Iterable[str]) -> set[dt.date]:
    """The dates the documents print with their weekday: the meetings, whose weekday must hold."""
    found = set()
    for text in texts:
        for match in _WITH_WEEKDAY.finditer(text):
            found.add(dt.date(int(match.group(3)), _MONTH_NUMBER[match.group(2).lower()], int(match.group(1))))
    return found


def months_to_move(today: dt.date) -> int:
    """The smallest whole-month move that puts the demo's next meeting after `today` (0 on STORY_TODAY)."""
    months = (today.year - STORY_NEXT_MEETING.year) * 12 + today.month - STORY_NEXT_MEETING.month - 1
    while move_date(STORY_NEXT_MEETING, months, keep_weekday=True) <= today:
        months += 1
    return months


def move_month(year: int, month: int, months: int) -> tuple[int, int]:
    """The (year, month) `months` after (year, month); negative moves go back."""
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def year_carry(months: int) -> int:
    """How far a year printed without its month moves: as March of that year does."""
    return (3 - 1 + months) // 12


def move_date(date: dt.date, months: int, keep_weekday: bool = False) -> dt.date:
    """`date` moved by `months` whole months, by the rules in the module docstring."""
    year, month = move_month(date.year, date.month, months)
    last = calendar.monthrange(year, month)[1]
    if date.day == 1:
        return dt.date(year, month, 1)
    if date.day == calendar.monthrange(date.year, date.month)[1]:
        return dt.date(year, month, last)
    if not keep_weekday:
        return dt.date(year, month, min(date.day, last))
    week = (date.day - 1) // 7
    first = dt.date(year, month, 1)
    day = 1 + (date.weekday() - first.weekday()) % 7 + 7 * week
    while day > last:  # a fifth Thursday the new month lacks: its last Thursday
        day -= 7
    return dt.date(year, month, day)


def move_text(text: str, months: int, meetings: set[dt.date] = frozenset()) -> str:
    """`text` with every date in it moved by `months`; `meetings` keep their weekday."""
    if months == 0:
        return text

    def full(date: dt.date) -> dt.date:
        return move_date(date, months, keep_weekday=date in meetings)

    def replace(match: re.Match[str]) -> str:
        groups = match.groupdict()
        if groups["day"] is not None:
            return _wordy(match, months, full)
        if groups["s_day"] is not None:
            date = _date(groups["s_year"], groups["s_month"], groups["s_day"])
            if date is None:
                return match.group(0)
            new = full(date)
            return f"{new.day:0{len(groups['s_day'])}d}/{new.month:0{len(groups['s_month'])}d}/{new.year}"
        if groups["i_year"] is not None:
            date = _date(groups["i_year"], groups["i_month"], groups["i_day"])
            return match.group(0) if date is None else full(date).isoformat()
        if groups["m_month"] is not None:
            name = groups["m_month"]
            if name == "may" or (not name.isupper() and not name.istitle()):
                return match.group(0)  # "may" the verb
            number = _MONTH_NUMBER[name.lower()]
            if groups["m_year"] is None:
                return _styled(move_month(2000, number, months)[1], name)
            year, month = move_month(int(groups["m_year"]), number, months)
            return f"{_styled(month, name)}{groups['m_gap']}{year}"
        if groups["f_start"] is not None:
            start, end = int(groups["f_start"]) + year_carry(months), groups["f_end"]
            return f"{start}/{str(start + 1)[-len(end):]}"
        return str(int(groups["year_alone"]) + year_carry(months))

    return _DATES.sub(replace, text)


def _wordy(match: re.Match[str], months: int, full) -> str:
    """A date written in words, with or without its weekday and year, moved."""
    groups = match.groupdict()
    name, day = groups["month"], int(groups["day"])
    number = _MONTH_NUMBER[name.lower()]
    if groups["year"] is None:
        # A day and month alone ("on 28 November"): the day kept, clamped, in a common year.
        _, month = move_month(2001, number, months)
        last = calendar.monthrange(2001, month)[1]
        new = dt.date(2001, month, last if day == calendar.monthrange(2001, number)[1] else min(day, last))
    else:
        date = _date(groups["year"], number, day)
        if date is None:
            return match.group(0)
        new = full(date)
    text = ""
    if groups["weekday"]:
        old = groups["weekday"].rstrip(", \t\u00a0")
        text += _styled_word(_WEEKDAY_NAMES[new.weekday()], old) + groups["weekday"][len(old):]
    text += str(new.day)
    if groups["ordinal"]:
        text += _ordinal(new.day) if not groups["ordinal"].isupper() else _ordinal(new.day).upper()
    text += match.group(0)[match.end("ordinal" if groups["ordinal"] else "day") - match.start() : match.start("month") - match.start()]
    text += _styled(new.month, name)
    if groups["year"] is not None:
        text += groups["gap"] + str(new.year)
    return text


def _date(year, month, day) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _ordinal(day: int) -> str:
    return "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _styled(month: int, like: str) -> str:
    """A month's name, written in the case of `like` ("JUNE", "June")."""
    return _styled_word(MONTH_NAMES[month - 1], like)


def _styled_word(word: str, like: str) -> str:
    return word.upper() if like.isupper() else word
