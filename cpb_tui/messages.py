"""App-wide messages: store workers post these, screens handle them."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from cpb_tui.models import Item, ItemDetail, Meeting


@dataclass
class MeetingsLoaded(Message):
    """The meetings list was read from the store."""

    meetings: list[Meeting]


@dataclass
class AgendaLoaded(Message):
    """A meeting's items were read from the store."""

    meeting: Meeting
    items: list[Item]


@dataclass
class ItemLoaded(Message):
    """One item's minutes, resolutions and report sections were read from the store."""

    detail: ItemDetail


@dataclass
class StoreFailed(Message):
    """Reading the store failed; the message says why."""

    error: str
