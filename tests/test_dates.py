import datetime as dt

import pytest

from cpb_tui.importers.dates import find_date, parse_date


@pytest.mark.parametrize(
    "text, expected",
    [
        ("15/06/2022", dt.date(2022, 6, 15)),
        ("Thursday, 28th January, 2021", dt.date(2021, 1, 28)),
        ("21 June 2021", dt.date(2021, 6, 21)),
        ("21st May 2021", dt.date(2021, 5, 21)),
        ("1 June 2010", dt.date(2010, 6, 1)),
        ("MINUTES OF THE PREVIOUS MEETING HELD ON 12 MARCH 2024", dt.date(2024, 3, 12)),
        ("Date and Time: Tuesday, 2nd September, 2025 at 2.00 pm", dt.date(2025, 9, 2)),
        ("2024-06-18", dt.date(2024, 6, 18)),
        ("3rd Sept 2024", dt.date(2024, 9, 3)),
        ("6th of February 2018", dt.date(2018, 2, 6)),
        ("Tuesday the 6th of February 2018", dt.date(2018, 2, 6)),
        ("A meeting held on February the 6th 2018 at 7pm", dt.date(2018, 2, 6)),
        ("Tuesday, February 6, 2018", dt.date(2018, 2, 6)),
        ("the March 2026 meeting", None),
        ("held on 14.05.2026 at the Village Hall", dt.date(2026, 5, 14)),
        ("held on 14-05-2026", dt.date(2026, 5, 14)),
        ("Working Group held 2026/05/14", dt.date(2026, 5, 14)),
        ("Minute 12.3.26 was carried", None),
        ("version 1.2.2026.4", None),
        ("held on Thursday14 May 2026", dt.date(2026, 5, 14)),
        ("MONDAY 4Th MAY 2026", dt.date(2026, 5, 4)),
        ("on Tuesday 21stFebruary 2026 in the Village Hall", dt.date(2026, 2, 21)),
    ],
)
def test_every_date_shape_in_the_documents(text, expected):
    assert find_date(text) == expected


def test_impossible_dates_are_skipped_not_guessed():
    assert find_date("31/02/2021") is None
    assert find_date("held on 30 February 2021, then 1 March 2021") == dt.date(2021, 3, 1)


def test_parse_date_explains_what_it_expects():
    with pytest.raises(ValueError, match="2021-06-21"):
        parse_date("next Tuesday")
