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
