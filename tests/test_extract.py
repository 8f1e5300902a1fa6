"""The action extractor and due dates: clauses and minutes in, actions and dates out."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from cpb_tui.actions import (
    ActionCandidate,
    DueSpec,
    extract_from_minutes,
    extract_from_resolution,
    parse_due,
    resolve_due,
)
from cpb_tui.importers.resolutions import classify_verb

LABELLED = Path(__file__).parent / "fixtures" / "labelled_clauses.tsv"
# The demo board's meetings (data/README.md): all Thursdays, the last one not yet held.
CALENDAR = [
    dt.date(2024, 11, 14), dt.date(2025, 1, 16), dt.date(2025, 3, 20), dt.date(2025, 6, 19),
    dt.date(2025, 9, 18), dt.date(2025, 11, 13), dt.date(2026, 3, 19), dt.date(2026, 6, 18),
    dt.date(2026, 9, 17), dt.date(2026, 11, 26),
]


def one(text: str, verb: str | None = None, lead_in: str | None = None) -> ActionCandidate:
    found = extract_from_resolution(text, verb or classify_verb(text), lead_in)
    assert len(found) == 1, found
    return found[0]


def none(text: str) -> bool:
    return extract_from_resolution(text, classify_verb(text)) == []


# --- kinds ---------------------------------------------------------------------------------


def test_further_update_to_a_named_meeting():
    action = one("Requests a further update to the April 2027 meeting on the number of children in care placed with siblings.")
    assert action.kind == "update"
    assert action.text == (
        "Further update to the April 2027 meeting on the number of children in care placed with siblings"
    )
    assert action.due_words == "to the April 2027 meeting"
    assert action.owners == () and action.source == "resolution"


def test_report_to_be_brought_in_the_passive():
    action = one("Requests that a report on short breaks for disabled children in care be brought to a future meeting.")
    assert action.kind == "report"
    assert action.text == "Bring a report on short breaks for disabled children in care to a future meeting"
    assert action.due_words == "to a future meeting"


def test_report_with_owners_and_a_deadline():
    action = one("Requests that the Trust and officers provide a report on speech and language waiting times by June 2027.")
    assert action.kind == "report"
    assert action.owners == ("the Trust", "officers")
    assert action.due_words == "by June 2027"
    assert action.text.startswith("The Trust and officers to provide a report")


def test_send_names_recipients_and_the_writer_of_the_letter():
    action = one(
        "Requests that this report be sent to the Leaders of all District and Borough Councils, "
        "with a covering letter from the Chair asking them to review their council tax discounts."
    )
    assert action.kind == "send"
    assert action.recipients == ("the Leaders of all District and Borough Councils",)
    assert action.owners == ("the Chair",)
    assert action.due_words is None


def test_write_to_is_a_send_with_a_post_as_owner():
    action = one("Asks the Director of Children's Services to write to the Regional Schools Director about delays in school places.")
    assert action.kind == "send"
    assert action.owners == ("Director of Children's Services",)
    assert action.recipients == ("the Regional Schools Director",)


def test_deferral_without_a_verb_of_the_boards_own():
    action = one("That consideration of this item be deferred to the next meeting.")
    assert (action.kind, action.text, action.due_words) == (
        "defer", "Defer consideration of this item to the next meeting", "to the next meeting"
    )


def test_undertakings_with_a_doer_are_actions():
    action = one("Agrees that the Vice-Chair will attend the foster carers' forum on behalf of the Board.")
    assert (action.kind, action.owners) == ("do", ("the Vice-Chair",))
    assert action.text == "The Vice-Chair to attend the foster carers' forum on behalf of the Board"
    review = one("Agrees that the pledge be reviewed with young people every two years.")
    assert (review.kind, review.text) == ("do", "Review the pledge with young people every two years")


def test_asked_in_the_passive_makes_the_subject_the_owner():
    action = one("That the Lead Member be asked to raise the shortage of paediatricians with the Integrated Care Board.")
    assert action.owners == ("the Lead Member",)
    assert action.text.startswith("The Lead Member to raise the shortage")


def test_report_back_is_an_update_with_months():
    action = one("Asks officers to report back in 6 months on the new kinship assessment team.")
    assert (action.kind, action.due_words, action.owners) == ("update", "in 6 months", ("officers",))


def test_a_second_verb_in_a_noting_clause_still_counts():
    action = one("Notes the report and asks the Head of Fostering to circulate the recruitment figures to Members.")
    assert action.kind == "send"
    assert action.owners == ("Head of Fostering",)
    assert action.recipients == ("Members",)


def test_verb_in_the_lead_in():
    action = one("officers report back on the new contact arrangements", "other", "That the Board requests that:")
    assert (action.kind, action.owners) == ("update", ("officers",))


# --- clauses that are not actions ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Endorses the ambition that, by March 2028, at least half of the children in foster care live with the County Council's own carers.",
        "Notes the aim of keeping specialist housing advice in the Care Leavers Service after the grant for the adviser posts finishes in March 2021.",
        "Notes the plan to report to Cabinet in June on the new framework for residential care.",
        "Thanks officers for the report.",
        "Welcomes the update.",
        "That the Board notes the report.",
        "That the feedback from Board members be noted.",
        "Agrees the four priorities for the service set out in section 9 of the report.",
        "Approves the work programme, including the items scheduled for the March 2027 meeting.",
        "That the press and public be excluded from the meeting for the following item.",
        "Agrees that the new allowances will apply from 1 April 2027.",
    ],
)
def test_noting_endorsing_and_thanking_create_no_action(text):
    assert none(text)


def test_agreed_priorities_with_a_bullet_list_are_not_actions():
    text = (
        "That the Corporate Parenting Board agrees that in 2026/27 the service should concentrate on:\n\n"
        "- Reducing the number of children who move school in year 11\n"
        "- Making sure every review is held on time"
    )
    assert extract_from_resolution(text, "agrees") == []


# --- minutes narrative ---------------------------------------------------------------------


def test_minutes_commitments_with_markdown_escapes_and_paragraph_numbers():
    markdown = (
        "**3.** Members asked about placements \\[see Appendix 2\\] costing over \\*£10,000\\* a week; "
        "officers agreed to circulate the figures to Members before the next meeting.\n\n"
        "**4.** The Director undertook to provide a note on the use of unregistered placements.\n\n"
        "Following discussion, it was agreed that a briefing on the new inspection framework would be arranged for all Members."
    )
    found = extract_from_minutes(markdown)
    assert [a.kind for a in found] == ["commitment"] * 3
    assert all(a.source == "minutes" for a in found)
    first, second, third = found
    assert first.text == "Officers to circulate the figures to Members before the next meeting"
    assert (first.owners, first.recipients, first.due_words) == (("officers",), ("Members",), "before the next meeting")
    assert (second.owners, second.text) == (("the Director",), "The Director to provide a note on the use of unregistered placements")
    assert (third.owners, third.text) == ((), "Arrange a briefing on the new inspection framework for all Members")


def test_minutes_pronoun_takes_the_doer_named_before():
    found = extract_from_minutes(
        "The Chair reported that the home had been judged outstanding. She would write to the staff team to thank them."
    )
    assert [(a.owners, a.text) for a in found] == [(("the Chair",), "The Chair to write to the staff team to thank them")]


def test_minutes_stop_at_the_resolved_block():
    markdown = "Officers would send the data to Members.\n\nRESOLVED:\n\nRequests a further update to the next meeting."
    assert [a.text for a in extract_from_minutes(markdown)] == ["Officers to send the data to Members"]


@pytest.mark.parametrize(
    "text",
    [
        "Officers stated that they could contact colleagues in Adult Services about a similar scheme.",
        "Several Members offered to include an article in their next newsletter.",
        "Wyvernside District Council had agreed to exempt care leavers from council tax.",
        "The Chair confirmed that her comments would be taken into account.",
        "Members indicated that they would be willing to share recruitment material in their newsletters.",
        "The minutes of the meeting held on 14 November 2024 were agreed as a correct record.",
        "Several Members asked officers to look into it.",
    ],
)
def test_minutes_without_a_firm_undertaking(text):
    assert extract_from_minutes(text) == []


# --- due phrases ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Requests a further update to the June 2021 meeting.", DueSpec("meeting_month", "to the June 2021 meeting", year=2021, month=6)),
        ("be brought to the November 2026 meeting", DueSpec("meeting_month", "to the November 2026 meeting", year=2026, month=11)),
        ("a further report to its meeting in June 2027", DueSpec("meeting_month", "to its meeting in June 2027", year=2027, month=6)),
        ("an update to the September meeting", DueSpec("meeting_month", "to the September meeting", month=9)),
        ("deferred to the next meeting", DueSpec("next_meeting", "to the next meeting")),
        ("report back in six months on", DueSpec("months_after", "in six months", months=6)),
        ("a further report in six months' time", DueSpec("months_after", "in six months' time", months=6)),
        ("report back in 6 months", DueSpec("months_after", "in 6 months", months=6)),
        ("a briefing in a year's time", DueSpec("months_after", "in a year's time", months=12)),
        ("respond within one month", DueSpec("months_after", "within one month", months=1)),
        ("a report by March 2022", DueSpec("by_date", "by March 2022", year=2022, month=3, date=dt.date(2022, 3, 31))),
        ("by 31 March 2022", DueSpec("by_date", "by 31 March 2022", year=2022, month=3, date=dt.date(2022, 3, 31))),
        ("by the end of February 2028", DueSpec("by_date", "by the end of February 2028", year=2028, month=2, date=dt.date(2028, 2, 29))),
        ("by 15/01/2027", DueSpec("by_date", "by 15/01/2027", year=2027, month=1, date=dt.date(2027, 1, 15))),
        ("another meeting be arranged around January 2027", DueSpec("by_date", "around January 2027", year=2027, month=1, date=dt.date(2027, 1, 31))),
        ("be brought to a future meeting", DueSpec("future_meeting", "to a future meeting")),
        ("Requests sight of the action plan.", None),
        ("Notes the progress made in the first six months of the strategy.", None),
    ],
)
def test_parse_due(text, expected):
    assert parse_due(text) == expected


def test_resolve_meeting_month_to_the_meeting_in_that_month():
    spec = parse_due("to the June 2025 meeting")
    assert resolve_due(spec, dt.date(2024, 11, 14), CALENDAR) == (dt.date(2025, 6, 19), None)
    # No meeting known in that month: the month's last day is the deadline.
    spec = parse_due("to the July 2027 meeting")
    assert resolve_due(spec, dt.date(2026, 11, 26), CALENDAR) == (None, dt.date(2027, 7, 31))
    # "The June meeting", asked for in November, is next June's.
    spec = parse_due("to the June meeting")
    assert resolve_due(spec, dt.date(2025, 11, 13), CALENDAR) == (dt.date(2026, 6, 18), None)


def test_resolve_next_meeting():
    spec = DueSpec("next_meeting", "to the next meeting")
    assert resolve_due(spec, dt.date(2025, 9, 18), CALENDAR) == (dt.date(2025, 11, 13), None)
    assert resolve_due(spec, dt.date(2026, 11, 26), CALENDAR) == (None, None)


def test_resolve_months_after_takes_a_meeting_soon_after_the_target():
    spec = DueSpec("months_after", "in six months", months=6)
    # 14 Nov 2024 + 6 months = 14 May 2025; the 19 June meeting is 36 days later.
    assert resolve_due(spec, dt.date(2024, 11, 14), CALENDAR) == (dt.date(2025, 6, 19), dt.date(2025, 5, 14))
    # 19 Jun 2025 + 6 months = 19 Dec 2025; the next meeting, 19 Mar 2026, is within a quarter.
    assert resolve_due(spec, dt.date(2025, 6, 19), CALENDAR) == (dt.date(2026, 3, 19), dt.date(2025, 12, 19))
    # With no meeting within 120 days of the target, the date alone is the deadline.
    assert resolve_due(spec, dt.date(2025, 6, 19), [dt.date(2026, 6, 18)]) == (None, dt.date(2025, 12, 19))


def test_resolve_by_date_takes_the_last_meeting_before_the_deadline():
    spec = parse_due("by March 2026")
    assert resolve_due(spec, dt.date(2025, 3, 20), CALENDAR) == (dt.date(2026, 3, 19), dt.date(2026, 3, 31))
    # Nothing between the origin and the deadline.
    spec = parse_due("by 31 October 2026")
    assert resolve_due(spec, dt.date(2026, 9, 17), CALENDAR) == (None, dt.date(2026, 10, 31))
    # The calendar does not yet reach past March 2027: a meeting may still be added before it.
    spec = parse_due("by March 2027")
    assert resolve_due(spec, dt.date(2026, 9, 17), CALENDAR) == (None, dt.date(2027, 3, 31))


def test_resolve_future_meeting_has_no_date():
    assert resolve_due(DueSpec("future_meeting", "to a future meeting"), dt.date(2025, 1, 16), CALENDAR) == (None, None)


# --- the labelled set ----------------------------------------------------------------------


def labelled_rows() -> list[dict[str, str]]:
    with LABELLED.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_labelled_set_shape():
    rows = labelled_rows()
    assert len(rows) >= 60
    assert list(rows[0]) == ["id", "source", "verb", "text", "is_action", "kind", "due_words", "owners"]
    assert len({row["id"] for row in rows}) == len(rows)
    share = sum(row["is_action"] == "1" for row in rows) / len(rows)
    assert 0.35 <= share <= 0.55
    for row in rows:
        assert row["source"] in ("resolution", "minutes")
        assert (row["kind"] != "") == (row["is_action"] == "1"), row["id"]
        if row["source"] == "resolution":
            # the verb is what the importer would have stored for this clause
            assert row["verb"] == classify_verb(row["text"]), row["id"]


def test_labelled_set_precision_recall_kind_and_due():
    tp = fp = fn = kind_ok = due_ok = 0
    for row in labelled_rows():
        if row["source"] == "minutes":
            found = extract_from_minutes(row["text"])
        else:
            found = extract_from_resolution(row["text"], row["verb"])
        expected = row["is_action"] == "1"
        if expected and found:
            tp += 1
            kind_ok += found[0].kind == row["kind"]
            due_ok += (found[0].due_words or "") == row["due_words"]
        elif found:
            fp += 1
        elif expected:
            fn += 1
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    assert precision >= 0.9, precision
    assert recall >= 0.9, recall
    assert kind_ok / tp >= 0.9
    assert due_ok / tp >= 0.9


def test_actions_package_stays_free_of_textual_and_sqlite():
    code = (
        "import sys, cpb_tui.actions\n"
        "bad = [m for m in ('textual', 'sqlite3', 'sqlite_utils') if m in sys.modules]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[1])


def test_heldout_set_written_without_seeing_the_rules():
    """Precision and recall on clauses written blind to the extractor (the honest figure)."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from bench.extraction_quality import SETS, load_rows, run

    outcomes = run(load_rows(SETS["heldout"]))
    assert len(outcomes) >= 60
    tp = sum(o.expected and o.predicted for o in outcomes)
    fp = sum(o.predicted and not o.expected for o in outcomes)
    fn = sum(o.expected and not o.predicted for o in outcomes)
    assert tp / (tp + fp) >= 0.9
    assert tp / (tp + fn) >= 0.9


