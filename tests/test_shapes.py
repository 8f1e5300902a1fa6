"""The shapes councils publish, each in a fixture the project wrote (fictional councils and
committees): which parser reads it, its meeting, items, decision clauses and actions."""

import datetime as dt

import pytest
from click.testing import CliRunner

from cpb_tui.cli import cli
from cpb_tui.importers import ImportProblem, load
from cpb_tui.importers.decisions import opener, split_decisions
from cpb_tui.importers.generic import parse_generic
from cpb_tui.importers.numbering import numbered_items
from cpb_tui.importers.shapes import SHAPES, choose
from cpb_tui.store import Store

SHAPES_DIR = "shapes/"


def parsed(fixture_path, name):
    source, record = load(fixture_path(SHAPES_DIR + name))
    return source, record


def clauses(item):
    return [r.text for r in item.resolutions]


def test_agenda_and_minutes_page_items_decisions_and_exempt(fixture_path):
    source, record = parsed(fixture_path, "agenda_and_minutes.txt")
    (meeting,) = record.meetings
    assert (meeting.committee, meeting.date, meeting.time) == (
        "Children and Young People Scrutiny Panel", dt.date(2025, 3, 4), "6.30 pm")
    assert meeting.venue == "Room 2, Eastmere Civic Centre"
    assert [i.number for i in meeting.items] == ["1", "2", "3", "3a", "4", "5", "6"]
    items = {i.number: i for i in meeting.items}
    assert items["4"].title == "Short Breaks Review"
    assert items["4"].purpose == "Report of the Director of Children's Services."
    assert [r.label for r in items["4"].resolutions] == ["a", "b"]
    assert "undertook to circulate" in items["4"].minutes
    assert clauses(items["2"]) == ["The minutes of the meeting held on 14 January 2025 were agreed as a correct record."]
    assert clauses(items["3a"]) == ["That the notes of the working group be received."]
    assert items["6"].exempt and not items["5"].exempt
    assert "view the full" not in (items["1"].minutes or "")


def test_agenda_and_minutes_page_saved_as_html_reads_the_same(fixture_path):
    source, record = parsed(fixture_path, "agenda_and_minutes.html")
    (meeting,) = record.meetings
    assert source.format == "html"
    assert (meeting.committee, meeting.date) == ("Children and Young People Scrutiny Panel", dt.date(2025, 3, 4))
    assert [(i.number, i.title, len(i.resolutions)) for i in meeting.items] == [
        ("1", "Apologies for Absence", 0), ("2", "Short Breaks Review", 2)]


def test_agenda_and_minutes_page_actions_reach_the_log(fixture_path, store):
    source, record = parsed(fixture_path, "agenda_and_minutes.txt")
    outcome = store.import_document(record, str(source.path), source.sha256)
    item = next(i for i in store.items(outcome.meetings[0].id) if i.number == "4")
    actions = store.item_actions(item.id)
    texts = " | ".join(a.text for a in actions)
    assert len(actions) == 2, texts
    assert "circulate the waiting time figures" in texts
    report = next(a for a in actions if "booking system" in a.text)
    assert report.due_words and "September 2025" in report.due_words


def test_decision_notice_with_numbered_paragraphs(fixture_path):
    _, record = parsed(fixture_path, "decision_notice.txt")
    (meeting,) = record.meetings
    assert (meeting.committee, meeting.date) == ("Governance and Audit Committee", dt.date(2024, 9, 24))
    (item,) = meeting.items
    assert (item.number, item.title) == ("24", "Terms of Reference of the Corporate Parenting Panel")
    assert len(item.resolutions) == 1 and item.resolutions[0].text.startswith("That the revised terms")
    assert "24.2" not in " ".join(clauses(item))


def test_issue_decisions_page_clauses_without_a_resolved_heading(fixture_path):
    with pytest.raises(ImportProblem, match="does not say which committee"):
        load(fixture_path(SHAPES_DIR + "issue_decisions.txt"))
    _, record = load(fixture_path(SHAPES_DIR + "issue_decisions.txt"), committee="Cabinet")
    (item,) = record.meetings[0].items
    assert record.meetings[0].date == dt.date(2024, 11, 12)
    assert [r.label for r in item.resolutions] == ["1", "2"]


def test_issue_meetings_page_that_lost_its_minutes_label(fixture_path):
    _, record = parsed(fixture_path, "issue_meetings_no_label.txt")
    (meeting,) = record.meetings
    (item,) = meeting.items
    assert (meeting.committee, item.minute_number, item.title) == ("Children and Families Committee", "9", "Care Leavers Local Offer")
    assert item.purpose == "To receive the refreshed local offer for care leavers."
    assert clauses(item) == [
        "Agreed that the Head of Leaving Care would circulate the council tax exemption figures to members.",
        "That the refreshed local offer be noted.",
    ]


def test_printed_minutes_with_minute_numbers_and_welsh_heading(fixture_path):
    _, record = parsed(fixture_path, "printed_minutes.txt")
    (meeting,) = record.meetings
    assert (meeting.committee, meeting.date) == ("Corporate Parenting Committee", dt.date(2025, 2, 6))
    assert [i.minute_number for i in meeting.items] == ["41", "42", "43"]
    fostering = meeting.items[1]
    assert [r.label for r in fostering.resolutions] == ["i", "ii"]
    assert fostering.resolutions[0].lead_in == "That the Committee:"
    assert clauses(meeting.items[2]) == ["The Committee noted the report."]


def test_scottish_minutes_with_roman_items(fixture_path):
    _, record = parsed(fixture_path, "scottish_minutes.txt")
    (meeting,) = record.meetings
    assert meeting.committee == "Education and Children's Services Committee"
    assert meeting.date == dt.date(2024, 12, 3) and meeting.venue == "Strathbrae House"
    assert [(i.number, len(i.resolutions)) for i in meeting.items] == [(None, 0), ("I", 0), ("II", 2), ("III", 1)]
    # the unnumbered record before item I (the previous minute held as read) is kept, not dropped
    assert meeting.items[0].title == "Opening of the meeting" and "held as read" in meeting.items[0].minutes


def test_committee_reference_numbers(fixture_path):
    _, record = parsed(fixture_path, "numbered_styles.txt")
    (meeting,) = record.meetings
    assert (meeting.committee, meeting.date) == ("Fostering Panel", dt.date(2024, 10, 9))
    assert [i.number for i in meeting.items] == ["CPB 12/24", "CPB 13/24", "CPB 14/24"]
    assert clauses(meeting.items[1]) == ["Agreed that a further update be brought to the January 2025 meeting."]


