"""App-wide messages: store workers post these, screens handle them."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from cpb_tui.domain.models import Agenda, ItemView, MeetingSummary


@dataclass
class MeetingsLoaded(Message):
    """The home screen's meetings were read from the store."""

    summaries: list[MeetingSummary]


@dataclass
class AgendaLoaded(Message):
    """A meeting's agenda was read from the store (with its committee's meetings, for ] and [)."""

    agenda: Agenda


@dataclass
class ItemLoaded(Message):
    """Everything the meeting screen shows about one item."""

    view: ItemView


@dataclass
class StoreFailed(Message):
    """Reading the store failed; the message says why."""

    error: str
