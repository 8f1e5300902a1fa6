"""The sixty-second step: lettered and roman points under an item, each with its own topic and text, read as the
sub-items they are, however the page set them down (glued to their mark, apart from their text by blank lines, the first
run on after the item's title, all of them run on in one line). Texts the project wrote, about fictional bodies."""

from __future__ import annotations

from datetime import date

import pytest

from cpb_tui.importers import ImportProblem, load
from tests.stored import page_items, stored_page

_HEAD = "Minutes of the meeting of Wendling Parish Council held on Tuesday 1 May 2036 in the Village Hall.\n\n"


def _numbers(tmp_path, page: str, **asked) -> list[str]:
    return [item.number for item, _, _ in page_items(tmp_path, page, **asked)]


def _tasks_of(tmp_path, page: str) -> dict[str, list[str]]:
    return {item.number: [task.text for task in found] for item, _, found in page_items(tmp_path, page) if found}


# --- points glued to their mark, or apart from their text ---------------------------------------------------------------


def test_bracketed_points_glued_to_their_text_are_sub_items(tmp_path):
    page = _HEAD + (
        "001/36: Apologies: none.\n\n"
        "002/36: Highways and byways:\n\n"
        "(a)Direction signs at the crossroads are still not in place.\n\n"
        "(b)12 Mill Lane \u2013 no reply from the owner. Clerk to ask the county for the letters sent.\n\n"
        "(c)Road closures for the show will be as last year.\n\n"
        "003/36: Play area: the new swings are in.\n"
    )
    numbers = _numbers(tmp_path, page)
    assert numbers == ["001/36", "002/36", "002/36(a)", "002/36(b)", "002/36(c)", "003/36"]
    assert _tasks_of(tmp_path, page) == {"002/36(b)": ["Clerk to ask the county for the letters sent"]}


def test_lettered_short_titles_past_blank_and_space_only_lines_are_sub_items(tmp_path):
    page = (
        "Agenda item - Minutes of Cabinet, Monday 19 March 2036, Harrowby City Council\n\n"
        "183.\n\nLEADER'S ANNOUNCEMENTS\n\nMinutes:\n\n"
        "(a)       Digital Awards\n\n\u00a0\n\nThe Leader reported that the council had won two awards for its website.\n\n\u00a0\n\n"
        "(b)            Hallam Park Trust\n\n\u00a0\n\nThe Leader reported a letter from the park's trustees about its closure.\n\n\u00a0\n\n"
        "(c)            Flood Wardens\n\n\u00a0\n\nThe Leader thanked the wardens for their work in the storms.\n"
    )
    assert _numbers(tmp_path, page, committee="Cabinet")[-3:] == ["183a", "183b", "183c"]


def test_roman_points_written_as_sentences_under_matters_arising_are_sub_items(tmp_path):
    page = _HEAD + (
        "1. Apologies:\n\nApologies were received from Cllr Burns.\n\n"
        "2. Matters Arising:\n\n"
        "i) The Clerk was asked whether the bus counts had been obtained. Clerk to check with the county.\n\n"
        "ii) Cllr Moody asked that the mast application be recorded as refused.\n\n"
        "iii) The benches by the pond are broken. Clerk to obtain two quotations for the next meeting.\n\n"
        "3. Open Forum:\n\nNo one spoke.\n"
    )
    assert _numbers(tmp_path, page) == ["1", "2", "2(i)", "2(ii)", "2(iii)", "3"]
    found = _tasks_of(tmp_path, page)
    assert found["2(i)"] == ["Clerk to check with the county"]
    assert found["2(iii)"] == ["Clerk to obtain two quotations for the next meeting"]


# --- the first point run on after the item's title ------------------------------------------------------------------------


