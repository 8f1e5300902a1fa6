"""The forty-fifth step: a web page's "No. | Item |" table whose bars say where each row starts. Texts the project wrote,
about fictional bodies."""

from __future__ import annotations

import datetime as dt

from tests.stored import page_items as _items

# A committee's "Agenda and minutes" page saved as text: the item numbers were links and went, each row ends with a bar
# (or a line of bars), and the rows' titles run into their agenda text or were lost
_BARRED = (
    "Venue: Committee Room 3, Town Hall, Wendling\n"
    "Contact: Democratic Services\n"
    "No. | Item |\n"
    "---|---|\n"
    "Welcome The Chair welcomed two new members of the Panel. |\n"
    "|\n"
    "MEMBERS' INTERESTS To receive declarations of interest in items on this agenda. Minutes: None were declared. |\n"
    "|\n"
    "Additional documents:\n"
    "Minutes: The minutes of the meeting held on 3 March 2037 were agreed as a correct record. |\n"
    "|\n"
    "Allotment Rents PDF 88 KB To consider the rents for 2037/38. Minutes: RESOLVED that the rents rise by two per cent.\n"
    "Proposed Cllr Ash, seconded Cllr Birch, carried unanimously.\n"
    "The meeting ended at 9.10pm\n"
    "|\n"
    "Planning Applications PDF 64 KB Report of the Head of Planning |\n"
    "|\n"
    "Minutes: The Head of Planning reported on two applications. RESOLVED that both be approved.\n"
    "|\n"
    "Public Question Time See the note below. Minutes: There were no questions.\n"
    "Matters Arising\n"
    "Minutes: The Clerk reported that the new bench had been installed. |\n"
)


def test_each_row_of_a_barred_table_is_an_item(tmp_path):
    found = _items(tmp_path, _BARRED, committee="Wendling Allotments Panel", date=dt.date(2037, 4, 7))
    titles = [item.title for item, _, _ in found]
    assert titles == [
        "Welcome",  # (its title ran into the record: the title ends where a sentence begins)
        "Members' Interests",  # (a title in capitals ends where the capitals do)
        "The minutes of the meeting held on 3 March 2037\u2026",  # (its title was lost: its record's first words)
        "Allotment Rents",
        "Planning Applications",
        "Public Question Time",
        "Matters Arising",  # (the row before lost its closing bar: a title line on its own is still a row)
    ]
    clauses = dict((item.title, resolutions) for item, resolutions, _ in found)
    # a record after its row's bar belongs to that row, never a row of its own
    assert clauses["Planning Applications"] == ["that both be approved."]
    # the lines of a row's record ("Proposed ...", "The meeting ended ...") are never rows
    assert len(clauses["Allotment Rents"]) == 1 and clauses["Allotment Rents"][0].startswith("that the rents rise by two per cent.")
    assert not any(title.startswith(("Proposed", "The meeting ended")) for title in titles)



def test_a_bodys_work_programme_noted_is_no_task(tmp_path):
    page = (
        "Minutes of the meeting of the Wendling Scrutiny Panel held on 7 April 2037\n"
        "1. Work Programme\n"
        "RESOLVED that the Scrutiny Panel Work Programme and the matters reported be noted.\n"
        "2. Forward Plan\n"
        "RESOLVED that the Board Forward Plan be approved.\n"
        "3. Allotments Review\n"
        "RESOLVED that the working group report its findings back to the Panel.\n"
    )
    found = _items(tmp_path, page)
    # ("Panel Work Programme": the Panel's programme, never "the Panel to work Programme")
    assert [[action.text for action in actions] for _, _, actions in found] == [
        [], [], ["The working group to report its findings back to the Panel"],
    ]


def test_a_decision_ends_where_the_record_reports_again(tmp_path):
    page = (
        "Minutes of the meeting of the Wendling Scrutiny Panel held on 7 April 2037\n"
        "1. Budget\n"
        "RESOLVED that the budget be noted.\n"
        "The Chair thanked the officers for their work on the budget.\n"
        "2. Parks\n"
        "RESOLVED:\n"
        "That the parks report be noted.\n"
        "Councillor Ash highlighted the state of the play area fencing.\n"
        "3. Allotments\n"
        "RESOLVED that the rents be held for a year and the\n"
        "waiting list be published.\n"
    )
    clauses = [resolutions for _, resolutions, _ in _items(tmp_path, page)]
    # (a line that reports who said or did what is the record again, never more of the decision; a wrapped clause stays whole)
    assert clauses == [
        ["that the budget be noted."],
        ["That the parks report be noted."],
        ["that the rents be held for a year and the waiting list be published."],
    ]


