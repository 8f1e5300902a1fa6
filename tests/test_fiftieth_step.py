"""The fiftieth step: shapes from public pages that the reader still read badly, written again about fictional bodies.
Texts the project wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.stored import page_items as _items
from tests.stored import second_item as _second
from tests.stored import stored_page

_BUSINESS = "1. Apologies\nNone.\n\n2. Finance\nRESOLVED that the invoices be paid.\n"


def _meeting(tmp_path, top: str, business: str = _BUSINESS) -> tuple[str | None, dt.date | None]:
    """The committee and date read from `top` over some business."""
    meeting, _ = stored_page(tmp_path, f"{top}\n\n{business}")
    return meeting.committee, meeting.date


@pytest.mark.parametrize("line", [
    "Unanimously agreed that the minutes of 10 March 2036 be signed as a true record.",
    "UNANIMOUSLY AGREED that the minutes of 10 March 2036 be signed as a true record.",
])
def test_unanimously_agreed_opens_a_decision(tmp_path, line):
    clauses, _ = _second(tmp_path, line)
    assert [clause.lower() for clause in clauses] == [line.lower()]  # (the capitals shown as a sentence's)


def test_a_mover_and_seconder_over_unanimously_agreed_are_not_the_decision(tmp_path):
    clauses, tasks = _second(tmp_path, "Quotes from two contractors were considered.\nProposed: Cllr Quill Seconded: Cllr Lowe\n"
                                       "Unanimously agreed to accept the quote from Millbrook Fencing at \u00a32,340.\n"
                                       "The Clerk to place the order by 30 April 2036.")
    assert clauses == ["Unanimously agreed to accept the quote from Millbrook Fencing at \u00a32,340. "
                       "The Clerk to place the order by 30 April 2036."]
    assert tasks == ["The Clerk to place the order by 30 April 2036"]


def test_paragraphs_numbered_in_three_parts_under_points_with_no_item_above(tmp_path):
    page = (
        "NORTHCOTE HEALTH AND WELLBEING BOARD\nMinutes of the meeting held on 20 May 2036\n\n"
        "1. Welcome and apologies\n1.1 The Chair welcomed members.\n\n2. Minutes\n2.1 The minutes of the last meeting were agreed.\n\n"
        "3.1 Better Care Fund\n3.1.1 The Board received the quarterly return.\n3.1.2 RESOLVED: That the Board approves the return.\n\n"
        "3.2 Pharmaceutical needs assessment\n3.2.1 The Board noted the timetable.\n\n4. Any other business\n4.1 None.\n"
    )
    found = {item.number: (item.title, clauses) for item, clauses, _ in _items(tmp_path, page)}
    assert found["3.1"] == ("Better Care Fund", ["That the Board approves the return."])
    assert found["3.2"][0] == "Pharmaceutical needs assessment"
    assert "3" not in found and "4" in found  # (never "3" titled "1.1 The Board received ...")


@pytest.mark.parametrize("heading", [
    "KILBRANNAN COMMUNITY COUNCIL BUSINESS MEETING MINUTES 7:00 to 9:00pm, 12th March 2036",
    "KILBRANNAN COMMUNITY COUNCIL BUSINESS MEETING MINUTES 12th March 2036",
])
def test_a_community_council_s_business_meeting(tmp_path, heading):
    meeting, _ = stored_page(tmp_path, f"{heading}\n\n1. Welcome\nThe Chair welcomed everyone.\n\n2. Windfarm fund\n"
                                       "The secretary will write to the fund by the end of April.\n")
    assert (meeting.committee, meeting.date) == ("Kilbrannan Community Council", dt.date(2036, 3, 12))


@pytest.mark.parametrize("words, month", [
    ("by Mar-37", (2037, 3)), ("by Sept-37", (2037, 9)), ("by March '37", (2037, 3)), ("by March 37", (2037, 3)),
    ("by 03/2037", (2037, 3)), ("by 2037-03-31", (2037, 3)),
])
def test_a_month_with_a_year_of_two_figures_or_in_figures(words, month):
    from cpb_tui.actions.due import parse_due

    spec = parse_due(words)
    assert (spec.kind, spec.year, spec.month) == ("by_date", *month)


def test_a_month_then_a_day_is_still_a_day():
    from cpb_tui.actions.due import parse_due

    spec = parse_due("by March 12")
    assert (spec.kind, spec.month, spec.day) == ("day_month", 3, 12)  # (never the year 2012)


def test_a_tracker_titled_by_its_committee_with_a_due_column_of_months_and_two_figure_years(tmp_path):
    page = (
        "Children and Young People Scrutiny Committee - Action Tracker 2036/37\n\n"
        "Meeting date | Minute | Action | Lead officer | Deadline | Status | Update\n"
        "12/01/2037 | 45 | Circulate the revised fostering figures to members | Head of Children's Services | 28/02/2037 | Open | Being checked\n"
        "12/01/2037 | 47 | Arrange a visit to the new children's home | Democratic Services Officer | Mar-37 | Open |\n"
        "09/11/2036 | 35 | Share the consultation survey link | Policy Officer | 30 November 2036 | Complete | Sent\n"
    )
    meeting, found = stored_page(tmp_path, page, date=dt.date(2037, 2, 1))
    assert meeting.committee == "Children and Young People Scrutiny Committee"
    dues = {item.number: [(task.due_date or task.due_meeting_date) for task in tasks] for item, _, tasks in found}
    assert dues == {"45": [dt.date(2037, 2, 28)], "47": [dt.date(2037, 3, 31)], "35": []}


def test_an_actions_log_written_a_field_to_a_line(tmp_path):
    page = (
        "Audit Committee\nOutstanding Actions Log\nUpdated 2 March 2037\n\n"
        "Ref: AC/36/12\nAction: Internal audit to provide an update on the payroll findings.\nResponsible: Head of Internal Audit\n"
        "Target date: June 2037\nStatus: Ongoing\n\n"
        "Ref: AC/36/15\nAction: Finance to circulate the treasury management briefing,\nwith the borrowing figures.\n"
        "Responsible: Chief Finance Officer\nTarget date: 31/03/2037\nStatus: Not started\n\n"
        "Ref: AC/36/16\nAction: Circulate the fraud policy to members.\nResponsible: Head of Legal\nTarget date: May 2037\nStatus: Complete\n"
    )
    _, found = stored_page(tmp_path, page)
    rows = {item.number: [(task.text, task.due_date) for task in tasks] for item, _, tasks in found}
    assert rows == {
        "AC/36/12": [("Internal audit to provide an update on the payroll findings.", dt.date(2037, 6, 30))],
        "AC/36/15": [("Finance to circulate the treasury management briefing, with the borrowing figures.", dt.date(2037, 3, 31))],
        "AC/36/16": [],  # (a row done is no open task)
    }


def test_action_lines_in_minutes_are_no_tracker_s_records(tmp_path):
    clauses, tasks = _second(tmp_path, "The hedge on Mill Lane is overgrown.\nAction: Clerk\nStatus: to write to the owner\n\n"
                                       "The bin by the shop is full.\nAction: Clerk\nStatus: report to the district")
    assert len(tasks) <= 2 and all("Status" not in task for task in tasks)


@pytest.mark.parametrize("title", ["Scrutiny Committee - Work Programme 2036/37", "Scrutiny Committee Forward Plan",
                                   "Scrutiny Committee Annual Work Plan 2036-37"])
def test_a_work_programme_titled_by_its_committee_over_a_table_of_meetings(tmp_path, title):
    page = (
        f"{title}\n\nDate of meeting | Topic | Purpose | Lead officer\n"
        "8 December 2036 | Housing allocations policy | To review the draft policy before Cabinet | Head of Housing\n"
        "2 February 2037 | Budget proposals 2037/38 | To comment on the proposals | Chief Finance Officer\n\n"
        "Items to be scheduled\n- Mental health support for children in care\n"
    )
    meeting, found = stored_page(tmp_path, page, date=dt.date(2036, 11, 1))
    assert meeting.committee == "Scrutiny Committee"  # (never a row's "To review ... before Cabinet")
    assert [task.text for _, _, tasks in found for task in tasks] == []  # (never "Schedule Items")


@pytest.mark.parametrize("body, clause", [
    ("Tenders were received from J. Dale and from Fenland Trees. After much consideration the decision was taken to ask "
     "Mr. Dale to carry out the hedge cutting for this year.", "to ask Mr. Dale to carry out the hedge cutting for this year."),
    ("Two people applied for the vacancy. After discussion, it was decided that Ms Pell would be co-opted at the April meeting.",
     "Decided that Ms Pell would be co-opted at the April meeting."),
    ("A resident suggested a time capsule. All councillors agreed this was a good idea and should be taken forward in the summer.",
     "All councillors agreed this was a good idea and should be taken forward in the summer."),
    ("The Council accepted the quote from Kernick Joinery for a new noticeboard.", "The Council accepted the quote from Kernick Joinery for a new noticeboard."),
    ("The Treasurer presented the year's figures. The Annual Report was accepted.", "The Annual Report was accepted."),
    ("Cllr Barr proposed these payments and Cllr Crisp seconded the proposal and it was resolved by an unanimous vote to make the "
     "payments.", "to make the payments."),
    ("Moved by Councillor Beattie Seconded by Alderman Boyd and RESOLVED - that the report be approved.", "that the report be approved."),
])
def test_decisions_in_the_words_parish_and_borough_minutes_use(tmp_path, body, clause):
    assert _second(tmp_path, body)[0] == [clause]


def test_the_council_s_decision_to_have_the_clerk_do_something(tmp_path):
    clauses, tasks = _second(tmp_path, "The Clerk reported prices for stacking chairs. It was the Council's decision to have the Clerk "
                                       "order twelve chairs at \u00a340 each.")
    assert clauses == ["to have the Clerk order twelve chairs at \u00a340 each."]
    assert tasks == ["The Clerk to order twelve chairs at \u00a340 each"]


@pytest.mark.parametrize("body", [
    "21.58 - Under Standing Order 31, Members present agreed to extend the meeting until the remaining business had been dealt with.",
    "A site visit is scheduled for Wednesday 12 March at 10 AM.",
    "Items to be scheduled",
])
def test_no_task_from_what_is_done_at_the_meeting_or_already_fixed(tmp_path, body):
    assert _second(tmp_path, body)[1] == []


def test_a_report_still_scheduled_for_a_meeting_is_a_task(tmp_path):
    assert _second(tmp_path, "The report on parking is scheduled for the June meeting.")[1] == ["Schedule the report on parking for the June meeting"]


def test_an_outcome_after_the_title_of_the_minutes_item(tmp_path):
    page = ("Minutes of the Meeting of Carrow Parish Council held on Tuesday 3rd March 2036\n\n60. Apologies: none.\n\n"
            "61. To approve the minutes of the meeting held on 6 January 2036 \u2013 the minutes were agreed.\n\n62. Close\n")
    found = {item.number: (item.title, clauses) for item, clauses, _ in _items(tmp_path, page)}
    assert found["61"] == ("To approve the minutes of the meeting held on 6 January 2036", ["the minutes were agreed."])


def test_a_due_at_a_meeting_scheduled_to_be_held_on_a_day():
    from cpb_tui.actions.due import parse_due

    spec = parse_due("be referred to the Annual Council meeting scheduled to be held on Thursday 22 May 2036, for approval")
    assert (spec.kind, spec.year, spec.month) == ("meeting_month", 2036, 5)


@pytest.mark.parametrize("top, committee, day", [
    ("Hollinbrook Schools Forum Minutes of Meeting on Thursday, 18th September 2036 @ 4.30pm", "Hollinbrook Schools Forum", 18),
    ("Lanvean Parish Council Meeting Minutes - September 2036\n\nMeeting held on 17/09/2036", "Lanvean Parish Council", 17),
    ("Minutes of Ordinary Meeting September 2036\nTotal Page:16\nFile Type:pdf, Size:1020Kb\n"
     "MINUTES OF AN ORDINARY MEETING OF LLANFAIR TOWN COUNCIL HELD ON WEDNESDAY 17TH SEPTEMBER 2036", "Llanfair Town Council", 17),
    ("-\nRecent Entries\n- Minutes of PC Meeting on 16th March 2037\n- Agenda for PC Meeting 16th March 2037\n-\n"
     "MINUTES OF MEETING OF THORNBURY WICK PARISH COUNCIL\nheld in the Church Room on 18th September 2036", "Thornbury Wick Parish Council", 18),
])
def test_the_meeting_from_title_lines_past_a_site_s_furniture(tmp_path, top, committee, day):
    assert _meeting(tmp_path, top) == (committee, dt.date(2036, 9, day))


def test_a_task_told_as_a_numbered_point_s_sentence_with_its_owner_tag(tmp_path):
    page = ("Minutes from Ordinary Meeting of Kilcot Parish Council held on Monday 14th July 2036\n\n1. Apologies\nNone.\n\n"
            "4. Open discussion\n4.1. County Councillor Rees had sent a report.\n"
            "4.2. Clerk to forward report from the police to Councillors. Clerk to action\n\n5. Close\n")
    found = {item.number: [task.text for task in tasks] for item, _, tasks in _items(tmp_path, page)}
    assert found["4.2"] == ["Clerk to forward report from the police to Councillors"]


def test_a_moderngov_page_saved_as_text_only_its_titles_set_apart_by_blank_lines(tmp_path):
    page = (
        "Strathvale Integration Joint Board - Tuesday, 19th January, 2037 10.00 am\n\nVenue: Meeting Room 2, Health Campus\n\n"
        "Contact: Ruth Milne, tel 01999 523111\n\nWelcome from the Chair\n\n\nThe Chair opened the meeting.\n\n\n\n"
        "Members are requested to intimate any declarations of interest\n\n\nNone were intimated.\n\n\nThe Board resolved:-\n\n"
        "to note that no declarations of interest were intimated.\n\n\n\nMinute of Meeting of the Board of 17 November 2036\n\n\n"
        "The Board had before it the minute of its meeting of 17 November 2036\n\n\nThe Board resolved:-\n\n"
        "to approve the minute as a correct record.\n"
    )
    meeting, found = stored_page(tmp_path, page)
    assert (meeting.committee, meeting.date) == ("Strathvale Integration Joint Board", dt.date(2037, 1, 19))
    assert [(item.title, len(clauses)) for item, clauses, _ in found] == [
        ("Welcome from the Chair", 0), ("Members are requested to intimate any declarations of interest", 1),
        ("Minute of Meeting of the Board of 17 November 2036", 1),
    ]


def test_paragraphs_set_apart_by_blank_lines_are_no_items_when_they_are_sentences(tmp_path):
    page = ("Minutes of the meeting of Wendling Parish Council held on Tuesday 1 May 2036\n\n\nThe Chair welcomed everyone.\n\n\n"
            "The Clerk read the correspondence.\n\n\nThe meeting closed at 9pm.\n\n\nSigned\n")
    _, found = stored_page(tmp_path, page)
    assert len(found) == 1


def test_labelled_points_each_agreed_on_its_own(tmp_path):
    page = ("Minutes of Proceedings of the Infrastructure Committee\n\nDate: 16 December 2036\n\n1. Chairperson's Business\n\n"
            "(i) The Chairperson briefed the Committee on her meeting with the Minister.\n\n"
            "(ii) Agreed: The Committee agreed that the following topics could be inquiries in the coming year:\n\n"
            "  \u2022 Rural bus services\n  \u2022 Winter gritting\n\n"
            "(iii) Agreed: The Committee agreed to write to the Department asking for a briefing by 31 January 2037.\n\n"
            "2. Date of Next Meeting\n\nThe next meeting will be held on 13 January 2037.\n")
    (_, clauses, tasks), *_ = _items(tmp_path, page)
    assert [clause.split(" agreed ")[1][:12] for clause in clauses] == ["that the fol", "to write to "]
    assert [task.due_date for task in tasks] == [dt.date(2037, 1, 31)]


def test_a_point_s_title_run_into_its_decision_on_a_flattened_page(tmp_path):
    page = (
        'Sanday and Eday Community Council MINUTE of the MEETING of SANDAY AND EDAY COMMUNITY COUNCIL, held in the KETTLETOFT '
        'CHURCH HALL on TUESDAY, 16 JUNE 2036 at 7.30 p.m. Present: Mr T Flett, Ms R Muir, Mr K Rendall and Mrs J Harcus In '
        'attendance: Councillor S Scott, Mrs A Drever, Clerk 1. ELECTION OF OFFICE BEARERS (a) Chairman RESOLVED that Mr T Flett '
        'be appointed Chairman of Sanday and Eday Community Council (SECC). (b) Vice Chairman RESOLVED that Ms R Muir be '
        'appointed Vice Chairman of SECC. (c) Roads Representative RESOLVED that Mr K Rendall be appointed Roads Representative '
        'for SECC. 2. APOLOGIES RESOLVED to note that apologies for absence had been intimated on behalf of Mr D Rousay. 3. '
        'MATTERS ARISING (a) Pier Waiting Room (14.4.36, para 5) Members heard from the Chairman that the heater had been '
        'repaired, and it was:- RESOLVED to note the position. (b) Bus Shelter Repairs (14.4.36, para 6) After discussion it '
        'was:- RESOLVED that the Clerk write to the Roads Service seeking a repair date before the end of August 2036.'
    )
    found = {item.title: clauses for item, clauses, _ in _items(tmp_path, page)}
    assert found["Chairman"] == ["that Mr T Flett be appointed Chairman of Sanday and Eday Community Council (SECC)."]
    assert found["Vice Chairman"] == ["that Ms R Muir be appointed Vice Chairman of SECC."]
    assert found["Roads Representative"] == ["that Mr K Rendall be appointed Roads Representative for SECC."]


def test_a_minute_number_of_year_and_running_minute_glued_to_a_label_in_capitals(tmp_path):
    page = ("MINUTES OF THE MEETING OF LLANGORSE TOWN COUNCIL HELD ON WEDNESDAY 9 JULY 2036\n\n"
            "36/168 DECLARATIONS OF INTEREST \u2013 None declared.\n\n"
            "36/169MINUTES: Minutes 11 June - previously circulated. Proposed by Cllr H Jones and seconded by Cllr R Lloyd, all in "
            "favour, that the minutes of the 11 June be signed as a correct record.\n\n"
            "36/170 PLAY AREA \u2013 The quotation was accepted.\n\n36/171CORRESPONDENCE RECEIVED: An invitation to the show \u2013 noted.\n")
    found = {item.number: (item.title, clauses) for item, clauses, _ in _items(tmp_path, page)}
    assert list(found) == ["36/168", "36/169", "36/170", "36/171"]
    assert found["36/169"] == ("Minutes", ["that the minutes of the 11 June be signed as a correct record."])


def test_minutes_numbered_by_the_item_then_the_meeting_s_month(tmp_path):
    page = ("Thorney Fen Parish Council Annual Meeting\n\n12th May 2036 7pm \u2013 Thorney Village Hall\n\n"
            "1.5       Councillor Rudd was elected Chairman. RESOLVED.\n\n2.5       Apologies were heard and accepted from Cllr Wood.\n\n"
            "3.5       No declarations of interest.\n\n4.5       Finances \u2013 RESOLVED to pay the accounts as listed. Clerk to pay the "
            "insurance renewal by 31 May 2036.\n")
    found = {item.number: [task.due_date for task in tasks] for item, _, tasks in _items(tmp_path, page)}
    assert found == {"1.5": [], "2.5": [], "3.5": [], "4.5": [dt.date(2036, 5, 31)]}


def test_paragraph_numbers_that_end_alike_only_by_chance_stay_paragraphs(tmp_path):
    page = ("Minutes of Wendling Parish Council held on 12th May 2036\n\n1. Apologies\n1.1 None were received.\n\n"
            "2. Planning\n2.1 Two applications were considered.\n2.2 RESOLVED to support both.\n\n3. Close\n3.1 The meeting closed.\n")
    assert [item.number for item, _, _ in _items(tmp_path, page)][:3] == ["1", "1.1", "2"]


def test_an_actions_line_naming_several_doers(tmp_path):
    tasks = _second(tmp_path, "Actions:  The Clerk to email the highways officer about the finger post.  Councillor Dace to fix the "
                              "catch on the playground gate. Councillor Lund to write to the school about parking.")[1]
    assert tasks == ["The Clerk to email the highways officer about the finger post", "Councillor Dace to fix the catch on the playground gate",
                     "Councillor Lund to write to the school about parking"]


def test_action_items_under_each_heading_with_who_and_a_deadline(tmp_path):
    page = ("Minutes of the Conservation Commission meeting held on 9 April 2036\n\nApproval of minutes\n"
            "Discussion: R. Ames moved, T. Boyd seconded to accept the minutes of March 12, 2036. All voted in favor.\n"
            "Action items: Send approved minutes to L. Carr for posting\nPerson responsible: JG\nDeadline: April 30, 2036\n\n"
            "Election of Officers\nConclusions: P. Lyle unanimously elected as Chair.\nAction items: Tell the Town Clerk of the new Chair\n"
            "Person responsible: JG\nDeadline: next meeting\n")
    _, found = stored_page(tmp_path, page)
    tasks = sorted((task.text, task.due_date) for _, _, item_tasks in found for task in item_tasks)
    assert tasks == [("Send approved minutes to L. Carr for posting", dt.date(2036, 4, 30)), ("Tell the Town Clerk of the new Chair", None)]


def test_a_due_day_in_the_american_order_with_its_year():
    from cpb_tui.actions.due import parse_due

    spec = parse_due("send the minutes by April 30, 2036")
    assert (spec.kind, spec.date) == ("by_date", dt.date(2036, 4, 30))


def test_movers_between_resolved_and_its_that(tmp_path):
    clauses, tasks = _second(tmp_path, "Resolved, proposed Councillor Davis, seconded Councillor Muller that the precept should be set "
                                       "at \u00a38,000. Unanimously agreed.")
    assert clauses == ["that the precept should be set at \u00a38,000. Unanimously agreed."]
    assert tasks == []


def test_a_run_on_heading_after_a_community_council_named_with_commas(tmp_path):
    page = ("Westray, Papay & Faray Community Council\n\nTotal Page:16\n\nFile Type:pdf, Size:1020Kb\n\n"
            "Westray, Papay & Faray Community Council MINUTE of the MEETING of WESTRAY, PAPAY AND FARAY COMMUNITY COUNCIL, held in the "
            "PIEROWALL CHURCH HALL on TUESDAY, 16 JUNE 2036 at 7.30 p.m. Present: Mr T Flett, Ms R Muir 1. APOLOGIES RESOLVED to note "
            "the apologies. 2. MINUTE OF MEETING HELD ON 14 APRIL 2036 The Minute was approved. 3. BUS SHELTER RESOLVED that the Clerk "
            "write to the Roads Service.\n")
    meeting, _ = stored_page(tmp_path, page)
    assert (meeting.committee, meeting.date) == ("Westray, Papay and Faray Community Council", dt.date(2036, 6, 16))


def test_an_issue_page_s_title_never_the_site_s_search_box(tmp_path):
    page = ("How can we help you...\n\nIssue - meetings\n\nAttendance at the Road Safety Conference\n\n"
            "Meeting: 24/09/2036 - Finance and Resources Committee (Item 14)\n\n14 Road Safety Conference 2036\n\n"
            "Minutes:\n\nThe Committee resolved:-\nto agree that the Convener attend the conference.\n")
    (item, _, _), = _items(tmp_path, page)
    assert item.title == "Attendance at the Road Safety Conference"


def test_an_action_line_whose_doer_will_do_it(tmp_path):
    tasks = _second(tmp_path, "The verge by the pond cannot be cut until the ground dries.\nACTION: Cllr Reyes will see to this when the "
                              "ground dries.")[1]
    assert tasks == ["Cllr Reyes to see to this when the ground dries"]  # (never "Cllr Reyes will see to thi ...")


@pytest.mark.parametrize("words, when", [
    ("to arrange a working party on either 14th or 21st June to begin the work", ("day_month", 6, 14)),
    ("to review the matter after the next stage, currently scheduled for 17 May 2036", ("by_date", 5, 17)),
])
def test_a_day_given_as_a_choice_or_as_the_day_something_is_set_for(words, when):
    from cpb_tui.actions.due import parse_due

    spec = parse_due(words)
    assert (spec.kind, spec.month, spec.day or spec.date.day) == when


def test_a_work_plan_s_business_put_forward_or_noted_for_a_named_meeting(tmp_path):
    clauses, tasks = _second(tmp_path, "The Committee noted that the unallocated item on roof signs would be allocated to the January 2037 "
                                       "meeting.\n\nCllr Griggs suggested that the update report on street drinking be allocated to the "
                                       "October 2036 meeting.")
    assert tasks == ["Allocate the unallocated item on roof signs to the January 2037 meeting",
                     "Allocate the update report on street drinking to the October 2036 meeting"]
    # (what is noted and names no meeting asks nothing)
    assert _second(tmp_path, "The Committee noted that the figures would be higher in the spring.")[1] == []


@pytest.mark.parametrize("top, committee, day", [
    ("ST ALDRIC (WITHOUT) PARISH COUNCIL\n\nCOUNCIL SUMMONS\n\nPublic Notice is hereby given that a meeting of St Aldric (Without) "
     "Parish Council, which Members are summoned to attend, will be held in Marlow Barn on Wednesday 28th January 2037 at 7pm.",
     "St Aldric (Without) Parish Council", 28),
    ("January 2037 Agenda\n\nTo all Parish Councillors - You are invited to join members of Little Ashby Parish Council in a meeting in "
     "the Village Hall on Tuesday January 13th 2037 commencing at approx. 7.30 p.m.", "Little Ashby Parish Council", 13),
    ("Hartwell Parish Council \u2013 Notice of Meeting\nCouncillors are reminded of the next meeting of the Parish Council on Wednesday "
     "21st January 2037, 7.30pm at the Parish Hall\nAgenda", "Hartwell Parish Council", 21),
    ("Wealdmoor Fire and Rescue Authority\n\n22 January 2037\n\nItem no. Agenda Item Details Status", "Wealdmoor Fire and Rescue Authority", 22),
    ("National Park Authority 26/01/37\n\nMeeting Date : 26/01/2037\n\n10am, Virtual Meeting", "National Park Authority", 26),
])
def test_an_agenda_s_meeting_from_its_notice_or_its_heading(tmp_path, top, committee, day):
    assert _meeting(tmp_path, top, "1. Apologies for Absence\n\n2. Declarations of Interest\n\n3. Minutes\n") == (committee, dt.date(2037, 1, day))


def test_an_agenda_s_points_titled_by_an_address_or_an_application(tmp_path):
    page = ("HADDON VALE TOWN COUNCIL\n\nAGENDA for the meeting of the Council to be held on Monday 15 September 2036\n\n"
            "1 Confirmation of Minutes\n\n2 Public Question Time\n\n3 Planning Applications\n\n3.1 14 Quarry Road, Haddon - Garage Conversion\n\n"
            "3.2 36/01187/FUL 7 Mill Street - Two Storey Extension\n\n4 Town Hall Roof Repairs\n")
    assert [item.number for item, _, _ in _items(tmp_path, page)] == ["1", "2", "3", "3.1", "3.2", "4"]


def test_an_agenda_s_standing_note_about_business_not_reached(tmp_path):
    page = ("THORNBY PARISH COUNCIL\n\nCouncillors are summoned to a meeting of the Parish Council to be held at Thornby Institute on "
            "Tuesday 8th April 2036 at 7.30 pm.\n\nAGENDA\n\n1. Apologies\n\n2. Footpaths - To consider footpath 12.\n\n"
            "3. Date of Next Meeting: Tuesday 13th May 2036.\n\n(Any items not discussed will be carried forward to the next meeting)\n")
    assert [(clauses, tasks) for _, clauses, tasks in _items(tmp_path, page)] == [([], []), ([], []), ([], [])]


@pytest.mark.parametrize("body, clause", [
    ("Mrs Kinvig proposed that the minutes of the last meeting be approved as a true record. This was seconded by Mr Quirk and the Board "
     "unanimously agreed.", "Mrs Kinvig proposed that the minutes of the last meeting be approved as a true record. This was seconded by "
                            "Mr Quirk and the Board unanimously agreed."),
    ("The Heritage Trust had written asking for a site meeting with the Board about the new noticeboard. This was agreed and noted.",
     "The Heritage Trust had written asking for a site meeting with the Board about the new noticeboard. This was agreed and noted."),
    ("The clerk requested that she now proceed to the next stage to have the bye-laws confirmed. All agreed.",
     "The clerk requested that she now proceed to the next stage to have the bye-laws confirmed. All agreed."),
    ("It was unanimously voted on that Manx Lights Ltd is given the go ahead to install the lights.",
     "It was unanimously voted on that Manx Lights Ltd is given the go ahead to install the lights."),
])
def test_a_proposal_or_request_and_the_short_sentence_that_agreed_it(tmp_path, body, clause):
    assert _second(tmp_path, body)[0] == [clause]


@pytest.mark.parametrize("top, committee", [
    ("The minutes of Ballacraine Parish Commissioners meeting held on Thursday 6th November 2036, at 7.00pm, The Village Hall.",
     "Ballacraine Parish Commissioners"),
    ("Comit\u00e9 des Chemins de St Aubert\n\nMinutes of the meeting held on Thursday 6th November 2036 at the Parish Hall.",
     "Comit\u00e9 des Chemins de St Aubert"),
])
def test_manx_commissioners_and_a_jersey_parish_s_comite(tmp_path, top, committee):
    meeting, found = stored_page(tmp_path, f"{top}\n\n1. Footpaths\nThe Commissioners agreed that the clerk write to the Highways "
                                           "Division before the December meeting.\n\n2. Close\n")
    assert (meeting.committee, meeting.date) == (committee, dt.date(2036, 11, 6))
    assert [task.text for task in found[0][2]] == ["The clerk to write to the Highways Division before the December meeting"]


def test_what_others_will_do_in_a_county_councillor_s_report_is_no_task_of_ours(tmp_path):
    page = ("Minutes of the meeting of Dalby Town Council held on Tuesday 14th October 2036\n\n1. County Councillor's Report\n"
            "Double yellow lines, Mill Street \u2013 A request to shorten the lines will be looked into.\n"
            "Cllr Rees to ask the county for a date for the work.\n\n2. Chair's Announcements\n"
            "The review of the road programme means the bypass improvements will be undertaken.\n")
    found = {item.number: [task.text for task in tasks] for item, _, tasks in _items(tmp_path, page)}
    assert found == {"1": ["Cllr Rees to ask the county for a date for the work"], "2": []}


def test_an_ordinary_meeting_of_commissioners_names_them(tmp_path):
    meeting, _ = stored_page(tmp_path, "Minutes for the Ordinary Meeting of Patrick Parish Commissioners held on Thursday 2 April 2036\n\n"
                                       "1. Dog Bins\nThe Board agreed to put two more bins at Peel Road.\n\n2. Close\n")
    assert meeting.committee == "Patrick Parish Commissioners"


def test_the_clerk_will_make_enquiries(tmp_path):
    assert _second(tmp_path, "The Clerk will make enquiries with the county about the verge.")[1] == [
        "The Clerk to make enquiries with the county about the verge"]


# --- What the review of this step found --------------------------------------------------------------------------------


def test_an_agenda_heading_naming_who_reports_stays_a_title(tmp_path):
    page = ("Minutes of the meeting of Ashwell Parish Council held on Tuesday 3 March 2037\n\n1. Apologies\nNone.\n\n"
            "2. Clerk to report on correspondence - A letter from the county about verge cutting was noted.\n\n"
            "3. Cllr Bell to update on the Neighbourhood Plan - The examiner's report is expected in May.\n")
    found = {item.number: (item.title, clauses, [t.text for t in tasks]) for item, clauses, tasks in _items(tmp_path, page)}
    assert found["2"] == ("Clerk to report on correspondence", ["A letter from the county about verge cutting was noted."], [])
    assert found["3"][2] == []


@pytest.mark.parametrize("body", [
    "Cllr Bell reported on the consultation. It was the County Council's decision to close the Mill Lane tip in 2037.",
    "Cllr Bell reported on the library review. Following the county's public consultation, the decision was taken to close the library on Saturdays.",
    "Following the governors' review, a decision was made to move the school gate to Mill Lane.",
    "The lights were switched on. All agreed it was a very well attended event.",
    "All present agreed this was the worst stretch in the parish.",
    "Unanimously agreed it should have been done years ago.",
    "The new swings are in. All Councillors agreed the swings looked much better than the old ones.",
    "At the district meeting the Local Plan was discussed at length. The Local Plan was adopted.",
    "The Council accepted the tender process had not been followed correctly last year.",
])
def test_no_decision_of_ours_in_another_body_s_decision_or_an_opinion(tmp_path, body):
    assert _second(tmp_path, body)[0] == []


@pytest.mark.parametrize("body, tasks", [
    ("Action: Clerk to get quotes. Quotes to be considered at the April meeting.", ["Clerk to get quotes. Quotes to be considered at the April meeting"]),
    ("Actions: Clerk to contact Barclays. Cllr Bell and Cllr Hart to sign the forms.", ["Clerk to contact Barclays", "Cllr Bell and Cllr Hart to sign the forms"]),
    ("The Events Working Group review is scheduled for the meeting on 2 June 2036.", ["Schedule the Events Working Group review for the meeting on 2 June 2036"]),
    ("Agreed to extend the meeting room hire with the school until March 2037.", ["Extend the meeting room hire with the school until March 2037"]),
    ("RESOLVED to have the Clerk contact details printed on the back page of every newsletter.", []),
])
def test_the_review_s_tasks(tmp_path, body, tasks):
    assert _second(tmp_path, body)[1] == tasks


def test_who_decided_is_no_point_s_title(tmp_path):
    page = ("Minutes of the meeting of Ashwell Parish Council held on Tuesday 3 March 2037\n\n1. Apologies were received from Cllr Rowe.\n\n"
            "2. Parish Council RESOLVED that the minutes of 3 February 2037 be signed as a true record.\n\n3. Close.\n")
    titles = [item.title for item, _, _ in _items(tmp_path, page)]
    assert "Parish Council" not in titles


def test_a_log_s_rows_completed_yes_are_done(tmp_path):
    page = ("Ashwell Parish Council\nAction log presented to the meeting held on Tuesday 3 March 2037\n\n"
            "Ref: AP/37/01\nAction: Clerk to renew the play area insurance\nOwner: Clerk\nDeadline: 31 March 2037\nCompleted: Yes\n\n"
            "Ref: AP/37/02\nAction: Cllr Dace to walk footpath 12 with the ranger\nOwner: Cllr Dace\nDeadline: 30 April 2037\nCompleted: No\n")
    # (the log's deadlines are no meeting's day: the clerk names the meeting)
    found = stored_page(tmp_path, page, committee="Ashwell Parish Council", date=dt.date(2037, 3, 3))[1]
    tasks = [(task.text, task.due_date) for _, _, item_tasks in found for task in item_tasks]
    assert tasks == [("Cllr Dace to walk footpath 12 with the ranger", dt.date(2037, 4, 30))]


def test_a_sharing_site_s_title_is_kept_where_it_is_the_page_s_only_heading(tmp_path):
    page = ("Minutes of the meeting of Ashwell Parish Council held on Tuesday 3 March 2037\nTotal Page:16\nFile Type:pdf, Size:1020Kb\n"
            "Present: Cllr Hart (Chair), Cllr Bell\n1. Apologies\nNone.\n2. Finance\nRESOLVED that the invoices be paid.\n")
    meeting, _ = stored_page(tmp_path, page)
    assert (meeting.committee, meeting.date) == ("Ashwell Parish Council", dt.date(2037, 3, 3))


def test_report_of_a_committee_names_the_committee(tmp_path):
    meeting, _ = stored_page(tmp_path, "Report of Finance Committee\n\nMinutes of the meeting held on Tuesday 3 March 2037\n\n"
                                       "1. Apologies\nNone.\n\n2. Finance\nRESOLVED that the invoices be paid.\n")
    assert meeting.committee == "Finance Committee"


def test_a_count_after_a_month_is_no_day_and_no_year():
    from cpb_tui.actions.due import parse_due

    assert parse_due("since by March 50 plots had been let").kind == "month_only"


def test_field_records_with_a_long_wrapped_value_stay_linear():
    import time

    from cpb_tui.importers.tracker import _field_rows

    lines = ["Action: Clerk to write to Highways", "Owner: Clerk", "Status: Open", "Action: Clerk to write to the police", "Owner: Clerk",
             "Status: Open"]
    started = time.perf_counter()
    rows = _field_rows(lines + ["more words here"] * 80_000)
    assert rows is not None and len(rows) == 3 and time.perf_counter() - started < 5  # (quadratic took minutes)


def test_a_page_spaced_throughout_keeps_its_attendance_and_closing_out_of_its_titles(tmp_path):
    page = ("MINUTES OF THE MEETING OF ASHWELL PARISH COUNCIL held on Tuesday 3 March 2037\n\n\nPresent: Cllr Hart (Chair), Cllr Bell\n\n\n"
            "Apologies\n\n\nApologies were received from Cllr Rowe.\n\n\nBus shelter\n\n\nCllr Lund reported that the glass had been broken\n\n\n"
            "The Clerk to report it to the police.\n\n\nFinance\n\n\nRESOLVED that the invoices be paid.\n\n\nThe meeting closed at 9.15pm\n")
    assert [item.title for item, _, _ in stored_page(tmp_path, page)[1]] == ["Apologies", "Bus shelter", "Finance"]


def test_a_meeting_s_serial_number_is_no_part_of_the_body(tmp_path):
    # (the whole council's meeting is "Council", as every full council's is: the council's own name is kept as its council)
    top = "Ballykeel Borough Council\n\nMinutes of Council Meeting No 868 held in the Council Chamber on Monday 3rd November 2036 at 7.00 pm"
    assert _meeting(tmp_path, top) == ("Council", dt.date(2036, 11, 3))


def test_a_salutation_is_no_committee(tmp_path):
    meeting, _ = stored_page(tmp_path, "To all members of Council: - Minutes of a PENRHYN BAY TOWN COUNCIL MEETING held at Centre "
                                       "Chambers on the 3rd November 2036 at 6.30pm.\n\n1. Apologies\nNone.\n\n2. Close\n")
    assert meeting.committee != "To all members of Council"


def test_a_web_agenda_restarting_at_one_with_points_titled_by_applications(tmp_path):
    page = ("BRAMBLEFORD PARISH COUNCIL\n\nYou are summoned to attend a meeting of Brambleford Parish Council at the Reading Room on "
            "Tuesday 3rd June 2036 at 7.30pm.\n\nAGENDA\n\n  1. APOLOGIES\n  2. MINUTES OF THE LAST MEETING\n\n2.1 Matters arising\n\n"
            "  1. FINANCE\n\n3.1 Monthly balances\n\n  1. PLANNING APPLICATIONS\n\n4.1 36/00412/FUL Orchard House \u2013 garden room\n\n"
            "4.2 36/00519/HH 3 Mill Lane \u2013 rear extension\n\n  1. CORRESPONDENCE\n  2. DATE OF NEXT MEETING\n")
    assert [item.number for item, _, _ in _items(tmp_path, page)] == ["1", "2", "2.1", "3", "3.1", "4", "4.1", "4.2", "5", "6"]


def test_a_tracker_s_due_as_two_months_or_as_a_meeting_of_the_month(tmp_path):
    page = ("Audit Committee - Action Tracker 2036/37\n\nRef | Action | Owner | Due | Status\n"
            "1 | Report the payroll findings to members | Head of Audit | April/May 2037 | Open\n"
            "2 | Bring the fraud policy back for approval | Head of Legal | September Committee | Open\n")
    _, found = stored_page(tmp_path, page, date=dt.date(2037, 2, 1))
    dues = {item.number: [(task.due_date or task.due_meeting_date) for task in tasks] for item, _, tasks in found}
    assert dues["1"] == [dt.date(2037, 5, 31)]
    assert dues["2"] and dues["2"][0].month == 9


def test_a_number_alone_between_two_with_nothing_below_it_in_the_gap():
    from cpb_tui.importers.numbering import numbered_items

    lines = ["26/21:01", "APOLOGIES", "Apologies were received.", "MINUTES OF THE LAST MEETING", "26/21:02", "", "26/21:03", "HARBOUR WALL"]
    assert [heading.number for heading in numbered_items(lines)][0] == "26/21:01"  # (a hypothesis example crashed here)


def test_a_wish_that_names_the_clerk_to_act(tmp_path):
    assert _second(tmp_path, "Members would like the Clerk to write to the police about speeding.")[1] == [
        "The Clerk to write to the police about speeding"]
    assert _second(tmp_path, "Residents would like the clerk to be more visible.")[1] == []


def test_a_tracker_s_target_date_is_no_meeting_day(tmp_path):
    page = ("Audit Committee - Action Tracker 2036/37\n\nRef: AC/36/12\nAction: Internal audit to report on the payroll findings\n"
            "Responsible: Head of Internal Audit\nTarget date: 31/03/2037\nStatus: Ongoing\n\nRef: AC/36/15\n"
            "Action: Finance to circulate the treasury briefing\nResponsible: Chief Finance Officer\nTarget date: 30/04/2037\nStatus: Open\n")
    from cpb_tui.importers import ImportProblem

    with pytest.raises(ImportProblem, match="which date"):
        stored_page(tmp_path, page)  # (asked, never dated from a row's deadline)
