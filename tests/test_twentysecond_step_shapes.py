"""Shapes read in the twenty-second step. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

from cpb_tui.importers.decisions import resolutions_from, split_decisions
from tests.stored import stored_text


def _clauses(*lines: str) -> list[str]:
    _, blocks = split_decisions(list(lines))
    return [clause.text for clause in resolutions_from(blocks)]


def test_parts_each_with_its_own_resolved_run_into_one_paragraph():
    # an annual meeting's appointments from a PDF: each part's heading, a dash, its decision, and the part's
    # further decisions labelled "(ii)", "(iii)" on the same line
    assert _clauses(
        "a) (i) Highways Committee - RESOLVED that membership consist of Cllrs Abel, Birch and Coe (ii) RESOLVED that"
        " Cllr Birch be elected as Chairman. (iii) RESOLVED that Cllr Coe be elected as Vice Chairman."
    ) == [
        "that membership consist of Cllrs Abel, Birch and Coe",
        "that Cllr Birch be elected as Chairman.",
        "that Cllr Coe be elected as Vice Chairman.",
    ]


def test_the_next_parts_heading_ends_the_decision_before_it():
    # "... Vice Chairman." then "b) (i) Estates Committee -" (on the next line, or run on after the full stop)
    assert _clauses(
        "RESOLVED that Cllr Coe be elected as Vice Chairman.",
        "",
        "b) (i) Estates Committee - RESOLVED that membership consist of Cllrs Dove and Eden (ii) RESOLVED that Cllr Dove"
        " be elected as Chairman. c) (i) Staff Committee - RESOLVED that membership consist of Cllrs Fox and Gill",
    ) == [
        "that Cllr Coe be elected as Vice Chairman.",
        "that membership consist of Cllrs Dove and Eden",
        "that Cllr Dove be elected as Chairman.",
        "that membership consist of Cllrs Fox and Gill",
    ]


def test_a_heading_with_a_dash_is_not_cut_from_its_list():
    # a dash that closes a lead-in over its clauses still reads on: "RESOLVED that the Committee -" over "(a) ..."
    assert _clauses("RESOLVED that the Committee -", "(a) notes the report;", "(b) asks the Clerk to write to the county.") == [
        "notes the report;", "asks the Clerk to write to the county.",
    ]


def test_a_flattened_minute_keeps_each_part_label_with_its_decision(tmp_path):
    text = (
        "MINUTES OF THE ANNUAL MEETING OF KELBY TOWN COUNCIL HELD ON 14 MAY 2031\n\n"
        "Present: Cllrs Abel, Birch, Coe, Dove, Eden\n\n"
        "5/31 APPOINTMENT OF COMMITTEES 2031-2032 a) (i) Highways Committee - RESOLVED that membership consist of Cllrs"
        " Abel, Birch and Coe (ii) RESOLVED that Cllr Birch be elected as Chairman. (iii) RESOLVED that Cllr Coe be"
        " elected as Vice Chairman.\n\n"
        "b) (i) Estates Committee - RESOLVED that membership consist of Cllrs Dove and Eden (ii) RESOLVED that Cllr Dove"
        " be elected as Chairman. (iii) RESOLVED that Cllr Eden be elected as Vice Chairman.\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text)
    clauses = [clause for _, found, _ in items for clause in found]
    assert clauses == [
        "that membership consist of Cllrs Abel, Birch and Coe",
        "that Cllr Birch be elected as Chairman.",
        "that Cllr Coe be elected as Vice Chairman.",
        "that membership consist of Cllrs Dove and Eden",
        "that Cllr Dove be elected as Chairman.",
        "that Cllr Eden be elected as Vice Chairman.",
    ]


def _actions(tmp_path, *paragraphs: str) -> list[str]:
    text = "MINUTES OF THE MEETING OF HOLTBY PARISH COUNCIL HELD ON 3 MARCH 2031\n\n" + "".join(
        f"{number}. Topic {number}\n\n{paragraph}\n\n" for number, paragraph in enumerate(paragraphs, 1)
    )
    _, items = stored_text(tmp_path, "minutes.txt", text)
    return [action.text for _, _, actions in items for action in actions]


def test_a_thing_that_will_be_issued_made_or_published_is_a_task(tmp_path):
    assert _actions(
        tmp_path,
        "Ms Lyle was welcomed. A notice advertising the vacancy will be issued and displayed in the village.",
        "The award was celebrated. A larger request to the Common Fund will be made to support next year's entry.",
        "The grant of \u00a3150 was proposed by T Rowe, 2nd A Kerr. Cheque to be issued at next meeting.",
        "The agreed plans will be published on the council's website.",
    ) == [
        "Issue and display a notice advertising the vacancy in the village",
        "Make a larger request to the Common Fund to support next year's entry",
        "Issue Cheque at next meeting",
        "Publish the agreed plans on the council's website",
    ]


def test_nothing_to_issue_and_a_wish_of_others_are_no_tasks(tmp_path):
    assert _actions(
        tmp_path,
        "The shelter was added to the policy, AGREED unanimously. No new documents would be issued until renewal in June.",
        "It was agreed that it would be helpful if some form of warning be issued by the estate. The figure will be made up of two grants.",
    ) == []


def test_an_assemblys_proceedings_run_into_one_paragraph(tmp_path):
    # a web page whose navigation, heading and minutes all run on: "1.Title" with no space, "Agreed:" after a sentence
    text = (
        "Members | News | Committees | Help |\n"
        "PROCEEDINGS OF THE AD HOC COMMITTEE (HARBOUR OF KELBY) TUESDAY 9 MARCH 2032 AT 10.30 AM IN ROOM 12, THE GUILDHALL"
        " Present:Ms A Hale (Chairperson) Mr B Coe In Attendance:Ms C Lyle 1.Minutes of the Previous Meetings The minutes"
        " of the two previous meetings were noted and agreed. 2.Matters Arising The Chairperson said most matters were on"
        " the agenda. Agreed: The Chairperson will write to the Speaker about a larger room. 3.Independent Advisers"
        " Agreed: The Clerk will invite the advisers to next week's meeting. 4.Valuation of the Harbour The Committee"
        " considered the valuer's letter and decided to take no further action at present.\n"
    )
    meeting, items = stored_text(tmp_path, "proceedings.txt", text)
    assert (meeting.committee, meeting.date.isoformat()) == ("Ad Hoc Committee (Harbour of Kelby)", "2032-03-09")
    assert [(item.number, item.title) for item, _, _ in items] == [
        ("1", "Minutes of the Previous Meetings"), ("2", "Matters Arising"), ("3", "Independent Advisers"), ("4", "Valuation of the Harbour"),
    ]
    assert items[1][1] == ["The Chairperson will write to the Speaker about a larger room."]
    assert items[2][1] == ["The Clerk will invite the advisers to next week's meeting."]
    assert [action.text for action in items[2][2]] == ["The Clerk to invite the advisers to next week's meeting"]


def test_the_first_items_previous_minutes_do_not_hide_the_heading(tmp_path):
    text = (
        "MINUTES OF THE MEETING OF HOLTBY PARISH COUNCIL HELD ON 3 MARCH 2031\n\n"
        "1. Minutes of the Previous Meeting The minutes were agreed.\n\n"
        "2. Apologies\n\nNone.\n"
    )
    meeting, items = stored_text(tmp_path, "minutes.txt", text)
    assert meeting.committee == "Holtby Parish Council"
    assert [item.title for item, _, _ in items] == ["Minutes of the Previous Meeting", "Apologies"]


def test_a_heading_about_earlier_minutes_is_still_no_heading(tmp_path):
    # "Minutes of the previous meeting held on ..." as the first line: an item, not this document's heading
    text = "Minutes of the previous meeting held on 3 March 2031 were approved.\n\n1. Apologies\n\nNone.\n"
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    from cpb_tui.importers import ImportProblem, load

    try:
        _, record = load(path)
    except ImportProblem as problem:
        assert "committee" in problem.reason
    else:
        raise AssertionError(f"took the earlier minutes for a heading: {record!r:.200}")


def test_minutes_numbered_by_the_meetings_month_and_year(tmp_path):
    # "26/07/2031 Apologies": the running minute, then the meeting's month and year (one with its slash lost)
    text = (
        "Kelby Parish Council meeting\n\nTuesday 15th July 2031\n\nDraft Minutes of meeting\n\n"
        "Council Members: Councillors Ann Dale (Chair), Tom Reed\n\n"
        "26/07/2031 Apologies: Councillor Shaw\n\n"
        "27/07/2031 Declaration of Interests: None.\n\n"
        "28/072031 Dispensations: None\n\n"
        "29/07/2031 Minutes of previous meetings: The minutes of the meeting on 17th June 2031 were discussed and the council"
        " resolved to sign them as being a true record of the meeting. The minutes of the EGM on 1st July 2031 were"
        " discussed and the council resolved to sign them as being a true record of the meeting.\n\n"
        "30/07/2031 Public participation: none raised at the meeting, however residents had written about weeds in the"
        " village and councillors resolved to address these matters at item 40 on the agenda.\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text)
    assert [(item.number, item.title) for item, _, _ in items] == [
        ("26/07/2031", "Apologies"), ("27/07/2031", "Declaration of Interests"), ("28/072031", "Dispensations"),
        ("29/07/2031", "Minutes of previous meetings"), ("30/07/2031", "Public participation"),
    ]
    assert items[3][1] == [
        "The minutes of the meeting on 17th June 2031 were discussed and the council resolved to sign them as being a true record of the meeting.",
        "The minutes of the EGM on 1st July 2031 were discussed and the council resolved to sign them as being a true record of the meeting.",
    ]
    assert items[4][1] == ["councillors resolved to address these matters at item 40 on the agenda."]
    assert not items[4][2]  # later at this same meeting: no task


def test_dates_opening_a_tables_lines_are_no_minute_numbers():
    from cpb_tui.importers.numbering import numbered_items

    lines = [
        "1. Payments", "", "02/07/2031 Kelby Hall Trust hire of hall", "15/07/2031 Northern Power street lights",
        "28/07/2031 Revenue and Customs for the clerk", "", "2. Any Other Business", "", "3. Date of Next Meeting",
    ]
    assert [heading.number for heading in numbered_items(lines)] == ["1", "2", "3"]


def test_minute_references_with_the_bodys_letters_year_and_month():
    from cpb_tui.importers.numbering import numbered_items

    lines = [
        "KELBY PARISH COUNCIL", "", "Minutes of the Full Council Meeting held at the Hall on Wednesday 18th July at 7.00pm.", "",
        "FC31/07/1 CHAIRMAN'S WELCOME AND APOLOGIES FOR ABSENCE", "", "Apologies were received from Cllr Dale.", "",
        "FC31/07/2 MEMBERS TO DECLARE DISCLOSABLE PECUNIARY INTERESTS AND NON-REGISTERABLE INTERESTS (INCLUDING DETAILS"
        " THEREOF) IN RESPECT OF ANY ITEMS ON THE AGENDA AND ANY GIFTS OR HOSPITALITY OVER \u00a325", "", "There were none.", "",
        "FC31/07/3 TO CONSIDER APPLICATIONS FROM MEMBERS FOR DISPENSATIONS", "", "There were none.",
    ]
    assert [heading.number for heading in numbered_items(lines)] == ["FC31/07/1", "FC31/07/2", "FC31/07/3"]


def test_numbers_closed_by_a_bracket():
    from cpb_tui.importers.numbering import numbered_items

    lines = ["TOWN COUNCIL MINUTES TUESDAY SEPTEMBER 28th 2031", "", "1]. APOLOGIES: Cllrs Dale and Reed", "",
             "2]. The minutes were accepted", "", "3]. Matters arising:", "", "The clerk has written to the county.", "",
             "4]. External Meetings:"]
    assert [heading.number for heading in numbered_items(lines)] == ["1", "2", "3", "4"]


def test_a_trusts_references_and_a_minute_that_is_its_decision():
    from cpb_tui.importers.numbering import numbered_items

    lines = ["ON TUESDAY 10 JANUARY 2032", "", "Chairman: A Dale. Secretary: T Reed", "",
             "T11/31.26 Apologies for absence. J Shaw",
             "T11/31.27 RESOLVED: That the Minutes of the Meeting of the Trust held on 03/01/32 are signed as a correct record.",
             "T11/31.28 Tennis Courts", "", "The courts were resurfaced in the autumn."]
    assert [heading.number for heading in numbered_items(lines)] == ["T11/31.26", "T11/31.27", "T11/31.28"]


def test_a_boards_points_numbered_with_a_colon():
    from cpb_tui.importers.numbering import numbered_items

    lines = ["Minutes of a Meeting of the Board held on Wednesday, 27th March 2032", "",
             "2:1 Declaration of Interest in an Agenda Item", "", "Cllr Dale (agenda item 12).", "",
             "2:2 Update of Register of Members' Interest", "",
             "The Chief Executive reported that a review of the Register was being undertaken and forms would be re-issued annually.", "",
             "4. BOARD MINUTES (Pages 969 to 982)", "", "5:1 Minute 6(b), Page 971 - Finance", "", "5:2 Minute 7, Page 972 - Estimates"]
    assert [heading.number for heading in numbered_items(lines)] == ["2:1", "2:2", "4", "5:1", "5:2"]


def test_a_thing_done_after_something_was_approved_is_a_task_but_one_under_review_is_not(tmp_path):
    assert _actions(
        tmp_path,
        "The return was approved and will be submitted to the fund once cleared.",
        "The Chief Executive reported that a review of the Register was being undertaken and forms would be re-issued annually.",
    ) == ["Submit the return to the fund once cleared"]


def test_agenda_wording_with_its_verb_in_capitals_is_a_title():
    from cpb_tui.importers.numbering import numbered_items

    lines = ["1. Chair's Welcome", "The Chair welcomed all present.",
             "2. To RESOLVE to receive apologies and accept reasons for absence received by the Clerk, prior to the meeting.",
             "Apologies were received from Cllr Dale, it was RESOLVED to accept the reasons for absence.",
             "3. To RECEIVE disclosure of interests in accordance with the requirements of the Localism Act 2011.",
             "None.", "4. To RESOLVE to approve the notes of the Parish Council Meeting held on 19/11/2031 as the minutes.",
             "It was RESOLVED to approve the notes."]
    assert [heading.number for heading in numbered_items(lines)] == ["1", "2", "3", "4"]


def test_minutes_by_month_and_year_run_into_one_paragraph(tmp_path):
    text = (
        "Kelby Parish Council\n\nMinutes of the meeting held on Wednesday 20 September 2034 in St Mary's Church\n\n"
        "050/09/34 Minutes of the Parish Council Meeting Held on 12 July 2034\n\n"
        "Resolved: that the minutes be confirmed as a true record. 051/09/34 Co-option of a Councillor Resolved: To"
        " continue the search for a new Councillor. 052/09/34 Public Participation There were no issues raised by the"
        " public. 053/09/34 County Council Update The county councillor reported on the bus routes, the school transport"
        " review, the gritting routes for the winter and the resurfacing of the lane past the church, which had been put"
        " back to the spring because of the weather and the contractor's other work in the valley.\n"
    )
    meeting, items = stored_text(tmp_path, "minutes.txt", text)
    assert meeting.committee == "Kelby Parish Council"
    assert [(item.number, item.title) for item, _, _ in items] == [
        ("050/09/34", "Minutes of the Parish Council Meeting Held on 12 July 2034"), ("051/09/34", "Co-option of a Councillor"),
        ("052/09/34", "Public Participation"), ("053/09/34", "County Council Update"),
    ]


def test_at_the_monthly_meeting_of_a_council_held_this_day(tmp_path):
    text = (
        "12th November 2033\n\nAt the monthly meeting of Cyngor Tref Aberkelby held this day, present the following"
        " members namely:-\n\nCllr Ann Dale- Mayor\n\nCllr Tom Reed\n\n"
        "It was resolved that the Minutes of the monthly meeting held on 8th October 2033 were taken as read.\n"
    )
    meeting, _ = stored_text(tmp_path, "minutes.txt", text)
    assert (meeting.committee, meeting.date.isoformat()) == ("Cyngor Tref Aberkelby", "2033-11-12")


def test_a_title_in_capitals_ending_in_its_date_then_its_minute():
    from cpb_tui.importers.titles import _title_and_rest

    assert _title_and_rest("MINUTES OF THE MEETING HELD ON 16 JULY 2031 The Minutes were accepted as a true record of the meeting.") == (
        "MINUTES OF THE MEETING HELD ON 16 JULY 2031", "The Minutes were accepted as a true record of the meeting.",
    )


def test_more_ways_a_minute_records_its_decision():
    assert _clauses("Mr Mold is keen to help the village. PROPOSED; SECONDED; RESOLVED to co-opt Jon Mold onto the Parish Council.") == [
        "to co-opt Jon Mold onto the Parish Council.",
    ]
    assert _clauses("- PROPOSED; SECONDED; RESOLVED that the minutes of the meeting held on 27th May 2031 be approved.") == [
        "that the minutes of the meeting held on 27th May 2031 be approved.",
    ]
    assert _clauses("David Hale was nominated by Ann Dale, seconded by Tom Reed and elected unanimously.") == [
        "David Hale was nominated by Ann Dale, seconded by Tom Reed and elected unanimously.",
    ]


def test_things_done_every_year_are_no_tasks(tmp_path):
    assert _actions(
        tmp_path,
        "The Chief Executive reported that a review of the Register was being undertaken and forms would be re-issued annually.",
    ) == []


def test_reports_promised_and_papers_offered_and_a_bare_report(tmp_path):
    assert _actions(
        tmp_path,
        "The Engineer reported that the review was ongoing and a full report should be available for the June Board meeting.",
        "The Chair had reached agreement with the new owners and a paper would be offered to the next meeting for approval.",
        "The street sign for Station Road is damaged. Clerk to report.",
    ) == [
        "Receive a full report for the June Board meeting",
        "Offer a paper to the next meeting for approval",
        "Clerk to report",
    ]


def test_the_minutes_signed_the_calendar_set_and_interests_declared_are_no_tasks(tmp_path):
    assert _actions(
        tmp_path,
        "It was RESOLVED to sign and approve the minutes of the meeting held on Tuesday 3rd January 2031.",
        "The minutes of the meeting on 17th December were approved and will be signed when circumstances allow.",
        "It was resolved that the minutes of the meeting held on 16th January 2031 be approved and that the Chair be authorised to sign.",
        "It was RESOLVED to hold meetings on the 2nd Thursday of each month except August.",
        "It was agreed that meetings would normally be held on the second Monday of each month.",
        "None were received. Councillors agreed to identify any that arose during the course of the meeting.",
        "The Chairperson asked Members to declare any conflicts of interest arising from the agenda.",
    ) == []


def test_signing_something_else_is_still_a_task(tmp_path):
    assert _actions(tmp_path, "It was resolved that the lease be approved and that the Chair be authorised to sign it.") != []


def test_a_page_whose_spaces_became_daggers(tmp_path):
    text = (
        "MINUTES OF THE MEETING OF HOLTBY PARISH COUNCIL HELD ON 3 MARCH 2031\n\n"
        "1.    Apologies: none.\n\n2.    Dispensations:\u2020\u2020 none required.\n\n"
        "\u2020\u2020 \u2020\u2020\u2020\u20203. Updates from Councillors: nothing to report.\n\n"
        "\u2020\u2020\u2020 \u2020\u20204. \u2020\u2020Planning: a. to be considered at meeting: 31/00417/FUL Conversion of a barn.\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text)
    assert [(item.number, item.title) for item, _, _ in items] == [
        ("1", "Apologies: none."), ("2", "Dispensations"), ("3", "Updates from Councillors"), ("4", "Planning"),
    ]
    assert not [action for _, _, actions in items for action in actions]  # considered at this meeting: no task


def test_bare_numbers_run_on_after_the_last_line_that_opens_with_one(tmp_path):
    text = (
        "Kelby Community Council\n\nMinutes Feb 2031\n\n"
        "1 Apologies Ann Dale\n2 Roles\nTom Reed volunteered to chair the meeting.\n"
        "3 Police Report PC Lyle reported on crimes in the village during January. He will hold a crime event at the"
        " library, date tbc. 4 Minutes of Previous Meeting Approval of the minutes was proposed by Tom Reed and seconded"
        " by Ann Dale. 5 Matters Arising\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text, committee="Kelby Community Council", date=__import__("datetime").date(2031, 2, 10))
    assert [item.number for item, _, _ in items] == ["1", "2", "3", "4", "5"]


def _context(text: str):
    from cpb_tui.importers.context import find_context

    found = find_context(text.split("\n"))
    return (found.committee.value if found.committee else None, found.date.value.isoformat() if found.date else None)


def test_councils_that_name_themselves_and_when_they_met():
    assert _context("June 2031 Meeting Minutes\n\nKelby by Stow Parish Council met on Wednesday 4th June 2031 in the Old Schoolroom.\n\nPresent: Cllr Dale") == (
        "Kelby by Stow Parish Council", "2031-06-04")
    assert _context("KELBY PARISH COUNCIL 17 SEPTEMBER 2031 AT VILLAGE HALL, THE STREET, KELBY\n\nPresent: Parish Cllr Dale") == (
        "Kelby Parish Council", "2031-09-17")
    assert _context("Kelby & Ashby Parish Council Clerk to the Council: Ann Dale, Mill Farm, Kelby. Tel: 01946 000000\n\n"
                    "Minutes of the meeting held on Wednesday 20 September 2031 in St Mary's Church\n\nPresent Cllrs Reed") == (
        "Kelby & Ashby Parish Council", "2031-09-20")
    assert _context("Kelby Pier & Harbour Commissioners Meeting 13 June 2031 KELBY PIER AND HARBOUR COMMISSIONERS MEETING OF THE"
                    " COMMISSIONERS HELD AT 9.00 A.M. WEDNESDAY 13 JUNE 2031 AT THE HALL In attendance:") == (
        "Kelby Pier & Harbour Commissioners", "2031-06-13")


def test_a_sentence_naming_a_council_is_no_heading():
    # "... the Parish Council met on ..." inside a minute's sentence: not the first words of its line
    assert _context("Minutes\n\n1. Apologies\n\nThe clerk said Ashby Parish Council met on 4th June 2031 about the bus.")[0] is None


def test_promises_after_news_and_a_task_after_a_dash(tmp_path):
    assert _actions(
        tmp_path,
        "Jill suggested the space above the coat hooks. Michael will consider what is possible for that area and report back.",
        "Michael now has the contact details and will write a letter to the Trust.",
        "- use of the footpath at Mill Farm lane by motorbikes \u2013 Cllr J Hale to contact the Footpaths Officer.",
    ) == [
        "Michael to consider what is possible for that area and report back",
        "Michael to write a letter to the Trust",
        "Cllr J Hale to contact the Footpaths Officer",
    ]


def test_considering_alone_is_no_task(tmp_path):
    assert _actions(tmp_path, "Michael will consider the matter.") == []


def test_agenda_and_minutes_rows_whose_titles_end_at_their_papers():
    from cpb_tui.importers.unnumbered import unnumbered_items

    lines = [
        "Venue: Committee Room 2, Kelby Hall.", "Contact: Ann Dale", "No. | Item |", "---|---|",
        "Apologies for Absence Minutes: |", "|",
        "Quarterly Performance Report PDF 622 KB Report of the Crematorium Manager Minutes: |", "|",
        "Provision of Support Services 2031/32 PDF 61 KB Joint Report of the Corporate Director of Neighbourhoods and the"
        " Corporate Director of Resources and Treasurer to the Joint Committee Additional documents: Minutes: |", "|",
        "2031/32 Revenue and Capital Budgets PDF 335 KB Joint Report of the Corporate Director of Resources and Treasurer"
        " to the Joint Committee Additional documents: Minutes: |", "|",
        "Any Other Business Minutes: |",
    ]
    assert [heading.title for heading in unnumbered_items(lines)] == [
        "Apologies for Absence", "Quarterly Performance Report", "Provision of Support Services 2031/32",
        "2031/32 Revenue and Capital Budgets", "Any Other Business",
    ]


def test_three_level_points_keep_their_whole_number_and_title():
    from cpb_tui.importers.numbering import numbered_items

    lines = ["1. Apologies", "None.", "2. Minutes", "Approved.", "5. Reports", "5.1 Police", "5.1.1 Crime Update",
             "There were two burglaries.", "5.1.2 Speeding", "Speed checks were made.", "5.2 County Councillor",
             "He reported on roads.", "6. Planning"]
    assert [(heading.number, heading.title) for heading in numbered_items(lines)] == [
        ("1", "Apologies"), ("2", "Minutes"), ("5", "Reports"), ("5.1", "Police"), ("5.1.1", "Crime Update"),
        ("5.1.2", "Speeding"), ("5.2", "County Councillor"), ("6", "Planning"),
    ]
    # a meeting's number after the item ("6.08") keeps its points inside it
    assert [heading.number for heading in numbered_items(["5.08 Correspondence Received", "None.", "6.08.1 Planning", "None."])][-1] != "6.08.1"


def test_an_agenda_number_and_a_running_minute_on_one_line():
    from cpb_tui.importers.numbering import numbered_items

    lines = ["1. APOLOGIES 31.060 Apologies were received from Cllr Dale.", "",
             "2. MINUTES 31.061 The minutes of the meeting held on 3 May were approved.", "",
             "3. PLANNING 31.062 There were no applications."]
    assert [(heading.number, heading.title) for heading in numbered_items(lines)] == [("1", "Apologies"), ("2", "Minutes"), ("3", "Planning")]


def test_headings_in_capitals_with_a_dash_one_paragraph_a_line():
    from cpb_tui.importers.unnumbered import _run_in_headings

    lines = [
        "PRESENT \u2013 Ann Dale, Tom Reed, Ian Shaw.In attendance - Jo Hay.",
        "APOLOGIES \u2013 Lyn Moss",
        "CHAIRPERSONS REMARKS \u2013 AD referred to the start of the community survey. More volunteers are needed.",
        "POLICE REPORT/PACT \u2013 The constable read out his report. It will be put on the noticeboard.",
        "MATTERS ARISING \u2013 Insurance - TR has clarified the position and all the risks are covered.",
    ]
    assert [heading.title for heading in _run_in_headings(lines)] == ["Chairpersons Remarks", "Police Report/Pact", "Matters Arising"]


def test_a_council_over_its_minutes_with_no_day_given():
    # the council is known; only the day is asked for
    assert _context("Kelby Community Council\n\nMinutes Feb 2031\n\n1 Apologies Ann Dale") == ("Kelby Community Council", None)
    assert _context("Kelby and Ashby Community Council Minutes \u2013 April 2031\n\nKACC April 2031 Minutes\n\n1. Attendance") == (
        "Kelby and Ashby Community Council", None)
    # but not when the page names another body of the council: that body is the one that met (only the day is asked for)
    assert _context("Kelby Community Council\n\nMinutes of the Planning Committee\n\n1 Apologies Ann Dale") == ("Planning Committee", None)


# --- the review's findings: each a text the step's first rules misread, read as before ---------------------------


def test_review_tasks_that_merely_mention_the_new_no_task_words_keep_them(tmp_path):
    found = _actions(
        tmp_path,
        "RESOLVED that the Clerk write to the county council about the potholes raised by residents during the meeting.",
        "RESOLVED that the Clerk write to the two new councillors reminding them to declare interests in the register within 28 days.",
        "RESOLVED that the Clerk book the school hall so the council can hold meetings on the second Monday of each month from June.",
        "RESOLVED that the Clerk circulate the allotment group's notes to all members and that the new tenancy agreements will be"
        " signed by two councillors.",
        "RESOLVED that the Clerk consider the matter further and raise it at item 6 on the agenda of the next Planning Committee.",
        "The Clerk will write to the football club about the damage reported during the meeting.",
    )
    for start in ("The Clerk to write to the county council", "The Clerk to write to the two new councillors", "The Clerk to book the school hall",
                  "The Clerk to circulate the allotment group", "The Clerk to consider the matter further", "The Clerk to write to the football club"):
        assert any(action.startswith(start) for action in found), (start, found)


def test_review_others_news_is_no_task_of_ours(tmp_path):
    assert _actions(
        tmp_path,
        "The District Council reported that the Local Plan will be published for consultation in the autumn.",
        "The decision notice will be issued by the planning authority in due course.",
        "Cllr Smith said a decision on the wind farm would be made by the Planning Inspectorate after the inquiry.",
        "Notices of meetings will be posted on both noticeboards as usual.",
        "The newsletter will be published by the village society in April.",
    ) == []


def test_review_a_lone_body_word_and_a_first_item_never_give_the_heading():
    assert _context("MINUTES OF THE TRUSTEES MEETING HELD ON 5 MAY 2031\n\n1. Apologies") == ("Trustees", "2031-05-05")
    # the first item's date is the previous meeting's, not this one's
    assert _context("KELBY PARISH COUNCIL\n\nMINUTES OF MEETING\n\n1. Minutes of the previous meeting held on 17 June 2031 were"
                    " approved and signed.\n\n2. Apologies None.")[1] is None
    # a committee named above: the council's own "met on" line does not take over
    assert _context("Finance Committee of Kelby Town Council\n\nKelby Town Council met on 12 March 2031\n\n1. Apologies")[0] != "Kelby Town Council"


def test_review_cited_references_and_a_schedule_of_dates_are_no_items():
    from cpb_tui.importers.numbering import numbered_items

    cited = ["1. Apologies", "None.", "2. Matters Arising", "FC31/06/5 Bus shelter - the Clerk has ordered the glass.",
             "FC31/06/8 Allotments - two plots are vacant.", "FC31/06/11 Speeding - the county will survey the lane.",
             "3. Finance", "RESOLVED that the payments be approved.", "4. Youth Club", "The Clerk to write to the leaders.", "5. Date of Next Meeting"]
    assert [heading.number for heading in numbered_items(cited)] == ["1", "2", "3", "4", "5"]
    schedule = ["Apologies", "", "Cllr Dale.", "", "Summer Play Scheme", "", "The scheme will run for three days:",
                "29/07/2031 Football and cricket on the field", "30/07/2031 Arts and crafts in the hall", "31/07/2031 Treasure hunt", "",
                "Finance", "", "RESOLVED that the payments be approved."]
    assert not any("/" in heading.number for heading in numbered_items(schedule))


def test_review_titles_keep_their_words():
    from cpb_tui.importers.titles import _title_and_rest

    assert _title_and_rest("To receive: reports from the county and district councillors")[0] == "To receive: reports from the county and district councillors"
    assert _title_and_rest("Precept for 2031/32 to be Agreed: the Clerk presented the draft budget; it will be set in January.")[1] is None
    assert _title_and_rest("Actions Agreed: progress on the list was reported")[1] is None


def test_review_decisions_the_first_rules_invented():
    assert _clauses("Cllr Hale was nominated by Cllr Smith and seconded by Cllr Jones but was not elected, receiving two votes to four.") == []
    assert _clauses("Mrs Hale was nominated as tree warden and will be appointed at the next meeting.") == []
    assert _clauses("Agreed: Unanimous.") != ["Unanimous."]


def test_review_undertakings_by_a_member_and_members_stay_theirs(tmp_path):
    assert _actions(tmp_path, "Cllr Jones and members agreed to carry out a litter pick on Saturday 23 March.") != []
    assert _actions(tmp_path, "County Councillor Dale gave her report. The CC agreed to chase Highways about the potholes on Mill Lane.") != []
    # an outside body's decision, reported: the task stays that committee's, no decision of ours
    assert _clauses("Cllr Jones reported on the Village Hall Management Committee meeting in February. The committee agreed to"
                    " repaint the main hall in the summer.") == []


def test_review_no_item_from_a_sentence_or_a_papers_number(tmp_path):
    text = (
        "Kelby Community Council\n\nMinutes 3 March 2031\n\n1 Apologies Ann Dale\n2 Minutes Approved.\n"
        "3 Playing Field The fence had been repaired. 4 New Goalposts were installed last week. The field is open.\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text)
    assert [item.number for item, _, _ in items] == ["1", "2", "3"]
    flat = (
        "MINUTES OF THE MEETING OF KELBY PARISH COUNCIL HELD ON 3 MARCH 2031 1.Apologies None were received."
        " 2.Minutes The minutes of the meeting held in February were approved and signed by the Chairman as a true record."
        " 3.Correspondence A letter from the county about the winter gritting routes and the salt bins was read and noted."
        " 4.Finance The accounts were"
        " approved as set out in appendix 5.The council noted the reserves held at the year end. 5.Planning No objections"
        " were raised to the two applications before the council at this meeting, and the clerk will reply to the county.\n"
    )
    _, items = stored_text(tmp_path, "flat.txt", flat, committee="Kelby Parish Council")
    assert [(item.number, item.title) for item, _, _ in items][-1] == ("5", "Planning")


def test_review_a_footnote_mark_stays_and_a_remote_meeting_is_no_committee():
    from cpb_tui.importers.layout import normalise

    assert "FP12\u2020" in normalise("Path FP12\u2020 is blocked.\nDispensations:\u2020\u2020 none.")
    assert _context("MINUTES OF THE PLANNING COMMITTEE (HELD REMOTELY) MONDAY 3 JUNE 2031\n\n1. Apologies")[0] != "Planning Committee (Held Remotely)"


def test_a_heading_above_wins_over_a_council_that_met_below():
    assert _context("Minutes of the meeting of Hale Parish Council held on 3 May 2031\n\nKelby Parish Council met on Wednesday 4th June 2031"
                    " in the Old Schoolroom.\n\n1. Apologies") == ("Hale Parish Council", "2031-05-03")


def test_an_action_list_whose_tags_name_the_clerk(tmp_path):
    assert _actions(
        tmp_path,
        "Discuss car park ownership with the solicitor. Action \u2013 The Clerk",
        "Check the list of houses with occupancy conditions from both planning authorities. Action \u2013 The Clerk",
    ) == ["Discuss car park ownership with the solicitor", "Check the list of houses with occupancy conditions from both planning authorities"]
