"""Shapes read in the thirty-sixth step. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

import datetime

import pytest

from cpb_tui.store import Store
from tests.stored import stored_text, tasks

_HEAD = "Minutes of the meeting of Harrowby Vale Parish Council held on Monday 6th November 2034 at 7pm\n\n"
_TAIL = "3. Correspondence\nA letter from the bowls club was read out.\n"


def _item(tmp_path, title: str, body: str):
    """Item 2 (its heading `title`, its text `body`) on a small parish page, imported into a store of its own."""
    page = f"{_HEAD}1. Apologies\nApologies were received from Cllr Pender.\n\n2. {title}\n{body}\n\n{_TAIL}"
    folder = tmp_path / f"page{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    _, items = stored_text(folder, "harrowby.txt", page)
    return items[1]


def _clauses(tmp_path, title: str, body: str) -> list[str]:
    return _item(tmp_path, title, body)[1]


# --- the movers and the decision on lines of their own (minutes of Northern Irish councils) ---------------------------


def test_movers_on_lines_of_their_own_then_the_quoted_decision(tmp_path):
    body = (
        "After discussion,\n\nCouncillor Orme proposed,\n\nSeconded by Councillor Hart and resolved,\n\n"
        "\u201cThat the minutes of the Council Meeting held on 2nd October be adopted.\u201d\n"
    )
    assert _clauses(tmp_path, "Minutes of the council meeting held on 2nd October 2034", body) == [
        "\u201cThat the minutes of the Council Meeting held on 2nd October be adopted.\u201d"
    ]


def test_the_decision_keeps_its_movers_as_the_lead_in(tmp_path):
    body = "Councillor Orme proposed, Seconded by Alderman Hart and resolved, \u201cThat Council approve attendance at the rural conference.\u201d"
    _item(tmp_path, "Conference attendance", body)
    store = Store.open(next(tmp_path.glob("page*/cpb.db")))
    try:
        meeting = store.meetings()[0]
        (resolution,) = store.resolutions(store.items(meeting.id)[1].id)
    finally:
        store.close()
    assert resolution.text == "\u201cThat Council approve attendance at the rural conference.\u201d"
    assert resolution.lead_in == "Councillor Orme proposed, Seconded by Alderman Hart and resolved,"


def test_movers_then_it_was_resolved_over_the_quoted_decision(tmp_path):
    body = "Councillor Orme proposed, seconded by Councillor Hart, and it was resolved:\n\u201cThat the minutes of the meeting of 2 May be adopted.\u201d"
    assert _clauses(tmp_path, "Minutes", body) == ["\u201cThat the minutes of the meeting of 2 May be adopted.\u201d"]


def test_a_proposer_alone_over_a_quotation_is_no_decision(tmp_path):
    # (no seconder and no "resolved": a quotation someone read out, not a motion carried)
    body = "Councillor Orme proposed,\n\n\u201cThat the hall be painted green,\u201d but no one seconded it and the matter was left."
    assert _clauses(tmp_path, "Village hall", body) == []


# --- verdicts on the minutes in other words -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "body", "clause"),
    [
        ("Minutes", "ALL AGREED that the minutes were a fair record. The Chair then signed them.",
         "ALL AGREED that the minutes were a fair record. The Chair then signed them."),
        ("Minutes of the last meeting", "Minutes Accepted", "Minutes Accepted"),
        ("Minutes of the last meeting", "Minutes approved and signed.", "Minutes approved and signed."),
        ("To approve the minutes of the last meeting held on 9th October 2034", "\u00b7 Approved.", "Approved."),
        ("Minutes of last meeting", "These were read and approved.", "These were read and approved."),
        ("Minutes of the previous meeting", "They were taken as read and signed by the Chairman.",
         "They were taken as read and signed by the Chairman."),
        ("Minutes of Last Meeting \u2013", "approved as read.", "approved as read."),
        ("MINUTES OF LAST MEETING",
         "On a proposal by Cllr. Ennis, seconded by Cllr. Lowe, the minutes of the October meeting were approved as a true record.",
         "On a proposal by Cllr. Ennis, seconded by Cllr. Lowe, the minutes of the October meeting were approved as a true record."),
    ],
)
def test_a_verdict_on_the_minutes_in_other_words(tmp_path, title, body, clause):
    assert _clauses(tmp_path, title, body) == [clause]


def test_a_verdict_after_the_title_with_its_signing(tmp_path):
    title, clauses, _ = _item(tmp_path, "Approval of minutes 09.10.34 \u2013 Approved and signed", "")
    # (since the thirty-seventh step the title is the verdict's lead-in, the verdict alone its text)
    assert (title.title, clauses) == ("Approval of minutes 09.10.34", ["Approved and signed"])


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # another body's minutes, approved there; minutes that someone says were approved; a question
        ("Minutes of the last meeting", "These were approved at the last meeting, the Clerk said, but have not been signed?"),
        ("Minutes of the last meeting", "They were read and it was reported that the printer had failed."),
        ("Village hall", "approved as read."),
    ],
)
def test_what_is_no_verdict_on_the_minutes(tmp_path, title, body):
    assert _clauses(tmp_path, title, body) == []


@pytest.mark.parametrize(
    ("title", "body", "clause"),
    [
        ("Minutes of the last meeting", "Minutes of the Parish Meeting of 8th December 2033. Approved, by all there.",
         "Minutes of the Parish Meeting of 8th December 2033. Approved, by all there."),
        ("Minutes of the meeting held on 5 July 2034",
         "Subject to correcting a date in paragraph 2.1, the Minutes of the July meeting were approved and signed.",
         "Subject to correcting a date in paragraph 2.1, the Minutes of the July meeting were approved and signed."),
    ],
)
def test_which_minutes_then_the_verdict(tmp_path, title, body, clause):
    assert _clauses(tmp_path, title, body) == [clause]


# --- a proposal, then the answer to it ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "clause"),
    [
        ("Cllr Hill proposed that the shelter be painted. This was agreed.", "Cllr Hill proposed that the shelter be painted. This was agreed."),
        ("The Chairman spoke of the loss of Mrs Garth. He proposed that a card be sent to her family. This was unanimously agreed to.",
         "He proposed that a card be sent to her family. This was unanimously agreed to."),
        ("Cllr Nash proposed that the notes of the January meeting are adopted as the minutes. Seconded by Cllr Pryce. Carried.",
         "Cllr Nash proposed that the notes of the January meeting are adopted as the minutes. Seconded by Cllr Pryce. Carried."),
        # (the motion moved, its seconder in the next sentence: the motion, never "... This was")
        ("Cllr Hicks proposed that the notes of the meeting held on 9 March 2034 be adopted as the minutes. This was seconded by Cllr Dent and agreed by all.",
         "that the notes of the meeting held on 9 March 2034 be adopted as the minutes"),
    ],
)
def test_a_proposal_and_its_answer_are_one_decision(tmp_path, body, clause):
    assert _clauses(tmp_path, "Village matters", body) == [clause]


@pytest.mark.parametrize(
    "body",
    [
        # the answer was to something else; a proposal noted, not agreed
        "Cllr Hill proposed that the shelter be painted. The Clerk said the paint had been bought. This was noted.",
        "Cllr Hill proposed that the shelter be painted. This was noted.",
    ],
)
def test_a_proposal_answered_otherwise_is_not_kept_whole(tmp_path, body):
    assert all(not clause.startswith("Cllr Hill proposed") for clause in _clauses(tmp_path, "Village matters", body))


# --- minute references of a council's own shape, read by the field that counts up -------------------------------------


def _numbers_and_titles(tmp_path, text: str, **asked) -> list[tuple[str | None, str]]:
    folder = tmp_path / f"page{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    _, items = stored_text(folder, "page.txt", text, **(asked or {"committee": "Harrowby Vale Parish Council"}))
    return [(item.number, item.title) for item, _, _ in items]


def test_references_glued_to_titles_in_capitals_run_by_the_minute(tmp_path):
    text = _HEAD + (
        "FC49/11/34APOLOGIES \u2013 Apologies for absence were received from Councillor Pender.\n\n"
        "FC50/11/34PERSONAL INTERESTS \u2013 There were no declarations of interest.\n\n"
        "FC51/11/34MINUTES \u2013 It was RESOLVED that the minutes of the meeting held on 2nd October 2034 be signed.\n\n"
        "FC52/11/34FINANCE COMMITTEE \u2013 Councillor Orme reported on the budget.\n"
    )
    assert _numbers_and_titles(tmp_path, text) == [
        ("FC49/11/34", "Apologies"), ("FC50/11/34", "Personal Interests"), ("FC51/11/34", "Minutes"), ("FC52/11/34", "Finance Committee"),
    ]


def test_references_that_look_like_dates_but_count_from_one(tmp_path):
    text = _HEAD + "".join(f"{n}/{month}/34 {title}\n\nText of the minute.\n\n" for n, month, title in [
        (1, "01", "Roll call"), (2, "1", "Apologies for Absence"), (3, "1", "Minutes of last meeting"), (4, "1", "Public Participation Time"),
    ])
    assert [number for number, _ in _numbers_and_titles(tmp_path, text)] == ["1/01/34", "2/1/34", "3/1/34", "4/1/34"]


def test_references_with_a_field_of_letters(tmp_path):
    text = _HEAD + "".join(f"34.C.{n} {title}\n\nText of the minute.\n\n" for n, title in [
        (83, "APOLOGIES"), (84, "MINUTES"), (85, "DECLARATIONS OF INTEREST"), (86, "MAYOR'S ANNOUNCEMENTS"),
    ])
    assert _numbers_and_titles(tmp_path, text) == [
        ("34.C.83", "Apologies"), ("34.C.84", "Minutes"), ("34.C.85", "Declarations of Interest"), ("34.C.86", "Mayor's Announcements"),
    ]


@pytest.mark.parametrize(
    "letters",
    [
        # letters dated day after day, from the middle of the month; a week apart; of two months
        ["12/05/2034 Letter from the county about verges", "13/05/2034 Email from the bowls club", "14/05/2034 Letter from a resident"],
        ["1/05/2034 Letter from the county about verges", "8/05/2034 Email from the bowls club", "15/05/2034 Letter from a resident"],
        ["1/05/2034 Letter from the county about verges", "2/06/2034 Email from the bowls club", "3/07/2034 Letter from a resident"],
    ],
)
def test_dated_letters_are_no_run_of_minutes(tmp_path, letters):
    text = _HEAD + "1. Apologies\nNone.\n\n2. Correspondence\n" + "\n".join(letters) + "\n\n3. Finance\nThe accounts were noted.\n"
    assert [number for number, _ in _numbers_and_titles(tmp_path, text)] == ["1", "2", "3"]


# --- a web page's list whose numbers all print "1." --------------------------------------------------------------------


def test_a_list_of_ones_with_the_councils_own_numbers_among_them(tmp_path):
    # (the list's "1." before each; where the council's own number survives, "7." and "9.", it sets the count, and the
    # time slot before item 1 is no item)
    titles = ["pm. PUBLIC PARTICIPATION \u2013 30 MINS", "Apologies", "Declaration of interests", "Minutes of the last meeting",
              "Police Report", "Reports from Councillors", "Reports from Committees", "7.    New Cemetery", "Neighbourhood Plan",
              "9. Local Plan consultation", "Highways", "Chairman's Announcements", "Authorisation of Accounts"]
    text = "HARROWBY VALE PARISH COUNCIL\n\nYou are summoned to a meeting of the Parish Council on Wednesday 17th July 2034.\n\nA G E N D A\n\n" + "".join(
        f"  1. {title}\n\n             To receive the item.\n\n \n\n" for title in titles)
    found = _numbers_and_titles(tmp_path, text, committee="Harrowby Vale Parish Council", date=datetime.date(2034, 7, 17))
    assert [number for number, _ in found][-12:] == [str(n) for n in range(1, 13)]
    assert found[-12:][6] == ("7", "New Cemetery") and found[-12:][8] == ("9", "Local Plan consultation")


def test_a_list_of_ones_keeps_its_points_under_a_lead_in(tmp_path):
    text = _HEAD + (
        "  1. Chairman's welcome\n\nThe Chairman welcomed everyone.\n\n"
        "  1. Apologies for absence\n\nNone.\n\n"
        "  1. Minutes of the last meeting\n\nThe minutes were approved.\n\n"
        "  1. To review and resolve on the following:\n    1. Play Area Inspection \u2013 to come back in the spring.\n\n"
        "  1. To receive updates from the Police\n\nNo report.\n\n"
        "  1. To consider the verges.\n    1. To discuss the cutting of the verges by the school.\n\nThe verges were discussed.\n"
    )
    assert [(number, title[:30]) for number, title in _numbers_and_titles(tmp_path, text)] == [
        ("1", "Chairman's welcome"), ("2", "Apologies for absence"), ("3", "Minutes of the last meeting"),
        ("4", "To review and resolve on the f"), ("5", "To receive updates from the Po"), ("6", "To consider the verges."),
        ("7", "To discuss the cutting of the "),
    ]


def test_a_committees_letters_and_year_then_the_running_minute(tmp_path):
    text = _HEAD + "No. Item\n\n" + "".join(f"PL34/{n}.\n\n{title}\n\nMinutes:\n\nThe item was taken.\n\n" for n, title in [
        (74, "Minutes"), (75, "Apologies for Absence and Substitutes"), (76, "Disclosure of Interest"), (77, "Planning Applications"),
    ])
    assert _numbers_and_titles(tmp_path, text) == [
        ("PL34/74", "Minutes"), ("PL34/75", "Apologies for Absence and Substitutes"), ("PL34/76", "Disclosure of Interest"),
        ("PL34/77", "Planning Applications"),
    ]


def test_running_minutes_that_look_like_years(tmp_path):
    text = _HEAD + "".join(f"{n} {title}:\n\nText of the minute.\n\n" for n, title in [
        (2073, "Election of Chairman"), (2074, "Co-option to vacant seat"), (2075, "Confirmation of the Minutes"), (2076, "Public Participation"),
    ])
    assert _numbers_and_titles(tmp_path, text) == [
        ("2073", "Election of Chairman"), ("2074", "Co-option to vacant seat"), ("2075", "Confirmation of the Minutes"), ("2076", "Public Participation"),
    ]


def test_a_single_year_heading_is_no_minute(tmp_path):
    text = _HEAD + "1. Apologies\nNone.\n\n2. Accounts\n2033 Accounts\nThe accounts for the year were noted.\n\n3. Close\nThe meeting closed.\n"
    assert [number for number, _ in _numbers_and_titles(tmp_path, text)] == ["1", "2", "3"]


def test_the_decision_label_with_its_article(tmp_path):
    text = (
        "The subject of the decision:\nA report gave members the latest figures for the year's spending and the money held in reserve at "
        "the half year.\nAlternative options considered:\nNone.\nThe reason for the decision:\nThe council must set a budget that balances "
        "and keep watch on it as the year goes on.\nTHE DECISION:\nThat Cabinet agrees, and so recommends to Council, that:-\n"
        "(1) the year's budget stays at \u00a31,096,170 as set out in section 3.2 of the paper;\n"
        "(2) a sum of \u00a35,770 is drawn from the one-off fund as set out in section 6.7 of the paper; and\n"
        "(3) \u00a31,500 is drawn from the growth fund at section 6.3, noting that \u00a380,199 remains in it as section 6.4 of the paper shows.\n"
    )
    folder = tmp_path / "notice"
    folder.mkdir()
    _, items = stored_text(folder, "notice.txt", text, committee="Cabinet", date=datetime.date(2034, 11, 6))
    clauses = [clause for _, found, _ in items for clause in found]
    assert [clause.split()[:3] for clause in clauses] == [["the", "year's", "budget"], ["a", "sum", "of"], ["\u00a31,500", "is", "drawn"]]


# --- tasks -------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two doers' tasks after one label, a dash between them
        ("Cllr Orme gave an update. Action \u2013 Cllr Orme to chase the contractor \u2013 Clerk to also write to the county if needed.",
         {("Cllr Orme to chase the contractor (Cllr Orme gave an update.)", ("Cllr Orme",)), ("Clerk to write to the county if needed", ("Clerk",))}),
        ("The clerk reported on the path. Action: JB to chase the county \u2013 AK to write to the landowner.",
         {("AK to write to the landowner (the clerk reported on the path.)", ("AK",)), ("JB to chase the county", ("JB",))}),
        # a named member taking the matter on
        ("A joint letter from the four councils was thought useful. SM will take this forward.", {("SM to take this forward", ("SM",))}),
        ("Cllr Hale will follow this up.", {("Cllr Hale to follow this up", ("Cllr Hale",))}),
    ],
)
def test_tasks_named_after_a_dash_or_taken_forward(text, expected):
    assert {(task, owners) for task, owners in tasks(text)} == expected


def test_someone_reported_as_taking_it_forward_is_no_task():
    assert tasks("Cllr Penn said SM will take this forward when the report is in.") == []


def test_a_matters_arising_table_with_an_actor_column(tmp_path):
    text = _HEAD + (
        "1. Apologies\nNone.\n\n2. Matters arising from previous minutes\n"
        "| Item | Actor | Action | Progress |\n"
        "| 3 row 1 | A Dale | Attend the streets forum on 26 November | complete |\n"
        "| 3 row 3 | Cllr Moss | Find two residents willing to test the new bus timetable | Item 5 below |\n"
        "| 4.b | HVPC | Revisit youth nuisance at its next meeting | pending |\n\n"
        "3. Correspondence\nNone.\n"
    )
    _, items = stored_text(tmp_path, "harrowby.txt", text)
    assert sorted((action.text, action.owners) for _, _, actions in items for action in actions) == [
        ("Find two residents willing to test the new bus timetable", ("Cllr Moss",)), ("Revisit youth nuisance at its next meeting", ("HVPC",)),
    ]


def test_a_co_option_to_the_vacant_seat_is_done_at_the_meeting(tmp_path):
    _, _, actions = _item(tmp_path, "Co-option to vacant seat", "Members agreed to co-opt Mrs Ada Lund to the vacant seat after the by-election.")
    assert actions == []


def test_the_minutes_moved_keep_their_movers_as_the_lead_in(tmp_path):
    _item(tmp_path, "Minutes of the meeting held on 11 April 2034",
          "It was proposed by Councillor K Amos and seconded by Councillor T Venn that the minutes of the meeting held on 11 April 2034 be signed as a correct record.")
    store = Store.open(next(tmp_path.glob("page*/cpb.db")))
    try:
        (resolution,) = store.resolutions(store.items(store.meetings()[0].id)[1].id)
    finally:
        store.close()
    assert (resolution.lead_in, resolution.text) == (
        "It was proposed by Councillor K Amos and seconded by Councillor T Venn",
        "that the minutes of the meeting held on 11 April 2034 be signed as a correct record.",
    )


@pytest.mark.parametrize(
    ("title", "body", "clause"),
    [
        ("Election of Vice Chairman",
         "Nominations were sought for Deputy Chair and it was proposed by Councillor T Venn and seconded by Councillor K Amos "
         "that Councillor L Dunn take the deputy chair for the year. Councillor Dunn accepted.",
         "It was proposed by Councillor T Venn and seconded by Councillor K Amos that Councillor L Dunn take the deputy chair for the year."),
        ("Minutes of last meeting",
         "It was PROPOSED that the notes of the October meeting be ADOPTED as its minutes. This was SECONDED and RESOLVED.",
         "It was PROPOSED that the notes of the October meeting be ADOPTED as its minutes. This was SECONDED and RESOLVED."),
    ],
)
def test_a_motion_moved_mid_sentence_or_seconded_after(tmp_path, title, body, clause):
    assert _clauses(tmp_path, title, body) == [clause]


def test_a_motion_wrapped_between_a_month_and_its_year(tmp_path):
    body = ("       It was PROPOSED that the notes of the meeting on Wednesday 9th October\n"
            "       2034 be ADOPTED as its minutes. This was SECONDED and RESOLVED.")
    assert _clauses(tmp_path, "Minutes of last meeting", body) == [
        "It was PROPOSED that the notes of the meeting on Wednesday 9th October 2034 be ADOPTED as its minutes. This was SECONDED and RESOLVED."
    ]


def test_headings_alone_and_run_in_mixed_on_one_page(tmp_path):
    text = (
        "HARROWBY VALE PARISH COUNCIL\nMINUTES OF THE MEETING OF HARROWBY VALE PARISH COUNCIL HELD IN THE PAVILION ON THURSDAY, 13 APRIL 2034 at 7pm\n"
        "Present: Councillors Orme, Pike and Hale, and the Clerk\n"
        "Apologies for Absence \u2013 Cllrs Kane and Wright\n"
        "Deputy Chair's Remarks: With the Chair away, Cllr Hale presided. She had nothing to add.\n"
        "Declarations of Interest: Cllr Pike named his interest in application 34/00662/F and stepped out while it was discussed.\n"
        "Minutes of the Council Meeting of 9 March 2034, with Matters Arising\n"
        "Cllr Hale proposed that the notes of the March meeting be adopted as its minutes. This was seconded by Cllr Orme and passed unanimously.\n"
        "Planning Lead's Report on New Applications \u2013 (Annex 1)\n"
        "Four new applications were looked at one by one by the councillors present.\n"
    )
    _, items = stored_text(tmp_path, "harrowby.txt", text)
    assert [item.title for item, _, _ in items] == [
        "Apologies for Absence", "Deputy Chair's Remarks", "Declarations of Interest",
        "Minutes of the Council Meeting of 9 March 2034, with Matters Arising", "Planning Lead's Report on New Applications \u2013 (Annex 1)",
    ]
    assert items[3][1] == [
        "Cllr Hale proposed that the notes of the March meeting be adopted as its minutes. This was seconded by Cllr Orme and passed unanimously."
    ]


def test_the_next_meetings_date_after_a_glued_minute_number_is_not_this_meetings(tmp_path):
    text = (
        "Minutes of the meeting of Harrowby Vale Parish Council held on Monday 6th November 2034 at 7pm\n\n"
        "FC49/11/34APOLOGIES \u2013 Apologies were received from Cllr Pender.\n\n"
        "FC50/11/34FINANCE \u2013 The accounts were noted.\n\n"
        "FC51/11/34DATE OF NEXT MEETING \u2013 The next meeting will be held on Monday 4th December 2034 at 7pm.\n"
    )
    meeting, _ = stored_text(tmp_path, "harrowby.txt", text)
    assert meeting.date == datetime.date(2034, 11, 6)


def test_a_summons_to_a_council_meeting_names_the_council_and_its_date(tmp_path):
    # (the meeting announced over two lines, and another date in the agenda: before, both were asked for)
    text = (
        "HARROWBY VALE TOWN COUNCIL\n\nYou are hereby summoned to a Council Meeting of the Town Council.\n\n"
        "To be held on Friday 21st July 2034 commencing at 7.00pm  at Harrowby Vale Pavilion\n\nA G E N D A\n\n \n\n"
        "  1. pm. PUBLIC QUESTIONS \u2013 20 MINS\n\n \n\n  1. Apologies\n\n            To receive any apologies.\n\n \n\n"
        "  1. Minutes of the Annual Meeting held on the 19th June 2034\n\nTo approve the Minutes of the Annual Meeting held on the 19th June 2034\n\n \n\n"
        "  1. Police Report\n\n             To receive the report.\n"
    )
    meeting, _ = stored_text(tmp_path, "summons.txt", text)
    assert (meeting.committee, meeting.date) == ("Harrowby Vale Town Council", datetime.date(2034, 7, 21))


def test_a_flattened_page_breaks_before_a_number_with_its_title_in_capitals(tmp_path):
    text = (
        "12:1 Agenda Item 112. RECORD OF THE PLANNING COMMITTEE OF HARROWBY DISTRICT COUNCIL, 1 MARCH 2034, 7 PM TO 9 PM "
        "Members there Councillors: Tim Orme (in the chair), Jo Pike, Rae Stone, Wyn Smith, Bea Soane and Bill Hale "
        "Others there Councillors: Kit Baker, Dai Chope and Ken Mill Staff there Ann Lee, Case Officer "
        "Dan Ray, Lead Case Officer 41. APOLOGIES None were given 42. MINUTES OF THE LAST MEETING The "
        "notes of the February meeting were agreed and signed by the Chair. "
        "MEMBERS' UPDATE There were no updates.\n"
    )
    # (two numbers only: too short a run for the flattened reading's own count of numbers in capitals)
    assert [number for number, _ in _numbers_and_titles(tmp_path, text, committee="Planning Committee", date=datetime.date(2034, 3, 1))] == ["41", "42"]
