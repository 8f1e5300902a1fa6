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
        ("b) Letter from Mrs Orme re the bus stop It was agreed that the Clerk will write to the bus company.",
         "Agreed that the Clerk will write to the bus company."),
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
        "The annual accounts for 2033/34 were agreed and are to be sent to the internal auditor.",
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
        # nor minutes that were not approved
        "The minutes were not approved and will be taken again in December.",
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
    sentence = "The minutes were not approved and will be carried forward to the meeting of 4 December 2034."
    assert _minutes_item(tmp_path, "Minutes of the last meeting", sentence) == [sentence]
