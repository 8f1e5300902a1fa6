"""The sixty-ninth step: what the forty-second development set showed. A council's running minute references that open
some lines and run on inside others ("... (ill). 36402 Code of Conduct ..."), found as one run over the whole page;
minutes numbered by the minute and the year with a dash after ("20.36 - No members of the public were present.").
Texts the project wrote, about fictional bodies."""

from __future__ import annotations

from cpb_tui.actions.extract import extract_from_resolution
from cpb_tui.importers.flat_runs import page_run_references, runs_across_lines
from tests.stored import page_items, page_numbers as _numbers

_TOWN = "CYNGOR TREF ABERFFRWD TOWN COUNCIL\n\nMinutes of an ABERFFRWD TOWN COUNCIL MEETING held at the Institute on the 4th March 2036 at 6.30pm:-\n\n"

# --- a running reference that lost some of its line breaks ------------------------------------------------------------

_RUN_ON = _TOWN + (
    "36400 Present: Cllr A. Rhys (Mayor), Cllr B. Lloyd, Cllr C. Morgan. 36401 Apologies: Cllr D. Price (away). "
    "36402 Code of Conduct/Declaration of Interest.\n\n"
    "36403 Ratification of the minutes of the meeting held on 19th February 2036.\n\nThe minutes were agreed as a true record.\n\n"
    "36404 Matters arising from the meeting held on 19th February 2036. The Clerk confirmed the benches had been ordered. "
    "36405 Signing of the minutes of 19th February 2036. These were signed as a true record. "
    "36406 Mayor's Report: The Mayor had attended the schools' eisteddfod.\n"
)


def test_a_running_reference_run_on_inside_lines_is_read_through_the_page(tmp_path):
    assert _numbers(tmp_path, _RUN_ON) == ["36400", "36401", "36402", "36403", "36404", "36405", "36406"]
    clauses = {item.number: texts for item, texts, _ in page_items(tmp_path, _RUN_ON)}
    assert clauses["36403"] == ["The minutes were agreed as a true record."]
    assert clauses["36405"] == ["These were signed as a true record."]


def test_a_reference_with_the_year_after_a_dash_runs_on_too(tmp_path):
    page = ("Draft minutes of the meeting of Fenwick Parva Parish Council held on Thursday 8 January 2037 at 7pm\n\n"
            "Present Cllr P Dorn (Chair), Cllr S Vale\n\nMeeting commenced at 19:00hrs 105-36 Apologies for absence Apologies were "
            "received from Cllr Hyde. 106-36 Declaration of interests There were none. 107-36 Minutes Resolved that the minutes "
            "of the meeting held on 4 December 2036 be signed as a true record. 108-36 Matters Arising There were none.\n\n"
            "109-36 Public Open Forum No members of the public were present.\n\n110-36 Receive Reports\n\nThe Chair gave his report.\n")
    found = page_items(tmp_path, page)
    assert [item.number for item, _, _ in found] == ["105-36", "106-36", "107-36", "108-36", "109-36", "110-36"]
    assert {item.number: texts for item, texts, _ in found}["107-36"][0].startswith("that the minutes of the meeting held on 4 December 2036")


def test_the_break_is_made_only_where_the_run_goes_on_at_lines_starts():
    lines = _RUN_ON.split("\n")
    broken = runs_across_lines(lines)
    assert "36401 Apologies: Cllr D. Price (away)." in broken and "36402 Code of Conduct/Declaration of Interest." in broken
    # (one paragraph alone holding a run, no line opening with it: left to the flattened readers)
    alone = ["Minutes of the meeting.", "", "Present: all. 36401 Apologies: none. 36402 Declarations: none. 36403 Minutes: approved. 36404 Reports: none."]
    assert runs_across_lines(alone) == alone


def test_a_list_of_plain_numbers_or_cheques_is_no_running_reference():
    # (a plain "3.", "4." list run on after numbered lines is the flattened readers' to judge)
    plain = ["1. Apologies", "2. Minutes", "Approved. 3. Finance The accounts were noted. 4. Planning None."]
    assert runs_across_lines(plain) == plain
    # (cheques paid, their numbers running by one: never minutes)
    cheques = ["Payments approved:", "100234 Greenway Supplies \u00a345.00", "100235 Fenwick Hall Trust \u00a360.00",
               "100236 Clerk's salary \u00a3410.00", "100237 Parish Lengthsman \u00a3120.00"]
    assert page_run_references(cheques) == set()


