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
