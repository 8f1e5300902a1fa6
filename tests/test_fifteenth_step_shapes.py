"""Shapes read in the fifteenth step. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

import datetime as dt

from tests.stored import stored_text

CAPITALS_RUN_IN = (
    "Parish Council Minutes 9th March 2026\n\n"
    "MINUTES of the meeting of Thornbeck Parish Council held on Monday 9th March 2026, at 7 pm in the Reading Room.\n\n"
    "PRESENT were Mrs A Quayle (Chair), Mr B Ostler and Mrs C Penrose. There were no apologies.\n\n"
    "THE MINUTES of the previous meeting were read, approved and signed.\n\n"
    "MATTERS ARISING:  The walk with the footpath officer is fixed for 20th March.\n\n"
    "Nobody has answered the letter about the ditch on Mill Lane, and the Clerk was asked to write to the landowner again.\n\n"
    "FINANCE.  The council went through last year's costs at length. Grass cutting and insurance were the largest. "
    "After much discussion the Parish Council agreed to set the precept for 2026-27 at \u00a36,200.\n\n"
    "HIGHWAYS AND FOOTPATHS.  An engineer from the county has been in touch about the bridge. He will attend the next "
    "meeting on April 13th.\n"
)


def test_headings_in_capitals_run_into_their_paragraphs_are_the_items(tmp_path):
    meeting, found = stored_text(tmp_path, "minutes.txt", CAPITALS_RUN_IN)
    assert meeting.date == dt.date(2026, 3, 9)
    assert [item.title for item, _, _ in found] == ["The Minutes", "Matters Arising", "Finance", "Highways and Footpaths"]
    minutes, arising, finance, highways = found
    # a heading that is its sentence's subject stays in the decision
    assert minutes[1] == ["THE MINUTES of the previous meeting were read, approved and signed."]
    # the doer after "and", not the whole sentence before "was asked"
    assert [(a.owners, a.text) for a in arising[2]] == [(("the Clerk",), "The Clerk to write to the landowner again")]
    # a decision at the end of a discussion is a clause; a figure it sets is no task
    assert finance[1] == ["the Parish Council agreed to set the precept for 2026-27 at \u00a36,200."]
    assert finance[2] == []
    # "on April 13th", the month first, dates the task
    assert [a.due_date for a in highways[2]] == [dt.date(2026, 4, 13)]


SEMICOLON_PARTS = (
    "Minutes of the Assets Committee of Thornbeck Town Council held on 2 June 2026\n\n"
    "A26/031 BUS SHELTER\n"
    "It was RESOLVED that the Town Clerk seek three quotes for a new shelter; that the highway authority's consent be "
    "further explored and that the next report show the options.\n"
)


def test_that_parts_split_by_a_semicolon_each_give_their_task(tmp_path):
    _, found = stored_text(tmp_path, "minutes.txt", SEMICOLON_PARTS)
    tasks = [a.text for a in found[0][2]]
    assert tasks[:2] == ["The Town Clerk to seek three quotes for a new shelter", "Explore the highway authority's consent"]


PROPOSED_SECONDED = (
    "Thornbeck Parish Council\nFacilities Committee\nMinutes of the meeting held on 4 May 2026\n\n"
    "1. Minutes\n"
    "It was proposed, seconded, and resolved to accept the notes as the minutes.\n"
    "2. Contracts\n"
    "The tenders for the grass cutting were considered. It was proposed, seconded, and unanimously resolved to award "
    "the three-year contract to Fellside Grounds Ltd.\n"
)


def test_a_decision_proposed_and_seconded_mid_paragraph_is_found_and_ends_with_its_sentence(tmp_path):
    _, found = stored_text(tmp_path, "minutes.txt", PROPOSED_SECONDED)
    assert [clauses for _, clauses, _ in found] == [
        ["to accept the notes as the minutes."],
        ["to award the three-year contract to Fellside Grounds Ltd."],
    ]


OUTCOME_ROWS = (
    "GLENBRAE COMMUNITY COUNCIL\n\n"
    "Minutes of the meeting held on 11th March 2026, held in the Church Hall\n\n"
    "ITEM 1/2 Welcome and Apologies\n\n\nNoted (i) Apologies as listed above.\n\n"
    "ITEM 3 Minutes of last meeting\n\n\nAgreed (i) The minutes were proposed (AB) and seconded (CD) as\na true record.\n\n"
    "ITEM 4 Police Report\n\n\nNoted (i) That thefts from sheds had fallen since January.\n"
)


def test_scottish_outcome_rows_led_by_a_verb_and_a_numeral_are_clauses(tmp_path):
    meeting, found = stored_text(tmp_path, "minutes.txt", OUTCOME_ROWS)
    assert meeting.committee == "Glenbrae Community Council"
    assert [clauses for _, clauses, _ in found] == [
        ["Apologies as listed above."],
        ["The minutes were proposed (AB) and seconded (CD) as a true record."],
        ["That thefts from sheds had fallen since January."],
    ]


DASHED_RUN_IN = (
    "Strathmore Community Council\nMinutes of the meeting held on 4 May 2026\n\n"
    "- Welcome: The Chair welcomed everyone and thanked the hall committee for the room.\n"
    "- Apologies: Ann Reid (AR), Tom Gow (TG)\n"
    "- Minutes of the meeting of 6th April 2026: These were agreed and signed by the Chair.\n"
    "- Treasurer's Report: AR presented the monthly report and this was agreed.\n"
    "- Matters arising from the Minutes:\n"
    "- Bus shelter \u2013 the glass is still broken and the council has not replied to two emails. Action: TG\n"
    "- Roads Matters: TG said that the potholes on the Kirk Road had been filled at last.\n"
)


def test_a_dashed_list_of_run_in_headings_gives_its_items_and_their_outcomes(tmp_path):
    _, found = stored_text(tmp_path, "minutes.txt", DASHED_RUN_IN)
    assert [item.title for item, _, _ in found] == [
        "Welcome", "Apologies", "Minutes of the meeting of 6th April 2026", "Treasurer's Report", "Matters arising from the Minutes", "Roads Matters",
    ]
    assert found[2][1] == ["These were agreed and signed by the Chair."]
    assert found[3][1] == ["AR presented the monthly report and this was agreed."]
    assert [a.owners for a in found[4][2]] == [("TG",)]


FLATTENED_LETTERED_NUMBERS = (
    "43\n"
    "1 Minutes of the Meeting of Harrowby Town Council held on Monday, 13 April, 2026 at the Town Hall Present: Cllrs A. Bell "
    "(Chairman), C. Dunn. C201 Police Report No officer was present. C202 Highways (a) County matters Cllr Dunn reported "
    "faded lines at the school junction. Resolved: that the County Council be requested to repaint the lines. (b) District "
    "matters None. C203 Open Forum No members of the public were present. C204 Minutes C204(a) Town Council Meeting held on "
    "16 March 2026 Resolved: that the Minutes of the meeting held on 16 March 2026 be approved as a correct record.\n"
)


def test_a_page_flattened_onto_one_line_breaks_before_lettered_minute_numbers(tmp_path):
    meeting, found = stored_text(tmp_path, "minutes.txt", FLATTENED_LETTERED_NUMBERS)
    # the page number before the heading does not hide it
    assert (meeting.committee, meeting.date) == ("Harrowby Town Council", dt.date(2026, 4, 13))
    assert [(item.number, item.title) for item, _, _ in found] == [
        ("C201", "Police Report"), ("C202", "Highways"), ("C203", "Open Forum"), ("C204", "Minutes"),
    ]
    assert [a.owners for a in found[1][2]] == [("the County Council",)]
    assert found[3][1] == ["that the Minutes of the meeting held on 16 March 2026 be approved as a correct record."]


YEAR_MONTH_NUMBERS = (
    "Minutes of the Town Projects Meeting held on 6th May 2026 in the Council Chamber at 2pm.\n\n"
    "2605/101 Chairman's announcements\n\nThe Chairman spoke about the website and the Clerk was asked to contact the designer.\n\n"
    "2605/102 Apologies\n\nApologies were received from Cllr Edwards.\n\n"
    "2605/103 To agree the Agenda\n\nIt was resolved to agree the Agenda as published.\n"
)


def test_minute_numbers_of_year_and_month_then_a_running_serial_are_items(tmp_path):
    _, found = stored_text(tmp_path, "minutes.txt", YEAR_MONTH_NUMBERS, committee="Town Projects")
    assert [item.number for item, _, _ in found] == ["2605/101", "2605/102", "2605/103"]
    assert [(a.owners, a.text) for a in found[0][2]] == [(("the Clerk",), "The Clerk to contact the designer")]


HEADINGS_WITH_COLONS = (
    "Minutes of the Town Management Committee meetingheld on 5th May 2026 at 4.15pm, in the Council Office.\n\n"
    "Apologies:Mr N Thwaite\n\nDeclarations of Interest: None\n\n"
    "Map Board\n\nMembers saw an estimate for two new frames amounting to \u00a3300.\n\n"
    "RESOLVED: That the quote of \u00a3300 is accepted.\n\n"
    "Weed Spraying:\n\nA specification for tender is being drawn up by the chairman.\n\n"
    "Notice Board:\n\nTwo quotes have been obtained for a new board.\n"
)


def test_short_headings_ending_in_a_colon_are_items_and_a_lost_space_in_the_heading_is_read(tmp_path):
    meeting, found = stored_text(tmp_path, "minutes.txt", HEADINGS_WITH_COLONS)
    assert meeting.committee == "Town Management Committee"
    assert [item.title for item, _, _ in found] == ["Apologies", "Declarations of Interest", "Map Board", "Weed Spraying", "Notice Board"]


AGREED_MID_PARAGRAPH = (
    "Kilbride and Easthaven Community Council.\nMinutes for the Monthly Meeting on Monday, 14th Sept. 2026 at 7.30 in the Burgh Chambers.\n\n"
    "  1. Welcome and Apologies. The chair welcomed everyone.\n"
    "  2. Out of hours care. Jim raised the closure of the night clinic. A general discussion took place. Agreed to write to the health board.\n"
    "  3. Harbour. Visitors cannot find the toilets because there are no signs on the shore road. Action Councillors.\n"
)


def test_agreed_mid_paragraph_and_an_action_tag_naming_councillors(tmp_path):
    meeting, found = stored_text(tmp_path, "minutes.txt", AGREED_MID_PARAGRAPH)
    assert meeting.committee == "Kilbride and Easthaven Community Council"
    assert found[1][1] == ["Agreed to write to the health board."]
    assert [a.owners for a in found[2][2]] == [("Councillors",)]


HOURS_NUMBERED = (
    "Draft Minutes of WHCC Meeting held 6th October 2026\n\n"
    "West Hallow Community Council\n\n"
    "A Meeting of West Hallow Community Council\ntook place in the Village Hall\non Tuesday 6 October 2026 at 7.30pm\n\n"
    "1:00 Apologies: Ann Gray and Tom Bell\n\n"
    "2:00 Approval of the minutes: The minutes were approved by Cllr Bell and seconded by Cllr Gray.\n\n"
    "3:00 Items to be included in the agenda\nWind farm\n\n"
    "4:00 Police Business: Nothing to report.\n\n"
    "Members again raised the speed of lorries on the A1 and it was suggested and agreed we should use the new figures "
    "to write to our MSP and the roads minister. Cllr Gray undertook an action to draft a press release. Cllr Bell "
    "agreed to do so as well.\n"
)


def test_items_numbered_like_hours_and_a_council_named_by_its_initials(tmp_path):
    meeting, found = stored_text(tmp_path, "minutes.txt", HOURS_NUMBERED)
    assert meeting.committee == "West Hallow Community Council"
    assert [item.number for item, _, _ in found] == ["1:00", "2:00", "3:00", "4:00"]
    police = found[3]
    assert police[1] == ["Agreed we should use the new figures to write to our MSP and the roads minister."]
    # "we should" is the council's own task; "agreed to do so" points back and is no task of its own
    assert [(a.owners, a.text) for a in police[2]] == [
        ((), "Write to our MSP and the roads minister"),
        (("Cllr Gray",), "Cllr Gray to draft a press release"),
    ]


RUN_ON_WELSH_ITEMS = (
    "Cyngor Cymuned Llanwern Fach Community Council\n\n"
    "Minutes of the meeting held on Tuesday 9th February 2027 at 6:30pm in the Village Hall.\n\n"
    "1. Apologies/Personal matters Ymddiheuriadau/Materion Personol (3) Apologies were received from Cllr Ann Hughes "
    "2. To disclose personal interests Datgelu diddordeb personol (4) None were declared.\n\n"
    "3. Confirmation of previous minutes Cadarnhau cofnodion (5) Cllr Dai Rees proposed that the minutes be accepted as "
    "correct; this was seconded by Cllr Eli Parry and passed unanimously.\n\n"
    "4. Appointment of officers (6) MP proposed DR as chair, second EP. The proposal was agreed. KH offered to remain as "
    "Vice-chair. The clerk is also to enquire about the bank mandate.\n"
)


def test_an_item_run_on_after_the_one_before_and_paragraph_numbers_in_titles(tmp_path):
    _, found = stored_text(tmp_path, "minutes.txt", RUN_ON_WELSH_ITEMS, committee="Llanwern Fach Community Council")
    assert [(item.number, item.title) for item, _, _ in found if item.number] == [
        ("1", "Apologies/Personal matters Ymddiheuriadau/Materion Personol"),
        ("2", "To disclose personal interests Datgelu diddordeb personol"),
        ("3", "Confirmation of previous minutes Cadarnhau cofnodion"),
        ("4", "Appointment of officers"),
    ]
    by_number = {item.number: (clauses, actions) for item, clauses, actions in found}
    assert by_number["3"][0] == [
        "Cllr Dai Rees proposed that the minutes be accepted as correct; this was seconded by Cllr Eli Parry and passed unanimously."
    ]
    assert by_number["4"][0] == ["The proposal was agreed."]
    # staying on as vice-chair is no task; the clerk's enquiry is
    assert [(a.owners, a.text) for a in by_number["4"][1]] == [(("the clerk",), "The clerk to enquire about the bank mandate")]


DEFERRED_AND_DATED = (
    "Minutes of the Ordinary meeting of the Council which took place on 12th April 2027, 7pm, at the Institute\n\n"
    "201/26 Progress Reports\n"
    "201/26.1 Mill Lane lights\n"
    "An estimate of \u00a31500 had been received for a new light column. Decision deferred until the May meeting.\n"
    "202/26 Planning\n"
    "After discussion the council resolved to support the application for the barn.\n"
    "203/26 Questionnaire\n"
    "It was agreed that Cllr Hook complete the county questionnaire. Cllr Hook will submit it prior to the deadline of "
    "the 25th of June.\n"
)


def test_a_decision_deferred_to_a_named_meeting_and_a_day_written_the_25th_of_june(tmp_path):
    meeting, found = stored_text(tmp_path, "minutes.txt", DEFERRED_AND_DATED, committee="Brackenby Parish Council")
    by_number = {item.number: (clauses, actions) for item, clauses, actions in found}
    # (the point "201/26.1 Mill Lane lights" is a sub-item of its own since the sixtieth step, holding its decision)
    assert by_number["201/26.1"][0] == ["Decision deferred until the May meeting."]
    assert [(a.text, a.due_date) for a in by_number["201/26.1"][1]] == [("Defer the decision until the May meeting", dt.date(2027, 5, 31))]
    assert by_number["202/26"][0] == ["the council resolved to support the application for the barn."]
    assert [a.due_date for a in by_number["203/26"][1]][-1] == dt.date(2027, 6, 25)


MATTERS_ARISING_TAGS = (
    "Minutes of the meeting of Fenby Parish Council held on 19 October 2027\n\n"
    "1. Matters arising from those minutes – Item 5 Sandbags are still available at the depot. Item 6 Councillor Atkins "
    "asked Councillor Thomson to follow up with the Trails Team about the boardwalk. Item 9 The air vent in the hall "
    "needs to be replaced – Action: Councillor Swinborne. Item 11 The insurers have not replied.\n\n"
    "2. Actions from Previous Minutes\n\n"
    "2.1 / Dog Fouling – No further updates and will be carried forward to next meeting. / JW\n\n"
    "3. Finance\n\n"
    "The appointments of Members to outside bodies was unanimously AGREED and will be shown on Appendix A. The Clerk "
    "will advise the bodies of any changes.\n\n"
    "Officer report 1027FC04 was received and noted.\n\n"
    "It was agreed that the Chair will seek legal advice on the green. It was noted that the field is subject to a "
    "planning application.\nACTION: Chair\n\n"
    "4. Payments\n\nIt was RESOLVED to make the following payments: clerk's salary \u00a3310, hall hire \u00a320.\n"
)


def test_tags_naming_a_councillor_or_a_column_and_what_is_no_task(tmp_path):
    _, found = stored_text(tmp_path, "minutes.txt", MATTERS_ARISING_TAGS)
    tasks = {item.number: [(a.owners, a.text) for a in acts] for item, _, acts in found}
    # the tagged task is the councillor's; the request before it stays with the member asked
    assert tasks["1"] == [
        (("Councillor Swinborne",), "The air vent in the hall needs to be replaced"),
        (("Councillor Thomson",), "Councillor Thomson to follow up with the Trails Team about the boardwalk"),
    ]
    assert [owners for owners, _ in tasks["2.1"]] == [("JW",)]
    # an outcome in capitals is a clause; the clerk's errand is a task; a report noted and a noting above a tag are none
    finance = next(clauses for item, clauses, _ in found if item.number == "3")
    assert finance[0].startswith("The appointments of Members to outside bodies was unanimously AGREED")
    assert tasks["3"] == [
        (("the Clerk",), "The Clerk to advise the bodies of any changes"),
        (("the Chair",), "The Chair to seek legal advice on the green"),
    ]
    assert tasks["4"] == []


DELEGATED_IN_THE_PAST = (
    "Decision details\n\n"
    "Local Government Reorganisation - final proposal\n\n"
    "Decision Maker: Chief Executive\n\n"
    "Decision:\n\n"
    "Cabinet on 14 October delegated authority to Chief Executive in consultation with the Leader of the Council to "
    "make any minor amendments to the final proposal and to submit it to government by the deadline of 28 November.\n\n"
    "Date of decision: 21 October 2027\n"
)

TRAFFIC_ORDER = (
    "Decisions published\n\n"
    "05/08/2027 - Mill Street, Oakby ref: 212    Recommendations Approved\n\n"
    "Decision Maker: Neighbourhood Portfolio\n\n"
    "Decision:\n\n"
    "1.           officers proceed with the process of implementing a Traffic Regulation Order in the above-named roads; and\n\n"
    "2            officers bring the order into force except where:\n\n"
    "              a            a ward Councillor asks that the matter be dealt with by Cabinet; or\n\n"
    "              b            ten or more objections are received.\n\n"
    "3            in those cases the Portfolio Holder makes the final decision.\n\n"
    "Lead officer: Ann Hale\n"
)


def test_delegations_and_clauses_that_decision_notices_word_their_own_way(tmp_path):
    _, found = stored_text(tmp_path, "decision.txt", DELEGATED_IN_THE_PAST)
    [(owners, due)] = [(a.owners, a.due_date) for a in found[0][2]]
    assert owners == ("Chief Executive",) and due == dt.date(2027, 11, 28)
    _, found = stored_text(tmp_path, "order.txt", TRAFFIC_ORDER, date=dt.date(2027, 8, 5))
    assert len(found[0][1]) == 3  # the lettered conditions stay inside clause 2
    assert [(a.owners, a.text[:30]) for a in found[0][2]] == [
        (("officers",), "Officers to proceed with the p"),
        (("officers",), "Officers to bring the order in"),
    ]


AGENDA_ITEM_WITH_HEADINGS = (
    "Agenda item\n\n\n"
    "To agree the public minutes of the meeting held on 12 November 2027.\n\n\n"
    "RESOLVED: that the minutes of the meeting held on 12 November 2027 be approved as a correct record, subject to "
    "the word 'boarders' being corrected to 'borders'.\n\n\n"
    "Matters Arising\n\n"
    "Flood Warning Letter\n\nThe Superintendent said the letter had gone to every member.\n\n\n"
    "Bowls and Croquet Lease\n\nThe two clubs will meet within the next fortnight.\n\n\n"
    "Hill Garden\n\nThe Superintendent said a report on ceremonies at the garden would be submitted to the April 2028 "
    "meeting of the Committee.\n\n\nSupporting documents:\n"
)


def test_a_decision_before_the_first_heading_is_kept(tmp_path):
    _, found = stored_text(tmp_path, "item.txt", AGENDA_ITEM_WITH_HEADINGS, committee="Hill Garden Committee", date=dt.date(2028, 1, 14))
    clauses = [clause for _, item_clauses, _ in found for clause in item_clauses]
    assert clauses == [
        "that the minutes of the meeting held on 12 November 2027 be approved as a correct record, subject to the word "
        "'boarders' being corrected to 'borders'."
    ]
    assert [a.due_date for _, _, acts in found for a in acts] == [dt.date(2028, 4, 30)]


def test_what_this_steps_readings_leave_alone():
    """Found in review: each of this step's readings kept to its own shape."""
    from cpb_tui.actions.extract import extract_from_resolution
    from cpb_tui.importers.context import find_context
    from cpb_tui.importers.decisions import split_decisions
    from cpb_tui.importers.flattened import unflatten
    from cpb_tui.importers.numbering import _candidate
    from cpb_tui.importers.unnumbered import heading_items

    # setting up a meeting at a time is a task; only a sum set by the decision is not
    assert [a.text for a in extract_from_resolution("RESOLVED to set up a site meeting with the contractor at 10am on 5 May.", "resolved")] == [
        "Set up a site meeting with the contractor at 10am on 5 May"
    ]
    # a decision's own lettered list after a full sentence stays its list
    _, blocks = split_decisions(["RESOLVED that the following grants be awarded.", "(a) Village Hall Committee \u00a3500", "(b) Youth Club \u00a3250"])
    assert len(blocks) == 1 and len(blocks[0]) == 3
    # a sentence naming a council is not the council's name line
    assert find_context(["Minutes of the meeting held on 3 May 2026", "", "The Clerk had written to the County Council."]).council is None
    # after the last numbered line, "3. The clerk will write" is a sentence, not item 3
    lines = ["1. Apologies None.", "2. Planning: approved by a vote of 4 to 3. The clerk will write to the applicant."]
    assert unflatten(lines) == lines
    # paragraphs opening with an acronym are not headings
    paragraphs = ["CCTV cameras were installed by the council last month at the hall.", "", "NALC guidance was received and will be circulated.",
                  "", "HMRC returns are due and the clerk has submitted them on time."]
    assert heading_items(paragraphs) == []
    # "12.24 An apology ..." alone is a paragraph, not a minute of 2012
    assert _candidate(["12.24 An apology was received from Cllr Smith for the late paper."], 0) is None
