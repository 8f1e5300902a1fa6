"""Shapes read in the thirtieth step. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

import pytest

from cpb_tui.actions import extract_from_resolution
from cpb_tui.importers import ImportProblem
from tests.stored import stored_text, tasks


def _agreed(text: str) -> list[str]:
    """The tasks the decision `text`, an agreement, gives."""
    return [action.text for action in extract_from_resolution(text, "agreed")]


def _resolved(text: str) -> list[str]:
    return [action.text for action in extract_from_resolution(text, "resolved")]


# --- tasks ---------------------------------------------------------------------------------------------------------------


def test_asking_a_body_for_something_names_whom_to_ask():
    # "ask the Trust for a grant": the Trust is asked, it is not the task
    assert _resolved("To ask the Wexcombe Church Trust for a grant towards the clock.") == [
        "Ask the Wexcombe Church Trust for a grant towards the clock"
    ]
    # a request for a thing is still the thing
    assert _resolved("To request a further report for the July meeting.") == ["Further report for the July meeting"]


def test_a_second_errand_after_also_keeps_the_doer_before_it():
    assert _agreed(
        "That the Clerk would find a price to mend the gate; also to ask the Wexcombe Church Trust for a grant towards it."
    ) == [
        "The Clerk to find a price to mend the gate",
        "The Clerk to ask the Wexcombe Church Trust for a grant towards it",
    ]
    # with no doer before, the errand stands alone
    assert _agreed("To mend the bench; also to paint the gate.") == ["Mend the bench", "Paint the gate"]


# --- items ---------------------------------------------------------------------------------------------------------------


def test_standing_headings_run_into_these_or_a_weekday_and_the_heading_above_them(tmp_path):
    # "Minutes of the Previous Meeting These were ...": an item of this meeting, which keeps the heading above its own
    text = (
        "Minutes of the meeting of Wexcombe Parish Council held on 4th March 2032\n\n"
        "Apologies Cllr Dace sent her apologies.\n\n"
        "Minutes of the Previous Meeting These were approved as accurate and signed.\n\n"
        "Highways The verge by the pond is still broken; the clerk will report it to the county.\n\n"
        "Date of Next Meeting Wednesday 7th April 2032 at 7.30pm in the hall.\n"
    )
    meeting, items = stored_text(tmp_path, "wexcombe.txt", text)
    assert meeting.committee == "Wexcombe Parish Council"
    assert [item.title for item, _, _ in items] == ["Apologies", "Minutes of the Previous Meeting", "Highways", "Date of Next Meeting"]
    assert items[1][1] == ["These were approved as accurate and signed."]
    assert [action.text for action in items[2][2]] == ["The clerk to report it to the county"]


def test_earlier_minutes_cited_under_matters_arising_are_points_not_items(tmp_path):
    # "9 (a) Playing Field", "8 (1) Station Road": the earlier minutes' numbers, cited; item 5 follows item 4
    text = (
        "Minutes of the meeting of Wexcombe Community Council held on 4th March 2032\n"
        "1. Apologies\nNone.\n2. Minutes\nAccepted as correct.\n3. Declarations\nNone.\n"
        "4. Matters arising from the minutes:\n"
        "9 (a) Playing Field\nThe bin by the swings was talked of again last month. The Clerk to ask the fencer whether a new bin is needed.\n"
        "8 (1) Station Road\nThis was ongoing.\n"
        "8 (2) Station Road pavement\nIt was agreed that the lane needs resurfacing, the Clerk to contact the county council.\n"
        "9 (2) Speed Limit\nStill a worry, the Clerk to contact our county councillor.\n"
        "The Clerk was told to claim his expenses.\n"
        "5. Planning\nNone received.\n"
    )
    _, items = stored_text(tmp_path, "wexcombe.txt", text)
    assert [item.number for item, _, _ in items] == ["1", "2", "3", "4", "5"]
    assert sorted(action.text for action in items[3][2]) == [
        "The Clerk to ask the fencer whether a new bin is needed",
        "The Clerk to claim his expenses",
        "The Clerk to contact our county councillor",
        "The Clerk to contact the county council",
    ]


def test_running_numbers_in_brackets_still_run_together(tmp_path):
    text = (
        "Minutes of the meeting of Wexcombe Community Council held on 3 May 2032\n\n4 (514) MINUTES: approved and signed.\n\n"
        "5 (515) POLICE REPORT: no crimes were reported.\n\n6 (516) PLANNING: none.\n"
    )
    _, items = stored_text(tmp_path, "wexcombe.txt", text)
    assert [item.number for item, _, _ in items] == ["4 (514)", "5 (515)", "6 (516)"]


def test_a_tag_naming_the_body_in_the_singular_tells_the_decided_errand_again(tmp_path):
    text = (
        "Minutes of the meeting of Wexcombe Parish Council held on 4th March 2032\n\n"
        "1. Matters Arising\n\nThe Clerk said the old boundary stones were now looked after by a charity. "
        "Members agreed the Clerk would contact the Boundary Stones Trust again to ask whether it paints them. "
        "Action: Clerk to contact Boundary Stone Trust\n\n2. Close\n\nThe meeting closed at 9pm.\n"
    )
    _, items = stored_text(tmp_path, "wexcombe.txt", text)
    assert len(items[0][2]) == 1


def test_a_body_to_be_asked_or_written_to_about_something():
    assert tasks("The district council to be asked about the freehold of the green.") == [
        ("Ask the district council about the freehold of the green", ())
    ]
    assert tasks("A donation to be asked for from the church trust.") == [("Ask for a donation from the church trust", ())]
    assert tasks("The county to be written to about the blocked drain.") == [("Write to the county about the blocked drain", ())]


def test_the_stop_lost_before_the_clerk_and_a_tag_after_a_point_of_its_own():
    # "... out for six weeks Clerk to write again": a sentence ends before the doer
    text = (
        "The lamp by the mill has been out for six weeks Clerk to write again.\n"
        "New floodlights at the depot are shining straight into the eyes of drivers at the crossroads.\n(Act Clerk)"
    )
    assert sorted(tasks(text)) == [
        ("Clerk to write again", ("Clerk",)),
        ("New floodlights at the depot are shining straight into the eyes of drivers at the crossroads", ("Clerk",)),
    ]
    # a remark after the task is no point of its own, and "the Clerk" is the tag's "Clerk"
    assert tasks("The Clerk will write to the county about the drain. This is urgent. (Act Clerk)") == [
        ("The Clerk to write to the county about the drain", ("Clerk",))
    ]
    assert tasks("Cllr Ames asked Clerk to write to the county.") == [("Clerk to write to the county", ("Clerk",))]


def test_each_doers_errand_after_a_semicolon_and_a_clerks_task_in_brackets():
    text = (
        "Village fete - the date is fixed for 6th June; RB has found a band who will play on the green; "
        "KT will talk about the history of the green; clerk will send invitations & put up posters."
    )
    assert tasks(text) == [("KT to talk about the history of the green", ("KT",)), ("Clerk to send invitations & put up posters", ("Clerk",))]
    assert tasks("The phone box wants a coat of paint (clerk to contact the phone company)") == [
        ("Clerk to contact the phone company", ("clerk",))
    ]


def test_a_passive_after_the_condition_it_waits_for():
    assert tasks("Once the hall is mended the chairs will be returned to the school.") == [("Return the chairs to the school", ())]
    assert tasks("It was agreed that as soon as this is fixed this will be send to the members.") == [("Send this to the members", ())]


def test_a_caution_and_an_events_place_and_time_are_no_tasks():
    assert _agreed(
        "that timber shelters would be used until sturdier ones can be had and that the look of the timber shelters "
        "would be taken into consideration at the planning stage."
    ) == []
    assert tasks("ii) (Minute 14 (iv)) it was confirmed that the 'First Aid Training' would be held at Hillside School at 7pm on 4th May 2031.") == []


def test_a_heading_that_leaves_out_the_year_takes_the_one_whose_calendar_fits(tmp_path):
    # 4th March fell on a Tuesday in 2031; the page names 2031 only in its next meeting's date
    text = (
        "Meeting of the Wexcombe Community Council held in the hall on Tuesday 4th March @ 7pm\nPresent: A Ames, B Dace\n"
        "1. Apologies\nNone.\n2. Next meeting\nThe next meeting will be on Tuesday 1st April 2031.\n"
    )
    meeting, _ = stored_text(tmp_path, "wexcombe.txt", text)
    assert (meeting.committee, meeting.date.isoformat()) == ("Wexcombe Community Council", "2031-03-04")
    # a weekday that fits neither that year nor the one before gets no year put in
    (tmp_path / "friday").mkdir()
    meeting, _ = stored_text(tmp_path / "friday", "wexcombe.txt", text.replace("Tuesday 4th March", "Friday 4th March"))
    assert meeting.date.isoformat() != "2031-03-04" and meeting.date.month != 3


def test_the_place_a_council_met_is_no_part_of_its_name(tmp_path):
    text = (
        "Minutes of the Meeting of Wexcombe Parish Council In Wexcombe Village Hall on Monday 22nd July 2030 at 7pm\n\n"
        "1. Apologies\nNone.\n"
    )
    meeting, _ = stored_text(tmp_path, "wexcombe.txt", text)
    assert (meeting.committee, meeting.date.isoformat()) == ("Wexcombe Parish Council", "2030-07-22")


def test_minutes_numbered_by_the_meeting_month_that_open_with_introductions_and_a_council_named_with_commas(tmp_path):
    text = (
        "Ashby, Kelby and Thorne Parish Council\n\n"
        "Parish Council Meeting minutes, 17th February 2031, in the Village Hall\n\n"
        "01/02/31 Introduction and apologies \u2013 apologies were received from Cllr Ames.\n\n"
        "02/02/31 Declarations of Interest \u2013 none were made.\n\n"
        "03/02/31 Reports \u2013 the police report was read.\n"
    )
    meeting, items = stored_text(tmp_path, "ashby.txt", text)
    assert meeting.committee == "Ashby, Kelby and Thorne Parish Council"
    assert [item.number for item, _, _ in items if item.number] == ["01/02/31", "02/02/31", "03/02/31"]


# --- the review's cases --------------------------------------------------------------------------------------------------


def test_the_review_cases_of_items(tmp_path):
    # a real item printed "4 (a) Planning" with no stop runs on from 3; a cited "9 (a)" jumps and does not
    text = (
        "Minutes of the meeting of Dunmere Parish Council held on 6th May 2031\n\n1 Apologies\nNone.\n\n2 Minutes\nSigned.\n\n"
        "3 Matters Arising\nNone.\n\n4 (a) Planning Applications\nNone received.\n\n4 (b) Planning Decisions\nNone.\n\n"
        "5 Finance\nThe Clerk to pay the mowing invoice.\n"
    )
    _, items = stored_text(tmp_path, "dunmere.txt", text)
    assert [(item.number, item.title) for item, _, _ in items][:5] == [
        ("1", "Apologies"), ("2", "Minutes"), ("3", "Matters Arising"), ("4", "Planning Applications"), ("5", "Finance")]
    # a running number whose bracket was left out once still runs on
    (tmp_path / "b").mkdir()
    text = ("Minutes of the meeting of Dunmere Town Council held on 6th May 2031\n\n223 (30) MINUTES\nSigned.\n\n224 PLANNING\nNone.\n\n"
            "225 (32) FINANCE\nNoted.\n")
    _, items = stored_text(tmp_path / "b", "dunmere.txt", text)
    assert [item.number for item, _, _ in items] == ["223 (30)", "224", "225 (32)"]
    # a standing heading run into its text keeps its own title, whatever colon comes later
    (tmp_path / "c").mkdir()
    text = ("Minutes of the meeting of Dunmere Parish Council held on 6th May 2031\n\nPublic Questions There were none.\n\n"
            "Highways These potholes were reported to the county: Lark Lane and Mill Lane.\n\nPlanning This month there were none.\n\n"
            "Correspondence Mondays are now the only day for bulky waste.\n")
    _, items = stored_text(tmp_path / "c", "dunmere.txt", text)
    assert [item.title for item, _, _ in items] == ["Public Questions", "Highways", "Planning", "Correspondence"]


def test_the_review_cases_of_tasks(tmp_path):
    # a remark after a doer's task is no task of its own, whatever its length
    assert tasks("JH will contact the owner about the hedge on Back Lane. There has been no reply to the two letters sent "
                 "last year. ACTION JH") == [("JH to contact the owner about the hedge on Back Lane", ("JH",))]
    assert tasks("The Clerk will chase the contractor. Cllr Brown noted that the work had been promised for the spring. (Action: Clerk)") == [
        ("The Clerk to chase the contractor", ("Clerk",))]
    # speaking for the council is an errand; a chair in brackets is furniture; "Clerk to the Council" is a post
    assert tasks("Cllr Moss to speak on the council's behalf at the planning committee.") == [
        ("Cllr Moss to speak on the council's behalf at the planning committee", ("Cllr Moss",))]
    assert tasks("The hall needs seating (chair to replace the broken one was bought).") == []
    assert tasks("Mrs Grey, acting as Clerk to the Council, will write to the county about the verge.") == [
        ("Mrs Grey to write to the county about the verge", ("Mrs Grey",))]
    assert tasks("The Chairman or Clerk to sign the cheques in future, with a second signatory.") == []
    # whom to ask, when no doer's word names them
    assert tasks("The school to be asked for permission to use the car park.") == [("Ask the school for permission to use the car park", ())]
    assert _resolved("To invite Cllr Dawes for a site meeting at the allotments.") == ["Invite Cllr Dawes for a site meeting at the allotments"]
    # "; also to be copied": no doer carried into a passive
    assert _resolved("that the Clerk send a letter to the school; also to be copied to the Governors.")[0] == "The Clerk to send a letter to the school"
    # a decision list's semicolons part each doer's errand, "will" as well as "to"
    assert _resolved("that the verge at Pound Corner be cut; the Clerk will instruct the contractor; also to tell the residents.") == [
        "Cut the verge at Pound Corner", "The Clerk to instruct the contractor", "The Clerk to tell the residents"]
    # an action log's lines, each with its state
    text = ("Minutes of the meeting of Dunmere Parish Council held on 7th February 2031\n\n3. Action log\n"
            "Clerk to write to the county about the footpath - ongoing\nCllr Frost to inspect the allotments - ongoing\n"
            "Clerk to contact the school about parking - completed\n\n4. Close\nClosed at 9pm.\n")
    _, items = stored_text(tmp_path, "dunmere.txt", text)
    assert [(a.text, a.owners) for a in items[0][2]] == [
        ("Clerk to write to the county about the footpath - ongoing", ("Clerk",)), ("Cllr Frost to inspect the allotments - ongoing", ("Cllr Frost",))]


def test_errands_of_two_named_doers_stay_two(tmp_path):
    text = ("Minutes of the meeting of Dunmere Parish Council held on 7th February 2031\n\n3. Allotments\n"
            "RESOLVED that the Clerk inspect the allotments.\n\nCllr Frost to inspect the allotments.\n\n4. Close\nClosed at 9pm.\n")
    _, items = stored_text(tmp_path, "dunmere.txt", text)
    assert sorted(a.text for a in items[0][2]) == ["Cllr Frost to inspect the allotments", "The Clerk to inspect the allotments"]


def test_minutes_numbered_by_the_councils_year_and_a_running_number_and_month_numbers_out_of_turn(tmp_path):
    text = (
        "TOWN COUNCIL Minutes of Ordinary Meeting held in the Hall at 7:00pm, 25th November 2031\n\n"
        "3132/093 Apologies for Absence Cllr Ames\n\n3132/094 Declarations of Interest NONE\n\n"
        "3132/095 Estates Item deferred.\n\n3132/085 Cllr Best asked about the fence. The Clerk would write.\n\n"
        "3132/096 Matters Arising Nothing further.\n"
    )
    _, items = stored_text(tmp_path, "town.txt", text, committee="Wexcombe Town Council")
    assert [item.number for item, _, _ in items] == ["3132/093", "3132/094", "3132/095", "3132/096"]
    (tmp_path / "b").mkdir()
    text = (
        "Minutes of the meeting on Monday 6th January 2031 at 7 pm in the School\n\n"
        "02/01/31 Apologies: Cllr Ames\n\n01/01/31 Elect Chair Cllr Best agreed to take the chair.\n\n"
        "03/01/31 Minutes from the Last Meeting The record of the December meeting of 2030 was agreed.\n\n04/01/31 Declaration of Interest None.\n"
    )
    _, items = stored_text(tmp_path / "b", "cc.txt", text, committee="Wexcombe Community Council")
    assert [item.number for item, _, _ in items][-3:] == ["02/01/31", "03/01/31", "04/01/31"]


def test_the_clerk_by_the_posts_full_name_and_doers_joined_by_an_ampersand():
    assert tasks("It was suggested this be an item next time. The Clerk to the Council would look into it as well and e-mail members.") == [
        ("The Clerk to look into it as well and e-mail members", ("the Clerk",))]
    assert tasks("R. Vane & A. Frost to meet the visitors at the hall on Saturday 9th.") == [
        ("R. Vane & A. Frost to meet the visitors at the hall on Saturday 9th", ("R. Vane", "A. Frost"))]


def test_the_second_review_cases(tmp_path):
    # a list after a colon stays with its task; doers wrapped over two lines stay together
    assert tasks("Clerk to order:\nTwo Picnic Benches\nOne Litter Bin") == [("Clerk to order : Two Picnic Benches One Litter Bin", ("Clerk",))]
    assert tasks("The swings are worn. Cllr Ames and\nCllr Best to inspect the play area before\nthe next meeting.") == [
        ("Cllr Ames and Cllr Best to inspect the play area before the next meeting", ("Cllr Ames", "Cllr Best"))]
    # an explanation or a question before the tag is no point of its own
    assert tasks("JH will contact the owner about the hedge on Back Lane. The owner is living abroad and is hard to reach by post. ACTION JH") == [
        ("JH to contact the owner about the hedge on Back Lane", ("JH",))]
    assert tasks("The Clerk will order a new grit bin for Church Hill. Members asked whether the old bin needs to be removed first. (Action: Clerk)") == [
        ("The Clerk to order a new grit bin for Church Hill", ("Clerk",))]
    # things asked for are never the ones asked; a matter is asked about
    assert tasks("Quotes to be asked for the new fence at the play area.") == [("Ask for Quotes for the new fence at the play area", ())]
    assert tasks("The matter of the water supply to be asked about at the allotment AGM.") == [
        ("Ask about the matter of the water supply at the allotment AGM", ())]
    # a lettered item two numbers on from the last is still an item
    text = ("Minutes of the meeting of Dunmere Parish Council held on 6th May 2031\n\n3 Matters Arising\nNone.\n\n5 Finance\nNoted.\n\n"
            "7 (a) Planning Applications\nThe Clerk to send the response to the district council.\n\n8 Close\nClosed.\n")
    _, items = stored_text(tmp_path, "dunmere.txt", text)
    assert [item.number for item, _, _ in items] == ["3", "5", "7", "8"]


def test_a_year_is_put_in_only_from_the_meetings_the_page_names(tmp_path):
    # a lease's end never gives the heading's weekday its year (12th March 2030 is a Tuesday too)
    text = ("Kingsmead Parish Council\nMinutes of the meeting held on Tuesday 12th March at 7.30pm\n\n1. Apologies\nNone.\n\n"
            "2. Allotments\nThe lease runs until 31st March 2030.\n")
    # (nor is the lease's end the meeting's day: with no year printed in its heading, cpb asks)
    with pytest.raises(ImportProblem, match="which date"):
        stored_text(tmp_path, "kingsmead.txt", text, committee="Kingsmead Parish Council")


def test_the_clerk_is_told_when_the_meetings_year_was_put_in():
    from cpb_tui.importers.context import find_context

    found = find_context(["Meeting of the Wexcombe Community Council held in the hall on Tuesday 4th March @ 7pm", "",
                          "1. Next meeting", "The next meeting will be on Tuesday 1st April 2031."])
    assert found.date.value.isoformat() == "2031-03-04"
    assert found.date.evidence.endswith("[the year is not printed: taken from the page's other meeting dates]")
