"""Shapes read in the thirty-first step. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

import datetime as dt

import pytest

from cpb_tui.importers import ImportProblem
from tests.stored import stored_text


def _page(body: str) -> str:
    return (
        "Minutes of the meeting of Harnby Parish Council held on Monday 6th February 2034 at 7pm\n\n"
        "1. Apologies\nCllr Orr sent her apologies.\n\n"
        f"2. Play Area\n{body}\n\n"
        "3. Date of Next Meeting\nMonday 6th March 2034.\n"
    )


def test_a_meeting_scheduled_for_a_day_and_an_item_for_some_months_time(tmp_path):
    # "the meeting scheduled for 21 March": that day after the meeting; "for 12 months' time": a year on
    _, items = stored_text(tmp_path, "harnby.txt", _page(
        "The Clerk to bring the parking survey to the meeting scheduled for 21 March.\n"
        "It was agreed to add an agenda item for 12 months' time so that members can judge the new rota."
    ))
    dues = {action.text: action.due_meeting_date or action.due_date for action in items[1][2]}
    assert dues == {
        "The Clerk to bring the parking survey to the meeting scheduled for 21 March": dt.date(2034, 3, 21),
        "Add an agenda item for 12 months' time so that members can judge the new rota": dt.date(2035, 2, 6),
    }


def test_a_lease_for_some_months_is_no_due(tmp_path):
    _, items = stored_text(tmp_path, "harnby.txt", _page("The Clerk to renew the kiosk lease for 12 months."))
    [action] = items[1][2]
    assert (action.due_meeting_date, action.due_date) == (None, None)


def test_an_aside_between_will_and_the_errand(tmp_path):
    _, items = stored_text(tmp_path, "harnby.txt", _page(
        "Cllr Pell will, however, contact the contractor about the swings. The Clerk would, however, be away in March."
    ))
    assert [(action.text, action.owners) for action in items[1][2]] == [("Cllr Pell to contact the contractor about the swings", ("Cllr Pell",))]


def test_a_reasons_heading_ends_a_numbered_decision_list(tmp_path):
    # ModernGov minutes: "RESOLVED to (1) ...; (2) ...; and (3) ..." then "Reasons" over a numbered paragraph
    text = (
        "Agenda and minutes\n\nItems\nNo. Item\n\n7.\n\nLibrary Opening Hours\n\nMinutes:\n\n"
        "7.1     The Cabinet Member for Leisure read a paper on the hours.\n\n \n\nDECISIONS\n\n \n\n"
        "7.2     The Cabinet Member for Leisure RESOLVED to (1) agree the new opening hours;\n\n \n\n(2)  agree the staffing plan; and\n\n \n\n"
        "(3) agree a review of the hours in a year.\n\n \n\nReasons\n\n \n\n7.3     The new hours fit the budget set by the council.\n\n"
        "8.\n\nAny other business\n\nMinutes:\n\nNone.\n"
    )
    _, items = stored_text(tmp_path, "lead.txt", text, committee="Cabinet Member for Leisure", date=dt.date(2034, 5, 2))
    assert items[0][1] == ["agree the new opening hours;", "agree the staffing plan; and", "agree a review of the hours in a year."]


def test_items_printed_with_the_word_item_keep_it_on_long_run_on_lines(tmp_path):
    # "Item 3. Last meeting's notes. The notes ...": the number belongs to "Item", never a run cut out of the line
    text = (
        "Minutes of the meeting of Glenmorrow Community Council held on Monday 14th September 2033 at 7.00pm\n"
        "Present: Ann Rowe, Chair (AR), Ted Vass, Secretary (TV), Nina Holt (NH)\n"
        "Item 2. Apologies. Apologies were received from Rob Lowe, who is away on holiday until the end of the month.\n"
        "Item 3. Last meeting's notes. The notes of the July meeting were adopted unchanged, proposed by AR.\n"
        "Item 4. Matters arising. (1) Bus shelter. The shelter glass is still broken. TV will write to the bus company again. TV Action.\n"
        "Item 5. Chair's report. (AR) Little to report this month; the Chair moved on to the next item to save some time.\n"
        "Item 6. Secretary's report. (TV) (1) Dog fouling. Complaints go on, and some of the bins on the green have gone missing"
        " since the spring. Painting the pavement near the worst spots could be tried again, with new posters giving the fines."
        " Secretary will ask the council for more bins. TV Action. (2) Street lights at the ford. Drivers still go too fast on"
        " the hill and the lights are too bright for them at night. It was suggested that the lower limit should be carried on"
        " past the school and round the green, and that the lamps be turned down. Secretary to pass both ideas to the police. TV Action.\n"
    )
    _, items = stored_text(tmp_path, "glenmorrow.txt", text)
    assert [(item.number, item.title) for item, _, _ in items] == [
        ("2", "Apologies"), ("3", "Last meeting's notes"), ("4", "Matters arising."), ("5", "Chair's report"), ("6", "Secretary's report")
    ]
    assert [action.text for action in items[4][2]] == ["Secretary to ask the council for more bins", "Secretary to pass both ideas to the police"]


def test_lettered_references_of_a_page_flattened_a_page_a_line(tmp_path):
    # a PDF's transcript: each page one long line opening with its page number; the minutes' references run on over pages
    text = (
        "1 ORCHARD VALE DISTRICT COUNCIL Minutes of the Leisure and Culture Committee Meeting held on Monday 3 March 2031 at 6.00pm"
        " in the Council Chamber, Vale House, Orchard Vale In Attendance: Councillor Pike (Chair) Councillor Dunn Councillor Marsh"
        " Councillor Tate Councillor Webb Councillor Yates (Non Committee Members) Councillor Lowe Officials in Attendance:"
        " Ms R Shaw, Director of Leisure, Culture and Tourism Mr P Grey, Assistant Director, Museums and Heritage Mr D Kerr,"
        " Assistant Director, Parks and Events Ms L Ford, Democratic Services Officer LC/21/2031: APOLOGIES Apologies were received from Councillor Webb. LC/22/2031: DECLARATIONS OF INTEREST"
        " There were no declarations of interest. LC/23/2031: ACTION SHEET The action sheet of the February meeting was noted.\n\n"
        "2 Proposed by Councillor Dunn and seconded by Councillor Tate, the action sheet of the meeting"
        " held in February was noted, with the progress made on each of its points since then. LC/24/2031: MUSEUM OPENING HOURS Report dated"
        " 3 March 2031 from the Head of Culture on the museum's winter hours. (Copy circulated) It was agreed to keep the winter"
        " hours as they are for another year.\n"
    )
    meeting, items = stored_text(tmp_path, "orchard.txt", text)
    assert meeting.committee == "Leisure and Culture Committee"
    assert [item.number for item, _, _ in items] == ["LC/21/2031", "LC/22/2031", "LC/23/2031", "LC/24/2031"]


def test_a_word_export_that_lost_its_spaces_in_dates_and_after_minute_numbers(tmp_path):
    text = (
        "Minutes of the Meeting of Eastcombe Town Council\nheld on Monday 9March2032 at 7.00pm\n"
        "Present: Cllr Ray Dent (Chair), Cllr Sue Moss, Cllr Ian Lott\n"
        "31/88To receive Apologies: Cllr Joan Pike\n"
        "31/89To receive Declarations of Interest: none were made\n"
        "31/90To adopt the notes of the January meeting held on9 February 2032\n"
        "The minutes were adopted as a true record. Carried.\n"
        "31/91Chairman's Report\nThe Chair thanked the volunteers who cleared the brook.\n"
    )
    meeting, items = stored_text(tmp_path, "eastcombe.txt", text)
    assert (meeting.committee, meeting.date) == ("Eastcombe Town Council", dt.date(2032, 3, 9))
    assert [item.number for item, _, _ in items] == ["31/88", "31/89", "31/90", "31/91"]
    assert items[2][0].title == "To adopt the notes of the January meeting held on 9 February 2032"


def test_a_points_heading_and_colon_before_a_named_doers_task(tmp_path):
    _, items = stored_text(tmp_path, "harnby.txt", _page(
        "a) Land at Mill Road: Town Clerk to forward the surveyor's email to Cllr Orr.\n\n"
        "The hall's roof leaks again. Members were in agreement to ask the trustees for an update on the roof.\n\n"
        "Purpose: to consider the hall's accounts."
    ))
    # ("Members were in agreement to ..." is the meeting's decision since the forty-seventh step: its task the council's, as
    # "Members agreed to ask ..." gives)
    assert sorted((action.text, action.owners) for action in items[1][2]) == [
        ("Ask the trustees for an update on the roof", ()),
        ("Town Clerk to forward the surveyor's email to Cllr Orr", ("Town Clerk",)),
    ]


def test_setting_a_date_and_forming_a_list_or_group_are_errands(tmp_path):
    _, items = stored_text(tmp_path, "harnby.txt", _page(
        "RT to set a date for the first meeting of the steering group.\n\n"
        "The Clerk is to form a short list of dates for the village newsletter.\n\n"
        "Members to set an example by picking up litter. The Chair hoped members would form an opinion by March."
    ))
    assert [(action.text, action.owners) for action in items[1][2]] == [
        ("RT to set a date for the first meeting of the steering group", ("RT",)),
        ("The Clerk to form a short list of dates for the village newsletter", ("the Clerk",)),
    ]


def test_a_doers_list_announced_as_follows_gives_each_bullet_to_the_doer(tmp_path):
    # a Word export flattened onto one line, its symbol-font bullets (U+F0B7) in the middle of it
    _, items = stored_text(tmp_path, "harnby.txt", _page(
        "RT reported on the grant for the new swings. Action \u2013 CB to book the hall for the opening. Action - RT to action as"
        " follows; \uf0b7 Instruct a fitter to put up the swings \uf0b7 Invite the school to the opening on 14th March at 3pm"
        " \uf0b7 Thanks to the grant panel"
    ))
    assert [(action.text, action.owners) for action in items[1][2]][1:] == [
        ("RT to instruct a fitter to put up the swings", ("RT",)),
        ("RT to invite the school to the opening on 14th March at 3pm", ("RT",)),
    ]
    assert items[1][2][0].text.startswith("CB to book the hall for the opening")
    assert items[1][2][2].due_date == dt.date(2034, 3, 14)


def test_arrangements_to_be_communicated_are_an_errand():
    from cpb_tui.actions import extract_from_resolution

    assert [a.text for a in extract_from_resolution("That the parade's arrangements be communicated to all the groups taking part.", "resolved")] == [
        "Communicate the parade's arrangements to all the groups taking part"
    ]


def test_a_reported_passive_loses_the_word_that_reported_it():
    from cpb_tui.actions import extract_from_resolution

    assert [a.text for a in extract_from_resolution("Indicated that Routes 2 and 5 set out in the report should be pursued further.", "resolved")] == [
        "Pursue Routes 2 and 5 set out in the report further"
    ]


def test_a_numbered_list_of_cheques_is_no_run_of_items(tmp_path):
    text = (
        "Minutes of the meeting of Wexby Parish Council held on Tuesday 8th October 2030 at 7.30pm\n\n"
        "1. Apologies were accepted from Cllr Reed. 2. Declarations of interest \u2013 none 3. Minutes of the last meeting were"
        " approved and duly signed. 4. Matters arising \u2013 none. 5. Finance\n\n"
        "Cheques approved as follows:\n\n"
        "612 \u2013 Village Hall \u2013 18.00 [hire of hall]\n\n613 \u2013 J. Moss \u2013 265.40 [clerk's salary]\n\n"
        "614 \u2013 HMRC \u2013 96.20 [tax]\n\n615 \u2013 Wexby School \u2013 1,000.00 [donation]\n\n"
        "616 \u2013 Wexby PCC \u2013 500.00 [donation]\n\n617 \u2013 Air Ambulance \u2013 250.00 [S. 137]\n\n"
        "618 \u2013 Mowing Co \u2013 340.00 [grass]\n\n"
        "6. Planning\nNo applications were received.\n"
    )
    _, items = stored_text(tmp_path, "wexby.txt", text)
    assert [item.number for item, _, _ in items] == ["1", "2", "3", "4", "5", "6"]


def test_minutes_whose_every_line_became_a_dash_and_a_heading_dated_before_held(tmp_path):
    # headings and their text all on dashes; the heading's own date comes before "Held at", the last meeting's after it
    text = (
        "Minutes of Annual Assembly for Residents Wednesday 15 May 2030\nHeld at 7.30pm in Arnby Village Hall\n"
        "Present: Cllr Reed (Chairman), Cllr Lowe, Cllr Marsh and two members of the public.\n"
        "- Minutes of the last assembly for residents of 16 May 2029\n- The minutes were approved last year and were read again.\n"
        "- Matters arising from the Minutes\n- Members noted that the lane by the church is still flooding after heavy rain, as it"
        " was a year ago. The Council would keep asking the county to clear the drain.\n"
        "- Chairman's Report\n- The Chair gave her review of the year, and copies of it were handed round.\n"
        "- Questions for the Council\n- A resident asked about the bus shelter. The Council agreed to write to the bus company about it.\n"
    )
    meeting, items = stored_text(tmp_path, "arnby.txt", text)
    assert (meeting.committee, meeting.date) == ("Annual Assembly for Residents", dt.date(2030, 5, 15))
    assert [item.title for item, _, _ in items] == [
        "Minutes of the last assembly for residents of 16 May 2029", "Matters arising from the Minutes", "Chairman's Report", "Questions for the Council",
    ]
    assert [action.text for action in items[3][2]] == ["Write to the bus company about it"]


def test_a_decision_told_in_a_bullet_ends_at_the_next_bullet(tmp_path):
    _, items = stored_text(tmp_path, "harnby.txt", _page(
        "Action plan update\n\n"
        "  \u2022 Village sign\n"
        "  \u2022 The clerk said the plans had gone in. It was agreed that the clerk would brief the members following the visit\n"
        "  \u2022 Bus shelter\n"
        "  \u2022 The planters are now on order. Planting was discussed\n"
        "  \u2022 It was AGREED that the clerk would buy two planters for the shelter"
    ))
    assert items[1][1] == [
        "Agreed that the clerk would brief the members following the visit",
        "Agreed that the clerk would buy two planters for the shelter",
    ]


def test_an_action_line_with_no_colon_names_who_owns_the_task_above(tmp_path):
    _, items = stored_text(tmp_path, "harnby.txt", _page(
        "Pavilion \u2013 The Clerk reported damage to the garage roof. It was suggested that the Clerk write to the police"
        " once more about the break-in.\n\nAction Clerk\n\n"
        "Action Plan Update\n\nThe plan was read through and noted."
    ))
    # (the suggestion names the Clerk, so the task reads as the Clerk's since the thirty-third step)
    assert [(action.text, action.owners) for action in items[1][2]] == [
        ("The Clerk to write to the police once more about the break-in", ("Clerk",))
    ]


def test_a_closing_tag_takes_the_sentence_that_suggested_the_clerk_act(tmp_path):
    _, items = stored_text(tmp_path, "harnby.txt", _page(
        "The Clerk reported that the garage roof had been damaged. It was suggested that the Clerk write to the police"
        " once more about the break-in. Ben Hale also reported that stones had gone from the wall. Action Clerk"
    ))
    assert [(action.text, action.owners) for action in items[1][2]] == [
        ("The Clerk to write to the police once more about the break-in", ("Clerk",))
    ]


def test_points_on_bullets_after_a_dash_stay_points(tmp_path):
    text = (
        "Minutes of the meeting of Ashby Fold Parish Council held on Monday 2nd June 2031 at 7.30pm\n\n"
        "- CAR PARKING\nThe car park lines are to be repainted in the summer.\n\n"
        "- PARISH HALL\nThe hall's works were reviewed:\n"
        "- Painting the doors \u2013 a quotation of \u00a3400 had been received.\n"
        "- Repairs to the drains \u2013 work completed.\n"
        "- Levelling the drive \u2013 work to start soon.\n\n"
        "- ALLOTMENTS\nAll plots are let.\n"
    )
    _, items = stored_text(tmp_path, "ashby.txt", text)
    assert [item.title for item, _, _ in items] == ["Car Parking", "Parish Hall", "Allotments"]


def test_the_meetings_own_procedure_a_standard_and_a_papers_description_are_no_tasks():
    from cpb_tui.actions import extract_from_minutes, extract_from_resolution

    assert extract_from_resolution("It was agreed to bring forward item 6 (Planning) because the applicant had come.", "agreed") == []
    assert extract_from_resolution("To suspend Standing Orders so that the vote on item 5 is by ballot.", "resolved") == []
    assert extract_from_resolution("That terms in the kiosk leases are fair and equitable.", "resolved") == []
    assert extract_from_minutes("A note of the steps to be followed while item 8 is considered is attached.") == []
    # a paper that goes with a task leaves the task
    assert [a.text for a in extract_from_minutes("The Clerk to send the letter, a copy of which is attached.")] == [
        "The Clerk to send the letter, a copy of which is attached"
    ]
    # an item brought back at a later meeting is work still to do
    assert [a.text for a in extract_from_resolution("To bring forward item 6 to the next meeting.", "resolved")] != []


def test_members_participating_resolved_and_a_remote_meeting_names_no_body(tmp_path):
    text = (
        "DRAFT Minutes of Remote Zoom Meeting held on Thursday 18 September 2031 at 7 p.m.\n\n"
        "  1. Open Forum.\n    No members of the public took part.\n"
        "  2. Apologies for Absence: Ann Lowe (AL)\n"
        "    Members participating unanimously RESOLVED to accept the apology sent by AL.\n"
        "  3. Minutes of Previous Meeting\n"
        "    Councillors present unanimously RESOLVED that the August minutes be signed.\n"
    )
    with pytest.raises(ImportProblem, match="which committee"):
        stored_text(tmp_path, "zoom.txt", text)
    meeting, items = stored_text(tmp_path, "zoom.txt", text, committee="Hollins Parish Council")
    assert meeting.date == dt.date(2031, 9, 18)
    assert [clauses for _, clauses, _ in items] == [
        [],
        ["Members participating unanimously RESOLVED to accept the apology sent by AL."],
        ["Councillors present unanimously RESOLVED that the August minutes be signed."],
    ]


def test_towards_the_end_of_a_month_is_a_due(tmp_path):
    _, items = stored_text(tmp_path, "harnby.txt", _page("The Clerk would follow up the broadband works towards the end of April."))
    assert [(a.text, a.due_date) for a in items[1][2]] == [("The Clerk to follow up the broadband works towards the end of April", dt.date(2034, 4, 30))]


def test_a_tag_after_a_line_telling_of_a_fault_makes_the_fault_the_doers_task(tmp_path):
    _, items = stored_text(tmp_path, "harnby.txt", _page(
        "a) Square\nStrimming done\n\nb) Street lights\nLamp 12 on all the time (Act Clerk)\n\nc) Allotment hedge - (Act Clerk)\n\nd) Benches\nBench by the pond broken (Act JS)"
    ))
    found = [(a.text, a.owners) for _, _, actions in items for a in actions]
    assert found == [("Lamp 12 on all the time", ("Clerk",)), ("Bench by the pond broken", ("JS",))]


def test_bare_references_run_on_over_a_flattened_pages_lines_only_four_or_more(tmp_path):
    words = " The Chair thanked those who had come and asked that the hall be booked again for the spring."
    text = (
        "Minutes of the meeting of Tewby Parish Council held on Monday 6th March 2031 at 7pm. 14/31 Apologies none were received."
        + words + " 15/31 Minutes were signed by the Chair." + words + " 16/31 Matters arising there were none." + words
        + " \uf0b7 Book the hall for the fair \uf0b7 Tell the school about the fair 17/31 Speed watch no sessions were held." + words + "\n"
    )
    _, items = stored_text(tmp_path, "tewby.txt", text)
    assert [item.number for item, _, _ in items if item.number] == ["14/31", "15/31", "16/31", "17/31"]


# --- the step's review cases ------------------------------------------------------------------------------------------


def _tasks_of(tmp_path, body: str) -> list[tuple[str, tuple[str, ...]]]:
    folder = tmp_path / str(len(list(tmp_path.iterdir())))  # (a store of its own each time)
    folder.mkdir()
    _, items = stored_text(folder, "harnby.txt", _page(body))
    return [(action.text, action.owners) for _, _, actions in items for action in actions]


def test_review_owner_lines_and_lists(tmp_path):
    # headings that open with "Action" name no one, and "NFA" or "TBC" is no owner
    assert _tasks_of(tmp_path, "Fraud calls to older residents are rising.\n\nAction Fraud Alert\n\nThe group met twice.\n\n"
                     "Action Group Report\n\nNo more to be done here.\n\nAction NFA") == []
    # a decision above its owner line is the task; the sentence before it is no second one
    assert _tasks_of(tmp_path, "Residents complained about lorries again. It was agreed that the Clerk would write to the haulier.\n\nAction Clerk") == [
        ("The Clerk to write to the haulier", ("the Clerk",))
    ]
    # a remark over an owner's initials is no task
    assert _tasks_of(tmp_path, "Cllr Cope said the orchard group would like more trees. Members were happy with this.\n\nAction RC") == []
    # a status before the colon: done work is no task, outstanding work is
    assert _tasks_of(tmp_path, "Completed: Clerk to order the new bench.\n\nOutstanding: Clerk to chase the county about the drain.") == [
        ("Clerk to chase the county about the drain", ("Clerk",))
    ]
    # a list announced "the following tasks": bullets that are errands, the rest left as they are
    assert [text for text, _ in _tasks_of(tmp_path, "Clerk to carry out the following tasks:\n- Issue the new tenancy letters\n"
                                          "- Thanks to the volunteers\n- Return the keys to the hall")] == [
        "Clerk to issue the new tenancy letters", "Clerk to return the keys to the hall"
    ]


def test_review_filters_and_dues(tmp_path):
    from cpb_tui.actions import extract_from_minutes, extract_from_resolution

    assert extract_from_resolution("To bring forward item 9 to the October meeting when the tree officer can attend.", "resolved") != []
    assert extract_from_resolution("To suspend standing orders so that Mr Hay could speak, and for the Clerk to write to the river authority.", "resolved") != []
    assert [a.text for a in extract_from_minutes("The Clerk to obtain three quotes for the fence; the specification is attached.")] == [
        "The Clerk to obtain three quotes for the fence; the specification is attached"
    ]
    assert extract_from_minutes("The county was in agreement to install the new sign.") == []
    dues = {a.text: a.due_date for _, _, actions in stored_text(tmp_path, "harnby.txt", _page(
        "The Clerk to chase the surveyor, whose visit arranged for 2 January did not happen.\n\n"
        "The Clerk to pay £50 towards May Day costs."
    ))[1] for a in actions}
    assert set(dues.values()) == {None}


def test_review_dates_items_and_decisions(tmp_path):
    meeting, _ = stored_text(tmp_path, "a.txt", "Minutes of the Annual Parish Meeting for the year ended 31 March 2031\n"
                             "Held in the Village Hall on Wednesday 21 May 2031 at 7pm\n\n1. Apologies\nNone.\n\n2. Reports\nThe reports were read.\n")
    assert meeting.date == dt.date(2031, 5, 21)
    _, items = stored_text(tmp_path, "b.txt", "Minutes of the meeting of Harnby Parish Council held on Monday 6th February 2034\n\n"
                           "Items 1 & 2. Welcome and Apologies: all were present.\nItem 3. Correspondence\n14.01.34. Letter from the county about grit.\n"
                           "20.01.34. Letter from the school.\nItem 4. Planning\nNo applications.\n")
    assert [(item.number, item.title) for item, _, _ in items] == [("2", "Welcome and Apologies"), ("3", "Correspondence"), ("4", "Planning")]
    _, items = stored_text(tmp_path, "c.txt", "Agenda and minutes\n\n12.\n\nParking\n\nMinutes:\n\nRESOLVED:\n\n"
                           "1. That the new tariff be approved.\n\n2. That the Head of Parking consults the towns.\n\nReasons\n\n"
                           "The tariff keeps within the budget.\n\n3. That the income forecast be noted.\n\n13.\n\nAny other business\n\nMinutes:\n\nNone.\n",
                           committee="Cabinet", date=dt.date(2034, 2, 6))
    assert items[0][1] == ["That the new tariff be approved.", "That the Head of Parking consults the towns.", "That the income forecast be noted."]
    _, items = stored_text(tmp_path, "d.txt", _page("It was resolved to approve the following payments\n- Clerk salary \u00a3612.40\n- Hall hire \u00a345.00"))
    assert items[1][1] == ["Clerk salary \u00a3612.40", "Hall hire \u00a345.00"]
    (tmp_path / "e").mkdir()
    _, items = stored_text(tmp_path / "e", "e.txt", _page(
        "  \u2022 Village sign\n  \u2022 It was agreed that the clerk would chase the planning officer and\n  \u2022 report back at the March meeting.\n  \u2022 Grit bins"
    ))
    assert items[1][1] == ["Agreed that the clerk would chase the planning officer and\n\n- report back at the March meeting."]
