"""Shapes read in the twenty-third step: pages a document-sharing site flattened into one paragraph. Texts the
project wrote, about fictional bodies."""

from __future__ import annotations

import datetime as dt

from cpb_tui.importers.context import find_context
from cpb_tui.importers.layout import normalise
from tests.stored import stored_text

# a sharing site's copy of a Word table of minutes: its title line, its lines about the file, then everything after
# on one line, the item numbers bare before each row's words
_TRUST_TABLE = (
    "Minutes of the extra meeting of the Kelby Schools Trust Board Thursday 6th March 2031\n"
    "Total Page:12\n"
    "File Type:pdf, Size:640Kb\n"
    "Minutes of the extra meeting of the Kelby Schools Trust Board Thursday 6th March 2031 1 Meeting Date Chaired By"
    " MINUTES extra meeting of the Trust Board Thursday 6th March 2031 Time Ann Abel Location 6.30pm St Bede MEMBERS"
    " Name Status Ann Abel (AA) Chair Ben Birch (BB) Vice Chair Cara Coe (CC) Present Present Apologies NOTES Item No."
    " 1 Agenda Item Opening Prayer Led by BB 2 Welcome and introductions The meeting began at 6.35pm and was quorate."
    " 3 Apologies for absence and consent to absence Apologies were received from Cara Coe. 4 Declarations of"
    " interest AA's sister works at St Bede's school. 5 Any Other Business and changes to the order of the agenda"
    " 6 BB to report on the schools asking to join the Trust. The Chair reported on his meeting with the diocese,"
    " which will support the Trust with an officer of its own."
)


def test_a_flattened_table_of_minutes_with_bare_numbers_has_its_items(tmp_path):
    meeting, items = stored_text(tmp_path, "trust.txt", _TRUST_TABLE)
    assert [item.number for item, _, _ in items if item.number] == ["1", "2", "3", "4", "5", "6"]
    titles = {item.number: item.title for item, _, _ in items}
    assert titles["2"] == "Welcome and introductions"
    assert titles["3"] == "Apologies for absence and consent to absence"
    assert str(meeting.date) == "2031-03-06"


def test_a_sharing_sites_lines_about_the_file_are_no_item(tmp_path):
    _, items = stored_text(tmp_path, "trust.txt", _TRUST_TABLE)
    assert not [item for item, _, _ in items if "File Type" in item.title or "Total Page" in item.title]
    text = (
        "Kelby Community Council\n"
        "Total Page:9\n"
        "File Type:pdf, Size:310Kb\n"
        "KELBY COMMUNITY COUNCIL MINUTES OF THE MEETING HELD ON MONDAY 7 APRIL 2031 Present: A Abel, B Birch 1. Apologies"
        " C Coe 2. Declarations of Interest None 3. Planning None\n"
    )
    _, items = stored_text(tmp_path, "council.txt", text)
    assert [item.title for item, _, _ in items if not item.number] in ([], ["Kelby Community Council"])


def test_bare_numbers_mid_line_without_a_run_are_left_as_text(tmp_path):
    # two numbers in a paragraph are no table of items: "2 Members" and "3 Cllrs" stay in the sentence
    text = (
        "MINUTES OF THE MEETING OF KELBY PARISH COUNCIL HELD ON 3 MARCH 2031\n\n"
        "1. Finance\n\n"
        + "The clerk reported on the accounts for the year and the audit that is to follow in the spring. " * 6
        + "The hall has 2 Members of staff on its books and 3 Cllrs sit on its committee, as before."
    )
    _, items = stored_text(tmp_path, "minutes.txt", text)
    assert [item.number for item, _, _ in items if item.number] == ["1"]


_GLUED_AGENDA = (
    "AGENDA Meeting begins 7pm and will last two hours Time1.Chairperson's welcome and opening remarks7.00 pm"
    "2.Apologies & Declarations of Interest3.Approval of the draft Minutes of 9th September 2031 PR Dana"
    "4.Matters Arising Noticeboard - in hand Risk assessments - in hand7.05 pm5.Correspondence A resident on access to the"
    " meetings7.15 pm6Police Report PR7.20 pm7Path Group Update PR Ewan7.25 pm8Kelby Woods Boardwalk update7.30 pm"
    "9Planning Matters - none this month7.40 pm10Accounts and payments to authorise PR Finn"
)