def test_a_paragraphs_own_points_are_no_running_reference():
    # ("4.1", "4.2" are an item's paragraphs, their first figure no year the page names)
    page = ["4 Reports", "4.1 Police The PCSO reported.", "4.2 County Cllr Hale reported. 4.3 District Cllr Bell reported.", "4.4 Clerk Noted."]
    assert runs_across_lines(page) == page and page_run_references(page) == set()


# --- minute and year with a dash between -------------------------------------------------------------------------------

def test_minute_and_year_with_a_dash_after_read_as_running_minutes(tmp_path):
    page = ("Minutes of the Parish Council Meeting of Saltmarsh Parish Council held on Tuesday 10th June, 2036 at 7.30 pm\n"
            "Present: Cllrs. P Reed (Chair), S Orme, R Cole.\n"
            "20.36 - No members of the public present.\n21.36 No Police presence, no report on file.\n22.36 \u2013 Cllr Hale\n"
            "Cllr Hale reported on the county's budget.\n23.36 \u2013 Declarations of pecuniary or non-pecuniary interest on any Agenda item.\n"
            "24.36\u2013 Minutes\nThe minutes of the last meeting were moved and signed.\n")
    assert _numbers(tmp_path, page) == ["20.36", "21.36", "22.36", "23.36", "24.36"]


def test_a_teaser_above_the_minutes_keeps_its_reference_in_its_line(tmp_path):
    # (a blog's teaser repeats the first minute's opening; the minute itself opens its own line below)
    page = ("Meeting 18/36, Tuesday 23rd September 2036\n\nPresent: Cllrs Penrose, Trewin, Vosper Apologies: None Public Speaking: None "
            "Minutes of the Meeting held on 9th September 392 The Minutes having been circulated it was proposed by Cllr Trewin [\u2026]\n\n"
            "Public Speaking: None\n\n392 The Minutes having been circulated it was proposed by Cllr Trewin and seconded Cllr Vosper that "
            "the minutes were a true record, carried unanimously.\n\n393 Minute 380b. (Footpaths). Cllr Penrose reported on the stile.\n\n"
            "394. Minute 381a. (Bus Shelter). Cllr Vosper reported the glass had been replaced.\n\n395 Minute 384c. (Benches). Noted.\n")
    lines = page.split("\n")
    assert runs_across_lines(lines) == lines


# --- decisions told the same way, a line each ----------------------------------------------------------------------------

_NOTICE = (
    "Decisions published\n\n14/03/2037 - Street Lighting Renewal ref: 5180    Recommendations Approved\n\n"
    "Decision Maker: Environment Scrutiny Committee\n\nMade at meeting: 14/03/2037 - Environment Scrutiny Committee\n\n"
    "Decision published: 14/03/2037\n\nEffective from: 14/03/2037\n\nDecision:\n\n"
    "Following scrutiny, recommendation a) was supported to Cabinet\n\n"
    "Following scrutiny, recommendation b) was supported to Cabinet\n\n"
    "Following scrutiny, recommendation c) was supported to Cabinet\n\nLead officer: Head of Highways\n"
)


def test_decisions_told_in_the_same_words_a_line_each_are_a_clause_each(tmp_path):
    found = page_items(tmp_path, _NOTICE)
    assert [clauses for _, clauses, _ in found] == [[
        "Following scrutiny, recommendation a) was supported to Cabinet",
        "Following scrutiny, recommendation b) was supported to Cabinet",
        "Following scrutiny, recommendation c) was supported to Cabinet",
    ]]


def test_a_paragraphs_wrapped_lines_stay_one_decision():
    from cpb_tui.importers.resolutions import parse_resolved

    # (lines that open alike but do not each tell a decision of their own: one sentence wrapped)
    wrapped = ["That the Committee notes the report", "That the Committee", "asks the Clerk to write to the county."]
    assert len(parse_resolved(wrapped)) == 1
    # (and a paragraph wrapped mid-sentence, each line a fragment)
    assert len(parse_resolved(["The Council agreed to buy two benches for the", "green and to place them by the pond."])) == 1


# --- tasks ------------------------------------------------------------------------------------------------------------

