"""The fifty-second step, tasks and dues: action tables flattened into slash rows or one cell per line, and the months
tasks are due, written about fictional bodies. Texts the project wrote."""

from __future__ import annotations

import datetime as dt

from cpb_tui.actions import extract_from_minutes
from cpb_tui.importers.tracker import listed_tasks
from tests.stored import page_items as _items
from tests.stored import tasks

_SLASH_TABLE = (
    "Minutes of Pellow Bridge Community Council Meeting on Monday 12th April 2038 in the Scout Hut at 7pm.\n"
    "(2) Actions carried over from earlier meetings\n"
    "Ref / Owner / Action detail / Current status08/014 / DW / Ask the estates team about the broken railings. "
    "DW to send them photographs. / April update \u2013 photographs sent.\n"
    "10/002 / NP / Price a second grit bin for Kiln Lane / April update \u2013 two quotes in.\n"
    "11/007 / DW / Moss on the war memorial - cleaning offered / April update \u2013 cleaned by volunteers. Action to be closed.\n"
    "12/001 / JR / Spring litter pick / April update \u2013 see the report below. This action will be closed.\n"
    "(3) Correspondence\nA letter from the bowls club was noted.\n"
)


def test_slash_rows_keyed_by_year_and_number_run_into_the_header_are_each_a_task():
    found = listed_tasks(_SLASH_TABLE.splitlines())
    open_rows = [(task.text, task.owners) for task in found if not task.done]
    assert open_rows == [
        ("Ask the estates team about the broken railings. DW to send them photographs.", ("DW",)),
        ("Price a second grit bin for Kiln Lane", ("NP",)),
    ]


def test_a_slash_row_whose_update_says_the_action_is_to_be_closed_is_closed():
    closed = [task.text for task in listed_tasks(_SLASH_TABLE.splitlines()) if task.done]
    assert closed == ["Moss on the war memorial - cleaning offered", "Spring litter pick"]


def test_the_next_heading_after_a_full_slash_row_is_not_part_of_its_status():
    assert not any("Correspondence" in task.text for task in listed_tasks(_SLASH_TABLE.splitlines()))


def test_a_stop_then_a_slash_between_cells_ends_the_sentence():
    found = tasks("Speed signs on Mill Road. PK to ask the county for a count. / May update \u2013 no reply yet.")
    assert found == [("PK to ask the county for a count", ("PK",))]


_CELL_PER_LINE = (
    "No.\n\nRecommendation\n\nRanking\n\nResponsibility\n\nAgreed\n\nRemarks\n\nDate\n\n \n\n \n\n"
    "1\n\nThat the Board arrange a refresher course on chairing meetings for its members.\n\n2\n\n"
    "Housing and Estates Manager\n\nYes\n\nMost members asked for it.\n\nOctober 2039\n\n \n\n"
    "2\n\nThat every working group be wound up after a year.\n\n1\n\nThe Board\n\nNo\n\nGroups vary too much.\n\n-\n\n \n\n"
    "No.\n\nRecommendation\n\nRanking\n\nResponsibility\n\nAgreed\n\nRemarks\n\nDate\n\n"
    "3\n\nPublish the forward plan on the website each quarter.\n\n3\n\nDemocratic Services\n\nYes\n\nTo start in the summer.\n\nJuly 2039\n\n"
    "4\n\nThat the Board review its standing orders.\n\n2\n\nMonitoring Officer\n\nYes\n\nA draft is due.\n\nDecember 2039\n"
)


def test_a_table_one_cell_per_line_under_a_no_column_gives_its_agreed_rows_with_their_dates(tmp_path):
    found = _items(tmp_path, _CELL_PER_LINE, committee="Scrutiny Board", date=dt.date(2039, 5, 4))
    by_number = {item.number: [(task.text, task.owners, task.due_date and task.due_date.strftime("%Y-%m")) for task in item_tasks]
                 for item, _, item_tasks in found}
    assert by_number["1"] == [("That the Board arrange a refresher course on chairing meetings for its members.",
                               ("Housing and Estates Manager",), "2039-10")]
    assert by_number["2"] == []  # not agreed
    assert by_number["3"] == [("Publish the forward plan on the website each quarter.", ("Democratic Services",), "2039-07")]
    assert [due for _, _, due in by_number["4"]] == ["2039-12"]


def _dues(tmp_path, page: str, **asked) -> list[tuple[str, str | None]]:
    """Each task of `page` with the month it is due ("2039-04"), as stored."""
    return [(task.text, (task.due_meeting_date or task.due_date) and (task.due_meeting_date or task.due_date).strftime("%Y-%m"))
            for _, _, item_tasks in _items(tmp_path, page, **asked) for task in item_tasks]


def test_a_month_or_the_next_is_due_by_the_later(tmp_path):
    page = (
        "Minutes of the Resources Scrutiny Panel of Farrowdale District Council held on 12 February 2039.\n\n"
        "1. Apologies\nNone.\n\n2. Tracked actions\nThe Clerk would invite the new harbour manager to a meeting in May/June.\n\n"
        "3. Close\nThe meeting closed at 8pm.\n"
    )
    assert ("The Clerk to invite the new harbour manager to a meeting in May/June", "2039-06") in _dues(tmp_path, page)


def test_the_next_meeting_of_a_group_the_committee_hears_of_is_not_its_own(tmp_path):
    page = (
        "Minutes of the Quarry Vale Area Board held on 3 October 2039.\n\n"
        "1. Apologies\nNone.\n\n2. Youth forum update\nThe next meeting of the youth group would be held on 17 October at the library.\n"
        "The Area Manager would bring a report on the skate park to the next meeting.\n\n3. Close\nThe meeting closed at 9pm.\n"
    )
    dues = dict(_dues(tmp_path, page))
    assert dues["The Area Manager to bring a report on the skate park to the next meeting"] is None


def test_the_next_meeting_of_the_group_is_its_own_in_a_group_s_minutes(tmp_path):
    page = (
        "Minutes of the Mill Brook Footpaths Working Group held on 3 October 2039.\n\n"
        "1. Apologies\nNone.\n\n2. Stiles\nThe Secretary would bring the stile survey to the next meeting.\n\n"
        "3. Next meeting\nThe next meeting of the group will be held on 14 November 2039.\n"
    )
    assert ("The Secretary to bring the stile survey to the next meeting", "2039-11") in _dues(tmp_path, page)


def test_run_together_initials_and_a_comma_before_to_attend_take_the_day_of_the_meeting_just_told_of():
    found = [(a.text, a.owners, a.due_words) for a in extract_from_minutes(
        "Update: K.L. Moss said the rural crime forum would now be held on the 9th March, 2039 at the fire station. K.L. Moss, to attend.")]
    assert found == [("K.L. Moss to attend", ("K.L. Moss",), "on the 9th March, 2039")]


def test_a_meeting_held_on_a_day_gone_by_gives_to_attend_no_day():
    assert tasks("The notes of the forum held on 2 March 2039 were read. Ann Pryce to attend.") == [("Ann Pryce to attend", ("Ann Pryce",))]
