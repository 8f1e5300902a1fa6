"""Actions in shapes the eighth step added: bare verbs listed under "RESOLVED to:", a day with its
year ("on 5 January 2027"), motions proposed and seconded, posts written in lower case, and items
to be placed on an agenda. Texts the project wrote, about fictional councils."""

import datetime as dt

import pytest

from cpb_tui.actions.due import parse_due, resolve_due
from cpb_tui.actions.extract import extract_from_resolution
from cpb_tui.actions.narrative import extract_from_minutes
from cpb_tui.importers.context import find_context
from tests.stored import stored, stored_text


def _listed(clause: str) -> list[tuple[str, str | None]]:
    return [(a.text, a.due_words) for a in extract_from_resolution(clause, "other", "to:")]


@pytest.mark.parametrize(
    "clause, expected",
    [
        ("Hold a workshop for members on the new inspection framework in February 2027.",
         [("Hold a workshop for members on the new inspection framework in February 2027", "in February 2027")]),
        ("Commission an independent review of the short breaks service.",
         [("Commission an independent review of the short breaks service", None)]),
        ("Proceed with an extra meeting on 4 December to review the second quarter's figures.",
         [("Proceed with an extra meeting on 4 December to review the second quarter's figures", "on 4 December")]),
        ("Ensure every member is told of the new timetable.", [("Ensure every member is told of the new timetable", None)]),
        ("Establish a working group on school transport.", [("Establish a working group on school transport", None)]),
    ],
)
def test_bare_verbs_under_resolved_to_are_things_to_do(clause, expected):
    assert _listed(clause) == expected


@pytest.mark.parametrize(
    "clause",
    [
        "Continue to oversee the review's action plan.",  # standing work, nothing new to do
        "Monitor progress on the engagement review.",
        "Hold the next meeting at the Guildhall.",  # the meeting's own arrangements
    ],
)
def test_standing_work_and_the_next_meeting_are_not_actions(clause):
    assert _listed(clause) == []


def test_a_day_with_its_year_is_a_due_day_unless_it_has_gone_by():
    spec = parse_due("Keep the joint budget session on Tuesday 5 January 2027 for all members")
    assert spec is not None and spec.words == "on Tuesday 5 January 2027"
    meeting, calendar = dt.date(2026, 10, 29), [dt.date(2026, 12, 3), dt.date(2027, 1, 5)]
    assert resolve_due(spec, meeting, calendar) == (dt.date(2027, 1, 5), dt.date(2027, 1, 5))
    gone = parse_due("Refer the comments to Cabinet, which met on 14 March 2026")
    assert gone is not None and resolve_due(gone, meeting, calendar) == (None, None)
    assert parse_due("Write to the trust about the letter dated 2 February 2027") is None  # a letter's date, not a time to act


_MINUTES = """Minutes of the meeting of Ashbury Parish Council held on Tuesday 9 March 2027 at 7pm in the Village Hall

1. Apologies
Apologies were received from Cllr Hart.

2. Footpaths
The path by the church is blocked. It was proposed by Cllr Jones that the clerk write to the landowner, seconded by Cllr Brown and agreed.

3. Bus shelter
It was proposed by Cllr Lee and seconded by Cllr Ames that the clerk obtain quotes for a new roof. All in favour.

4. Play area
The vice chairman offered to inspect the play area. The new fencing will be placed on the agenda for the next meeting.

5. Scrutiny programme
The Committee RESOLVED to: Hold a workshop on the play strategy in May 2027. Commission a survey of users of the park. Continue to monitor the budget.
"""


