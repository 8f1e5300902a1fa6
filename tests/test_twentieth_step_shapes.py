"""Shapes read in the twentieth step: a minute written as a sentence between an item and the next
after its numbered points, and motions recorded by their movers alone ("proposed ..., seconded ...")
with no word for the outcome. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

from datetime import date

import pytest

from cpb_tui.importers.decisions import resolutions_from, split_decisions
from tests.stored import stored_text


def _clauses(*lines: str) -> list[str]:
    _, blocks = split_decisions(list(lines))
    return [clause.text for clause in resolutions_from(blocks)]


def test_a_minute_written_as_a_sentence_after_an_item_s_points_is_an_item(tmp_path):
    text = (
        "Minutes of the Ordinary Meeting of Ashwell Parish Council held on Thursday 16th January 2031\n\n"
        "1. Apologies were received from Cllr Ing\n\n"
        "2. Open discussion\n\n2.1. There was no report from the Police\n\n2.2. The lengthsman reported on the drains\n\n"
        "3. The minutes from the last meeting on 21st November were adopted and signed, after a change to the list of those present.\n\n"
        "4. Village Plan\n\n4.1. It was agreed to advertise the open evening in the parish magazine. Clerk to action\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text)
    numbers = [item.number for item, _, _ in items]
    assert numbers == ["1", "2", "2.1", "2.2", "3", "4", "4.1"]
    clauses = dict((item.number, texts) for item, texts, _ in items)
    assert clauses["3"] and clauses["3"][0].startswith("The minutes from the last meeting on 21st November were adopted")


@pytest.mark.parametrize("line", [
    "Councillor Blake proposed, seconded by Councillor Hay that the Council object to the application as the lane is too narrow.",
    "It was proposed by Cllr Hay and seconded by Cllr Reid that Cllr Blake take the chair for the item.",
    "The only quote was for \u00a31,100 and so this was proposed by Councillor Reid and seconded by Councillor Hay.",
    "Minutes of Meeting 4th February 2031: Proposed: Tom Blake, Seconded: Ruth Hay.",
    "Election of Vice Chair: Ann Reid (Proposed TB, Seconded RH).",
    "Cllr. Ames proposed Cllr. Dodd as Chairman, seconded Cllr. Kerr and the members welcomed him.",
])
def test_a_motion_moved_and_seconded_is_a_decision(line):
    assert _clauses(line) == [line]


@pytest.mark.parametrize("line", [
    "Cllr Reid proposed that a new bench be bought, seconded by Cllr Blake. On a vote the motion was lost.",
    "Cllr Hay proposed an amendment to the motion, seconded by Cllr Reid.",
    "Cllr Reid proposed that the hall fees be frozen but there was no seconder.",
    "Proposed by Cllr Hale and seconded by Cllr Moss.",  # the movers alone, of the decision the next line records
])
def test_a_motion_lost_an_amendment_or_the_movers_alone_is_no_decision(line):
    assert _clauses(line) == []


def test_the_movers_after_a_title_make_the_title_s_decision(tmp_path):
    text = (
        "Minutes of the meeting of Brackenfold Community Council held on Tuesday 4th March 2031 in the Village Hall\n\n"
        "1. Welcome and apologies.\n\nThe Chair welcomed all present.\n\n"
        "2. Approval of previous Minute (Tuesday 4th February 2031) \u2013 proposed by TB, seconded by RH.\n\n"
        "3. Matters Arising\n\nProposed by Cllr Hale and seconded by Cllr Moss.\n\n"
        "RESOLVED that the hall fees be frozen for a year.\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text)
    clauses = {item.number: texts for item, texts, _ in items}
    assert clauses["2"] == ["Approval of previous Minute (Tuesday 4th February 2031) \u2013 proposed by TB, seconded by RH."]
    assert clauses["3"] == ["that the hall fees be frozen for a year."]


def test_minutes_whose_numbers_became_dashes_are_one_item_a_dash(tmp_path):
    text = (
        "Present: Mr Ken Hale (chair), Mrs A Dunn, Mr B Moss\nThe Clerk: Mrs E Lake\n"
        "The Chairman opened the meeting of Orlestone Parish Council on 6th June 2031.\n"
        "- The Chairmaninvited apologies. Apologies had been received from Cllr Burton.\n"
        "- Declaration of Interests. The Chairman invited members to declare any interests. There were none.\n"
        "- The Council approved and signed the Minutes of the Ordinary Meeting held on 14th May as a true record.\n"
        "- Insurance.The clerk had renewed the council insurance from 1st June 2031 for a year.\n"
        "- Standing Orders. The clerk had received new model standing orders. The clerk will compare them with the council's own.\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text, committee="Orlestone Parish Council", date=date(2031, 6, 6))
    titles = [item.title for item, _, _ in items]
    assert titles[-4:] == ["Declaration of Interests", "The Council approved and signed the Minutes", "Insurance", "Standing Orders"]
    clauses = {item.title: texts for item, texts, _ in items}
    assert clauses["Insurance"] == [] and clauses["The Council approved and signed the Minutes"] == [
        "The Council approved and signed the Minutes of the Ordinary Meeting held on 14th May as a true record."
    ]


@pytest.mark.parametrize("text", [
    # a decision's clauses set out as dashes: the page's one decision, not its minutes
    "Minutes of Orlestone Parish Council, 6 June 2031\n\nRESOLVED:\n- that the grant of two hundred pounds be paid;\n"
    "- that the hall fees be frozen for a year;\n- that the clerk write to the county about the verges;\n- that the bench be repaired.\n",
    # a lead-in ending in a colon over its points
    "Minutes of Orlestone Parish Council, 6 June 2031\n\nThe clerk reported on the following matters:\n"
    "- The bus shelter on Church Lane had been repaired by the contractor.\n- The grass cutting contract had been renewed for a year.\n"
    "- The county had agreed to look at the drains by the school.\n- The noticeboard had been repainted by volunteers.\n",
])
def test_dashes_that_are_clauses_or_points_stay_inside_one_item(tmp_path, text):
    _, items = stored_text(tmp_path, "minutes.txt", text, committee="Orlestone Parish Council")
    assert len(items) == 1


def test_a_running_minute_with_a_stray_space_or_a_title_with_no_stop_is_an_item(tmp_path):
    text = (
        "Minutes of the meeting of Pentre Isaf Community Council held at the Reading Room on Monday 11th December 2034.\n\n"
        "68 /34 Declaration of Interest None made .\n\n"
        "69/34 Previous Minutes. The minutes of the November meeting were proposed and seconded as a true record and signed.\n\n"
        "70/34 Matters arising 58/33/1b Provision of a street light by the chapel: a cost of \u00a3600 has been quoted and the county will reply.\n\n"
        "71/34 Correspondence. A letter from the county about winter gritting was read.\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text)
    assert [(item.number, item.title) for item, _, _ in items] == [
        ("68/34", "Declaration of Interest"), ("69/34", "Previous Minutes"), ("70/34", "Matters arising"), ("71/34", "Correspondence"),
    ]


@pytest.mark.parametrize("line, clause", [
    # a title's full stop inside the decision is not its end
    ("Sympathies were expressed with the Mayor. It was agreed to send a card to Cllr. Rees to wish her a speedy recovery. The clerk reported on the hall.",
     "Agreed to send a card to Cllr. Rees to wish her a speedy recovery."),
    ("The Clerk submitted the planning applications received from the county. Resolved to submit observations on these applications, as set out in Schedule A.",
     "to submit observations on these applications, as set out in Schedule A."),
    ("Cllr. Foster suggested a new look at the speed limit. She asked if the county could send an officer. This was agreed and the Clerk was requested to write to the county.",
     "This was agreed and the Clerk was requested to write to the county."),
])
def test_a_decision_met_mid_paragraph_is_that_sentence(line, clause):
    assert _clauses(line) == [clause]
