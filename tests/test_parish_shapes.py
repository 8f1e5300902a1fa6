"""Parish minutes in shapes the third held-out set showed: headings in capitals marked only by a
dash, numbers in square brackets, minute numbers with a letter (12a/26), a long title run into its
minute with a colon, a motion proposed, seconded "and resolved", and "it was Resolved to" met
mid-paragraph. Texts the project wrote, about fictional councils."""

import datetime as dt

from tests.stored import stored as _stored, stored_text as _import_text


def _import(fixture_path, tmp_path, name, **asked):
    meeting, stored = _stored(tmp_path, fixture_path(f"shapes/{name}"), **asked)
    return meeting, [(item.number, item.title, clauses, [a.text for a in actions]) for item, clauses, actions in stored]


def test_headings_in_capitals_marked_by_a_dash_are_items(fixture_path, tmp_path):
    meeting, found = _import(fixture_path, tmp_path, "parish_minutes_dash_capitals.txt")
    assert (meeting.committee, meeting.date) == ("Hollinsdale Rural Parish Council", dt.date(2026, 3, 12))
    titles = [title for _, title, _, _ in found]
    assert titles == [
        "Public Participation", "Apologies Received - Acceptance and Recording of Apologies",
        "Record Declarations of Interest from Members in Any Item to Be Discussed",
        "Approval of Minutes of the Meeting Held on 12 February 2026", "Reports from Borough and County Councillors",
        "Matters Relating to the Village Hall",
    ]  # the points in ordinary case under a heading stay in it
    assert len(found[3][2]) == 1  # the minutes approved
    assert found[5][3] == ["Instruct a contractor to repair the hall roof"]


def test_numbers_in_square_brackets_and_a_motion_proposed_seconded_and_resolved(fixture_path, tmp_path):
    _, found = _import(fixture_path, tmp_path, "parish_minutes_bracketed_numbers.txt")
    assert [number for number, _, _, _ in found] == ["1", "2", "3", "4", "5"]  # "7.10pm. Formal Council meeting." is a time, not item 7
    assert found[2][2] == ["that the draft notes be adopted as the true and correct Minutes of the meeting of 18th November 2025"]


def test_minute_numbers_with_a_letter_and_long_titles_before_a_colon(fixture_path, tmp_path):
    _, found = _import(fixture_path, tmp_path, "parish_minutes_lettered_minute_numbers.txt", committee="Ashcombe Parish Council")
    assert [number for number, _, _, _ in found] == ["12a/26", "12b/26", "12c/26", "12d/26", "13/26", "14/26"]
    assert found[3][1] == "Approval of minutes of meeting of 7th January 2026"
    assert found[3][2] and found[3][2][0].startswith("The minutes were read, approved and signed")
    assert found[5][3] == ["The football club officers to seek further advice on the drainage works"]


def test_it_was_resolved_to_met_mid_paragraph(fixture_path, tmp_path):
    meeting, found = _import(fixture_path, tmp_path, "parish_minutes_resolved_in_prose.txt")
    assert meeting.committee == "Ashcombe Parish Council"  # "Extra-ordinary" is the kind of meeting, not the body
    assert found[0][2] == ["to accept the apologies & reason for absence – All agreed, show of hands."]
    assert [c.split(",")[0].split(".")[0] for c in found[1][2]] == ["to install a post & rail fence", "to accept the quote of £380"]


def test_symbol_font_bullets_under_the_committee_are_clauses(tmp_path):
    text = (
        "Issue - meetings\nWork Programme\nMeeting: 14/09/2026 - Overview and Scrutiny Committee (Item 8)\n"
        "8 Work Programme\nTo agree the work programme\nMinutes:\n"
        "The Committee received a report that set out the work programmes for the year.\n"
        "The Committee:\n"
        "v Noted that the programme had been shaped by a workshop for all councillors.\n"
        "v Noted that the housing allocations policy had been added for the November meeting and that the programme will remain flexible.\n"
        "v Noted that the Housing Sub-Committee would consider (i) repairs to council homes; and (ii) damp and mould.\n"
        "RESOLVED\nA\n"
    )
    _, ((_, clauses, actions),) = _import_text(tmp_path, "osc.txt", text)
    # each "v" (a Word bullet saved as a letter) is a clause; "(i) ... (ii)" inside one is its own list;
    # "RESOLVED" over a page cut after one letter keeps nothing
    assert [c[:30] for c in clauses] == ["Noted that the programme had b", "Noted that the housing allocat", "Noted that the Housing Sub-Com"]
    assert actions == []  # "the programme will remain flexible" is a state, not a task


def test_a_state_is_no_undertaking():
    from cpb_tui.actions import extract_from_resolution

    assert extract_from_resolution("that the work programme will remain agile and flexible", "agreed") == []
    assert [a.text for a in extract_from_resolution("that the Clerk will continue to press the County Council for resurfacing", "agreed")] == [
        "The Clerk to continue to press the County Council for resurfacing"
    ]


