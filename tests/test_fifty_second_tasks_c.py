"""The fifty-second step, tasks (third round): a doer who did one thing and undertook the next, a member's promise before
another's tagged task, a second task in the same sentence, and a decision's ask wrapped in approval or shared by a list of
posts, written about fictional bodies. Texts the project wrote."""

from __future__ import annotations

from cpb_tui.actions import extract_from_minutes, extract_from_resolution
from tests.stored import second_item, tasks


def _owned(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(action.text, action.owners) for action in extract_from_resolution(text, "resolved", None)]


# --- one doer, two verbs -------------------------------------------------------------------------------------------


def test_a_member_who_brought_catalogues_and_volunteered_to_order_keeps_the_offer():
    found = tasks("Cllr Perrin brought two catalogues for the new noticeboard and volunteered to order one before the July meeting.")
    assert found == [("Cllr Perrin to order one before the July meeting", ("Cllr Perrin",))]


def test_a_member_who_walked_the_path_and_would_write_keeps_the_letter():
    found = tasks("Cllr Ashby walked the bridleway and would write to the landowner about the broken gate.")
    assert found == [("Cllr Ashby to write to the landowner about the broken gate", ("Cllr Ashby",))]


def test_a_contractor_who_visited_and_would_return_is_still_no_task_of_ours():
    assert tasks("The contractor visited the green and would return next week.") == []


# --- a promise told before another doer's tagged task ----------------------------------------------------------------


def test_a_members_promise_before_an_action_tag_for_the_clerk_is_kept_as_well(tmp_path):
    _, found = second_item(tmp_path, "Cllr Fenn told members he would speak to the vicar once the churchyard survey was done. "
                                     "Action \u2013 Clerk to write to the diocese.")
    assert sorted(found) == ["Clerk to write to the diocese", "Cllr Fenn to speak to the vicar once the churchyard survey was done"]


def test_a_plain_sentence_before_the_tag_is_still_only_its_context(tmp_path):
    _, found = second_item(tmp_path, "The hedge by the pound is overgrown. Action \u2013 Clerk to write to the owner.")
    assert found == ["Clerk to write to the owner (the hedge by the pound is overgrown.)"]


# --- a second task in the same sentence ------------------------------------------------------------------------------


def test_a_doers_second_task_after_a_semicolon_and_she_will_is_hers():
    found = tasks("RW to measure the bus shelter roof; she will ask the county for the old drawings.")
    assert found == [("RW to measure the bus shelter roof", ("RW",)), ("RW to ask the county for the old drawings", ("RW",))]


def test_they_after_a_semicolon_is_not_taken_for_the_doer():
    found = tasks("Clerk to write to the school; they will reply by June.")
    assert [owners for _, owners in found] == [("Clerk",)]


def test_a_second_doer_after_a_comma_with_also_gets_a_task_of_his_own():
    found = tasks("It was agreed to seek two quotes for the railings, Mr Tovey would also check the hinges.")
    assert found == [("Seek two quotes for the railings", ()), ("Mr Tovey to check the hinges", ("Mr Tovey",))]


# --- a decision's ask, wrapped or shared -----------------------------------------------------------------------------


def test_approval_given_to_a_recommendation_that_a_panel_be_asked_gives_the_panel_the_task():
    found = _owned("that approval be given to the recommendation that the Events Panel be asked to add a lantern parade to the winter programme;")
    assert found == [("The Events Panel to add a lantern parade to the winter programme", ("the Events Panel",))]


def test_the_chairman_vice_chairman_and_a_councillor_meeting_trustees_share_the_task():
    found = _owned("That the Chairman, Vice-Chairman and Councillor Ellery meet with the library trustees.")
    assert found == [("The Chairman, Vice-Chairman and Councillor Ellery to meet with the library trustees",
                      ("the Chairman", "the Vice-Chairman", "Councillor Ellery"))]


def test_a_matter_left_with_the_clerk_to_take_forward_is_the_clerks_errand():
    found = _owned("that the allotment water question be left with the Deputy Clerk to take forward.")
    assert found == [("The Deputy Clerk to take the allotment water question forward", ("the Deputy Clerk",))]


