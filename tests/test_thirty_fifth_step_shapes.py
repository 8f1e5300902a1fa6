"""Shapes read in the thirty-fifth step. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

import pytest

from tests.stored import stored_text


def _minutes_item(tmp_path, title: str, body: str) -> list[str]:
    """The clauses of item 2 (its heading `title`) on a small parish page, imported into a store of its own."""
    page = (
        "Minutes of the meeting of Harrowby Vale Parish Council held on Monday 6th November 2034 at 7pm\n\n"
        "1. Apologies\nApologies were received from Cllr Pender.\n\n"
        f"2. {title}\n{body}\n\n"
        "3. Correspondence\nA letter from the bowls club was read out.\n"
    )
    folder = tmp_path / f"page{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    _, items = stored_text(folder, "harrowby.txt", page)
    return items[1][1]


@pytest.mark.parametrize(
    ("body", "clause"),
    [
        # a point's heading run into its decision with no stop between
        ("\u2022 Notice board It was agreed that a second board should be put up by the shop.",
         "Agreed that a second board should be put up by the shop."),
        ("b) Letter from Mrs Orme re the bus stop It was agreed that Cllr Pike would write to the bus company.",
         "Agreed that Cllr Pike would write to the bus company."),
        ("TREE SURVEY It was unanimously agreed to ask for two quotes.", "Unanimously agreed to ask for two quotes."),
    ],
)
def test_a_decision_run_on_from_its_points_heading_is_read(tmp_path, body, clause):
    assert _minutes_item(tmp_path, "Matters arising", body) == [clause]


@pytest.mark.parametrize(
    "sentence",
    [
        "The verge cutting contract was agreed for another year.",
        "A new date of 14th May was agreed.",
        "The year-end accounts for 2033/34 were agreed and will go to the internal auditor.",
        "Dispensation for Cllr Pender was agreed due to her long illness.",
        "The new bench was approved at a cost of \u00a3400.",
        "The grant to the youth club was approved by all members.",
        "The revised tree policy was adopted in principle.",
    ],
)
def test_a_thing_the_meeting_agreed_is_a_decision(tmp_path, sentence):
    assert _minutes_item(tmp_path, "Village matters", sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        # another body's verdict, one made before, one reported, a planning application's fate
        "The plans for the barn were approved by the National Park.",
        "The new Local Plan was adopted in 2029.",
        "Planning permission was approved for twenty houses at Mill Lane.",
        "The budget was approved at the Finance Committee on 3 March.",
        "Cllr Hale reported that the bid was approved.",
        "Lottery funding was approved last year for the hall.",
        "The school's uniform policy was adopted by the governors.",
        "The grant the hall applied for was approved.",
        "The road closure was agreed with the county council.",
        # nor minutes that were not approved, nor an agreement told after a sentence of what someone did
        "The minutes were not approved and will be taken again in December.",
        "The volunteers cleared the ditch and it was agreed the work would be welcomed by walkers.",
    ],
)
def test_no_decision_from_an_agreement_made_elsewhere_before_or_not_at_all(tmp_path, sentence):
    assert _minutes_item(tmp_path, "Village matters", sentence) == []


def test_a_proposal_answered_on_its_own_line_keeps_what_was_proposed(tmp_path):
    clauses = _minutes_item(tmp_path, "Order of business", (
        "Cllr Ware proposed taking item 9 before item 4 as the speaker had to leave early. This proposal was unanimously agreed."
    ))
    assert clauses and clauses[-1].startswith("Cllr Ware proposed taking item 9")


@pytest.mark.parametrize(
    ("body", "clauses"),
    [
        ("34/00412/FUL 4 Mill Lane, rear extension \u2013 Supported.\n34/00415/HOU Rose Cottage, new garage \u2013 No objection.",
         ["34/00412/FUL 4 Mill Lane, rear extension \u2013 Supported.", "34/00415/HOU Rose Cottage, new garage \u2013 No objection."]),
        ("PL/2034/0042 \u2013 Ash House \u2013 loft conversion: No objections.", ["PL/2034/0042 \u2013 Ash House \u2013 loft conversion: No objections."]),
        ("The Parish Council had no objection to 34/00420/HOU, 9 Church Street, porch.",
         ["The Parish Council had no objection to 34/00420/HOU, 9 Church Street, porch."]),
        ("Two applications had come in since October. Councillors objected to 34/00460/F, a house in the orchard at Byfield.",
         ["Councillors objected to 34/00460/F, a house in the orchard at Byfield."]),
        ("Members supported the application for the village hall extension.", ["Members supported the application for the village hall extension."]),
    ],
)
def test_the_councils_comment_on_each_planning_application_is_a_decision(tmp_path, body, clauses):
    assert _minutes_item(tmp_path, "Planning applications", body) == clauses


@pytest.mark.parametrize(
    "body",
    [
        # another body's decision, a neighbour's view, a consultation still open
        "34/00430/FUL Barn at Ley Farm. The District Council approved the application.",
        "34/00431/FUL Ley Farm \u2013 two neighbours wrote in support.",
        "34/00432/HOU 3 The Green \u2013 comments are due by 20 November.",
        "The District Council supported the application for the car park.",
    ],
)
def test_no_planning_decision_from_another_bodys_verdict_or_a_neighbours(tmp_path, body):
    assert _minutes_item(tmp_path, "Planning applications", body) == []


def test_minutes_not_approved_but_carried_forward_to_a_named_meeting_are_a_deferral(tmp_path):
    sentence = "The minutes were not approved and will be held over to the meeting of 4 December 2034."
    assert _minutes_item(tmp_path, "Minutes of the last meeting", sentence) == [sentence]


def _page_items(tmp_path, name: str, text: str, **asked) -> list[tuple[str, list[str]]]:
    """Each item's title and clauses on a page the test writes, imported into a store of its own."""
    folder = tmp_path / name
    folder.mkdir()
    _, items = stored_text(folder, f"{name}.txt", text, **asked)
    return [(item.title, clauses) for item, clauses, _ in items]


