"""The sixty-eighth step: what the forty-first development set showed. A minute's reference glued to a title in capitals
that opens with "TO" ("36/155TO RECEIVE MEMBERS' DECLARATIONS"), a ModernGov page's points numbered "1.(i)" alone over
their titles, "communicate" as an errand's verb, and residents "written to" as a letter to send. Texts the project wrote,
about fictional bodies."""

from __future__ import annotations

import pytest

from cpb_tui.actions.extract import extract_from_resolution
from tests.stored import page_items, page_numbers as _numbers, stored_page, tasks

_HEAD = "Minutes of the meeting of Ashby Parva Parish Council held on Tuesday 8 July 2036 in the Reading Room.\n\n"


# --- numbers -----------------------------------------------------------------------------------------------------------

_GLUED_TO = _HEAD + (
    "36/154APOLOGIES FOR ABSENCE\n\nApologies were received from Cllr Dane.\n\n"
    "36/155TO RECEIVE MEMBERS' DECLARATIONS\n\nNone were made.\n\n"
    "36/156PARISHIONERS' TIME\n\nNo one wished to speak.\n\n"
    "36/157TO APPROVE THE MINUTES OF 10TH JUNE 2036\n\nThe minutes were approved and signed by the Chairman.\n"
)


def test_a_reference_glued_to_a_title_in_capitals_opening_with_to(tmp_path):
    found = page_items(tmp_path, _GLUED_TO)
    assert [item.number for item, _, _ in found] == ["36/154", "36/155", "36/156", "36/157"]
    titles = {item.number: item.title for item, _, _ in found}
    assert titles["36/155"].lower().startswith("to receive members")
    assert {item.number: clauses for item, clauses, _ in found}["36/157"] == ["The minutes were approved and signed by the Chairman."]


def test_a_committees_letter_after_the_minute_is_still_read(tmp_path):
    # (the guard: "011/36G Pond" keeps its letter, as the committee's mark, before a title in words)
    page = _HEAD + "011/36G Pond Repairs\nThe quote was accepted.\n\n012/36G Footpaths\nNoted.\n\n013/36G Bus Shelter\nNoted.\n"
    assert _numbers(tmp_path, page) == ["011/36G", "012/36G", "013/36G"]


_POINTS = (
    "Agenda and minutes\n\nCouncil Meeting - Thursday, 11th July 2036 6.00 pm\n\nVenue: Guildhall, Ashby Parva\n\nItems\n\nNo.\n\nItem\n\n"
    "1.\n\nOpening Business\n\n"
    "1.(i)\n\nMinutes\n\nTo approve the minutes of the annual meeting.\n\nMinutes:\n\n"
    "RESOLVED - That the minutes of the annual meeting held on 21 May 2036 be approved as a correct record.\n\n"
    "1.(ii)\n\nCivic Announcements\n\nMinutes:\n\nThe Mayor listed the visits she had made.\n\n"
    "1.(iii)\n\nDeclarations of Interest\n\nMinutes:\n\nNo declarations were made.\n\n"
    "2.\n\nResidents' Voice\n\n"
    "2.(i)\n\nQuestions from the Public\n\nMinutes:\n\nThree questions were put to the Mayor.\n"
)


def test_points_numbered_with_a_figure_in_brackets_alone_over_their_titles(tmp_path):
    found = page_items(tmp_path, _POINTS)
    assert [item.number for item, _, _ in found] == ["1", "1.(i)", "1.(ii)", "1.(iii)", "2", "2.(i)"]
    clauses = {item.number: texts for item, texts, _ in found}
    assert clauses["1.(i)"] and "21 May 2036" in clauses["1.(i)"][0] and clauses["1"] == []


def test_a_lettered_point_in_brackets_runs_too(tmp_path):
    page = _POINTS.replace("1.(i)", "1.(a)").replace("1.(iii)", "1.(c)").replace("1.(ii)", "1.(b)").replace("2.(i)", "2.(a)")
    assert _numbers(tmp_path, page) == ["1", "1.(a)", "1.(b)", "1.(c)", "2", "2.(a)"]