def test_a_first_point_run_on_after_the_title_is_a_sub_item_with_those_below(tmp_path):
    page = _HEAD + (
        "01/2036 Apologies \u2013 Cllrs Rowe and Dunn.\n\n"
        "02/2036 Members' Declarations : a. Declarations of interest \u2013 Cllr Hale declared an interest in item 04/2036.\n\n"
        "b. Gifts over \u00a325 \u2013 none.\n\n"
        "c. Register of interests \u2013 members were reminded to bring their forms up to date.\n\n"
        "03/2036 Casual Vacancy \u2013 no one had come forward.\n"
    )
    assert _numbers(tmp_path, page) == ["01/2036", "02/2036", "02/2036(a)", "02/2036(b)", "02/2036(c)", "03/2036"]


def test_points_run_on_in_the_item_line_are_each_a_sub_item(tmp_path):
    page = _HEAD + (
        "4458/36 APOLOGIES Apologies were received from Cllr Rowe.\n\n"
        "4459/36 CHAIRMAN'S REPORT a) The Chairman reminded members of the rules for online meetings. "
        "b) Letter from the district's chief executive on support for parish councils. The Clerk to reply with thanks.\n\n"
        "4460/36 FINANCE The payments were approved.\n"
    )
    assert _numbers(tmp_path, page) == ["4458/36", "4459/36", "4459/36(a)", "4459/36(b)", "4460/36"]
    assert _tasks_of(tmp_path, page) == {"4459/36(b)": ["The Clerk to reply with thanks"]}


def test_dotted_points_run_on_in_a_long_item_line_are_sub_items(tmp_path):
    page = _HEAD + (
        "7. The minutes of the last meeting were approved and signed.\n\n"
        "8. Matters Arising from the meeting held on 3 April 2036 a. Break-ins on the estate \u2013 the police confirmed there "
        "had been one break-in, not two, and an attempt the following week; patrols of the hall car park found nothing. "
        "b. Email accounts \u2013 (Action: Clerk to set up the new accounts with Cllr Bailey.) c. Letter headed paper \u2013 "
        "(Action: Clerk to get three quotes) d. Dog fouling on the playing field \u2013 the district will supply two signs.\n\n"
        "9. Close\nThe meeting closed at 9pm.\n"
    )
    numbers = _numbers(tmp_path, page)
    assert numbers[-6:] == ["8", "8a", "8b", "8c", "8d", "9"]
    found = _tasks_of(tmp_path, page)
    assert found["8b"] == ["Clerk to set up the new accounts with Cllr Bailey"]
    assert found["8c"] == ["Clerk to get three quotes"]


# --- guards: a decision's clauses, and letters inside a sentence, stay where they are -------------------------------------


def test_a_decisions_lettered_clauses_run_on_after_the_title_stay_clauses(tmp_path):
    page = _HEAD + (
        "1. Apologies \u2013 none.\n\n"
        "2. Planning: a) that the application for the barn be supported b) that the Clerk write to the district.\n\n"
        "3. Close \u2013 the meeting closed at 9pm.\n"
    )
    assert _numbers(tmp_path, page) == ["1", "2", "3"]


def test_roman_clauses_of_a_resolution_are_no_sub_items(tmp_path):
    page = _HEAD + (
        "1. Apologies:\n\nNone.\n\n"
        "2. Budget:\n\nIt was RESOLVED:\n\n"
        "i) to set the precept at \u00a312,000;\n\nii) to keep \u00a32,000 in reserve;\n\niii) to review the budget in October.\n\n"
        "3. Close:\n\nThe meeting closed at 9pm.\n"
    )
    assert _numbers(tmp_path, page) == ["1", "2", "3"]


def test_a_letter_and_a_stop_inside_a_sentence_are_no_points(tmp_path):
    page = _HEAD + (
        "1. Apologies \u2013 none.\n\n"
        "2. Car park \u2013 the group looked at plan a. It was too costly, so plan b. Was put to the district instead, and "
        "the district will reply in June after its own board has met and its officers have visited the site twice more "
        "to measure the bays, the kerbs and the drains, which the group asked them to do before the summer.\n\n"
        "3. Close \u2013 the meeting closed at 9pm.\n"
    )
    assert _numbers(tmp_path, page) == ["1", "2", "3"]


