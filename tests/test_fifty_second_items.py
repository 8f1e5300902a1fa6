"""The fifty-second step, items: headings and minute numbers the development pages print in ways cpb still read badly,
written again about fictional bodies. Texts the project wrote."""

from __future__ import annotations

import datetime as dt

from tests.stored import page_items as _items
from tests.stored import stored_page


def test_headings_in_capitals_run_into_their_text_before_the_first_number(tmp_path):
    page = (
        "Minutes of the meeting of Oxley Marsh Parish Council held on 9th June 2037\n\n"
        "FOOTBALL CLUB UPDATE Mr Penn from the club said the new goals had arrived and would be put up in July.\n\n"
        "PRESENT Cllrs Hart, Jones, Lomax.\n\n"
        "APOLOGIES Cllr Wren.\n\n"
        "DECLARATIONS OF MEMBERS INTERESTS. Cllr Jones declared an interest in the grant to the club.\n\n"
        "MINUTES OF MEETING HELD ON 12TH MAY 2037. These were approved and signed.\n\n"
        "1. Playing Field. The grass is to be cut every fortnight.\n\n"
        "2. Grants. It was agreed to give the club \u00a3200.\n\n"
        "3. Footpaths. No reports.\n"
    )
    found = _items(tmp_path, page)
    titles = [item.title for item, _, _ in found]
    assert titles[:4] == ["Football Club Update", "Apologies", "Declarations of Members Interests", "Minutes of Meeting Held on 12th May 2037"]
    assert found[3][1] == ["These were approved and signed."]
    assert [item.number for item, _, _ in found[4:]] == ["1", "2", "3"]


def test_a_council_s_name_in_capitals_over_its_minutes_is_no_standing_item(tmp_path):
    page = (
        "OXLEY MARSH PARISH COUNCIL Minutes of the meeting held on 9th June 2037\n\n"
        "APOLOGIES Cllr Wren.\n\n"
        "DECLARATIONS OF INTEREST. None were made.\n\n"
        "1. Playing Field. The grass is to be cut every fortnight.\n\n"
        "2. Grants. It was agreed to give the club \u00a3200.\n\n"
        "3. Footpaths. No reports.\n"
    )
    titles = [item.title for item, _, _ in _items(tmp_path, page)]
    assert not any("Parish Council" in title for title in titles)
    assert titles[:2] == ["Apologies", "Declarations of Interest"]


def test_minute_numbers_after_their_heading_or_at_their_sentence_s_end_before_the_run(tmp_path):
    page = (
        "Minutes of the meeting of Nantlle Vale Community Council held on Tuesday 3rd March 2037.\n\n"
        "Apologies: 101/2037 Cllrs R Hughes and T Price.\n"
        "The minutes of the February meeting were read and signed. 102/2037\n"
        "103/2037 The Clerk reported that the lamp on Bryn Road had been mended.\n"
        "104/2037 Grass cutting \u2013 three quotes were received and the lowest was accepted.\n"
        "105/2037 Correspondence \u2013 a letter from the school was read.\n"
    )
    found = _items(tmp_path, page)
    assert [item.number for item, _, _ in found] == ["101/2037", "102/2037", "103/2037", "104/2037", "105/2037"]
    assert found[0][0].title == "Apologies"
    assert "102/2037" not in " ".join(found[1][1])


def test_a_run_of_minute_numbers_each_after_its_heading_in_capitals(tmp_path):
    page = (
        "Minutes of the Town Council Meeting held on Monday, 2nd March 2037 at the Guildhall.\n\n"
        "PRESENT: Councillors P Ash, R Bell and the Mayor, S Cole.\n\n"
        "LAST MEETING 5120 The minutes of the February meeting were agreed and signed as a true record.\n\n"
        "MATTERS ARISING from the last meeting (for information only). 5121\n\n"
        "(5103) Car park lights - Cllr Bell asked when the lights would be fixed, the Clerk will chase the contractor.\n\n"
        "(5110) Twinning - Cllr Ash gave an update.\n\n"
        "MAYOR'S REPORT 5122 The Mayor had attended the school's prize giving.\n"
    )
    found = _items(tmp_path, page)
    assert [item.number for item, _, _ in found] == ["5120", "5121", "5122"]
    assert found[0][0].title == "Last Meeting"