# --- tasks -------------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, task, owners", [
    ("The Parish Clerk was asked to communicate in the same terms with the county.",
     "The Parish Clerk to communicate in the same terms with the county", ("the Parish Clerk",)),
    ("The Clerk was asked to communicate the members' concerns to the bus company.",
     "The Clerk to communicate the members' concerns to the bus company", ("the Clerk",)),
    ("The Clerk will communicate with the school about the crossing.",
     "The Clerk to communicate with the school about the crossing", ("the Clerk",)),
])
def test_communicate_is_an_errands_verb(sentence, task, owners):
    assert tasks(sentence) == [(task, owners)]


def test_communicating_well_is_no_task():
    assert tasks("Members felt the council should communicate better with the village.") == []


def test_residents_to_be_written_to_are_a_letter_to_send():
    assert tasks("Residents of Orchard Close will be written to, to tell them of the survey which will run through June.") == [
        ("Write to Residents of Orchard Close, to tell them of the survey which will run through June", ())]
    assert tasks("The residents of Mill Row will be contacted about the overhanging hedge.") == [
        ("Contact the residents of Mill Row about the overhanging hedge", ())]


@pytest.mark.parametrize("sentence", [
    "Residents will be asked to keep their dogs on leads on the green.",
    "Residents will be invited to the summer fete.",
])
def test_residents_asked_or_invited_are_no_task(sentence):
    assert tasks(sentence) == []


def test_a_resolution_to_write_to_residents_after_a_comma():
    found = extract_from_resolution("that the residents of Orchard Close be written to, to tell them of the survey.", "resolved")
    assert [action.text for action in found] == ["Write to the residents of Orchard Close to tell them of the survey"]


# --- decisions ---------------------------------------------------------------------------------------------------------

def _clauses(tmp_path, body: str) -> list[str]:
    page = _HEAD + "1. Apologies\nNone.\n\n2. Business\n" + body + "\n\n3. Close\nThe meeting closed at 9pm.\n"
    return {item.number: clauses for item, clauses, _ in page_items(tmp_path, page)}["2"]


@pytest.mark.parametrize("body, clause", [
    ("The Finance Committee's report is now put to the Council as its record.  The motion proposed JT and seconded RK was passed by all.",
     "The motion proposed JT and seconded RK was passed by all."),
    ("Cllr Hale asked about the bins. The motion proposed by Cllr Dane and seconded by Cllr Ross was carried.",
     "The motion proposed by Cllr Dane and seconded by Cllr Ross was carried."),
    ("No officer was present, but a report listed four incidents for the month.  Members noted.", "Members noted."),
])
def test_a_motion_carried_or_the_members_note_after_the_discussion(tmp_path, body, clause):
    assert _clauses(tmp_path, body) == [clause]


@pytest.mark.parametrize("body", [
    "Cllr Hale asked about the bins. The motion proposed JT and seconded RK fell.",
    "A report listed four incidents. Members noted the figures and asked for more detail next month.",
])
def test_a_motion_that_fell_or_a_note_that_runs_on_is_no_clause(tmp_path, body):
    assert _clauses(tmp_path, body) == []


# --- committee ---------------------------------------------------------------------------------------------------------

_SITE_HEAD = (
    "Wendle Village\nThe website of Wendle Parish Council\nBlue meeting symbol\n\nMeeting of the Parish Council\n\n"
    "Wednesday 17 May 2036 at 7.05pm, Wendle Village Hall\n\nMinutes\n\n"
    "1. Apologies\nNone.\n\n2. Minutes\nThe minutes were approved.\n"
)


def test_a_site_strapline_and_a_pictures_words_over_the_parish_councils_meeting(tmp_path):
    meeting, _ = stored_page(tmp_path, _SITE_HEAD)
    assert meeting.committee == "Wendle Parish Council"
    assert meeting.date.isoformat() == "2036-05-17"