@pytest.mark.parametrize(
    "words, due",
    [
        ("requested a six-month update on the relocation", dt.date(2022, 12, 21)),
        ("within the next fortnight", dt.date(2022, 7, 5)),
        ("within the next six months", dt.date(2022, 12, 21)),
        ("to the Annual Meeting of Council on 22 May", dt.date(2023, 5, 22)),
        ("by the end of February", dt.date(2023, 2, 28)),
        ("report back in January", dt.date(2023, 1, 31)),
        ("at its meeting on 3 November 2022", dt.date(2022, 11, 3)),  # the day it names, when no meeting is known that month
        ("to the next meeting of the Panel in October", dt.date(2022, 10, 31)),
        ("update to the Panel's November meeting", dt.date(2022, 11, 30)),
        ("by Friday 1 July 2022", dt.date(2022, 7, 1)),
        ("return to Committee in September 2022", dt.date(2022, 9, 30)),
    ],
)
def test_due_words_placed_without_a_calendar(words, due):
    from cpb_tui.actions import parse_due, resolve_due

    spec = parse_due(words)
    assert spec is not None, words
    assert resolve_due(spec, dt.date(2022, 6, 21), []) == (None, due)


@pytest.mark.parametrize("words", ["it may be possible", "in due course", "the next meeting", "an annual update"])
def test_due_words_without_a_date(words):
    from cpb_tui.actions import parse_due, resolve_due

    spec = parse_due(words)
    assert spec is None or resolve_due(spec, dt.date(2022, 6, 21), []) == (None, None)


