"""Work programme decisions that move business between meetings, and parish minutes whose
lettered sub-points each carry an owner tag: fixtures the project wrote, in the shapes of
public pages (fictional councils)."""

import datetime as dt

import pytest

from cpb_tui.actions.extract import extract_from_resolution
from cpb_tui.actions.narrative import extract_from_minutes
from cpb_tui.actions.scheduling import scheduled_changes, taken_again
from cpb_tui.importers import load
from cpb_tui.store import Store


@pytest.fixture
def store(tmp_path):
    opened = Store.open(tmp_path / "cpb.db")
    yield opened
    opened.close()


def imported_actions(fixture_path, store, name, **context):
    source, record = load(fixture_path("shapes/" + name), **context)
    outcome = store.import_document(record, str(source.path), source.sha256)
    return {
        item.number: [(a.text, a.due_words, a.due_meeting_date or a.due_date, a.owners) for a in store.item_actions(item.id)]
        for meeting in outcome.meetings
        for item in store.items(meeting.id)
    }


def test_a_programme_approved_subject_to_moves_gives_one_action_per_move(fixture_path, store):
    actions = imported_actions(fixture_path, store, "work_programme_subject_to.txt")
    assert [(text, due) for text, _, due, _ in actions["212"]] == [
        # the day each names, as no meeting of the committee is known on it
        ("Move the progress report from the libraries review group to 4 March 2025", dt.date(2025, 3, 4)),
        ("Add the closing report on the town centre grant scheme to the agenda for 21 January 2025", dt.date(2025, 1, 21)),
    ]


def test_programme_discussion_finds_what_comes_back_and_when_but_not_what_was_noted_or_hoped(fixture_path, store):
    actions = imported_actions(fixture_path, store, "work_programme_discussion.txt", committee="Children's Scrutiny Committee", date=dt.date(2024, 10, 1))
    (found,) = actions.values()
    texts = {text: due for text, _, due, _ in found}
    assert texts == {
        "Schedule an item on elective home education for the July 2025 meeting": dt.date(2025, 7, 31),
        "The task group on school transport to report to the committee in June 2025": dt.date(2025, 6, 30),
        "Add the fostering recruitment campaign to the work programme for the September meeting": dt.date(2025, 9, 30),
    }
    # "It was noted that ... would be considered again" records; "could be considered ... if" hopes


def test_lettered_sub_points_keep_their_own_owner_tags(fixture_path, store):
    actions = imported_actions(fixture_path, store, "parish_minutes_lettered_actions.txt")
    # each lettered point of minute 25/14 is a sub-item, so each tag stays with its own point
    assert list(actions)[:6] == ["25/14", "25/14(a)", "25/14(b)", "25/14(c)", "25/14(d)", "25/15"]
    assert actions["25/14"] == actions["25/14(a)"] == actions["25/14(d)"] == []
    found = {owners: (text, due) for number in ("25/14(b)", "25/14(c)") for text, _, due, owners in actions[number]}
    assert set(found) == {("AM",), ("the Clerk",)}
    assert "chase up" in found[("AM",)][0]
    assert found[("the Clerk",)] == ("The Clerk to write to the tenants about cutting it back before April", dt.date(2025, 4, 30))
    assert actions["25/15"] == []


def test_each_sub_point_of_a_minute_holds_its_own_text(fixture_path):
    source, record = load(fixture_path("shapes/parish_minutes_lettered_actions.txt"))
    items = {item.number: item for item in record.meetings[0].items}
    assert items["25/14(b)"].title == "Bus shelter"
    assert items["25/14(b)"].minutes.startswith("Bus shelter \u2013 still waiting for a second quote")
    assert "Grit bin" not in items["25/14(b)"].minutes and "Grit bin" in items["25/14(d)"].minutes


