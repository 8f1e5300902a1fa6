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
        "The council agreed in principle to fund a ranger for the summer.\n"
        "3. Reports\n"
        "Cllr Fox gave the county report. The county's highways plan was approved on the proposal of the Cabinet Member on 3 March.\n"
        "4. Signs\n"
        "The Clerk read the letter about the signs. Expenditure of about \u00a3100 on two signs was approved (Proposed Dr Ash, seconded Mr Birch).\n"
        "5. County Report\n"
        "Cllr Hale gave his report. The county budget was approved by members with a rise of 4.99%.\n"
        "6. History\n"
        "The County Council agreed in principle to a crossing last year but no funding has been found.\n"
        "7. Hall\n"
        "The council agreed in principle and the Chair will write to the hall committee.\n"
    )
    found = _items(tmp_path, page)
    clauses = [resolutions for _, resolutions, _ in found]
    assert clauses[0] == ["Agreed Ann Bell and Iain Dow would walk the new path before the next meeting."]
    assert clauses[1] == ["The council agreed in principle to fund a ranger for the summer."]
    assert clauses[2] == []  # (another body's plan, moved by its own member)
    assert clauses[3] == ["Expenditure of about \u00a3100 on two signs was approved (Proposed Dr Ash, seconded Mr Birch)."]
    # (what another body passed, told in a report, is no decision of this meeting's; nor what was agreed in principle last year)
    assert clauses[4] == [] and clauses[5] == []
    assert [action.text for action in found[0][2]] == ["Ann Bell and Iain Dow to walk the new path before the next meeting"]
    # ("agreed in principle and ...": the task is the Chair's, never "In principle and the Chair to write")
    assert [action.text for action in found[6][2]] == ["The Chair to write to the hall committee"]


