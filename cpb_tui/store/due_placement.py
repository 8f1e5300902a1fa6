"""Which extracted dues an import must place on the calendar again.

A due phrase is placed by `cpb_tui.actions.resolve_due` against its committee's calendar
(the meetings' dates from the origin's month on). A meeting an import adds (or merges) on
date D can move a due only in these ways, by kind of phrase:

- placed at a meeting M (`next_meeting`, `meeting_month`, `month_only`, `months_after`):
  the placement is the first qualifying meeting, so only a D on or before M can take its place;
- not placed at a meeting, with a due date (`meeting_month` and `month_only`: the month's
  end; `months_after`: the target, then a window of 120 days): only a D on or before the due
  date plus the window can be placed;
- `by_date` ("by March 2027"): the last meeting before the deadline, once the calendar
  reaches past it, so a D on or before the deadline, or any D while no earlier meeting was
  past it;
- `next_meeting` with nothing placed yet: any later D;
- `days_after`, `day_month`, `future_meeting`: the calendar plays no part.

So an import places again only those rows (and the actions it has just extracted, and any of
a kind not listed here), not every due of the committee: a constant number in a long history
where every one of them was placed on every import. tests/test_due_placement.py checks that
placing every due afresh afterwards changes nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Iterable

from cpb_tui.store.rows import marks

KNOWN_KINDS = ("next_meeting", "meeting_month", "month_only", "months_after", "by_date", "days_after", "day_month", "future_meeting")

_SELECT = """select a.id, a.committee_id, a.due_spec, a.due_meeting_id, a.due_date, m.date as origin
             from actions a join meetings m on m.id = a.meeting_id
             left join meetings dm on dm.id = a.due_meeting_id
             where a.due_set_by = 'extracted' and a.due_spec is not null"""


def due_rows_to_place(
    store: Any, committee_ids: Iterable[int] | None, touched: dict[int, set[str]] | None, new_ids: Iterable[int] = ()
) -> list[dict[str, Any]]:
    """The rows `_resolve_dues` must place: every extracted due of these committees, or with `touched` only those it can move."""
    if committee_ids is None:
        return store._rows(_SELECT)
    rows: list[dict[str, Any]] = []
    new = sorted(set(new_ids))
    for committee_id in sorted(set(committee_ids)):
        dates = (touched or {}).get(committee_id)
        if not dates:
            rows += store._rows(_SELECT + " and a.committee_id = ?", [committee_id])
            continue
        earliest = min(dates)
        before = store.db.execute(
            f"select max(date) from meetings where committee_id = ? and status != 'cancelled' and date not in ({marks(sorted(dates))})",
            [committee_id, *sorted(dates)],
        ).fetchone()[0]
        deadline_from = min(earliest, before) if before else earliest
        # Three index-driven reads (m012 keeps `due_reach` whenever a due or a meeting's date moves):
        # the new actions, the dues a meeting on or after `earliest` can reach, and by_date's deadlines.
        rows += store._rows(
            f"""select * from (
                  {_SELECT} and a.id in ({marks(new or [-1])})
                  union {_SELECT} and a.committee_id = ? and a.due_reach >= ?
                  union {_SELECT} and a.committee_id = ? and a.due_kind = 'by_date' and a.due_date >= ?)
                order by id""",
            [*(new or [-1]), committee_id, earliest, committee_id, deadline_from],
        )
    return rows


def calendars_for(store: Any, rows: list[dict[str, Any]]) -> tuple[dict[int, list[dt.date]], dict[int, dict[dt.date, int]]]:
    """Each committee's calendar as far as these rows' placements read it: dates in order, and the meeting on each.

    A due is placed against the meetings from its origin's month on (or, with none, the last
    one before), so the calendar is read from the earliest such month of the committee's rows
    and one meeting before it: every row sees the part of the calendar it saw whole.
    """
    earliest: dict[int, str] = {}
    for row in rows:
        month = row["origin"][:8] + "01"
        earliest[row["committee_id"]] = min(earliest.get(row["committee_id"], month), month)
    dates_of: dict[int, list[dt.date]] = {}
    ids_of: dict[int, dict[dt.date, int]] = {}
    for committee_id, month in earliest.items():
        calendar = store.db.execute(
            """select * from (select id, date from meetings where committee_id = ? and status != 'cancelled' and date < ?
                              order by date desc limit 1)
               union all select id, date from meetings where committee_id = ? and status != 'cancelled' and date >= ?
               order by date""",
            [committee_id, month, committee_id, month],
        ).fetchall()
        dates_of[committee_id] = [dt.date.fromisoformat(d) for _, d in calendar]
        ids_of[committee_id] = {}
        for meeting_id, d in calendar:
            ids_of[committee_id].setdefault(dt.date.fromisoformat(d), meeting_id)
    return dates_of, ids_of
