"""The forty-fourth step: a page holding the agenda's list and then the minutes. Texts the project wrote, about fictional
bodies."""

from __future__ import annotations

import datetime as dt

import pytest

from cpb_tui.importers import ImportProblem, load
from tests.stored import page_items as _items, stored_page, tasks

# An agenda's list, a line saying where the minutes begin, and the minutes on the council's running numbers
_RUNNING = (
    "Agenda and Minutes - 11.03.2037\n"
    "To be held on Wednesday 11th March 2037 in the Reading Room at 7.30pm\n"
    "1. Apologies\n"
    "2. Notes of the meeting held on 14th January 2037 to be approved as the minutes\n"
    "3. Bus shelter repairs\n"
    "4. Defibrillator training\n"
    "5. Village hall lease\n"
    "6. Finance\n"
    "Agenda prepared by the Chair\n"
    "Meeting Minutes\n"
    "71. Attended by: Cllrs Ivo Penrose (Chair), Mary Quayle and Tobias Ench.\n"
    "72. Apologies: Cllr Ruth Lamb sent her apologies, which were accepted.\n"
    "73. Minutes of the meeting on 14 January 2037 were approved and signed.\n"
    "74. Bus shelter repairs: the glazing on the east side is cracked. Action: Cllr Quayle to get two quotes for new panels.\n"
)

# The same, numbered again from 1 under a sentence that opens the minutes, and cut short after the third minute (a
# page's opening, as a search shows it)
_AGAIN = (
    "Footways Committee\n"
    "NOTICE IS HEREBY GIVEN that a meeting of Ashby Fenn Parish Council Footways Committee will be held on Tuesday 6th October 2037.\n"
    "1. Apologies\n"
    "2. Election of a Chair\n"
    "3. Minutes of the meeting held on 2nd June 2037\n"
    "4. Stile on the bridleway\n"
    "- Replacement by the landowner\n"
    "- Signage at the lane end\n"
    "5. Reports of overgrown paths\n"
    "6. Date of next meeting\n"
    "R. Dunmore, Clerk to the Council\n"
    "A meeting of the Footways Committee of Ashby Fenn Parish Council was held on Tuesday 6th October 2037 in the Hall.\n"
    "1). Present were: Cllr A. Varley (Chair); Cllr B. Crane; Cllr C. Oddie.\n"
    "Apologies were received from Cllr D. Wren.\n"
    "2). Election of a Chair: Cllr Varley was elected Chair of the Committee for the year.\n"
    "3). Minutes of the meeting held on 2nd June 2037: The minutes were approved and signed by the Chair.\n"
)


def test_the_agenda_list_and_the_minutes_on_their_own_numbers_are_both_kept(tmp_path):
    found = _items(tmp_path, _RUNNING, committee="Wendling Parish Council")
    numbers = [item.number or item.minute_number for item, _, _ in found]
    # (the agenda, then where the minutes begin, with no number, in its place, then the minutes)
    assert numbers == ["1", "2", "3", "4", "5", "6", None, "71", "72", "73", "74"]
    shelter = next(actions for item, _, actions in found if (item.number or item.minute_number) == "74")
    assert [action.text for action in shelter] == ["Cllr Quayle to get two quotes for new panels"]
    # the line saying where the minutes begin heads their opening, never the agenda's last entry
    finance = next(item for item, _, _ in found if item.number == "6")
    assert "Meeting Minutes" not in (finance.minutes or "") + (finance.purpose or "")
    assert any(item.title == "Meeting Minutes" and item.number is None for item, _, _ in found)


