"""Shapes read in the thirty-seventh step. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

import datetime

from cpb_tui.store import Store
from tests.stored import stored_text

_HEAD = "Minutes of the meeting of Harrowby Vale Parish Council held on Monday 6th November 2034 at 7pm\n\n"
_TAIL = "3. Correspondence\nA letter from the bowls club was read out.\n"


def _store_of(tmp_path, page: str, **asked):
    """The page imported into a store of its own: (the store's path, the meeting's id), and per item (item, clause texts, tasks)."""
    folder = tmp_path / f"page{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    meeting, items = stored_text(folder, "harrowby.txt", page, **asked)
    return (folder / "cpb.db", meeting.id), items


def _item(tmp_path, title: str, body: str):
    """Item 2 (its heading `title`, its text `body`) on a small parish page: (item, clause texts, tasks)."""
    _, items = _store_of(tmp_path, f"{_HEAD}1. Apologies\nApologies were received from Cllr Pender.\n\n2. {title}\n{body}\n\n{_TAIL}")
    return items[1]


def _clauses(tmp_path, title: str, body: str) -> list[str]:
    return _item(tmp_path, title, body)[1]


def _resolutions(stored, position: int):
    """The resolutions of the meeting's item at `position`, as stored."""
    database, meeting_id = stored
    store = Store.open(database)
    try:
        return store.resolutions(store.items(meeting_id)[position].id)
    finally:
        store.close()


# --- the verdict printed after its title: the title is the lead-in, the verdict the clause -----------------------------


def test_the_verdict_after_the_title_is_the_clause_and_the_title_its_lead_in(tmp_path):
    page = f"{_HEAD}1. Apologies\nNone.\n\n2. Notes of Previous Meeting: Approved by TW and seconded by HB\n\n{_TAIL}"
    database, items = _store_of(tmp_path, page)
    assert items[1][0].title == "Notes of Previous Meeting"
    (resolution,) = _resolutions(database, 1)
    assert resolution.text == "Approved by TW and seconded by HB"
    assert resolution.lead_in == "Notes of Previous Meeting \u2013"


def test_a_dated_title_keeps_its_verdict_apart(tmp_path):
    page = f"{_HEAD}1. Apologies\nNone.\n\n2. Approval of minutes 12.10.34 \u2013 Approved and signed\n\n{_TAIL}"
    database, _ = _store_of(tmp_path, page)
    (resolution,) = _resolutions(database, 1)
    assert (resolution.lead_in, resolution.text) == ("Approval of minutes 12.10.34 \u2013", "Approved and signed")


def test_a_title_with_no_verdict_after_it_gives_no_clause(tmp_path):
    page = f"{_HEAD}1. Apologies\nNone.\n\n2. Minutes of the last meeting \u2013 to be considered in December\n\n{_TAIL}"
    database, _ = _store_of(tmp_path, page)
    assert _resolutions(database, 1) == []


# --- a flattened page: a title holding a date, run into its first sentence -----------------------------------------------

_FLAT = (
    "Harrowby Vale Parish Council Minutes of the meeting held on 6th November 2034 Present: Cllrs Pender, Orme and Hart. "
    "1. Apologies There were none. 2. Minutes of last meeting held on October 9th 2034 The minutes were agreed as a correct "
    "account. 3. Matters arising There were no matters arising that were not on the agenda. 4. Footpaths The stile on the "
    "path by the mill is broken and the Clerk will report it to the county. 5. Date of next meeting It was agreed to meet on 4th "
    "December 2034 at the village hall as usual."
)


def test_a_flattened_title_holding_a_date_ends_before_its_sentence(tmp_path):
    database, items = _store_of(tmp_path, _FLAT + "\n", committee="Harrowby Vale Parish Council")
    titles = [item.title for item, *_ in items]
    assert any(title.endswith("Minutes of last meeting held on October 9th 2034") for title in titles)
    minutes = next(position for position, title in enumerate(titles) if "Minutes of last meeting" in title)
    assert [r.text for r in _resolutions(database, minutes)] == ["The minutes were agreed as a correct account."]


