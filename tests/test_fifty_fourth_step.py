"""The fifty-fourth step: shapes a blind set (read once its blind score was taken) and a clause locator showed, written
again about fictional bodies. Texts the project wrote."""

from __future__ import annotations

from tests.stored import page_items as _items
from tests.stored import second_item, stored_page

_ANNUAL_MEETING = (
    "Minutes of Ashcombe Parish Council meeting held in the Village Hall on\nWednesday 17 May 2034\n"
    "Members Present\nCllr A Bell (Chair) Cllr C Dunn\n"
    "01/05/34 Election of Chair and Vice Chair\n"
    "Cllr A Bell was proposed, seconded and elected and signed the declaration of acceptance of office.\n"
    "Public Participation\nTwo residents spoke about the bus shelter.\n"
    "02/05/34 Apologies\nCllr E Frost\n"
    "03/05/34 Declarations of Interest\nNone\n"
    "04/05/34 Minutes of the meeting held on 19 April 2034\nAgreed and signed as a true record\n"
    "05/05/34 Ashcombe District Council\n"
    "5.1 Planning Applications:\nNone received.\n"
    "5.2 Planning Decisions\nNone\n"
    "06/05/34 To review:\n6.1 Standing Orders\nReviewed and kept.\n"
)


def test_minutes_numbered_minute_month_year_read_when_the_annual_meeting_opens_with_its_election(tmp_path):
    found = _items(tmp_path, _ANNUAL_MEETING)
    numbers = [item.number for item, _, _ in found]
    assert [n for n in numbers if "/" in n] == ["01/05/34", "02/05/34", "03/05/34", "04/05/34", "05/05/34", "06/05/34"]
    # the dotted points stand under their minute, which is kept
    assert {"5.1", "5.2", "6.1"} <= set(numbers)
    titles = {item.number: item.title for item, _, _ in found}
    assert titles["05/05/34"] == "Ashcombe District Council"


def test_dates_opening_lines_of_letters_are_still_no_minutes(tmp_path):
    page = (
        "Minutes of Ashcombe Parish Council meeting held on 17 May 2034\n"
        "1. Correspondence\n"
        "01/05/34 Letter from the school about parking\n"
        "02/05/34 Email from a resident about the hedge\n"
        "03/05/34 Notice of road closure on Mill Lane\n"
        "2. Close\nThe meeting closed at 9pm.\n"
    )
    assert [item.number for item, _, _ in _items(tmp_path, page)] == ["1", "2"]


def test_it_was_agreed_unanimously_after_a_phrase_with_no_comma_is_a_decision(tmp_path):
    clauses, _ = second_item(tmp_path, "The Clerk asked for nominations. There being no further nominations it was agreed unanimously "
                                        "that Councillor Bell be appointed as Chair of the Council.")
    assert clauses == ["Agreed unanimously that Councillor Bell be appointed as Chair of the Council."]


_SCOTTISH_MINUTE = (
    "Download or view in pdf format\n"
    "Kelvinside Community Council Minute of Meeting\n"
    "14 March 2035 Kelvinside Community Centre\n7pm\n"
    "Present:\nAnn Bell (Chair) Colin Dunn Eilidh Frost\n"
    "Apologies:\nGreg Hale\n"
    "1. Declarations of Interest: none\n"
    "2. Matters arising\n"
    "- Lights on the brae – Cllr Ross to follow up\n"
    "3. AOB\nNone.\n"
)


def test_a_scottish_minute_of_meeting_is_a_record_and_names_its_body(tmp_path):
    meeting, found = stored_page(tmp_path, _SCOTTISH_MINUTE)
    assert meeting.committee == "Kelvinside Community Council"
    assert [task.text for task in found[1][2]] == ["Cllr Ross to follow up (Lights on the brae)"]


