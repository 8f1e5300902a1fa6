"""What a printed item number runs by: 42 in "42/19", 53 in "15/53/Plan", the minute after a year
("16.95", "2022-107"), and the point under it (5 -> 5a, 5.1). `numbering` chains items by these values.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from functools import lru_cache
from typing import Callable

from cpb_tui.importers.dates import MONTHS
from cpb_tui.importers.flat_runs import page_run_references
from cpb_tui.importers.titles import Heading, _title_like, only_people, tidy_title


@lru_cache(maxsize=4096)
def _minor(number: str) -> int:
    if re.fullmatch(r"(?:19|20)\d\d-\d{1,4}|\d{2}[.-]\d{3}|[A-Z]{1,4}\.\d{1,4}", number):
        return 0  # "2022-107", "23.001", "21-062", "CA.212", "FPM.1": the minute is the item's own number
    if re.fullmatch(r"[A-Z]\d{2}/\d{2}\.\d{1,3}", number):
        return 0  # "T11/12.26": the minute is the item's own number
    # ("2016/32/01": a point of minute 2016/32; "2020/01/08", a month with its nought, is the year, month and minute)
    # ("04/19/02": point 2 of minute 4 of 2019, a drainage board's numbering)
    sub = re.search(r"[.:-](\d{1,2})$|^(?:19|20)\d\d/(?!0\d/)\d{1,3}/(\d{1,2})$|^\d{2}/\d{2}/(\d{2})$", number)
    if sub:
        return int(sub.group(1) or sub.group(2) or sub.group(3))
    bracketed = re.fullmatch(r"\d{1,3}\.\(([ivx]{1,5}|[a-h])\)", number)  # "1.(iii)": a point of item 1, its figure in brackets
    if bracketed:
        figure = bracketed.group(1)
        return ROMANS.get(figure.upper(), 0) if figure not in "abcdefgh" or figure in ("i", "v", "x") else ord(figure) - ord("a") + 1
    letter = re.search(r"\d([a-z])(?:/\d+)?$", number)  # 5a, 50a/19
    return ord(letter.group(1)) - ord("a") + 1 if letter else 0


def _year_dot_values(candidates: list[Heading], running_years: frozenset[str] = frozenset()) -> None:
    """ "16.95", "16.96", "16.97": three or more numbers of one year before the stop run by what follows it
    (the same form read the other way, "61.24", "62.24", keeps its first part as the running one)."""
    years = Counter(c.number.split(".")[0] for c in candidates if _year_dot_minute(c.number))
    for candidate in candidates:
        year = candidate.number.split(".")[0]
        if _year_dot_minute(candidate.number) and years[year] >= 3 or year in running_years and re.fullmatch(r"\d{2}\.\d{2,3}|\d{3,4}\.\d{1,2}", candidate.number):
            candidate.value = int(candidate.number.split(".")[1])


def _running_years(lines: list[str]) -> frozenset[str]:
    """The years that open three or more lines as "16.95 To receive ...": their numbers run by the minute.
    A year the heading names runs from any minute ("22.14. There were no apologies." under "6 September 2022")."""
    named = {year[2:] for line in lines[:20] for year in re.findall(r"\b(?:19|20)\d\d\b", line)}
    # (or glued to its text after the stop: "23.001.Apologies were received ...")
    found = [m for m in (re.match(r"^\s*(\d{2})\.(\d{2,3})(?:\.?\s+|\.(?=[A-Z][a-z]))[A-Z]", line) for line in lines) if m]
    years = Counter(m.group(1) for m in found if _year_dot_minute(f"{m.group(1)}.{m.group(2)}") or m.group(1) in named and int(m.group(1)) >= 10)
    # "960.1 Roads Service Annual Report", "960.2 Minutes of ..." under "Council Meeting No 960": the meeting's number, then
    # the minute (three or more lines, the number the heading gives)
    meetings = {number for line in lines[:20] for number in re.findall(r"\b(?i:No\.?|Number)\s*(\d{3,4})\b", line)}
    numbered = Counter(m.group(1) for m in (re.match(r"^\s*(\d{3,4})\.\d{1,2}\s+[A-Z]", line) for line in lines) if m and m.group(1) in meetings)
    # "25.31 Apologies to note", "26.31 Interests to declare": the minute, then the year the heading names (as ".31")
    # (a dash may stand between, "20.19 - No members of the public ...", "24.19\u2013 Minutes")
    trailing = Counter(m.group(2) for m in (re.match(r"^\s*(\d{1,3})\.(\d{2})\.?(?:\s+|\s*[-\u2013\u2014]\s+)[A-Z]", line) for line in lines) if m and m.group(2) in named)
    # "1.5 Councillor Rudd called for nominations ...", "2.5 Apologies ...": the minute, then the month the heading names (as ".5"),
    # where every such number at a line's start ends so
    months = {str(number) for line in lines[:20] for name, number in MONTHS.items() if (len(name) > 3 or name == "may") and re.search(rf"\b(?:{name.capitalize()}|{name.upper()})\b", line)}
    points = [m.group(2) for m in (re.match(r"^\s*(\d{1,2})\.(\d{1,2})\.?\s+[A-Z]", line) for line in lines) if m]
    monthly = {f".{points[0]}"} if len(points) >= 3 and len(set(points)) == 1 and points[0] in months else set()
    # "31/555 Cllr Bell opened the meeting ...", "31/556 Apologies: ...": the year, a slash, then the running minute (as "31/")
    slashed = Counter(m.group(1) for m in (re.match(r"^\s*(\d{2})/\d{3}\s+[A-Z]", line) for line in lines) if m)
    # "187.1 The Minutes were APPROVED ...", "187.2 Matters arising", "188.1 To consider ...": a running minute of three
    # figures and its points, two or more minutes running on (never a sum, "125.50 Village Hall": its points stay small)
    # (where the minute stands as an item of its own, "212. Apologies" over "212.1 Cllr Ross sent ...", its points are paragraphs)
    majors = [int(m.group(1)) for m in (re.match(r"^\s*([1-9]\d{2})\.(?:[1-9]|1\d)\.?\s+[A-Z]", line) for line in lines) if m]
    alone = {int(m.group(1)) for m in (re.match(r"^\s*([1-9]\d{2})\.?\s+[A-Z]", line) for line in lines) if m}
    seen = set(majors)  # (a set: a long run of them is read once)
    pointed = {f"{n}." for n in seen if (n + 1 in seen or n - 1 in seen) and n not in alone} if len(majors) >= 3 else set()
    return frozenset(year for year, count in years.items() if count >= 3) | {number for number, count in numbered.items() if count >= 3} | pointed \
        | {f".{year}" for year, count in trailing.items() if count >= 3} | {f"{year}/" for year, count in slashed.items() if count >= 3} \
        | _year_like_minutes(lines) | monthly | {f"={reference}" for reference in page_run_references(lines)}


def year_like_column(line: str, running_years: frozenset[str]) -> bool:
    """Whether `line` opens with a year in a column of its own ("2019       Precept set at ...") that is no running
    minute: only three or more such numbers going up one by one ("1953", "1954", "1955") are minutes."""
    found = _YEAR_COLUMN.match(line)
    return bool(found) and f"#{found.group(1)}" not in running_years


def _year_like_minutes(lines: list[str]) -> set[str]:
    """The year-like numbers of `year_like_column` lines that run one by one, three or more of them (as "#1954")."""
    rows = [(int(m.group(1)), bool(_SUM.search(m.string))) for m in map(_YEAR_COLUMN.match, lines) if m]
    run: list[tuple[int, bool]] = []
    found: set[str] = set()
    for value, sum_named in rows:
        run = run + [(value, sum_named)] if run and value == run[-1][0] + 1 else [(value, sum_named)]
        # (a table of years, each with its sum, "2029   Precept set at £8,200", is no run of minutes)
        if len(run) >= 3 and 2 * sum(named for _, named in run) < len(run):
            found |= {f"#{v}" for v, _ in run}
    return found


# ("2073 Election of Chairman:", one space before a title with no stop in it, runs so too)
_YEAR_COLUMN = re.compile(r"^\s*((?:19|20)\d\d)(?:[ \t\u00a0]{3,}[A-Z]|\s(?=[A-Z][^.!?]{2,160}$))")
_SUM = re.compile(r"[\u00a3$\u20ac]\s?\d|\d\s?%")


def running_minute(number: str, running_years: frozenset[str]) -> bool:
    """Whether `number` is one of the council's running minutes `_running_years` found: "16.95" (the year, then the
    minute), "960.3" (of meeting 960), "25.24" (the minute, then the year), "10/555" (the year, a slash, the minute)."""
    return bool(re.fullmatch(r"\d{2}\.\d{2,3}|\d{3,4}\.\d{1,2}", number)) and number.split(".")[0] in running_years \
        or bool(re.fullmatch(r"\d{1,3}\.\d{1,2}", number)) and f".{number.split('.')[1]}" in running_years \
        or bool(re.fullmatch(r"\d{2}/\d{3}", number)) and f"{number.split('/')[0]}/" in running_years \
        or bool(re.fullmatch(r"\d{3}\.\d{1,2}", number)) and f"{number.split('.')[0]}." in running_years  # ("187.1", "187.2", "188.1")


def in_page_run(number: str, running_years: frozenset[str]) -> bool:
    """Whether `number` is one of the references that run through the page (`flat_runs.page_run_references`): "17403",
    "105-19". Its line is a minute whatever it goes on to say, its title as printed."""
    return f"={number}" in running_years


def _year_dot_minute(number: str) -> bool:
    """ "16.95", "16.100": a year, a stop and a running minute (a paragraph's number never runs so high)."""
    found = re.fullmatch(r"(\d{2})\.(\d{2,3})", number)
    return bool(found and int(found.group(1)) >= 10 and int(found.group(2)) >= 20)


def _value(number: str) -> int:
    """The number that runs from item to item: 42 in "42/19", 34 in "C 10/034", 53 in "15/53/Plan"."""
    parts = re.findall(r"\d+", number)
    if not parts:
        return 0
    council_year = re.fullmatch(r"(\d{1,3})/(\d{2})-(\d{2})", number)
    if council_year and int(council_year.group(3)) == int(council_year.group(2)) + 1:
        return int(council_year.group(1))  # "066/14-15": the minute, then the council's year 2014-15
    minute_last = re.fullmatch(r"(?:19|20)\d\d-\d{2}/(\d{1,2})[a-z]?|\d{2}/\d{1,3}:(\d{1,3})|(?:19|20)\d\d/\d{1,2}/(\d{1,3})|(?:19|20)\d\d-(\d{1,4})|\d{2}\.(\d{3})|[A-Z]{1,4}\.(\d{1,4})|\d{2}-(\d{3})|(\d{1,3})-\d{2}/\d{2}|(\d{4,5})/\d{2}/\d{2}|[A-Z]{1,4}\d{2}/\d{2}/(\d{1,3})|[A-Z]{1,4}\d{2}/\d{2}\.(\d{1,3})|\d{2}/\d{2}-(\d{1,3})|\d{2}/[1-9]/(\d{1,3})|(?:19|20)\d\d-\d{2}_(\d{1,3})|(?:\d{2}|(?:19|20)\d\d)-\d{2}/[A-Z]{2,6}/(\d{1,3})", number)
    if minute_last:
        # "06/21:01" (minute 1 of meeting 21), "2022-107", "23.001" (minute 1 of 2023), "CA.212", "25-26/FRA/3"
        return int(next(group for group in minute_last.groups() if group))
    lettered = re.fullmatch(r"[A-Z]{1,4}/(\d+)/\d+|[A-Z]{1,3}(\d{1,3}):\d{2}/\d{2}|[A-Z][a-z]{1,3}/(\d+)/\d{2}-\d{2}|[A-Z]{1,4}(\d{1,3})\.\s\d{2}/\d{2}", number)
    if lettered:
        # "C/017/2020", "F01:04/24", "Cou/285/07-08", "HR1. 01/16"
        return int(next(group for group in lettered.groups() if group))
    suffixed = re.fullmatch(r"\d{2}/(\d{1,3})[a-z]{2,3}", number)
    if suffixed:
        return int(suffixed.group(1))  # "34/12fg": the year, the minute, then the committee's letters
    slashed = re.search(r"(\d+)[a-z]?/(\d+)(/[A-Za-z&]+)?", number)
    if slashed:
        first, second = slashed.group(1), slashed.group(2)
        if slashed.group(3) or (len(second) == 3 and (len(first) <= 2 or len(first) == 4 and 1 <= int(first[2:]) <= 12)) \
                or len(second) == 1 and len(first) == 4 and 1 <= int(first[2:]) <= 12:
            return int(second)  # year first: "15/53/Plan", "C 10/034", a town council's year and month "1104/166", "3607/2"
        return int(first)  # serial first: "42/19", "198/2005", "CPB 12/21"
    return int(parts[0])  # "221 (28)" counts by the minute number


def _clean_number(number: str) -> str:
    if re.fullmatch(r"\d{1,3}\]", number):
        return number[:-1]  # "1]." is 1
    if re.fullmatch(r"\d{1,3}\s[a-h]\)", number):
        return number.replace(" ", "").rstrip(")")  # "5 a)" is 5a
    return " ".join(number.split()).rstrip(".").strip("()[]") if number.startswith(("(", "[")) else " ".join(number.split()).rstrip(".")


# "26/07/2020 Apologies", "27/07/2020 Declaration of Interests": the minute, then the meeting's month and year
DATED_MINUTE = re.compile(r"(\d{1,3})/(\d{2}/?(?:19|20)\d\d)")


# "1/04/17 APOLOGIES", "2/04/17 DECLARATIONS": the minute, then the meeting's month and a year of two figures
# (the month of one figure too, "2/9/09 POLICE MATTERS", and a misprint of it with two, "1/09/09", one month)
SHORT_DATED_MINUTE = re.compile(r"(\d{1,3})/(\d{1,2}/\d{2})")


def _month_year(ending: str) -> str:
    """ "9/09" and "09/09" alike, as "09/09"."""
    return ending.zfill(5)


def short_dated_months(lines: list[str]) -> frozenset[str]:
    """The "04/17" endings that run as `dated_minute_months` says, the year in two figures (with "Minute No:" before them
    or not: "MINUTE No: 2/9/09 POLICE MATTERS: ...")."""
    pattern = re.compile(r"^\s*(?i:minute\s+no\.?:?\s+)?" + SHORT_DATED_MINUTE.pattern + r"\s+(?P<title>[A-Z].*)$")
    return _running(lines, pattern, lambda m: _month_year(m.group(2)), 1)


# "FC18/07/1 CHAIRMAN'S WELCOME": the body's letters, the year and month, then the minute
LETTERED_MINUTE = re.compile(r"([A-Z]{1,4}\d{2}/\d{2}/)(\d{1,3})")
# what every minute book holds near its start: a run of dated numbers is minutes only with one of these among them
# (never a play scheme's days, "29/07/2024 Football", "30/07/2024 Arts and crafts")
_ROUTINE_TITLE = re.compile(r"(?i)\b(?:apolog|declaration|dispensation|minutes|matters\s+arising|public\s+(?:participation|forum|session)|chair\w*'?s?\s+(?:announcements|remarks|welcome))")


def dated_minute_months(lines: list[str]) -> frozenset[str]:
    """The month-and-year endings that three or more lines in a row (26/07/2020, 27/07/2020, 28/07/2020) open
    with, the first part going up by one each time, one of them a minute every meeting has ("Apologies"): a
    council numbering its minutes by the meeting's month. Dates in a table (02/07/2020, 15/07/2020) never run so."""
    return _running(lines, re.compile(r"^\s*" + DATED_MINUTE.pattern + r"\s+(?P<title>[A-Z].*)$"), lambda m: m.group(2).replace("/", ""), 1)


def logged_dates(lines: list[str]) -> frozenset[str]:
    """ "07/12/03 The ongoing complaint ...", "11/12/03 A fraud ...": a log's dated lines, three or more sharing their month
    and year (as "12/03") while their days lie apart, or do not run one by one with no standing business among them, as a
    meeting's minutes "01/03/32 Apologies", "02/03/32 Minutes", "04/03/32 Matters Arising" do."""
    days: dict[str, list[int]] = {}
    standing: set[str] = set()
    for found in (re.match(r"^\s*(\d{2})/(\d{2}/\d{2})\s+([A-Z].*)$", line) for line in lines):
        if found:
            days.setdefault(found.group(2), []).append(int(found.group(1)))
            standing.update([found.group(2)] if _ROUTINE_TITLE.search(found.group(3)[:60]) else [])
    return frozenset(end for end, run in days.items() if len(run) >= 3 and (
        max(b - a for a, b in zip(sorted(run), sorted(run)[1:])) > 2 or end not in standing and any(b != a + 1 for a, b in zip(run, run[1:]))))


def hyphened_years(lines: list[str]) -> frozenset[str]:
    """ "42-17 Questions ...", "43-17 Declarations ...": the years three or more lines give after a minute and a hyphen (as "17"); an
    address's "10-12 Fore Street", "14-16 Chapel Hill" never share one."""
    found = Counter(m.group(1) for m in (re.match(r"^\s*\d{1,3}-(\d{2})\.?\s+(?:[-\u2013]\s+)?[A-Z]", line) for line in lines) if m)  # ("443-35 \u2013 Present")
    return frozenset(year for year, count in found.items() if count >= 3)


def dated_otherwise(number: str, logged: frozenset[str], hyphen_years: frozenset[str]) -> bool:
    """Whether a candidate's number is a log's date (`logged_dates`) or a hyphened pair no run of minutes shares (`hyphened_years`)."""
    return bool(re.fullmatch(r"\d{2}/\d{2}/\d{2}", number)) and number[3:] in logged or bool(re.fullmatch(r"\d{1,3}-\d{2}", number)) and number.split("-")[1] not in hyphen_years


# "Cl/58/11/31 Apologies": the body's letters, the minute, then the month and year of the meeting
BODY_MONTH_MINUTE = re.compile(r"([A-Z][a-z]{1,3})/(\d{1,4})/(\d{1,2}/\d{2})/?")


def body_month_endings(lines: list[str]) -> frozenset[str]:
    """The "Cl ... 11/31" parts three or more lines in a row open with, the minute going up by one each time, one of them a
    minute every meeting has: the minutes' own numbers, never another committee's cited back ("Fin/12/10/31 Budget")."""
    return _running(lines, re.compile(r"^\s*" + BODY_MONTH_MINUTE.pattern + r"\s+(?P<title>[A-Z].*)$"), lambda m: f"{m.group(1)} {m.group(3)}", 2)


# "03-07-1 Present", "03-07-2 Apologies": the meeting's day and month, then the minute
DASHED_MINUTE = re.compile(r"(\d{2}-\d{2}-)(\d{1,2})")


def dashed_minute_prefixes(lines: list[str]) -> frozenset[str]:
    """The "03-07-" parts that three or more lines in a row open with, the minute going up by one each time, one of them
    a minute every meeting has: a council numbering its minutes by the meeting's day (never letters dated in a list)."""
    return _running(lines, re.compile(r"^\s*" + DASHED_MINUTE.pattern + r"\s+(?P<title>[A-Z].*)$"), lambda m: m.group(1), 2)


def lettered_minute_prefixes(lines: list[str]) -> frozenset[str]:
    """The "FC18/07/" parts that three or more lines in a row open with, the minute going up by one each time, one of
    them a minute every meeting has: a council's own references, not ones its matters arising cite ("FC24/06/5 Bus
    shelter", "FC24/06/8 Allotments")."""
    return _running(lines, re.compile(r"^\s*" + LETTERED_MINUTE.pattern + r"\s+(?P<title>[A-Z].*)$"), lambda m: m.group(1), 2)


def _running(lines: list[str], pattern: re.Pattern[str], key: Callable[[re.Match[str]], str], value_group: int) -> frozenset[str]:
    """The keys of runs of three or more lines matching `pattern` whose numbers go up by one, with a routine title among them."""
    runs: dict[str, tuple[int, int, bool]] = {}  # key -> (last number, length of its run, a routine title in it)
    found: set[str] = set()
    for line in lines:
        match = pattern.match(line)
        if not match:
            continue
        value, ending = int(match.group(value_group)), key(match)
        last, length, routine = runs.get(ending, (None, 0, False))
        on = last is not None and value == last + 1
        runs[ending] = (value, length + 1 if on else 1, (routine if on else False) or bool(_ROUTINE_TITLE.search(match.group("title"))))
        if runs[ending][1] >= 3 and runs[ending][2]:
            found.add(ending)
    return frozenset(found)


_RUNNING = re.compile(r"\d\s*\.?\s*\(\d{1,3}\)$")  # "221 (28)": the minute, then the council's running number


_LETTERED_REFERENCE = re.compile(r"^[A-Z]{1,5}\s?\d")


def printed_alike(before: str, after: str) -> bool:
    """Whether two numbers can run on in one chain: "PF10/16" then "PF11/16" can; "(9)", a point of minute PF10/16, then
    "PF11/16" cannot (a minute number opening with its body's letters never runs on from a bare one, nor a bare from it;
    so with a year's minute of three figures, "19.002")."""
    return bool(_LETTERED_REFERENCE.match(before)) == bool(_LETTERED_REFERENCE.match(after)) \
        and bool(_YEAR_MINUTE_OF_THREE.fullmatch(before)) == bool(_YEAR_MINUTE_OF_THREE.fullmatch(after))


# ("19.001 Apologies", "19.002 Declarations": the year and a minute of three figures never run on with a point's bare "2." between)
_YEAR_MINUTE_OF_THREE = re.compile(r"\d{2}[.-]\d{3}")  # ("21-066" then "21.067": one numbering, a stop misprinted)


def cited_shape(number: str) -> bool:
    """ "221 (28)": a number with a bracketed part, which runs on from a plain "4." number only within two."""
    return bool(_RUNNING.search(number))


# "612 – Parish Hall – 18.00 [room hire]", "1203 J Smith £420.00": a payment's row, its cheque or voucher number first
_PAYMENT_ROW = re.compile(r"(?:\s[\u2013\u2014-]\s*|\s)\u00a3?\s?\d{1,3}(?:,\d{3})*\.\d{2}\b|\u00a3\s?\d")


def without_false_numbers(candidates: list) -> list:
    """The candidates less a list of payments (three or more numbered rows close together, each with its sum), whose cheque
    numbers are no items; and less a date read as "08.02.1." (year, month, minute) where no other minute shares its month."""
    rows = sorted(c.index for c in candidates if _PAYMENT_ROW.search(c.title) and not c.rest)
    # (rows of a list stand within two lines of each other; items whose titles name a sum have their text between them)
    close = {index for position, index in enumerate(rows) if position and index - rows[position - 1] <= 2 or position + 1 < len(rows) and rows[position + 1] - index <= 2}
    months = Counter(c.number.rsplit(".", 1)[0] for c in candidates if _YEAR_MONTH_MINUTE.fullmatch(c.number))
    lone = {id(c) for c in candidates if _YEAR_MONTH_MINUTE.fullmatch(c.number) and months[c.number.rsplit(".", 1)[0]] < 2}
    # ("12 Harbour Terrace \u2013 Funds are in place ...", "14 Harbour Terrace \u2013 ...": houses under matters arising, where the page
    # numbers nothing else)
    addresses = {id(c) for c in candidates if re.fullmatch(r"\d{1,3}", c.number) and _ADDRESS.fullmatch(c.title)}
    values = sorted(c.value for c in candidates if id(c) in addresses)
    # (never items that run from 1 and happen to be named after roads: "1 Mill Lane \u2013 extension", "2 Church Road \u2013 garage")
    addresses = addresses if len(candidates) - len(addresses) <= 1 and values and values[0] > 2 else set()
    return [c for c in candidates if not (len(close) >= 3 and c.index in close) and id(c) not in lone and id(c) not in addresses
            and not (re.fullmatch(r"\d{1,2}", c.number) and _MONTH_AND_YEAR.fullmatch(c.title) and not c.rest)]  # ("1 Dec 2017": a date)


# the rest of a date read as an item's title: "1 Dec 2017" (a blog's post date over the minutes), "14 March, 2036"
_MONTH_AND_YEAR = re.compile(r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?,?\s+(?:19|20)\d\d")


_ADDRESS = re.compile(
    r"(?:[A-Z][\w'\u2019-]+\s+){1,3}(?:Street|Road|Lane|Avenue|Terrace|Close|Drive|Crescent|Gardens|Place|Row|Square|Mews|Way|Court|Walk|Grove)"
)


_YEAR_MONTH_MINUTE = re.compile(r"\d{2}\.(?:0[1-9]|1[0-2])\.\d{1,2}")


def typed_again(chain: list[Heading], candidates: list[Heading]) -> list[Heading]:
    """ "4. Matters Arising" then "4. Planning Applications": a list's number printed twice, each over an item of its own, with
    no other number between them; the second joins the items (never the same matter twice, an agenda's "4. Planning" and its
    minute's "4. Planning Applications", nor points numbered again under a heading, "2. Progress reports:" over "1.", "2.").
    Only titles alone on their lines count, and numbers from 2: a list printed "1." throughout is counted on elsewhere."""
    first = lambda heading: (heading.title.split() or [""])[0].lower()  # noqa: E731
    found = list(chain)
    ordered = sorted(candidates, key=lambda c: c.index)
    indices = [c.index for c in ordered]
    for position, head in enumerate(chain):
        stop = chain[position + 1].index if position + 1 < len(chain) else None
        # (the candidates between this item and the next, found by a search: a page of 20,000 numbered lines stays quick)
        between = ordered[bisect_right(indices, head.index) : bisect_left(indices, stop) if stop is not None else len(ordered)]
        again = between[0] if between else None
        if again is not None and again.number == head.number and re.fullmatch(r"[2-9]|\d{2}", head.number) and again.style == head.style \
                and min(head.strength, again.strength) >= 1.5 and first(head) != first(again) and head.rest is None and again.rest is None \
                and not re.search(r"(?i)\bcont(?:inued|\.|'d)?\b", again.title) and len(set(head.title.lower().split()) & set(again.title.lower().split())) < 2 \
                and again.index - head.index <= 40 and not any(c.index > again.index and c.value == head.value for c in between[1:]):
            found.append(again)
    return sorted(found, key=lambda heading: heading.index)


def short_dated_value(heading: Heading, short_months: frozenset[str]) -> bool:
    """Whether a candidate numbered like "1/04/17" may stand: in a run of the meeting's month (its value set to the minute),
    or where its middle part is no month ("101/34/35", a minute and the council's years). Any other candidate stands."""
    short = SHORT_DATED_MINUTE.fullmatch(heading.number)
    if short and _month_year(short.group(2)) in short_months:
        heading.value = int(short.group(1))  # "1/04/17", "2/04/17", ...: minutes numbered by the meeting's month
        return True
    return not (short and len(short.group(1)) == 1 and 1 <= int(short.group(2).split("/")[0]) <= 12)


def cited_with_its_year(raw_title: str) -> bool:
    """ "Minute No 104 35/36 \u2013 Chair AB reported ...": an earlier year's minute cited, told in a sentence."""
    cited = re.match(r"\d{2}/\d{2}\s*[-\u2013:]\s*(?P<told>.*)$", raw_title)
    return bool(cited and re.search(r"\b(?:was|were|had|has|have|reported|advised|confirmed|enquired|asked|said)\b", cited.group("told")))


def label_under_a_number(index: int, cursor: int, number: str, line: str) -> Heading | None:
    """ "3:-" over "County Councillor's Report: Cllr Hale had sent apologies ...": the label over its minute is the item's
    title, the number's line its heading (in the run of its neighbours, "1 - Apologies", "2 - Declarations")."""
    # (never a title's "re:", "Correspondence re: Mill Park footbridge": what the letters are about)
    label = re.match(r"^([A-Z][\w'\u2019 &/-]{2,60})(?<!\s[Rr]e):\s+(?=[A-Z]\S*(?:\s+\S+){3})", line)
    if label and _title_like(label.group(1)) and not only_people(label.group(1)) \
            and not re.match(r"(?:Cllrs?|Councillors?|Mrs?|Ms|Dr|Proposed|Seconded|Resolved|Agreed|Action|Present)\b", label.group(1)):
        return Heading(index, cursor, number, _value(number), tidy_title(label.group(1)), "inline", 2.0)
    return None


_YEAR_MONTH_MINUTE = re.compile(r"(?:1[5-9]|[23]\d)\.(?:1[0-2]|[1-9])\.\d{1,2}")


def year_month_minutes(candidates: list[Heading]) -> list[Heading]:
    """ "20.7.1 Apologies", "20.7.2 Declarations", "20.7.3 Police Matters": three or more sharing the year and month number the
    meeting's minutes, each by its last part; one such number alone ("20.7.1 The Clerk reported ...") is no item."""
    shared = Counter(c.number.rsplit(".", 1)[0] for c in candidates if _YEAR_MONTH_MINUTE.fullmatch(c.number))
    kept = []
    for candidate in candidates:
        if _YEAR_MONTH_MINUTE.fullmatch(candidate.number):
            if shared[candidate.number.rsplit(".", 1)[0]] < 3:
                continue
            candidate.value, candidate.strength = int(candidate.number.rsplit(".", 1)[1]), max(candidate.strength, 2.0)
        kept.append(candidate)
    return kept


# item numbers in capital roman numerals, and their values
ROMANS = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10,
          "XI": 11, "XII": 12, "XIII": 13, "XIV": 14, "XV": 15}


def plain_roman(roman: re.Match[str], title: str, rest: str | None) -> bool:
    """ "II. Finance": a roman numeral and its stop over a short heading in ordinary case (never a listed letter's sentence, "I. Letter
    from the school.")."""
    return roman.group("number") in ROMANS and bool(roman.group("sep")) and title[:1].isupper() and len(title.split()) <= 6 \
        and (rest is not None or not title.endswith("."))


def without_members(candidates: list[Heading]) -> list[Heading]:
    """The candidates, without a numbered list of three or more members present ("1. Cllr Mared Owen (Mayor)", "2. Cllr ..."):
    members named one under another (never items titled by a member, each over a report of their own)."""
    named = [c.index for c in candidates if _MEMBER_TITLE.fullmatch(c.title)]
    listed = {at for position, at in enumerate(named) if position and at - named[position - 1] <= 2 or position + 1 < len(named) and named[position + 1] - at <= 2}
    return [c for c in candidates if c.index not in listed] if len(listed) >= 3 else candidates


# a member named, and no more: "Cyngh./Cllr. Bethan Lewis", "Councillor A Morris (Chair)"
_MEMBER_TITLE = re.compile(r"(?:Cyngh?\.?/)?(?:Cllrs?|Councillor|Cyngh?|Alderman|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:[A-Z]\.?\s*){0,3}[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?(?:\s*\([^()]{2,40}\))?\.?")


_SPACED_POINT = re.compile(r"^(\s*)(\d{1,2})\. (\d{1,2})(?=\s+[A-Z])")


def spaced_points_joined(lines: list[str]) -> list[str]:
    """ "2. 1 Police report" over "2.2 Treasurer's report": a point's number with a space slipped in after its stop, read
    as "2.1" where a neighbouring point of the same item is printed whole ("2.0", "2.2"); never a lone "2. 1 new member"."""
    whole = {match.group(1) for line in lines if (match := re.match(r"\s*(\d{1,2}\.\d{1,2})(?=\s)", line))}
    joined = list(lines)
    for index, line in enumerate(lines):
        match = _SPACED_POINT.match(line)
        if match:
            item, point = match.group(2), int(match.group(3))
            if whole & {f"{item}.{point - 1}", f"{item}.{point + 1}", f"{item}.0{point + 1}"}:
                joined[index] = f"{match.group(1)}{item}.{point}{line[match.end():]}"
    return joined