def test_a_flattened_number_without_its_stop_splits_the_same(tmp_path):
    page = _FLAT.replace("2. Minutes of last meeting held on October 9th 2034", "2 Minutes of previous meeting on the 9th October 2034")
    database, items = _store_of(tmp_path, page + "\n", committee="Harrowby Vale Parish Council")
    titles = [item.title for item, *_ in items]
    assert any(title.endswith("Minutes of previous meeting on the 9th October 2034") for title in titles), titles


# --- an agenda whose numbers became dashes, with points numbered in capitals under some items ---------------------------

_DASHED_AGENDA = """Members are summoned to attend a meeting of Harrowby Vale Parish Council on Wednesday 6th December 2034 at 7.30pm.
AGENDA
- RECEIVE APOLOGIES FOR ABSENCE
- RECEIVE DECLARATIONS OF INTEREST
- APPROVE MINUTES OF THE LAST MEETING
- VILLAGE SHOP
4.1 UPDATE FROM THE SHOP GROUP – TBC
4.2 REVIEW THE SHOP GROUP'S TERMS OF REFERENCE – KP
- REVIEW THE ACTION LOG
- PLANNING APPLICATIONS
6.1 Orchard House, Mill Lane
- DATE OF NEXT MEETING
Signed Date
"""


def test_points_in_capitals_stay_inside_the_dashed_item_above(tmp_path):
    _, items = _store_of(tmp_path, _DASHED_AGENDA)
    assert [item.title for item, *_ in items] == [
        "Receive Apologies for Absence", "Receive Declarations of Interest", "Approve Minutes of the Last Meeting", "Village Shop",
        "Review the Action Log", "Planning Applications", "Date of Next Meeting",
    ]
    shop = items[3][0]
    assert "UPDATE FROM THE SHOP GROUP" in (shop.purpose or "")


# --- minute numbers of figures alone: year, month and minute --------------------------------------------------------------

_COMPACT = """Minutes of the Meeting of Harrowby Vale Parish Council held on 8 November 2034 at 19:30 in the Village Hall.
Present: Cllr Pender (Chairman), Cllr Orme, Cllr Hart
Agenda items
341101. Welcome
The Chairman welcomed councillors to the meeting.
341102. Apologies
Cllr Dunn was away on holiday. The council resolved to accept her apologies.
341103. Declarations of interest
None were declared.
341104. Minutes of previous meeting
The council discussed and resolved to approve the notes of 4 October as its minutes.
341105. Correspondence
A letter from the bowls club was read out.
"""


def test_minute_numbers_of_year_month_and_minute_in_figures(tmp_path):
    database, items = _store_of(tmp_path, _COMPACT)
    assert [(item.number, item.title) for item, *_ in items] == [
        ("341101", "Welcome"), ("341102", "Apologies"), ("341103", "Declarations of interest"),
        ("341104", "Minutes of previous meeting"), ("341105", "Correspondence"),
    ]
    assert [r.text for r in _resolutions(database, 1)] == ["The council resolved to accept her apologies."]
    # (who and how are the clause's lead-in, as "It was resolved" is: the forty-sixth step)
    assert [(r.lead_in, r.text) for r in _resolutions(database, 3)] == [("The council discussed and resolved", "to approve the notes of 4 October as its minutes.")]


def test_figures_that_do_not_count_up_are_not_minute_numbers(tmp_path):
    page = _COMPACT.replace("341103.", "250977.").replace("341104.", "407712.").replace("341105.", "118340.")
    _, items = _store_of(tmp_path, page)
    assert not any(item.number == "341102" for item, *_ in items)


# --- a heading told as a sentence -----------------------------------------------------------------------------------------


def test_the_following_are_the_minutes_of_a_meeting_that_was_held_on(tmp_path):
    page = (
        "The following are the minutes of Harrowby Vale Parish Council meeting that was held on Monday, 15th October 2034 "
        "in the Reading Room, commencing at 7.30pm.\n\nPRESENT: Councillors Pender, Orme and Hart.\n\n"
        "1. Apologies\nNone.\n\n2. Footpaths\nThe stile is broken.\n"
    )
    _, items = _store_of(tmp_path, page)
    store = Store.open(next(tmp_path.glob("page*/cpb.db")))
    try:
        (meeting,) = [m for m in store.meetings() if m.date.year == 2034]
    finally:
        store.close()
    assert (meeting.date.isoformat(), meeting.committee) == ("2034-10-15", "Harrowby Vale Parish Council")


