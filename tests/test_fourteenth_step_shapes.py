"""Shapes read in the fourteenth step. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

import datetime as dt

from tests.stored import stored_text

DELEGATIONS_PAGE = (
    "Agenda, decisions and minutes\n\n"
    "Venue: Council Chamber, Shire Hall, Aldwick\n\n"
    "Items\nNo. Item\n\n"
    "41/26\n\nTo receive declarations of interest (if any)\n\nMinutes:\n\nNone received.\n\n"
    "42/26\n\nAcceptance of the Rural Bus Grant 2026-27 pdf icon PDF 90 KB\n\n"
    "Decision:\n\nRESOLVED to:\n\n"
    "1)    Approve the acceptance of the grant offered by the Department for Transport;\n\n"
    "2)    Delegate any decision on the routes the grant pays for to the Director of Place, in consultation with the "
    "Cabinet Member for Transport; and\n\n"
    "3)    Delegate to the Council\u2019s Section 151 Officer that the grant conditions are accepted and met.\n\n"
    "43/26\n\nThe timing of the next meeting\n\nDecision:\n\nRESOLVED to:\n\n"
    "1)    Delegate the timing of the next meeting to the Chief Executive.\n"
)


def test_delegating_a_matter_or_a_duty_to_a_named_officer_is_that_officers_task(tmp_path):
    _, found = stored_text(tmp_path, "page.txt", DELEGATIONS_PAGE, committee="Cabinet", date=dt.date(2026, 7, 1))
    tasks = {item.number: [(a.owners, a.text[:40]) for a in acts] for item, _, acts in found}
    assert tasks["42/26"] == [
        (("the Director of Place",), "Delegate any decision on the routes the "),
        (("the Council's Section 151 Officer",), "Delegate to the Council's Section 151 Of"),
    ]
    # choosing the next meeting's date is done for the meeting, not a task to follow
    assert tasks["43/26"] == []


NARRATIVE_MINUTES = (
    "Aldwick District Council\nFull Council\nMinutes of the meeting held on 3 March 2026\n\n"
    "1. Announcements\n\n"
    "The Leader said that the Council would also help the market stallholders where it could and a report on the "
    "market's future would be brought to the June meeting of the Executive.\n\n"
    "2. Play areas\n\n"
    "The Head of Leisure would write to the parish councils and the play area survey would be circulated to Members.\n"
)


def test_a_sentence_reporting_two_things_to_be_done_gives_both_and_a_hope_gives_none(tmp_path):
    _, found = stored_text(tmp_path, "minutes.txt", NARRATIVE_MINUTES)
    tasks = {item.number: [a.text for a in acts] for item, _, acts in found}
    # helping "where it could" is a hope; the report still to come is a task, due at the June meeting
    assert tasks["1"] == ["Bring a report on the market's future to the June meeting of the Executive"]
    assert found[0][2][0].due_date == dt.date(2026, 6, 30)
    assert tasks["2"] == [
        "The Head of Leisure to write to the parish councils",
        "Circulate the play area survey to Members",
    ]


PUBLISHED_DECISION_WITH_ACTIONS = (
    "Use the search options below to find recent decisions.\n\n"
    "Decisions published\n\n"
    "14/05/2026 - Consider the Network's annual report ref: 2210    Recommendations Approved (subject to call-in)\n\n"
    "Decision Maker: Local Community Network - Upper Fenn\n\n"
    "Made at meeting: 14/05/2026 - Local Community Network - Upper Fenn\n\n"
    "Decision published: 20/05/2026\n\n"
    "Effective from: 14/05/2026\n\n\n"
    "The annual report was presented and welcomed by the Network.\n\n"
    "Members discussed the year ahead. Sam said that help for the transport group would be provided by the new link officer.\n\n"
    "Action 1:  Newsletter: Send the spring newsletter to every parish clerk. (Network Team)\n\n"
    "Action 2:  Transport: Arrange the next meeting of the transport group. (Network Team)\n"
)


def test_a_published_decision_keeps_its_record_and_numbered_action_lines(tmp_path):
    meeting, found = stored_text(tmp_path, "decisions.txt", PUBLISHED_DECISION_WITH_ACTIONS)
    assert meeting.committee == "Local Community Network - Upper Fenn"
    (item, clauses, actions), = found
    # the "Made at meeting:" field is the page's, never the decision
    assert clauses == ["The annual report was presented and welcomed by the Network."]
    assert [a.text for a in actions] == [
        "Newsletter: Send the spring newsletter to every parish clerk",
        "Transport: Arrange the next meeting of the transport group",
    ]


SPACED_AGENDA = (
    "Council Business\n\n"
    "A G E N D A \u2013 Tuesday 17th March 2026\n\n"
    "141-25/26 To receive apologies for absence\n"
    "To consider apologies and confirm their acceptance.\n\n"
    "142-25/26 Declarations of Interest\n\n"
    "143-25/26 Minutes of Committee Meetings\n"
    "To receive the minutes of the Planning Committee meetings held on 4th February 2026 and 4th March 2026.\n\n"
    "144-25/26 To agree the siting of the new village noticeboard\n"
)


def test_an_agenda_with_its_heading_letter_spaced_and_minutes_numbered_with_the_councils_year(tmp_path):
    meeting, found = stored_text(tmp_path, "agenda.txt", SPACED_AGENDA, committee="Fenwick Community Council")
    # the date is the agenda's own, never an earlier meeting's named in an item
    assert meeting.date == dt.date(2026, 3, 17)
    assert [(item.number, item.title) for item, _, _ in found] == [
        ("141-25/26", "To receive apologies for absence"),
        ("142-25/26", "Declarations of Interest"),
        ("143-25/26", "Minutes of Committee Meetings"),
        ("144-25/26", "To agree the siting of the new village noticeboard"),
    ]


PARISH_NOTES = (
    "Minutes 12.3.26\n\n"
    "NOTES  of the Ashby Fold Parish Council meeting held on Thursday 12th March 2026 at 7.30 pm in the Village Hall.\n"
    "Present: Cllr Ann Dale (in the Chair), Cllrs R Moss and T Hale.\n"
    "40/26.  Apologies had been received from Cllr P Kerr.\n"
    "41/26. The Minutes of the meeting held on 8th January 2026 had been read and it was agreed that the Chair should sign them.\n"
    "42/26. Financial matters -  \n"
    "Resolved to sign bank reconciliations at 31.1.26 and 28.2.26.  The balance is \u00a34,210.\n"
    "Members considered a request to raise the grant to the village show.  It was agreed to defer any increase at this time.\n"
    "43/26.  Cllr Moss had been offered a first aid course by the county.  Agreed that he will organise a date for members.\n"
    "44/26.  Discussion took place on the dates of next year\u2019s meetings.\n"
    "45/26.  Advised that two street lights on Mill Lane are out. Clerk to report them to the county council.\n"
    "46/26. Next meeting \u2013 14th May 2026.\n"
)


def test_parish_notes_whose_minutes_are_sentences_keep_every_number_and_set_only_real_tasks(tmp_path):
    meeting, found = stored_text(tmp_path, "notes.txt", PARISH_NOTES)
    assert meeting.committee == "Ashby Fold Parish Council" and meeting.date == dt.date(2026, 3, 12)
    # 43/26 to 45/26 are sentences between "42/26 Financial matters" and "46/26 Next meeting"
    assert [item.number for item, _, _ in found] == ["40/26", "41/26", "42/26", "43/26", "44/26", "45/26", "46/26"]
    tasks = {item.number: [a.text for a in acts] for item, _, acts in found if acts}
    # signing the minutes and the bank reconciliations is done at the meeting; a rise put off "at this time" is no task
    assert tasks == {
        "43/26": ["Cllr Moss to organise a date for members"],
        "45/26": ["Clerk to report them to the county council"],
    }


GLUED_TOWN_MINUTES = (
    "Present: Cllr Mrs A. Price (Mayor), Cllrs D. Lloyd, P. Rees and Mrs S. Hughes\n"
    "Town Clerk\n"
    "512/01APOLOGIESApologies were received from Cllr T. Owen\n"
    "512/02DECLARATIONS OF INTEREST Cllr Lloyd declared a personal interest as a member of the county council\n"
    "512/03FINANCE PANEL The recommendations of the Finance Panel were taken:-\n"
    "i) Youth Club - It was unanimously agreed to donate \u00a3250 to the Youth Club towards its summer trip.\n"
    "ii) Town Hall roof - It was agreed to discuss the roof repairs at the next Finance Panel meeting.\n"
)


def test_town_minutes_whose_numbers_run_into_titles_in_capitals_and_a_donation_set_no_task(tmp_path):
    _, found = stored_text(tmp_path, "minutes.txt", GLUED_TOWN_MINUTES, committee="Llanfair Town Council", date=dt.date(2026, 6, 9))
    assert [(item.number, item.title) for item, _, _ in found] == [
        ("512/01", "Apologies"), ("512/02", "Declarations of Interest"), ("512/03", "Finance Panel"),
    ]
    # a donation agreed is paid, not followed up; the roof repairs come back to the panel
    assert [a.text for a in found[2][2]] == ["Discuss the roof repairs at the next Finance Panel meeting"]


BILINGUAL_GLUED_HEADING = (
    "Cyngor CymunedPenrhos FachCommunity Council\n\n"
    "Minutes of the meeting held on Monday 9 March2026, in the Memorial Hall.\n\n"
    "Present: Councillors Nia Rees; Huw Bowen and Elin Morgan (Chair).\n\n"
    "  1. Declarations of Interest\n\nNone.\n\n"
    "  2. Minutes\n\nIt was agreed that the minutes of the meeting held on 9 February be confirmed.\n"
)


def test_a_bilingual_heading_that_lost_its_spaces_and_a_year_run_into_its_month(tmp_path):
    meeting, found = stored_text(tmp_path, "cofnodion.txt", BILINGUAL_GLUED_HEADING)
    assert meeting.committee == "Penrhos Fach Community Council"
    assert meeting.date == dt.date(2026, 3, 9)
    assert [item.number for item, _, _ in found] == ["1", "2"]


RUN_IN_POINTS = (
    "GLENLOCH COMMUNITY COUNCIL Minutes of Meeting held on 12th May 2026, Glenloch Church Hall\n\n"
    "Present: R Grant (Chair), A Moss (Minutes), T Bell, K Lowe\n\n"
    "Item 1 Apologies: J Reid, Cllr Ross\n\n"
    "Item 2 Public Session: 2.1 Police Report \u2013 No report 2.2 Hall update \u2013 R Grant advised that the roof is fixed.\n\n"
    "Item 3 Matters Arising: 3.1 4.2 Write to the roads team about the potholes. RG \u2013 completed. "
    "3.2 6.1 Arrange a litter pick for June. TB \u2013 Ongoing. 3.3 6.4 Ask the school about the crossing. KL \u2013 met the head "
    "teacher, who will raise it with the parents. Action: K Lowe to send the school the crossing survey.\n\n"
    "Item 4 Declarations of Interest: 4.1 None disclosed.\n"
)


def test_points_run_onto_their_items_line_and_a_matters_arising_log_kept_as_lines(tmp_path):
    meeting, found = stored_text(tmp_path, "minutes.txt", RUN_IN_POINTS)
    assert meeting.committee == "Glenloch Community Council" and meeting.date == dt.date(2026, 5, 12)
    assert [item.number for item, _, _ in found] == ["1", "2", "2.1", "2.2", "3", "3.1", "3.2", "3.3", "4", "4.1"]
    titles = {item.number: item.title for item, _, _ in found}
    assert titles["2"] == "Public Session" and titles["2.1"] == "Police Report"
    assert titles["3.2"].startswith("Arrange a litter pick")  # not the earlier minute it cites
    tasks = {item.number: [(a.text, a.owners) for a in acts] for item, _, acts in found if acts}
    # a row "completed" gives no task, one "Ongoing" does, and a row's own action line is read
    assert tasks == {
        "3.2": [("Arrange a litter pick for June", ("TB",))],
        "3.3": [("K Lowe to send the school the crossing survey", ("K Lowe",))],
    }


DECIMAL_DECISION = (
    "Decision details\n\n"
    "Play Spaces Strategy 2026-2031\n\n"
    "Decision Maker: Cabinet\n\n"
    "Decision status: Recommendations Approved\n\n"
    "Decision:\n\n"
    "The Executive Mayor in Cabinet Resolved to:\n\n \n\n"
    "2.1       Agree the Play Spaces Strategy 2026-2031 as set out in Appendix A;\n\n \n\n"
    "2.2       Delegate authority to the Director of Parks to make minor changes to the Strategy before it is published.\n\n \n\n"
    "2.3       RECOMMEND TO FULL COUNCIL the adoption of:\n\n"
    "2.3.1    the Strategy as set out in Appendix A; and\n\n"
    "2.3.2   the action plan in Appendix B.\n\n \n\n"
    "Publication date: 14/05/2026\n\n"
    "Date of decision: 13/05/2026\n"
)


def test_a_decision_page_whose_recommendations_keep_the_reports_paragraph_numbers(tmp_path):
    meeting, found = stored_text(tmp_path, "decision.txt", DECIMAL_DECISION)
    assert meeting.committee == "Cabinet" and meeting.date == dt.date(2026, 5, 13)
    (item, clauses, actions), = found
    assert [clause[:30] for clause in clauses] == [
        "Agree the Play Spaces Strategy",
        "Delegate authority to the Dire",
        "RECOMMEND TO FULL COUNCIL the ",
        "the Strategy as set out in App",
        "the action plan in Appendix B.",
    ]
    assert [a.owners for a in actions] == [("the Director of Parks",)]


UNLABELLED_DECISION = (
    "Decision details\n"
    "EB_Library Opening Hours Review 2026/27\n"
    "Decision Maker: Executive Board\n"
    "Decision status: Recommendations Approved\n"
    "Is Key decision?: Yes\n"
    "Is subject to call in?: Yes\n"
    "To report on the consultation on library opening hours\n"
    "and set the hours for 2026/27\n"
    "That the Executive Board:\n"
    "i. Note the responses to the consultation;\n"
    "ii. Approve the opening hours in Appendix 1;\n"
    "iii. Authorise the Strategic Director for Communities, in conjunction with the Leader of the Council, to agree the "
    "opening date of the new hours.\n"
    "Report author: Dana Kerr\n"
    "Publication date: 10/06/2026\n"
    "Date of decision: 09/06/2026\n"
    "Decided at meeting: 09/06/2026 - Executive Board\n"
    "Effective from: 17/06/2026\n"
)


def test_a_decision_page_with_no_decision_label_under_a_lead_in_naming_who_decides(tmp_path):
    meeting, found = stored_text(tmp_path, "decision.txt", UNLABELLED_DECISION)
    assert meeting.committee == "Executive Board" and meeting.date == dt.date(2026, 6, 9)
    (item, clauses, actions), = found
    assert clauses == [
        "Note the responses to the consultation;",
        "Approve the opening hours in Appendix 1;",
        "Authorise the Strategic Director for Communities, in conjunction with the Leader of the Council, to agree the "
        "opening date of the new hours.",
    ]
    # who is consulted is not an owner
    assert [(a.owners, a.text) for a in actions] == [
        (("the Strategic Director for Communities",), "The Strategic Director for Communities to agree the opening date of the new hours")
    ]


RESTARTED_POINTS = (
    "Minutes 02 March 2026\n\n"
    "Meeting of the Parish Council held at 7:30PM on Monday 2nd March 2026 at the Village Hall\n\n"
    "Present: Ann Lee (Chair), Tom Moss, Raj Patel\n\n"
    "1. Apologies for absence\nApologies were received from Kim Ward.\n\n"
    "2. Progress reports:\n\n"
    "1. Bus shelter\nNo update was available. It was agreed to chase the installer after Easter.\n\n"
    "2. Street lighting\nCllr Moss would query the costs with the supplier to see if a cheaper rate was available.\n\n"
    "3. Open Session:\n\n"
    "1. To receive a report by the County Councillor\nThe County Councillor gave an update on the roadworks.\n\n"
    "2. To receive questions from the public\nNone were raised.\n"
)


def test_points_numbered_again_from_one_under_an_item_are_its_sub_items(tmp_path):
    meeting, found = stored_text(tmp_path, "minutes.txt", RESTARTED_POINTS, committee="Elmfield Parish Council")
    # the page calls the body only "the Parish Council": the clerk's fuller name is taken, not refused
    assert meeting.committee == "Elmfield Parish Council"
    assert [(item.number, item.title) for item, _, _ in found] == [
        ("1", "Apologies for absence"),
        ("2", "Progress reports"),
        ("2.1", "Bus shelter"),
        ("2.2", "Street lighting"),
        ("3", "Open Session"),
        ("3.1", "To receive a report by the County Councillor"),
        ("3.2", "To receive questions from the public"),
    ]
    tasks = {item.number: [a.text for a in acts] for item, _, acts in found if acts}
    assert tasks == {
        "2.1": ["Chase the installer after Easter"],
        "2.2": ["Cllr Moss to query the costs with the supplier to see if a cheaper rate was available"],
    }


RUNNING_NUMBERS_RUN_TOGETHER = (
    "On Tuesday, 13 January 2026 a Meeting of Llanilar Fach Council was held in the Old School at 7.00 pm PRESENT: "
    "Cllr R Owen was in the Chair and all Members were present.\n\n"
    "Cllr Owen welcomed the speaker from the wildlife trust, who left at 7.30 pm before the meeting opened.\n\n"
    "3105 Apologies for absence were received from Cllr K Walker 3106 Personal Matters: The Members sent their good wishes "
    "to Cllr Hughes. It was also RESOLVED to send a letter of thanks to the school for the carol service "
    "3107 Disclosure of Interest: None received 3108 Confirmation of Minutes: It was RESOLVED to confirm as a true record "
    "the Minutes of the Meeting held on 9 December 2025. A report on the gritting of rural roads is awaited from the county "
    "council and the draft of the community map is also awaited from the printer. 3109 Correspondence: A letter from the "
    "county council on the new recycling collections was read and noted by Members.\n"
)


def test_running_numbers_run_together_on_one_line_and_a_record_that_opens_with_its_day(tmp_path):
    meeting, found = stored_text(tmp_path, "minutes.txt", RUNNING_NUMBERS_RUN_TOGETHER)
    assert meeting.committee == "Llanilar Fach Council" and meeting.date == dt.date(2026, 1, 13)
    numbered = [(item.number, item.title) for item, _, _ in found if item.number]
    assert [number for number, _ in numbered] == ["3105", "3106", "3107", "3108", "3109"]
    assert dict(numbered)["3106"] == "Personal Matters"
    tasks = {item.number: [a.text for a in acts] for item, _, acts in found if acts}
    assert tasks == {"3106": ["Send a letter of thanks to the school for the carol service"]}


SHORT_YEAR_HEADING = (
    "MINUTES OF CWM ERYR COMMUNITY COUNCIL HELD AT THE MEMORIAL HALL, CWM ERYR AT 7.30 P.M. ON 03.03.26\n\n"
    "4.1 APOLOGIES\n\nCllr. Ifan Jones.\n\n"
    "4.2 MINUTES\n\nThe minutes of the meeting held on February 3rd were found to be correct.\n\n"
    "4.3 PLANNING\n\nNo applications were received.\n"
)


def test_a_heading_dated_with_a_two_figure_year_and_minutes_found_to_be_correct(tmp_path):
    meeting, found = stored_text(tmp_path, "minutes.txt", SHORT_YEAR_HEADING)
    assert (meeting.committee, meeting.date) == ("Cwm Eryr Community Council", dt.date(2026, 3, 3))
    assert meeting.venue == "MEMORIAL HALL, CWM ERYR"  # not the time the heading gives after it
    assert found[1][1] == ["The minutes of the meeting held on February 3rd were found to be correct."]


def test_a_two_figure_year_is_read_only_after_on():
    from cpb_tui.importers.dates import find_heading_date

    assert find_heading_date("HELD AT 7.30 P.M. ON 06.06.17") == dt.date(2017, 6, 6)
    assert find_heading_date("4.3.22 Attendance") is None  # a parish's minute number, not a date


def test_a_member_named_by_initials_offers_and_a_named_person_was_to_do_something():
    from cpb_tui.actions.narrative import extract_from_minutes

    assert [(a.text, a.owners) for a in extract_from_minutes("The post is in a garage in the village. RT offered to collect it.")] == [
        ("RT to collect it", ("RT",))
    ]
    assert [a.text for a in extract_from_minutes("A phone line would be needed and Miss Hale was to approach the diocese about the plans.")] == [
        "Miss Hale to approach the diocese about the plans"
    ]
    # "was to" of no one in particular stays narrative
    assert extract_from_minutes("The fete was to be held in May but was cancelled.") == []


MONTHLY_NOTES = (
    "Monthly Minutes, March 10th 2026\n\n"
    "Ann Reid, Bob Kerr, Cath Moore, Dan Fyfe\n\n"
    "  1. Welcome & Apologies\n"
    "  2. Constitution\n"
    "    1. AR will identify the changes made, and circulate them to members.\n"
    "  3. Remembrance Sunday\n"
    "    1. BK will lay a wreath at the war memorial.\n"
    "  4. Update from elected members\n"
    "    1. DF noted that the growth deal should be finished by Christmas.\n"
)


def test_monthly_minutes_whose_points_are_action_notes_by_initials(tmp_path):
    meeting, found = stored_text(tmp_path, "minutes.txt", MONTHLY_NOTES, committee="Glenmoray Community Council")
    assert meeting.date == dt.date(2026, 3, 10) and meeting.minutes_status == "draft"  # a record, not an agenda
    tasks = {item.number: [(a.text, a.owners) for a in acts] for item, _, acts in found if acts}
    assert tasks == {
        "2": [("AR to identify the changes made, and circulate them to members", ("AR",))],
        "3": [("BK to lay a wreath at the war memorial", ("BK",))],
    }


RUN_TOGETHER_AGENDA = (
    "CABINET\n\n4:00 PM ON THURSDAY, 12 FEBRUARY, 2026\nCOUNCIL CHAMBER, CIVIC CENTRE, ALDWICK\n\n"
    "You are invited to attend this meeting for the matters in the following Agenda. A G E N D A\n\n"
    "1. Apologies\n\n2. Declarations of Interests\n\n3. Minutes\n\nTo approve the Minutes of the meeting held on 15 January, 2026.\n\n"
    "4. Budget Monitoring 2025/26 Quarter 3 Report of the Head of Finance (Item 4.1 \u2013 4.22). "
    "5. Housing Revenue Account Budgets 2026/27 to 2028/29 Joint Report of the Head of Finance and the Head of Housing "
    "(Item 5.1 \u2013 5.18). 6. Treasury Management Strategy and Annual Investment Strategy 2026/27 Report of the Head of "
    "Finance (Item 6.1 \u2013 6.40). 7. Play Areas Review Report of the Head of Leisure and Healthy Lifestyles (Item 7.1 \u2013 7.9). "
    "8. Local Council Tax Reduction Scheme Report of the Head of Finance (Item 8.1 \u2013 8.6).\n"
)


def test_an_agenda_whose_later_items_run_together_with_their_page_ranges(tmp_path):
    _, found = stored_text(tmp_path, "agenda.txt", RUN_TOGETHER_AGENDA)
    assert [item.number for item, _, _ in found] == ["1", "2", "3", "4", "5", "6", "7", "8"]
    # the pack's page range by item is not part of the title
    assert found[7][0].title == "Local Council Tax Reduction Scheme Report of the Head of Finance"


ROMAN_ITEMS = (
    "GLENBRAE COMMUNITY COUNCIL\n"
    "DRAFT MINUTES OF A MEETING OF THE GLENBRAE COMMUNITY COUNCIL HELD ON MONDAY 14 SEPTEMBER 2026 AT 7.30PM, VILLAGE HALL\n"
    "Present:\nAnn Ross, Chairperson / Ian Bell, Secretary\n"
    "ITEM I \u2013 Welcome and Apologies\n- There were apologies from Tom Kerr.\n"
    "ITEM II \u2013 Minutes of Last Meeting\n- The draft minutes had been circulated. The minutes were agreed and signed.\n"
    "ITEM III \u2013Ferry Timetable\n- Ian Bell reported on the new winter timetable.\n"
)


def test_items_numbered_with_the_word_item_and_a_roman_numeral(tmp_path):
    meeting, found = stored_text(tmp_path, "minutes.txt", ROMAN_ITEMS)
    assert meeting.committee == "Glenbrae Community Council" and meeting.date == dt.date(2026, 9, 14)
    assert [(item.number, item.title) for item, _, _ in found] == [
        ("I", "Welcome and Apologies"), ("II", "Minutes of Last Meeting"), ("III", "Ferry Timetable"),
    ]
    assert found[1][1] == ["The minutes were agreed and signed."]


def test_a_long_line_of_running_numbers_breaks_before_each_number_of_the_run():
    from cpb_tui.importers.flattened import unflatten

    # (its speed, 4,000 numbers on a line, is measured by bench/hostile_input.py)
    line = "Welcome. " + " ".join(f"{number} Apologies were received" for number in range(3000, 3600)) + " 3 Items"
    broken = unflatten([line])
    assert broken[0] == "Welcome." and broken[1] == "3000 Apologies were received" and len(broken) == 601
