"""Numbered paragraphs under a numbered minute ("6) Matters Arising" over "6.1 ...", "6.2 ..."):
sub-items of their own in minutes and agendas of several items, as councils cite them; but
the paragraphs of a web page's "Minutes:" block, of "60.0" headings and of a one-item page
stay paragraphs. Texts the project wrote, about a fictional council."""

import datetime as dt

from cpb_tui.importers import load
from cpb_tui.store import Store

PARISH = """Minutes of the Meeting of Ashcombe Parish Council held on Monday 3rd February 2025 at 7.00 p.m. in the Reading Room

1) Chairman
The Chairman welcomed councillors and two residents.
2) Apologies
Cllr P. Gale
3) Matters Arising
 3.1 The new bin by the bus stop had been fitted.
 3.2 The broken slat on the green's bench had been repaired.
4) Councillors' Reports
 4.1 The footpath by Mill Farm is badly flooded - RH & JT to inspect
 4.2 Resolved - that the Council supports a 20mph limit through the village.
 4.3 Verges are overgrown. Resolved - to ask the County Council to cut them before Easter - Clerk to action
5) Planning
No applications had been received.
"""

WEB_MINUTES = """Agenda and minutes
Harbour Towns Scrutiny Committee
Wednesday, 9th April, 2025 10.00 am

1.
Welcome and Apologies
Minutes:
1.1 The Chair welcomed members to the meeting.
1.2 Apologies were received from Councillor Rowe.
2.
Minutes of the last meeting
Minutes:
2.1 The minutes of the meeting held on 12 March 2025 were confirmed as an accurate record.
3.
Harbour Dredging Update
Minutes:
3.1 The Harbour Master introduced the report.
3.2 The Committee asked for a further update at its July meeting.
"""

POINT_ZERO = """MINUTES OF THE CABINET MEETING HELD ON WEDNESDAY 14TH MAY 2025

40.0 Apologies for Absence

40.1 An apology for absence was received from Councillor Hale.

41.0 Declarations of Interest

41.1 There were no declarations of interest.

41.2 Councillor Baird asked that it be noted that she is a governor of Ashcombe School.
"""


def _items(tmp_path, name, text, **asked):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    store = Store.open(tmp_path / "cpb.db")
    source, record = load(path, **asked)
    meeting = store.import_document(record, str(source.path), source.sha256).meetings[0]
    items = store.items(meeting.id)
    found = {item.number: (item, store.resolutions(item.id), [a.text for a in store.item_actions(item.id)]) for item in items}
    store.close()
    return [item.number for item in items], found


def test_numbered_paragraphs_of_parish_minutes_are_sub_items_with_their_own_decisions(tmp_path):
    numbers, found = _items(tmp_path, "ashcombe.txt", PARISH)
    assert numbers == ["1", "2", "3", "3.1", "3.2", "4", "4.1", "4.2", "4.3", "5"]
    assert found["3.2"][0].title == "The broken slat on the green's bench"
    assert found["4.1"][2] == ["RH & JT to inspect (the footpath by Mill Farm is badly flooded)"]
    assert [r.text for r in found["4.2"][1]] == ["that the Council supports a 20mph limit through the village."]
    assert found["4.3"][2] and found["4"][2] == []  # the action is the paragraph's, not its parent's
    assert found["3"][1] == [] and found["3"][2] == []


def test_paragraphs_of_a_web_pages_minutes_block_stay_in_their_item(tmp_path):
    numbers, found = _items(tmp_path, "web.txt", WEB_MINUTES)
    assert numbers == ["1", "2", "3"]
    assert found["3"][2]  # the request for a July update is item 3's


def test_paragraphs_under_point_zero_headings_stay_in_their_item(tmp_path):
    numbers, _ = _items(tmp_path, "cabinet.txt", POINT_ZERO, committee="Cabinet")
    assert numbers == ["40.0", "41.0"]


def test_the_paragraphs_of_a_page_holding_one_item_stay_in_it(tmp_path):
    text = "Agenda item\n\n12 Play Area Refurbishment\n\n12.1 The Clerk reported on three quotes.\n\n12.2 It was agreed to accept the lowest quote.\n"
    numbers, found = _items(tmp_path, "one.txt", text, committee="Ashcombe Parish Council", date=dt.date(2025, 2, 3))
    assert numbers == ["12"]
    assert len(found["12"][1]) == 1


