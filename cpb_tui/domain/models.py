"""Plain data for the whole app: what the store returns, and what the importers produce.

Nothing here imports Textual or SQLite, so every layer can use these freely. This module
defines what the home screen's first read needs (a committee, a meeting, an item, a meeting's
summary); the other models are in `more_models.py`, imported from there when one is first
asked of this module (PEP 562), so the app's first frame builds four dataclasses, not 31
(about 10 ms). Import any of them from here, as always.
"""

from __future__ import annotations

import datetime as dt
import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

# --- What the store returns -------------------------------------------------------------


@dataclass(frozen=True)
class Committee:
    """A committee or board of a council."""

    id: int
    name: str
    council: str | None


@dataclass(frozen=True)
class Meeting:
    """One meeting of a committee, held or scheduled."""

    id: int
    committee_id: int
    committee: str
    council: str | None
    date: dt.date
    time: str | None
    venue: str | None
    status: str
    """scheduled / held / cancelled."""
    minutes_status: str | None
    """draft / approved, once minutes are known."""
    item_count: int = 0

    @property
    def label(self) -> str:
        """A short human label, e.g. "Corporate Parenting Board, 28 January 2021"."""
        return f"{self.committee}, {format_date(self.date)}"


@dataclass(frozen=True)
class Item:
    """An agenda item or minute of a meeting."""

    id: int
    meeting_id: int
    number: str | None
    """The agenda item number, or the minute number when only minutes are known."""
    minute_number: str | None
    title: str
    purpose: str | None
    page_start: int | None
    page_end: int | None
    exempt: bool
    exempt_reason: str | None
    position: int
    minutes: str | None
    """The minutes narrative as Markdown."""
    procedural: bool = False

    @property
    def pages(self) -> str | None:
        """The pack pages as printed on the agenda, e.g. "3 - 8"."""
        if self.page_start is None:
            return None
        if self.page_end is None or self.page_end == self.page_start:
            return str(self.page_start)
        return f"{self.page_start} - {self.page_end}"


@dataclass(frozen=True)
class MeetingSummary:
    """A meeting with the counts the home screen shows."""

    meeting: Meeting
    open_actions: int
    overdue_actions: int


# --- Small shared helpers ---------------------------------------------------------------


def format_date(value: dt.date) -> str:
    """28 January 2021, with no leading zero."""
    return f"{value.day} {value.strftime('%B %Y')}"


# --- The other models: in more_models.py, search results in search_results.py -----------

_ELSEWHERE = {
    **dict.fromkeys((
        "Attendee", "Resolution", "Section", "Document", "ItemDetail", "MeetingDetail",
        "ImportOutcome", "Action", "ActionChanged", "ActionEvent", "FollowUp", "TrackedAction",
        "AgendaItem", "Agenda", "TopicEntry", "ItemView", "ActionTrail", "LogEntry", "ActionLog",
        "JumpTargets", "SectionRecord", "ReportRecord", "ResolutionRecord", "ItemRecord", "ListedTask",
        "AttendeeRecord", "MeetingRecord", "DocumentRecord",
    ), "more_models"),
    "SearchHit": "search_results",
    "SearchOutcome": "search_results",
}
"""Where each model not defined here is, by name (only these are looked up: `from X import Y` asks for
`__path__` too, which must not import anything)."""

if TYPE_CHECKING:
    from cpb_tui.domain.more_models import *  # noqa: F403
    from cpb_tui.domain.search_results import SearchHit, SearchOutcome  # noqa: F401


def __getattr__(name: str) -> Any:
    if name not in _ELSEWHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"cpb_tui.domain.{_ELSEWHERE[name]}"), name)
    globals()[name] = value
    return value
