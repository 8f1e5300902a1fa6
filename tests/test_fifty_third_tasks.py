"""The fifty-third step, tasks and dues: verdicts, offers and conditions that read like tasks, hedged deadlines, written
about fictional bodies. Texts the project wrote."""

from __future__ import annotations

import datetime as dt

from cpb_tui.actions import extract_from_minutes, extract_from_resolution, parse_due
from tests.stored import page_items as _items
from tests.stored import tasks


def test_members_agreeing_to_approve_an_application_is_the_verdict_not_a_task():
    assert tasks("The request for a grant from Orlow Youth Club was read. After discussion Members agreed to approve the application.") == []
    assert tasks("Members agreed to approve the request.") == []
    # (an approval still to come, or a task that goes on, stays a task)
    assert tasks("Members agreed to approve the application and the Clerk will write to the club.")


def test_a_resident_volunteering_to_join_the_council_is_an_offer_taken_there():
    assert tasks("Local resident Ann Quill volunteered to join the parish council to fill the vacancy left by Mr Brant.") == []
    assert tasks("Mr Tobin volunteered to join the committee.") == []
    # (volunteering for work stays a task)
    assert tasks("Mr Tobin volunteered to join the litter pick and to bring the grabbers.")


def test_what_waits_on_a_trouble_coming_back_is_no_task():
    found = extract_from_resolution(
        "Agreed that if this should occur again that the haulier will be contacted to discuss another route.", "agreed"
    )
    assert found == []
    assert tasks("It was agreed that the police would be called if it happens again.") == []
    # (a task with a plain condition of its own stays one)
    assert tasks("The Clerk will write to the haulier to ask that lorries avoid the lane.")


def test_a_deadline_hedged_with_say_is_still_a_deadline():
    due = parse_due("put a closing date for replies of, say, the end of March in the newsletter")
    assert due is not None and due.month == 3
    found = extract_from_minutes("Cllr Penn agreed that he would put in the March newsletter a closing date for replies of, say, the end of March.")
    assert [action.due_words for action in found] == ["by the end of March"]


def test_what_a_but_says_will_be_done_to_the_same_thing_is_a_task():
    found = tasks("Owing to an oversight the notes of the last meeting were unavailable, but will be made available as soon as possible.")
    assert [text for text, _ in found] == ["Make the notes of the last meeting available as soon as possible"]
    # (never another's doing)
    assert not any("contractor" in text for text, _ in tasks("The stile was broken but will be mended by the contractor."))


def test_a_group_made_up_of_members_meeting_on_a_day_in_figures_is_the_group_s_task_that_day():
    found = extract_from_resolution(
        "that a Newsletter working Group comprising AB, CD, EF and GH would meet on 06/05/37 at Tallis Barn to settle the topics. "
        "All copy to be sent to the Clerk for editing.", "resolved")
    assert [(action.text, action.owners, action.due_words) for action in found][0] == (
        "A Newsletter working Group to meet on 06/05/37 at Tallis Barn to settle the topics", ("a Newsletter working Group",), "on 06/05/37")
    assert len(found) == 2
    due = parse_due("the panel to meet on 6.5.2037")
    assert due is not None and (due.year, due.month) == (2037, 5)
    assert parse_due("the letter sent on 06/05/37") is None  # (a day gone by)


def test_a_doer_s_task_then_the_item_on_the_next_agenda_are_two_tasks():
    found = tasks("The Chair to ask him for a price and the item to be on the next agenda.")
    assert [text for text, _ in found] == ["The Chair to ask him for a price", "Put the item on the next agenda"]
    assert [text for text, _ in tasks("The matter to be on the next agenda.")] == ["Put the matter on the next agenda"]


def test_the_clerk_s_undertaking_and_the_council_s_own_after_and_are_two_tasks():
    found = tasks("Quarry Lane slip: the clerk will approach the neighbouring parishes about a joint letter and the council will seek "
                  "some professional advice, with a budget of up to \u00a3300.")
    assert [owners for _, owners in found] == [("the clerk",), ("the council",)]
    # (never another tier's council)
    assert len(tasks("The clerk will ask the county and the county council will decide.")) == 1


