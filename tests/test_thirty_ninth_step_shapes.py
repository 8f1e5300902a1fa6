"""Shapes read in the thirty-ninth step. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

import datetime as dt

from tests.stored import page_items as _items, stored_page as _stored, tasks

_HEAD = "Minutes of the meeting of Harrowby Vale Parish Council held on Tuesday 12th June 2035 at 7pm\n\n"


# --- minute references with a committee's letters after them ----------------------------------------------------------


def test_a_minute_reference_with_a_committees_small_letters_glued_to_its_title(tmp_path):
    page = (
        f"{_HEAD}35/12fgApologies for absence\nRESOLVED to accept the absence of Cllr Wren.\n"
        "35/13fg Declarations of Interest\nNone were declared\n35/14fgStile repairs\nProposed Cllr Quill\n"
        "RESOLVED: that the quote of \u00a3240 for the Fern Bottom stile be accepted\n"
    )
    items = _items(tmp_path, page)
    assert [(item.number, item.title) for item, _, _ in items] == [
        ("35/12fg", "Apologies for absence"), ("35/13fg", "Declarations of Interest"), ("35/14fg", "Stile repairs")]
    assert items[0][1] == ["to accept the absence of Cllr Wren."]


def test_a_minute_reference_with_a_capital_letter_after_its_year(tmp_path):
    page = (
        f"{_HEAD}010/35G Apologies: none.\n011/35G Pond: The Chair reported on the pond survey. NOTED.\n"
        "012/35G Benches: It was RESOLVED to buy two oak benches.\n013/35G Date of next meeting: 10 July 2035\n"
    )
    items = _items(tmp_path, page)
    assert [item.number for item, _, _ in items] == ["010/35G", "011/35G", "012/35G", "013/35G"]
    assert [item.title for item, _, _ in items][1:3] == ["Pond", "Benches"]


# --- a summons whose items run several to a line ---------------------------------------------------------------------


_SUMMONS = (
    "3 July 2035\n\nDear Councillor\n\nYou are summoned to a meeting of Harrowby Vale Town Council to be held in the "
    "Assembly Room, Market Street, on Thursday, 12 July 2035 at 19:00 for the business set out below.\n\n"
    "Yours faithfully\n\nPeter Ashdown Town Clerk\n\nAGENDA PART ONE\n\n"
    "1. Apologies 2. Interests 3. Mayor's Business\n\n"
    "Items for Decision 4. Council minutes of meeting held on 14 June 2035 3 - 14 5. Cemetery Committee minutes of "
    "meeting held on 19 June 15 - 22 2035 6. Markets Committee minutes of meeting held on 21 June 2035 7. Twinning "
    "Association Grant 23 - 26 8. Christmas Lights Contract Renewal 27 - 40 9. Bus Shelter Survey - Summary 41 - 44\n"
)


def test_a_summons_whose_items_run_several_to_a_line_keeps_each_item(tmp_path):
    items = _items(tmp_path, _SUMMONS)
    assert [item.number for item, _, _ in items] == [str(n) for n in range(1, 10)]
    titles = [item.title for item, _, _ in items]
    assert titles[:3] == ["Apologies", "Interests", "Mayor's Business"]
    # (the pack's page ranges are no part of a title, even where a wrapped date has one inside it)
    assert titles[4] == "Cemetery Committee minutes of meeting held on 19 June 2035"
    assert titles[6:] == ["Twinning Association Grant", "Christmas Lights Contract Renewal", "Bus Shelter Survey - Summary"]


def test_a_list_in_a_minutes_sentence_on_a_page_of_numbered_lines_stays_in_its_item(tmp_path):
    page = (
        f"{_HEAD}1. Apologies\nNone.\n2. Play area\nThe report set out three choices. 1. Repair the swings 2. Replace the "
        "frame 3. Close the area. It was RESOLVED to replace the frame.\n3. Date of next meeting\n10 July 2035\n"
    )
    items = _items(tmp_path, page)
    assert [item.title for item, _, _ in items] == ["Apologies", "Play area", "Date of next meeting"]


# --- "decided to": the meeting's decision sets work as "agreed to" does --------------------------------------------------


def test_a_decision_to_do_something_is_a_task_as_an_agreement_to_is(tmp_path):
    page = (
        f"{_HEAD}1. Harbour\nIt was decided to send the slipway survey to the harbour board.\n\n"
        "2. Verges\nThe Council decided to write to the county about the verges.\n\n"
        "3. Report\nIt was decided to note the report.\n\n4. Bench\nMembers decided not to replace the bench.\n"
    )
    items = _items(tmp_path, page)
    assert [[task.text for task in found] for _, _, found in items] == [
        ["Send the slipway survey to the harbour board"], ["Write to the county about the verges"], [], []]
    assert all(clauses for _, clauses, _ in items)


# --- a decision page that names its maker only in "Decision taken by ... on:" ---------------------------------------------


def test_a_decision_page_names_its_maker_and_day_in_decision_taken_by(tmp_path):
    page = (
        "Issue - decisions\n\nMill Lane Crossing\n\n22/04/2035 - Mill Lane Crossing\n\n"
        "Decision taken by the Cabinet Member for Highways on: 17 April 2035\n\n"
        "That a zebra crossing be installed on Mill Lane at a cost of \u00a318,500, subject to a safety audit.\n"
    )
    meeting, items = _stored(tmp_path, page)
    assert (meeting.committee, meeting.date.isoformat()) == ("Cabinet Member for Highways", "2035-04-17")
    assert items[0][1] == ["That a zebra crossing be installed on Mill Lane at a cost of \u00a318,500, subject to a safety audit."]


# --- a web page's lines under an item's title that are no items -----------------------------------------------------------


def test_who_wrote_the_paper_under_an_items_title_is_no_item(tmp_path):
    page = (
        "Agenda and minutes\n\nHighways Committee - Wednesday, 9th May 2035 10.00 am\n\nNo. Item\n\n"
        "Minutes pdf icon PDF 120 KB\n\nTo approve the minutes of the meeting held on 11 April 2035.\n\n"
        "The minutes of the meeting held on 11 April 2035 were approved as a correct record.\n\n"
        "Public participation\n\nThere was no public participation\n\n"
        "Weight Limits pdf icon PDF 300 KB\n\nReport of the Director of Place, Roads and Bridges\n\nAdditional documents:\n\n"
        "RESOLVED - That the limits on Kiln Lane and Mill Hill be confirmed.\n\n"
        "Gully Cleaning pdf icon PDF 90 KB\n\nReport of the Head of Operations\n\nRESOLVED - That the report be noted.\n"
    )
    items = _items(tmp_path, page)
    assert [(item.title, clauses) for item, clauses, _ in items] == [
        ("Minutes", ["The minutes of the meeting held on 11 April 2035 were approved as a correct record."]),
        ("Public participation", []),
        ("Weight Limits", ["That the limits on Kiln Lane and Mill Hill be confirmed."]),
        ("Gully Cleaning", ["That the report be noted."]),
    ]


def test_attendance_labels_and_officers_with_their_posts_are_no_items(tmp_path):
    page = (
        "Harrowby Vale District Council\nSouth Area Committee\nMinute of the meeting held on Tuesday, 15 January 2035 at 10.30 am.\n\n"
        "Committee Members Present:\n\nMr T Aske, Mrs P Hollin, Ms R Yardley and Mr K Brough.\n\nOfficials in attendance:\n\n"
        "Mrs J Wetherall, Area Manager\nMr L Penhale, Principal Planner\nMs C Tuckett, Committee Officer\n\n"
        "The following Members declared an interest in the Mere Lane depot.\n"
    )
    titles = [item.title for item, _, _ in _items(tmp_path, page)]
    assert not any(("Present" in title or "attendance" in title or "," in title) for title in titles), titles


# --- a ModernGov page that lost its "No. Item" header; "Agenda and decisions" -------------------------------------------------


def test_an_agenda_and_decisions_page_reads_each_bare_clause_as_its_items_decision(tmp_path):
    page = (
        "Agenda and decisions\nAmenities Committee - Tuesday, 13th March, 2035 7.00 pm\nVenue: Harrowby Vale Village Hall\n\n"
        "Welcome and apologies\n\n\nto note the apologies.\n\n\nMinute of Previous Meeting pdf icon PDF 120 KB\n\n\n"
        "to approve the minute.\n\n\nMatters Arising\n\n\n(i) to note that Councillor Pell would be writing to the bus company; and\n"
        "(ii) to otherwise note the update.\n\n\nFootpath Repairs\nto accept the quotation of \u00a31,200 from Ridley Groundworks.\n"
    )
    meeting, items = _stored(tmp_path, page)
    assert meeting.committee == "Amenities Committee"
    assert [(item.title, clauses) for item, clauses, _ in items] == [
        ("Welcome and apologies", ["to note the apologies."]),
        ("Minute of Previous Meeting", ["to approve the minute."]),
        ("Matters Arising", ["to note that Councillor Pell would be writing to the bus company; and", "to otherwise note the update."]),
        ("Footpath Repairs", ["to accept the quotation of \u00a31,200 from Ridley Groundworks."]),
    ]
    assert [task.owners for task in items[2][2]] == [("Councillor Pell",)]


def test_an_agenda_and_minutes_page_without_its_item_header_keeps_its_titles(tmp_path):
    page = (
        "Agenda and minutes\nHarrowby Vale Licensing Forum - Tuesday, 13th March, 2035 2.00 pm\n\n"
        "Minute of Previous Meeting pdf icon PDF 210 KB\n\n\nThe Forum looked at the minute of its meeting of 9 January 2035.\n\n\n"
        "The Forum resolved:-\n\nto approve the minute.\n\n\nMatters Arising\n\n\nMembers raised two points from the last meeting.\n\n\n"
        "The Forum resolved:-\n\n(i) to note that the Convener would be drafting the yearly review; and\n\n"
        "(ii) to note that the date of the open day would be confirmed later.\n"
    )
    items = _items(tmp_path, page)
    assert [item.title for item, _, _ in items] == ["Minute of Previous Meeting", "Matters Arising"]
    assert len(items[1][1]) == 2


# --- decisions told in the minute's own sentences ---------------------------------------------------------------------------


def test_decisions_after_a_connective_after_a_discussion_of_something_and_recommendations_accepted(tmp_path):
    page = (
        "Harrowby Vale District Council\nOverview and Scrutiny Committee - Thursday, 7th June 2035 7.00 pm\n\n"
        "12. Minutes\nA Member queried a word in Minute 8.\nAccordingly, the minutes of the meeting held on 3 May 2035 were agreed as a "
        "correct record.\n\n13. Work Programme\nThe Committee discussed the grants scheme and agreed that a review of the "
        "Mere Hall lettings be added to its programme.\n\n14. Trees\nThe Committee accepted the recommendations.\n\n"
        "15. Tennis\nThe Committee accepted an invitation to visit the courts.\n"
    )
    items = _items(tmp_path, page)
    assert [clauses for _, clauses, _ in items] == [
        ["Accordingly, the minutes of the meeting held on 3 May 2035 were agreed as a correct record."],
        ["The Committee discussed the grants scheme and agreed that a review of the Mere Hall lettings be added to its programme."],
        ["The Committee accepted the recommendations."],
        [],  # (an invitation accepted is no decision of the committee's business)
    ]


def test_a_task_told_in_the_narrative_and_again_more_fully_in_the_resolution_is_one_task(tmp_path):
    page = (
        f"{_HEAD}1. Matters Arising\nMembers discussed the matter and agreed that the Village Hall Secretary book a site visit "
        "to the quarry.\nRESOLVED: That the Village Hall Secretary books a site visit to the quarry with the ward members.\n"
    )
    items = _items(tmp_path, page)
    assert [task.text for task in items[0][2]] == ["The Village Hall Secretary to book a site visit to the quarry with the ward members"]


# --- wording that reads like an order and is none -----------------------------------------------------------------------------


def test_a_groups_reports_approved_a_preference_and_a_decision_told_as_past_set_no_task(tmp_path):
    page = (
        f"{_HEAD}4. Grants Review\nThe Committee noted that it had just agreed to set up a new grants panel.\nRESOLVED:\n"
        "(a) That the Review Group reports on the allotments and on the hall lettings be approved;\n"
        "(b) That the Committee would prefer Tuesday evenings for its meetings;\n(c) That the Clerk writes to the Hall Committee.\n"
    )
    items = _items(tmp_path, page)
    assert len(items[0][1]) == 3
    assert [task.text for task in items[0][2]] == ["The Clerk to write to the Hall Committee"]


def test_an_offer_carried_out_at_the_meeting_is_no_task():
    assert tasks("PCSO Dan Avery offered to give an update to the meeting, and did so.") == []
    assert tasks("PCSO Dan Avery offered to give an update at the next meeting.") == [
        ("PCSO Dan Avery to give an update at the next meeting", ("PCSO Dan Avery",))]


def test_a_recommendation_that_members_are_asked_to_approve_is_no_decision(tmp_path):
    page = (
        "Minutes of the meeting of Harrowby Vale District Council held on Wednesday 23 May 2035\n\n1. Capital programme\n"
        "RECOMMENDED - Members are asked to agree the revised capital programme.\nRESOLVED that the revised capital programme be approved.\n\n"
        "2. Parks\nRECOMMENDED to Council that the parks strategy be adopted.\n"
    )
    items = _items(tmp_path, page)
    assert [clauses for _, clauses, _ in items] == [
        ["that the revised capital programme be approved."], ["Recommended to Council that the parks strategy be adopted."]]


def test_follow_ups_in_the_passive_with_no_doer_are_tasks():
    assert tasks("Progress would be monitored and reported back to the Committee in March.") == [
        ("Report progress back to the Committee in March", ())]
    assert tasks("The committee asked that delivery of the plan be tracked and reported back to a later meeting.") == [
        ("Report delivery of the plan back to a later meeting", ())]
    assert tasks("The play strategy would be refreshed next year.") == [("Refresh the play strategy next year", ())]
    assert tasks("Progress on the scheme had been slow.") == []


def test_an_agenda_of_links_and_a_title_naming_only_the_council(tmp_path):
    page = (
        "Council Meeting - 15 May 2035\n\nA Meeting of Harrowby Vale Council will be held in the Council Chamber, Mill Street, "
        "Harrowby on Tuesday 15 May 2035 at 2.00pm.\n\n1.        Welcome and Apologies\n2.        Declarations of Interest\n"
        "3.        icon Annual Allotments Report 2034/35 [2Mb] - Report by Head of Estates (Pages 5-20)\n"
        "4.        icon Village Green Lease [410Kb] - Report by Clerk (Pages 21-30)\n5.        Appointment to the Hall Trust\n"
    )
    meeting, items = _stored(tmp_path, page)
    assert meeting.committee == "Harrowby Vale Council"
    assert [item.number for item, _, _ in items] == ["1", "2", "3", "4", "5"]
    assert items[2][0].title.startswith("Annual Allotments Report 2034/35")
    assert "icon" not in items[3][0].title and "Kb" not in items[3][0].title


def test_a_flattened_page_opening_with_its_councils_name_before_its_minutes_heading(tmp_path):
    page = (
        "Harrowby Vale Community Council Minute of the Harrowby Vale Community Council (HVCC) Meeting held on Tuesday, 15th "
        "May 2035, in the Village Hall 1. Welcome: The Chair welcomed members. 2. Apologies: Apologies were received from "
        "CClr Finch. 3. Police matters: PC Rook gave the report.\n"
    )
    meeting, items = _stored(tmp_path, page)
    assert (meeting.committee, meeting.date.isoformat()) == ("Harrowby Vale Community Council", "2035-05-15")
    assert [item.title for item, _, _ in items] == ["Welcome", "Apologies", "Police matters"]


def test_an_agenda_item_cited_in_a_declaration_is_no_item(tmp_path):
    page = (
        "DATA LABEL: Public 41\n\nMINUTE of MEETING of the COUNCIL held in the Pavilion, Harrowby Vale, on 4 June 2035.\n\n"
        "Present \u2013 Councillors Ada Pell (Chair), Rory Finch, Mae Dunlop.\n\n1. DECLARATIONS OF INTEREST\n\n"
        "Agenda Item 6 (Village Green Lease) \u2013 Councillor Finch declared an interest as a trustee of the Green Trust.\n\n"
        "Agenda Item 9 (Bus Shelter) - Councillor Dunlop declared an interest as a neighbour of the site.\n42\n"
        "2. VILLAGE GREEN LEASE\nThe Council agreed to renew the lease for five years.\n"
    )
    items = _items(tmp_path, page)
    assert [(item.number, item.title) for item, _, _ in items] == [("1", "Declarations of Interest"), ("2", "Village Green Lease")]


# --- a Scottish vote: what "became the finding of the meeting" ----------------------------------------------------------------


def test_the_amendment_or_motion_that_became_the_finding_of_the_meeting_is_the_decision(tmp_path):
    page = (
        "Minute of Meeting of the Harrowby Vale Area Committee held on 3 April 2035\n\n1. Dog Bins\n"
        "Councillor Pell, seconded by Councillor Dunlop, moved that two new bins be installed on the Green.\n"
        "As an amendment Councillor Avery, seconded by Councillor Rook, moved that the matter be deferred.\n"
        "On a division, 3 voted for the motion and 4 for the amendment.\nAccordingly the amendment became the finding of the meeting.\n\n"
        "2. Bus Shelter\nCouncillor Finch, seconded by Councillor Rook, moved that the shelter be repainted.\n"
        "As an amendment Councillor Avery moved that no action be taken.\nOn a division, 5 voted for the motion and 2 for the "
        "amendment.\nThe motion was carried and became the finding of the meeting.\n"
    )
    items = _items(tmp_path, page)
    assert [clauses for _, clauses, _ in items] == [["that the matter be deferred."], ["that the shelter be repainted."]]


def test_a_table_row_that_wraps_over_lines_before_its_record_is_an_item(tmp_path):
    page = (
        "Contact: Democratic Services\nNo. | Item |\n"
        "Apologies for Absence Minutes: Councillor Penfold sent apologies. |\n"
        "Declarations of Interest Members must name any item in which they hold an interest\n"
        "(a) and say what the interest is, and\n"
        "(b) any Member leaving the room should say so to the Chair Minutes: Councillor Aske declared an interest in Item 6.\n"
        "Councillor Brough declared an interest in Item 6 as a member of the Mere Hall board. |\n"
        "Mere Hall Lease To consider the renewal of the lease. Minutes: RESOLVED that the lease be renewed for five years. |\n"
    )
    items = _items(tmp_path, page, committee="Harrowby Vale District Council", date=dt.date(2035, 3, 6))
    assert [item.title for item, _, _ in items] == ["Apologies for Absence", "Declarations of Interest", "Mere Hall Lease"]
    assert items[2][1] == ["that the lease be renewed for five years."]


def test_a_pipe_table_agendas_notes_after_each_title_are_no_part_of_it(tmp_path):
    page = (
        "No. | Item |\n---|---|\nOrder of Business Including any urgent items. Additional documents: |\n|\n"
        "Declaration of interests Members must name any item. Additional documents: |\n|\n"
        "Deputations If any Additional documents: |\n|\nQuestions by Members of the Public Additional documents: |\n|\n"
        "Mill Lane Car Park - referral from the Amenities Committee Additional documents: |\n"
    )
    titles = [item.title for item, _, _ in _items(tmp_path, page, committee="Harrowby Vale Council", date=dt.date(2035, 3, 6))]
    assert titles == ["Order of Business", "Declaration of interests", "Deputations", "Questions by Members of the Public",
                      "Mill Lane Car Park - referral from the Amenities Committee"]


def test_another_bodys_own_undertaking_told_as_news_is_no_task():
    assert tasks("Highways have agreed to reline the give-way markings at Mill Lane in the spring.") == []
    assert tasks("The Police will send residents a leaflet on the new reporting line.") == []
    # (what the meeting asked of them, or its own member's errand, stays a task)
    assert tasks("The Police were asked to patrol the lane.") == [("The Police to patrol the lane", ("the Police",))]
    assert tasks("The Clerk will ask Highways to reline the markings.") == [("The Clerk to ask Highways to reline the markings", ("the Clerk",))]


def test_a_correction_to_an_earlier_meetings_record_is_never_due_on_that_meeting(tmp_path):
    page = (
        "Harrowby Vale District Council\nCabinet - Tuesday, 13th November 2035 6.00 pm\n\n21. Minutes\n\n"
        "RESOLVED - 1. That the record of attendance at the meeting on 16 October 2035 be amended to add Councillor "
        "Yardley; and 2. That, subject to that amendment, the minutes be approved.\n"
    )
    items = _items(tmp_path, page)
    # (the Clerk puts the record right, a task; the meeting it cites is gone by, so no due falls before the meeting itself)
    [task] = items[0][2]
    assert task.text.startswith("Amend the record of attendance") and task.due_date is None and task.due_meeting_date is None


def test_a_moderngov_heading_naming_the_meeting_then_its_body_names_the_meeting():
    from cpb_tui.importers.committee_names import clean_committee

    assert clean_committee("Budget Council, Council") == "Budget Council"


def test_a_pages_one_numbered_item_stands_over_its_attendance_lines(tmp_path):
    page = (
        "Agendas, reports and minutes\nHarrowby Vale Council\nDate: Thursday, 15 March 2035\n"
        "Minutes: Read the Minutes (Special Meeting)\nMinutes of Special Meeting of Harrowby Vale Council held in the Council "
        "Chamber, Mill Street, Harrowby on Thursday, 15 March 2035 at 10.30am.\n1. Appointment of Depute Provost\nPresent:\n"
        "Mrs A Pell, Mr R Finch, Ms M Dunlop, Mr I Rook\nIn Attendance:\nChief Executive\nDirector of Finance\nHead of Estates\n"
        "Mrs A Pell in the Chair\nMr T Avery had sent his apologies.\n"
        "Mr Finch, seconded by Ms Dunlop, moved that Mr Rook be appointed Depute Provost, and there being no other nomination it "
        "was AGREED accordingly.\n"
    )
    items = _items(tmp_path, page)
    assert [item.title for item, _, _ in items] == ["Appointment of Depute Provost"]
    assert len(items[0][1]) == 1


def test_a_date_in_a_sentence_under_a_numbered_point_is_not_the_meetings(tmp_path):
    from cpb_tui.importers.context import find_context

    lines = [
        "The Chair opened the meeting at 7pm.", "Mill Ward CC sent apologies.",
        "3.1 Roads Update", "Mr Ivo Quarrie kindly offered to brief the meeting on the resurfacing.",
        "3.2 Report from the clerks' forum", "Mrs Ada Pell said the forum had met on 2nd May 2035.",
    ]
    assert find_context(lines).date is None


def test_an_officer_report_with_its_headings_alone_over_numbered_paragraphs_is_one_report(tmp_path):
    from cpb_tui.importers import load

    page = (
        "Agenda Item No. 6\n\nHarrowby Vale District Council\n\nScrutiny Committee (Environment): 15th May 2035\n\n"
        "Report of the Head of Governance\n\nTracking of Recommendations\n\nPurpose of the Report\n"
        "1.   This report updates Members on the Committee's open recommendations.\nRecommendation\n"
        "That the Committee considers the status of the actions in Appendix A.\nBackground\n"
        "2.   Members wanted a tracking report every quarter.\n"
    )
    path = tmp_path / "report.txt"
    path.write_text(page, encoding="utf-8")
    _, record = load(path, committee="Scrutiny Committee (Environment)")
    assert record.kind == "report"
    assert [item.title for meeting in record.meetings for item in meeting.items] == ["Tracking of Recommendations"]


def test_a_discussion_then_an_agreement_that_someone_act_keeps_that_task_beside_the_next_lines(tmp_path):
    page = (
        "Agenda and minutes\nAmenities Committee - Tuesday, 13th March, 2035 7.00 pm\n\nPlay Area pdf icon PDF 120 KB\n\n"
        "The Committee discussed the play area and agreed that the Clerk write to the insurer.\n"
        "Progress would be monitored and reported back to the Committee in June.\n\nBenches pdf icon PDF 10 KB\n\nThe Committee noted the report.\n"
    )
    items = _items(tmp_path, page)
    assert [task.text for task in items[0][2]] == ["The Clerk to write to the insurer", "Report progress back to the Committee in June"]
