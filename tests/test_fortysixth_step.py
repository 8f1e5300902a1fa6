"""The forty-sixth step: numbers printed two ways in one page, and tasks the minutes tell in their own words. Texts the
project wrote, about fictional bodies."""

from __future__ import annotations

import datetime as dt

from tests.stored import page_items as _items
from tests.stored import tasks


def _lead_ins(tmp_path, page):
    """Each clause of `page` as (lead-in, text), in the store's order."""
    from cpb_tui.store import Store
    from tests.stored import stored_page

    meeting, _ = stored_page(tmp_path, page)
    store = Store.open(next(tmp_path.glob("page*/cpb.db")))
    try:
        return [(r.lead_in, r.text) for i in store.items(meeting.id) for r in store.resolutions(i.id)]
    finally:
        store.close()


def test_numbers_on_their_titles_lines_run_on_into_a_tables_numbers(tmp_path):
    # the first items typed with their titles, the rest in a table whose numbers stand in cells of their own
    page = (
        "Minutes of Wendling Parish Council held on Monday 4th May 2037 at 7pm in the Village Hall\n"
        "Present: Cllr Ann Bell (in the Chair), Cllrs Iain Dow and Ruth Kerr\n"
        "39) Apologies for Absence\n"
        "Apologies were received from Cllr Hale. It was proposed, seconded and Resolved: That the apologies be accepted.\n"
        "40) Declaration of Interests\n"
        "None.\n"
        "|\n"
        "41) |\n"
        "Minutes of the Previous Meeting |\n"
        "|\n"
        "It was proposed, seconded and Resolved: That the minutes of 6th April 2037 be signed. |\n"
        "|\n"
        "42) |\n"
        "Chairman's Report |\n"
        "|\n"
        "A report had been circulated before the meeting. |\n"
        "|\n"
        "43) |\n"
        "Allotments |\n"
        "|\n"
        "The waiting list stands at four. |\n"
    )
    found = _items(tmp_path, page)
    assert [(item.number, item.title) for item, _, _ in found] == [
        ("39", "Apologies for Absence"),
        ("40", "Declaration of Interests"),
        ("41", "Minutes of the Previous Meeting"),
        ("42", "Chairman's Report"),
        ("43", "Allotments"),
    ]


def test_points_typed_with_another_mark_before_a_run_stay_out_of_it(tmp_path):
    # "1." and "2." of a list before the table's "41)": another mark, and far below 41, so no items
    page = (
        "Minutes of Wendling Parish Council held on Monday 4th May 2037 at 7pm in the Village Hall\n"
        "The Chair set out two rules for the evening:\n"
        "1. Phones off\n"
        "2. Questions at the end\n"
        "41) |\n"
        "Minutes of the Previous Meeting |\n"
        "It was proposed, seconded and Resolved: That the minutes of 6th April 2037 be signed. |\n"
        "42) |\n"
        "Chairman's Report |\n"
        "A report had been circulated before the meeting. |\n"
        "43) |\n"
        "Allotments |\n"
        "The waiting list stands at four. |\n"
    )
    numbers = [item.number for item, _, _ in _items(tmp_path, page)]
    assert "1" not in numbers and "2" not in numbers
    assert numbers[-3:] == ["41", "42", "43"]


def test_a_body_to_be_approached_is_the_councils_task():
    # the bus company is to be approached: the council's task, never the bus company's own news
    assert tasks("The bus company will be approached to repaint the shelter on the green.") == [
        ("Approach the bus company to repaint the shelter on the green", ())
    ]
    assert tasks("Highways will be reminded of the blocked drain on Mill Lane.") == [("Remind Highways of the blocked drain on Mill Lane", ())]
    # what they will do themselves stays theirs
    assert tasks("The bus company will repaint the shelter next month.") == []


def test_a_check_whether_work_was_done_is_still_a_task():
    found = tasks("Mr Dale said he would inspect the two benches to check if the painting had been completed.")
    assert [text for text, _ in found] == ["Mr Dale to inspect the two benches to check if the painting had been completed"]
    # a task told as done is none
    assert tasks("Wendy was to speak with the ranger but has now done so.") == []


