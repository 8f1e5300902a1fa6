"""The fifty-eighth step: readings taken by class across every development page rather than page by page (the meeting's
assent to its last minutes however a clerk words it, ...), written again about fictional bodies. Texts the project wrote."""

from __future__ import annotations

import pytest

from tests.stored import page_items as _items


def _minutes_page(verdict: str) -> str:
    return (
        "Minutes of the meeting of Harrowby Parish Council held on Monday 14 April 2036 in the Village Hall.\n\n"
        "1. Apologies\nNone.\n\n2. Minutes of the previous meeting\n" + verdict + "\n\n3. Close\nThe meeting closed at 9pm.\n"
    )


@pytest.mark.parametrize(
    "verdict",
    [
        "Notes from the meeting on 20th March agreed correct by all present.",
        "Planning Meeting held on 24.03.36 True Record Unanimous",
        "Having been circulated, RH then signed them off as a true copy.",
        "Minutes of the meeting held on 2nd April were circulated and recorded to be a true and accurate account.",
        "They were proposed as being correct by Don Hale and Nigel Moss.",
    ],
)
def test_the_meetings_assent_to_its_last_minutes_in_any_words_is_its_decision(tmp_path, verdict):
    found = _items(tmp_path, _minutes_page(verdict))
    (clauses,) = [clauses for item, clauses, _ in found if item.number == "2"]
    assert clauses == [verdict]


@pytest.mark.parametrize(
    "record",
    [
        "The minutes were not signed as a true record, as two members had not seen them.",
        "The minutes are to be approved as a correct record at the June meeting.",
        "To approve and sign as a correct record the minutes of the meeting held on 10 March.",
        "The minutes were submitted for approval as a correct record.",
        "Were the minutes a true record? Cllr Dunn asked for time to read them.",
        "Cllr Bell to sign them as a true record when the amendment is made.",
    ],
)
def test_minutes_not_yet_assented_to_are_no_decision(tmp_path, record):
    found = _items(tmp_path, _minutes_page(record))
    (clauses,) = [clauses for item, clauses, _ in found if item.number == "2"]
    assert clauses == []


_LED_IN = (
    "Minutes of the meeting of Harrowby Parish Council held on Monday 14 April 2036 in the Village Hall.\n\n"
    "1) APOLOGIES - None.\n"
    "2) FINANCE\n"
    "a) Following the resignation of Cllr Dale, it was decided to add Cllr Pym to the bank mandate so that payments can be "
    "made. Cllr Hunt asked whether two signatories were enough. Cllr Pym to check.\n"
    "b) Following a request from a resident the council agreed to buy two new litter bins for the green. Cllr Ward to order "
    "these.\n"
    "3) CLOSE - The meeting closed at 9pm.\n"
)


def test_a_decision_after_how_it_came_about_in_any_words_is_read_with_that_as_its_lead_in(tmp_path):
    found = {item.number: (clauses, tasks) for item, clauses, tasks in _items(tmp_path, _LED_IN)}
    assert found["2a"][0] == ["Decided to add Cllr Pym to the bank mandate so that payments can be made."]
    assert found["2b"][0] == ["the council agreed to buy two new litter bins for the green."]
    assert [task.text for task in found["2b"][1]][0] == "Buy two new litter bins for the green"
    assert "Cllr Pym to check" in [task.text for task in found["2a"][1]]


def test_the_lead_in_is_kept_apart_from_the_decision(tmp_path):
    from cpb_tui.importers import load

    path = tmp_path / "led.txt"
    path.write_text(_LED_IN, encoding="utf-8")
    _, record = load(path)
    leads = [resolution.lead_in for item in record.meetings[0].items for resolution in item.resolutions]
    assert leads == ["Following the resignation of Cllr Dale", "Following a request from a resident"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Following the site visit, the Clerk agreed to write to the owner.",
        "After the meeting it was reported that the bins had been emptied.",
        "Following the storm the council had agreed last year to replace the fence.",
    ],
)
def test_a_lead_in_before_no_decision_of_the_meeting_makes_none(tmp_path, sentence):
    from tests.stored import second_item

    clauses, _ = second_item(tmp_path, sentence)
    assert clauses == []


