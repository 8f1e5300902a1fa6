"""The sixtieth step: shapes read off the thirty-fourth blind set once it was opened (a news page's list of decisions,
points 1.1, 1.2 ... run onto an item's "1.0" line, minutes that open at their first item, given names, tasks run on into
the sentence before them), written again about fictional bodies. Texts the project wrote."""

from __future__ import annotations

import pytest

from tests.stored import page_items, second_item, stored_page, tasks

_NEWS_DECISIONS = (
    "Decisions made by Cabinet on 14 October 2037\n"
    "The following decisions were made by Harrowby Council\u2019s Cabinet at its meeting today (Wednesday 14 October 2037).\n"
    "To see the full agenda for the meeting, click here.\n"
    "- Item 7 \u2013 Revenue Monitoring Report Quarter 2. Decision: Report approved, in line with recommendations.\n"
    "- Item 8 \u2013 Capital Programme 2037/38. Decision: Report approved, in line with recommendations.\n"
    "- Item 9 \u2013 Library Service Review. Decision: Report approved, with a further report to the March 2038 meeting.\n"
)


def test_a_news_pages_bulleted_decisions_are_items_with_their_decisions(tmp_path):
    meeting, found = stored_page(tmp_path, _NEWS_DECISIONS)
    assert (meeting.committee, meeting.date.isoformat()) == ("Cabinet", "2037-10-14")
    numbered = {item.number: (item.title, clauses) for item, clauses, _ in found if item.number}
    assert list(numbered) == ["7", "8", "9"]
    assert numbered["8"] == ("Capital Programme 2037/38", ["Report approved, in line with recommendations."])
    assert numbered["9"][1] == ["Report approved, with a further report to the March 2038 meeting."]


def test_decisions_made_by_a_body_in_an_agendas_list_name_no_committee(tmp_path):
    page = (
        "Harrowby Council\n\nCabinet\n\nAgenda for the meeting on Wednesday 14 October 2037\n\n"
        "1. Apologies\n\n2. Decisions made by the Lead Member on 16 September 2037\n\n3. Library Service Review\n"
    )
    meeting, found = stored_page(tmp_path, page, committee="Cabinet")
    assert meeting.committee == "Cabinet"
    assert [item.number for item, _, _ in found] == ["1", "2", "3"]  # (the agenda's line is an item, and names no body)


def test_a_bullet_before_plain_numbers_is_no_item_word(tmp_path):
    page = _NEWS_DECISIONS.replace("- Item 7 \u2013", "- 7 \u2013").replace("- Item 8 \u2013", "- 8 \u2013")
    _, found = stored_page(tmp_path, page)
    assert [item.number for item, _, _ in found if item.number] == ["9"]  # (only a bullet before the word Item is set aside)


_POINTS_RUN_ON = (
    "HARTLOW COMMUNITY COUNCIL Minutes of the meeting held on 11th April 2037 at the Mill Hall\n\n"
    "Minute of Meeting of 28th February 2037 Approved: Mrs D Kay Seconded: Mrs M Owen\n\n"
    "1.0 BUSINESS ARISING FROM PREVIOUS MINUTE 1.1 Visit from the wind farm developer \u2013 it was agreed that more "
    "information was needed before the community is consulted 1.2 Visitor from the trust \u2013 Morven will chase the "
    "contact & arrange with Isla for next meeting 1.3 Dog fouling at the quarry - the warden has visited. 1.4 Housing in "
    "the Countryside -Letter to be sent by Isla 1.5 Burn AGM \u2013 next AGM in Jan 2038\n\n"
    "2.0 ANY OTHER BUSINESS\n\nNone.\n"
)


def test_points_run_onto_an_items_nought_line_are_items_of_their_own(tmp_path):
    _, found = stored_page(tmp_path, _POINTS_RUN_ON)
    points = {item.number: (item.title, clauses, [task.text for task in tasks]) for item, clauses, tasks in found}
    assert [n for n in points if n and n.startswith("1.")] == ["1.0", "1.1", "1.2", "1.3", "1.4", "1.5"]
    assert points["1.1"][1] == ["Agreed that more information was needed before the community is consulted"]
    assert points["1.2"][2] == ["Morven to chase the contact & arrange with Isla for next meeting"]
    assert points["1.4"][0] == "Housing in the Countryside"  # (the task told after the dash is no part of the title)
    assert points["1.4"][2] == ["Isla to send letter"]