def test_a_request_of_she_or_he_sets_no_garbled_task():
    # who "she" is, the sentence does not say (a first version gave the task to whoever spoke last)
    text = (
        "Cllr Ash explained the traffic calming she had seen abroad. "
        "The Council requested that she send the prices to the clerk and the matter would be decided at a later meeting."
    )
    assert tasks(text) == []
    assert tasks("The residents requested that they see the plans.") == []


def test_work_programme_business_allocated_to_a_meeting(tmp_path):
    found = tasks("Councillor Frost suggested an item on street lighting. The topic would be allocated to the March 2037 meeting.")
    assert [text for text, _ in found] == ["Allocate the topic to the March 2037 meeting"]
    assert tasks("The allotment rents item would be carried forward to the September meeting.") == [
        ("Carry forward the allotment rents item to the September meeting", ())
    ]
    # money allocated is no business taken again
    assert tasks("The budget will be allocated to the parks team.") == []
    # nor is what was noted
    assert tasks("The Committee noted that the street lighting topic would be allocated to the March 2037 meeting.") == []


def test_more_verbs_a_task_is_written_with():
    assert tasks("Complaints Policy \u2013 Not approved. Clerk to revise.") == [("Clerk to revise", ("Clerk",))]
    assert [t for t, _ in tasks("MD to find stone for the wall.")] == ["MD to find stone for the wall"]
    assert [t for t, _ in tasks("BR to comment on this.")] == ["BR to comment on this"]
    # the public asked to comment, or members to find the time, set no one a task
    assert tasks("To invite Members of the Public to comment on the Planning Lists") == []
    assert tasks("Members to find the time.") == []


def test_the_doer_after_so_takes_the_task_on():
    assert tasks("The stones at the pier are the ferry company's, so the Clerk will contact them.") == [("The Clerk to contact them", ("the Clerk",))]
    # another body's own doing after "so" stays theirs
    assert tasks("The road is theirs, so Highways will repair it.") == []


def test_a_decision_pages_points_with_no_resolved_over_them(tmp_path):
    # "Decision details" whose decision is a list of points, "(i) That ..." to "(iv) that ...", with the page's notes between
    page = (
        "Decision details\n"
        "Amenities Committee - 9 June 2037\n"
        "Decision Maker: Council\n"
        "Decision status: For Determination\n"
        "Is Key decision?: No\n"
        "Date of decision: 30/06/2037\n"
        "(i)              That the Minutes of the Amenities Committee held on 9 June 2037 be received.\n"
        "Minute 41 \u2013 Pavilion Lease\n"
        "Councillor Ash asked to raise a point on this minute in private session.\n"
        "The Council took the recommendations below from the Minutes:\n"
        "Minute 38 \u2013 Wendling Green Drainage\n"
        "(ii)            that the Council approves the drainage scheme for Wendling Green\n"
        "(as shown in Annex 1 to the Minutes).\n"
        "Minute No. 39 \u2013 Grounds Contract\n"
        "(iii)          that Bidder 2 be awarded the grounds maintenance contract from April 2038.\n"
        "(iv)           that, with the exception of Minute 41, the Minutes of the Amenities Committee held on 9 June 2037 be agreed.\n"
    )
    found = _items(tmp_path, page)
    assert len(found) == 1
    clauses = found[0][1]
    assert [clause.split()[:3] for clause in clauses] == [
        ["That", "the", "Minutes"],
        ["that", "the", "Council"],
        ["that", "Bidder", "2"],
        ["that,", "with", "the"],
    ]
    assert clauses[1].endswith("(as shown in Annex 1 to the Minutes).")  # (a point runs on to the line that ends it)


def test_a_decision_page_with_one_point_and_no_label_is_not_read_as_points(tmp_path):
    # one "(i) That" alone is no list: the page is read as before, its cited minutes as its items
    page = (
        "Decision details\n"
        "Decision Maker: Council\n"
        "Date of decision: 30/06/2037\n"
        "(i)  That the Minutes of the Amenities Committee held on 9 June 2037 be received.\n"
        "Minute 38 \u2013 Wendling Green Drainage\n"
        "Minute 39 \u2013 Grounds Contract\n"
    )
    found = _items(tmp_path, page, committee="Wendling Town Council")
    assert not any(clause.startswith("(ii)") for _, clauses, _ in found for clause in clauses)


def _meeting_date(tmp_path, page):
    from tests.stored import stored_page

    return stored_page(tmp_path, page)[0].date