def test_motions_lower_case_posts_and_resolved_to_lists_through_an_import(tmp_path):
    _, items = stored_text(tmp_path, "ashbury.txt", _MINUTES)
    found = {item.number: [(a.text, a.due_words) for a in actions] for item, _, actions in items}
    clauses = {item.number: texts for item, texts, _ in items}
    assert found["2"] == [("The clerk to write to the landowner", None)]
    assert found["3"] == [("The clerk to obtain quotes for a new roof", None)]
    assert found["4"] == [
        ("The vice chairman to inspect the play area", None),
        ("Place the new fencing on the agenda for the next meeting", "for the next meeting"),
    ]
    assert clauses["5"] == [
        "Hold a workshop on the play strategy in May 2027.", "Commission a survey of users of the park.", "Continue to monitor the budget.",
    ]  # each sentence a decision of its own
    assert found["5"] == [
        ("Hold a workshop on the play strategy in May 2027", "in May 2027"),
        ("Commission a survey of users of the park", None),
    ]


@pytest.mark.parametrize(
    "minutes",
    [
        # what an officer said was planned, reported after the event: no one here undertook it
        "Mr Deane had advised that the paving was to be replaced by blocks.",
        # an offer no one in particular made
        "Several members offered to inspect the play area.",
    ],
)
def test_plans_reported_and_offers_by_no_one_are_not_actions(minutes):
    assert extract_from_minutes(minutes) == []


@pytest.mark.parametrize(
    "clause, expected",
    [
        ("The Committee instructed the Executive Director to report back on the options by March 2027.",
         [("The Executive Director to report back on the options by March 2027", "by March 2027")]),
        ("The Council resolved to seek legal advice on the boundary dispute.", [("Seek legal advice on the boundary dispute", None)]),
        ("The Panel invited the Chief Fire Officer to attend its next meeting.",
         [("The Chief Fire Officer to attend its next meeting", "its next meeting")]),
        # a sum given away is done when it is decided
        ("The Council decided to contribute £100 to the village fete.", []),
    ],
)
def test_past_tense_orders_from_the_body_itself(clause, expected):
    assert [(a.text, a.due_words) for a in extract_from_resolution(clause, "other")] == expected


@pytest.mark.parametrize(
    "minutes, expected",
    [
        ("Members were informed that a report on the respite review would come to the next meeting.",
         [("Bring a report on the respite review to the next meeting", "to the next meeting")]),
        ("The matter will be raised with the police at the next community safety meeting.",
         [("Raise the matter with the police at the next community safety meeting", "at the next community safety meeting")]),
        ("The report was noted and it was agreed that the matter would be revisited in March.",
         [("Revisit the matter in March", "in March")]),
    ],
)
def test_papers_coming_and_matters_raised_or_revisited(minutes, expected):
    assert [(a.text, a.due_words) for a in extract_from_minutes(minutes)] == expected


@pytest.mark.parametrize(
    "minutes",
    [
        "It was hoped that a report would come to the next meeting.",  # a hope
        "If funding is found, an update will come back to the Board.",  # on a condition
        "The contract will come to an end in March.",  # no paper, no meeting
    ],
)
def test_papers_hoped_for_or_on_a_condition_are_not_actions(minutes):
    assert extract_from_minutes(minutes) == []


def _import_fixture(fixture_path, tmp_path, name, **asked):
    """The meeting, and every clause and action of the fixture, in order."""
    meeting, items = stored(tmp_path, fixture_path(f"shapes/{name}"), **asked)
    return meeting, [text for _, texts, _ in items for text in texts], [a.text for _, _, actions in items for a in actions]


def test_an_officer_decision_with_headings_and_no_colons(fixture_path, tmp_path):
    meeting, clauses, actions = _import_fixture(fixture_path, tmp_path, "officer_decision_headings.txt")
    # "Decision taken by:" names who decided; "Date:" is the decision's date, not more of the name
    assert (meeting.committee, meeting.date) == ("Head of Fostering Services", dt.date(2027, 2, 3))
    assert clauses == ["Decided to purchase 40 training places from Northfield College at a cost of £12,000."]
    assert actions == []  # bought by the decision itself


def test_an_executive_member_decided_to_over_a_list_and_a_reason_after_it(fixture_path, tmp_path):
    _, clauses, actions = _import_fixture(fixture_path, tmp_path, "executive_member_decided_to.txt")
    assert clauses[-1] == "write to partner agencies setting out their part in the offer."  # the reason is not part of it
    assert actions == [
        "The Service Manager for Leaving Care to bring an annual report on take-up of the offer to the Corporate Parenting Board",
        "Write to partner agencies setting out their part in the offer",
    ]


