"""What a document says about its meeting, and the words that gave each finding: shared by
the steps of `context` and `minutes_heading`."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from cpb_tui.domain.text import display_title
from cpb_tui.importers.committee_names import clean_committee
from cpb_tui.importers.dates import MONTHS

BODY_WORDS = (
    r"board|committee|sub-committee|panel|cabinet|forum|executive|commission|partnership|assembly"
    r"|council|group|bwrdd|pwyllgor|cyngor|cabinet|meeting|authority|commissioners|comit\u00e9|douzaine"  # (a Jersey parish's "Comit\u00e9 des Chemins")
)
_BODY = re.compile(rf"\b({BODY_WORDS})\b", re.IGNORECASE)


# a meeting's time: "7.30pm", "10 a.m.", "18:00 hours"
_TIME = re.compile(r"\b(\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[.:]\d{2}(?=\s*(?:hours|hrs)))", re.IGNORECASE)


@dataclass
class Finding:
    """A value and the words that gave it."""

    value: object
    evidence: str


@dataclass
class MeetingContext:
    """What a document says about the meeting it belongs to."""

    committee: Finding | None = None
    date: Finding | None = None
    council: Finding | None = None
    venue: Finding | None = None
    time: Finding | None = None
    hints: list[str] = field(default_factory=list)

    def set_committee(self, value: str | None, evidence: str) -> None:
        """Keep `value` (tidied) as the committee, unless one was found before."""
        name = clean_committee(value)
        if name and self.committee is None:
            self.committee = Finding(name, _short(evidence))

    def set_date(self, value: dt.date | None, evidence: str) -> None:
        """Keep `value` as the date, unless one was found before."""
        if value and self.date is None:
            self.date = Finding(value, _short(evidence))

    def describe(self) -> list[str]:
        """One line per finding, for `--explain`."""
        out = []
        for name in ("committee", "date", "council", "venue", "time"):
            found = getattr(self, name)
            if found is not None:
                value = found.value.isoformat() if isinstance(found.value, dt.date) else found.value
                out.append(f"{name}: {value}  (from {found.evidence!r})")
            elif name in ("committee", "date"):
                out.append(f"{name}: not found")
        return out


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 100 else text[:97] + "..."


# "Licensing Committee", "Minutes of the Licensing Committee", "MINUTES OF THE HARBOUR PANEL": a committee's
# name alone on a page's first lines
_NAME_ON_TOP = re.compile(
    r"^(?:(?i:(?:draft\s+|approved\s+)?minutes\s+of\s+(?:the\s+)?(?:(?:\w+\s+)?meeting\s+of\s+(?:the\s+)?)?))?"
    r"(?P<name>(?:[A-Z][\w'\u2019&,-]*\s+(?:(?:and|of|for|&|AND|OF|FOR)\s+)?){1,6}(?i:committee|sub-committee|panel|board|cabinet|forum|commission))"
    # ("Corporate Parenting Board - Action Tracker": the body whose log it is)
    r"(?:\s+[-\u2013\u2014:]\s+(?i:(?:actions?|recommendations?|decisions?)\s+(?:tracker|log|list|sheet)|work\s+(?:programme|plan)|forward\s+plan))?\s*$"
)


def named_on_top(found: MeetingContext, first: list[str]) -> None:
    """A committee named alone on one of the page's first lines, where the page gives no date to read a heading by."""
    for line in first:
        named = _NAME_ON_TOP.match(line)
        if named and not re.match(r"(?i)(?:the|this|our|a|an|agenda|notice)\b", named.group("name")):
            name = named.group("name")
            found.set_committee(display_title(name) if name.isupper() else name, line)
            if found.committee is not None:
                return


# "Minute of Meeting Kelvinside Local Area Committee" over "Date Time Venue Wednesday, 25 February 18:00 Glen Academy,
# Mill Road, 2037 Kelvinbrae,": a Scottish council's heading, its table of date, time and venue run onto one line
# (the year wrapped in its cell, so it comes after the venue's first words)
_MINUTE_OF_MEETING = re.compile(r"^\s*Minute\s+of\s+(?:the\s+)?Meeting\s+(?!of\b|held\b)(?P<name>[A-Z][^.;:]{3,120}?(?:Committee|Board|Panel|Forum|Council|Partnership|Group))\s*$")
_TABLE_OF_WHEN = re.compile(
    r"^\s*Date\s+Time\s+Venue\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>[A-Z][a-z]{2,8})\b(?P<rest>.*)$"
)


def minute_of_meeting(found: MeetingContext, top: list[str], every: list[str], head_end: int) -> None:
    """The committee and date of a "Minute of Meeting ..." heading over its "Date Time Venue ..." table."""
    for at, line in enumerate(top[:12]):
        named = _MINUTE_OF_MEETING.match(line)
        if not named:
            continue
        when = next((m for below in top[at + 1 : at + 4] if (m := _TABLE_OF_WHEN.match(below))), None)
        month = MONTHS.get(when.group("month").lower()) if when else None
        days = []
        for year in re.findall(r"\b((?:19|20)\d\d)\b", when.group("rest")) if when and month else []:
            try:
                days.append(dt.date(int(year), month, int(when.group("day"))))
            except ValueError:
                continue
        # (the year the weekday is right for, where the row names one: never "Suite 2010" in the venue)
        weekday = re.search(r"(?i)\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", when.group(0)) if when else None
        days = [day for day in days if weekday is None or day.strftime("%A").lower().startswith(weekday.group(1).lower())]
        if len(days) == 1:
            found.set_committee(named.group("name").strip(), line)
            found.set_date(days[0], when.group(0))
        return