def test_minutes_numbered_again_take_up_the_agenda_entries_of_their_numbers_and_the_rest_stay(tmp_path):
    meeting, found = stored_page(tmp_path, _AGAIN)
    assert meeting.date == dt.date(2037, 10, 6)
    titles = {item.number: item.title for item, _, _ in found if item.number}
    assert list(titles) == ["1", "2", "3", "4", "5", "6"]
    # 1 to 3 are the minutes (with their record), 4 to 6 the agenda's entries no minute reached
    assert titles["2"].startswith("Election of a Chair") and titles["4"] == "Stile on the bridleway"
    chair = next(clauses for item, clauses, _ in found if item.number == "2")
    assert chair == ["Cllr Varley was elected Chair of the Committee for the year."]
    stile = next(item for item, _, _ in found if item.number == "4")
    assert "Signage at the lane end" in (stile.purpose or "") + (stile.minutes or "")
    # the sentence opening the minutes is kept, as their opening, not inside "6. Date of next meeting"
    last = next(item for item, _, _ in found if item.number == "6")
    assert "was held on" not in (last.purpose or "") + (last.minutes or "")
    opening = [item for item, _, _ in found if item.number is None]
    assert opening and "was held on Tuesday 6th October 2037" in (opening[0].purpose or "") + (opening[0].minutes or "")


def test_a_list_under_the_last_minute_is_no_second_run_of_minutes(tmp_path):
    page = (
        "Minutes of the meeting of Wendling Parish Council held on 4 May 2037.\n"
        "1. Apologies\nNone.\n"
        "2. Minutes\nApproved.\n"
        "3. Planning\nNo applications.\n"
        "4. Correspondence\nThe following were received:\n"
        "1) A letter from the County Council about the verge cutting programme for the coming summer months.\n"
        "2) An invitation from the Rural Community Council to their annual general meeting in June.\n"
        "3) A newsletter from the Police about their work in the villages over the winter.\n"
    )
    numbers = [item.number for item, _, _ in _items(tmp_path, page)]
    assert numbers == ["1", "2", "3", "4"]


def test_an_agenda_alone_keeps_its_list(tmp_path):
    page = (
        "Wendling Parish Council\nNotice of meeting: Monday 8 June 2037 at 7pm in the Village Hall\nAGENDA\n"
        "1. Apologies\n2. Minutes of the last meeting\n3. Planning applications\n4. Finance\n5. Date of the next meeting\n"
    )
    numbers = [item.number for item, _, _ in _items(tmp_path, page)]
    assert numbers == ["1", "2", "3", "4", "5"]


# --- dues: "Dates of next meetings:" over a list of days; a next meeting named with its body and "due to be held on" ---------


def test_the_first_of_the_next_meetings_listed_without_a_year_dates_a_task_for_the_next_meeting(tmp_path):
    page = (
        "Minutes of the meeting of Wendling Parish Council held on Tuesday 15 May 2036 in the Village Hall.\n\n"
        "412. Bus shelter\nThe Clerk to obtain a quotation for new glazing for consideration at the next meeting.\n\n"
        "413. Dates of Next Meetings:\n11th June\n9th July\n6th August (only if needed)\n"
    )
    _, found = stored_page(tmp_path, page)
    shelter = next(actions for item, _, actions in found if item.number == "412")
    assert [(action.due_meeting_date or action.due_date) for action in shelter] == [dt.date(2036, 6, 11)]


def test_a_next_meeting_named_with_its_body_and_the_day_it_is_due_to_be_held_dates_the_task():
    from cpb_tui.actions.due import parse_due

    spec = parse_due("Refer the petition to the next meeting of the Joint Panel on Rural Transport, due to be held on 9 September 2036")
    assert (spec.kind, spec.year, spec.month) == ("meeting_month", 2036, 9)
    # (a meeting named with no day or month stays the next meeting, whatever body it is of)
    assert parse_due("Report back to the next meeting of the Joint Panel on Rural Transport").kind == "next_meeting"


# --- "Action – Clerk – contact the county": an action line's owner, a dash, then the task; a log's "Done" after it -----------


def test_an_action_line_naming_its_owner_then_a_dash_then_the_task_gives_the_owners_task():
    assert tasks("Action \u2013 Clerk \u2013 contact the county's highways team about the verge.") == [
        ("Clerk to contact the county's highways team about the verge", ("Clerk",))
    ]
    assert tasks("Action: Cllr Pryce - write to the school about parking at the gates.") == [
        ("Cllr Pryce to write to the school about parking at the gates", ("Cllr Pryce",))
    ]
    # (an owner whose own name holds a dash keeps it)
    assert tasks("Action \u2013 Head of Service \u2013 Highways to circulate the plan.") == [
        ("Head of Service \u2013 Highways to circulate the plan", ("Head of Service \u2013 Highways",))
    ]