# --- minute references run together on one line, each with a stop after it ---------------------------------------------


def test_stopped_references_run_together_on_a_line_each_start_a_minute(tmp_path):
    page = (
        f"{_HEAD}34/101. Apologies \u2013 none.\n\n34/102. Public participation \u2013 none present. 34/103. Declarations of Interest "
        "\u2013 none received. 34/104. Minutes \u2013 the minutes of 2 October were signed as a correct record.\n\n"
        "34/105. Footpaths \u2013 the stile is broken.\n"
    )
    _, items = _store_of(tmp_path, page)
    assert [item.number for item, *_ in items] == ["34/101", "34/102", "34/103", "34/104", "34/105"]


# --- "Action:" lines under matters are never read as headings ------------------------------------------------------------


def test_action_lines_are_no_headings_where_a_page_has_no_others(tmp_path):
    page = (
        "Harrowby Vale Parish Council\nMinutes of the meeting held on 6th November 2034\n"
        "- The hedge on Mill Lane needs cutting back.\nAction: Clerk\n"
        "- The bench by the pond is broken and needs a new slat fitted.\nAction: Cllr KP\n"
        "- Sanitiser for the hall still needs to be bought for the winter.\nAction: Clerk/Cllr KP\n"
        "- The parking on School Lane at pick-up time needs to be raised with the police.\nAction: Clerk\n"
    )
    _, items = _store_of(tmp_path, page)
    assert not any(item.title.startswith("Action") for item, *_ in items)
    owners = sorted(owner for *_, actions in items for action in actions for owner in action.owners)
    assert "Clerk" in owners and "Cllr KP" in owners


# --- numbers printed with a stray space or hyphen, and the last item of a run written as a sentence ----------------------


def test_a_year_and_minute_with_spaces_round_the_slash(tmp_path):
    page = (
        f"{_HEAD}2034 / 41 \u2013 Election of Chair\nCllr Orme proposed Cllr Hart. This was seconded by Cllr Dunn and agreed by all.\n\n"
        "2034 / 42 \u2013 Apologies\nCllr Pender.\n\n2034/ 43 \u2013 Minutes\nThe minutes of 2 October were agreed as a true record.\n\n"
        "2034 / 44 \u2013 Play area\nClerk to obtain three quotes for new swings.\n"
    )
    _, items = _store_of(tmp_path, page)
    assert [(item.number, item.title) for item, *_ in items] == [
        ("2034/41", "Election of Chair"), ("2034/42", "Apologies"), ("2034/43", "Minutes"), ("2034/44", "Play area"),
    ]


def test_a_hyphen_straight_after_the_items_number(tmp_path):
    page = (
        "MINUTES OF THE ORDINARY MEETING OF HARROWBY VALE COMMUNITY COUNCIL HELD ON MONDAY, 6TH NOVEMBER 2034\n"
        "AGENDA ITEM 1- APOLOGIES\nApologies were received from Cllr Dunn.\n"
        "AGENDA ITEM 2 \u2013 CHAIRMAN'S ANNOUNCEMENTS\nThe Chairman thanked members.\n"
        "AGENDA ITEM 3 \u2013 MATTERS ARISING\nThe Clerk will see that the new signs go up on the playing field.\n"
    )
    _, items = _store_of(tmp_path, page)
    assert [(item.number, item.title) for item, *_ in items] == [("1", "Apologies"), ("2", "Chairman's Announcements"), ("3", "Matters Arising")]


def test_the_last_item_glued_to_its_stop_and_written_as_a_sentence(tmp_path):
    page = (
        "Meeting documents\nHarrowby Vale Town Council\nThursday, 16th November 2034 7.00 pm\n1.Apologies\n2.Declarations of Interest\n"
        "3.To confirm the Minutes of the Council Meeting held on the 19th October 2034\n"
        "4.To consider any motions put in writing before the meeting.\n"
        "5.Questions by members of which notice was given in writing to the chair.\n"
    )
    _, items = _store_of(tmp_path, page)
    assert [item.number for item, *_ in items] == ["1", "2", "3", "4", "5"]