def test_a_lettered_list_that_lost_its_resolved_and_a_report_the_committee_is_to_receive(tmp_path):
    text = (
        "Issue - meetings\nTracking of audit recommendations\nMeeting: 19/11/2026 - Audit and Governance Committee (Item 41)\n"
        "41 Tracking of audit recommendations\nTo review progress on audit recommendations.\n\n"
        "The Head of Performance presented the report.\n\n"
        "(a)  the committee receive details of the recommendations made by the internal and external auditors.\n\n"
        "(b)  That a report on tracking of audit recommendations be presented to the committee at the March 2027 meeting.\n"
    )
    _, ((_, clauses, stored_actions),) = _import_text(tmp_path, "audit.txt", text)
    actions = [(a.text, a.due_date) for a in stored_actions]
    assert len(clauses) == 2 and clauses[0].startswith("the committee receive details")
    assert actions == [
        ("Receive details of the recommendations made by the internal and external auditors", None),
        ("Present a report on tracking of audit recommendations to the committee at the March 2027 meeting", dt.date(2027, 3, 31)),
    ]


def test_decision_and_minutes_fields_on_one_row(tmp_path):
    text = (
        "Agenda, decisions and minutes\nVenue: Online\nNo. | Item |\n---|---|\n"
        "Apologies for Absence Decision: An apology was received from Councillor Amos. Minutes: An apology was received from Councillor Amos. |\n|\n"
        "Declarations of Interest Members are invited to declare any interests. Decision: None |\n|\n"
        "Minutes of the Previous Meeting To approve the minutes of the meeting held on 15 June 2026. Decision: Cabinet RESOLVED to approve the "
        "minutes of the meeting held on 15 June 2026 as an accurate record. Minutes: RESOLVED that the minutes of the meeting held on 15 June "
        "2026 be approved as an accurate record. |\n|\n"
        "Matters Arising To consider any matters arising. Decision: None Minutes: None. |\n|\n"
    )
    _, stored = _import_text(tmp_path, "cabinet.txt", text, committee="Cabinet", date=dt.date(2026, 7, 13))
    found = {item.title: clauses for item, clauses, _ in stored}
    assert found["Declarations of Interest"] == [] and found["Matters Arising"] == []  # "Decision: None" decides nothing
    assert found["Minutes of the Previous Meeting"][0].startswith("Cabinet RESOLVED to approve the minutes")
    assert not any("Minutes:" in clause for clauses in found.values() for clause in clauses)


def test_outcomes_recorded_as_votes(fixture_path, tmp_path):
    _, found = _import(fixture_path, tmp_path, "parish_minutes_votes_and_outcomes.txt")
    clauses = {title: decided for _, title, decided, _ in found}
    assert clauses["Apologies"] == ["Apologies accepted."]  # the sentence before it names who, not what was decided
    assert clauses["Minutes"][0].startswith("It was proposed, seconded and all voted in favour to approve.")
    assert clauses["Co-option"][0].startswith("Mr Dale was proposed by Cllr Amos")  # "All in favour." keeps the proposal
    assert clauses["Finance"] == ["The accounts were checked and agreed."]
    assert clauses["Grass cutting"] == ["that the quote from Green Ltd be accepted"]
    assert found[1][3] == ["Post approved minutes on the website"]


def test_a_parish_page_that_lost_its_spaces(fixture_path, tmp_path):
    meeting, found = _import(fixture_path, tmp_path, "parish_minutes_lost_spaces.txt")
    # "Minutes from the extraordinary meeting on Tuesday 17thFebruary 2026" under the parish's name
    assert (meeting.committee, meeting.date) == ("Fenwick Parish Council", dt.date(2026, 2, 17))
    assert [number for number, _, _, _ in found] == ["1", "2", "3", "4"]
    assert found[2][1] == "Public Discussion"  # "Public Discussion –The village website was discussed ...": the dash touching
    assert found[2][2] == ["The councillors agreed to discuss this at the next full council meeting."]  # after "site.The"
    assert found[2][3] == ["Discuss this at the next full council meeting"]
    assert found[3][1] == "Minutes of the Annual Parish Council meeting of 20th January 2026"  # a long title before its colon
    assert found[3][2] == ["These were agreed and signed by the Chairman as a correct record."]


def test_unlabelled_decisions_one_a_paragraph_or_one_a_sentence(tmp_path):
    from cpb_tui.importers.decisions import split_decisions

    paragraphs = (
        "RESOLVED that:\n\nConsiders the items in the Scrutiny Work\nProgramme attached at Appendix A\n\n \n\n"
        "Notes that no further items have been\nsuggested by members\n\n \n\n"
        "Subject to the Board's comments, approve the Work\nProgramme 2026-27\n\nSupporting Documents\n\nAgenda Item 8 - Work Programme.pdf\n"
    ).split("\n")
    _, blocks = split_decisions(paragraphs)
    from cpb_tui.importers.decisions import resolutions_from

    assert [r.text[:20] for r in resolutions_from(blocks)] == ["Considers the items ", "Notes that no furthe", "Subject to the Board"]
    run_on = [
        "Content: The Scrutiny Corporate and Resources Committee RESOLVED to:   Proceed with an extra meeting on 4 December to review "
        "the budget. Maintain the joint session on 6 January 2027. Use the 27 January 2027 meeting to agree a summary for the executive."
    ]
    _, blocks = split_decisions(run_on)
    assert [r.text[:12] for r in resolutions_from(blocks)] == ["Proceed with", "Maintain the", "Use the 27 J"]


def test_an_attachments_file_name_is_no_item():
    from cpb_tui.importers.numbering import numbered_items

    lines = ["Decision", "", "Supporting Documents", "", "Agenda Item 08 - Work Programme 2026-27.pdf", "Agenda Item 08 - Appendix A.pdf",
             "Item 9 - Forward Plan.docx"]
    assert numbered_items(lines) == []


