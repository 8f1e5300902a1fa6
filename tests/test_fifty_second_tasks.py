"""The fifty-second step, tasks and dues: action tables flattened into slash rows or one cell per line, and the months
tasks are due, written about fictional bodies. Texts the project wrote."""

from __future__ import annotations

import datetime as dt

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
