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


_PARISH = "Minutes of the meeting of Hollowmere Parish Council held on Wednesday 13th October 2036\n\nPresent: Cllr A Grey (Chairman), Cllr B Lind\n\n"


def test_a_lead_in_ending_a_paragraph_over_bulleted_decisions_and_the_paragraph_after_them(tmp_path):
    page = _PARISH + (
        "1. Apologies for absence\n\nNone.\n\n"
        "2. Village fete\n\nCllr Lind presented the plans for the fete. It was RESOLVED to hire a marquee from the usual supplier. "
        "Cllr Lind hoped all councillors would help on the day. In conclusion, Councillors approved the following recommendations:\n"
        "  \u2022 The Parish Council holds the fete with a budget of no more than \u00a3200.\n"
        "  \u2022 The fete to take place on 5th June 2037.\n\n\n"
        "The Chairman moved that the press leave for the next item.\n\n"
        "3. Playground\n\nCllr Grey reported on the swings. Members approved the following:\n"
        "  \u2022 The swings be repainted.\n  \u2022 The gate be mended.\n"
    )
    clauses = _clauses(tmp_path, page)
    assert clauses["2"] == [
        "to hire a marquee from the usual supplier.",
        "The Parish Council holds the fete with a budget of no more than \u00a3200.",
        "The fete to take place on 5th June 2037.",
    ]
    assert clauses["3"] == ["The swings be repainted.", "The gate be mended."]


def test_a_letter_noted_after_a_dash_typed_glued_to_the_word_before(tmp_path):
    page = _TOWN + (
        "4. Correspondence\n\n(a) Armistice Parade \u2013 letter from the Legion Branch- Noted.\n\n"
        "(b) Sea Defences \u2013 letter from the district \u2013 Noted.\n\n5. Close\n\nThe meeting closed at 9pm.\n"
    )
    clauses = _clauses(tmp_path, page)
    assert clauses["4a"] == ["Noted."] and clauses["4b"] == ["Noted."]


def test_a_member_named_without_title_proposes_what_is_moved_with_no_article(tmp_path):
    page = (
        "Brackenmoor Community Council\n\nMinute of Annual General Meeting 26th April 2036 at Brackenmoor Hall\n\n"
        "Present: Ann Lowe (chair), Tom Reed (Secretary), Bill Mair (Treasurer)\n\nApologies: Kate Dunn\n\n"
        "Acceptance of Accounts:\n\nBill Mair proposed records to be accepted as correct and seconded by Tom Reed.\n\n"
        "Chairman's Report:\n\nThe chair thanked all members.\n"
    )
    found = {item.title: clauses for item, clauses, _ in _items(tmp_path, page)}
    assert found["Acceptance of Accounts"] == ["Bill Mair proposed records to be accepted as correct and seconded by Tom Reed."]


def test_lettered_points_each_titled_by_a_short_sentence_end_the_decision_before_them(tmp_path):
    page = (
        "Minutes of the meeting of Nordcombe Parish Council held on Tuesday 9th June 2036\n\n1. Apologies: None.\n\n"
        "6. Planning: a. Applications: none had been received.\n\nb. Decisions:None.\n\n"
        "c. Consider change of planning policy. It was RESOLVED to adopt the amended planning policy.\n\n"
        "d. Village plan review. Noted.\n\n7. Car park: The car park was full on Sunday.\n"
    )
    assert _clauses(tmp_path, page)["6"] == ["to adopt the amended planning policy.", "Noted."]


def test_a_title_under_a_bare_number_keeps_its_re_colon(tmp_path):
    page = (
        "Minutes of the meeting of the Parks Committee of Dunmore Borough Council held on Tuesday 9 September 2036\n\n"
        "8.\n\nApologies\n\nMinutes:\n\nThere were no apologies reported.\n\n"
        "9.\n\nCorrespondence re: Riverside footbridge to Mill Park pdf icon PDF 305 KB\n\nAdditional documents:\n\nMinutes:\n\n"
        "The Committee had written to the Minister about the footbridge.\n\n Noted.\n\n"
        "10.\n\nSchedule of Meetings 2037 pdf icon PDF 138 KB\n\nMinutes:\n\nThe Committee approved the schedule of meetings for 2037.\n"
    )
    found = {item.number: (item.title, clauses) for item, clauses, _ in _items(tmp_path, page)}
    assert found["9"] == ("Correspondence re: Riverside footbridge to Mill Park", ["Noted."])
    assert found["8"] == ("Apologies", [])


