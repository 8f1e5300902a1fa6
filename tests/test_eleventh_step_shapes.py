"""Shapes met again across the held-out sets, read in the eleventh step: outcomes a clerk writes
with the decision word in capitals ("Council NOTED ...", "had before it, and NOTED, ..."), a
decision after "discussed and", and minutes approved on the line below their title ("Were agreed
as a true record"). Texts the project wrote, about fictional councils."""

from __future__ import annotations

from cpb_tui.importers.decisions import split_decisions
from tests.stored import stored_text

MINUTES = (
    "ASHCOMBE PARISH COUNCIL\n"
    "Minutes of the Parish Council meeting held on Wednesday 3rd March 2027 at 7.00pm in the Village Hall\n\n"
    "11/26 Minutes of the meeting held on Wednesday 3rd February 2027\n"
    "Were agreed as a true record and signed by the Chairman\n\n"
    "12/26 Financial matters:\n"
    "Council had before it and NOTED the summary of payments and receipts to 28th February 2027\n\n"
    "Council NOTED that the following payments were made since the last meeting\n\n"
    "Clerk's salary for February\n"
    "Hall hire - \u00a330\n\n"
    "Members NOTED that the payments had been agreed by email in line with the Financial Regulations.\n\n"
    "13/26 Village Hall roof\n\n"
    "The Parish Council discussed and AGREED to ask the Hall committee for its survey of the roof.\n"
)


def test_outcomes_written_with_noted_in_capitals_each_count(tmp_path):
    _, found = stored_text(tmp_path, "ashcombe.txt", MINUTES)
    clauses = {item.number: texts for item, texts, _ in found}
    assert clauses["11/26"] == ["Were agreed as a true record and signed by the Chairman"]
    assert len(clauses["12/26"]) == 3
    assert clauses["12/26"][0].startswith("Council had before it and NOTED the summary")
    assert clauses["13/26"] == ["The Parish Council discussed and AGREED to ask the Hall committee for its survey of the roof."]


def test_a_noted_in_capitals_counts_beside_an_agreed():
    _, blocks = split_decisions([
        "The Committee had before it, and NOTED, its work plan for the rest of the year.",
        "The Committee had before it a proposal from Cllr Moss for a review of bus services.",
        "The Committee AGREED that the review be added to the work plan for the autumn.",
    ])
    assert len(blocks) == 2
    assert blocks[0][0].startswith("The Committee had before it, and NOTED")


def test_noting_in_lower_case_still_stands_in_only_once():
    _, blocks = split_decisions([
        "The Board noted the update on school places.",
        "",
        "The Board noted the report on the summer programme.",
    ])
    assert len(blocks) == 1


def test_each_election_at_the_meeting_counts_and_a_past_one_is_narrative():
    _, blocks = split_decisions([
        "Having accepted the nomination, Cllr R Hale was unanimously elected Chair of the Council for the year.",
        "",
        "Having accepted the nomination, Cllr T Moss was elected Vice-Chair.",
    ])
    assert [block[0] for block in blocks] == [
        "Having accepted the nomination, Cllr R Hale was unanimously elected Chair of the Council for the year.",
        "Having accepted the nomination, Cllr T Moss was elected Vice-Chair.",
    ]
    _, blocks = split_decisions(["Cllr P Dunn, who was elected in May, reported on the summer fete."])
    assert blocks == []
    _, blocks = split_decisions(["Cllr P Dunn was elected at the by-election in May and attended her first meeting."])
    assert blocks == []


def test_a_recommendation_met_mid_line_and_a_minutes_approval_beside_it():
    narrative, blocks = split_decisions([
        "The minutes of the meeting on 12th October were ACCEPTED as a true record.",
        "",
        "Bank accounts. Interest of \u00a39.40 had built up in the old savings account. After a short discussion "
        "it was RECOMMENDED to leave the balance where it is and to keep the account open. The Clerk will tell the bank.",
    ])
    assert [block[0] for block in blocks] == [
        "The minutes of the meeting on 12th October were ACCEPTED as a true record.",
        "Recommended to leave the balance where it is and to keep the account open.",
    ]
    assert "The Clerk will tell the bank." in narrative
    _, blocks = split_decisions(["Members heard that it was recommended that councillors attend the training."])
    assert blocks == []  # in lower case it is advice told of, not the meeting's recommendation