@pytest.mark.parametrize(
    "words",
    [
        "requested a six-month update on the relocation", "within the next fortnight", "within the next six months",
        "to the Annual Meeting of Council on 22 May", "by the end of February", "report back in January",
        "at its meeting on 3 November 2022", "to the next meeting of the Panel in October", "update to the Panel's November meeting",
        "by Friday 1 July 2022", "return to Committee in September 2022", "every six months", "a 12 month review",
        "to the June 2021 meeting", "in six months' time", "by 31/03/2022", "the next meeting", "a future meeting",
    ],
)
def test_due_words_read_back_the_same(words):
    """The store keeps only the due words and reads them again as meetings appear: they must mean the same."""
    from cpb_tui.actions import parse_due

    spec = parse_due(words)
    assert spec is not None and parse_due(spec.words) == spec


@pytest.mark.parametrize(
    "clause, action",
    [
        ("That officers report back on the new booking system to the September 2025 meeting.", "Officers to report back on the new booking system"),
        ("That the Chair write to the Minister about school transport.", "The Chair to write to the Minister"),
        ("to instruct the Executive Director to submit a further progress report in June 2025.", "The Executive Director to submit"),
        ("That the report be noted, and that the Monitoring Officer report on the first year in March 2026.", "The Monitoring Officer to report"),
        ("That it be agreed to review the location of the library at a future Cabinet meeting.", "Review the location of the library"),
        ("That it be requested that information be brought to the next meeting.", "Bring information to the next meeting"),
        ("the task and finish working group report its findings back to Cabinet by April 2019.", "The task and finish working group to report"),
        ("That the Leader will write to the Police Commander about the meetings.", "The Leader to write to the Police Commander"),
        ("That an extended internal review of scrutiny take place during 2025.", "Hold an extended internal review"),
        ("This item was deferred to the next meeting.", "Defer this item to the next meeting"),
    ],
)
def test_more_resolution_shapes_are_actions(clause, action):
    found = extract_from_resolution(clause, "other")
    assert found and found[0].text.startswith(action), found