def test_an_action_line_the_log_closes_after_it_is_no_open_task():
    for closed in ("Done", "Done.", "Completed 3/4/36", "Closed"):
        assert tasks(f"Action: Clerk to write to the school about parking. {closed}") == []
        assert tasks(f"ACTION: Clerk Notify the county of the vacancy. {closed}") == []
    assert tasks("Action: Clerk \u2013 write to the school about parking. Ongoing") == [
        ("Clerk to write to the school about parking", ("Clerk",))
    ]


# --- the agenda's list, then the minutes under the agenda's titles again, with no numbers ------------------------------------

_TITLES_AGAIN = (
    "Wendling Parish Council\n"
    "Agenda for the meeting to be held on Tuesday 3 March 2037 at 7pm in the Village Hall\n"
    "1. Apologies\n2. Minutes of the last meeting\n3. Play area\n4. Finance\n5. Date of next meeting\n\n"
    "Minutes\n"
    "Present: Cllrs Penrose (Chair), Quayle, Ench and the Clerk.\n"
    "Apologies\nCllr Lamb sent apologies, which were accepted.\n"
    "Minutes of the last meeting\nThe minutes of the meeting held on 3 February 2037 were approved and signed.\n"
    "Play area\nThe swings need new chains. Clerk to obtain two quotes for the work.\n"
    "Finance\nIt was resolved to pay the grass cutting invoice of \u00a3240.\n"
    "Date of next meeting\nTuesday 7 April 2037.\n"
)


def test_minutes_under_the_agenda_titles_again_file_each_minute_under_its_agenda_item(tmp_path):
    meeting, found = stored_page(tmp_path, _TITLES_AGAIN)
    # (the agenda's own day, though no body is named on its line; never the day of the minutes it approves)
    assert (meeting.committee, meeting.date) == ("Wendling Parish Council", dt.date(2037, 3, 3))
    by_number = {item.number: (clauses, [a.text for a in actions]) for item, clauses, actions in found}
    assert list(by_number) == ["1", "2", "3", "4", "5"]
    assert by_number["3"][1] == ["Clerk to obtain two quotes for the work"]
    assert by_number["4"][0] and "grass cutting invoice" in by_number["4"][0][0]
    assert by_number["5"] == ([], [])


def test_earlier_minutes_sent_with_an_agenda_are_not_read_as_its_meetings_record(tmp_path):
    page = _TITLES_AGAIN.replace("Minutes\nPresent:", "Minutes of the meeting held on 3 February 2037\nPresent:")
    found = _items(tmp_path, page)
    # the earlier meeting's minutes stay where they were (with the last item), never spread over this meeting's items
    play_area = next(actions for item, _, actions in found if item.number == "3")
    assert play_area == []


# --- what must not be read as an agenda over its minutes (from a review of the step) ------------------------------------------

_MINUTES_HEAD = "Minutes of the meeting of Sallow Green Parish Council held on Tuesday 9 June 2037 in the Village Hall.\n"


def test_a_short_list_inside_the_last_minute_is_no_second_run_of_minutes(tmp_path):
    page = _MINUTES_HEAD + (
        "1. Apologies: none received.\n2. Declarations of interest: none.\n3. Minutes of 12 May 2037: approved and signed.\n"
        "4. Planning: no applications this month.\n5. Police report\n"
        "In attendance: PCSO Irwin, who reported:\n1. A shed was broken into on Kiln Lane.\n2. Speed checks found nine drivers over the limit.\n"
        "The Chair thanked PCSO Irwin.\n"
    )
    found = _items(tmp_path, page)
    # (no minutes 6 and 7: since the sixty-third step, the report's two points under "5. Police report" are its points 5.1 and
    # 5.2, the labelling guide's "a point under an item with its own topic and text")
    assert [item.number for item, _, _ in found] == ["1", "2", "3", "4", "5", "5.1", "5.2"]
    assert "Kiln Lane" in found[5][0].title + (found[5][0].minutes or "")