# --- decisions told in other words ----------------------------------------------------------------------------------------


def test_office_bearers_re_elected_in_the_present(tmp_path):
    assert _clauses(tmp_path, "Election of office bearers", "Rhona Tait is re-elected as Chair.\nOwen Mair is re-elected as Treasurer.") == [
        "Rhona Tait is re-elected as Chair.", "Owen Mair is re-elected as Treasurer.",
    ]


def test_an_office_that_is_elected_each_year_is_no_decision(tmp_path):
    assert _clauses(tmp_path, "Constitution", "The Chair is elected annually at the first meeting after May.") == []


def test_a_report_adopted_and_accounts_approved_with_their_movers(tmp_path):
    body = (
        "This had been circulated in advance. It was adopted without amendment. Proposer \u2013 Rhona Tait Seconder \u2013 Owen Mair\n"
        "The accounts were approved by Owen Mair and seconded by Rhona Tait.\n"
    )
    assert _clauses(tmp_path, "Annual report and accounts", body) == [
        "It was adopted without amendment. Proposer \u2013 Rhona Tait Seconder \u2013 Owen Mair",
        "The accounts were approved by Owen Mair and seconded by Rhona Tait.",
    ]


def test_a_plan_approved_by_another_council_is_no_decision_of_this_one(tmp_path):
    assert _clauses(tmp_path, "Local plan", "The local plan was approved by Wessex District Council last month.") == []


def test_minutes_circulated_read_and_confirmed(tmp_path):
    body = "Minutes of the October meeting were circulated, read and confirmed as correct, then signed by the Chair."
    assert _clauses(tmp_path, "Minutes of the October meeting", body) == [body]


def test_a_verdict_after_the_titles_colon_is_read_with_the_title(tmp_path):
    page = f"{_HEAD}1. Apologies\nNone.\n\n2. Minutes of Previous Meeting: held on 2nd October were approved.\n\n{_TAIL}"
    _, items = _store_of(tmp_path, page)
    assert items[1][1] == ["Minutes of Previous Meeting held on 2nd October were approved."]


def test_all_agreed_after_what_was_asked(tmp_path):
    body = "Mr Lund has been asked to repair the pavilion gate at a cost of about \u00a390. All agreed."
    assert _clauses(tmp_path, "Pavilion", body) == [body]


def test_all_agreed_after_a_report_alone_is_no_decision(tmp_path):
    assert _clauses(tmp_path, "Hedges", "Cllr Orme reported that the hedges on Mill Lane were overgrown. All agreed.") == []


def test_agreed_after_a_bullets_label(tmp_path):
    assert _clauses(tmp_path, "Governance", "- Register of interests: Agreed to keep a register of members' interests.") == [
        "Agreed to keep a register of members' interests."
    ]


# --- a due month gone by is no due ----------------------------------------------------------------------------------------


def test_a_month_before_the_meeting_is_not_the_tasks_due(tmp_path):
    body = "The \u00a3300 grant paid in May 2034 was questioned; Sandy promised to forward the paperwork to all members."
    (task,) = _item(tmp_path, "Grants", body)[2]
    assert task.text.startswith("Sandy to forward the paperwork")
    assert (task.due_date, task.due_meeting_date, task.due_words, task.target) == (None, None, None, "not set")  # (never "due in May 2034")


def test_a_month_after_the_meeting_is_still_the_tasks_due(tmp_path):
    body = "Sandy promised to forward the paperwork to all members by the end of January 2035."
    (task,) = _item(tmp_path, "Grants", body)[2]
    assert task.due_date is not None and (task.due_date.year, task.due_date.month) == (2035, 1)


# --- the body's name, not the words round it -----------------------------------------------------------------------------


def _meeting_of(tmp_path, page: str, **asked):
    _, _ = _store_of(tmp_path, page, **asked)
    store = Store.open(sorted(tmp_path.glob("page*/cpb.db"))[-1])
    try:
        return [(m.date.isoformat(), m.committee) for m in store.meetings()]
    finally:
        store.close()