@pytest.mark.parametrize(
    "clause",
    [
        "Agreed to note the report.",
        "That approval be given to the Council acting as lead authority.",
        "That no further action be taken on the complaint.",
        "That the invoice of £175 be paid.",
        "That the Planning Policy update be noted.",
        "RESOLVED that the press and public be excluded from the meeting for the following item.",
        "That the work programme be amended to reflect the discussion.",
        "To remove items 4 and 5 from the agenda of the next meeting.",
        "That the motion be withdrawn.",
    ],
)
def test_more_decisions_that_are_not_actions(clause):
    assert extract_from_resolution(clause, "other") == []


@pytest.mark.parametrize(
    ("clause", "text", "owner"),
    [
        ("That the Section 151 Officer be given delegated authority to sign the contract.", "The Section 151 Officer to sign the contract", "the Section 151 Officer"),
        ("That the Chief Executive be authorised to make the necessary amendments.", "The Chief Executive to make the necessary amendments", "the Chief Executive"),
        ("That authority be delegated to the Director of Place, in consultation with the Leader, to finalise the contract.",
         "The Director of Place to finalise the contract", "the Director of Place"),
        ("To delegate authority to the Head of Finance to agree the final terms of the lease.", "The Head of Finance to agree the final terms", "the Head of Finance"),
        ("Agreed to authorise the Clerk to order the benches.", "The Clerk to order the benches", "the Clerk"),
        ("Authorise all ancillary actions to be undertaken by the Strategic Director, Health and Community, in consultation with the Board Member.",
         "Authorise all ancillary actions to be undertaken", "the Strategic Director, Health and Community"),
    ],
)
def test_a_power_handed_to_an_officer_is_their_task(clause, text, owner):
    # the power is given so the work gets done: the clerk's log follows the officer's task
    found = extract_from_resolution(clause, "other")
    assert len(found) == 1 and found[0].text.startswith(text) and found[0].owners == (owner,), found