@pytest.mark.parametrize(
    "lines, numbers",
    [
        (["1.", "Apologies", "Text here.", "2.", "Minutes", "More text."], ["1", "2"]),
        (["1) Apologies", "Text.", "2) Budget Monitoring", "Text."], ["1", "2"]),
        (["Minute 42 Apologies", "Text.", "Minute 43 Looked After Children", "Text."], ["42", "43"]),
        (["42/19 Apologies", "Text.", "43/19 Fostering Update", "Text."], ["42/19", "43/19"]),
        (["221 (28) Apologies", "Text.", "222 (29) Short Breaks", "Text."], ["221 (28)", "222 (29)"]),
        (["Item 5 Apologies", "Text.", "Item 6 Adoption Report", "Text."], ["5", "6"]),
        (["I DECLARATIONS", "Text.", "II ADOPTION REPORT", "Text."], ["I", "II"]),
        (["A. APOLOGIES", "Text.", "B. ADOPTION REPORT", "Text."], ["A", "B"]),
        (["60.0 Apologies", "60.1 One apology was received.", "61.0 Minutes", "61.1 Agreed."], ["60.0", "61.0"]),
        (["5.", "Minutes", "5.1", "3RD MAY 2024", "Text.", "5.2", "7TH JUNE 2024", "Text.", "6.", "Budget", "Text."],
         ["5", "5.1", "5.2", "6"]),
        # four-digit parish minute numbers, a label run into its minute, a one-word title,
        # and a minute that is one whole sentence between two others
        (["1311   The Chair welcomed members of the public", "",
          "1312   Matters Arising:     The Clerk reported the bench had been repaired.", "",
          "1313   Minutes of the meeting held on 6th May were approved and signed.", "",
          "1314   Finance. It was agreed to pay the hall hire invoice.", "", "The Meeting Closed at 8.40pm"],
         ["1311", "1312", "1313", "1314"]),
        (["2019 was a year of change for the service.", "2020 saw the service move to Northwold."], []),
        (["1772.", "Apologies (Agenda item 1)", "None.", "1773.", "Chair's Announcements", "Text."], ["1772", "1773"]),
        # a title lost before its purpose
        (["7. QUESTION TIME", "None received", "8. ALLOCATION OF SEATS - To receive a report.", "9. - To receive a report of the Chief Executive."],
         ["7", "8", "9"]),
    ],
)
def test_numbering_styles(lines, numbers):
    assert [h.number for h in numbered_items(lines)] == numbers


def test_clause_lists_and_figures_are_not_items():
    lines = [
        "4.", "Fostering Update", "RESOLVED:", "1. That the report be noted.", "2. That officers report back.",
        "5.", "Budget", "Spend was 12 per cent lower.", "2024 budget figures follow.",
    ]
    assert [h.number for h in numbered_items(lines)] == ["4", "5"]


@pytest.mark.parametrize(
    "line, rest",
    [
        ("RESOLVED", ""),
        ("Resolved: That the report be noted.", "That the report be noted."),
        ("Resolved - That the report be noted.", "That the report be noted."),
        ("RESOLVED that the report be noted.", "that the report be noted."),
        ("It was resolved that the report be noted.", "that the report be noted."),
        ("The Committee resolved:-", ""),
        ("The Corporate Parenting Board RESOLVED to note the report.", "The Corporate Parenting Board RESOLVED to note the report."),
        ("The Cabinet approved the recommendations.", "The Cabinet approved the recommendations."),
        ("Decision:", ""),
        ("Decisions:", ""),
        ("AGREED", ""),
        ("Agreed: That the report be noted.", "Agreed that the report be noted."),
        ("It was agreed that officers would circulate the figures.", "Agreed that officers would circulate the figures."),
        ("Recommendations approved", ""),
        ("It was agreed: -", ""),
        ("RECOMMENDED to Council that the revised allowance scheme be adopted.", "Recommended to Council that the revised allowance scheme be adopted."),
        ("The Board AGREED to:", "Agreed to:"),
        ("Resolution: That the report be noted.", "That the report be noted."),
        ("Outcome: the Board noted the report.", "the Board noted the report."),
        ("PENDERFYNWYD: Nodi'r adroddiad.", "Nodi'r adroddiad."),
        ("UNANIMOUSLY RESOLVED that the minutes be signed.", "that the minutes be signed."),
        ("The Panel noted the report.", "The Panel noted the report."),
    ],
)
def test_decision_openings(line, rest):
    assert opener(line) is not None
    assert opener(line)[1] == rest


@pytest.mark.parametrize(
    "line",
    ["The minutes were agreed as a correct record subject to an amendment to item 4 and a note on attendance at the meeting", "Members discussed the agreed plan.", "Report of the Director."],
)
def test_not_decision_openings(line):
    found = opener(line)
    assert found is None or found[0] == "noted"


@pytest.mark.parametrize(
    "line",
    ["Submitted and confirmed as a true record.", "APPROVED", "The motion was put to the vote and AGREED.",
     "The Chair put the proposal to the vote and it was CARRIED.", "Members received and noted the minutes.",
     "The Panel considered and noted the report.", "Councillors noted the report and thanked officers.",
     "The motion was declared CARRIED.", "The Chair signed the minutes of the meeting held on 7 December 2026 as a true record.",
     "The recommendations in the report were agreed.", "The report was APPROVED.", "The motion was carried unanimously."],
)
def test_outcome_lines_count_as_decisions_when_an_item_has_no_other(line):
    assert opener(line) == ("noted", line)


def test_an_agenda_saying_minutes_will_be_signed_is_no_outcome():
    assert opener("The Chair shall propose that the minutes of the previous meeting be signed as a true record.") is None


def test_narrative_after_a_decision_stays_narrative():
    narrative, blocks = split_decisions([
        "The Panel heard from the Head of Service.", "", "RESOLVED: That the report be noted.", "",
        "The Chair thanked officers for their work.",
    ])
    assert blocks == [["That the report be noted."]]
    assert "The Chair thanked officers for their work." in narrative


def test_inline_clause_labels_are_split():
    _, blocks = split_decisions(["Resolved \u2013 (a) That the position be noted, and (b) that the Director attend a future meeting."])
    record = parse_generic("1. Update\n" + "Resolved \u2013 (a) That the position be noted, and (b) that the Director attend a future meeting.\n2. Next\nText.")
    assert [r.label for r in record.meetings[0].items[0].resolutions] == ["a", "b"]


