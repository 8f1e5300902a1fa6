"""The derived status of an action: computed from its facts every time, never stored."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

DERIVED_STATES = (
    "missed", "overdue", "to confirm", "due next meeting", "carried forward", "pending", "delivered", "done", "dropped",
)
"""In the order reports list them: what needs attention first."""


@dataclass(frozen=True)
class StatusFacts:
    """What the status is worked out from."""

    status: str
    """The stored status: open / done / dropped."""
    due_meeting: dt.date | None
    due_date: dt.date | None
    confirmed_followup: bool
    strong_suggestion: bool
    """A suggested follow-up at or above the threshold, waiting for the clerk."""
    moved_by_clerk: bool
    """The clerk changed the due (the history keeps the original)."""


def upcoming(calendar: list[dt.date], today: dt.date) -> tuple[dt.date | None, dt.date | None]:
    """The calendar's next meeting on or after today, and the one after it (None where there is none)."""
    next_meeting = min((d for d in calendar if d >= today), default=None)
    following = min((d for d in calendar if next_meeting is not None and d > next_meeting), default=None)
    return next_meeting, following


def derive_status(
    facts: StatusFacts,
    calendar: list[dt.date],
    today: dt.date,
    next_two: tuple[dt.date | None, dt.date | None] | None = None,
) -> str:
    """pending, due next meeting, to confirm, delivered, missed, overdue, carried forward, done or dropped.

    `next_two` is `upcoming(calendar, today)` worked out once by a caller deriving many
    actions of one committee (the log's 10,000 would otherwise scan the calendar each).
    """
    if facts.confirmed_followup:
        return "delivered"
    if facts.status == "dropped":
        return "dropped"
    if facts.status == "done":
        return "done"
    if facts.strong_suggestion:
        return "to confirm"
    next_meeting, following = next_two if next_two is not None else upcoming(calendar, today)
    if facts.due_meeting is not None:
        if facts.due_meeting < today:
            return "missed"
        if facts.due_meeting == next_meeting:
            return "due next meeting"
        return "carried forward" if facts.moved_by_clerk else "pending"
    if facts.due_date is not None:
        if facts.due_date < today:
            return "overdue"
        # Due before the meeting after next: the next meeting is the last chance. With no
        # later meeting known, only a deadline within a month of the next meeting counts.
        limit = following if following is not None else (next_meeting + dt.timedelta(days=31) if next_meeting else None)
        if limit is not None and facts.due_date < limit:
            return "due next meeting"
        return "carried forward" if facts.moved_by_clerk else "pending"
    return "carried forward" if facts.moved_by_clerk else "pending"