def test_a_committee_of_the_parish_council_is_not_the_council(tmp_path):
    # (the guard: only the parish council's own meeting, never "Meeting of the Parish Council's Planning Committee")
    page = _SITE_HEAD.replace("Meeting of the Parish Council\n", "Meeting of the Parish Council Planning Committee\n")
    meeting, _ = stored_page(tmp_path, page)
    assert meeting.committee != "Wendle Parish Council"


_EARLIER_MINUTE = (
    "BRAMLEY Minute of Meeting: Tuesday 14 March 2036\n\nBramley Community Council Meeting\n\n"
    "Tuesday 14 March 2036 at 7.30pm in the Scout Hut, Bramley\n\nPresent: Ann Tey \u2013 Chair, Rob Vale \u2013 Secretary\n\n"
    "Apologies: Joan Pike\n\n1. Welcome The Chair opened the meeting and welcomed those present.\n\n"
    "2. Minute of the Bramley Community Council Meeting \u2013 31 January 2036 The minute of the 31 January 2036 meeting was approved.\n\n"
    "3. Police The officer reported two thefts in the village.\n"
)


def test_an_item_about_an_earlier_minute_does_not_date_the_meeting(tmp_path):
    meeting, _ = stored_page(tmp_path, _EARLIER_MINUTE)
    assert (meeting.committee, meeting.date.isoformat()) == ("Bramley Community Council", "2036-03-14")


@pytest.mark.parametrize("clause, task, owners", [
    ("to note the comments and request that the Councillors consider staying on the island overnight.",
     "The Councillors to consider staying on the island overnight", ("the Councillors",)),
    ("to note the report and ask the Clerk to write to the ferry company.", "The Clerk to write to the ferry company", ("the Clerk",)),
])
def test_a_note_then_an_ask_in_one_resolution(clause, task, owners):
    assert [(action.text, action.owners) for action in extract_from_resolution(clause, "resolved")] == [(task, owners)]


@pytest.mark.parametrize("clause", [
    "to note the letter and request from the school.",
    "to approve the minutes and ask that they be signed.",
])
def test_a_request_received_or_the_minutes_signed_is_no_task(clause):
    assert extract_from_resolution(clause, "resolved") == []


@pytest.mark.parametrize("clause", ["meetings will be held bimonthly", "that meetings be held monthly from May", "to hold meetings quarterly"])
def test_how_often_the_council_meets_is_no_task(clause):
    assert extract_from_resolution(clause, "resolved") == []


def test_the_clerks_errand_to_arrange_the_meetings_stays():
    # (the guard: the calendar is no task, the Clerk's errand beside it is)
    assert [action.text for action in extract_from_resolution("that the Clerk book the hall so meetings can be held monthly", "resolved")] == [
        "The Clerk to book the hall so meetings can be held monthly"]


def test_a_post_after_a_dash_is_no_tagged_task():
    assert tasks("Item 4: Cllr Dane \u2013 Treasurer to the Village Hall \u2013 non-pecuniary interest") == []
    assert tasks("Cllr Dane \u2013 Treasurer to the Village Hall") == []


def test_a_tagged_task_after_a_dash_stays():
    # (the guard: doers and a verb after the dash)
    assert tasks("The fence by the pond is leaning - TD & AV to inspect") == [
        ("TD & AV to inspect (the fence by the pond is leaning)", ("TD", "AV"))]


def test_minutes_amended_at_the_meeting_are_no_task():
    assert extract_from_resolution("to amend the minutes of the meeting held on Tuesday 12 September 2036.", "resolved") == []


@pytest.mark.parametrize("clause", [
    "to amend the minutes on the website to show the correct date.",
    "that the Clerk amend the minutes of 3 May to show Cllr Hale present.",
])
def test_minutes_to_amend_afterwards_stay_a_task(clause):
    assert len(extract_from_resolution(clause, "resolved")) == 1


def test_the_councils_record_said_before_the_minutes(tmp_path):
    assert _clauses(tmp_path, "The Council accepted as an accurate record the Minutes of the meetings on 18th and 19th June 2036.") == [
        "The Council accepted as an accurate record the Minutes of the meetings on 18th and 19th June 2036."]


def test_minutes_only_considered_are_no_clause(tmp_path):
    assert _clauses(tmp_path, "The Council considered as a true record the Minutes of the meeting.") == []


