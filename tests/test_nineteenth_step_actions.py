"""Actions read in the nineteenth step. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

import pytest

from cpb_tui.actions import extract_from_minutes, extract_from_resolution
from cpb_tui.importers.resolutions import classify_verb


@pytest.mark.parametrize(
    ("clause", "task"),
    [
        ("The Council AGREED to purchase two copies of the clerks' handbook for £60.", "Purchase two copies of the clerks' handbook for £60"),
        ("The Parish Council AGREED to write to the bus company about the timetable.", "Write to the bus company about the timetable"),
        # the body's own word for its decision, in capitals or not, before what it set going
        ("The Parish Council RESOLVED to write to the bus company about the timetable.", "Write to the bus company about the timetable"),
        ("The Town Council DECIDED to write to the bus company about the timetable.", "Write to the bus company about the timetable"),
    ],
)
def test_a_decision_word_in_capitals_is_never_part_of_the_owner(clause, task):
    # ("The Council AGREED" is who decided, not who is to do it)
    found = extract_from_resolution(clause, classify_verb(clause))
    assert [(action.owners, action.text) for action in found] == [((), task)]


@pytest.mark.parametrize(
    ("sentence", "owner", "task"),
    [
        (
            "The Deputy Chairman added that he had recently been appointed to the Audit Panel and offered to pursue a response on behalf of the Committee.",
            "the Deputy Chairman",
            "The Deputy Chairman to pursue a response on behalf of the Committee",
        ),
        ("Cllr Ross reported that she had met the head teacher and agreed to write to the parents.", "Cllr Ross", "Cllr Ross to write to the parents"),
    ],
)
def test_a_promise_after_news_of_what_the_speaker_had_done_is_the_speakers(sentence, owner, task):
    assert [(action.owners, action.text) for action in extract_from_minutes(sentence)] == [((owner,), task)]


@pytest.mark.parametrize(
    ("sentence", "task", "due"),
    [
        ("This will be an agenda item for the next Council.", "Put this on the agenda for the next Council", "for the next Council"),
        ("It will be on the agenda for the March meeting.", "Put it on the agenda for the March meeting", "for the March meeting"),
        ("The matter of the bus shelter will be on the next agenda.", "Put the matter of the bus shelter on the agenda for the next meeting", "for the next meeting"),
        ("The request from the bowls club would be an agenda item at the June meeting.", "Put the request from the bowls club on the agenda at the June meeting", "at the June meeting"),
    ],
)
def test_a_matter_said_to_be_an_agenda_item_is_a_task_to_put_it_there(sentence, task, due):
    assert [(action.text, action.due_words) for action in extract_from_minutes(sentence)] == [(task, due)]


def test_a_matter_that_may_be_on_an_agenda_is_no_task():
    assert extract_from_minutes("It may be an agenda item for the next meeting if the quotes arrive.") == []


@pytest.mark.parametrize(
    ("sentence", "owner", "task"),
    [
        ("PCSO Dunne was asked to patrol the recreation ground on Friday nights.", "PCSO Dunne", "PCSO Dunne to patrol the recreation ground on Friday nights"),
        ("Cllr Amos agreed to collect the keys from the hall.", "Cllr Amos", "Cllr Amos to collect the keys from the hall"),
        ("The Clerk was asked to remove the old notices from the board.", "the Clerk", "The Clerk to remove the old notices from the board"),
    ],
)
def test_patrols_collections_and_clearing_are_tasks(sentence, owner, task):
    assert [(action.owners, action.text) for action in extract_from_minutes(sentence)] == [((owner,), task)]