def test_points_under_a_plain_number_stay_as_they_were(tmp_path):
    page = _POINTS_RUN_ON.replace("1.0 BUSINESS", "1.5 BUSINESS")
    _, found = stored_page(tmp_path, page)
    assert "1.1" not in [item.number for item, _, _ in found]  # ("1.5" heads no points 1.1 ...)


_OPENS_AT_ITEM_ONE = (
    "1 WELCOME AND APOLOGIES 1.1 Cllr Parry (GP) welcomed all to meeting 1.2 Present: Enid Rowlands (ER), Alun Vaughan "
    "(AV), Gwenda Davies (GD)\n\n"
    "3 MINUTES TO APPROVE 26TH FEBRUARY 2037 ER proposed correct and seconded by AV.\n\n"
    "6 PLANNING APPLICATIONS Everyone was in agreement to discuss the applications by email before the next meeting. GP "
    "to request an extension of time to respond to the applications.\n\n"
    "7 COUNCIL MATTERS 7.1 Nature sites: GP raised that the land by the pitch had been put forward. GP to contact the "
    "project to see what the next steps are. 7.2 Flower tubs: AV had bought flowers for the tubs.\n"
)


def test_minutes_that_open_at_their_first_item_are_read_as_minutes(tmp_path):
    import datetime as dt

    _, found = stored_page(tmp_path, _OPENS_AT_ITEM_ONE, committee="Llanfair Community Council", date=dt.date(2037, 3, 25))
    by_number = {item.number: (clauses, [task.text for task in tasks]) for item, clauses, tasks in found}
    assert by_number["6"][0] == ["Everyone was in agreement to discuss the applications by email before the next meeting."]
    assert by_number["6"][1] == ["GP to request an extension of time to respond to the applications"]
    assert by_number["7.1"][1] == ["GP to contact the project to see what the next steps are"]


def test_an_agenda_that_opens_at_its_first_item_stays_an_agenda(tmp_path):
    import datetime as dt

    page = (
        "1 WELCOME AND APOLOGIES To receive apologies for absence.\n\n2 MINUTES To approve the minutes of 26th February 2037.\n\n"
        "3 PLANNING APPLICATIONS To consider the applications received.\n"
    )
    meeting, found = stored_page(tmp_path, page, committee="Llanfair Community Council", date=dt.date(2037, 3, 25))
    assert [clauses for _, clauses, _ in found] == [[], [], []]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Estelle will liaise with PC Wynn over this.", [("Estelle to liaise with PC Wynn over this", ("Estelle",))]),
        ("Karin will write to the school about the crossing.", [("Karin to write to the school about the crossing", ("Karin",))]),
        # (a member asking the clerk, the post in small letters as parish minutes write it)
        ("Cllr Hebb asked the clerk to bring her declaration form to the next meeting.",
         [("The clerk to bring her declaration form to the next meeting", ("the clerk",))]),
        # (an "Action:" label run on after the line's last word)
        ("Cllrs Ivy and Orme declared an interest in item 15c on the Agenda Action: Clerk to forward both forms to sign",
         [("Clerk to forward both forms to sign", ("Clerk",))]),
        # (advice, or a member's agreement, that the clerk should act)
        ("Cllr Dane advised that the clerk should contact the highways department about a bus stop.",
         [("The clerk to contact the highways department about a bus stop", ("the clerk",))]),
        ("Mr Lamb confirmed the hedges were on the list, and agreed that the Clerk should keep in touch about progress.",
         [("The Clerk to keep in touch about progress", ("the Clerk",))]),
    ],
)
def test_tasks_told_so_are_read(text, expected):
    assert tasks(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A resident asked the clerk to send the form.",  # (not a member: no task of the council's)
        "Cllr Ash asked whether the clerk should write to the school.",  # (a question)
        "Cllr Ash suggested that the clerk should write to the school.",  # (a suggestion, not agreed)
        "The forms were received. Action: none required",
        "Christmas Eve will be the last collection day.",
    ],
)
def test_tasks_not_told_so_are_not_read(text):
    assert tasks(text) == []


