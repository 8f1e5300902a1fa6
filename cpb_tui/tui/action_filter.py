"""What the action log screen shows: its saved views, the filter typed in its bar, and the sort.

Plain functions over `LogEntry`s, so they are tested without a terminal and timed in
`bench/action_log.py` on 10,000 actions.

The filter bar reads words and `name:value` pairs, any order, all of which must hold:

    status:missed  owner:director  committee:corporate  due:30  fostering "care leavers"

`status` is a stored status (open, done, dropped) or a derived one (missed, overdue,
to-confirm, due-next-meeting, carried-forward, pending, delivered); `due:N` keeps what is due
within N days of today (and what is already past due); `due:DATE` what is due on or before
that date. Words and phrases are looked for in the action's text, owners, latest update and
minute reference, in any case.
"""

from __future__ import annotations

import datetime as dt
import shlex
from dataclasses import dataclass
from typing import Callable

from cpb_tui.domain.models import ActionLog, LogEntry
from cpb_tui.followthrough.status import DERIVED_STATES

STORED_STATUSES = ("open", "done", "dropped")
FILTER_NAMES = ("status", "owner", "committee", "due")


class FilterProblem(ValueError):
    """The filter bar holds something it cannot read; the message says what to type."""


@dataclass(frozen=True)
class View:
    """A saved view: the key that shows it, its name, a short name for the views line, and which entries it keeps."""

    key: str
    name: str
    short: str
    keeps: Callable[[LogEntry], bool]


VIEWS = (
    View("1", "overdue and missed", "overdue", lambda e: e.derived_status in ("missed", "overdue")),
    View("2", "due at the next meeting", "due next", lambda e: e.derived_status == "due next meeting"),
    View("3", "to confirm", "to confirm", lambda e: e.derived_status == "to confirm"),
    View("4", "all open", "open", lambda e: e.action.status == "open"),
    View("5", "all", "all", lambda e: True),
)
"""In key order; "all open" is where the screen starts. The sixth, "mine", is `mine_view`'s."""


def mine_view(names: tuple[str, ...]) -> View:
    """The actions one of `names` owns (any case, a name within an owner's or an owner's within a name)."""
    wanted = tuple(name.lower() for name in names if name.strip())

    def keeps(entry: LogEntry) -> bool:
        owners = [owner.lower() for owner in entry.action.owners]
        return any(name in owner or owner in name for name in wanted for owner in owners)

    return View("6", f"mine ({'; '.join(names)})", "mine", keeps)


def count_views(entries: tuple[LogEntry, ...] | list[LogEntry], views: list[View] | tuple[View, ...]) -> dict[str, int]:
    """How many entries each view keeps, by the view's key."""
    return {view.key: sum(1 for e in entries if view.keeps(e)) for view in views}


@dataclass(frozen=True)
class LogFilter:
    """What the filter bar asks for; empty fields ask for nothing."""

    status: str | None = None
    owner: str | None = None
    committee: str | None = None
    due_days: int | None = None
    due_by: dt.date | None = None
    words: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return self == LogFilter()

    def describe(self) -> str:
        """The filter in words, for the bar's label."""
        parts = []
        if self.status:
            parts.append(f"status {self.status}")
        if self.owner:
            parts.append(f"owner has '{self.owner}'")
        if self.committee:
            parts.append(f"committee has '{self.committee}'")
        if self.due_days is not None:
            parts.append(f"due within {self.due_days} days")
        if self.due_by is not None:
            parts.append(f"due by {self.due_by.isoformat()}")
        parts.extend(f"'{word}'" for word in self.words)
        return ", ".join(parts)

    def keeps(self, entry: LogEntry, today: dt.date) -> bool:
        """Whether the entry passes every part of the filter."""
        action = entry.action
        if self.status and self.status not in (action.status, entry.derived_status):
            return False
        if self.owner and not any(self.owner in owner.lower() for owner in action.owners):
            return False
        if self.committee and self.committee not in (action.committee or "").lower():
            return False
        if self.due_days is not None or self.due_by is not None:
            due = entry.due_on
            limit = self.due_by if self.due_by is not None else today + dt.timedelta(days=self.due_days or 0)
            if due is None or due > limit:
                return False
        if self.words:
            haystack = entry.haystack
            if not all(word in haystack for word in self.words):
                return False
        return True