@pytest.mark.parametrize(
    "line",
    [
        "Cllr Moss asked if she could join the footpaths group, agreed.",
        "Ms Dale proposes the forum discuss each item in turn and invite comments on each. Agreed.",
        "It was suggested a £30 gift voucher be bought for Mr Hale in thanks for his work on the path \u2013 Agreed",
        "CC proposed £5,500 be moved to the savings account \u2013 all agreed and Cheque No 464 signed.",
        "Cllr Pym proposed that a new bench be bought for the green. Seconded Cllr Hunt, all agreed.",
    ],
)
def test_a_proposal_with_its_assent_written_after_it_is_a_decision(tmp_path, line):
    from tests.stored import second_item

    clauses, _ = second_item(tmp_path, line)
    assert clauses == [line.lstrip("- ")]


@pytest.mark.parametrize(
    "line",
    [
        "Cllr Moss asked if the verge could be cut, not agreed.",
        "Cllr Hale asked whether the bench could be moved \u2013 agreed?",
        "The quote from the contractor had already been agreed.",
    ],
)
def test_an_assent_denied_asked_or_told_of_is_no_decision(tmp_path, line):
    from tests.stored import second_item

    clauses, _ = second_item(tmp_path, line)
    assert clauses == []


def test_the_report_before_a_proposal_is_not_part_of_it(tmp_path):
    from tests.stored import second_item

    clauses, _ = second_item(
        tmp_path,
        "An email from the tree surgeon said that one ash tree needs to come down. Mr Dee proposed that quotes be sought to "
        "fell it, seconded Mr Bell, all agreed.",
    )
    assert clauses == ["Mr Dee proposed that quotes be sought to fell it, seconded Mr Bell, all agreed."]


_TWO_NUMBERINGS = (
    "Minutes of the meeting of Harrowby Parish Council, held in the Village Hall on Monday 19th January 2037.\n\n"
    "Present: Cllr A Reed (Chair), Cllr B Hunt, Cllr C Bell and the Clerk.\n\n"
    "1. Apologies for absence: to receive apologies where reasons have been given to the clerk.\n"
    "310. None\n"
    "2. To approve the minutes of the last meeting (17th November 2036)\n"
    "311. The previously circulated minutes were approved as a true record.\n"
    "3. Parish matters\n"
    "3.1 To receive an update on the bus shelter\n"
    "312. The shelter has been cleaned. Cllr Bell to ask the county about a new roof.\n"
    "3.2 To consider the hedge on Mill Lane\n"
    "313. The Clerk to write to the owner of the hedge.\n"
)


def test_minute_numbers_running_under_agenda_numbers_are_the_items_minute_numbers(tmp_path):
    found = _items(tmp_path, _TWO_NUMBERINGS)
    numbered = [(item.number, item.minute_number) for item, _, _ in found]
    assert numbered == [("1", "310"), ("2", "311"), ("3", "3"), ("3.1", "312"), ("3.2", "313")]
    (tasks,) = [tasks for item, _, tasks in found if item.number == "3.2"]
    assert [task.text for task in tasks] == ["The Clerk to write to the owner of the hedge"]


def test_an_items_own_points_numbered_after_it_are_no_second_numbering(tmp_path):
    page = (
        "Minutes of the meeting of Harrowby Parish Council, held in the Village Hall on Monday 19th January 2037.\n\n"
        "10. Finance\n11. The accounts were noted.\n12. Payments\n13. The payments were approved.\n14. Planning\n"
        "15. No applications.\n16. Close\n17. The meeting closed at 9pm.\n"
    )
    found = _items(tmp_path, page)
    assert all(item.minute_number in (None, item.number) for item, _, _ in found)


@pytest.mark.parametrize(
    ("line", "clause"),
    [
        ("Agreed we should gather views from the village about the surgery to review at our January meeting.",
         "Agreed we should gather views from the village about the surgery to review at our January meeting."),
        ("Agreed designs and quotes will be considered by Mrs Aston, Mr Dunn and the Clerk.",
         "Agreed designs and quotes will be considered by Mrs Aston, Mr Dunn and the Clerk."),
        ("It was concluded to add the fete to the November agenda for a progress report.",
         "to add the fete to the November agenda for a progress report."),
        ("It was moved and agreed by the Committee to form a Task and Finish Group on the new plan.",
         "Agreed by the Committee to form a Task and Finish Group on the new plan."),
        ("It was unanimously voted upon that the vacancy be filled by Keith Reed.",
         "It was unanimously voted upon that the vacancy be filled by Keith Reed."),
    ],
)
def test_more_ways_a_meeting_says_it_agreed(tmp_path, line, clause):
    from tests.stored import second_item

    clauses, _ = second_item(tmp_path, line)
    assert clauses == [clause]


