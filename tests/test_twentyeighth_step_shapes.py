"""Shapes read in the twenty-eighth step. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

import datetime as dt

from cpb_tui.actions import extract_from_resolution
from tests.stored import stored_text


def _agreed(text: str) -> list[str]:
    """The tasks the decision `text`, an agreement, gives."""
    return [action.text for action in extract_from_resolution(text, "agreed")]


def _agreed_with_owners(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(action.text, action.owners) for action in extract_from_resolution(text, "agreed")]


def _resolved(text: str) -> list[str]:
    return [action.text for action in extract_from_resolution(text, "resolved")]


def _numbers(items) -> list[tuple[str | None, str | None]]:
    return [(item.number, item.minute_number) for item, _, _ in items]


# --- items ---------------------------------------------------------------------------------------------------------------

_PAIRED = (
    "Minutes of the Meeting of Orrin Vale Parish Council held on Thursday 11 March 2032\n\n"
    "1. To Receive Apologies for Absence\n\n"
    "611. None. All members were at the meeting tonight.\n\n"
    "2. To Receive Declarations of Interest\n\n"
    "612. No new interests were declared by any member.\n\n"
    "3. Minutes of the Last Meeting\n\n"
    "613. The draft had gone round beforehand. The Council unanimously resolved to adopt the record of 11 February "
    "2032 as true.\n\n"
    "4. Play Area\n\n"
    "614. The inspection report was received. Clerk to obtain two quotes for the swing seats.\n\n"
    "615. The fence by the gate is leaning. Cllr Pask to ask the contractor to look at it.\n"
)


def test_an_agenda_heading_over_a_minute_numbered_apart_is_one_item(tmp_path):
    # the agenda's number heads the item and the minute's own number is its reference; a second minute under one
    # heading stays in that item with its task
    _, items = stored_text(tmp_path, "orrin.txt", _PAIRED)
    assert _numbers(items) == [("1", "611"), ("2", "612"), ("3", "613"), ("4", "614")]
    assert items[2][1] == ["The Council unanimously resolved to adopt the record of 11 February 2032 as true."]
    assert [a.text for a in items[3][2]] == ["Clerk to obtain two quotes for the swing seats", "Cllr Pask to ask the contractor to look at it"]
    assert "draft had gone round" in (items[2][0].minutes or "")


def test_points_numbered_from_one_under_each_heading_are_not_minutes_of_their_own(tmp_path):
    # "1." under "4." and again "1." under "5.": the points never run on, so the headings stay the items (the two points set
    # in under "3." are its points, 3.1 and 3.2, since the sixty-third step; a lone point stays in its item's text)
    text = (
        "Minutes of the meeting of Orrin Vale Parish Council held on 8 April 2032\n\n"
        "1. Welcome and apologies\n\nAll members were present.\n\n2. Minutes of the last meeting\n\nApproved.\n\n"
        "3. Matters arising\n\n    1. The goal posts on the field are now up and in use.\n\n    2. The bench has been mended.\n\n"
        "4. Highways\n\n    1. The pothole on Mill Lane has been reported again.\n\n"
        "5. Finance\n\n    1. The bank balance was noted by members.\n\n6. Any other business\n\nNone.\n"
    )
    _, items = stored_text(tmp_path, "points.txt", text)
    assert [item.number for item, _, _ in items] == ["1", "2", "3", "3.1", "3.2", "4", "5", "6"]
    assert all(item.minute_number in (None, item.number) for item, _, _ in items)


def test_minutes_numbered_with_the_meetings_month_and_short_year(tmp_path):
    # "01/03/32 Apologies": the minute, then the meeting's month and year; an older minute cited under matters arising
    # ("07/02/32 Car park") is a point of that item, not an item
    text = (
        "Brackwater Community Council\nMinutes of the meeting held on Monday 8th March 2032 in the hall\n\n"
        "01/03/32     Apologies:\n\nAnn Tulloch\n\n"
        "02/03/32     Minutes\n\nThe minutes of the February meeting were approved by Ann, seconded by Rob.\n\n"
        "04/03/32     Matters Arising\n\n07/02/32  Car park\n\nIt was agreed to ask the council for a date for the lining.\n\n"
        "05/03/32     Correspondence\n\nA letter from the ferry board was read.\n"
    )
    _, items = stored_text(tmp_path, "brack.txt", text)
    assert [item.number for item, _, _ in items] == ["01/03/32", "02/03/32", "04/03/32", "05/03/32"]
    assert [a.text for a in items[2][2]] == ["Ask the council for a date for the lining"]


def test_dates_a_week_apart_are_never_minute_numbers(tmp_path):
    text = (
        "Brackwater Community Council\nEvents this spring, noted at the meeting held on 8 March 2032\n\n"
        "12/03/32 Apologies clinic at the hall\n\n19/03/32 Minutes workshop for new members\n\n26/03/32 Litter pick on the shore\n"
    )
    _, items = stored_text(tmp_path, "events.txt", text, committee="Brackwater Community Council", date=dt.date(2032, 3, 8))
    assert not any(item.number in ("12/03/32", "19/03/32", "26/03/32") for item, _, _ in items)


def test_a_countys_minutes_marked_with_an_asterisk(tmp_path):
    # "*36 Minutes": the asterisk marks a minute decided under delegation; the minute is 36, in order with those unmarked
    text = (
        "Fenmoor Roads Committee\n\nMinutes of its meeting on Monday 19 March 2032\n\nPresent:-\n\nCouncillors Abney (Chairman), Vell\n\n"
        "35 Apologies\n\nApologies were received from Councillor Pike.\n\n"
        "*36 Minutes\n\nRESOLVED that the minutes of the meeting held on 17 December 2031 be signed as a correct record.\n\n"
        "37 Local Transport Plan: Programme for 2032/33\n\nMembers had the Area Engineer's paper before them.\n\n"
        "*38 Speed Limit on the Mill Road\n\nRESOLVED that the Area Engineer report back on the costs of a 40 mph limit.\n"
    )
    _, items = stored_text(tmp_path, "fenmoor.txt", text, committee="Fenmoor Roads Committee")
    assert [item.number for item, _, _ in items] == ["35", "36", "37", "38"]
    # a footnote's "*1 Figures exclude VAT." is a sentence, never a minute
    from cpb_tui.importers.numbering import numbered_items
    assert numbered_items(["Budget", "", "*1 Figures exclude VAT and were checked by the clerk.", "", "*2 The grant is paid in arrears each year."]) == []


def test_a_minute_number_glued_to_its_title_in_capitals(tmp_path):
    text = (
        "MINUTES OF THE MEETING OF HOLTBY PARISH COUNCIL HELD ON TUESDAY 4TH DECEMBER 2031.\n\n"
        "195/31TO RECEIVE APOLOGIES FOR ABSENCE.\nCllr Ames moved acceptance of apologies from Cllr Rigg. All in favour.\n\n"
        "196/31DECLARATION OF MEMBERS INTERESTS.\nNone.\n\n"
        "197/31TO MAKE A DECISION ON THE OFFER OF LAND AT WELL FARM.\nCllr Bryce recapped on the last meeting.\n"
    )
    _, items = stored_text(tmp_path, "holtby.txt", text)
    (tmp_path / "one").mkdir()
    _, single = stored_text(tmp_path / "one", "one.txt", (
        "Minutes of the Annual Meeting of Holtby Parish Council held on 5 May 2032\n\n"
        "1ELECTION OF CHAIRMAN Cllr Ames was elected.\n2APOLOGIES None had been received.\n3DECLARATIONS OF INTEREST None.\n"
        "4 The 1ST XI pitch was discussed.\n"
    ))
    assert [(item.number, item.title) for item, _, _ in single][:3] == [("1", "Election of Chairman"), ("2", "Apologies"), ("3", "Declarations of Interest")]
    assert [(item.number, item.title) for item, _, _ in items] == [
        ("195/31", "To Receive Apologies for Absence."),
        ("196/31", "Declaration of Members Interests."),
        ("197/31", "To Make a Decision on the Offer of Land at Well Farm"),
    ]


def test_each_set_of_minutes_confirmed_on_its_own_line(tmp_path):
    text = (
        "Minutes of the meeting of Orrin Vale Town Council held on 8 September 2032\n\n"
        "1. Apologies\n\nNone.\n\n"
        "2. Minutes\n\nThese records were read and confirmed:-\n\n"
        "Full Council held on 28.07.32 True Record Unanimously agreed\n\n"
        "Amenities Panel meeting held on 08.09.32Unanimously agreed\n\n"
        "a)Letter from the rally organisers - Received\n"
    )
    _, items = stored_text(tmp_path, "sets.txt", text)
    clauses = items[1][1]
    assert "Full Council held on 28.07.32 True Record Unanimously agreed" in clauses
    assert "Amenities Panel meeting held on 08.09.32Unanimously agreed" in clauses
    assert not any("rally" in clause for clause in clauses)


# --- tasks ---------------------------------------------------------------------------------------------------------------


def test_a_task_labelled_after_a_decision_is_its_own_task_and_not_part_of_the_clause(tmp_path):
    text = (
        "Minutes of the meeting of Orrin Vale Parish Council held on 8 April 2032\n\n"
        "1. Notes of the last meeting\n\nRESOLVED to adopt the draft notes as the record. ACTION: Clerk to put the record on the website.\n\n"
        "2. Payments\n\nIt was RESOLVED to approve the payments listed. ACTION: Clerk to make the payments and file the invoices.\n\n"
        "3. Verge\n\nRESOLVED to write to the county about the verge. Action: Clerk\n"
    )
    _, items = stored_text(tmp_path, "labelled.txt", text)
    assert [(clauses, [a.text for a in actions]) for _, clauses, actions in items] == [
        (["to adopt the draft notes as the record."], ["Clerk to put the record on the website"]),
        (["to approve the payments listed."], ["Clerk to make the payments and file the invoices"]),
        # a bare owner after the decision stays its tag: the decision is the task
        (["to write to the county about the verge. Action: Clerk"], ["Write to the county about the verge"]),
    ]


def test_a_space_lost_between_to_and_the_errand(tmp_path):
    text = (
        "Minutes of the meeting of Orrin Vale Parish Council held on 8 April 2032\n\n"
        "1. Pavilion\n\nThe shed lock is broken. Members asked the Clerk toacquire a spare padlock for the shed.\n\n"
        "2. Totals\n\nThe total today was noted and the tokens went to the school.\n"
    )
    _, items = stored_text(tmp_path, "glued.txt", text)
    assert [[a.text for a in actions] for _, _, actions in items] == [["The Clerk to acquire a spare padlock for the shed"], []]


def test_the_council_itself_asking_its_clerk(tmp_path):
    text = (
        "Minutes of the meeting of Orrin Vale Parish Council held on 8 April 2032\n\n"
        "1. Public time\n\n- The Parish Council then asked the Clerk to send a letter of thanks to the retiring caretaker.\n\n"
        "2. Highways\n\nThe Council asked the Clerk to report the pothole on Mill Lane.\n\n"
        "3. Correspondence\n\nThe County Council asked the Clerk to share its survey with residents.\n"
    )
    _, items = stored_text(tmp_path, "asked.txt", text)
    assert [[a.text for a in actions] for _, _, actions in items] == [
        ["The Clerk to send a letter of thanks to the retiring caretaker"],
        ["The Clerk to report the pothole on Mill Lane"],
        [],  # another council's request is correspondence, not this council's task
    ]


def test_agreed_with_its_that_left_out():
    assert _agreed("Agreed these photographs be forwarded to the police.") == ["Forward these photographs to the police"]
    assert _agreed("Agreed the Clerk write to the school about parking.") == ["The Clerk to write to the school about parking"]
    assert _agreed("Agreed the budget be approved.") == []
    # the minutes signed there and then are no task, with or without "that"
    assert _agreed("Agreed the minutes be signed as a true record.") == []
    assert _agreed("Agreed that the minutes be signed.") == []


def test_an_offer_made_kindly_and_a_meeting_to_reschedule(tmp_path):
    text = (
        "Minutes of the meeting of Orrin Vale Parish Council held on 8 April 2032\n\n"
        "1. Ward councillor\n\nCllr Tovey kindly offered to ask highways to clear the drain on Station Road.\n\n"
        "2. Police\n\nNo officer came. Clerk to reschedule the meeting with the sergeant.\n"
    )
    _, items = stored_text(tmp_path, "kindly.txt", text)
    assert [[(a.text, a.owners) for a in actions] for _, _, actions in items] == [
        [("Cllr Tovey to ask highways to clear the drain on Station Road", ("Cllr Tovey",))],
        [("Clerk to reschedule the meeting with the sergeant", ("Clerk",))],
    ]


def test_a_table_rows_end_closes_its_decision(tmp_path):
    # a web table flattened to lines: "|" alone ends a row, so the next row's text is never read into the decision above
    text = (
        "Joint Highways Committee\n\nMinutes of the meeting held on 4 November 2032\n\n"
        "Absent members Minutes: Cllr Bell sent word he could not come.\n|\n|\n"
        "Last meeting's record Minutes: RESOLVED that the record of 20th September 2032 be approved and signed by the Chair.\n|\n|\n"
        "Urgent business the Chair allowed Minutes: None was raised. |\n"
    )
    _, items = stored_text(tmp_path, "rows.txt", text)
    clauses = [clause for _, found, _ in items for clause in found]
    assert clauses == ["that the record of 20th September 2032 be approved and signed by the Chair."]
    assert not any(actions for _, _, actions in items)


def test_leave_to_tidy_what_may_arise_is_no_task():
    assert _resolved("That authority be delegated to the Director to make minor changes to the protocol to correct any slips "
                    "which may arise.") == []
    # a step before adoption stays a task
    assert _resolved("Delegate authority to the Director of Housing to make minor changes to the Plan before full Council adopts "
                    "it.") != []


def test_a_clerks_errand_after_a_decision_and_a_decision_not_to_act():
    assert _agreed_with_owners("Agreed that the whole yard needs resurfacing, the Clerk to contact the County Council.") == [
        ("The Clerk to contact the County Council", ("the Clerk",))]
    assert _agreed_with_owners("Agreed to accept the quote, the Clerk to be thanked.") == []
    assert _agreed_with_owners("The committee resolved to not proceed with the scheme.") == []


def test_decided_by_the_council_itself(tmp_path):
    text = (
        "Minutes of the meeting of Orrin Vale Parish Council held on 8 April 2032\n\n"
        "1. Verges\n\nThe cutting of the verges was discussed at length. It was decided by the Council that the Clerk write to every "
        "household about it.\n\n"
        "2. Footway\n\nThe footway scheme was agreed by the County Council in May.\n"
    )
    _, items = stored_text(tmp_path, "decided.txt", text)
    assert items[0][1] == ["Decided by the Council that the Clerk write to every household about it."]
    assert [a.text for a in items[0][2]] == ["The Clerk to write to every household about it"]
    assert items[1][1] == []  # another council's decision, reported


def test_a_day_of_the_coming_week_as_a_due_and_a_survey_conducted():
    from cpb_tui.actions.due import parse_due

    assert parse_due("RD to circulate a Zoom link for next Tuesday").days == 7
    assert parse_due("Clerk to write by Friday").days == 7
    assert parse_due("Clerk to open the hall on Sunday mornings") is None  # a habit, not a day
    assert getattr(parse_due("Clerk to book the hall for Tuesday 12 May"), "kind", None) != "days_after"  # a day with its date
    # the first passive is the task, never one the sentence's tail names
    assert [a.text for a in extract_from_resolution(
        "Decided by the PC that a questionnaire should be conducted which can go out with the parish magazine so that a view can be "
        "obtained", "decided")] == ["Conduct a questionnaire which can go out with the parish magazine so that a view can be obtained"]


def test_more_errands_in_the_bare_form_of_a_resolution():
    assert _resolved("that the Clerk remind the contractor of the terms of his contract.") == [
        "The Clerk to remind the contractor of the terms of his contract"]
    assert _resolved("that the RFO pay the invoice from the mowing firm.") == ["The RFO to pay the invoice from the mowing firm"]
    assert _resolved("that residents ask the County for a crossing.") == []  # residents are no doer of the council's


# --- the step's review ---------------------------------------------------------------------------------------------------


def test_each_paired_minute_keeps_its_decision_and_task(tmp_path):
    # a minute line under its agenda heading is read as the minute's record: its verdict, its task, and a further
    # minute under the same heading stays a paragraph of its own
    text = (
        "Minutes of the meeting of Kelbeck Parish Council held on 4 November 2032\n\n"
        "1. Apologies\n845. None – all members present.\n\n"
        "2. Declarations of Interest\n846. None.\n\n"
        "3. Minutes of the last meeting\n847. The minutes of the meeting held on 7th October 2032 were approved as a true record.\n\n"
        "4. Highways\n851. Flooding at the culvert – Clerk to chase County Highways again.\n852. Salt bags – Cllr Ng to collect from depot.\n\n"
        "5. Approval of minutes\n853. Minutes of 12th October 2032 – approved and signed.\n"
    )
    _, items = stored_text(tmp_path, "kelbeck.txt", text)
    assert [(item.number, item.minute_number) for item, _, _ in items] == [("1", "845"), ("2", "846"), ("3", "847"), ("4", "851"), ("5", "853")]
    assert items[2][1] == ["The minutes of the meeting held on 7th October 2032 were approved as a true record."]
    assert [a.owners for a in items[3][2]] == [("Clerk",), ("Cllr Ng",)]
    assert items[4][1] == ["Minutes of 12th October 2032 – approved and signed."]


def test_dated_rows_of_payments_or_events_are_never_minute_numbers(tmp_path):
    text = (
        "Minutes of the meeting of Kelbeck Parish Council held on 8 December 2032\n\n"
        "1. APOLOGIES\nNone.\n\n2. ACCOUNTS\nThe following were paid:\n"
        "01/12/32 Reading Room hire £15.00\n02/12/32 Minutes book and binder £22.50\n03/12/32 Christmas tree £85.00\n\n"
        "3. WINTER GRITTING\nClerk to order two bags of salt.\n\n4. ANY OTHER BUSINESS\nNone.\n"
    )
    _, items = stored_text(tmp_path, "paid.txt", text)
    assert [item.number for item, _, _ in items] == ["1", "2", "3", "4"]


def test_the_reviews_false_readings_stay_out():
    from cpb_tui.actions import extract_from_minutes
    from cpb_tui.importers.outcomes import listed_outcome
    from cpb_tui.importers.titles import _title_and_rest

    # a report of another body's vote, a vote on a proposal, a vote lost: no line of outcome
    assert not listed_outcome("Cllr Darby reported on the club's AGM, at which the new hire charges were unanimously agreed.")
    assert not listed_outcome("Cllr Tate's amendment to award £400 was not unanimously agreed")
    assert not listed_outcome("Proposal to buy a new basket swing – unanimously agreed.")
    assert listed_outcome("HMRC PAYE £91.40 Unanimously approved")
    # a heading in capitals with its minute in capitals after a wide gap keeps its own title
    assert _title_and_rest("CORRESPONDENCE      A LETTER FROM THE DIOCESE ABOUT THE WALL WAS READ.")[0] == "CORRESPONDENCE"
    # an outside body's kind offer is its gift; a member's kind offer is a task
    assert extract_from_minutes("Brook Primary School has kindly offered to display the poppy artwork in the hall.") == []
    assert [a.owners for a in extract_from_minutes("Cllr Lynch kindly offered to lay the wreath on behalf of the Council.")] == [("Cllr Lynch",)]
    # a noun before the passive the sentence turns on
    assert [(a.text, a.owners) for a in extract_from_resolution("Agreed the Treasurer report be accepted.", "agreed")] == []
    assert [(a.text, a.owners) for a in extract_from_resolution(
        "Agreed the Clerk contact details on the website be updated.", "agreed")] == [("Update the Clerk contact details on the website", ())]
    # leave to tidy, then a task: the task stays
    assert extract_from_resolution("that the Town Clerk be authorised to make minor amendments to the draft response which may be needed "
                                   "and submit it to the District Council by 30 June.", "resolved") != []
    # the minutes mentioned, not signed: the task stays
    assert extract_from_resolution("that the Clerk circulate the draft minutes and the new lease be signed.", "resolved") != []
    # procure by standing rule is no task
    assert extract_from_minutes("The Council will procure all goods and services in line with its Financial Regulations.") == []


def test_an_action_after_a_report_stays_in_its_paragraph(tmp_path):
    text = (
        "Minutes of the meeting of Kelbeck Parish Council held on 9 September 2032\n\n"
        "1. Minutes\nApproved and signed by the Chair. ACTION: Clerk to file the signed copy.\n\n"
        "2. Litter pick\nThe litter pick will be on Saturday 27 September. ACTION: All to attend if possible.\n"
        "Bags and pickers are stored at the Scout Hut. ACTION: KO to collect them on the Friday.\n"
    )
    _, items = stored_text(tmp_path, "report.txt", text)
    assert [a.text for a in items[0][2]] == ["Clerk to file the signed copy"]
    assert all("Bags and pickers" not in a.text for a in items[1][2])


def test_the_second_review(tmp_path):
    from cpb_tui.importers.outcomes import listed_outcome

    # a heading that carries the minute's own number over its numbered points is no pair
    text = (
        "Minutes of the meeting of Kelbeck Parish Council held on 4 March 2032\n\n"
        "73. Apologies for Absence\n1) Received from Cllr Wade (holiday) and accepted.\n\n"
        "74. Declarations of Interest\n1) None were made at this meeting.\n\n"
        "75. Minutes\n1) The minutes of 5 February were approved as a true record.\n\n"
        "76. Close\n1) The meeting closed at 9pm and everyone went home.\n"
    )
    _, items = stored_text(tmp_path, "points.txt", text)
    assert [(item.number, item.minute_number) for item, _, _ in items][:4] == [("73", "73"), ("74", "74"), ("75", "75"), ("76", "76")]
    # each minute's outcome after its subject, under a heading over minutes numbered apart
    (tmp_path / "two").mkdir()
    _, items = stored_text(tmp_path / "two", "kel.txt", (
        "Minutes of the meeting of Kelbeck Parish Council held on 4 March 2032\n\n"
        "1. Apologies\n204. None.\n\n2. Bowls Club\n205. Request for a contribution to new fencing – Council agreed \u00a3300.\n\n"
        "3. Finance\n206. Payments totalling \u00a3722.40 – approved.\n207. Annual return – approved and signed by the Chair and RFO.\n\n"
        "4. Clerk's report\n208. Report circulated before the meeting. Noted.\n"
    ))
    found = {item.number: clauses for item, clauses, _ in items}
    assert found["2"] == ["Council agreed \u00a3300."]
    assert "Approved and signed by the Chair and RFO." in found["3"] and len(found["3"]) == 2
    assert found["4"] == ["Noted."]
    # a task after the minutes signed stays; an ACTION's title never ends its sentence
    assert extract_from_resolution("that the minutes of the working group be signed as read and the Clerk send the budget to the "
                                   "District Council.", "resolved") != []
    assert not listed_outcome("Cllr Nixon (Village Hall rep): new hire charges from January unanimously agreed")
    assert extract_from_resolution("The Council unanimously agreed to hold the precept at \u00a39,500 for 2033/34.", "agreed") == []
    (tmp_path / "three").mkdir()
    _, items = stored_text(tmp_path / "three", "act.txt", (
        "Minutes of the meeting of Kelbeck Parish Council held on 4 March 2032\n\n"
        "1. Letters\nRESOLVED to support the bid. ACTION: Clerk to inform Mr. Pascoe and confirm the start date.\n\n2. Close\nClosed.\n"
    ))
    assert [a.text for a in items[0][2]] == ["Clerk to inform Mr. Pascoe and confirm the start date"]