def test_an_errand_after_an_approval_with_no_to_before_it():
    assert [(action.text, action.owners) for action in extract_from_resolution("to approve the response and send it to the County Council.", "decision")] == [
        ("Send the response to the County Council", ())]
    assert [action.text for action in extract_from_resolution("to approve the response and submit to Fenwick Council as soon as possible.", "decision")] == [
        "Submit to Fenwick Council as soon as possible"]
    # (never a noun after "and": "the design and order of the works")
    assert extract_from_resolution("to approve the design and order of the works.", "decision") == []


def test_a_councillor_given_a_seat_to_fill_and_a_post_between_commas():
    assert [(action.text, action.owners) for action in extract_from_resolution("That Cllr Dane represent the parish at the county forum.", "decision")] == [
        ("Cllr Dane to represent the parish at the county forum", ("Cllr Dane",))]
    assert [action.owners for action in extract_from_resolution("That Councillor Hale, Chair of Planning, write to the applicant.", "decision")] == [("Councillor Hale",)]
    assert extract_from_resolution("that these figures represent good value.", "decision") == []


def test_names_put_into_or_out_of_the_record_of_who_was_there_are_no_tasks():
    lead = "The Minutes of the meeting held on 22 August 2036 were confirmed as a correct record, subject to inclusion of the following amendments:-"
    assert extract_from_resolution("That Cllrs Hale and Dane be included in the list of those Committee Members present at this meeting;", "decision", lead) == []
    assert extract_from_resolution("That Cllr Moss be removed from the list of those speakers invited to address the meeting;", "decision") == []
    assert extract_from_resolution("That the date of the shelter repair be amended to read 3 May.", "decision", "The minutes were approved subject to the following amendments:") == []
    # (a list of signatories is no record of the meeting: adding the Clerk to it is work to do)
    assert [action.text for action in extract_from_resolution("That the Clerk be added to the list of signatories for the bank account.", "decision")] == [
        "Add the Clerk to the list of signatories for the bank account"]


def test_a_running_minute_that_opens_with_its_decision_keeps_it(tmp_path):
    # (the first sentence is the minute's decision, never its title: it stays a decision)
    page = _TOWN + (
        "36400 Present: Cllr A. Rhys (Mayor), Cllr B. Lloyd. 36401 Apologies: Cllr D. Price (away).\n\n"
        "36402 The minutes of the meeting held on 19th February 2036 were approved as a true record. Cllr Lloyd proposed and Cllr Rhys seconded.\n\n"
        "36403 Mayor's Report: The Mayor had attended the schools' eisteddfod.\n\n36404 Correspondence: none.\n"
    )
    clauses = {item.number: texts for item, texts, _ in page_items(tmp_path, page)}
    assert any("were approved as a true record" in text for text in clauses["36402"])


def test_a_running_minutes_title_stops_at_its_first_sentence_or_its_decision(tmp_path):
    found = {item.number: item.title for item, _, _ in page_items(tmp_path, _RUN_ON)}
    assert found["36404"] == "Matters arising from the meeting held on 19th February 2036"
    page = (_TOWN + "36/1) Election of the meeting Chairman & Welcome On the motion of Cllr Rhys, seconded by Cllr Lloyd, it was RESOLVED to elect "
            "Cllr Morgan as meeting Chairman\n\n36/2) Apologies for absence None were received.\n\n36/3) Minutes of the last Annual Meeting "
            "RESOLVED to approve the minutes of the meeting held on 2 April 2035.\n\n36/4) Annual Report of the Council The Chairman read the report.\n")
    items = page_items(tmp_path, page)
    assert [item.number for item, _, _ in items] == ["36/1", "36/2", "36/3", "36/4"]
    assert items[0][0].title == "Election of the meeting Chairman & Welcome" and items[0][1]


def test_a_reference_cited_or_printed_into_a_heading_is_not_broken_out():
    lines = ["Minutes of Fenwick Parva Parish Council held on 16th November 2036", "",
             "49/36 RECEIVE APOLOGIES FOR ABSENCE", "Apologies were received from Cllr Hyde.", "",
             "50/36 MINUTES OF THE PREVIOUS MEETING", "They were approved.", "",
             "RECEIVE DECLARATIONS OF INTEREST AND CONSIDER 51/36 GRANTING OF ANY DISPENSATIONS", "None", "",
             "52/36 RECEIVE THE FOLLOWING REPORTS", "(a) Borough Councillors Report (Discussed after 53/36) See Appendix 1. Cllr Moon reported.", "",
             "53/36 PLANNING", "No applications."]
    assert runs_across_lines(lines) == lines