def test_numbered_notes_under_an_agenda_are_no_minutes(tmp_path):
    page = (
        "Sallow Green Parish Council\nNotice of meeting: Tuesday 9 June 2037 at 7.30pm in the Village Hall\nAGENDA\n"
        "1. Apologies for absence\n2. Declarations of interest\n3. Planning applications\n4. Finance\n5. Date of next meeting\n"
        "Minutes of this meeting will be published on the website.\nNotes for members:\n"
        "1. Plans for item 3 are in the shared folder.\n2. The bank statement will be tabled.\n"
    )
    found = _items(tmp_path, page)
    assert [(item.number, item.title) for item, _, _ in found][:2] == [("1", "Apologies for absence"), ("2", "Declarations of interest")]
    assert len(found) == 5


def test_the_next_meetings_agenda_printed_after_the_minutes_is_not_this_meetings_business(tmp_path):
    page = _MINUTES_HEAD + (
        "61. Apologies: none received.\n62. Declarations of interest: none.\n63. Minutes of 12 May 2037: approved and signed.\n"
        "64. Bus shelter: Cllr Firth to get quotes for new glazing.\n65. Next meeting: Tuesday 14 July 2037.\n"
        "Minutes signed as a true record\nNEXT MEETING AGENDA - Tuesday 14 July 2037\n"
        "1. Apologies\n2. Declarations of interest\n3. Minutes of the meeting of 9 June 2037\n4. Bus shelter quotes\n"
    )
    assert [item.number for item, _, _ in _items(tmp_path, page)] == ["61", "62", "63", "64", "65"]


def test_an_agenda_entry_kept_among_the_minutes_holds_only_its_own_lines(tmp_path):
    page = (
        "Sallow Green Parish Council\nAgenda for the meeting to be held on Tuesday 9 June 2037 at 7.30pm\n"
        "1. Apologies\n2. Declarations of interest\n3. Minutes of the last meeting\n4. Bus shelter\n5. Playground inspection\n"
        "6. Finance\n\nMeeting Minutes\nPresent: Cllrs Ives (Chair), Firth and the Clerk.\n"
        "1. Apologies: Cllr Dane sent apologies.\n2. Declarations of interest: none were made.\n3. Minutes of the last meeting: approved.\n"
        "5. Playground inspection: the swings need new chains. Action: Clerk to order chains.\n"
    )
    found = {item.number: item for item, _, _ in _items(tmp_path, page)}
    # (the agenda's entries in number order among the minutes; where the minutes begin, with no number, after them)
    assert list(found) == ["1", "2", "3", "4", "5", "6", None]
    # (item 4 has no minute: its text is the agenda's, never the agenda's item 5 and 6 under it)
    assert "Playground" not in (found["4"].purpose or "") + (found["4"].minutes or "")
    assert "Action: Clerk to order chains" in (found["5"].minutes or "")


def test_a_day_given_under_the_next_meeting_is_never_the_meetings_own_and_a_meeting_moved_is_on_its_new_day(tmp_path):
    under_next = (
        "Sallow Green Parish Council\nMinutes of the Extraordinary Meeting\nPresent: Cllrs Ives, Firth and the Clerk.\n"
        "1. Election of Chair: Cllr Ives was elected.\n2. Date of next meeting\nTo be held on Tuesday 14 July 2037 at 7.30pm.\n"
    )
    (tmp_path / "p.txt").write_text(under_next)
    with pytest.raises(ImportProblem, match="which date"):
        load(tmp_path / "p.txt", committee="Sallow Green Parish Council")
    moved = (
        "Sallow Green Parish Council\nAgenda\n"
        "The meeting to be held on Tuesday 2 June 2037 has been moved to Tuesday 9 June 2037 at 7.30pm in the Village Hall.\n"
        "1. Apologies\n2. Declarations of interest\n3. Bus shelter\n"
    )
    postponed = "Sallow Green Parish Council\nAgenda\nHeld on Tuesday 9 June 2037 at 7pm (postponed from 2 June 2037)\n1. Apologies\n2. Bus shelter\n"
    for page in (moved, postponed):
        meeting, _ = stored_page(tmp_path, page, committee="Sallow Green Parish Council")
        assert meeting.date == dt.date(2037, 6, 9)