# --- item numbers that became bullets in an export -----------------------------------------------------------------------


def test_bulleted_agenda_headings_over_their_text_are_items(tmp_path):
    page = (
        "Minutes of Meeting of the Parish Council held on Monday, 7 April 2036 at 7.30pm at Ashby Community Centre.\n"
        "Present:\nCllr Ann Rowe\nCllr Ben Dunn\nCllr Cara Hale (Chair)\n"
        "- To receive apologies for absence\nApologies were received from Cllr Penn.\n"
        "- To note the resignation of Cllr Dev Ross \u2013 Noted\n"
        "RESOLVED: To send a letter of thanks to Cllr Ross for her years of service.\n"
        "- To consider co-option of two Councillors for the North Ward\n"
        "RESOLVED: To co-opt Erin Wade as a Parish Councillor for the North Ward\nThe other vacancy will be advertised again.\n"
        "- To receive declarations of interest from Councillors\nCllr Hale \u2013 item 12 (non-pecuniary)\n"
    )
    found = page_items(tmp_path, page, committee="Ashby Parish Council")
    assert [item.title for item, _, _ in found] == [
        "To receive apologies for absence",
        "To note the resignation of Cllr Dev Ross",  # (its outcome, "\u2013 Noted", read apart since the seventy-first step)
        "To consider co-option of two Councillors for the North Ward",
        "To receive declarations of interest from Councillors",
    ]
    assert [task.text for task in found[1][2]] == ["Send a letter of thanks to Cllr Ross for her years of service"]
    assert "Noted" in found[1][0].minutes  # (kept in its text; the decision below is its decision)


def test_bulleted_points_written_as_sentences_are_no_items(tmp_path):
    page = (
        "Notes of the meeting of the Ashby Allotments Group held on Monday, 7 April 2036 at the pavilion.\n"
        "- The water troughs have been filled for the season.\nTwo plots are still empty.\n"
        "- Rents for next year will stay the same.\nThe treasurer will write to every tenant.\n"
        "- The skip will come in May.\nTenants should not leave glass in it.\n"
    )
    found = page_items(tmp_path, page)
    assert len(found) <= 1


# --- opening business before the first numbered item ---------------------------------------------------------------------


def test_an_open_meeting_heading_over_its_paragraph_before_the_numbers_is_an_item(tmp_path):
    page = (
        "A meeting of Wendling Parish Council was held at the Village Hall on Thursday 10th November 2036, commencing at 7.45 p.m.\n\n"
        "Present: Mr J. Vale (Chairman), Mr S Joss, Mr Paul Lane,\n\nMr I McFee, Mr C Grove, Mr J Sayle\n\n"
        "Apologies: Mrs C Jago, Mr S Hill\n\n"
        "In Attendance: Clerk to the Parish Council, Village Hall Manager\n\n"
        "Open Meeting\n\nThe low attendance and the absence of any questions made for a brief open meeting.\n\n"
        "106. Declarations of Interest\n\nMrs Lane declared an interest in item 110 on the agenda.\n\n"
        "107. Minutes of the last meeting\n\nResolved that the minutes of the meeting held on 13 October 2036 be approved.\n\n"
        "108. Matters Arising\n\nNone.\n"
    )
    found = page_items(tmp_path, page)
    assert [(item.number, item.title) for item, _, _ in found][:2] == [(None, "Open Meeting"), ("106", "Declarations of Interest")]


def test_declarations_with_their_answer_on_one_line_before_the_numbers_are_an_item(tmp_path):
    page = (
        "Wendling Community Council Minutes of Meeting 10/10/36\n"
        "Present: J Moss (Chair), C Dean (Minutes), A Bell, K Gill\n"
        "Apologies: V Noon, E Glen\n"
        "JM welcomed everyone to the meeting.\n"
        "Declarations of Interest: None\n"
        "1. Minutes of last meeting\nThe minutes were agreed.\n"
        "2. Police Report\nNo officer attended.\n"
        "3. Planning\nNo applications.\n"
    )
    found = page_items(tmp_path, page, committee="Wendling Community Council", date=date(2036, 10, 10))
    assert [(item.number, item.title) for item, _, _ in found][:2] == [(None, "Declarations of Interest"), ("1", "Minutes of last meeting")]
    assert not any(item.title.startswith("Apologies") for item, _, _ in found)