def test_minutes_of_the_year_written_as_sentences_before_the_first_title(fixture_path, tmp_path):
    _, found = _import(fixture_path, tmp_path, "parish_minutes_year_serials.txt", committee="Fenwick Parish Council")
    assert [number for number, _, _, _ in found] == ["26/035", "26/036", "26/037", "26/038"]
    assert found[0][2] == ["Estimates requested for the work required."]
    assert found[1][3] == []  # "All members present agreed ...": "present" is who was there, not a report to present
    assert found[3][1] == "To approve the minutes of the meeting held on 10 September 2026"  # an agenda's wording ending in a colon
    assert len(found[3][2]) == 1  # "...; it was RESOLVED unanimously to approve ..."


def test_a_numbered_list_run_on_after_resolved_that_and_a_standing_duty_beside_a_report(tmp_path):
    text = (
        "Additional documents:\nMinutes:\nThe Committee considered the Executive's responses to the review.\n"
        "Moved by Councillor Amos and seconded by Councillor Birch\n"
        "RESOLVED that 1) the response by the Executive to the recommendations be noted;\n"
        "2) Officers monitor progress on the recommendations and provide update reports in 6 and 12 months' time.\n"
    )
    _, ((_, clauses, stored_actions),) = _import_text(
        tmp_path, "review.txt", text, committee="Overview and Scrutiny Committee", date=dt.date(2026, 9, 14)
    )
    actions = [a.text for a in stored_actions]
    assert [c[:12] for c in clauses] == ["the response", "Officers mon"]
    assert actions == ["Officers to provide update reports in 6 and 12 months' time"]


def test_a_minutes_label_before_the_outcome_is_not_part_of_it():
    from cpb_tui.importers.decisions import opener

    assert opener("Minutes: The minutes of the meeting held on 13 June 2026 were approved as a correct record.") == (
        "noted", "The minutes of the meeting held on 13 June 2026 were approved as a correct record.")


def test_errands_before_the_first_numbered_point_are_kept(tmp_path):
    # a community council's topics are headings; the only numbers are points under any other business
    text = (
        "Draft Minutes of a meeting held on 5 March 2026\n\nPresent AB, CD, EF\n\nMatters Arising\n\n"
        "Cemetery\nThe council confirmed it owns the cemetery.\nAB to contact the minister to set up a meeting\n\n"
        "Bus shelter\nCD to buy a picture frame for the timetable\n\n"
        "Any other business\n1. The road end is breaking up again.\n2. The buyout group has a new chair.\n"
    )
    _, stored = _import_text(tmp_path, "cc.txt", text, committee="Glenmore Community Council")
    actions = [a.text for _, _, item_actions in stored for a in item_actions]
    assert "AB to contact the minister to set up a meeting" in actions
    assert "CD to buy a picture frame for the timetable" in actions


def test_dash_separators_a_members_list_and_action_lines_with_initials(fixture_path, tmp_path):
    _, found = _import(fixture_path, tmp_path, "community_council_dash_separators.txt", committee="Glenmore Community Council", date=dt.date(2026, 5, 12))
    titles = [title for _, title, _, _ in found]
    assert "Anne Ford, Secretary (AF) Keith Rose (KR)" not in titles  # the members list, two to a line, is no item
    assert {"minutes of previous meeting", "matters arising"} <= {t.lower() for t in titles}
    actions = [a for _, title, _, acts in found for a in acts]
    assert actions == ["RB to apply for the path grant before the 25 May deadline", "RB & SF to get a rough cost estimate"]


def test_proposed_and_seconded_before_it_was_agreed_that(tmp_path):
    from cpb_tui.actions import extract_from_resolution
    from cpb_tui.importers.decisions import resolutions_from, split_decisions

    lines = [
        "Cllr Earl proposed, Cllr Birch seconded and it was agreed unanimously that the Parish Council support the grant application "
        "and instruct the Parish Clerk to sign the grant forms.",
        "",
        "It was proposed by Cllr Amos and seconded by Cllr Cole and agreed unanimously that the lowest tender be accepted.",
    ]
    _, blocks = split_decisions(lines)
    clauses = [r.text for r in resolutions_from(blocks)]
    # (how it was agreed stays with it since the fifty-first step: "agreed unanimously that")
    assert [c[:40] for c in clauses] == ["Agreed unanimously that the Parish Counc", "Agreed unanimously that the lowest tende"]
    assert [a.text for a in extract_from_resolution(clauses[0], "agreed")] == ["The Parish Clerk to sign the grant forms"]


def test_bracketed_decimal_numbers_and_it_was_decided_inside_a_line(tmp_path):
    text = (
        "Ashcombe Community Council\nMinutes\nMinutes of meeting held on the 13th of November 2026\n"
        "Present were A Amos, B Birch (chair) and C Cole.\nThe last minutes were read and signed as correct.\n"
        "Correspondence\n"
        "[1]  Village bonfire - letter asking for a donation - it was decided not to contribute this year.\n"
        "[1.1] Youth eisteddfod - letter asking for a donation - none given.\n"
        "[1.2]  Air ambulance - letter asking for a donation   it was decided to contribute £100.00.\n"
    )
    _, stored = _import_text(tmp_path, "cc.txt", text)
    found = {item.number: clauses for item, clauses, _ in stored if item.number}
    assert list(found) == ["1", "1.1", "1.2"]
    assert found["1"] == ["Decided not to contribute this year."] and found["1.1"] == []
    assert found["1.2"] == ["Decided to contribute £100.00."]