def test_an_action_line_run_on_after_a_sentence_names_its_doer():
    from cpb_tui.actions.narrative import extract_from_minutes

    found = extract_from_minutes(
        "Footpath by the school. The naming of the path is to go to the Amenities Committee. "
        "Action: Parish Clerk to add the naming of the path to the agenda of the next Amenities Committee meeting."
    )
    assert [(action.text, action.owners) for action in found] == [
        ("Parish Clerk to add the naming of the path to the agenda of the next Amenities Committee meeting", ("Parish Clerk",)),
    ]


def test_how_it_was_agreed_stays_with_the_clause_and_names_no_task():
    from cpb_tui.actions.extract import extract_from_resolution

    _, blocks = split_decisions([
        "It was unanimously agreed to appoint Ann Lee as an independent Treasurer.",
        "",
        "The hall roof leaks again. It was therefore agreed to ask the Clerk to get two quotes for its repair.",
    ])
    assert [block[0] for block in blocks] == [
        "Unanimously agreed to appoint Ann Lee as an independent Treasurer.",
        "Therefore agreed to ask the Clerk to get two quotes for its repair.",
    ]
    assert extract_from_resolution(blocks[0][0], "agreed") == []  # the appointment is made by the decision
    assert [action.text for action in extract_from_resolution(blocks[1][0], "agreed")] == [
        "Ask the Clerk to get two quotes for its repair",
    ]
    assert [action.text for action in extract_from_resolution("Agreed to appoint a surveyor as adviser on the roof.", "agreed")] == [
        "Appoint a surveyor as adviser on the roof",
    ]


def test_minutes_moved_and_seconded_or_confirmed_by_the_body_are_approvals():
    for line in [
        "The minutes of the May meeting were proposed as accurate by Cllr Gwyn Dunn and seconded by Cllr Bill Moss.",
        "They were then proposed for approval by T.Moss and seconded by P.Dunn.",
        "Minutes of the April meeting were proposed by RH and seconded by TM.",
        "The Committee confirmed the minutes of the meeting held on 3 March 2027 as a true record and they were signed by the Chair.",
        "Cynigiwyd gan y Cyng. Ann Lee ac eiliwyd gan y Cyng. Dai Moss bod cofnodion mis Mai yn rhai cywir.",
        "Minutes of the last meeting: Approved.",
    ]:
        _, blocks = split_decisions([line])
        assert [block[0] for block in blocks] == [line], line
    _, blocks = split_decisions(["The Chair proposed that the hall be repainted, but nobody seconded it."])
    assert blocks == []


def test_a_proposal_agreed_after_a_sentence_ending_in_capitals_is_that_sentence():
    narrative, blocks = split_decisions([
        "A notice went to all members on 4th May about the co-option of Ann Lee to the ACC. The proposal was agreed unanimously by the members present.",
    ])
    assert [block[0] for block in blocks] == ["The proposal was agreed unanimously by the members present."]
    assert narrative[0].startswith("A notice went to all members")


def test_a_meeting_fixed_and_a_papers_wording_changed_are_not_tasks():
    from cpb_tui.actions.extract import extract_from_resolution

    for clause in [
        "That a meeting of the Resources Committee be held on Wednesday 12 May 2027 at 15:00 to review the year-end figures.",
        "That an additional meeting of the Police and Crime Panel be held on 10 January 2028.",
        "Section 3, the last paragraph in bold to be removed,",
        "Paragraph 8, the word \u201cmust\u201d to be replaced with \u201cshould normally\u201d,",
    ]:
        assert extract_from_resolution(clause, "resolved") == [], clause
    assert [a.text for a in extract_from_resolution("That the Clerk arrange a meeting with the residents about parking.", "resolved")]


def test_a_standing_rule_after_a_statement_is_no_task():
    from cpb_tui.actions.narrative import extract_from_minutes

    assert extract_from_minutes(
        "Ann Lee confirmed that any grant from the Growth Fund is made within the agreed rules and any request to grant "
        "outside the rules would be brought to Schools Forum."
    ) == []
    assert [a.text for a in extract_from_minutes("The Finance Officer confirmed that the grant rules would be brought to the Forum in June 2027.")]