def test_a_heading_alone_after_a_minute_whole_on_its_line_is_an_item(tmp_path):
    page = (
        "Minutes of the Parish Council Meeting held on Tuesday 7th April 2037\n\n"
        "37.04.01 / Present: P.Cllrs Mrs R Vane (Chair), T Hook, S Lyle.\n"
        "37.04.02 / Declarations of Interest: none.\n"
        "Statements from members of the public:\n"
        "a.  Mrs Quill asked about the flooding on Ford Lane. The Chair said the county would be told.\n"
        "37.04.03 / Planning: new porch at 4 Mill Row \u2013 no objection.\n\n"
        "37.04.04 / Minutes. RESOLVED: That the minutes of 3rd March be signed.\n\n"
        "Tree Works\n\n"
        "T/2037/0031 Oak at the Old Rectory. Crown reduction.\n"
    )
    found = _items(tmp_path, page)
    titles = {item.title: item.number for item, _, _ in found}
    assert titles.get("Statements from members of the public") is None and "Statements from members of the public" in titles
    assert "Tree Works" in titles
    assert sorted(n for n in titles.values() if n) == ["37.04.01", "37.04.02", "37.04.03", "37.04.04"]


def test_a_heading_under_a_numbered_title_stays_in_its_item(tmp_path):
    page = (
        "Minutes of the Parish Council Meeting held on Tuesday 7th April 2037\n\n"
        "1. Apologies: none.\n\n2. Planning\nApplications received\nA new porch at 4 Mill Row. No objection.\n\n"
        "3. Finance\nPayments\nThe accounts were approved.\n"
    )
    assert [item.number for item, _, _ in _items(tmp_path, page)] == ["1", "2", "3"]


def test_short_lists_each_starting_again_at_one_under_their_headings_keep_every_entry(tmp_path):
    page = (
        "Harrowby Vale Council\n\nOur scrutiny plan for 2037 / 2038\n\n"
        "Task and finish groups\n\nEach group reports within a year.\n\n"
        "  1. Street lighting - Whether the lights can be dimmed after midnight.\n"
        "  2. Allotments - How long people wait for a plot.\n\n"
        "Reviews of past work:\n\n  1. Flood grants\n\n"
        "Single meetings\n\n"
        "  1. Libraries - Opening hours in the villages.\n"
        "  2. Markets - The cost of a stall.\n"
        "  3. Parking - Charges at the station car park.\n"
    )
    found = _items(tmp_path, page, committee="Scrutiny Committee", date=dt.date(2037, 4, 1))
    numbered = sorted((item.number, item.title.split(" - ")[0]) for item, _, _ in found)
    assert numbered == [("1", "Flood grants"), ("1", "Libraries"), ("1", "Street lighting"), ("2", "Allotments"), ("2", "Markets"), ("3", "Parking")]


def test_an_agenda_s_numbers_then_its_minutes_numbers_are_no_short_lists(tmp_path):
    page = (
        "Minutes of the meeting of Oxley Marsh Parish Council held on 9th June 2037\n\n"
        "1. Apologies\nCllr Wren.\n\n2. Minutes\nThe minutes were approved.\n\n3. Playing Field\nThe grass is to be cut.\n\n"
        "4. Grants\nIt was agreed to give the club \u00a3200.\n"
    )
    assert [item.number for item, _, _ in _items(tmp_path, page)] == ["1", "2", "3", "4"]


def test_a_meeting_s_agenda_and_minutes_page_with_one_item_keeps_its_number_and_meeting(tmp_path):
    page = (
        "Agenda and minutes\n\n"
        "Cabinet Member Decisions/Leader Decisions - Thursday 5 March 2037 10.00 am\n\n"
        "Contact: Jo Marsh  Committee Officer\n\n"
        "Items\nNo. Item\n\n1.\n\nLease of the old library\n\nMinutes:\n\nResolved\n\n \n\n"
        "That the Leader agrees to lease the old library to the Harrowby Arts Trust for ten years.\n"
    )
    meeting, found = stored_page(tmp_path, page)
    assert (meeting.committee, meeting.date) == ("Cabinet Member Decisions/Leader Decisions", dt.date(2037, 3, 5))
    ((item, clauses, _),) = found
    assert (item.number, item.title) == ("1", "Lease of the old library")
    assert clauses and clauses[0].startswith("That the Leader agrees to lease")


def test_a_minute_code_alone_in_its_cell_over_its_paragraph_is_an_item(tmp_path):
    page = (
        "Oxley District Council\n\n4th March 2037\n\n"
        "Present \u2013 The Chairman (Councillor Hale) and Councillors Ames, Birch and Cole.\n\n"
        "The minutes of the meeting held on 4th February 2037 were confirmed and signed by the Chairman.\n\n"
        "Minutes for Report\n\nFIN.212 /\n\n"
        "The Head of Finance submitted a report on the spending so far this year against the budget set in February.\n\n"
        "Resolved \u2013 That the report is noted.\n"
    )
    found = _items(tmp_path, page, committee="Policy Committee")
    numbered = [(item.number, clauses) for item, clauses, _ in found if item.number]
    assert numbered == [("FIN.212", ["That the report is noted."])]