def test_a_date_whose_weekday_is_right_beats_one_typed_without_it(tmp_path):
    # the title's figures were typed wrong; the line under it names the day, and 6 April 2037 is a Monday
    page = (
        "Town Council Meeting \u2013 06/05/2037\n"
        "Meeting of Wendling Town Council\n"
        "Monday 6th April 2037 at 7.00pm\n"
        "In the Carnegie Room, Wendling\n"
        "AGENDA\n"
        "1. Apologies\n"
        "2. Declarations of Interest\n"
        "3. Minutes of the last meeting\n"
    )
    assert _meeting_date(tmp_path, page) == dt.date(2037, 4, 6)
    # a summons letter's own date over the meeting's day
    letter = (
        "WENDLING PARISH COUNCIL\n"
        "5 June 2037 To: All Members of Wendling Parish Council\n"
        "NOTICE IS HEREBY GIVEN that a MEETING of Wendling Parish Council will be held on THURSDAY 11 JUNE 2037 in the Church Hall at 7.15pm\n"
        "AGENDA\n"
        "34.37 TO RECEIVE APOLOGIES FOR ABSENCE\n"
        "35.37 DECLARATIONS OF INTEREST\n"
    )
    assert _meeting_date(tmp_path, letter) == dt.date(2037, 6, 11)


def test_a_weekday_wrong_for_its_date_or_a_heading_that_names_the_day_keeps_the_date(tmp_path):
    # "Sunday 6th April 2037" is no Sunday: the heading's date stands
    page = (
        "Town Council Meeting \u2013 06/05/2037\n"
        "Meeting of Wendling Town Council\n"
        "Sunday 6th April 2037 at 7.00pm\n"
        "AGENDA\n"
        "1. Apologies\n"
        "2. Declarations of Interest\n"
    )
    assert _meeting_date(tmp_path, page) == dt.date(2037, 5, 6)
    # a blog post's date over the agenda for the meeting on a named day
    post = (
        "Wednesday, 21 October 2037\n"
        "Agenda for Wendling Community Council Meeting on 20th October 2037\n"
        "1. Apologies\n"
        "2. Minutes of the last meeting\n"
        "3. Police report\n"
    )
    assert _meeting_date(tmp_path, post) == dt.date(2037, 10, 20)


def test_a_dated_line_after_the_first_minute_is_no_title(tmp_path):
    # the next year's meeting dates listed under a minute are no title for this meeting
    page = (
        "Minutes of the Wendling Parish Council meeting held on Wednesday 3rd March 2038 in the Reading Room.\n"
        "Present: Cllr Ann Bell (Chairman), Cllr Iain Dow\n"
        "159/37 Apologies:\n"
        "There were no apologies\n"
        "160/37 Meeting Schedule\n"
        "The schedule for 2038-2039 was agreed as:\n"
        "Wednesday 19th May 2038 \u2013 Annual Parish Council Meeting \u2013 7.30pm\n"
        "Wednesday 7th July 2038 \u2013 7.30pm\n"
    )
    assert _meeting_date(tmp_path, page) == dt.date(2038, 3, 3)


def test_earlier_minutes_to_confirm_their_accuracy_are_no_heading(tmp_path):
    page = (
        "Full Council\n"
        "27/07/2037 at 6:30 pm\n"
        "Wendling Town Council\n"
        "Meeting of Full Council (remote)\n"
        "54 | Present:\n"
        "Cllr Ann Bell (Chair), Cllr Iain Dow\n"
        "55 | Apologies:\n"
        "Cllr Ruth Kerr\n"
        "56 | Minutes:\n"
        "Minutes of the Meeting of Full Council held Tuesday 14 July 2037 to confirm accuracy\n"
        "The minutes were confirmed as a true record.\n"
    )
    assert _meeting_date(tmp_path, page) == dt.date(2037, 7, 27)


def test_a_passive_task_with_now_or_then_before_be():
    assert tasks("Members had agreed to form the panel. A site visit would now be arranged.") == [("Arrange a site visit", ())]
    found = tasks("The plots will be walked on Monday. A reminder would then be posted to every tenant asking that repairs be finished, "
                  "however due to the weather the work may wait until spring.")
    assert [text.split(",")[0] for text, _ in found] == ["Post a reminder to every tenant asking that repairs be finished"]
    # a thing done, then what becomes of it, sets no task
    assert tasks("The resurfacing is finished and will now be added to the asset register.") == []