def test_minute_numbers_of_the_committees_letters_alone_on_their_lines(tmp_path):
    text = (
        "Agenda and minutes\n\nVenue: Room 2, Fire Service Headquarters, Ashcombe\n\nItems\nNote No. Item\n\n*\n\n"
        "RC/31\n\nMinutes pdf icon PDF 120 KB\n\nof the previous meeting held on 4 March 2027 attached.\n\nMinutes:\n\n"
        "RESOLVED that the Minutes of the meeting held on 4 March 2027 be signed as a correct record.\n\n*\n\n"
        "RC/32\n\nTreasury Management Report pdf icon PDF 70 KB\n\nMinutes:\n\nRESOLVED that the report be noted.\n\n*\n\n"
        "RC/33\n\nExclusion of the Press and Public\n\nMinutes:\n\nRESOLVED that the public be excluded for the next item.\n"
    )
    _, found = stored_text(tmp_path, "rc.txt", text, committee="Resources Committee", date=__import__("datetime").date(2027, 5, 12))
    assert [(item.number, item.title) for item, _, _ in found] == [
        ("RC/31", "Minutes"), ("RC/32", "Treasury Management Report"), ("RC/33", "Exclusion of the Press and Public"),
    ]


def test_one_run_in_heading_brings_the_labelled_lines_beside_it(tmp_path):
    text = (
        "Minutes of the Extraordinary Parish Council meeting\n\n held on Tuesday 14th September 2027\n\n"
        "In Attendance : Councillors Hale, Moss and Dunn. Two members of the public\n\n"
        "Apologies: Councillor Lane\n\nDeclaration of Interest: None given\n\nPublic Session: no issues\n\n"
        "Update Mill Lane: After some delay the overhanging branch has now been cut back by the county. "
        "The hedges were not trimmed and still block the path.\n\n"
        "It was agreed that the Clerk would write to the county about the hedges.\n"
    )
    _, found = stored_text(tmp_path, "ashcombe.txt", text)
    titles = [item.title for item, _, _ in found]
    assert titles[-4:] == ["Apologies", "Declaration of Interest", "Public Session", "Update Mill Lane"]
    assert [action.text for action in found[-1][2]] == ["The Clerk to write to the county about the hedges"]


def test_a_comma_after_that_and_an_adverb_before_the_verb_hide_no_task():
    from cpb_tui.actions.extract import extract_from_resolution

    found = extract_from_resolution("That, Officers further investigate the matter and report back to the next meeting of this committee.", "resolved")
    assert [action.text for action in found] == ["Officers to investigate the matter and report back to the next meeting of this committee"]
    found = extract_from_resolution(
        "That, for a trial period of six months, Heads of Service be required to submit a note on each new key decision to the Committee.", "resolved"
    )
    assert len(found) == 1 and "submit a note on each new key decision" in found[0].text
    assert extract_from_resolution("That the Committee further notes the report.", "resolved") == []


def test_numbered_clauses_whose_resolved_was_lost_are_clauses_not_items(tmp_path):
    text = (
        "Agenda item\n\nWork Programme\n\nReport of the Head of Democratic Services\n\n\n\n"
        "The Democratic Services Officer introduced the work programme. It was agreed to ask the Chair about a January item.\n\n\n\n"
        "1.      The Committee\u2019s work programme, as set out in Appendix 1 be agreed, including the changes made at the meeting;\n\n\n"
        "2.      Consideration be given to the further additions to the work programme in Part 2 of Appendix 1; and\n\n\n"
        "3.      Members give consideration to any further topics for the year.\n"
    )
    _, found = stored_text(tmp_path, "wp.txt", text, committee="Housing Committee", date=__import__("datetime").date(2027, 11, 2))
    assert len(found) == 1
    item, clauses, actions = found[0]
    assert item.number is None
    assert clauses[-3:] == [
        "The Committee\u2019s work programme, as set out in Appendix 1 be agreed, including the changes made at the meeting;",
        "Consideration be given to the further additions to the work programme in Part 2 of Appendix 1; and",
        "Members give consideration to any further topics for the year.",
    ]
    assert not any("consideration" in action.text.lower() for action in actions)  # the committee's own programme