def test_any_text_is_accepted_with_warnings(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Notes from the visit\n\nWe met the young people's council and heard their views on transport.\n")
    with pytest.raises(ImportProblem, match="may not be meeting papers"):
        load(path)
    _, record = load(path, committee="Corporate Parenting Board", date=dt.date(2025, 1, 9))
    (item,) = record.meetings[0].items
    assert item.title == "Notes from the visit"
    assert "transport" in item.minutes
    assert any("no numbered items" in w for w in record.warnings)


def test_every_shape_is_registered_once_and_the_generic_one_fits_everything():
    names = [shape.name for shape in SHAPES]
    assert len(names) == len(set(names))
    choice = choose("Just a line of text.")
    assert choice.shape == "general minutes and agendas"


def test_import_explain_shows_scores_and_evidence(fixture_path, db_path):
    result = CliRunner().invoke(
        cli, ["--db", str(db_path), "import", "--explain", str(fixture_path(SHAPES_DIR + "agenda_and_minutes.txt"))]
    )
    assert result.exit_code == 0, result.output
    assert "chosen: general minutes and agendas" in result.output
    assert "agenda item page: not tried" in result.output
    assert "committee: Children and Young People Scrutiny Panel  (from 'Children and Young People Scrutiny Panel - Tuesday" in result.output
    assert "3a  Foster Carer Recruitment Working Group" in result.output
    assert not db_path.exists() or Store.open(db_path).counts().get("documents", 0) == 0


@pytest.mark.parametrize(
    "text, committee, date, items",
    [
        (
            "MINUTES of the meeting of the Schools Forum held on 12 May 2023 at County Hall\n\n"
            "1. Apologies for absence. Apologies were received from Mr E Fox.\n"
            "2. Minutes of the last meeting. The minutes of the meeting held on 3 March 2023 were agreed as a correct record.\n"
            "3. High Needs Block update. The Forum received an update. RESOLVED: that the update be noted.\n",
            "Schools Forum", dt.date(2023, 5, 12),
            [("1", "Apologies for absence", 0), ("2", "Minutes of the last meeting", 1), ("3", "High Needs Block update", 1)],
        ),
        (
            "Minutes of the Licensing Committee held on 5 June 2024\n\n12. DECLARATIONS OF INTEREST\nNone were declared.\n\n"
            "13. MINUTES\nThe minutes were approved.\n\n27. STREET TRADING POLICY\nRESOLVED that the policy be adopted.\n",
            "Licensing Committee", dt.date(2024, 6, 5),
            [("12", "Declarations of Interest", 0), ("13", "Minutes", 1), ("27", "Street Trading Policy", 1)],
        ),
        (
            "Executive minutes, 14 March 2024\n\nEX 45/24 Apologies\nApologies from Cllr Gray.\n\n"
            "EX 46/24 Capital Programme\nAgreed: that the programme be approved.\n",
            "Executive", dt.date(2024, 3, 14),
            [("EX 45/24", "Apologies", 0), ("EX 46/24", "Capital Programme", 1)],
        ),
        (
            "Venue: Lantern Room\n| No. | Item |\n|---|---|\n|\nApologies Additional documents: Minutes: None were received.\n|\n"
            "Restricted Item Minutes: Resolved - That the press and public be excluded.\n|\n"
            "Playground Repairs Minutes: The Committee agreed to fund the repairs.\n",
            None, None,
            [(None, "Apologies", 0), (None, "Restricted Item", 1), (None, "Playground Repairs", 1)],
        ),
    ],
)
def test_minutes_variants(text, committee, date, items):
    record = parse_generic(text)
    (meeting,) = record.meetings
    assert (meeting.committee, meeting.date) == (committee, date)
    assert [(i.number, i.title, len(i.resolutions)) for i in meeting.items] == items


def test_welsh_minutes():
    text = (
        "COFNODION cyfarfod y Pwyllgor Rhianta Corfforaethol a gynhaliwyd yn Neuadd y Sir ar ddydd Iau, 6 Chwefror 2025\n\n"
        "1. YMDDIHEURIADAU\nDim.\n\n2. ADRODDIAD MAETHU\nCyflwynwyd yr adroddiad.\nPENDERFYNWYD: Nodi'r adroddiad.\n"
    )
    (meeting,) = parse_generic(text).meetings
    assert (meeting.committee, meeting.date) == ("Pwyllgor Rhianta Corfforaethol", dt.date(2025, 2, 6))
    assert [(i.number, len(i.resolutions)) for i in meeting.items] == [("1", 0), ("2", 1)]


def test_minutes_with_unnumbered_headings():
    text = (
        "People and Communities Committee\n\nTuesday, 6th February, 2024\n\n"
        "Members present: Councillor Black (Chairperson);\nAldermen Dodds and Lawlor.\n\nRoutine Matters\n\nApologies\n\n"
        "Apologies for inability to attend were reported on behalf of Councillor Kelly.\n\nMinutes\n\n"
        "The minutes of the meeting of 9th January were taken as read and signed as correct.\n\n"
        "Declarations of Interest\n\nNo declarations of interest were reported.\n\nPlayground Refurbishment Programme\n\n"
        "The Committee considered a report on the programme. After discussion, the Committee agreed to refurbish "
        "six playgrounds and requested a report on the remaining sites to the April meeting.\n"
    )
    (meeting,) = parse_generic(text).meetings
    assert (meeting.committee, meeting.date) == ("People and Communities Committee", dt.date(2024, 2, 6))
    assert [(i.title, len(i.resolutions)) for i in meeting.items] == [
        ("Apologies", 0), ("Minutes", 1), ("Declarations of Interest", 0), ("Playground Refurbishment Programme", 1)]
    assert meeting.items[3].resolutions[0].text.startswith("The Committee agreed to refurbish")


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_WORDS = st.sampled_from([
    "RESOLVED", "Resolved:", "That", "the", "Committee", "agreed", "1.", "2.", "(a)", "(ii)", "Minutes:", "Item 5",
    "Minute 42", "42/19", "CPB 12/21", "221 (28)", "It was agreed that", "Decision:", "\n", "\n\n", "Agenda",
    "No. Item", "|", "Meeting: 15/06/2022 - Cabinet (Item 3)", "report", "back", "to", "June 2025", "meeting", ".",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_WORDS, st.text(max_size=12)), max_size=80))
def test_any_text_parses_to_at_least_one_item(parts):
    text = " ".join(parts)
    if not text.strip():
        return
    choice = choose(text)
    assert choice.record.meetings and any(m.items for m in choice.record.meetings)


def test_work_programme_and_matters_arising(fixture_path, store):
    source, record = parsed(fixture_path, "work_programme_and_matters_arising.txt")
    (meeting,) = record.meetings
    assert [(i.number, i.title) for i in meeting.items] == [("14", "Matters Arising"), ("15", "Work Programme 2024/25")]
    assert [r.label for r in meeting.items[1].resolutions] == ["a", "b", "c"]
    assert "Action: Democratic Services Officer" in meeting.items[0].minutes
    outcome = store.import_document(record, str(source.path), source.sha256)
    items = {i.number: i for i in store.items(outcome.meetings[0].id)}
    actions = [(a.text, a.due_date) for a in store.item_actions(items["15"].id)]
    assert [due for _, due in actions] == [dt.date(2025, 3, 31), dt.date(2025, 6, 30)], actions
    assert any("school exclusions" in text for text, _ in actions)