_BUSINESS = "\n1. Apologies for Absence: Cllr Dunn\n\n2. Minutes\nThe minutes of 2 October were approved.\n\n3. Footpaths\nThe stile is broken.\n"


def test_the_minutes_state_is_no_part_of_the_name(tmp_path):
    assert _meeting_of(tmp_path, "Draft council meeting minutes, Thursday 9th November 2034\n\nPresent: Cllrs Pender, Orme\n" + _BUSINESS) == [("2034-11-09", "Council")]


def test_a_second_meeting_named_after_the_first_is_no_part_of_the_name(tmp_path):
    page = "Minutes \u2013 Parish Council Meeting & Annual Meeting \u2013 15th May 2034\n\nHARROWBY VALE PARISH COUNCIL\n" + _BUSINESS
    assert _meeting_of(tmp_path, page) == [("2034-05-15", "Harrowby Vale Parish Council")]


def test_an_annual_parish_meeting_keeps_its_own_name(tmp_path):
    page = "Minutes of Harrowby Vale Annual Parish Meeting held on Wednesday 10th May 2034\n\nPresent: Cllr Pender (chair) and 19 parishioners.\n" + _BUSINESS
    assert _meeting_of(tmp_path, page) == [("2034-05-10", "Harrowby Vale Annual Parish Meeting")]


def test_how_the_meeting_was_held_is_no_name(tmp_path):
    page = "Minutes of the meeting on Tuesday, 10th October 2034, 6:30pm\n(by Zoom), including its Annual General Meeting\n\nPresent: Ann Tait, Owen Mair\n" + _BUSINESS
    assert _meeting_of(tmp_path, page, committee="Harrowby Vale Community Council") == [("2034-10-10", "Harrowby Vale Community Council")]


# --- minutes of the year written as sentences: "34/26 It was ..." --------------------------------------------------------


def test_year_and_minute_numbers_over_sentences(tmp_path):
    page = (
        f"{_HEAD}Apologies received from Councillors Dunn and Moss\n"
        "34/26 The Chair gave the retiring Clerk a bouquet from all the members, with thanks for nine years.\n"
        "Declaration of Interest\n34/27 Nobody declared an interest in any item\n"
        "34/28 The October minutes were read out, confirmed as correct and then signed by the Chair.\n"
        "Matters Arising\n34/29 Mr Lund has been asked to repair the pavilion gate at a cost of about \u00a390. All agreed.\n"
        "34/30 It was agreed that the fete should be held on 3 June.\n"
    )
    _, items = _store_of(tmp_path, page)
    assert [item.number for item, *_ in items] == ["34/26", "34/27", "34/28", "34/29", "34/30"]
    assert items[4][1] == ["Agreed that the fete should be held on 3 June."]


def test_titled_year_and_minute_numbers_keep_their_points(tmp_path):
    page = (
        f"{_HEAD}34/44 Apologies for Absence: None\n34/45 Approval of Minutes\nThe minutes were approved.\n"
        "34/46.1 Cllr Moss gave her report.\n34/47.2 Cllr Dunn gave his report.\n34/48 Local issues\nThe stile is broken.\n34/49 Planning\nNone.\n"
    )
    _, items = _store_of(tmp_path, page)
    assert [item.number for item, *_ in items][:2] == ["34/44", "34/45"]
    assert "34/48" in [item.number for item, *_ in items] and "34/49" in [item.number for item, *_ in items]


# --- headings alone beside three or more run into their text -------------------------------------------------------------


def test_headings_alone_beside_three_run_in_are_all_items(tmp_path):
    page = (
        "Minutes of meeting held on 2nd November 2034\n\nPresent:- Cllrs Pender, Orme, Hart.\n\n"
        "Public Participation\n\nMr Lund asked about the play area on the green and was told the group was looking at a site.\n\n"
        "Apologies:- Cllr Dunn \u2013 accepted.\n\nDeclarations of Interest:- Cllr Hart (parish field).\n\n"
        "Minutes of last meeting\n\nThe October notes were confirmed as the minutes.\n\n"
        "Matters arising from meeting 5th October 2034\n\nThe county has not answered; it was resolved the Clerk chase it.\n\n"
        "Police matters\n\nCllr Hart noted the crimes reported in the village this month.\n\n"
        "Planning matters:- No applications were received this month.\n"
    )
    _, items = _store_of(tmp_path, page, committee="Harrowby Vale Parish Council")
    assert [item.title for item, *_ in items] == [
        "Public Participation", "Apologies", "Declarations of Interest", "Minutes of last meeting",
        "Matters arising from meeting 5th October 2034", "Police matters", "Planning matters",
    ]