def test_shorthand_proposals_each_agreed_and_minutes_signed_as_true():
    narrative, blocks = split_decisions([
        "The Chair was vacated in favour of the Clerk for the election of a new Chair. RH was proposed by TM & PD. All agreed. RH took the chair.",
        "Chair proposed PD as Vice Chair. Sec TM. All agreed.",
        "There was interest in co-option. PD proposed J Lane. Sec RH all agreed.",
    ])
    assert [block[0] for block in blocks] == [
        "RH was proposed by TM & PD. All agreed.",
        "Chair proposed PD as Vice Chair. Sec TM. All agreed.",
        "PD proposed J Lane. Sec RH all agreed.",
    ]
    assert "RH took the chair." in narrative
    _, blocks = split_decisions(["Signed as true by Chair (RH) Proposed by all sec all"])
    assert [block[0] for block in blocks] == ["Signed as true by Chair (RH) Proposed by all sec all"]


def test_action_tags_in_brackets_name_who_acts_mid_paragraph():
    from cpb_tui.actions.narrative import extract_from_minutes

    found = extract_from_minutes(
        "A branch has fallen across the path by the field. A resident moved it but it needs taking away. "
        "Clerk to contact highways.(Act Clerk) Some untaxed cars are parked on the road to the field. "
        "Chair will raise it with the housing association on the estate walk. (Act RH)"
    )
    assert [(action.text, action.owners) for action in found] == [
        ("Clerk to contact highways", ("Clerk",)),
        ("Chair to raise it with the housing association on the estate walk", ("RH",)),
    ]
    found = extract_from_minutes(
        "Three new lamps have been fitted on the wrong poles. Chair will discuss with the contractor. This is a levy expense. (Act RH)"
    )
    assert [(action.text, action.owners) for action in found] == [("Chair will discuss with the contractor", ("RH",))]


def test_a_record_of_decision_heading_inside_the_decision_field_is_not_the_decision(tmp_path):
    text = (
        "Decisions\n\nDecisions published\n\n"
        "15/09/2027 - Ashcombe Homelessness Placement Policy. ref: 3120    Recommendations Approved\n\n"
        "Decision Maker: Deputy Mayor & Lead Member for Housing Briefing\n\n"
        "Made at meeting: 15/09/2027 - Deputy Mayor & Lead Member for Housing Briefing\n\n"
        "Decision published: 16/09/2027\n\nEffective from: 27/09/2027\n\nDecision:\n\n"
        "Ashcombe City Council - Record of Decision\n\n \n\n"
        "I, Councillor Hale, Deputy Mayor and Lead Member for Housing, in exercise of the powers given by the Constitution, do hereby approve:\n\n \n\n"
        "The Homelessness Placement Policy\n"
    )
    _, found = stored_text(tmp_path, "decision.txt", text)
    assert found[0][1][0].startswith("I, Councillor Hale, Deputy Mayor")


def test_a_lead_in_that_notes_the_report_is_a_clause_of_its_own():
    from cpb_tui.importers.resolutions import parse_resolved

    found = parse_resolved(["that the report be noted and: -", "", "1.   that the Estates Officer brings back a report on headstone safety to the next meeting."])
    assert [(record.label, record.text) for record in found] == [
        (None, "that the report be noted and: -"),
        ("1", "that the Estates Officer brings back a report on headstone safety to the next meeting."),
    ]
    found = parse_resolved(["that:", "1.   the report be noted;", "2.   the Clerk write to the county."])
    assert [record.label for record in found] == ["1", "2"]  # a bare lead-in is no clause


def test_a_notice_of_motion_referred_under_standing_orders_is_no_task():
    from cpb_tui.actions.extract import extract_from_resolution

    assert extract_from_resolution("That the motion be referred, in the first instance, to the Housing Committee.", "agreed") == []
    assert extract_from_resolution("That the motion be referred to the Council for debate, with no limit on the number of speakers.", "agreed") == []
    assert [a.text for a in extract_from_resolution("That the report on play areas be referred to the Council meeting on 29 July 2027.", "agreed")]


