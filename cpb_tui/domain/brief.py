"""A member's briefing for one meeting: per item, what was resolved on it before and what is due at it.

Plain data, returned by `Store.brief` and shown by `cpb brief` (export/brief.py) and the
briefing screen. Nothing here imports Textual or SQLite.
"""

from __future__ import annotations

from dataclasses import dataclass

from cpb_tui.domain.models import Action, FollowUp, Item, Meeting, TopicEntry

NO_NOTES_YET = "cpb keeps no private notes yet: your own questions will be listed here once it does."
"""What the briefing says where a member's questions will go once notes exist."""


@dataclass(frozen=True)
class DueAction:
    """An action due at the meeting, with its derived status and the evidence for where it stands."""

    action: Action
    derived_status: str
    evidence: FollowUp | None
    """The follow-up at an item of this meeting that may deliver it (confirmed first, then the best score)."""
    continues_topic: bool = False
    """Placed under its item because the item continues the business the action came from (no follow-up yet)."""


@dataclass(frozen=True)
class BriefItem:
    """One item of the meeting, with the earlier meetings that took its business and the actions due at it."""

    item: Item
    before: tuple[TopicEntry, ...]
    """Earlier items of its topic, newest first, each with what its meeting resolved."""
    due: tuple[DueAction, ...]


@dataclass(frozen=True)
class Brief:
    """Everything a member prepares for one meeting."""

    meeting: Meeting
    items: tuple[BriefItem, ...]
    """The meeting's items in agenda order, procedural ones left out."""
    unplaced: tuple[DueAction, ...]
    """Actions due at the meeting that no item of its agenda seems to take."""
    procedural: int = 0
    """How many procedural items (apologies, declarations, previous minutes) were left out."""

    @property
    def due_count(self) -> int:
        """How many actions are due at the meeting."""
        return len(self.unplaced) + sum(len(entry.due) for entry in self.items)
