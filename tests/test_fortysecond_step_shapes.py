"""Shapes read in the forty-second step. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

import datetime as dt

from tests.stored import page_items as _items


# --- a month with no year, said in that month ------------------------------------------------------------------------------


def test_the_end_of_the_month_the_meeting_is_in_is_this_month_not_next_year():
    from cpb_tui.actions.due import parse_due, resolve_due

    april = parse_due("Clerk to write to the County Council by the end of April")
    assert april is not None and april.kind == "month_only"
    assert resolve_due(april, dt.date(2036, 4, 9), []) == (None, dt.date(2036, 4, 30))
    # the meeting that set it is never the meeting it is due at, even in the same month
    assert resolve_due(april, dt.date(2036, 4, 9), [dt.date(2036, 4, 9)]) == (None, dt.date(2036, 4, 30))
    assert resolve_due(april, dt.date(2036, 4, 9), [dt.date(2036, 4, 9), dt.date(2036, 4, 23)])[0] == dt.date(2036, 4, 23)
    # a month gone by is next year's
    assert resolve_due(april, dt.date(2036, 5, 14), [])[1] == dt.date(2037, 4, 30)


def test_a_task_due_by_the_end_of_the_meeting_month_is_stored_with_that_month(tmp_path):
    page = (
        "Minutes of the Meeting of Thornbury Vale Parish Council held on Tuesday 9 April 2036 in the Village Hall\n\n"
        "1. Apologies for absence\nCllr D Kent.\n\n"
        "2. Footpaths\nThe footpath by the mill is overgrown. Clerk to write to the County Council by the end of April.\n"
    )
    items = _items(tmp_path, page)
    (action,) = items[1][2]
    assert action.due_date == dt.date(2036, 4, 30)