def test_a_member_asks_the_mayor_or_the_secretary():
    assert tasks("Councillor Frost asked the Mayor to send a letter of thanks to the hospice.") == [
        ("The Mayor to send a letter of thanks to the hospice", ("the Mayor",))
    ]
    assert [t for t, _ in tasks("The Chair asked the Secretary to circulate the figures.")] == ["The Secretary to circulate the figures"]


def test_a_post_that_would_be_writing_is_no_doer_of_ours():
    # a post may be another body's ("The Village Hall Secretary would be writing to all hirers"): no task
    assert tasks("The Village Hall Secretary would be writing to all hirers about the new charges.") == []
    assert tasks("The Highways Manager would be retiring next year.") == []


def test_points_in_roman_figures_under_an_item_are_sub_items(tmp_path):
    page = (
        "July 2037 Minutes\n"
        "Notes from Wendling Parish Meeting\n"
        "Monday, 6th July 2037\n"
        "1. In attendance: Ann Bell (chair), Iain Dow (clerk) and four parishioners.\n"
        "2. Minutes of 1st June: The June minutes were agreed and the chair signed them.\n"
        "3. Reports:\n"
        "I. Police: Nothing was reported this month.\n"
        "II. Finance: The hall insurance is renewed. Iain to query the second bank charge.\n"
        "III. Village Hall: Three quotes have been received for the boiler.\n"
        "4. Correspondence: The county wrote about the bus route.\n"
    )
    found = _items(tmp_path, page)
    assert [(item.number, item.title) for item, _, _ in found] == [
        ("1", "In attendance"), ("2", "Minutes of 1st June"), ("3", "Reports"),
        ("3(i)", "Police"), ("3(ii)", "Finance"), ("3(iii)", "Village Hall"), ("4", "Correspondence"),
    ]
    finance = next(item for item, _, _ in found if item.number == "3(ii)")
    assert "hall insurance is renewed" in (finance.minutes or finance.purpose or "")  # (the text run on after the colon is the point's)
    assert [a.text for item, _, actions in found if item.number == "3(ii)" for a in actions] == ["Iain to query the second bank charge"]


def test_roman_figures_that_skip_or_run_as_sentences_are_no_sub_items(tmp_path):
    page = (
        "Notes from Wendling Parish Meeting\n"
        "Monday, 6th July 2037\n"
        "1. In attendance: Ann Bell (chair), Iain Dow (clerk).\n"
        "2. Reports:\n"
        "I. Police: Nothing was reported this month.\n"
        "III. Village Hall: Three quotes have been received for the boiler.\n"
        "3. Correspondence: The county wrote about the bus route.\n"
    )
    assert [item.number for item, _, _ in _items(tmp_path, page)] == ["1", "2", "3"]


def test_nothing_to_do_and_the_standing_interests_item_set_no_task():
    assert tasks("A further application has been received. No comment to be made on the application.") == []
    assert tasks("No objection to be raised.") == []
    assert tasks("Members to advise of any declarations of interest.") == []
    assert tasks("Members to notify any changes to the Register of Interests and Gifts & Hospitality.") == []
    # a notice of something else is still a task
    assert [t for t, _ in tasks("Clerk to notify the county of the changes to the bus route.")] == ["Clerk to notify the county of the changes to the bus route"]


def test_the_decision_was_made_that_keeps_its_opening_words(tmp_path):
    page = (
        "Minutes of Wendling Community Council held on Monday 2 March 2037 at 7pm\n"
        "1. Apologies\nNone.\n"
        "2. Windfarm Fund\n"
        "The decision was made that two members would visit the depot each quarter with the fund officer.\n"
        "3. Close\nThe meeting closed at 9pm.\n"
    )
    assert _lead_ins(tmp_path, page) == [
        ("The decision was made", "that two members would visit the depot each quarter with the fund officer.")
    ]