def test_statistics_asked_for_the_next_meeting_are_a_task():
    assert tasks("The officer sent a report. The Chairman requested comparative crime statistics for the village for the next Meeting.") == [
        ("Comparative crime statistics for the village for the next Meeting", ())]


@pytest.mark.parametrize("sentence, task", [
    ("Information was requested to be sent to the Chairman on how the potholes are ranked.", "Send information to the Chairman on how the potholes are ranked"),
    ("A copy of the plan was requested to be sent to all members.", "Send a copy of the plan to all members"),
])
def test_a_thing_requested_to_be_sent(sentence, task):
    assert tasks(sentence) == [(task, ())]


def test_a_thing_requested_and_sent_already_is_no_task():
    assert tasks("Information was requested and has since been sent to the Chairman.") == []


@pytest.mark.parametrize("body, clause", [
    ("Grants can be had through the Parish Council. The Parish Council confirmed their support.", "The Parish Council confirmed their support."),
    ("The Council confirmed its support for the hall's lottery bid.", "The Council confirmed its support for the hall's lottery bid."),
])
def test_the_bodys_support_confirmed_is_a_decision(tmp_path, body, clause):
    assert _clauses(tmp_path, body) == [clause]


@pytest.mark.parametrize("body", [
    "Cllr Hale said the council's support had been confirmed last year.",
    "The Council would confirm its support at the next meeting.",
])
def test_support_told_of_or_still_to_give_is_no_decision(tmp_path, body):
    assert _clauses(tmp_path, body) == []


def test_a_council_of_two_places_named_after_at_is_no_doer():
    assert tasks("They had met a planning officer at Ashby and Moreton District Council to review the plans.") == []


def test_a_task_handed_on_mid_sentence_stays():
    # (the guard)
    assert tasks("The Parish Council welcomed the talk and CP to send a poster.") == [("CP to send a poster", ("CP",))]


_LETTERED = _HEAD + (
    "36/050. Development Matters\na. P/HOU/2036/0450 7 Orchard Rise\nMembers raised no objections to this application.\n"
    "b. P/LBC/2036/0388 Tanners Barn\nMembers raised no objections.\nc. Determinations \u2013 none\n"
    "d. To receive any updates regarding the caravan at Mill End\nMembers noted a report from the enforcement officer.\n"
    "36/051. Close\nThe meeting closed.\n"
)


def test_a_later_lettered_point_in_an_agendas_words_is_a_point_too(tmp_path):
    assert _numbers(tmp_path, _LETTERED) == ["36/050", "36/050(a)", "36/050(b)", "36/050(c)", "36/050(d)", "36/051"]


def test_a_decisions_lettered_parts_are_still_clauses(tmp_path):
    # (the guard: "To ..." parts after a lead-in are the decision's)
    page = _HEAD + ("36/050. Accounts\nIt was RESOLVED:\na. To approve the accounts for the year ending March 2036\n"
                    "b. To note the internal auditor's report on the accounts for the year\nc. To thank the auditor\n36/051. Close\nClosed.\n")
    assert _numbers(tmp_path, page) == ["36/050", "36/051"]


_BULLETS = (
    "Minutes of the Parish Council Meeting held on 7th November 2036\nPresent: Cllrs. T Hale (Chairman), J Moss, P Dane\n"
    "- Welcome: Cllr. Hale welcomed councillors and two residents to the meeting and explained how the public forum would run.\n"
    "- Apologies and Declarations of interest \u2013 There were none.\n"
    "- Minutes of the previous meeting held 5th September 2036. The minutes were approved and signed by the Chairman.\n"
    "Public Forum - A resident asked about the green lane. The Parish Clerk was asked to write to the county about a sign.\n"
)


def test_bullets_with_their_titles_run_in_are_the_items(tmp_path):
    found = page_items(tmp_path, _BULLETS, committee="Wendle Parish Council")
    assert [item.title for item, _, _ in found] == [
        "Welcome", "Apologies and Declarations of interest", "Minutes of the previous meeting held 5th September 2036", "Public Forum"]
    tasks_by_title = {item.title: [task.text for task in item_tasks] for item, _, item_tasks in found}
    assert tasks_by_title["Public Forum"] == ["The Parish Clerk to write to the county about a sign"]