def test_a_vote_line_is_the_outcome_and_taking_the_minutes_is_no_errand(tmp_path):
    text = (
        "Minute of Fenwick Parish Council Meeting held on Wednesday 12th August 2026 in the Parish Office.\n"
        "1. Chairs Remark. The chair asked for a committee member to take minutes of the meeting. Councillor B Birch agreed to do so.\n"
        " Proposed by Councillor Amos\nSeconded by Councillor Cole\nVote unanimous to accept.\n"
        "2. Security contract\n   A new contract with the security firm was considered.\n   Seconded by Councillor Cole\n"
        "   Voting unanimous in acceptance\n"
    )
    _, stored = _import_text(tmp_path, "fenwick.txt", text)
    found = {item.number: (clauses, [a.text for a in actions]) for item, clauses, actions in stored}
    assert found["1"][0] == ["Vote unanimous to accept."]
    assert not any(a.endswith("to do so") for a in found["1"][1])
    assert found["2"][0] == ["Voting unanimous in acceptance"]


def test_four_digit_minute_numbers_with_a_colon_and_long_titles_ending_in_one(fixture_path, tmp_path):
    _, found = _import(fixture_path, tmp_path, "parish_minutes_four_digit_colons.txt")
    assert [number for number, _, _, _ in found] == ["3101", "3102", "3103", "3104", "3105"]
    assert found[3][1] == "Consideration of Quotation received for Hedge Works on Playing Field Boundary"
    assert found[2][3] == ["Clerk to chase the diocese for consent"]


def test_year_first_minute_numbers_and_a_request_answered_at_the_meeting(fixture_path, tmp_path):
    _, found = _import(fixture_path, tmp_path, "parish_minutes_year_first_numbers.txt")
    assert [number for number, _, _, _ in found] == ["2026-051", "2026-052", "2026-053", "2026-054"]
    assert found[0][1] == "To agree a minute taker in the absence of the Clerk"
    assert found[0][2] == ["to ask Cllr Dean, who agreed."] and found[0][3] == []  # asked and answered there and then
    assert found[3][2] == ["to accept quotation B as recommended by the working group."]


def test_a_vote_then_resolved_mid_line_and_minutes_agreed_as_a_true_record(fixture_path, tmp_path):
    _, found = _import(fixture_path, tmp_path, "parish_minutes_votes_then_resolved.txt")
    clauses = [clauses for _, _, clauses, _ in found]
    assert clauses[0] == ["to accept the reason for Cllr Dale's absence."]  # the decision, not who proposed it
    assert clauses[1] == ["to approve the draft minutes of the meeting on 16th March 2027."]
    assert clauses[2] == ["These had been circulated and were agreed as a true record."]
    assert clauses[3] == ["to proceed with the purchase of two benches."]
    assert found[3][3] == ["Proceed with the purchase of two benches"]


def test_a_decision_heading_over_noted(fixture_path, tmp_path):
    _, found = _import(fixture_path, tmp_path, "scottish_decision_noted.txt")
    # the numbered paragraphs 1.1 and 1.2 are sub-items, each with its decision
    assert [clauses for _, _, clauses, _ in found] == [
        [], ["Agreed to approve the Minute, subject to the attendance list being corrected."], ["NOTED."], [],
    ]


def test_headings_ended_by_a_full_stop_and_run_into_their_minute(fixture_path, tmp_path):
    _, found = _import(fixture_path, tmp_path, "community_council_dotted_headings.txt")
    assert [title for _, title, _, _ in found] == ["Apologies", "Minutes", "Police", "The A470", "Footpaths", "Finance", "Planning"]
    assert found[1][2] == ["The minutes of the meeting of 14 November 2025 were confirmed, proposed C. Rees, seconded T. Jones."]
    assert found[4][3] == ["Clerk to contact the county footpaths officer"]


def test_welsh_headings_ended_by_a_full_stop_and_outcomes_in_the_past_impersonal(fixture_path, tmp_path):
    _, found = _import(fixture_path, tmp_path, "welsh_community_council_dotted.txt")
    assert [title for _, title, _, _ in found] == ["Ymddiheuriadau", "Cofnodion", "Yr Heddlu", "Llwybrau", "Cyllid"]  # "Presennol" is who came
    assert found[1][2] == ["Cadarnhawyd cofnodion 13.11.2025, cynnig L. Rees, cefnogi T. Jones."]  # minutes confirmed


def test_titles_with_a_full_stop_over_their_purpose_under_no_item(fixture_path, tmp_path):
    meeting, found = _import(fixture_path, tmp_path, "agenda_and_minutes_titles_with_stops.txt")
    assert (meeting.committee, meeting.date) == ("Corporate Parenting Panel", dt.date(2026, 11, 3))  # the panel's years set aside
    assert [title for _, title, _, _ in found] == [
        "Apologies for absence", "Minutes of the previous meeting held on 1 September 2026", "Declarations of Interest",
        "Children in Care Council Update",
    ]
    assert found[3][3] == ["Circulate the council's newsletter to all Panel members"]


