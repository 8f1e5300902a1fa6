"""The fifty-fourth step, items and decision clauses: shapes a clause locator showed on the development pages, written
again about fictional bodies. Texts the project wrote."""

from __future__ import annotations

from cpb_tui.importers.decisions import resolutions_from, split_decisions
from tests.stored import page_items as _items
from tests.stored import second_item


def _clauses(found, number):
    (clauses,) = [clauses for item, clauses, _ in found if item.number == number]
    return clauses


_REFERRED = (
    "Minutes of the meeting of the Resources Committee of Wendling Town Council held on Tuesday 1 May 2036.\n\n"
    "11. Allotment Rules\n\n"
    "The Committee had before it a note from the Deputy Clerk setting out a new set of allotment rules.  It was\n\n"
    "Resolved to REFER: (to Cabinet)\n\n"
    "That the new allotment rules, as set out in the note, be brought into force from June.\n\n"
    "12. Apologies\n\nNone were received.\n\n13. Close\n\nThe meeting closed at 9pm.\n"
)


def test_a_lead_in_with_whom_it_goes_to_in_brackets_after_its_colon_leads_the_clause_below(tmp_path):
    found = _items(tmp_path, _REFERRED)
    assert _clauses(found, "11") == ["to REFER: (to Cabinet) That the new allotment rules, as set out in the note, be brought into "
                                     "force from June."]
    assert [item.number for item, _, _ in found] == ["11", "12", "13"]


_NESTED_LISTS = (
    "Minutes of the meeting of Wendling Parish Council held on Tuesday 1 May 2036 in the Village Hall.\n\n"
    "  1. Apologies for Absence\n    Apologies were received from Cllr Dunn.\n"
    "  2. Council Minutes\n    It was RESOLVED to approve as a correct record the Minutes of the meeting held on 3rd April 2036.\n"
    "  3. Chairman\u2019s Remarks\n    The Chairman thanked the litter pickers.\n"
    "  4. Finance\n"
    "    The Council received, discussed and duly RESOLVED to pay:\n"
    "    1. The grass cutting bill for April of \u00a3410.00.\n"
    "    2. The hall hire for the year, \u00a396.00.\n"
    "  5. Planning\n"
    "    1. Plans sent by the district\n"
    "      The Council considered the plans sent since April and RESOLVED as follows:\n"
    "      1. 36/0456/FUL - no objection to the garden room at Mill Cottage.\n"
    "  6. Close\n    The meeting closed at 9pm.\n"
)


def test_who_received_discussed_and_duly_resolved_over_a_numbered_list_gives_a_clause_a_line(tmp_path):
    found = _items(tmp_path, _NESTED_LISTS)
    assert _clauses(found, "4") == ["The grass cutting bill for April of \u00a3410.00.", "The hall hire for the year, \u00a396.00."]


def test_who_considered_the_plans_and_resolved_as_follows_over_its_answers(tmp_path):
    found = _items(tmp_path, _NESTED_LISTS)
    assert _clauses(found, "5") == ["36/0456/FUL - no objection to the garden room at Mill Cottage."]


_NAMED_LEADS = (
    "Minutes of the meeting of Wendling Parish Council held on Tuesday 1 May 2036 in the Village Hall.\n\n"
    "1.    Chairman:  It was RESOLVED that Councillor Frost take the chair for the year.\n\n"
    "2.                        It was RESOLVED to name the following members as leads\n\n"
    "a. Allotments \u2013 Councillor Hale.\n\n"
    "b. Bus shelters \u2013 Councillors Reed and Lamb.\n\n"
    "c. Playing field \u2013 Councillor Dove.\n\n"
    "3.    Public time.  Nobody came. \n\n"
    "4.    Minutes of 3rd April 2036.  It was RESOLVED to sign them as a true record. \n"
)


def test_lettered_lines_under_an_item_that_is_a_decision_announcing_its_list_are_its_clauses_not_sub_items(tmp_path):
    found = _items(tmp_path, _NAMED_LEADS)
    assert [item.number for item, _, _ in found] == ["1", "2", "3", "4"]
    assert _clauses(found, "2") == ["Allotments \u2013 Councillor Hale.", "Bus shelters \u2013 Councillors Reed and Lamb.",
                                    "Playing field \u2013 Councillor Dove."]