def test_a_web_page_s_entry_with_no_number_before_the_first_minute_keeps_its_record(tmp_path):
    page = (
        "Agenda and minutes\n\n"
        "Housing Scrutiny Panel - Tuesday 10 March 2037 6.30 pm\n\n"
        "Contact: Sam Reed, Democratic Services Officer\n\n"
        "Items\nNo. Item\n\n"
        "PART I - RECOMMENDATIONS\n\n"
        "RECOMMENDATION I - Panel Membership\n\n"
        "Minutes:\n\n"
        "Members considered a note from the Monitoring Officer about the size of the panel.\n\n \n\n"
        "Resolved to RECOMMEND: (to Council)\n\n \n\n"
        "That the panel has nine members from May 2037.\n\n"
        "PART II - MINUTES\n\n"
        "71.\n\nApologies for Absence\n\nMinutes:\n\nApologies were received from Councillor Dee.\n\n"
        "72.\n\nDeclarations of Interest\n\nMinutes:\n\nNone were declared.\n"
    )
    found = _items(tmp_path, page)
    first = next(entry for entry in found if not entry[0].number)
    assert first[0].title.startswith("RECOMMENDATION I")
    assert any("nine members" in clause for clause in first[1])
    assert [item.number for item, _, _ in found if item.number] == ["71", "72"]
    assert not any(item.title.startswith(("PART", "Part")) for item, _, _ in found)


def test_short_headings_all_in_lower_case_over_their_paragraphs_are_items(tmp_path):
    page = (
        "From the December meeting of Penrose Community Council:\n"
        "police matters\n"
        "PC Wade said that two bicycles had been taken from sheds in Quay Road during the month.\n"
        "the village green\n"
        "The new bench has been delivered. Members decided that the clerk should ask the school to help plant bulbs around it.\n"
    )
    found = _items(tmp_path, page, committee="Penrose Community Council", date=dt.date(2037, 12, 8))
    titles = [item.title for item, _, _ in found]
    assert titles[-2:] == ["police matters", "the village green"]
    assert found[-1][1] == ["Members decided that the clerk should ask the school to help plant bulbs around it."]


def test_a_sentence_s_wrapped_end_in_lower_case_is_no_heading(tmp_path):
    page = (
        "Minutes of the meeting of Penrose Community Council held on 8th December 2037\n"
        "The new bench has been delivered and the clerk will ask the school\n"
        "to help plant bulbs around it\n"
        "near the pond. Members decided that the clerk should write to the school.\n"
        "the council also discussed\n"
        "the state of the footpath to the church, which is still muddy after the rain.\n"
    )
    assert len(_items(tmp_path, page)) == 1


def test_a_decision_s_numbered_parts_are_its_clauses_even_where_the_first_part_is_no_title(tmp_path):
    page = (
        "Venue: Council Chamber, Harrowby House. Contact: Committee Services\n\n"
        "| No. | Item |\n|---|---|\n"
        "Questions from members of the public (if any) Minutes: None received. |\n"
        "Additional documents:\n"
        "Decision: RESOLVED to:\n"
        "1) Note and agree the third-quarter budget report for 2037-38 as at 31 December 2037;\n"
        "2) Note the level of the general reserve;\n"
        "3) Approve moving the unspent library grant into a reserve; and\n"
        "4) Note that savings are needed in every service. Minutes: Councillor R Moss introduced the report. |\n"
    )
    found = _items(tmp_path, page, committee="Cabinet", date=dt.date(2038, 1, 20))
    assert not any(item.number for item, _, _ in found)
    clauses = [clause for _, item_clauses, _ in found for clause in item_clauses]
    assert any(clause.startswith("Note the level of the general reserve") for clause in clauses)
    assert any(clause.startswith("Approve moving the unspent library grant") for clause in clauses)


def test_an_agenda_s_items_worded_as_orders_after_its_heading_stay_items(tmp_path):
    page = (
        "Agenda for the meeting of Oxley Marsh Parish Council to be held on 9th June 2037\n\n"
        "Business:\n"
        "1. Approve the minutes of the last meeting.\n"
        "2. Note the clerk's report.\n"
        "3. Agree the grass cutting contract.\n"
    )
    assert [item.number for item, _, _ in _items(tmp_path, page)] == ["1", "2", "3"]


def test_a_bare_number_before_a_heading_in_capitals_fills_the_gap_among_dotted_numbers(tmp_path):
    page = (
        "Minutes of the meeting of Oxley Marsh Parish Council held on Monday 9th June 2037 in the Village Hall\n\n"
        "1. Apologies\nCllr Wren.\n\n"
        "2 MINUTES OF THE MEETING HELD 12th May 2037 were read, agreed and signed.\n\n"
        "3. Finance\nThe accounts were approved.\n"
    )
    found = _items(tmp_path, page)
    assert [item.number for item, _, _ in found] == ["1", "2", "3"]
    assert found[1][1] and "were read, agreed and signed" in found[1][1][0]
