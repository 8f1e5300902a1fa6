"""Which actions go on a meeting's "matters arising / action log" paper.

One rule, shared by `cpb actions export` and the app: the actions raised before the meeting
that are still open, or that were closed since the previous meeting. Actions from exempt
(Part II) items stay off the paper unless the clerk names them.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from cpb_tui.domain.models import Action, Meeting


@dataclass(frozen=True)
class MattersArising:
    """The paper's actions for one meeting, and what was kept back."""

    meeting: Meeting
    actions: list[Action]
    """Open actions raised before the meeting, and those closed on or after the previous meeting's date."""
    withheld: int
    """The committee's actions from exempt items that nobody named (whether or not the paper would show them)."""
    upcoming: list[Meeting]
    """This meeting and the committee's later ones, for the calendar."""


def matters_arising(
    meeting: Meeting,
    actions: Iterable[Action],
    meetings: Iterable[Meeting],
    include_exempt: Collection[int] = (),
) -> MattersArising:
    """Choose the paper for `meeting` from its committee's `actions` and `meetings`.

    `include_exempt` holds the ids of actions from exempt items that the clerk asked for by name.
    """
    actions, meetings = list(actions), list(meetings)
    previous = max((m.date for m in meetings if m.date < meeting.date), default=None)

    def wanted(action: Action) -> bool:
        if action.meeting_date and action.meeting_date >= meeting.date:
            return False  # raised at or after this meeting: not yet matters arising
        if action.exempt and action.id not in include_exempt:
            return False
        if action.status == "open":
            return True
        closed = action.closed_at[:10] if action.closed_at else ""
        return previous is not None and closed >= previous.isoformat()

    return MattersArising(
        meeting=meeting,
        actions=[a for a in actions if wanted(a)],
        withheld=sum(1 for a in actions if a.exempt and a.id not in include_exempt),
        upcoming=[m for m in meetings if m.date >= meeting.date],
    )
