"""The fifty-third step, items and decision clauses: shapes development pages read badly, written again about
fictional bodies. Texts the project wrote."""

from __future__ import annotations

from tests.stored import page_items as _items


def _clauses(tmp_path, page: str) -> dict[str, list[str]]:
    return {item.number: clauses for item, clauses, _ in _items(tmp_path, page)}


_TOWN = "Minutes of the meeting of Wendlecombe Town Council held on Tuesday 10th January 2036\n\nPresent: Cllr A Grey (Mayor), Cllr B Lind\n\n"


def test_an_earlier_decision_told_of_after_a_capitals_title_is_no_clause_and_the_title_stays_whole(tmp_path):
    page = _TOWN + (
        "473 MEMBERS' DECLARATIONS OF INTEREST\n\nNone.\n\n"
        "474 CONFIRMATION OF MINUTES\n\nIt was RESOLVED that the minutes of 6th December 2035 be confirmed.\n\n"
        "476 VILLAGE SIGN It had previously been RESOLVED to support, in principle, a new sign at the crossroads. "
        "The sign is to show the old mill.\n\n"
    )
    found = {item.number: (item.title, clauses) for item, clauses, _ in _items(tmp_path, page)}
    assert found["476"] == ("Village Sign", [])
    assert found["474"][1] == ["that the minutes of 6th December 2035 be confirmed."]


def test_a_page_number_glued_before_the_next_minute_of_the_run(tmp_path):
    page = _TOWN + (
        "475 POLICING\n\nThe police had sent no report.\n\n"
        "476 VILLAGE SIGN The sign is to show the old mill.\n\n"
        "12 477 HALLS The roof of the hall is leaking and a builder will be asked to look at it.\n"
    )
    assert [item.number for item, _, _ in _items(tmp_path, page)] == ["475", "476", "477"]
