"""The fifty-seventh step: shapes the thirty-first set's blind half showed once it could be read (a minute's dotted number
glued to its heading in capitals, a document adopted after a list of what it includes, a condition's own passive), and
tasks and due months from minutes narrative, written again about fictional bodies. Texts the project wrote."""

from __future__ import annotations

import datetime as dt

from tests.stored import page_items as _items
from tests.stored import parish_minutes, second_item, stored_page

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


_PORTFOLIO_DECISIONS = (
    "Parking order for approval\n"
    "Decision Maker: Streets Portfolio\n"
    "Decision published: 20/05/2037\n"
    "Effective from: 27/05/2037\n"
    "Decision:\n"
    "1 officers can proceed with the process of making a parking order in the roads named in the report and undertake the "
    "public consultation on the proposed changes; and\n"
    "2 officers can bring the proposed order into force except where:\n"
    "a) a ward Councillor asks that the matter be dealt with by Cabinet; or\n"
    "b) ten or more objections from separate addresses are received and not withdrawn.\n"
    "3 in the case of 2a) and 2b), the Portfolio Holder makes the final decision on the order.\n"
    "Lead officer: Dana Kerr\n"
)


def test_decision_points_numbered_without_stops_are_a_clause_each_with_their_conditions(tmp_path):
    _, found = stored_page(tmp_path, _PORTFOLIO_DECISIONS, date=dt.date(2037, 5, 20))
    clauses = [clause for _, item_clauses, _ in found for clause in item_clauses]
    assert len(clauses) == 3
    assert clauses[0].startswith("officers can proceed with the process")
    # the conditions after "except where:" are the second point's own words, never decisions of their own
    assert clauses[1].startswith("officers can bring the proposed order into force except where: a) a ward Councillor")
    assert clauses[2].startswith("in the case of 2a) and 2b)")


def test_a_planning_decision_keeps_its_conditions_after_subject_to_the_following(tmp_path):
    clauses, _ = second_item(
        tmp_path,
        "RESOLVED:\n1. That the application be supported subject to the following conditions:\n"
        "a) the hedge on the lane is kept; and\nb) no work starts before 8am.\n2. That the Clerk tells the district council.",
    )
    assert len(clauses) == 2
    assert "a) the hedge on the lane is kept" in clauses[0]


def test_a_budget_for_work_to_be_carried_out_is_no_task_of_its_own(tmp_path):
    _, tasks = second_item(
        tmp_path,
        "RESOLVED to authorise a budget of up to \u00a3800 for this work to be carried out. Cllr Moss agreed to circulate quotes "
        "for the work when received.",
    )
    assert tasks == ["Cllr Moss to circulate quotes for the work when received"]


def test_a_task_stops_at_its_sentence_before_the_next_dashed_point(tmp_path):
    _, tasks = second_item(
        tmp_path,
        "RESOLVED to ask Cllr Dale to contact Mr Hope about the willow. \u2013 The hedge contractor would be asked for a date.",
    )
    assert tasks[0] == "Cllr Dale to contact Mr Hope about the willow"


def test_the_clerk_to_arrange_for_work_to_be_done_is_the_clerks_task(tmp_path):
    _, tasks = second_item(tmp_path, "RESOLVED that the Clerk arrange for the hedge on Mill Lane to be cut before June.")
    assert tasks == ["The Clerk to arrange for the hedge on Mill Lane to be cut before June"]


_SCRUTINY_REVIEW = (
    "Agenda item\n\nScrutiny Review\n\n"
    "Councillor Ann Bell proposed the recommendations which were seconded by Councillor Tom Reed.\n\n"
    "Having been duly proposed and seconded, the Council RESOLVED to approve that:-\n\n"
    "1)     The current structure of four scrutiny committees remain in place, with a further review by the chairs in 2038.\n\n"
    "2)     The scrutiny manager was tasked with preparing a clearer report template for all four committees.\n\n"
    "3)     The scrutiny manager to meet the group leaders before the annual meeting (May 2037) to agree the training.\n"
)


def test_a_resolution_announcing_its_numbered_list_after_its_movers_reads_the_list(tmp_path):
    _, found = stored_page(tmp_path, _SCRUTINY_REVIEW, committee="Harrowby Borough Council", date=dt.date(2037, 3, 4))
    (_, clauses, tasks), = found
    assert len(clauses) == 3
    assert clauses[1].startswith("The scrutiny manager was tasked with preparing")
    texts = [task.text for task in tasks]
    assert "The scrutiny manager to prepare a clearer report template for all four committees" in texts
    assert any(text.startswith("The scrutiny manager to meet the group leaders") for text in texts)


