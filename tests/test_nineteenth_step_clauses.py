"""Decisions read in the nineteenth step: outcomes that parish and town minutes record without a
decision word, or in the middle of a line. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

import pytest

from cpb_tui.importers.decisions import resolutions_from, split_decisions
from tests.stored import stored_text


def _clauses(*lines: str) -> list[str]:
    _, blocks = split_decisions(list(lines))
    return [clause.text for clause in resolutions_from(blocks)]


@pytest.mark.parametrize(
    ("lines", "clause"),
    [
        # the meeting's own verdict after a list of apologies in brackets
        (
            ["Apologies were received from Cllr Ash (holiday) and Cllr Birch (work commitments) The meeting agreed that these were proper reasons for absence."],
            "The meeting agreed that these were proper reasons for absence.",
        ),
        # a point's heading, a colon, then its decision
        (["(a)        Pond area:  It was agreed that the Clerk should ask the contractor to explain the invoice."], "Agreed that the Clerk should ask the contractor to explain the invoice."),
        # an appointment at the meeting
        (["Mrs Ruth Penhale was appointed Chairman of the Forum for the ensuing year."], "Mrs Ruth Penhale was appointed Chairman of the Forum for the ensuing year."),
        # the minutes under their heading, and the minutes moved and seconded in the ways clerks write it
        (["These had been circulated and were read and signed by the Chairman."], "These had been circulated and were read and signed by the Chairman."),
        (["Motion (RP) & seconded (KT) that the minutes be approved as a true record. Unanimously agreed and signed by the Chairman."], "that the minutes be approved as a true record."),
        (
            ["It was proposed by Cllr. D. Prys and seconded by Cllr. E. Morgan that the minutes of the meeting held on Tuesday, 9th March 2027 be accepted as a correct record."],
            "that the minutes of the meeting held on Tuesday, 9th March 2027 be accepted as a correct record.",
        ),
        (["Proposed as an accurate record by J. Aird seconded by M. Rennie."], "Proposed as an accurate record by J. Aird seconded by M. Rennie."),
        (["3.1 The Minutes were ratified by K Tully and seconded by B Orr."], "3.1 The Minutes were ratified by K Tully and seconded by B Orr."),
        (["With this correction the minute was approved by Ann Dow and seconded by Carol Rae."], "With this correction the minute was approved by Ann Dow and seconded by Carol Rae."),
        (["It was PROPOSED and SECONDED to accept the minutes of the meeting held on 12th January 2027."], "It was PROPOSED and SECONDED to accept the minutes of the meeting held on 12th January 2027."),
        (
            ["c) Letter from Cllr Voss about her dispensation \u2013 it was proposed and seconded to extend the dispensation until the elections."],
            "It was proposed and seconded to extend the dispensation until the elections.",
        ),
        # a proposal and the meeting's answer
        (["Dr Lamb proposed the bus shelter be added to the insurance policy, AGREED unanimously."], "Dr Lamb proposed the bus shelter be added to the insurance policy, AGREED unanimously."),
        # the precept and the payments
        (["The Precept 2027/28 was agreed with a 3% increase and will be sent to the district council this week."], "The Precept 2027/28 was agreed with a 3% increase and will be sent to the district council this week."),
        (
            ["The payment of hall hire, HMRC and the clerk\u2019s salary were approved, and the cheques duly signed."],
            "The payment of hall hire, HMRC and the clerk\u2019s salary were approved, and the cheques duly signed.",
        ),
        # minutes moved by people named with full stops, a comma before "seconded" and "and agreed"
        (
            ["It was proposed by Alderman P Quill, seconded by Councillor R Tarn, and agreed that the minutes of the meeting held on 4 May 2027 be confirmed."],
            "Agreed that the minutes of the meeting held on 4 May 2027 be confirmed.",
        ),
    ],
)
def test_an_outcome_recorded_without_a_decision_word_is_a_clause(lines, clause):
    assert _clauses(*lines) == [clause]


@pytest.mark.parametrize(
    "line",
    [
        "Cllr Hale, who was appointed Chairman in May, spoke about the village hall.",
        "Mr Dunn was appointed Chairman last year and has served since.",
        "The precept was set in January by the council.",
        "The payments were approved by the finance committee in March.",
        "The budget was approved previously and needs no change.",
    ],
)
def test_an_appointment_or_approval_told_of_is_no_clause(line):
    assert _clauses(line) == []


def test_a_motion_on_the_minutes_and_its_resolution_are_one_decision():
    assert _clauses(
        "It was proposed by the Leader and seconded by the Deputy Leader that the minutes of the meeting on 5 May 2027 be approved.",
        "",
        "RESOLVED that the minutes of the meeting of 5 May 2027 be approved and signed as a correct record by the Chair.",
    ) == ["that the minutes of the meeting of 5 May 2027 be approved and signed as a correct record by the Chair."]


def test_a_point_headed_resolved_is_not_cut_at_its_colon():
    # ("Resolved:" is the decision's own label, not a point's heading)
    assert _clauses("Resolved: It was agreed that the Clerk should write to the bus company.") == ["Agreed that the Clerk should write to the bus company."]


def test_the_outcomes_are_stored_under_their_minutes(tmp_path):
    text = (
        "Minutes of the meeting of Harrowby Parish Council held on 3rd March 2027\n\n"
        "(1) Present:- Mrs Jane Lee (Vice Chairman), Mr Tom Hurst\n"
        "(2) Apologies:- Apologies received from Mr Ron Jones (Chairman) The meeting agreed that these were proper reasons for absence.\n"
        "(3) Minutes of Meeting Held on 3rd February 2027 ;-\nThese had been circulated and were read and signed by the Chairman.\n"
        "(4) Finance:-\nThe payment of hall hire and the clerk\u2019s salary were approved, and the cheques duly signed.\n"
        "(5) Pond area:-\n(a) Fencing:  It was agreed that the Clerk should ask the contractor to explain the invoice.\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text)
    clauses = {item.number: texts for item, texts, _ in items}
    assert clauses["2"] == ["The meeting agreed that these were proper reasons for absence."]
    assert clauses["3"] == ["These had been circulated and were read and signed by the Chairman."]
    assert clauses["4"] == ["The payment of hall hire and the clerk\u2019s salary were approved, and the cheques duly signed."]
    assert any("explain the invoice" in text for number, texts in clauses.items() if number.startswith("5") for text in texts)


def test_a_point_under_its_own_heading_ends_the_decision_before_it():
    # (found driving the app: "(b) Benches: ..." had run on into the decision of "(a) Fencing")
    assert _clauses(
        "(a) Fencing:  It was agreed that the Clerk should ask the contractor to explain the invoice.",
        "(b) Benches: Dr Lamb proposed the new bench be added to the insurance policy, AGREED unanimously.",
    ) == [
        "Agreed that the Clerk should ask the contractor to explain the invoice.",
        "(b) Benches: Dr Lamb proposed the new bench be added to the insurance policy, AGREED unanimously.",
    ]


def test_a_clause_list_after_a_colon_or_the_following_keeps_its_headed_points():
    assert _clauses("RESOLVED that:", "(a) Budget: the budget be approved.", "(b) Fees: the fees be raised.") == [
        "Budget: the budget be approved.",
        "Fees: the fees be raised.",
    ]
    assert _clauses("RESOLVED that the following grants be awarded.", "(a) Village Hall: \u00a3500", "(b) Scouts: \u00a3200") == [
        "Village Hall: \u00a3500",
        "Scouts: \u00a3200",
    ]


def test_the_payments_and_the_precept_approved_are_each_a_decision():
    # (not only the minute's last outcome, as "noted" sentences are)
    assert _clauses(
        "The payment of hall hire and the clerk\u2019s salary were approved, and the cheques duly signed.",
        "The Precept 2027/28 was agreed with a 3% increase and will be sent to the district council this week.",
    ) == [
        "The payment of hall hire and the clerk\u2019s salary were approved, and the cheques duly signed.",
        "The Precept 2027/28 was agreed with a 3% increase and will be sent to the district council this week.",
    ]


# The review of the step's change: what its first rules took for decisions, or lost


@pytest.mark.parametrize(
    "line",
    [
        "The budget was set out in Appendix A of the Clerk's report.",
        "The payments were set out in the schedule circulated before the meeting.",
        "The precept for the Fire Authority was set with a 3% rise this year.",
        "Payments were approved two months ago by email.",
        "The budget was approved following the Finance Committee's recommendation.",
        "Mrs Dale was appointed Mayor for 2019/20 and served two terms.",
        "The Clerk reported that Cllr Hale was appointed Chairman of the district's Planning Committee last week.",
        "They reported that the documents were agreed and signed by the landowner last year.",
        "Cllr Ash reported back from the district forum: It was agreed that every parish would pay fifty pounds.",
        "Mr Bell recalled a previous vote (in March) Members agreed to defer it for a year, he said.",
        "A closure of Mill Lane was proposed by Cllr Ash and seconded by Cllr Birch. Carried forward to the next meeting.",
        "Cllr Ash, seconded by Cllr Birch, argued that the minutes of the Planning Committee could not be approved until the error was corrected.",
        "Cllr Ash moved, seconded by Cllr Birch that the minutes be approved. Cllr Cole objected and the vote was lost.",
    ],
)
def test_what_is_only_told_of_set_out_or_lost_is_no_clause(line):
    assert _clauses(line) == []


def test_a_budget_set_at_a_sum_is_a_decision():
    assert _clauses("The budget was set at \u00a312,000.") == ["The budget was set at \u00a312,000."]


def test_a_motion_on_the_minutes_stays_beside_a_decision_on_something_else():
    assert _clauses(
        "Proposed by Cllr Ash, seconded by Cllr Birch that the minutes of the meeting held on 3 February 2027 be approved. Carried.",
        "RESOLVED that the Clerk write to the auditor about the late return.",
    ) == ["that the minutes of the meeting held on 3 February 2027 be approved.", "that the Clerk write to the auditor about the late return."]


def test_a_motion_on_the_minutes_after_its_title_and_an_and_agreed_is_the_clause():
    assert _clauses(
        "3.1 Minutes of the Parks Committee Meeting held on 4 October 2027 It was proposed by Alderman P Quill, seconded by "
        "Councillor R Tarn, and agreed that the minutes of the meeting of the Parks Committee held on 4 October 2027 be confirmed and signed."
    ) == ["that the minutes of the meeting of the Parks Committee held on 4 October 2027 be confirmed and signed."]
