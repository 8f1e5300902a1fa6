"""The fifty-second step, second round for pages flattened whole (a web page's or a PDF's text pasted as one paragraph):
the meeting's committee and date read from the flattened heading as from the printed one. Fictional bodies; texts the
project wrote."""

from __future__ import annotations

import datetime as dt
import time

from cpb_tui.importers.flattened import unflatten
from tests.stored import stored_page


def _meeting(tmp_path, page: str):
    return stored_page(tmp_path, page)[0]


def test_a_flattened_web_page_of_a_meeting_names_its_committee_and_date(tmp_path):
    page = (
        "Agenda and minutes Harbour Board - Tuesday, 4th May, 2038 6.00 pm Venue: Quay Hall, Marlow Street. View directions "
        "Contact: Ann Lee, Clerk Items No. Item 1. Apologies for Absence Minutes: Apologies were received from Councillor Dace. "
        "2. Ferry Fares Minutes: RESOLVED that the winter fares be frozen for a year. 3. Moorings Minutes: RESOLVED that the "
        "Harbour Master review the mooring charges and report back in the autumn."
    )
    meeting, found = stored_page(tmp_path, page)
    assert (meeting.committee, meeting.date) == ("Harbour Board", dt.date(2038, 5, 4))
    assert [item.title for item, _, _ in found][:2] == ["Apologies for Absence", "Ferry Fares"]


def test_a_flattened_issue_page_and_a_flattened_decision_page_name_their_meeting(tmp_path):
    issue = (
        "Issue - meetings Ferry Fares Meeting: 11/05/2038 - Harbour Board (Item 12) 12 Ferry Fares pdf icon PDF 90 KB Minutes: "
        "The Board considered the fares for the winter. RESOLVED that the winter fares be frozen for a year."
    )
    meeting = _meeting(tmp_path, issue)
    assert (meeting.committee, meeting.date) == ("Harbour Board", dt.date(2038, 5, 11))
    decision = (
        "Decision details Slipway Repairs Decision Maker: Harbour Board Decision status: Recommendations Approved Is Key decision?: "
        "No Is subject to call in?: No Decision: The Board resolved to approve the repair of the east slipway. Report author: Ann "
        "Lee Publication date: 19/05/2038 Date of decision: 18/05/2038 Decided at meeting: 18/05/2038 - Harbour Board "
        "Accompanying Documents: Slipway report"
    )
    meeting = _meeting(tmp_path, decision)
    assert (meeting.committee, meeting.date) == ("Harbour Board", dt.date(2038, 5, 18))


def test_a_flattened_heading_in_capitals_run_in_among_words_opens_a_line_of_its_own():
    line = (
        "Downloaded from the parish archive ANNUAL PARISH MEETING Minutes of the Annual Parish Meeting of Elmscar held on "
        "Wednesday 5 May 2038 Present: Cllrs A Bell (Chair) and C Dunn 1. Welcome The Chair welcomed all present. 2. Reports "
        "The reports of the village groups were received. 3. Close The meeting closed at 8.30 pm after a short discussion. "
    )
    lines = unflatten([line.strip()])
    assert lines[:3] == ["Downloaded from the parish archive", "ANNUAL PARISH MEETING",
                         "Minutes of the Annual Parish Meeting of Elmscar held on Wednesday 5 May 2038"]
    # (a heading read on into small letters stays whole: "MINUTES OF THE HARBOUR BOARD held on ...")
    line = (
        "Quayside Trust DRAFT MINUTES OF THE HARBOUR BOARD held in the Quay Hall on 6 May 2038 at 10.00am Members Present: "
        "A Bell, C Dunn 1. Apologies None were given. 2. Moorings RESOLVED that the charges be reviewed. 3. Close The meeting ended."
    )
    lines = unflatten([line])
    assert "DRAFT MINUTES OF THE HARBOUR BOARD held in the Quay Hall on 6 May 2038 at 10.00am" in lines


def test_a_flattened_parish_heading_with_its_day_before_the_council_names_both(tmp_path):
    page = (
        "3 May Elmscar Parish Council Minutes of the Parish Council Meeting held on Tuesday 3rd May 2038 at 7.30 pm in the "
        "Village Hall Councillors Present: Mr A Bell (Chairman), Mrs C Dunn and Mr E Fox. 101 Apologies: None. 102 Minutes: The "
        "minutes of the last meeting were signed. 103 Footpaths: RESOLVED that the Clerk write to the county about the stile."
    )
    meeting = _meeting(tmp_path, page)
    assert (meeting.committee, meeting.date) == ("Elmscar Parish Council", dt.date(2038, 5, 3))


