"""The models the home screen's first read does not need (see models.py, which hands them out).

Import them from `cpb_tui.domain.models`, as every module does.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property

from cpb_tui.domain.models import Committee, Item, Meeting, MeetingSummary, format_date  # noqa: F401
from cpb_tui.domain.tables import Table

__all__ = ['Attendee', 'Resolution', 'Section', 'Document', 'ItemDetail', 'MeetingDetail', 'ImportOutcome', 'Action', 'ActionChanged', 'ActionEvent', 'FollowUp', 'TrackedAction', 'AgendaItem', 'Agenda', 'TopicEntry', 'ItemView', 'ActionTrail', 'LogEntry', 'ActionLog', 'JumpTargets', 'SectionRecord', 'ReportRecord', 'ResolutionRecord', 'ItemRecord', 'ListedTask', 'AttendeeRecord', 'MeetingRecord', 'DocumentRecord']


@dataclass(frozen=True)
class Attendee:
    """A person's attendance at a meeting."""

    person: str
    role: str | None
    status: str
    """present / apologies / absent / substitute."""


@dataclass(frozen=True)
class Resolution:
    """One clause of what a meeting resolved on an item."""

    id: int
    item_id: int
    label: str | None
    """The clause label as printed: "ii", "2", or None for a single unlabelled clause."""
    text: str
    verb: str
    """notes / approves / endorses / requests / agrees / supports / defers / other."""
    lead_in: str | None = None
    """The sentence the clause completes, e.g. "That the Corporate Parenting Board:"."""


@dataclass(frozen=True)
class Section:
    """A numbered section of a report, its body kept as Markdown."""

    id: int
    document_id: int
    item_id: int | None
    number: str | None
    heading: str
    level: int
    body: str
    page_start: int | None
    page_end: int | None
    is_recommendation: bool
    document_title: str | None = None
    tables: tuple[Table, ...] = ()
    """The tables of the body, by the index its table blocks name (`domain/tables.py`)."""


@dataclass(frozen=True)
class Document:
    """A file that was imported."""

    id: int
    meeting_id: int | None
    kind: str
    title: str | None
    source: str
    sha256: str
    imported_at: str


@dataclass(frozen=True)
class ItemDetail:
    """An item with everything the reader shows."""

    item: Item
    resolutions: list[Resolution]
    sections: list[Section]


@dataclass(frozen=True)
class MeetingDetail:
    """A meeting with its attendance and items, as `cpb show` prints it."""

    meeting: Meeting
    attendance: list[Attendee]
    items: list[ItemDetail]
    documents: list[Document]


@dataclass(frozen=True)
class ImportOutcome:
    """What importing one file did."""

    path: str
    status: str
    """imported / unchanged."""
    document_id: int
    meetings: list[Meeting]


@dataclass(frozen=True)
class Action:
    """An entry of the action log: what is to be done, by whom, by when, and where it came from."""

    id: int
    committee: str | None
    meeting_id: int | None
    meeting_date: dt.date | None
    item_id: int | None
    item_number: str | None
    minute_number: str | None
    item_title: str | None
    clause_label: str | None
    kind: str
    text: str
    owners: tuple[str, ...]
    due_words: str | None
    due_meeting_id: int | None
    due_meeting_date: dt.date | None
    due_date: dt.date | None
    status: str
    """open / done / dropped."""
    origin: str
    """extracted / manual / imported."""
    created_at: str
    closed_at: str | None
    latest_update: str | None
    """The newest note on its progress, as the paper's \"Latest update\" shows it."""
    exempt: bool = False
    version: int = 0
    """Its newest event's id: a change made from a row read at an older version is refused."""

    @property
    def minute_reference(self) -> str:
        """ "16 ii)" or "16", the way a clerk cites the origin."""
        number = self.minute_number or self.item_number or ""
        return f"{number} {self.clause_label})".strip() if self.clause_label else number

    @property
    def target(self) -> str:
        """When it is due, in words: the due meeting, the date, or the source's own words."""
        if self.due_meeting_date:
            return f"meeting of {format_date(self.due_meeting_date)}"
        if self.due_date:
            return format_date(self.due_date)
        return self.due_words or "not set"


