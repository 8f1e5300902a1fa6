"""The fifty-second step, tasks (second round): decisions that hand an officer an errand, task forms the minutes write
in shorthand, and sentences that only look like tasks, written about fictional bodies. Texts the project wrote."""

from __future__ import annotations

import datetime as dt

from cpb_tui.actions import extract_from_minutes, extract_from_resolution
from tests.stored import page_items as _items
from tests.stored import second_item, tasks


def _owned(text: str, lead_in: str | None = None) -> list[tuple[str, tuple[str, ...]]]:
    return [(action.text, action.owners) for action in extract_from_resolution(text, "resolved", lead_in)]


# --- a resolution that also gives an officer a task -------------------------------------------------------------


def test_a_council_resolving_that_its_clerk_should_apply_for_a_grant_gives_the_clerk_the_errand():
    found = _owned("Council resolved that the Clerk should apply to the Harrowfield Community Fund for a grant towards the new benches.")
    assert found == [("The Clerk to apply to the Harrowfield Community Fund for a grant towards the new benches", ("the Clerk",))]


def test_a_rule_that_should_apply_to_everyone_is_still_no_task():
    assert _owned("That the new hire charges should apply for all bookings from April.") == []


def test_the_meeting_authorising_its_clerk_in_the_past_tense_gives_the_clerk_the_errand():
    found = _owned("The meeting authorised the Parish Clerk to attend the planning inquiry and speak for the council.")
    assert found == [("The Parish Clerk to attend the planning inquiry and speak for the council", ("the Parish Clerk",))]


def test_a_delegation_whose_powers_are_listed_as_follows_gives_the_officer_one_task(tmp_path):
    page = (
        "Minutes of the Licensing Committee of Pellowby Borough Council held on 3 March 2037\n\n"
        "1. Apologies\nNone.\n\n"
        "2. Street trading consents\n"
        "RESOLVED that delegated authority be given to the Head of Regulatory Services, in consultation with the Chair, "
        "to determine applications as follows, where the applicant has not traded in the borough before:\n\n"
        "(i) Applications for street trading consents;\n(ii) Applications for market stall consents.\n\n"
        "3. Close\nThe meeting closed at 8pm.\n"
    )
    (_, clauses, item_tasks), = [entry for entry in _items(tmp_path, page) if entry[0].number == "2"]
    assert [(task.text, task.owners) for task in item_tasks] == [
        ("The Head of Regulatory Services to determine applications, where the applicant has not traded in the borough before",
         ("the Head of Regulatory Services",))
    ]
    assert len(clauses) == 2  # (the list's points are clauses still: keeping them one is the decision reader's)


# --- task forms the minutes write in shorthand ------------------------------------------------------------------


def test_a_bullet_told_as_an_order_for_a_named_month_s_meeting_is_a_task_due_then(tmp_path):
    page = (
        "Dunmore Glen Community Council\nMinutes of meeting held on 9 June 2037\n\n"
        "1.Apologies: Rona Gill\n2.Housing\n- Ask Fiona to report on the new flats at September mtg\n3.Close\nThe meeting closed.\n"
    )
    (_, _, item_tasks), = [entry for entry in _items(tmp_path, page) if entry[0].number == "2"]
    assert [(task.text, task.owners, task.due_date) for task in item_tasks] == [
        ("Ask Fiona to report on the new flats at September mtg", (), dt.date(2037, 9, 30))
    ]


def test_a_bullet_order_with_no_meeting_to_do_it_at_stays_a_note():
    assert tasks("- Ask about the hedge on Mill Lane") == []


def test_an_item_sent_on_to_another_group_s_next_meeting_is_a_task():
    assert tasks("The bridleway sign was queried. Item to go to next Footpaths Group meeting.") == [
        ("Item to go to next Footpaths Group meeting", ())
    ]


def test_what_is_needed_then_which_the_clerk_will_arrange_is_the_clerk_s_task():
    assert tasks("The noticeboard by the shop needs to be repaired which the Clerk will arrange.") == [
        ("The Clerk to arrange for the noticeboard by the shop to be repaired", ("the Clerk",))
    ]


