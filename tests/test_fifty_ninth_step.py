"""The fifty-ninth step: the structure of a page before its wording (an item the meeting took out of order, a web
page's list holding one item, a text copied with a blank line after every printed line, a minutes heading with no
"of"), written again about fictional bodies. Texts the project wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.stored import page_items as _items, second_item, stored_page, tasks

_OUT_OF_ORDER = (
    "Minutes Full Parish Council Meeting Held Monday 9 March 2037 Via Zoom.\n\n"
    "Present: – Cllr Amory (Chair), Cllr Bell, Cllr Dunn & Cllr Pryor.\n\n"
    "101/PC/37 – Public Session\n\nTwo residents spoke about the footpath by the mill. Agreed to bring item 112 forward.\n\n"
    "102/PC/37 – Apologies for Absence\n\nCllr Hale.\n\n"
    "103/PC/37 – Declarations of interest\n\nNone.\n\n"
    "104/PC/37 – Minutes\n\nRESOLVED to approve the minutes of the meeting held on 9 February 2037.\n\n"
    "{moved} – Mill Lane Footpath\n\nRESOLVED to ask the county council to clear the footpath. The Clerk to write to the "
    "county council by the end of March.\n\n"
    "105/PC/37 – County Councillor's Report\n\nCllr Pryor said the verge budget would rise, as minute 103/PC/37 of last "
    "month set out.\n\n"
    "106/PC/37 – Finance\n\nRESOLVED to pay the invoices listed.\n"
)


def test_an_item_taken_out_of_order_is_an_item_and_the_run_around_it_stands(tmp_path):
    meeting, found = stored_page(tmp_path, _OUT_OF_ORDER.format(moved="112/PC/37"))
    assert meeting.committee == "Parish Council"  # ("Minutes Full Parish Council Meeting Held ...": no "of")
    numbers = [item.number for item, _, _ in found]
    assert sorted(numbers) == [f"{n}/PC/37" for n in (101, 102, 103, 104, 105, 106, 112)]
    (moved,) = [(clauses, [task.text for task in tasks]) for item, clauses, tasks in found if item.number == "112/PC/37"]
    assert moved[0] == ["to ask the county council to clear the footpath. The Clerk to write to the county council by the end of March."]
    assert "The Clerk to write to the county council by the end of March" in moved[1]


@pytest.mark.parametrize(
    "moved",
    [
        "150/PC/37",  # (far past the run: no item of this meeting's)
        "103/PC/37",  # (a number the run holds: a minute cited again, not a second item)
        "Footpath 7",  # (no reference at all)
    ],
)
def test_a_line_out_of_the_run_that_no_item_could_be_stays_inside_its_item(tmp_path, moved):
    _, found = stored_page(tmp_path, _OUT_OF_ORDER.format(moved=moved))
    numbers = [item.number for item, _, _ in found]
    assert numbers == [f"{n}/PC/37" for n in (101, 102, 103, 104, 105, 106)]
    (clauses,) = [clauses for item, clauses, _ in found if item.number == "104/PC/37"]
    assert "to ask the county council to clear the footpath. The Clerk to write to the county council by the end of March." in clauses


_ONE_LISTED = (
    "Agenda and minutes\n\nResources Board - Wednesday, 4th March, 2037 2.00 pm\n\nVenue: Town Hall, Kelby\n\n"
    "Contact: Democratic Services\n\nItems\n{header}\n\n44.\n\nExclusion of the Press and Public pdf icon PDF 70 KB\n\n"
    "1  To note the appendices officers have marked as exempt information.\n\n"
    "2  If the recommendation is accepted, to pass the following resolution:-\n\n"
    "RESOLVED – That the public be excluded from the meeting during the items marked as exempt.\n\n"
    "Minutes:\n\nRESOLVED – That the public be excluded from the meeting during consideration of Appendix B to the report "
    "on the depot sale.\n"
)


def test_a_web_pages_list_holding_one_item_is_that_item_with_its_minuted_decision(tmp_path):
    found = _items(tmp_path, _ONE_LISTED.format(header="No. Item"))
    assert [(item.number, item.title, clauses) for item, clauses, _ in found] == [
        ("44", "Exclusion of the Press and Public",
         ["That the public be excluded from the meeting during consideration of Appendix B to the report on the depot sale."]),
    ]


_LINES = [
    "RESOLVED – That, in line with the council's Standing Order 18 and the Financial Regulations",
    "(the version adopted in May 2036), the Town Clerk be authorised to sell the old depot",
    "at Mill Yard to the highest bidder at or above the valuation, and to report the",
    "outcome of the sale, with the costs of the agents and of the legal work, to the",
    "meeting of the council to be held in June 2037, so that members may decide how",
    "the receipt should be spent on the town's parks, its play areas and its public",
    "toilets, and on any other project the council may choose to fund in the coming",
    "year as part of its programme.",
]


def _double_spaced(lines: list[str]) -> str:
    return (
        "Minutes of the meeting of Kelby Town Council held on Tuesday 3 March 2037 at the Guildhall.\n\n"
        "1. Apologies\n\nNone were received.\n\n2. Depot\n\n" + "\n\n".join(lines) + "\n\n3. Close\n\nThe meeting closed at 9pm.\n"
    )


def test_a_decision_copied_with_a_blank_line_after_every_printed_line_is_one_clause(tmp_path):
    found = _items(tmp_path, _double_spaced(_LINES))
    (clauses,) = [clauses for item, clauses, _ in found if item.number == "2"]
    assert clauses == [" ".join(_LINES)[len("RESOLVED – "):]]


def test_double_spaced_lines_that_end_their_sentences_stay_paragraphs_of_their_own(tmp_path):
    lines = [
        "The Clerk reported that the grass cutting contract had been signed for the year.",
        "Cllr Bell said the bus shelter on the green had been cleaned by the volunteers.",
        "Cllr Dunn asked whether the salt bin on Church Lane could be refilled soon.",
        "The Chair thanked the volunteers who had planted bulbs along the verge in March.",
        "Cllr Pryor reported that the noticeboard by the shop needed a new glass panel.",
        "The Clerk said the insurance renewal was due in June and would be on the agenda.",
        "Cllr Hale asked for the footpath sign at Mill Lane to be reported to the county.",
        "RESOLVED to buy a new glass panel for the noticeboard at a cost of up to £120.",
    ]
    found = _items(tmp_path, _double_spaced(lines))
    (clauses,) = [clauses for item, clauses, _ in found if item.number == "2"]
    assert clauses == ["to buy a new glass panel for the noticeboard at a cost of up to £120."]


def _numbered(line: str) -> str:
    return (
        "Minutes of the meeting of Brackenhope Community Council held on Thursday 2 April 2037 in the Hall.\n\n"
        "1. Declarations of Interest None.\n\n2. Public Participation\n\n" + line + "\n\n4. Close The meeting closed at 9pm.\n"
    )


def test_a_title_run_into_a_sentence_begun_with_the_splits_where_the_sentence_begins(tmp_path):
    found = _items(tmp_path, _numbered("3. Minutes of the last meetings The minutes of the meeting of 12th March 2037 were approved and signed."))
    (item,) = [(item.title, clauses) for item, clauses, _ in found if item.number == "3"]
    assert item == ("Minutes of the last meetings", ["The minutes of the meeting of 12th March 2037 were approved and signed."])


@pytest.mark.parametrize(
    "title",
    [
        "Update on The Green Project",  # (no sentence after it)
        "Letter from The Ramblers Association about the path",
        "Report of The Clerk",
    ],
)
def test_a_title_holding_the_words_the_or_it_stays_whole(tmp_path, title):
    found = _items(tmp_path, _numbered(f"3. {title}"))
    assert [item.title for item, _, _ in found if item.number == "3"] == [title]


_OUTLINE = (
    "Drigwell Parish Council\n\nMINUTES OF THE ORDINARY MEETING OF DRIGWELL PARISH COUNCIL\n\n"
    "Held in the Village Hall on 9th June 2037 at 7.30 pm\n\n"
    "Attended: Cllr Ann Dale (Chair), Cllr Tom Reeve, Cllr Sue Park\n\n"
    "  • Minutes of the Ordinary Meeting held on 12th May 2037\n"
    "    1. Proposed by TR and seconded by SP that the minutes were a true record; agreed unanimously.\n"
    "  • Apologies for absence\n"
    "    1. None.\n"
    "  • Financial Matters\n"
    "    1. Finance Report: the balance is £4,210.50\n"
    "    2. Payments: the grass cutting invoice of £220 was approved by all.\n"
    "    3. Receipts: none\n"
    "  • Actions from previous meetings\n"
    "    1. Action Point 4/2: Cllr Reeve to report the broken stile to the county council.\n"
    "  • Correspondence\n"
    "    1. A letter from the bus company about the new timetable was noted.\n"
)


def test_a_web_lists_outline_takes_its_outer_entries_as_items_and_their_numbered_points_inside(tmp_path):
    found = _items(tmp_path, _OUTLINE)
    assert [item.title for item, _, _ in found] == [
        "Minutes of the Ordinary Meeting held on 12th May 2037", "Apologies for absence", "Financial Matters",
        "Actions from previous meetings", "Correspondence",
    ]
    (tasks,) = [[task.text for task in tasks] for item, _, tasks in found if item.title == "Actions from previous meetings"]
    assert tasks == ["Cllr Reeve to report the broken stile to the county council"]


def test_bullets_over_a_numbered_agenda_set_further_in_are_no_outline(tmp_path):
    page = (
        "Minutes of the meeting of Drigwell Parish Council held on 9th June 2037 in the Village Hall.\n\n"
        "  • Present: Cllr Ann Dale (Chair)\n  • Cllr Tom Reeve\n  • Cllr Sue Park\n\n"
        "    1. Apologies\n    None.\n    2. Minutes\n    The minutes of 12th May 2037 were approved.\n"
        "    3. Finance\n    RESOLVED to pay the grass cutting invoice.\n"
    )
    found = _items(tmp_path, page)
    assert [(item.number, item.title) for item, _, _ in found] == [("1", "Apologies"), ("2", "Minutes"), ("3", "Finance")]


def test_a_lists_lost_numbers_as_bullets_beside_the_one_number_kept_are_the_items(tmp_path):
    page = (
        "Home / Meetings / Ashby Parva Parish Council Ordinary meeting Minutes – Tuesday 12th May 2037\n\n"
        "Chairman’s opening remarks.\n\n"
        "  1. Apologies for absence\n\n"
        "  • Minutes of the meeting held on 14th April 2037\n\nRESOLVED that the minutes be signed.\n\n"
        "  • Matters arising from the minutes.\n"
        "  •   Repairs to the war memorial are waiting to be completed.\n"
        "  • Financial Matters\n\nRESOLVED that the accounts be approved.\n\n"
        "  • Planning\n\nNothing to report.\n\n"
        "  • Correspondence\n\nA letter from the school was noted.\n"
    )
    meeting, found = stored_page(tmp_path, page)
    assert meeting.committee == "Ashby Parva Parish Council"  # (never "Home / Meetings / ...")
    assert [(item.number, item.title, clauses) for item, clauses, _ in found] == [
        ("1", "Apologies for absence", []),
        (None, "Minutes of the meeting held on 14th April 2037", ["that the minutes be signed."]),
        (None, "Matters arising from the minutes", []),
        (None, "Financial Matters", ["that the accounts be approved."]),
        (None, "Planning", []),
        (None, "Correspondence", ["A letter from the school was noted."]),
    ]


def _tracker_agenda(rows: str) -> str:
    return (
        "ASHBY PARVA PARISH COUNCIL\nAGENDA\n14th MARCH 2037\nTHE VILLAGE HALL 7:30PM\n"
        "  1. APOLOGIES\n  2. MINUTES OF THE MEETING 14th February 2037\n  3. ACTIONS\n"
        "    Action Action Owner Status Update\n" + rows + "  4. FINANCE\n    Invoices for payment.\n  5. PLANNING\n"
    )


def test_a_trackers_rows_that_lost_their_cell_borders_give_their_open_tasks(tmp_path):
    # (the row closed, 019, is no open task)
    rows = (
        "    014 Price new planters for the green AD/TR Outstanding AD has two quotes. TR to choose one\n"
        "    017 Summer fete committee SP In progress Dates being agreed with the school\n"
        "    019 Object to the district local plan on the parish's behalf AD/SP Closed Objection made online\n"
        "    021 Clear the path by the brook after the storm Clerk Open Waiting for the contractor\n"
    )
    found = _items(tmp_path, _tracker_agenda(rows))
    (tasks,) = [[(task.text, task.owners, task.status) for task in tasks] for item, _, tasks in found if item.number == "3"]
    assert tasks == [
        ("Price new planters for the green", ("AD", "TR"), "open"),
        ("Summer fete committee", ("SP",), "open"),
        ("Clear the path by the brook after the storm", ("Clerk",), "open"),
    ]


def test_lines_under_a_tracker_header_that_are_no_rows_give_no_tasks(tmp_path):
    rows = "    The action list will be reviewed at the next meeting by all councillors.\n    See the clerk's report.\n"
    found = _items(tmp_path, _tracker_agenda(rows))
    assert [tasks for item, _, tasks in found if item.number == "3"] == [[]]


def test_an_outline_with_no_indents_takes_its_levels_from_its_marks(tmp_path):
    page = (
        "Draft minutes KVCC meeting 24th November 2037\n"
        "- Present and apologies. Ann Dale, Tom Reeve, Sue Park.\n"
        "- Minutes of October 2037 meeting. Draft minutes approved.\n"
        "- Matters arising:\n"
        "– Bins update on request to the council. Response awaited.\n"
        "– Broadband update. TR to follow up again.\n"
        "o Positive progress on the burn.\n"
        "- Windfarm planning application. Agreed we will seek an extension to respond after our January meeting. SP\n"
        "- Meetings\n"
        "– AD attended the transport forum and raised the ferry timetable.\n"
    )
    found = _items(tmp_path, page, committee="Kelvale Community Council")
    assert [item.title for item, _, _ in found] == [
        "Present and apologies", "Minutes of October 2037 meeting", "Matters arising", "Windfarm planning application", "Meetings",
    ]
    (tasks,) = [[task.text for task in tasks] for item, _, tasks in found if item.title == "Matters arising"]
    assert tasks == ["TR to follow up again"]


def test_dashes_of_one_kind_are_no_outline(tmp_path):
    page = (
        "Minutes of the meeting of Kelvale Community Council held on 24th November 2037.\n"
        "1. Apologies\n- Ann Dale\n- Tom Reeve\n2. Finance\n- The balance is £2,100.\n- Invoices were approved.\n"
        "3. Planning\n- No applications.\n"
    )
    found = _items(tmp_path, page)
    assert [(item.number, item.title) for item, _, _ in found] == [("1", "Apologies"), ("2", "Finance"), ("3", "Planning")]


def _bulleted_minutes(line: str) -> str:
    return (
        "Minutes of the meeting of Kelvale Community Council held on Monday 18th January 2037 at 7.30pm.\n\n"
        "1 Police Scotland • PC Dale read the report.\n\n2 Apologies Apologies were received from Ann Dale.\n\n"
        + line + "\n\n4 Matters arising Schools • The head teacher introduced herself.\n"
    )


def test_a_decision_in_one_point_of_a_list_run_into_a_line_is_read_alone(tmp_path):
    found = _items(tmp_path, _bulleted_minutes(
        "3 Previous Minutes • HIF reviewed items from the previous minutes. • Minutes of the December meeting were proposed by BM "
        "and seconded by AT. • BM asked for a spelling to be corrected (Action – MD to amend minutes)"))
    (item,) = [(item.title, clauses, [task.text for task in tasks]) for item, clauses, tasks in found if item.number == "3"]
    assert item == ("Previous Minutes", ["Minutes of the December meeting were proposed by BM and seconded by AT."], ["MD to amend minutes"])
    assert [item.title for item, _, _ in found] == ["Police Scotland", "Apologies", "Previous Minutes", "Matters arising Schools"]


def test_a_post_date_over_the_minutes_is_no_item_and_the_list_keeps_its_numbers(tmp_path):
    page = (
        "1 Dec 2037\n\nMinutes: 20th November 2037\n\n"
        "DRAFT MINUTES OF THE MEETING OF ASHBY PARVA PARISH COUNCIL HELD ON MONDAY 20TH NOVEMBER 2037 IN THE PAVILION AT 7.30PM\n\n"
        "1.       APOLOGIES\n\nAnn Dale (AD)\n\n2.       APPROVAL OF OCTOBER 2037 MINUTES\n\n"
        "Minutes were agreed as a true record and signed by the Chairman.\n\n"
        "3.       MATTERS ARISING\n\nGrit bins. These are to be repaired. ACTION: TR to chase.\n"
    )
    found = _items(tmp_path, page)
    assert [(item.number, item.title) for item, _, _ in found] == [
        ("1", "Apologies"), ("2", "Approval of October 2037 Minutes"), ("3", "Matters Arising"),
    ]


def test_lettered_points_after_two_read_as_items_stay_items_though_one_is_a_decision(tmp_path):
    page = (
        "Minutes of the meeting of Ashby Parva Parish Council held on 9th November 2037.\n\n"
        "1.  Apologies : Mrs. Dale – work commitment. Accepted.\n\n"
        "2.  The minutes of the meeting held on 12th October, 2037 were approved and signed by the Chairman.\n\n"
        "3.  To receive declarations of interest. None.\n\n"
        "(a)  Agreed Clerk’s salary is increased by 1.5% with effect from 1st April, 2038.\n\n"
        "(b)  Play Area – invitations to quote have been sent to 5 companies.\n\n"
        "(c)  Precept 2038/39 – all Chairmen to attend the finance meeting on 23rd November to set the precept.\n\n"
        "(d)  Draft lease with the cricket club had been circulated. Mr. Reeve proposed this was accepted. Agreed by all present.\n\n"
        "(e)  Agreed to purchase new Christmas tree lights at a cost of £69.99.\n"
    )
    found = _items(tmp_path, page)
    assert [item.number for item, _, _ in found] == ["1", "2", "3", "3a", "3b", "3c", "3d", "3e"]
    (clauses,) = [clauses for item, clauses, _ in found if item.number == "3e"]
    assert clauses == ["Agreed to purchase new Christmas tree lights at a cost of £69.99."]


def test_a_decisions_lettered_clauses_are_never_sub_items(tmp_path):
    page = (
        "Minutes of the meeting of Ashby Parva Parish Council held on 9th November 2037.\n\n"
        "1. Apologies\nNone.\n\n2. Play Area\nRESOLVED:\n(a) that the quote from Parkway Ltd be accepted;\n"
        "(b) that the Clerk place the order;\n(c) that the work be finished by March 2038.\n\n3. Close\nThe meeting closed at 9pm.\n"
    )
    found = _items(tmp_path, page)
    assert [item.number for item, _, _ in found] == ["1", "2", "3"]


def test_lettered_minutes_written_as_sentences_before_the_first_titled_one_are_items(tmp_path):
    page = (
        "Ashby Parva Parish Council\n\nDraft minutes of meeting held on 5th May 2037 at 7.30 pm in the Vestry Room.\n\n"
        "Present: Cllrs A Dale (AD), T Reeve (TR), S Park (SP)\n\n"
        "14a/37 Cllr Dale was elected Chairman unanimously (as proposed by TR, seconded by SP)\n\n"
        "14b/37 The Chairman's acceptance was received and the councillors welcomed.\n\n"
        "15a/37 Apologies: None received\n\n15b/37 Declarations of Interest: None declared\n\n"
        "16/37 Finance: The accounts for 2036/37 were approved.\n"
    )
    found = _items(tmp_path, page)
    assert [item.number for item, _, _ in found] == ["14a/37", "14b/37", "15a/37", "15b/37", "16/37"]


@pytest.mark.parametrize(
    "text, clause",
    [
        ("Agreed acceptance of the quote and it will be paid for out of the reserve.",
         "Agreed acceptance of the quote and it will be paid for out of the reserve."),
        ("Another quote has been received for £2,300. Agreed purchase of two benches for the green.",
         "Agreed purchase of two benches for the green."),
        ("The hall was booked for 2037. Agreed to hold the fete in June.", "Agreed to hold the fete in June."),
    ],
)
def test_a_deed_agreed_by_its_name_and_an_agreement_after_a_sum_or_a_year_are_decisions(tmp_path, text, clause):
    assert second_item(tmp_path, text)[0] == [clause]


@pytest.mark.parametrize(
    "text",
    [
        "Agreed payments are listed in the appendix.",  # (a list's name, not a deed agreed)
        "Item 12. Agreed to be the venue for the fete, the school wrote to say.",
    ],
)
def test_agreed_as_an_adjective_or_after_an_items_number_is_no_new_reading(tmp_path, text):
    assert second_item(tmp_path, text)[0] == []


@pytest.mark.parametrize(
    "text, found",
    [
        ("ACTION: Norman check Browns for a stone plinth.", [("Norman to check Browns for a stone plinth", ("Norman",))]),
        ("Action: Carolyne sort out the survey report for next meeting.",
         [("Carolyne to sort out the survey report for next meeting", ("Carolyne",))]),
        ("Clerk to find article on the district council's Facebook page and share it onto our page.",
         [("Clerk to find article on the district council's Facebook page and share it onto our page", ("Clerk",))]),
        ("D/Cllr Jackson will forward details of the scheme, the Clerk will ask the network if similar schemes exist.",
         [("D/Cllr Jackson to forward details of the scheme", ("D/Cllr Jackson",)),
          ("The Clerk to ask the network if similar schemes exist", ("the Clerk",))]),
    ],
)
def test_tasks_written_with_a_first_name_and_a_bare_verb_a_thing_to_find_and_two_doers_by_a_comma(text, found):
    assert tasks(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Action: Letters sent to residents.",  # (a thing done, no doer)
        "Action: Minutes check done.",
        "Action: Hedges cut back in March.",
        "Action: Check complete.",
        "Action: Order placed for a larger bin.",
        "The Clerk will find the meeting room open from 7pm.",  # (no thing to find for the council)
    ],
)
def test_action_lines_with_no_doer_and_a_room_found_open_are_no_tasks(text):
    assert tasks(text) == []


@pytest.mark.parametrize(
    "body, task, due",
    [
        ("The bench needs a new slat. Clerk to add to November agenda.", "Clerk to add to November agenda", dt.date(2037, 11, 30)),
        ("Views are wanted on the health plan. CR to collate them for our January meeting.",
         "CR to collate them for our January meeting", dt.date(2038, 1, 31)),
        ("Cllr Bell to meet the operator on site on the morning of 21 February 2038.",
         "Cllr Bell to meet the operator on site on the morning of 21 February 2038", dt.date(2038, 2, 21)),
    ],
)
def test_a_month_named_for_the_agenda_or_our_meeting_and_a_mornings_date_set_the_tasks_due_date(tmp_path, body, task, due):
    page = (
        "Minutes of the meeting of Ashby Parva Parish Council held on Tuesday 13 October 2037 in the Village Hall.\n\n"
        "1. Apologies\nNone.\n\n2. Business\n" + body + "\n\n3. Close\nThe meeting closed at 9pm.\n"
    )
    (found,) = [[(t.text, t.due_date) for t in tasks_of] for item, _, tasks_of in _items(tmp_path, page) if item.number == "2"]
    assert found == [(task, due)]


def test_minutes_one_standing_heading_alone_before_the_first_numbered_item_is_an_item(tmp_path):
    page = (
        "Ashby Parva Parish Council Meeting\n\nMinutes of the meeting held on Thursday 4th October 2037\n\n"
        "Present: A Dale (Chair), T Reeve, S Park\nClerk: K Lowe\n\n"
        "Declarations of Interest:\nNone received\n\n"
        "6.0 Minutes of the last meeting:\nHaving been circulated, AD signed the minutes as a true record.\n\n"
        "6.1 Planning\nNo applications.\n\n6.2 Correspondence\nAll correspondence was considered.\n"
    )
    found = _items(tmp_path, page)
    assert [(item.number, item.title) for item, _, _ in found] == [
        (None, "Declarations of Interest"), ("6.0", "Minutes of the last meeting"), ("6.1", "Planning"), ("6.2", "Correspondence"),
    ]


def test_minute_numbers_run_on_through_an_unnumbered_item_that_holds_two():
    from cpb_tui.domain.models import ItemRecord
    from cpb_tui.importers.record_numbers import with_record_numbers

    items = [
        ItemRecord("Public Forum", minutes="Chairman’s opening remarks\n315\\. Good evening and welcome.\nQuestions from the public.\n316\\. None"),
        ItemRecord("Apologies for absence", number="1", minutes="317\\. None"),
        ItemRecord("Declarations of interest", number="2", minutes="318\\. None"),
        ItemRecord("Minutes of the last meeting", number="3", minutes="319\\. The minutes were approved as a true record."),
    ]
    assert [(item.number, item.minute_number) for item in with_record_numbers(items)] == [
        (None, "315"), ("1", "317"), ("2", "318"), ("3", "319"),
    ]
    items[2] = ItemRecord("Declarations of interest", number="2", minutes="320\\. None")  # (a gap: no running minutes)
    assert [item.minute_number for item in with_record_numbers(items)] == [None, None, None, None]


def test_a_minutes_heading_naming_its_month_and_kind_before_meeting_of_names_the_council_after(tmp_path):
    page = (
        "MINUTES OF THE MAY 2037 ORDINARY MEETING OF THE\n\nDRIGWELL PARISH COUNCIL\n\n"
        "Held in Drigwell Village Hall on 9th June 2037 at 7.30 pm\n\n"
        "1. Apologies\nNone.\n\n2. Finance\nRESOLVED to pay the invoices listed.\n"
    )
    meeting, _ = stored_page(tmp_path, page)
    assert (meeting.committee, meeting.date) == ("Drigwell Parish Council", dt.date(2037, 6, 9))


# From the step's review: near misses of the new readings, each read as the base read it (or better).

def test_bullets_under_headings_in_capitals_or_labels_and_bulleted_names_are_no_outline(tmp_path):
    under_headings = (
        "Minutes of the meeting of Ashby Parva Parish Council held on 9th June 2037 in the Village Hall.\n\n"
        "APOLOGIES\nCllr Elm sent apologies, which were accepted.\n\n"
        "FINANCE\n  • Bank balance £8,420.16\n  • Grass cutting invoice £240\n  • The internal audit report was noted.\n\n"
        "PLAYING FIELD\n  • New swings installed\n  • Fence repair quoted at £300\n\n"
        "HIGHWAYS\n  • Speed signs\n  • Pothole on Mill Lane reported\n"
    )
    assert [item.title for item, _, _ in _items(tmp_path, under_headings)][:4] == ["Apologies", "Finance", "Playing Field", "Highways"]
    names = (
        "Minutes of the meeting of Ashby Parva Parish Council held on 9th June 2037 in the Village Hall.\n\n"
        "Present:\n  • Cllr Rose Amber (Chair)\n  • Cllr Sam Birch\n  • Cllr Tom Cole\nIn attendance:\n  • Mrs V Elder (Clerk)\n\n"
        "Apologies\nNone.\n\nMinutes\nThe minutes of 12th May were approved.\n\nPlanning\nNo applications.\n\nFinance\nRESOLVED to pay the invoices.\n"
    )
    titles = [item.title for item, _, _ in _items(tmp_path, names)]
    assert not any(title.startswith("Cllr") for title in titles)


def test_an_invoice_list_with_gaps_and_a_next_meetings_reference_are_no_items(tmp_path):
    page = (
        "Minutes of the meeting of Ashby Parva Parish Council held on 9th June 2037 in the Village Hall.\n\n"
        "Apologies\nNone.\n\nFinance\nINV 37/104 – Greenway Grounds, grass cutting £240\nINV 37/105 – Kelby Print, newsletter £95\n"
        "INV 37/107 – Village Hall hire £40\nINV 37/118 – Clerk's expenses £22\n\nHighways\nThe pothole was reported.\n"
    )
    titles = [item.title for item, _, _ in _items(tmp_path, page)]
    assert not any(title.startswith("INV") or "Greenway" in title for title in titles)


@pytest.mark.parametrize(
    "text",
    [
        "Action: Annual review of the risk assessment in May.",
        "Action: Further update at the next meeting.",
        "Action: Regular check of the defibrillator cabinet.",
        "Action: Verge cut back along Mill Lane.",
        "Action: Drain clear of leaves before winter.",
    ],
)
def test_an_action_line_opening_with_a_describing_word_or_a_thing_names_no_owner(text):
    assert all(owners == () for _, owners in tasks(text))


@pytest.mark.parametrize(
    "text",
    [
        "Agreed installation of the defibrillator took place on 3 October 2037.",
        "Agreed removal of the dead elm was carried out by the contractor last week.",
        "The letter from Minute 104. Agreed to be sent to all members, the letter was circulated.",
    ],
)
def test_a_deed_told_of_and_agreed_after_a_minutes_number_are_no_decisions(tmp_path, text):
    assert second_item(tmp_path, text)[0] == []


def test_a_heading_below_a_double_spaced_line_stays_a_heading(tmp_path):
    page = (
        "Minutes of the meeting of Kelby Town Council held on Tuesday 3 March 2037 at the Guildhall.\n\n"
        "Highways\n\nThe Clerk reported that the blocked drain at the corner of Mill Lane and the High Street had been\n\n"
        "reported again, and that the county council had promised to send a gang to clear it before the end of\n\n"
        "March. Clerk to report the blocked drain to the county council highways team by the end of April\n\n"
        "Playing field\n\nThe new swings have been installed and the safety surface laid by the contractor.\n\n"
        "Finance\n\nThe balance at the bank was reported as £12,400 at the end of February, with the precept to come.\n\n"
        "Planning\n\nNo applications had been received since the last meeting of the council in February 2037.\n\n"
        "Close\n\nThe meeting closed at 9pm.\n"
    )
    texts = [task.text for _, _, item_tasks in _items(tmp_path, page) for task in item_tasks]
    assert not any(text.endswith("Playing field") for text in texts)


@pytest.mark.parametrize("title", ["To agree how The council will respond to the wind farm consultation",
                                   "Report on whether It is possible to move the bus stop"])
def test_a_title_never_splits_after_how_or_whether(tmp_path, title):
    found = _items(tmp_path, _numbered(f"3. {title}"))
    assert [item.title for item, _, _ in found if item.number == "3"] == [title]


def test_a_borderless_trackers_owner_is_the_last_before_the_status(tmp_path):
    rows = "    031 Write to KCC Open Spaces team about verge cutting AD Outstanding No reply yet\n    032 Check CCTV Done quotes came in\n"
    found = _items(tmp_path, _tracker_agenda(rows))
    (tasks_of,) = [[(task.text, task.owners) for task in item_tasks] for item, _, item_tasks in found if item.number == "3"]
    assert tasks_of == [("Write to KCC Open Spaces team about verge cutting", ("AD",))]


def test_a_meeting_named_as_where_a_matter_was_raised_sets_no_due_date():
    from cpb_tui.actions import extract_from_minutes

    found = extract_from_minutes("Clerk to write again to the landowner, as resolved at our August meeting.")
    assert [(action.text, action.due_words) for action in found] == [("Clerk to write again to the landowner, as resolved at our August meeting", None)]


def test_an_election_after_the_sentences_that_put_the_names_is_the_decision(tmp_path):
    page = (
        "Minutes of the meeting of Ashby Parva Parish Council held on 9th May 2037.\n\n"
        "  1. Election of Chairman following the resignation of the Chairman – Councillor Kolbert proposed Councillor Brunet "
        "as Chairman. This motion was seconded by Councillor Baker. Councillor Brunet was elected Chairman and signed his "
        "Declaration of Acceptance of Office.\n\n  2. Open Forum\nNone.\n"
    )
    (clauses,) = [clauses for item, clauses, _ in _items(tmp_path, page) if item.number == "1"]
    assert clauses == ["Councillor Brunet was elected Chairman and signed his Declaration of Acceptance of Office."]


def test_another_bodys_election_after_a_report_of_its_meeting_is_no_decision_however_long_the_line(tmp_path):
    page = (
        "Minutes of the meeting of Ashby Parva Parish Council held on 9th May 2037.\n\n"
        "1. Reports from representatives\nCllr Dale attended the annual general meeting of the Ashby Parva Village Hall "
        "Management Trust at the hall on the evening of 2nd September. The accounts were presented to the trustees and a new "
        "treasurer was elected.\n\n2. Open Forum\nNone.\n"
    )
    assert [clauses for item, clauses, _ in _items(tmp_path, page) if item.number == "1"] == [[]]
