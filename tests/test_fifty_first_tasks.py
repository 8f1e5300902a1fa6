"""Task shapes from the fifty-first step's development pages, written again about fictional councils and people.
Texts the project wrote."""

from __future__ import annotations

import pytest

from tests.stored import page_items as _items
from tests.stored import second_item as _second
from tests.stored import tasks as _tasks


def test_the_minutes_to_be_put_right_are_a_task(tmp_path):
    _, found = _second(tmp_path, "Cllr Aske asked that the record of the footpath item name the stile at Brackley Wood. "
                                 "The minutes will be amended accordingly.\n"
                                 "Members noted a spelling error in the title. The minutes will be corrected before signing.")
    assert sorted(found) == ["Amend the minutes accordingly", "Correct the minutes before signing"]


def test_minutes_published_once_as_soon_as_possible_but_not_as_standing_practice():
    assert [text for text, _ in _tasks("The minutes would be posted on the village website. "
                                       "The minutes would be published on the noticeboard at Tillby Green as soon as practicable.")] == [
        "Publish the minutes on the noticeboard at Tillby Green as soon as practicable"]
    assert _tasks("The minutes would be published on the noticeboard at Tillby Green.") == []


@pytest.mark.parametrize("told", [
    "Cllr Penrose reported that the county's bus review has been drafted and will be sent out in May to all parishes.",
    "It is hoped that the gullies on Stannard Lane will be cleared in the spring.",
    "Nothing to report yet. Hopefully the new bench would be delivered next week.",
    "Kestle Water Network had apologised for the burst main and would provide the Council with a timetable for repairs.",
    "Cllr Yeo said that she would be joining the Harvest Ride on 3 September in a personal capacity.",
    "The Clerk had a letter from a resident asking when the railings on the bridge will be repainted.",
    "Residents were worried by the lorries on Mill Hill \u2013 the quarry's site manager agreed to speak to his drivers.",
    "The organiser said parking would be in the top field; police officers will patrol the lanes on the day.",
])
def test_another_s_plan_a_hope_or_a_question_is_no_task(told):
    assert _tasks(told) == []


def test_a_paper_s_aims_listed_are_no_task(tmp_path):
    _, found = _second(tmp_path, "The draft Open Spaces Plan was before the Council for comment. Its aims are:\n"
                                 "- to provide more seating along the river path\n- to involve the school in planting\n\n"
                                 "The Clerk to send the Council's comments by 30 June.")
    assert found == ["The Clerk to send the Council's comments by 30 June"]


@pytest.mark.parametrize(("decided", "task"), [
    ("RESOLVED that authority be delegated to the Clerk for approving the end-of-year transfers to the building reserve be agreed.",
     "The Clerk to approve the end-of-year transfers to the building reserve"),
    ("Authorisation was given to the clerk to send the grant claim to the county.", "The clerk to send the grant claim to the county"),
    ("It was decided to do some research on the war memorial's listing before any repairs.",
     "Research the war memorial's listing before any repairs"),
    ("RESOLVED that the Clerk take responsibility for contacting the bus operator before December.",
     "The Clerk to contact the bus operator before December"),
    ("It was proposed by Cllr Roe and seconded by Cllr Hext that Cllr Vane talks to the allotment holders. All agreed.",
     "Cllr Vane to talk to the allotment holders"),
    ("It was agreed that a sign about horse riders should be put on the bridleway gate.", "Put a sign about horse riders on the bridleway gate"),
    ("RESOLVED that the draft grants policy be approved for consultation from 1 March to 12 April 2036.",
     "Consult on the draft grants policy until 12 April 2036"),
])
def test_a_decision_that_asks_in_a_verb_phrase_of_its_own(tmp_path, decided, task):
    _, found = _second(tmp_path, decided)
    assert found == [task]