def test_dashed_headings_over_lettered_points_are_the_items(tmp_path):
    # a web page's numbered list flattened to dashes, each heading over points lettered a., b. ...
    items = _page_items(tmp_path, "dashed", (
        "Minutes of the meeting of Ormsby Lacey Parish Council held on Monday 13th November 2034\n"
        "- To confirm the notes of the October meeting as its minutes.\n"
        "Proposed \u2013 Cllr Amos, Seconded \u2013 Cllr Lunn.\n"
        "Resolved: Approved.\n"
        "- Clerk\u2019s Report and Correspondence\n"
        "a. The clerk gave a summary of the open day at the hall.\n"
        "b. Highways \u2013 the survey of the lane is still awaited.\n"
        "- Planning Applications to Consider\n"
        "a. PL/2034/01123 \u2013 Home Farm \u2013 new stable block.\n"
        "Resolved: Noted, no comment.\n"
        "- Highways to Consider\n"
        "a. Pothole by the school gate.\n"
        "Resolved: Clerk will report the pothole to the county.\n"
        "- Other Business to Consider\n"
        "a. The bench by the pond needs a new slat.\n"
    ))
    assert [title for title, _ in items] == [
        "To confirm the notes of the October meeting as its minutes",
        "Clerk\u2019s Report and Correspondence",
        "Planning Applications to Consider",
        "Highways to Consider",
        "Other Business to Consider",
    ]
    assert items[0][1] == ["Approved."]


def test_numbered_sentence_minutes_under_a_recordings_clock_and_a_title_naming_the_meeting(tmp_path):
    items = _page_items(tmp_path, "clock", (
        "Kilbrae Community Council Minutes of Management Meeting\n\n14th December 2034\n\n"
        "09:49 1. There were apologies from Gail Mackay and Rob Finn.\n\n"
        "2. The minutes of the November meeting on the 16th November were proposed by Bruce Hart and seconded by Peter Ames.\n\n"
        "3. The Secretary had sent the notes from the meeting to the trust and had heard nothing back.\n"
    ), committee="Kilbrae Community Council")
    assert len(items) == 3
    assert items[1][1] == [
        "The minutes of the November meeting on the 16th November were proposed by Bruce Hart and seconded by Peter Ames."
    ]