def test_a_council_not_wishing_to_act_and_the_next_meeting_s_date_run_on_after_a_bare_number(tmp_path):
    page = (
        "Minutes of the meeting of Coldmere Parish Council held on 7 April 2036\n\n1 Apologies for absence: none\n\n"
        "6 Correspondence\n\nThe council does not wish to take any action on the new charges for the car park at the clinic.\n\n"
        "7 Any other business\n\nThe council is happy to renew its insurance on the same terms as last year.\n\n"
        "8 Date of next meeting \u2013 May 12th 2036 7.30pm. To be preceded by the Annual Parish Meeting\n"
    )
    found = {item.number: clauses for item, clauses, _ in _items(tmp_path, page)}
    assert found["6"] == ["The council does not wish to take any action on the new charges for the car park at the clinic."]
    assert "8" in found


def test_an_item_s_whole_line_records_the_apologies_approved(tmp_path):
    page = (
        "Minutes of the meeting of Lowfell Parish Council held on Wednesday 4th September 2036\n\n"
        "1. Apologies for absence received and approved from Cllr J Dunn, District Cllr R Hale, PCSO N Moss\n\n"
        "2. Declarations of personal interest in agenda items\n\nNone.\n\n"
        "3. The minutes of the meeting held on 3rd July 2036 were agreed as a true and correct record.\n"
    )
    assert _clauses(tmp_path, page)["1"] == ["Apologies for absence received and approved from Cllr J Dunn, District Cllr R Hale, PCSO N Moss"]


def test_a_point_s_title_run_into_the_purchase_the_meeting_confirmed(tmp_path):
    page = (
        "Minutes of the meeting of Hoseby Parish Council held on Monday 20 March 2036\n\n"
        "36/120 To approve the draft minutes\n\nThe draft Minutes were accepted as a true record and signed by the Chair.\n\n"
        "36/121 To receive the Clerk's report\n\n"
        "a) Lamp 15 o/s 9 The Green The meeting confirmed the purchase of a replacement LED lantern cost \u00a3350 +VAT. "
        "b) Lamp 39 Mill Lane footpath \u2013 replacement of the lantern The Clerk was asked to write to the owners of the house. Action Clerk "
        "c) Lamp 46 Dyke Lane The Clerk was asked to first check that this is a council asset. Action Clerk\n\n36/122 Close\n"
    )
    assert _clauses(tmp_path, page)["36/121(a)"] == ["The meeting confirmed the purchase of a replacement LED lantern cost \u00a3350 +VAT."]


def test_the_first_minute_run_on_from_the_attendance_line(tmp_path):
    page = (
        "Minutes of the meeting of Hoseby Parish Council held on Monday 20 March 2036\n"
        "Present: Cllrs Ann Lowe (Chair), Tom Reed & Kate Dunn Clerk: Bill Mair Members of the Public: 1 36/116 Public Time "
        "Mr Hale asked whether the cemetery could be tidied by volunteers this spring.\n"
        "36/117 To receive Apologies for absence None.\n36/118 To receive declarations of interest None.\n"
        "36/119 To approve the draft minutes The draft Minutes were accepted as a true record.\n"
    )
    assert [item.number for item, _, _ in _items(tmp_path, page)] == ["36/116", "36/117", "36/118", "36/119"]


def test_outcomes_told_after_a_sentence_the_apologies_accepted_both_minutes_approved_the_position_noted(tmp_path):
    page = (
        "Minutes of the meeting of Lowfell Parish Council held on Wednesday 4th September 2036\n\n1. Apologies for absence\n\n"
        "Apologies for absence was received from Cllr J Dunn (family commitment). The meeting accepted this as a proper reason for absence.\n\n"
        "2. Approval of the minutes of meetings 10th November 2035 and 9th February 2036.\n\n"
        "One councillor said he had not seen the minutes of the November meeting so Mr Hale read through them. Minutes of both meetings were approved.\n\n"
        "3. Information from the minutes\n\nThe Clerk advised that the weeds in the bark are being dealt with by the inspectors. The present position was noted.\n"
    )
    clauses = _clauses(tmp_path, page)
    assert clauses["1"] == ["The meeting accepted this as a proper reason for absence."]
    assert clauses["2"] == ["Minutes of both meetings were approved."]
    assert clauses["3"] == ["The present position was noted."]


def test_a_motion_moved_after_the_matter_s_review_and_apologies_accepted_after_the_names(tmp_path):
    page = (
        "Minutes of the meeting of Fenby Parish Council held on 14th March 2036\n\n"
        "1. Apologies for absence\nCllr. Selby. Apologies accepted.\n"
        "5. Gates.\na. Cllr Moss advised the meeting of the new program of Speed Watch surveys.\n"
        "b. Following review by Council of the revised pricing of the village gates, it was proposed by Cllr Hatch, seconded by "
        "Cllr Allen and unanimously agreed by Council to proceed with the purchase. Though Council did urge caution over the payments.\n"
        "c. The options for speed signs were presented. Council resolved that the Clerk should apply for a grant for the signs.\n"
        "6. Close.\n"
    )
    clauses = _clauses(tmp_path, page)
    assert clauses["1"] == ["Apologies accepted."]
    assert clauses["5"][0] == "Unanimously agreed by Council to proceed with the purchase."