def test_someone_tasked_with_doing_something_is_given_it_and_one_tasked_before_is_not():
    from tests.stored import tasks

    assert tasks("Cllr Hale was given the task of contacting the school about parking.") == [
        ("Cllr Hale to contact the school about parking", ("Cllr Hale",))
    ]
    assert tasks("The Clerk was tasked to obtain quotes for the fence.")[0][0] == "The Clerk to obtain quotes for the fence"
    assert tasks("The Clerk had been tasked with obtaining quotes, and three had come in.") == []


def test_a_meeting_applauding_volunteers_gives_no_one_a_task(tmp_path):
    clauses, tasks = second_item(tmp_path, "AGREED to applaud the work of the volunteers and the flood wardens.")
    assert clauses and tasks == []


def test_an_action_line_gives_its_task_to_a_first_name_the_page_uses_alone():
    from tests.stored import tasks

    assert tasks("No applications received.\n\nAction: Morwenna to email the council her consultation response.") == [
        ("Morwenna to email the council her consultation response", ("Morwenna",))
    ]
    # a thing before "to" is no one: "Letter to go to the county"
    assert tasks("Action: Letter to go to the county.") == []


def test_a_request_followed_up_is_a_task_and_a_standing_offer_on_request_is_not():
    from tests.stored import tasks

    assert tasks("Action: Sheila to follow up on request.") == [("Sheila to follow up on request", ("Sheila",))]
    assert tasks("A large-print copy will be provided on request.") == []


def test_councillors_named_after_an_event_are_to_attend_it(tmp_path):
    page = (
        "Minutes of the meeting of Wendling Parish Council held on Tuesday 12 January 2037 in the Village Hall.\n\n"
        "1. Apologies\nNone.\n\n2. Chair's announcements\n\n"
        "  \u2022 Received the resignation of Mr Hollis\n"
        "  \u2022 Notification of Three Tier Meeting on 20 January 2037, Councillors Reed, Hunt and Bell to attend.\n\n"
        "3. Close\nThe meeting closed at 9pm.\n"
    )
    found = _items(tmp_path, page)
    (_, _, tasks), = [entry for entry in found if entry[0].number == "2"]
    assert [task.text for task in tasks] == ["Councillors Reed, Hunt and Bell to attend the Three Tier Meeting on 20 January 2037"]
    assert tasks[0].due_date == dt.date(2037, 1, 20)


def test_a_report_titled_with_its_meetings_day_is_that_days_meeting(tmp_path):
    page = (
        "Posts tagged 'delegation'\n\nReport on the First and Annual Meeting 17th May, 2037\n\nMay 24, 2037\n\n"
        "Annual Business.  The election of a Chairman was carried forward to the next meeting. Cllr Irish was elected Vice Chairman.\n\n"
        "Footpaths. Work on the lane is in progress.\n\nThe next meeting of the Parish Council is on 21st June, 2037.\n"
    )
    meeting, _ = stored_page(tmp_path, page, committee="Wendling Parish Council")
    assert meeting.date == dt.date(2037, 5, 17)


def test_approval_deferred_after_a_long_reason_is_put_off_to_the_next_meeting(tmp_path):
    clauses, tasks = second_item(
        tmp_path,
        "As the minutes of the meeting held on the 13th March had been approved at the extra meeting held on the 27th of March and "
        "the minutes from the 27th had not been circulated ahead of the meeting, approving the minutes of the 27th was deferred "
        "to the next meeting.",
    )
    assert len(clauses) == 1
    assert tasks == ["Defer approving the minutes of the 27th to the next meeting"]


def test_a_bulleted_resolution_tasks_an_officer_and_a_clerk_aiming_to_complete(tmp_path):
    _, tasks = second_item(
        tmp_path,
        "It was RESOLVED that:\n\n  \u2022 the Town Clerk be tasked with updating the project plan for the sub-committee's approval\n"
        "  \u2022 the Deputy Clerk aim to complete the grant form before the June meeting",
    )
    assert tasks == [
        "The Town Clerk to update the project plan for the sub-committee's approval",
        "The Deputy Clerk to complete the grant form before the June meeting",
    ]