def test_a_flattened_body_name_run_into_its_day_and_a_title_run_into_its_time(tmp_path):
    page = (
        "Meeting documents Licensing Panel Monday, 10th May, 2038 7.30 pm Place: Quay Hall Present: Councillors Bell and Dunn "
        "LP/01 Declarations of interest There were none. LP/02 Minutes RESOLVED: That the minutes be signed. LP/03 Street "
        "Trading RESOLVED: That the street trading consent be renewed for a year."
    )
    meeting = _meeting(tmp_path, page)
    assert (meeting.committee, meeting.date) == ("Licensing Panel", dt.date(2038, 5, 10))
    page = (
        "Harbour Board - Thursday, 13th May, 2038 2.00 p.m. The minutes of the meeting held on 8 April 2038 were taken as "
        "read and signed. RESOLVED: That the Board approve the budget for the year."
    )
    meeting = _meeting(tmp_path, page)
    assert (meeting.committee, meeting.date) == ("Harbour Board", dt.date(2038, 5, 13))


def test_a_flattened_heading_keeps_a_council_line_with_its_clerk_and_the_list_of_who_was_there():
    line = (
        "PARISH COUNCIL Clerk: Mr D Vane 2 Mill Lane Phone: 01234 000000 The Minutes of the meeting of Elmscar Parish Council held "
        "at the Village Hall on Monday 3rd May 2038 Present: Mrs A Bell (Chairman) Mr C Dunn Apologies: Nil 1. Interests: Nil 2. "
        "Minutes: The Minutes of the last meeting were approved. 3. Finance: RESOLVED that the accounts be paid. "
    ) * 2
    lines = unflatten([line.strip()])
    assert lines[0].startswith("PARISH COUNCIL Clerk: Mr D Vane")
    assert lines[1].startswith("The Minutes of the meeting of Elmscar Parish Council held")
    # (a heading that runs on into who was there, "... by Zoom PRESENT Cllrs ...", is left whole)
    line = (
        "Minutes of the Meeting of the Council Monday 3rd May at 7.00pm Held by ZOOM PRESENT Cllrs A Bell, C Dunn MEMBERS OF THE "
        "PUBLIC None 38.20 DECLARATIONS None. 39.20 MINUTES The minutes were approved. 40.20 FINANCE The accounts were paid. "
    ) * 2
    assert unflatten([line.strip()])[0].startswith("Minutes of the Meeting of the Council Monday 3rd May at 7.00pm Held by ZOOM PRESENT Cllrs")


def test_a_flattened_heading_of_a_million_characters_is_broken_in_linear_time():
    for unit in ("Agenda and minutes Harbour Board Venue: Quay Hall ANNUAL PARISH MEETING 3 May Elmscar Parish Council ",
                 "Meeting: 04/05/2038 - Harbour Board (Item 12) Decided at meeting: 04/05/2038 No. Item Minutes: ",
                 "HARBOUR BOARD COMMITTEE MAY JUNE 2038 " * 3, "1. Ferry Fares " * 5 + "Minutes: None "):
        page = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
        started = time.perf_counter()
        unflatten([page])
        assert time.perf_counter() - started < 20


def test_flattened_references_of_letters_a_space_and_a_minute_some_starred_are_items(tmp_path):
    page = (
        "At a Meeting of the HARBOUR COMMITTEE held at the Quay Hall on WEDNESDAY the 5th day of MAY, 2038 at 2.00pm Present: Cllr A "
        "Bell \u2013 Chairman Cllr C Dunn *HB 41 DECLARATIONS OF INTEREST Cllr Bell declared an interest in the moorings (Minute *HB 44 "
        "refers), as she keeps a boat on the east pontoon. HB 42 URGENT BUSINESS The Chairman took a late item on the slipway, whose "
        "timbers were found rotten after the spring tides. RESOLVED that the slipway be closed for repair. "
        "*HB 43 MINUTES RESOLVED that the minutes of the meeting held on 7 April 2038 be signed. HB 44 MOORINGS The charges were noted."
    )
    found = stored_page(tmp_path, page)[1]
    assert [item.number for item, _, _ in found] == ["HB41", "HB42", "HB43", "HB44"]
    assert found[1][1] and "slipway be closed" in found[1][1][0]
    # (the minute cited in brackets, "(Minute *HB 44 refers)", is never cut off as an item of its own)
    page = ("HB 41 MINUTES " * 100_000)[:1_000_000]
    started = time.perf_counter()
    unflatten([page])
    assert time.perf_counter() - started < 20