def test_bullets_that_are_sentences_are_no_items(tmp_path):
    # (the guard: a page of bulleted sentences, "- The bins were emptied late.", keeps its one item)
    page = ("Minutes of the Parish Council Meeting held on 7th November 2036\n- The bins were emptied late: the Clerk will chase them.\n"
            "- Cllr Moss: the hedge on Mill Lane is overgrown.\n- There were no apologies. All members attended.\n")
    assert len(page_items(tmp_path, page, committee="Wendle Parish Council")) == 1


_UNDER_THE_LAW = (
    "Chairman:......\n\nWendle Parish Council ______Clerk: Mrs A Hale, 1 Mill Row, Wendle Tel: 01632 960123\n\n"
    "Under the provisions of the Remote Meetings Act 2036 and the regulations made under it, this Meeting of the Parish Council "
    "took place at 7.30 pm on Friday 4th September 2036 by video call.\n\nMINUTES\n\nPresent: Cllr Moss (Chairman), Cllr Dane.\n\n"
    "1. To record apologies for absence\n\nApologies were received from Cllr Rowe.\n\n2. To receive declarations of interest\n\nNone.\n"
)


def test_a_meeting_that_took_place_under_a_law_said_first(tmp_path):
    meeting, _ = stored_page(tmp_path, _UNDER_THE_LAW)
    assert (meeting.committee, meeting.date.isoformat()) == ("Wendle Parish Council", "2036-09-04")


def test_the_decision_made_is_no_task():
    assert extract_from_resolution("the decision is made to support the following business case as part of the joint bid.", "resolved") == []


# --- the review's guards: each read worse at the reviewed head -----------------------------------------------------------

def test_glued_references_before_other_short_words_in_capitals(tmp_path):
    page = _HEAD + ("24/062TO  RECEIVE DECLARATIONS\n\nNone.\n\n24/063NO MEETING IN AUGUST\n\nAgreed.\n\n"
                    "24/064IN CAMERA BUSINESS\n\nNoted.\n\n24/065AT THE PLAYING FIELD\n\nThe goal posts were mended.\n")
    assert _numbers(tmp_path, page) == ["24/062", "24/063", "24/064", "24/065"]


@pytest.mark.parametrize("body", [
    "Cllr Hale reported on the district council's meeting. The motion proposed by Cllr Ince and seconded by Cllr Marsh was carried.",
    "Cllr Hale gave the background. The motion proposed by Cllr Dell and seconded by Cllr Frith was agreed at the May meeting; work starts soon.",
    "Cllr Hale gave the background. The motion proposed by Cllr Grey and seconded by Cllr Nash was passed to the Finance Committee.",
    "The group met twice. The motion proposed by Mrs Lowe and seconded by Mr Pratt was carried by the group, to raise the fees.",
])
def test_a_motion_told_of_or_referred_on_is_no_decision(tmp_path, body):
    assert _clauses(tmp_path, body) == []


def test_the_pages_own_numbered_heading_still_dates_it(tmp_path):
    page = ("1. Minutes of the Annual Meeting of Corby Vale Parish Council \u2013 Tuesday 13 May 2036\n\n"
            "2. Apologies\nNone.\n\n3. Minutes of the meeting of 8 April 2036\nApproved.\n")
    meeting, _ = stored_page(tmp_path, page)
    assert meeting.date.isoformat() == "2036-05-13"


@pytest.mark.parametrize("clause", [
    "to note the letter of thanks and ask that the Council's thanks to the volunteers be recorded.",
    "to note the petition and request the County Council review the closure.",
])
def test_a_note_then_an_ask_with_no_doer_is_no_task(clause):
    assert extract_from_resolution(clause, "resolved") == []


