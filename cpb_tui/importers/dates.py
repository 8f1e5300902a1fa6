"""Dates as councils print them: "15/06/2022", "Thursday, 28th January, 2021", "21st May 2021",
"6th of February 2018", "February the 6th 2018"."""

from __future__ import annotations

import datetime as dt
import re

# (with February's two common misspellings, "Febuary" and "Feburary", as minutes print them)
MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"), ("february", "feb", "febuary", "feburary"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
# Welsh month names, for Welsh and bilingual minutes ("6 Chwefror 2025").
WELSH_MONTHS = {
    "ionawr": 1, "chwefror": 2, "mawrth": 3, "ebrill": 4, "mai": 5, "mehefin": 6, "gorffennaf": 7,
    "awst": 8, "medi": 9, "hydref": 10, "tachwedd": 11, "rhagfyr": 12,
}
_MONTH = (
    r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
    r"|ionawr|chwefror|mawrth|ebrill|mai|mehefin|gorffennaf|awst|medi|hydref|tachwedd|rhagfyr)"
)
_WEEKDAY = r"(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|dydd\s+(?:llun|mawrth|mercher|iau|gwener|sadwrn|sul)),?\s+)?"
_WORDY = re.compile(
    # ("21stFebruary 2018": a PDF that lost the space after the ordinal)
    # (and Welsh ordinals and "o": "27ain o Ionawr 2021", "9fed Hydref, 2014")
    # (and a comma after the day: "Wednesday 25th, May, 2016")
    # (and a stop after the ordinal: "Thursday 29th. June 2017")
    # (or the month glued to the day: "WEDNESDAY, 17MAY 2017at 7:00 p.m.")
    _WEEKDAY + r"(?:the\s+)?(\d{1,2})(?:\s?(?:st|nd|rd|th|af|ail|il|ydd|fed|ed|eg|ain)\.?\s*|\s+|(?=[A-Za-z]))(?:,\s*)?(?:day\s+of\s+|of\s+|o\s+)?" + _MONTH
    # ("... 8th August 2016commencing 7pm", "Monday 24 February2014": the space lost)
    + r"\.?,?\s*(\d{4})(?:\b|(?=[a-z]{2,}))", re.IGNORECASE  # ("... 25 April 2016at 7.00pm")
)
# "Wednesday 25, May, 2036": a comma after a day with no ordinal, read only after a weekday (alone,
# "items 4, 5 and 6, May 2036" would be a date)
_WEEKDAY_COMMA = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(\d{1,2}),\s*" + _MONTH + r"\.?,?\s+(\d{4})\b", re.IGNORECASE
)
# "February the 6th 2018", "Tuesday, February 6, 2018": the month first
_MONTH_FIRST = re.compile(
    # (and the Welsh "Mawrth y 9fed 2020")
    # ("Tuesday August 22nd2017commencing at 8pm": the spaces a PDF lost after the ordinal)
    _WEEKDAY + r"\b" + _MONTH + r"\.?\s+(?:the\s+|y\s+)?(\d{1,2})(?:(?:st|nd|rd|th|af|ail|il|ydd|fed|ed|eg|ain),?\s*|,?\s+)(\d{4})(?:\b|(?=[a-z]{2,}))", re.IGNORECASE
)
# "15/06/2022", and as parish clerks also write it, "15.06.2022" and "15-06-2022" (four-figure years
# only: "12.3.21" may be a minute's number)
_SLASHED = re.compile(r"(?<![\d.])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d|\.\d)")
_ISO = re.compile(r"\b(\d{4})([-/])(\d{2})\2(\d{2})\b")


# "MONDAY 2nd DECEMEBER 2036", "14th Ocotber 2036": a long month's name typed one letter wrong, between a day and a year
_MISSPELT = re.compile(_WEEKDAY + r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{6,10}),?\s+(\d{4})\b", re.IGNORECASE)
_LONG_MONTHS = {name: number for name, number in MONTHS.items() if len(name) >= 6 and name not in ("febuary", "feburary")}
# (February's two common misspellings are in MONTHS but not in the patterns above: they are read here)


def _misspelt_month(word: str) -> int | None:
    """The month a word of six letters or more is one slip from (a letter added, dropped, changed or two swapped)."""
    word = word.lower()
    if word in _LONG_MONTHS or word in WELSH_MONTHS:
        return None  # (read by the patterns above)
    for name, number in _LONG_MONTHS.items():
        if abs(len(name) - len(word)) > 1:
            continue
        if len(name) == len(word):
            slips = [i for i in range(len(word)) if word[i] != name[i]]
            if len(slips) == 1 or len(slips) == 2 and slips[1] == slips[0] + 1 and word[slips[0]] == name[slips[1]] and word[slips[1]] == name[slips[0]]:
                return number
        else:
            longer, shorter = (word, name) if len(word) > len(name) else (name, word)
            if any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer))):
                return number
    return None


