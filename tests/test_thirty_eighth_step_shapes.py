"""Shapes read in the thirty-eighth step. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

from tests.stored import page_items as _items, stored_page as _stored, tasks

_HEAD = "Minutes of the meeting of Harrowby Vale Parish Council held on Monday 6th November 2034 at 7pm\n\n"


# --- lists that start again from "1)" under each heading: the headings are the items ------------------------------------


_RESTARTING = (
    f"{_HEAD}Present: Cllr R Pender (Chair), Cllr T Wyatt\n\n"
    "Planning\n1) 34/0812 Porch at 9 Kiln Road - no objection.\n2) 34/0815 Stable block at Greyfold Farm - object.\n\n"
    "Finance\n1) Payments of \u00a3866 were approved.\n2) The bank reconciliation was noted.\n\n"
    "Highways\n1) Clerk to report the collapsed culvert on Stow Lane.\n2) The traffic count was received.\n"
)


def test_lists_restarting_under_each_heading_leave_the_headings_as_the_items(tmp_path):
    items = _items(tmp_path, _RESTARTING)
    assert [item.title for item, _, _ in items] == ["Planning", "Finance", "Highways"]
    assert any("Payments of \u00a3866 were approved" in clause for clause in items[1][1])
    assert [task.owners for task in items[2][2]] == [("Clerk",)]


def test_an_agenda_and_its_minutes_each_numbered_from_one_keep_their_numbers(tmp_path):
    page = (
        f"{_HEAD}AGENDA\n1) Apologies\n2) Minutes\n3) Playing field\n\n"
        "MINUTES\n1) Apologies\nNone.\n2) Minutes\nThe minutes were approved.\n3) Playing field\nThe mower is to be serviced.\n"
    )
    items = _items(tmp_path, page)
    assert [item.number for item, _, _ in items][:3] == ["1", "2", "3"]


def test_a_numbered_point_with_its_outcome_passive_is_a_decision(tmp_path):
    page = f"{_HEAD}1. Apologies\nNone.\n\n2. Finance\n1) The grant of \u00a3200 to the scouts was approved.\n\n3. Close\n"
    items = _items(tmp_path, page)
    assert items[1][1] == ["The grant of \u00a3200 to the scouts was approved."]


# --- the motion put, then the word that carried it -----------------------------------------------------------------------


def test_a_motion_then_its_carrying_word_is_the_decision(tmp_path):
    page = (
        f"{_HEAD}34/101. Apologies \u2013 accepted from Cllr Wyatt (holiday).\n"
        "34/102. Minutes \u2013 Resolution that the October minutes be signed by the Chair as a true record. RESOLVED.\n"
        "34/103. Pavilion \u2013 the gutter has come away. Resolution to repair the gutter at a cost of up to \u00a390. RESOLVED. "
        "Clerk to book the roofer.\n34/104. Close\n"
    )
    items = _items(tmp_path, page)
    assert items[1][1] == ["Resolution that the October minutes be signed by the Chair as a true record."]
    assert items[2][1] == ["Resolution to repair the gutter at a cost of up to \u00a390."]
    assert ("Clerk",) in [task.owners for task in items[2][2]]


def test_points_each_carried_in_capitals_are_decisions(tmp_path):
    page = (
        f"{_HEAD}1. Apologies\nNone.\n\n2. Grants\n- A grant of \u00a360 to the bell ringers RESOLVED\n"
        "- A grant of \u00a345 to the toddler group RESOLVED\n\n3. Close\n"
    )
    assert _items(tmp_path, page)[1][1] == ["A grant of \u00a360 to the bell ringers", "A grant of \u00a345 to the toddler group"]


def test_a_report_that_a_motion_was_resolved_elsewhere_is_no_decision_of_its_own(tmp_path):
    page = f"{_HEAD}1. Apologies\nNone.\n\n2. County news\nThe county's cabinet has resolved that the tip will close on Sundays.\n\n3. Close\n"
    assert _items(tmp_path, page)[1][1] == []


# --- a heading's date with a two-figure year after "Meeting" -------------------------------------------------------------


def test_a_title_ending_on_a_short_dated_meeting_dates_the_meeting(tmp_path):
    page = (
        "HARROWBY VALE PARISH COUNCIL\nMinutes of Parish Council Meeting 30/1/35\n\nPresent: Cllrs Pender, Wyatt\n\n"
        "1. Apologies - none\n2. Minutes of 12/12/34 approved.\n3. Verges - agreed to ask for two quotes.\n"
    )
    meeting, _ = _stored(tmp_path, page)
    assert meeting.date.isoformat() == "2035-01-30"


def test_a_minute_number_after_meeting_in_a_sentence_is_no_date():
    from cpb_tui.importers.dates import find_heading_date

    assert find_heading_date("the matter was raised at the meeting 12.3.21 and closed") is None


# --- a point that ends with its doers' initials after a dash, or with a post after its stop ------------------------------


_INITIALLED = (
    f"{_HEAD}Present: Cllr Rosa Pender (RP), Cllr Tom Wyatt (TW), Cllr Ian Gale (IG)\n\n1) Apologies\nNone.\n\n2) Recreation ground\n"
    "A bulb planting morning would be organised for October \u2013 RP\nA review of the dog bins would be undertaken \u2013 TW\n"
    "The loose kerb would be reported to the county \u2013 IG\n\n3) Footpaths\nThe nettles on the church path to be strimmed. Clerk\n"
)


def test_initials_after_a_dash_end_each_point_and_name_its_doer(tmp_path):
    items = _items(tmp_path, _INITIALLED)
    tasks = [(task.text, task.owners) for task in items[1][2]]
    assert tasks == [
        ("Organise a bulb planting morning for October", ("RP",)),
        ("Undertake a review of the dog bins", ("TW",)),
        ("Report the loose kerb to the county", ("IG",)),
    ]


def test_a_post_after_the_sentence_stop_is_its_doer(tmp_path):
    (task,) = _items(tmp_path, _INITIALLED)[2][2]
    assert task.owners == ("Clerk",)


def test_to_be_confirmed_after_a_dash_is_nobody():
    assert all(owners != ("TBC",) for _, owners in tasks("Stewards for the fun run would be organised \u2013 TBC"))


def test_work_carried_out_by_another_body_is_no_task_of_ours():
    assert tasks("The county reported that the resurfacing would be carried out in May.") == []


def test_work_another_body_said_it_would_not_do_is_no_task():
    said = "The county answered that when a recent check was carried out the kerb was sound and no repairs would be carried out."
    assert tasks(said) == []


def test_who_was_there_with_initials_after_dashes_is_no_task():
    assert tasks("Present: Rosa Pender \u2013 RP Tom Wyatt - TW Ian Gale - IG") == []


# --- outcomes told in the passive, with no "resolved" or "agreed" before them ---------------------------------------------


def test_outcomes_told_in_the_passive_are_decisions(tmp_path):
    page = (
        f"{_HEAD}1. Minutes\nThe October notes, which were agreed by all, will be signed later.\n\n"
        "2. Finance\nSpending of \u00a3310.40 was approved by majority vote, two abstaining.\n"
        "The inventory was checked. After one correction, this was adopted.\n\n"
        "3. Co-option\nMrs J Tansley and Mr P Orme were both co-opted on to Harrowby Vale Parish Council.\n\n"
        "4. Reports\nThe loan of the gazebo to the fete for \u00a320 was discussed and agreed.\n"
    )
    items = _items(tmp_path, page)
    assert items[0][1] == ["The October notes, which were agreed by all, will be signed later."]
    assert items[0][2] == []  # (the minutes signed: no task)
    assert items[1][1] == ["Spending of \u00a3310.40 was approved by majority vote, two abstaining.", "After one correction, this was adopted."]
    assert items[2][1] == ["Mrs J Tansley and Mr P Orme were both co-opted on to Harrowby Vale Parish Council."]
    assert items[3][1] == ["The loan of the gazebo to the fete for \u00a320 was discussed and agreed."]


def test_another_body_approving_by_majority_is_no_decision_of_ours(tmp_path):
    page = f"{_HEAD}1. Apologies\nNone.\n\n2. County news\nCllr Orme reported that the county's budget was approved by majority vote.\n\n3. Close\n"
    assert _items(tmp_path, page)[1][1] == []


# --- run-in headings with no numbers: "- Apologies for absence: ...", "Footpaths: the stile ..." --------------------------


def test_dashed_and_plain_run_in_headings_are_the_items(tmp_path):
    page = (
        "Harrowby Vale Community Council\nMinutes of the meeting held on Tuesday 6 March 2035 in the Reading Room\n\n"
        "Present: Cllr R Pender (Chair), Cllr T Wyatt, Cllr I Gale\n\n"
        "- Apologies for absence: Cllr J Orme.\n"
        "- Minutes of the last meeting: Proposed Cllr Wyatt, seconded Cllr Gale, that they be approved; carried.\n"
        "- Matters arising:\na) The noticeboard at Fold Lane has been rehung.\n\n"
        "Footpaths: the kissing gate at Brook Meadow is off its hinge and the secretary will report it.\n\n"
        "Finance: the balance stands at \u00a31,904 after the hall hire.\n\n"
        "Meeting held on: Tuesday 6 March 2035\n"
    )
    items = _items(tmp_path, page)
    assert [item.title for item, _, _ in items] == [
        "Apologies for absence", "Minutes of the last meeting", "Matters arising", "Footpaths", "Finance"]
    assert [task.owners for task in items[3][2]] == [("the secretary",)]


# --- a word processor's list that started again at one ---------------------------------------------------------------


def test_a_list_that_started_again_at_one_keeps_every_item_in_turn(tmp_path):
    page = (
        f"{_HEAD}  1. Apologies received.\nCllr J Orme.\n  1. Declarations of interest.\n    None were made.\n"
        "  2. To approve the minutes of the meeting held on 2nd October 2034.\n    Approved and signed by the Chair.\n"
        "  3. Correspondence.\n    A letter from the allotment society was read.\n"
        "  1. To hear about the churchyard wall.\nThe Clerk said the mason would start in May.\n"
    )
    items = _items(tmp_path, page)
    assert [(item.number, item.title) for item, _, _ in items] == [
        ("1", "Apologies received."), ("2", "Declarations of interest."),
        ("3", "To approve the minutes of the meeting held on 2nd October 2034."), ("4", "Correspondence."),
        ("5", "To hear about the churchyard wall."),
    ]


def test_a_table_of_ones_and_a_list_after_a_colon_are_no_items(tmp_path):
    page = (
        f"{_HEAD}1. Apologies\nNone.\n\n2. Minutes\nApproved.\n\n3. Governors\nRESOLVED: that the following be appointed.\n\n"
        "Kiln Lane School\n\n1\n\nAnne Dyer\n\nBrook School\n\n1\n\nOwen Pask\n\n4. Panels\nThe panels were set up as shown:-\n"
        "1. Open Spaces Panel\n(a) Remit: the greens and the verges.\n"
    )
    assert [item.number for item, _, _ in _items(tmp_path, page)] == ["1", "2", "3", "4"]


# --- minutes approved by their movers alone, under "To receive and confirm the minutes" -----------------------------------


def test_movers_under_two_verbs_or_a_named_meeting_are_the_minutes_approved(tmp_path):
    page = (
        "Minutes of the ordinary meeting of Harrowby Vale Community Council held at the Mill Rooms on Monday 11th June 2035\n"
        "Present: Cllr R Pender (Chair), Cllr T Wyatt, Cllr I Gale\n"
        "AGENDA ITEM 1 \u2013 Apologies\nCllr Orme sent apologies.\n"
        "AGENDA ITEM 2 \u2013 To receive and confirm the minutes of 14th May 2035.\nProposed: Cllr Wyatt Seconded: Cllr Gale\n"
        "AGENDA ITEM 3 \u2013 Annual meeting minutes\nThey were proposed as correct by Cllr Wyatt and Cllr Pender.\n"
        "AGENDA ITEM 4 \u2013 Open forum \u2013 10 minutes\nProposed: Cllr Wyatt Seconded: Cllr Gale\n"
    )
    items = _items(tmp_path, page)
    assert items[1][1] == ["Proposed: Cllr Wyatt Seconded: Cllr Gale"]
    assert items[2][1] == ["They were proposed as correct by Cllr Wyatt and Cllr Pender."]
    assert items[3][1] == []


# --- a minute citing another meeting is never the page's title ------------------------------------------------------------


def test_a_minute_citing_another_meeting_never_dates_the_page(tmp_path):
    page = (
        "Harrowby Vale Parish Council\n\nMINUTES OF REMOTE PARISH COUNCIL MEETING\n\nHeld at 7.30pm on 8th March 2035\n\n"
        "Present: Cllrs R Pender (Chair), T Wyatt, I Gale\n\n34/101 Welcome \u2013 The Chair opened the meeting.\n"
        "34/102 Apologies \u2013 None.\n34/103 Minutes of the Meeting held on 11th January 2035 \u2013 confirmed.\n"
        "34/104 Actions from the Meeting on 11th January 2035 \u2013 Gone through at the end of the meeting.\n"
    )
    meeting, _ = _stored(tmp_path, page)
    assert (meeting.date.isoformat(), meeting.committee) == ("2035-03-08", "Harrowby Vale Parish Council")


# --- what another body will do, and the room's housekeeping, are no tasks -------------------------------------------------


def test_other_bodies_work_and_housekeeping_are_no_tasks():
    for said in (
        "The Chair asked that mobile phones be kept on silent.",
        "Kiln Lane signs: the Highways Department has agreed to install the new signs.",
        "The footbridge at Coldharbour is to be replaced by the county next spring.",
        "Complaints continue to be made about parking on the verge.",
        "A leaflet will be sent out to households soon by the bus company.",
        "The district's recycling plan is finished and will be posted out next week to parishes.",
    ):
        assert tasks(said) == [], said


def test_our_own_tasks_that_mention_another_body_stay():
    assert tasks("The Clerk will ask for the crime number to be logged by the police.") == [
        ("The Clerk to ask for the crime number to be logged by the police", ("the Clerk",))]
    assert tasks("The hedge is to be cut by the contractor before May.") != []


# --- what a decision's own wording gives that is no task, and a delegation's doer -----------------------------------------


def test_a_seat_filled_and_a_recommendation_made_are_no_tasks_and_a_delegation_names_its_doer(tmp_path):
    page = (
        f"{_HEAD}1. Finance Committee seat\nIt was RESOLVED that Cllr Gale would sit for this committee on the Finance Committee.\n\n"
        "2. Budget\nIt was RESOLVED: That a recommendation be sent to Full Council for a budget of \u00a38,400.\n\n"
        "3. Delegation\nResolved:\n1. That the 2035 meeting calendar be agreed; and\n"
        "2. Delegation be given to the Clerk to renew the grass cutting contract until March.\n"
    )
    items = _items(tmp_path, page)
    assert items[0][2] == [] and items[1][2] == []
    assert [(task.text, task.owners) for task in items[2][2]] == [("The Clerk to renew the grass cutting contract until March", ("the Clerk",))]


# --- a heading closed by ":-", by its minute's reference, or by a note in brackets ---------------------------------------


def test_a_heading_closed_by_colon_dash_or_its_reference_keeps_its_minute_apart(tmp_path):
    page = (
        f"{_HEAD}1. Chair's Remarks:- the shelter glass on Fold Lane is cracked and the insurer has been told.\n"
        "2. Declarations of interest: 034/52: None\n3. Open Session (up to 10 minutes) Nobody came.\n"
        "4. Notes of the last meeting: 034/54: These were proposed by RP and seconded by TW and accepted.\n"
    )
    items = _items(tmp_path, page)
    assert [item.title for item, _, _ in items] == [
        "Chair's Remarks", "Declarations of interest", "Open Session (up to 10 minutes)", "Notes of the last meeting"]


# --- a web page's own labels are never items -------------------------------------------------------------------------------


def test_a_decision_pages_labels_are_no_items(tmp_path):
    page = (
        "Issue - decisions\n\nFold Lane Allotments Water Supply\n\n14/05/2035 - Fold Lane Allotments Water Supply\n\n"
        "The Cabinet Member for Leisure presented the report.\n\nDecision\n\nThe Committee:\n\n1. Noted the report; and\n\n"
        "2. Agreed option B in the report.\n\nReasons for the decision:\n\nTo keep the supply safe.\n\nGet the best from this site\n"
    )
    items = _items(tmp_path, page, committee="Harrowby Vale Cabinet")
    assert [item.title for item, _, _ in items] == ["Fold Lane Allotments Water Supply"]
    assert items[0][1] == ["Noted the report; and", "Agreed option B in the report."]


# --- the full council named over its meeting's date ------------------------------------------------------------------------


def test_the_council_under_meeting_summary_over_its_date_is_the_meeting(tmp_path):
    page = (
        "Skip to main content\n\nMeeting Details\n\nMeeting Summary\nHarrowby Vale District Council\n14 Mar 2035 - 10:00 to 12:30\n"
        "Occurred\n\nAgenda\n\nWelcome And Apologies\nMembers unable to come should send apologies to the clerk.\n"
        "Allotment Rents Review\nReport by the Head of Estates.\n"
    )
    meeting, _ = _stored(tmp_path, page)
    assert (meeting.committee, meeting.date.isoformat()) == ("Harrowby Vale District Council", "2035-03-14")


def test_a_council_name_over_agenda_and_minutes_alone_still_asks(tmp_path):
    import pytest

    from cpb_tui.importers import ImportProblem, load

    path = tmp_path / "page.txt"
    path.write_text("Harrowby Vale District Council\n\nAgenda and minutes\n\n1. Apologies\nNone.\n\n2. Minutes\nApproved.\n")
    with pytest.raises(ImportProblem, match="committee"):
        load(path)


# --- decisions whose subject is the body's letters, or all members present -------------------------------------------------


def test_the_body_by_its_letters_and_all_members_present_decide(tmp_path):
    page = (
        "Harrowby Vale Community Council\nMinutes of the meeting held on 3 July 2035\n\n"
        "1. Correspondence\na) A letter asked the council to back the library campaign. All members present agreed that the council should back it.\n\n"
        "2. Harbour\nHVCC discussed the slipway. HVCC agreed the slipway is unsafe. HVCC decided to send the survey to the harbour board.\n\n"
        "3. County news\nThe CC agreed to resurface Mill Lane in May.\n"
    )
    items = _items(tmp_path, page)
    assert items[0][1] == ["All members present agreed that the council should back it."]
    assert items[1][1] == ["HVCC agreed the slipway is unsafe.", "HVCC decided to send the survey to the harbour board."]
    assert items[2][1] == []  # ("CC" alone may be the county council: never read as the body's letters)


# --- the body by its letters as a task's doer, and an agenda's words never its name ----------------------------------------


def test_the_body_by_its_letters_takes_tasks_and_an_agenda_line_never_names_it(tmp_path):
    page = (
        "Harrowby Vale Community Council\nMinutes of the meeting held on 9 October 2035\n\n"
        "1. Finance\nHVCC to look again at the budget headings next year. The HVCC will reimburse the cost of the bulbs.\n\n"
        "2. Other notes\n- To agree the accounts at the next general meeting\n"
    )
    meeting, items = _stored(tmp_path, page)
    assert meeting.committee == "Harrowby Vale Community Council"
    assert [(task.text, task.owners) for task in items[0][2]] == [
        ("HVCC to look again at the budget headings next year", ("HVCC",)), ("The HVCC to reimburse the cost of the bulbs", ("the HVCC",))]


def test_a_sentence_item_numbered_with_a_bracket_after_the_last_titled_one_is_kept(tmp_path):
    page = (
        "Minutes of Harrowby Vale Parish Council's meeting held on\nTuesday May 15th 2035 at 7.30pm in the Chapel Room\n"
        "9) Apologies\n None\n10) Minutes\n Approved.\n11) Planning\n None\n12) Allotments\n"
        " Agreed \u2013 that the spare water butt would go to the school garden \u2013 RP\n13) Payments approved\nClerk wages Q1 \u00a3410\n"
    )
    items = _items(tmp_path, page, committee="Harrowby Vale Parish Council")
    assert [item.number for item, _, _ in items] == ["9", "10", "11", "12", "13"]
    assert items[3][1] == ["Agreed that the spare water butt would go to the school garden \u2013 RP"]


def test_how_often_the_body_meets_is_no_task():
    assert tasks("HVCC will continue to meet ten times a year.") == []


# --- terse outcomes, a decision on the agenda's line, and the vote after who voted -----------------------------------------


def test_terse_outcomes_and_a_decision_after_the_agendas_words_are_read(tmp_path):
    page = (
        f"{_HEAD}1. To consider a new agreement for hedge cutting along the estate roads - It was RESOLVED: That the council sign the agreement.\n"
        "2. To discuss a village sign: Defer until the design is ready.\n"
        "3. Planning:- HV/35/0112 Orchard Barn: stable conversion \u2013 no objections/comments.\n"
        "4. Churchyard wall: The mason's report was considered. NOTED.\n"
        "5. Apologies: Cllr Gale. Those attending Unanimously Resolved that Cllr Gale's apology be accepted.\n"
    )
    items = _items(tmp_path, page)
    assert items[0][0].title == "To consider a new agreement for hedge cutting along the estate roads"
    assert items[0][1] == ["That the council sign the agreement."]
    assert items[1][1] == ["Defer until the design is ready."]
    assert items[2][1] == ["HV/35/0112 Orchard Barn: stable conversion \u2013 no objections/comments."]
    assert items[3][1] == ["The mason's report was considered. NOTED."]
    assert items[4][1] == ["that Cllr Gale's apology be accepted."]


def test_agreed_that_after_a_points_label_is_a_decision(tmp_path):
    page = f"{_HEAD}1. Apologies\nNone.\n\n2. Matters arising\na) Bus shelter: Agreed that a walk round with the county officer would be useful.\n\n3. Close\n"
    assert _items(tmp_path, page)[1][1] == ["Agreed that a walk round with the county officer would be useful."]


def test_until_a_month_and_year_is_due_that_month():
    from cpb_tui.actions.due import parse_due

    assert parse_due("The Clerk to renew the mowing contract until March 2035").date.isoformat() == "2035-03-31"


def test_a_short_point_carried_in_capitals_ends_its_decision(tmp_path):
    page = f"{_HEAD}1. Apologies\nNone.\n\n2. Grants\n- Scouts \u00a340 RESOLVED\nThe Chair asked about the hall hire.\n\n3. Close\n"
    assert _items(tmp_path, page)[1][1] == ["Scouts \u00a340"]


def test_the_councils_meeting_names_the_council(tmp_path):
    page = "Minutes of Harrowby Vale Parish Council's meeting held on\nTuesday May 15th 2035 at 7.30pm\n\n1. Apologies\nNone.\n2. Minutes\nApproved.\n"
    meeting, _ = _stored(tmp_path, page)
    assert meeting.committee == "Harrowby Vale Parish Council"