@pytest.mark.parametrize(("told", "task"), [
    ("Cllrs agreed that a card of thanks would be sent to the retiring lollipop warden.", "Send a card of thanks to the retiring lollipop warden"),
    ("Once the quotes are in the Clerk will put the three options to members by email.", "The Clerk to put the three options to members by email"),
    ("Brenda has undertaken to hand over the bank mandate forms and the cash box.", "Brenda to hand over the bank mandate forms and the cash box"),
    ("A few members to check the stiles on the Hobb Lane footpath.", "A few members to check the stiles on the Hobb Lane footpath"),
    ("The Clerk be instructed to write to the bus company about the missed stops.", "The Clerk to write to the bus company about the missed stops"),
])
def test_a_narrative_doer_behind_what_stands_around_it(told, task):
    assert [text for text, _ in _tasks(told)] == [task]


def test_a_body_that_will_be_asked_is_no_doer_instructed():
    assert _tasks("This month the Board will be asked to review the following:") == []


def test_a_tag_naming_only_the_doer_mid_paragraph_ends_its_point():
    found = _tasks("Village sign The repainting is carried forward to the next meeting. Action: The Chair.\n"
                   "Allotment rents Setting next year's rents is held over until March. Action: The Treasurer.")
    assert [owners for _, owners in found] == [("The Chair",), ("The Treasurer",)]


def test_bracketed_doer_tags_each_end_their_line():
    found = _tasks("Hedges on Wold Lane are overhanging the pavement (Act Clerk) County highways need to be told the grit bin "
                   "is empty (Act Clerk) b/ Benches The bench by the pond needs new slats. (Act RW)")
    assert [text for text, _ in found][:2] == ["Hedges on Wold Lane are overhanging the pavement",
                                               "County highways need to be told the grit bin is empty"]


@pytest.mark.parametrize(("decided", "task"), [
    ("RESOLVED that a further report be brought to the Cabinet after nine months to consider how the scheme has worked.",
     "Bring a further report to the Cabinet after nine months to consider how the scheme has worked"),
    ("RESOLVED that the breakdown by ward be detailed to members before the budget meeting.",
     "Provide the breakdown by ward to members before the budget meeting"),
    ("It was agreed that the residents' concerns be fed back to the Head of Parking.",
     "Feed back the residents' concerns to the Head of Parking"),
])
def test_a_bring_back_or_referral_said_passively(tmp_path, decided, task):
    _, found = _second(tmp_path, decided)
    assert found == [task]


def test_a_referral_or_a_later_discussion_in_the_narrative():
    assert [text for text, _ in _tasks("The complaint would be referred to the Planning Enforcement Officer.")] == [
        "Refer the complaint to the Planning Enforcement Officer"]
    assert [text for text, _ in _tasks("This will be discussed at the Annual Town Meeting.")] == ["Discuss further at the Annual Town Meeting"]


@pytest.mark.parametrize("decided", [
    "It was agreed to increase the hall hire charges by 3%.",
    "It was agreed that the council would cover the overspend on the carnival.",
    "RESOLVED that four meetings be scheduled each year.",
    "RESOLVED that a task and finish group be established to review the allotment rules.",
    "RESOLVED that Councillor Rhys Penn replace Councillor Ada Shaw on the Footpaths Group for 2036/37.",
    "RESOLVED that appointments be made to the two trustee places as follows:- Mill Charity - Mrs J Tate",
])
def test_a_decision_that_takes_effect_by_being_made_is_no_task(tmp_path, decided):
    assert _second(tmp_path, decided)[1] == []


def test_a_standing_effort_is_no_task():
    assert _tasks("The council will continue to keep up the pressure on the bus company.") == []
    assert _tasks("After some discussion the council agreed to watch the culvert closely.") == []


@pytest.mark.parametrize("decided", [
    "It was agreed to continue to use Mr Pike as internal auditor.",
    "RESOLVED that the register of assets be published on an annual basis.",
])
def test_a_standing_arrangement_is_no_task(tmp_path, decided):
    assert _second(tmp_path, decided)[1] == []