def test_a_reason_after_each_clause_keeps_the_clauses_after_it(fixture_path, tmp_path):
    _, clauses, actions = _import_fixture(fixture_path, tmp_path, "reason_after_each_clause.txt", committee="Executive Member for Environment")
    assert len(clauses) == 2 and clauses[1].startswith("That the Environment Agency be asked")
    assert not any("Reason" in clause for clause in clauses)
    assert actions == ["The Environment Agency to consider further engagement with the residents of Quay Street about property resilience"]


def test_labels_on_lines_of_their_own_and_a_report_that_should_come_forward(fixture_path, tmp_path):
    _, clauses, actions = _import_fixture(fixture_path, tmp_path, "outstanding_business_labels_alone.txt")
    assert clauses[:1] == ["Agreed to discharge Item 1,"] and len(clauses) == 3  # (a), (b) and (c), each its own
    assert actions == [  # an item discharged is closed, not a task
        "The Area Committee Officer to write to the Director about Item 3, as no information had been received",
        "Bring a report to the next meeting on 26 September, even if only an interim report",
        "The Area Committee Officer to seek an update on Item 6",
    ]
    spec = parse_due("A report should come forward to the next meeting on 26 September")
    assert resolve_due(spec, dt.date(2026, 9, 5), []) == (None, dt.date(2026, 9, 26))  # this September, not next


def test_clauses_wrapped_over_blank_lines_and_a_power_with_a_paper_to_come(fixture_path, tmp_path):
    _, clauses, actions = _import_fixture(fixture_path, tmp_path, "decision_wrapped_with_blank_lines.txt", committee="Mayor and Cabinet")
    assert clauses == [
        "the new duties for the council in relation to the placement of households outside the borough be noted;",
        "the interim placement policy be approved; and",
        "officers be authorised to proceed with consultation on a full placement policy to be presented to Mayor and Cabinet in November 2026.",
    ]
    assert actions == ["Officers to proceed with consultation on a full placement policy to be presented to Mayor and Cabinet in November 2026"]


@pytest.mark.parametrize(
    "minutes, expected",
    [
        ("The review of library hours is coming forward for the meeting on 12 March 2027.",
         [("Bring the review of library hours for the meeting on 12 March 2027", "meeting on 12 March 2027")]),
        ("The item on bus routes was scheduled for the next meeting on 4 June.",
         [("Schedule the item on bus routes for the next meeting on 4 June", "for the next meeting on 4 June")]),
        ("The external auditors were expecting to bring their report to the next meeting in July.",
         [("The external auditors to bring their report to the next meeting in July", "to the next meeting in July")]),
        ("PC Evans said that he would investigate.", [("PC Evans to investigate", None)]),
        ("The Clerk will endeavour to obtain a response before the next meeting.",
         [("The Clerk to obtain a response before the next meeting", "before the next meeting")]),
        ("The Clerk has been asked to write to the landowner.", [("The Clerk to write to the landowner", None)]),
    ],
)
def test_business_scheduled_ahead_and_undertakings_said_softly(minutes, expected):
    assert [(a.text, a.due_words) for a in extract_from_minutes(minutes)] == expected


@pytest.mark.parametrize(
    "minutes",
    [
        # a meeting arranged, with the date of the meeting that discussed it further on
        "A meeting was scheduled for the two Chairs to discuss the link between the committees, as raised at the meeting on 1st June 2026.",
        "He said that the contractor would chase up.",  # a verb alone says nothing to do
    ],
)
def test_arrangements_with_a_past_date_are_not_scheduled_business(minutes):
    assert extract_from_minutes(minutes) == []