@pytest.mark.parametrize("clause, task", [
    ("that meetings be held monthly and the Clerk book the Memorial Hall for the year ahead.",
     "Hold meetings monthly and the Clerk book the Memorial Hall for the year ahead"),
    ("to amend the minutes of 3 September and re-issue them to all councillors before the next meeting.",
     "Amend the minutes of 3 September and re-issue them to all councillors before the next meeting"),
])
def test_an_errand_beside_the_calendar_or_the_amended_minutes_stays(clause, task):
    assert [action.text for action in extract_from_resolution(clause, "resolved")] == [task]


def test_a_tagged_errand_to_a_body_after_a_dash_stays():
    assert tasks("Pothole on Green Lane - RK to the county again") == [("RK to the county again (Pothole on Green Lane)", ("RK",))]


@pytest.mark.parametrize("sentence", [
    "The Chairman requested statistics from the police last year and these showed a fall in crime.",
    "Members requested quotes for the next meeting, and the Clerk tabled them at the end of the meeting.",
    "A copy of the plan was requested to be sent to all members; this was done on 3 October.",
    "Further details were requested to be supplied by the applicant before the application is decided.",
    "Residents of Barton Lane will be informed of the works programme by letter from the developer.",
    "Residents of Main Street would be contacted if volunteers were needed.",
    "The grants panel will communicate its decisions to applicants in November.",
])
def test_things_done_already_or_by_others_are_no_tasks(sentence):
    assert tasks(sentence) == []


def test_a_question_about_a_record_is_no_decision(tmp_path):
    assert _clauses(tmp_path, "The Members accepted as true record the minutes of the steering group? Mr Doig asked.") == []


def test_what_the_council_approved_after_a_comma(tmp_path):
    body = "Arising under Item 4 (Finance Monitoring \u2013 31 August 2036), the Council approved the revenue virements over \u00a30.2m."
    assert _clauses(tmp_path, body) == ["the Council approved the revenue virements over \u00a30.2m."]


def test_what_the_council_approved_told_after_and_is_no_new_decision(tmp_path):
    # (the guard: "discussed and the council approved ..." stays as it was read)
    assert _clauses(tmp_path, "The report was discussed and the council approved the budget for the year.") == []


# --- unlabelled pages of this step (committee names, a title's second number) -------------------------------------------

@pytest.mark.parametrize("heading, committee", [
    ("Minutes of Ashby Magna Parish CouncilMeeting\n\nheld at the Village Centre on 10 April 2036\n", "Ashby Magna Parish Council"),
    ("ASHBY MAGNA WITH HOLT PARISH COUNCIL. PARISH COUNCIL MEETING MINUTES of the meeting held on Thursday 11 January 2036 at 7.00pm\n",
     "Ashby Magna with Holt Parish Council"),
    ("MINUTES OF ASHBY MAGNA ANNUAL PARISH MEETING HELD ON\n\n23 MARCH 2036 AT THE VILLAGE HALL\n", "Ashby Magna Annual Parish Meeting"),
])
def test_a_committees_name_with_words_glued_or_told_twice(tmp_path, heading, committee):
    page = heading + "\n1. Apologies\nNone.\n\n2. Minutes\nThe minutes were approved.\n\n3. Playing field\nThe mower was mended.\n"
    meeting, _ = stored_page(tmp_path, page)
    assert meeting.committee == committee


def test_the_agendas_number_after_the_councils_minute_is_no_part_of_the_title(tmp_path):
    page = _HEAD + "1238/36 1. Apologies for Absence\nNone.\n\n1239/36 2. Declarations of Interest\nNone.\n\n1240/36 3. Action Tracker\nNoted.\n"
    found = page_items(tmp_path, page)
    assert [(item.number, item.title) for item, _, _ in found] == [
        ("1238/36", "Apologies for Absence"), ("1239/36", "Declarations of Interest"), ("1240/36", "Action Tracker")]


def test_a_meeting_held_on_a_day_in_figures_with_stops(tmp_path):
    page = ("Minutes of the Annual Meeting 17.5.36\n\nThe Annual Meeting of Orwell Fen Parish Council was held on 17.5.36 at 7pm in the "
            "Village Hall.\n1. Apologies. None.\n2. Election of Chair. Cllr Dane was elected.\n3. Playing field. Noted.\n")
    meeting, _ = stored_page(tmp_path, page)
    assert (meeting.committee, meeting.date.isoformat()) == ("Orwell Fen Parish Council", "2036-05-17")