def find_dates(text: str) -> list[tuple[int, dt.date]]:
    """Every date in `text` with its offset, in order. Slashed dates are read day first (UK)."""
    found: list[tuple[int, dt.date]] = []
    for match in _WORDY.finditer(text):
        name = match.group(2).lower()
        _add(found, match.start(), int(match.group(3)), MONTHS.get(name) or WELSH_MONTHS[name], int(match.group(1)))
    for match in _WEEKDAY_COMMA.finditer(text):
        name = match.group(2).lower()
        _add(found, match.start(), int(match.group(3)), MONTHS.get(name) or WELSH_MONTHS[name], int(match.group(1)))
    for match in _MONTH_FIRST.finditer(text):
        if any(abs(offset - match.start()) < 4 for offset, _ in found):
            continue
        name = match.group(1).lower()
        _add(found, match.start(), int(match.group(3)), MONTHS.get(name) or WELSH_MONTHS[name], int(match.group(2)))
    taken = {offset for offset, _ in found}
    for match in _MISSPELT.finditer(text):
        month = _misspelt_month(match.group(2))
        if month and not any(offset in taken for offset in range(match.start() - 11, match.start() + 12)):
            _add(found, match.start(), int(match.group(3)), month, int(match.group(1)))
    for match in _SLASHED.finditer(text):
        _add(found, match.start(), int(match.group(4)), int(match.group(3)), int(match.group(1)))
    for match in _ISO.finditer(text):
        _add(found, match.start(), int(match.group(1)), int(match.group(3)), int(match.group(4)))
    return sorted(found)


# "... AT 7.30 P.M. ON 06.06.17": a heading's date with a two-figure year, only after "on" (alone,
# "4.3.22" is a parish's minute number)
# (or "... Meeting, 30/1/34, at the Centre", and a title that ends on it, "Minutes of Parish Council Meeting 30/1/35", "Minutes 14/09/35")
_SHORT_YEAR = re.compile(
    r"\b(?:on|dated|meeting,)\s+(\d{1,2})([./])(\d{1,2})\2(\d{2})\b(?![./]\d)"
    r"|(?:\bmeeting|^(?:draft\s+)?minutes(?:\s+of)?):?\s+(\d{1,2})([./])(\d{1,2})\6(\d{2})(?=\s*(?:$|,|\(|\s+at\b|\s+(?-i:[A-Z])))", re.IGNORECASE | re.MULTILINE
)


def find_heading_date(text: str) -> dt.date | None:
    """The first date in a heading, a two-figure year after "on" too ("ON 06.06.17")."""
    found = find_date(text)
    if found is None and (short := _SHORT_YEAR.search(text)):
        dates: list[tuple[int, dt.date]] = []
        day, month, year = (short.group(1), short.group(3), short.group(4)) if short.group(1) else (short.group(5), short.group(7), short.group(8))
        _add(dates, 0, 2000 + int(year), int(month), int(day))
        found = dates[0][1] if dates else None
    return found


def find_date(text: str) -> dt.date | None:
    """The first date in `text`, or None."""
    dates = find_dates(text)
    return dates[0][1] if dates else None


def held_on_dotted(text: str) -> dt.date | None:
    """ "... was held on 17.5.36 at 7pm": a day in figures with stops after "was held on" (day, month, a year of two or four
    figures), in the sentence that says the meeting was held then (a bare "4.5.36" is as likely an item's number)."""
    sentence = re.split(r"(?<=[a-z)])\.\s+(?=[A-Z])", text, maxsplit=1)[0]  # (its own sentence: the next may be another body's)
    # ("... adjourned from the meeting held on 12.5.36, was held on 19.5.36": the day it was held, never the day it was adjourned from)
    found = re.search(r"\b(?:was|were)\s+held\s+on\s+(\d{1,2})\.(\d{1,2})\.(\d{2}|(?:19|20)\d\d)\b(?!\.\d)", sentence)
    if found is None:
        return None
    day, month, year = int(found.group(1)), int(found.group(2)), int(found.group(3))
    try:
        return dt.date(year if year > 99 else 2000 + year, month, day)
    except ValueError:
        return None


def parse_date(text: str) -> dt.date:
    """Read a date typed by a user or printed in a document; ValueError says what was expected."""
    value = text.strip()
    found = find_dates(value)
    if not found:
        raise ValueError(
            f"cannot read {text!r} as a date: use 2021-06-21, 21/06/2021 or 21 June 2021"
        )
    return found[0][1]


def _add(found: list[tuple[int, dt.date]], offset: int, year: int, month: int, day: int) -> None:
    try:
        found.append((offset, dt.date(year, month, day)))
    except ValueError:
        pass  # 31/02/2021 and the like are not dates; skip rather than guess


_DAY_MONTH = re.compile(_WEEKDAY + r"(?:the\s+)?(\d{1,2})\s?(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\b(?![.,]?\s*\d)", re.IGNORECASE)
_MONTH_DAY = re.compile(_WEEKDAY + r"\b" + _MONTH + r"\.?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\b(?![,.]?\s*\d)", re.IGNORECASE)