_CAPITAL_HEADINGS = (
    "Parish Council Minutes 27th October 2037\n\nELMSCAR PARISH COUNCIL\nMINUTES OF THE MEETING\n27th October 2037\nPRESENT:\n\n"
    "COUNCILLORS CHAIRMAN BELL, DUNN, FROST\nDistrict Councillor Ann Hale\nClerk Jo Moss\n\nAPOLOGIES\n\n"
    "MINUTES OF THE MEETING 25th August 2037\n\n"
    "Minutes for this meeting were approved. Clerk asked to clarify the item on the hydrant with Highways.\n\n"
    "DISTRICT COUNCILLORS REPORT\n\nReports were received and attached to the minutes.\n\n"
    "HIGHWAYS\n\nClerk reported that a new dog bin had been requested.\n"
)


def test_a_capital_heading_for_the_last_minutes_with_its_date_in_mixed_case_is_an_item(tmp_path):
    meeting, found = stored_page(tmp_path, _CAPITAL_HEADINGS)
    assert meeting.date == dt.date(2037, 10, 27)
    titles = [item.title for item, _, _ in found]
    # the names under "PRESENT:" after a blank line are who came, never an item
    assert titles == ["Apologies", "Minutes of the Meeting 25th August 2037", "District Councillors Report", "Highways"]
    (_, clauses, tasks), = [entry for entry in found if entry[0].title.startswith("Minutes of")]
    assert clauses and [task.text for task in tasks] == ["Clerk to clarify the item on the hydrant with Highways"]


def test_references_with_letters_in_a_flattened_table_row_are_the_items_numbers(tmp_path):
    page = (
        "MINUTES OF THE ORDINARY MEETING OF ELMSCAR TOWN COUNCIL\n\nHeld on Tuesday 9 January 2037\n\nACTION\n"
        "462/ME/36 / APOLOGIES FOR ABSENCE\nCouncillors Young and Hill.\n"
        "463/ME/36 / CORRESPONDENCE\nThere was no correspondence.\n"
        "464/ME/36 / PUBLIC SPEAKING\nMr Roberts spoke about the Legion.\n"
    )
    found = _items(tmp_path, page)
    assert [(item.number, item.title) for item, _, _ in found] == [
        ("462/ME/36", "Apologies for Absence"), ("463/ME/36", "Correspondence"), ("464/ME/36", "Public Speaking"),
    ]


def test_the_words_before_a_motion_are_its_lead_in_not_its_text(tmp_path):
    found = _items(
        tmp_path,
        "Minutes of the meeting of Wendling Parish Council held on Tuesday 1 May 2036 in the Village Hall.\n\n"
        "1. Minutes\nThe Minutes having been circulated previously it was proposed by Cllr Ames and seconded by Cllr Birch that "
        "the minutes be signed as a true record, carried unanimously.\n\n"
        "2. Planning\nAfter discussion it was proposed by Cllr Ames seconded by Cllr Dale that the application be supported.\n",
    )
    clauses = [clause for _, item_clauses, _ in found for clause in item_clauses]
    assert clauses and all(not clause.startswith(("After", "The Minutes having")) for clause in clauses)


def test_she_after_a_clerk_due_to_have_a_meeting_is_the_clerk_and_the_months_end_is_due(tmp_path):
    _, tasks = second_item(
        tmp_path,
        "The Clerk is due to have a meeting with the housing officer about the waiting list. She was asked to inform Cllr Soothill "
        "of any update before the end of the month prior to the next forum meeting.",
    )
    assert tasks == ["The Clerk to inform Cllr Soothill of any update before the end of the month prior to the next forum meeting"]
    found = _items(tmp_path, parish_minutes("The Clerk met the officer. She was asked to write to Cllr Soothill before the end of the month."))
    (_, _, item_tasks), = [entry for entry in found if entry[0].number == "2"]
    assert item_tasks[0].due_date == dt.date(2036, 5, 31)  # the meeting of 1 May 2036: that month's end


def test_a_minute_number_alone_over_a_minute_with_no_heading_is_an_item(tmp_path):
    page = (
        "Minutes of the meeting of Wendling Town Council held on Monday 12 October 2036 at the Town Hall.\n\n"
        "Minute 80\n\nDeclaration of Interest\n\nNone were declared.\n\nMinute 81\n\nMayoral Report\n\nThe report was circulated.\n\n"
        "Minute 82\n\nBefore going through the Minutes the Mayor noted that this was the first time the Council had bilingual Minutes.\n\n"
        "Minute 83\n\nMatters arising from the Minutes\n\nThe draft standing orders will be circulated before the November meeting.\n"
    )
    found = _items(tmp_path, page)
    assert [item.number for item, _, _ in found] == ["80", "81", "82", "83"]
    assert found[2][0].title.startswith("Before going through the Minutes")


