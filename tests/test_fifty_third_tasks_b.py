"""The fifty-third step, tasks (second part): carried-forward tasks listed under a heading with their owners' initials,
written about fictional bodies. Texts the project wrote."""

from __future__ import annotations

from tests.stored import page_items as _items
from tests.stored import tasks

_CARRIED = (
    "Brackenfold Community Council\n\n"
    "Notes from the meeting held Tuesday 4th March 2037\n\n"
    "In Attendance \u2013 Ann Rees (Chair), Tom Vell, Sue Hale, Ben Orme\n\n"
    "Apologies \u2013 Kit Dunn.\n\n"
    "Matters Arising:\n\n"
    "1. Investigate new benches for the green & ask the joiner for a quote.\n\n"
    "2. Footbridge repair underway \u2013 Update to follow\n\n"
    "3. Ask the county for a speed survey on Mill Road, Quarry Lane \u2013 Cllr TV/SH\n\n"
    "4. Contact the bank for the new mandate forms \u2013 BO\n\n"
    "5. Check the blocked gully on Kirk Brae \u2013 Cllr SH\n\n"
    "6. Write to the owner of the old depot about the litter \u2013 AR\n\n"
    "7. Hedges along the school path \u2013 AR/BO\n\n"
    "8. Cards of thanks \u2013 AR\n\n"
    "Police Report \u2013 sent round by the local officer, who reported two thefts from sheds.  TV to ask for a talk on crime prevention.\n\n"
    "Financial Report \u2013 The balance stands at \u00a34,200.  BO to send the accounts to the examiner.\n\n"
    "Hall Project \u2013 A long talk on the survey results.  AR to arrange a meeting with the architect.\n"
)


def test_a_numbered_list_of_tasks_ending_in_owners_initials_is_one_item_s_tasks(tmp_path):
    found = _items(tmp_path, _CARRIED, committee="Brackenfold Community Council")
    titles = [item.title for item, _, _ in found]
    # the dash headings are the items; the numbered list is Matters Arising's tasks, never items 1 to 8
    assert titles[-4:] == ["Matters Arising", "Police Report", "Financial Report", "Hall Project"]
    (_, _, arising), = [entry for entry in found if entry[0].title == "Matters Arising"]
    texts = {task.text: task.owners for task in arising}
    assert texts["Contact the bank for the new mandate forms"] == ("BO",)
    assert texts["Ask the county for a speed survey on Mill Road, Quarry Lane"] == ("TV", "SH")  # ("Cllr TV/SH": two owners)
    assert texts["Hedges along the school path"] == ("AR", "BO")  # (a point with no verb is still its owners' task in such a list)
    assert texts["Cards of thanks"] == ("AR",)
    assert "Investigate new benches for the green & ask the joiner for a quote" in texts  # (an order with no owner, in such a list)
    assert len(arising) == 7  # (never "Footbridge repair underway \u2013 Update to follow", a state)
    (_, _, police), = [entry for entry in found if entry[0].title == "Police Report"]
    assert [task.text for task in police] == ["TV to ask for a talk on crime prevention"]


def test_a_short_list_under_matters_arising_with_no_owners_keeps_its_reading(tmp_path):
    # (a list whose points do not end in owners stays read as before: no verbless point becomes a task)
    page = _CARRIED.replace(" \u2013 Cllr TV/SH", "").replace(" \u2013 BO\n", "\n").replace(" \u2013 Cllr SH", "").replace(" \u2013 AR/BO", "")
    found = _items(tmp_path, page, committee="Brackenfold Community Council")
    assert not any(task.text == "Cards of thanks" for _, _, item_tasks in found for task in item_tasks)


def test_minutes_of_last_meeting_without_the_article_before_matters_arising_is_an_item_of_its_own(tmp_path):
    page = (
        "Minutes of meeting 3rd May 2037\n\nPresent Ann Rees, Tom Vell, Sue Hale\n\nApologies Ben Orme\n\n"
        "Minutes of last meeting be accepted proposed AR Seconded TV\n\nMatters Arising\n\nTV to ask the county about the gritting bin.\n\n"
        "1. Hall lease renewed for five years\n2. Bus shelter \u2013 the glass was replaced last week\n"
    )
    found = _items(tmp_path, page, committee="Brackenfold Community Council")
    titles = [item.title for item, _, _ in found]
    assert titles[:2] == ["Minutes of the last meeting", "Matters Arising"]
    assert [task.text for task in found[1][2]] == ["TV to ask the county about the gritting bin"]


def test_a_councillor_named_in_full_chasing_something_is_their_task():
    assert tasks("Cllr Ann Lowe is chasing this issue.") == [("Cllr Ann Lowe to chase this issue", ("Cllr Ann Lowe",))]
    assert tasks("Cllr Ann Lowe is attending the course.") == []  # (never a thing done there)


def test_orders_after_as_follows_set_two_spaces_apart_are_each_the_doer_s_task():
    found = tasks("Action \u2013 AB to book the hall for the first aid session Action - CD to action as follows;  Instruct a joiner to fix the "
                  "kiosk door  Invite the schools to the session  Return the signed agreement to the ambulance trust")
    assert [text for text, _ in found] == [
        "AB to book the hall for the first aid session", "CD to instruct a joiner to fix the kiosk door", "CD to invite the schools to the session",
        "CD to return the signed agreement to the ambulance trust"]
    # (one gap alone is no list)
    assert len(tasks("Action - CD to action as follows;  Instruct a joiner to fix the kiosk door")) <= 1