def test_everyone_in_agreement_is_a_decision(tmp_path):
    clauses, _ = second_item(tmp_path, "All in agreement to ask Mr Pike to repaint the shelter.")
    assert clauses == ["All in agreement to ask Mr Pike to repaint the shelter."]
    clauses, _ = second_item(tmp_path, "Everyone was in agreement that the shelter should be repainted in May.")
    assert clauses == ["Everyone was in agreement that the shelter should be repainted in May."]


def test_everyone_agreeing_on_a_fact_in_a_report_is_no_decision(tmp_path):
    clauses, _ = second_item(tmp_path, "The Chair said everyone he had spoken to was in agreement with the plan.")
    assert clauses == []
    clauses, _ = second_item(tmp_path, "Everyone was in agreement that the fete was a success, as last year.")
    assert clauses == []  # (a view shared, nothing to be done)


_REFERENCE_POINTS = (
    "Minutes of the meeting of Ashby Parva Parish Council held on 9th November 2037.\n\n"
    "50/37 Apologies\n\nNone.\n\n51/37 PROGRESS REPORTS\n\n51/37.1 Fly tipping, Hill Brow\n\n"
    "It was agreed to ask the district council to clear it.\n\n51/37.2 Footpath signs\n\nThe Clerk to write to the county council.\n\n"
    "52/37 FINANCE\n\nRESOLVED to pay the invoices.\n"
)


def test_points_numbered_with_their_items_reference_are_sub_items(tmp_path):
    found = page_items(tmp_path, _REFERENCE_POINTS)
    points = {item.number: (item.title, clauses, [task.text for task in tasks]) for item, clauses, tasks in found}
    assert list(points) == ["50/37", "51/37", "51/37.1", "51/37.2", "52/37"]
    assert points["51/37.1"][:2] == ("Fly tipping, Hill Brow", ["Agreed to ask the district council to clear it."])
    assert points["51/37.2"][2] == ["The Clerk to write to the county council"]


def test_points_set_between_the_items_number_and_month_are_sub_items_in_order(tmp_path):
    page = (
        "Minutes of the meeting of Ashby Parva Parish Council held on 9th November 2037.\n\n1/11/37 APOLOGIES\n\nNone.\n\n"
        "2/11/37 DECLARATIONS OF INTEREST\n\nNone.\n\n3/11/37 MINUTES\n\nThe minutes were approved.\n\n4/11/37 MATTERS ARISING:\n\n4.1/11/37 Clerk: The Clerk had no matters to report.\n\n"
        "4.2/11/37 Members: Cllr Rowe to chase the bus company.\n\n5/11/37 FINANCE\n\nRESOLVED to pay the invoices.\n"
    )
    found = page_items(tmp_path, page)
    assert [(item.number, item.title) for item, _, _ in found] == [
        ("1/11/37", "Apologies"), ("2/11/37", "Declarations of Interest"), ("3/11/37", "Minutes"), ("4/11/37", "Matters Arising"), ("4.1/11/37", "Clerk"), ("4.2/11/37", "Members"), ("5/11/37", "Finance")]
    assert [task.text for task in found[5][2]] == ["Cllr Rowe to chase the bus company"]


def test_a_reference_that_cites_another_minute_is_no_point(tmp_path):
    page = _REFERENCE_POINTS.replace("51/37.1 Fly tipping", "49/37.1 Fly tipping").replace("51/37.2 Footpath", "49/37.2 Footpath")
    assert "51/37.1" not in [item.number for item, _, _ in page_items(tmp_path, page)]


_SENTENCE_POINTS = (
    "Minutes of the meeting of Ashby Parva Parish Council held on 9th November 2037.\n\n"
    "16/41 Apologies for Absence\nCllr Dean.\n"
    "16/42 Public Participation\nTen minutes was allowed for public participation:\n"
    "  1. Mr Lowe spoke about having a community shop in the village like the one in Arden.\n\n"
    "    He offered to survey the village and report back to the council.\n"
    "  2. Mr Lowe also mentioned getting electricity to the sports field. He will look into funding.\n"
    "  3. It was agreed that the next clean-up day would be Saturday 10 April 2038. Cllr Tyler agreed to prepare a programme.\n"
    "16/43 Declarations of Interest\nNone.\n"
)