def test_meeting_and_minute_numbers_alone_on_their_lines(fixture_path, tmp_path):
    _, found = _import(fixture_path, tmp_path, "ni_minutes_meeting_minute_numbers.txt")
    assert [number for number, _, _, _ in found] == ["26/21:01", "26/21:02", "26/21:03"]
    assert found[2][1] == "Harbour Wall Repairs"
    assert found[2][3] == ["The Director to obtain two quotations for the repairs"]


def test_a_number_its_title_and_its_minute_on_one_line(fixture_path, tmp_path):
    _, found = _import(fixture_path, tmp_path, "community_council_number_title_text.txt")
    assert [(number, title) for number, title, _, _ in found] == [
        ("1", "Welcome"), ("2", "Election of Office Bearers"), ("3", "Adoption of Constitution"), ("4", "Correspondence"),
    ]  # a name and what they did ("Anne-Marie welcomed") starts the minute; "The Clerk advised" is not a name


def test_minute_numbers_with_the_year_first_glued_into_one_paragraph(tmp_path):
    """A PDF pasted as one paragraph: "25/041 ... 25/042 ..." mid-line are three minutes, not one."""
    text = (
        "ASHCOMBE PARISH COUNCIL Minutes of Parish Council Meeting held on 3 rd April 2025 at the Village Hall at 7.30pm "
        "Attendance: Cllrs A Hale, B Moss, C Dunn. Apologies accepted from Cllr D Ford. Public Session Residents of Mill Lane "
        "raised flooding near the ford. It was agreed that Cllr Moss would meet the residents at a later date. The public left at "
        "8pm 25/041 District Councillor reports were circulated and noted 25/042 County Councillor reported on the bus timetable "
        "and answered questions 25/043 The minutes of the previous meeting were agreed as a correct record and signed by the "
        "Chair after a spelling in the footpaths minute was put right and the date of the litter pick was made to read 12 April"
    )
    meeting, found = _import_text(tmp_path, "ashcombe-april.txt", text)
    assert (meeting.committee, meeting.date) == ("Ashcombe Parish Council", dt.date(2025, 4, 3))
    assert [item.number for item, _, _ in found if item.number] == ["25/041", "25/042", "25/043"]
    assert [item.title for item, _, _ in found if item.number][1].startswith("County Councillor reported")
    assert [a.text for _, _, actions in found for a in actions] == ["Cllr Moss to meet the residents at a later date"]


def test_words_list_marker_before_the_printed_number_is_dropped(tmp_path):
    """Word's "1." left before every printed number ("  1. 3.  MINUTES ...") and "2 .DECLARATIONS": items 1 to 5."""
    text = (
        "MINUTES of MEETING of Ashcombe Parish Council held on 8th September 2025\n\n"
        " 1. APOLOGIES FOR ABSENCE received from B. Moss\n\n"
        "2 .DECLARATIONS OF INTEREST\n\nNone were declared.\n\n"
        "  1. 3.    MINUTES  OF  THE PREVIOUS  MEETING held on 11th August 2025 were agreed as a true record\n\n"
        "  1. 4.    PLAYING FIELD\n\nIt was agreed that the Clerk should order two new benches for the playing field.\n\n"
        "  1. 5.    FINANCE\n\nThe following cheques were approved for payment.\n"
    )
    _, found = _import_text(tmp_path, "ashcombe-september.txt", text)
    assert [item.number for item, _, _ in found] == ["1", "2", "3", "4", "5"]
    assert [a.text for a in found[3][2]] and "benches" in found[3][2][0].text


def test_lettered_points_with_a_stop_and_an_action_line_under_matters_arising(tmp_path):
    """ "a. Speed survey." under "4. Matters arising." is sub-item 4a; "ACTION: Cllrs Hale/Moss" on the
    line under its text (no blank line) names who chases what is awaited; a question above an
    action line is no task."""
    text = (
        "Ashcombe Community Council\nMinutes of Ordinary Meeting\nHeld 19.30 on Wednesday 11th June 2025\nAshcombe Hall\n"
        "1. Convener's opening remarks:\nThe Convener welcomed everyone.\n"
        "2. Apologies:\nNone.\n"
        "3. Minutes.\nMinutes of the meeting held on 9th April 2025 were agreed as accurate.\n"
        "4. Matters arising.\n"
        "a. Speed survey at the school gate.\n"
        "Cllr Hale had asked the roads team for the survey results. These were still awaited.\n"
        "ACTION: Cllrs Hale/Moss\n"
        "b. Bus shelter glass.\n"
        "Members asked whether the glass would be replaced before winter?\n\n"
        "ACTION: Cllr Dunn\n"
    )
    _, found = _import_text(tmp_path, "ashcombe-june.txt", text)
    assert [item.number for item, _, _ in found] == ["1", "2", "3", "4", "4a", "4b"]
    assert [(a.text, tuple(a.owners)) for a in found[4][2]] == [("These were still awaited", ("Cllrs Hale", "Moss"))]
    assert found[5][2] == []


