"""The forty-eighth step: decisions written the ways small councils write them (a vote counted, everyone agreeing, the
council proposing, a single member approving, a vacancy filled, an agenda settled) and minutes whose numbers open their
paragraphs under headings of their own. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

import pytest

from tests.stored import page_items as _items


def _minutes(body: str) -> str:
    return (
        "Minutes of the meeting of Wendling Parish Council held on Tuesday 1 May 2036 in the Village Hall.\n\n"
        "1. Apologies\nNone.\n\n2. Business\n" + body + "\n\n3. Close\nThe meeting closed at 9pm.\n"
    )


def _second(tmp_path, body: str) -> tuple[list[str], list[str]]:
    """The clauses and tasks of item 2 of a page of minutes with `body` under it."""
    found = _items(tmp_path, _minutes(body))
    (item, clauses, tasks), = [entry for entry in found if entry[0].number == "2"]
    return clauses, [task.text for task in tasks]


@pytest.mark.parametrize("body, clause", [
    # a vote counted, after the discussion that led to it
    ("The precept was discussed and it was voted 5 \u2013 1 that the precept would stay at \u00a32,400 for the year.",
     "It was voted 5 \u2013 1 that the precept would stay at \u00a32,400 for the year."),
    ("It was voted unanimously to keep the allotment rents as they are.",
     "It was voted unanimously to keep the allotment rents as they are."),
    # everyone agreeing, after a sentence or opening one
    ("The school asked to use the field. Everyone agreed that the school could mark out a running track.",
     "Everyone agreed that the school could mark out a running track."),
    ("Everyone agreed to this, but Cllr Hume asked for a second quote.",
     "Everyone agreed to this, but Cllr Hume asked for a second quote."),
    # who agreed, said at length before the comma
    ("It was agreed by all those who had been present at the meeting, that the notes of it be signed.",
     "Agreed by all those who had been present at the meeting, that the notes of it be signed."),
    # the outcome of an interview panel
    ("Three applicants were interviewed and the unanimous decision was that Mrs Lowry be offered the post of clerk.",
     "the unanimous decision was that Mrs Lowry be offered the post of clerk."),
    # a vacancy filled after a ballot
    ("Following the ballot Mr Anwar Patel was appointed to serve until the next local elections.",
     "Following the ballot Mr Anwar Patel was appointed to serve until the next local elections."),
    # movers first, then the outcome in a sentence of its own
    ("Proposed by R. Lyle and seconded by T. Moss, K. Nairn was formally accepted as a member.",
     "Proposed by R. Lyle and seconded by T. Moss, K. Nairn was formally accepted as a member."),
    # one member's approval, the minute's own number before it
    ("20.1 The Lead Member approved as a correct record the minutes of the meeting held on 16 April 2036.",
     "The Lead Member approved as a correct record the minutes of the meeting held on 16 April 2036."),
    # the agenda settled
    ("Agenda approved with the addition of the Gala Day (Cllr Orme).", "Agenda approved with the addition of the Gala Day (Cllr Orme)."),
])
def test_a_decision_small_councils_write_this_way_is_read(tmp_path, body, clause):
    clauses, _ = _second(tmp_path, body)
    assert clause in clauses


def test_the_council_proposing_is_its_decision_and_the_letter_its_task(tmp_path):
    clauses, tasks = _second(tmp_path, "Plots 3 and 9 were overgrown again. Council proposed that a letter be sent to the tenant of both plots.")
    assert clauses == ["Council proposed that a letter be sent to the tenant of both plots."]
    assert tasks == ["Send a letter to the tenant of both plots"]


@pytest.mark.parametrize("body", [
    "The vote was taken later. It was voted down by the members of the trust.",
    "It was voted on at the last meeting of the county's board.",
    "The County Council proposed that the lane be closed for resurfacing in June.",
    "The agenda was approved at the last meeting of the trust.",
    "Mr Patel was appointed to serve on the county's highways board in 2031.",
    "The Leader approved of the idea but said it was a matter for the county.",
    "Proposed by R. Lyle and seconded by T. Moss, the hall was booked for the fair.",
])
def test_what_only_looks_like_those_decisions_is_not_one(tmp_path, body):
    clauses, _ = _second(tmp_path, body)
    assert clauses == []


_HEADED = (
    "Meeting 07/36, Tuesday 14th October 2036\n\n"
    "Present: Cllrs Ash, Mrs. Bell, Carr, Dunn & Ede   Apologies: Cllr Ford   Visitors: Mr. Gale\n\n"
    "Public Speaking\n\n"
    "046 Mr. Gale spoke against planning application PA36/00412.\n\n"
    " Minutes of the Meeting held on 23rd September 2036\n\n"
    "047 The Minutes having been circulated it was proposed by Cllr Ash and seconded Cllr Bell that the minutes were a true "
    "and correct record, carried unanimously.\n\n"
    " 048 Matters arising from previous Minutes\n\n"
    "  \u2022  Minute 31 of 36/37 (Bus shelter). It was decided to defer the matter until Cllr Ford was present.\n"
    "  \u2022  Minute 35 of 36/37 (Allotments). Cllr Carr said that he would meet the tenants shortly.\n"
)


def test_numbers_that_open_paragraphs_under_headings_are_the_items(tmp_path):
    found = _items(tmp_path, _HEADED)
    assert [(item.number, item.title) for item, _, _ in found if item.number] == [
        ("046", "Public Speaking"),
        ("047", "Minutes of the Meeting held on 23rd September 2036"),
        ("048", "Matters arising from previous Minutes"),
    ]
    clauses = {item.number: texts for item, texts, _ in found}
    assert len(clauses["047"]) == 1 and clauses["047"][0].startswith("The Minutes having been circulated")
    assert clauses["048"] == ["Decided to defer the matter until Cllr Ford was present."]


def test_two_headed_numbers_or_years_are_no_run_of_items(tmp_path):
    two = _HEADED.split(" 048")[0]
    assert not [item.number for item, _, _ in _items(tmp_path, two) if item.number]
    years = (
        "Meeting 07/36, Tuesday 14th October 2036\n\nPresent: Cllrs Ash, Bell and Carr.\n\n"
        "Early Years\n\n2034 The hall was built with a grant from the trust.\n\n"
        "Later Years\n\n2035 The roof was mended after the storm.\n\n"
        "This Year\n\n2036 The car park was resurfaced in spring.\n"
    )
    assert not [item.number for item, _, _ in _items(tmp_path, years) if item.number]