def test_an_agenda_table_with_numbers_glued_to_its_cells_has_its_items(tmp_path):
    _, items = stored_text(tmp_path, "agenda.txt", _GLUED_AGENDA, committee="Kelby Community Council", date=dt.date(2031, 10, 8))
    numbered = [(item.number, item.title) for item, _, _ in items if item.number]
    assert [number for number, _ in numbered] == [str(n) for n in range(1, 11)]
    titles = dict(numbered)
    assert titles["2"] == "Apologies & Declarations of Interest"
    assert titles["6"] == "Police Report PR"  # the next row's time is not this row's
    assert titles["7"] == "Path Group Update PR Ewan"


def test_glued_numbers_need_a_run_of_four_from_the_start():
    from cpb_tui.importers.flattened import unflatten

    # a model "Covid19" or a ward "Area2" glued to a capital is no agenda: too few, and not from 1
    line = "The council discussed the Area2 Plan and the Area3 Review at length. " * 10
    assert unflatten([line]) == [line.strip()] or all(not piece[:1].isdigit() for piece in unflatten([line]))


def test_a_letterhead_run_into_the_minutes_heading_gives_the_date_and_council():
    # the clerk's address, telephone, email and web site, then the heading, all on one line
    text = normalise(
        "Kelby Community Council Cyngor Cymuned Kelby\n"
        "KELBY COMMUNITY COUNCIL CYNGOR CYMUNED KELBY (Clerk/RFO Dana Hale, The Old Mill, Kelby, SA99 9ZZ)"
        " Tel/Ff\u00f4n 07700900123 Email/Ebost clerk@kelby.example www.kelby.example MINUTES OF THE ORDINARY MEETING HELD AT"
        " THE YOUNG FARMERS HALL, KELBY, MONDAY 7th APRIL 2031 AT 7.30pm Present: A Abel (Chair), B Birch 1. Apologies"
        " for Absence C Coe 2. Declarations of Interest None"
    )
    found = find_context(text.split("\n"))
    assert str(found.date.value) == "2031-04-07"
    assert found.committee.value == "Kelby Community Council"  # the English name, not the Welsh after it


def test_a_sentence_before_the_heading_still_hides_it():
    # a heading mid-line after prose is not this page's: the minutes of an earlier meeting were approved
    text = (
        "Kelby Parish Council\n"
        "The clerk circulated papers before the meeting and asked members to read them carefully, which they did, and"
        " thanked the hall committee for the loan of the room, www.kelby.example, and the minutes of the ordinary meeting"
        " held on 3 March 2031 were approved as a true record."
    )
    found = find_context(normalise(text).split("\n"))
    assert found.date is None or str(found.date.value) != "2031-03-03"


def test_movers_with_second_written_2nd_after_a_sum():
    from cpb_tui.importers.decisions import resolutions_from, split_decisions

    _, blocks = split_decisions(["- Clerk's expenses: stamps and paper \u00a344.01. Proposed W Hale, 2nd D Reid."])
    assert [clause.text for clause in resolutions_from(blocks)] != []


