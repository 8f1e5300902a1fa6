"""The fifty-eighth step: readings taken by class across every development page rather than page by page (the meeting's
assent to its last minutes however a clerk words it, ...), written again about fictional bodies. Texts the project wrote."""

from __future__ import annotations

import pytest

from tests.stored import page_items as _items


def _minutes_page(verdict: str) -> str:
    return (
        "Minutes of the meeting of Harrowby Parish Council held on Monday 14 April 2036 in the Village Hall.\n\n"
        "1. Apologies\nNone.\n\n2. Minutes of the previous meeting\n" + verdict + "\n\n3. Close\nThe meeting closed at 9pm.\n"
    )


@pytest.mark.parametrize(
    "verdict",
    [
        "Notes from the meeting on 20th March agreed correct by all present.",
        "Planning Meeting held on 24.03.36 True Record Unanimous",
        "Having been circulated, RH then signed them off as a true copy.",
        "Minutes of the meeting held on 2nd April were circulated and recorded to be a true and accurate account.",
        "They were proposed as being correct by Don Hale and Nigel Moss.",
    ],
)
def test_the_meetings_assent_to_its_last_minutes_in_any_words_is_its_decision(tmp_path, verdict):
    found = _items(tmp_path, _minutes_page(verdict))
    (clauses,) = [clauses for item, clauses, _ in found if item.number == "2"]
    assert clauses == [verdict]


@pytest.mark.parametrize(
    "record",
    [
        "The minutes were not signed as a true record, as two members had not seen them.",
        "The minutes are to be approved as a correct record at the June meeting.",
        "To approve and sign as a correct record the minutes of the meeting held on 10 March.",
        "The minutes were submitted for approval as a correct record.",
        "Were the minutes a true record? Cllr Dunn asked for time to read them.",
        "Cllr Bell to sign them as a true record when the amendment is made.",
    ],
)
def test_minutes_not_yet_assented_to_are_no_decision(tmp_path, record):
    found = _items(tmp_path, _minutes_page(record))
    (clauses,) = [clauses for item, clauses, _ in found if item.number == "2"]
    assert clauses == []


_LED_IN = (
    "Minutes of the meeting of Harrowby Parish Council held on Monday 14 April 2036 in the Village Hall.\n\n"
    "1) APOLOGIES - None.\n"
    "2) FINANCE\n"
    "a) Following the resignation of Cllr Dale, it was decided to add Cllr Pym to the bank mandate so that payments can be "
    "made. Cllr Hunt asked whether two signatories were enough. Cllr Pym to check.\n"
    "b) Following a request from a resident the council agreed to buy two new litter bins for the green. Cllr Ward to order "
    "these.\n"
    "3) CLOSE - The meeting closed at 9pm.\n"
)


def test_a_decision_after_how_it_came_about_in_any_words_is_read_with_that_as_its_lead_in(tmp_path):
    found = {item.number: (clauses, tasks) for item, clauses, tasks in _items(tmp_path, _LED_IN)}
    assert found["2a"][0] == ["Decided to add Cllr Pym to the bank mandate so that payments can be made."]
    assert found["2b"][0] == ["the council agreed to buy two new litter bins for the green."]
    assert [task.text for task in found["2b"][1]][0] == "Buy two new litter bins for the green"
    assert "Cllr Pym to check" in [task.text for task in found["2a"][1]]


def test_the_lead_in_is_kept_apart_from_the_decision(tmp_path):
    from cpb_tui.importers import load

    path = tmp_path / "led.txt"
    path.write_text(_LED_IN, encoding="utf-8")
    _, record = load(path)
    leads = [resolution.lead_in for item in record.meetings[0].items for resolution in item.resolutions]
    assert leads == ["Following the resignation of Cllr Dale", "Following a request from a resident"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Following the site visit, the Clerk agreed to write to the owner.",
        "After the meeting it was reported that the bins had been emptied.",
        "Following the storm the council had agreed last year to replace the fence.",
    ],
)
def test_a_lead_in_before_no_decision_of_the_meeting_makes_none(tmp_path, sentence):
    from tests.stored import second_item

    clauses, _ = second_item(tmp_path, sentence)
    assert clauses == []


@pytest.mark.parametrize(
    "line",
    [
        "Cllr Moss asked if she could join the footpaths group, agreed.",
        "Ms Dale proposes the forum discuss each item in turn and invite comments on each. Agreed.",
        "It was suggested a £30 gift voucher be bought for Mr Hale in thanks for his work on the path \u2013 Agreed",
        "CC proposed £5,500 be moved to the savings account \u2013 all agreed and Cheque No 464 signed.",
        "Cllr Pym proposed that a new bench be bought for the green. Seconded Cllr Hunt, all agreed.",
    ],
)
def test_a_proposal_with_its_assent_written_after_it_is_a_decision(tmp_path, line):
    from tests.stored import second_item

    clauses, _ = second_item(tmp_path, line)
    assert clauses == [line.lstrip("- ")]


@pytest.mark.parametrize(
    "line",
    [
        "Cllr Moss asked if the verge could be cut, not agreed.",
        "Cllr Hale asked whether the bench could be moved \u2013 agreed?",
        "The quote from the contractor had already been agreed.",
    ],
)
def test_an_assent_denied_asked_or_told_of_is_no_decision(tmp_path, line):
    from tests.stored import second_item

    clauses, _ = second_item(tmp_path, line)
    assert clauses == []


def test_the_report_before_a_proposal_is_not_part_of_it(tmp_path):
    from tests.stored import second_item

    clauses, _ = second_item(
        tmp_path,
        "An email from the tree surgeon said that one ash tree needs to come down. Mr Dee proposed that quotes be sought to "
        "fell it, seconded Mr Bell, all agreed.",
    )
    assert clauses == ["Mr Dee proposed that quotes be sought to fell it, seconded Mr Bell, all agreed."]