def test_dates_of_next_meetings_take_the_first_listed_and_only_a_list_of_days(tmp_path):
    task = "4. Bus shelter\nClerk to bring quotes for new glazing to the next meeting.\n"
    listed = _MINUTES_HEAD + task + "5. Dates of next meetings: 14 July, 8 September and 10 November 2037\n"
    _, found = stored_page(tmp_path, listed)
    assert [a.due_meeting_date or a.due_date for item, _, actions in found for a in actions] == [dt.date(2037, 7, 14)]
    works = _MINUTES_HEAD + task + "5. Building works\nThe Council will hold its next meetings at the school until 30 September 2037.\n"
    _, found = stored_page(tmp_path, works)
    assert [a.due_meeting_date or a.due_date for item, _, actions in found for a in actions] == [None]


def test_a_month_later_in_the_sentence_is_not_the_next_meetings():
    from cpb_tui.actions.due import parse_due

    for text in (
        "Clerk to report back at the next meeting with the costs of the repairs carried out in March",
        "Deferred to the next meeting as the tree surgeon cannot reach the site until early in December",
        "To be discussed at the next meeting together with the grant application, which closes on 30 September",
    ):
        assert parse_due(text).kind == "next_meeting", text


def test_a_next_meeting_of_a_body_on_a_day_keeps_its_day():
    from cpb_tui.actions.due import parse_due

    spec = parse_due("spending needed before the next meeting of the Friends of Wendling Park on 10 June 2036")
    assert (spec.year, spec.month) == (2036, 6)


def test_a_request_that_something_were_done_is_the_task_of_doing_it_never_members_to_were():
    assert [text for text, _ in tasks("The Committee requested that ward councillors were told when a complaint would take longer than ten days.")] == [
        "Ward councillors to be told when a complaint would take longer than ten days"
    ]
    assert [text for text, _ in tasks("The Board requested that the survey was circulated to all members.")] == ["Circulate the survey to all members"]


def test_a_request_keeps_a_relative_clause_and_thanks_are_no_task():
    assert [text for text, _ in tasks("The Committee requested that the benches that were damaged be repaired before the summer.")] == [
        "Repair the benches that were damaged before the summer"
    ]
    assert tasks("The Committee requested that the Clerk was thanked for her work on the grant.") == []


# --- from the second review -------------------------------------------------------------------------------------------------

_LABELLED_AGENDA = (
    "Agenda and Minutes - 09.03.2037\nTo be held on Monday 9th March 2037 in the Village Hall at 7pm\n"
    "1. Apologies: to receive apologies for absence\n2. Declarations: to receive declarations of interest\n"
    "3. Minutes: to approve the minutes of 9 February\n4. Footpaths: fingerposts on Cold Lane\n"
)


def test_an_agenda_of_titles_with_their_purposes_is_kept_over_minutes_on_their_own_numbers(tmp_path):
    for heading in ("Meeting Minutes", "MINUTES OF THE MEETING OF ORMSBY PARISH COUNCIL WHICH WAS HELD ON 9 MARCH 2037",
                    "Draft minutes - to be approved at the next meeting"):
        page = _LABELLED_AGENDA + heading + "\n81. Present: Cllrs Tarn (Chair) and Pask.\n82. Apologies: Cllr Oade.\n83. Footpaths: Cllr Pask to report the fingerposts.\n"
        numbers = [item.number for item, _, _ in _items(tmp_path, page, committee="Ormsby Parish Council")]
        assert numbers[:8] == ["1", "2", "3", "4", None, "81", "82", "83"], heading  # (where the minutes begin, in its place)


def test_minutes_numbered_again_one_off_their_entries_keep_the_entries_no_minute_reached(tmp_path):
    page = (
        "Ormsby Parish Council\nAgenda for the meeting to be held on Monday 9 March 2037 at 7pm\n"
        "1. Apologies\n2. Declarations of interest\n3. Minutes of the last meeting\n4. Public participation\n5. Allotment rents\n"
        "6. Correspondence\n\nMeeting Minutes\n"
        "1. Present: Cllrs Tarn (Chair), Pask and the Clerk.\n2. Apologies were received from Cllr Oade.\n"
        "3. No declarations of interest were made.\n4. The minutes of the last meeting were approved.\n"
    )
    found = {item.number: item for item, _, _ in _items(tmp_path, page)}
    assert [n for n in found if n] == ["1", "2", "3", "4", "5", "6"]
    # 1 to 4 are the minutes, 5 and 6 the agenda's (never the minutes run into "6. Correspondence")
    assert found["2"].title.startswith("Apologies were received") and found["6"].title == "Correspondence"
    assert "Apologies were received" not in (found["6"].minutes or "") + (found["6"].purpose or "")


