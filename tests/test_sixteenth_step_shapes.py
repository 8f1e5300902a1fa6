"""Shapes read in the sixteenth step. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

import datetime as dt

from tests.stored import stored_text

TWO_STANDING_HEADINGS = (
    "Minutes \u2013 2 March 2026\n\n"
    "The Minutes of Glenholm Community Council held at Glenholm Library at 7.00pm on Tuesday March 2nd 2026\n\n"
    "Apologies: Rhona Baird, Cllr Ian Weir\n\n"
    "Those Present : Moira Lyle Chair, Ewan Tait Treasurer, Jean Grieve\n\n"
    "Minutes of the Last Meeting\n\n"
    "The February minutes were approved without change.\n\n"
    "Chair\u2019s Report\n\n"
    "  \u2022 The gritting bin at the school gate is empty again. Moira to write to Alan Frew\n"
    "  \u2022 The hall roof has been repaired by the trust.\n"
)


def test_two_standing_headings_over_bullets_are_the_items(tmp_path):
    # two short headings make items when both name business every meeting has
    _, found = stored_text(tmp_path, "minutes.txt", TWO_STANDING_HEADINGS)
    assert [item.title for item, _, _ in found][-2:] == ["Minutes of the Last Meeting", "Chair\u2019s Report"]
    assert [(a.owners, a.text) for a in found[-1][2]] == [(("Moira",), "Moira to write to Alan Frew")]


PURSUED_BY = (
    "Minutes of the Town Management Committee meeting held on 5th March 2026 in the Council Office.\n\n"
    "Present: Chairman: Mr O Pike; Councillors: Mrs R Lamb and Mr S Vane\n\n"
    "Apologies: Mr T Wren\n\n"
    "Declarations of Interest: None\n\n"
    "Town Clock\n\n"
    "The Clerk reported that the repairer had retired and no other firm had replied.\n\n"
    "The Chairman suggested that Cllr. Lamb is requested to pursue the heritage grant.\n\n"
    "Verge Cutting:\n\n"
    "To be pursued by Cllr. Vane, who will draw up a specification for tender.\n\n"
    "Bench Plaques:\n\n"
    "The plaques have been fitted and the families thanked.\n"
)


def test_a_member_requested_to_act_and_a_matter_to_be_pursued_by_one_are_tasks(tmp_path):
    _, found = stored_text(tmp_path, "minutes.txt", PURSUED_BY)
    tasks = {item.title: [(a.owners, a.text) for a in actions] for item, _, actions in found}
    assert tasks["Town Clock"] == [(("Cllr. Lamb",), "Cllr. Lamb to pursue the heritage grant")]
    assert tasks["Verge Cutting"] == [(("Cllr. Vane",), "Cllr. Vane to pursue this (who will draw up a specification for tender)")]
    assert tasks["Bench Plaques"] == []


def test_a_report_asking_the_meeting_to_act_is_no_task():
    from cpb_tui.actions.narrative import _commitment

    assert _commitment("The Board is asked to review the draft plan.", None) is None
    assert _commitment("Members are requested to review the draft plan.", None) is None


YEAR_MINUTE_POINTS = (
    "Minutes of meeting of Ravensgill Parish Council held on Monday 10th August 2026commencing 7pm in the Memorial Hall\n"
    "Those Present:A Lund (Chairman), B Hey, C Orme\n"
    "2026/41Minutes of previous Meeting\n"
    "The minutes of the previous meeting were agreed as a true record.\n"
    "2026/42Finance\n"
    "2026/42/01Invoices for Payment\n"
    "  \u2022 Fencing repair \u2013 \u00a3120 \u2013 agreed for payment.\n"
    "2026/42/02Request for Donation\n"
    "  \u2022 Village show \u2013 Clerk to chase up the accounts first.\n"
    "2026/43Planning\n"
    "No applications received.\n"
)


def test_a_third_part_after_a_year_and_minute_numbers_points_of_that_minute(tmp_path):
    _, found = stored_text(tmp_path, "minutes.txt", YEAR_MINUTE_POINTS)
    assert [item.number for item, _, _ in found] == ["2026/41", "2026/42", "2026/42/01", "2026/42/02", "2026/43"]
    assert [a.owners for a in found[3][2]] == [("Clerk",)]


OUTCOME_ROWS_RECEIVED = (
    "KIRKHOLM COMMUNITY COUNCIL\n\n"
    "Minutes of the meeting held on 9th April 2026 by telephone\n\n"
    "ITEM 1 Police Report\n\n\n"
    "Received (i) Police Report for March 2026.\n"
    "Noted (i) That thefts from vans had fallen but speeding complaints had risen.\n"
    "ITEM 2 Report from Ward Councillors\n\n\n"
    "Received (i) Verbal update from JR:\n"
    "Noted (i) The library will open on Saturdays from May.\n"
)


def test_every_outcome_row_counts_and_keeps_its_label_and_a_paper_received_sets_no_task(tmp_path):
    _, found = stored_text(tmp_path, "minutes.txt", OUTCOME_ROWS_RECEIVED)
    assert [clauses for _, clauses, _ in found] == [
        ["Police Report for March 2026.", "That thefts from vans had fallen but speeding complaints had risen."],
        ["Verbal update from JR:", "The library will open on Saturdays from May."],
    ]
    assert [actions for _, _, actions in found] == [[], []]


def test_an_outcome_rows_label_is_kept_as_its_opening_words(tmp_path):
    from cpb_tui.importers.decisions import opening_words

    assert opening_words("Received (ii) The audit letter.") == "Received (ii)"
    assert opening_words("RESOLVED that the report be noted.") is None


AGENDA_WORDED_HEADINGS = (
    "FC May 2026 Minutes\n"
    "Councillors: A Hollis, B Marsh and C Dyer\n"
    "In attendance\n"
    "Dora Finch, Parish Clerk.\n"
    "Apologies for absence with reason given\n"
    "Apologies from Councillor Pell were received and accepted.\n"
    "Requests from members for a dispensation on any items on the agenda\n"
    "There were no requests for a dispensation on any items on the agenda\n"
    "To approve the notes of the Facilities Committee Meeting held on 7th April 2026 as being a true record of the meeting\n"
    "It was proposed, seconded, and resolved to accept the notes as the minutes.\n"
    "To consider applicants for the caretaker post.\n"
    "This agenda item was moved to the end of the agenda in closed session.\n"
)


def test_headings_in_the_agendas_words_are_items_even_long_or_with_a_stop(tmp_path):
    _, found = stored_text(tmp_path, "minutes.txt", AGENDA_WORDED_HEADINGS, committee="Facilities Committee", date=dt.date(2026, 5, 5))
    titles = [item.title for item, _, _ in found]
    assert titles[-2:] == [
        "To approve the notes of the Facilities Committee Meeting held on 7th April 2026 as being a true record of the meeting",
        "To consider applicants for the caretaker post",
    ]
    assert found[-2][1] == ["to accept the notes as the minutes."]


EARLIER_MINUTES_SUBMITTED = (
    "\n\n\n\n12th MAY 2026\n\n"
    "Present - Councillors Mrs. Hale (Mayor), Ashe, Birch, Cole, Dunne and Frost.\n\n\n"
    "A petition about the crossing on Mill Road was received and referred to the Director of Place.\n\n\n"
    "The minutes of the proceedings of the meeting of the Council held on 14th April 2026 were submitted and signed as a correct record.\n"
)


def test_minutes_of_an_earlier_meeting_submitted_and_signed_never_date_this_one():
    from cpb_tui.importers.context import find_context

    found = find_context(EARLIER_MINUTES_SUBMITTED.splitlines())
    assert found.date.value == dt.date(2026, 5, 12)  # the date line at the top, not the earlier meeting's


FIVE_DIGIT_NUMBERS = (
    "ASHCOMBE VALE COUNCIL MINUTES OF MEETING held at The Old School on 16 March 2026\n\n"
    "20046. APOLOGIES FOR ABSENCE: Cllrs Dale, Frome\n\n"
    "20047. DECLARATIONS OF INTEREST: Cllr Pike, item 20061 \u2013 parking on the green.\n\n"
    "20048. REPORT FROM COUNTY COUNCILLOR: None\n\n"
    "20049. MINUTES OF THE MEETING HELD ON 17 February: agreed and signed as a true record.\n"
)


def test_five_digit_minute_numbers_with_a_stop_and_titles_in_capitals_before_a_colon(tmp_path):
    _, found = stored_text(tmp_path, "minutes.txt", FIVE_DIGIT_NUMBERS)
    assert [(item.number, item.title) for item, _, _ in found] == [
        ("20046", "Apologies for Absence"), ("20047", "Declarations of Interest"), ("20048", "Report from County Councillor"),
        ("20049", "Minutes of the Meeting Held on 17 February"),  # (title-cased like its neighbours since the seventeenth step)
    ]


GLUED_REFERENCES = (
    "Approved Minutes for the Steering Group Meeting \u2013 8th October 2026\n\n"
    "Date: 8th October 2026Time: 9:30amVenue: Village Hall\n"
    "Members present: A Cope (Chairman), B Lyle\n"
    "NP/33/26There were no apologies for absence.\n"
    "NP/34/26There were no declarations of interest.\n"
    "NP/35/26Review of the draft plan\n"
    "Comments were sorted by policy.\n"
    "Action: B Lyle to write to the consultant.\n"
    "NP/36/26To consider the referendum timetable\n"
    "Nothing can happen before May.\n"
)

LETTER_GLUED = (
    "At a meeting of the Combined Fire Authority for Ashcombe held at Headquarters on Thursday 12 November 2026 at 10.00 a.m.\n"
    "Present:\nCouncillors A Bell, C Dunn and E Fox.\n"
    "A1Declarations of interest\nThere were no declarations of interest.\n"
    "A2Minutes of the meeting held on 24 September 2026\nThe minutes were confirmed as a correct record and signed by the chair.\n"
    "A3Audit committee \u2013 chairs report\nThe Authority considered the chair's report.\nResolved:\nThat the report be noted.\n"
    "A4Policy committee \u2013 chairs report\nThe Authority considered the chair's report.\n"
)


def test_references_glued_to_their_titles_are_split_from_them(tmp_path):
    _, found = stored_text(tmp_path, "minutes.txt", GLUED_REFERENCES, committee="Steering Group")
    assert [item.number for item, _, _ in found] == ["NP/33/26", "NP/34/26", "NP/35/26", "NP/36/26"]
    assert found[3][0].title == "To consider the referendum timetable"
    assert [a.owners for a in found[2][2]] == [("B Lyle",)]
    _, found = stored_text(tmp_path, "fire.txt", LETTER_GLUED)
    assert [(item.number, item.title) for item, _, _ in found] == [
        ("A1", "Declarations of interest"), ("A2", "Minutes of the meeting held on 24 September 2026"),
        ("A3", "Audit committee \u2013 chairs report"), ("A4", "Policy committee \u2013 chairs report"),
    ]
    assert found[2][1] == ["That the report be noted."]


LETTER_COLON_NUMBERS = (
    "Full Council Meeting Minutes\nWednesday 7 October 2026 7.15pm\nThe Community Centre\n\n"
    "Members Present:\nCllrs Hale, Ivers and Joss\n\n"
    "F01:10/26 Receive apologies and accept valid reasons for absence, these having been sent to the clerk beforehand.\n"
    "Apologies were received and accepted from Cllr Kemp.\n\n"
    "F02:10/26 To approve the minutes from 2 September 2026. Chair to sign and date.\n"
    "The minutes were approved.\n\n"
    "F03:10/26 To agree a date for the Annual Parish Meeting.\n"
    "RESOLVED: Annual Parish Meeting to be held on Wed 19th May. This was proposed by Cllr Ivers.\n\n"
    "F04:10/26 To approve expenditure above specified limits.\n"
    "RESOLVED: Deferred to the\n"
)


def test_letter_serial_colon_month_year_numbers_and_what_sets_no_task(tmp_path):
    _, found = stored_text(tmp_path, "minutes.txt", LETTER_COLON_NUMBERS, committee="Ashcombe Parish Council")
    assert [item.number for item, _, _ in found] == ["F01:10/26", "F02:10/26", "F03:10/26", "F04:10/26"]
    # the minutes signed at the meeting, a meeting's date set, a deferral cut before its date: no tasks
    assert [actions for _, _, actions in found] == [[], [], [], []]


CAPITALS_ALONE = (
    "DRAFT MINUTES - THESE MAY CHANGE BEFORE THEY ARE ADOPTED\n\n\n"
    "A meeting was held on June 2nd 2026 at the Memorial Hall\n\n"
    "MINUTES FROM PREVIOUS MEETING \n\n"
    "The minutes of the last meeting were accepted as correct.   \n\n"
    "DECLARATIONS \n\n"
    "No declarations were made   \n\n"
    "MATTERS ARISING \n\n"
    " 1. The guidelines for members meeting the public were agreed and will go on the website. \n\n"
    " 2. It was decided not to record meetings.\n"
)


def test_headings_in_capitals_alone_between_blank_lines_need_no_stop_around_them(tmp_path):
    _, found = stored_text(tmp_path, "minutes.txt", CAPITALS_ALONE, committee="Ashcombe Community Council")
    assert [item.title for item, _, _ in found][-3:] == ["Minutes from Previous Meeting", "Declarations", "Matters Arising"]


def test_a_body_authorising_itself_and_one_posts_name_are_no_tasks():
    from cpb_tui.actions.extract import extract_from_resolution
    from cpb_tui.actions.narrative import _commitment

    assert extract_from_resolution("Authorise the Council to hold the grant monies and distribute them.", "resolved") == []
    assert [a.owners for a in extract_from_resolution("Authorise the Head of Finance to hold the grant monies.", "resolved")] == [("the Head of Finance",)]
    assert _commitment("The Chair encouraged all Members to book in with the Members IT and Training Officer to complete installation.", None) is None


ISSUE_PAGE_TWICE = (
    "Issue - meetings\n\nPublic Toilets\n\n"
    "Meeting: 09/07/2026 - Cabinet (Item 9)\n\n9 The Future of Public Toilets\n\n"
    "Decision:\n\nRESOLVED THAT\n\n"
    "1.   The proposed strategy for public toilets, set out in paragraph 5, be adopted.\n\n"
    "2.   A consultation be undertaken on option 3, set out in section 4, and officers report back to the working group and cabinet with the outcome.\n\n"
    "Minutes:\n\nThe Cabinet Member introduced the report.\n\nRESOLVED THAT\n\n"
    "1.   The proposed strategy for public toilets, set out in paragraph 5, be adopted.\n\n"
    "2.   A consultation be undertaken on option 3, set out in section 4, and officers report back to the working group and ca"
)


def test_a_decision_printed_again_and_cut_by_the_page_is_one_decision(tmp_path):
    _, found = stored_text(tmp_path, "issue.txt", ISSUE_PAGE_TWICE)
    clauses = [clause for _, clauses, _ in found for clause in clauses]
    assert len(clauses) == 2
    assert clauses[1].endswith("with the outcome.")


def test_a_heading_inside_a_page_flattened_into_one_paragraph_names_the_meeting():
    from cpb_tui.importers.context import find_context

    pages = [
        ("1 (These minutes are published subject to approval by the Parish Council and to any changes that will be recorded at "
         "the meeting where they are approved) Ashby Wold Parish Council Minutes of a Meeting of Ashby Wold Parish Council held at "
         "7.00pm on Monday 2 March 2026 at the Council Chamber, Main Street Cou/301/25-26 Present Members: Cllr A Bell (Chairman)",
         "Ashby Wold Parish Council", dt.date(2026, 3, 2)),
        ("WARNING - By their nature, text files cannot hold scanned images and tables. Turning a document into text alone can change "
         "its layout, and what it says can sometimes be misread as a result. Wherever you can, you should read the pdf of this "
         "document. ASHCOMBE HILLS NATIONAL PARK AUTHORITY MINUTES OF THE BOARD MEETING held at the Village Hall, Fenby on 10 "
         "September 2026 at 10.30am PRESENT: Ann Reid",
         "Ashcombe Hills National Park Authority", dt.date(2026, 9, 10)),
        ("Tilsby and Wrenn Parish Council www.tilsbywrenn.org/ Minutes of the Parish Council Meeting held on Tuesday 3rd February "
         "2026 In the Village Hall at 7.30pm. PRESENT Cllr J Kemp (Chairman), Cllr W Davies.",
         "Tilsby and Wrenn Parish Council", dt.date(2026, 2, 3)),
    ]
    for page, committee, date in pages:
        found = find_context([page])
        assert (found.committee.value, found.date.value) == (committee, date)


YEAR_MINUTES_WITH_A_STOP = (
    "Minutes of a meeting of the Allotments Committee held 19:20hrs Tuesday, 08 September 2026 in the Hall.\n\n"
    "Present:  Cllr A Booth, Cllr B Brewer\n\n"
    "26.14. The meeting was held after the tenants meeting and was moved to the small hall.\n\n"
    "26.15. There were no apologies.\n\n"
    "26.16. It was resolved to approve the minutes from the meeting 23 June 2026.\n\n"
    "26.17. Matters arising from the previous meeting\n\n"
    "i. The clerk reported a delay in the delivery of stone for the potholes.\n"
)


def test_year_and_minute_numbers_under_a_heading_of_that_year_are_items_whatever_follows(tmp_path):
    _, found = stored_text(tmp_path, "minutes.txt", YEAR_MINUTES_WITH_A_STOP)
    assert [item.number for item, _, _ in found] == ["26.14", "26.15", "26.16", "26.17"]
    assert found[2][1] == ["to approve the minutes from the meeting 23 June 2026."]


DASHED_HEADINGS_AND_LATER_TALK = (
    "Present: Ann Hale (Chair), Bill Ives, Cara Joss.\n"
    "Apologies: Dan Kemp\n"
    "- Notice Board\n"
    "An estimate of \u00a360 has been received for repairs to the notice board. It was agreed to accept it.\n"
    "- Pot Holes\n"
    "Some work has been done by the highways team. It was agreed that Bill Ives would contact the highways team about the verges.\n"
    "- Speed Watch\n"
    "Devices were favoured over volunteers. Clerk will price the devices. Further discussion to take place at the Annual Parish "
    "Meeting in May before a final decision is made.\n"
)


def test_dashed_headings_are_items_and_talk_put_to_a_named_meeting_is_a_task(tmp_path):
    _, found = stored_text(tmp_path, "minutes.txt", DASHED_HEADINGS_AND_LATER_TALK, committee="Ashby Parish Meeting", date=dt.date(2026, 3, 2))
    tasks = {item.title: [(a.text, a.due_date) for a in actions] for item, _, actions in found}
    assert list(tasks)[-3:] == ["Notice Board", "Pot Holes", "Speed Watch"]
    assert tasks["Speed Watch"] == [("Clerk to price the devices", None), ("Discuss further at the Annual Parish Meeting in May", dt.date(2026, 5, 31))]


def test_talk_without_a_meeting_named_or_on_a_condition_is_no_task():
    from cpb_tui.actions.narrative import _commitment

    assert _commitment("Speeding was discussed at length.", None) is None
    assert _commitment("It could be discussed at the next meeting.", None) is None
    assert _commitment("This will be discussed further once the quotes arrive.", None) is None


ACTION_LINES_WITH_STATES = (
    "Ashcombe Community Council Meeting Minutes Wednesday 3rd June 2026\n\n"
    "Present: Cllr. A Carr, Cllr. B Dale\n\n"
    "Resignation received from Cllr. C Eddy on 20th May 2026, by email to the clerk and chair.\n\n"
    "ACTION: Clerk Notify the county of the vacancy, the bank and the website host. Ongoing\n\n"
    "1. Apologies for absence: Cllr. D Ford\n\n"
    "2. Declarations of interest from members:\n\n"
    "Cllr. Dale declared an interest in planning matters.\n\n"
    "ACTION: Clerk Update register on website Done 04/06\n"
)


def test_an_action_line_naming_its_owner_then_the_task_is_open_until_marked_done(tmp_path):
    meeting, found = stored_text(tmp_path, "minutes.txt", ACTION_LINES_WITH_STATES)
    # "X Council Meeting Minutes Wednesday 3rd June 2026": the title names the body and the day
    assert (meeting.committee, meeting.date) == ("Ashcombe Community Council", dt.date(2026, 6, 3))
    tasks = [(a.owners, a.text) for _, _, actions in found for a in actions]
    # the record before item 1 is kept, first, with its open task; the line marked done is no task
    assert [item.number for item, _, _ in found] == [None, "1", "2"]
    assert found[0][0].title == "Opening of the meeting"  # the resignation is its record, not its title
    assert "Resignation received from Cllr. C Eddy" in found[0][0].minutes
    assert tasks == [(("Clerk",), "Clerk to notify the county of the vacancy, the bank and the website host")]


LAYOUT_TABLE_CELLS = (
    "ASHFORD PARISH COUNCIL |\nMINUTES OF THE MEETING HELD ON\n30TH JUNE 2026 AT THE VILLAGE HALL AT 7.30PM. |\n"
    "Present: | Cllrs. Ames, Bird & Coe |\n"
    "762. | DEMOCRATIC TIME. | |||||||||||||||||||||||||||||||||||||||||\n"
    "A parishioner reported that the verges at Mill Road had still not been cut. The Clerk to report it again. | |||||||||||||||||||\n"
)


def test_a_layout_tables_empty_cells_never_reach_titles_or_tasks(tmp_path):
    _, found = stored_text(tmp_path, "minutes.txt", LAYOUT_TABLE_CELLS)
    assert [(item.number, item.title) for item, _, _ in found] == [("762", "Democratic Time.")]
    assert [a.text for a in found[0][2]] == ["The Clerk to report it again"]


PLANNING_OUTCOMES = (
    "Minutes of the Ashby Parish Council meeting held on Monday 6 July 2026 in the Village Hall\n"
    "1 To approve the minutes of the last meeting held on Monday, 1 June 2026.\n"
    "Cllr Ames proposed that the Minutes were an accurate record; Cllr Bird seconded, all agreed and the Minutes were signed.\n"
    "2 Planning Applications to Consider\n"
    "a. PL/2026/0411 \u2013 Mill Farm \u2013 Storage barn.\n"
    "Resolved: Noted.\n"
    "b. PL/2026/0415 \u2013 The Forge \u2013 Rear extension.\n"
    "Resolved: Noted.\n"
    "Applications determined:\n"
    "a. PL/2026/0388 \u2013 Church Lane \u2013 Footpath to the school: Approved with conditions. \u2013 Noted.\n"
    "3 Highways\n"
    "a. Temporary Closure of the B4042 between 19:00 and 23:59, 8 August \u2013 30 November 2026. \u2013 Noted.\n"
    "b. Item arising for the clerk: the pothole on Hook Street.\n"
)


def test_an_outcome_after_a_dash_at_the_lines_end_and_a_one_word_decision_are_clauses(tmp_path):
    _, found = stored_text(tmp_path, "minutes.txt", PLANNING_OUTCOMES)
    clauses = {item.number: clauses for item, clauses, _ in found}
    assert clauses["1"] == ["Cllr Ames proposed that the Minutes were an accurate record; Cllr Bird seconded, all agreed and the Minutes were signed."]
    # "Resolved: Noted." is the whole decision: the determined application under it is the record, with its own outcome
    assert clauses["2a"] == ["Noted."]
    assert clauses["2b"] == ["Noted.", "Noted."]
    assert clauses["3a"] == ["Noted."]


def test_an_action_logs_coded_rows_give_their_open_tasks():
    from cpb_tui.actions.narrative import extract_from_minutes

    minutes = (
        "The open actions were reviewed.\n"
        "30/06/26-01-Secretary to send the survey feedback to the evidence database.Open.\n"
        "08/09/26-05-Vice Chair to send the updated plan to the county. Completed & Closed.\n"
        "17/11/26-02- Secretary to email the volunteers on the list.\n"
    )
    assert [(a.owners, a.text) for a in extract_from_minutes(minutes)] == [
        (("Secretary",), "Secretary to send the survey feedback to the evidence database"),
        (("Secretary",), "Secretary to email the volunteers on the list"),
    ]


def test_a_flattened_page_breaks_before_references_with_a_councils_year_span(tmp_path):
    page = (
        "Ashby Wold Parish Council Minutes of a Meeting of Ashby Wold Parish Council held at 7.00pm on Monday 2 March 2026 at "
        "the Council Chamber Cou/301/25-26 Present Members: Cllr A Bell (Chairman), Cllr C Dunn and Cllr E Fox. Cou/302/25-26 "
        "Apologies for Absence Apologies for absence were received from Cllr G Hart. In the absence of the Vice Chairman the "
        "Council RESOLVED to elect Councillor Dunn as Vice Chairman for the meeting. Cou/303/25-26 Declarations of Interest "
        "There were none. Cou/304/25-26 Public Participation There were two residents present, who spoke about the footpath to "
        "the school and the lack of lighting on the green, and were thanked by the Chairman for raising both with the Council.\n"
    )
    assert len(page) > 500  # a page flattened onto one long line
    _, found = stored_text(tmp_path, "minutes.txt", page)
    assert [item.number for item, _, _ in found] == ["Cou/301/25-26", "Cou/302/25-26", "Cou/303/25-26", "Cou/304/25-26"]


GLUED_CAPITALS_AND_ONE_PERSON = (
    "ASHCOMBE COUNCIL\n\nMinutes of the meeting held on 6th October 2026 at 10 a.m.\n\n"
    "1. Provost.\n\nThe Provost\n\n(1) welcomed everyone to the meeting;\n\n(2) intimated that no apologies had been received; and\n\n"
    "(3) outlined that the motion on the agenda would be taken after the minutes.\n\n"
    "2. APOLOGIESApologies were received from Councillor Ann Reid.\n\n"
    "3. MINUTE APPROVAL.The draft minute of the September meeting was approved.\n\n"
    "4. Minutes of previous meetings.\n\n"
    "The Minutes of the Council of 30th June 2026 (issued) were submitted and authorised to be signed as a correct record.\n"
)


def test_titles_in_capitals_glued_to_their_text_and_what_one_person_did_is_no_decision(tmp_path):
    _, found = stored_text(tmp_path, "minutes.txt", GLUED_CAPITALS_AND_ONE_PERSON)
    assert [(item.number, item.title) for item, _, _ in found] == [
        ("1", "Provost."), ("2", "Apologies"), ("3", "Minute Approval"), ("4", "Minutes of previous meetings."),
    ]
    clauses = [clauses for _, clauses, _ in found]
    assert clauses[0] == []  # what the Provost did
    assert clauses[3] == ["The Minutes of the Council of 30th June 2026 (issued) were submitted and authorised to be signed as a correct record."]


def test_things_counted_inside_one_delegation_are_one_clause_and_the_officer_is_its_owner(tmp_path):
    page = (
        "Issue - meetings\n\nContracts for supplies\n\nMeeting: 25/04/2026 - Cabinet (Item 121)\n\n"
        "Minutes:\n\nThe Cabinet Member moved the recommendation, which was seconded and\n\n"
        "RESOLVED THAT:\n\nAuthority to award the contracts for (1) workwear and safety footwear, (2) cleaning goods, (3) water and "
        "(4) agency staff be delegated to the Interim Director of Resources in consultation with the Portfolio Holder.\n"
    )
    _, found = stored_text(tmp_path, "issue.txt", page)
    (item, clauses, actions), = found
    assert len(clauses) == 1
    assert [a.owners for a in actions] == [("the Interim Director of Resources",)]


def test_officers_beginning_work_is_a_task():
    from cpb_tui.actions.extract import extract_from_resolution

    found = extract_from_resolution("Officers begin developing a programme of works for the play areas identified.", "resolved")
    assert [(a.owners, a.text) for a in found] == [(("officers",), "Officers to begin developing a programme of works for the play areas identified")]


ROWS_AND_A_LOST_WORD = (
    "Agenda and minutes\n\nNo. | Item |\n"
    "Apologies for Absence Minutes: None.\n"
    "Minutes of Previous Meeting Minutes: The Minutes of the meeting held on 3 March 2026 were approved as a correct record.\n"
    "Exclusion of Public and Press RESOLVED: That the public and press be excluded from the meeting for the next item.\n"
    "Appeal Update Minutes: RESOLVED: That the appeal be defended.\n"
)


def test_a_row_whose_decision_follows_its_title_without_a_minutes_label_is_an_item(tmp_path):
    _, found = stored_text(tmp_path, "rows.txt", ROWS_AND_A_LOST_WORD, committee="Planning Committee", date=dt.date(2026, 4, 7))
    assert [item.title for item, _, _ in found] == ["Apologies for Absence", "Minutes of Previous Meeting", "Exclusion of Public and Press", "Appeal Update"]
    assert found[2][1] == ["That the public and press be excluded from the meeting for the next item."]


def test_a_lead_in_ending_it_was_opens_the_decision_below_it():
    from cpb_tui.importers.decisions import split_decisions

    _, blocks = split_decisions(["By affirmation of the meeting, it was", "", "", "The minutes of the meeting held on 4 May 2026 be taken as read and signed."])
    assert blocks == [["The minutes of the meeting held on 4 May 2026 be taken as read and signed."]]


def test_more_ways_of_naming_when_a_task_is_due():
    from cpb_tui.actions.due import parse_due

    found = {text: parse_due(text) for text in (
        "to the October Area Committee meeting", "for the October CC meeting (18th)", "at September meeting",
        "for the week of the 17th of October 2026", "in early April", "in late May", "in mid-June 2026",
    )}
    assert {text: (spec.kind, spec.month) for text, spec in found.items()} == {
        "to the October Area Committee meeting": ("meeting_month", 10), "for the October CC meeting (18th)": ("meeting_month", 10),
        "at September meeting": ("meeting_month", 9), "for the week of the 17th of October 2026": ("day_month", 10),
        "in early April": ("month_only", 4), "in late May": ("month_only", 5), "in mid-June 2026": ("by_date", 6),
    }
    assert parse_due("in may be") is None  # the verb, not the month


QUESTIONS_ANSWERED_AND_FIRST_NAMES = (
    "Steering Group Meeting Notes \u2013 Village Hall \u2013 22nd March 2026\n\n"
    "1 Minutes of the last meeting\n\nThese were approved.\n\n"
    "2 Public Questions\n\n"
    "The Chairman asked for an update about the defibrillator. Mr. D. Childs, who sits on the safety group, confirmed that the "
    "shop would host it on an outside wall.\n\n"
    "3 Questionnaires\n\n"
    "Ken will try to get the bulk of the questionnaires to the data firm in early April. Returns needing to be made before "
    "the next grant is released.\n"
)


def test_a_question_answered_at_the_meeting_is_no_task_and_a_first_name_is_a_doer(tmp_path):
    _, found = stored_text(tmp_path, "notes.txt", QUESTIONS_ANSWERED_AND_FIRST_NAMES, committee="Steering Group")
    tasks = {item.title: [(a.owners, a.text, a.due_date) for a in actions] for item, _, actions in found}
    assert found[0][1] == ["These were approved."]  # the minutes, under their heading
    assert tasks["Public Questions"] == []
    assert tasks["Questionnaires"] == [(("Ken",), "Ken to get the bulk of the questionnaires to the data firm in early April", dt.date(2026, 4, 30))]


BILINGUAL_FLATTENED = (
    "Cyngor Cymuned Llanfair Fach Community Council Cofnodion o gyfarfod y Cyngor Llawn a gynhaliwyd nos Lun 13/4/2026 "
    "Minutes of the Full Council meeting held on Monday evening 13/4/2026 Presennol / Present: Dafydd Owen (Cadeirydd/Chair), "
    "Rhian Hughes, Brian Pugh Yn Bresennol / In Attendance: Carys Evans (Clerc/Clerk) Ymddiheuriadau / Apologies: Elen Price "
    "1 Croeso / Welcome Cadeiriwyd y cyfarfod gan Dafydd Owen ac fe groesawyd pawb. Nodwyd bod aelod o Bwyllgor yr Harbwr "
    "wedi marw. The meeting was chaired by Dafydd Owen and all present were welcomed. It was noted that a member of the "
    "Harbour Committee had died. Agreed to write to the family to express members' sympathy. "
    "2 Datgan Diddordeb / Declaration of Interest Rhian Hughes \u2013 the chapel roof. There is no update as yet from the "
    "Monitoring Officer.\n"
)


def test_a_bilingual_page_run_onto_one_line_breaks_before_each_numbered_title_in_both_languages(tmp_path):
    assert len(BILINGUAL_FLATTENED) > 500
    _, found = stored_text(tmp_path, "cofnodion.txt", BILINGUAL_FLATTENED)
    assert [(item.number, item.title) for item, _, _ in found] == [
        ("1", "Croeso / Welcome"), ("2", "Datgan Diddordeb / Declaration of Interest"),
    ]
    assert [a.text for a in found[0][2]] == ["Write to the family to express members' sympathy"]


SCOTTISH_SHORTHAND = (
    "Present: A Reid, B Gow\n\n"
    "1. Apologies Apologies were received from C Hay.\n\n"
    "2. Minutes of the meeting of 24th February, 2026. Proposed as an accurate record by A Reid, seconded by B Gow.\n\n"
    "3. Matters Arising a]. Fence at the school. No progress. b]. Potholes \u2013 one resident asked about them. Sec will contact "
    "the Estate about tarmac for the potholes. c]. Seats at Play Park \u2013 no change.\n\n"
    "4. Police Report a]. The sergeant was welcomed back.\n"
)


def test_points_lettered_with_a_square_bracket_and_a_secretary_called_sec(tmp_path):
    _, found = stored_text(tmp_path, "minutes.txt", SCOTTISH_SHORTHAND, committee="Ashcombe Community Council", date=dt.date(2026, 3, 24))
    assert [item.title for item, _, _ in found] == ["Apologies", "Minutes of the meeting of 24th February, 2026", "Matters Arising", "Police Report"]
    assert [(a.owners, a.text) for a in found[2][2]] == [(("Sec",), "Sec to contact the Estate about tarmac for the potholes")]


GLUED_SLASH_NUMBERS = (
    "MINUTES OF A MEETING OF THE PLANNING COMMITTEE OF ASHCOMBE TOWN COUNCIL, HELD AT 6:30PM ON TUESDAY 16 JUNE 2026\n\n"
    "510/26Welcome and Apologies for Absence:\n\nApologies were received from Cllr Dale.\n\n"
    "511/26Declarations of Interest :\n\nNone.\n\n"
    "512/26 Street Naming:\n\nResolved to write to the County Borough to confirm the council's choice.\n\n"
    "513/26 Planning: a) The Clerk submitted the applications received. b) Resolved to receive a copy of the decisions issued.\n"
)


def test_slash_numbers_glued_or_spaced_run_in_one_chain_and_a_title_before_lettered_points(tmp_path):
    _, found = stored_text(tmp_path, "minutes.txt", GLUED_SLASH_NUMBERS)
    assert [(item.number, item.title) for item, _, _ in found] == [
        ("510/26", "Welcome and Apologies for Absence"), ("511/26", "Declarations of Interest"), ("512/26", "Street Naming"), ("513/26", "Planning"),
    ]


GLUED_AND_SPACED_NUMBERS = (
    "FENWICK INTERNAL DRAINAGE BOARD\n\nMINUTES\n\nof the proceedings of the Board at a Meeting held at the Board's Offices\n\n"
    "on Wednesday, 14th September 2026\n\n"
    "1APOLOGIES\n\nApologies for non-attendance were received from Mrs A Dale.\n\n"
    "2CHAIRMAN\u2019S ANNOUNCEMENTS\n\n2.1 Open Day at the Pumping Station\n\nSixty visitors had attended.\n\n"
    "2.2Sea Banks Project Discussion\n\nThe Chairman reported on the meeting in London.\n\n"
    "3 DECLARATION OF INTEREST ON ANY GENERAL ITEM\n\nNone.\n\n"
    "4MINUTES\n\n4.1 Board Meeting \u2013 Thursday 16 June 2026\n\nThe minutes were confirmed.\n"
)


def test_numbers_glued_to_titles_in_capitals_run_with_spaced_ones_and_glued_points(tmp_path):
    meeting, found = stored_text(tmp_path, "minutes.txt", GLUED_AND_SPACED_NUMBERS)
    assert meeting.date == dt.date(2026, 9, 14)  # never the earlier meeting a point names ("4.1 Board Meeting – Thursday 16 June")
    assert [(item.number, item.title) for item, _, _ in found] == [
        ("1", "Apologies"), ("2", "Chairman\u2019s Announcements"), ("2.1", "Open Day at the Pumping Station"),
        ("2.2", "Sea Banks Project Discussion"), ("3", "Declaration of Interest on Any General Item"), ("4", "Minutes"),
        ("4.1", "Board Meeting \u2013 Thursday 16 June 2026"),
    ]


def test_a_flattened_boards_letter_and_stop_references_and_four_figures_glued_to_capitals(tmp_path):
    page = (
        "MARSH END INTERNAL DRAINAGE BOARD At a Meeting of the Marsh End Internal Drainage Board held at the Board Offices on "
        "Thursday the 4th June 2026 PRESENT C Martin Esq (Chairman) R Gladwin Esq J Heading Esq Miss Ann Blake (representing the "
        "Clerk to the Board) was in attendance. Apologies for absence Apologies for absence were received from A Coulson Esq. "
        "B.1260 Declarations of Interest Miss Blake reminded Members to declare any interest in today's business. B.1261 "
        "Confirmation of Minutes RESOLVED That the Minutes of the Meeting of the Board held on the 5th June 2025 are recorded "
        "correctly and that they be confirmed and signed. B.1262 Board Membership Miss Blake reported that the district council "
        "had appointed two councillors to the Board.\n"
    )
    _, found = stored_text(tmp_path, "minutes.txt", page)
    assert [(item.number, item.title) for item, _, _ in found if item.number] == [
        ("B.1260", "Declarations of Interest"), ("B.1261", "Confirmation of Minutes"), ("B.1262", "Board Membership"),
    ]
    page = (
        "Ashcombe Fire Authority 25 May 2026\n"
        "Apologies for absence were received from Councillors Shipley and Swift.\n"
        "3847NEW MEMBERS \u2013 The Secretary welcomed the following new Members: Councillors Baxter and Hodge.\n"
        "3848DECLARATIONS OF INTEREST \u2013 None.\n"
        "3849ELECTION OF CHAIRPERSON \u2013 Resolved - That Councillor Briggs be elected Chairperson of the Authority.\n"
    )
    _, found = stored_text(tmp_path, "fire.txt", page)
    assert [(item.number, item.title) for item, _, _ in found if item.number] == [
        ("3847", "New Members"), ("3848", "Declarations of Interest"), ("3849", "Election of Chairperson"),
    ]


def test_codes_that_keep_the_year_in_the_middle_or_a_four_figure_serial_run_by_the_serial(tmp_path):
    page = (
        "Governing Body Meeting in Public\nHeld on 3rd March 2026 via Microsoft Teams\n\n"
        "GBP/2526/255: Welcome, Apologies & Quoracy\n\nThe Chair welcomed members. The meeting was quorate.\n\n"
        "GBP/2526/256: Questions received from members of the public\n\nNo questions had been received.\n"
    )
    _, found = stored_text(tmp_path, "gb.txt", page, committee="Governing Body")
    assert [(item.number, item.title) for item, _, _ in found] == [
        ("GBP/2526/255", "Welcome, Apologies & Quoracy"), ("GBP/2526/256", "Questions received from members of the public"),
    ]
    page = (
        "MINUTES of the Court of Verderers held on Wednesday 18th February 2026 at 9.30 a.m. in the Hall.\n\n"
        "2026/4121 MINUTES OF THE LAST MEETING\n\nThe Minutes of the Court held on Wednesday, 21st January 2026 were approved.\n\n"
        "2026/4122 CONDITION OF STOCK\n\nThe Head Agister reported on the ponies.\n"
    )
    _, found = stored_text(tmp_path, "court.txt", page)
    assert [item.number for item, _, _ in found] == ["2026/4121", "2026/4122"]
    assert found[0][1] == ["The Minutes of the Court held on Wednesday, 21st January 2026 were approved."]


YEAR_MONTH_MINUTE_AND_POINTS = (
    "ASHCOMBE COMMUNITY COUNCIL\n\nMINUTES OF THE MEETING HELD IN THE HALL ON THURSDAY 29TH JANUARY 2026\n\n"
    "2026/01/01 APOLOGIES\n\nApologies were intimated from Mrs A Dale.\n\n"
    "2026/01/02 MINUTES OF THE LAST MEETING\n\nMembers confirmed 27th November 2025 minutes as a true record.\n\n"
    "2026/01/03 MATTERS ARISING\n\n"
    "8.1 School Transport \u2013 The Chairman will now seek a meeting with the bus operator and report back at the next meeting.\n\n"
    "8.2 Sparl Road \u2013 Nothing further to report.\n"
)


def test_year_month_and_minute_numbers_keep_their_run_beside_points_and_dated_minutes_confirmed(tmp_path):
    _, found = stored_text(tmp_path, "minutes.txt", YEAR_MONTH_MINUTE_AND_POINTS)
    numbers = [item.number for item, _, _ in found]
    assert {"2026/01/01", "2026/01/02", "2026/01/03", "8.1", "8.2"} == set(numbers)
    by_number = {item.number: (clauses, actions) for item, clauses, actions in found}
    assert by_number["2026/01/02"][0] == ["Members confirmed 27th November 2025 minutes as a true record."]
    assert [a.text for a in by_number["8.1"][1]] == ["The Chairman to seek a meeting with the bus operator and report back at the next meeting"]


def test_what_this_steps_readings_leave_alone():
    """Ordinary text the sixteenth step's readings must not take for something else (from the review)."""
    from cpb_tui.actions.later import discussed_later
    from cpb_tui.actions.narrative import _commitment, extract_from_minutes
    from cpb_tui.importers.context import find_context
    from cpb_tui.importers.clause_lists import split_inline as _split_inline
    from cpb_tui.importers.decisions import opener, split_decisions
    from cpb_tui.importers.titles import _title_and_rest

    # a hard-wrapped line ending "and it was" opens no decision; another body's approval is no decision
    assert split_decisions(["Cllr Marsh asked who had hired the hall and it was", "Mrs Hill, who had paid the deposit.", "", "The Clerk will refund her."])[1] == []
    assert opener("They were approved by the district council in May despite the parish objection.") is None
    # clauses of their own, each led by "to" or "that", stay three clauses (and the letter is still a task)
    assert len(_split_inline(["RESOLVED (a) to note the report, (b) to write to the county about the verges, and (c) that the budget be increased."])) == 4
    # "Draft Parish Council Meeting Minutes ..." names no parish: cpb asks
    assert find_context(["Draft Parish Council Meeting Minutes Monday 3rd March 2025", "", "1. Apologies"]).committee is None
    # short outcomes after a dash still leave the title
    assert _title_and_rest("Minutes of last meeting - approved unanimously") == ("Minutes of last meeting", "Approved unanimously")
    assert _title_and_rest("Police / PCSO Report The Clerk read the report from the police.")[1] is None
    # tasks that stay tasks
    assert [a.owners for a in extract_from_minutes("A letter had been received from Mrs Joan Pryor and the Clerk to reply thanking her.")] == [("the Clerk",)]
    assert [a.text for a in extract_from_minutes(
        "Cllr Shaw asked for an update on the footpath and the Clerk will write to the county again. Mr Lowe said the stile was broken."
    )] == ["The Clerk to write to the county again"]
    assert [a.text for a in extract_from_minutes("The grant claim form is ready. Clerk to sign and date.")] == ["Clerk to sign and date"]
    assert [a.text for a in extract_from_minutes("30/06/26-02-Clerk to order the bench. Complete by end of May. Open.")] == ["Clerk to order the bench"]
    # and things that are none
    assert _commitment("The new bus service will start in April.", None) is None
    assert discussed_later("The matter was to be discussed at the May meeting but was withdrawn.") is None
    assert extract_from_minutes("ACTION: To Book The Hall For The Annual Meeting") == []
    assert extract_from_minutes("ACTION: Clerk Update register on website done") == []


def test_long_runs_of_spaces_and_many_clauses_stay_quick(tmp_path):
    # (not a timing test: each took tens of seconds when a pattern backtracked, which would show in the suite's run;
    # bench/hostile_input.py times such inputs)
    from cpb_tui.importers.decisions import opener, resolutions_from

    # (the minutes moved and seconded are read as their approval since the twentieth step: what matters here is the answer coming)
    found = opener("Cllr A proposed the minutes and Cllr B seconded" + " " * 16000 + "x")
    assert found is None or found[0] == "noted"
    assert len(resolutions_from([[f"That the thing numbered {n} at the long named place be approved with conditions"] for n in range(3000)])) == 3000
    _, found = stored_text(tmp_path, "spaces.txt", "".join(f"{n}. Item number {n}" + " " * 250 + "b\n" for n in range(1, 41)), committee="Spaces Committee", date=dt.date(2026, 1, 1))
    assert len(found) >= 1