# --- the meeting's day, where the heading did not say it ------------------------------------------------------------------


def test_a_venue_line_with_the_weekday_day_and_hour_gives_the_meeting_date(tmp_path):
    page = (
        "Minutes of Meeting\n"
        "Wesleyan Chapel Schoolroom on Tuesday 26th September 2036 at 7.30pm.\n"
        "Present: Cllr D Penn, who presided, Cllrs J Oakes and P Stone with the Clerk.\n"
        "1. Apologies.\nCllr A Bell.\n"
        "2. Minutes of the Meeting held on 25th July 2036.\nThe minutes were approved.\n"
    )
    meeting, _ = stored_page(tmp_path, page, committee="Wendling Parish Council")
    assert meeting.date == date(2036, 9, 26)


def test_a_month_first_day_over_draft_minutes_gives_the_meeting_date(tmp_path):
    page = (
        "November 8th 2036 DRAFT Minutes\n"
        "MINUTES OF THE MEETING OF SCARBY PARISH COUNCIL NOVEMBER 2036\n"
        "1) PRESENT - Cllr R Wade (Chair) Cllr S Wade (Acting Clerk)\n"
        "2) PUBLIC SESSION - No public present\n"
        "3) REPORTS - The Chair reported on the bus shelter.\n"
    )
    meeting, _ = stored_page(tmp_path, page)
    assert (meeting.committee, meeting.date) == ("Scarby Parish Council", date(2036, 11, 8))


def test_the_next_meetings_weekday_day_and_hour_is_not_this_meetings_date(tmp_path):
    page = (
        "Minutes of Meeting\n"
        "Present: Cllr D Penn, who presided, Cllrs J Oakes and P Stone with the Clerk.\n"
        "The next meeting will be on Tuesday 24th October 2036 at 7.30pm.\n"
        "1. Apologies.\nCllr A Bell.\n"
    )
    with pytest.raises(ImportProblem, match="date"):
        stored_page(tmp_path, page, committee="Wendling Parish Council")


def test_a_decisions_lettered_clauses_after_its_lead_in_on_the_item_line_keep_the_lead_in(tmp_path):
    page = _HEAD + (
        "1. Apologies\nNone.\n\n"
        "2. Play area It was agreed a) To buy a new swing b) To repaint the fence. The Clerk to order both.\n\n"
        "3. Close\nThe meeting closed.\n"
    )
    path = tmp_path / "minutes.txt"
    path.write_text(page, encoding="utf-8")
    items = load(path)[1].meetings[0].items
    assert [item.number for item in items] == ["1", "2", "3"]
    assert [(r.label, r.lead_in, r.text) for r in items[1].resolutions] == [
        ("a", "Agreed", "To buy a new swing"), ("b", "Agreed", "To repaint the fence. The Clerk to order both."),
    ]


# --- the body and the day in a title line ------------------------------------------------------------------------------------


def test_a_body_then_minutes_of_meeting_and_a_two_figure_year_gives_both(tmp_path):
    page = (
        "Wendling Community Council Minutes of Meeting 10/10/36\n"
        "Present: J Moss (Chair), C Dean (Minutes), A Bell, K Gill\n"
        "1. Minutes of last meeting\nThe minutes were agreed.\n"
        "2. Police Report\nNo officer attended.\n"
    )
    meeting, _ = stored_page(tmp_path, page)
    assert (meeting.committee, meeting.date) == ("Wendling Community Council", date(2036, 10, 10))