def test_the_run_of_numbers_goes_on_in_minutes_written_as_sentences(tmp_path):
    """ "4. It was proposed by ..." after "3. There were no declarations.": items 4 and 5 too, not text of item 3."""
    text = (
        "Minutes of the Extra-ordinary meeting of Ashcombe Community Council held in the Village Hall on\n"
        "Tuesday, 6 May 2025, commencing at 7.00pm\n"
        "Present: Councillors - A Hale, B Moss, C Dunn\n"
        "1. A short welcome was given by Cllr Hale\n"
        "2. Apologies were accepted from: Councillor D Ford\n"
        "3. There were no declarations of interest received.\n"
        "4. It was proposed by Cllr Moss that Cllr Dunn be elected Acting Chair until the annual meeting. This was seconded and agreed by all present.\n"
        "5. Following discussion it was agreed that Cllr Moss would write to the bank to change the correspondence address before the annual meeting.\n"
    )
    _, found = _import_text(tmp_path, "ashcombe-may.txt", text)
    assert [item.number for item, _, _ in found] == ["1", "2", "3", "4", "5"]
    assert [a.text for a in found[4][2]] == ["Cllr Moss to write to the bank to change the correspondence address before the annual meeting"]


def test_an_agenda_list_above_minutes_numbered_their_own_way(tmp_path):
    """The agenda as a bare list (1. to 5.) over the minutes numbered through the year (61. to 64.): the minutes are the items."""
    text = (
        "Agenda and Meeting Minutes - 12.02.2025\nTo be held on Wednesday 12th February 2025\nAshcombe Village Hall - 7:30pm\n"
        "1. Apologies\n2. Notes of the last meeting to be approved\n3. Village green\n4. Defibrillator\n5. Finances\n"
        "Next meeting to be held on Wednesday 9th April 2025\n"
        "Wednesday 12th February 2025 7.30 pm - Held at Ashcombe Village Hall, chaired by Cllr Hale with four councillors present.\n"
        "61. Apologies: Cllr Moss and Cllr Dunn sent apologies, which were accepted by the meeting without a vote.\n"
        "62. Minutes of the meeting on Wednesday 11th December 2024 were approved and signed.\n"
        "63. Village green: the contractor had cut the verges. It was agreed that the Clerk would ask for a quote to re-seed the worn patch.\n"
        "64. Defibrillator: the pads expire in May and the Clerk would order new ones.\n"
    )
    _, found = _import_text(tmp_path, "ashcombe-feb.txt", text, committee="Ashcombe Parish Council")
    assert [item.number for item, _, _ in found] == ["61", "62", "63", "64"]
    assert found[1][1] == ["Minutes of the meeting on Wednesday 11th December 2024 were approved and signed."]


def test_list_numbers_before_minute_references_on_one_long_line(tmp_path):
    """ "2. 61.25. Chairman's Announcements ... 3. 62.25 Declarations ...": the minutes' own references are
    the items; "Having considered the quotes Cllrs RESOLVED to ..." mid-sentence is the decision."""
    text = (
        "ASHCOMBE PARISH COUNCIL MINUTES OF PARISH COUNCIL MEETING AT 7.00 pm. ON WEDNESDAY 22 JANUARY 2025 Present: Cllrs A Hale "
        "(Chairman), B Moss and C Dunn. In Attendance: Mr T Ashdown (Clerk). 1. Apologies. Cllr D Ford. 2. 61.24. Chairman's "
        "Announcements. The Chairman welcomed everyone and spoke about the new bus timetable and the flooding on Mill Lane. "
        "3. 62.24 Declarations of Interest. There were none. 4. 63.24. PLAY AREA REPAIR. Having considered the quotes received "
        "for the repair of the swings Cllrs RESOLVED to accept the quote of 2,400 pounds from Ashcombe Play Ltd. 5. 64.24 "
        "STORAGE SHED. Having considered the quotes received for a shed Cllrs RESOLVED to defer this item to a later meeting. "
        "6. 65.24 DATE OF NEXT MEETING: The next meeting will be on 12 March 2025 at 7.00 pm and the meeting closed at 8.40 pm."
    )
    _, found = _import_text(tmp_path, "ashcombe-jan.txt", text)
    numbers = [item.number for item, _, _ in found]
    assert numbers[-5:] == ["61.24", "62.24", "63.24", "64.24", "65.24"]
    by_number = {item.number: clauses for item, clauses, _ in found}
    assert by_number["63.24"] == ["Cllrs RESOLVED to accept the quote of 2,400 pounds from Ashcombe Play Ltd."]
    assert by_number["64.24"] == ["Cllrs RESOLVED to defer this item to a later meeting."]


def test_lettered_points_run_into_a_long_item_line_without_an_opening_bracket(tmp_path):
    """ "4. CLERK'S REPORT ON MATTERS OUTSTANDING a) Bus shelter - ... b) Verge cutting - ...": sub-items 4a to 4c."""
    points = (
        "a) Bus shelter on Mill Lane - the Clerk had written to the county about the broken glass and was waiting for a reply from the highways team. "
        "b) Verge cutting for 2025 - the contractor had confirmed the same price as last year and would start in April once the ground had dried out. "
        "c) Village website - the new pages were live and councillors were asked to check the contact details and report any errors to the Clerk."
    )
    text = (
        "Minutes of the meeting of Ashcombe Parish Council held on 18 February 2025\n\n"
        "1. APOLOGIES - None received.\n\n"
        "2. MINUTES - The minutes of the meeting held on 21 January 2025 were approved.\n\n"
        f"3. CLERK'S REPORT ON MATTERS OUTSTANDING {points}\n"
    )
    _, found = _import_text(tmp_path, "ashcombe-feb-report.txt", text)
    assert [(item.number, item.title) for item, _, _ in found][-3:] == [
        ("3a", "Bus shelter on Mill Lane"), ("3b", "Verge cutting for 2025"), ("3c", "Village website"),
    ]