def test_a_public_sessions_numbered_topics_are_sub_items(tmp_path):
    found = page_items(tmp_path, _SENTENCE_POINTS)
    points = {item.number: (item.title, clauses, [task.text for task in tasks]) for item, clauses, tasks in found}
    assert [n for n in points] == ["16/41", "16/42", "16/42.1", "16/42.2", "16/42.3", "16/43"]
    assert points["16/42.1"][0].startswith("Mr Lowe spoke about having a community shop")
    assert points["16/42.3"][1] == ["Agreed that the next clean-up day would be Saturday 10 April 2038."]
    assert points["16/42.3"][2] == ["Cllr Tyler to prepare a programme"]


@pytest.mark.parametrize(
    "lead_in",
    [
        "RESOLVED:",  # (a decision's clauses)
        "It was agreed to:",
    ],
)
def test_a_decisions_numbered_clauses_stay_clauses(tmp_path, lead_in):
    page = _SENTENCE_POINTS.replace("Ten minutes was allowed for public participation:", lead_in)
    numbers = [item.number for item, _, _ in page_items(tmp_path, page)]
    assert numbers == ["16/41", "16/42", "16/43"]


def test_who_confirmed_he_would_is_the_one_the_clause_is_about():
    text = (
        "A member of the public raised the verge along Sea Lane. As the council has no powers over verges, the matter was "
        "referred to Cllr P Dale who confirmed he would investigate it."
    )
    assert tasks(text) == [("Cllr P Dale to investigate it", ("Cllr P Dale",))]


def test_one_to_be_asked_by_a_pronoun_is_asked_as_him_or_her(tmp_path):
    clauses, found = second_item(tmp_path, "RESOLVED that Mr Ives's quote is accepted and that he should be asked to undertake the work.")
    assert found == ["Ask him to undertake the work"]


def test_a_task_label_run_on_after_a_decision_is_the_items_task(tmp_path):
    page = (
        "Minutes of Meeting of Llanfair Community Council held on Wednesday 7th June 2037 at 6.30pm\n"
        "1. Apologies for absence: Cllr. Jo Storey (JS)\n"
        "6. Adoption of minutes\n"
        "a. Wednesday 10th May 2037 \u2013 All in favour to approve \u2013 ACTION: JC to publish\n"
        "b. AGM 2037 \u2013 All in favour to approve ACTION: JC to send to the county council\n"
        "7. Correspondence\nNone.\n"
    )
    found = page_items(tmp_path, page)
    (six,) = [(clauses, [task.text for task in tasks]) for item, clauses, tasks in found if item.number == "6"]
    assert six[0] == ["Wednesday 10th May 2037 \u2013 All in favour to approve", "AGM 2037 \u2013 All in favour to approve"]
    assert six[1] == ["JC to publish", "JC to send to the county council"]


@pytest.mark.parametrize(
    "heading",
    ["Declaration of Interest", "Declaration of Interests, Dispensations and Predetermination:"],
)
def test_a_standing_heading_after_who_was_there_and_their_apologies_is_an_item(tmp_path, heading):
    page = (
        "Minutes of Monthly Meeting of Llanfair Community Council held remotely at 6.30pm on Thursday 16th September 2037\n\n"
        "PRESENT: Councillor Enid Rowe (Chair), Alun Vaughan and Gwenda Davies\n\nAPOLOGIES:\n\n"
        "Also present Huw Price (Clerk)\n\n" + heading + "\n\nNone\n\n"
        "3. Chair's Announcements\n\nThe Chair will attend the civic service.\n\n4. Public Questions\n\nNone.\n"
    )
    found = page_items(tmp_path, page)
    assert [(item.number, item.title) for item, _, _ in found][:2] == [(None, heading.rstrip(":")), ("3", "Chair's Announcements")]