def test_a_letterheads_address_does_not_end_the_title_scan(tmp_path):
    page = (
        "WENDLING TOWN COUNCIL\nTown Hall\n12 Market Street\nWendling\n"
        "Finance Committee - Tuesday, 5th May 2037 7.00 pm\n"
        "Present: Cllr Ann Bell (Chair), Cllr Iain Dow\n"
        "1. Apologies\nNone.\n2. Minutes\nThe minutes were approved.\n"
    )
    from tests.stored import stored_page

    meeting, _ = stored_page(tmp_path, page)
    assert (meeting.committee, meeting.date) == ("Finance Committee", dt.date(2037, 5, 5))


def test_a_weekday_lower_down_that_is_no_meeting_date_is_left_alone(tmp_path):
    for line in (
        "Deadline for written questions: Friday 1st May 2037 at noon.",
        "Apologies: Cllr Hale (away until Saturday 23rd May 2037).",
        "A resident reminded members that the village fete will be held on Saturday 20th June 2037.",
        "The Annual Litter Pick will take place on Saturday 16th May 2037.",
    ):
        page = f"Minutes of the Meeting of Wendling Parish Council held on 6 May 2037 in the Village Hall\n{line}\nAPOLOGIES\nNone were received.\n"
        assert _meeting_date(tmp_path, page) == dt.date(2037, 5, 6), line


def test_a_task_told_done_after_a_question_of_whether_stays_done():
    assert tasks("Wendy was to check whether the gate had been repaired and has now done so.") == []
    assert tasks("The Clerk was to ask if the bins could be moved and has now done so.") == []


def test_a_pronoun_request_of_anyone_is_no_task():
    assert tasks("The Clerk read a letter from Mr Hale. The Council requested that he send photographs of the damage.") == []
    assert tasks("Cllr Ash welcomed PCSO Grant to the meeting. The Council requested that she attend the next meeting.") == []
    assert tasks("Mrs Hale, a resident, spoke about parking. The Council requested that she write to Highways.") == []
    # a second doer named in the request keeps its own task
    found = tasks("Cllr Ash raised the bus shelter. The Council asked that he contact the bus company and the Clerk will then place an order.")
    assert ("The Clerk to place an order", ("the Clerk",)) in found


def test_an_applicants_numbers_and_an_outside_bodys_officer_set_no_task():
    assert tasks("The agent said that two parking spaces would be provided for each house.") == []
    assert tasks("Several streetlights will be replaced with LED units next year.") == []
    assert tasks("The road belongs to the county, so the County Highways Officer will inspect it.") == []
    assert tasks("The District Council's Planning Manager would be writing to the applicant.") == []
    assert tasks("The pitch belongs to the club, so the Club Secretary will book the referee.") == []


def test_however_inside_a_task_keeps_the_task_whole():
    assert [t for t, _ in tasks("The Chair will write to the owner of the field, however, asking him to cut back the hedge by 1 June 2037.")] == [
        "The Chair to write to the owner of the field, however, asking him to cut back the hedge by 1 June 2037"
    ]


def test_money_or_land_allocated_is_no_business_taken_again():
    assert tasks("Cllr Hale said the locality budget would be allocated to the parish in April 2038.") == []
    assert tasks("The grant would be allocated to the Village Hall at the March meeting.") == []
    assert tasks("The underspend would be carried forward to the next financial year.") == []


def test_roman_figures_in_an_appendix_after_the_last_item_are_no_sub_items(tmp_path):
    page = (
        "July 2037 Minutes\nWendling Parish Meeting\nMonday, 6th July 2037\n"
        "1. Minutes of 1st June: The June minutes were agreed and the chair signed them.\n"
        "2. Correspondence: The county wrote about the bus route.\n"
        "3. Date of next meeting: Monday 3rd August 2037.\n"
        "Signed ______\n"
        "APPENDIX A \u2013 CLERK'S REPORT\n"
        "I. Introduction\nThe year has been busy.\n"
        "II. Finance\nThe accounts are in order.\n"
        "III. Allotments\nAll plots are let.\n"
    )
    assert [item.number for item, _, _ in _items(tmp_path, page)] == ["1", "2", "3"]