@pytest.mark.parametrize(
    "head, committee, date",
    [
        ("Cabinet - Tuesday, 2nd October, 2018 2.00 pm", "Cabinet", dt.date(2018, 10, 2)),
        ("Moved from 9th October 2018, Cabinet - Tuesday, 2nd October, 2018 2.00 pm", "Cabinet", dt.date(2018, 10, 2)),
        ("Meeting: 15/06/2022 - Corporate Parenting Board (Item 19)", "Corporate Parenting Board", dt.date(2022, 6, 15)),
        ("Decided at meeting: 24/09/2021 - Governance Committee", "Governance Committee", dt.date(2021, 9, 24)),
        ("Minutes of the meeting of the Fostering Panel held on 9 October 2024", "Fostering Panel", dt.date(2024, 10, 9)),
        ("MINUTE of Meeting of the EXECUTIVE COMMITTEE held in the Chamber on Tuesday, 3 November 2015.", "Executive Committee", dt.date(2015, 11, 3)),
        ("SHIREBROOK COUNCIL EXECUTIVE COMMITTEE MINUTE of Meeting of the EXECUTIVE COMMITTEE held on 3 November 2015", "Executive Committee", dt.date(2015, 11, 3)),
        ("Minutes from Safeguarding Board Meeting: 21 st April 2016", "Safeguarding Board", dt.date(2016, 4, 21)),
        ("10 NOVEMBER 2011 DEVELOPMENT COMMITTEE", "Development Committee", dt.date(2011, 11, 10)),
        ("Licensing Committee\nWednesday, 25th November, 2009 6.30 pm", "Licensing Committee", dt.date(2009, 11, 25)),
        ("Council\nTuesday, 17th May, 2011 2.15 pm", "Council", dt.date(2011, 5, 17)),
        ("Decision due: 13 Jun 2023 by Children and Young People Scrutiny Committee", "Children and Young People Scrutiny Committee", dt.date(2023, 6, 13)),
        ("Decision Maker: Cabinet\nDate of decision: 13/03/2024", "Cabinet", dt.date(2024, 3, 13)),
        ("Minutes of the Meeting of the Parish Council Wednesday 2 March 2022 at 7.30pm, Village Hall", "Parish Council", dt.date(2022, 3, 2)),
        ("MINUTES of MEETING of the COUNCIL held in the Council\n\nChambers, Civic Centre, on Tuesday, 16 December\n\n2014 at 2.00pm.", "Council", dt.date(2014, 12, 16)),
        ("14 MAY 2013\nMinutes of a meeting of the Development Committee held in the Council Chamber at 7 pm on the above date.\n"
         "The minutes of meeting dated 16 April 2013 were approved.", "Development Committee", dt.date(2013, 5, 14)),
        ("- Meeting of Scrutiny for Policies, Children and Families Committee, Monday 25th July 2022 1.00 pm (Item 4.)",
         "Scrutiny for Policies, Children and Families Committee", dt.date(2022, 7, 25)),
        # a heading run into a line after a document site's furniture
        ("Posted on 02-Dec-2026\n\n3 views\n\n\u2013 1 \u2013\n\nNORTHWOLD BOROUGH COUNCIL MINUTES OF COUNCIL MEETING HELD IN THE COUNCIL "
         "CHAMBER, CIVIC CENTRE, NORTHWOLD ON MONDAY 2 MARCH 2026 AT 6.00PM PRESENT", "Council", dt.date(2026, 3, 2)),
        # a title cut short with an ellipsis is passed over for the full heading below it
        ("MINUTES OF A MEETING OF FULL COUNCIL HELD ON TUESDAY \u2026 Monday 2nd October 2026 due to the...\n\n"
         "MINUTES OF A MEETING OF FULL COUNCIL HELD ON WEDNESDAY 20 th SEPTEMBER 2026 AT 7PM", "Full Council", dt.date(2026, 9, 20)),
        # CMIS opens with the meeting's own time; a list of earlier minutes names other meetings
        ("12 Dec 2026 - 09:30 to 13:00\nItems Of Business\nThere were submitted the Minutes of the following meetings:\n\n"
         "Council, 26 September 2026\nFostering Panel, 10 October 2026", None, dt.date(2026, 12, 12)),
        # a site's navigation list before the title
        ("\n".join(f"\u2022 {w}" for w in ["Calendar", "Committees", "Decisions", "Election results", "Forward Plans", "Library",
                                          "Meetings", "Outside bodies", "Petitions", "Search", "Subscribe", "Your councillors",
                                          "What's new", "Help", "Contact us", "Accessibility"])
         + "\n\nAgenda, decisions and minutes\n\nCorporate Parenting Board - Thursday, 4th March, 2027 1.30 pm",
         "Corporate Parenting Board", dt.date(2027, 3, 4)),
        # a heading in capitals with no "Minutes of", after a page's running head
        ("Page 1: HOLLINSDALE COUNCIL MEETING THURSDAY 9 JULY 2026...Councillor Amos, Seconded by", "Hollinsdale Council", dt.date(2026, 7, 9)),
        # the body in capitals before "MINUTES OF ... MEETING AT 7.00 pm. ON ..."
        ("\u00a9 Wetherby Ridge Parish Council 2026\nWETHERBY RIDGE PARISH COUNCIL MINUTES OF PARISH COUNCIL MEETING AT 7.00 pm. "
         "ON WEDNESDAY 14 OCTOBER 2026 Present: Cllrs A Amos (Chair)", "Wetherby Ridge Parish Council", dt.date(2026, 10, 14)),
        # "MINUTES of the MEETING Held on ..." after the body's name, with a full stop in it
        ("FENWICK ST. ANNE PARISH COUNCIL MINUTES of the MEETING Held on MONDAY 2Nd MARCH 2026 at the VILLAGE HALL",
         "Fenwick St. Anne Parish Council", dt.date(2026, 3, 2)),
        # a heading run together by the PDF ("Minutesa Meeting") over "held ... on Tuesday12 May"
        ("Minutes\n\nMinutesaMeeting of Ashcombe Parish Council\n\nheld in The Reading Room on Tuesday12 May 2026 at 7.30pm.",
         "Ashcombe Parish Council", dt.date(2026, 5, 12)),
        # a reference and a dotted date before the heading; a comma after the month
        ("MM 23.06.2026 HOLLINSDALE CITY COUNCIL Minutes of the Remote Monthly Meeting of Council held on Tuesday, 23 June, 2026 at 5:30 pm",
         "Council", dt.date(2026, 6, 23)),
    ],
)
def test_meeting_context_from_the_head(head, committee, date):
    from cpb_tui.importers.context import find_context

    found = find_context((head + "\n\n1. Apologies\nNone.\n").split("\n"))
    assert (found.committee.value if found.committee else None, found.date.value if found.date else None) == (committee, date)


def test_a_meeting_mentioned_lower_down_is_not_the_documents_own():
    from cpb_tui.importers.context import find_context

    text = "Agenda and minutes\nVenue: Room 1\nItems\nNo. Item\n1.\nMinutes\nMinutes:\nThe minutes of the meeting of the Board held on 3 May 2018 were agreed.\n"
    found = find_context(text.split("\n"))
    assert found.committee is None and found.date is None


def test_earlier_minutes_named_near_the_top_are_not_the_heading():
    from cpb_tui.importers.context import find_context

    text = (
        "Issue - decisions\n\nThe Minutes of the Special Meeting of the Audit Committee held on 2 April 2026 "
        "were approved as a correct record.\n"
    )
    found = find_context(text.split("\n"))
    assert found.date is None


def test_a_list_of_decisions_under_the_following(store):
    text = (
        "Minutes of the meeting of the Scrutiny Panel held on 8 January 2025\n\n7. WORK PROGRAMME\n"
        "RESOLVED – That the work programme be agreed with the following additions:\n"
        "• a report on school transport to the March 2025 meeting;\n• an update on the youth offer to the June 2025 meeting.\n"
    )
    record = parse_generic(text)
    (item,) = record.meetings[0].items
    assert [r.text for r in item.resolutions] == [
        "a report on school transport to the March 2025 meeting;", "an update on the youth offer to the June 2025 meeting."]
    outcome = store.import_document(record, "wp.txt", "wp")
    stored = store.items(outcome.meetings[0].id)[0]
    assert sorted(a.due_date for a in store.item_actions(stored.id)) == [dt.date(2025, 3, 31), dt.date(2025, 6, 30)]


def test_an_agenda_flattened_onto_one_line():
    text = (
        "EASTMERE BOROUGH COUNCIL 1 March 2025 Dear Councillor, You are invited to attend a meeting of the Eastmere "
        "Borough Council which will be held in the Council Chamber on Wednesday, 12 March 2025 at 7.00pm. "
        + "Members are reminded of the rules on declarations. " * 8 + "Yours faithfully "
        "Chief Executive A G E N D A 1. Prayer 2. Apologies 3. Declarations of Interest 4. Mayor's Business "
        "5. Minutes of Council dated 26 February 2025 6. Minutes of Committees 6.1. Planning Committee dated 4 February 2025 "
        "6.2. Environment Committee dated 5 February 2025 7. Notices of Motion 8. Correspondence"
    )
    (meeting,) = parse_generic(text).meetings
    assert (meeting.committee, meeting.date) == ("Eastmere Borough Council", dt.date(2025, 3, 12))
    assert [i.number for i in meeting.items] == ["1", "2", "3", "4", "5", "6", "6.1", "6.2", "7", "8"]