@pytest.mark.parametrize(
    "clause, expected",
    [
        ("the programme be agreed, subject to the audit report being deferred to 9 June 2026",
         ["Defer the audit report to 9 June 2026"]),
        ("the programme be agreed, subject to the budget item being brought forward to the agenda for 3 February 2026 and the "
         "housing update being moved to 14 April 2026",
         ["Bring forward the budget item to the agenda for 3 February 2026", "Move the housing update to 14 April 2026"]),
        ("the programme be agreed, subject to the housing update being moved", []),  # no time: not yet a promise
        ("the report be noted", []),
    ],
)
def test_moves_in_a_decision(clause, expected):
    assert [a.text for a in scheduled_changes(clause)] == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The libraries strategy would be considered again at the June meeting.", "Consider the libraries strategy again at the June meeting"),
        ("The working group would report back to the committee in March 2026.", "The working group to report back to the committee in March 2026"),
        ("The libraries strategy would be considered at a meeting of the Cabinet in June 2026.", None),
        ("It was noted that the libraries strategy would be considered again at the June meeting.", None),
        ("The libraries strategy could be considered again at the June meeting.", None),
        ("The libraries strategy would be considered again.", None),
    ],
)
def test_business_taken_again_needs_a_time_and_a_firm_word(sentence, expected):
    found = taken_again(sentence)
    assert (found.text if found else None) == expected


def test_an_undertaking_inside_an_agreement_is_its_doers_action():
    (action,) = extract_from_resolution("it was agreed that the path was the council's, so the Clerk would order new signs.", "agreed")
    assert (action.text, action.owners) == ("The Clerk to order new signs", ("the Clerk",))
    assert extract_from_resolution("it was agreed that the Clerk would like more time.", "agreed") == []


def test_a_tag_under_a_bare_heading_makes_no_action():
    assert extract_from_minutes("c) Allotment hedge \u2013\nAction KL") == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("A letter to be sent to the MP.", ("Send a letter to the MP", None)),
        ("Update to be brought to next meeting.", ("Bring update to next meeting", "to next meeting")),
        ("An update on the play strategy to be provided at the next meeting.",
         ("Provide an update on the play strategy at the next meeting", "at the next meeting")),
        ("The Chairman outlined the procedure to be followed.", None),
        ("Date of next meeting to be confirmed.", None),
        ("Approved minutes to be posted on the website.", ("Post approved minutes on the website", None)),
        ("The Council welcomed the talk and CP to send a poster to the Clerk.", ("CP to send a poster to the Clerk", None)),
        ("He went to London and Paris to see the sights.", None),
        ("The Committee agreed with the suggestion to hold a workshop for all Members early in 2027.",
         ("Hold a workshop for all Members early in 2027", None)),
        ("Members agreed with the suggestion to note the report.", None),
        ("Mr Dale gave up the planters; the Chair thanked him and the Clerk would place a notice on the board.",
         ("The Clerk to place a notice on the board", None)),
        ("The Leader asked the Director of Governance to pass on the Cabinet's thanks to the panel chairs.",
         ("The Director of Governance to pass on the Cabinet's thanks to the panel chairs", None)),
        ("An update on the café should be added to the Work Programme for the March 2027 committee meeting.",
         ("Add an update on the café to the Work Programme for the March 2027 committee meeting", "for the March 2027 committee meeting")),
        ("To comply with the agreement that issues raised should be presented to Cabinet after each round.", None),
        ("The change was the deferral of the Procurement Plan from the 22 October 2026 meeting to the December 2026 meeting.",
         ("Defer the Procurement Plan from the 22 October 2026 meeting to the December 2026 meeting", "to the December 2026 meeting")),
        ("Members asked that the highways item be moved from the October meeting to the January meeting, which was agreed.",
         ("Move the highways item from the October meeting to the January meeting, which was agreed", "to the January meeting")),
        ("It was agreed that since the Roads Service would attend in December Northern Ireland Water should be invited to attend the January meeting.",
         ("Invite Northern Ireland Water to attend the January meeting", "the January meeting")),
        ("The Clerk will purchase the items before the end of May.", ("The Clerk to purchase the items before the end of May", "before the end of May")),
        ("The Director said that officers and Portfolio Holders were requested to provide details of these.",
         ("Officers and Portfolio Holders to provide details of these", None)),
        ("b. Action \u2013 Clerk to contact the school about the payment.", ("Clerk to contact the school about the payment", None)),
        ("It was hoped that, for future meetings, Portfolio Holders would submit a report on their priorities.", None),
        ("The work on the common be done before March,", ("Do the work on the common before March", "before March")),
        ("The hedge be cut before the end of April.", ("Cut the hedge before the end of April", "before the end of April")),
        ("The report be noted.", None),
        ("All Parish Councillors to fill in their nomination forms.", ("All Parish Councillors to fill in their nomination forms", None)),
        ("Expressions of interest in joining the group would be sought.", ("Seek expressions of interest in joining the group", None)),
        ("The officer would be reporting back to the next Overview Scrutiny Meeting, held on Thursday 14 October 2027.",
         ("The officer to report back to the next Overview Scrutiny Meeting, held on Thursday 14 October 2027",
          "to the next Overview Scrutiny Meeting, held on Thursday 14 October 2027")),
        ("The chairman and vice-chairman will decide on how to take the review forward.",
         ("The chairman and vice-chairman to decide on how to take the review forward", None)),
        ("A sign is to be put up by the gate.", ("Put up a sign by the gate", None)),
        ("Councillors Fry and Dale requested training on the planning system.", ("Training on the planning system", None)),
        ("Ms Obi-Lane to be invited to future meetings.", ("Invite Ms Obi-Lane to future meetings", None)),
        ("Cllr Brook to speak to the school about parking.", ("Cllr Brook to speak to the school about parking", None)),
        ("The Panel noted the report and requested a further report in 6 months.", ("Further report in 6 months", "in 6 months")),
        ("The Committee requested sight of the action plan once finalised.", ("Sight of the action plan once finalised", None)),
        ("Councillor Ames asked for the figures by ward, which the officer agreed to provide.",
         ("The officer to provide the figures by ward", None)),
        ("The Chair thanked Tom Keel for the survey, which Jo Bell would circulate during the coming week.",
         ("Jo Bell to circulate the survey during the coming week", "during the coming week")),
    ],
)
def test_action_log_shorthand_and_narrative_requests(sentence, expected):
    found = extract_from_minutes(sentence)
    assert ((found[0].text, found[0].due_words) if found else None) == expected


