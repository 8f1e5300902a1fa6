"""App-wide messages: store workers post these, screens handle them."""

from __future__ import annotations

from dataclasses import dataclass

from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:  # annotations only: the home screen starts without the other screens' models
    from cpb_tui.domain.brief import Brief
    from cpb_tui.domain.models import ActionLog, ActionTrail, Agenda, ItemView, MeetingSummary
    from cpb_tui.tui.action_filter import KeptLog


@dataclass
class MeetingsLoaded(Message):
    """The home screen's meetings were read from the store (all, or a stretch of them in order)."""

    summaries: list[MeetingSummary]
    load: int = 0
    """Which reading of the store these come from (a later reading makes an earlier one stale)."""
    start: int = 0
    """Where they go in the list: 0 replaces it, else they follow the rows already there."""
    more: bool = False
    """Only the first screenful: the rest is read next."""


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


@dataclass
class ActionLogLoaded(Message):
    """Every action with its derived status was read for the action log screen."""

    log: ActionLog
    counts: dict[str, int] | None = None
    """How many entries each of the screen's views keeps, counted by the worker that read it (by view key)."""
    kept: "KeptLog | None" = None
    """A read the app kept (the last visit's, or read ahead), found still fresh: shown as it is."""
    token: tuple | None = None
    """The store's change token the read was made against."""


@dataclass
class ActionTrailLoaded(Message):
    """The selected action's history and follow-ups were read, for the evidence panel."""

    trail: ActionTrail


@dataclass
class ActionWritten(Message):
    """A change to an action was written, as an event in its history."""

    action_id: int
    said: str
    """What was done, in a few words, for the notice line."""
    undoing: bool = False
    """The change was the undo of an earlier one."""


@dataclass
class WriteRefused(Message):
    """A change could not be written (another cpb holds the store, the action changed); nothing was."""

    error: str
    action_id: int | None = None


@dataclass
class StoreChanged(Message):
    """Another cpb (the CLI, a second app) committed a change to the store; screens read theirs again."""


@dataclass
class BriefLoaded(Message):
    """A meeting's briefing was read from the store (None: no such meeting, or none ahead)."""

    brief: Brief | None