class ActionChanged(ValueError):
    """The action changed (another cpb wrote to it) since the version a change was made from."""


@dataclass(frozen=True)
class ActionEvent:
    """One change to an action: an entry of its history (table action_events)."""

    id: int
    action_id: int
    at: str
    who: str
    event: str
    """created / edited / done / dropped / reopened / note / source-changed."""
    field: str | None
    old: str | None
    new: str | None
    note: str | None

    @property
    def change(self) -> str:
        """The change in words, after the event's name: " due: X -> Y"; a creation that placed its due says " due Y"."""
        if not self.field:
            return ""
        if self.event == "created":
            return f" {self.field} {self.new or '-'}"
        return f" {self.field}: {self.old or '-'} -> {self.new or '-'}"


@dataclass(frozen=True)
class FollowUp:
    """A later item that may deliver an action, with its score, reasons and the clerk's decision."""

    action_id: int
    item_id: int
    meeting_id: int
    meeting_date: dt.date
    item_number: str | None
    item_title: str
    score: float
    reasons: tuple[str, ...]
    state: str
    """suggested / confirmed / rejected."""
    exempt: bool = False
    """The later item is exempt (Part II): its title is private."""


@dataclass(frozen=True)
class TrackedAction:
    """An action with its derived status and its follow-ups."""

    action: Action
    derived_status: str
    followups: tuple[FollowUp, ...]


# --- What a screen asks for: one model per screen, read in one go -------------------------


@dataclass(frozen=True)
class AgendaItem:
    """An item as a meeting's agenda lists it, with how much the store holds under it."""

    item: Item
    resolution_count: int
    section_count: int
    """Report sections filed under the item."""
    action_count: int
    """Actions raised at the item, whatever their status."""


@dataclass(frozen=True)
class Agenda:
    """A meeting with its items in agenda order (none before its pack), the actions due at it, and its committee's meetings."""

    meeting: Meeting
    items: tuple[AgendaItem, ...]
    committee_meetings: tuple[Meeting, ...]
    """Every meeting of the committee, this one included, oldest first."""
    due_actions: tuple[LogEntry, ...] = ()
    """The actions due at this meeting, with their derived status; what needs attention first."""


@dataclass(frozen=True)
class TopicEntry:
    """One item of a topic, with its meeting and what that meeting resolved on it."""

    meeting: Meeting
    item: Item
    resolutions: tuple[Resolution, ...]


@dataclass(frozen=True)
class ItemView:
    """Everything the meeting screen shows about one item."""

    detail: ItemDetail
    """The item (its minutes included), its resolutions and its report sections."""
    actions: tuple[TrackedAction, ...]
    """The actions raised at the item, with their derived status; what needs attention first."""
    topic: tuple[TopicEntry, ...]
    """The other items of its topic, oldest first."""

    @property
    def item(self) -> Item:
        """The item itself."""
        return self.detail.item


@dataclass(frozen=True)
class ActionTrail:
    """An action with its history (every change, oldest first) and its follow-ups (best first)."""

    action: Action
    events: tuple[ActionEvent, ...]
    followups: tuple[FollowUp, ...]


@dataclass(frozen=True)
class LogEntry:
    """One row of the action log screen: an action, its derived status and what waits on the clerk."""

    action: Action
    derived_status: str
    suggested: int
    """How many follow-ups are suggested and not yet decided."""

    @property
    def due_on(self) -> dt.date | None:
        """The day it is due: the due meeting's date, else the due date."""
        return self.action.due_meeting_date or self.action.due_date

    @cached_property
    def haystack(self) -> str:
        """Its text, owners, latest update and minute reference in lower case: what a filter's words are looked for in.

        Worked out on the first filter and kept (the entry is never changed; a read of the
        log makes new ones), so filtering 10,000 actions again costs a word search each.
        """
        action = self.action
        return " ".join((action.text, " ".join(action.owners), action.latest_update or "", action.minute_reference)).lower()