def test_an_agenda_table_flattened_a_row_a_line():
    text = (
        "Venue: Room 4\nNo. | Item |\n"
        "Apologies for absence Minutes: Apologies were received from Councillor Lee. |\n"
        "Urgent business To receive notification of any urgent business. |\nMinutes: None. |\n"
        "Declaration of interests To receive declarations of interest. |\nMinutes: None. |\n"
        "Budget monitoring Scrutiny committee is recommended to note the position. Minutes: The report was noted. |\n"
    )
    (meeting,) = parse_generic(text).meetings
    assert [i.title for i in meeting.items] == ["Apologies for absence", "Urgent business", "Declaration of interests", "Budget monitoring"]


def test_lettered_sub_items_under_an_item():
    text = (
        "MINUTE of MEETING of the ROADS COMMITTEE held in the County Hall on Tuesday 20 January 2009.\n\n"
        "1. APOLOGIES\nNone were intimated.\n\n3. MINUTES\n(a) Previous Meeting\n"
        "The minute of meeting of this Committee of 25 November 2008 was approved as a correct record.\n"
        "(b) Executive Sub-Committee\nThe minute of meeting of the Executive Sub-Committee was submitted and noted.\n\n"
        "4. GRITTING\nThere was submitted and noted Report No 5/09.\n"
    )
    (meeting,) = parse_generic(text).meetings
    assert [(i.number, i.title, len(i.resolutions)) for i in meeting.items] == [
        ("1", "Apologies", 0), ("3", "Minutes", 0), ("3a", "Previous Meeting", 1), ("3b", "Executive Sub-Committee", 1), ("4", "Gritting", 1)]


def test_a_clause_list_is_not_sub_items():
    text = "Minutes of the meeting of the Panel held on 3 March 2024\n\n5. BUDGET\nRESOLVED:\n(a) That the report be noted;\n(b) That officers report back in June 2024.\n\n6. CLOSE\nNone.\n"
    (meeting,) = parse_generic(text).meetings
    assert [i.number for i in meeting.items] == ["5", "6"]
    assert [r.label for r in meeting.items[0].resolutions] == ["a", "b"]


def test_nested_and_bulleted_decision_lists():
    from cpb_tui.importers.resolutions import parse_resolved

    nested = parse_resolved(["1. Endorse the proposals, namely:", "a) the recruitment approach;", "b) the review of referrals;", "2. Agree that a further analysis be completed."])
    assert [(r.label, r.text[:12]) for r in nested] == [("1", "Endorse the "), (None, "the recruitm"), (None, "the review o"), ("2", "Agree that a")]
    bulleted = parse_resolved(["\u00b7 That a briefing be provided", "\u00b7 That the report be circulated"])
    assert [r.text for r in bulleted] == ["That a briefing be provided", "That the report be circulated"]
    # the seeds' shape stays one decision with its list: a lead-in that names what is supported
    kept = parse_resolved(["That the Board supports the priority areas as being:", "\u2022 timely health assessments", "\u2022 more children at home"])
    assert len(kept) == 1 and kept[0].verb == "supports"


def test_terminal_escapes_in_a_document_never_reach_the_store(tmp_path, store):
    path = tmp_path / "evil.txt"
    path.write_text(
        "Minutes of the meeting of the Evil\x1b]0;TITLE\x07 Panel\x1b[2J held on 3 March 2025\n\n"
        "1. Budget\x1b[31m red\nRESOLVED: That officers report back \x1b]52;c;Zm9v\x07 in June 2025.\n"
        "2. Close\nNone.\n"
    )
    source, record = load(path)
    outcome = store.import_document(record, str(path), source.sha256)
    meeting = outcome.meetings[0]
    texts = [meeting.committee] + [i.title for i in store.items(meeting.id)] + [a.text for a in store.actions()]
    texts += [r.text for i in store.items(meeting.id) for r in store.resolutions(i.id)]
    assert texts and not any(ch in text for text in texts for ch in "\x1b\x07\x9b")
    # whole sequences go, not only their control bytes: no "]0;TITLE", "[2J" or OSC 52 payload is left
    assert meeting.committee == "Evil Panel"
    assert not any(residue in text for text in texts for residue in ("]0;", "[2J", "[31m", "52;c", "Zm9v"))


def test_agenda_item_page_keeps_a_published_decision_the_minutes_do_not_restate(tmp_path):
    page = tmp_path / "item.txt"
    page.write_text(
        "Agenda item\n\nExclusion of Press and Public\n\n"
        "It is recommended that the press and public be excluded for the item in Part 2.\n\n"
        "Decision:\n\nNot needed, as the Part 2 appendix on the Hollins Lane home was noted during Part 1.\n\n"
        "Minutes:\n\nThe Part 2 appendix was noted during Part 1 without disclosing it.\n\n"
        "Resolved \u2013 That the Part 2 matters be taken in Part 1 and the Part 2 reports stay restricted.\n",
        encoding="utf-8",
    )
    _, record = load(page, committee="Northwold Corporate Parenting Board", date=dt.date(2027, 3, 4))
    (item,) = record.meetings[0].items
    assert len(item.resolutions) == 2, clauses(item)
    assert clauses(item)[1].startswith("Not needed")
    # the same decision printed twice (under "Decision:" and in the minutes) is kept once
    restated = tmp_path / "restated.txt"
    restated.write_text(
        "Agenda item\n\nFostering Annual Report\n\nDecision:\n\n(i) to note the report; and\n(ii) to thank the foster carers.\n\n"
        "Minutes:\n\nThe Committee had before it the annual report.\n\nThe Committee resolved:-\n(i) to note the report; and\n"
        "(ii) to thank the foster carers.\n",
        encoding="utf-8",
    )
    _, record = load(restated, committee="Northwold Corporate Parenting Board", date=dt.date(2027, 3, 4))
    assert len(record.meetings[0].items[0].resolutions) == 2, clauses(record.meetings[0].items[0])


def test_a_decision_opened_after_a_colon_mid_paragraph():
    _, blocks = split_decisions(["Ni chafwyd enwebiadau eraill, felly: Penderfynwyd: Ethol y Cynghorydd Rhys yn Is-Gadeirydd."])
    assert blocks == [["Ethol y Cynghorydd Rhys yn Is-Gadeirydd."]]
    _, blocks = split_decisions(["No other nominations were received, therefore: RESOLVED: That Councillor Rhys be Vice-Chair."])
    assert blocks == [["That Councillor Rhys be Vice-Chair."]]