@pytest.mark.parametrize(
    "heading, committee, date",
    [
        # a committee that sat between two dates, then its meeting's own date
        (["Agenda and minutes", "", "Corporate Parenting Panel (12/11/2016- 30/04/2026) - Tuesday 3 November 2026 3.30 p.m."],
         "Corporate Parenting Panel", dt.date(2026, 11, 3)),
        (["RECORD OF DECISION", "", "The following decisions were taken on WEDNESDAY, 13 JANUARY 2027 by the EXECUTIVE"],
         "Executive", dt.date(2027, 1, 13)),
    ],
)
def test_headings_with_a_body_s_years_or_decisions_taken_by(heading, committee, date):
    found = find_context(heading)
    assert (found.committee.value, found.date.value) == (committee, date)


@pytest.mark.parametrize(
    "minutes, expected",
    [
        ("Councillor Boyd requested that officers follow up with the Housing Executive.",
         [("Officers to follow up with the Housing Executive", None)]),
        ("There was a request for a presentation from the health trust at a future meeting.",
         [("Presentation from the health trust at a future meeting", "at a future meeting")]),
        ("Contractor to be advised.", [("Advise Contractor", None)]),
        ("It was the intention to submit the final plan to the April meeting.",
         [("Submit the final plan to the April meeting", "to the April meeting")]),
    ],
)
def test_requests_intentions_and_errands_in_shorthand(minutes, expected):
    assert [(a.text, a.due_words) for a in extract_from_minutes(minutes)] == expected


def test_a_noted_promise_of_further_information_and_a_member_asking_in_a_decision():
    assert [a.text for a in extract_from_resolution("To note that further information would be circulated to members by email.", "notes")] == [
        "Circulate further information to members by email"
    ]
    found = extract_from_resolution("Councillor Boyd requested that officers write to the Housing Executive.", "other")
    assert [(a.text, a.owners) for a in found] == [("Officers to write to the Housing Executive", ("officers",))]  # the member asks, officers do
    assert extract_from_minutes("It was hoped that the plan would be ready one day.") == []
    assert extract_from_minutes("It was the intention to review the policy at some point.") == []  # no time: only a hope


def test_a_sentence_thousands_of_characters_long_is_read_a_stretch_at_a_time():
    filler = "the members discussed the hedges along the lane " * 60  # ~2,900 characters with no full stop
    found = extract_from_minutes(filler + "and the Clerk will write to the landowner about the hedges.")
    assert [a.text for a in found] == ["The Clerk to write to the landowner about the hedges"]


def test_a_recommendation_carried_over_its_list_and_a_vote_in_brackets(fixture_path, tmp_path):
    text = (
        "Minutes of the meeting of the Moorland Park Authority held on 8 October 2026\n\n"
        "67/26 Review of the Management Plan\n"
        "The report was presented by the Head of Performance.\n"
        "The recommendation as set out in the report was moved, seconded, voted on and carried.\n"
        "- To note the update on the review since the May 2026 meeting.\n"
        "- To approve the terms of reference for the task and finish group.\n"
        "Supporting documents:\n"
        "- Authority report, item 67/26 PDF 220 KB\n\n"
        "68/26 Matters Arising\n"
        "Resolved: (unanimously)\n\n"
        "(i) the update be noted; and\n"
        "(ii) the Clerk circulate the revised sheet to members.\n"
    )
    _, items = stored_text(tmp_path, "park.txt", text)
    clauses = [texts for _, texts, _ in items]
    assert clauses == [
        ["To note the update on the review since the May 2026 meeting.", "To approve the terms of reference for the task and finish group."],
        ["the update be noted; and", "the Clerk circulate the revised sheet to members."],  # "(unanimously)" is how the vote went
    ]


def test_a_decision_with_the_list_it_covers_and_what_follows_the_list():
    from cpb_tui.importers.resolutions import parse_resolved

    found = parse_resolved([
        "Agreed that topics from the annual public health report be included in the work programme, namely:",
        "  \u2022 Housing;", "  \u2022 Air Quality; and", "  \u2022 Dental health across the borough.",
        "The Chair further requested that the first report to the next meeting focus on housing.",
        "Members also agreed that a workshop on county lines be arranged before April.",
    ])
    assert [r.text.split("\n")[0] for r in found] == [
        "Agreed that topics from the annual public health report be included in the work programme, namely:",
        "The Chair further requested that the first report to the next meeting focus on housing.",
        "Members also agreed that a workshop on county lines be arranged before April.",
    ]  # one decision with its list, not a clause (and an action) for each topic
    assert "- Air Quality; and" in found[0].text