def test_minute_numbers_glued_into_wrapped_lines_of_a_pdf(tmp_path):
    """Cabinet minutes from a PDF: "... Cllr Dunn. 12 Interests Cllr Lee declared ... 13 Admission of the Public ..."
    on lines of ordinary length; the numbers that run 11, 12, 13, 14 ... are the items ("19 June" is a date)."""
    text = (
        "Minutes of the meeting of the Cabinet held on Tuesday 17 June 2025\n\n"
        "Present: Cllr Hale (Chair) Cllrs Moss, Dunn and Ford 11 Membership of Cabinet Apologies for absence were given by Cllr\n\n"
        "Lee. 12 Interests Cllr Moss declared an interest in the item on the leisure centre, as a trustee of the\n\n"
        "swimming club. 13 Admission of the Public All items were taken in public session. 14 Deputations No deputations\n\n"
        "were received. 15 Leisure Centre Review Cabinet received a report on the leisure centre, due by 19 June 2025 to the\n\n"
        "county.\n\nRESOLVED - That the report be noted.\n"
    )
    _, found = _import_text(tmp_path, "ashcombe-cabinet-june.txt", text)
    assert [item.number for item, _, _ in found] == ["11", "12", "13", "14", "15"]
    assert found[4][1] == ["That the report be noted."]


def test_a_pages_html_saved_as_text_with_minute_numbers_of_year_meeting_and_minute(tmp_path):
    """ "<p>...</p><p>...</p>" in a .txt is read as HTML; "25/07:01 APOLOGIES" before its title is a minute
    number, and a running foot ("14 July 2025 1") glued before the next minute goes."""
    text = (
        "<p> MINUTES OF THE PROCEEDINGS OF THE COUNCIL MEETING HELD ON MONDAY 14 JULY 2025 AT 7.00 PM</p>"
        "<p>In the Chair: Councillor A Hale</p><p>Members Present: B Moss, C Dunn and D Ford.</p>"
        "<p>25/07:01 APOLOGIES AND CHAIRMAN'S BUSINESS </p><p>Apologies were received from Councillor Lee.</p>"
        "<p>After discussion, it was agreed that Councillors Moss and Dunn would attend the county show.</p>"
        "<p>14 July 2025 1 25/07:02 MINUTES OF THE COUNCIL MEETING HELD ON 16 JUNE 2025</p>"
        "<p>The minutes were taken as read and signed as a correct record.</p>"
    )
    _, found = _import_text(tmp_path, "ashcombe-council.txt", text)
    assert [(item.number, item.title) for item, _, _ in found] == [
        ("25/07:01", "Apologies and Chairman's Business"), ("25/07:02", "Minutes of the Council Meeting Held on 16 June 2025"),
    ]
    assert found[0][1] == ["Agreed that Councillors Moss and Dunn would attend the county show."]
    assert not any("<p>" in (item.minutes or "") for item, _, _ in found)


def test_dashed_headings_in_both_cases_and_proposals_the_meeting_agreed(tmp_path):
    """Numbers lost to "- " before headings, most in capitals, some not ("- Risk Assessment", "7. Grass
    cutting"); "Proposal: X proposed and Y seconded ... and the meeting unanimously agreed." is the
    decision, and the sentence after it on its line stays narrative (the clerk's payment an action)."""
    text = (
        "Minutes 10th April 2025\nParish Council meeting on Thursday 10th April 2025 at 7.30 p.m.\n"
        "- MEMBERS PRESENT\nMr A. Hale (Chairman), Mrs B. Moss, Mr C. Dunn\n"
        "- APOLOGIES FOR ABSENCE\nMrs D. Ford (holiday)\n"
        "- MINUTES OF PREVIOUS MEETING\nThe minutes of the meeting held on 13th March 2025 had been circulated.\n"
        "7. Grass cutting\nA discussion took place on the quotes for the churchyard.\n"
        "Proposal: Mrs Moss proposed and Mr Dunn seconded acceptance of the lower quote and the meeting unanimously agreed. "
        "The clerk will make a BACS payment when the first cut is done.\n"
        "- Risk Assessment\nThe clerk had circulated the risk assessment as at 31st March 2025.\n"
        "Proposal: Mr Dunn proposed and Mrs Moss seconded agreement to the risk assessment and the meeting unanimously agreed.\n"
    )
    _, found = _import_text(tmp_path, "ashcombe-april-dashes.txt", text, committee="Ashcombe Parish Council")
    titles = [item.title for item, _, _ in found]
    assert {"Members Present", "Apologies for Absence", "Minutes of Previous Meeting", "Grass cutting", "Risk Assessment"} <= set(titles)
    by_title = {item.title: (item, clauses, actions) for item, clauses, actions in found}
    item, clauses, actions = by_title["Grass cutting"]
    assert clauses == ["Proposal: Mrs Moss proposed and Mr Dunn seconded acceptance of the lower quote and the meeting unanimously agreed."]
    assert [a.text for a in actions] == ["The clerk to make a BACS payment when the first cut is done"]
    assert "The clerk will make a BACS payment" in item.minutes
    assert by_title["Risk Assessment"][1] == [
        "Proposal: Mr Dunn proposed and Mrs Moss seconded agreement to the risk assessment and the meeting unanimously agreed."
    ]