def test_lettered_sentences_under_a_plain_title_are_still_sub_items(tmp_path):
    page = (
        "Minutes of the meeting of Wendling Parish Council held on Tuesday 1 May 2036 in the Village Hall.\n\n"
        "1.    Apologies.  None.\n\n"
        "2.    Matters arising from the following meetings\n\n"
        "a. Noticeboard.  The glazier will call in June.\n\n"
        "b. Footbridge.  The county has mended the handrail.\n\n"
        "3.    Close.  The meeting closed at 9pm.\n"
    )
    assert [item.number for item, _, _ in _items(tmp_path, page)] == ["1", "2", "2a", "2b", "3"]


def test_minutes_approved_subject_to_a_change_in_a_dotted_paragraph(tmp_path):
    clauses, _ = second_item(tmp_path, "Subject to reading 9 for 6 in paragraph 2.3., the minutes of the March meeting were "
                                        "approved and signed.")
    assert clauses == ["Subject to reading 9 for 6 in paragraph 2.3., the minutes of the March meeting were approved and signed."]


def test_it_was_agreed_by_all_who_were_present_at_the_meeting_mid_sentence_is_a_decision(tmp_path):
    clauses, _ = second_item(tmp_path, "Moved by Cllr Tate and backed by Cllr Moss it was agreed by all who were present at the "
                                        "meeting, that the notes of 2 March 2036 stand as the minutes.")
    assert clauses[-1] == "Agreed by all who were present at the meeting, that the notes of 2 March 2036 stand as the minutes."


def test_a_long_proposal_by_one_member_then_all_in_favour_is_the_decision(tmp_path):
    proposal = ("Cllr Dunn proposed that the Scouts may use the east meadow for their June camp so long as the tents stay "
                "clear of the orchard, the gate by the brook is kept shut at night and the Scouts take their own cover for "
                "damage to the hedges and to the new benches. All in favour.")
    clauses, _ = second_item(tmp_path, f"Members asked about the orchard. {proposal}")
    assert clauses == [proposal]


_FINANCE_POINTS = (
    "Minutes of the meeting of Wendling Parish Council held on Monday 13th February 2036.\n"
    "1. The minutes of the meeting held on 9th January 2036 were approved and signed.\n"
    "2. Planning.\n"
    "a. 36/00071. 12 Mill Road. A porch at the front of the house.\n"
    "b. 36/00094. A stable block at Moor End. Members asked for the lights to be shielded.\n"
    "3. Finance.\n"
    "a. Clerk noted that the bank charges of \u00a312 had been waived for the year\n"
    "b. Two cheques were approved to pay for the repair of the bus shelter roof\n"
    "J. Dale \u00a310.84\n"
    "4. Close. The meeting closed at 9pm.\n"
)


def test_a_number_of_cheques_approved_is_a_decision_and_its_points_are_no_sub_items(tmp_path):
    found = _items(tmp_path, _FINANCE_POINTS)
    assert _clauses(found, "3") == ["Two cheques were approved to pay for the repair of the bus shelter roof"]
    assert not any(item.number.startswith("3") and item.number != "3" for item, _, _ in found)


def test_lettered_points_opening_with_an_application_reference_are_sub_items(tmp_path):
    numbers = [item.number for item, _, _ in _items(tmp_path, _FINANCE_POINTS)]
    assert numbers[:4] == ["1", "2", "2a", "2b"]


def test_cheques_approved_as_follows_over_the_list_is_never_a_decision_with_nothing_in_it(tmp_path):
    # (a review found the lead-in kept alone, its cheques left out: taken back until the list can go with it)
    clauses, _ = second_item(tmp_path, "Balance at the bank \u00a312,400.10\n\nCheques approved as follows:\n\n"
                                        "101 \u2013 Village Hall \u2013 16.00\n\n102 \u2013 J. Dale \u2013 271.10")
    assert "Cheques approved as follows:" not in clauses


def test_it_was_agreed_and_resolved_opens_a_decision(tmp_path):
    clauses, _ = second_item(tmp_path, "The Clerk read the draft aloud.\n\nIt was agreed and RESOLVED to approve as a true record the "
                                        "notes of the April meeting.")
    assert clauses == ["to approve as a true record the notes of the April meeting."]


_CAPS_AND_PURPOSE = (
    "Minutes 9th June 2036\n"
    "Present: Cllr A Bell Chair; Cllr C Dunn; Cllr E Frost\n\n"
    "1.APOLOGIES FOR ABSENCE - To receive apologies. Apologies from Cllr Hale were accepted.\n\n"
    "2.TO RECEIVE DECLARATIONS OF INTEREST - None were made.\n\n"
    "3.MONEY AND ACCOUNTS to receive the Clerk\u2019s statement of the accounts and to sign the orders for payment of the bills.\n\n"
    "3.1) The Clerk\u2019s note on insurance was received, read. and Resolved: Note accepted and filed\n\n"
    "3.2) The mower repair quote was received, considered and Resolved: That the quote be accepted.\n\n"
    "4.CLOSE - The meeting closed at 9pm.\n"
)