def test_all_agreed_mid_paragraph_the_clerk_requested_and_minutes_signed(tmp_path):
    text = (
        "Minutes of the meeting of Bwlchgwyn Community Council held on Tuesday 9 September 2026 at 7.30pm\n\n"
        "1. Apologies for absence\nNone.\n\n"
        "2. Minutes of the last meeting: Proposed by Cllr Owen and seconded by Cllr Wyn that they be signed by the Chairman. All agreed.\n\n"
        "3. Matters arising\nCllr Evans reported that a new liaison officer had been appointed by the county. "
        "All agreed that the liaison officer be invited to a meeting in the autumn. Clerk requested to email the county "
        "expressing our support.\n"
    )
    _, items = stored_text(tmp_path, "bwlchgwyn.txt", text)
    clauses = [texts for _, texts, _ in items]
    actions = [[a.text for a in found] for _, _, found in items]
    assert "All agreed that the liaison officer be invited to a meeting in the autumn." in clauses[2]
    assert actions[1] == []  # the minutes signed at the meeting are no task
    assert actions[2] == ["Invite the liaison officer to a meeting in the autumn", "Clerk to email the county expressing our support"]
    assert [a.text for a in extract_from_resolution("That the Chief Executive issue a letter to the Minister.", "other")] == [
        "The Chief Executive to issue a letter to the Minister"
    ]


@pytest.mark.parametrize(
    "clause, text, owners",
    [
        ("that the Deputy Leader (Communities) attends a future meeting of the Panel.",
         "The Deputy Leader (Communities) to attend a future meeting of the Panel", ("the Deputy Leader (Communities)",)),
        ("that the Director (Place) and the Chair (Cllr Hale) bring a report to the June meeting",
         "The Director (Place) and the Chair (Cllr Hale) to bring a report to the June meeting",
         ("the Director (Place)", "the Chair (Cllr Hale)")),
    ],
)
def test_a_bracket_saying_which_post_belongs_to_the_doer(clause, text, owners):
    found = extract_from_resolution(clause, "RESOLVED")
    assert [(a.text, a.owners) for a in found] == [(text, owners)]
    assert extract_from_resolution("that the report (attached) be noted", "RESOLVED") == []


@pytest.mark.parametrize(
    "clause, lead_in, text",
    [
        # a further report noted as coming back to the body deciding is its to follow
        ("Note that a further report on the consultation shall be brought back to Cabinet for final approval; and",
         "The Cabinet resolved to:", "Bring a further report on the consultation back to Cabinet for final approval"),
        ("That it be noted that a further report will be presented to the next meeting.", None,
         "Present a further report to the next meeting"),
        ("that it be noted that the Clerk will write to the police", None, "The Clerk to write to the police"),
    ],
)
def test_noted_reports_still_to_come(clause, lead_in, text):
    assert [a.text for a in extract_from_resolution(clause, "RESOLVED", lead_in)] == [text]


@pytest.mark.parametrize(
    "clause",
    [
        "Note that the strategy will be presented to full Council in March.",  # another body's business
        "That it be noted that the report was received.",
    ],
)
def test_noted_business_elsewhere_or_done_is_no_action(clause):
    assert extract_from_resolution(clause, "RESOLVED") == []