def test_a_matter_left_on_the_table_is_no_task():
    assert _owned("That the pond matter be left on the table until the survey is back.") == []


# --- work in hand after a point's topic -------------------------------------------------------------------------------


def test_work_in_hand_after_a_topic_and_a_dash_is_the_members_task():
    assert tasks("Phone box library \u2013 TQ is chasing the telephone company for a date.") == [
        ("TQ to chase the telephone company for a date", ("TQ",))]


def test_the_chairman_pursuing_a_request_keeps_it_in_hand():
    assert tasks("Grit bin request \u2013 the Chairman is pursuing this with the county.") == [
        ("The Chairman to pursue this with the county", ("the Chairman",))]


def test_a_resident_seeking_consent_after_a_topic_is_still_no_task():
    assert tasks("Stable block \u2013 Mr Olden is seeking consent for a new gate.") == []


# --- the meeting agreed that someone should act -----------------------------------------------------------------------


def test_members_agreeing_that_the_clerk_should_write_give_the_clerk_the_letter():
    assert tasks("Members agreed that the Clerk should write to the quarry company.") == [
        ("The Clerk to write to the quarry company", ("the Clerk",))]


def test_he_should_after_the_chair_named_in_the_sentence_before_is_the_chairs_task():
    found = tasks("The Chair had phoned the water board but had no reply. The group agreed that he should send a formal letter.")
    assert found == [("The Chair to send a formal letter", ("the Chair",))]


def test_members_agreeing_that_a_bench_should_stay_is_no_task():
    assert tasks("Members agreed that the memorial bench should stay where it is.") == []


def test_a_policy_to_return_to_committee_once_a_consultation_closes_is_brought_back():
    found = [(action.text, action.due_words) for action in
             extract_from_resolution("that once the survey has closed, the parking policy return to the Committee on 9 October 2036.", "resolved", None)]
    assert found == [("Bring the parking policy back to the Committee on 9 October 2036", "Committee on 9 October 2036")]


def test_a_member_to_attend_a_forum_said_to_meet_on_a_day_takes_that_day():
    found = [(action.text, action.due_words) for action in
             extract_from_minutes("K.L. Bright reported the river forum would now meet on the 3rd May, 2036 at the mill. K.L. Bright, to attend.")]
    assert found == [("K.L. Bright to attend", "on the 3rd May, 2036")]


def test_a_bracketed_note_after_an_action_tag_does_not_hide_the_tagged_task(tmp_path):
    body = "- The Secretary has listed the hedge-laying dates, to be circulated. ACTION: QP [Note: TM has booked the hall]"
    _, found = second_item(tmp_path, body)
    assert found == ["The Secretary has listed the hedge-laying dates, to be circulated"]


def test_approval_given_to_a_recommendation_that_the_public_be_told_stays_no_task():
    assert _owned("that approval be given to the recommendation that when the leaflet is next printed, the public be informed of the flood line;") == []


def test_a_member_who_will_take_this_forward_keeps_the_task():
    assert tasks("TW will take this forward.") == [("TW to take this forward", ("TW",))]


def test_what_a_review_of_the_step_s_task_rules_found():
    from tests.stored import tasks

    # bullets ending in AM, PM, OK or a roman numeral, or telling work done, are no owners' tasks
    assert tasks("- Harvest supper in the village hall on Saturday 27 September at 7 PM\n- Insurance renewal checked, all OK\n") == []
    assert tasks("- Bus shelter glass replaced JB\n- Steering group now drafting the policies for Phase II\n") == []
    # a prize received "which she will treasure" is no errand; a meeting put off gives "to attend" no day
    assert tasks("Mrs Jean Ashby received the county's Community Award, which she will treasure.") == []
    found = tasks("The Police Priority Meeting that was to be held on 8th January 2037 has been postponed to a date in March. Cllr Dale to attend.")
    assert [text for text, _ in found] == ["Cllr Dale to attend"]
