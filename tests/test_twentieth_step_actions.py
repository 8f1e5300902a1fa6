"""Tasks read in the twentieth step: a clerk's shorthand ("Clerk to action contacting ...", "asked
to Agenda this"), a request to establish a fact, and an owner whose initial lost its space
("JWebb"). Texts the project wrote, about fictional people."""

from __future__ import annotations

import pytest

from cpb_tui.actions.narrative import extract_from_minutes


def _tasks(text: str) -> list[str]:
    return [candidate.text for candidate in extract_from_minutes(text)]


@pytest.mark.parametrize("text, task", [
    ("The parish was told the estate would set a date. Clerk to action contacting the estate office",
     "Clerk to contact the estate office"),
    ("Councillor Sweet to action replacing the air vent in the hall.", "Councillor Sweet to replace the air vent in the hall"),
    ("Clerk to action getting three quotes for the fence.", "Clerk to get three quotes for the fence"),
    ("A letter about a lease of the car park had come in, and the Clerk was asked to Agenda this for the next meeting in May.",
     "The Clerk to put this on the agenda for the next meeting in May"),
    ("The Clerk was asked to establish whether the conservation area protects the trees. Following discussion, no more was said.",
     "The Clerk to establish whether the conservation area protects the trees"),
    ("Action: JWebb to raise the request with democratic services.", "JWebb to raise the request with democratic services"),
])
def test_a_clerk_s_shorthand_is_the_task_in_plain_words(text, task):
    assert _tasks(text) == [task]


@pytest.mark.parametrize("text", [
    "The council established a working party in 2029.",
    "Clerk to action.",  # the tag alone names no task
    "PCSOs to patrol the park.",  # (capitals and a plural: no glued initial)
])
def test_what_names_no_task_stays_none(text):
    assert _tasks(text) == []


@pytest.mark.parametrize("text, task", [
    ("There will be no meeting in August. (LS to draft the dates & confirm the venue.)", "LS to draft the dates & confirm the venue"),
    ("There will be no meeting in August (Clerk to book the hall for September).", "Clerk to book the hall for September"),
])
def test_who_and_what_in_brackets_with_no_label_is_a_task(text, task):
    assert _tasks(text) == [task]


def test_a_decision_with_its_task_in_brackets_after_it_sets_that_task():
    from cpb_tui.actions.extract import extract_from_resolution

    found = extract_from_resolution("Unanimously agreed that there would be no meeting in August. (LS to draft the dates & confirm the venue.)", "agreed")
    assert [action.text for action in found] == ["LS to draft the dates & confirm the venue"]


@pytest.mark.parametrize("text", ["The hall roof was mended (Clerk to action).", "It was agreed (see minute 4) to close the account."])
def test_brackets_that_name_no_task_set_none(text):
    assert _tasks(text) == []


@pytest.mark.parametrize("text, days", [
    ("Mr Steemson to meet the Inspector the following day to discuss the parking", 1),
    ("Clerk to chase the contractor tomorrow", 1),
    ("Clerk to write to the MP this week", 7),
    ("Cllr Dunn to report back next week", 7),
    ("Clerk to send the letter by the end of the week", 7),
])
def test_a_day_or_week_from_the_meeting_is_a_due_date(text, days):
    from datetime import date, timedelta

    from cpb_tui.actions.due import parse_due, resolve_due

    spec = parse_due(text)
    assert spec is not None and resolve_due(spec, date(2031, 3, 27), []) == (None, date(2031, 3, 27) + timedelta(days=days))


def test_a_weekday_alone_is_not_read_as_a_week():
    from cpb_tui.actions.due import parse_due

    assert parse_due("Clerk to send the letter next Wednesday") is None  # (a weekday names no week: it is left for the clerk)