def test_approvals_listed_under_the_councillors_approved_are_clauses_each(tmp_path):
    body = (
        "In the annual meeting the councillors approved\n\n(1) the parish council accounts for the year to 31st March 2037\n\n"
        "(2) the village hall accounts for the year to 31st March 2037\n\n(3) the annual governance statement 2036/37"
    )
    clauses, _ = second_item(tmp_path, body)
    assert clauses == [
        "the parish council accounts for the year to 31st March 2037",
        "the village hall accounts for the year to 31st March 2037",
        "the annual governance statement 2036/37",
    ]


def test_a_report_of_what_was_approved_over_a_list_of_its_parts_is_no_decision_list(tmp_path):
    body = "The auditor said the accounts were approved\n\nThey covered:\n\n(1) the hall\n\n(2) the playground"
    clauses, _ = second_item(tmp_path, body)
    assert not any(clause.startswith("the hall") for clause in clauses)


def test_it_in_capitals_before_was_agreed_opens_a_decision(tmp_path):
    clauses, found = second_item(tmp_path, "IT was agreed the Clerk would add the notice to Facebook.")
    assert clauses == ["Agreed the Clerk would add the notice to Facebook."]
    assert found == ["The Clerk to add the notice to Facebook"]


def test_a_tables_header_run_into_its_first_row_is_no_part_of_the_item(tmp_path):
    page = (
        "Minutes of the Budget Meeting of Ashby Parva Parish Council held on Tuesday 13th November 2037\n\n"
        "MINUTE ITEM ACTION NO. 19 Apologies for Absence\n\nApologies were received from Cllr Hale.\n\n"
        "20 Declarations of Interest\n\nNone.\n\n21 Public Forum\n\nResidents raised the works traffic.\n\n"
        "22 Precept\n\nRESOLVED to set the precept at \u00a312,000.\n"
    )
    found = page_items(tmp_path, page)
    assert [(item.number, item.title) for item, _, _ in found][0] == ("19", "Apologies for Absence")


@pytest.mark.parametrize(
    "text, owner_task_due",
    [
        ("RESOLVED to advertise the tenders, with a closing date of 18 March 2038.", ("Advertise the tenders, with a closing date of 18 March 2038", "2038-03-18")),
        ("Mrs Dale said she would invoice for the hire of the field at a reduced cost of \u00a3100 per year.",
         ("Mrs Dale to invoice for the hire of the field at a reduced cost of \u00a3100 per year", None)),
    ],
)
def test_a_closing_date_and_an_invoice(tmp_path, text, owner_task_due):
    _, found = stored_page(tmp_path, "Minutes of the meeting of Ashby Parva Parish Council held on 9th February 2038.\n\n"
                           "1. Apologies\nNone.\n\n2. Business\n" + text + "\n\n3. Close\nThe meeting closed.\n")
    (tasks_found,) = [tasks for item, _, tasks in found if item.number == "2"]
    assert [(task.text, task.due_date.isoformat() if task.due_date else None) for task in tasks_found] == [owner_task_due]


# Near misses a review found in the first version, each read as the base read it (or better)
def _reference_item(body: str) -> str:
    return (
        "Minutes of the meeting of Ashby Parva Parish Council held on 9th January 2038.\n\n01/38 Apologies\n\nNone.\n\n"
        "02/38 Budget and Precept\n\n" + body + "\n\n03/38 Close\n\nThe meeting closed.\n"
    )


@pytest.mark.parametrize(
    "body",
    [
        "After a full discussion the Council resolved as follows.\n1. The budget for 2038/39 be set at \u00a348,200 as presented.\n"
        "2. The Clerk be asked to notify the district council of the precept by 31st January.",
        "RESOLVED:\n(Cllr Holt abstained from the vote.)\n1. The budget for 2038/39 be set at \u00a348,200 as presented.\n"
        "2. The precept for 2038/39 be set at \u00a341,000, an increase of 2.5 per cent.",
        "Accounts for payment:\n1. Invoice 2231 Brook Landscapes grass cutting October \u00a3450.00\n"
        "2. Invoice 0917 Vale Electrical street light repair \u00a3120.00\nIt was resolved that the accounts be paid.",
    ],
)
def test_numbered_decisions_or_payments_under_a_reference_stay_in_their_item(tmp_path, body):
    numbers = [item.number for item, _, _ in page_items(tmp_path, _reference_item(body))]
    assert numbers == ["01/38", "02/38", "03/38"]


