"""Shapes read in the twenty-ninth step. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

from cpb_tui.actions import extract_from_resolution
from tests.stored import stored_text


def _agreed(text: str) -> list[str]:
    """The tasks the decision `text`, an agreement, gives."""
    return [action.text for action in extract_from_resolution(text, "agreed")]


def _resolved(text: str) -> list[str]:
    return [action.text for action in extract_from_resolution(text, "resolved")]


# --- items ---------------------------------------------------------------------------------------------------------------


def _numbers(items) -> list[str | None]:
    return [item.number for item, _, _ in items]


def test_minutes_numbered_with_colons_all_run_onto_one_line(tmp_path):
    # a PDF's text with every line break lost: each "NNN:" before a capital heads its minute, after a name as well as a stop
    text = (
        "Minutes of the meeting of Fallowfield Community Council held on Tuesday 4th March 2032 "
        "541: Welcome: The Chair opened the meeting at 7.30. 542: Present: Cllr Ames, Cllr Dace and the Clerk Ruth Lowe "
        "543: Apologies Received: Cllr Orme 544: Declarations of Interest: None "
        "545: To Confirm the Minutes of the meeting held on 4th February 2032. They were signed as a true record. "
        "546: Clerk's Report: The Clerk had written to the county about the verge.\n"
    )
    _, items = stored_text(tmp_path, "fallowfield.txt", text)
    assert _numbers(items) == ["541", "542", "543", "544", "545", "546"]
    assert items[4][0].title == "To Confirm the Minutes of the meeting held on 4th February 2032"


def test_running_minute_numbers_that_look_like_years_in_a_column_of_their_own(tmp_path):
    # "2031       Apologies": a parish's running minute in its own column, however much it looks like a year
    rows = ["The Chair welcomed everyone.", "Public Forum. Nothing was raised.", "Minutes of the last meeting were approved.",
            "Matters Arising:      The bench has been mended.", "Finance:      The balance was noted."]
    text = "Minutes of the meeting held on the 6th January 2032\n\n" + "\n\n".join(
        f"{2031 + index}       {row}" for index, row in enumerate(rows)
    ) + "\n\nThe meeting closed at 8.40pm.\n"
    _, items = stored_text(tmp_path, "fallowfield.txt", text, committee="Fallowfield Parish Council")
    assert _numbers(items) == ["2031", "2032", "2033", "2034", "2035"]


def test_years_in_a_column_that_do_not_run_on_are_no_minutes(tmp_path):
    text = (
        "Minutes of the meeting of Fallowfield Parish Council held on 6th January 2032\n\n"
        "1. Precept\n\nThe precept over the years was shown:\n\n2019       Precept set at £4,000\n\n"
        "2024       Precept set at £5,500\n\n2029       Precept set at £6,100\n\n2. Close\n\nThe meeting closed.\n"
    )
    _, items = stored_text(tmp_path, "fallowfield.txt", text)
    assert _numbers(items) == ["1", "2"]


# --- tasks ---------------------------------------------------------------------------------------------------------------


def test_a_decision_for_a_named_doer_to_act_opens_with_a_capital_for():
    # "Agreed: For the Clerk to ..." as a list of outcomes writes it; in lower case it was read already
    assert _agreed("For the Clerk to look into the terms of the Panel's remit.") == ["The Clerk to look into the terms of the Panel's remit"]
    assert _agreed("For the Clerk to note the letter from the county.") == []


def test_leave_to_correct_the_wording_before_publication_is_no_task():
    # a tidy-up the officer may make, nothing set to do; an errand after it stays
    assert _resolved(
        "That the Head of Planning be authorised to allow minor editorial and typographical amendments to be made to the "
        "strategy prior to publication."
    ) == []
    assert _resolved("That the Head of Planning be authorised to make minor editorial changes and to publish the strategy online.") == [
        "The Head of Planning to make minor editorial changes and to publish the strategy online"
    ]


def test_it_was_agreed_mid_sentence_with_that_left_out(tmp_path):
    text = (
        "Minutes of the meeting of Fallowfield Parish Council held on 14 May 2032\n\n"
        "1. Police matters\n\n"
        "No officer attended. Youths on scooters were seen on the bowling green and it was agreed this report be passed "
        "to the neighbourhood team.\n\n"
        "2. Finance\n\nThe balance was noted.\n"
    )
    _, items = stored_text(tmp_path, "fallowfield.txt", text)
    assert [a.text for a in items[0][2]] == ["Pass this report to the neighbourhood team"]
    assert items[0][1] == ["Agreed this report be passed to the neighbourhood team."]


def test_a_roman_point_glued_to_its_sentence_mid_line_is_a_point_of_its_own(tmp_path):
    text = (
        "Minutes of the meeting of Fallowfield Parish Council held on 14 May 2032\n\n"
        "1. Allotments\n\n"
        "iii.It was noted that one plot had not been dug this year. Cllr Orme kindly offered to clear it at no charge "
        "iv.The clerk would draw up a plan of the new plots and Cllr Dace would put up the signs on site.\n\n"
        "2. Finance\n\nThe balance was noted.\n"
    )
    _, items = stored_text(tmp_path, "fallowfield.txt", text)
    assert [a.text for a in items[0][2]] == [
        "Cllr Orme to clear it at no charge",
        "The clerk to draw up a plan of the new plots",
        "Cllr Dace to put up the signs on site",
    ]


def test_each_point_of_a_matters_arising_run_ends_at_its_action_tag_in_capitals(tmp_path):
    text = (
        "Minutes of the meeting of Fallowfield Parish Council held on 14 May 2032\n\n"
        "1. Matters arising\n\n"
        "31/207 outstanding – Ask the garage owner about a gate for the lane ACTION CLERK. 31/210 DT and PW have written up "
        "the survey, to be shared before the next meeting ACTION DT/PW (see also 31/215 below) 31/212 The county has been "
        "asked about the bus shelter grant – reply awaited ACTION CLERK\n\n"
        "2. Finance\n\nThe balance was noted.\n"
    )
    _, items = stored_text(tmp_path, "fallowfield.txt", text)
    assert [(a.text, a.owners) for a in items[0][2]] == [
        ("Ask the garage owner about a gate for the lane", ("Clerk",)),
        ("DT and PW have written up the survey, to be shared before the next meeting", ("DT", "PW")),
        ("The county has been asked about the bus shelter grant – reply awaited", ("Clerk",)),
    ]