def test_a_doer_with_a_colon_over_lettered_or_bulleted_orders_owns_each():
    expected = [("Cllr Vine to sign her declaration of office", ("Cllr Vine",)), ("Cllr Vine to complete her register of interests form", ("Cllr Vine",))]
    assert tasks("Cllr Vine to: a. Sign her declaration of office. b. Complete her register of interests form.") == expected
    assert tasks("Cllr Vine to:\n- Sign her declaration of office.\n- Complete her register of interests form.") == expected
    assert tasks("Cllr Vine to:\n\na. Sign her declaration of office.\n\nb. Complete her register of interests form.") == expected
    # (a bullet that is no order stays no task)
    assert tasks("The Clerk to:\n- Thanks to all the volunteers.\n- Write to the county.") == [("The Clerk to write to the county", ("the Clerk",))]


def test_approved_minutes_from_a_meeting_are_a_record_and_their_tasks_are_read(tmp_path):
    page = (
        "Approved minutes from the KPC meeting held on 4th May 2037\n\nKelby Parish Council Office, 3 Mill Street, Kelby\n\n"
        "101 Register of members in attendance:\n\nCllrs Ann Rees; Tom Vell; Sue Hale.\n\n102 Public Participation.\n\n"
        "A resident raised the fallen stile on the Mere path. Cllr Vell will find the path diversion paperwork & the Clerk will chase the county ranger.\n\n"
        "103 Declarations of interest.\n\nNone.\n"
    )
    found = _items(tmp_path, page)
    (_, _, public), = [entry for entry in found if entry[0].number == "102"]
    assert [task.text for task in public] == ["Cllr Vell to find the path diversion paperwork", "The Clerk to chase the county ranger"]


def test_pursuing_spelled_persuing_is_still_work_in_hand():
    assert tasks("The Chairman is persuing the request for a dog bin.") == [("The Chairman to pursue the request for a dog bin", ("the Chairman",))]
    assert tasks("Cllr Vell will find the time to help.") == []  # (finding only what the council keeps: papers, plans, keys)


def test_agreeing_to_attend_a_site_visit_on_the_meeting_s_own_day_is_what_took_place(tmp_path):
    page = (
        "Minutes of a Special meeting of Harnby Community Council\n\nHeld at the Harnby Allotments \u2013 Sunday 4th March 2037\n\n"
        "Present: Councillors Ann Rees, Tom Vell, Sue Hale\n\n1. Apologies\n\nNone.\n\n2. Purpose of Meeting\n\n"
        "Following a letter from a plot holder, Council agreed to attend a site visit at the allotments on Sunday 4th March 2037 at 10.00am.\n\n"
        "3. Inspection\n\nRESOLVED: That the Clerk write to the tenants of plots 3 and 9.\n"
    )
    found = _items(tmp_path, page)
    assert [task.text for _, _, item_tasks in found for task in item_tasks] == ["The Clerk to write to the tenants of plots 3 and 9"]
    # (a visit still to come stays a task)
    later = _items(tmp_path, page.replace("on Sunday 4th March 2037 at 10.00am", "on Sunday 18th March 2037 at 10.00am"))
    assert any("site visit" in task.text for _, _, item_tasks in later for task in item_tasks)


def test_a_summons_to_the_meeting_is_an_agenda_whatever_its_items_say_of_minutes(tmp_path):
    page = (
        "Kelby Parish Council\n\n20th May 2037\n\nDear Councillor,\n\nYou are summoned to attend the KELBY PARISH COUNCIL MEETING to be held at "
        "the Village Hall on Monday 1st June 2037 at 7.00 p.m.\n\nA G E N D A\n\n1. APOLOGIES FOR ABSENCE\n\n2. DECLARATIONS OF INTEREST\n\n"
        "3. MINUTES OF PREVIOUS MEETINGS a) The minutes from 4th April will be deferred until 6th July 2037 as the members who attended are away.\n"
    )
    found = _items(tmp_path, page)
    assert [task for _, _, item_tasks in found for task in item_tasks] == []


def test_what_is_to_be_done_in_all_future_reports_is_a_standing_practice_not_a_task():
    from cpb_tui.actions import extract_from_resolution
    assert extract_from_resolution("That within all future Cabinet reports the options considered should be included.", "resolved") == []
    assert tasks("Whilst noting the urgency, every effort should in future be made to allow for scrutiny before a decision.") == []


def test_a_question_put_to_the_council_is_no_task_of_its_own_but_pressing_a_body_is():
    assert tasks("The Council was asked to clarify the status of the lane by the church: was it a footpath or a road? No answer was available.") == []
    assert tasks("The Council was asked to clarify the status of the lane by the church.")  # (a plain request stays one)
    assert tasks("The Council would continue to press Kelby Highways on this matter.") == [("The Council to press Kelby Highways on this matter", ("the Council",))]
    assert tasks("The Clerk will press on with the survey.") == []
