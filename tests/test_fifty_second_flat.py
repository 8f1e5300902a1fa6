"""The fifty-second step: pages flattened whole onto one line (a document-sharing site's copy, a PDF's text pasted as one
paragraph), read as their printed pages are. Fictional bodies; texts the project wrote."""

from __future__ import annotations

import datetime as dt
import time

from cpb_tui.importers.flattened import unflatten
from tests.stored import page_items as _items
from tests.stored import stored_page


def test_a_flattened_table_of_items_whose_numbers_were_lost_is_read_a_row_an_item(tmp_path):
    page = (
        "Licensing Committee - Tuesday 6 April 2037 7.00 pm Venue: Riverside Room, Market House Contact: Jo Pell No. | Item | ---|---| Apologies for Absence Minutes: Apologies were "
        "received from Councillor Tam Oakes. | | Declarations of Interest To receive declarations. Minutes: None. | | Minutes of the "
        "last meeting Minutes: RESOLVED that the minutes of the meeting held on 2 March 2037 be signed as a correct record. | | "
        "Street Trading Policy PDF 120 KB Minutes: The Committee considered the draft policy. RESOLVED that the draft policy be "
        "put out to consultation for six weeks. | | Work Programme Minutes: The Committee noted the work programme. |"
    )
    found = _items(tmp_path, page, committee="Licensing Committee")
    titles = [item.title for item, _, _ in found]
    assert titles[:2] == ["Apologies for Absence", "Declarations of Interest"]
    assert len(found) == 5
    policy = [clauses for item, clauses, _ in found if item.title.startswith("Street Trading")]
    assert policy and any("consultation for six weeks" in clause for clause in policy[0])


def test_a_flattened_table_row_that_lost_its_bar_is_broken_before_the_next_capitals_title():
    line = (
        "No. | Item | APOLOGIES Decision: Apologies were given by Councillor Ros Leigh. ELECTION OF VICE-CHAIR To elect a vice-chair "
        "for the year. Decision: RESOLVED that Councillor Dee Mace be vice-chair. | FEES AND CHARGES To note the fees. Decision: "
        "Noted. | ANY OTHER BUSINESS Decision: None. |"
    )
    lines = unflatten([line + " " + "The meeting closed at 8.15 pm and the chair thanked all who had come along tonight. " * 4])
    assert any(piece.startswith("ELECTION OF VICE-CHAIR To elect") for piece in lines)
    assert any(piece.startswith("FEES AND CHARGES") for piece in lines)


def test_a_flattened_list_whose_every_item_is_printed_one_reads_each_as_an_item(tmp_path):
    page = (
        "Greyholm Allotments Sub-Committee Minutes April 2037 Present: Cllr R Vane, Cllr S Orme and Mrs T Pask "
        "1. To appoint a minute taker. RESOLVED to appoint the Clerk. 1. To note apologies. None 1. To record declarations of "
        "interest. Cllr Orme holds a plot. 1. To consider the state of the water troughs. RESOLVED for the Clerk to obtain two "
        "quotes for new troughs. 1. To receive a report on vacant plots. Plot 12 is vacant and will be let by the Clerk. 1. To "
        "consider the hedge along the lane. The hedge is to be cut back in the autumn once the birds have finished nesting there."
    )
    found = _items(tmp_path, page, committee="Greyholm Allotments Sub-Committee", date=dt.date(2037, 4, 1))
    assert len(found) == 6
    troughs = [entry for entry in found if "troughs" in entry[0].title]
    assert troughs and troughs[0][2] and "quotes" in troughs[0][2][0].text


def test_flattened_bullets_each_open_a_line():
    line = (
        "Minutes of Ashcombe Parish Council held on 4 May 2037 1. Review of actions Action plan update \u2022 Village sign "
        "\u2022 The clerk confirmed the sign has been ordered. \u2022 Bus shelter \u2022 The clerk will arrange for the roof to be "
        "mended. \u2022 Defibrillator \u2022 The cabinet is now fitted. 2. Finance The accounts were noted and signed. "
    ) * 3
    lines = unflatten([line])
    assert "\u2022 Bus shelter" in lines
    assert "\u2022 The clerk will arrange for the roof to be mended." in lines


def test_flattened_minutes_numbered_with_a_slash_and_lettered_points_read_as_items_with_their_tasks(tmp_path):
    page = (
        "welcome to the Brackley Green Parish Council website Minutes of meeting 9th May 2037 Brackley Green Parish Council "
        "Chair P Lune MINUTES TUES 9th May 2037 7.00 pm Present: P Lune (PL) Chair, Councillors Rowe (JR) Hart (SH) Moss (DM) "
        "1/ Open Forum Two residents asked about the bus timetable. 2/ Apologies K Dunn \u2013 away 3/ Interests PL - School "
        "4/Minutes of April meeting Signed as true by Chair (PL). Proposed by all. 5/Parish Property a/ Green b/ Playing Field "
        "The goal nets are torn. Clerk to order new nets (Act Clerk) c/ Benches d/ Play area The swing chains need oiling (Act JR) "
        "6/Highways a/ Potholes Clerk to report the potholes on Mill Lane (Act Clerk)"
    )
    meeting, found = stored_page(tmp_path, page, committee="Brackley Green Parish Council")
    assert meeting.date == dt.date(2037, 5, 9)
    assert [item.number for item, _, _ in found] == ["1", "2", "3", "4", "5", "6"]
    tasks = {item.number: [task.text for task in item_tasks] for item, _, item_tasks in found}
    assert any("nets" in task for task in tasks["5"])
    assert any("potholes" in task.lower() for task in tasks["6"])