@pytest.mark.parametrize(
    "clause, expected",
    [
        ("the Panel noted the report and requested a further report in 6 months.", [("Further report in 6 months", "in 6 months")]),
        ("That the draft plan be approved for consultation, with the final version to be brought back to the Committee in June 2026.",
         [("Bring the final version back to the Committee in June 2026", "to the Committee in June 2026")]),
        ("That the Committee agrees to receive the annual report at its July meeting.",
         [("Receive the annual report at its July meeting", "at its July meeting")]),
        ("To receive the report.", []),
        ("Agreed that the July meeting would take place online, with the format of later meetings to be considered by the review group.",
         [("Consider the format of later meetings by the review group", None)]),
        ("the policy should be reviewed in twelve months.", [("Review the policy in twelve months", "in twelve months")]),
        ("Notes that officers will bring the final plan to Cabinet in March 2027.", []),
        ("Agreed that it would be helpful to share the action plans with members.", [("Share the action plans with members", None)]),
    ],
)
def test_decisions_written_as_narrative(clause, expected):
    assert [(a.text, a.due_words) for a in extract_from_resolution(clause, "resolved")] == expected


def test_minutes_flattened_onto_one_line_with_four_figure_minute_numbers(fixture_path, store):
    source, record = load(fixture_path("shapes/flattened_minutes_caps_numbers.txt"))
    (meeting,) = record.meetings
    assert (meeting.committee, meeting.date) == ("Town Council", dt.date(2026, 5, 14))  # behind a page's running head
    assert [(i.number, i.title) for i in meeting.items] == [
        ("2204", "Apologies for Absence"),
        ("2205", "Declarations of Interest from Members"),
        ("2206", "Minutes of the Meeting Held on 9 April 2026"),
        ("2207", "Market Square Benches"),
        ("2208", "Correspondence"),
    ]  # the page count "12" above the heading is not an item
    actions = imported_actions(fixture_path, store, "flattened_minutes_caps_numbers.txt")
    assert [(due, owners) for _, _, due, owners in actions["2207"]] == [(dt.date(2026, 6, 30), ("the Town Clerk",))]