def test_an_agenda_that_lost_its_numbers_keeps_each_item_in_its_own_words(tmp_path):
    items = _page_items(tmp_path, "summons", (
        "Monday 11 December 2034\n\nAgenda\n\nFernleigh District Council\n\n"
        "Members are called to a meeting of Fernleigh District Council on Monday 11 December 2034 at 6:30pm in the Council "
        "House, Fernleigh, for the business set out here.\n\n\n"
        "To confirm as a true record the Minutes of the meeting of 16 October 2034.\n\n\n"
        "To receive apologies for absence.\n\n\n"
        "Members' Interests - To hear any interests members hold in the business here. Each member should declare again "
        "when the item comes up.\n\n\n"
        "To answer questions put by residents, if any, under rule 7 of the Standing Orders. "
        "(Up to 20 minutes.)*\n\n\n"
        "To receive the report of the Cabinet on matters for decision by the full Council, to include, as under:\n\n\n"
        "To receive the Chairman's communications.\n"
    ), committee="Fernleigh District Council")
    assert [title for title, _ in items] == [
        "To confirm as a true record the Minutes of the meeting of 16 October 2034",
        "To receive apologies for absence",
        "Members' Interests",
        "To answer questions put by residents, if any, under rule 7 of the Standing Orders. (Up to 20 minutes.)",
        "To receive the report of the Cabinet on matters for decision by the full Council, to include, as under",
        "To receive the Chairman's communications",
    ]


