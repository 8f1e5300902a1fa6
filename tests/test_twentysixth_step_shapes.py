"""Shapes read in the twenty-sixth step. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

from cpb_tui.actions import extract_from_minutes
from tests.stored import stored_text


def _clauses(items) -> dict[str, list[str]]:
    """Each numbered item's clauses, by its number."""
    return {item.number: clauses for item, clauses, _ in items if item.number}


def _tasks(items) -> dict[str, list[str]]:
    """Each numbered item's tasks, by its number."""
    return {item.number: [action.text for action in actions] for item, _, actions in items if item.number}


def tasks(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """The tasks the narrative `text` gives, each with its owners."""
    return [(action.text, action.owners) for action in extract_from_minutes(text)]


# --- owners ------------------------------------------------------------------------------------------------------------


def test_a_list_of_doers_who_will_act_keeps_every_doer():
    assert tasks("Cllr Pike, Cllr Hume and Cllr Varga will inspect the bridleway before the spring.") == [
        ("Cllr Pike, Cllr Hume and Cllr Varga to inspect the bridleway before the spring", ("Cllr Pike", "Cllr Hume", "Cllr Varga")),
    ]
    assert tasks("The Clerk, RT and WB will meet the surveyor at the pavilion.")[0][1] == ("the Clerk", "RT", "WB")
    assert tasks("RT and WB will meet the surveyor at the pavilion.")[0][1] == ("RT", "WB")
    # councils and bodies known by their letters are not the council's members
    assert tasks("HDC and SCC will meet the surveyor at the pavilion.") == []
    assert tasks("NT and EA will inspect the riverbank with the warden.") == []
    # a name with its post after a comma is one person, and an opening phrase is no doer
    assert tasks("After a short debate, Cllr Hume and Cllr Varga will meet the surveyor.")[0][1] == ("Cllr Hume", "Cllr Varga")


# --- decisions ---------------------------------------------------------------------------------------------------------

_ASHBY = "Minutes of the meeting of Ashby Marsh Parish Council held on 9 June 2031\n\n"


def test_a_motion_proposed_and_agreed_without_it_was_keeps_its_whole_decision(tmp_path):
    _, items = stored_text(tmp_path, "ashby.txt", _ASHBY + (
        "1. Minutes\n\nProposed by Cllr Amos, seconded by Cllr Birch and agreed that the minutes of 12 May be approved.\n\n"
        "2. Minutes of the Annual Meeting\n\nProposed by Cllr Amos and agreed that those minutes be approved and signed.\n\n"
        "3. Verges\n\nIt was proposed by Cllr Birch and agreed that the clerk write to the highways team about the verges.\n\n"
    ))
    clauses = _clauses(items)
    # the seconder's name never runs on over the vote, cutting the decision short ("that the minutes of 12 May be")
    assert clauses["1"] == ["Agreed that the minutes of 12 May be approved."]
    assert clauses["2"] == ["Agreed that those minutes be approved and signed."]
    assert clauses["3"] == ["Agreed that the clerk write to the highways team about the verges."]
    assert _tasks(items)["3"] == ["The clerk to write to the highways team about the verges"]


def test_a_span_of_minutes_is_not_the_minutes_approved(tmp_path):
    _, items = stored_text(tmp_path, "ashby.txt", _ASHBY + (
        "1. Public questions\n\nTen minutes are set aside for residents to raise matters with the council. On this occasion it was"
        " not taken up.\n\n"
        "2. Minutes\n\nThe 12 May minutes were approved.\n\n"
    ))
    clauses = _clauses(items)
    assert clauses.get("1", []) == []
    assert clauses["2"] == ["The 12 May minutes were approved."]


def test_a_plural_title_covers_every_name_after_it():
    assert tasks("Cllrs. Pike, Hume and Varga will lay the wreaths at the war memorial.") == [
        ("Cllrs. Pike, Hume and Varga to lay the wreaths at the war memorial", ("Cllr Pike", "Cllr Hume", "Cllr Varga")),
    ]
    assert tasks("Councillors Pike and Varga to inspect the play area.")[0][1] == ("Cllr Pike", "Cllr Varga")
    assert tasks("Councillors Pike, Hume, and Varga to inspect the play area.")[0][1] == ("Cllr Pike", "Cllr Hume", "Cllr Varga")


def test_work_in_hand_in_notes_or_in_the_passive_is_the_doers_task():
    # notes drop the "is": "Cllr Hume drafting a letter"
    assert tasks("Cllr Hume drafting a letter to the landowner about the ditch.") == [
        ("Cllr Hume to draft a letter to the landowner about the ditch", ("Cllr Hume",)),
    ]
    assert tasks("Clerk chasing the contractor for a start date.")[0][1] == ("Clerk",)
    # the same work, in the passive, with its doer after "by"
    assert tasks("The bench repair is being arranged by the Clerk.") == [("The Clerk to arrange the bench repair", ("the Clerk",))]
    assert tasks("Pavilion key rota was being organised by WB.") == [("WB to organise Pavilion key rota", ("WB",))]
    # never what others are doing, or one's own standing for office
    assert tasks("The flooding is being investigated by the police.") == []
    assert tasks("The resurfacing is being arranged by HDC.") == []
    assert tasks("RT seeking re-election in May.") == []
    assert tasks("Cllr Hume attending the training course.") == []