def test_record_before_the_first_numbered_item_is_kept(tmp_path):
    page = tmp_path / "inquorate.txt"
    page.write_text(
        "Agenda and minutes\n\nVenue: Council Chamber, Northwold Town Hall\n\nNo. Item\n\n"
        "To receive apologies for absence.\n\n"
        "It was reported that apologies had been received from four members, so the meeting was inquorate. "
        "The Clerk would meet with the Chair to agree how the business of this meeting is taken forward.\n\n"
        "1. Take the decisions in private and publish a record of them.\n\n2. Rearrange the meeting.\n",
        encoding="utf-8",
    )
    _, record = load(page, committee="Northwold Corporate Parenting Board", date=dt.date(2027, 3, 4))
    meeting = record.meetings[0]
    assert meeting.role == "minutes"
    first = meeting.items[0]
    assert first.number is None and first.title == "To receive apologies for absence"
    assert "The Clerk would meet with the Chair" in first.minutes
    assert any("has no number" in warning for warning in record.warnings)


def test_agenda_and_minutes_table_flattened_without_its_header(tmp_path):
    page = tmp_path / "flat.txt"
    page.write_text(
        "Apologies To receive any apologies for absence. Minutes: Apologies were received from Councillor Hale. |\n"
        "Declarations of Interest To receive any declarations. Minutes: There were no declarations. |\n"
        "To confirm the minutes of the meeting held on 2 March 2027. Minutes: The minutes were approved as a correct record. |\n"
        "Foster Carer Recruitment To consider the report of the Head of Fostering. Minutes: The Head of Fostering presented the report.\n"
        "RESOLVED: That a further update be brought to the September 2027 meeting.\n",
        encoding="utf-8",
    )
    _, record = load(page, committee="Northwold Corporate Parenting Board", date=dt.date(2027, 4, 6))
    items = record.meetings[0].items
    assert [i.title for i in items] == [
        "Apologies", "Declarations of Interest", "To confirm the minutes of the meeting held on 2 March 2027", "Foster Carer Recruitment",
    ]
    assert items[0].purpose == "To receive any apologies for absence." and "Councillor Hale" in items[0].minutes
    assert clauses(items[3]) == ["That a further update be brought to the September 2027 meeting."]


def test_an_agenda_that_says_to_be_agreed_is_still_an_agenda(tmp_path):
    page = tmp_path / "summons.txt"
    page.write_text(
        "NORTHWOLD COUNCIL\n\nYou are summoned to a meeting of the Council on 22 July 2027 to transact the following business:\n\n"
        "1. Apologies for absence\n\n2. Minutes of the Council held on 27 May 2027 to be agreed as a correct record\n\n"
        "3. To receive petitions presented by Members\n",
        encoding="utf-8",
    )
    _, record = load(page, committee="Northwold Council", date=dt.date(2027, 7, 22))
    assert record.meetings[0].role == "agenda"
    minutes = tmp_path / "work-plan.txt"
    minutes.write_text(
        "Agenda item\n\nScrutiny Work Plan\n\nThe Governance Officer introduced the work plan for 2027/28. The following issues were addressed:\n\n"
        "1. The work plan be noted; and\n\n2. A letter to the Leader about youth services be agreed.\n",
        encoding="utf-8",
    )
    _, record = load(minutes, committee="Northwold Scrutiny Committee", date=dt.date(2027, 7, 22))
    assert record.meetings[0].role == "minutes"


def test_minute_references_run_together_on_one_line_are_items():
    from cpb_tui.importers.flattened import unflatten

    attendance = "Councillors " + ", ".join(f"Member{n}" for n in range(60))
    line = (
        f"Minutes of the Meeting of Northwold District Council held on Thursday 4 March 2027 {attendance} "
        "NC40/27 Apologies Councillor Hale NC41/27 Declarations of Interest The Chair reminded Members of their duty. "
        "NC42/27 Chair's Business Councillor Rhys asked that a letter of thanks be sent to the library volunteers."
    )
    assert len(line) > 500
    assert [h.number for h in numbered_items(unflatten([line]))] == ["NC40/27", "NC41/27", "NC42/27"]


def test_a_list_of_published_decisions_is_one_item_each(tmp_path):
    page = tmp_path / "decisions.txt"
    blocks = []
    for ref, title, decision in [
        (5101, "Foster Carer Allowances Review", "To receive, within a month, a note on the new allowance rates."),
        (5102, "Care Leavers Housing Protocol", "That the protocol be endorsed."),
    ]:
        blocks.append(
            f"04/03/2027 - {title} ref: {ref}    Recommendations Approved\n\nDecision Maker: Northwold Corporate Parenting Board\n\n"
            f"Made at meeting: 04/03/2027 - Northwold Corporate Parenting Board\n\nDecision published: 08/03/2027\n\n"
            f"Effective from: 04/03/2027\n\nDecision:\n\nRESOLVED\n\n{decision}\n\n"
        )
    page.write_text("Decisions published\n\n" + "".join(blocks), encoding="utf-8")
    _, record = load(page)
    (meeting,) = record.meetings
    assert (meeting.committee, meeting.date) == ("Northwold Corporate Parenting Board", dt.date(2027, 3, 4))
    assert [i.title for i in meeting.items] == ["Foster Carer Allowances Review", "Care Leavers Housing Protocol"]
    assert clauses(meeting.items[1]) == ["That the protocol be endorsed."]


def test_parish_minutes_numbered_by_item_month_and_year_run_onto_one_line():
    from cpb_tui.importers.flattened import unflatten

    line = (
        "Minutes of the Meeting of the Parish Council, Wednesday 3 March 2027 at 7.30pm, Northwold Village Hall. "
        + "Present Cllrs " + ", ".join(f"Member{n}" for n in range(40)) + ". "
        "1.3.27 Attendance. As listed above. 2.3.27 To receive apologies for absence. Cllr Hale. Apologies accepted. "
        "3.3.27 To receive Members Declarations of Interest and to note any dispensation granted, for the remainder of the year. None. "
        "4.3.27 To approve the Minutes of the Meeting held on 6 January 2027 and to authorise the Chair to sign them as a true record. "
        "Resolved. 5.3.27 To invite Members of the Public to address the meeting. None present."
    )
    assert len(line) > 500
    assert [h.number for h in numbered_items(unflatten([line]))] == ["1.3.27", "2.3.27", "3.3.27", "4.3.27", "5.3.27"]


def test_a_list_under_agreed_to_is_a_clause_each_and_an_agenda_recommendation_is_no_decision():
    _, blocks = split_decisions(["The Board AGREED to:", "\u2022 note the report;", "\u2022 receive an update on respite care in March 2027."])
    from cpb_tui.importers.decisions import resolutions_from

    found = resolutions_from(blocks)
    assert [(r.text, r.lead_in) for r in found] == [
        ("note the report;", "Agreed to:"), ("receive an update on respite care in March 2027.", "Agreed to:"),
    ]
    assert opener("It is RECOMMENDED that the Board notes the report.") is None


@pytest.mark.parametrize("line", ["The report was approved by Cabinet in March.", "Resolution", "Outcomes"])
def test_reports_of_other_bodies_and_bare_titles_are_not_decisions(line):
    assert opener(line) is None


def test_unlabelled_decisions_a_line_each_are_clauses_each():
    from cpb_tui.importers.resolutions import parse_resolved

    found = parse_resolved([
        "To receive, within a month, a copy of the letter the Leader will send to the Minister.",
        "To receive further information on respite places for disabled children.",
    ])
    assert [r.text[:30] for r in found] == ["To receive, within a month, a ", "To receive further information"]
    (joined,) = parse_resolved(["That the report be noted and", "that officers report back."])
    assert joined.text == "That the report be noted and that officers report back."