def test_draft_minutes_for_a_councils_meeting_held_on_a_day_gives_both(tmp_path):
    page = (
        "DRAFT Minutes for Kerran Community Council Meeting held on 17 July 2036 at The Museum, Port Kerran\n"
        "Those Present: Ann Hill Chairman, John Mack Vice Chairman, Jan Cole\n"
        "Apologies: Duncan Fife. Declarations of Interest: None.\n"
        "Police Report \u2013 No major crimes were reported in June.\n"
    )
    meeting, _ = stored_page(tmp_path, page)
    assert (meeting.committee, meeting.date) == ("Kerran Community Council", date(2036, 7, 17))


def test_minutes_of_meeting_with_no_body_named_still_asks_which_body(tmp_path):
    page = (
        "Minutes of Meeting 10/10/36\n"
        "Present: J Moss (Chair), C Dean (Minutes), A Bell, K Gill\n"
        "1. Minutes of last meeting\nThe minutes were agreed.\n"
        "2. Police Report\nNo officer attended.\n"
    )
    with pytest.raises(ImportProblem, match="committee"):
        stored_page(tmp_path, page)


# --- guards the review's fictional pages asked for -------------------------------------------------------------------------


def test_bullets_wrapped_onto_a_second_line_stay_the_groups_points(tmp_path):
    page = (
        "Notes of the meeting of the Orton Parish Council Hedges Group held on Monday 15 February 2037 at the Pavilion.\n\n"
        "Present: Cllr A Bell, Cllr C Dean, Mrs J Kemp.\n\n"
        "The group looked at the planting scheme and agreed the following points:\n"
        "- The group will plant forty whips along the west hedge of the\n  recreation ground in March, with help from the school.\n"
        "- Mrs Kemp will ask the Tree Council for a free pack of whips\n  and guards before the end of the month.\n"
        "- Cllr Dean will check with the County Council whether the verge\n  on Mill Road can be planted.\n"
    )
    (_, clauses, found), = page_items(tmp_path, page)
    assert len(clauses) == 3
    assert [task.owners for task in found] == [("the group",), ("Mrs Kemp",), ("Cllr Dean",)]


def test_letters_naming_plots_inside_a_sentence_are_no_points(tmp_path):
    page = _HEAD + (
        "1. Apologies: Cllr Vane.\n\n"
        "2. Planning: Members looked again at the plans for Plot a. The applicant has moved the access to the east side and "
        "lowered the roof. Plot b. Remains as it was and members had nothing to add. Plot c. Will now have a garage of its own, "
        "which members thought too large. Agreed to make no objection. Clerk to write to the district.\n\n"
        "3. Close: the meeting closed at 8.25pm.\n"
    )
    found = page_items(tmp_path, page)
    assert [item.number for item, _, _ in found] == ["1", "2", "3"]
    assert [task.text for task in found[1][2]] == ["Clerk to write to the district"]


def test_declarations_answered_above_a_public_forum_line_leave_the_forum_its_item(tmp_path):
    page = (
        "Minutes of the meeting of Oxley Parish Council held on Tuesday 1 June 2037 at 7.30pm in the Memorial Hall.\n\n"
        "Present: Cllrs K Dyke (Chair), L Eggar, M Fitch.\nApologies: None.\n"
        "Declarations of Interest: none\nPublic Forum: no members of the public present.\n\n"
        "1. Minutes\nThe minutes of the May meeting were approved.\n\n2. Close\nThe meeting closed at 8pm.\n"
    )
    titles = [item.title for item, _, _ in page_items(tmp_path, page)]
    assert "Public Forum" in titles


def test_a_bare_open_session_label_is_no_item(tmp_path):
    page = (
        "Minutes of the meeting of Oxley Parish Council held on Thursday 25 March 2037 at 7.30pm in the Village Hall.\n\n"
        "Present: Cllrs N Ide (Chair), P Jolly, R Kitto.\n\nOPEN SESSION\n\n"
        "1. Apologies\nCllr Mabey.\n\n2. Minutes\nThe minutes of 25 February 2037 were approved.\n\n"
        "CLOSED SESSION\n3. Staffing\nThe Clerk's appraisal was discussed.\n"
    )
    assert [item.number for item, _, _ in page_items(tmp_path, page)][0] == "1"


