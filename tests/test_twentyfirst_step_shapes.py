"""Shapes read in the twenty-first step. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

from cpb_tui.importers.decisions import resolutions_from, split_decisions
from tests.stored import stored_text


def _clauses(*lines: str) -> list[tuple[str | None, str]]:
    _, blocks = split_decisions(list(lines))
    return [(clause.lead_in, clause.text) for clause in resolutions_from(blocks)]


def test_who_decides_over_unlabelled_decisions_is_their_lead_in():
    # an "Issue - decisions" page that lost its "Decision:" heading, and a RESOLVED over the same shape
    lead = "That the Portfolio Holder:"
    assert _clauses(lead, "", "", "Approves the grants set out in Appendix B;", "", "",
                    "Approves a delegation to the Director of Place to award small grants during the year.") == [
        (lead, "Approves the grants set out in Appendix B;"),
        (lead, "Approves a delegation to the Director of Place to award small grants during the year."),
    ]
    assert [text for _, text in _clauses("RESOLVED that the Committee:", "", "Notes the report;", "", "Asks the Clerk to write to the county.")] == [
        "Notes the report;", "Asks the Clerk to write to the county.",
    ]


def test_a_lead_in_that_is_itself_the_decision_stays_one():
    # "That the Portfolio Holder:" with nothing after it decided nothing more: no clause invented
    assert [text for _, text in _clauses("That the report be noted.", "", "The Chair thanked the officers.")] == ["That the report be noted."]