def test_numbered_decisions_in_the_past_tense_are_clauses_not_items(tmp_path):
    text = (
        "1. Approved the proposed programme and governance arrangements for the joint review of waste disposal.\n\n"
        "2. Gave authority to the Director of Neighbourhoods to act for the Council on the joint board.\n\n"
        "3. Approved in principle the proposed programme budget.\n\n"
        "4. Requested that updates are brought to the members' briefings as the work progresses.\n"
    )
    _, found = stored_text(tmp_path, "decisions.txt", text, committee="Cabinet", date=__import__("datetime").date(2027, 3, 3))
    assert len(found) == 1 and len(found[0][1]) == 4
    assert found[0][1][0].startswith("Approved the proposed programme")


def test_bullets_that_are_decisions_with_their_own_subject_each_count():
    _, blocks = split_decisions([
        "- It was agreed that the office bearers would be as follows:- Planning \u2013 A Lee",
        "- The community council considered and adopted the Model Constitution.",
        "- The community council considered and adopted the Model Standing Orders",
    ])
    assert [block[0] for block in blocks] == [
        "Agreed that the office bearers would be as follows:- Planning \u2013 A Lee",
        "The community council considered and adopted the Model Constitution.",
        "The community council considered and adopted the Model Standing Orders",
    ]


def test_an_action_heading_alone_over_its_bullets():
    from cpb_tui.actions.narrative import extract_from_minutes

    found = extract_from_minutes("The adviser updated members on the talks.\n\nAction:\n\n- Officers to proceed with the work in line with members\u2019 steer.")
    assert [(action.text, action.owners) for action in found] == [("Officers to proceed with the work in line with members' steer", ("officers",))]


def test_labelled_that_clauses_after_a_line_cut_short_are_decisions():
    _, blocks = split_decisions([
        "This report asks for agreement for officers to",
        "consult on a draft Statement of Community",
        "(1) That the draft Statement of Community Involvement be endorsed as set out at Appendix 1.",
        "(2) The Officers be authorised to revise the document in the light of the comments received.",
    ])
    assert [line for block in blocks for line in block][:2] == [
        "(1) That the draft Statement of Community Involvement be endorsed as set out at Appendix 1.",
        "(2) The Officers be authorised to revise the document in the light of the comments received.",
    ]


def test_a_serial_then_year_minute_skipped_by_its_long_title_and_a_resolution_after_a_dash(tmp_path):
    text = (
        "Minutes of the meeting of Ashcombe Community Council held on Thursday 19th October 2027 in the Village Hall\n"
        "82/27 Apologies: Cllr. A Lee sent his apologies.\n"
        "83/27 Declarations of Interest: There were no declarations of interest made at this meeting.\n"
        "84/27 County Councillor`s Report: The county councillor reported that the road was resurfaced.\n"
        "85/27 Public Observations on Matters Arising and Agenda Items Being Discussed at this Meeting: There were none.\n"
        "86/27 Confirmation of the Minutes of the Meeting held on Thursday 21st September 2027\u2013 RESOLVED that the minutes be approved as a true record.\n"
    )
    _, found = stored_text(tmp_path, "ashcombe.txt", text)
    assert [item.number for item, _, _ in found] == ["82/27", "83/27", "84/27", "85/27", "86/27"]
    assert found[-1][1] == ["that the minutes be approved as a true record."]


def test_a_deferral_told_in_the_past_is_a_decision_and_a_task_due_that_day():
    from cpb_tui.actions.extract import extract_from_resolution

    line = "After hearing Mr Lee, adoption of the notes of the meeting with the health board were deferred until the 4 December 2027."
    _, blocks = split_decisions([line])
    assert [block[0] for block in blocks] == [line]
    found = extract_from_resolution(line, "noted")
    assert [(a.text, a.due_words) for a in found] == [
        ("Defer adoption of the notes of the meeting with the health board until the 4 December 2027", "deferred until the 4 December 2027"),
    ]
    assert split_decisions(["The bench was deferred to a later date because of cost."])[1] == []


def test_it_was_agreed_he_would():
    narrative, blocks = split_decisions(["The speaker talked about the memorial and it was agreed he would be invited to a meeting in the new year. Cllr Lee thanked him."])
    assert [block[0] for block in blocks] == ["Agreed he would be invited to a meeting in the new year."]
    assert "Cllr Lee thanked him." in narrative