@pytest.mark.parametrize(
    "clause",
    [
        "That the Chair be authorised to sign the minutes as a correct record.",
        "To delegate the timing of the next meeting to officers.",
        "That delegated authority be given to officers, acting as they see fit.",
    ],
)
def test_a_power_used_at_the_meeting_or_a_choice_handed_over_is_no_task(clause):
    assert extract_from_resolution(clause, "other") == []


@pytest.mark.parametrize(
    "minutes, action",
    [
        ("A request was made to add an update on the nurseries to the work programme.", "Add an update on the nurseries"),
        ("It was requested that the update include the effect on the IT service.", "The update include the effect"),
        ("A Member asked that a copy of the handbook be circulated to Members.", "Circulate a copy of the handbook"),
        ("The Chairperson asked that a letter of condolence be sent to the family.", "Send a letter of condolence"),
        ("At the request of Councillor Feely it was agreed to send a letter of sympathy.", "Send a letter of sympathy"),
        ("Action - Leader to provide a written response to Councillor Bunney on the investments.", "Leader to provide a written response"),
        ("The responses from the Highways Team would be circulated to members after the meeting.", "Circulate the responses"),
    ],
)
def test_more_minutes_commitments(minutes, action):
    found = extract_from_minutes(minutes)
    assert found and found[0].text.startswith(action), found


@pytest.mark.parametrize(
    "minutes",
    [
        "She asked that the new rates be reviewed every year rather than every five years.",
        "Benefits would include maintaining control over development.",
        "When Members ask their questions to keep these concise.",
        "It was agreed to accept the apologies.",
    ],
)
def test_more_minutes_that_are_not_commitments(minutes):
    assert extract_from_minutes(minutes) == []


def test_noting_an_undertaking_with_a_doer_is_an_action():
    # the Director's promise is still to be kept; "Notes the plan to report ..." stays a note
    action = one("Notes that the Director will report back to the Board in six months.")
    assert action.owners[0].endswith("Director") and action.due_words == "in six months"
    scottish = one("to note that officers would arrange a site visit to the new children's home before the Committee meets in February 2027; and", "other")
    assert scottish.owners == ("officers",) and scottish.due_words == "in February 2027"