# --- minutes whose numbers became dashes, after the attendance; people's names are no headings ---------------------------


def test_dashed_minutes_after_the_attendance_with_a_letter_among_them(tmp_path):
    page = (
        "Present: Cllr Ann Tait, Chairman\nCllr Owen Mair\nCllr Rhona Dunn\nTc Lund, Parish Clerk\n6 residents\n"
        "- Approval of minutes, 10th October meeting. The October notes were read and all agreed they were right.\n"
        "- Matters arising;\n"
        "- Beacon for the jubilee. The council has been invited to light a beacon in June. Cllr Tait will speak to those who lit it before.\n"
        "- Letter from the health watch group. They sent a leaflet for newcomers. It was agreed to put it up in the shelter.\n"
        "- Yorkshire Water.Cllr Mair has a meeting set for 14th January with the water company about the sewer on the lane.\n"
        "- Flooding at the mill pond.The sandbags by the pond stay until the spring, when the wall is to be rebuilt.\n"
    )
    _, items = _store_of(tmp_path, page, committee="Harrowby Vale Parish Council", date=datetime.date(2034, 11, 6))
    assert [item.title for item, *_ in items] == [
        "Approval of minutes, 10th October meeting", "Beacon for the jubilee", "Letter from the health watch group",
        "Yorkshire Water", "Flooding at the mill pond",
    ]


def test_a_list_of_letters_is_no_minutes(tmp_path):
    page = (
        "Correspondence received\n"
        "- Letter from the county about the winter gritting routes for the coming season and the bins.\n"
        "- Letter from the police about the speed checks carried out on the main road in October.\n"
        "- Invitation to the rural forum's annual conference in the spring at the showground.\n"
        "- Newsletter from the playing fields association with news of grants for new equipment.\n"
    )
    _, items = _store_of(tmp_path, page, committee="Harrowby Vale Parish Council", date=datetime.date(2034, 11, 6))
    assert len(items) == 1


def test_members_named_under_their_duties_are_no_headings(tmp_path):
    page = (
        "Thursday, 18 May 2034\n\nParish AGM\n\nAnnual General Meeting\n"
        "The clerk and all the newly elected councillors were present on Thursday 11 May with eleven members of the public.\n"
        "Election of chairman. Members chose Tim Orr as chairman for the year.\n"
        "Working groups.Each member took on a task for the year:\nPlay area.\nSarah Vane\n"
        "Recreation area.\nJonathan Pell, Carol Mead and Adrian Holt\nThe Green.\nTim Orr\nVillage Hall.\nTom Lyle\n"
        "Chairman's annual report. Tim Orr said that the new swings had gone in this year at a cost of \u00a312,000.\n"
    )
    _, items = _store_of(tmp_path, page, committee="Harrowby Vale Parish Council")
    assert not any(item.title in ("Sarah Vane", "Tim Orr", "Tom Lyle") or "Carol Mead" in item.title for item, *_ in items)


# --- tasks told with "will" and a verb of their own -----------------------------------------------------------------------


def test_will_hold_a_meeting_and_manage_are_tasks():
    from tests.stored import tasks

    assert tasks("Mrs Ford will hold a meeting with the youth club.") == [("Mrs Ford to hold a meeting with the youth club", ("Mrs Ford",))]
    assert tasks("EP will manage the content of the new pages.") == [("EP to manage the content of the new pages", ("EP",))]


def test_a_role_taken_over_is_no_task():
    from tests.stored import tasks

    assert tasks("Cllr Kent will take over the road repairs.") == []


def test_the_next_meeting_held_and_another_body_managing_are_no_tasks():
    from tests.stored import tasks

    assert tasks("Cllr Dunn will hold the next meeting at the school.") == []
    assert tasks("The county will manage the works on the bridge.") == []


