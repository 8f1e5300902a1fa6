"""The forty-ninth step: shapes from public pages that the reader still read badly, written again about fictional bodies:
decision notices' headings and lead-ins, numbers printed alone or in a fire authority's form, flattened sections
numbered "1.0", Welsh item pages, and decisions after "Having been told". Texts the project wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.stored import page_items as _items
from tests.stored import parish_minutes as _minutes
from tests.stored import second_item as _second
from tests.stored import stored_page


def test_a_decision_after_what_the_members_had_been_told(tmp_path):
    clauses, tasks = _second(tmp_path, "Having been told that Alderman Quill was resting at home after a spell in hospital, the "
                                       "Members agreed that a card be sent to him with the Council's good wishes.")
    assert clauses == ["the Members agreed that a card be sent to him with the Council's good wishes."]
    assert tasks == ["Send a card to him with the Council's good wishes"]


def test_the_minutes_moved_by_initials_with_a_capital_seconded(tmp_path):
    clauses, _ = _second(tmp_path, "Full Council 11/2/2036 - Proposed (NP) & Seconded (RW) that the minutes be accepted as a true "
                                   "record. Agreed by all and signed.")
    assert clauses == ["that the minutes be accepted as a true record."]
    # (a motion that says the minutes could not be approved is none)
    assert _second(tmp_path, "Seconded (RW) that the minutes could not be approved.")[0] == []


def test_a_leader_s_decisions_listed_under_made_the_following_decisions(tmp_path):
    page = (
        "Issue - decisions\n\nLeader Decision - Portfolio Roles\n\n14/05/2036 - Leader Decision - Portfolio Roles\n\n"
        "On 14 May 2036, the Leader of the Council, Cllr Ada Quarry, made the following decisions:-\n"
        "To authorise Cabinet Members to take executive decisions within their portfolios.\n"
        "To authorise the Chief Executive to take day to day decisions within the budget.\n"
        "That Cllr Ben Tarrant will continue as Deputy Leader of the Council.\n"
    )
    (item, clauses, _), = _items(tmp_path, page, committee="Leader of the Council")
    assert clauses == [
        "To authorise Cabinet Members to take executive decisions within their portfolios.",
        "To authorise the Chief Executive to take day to day decisions within the budget.",
        "That Cllr Ben Tarrant will continue as Deputy Leader of the Council.",
    ]


@pytest.mark.parametrize("heading, committee", [
    ("Record of Decisions of the Cabinet held on 4 March 2036", "Cabinet"),
    ("SCHEDULE OF DECISIONS TAKEN AT THE MEETING OF THE PLANNING COMMITTEE HELD ON 4 MARCH 2036", "Planning Committee"),
    ("Register of Decisions made by the Executive on Wednesday 4 March 2036", "Executive"),
    ("Record of Decision taken by the Licensing Sub-Committee on 4 March 2036", "Licensing Sub-Committee"),
    ("KIRKTON COMMUNITY COUNCIL RECORD OF MEETING HELD ON 4TH MARCH 2036 DRAFT", "Kirkton Community Council"),
])
def test_a_record_of_decisions_or_of_a_meeting_names_the_body_and_the_day(tmp_path, heading, committee):
    meeting, _ = stored_page(tmp_path, f"{heading}\n\n1. Grants\n\nRESOLVED that the grants be approved.\n\n2. Close\n\nThe meeting closed.\n")
    assert (meeting.committee, meeting.date) == (committee, dt.date(2036, 3, 4))


def test_decisions_over_lines_broken_short_before_the_first_number(tmp_path):
    page = (
        "Record of Decisions of the Cabinet held on 4 March 2036\n\nGrants to Community Groups\n\nDecisions\n"
        "1. That the grant awards\nlisted in Appendix B, up to a total of \u00a340,000, be\napproved.\n"
        "2. That any award above \u00a35,000 be\nreported to the next meeting of the\nCabinet.\n"
        "Reasons\nfor Decisions\n1. The grant scheme\nclosed on 31 January and every bid was\nscored by the panel.\n"
    )
    found = _items(tmp_path, page)
    assert found[0][0].title == "Grants to Community Groups"
    assert found[0][1] == [
        "That the grant awards listed in Appendix B, up to a total of \u00a340,000, be approved.",
        "That any award above \u00a35,000 be reported to the next meeting of the Cabinet.",
    ]
    assert [task.text for task in found[0][2]] == ["Report any award above \u00a35,000 to the next meeting of the Cabinet"]


def test_a_menu_link_called_decisions_is_no_record(tmp_path):
    page = (
        "Home\nDecisions\nMeetings\nCommittees\n\nMinutes of the meeting of Wendling Parish Council held on 1 May 2036\n\n"
        "1. Apologies\nNone were received.\n\n2. Hall\nThe hall was discussed.\n\n3. Close\nThe meeting closed.\n"
    )
    assert [item.title for item, _, _ in _items(tmp_path, page)] == ["Apologies", "Hall", "Close"]


def test_an_agenda_item_page_with_no_minutes_label(tmp_path):
    page = (
        "Agenda item\n\nScrutiny Work Programme\n\nReport of Head of Democratic Services\n\n\n"
        "The Head of Democratic Services submitted a report inviting Members to review the work programme.\n\n\n"
        "Members discussed the programme and it was agreed that the item on street lighting be moved to the March meeting.\n\n\n"
        "RESOLVED \u2013 That the work programme be updated to reflect the discussion.\n\nSupporting documents:\n"
    )
    (item, clauses, tasks), = _items(tmp_path, page, committee="Scrutiny Committee", date=dt.date(2036, 1, 12))
    assert item.title == "Scrutiny Work Programme"
    assert clauses == ["Agreed that the item on street lighting be moved to the March meeting.",
                       "That the work programme be updated to reflect the discussion."]


def test_a_fire_authority_s_numbers_alone_over_their_titles(tmp_path):
    page = (
        "Agenda and minutes\n\nHarnby Vale Fire and Rescue Authority - Thursday, 12th June, 2036 10.30 am\n\nItems\nNo. Item\n\n"
        "36-37/FRA/1\n\nElection of Chair 2036/37\n\nMinutes:\n\nCouncillor P Amis was nominated and seconded.\n\nRESOLVED:\n\n"
        "That Councillor P Amis be elected Chair of the Authority for 2036/37.\n\n"
        "36-37/FRA/2\n\nApologies\n\nMinutes:\n\nAn apology was received from Councillor M Dorn.\n\n"
        "36-37/FRA/3\n\nMinutes\n\nTo confirm the Minutes of the meeting held on 27 March 2036\n\nMinutes:\n\nRESOLVED:\n\n"
        "That the Minutes of the meeting held on 27 March 2036 be confirmed as a true record.\n\n"
        "36-37/FRA/4\n\nCommunications\n\nMinutes:\n\nThere were none.\n"
    )
    found = _items(tmp_path, page)
    assert [(item.number, item.title) for item, _, _ in found] == [
        ("36-37/FRA/1", "Election of Chair 2036/37"), ("36-37/FRA/2", "Apologies"), ("36-37/FRA/3", "Minutes"), ("36-37/FRA/4", "Communications")]
    assert found[0][1] == ["That Councillor P Amis be elected Chair of the Authority for 2036/37."]


def test_a_reference_printed_alone_between_two_with_titles(tmp_path):
    page = (
        "Minutes of the Public Board Meeting of Fenholt Ambulance Service NHS Trust held on 6 February 2036\n\n"
        "Minutes\n02/36/01 \u2013 Welcome, Apologies and Chair's Matters\nApologies were received from Mr Pryde.\n02/36/02\n"
        "Patient Story\nThe Board heard from a patient treated at Fenholt General.\n02/36/03 \u2013 Minutes of the Previous Meeting\n"
        "The minutes of the meeting held on 5 December 2035 were approved as a correct record.\n02/36/04 \u2013 Fleet Replacement\n"
        "The Board approved the purchase of twelve new ambulances.\n"
    )
    assert [(item.number, item.title) for item, _, _ in _items(tmp_path, page)] == [
        ("02/36/01", "Welcome, Apologies and Chair's Matters"), ("02/36/02", "Patient Story"),
        ("02/36/03", "Minutes of the Previous Meeting"), ("02/36/04", "Fleet Replacement")]


def test_a_date_alone_on_its_line_is_no_reference(tmp_path):
    page = (
        "Minutes of the Public Board Meeting of Fenholt Ambulance Service NHS Trust held on 6 February 2036\n\n"
        "02/36/01 \u2013 Welcome\nApologies were received.\n02/03/36\nPatient Story\nA patient spoke.\n"
        "02/36/03 \u2013 Fleet\nThe Board approved the purchase of two ambulances.\n02/36/04 \u2013 Close\nThe meeting closed.\n"
    )
    assert [item.number for item, _, _ in _items(tmp_path, page)] == ["02/36/01", "02/36/03", "02/36/04"]


def test_a_running_number_alone_over_a_label_and_its_text(tmp_path):
    page = (
        "Full Council - 10-03-2036\n\nCyngor Llawn / Full Council \u2013 COFNODION / MINUTES\n\n10.3.2036\n\n"
        "Present:\n\nCllr. Elin Rhun (Chair)\n\n301\n\nDatgan Diddordeb:\n\nCyng. Gwyn Puw \u2013 Cynllunio\n\n"
        "302\n\nCyfeiriadau Personol:\n\n1. Croesawyd y Clerc newydd\n\n2. Diolchwyd i'r Maer\n\n"
        "303\n\nAdroddiad y Maer: Dosbarthwyd yn y cyfarfod\n\nMayoral Report: Distributed at the meeting\n\n"
        "304\n\nCofnodion y cyfarfod blaenorol\n\nPENDERFYNWYD derbyn y cofnodion.\n"
    )
    found = _items(tmp_path, page)
    assert [item.number for item, _, _ in found] == ["301", "302", "303", "304"]
    assert found[2][0].title == "Adroddiad y Maer"


def test_a_flattened_record_numbered_one_nought_with_points(tmp_path):
    page = (
        "KIRKTON COMMUNITY COUNCIL RECORD OF MEETING HELD ON 3RD MARCH 2036 DRAFT KIRKTON HALL ______________ 1.0 PRESENT "
        "Anne Lowe, Brian Keir, Carol Mair 2.0 APOLOGIES 2.1 Apologies were received from David Nish. 3.0 POLICE REPORT 3.1 The "
        "report from PC Orr listed 11 crimes in the area. 4.0 PLAY PARK 4.1 It was agreed that the Secretary write to the council "
        "about the broken swings.\n"
    )
    meeting, found = stored_page(tmp_path, page)
    assert meeting.committee == "Kirkton Community Council"
    assert [(item.number, item.title) for item, _, _ in found] == [
        ("1.0", "Present"), ("2.0", "Apologies"), ("3.0", "Police Report"), ("4.0", "Play Park")]
    assert found[3][1] == ["Agreed that the Secretary write to the council about the broken swings."]


def test_a_welsh_item_page_names_the_council_without_the_item(tmp_path):
    page = (
        "Mater - cyfarfodydd\n\nCyfarfod: 06/03/2036 - Y Cyngor (eitem 5)\n\n5 FFIOEDD MYNWENT pdf eicon PDF 210 KB\n\n"
        "Cyflwyno adroddiad y Swyddog Cyllid.\n\nPenderfyniad:\n\nCymeradwyo'r ffioedd newydd.\n\nCofnod:\n\n"
        "Cyflwynodd y Swyddog Cyllid yr adroddiad.\n\nPENDERFYNWYD cymeradwyo'r ffioedd newydd.\n"
    )
    meeting, found = stored_page(tmp_path, page)
    assert (meeting.committee, meeting.date) == ("Y Cyngor", dt.date(2036, 3, 6))
    assert [(item.number, item.title) for item, _, _ in found] == [("5", "Ffioedd Mynwent")]
    assert found[0][1] == ["cymeradwyo'r ffioedd newydd."]


def _page(heading: str, body: str) -> str:
    return heading + "\n\n" + body


def test_a_motion_moved_and_put_to_the_vote_is_the_way_to_the_decision_below(tmp_path):
    page = (
        "Agenda and minutes\n\nAudit and Governance Committee - Tuesday, 14th April, 2036 7.00 pm\n\nItems\nNo. Item\n\n22.\n\n"
        "Treasury Management Review\n\nTo consider the report of the Head of Finance.\n\nMinutes:\n\n"
        "The Head of Finance presented the review of borrowing and investments.\n\n"
        "Councillor Pell moved and Councillor Dray seconded that the Committee accept the review.\n\n"
        "Following debate, the recommendations in the report were put to the vote and declared to be carried.\n\n"
        "RESOLVED: That the treasury management review be accepted.\n\n23.\n\nClose\n\nMinutes:\n\nThe meeting closed at 8pm.\n"
    )
    found = _items(tmp_path, page)
    assert found[0][1] == ["That the treasury management review be accepted."]


def test_the_movers_in_brackets_after_resolved_are_not_the_decision_s_words(tmp_path):
    page = (
        "Issue - meetings\n\nJoint Scrutiny Committee - Annual Report\n\nMeeting: 08/07/2036 - County Council (Item 47)\n\n"
        "47 Joint Scrutiny Committee - Annual Report PDF 190 KB\n\nMinutes:\n\nCouncil had before it the annual report.\n\n"
        "Councillor Bryce moved and Councillor Lusk seconded that Council endorse the annual report.\n\nFollowing debate it was:-\n\n"
        "RESOLVED (on a motion from Cllr Bryce, seconded by Cllr Lusk and carried nem con) to endorse the Joint Committee's annual report.\n"
    )
    assert _items(tmp_path, page)[0][1] == ["to endorse the Joint Committee's annual report."]


def test_recommendations_moved_and_seconded_over_the_clauses_are_no_clause(tmp_path):
    page = (
        "Issue - meetings\n\nForward Work Programme\n\nMeeting: 14/10/2036 - Environment Overview & Scrutiny Committee (Item 9)\n\n"
        "9 Forward Work Programme PDF 80 KB\n\nMinutes:\n\nThe Facilitator presented the programme.\n\n"
        "The recommendations within the report were moved by Councillor Elin Parry and seconded by Councillor Gethin Morgan.\n\n"
        "(a) That the Forward Work Programme be noted; and\n(b) That the progress made on the actions be noted.\n"
    )
    assert _items(tmp_path, page)[0][1] == ["That the Forward Work Programme be noted; and", "That the progress made on the actions be noted."]


def test_minutes_adopted_with_their_movers_stay_a_decision_before_another(tmp_path):
    clauses, _ = _second(tmp_path, "The minutes of the previous meeting were adopted, proposed by Bob Sands, seconded by Peter Gee.\n"
                                   "RESOLVED that the hall be repainted.")
    assert clauses == ["The minutes of the previous meeting were adopted, proposed by Bob Sands, seconded by Peter Gee.",
                       "that the hall be repainted."]


def test_a_member_s_proposal_to_accept_seconded_is_the_decision(tmp_path):
    clauses, _ = _second(tmp_path, "Bank balance \u00a31,204.55. Morag Fyfe proposed the accounts to be accepted as correct and seconded by "
                                   "Iain Lorimer.")
    assert clauses == ["Morag Fyfe proposed the accounts to be accepted as correct and seconded by Iain Lorimer."]
    # (a proposal no one seconded, or to do something other than accept, is not read so)
    assert _second(tmp_path, "Cllr Ames proposed the hall be painted blue but there was no seconder.")[0] == []


def test_a_seconder_s_name_cut_by_the_line_s_end(tmp_path):
    clauses, _ = _second(tmp_path, "Fiona Bain proposed Ruth Gallie for the post of Minute Secretary and was seconded by Duncan\n"
                                   "Rae. All present agreed.")
    assert clauses == ["Fiona Bain proposed Ruth Gallie for the post of Minute Secretary and was seconded by Duncan Rae. All present agreed."]


def test_an_agenda_point_s_heading_is_not_its_decision(tmp_path):
    page = (
        "Minutes of the Meeting of Little Harnby Parish Council held on Monday 21st July 2036 in the Reading Room.\n"
        "Present: Cllr P Oddie (Chair), Cllr R Vance\n"
        "2036-110 Allotments\n"
        "i) To consider quotations to build a new access track and resolve on which quotation to accept.\n"
        "RESOLVED to accept contractor B as recommended by the working group.\n"
        "ii) To consider quotations for fencing the new plots.\n"
        "RESOLVED to accept supplier C as recommended by the working group.\n"
        "2036-111 Finance\n(i) To report on the bank reconciliation.\nNothing to report.\n"
        "(ii) To approve expenditure as itemised on the schedule.\nProposed by Cllr Vance seconded by Cllr Oddie and unanimously approved.\n"
        "2036-112 Accounts\nRESOLVED:\n(a) To approve the accounts for the year.\nProposed by Cllr Vance, seconded by Cllr Oddie.\n"
    )
    found = _items(tmp_path, page)
    assert [clauses for _, clauses, _ in found] == [
        ["to accept contractor B as recommended by the working group.", "to accept supplier C as recommended by the working group."],
        ["Proposed by Cllr Vance seconded by Cllr Oddie and unanimously approved."],
        ["To approve the accounts for the year."],
    ]
    assert [task.text for _, _, tasks in found for task in tasks] == []


def test_an_aside_between_the_subject_and_its_verb(tmp_path):
    assert _second(tmp_path, "Minutes were, unanimously, approved as a true record of the meeting.")[0] == [
        "Minutes were unanimously approved as a true record of the meeting."]
    assert _second(tmp_path, "The quotation, which had been circulated before the meeting, was, after discussion, accepted.")[0] == [
        "The quotation, which had been circulated before the meeting, was after discussion accepted."]
    clauses, tasks = _second(tmp_path, "It was, unanimously, agreed for the Clerk to write to the owners about the boundary.")
    assert tasks == ["The Clerk to write to the owners about the boundary"]
    # (the school allowed to use the field is a permission, no one's task)
    assert _second(tmp_path, "It was agreed for the school to use the field on sports day.")[1] == []


def test_short_approvals_of_notes_and_accounts(tmp_path):
    page = (
        "Minutes of the Meeting of Little Harnby Parish Council held on Tuesday 14 March 2036 at 7.30pm in the Reading Room\n"
        "1. Apologies received from Cllr J Quin.\n"
        "2. Draft notes from meeting of 14th February 2036 approved as Minutes.\n"
        "3. To confirm the Draft Notes of the meeting of 28th February 2036.\nThe Draft Notes were confirmed without amendment.\n"
        "4. Annual Parish Meeting minutes\nThe Chairman asked if they were a true record. All were in agreement. The Chairman signed them.\n"
        "5. Finance\nAccounts for payment: These were agreed.\nBank reconciliation: This was noted.\n"
        "6. Date of next meeting: Tuesday 11 April 2036.\n"
    )
    found = _items(tmp_path, page)
    assert [clauses for _, clauses, _ in found] == [
        [], ["Draft notes from meeting of 14th February 2036 approved as Minutes."], ["The Draft Notes were confirmed without amendment."],
        ["All were in agreement."], ["Accounts for payment: These were agreed.", "Bank reconciliation: This was noted."], []]


def test_a_resolution_on_the_minutes_is_not_read_twice(tmp_path):
    clauses, _ = _second(tmp_path, "RESOLVED - That the Minutes of the Meeting held on 7 April 2036 be confirmed as a correct record.")
    assert clauses == ["That the Minutes of the Meeting held on 7 April 2036 be confirmed as a correct record."]
    assert _second(tmp_path, "Minutes of the last meeting approved and signed.")[0] == ["Minutes of the last meeting approved and signed."]


@pytest.mark.parametrize("line, task", [
    ("(5.6) Clerk to ask the contractors to strim Chapel Walk when they mow the green.",
     "Clerk to ask the contractors to strim Chapel Walk when they mow the green"),
    ("The position was noted. The clerk was instructed to thank the owners for their letter.", "The clerk to thank the owners for their letter"),
    ("The Clerk is to go back to the highways officer about the broken stile.", "The Clerk to go back to the highways officer about the broken stile"),
])
def test_tasks_written_these_ways(tmp_path, line, task):
    assert _second(tmp_path, line)[1] == [task]


@pytest.mark.parametrize("line", [
    "Members of the public had been asked to submit questions in writing by 5pm on Monday 30 April 2036.",
    "The owners wrote that the verge has been returned to grass and they will continue to maintain it.",
    "- 36/07. Update Standing Orders to include the Clerk's delegated powers. COMPLETED",
])
def test_no_task_from_these(tmp_path, line):
    assert _second(tmp_path, line)[1] == []


def test_a_log_line_still_open_in_capitals_is_a_task(tmp_path):
    assert _second(tmp_path, "- 36/14. Ask the district council if the farm shop needs planning permission. NO REPLY \u2013 CHASE")[1] == [
        "Ask the district council if the farm shop needs planning permission"]


@pytest.mark.parametrize("heading, committee", [
    ("Minutes of the One Hundred and Tenth Annual Meeting of the Little Harnby Parish Council held in the Reading Room on Wednesday "
     "4th March 2036, 7pm", "Little Harnby Parish Council"),
    ("91 Un-confirmed Minutes of an Extraordinary Meeting of the Little Harnby Playing Field Trustees held in the Reading Room on "
     "Wednesday, 4th March 2036.", "Little Harnby Playing Field Trustees"),
    ("MEETING OF POLICE AND CRIME PANEL\n\nWednesday 4 March 2036 Brackenmoor District Council Offices, Tanner Street", "Police and Crime Panel"),
    ("Meeting Details\n\nFull Authority\n4 March 2036 - 10:00 to 11:45", "Full Authority"),
    ("Minutes of the Scrutiny Coordinating Committee Meeting\n\nWednesday 4 March 2036", "Scrutiny Coordinating Committee"),
    ("Minutes 4th March 2036\nLittle Harnby Parish Council meeting on Wednesday 4th March 2036 at 8 p.m.", "Little Harnby Parish Council"),
    ("Notes from Farthing Parish Meeting\nWednesday, 4th March 2036\n7.30pm Farthing Village Hall", "Farthing Parish Meeting"),  # (the record's words are no part of the body's name)
])
def test_more_headings_that_name_the_body(tmp_path, heading, committee):
    meeting, _ = stored_page(tmp_path, _page(heading, "1. Grants\n\nRESOLVED that the grants be approved.\n\n2. Close\n\nThe meeting closed.\n"))
    assert (meeting.committee, meeting.date) == (committee, dt.date(2036, 3, 4))


def test_minutes_of_meetings_names_no_body(tmp_path):
    meeting, _ = stored_page(tmp_path, _page("Minutes of the Meetings held on 4th March 2036\n\nMINUTES of the ANNUAL MEETING of LITTLE "
                                             "HARNBY PARISH COUNCIL\n\nAll held on 4th March 2036 in the Reading Room",
                                             "1. Grants\n\nRESOLVED that the grants be approved.\n"))
    assert meeting.committee == "Little Harnby Parish Council"


def test_a_parish_s_comments_on_planning_applications_in_sentences(tmp_path):
    clauses, _ = _second(tmp_path, "36/00437/HOUS \u2013 Rose Cottage, Mill Lane \u2013 new dormer window. The Council objects on the grounds of overlooking.\n"
                                   "36/00451/FUL \u2013 Top Farm Cottages \u2013 holiday lets. Councillors were not in agreement to the change of use.\n"
                                   "36/00460/FUL \u2013 Kiln Barn \u2013 a dwelling. There was no objection to these plans from the council.\n"
                                   "36/00470/FUL \u2013 Old Forge \u2013 new porch. The Council supports this application.\n"
                                   "36/00490/FUL \u2013 3 Kiln Road \u2013 rear extension. No objection.")
    assert len(clauses) == 5 and all(clause.startswith("36/00") for clause in clauses[:4])


def test_a_day_gone_by_without_its_year_is_no_due_and_before_a_date_is(tmp_path):
    page = (
        "Minutes of Meeting of Glenarm Vale District Council held on Thursday 26 February 2036 in the Council Offices\n\n"
        "C42/36 Chair's Business\n\nCouncillor Carlin requested that the Drumbeg Camogie Club be considered for a civic reception to mark "
        "their win in the provincial final on 18 January.\n\n"
        "C43/36 Roads\n\nIt was agreed that the Chief Executive would write to the Department seeking a review of the gritting routes "
        "before 30 September 2036.\n\nC44/36 Close\n\nThe meeting closed.\n"
    )
    found = _items(tmp_path, page)
    dues = [(task.due_date) for _, _, tasks in found for task in tasks]
    assert dues == [None, dt.date(2036, 9, 30)]


def test_a_lettered_point_written_as_a_sentence_keeps_its_subject_in_its_title(tmp_path):
    page = (
        "Minutes of the Meeting of Little Harnby Parish Council held on Monday 24 November 2036 at 7.00pm\n"
        "1. Apologies received from Cllr Brook.\n2. Reports from outside bodies -\n"
        "a. Police figures showed two crimes in the village in October.\nb. There were no reports from District Councillors.\n"
        "c. Cllr Amble had sent a written report on the bus timetable.\n3. Lengthsman\n"
        "3.1. Mr Rudd, Parish Lengthsman, had cleared the ditches on Kiln Road.\n3.2. The new lengthsman contract was signed by the Chairman.\n"
        "4. Date of next meeting: Monday 15 December 2036.\n"
    )
    titles = {item.number: item.title for item, _, _ in _items(tmp_path, page)}
    assert titles["2b"] == "There were no reports from District Councillors."
    assert titles["2c"] == "Cllr Amble had sent a written report on the bus timetable."
    assert titles["3.1"] == "Mr Rudd, Parish Lengthsman, had cleared the ditches on Kiln Road."


def test_a_numbered_list_of_members_present_is_no_run_of_items(tmp_path):
    page = (
        "Pentrefelin Town Council\n\nMinutes of the meeting held on 4 March 2036\n\n"
        "  1. Cyngh./Cllr. Mared Owen (Maer/Mayor)\n  2. Cyngh./Cllr. Bethan Lewis\n  3. Cyngh./Cllr. Iwan Jenkins\n  4. Cyngh./Cllr. Gwenno Price\n\n"
        "The Mayor welcomed everyone to the meeting including the translator.\n\n"
        "Minute 40\n\nDeclaration of Interest\n\nThere were none.\n\nMinute 41\n\nMayoral Report\n\nThe report was circulated.\n\n"
        "Minute 42\n\nTown Clock\n\nIt was RESOLVED to ask the Clerk to obtain two quotations for repairing the town clock.\n"
    )
    found = _items(tmp_path, page, committee="Pentrefelin Town Council")
    assert [item.number for item, _, _ in found if item.number] == ["40", "41", "42"]
    assert not any("Cllr" in item.title for item, _, _ in found)


def test_a_summary_of_the_discussion_under_the_committee_is_no_decision(tmp_path):
    page = (
        "Agenda item\nPRE-DECISION SCRUTINY OF CABINET PAPERS\n"
        "- Meeting of Overview & Scrutiny Committee, Monday, 17th November, 2036 6.30 p.m. (Item 9.)\n"
        "- View the background to item 9.\nTo consider the questions to be put to Cabinet.\nMinutes:\n"
        "The Committee received the questions. The main points of the discussion may be summarised as follows:\nThe Committee:\n"
        "\u00b7 Expressed its concern about the proposed closure of the Ferrybridge day centre;\n"
        "\u00b7 Felt that the equality assessment understated the effect on carers;\n"
        "\u00b7 Noted that the Cabinet report lists 46 current users of the centre.\n"
        "RESOLVED:\nThat the Chair put the Committee's questions to the Cabinet meeting on 25 November 2036.\n"
    )
    meeting, found = stored_page(tmp_path, page)
    assert (meeting.committee, meeting.date) == ("Overview & Scrutiny Committee", dt.date(2036, 11, 17))
    assert [(item.number, clauses) for item, clauses, _ in found] == [
        ("9", ["That the Chair put the Committee's questions to the Cabinet meeting on 25 November 2036."])]
    # (the same lead-in over a list of decisions, with no summary before it, is still one)
    clauses, _ = _second(tmp_path, "The Committee:\n\u00b7 Agreed to write to the Minister;\n\u00b7 Approved the work programme.")
    assert len(clauses) >= 1


def test_appeals_lodged_withdrawn_and_decided_is_no_decision(tmp_path):
    assert _second(tmp_path, "The Committee considered the monthly report on planning appeals lodged, withdrawn and decided.")[0] == []
    assert _second(tmp_path, "The Committee considered the report and decided to defer the matter.")[0] == [
        "The Committee considered the report and decided to defer the matter."]


def test_a_parliament_committee_s_minute_of_numbered_decisions(tmp_path):
    page = (
        "Back to committee page\n\n9th Meeting, 2036 (Session 4)\n\nTuesday 3 June 2036\n\nMs Morven Aird\nDr Isla Petrie (Convener)\n\n"
        "The meeting opened at 10.05 am.\n\n"
        "  1. Committee Business: The Committee agreed to take agenda item 5 in private.\n"
        "  2. Ferry Services Inquiry: The Committee considered a paper from the clerk, and agreed that the Convener would write to the "
        "operator seeking further evidence.\n"
        "  3. 2037/38 Budget Process: The Committee considered the budget timetable and agreed to appoint an adviser for the budget scrutiny.\n"
        "  4. Draft report (in private): The Committee agreed a revised report.\n\nThe meeting closed at 11.40 am.\n"
    )
    meeting, found = stored_page(tmp_path, page, committee="Rural Affairs Committee")
    assert meeting.committee == "Rural Affairs Committee"
    assert [(item.number, item.title, len(clauses)) for item, clauses, _ in found] == [
        ("1", "Committee Business", 1), ("2", "Ferry Services Inquiry", 1), ("3", "2037/38 Budget Process", 1), ("4", "Draft report (in private)", 1)]
    assert [task.text for task in found[1][2]] == ["The Convener to write to the operator seeking further evidence"]


def test_a_post_s_byline_does_not_date_the_minutes_below_it(tmp_path):
    page = (
        "By Sian Rowlands | Aug 21, 2036 | ** COUNCIL, MINUTES ARCHIVE\n"
        "Minutes of the ordinary meeting of Llanfair Isaf Community Council held at the Memorial Hall on Monday 18th July 2036\n"
        "Present: Cllr. Owain Pritchard \u2013 Chair\nAGENDA ITEM 1 \u2013 Apologies\nApologies accepted from Cllr. Dafydd Lloyd.\n"
        "AGENDA ITEM 2 \u2013 Bus shelter\nThe Clerk will write to the bus company about the timetable board.\n"
    )
    meeting, _ = stored_page(tmp_path, page)
    assert (meeting.committee, meeting.date) == ("Llanfair Isaf Community Council", dt.date(2036, 7, 18))


def test_a_minute_held_as_read_and_a_report_received(tmp_path):
    assert _second(tmp_path, "The Minute was held as read and APPROVED.")[0] == ["The Minute was held as read and APPROVED."]
    clauses, _ = _second(tmp_path, "The Sub-Committee received a report of the Town Clerk on outstanding actions.\n\n"
                                   "It was agreed that completed actions should be removed once confirmed as closed.\n\nRECEIVED.")
    assert clauses == ["Agreed that completed actions should be removed once confirmed as closed.", "RECEIVED."]


def test_the_minute_s_number_after_the_agenda_s_title(tmp_path):
    page = (
        "Little Harnby Parish Council\nMinutes of the meeting held on Monday 6 October 2036\n"
        "1. Chairperson's welcome: 046/36 The Chairman welcomed everyone to the meeting.\n"
        "2. Apologies and reasons for absence: 047/36: Cllr Brook (ill-health) sent apologies.\n"
        "3. Planning 048/36: 36/0947/FUL \u2013 garage, 21 Kiln Road. No comments had been submitted.\n"
        "4. Finance: 049/36: The Clerk had circulated the reconciliation.\n"
    )
    assert [(item.number, item.minute_number, item.title) for item, _, _ in _items(tmp_path, page)] == [
        ("1", "046/36", "Chairperson's welcome"), ("2", "047/36", "Apologies and reasons for absence"),
        ("3", "048/36", "Planning"), ("4", "049/36", "Finance")]


def test_who_left_the_meeting_is_no_item_and_there_would_be_is_no_task(tmp_path):
    page = (
        "Corporate Parenting Board Minutes\n\nWednesday 14 January 2037\n\nApologies for absence:\n\nCouncillors H Marsh and D Pryor.\n\n"
        "Children in Care Council\n\nThe Children in Care Council gave a presentation on its activity programme.\n\n"
        "**The press left the meeting at this point**\n\n"
        "The Head of Service gave an update on placement stability.\n\n"
        "It was agreed that there would be a thirty-minute business session, to be held in private, at the start of each meeting.\n"
    )
    found = _items(tmp_path, page)
    assert not any("press" in item.title.lower() for item, _, _ in found)
    assert [task.text for _, _, tasks in found for task in tasks] == []


def test_a_note_line_ends_the_decision_before_it(tmp_path):
    clauses, _ = _second(tmp_path, "Note: The agent had not registered to speak. However, the Committee agreed to allow the agent to speak.\n"
                                   "Note: Councillor Dimmock left the meeting during the introduction and returned after this item.\n"
                                   "RESOLVED \u2013 That the application be deferred for a site inspection.")
    assert clauses[0] == "the Committee agreed to allow the agent to speak." or clauses[0].endswith("agreed to allow the agent to speak.")
    assert not any("Dimmock" in clause for clause in clauses)


def test_clauses_lettered_in_square_brackets(tmp_path):
    clauses, _ = _second(tmp_path, "PENDERFYNWYD\n\n[a]  gofyn i'r Clerc roi gwybod i'r Cyngor Sir am y lampau sydd wedi torri.\n\n"
                                   "[b]  rhoi'r mater ar agenda cyfarfod mis Tachwedd.")
    assert clauses == ["gofyn i'r Clerc roi gwybod i'r Cyngor Sir am y lampau sydd wedi torri.", "rhoi'r mater ar agenda cyfarfod mis Tachwedd."]


def test_minutes_listed_under_a_lead_in_do_not_date_the_page(tmp_path):
    page = (
        "PRESENT: Cllr H. Bevan (Mayor), Mrs G. Watkin, T. Pryce\n\n512/01 APOLOGIES Apologies were received from Cllr Howells\n\n"
        "512/02 MINUTES The following minutes were read and confirmed:-\n\n"
        "Minutes of Council Meeting held on 21.07.36 True Record Unanimously agreed\n\n"
        "Parks and Amenities Panel meeting held on 08.09.36 Unanimously agreed\n\n512/03 CORRESPONDENCE\n\nA letter from the library was noted.\n"
    )
    meeting, _ = stored_page(tmp_path, page, committee="Pentref Town Council", date=dt.date(2036, 9, 14))
    assert (meeting.committee, meeting.date) == ("Pentref Town Council", dt.date(2036, 9, 14))


def test_an_election_told_in_the_present_sets_no_task(tmp_path):
    clauses, tasks = _second(tmp_path, "AGREED that Councillor Marsh (Tamar County Council) is elected Chair of the Panel.\n\n"
                                       "AGREED that Petra Lind and Owen Acht are appointed as independent members of the Panel.")
    assert len(clauses) == 2 and tasks == []
    assert _second(tmp_path, "Agreed that the Clerk is to write to the school.")[1] == ["The Clerk to write to the school"]


def test_a_school_trust_s_decisions_and_dues_with_spaced_ordinals(tmp_path):
    page = (
        "LARKSPUR LEARNING TRUST\nMinutes of the meeting of the Board of Trustees held on Tuesday 11 th March 2036 at 6.00pm\n"
        "1. ESTATES UPDATE\nThe CEO reported on the roof survey.\nTrustees approved the roof repair budget of \u00a386,000.\n\n"
        "The CEO to obtain three quotations before 30 th April 2036.\n"
        "2. POLICIES\nGovernors agreed to adopt the revised Charging Policy.\n\nThe Clerk to upload the policy to the website by 2 nd May 2036.\n"
    )
    meeting, found = stored_page(tmp_path, page)
    assert (meeting.committee, meeting.date) == ("Board of Trustees", dt.date(2036, 3, 11))
    assert [clauses for _, clauses, _ in found] == [["Trustees approved the roof repair budget of \u00a386,000."],
                                                   ["Governors agreed to adopt the revised Charging Policy."]]
    assert [(task.text, task.due_date) for _, _, tasks in found for task in tasks] == [
        ("The CEO to obtain three quotations before 30 th April 2036", dt.date(2036, 4, 30)),
        ("The Clerk to upload the policy to the website by 2 nd May 2036", dt.date(2036, 5, 2))]
    # (another body's trustees are not the meeting deciding)
    assert _second(tmp_path, "The Village Hall Trustees agreed to repair the roof.")[0] == []


def test_a_trust_board_s_numbered_paragraphs_keep_their_sentences(tmp_path):
    page = (
        "Moorvale Health NHS Foundation Trust\nMinutes of the Board Meeting in Public held on Tuesday 22 April 2036\n"
        "1. Chair's Welcome\n1.1. Ivor Penn welcomed members to the meeting, which he opened at 10:05.\n"
        "2. Minutes of Last Meeting\n2.1. The minutes of the meeting held on 25.03.2036 were approved as an accurate record.\n"
        "2.2. The Board agreed to close actions 12 and 14 on the action log.\n"
        "3. Quality Report\n3.1. The Chief Nurse presented the report.\n3.2. The Board noted the report.\n"
    )
    found = _items(tmp_path, page)
    titles = {item.number: item.title for item, _, _ in found}
    assert titles["1.1"].startswith("Ivor Penn welcomed members")
    assert titles["3.1"].startswith("The Chief Nurse presented the report")
    assert [task.text for _, _, tasks in found for task in tasks] == []


def test_a_notice_under_the_parish_s_name(tmp_path):
    page = (
        "PARISH OF TREVANNION\nNOTICE OF THE PARISH COUNCIL MEETING\nTHE CHAPEL SCHOOLROOM\nTUESDAY 5th August 2036 at 7.30pm\n"
        "All members of the Council are hereby summoned to attend for the purpose of considering the business below.\n"
        "Morwenna Price (Clerk) Dated this 29th July 2036\nAGENDA\n1. Apologies for absence.\n2. Declarations of interests.\n"
        "3. Churchyard wall \u2013 to consider quotations for repair.\n"
    )
    meeting, _ = stored_page(tmp_path, page)
    assert (meeting.committee, meeting.date) == ("Trevannion Parish Council", dt.date(2036, 8, 5))


def test_new_dates_listed_do_not_date_the_page_and_a_monthly_meeting_is_no_due(tmp_path):
    page = (
        "Venue: Civic Hall, Market Street, Brindlecombe\nContact: Noor Haddad\n\nApologies for Absence\n\nApologies were received from Cllr Ivo Marchetti.\n\n"
        "Chairman's Announcements\n\nThe Chairman announced that two meetings had been moved.\nThe new dates were:\n"
        "Thursday 5 March 2037, 2.00 pm, venue TBC\nThursday 3 September 2037, 2.00 pm venue TBC\n"
        "The Panel agreed that the Chairman should write to the Commissioner proposing a monthly informal meeting.\n"
    )
    meeting, found = stored_page(tmp_path, page, committee="Brindlecombe Police and Crime Panel", date=dt.date(2036, 10, 14))
    assert meeting.date == dt.date(2036, 10, 14)
    assert [(task.text, task.due_date) for _, _, tasks in found for task in tasks] == [
        ("The Chairman to write to the Commissioner proposing a monthly informal meeting", None)]


def test_a_motion_with_its_own_outcome_on_another_matter_stays(tmp_path):
    clauses, _ = _second(tmp_path, "Cllr Ray proposed a grant of \u00a3200 to the Scouts, seconded by Cllr Dale; all agreed.\n\n"
                                   "RESOLVED that the Clerk write to the Guides asking for their accounts.")
    assert len(clauses) == 2 and "Scouts" in clauses[0]


def test_a_future_day_after_a_past_verb_is_still_due(tmp_path):
    _, tasks = _second(tmp_path, "Clerk to invite the team that won the cup to the meeting on 4 June.")
    assert tasks == ["Clerk to invite the team that won the cup to the meeting on 4 June"]
    found = _items(tmp_path, _minutes("Clerk to invite the team that won the cup to the meeting on 4 June.\n\n"
                                      "Clerk to refund the deposit to tenants who gave notice before 1 July 2036."))
    assert [task.due_date for item, _, tasks in found for task in tasks] == [dt.date(2036, 6, 4), None]


def test_bodies_named_residents_or_public_are_doers(tmp_path):
    assert _second(tmp_path, "Residents' Association to organise the litter pick on 5 June.")[1] == [
        "Residents' Association to organise the litter pick on 5 June"]
    assert _second(tmp_path, "Public Rights of Way Officer to inspect the stile at Mill Lane.")[1] == [
        "Public Rights of Way Officer to inspect the stile at Mill Lane"]


def test_points_raised_over_the_committee_s_decisions_are_still_decisions(tmp_path):
    clauses, _ = _second(tmp_path, "In the discussion the following points were raised:\nThe Committee:\n- noted the fall in passenger numbers;\n"
                                   "- agreed that a working group be set up to review the routes;")
    assert clauses


@pytest.mark.parametrize("line", [
    "36/0123/FUL \u2013 Mill Farm \u2013 two dwellings \u2013 granted by the District Council. There were no objections from neighbours.",
    "Cllr Ray proposed that the precept be approved at \u00a312,000 and was seconded by Cllr Dale. On being put to the vote the motion was lost.",
    "Notes of the site meeting with the developer, at which the new access was agreed.",
])
def test_no_decision_of_this_meeting_in_these(tmp_path, line):
    assert _second(tmp_path, line)[0] == []


def test_agreed_for_a_member_to_remain_is_no_task_nor_a_cabinet_s_decisions_in_a_report(tmp_path):
    assert _second(tmp_path, "It was agreed for Cllr Ray to remain as the council's representative on the hall committee.")[1] == []
    clauses, tasks = _second(tmp_path, "County Councillor's report: On 3 March 2036, the Cabinet made the following decisions:\n"
                                       "To close the Mill Lane recycling centre on Sundays.\nTo raise parking charges in the county's car parks by 10%.")
    assert clauses == [] and tasks == []


def test_items_titled_by_members_each_over_a_report_stay_items(tmp_path):
    page = (
        "Minutes of the meeting of Wendling Parish Council held on Tuesday 6 May 2036\n\n1. Apologies\nNone.\n\n2. Finance\nThe accounts were approved.\n\n"
        "3. Cllr Ray\nReported a pothole on Mill Lane. Clerk to report it to the county.\n\n4. Cllr Dale\nThe bus shelter glass is broken.\n\n"
        "5. Cllr Moss\nThe grit bin is empty. Clerk to order grit.\n\n6. Close\nThe meeting closed.\n"
    )
    assert [item.number for item, _, _ in _items(tmp_path, page)] == ["1", "2", "3", "4", "5", "6"]


def test_a_meeting_reported_under_the_council_s_heading_is_not_the_page_s(tmp_path):
    page = (
        "Wendling Parish Council\nMinutes\n\nPresent: Cllr A Lee (Chair), Cllr B Ray\nMeeting of the Village Hall Trustees\n"
        "Thursday 1 May 2036 - the Clerk reported that the roof had been repaired.\n\n1. Apologies\nNone.\n"
    )
    meeting, _ = stored_page(tmp_path, page, committee="Wendling Parish Council", date=dt.date(2036, 5, 6))
    assert (meeting.committee, meeting.date) == ("Wendling Parish Council", dt.date(2036, 5, 6))


def test_references_some_alone_some_before_their_titles_with_a_dash(tmp_path):
    page = (
        "Kestrel Coast Ambulance Service NHS Foundation Trust\nMinutes of the Board of Directors Meeting in Public held on 28 January 2036\n"
        "Minutes\n01/36/01 \u2013 Welcome, Apologies and Chair's Matters\nApologies were received from Mr Tull.\n01/36/02\nPatient Story\n"
        "A patient described the care received.\n01/36/03 \u2013 Minutes of the Previous Meeting\nThe minutes were approved as a correct record.\n"
        "01/36/04\nFleet Replacement Plan\nThe Board approved the Fleet Replacement Plan.\n"
    )
    assert [item.number for item, _, _ in _items(tmp_path, page)] == ["01/36/01", "01/36/02", "01/36/03", "01/36/04"]


def test_a_decision_record_s_fields_written_with_colon_dash(tmp_path):
    page = (
        "Meeting documents\n\nReference Number :-4512\nDate :-2036/03/11\nDecision Maker :-Cabinet\nSubject to Call-in :-Yes\n"
        "Subject of Decision :-Review of Car Parking Charges at Saltmarsh Quay\n"
        "Decision :-(a) That the revised tariff for Saltmarsh Quay car park be approved with effect from 1 May 2036.\n\n"
        "(b) That the Head of Environment be authorised to publish the notice of variation.\n"
        "Reason for Decision :-To bring charges into line with neighbouring car parks.\nContact Officer :-Imogen Strand\n"
    )
    meeting, found = stored_page(tmp_path, page)
    assert (meeting.committee, meeting.date) == ("Cabinet", dt.date(2036, 3, 11))
    assert [item.title for item, _, _ in found] == ["Review of Car Parking Charges at Saltmarsh Quay"]
    assert len(found[0][1]) == 2


def test_the_day_a_meeting_was_moved_from_is_not_its_day(tmp_path):
    page = (
        "Fire and Rescue Authority\n\n6 May 2036\n\nMeeting rearranged from Wednesday, 29 April 2036\n\n"
        "01 Apologies for Absence\n02 Disclosable Pecuniary Interests\n03 Minutes\n"
    )
    meeting, _ = stored_page(tmp_path, page, committee="Fire and Rescue Authority")
    assert meeting.date == dt.date(2036, 5, 6)


def test_numbered_paragraphs_each_with_its_own_agreement(tmp_path):
    page = (
        "Agenda item\n\nEstablishing a Community Safety Panel\n\nMinutes:\n\n"
        "(1)    Members discussed the proposed membership.  It was decided that co-opted members should not count towards the balance.\n\n \n\n"
        "(2)    Members agreed that the Panel should consist of 14 Members.\n"
    )
    (item, clauses, tasks), = _items(tmp_path, page, committee="Shadow Panel", date=dt.date(2036, 2, 4))
    assert clauses == ["Decided that co-opted members should not count towards the balance.", "Members agreed that the Panel should consist of 14 Members."]
    assert tasks == []


def test_an_annual_meeting_s_bulleted_resolutions_under_headings_in_capitals(tmp_path):
    page = (
        "ANNUAL PARISH MEETING FOR THE PARISH OF HOLLINGFORD\nMINUTES\n"
        "The Annual Parish Meeting was held at Hollingford Village Hall on the 14th May 2036. The meeting commenced at 7.00pm.\n"
        "Present: Councillors Mrs Abara, Mr Quill and Mrs Tennant.\nMINUTES\n"
        "1. Resolved \u2013 That the minutes of the meeting held on 15th May 2035 be approved as a correct record.\n"
        "CHAIRMAN'S REPORT 2035/2036\n- The Chairman referred to her Annual Report, circulated with the agenda.\n"
        "- Resolved \u2013 That the Chairman's report for 2035/2036 as presented be adopted.\n"
        "FINANCIAL STATEMENT\n- The Clerk presented the Statement of Accounts.\n- Resolved \u2013 That the Statement of Accounts be noted.\n"
    )
    found = _items(tmp_path, page, committee="Hollingford Annual Parish Meeting")
    clauses = [clause for _, item_clauses, _ in found for clause in item_clauses]
    assert clauses == ["That the minutes of the meeting held on 15th May 2035 be approved as a correct record.",
                       "That the Chairman's report for 2035/2036 as presented be adopted.", "That the Statement of Accounts be noted."]


def test_clause_labels_in_a_table_s_cells(tmp_path):
    clauses, tasks = _second(tmp_path, "RESOLVED: That\n(1) |\nthe Annual Report of the Committee be agreed and referred to Council;\n(2) |\n"
                                       "the Director submit a progress report on the Work Programme to the meeting in January 2037. |")
    assert clauses == ["the Annual Report of the Committee be agreed and referred to Council;",
                       "the Director submit a progress report on the Work Programme to the meeting in January 2037."]
    assert tasks == ["The Director to submit a progress report on the Work Programme to the meeting in January 2037"]


def test_the_clerk_s_errand_over_a_numbered_list(tmp_path):
    _, tasks = _second(tmp_path, "RESOLVED that the Clerk contact Mr Tom Rudd, Playground Contractor, to:\n"
                                 " 1.  Remind him to check the basket swing for worn shackles,\n"
                                 " 2.  Request the return of the spare key, lent for the repair of the gate.")
    assert tasks == ["The Clerk to contact Mr Tom Rudd, Playground Contractor, to remind him to check the basket swing for worn shackles",
                     "The Clerk to contact Mr Tom Rudd, Playground Contractor, to request the return of the spare key, lent for the repair of the gate"]
