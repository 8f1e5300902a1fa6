"""Shapes read in the forty-second step. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

import datetime as dt

from tests.stored import page_items as _items, stored_page, tasks


# --- a month with no year, said in that month ------------------------------------------------------------------------------


def test_the_end_of_the_month_the_meeting_is_in_is_this_month_not_next_year():
    from cpb_tui.actions.due import parse_due, resolve_due

    april = parse_due("Clerk to write to the County Council by the end of April")
    assert april is not None and april.kind == "month_only"
    assert resolve_due(april, dt.date(2036, 4, 9), []) == (None, dt.date(2036, 4, 30))
    # the meeting that set it is never the meeting it is due at, even in the same month
    assert resolve_due(april, dt.date(2036, 4, 9), [dt.date(2036, 4, 9)]) == (None, dt.date(2036, 4, 30))
    assert resolve_due(april, dt.date(2036, 4, 9), [dt.date(2036, 4, 9), dt.date(2036, 4, 23)])[0] == dt.date(2036, 4, 23)
    # a month gone by is next year's
    assert resolve_due(april, dt.date(2036, 5, 14), [])[1] == dt.date(2037, 4, 30)


def test_a_task_due_by_the_end_of_the_meeting_month_is_stored_with_that_month(tmp_path):
    page = (
        "Minutes of the Meeting of Thornbury Vale Parish Council held on Tuesday 9 April 2036 in the Village Hall\n\n"
        "1. Apologies for absence\nCllr D Kent.\n\n"
        "2. Footpaths\nThe footpath by the mill is overgrown. Clerk to write to the County Council by the end of April.\n"
    )
    items = _items(tmp_path, page)
    (action,) = items[1][2]
    assert action.due_date == dt.date(2036, 4, 30)


# --- "Item 5 – Planning. 36/0012 ...": a title before an application's reference ---------------------------------------------


def test_an_item_whose_text_opens_on_an_application_reference_keeps_its_title_and_its_verdict(tmp_path):
    page = (
        "Minutes of a meeting of Brindle Green Parish Council held in the Pavilion on 14 January 2036\n\n"
        "Item 4 – Matters arising. The dog bin is still awaited; Clerk to contact the District Council.\n"
        "Item 5 – Planning. 36/0012 Rose Cottage, extension: no objection.\n"
        "Item 6 – Finance. £120 was paid to the grass cutter.\n"
        "Item 7 – AOB. Cllr Lowe asked about the hedge on Mill Lane; Clerk to write to the landowner.\n"
        "Item 8 – Date of next meeting: 11 February 2036.\n"
    )
    items = _items(tmp_path, page)
    assert [(item.number, item.title) for item, _, _ in items] == [
        ("4", "Matters arising"), ("5", "Planning"), ("6", "Finance"), ("7", "AOB"), ("8", "Date of next meeting: 11 February 2036.")]
    assert items[1][1] == ["36/0012 Rose Cottage, extension: no objection."]
    assert [a.text for a in items[3][2]] == ["Clerk to write to the landowner"]


def test_a_reply_under_a_heading_is_never_a_heading_of_its_own(tmp_path):
    page = (
        "WESTLEA PARISH COUNCIL\n\nMinutes of the Ordinary Meeting of the Council held on Thursday 5th February 2036\n\n"
        "APOLOGIES\nCllr T Gale.\n\nMINUTES OF THE LAST MEETING\nThe minutes of 8th January were agreed as a true record.\n\n"
        "FOOTPATHS\nThe gate on FP12 needs replacing. Cllr Hart to speak to the Rights of Way officer.\n\n"
        "ANY OTHER BUSINESS\nNone.\n\nThe meeting closed at 9.05pm.\n"
    )
    assert [item.title for item, _, _ in _items(tmp_path, page)] == ["Apologies", "Minutes of the Last Meeting", "Footpaths", "Any Other Business"]


# --- an agenda's items one to a line, with no numbers and no dashes ------------------------------------------------------


def test_an_agenda_of_headings_one_to_a_line_gives_an_item_a_line(tmp_path):
    page = (
        "Notice is hereby given that a Meeting of Little Haddon Parish Council will be held on Wednesday 6 May 2036 at 7pm "
        "at the Church Rooms.\n\nAll residents may come.\n\nAGENDA\n\n"
        "APOLOGIES FOR ABSENCE\nDECLARATIONS OF INTEREST\nMINUTES OF THE MEETING HELD ON 1 APRIL 2036\nMATTERS ARISING\n"
        "CORRESPONDENCE\nPLANNING APPLICATIONS\nFINANCE \u2013 to approve payments\nREPORTS FROM COUNCILLORS\nDATE OF NEXT MEETING\n\n"
        "Signed: K Moss, Clerk\n"
    )
    items = _items(tmp_path, page)
    assert len(items) == 9
    assert [item.title for item, _, _ in items][-3:] == ["Finance", "Reports from Councillors", "Date of Next Meeting"]


def test_a_list_under_agenda_with_a_sentence_in_it_is_not_read_as_an_item_a_line(tmp_path):
    from cpb_tui.importers.agenda_list import agenda_list_items

    lines = ["AGENDA", "", "APOLOGIES FOR ABSENCE", "The Chairman will welcome the new Clerk.", "MATTERS ARISING", "CORRESPONDENCE", "FINANCE"]
    assert agenda_list_items(lines) == []
    people = ["AGENDA", "", "Cllr A Penn", "Cllr B Rowe", "Cllr C Dale", "Cllr D Fenn"]
    assert agenda_list_items(people) == []


# --- minute numbers: "Minute 36.101 – Apologies" ------------------------------------------------------------------------


def test_a_year_and_a_three_figure_minute_after_minute_and_a_dash_are_the_items(tmp_path):
    page = (
        "HIGH ASHTON TOWN COUNCIL\nNotes of the Town Council's November meeting, Monday 9 November 2036, Guildhall\n\n"
        "Minute 36.101 \u2013 Apologies\nApologies were received from Cllrs Todd and Marsh.\n"
        "Minute 36.102 \u2013 Minutes of the last meeting\n"
        "RESOLVED: That the October notes be signed as correct.\n"
        "Minute 36.103 \u2013 Christmas lights\n"
        "RESOLVED: That the Council spends up to \u00a34,000 on the Christmas lights. The Town Clerk to place the order by 20 November.\n"
    )
    items = _items(tmp_path, page)
    assert [(item.number, item.title) for item, _, _ in items] == [
        ("36.101", "Apologies"), ("36.102", "Minutes of the last meeting"), ("36.103", "Christmas lights")]
    (action,) = items[2][2]
    assert action.due_date == dt.date(2036, 11, 20)


# --- Markdown: a bold numbered title with its minute after it on the line --------------------------------------------------


def test_a_bold_numbered_title_ends_where_the_bold_ends(tmp_path):
    page = (
        "**Pelham Cross Parish Council**\n\n**Minutes of the Meeting held on Tuesday 8 December 2036**\n\n"
        "**1. Apologies** Cllr Neal.\n\n**2. Minutes** The minutes of 10 November were approved.\n\n"
        "**3. Christmas tree** The tree will be delivered on 12 December. Cllr Ward to arrange the lights.\n\n"
        "**4. Correspondence** None.\n"
    )
    items = _items(tmp_path, page)
    assert [item.title for item, _, _ in items] == ["Apologies", "Minutes", "Christmas tree", "Correspondence"]
    assert [a.text for a in items[2][2]] == ["Cllr Ward to arrange the lights"]


# --- "Agreed that the Clerk orders ...": a doer's errand told in the present --------------------------------------------------


def test_a_doers_errand_in_the_present_after_agreed_that_is_a_task(tmp_path):
    page = (
        "Minutes of the Meeting of Sallow Brook Parish Council held on Tuesday 11 August 2036\n\n"
        "1. Grit bins\nAgreed that the Clerk orders two new grit bins before October.\n\n"
        "2. Trees\nIt was agreed that the Clerk writes to the landowner.\n\n"
        "3. Hall\nAgreed that the new rate applies from April and that the grant pays for the new bench.\n"
    )
    items = _items(tmp_path, page)
    (bins,) = items[0][2]
    assert (bins.text, bins.due_date) == ("The Clerk to order two new grit bins before October", dt.date(2036, 10, 31))
    assert [a.text for a in items[1][2]] == ["The Clerk to write to the landowner"]
    assert items[2][2] == []  # a rate that applies and a grant that pays are no one's errands


# --- minute numbers with the committee's letters, or the meeting's month, in them ----------------------------------------


def test_letters_and_a_minute_then_the_month_and_year_are_the_items(tmp_path):
    page = (
        "Minutes of the Halls and Recreation Committee of Ryecombe Town Council held at the Guildhall, Monday 11th January 2036\n"
        "HR1. 01/36 Apologies: Apologies received from Cllr Stone.\n"
        "HR2. 01/36 Open Forum: Nobody attended.\n"
        "HR3. 01/36 To review the grit bins and whether more are wanted on Hill Road: It was agreed to ask the District Council for two more.\n"
        "HR4. 01/36 To note ryecombe.org.uk community grants: This scheme was noted. Deputy Clerk to email details to Cllrs.\n"
    )
    items = _items(tmp_path, page)
    assert [(item.number, item.title) for item, _, _ in items] == [
        ("HR1. 01/36", "Apologies"), ("HR2. 01/36", "Open Forum"),
        ("HR3. 01/36", "To review the grit bins and whether more are wanted on Hill Road"),
        ("HR4. 01/36", "To note ryecombe.org.uk community grants")]


def test_a_minute_then_the_meetings_month_and_a_two_figure_year(tmp_path):
    page = (
        "MINUTES OF A MEETING OF ORMSBY PARISH COUNCIL, HELD IN THE PAVILION ON THURSDAY, 13th APRIL 2036, AT 7.30 P.M.\n\n"
        "1/04/36 APOLOGIES FOR ABSENCE\n\nApologies were received from Mr. B. Oak.\n\n"
        "2/04/36 DECLARATIONS OF INTEREST\n\nThere were none.\n\n"
        "3/04/36 THE MINUTES OF THE MARCH MEETING having gone to every councillor beforehand, were approved and signed.\n\n"
        "4/04/36 PLANNING MATTERS\n\nThe Parish Council raised no objection.\n"
    )
    items = _items(tmp_path, page)
    assert [item.number for item, _, _ in items if item.number] == ["1/04/36", "2/04/36", "3/04/36", "4/04/36"]
    minutes = next(clauses for item, clauses, _ in items if item.number == "3/04/36")
    assert minutes and minutes[0].startswith("THE MINUTES OF THE MARCH MEETING having gone to every councillor")


def test_a_date_in_the_first_line_of_a_list_of_minutes_is_no_minute_number(tmp_path):
    from cpb_tui.importers.numbering import numbered_items

    lines = ["1/04/36 The Clerk wrote to the County Council.", "", "1. Apologies", "2. Minutes", "3. Planning"]
    assert [h.number for h in numbered_items(lines)] == ["1", "2", "3"]


def test_letters_a_month_and_a_minute_after_a_stop_run_as_one_list(tmp_path):
    page = (
        "Notes of the Ashby Vale Parish Council meeting, Pavilion, Wednesday 25th, May, 2036 at 7.30pm\n\n"
        "MH05/36.1: Apologies: Cllr J. Evans.\n\nMH05/36.2: Declaration of Interest\n\nNone received.\n\n"
        "MH05/36.3 Open Forum\n\nResidents raised the state of the footpath.\n\n"
        "Action: The Clerk to price the repair and report at the next meeting.\n"
    )
    meeting, items = stored_page(tmp_path, page)
    assert meeting.date == dt.date(2036, 5, 25)  # (a comma after the day and after the month)
    assert [item.number for item, _, _ in items] == ["MH05/36.1", "MH05/36.2", "MH05/36.3"]


def test_an_earlier_years_minute_cited_under_matters_arising_is_no_item(tmp_path):
    page = (
        "Present: Cllrs Abel, Baird, Cole, Clerk, + 6 members of the public\n"
        "113 Apologies:\nCllr Dunn\n114 Declarations of Interest:\nNone declared\n"
        "115 Notes of the January meeting:\nAccepted.\n"
        "116 Matters Arising:\nMinute No 104 35/36 \u2013 Chair AB reported the highways inspector was retiring.\n"
        "Minute No 109 35/36 \u2013 Chair AB and Cllr CD advised a first meeting had taken place.\n"
    )
    items = _items(tmp_path, page, committee="Ashby Parish Council", date=dt.date(2036, 2, 21))
    assert [item.number for item, _, _ in items] == ["113", "114", "115", "116"]


# --- tasks told as a past errand, a scan, a heading before the Clerk's task, the month's end --------------------------------


def test_tasks_told_in_correspondence_lines_and_as_errands_in_the_past():
    assert tasks("Details of the new bus timetable were to be passed on to the school.") == [
        ("Pass details of the new bus timetable on to the school", ())]
    assert tasks("The event was to be held in May.") == []
    assert tasks("GF will scan the letter to those members without email.") == [("GF to scan the letter to those members without email", ("GF",))]
    assert tasks("Court Closures Consultation \u2013 Clerk instructed to write to the Courts Service in support.") == [
        ("Clerk to write to the Courts Service in support", ("Clerk",))]
    assert tasks("Harvest Supper Clerk to book the hall for the parish.") == [("Clerk to book the hall for the parish", ("Clerk",))]
    assert tasks("The Parish Clerk to write to the school.") == [("The Parish Clerk to write to the school", ("the Parish Clerk",))]


def test_by_the_end_of_this_month_is_the_meetings_own_month_end():
    from cpb_tui.actions.due import parse_due, resolve_due

    spec = parse_due("Councillors to pass any ideas to the Clerk by the end of this month")
    assert spec is not None and spec.words == "by the end of this month"
    assert resolve_due(spec, dt.date(2036, 9, 3), [dt.date(2036, 9, 3), dt.date(2036, 10, 1)]) == (None, dt.date(2036, 9, 30))


# --- "– Deferred.", a cost shared, a proposal told with capitals -----------------------------------------------------------


def test_an_item_deferred_after_its_title_is_put_off_to_come_back(tmp_path):
    page = (
        "Minutes of the Meeting of Lustow Vale Parish Council held on 4 November 2036\n\n"
        "21/78 Co-option to the vacancy on the parish council \u2013 Deferred.\n\n21/79 Footpaths\nDeferred.\n\n"
        "21/80 Finance\nb) It was agreed to buy three new benches for \u00a3412.50. The cost will be split with Hatherby Parish Council.\n"
    )
    items = _items(tmp_path, page)
    assert items[0][0].title == "Co-option to the vacancy on the parish council"
    assert items[0][1] == ["Deferred."]
    assert [a.text for a in items[0][2]] == ["Defer the item"]
    assert [a.text for a in items[1][2]] == ["Defer the item"]
    assert [a.text for a in items[2][2]] == ["Buy three new benches for \u00a3412.50"]  # (how the cost is shared is no one's task)


def test_a_proposal_told_with_a_capital_names_no_one_to_do_anything():
    from cpb_tui.actions.extract import extract_from_resolution

    assert extract_from_resolution("KL Proposed MN to stay as Chair, OP seconded.", "agreed") == []
    assert tasks("The bill will be sent to the school.") == [("Send the bill to the school", ())]


# --- a list's number printed twice, each over an item of its own ----------------------------------------------------------


def test_a_number_printed_twice_over_two_titles_alone_on_their_lines_gives_two_items(tmp_path):
    page = (
        "Minutes of the Meeting of Millgate Parish Council held in the Ross Room on 23rd May 2036\n\n"
        "    3. Confirmation of the minutes\n\nThe minutes were agreed by all.\n\n"
        "    4. Matters Arising\n\nChair to ask the District Council to replenish the sand bags.\n\n"
        "4. Planning Applications\n\nThe clerk reported two decisions.\n\n5. Flooding Works\n\nThe culvert has been cleared.\n"
    )
    items = _items(tmp_path, page)
    assert [(item.number, item.title) for item, _, _ in items] == [
        ("3", "Confirmation of the minutes"), ("4", "Matters Arising"), ("4", "Planning Applications"), ("5", "Flooding Works")]
    # (points with their text on the line stay points, and points numbered again under a heading are its own)
    from cpb_tui.importers.number_values import Heading, typed_again

    chain = [Heading(4, 5, "4", 4, "Matters Arising", "inline", 1.5), Heading(12, 13, "5", 5, "Flooding", "inline", 1.5)]
    again = Heading(8, 9, "4", 4, "Planning Applications", "inline", 1.5)
    assert [h.title for h in typed_again(chain, [chain[0], again, chain[1]])] == ["Matters Arising", "Planning Applications", "Flooding"]
    told = Heading(8, 9, "4", 4, "Dispensations", "inline", 1.5, "none")
    assert [h.title for h in typed_again(chain, [chain[0], told, chain[1]])] == ["Matters Arising", "Flooding"]
    point = Heading(6, 7, "1", 1, "Bus shelter", "inline", 1.5)
    assert [h.title for h in typed_again(chain, [chain[0], point, again, chain[1]])] == ["Matters Arising", "Flooding"]


# --- a table's header run into the first item, the first item run onto the attendance line, an asterisk before a title -------


def test_a_flattened_tables_header_before_the_first_item_is_no_part_of_it(tmp_path):
    page = (
        "GULLWICK AREA COMMUNITY COUNCIL\n\nMinutes of the meeting held in the Kirk Hall on 12 November 2036\n\n"
        "Item Title Action By 1 APOLOGIES Sent by F Boyd.\n\n"
        "2 MINUTES OF THE LAST MEETING These were accepted.\n\n"
        "3 MATTERS ARISING The group agreed that the Chair should write to the bus company again.\n"
    )
    items = _items(tmp_path, page)
    assert [(item.number, item.title) for item, _, _ in items] == [
        ("1", "Apologies"), ("2", "Minutes of the Last Meeting"), ("3", "Matters Arising")]


def test_the_first_item_run_onto_the_attendance_line_is_an_item(tmp_path):
    page = (
        "GLENMORE BAY COMMUNITY COUNCIL Minutes of the meeting on 30 March 2036, Village Hall\n\n"
        "Present: L Moir (Chair), S Finn, T Bell. Attendance: Cllr Crane and two residents. Item 1 Apologies: F Reid, J Hale.\n\n"
        "Item 2 Public Session:\n\n2.1 No police report.\n\nItem 3 Finance:\n\n3.1 The balance is \u00a31,204.\n"
    )
    items = _items(tmp_path, page)
    assert [item.number for item, _, _ in items if "." not in (item.number or "")] == ["1", "2", "3"]


def test_an_asterisk_before_an_item_pages_title_is_no_part_of_it(tmp_path):
    page = (
        "141 *Safer Streets Plan 2036/37 PDF 182 KB\n"
        "To decide on the proposals in the officer's paper.\n"
        "Decision:\nRESOLVED \u2013 That Full Council be advised to adopt the Safer Streets Plan 2036/37.\n"
        "Minutes:\nThe streets officer spoke to the paper.\n"
        "- More detail on the number of bus journeys lost was requested.\n"
    )
    items = _items(tmp_path, page, committee="Cabinet", date=dt.date(2036, 3, 16))
    assert [(item.number, item.title) for item, _, _ in items] == [("141", "Safer Streets Plan 2036/37")]
    assert [a.text for a in items[0][2]] == ["More detail on the number of bus journeys lost"]


def test_things_the_meeting_does_there_and_then_and_things_that_are_no_ones_task():
    assert tasks("Members agreed to adjourn the meeting so that residents could put questions.") == []
    assert tasks("It was agreed to suspend standing orders to allow the public to speak.") == []
    assert tasks("Cllr Lowe asked for her name to be included among those present.") == []
    assert tasks("The new service will link the villages to the health centre.") == []
    assert tasks("The Children's Service will provide a report to the next meeting.") == [
        ("The Children's Service to provide a report to the next meeting", ("the Children's Service",))]
    assert tasks("Information was requested by the auditor last year and supplied.") == []


def test_someone_outside_the_council_asked_or_urged_to_act_is_the_councils_task_to_ask():
    from cpb_tui.actions.extract import extract_from_resolution

    found = extract_from_resolution("That the landowner be asked to cut the hedge.", "resolved")
    assert [(a.text, a.owners) for a in found] == [("Ask the landowner to cut the hedge", ())]
    found = extract_from_resolution("Agreed that the County Council be urged to resurface the path.", "agreed")
    assert [a.text for a in found] == ["The County Council to resurface the path"]


# --- the agenda's words run into the minute with no stop, and a name said twice -----------------------------------------------


def test_agenda_words_run_into_their_minute_end_where_the_minute_opens(tmp_path):
    page = (
        "Minutes of the Chirbury Vale Parish Council meeting of Tuesday 13th November 2036, 7.15pm, Old School\n\n"
        "Present: Cllrs. D Harm, Chair (DH), J Moore (JM)\n\n"
        "Item: 117 Receive apologies for absence None received; one member came late.\n\n"
        "118 Receive declarations of interest None declared.\n\n"
        "119 Receive and approve the notes of the last meeting on 9th October 2036 Resolved: The notes were a true record.\n\n"
        "120 Report from Councillor Oates Councillor Oates began with the state of the verges. "
        "He said he will push for this at the highways meeting in December.\n"
    )
    items = _items(tmp_path, page)
    assert [(item.number, item.title) for item, _, _ in items] == [
        ("117", "Receive apologies for absence"), ("118", "Receive declarations of interest"),
        ("119", "Receive and approve the notes of the last meeting on 9th October 2036"), ("120", "Report from Councillor Oates")]
    (push,) = items[3][2]
    assert push.due_date == dt.date(2036, 12, 31)


# --- who does it, in a column pushed to the right margin; a check by a named member; a bare "Request that" -------------------


def test_initials_in_the_right_margin_name_who_does_the_paragraphs_task():
    assert tasks("Signfix would be asked to lengthen the guarantee.                 MA") == [("Ask Signfix to lengthen the guarantee", ("MA",))]
    assert tasks("The petty cash book will be checked by Cllr RT.") == [("Cllr RT to check the petty cash book", ("Cllr RT",))]
    assert tasks("The accounts will be checked.") == []
    assert tasks("Request that Tanner's Row and Pound Lane are added to the gritting route.") == [
        ("Add Tanner's Row and Pound Lane to the gritting route", ())]


# --- a summons naming the venue before the day; a number alone over a label and its minute; a decision's report reference -----


def test_a_summons_that_names_the_venue_before_the_day_gives_the_date(tmp_path):
    page = (
        "TO: THE CHAIRMAN AND MEMBERS OF ELMSCAR TOWN COUNCIL.\n\n"
        "You are summoned to attend the Monthly Town Meeting of Elmscar Town Council, in the Guildhall, Market Place "
        "on TUESDAY 10th SEPTEMBER 2036 at 6.30pm\n\nMr S Hale 3rd September 2036\n\nAGENDA\n\n"
        "1. Apologies. 2. Notes of the August meeting. "
        "3. Declarations of Interest. 4. Public Participation.\n"
    )
    meeting, items = stored_page(tmp_path, page)
    assert (meeting.committee, meeting.date) == ("Elmscar Town Council", dt.date(2036, 9, 10))
    assert len(items) == 4


def test_a_number_alone_over_a_label_and_its_minute_is_the_item(tmp_path):
    page = (
        "PAKEFIELD PARISH COUNCIL\nMinutes of the Parish Council meeting held on 18th January 2036\n\n"
        "1 - Record Councillors' apologies for absence:-\nCllr Lamb.\n\n2 - Declarations of interest: None received.\n\n"
        "3:-\nCounty Councillor's Report: Cllr Hope had sent apologies and attended later.\n"
        "Public Forum: A resident asked about a warm space.\n"
    )
    items = _items(tmp_path, page)
    assert [(item.number, item.title) for item, _, _ in items if item.number] == [
        ("1", "Record Councillors' apologies for absence"), ("2", "Declarations of interest"), ("3", "County Councillor's Report")]


def test_a_published_decisions_report_reference_is_its_number(tmp_path):
    page = (
        "11/06/2036 - BCa/36/06 - HALF-YEAR BUDGET REVIEW ref: 264    Recommendations Approved\n\n"
        "Decision Maker: Ashby Cabinet\n\nMade at meeting: 11/06/2036 - Ashby Cabinet\n\nDecision published: 11/06/2036\n\n"
        "Decision:\n\nRESOLVED that the review be noted and published on the website in July 2036.\n"
    )
    items = _items(tmp_path, page)
    assert [(item.number, item.title) for item, _, _ in items] == [("BCa/36/06", "Half-Year Budget Review")]


# --- a group's or the council's decision inside a paragraph ---------------------------------------------------------------


def test_a_decision_told_inside_a_paragraph_by_a_group_or_after_and_is_a_clause(tmp_path):
    page = (
        "Minutes of the Meeting of Ashby Parva Parish Council held on 4 May 2036\n\n"
        "1. Noticeboards\nResidents said the boards were full. Members talked it over and the "
        "parish council agreed to look at buying a second noticeboard.\n\n"
        "2. Buses\nThe Chair had written to the bus company but had no reply. The group agreed to invite the bus manager to the "
        "next meeting in June.\n"
    )
    items = _items(tmp_path, page)
    assert items[0][1] == ["the parish council agreed to look at buying a second noticeboard."]
    assert items[1][1] == ["The group agreed to invite the bus manager to the next meeting in June."]
    (invite,) = items[1][2]
    assert (invite.text, invite.due_date) == ("Invite the bus manager to the next meeting in June", dt.date(2036, 6, 30))


def test_the_following_payments_agreed_is_a_decision_and_no_task(tmp_path):
    page = (
        "Minutes of the Meeting of Ashby Parva Parish Council held on 4 May 2036\n\n"
        "1. Finance\na) The following payments were agreed: Grass cutting \u00a3156.00; Clerk, wages April.\n"
        "b) It was agreed to buy two posts.\n"
    )
    ((_, clauses, actions),) = _items(tmp_path, page)
    assert clauses[0] == "The following payments were agreed: Grass cutting \u00a3156.00; Clerk, wages April."
    assert [a.text for a in actions] == ["Buy two posts"]


# --- read from dev26's pages: minutes numbered year, month and minute; items all printed "1."; a short list led in by a colon -----


def test_minutes_numbered_by_year_month_and_minute_are_the_items(tmp_path):
    page = (
        "Minutes of the Meeting held in the Oak Community Centre on Wednesday 29 July 2036\n\n"
        "Present:- Councillor M Jones \u2013 Chairman\n\n36.7.1 Apologies for Absence\n\nCouncillors A Webb; J Moss\n\n"
        "36.7.2 Declarations of Interest\n\nNone\n\n36.7.3 Police Matters a) A car was seen speeding. The Clerk was asked to ring the community officer.\n\n"
        "36.7.4 Matters Arising\n\n1. Pond (36.6.5 \u2013 1a) Mr Tomos agreed to clear it. All agreed this would do.\n\n"
        "2. Bulbs (36.6.5 \u2013 2a) Councillor Rees has ordered six sacks.\n"
    )
    items = _items(tmp_path, page, committee="Oakfield Community Council")
    assert [item.number for item, _, _ in items] == ["36.7.1", "36.7.2", "36.7.3", "36.7.4"]
    # (one such number alone is no item: "20.7.1 The Clerk reported ..." among numbered minutes)
    from cpb_tui.importers.numbering import numbered_items

    assert [h.number for h in numbered_items(["1. Apologies", "20.7.1 The Clerk reported the grass had been cut.", "2. Minutes", "3. Finance"])] == ["1", "2", "3"]


def test_items_every_one_printed_1_are_counted_on_not_read_as_lists_under_headings(tmp_path):
    page = (
        "Minutes of the Annual Parish Council Meeting of Chesby Parish Council held on 31st May 2036 at the Chapel\n\n"
        "Present: Councillor M. Penn (Chair); Councillor N. Hale\n\nApologies: None\n\n"
        "  1. Notes of the April meeting\n\nIt was AGREED that the notes be APPROVED.\n\n"
        "  1. Choosing a Chair for the year\n\nCouncillor Penn was chosen again.\n\n"
        "  1. Declarations of Interest - None\n  1. Public Participation\n\nOne resident attended the meeting\n\n"
        "  1. Review of previous actions\n\nBus shelter\n\nIt was AGREED that the clerk would obtain costings.\n"
    )
    items = _items(tmp_path, page)
    assert [item.number for item, _, _ in items] == ["1", "2", "3", "4", "5"]
    assert [a.text for a in items[4][2]] == ["The clerk to obtain costings"]


def test_a_short_list_a_colon_leads_into_is_one_items_points_under_unnumbered_headings(tmp_path):
    page = (
        "Agenda and minutes\n\nLicensing - Thursday, 4th March, 2036 6.30 pm\n\nNo. Item\n\n\n"
        "Apologies and named substitutes\n\nTo receive apologies for absence.\n\n\n"
        "Declarations of interest\n\nTo invite Councillors to declare any interest.\n\n\n"
        "Actions List\n\nTo note the contents of the Actions List.\n\n(Report attached)\n\n\n"
        "Task and Finish Groups - Progress Reports\n\nTo consider progress on the current reviews.\n\n"
        "The reviews now running are:\n\n1. Allotment Waiting List Review\n\n2. Street Lighting Review\n"
    )
    items = _items(tmp_path, page)  # (the committee and date from the title under "Agenda and minutes")
    assert [item.title for item, _, _ in items] == [
        "Apologies and named substitutes", "Declarations of interest", "Actions List", "Task and Finish Groups - Progress Reports"]


# --- mends after this step's review ----------------------------------------------------------------------------------------


def test_mends_after_the_review_of_the_steps_own_rules(tmp_path):
    from cpb_tui.actions.extract import extract_from_resolution
    from cpb_tui.actions.due import parse_due, resolve_due
    from cpb_tui.importers.context import _SUMMONS

    # a place name with "in" or "at" in it is never cut there
    summons = "You are summoned to attend a meeting of Marsham in Wold Parish Council which will be held in the Village Hall on Monday 3rd March 2036"
    assert _SUMMONS.search(summons).group(1).strip(" ,") == "Marsham in Wold Parish Council"
    # a planning verdict drops only itself, never the task after it
    assert [a.text for a in extract_from_resolution("Resolved to submit no comments. Clerk to inform the planning authority.", "resolved")] == [
        "Clerk to inform the planning authority"]
    # a noun before a passive, and a standing arrangement, are no errands in the present
    assert [a.text for a in extract_from_resolution("Agreed that the Council updates are sent out by email.", "agreed")] == [
        "Send the Council updates out by email"]
    assert extract_from_resolution("Agreed that the Clerk works from home on Fridays.", "agreed") == []
    # "checked by" a time or another body names no doer
    assert tasks("The accounts will be checked by the end of March.") == []
    # a thing asked for and already given
    assert tasks("A breakdown of the costs was requested and has been sent to members.") == []
    assert tasks("An update from the police was requested; PC Dale gave one at the meeting.") == []
    # people asked to do something there and then, or a matter "asked", are no one's task
    assert extract_from_resolution("That the press and public be asked to leave the meeting for item 4.", "resolved") == []
    assert extract_from_resolution("That the District Council and the Police be asked to attend.", "resolved") == []
    # initials in the margin go with their own line's task, and never "TBC"
    assert tasks("Signfix would be asked to lengthen the guarantee.\nThe new bench had been installed.          RT") == [
        ("Ask Signfix to lengthen the guarantee", ())]
    assert tasks("The Clerk to chase the quote for the fence.          TBC") == [("The Clerk to chase the quote for the fence", ("the Clerk",))]
    assert tasks("The Finance Clerk to pay the invoice.") == [("The Finance Clerk to pay the invoice", ("the Finance Clerk",))]
    assert tasks("Cllr Said will write to the bus company.") == [("Cllr Said to write to the bus company", ("Cllr Said",))]
    assert tasks("Clerk to include her name in the attendance record.") == [("Clerk to include her name in the attendance record", ("Clerk",))]
    assert tasks("Completed survey forms were to be returned to the Clerk by Friday 12 June.") == []
    assert tasks("The letter was to be sent in March but the Clerk had been unwell.") == []
    # "the end of the month" with a month named is that month's; "before April" said in April is next April
    assert parse_due("Clerk to order the lights in December, by the end of the month.").kind == "month_only"
    assert resolve_due(parse_due("Clerk to write before April"), dt.date(2036, 4, 9), [])[1] == dt.date(2037, 4, 30)


def test_mends_after_the_review_pages(tmp_path):
    agenda = (
        "Notice is hereby given that a Meeting of Little Haddon Parish Council will be held on Wednesday 6 May 2036 at 7pm.\n\n"
        "AGENDA\n\nAPOLOGIES FOR ABSENCE\nTo receive apologies for absence\nMINUTES\nTo approve the minutes of the last meeting\n"
        "PLANNING\nTo consider planning applications received\nFINANCE\nTo approve the payments list\n\nSigned: K Moss, Clerk\n"
    )
    (tmp_path / "a").mkdir(), (tmp_path / "m").mkdir()
    assert [item.title for item, _, _ in _items(tmp_path / "a", agenda)] == ["Apologies for Absence", "Minutes", "Planning", "Finance"]
    minutes = (
        "Minutes of the Meeting of Fennick Parish Council held on 9 September 2036\n\n"
        "2. Finance The Clerk reported the balance. \u00a31,204 was held in the current account.\n\n"
        "4. THE CLERK was asked to write to the County Council about the verges.\n\n"
        "5. Planning Applications\n\nNone.\n\n5. Continued Planning Applications\n\nOne late application.\n\n6. Footpaths\n\nNone.\n"
    )
    items = _items(tmp_path / "m", minutes)
    assert items[0][0].title != "Finance The Clerk reported the balance"
    assert items[1][0].title != "The Clerk"
    assert [item.number for item, _, _ in items].count("5") == 1


def test_a_number_and_its_first_points_letter_alone_on_a_line_over_the_title(tmp_path):
    page = (
        "Minute of the Kelwater Community Council meeting, Tuesday 20 November 2036, at the Church Hall |\n"
        "1 |\nApologies Cllr Scott. |\n2 |\nMinutes of Monthly Meeting of 16 October 2036 Proposed Cllr Moray, Seconded: Cllr Lang. |\n"
        "3 a |\nMatters Arising from Actions 16 October 2036\nCllr Moray to check with the council's resilience officer. |\n"
        "4 |\nWalter Fund update See item 3c. |\n"
    )
    items = _items(tmp_path, page)
    assert [item.number for item, _, _ in items] == ["1", "2", "3 a", "4"]
    assert [a.text for a in items[2][2]] == ["Cllr Moray to check with the council's resilience officer"]


def test_a_rows_action_column_on_a_line_of_its_own_names_who_does_the_task(tmp_path):
    page = (
        "Minute of the Kelwater Community Council meeting, Tuesday 20 November 2036, at the Church Hall |\n"
        "1 |\nApologies Cllr Scott. |\n2 |\nMinutes of Monthly Meeting of 16 October 2036 Proposed Cllr Moray, Seconded: Cllr Lang. |\n"
        "3 a |\nMatters Arising from Actions 16 October 2036\n"
        "b |\nInsurance The group's cover was discussed. Cllr Moray to check with the resilience officer and report back. |\nCllr Moray |\n"
        "c |\nBins Chair to check with the residents of Hillside about access. |\nChair |\n4 |\nWalter Fund update See item 3c. |\n"
    )
    items = _items(tmp_path, page)
    first, second = items[2][2]
    assert (first.text, first.owners) == ("Cllr Moray to check with the resilience officer and report back", ("Cllr Moray",))
    assert second.text.endswith("Chair to check with the residents of Hillside about access") and "Chair" in second.owners[0]


def test_the_agenda_words_then_a_one_word_outcome_on_the_numbers_line(tmp_path):
    page = (
        "Wednesday 5th August 2036 Held via video link\n\nApologies: Cllr Hale\n\n"
        "3. Minutes With one correction, the minutes of the July meeting were approved and signed. "
        "5. To Approve Revised Standing Orders Deferred. 6. To Approve the Certificate of Exemption Approved. "
        "7. To Approve the Governance Statement Approved. 8. Correspondence None received.\n"
    )
    items = _items(tmp_path, page, committee="Ashby Parva Parish Council")
    items = [entry for entry in items if entry[0].number not in (None, "3")]
    assert [(item.number, item.title) for item, _, _ in items][:3] == [
        ("5", "To Approve Revised Standing Orders"), ("6", "To Approve the Certificate of Exemption"), ("7", "To Approve the Governance Statement")]
    assert [a.text for a in items[0][2]] == ["Defer the item"]
    assert items[1][1] == ["Approved."]
    # (a dash typed as a hyphen before the Clerk's errand)
    assert tasks("Grass Cutting - Clerk asked to obtain quotes.") == [("Clerk to obtain quotes", ("Clerk",))]
