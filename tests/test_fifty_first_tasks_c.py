"""The fifty-first step: task shapes from the older development pages that the reader still read badly, written again
about fictional councils and people. Texts the project wrote."""

from __future__ import annotations

import pytest

from tests.stored import second_item as _second
from tests.stored import tasks


@pytest.mark.parametrize("text, task", [
    ("The brewery has offered the yard on a short lease. TR and KMcD will report back on the lease terms.",
     "TR and KMcD to report back on the lease terms"),
    ("Ruth Alder/Colin Baird were to price a new server for the council's email.",
     "Ruth Alder/Colin Baird to price a new server for the council's email"),
    ("Councillor Penrose had the count sheets. Councillor Penrose would discuss the counts with the county's road safety team.",
     "Councillor Penrose to discuss the counts with the county's road safety team"),
    ("A resident wanted the bus changes known. Nora Quill offered to help post them on the village social page.",
     "Nora Quill to post them on the village social page"),
    ("Cllr Oduya volunteered to demonstrate the new laptop at the July meeting.",
     "Cllr Oduya to demonstrate the new laptop at the July meeting"),
])
def test_an_undertaking_by_a_named_doer_in_wording_the_reader_missed(text, task):
    assert [found for found, _ in tasks(text)] == [task]


@pytest.mark.parametrize("text", [
    "Members will discuss the matter at the next meeting.",  # (no one to discuss it with: business for the meeting)
    "Cllr Ames offered to help with the fun day.",  # (goodwill, no errand named)
    "The grant was to pay for the new benches.",
])
def test_no_undertaking_in_plans_and_offers_of_goodwill(text):
    assert tasks(text) == []


@pytest.mark.parametrize("body", [
    "Agreed to pause all new spending on the skate park this year, apart from urgent repairs.",
    "The Council resolved to cover half the cost of the new grit bin from reserves.",
    "The Parish Council agreed to object to the proposed closure of the lay-by.",
    "That the Outturn report for 2036/37, as set out in the papers, be approved.",
])
def test_a_decision_that_takes_effect_by_itself_sets_no_task(tmp_path, body):
    clauses, found = _second(tmp_path, body)
    assert clauses and found == []


def test_a_seat_changing_hands_is_no_task():
    assert tasks("Councillor Vale to replace Councillor Rook on the Allotments Committee.") == []


@pytest.mark.parametrize("text", [
    "At the October meeting it was agreed that members would walk the footpath on Saturday 9th October at 10am.",
    "The Highways Officer would add a line about the weight limit to the notice. Closed.",
    "Report of the Portfolio Holder for Housing to report the rent levels for 2037/38.",
])
def test_an_earlier_meeting_s_plan_a_closed_action_and_an_agenda_paper_are_no_tasks(text):
    assert tasks(text) == []


def test_an_action_still_open_keeps_its_task():
    assert [found for found, _ in tasks("The Clerk would write to the owner of the verge. Ongoing.")] == ["The Clerk to write to the owner of the verge"]


@pytest.mark.parametrize("body, task", [
    ("RESOLVED unanimously for the Clerk to send the allotment holders the new hose rules.",
     "The Clerk to send the allotment holders the new hose rules"),
    ("It was resolved to offer the next applicant on the list plot 14 from May.", "Offer the next applicant on the list plot 14 from May"),
    ("RESOLVED:\n1. That, the poll results be passed to the events group to plan the gala.",
     "Pass the poll results to the events group to plan the gala"),
    ("RESOLVED:\n1. That, once agreed, the gala timetable be sent to the stallholders.", "Send the gala timetable to the stallholders"),
    ("RESOLVED that the Town Clerk be authorised, in consultation with the Mayor, to update the flood plan contacts.",
     "The Town Clerk to update the flood plan contacts"),
])
def test_a_decision_s_ask_in_wording_the_reader_missed(tmp_path, body, task):
    _, found = _second(tmp_path, body)
    assert found == [task]