def test_a_title_in_capitals_then_the_purpose_in_lower_case_is_an_item(tmp_path):
    found = _items(tmp_path, _CAPS_AND_PURPOSE, committee="Wendling Parish Council")
    titles = {item.number: item.title for item, _, _ in found}
    assert titles.get("3") == "Money and Accounts"


def test_and_resolved_with_its_colon_mid_line_opens_the_decision(tmp_path):
    found = _items(tmp_path, _CAPS_AND_PURPOSE, committee="Wendling Parish Council")
    clauses = [clause for item, item_clauses, _ in found if item.number.startswith("3") for clause in item_clauses]
    assert "Note accepted and filed" in clauses


def test_minutes_title_then_were_approved_after_its_dash_is_one_approval(tmp_path):
    page = (
        "Minutes of Meeting held on 4 June 2036 in the Hall, Wendling Community Council\n\n"
        "1 Apologies were received from A. Bell.\n\n"
        "2 Minutes of the May meeting - were approved, moved by C. Dunn, seconded by E. Frost. Our treasurer took the notes.\n\n"
        "3 Police Report - No report was sent.\n\n"
        "4 Correspondence - A letter from the school.\n"
    )
    found = _items(tmp_path, page, committee="Wendling Community Council")
    assert _clauses(found, "2")[0].startswith("Minutes of the May meeting were approved, moved by C. Dunn")


def test_minutes_moved_after_there_being_no_matters_arising_is_the_approval(tmp_path):
    clauses, _ = second_item(tmp_path, "The June notes stand over as the meeting was not quorate.  There being no matters arising "
                                        "the minutes of the April meeting were proposed by Ann Bell and seconded by Tom Reed.")
    assert clauses == ["There being no matters arising the minutes of the April meeting were proposed by Ann Bell and seconded by Tom Reed."]


def test_it_was_proposed_seconded_and_resolved_keeps_its_movers_as_the_lead_in():
    _, blocks = split_decisions(["It was proposed, seconded and Resolved: That the apologies of Cllr Hale be accepted."])
    (clause,) = resolutions_from(blocks)
    assert (clause.lead_in, clause.text) == ("It was proposed, seconded and Resolved", "That the apologies of Cllr Hale be accepted.")


def test_nominated_seconded_and_voted_in_is_an_election(tmp_path):
    clauses, _ = second_item(tmp_path, "Cllr Reed was nominated for Treasurer by GH, seconded by EF and voted in.")
    assert clauses == ["Cllr Reed was nominated for Treasurer by GH, seconded by EF and voted in."]
    clauses, _ = second_item(tmp_path, "Mrs C Dunn was nominated for the hall committee and voted in favour of the new rota.")
    assert clauses == []


def test_a_suggestion_agreed_in_its_own_sentence_is_the_decision(tmp_path):
    clauses, _ = second_item(tmp_path, "The bench by the pond is rotting. She suggested moving the new bench to the green and "
                                        "councillors agreed.")
    assert clauses == ["She suggested moving the new bench to the green and councillors agreed."]
    clauses, _ = second_item(tmp_path, "Nobody had replied about the mural. She proposed asking the school first and this was agreed. "
                                        "Ann will ring the head.")
    assert clauses == ["She proposed asking the school first and this was agreed."]


def test_a_co_option_after_and_is_its_own_decision(tmp_path):
    clauses, _ = second_item(tmp_path, "The two candidates spoke in turn and Mrs Ann Dale was co-opted to fill the vacancy. She "
                                        "signed her declaration.")
    assert clauses == ["Mrs Ann Dale was co-opted to fill the vacancy."]


def test_a_question_put_to_the_meeting_with_a_sum_in_pence_then_this_was_approved(tmp_path):
    clauses, _ = second_item(tmp_path, "Hirers had asked about the fee. Cllr Moss put it to the meeting that the hall fee be held at "
                                        "\u00a345.50 for the year. This was approved.")
    assert clauses == ["Cllr Moss put it to the meeting that the hall fee be held at \u00a345.50 for the year. This was approved."]


def test_a_minute_approved_with_its_movers_after_a_colon_and_no_were(tmp_path):
    clauses, _ = second_item(tmp_path, "The minute of the last meeting on 6 April 2036 approved: CCllr A Hale, seconded: CCllr T Moss.")
    assert clauses == ["The minute of the last meeting on 6 April 2036 approved: CCllr A Hale, seconded: CCllr T Moss."]
