"""Tasks reported in minutes' narrative in shapes the earlier rules missed: sentences the project
wrote, in the shapes of public council minutes (fictional people and councils)."""

import pytest

from cpb_tui.actions.extract import extract_from_resolution
from cpb_tui.actions.narrative import extract_from_minutes


def texts(minutes: str) -> list[tuple[str, str | None]]:
    return [(a.text, a.due_words) for a in extract_from_minutes(minutes)]


@pytest.mark.parametrize(
    "minutes, expected",
    [
        # a member named in the sentence before asks, by pronoun
        (
            "Councillor Hale spoke about the closure of the post office. He asked that the Council write to the"
            " postmaster requesting that the decision be reviewed.",
            [("The Council to write to the postmaster requesting that the decision be reviewed", None)],
        ),
        (
            "Councillor Ray raised access to the scrutiny meetings. She asked that parish members be invited to the Scrutiny Committee.",
            [("Invite parish members to the Scrutiny Committee", None)],
        ),
        # two participles: both are to be done
        (
            "The officer said that the comments would be collated and brought back to the Board at its meeting on 4 March 2027.",
            [("Collate and bring the comments back to the Board at its meeting on 4 March 2027", "meeting on 4 March 2027")],
        ),
        # "would need to be added": an entry still to be made
        (
            "He said that the audit letter would need to be added to the agenda for the May 2027 meeting of the Committee.",
            [("Add the audit letter to the agenda for the May 2027 meeting of the Committee", "for the May 2027 meeting")],
        ),
        (
            "The Commission would receive an update on the outcome of the review when available.",
            [("Receive an update on the outcome of the review when available", None)],
        ),
        # the doer stands before the first of two "would"s
        (
            "The Chair advised that he would be meeting the Director and would be reporting back to the next meeting.",
            [("The Chair to report back to the next meeting", "to the next meeting")],
        ),
    ],
)
def test_reported_tasks(minutes, expected):
    assert texts(minutes) == expected


@pytest.mark.parametrize(
    "minutes",
    [
        # a speaker who is not a member asking is not the meeting asking
        "Mr Stone of the residents' group spoke about parking. He asked that the Council write to the police.",
        # two participles that name nothing to do
        "The comments would be collated and considered.",
    ],
)
def test_not_tasks(minutes):
    assert texts(minutes) == []


def test_an_aside_before_the_doer_of_a_resolution_goes_last():
    found = extract_from_resolution(
        "That, in discussion with the Commissioner, the working group develop a reporting template to be brought to the next Panel meeting",
        "RESOLVED",
    )
    assert [(a.text, a.due_words) for a in found] == [
        (
            "The working group to develop a reporting template to be brought to the next Panel meeting, in discussion with the Commissioner",
            "to the next Panel meeting",
        )
    ]


@pytest.mark.parametrize(
    "minutes, expected",
    [
        # what the thing "remains" or "needs": the thing itself is the object
        ("The gate by the pond remains to be repaired.", [("Repair the gate by the pond", None)]),
        # a phrasal verb with a pronoun reads in order
        ("The streetlight is still out and this is to be chased up.", [("Chase this up", None)]),
        # "added to" with nothing after it is the programme being added to
        (
            "The officer said the programme for 2027/28 would be added to once Members had met in April 2027.",
            [("Add to the programme for 2027/28 once Members had met in April 2027", "in April 2027")],
        ),
    ],
)
def test_passive_tasks_read_in_order(minutes, expected):
    assert texts(minutes) == expected


@pytest.mark.parametrize(
    "clause, expected",
    [
        ("For some further changes to be made to the wording of the policy.", ["Make some further changes to the wording of the policy"]),
        # the members' own verb, with a passive inside its object: no task made of its words
        ("That Members give consideration to any issues to be explored by officers for the next report.", []),
    ],
)
def test_resolution_passives(clause, expected):
    assert [a.text for a in extract_from_resolution(clause, "RESOLVED")] == expected


@pytest.mark.parametrize(
    "minutes, expected",
    [
        ("Cllrs Amber and Birch will prepare a contract of employment.", [("Cllrs Amber and Birch to prepare a contract of employment", None)]),
        ("No applications had been received. Matter to be listed at next meeting.", [("List Matter at next meeting", "at next meeting")]),
        ("JB to inform the applicant.", [("JB to inform the applicant", None)]),
    ],
)
def test_parish_shorthand(minutes, expected):
    assert texts(minutes) == expected


@pytest.mark.parametrize(
    "minutes, expected",
    [
        (
            "Cllr Davies reported on the review. He attended a briefing on the new code and asked the Clerk to arrange its circulation among Council.",
            [("The Clerk to arrange its circulation among Council", None)],
        ),
        # a member of the public asking the Clerk is not the Council asking
        ("Mr Jones of the residents' group asked the Clerk to write to the police.", []),
    ],
)
def test_an_officer_asked_by_a_member(minutes, expected):
    assert texts(minutes) == expected


def test_a_time_and_an_aside_before_the_doers_go_last():
    found = extract_from_resolution(
        "During August 2027, in respect of the items agreed for the programme, the Chair of the Scrutiny Committee and Chairs of each Scrutiny Panel meet with"
        " the Cabinet Members to clarify the programme;",
        "RESOLVED",
        "RESOLVED that",
    )
    assert [(a.text, a.due_words) for a in found] == [
        (
            "The Chair of the Scrutiny Committee and Chairs of each Scrutiny Panel to meet with the Cabinet Members to clarify the programme, during August 2027,"
            " in respect of the items agreed for the programme",
            "during August 2027",
        )
    ]


def test_a_leading_time_before_a_noting_gives_no_task():
    assert extract_from_resolution("In March 2027, the report be noted", "RESOLVED", "RESOLVED that") == []


@pytest.mark.parametrize("clause", ["Agreed to homologate the officer response", "Agreed to ratify the decision taken by the Chair"])
def test_ratifying_is_no_task(clause):
    assert extract_from_resolution(clause, "AGREED") == []


@pytest.mark.parametrize(
    "minutes",
    [
        "A simultaneous translation will be provided if requested.",
        "It was agreed to delegate the timing and date of the next meeting to officers to arrange.",
    ],
)
def test_standing_offers_and_delegations_are_no_tasks(minutes):
    assert texts(minutes) == []
