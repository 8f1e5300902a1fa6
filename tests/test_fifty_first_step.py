"""The fifty-first step: shapes the development pages and earlier research still read badly, written again about
fictional bodies. Texts the project wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from cpb_tui.importers import load
from cpb_tui.store import Store
from tests.stored import page_items as _items
from tests.stored import stored_page


def test_a_summons_to_an_extra_ordinary_meeting_gives_its_day_over_the_date_of_issue(tmp_path):
    page = (
        "March 2037 Agenda EOM\nDear Councillor\n"
        "You are hereby summoned to attend an Extra-Ordinary Meeting of Thornbury Vale Parish Council on Friday 13th March 2037.\n"
        "Proceedings will commence at 7.00pm at the Village Hall.\nThe agenda is set out below.\n"
        "Pat Crane \u2013 Clerk to the Council Date of issue: - 9th March 2037\nAgenda\n"
        "0337/01 Chairman\nTo appoint a Chairman for the meeting\n0337/02 Apologies for absence\nTo receive apologies.\n"
    )
    meeting, _ = stored_page(tmp_path, page)
    assert (meeting.committee, meeting.date) == ("Thornbury Vale Parish Council", dt.date(2037, 3, 13))


def test_a_point_s_number_with_a_space_after_its_stop(tmp_path):
    page = (
        "Glenmorie Community Council \u2013 Draft Minutes\nMinutes of Meeting 7.30pm Monday 9th March 2037\n\n"
        "1. Sederunt: Chair Ann Moffat, Secretary Rob Hay\n\n2. Reports\n2. 1 Police report: no police in attendance\n"
        "2.2 Treasurers Report. The balance stands at \u00a31,200.\n2.3 Resilience. The defibrillator box is in place.\n\n"
        "3. Minutes\nThe minutes of 9th February were approved.\n"
    )
    numbers = {item.number: item.title for item, _, _ in _items(tmp_path, page)}
    assert numbers.get("2.1") == "Police report"
    assert set(numbers) >= {"1", "2", "2.2", "2.3", "3"}


def test_a_lone_number_then_a_spaced_figure_is_no_point(tmp_path):
    page = (
        "Glenmorie Community Council\nMinutes of Meeting 7.30pm Monday 9th March 2037\n\n1. Welcome\nThe Chair opened the meeting.\n\n"
        "2. 1 new member joined the council\nShe was welcomed.\n\n3. Minutes\nThe minutes were approved.\n"
    )
    numbers = [item.number for item, _, _ in _items(tmp_path, page)]
    assert "2.1" not in numbers


_WELSH = (
    "CYNGOR CYMUNED LLANFAIR ISAF\n"
    "Cofnodion cyfarfod o\u2019r Cyngor a gynhaliwyd nos Fawrth, 14 Hydref 2036 am 7.00 yh yn Neuadd y Pentref.\n\n"
    "1. Ymddiheuriadau\nCyng. Ann Price.\n\n"
    "2. Materion personol\nOherwydd y tywydd, PENDERFYNWYD ei ohirio tan fis Tachwedd.\n\n"
    "3. Llwybr y Felin\nAdroddwyd bod y llwybr wedi ei gau. Cytunodd y Cyngor i brynu dwy fainc newydd. "
    "Clerc i archebu\u2019r meinciau cyn diwedd Tachwedd.\n"
)


def test_a_welsh_community_council_named_over_minutes_of_the_council(tmp_path):
    meeting, _ = stored_page(tmp_path, _WELSH)
    assert (meeting.committee, meeting.date) == ("Cyngor Cymuned Llanfair Isaf", dt.date(2036, 10, 14))


def test_welsh_decisions_after_a_reason_and_the_council_agreed(tmp_path):
    found = {item.number: (clauses, tasks) for item, clauses, tasks in _items(tmp_path, _WELSH)}
    assert found["2"][0] == ["ei ohirio tan fis Tachwedd."]
    clauses, tasks = found["3"]
    assert clauses == ["Cytunodd y Cyngor i brynu dwy fainc newydd."]
    texts = {task.text: task.due_date for task in tasks}
    assert "Prynu dwy fainc newydd" in texts  # (the verb-noun as it stands alone, not "brynu")
    assert [due for text, due in texts.items() if text.startswith("Clerc i archebu")] == [dt.date(2036, 11, 30)]


@pytest.mark.parametrize("top, committee, date", [
    ("Draft/Village Plan Steering Committee (Virtual) Meeting: 25 June 2036", "Village Plan Steering Committee", dt.date(2036, 6, 25)),
    ("Village Plan Steering Committee (Remote) Meeting: 25 June 2036", "Village Plan Steering Committee", dt.date(2036, 6, 25)),
    ("Planning Committee Special Meeting Minutes\nSeptember 21, 2036", "Planning Committee", dt.date(2036, 9, 21)),
])
def test_a_heading_with_how_or_what_kind_of_meeting_it_was(tmp_path, top, committee, date):
    meeting, _ = stored_page(tmp_path, f"{top}\n\nPresent: Tom Shaw (Chair), Jean Judd.\n\nIt was agreed to hold a further drop-in session.\n")
    assert (meeting.committee, meeting.date) == (committee, date)


def test_a_year_s_minutes_of_three_figures_never_run_with_their_points_bare_numbers(tmp_path):
    page = (
        "ASHWELL MEADS PARISH COUNCIL\nMinutes of the Ashwell Meads Parish Council Meeting Thursday 15 January 2037 at 8pm\n\n"
        "37.001 Apologies for absence. The following apologies were accepted:\n1. Councillors: Cllr Rose Gale\n"
        "2. Other apologies: PCSO Lane\n"
        "37.002 Declarations of Interest and Dispensations 1. Declarations of Interest: Cllr Marks, as a trustee of the hall.\n"
        "2. Dispensations: none requested.\n3. To consider requests for dispensations: NONE.\n"
        "37.003 To approve and sign the Minutes of the Meeting of 18th December 2036:\n"
        "It was unanimously RESOLVED that the Minutes were a true and accurate record.\n"
        "37.004 Chairman\u2019s Announcements The Chairman had received a letter about parking.\n"
    )
    found = {item.number: item.title for item, _, _ in _items(tmp_path, page)}
    assert {"37.001", "37.002", "37.003", "37.004"} <= set(found)
    assert found["37.002"] == "Declarations of Interest and Dispensations"
    assert not {"1", "2", "3"} & set(found)


@pytest.mark.parametrize("body, clause", [
    ("Talk turned to who owns the hedge \u2013 parish council agreed to keep the matter under review.",
     "parish council agreed to keep the matter under review."),
    ("Although nothing was asked of the council, Cllrs agreed that a card would be sent to the surgery.",
     "Cllrs agreed that a card would be sent to the surgery."),
    ("The Chair having ruled the motion urgent, the House agreed to take it at this meeting.",
     "the House agreed to take it at this meeting."),
    ("Cllr Moss had sent a written report. There were no questions and members noted the report.", "members noted the report."),
    ("The figures had been sent round before the meeting and the meeting resolved to accept them.",
     "the meeting resolved to accept them."),
])
def test_a_decision_told_after_its_reason_in_the_same_sentence(tmp_path, body, clause):
    from tests.stored import second_item

    clauses, _ = second_item(tmp_path, body)
    assert clauses == [clause]


@pytest.mark.parametrize("body, clause", [
    # (its opening words, "The Council discussed speed signs and resolved", stand as the clause's lead-in)
    ("The Council discussed speed signs and resolved to buy one if within the budget.", "to buy one if within the budget."),
    ("The councillors looked at the drawings and decided to send a comment that the roofs should match.",
     "The councillors looked at the drawings and decided to send a comment that the roofs should match."),
])
def test_a_body_that_discussed_something_and_decided(tmp_path, body, clause):
    from tests.stored import second_item

    clauses, _ = second_item(tmp_path, body)
    assert clauses == [clause]


def test_a_council_member_s_undertaking_after_a_dash_stays_a_task(tmp_path):
    from tests.stored import second_item

    clauses, tasks = second_item(tmp_path, "The willow arch needed cutting \u2013 councillors agreed to deal with this.")
    assert clauses == [] and tasks == ["Councillors to deal with this"]


_REASONS_FIRST = (
    "Hartwell Green Parish Council\n\nMinutes of the meeting of Hartwell Green Parish Council held on Monday 6 July 2037\n\n"
    "1. Apologies\nNone.\n\n"
    "2. Matters arising\n"
    "  \u2022 Old phone box \u2013 the operator will not move it therefore RESOLVED that the council would not adopt it\n"
    "  \u2022 Verges \u2013 since the verges had been reported twice it was unanimously agreed by the Parish Council that the clerk "
    "would ask the county to cut them.\n\n"
    "3. Planning\nThe Council received the list of decided applications. Members looked at application 37/0311 for a porch at "
    "4 Mill Row and RESOLVED to raise no objection.\n\n"
    "4. Boundary map\nThe surveyor needs a boundary map. The Council APPROVED \u00a318.40 for a copy of the title plan.\n\n"
    "5. Chairmanship\nWith the Chair on holiday members agreed that Cllr Young should take the chair for the evening.\n"
)


def test_decisions_after_their_reasons_with_no_stop_between(tmp_path):
    found = {item.number: clauses for item, clauses, _ in _items(tmp_path, _REASONS_FIRST)}
    assert found["2"][0] == "that the council would not adopt it"  # (never run on into the next bullet)
    assert found["2"][1].endswith("that the clerk would ask the county to cut them.")
    assert found["3"] == ["Members looked at application 37/0311 for a porch at 4 Mill Row and RESOLVED to raise no objection."]
    assert found["4"] == ["The Council APPROVED \u00a318.40 for a copy of the title plan."]


def test_all_members_agreed_stays_one_decision(tmp_path):
    from tests.stored import second_item

    clauses, _ = second_item(tmp_path, "All members agreed that the notice be sent to the village groups.")
    assert clauses == ["All members agreed that the notice be sent to the village groups."]


def test_what_officers_are_to_do_listed_after_the_narrative_its_label_lost(tmp_path):
    page = (
        "Issue - meetings\n\nReview of Allotment Water\n\nMeeting: 14/05/2037 - Overview and Scrutiny (Item 42)\n\n"
        "42 Review of Allotment Water pdf icon PDF 51 KB\n\nTo consider progress on the review.\n\n"
        "Members noted the report.\n\nMembers raised concerns about the standpipes at Lower Field.\n\n"
        "1)   Officers pass on the Committee\u2019s thanks to Councillor Lane for her work on the review;\n\n"
        "2)   Officers provide further information about the repairs planned at Lower Field;\n\n"
        "3)   Officers add the standpipe costs to the Overview and Scrutiny Work Programme; and\n\n"
        "4)   the report be noted.\n"
    )
    (item, clauses, tasks), = _items(tmp_path, page)
    assert clauses == [
        "Officers pass on the Committee\u2019s thanks to Councillor Lane for her work on the review;",
        "Officers provide further information about the repairs planned at Lower Field;",
        "Officers add the standpipe costs to the Overview and Scrutiny Work Programme; and",
        "the report be noted.",
    ]
    assert "Officers to provide further information about the repairs planned at Lower Field" in [task.text for task in tasks]


def test_a_list_of_what_officers_did_is_no_decision(tmp_path):
    from tests.stored import second_item

    clauses, _ = second_item(tmp_path, "The Head of Housing reported that:\n1) Officers provide advice at the library each week.\n"
                                       "2) Officers visit every new tenant.")
    assert clauses == []


def test_a_decision_ends_where_the_narrative_takes_up_again_on_its_line(tmp_path):
    page = (
        "Minutes of the Meeting of Ravensbrook Town Council held on Monday 1 June 2037 in the Town Hall\n\n"
        "Present: Cllrs D Rowe (Chair), E Shaw, F Toms\n\n"
        "RT8. 06/37 To consider the planters on the bridge: It was agreed the planters need repainting. Cllr Toms offered to do "
        "the painting. The offer was accepted with thanks.\n"
        "RT9. 06/37 Open Forum Resolved: that standing orders be suspended. Mrs Vine attended to complain about the pavement.\n"
        "RT10. 06/37 Election of Chair: Councillor Ian Rowe was elected Chair for the year. Cllr Eve Shaw was elected Vice Chair. "
        "The Chair thanked the outgoing Chair.\n"
    )
    found = {item.number: clauses for item, clauses, _ in _items(tmp_path, page)}
    assert found["RT8. 06/37"] == ["Agreed the planters need repainting."]
    assert found["RT9. 06/37"] == ["that standing orders be suspended."]
    assert found["RT10. 06/37"] == ["Councillor Ian Rowe was elected Chair for the year.", "Cllr Eve Shaw was elected Vice Chair."]


@pytest.mark.parametrize("body, clause", [
    ("Cllr Rudd asked if she could join the working party, agreed.", "Cllr Rudd asked if she could join the working party, agreed."),
    ("The Clerk said the editor hopes to attend. It is proposed by the editor that the front page show the latest news and this "
     "was agreed. A short piece would follow.",
     "It is proposed by the editor that the front page show the latest news and this was agreed."),
])
def test_a_request_or_proposal_with_its_verdict_last(tmp_path, body, clause):
    from tests.stored import second_item

    clauses, _ = second_item(tmp_path, body)
    assert clauses == [clause]


def test_a_request_refused_is_no_decision(tmp_path):
    from tests.stored import second_item

    clauses, _ = second_item(tmp_path, "Cllr Rudd asked if she could join the working party, which was not agreed.")
    assert clauses == []


def test_how_the_meeting_agreed_is_kept_with_the_decision(tmp_path):
    page = (
        "Minutes of the Meeting of Tarrow Cross Town Council held on Tuesday 26 May 2037 at 7pm in the Guildhall\n\n"
        "1. Apologies\nRESOLVED: (Unanimously)\n\nThat the apologies of Councillor Hale be accepted.\n\n"
        "2. Bins\nIt was agreed unanimously that a bin be requested for Orchard Rise.\n\n"
        "3. Co-option\nTwo applications had been received. It was RESOLVED by majority vote to accept the application of Mr Lowe.\n"
    )
    path = tmp_path / "tarrow.txt"
    path.write_text(page, encoding="utf-8")
    store = Store.open(tmp_path / "cpb.db")
    try:
        source, record = load(path)
        meeting = store.import_document(record, str(path), source.sha256).meetings[0]
        clauses = {item.number: [(c.lead_in, c.text) for c in store.resolutions(item.id)] for item in store.items(meeting.id)}
    finally:
        store.close()
    assert clauses["1"] == [("RESOLVED Unanimously", "That the apologies of Councillor Hale be accepted.")]
    assert clauses["2"] == [(None, "Agreed unanimously that a bin be requested for Orchard Rise.")]
    assert clauses["3"] == [("It was RESOLVED by majority vote", "to accept the application of Mr Lowe.")]


def test_minutes_approved_as_circulated_under_their_title(tmp_path):
    page = (
        "Glenbrae Community Council\n\nMinutes of the meeting of Glenbrae Community Council held on Wednesday 14 April 2037\n\n"
        "1. Minutes of the March Meeting \u2013 approved as circulated.\n\n2. Finance\n"
        "2.1 Mower servicing: spring \u00a385, summer \u00a385 \u2026 It was RESOLVED to settle both bills.\n\n3. Close\nThe meeting closed.\n"
    )
    found = {item.number: clauses for item, clauses, _ in _items(tmp_path, page)}
    assert found["1"] == ["approved as circulated."]
    assert found["2.1"] == ["to settle both bills."]


@pytest.mark.parametrize("body, clause, task", [
    ("The Clerk said the contract was due. The Chairman put it to the meeting that the grass budget should rise to \u00a3650. "
     "This was approved.", "The Chairman put it to the meeting that the grass budget should rise to \u00a3650. This was approved.", None),
    ("Residents told of three bursts. He called for the Council to write to the water company about the bursts. This was agreed.",
     "He called for the Council to write to the water company about the bursts. This was agreed.",
     "Write to the water company about the bursts"),
    ("Cllr Marsh asked if the grants policy could be held over until the clerk had taken advice. This was agreed.",
     "Cllr Marsh asked if the grants policy could be held over until the clerk had taken advice. This was agreed.", None),
])
def test_a_proposal_put_called_for_or_asked_and_then_agreed(tmp_path, body, clause, task):
    from tests.stored import second_item

    clauses, tasks = second_item(tmp_path, body)
    assert clauses == [clause]
    assert tasks == ([task] if task else [])


def test_decisions_on_a_minute_s_heading_line(tmp_path):
    page = (
        "Minutes of the Annual Meeting of Brackwell Fen Parish Council held on Monday 18 May 2037 in the Old School\n\n"
        "Present: Cllrs F Hart (Chair), G Mole, H Pike\n\n"
        "37/61 Confirm the Minutes of the Council Meeting held on 20th April 2037 \u2013 the minutes were confirmed and approved.\n\n"
        "37/65 Minutes: Minutes for the Annual Meeting held on 12th May 2036 agreed as accurate.\n\n"
        "37/66 To consider whether to adjourn the meeting in accordance with Standing Orders to hear questions from residents in "
        "attendance: Members agreed to adjourn the meeting in order to hear questions from residents.\n\n"
        "37/67 Close\n"
    )
    found = {item.number: clauses for item, clauses, _ in _items(tmp_path, page)}
    assert found["37/61"] == ["the minutes were confirmed and approved."]
    assert found["37/65"] == ["Minutes for the Annual Meeting held on 12th May 2036 agreed as accurate."]
    assert found["37/66"] == ["Members agreed to adjourn the meeting in order to hear questions from residents."]


def test_a_one_line_decision_with_no_stop_then_the_narrative(tmp_path):
    from tests.stored import second_item

    clauses, _ = second_item(tmp_path, "Resolved to elect Cllr Fox\nFollowing the lockdown rules the Clerk had handled urgent business "
                                       "by email.\nResolved to confirm those email decisions.")
    assert clauses == ["to elect Cllr Fox", "to confirm those email decisions."]


def test_a_decision_wrapped_over_lines_stays_whole(tmp_path):
    from tests.stored import second_item

    clauses, _ = second_item(tmp_path, "Resolved to ask the Clerk to write to the\nThe county about the hedge.")
    assert len(clauses) == 1


def test_a_clause_over_the_members_it_lists_keeps_them_as_its_own_list(tmp_path):
    from tests.stored import second_item

    clauses, _ = second_item(tmp_path, "RESOLVED \u2013\n\n1.   That a task group be set up to review the parking strategy.\n\n"
                                       "2.   That the membership of the task group be as follows:\n\n\u00b7   Councillor Ann Kemp (Chair)\n\n"
                                       "\u00b7   Councillor Bob Lyle\n\n\u00b7   Councillor Cath Moyes\n")
    assert clauses == [
        "That a task group be set up to review the parking strategy.",
        "That the membership of the task group be as follows:\n\n- Councillor Ann Kemp (Chair)\n- Councillor Bob Lyle\n- Councillor Cath Moyes",
    ]


def test_bullets_that_are_decisions_under_a_clause_stay_clauses(tmp_path):
    from tests.stored import second_item

    clauses, _ = second_item(tmp_path, "RESOLVED \u2013\n\n(a)   That the programme be approved with the following amendments:\n\n"
                                       "\u00b7   the June item to be moved to July;\n\n\u00b7   a visit to be added in September.\n")
    assert len(clauses) == 3


_PARTS = (
    "Minutes of the Meeting of Pelham Vale Parish Council held on Tuesday 19 May 2037 at 7.30pm in the Village Hall\n\n"
    "1. Apologies\nNone.\n\n"
    "2. Office Holders\nThe Chair noted that Mr Hale had resigned.\n\n  \u2022 Decision: J Keen was co-opted nem con\n"
    "  \u2022 Action: R Lowe to tell the other office holders of the change\n\n"
    "3. Matters Arising\n1. Pond (37.4.5 \u2013 1a) Cllr Gale had asked Mr Ward to clear the pond. It was agreed that this would be "
    "satisfactory.\n\n2. Bulbs (37.4.5 \u2013 2a) Cllr Lane has bought 3 bags of bulbs. Agreed that one bag would go to the green.\n\n"
    "4. Grants\na.Situation. The budget was on course. It was decided:\n- To approach the youth club about a bid for support Action: "
    "Cllr Page\nb.Payments. Two payments were authorised.\n\n"
    "5. Cabinet decisions\nCabinet Decision Record D370101\n\n1. the content of the audit report be noted\n\n2. the plan be approved "
    "for use.\nCabinet Decision Record D370102\nRESOLVED that the parks strategy be received.\n"
)


def test_a_decision_ends_where_the_minute_s_next_part_starts(tmp_path):
    found = {item.number: (clauses, [task.text for task in tasks]) for item, clauses, tasks in _items(tmp_path, _PARTS)}
    assert found["2"] == (["J Keen was co-opted nem con"], ["R Lowe to tell the other office holders of the change"])
    assert found["3"][0] == ["Agreed that this would be satisfactory.", "Agreed that one bag would go to the green."]
    assert len(found["4"][0]) == 1 and "Payments" not in found["4"][0][0]  # (never the next lettered point, "b.Payments.")
    assert found["5"][0] == ["the content of the audit report be noted", "the plan be approved for use.",
                             "that the parks strategy be received."]


def test_cpb_show_sets_a_clause_s_own_list_under_it(tmp_path, db_path):
    from click.testing import CliRunner

    from cpb_tui.cli import cli

    page = tmp_path / "task-group.txt"
    page.write_text(
        "Glenbrae Community Council\n\nMinutes of the meeting of Glenbrae Community Council held on Wednesday 14 April 2037\n\n"
        "1. Task group\nRESOLVED \u2013\n\n1. That a task group be set up.\n\n2. That the membership of the task group be as follows:\n\n"
        "\u00b7 Councillor Ann Kemp (Chair)\n\n\u00b7 Councillor Bob Lyle\n", encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", str(db_path), "import", str(page)]).exit_code == 0
    shown = runner.invoke(cli, ["--db", str(db_path), "show", "2037-04-14"]).output
    assert "        2) That the membership of the task group be as follows:\n\n           - Councillor Ann Kemp (Chair)\n" \
           "           - Councillor Bob Lyle\n" in shown


def test_a_task_in_brackets_after_a_decision_stays_a_task(tmp_path):
    from tests.stored import second_item

    clauses, tasks = second_item(tmp_path, "Old phone box \u2013 the operator will not move it therefore RESOLVED that the council would "
                                           "not adopt it - however, it needs painting (clerk to contact the operator)")
    assert clauses == ["that the council would not adopt it - however, it needs painting"]
    assert tasks == ["Clerk to contact the operator"]


@pytest.mark.parametrize("body", [
    "Mrs Grey said that in 2036, councillors agreed to look at the lighting on Chapel Row but nothing came of it.",
    "The ward members agreed that the closure of Back Lane had caused real difficulty.",
    "It was bought in 1998 \u2013 the council agreed to buy it from the Church for \u00a31 on a 99 year lease.",
    "Cllr Vine reported on the Hall Committee \u2013 the minutes of its AGM were approved at its December meeting.",
    "Cytunodd y Cynghorwyr fod y ffordd yn beryglus iawn.",
])
def test_opinions_history_and_other_bodies_are_no_decisions(tmp_path, body):
    from tests.stored import second_item

    clauses, _ = second_item(tmp_path, body)
    assert clauses == []


def test_a_report_s_proposals_listed_are_no_decisions(tmp_path):
    from tests.stored import second_item

    clauses, tasks = second_item(tmp_path, "The Town Clerk introduced his report, which proposed that:\n\n"
                                           "1) officers review the cemetery charges;\n\n2) officers consult the funeral directors; and\n\n"
                                           "3) the Committee note the report.\n\nRESOLVED that the report be noted and no review be carried out.")
    assert not any(clause.startswith("officers") for clause in clauses) and tasks == []  # (what the report proposed, never decided)


def test_a_decision_over_the_payments_it_makes(tmp_path):
    from tests.stored import second_item

    clauses, _ = second_item(tmp_path, "Resolved to make the following payments\nThe sum of \u00a3450 to Greenway Ltd for the verges.\n"
                                       "The sum of \u00a338.50 to the Clerk for stamps.")
    assert len(clauses) == 1 and "Greenway" in clauses[0]


# what a review of the step's diff found, written again (fictional pages)

def test_bullets_in_capitals_inside_numbered_items_stay_theirs(tmp_path):
    page = (
        "Minutes of the meeting of Hollin Green Parish Council held on 4 May 2037\n\n1. Apologies\nNone.\n\n2. Planning\n"
        "- LAND ADJACENT TO ROSE COTTAGE, MILL LANE \u2013 one dwelling. No objection.\n- OLD FORGE BARN, STATION ROAD \u2013 a porch. "
        "No objection.\n\n3. Highways\n- MILL LANE near the bridge\n- STATION ROAD by the bus stop\n\n4. Finance\nNone.\n\n5. Close\n"
    )
    assert [item.number for item, _, _ in _items(tmp_path, page)] == ["1", "2", "3", "4", "5"]


@pytest.mark.parametrize("body, tasks", [
    ("The Clerk will write to the landowner about the hedge; it is hoped the hedge will be cut before the nesting season.",
     ["The Clerk to write to the landowner about the hedge; it is hoped the hedge will be cut before the nesting season"]),
    ("The Clerk said that she would report the flooding to the County and that they would then send an engineer.",
     ["The Clerk to report the flooding to the County"]),
    ("When Cllr Pope asked whether the Clerk would attend the fair the Chairman said it was not expected of her.", []),
    ("(Min 7.1) Cllr Vine asked the Clerk to chase the insurers about the shelter claim.",
     ["The Clerk to chase the insurers about the shelter claim"]),
])
def test_what_the_review_found_in_the_task_rules(tmp_path, body, tasks):
    from tests.stored import second_item

    assert second_item(tmp_path, body)[1] == tasks


def test_bullets_after_an_amendment_as_follows_end_at_the_next_decision(tmp_path):
    from tests.stored import second_item

    _, tasks = second_item(tmp_path, "RESOLVED:\n- That the Clerk amend the inspection rota as follows:\n- Cllr Moss to take January to June\n"
                                     "- That Cllr Nye obtain a quote for new swing seats.\n- That the Clerk order two new bins.")
    assert "Cllr Nye to obtain a quote for new swing seats" in tasks and "The Clerk to order two new bins" in tasks


def test_headed_items_over_points_under_the_meeting_s_heading_stay_headed(tmp_path):
    page = (
        "Minutes of the Annual Meeting of Hollin Green Parish Council held on 4 May 2037\n\nPresent: Cllrs Quill, Rowe, Shaw\n\n"
        "Election of Chairman\nCllr Quill was elected Chairman for 2037/38.\n\nFinance\n2.1 The accounts were noted.\n"
        "2.2 The budget was set.\n2.3 The audit was received.\n\nPlanning\nNo applications.\n"
    )
    titles = [item.title for item, _, _ in _items(tmp_path, page)]
    assert "Election of Chairman" in titles and "Planning" in titles


def test_an_errand_to_buy_for_the_same_event_is_no_retelling(tmp_path):
    from tests.stored import second_item

    _, tasks = second_item(tmp_path, "It was agreed that Mrs Bell and Mr Hoy would speak to the school about the spring litter pick. "
                                     "Mrs Bell and Mr Hoy to order new grabbers and bags for the litter pick.")
    assert tasks == ["Mrs Bell and Mr Hoy to speak to the school about the spring litter pick",
                     "Mrs Bell and Mr Hoy to order new grabbers and bags for the litter pick"]