def test_lettered_parts_under_a_decision_label_past_blank_lines_stay_its_clauses(tmp_path):
    page = (
        "Decision Notice\nOxley District Council - Cabinet\nDecision date: 21 May 2036\n\n"
        "Item 5: Pool Contract\n\nDecision:\n\n(a)       Approved\n\n\u00a0\n\nThe contract be awarded to Swimwell Ltd for five years.\n\n"
        "(b)       Delegated\n\n\u00a0\n\nAuthority be delegated to the Director of Place to finalise terms.\n\n"
        "Reasons for decision: best value tender.\n"
    )
    numbers = [item.number for item, _, _ in page_items(tmp_path, page)]
    assert "5a" not in numbers and "5(a)" not in numbers


@pytest.mark.parametrize(
    "line",
    [
        "Posted on Wednesday 4th October 2036 at 10.15am by the Clerk",
        "Comments on the plan must reach the Clerk on Friday 6th October 2036 at 5pm",
        "A site visit is planned on Saturday 30th September 2036 at 10am before the meeting.",
    ],
)
def test_a_day_and_hour_that_are_not_where_and_when_the_meeting_sat_are_no_date(tmp_path, line):
    page = (
        "Minutes of the Ordinary Meeting\n" + line + "\n\nPresent: Cllrs T Noon (Chair), U Ogle, V Pine.\n\n"
        "1. Apologies\nNone.\n\n2. Close\nThe meeting closed at 8.10pm.\n"
    )
    with pytest.raises(ImportProblem, match="date"):
        stored_page(tmp_path, page, committee="Oxley Parish Council")


def test_a_venue_line_under_the_council_and_its_heading_keeps_the_council(tmp_path):
    page = (
        "Oxley Parish Council\nMinutes of the Ordinary Meeting\n"
        "Wesleyan Chapel Schoolroom on Tuesday 26th September 2036 at 7.30pm.\n\n"
        "Present: Cllrs T Noon (Chair), U Ogle, V Pine.\n\n1. Apologies\nNone.\n\n2. Close\nThe meeting closed at 8.10pm.\n"
    )
    meeting, _ = stored_page(tmp_path, page)
    assert (meeting.committee, meeting.date) == ("Oxley Parish Council", date(2036, 9, 26))


# --- a minute numbered with the body's letters and the year, alone over its title -------------------------------------------


def test_minute_numbers_with_the_bodys_letters_alone_over_their_titles_are_items(tmp_path):
    page = (
        "Agenda and draft minutes\n\nVenue: Council Chamber - Shire Hall.\n\nItems\nNo. Item\n\n"
        "1/FC/36\n\nElection of Town Mayor for 2036-37\n\nTo receive nominations for the election of the Town Mayor.\n\n"
        "Minutes:\nCllr Rees was elected Town Mayor for 2036-37.\n\n"
        "2/FC/36\n\nElection of Deputy Mayor for 2036-37\n\nTo receive nominations for the Deputy Mayor.\n\n"
        "Minutes:\nCllr Hale was elected Deputy Mayor.\n"
    )
    found = page_items(tmp_path, page, committee="Ashby Town Council", date=date(2036, 5, 9))
    assert [(item.number, item.title) for item, _, _ in found] == [
        ("1/FC/36", "Election of Town Mayor for 2036-37"), ("2/FC/36", "Election of Deputy Mayor for 2036-37"),
    ]


# --- a run of minutes run together in one paragraph, that the page's own lines go on with ------------------------------------


