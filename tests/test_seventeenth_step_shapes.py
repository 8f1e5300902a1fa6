"""Shapes read in the seventeenth step. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from cpb_tui.cli import cli
from cpb_tui.importers import load
from tests.stored import stored_text

AGENDA_BODY = (
    "\n1. Apologies for absence\nTo receive apologies.\n\n"
    "2. Minutes of the last meeting\nTo approve the minutes of the meeting held on 9 April 2026.\n\n"
    "3. Footpaths\nTo consider the report on the stile at Mill Lane.\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "Agenda for the meeting of the Parish Council to be held on Thursday 14 May 2026 at 7pm in the Reading Room",
        "Notice is hereby given that a meeting of Brackenford Parish Council will be held on Thursday 14 May 2026 at 7pm",
        "Meeting of the Full Council to be held on 14 May 2026 at 7pm",
        "Councillors are summoned to the Parish Council meeting on Thursday 14th May 2026 at 7.30pm at the Reading Room.",
        "A meeting of the Parish Council will take place on Thursday 14 May 2026 at 7.30pm in the Reading Room.",
        "AGENDA FOR THE ORDINARY MEETING OF THE COUNCIL ON THURSDAY 14 MAY 2026",
        "Agenda of the Annual Meeting of the Parish Council, 14 May 2026, 7pm, Reading Room",
        "Agenda \u2013 Thursday 14th May 2026",
        "Date: Thursday 14 May 2026\nTime: 7.30pm\nVenue: Reading Room",
    ],
)
def test_an_agenda_announcing_its_own_meeting_names_the_council_and_the_date(tmp_path, heading):
    # (the minutes to approve, "held on 9 April 2026", are another meeting's)
    path = tmp_path / "agenda.txt"
    path.write_text("Brackenford Parish Council\n\n" + heading + "\n" + AGENDA_BODY, encoding="utf-8")
    _, record = load(path)
    meeting = record.meetings[0]
    assert (meeting.committee, meeting.date.isoformat()) == ("Brackenford Parish Council", "2026-05-14")


def test_a_committees_agenda_names_the_committee_not_the_council(tmp_path):
    path = tmp_path / "agenda.txt"
    path.write_text(
        "Brackenford District Council\n\nAgenda for the meeting of the Planning Committee to be held on Tuesday 2 June 2026 at 6pm\n" + AGENDA_BODY,
        encoding="utf-8",
    )
    meeting = load(path)[1].meetings[0]
    assert (meeting.committee, meeting.date.isoformat()) == ("Planning Committee", "2026-06-02")


def test_lines_about_other_meetings_never_date_an_agenda(tmp_path):
    path = tmp_path / "agenda.txt"
    path.write_text(
        "Brackenford Parish Council\n\nThe minutes of the meeting of the Parish Council held on 9 April 2026 were circulated.\n"
        "The next meeting of the Parish Council will be held on 11 June 2026.\n" + AGENDA_BODY,
        encoding="utf-8",
    )
    with pytest.raises(Exception, match="does not say which"):
        load(path)


MINUTES_WITH_OPENING = (
    "Brackenford Parish Council\n\n"
    "Minutes of the meeting of the Parish Council held on Thursday 14 May 2026 at 7pm in the Reading Room\n\n"
    "Present: Cllr A Bell (Chair), Cllr C Dunn, Cllr E Fox\n\n"
    "The Chair opened the meeting and welcomed the new clerk. ACTION: Clerk to put the new contact details on the noticeboard.\n\n"
    "1. Apologies for absence\nApologies were received from Cllr G Hale.\n\n"
    "2. Minutes of the last meeting\nRESOLVED that the minutes of the meeting held on 9 April 2026 be approved.\n\n"
    "3. Footpaths\nRESOLVED that the clerk obtain quotes for the stile on footpath 12.\n"
)


def test_an_opening_sentence_with_an_action_tag_is_kept_as_the_opening_record(tmp_path):
    _, found = stored_text(tmp_path, "minutes.txt", MINUTES_WITH_OPENING)
    assert found[0][0].title == "Opening of the meeting"
    assert [a.text for a in found[0][2]] == ["Clerk to put the new contact details on the noticeboard"]


def test_the_opening_record_stays_first_when_the_minutes_follow_the_agenda(tmp_path):
    db = tmp_path / "cpb.db"
    runner = CliRunner()
    (tmp_path / "agenda.txt").write_text(
        "Brackenford Parish Council\n\nAgenda for the meeting of the Parish Council to be held on Thursday 14 May 2026 at 7pm\n" + AGENDA_BODY,
        encoding="utf-8",
    )
    (tmp_path / "minutes.txt").write_text(MINUTES_WITH_OPENING, encoding="utf-8")
    for name in ("agenda.txt", "minutes.txt"):
        result = runner.invoke(cli, ["--db", str(db), "import", str(tmp_path / name)], catch_exceptions=False)
        assert result.exit_code == 0, result.output
    shown = runner.invoke(cli, ["--db", str(db), "show", "2026-05-14"], catch_exceptions=False).output
    lines = [line.strip() for line in shown.splitlines() if line.strip()][1:5]
    assert lines == ["\u2013 Opening of the meeting", "1. Apologies for absence", "2. Minutes of the last meeting",
                     "that the minutes of the meeting held on 9 April 2026 be approved."]


def test_wide_runs_of_spaces_are_read_as_ten():
    from cpb_tui.importers.layout import normalise

    assert normalise("Item" + " " * 300 + "Owner\tDue" + "\t" * 40 + "June") == "Item" + " " * 10 + "Owner\tDue" + " " * 10 + "June"
    assert normalise("a" + " " * 10 + "b") == "a" + " " * 10 + "b"


def test_long_runs_of_spaces_after_titles_points_and_leaders_stay_quick(tmp_path):
    # (not a timing test: each ran past the import limit and was refused before; bench/hostile_input.py times them)
    from cpb_tui.importers.numbering import _LEADERS, _POINT

    assert _LEADERS.search("Footpaths" + " " * 20000 + "x") is None
    assert _POINT.match("1. Footpaths" + " " * 20000 + "b").group("title").endswith("b")
    text = "".join("2. Minutes of the last meeting" + " " * 250 + "b\n" for _ in range(300))
    _, found = stored_text(tmp_path, "spaces.txt", text, committee="Spaces Committee", date=__import__("datetime").date(2026, 1, 1))
    assert len(found) >= 1


FRONT_SHEET = (
    "Public Document Pack\n\nGlenmoor Borough Council\n\nTo: Members of the Licensing Committee\n\nDear Councillor,\n\n"
    "A meeting of the Licensing Committee will be held in the Council Chamber, Town Hall, Glenmoor on THURSDAY, 18 JUNE 2026 at 10.00 am.\n\n"
    "Yours sincerely\n\nR Ndlovu\nChief Executive\n\nAGENDA\n\nPART 1\n\n1. APOLOGIES FOR ABSENCE\n\n2. DECLARATIONS OF INTEREST\n"
    "Members are reminded of their duty to declare any interests.\n\n3. MINUTES (Pages 1 - 6)\nTo confirm the minutes of the meeting held on 21 May 2026.\n\n"
    "4. STREET TRADING POLICY REVIEW (Pages 7 - 30)\nReport of the Head of Regulatory Services\n\n"
    "5. TAXI FARES (Pages 31 - 44)\nReport of the Licensing Manager\n\n6. URGENT BUSINESS\nAny business the Chair decides is urgent.\n"
)


def test_an_agenda_front_sheet_keeps_items_with_page_references_and_names_the_committee_summoned(tmp_path):
    path = tmp_path / "agenda.txt"
    path.write_text(FRONT_SHEET, encoding="utf-8")
    meeting = load(path)[1].meetings[0]
    assert (meeting.committee, meeting.date.isoformat(), meeting.time) == ("Licensing Committee", "2026-06-18", "10.00 am")
    assert [(item.number, item.title) for item in meeting.items] == [
        ("1", "Apologies for Absence"), ("2", "Declarations of Interest"), ("3", "Minutes"),
        ("4", "Street Trading Policy Review"), ("5", "Taxi Fares"), ("6", "Urgent Business"),
    ]


@pytest.mark.parametrize(
    "top",
    [
        "Notice of Meeting\n\nCommunities Committee\n\nDate: Tuesday, 16 June 2026\nTime: 6.00 pm\nVenue: Council Chamber",
        "Glenmoor Community Council\n\nMeeting to be held in Glenmoor Hall\nTuesday 16th June 2026 at 7.30pm",
        "Cyngor Cymuned Glenmoor Community Council\n\nNotice is hereby given that the next meeting of Glenmoor Community Council will be held at "
        "Neuadd Glenmoor on Tuesday 16 June 2026 at 7pm.",
    ],
)
def test_a_notice_names_the_body_that_meets_never_the_notice_or_the_hall(tmp_path, top):
    path = tmp_path / "agenda.txt"
    path.write_text(top + "\n\nAGENDA\n" + AGENDA_BODY + "4. AOCB\n", encoding="utf-8")
    meeting = load(path)[1].meetings[0]
    assert meeting.committee in ("Communities Committee", "Glenmoor Community Council")
    assert meeting.date.isoformat() == "2026-06-16"
    assert meeting.items[-1].title == "AOCB"


def test_planning_references_under_an_agenda_item_keep_their_case_and_their_place(tmp_path):
    text = (
        "Brackenford Parish Council\n\nAgenda for the meeting of the Parish Council to be held on Monday 8 June 2026\n\n"
        "25/065 Matters arising from the minutes (for information only)\n"
        "25/066 Planning\na) 26/01234/FUL \u2013 3 Church Lane \u2013 single storey rear extension\n"
        "b) 26/01301/TPO \u2013 The Old Rectory \u2013 fell one ash tree\n25/067 Correspondence\n"
    )
    path = tmp_path / "agenda.txt"
    path.write_text(text, encoding="utf-8")
    titles = [item.title for item in load(path)[1].meetings[0].items]
    assert "26/01234/FUL \u2013 3 Church Lane" in titles and "26/01301/TPO \u2013 The Old Rectory" in titles


def test_a_web_agendas_title_names_the_committee_and_the_date(tmp_path):
    text = (
        "Agenda for Corporate Parenting Board on Wednesday, 17th June, 2026, 2.00 pm\n\n"
        "Venue: Committee Room 2, County Hall, Eastmoor. View directions\n\nItems\nNo. Item\n\n"
        "1. Apologies for Absence\n\n2. Minutes of the Previous Meeting PDF 210 KB\nTo approve the minutes of the meeting held on 18 March 2026.\n\n"
        "3. Care Leavers Local Offer PDF 400 KB\n"
    )
    path = tmp_path / "agenda.txt"
    path.write_text(text, encoding="utf-8")
    meeting = load(path)[1].meetings[0]
    assert (meeting.committee, meeting.date.isoformat(), meeting.time) == ("Corporate Parenting Board", "2026-06-17", "2.00 pm")


REPORT_WITHOUT_LABELS = (
    "Agenda item\n\nCorporate Parenting Panel \u2013 24 June 2026\n\n"
    "Agenda Item 7: Fostering Recruitment Update\n\nReport of the Director of Children's Services\n\n"
    "1. Purpose of the report\n1.1 To update the Panel on foster carer recruitment.\n\n"
    "2. Recommendations\n2.1 That the Panel notes the update.\n2.2 That a further report is brought to the December 2026 meeting.\n\n"
    "3. Background\n3.1 The service approved 14 new fostering households last year.\n"
)


def test_a_report_without_labelled_front_matter_is_one_item_with_its_sections(tmp_path):
    # (its numbered paragraphs were read as seven items before)
    meeting, found = stored_text(tmp_path, "report.txt", REPORT_WITHOUT_LABELS)
    assert (meeting.committee, meeting.date.isoformat()) == ("Corporate Parenting Panel", "2026-06-24")
    assert [(item.number, item.title) for item, _, _ in found] == [("7", "Fostering Recruitment Update")]
    from cpb_tui.store import Store

    store = Store.open(tmp_path / "cpb.db")
    try:
        headings = [section.heading for section in store.sections(found[0][0].id)]
    finally:
        store.close()
    assert headings[-3:] == ["Purpose of the report", "Recommendations", "Background"]


def test_minutes_that_record_decisions_under_report_headings_stay_minutes():
    from cpb_tui.importers.report import plain_report_title

    lines = (REPORT_WITHOUT_LABELS + "\nRESOLVED that the update be noted.\n").split("\n")
    assert plain_report_title(lines) is None
    assert plain_report_title(REPORT_WITHOUT_LABELS.split("\n")) == ("7", "Fostering Recruitment Update")


DASHED_AGENDA = (
    "WILLOWBY PARISH COUNCIL\nClerk: Mrs P Arden, 2 Brook Row, Willowby\n"
    "You are summoned to attend a meeting of Willowby Parish Council which will take place at the Village Hall, on Tuesday 7th July 2026 at 7.30pm.\n"
    "PAULA ARDEN, CLERK TO THE COUNCIL DATE 30th June, 2026\n"
    "AGENDA\n"
    "- Welcome by the Chairman\n- Apologies from members unable to attend\n"
    "- Minutes of the previous meeting \u2013 To consider a resolution to approve the minutes of the meeting held on Tuesday 2nd June, 2026\n"
    "- RECEIVE WORKING PARTY REPORTS\n9.1 Shop\n9.2 Pavilion\n"
    "- Correspondence\n   - a letter from the bus company\n"
    "For information only, the council may not decide on these items.\n"
    "- Date of the next meeting \u2013 Tuesday, 4th August 2026\n"
    "Signed: Paula Arden, Clerk\n"
)


def test_an_agendas_list_that_lost_its_numbers_to_dashes_is_its_items(tmp_path):
    # (the clerk's signing date and the earlier minutes' date are not the meeting's)
    meeting, found = stored_text(tmp_path, "agenda.txt", DASHED_AGENDA)
    assert (meeting.committee, meeting.date.isoformat()) == ("Willowby Parish Council", "2026-07-07")
    assert [(item.number, item.title) for item, _, _ in found] == [
        (None, "Welcome by the Chairman"), (None, "Apologies from members unable to attend"), (None, "Minutes of the previous meeting"),
        (None, "Receive Working Party Reports"), (None, "Correspondence"), (None, "Date of the next meeting \u2013 Tuesday, 4th August 2026"),
    ]


def test_dashed_points_in_minutes_without_an_agenda_heading_are_no_items():
    from cpb_tui.importers.agenda_list import agenda_list_items

    minutes = ["Matters arising", "- the bench is mended", "- the hedge is cut", "- the grit bin is full", "- the sign is back"]
    assert agenda_list_items(minutes) == []
    assert len(agenda_list_items(["AGENDA", *minutes[1:]])) == 4


@pytest.mark.parametrize(
    ("top", "committee", "date"),
    [
        ("Notice of Meeting Committee Ref: EX/08/26 Notice of Meeting Committee : Executive Date : Monday, 17 August 2026 Time : 18:00 "
         "Place : Council Chamber Town Hall Councillors : Ahmed (Chair) Quorum : 3 Members", "Executive", "2026-08-17"),
        ("Meeting 1 (2026/27)\nCommunity Committee Agenda 20.06.26\nCommunity Committee Minutes 20.06.26", "Community Committee", "2026-06-20"),
    ],
)
def test_fields_run_onto_one_line_and_a_two_figure_year_name_the_meeting(tmp_path, top, committee, date):
    path = tmp_path / "agenda.txt"
    path.write_text(top + "\n" + AGENDA_BODY, encoding="utf-8")
    meeting = load(path)[1].meetings[0]
    assert (meeting.committee, meeting.date.isoformat()) == (committee, date)


@pytest.mark.parametrize(
    ("top", "committee"),
    [
        ("Agenda Item No. 7 FENWATER AREA INTERNAL DRAINAGE BOARD A meeting of the Board was held at Marsh Village Hall, on Wednesday 17th June 2026 at 2.00 pm.",
         "Fenwater Area Internal Drainage Board"),
        ("Northmoor Health NHS Foundation Trust Minutes of the Board Meeting in Public Wednesday 17 June 2026 10:15 \u2013 12:30 The Hub, Northmoor",
         "Northmoor Health NHS Foundation Trust"),
        ("Minutes 17th June 2026\nGlenbrae District Community Council - Minutes of General Meeting\nHeld at 19:30 on Wednesday 17th June 2026, Glenbrae Hall",
         "Glenbrae District Community Council"),
        ("Agenda for Eastwold Parish Council Extraordinary Meeting to be held at St Anne's Church, Church Lane, Eastwold on Wednesday 17th June 2026 at 7pm",
         "Eastwold Parish Council"),
    ],
)
def test_a_body_named_once_then_called_the_board_or_before_the_meetings_kind_is_found(tmp_path, top, committee):
    path = tmp_path / "minutes.txt"
    path.write_text(top + "\n" + AGENDA_BODY, encoding="utf-8")
    meeting = load(path)[1].meetings[0]
    assert (meeting.committee, meeting.date.isoformat()) == (committee, "2026-06-17")


def test_a_clause_running_on_over_many_lines_is_not_joined_again_at_each():
    # (not a timing test: 12,000 such lines ran past the import limit; bench/hostile_input.py times them)
    from cpb_tui.importers.resolutions import parse_resolved

    found = parse_resolved(["(i) That the list be noted" + " " * 250 + "b"] * 4000)
    assert len(found) == 1 and found[0].text.startswith("That the list be noted")
    assert [r.text for r in parse_resolved(["(1) Endorse the proposals, namely:", "a) the first;", "b) the second."])] == [
        "Endorse the proposals, namely:", "the first;", "the second.",
    ]


def test_a_promise_said_not_to_be_kept_is_no_task_and_a_late_one_is_still_a_task():
    from cpb_tui.actions.narrative import extract_from_minutes

    text = (
        "Mrs Hart advised that she would be willing to help. He further advised that, on the speed sign, "
        "Highways had said they would contact him after the first lockdown, but did not get back to him."
    )
    assert extract_from_minutes(text) == []
    # a promise still: late, or not yet begun, or reported in the past perfect
    for still in (
        "The Clerk said she would obtain a further quote for the bench, but did not expect it before July.",
        "Cllr Fox said he would repair the notice board, but was not able to start until September.",
        "The Clerk had confirmed that she would write to Highways again.",
        "Cllr Lee said she would contact the school.",
    ):
        assert len(extract_from_minutes(still)) == 1, still


def test_a_title_in_capitals_with_a_date_in_ordinary_case_is_title_cased():
    from cpb_tui.domain.text import display_title

    assert display_title("APPROVE MINUTES FROM LAST MEETING \u2013 3rd January 2017") == "Approve Minutes from Last Meeting \u2013 3rd January 2017"
    assert display_title("AOCB") == "AOCB" and display_title("26/01234/FUL \u2013 CHURCH LANE") == "26/01234/FUL \u2013 Church Lane"
    assert display_title("Minutes of the 3rd May meeting") == "Minutes of the 3rd May meeting"


@pytest.mark.parametrize(
    ("top", "committee", "date"),
    [
        # a title line before a sentence about another meeting of another body
        ("Brackenford Parish Council\nParish Council Meeting \u2013 Thursday 14 May 2026\n"
         "An extraordinary meeting of the Planning Committee on 21 May 2026 will consider the Mill Lane application.",
         "Brackenford Parish Council", "2026-05-14"),
        ("Glenmoor Borough Council\nPlanning Committee \u2013 Minutes of the meeting held on Tuesday 2 June 2026", "Planning Committee", "2026-06-02"),
        ("Glenmoor Borough Council\nChief Executive's Appraisal Panel \u2013 Tuesday 2 June 2026", "Chief Executive's Appraisal Panel", "2026-06-02"),
    ],
)
def test_what_the_agenda_readings_leave_alone(tmp_path, top, committee, date):
    path = tmp_path / "minutes.txt"
    path.write_text(top + "\n\n1. Apologies for absence\nNone.\n\n2. Drains\nThe drains were cleared.\n", encoding="utf-8")
    meeting = load(path)[1].meetings[0]
    assert (meeting.committee, meeting.date.isoformat()) == (committee, date)


@pytest.mark.parametrize(
    "top",
    [
        "Brackenford Parish Council\nPlanning Applications Working Party\nDate: Thursday 14 May 2026",
        "Notice is hereby given that the Annual Parish Meeting of Brackenford will be held on Thursday 14 May 2026 at 7pm",
    ],
)
def test_a_working_party_or_a_parish_meeting_is_never_filed_as_the_council(tmp_path, top):
    path = tmp_path / "agenda.txt"
    path.write_text(top + "\n" + AGENDA_BODY, encoding="utf-8")
    with pytest.raises(Exception, match="does not say which (?:committee|date)"):
        load(path)


def test_numbered_agenda_items_keep_their_numbers_over_dashed_points(tmp_path):
    text = (
        "Brackenford Parish Council\nAgenda for the meeting of the Parish Council to be held on Thursday 14 May 2026 at 7pm\nAGENDA\n"
        "1. Apologies for absence\n2. Minutes of the last meeting\n3. Planning applications\n- 26/0101 Mill Farm\n- 26/0102 The Barn\n"
        "- 26/0103 Rose Cottage\n4. Finance\n- payments\n- bank reconciliation\n5. Correspondence\n- the bus company\n- the county\n"
    )
    path = tmp_path / "agenda.txt"
    path.write_text(text, encoding="utf-8")
    assert [item.number for item in load(path)[1].meetings[0].items] == ["1", "2", "3", "4", "5"]


def test_minutes_with_report_headings_and_decisions_in_ordinary_case_stay_minutes():
    from cpb_tui.importers.report import plain_report_title

    lines = ("Agenda Item 1: Welcome\nReport of the Manager\n1. Introduction\nThe Chair introduced the manager.\n"
             "2. Background\nThe partnership received the report. Resolved that the report be noted.\n3. Next steps\n").split("\n")
    assert plain_report_title(lines) is None
    assert plain_report_title(["Report of the Chief Auditor was presented to members.", "1. Purpose of the report", "2. Background"]) is None


def test_wide_spaces_of_other_scripts_and_dotted_runs_stay_quick():
    # (not a timing test: each cost seconds a line before; bench/hostile_input.py times whole pages)
    from cpb_tui.importers.layout import normalise
    from cpb_tui.importers.numbering import _LEADERS, _sentence_title

    assert normalise("a" + "\u2003" * 500 + "b") == "a" + " " * 10 + "b"
    assert _LEADERS.search(". " * 20000 + "x") is None
    assert _sentence_title("26/" * 7000 + "1 was noted").startswith("26/26/")


@pytest.mark.parametrize(
    "text",
    [
        # the next meeting's date under the last item, and a printing date, are not the meeting's
        "Brackenford Parish Council\nMinutes\nPresent: Cllr A Bell\n1. Apologies for absence\nNone.\n2. Footpaths\nThe stile is mended.\n"
        "3. Date of next meeting\nThursday 11 June 2026\n",
        "Brackenford Parish Council\nClerk's report\nPrinted 3 June 2026\n1. Footpaths\nThe stile is mended.\n2. Drains\nCleared.\n",
        # a meeting's kind is no body
        "Electors are summoned to the Annual Parish Meeting on Thursday 14 May 2026 at 7pm\n1. Apologies for absence\n2. Reports\n",
    ],
)
def test_dates_that_are_not_the_meetings_own_or_a_kind_of_meeting_make_cpb_ask(tmp_path, text):
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(Exception, match="does not say which (?:committee|date)"):
        load(path)


def test_a_place_name_with_on_in_it_and_a_draft_boards_name_are_read_whole(tmp_path):
    path = tmp_path / "agenda.txt"
    path.write_text("Agenda for the meeting of Marsh on Wold Parish Council on Thursday 14 May 2026\n" + AGENDA_BODY, encoding="utf-8")
    assert load(path)[1].meetings[0].committee == "Marsh on Wold Parish Council"
    path.write_text("Draft Kelby Internal Drainage Board Minutes of the Board meeting held on 3 June 2026\n" + AGENDA_BODY, encoding="utf-8")
    assert load(path)[1].meetings[0].committee == "Kelby Internal Drainage Board"


def test_a_dashed_agenda_ends_where_the_minutes_after_it_begin():
    from cpb_tui.importers.agenda_list import agenda_list_items

    lines = ["AGENDA", "- Welcome", "- Apologies", "- Footpaths", "- Finance", "  12 Church Lane \u2013 porch", "",
             "MINUTES OF THE MEETING HELD ON 9 APRIL 2026", "- the bench is mended", "- the hedge is cut"]
    assert [h.title for h in agenda_list_items(lines)] == ["Welcome", "Apologies", "Footpaths", "Finance"]