# --- the review's mends (each failed at the reviewed head, d7f3df3) -------------------------------------------------------

def test_a_decision_of_its_own_after_lines_told_alike_keeps_its_task():
    from cpb_tui.importers.resolutions import parse_resolved

    lines = ["That the report be received.", "That the report be published on the website.",
             "To ask the Clerk to write to the Chief Constable about the speeding on Mill Lane."]
    assert [record.text for record in parse_resolved(lines)][-1].startswith("To ask the Clerk to write")


def test_a_noun_after_and_or_an_errand_done_already_is_no_task():
    for clause in ("to note the report and progress to date on the Neighbourhood Plan.", "to note the report and update to the risk register.",
                   "to approve the accounts and send a copy to the auditor, which had been done on 3 May.",
                   "to note the claim and repair to the swings carried out in October."):
        assert extract_from_resolution(clause, "decision") == [], clause
    # (what "it" stands for only where it is a thing named: never "what the Clerk has drafted")
    found = extract_from_resolution("to approve what the Clerk has drafted and submit it to the County Council.", "decision")
    assert [action.text for action in found] == ["Submit it to the County Council"]


def test_represent_told_of_is_no_task():
    from cpb_tui.actions.narrative import extract_from_minutes

    assert extract_from_minutes("The Chair explained that in future he would represent the Council only at civic events.") == []
    assert extract_from_minutes("Cllr Dane said she would represent the Council at the Show if nobody else could.") == []


def test_lists_for_other_events_and_amendments_to_other_papers_keep_their_tasks():
    found = extract_from_resolution("That Cllrs Hale and Dane be added to the list of attendees for the conference on 12 May.", "decision")
    assert [action.text for action in found] == ["Add Cllrs Hale and Dane to the list of attendees for the conference on 12 May"]
    lead = "RESOLVED that the minutes of the Allotments Working Group held on 24 June 2036 be received and the following amendments be approved:"
    found = extract_from_resolution("That the Town Clerk arrange for the revised rules to be added to the allotment noticeboard.", "decision", lead)
    assert [action.owners for action in found] == [("the Town Clerk",)]
    found = extract_from_resolution("That Cllr Price be added to the list of those present and the Clerk update the attendance register.", "decision")
    assert found


def test_a_second_doer_after_a_comma_is_no_post():
    found = extract_from_resolution("That Cllr Hale, Cllr Dane, and Cllr Rhys attend the county training on 2 March.", "decision")
    assert all("Cllr Dane" in action.owners for action in found)


def test_a_running_minutes_title_is_not_cut_at_an_abbreviation_nor_taken_from_its_decisions_subject(tmp_path):
    page = ("Minutes of the meeting of Northgate Parva Town Council held on 6 October 2036\n\n"
            "2036-153 It was RESOLVED that the minutes of 15 September 2036 be signed as a correct record.\n"
            "2036-154 Report from Cllr. Ashdown on the Christmas lights. The lights will be switched on on 29 November.\n"
            "2036-155 The Council RESOLVED to adopt the revised Standing Orders.\n"
            "2036-156 Correspondence from St. Mary's School about the crossing patrol.\n")
    titles = {item.number: item.title for item, _, _ in page_items(tmp_path, page)}
    assert titles["2036-154"].startswith("Report from Cllr. Ashdown on the Christmas lights")
    assert titles["2036-156"].startswith("Correspondence from St. Mary's School")
    assert not titles["2036-153"].startswith("It was \u2026") and titles["2036-153"] != "It was"
    assert titles["2036-155"] != "The Council"


def test_a_house_number_that_opens_a_line_is_no_running_minute(tmp_path):
    page = ("Minutes of Northgate Town Council Planning Committee held on Tuesday 4 March 2036 at 6pm\n\n310. Apologies\nCllr Reed.\n"
            "311. Declarations of interest\nNone.\n312. Planning applications\n313 High Street \u2013 rear extension. No objection.\n"
            "315 Station Road \u2013 change of use to caf\u00e9. The Committee objected on parking grounds.\n313. Tree preservation orders\n"
            "None received.\n314. Correspondence\nA letter from the Civic Society was noted.\n315. Date of next meeting\nTuesday 1 April 2036 at 6pm.\n")
    titles = {item.number: item.title for item, _, _ in page_items(tmp_path, page)}
    assert titles.get("313") == "Tree preservation orders"