def test_all_actions_to_be_taken_and_reported_to_a_future_meeting_is_a_report_to_come():
    found = extract_from_minutes("The Chairman thanked the residents for their questions, advising all appropriate actions would be taken and "
                                 "reported to a future meeting.")
    assert [(action.text, action.due_words) for action in found] == [("Report actions to a future meeting", "to a future meeting")]


def test_a_ward_councillor_calling_an_application_in_is_their_task():
    assert [owners for _, owners in tasks("Cllr Fenwick will call in to committee if the planning officer is minded to approve.")] == [("Cllr Fenwick",)]
    assert tasks("The Clerk will call in at the school.") == []


def test_the_council_s_own_rules_changed_by_the_decision_that_words_the_change_set_no_task():
    for clause in (
        "That the Scheme of Delegation to Officers be updated as shown in Appendix 2 to Report item 9 to the Cabinet;",
        "That delegation HSG 12 be updated to include authorisation to Team Leaders;",
        "That Standing Orders be amended as set out in the report.",
    ):
        assert extract_from_resolution(clause, "resolved") == [], clause
    # (a task the change still sets stays one)
    assert extract_from_resolution("That authorisation be given to update job titles after the restructure.", "resolved")
    assert extract_from_resolution("That the Constitution be amended and officers report the changes to Council in May.", "resolved")


def test_joining_as_a_member_or_giving_up_a_post_is_no_task():
    assert tasks("Rhona Keir agreed to join as community councillor representative for Easter Drum.") == []
    assert tasks("Mrs Lowrie to resign from post of minute secretary.") == []
    # (work a new member takes on stays a task)
    assert tasks("Rhona Keir agreed to join the working party and to draft its terms of reference.")


def test_an_event_over_two_days_of_one_month_is_due_the_later():
    found = extract_from_resolution("The public consultation to take place on 8th and 9th November 2037.", "resolved")
    assert [action.due_words for action in found] == ["on 9th November 2037"]


def test_a_clerk_finalising_payments_in_a_note_is_the_clerk_s_task():
    assert [owners for _, owners in tasks("Moor Lane barriers \u2013 Clerk finalising payments to the contractor.")] == [("Clerk",)]
    assert [text for text, _ in tasks("The Clerk is finalising the accounts.")] == ["The Clerk to finalise the accounts"]


def test_a_discussion_put_off_to_a_meeting_named_by_its_season_is_a_task():
    clause = "Councillors agreed that the discussion regarding the twinning charter would take place at a meeting in the Autumn."
    assert [action.text for action in extract_from_resolution(clause, "agreed")] == [
        "The discussion regarding the twinning charter to take place at a meeting in the Autumn"]
    assert [text for text, _ in tasks("In the Mayor's absence, Members agreed that the discussion on the civic service would take place at "
                                      "the March meeting.")] == ["Discuss the civic service at the March meeting"]
    # (a season alone, with no meeting, is no time to come back)
    assert extract_from_resolution("Councillors agreed that the planting would take place in the Autumn.", "agreed") == []


_FORWARD_PLAN = (
    "Forward plan\n\nForward Plan of Key Decisions 1 March 2037 - 31 May 2037\n\nPlan items\nNo. Item\n\n"
    "Key Decisions to be taken w/c 9 March 2037\n\n"
    "Allotment Rents Review New!\n\nDecision maker:  Cabinet\n\nDecision due:   April 2037\n\nLead officer:  Ann Vole\n\n"
    "Notice of proposed decision first published: 01/03/2037\n\nAnticipated restriction: Open  -\n\n"
    "Library Opening Hours\n\nDecision maker:  Cabinet\n\nDecision:   May 2037\n\nLead officer:  Tom Reed\n\n"
    "Decision status:  Recommendations Approved\n\nNotice of proposed decision first published: 01/03/2037\n"
)


def test_a_forward_plan_s_entries_are_decisions_still_to_take_never_tasks(tmp_path):
    # (its "Decision due:" is when a body means to decide, not work given to anyone at a meeting: no task, no false due)
    found = _items(tmp_path, _FORWARD_PLAN, date=dt.date(2037, 3, 1))
    assert [item.title for item, _, _ in found][:2] == ["Allotment Rents Review New!", "Library Opening Hours"]
    assert [item_tasks for _, _, item_tasks in found] == [[], []]