@pytest.mark.parametrize(
    "clause, action, due",
    [
        ("To receive a further report from the Director of Place once the review of the depots is complete.", "Receive a further report from the Director of Place", None),
        ("To receive, within a month, a copy of the letter the Leader will send to the Minister.", "Receive a copy of the letter", "within a month"),
        ("to contact the village hall trustees about a joint letter to residents.", "Contact the village hall trustees", None),
    ],
)
def test_infinitive_decisions_of_things_to_come(clause, action, due):
    found = one(clause, "other")
    assert found.text.startswith(action) and found.due_words == due, found


@pytest.mark.parametrize(
    "clause",
    ["To receive the report.", "To receive a presentation on the new playground.", "Officers to note the request for papers to be circulated as information items."],
)
def test_receiving_or_noting_what_is_already_here_is_no_action(clause):
    assert extract_from_resolution(clause, "other") == []


def test_a_trailing_tag_names_the_owners_by_initials():
    clause = one("to contact the village hall trustees about a joint letter to residents \u2013 PD to action", "other")
    assert clause.owners == ("PD",) and clause.text == "Contact the village hall trustees about a joint letter to residents"
    (task,) = extract_from_minutes("8.1 The hedge on Mill Lane is overgrown \u2013 TR & KM to inspect")
    assert task.owners == ("TR", "KM") and task.text.startswith("TR & KM to inspect")
    (chase,) = extract_from_minutes(
        "b) Village hall roof \u2013 the Chairman is still waiting for a second quote, which he would chase up.      Action JW"
    )
    assert chase.owners == ("JW",) and chase.text.startswith("The Chairman is still waiting")
    assert extract_from_minutes("The accounts were approved.") == []


@pytest.mark.parametrize(
    "minutes, action",
    [
        ("It was agreed that the committee should write to local sports clubs about free sessions for children in care.", "The committee to write to local sports clubs"),
        ("It was agreed that it would be helpful to share the partnership action plans with members.", "Share the partnership action plans"),
        ("Councillors were requested to forward any suggestions of venues to the clerk.", "Councillors to forward any suggestions"),
        ("Members would like updates on young people leaving care between 21 and 25.", "Updates on young people leaving care"),
        ("(a) (Minute No. 12 refers) \u2013 a summary is to be distributed to all Members before the next meeting.", "Distribute a summary to all Members"),
    ],
)
def test_narrative_requests_and_undertakings(minutes, action):
    found = extract_from_minutes(minutes)
    assert found and found[0].text.startswith(action), found


@pytest.mark.parametrize(
    "minutes",
    [
        "The Parish Council had requested that the footpath be referred to the Committee for its consideration.",
        "Members requested that if the meeting ran long this could be amended in their diaries.",
        "The Chair added that links to the background documents would be provided where possible.",
        "Members were asked to note the report.",
        "(a) Under which goods or services are to be provided or works are to be executed; and",
    ],
)
def test_reported_hedged_and_conditional_requests_are_not_actions(minutes):
    assert extract_from_minutes(minutes) == []


def test_an_undertaking_takes_its_time_from_the_sentence_before_it_points_at():
    found = extract_from_minutes(
        "The Board was due to receive an update on recruitment at its next meeting on 14th September 2027. "
        "It was requested that this update include figures for agency staff."
    )
    assert len(found) == 1 and found[0].due_words and "14th September 2027" in found[0].due_words, found
    spec = parse_due("at its next meeting on 14th September 2027")
    assert (spec.kind, spec.year, spec.month) == ("meeting_month", 2027, 9)
    held = parse_due("would be received at the Board meeting to be held on 27th February 2027")
    assert (held.kind, held.year, held.month) == ("meeting_month", 2027, 2)


def test_the_next_meeting_takes_the_month_the_text_gives_it_anywhere():
    spec = parse_due("to be circulated before the next meeting; it will be considered at the Board's next meeting in July 2027")
    assert (spec.kind, spec.year, spec.month) == ("meeting_month", 2027, 7)
    assert parse_due("before the next meeting").kind == "next_meeting"


def test_a_long_action_line_is_an_action_even_without_a_doer():
    (found,) = extract_from_minutes(
        "Action - In line with Council Procedure Rule 12.4, the Chair referred the motion on river moorings to the Cabinet."
    )
    assert found.text.startswith("In line with Council Procedure Rule 12.4, the Chair referred the motion")
    # a short owner line under a paragraph that already made an action adds no second one
    found = extract_from_minutes("The Chair agreed to write to the Trust about the delays.\n\nACTION: Councillor Rice")
    assert [a.text for a in found] == ["The Chair to write to the Trust about the delays"]