def test_three_level_paragraphs_under_a_sub_item_are_its_minutes(tmp_path):
    """ "Minutes from Ordinary Meeting held on ..." is a record; "5.1.2 Dave asked ... Clerk to action" is a
    paragraph of 5.1 (where its task belongs), not an item of its own; a short "5.2.1 Title" stays an item."""
    text = (
        "Draft Ordinary Meeting Minutes 6th October 2025\n\n\nMinutes from Ordinary Meeting held on\n"
        "Monday 6th October 2025 at 7.30pm\n\n"
        "1. Apologies – Cllr Ford\n\n2. Declarations of Interests – None\n\n"
        "3. The minutes from the meeting held on 8th September 2025 were signed and adopted.\n\n"
        "4. Open Public Session\n\n"
        "4.1. Report from the Highways Steward\n\n"
        "4.1.1. The steward reported that the budget for verge cutting would be cut again next year.\n\n"
        "4.1.2. He asked that potholes are reported through the county website. Clerk to report the potholes on Mill Hill – Clerk to action.\n\n"
        "4.2. Report from the Police\n\n"
        "4.2.1. The PCSO was unable to attend. Clerk to circulate the latest police briefing to all Councillors. Clerk to action\n\n"
        "5. Lengthsman Scheme\n\n5.1. The lengthsman had cleared the ditches on Church Lane.\n"
    )
    _, found = _import_text(tmp_path, "ashcombe-october.txt", text, committee="Ashcombe Parish Council")
    numbers = [item.number for item, _, _ in found]
    assert "4.1" in numbers and "4.2" in numbers and "4.1.2" not in numbers and "4.2.1" not in numbers
    by_number = {item.number: (item, actions) for item, _, actions in found}
    assert "He asked that potholes are reported" in by_number["4.1"][0].minutes
    assert [a.text for a in by_number["4.1"][1]] == ["Clerk to report the potholes on Mill Hill"]
    assert [a.text for a in by_number["4.2"][1]] == ["Clerk to circulate the latest police briefing to all Councillors"]


def test_year_and_minute_with_a_stop_and_committee_letters(tmp_path):
    """ "25.001.It was resolved to elect ..." (the year, a stop, the minute, the text run on) and "CA.212" alone
    over its title are minute numbers; minutes written as sentences before the first titled one are items."""
    allotments = (
        "Minutes of the meeting of the Allotments Committee of Ashcombe Parish Council held on 14 May 2025\n"
        "Present: Cllrs Hale (Chair), Moss and Dunn\n"
        "25.001.It was resolved to elect Cllr Hale as chair for 2025-26.\n"
        "25.002.There were no apologies.\n"
        "25.003.There were no declarations of interest.\n"
        "25.004.It was resolved to approve the minutes of the meeting held 9 April 2025.\n"
        "25.005.Provision of additional plots\n"
        "It was resolved to mark out four new plots on the west field.\n"
    )
    _, found = _import_text(tmp_path, "ashcombe-allotments.txt", allotments)
    assert [item.number for item, _, _ in found if item.number] == ["25.001", "25.002", "25.003", "25.004", "25.005"]
    cabinet = (
        "Minutes of the meeting of the Cabinet of Ashcombe Council held on 3 June 2025\n\n"
        "CA.212\nApologies for Absence\nApologies were received from Cllr Ford.\n\n"
        "CA.213\nDeclarations of Interest\nThere were none.\n\n"
        "CA.214\nPublic Question Time\nNo questions had been received.\n"
    )
    _, found = _import_text(tmp_path, "ashcombe-cabinet-june.txt", cabinet)
    assert [(item.number, item.title) for item, _, _ in found] == [
        ("CA.212", "Apologies for Absence"), ("CA.213", "Declarations of Interest"), ("CA.214", "Public Question Time"),
    ]


def test_a_scottish_minute_run_onto_one_line_with_its_decisions(tmp_path):
    """ "... Clerk 1 Member of the Public 1. APOLOGIES RESOLVED to note ...": the printed "1." is the item, not
    "1 Member"; "2013 RESOLVED that ..." after a sub-heading and "it was:- RESOLVED to note ..." are decisions."""
    text = (
        "MINUTE of the MEETING of ASHCOMBE AND WESTER COMMUNITY COUNCIL, held in the VILLAGE HALL on SATURDAY, 15 FEBRUARY 2025 "
        "at 10.15 a.m. Present: Mr A Hale, Ms B Moss and Mr C Dunn In Attendance: Mrs D Ford, Clerk 1 Member of the Public "
        "1. APOLOGIES RESOLVED to note that there were no apologies. 2. ADOPTION OF MINUTES (a) General Meeting of 10 September 2024 "
        "RESOLVED that the Minute of the Meeting held on 10 September 2024 was approved, being proposed by Mr Hale and seconded by "
        "Ms Moss. 3. MATTERS ARISING Members heard that the Clerk had made the grant application for the fireworks as agreed, and "
        "it was:- RESOLVED to note the contents of the report. 4. CORRESPONDENCE There was none this time and the meeting closed early."
    )
    _, found = _import_text(tmp_path, "ashcombe-wester.txt", text)
    by_number = {item.number: clauses for item, clauses, _ in found}
    assert by_number["1"] == ["to note that there were no apologies."]
    assert by_number["2"] and by_number["2"][0].startswith("that the Minute of the Meeting held on 10 September 2024 was approved")
    assert by_number["3"] == ["to note the contents of the report."]