def test_what_the_review_found_reads_as_before():
    """The step's review: a task told as done, another body's deferral, a counted list, a thing before "to", an event told of."""
    from tests.stored import tasks

    assert tasks("Cllr Bell was tasked with obtaining quotes at the March meeting, and she reported that three had been received.") == []
    assert tasks("Cllr Dunn was tasked with organising the litter pick last year, which was a great success.") == []
    assert tasks("Action: None to report.") == [] and tasks("Action: Verges to cut before July.") == []
    told = tasks("Cllr Reed reported on the Area Forum meeting held on 5 January 2037, Councillors Hale and Moss to attend.")
    assert all("attend the Cllr Reed" not in text for text, _ in told)


def test_a_counted_list_under_the_following_stays_one_clause_with_its_task(tmp_path):
    clauses, tasks = second_item(
        tmp_path, "It was RESOLVED that the Clerk order the following:\n1 litter bin for the bus stop\n2 dog bins for the playing field"
    )
    assert len(clauses) == 1 and tasks and tasks[0].startswith("The Clerk to order the following")


def test_tasks_listed_after_where_are_still_tasks(tmp_path):
    _, tasks = second_item(
        tmp_path, "RESOLVED:\n1. That the Clerk be authorised to act where:\na) the Clerk to notify the regular hirers;\nb) the Clerk to update the website."
    )
    assert "The Clerk to notify the regular hirers" in tasks and "The Clerk to update the website" in tasks


def test_the_end_of_the_month_after_a_named_month_or_after_works_is_not_the_meetings(tmp_path):
    from cpb_tui.actions.due import parse_due

    assert parse_due("The Clerk to submit the VAT return in July, before the end of the month.").month == 7
    assert parse_due("The contractor to be paid by the end of the month following the works.") is None


def test_a_heading_straight_after_present_and_a_blank_line_is_still_a_heading(tmp_path):
    page = (
        "Minutes of the meeting of Wendling Parish Council held on Tuesday 1 May 2036 in the Village Hall.\n\nPRESENT:\n\n"
        "APOLOGIES\n\nCllr Dunn sent apologies.\n\nHIGHWAYS\n\nThe Clerk reported that a dog bin had been requested.\n\n"
        "FINANCE\n\nThe accounts were approved.\n"
    )
    assert [item.title for item, _, _ in _items(tmp_path, page)] == ["Apologies", "Highways", "Finance"]


def test_an_action_line_after_a_bulleted_resolution_is_its_own_task_and_one_bullet_is_the_decision(tmp_path):
    clauses, tasks = second_item(
        tmp_path, "It was RESOLVED that:\n\n  \u2022 the Clerk prepare a budget for the May meeting\n\nAction: Morwenna to email the county her response."
    )
    assert clauses == ["the Clerk prepare a budget for the May meeting"]
    assert tasks == ["The Clerk to prepare a budget for the May meeting", "Morwenna to email the county her response"]
    clauses, tasks = second_item(
        tmp_path,
        "It was RESOLVED that:\n\n  \u2022 the Clerk prepare a budget\n  \u2022 the Chair sign the accounts\n\nAction: Clerk to email the county.",
    )
    assert clauses == ["the Clerk prepare a budget", "the Chair sign the accounts"]
    assert "Clerk to email the county" in tasks and "The Chair to sign the accounts" in tasks


def test_another_committees_minutes_received_below_the_business_are_not_this_meetings_heading(tmp_path):
    page = (
        "ELMSCAR PARISH COUNCIL\nMINUTES OF THE MEETING\n27th October 2037\n\nAPOLOGIES\nCllr Dunn sent apologies.\n\n"
        "HIGHWAYS\nThe Clerk reported that a new dog bin had been requested. Clerk to order the bin.\n\n"
        "MINUTES OF THE PLANNING COMMITTEE 3rd October 2037\nReceived and noted. Clerk to circulate the decision notices.\n"
    )
    meeting, _ = stored_page(tmp_path, page)
    assert (meeting.committee, meeting.date) == ("Elmscar Parish Council", dt.date(2037, 10, 27))


def test_a_title_of_a_date_and_minute_of_meeting_names_no_body(tmp_path):
    import pytest

    from cpb_tui.importers import ImportProblem

    page = "2037-06-02 \u2013 Minute of meeting\n\nDate: 2nd June 2037, 7pm.\n\n1.06 Welcome\nThe Chair welcomed all.\n\n2.06 Police Report\nNo report.\n"
    with pytest.raises(ImportProblem, match="which committee"):
        stored_page(tmp_path, page)
    meeting, _ = stored_page(tmp_path, page, committee="Earlsford Community Council")
    assert meeting.date == dt.date(2037, 6, 2)
