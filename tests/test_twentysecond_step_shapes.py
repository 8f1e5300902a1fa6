"""Shapes read in the twenty-second step. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

from cpb_tui.importers.decisions import resolutions_from, split_decisions
from tests.stored import stored_text


def _clauses(*lines: str) -> list[str]:
    _, blocks = split_decisions(list(lines))
    return [clause.text for clause in resolutions_from(blocks)]


def test_parts_each_with_its_own_resolved_run_into_one_paragraph():
    # an annual meeting's appointments from a PDF: each part's heading, a dash, its decision, and the part's
    # further decisions labelled "(ii)", "(iii)" on the same line
    assert _clauses(
        "a) (i) Highways Committee - RESOLVED that membership consist of Cllrs Abel, Birch and Coe (ii) RESOLVED that"
        " Cllr Birch be elected as Chairman. (iii) RESOLVED that Cllr Coe be elected as Vice Chairman."
    ) == [
        "that membership consist of Cllrs Abel, Birch and Coe",
        "that Cllr Birch be elected as Chairman.",
        "that Cllr Coe be elected as Vice Chairman.",
    ]


def test_the_next_parts_heading_ends_the_decision_before_it():
    # "... Vice Chairman." then "b) (i) Estates Committee -" (on the next line, or run on after the full stop)
    assert _clauses(
        "RESOLVED that Cllr Coe be elected as Vice Chairman.",
        "",
        "b) (i) Estates Committee - RESOLVED that membership consist of Cllrs Dove and Eden (ii) RESOLVED that Cllr Dove"
        " be elected as Chairman. c) (i) Staff Committee - RESOLVED that membership consist of Cllrs Fox and Gill",
    ) == [
        "that Cllr Coe be elected as Vice Chairman.",
        "that membership consist of Cllrs Dove and Eden",
        "that Cllr Dove be elected as Chairman.",
        "that membership consist of Cllrs Fox and Gill",
    ]


def test_a_heading_with_a_dash_is_not_cut_from_its_list():
    # a dash that closes a lead-in over its clauses still reads on: "RESOLVED that the Committee -" over "(a) ..."
    assert _clauses("RESOLVED that the Committee -", "(a) notes the report;", "(b) asks the Clerk to write to the county.") == [
        "notes the report;", "asks the Clerk to write to the county.",
    ]


def test_a_flattened_minute_keeps_each_part_label_with_its_decision(tmp_path):
    text = (
        "MINUTES OF THE ANNUAL MEETING OF KELBY TOWN COUNCIL HELD ON 14 MAY 2031\n\n"
        "Present: Cllrs Abel, Birch, Coe, Dove, Eden\n\n"
        "5/31 APPOINTMENT OF COMMITTEES 2031-2032 a) (i) Highways Committee - RESOLVED that membership consist of Cllrs"
        " Abel, Birch and Coe (ii) RESOLVED that Cllr Birch be elected as Chairman. (iii) RESOLVED that Cllr Coe be"
        " elected as Vice Chairman.\n\n"
        "b) (i) Estates Committee - RESOLVED that membership consist of Cllrs Dove and Eden (ii) RESOLVED that Cllr Dove"
        " be elected as Chairman. (iii) RESOLVED that Cllr Eden be elected as Vice Chairman.\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text)
    clauses = [clause for _, found, _ in items for clause in found]
    assert clauses == [
        "that membership consist of Cllrs Abel, Birch and Coe",
        "that Cllr Birch be elected as Chairman.",
        "that Cllr Coe be elected as Vice Chairman.",
        "that membership consist of Cllrs Dove and Eden",
        "that Cllr Dove be elected as Chairman.",
        "that Cllr Eden be elected as Vice Chairman.",
    ]