def test_decision_points_with_no_stop_leave_the_notes_between_them_out(tmp_path):
    page = (
        "Decision details\n"
        "Decision Maker: Council\n"
        "Date of decision: 30/06/2037\n"
        "(i)  That the Minutes of the Amenities Committee held on 9 June 2037 be received\n"
        "Minute 41 \u2013 Pavilion Lease\n"
        "Councillor Ash asked to raise a point on this minute in private session.\n"
        "(ii)  that Bidder 2 be awarded the grounds maintenance contract from April 2038\n"
        "Minute No. 39 \u2013 Grounds Contract\n"
    )
    clauses = [c for _, cs, _ in _items(tmp_path, page, committee="Wendling Town Council") for c in cs]
    assert [c.split()[-1] for c in clauses[:2]] == ["received", "2038"]
    assert not any("Pavilion" in c or "Grounds Contract" in c for c in clauses)


def test_house_rules_numbered_just_before_a_tables_run_stay_out_of_it(tmp_path):
    page = (
        "Minutes of Wendling Parish Council held on Monday 4th May 2037 at 7pm in the Village Hall\n"
        "8) Phones off\n"
        "9) Speak through the Chair\n"
        "|\n"
        "10) |\n"
        "Minutes of the Previous Meeting |\n"
        "It was proposed, seconded and Resolved: That the minutes of 6th April 2037 be signed. |\n"
        "11) |\n"
        "Chairman's Report |\n"
        "A report had been circulated before the meeting. |\n"
        "12) |\n"
        "Allotments |\n"
        "The waiting list stands at four. |\n"
    )
    assert [item.number for item, _, _ in _items(tmp_path, page)] == ["10", "11", "12"]


def test_who_considered_and_resolved_is_the_clauses_lead_in(tmp_path):
    page = (
        "Minutes of Wendling Parish Council held on Tuesday 1 May 2037 in the Village Hall.\n"
        "1. Apologies\nNone.\n"
        "2. Annual Return\n"
        "2.1 Members considered and RESOLVED to accept the auditor's findings.\n"
        "2.2 The council discussed and resolved to file the annual return.\n"
    )
    found = _lead_ins(tmp_path, page)
    assert ("Members considered and RESOLVED", "to accept the auditor's findings.") in found
    assert ("The council discussed and resolved", "to file the annual return.") in found



def test_the_second_reviews_findings_stay_mended(tmp_path):
    # a blog post's date, a circulation date, a date for the diary, a letter's date and another meeting's never replace the heading's
    for head in (
        "Thursday, 14 May 2037\nMinutes of the Wendling Parish Council Meeting - 6th May 2037\n",
        "Minutes of the Wendling Parish Council Meeting - 6th May 2037\nDraft minutes, circulated\nFriday 8th May 2037\n",
        "Minutes of the Wendling Parish Council Meeting - 6th May 2037\nDATES FOR THE DIARY\nSaturday 16th May 2037 - Annual Litter Pick\n",
        "Minutes of the Meeting of Wendling Parish Council held on 6 May 2037\n"
        "The Chair reminded members that the village's annual assembly meeting will be held on Tuesday 19th May 2037.\n",
    ):
        page = head + "Present: Cllr Ann Bell (Chair), Cllr Iain Dow\n1. Apologies\nNone.\n2. Minutes\nThe minutes were approved.\n"
        assert _meeting_date(tmp_path, page) == dt.date(2037, 5, 6), head
    # an address of standing words, or a financial year, is no numbered minute
    from tests.stored import stored_page

    page = "WENDLING TOWN COUNCIL\nCouncil Offices\n1 Public Square\nWendling\nFinance Committee - Tuesday, 5th May 2037 7.00 pm\n1. Apologies\nNone.\n"
    assert stored_page(tmp_path, page)[0].committee == "Finance Committee"
    page = "WENDLING TOWN COUNCIL\n2037/38 Budget Working Group\nBudget Working Group - Tuesday, 5th January 2037 7.00 pm\n1. Apologies\nNone.\n"
    assert stored_page(tmp_path, page)[0].committee == "Budget Working Group"
    # "No" before a sign's name is no "nothing to do"
    assert [t for t, _ in tasks("No Entry sign on Mill Lane to be replaced.")] == ["Replace No Entry sign on Mill Lane"]


def test_a_decision_pages_labelled_decision_and_a_wrapped_date_are_read_as_before(tmp_path):
    page = (
        "Decision details\nWendling Green Drainage\nDecision Maker: Cabinet\nDecision:\nRESOLVED\n"
        "(i) That the drainage scheme for Wendling Green be approved subject to the consent of the\nEnvironment Agency;\n"
        "(ii) That the Director of Place be authorised to let the contract.\n"
        "Date of decision: Tuesday, 30th June,\n2037\n"
    )
    from tests.stored import stored_page

    meeting, found = stored_page(tmp_path, page)
    assert meeting.date == dt.date(2037, 6, 30)
    clauses = [c for _, cs, _ in found for c in cs]
    assert clauses[0].endswith("consent of the Environment Agency;") and len(clauses) == 2


