"""The home screen's read, `meeting_summaries`, and `LazyStore`: the store as the app first opens it.

The home screen's first screenful is the one read before the app's first frame, and it needs
only this query: `LazyStore` opens the database (`open_db`: the same checks and migrations as
`Store.open`) and answers it, and `data_version`, with this module alone; the rest of the store
(its mixins, the search index, the action log: about 10 ms of imports on the first frame's path)
is imported when anything else is first asked of it, over the same connection.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from cpb_tui.domain import clock
from cpb_tui.domain.models import MeetingSummary
from cpb_tui.store.rows import MEETING_SELECT as _MEETING_SELECT, meeting_from_row

if TYPE_CHECKING:
    from cpb_tui.store.db import StoreDatabase
    from cpb_tui.store.repository import Store


class SummariesMixin:
    """The home screen's list of meetings (a part of `Store`)."""

    db: "StoreDatabase"

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.db.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def meeting_summaries(self, limit: int | None = None, offset: int = 0) -> list[MeetingSummary]:
        """Every meeting with its open and overdue actions: upcoming first (soonest first), then past.

        `limit` and `offset` read one stretch of that order (the home screen reads its first
        screenful, then the rest): the counts are made only for the meetings read.
        """
        today = clock.today().isoformat()
        page, params = ("", []) if limit is None and not offset else (" limit ? offset ?", [-1 if limit is None else limit, offset])
        rows = self._rows(
            _MEETING_SELECT.replace(
                "as item_count",
                """as item_count,
                   (select count(*) from actions a where a.meeting_id = m.id and a.status = 'open') as open_actions,
                   (select count(*) from actions a left join meetings dm on dm.id = a.due_meeting_id
                     where a.meeting_id = m.id and a.status = 'open' and coalesce(dm.date, a.due_date) < ?) as overdue_actions""",
            )
            + " order by m.date < ?, case when m.date >= ? then m.date end, m.date desc, c.name, m.id" + page,
            [today, today, today, *params],
        )
        return [
            MeetingSummary(
                meeting_from_row({k: v for k, v in row.items() if k not in ("open_actions", "overdue_actions")}),
                row["open_actions"],
                row["overdue_actions"],
            )
            for row in rows
        ]


class LazyStore(SummariesMixin):
    """A `Store` that imports the store's other modules only when something beyond the meetings' list is asked.

    Anything it lacks is the full `Store`'s, built once over the same connection.
    """

    _full: "Store | None" = None

    def __init__(self, path: str | Path) -> None:
        from cpb_tui.store.db import open_db

        self.path = Path(path)
        self.db = open_db(self.path)

    @property
    def full(self) -> "Store":
        """The whole store over this connection (imported and built on first use)."""
        if self._full is None:
            from cpb_tui.store.repository import Store

            self._full = Store(self.db, self.path)
        return self._full

    def data_version(self) -> int:
        """SQLite's `data_version`, as `Store.data_version`."""
        return self.db.execute("pragma data_version").fetchone()[0]

    def close(self) -> None:
        """Close the connection."""
        self.db.conn.close()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.full, name)