_RUN_TOGETHER = (
    "Minutes of a Meeting of Haxby Parish Council Held on Tuesday 17th June 2036 in the Village Hall at 7.30 pm\n\n"
    "Present: Cllrs Ann Frome (Chair), Tim Fell, John Hull and Fiona Kemp\n\n"
    "21.36 PUBLIC FORUM Members of the public may address the Council from 7.30 pm to 7.45 pm. Three residents came to "
    "hear about the village plan and asked when the first draft would be ready for them to read. "
    "22.36 APOLOGIES FOR ABSENCE Cllr Frome proposed accepting the apologies of Cllr Bow and Cllr Penn, seconded by "
    "Cllr Hull and resolved to be approved by the Parish Council. "
    "23.36 MINUTES OF THE ANNUAL MEETING HELD ON TUESDAY 3RD JUNE 2036 Cllr Frome proposed approving the minutes, "
    "seconded by Cllr Hull and resolved to be approved by the Parish Council. "
    "24.36 MATTERS ARISING FROM THE LAST MINUTES The Clerk reported that the bench by the pond has been mended and the "
    "new litter bin is on order from the district, with delivery expected before the end of the month.\n\n"
    "25.36 MEMBERS' DECLARATIONS OF INTEREST\n\nNone.\n\n26.36 PLANNING\n\nNo applications.\n"
)


def test_minutes_run_together_in_a_paragraph_that_the_pages_lines_go_on_with_are_items(tmp_path):
    numbers = [item.number for item, _, _ in page_items(tmp_path, _RUN_TOGETHER)]
    assert numbers == ["21.36", "22.36", "23.36", "24.36", "25.36", "26.36"]


def test_numbers_in_a_paragraph_that_the_page_does_not_go_on_with_stay_its_text(tmp_path):
    page = _RUN_TOGETHER.replace("25.36 MEMBERS' DECLARATIONS OF INTEREST", "31.36 MEMBERS' DECLARATIONS OF INTEREST").replace(
        "26.36 PLANNING", "32.36 PLANNING")
    numbers = [item.number for item, _, _ in page_items(tmp_path, page)]
    assert "22.36" not in numbers


_PARAGRAPH_OF_NUMBERS = (
    "Minutes of the meeting of Haxby Parish Council held on Tuesday 17th June 2036 in the Village Hall at 7.30 pm\n\n"
    "1. Apologies\nNone.\n\n2. Community Cafe\nThe cafe group set out its list for the summer: {run} The members "
    "thought the list fair, said it should go on the noticeboard and in the magazine, and asked the group to report on how "
    "the summer had gone at the meeting in the autumn, with the takings set against the costs of the hall and the food.\n"
    "{next}\nRESOLVED to agree the list.\n\n3. Close\nThe meeting closed at 9pm.\n"
)


@pytest.mark.parametrize(
    "run, following",
    [
        ("1.50 Tea or squash for the children and the helpers 2.50 Coffee from the new machine in the kitchen 3.50 Cake made "
         "by the volunteers on the Friday", "4.50 Soup and a roll"),
        ("12.00 Opening by the chair of the show committee 13.00 Dog show on the lower field 14.00 Tug of war between the "
         "pubs 15.00 Produce judging in the marquee", "16.00 Prize giving"),
        ("21.3 Housing Mix as the plan sets it out for the new estates 22.3 Affordable Housing on the larger sites 23.3 "
         "Design Codes for the conservation area", "24.3 Green Gaps"),
    ],
)
def test_prices_times_and_sections_in_a_paragraph_are_no_minutes(tmp_path, run, following):
    page = _PARAGRAPH_OF_NUMBERS.format(run=run, next=following)
    numbers = [item.number for item, _, _ in page_items(tmp_path, page)]
    assert numbers[:2] == ["1", "2"] and numbers[-1] == "3"
    assert not any("." in (number or "") for number in numbers)


def test_a_planning_lists_references_with_their_sites_are_no_lettered_minutes(tmp_path):
    page = _HEAD + (
        "1. Apologies\nNone.\n\n2. Minutes\nThe minutes were approved.\n\n3. Planning Applications\n"
        "3/PA/36 Land at Mill Farm: no objection.\n4/PA/36 Two storey extension at 5 Church Lane: no objection.\n\n"
        "4. Highways\nThe potholes on Mill Lane are worse. Clerk to chase the county council.\n\n"
        "5. Close\nThe meeting closed at 9pm.\n"
    )
    assert not any("/PA/" in (item.number or "") for item, _, _ in page_items(tmp_path, page))
