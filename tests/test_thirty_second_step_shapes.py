"""Shapes read in the thirty-second step. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

import pytest

from cpb_tui.importers import load
from cpb_tui.store import Store
from tests.stored import stored_text


def _page(body: str) -> str:
    return (
        "Minutes of the meeting of Oxley Vale Parish Council held on Tuesday 7th March 2034 at 7.30pm\n\n"
        "1. Apologies\nCllr Dunn sent his apologies.\n\n"
        f"2. Highways and Verges\n{body}\n\n"
        "3. Date of Next Meeting\nTuesday 4th April 2034.\n"
    )


def _tasks(tmp_path, body: str) -> list[str]:
    _, items = stored_text(tmp_path, "oxley.txt", _page(body))
    return [action.text for action in items[1][2]]


def test_the_same_errand_told_for_two_matters_is_two_tasks(tmp_path):
    # each matter in its own paragraph ends with the same words: the clerk has two calls to make, not one
    assert _tasks(tmp_path, (
        "The hedge at Mill Lane hides the speed sign. Clerk to contact Highways.\n\n"
        "The drain by the school is blocked again. Clerk to contact Highways."
    )) == ["Clerk to contact Highways", "Clerk to contact Highways"]


def test_the_same_errand_told_twice_is_kept_twice_once_imported_again(tmp_path):
    # the second task's key differs from the first's, and stays the same on a second import: no third task
    body = "The hedge hides the sign. Clerk to contact Highways.\n\nThe drain is blocked. Clerk to contact Highways."
    path = tmp_path / "oxley.txt"
    path.write_text(_page(body), encoding="utf-8")
    store = Store.open(tmp_path / "cpb.db")
    try:
        for _ in range(2):
            source, record = load(path)
            store.import_document(record, str(path), source.sha256)
        assert store.db.execute("select count(*) from actions").fetchone()[0] == 2
    finally:
        store.close()


def test_a_body_someone_is_to_approach(tmp_path):
    assert _tasks(tmp_path, (
        "Volunteers have mended the shelter roof. The coach firm will be approached to repaint the shelter.\n\n"
        "Highways would be contacted about the pothole at the crossroads."
    )) == ["Approach the coach firm to repaint the shelter", "Contact Highways about the pothole at the crossroads"]


def test_no_task_where_only_news_is_passed_on_or_the_members_are_asked(tmp_path):
    assert _tasks(tmp_path, (
        "The Rail Partnership will be informed that the council supports the new station.\n\n"
        "Members will be asked to declare any interest at the start of each meeting.\n\n"
        "It will be approached with care."
    )) == []


def test_a_named_doer_taking_on_a_payment_or_a_question(tmp_path):
    assert _tasks(tmp_path, (
        "Cllr Reeve said the grant had arrived. He will instigate the payment for the planters.\n\n"
        "The Clerk would highlight any changes to the standing orders before the next meeting."
    )) == [
        "Cllr Reeve to instigate the payment for the planters",
        "The Clerk to highlight any changes to the standing orders before the next meeting",
    ]


def test_numbered_points_under_one_of_the_unnumbered_headings(tmp_path):
    # the headings carry no numbers; only the points under "Matters Arising" do: the headings are the items
    text = (
        "Brackley Fen Parish Council Meeting Minutes -\nMay 2034\n\nMeeting held on 16/05/2034\n\n\n"
        "Cllrs. Amos, Firth, Lowe and Pryor.\n\n"
        "Public Forum\n\nTwo residents asked about the verges.\n\n\n"
        "The Minutes of 18th April 2034 were accepted unanimously.\n\n"
        "Matters Arising\n\n"
        "  1. Bench at the green:\n    The bench has been fixed by the contractor.\n"
        "  2. Flooding at Fen Lane:\n    The county engineer has visited the lane.\n"
        "  3. Litter bins:\n    The Council decided to buy two new bins.\n\n"
        "Planning\n\nThere were no new planning applications this month.\n\n"
        "Any Other Business\n\nThe Clerk was asked to report the broken stile to the county.\n"
    )
    _, items = stored_text(tmp_path, "fen.txt", text, committee="Brackley Fen Parish Council")
    assert [item.title for item, _, _ in items] == ["Public Forum", "Matters Arising", "Planning", "Any Other Business"]
    assert "Litter bins" in items[1][0].minutes


def _clauses(tmp_path, body: str) -> list[str]:
    _, items = stored_text(tmp_path, "oxley.txt", _page(body))
    return items[1][1]


@pytest.mark.parametrize("said", [
    "The fire safety plans were presented to the council and adopted.",
    "The internal auditor's letter was received and approved.",
    "The Council APPROVED \u00a342.60 for a map of the footpaths.",
    "APPROVED the quote of \u00a3310 for a new gate at the allotments.",
])
def test_decisions_told_without_a_decision_word_at_the_start(tmp_path, said):
    assert [clause.replace("Approved", "APPROVED", 1) for clause in _clauses(tmp_path, said)] == [said]


def test_another_bodys_approval_is_no_decision_of_the_meeting(tmp_path):
    assert _clauses(tmp_path, "The housing scheme was considered and approved by the district planning board.") == []


def test_standing_business_before_the_first_numbered_item_is_items_of_its_own(tmp_path):
    # only the substantive business is numbered; apologies, interests, the public and the minutes come first
    text = (
        "An ordinary meeting of Hallow Parish Council was held at the Old School on Monday 4 May 2034, starting at 7.30pm.\n\n"
        "COUNCILLORS PRESENT: - Mrs Hale (Chair), Mr Ives, Mr Judd and Mrs Kerr.\n\n"
        "APOLOGIES - received from Mr Lunn.\n\n"
        "DECLARATIONS OF INTEREST - Mr Judd declared an interest in the allotment lease.\n\n"
        "MINUTES of the last meeting were read out, approved and signed by the Chair.\n\n"
        "PUBLIC SPEAKING - two residents spoke about the playing field before business began.\n\n"
        "1   Allotments - The lease was discussed. Clerk to write to the landlord about the water supply.\n\n"
        "2   Play Area - The new swings are in place and were inspected on Friday.\n\n"
        "3   Footpaths - The stile at Long Meadow has been repaired by the landowner.\n"
    )
    _, items = stored_text(tmp_path, "hale.txt", text, committee="Hallow Parish Council")
    assert [(item.number, item.title) for item, _, _ in items] == [
        (None, "Apologies"), (None, "Declarations of interest"), (None, "Minutes"), (None, "Public speaking"),
        ("1", "Allotments"), ("2", "Play Area"), ("3", "Footpaths"),
    ]
    assert items[2][1] == ["MINUTES of the last meeting were read out, approved and signed by the Chair."]


def test_standing_business_told_in_sentences_on_a_committee_page(tmp_path):
    # a page stored from the middle: the first minutes' headings lost, their sentences name their business
    text = (
        "Apologies for absence were received from Councillor Ames.\n\n\n"
        "There were no declarations of interest.\n\n\n"
        "There were no questions received.\n\n\n"
        "Consideration was given to the minutes of the meeting held on 2 March 2034.\n\n"
        "RESOLVED that the minutes be approved as a correct record.\n\n\n"
        "5. Annual Report\n\nRESOLVED that the annual report be noted.\n"
    )
    _, items = stored_text(tmp_path, "scrutiny.txt", text, committee="Scrutiny Committee", date=__import__("datetime").date(2034, 4, 6))
    assert [(item.title, clauses) for item, clauses, _ in items] == [
        ("Apologies", []), ("Declarations of interest", []), ("Public questions", []),
        ("Minutes of the last meeting", ["that the minutes be approved as a correct record."]),
        ("Annual Report", ["that the annual report be noted."]),
    ]


def test_a_single_apologies_line_before_numbered_items_stays_as_it_was(tmp_path):
    text = (
        "Minutes of the meeting of Oxley Vale Parish Council held on Tuesday 7th March 2034\n\n"
        "Apologies were received from Cllr Dunn.\n\n"
        "1. Highways\nThe Clerk to report the pothole.\n\n2. Date of Next Meeting\n4th April 2034.\n"
    )
    _, items = stored_text(tmp_path, "oxley.txt", text)
    assert [item.number for item, _, _ in items] == ["1", "2"]


# --- review cases: what the step's first rules got wrong -----------------------------------------


def test_numbered_business_items_between_unnumbered_headings_stay_items(tmp_path):
    # "1. Minutes:", "2. Finance:" are the meeting's own items, with the apologies' text between them and the heading
    text = (
        "WESTLEIGH PARISH COUNCIL\nMinutes of the meeting held on Tuesday 5 March 2034 at 7pm.\n\n"
        "Present: Cllrs Ash, Beck, Cole\n\n"
        "Public Forum\nNo residents attended.\n\n"
        "Apologies\nApologies were received from Cllr Dale.\n\n"
        "1. Minutes:\nThe minutes of 6 February were approved as a true record.\n"
        "2. Finance:\nPayments of \u00a3120 were approved.\n"
        "3. Highways:\nThe kerb at Mill Corner is loose. Clerk to report it to the county.\n\n"
        "Any Other Business\nNone.\n\nDate of Next Meeting\nTuesday 2 April 2034.\n"
    )
    _, items = stored_text(tmp_path, "westleigh.txt", text)
    assert [item.number for item, _, _ in items if item.number] == ["1", "2", "3"]


def test_a_heading_sentence_that_records_a_decision_keeps_it(tmp_path):
    text = (
        "ELMBRIDGE COMMUNITY COUNCIL\nMinutes\n\n"
        "A special meeting of the Community Council was held on 2 May 2034 at 7pm in the Hall, at which it was agreed to "
        "accept the resignation of Mr Fenn as Treasurer with thanks.\n\n"
        "1. Election of Treasurer\nMrs Gale was elected Treasurer.\n\n2. Grants\nThe panel's grants were approved.\n"
    )
    _, items = stored_text(tmp_path, "elmbridge.txt", text)
    assert any("resignation of Mr Fenn" in clause for _, clauses, _ in items for clause in clauses)


@pytest.mark.parametrize("said", [
    "The Parish Council will be consulted when the draft plan is published.",
    "Quotes will be asked for in the spring.",
    "The school would be approached by the developer about the new path.",
    "The Town Council will be asked by the district council to pay for a bin.",
])
def test_no_task_where_the_council_is_asked_or_someone_else_asks(tmp_path, said):
    assert _tasks(tmp_path, said) == []


@pytest.mark.parametrize("said", [
    "The precept was discussed and approved at the January meeting.",
    "The lottery bid was considered and approved by the board of the Community Fund.",
    "APPROVED the 9th day of April 2034.",
    "The Council APPROVED budget for the year is attached as Appendix A.",
])
def test_no_decision_of_this_meeting(tmp_path, said):
    assert _clauses(tmp_path, said) == []


def test_the_same_errand_restated_after_a_reason_or_under_a_label_is_one_task(tmp_path):
    assert _tasks(tmp_path, (
        "The swing seat is split. Cllr Teal to arrange repairs. It is urgent as the holidays start soon. Cllr Teal to arrange repairs.\n\n"
        "Action by: Clerk. Deadline: next meeting. Cllr Teal to arrange repairs."
    )) == ["Cllr Teal to arrange repairs"]


def test_no_standing_items_inside_the_attendance_or_from_a_wrapped_line(tmp_path):
    text = (
        "MINUTES OF HOLM TOWN COUNCIL held on 4 June 2034\n\n"
        "PRESENT: Cllrs Hurst, Irwin and Jay\nAPOLOGIES: Cllr Kemp\nIN ATTENDANCE: the Town Clerk\n"
        "There were no members of the public present.\n\n"
        "1. Finance\nThe accounts were approved.\n\n2. Parks\nThe new benches are in.\n\n3. Any Other Business\nNone.\n"
    )
    _, items = stored_text(tmp_path, "holm.txt", text)
    assert [item.number for item, _, _ in items] == ["1", "2", "3"]


def test_short_title_lines_over_unstopped_text_are_items_when_nothing_else_is(tmp_path):
    # a Word export: no numbers, no full stops, each matter a short title over its lines
    text = (
        "Minutes of Coldharbour Community Council meeting 14 March 2034\n"
        "Present: J Reid (Chair), K Shaw, L Tait\n\n"
        "Tree survey\nThe survey found two unsafe limes on the green\nClerk to obtain quotes for the felling\n\n"
        "Hall lettings\nBookings are up on last year and the hall is busy most evenings\nAgreed to keep the hire charges as they are\n\n"
        "Christmas lights\nVolunteers are needed for the switch-on in December\nK Shaw to ask the school to help\n"
    )
    _, items = stored_text(tmp_path, "coldharbour.txt", text)
    assert [item.title for item, _, _ in items] == ["Tree survey", "Hall lettings", "Christmas lights"]
    assert items[1][1] == ["Agreed to keep the hire charges as they are"]
    assert [task.text for task in items[0][2]] == ["Clerk to obtain quotes for the felling"]


def test_a_container_of_the_meetings_items_is_no_heading_over_points(tmp_path):
    # "Agenda Items" over "1." to "3.": those are the meeting's items, not points of one
    text = (
        "DUNFORD PARISH COUNCIL\nMinutes of the meeting held on 9 June 2034.\n\nPresent: Cllrs Lyle, Moss, Nash\n\n"
        "Chairman's Announcements\nThe Chairman welcomed everyone.\n\nAgenda Items\n"
        "1. Bridge parapet\nThe county will repair the parapet in July.\n"
        "2. Cricket club lease\nThe lease was renewed for five years.\n"
        "3. Allotment rents\nRents will rise by five per cent.\n\nReports\nNone.\n\nMeeting Closed\nThe meeting closed at 9pm.\n"
    )
    _, items = stored_text(tmp_path, "dunford.txt", text)
    assert [item.number for item, _, _ in items if item.number] == ["1", "2", "3"]


@pytest.mark.parametrize("said", [
    "Glenmore Community Council will be consulted on the new timetable in January.",
    "Speakers will be asked to give their name and keep to three minutes.",
    "Meanwhile Highways will be chased about the pothole.",
    "A resident said she would follow this up herself.",
])
def test_no_task_for_the_council_itself_a_standing_rule_or_someone_elses_promise(tmp_path, said):
    assert _tasks(tmp_path, said) == []


def test_a_restatement_under_a_long_action_label_is_one_task(tmp_path):
    assert _tasks(tmp_path, (
        "The shelter glass is broken again. Clerk to obtain quotes for a new shelter.\n\n"
        "Summary of the actions agreed for this item: Clerk to obtain quotes for a new shelter."
    )) == ["Clerk to obtain quotes for a new shelter"]