def test_the_opening_of_a_flattened_record_is_broken_before_its_heading_and_who_was_there():
    line = (
        "Home | News | Contact Minutes of the Ordinary Meeting of Fenwick Cross Parish Council held on 3 June 2037 at 7.30pm "
        "Present: Cllrs A Roe (Chair), B Hale and C Lund In attendance: D Vane (Clerk) 1. Apologies None. 2. Minutes The "
        "Minutes of the last meeting were approved. 3. Finance RESOLVED that the accounts be paid. 4. Close The meeting ended. "
    ) * 2
    lines = unflatten([line.strip()])
    assert lines[0] == "Home | News | Contact"
    assert lines[1].startswith("Minutes of the Ordinary Meeting of Fenwick Cross Parish Council")
    assert lines[2].startswith("Present: Cllrs A Roe")
    assert lines[3] == "In attendance: D Vane (Clerk)"
    # (a sentence about the minutes stays whole: "The Minutes of the last meeting were approved.")
    assert not any(piece.startswith("Minutes of the last meeting") for piece in lines)


def test_a_flattened_page_of_a_million_characters_is_broken_in_linear_time():
    unit = "12. APOLOGIES Cllr Ann Bell sent apologies. RESOLVED that the minutes be signed. "
    page = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
    started = time.perf_counter()
    lines = unflatten([page])
    assert time.perf_counter() - started < 20
    assert len(lines) > 1000
    page = ("No. | Item | " + "Apologies Minutes: None. | | " * 40_000)[:1_000_000]
    started = time.perf_counter()
    unflatten([page])
    assert time.perf_counter() - started < 20


def _flat_numbers(tmp_path, page: str, **asked) -> list[str | None]:
    return [item.number for item, _, _ in _items(tmp_path, page, **asked)]


def test_flattened_minutes_numbered_by_letters_and_a_stop_then_the_month_are_items(tmp_path):
    page = (
        "held at the Guildhall, Wexcombe, Monday 12th January 2037 at 6.30pm PRESENT: Cllrs A Pye, B Rudd and Mrs C Tove, Deputy Clerk. "
        "TR1. 01/37 Apologies: Apologies received from Cllr Vane. TR2. 01/37 Public Consultation: No members of the public were present. "
        "TR3. 01/37 Declarations of Interest: None TR4. 01/37 Adoption of Minutes: The minutes of the last meeting were accepted. Agreed. "
        "TR5. 01/37 Planters at the entrances to the town: It was agreed the planters need repainting. The Clerk will order the paint."
    )
    assert _flat_numbers(tmp_path, page, committee="Wexcombe Town Council") == [f"TR{n}. 01/37" for n in range(1, 6)]


def test_flattened_references_with_the_council_s_letters_inside_and_a_title_in_title_case(tmp_path):
    page = (
        "Minutes Full Parish Council 6 April 2037 Present: \u2013 Cllr Ames (Chair), Cllr Bell, Cllr Cobb. In Attendance: \u2013 Mrs D Eyre "
        "(Clerk) 301/PC/37 \u2013 Public Session Time (7.30 pm-7.45 pm) The meeting is open to the public. No comments "
        "302/PC/37 \u2013 Apologies for Absence APOLOGIES were received from Cllr Fenn. 303/PC/37 \u2013 County Councillor\u2019s Report "
        "Cllr Ames reported that the verges would be cut in May. 304/PC/37 \u2013 District Councillors\u2019 Report Nothing to report."
    )
    found = _items(tmp_path, page, committee="Parish Council")
    assert [(item.number, item.title) for item, _, _ in found] == [
        ("301/PC/37", "Public Session Time (7.30 pm-7.45 pm)"), ("302/PC/37", "Apologies for Absence"),
        ("303/PC/37", "County Councillor\u2019s Report"), ("304/PC/37", "District Councillors\u2019 Report"),
    ]


def test_flattened_minutes_numbered_by_year_month_and_minute_in_six_figures(tmp_path):
    page = (
        "Minutes of the Meeting of Aldwick Fen Parish Council held on 8 October 2037 at 19:30 in the Reading Room. Present: Cllr D Ross "
        "(Chairman), Cllr P Lusk, Cllr E Catt No members of the public were present. 371001. Welcome Chairman welcomed councillors to "
        "the meeting. 371002. Apologies Apologies received from Cllr Hurd. 371003. Declarations of interest None were made. "
        "371004. Minutes of previous meeting The council resolved to accept the minutes of the September meeting as a true record."
    )
    assert _flat_numbers(tmp_path, page) == ["371001", "371002", "371003", "371004"]


def test_flattened_references_glued_to_their_capitals_titles(tmp_path):
    page = (
        "Present Cllr Mrs A Jones (Chair), Cllr B Rees, Cllr C Hale. The meeting opened with Prayers 412/01APOLOGIES Apologies were "
        "received from Cllr Hoyle 412/02DECLARATION OF INTEREST None were declared. 412/03MINUTES The minutes of the last meeting were "
        "read and confirmed 412/04PLANNING APPLICATIONS The Council supported the extension at Mill House."
    )
    assert _flat_numbers(tmp_path, page, committee="Llanfair Town Council", date=dt.date(2037, 2, 2)) == ["412/01", "412/02", "412/03", "412/04"]