@dataclass(frozen=True)
class ActionLog:
    """Every action of every committee, for the action log screen, with the day it was read."""

    entries: tuple[LogEntry, ...]
    today: dt.date
    calendars: dict[str, tuple[Meeting, ...]]
    """Each committee's meetings, oldest first, by committee name (for naming a due meeting)."""

    def next_meeting(self, committee: str | None) -> Meeting | None:
        """The committee's first meeting on or after today."""
        return next((m for m in self.calendars.get(committee or "", ()) if m.date >= self.today), None)


@dataclass(frozen=True)
class JumpTargets:
    """What the command palette jumps to: every meeting (newest first) with its items, and the open actions."""

    meetings: tuple[Meeting, ...]
    items: dict[int, tuple[Item, ...]]
    """Each meeting's items in agenda order, by meeting id (a meeting without items is missing)."""
    open_actions: tuple[Action, ...]


# --- What the importers produce -------------------------------------------------------


@dataclass
class SectionRecord:
    """A report section as parsed: number, heading and Markdown body."""

    number: str | None
    heading: str
    body: str
    level: int = 1
    page_start: int | None = None
    page_end: int | None = None
    is_recommendation: bool = False
    tables: list[Table] = field(default_factory=list)
    """The tables of the body, by the index its table blocks name (`domain/tables.py`)."""


@dataclass
class ReportRecord:
    """An officer report: its front matter and sections."""

    title: str
    committee: str | None = None
    council: str | None = None
    date: dt.date | None = None
    reference: str | None = None
    author: str | None = None
    contact: str | None = None
    kind: str = "report"
    sections: list[SectionRecord] = field(default_factory=list)
    page_start: int | None = None
    page_end: int | None = None


@dataclass
class ResolutionRecord:
    """One resolved clause as parsed."""

    label: str | None
    text: str
    verb: str
    lead_in: str | None = None


@dataclass
class ListedTask:
    """A task a document lists outright, as a tracker's row still open: what, who, and by when as printed."""

    text: str
    owners: tuple[str, ...] = ()
    due_words: str | None = None
    done: bool = False
    """A row the page marks done or dropped: no task, and none from its words either ("Action: ..." over "Status: Complete")."""


@dataclass
class ItemRecord:
    """An agenda item or a minute as parsed. Either number may be missing."""

    title: str
    number: str | None = None
    minute_number: str | None = None
    purpose: str | None = None
    page_start: int | None = None
    page_end: int | None = None
    exempt: bool = False
    exempt_reason: str | None = None
    minutes: str | None = None
    resolutions: list[ResolutionRecord] = field(default_factory=list)
    reports: list[ReportRecord] = field(default_factory=list)
    tasks: list[ListedTask] = field(default_factory=list)
    """Tasks the page lists as rows (a tracker's open rows): each becomes an action, as a clause's would."""


@dataclass
class AttendeeRecord:
    """A person's attendance as parsed."""

    person: str
    status: str
    role: str | None = None


@dataclass
class MeetingRecord:
    """Everything one document says about one meeting."""

    committee: str | None
    date: dt.date | None
    council: str | None = None
    time: str | None = None
    venue: str | None = None
    role: str = "agenda"
    """agenda (the document's own meeting) or minutes (the record of a meeting)."""
    items: list[ItemRecord] = field(default_factory=list)
    attendance: list[AttendeeRecord] = field(default_factory=list)
    next_meeting: dt.date | None = None
    """The date the record gives for the committee's next meeting ("Date of next meeting: ...")."""


@dataclass
class DocumentRecord:
    """A parsed document: what kind it is and the meetings it describes."""

    kind: str
    """agenda pack / minutes / report."""
    title: str | None
    meetings: list[MeetingRecord]
    page_count: int | None = None
    hints: list[str] = field(default_factory=list)
    """Evidence for what the document does not state, offered in error messages (never used silently)."""
    warnings: list[str] = field(default_factory=list)
    """Things the user should know that do not stop the import (pages that disagree, blank pages)."""
    topic: str | None = None
    """For an issue-history page: the issue that links the items of every meeting listed."""