def test_present_alone_over_the_names_makes_a_record(tmp_path):
    page = _SCOTTISH_MINUTE.replace("Minute of Meeting", "").replace("Download or view in pdf format\n", "")
    meeting, found = stored_page(tmp_path, page)
    assert meeting.committee == "Kelvinside Community Council"
    assert [item.minute_number for item, _, _ in found] == ["1", "2", "3"]
    assert [task.text for task in found[1][2]] == ["Cllr Ross to follow up (Lights on the brae)"]


def test_present_alone_over_a_notice_s_words_is_no_record(tmp_path):
    page = (
        "Kelvinside Community Council\nMeeting on 14 March 2035 in the Community Centre\n"
        "Present:\nMembers Are asked to sign the attendance book\n"
        "1. Declarations of Interest\n2. Matters arising\n- Lights on the brae – Cllr Ross to follow up\n3. AOB\n"
    )
    meeting, found = stored_page(tmp_path, page)
    assert [item.minute_number for item, _, _ in found] == [None, None, None]


def test_an_outcome_with_no_subject_after_a_heading_s_dash_takes_the_heading_as_its_subject(tmp_path):
    page = (
        "Exampleton Community Council\nMinutes of Meeting held on 10 October 2031\n1 Apologies\nNone.\n"
        "2 Minutes of meeting held on 12 September 2031 - were approved proposed by R. Smith and seconded by M. Dow.\n"
        "3 Police Report\nNo crimes.\n"
    )
    found = _items(tmp_path, page)
    assert found[1][1] == ["Minutes of meeting held on 12 September 2031 were approved proposed by R. Smith and seconded by M. Dow."]


def test_a_member_s_wish_or_suggestion_then_this_was_agreed_is_the_decision_and_its_task(tmp_path):
    clauses, tasks = second_item(tmp_path, "Bill asked why a resident had come as a member. It was explained that there had been an error. "
                                           "Bill stated that he wished the secretary to send a formal letter to the Partnership. This was agreed.")
    assert clauses == ["Bill stated that he wished the secretary to send a formal letter to the Partnership. This was agreed."]
    assert tasks == ["The secretary to send a formal letter to the Partnership"]
    clauses, tasks = second_item(tmp_path, "The bin is full. It was suggested that the Clerk ask the council for a new bin. This was agreed.")
    assert clauses == ["It was suggested that the Clerk ask the council for a new bin. This was agreed."]
    assert tasks == ["The Clerk to ask the council for a new bin"]


def test_there_or_the_opening_a_sentence_is_no_member_s_name():
    from cpb_tui.importers.mid_decisions import PROPOSAL_AGREED
    import re

    assert not re.match(PROPOSAL_AGREED, "There suggested that nothing be done. This was agreed.")
    assert re.match(PROPOSAL_AGREED, "Mary suggested that three quotes be sought for the repair. This was agreed.")


def test_a_held_on_line_under_blank_lines_and_a_download_s_debris_is_the_meeting_s_day(tmp_path):
    page = (
        "January 2035 Minutes\n\n  1. January 2035 Minutes\n\n    PDF\n\n    564.7 KB\n\n \n\nMINUTE OF MEETING\n\n"
        "HELD ON: WEDNESDAY 15TH JANUARY 2035 AT 19:00  \n\nIN: THE CLUB, MILL ROAD\n\n \n\n \n\nPRESENT:  \n\n"
        "Office Bearers: Ann Bell (Chair)\n\nWELCOME\n\nAnn welcomed all.\n\n  1. DECLARATION OF INTEREST None noted.\n\n"
        "2. ADOPTION OF PREVIOUS MINUTE\n\nMinutes of meeting of 16th October 2034 proposed by Ann Bell.\n\n3. REPORTS\n\nNone.\n"
    )
    meeting, _ = stored_page(tmp_path, page, committee="Millbrae Community Council")
    assert meeting.date.isoformat() == "2035-01-15"


