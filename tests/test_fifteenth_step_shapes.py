"""Shapes read in the fifteenth step. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

import datetime as dt

from tests.stored import stored_text

CAPITALS_RUN_IN = (
    "Parish Council Minutes 9th March 2026\n\n"
    "MINUTES of the meeting of Thornbeck Parish Council held on Monday 9th March 2026, at 7 pm in the Reading Room.\n\n"
    "PRESENT were Mrs A Quayle (Chair), Mr B Ostler and Mrs C Penrose. There were no apologies.\n\n"
    "THE MINUTES of the previous meeting were read, approved and signed.\n\n"
    "MATTERS ARISING:  The walk with the footpath officer is fixed for 20th March.\n\n"
    "Nobody has answered the letter about the ditch on Mill Lane, and the Clerk was asked to write to the landowner again.\n\n"
    "FINANCE.  The council went through last year's costs at length. Grass cutting and insurance were the largest. "
    "After much discussion the Parish Council agreed to set the precept for 2026-27 at \u00a36,200.\n\n"
    "HIGHWAYS AND FOOTPATHS.  An engineer from the county has been in touch about the bridge. He will attend the next "
    "meeting on April 13th.\n"
)


def test_headings_in_capitals_run_into_their_paragraphs_are_the_items(tmp_path):
    meeting, found = stored_text(tmp_path, "minutes.txt", CAPITALS_RUN_IN)
    assert meeting.date == dt.date(2026, 3, 9)
    assert [item.title for item, _, _ in found] == ["The Minutes", "Matters Arising", "Finance", "Highways and Footpaths"]
    minutes, arising, finance, highways = found
    # a heading that is its sentence's subject stays in the decision
    assert minutes[1] == ["THE MINUTES of the previous meeting were read, approved and signed."]
    # the doer after "and", not the whole sentence before "was asked"
    assert [(a.owners, a.text) for a in arising[2]] == [(("the Clerk",), "The Clerk to write to the landowner again")]
    # a decision at the end of a discussion is a clause; a figure it sets is no task
    assert finance[1] == ["the Parish Council agreed to set the precept for 2026-27 at \u00a36,200."]
    assert finance[2] == []
    # "on April 13th", the month first, dates the task
    assert [a.due_date for a in highways[2]] == [dt.date(2026, 4, 13)]


SEMICOLON_PARTS = (
    "Minutes of the Assets Committee of Thornbeck Town Council held on 2 June 2026\n\n"
    "A26/031 BUS SHELTER\n"
    "It was RESOLVED that the Town Clerk seek three quotes for a new shelter; that the highway authority's consent be "
    "further explored and that the next report show the options.\n"
)


def test_that_parts_split_by_a_semicolon_each_give_their_task(tmp_path):
    _, found = stored_text(tmp_path, "minutes.txt", SEMICOLON_PARTS)
    tasks = [a.text for a in found[0][2]]
    assert tasks[:2] == ["The Town Clerk to seek three quotes for a new shelter", "Explore the highway authority's consent"]


PROPOSED_SECONDED = (
    "Thornbeck Parish Council\nFacilities Committee\nMinutes of the meeting held on 4 May 2026\n\n"
    "1. Minutes\n"
    "It was proposed, seconded, and resolved to accept the notes as the minutes.\n"
    "2. Contracts\n"
    "The tenders for the grass cutting were considered. It was proposed, seconded, and unanimously resolved to award "
    "the three-year contract to Fellside Grounds Ltd.\n"
)


def test_a_decision_proposed_and_seconded_mid_paragraph_is_found_and_ends_with_its_sentence(tmp_path):
    _, found = stored_text(tmp_path, "minutes.txt", PROPOSED_SECONDED)
    assert [clauses for _, clauses, _ in found] == [
        ["to accept the notes as the minutes."],
        ["to award the three-year contract to Fellside Grounds Ltd."],
    ]