def test_a_flattened_table_keeps_the_rows_whose_titles_were_lost(tmp_path):
    # (no header and no bars but the first row's: the titles were links, and the copy dropped some)
    page = (
        "Apologies Minutes: Apologies were received from Councillor Ash. |\n"
        "Minutes: There were no declarations of interest.\n"
        "Minutes: No urgent business was raised.\n"
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
        "No urgent business was raised.",
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


def test_a_standing_heading_with_nothing_under_it_is_still_an_item(tmp_path):
    page = (
        "Minutes of the meeting of Wendling Parish Council held on 7 April 2037\n\n"
        "Present: Cllrs Ash, Birch and Dow.\n\n"
        "Declarations of Interest\n\n"
        "Public Forum\n\n"
        "There were no members of the public present.\n\n"
        "Matters Arising\n\n"
        "The Clerk reported that the bench had been repaired.\n\n"
        "Any Other Business\n\n"
        "The Chair reported that the verge by the school needs cutting.\n"
    )
    titles = [item.title for item, _, _ in _items(tmp_path, page)]
    # ("Declarations of Interest" over "Public Forum": none were declared, and the heading is the record of it)
    assert titles == ["Declarations of Interest", "Public Forum", "Matters Arising", "Any Other Business"]


def test_points_numbered_in_brackets_under_their_item_are_sub_items(tmp_path):
    page = (
        "Minutes of the meeting of Wendling Parish Council held on 7 April 2037\n\n"
        "1. Apologies\nCllr Ash sent apologies.\n\n"
        "2. Brief Verbal Reports:\n\n"
        "(2.1) Ward Councillor: Cllr Hale was not present.\n\n"
        "(2.2) Footpath Officer: The paths are clear but for mud by the stile. Clerk to ask the landowner to clear it.\n\n"
        "(2.3) Tree Warden: The oaks on Gosmore Road were inspected.\n\n"
        "3. Finance\nThe payments were approved.\n"
    )
    found = _items(tmp_path, page)
    assert [(item.number, item.title) for item, _, _ in found] == [
        ("1", "Apologies"), ("2", "Brief Verbal Reports"), ("2.1", "Ward Councillor"), ("2.2", "Footpath Officer"), ("2.3", "Tree Warden"), ("3", "Finance"),
    ]
    assert [action.text for action in found[3][2]] == ["Clerk to ask the landowner to clear it"]


def test_minutes_numbered_by_their_paragraphs_keep_those_written_as_sentences(tmp_path):
    page = (
        "Minutes of the meeting of Wendling Parish Council held on 7 April 2037\n\n"
        "1.1 Fire exits were pointed out\n\n"
        "2.1 Grit bins \u2013 need refilling before winter\n\n"
        "2.2 Lights \u2013 three lamps on Mill Lane are out. The Clerk will report them.\n\n"
        "3.1 Apologies for absence were received from Cllr Ash.\n\n"
        "4.1 There were no declarations of interest.\n\n"
        "5.1 The minutes of the meeting held on 3 March 2037 were agreed and signed.\n\n"
        "6.1 Footpath signs \u2013 the Clerk has asked the county for new signs\n\n"
        "6.2 Bank mandate \u2013 the new signatories are to be added\n"
    )
    numbers = [item.number for item, _, _ in _items(tmp_path, page)]
    assert numbers == ["1.1", "2.1", "2.2", "3.1", "4.1", "5.1", "6.1", "6.2"]


def test_a_slash_for_a_stop_with_the_title_run_on(tmp_path):
    page = (
        "Minutes of the meeting of Wendling Parish Council held on 7 April 2037\n"
        "1/ Open Forum\nNo residents spoke.\n"
        "2/ Apologies\nCllr Ash - holiday\n"
        "3/Minutes of March meeting\nSigned as a true record by the Chair.\n"
        "4/Parish Property\nThe swings need new seats (Act Clerk)\n"
        "5/Date of next meeting\n12 May 2037\n"
    )
    found = _items(tmp_path, page)
    assert [(item.number, item.title) for item, _, _ in found] == [
        ("1", "Open Forum"), ("2", "Apologies"), ("3", "Minutes of March meeting"), ("4", "Parish Property"), ("5", "Date of next meeting"),
    ]


def test_headings_after_a_paragraph_that_lost_its_stop_and_bullets_run_in_with_a_dash(tmp_path):
    page = (
        "Minutes of a meeting of Glen Orrin Community Council held on Tuesday 5th April 2037 at 7pm in the Hall.\n\n"
        "In Attendance\n\n"
        "Ann Bell, Iain Dow, Ruth Kerr\n\n"
        "Apologies for Absence.\n\n"
        "Apologies were received from Sam Lyle and Police Scotland\n\n"
        "Minutes of Last Meeting.\n\n"
        "It was proposed by Ann Bell, seconded by Iain Dow, that the minutes of the meeting held on 1st March 2037 be adopted.\n\n"
        "Matters Arising\n\n"
        "No matters arising that are not on the agenda.\n\n"
        "  \u2022 Election of Convener \u2013 Ruth Kerr put her name forward and was elected unopposed.\n"
        "  \u2022 Co-opting of Members\u2013 two residents wish to be co-opted and will be voted on at the next meeting.\n"
        "  \u2022 Bank Account\u2013 the account is to move to a bank with better online banking.\n"
        "  \u2022 Minute Taking \u2013 the Secretary will take the minutes from May.\n"
    )
    titles = [item.title for item, _, _ in _items(tmp_path, page)]
    # ("Apologies were received ..." with no stop is a sentence, never a heading; "In Attendance" is who came)
    assert titles == [
        "Apologies for Absence", "Minutes of Last Meeting", "Matters Arising",
        "Election of Convener", "Co-opting of Members", "Bank Account", "Minute Taking",
    ]


# A barred table whose rows hold more than a title and a record: a paper's "Additional documents:", a little table of its
# own, a title line that opens with "The", and the meeting's close after the last row
_BARRED_HARDER = (
    "No. | Item |\n"
    "---|---|\n"
    "Apologies for Absence Minutes: Apologies were received from Councillor Ash. |\n"
    "|\n"
    "Land at Fen Road PDF 410 KB Report of the Head of Planning Additional documents: |\n"
    "|\n"
    "Minutes: The Head of Planning presented the report. RESOLVED that permission be granted. |\n"
    "|\n"
    "Allotment Rents Minutes: The Clerk set out the proposed rents:\n"
    "Full plot | \u00a364 |\n"
    "Half plot | \u00a334 |\n"
    "RESOLVED that the rents be approved. |\n"
    "|\n"
    "Declarations of Interest\n"
    "Minutes: None were declared.\n"
    "The Local Plan Review\n"
    "Minutes: RESOLVED that the draft plan be published for consultation. |\n"
    "|\n"
    "The meeting closed at 8.40 pm, the Chair thanking members for their attendance.\n"
    "Accessibility | Privacy notice | Contact us |\n"
)


def test_a_barred_tables_rows_keep_their_papers_tables_and_titles(tmp_path):
    found = _items(tmp_path, _BARRED_HARDER, committee="Wendling Planning Committee", date=dt.date(2037, 4, 7))
    clauses = {item.title: resolutions for item, resolutions, _ in found}
    # ("Additional documents:" lists a paper, no record: the record after the bar is the row's own)
    assert clauses["Land at Fen Road"] == ["that permission be granted."]
    # (a table inside a record, "Full plot | \u00a364 |", never ends the row)
    assert clauses["Allotment Rents"] == ["that the rents be approved."]
    # (a title that opens with "The" is still a row's title)
    assert clauses["The Local Plan Review"] == ["that the draft plan be published for consultation."]
    assert list(clauses) == ["Apologies for Absence", "Land at Fen Road", "Allotment Rents", "Declarations of Interest", "The Local Plan Review"]


def test_a_flattened_rows_decision_after_its_minutes_stays_with_it(tmp_path):
    page = (
        "Apologies for Absence Minutes: Apologies were received from Councillor Ash. |\n"
        "Budget Monitoring Minutes: The Cabinet Member for Finance presented the report.\n"
        "Decision: RESOLVED that the forecast outturn be noted.\n"
        "Car Park Charges Minutes: The Cabinet considered the report on charges. |\n"
    )
    found = _items(tmp_path, page, committee="Wendling Cabinet", date=dt.date(2037, 4, 7))
    assert [item.title for item, _, _ in found] == ["Apologies for Absence", "Budget Monitoring", "Car Park Charges"]
    assert [clause for clause in found[1][1] if clause.endswith("the forecast outturn be noted.")]


def test_a_list_with_dashes_is_no_run_of_headings(tmp_path):
    page = (
        "Minutes of the meeting of Wendling Parish Council held on Tuesday 3 March 2037 in the Village Hall\n\n"
        "Present: Cllrs Ash, Birch, Dow and Fenn\n\n"
        "Apologies\nApologies were received from Cllr Gale.\n\n"
        "Finance\nThe following payments were approved:\n"
        "Wendling Village Hall \u2013 hall hire for the February meeting.\n"
        "Fenland Water \u2013 water rates for the allotment standpipes.\n"
        "Eastern Power \u2013 street lighting energy for January.\n"
        "Greenway Landscapes \u2013 grass cutting on the playing field.\n"
        "RESOLVED that the payments be approved.\n\n"
        "Correspondence\nThe following was received and noted:\n"
        "Rural Trust \u2013 newsletter and dates of spring training courses.\n"
        "Wendling School \u2013 letter of thanks for the grant towards the library.\n"
        "National Rail \u2013 notice of overnight closures in April.\n\n"
        "Playing Field\nThe Clerk reported that the goal posts need replacing. Clerk to obtain three quotes.\n"
    )
    found = _items(tmp_path, page)
    assert [item.title for item, _, _ in found] == ["Apologies", "Finance", "Correspondence", "Playing Field"]
    assert found[1][1][-1] == "that the payments be approved."


def test_a_capitalised_verb_after_a_bodys_name_is_still_its_task(tmp_path):
    page = (
        "Minutes of the meeting of the Wendling Scrutiny Panel held on 7 April 2037\n"
        "1. Local Plan\nRESOLVED that the Local Plan Working Group Report back to the Panel in June.\n"
        "2. Programme\nRESOLVED that the Climate Panel Action Plan be adopted.\n"
    )
    found = _items(tmp_path, page)
    assert [[action.text for action in actions] for _, _, actions in found] == [
        ["The Local Plan Working Group to report back to the Panel in June"], [],
    ]


def test_running_minutes_written_as_sentences_under_their_headings(tmp_path):
    page = (
        "Minutes of the meeting of Wendling Parish Council held on Tuesday 24th February 2037\n\n"
        "Present: Cllrs Ash, Birch, Dow and Fenn\n\n"
        "Public Speaking\n\n"
        "046 Mr. Hale spoke in support of planning application PA37/00711.\n\n"
        " Minutes of the Meeting held on 10th February 2037\n\n"
        "047 The Minutes having been circulated, it was proposed by Cllr Dow and seconded by Cllr Fenn that they were a true record, carried.\n\n"
        " 048 Matters arising from previous Minutes\n\n"
        "  \u2022  Minute 412 (Audit). Cllr Birch will speak to the auditor about it.\n\n"
        " 049 Planning Applications\n\n"
        "PA37/00711 Barn conversion at Mill Farm. No objection.\n"
    )
    found = _items(tmp_path, page)
    # (the minutes before the first with a title, numbered as printed, each under its heading)
    assert [(item.number, item.title) for item, _, _ in found] == [
        ("046", "Public Speaking"), ("047", "Minutes of the Meeting held on 10th February 2037"),
        ("048", "Matters arising from previous Minutes"), ("049", "Planning Applications"),
    ]


def test_agreed_before_who_will_act_met_mid_paragraph(tmp_path):
    page = (
        "Minutes of the meeting of the Wendling Allotments Panel held on 7 April 2037\n"
        "1. Waiting List\nThe Clerk reported that 41 people were waiting. Agreed Ann Bell and Iain Dow would review the list before the next meeting.\n"
    )
    found = _items(tmp_path, page)
    assert found[0][1] == ["Agreed Ann Bell and Iain Dow would review the list before the next meeting."]
    # (who will act, never "Agreed Ann Bell" as an owner)
    assert [(action.text, action.owners) for action in found[0][2]] == [("Ann Bell and Iain Dow to review the list before the next meeting", ("Ann Bell", "Iain Dow"))]


def test_a_short_line_after_a_paragraph_that_lost_its_stop_is_no_heading(tmp_path):
    page = (
        "Minutes of the meeting of Wendling Parish Council held on Monday 3 February 2037 at 7pm\n\n"
        "Present: Cllr A Ash (Chairman), Cllr B Birch, Cllr C Cole\n\n"
        "Apologies\n\nNone received.\n\n"
        "Bus Shelter\n\n"
        "Three quotes had been obtained. After discussion it was resolved to accept the quote from Oakwood Shelters for \u00a33,200\n\n"
        "Proposed Cllr Ash, seconded Cllr Birch\n\n"
        "The Clerk will confirm the order and ask for an installation date before the next meeting.\n\n"
        "Declarations of Interest\n\n"
        "Cllr Birch declared an interest in the application for 4 Mill Lane\n\n"
        "Planning\n\nNo applications had been received.\n"
    )
    found = _items(tmp_path, page)
    assert [item.title for item, _, _ in found] == ["Apologies", "Bus Shelter", "Declarations of Interest", "Planning"]
    assert [action.text for action in found[1][2]] == ["The Clerk to confirm the order and ask for an installation date before the next meeting"]


def test_the_line_above_a_running_minute_is_its_title_only_when_it_is_a_heading(tmp_path):
    page = (
        "Minutes of the Meeting of Wendling Parish Council held on Tuesday 11 March 2037 in the Pavilion\n\n"
        "Present:\nCllr A Ash (Chairman)\nCllr B Birch\nCllr C Cole\n\n"
        "2901 Apologies were received from Cllr Dale and Cllr Elm.\n\n"
        "2902 Declarations of Interest\nNone were declared.\n\n"
        "2903 Planning\nNo applications had been received.\n"
    )
    found = _items(tmp_path, page)
    # (a line of the attendance list, "Cllr C Cole", is never the first minute's title)
    assert [(item.number, item.title) for item, _, _ in found][:2] == [
        ("2901", "Apologies were received from Cllr Dale and Cllr Elm."), ("2902", "Declarations of Interest"),
    ]


def test_a_decision_over_following_or_below_in_its_own_words_still_ends(tmp_path):
    page = (
        "Minutes of the meeting of Wendling Parish Council held on 7 April 2037\n"
        "1. Grants\n"
        "RESOLVED that a grant of \u00a3500 be paid to the Scouts following receipt of their accounts.\n"
        "The Chair thanked Mr Bell for his presentation and he left the meeting.\n"
    )
    assert [resolutions for _, resolutions, _ in _items(tmp_path, page)] == [["that a grant of \u00a3500 be paid to the Scouts following receipt of their accounts."]]


def test_a_list_of_letters_after_a_lead_in_is_no_run_of_headings(tmp_path):
    page = (
        "Minutes of the meeting of Wendling Parish Council held on 7 April 2037\n\n"
        "Present: Cllrs Ash, Birch and Dow.\n\n"
        "Apologies\nNone.\n\n"
        "Correspondence\nThe following items of correspondence were noted:\n"
        "Wendling District Council \u2013 invitation to attend the parish forum on 12 June.\n"
        "Rural Action \u2013 reminder to renew membership for 2037/38.\n"
        "Village Hall Committee \u2013 asked to hold the summer fete on the green.\n\n"
        "Planning\nNo applications had been received.\n"
    )
    titles = [item.title for item, _, _ in _items(tmp_path, page)]
    assert titles == ["Apologies", "Correspondence", "Planning"]


def test_a_day_and_a_month_with_a_slash_is_no_item_number(tmp_path):
    page = (
        "Minutes of the meeting of Wendling Parish Council held on 7 April 2037\n"
        "5. Finance\nThe payments were approved.\n"
        "6. Meeting dates\nThe council will meet on these Mondays:\n7/Jul Full Council\n8/Sep Full Council\n9/Oct Full Council (budget)\n"
        "RESOLVED that the dates be adopted.\n"
        "7. Date of next meeting\n12 May 2037\n"
    )
    found = _items(tmp_path, page)
    assert [item.number for item, _, _ in found] == ["5", "6", "7"]
    assert found[1][1] == ["that the dates be adopted."]


def test_a_barred_row_of_title_and_record_cells(tmp_path):
    page = (
        "No. | Item |\n"
        "---|---|\n"
        "Apologies for Absence | Minutes: Apologies were received from Councillor Ash. |\n"
        "Declarations of Interest | Minutes: None were declared. |\n"
        "Allotment Rents | Minutes: RESOLVED that the rents be held. |\n"
    )
    found = _items(tmp_path, page, committee="Wendling Allotments Panel", date=dt.date(2037, 4, 7))
    assert [item.title for item, _, _ in found] == ["Apologies for Absence", "Declarations of Interest", "Allotment Rents"]


def test_letters_listed_with_dashes_and_no_lead_in_are_no_headings_either(tmp_path):
    page = (
        "Minutes of the meeting of Wendling Parish Council held on 7 April 2037\n\n"
        "Present: Cllrs Ash, Birch and Dow.\n\n"
        "Apologies\nNone.\n\n"
        "Correspondence\n"
        "Wendling District Council \u2013 invitation to attend the parish forum on 12 June.\n"
        "Rural Action \u2013 reminder to renew membership for 2037/38.\n"
        "Village Hall Committee \u2013 request to hold the summer fete on the green.\n\n"
        "Planning\nNo applications had been received.\n"
    )
    # ("invitation to attend": no doer before the "to", so no task and no minute told after the dash)
    assert [item.title for item, _, _ in _items(tmp_path, page)] == ["Apologies", "Correspondence", "Planning"]
