"""Shapes read in the thirteenth step: action logs and recommendation trackers whose tables lost
their grid (cells parted by " / ", or each cell ending " |" on lines of its own), read row by row
with each keyed row an item of its own. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

import datetime as dt

from click.testing import CliRunner

from cpb_tui.cli import cli
from tests.stored import stored_text

SLASHED_LOG = (
    "WESTMERE VALLEY COMMUNITY PARTNERSHIP MEETING\n"
    "14 MARCH 2026\n"
    "ACTION LOG\n"
    "Attendees:\n"
    "Ruth Hale (RH) \u2013 Chair Owen Price (OP)\n"
    "Nia Bell (NB) Sam Kerr (SK)\n"
    # the header's last name runs into the first row's number, as copied out of a PDF
    "No / Date / Action / Owner / Completed1 / 9/12/25 / RH to book the hall for the spring meetings.\n"
    "The school hall is free on Tuesdays only. / RH / \u221a\n"
    "2 / 9/12/25 / Members to send OP the names of groups who might join the partnership.\n"
    "/ All / Ongoing\n"
    "3 / 9/12/25 / NB to circulate the draft terms of reference. / NB / 20/01/26\n"
    "4 / 20/01/26 / SK to ask the health board for the winter figures by the end of April 2026. / SK / In progress\n"
    "5 / 20/01/26 / OP to draft a newsletter item on the partnership / OP\n"
)


def test_an_action_log_parted_by_slashes_gives_each_row_as_an_item_and_its_open_rows_as_actions(tmp_path):
    meeting, found = stored_text(tmp_path, "log.txt", SLASHED_LOG)
    assert meeting.committee == "Westmere Valley Community Partnership" and meeting.date == dt.date(2026, 3, 14)
    assert [item.number for item, _, _ in found] == ["1", "2", "3", "4", "5"]
    open_rows = {item.number: [(a.text, a.owners) for a in acts] for item, _, acts in found if acts}
    # a tick, or a day in the "Completed" column, closes a row; the last row, cut before that column, is left out
    assert open_rows == {
        "2": [("Members to send OP the names of groups who might join the partnership.", ("All",))],
        "4": [("SK to ask the health board for the winter figures by the end of April 2026.", ("SK",))],
    }
    assert found[3][2][0].due_date == dt.date(2026, 4, 30)
    assert found[0][0].title.startswith("RH to book the hall")
    # the first row run into the header's line keeps its own cells, not the header's names
    assert found[0][0].purpose.startswith("1 / 9/12/25 / RH to book the hall") and "No / Date" not in found[0][0].purpose


BARRED_TRACKER = (
    "Fernby District Council\n"
    "Executive - 10 June 2026\n"
    "Appendix B: Scrutiny recommendations tracker\n"
    "|\n"
    "Scrutiny Panel |\n"
    "Meeting Date |\n"
    "Recommendation\nMade |\n"
    "Recommendation\nmade to: |\n"
    "Action taken or\nPlanned to Date |\n"
    "Outcome |\n"
    "RT4 |\nPlace Scrutiny |\n12 March 2026 |\nThat the bus shelter survey be\nshared with ward members. |\n"
    "The Portfolio Holder for Transport, Roads and Parking. |\nSurvey sent to members |\nActioned. |\n"
    "RT5 |\nPlace Scrutiny |\n12 March 2026 |\nThat the depot lease options be\nbrought back with costs. |\n"
    "The Portfolio Holder for Assets |\nOptions being costed |\nPending |\n"
    "RT6 |\nPeople Scrutiny |\n2 April 2026 |\nThat the library opening hours\nconsultation be extended by four weeks. |\n"
    "The Portfolio Holder for Communities |\nAgreed by the Portfolio Holder |\nTo be reported in Q2. |\n"
    "RT7 |\nPeople Scrutiny |\n2 April 2026 |\nThat the youth club grant be\n"
)


def test_a_recommendations_tracker_whose_cells_each_end_with_a_bar(tmp_path):
    _, found = stored_text(tmp_path, "tracker.txt", BARRED_TRACKER)
    assert [item.number for item, _, _ in found] == ["RT4", "RT5", "RT6", "RT7"]
    actions = {item.number: acts for item, _, acts in found}
    assert actions["RT4"] == [] and actions["RT7"] == []  # actioned; cut before its outcome
    assert [a.text for a in actions["RT5"]] == ["That the depot lease options be brought back with costs."]
    # a post with commas and "and" in its name is one owner
    assert actions["RT5"][0].owners == ("The Portfolio Holder for Assets",)
    assert len(actions["RT6"]) == 1


def test_minutes_with_a_keyed_action_table_keep_their_own_items(tmp_path):
    minutes = (
        "Ashcombe Town Council\nMinutes of the Amenities Committee meeting held on Monday 9 March 2026 at 7pm\n\n"
        "1. Apologies\nCllr Webb.\n\n2. Actions from the last meeting\n\n"
        "| Ref | Action | Who | Due date | Status |\n|---|---|---|---|---|\n"
        "| A1 | Write to the bowls club about the lease | Clerk | March 2026 | Open |\n"
        "| A2 | Repaint the shelter | Clerk | | Done |\n\n"
        "3. Allotments\nRESOLVED to split plot 9 into two half plots.\n"
    )
    _, found = stored_text(tmp_path, "amenities.txt", minutes)
    assert [item.number for item, _, _ in found] == ["1", "2", "3"]
    assert [a.text for a in found[1][2]] == ["Write to the bowls club about the lease"]


def test_a_clerks_csv_with_a_no_column_and_ticks_imports_only_its_open_rows(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    log = tmp_path / "log.csv"
    log.write_text(
        "No,Action,Owner,Completed\n"
        "1,Book the hall,Clerk,\u2713\n"
        "2,Order the grit,Clerk,12/01/2026\n"
        "3,Chase the bus operator,Chair,\n",
        encoding="utf-8",
    )
    db = str(tmp_path / "cpb.db")
    result = CliRunner().invoke(cli, ["--db", db, "actions", "import", str(log), "--committee", "Parish Council"])
    assert result.exit_code == 0, result.output
    listed = CliRunner().invoke(cli, ["--db", db, "actions", "list", "--status", "open"])
    assert "Chase the bus operator" in listed.output
    assert "Book the hall" not in listed.output and "Order the grit" not in listed.output


# Welsh minutes pasted as one paragraph, items "1)Title : text" with no space after the bracket
WELSH_PARAGRAPH = (
    "Cofnodion cyfarfod Cyngor Cymuned Llanfair Isaf a gynhaliwyd nos Lun, 9 Mawrth 2026 yn y Neuadd\n\n"
    "1)Ymddiheuriadau : Derbyniwyd ymddiheuriadau gan y Cyng Elin Rhys. "
    "2)Datgan diddordeb : Nid oedd unrhyw ddatganiad. "
    "3)Cofnodion y cyfarfod diwethaf : Nodwyd mai'r Cyng Huw Lloyd oedd yn y gadair ym mis Chwefror. "
    "Derbyniwyd y cofnodion fel rhai cywir ac fe'u llofnodwyd gan y Cadeirydd. "
    "4)Y maes chwarae : Derbyniwyd adroddiad gan y Cyng Sian Owen am gyflwr y siglenni. Nodwyd bod angen paentio'r "
    "ffens \u2013 mae'r clerc am gysylltu gyda'r contractwr. Gan nad oes pwyllgor ar hyn o bryd, penderfynwyd mai'r "
    "Cyngor fyddai'n gofalu am y cyfrif ac y dylid cynnal cyfarfod cyhoeddus cyn diwedd y flwyddyn. "
    "5)Gohebiaeth : Dim.\n"
)


def test_welsh_minutes_run_into_one_paragraph_keep_their_items_decisions_and_tasks(tmp_path):
    meeting, found = stored_text(tmp_path, "llanfair.txt", WELSH_PARAGRAPH)
    assert meeting.date == dt.date(2026, 3, 9)
    assert [item.number for item, _, _ in found] == ["1", "2", "3", "4", "5"]
    clauses = {item.number: texts for item, texts, _ in found}
    # "it was noted that" and "a report was received from" are narrative; the minutes received are the decision
    assert clauses["3"] == ["Derbyniwyd y cofnodion fel rhai cywir ac fe'u llofnodwyd gan y Cadeirydd."]
    assert len(clauses["4"]) == 1 and clauses["4"][0].startswith("mai'r Cyngor")
    actions = {item.number: acts for item, _, acts in found}
    tasks = sorted((a.text, a.owners, a.due_date) for a in actions["4"])
    assert tasks == [
        ("Cynnal cyfarfod cyhoeddus cyn diwedd y flwyddyn", (), dt.date(2026, 12, 31)),
        ("Gysylltu gyda'r contractwr", ("Clerc",), None),
    ]


DETERMINED_LIST = (
    "Use the search options below to find recent decisions taken by the council's decision makers.\n"
    "To approve the lease of the Brook Street depot\n"
    "Decision Maker: Executive Member (Assets and Estates)\n"
    "Decision published: 18/03/2026\n"
    "Effective from: 26/03/2026\n"
    "That it be DETERMINED that:\n"
    "I. The Head of Legal Services is authorised to complete a ten-year lease of the depot with Fernby Community Transport.\n"
    "II. The rent in the valuer's report be agreed.\n"
    "III. The handover of the depot to take place on or around 1 May 2026, or as soon as possible after that.\n"
    "Lead officer: Dana Kell\n"
    "To approve the review of the council's garages\n"
    "Decision Maker: Executive Member (Assets and Estates)\n"
    "Decision published: 18/03/2026\n"
    "Effective from: 26/03/2026\n"
    "That it be DETERMINED that:\n"
    "I. The review of the garage sites be approved.\n"
    "II. Authority be delegated to the Director of Place to consult the tenants of the garages.\n"
    "Lead officer: Omar Reid\n"
)


def test_a_list_of_published_decisions_determined_by_executive_members(tmp_path):
    meeting, found = stored_text(tmp_path, "determined.txt", DETERMINED_LIST, date=dt.date(2026, 3, 18))
    assert [item.title for item, _, _ in found] == ["To approve the lease of the Brook Street depot", "To approve the review of the council's garages"]
    clauses = found[0][1]
    # roman numerals in capitals each open a clause; "That it be DETERMINED that:" is the heading over them
    assert len(clauses) == 3 and clauses[1] == "The rent in the valuer's report be agreed."
    actions = found[0][2]
    assert [a.owners for a in actions] == [("The Head of Legal Services",), ()]
    # "to take place on or around 1 May 2026": a handover still to come, due that day
    assert actions[1].text.startswith("Hold the handover of the depot on or around 1 May 2026") and actions[1].due_date == dt.date(2026, 5, 1)
    assert len(found[1][1]) == 2 and [a.owners for a in found[1][2]] == [("the Director of Place",)]


DECISION_CELLS = (
    "Fernby Safer Communities Panel Minutes\n\n"
    "Thursday, 12th March, 2026\n"
    "6.00 p.m.\n"
    "Remote Meeting Via Microsoft Teams\n"
    "Please note: all Minutes are subject to approval at the next Meeting\n\n"
    "Attendance Details\n\n"
    "Cllr Rhian Moss (Chair), Cllr Dev Patel, Mr Ian Shaw.\n"
    "Apologies for absence:\nCllr Ruth Gale.\n"
    "Item Description Decision\n"
    "Cllr Dev Patel declared a personal interest in agenda item 5 as a trustee of the youth club.\n"
    "RESOLVED that the minutes of the meeting held on 5 February 2026 be agreed as a correct record.\n\n"
    "1. The presentation on the night-time economy be received.\n\n"
    "2. The comments made by the Panel be noted.\n"
    "RESOLVED that the report be noted.\n"
    "RESOLVED that Ms Ada Lyle be appointed as an independent member for four years, and the county's chief executive be notified accordingly.\n"
)


def test_a_decisions_table_that_lost_its_item_cells_gives_an_item_per_decision_cell(tmp_path):
    meeting, found = stored_text(tmp_path, "panel.txt", DECISION_CELLS)
    # "X Minutes" over the date names the body; the remote venue never does
    assert meeting.committee == "Fernby Safer Communities Panel" and meeting.date == dt.date(2026, 3, 12)
    assert [len(clauses) for _, clauses, _ in found] == [0, 1, 2, 1, 1]
    assert found[2][0].title == "The presentation on the night-time economy be received"
    # the second half of the decision is the task: the chief executive is to be told
    assert [a.text for a in found[4][2]] == ["Notify the county's chief executive accordingly"]


SELECT_COMMITTEE = (
    "Fernby Borough Council\n\n"
    "Adult Services Select Committee Minutes\n\n"
    "Date:\nTuesday, 3rd March, 2026\nTime:\n04.00 p.m.\nPlace:\nCommittee Room 2, Civic Centre, Fernby\n\n"
    "Present:\nCllr Joan Hale (Chairman), Cllr Peter Moss.\n"
    "Item Description Decision\n"
    "ASC\n14/26\nDECLARATIONS OF INTEREST\nNone\n"
    "ASC\n15/26\nDRAFT MINUTES OF THE MEETING HELD ON 4TH FEBRUARY 2026\n"
    "The draft minutes of the meeting held on 4th February were agreed as a correct record.\n"
    "ASC\n16/26\nREVIEW OF DAY SERVICES\n"
    "CONCLUDED that the Scrutiny Officer put together the draft report for the task group. "
    "The final report be presented to Cabinet on 7th May, 2026.\n"
)


def test_a_select_committees_conclusions_and_a_date_under_its_label(tmp_path):
    meeting, found = stored_text(tmp_path, "select.txt", SELECT_COMMITTEE)
    # the date under "Date:", not the date of the earlier minutes an item is about
    assert meeting.date == dt.date(2026, 3, 3) and meeting.committee == "Adult Services Select Committee"
    review = found[-1] if found[-1][0].title.startswith("Review") else next(f for f in found if f[0].title.startswith("Review"))
    assert len(review[1]) == 1  # "CONCLUDED that ..." is the committee's decision
    actions = [(a.text, a.owners, a.due_date) for a in review[2]]
    assert actions == [
        ("The Scrutiny Officer to put together the draft report for the task group", ("the Scrutiny Officer",), None),
        ("Present the final report to Cabinet on 7th May, 2026", (), dt.date(2026, 5, 7)),
    ]


PARISH_NO_HEADING = (
    "Present: Ann Lee (AL), Bryn Cole (BC), Cllr Dace\n"
    "Apologies: Tom Rhys\n"
    "1. Matters arising\n"
    "  \u2022 Bryn Cole to become an additional bank signatory.\n"
    "  \u2022 Clerk to recontact the county council about the hedge at Mill Cottage.\n"
    "  \u2022 Noticeboard repairs ongoing.\n"
    "2. Hall\nCllr Dace will speak to the hall trustees and advise.\n"
)


def test_minutes_known_by_who_was_present_give_their_tasks(tmp_path):
    # no heading and no decision words: "Present:" at the top is a record's, never an agenda's
    _, found = stored_text(tmp_path, "nohead.txt", PARISH_NO_HEADING, committee="Ashby Community Council", date=dt.date(2026, 2, 2))
    actions = {item.number: [(a.text, a.owners) for a in acts] for item, _, acts in found}
    assert actions["1"] == [
        ("Bryn Cole to become an additional bank signatory", ("Bryn Cole",)),
        ("Clerk to recontact the county council about the hedge at Mill Cottage", ("Clerk",)),
    ]
    assert actions["2"] == [("Cllr Dace to speak to the hall trustees and advise", ("Cllr Dace",))]


def test_a_date_with_the_space_after_its_year_lost():
    from cpb_tui.importers.dates import find_date

    assert find_date("held on Monday 8th August 2016commencing 7pm") == dt.date(2016, 8, 8)
    assert find_date("8 August 20161") is None


CLERKS_REPORT = (
    "Ashby Parish Council:\n"
    "Clerk's Report to the meeting held on Tuesday 20th January 2026\n"
    "Correspondence received since last meeting for information.\n"
    "1. Notice of the auditor's appointment\n"
    "2. Letter of thanks from the carnival committee\n"
    "Clerk's actions from previous meeting:\n"
    "190/25 Write to Mr Dale thanking him for his years as a councillor- Done\n"
    "191/25 Upload the minutes to the website-Done\n"
    "192/25 Ask the county council for the hedge survey-Agenda'd for the February meeting once the survey is back\n"
    "193/25 Contact the developer about the play area-On-going- the site manager has changed\n"
    "194/25 Order the new\n"
)


def test_a_clerks_report_lists_the_actions_still_open_from_the_last_meeting(tmp_path):
    meeting, found = stored_text(tmp_path, "report.txt", CLERKS_REPORT)
    # the council's name over "Clerk's Report to the meeting held on ...": that council's meeting
    assert meeting.committee == "Ashby Parish Council" and meeting.date == dt.date(2026, 1, 20)
    actions = [(a.text, a.owners, a.due_date) for _, _, acts in found for a in acts]
    # "- Done" rows are closed; the last row, cut before its state, is left out
    assert actions == [
        ("Ask the county council for the hedge survey", ("Clerk",), dt.date(2026, 2, 28)),
        ("Contact the developer about the play area", ("Clerk",), None),
    ]


def test_welsh_decisions_whose_verb_is_mutated_after_i_set_tasks(tmp_path):
    text = (
        "Cofnodion cyfarfod Cyngor Tref Aberdyfnant a gynhaliwyd nos Iau 24 Medi 2026\n\n"
        "1. Materion y dref\n"
        "Cytunwyd i drefnu seremoni fach ar Sul y Cofio.\n"
        "Cytunwyd i ofyn am ddau amcanbris ar gyfer y meinciau newydd.\n"
    )
    _, found = stored_text(tmp_path, "aberdyfnant.txt", text)
    assert [a.text for _, _, acts in found for a in acts] == [
        # (the verb-noun as it stands alone, "trefnu", "gofyn": the fifty-first step)
        "Trefnu seremoni fach ar Sul y Cofio", "Gofyn am ddau amcanbris ar gyfer y meinciau newydd",
    ]


def test_an_earlier_meetings_minutes_with_their_paper_are_an_item_and_never_the_pages_date(tmp_path):
    page = (
        "Apologies for Absence\n\nTo receive apologies for absence from the meeting.\n\n"
        "Apologies were received from Councillors A Dee and B Fox.\n\n"
        "Minutes of the Estates Committee meeting held on 12 January 2026 pdf icon PDF 140 KB\n\n"
        "Matters Arising\n\n"
        "The Head of Estates advised he would chase the surveyor for the roof report.\n\n"
        "Resolved: That the Minutes of the meeting held on 12 January 2026 be signed as a correct record.\n\n"
        "Forward Plan pdf icon PDF 99 KB\n\nThe Forward Plan was noted.\n"
    )
    path = tmp_path / "estates.txt"
    path.write_text(page, encoding="utf-8")
    from cpb_tui.importers import ImportProblem, load

    try:
        load(path)
        raise AssertionError("the page states no date of its own, so cpb must ask")
    except ImportProblem as problem:
        assert "date" in problem.reason and "2026-01-12" in problem.reason  # offered as a hint, not taken
    _, found = stored_text(tmp_path, "estates2.txt", page, committee="Estates Committee", date=dt.date(2026, 2, 9))
    titles = [item.title for item, _, _ in found]
    assert titles[:2] == ["Apologies for Absence", "Minutes of the Estates Committee meeting held on 12 January 2026"]
    assert [a.owners for a in found[1][2]] == [("Head of Estates",)]


def test_each_scottish_minute_submitted_and_approved_is_a_decision_and_a_glued_reference_is_an_item(tmp_path):
    text = (
        "Minutes of the meeting of the Strathmore Council held on 28 October 2026\n\n"
        "B26/101 APOLOGIES\nNone.\n"
        "B26/102 MINUTES\n\n"
        "The Minute of the Meeting of the Policy Committee dated 10 September 2026 was submitted and approved.\n\n"
        "The Minute of the Special Meeting of the Council dated 7 October 2026 was submitted and approved.\n"
        "B26/103SERVICE FEES 2027/28\nIt was RESOLVED to approve the fees as set out in the report.\n"
        "B26/104 BUDGET\nIt was RESOLVED to approve the draft budget.\n"
    )
    _, found = stored_text(tmp_path, "strathmore.txt", text)
    assert [item.number for item, _, _ in found] == ["B26/101", "B26/102", "B26/103", "B26/104"]
    assert len(found[1][1]) == 2  # the singular "Minute" of a Scottish council, each approval a decision
    assert found[2][0].title == "Service Fees 2027/28" and len(found[2][1]) == 1


def test_a_slashed_action_log_is_named_a_tracker_and_reads_with_cpb_actions_import(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    page = tmp_path / "log.txt"
    page.write_text(SLASHED_LOG, encoding="utf-8")
    db = str(tmp_path / "cpb.db")
    imported = CliRunner().invoke(cli, ["--db", db, "import", str(page)])
    assert imported.exit_code == 0 and "this looks like an action tracker" in imported.output
    checked = CliRunner().invoke(cli, ["--db", str(tmp_path / "other.db"), "actions", "import", str(page), "--committee", "Westmere", "--dry-run"])
    assert checked.exit_code == 0, checked.output
    assert "status <- 'Completed'" in checked.output and "5 rows would be imported" in checked.output


def test_an_agenda_and_minutes_page_whose_titles_end_with_a_stop(tmp_path):
    page = (
        "Agenda and minutes\n\nPlace Scrutiny Committee - Monday 6 July 2026 5.30 pm\n\nVenue: Council Chamber. View directions\n\n\n"
        "No. Item\n\n\n"
        "Apologies for Absence and Substitutions.\n\n\n"
        "Apologies for absence were received from Councillor Hale.\n\n\n"
        "To approve, as a correct record, the minutes of the meeting held on 27 April 2026. pdf icon PDF 137 KB\n\n\n\n"
        "That the minutes of the above meeting be approved as a correct record.\n\n\n\n"
        "Declaration of Interests.\n\n\n\n\n"
        "Programme of Portfolio Holder Attendance pdf icon PDF 157 KB\n\n"
        "Report of the Democratic Services Manager.\n\n"
        "Members welcomed Councillor Dunn to the meeting.\n"
    )
    meeting, found = stored_text(tmp_path, "place.txt", page)
    assert meeting.date == dt.date(2026, 7, 6)
    # a title may end with a stop (in title case, or with its paper's icon); a sentence with "were" never is one,
    # nor is the report line under a title
    assert [item.title for item, _, _ in found] == [
        "Apologies for Absence and Substitutions",
        "To approve, as a correct record, the minutes of the meeting held on 27 April 2026",
        "Declaration of Interests",
        "Programme of Portfolio Holder Attendance",
    ]
    assert len(found[1][1]) == 1


def test_procedure_discussion_and_a_bare_lead_in_set_no_tasks_and_a_hyphened_word_stays_whole(tmp_path):
    from cpb_tui.actions.extract import extract_from_resolution

    # the meeting's own procedure is no task
    assert extract_from_resolution("unanimously that this item be considered as confidential.", "AGREED") == []
    assert extract_from_resolution("that a resolution be passed to re-open the meeting to the press and public.", "AGREED") == []
    # "co-opted" is one word wherever the task is rewritten
    assert [a.text for a in extract_from_resolution("to invite the resident to apply to be co-opted onto the Council.", "AGREED")] == [
        "The resident to apply to be co-opted onto the Council"
    ]
    minutes = (
        "Minutes of the Meeting of the Parish Council held on Monday 2 March 2026 at the Village Hall\n\n"
        "26/03/131 Public Participation\n"
        "A resident raised the state of the verges. After discussion it was AGREED to write to the county council.\n\n"
        "Action: Clerk\n\n"
        "26/03/132 Church\n"
        "The potential for councillors to talk to the church about the hall was discussed, and members welcomed it.\n"
    )
    _, found = stored_text(tmp_path, "verges.txt", minutes)
    actions = {item.number: [a.text for a in acts] for item, _, acts in found}
    # "Action: Clerk" under a paragraph whose decision was taken out leaves no task called "After discussion"
    assert actions["26/03/131"] == ["Write to the county council"]
    assert actions["26/03/132"] == []


def test_table_rows_whose_titles_end_with_a_colon_over_their_agenda_text(tmp_path):
    page = (
        "Agenda and minutes\nVenue: Council Chamber, Town Hall. View directions\nNo. | Item |\n---|---|\n"
        "Apologies for absence: Members are asked to send apologies to Democratic Services. Minutes: Councillors Hale and Moss. |\n|\n"
        "Whipping declarations: Members of scrutiny should not act on a party whip. Minutes: None were made.\n"
        "Resolved: There were no declarations. |\n|\n"
        "Forward Plan: The Forward Plan is attached. Minutes: The Committee considered the Forward Plan.\n"
        "Resolved: The Committee notes the forthcoming decisions. |\n|\n"
    )
    _, found = stored_text(tmp_path, "rows.txt", page, committee="Resources Scrutiny Committee", date=dt.date(2026, 10, 5))
    assert [item.title for item, _, _ in found] == ["Apologies for absence", "Whipping declarations", "Forward Plan"]
    assert found[1][1] == ["There were no declarations."]  # the row's closing bars are not the clause's