def test_the_next_meeting_a_record_names_goes_on_the_calendar(tmp_path, monkeypatch):
    from cpb_tui.domain import clock

    monkeypatch.setattr(clock, "today", lambda: dt.date(2027, 1, 20))
    page = tmp_path / "minutes.txt"
    page.write_text(
        "Minutes of the meeting of the Northwold Corporate Parenting Board held on 14 January 2027\n\n"
        "1. Apologies\n\nNone.\n\n2. Foster Carer Recruitment\n\n"
        "RESOLVED: That officers report back on the recruitment campaign to the next meeting.\n\n"
        "3. Date of next meeting\n\nThursday 4 March 2027 at 10.00 am\n",
        encoding="utf-8",
    )
    source, record = load(page)
    assert record.meetings[0].next_meeting == dt.date(2027, 3, 4)
    store = Store.open(tmp_path / "cpb.db")
    try:
        store.import_document(record, str(page), source.sha256)
        dates = [m.date for m in store.meetings()]
        assert dt.date(2027, 3, 4) in dates
        (action,) = store.actions()
        assert action.due_meeting_date == dt.date(2027, 3, 4)  # "the next meeting" now has a date
    finally:
        store.close()
    # a past date, another body's meeting, or no date gives nothing
    from cpb_tui.importers.context import find_next_meeting

    assert find_next_meeting(["Date of next meeting: to be confirmed"], dt.date(2027, 1, 14)) is None
    assert find_next_meeting(["to the next meeting of Cabinet on 2 February 2027"], dt.date(2027, 1, 14)) is None
    assert find_next_meeting(["Next meeting: 04/03/2026"], dt.date(2027, 1, 14)) is None
    # a date printed without its year is the first such day after the meeting
    yearless = find_next_meeting(["The next meeting to be held on Tuesday January 30th at 7.00 pm in the Village Hall"], dt.date(2026, 11, 20))
    assert yearless.value == dt.date(2027, 1, 30)
    assert find_next_meeting(["Date of next meeting: 12th December"], dt.date(2026, 11, 20)).value == dt.date(2026, 12, 12)
    assert find_next_meeting(["Next meeting: the May meeting"], dt.date(2026, 11, 20)) is None


def test_an_outcome_wrapped_over_two_lines_makes_a_record():
    from cpb_tui.importers.generic import parse_generic

    record = parse_generic(
        "Meeting Details\n\nMeeting Summary\nNorthwold Council\n4 Mar 2027 - 09:30\n\n1 Sederunt\n\n2 Minutes\n\n"
        "         The minute of the meeting of Northwold Council dated 5 February 2027 was\n         submitted and approved.\n\n"
        "3 Written Questions\n\nNo written questions were submitted.\n"
    )
    meeting = record.meetings[0]
    assert meeting.role == "minutes" and meeting.committee != "Meeting Summary"
    assert [len(i.resolutions) for i in meeting.items] == [0, 1, 0]


def test_link_text_saved_with_a_page_is_dropped():
    from cpb_tui.importers.layout import normalise

    assert normalise("8. ALLOCATION OF SEATS Opens in a new window - To receive a report.") == "8. ALLOCATION OF SEATS - To receive a report."
    assert normalise("Minutes (opens in new tab)") == "Minutes"


def test_a_finished_decision_before_a_numbered_list_is_a_clause_of_its_own():
    from cpb_tui.importers.resolutions import parse_resolved

    found = parse_resolved([
        "Agreed that the library review be added to the work programme for the spring.",
        "1) That the work programme be amended to reflect the discussion; and",
        "2) To note the forward plan.",
    ])
    assert [r.text[:24] for r in found] == ["Agreed that the library ", "That the work programme ", "To note the forward plan"]
    # a lead-in that announces the list stays the list's lead-in
    found = parse_resolved(["That the Panel agrees the following.", "1) That the plan be approved.", "2) That the fees be noted."])
    assert len(found) == 2 and found[0].lead_in == "That the Panel agrees the following."


def test_members_agreed_mid_paragraph_opens_a_decision():
    _, blocks = split_decisions([
        "The officer said the harbour trust could attend in May. Members agreed to consider this item at the May meeting."
    ])
    assert blocks == [["Members agreed to consider this item at the May meeting."]]


def test_an_agenda_item_page_whose_title_line_leads_with_the_item_number():
    from cpb_tui.importers.minutes_page import parse_minutes_page

    record = parse_minutes_page(
        "42 Harbour Board Work Programme PDF 58 KB\nMinutes:\n"
        "The Board considered its work programme.\nRESOLVED that the work programme be noted.\n"
    )
    (item,) = record.meetings[0].items
    assert (item.minute_number, item.title) == ("42", "Harbour Board Work Programme")
    assert [r.text for r in item.resolutions] == ["that the work programme be noted."]


def imported(fixture_path, store, name):
    path = fixture_path(SHAPES_DIR + name)
    source, record = load(path)
    outcome = store.import_document(record, str(path), source.sha256)
    items = store.items(outcome.meetings[0].id)
    return items, {item.number: [a.text for a in store.item_actions(item.id)] for item in items}


def test_parish_minutes_kept_in_a_table_with_its_cell_bars(fixture_path, store):
    items, actions = imported(fixture_path, store, "parish_minutes_table_rows.txt")
    assert [i.number for i in items] == ["1", "2", "3", "4"]
    assert items[0].title.startswith("All Councillors present signed") and items[1].title == "Election of Chairman"
    assert actions["4"] == ["The Clerk to obtain two quotes for replacement seats and report to the June meeting"]


def test_parish_minutes_numbered_by_year_and_sequence(fixture_path, store):
    items, actions = imported(fixture_path, store, "parish_minutes_year_numbered.txt")
    assert [i.number for i in items] == ["24.31", "24.32", "24.33", "24.34"]
    # the proposer and seconder after a decision are not part of it
    assert [r.text for r in store.resolutions(items[0].id)] == ["that Cllr Dace be elected Chair of the Council."]
    assert actions["24.34"] == ["The Clerk to write to the County Council about the blocked stile and report back at the next meeting"]


def test_parish_minutes_in_bullets(fixture_path, store):
    items, actions = imported(fixture_path, store, "parish_minutes_bulleted.txt")
    assert [i.number for i in items] == ["59", "60", "61", "62", "63"]
    (approval,) = store.resolutions(items[2].id)
    assert approval.text.startswith("The minutes of the meeting held on 19th February 2024 were approved")
    # a decision at the end of one bullet does not swallow the next bullet
    assert [r.text for r in store.resolutions(items[3].id)] == ["The Council agreed to fund the course."]
    assert "The Clerk to upload the new policies before the next meeting" in actions["62"]
    assert actions["63"] == ["Cllr Nunn to chase the County Council"]


def test_minutes_with_proposer_and_seconder_on_their_own_lines(fixture_path, store):
    items, actions = imported(fixture_path, store, "ni_minutes_proposed_seconded.txt")
    # numbered paragraphs are sub-items, as the council cites them ("Minute 2.3"), each with its own decision
    assert [i.number for i in items] == ["1", "1.1", "2", "2.1", "2.2", "2.2.1", "2.3", "3", "3.1", "3.2"]
    assert [i.title for i in items[:3]] == ["Minutes", "Minutes", "Matters Arising Out of the Minutes"]  # "1.1 It was"
    assert items[6].title == "Councillor Mrs D Kerr requested that a letter of congratulations be sent to the Ballyvarn under-14 hockey team on winning \u2026"  # cut at 20 words
    assert [r.text for r in store.resolutions(items[9].id)] == ["that the tender from Glenmore Roofing be accepted."]
    assert store.resolutions(items[7].id) == []
    assert actions["2.2.1"] == ["Invite the Water Service to attend the May meeting of the Council"]  # the Council invites them
    assert actions["2.3"][0].startswith("Send a letter of congratulations to the Ballyvarn under-14 hockey team")