def test_a_list_of_undertakings_is_one_action_each():
    sentence = (
        "Members agreed to look into respite provision for carers; receive an update on the new children's home; "
        "requested a six-month update on the leaving care grant; and expressed interest in hearing from a foster carer."
    )
    found = extract_from_minutes(sentence)
    assert [a.text for a in found] == [
        "Members to look into respite provision for carers",
        "Members to receive an update on the new children's home",
        "Members to request a six-month update on the leaving care grant",
    ]
    assert [a.due_words for a in found] == [None, None, "six-month update"]
    decided = extract_from_resolution("Agreed to look into respite provision; receive an update on the new home; and visit the home.", "agree")
    assert len(decided) == 3 and all(a.source == "resolution" for a in decided)


@pytest.mark.parametrize(
    "clause, lead_in, action, due",
    [
        ("That the work programme be agreed subject to the addition of a report on school transport to the March 2027 meeting.", None,
         "Report on school transport to the March 2027 meeting", "to the March 2027 meeting"),
        ("An update on the youth offer \u2013 June 2027;", "That the following items be added to the work programme:",
         "Update on the youth offer", "June 2027"),
        ("a report on SEND transport at the March meeting", "RESOLVED \u2013 That the work programme be noted, subject to:",
         "Report on SEND transport", "at the March meeting"),
        ("That the Children in Care Council be invited to the next meeting.", None,
         "Invite the Children in Care Council to the next meeting", "to the next meeting"),
        ("That the work programme be updated to include an item on the Family Hubs at the January 2027 meeting.", None,
         "Update the work programme to include an item on the Family Hubs", "at the January 2027 meeting"),
    ],
)
def test_work_programme_additions_are_actions_due_when_they_say(clause, lead_in, action, due):
    found = extract_from_resolution(clause, "other", lead_in)
    assert len(found) == 1 and found[0].text.startswith(action) and found[0].due_words == due, found


def test_an_article_is_not_an_owner():
    found = extract_from_resolution("An update on the youth offer.", "other", "That the following items be added to the work programme:")
    assert found and found[0].owners == () and not found[0].text.startswith("An to")


def test_agreeing_to_receive_an_update_to_come_is_an_action():
    (found,) = extract_from_resolution("receive an update on respite care in March 2027.", "agree", "Agreed to:")
    assert found.text == "Receive an update on respite care in March 2027" and found.due_words == "in March 2027"
    assert extract_from_resolution("note the report;", "agree", "Agreed to:") == []


def test_a_doer_to_do_something_in_a_decision_clause():
    (found,) = extract_from_resolution("c) The Scrutiny Manager to send an email to Members about longer meetings.", "other")
    assert found.text.startswith("The Scrutiny Manager to send an email to Members") and found.kind == "send"
    assert extract_from_resolution("Officers to note the request.", "other") == []


@pytest.mark.parametrize(
    "minutes, action",
    [
        ("The Mayor thanked the retiring Councillors and requested that the Town Council write a letter thanking them.",
         "The Town Council to write a letter thanking them"),
        ("The matters arising would be followed up with the Trust before the next meeting.", "Follow up the matters arising with the Trust"),
        ("These points will be taken forward by the working group.", "Take forward these points"),
    ],
)
def test_more_narrative_undertakings(minutes, action):
    found = extract_from_minutes(minutes)
    assert found and found[0].text.startswith(action), found


def test_a_list_under_the_committee_requested_is_an_action_each():
    found = extract_from_minutes(
        "The Committee requested:\n\n1. a breakdown of placements by district;\n\n2. that officers circulate the inspection report.\n\n"
        "The Chair thanked officers for the report."
    )
    assert [a.text for a in found] == ["Breakdown of placements by district", "Officers to circulate the inspection report"]


def test_how_something_would_be_done_is_no_undertaking():
    assert extract_from_minutes("The Leader explained what was proposed and how this would be taken forward.") == []
    assert extract_from_resolution("That the item be taken in private.", "other") == []


def test_a_noted_undertaking_to_another_body_is_not_this_committees_action():
    assert extract_from_resolution("Notes that officers will bring the final strategy to Cabinet in March 2027.", "other") == []
    assert extract_from_resolution("Notes that the annual report will be presented to full Council by the Cabinet Member in July 2027.", "other") == []


@pytest.mark.parametrize(
    "phrase, owners",
    [
        ("the Vice-Chair and the Chair", ["the Vice-Chair", "the Chair"]),
        ("Ann Lee and Raj Patel", ["Ann Lee", "Raj Patel"]),
        ("the Scrutiny and Support Manager", ["the Scrutiny and Support Manager"]),
        ("the Chief Officer \u2013 Integrated Children's and Family Services", ["the Chief Officer \u2013 Integrated Children's and Family Services"]),
    ],
)
def test_and_joins_two_doers_only_after_a_doer_of_its_own(phrase, owners):
    from cpb_tui.actions.phrases import _owner_names

    assert _owner_names(phrase) == owners