def test_movers_alone_after_a_title_with_2nd(tmp_path):
    text = (
        "MINUTES OF THE MEETING OF KELBY COMMUNITY COUNCIL HELD ON 7 APRIL 2031\n\n"
        "1. Apologies for Absence\n\nNone\n\n"
        "2. Approval of the last minutes \u2013 proposed by A Abel, 2nd B Birch.\n\n"
        "3. Planning\n\nNone\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text)
    assert [clauses for item, clauses, _ in items if item.number == "2"] != [[]]


def test_a_flattened_list_of_bullets_is_read_bullet_by_bullet(tmp_path):
    text = (
        "Kelby Community Council\n"
        "MINUTES OF THE ORDINARY MEETING OF KELBY COMMUNITY COUNCIL HELD ON MONDAY 7 APRIL 2031 Present: A Abel (Chair), B Birch,"
        " C Coe 1. Apologies for Absence D Dove 2. Declarations of Interest None 3. Planning None 4. Finance - A Abel"
        " co-signed the cheques from the last meeting. - Kelby YFC donation letter, \u00a3250 proposed B Birch 2nd C Coe."
        " Cheque to be issued at next meeting. - Football club email inviting members to a tour of the ground. Noted."
        " - New internal auditor. Clerk will check the rules with the county association. - Clerk's expenses: paper"
        " \u00a344.01. Proposed C Coe, 2nd A Abel. Cheque to be issued at next meeting. 5. Correspondence None"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text)
    finance = next((clauses, actions) for item, clauses, actions in items if item.number == "4")
    clauses, actions = finance
    assert any("\u00a3250 proposed B Birch 2nd C Coe" in clause for clause in clauses)
    assert any(action.text.startswith("Clerk to check the rules") for action in actions)
    # each bullet on its own line: the auditor's task does not carry the next bullet's words
    assert not any("expenses" in action.text for action in actions)


def test_a_task_restated_in_an_action_line_is_one_task(tmp_path):
    # (review) the same words twice in a minute: a restatement, as minutes mostly mean it
    text = (
        "MINUTES OF THE MEETING OF KELBY PARISH COUNCIL HELD ON 3 MARCH 2031\n\n"
        "1. Highways\n\n"
        "Members discussed the potholes on Station Road. Clerk to write to the County Council about the potholes.\n"
        "Action: Clerk to write to the County Council about the potholes.\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text)
    assert len([action for _, _, found in items for action in found]) == 1


_CONTENTS = (
    "HES 412 9th March 2031\n\n"
    "Kelby Borough Council\n\n"
    "Health & Environmental Services Committee Meeting No 412 - 9th March 2031\n\n"
    "Table of Contents\n\n"
    "412.1 Minutes \u2013 Meeting No 411 \u2013 9th February 2031 Approved\n\n"
    "412.2 Landfill Allowance Scheme (NI) Regulations Recommend that council transfer its surplus allowance to a neighbour\n\n"
    "412.3 Consultancy Support Recommend that the contract for the waste partnership be awarded to the lowest tender\n\n"
    "412.4 Vehicle Tenders Recommend acceptance of the lowest tenders for two road sweepers and a skip loader\n\n"
    "412.5 Food Complaint \u2013 Glass in a Loaf Recommend no further action be taken\n"
)


def test_minutes_numbered_by_the_meeting_then_the_minute_are_items(tmp_path):
    # "412.2 ... Recommend that ...": under "Meeting No 412" the first part is the meeting and the minute runs after it
    # (a title with the recommendation run on is long, yet it is the minute, not a paragraph of one)
    _, items = stored_text(tmp_path, "contents.txt", _CONTENTS)
    assert [item.number for item, _, _ in items if item.number] == ["412.1", "412.2", "412.3", "412.4", "412.5"]


def test_decimal_paragraphs_without_the_meeting_number_stay_paragraphs(tmp_path):
    # the same numbers where the heading names no meeting number are a report's long paragraphs, not items
    text = (
        "KELBY BOROUGH COUNCIL\n\nMINUTES OF THE HEALTH COMMITTEE HELD ON 9 MARCH 2031\n\n"
        "1. Waste contracts\n\n"
        + "".join(
            f"412.{n} The officer explained that the waste partnership had looked again at the contract and that the lowest"
            f" tender had been chosen for reasons set out in paragraph {n} of the report.\n\n"
            for n in range(1, 5)
        )
    )
    _, items = stored_text(tmp_path, "minutes.txt", text)
    assert [item.number for item, _, _ in items if item.number] == ["1"]


_CLOSING = (
    " The meeting closed at 9.05pm, the Chair thanking members and the clerk for their work over the year; the next meeting"
    " will be held in the village hall on the first Wednesday of next month, as usual, at half past seven in the evening."
)


def _flat_numbers(tmp_path, body: str) -> list[str]:
    # (a page flattened whole, as a sharing site serves it: one paragraph of some length)
    text = "Minutes of the meeting of Kelby Parish Council held on Wednesday 9th July 2031 in the Village Hall. " + body + _CLOSING
    _, items = stored_text(tmp_path, "flat.txt", text)
    return [item.number for item, _, _ in items if item.number]


def test_any_shape_of_reference_run_on_one_line_is_read_by_its_run(tmp_path):
    # a sharing site's copy: every line break lost, each minute's reference before its title
    body = (
        "Present: Cllrs Abel (Chair), Birch, Coe. 125/07/31 - Apologies for absence None received. 126/07/31 \u2013"
        " Declarations of interest Cllr Coe (a neighbour of an applicant). 127/07/31 - Previous Meeting The minutes of the"
        " meeting held on 11th June 2031 were agreed as a true record. 128/07/31 - Public participation Two residents raised"
        " the state of the footpath by the mill. 129/07/31 - Clerk's Report The clerk will write to the county about the"
        " footpath."
    )
    assert _flat_numbers(tmp_path, body) == ["125/07/31", "126/07/31", "127/07/31", "128/07/31", "129/07/31"]


def test_references_with_a_stop_or_glued_to_their_titles_are_read_by_their_run(tmp_path):
    assert _flat_numbers(
        tmp_path,
        "Present: Cllrs Abel, Birch. 18/31. Apologies had been received from Cllr Coe. 19/31. There were no declarations"
        " of interest. 20/31. The Minutes of the meeting held on 11th June 2031 were approved. 21/31. Planning matters:"
        " none received.",
    ) == ["18/31", "19/31", "20/31", "21/31"]
    assert _flat_numbers(
        tmp_path / "glued" if (tmp_path / "glued").mkdir() is None else tmp_path,
        "Apologies for Absence: C Coe 2031/27Declarations of Interest There were none. 2031/28Minutes of previous Meeting"
        " The minutes were agreed. 2031/29Matters Arising The bench has been repaired. 2031/30Vacancies No applications.",
    ) == ["2031/27", "2031/28", "2031/29", "2031/30"]


def test_numbers_cited_in_a_flattened_page_make_no_run(tmp_path):
    # "minute 12/30", "minute 13/30", "minute 14/30": earlier minutes cited, not headed
    body = (
        "Present: Cllrs Abel, Birch, Coe. Matters arising: as in minute 12/30 The hall roof is mended. As in minute 13/30"
        " The bench is painted. As in minute 14/30 The clerk has written to the county. The meeting then turned to the"
        " business of the evening, which was the village hall roof and its cost to the parish over the coming years."
    )
    assert _flat_numbers(tmp_path, body) == []


def test_a_page_that_kept_its_numbered_lines_is_not_broken_by_a_run_inside_one(tmp_path):
    # items 1. to 4. open their lines; in item 4 a list of the earlier minute's points "8 - ...", "9 - ...", "10 - ..."
    text = (
        "KELBY PARISH COUNCIL 17 SEPTEMBER 2031 AT THE VILLAGE HALL\n\n"
        "1. APOLOGIES Apologies were received from Cllr Dove.\n\n"
        "2. DECLARATIONS OF INTEREST None.\n\n"
        "3. MINUTES OF THE MEETING HELD ON 16 JULY 2031 The Minutes were accepted as a true record.\n\n"
        "4. MATTERS ARISING 5 \u2013 The Clerk reported that the county had not replied about the road. The Clerk agreed to"
        " chase. 8 \u2013 Mr Hale reported that the school would help with the fete over the summer holidays this year. 9 \u2013"
        " The Clerk reported that the bench had been fixed by the county's contractor last week. 10 \u2013 Cllr Abel reported"
        " that the city council had no objection to the felling of a birch tree on the green.\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text)
    assert [item.number for item, _, _ in items if item.number] == ["1", "2", "3", "4"]


def test_a_heading_kept_as_a_bullet_gives_the_date():
    text = "Parish Council Minutes - January 2031\n\n  \u2022 Minutes of meeting held 8th January 2031 in the Supper Room - 7.30pm\n\nPresent : Dr Hale"
    assert str(find_context(normalise(text).split("\n")).date.value) == "2031-01-08"


def test_the_public_session_before_the_numbered_business_is_an_item(tmp_path):
    text = (
        "Minutes of the meeting of Kelby Parish Council held on 2nd September 2031\n\n"
        "Chair: Cllr Abel\n\nPresent: Councillors Birch, Coe\n\nClerk: D Hale\n\n"
        "Public Forum: No comments made\n\n"
        "19. Chairman's remarks \u2013 The Chair thanked everyone for attending.\n\n"
        "20. Apologies for absence \u2013 None.\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text)
    assert [(item.number, item.title) for item, _, _ in items][:2] == [(None, "Public Forum"), ("19", "Chairman's remarks")]


def test_an_open_forum_over_its_own_line_keeps_the_residents_request(tmp_path):
    text = (
        "DRAFT Minutes of a Meeting of Kelby Parish Council Tuesday 1st October 2031 in the Village Hall.\n\n"
        "Present Chairman: Mr Abel Councillors: Mr Birch, Ms Coe Clerk: D Hale\n\n"
        "Open Forum A resident raised the blocked gullies on Mill Hill. Cllr Birch will report them to the county.\n\n"
        "1031/01 Apologies Cllr Dove\n\n"
        "1031/02 Minutes The minutes of the meeting held on 3rd September 2031 were confirmed and signed.\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text)
    first, _, actions = items[0]
    assert (first.number, first.title) == (None, "Open Forum")
    assert [action.text for action in actions] != []


def test_members_of_the_public_in_the_attendance_are_no_item(tmp_path):
    text = (
        "Minutes of the meeting of Kelby Parish Council held on 2nd September 2031\n\n"
        "Present: Councillors Abel, Birch\n\nMembers of the Public: 2\n\n"
        "1. Apologies \u2013 None.\n\n2. Minutes \u2013 Approved.\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text)
    assert [item.number for item, _, _ in items] == ["1", "2"]


def test_flattened_items_in_capitals_with_their_running_minute_in_brackets(tmp_path):
    body = (
        "PRESENT: Councillors Abel (in the Chair), Birch, Coe. ITEM 1 (258) PUBLIC FORUM No members of the public attended."
        " ITEM 2 (259) RECEIVE APOLOGIES Cllr Dove ITEM 3 (260) DECLARATION OF MEMBERS' INTERESTS None ITEM 4 (261) MINUTES"
        " The minutes of the meeting on 5 November were approved and signed. ITEM 5 (262) POLICE REPORT No crimes were reported"
        " in the area over the last month."
    )
    assert _flat_numbers(tmp_path, body) == ["1 (258)", "2 (259)", "3 (260)", "4 (261)", "5 (262)"]


def test_flattened_numbers_glued_to_their_own_titles(tmp_path):
    body = (
        "Those present: Chair Ann Abel (AA); Ben Birch (BB). In attendance: Cllr Coe 1Introduction and Chair's Remarks The"
        " Chair opened the meeting. 2Those present As above. 3Apologies for absence Apologies were received from Dan Dove."
        " 4Declaration of conflict of interest None were raised. 5Presentation A talk on the work of the wildlife trust."
    )
    assert _flat_numbers(tmp_path, body) == ["1", "2", "3", "4", "5"]


def test_a_minute_reference_before_the_agendas_number_heads_its_item(tmp_path):
    body = (
        "Members present: Cllrs Abel, Birch, Coe. In attendance: the clerk and 3 members of the public A001/31 1. APOLOGIES"
        " FOR ABSENCE Apologies were received from Cllr Dove. A002/31 2. DECLARATIONS OF INTEREST None declared A003/31 3."
        " TO RECEIVE THE MINUTES OF 26 APRIL 2031 The minutes were agreed as a true record. A004/31 4. MATTERS ARISING There"
        " were none."
    )
    assert _flat_numbers(tmp_path, body) == ["A001/31", "A002/31", "A003/31", "A004/31"]


def test_the_agendas_own_number_before_its_first_item_stays_out(tmp_path):
    text = (
        "Kelby Borough Council SUMMONS AND AGENDA You are summoned to a meeting of the council on Tuesday 20th March 2031"
        " at 6.00 p.m. AGENDA No. 3/31 1. MINUTES To approve the minutes of the meeting held on 19th February 2031."
        " 2. PRESENTATION The health partnership's year. 3. MAYOR'S ANNOUNCEMENTS 4. QUESTIONS UNDER STANDING ORDER 7.1"
        " To consider any questions submitted. 5. REPORT OF THE STANDARDS COMMITTEE The annual report for the year."
        + _CLOSING
    )
    _, items = stored_text(tmp_path, "agenda.txt", text, committee="Kelby Borough Council", date=dt.date(2031, 3, 20))
    assert [item.number for item, _, _ in items if item.number][:3] == ["1", "2", "3"]



# the review's cases: ordinary pages the new rules must leave as they were

def test_a_short_page_listing_tenders_by_number_has_no_items(tmp_path):
    text = (
        "Kelby Community Council\nExtraordinary Meeting held on 3 April 2031 at the Village Hall\n"
        "Present: Cllrs A Abel (Chair), B Birch and C Coe. The meeting considered the three tenders received for grass"
        " cutting. Tender 1 Greenways Ltd quoted \u00a34,500 a year. Tender 2 Parkcare Services quoted \u00a35,200 a year."
        " Tender 3 Hedgerow Services quoted \u00a33,900 a year. RESOLVED that Tender 3 be accepted. The Clerk to notify the"
        " three contractors of the decision.\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text, committee="Kelby Community Council")
    assert [item.number for item, _, _ in items if item.number] == []
    assert [clause for _, clauses, _ in items for clause in clauses] == ["that Tender 3 be accepted."]


def test_a_list_without_stops_inside_a_long_minute_stays_in_its_item(tmp_path):
    text = (
        "MINUTES OF THE MEETING OF KELBY COMMUNITY COUNCIL HELD ON 3 APRIL 2031\n\n"
        "3. Correspondence\n"
        "The Clerk reported the correspondence received since the last meeting, which had been circulated to members"
        " beforehand and which could be seen at the office: 1 Letter from the County Council about the closure of Mill"
        " Lane for resurfacing during May 2 Email from a resident asking for a dog bin near the playing field 3 Invitation"
        " to the Mayor's civic service at the parish church 4 Newsletter from the Association of Community Councils."
        " RESOLVED that the correspondence be noted.\n\n"
        "4. Finance\nRESOLVED that the accounts for payment be approved.\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text)
    # (the list's own "4 Newsletter ..." never takes the place of item 4, nor its decision)
    assert [(item.title, clauses) for item, clauses, _ in items if item.number == "4"] == [("Finance", ["that the accounts for payment be approved."])]


def test_a_public_session_label_or_standing_note_is_no_item(tmp_path):
    for label in ("PUBLIC SESSION", "Public Question Time: members of the public may speak for up to three minutes."):
        text = (
            f"Kelby Town Council\n{label}\n"
            "Minutes of the meeting of the Town Council held on 3 April 2031 at 7.00pm in the Council Chamber\n"
            "Present: Cllrs Abel, Birch\n\n1. Apologies\nNone.\n\n2. Finance\nRESOLVED that the accounts be approved.\n"
        )
        folder = tmp_path / str(len(label))
        folder.mkdir()
        _, items = stored_text(folder, "minutes.txt", text)
        assert [item.number for item, _, _ in items] == ["1", "2"], label


def test_second_of_a_month_or_a_weekday_is_no_seconder(tmp_path):
    text = (
        "MINUTES OF THE MEETING OF KELBY PARISH COUNCIL HELD ON 3 MARCH 2031\n\n"
        "1. Apologies\n\nNone.\n\n"
        "2. Litter pick - proposed for the 2nd Saturday in May, volunteers welcome\n\n"
        "3. Christmas lights - moved to 2nd December\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text)
    assert [clause for _, clauses, _ in items for clause in clauses] == []


def test_an_agendas_bulleted_paper_of_earlier_minutes_gives_no_date():
    text = (
        "Kelby Community Council\nAgenda for the meeting to be held on 10 April 2031\n"
        "\u2022 Minutes of meeting held 6 March 2031 (attached)\n1. Apologies"
    )
    found = find_context(normalise(text).split("\n"))
    assert found.date is None or str(found.date.value) != "2031-03-06"


def test_a_letterhead_over_a_report_about_other_minutes_does_not_date_the_page_by_them():
    text = (
        "Kelby Community Council, Ty Newydd, Kelby KL1 1AB. Tel 01632 960123. Email clerk@kelby.example COUNCIL MEETING 10"
        " APRIL 2031 REPORT OF THE CLERK ON THE MINUTES OF THE MEETING OF THE PLANNING COMMITTEE HELD ON 20 MARCH 2031\n"
        "1. Planning\nThe committee's minutes are attached for members to receive."
    )
    found = find_context(normalise(text).split("\n"))
    assert (found.committee.value if found.committee else None) != "Planning Committee"
    assert found.date is None or str(found.date.value) != "2031-03-20"


def test_next_weeks_meeting_is_due_a_week_on():
    from cpb_tui.actions.due import parse_due

    spec = parse_due("The Clerk will invite the university's experts to next week's meeting to hear the evidence")
    assert (spec.kind, spec.days) == ("days_after", 7)
    assert parse_due("Members will attend next week's training course") is None  # an event, not a meeting's due


def test_flattened_items_with_the_word_item_and_a_colon(tmp_path):
    body = (
        "Present: Ann Abel (Chair), Ben Birch. Item 1:             Apologies: Cara Coe. Item 2             Minutes of the Last"
        " Meeting. The minutes were agreed and signed by the Chairman. Item 3:            Matters arising: none. Item 4:"
        "             Correspondence: the clerk has forwarded the emails received."
    )
    assert _flat_numbers(tmp_path, body) == ["1", "2", "3", "4"]
