"""The forty-third step: items in the order a reader counts them. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

import datetime as dt

from cpb_tui.store.rows import number_order
from tests.stored import page_items as _items, stored_page, tasks


def test_minutes_numbered_by_year_then_minute_are_stored_in_the_order_they_were_taken(tmp_path):
    page = (
        "Minutes of the meeting of Ormsby Parish Council held on Tuesday 12 May 2036 at 7.30pm in the Village Hall.\n\n"
        "2036/8 Apologies for absence\nApologies were received from Cllr D Moss.\n\n"
        "2036/9 Declarations of interest\nNone.\n\n"
        "2036/10 Minutes of the previous meeting\nRESOLVED that the minutes of the meeting held on 14 April 2036 be signed.\n\n"
        "2036/11 Play area\nThe Clerk to obtain three quotes for new safety surfacing.\n"
    )
    numbers = [item.number or item.minute_number for item, _, _ in _items(tmp_path, page)]
    assert numbers == ["2036/8", "2036/9", "2036/10", "2036/11"]


def test_a_number_sorts_by_each_of_its_runs_of_digits_and_skips_the_letters_before_them():
    printed = ["PF10/16", "5.10", "2036/10", "Item 10", "5.9", "PF9/16", "2036/9", "Item 9", "16.100", "16.99", "5", "a"]
    ordered = sorted(printed, key=number_order)
    assert ordered == ["5", "5.9", "5.10", "Item 9", "PF9/16", "Item 10", "PF10/16", "16.99", "16.100", "2036/9", "2036/10", "a"]
    assert number_order(None) is None


# --- "Wednesday 25, May, 2036": a comma after a day printed with no ordinal ------------------------------------------------


def test_a_heading_date_with_a_comma_after_a_bare_day_is_the_meeting_date_not_the_next_meetings(tmp_path):
    page = (
        "Minutes of the Meeting of Ormsby Parish Council held on Wednesday 25, May, 2036 at 7.30pm in the Village Hall.\n\n"
        "1. Apologies for absence\nCllr D Moss.\n\n"
        "2. Date of next meeting\nWednesday 22 June 2036.\n"
    )
    meeting, _ = stored_page(tmp_path, page)
    assert meeting.date == dt.date(2036, 5, 25)


def test_a_list_of_numbers_before_a_month_is_no_date():
    from cpb_tui.importers.dates import find_dates

    assert find_dates("Items 4, 5 and 6, May 2036 were deferred.") == []
    assert [day for _, day in find_dates("held on Friday, 3, July 2037")] == [dt.date(2037, 7, 3)]


# --- "Hedges – the Clerk asked to write ...": a heading, a dash, and the Clerk's errand in lower case ------------------------


def test_a_clerks_errand_after_a_heading_and_a_dash_is_read_when_the_the_is_lower_case():
    assert tasks("Hedges \u2013 the Clerk asked to write to the landowner at Mill Lane about the hedge.") == [
        ("The Clerk to write to the landowner at Mill Lane about the hedge", ("the Clerk",))
    ]


# --- "The Clerk had discussed X and was to meet Y": the same doer's next task ----------------------------------------------


def test_what_the_clerk_was_to_do_after_what_they_had_done_is_their_task_with_the_clerk_as_owner():
    assert tasks("The Clerk had discussed the bus shelter with the County Council and was to meet their officer on site.") == [
        ("The Clerk to meet their officer on site", ("the Clerk",))
    ]
    assert tasks("Cllr Hale had spoken to the farmer and was to report back in June.") == [("Cllr Hale to report back in June", ("Cllr Hale",))]


def test_a_clause_with_its_own_verb_is_never_taken_for_who_does_the_task():
    # an obligation of the day, not a thing done: nothing is read, and never an owner "the Clerk had to leave early and"
    found = tasks("The Clerk had to leave early and was to send apologies.")
    assert all(not owner.endswith(" and") and " had " not in owner for _, owners in found for owner in owners)