@pytest.mark.parametrize("decided", [
    "Cllr Orme proposed and Cllr Tay seconded that the minutes be passed as a correct record and they were then signed.",
    "The minutes of the finance meeting of 3 March 2036 were accepted as accurate. They would be signed in due course.",
])
def test_earlier_minutes_approved_in_other_words_are_no_task(tmp_path, decided):
    assert _second(tmp_path, decided)[1] == []


def test_a_task_told_again_in_other_words_is_one_task(tmp_path):
    _, found = _second(tmp_path, "It was agreed that Mrs Bell and Mr Hoy would speak to the school about a Saturday for the "
                                 "litter pick.\n\nAction: Mrs Bell and Mr Hoy to fix a Saturday for the litter pick.")
    assert len(found) == 1
    _, found = _second(tmp_path, "The Clerk said she will post the notice of the audit on the village noticeboard.\n\n"
                                 "RESOLVED: the notice of the audit will be posted and the auditor told.")
    assert len(found) == 1


def test_two_errands_of_one_doer_stay_two(tmp_path):
    _, found = _second(tmp_path, "It was agreed that the Clerk write to the county about the bus stop.\n\n"
                                 "Action: Clerk to write to the school about parking.")
    assert len(found) == 2


@pytest.mark.parametrize(("told", "found"), [
    ("It was agreed to get quotes for the bench and also ask the Rotary Club about a donation.",
     ["Ask the Rotary Club about a donation", "Get quotes for the bench"]),
    ("It was decided that members would send their views to the Clerk who would forward them to the county.",
     ["Members to send their views to the Clerk", "The Clerk to forward them to the county"]),
    ("Cllr Yates will look out the old deeds & the Clerk will chase the solicitor.",
     ["Cllr Yates to look out the old deeds", "The Clerk to chase the solicitor"]),
])
def test_two_tasks_in_one_sentence(tmp_path, told, found):
    assert sorted(_second(tmp_path, told)[1]) == found


def test_a_second_that_clause_keeps_the_first_s_doer():
    assert [owners for _, owners in _tasks("Members told Mrs Ince that they would ask the contractor to cut the verge and that "
                                            "they would write to the county about the drain.")] == [("members",), ("members",)]


def test_what_is_done_at_this_meeting_or_owed_elsewhere_is_no_task(tmp_path):
    assert _second(tmp_path, "RESOLVED: That all items be considered in public.")[1] == []
    assert _tasks("Mrs Vale had a question on the hall keys which she would bring up at the end of the meeting.") == []
    assert _tasks("The Head of Finance said that the review the Board had asked for would be submitted on 4 May 2036.") == []


def test_an_old_minute_s_request_reported_back_is_no_new_task():
    assert _tasks("- (At 6.3) The Committee requested that members were sent the bus figures. Members heard they had been sent.") == []


def test_the_same_words_after_two_different_proposals_are_two_tasks(tmp_path):
    _, found = _second(tmp_path, "Cllr Amos proposed a review of the allotment rules. The item would be added to the May 2036 agenda. "
                                 "Cllr Birch also proposed a talk on hedgehog highways. The item would be added to the May 2036 agenda.")
    assert found == ["Add the item to the May 2036 agenda"] * 2


def test_changes_spelled_out_under_an_amendment_as_follows_are_its_content(tmp_path):
    page = ("Minutes of the meeting of the Harbour Committee of Polwenna Town Council held on 3 June 2036.\n\n"
            "1. Work programme\nRESOLVED:\n(1) That the Harbour Master be requested to update the Work Programme as follows:\n"
            "- Put the slipway survey first;\n- A column be added for the lead officer;\n"
            "(2) That the mooring fees report be brought to the July 2036 meeting.\n")
    (_, _, found), = _items(tmp_path, page)
    assert sorted(task.text for task in found) == ["Bring the mooring fees report to the July 2036 meeting",
                                                   "The Harbour Master to update the Work Programme as follows"]