def test_minutes_numbered_with_the_bodys_letters_keep_their_points_inside_and_their_order(tmp_path):
    # points "(1)" to "(9)" under minute PG10/34 never run on into PG11/34, and the store lists PG9/34 before PG10/34
    page = (
        "MINUTES OF A MEETING OF THE RECREATION GROUND COMMITTEE OF ASHBY MOOR PARISH COUNCIL, 7.30 PM, WEDNESDAY, 7 JUNE 2034\n\n"
        "Present: Mr A. Dorne (in the chair), Mrs B. Kell\n\n"
        "PG8/34. APOLOGIES: None\n\n"
        "PG9/34. MINUTES OF THE LAST MEETING\n\nThe minutes of the meeting of 22 March 2034 were agreed as a correct record.\n\n"
        "PG10/34. GROUND MAINTENANCE\n\n"
        + "".join(f"({n}) Point {word} about the field.\n" for n, word in enumerate(
            ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"], start=1))
        + "\nPG11/34. WEEKLY INSPECTIONS\n\nReports were handed in.\n\n"
        "PG12/34. FINANCE\n\nThe balance was noted.\n"
    )
    folder = tmp_path / "pg"
    folder.mkdir()
    _, items = stored_text(folder, "pg.txt", page, committee="Ashby Moor Recreation Ground Committee")
    assert [item.number for item, _, _ in items] == ["PG8/34", "PG9/34", "PG10/34", "PG11/34", "PG12/34"]


def test_the_store_lists_numbers_after_letters_by_their_value(tmp_path):
    page = (
        "Minutes of the Festivals Committee of Ashby Moor Parish Council, which met on Monday 2nd October 2034\n\n"
        "EC9/34 Apologies\nNone.\n\nEC10/34 Bonfire night\nThe stewards were named.\n\nEC11/34 Christmas lights\nThe tree is ordered.\n"
    )
    folder = tmp_path / "ec"
    folder.mkdir()
    _, items = stored_text(folder, "ec.txt", page, committee="Ashby Moor Festivals Committee")
    assert [item.number for item, _, _ in items] == ["EC9/34", "EC10/34", "EC11/34"]


def test_dashes_before_the_first_printed_number_are_the_items_it_proves(tmp_path):
    # a web page whose list kept only its last number: the dashes before "6." are items 1 to 5, unnumbered as printed
    items = _page_items(tmp_path, "dash_run", (
        "Inaugural Meeting of the Scarra Community Council held in the Old School on Monday 18th December 2034 @ 7pm\n"
        "Present: Ann Vass, Iain Rorie, Mairi Dunn\n"
        "- Ann Vass opened the meeting for the returning officer and welcomed those present.\n"
        "- There were no declarations of interest.\n"
        "- It was agreed to appoint Iain Rorie as Convener.\n"
        "- It was agreed to appoint Mairi Dunn as Secretary.\n"
        "- The members agreed to take on the model constitution.\n"
        "6. Next meeting: Wednesday 10th January 2035 at 7pm in the Old School.\n"
    ), committee="Scarra Community Council")
    assert len(items) == 6
    assert [clauses for _, clauses in items][2:5] == [
        ["Agreed to appoint Iain Rorie as Convener."], ["Agreed to appoint Mairi Dunn as Secretary."],
        ["The members agreed to take on the model constitution."],
    ]


def test_dashes_are_not_items_when_the_number_after_them_does_not_count_them(tmp_path):
    items = _page_items(tmp_path, "dash_points", (
        "Minutes of the meeting of Scarra Community Council held on Monday 18th December 2034\n\n"
        "1. Apologies\nNone.\n\n"
        "2. Matters arising\n"
        "- The bench is mended.\n- The hedge is cut.\n- The sign is up.\n\n"
        "3. Finance\nThe balance was noted.\n"
    ))
    assert [title for title, _ in items] == ["Apologies", "Matters arising", "Finance"]


def test_planning_comments_listed_under_a_decision_to_send_them_stay_that_decisions(tmp_path):
    clauses = _minutes_item(tmp_path, "Planning applications", (
        "RESOLVED that the following observations be sent to the District Council:\n"
        "34/0456 The Old Mill, Ford Lane - no objection\n34/0471 Hill Barn - objection on traffic grounds"
    ))
    assert len(clauses) == 1 and "34/0471 Hill Barn" in clauses[0]


@pytest.mark.parametrize(
    ("body", "clauses"),
    [
        # the decision is its sentence: one closed by the movers' initials, one before "A ..."; the minutes signed after the
        # decision to accept them is what followed it, not a second decision
        ("The notes went round in May. It was resolved to approve those minutes, prop TR, sec MW. The minutes were then signed by the Chair.",
         ["to approve those minutes, prop TR, sec MW."]),
        ("The lane floods often. It was agreed to raise this with the county. A request was made for a speed sign as well.",
         ["Agreed to raise this with the county."]),
    ],
)
def test_a_decision_met_mid_paragraph_is_its_own_sentence(tmp_path, body, clauses):
    assert _minutes_item(tmp_path, "Minutes and matters arising", body) == clauses


def test_a_decision_said_to_be_made_is_one_and_another_bodys_is_not(tmp_path):
    assert _minutes_item(tmp_path, "Roads", "The decision was made that a councillor would meet the roads officer each month.") == [
        "that a councillor would meet the roads officer each month."
    ]
    assert _minutes_item(tmp_path, "Bins", "A decision was taken by the county to stop the garden waste service.") == []


def test_explain_files_the_page_as_an_import_with_the_committee_and_date_given_would(tmp_path):
    from click.testing import CliRunner

    from cpb_tui.cli import cli

    page = tmp_path / "lowfield.txt"
    page.write_text("Draft minutes\n\n1. Apologies\nNone.\n\n2. Footpaths\nIt was agreed to ask the county to clear the stile.\n", encoding="utf-8")
    run = lambda *args: CliRunner().invoke(cli, ["--db", str(tmp_path / "cpb.db"), "import", str(page), "--explain", *args], catch_exceptions=False)
    output = run("--committee", "Lowfield Parish Council", "--date", "2034-11-06").output
    assert "meeting: Lowfield Parish Council, 6 November 2034 (minutes)" in output and "to import it" not in output
    output = run("--committee", "Lowfield Parish Council").output
    assert "meeting: Lowfield Parish Council, no date (minutes)" in output and "to import it, name the date: --date YYYY-MM-DD" in output
    assert not (tmp_path / "cpb.db").exists()  # (explaining writes nothing)


def test_explain_says_when_the_import_would_refuse_the_committee_given(tmp_path):
    from click.testing import CliRunner

    from cpb_tui.cli import cli

    page = tmp_path / "lowfield.txt"
    page.write_text("Minutes of the meeting of Lowfield Parish Council held on 6 November 2034\n\n1. Apologies\nNone.\n\n2. Footpaths\nNoted.\n",
                    encoding="utf-8")
    output = CliRunner().invoke(cli, ["--db", str(tmp_path / "cpb.db"), "import", str(page), "--explain", "--committee", "Fenby Town Council"]).output
    assert "cpb import would refuse it: the document names the committee 'Lowfield Parish Council', not 'Fenby Town Council'" in output
