"""Shapes read in the thirty-third step. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

from tests.stored import stored_text


def _page(body: str) -> str:
    return (
        "Minutes of the meeting of Pellow Cross Parish Council held on Monday 12th June 2034 at 7pm\n\n"
        "1. Apologies\nCllr Orme sent her apologies.\n\n"
        f"2. Village Green\n{body}\n\n"
        "3. Date of Next Meeting\nMonday 10th July 2034.\n"
    )


def _item(tmp_path, body: str) -> tuple[list[str], list[str]]:
    """The clauses and tasks of item 2, the page imported into a store of its own."""
    folder = tmp_path / f"page{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    _, items = stored_text(folder, "pellow.txt", _page(body))
    return items[1][1], [action.text for action in items[1][2]]


def test_each_agreement_told_without_a_decision_word_is_a_decision(tmp_path):
    # two matters settled in one minute, each closed by the meeting's verdict: both are decisions, not only the last
    clauses, _ = _item(tmp_path, (
        "Cllr Penn proposed buying two planters for the green. This was agreed by all present.\n\n"
        "The cricket club asked to use the green for a summer fete. All in favour."
    ))
    assert len(clauses) == 2
    # (the proposal the verdict answers stays with it: the thirty-sixth step)
    assert clauses[0] == "Cllr Penn proposed buying two planters for the green. This was agreed by all present."
    assert "All in favour" in clauses[1]


def test_only_the_last_noting_sentence_stays_the_outcome(tmp_path):
    # the members noting things along the way is discussion; the minute's own outcome is its last noting
    clauses, _ = _item(tmp_path, (
        "Members noted the mowing contract runs to October.\n\n"
        "Members noted the report on the bench repairs."
    ))
    assert clauses == ["Members noted the report on the bench repairs."]


def test_a_short_verdict_closing_the_paragraph(tmp_path):
    clauses, _ = _item(tmp_path, "The tennis group has money left over and would like to put up bird boxes by the pond. Unanimously approved.")
    assert clauses == ["The tennis group has money left over and would like to put up bird boxes by the pond. Unanimously approved."]
    clauses, _ = _item(tmp_path, "Cllr Penn proposed a donation of fifty pounds to the fete. Agreed unanimously.")
    assert clauses == ["Cllr Penn proposed a donation of fifty pounds to the fete. Agreed unanimously."]


def test_a_proposal_agreed_after_a_long_paragraph(tmp_path):
    # the verdict closes a paragraph far longer than a sentence or two: the proposal it answers is kept with it
    opening = "The Chair welcomed the residents, who had come for the drainage item, and thanked the volunteers for the litter pick. " * 3
    clauses, _ = _item(tmp_path, f"{opening}Cllr Penn proposed taking the drainage item next. This proposal was unanimously agreed.")
    assert clauses == ["Cllr Penn proposed taking the drainage item next. This proposal was unanimously agreed."]


def test_no_decision_where_another_body_approved_or_it_was_approved_before(tmp_path):
    clauses, _ = _item(tmp_path, (
        "The district council considered the plans for the barn. The application was approved.\n\n"
        "Cllr Penn said the bench was old. It was approved last year by the district."
    ))
    assert clauses == []


def test_an_item_moved_within_the_meeting_is_no_task(tmp_path):
    clauses, tasks = _item(tmp_path, (
        "The Chair said the police update would move to the next agenda item instead.\n\n"
        "It was agreed to take item 9 after item 4 as the speaker had to leave."
    ))
    assert tasks == []
    assert clauses == ["Agreed to take item 9 after item 4 as the speaker had to leave."]


def test_an_item_moved_to_a_later_meeting_is_still_a_task(tmp_path):
    # (a deferral to the next meeting comes back on its agenda: the clerk's to carry forward)
    _, tasks = _item(tmp_path, "It was agreed to defer the bench item to the next meeting.")
    assert len(tasks) == 1 and "bench" in tasks[0]


def test_nothing_to_report_is_no_task(tmp_path):
    text = (
        "Minutes of the meeting of Pellow Cross Parish Council held on Monday 12th June 2034 at 7pm\n\n"
        "0634/01 / Apologies / Cllr Orme\n"
        "0634/02 / Report of County Representative \u2013 Councillor Ada Venn\n"
        "Nothing to report\n"
        "0634/03 / Report of District Representative \u2013 Councillor Tom Hale\n"
        "The district has a new recycling contract. Cllr Hale to send the collection dates to the Clerk.\n"
    )
    _, items = stored_text(tmp_path, "pellow.txt", text)
    tasks = [action.text for _, _, actions in items for action in actions]
    assert not any("report" in task.lower() for task in tasks)
    assert any("collection dates" in task for task in tasks)


def test_an_action_line_told_as_an_order(tmp_path):
    # "Action:" over a task with no doer named: the page calls it a task, so it is one
    _, tasks = _item(tmp_path, "The verges need a sweep after the winter.\n\nAction: Contact the street team and ask about a sweep.")
    assert tasks == ["Contact the street team and ask about a sweep"]
    _, tasks = _item(tmp_path, "The verges need a sweep after the winter.\nAction: Contact Streetcare.")
    assert tasks == ["Contact Streetcare"]  # an order, never a name that owns the sentence above


def test_an_action_line_that_names_its_owner_still_owns_the_task_above(tmp_path):
    _, items = stored_text(tmp_path, "pellow.txt", _page("The Clerk will write to the hall committee about the boiler.\nAction: Clerk"))
    assert [action.text for action in items[1][2]] == ["The Clerk to write to the hall committee about the boiler"]
    _, tasks = _item(tmp_path, "The verges need a sweep after the winter.\nAction: Margaret Oakes")
    assert len(tasks) == 1 and "Contact" not in tasks[0]


def test_more_ways_a_task_is_told(tmp_path):
    _, tasks = _item(tmp_path, "The defibrillator pads expire next month. Clerk to go ahead and buy replacement pads.")
    assert tasks == ["Clerk to go ahead and buy replacement pads"]
    _, tasks = _item(tmp_path, "Speeding on the lane is no better. Secretary to express the council's concerns to the police.")
    assert tasks == ["Secretary to express the council's concerns to the police"]
    _, tasks = _item(tmp_path, "It was requested that the clerk of the committee confirm the list of members for the year.")
    assert tasks == ["The clerk of the committee to confirm the list of members for the year"]
    _, tasks = _item(tmp_path, "It was requested that the Clerk to the Council write to the bus company about the timetable.")
    assert tasks == ["The Clerk to the Council to write to the bus company about the timetable"]


def test_whom_a_passive_task_goes_to(tmp_path):
    _, tasks = _item(tmp_path, "Cllr Penn had missed the draft leaflet, and it was agreed that he would be emailed the proof to check before printing.")
    assert tasks == ["Email him the proof to check before printing"]


def test_a_status_before_a_logged_task(tmp_path):
    _, tasks = _item(tmp_path, "Quarry track \u2013 Ongoing, Stuart Venn to chase the haulier for a quotation.")
    assert tasks == ["Stuart Venn to chase the haulier for a quotation"]


def test_the_same_errand_under_two_topics_is_two_tasks(tmp_path):
    # each bullet its own matter, the errand told with "will": two tasks, as with "Clerk to ..."
    _, tasks = _item(tmp_path, (
        "- Lamp by the chapel : Cllr JR will investigate and report back.\n\n"
        "- Wall at the old school : Cllr JR will investigate and report back."
    ))
    assert tasks == ["Cllr JR to investigate and report back", "Cllr JR to investigate and report back"]
    _, tasks = _item(tmp_path, "Cllr JR will investigate the lamp and report back.\nAction: Cllr JR will investigate the lamp and report back.")
    assert tasks == ["Cllr JR to investigate the lamp and report back"]  # the same errand restated under its label


def test_a_suggestion_that_names_who_is_to_act(tmp_path):
    # how a parish meeting settles who does what: the named doer's task
    _, tasks = _item(tmp_path, "Cllr Penn reported on the swings. It was suggested that the Clerk seek two estimates for the next meeting.")
    assert tasks == ["The Clerk to seek two estimates for the next meeting"]
    _, tasks = _item(tmp_path, "Members suggested that the Clerk write to the bus company about the late buses.")
    assert tasks == ["The Clerk to write to the bus company about the late buses"]


def test_no_task_from_a_hedged_suggestion_or_one_without_a_doer(tmp_path):
    _, tasks = _item(tmp_path, (
        "Cllr Penn suggested that the Clerk might write to the bus company.\n\n"
        "It was suggested that the Clerk could contact the school.\n\n"
        "It was suggested that a new bench would be welcome."
    ))
    assert tasks == []


def test_more_verbs_a_task_is_written_with(tmp_path):
    _, tasks = _item(tmp_path, "The hall has new hirers. Clerk to give the hirers' details to the caretaker.")
    assert tasks == ["Clerk to give the hirers' details to the caretaker"]
    _, tasks = _item(tmp_path, "The gate is left open. Cllr Penn to ensure the contractor closes it after each visit.")
    assert tasks == ["Cllr Penn to ensure the contractor closes it after each visit"]
    _, tasks = _item(tmp_path, "The path is flooding again. Clerk to take immediate steps to have the drain cleared.")
    assert tasks == ["Clerk to take immediate steps to have the drain cleared"]


def test_apologies_accepted_told_on_the_items_own_line(tmp_path):
    text = (
        "Minutes of the meeting of Pellow Cross Parish Council held on Monday 12th June 2034 at 7pm\n\n"
        "Present: Cllrs Orme (Chair), Penn, Venn\n\n"
        "12/34 Apologies were accepted from S. Farrant\n\n"
        "13/34 Minutes of the meeting held on 8 May 2034 were approved and signed.\n\n"
        "14/34 Village Green\nThe mowing has started. Clerk to order a new bin.\n"
    )
    _, items = stored_text(tmp_path, "pellow.txt", text)
    assert [(item.number, item.title) for item, _, _ in items][:2] == [
        ("12/34", "Apologies were accepted from S. Farrant"),  # (an initial's stop ends no title)
        ("13/34", "Minutes of the meeting held on 8 May 2034"),
    ]
    assert items[0][1] == ["Apologies were accepted from S. Farrant"]


def test_apologies_received_and_accepted_in_the_minute(tmp_path):
    clauses, _ = _item(tmp_path, "Apologies from Cllr Dunn were received and accepted.")
    assert clauses == ["Apologies from Cllr Dunn were received and accepted."]
    clauses, _ = _item(tmp_path, "Apologies were received from Cllr Dunn.")
    assert clauses == []  # apologies only received: nothing decided


def test_a_contribution_decided_at_the_meeting_is_no_task(tmp_path):
    # (as "donate" and "pay": the money voted there and then; the Clerk paying it, named, is a task)
    clauses, tasks = _item(tmp_path, "It was agreed to make a financial contribution of \u00a3750 towards the summer fete.")
    assert clauses and tasks == []
    _, tasks = _item(tmp_path, "Clerk to make the payment to the mowing contractor.")
    assert tasks == ["Clerk to make the payment to the mowing contractor"]


def test_officers_asked_to_pick_a_point_up(tmp_path):
    _, tasks = _item(tmp_path, "The Chair referred to a reply about faded road markings and asked officers to pick it up with the highways team.")
    assert tasks == ["Officers to pick it up with the highways team"]


def test_a_body_that_delegated_a_matter_to_a_post(tmp_path):
    _, tasks = _item(tmp_path, (
        "RESOLVED that (1) a members' working group be set up; (2) the Cabinet delegated the signing of the new lease, once agreed, "
        "to the Head of Property in consultation with the Leader."
    ))
    assert tasks[-1] == "Delegate the signing of the new lease, once agreed, to the Head of Property in consultation with the Leader"


# From the step's review: near misses of the new readings, each kept as the base read it.

def test_a_status_after_an_action_label_is_no_task(tmp_path):
    _, tasks = _item(tmp_path, (
        "The website lists the old members.\n\nAction: Contact details updated on the website.\n\n"
        "The bin by the shop overflows.\n\nAction: Order placed for a larger bin.\n\n"
        "The gate latch was tested.\n\nAction: Check complete."
    ))
    assert tasks == []


def test_a_name_or_a_team_after_an_action_label_owns_the_task_above(tmp_path):
    _, items = stored_text(tmp_path, "pellow.txt", _page("The swings need new chains before the summer.\nAction: Chase Morley"))
    assert [(a.text, a.owners) for a in items[1][2]] == [("The swings need new chains before the summer", ("Chase Morley",))]
    _, tasks = _item(tmp_path, "Ask the school about the crossing patrol.\n\nAction: Review at next meeting")
    assert "Review at next meeting" in tasks


def test_no_decision_from_a_verdict_on_another_bodys_business(tmp_path):
    clauses, _ = _item(tmp_path, (
        "The following decisions have been received from the District Council. 34/0456 Rose Cottage, rear extension. Approved.\n\n"
        "Cllr Penn said the school governors had met to consider the new uniform policy. This was approved."
    ))
    assert clauses == []


def test_a_suggestion_turned_down_or_already_done_is_no_task(tmp_path):
    _, tasks = _item(tmp_path, (
        "It was suggested that the Clerk write to the bus company, however Cllr Venn said he had already done so.\n\n"
        "It was suggested that the Clerk contact the County about dimming the lamps but members decided against this.\n\n"
        "It was suggested that BT remove the old pole by the green."
    ))
    assert tasks == []


def test_a_task_that_mentions_nothing_to_report_stays(tmp_path):
    _, tasks = _item(tmp_path, "Cllr Venn to chase the planning officer, who had nothing new to report on the barn enforcement case.")
    assert tasks == ["Cllr Venn to chase the planning officer, who had nothing new to report on the barn enforcement case"]


def test_a_title_ending_in_a_lone_capital_still_ends_there(tmp_path):
    text = (
        "Minutes of the meeting of Pellow Cross Parish Council held on Monday 12th June 2034 at 7pm\n\n"
        "Present: Cllrs Orme (Chair), Penn, Venn\n\n"
        "1. Plan B. The Clerk reported that the first plan for the car park had been refused.\n\n"
        "2. Appendix C. Members reviewed the risk register.\n"
    )
    _, items = stored_text(tmp_path, "pellow.txt", text)
    assert [item.title for item, _, _ in items] == ["Plan B", "Appendix C"]


def test_a_noting_sentence_before_an_agreement_is_discussion(tmp_path):
    clauses, _ = _item(tmp_path, (
        "Members noted that the hedge along Church Lane was overgrown again.\n\n"
        "Cllr Penn proposed asking the landowner to cut it. This was agreed by all present."
    ))
    assert clauses == ["Cllr Penn proposed asking the landowner to cut it. This was agreed by all present."]  # (the proposal with its answer)


def test_the_clerk_reporting_to_a_body_is_no_post_of_it(tmp_path):
    _, tasks = _item(tmp_path, "It was requested that the Clerk to Highways report the blocked drain.")
    assert not any(task.startswith("The Clerk to Highways to") for task in tasks)


# From the step's second review, on longer pages.

def test_a_vote_beside_a_resolution_adds_no_second_decision(tmp_path):
    clauses, _ = _item(tmp_path, (
        "RESOLVED to accept the apologies.\n\nProposed Cllr Penn, seconded Cllr Venn. All in favour.\n\n"
        "The motion was carried."
    ))
    assert clauses == ["to accept the apologies."]


def test_no_verdict_on_what_a_named_council_or_its_cabinet_decided(tmp_path):
    clauses, _ = _item(tmp_path, (
        "The Local Plan had been approved by Westshire Council's Cabinet. Carried.\n\n"
        "The Westshire Council had approved the footpath diversion at Wenlow Bank. Approved.\n\n"
        "34/00455/HOU 14 Elm Grove, loft conversion. Approved."
    ))
    assert clauses == []


def test_a_title_that_ends_in_a_letter_then_a_sentence(tmp_path):
    text = (
        "Minutes of the meeting of Pellow Cross Parish Council held on Monday 12th June 2034 at 7pm\n\n"
        "Present: Cllrs Orme (Chair), Penn, Venn\n\n"
        "4. Schedule A. Payments totalling \u00a34,210.77 were approved.\n\n"
        "5. Highways\nThe verges were cut.\n"
    )
    _, items = stored_text(tmp_path, "pellow.txt", text)
    assert (items[0][0].title, items[0][1]) == ("Schedule A", ["Payments totalling \u00a34,210.77 were approved."])


def test_a_progress_note_after_an_action_label_is_no_order(tmp_path):
    _, tasks = _item(tmp_path, (
        "The hall committee has asked for a representative.\n\nAction: Invite only.\n\n"
        "Flooding at the ford.\n\nAction: Request for sandbags from residents.\n\n"
        "The new noticeboard.\n\nAction: Order in hand.\n\n"
        "The book stall.\n\nAction: Book launch at the library on 5 July."
    ))
    assert tasks == []


def test_the_chair_of_the_meeting_signing_the_minutes_is_no_task(tmp_path):
    _, tasks = _item(tmp_path, "RESOLVED that the Chair of the meeting sign the minutes as a correct record.")
    assert tasks == []


def test_whom_a_passive_task_goes_to_named_as_she(tmp_path):
    _, tasks = _item(tmp_path, "Cllr Venn asked about the training, and it was agreed that she would be given details of the course.")
    assert tasks == ["Give her details of the course"]
