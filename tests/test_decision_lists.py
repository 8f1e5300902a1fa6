"""Pages that list several decisions: a forward plan's numbered entries and a "Decisions published"
list whose last entry gives no date. Fixtures the project wrote, in the shapes of public council
pages (fictional councils)."""

import datetime as dt

from cpb_tui.importers import load


def test_a_forward_plans_entries_are_its_numbered_items(fixture_path):
    _, record = load(fixture_path("shapes/forward_plan_entries.txt"), date=dt.date(2027, 3, 1))
    items = [item for meeting in record.meetings for item in meeting.items]
    assert [(item.number, item.title) for item in items] == [
        ("1", "Town Centre Markets Review"),
        ("2", "Medium Term Financial Strategy"),
        ("3", "Riverside Play Areas Refurbishment"),
    ]
    # "Decision: 16 March 2027" is when it was decided, not a decision clause
    assert all(item.resolutions == [] for item in items)
    # the maker's name in brackets and the next field are not part of the body
    assert {meeting.committee for meeting in record.meetings} <= {"Cabinet", "Cabinet Member for Leisure and Parks"}


def test_an_entry_with_no_date_stays_with_the_pages_meeting(fixture_path):
    _, record = load(fixture_path("shapes/decisions_published_undated.txt"))
    assert [(m.committee, m.date) for m in record.meetings] == [("Council", dt.date(2027, 1, 14))]
    assert [item.title for item in record.meetings[0].items] == ["Allotment Rents 2027/28", "Cemetery Chapel Repairs - Part 1"]
    assert any("no meeting date is given for Cemetery Chapel Repairs" in warning for warning in record.warnings)


def test_a_committee_named_over_its_numbered_decisions_leads_them_in():
    from cpb_tui.importers.reader import parse_text

    text = "\n".join(
        [
            "Decision Maker: Roads and Harbours Committee",
            "Is subject to call in?: No",
            "The Committee gave consideration to a report on a draft response to a consultation.",
            "The Roads, Harbours and Infrastructure Committee \u2013",
            "1. Noted the content of the submitted report.",
            "2. Noted the officer draft response set out at Appendix 1.",
            "3. Agreed to homologate the officer response.",
            "Date of decision: 05/03/2027",
        ]
    )
    items = parse_text(text).meetings[0].items
    assert [item.number for item in items] == [None]  # the numbered lines are its decisions, not items
    assert [r.text for r in items[0].resolutions] == [
        "Noted the content of the submitted report.",
        "Noted the officer draft response set out at Appendix 1.",
        "Agreed to homologate the officer response.",
    ]


import pytest  # noqa: E402

from cpb_tui.importers.decisions import opener, split_decisions  # noqa: E402


@pytest.mark.parametrize(
    "line",
    [
        "a) Councillors received and approved the statements of account for the year to date.",
        "(i) Council received the minutes of the committee meetings held since 1 October.",
        "Cllr Amber proposed that they were a true record and should be signed; the proposal was seconded by Cllr Birch and unanimously agreed.",
        "It was, however, agreed that the table of actions could be shortened.",
        # the previous minutes, passed without a decision word
        "The minutes of the meeting held on 8 December were read, approved and signed.",
        "These were agreed and signed by the Chair.",
        "These were passed as correct and signed by the convener, on a proposal by Ann Dunn.",
    ],
)
def test_outcomes_written_without_a_label(line):
    assert opener(line) is not None


def test_this_was_noted_closes_a_paragraph_as_its_decision():
    assert split_decisions(["The working group would report on both in due course. This was noted."])[1] == [["This was noted."]]


def test_a_motion_to_be_moved_and_seconded_is_no_decision():
    assert opener("The following motion should be moved, seconded and approved if the sub-committee wishes to exclude the public.") is None


@pytest.mark.parametrize(
    "line, clause",
    [
        (
            "Following advice from the Transport Advisory Board, the Cabinet Member for Community Development resolved that the report be noted.",
            "that the report be noted.",
        ),
        ("The Leader of the Council resolved that the scheme be approved.", "that the scheme be approved."),
    ],
)
def test_one_decision_maker_resolving(line, clause):
    assert split_decisions([line])[1] == [[clause]]


def test_a_resolved_issue_is_no_decision():
    assert split_decisions(["The Cabinet Member said he had resolved the issue with the contractor."])[1] == []


@pytest.mark.parametrize(
    "text, lead_in, expected",
    [
        # "RESOLVED to:" over a numbered list of verbs: the lead-in's "to" governs each
        ("Add a report on school transport to the July 2027 meeting.", "to:", [("Add a report on school transport to the July 2027 meeting", "to the July 2027 meeting")]),
        ("Write to the Minister about the funding gap.", "to:", [("Write to the Minister about the funding gap", None)]),
        ("Note the work programme.", "to:", []),
        ("Add a report on school transport to the July 2027 meeting.", None, []),  # no lead-in: a title, not an order
        # a noting run on into an agreement: the agreement's task
        (
            "The Committee noted the work programme and agreed that a report on school transport be brought to the July 2027 meeting.",
            None,
            [("Bring a report on school transport to the July 2027 meeting", "to the July 2027 meeting")],
        ),
        ("The Board noted the update and agreed to approve the plan.", None, []),
        # a programme approved with its amendments listed after a colon: one task each
        (
            "that the work programme be approved subject to the following amendments: the item on school transport be moved to "
            "July 2028; the item on home education be deferred to September 2028; and a briefing on SEND be arranged for members.",
            None,
            [
                ("Move the item on school transport to July 2028", "moved to July 2028"),
                ("Defer the item on home education to September 2028", "deferred to September 2028"),
                ("Arrange a briefing on SEND for members", None),
            ],
        ),
        ("A report on school transport be added for July 2028.", None, [("Add a report on school transport for July 2028", "added for July 2028")]),
        # a leading "having considered ..." aside
        (
            "That, having considered the task group's final report, Cabinet agree to request the Director of Place to prepare guidelines for consideration at a future meeting.",
            None,
            [("Request the Director of Place to prepare guidelines for consideration at a future meeting", "at a future meeting")],
        ),
        # something to hold at a named time, after an aside naming its subject
        (
            "In respect of Road Safety an extra session on school crossings take place at the Committee's meeting in January 2028; and",
            None,
            [("Hold an extra session on school crossings at the Committee's meeting in January 2028", "at the Committee's meeting in January 2028")],
        ),
        ("That the annual parish meeting take place in the village hall.", None, [("Hold the annual parish meeting in the village hall", None)]),
        # "with a view to" a response being reported
        (
            "That the report be noted, with a view to the Cabinet's response being reported to the March 2028 meeting.",
            None,
            [("Report the Cabinet's response to the March 2028 meeting", "to the March 2028 meeting")],
        ),
    ],
)
def test_clauses_whose_verb_or_agreement_comes_late(text, lead_in, expected):
    from cpb_tui.actions import extract_from_resolution

    assert [(a.text, a.due_words) for a in extract_from_resolution(text, "resolved", lead_in)] == expected