@pytest.mark.parametrize(
    "line, decided",
    [
        ("The Committee took note of the paper.", True),
        ("RECEIVED.", True),
        ("This was approved by members.", True),
        ("The recommendations were approved, reaffirming the plan agreed in 2024.", True),
        ("All Board members present agreed with the new proposal.", True),
        ("Minutes confirmed with one amendment", True),
        ("Payments for September confirmed", True),
        ("The Committee DELEGATED to the Scrutiny Manager the drafting of the letter.", True),
        ("(a) subject to the items added at the meeting, the work programme at Appendix 1 be approved;", True),
        ("Minutes Confirmed", False),  # a Scottish item's title
        ("Minutes of the Council held on 27 May 2026 to be agreed as a correct record.", False),  # an agenda's item
        ("The payments were made in March by the treasurer who confirmed nothing.", False),
    ],
)
def test_decisions_recorded_without_the_word_resolved(line, decided):
    from cpb_tui.importers.decisions import split_decisions
    from cpb_tui.importers.generic import resolutions_from

    _, blocks = split_decisions(["The officer introduced the report.", line])
    assert bool(resolutions_from(blocks)) == decided


def test_proposed_seconded_and_agreed_is_one_opening():
    from cpb_tui.importers.decisions import split_decisions
    from cpb_tui.importers.generic import resolutions_from

    _, blocks = split_decisions(["It was proposed, seconded and agreed that the Clerk write to the bus company."])
    assert [r.text for r in resolutions_from(blocks)] == ["Agreed that the Clerk write to the bus company."]


def test_four_figure_minutes_whose_titles_run_into_resolved():
    from cpb_tui.importers.numbering import numbered_items

    lines = [
        "Minutes of the Annual Meeting of the Community Council held on Monday 11 May 2026",
        "",
        "4120 Declarations of Interest There were no declarations of interest.",
        "",
        "4121 Appointment of Chair RESOLVED that Councillor R Vaughan be appointed Chair for 2026/27.",
        "",
        "4122 Membership of Committees RESOLVED that Members be elected to the following Committees as shown –",
    ]
    assert [(h.number, h.title, h.rest[:8] if h.rest else None) for h in numbered_items(lines)] == [
        ("4120", "Declarations of Interest", "There we"),
        ("4121", "Appointment of Chair", "RESOLVED"),
        ("4122", "Membership of Committees", "RESOLVED"),
    ]


def test_an_agenda_with_numbers_glued_to_titles():
    from cpb_tui.importers.numbering import numbered_items

    lines = [
        "Number Item",
        "1Minutes of the Council meeting of 14 May 2026 (Print 2, pages 40 to 52). View Papers",
        "2Consideration of minutes previously objected to.",
        "3Questions. View Papers",
        "4G coverage in rural wards was raised by a member of the public.",
    ]
    assert [(h.number, h.title) for h in numbered_items(lines)] == [
        ("1", "Minutes of the Council meeting of 14 May 2026 (Print 2, pages 40 to 52)"),
        ("2", "Consideration of minutes previously objected to."),
        ("3", "Questions"),
    ]


@pytest.mark.parametrize(
    "value, name",
    [
        ("Northwold City Council Agenda", "Northwold City Council"),
        ("Housing Overview & Scrutiny Committee - Expired 18/10/22 (Item 21)", "Housing Overview & Scrutiny Committee"),
    ],
)
def test_committee_names_lose_page_words(value, name):
    from cpb_tui.importers.context import clean_committee

    assert clean_committee(value) == name


def test_the_notice_of_a_meeting_is_not_an_action():
    assert extract_from_minutes("A meeting to be held at the Guildhall, Northwold at 13:30 on 12 May 2026.") == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Work was continuing on the strategy, and she would provide a progress update to the next meeting.",
         ("Provide a progress update to the next meeting", ())),
        ("For some further grammatical changes to be made.", ("Make some further grammatical changes", ())),
        ("The Facilitator would liaise with the Chair and Vice-Chair to bring a fuller report to the March meeting.",
         ("The Facilitator to liaise with the Chair and Vice-Chair to bring a fuller report to the March meeting", ("the Facilitator",))),
        ("The Vice-Chair had spoken to the Commissioner and this would be reported at the November Board meeting.",
         ("Report this at the November Board meeting", ())),
        ("Members give consideration to any further issues to be explored by officers.", None),
    ],
)
def test_action_text_and_owner_read_cleanly(sentence, expected):
    found = extract_from_minutes(sentence)
    assert ((found[0].text, found[0].owners) if found else None) == expected