def test_a_dash_touching_the_title_starts_the_minute(fixture_path, tmp_path):
    store = Store.open(tmp_path / "cpb.db")
    source, record = load(fixture_path("shapes/parish_minutes_dashed_lines.txt"))
    assert record.kind == "minutes"  # "A meeting of ... was held on ...": a record, though it never says "Minutes of"
    meeting = store.import_document(record, str(source.path), source.sha256).meetings[0]
    items = {item.number: item for item in store.items(meeting.id)}
    assert [items[n].title for n in "123456789"] == [
        "Apologies for absence-none", "Minutes of last meeting", "Declarations of interest \u2013 none", "Accounts", "Park inspection",
        "Noticeboard", "Footpaths", "New clerk", "Village sign",
    ]
    assert items["4"].minutes == "Accounts for 2025/26 signed off"
    actions = {n: [a.text for a in store.item_actions(items[n].id)] for n in "123456789"}
    store.close()
    assert actions["5"] == ["Clerk to get quotes for a play area safety inspection"]
    assert actions["7"] == ["The clerk to chase the county council"]
    assert actions["8"] == ["Advertise post till the next meeting then interviews to follow"]  # after a finished clause
    assert actions["9"] == [] and actions["1"] == [] and actions["4"] == []


HYPHENED = """Draft Minutes
Minutes of Ashcombe Parish Council Meeting held on 20th January 2026 at the Reading Room.
Proceedings commenced at 7.30pm.

212-1.To receive apologies from Members:
Apologies received from Cllr Gale.
212-2.Public participation time:
A resident asked about the broken streetlight. The matter is to be placed on the next agenda for consideration.
212-3.To confirm that the minutes of the meeting held on 16th December 2025 are a true and accurate record of that meeting.
The minutes were approved.
"""


def test_meeting_and_minute_numbers_joined_by_a_hyphen(tmp_path):
    numbers, found = _items(tmp_path, "hyphen.txt", HYPHENED)
    assert numbers == ["212-1", "212-2", "212-3"]  # the agenda's long "To confirm that ..." wording is item 3's title
    assert found["212-2"][2] == ["Place the matter on the next agenda for consideration"]  # "is to be placed"


def test_a_decisions_reasons_are_no_items(tmp_path):
    text = (
        "Decision details\n\nPlay Strategy Update\n\nDecision status: Recommendations Approved\n\nIs Key decision?: No\n\n"
        "Decision:\n\n1.       To note the progress made on the play strategy.\n\n"
        "2.       To write to the town councils about the new play areas.\n\nReason(s):\n\n"
        "1.       To enable the Council to meet its duties for play provision.\n"
    )
    numbers, found = _items(tmp_path, "decision.txt", text, committee="Cabinet", date=dt.date(2026, 3, 12))
    assert numbers == [None]
    (_, clauses, actions) = found[None]
    assert len(clauses) == 2 and actions == ["Write to the town councils about the new play areas"]


SCOTTISH_UNNUMBERED = """The agenda and reports for this minute are published with the meeting.
Statement on the Storm Damage
The Convener thanked staff for their work during the storm.
Determination of Exempt Business
The Convener proposed that the Committee consider item 12.1 with the press and public excluded.
The Committee resolved:-
to exclude the press and public from the meeting for item 12.1.
Minute of Previous Meeting of 14 January 2026 pdf icon PDF 120 KB
The Committee had before it the minute of its previous meeting for approval.
The Committee resolved:-
to approve the minute as a correct record.
Minute of Meeting of the Youth Forum of 2 December 2025 pdf icon PDF 98 KB
The Committee had before it the minute of the Youth Forum for noting.
The Committee resolved:-
to note the minute. The Committee agreed to take the next three items together.
"""


def test_titles_marked_with_their_attachment_are_items_though_they_carry_dates(tmp_path):
    # the dated title is an item, not the page's own heading ("Minute of Meeting of the Youth Forum of ...")
    path = tmp_path / "scot.txt"
    path.write_text(SCOTTISH_UNNUMBERED, encoding="utf-8")
    store = Store.open(tmp_path / "cpb.db")
    source, record = load(path, committee="Harbour Committee", date=dt.date(2026, 2, 4))
    meeting = store.import_document(record, str(source.path), source.sha256).meetings[0]
    items = store.items(meeting.id)
    assert [i.title for i in items] == [
        "Statement on the Storm Damage", "Determination of Exempt Business", "Minute of Previous Meeting of 14 January 2026",
        "Minute of Meeting of the Youth Forum of 2 December 2025",
    ]
    assert [len(store.resolutions(i.id)) for i in items][1:3] == [1, 1]
    assert store.item_actions(items[3].id) == []  # taking the next items together is the order of business
    store.close()