def parse_filter(text: str) -> LogFilter:
    """The filter typed in the bar; `FilterProblem` says what is wrong with it."""
    from cpb_tui.importers.dates import parse_date

    try:
        tokens = shlex.split(text)
    except ValueError:
        raise FilterProblem('a quotation mark is not closed: type "two words" with a quote at each end') from None
    values: dict[str, object] = {}
    words: list[str] = []
    for token in tokens:
        name, colon, value = token.partition(":")
        name = name.lower()
        if not colon or name not in FILTER_NAMES:
            words.append(token.lower())
            continue
        value = value.strip().lower()
        if not value:
            raise FilterProblem(f"{name}: needs a value, e.g. {_EXAMPLES[name]}")
        if name == "status":
            status = value.replace("-", " ")
            if status not in STORED_STATUSES + DERIVED_STATES:
                known = ", ".join(s.replace(" ", "-") for s in STORED_STATUSES + DERIVED_STATES)
                raise FilterProblem(f"status:{value} is not a status; one of {known}")
            values["status"] = status
        elif name == "due":
            if value.isdigit():
                values["due_days"] = int(value)
            else:
                try:
                    values["due_by"] = parse_date(value)
                except ValueError:
                    raise FilterProblem(
                        f"due:{value} is neither a number of days nor a date; e.g. due:30 or due:2025-06-30"
                    ) from None
        else:
            values[name] = value
    return LogFilter(words=tuple(words), **values)


_EXAMPLES = {"status": "status:missed", "owner": "owner:director", "committee": "committee:corporate", "due": "due:30"}


# --- sorting ------------------------------------------------------------------------------

_STATE_ORDER = {state: index for index, state in enumerate(DERIVED_STATES)}
_LAST = dt.date.max

SORTS: dict[str, Callable[[LogEntry], object]] = {
    "id": lambda e: e.action.id,
    "from": lambda e: (e.action.meeting_date or _LAST, e.action.id),
    "ref": lambda e: (e.action.meeting_date or _LAST, _number(e.action.minute_reference), e.action.minute_reference),
    "action": lambda e: e.action.text.lower(),
    "owners": lambda e: "; ".join(e.action.owners).lower() or "\uffff",
    "due": lambda e: (e.due_on or _LAST, e.action.id),
    "status": lambda e: (_STATE_ORDER.get(e.derived_status, 99), e.action.meeting_date or _LAST, e.action.id),
    "update": lambda e: (e.action.latest_update or "\uffff").lower(),
}
"""A key for each column of the table, by the column's name."""


def _number(reference: str) -> int:
    digits = "".join(c for c in reference.split(" ")[0] if c.isdigit())
    return int(digits) if digits else 0


def select(
    entries: tuple[LogEntry, ...] | list[LogEntry],
    view: View,
    log_filter: LogFilter,
    today: dt.date,
    sort: str | None = "status",
    descending: bool = False,
) -> list[LogEntry]:
    """The entries the view and the filter keep, in the order asked (sort None: in the order given)."""
    keeps = view.keeps
    if log_filter.empty:
        kept = [e for e in entries if keeps(e)]
    else:
        kept = [e for e in entries if keeps(e) and log_filter.keeps(e, today)]
    if sort is not None:
        kept.sort(key=SORTS[sort], reverse=descending)
    return kept


def in_order(entries: tuple[LogEntry, ...] | list[LogEntry], sort: str, descending: bool = False) -> list[LogEntry]:
    """Every entry sorted by one column: kept by the screen, so a filter keeps entries in order and sorts nothing."""
    return sorted(entries, key=SORTS[sort], reverse=descending)


@dataclass(frozen=True)
class KeptLog:
    """The action log as read, ready to show: kept by the app, so the next visit shows it at once."""

    log: ActionLog
    views: tuple[View, ...]
    counts: dict[str, int]
    """How many entries each of `views` keeps, by the view's key."""
    start: list[LogEntry] | None
    """Every entry in the screen's start order (`in_order(..., "status")`), or None."""
    token: tuple | None = None
    """The store's `change_token()` taken before the read: while the store's is the same, this is
    what a read would give, so the screen need not read again (None: always read again)."""


def keep_log(log: ActionLog, views: tuple[View, ...], token: tuple | None) -> KeptLog:
    """What the screen works out from a fresh read before showing it, worked out here (call from a worker
    thread); each entry's `haystack` (needed only by a filter) is the caller's to work out after."""
    return KeptLog(log, views, count_views(log.entries, views), in_order(log.entries, "status"), token)