def test_recommendations_approved_is_the_whole_outcome():
    assert split_decisions(["Recommendations approved."])[1] == [["Recommendations approved."]]


def test_one_decision_maker_over_a_list_of_decisions():
    lines = ["The Cabinet Member agreed:", "", "\u2022\tto approve the programme set out in Appendix A;", "",
             "\u2022\tthat a progress report be brought to the Communities Scrutiny Committee in January 2028."]
    assert split_decisions(lines)[1] == [[lines[2], lines[4]]]
    assert opener("The Cabinet Member agreed to look into the matter.") is None  # an undertaking, not a decision


def test_a_list_after_agreed_with_a_capital_is_decisions_not_items(tmp_path):
    from cpb_tui.store import Store

    path = tmp_path / "agreed.txt"
    path.write_text(
        "Agenda item\n\nWork Programme\n\nMinutes:\n\nThe Scrutiny Officer presented the work programme.\n\nAgreed:\n\n"
        "1)\tThe work programme be noted.\n\n2)\tA report on school transport be added for July 2028.\n",
        encoding="utf-8",
    )
    store = Store.open(tmp_path / "cpb.db")
    source, record = load(path, committee="Children's Scrutiny Committee", date=dt.date(2028, 5, 10))
    meeting = store.import_document(record, str(source.path), source.sha256).meetings[0]
    (item,) = store.items(meeting.id)
    assert [r.text for r in store.resolutions(item.id)] == ["The work programme be noted.", "A report on school transport be added for July 2028."]
    assert [(a.text, a.due_date) for a in store.item_actions(item.id)] == [("Add a report on school transport for July 2028", dt.date(2028, 7, 31))]
    store.close()


@pytest.mark.parametrize(
    "lines, decision, narrative",
    [
        # the decision opens the line; the note after its full stop is narrative
        (["It was RESOLVED to adopt the minutes as a true record. Cllr Hale then left the meeting."],
         ["to adopt the minutes as a true record."], "Cllr Hale then left the meeting."),
        # an outcome after it is no part of it either
        (["It was resolved to approve the minutes. The Chair signed them."],
         ["to approve the minutes."], "The Chair signed them."),
        # a decision sentence ends with its line: the next note is not part of it
        (["The chair had spoken to the builder, it was agreed not to have a rendered finish.",
          "Hedge by the lychgate overgrown: the warden to be asked to cut it back."],
         ["Agreed not to have a rendered finish."], "Hedge by the lychgate overgrown: the warden to be asked to cut it back."),
    ],
)
def test_a_decision_written_as_a_sentence_ends_with_its_full_stop(lines, decision, narrative):
    found_narrative, blocks = split_decisions(lines)
    assert [list(block) for block in blocks] == [decision]
    assert narrative in " ".join(found_narrative)


def test_a_decision_sentence_over_its_list_keeps_the_list():
    _, blocks = split_decisions(["It was agreed that:", "(a) the hall be repainted;", "(b) the clerk obtain three quotes."])
    assert list(blocks[0]) == ["(a) the hall be repainted;", "(b) the clerk obtain three quotes."]


@pytest.mark.parametrize(
    "line, decision",
    [
        # "It was decided" met after a sentence
        ("The volunteers are managing the litter picks well. It was decided to leave the rota as it is.",
         "Decided to leave the rota as it is."),
        # a request granted
        ("The scout group's request to use the hall on 14 March was granted.", "The scout group's request to use the hall on 14 March was granted."),
        # a resolution's subjunctive whose "That" was lost
        ("The minutes of the meeting held on 21 January 2026 be confirmed as an accurate record.",
         "The minutes of the meeting held on 21 January 2026 be confirmed as an accurate record."),
        ("The report be approved.", "The report be approved."),
        # "Resolved - That" met after a sentence
        ("The Clerk read the summons. Resolved \u2013 That the minutes of the January meeting be approved.",
         "That the minutes of the January meeting be approved."),
    ],
)
def test_decisions_in_the_tenth_sets_words(line, decision):
    assert [list(block) for block in split_decisions([line])[1]] == [[decision]]


@pytest.mark.parametrize(
    "line",
    [
        "The Cabinet Member introduced the item and moved that the recommendations be agreed.",
        "The Chair suggested that a summer rota to be agreed by the group.",
        "The figures were to be approved by the auditor.",
    ],
)
def test_a_proposal_is_no_subjunctive_decision(line):
    assert split_decisions([line])[1] == []