def test_numbers_of_year_and_serial_on_their_own_lines(tmp_path):
    text = "Agenda and minutes\nYouth Scrutiny Panel - Monday 14th September, 2026 4.30 pm\nItems\nNo. Item\n26/5\nApologies for Absence\n26/6\nDeclarations of Interest\nMinutes:\nNone.\n26/7\nMinutes of the last meeting\nMinutes:\nThe minutes were approved as a correct record.\n"
    numbers, found = _items(tmp_path, "ys.txt", text)
    assert numbers == ["26/5", "26/6", "26/7"]
    assert len(found["26/7"][1]) == 1


def test_the_order_of_business_is_no_action():
    from cpb_tui.actions import extract_from_resolution

    assert extract_from_resolution("The Committee agreed to take the next three items together.", "agreed") == []
    assert extract_from_resolution("to take items 12 and 13 together", "agreed") == []


def test_an_item_page_whose_paragraphs_carry_its_number(tmp_path):
    text = (
        "Agenda item\nReports from the Scrutiny Chairs\nMinutes:\n8.1\nThe Chairs updated the Committee on their work.\n"
        "8.2\nRESOLVED: That the Committee notes the information reported.\n"
    )
    numbers, found = _items(tmp_path, "item.txt", text, committee="Scrutiny Management Board", date=dt.date(2026, 5, 6))
    assert numbers == ["8"]  # no number printed: "8.1", "8.2" make the item 8
    assert len(found["8"][1]) == 1


def test_a_short_title_then_a_dash_and_the_minute(tmp_path):
    text = (
        "Minutes of the Meeting of Ashcombe Parish Council held on Monday 2nd March 2026 at 7.00 p.m.\n\n"
        "1) Chairman\nThe Chairman welcomed councillors.\n2) Matters Arising\n"
        " 2.1 Bins - The Clerk to write to the district council about the missed collections.\n"
        " 2.2 Children in Care - Annual Report of the Reviewing Officer\n3) Planning\nNo applications.\n"
    )
    numbers, found = _items(tmp_path, "dash.txt", text)
    assert found["2.1"][0].title == "Bins" and found["2.1"][2] == ["The Clerk to write to the district council about the missed collections"]
    assert found["2.2"][0].title == "Children in Care - Annual Report of the Reviewing Officer"  # a title with a dash stays whole


def test_a_sentence_in_a_list_whose_numbers_were_lost_is_an_item_of_its_own(tmp_path):
    # a list saved from Word with every number printed "1."; its second entry is a sentence
    text = (
        "Minutes of the Meeting of Ashcombe Parish Council held in the Reading Room on Tuesday 12 May 2026 at 7.30pm.\n\n"
        "  1. Apologies for Absence\n\nApologies were received from Cllr C Cole.\n\n"
        "  1. Members of the Council are invited to declare any interest they may have in the business set out below.\n\n\n"
        "  1. Approval of the Minutes of the Meeting held on 14 April 2026\n\n"
        "The minutes were received and signed by the Chairman as an accurate record.\n\n"
        "  1. Clerk's Report\n\nThe Clerk would advertise the vacancy for the next meeting.\n"
    )
    numbers, found = _items(tmp_path, "ashcombe.txt", text)
    assert numbers == ["1", "2", "3", "4"]
    assert found["2"][0].title == "Members of the Council"  # the sentence's subject, up to its verb
    assert len(found["3"][1]) == 1 and found["4"][2] == ["The Clerk to advertise the vacancy for the next meeting"]


def test_parish_outcomes_in_shorthand(fixture_path, tmp_path, monkeypatch):
    from cpb_tui.domain import clock

    monkeypatch.setattr(clock, "today", lambda: dt.date(2026, 5, 20))
    store = Store.open(tmp_path / "cpb.db")
    source, record = load(fixture_path("shapes/parish_minutes_terse_outcomes.txt"))
    assert record.meetings[0].next_meeting == dt.date(2026, 6, 9)  # "Tuesday June 9th": the year left out
    meeting = store.import_document(record, str(source.path), source.sha256).meetings[0]
    items = {item.number: item for item in store.items(meeting.id)}
    clauses = {n: [r.text for r in store.resolutions(items[n].id)] for n in items}
    actions = {n: [(a.text, a.due_meeting_date or a.due_date) for a in store.item_actions(items[n].id)] for n in items}
    store.close()
    assert actions["3"] == [("Cllr Cole to report back", None)]  # "report back" needs no object
    assert clauses["4"] == ["Deferred to the next meeting."]
    assert actions["4"] == [("Defer the item to the next meeting", dt.date(2026, 6, 9))]
    assert actions["5"] == [("Defer the matter until the September meeting", dt.date(2026, 9, 30))]
    assert actions["6"] == [("Defer the item to June meeting", dt.date(2026, 6, 9))]  # the June meeting is on the calendar
    assert actions["7"] == [("District councillor and clerk to put in a complaint about the missed collections", None)]
    assert actions["1"] == [] and actions["8"] == []