# --- the second review's mends (each failed at the head it reviewed, 4e958f9) -------------------------------------------

def test_a_house_number_after_a_gap_is_no_running_minute(tmp_path):
    page = ("Minutes of the Planning and Highways Committee of Stanmoor Town Council held on Tuesday 5 May 2037\n\n"
            "101. Apologies\nCllr N. Varey.\n102. Declarations of interest\nNone.\n103. Minutes\nApproved.\n104. Matters arising\nNone.\n"
            "105. Planning applications\n37/0218 Flat 2, 14 Market Place - change of use to cafe. No objection.\n"
            "107 Bridge Street - replacement shopfront and signage. No objection.\n106. Date of next meeting\nTuesday 2 June 2037.\n")
    assert [item.number for item, _, _ in page_items(tmp_path, page)][-1] == "106"


def test_a_fact_noted_or_an_errand_done_another_way_is_no_task():
    for clause in ("to note that the County Council will consult residents in October and advertise the order in November.",
                   "to ratify the response agreed by email and submit it to the District Council, as the Clerk did on 2 May.",
                   "to approve the internal auditor's report and send a copy to the external auditor (sent 6 May).",
                   "to approve the revised lease and return it to the Trustees; the Clerk confirmed it was returned last week."):
        assert extract_from_resolution(clause, "decision") == [], clause
    assert extract_from_resolution("That no member represent the Council at the public inquiry.", "decision") == []


def test_lists_for_other_gatherings_keep_their_tasks_and_a_list_of_doers_is_no_post():
    for clause in ("That Cllrs Greaves and Ingham be added to the list of attendees for the meeting at County Hall on 26 March.",
                   "That Cllr Kershaw be added to the list of those present at the Lord Lieutenant's reception on 18 April."):
        assert extract_from_resolution(clause, "decision"), clause
    found = extract_from_resolution("That Cllr Harcourt be added to the list of those present at the Annual Parish Meeting held on 20 May, "
                                    "and that the notes of that meeting be published.", "decision")
    assert found
    found = extract_from_resolution("That Cllr Hale, Dane and Rhys, attend the county training.", "decision")
    assert not any(action.owners == ("Cllr Hale",) for action in found)


# --- a refused first import leaves no store behind -------------------------------------------------------------------------

def test_a_refused_first_import_leaves_no_empty_store(isolated_home, tmp_path, fixture_path):
    from click.testing import CliRunner

    from cpb_tui.cli import cli

    bad = tmp_path / "agenda.pdf"
    bad.write_bytes(b"this is no PDF at all, only words\n" * 40)
    result = CliRunner().invoke(cli, ["import", str(bad)])
    assert result.exit_code == 1 and "not a PDF" in result.output
    assert not list(isolated_home.glob("cpb.db*"))  # (before: an empty cpb.db, and cpb left the demo for it)
    # (a store that holds a document is never taken away by a later refusal)
    assert CliRunner().invoke(cli, ["import", str(fixture_path("report.txt"))]).exit_code == 0
    assert CliRunner().invoke(cli, ["import", str(bad)]).exit_code == 1
    assert (isolated_home / "cpb.db").exists()


def test_show_prints_no_stop_after_a_points_bracket(tmp_path):
    from click.testing import CliRunner

    from cpb_tui.cli import cli

    page = tmp_path / "council.txt"
    page.write_text(
        "Agenda and minutes\n\nCouncil Meeting - Thursday, 11th July 2036 6.00 pm\n\nVenue: Guildhall, Ashby Parva\n\nItems\n\nNo.\n\nItem\n\n"
        "1.\n\nOpening Business\n\n1.(i)\n\nMinutes\n\nMinutes:\n\nRESOLVED - That the minutes of 21 May 2036 be approved.\n\n"
        "1.(ii)\n\nCivic Announcements\n\nMinutes:\n\nThe Mayor listed her visits.\n\n2.\n\nResidents' Voice\n\nMinutes:\n\nNone.\n",
        encoding="utf-8")
    database = str(tmp_path / "s.db")
    assert CliRunner().invoke(cli, ["--db", database, "import", str(page), "--committee", "Ashby Parva Town Council"]).exit_code == 0
    shown = CliRunner().invoke(cli, ["--db", database, "show", "2036-07-11"]).output
    assert " 1.(i) Minutes" in shown and "1.(i)." not in shown and " 1. Opening Business" in shown
