"""App-wide messages: store workers post these, screens handle them."""

from __future__ import annotations

from dataclasses import dataclass, field

from textual.message import Message

from cpb_tui.domain.models import Item, ItemDetail, Meeting, MeetingSummary, Resolution


@dataclass
class MeetingsLoaded(Message):
    """The home screen's meetings were read from the store."""

    summaries: list[MeetingSummary]


@dataclass
class AgendaLoaded(Message):
    """A meeting's items were read from the store."""

    meeting: Meeting
    items: list[Item]
    committee_meetings: list[Meeting]
    """The committee's meetings, oldest first, for stepping with ] and [."""


@dataclass
class ItemLoaded(Message):
    """Everything the meeting screen shows about one item."""

    detail: ItemDetail
    actions: list = field(default_factory=list)
    """`TrackedAction`s raised at this item."""
    topic: list[tuple[Meeting, Item, list[Resolution]]] = field(default_factory=list)
    """The other meetings of the item's topic, oldest first."""


@dataclass
class StoreFailed(Message):
    """Reading the store failed; the message says why."""

    error: str