def test_a_web_page_s_list_printed_from_one_again_with_titles_run_into_their_minutes_counts_on(tmp_path):
    page = (
        "Minutes of the meeting of Hale Parish Council held on Thursday 4th August 2033\n"
        "Present: Cllr A Bell (chair), Cllr C Dunn\n"
        "  1. Public Session:\n  2. Declarations of interest: There were no interests declared.\n"
        "  3. Apologies: There were no apologies.\n  4. Approve the minutes: The minutes of July were approved.\n"
        "  5. Matters arising:\nThe clerk reported that the cash book was up to date.\n"
        "  1. Planning: There were no planning issues.\n  2. Accounts: Financial Matters\nBank balance: £4,232.11\n"
        "  1. Footpaths: An email had been received about the stile.\n  2. Community: There were no letters.\n"
        "  3. Parish News: There was no news.\n"
    )
    found = _items(tmp_path, page)
    assert [item.title for item, _, _ in found][5:] == ["Planning", "Accounts", "Footpaths", "Community", "Parish News"]
    assert [item.number for item, _, _ in found] == [str(n) for n in range(1, 11)]


def test_a_meeting_s_own_number_or_kind_is_no_body_s_name():
    from cpb_tui.importers.committee_names import clean_committee

    assert clean_committee("Meeting 14/19") is None
    assert clean_committee("confidential") is None
    assert clean_committee("Private") is None
    assert clean_committee("Hale Parish Council") == "Hale Parish Council"


def test_a_body_named_in_a_list_of_minutes_adopted_is_neither_the_meeting_s_body_nor_its_day(tmp_path):
    page = (
        "held on TUESDAY 15 MARCH 2033 at 7pm in the Guildhall\n"
        "Cllrs Abbott, Bell, Dunn, Frost.\nIn attendance: Town Clerk (Ann Reed).\n"
        "Apologies for absence\nApologies were received from Cllr Hale.\n"
        "To receive and adopt the minutes of committees\n"
        "It was unanimously resolved to receive and adopt the minutes of the following committees:\n"
        "Planning Committee held on 17 February 2033 at 7pm\n"
        "Museum Management Committee held on 28 February at 7pm\n"
        "Finance & General Purposes Committee held on 2 March 2033 at 7pm\n"
    )
    meeting, _ = stored_page(tmp_path, page, committee="Kelby Town Council")
    assert meeting.date.isoformat() == "2033-03-15"


_NOTICE = (
    "Decision details\n\nBus shelters on Mill Road\n\nDecision Maker: Cabinet Member for Highways\n\n"
    "Decision status: Recommendations Approved\n\nDecision:\n\n{decision}\n\nReasons for the decision:\n\nThe shelters are old.\n"
)


def test_how_a_decision_came_about_is_its_lead_in_not_its_clause(tmp_path):
    from cpb_tui.importers import load

    path = tmp_path / "notice.txt"
    path.write_text(_NOTICE.format(decision="Having considered the report and the options set out in it, the Cabinet Member for Highways "
                                            "agreed that the new shelters be installed on Mill Road."), encoding="utf-8")
    _, record = load(path, date=__import__("datetime").date(2036, 3, 4))
    (clause,) = record.meetings[0].items[0].resolutions
    assert clause.text == "the Cabinet Member for Highways agreed that the new shelters be installed on Mill Road."
    assert clause.lead_in == "Having considered the report and the options set out in it"


def test_a_meeting_and_a_consideration_before_who_agreed_leave_no_task_made_of_them(tmp_path):
    meeting, found = stored_page(tmp_path, _NOTICE.format(
        decision="At the informal meeting of Members on 17 November 2036, having considered the draft minutes of the meeting held "
                 "on 21 July 2036, the Chief Executive agreed that the minutes be signed as a correct record."), date=__import__("datetime").date(2036, 11, 17))
    assert found[0][1] == ["the Chief Executive agreed that the minutes be signed as a correct record."]
    assert found[0][2] == []


def test_a_permission_given_or_money_moved_between_the_council_s_accounts_is_decided_not_a_task(tmp_path):
    _, tasks = second_item(tmp_path, "It was unanimously agreed to allow the tenant Ann Bell permission to erect a greenhouse on her allotment.")
    assert tasks == []
    _, tasks = second_item(tmp_path, "In accordance with financial standing orders it was agreed to transfer £12,000 from the deposit account to the "
                                     "charity account.")
    assert tasks == []
    _, tasks = second_item(tmp_path, "It was agreed to transfer £500 to the Village Hall Trust for the roof.")
    assert tasks == ["Transfer £500 to the Village Hall Trust for the roof"]