def test_elections_whose_space_before_as_was_lost(tmp_path):
    page = (
        "Minutes of the meeting of Glenarder Community Council held on 12 November 2036\n\n1. Election of new Office Bearers\n\n"
        "Nominations were invited for the position of Vice Chair:\n\nAnn Moss was nominated by R Bell and seconded by E Ray.\n\n"
        "Stuart confirmed that Ann Moss was duly electedas Vice Chair\n\n"
        "Nominations were invited for the position of Secretary:\n\nMay Stott was nominated by J Burr and seconded by R Bell.\n\n"
        "Stuart confirmed that May Stott was duly electedas Secretary.\n\n2. Close\n\nThe meeting closed at 9pm.\n"
    )
    assert _clauses(tmp_path, page)["1"] == [
        "Stuart confirmed that Ann Moss was duly electedas Vice Chair", "Stuart confirmed that May Stott was duly electedas Secretary."]


def test_a_number_whose_stop_fell_to_the_next_line_and_the_first_minute_glued_to_a_rule_of_dashes(tmp_path):
    page = (
        "Minutes of the meeting of the Planning Committee of Wexley Borough Council held on 21 February 2037\n\n"
        "46.\nAPPLICATIONS FOR PLANNING PERMISSION\n(Agenda Item 7)\nRESOLVED that the applications be determined as shown in the schedule.\n"
        "47\n.\nSECTION 106 AGREEMENT \u2013 OLD MILL SITE, MILL ROAD\nRESOLVED that the agreement be varied as set out in the report.\n"
    )
    assert [(item.number, item.title) for item, _, _ in _items(tmp_path, page)][-1] == ("47", "Section 106 Agreement \u2013 Old Mill Site, Mill Road")
    page = (
        "Minutes of the meeting of Polwenna Town Council held on 1st April 2037\n"
        "Present: Cllrs Clark (Chair), Ball, Brown. 2 members of the public. ------275/36 Apologies for absence. Received from Cllr Bunt.\n"
        "276/36 Declarations of interest None.\n277/36 Public participation None.\n"
        "278/36 Council meeting minutes: RESOLVED that the minutes be approved.\n"
    )
    assert [item.number for item, _, _ in _items(tmp_path, page)] == ["275/36", "276/36", "277/36", "278/36"]


def test_minutes_confirmed_a_line_each_under_their_lead_in_and_a_members_agreement_ends_with_its_sentence(tmp_path):
    page = (
        "Minutes of the meeting of Llanfair Isaf Town Council held on 8 July 2036\n\n"
        "373/04MINUTES The following minutes were read and confirmed:-\n"
        "Minutes of Council Meeting held on 24.06.36 True Record. Unanimously agreed upon\n"
        "Planning Panel meeting held on 08.07.36 True Record. The Clerk has only one quotation for the tree.\n"
        "373/05FINANCE Councillors agreed that the Clerk would pay the grass cutting invoice. The Clerk reported on the bank balance.\n"
    )
    clauses = _clauses(tmp_path, page)
    assert clauses["373/04"] == [
        "Minutes of Council Meeting held on 24.06.36 True Record. Unanimously agreed upon",
        "Planning Panel meeting held on 08.07.36 True Record. The Clerk has only one quotation for the tree.",
    ]
    assert clauses["373/05"] == ["Councillors agreed that the Clerk would pay the grass cutting invoice."]


def test_a_first_minute_written_as_a_sentence_with_a_slash_for_its_stop(tmp_path):
    page = (
        "Minutes of the meeting of Eastling Parish Council held on Thursday 10th September 2036 7.30pm at the village hall.\n\n"
        " 1/ Members present, Chairman Councillor Gray Penn, Councillors Tom Mark, Jo Hunt and Sue Vale.\n"
        "Apologies were received from Councillor Gail Tuck.\n\n"
        " 2/ Public questions \u2013\nNo members of the public had any questions.\n\n"
        "3/Minutes of the last meeting\nThe minutes were agreed as correct\n\n4/Matters arising from the minutes\nThe verges have been cut.\n"
    )
    assert [item.number for item, _, _ in _items(tmp_path, page)] == ["1", "2", "3", "4"]