def test_minute_numbers_of_year_month_and_minute(tmp_path):
    text = (
        "Ashcombe Community Council\n\nMINUTES OF A MEETING HELD ON THURSDAY 27TH MAY 2027 \u2013 held online.\n\n"
        "2027/05/01 MEMBERS\n\nMr A Lee, Chairman Ms J Moss\n\n"
        "2027/05/02 IN ATTENDANCE\n\nMrs A Dunn, Clerk\n\n"
        "2027/05/03 CIRCULAR\n\nThe circular calling the meeting was held as read.\n"
    )
    _, found = stored_text(tmp_path, "acc.txt", text)
    assert [item.number for item, _, _ in found] == ["2027/05/01", "2027/05/02", "2027/05/03"]
    text = (
        "Minutes of the Playing Field Committee of Ashcombe Parish Council held on Thursday 25th April 2027\n\n"
        "2704/01 APOLOGIES FOR ABSENCE.\nCllr Lee.\n\n"
        "2704/02 DECLARATIONS OF INTEREST.\nNone.\n\n"
        "2704/03 PLAYING FIELD.\nRESOLUTION: Recommendation to Full Council to fund eleven grass cuts.\n"
    )
    _, found = stored_text(tmp_path, "pf.txt", text)
    assert [item.number for item, _, _ in found] == ["2704/01", "2704/02", "2704/03"]
    assert found[-1][1] == ["Recommendation to Full Council to fund eleven grass cuts."]


def test_an_outcome_naming_a_cllr_with_a_full_stop_is_one_sentence():
    line = "With this amendment acceptance of these was proposed by Cllr. R Hale, seconded by Cllr. J Moss and carried unanimously"
    _, blocks = split_decisions(["The minutes were read. One date was corrected.", "", line])
    assert [block[0] for block in blocks] == [line]


def test_action_in_capitals_then_the_clerk_was_directed():
    from cpb_tui.actions.narrative import extract_from_minutes

    found = extract_from_minutes(
        "- The Council was asked for the PCSO's contact details. ACTION: The Clerk was directed to obtain the details and put them on the noticeboards."
    )
    assert [(a.text, a.owners) for a in found] == [("The Clerk to obtain the details and put them on the noticeboards", ("the Clerk",))]


def test_a_passive_run_on_into_the_next_sentence_keeps_its_own_words():
    from cpb_tui.actions.narrative import extract_from_minutes

    found = extract_from_minutes("The new signs to be put up at the play area entrance There was a delay with the supplier.")
    assert [a.text for a in found] == ["Put up the new signs at the play area entrance"]


def test_reports_numbered_apart_under_the_item_that_lists_them(tmp_path):
    text = (
        "Ashcombe National Park Authority\n\nMeeting Date : 29/07/2027\n\n"
        "1.  To receive apologies for absence\n\n2. To confirm the minutes of the meeting held on 3 June 2027\n\n"
        "3. To consider the following reports :\n\n"
        "29/27 Recovery Plan\n\nThe plan is shared with Members for their oversight.\n\n"
        " 30/27 Scheme of Delegation\n\nIt is proposed to extend the temporary changes until December.\n\n"
        "31/27 Standards Committee: Re-Appointment of Independent Member\n"
    )
    _, found = stored_text(tmp_path, "npa.txt", text, committee="Ashcombe National Park Authority")
    assert [item.number for item, _, _ in found] == ["1", "2", "3", "29/27", "30/27", "31/27"]


def test_a_group_that_continues_to_meet_and_report_back_has_a_task():
    from cpb_tui.actions.extract import extract_from_resolution

    found = extract_from_resolution(
        "That the Play Areas Task and Finish Group continues to meet every quarter to consider the contract and report back to the Council accordingly.", "resolved"
    )
    assert [a.text for a in found] == [
        "The Play Areas Task and Finish Group to meet every quarter to consider the contract and report back to the Council accordingly",
    ]
    assert extract_from_resolution("That the Council continues to support the scheme.", "resolved") == []