def test_a_hearing_adjourned_to_be_reconvened_on_a_day_is_due_that_day():
    found = extract_from_minutes(
        "The hearing was adjourned at 10.40 am to be reconvened on 14 October 2037 at 2.00 pm so that the driver could attend, "
        "who was abroad."
    )
    assert [(action.text, action.due_words) for action in found] == [
        ("Reconvene the adjourned hearing on 14 October 2037 at 2.00 pm so that the driver could attend", "on 14 October 2037")
    ]


# --- sentences that only look like tasks ------------------------------------------------------------------------


def test_a_plan_that_will_be_updated_every_few_years_is_no_task():
    assert tasks("Cllr Vane reported on the transport plan. It runs to 2050 but will be updated every 5 years.") == []
    assert tasks("Key points: the plan is for 15 years but will be updated every 5 years.") == []


def test_another_body_s_undertaking_told_in_the_clerk_s_answer_is_none_of_ours():
    assert tasks("The Clerk responded that the district council have agreed to survey the car park in the spring.") == []


def test_a_body_s_initials_after_the_person_contacted_are_no_second_doer():
    assert tasks("The Clerk was asked to contact Mrs Jo Pike, PCC to ask when the church path will reopen.") == [
        ("The Clerk to contact Mrs Jo Pike, PCC to ask when the church path will reopen", ("the Clerk",))
    ]
    assert tasks("Clerk to write to Mr Hale, JB to visit the site.") == [("Clerk to write to Mr Hale", ("Clerk",)), ("JB to visit the site", ("JB",))]


def test_the_chair_inviting_members_to_declare_their_interests_is_how_the_meeting_runs(tmp_path):
    _, item_tasks = second_item(
        tmp_path, "Members are reminded of the code of conduct. The Chair will then invite Members to make their disclosure orally at item 4."
    )
    assert item_tasks == []


# --- a task told as who holds the thing; bullets that end with their owners' initials ---------------------------


def test_someone_holding_a_paper_which_she_will_sign_and_return_has_the_task():
    assert tasks("ACTION Nina Ashe has the lease which she will sign and return to Cllr Pope by Friday.") == [
        ("Nina Ashe to sign the lease and return to Cllr Pope by Friday", ("Nina Ashe",))
    ]
    assert tasks("Mr Dale had the ladder which he would need.") == []


def test_bullets_of_a_note_and_action_cell_ending_in_initials_are_each_their_owner_s_task():
    found = tasks("- Thank the volunteers for the litter pick RT\n- Ask the county about the pothole on Kiln Lane JM/RT\n- Meeting with the NHS")
    assert found == [("Thank the volunteers for the litter pick", ("RT",)), ("Ask the county about the pothole on Kiln Lane", ("JM", "RT"))]


def test_a_decision_cell_then_a_slash_over_owned_bullets_gives_the_bullets_not_the_decision_run_on(tmp_path):
    found = _owned("To accept the report from Cllr Ivy Hale /\n\n- Write to the bus company about the timetable KD\n- Check the shelter glass LB 41/37 / Planning")
    assert found == [("Write to the bus company about the timetable", ("KD",)), ("Check the shelter glass", ("LB",))]


def test_an_agreement_to_apply_then_the_clerk_to_apply_is_one_errand_with_its_doer(tmp_path):
    page = (
        "Minutes of Yarrowby Parish Council held on 6 April 2037\n\n1216/01 Apologies\nNone.\n\n"
        "1216/02 Matters arising\n512b) / Heritage Fund\nIt was agreed to apply for Heritage Fund money to repair the pump. / Clerk to apply "
        "530a) / Bus shelter The glass has been replaced.\n\n1216/03 Close\nThe meeting closed.\n"
    )
    item_tasks = [task for _, _, found in _items(tmp_path, page) for task in found]
    assert [(task.text, task.owners) for task in item_tasks] == [("Apply for Heritage Fund money to repair the pump", ("Clerk",))]


def test_an_older_minute_s_reference_opening_a_slash_row_ends_the_row_before_it():
    found = tasks("There is a broken gate on the rec. / Clerk to report 3121c) / Village Green Grass cutting has started.")
    assert found == [("Clerk to report", ("Clerk",))]