def test_a_minute_cited_at_a_lines_start_is_no_point(tmp_path):
    page = _reference_item("The error recorded at minute\n02/38.1 of the draft had been mistyped and should read \u00a348,200.")
    assert [item.number for item, _, _ in page_items(tmp_path, page)] == ["01/38", "02/38", "03/38"]


def test_one_lettered_point_before_a_second_written_as_a_sentence_is_no_sub_item(tmp_path):
    page = _reference_item("a) Potholes\nThe potholes on Mill Lane were reported.\nb) it was agreed to ask the county for a speed survey.")
    assert [item.number for item, _, _ in page_items(tmp_path, page)] == ["01/38", "02/38", "03/38"]


@pytest.mark.parametrize(
    "text",
    [
        "The group met Climate Action: Greenholme Together to plan a repair cafe in the spring.",
        "It had never been agreed that the clerk should contact the press.",
        "Cllr Marsh asked if members agreed that the clerk should write to the bus company; members did not agree.",
        "The NALC guidance advised that the clerk should publish the accounts.",
        "Kirk will contact the landowner about the gate.",  # (the church, not a person)
    ],
)
def test_lookalikes_of_tasks_are_no_tasks(text):
    assert tasks(text) == []


def test_a_tag_naming_who_ends_its_lines_task():
    text = "The hedge on School Lane is overgrown. Action: Rowan\nThe bus shelter glass is cracked. Action: Penny"
    assert tasks(text) == [("The hedge on School Lane is overgrown", ("Rowan",)), ("The bus shelter glass is cracked", ("Penny",))]


def test_a_view_shared_and_facts_under_a_thing_agreed_are_no_decisions(tmp_path):
    clauses, _ = second_item(tmp_path, "Everyone was in agreement that it would be a shame to lose the post office.")
    assert clauses == []
    clauses, _ = second_item(tmp_path, "The budget monitoring report to 31st October was agreed\n\n(i) Income is on target at \u00a321,400.\n\n"
                                       "(ii) Spending on grass cutting is \u00a3600 over budget.")
    assert not any(clause.startswith("Income") for clause in clauses)


def test_an_agendas_rule_on_proposals_keeps_it_an_agenda(tmp_path):
    import datetime as dt

    page = (
        "1 APOLOGIES To receive apologies for absence. Any motion must be proposed by a member and seconded by another.\n\n"
        "2 MINUTES To approve the minutes of 26th February 2038.\n\n3 PLANNING To consider the applications received.\n"
    )
    _, found = stored_page(tmp_path, page, committee="Little Brindle Parish Council", date=dt.date(2038, 3, 11))
    assert [(clauses, list(tasks)) for _, clauses, tasks in found] == [([], [])] * 3


def test_the_minutes_own_line_names_the_meeting_over_a_decisions_title(tmp_path):
    page = (
        "Decisions made at Full Council on 20 January 2038\n\n"
        "Minutes of the meeting of the Planning Committee of Harrowby Council held on 13 January 2038\n\n"
        "1. Apologies\nNone.\n\n2. Applications\nRESOLVED to support the barn conversion.\n"
    )
    meeting, _ = stored_page(tmp_path, page)
    assert meeting.committee.startswith("Planning Committee") and meeting.date.isoformat() == "2038-01-13"


def test_a_task_told_in_a_sentence_of_its_own_in_brackets_keeps_its_doer():
    text = "Mr Lowe will survey the village. (Cllr Tyler offered to warn Neighbourhood Watch.)"
    assert ("Cllr Tyler to warn Neighbourhood Watch", ("Cllr Tyler",)) in tasks(text)
    assert tasks("The hedge was cut. (Action: Clerk.)") == []


def test_a_run_on_label_noting_the_task_done_is_no_task(tmp_path):
    _, found = second_item(tmp_path, "The grit bin on Hill Road has been refilled Action: Clerk to note completed")
    assert found == []
