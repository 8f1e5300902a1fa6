"""The forty-third step: items in the order a reader counts them. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

from cpb_tui.store.rows import number_order
from tests.stored import page_items as _items


def test_minutes_numbered_by_year_then_minute_are_stored_in_the_order_they_were_taken(tmp_path):
    page = (
        "Minutes of the meeting of Ormsby Parish Council held on Tuesday 12 May 2036 at 7.30pm in the Village Hall.\n\n"
        "2036/8 Apologies for absence\nApologies were received from Cllr D Moss.\n\n"
        "2036/9 Declarations of interest\nNone.\n\n"
        "2036/10 Minutes of the previous meeting\nRESOLVED that the minutes of the meeting held on 14 April 2036 be signed.\n\n"
        "2036/11 Play area\nThe Clerk to obtain three quotes for new safety surfacing.\n"
    )
    numbers = [item.number or item.minute_number for item, _, _ in _items(tmp_path, page)]
    assert numbers == ["2036/8", "2036/9", "2036/10", "2036/11"]


def test_a_number_sorts_by_each_of_its_runs_of_digits_and_skips_the_letters_before_them():
    printed = ["PF10/16", "5.10", "2036/10", "Item 10", "5.9", "PF9/16", "2036/9", "Item 9", "16.100", "16.99", "5", "a"]
    ordered = sorted(printed, key=number_order)
    assert ordered == ["5", "5.9", "5.10", "Item 9", "PF9/16", "Item 10", "PF10/16", "16.99", "16.100", "2036/9", "2036/10", "a"]
    assert number_order(None) is None