def test_a_request_that_they_be_done_to_is_still_a_task():
    text = "Councillor Hart praised the bowls team. He then requested that they be advised to apply to the county sports fund."
    assert "Advise them to apply to the county sports fund" in [t for t, _ in tasks(text)]


def test_the_third_reviews_findings_stay_mended(tmp_path):
    # the next meeting's sentence, an earlier meeting told of, a clerk's signing date, a post's date, the next meeting's
    # date under its label: none is this meeting's date
    for page, day in (
        ("Wendling Allotments Committee\nMinutes of the meeting held on 4 June 2037 in the Pavilion\nPresent: Ann Bell (Chair), Iain Dow\n"
         "Rents: RESOLVED that the rents stay the same.\n"
         "Date of next meeting: The next meeting of the Allotments Committee will be held on Thursday 2 July 2037 at 7pm.\n", dt.date(2037, 6, 4)),
        ("Wendling Parish Council\nMinutes of the Parish Council Meeting held 5 June 2037\n"
         "At an Extraordinary Meeting of the Council held at the Village Hall on Friday 22 May 2037 the Clerk was appointed.\n"
         "Present: Cllr A Bell (Chair), Cllr I Dow\nApologies\nCllr Hale sent apologies.\n", dt.date(2037, 6, 5)),
        ("Town Council Meeting \u2013 06/05/2037\nJ Frost, Clerk to the Council\nWednesday 29th April 2037\nMembers are summoned to attend.\n"
         "AGENDA\n1. Apologies\n2. Declarations of Interest\n", dt.date(2037, 5, 6)),
        ("Wendling Parish Council Minutes 13/05/2037\nPosted by admin\nWednesday 20th May 2037\nPresent: Cllr A Bell (Chair)\n"
         "1. Apologies\nCllr Hale sent apologies.\n", dt.date(2037, 5, 13)),
        ("Wendling Planning Committee Minutes \u2013 13/05/2037\nDate of next meeting:\nWednesday 10th June 2037 at 7pm\n"
         "Present: Cllr A Bell (Chair)\n1. Apologies\nNone.\n", dt.date(2037, 5, 13)),
    ):
        assert _meeting_date(tmp_path, page) == day, page.split("\n")[1]
    # a site's numbered menu and a letterhead's "12/14 High Street" end no title scan
    from tests.stored import stored_page

    page = ("Skip to content\n1. Home\n2. Your Council\n3. Meetings\nLicensing Committee - Wednesday, 10th April, 2037 6.30 pm\n"
            "Present: Cllr A Bell (Chair), Cllr I Dow\nApologies\nNone.\n")
    assert (stored_page(tmp_path, page)[0].committee, _meeting_date(tmp_path, page)) == ("Licensing Committee", dt.date(2037, 4, 10))
    page = ("WENDLING TOWN COUNCIL\n12/14 High Street\nWendling WE1 2AB\nPlanning Committee - Tuesday, 2nd October, 2037 7.00 pm\n"
            "1. Apologies\nNone.\n")
    assert stored_page(tmp_path, page)[0].committee == "Planning Committee"


def test_a_published_decisions_points_under_their_lead_in_are_read_as_before(tmp_path):
    page = (
        "Decision details\nCemetery Fees 2038/39\nDecision Maker: Cabinet\nDecision published: 15/03/2038\nEffective from: 23/03/2038\n"
        "That it be DETERMINED that:\n"
        "(a) That the fees set out in Appendix A be approved from 1 April 2038; and\n"
        "(b) That the Director of Place be authorised to agree the shared fees with\n"
        "Wendling Town Council and the Diocese of Norchester.\n"
        "Lead officer: J Frost\n"
    )
    clauses = [c for _, cs, _ in _items(tmp_path, page, date=dt.date(2038, 3, 15)) for c in cs]
    assert clauses[-1].endswith("agree the shared fees with Wendling Town Council and the Diocese of Norchester.")