def test_decisions_a_community_council_writes_in_its_own_way(tmp_path):
    page = (
        "Minutes of the meeting of Glen Orrin Community Council held on 7 April 2037\n"
        "1. Path Network\n"
        "Agreed Ann Bell and Iain Dow would walk the new path before the next meeting.\n"
        "2. Ranger Service\n"
        "The council agreed in principle and the Chair will write to the ranger.\n"
        "3. Reports\n"
        "The Clerk presented the quarterly scorecard. The Scorecard Report for the quarter was approved by members.\n"
        "4. Signs\n"
        "The Clerk read the letter about the signs. Expenditure of about \u00a3100 on two signs was approved (Proposed Dr Ash, seconded Mr Birch).\n"
        "5. History\n"
        "The plan was drawn up in 2031. The plan was approved by the council in 2032 and has served well.\n"
    )
    found = _items(tmp_path, page)
    clauses = [resolutions for _, resolutions, _ in found]
    assert clauses[0] == ["Agreed Ann Bell and Iain Dow would walk the new path before the next meeting."]
    assert clauses[1][0].startswith("The council agreed in principle")
    assert clauses[2] == ["The Scorecard Report for the quarter was approved by members."]
    assert clauses[3] == ["Expenditure of about \u00a3100 on two signs was approved (Proposed Dr Ash, seconded Mr Birch)."]
    assert clauses[4] == []  # (what an earlier year approved is background, never this meeting's decision)
    assert [action.text for action in found[0][2]] == ["Ann Bell and Iain Dow to walk the new path before the next meeting"]


def test_a_flattened_table_keeps_the_rows_whose_titles_were_lost(tmp_path):
    # (no header and no bars but the first row's: the titles were links, and the copy dropped some)
    page = (
        "Apologies Minutes: Apologies were received from Councillor Ash. |\n"
        "Minutes: There were no declarations of interest.\n"
        "Minutes: There were no items of special urgency.\n"
        "To confirm the minutes of the meeting held on 3 March 2037. Minutes: RESOLVED: That the minutes be signed as a correct record.\n"
        "Declarations of Gifts To note any gifts received by members.\n"
        "Minutes: None were reported.\n"
        "Allotment Rents Minutes: RESOLVED: That the rents be held for a year. |\n"
    )
    found = _items(tmp_path, page, committee="Wendling Cabinet", date=dt.date(2037, 4, 7))
    titles = [item.title for item, _, _ in found]
    assert titles == [
        "Apologies",
        "There were no declarations of interest.",
        "There were no items of special urgency.",
        "To confirm the minutes of the meeting held on 3 March 2037",
        "Allotment Rents",
    ]
    # ("Minutes: None were reported." under "Declarations of Gifts To note ...", a line with no record: that row's record)
    assert "None were reported." not in titles


def test_headings_run_into_their_minutes_with_a_dash(tmp_path):
    page = (
        "Minutes of the meeting of Wendling Parish Council held on 7 April 2037\n"
        "Present: Cllrs Ash, Birch and Dow\n"
        "The minutes of the March meeting were signed.\n"
        "Highways \u2013 the potholes on Mill Lane are getting worse;\n"
        "- the verge by the school needs cutting\n"
        "Action Clerk\n"
        "Pavilion \u2013 the Clerk reported a break-in at the garage. Clerk to ask the police for the crime number.\n"
        "Action Clerk\n"
        "Village Shop \u2013 Ongoing.\n"
        "Old Quarry \u2013 Ongoing, Cllr Dow to chase the contractor for a quote.\n"
        "Action Cllr Dow\n"
    )
    found = _items(tmp_path, page)
    titles = [item.title for item, _, _ in found]
    # (a task's tag, "Action Clerk", is never an item)
    assert titles == ["Highways", "Pavilion", "Village Shop", "Old Quarry"]
    tasks_by_title = {item.title: [action.text for action in actions] for item, _, actions in found}
    assert tasks_by_title["Pavilion"] == ["Clerk to ask the police for the crime number"]
    assert tasks_by_title["Old Quarry"] == ["Cllr Dow to chase the contractor for a quote"]


def test_a_dash_in_a_heading_alone_on_its_line_is_the_titles_own(tmp_path):
    page = (
        "Minutes of the meeting of Wendling Parish Council held on 7 April 2037\n\n"
        "Present: Cllrs Ash, Birch and Dow.\n\n"
        "Parish Hall \u2013 Progress Report\nThe roof repairs are finished and the hall reopened in March.\n\n"
        "Car Parking \u2013 Station Road\nThe new lines have been painted and the signs are up.\n\n"
        "Hire Fees \u2013 Update\nIncome from hire is up on last year by a fifth.\n\n"
        "Play Area \u2013 Inspection\nThe inspector found two loose bolts on the swings.\n"
    )
    titles = [item.title for item, _, _ in _items(tmp_path, page)]
    assert titles == ["Parish Hall \u2013 Progress Report", "Car Parking \u2013 Station Road", "Hire Fees \u2013 Update", "Play Area \u2013 Inspection"]