@pytest.mark.parametrize(
    "line",
    ["Agreed minutes of the last meeting are on the noticeboard.", "Agreed actions from the last meeting were reviewed by the Clerk."],
)
def test_agreed_as_an_adjective_is_no_decision(tmp_path, line):
    from tests.stored import second_item

    clauses, _ = second_item(tmp_path, line)
    assert clauses == []


def test_agenda_headings_each_over_its_running_minute_stay_the_items(tmp_path):
    page = (
        "Minutes of the meeting of Harrowby Parish Council, held in the Village Hall on Monday 19th January 2037.\n\n"
        "Present: Cllr A Reed (Chair), Cllr B Hunt, Cllr C Bell and the Clerk.\n\n"
        "Agenda\n"
        "1. Apologies for absence: to receive apologies where reasons have been given to the clerk.\n"
        "310. None\n"
        "2. To approve the minutes of the last meeting (17th November 2036)\n"
        "311. The previously circulated minutes were approved as a true record.\n"
        "3. Receive reports from other bodies\n"
        "        3.1 County and district reports\n"
        "        312. None received.\n"
        "4. Parish matters:\n"
        "4.1 To receive an update on the bus shelter.\n"
        "313. The shelter has been cleaned. Cllr Bell to ask the county about a new roof.\n"
        "4.2 To consider the hedge on Mill Lane.\n"
        "314. The Clerk to write to the owner of the hedge.\n"
    )
    found = _items(tmp_path, page)
    # (the base read the minutes' numbers as the items, titled "None", "None received." and the agenda's headings were lost)
    assert [(item.number, item.minute_number) for item, _, _ in found] == [
        ("1", "310"), ("2", "311"), ("3", "3"), ("3.1", "312"), ("4", "4"), ("4.1", "313"), ("4.2", "314")]
    assert [item.title for item, _, _ in found][:2] == ["Apologies for absence", "To approve the minutes of the last meeting (17th November 2036)"]
    assert {item.number: [task.text for task in tasks] for item, _, tasks in found}["4.2"] == ["The Clerk to write to the owner of the hedge"]


def test_a_number_whose_stop_is_printed_twice_is_an_item(tmp_path):
    page = (
        "Minutes of the meeting of Harrowby Parish Council held on Tuesday 3rd May 2037 in the Old School.\n\n"
        "  1. ELECTION OF CHAIR: Cllr Reed was elected Chair.\n"
        "  2. APOLOGIES: None.\n\n"
        "3..          RECORDING OF PROCEEDINGS\n\nThe Clerk recorded the meeting.\n\n"
        "4..          DECLARATIONS OF INTEREST\n\nNone.\n\n"
        "5..          EXCLUSION OF THE PRESS AND PUBLIC\n\nMembers AGREED that no items required this.\n"
    )
    found = _items(tmp_path, page)
    assert [item.number for item, _, _ in found] == ["1", "2", "3", "4", "5"]
    assert [item.title for item, _, _ in found][2] == "Recording of Proceedings"


def test_by_year_end_is_due_in_december(tmp_path):
    found = _items(tmp_path, "Minutes of the meeting of Harrowby Parish Council held on Monday 6 November 2036.\n\n"
                             "1. Accounts\nDP to prepare the asset register by year end.\n")
    (tasks,) = [tasks for item, _, tasks in found if item.number == "1"]
    assert [(task.text, str(task.due_date)) for task in tasks] == [("DP to prepare the asset register by year end", "2036-12-31")]


def test_the_vote_after_a_proposal_is_not_part_of_its_task(tmp_path):
    from tests.stored import second_item

    clauses, tasks = second_item(tmp_path, "Cllr Hunt proposed that the Clerk write to the owner of the hedge \u2013 all agreed.")
    assert clauses == ["Cllr Hunt proposed that the Clerk write to the owner of the hedge \u2013 all agreed."]
    assert tasks == ["The Clerk to write to the owner of the hedge"]