def test_minutes_with_reference_numbers_and_the_mover_inside_the_decision(fixture_path, store):
    items, actions = imported(fixture_path, store, "ni_minutes_reference_numbers.txt")
    assert [i.number for i in items] == ["C/041/2024", "C/042/2024", "C/043/2024", "C/044/2024"]
    assert [r.text for r in store.resolutions(items[2].id)] == ["Agreed to note the action sheet."]
    (plan,) = store.resolutions(items[3].id)
    assert plan.text.startswith("Agreed that officers bring a costed plan")
    assert actions["C/044/2024"] == ["Officers to bring a costed plan for the repairs to the April meeting of the Council"]


def test_a_note_of_decisions_under_the_groups_name(fixture_path, store):
    path = fixture_path(SHAPES_DIR + "note_of_decisions.txt")
    _, record = load(path)
    assert (record.meetings[0].committee, record.meetings[0].date) == ("Harbour Towns Scrutiny Group", dt.date(2024, 3, 14))
    items, actions = imported(fixture_path, store, "note_of_decisions.txt")
    assert [i.number for i in items] == ["1", "2", "3", "4", "5"]
    assert actions["3"] == ["Defer this item to the next meeting of the Group"]  # "continued to the next meeting"
    assert actions["4"][0].startswith("Invite the Head of Education to make a presentation")


def test_minutes_sent_back_to_a_future_meeting(fixture_path, store):
    path = fixture_path(SHAPES_DIR + "issue_decisions_resubmitted_minutes.txt")
    source, record = load(path, committee="Audit Committee")
    outcome = store.import_document(record, str(path), source.sha256)
    (item,) = store.items(outcome.meetings[0].id)
    actions = store.item_actions(item.id)
    # the past meeting the minutes are "of" is no due; the future meeting they go back to is
    assert [a.due_words for a in actions] == ["to a future meeting", "to a future meeting"]
    assert actions[1].text == "Bring them back to a future meeting with the corrections discussed"


@pytest.mark.parametrize(
    ("name", "maker", "title", "clauses"),
    [
        ("record_of_decision.txt", "Cabinet Member for Children and Families", "Foster carer allowances 2024/25", 3),
        ("officer_decision_record.txt", "Director of Children's Services", "Award of contract for independent visitor service", 1),
    ],
)
def test_decision_records_in_other_words(fixture_path, store, name, maker, title, clauses):
    """ "Decision taken by:", "Details of decision:", "Subject:" are a decision page's fields too."""
    path = fixture_path(SHAPES_DIR + name)
    source, record = load(path)
    assert choose(source.text, source.page_starts).shape == "decision notice"
    (meeting,) = record.meetings
    (item,) = meeting.items
    assert (meeting.committee, item.title, len(item.resolutions)) == (maker, title, clauses)
    outcome = store.import_document(record, str(path), source.sha256)
    (stored,) = store.items(outcome.meetings[0].id)
    (action,) = store.item_actions(stored.id)
    assert action.text.startswith(("The Head of Fostering to report", "The Commissioning Manager to report"))


def test_a_decision_met_mid_paragraph_is_that_sentence_and_the_rest_is_narrative():
    narrative, blocks = split_decisions([
        "The chair reported on the panel's review. At its last meeting it was agreed that the panel should write to the "
        "theatres about free tickets for children in care. Councillors were asked to forward the names of other venues."
    ])
    assert blocks == [["Agreed that the panel should write to the theatres about free tickets for children in care."]]
    assert narrative[-1] == "Councillors were asked to forward the names of other venues."


def test_a_table_of_contents_is_not_the_items_but_stands_in_when_there_is_no_body(fixture_path):
    _, record = load(fixture_path(SHAPES_DIR + "minutes_with_contents.txt"))
    items = record.meetings[0].items
    assert [(i.number, i.title) for i in items][3] == ("4", "Care Leavers' Housing Offer")
    assert [len(i.resolutions) for i in items] == [0, 0, 1, 2, 1]
    contents_only = numbered_items([
        "AGENDA", "1 APOLOGIES ........................ 1", "2 MINUTES OF THE LAST MEETING ........ 3",
        "3 FOSTERING ANNUAL REPORT .............. 9",
    ])
    assert [(h.number, h.title) for h in contents_only] == [
        ("1", "Apologies"), ("2", "Minutes of the Last Meeting"), ("3", "Fostering Annual Report"),
    ]


def test_a_scottish_minute_with_an_agreed_list_and_a_joined_request(fixture_path, store):
    items, actions = imported(fixture_path, store, "scottish_minute_agreed_list.txt")
    assert [len(store.resolutions(i.id)) for i in items] == [0, 3, 1]
    assert actions["2"][0] == "The Chief Officer to report back on the kinship care review to the meeting in August 2024"
    # "agreed to note the report and to ask for a further update in six months": the second half asks
    assert actions["3"] == ["Further update in six months"]


def test_bilingual_minutes_welsh_first(fixture_path, store):
    items, actions = imported(fixture_path, store, "welsh_bilingual_minutes.txt")
    assert [i.number for i in items] == ["1", "2", "3"]
    (approval,) = store.resolutions(items[1].id)
    assert approval.text.startswith("Cadarnhau cofnodion")  # "PENDERFYNWYD / RESOLVED:" is the heading, either way round
    # the English half of a bilingual clause gives the action
    assert actions["3"] == ["The Head of Fostering to report back on carer recruitment to the June 2024 meeting"]


def test_word_minutes_with_unnumbered_headings(fixture_path, store):
    path = fixture_path(SHAPES_DIR + "word_minutes_unnumbered_headings.txt")
    _, record = load(path)
    (meeting,) = record.meetings
    assert (meeting.committee, meeting.date, meeting.next_meeting) == ("Fostering Panel", dt.date(2024, 4, 11), dt.date(2024, 5, 9))
    # the document's heading is not an item; every heading under it is
    assert [i.title for i in meeting.items] == [
        "Welcome and Introductions", "Apologies", "Minutes of the Last Meeting", "Matters Arising",
        "Quality Assurance Report", "Any Other Business",
    ]
    items, _ = imported(fixture_path, store, "word_minutes_unnumbered_headings.txt")
    texts = [a.text for item in items for a in store.item_actions(item.id)]
    assert texts == ["Circulate the annual report before the next meeting", "The Panel Adviser to write to the Head of Service about the delays"]


def test_minutes_written_in_markdown_but_saved_as_text(fixture_path):
    _, record = load(fixture_path(SHAPES_DIR + "minutes_markdown_in_text.txt"))
    (meeting,) = record.meetings
    assert (meeting.committee, meeting.date) == ("Harbour Panel", dt.date(2027, 3, 4))
    assert [(i.number, i.title, len(i.resolutions)) for i in meeting.items] == [
        ("1", "Apologies", 0), ("2", "Moorings Report", 1), ("3", "Dredging", 1),
    ]
