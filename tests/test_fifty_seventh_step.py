"""The fifty-seventh step: shapes the thirty-first set's blind half showed once it could be read (a minute's dotted number
glued to its heading in capitals, a document adopted after a list of what it includes, a condition's own passive), and
tasks and due months from minutes narrative, written again about fictional bodies. Texts the project wrote."""

from __future__ import annotations

import datetime as dt

from tests.stored import page_items as _items
from tests.stored import second_item, stored_page

_GLUED_NUMBERS = (
    "MINUTES OF A MEETING OF ELMSCAR TOWN COUNCIL HELD AT THE COUNCIL CHAMBER ON MONDAY 22nd June, 2036\n\n"
    "412.01APOLOGIES Apologies for absence were received from Cllrs N Hale and P Rees\n\n"
    "412.02DECLARATIONS OF INTEREST Forms were circulated and filed with these minutes.\n\n"
    "412.03 MINUTES The following minutes were read and confirmed\n\n"
    "412.04CORRESPONDENCE\nA letter from the school was read. It was agreed to reply.\n"
)


def test_dotted_minute_numbers_glued_to_capital_headings_are_items(tmp_path):
    meeting, found = stored_page(tmp_path, _GLUED_NUMBERS)
    assert (meeting.committee, meeting.date) == ("Elmscar Town Council", dt.date(2036, 6, 22))
    assert [item.number for item, _, _ in found] == ["412.01", "412.02", "412.03", "412.04"]
    assert [item.title for item, _, _ in found][:2] == ["Apologies", "Declarations of Interest"]


def test_a_unit_or_an_ordinal_after_a_number_is_no_glued_heading(tmp_path):
    page = (
        "Minutes of the meeting of Wendling Parish Council held on Tuesday 1 May 2036 in the Village Hall.\n\n"
        "1. Apologies\nNone.\n\n2. Highways\nThe county will consult on a limit of\n20MPH through the village.\n\n"
        "3. Close\nThe meeting closed at 9pm.\n"
    )
    found = _items(tmp_path, page)
    assert [item.number for item, _, _ in found] == ["1", "2", "3"]
    assert "20MPH" in (found[1][0].minutes or "")


def test_a_document_adopted_after_what_it_includes_is_a_decision(tmp_path):
    clauses, tasks = second_item(
        tmp_path,
        "The revised Standing Orders, including the Complaints Policy and the Grievance Procedure, which had been circulated "
        "to Councillors in advance, were agreed and formally adopted. The Clerk confirmed they would now be made available "
        "on the website.",
    )
    assert len(clauses) == 1 and clauses[0].startswith("The revised Standing Orders, including the Complaints Policy")
    # what the Clerk spoke of is "they", no thing named in the sentence: never "Make The Clerk confirmed they ..."
    assert not [task for task in tasks if "confirmed" in task]


def test_a_condition_that_a_request_be_considered_on_all_applications_is_no_task(tmp_path):
    clauses, tasks = second_item(
        tmp_path,
        "After discussion it was proposed by Cllr Ames, seconded by Cllr Birch and resolved that the application be approved "
        "subject to the condition on lighting that the Council's request be considered on all appropriate planning applications.",
    )
    assert clauses
    assert tasks == []


def test_a_condition_that_a_report_be_brought_names_the_report_alone(tmp_path):
    _, tasks = second_item(
        tmp_path,
        "RESOLVED that the grant be approved subject to the condition that a report on its use be brought to the June meeting.",
    )
    assert tasks == ["Bring a report on its use to the June meeting"]