def find_day_month_after(text: str, after: dt.date) -> dt.date | None:
    """A date printed without its year ("Tuesday January 30th", "30th January"): the first such
    day after `after` (a next meeting's date in minutes that leave the year out), or None."""
    for pattern, day_group, month_group in ((_DAY_MONTH, 1, 2), (_MONTH_DAY, 2, 1)):
        match = pattern.search(text)
        if match is None:
            continue
        name = match.group(month_group).lower()
        month, day = MONTHS.get(name) or WELSH_MONTHS[name], int(match.group(day_group))
        for year in (after.year, after.year + 1):
            try:
                found = dt.date(year, month, day)
            except ValueError:
                continue
            if found > after:
                return found
    return None


def dates_hint(lines: list[str]) -> str | None:
    """ "dates in the text: 2012-09-14, ...": what a page that states no date of its own does name (its first
    400 lines), to help the clerk find the meeting's; None when it names none."""
    dates = sorted({found for _, found in find_dates(" ".join(lines[:400]))})
    if not dates:
        return None
    return "dates in the text: " + ", ".join(d.isoformat() for d in dates[:4]) + (" ..." if len(dates) > 4 else "")


_ISSUE_LINE = re.compile(r"(?i)\b(?:clerk|proper\s+officer|dated|date\s+of\s+(?:issue|notice)|issued|published|signed)\b")
_MEETING_LINE = re.compile(r"(?i)\b(?:next|last|previous)\s+meeting\b|\bminutes\s+of\s+the\s+(?:\w+\s+)?meeting\s+held\b")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NAMED_DAY_NO_YEAR = re.compile(
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\b(?![.,]?\s*\d)",
    re.IGNORECASE,
)


# "SKPC Meeting Minutes July 2036" over "held in the Village Hall on 25 July at 7pm": the page's title names the month and year
_MONTH_YEAR_TITLE = re.compile(r"(?i)\b(?:minutes|meeting)\b[^.]{0,40}?\b" + _MONTH + r"\s+((?:19|20)\d\d)\b|\b" + _MONTH + r"\s+((?:19|20)\d\d)\s+(?:meeting\s+)?minutes\b")
_HELD_ON_DAY = re.compile(r"(?i)\b(?:held|meeting)\b[^.]{0,80}?\bon\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"\b(?![.,]?\s*\d)")


def _titled_year(heading: list[str], lines: list[str]) -> list[str] | None:
    """The heading with the year put after a day held "on 25 July" where the page's title line names that month and its year."""
    title = next((found for line in lines[:3] if (found := _MONTH_YEAR_TITLE.search(line))), None)
    if title is None:
        return None
    month, year = (title.group(1), title.group(2)) if title.group(1) else (title.group(3), title.group(4))
    for index, line in enumerate(heading):
        held = _HELD_ON_DAY.search(line) if line in lines else None
        if held and MONTHS.get(held.group(2).lower()) == MONTHS.get(month.lower()):
            return heading[:index] + [f"{line[: held.end()]} {year}{line[held.end():]}"] + heading[index + 1 :]
    return None


def with_inferred_year(heading: list[str], every: list[str]) -> list[str]:
    """The heading's lines, where they name a day without its year ("Monday 19th December @ 2pm") and no line of
    them has a whole date: the year put in whose calendar gives that weekday, taken from the next or last meeting's
    date ("11th January 2023") or a year the page names twice, so the meeting's date is read as if printed whole."""
    first_item = next((i for i, line in enumerate(heading) if re.match(r"\s*(?:\d{1,3}[.):]|[-\u2022*])\s", line)), len(heading))
    lines = [line for line in heading[:first_item] if line][:6]
    # (a whole date on the clerk's signing line, "Clerk to the Council Thursday 12th October 2023", is the day the summons
    # went out, not the meeting's: its year is the nearest to the meeting's)
    issued = [line for line in lines if _ISSUE_LINE.search(line) and find_date(line)]
    if not lines or any(find_date(line) for line in lines if line not in issued):
        return heading
    titled = _titled_year(heading, lines)
    if titled is not None:
        return titled
    for index, line in enumerate(heading):
        match = _NAMED_DAY_NO_YEAR.search(line) if line in lines else None
        if match is None:
            continue
        # (the years of the next or the last meeting's date, on its line or the one after, else one the page names twice or
        # more: never a lease's end or a cited refusal)
        named = [found.year for _, found in find_dates(" ".join(every[:400]))]
        meetings = [" ".join(every[i : i + 2]) for i, text in enumerate(every[:400]) if _MEETING_LINE.search(text)]
        years = [found.year for text in meetings for _, found in find_dates(text)]
        years = [y for line in issued for y in (find_date(line).year + 1, find_date(line).year)] + years if issued else years  # (a notice sent in December for January)
        years = years or sorted({year for year in named if named.count(year) >= 2}, key=named.count, reverse=True)
        month, day = MONTHS.get(match.group(3).lower()), int(match.group(2))
        for year in [y for near in years for y in (near, near - 1)]:
            try:
                day_named = dt.date(year, month or 0, day)
            except ValueError:
                continue
            if _WEEKDAYS[day_named.weekday()] == match.group(1).lower():
                return heading[:index] + [f"{line[: match.end()]} {year}{line[match.end():]}"] + heading[index + 1 :]
        return heading
    return heading