# --- the second review's guards: each read worse at the head it reviewed ------------------------------------------------

_PAYMENTS = ("Wendle Parish Council\nFinance Meeting, 20 November 2036, 7pm, Wendle Village Hall\n\nPresent: Cllr Ryle (Chair), Cllr Hext.\n\n"
             "The following payments were approved for payment by online banking:\n\n"
             "- Clerk salary: 412.50 for November, net of tax\n- HMRC: 103.00 PAYE for November\n"
             "- Village Hall: 36.00 hire for October and November\n- Wendle Landscapes: 280.00 grass cutting, final cut\n\n"
             "The meeting closed at 7.40pm.\n")


def test_bulleted_payments_or_names_are_no_items(tmp_path):
    assert len(page_items(tmp_path, _PAYMENTS)) == 1
    present = _PAYMENTS.replace("Clerk salary: 412.50", "Sam Lowe \u2013 Chair").replace("HMRC: 103.00", "Ann Dale \u2013 Clerk 2036").replace(
        "Village Hall: 36.00", "Rob Vale \u2013 Treasurer 2036")
    assert len(page_items(tmp_path, present, committee="Wendle Parish Council")) == 1


@pytest.mark.parametrize("body", [
    "As members will recall, the Council approved the new bins for the green.",
    "Mr Lorne reported for the Hall Committee. The Committee confirmed its support for the car park lease.",
    "Cllr Kay attended the Village Hall AGM on 2nd April. The motion proposed by Mrs Oxley and seconded by Mr Pearce was carried.",
])
def test_an_approval_support_or_motion_told_of_is_no_decision(tmp_path, body):
    assert _clauses(tmp_path, body) == []


@pytest.mark.parametrize("clause, task", [
    ("the decision is made to support the fun day and that Cllr Parry will book the marquee.", "Cllr Parry to book the marquee"),
    ("to hold meetings with the youth club leaders quarterly.", "Hold meetings with the youth club leaders quarterly"),
    ("to amend the minutes of the Allotment Working Group meeting.", "Amend the minutes of the Allotment Working Group meeting"),
])
def test_an_errand_beside_a_decision_made_the_calendar_or_anothers_minutes_stays(clause, task):
    assert task in [action.text for action in extract_from_resolution(clause, "resolved")]


def test_a_meeting_that_was_due_elsewhere_names_no_committee(tmp_path):
    page = ("Under the provisions of the Remote Meetings Act 2036, this Meeting of the Parish Council which was due to take place on "
            "2nd June 2036 took place on 9th June 2036 by video call.\n\n1. Apologies\nNone.\n\n2. Minutes\nApproved.\n")
    meeting, _ = stored_page(tmp_path, page, committee="Wendle Parish Council", date=__import__("datetime").date(2036, 6, 9))
    assert meeting.committee == "Wendle Parish Council"


@pytest.mark.parametrize("opening, day", [
    ("The meeting of Orwell Fen Parish Council, adjourned from the meeting held on 12.5.36, was held on 19.5.36 in the hall.", "2036-05-19"),
    ("The meeting of Orwell Fen Parish Council took place in the hall. The Burial Board's meeting was held on 4.6.36.", None),
])
def test_a_day_in_figures_only_for_the_meeting_held(tmp_path, opening, day):
    page = opening + "\n1. Apologies. None.\n2. Minutes. Approved.\n3. Playing field. Noted.\n"
    if day:
        meeting, _ = stored_page(tmp_path, page)
        assert meeting.date.isoformat() == day
    else:
        from cpb_tui.importers import ImportProblem
        with pytest.raises(ImportProblem, match="date"):
            stored_page(tmp_path, page)


def test_statistics_already_sent_are_no_task():
    assert tasks("Members requested crime statistics for the next meeting; the police had already sent them and they were read out.") == []