def test_minute_numbers_with_year_and_committee_letters_or_month_and_year(tmp_path):
    text = (
        "Minutes of the Finance Committee of Ashcombe Town Council held on Monday 25th January 2027 at 7pm.\n"
        "01/27/F&R Apologies\nApologies were received from Cllr Lee.\n"
        "02/27/F&R Declarations of Interest\nThere were none.\n"
        "03/27/F&R Approval of Minutes\nThe minutes of the meeting held on 23rd November 2026 were approved as a correct record.\n"
    )
    _, found = stored_text(tmp_path, "fr.txt", text)
    assert [item.number for item, _, _ in found if item.number] == ["01/27/F&R", "02/27/F&R", "03/27/F&R"]
    text = (
        "MONDAY 6 MARCH 2027\n\nAt a meeting of ASHCOMBE COMMUNITY COUNCIL held in the Hall at 7.00pm\n\n"
        "03/27/01 Circular\n\nThe circular calling the meeting was held as read.\n\n"
        "03/27/02 Apologies for absence\n\nApologies were received from Mr Lee.\n\n"
        "03/27/03 Minute\n\nThe minute of the meeting on 6th February 2027 was approved.\n"
    )
    _, found = stored_text(tmp_path, "acc.txt", text)
    assert [(item.number, item.title) for item, _, _ in found if item.number] == [
        ("03/27/01", "Circular"), ("03/27/02", "Apologies for absence"), ("03/27/03", "Minute"),
    ]
    text = (
        "Minutes of the Cemetery Committee of Ashcombe Group Parish Council held on Tuesday 06 August 2027.\n\n"
        "66-27/28\n\nTo receive apologies for absence.\nAll members were present.\n\n"
        "67-27/28\n\nTo receive declarations of interest.\nNone were declared.\n"
    )
    _, found = stored_text(tmp_path, "cem.txt", text)
    assert [item.number for item, _, _ in found if item.number] == ["66-27/28", "67-27/28"]


def test_meeting_dates_from_a_summons_to_you_a_report_for_a_meeting_and_a_lead_members_heading(tmp_path):
    text = (
        "Notice of Meeting\n\nI hereby summon you to attend a meeting of Ashcombe Community Council to be held in the Hall "
        "on Wednesday 24 July 2027 at 6.30pm.\n\nAGENDA\n\n1. Apologies\n\n2. Declarations of interest\n\n3. Minutes\n"
    )
    meeting, _ = stored_text(tmp_path, "summons.txt", text)
    assert (meeting.committee, meeting.date.isoformat()) == ("Ashcombe Community Council", "2027-07-24")
    text = "Appendix A Clerk's Report for Meeting on 19 October 2027\n1. COMPLETED MATTERS\nThe bench was repaired.\n2. ONGOING MATTERS\nThe hedge.\n"
    meeting, _ = stored_text(tmp_path, "report.txt", text, committee="Ashcombe Parish Council")
    assert meeting.date.isoformat() == "2027-10-19"
    text = (
        "Agenda and minutes\n\nLead Member for Resources - Tuesday, 28th February, 2027 10.00 am\n\nVenue: Via MS Teams\n\n"
        "Items\nNo. Item\n\n69.\n\nDecisions made by the Lead Member on 24 January 2027\n\nMinutes:\n\n"
        "The Lead Member approved as a correct record the minutes of the meeting held on 24 January 2027.\n\n"
        "70.\n\nParking charges review\n\nMinutes:\n\nThe Lead Member approved the review.\n"
    )
    meeting, _ = stored_text(tmp_path, "lead.txt", text)
    assert (meeting.committee, meeting.date.isoformat()) == ("Lead Member for Resources", "2027-02-28")


def test_a_welsh_title_dated_with_a_two_figure_year_beats_a_sentence_about_earlier_minutes(tmp_path):
    text = (
        "Cofnodion o gyfarfod Cyngor Cymuned Llanfair - 12/04/27\n\n"
        "YMDDIHEURIADAU\n\nDim\n\nCOFNODION\n\n"
        "Minutes of the meeting held on February 22nd, 2027 were received as accurate.\n\n"
        "MATERION YN CODI\n\nThe Clerk reported on the hall.\n"
    )
    meeting, _ = stored_text(tmp_path, "llanfair.txt", text)
    assert (meeting.committee, meeting.date.isoformat()) == ("Cyngor Cymuned Llanfair", "2027-04-12")
