"""Shapes read in the twenty-sixth step. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

from cpb_tui.actions import extract_from_minutes


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