def test_a_report_that_will_be_received_at_a_meeting_is_an_action():
    (found,) = extract_from_minutes(
        "The Board was told that a written update on the Task Group would be received at the Board meeting to be held on 25th February 2027."
    )
    assert found.text.startswith("Receive a written update on the Task Group") and "25th February 2027" in found.due_words
    assert extract_from_minutes("The report would be considered by Cabinet if it was ready.") == []


def test_the_earlier_of_two_meetings_named():
    spec = parse_due("an appraisals update to the April or May meetings")
    assert (spec.kind, spec.month, spec.year) == ("meeting_month", 4, None)


def test_agreeing_to_consider_an_item_at_a_named_meeting_brings_it_back():
    action = one("Members agreed to consider this item at the May meeting.")
    assert action.text == "Consider this item at the May meeting" and action.due_words == "at the May meeting"
    assert none("Agreed to consider the report.")


@pytest.mark.parametrize(
    ("words", "month", "year"),
    [
        ("at the 12th March Committee meeting", 3, None),
        ("to the 21 September 2009 meeting", 9, 2009),
        ("at the meeting of the scrutiny committee on the 9th March 2023", 3, 2023),
    ],
)
def test_a_meeting_named_by_its_day_and_month(words, month, year):
    spec = parse_due(f"A report to be presented {words}.")
    assert (spec.kind, spec.month, spec.year) == ("meeting_month", month, year)


def test_a_report_promised_after_other_work_is_found_whole():
    (action,) = extract_from_minutes(
        "The Estates Manager advised that survey work would be carried out over the winter and a further report "
        "would be submitted to the Panel in March 2027."
    )
    assert action.text == "Submit a further report to the Panel in March 2027" and action.due_words == "to the Panel in March 2027"


def test_members_asking_officers_is_an_action_and_a_question_answered_there_is_not():
    (action,) = extract_from_minutes("Committee members asked officers to prepare a map of the new routes.")
    assert action.text == "Officers to prepare a map of the new routes"
    for answered in (
        "Councillors asked for an update on the bus shelter repairs.",
        "Members asked that where links were given they went to the papers.",
        "Members requested that if the meeting ran long it be moved in their diaries.",
    ):
        assert extract_from_minutes(answered) == [], answered
    (written,) = extract_from_minutes("Members requested a written breakdown of placements by district.")
    assert "breakdown of placements" in written.text


def test_a_meeting_held_on_a_day_is_no_due():
    spec = parse_due("that the minutes of the meeting held on 4 May be re-submitted to a future meeting")
    assert spec.kind == "future_meeting"


@pytest.mark.parametrize(
    ("words", "kind", "month"),
    [
        ("bring a report to the next Committee", "next_meeting", None),
        ("report at the November Board", "meeting_month", 11),
        ("to the February 2027 cycle", "meeting_month", 2),
        ("by end of March", "month_only", 3),
        ("by mid-April", "month_only", 4),
        ("by the end of the financial year", "month_only", 3),
        ("by the end of the year", "month_only", 12),
        ("w/c 14 October", "day_month", 10),
        ("by 31.03.27", "by_date", 3),
        ("for the meeting on 12/09/2027", "by_date", 9),
    ],
)
def test_more_ways_of_saying_when(words, kind, month):
    spec = parse_due(words)
    assert (spec.kind, spec.month) == (kind, month)


def test_the_next_board_member_is_no_due():
    assert parse_due("the next Board member to join") is None
    assert parse_due("report back in the new year") is None  # names no month


@pytest.mark.parametrize(
    ("sentence", "text", "owners"),
    [
        ("ACTION: Head of Service to circulate the action plan.", "Head of Service to circulate the action plan", ("Head of Service",)),
        ("The Chair proposed that a letter be sent to the Minister, and this was agreed.", "Send a letter to the Minister", ()),
        ("The Director confirmed she would report back once the review was complete.",
         "The Director to report back once the review was complete", ("the Director",)),
        ("The committee would receive the final report in March.", "Receive the final report in March", ()),
        ("The Chair thanked officers and asked that the report come back in a year.", "Bring the report back in a year", ()),
        ("Members asked for a briefing on the new inspection framework.", "Briefing on the new inspection framework", ()),
    ],
)
def test_more_narrative_commitments(sentence, text, owners):
    (action,) = extract_from_minutes(sentence)
    assert (action.text, action.owners) == (text, owners)