def test_numbered_clauses_run_on_after_resolved_to_in_one_line(tmp_path):
    """ "... and it was RESOLVED to: 1. Note ... 2. Agree ... 3. Agree ...": each number a clause, none lost to the narrative."""
    text = (
        "Minutes of the meeting of the Mayor and Cabinet held on 5 March 2025\n"
        "1. Learning Disability Plan\n"
        "Cllr Hale MOVED, Cllr Moss SECONDED and it was RESOLVED to: 1. Note the outcome of the consultation on the plan "
        "2. Agree the seven priority areas set out in the plan. Agree the setting up of the partnership board. "
        "3. Ask officers to bring a progress report to the September 2025 meeting\n"
        "2. Parking\nRESOLVED that the report be noted.\n"
    )
    _, found = stored_text(tmp_path, "ashcombe-cabinet.txt", text)
    assert found[0][1] == [
        "Note the outcome of the consultation on the plan",
        "Agree the seven priority areas set out in the plan. Agree the setting up of the partnership board.",
        "Ask officers to bring a progress report to the September 2025 meeting",
    ]
    assert [(a.text, a.due_words) for a in found[0][2]] == [
        ("Officers to bring a progress report to the September 2025 meeting", "to the September 2025 meeting"),
    ]
    assert "1. Note" not in (found[0][0].minutes or "")  # the clauses are not left in the narrative


def test_flattened_decision_and_minutes_rows_with_movers_and_run_on_clauses(tmp_path):
    """A meeting page's table flattened a row a line: titles lose the row's "Decision: ... Minutes: ..."
    fields, who MOVED and SECONDED is no clause, and "RESOLVED to: 1. ... 2. ..." gives its clauses."""
    decision = (
        "Cllr Hale MOVED, Cllr Moss SECONDED and it was RESOLVED to: 1. Note the findings of the play area survey "
        "2. Agree the three priority sites set out in the report. 3. Ask officers to bring costed plans to the June 2025 meeting"
    )
    text = (
        "Venue: Council Chamber, Ashcombe Town Hall. View directions\nContact: Committee Services Email:\nNo. | Item |\n"
        "Declaration of Interests Decision: None Minutes: None |\n"
        "Play Area Strategy Additional documents:\n"
        f"Decision: {decision} Minutes: {decision}\n"
    )
    _, found = stored_text(tmp_path, "ashcombe-cabinet-page.txt", text, committee="Ashcombe Cabinet", date=dt.date(2025, 3, 4))
    titles = [item.title for item, _, _ in found]
    assert "Declaration of Interests" in titles and "Play Area Strategy" in titles
    clauses = next(clauses for item, clauses, _ in found if item.title == "Play Area Strategy")
    assert clauses[:3] == [
        "Note the findings of the play area survey",
        "Agree the three priority sites set out in the report.",
        "Ask officers to bring costed plans to the June 2025 meeting",
    ]
    assert not any("MOVED" in clause for clause in clauses)


def test_the_following_was_resolved_over_clauses_that_name_the_committee_in_lower_case(tmp_path):
    """ "The following was therefore RESOLVED:" opens the decision; "1. The committee agreed to consult on
    ..." is a clause and an action, "2. The committee noted ..." a clause and none."""
    text = (
        "Decision details\nSchool Admission Arrangements, 2027-28\nDecision Maker: Children and Young People Committee\n"
        "Decision status: Recommendations Approved\nDecisions:\n"
        "The Director introduced the item. The recommendations were unanimously agreed by the committee.\n\n"
        "The following was therefore RESOLVED:\n\n \n\n"
        "1.    The committee agreed to consult on two proposed changes to the admission arrangements for 2027/28.\n\n"
        "2.    The committee noted the petition from residents of Mill Lane and the recommendation to take no further action.\n\n"
        "Date of decision: 14/07/2026\n"
    )
    _, found = stored_text(tmp_path, "ashcombe-admissions.txt", text)
    clauses = [clause for _, item_clauses, _ in found for clause in item_clauses]
    assert len(clauses) == 2 and clauses[0].startswith("The committee agreed to consult")
    assert [a.text for _, _, actions in found for a in actions] == ["Consult on two proposed changes to the admission arrangements for 2027/28"]


def test_a_lower_case_committee_wishing_to_receive_details_asks_for_them():
    found = extract_from_resolution("the committee receive details of the recommendations made by the auditors.", "RESOLVED")
    assert [a.text for a in found] == ["Receive details of the recommendations made by the auditors"]