# --- a heading "Minutes of X Meeting on <day>", and a summons over a dashed agenda -----------------------------------------


def test_minutes_of_a_council_meeting_on_a_day_wrapped_over_two_lines(tmp_path):
    page = (
        "Minutes of Harrowby and Harrowby Bridge Community Council Meeting on\nTuesday 21st November2034 at the Mill Rooms from 7pm.\n"
        "Present: Chair Ann Tait (AT), Owen Mair (OM)\n" + _BUSINESS
    )
    assert _meeting_of(tmp_path, page) == [("2034-11-21", "Harrowby and Harrowby Bridge Community Council")]


def test_a_summons_over_a_dashed_agenda_with_its_reference(tmp_path):
    page = (
        "Councillors are summoned to a meeting HPC/AT/168 of Harrowby Vale Parish Council to be held on\nTuesday 21st November 2034\n"
        "at the school from 7pm.\n- Receive apologies for absence\n"
        "- Members to declare any interests\n- To consider the minutes of the previous meeting\n"
        "- Open Session\n- Planning\n- To comment on applications to be decided by the district council.\n- Finance\n- Drainage\n"
    )
    _, items = _store_of(tmp_path, page)
    assert [item.title for item, *_ in items][:4] == [
        "Receive apologies for absence", "Members to declare any interests",
        "To consider the minutes of the previous meeting", "Open Session",
    ]
    assert len(items) == 8
    assert _meeting_of(tmp_path, page) == [("2034-11-21", "Harrowby Vale Parish Council")]


# --- a proposal table's row in capitals, and minutes taken as read before their approval --------------------------------


def test_a_proposal_passed_keeps_what_was_proposed(tmp_path):
    body = "PROPOSAL: The minutes of the meeting of 16th October are approved. PROPOSED: Mr Lund SECONDED: Mrs Tait DECISION: passed (all in favour)"
    assert _clauses(tmp_path, "Minutes of meeting", body) == [body]


def test_a_proposal_that_failed_is_no_decision(tmp_path):
    body = "PROPOSAL: The council objects to the application. PROPOSED: Mrs Tait SECONDED: Mr Lund DECISION: failed (two in favour)"
    assert _clauses(tmp_path, "Planning", body) == []


def test_minutes_taken_as_read_before_their_approval_are_one_decision(tmp_path):
    body = (
        "The minutes of the October meeting, sent to members beforehand, were taken as read.\n"
        "Resolved that the Chair sign them as the minutes."
    )
    assert _clauses(tmp_path, "Minutes", body) == ["that the Chair sign them as the minutes."]


# --- "3 to agree: ...", and a decision after how the meeting came to it ----------------------------------------------------


def test_an_item_numbered_without_a_stop_over_the_agendas_words_in_lower_case(tmp_path):
    page = (
        "1. Welcome, apologies, minutes\nThe chair welcomed members.\n\n"
        "2 October meeting\u2019s minutes\nApproved (proposed A Tait, seconded O Mair).\n\n"
        "3 to agree: an AGM next month, held online\nDecision: an AGM on that day, online (no one against)\n\n"
        "4 Planning\nNo applications.\n"
    )
    _, items = _store_of(tmp_path, page, committee="Harrowby Vale Community Council", date=datetime.date(2034, 11, 6))
    assert [item.number for item, *_ in items] == ["1", "2", "3", "4"]
    assert items[2][1] == ["an AGM on that day, online (no one against)"]


def test_after_discussion_the_committee_agreed(tmp_path):
    assert _clauses(tmp_path, "Community grants", "After discussion, the Committee approved the grants as set out in the appendix.") == [
        "the Committee approved the grants as set out in the appendix."
    ]


def test_a_backlog_of_minutes_each_approved_by_its_date(tmp_path):
    body = (
        "22nd February; approved unanimously, Mrs Dunn abstaining;\n8th March; approved once corrected;\n"
        "4th May; unanimously agreed;\n6th October; unanimously agreed, add that Mr Lund left the room for the vote."
    )
    assert _clauses(tmp_path, "Approve Minutes of:", body) == body.split("\n")


def test_a_date_with_a_report_of_it_is_no_verdict(tmp_path):
    assert _clauses(tmp_path, "Events", "22nd February; the fete committee met and reported on the plans.") == []