def test_a_heading_naming_the_next_meeting_over_its_day_is_an_agendas_own_date(tmp_path):
    page = "Ormsby Parish Council\nNotice of the Next Meeting\nTuesday 14 July 2037\nAGENDA\n1. Apologies\n2. Footpaths\n"
    meeting, _ = stored_page(tmp_path, page, committee="Ormsby Parish Council")
    assert meeting.date == dt.date(2037, 7, 14)


def test_dates_of_next_meetings_in_other_words(tmp_path):
    task = "4. Bus shelter\nClerk to bring quotes for new glazing to the next meeting.\n"
    for listed in ("July 14th, September 8th and November 10th 2037", "to be held on 14 July and 8 September 2037"):
        _, found = stored_page(tmp_path, _MINUTES_HEAD + task + f"5. Dates of next meetings: {listed}\n")
        assert [(a.text, a.due_meeting_date or a.due_date) for item, _, actions in found for a in actions] == [
            ("Clerk to bring quotes for new glazing to the next meeting", dt.date(2037, 7, 14))
        ], listed


def test_an_agenda_list_printed_all_one_over_minutes_on_running_numbers_is_counted(tmp_path):
    page = (
        "Housing Scrutiny Panel \u2013 14 August 2036\n\nChairman: Councillor Ormerod\nVenue: Room 2, Civic Centre, Wendling\n\n"
        "  1. Substitutions.\n  1. Declarations of interest.\n  1. To take the minutes of the meeting held on 10 July 2036.\n"
        "  1. Public speaking requests, if any.\n  1. Void property turnaround times\n\n"
        "PRESENT: \u2013 Councillor Ormerod in the chair.\n\nCouncillors Pyle and Stroud.\n\n"
        "31      DECLARATIONS OF INTEREST \u2013 None were declared.\n\n"
        "32      MINUTES \u2013 Resolved \u2013 That the minutes of the meeting held on 10 July 2036 be approved.\n\n"
        "33      VOID PROPERTY TURNAROUND TIMES \u2013 The panel heard from the housing manager.\n"
    )
    numbers = [item.number for item, _, _ in _items(tmp_path, page)]
    assert numbers[:5] == ["1", "2", "3", "4", "5"] and "31" in numbers and "33" in numbers


def test_items_with_no_number_before_the_first_numbered_one_stay_first(tmp_path):
    from cpb_tui.store import Store

    meeting, _ = stored_page(tmp_path, _MINUTES_HEAD + "1. Apologies\nNone.\n2. Close\nDone.\n")
    store = Store.open(next(tmp_path.glob("page*/cpb.db")))
    try:
        # (a hostile page's 60 headings with no number before item 1: all keep their place, ordered in one pass, no cap)
        store.db.execute("update items set position = position + 60 where meeting_id = ?", [meeting.id])
        store.db.executemany(
            "insert into items (meeting_id, title, title_key, exempt, position) values (?, ?, ?, 0, ?)",
            [(meeting.id, f"Heading {n}", f"heading {n}", n) for n in range(60)],
        )
        titles = [item.title for item in store.items(meeting.id)]
    finally:
        store.close()
    assert titles[:60] == [f"Heading {n}" for n in range(60)] and titles[60:] == ["Apologies", "Close"]


def test_what_is_said_of_the_next_meeting_before_its_day_is_passed_over():
    from cpb_tui.actions.due import parse_due

    assert (parse_due("Clerk to report back at the next meeting, which will take place in the Village Hall on 14 July.").month) == 7
    spec = parse_due("Refer it to the next meeting of the parish council which is due to be held on 9 September 2036")
    assert (spec.year, spec.month) == (2036, 9)
    # (a body in lower case is passed over only before such words: never "the working group that will look at ... in June")
    assert parse_due("at the next meeting of the working group that will look at the play area in June").kind == "next_meeting"