@pytest.mark.parametrize(
    "record",
    [
        "Cllr Fenwick asked whether the minutes were a true record of the discussion on the playground.",
        "The Chair said the minutes had been approved by the district council's monitoring officer.",
        "It is unanimously felt that the minutes should include the public session.",
        "The Clerk then confirmed the minutes had been put on the noticeboard.",
        "The draft minutes were passed to the Chair for checking before publication.",
        "Two applications had been approved under delegated powers since the committee last met.",
        "The notes of the group's meeting, at which a new leader was confirmed, were received for information.",
    ],
)
def test_what_is_said_of_the_minutes_but_no_assent_is_no_decision(tmp_path, record):
    found = _items(tmp_path, _minutes_page(record))
    (clauses,) = [clauses for item, clauses, _ in found if item.number == "2"]
    assert clauses == []


@pytest.mark.parametrize(
    "line",
    [
        "Top Farm, proposed detached garage and store. Approved.",
        "The proposed closure of Mill Lane for the fete, notified by the county - agreed.",
        "The police recommended that residents lock their sheds. Agreed.",
        "Agreed minutes are published on the noticeboard and the website.",
        "It was concluded to be too costly to replace the zip wire this year.",
        "In light of the fact the committee agreed last month to repaint the hall, Cllr Sallow asked about colours.",
        "Following a meeting with residents the Speedwatch group agreed to restart checks in May.",
        "After the flood in 2035 the council decided to buy sandbags, which are now stored in the church porch.",
    ],
)
def test_the_reviews_near_misses_are_no_new_decision(tmp_path, line):
    from tests.stored import second_item

    clauses, _ = second_item(tmp_path, line)
    assert clauses == []


def test_a_payments_list_under_agenda_headings_is_no_minute_numbering(tmp_path):
    page = (
        "Minutes of the meeting of Harrowby Parish Council held on Tuesday 9 June 2037 at 7.30pm in the Hall.\n\n"
        "1. Apologies\nNone.\n\n2. Minutes of the previous meeting\nThe minutes were approved and signed as a true record.\n\n"
        "3. Payments\n101. Memorial Hall, hire £40.00\n102. Clerk, salary May £412.50\nIt was agreed to make the payments.\n\n"
        "4. Receipts\n103. Allotment rents £120.00\n104. Bank interest £2.31\n\n"
        "5. Grants\n105. Youth club grant £200.00\nIt was agreed to pay the grant.\n\n6. Close\nThe meeting closed at 9.05pm.\n"
    )
    found = _items(tmp_path, page)
    assert [(item.number, item.minute_number) for item, _, _ in found][2:5] == [("3", "3"), ("4", "4"), ("5", "5")]
    planning = (
        "Minutes of the meeting of Harrowby Parish Council held on Tuesday 9 June 2037 at 7.30pm in the Hall.\n\n"
        "1. Apologies\nNone.\n\n2. Minutes\nApproved.\n\n3. Ash Cottage\nDC/0412/FUL\nNo objection.\n\n"
        "4. Mill House\nDC/0415/HH\nNo objection.\n\n5. Old School\nDC/0417/LBC\nSupported.\n"
    )
    assert all(item.minute_number == item.number for item, _, _ in _items(tmp_path, planning))


def test_a_task_stops_before_another_clause_joined_by_and(tmp_path):
    from tests.stored import second_item

    _, tasks = second_item(
        tmp_path,
        "Cllr Walker is obtaining quotes for a painting and a tidy up and volunteers of the village have been sweeping the "
        "space, which the council are thankful for.",
    )
    assert tasks == ["Cllr Walker to obtain quotes for a painting and a tidy up"]
    # (things joined by "and" that are the task's own stay: "the grass and hedges are cut")
    assert second_item(tmp_path, "The Clerk to ensure the grass and hedges are cut.")[1] == ["The Clerk to ensure the grass and hedges are cut"]


@pytest.mark.parametrize(
    ("body", "task"),
    [
        ("The Clerk to close the old Lloyds bank account.", "The Clerk to close the old Lloyds bank account"),
        ("Cllr Hunt to open a new deposit account with the Unity Trust.", "Cllr Hunt to open a new deposit account with the Unity Trust"),
    ],
)
def test_a_bank_account_opened_or_closed_is_a_task(tmp_path, body, task):
    from tests.stored import second_item

    assert second_item(tmp_path, body)[1] == [task]
    # (never the meeting closed)
    assert second_item(tmp_path, "The Chair to close the meeting at 9pm.")[1] == []