@pytest.mark.parametrize(
    "clause, verb, text, due",
    [
        ("That a feedback report be received in July 2027.", "RESOLVED", "Receive a feedback report in July 2027", "in July 2027"),
        ("Agreed that the election of the Vice-Chair would therefore take place at the next meeting.", "AGREED",
         "The election of the Vice-Chair to take place at the next meeting", "at the next meeting"),
        ("Agreed that the matter would be considered at the March meeting.", "AGREED",
         "The matter to be considered at the March meeting", "at the March meeting"),
    ],
)
def test_reports_and_business_put_to_a_later_date(clause, verb, text, due):
    assert [(a.text, a.due_words) for a in extract_from_resolution(clause, verb)] == [(text, due)]


def test_a_condition_is_not_what_is_to_be_done():
    """ "... once the final decision is made" made "Make Authorises the Head of ..." before. The power the
    clause gives is the Head of Governance's task (read since the eighteenth step); the condition is never one."""
    clause = "Authorises the Head of Governance to publish a notice of making once the final decision is made."
    assert [(a.owners, a.text) for a in extract_from_resolution(clause, "RESOLVED", "RESOLVED that Cabinet:")] == [
        (("the Head of Governance",), "The Head of Governance to publish a notice of making once the final decision is made")
    ]
    assert extract_from_resolution("That the report be received.", "RESOLVED") == []


@pytest.mark.parametrize(
    "minutes, text",
    [
        ("The Clerk was to continue to contact the diocese to fill the vacancies.", "The Clerk to contact the diocese to fill the vacancies"),
        ("The Clerk will continue to chase the highways team about the drain.", "The Clerk to chase the highways team about the drain"),
    ],
)
def test_what_the_clerk_was_to_do_or_will_go_on_doing(minutes, text):
    assert [a.text for a in extract_from_minutes(minutes)] == [text]


@pytest.mark.parametrize(
    "minutes, text, owners",
    [
        ("- Are there plans to be more proactive?\u2013 ACTION (provide members with trend data on temporary housing)",
         "Provide members with trend data on temporary housing", ()),
        ("The bus shelter roof leaks. ACTION (Clerk to get three quotes)", "Clerk to get three quotes", ("Clerk",)),
    ],
)
def test_a_task_in_brackets_after_action(minutes, text, owners):
    assert [(a.text, a.owners, a.source) for a in extract_from_minutes(minutes)] == [(text, owners, "minutes")]


def test_an_issue_page_whose_item_number_carries_a_colon(tmp_path):
    text = (
        "Issue - meetings\n\nFuture of the Mobile Library\n\nMeeting: 14/07/2026 - Cabinet (Item 19:)\n\n"
        "19: Mobile Library Review pdf icon PDF 2 MB\n\nA report on the outcome of the consultation.\n\n\nWards: All\n\n"
        "That the outcome of the consultation be noted, and that the item be referred to the meeting of Council on 29 July 2026 for further discussion.\n"
    )
    meeting, found = stored_text(tmp_path, "ashcombe-issue.txt", text)
    assert (meeting.committee, meeting.date) == ("Cabinet", dt.date(2026, 7, 14))
    (item, clauses, actions), = found
    assert "19" in (item.number, item.minute_number)
    assert [(a.due_words, a.due_date or a.due_meeting_date) for a in actions] == [("Council on 29 July 2026", dt.date(2026, 7, 29))]


def test_a_passive_takes_its_subject_from_its_own_sentence():
    """ "Paths. KC confirmed that this is on the list of works to be completed ..." made "Complete Paths. KC
    confirmed ..."; the subject after "that" in the passive's own sentence is kept."""
    assert extract_from_resolution(
        "Cemetery paths. KC confirmed that this is on the list of works to be completed as soon as possible.", "noted"
    ) == []
    found = extract_from_resolution(
        "The minutes were signed. It was reported that they had been adopted subject to an amendment to provide that a report be "
        "submitted to the Resources Committee on the cost of new benches.", "RESOLVED"
    )
    assert [a.text for a in found] == ["Submit a report to the Resources Committee on the cost of new benches"]