@pytest.mark.parametrize(
    "text, words",
    [
        ("delegate the timing and date of the next meeting to Officers", None),
        ("set up a task group which would meet on 16 July 2026", "would meet on 16 July 2026"),
        ("moved from the October meeting of this Committee to the January meeting", "to the January meeting"),
        ("are re-submitted (and reconvened on 18 May following an adjournment) to a future meeting", "to a future meeting"),
        ("being moved to 4 March 2026", "moved to 4 March 2026"),
    ],
)
def test_due_words(text, words):
    from cpb_tui.actions.due import parse_due

    due = parse_due(text)
    assert (due.words if due else None) == words


@pytest.mark.parametrize(
    "sentence",
    [
        "The Council agreed to provide new paths to the play area and these have now been completed.",
        "The Chair asked that any Member entering or leaving the meeting alert the Member Services Officer.",
        "The Board agreed to vary the order of business.",
    ],
)
def test_what_is_done_at_the_meeting_or_already_done_is_not_an_action(sentence):
    assert extract_from_minutes(sentence) == []


def test_comments_given_at_the_meeting_are_not_an_action():
    assert extract_from_resolution("To provide comment as appropriate on the Annual Report.", "resolved") == []


def test_community_council_minutes_on_one_line_with_initials_for_owners(fixture_path, store):
    source, record = load(fixture_path("shapes/community_council_initials.txt"))
    (meeting,) = record.meetings
    assert (meeting.committee, meeting.date) == ("Hollinsdale Community Council", dt.date(2026, 7, 9))  # "A Meeting of X took place on ..."
    # each lettered point of matters arising is a sub-item of its own
    assert [i.number for i in meeting.items] == ["1", "2", "3", "4", "5", "5a", "5b", "5c", "5d", "5e", "6"]
    assert [i.title for i in meeting.items[5:10]] == ["Bus Shelter", "Village Sign", "Play Area", "Footpath", "Grit Bins"]
    actions = imported_actions(fixture_path, store, "community_council_initials.txt")
    assert [(text, owners) for number in ("5", "5a", "5b", "5c", "5d", "5e") for text, _, _, owners in actions[number]] == [
        ("Ask a third supplier for a price", ("MO", "DP")),
        ("D Price to make enquiries as to whether the school could help", ("DP",)),
        ("The request for a new gate at the play area to be chased once more", ("KE",)),
        ("The County Council to inspect the footpath by the chapel to decide what work is needed", ("KE",)),
    ]  # (e) ends with initials of no one and nothing to do: no action


@pytest.mark.parametrize(
    "paragraph, owners",
    [
        ("(c) Play Area: the gate to be chased once more KE", ("KE",)),
        ("(d) Health: the waiting lists were raised with the NHS", ()),
        ("The gate is to be chased once more KE", ()),  # not a lettered or labelled point
    ],
)
def test_initials_at_the_end_of_a_point(paragraph, owners):
    from cpb_tui.actions.asides import initials_tag

    assert initials_tag(paragraph)[1] == owners


def test_a_decision_printed_twice_on_a_page_is_one_clause():
    from cpb_tui.importers.decisions import resolutions_from, split_decisions

    lines = ["Decision:", "", "The minutes of the meeting on 3 March 2026 were approved as a correct record.", "", "Minutes:", "",
             "The minutes of the meeting on 3 March 2026 were approved as a correct record."]
    _, blocks = split_decisions(lines)
    assert [r.text for r in resolutions_from(blocks)] == ["The minutes of the meeting on 3 March 2026 were approved as a correct record."]


def test_a_speaker_asking_is_not_the_board_asking_even_after_telling_the_board():
    sentence = ("Mrs Ames told the Board that carers were paying for clothes themselves, and asked that the review of "
                "allowances be completed as quickly as possible.")
    assert extract_from_minutes(sentence) == []
    assert extract_from_minutes("The Chair asked that the review of allowances be completed by March 2027.")