# What a review of the step found: its new rules read as this council's decisions what other bodies decided and what
# members only agreed with, and took a page's posting day for the meeting's


def test_another_meeting_s_decision_told_after_where_or_at_which_stays_in_its_sentence(tmp_path):
    clauses, _ = second_item(tmp_path, "Cllr Bell reported on the District Council meeting in February, where it was agreed unanimously that "
                                        "car park charges would rise by 10p from April.")
    assert clauses == []


def test_members_agreeing_with_a_view_is_no_decision(tmp_path):
    clauses, _ = second_item(tmp_path, "The damp patch has grown. Cllr Moss said the new signs on the bridleway would be far clearer for walkers "
                                        "and members agreed. The Clerk suggested the gutters on the north side were the cause and members agreed.")
    assert clauses == []
    clauses, _ = second_item(tmp_path, "The bench is rotting. She suggested moving the new bench to the green and councillors agreed.")
    assert clauses == ["She suggested moving the new bench to the green and councillors agreed."]


def test_another_body_s_resolution_after_and_is_no_decision_nor_task(tmp_path):
    clauses, tasks = second_item(tmp_path, "The club had discussed the new lease and Resolved: To ask the Council for a ten year term.")
    assert (clauses, tasks) == ([], [])


def test_an_election_told_after_and_stays_in_its_sentence(tmp_path):
    clauses, _ = second_item(tmp_path, "Cllr Tate reported that the hall committee held its annual meeting in January and Mrs Ann Dale was "
                                        "elected as its chair.")
    assert clauses in ([], ["Cllr Tate reported that the hall committee held its annual meeting in January and Mrs Ann Dale was elected as its chair."])


def test_a_page_s_posting_day_is_never_the_meeting_s(tmp_path):
    page = ("Elderbrook Parish Council\n\n\nHome\n\n\nMeetings\n\n\nMinutes of the Parish Council Meeting\n\n\n"
            "Posted on Wednesday 12 March 2031\n\nPresent: Cllr A Hale (Chair), Cllr B Moss\n\n1. Apologies\nNone.\n\n2. Close\nClosed at 9pm.\n")
    meeting, _ = stored_page(tmp_path, page, date=__import__("datetime").date(2031, 3, 4))
    assert (meeting.committee, meeting.date.isoformat()) == ("Elderbrook Parish Council", "2031-03-04")


_TRACKER = (
    "Corporate Parenting Board\nAction Tracker\nMeeting: 12 June 2036\n\n"
    "| Ref | Action | Owner | Target date | Status |\n|---|---|---|---|---|\n"
    "| 1 | Report on placement stability to the Board | Head of Service | 31/03/2036 | Overdue |\n"
    "| 2 | Circulate the pledge to all members | Clerk | 30/09/2036 | Open |\n"
)


def test_a_tracker_row_whose_printed_target_passed_before_the_meeting_keeps_it(tmp_path):
    from cpb_tui.store import Store

    meeting, found = stored_page(tmp_path, _TRACKER)
    (overdue,), (ahead,) = found[0][2], found[1][2]
    assert (overdue.due_date.isoformat(), ahead.due_date.isoformat()) == ("2036-03-31", "2036-09-30")
    store = Store.open(next(tmp_path.glob("page*/cpb.db")))
    try:
        created = [row[0] for row in store.db.execute("select new from action_events where action_id = ? and event = 'created'", [overdue.id])]
    finally:
        store.close()
    assert created == ["2036-03-31"]


def test_a_month_gone_by_in_the_minutes_words_is_still_no_due(tmp_path):
    _, tasks = second_item(tmp_path, "The grant paid in March was queried. The Clerk to send the papers to the auditor.")
    assert tasks == ["The Clerk to send the papers to the auditor"]