def test_northern_irish_proposals_seconded_and_elected_or_agreed(tmp_path):
    """ "On the proposal of A, seconded by B, C was duly elected as Chairman" and "... seconded by B this was
    agreed." are decisions as recorded; "if Council agreed to such, it could be ..." is no promise."""
    text = (
        "MINUTES OF THE ENVIRONMENT COMMITTEE HELD ON MONDAY 8 JUNE 2026 AT 7.00 PM\n\n"
        "Election of Chairperson\n\n"
        "On the proposal of Councillor Boyd, seconded by Councillor Hale, Councillor Moss was duly elected as Chairman of the Environment Committee.\n\n"
        "Ashcombe Village Association\n\n"
        "The officer advised that the group had folded and would like to donate flower boxes to the Council.\n\n"
        "On the proposal of Councillor Dunn, seconded by Councillor Ford this was agreed.\n\n"
        "Women's Institute Anniversary\n\n"
        "The officer advised that if Council agreed to such, it could be planted at the entrance to the car park.\n"
    )
    _, found = stored_text(tmp_path, "ashcombe-environment.txt", text)
    clauses = [clause for _, item_clauses, _ in found for clause in item_clauses]
    assert clauses == [
        "On the proposal of Councillor Boyd, seconded by Councillor Hale, Councillor Moss was duly elected as Chairman of the Environment Committee.",
        "On the proposal of Councillor Dunn, seconded by Councillor Ford this was agreed.",
    ]
    assert [a.text for _, _, actions in found for a in actions] == []


def test_any_changes_that_would_be_referred_back_are_a_standing_condition():
    clause = "That any changes to the service design in paragraph 8.2 of the report would be referred back to Cabinet for approval."
    assert extract_from_resolution(clause, "RESOLVED") == []
    assert [a.text for a in extract_from_resolution("That this item be deferred to the next meeting of Cabinet.", "RESOLVED")] == [
        "Defer this item to the next meeting of Cabinet"
    ]


def test_an_issue_decision_whose_clauses_are_numbered_and_whose_title_names_its_item(tmp_path):
    """ "Issue - decisions" with "20/07/2026 - Title (Agenda Item 14)" over "1. Approved ..." "2. Noted ...": one
    decision of item 14 with two clauses, not items 1 and 2."""
    text = (
        "Issue - decisions\n\nAllocations Policy\n\n20/07/2026 - Allocations Policy (Agenda Item 14)\n\n\n"
        "1.     Approved the request to go to consultation on the Ashcombe housing allocation scheme.\n\n\n"
        "2.     Noted that the outcome of the consultation will shape the final policy.\n"
    )
    _, found = stored_text(tmp_path, "ashcombe-issue-decisions.txt", text, committee="Ashcombe Cabinet")
    (item, clauses, _), = found
    assert (item.number or item.minute_number, item.title) == ("14", "Allocations Policy")
    assert clauses == [
        "Approved the request to go to consultation on the Ashcombe housing allocation scheme.",
        "Noted that the outcome of the consultation will shape the final policy.",
    ]


def test_a_task_cut_mid_word_is_none_and_being_in_contact_is_one():
    assert extract_from_minutes("The scheme differs from the model scheme. It was agreed to wr") == []
    assert extract_from_resolution("Agreed to wr", "AGREED") == []
    found = extract_from_resolution("Agreed that the Secretary should be in contact with the leaders of Ashcombe Council.", "AGREED")
    assert [(a.text, a.owners) for a in found] == [("The Secretary to contact the leaders of Ashcombe Council", ("the Secretary",))]


@pytest.mark.parametrize(
    "minutes",
    [
        "If there was a particular point a board member would like minuted they were requested to raise this at the meeting.",
        "The strategy update would be considered at the Sub Committee in January. Members requested that this be reflected in the schedule.",
    ],
)
def test_a_condition_or_a_pronouns_passive_is_no_task(minutes):
    assert [a.text for a in extract_from_minutes(minutes) if a.text.startswith(("If", "This"))] == []