def test_an_action_line_under_a_found_undertaking_names_its_owner():
    (action,) = extract_from_minutes("The finance team would provide the schools with a short summary.\n\nAction: Chris Dale")
    assert (action.text, action.owners) == ("The finance team to provide the schools with a short summary", ("Chris Dale",))


@pytest.mark.parametrize("line", ["DECISION NOTED.", "Approved and signed.", "Proposed payments approved, all in favour.",
                                  "They were proposed as a correct record by DR and this was seconded by EW."])
def test_short_outcomes_are_decisions(line):
    from cpb_tui.importers.decisions import resolutions_from, split_decisions

    _, blocks = split_decisions(["The Clerk presented the list.", line])
    assert resolutions_from(blocks)


def test_an_action_list_in_minutes_one_line_each_with_its_status():
    minutes = (
        "RT to sign the Code of Conduct - still in progress, to be completed by next meeting\n"
        "MO to Transfer the balance to the savings account \u2013 Complete\n"
        "DP to progress the training for new councillors \u2013 dates to be emailed\n"
        "KE to log the broken bench with the County Council \u2013 Completed"
    )
    assert [(a.text, a.owners, a.due_words) for a in extract_from_minutes(minutes)] == [
        ("RT to sign the Code of Conduct - still in progress, to be completed by next meeting", ("RT",), "by next meeting"),
        ("DP to progress the training for new councillors \u2013 dates to be emailed", ("DP",), None),
    ]  # the completed lines are done, not to do


def test_parish_minutes_numbered_with_a_slash_and_tasks_after_commas():
    from cpb_tui.importers.numbering import numbered_items

    lines = ["1/ Open Forum", "A resident raised the state of the lane.", "", "2/ Apologies", "M Teale - work", "",
             "3/ Parish Property", "a) Green", "The hedge is over the path, Clerk to write to the owner."]
    # (its one lettered point, a short title over its own text, is a point of its own)
    assert [(h.number, h.title) for h in numbered_items(lines)] == [("1", "Open Forum"), ("2", "Apologies"), ("3", "Parish Property"), ("3a", "Green")]
    assert [(a.text, a.owners) for a in extract_from_minutes("The hedge is over the path, Clerk to write to the owner.")] == [
        ("Clerk to write to the owner", ("Clerk",))
    ]
    assert extract_from_minutes("Jo Hyde, Service Director Children's Services to update the panel.") == []


def test_a_decision_with_no_task_of_its_own_run_on_into_one():
    found = extract_from_resolution("Agreed that we ask for a precept of £12,000. Parish Clerk to send off the claim form.", "agreed")
    assert [(a.text, a.owners) for a in found] == [("Parish Clerk to send off the claim form", ("Parish Clerk",))]


def test_a_decision_run_on_into_the_minute_s_tasks():
    found = extract_from_resolution("Agreed that the swing repairs be carried out. Clerk to source a contractor.", "agreed")
    assert [(a.text, a.owners) for a in found] == [("Carry out the swing repairs", ()), ("Clerk to source a contractor", ("Clerk",))]


def test_a_call_in_confirmed_after_a_semicolon_is_a_decision_not_an_action():
    from cpb_tui.importers.decisions import resolutions_from, split_decisions

    line = ("Having heard the responses from the Cabinet Member and officers; the Committee AGREED to confirm the "
            "original decision made by the Cabinet.")
    _, blocks = split_decisions([line])
    clauses = [r.text for r in resolutions_from(blocks)]
    assert clauses == ["The Committee AGREED to confirm the original decision made by the Cabinet."]
    assert extract_from_resolution(clauses[0], "agreed") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Chair asked Members to note the content of the announcements.",
        "It was agreed to bring Item 14 further up the agenda.",
        "Elen to take the minutes in the Clerk's absence.",
    ],
)
def test_the_meeting_s_own_running_is_not_an_action(sentence):
    assert extract_from_minutes(sentence) == []


def test_re_arranging_is_an_undertaking_whose_doer_comes_from_the_sentence_before():
    found = extract_from_minutes("Iwan Morgan postponed the visit because of the snow. He will re-arrange and let the Clerk know when.")
    assert [(a.text, a.owners) for a in found] == [("Iwan Morgan to re-arrange and let the Clerk know when", ("Iwan Morgan",))]