# --- an action log kept as a Markdown table with numbered rows ------------------------------------------------------------

_LOG = (
    "Harrowby Vale Parish Council\nAction Log \u2013 updated 6 November 2034\n\n"
    "| Ref | Action | Owner | Due date | Status |\n|---|---|---|---|---|\n"
    "| 1 | Obtain quotes for the bus shelter repair | Clerk | 31/12/2034 | Open |\n"
    "| 2 | Write to the county about the potholes on Mill Lane | Cllr Orme | January 2035 | In progress |\n"
    "| 3 | Replace the noticeboard at the green | Clerk | End of March 2035 | Not started |\n"
    "| 4 | Report back on the play area inspection | Cllr Hart | Next meeting | Open |\n"
    "| 5 | Renew the insurance policy | Clerk | 01/10/2034 | Complete |\n"
)


def test_a_numbered_action_log_table_keeps_its_open_rows_as_tasks(tmp_path):
    _, items = _store_of(tmp_path, _LOG, committee="Harrowby Vale Parish Council")
    texts = [action.text for *_, actions in items for action in actions]
    assert len(texts) == 4 and not any("insurance" in text for text in texts)
    assert _meeting_of(tmp_path, _LOG, committee="Harrowby Vale Parish Council") == [("2034-11-06", "Harrowby Vale Parish Council")]


# --- more first names, "summarise", a stray mark after "Resolved.", a year glued to the next word --------------------------


def test_short_first_names_and_summarise_give_tasks():
    from tests.stored import tasks

    assert tasks("The signs are missing. Ron to chase.") == [("Ron to chase", ("Ron",))]
    assert tasks("Ros will write to the county about the verges.") == [("Ros to write to the county about the verges", ("Ros",))]
    assert tasks("Clerk to summarise the report for the website.") == [("Clerk to summarise the report for the website", ("Clerk",))]


def test_a_stray_mark_after_resolved_is_no_part_of_the_clause(tmp_path):
    assert _clauses(tmp_path, "Chairman's Welcome", "Resolved.? That the Clerk sends the Council's best wishes to Cllr Frost.") == [
        "That the Clerk sends the Council's best wishes to Cllr Frost."
    ]


def test_a_year_glued_to_the_word_after_it(tmp_path):
    page = "Draft minutes of Harrowby Town Council Meetingheld on Monday 6 November 2034at 6.30pm, Guildhall\n" + _BUSINESS
    assert _meeting_of(tmp_path, page) == [("2034-11-06", "Harrowby Town Council")]


def test_a_capitals_title_with_a_dash_still_splits(tmp_path):
    from cpb_tui.importers.titles import _title_and_rest

    assert _title_and_rest("AOCB - Next meeting: 4th December 2034 at 7pm.") == ("AOCB", "Next meeting: 4th December 2034 at 7pm.")


def test_a_bracket_and_a_stop_after_the_number(tmp_path):
    page = (
        f"{_HEAD}1). Apologies:-\nNo apologies were received.\n2). Minutes of the August meeting.\n"
        "The minutes were agreed and signed.\n3). Review of maintenance schedule\nThe schedule was circulated. Clerk to order new signs.\n"
    )
    _, items = _store_of(tmp_path, page)
    assert [item.number for item, *_ in items] == ["1", "2", "3"]


def test_points_to_note_under_an_item_stay_points(tmp_path):
    page = (
        "Harrowby Vale Community Council November 2034 meeting agenda\n\n"
        "  1. Opening and those present (18:30)\n    1. to note: any interests members hold\n"
        "    2. to agree: order of business below\n  2. Approval of Minutes of 16 October 2034 meeting (19:05)\n"
        "  3. Matters Arising from previous minutes (19:10)\n  4. Planning (19:17)\n    1. to note: changes to the posting of notices\n"
    )
    _, items = _store_of(tmp_path, page, committee="Harrowby Vale Community Council", date=datetime.date(2034, 11, 20))
    titles = [item.title for item, *_ in items]
    assert "Approval of Minutes of 16 October 2034 meeting (19:05)" in titles and not any(title.startswith("To note") for title in titles)
