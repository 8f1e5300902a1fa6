"""Shapes read in the forty-first step. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

import datetime as dt

import pytest

from cpb_tui.importers import ImportProblem
from tests.stored import page_items as _items, stored_page, tasks


# --- a one-word title run into its minute's first sentence --------------------------------------------------------------


def test_a_one_word_title_before_a_sentence_opening_on_the_is_cut_where_the_sentence_begins(tmp_path):
    page = (
        "Minutes of the meeting of Kelby Parish Council held on 9th June 2035 at the Reading Room.\n\n"
        "41 Cemetery The new gates have been hung and the path relaid. Clerk to thank the volunteers.\n\n"
        "42 Review of The Green Lane Plan\n\n"
        "43 Footpaths It was noted that the stile on FP7 is broken.\n"
    )
    items = _items(tmp_path, page)
    assert [item.title for item, _, _ in items] == ["Cemetery", "Review of The Green Lane Plan", "Footpaths"]
    assert [action.text for action in items[0][2]] == ["Clerk to thank the volunteers"]


# --- the whole council's meeting, named by the council ---------------------------------------------------------------------


def test_the_full_council_of_a_town_council_is_that_council(tmp_path):
    page = (
        "Minutes of the Full Council of Marlow Quay Town Council held at the Guildhall on Tuesday, 11th September 2035 at 7pm.\n\n"
        "201 APOLOGIES There were none.\n\n202 MINUTES The minutes of 14th August were approved.\n"
    )
    meeting, _ = stored_page(tmp_path, page)
    assert meeting.committee == "Marlow Quay Town Council"


# --- dues written into a task's own words ----------------------------------------------------------------------------------


def test_a_meeting_named_by_its_day_is_when_the_task_is_due():
    from cpb_tui.actions.due import parse_due, resolve_due

    spec = parse_due("Cllr Penn to attend the 24 April licensing board")
    assert spec is not None and spec.words == "the 24 April licensing board"
    assert resolve_due(spec, dt.date(2035, 4, 10), []) == (None, dt.date(2035, 4, 24))
    # the day in that meeting's name, when the committee has a meeting that day
    assert resolve_due(spec, dt.date(2035, 4, 10), [dt.date(2035, 4, 24)]) == (dt.date(2035, 4, 24), dt.date(2035, 4, 24))
    # said after that day: next year's
    assert resolve_due(parse_due("the 3 March planning committee"), dt.date(2035, 4, 10), [])[1] == dt.date(2036, 3, 3)
    # a meeting gone by names no due
    assert parse_due("the minutes of the 3 March planning committee were approved") is None


def test_a_task_to_object_to_an_application_is_a_task():
    assert tasks("Cllr Penn to object to the late-night licence on Quay Street.") == [
        ("Cllr Penn to object to the late-night licence on Quay Street", ("Cllr Penn",))]
    assert tasks("Members objected to the late-night licence.") == []


def test_a_tracker_row_with_its_due_in_its_words_is_due_then(tmp_path):
    page = (
        "Kelby Community Council - minutes of the ordinary meeting, Monday 15 April 2035 at 7pm, Kelby Library\n"
        "1 Welcome, apologies\n2 Approval of minutes of the meeting on 18 March 2035\n3 Matters arising\n"
        "| Item | Actor | Action | Progress |\n"
        "| 4.a | R Penn | send the new police contact to members | complete |\n"
        "| 5.b | T Wade | write to the council about the harbour bins by 30 April | |\n"
        "| 6.c | KCC | attend the 24 April licensing board | |\n"
        "| 7.a | R Penn | meet the parks officer about the skate ramp | |\n"
        "4 Policing matters\n"
    )
    items = _items(tmp_path, page)
    dues = {action.text: action.due_date for _, _, actions in items for action in actions}
    assert dues == {
        "write to the council about the harbour bins by 30 April": dt.date(2035, 4, 30),
        "attend the 24 April licensing board": dt.date(2035, 4, 24),
        "meet the parks officer about the skate ramp": None,
    }


# --- minutes run together in one paragraph ---------------------------------------------------------------------------------

_RUN_ON = (
    "RUSHMERE PARISH COUNCIL – Minutes of the meeting held on Monday 9th July 2035 in the Church Room\n\n"
    "PRESENT :- Mr A. Ward (Chairman), Mrs B. Lowe, Mr C. Rudd and Mrs D. Hart (Clerk). 1. APOLOGIES were received from "
    "Mr E. Fry. 2. DECLARATIONS OF INTEREST. Mrs B. Lowe declared an interest in item 5. 3. MINUTES OF THE MAY MEETING were "
    "read, corrected and approved by those present at it and then signed. 4. MATTERS ARISING. The verge by the "
    "school has been cut and the bus shelter glass replaced, and the county has still not repaired the culvert by the "
    "allotments, which floods after every storm; members asked that it be chased again before the autumn rains.\n\n"
    "5. ACCOUNTS FOR PAYMENT: K Moss £120.00; Fenside Grounds £88.00. Resolved to pay.\n"
    "6, CORRESPONDENCE: A letter from the cricket club was read. Agreed to reply offering the field for the fete.\n"
)


def test_a_heading_in_capitals_that_is_its_sentences_subject_stays_in_the_decision(tmp_path):
    items = _items(tmp_path, _RUN_ON)
    by_number = {item.number: (item.title, clauses) for item, clauses, _ in items}
    assert by_number["1"][0] == "Apologies"
    assert by_number["3"] == ("Minutes of the May Meeting", [
        "MINUTES OF THE MAY MEETING were read, corrected and approved by those present at it and then signed."])


def test_a_comma_typed_for_the_stop_after_the_next_number_is_that_item(tmp_path):
    items = _items(tmp_path, _RUN_ON)
    by_number = {item.number: (item.title, clauses, [a.text for a in actions]) for item, clauses, actions in items}
    assert by_number["5"][1] == ["to pay."]
    assert by_number["6"] == ("Correspondence", ["Agreed to reply offering the field for the fete."],
                              ["Reply offering the field for the fete"])


def test_an_address_with_a_comma_after_its_number_is_no_item(tmp_path):
    page = (
        "Kelby Parish Council\nClerk: Mrs D. Hart, 14, CHURCH LANE, KELBY.\n"
        "Minutes of the meeting held on 3rd May 2035\n\n1. Apologies\nNone.\n\n2. Hedges\nA letter from the owner of\n"
        "12, MILL ROAD. The owner has asked about the hedge.\n\n3. Date of next meeting\n7th June 2035.\n"
    )
    assert [item.number for item, _, _ in _items(tmp_path, page)] == ["1", "2", "3"]


# --- a summons: the meeting's day, not the day the clerk sent it -----------------------------------------------------------


def test_a_summons_day_with_no_year_takes_the_year_of_the_clerks_signing_date(tmp_path):
    page = (
        "To all Members of the Council\n"
        "Councillors are requested to attend an ordinary meeting of the Kelby Parish Council to be held at the Old School, "
        "Kelby on Wednesday 17th October at 7.30pm to transact the business below.\n"
        "Ruth Penn\nClerk to the Council Thursday 11th October 2035\n"
        "AGENDA\n1. | To receive apologies |\n2. | Declarations of interest |\n3. | Minutes of the meeting of 19th September 2035 |\n"
    )
    meeting, _ = stored_page(tmp_path, page)
    assert (meeting.committee, meeting.date) == ("Kelby Parish Council", dt.date(2035, 10, 17))


def test_a_summons_whose_day_stands_two_lines_below_past_a_blank_one(tmp_path):
    page = (
        "TO ALL MEMBERS OF THE COUNCIL\n\n"
        "Councillors are invited to attend a meeting of Marlow Quay Town Council to be held in the Guildhall, Quay Street, Marlow Quay\n\n"
        "on Thursday 15th March 2035 at 7 p.m. for the business below.\n\n"
        "Ruth Penn (9th March 2035)\n\nTown Clerk\n\n"
        "1. Apologies for Absence\n\n2. Minutes\n\n3. Planning\n"
    )
    meeting, _ = stored_page(tmp_path, page)
    assert (meeting.committee, meeting.date) == ("Marlow Quay Town Council", dt.date(2035, 3, 15))


# --- agendas ---------------------------------------------------------------------------------------------------------------


def test_an_agenda_in_capitals_keeps_the_items_printed_in_ordinary_case(tmp_path):
    page = (
        "KELBY PARISH COUNCIL\n\n"
        "Councillors are requested to attend a meeting of the Parish Council which will be held in the Reading Room, Mill Lane, on "
        "Tuesday 5th June 2035 at 7.30pm.\n\nAGENDA\n\n"
        "1. RECEIVE APOLOGIES FOR ABSENCE\n\n2. RECEIVE DECLARATIONS OF INTEREST\n\n3. APPROVE MINUTES – 1st May 2035\n\n"
        "4. Playing field inspection report RP\n\n5. FINANCE\n5.1. Review monthly balances – All\n\n"
        "6. Consider the quote for relining the car park\n\n7. DATE OF NEXT MEETING\n"
    )
    meeting, items = stored_page(tmp_path, page)
    assert meeting.committee == "Kelby Parish Council"
    assert [item.number for item, _, _ in items] == ["1", "2", "3", "4", "5", "5.1", "6", "7"]


def test_a_web_agenda_whose_list_starts_again_after_each_paragraph_counts_on(tmp_path):
    page = (
        "Marlow Quay Town Council\n\nAgenda for the meeting of the Town Council to be held on Thursday 15th March 2035 at 7pm\n\n"
        "  1. Apologies for Absence\n  2. Minutes\n\nTo approve the minutes of the meeting held on 15th February 2035.\n\n"
        "  1. Mayor's Announcements\n  2. Questions from the public\n\nMembers of the public may speak for three minutes each.\n\n"
        "  1. Finance\n\nTo receive the schedule of payments.\n\n"
        "  1. Harbour Wall Repairs\n  2. Date of next meeting\n"
    )
    _, items = stored_page(tmp_path, page)
    assert [(item.number, item.title) for item, _, _ in items] == [
        ("1", "Apologies for Absence"), ("2", "Minutes"), ("3", "Mayor's Announcements"), ("4", "Questions from the public"),
        ("5", "Finance"), ("6", "Harbour Wall Repairs"), ("7", "Date of next meeting")]


def test_points_numbered_again_under_a_line_that_leads_into_them_are_not_counted_on(tmp_path):
    page = (
        "Minutes of the meeting of Kelby Parish Council held on 3rd May 2035\n\n"
        "Correspondence received:\n  1. Letter from the county\n  2. Letter from the school\n\n"
        "The following were paid:\n  1. Grass cutting\n  2. Hall hire\n\n"
        "The clerk reported on these:\n  1. Footpath 7\n  2. The bus shelter\n"
    )
    _, items = stored_page(tmp_path, page)
    assert not any(item.number in {"5", "6"} for item, _, _ in items)


def test_a_list_nested_under_the_line_above_is_not_counted_on(tmp_path):
    page = (
        "Minutes of the meeting of Kelby Parish Council held on 3rd May 2035\n\n"
        "  1. Apologies. None.\n  2. Minutes. Approved.\n\nThe chair thanked members.\n\n"
        "  1. Chair's report.\n\nThe hall roof is mended.\n\n"
        "  1. Clerk's report.\n    1. Bank balance. The accounts were accepted.\n    2. Cheques. Two were signed.\n"
    )
    _, items = stored_page(tmp_path, page)
    # (counted on, the two points under the clerk's report would be items 5 and 6)
    assert not {"5", "6"} & {item.number for item, _, _ in items}


# --- decisions in a parish's plain words -----------------------------------------------------------------------------------

_PARISH = "Kelby Parish Council\nMinutes of the monthly Parish Council meeting, Tuesday 14th May 2035, 7.30pm, the Reading Room.\n\n"


def test_plain_parish_outcomes_are_decisions(tmp_path):
    page = (
        f"{_PARISH}2035/50   Apologies – none.\n\n"
        "2035/51   The Notes of the meetings on 9th and 23rd April 2035 were adopted as minutes; moved, seconded, put to the vote and RESOLVED.\n\n"
        "2035/52   Planning – 35/00812/HOUS, Ivy Barn, Mill Road, single storey side extension. There were no objections.\n\n"
        "2035/53   Bus shelter – Replacing the roof of the Church Lane bus shelter at a cost of £340 was discussed and agreed.\n\n"
        "2035/54   Precept – Agreed this be held over to the next meeting pending the draft budget.\n"
    )
    items = _items(tmp_path, page)
    assert [clauses for _, clauses, _ in items] == [
        [],
        ["The Notes of the meetings on 9th and 23rd April 2035 were adopted as minutes; moved, seconded, put to the vote and RESOLVED."],
        ["There were no objections."],
        ["Replacing the roof of the Church Lane bus shelter at a cost of £340 was discussed and agreed."],
        ["Agreed this be held over to the next meeting pending the draft budget."],
    ]
    assert [action.due_words for action in items[4][2]] == ["to the next meeting"]


def test_what_the_meeting_concluded_is_a_decision(tmp_path):
    page = (
        "Minutes of the meeting of the Ashmoor Borough Council Audit Committee held on 18 September 2035\n\n"
        "41 Forward Plan\nThe Chair drew attention to the forward plan. Members talked about officer time. It was concluded that "
        "the timing of the depot review be left to the Chair's judgement, with all councillors to be kept informed.\n\n"
        "On the leisure audit, it was concluded that such questions should be raised when the committee considers the first report on 12 November.\n\n"
        "RESOLVED that the forward plan be approved.\n"
    )
    items = _items(tmp_path, page)
    assert items[0][1] == [
        "that the timing of the depot review be left to the Chair's judgement, with all councillors to be kept informed.",
        "that such questions should be raised when the committee considers the first report on 12 November.",
        "that the forward plan be approved.",
    ]
    assert [(action.text, action.due_date) for action in items[0][2]] == [
        ("Keep all councillors informed", None),
        ("Raise such questions when the committee considers the first report on 12 November", dt.date(2035, 11, 12)),
    ]


def test_what_the_clerk_should_do_is_a_task_and_what_the_council_requests_is_its_own():
    from cpb_tui.actions import extract_from_resolution

    def found(text):
        return [(action.text, action.owners) for action in extract_from_resolution(text, "resolved")]

    assert found("that the Clerk should write to the County Surveyor about the flooding at Mill Ford.") == [
        ("The Clerk to write to the County Surveyor about the flooding at Mill Ford", ("the Clerk",))]
    assert found("that the Council should continue to watch the situation.") == []
    assert found("that the Clerk should be thanked for her work.") == []
    assert found("to request three quotations for relaying the tennis court.") == [("Request three quotations for relaying the tennis court", ())]
    assert found("that the report be noted, with members to be kept updated.") == [("Keep members updated", ())]


# --- when a task is due ----------------------------------------------------------------------------------------------------


def test_a_year_after_a_comma_is_the_months_and_a_meeting_whose_minutes_were_approved_is_no_due():
    from cpb_tui.actions.due import parse_due

    assert (parse_due("coming to the Committee in February, 2036").year, parse_due("by March, 2036").year) == (2036, 2036)
    assert parse_due("The minutes of the December meeting were moved by Cllr Penn and seconded by Cllr Wade") is None
    assert parse_due("Clerk to invite Mrs Rowe to attend our next meeting").kind == "next_meeting"


# --- no task ---------------------------------------------------------------------------------------------------------------


def test_what_the_meeting_did_there_and_then_or_was_told_of_is_no_task():
    assert tasks("Councillor Ann Moss (members discussed this and agreed to accept her resignation)") == []
    assert tasks("The Chairman agreed to allow a late item to be taken, as below :-") == []
    assert tasks("It was noted that more road closure notices have come and the resurfacing would be completed over a weekend.") == []
    assert tasks("Mrs Jean Hale has agreed to serve another term as the council's school governor.") == []
    assert tasks("Area forum – 9th November 2035. Head of Roads to speak.") == []
    assert tasks("The plan at Appendix B set out the business to be considered by the Audit Committee in the year ahead.") == []
    # (still tasks)
    assert tasks("Cllr Penn to speak to the farmer about the hedge.") == [("Cllr Penn to speak to the farmer about the hedge", ("Cllr Penn",))]
    assert tasks("It was noted that a paper would be brought to the June meeting.") == [("Bring a paper to the June meeting", ())]


def test_an_earlier_meetings_decision_told_again_is_neither_a_decision_nor_a_task(tmp_path):
    page = (
        "Minutes of the meeting of the Ashmoor Borough Council Audit Committee held on 22 January 2036\n\n"
        "57 Forward Plan\nThe Head of Audit presented the plan. In October 2035, it was agreed that the treasury update would be "
        "reported to the committee twice a year. It was agreed that a paper on the leisure contract would be put on the agenda "
        "for 14 March 2036.\n\nRESOLVED that the Forward Plan be approved.\n"
    )
    items = _items(tmp_path, page)
    assert items[0][1] == ["Agreed that a paper on the leisure contract would be put on the agenda for 14 March 2036.", "that the Forward Plan be approved."]
    assert [action.due_date for action in items[0][2]] == [dt.date(2036, 3, 14)]


def test_a_parishs_comment_on_each_application_is_its_decision(tmp_path):
    page = (
        "Minutes of the Full Council and Planning Committee of Kelby Parish Council held\n"
        "on Tuesday 11th September 2035 at 7.00pm in the Village Hall\n\n"
        "612 APOLOGIES FOR ABSENCE\nNone.\n613 PLANNING\n613.1 To consider the following planning applications:\n"
        "- 35/503311/FULL 4 Mill Rise\nErection of a single storey rear extension.\nUnanimously AGREED to recommend APPROVAL\n"
        "- 35/503420/HOUSE Ash Cottage Church Lane\nReplacement of a garage with a studio.\nAGREED to recommend REFUSAL on the grounds of overdevelopment\n"
        "- 35/502977/SUB Home Farm\nDetails to discharge Condition 4 (landscaping).\nNo comment and AGREED to go with the decision of the Planning Officer\n"
        "613.2 To note planning decisions received.\n"
    )
    items = _items(tmp_path, page)
    listed = next((clauses, actions) for item, clauses, actions in items if item.number == "613.1")
    assert listed[0] == ["Unanimously agreed to recommend APPROVAL", "Agreed to recommend REFUSAL on the grounds of overdevelopment",
                         "Agreed to go with the decision of the Planning Officer"]
    assert listed[1] == []


def test_a_decision_in_lower_case_after_its_paragraphs_number(tmp_path):
    page = (
        "MINUTES OF A MEETING OF KELBY PARISH COUNCIL held on Monday 15 October 2035 at the Village Hall\n\n"
        "1. Welcome\n\n1.1  The Chair welcomed all present.\n\n2. To Appoint New Clerk\n\n"
        "2.1 it was unanimously agreed that Mrs Ruth Penn be appointed as Clerk from 15 October 2035.\n\n3. Planning\n\nNone.\n"
    )
    items = _items(tmp_path, page)
    assert next(clauses for item, clauses, _ in items if item.number == "2") == [
        "Unanimously agreed that Mrs Ruth Penn be appointed as Clerk from 15 October 2035."]


# --- items a parish's minutes print plainly --------------------------------------------------------------------------------


def test_a_title_in_title_case_ending_in_a_stop_is_an_item_and_a_label_without_a_verb_may_be_longer(tmp_path):
    page = (
        "Minutes of the Community Council meeting held in Kelby Vestry on\n\nTuesday, 9th October 2035.\n\n"
        "1         Present\n\nCouncillors Mr Ian Roe (Chair), Mrs Ann Hale and Mr Tom Vell (Clerk).\n\n"
        "2         Apologies\n\nNone.\n\n"
        "3         To Check & Confirm Minutes of Earlier Meetings.\n\n"
        "3.1        Ordinary Meeting 11/9/2035 – proposed (AH), seconded (IR) that the minutes be signed as correct.\n\n"
        "4         Late matters to be added to the agenda:\n\nVillage hall broadband\n\n"
        "5         Correspondence\n\nNone.\n"
    )
    numbers = [item.number for item, _, _ in _items(tmp_path, page)]
    assert numbers == ["1", "2", "3", "3.1", "4", "5"]


# --- which parish -------------------------------------------------------------------------------------------------------


def test_the_parish_is_named_where_the_heading_names_it_though_the_sentence_below_does_not(tmp_path):
    page = (
        "Minutes May 2035\n\nMINUTES OF THE MEETING OF KELBY PARISH COUNCIL\n"
        "A meeting of the Parish Council took place in the Reading Room on Tuesday 8 May 2035 at 7.30 pm.\n\n"
        "1. Apologies - None\n2. Minutes - approved.\n3. Finance - the invoices were paid.\n"
    )
    assert stored_page(tmp_path, page)[0].committee == "Kelby Parish Council"
    page = (
        "April 2035 DRAFT Minutes\n\nMINUTES OF A HOLLOWAY AND ASHBY PARISH COUNCIL MEETING held on Monday 23 April 2035 at The Institute\n\n"
        "1. Welcome\n2. Apologies\n3. Minutes\n"
    )
    assert stored_page(tmp_path, page)[0].committee == "Holloway and Ashby Parish Council"


def test_a_parish_councils_own_committee_and_its_monthly_meeting(tmp_path):
    page = (
        "Minutes 12th September 2035\nKELBY PARISH COUNCIL\nA Meeting of the Parish Council Allotments Committee\n"
        "was held in the Pavilion, Thursday 13th September 2035 @ 6pm.\n\n1. Apologies\nNone.\n2. Rents\nAgreed to hold the rent.\n"
    )
    assert stored_page(tmp_path, page)[0].committee == "Kelby Parish Council Allotments Committee"
    page = (
        "Kelby Parish Council\nMinutes of the Parish Council's Monthly Meeting held on 9 May 2035 in the Institute starting at 7:30pm\n\n"
        "41/35 Apologies for Absence\nNone.\n42/35 Minutes\nApproved.\n"
    )
    assert stored_page(tmp_path, page)[0].committee == "Kelby Parish Council"


def test_a_virtual_meeting_announced_with_a_comma_and_no_committee_from_the_meetings_opening_time(tmp_path):
    page = (
        "Agenda for March 2035\nKELBY PARISH COUNCIL\nVirtual meeting of Kelby Parish Council, to be held on Monday, 5th March 2035 "
        "commencing at 7.30pm.\nBUSINESS TO BE TRANSACTED.\n1. Apologies for absence.\n2. Planning.\n3. Finance.\n"
    )
    meeting, _ = stored_page(tmp_path, page)
    assert (meeting.committee, meeting.date) == ("Kelby Parish Council", dt.date(2035, 3, 5))
    page = (
        "March 2035 Minutes\nMinutes of meeting held on Tuesday 20th March 2035\nin the Chapel Room starting at 7.30pm\n"
        "The meeting opened at 7.35\n\n1. Apologies for absence\nNone.\n2. Minutes\nApproved.\n"
    )
    with pytest.raises(ImportProblem, match="committee"):
        stored_page(tmp_path, page)


def test_headings_in_capitals_run_into_their_text_with_no_stop_are_the_items(tmp_path):
    page = (
        "Minutes of the Parish Council's April meeting, Thursday 12 th April 2035, In Kelby Village Hall at 7.30pm\n\n"
        "PRESENT Cllr R Ames (Chairman), Cllr T Moss, Cllr P Vale. Ms K Lund (Parish Clerk)\n\n"
        "APOLOGIES FOR ABSENCE Cllr J Tarrant, Cllr L Bird.\n\n"
        "DECLARATIONS OF INTEREST None.\n\n"
        "MINUTES OF PARISH COUNCIL MEETING HELD 15.03.35 With one spelling put right, the Minutes were agreed by all and signed by the Chairman.\n\n"
        "MATTERS ARISING: Mill Lane drain. The blockage is back. Cllr Vale to report it to the highways team again.\n\n"
        "PLANNING 35/01977/HOUS Ivy Cottage – porch. No objections.\n\n"
        "REPORT FROM THE SPEEDWATCH GROUP Mr Hale said 38 drivers had been logged over the limit in March.\n"
    )
    items = _items(tmp_path, page, committee="Kelby Parish Council")
    assert [item.title for item, _, _ in items] == [
        "Apologies for Absence", "Declarations of Interest", "Minutes of Parish Council Meeting Held", "Matters Arising", "Planning",
        "Report from the Speedwatch Group"]
    assert [len(clauses) for _, clauses, _ in items] == [0, 0, 1, 0, 1, 0]
    assert [action.text for action in items[3][2]] == ["Cllr Vale to report it to the highways team again"]


def test_paragraphs_opening_on_an_acronym_are_no_headings(tmp_path):
    page = (
        "Minutes of the meeting of Kelby Parish Council held on 3rd May 2035\n\n"
        "CCTV Cameras in the car park have been mended.\n\nNHS Dental services are short in the town.\n\n"
        "KCC Highways have promised to mend the lane.\n"
    )
    assert len(_items(tmp_path, page)) == 1


# --- tasks a parish's narrative sets -------------------------------------------------------------------------------------


def test_a_second_doer_and_their_own_task_after_and_and_one_who_will_be_away_but_will_act():
    assert tasks("Cllr Pike offered to walk the path and the secretary will contact the Access Officer about the stile.") == [
        ("Cllr Pike to walk the path", ("Cllr Pike",)), ("The secretary to contact the Access Officer about the stile", ("the secretary",))]
    assert tasks("Cllr Dale cannot be there but will pass on to PC Ann Ross any points raised this evening.") == [
        ("Cllr Dale to pass on to PC Ann Ross any points raised this evening", ("Cllr Dale",))]


def test_more_verbs_a_task_is_written_with_and_a_messages_own_time_is_no_due():
    assert tasks("Clerk to correspond with Mr Roy Vale of Vale Stone, who had written about the wall.")[0][1] == ("Clerk",)
    assert tasks("It was agreed to treat the next item as confidential.") == []  # ("treat" is no task's verb: "treat it as confidential")
    from cpb_tui.actions import extract_from_minutes

    reply = extract_from_minutes("Clerk requested to reply to the plot holder to advise that the trough would be replaced in March 2036.")
    assert [(action.owners, action.due_words) for action in reply] == [(("Clerk",), None)]


def test_a_task_in_brackets_under_its_label_among_bullets_run_on_in_one_line(tmp_path):
    page = (
        "Minutes of the meeting of Kelby Parish Council held on Monday 14th January 2036 at 7.30pm in the Institute.\n\n"
        "1. Previous Minutes • The chair went through the open points from last time. • LT said a name at item 6 was misspelt: "
        "Hollis should read Ollis (Action – SO to correct the minutes) • The minutes of the December meeting were moved by LT, seconded by BK.\n\n"
        "2. Defibrillator\nMembers unanimously resolved to bid for £600 from the District Council for a second defibrillator and agreed "
        "that the church porch suited it best. Cllr Ward was asked to submit the bid.\n"
    )
    items = _items(tmp_path, page)
    assert [(action.text, action.due_date) for action in items[0][2]] == [("SO to correct the minutes", None)]
    assert [action.text for action in items[1][2]] == [
        "Bid for £600 from the District Council for a second defibrillator", "Cllr Ward to submit the bid"]


def test_a_name_put_right_in_the_minutes_is_no_task_but_who_puts_it_right_has_one():
    found = tasks("TW asked for a spelling to be put right in item 4. Hobbs to be amended to Hobbes (Action – MD to amend minutes) • The minutes "
                  "of the March meeting were moved by TW and seconded by KL.")
    assert found == [("MD to amend minutes", ("MD",))]


# --- a community council's notes -------------------------------------------------------------------------------------------

_NOTES = (
    "Notes of the meeting held on Thursday 1st November 2035 in the Old School, Glenbrae, 7.30pm\n\n"
    "Present:   Ruth Bain (Chair), Alan Kerr (Secretary), Ian Dow (Treasurer)\n\nApologies:  Fiona Reid (Vice Chair)\n\n"
    "Minutes of the previous meeting Thurs 4th October 2035 were read and approved as a correct record.\n\n"
    "Matters arising:\n\n  • Gala committee invite – AK to reply.\n  • Area forum – 7th November 2035. ID and RB to attend.\n\n"
    "Chairman’s Report:\n\n  • School path covered in leaves. Ask the contractor for advice on clearing.\n\n"
    "Treasurer’s Report:\n\n  • Balance stands at £1,104.50\n\n"
    "Next meeting: Thursday 6th December 2035 – 7.30pm at the Old School\n"
)


def test_labels_over_bullets_are_items_and_the_first_bullet_under_a_label_is_not(tmp_path):
    items = _items(tmp_path, _NOTES, committee="Glenbrae Community Council")
    titles = [item.title for item, _, _ in items]
    assert "Chairman’s Report" in titles and "Treasurer’s Report" in titles
    assert not any(title.startswith("Balance") for title in titles)


def test_who_is_to_attend_an_event_dated_in_the_bullet_is_due_that_day(tmp_path):
    items = _items(tmp_path, _NOTES, committee="Glenbrae Community Council")
    attend = [action for _, _, actions in items for action in actions if action.text == "ID and RB to attend"]
    assert [action.due_date for action in attend] == [dt.date(2035, 11, 7)]


def test_houses_under_matters_arising_are_no_items_and_a_bullet_glued_to_a_title_is_cut_off(tmp_path):
    page = (
        "Draft Minutes of Meeting held on 13 June 2035 in the Pier Hall, Auchenlea\n\nPresent: Moira (Chair), Ewan Laird (Vice-Chair).\n\n"
        "Matters Arising\n\nSurgery Staffing – The practice has advertised again.\n\n"
        "12 Harbour Terrace – Funds are in place.\n\n14 Harbour Terrace – The transfer has been approved.\n\nPlay Park – The swings are in.\n"
    )
    assert not {"12", "14"} & {item.number for item, _, _ in _items(tmp_path, page, committee="Auchenlea Community Council")}
    page = (
        "Minutes of Monthly Meeting of Kelby Community Council held at the Memorial Hall at 7.00 pm on Thursday 17th April 2036\n"
        "3. Chair's Announcements• I met the head teacher about the school garden\n• The footbridge has been reopened\n"
        "4. Minutes\nRESOLVED to approve the minutes of 20th March 2036 as a correct record.\n"
    )
    assert [item.title for item, _, _ in _items(tmp_path, page)] == ["Chair's Announcements", "Minutes"]


# --- committees of principal councils ------------------------------------------------------------------------------------


def test_a_recommendation_to_council_over_its_clause_and_a_decision_by_affirmation(tmp_path):
    page = (
        "Minutes of the meeting of the Ashmoor Borough Council Licensing Committee held on 19 February 2036\n\n"
        "27 Street Collection Permits\nThe Committee considered the draft policy. It was agreed by affirmation to defer the "
        "other changes to a further meeting in October.\n\nRECOMMENDED to Council\n\n"
        "that the fee for a street collection permit be withdrawn from 1 April 2036.\n"
    )
    items = _items(tmp_path, page)
    assert items[0][1] == [
        "Agreed by affirmation to defer the other changes to a further meeting in October.",
        "Recommended to Council that the fee for a street collection permit be withdrawn from 1 April 2036.",
    ]


def test_what_the_committee_resolved_at_an_earlier_meeting_told_again_is_no_decision_of_this_one(tmp_path):
    page = (
        "Minutes of the meeting of the Ashmoor Borough Council Planning Committee held on 6 December 2035\n\n"
        "6.1 FPL/2035/114 – Bryn Isaf, Kelby\nAt its meeting held on 4 October, 2035, the Committee resolved to visit the site. "
        "At its meeting held on 1st November, 2035, the Committee resolved to grant permission against the officer's advice. "
        "It was resolved to refuse the application in accordance with the Officer's recommendation.\n\n"
        "6.2 FPL/2035/120 – Mill House, Kelby\nIt was resolved to approve the application.\n"
    )
    items = _items(tmp_path, page)
    assert [clauses for _, clauses, _ in items] == [
        ["to refuse the application in accordance with the Officer's recommendation."], ["to approve the application."]]
    assert [action for _, _, actions in items for action in actions] == []


def test_an_online_meetings_manners_are_no_task():
    assert tasks("Members were requested to ensure that their cameras stayed on throughout the meeting.") == []


# --- town and parish minutes saved from councils' sites -------------------------------------------------------------------


def test_a_minutes_running_number_alone_over_its_title_a_page_number_before_an_item_and_a_number_typed_twice(tmp_path):
    page = (
        "Agenda and minutes\n\nLeisure Committee - Tuesday 13th March 2035 7.00 pm\n\nItems\nNo. Item\n\n"
        "101/34/35\n\nChairman's Announcements\n\nMinutes:\n\nThe Chairman welcomed the new Events Officer.\n\n"
        "102/34/35\n\nBandstand repainting\n\nMinutes:\n\nRESOLVED that the quotation of £2,340 be accepted.\n"
    )
    assert [item.number for item, _, _ in _items(tmp_path, page)] == ["101/34/35", "102/34/35"]
    page = (
        "MINUTES OF A MEETING OF KELBY AND DALE PARISH COUNCIL held on Monday, 7 January 2036 at the Memorial Hall.\n\n"
        "Page 12 71. APOLOGIES FOR ABSENCE\n\nApologies were received from Councillor J Kemp.\n\n72. MINUTES\n\n"
        "RESOLVED: That the December minutes be approved.\n\n73. DECLARATIONS OF INTEREST\n\nNone.\n"
    )
    assert [item.number for item, _, _ in _items(tmp_path, page)] == ["71", "72", "73"]
    page = (
        "Kelby Parish Council\n\nMinutes of Kelby Parish Council, held on 1st April 2036 at 7.30pm in the Old School Room\n\n"
        "2036-031    Apologies for absence.\nAll councillors were present.\n\n"
        "2036-032    To agree the notes of 4th March 2036 as minutes.\nCouncil RESOLVED that the notes be signed as minutes.\n\n"
        "2036-032    Reports from the police and ward councillors.\nThe PCSO reported two thefts from sheds. Council RESOLVED to buy a property-marking kit for loan to residents.\n\n"
        "2036-033    Playing field drainage\nCouncil RESOLVED to accept the quotation of £1,150 from Fen Drains.\n"
    )
    items = _items(tmp_path, page)
    assert [(item.number, len(clauses)) for item, clauses, _ in items] == [("2036-031", 0), ("2036-032", 1), ("2036-032", 1), ("2036-033", 1)]


def test_resolutions_to_pay_a_list_resolve_by_a_vote_and_resolved_after_a_dash(tmp_path):
    page = (
        "Minutes of the Meeting of Kelby Parish Council held in the Church Rooms on 4/3/2036 at 7pm\n\n"
        "1. Apologies and reasons:- None.\n\n2. Finance & Accounts for payment:-\n\n"
        "Payments: Resolved to pay: clerk's wages: £402.10; HMRC: £98.20; Park Mowing: £360. Resolved to renew the website hosting at a cost of £144.\n\n"
        "3. Attendance\n\nCllr Harper & Cllr Iqbal –RESOLVED unanimously to accept their apologies.\nCllr Kerr – no apology received\n\n"
        "4. Planning\nResolve: by a unanimous vote that the committee raises no objection to application 36/0311.\n"
    )
    items = _items(tmp_path, page)
    assert items[1][1] == ["to pay: clerk's wages: £402.10; HMRC: £98.20; Park Mowing: £360.", "to renew the website hosting at a cost of £144."]
    assert len(items[2][1]) == 1 and items[2][1][0].endswith("to accept their apologies.")
    assert items[3][1] == ["that the committee raises no objection to application 36/0311."]


def test_an_agendas_wording_with_its_minute_after_a_dash_is_no_decision_and_minutes_under_the_agendas_numbers(tmp_path):
    page = (
        "Minutes of a meeting of the Kelby Parish Council Open Spaces Committee held in the Pavilion on 8th October 2035 at 19:00\n"
        "1. To consider apologies for absence – Nil\n"
        "2. To consider the play area – The zip wire seat was worn.\n"
        "a) To consider fencing – Two firms have quoted so far.\n"
        "3. To consider the pavilion – A report was given on damp.\n"
    )
    assert [clauses for _, clauses, _ in _items(tmp_path, page)] == [[], [], []]
    page = (
        "1. To receive apologies for absence.\n2. To receive any Declarations of Interest.\n3. To consider the bus shelter repairs.\n"
        "4. Date of next meeting.\nMeeting of Kelby Parish Council\nheld on Wednesday 5th March 2036\nat 7.30 pm at the Reading Room.\n"
        "Members present: Cllr Ames (Chair), Cllr Moss.\n1. To receive apologies for absence\nNone received\n"
        "2. To receive any Declarations of Interest\nNone.\n3. To consider the bus shelter repairs\n"
        "RESOLVED to accept the quotation from Harlow Joinery of £480.\n4. Date of next meeting\nWednesday 2nd April 2036.\n"
    )
    items = _items(tmp_path, page)
    assert [(item.number, clauses) for item, clauses, _ in items] == [
        ("1", []), ("2", []), ("3", ["to accept the quotation from Harlow Joinery of £480."]), ("4", [])]


def test_a_decision_after_a_titles_dash_and_colon_stays_out_of_the_title(tmp_path):
    page = (
        "Minutes of a meeting of the Kelby Parish Council Cemetery Committee held in the Library on 11th February 2036 at 19:00\n"
        "1. To note any apologies for absence and the reasons offered by members – It was moved, seconded and Resolved: That the apologies of Cllr Hurst be accepted.\n"
        "2. Minutes of the last meeting on 17th December 2035 - It was RESOLVED: That the Chair sign them as a true record.\n"
        "3. To consider a name for the new close off Kiln Barn:- Council agreed to the old field name of Tanyard Close.\n"
    )
    items = _items(tmp_path, page)
    assert [(item.title, len(clauses)) for item, clauses, _ in items] == [
        ("To note any apologies for absence and the reasons offered by members", 1),
        ("Minutes of the last meeting on 17th December 2035", 1),
        ("To consider a name for the new close off Kiln Barn", 1),
    ]


def test_the_clerk_to_council_by_the_posts_full_name_asked_to_act():
    assert tasks("The meeting asked that the clerk to council arrange a memorial safety inspection before Easter.") == [
        ("The Clerk to arrange a memorial safety inspection before Easter", ("the Clerk",))]


def test_a_minutes_line_with_a_dated_event_is_never_the_meetings_title(tmp_path):
    page = (
        "Minutes of the Parish Council's April meeting, Thursday 12 th April 2035, In Kelby Village Hall at 7.30pm\n\n"
        "APOLOGIES FOR ABSENCE Cllr J Tarrant.\n\nPLANNING 35/01977/HOUS Ivy Cottage – porch. There were no objections.\n\n"
        "REPORT FROM THE SPEEDWATCH GROUP Area forum – 7th May 2035. ID and RB to attend.\n"
    )
    meeting, _ = stored_page(tmp_path, page, committee="Kelby Parish Council")
    assert (meeting.committee, meeting.date) == ("Kelby Parish Council", dt.date(2035, 4, 12))


def test_a_clause_list_ends_where_the_officers_account_begins(tmp_path):
    page = (
        "Minutes of the meeting of the Ashmoor Borough Council Housing Scrutiny Committee held on 3 July 2036\n\n"
        "9 Forward Work Programme\n(a) That the Forward Work Programme be noted;\n"
        "(b) That the progress made on the open actions be noted.\n"
        "The Scrutiny Facilitator presented the report and said an item on damp had been added for October.\n"
    )
    items = _items(tmp_path, page)
    assert items[0][1] == ["That the Forward Work Programme be noted;", "That the progress made on the open actions be noted."]


# --- mends after this step's review ----------------------------------------------------------------------------------------


def test_review_tasks_kept_and_dropped():
    from cpb_tui.actions import extract_from_resolution

    assert extract_from_resolution("That a report setting out the options for the pavilion be brought to the next meeting.", "resolved")[0].due_words == "to the next meeting"
    assert tasks("Clerk to write to Cllr Dale to accept his resignation and thank him for his service.") != []
    assert tasks("The Clerk will write to Mr Rees to ask him to serve another term as tree warden.") != []
    assert tasks("Clerk to invite the PCSO to speak.") == [("Clerk to invite the PCSO to speak", ("Clerk",))]
    assert tasks("As discussed earlier, it was agreed that Cllr Moss would contact the school.") == [("Cllr Moss to contact the school", ("Cllr Moss",))]
    assert tasks("The Council would object to any development on the green.") == []
    assert extract_from_resolution("to object to the application on the grounds of overdevelopment.", "resolved") == []
    assert tasks("Clerk to obtain prices for cameras on the bus shelter for the meeting in March.") != []
    assert tasks("Clerk to order: • two bins • a sign for the lay-by")[0][0].startswith("Clerk to order")


def test_review_dues_kept():
    from cpb_tui.actions.due import parse_due

    assert parse_due("Clerk to inform the County Council that the parish supports the scheme and report back at the next meeting").kind == "next_meeting"
    assert parse_due("Clerk to include the correction in the minutes of the next meeting").kind == "next_meeting"
    from cpb_tui.actions.clauses import ActionCandidate

    assert ActionCandidate.listed("Chase Highways about the drain first reported on 12 May", None, ("Clerk",)).due_words is None
    assert ActionCandidate.listed("Write to the council about the bins by 30 April", None, ("Clerk",)).due_words == "by 30 April"


def test_review_headings_and_names(tmp_path):
    from cpb_tui.importers.context import find_context
    from cpb_tui.importers.mid_decisions import mid_pieces

    assert mid_pieces("The Parish Council RESOLVED to accept the quote.") == ["The Parish Council RESOLVED to accept the quote."]
    found = find_context(["FINANCE COMMITTEE – 10 JUNE 2035. MINUTES OF THE MEETING", "", "1. Apologies"])
    assert (found.committee.value, found.date.value) == ("Finance Committee", dt.date(2035, 6, 10))
    assert find_context(["MINUTES OF THE VIRTUAL PARISH COUNCIL MEETING HELD ON 11 MARCH 2035"]).council is None
    assert find_context(["Notice is hereby given that a meeting of Kelby Parish Council will be held on Monday 8th January at 7pm.",
                         "Dated 22nd December 2034. J Penn, Clerk to the Council"]).date.value == dt.date(2035, 1, 8)
    page = (
        "Minutes of the meeting of Kelby Parish Council held on 3rd May 2035\n\nMeetings for the year:\n\n"
        "TUESDAY 3 June 2035 in the Hall.\n\nTUESDAY 1 July 2035 in the Hall.\n\nTUESDAY 5 August 2035 in the Hall.\n\n"
        "SIGNED Chairman of the meeting.\n"
    )
    assert not any(item.title.startswith(("Tuesday", "Signed")) for item, _, _ in _items(tmp_path, page))
    page = (
        "Minutes of the Planning Committee of Kelby Parish Council held on 3rd May 2035\n\n"
        "1 Mill Lane – extension\nNo objection.\n\n2 Church Road – garage\nNo objection.\n"
    )
    assert [item.number for item, _, _ in _items(tmp_path, page)] == ["1", "2"]


def test_review_a_paragraphs_points_told_as_sentences_are_not_counted_on(tmp_path):
    page = (
        "Minutes of the meeting of Kelby Parish Council held on 3rd May 2035\n\n"
        "The clerk reported on the roads.\n\n  1. The pothole outside the school is back.\n  2. The lane is flooded again.\n\n"
        "The clerk reported on the money.\n\n  1. Payment of £312 was made to the mower.\n  2. The grant has arrived.\n\n"
        "The clerk reported on the hall.\n\n  1. The boiler has been serviced.\n  2. The roof is sound.\n"
    )
    assert not {"5", "6"} & {item.number for item, _, _ in _items(tmp_path, page)}
