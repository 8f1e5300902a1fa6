"""Shapes read in the twelfth step: a parish's "(Action: Clerk)" after a decision, and an action
tracker given to `cpb import` (its open rows become the page's actions, a table row is never the
page's title). Texts the project wrote, about fictional councils."""

from __future__ import annotations

import datetime as dt

from click.testing import CliRunner

from cpb_tui.cli import cli
from tests.stored import stored_text

PARISH = (
    "Harrowby Parish Council\n\n"
    "Minutes of the meeting of the Parish Council held on Tuesday 3 March 2026 at 7.30pm in the Village Hall\n\n"
    "26/034 Highways\n"
    "The footway on Mill Lane is breaking up near the school gate. RESOLVED to report the footway to the county "
    "highways team and ask for a date for repair. (Action: Clerk)\n"
    "The grit bin at Church Hill is empty and the salt store is locked.\n\n"
    "26/035 Playing field\n"
    "RESOLVED to obtain quotes for new fixings on the swings and bring them to the April meeting. (Action: Clerk) "
    "Members thanked the volunteers who painted the benches.\n"
)


def test_an_action_tag_in_brackets_ends_the_decision_and_names_who_acts(tmp_path):
    _, found = stored_text(tmp_path, "harrowby.txt", PARISH)
    clauses = {item.number: texts for item, texts, _ in found}
    actions = {item.number: acts for item, _, acts in found}
    # the narrative after the tag, on the next line or the same one, is not part of the decision
    assert clauses["26/034"] == [
        "to report the footway to the county highways team and ask for a date for repair. (Action: Clerk)"
    ]
    assert clauses["26/035"] == [
        "to obtain quotes for new fixings on the swings and bring them to the April meeting. (Action: Clerk)"
    ]
    assert [(a.text, a.owners) for a in actions["26/034"]] == [
        ("Report the footway to the county highways team and ask for a date for repair", ("Clerk",))
    ]
    assert actions["26/035"][0].owners == ("Clerk",) and actions["26/035"][0].due_date.month == 4


TRACKER = (
    "Ashcombe Borough Council\n"
    "Overview and Scrutiny Committee - Action Tracker\n"
    "Updated for the meeting on 14 April 2026\n\n"
    "| Meeting date | Minute | Action | Responsible officer | Due date | Status | Update |\n"
    "|---|---|---|---|---|---|---|\n"
    "| 12/01/2026 | 45 | Circulate the housing repairs figures to members | Head of Housing | March 2026 | Complete | Sent on 2 February |\n"
    "| 12/01/2026 | 47 | Arrange a site visit to the new depot for the committee | Democratic Services | April 2026 | Open | Dates sought |\n"
    "| 9/02/2026 | 58 | Provide a breakdown of agency staff costs by service | Director of Resources / Finance Lead | 14 April 2026 | In progress | |\n"
    "| 9/02/2026 | 61 | Report back on the leisure centre consultation | Leisure Manager | TBC | Open | |\n"
    "| 9/02/2026 | 62 | Write to the bus operator about the evening timetable | Chair | | Withdrawn | Operator changed the timetable |\n"
)


def test_a_tracker_page_gives_its_open_rows_as_actions(tmp_path):
    meeting, found = stored_text(tmp_path, "tracker.txt", TRACKER)
    # the committee and date come from the page's title lines, never from a row of the table
    assert meeting.date == dt.date(2026, 4, 14)
    actions = [action for _, _, acts in found for action in acts]
    assert [(a.text, a.owners, a.due_date) for a in actions] == [
        ("Arrange a site visit to the new depot for the committee", ("Democratic Services",), dt.date(2026, 4, 30)),
        ("Provide a breakdown of agency staff costs by service", ("Director of Resources", "Finance Lead"), dt.date(2026, 4, 14)),
        ("Report back on the leisure centre consultation", ("Leisure Manager",), None),
    ]


def test_a_tracker_copied_out_a_cell_per_line_files_each_row_under_its_minute(tmp_path):
    cells = [
        "Ashcombe Borough Council", "Overview and Scrutiny Committee - Action Tracker", "Updated for the meeting on 14 April 2026", "",
        "Minute", "Action", "Lead officer", "Due date", "Status",
        "45", "Circulate the housing repairs figures to members", "Head of Housing", "March 2026", "Complete",
        "47", "Arrange a site visit to the new depot for the committee", "Democratic Services", "April 2026", "Open",
    ]
    _, found = stored_text(tmp_path, "cells.txt", "\n".join(cells) + "\n")
    by_item = {item.number: [a.text for a in acts] for item, _, acts in found}
    assert by_item["45"] == []
    assert by_item["47"] == ["Arrange a site visit to the new depot for the committee"]


def test_a_work_programme_table_gives_no_actions(tmp_path):
    programme = (
        "Ashcombe Borough Council\nPlace Scrutiny Panel - Work Programme 2026/27\nFor the meeting on 2 June 2026\n\n"
        "| Meeting date | Description | Lead officer | Status |\n|---|---|---|---|\n"
        "| 8 September 2026 | Parking strategy review | Head of Transport | Scheduled |\n"
        "| 10 November 2026 | Flood resilience plan | Drainage Manager | Scheduled |\n"
    )
    _, found = stored_text(tmp_path, "programme.txt", programme)
    assert [a for _, _, acts in found for a in acts] == []


def test_importing_a_tracker_says_where_its_rows_went(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    page = tmp_path / "tracker.txt"
    page.write_text(TRACKER, encoding="utf-8")
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "cpb.db"), "import", str(page)])
    assert result.exit_code == 0, result.output
    assert "its 3 open rows are in the action log as this page's actions" in result.output
    assert "cpb actions import FILE --committee NAME` instead" in result.output


def test_an_agenda_and_minutes_page_that_lost_its_labels_keeps_a_titled_item_and_its_listed_clauses(tmp_path, fixture_path):
    # no numbers and no "Minutes:" labels: a title with a colon and a PDF icon is still a title,
    # and the clauses "1. approve ...; and" under "That Council" are clauses, not items
    _, found = stored_text(tmp_path, "council.txt", fixture_path("shapes/agenda_and_minutes_labels_lost.txt").read_text())
    titles = [item.title for item, _, _ in found]
    assert titles == [
        "Apologies for Absence", "Minutes of Previous Meeting", "Mayor's Announcements",
        "Recommendation from Cabinet: Local Plan Timetable", "Notices of Motion",
    ]
    plan = found[3]
    assert len(plan[1]) == 2 and plan[1][1].startswith("ask the Head of Planning")
    assert [(a.owners, a.due_date.isoformat()) for a in plan[2]] == [(("Head of Planning",), "2026-10-31")]
    assert found[2][1] == []  # the Mayor's announcement decided nothing


def test_minutes_wholly_in_welsh_give_their_council_decisions_and_tasks(tmp_path, fixture_path):
    text = fixture_path("shapes/welsh_community_council_minutes.txt").read_text()
    meeting, found = stored_text(tmp_path, "llanferwyn.txt", text)
    # "Cofnodion cyfarfod Cyngor Cymuned X a gynhaliwyd ...", with no article before the council's name
    assert meeting.committee == "Cyngor Cymuned Llanferwyn" and meeting.date == dt.date(2026, 3, 2)
    clauses = {item.number: texts for item, texts, _ in found}
    actions = {item.number: acts for item, _, acts in found}
    assert clauses["1"] == []  # apologies received ("Derbyniwyd ymddiheuriadau") decide nothing
    assert len(clauses["3"]) == 1  # the minutes received and signed
    # a decision met mid-paragraph ("... eto. Penderfynwyd gofyn ..."), and the Clerk's task after it
    assert clauses["4"][0].startswith("gofyn i'r Cyngor Sir")
    assert [(a.owners, a.due_date) for a in actions["4"]] == [((), dt.date(2026, 4, 30)), (("Clerc",), None)]
    assert actions["5"] == []  # agreeing to pay the invoices sets nobody work


def test_an_action_table_lower_down_in_minutes_gives_its_open_rows_once(tmp_path):
    filler = "".join(f"{n}. Ward matters {n}\nNothing was reported under item {n}.\n\n" for n in range(3, 40))
    minutes = (
        "Ashcombe Town Council\nMinutes of the Amenities Committee meeting held on Monday 9 March 2026 at 7pm\n\n"
        "1. Apologies\nCllr Webb.\n\n" + filler +
        "40. Actions from the last meeting\n\n"
        "| Action | Who | Due date | Status |\n|---|---|---|---|\n"
        "| Clerk to write to the bowls club about the lease | Clerk | March 2026 | Open |\n"
        "| Order two new benches for the park | Cllr Hale | 30/04/2026 | Open |\n"
        "| Repaint the shelter | Clerk | | Done |\n\n"
        "41. Allotments\nThe waiting list stands at 14. RESOLVED to split plot 9 into two half plots.\n"
    )
    _, found = stored_text(tmp_path, "amenities.txt", minutes)
    by_item = {item.number: [(a.text, a.owners) for a in acts] for item, _, acts in found if acts}
    assert by_item == {"40": [
        ("Clerk to write to the bowls club about the lease", ("Clerk",)),
        ("Order two new benches for the park", ("Cllr Hale",)),
    ]}


def test_tracker_rows_alike_are_each_an_action(tmp_path):
    rows = "".join(f"| Write to supplier {n} about invoice {n * 7} | Clerk | March 2026 | Open |\n" for n in range(1, 31))
    page = "Ashcombe Borough Council\nAudit Committee - Action Tracker\nUpdated for the meeting on 14 April 2026\n\n" \
        "| Action | Owner | Due date | Status |\n|---|---|---|---|\n" + rows
    _, found = stored_text(tmp_path, "audit.txt", page)
    assert len([a for _, _, acts in found for a in acts]) == 30


def test_a_decision_ends_before_its_mover_in_brackets(tmp_path):
    notice = (
        "Decision Maker: Cabinet\nDecision status: Implemented\n"
        "To receive the annual review of allotment rents\n"
        "RESOLVED that the recommendation from the Policy Development Group be approved.\n"
        "(Proposed by Cllr R Lane and seconded by Cllr T Moss)\n"
        "Reason for the Decision \u2013 To keep rents in line with costs\n"
        "Date of decision: 08/04/2026\nDecided at meeting: 08/04/2026 - Cabinet\n"
    )
    _, found = stored_text(tmp_path, "notice.txt", notice)
    assert [texts for _, texts, _ in found] == [["that the recommendation from the Policy Development Group be approved."]]


def test_matters_arising_with_two_adverbs_and_a_task_run_on_after_a_dash(tmp_path):
    minutes = (
        "Minutes of the Ashcombe Community Council meeting held on Wednesday, 20th April 2026.\n\n"
        "1 Apologies\n\nNone.\n\n"
        "2 Matters arising from the minutes.\n\n"
        "2.1 Chapel Lane wall - to follow up and write to the County Council once the survey is done.\n\n"
        "2.2 Defibrillator - The surgery had agreed to host one cabinet. It was also unanimously agreed to pay for "
        "the second cabinet at the football club.\n"
    )
    _, found = stored_text(tmp_path, "arising.txt", minutes)
    by_number = {item.number: (texts, [a.text for a in acts]) for item, texts, acts in found}
    assert by_number["2.1"] == ([], ["Follow up and write to the County Council once the survey is done"])
    assert by_number["2.2"][0] == ["Also unanimously agreed to pay for the second cabinet at the football club."]  # (the formula kept whole)


YEAR_NUMBERED = (
    "July 2026 Minutes\n\nASHCOMBE MAGNA PARISH COUNCIL\n\n"
    "MINUTES OF THE ORDINARY COUNCIL MEETING HELD IN THE VILLAGE HALL ON TUESDAY 7 JULY 2026\n\n"
    "Present: Cllr Lane (Chairman); Cllrs Moss, Hale\n\n"
    "2026/41     Apologies\n\nApologies were received and accepted from Cllr Webb.\n\n"
    "2026/42     Receipt of any declarations of interest in accordance with the Localism Act 2011.\n\nNone.\n\n"
    "2026/43     Updates\n\n"
    "Minute 30 \u2013 The bench plaques had been ordered, Cllr Moss to liaise with the school on the wording.\n"
    "Clerk to attempt to obtain a second quote for the hedge work before the next meeting.\n\n"
    "2026/44     Planning\n\nNo applications had been received.\n"
)


def test_year_numbered_minutes_of_a_parish_ordinary_council_meeting(tmp_path):
    meeting, found = stored_text(tmp_path, "magna.txt", YEAR_NUMBERED)
    # "ORDINARY COUNCIL MEETING" under the parish council's name: that council met, not a body called "Council"
    assert meeting.committee == "Ashcombe Magna Parish Council"
    # "2026/41" ... "2026/44": the year, then the minute, even where a title runs long
    assert [item.number for item, _, _ in found] == ["2026/41", "2026/42", "2026/43", "2026/44"]
    updates = [a for item, _, acts in found if item.number == "2026/43" for a in acts]
    assert [(a.text, a.owners) for a in updates] == [
        ("Cllr Moss to liaise with the school on the wording", ("Cllr Moss",)),
        ("Clerk to obtain a second quote for the hedge work before the next meeting", ("Clerk",)),
    ]


def test_a_welsh_date_with_the_month_first():
    from cpb_tui.importers.dates import find_date

    assert find_date("Cofnodion cyfarfod nos Lun, Mawrth y 9fed 2026 yn Neuadd") == dt.date(2026, 3, 9)


ONE_PARAGRAPH = (
    "ASHCOMBE GLEN COMMUNITY COUNCIL Minutes of meeting held on Tuesday 20th January 2026 at 7.30pm in the Glen Hall "
    "Present: Ann Lane, Chair (AL), Tom Moss, Secretary (TM), Rhona Hale (RH) "
    "Item 1. Welcome/apologies/Police report. The Chair opened the meeting. The police report listed six incidents, "
    "mostly speeding on the glen road and a stray dog. Members would like more detail on the speeding, e.g. times, places, etc. "
    "TM Action. Item 2. Minutes of November meeting/matters arising. The Minutes of the November meeting were adopted as a "
    "true and accurate record. (1) Hall noticeboard. Members approved the spending on the noticeboard. TM Action. "
    "(2) The Chair asked that a copy of the minutes be sent to the angling club. RH Action. "
    "(3) It was agreed that the Chair will invite the youth club to send a representative to each meeting.\n"
)


def test_minutes_pasted_as_one_paragraph_with_items_points_and_initials_tags(tmp_path):
    _, found = stored_text(tmp_path, "glen.txt", ONE_PARAGRAPH)
    assert [item.number for item, _, _ in found] == ["1", "2"]
    clauses = dict((item.number, texts) for item, texts, _ in found)
    assert clauses["2"][0].startswith("The Minutes of the November meeting were adopted")
    assert any(text.startswith("Agreed that the Chair will invite the youth club") for text in clauses["2"])
    actions = {item.number: [(a.text, a.owners) for a in acts] for item, _, acts in found}
    # "TM Action." closing a paragraph: its last sentence is TM's task ("etc." ends the sentence before it)
    assert actions["1"] == [("Members would like more detail on the speeding, e.g. times, places, etc", ("TM",))]
    assert ("Send a copy of the minutes to the angling club", ("RH",)) in actions["2"]


def test_a_committee_of_a_parish_appointments_and_a_bulleted_task_after_resolved(tmp_path):
    minutes = (
        "MINUTES OF THE CEMETERY COMMITTEE OF ASHCOMBE PARISH COUNCIL WEDNESDAY 16 SEPTEMBER 2026 AT THE PARISH OFFICE\n"
        "Members present:\nCllr A Lane\nCllr T Moss\n\n"
        "C01/26 1. APPOINTMENT OF CHAIR\nCllr A Lane being the sole nominee was appointed to serve as Chair for the year.\n"
        "C02/26 2. PATHS\nThe gravel path by the chapel is washing out.\nRESOLVED:\n"
        "- The Clerk to obtain two quotes for resurfacing the path.\n"
        "The meeting closed at 19.30, there being no further business.\n"
    )
    meeting, found = stored_text(tmp_path, "cemetery.txt", minutes)
    assert meeting.committee == "Cemetery Committee of Ashcombe Parish Council"
    by_number = {item.number: (texts, [(a.text, a.owners) for a in acts]) for item, texts, acts in found}
    assert by_number["C01/26"][0] == ["Cllr A Lane being the sole nominee was appointed to serve as Chair for the year."]
    texts, actions = by_number["C02/26"]
    assert len(texts) == 1 and "meeting closed" not in texts[0]
    assert actions == [("The Clerk to obtain two quotes for resurfacing the path", ("the Clerk",))]


def test_agenda_lines_about_earlier_minutes_and_a_correction_are_no_clauses_or_tasks(tmp_path):
    page = (
        "Apologies for Absence\n\n\nApologies for absence were received from Councillor Hale.\n\n\n"
        "To confirm the minutes of the meeting held on 25 November 2025.\n\n\n"
        "The Minutes of the meeting held on 25 November 2025 were confirmed.\n\n\n"
        "(a)  To note the minutes of the Licensing Sub Committee held on 17 January 2026\n\n"
        "(b)  To note the minutes of the Licensing Sub Committee held on 2 March 2026\n\n"
        "The Committee agreed to change \u2018Mill Tavern\u2019 to \u2018Mill Rooms\u2019 in the exempt minutes.\n"
    )
    _, found = stored_text(tmp_path, "licensing.txt", page, committee="Licensing Committee", date=dt.date(2026, 3, 24))
    texts = [text for _, clauses, _ in found for text in clauses]
    assert not any(text.startswith("To note the minutes") for text in texts), texts
    assert [a for _, _, acts in found for a in acts] == []  # the wording corrected at the meeting is no task


def test_a_decisions_published_list_with_one_decision_under_the_sites_help(tmp_path):
    page = (
        "\nUse the search options below to find recent decisions taken by the council.\n\n"
        "Decisions published\n\n"
        "14/07/2026 - Village halls energy grant round two ref: 812    Recommendations Approved\n\n"
        "Decision Maker: Cabinet member for communities\n\nDecision published: 14/07/2026\n\nEffective from: 22/07/2026\n\n\n"
        "To approve a second round of the village halls energy grant and to delegate the authority to award grants to the "
        "Head of Communities jointly with the Head of Finance.\n\n\n"
        "Following the first round in March, approval is sought to spend the remaining funds by 30 September 2026.\n\n"
        "Lead officer: Dana Reed\n"
    )
    meeting, found = stored_text(tmp_path, "published.txt", page)
    assert meeting.date == dt.date(2026, 7, 14)
    [(item, texts, actions)] = found
    assert item.title == "Village halls energy grant round two"
    assert texts == ["To approve a second round of the village halls energy grant and to delegate the authority to award grants "
                     "to the Head of Communities jointly with the Head of Finance."]
    assert [(a.text, a.owners) for a in actions] == [("The Head of Communities to award grants", ("the Head of Communities",))]


def test_initials_tags_in_the_middle_of_one_long_paragraph_each_close_a_task(tmp_path):
    minutes = (
        "Minutes of meeting held on Tuesday 16th June 2026 at 7.30pm in Glen Village Hall\n\n"
        "Present: Ann Lane, Chair (AL), Tom Moss (TM), Rhona Hale (RH), Secretary: Ian Webb (IW)\n\n"
        "Item 1. Welcome/Apologies. The Chair welcomed everyone. Item 2. Minutes of May meeting/matters arising. "
        "The minutes of the May meeting were approved as a true and accurate record; proposed: Tom Moss, seconded: Rhona Hale "
        "(1) Bus shelter, Glen Road. The shelter glass is still broken. IW will write to the bus company again. IW Action. "
        "(2) Litter pick. This is now planned for a Saturday in September. RH will book the skips. RH Action. "
        "The Chair thanked the volunteers.\n"
    )
    _, found = stored_text(tmp_path, "glen-june.txt", minutes, committee="Glen Community Council")
    actions = {item.number: [(a.text, a.owners) for a in acts] for item, _, acts in found}
    # (each read as the member's undertaking, worded as cpb words tasks)
    assert actions["2"] == [
        ("IW to write to the bus company again", ("IW",)),
        ("RH to book the skips", ("RH",)),
    ]


def test_the_chair_authorised_to_sign_the_minutes_is_their_approval_and_no_task(tmp_path):
    minutes = (
        "Minutes \u2013 Ashcombe Community Council \u2013 10/10/2026\n\n"
        "Minutes of the Ordinary meeting held on Monday 10th October 2026 at 7:30pm in the Community Centre.\n\n"
        "1) Apologies.\nCllr Webb.\n"
        "2) To confirm the minutes of the meeting held on 12 September 2026.\n"
        "Council authorised the Chair to sign the minutes as a correct record of the meeting held on 12 September 2026.\n"
    )
    _, found = stored_text(tmp_path, "ashcombe-cc.txt", minutes)
    [(_, texts, actions)] = [entry for entry in found if entry[0].number == "2"]
    assert len(texts) == 1 and texts[0].startswith("Council authorised the Chair to sign") and actions == []


def test_tracker_rows_closed_in_other_words_give_no_actions(tmp_path):
    rows = "".join(f"| Task {word} | Clerk | May 2026 | {word} |\n" for word in ("Actioned", "Implemented", "No further action", "Rejected"))
    page = "Ashcombe Borough Council\nAudit Committee - Action Tracker\nUpdated for the meeting on 14 April 2026\n\n" \
        "| Action | Owner | Due date | Status |\n|---|---|---|---|\n" + rows + "| Write to the auditor | Clerk | May 2026 | In progress |\n"
    _, found = stored_text(tmp_path, "closed.txt", page)
    assert [a.text for _, _, acts in found for a in acts] == ["Write to the auditor"]


def test_an_outcome_printed_after_the_title_is_the_items_decision(tmp_path):
    minutes = (
        "Minutes for an Extra-ordinary meeting of the Council on Tuesday 18th August 2026 at 7.15pm at the Parish Office\n\n"
        "Present: Cllrs Lane, Moss, Hale\n\n"
        "1. Welcome\n\n"
        "2. Confirmation of the order of the Agenda \u2013 add new item 6 Hedge cutting contract \u2013 agreed\n\n"
        "3. Declarations of Interest \u2013 none\n\n"
        "4. Confirmation of the minutes of the Council Meeting on 4th August 2026 \u2013 Agreed\n\n"
        "5. Open Session\nMrs Cook raised the state of the footpath. It was agreed that the Clerk would report it to the county.\n"
    )
    _, found = stored_text(tmp_path, "extra.txt", minutes, committee="Ashcombe Parish Council")
    by_number = {item.number: (item.title, texts) for item, texts, _ in found}
    # (since the thirty-seventh step the title is the outcome's lead-in, and the outcome as printed its text)
    assert by_number["2"][1] == ["Add new item 6 Hedge cutting contract \u2013 agreed"]
    assert by_number["4"] == ("Confirmation of the minutes of the Council Meeting on 4th August 2026", ["Agreed"])
    assert by_number["3"][1] == []  # "\u2013 none" decides nothing


def test_items_about_earlier_minutes_and_lettered_points_never_name_the_meeting():
    from cpb_tui.importers.context import find_context

    lines = [
        "(l) Present:- Mrs Lees (Vice Chairman), Messrs Dunn and Hale",
        "(2) Apologies:- Apologies received from Mr Jones (Chairman).",
        "(3) Minutes of Meeting Held on 13th February 2027 ;-",
        "These had been circulated and were read and signed by the Chairman.",
        "(4) Matters Arising:-",
        "(a) Mr Dunn reported on his meeting with the Development Control",
        "Manager about the four open enforcement cases.",
    ]
    found = find_context(lines)
    # the previous meeting's date is not this meeting's, and a lettered point is not a committee
    assert found.committee is None and found.date is None
    welsh = find_context(["Cofnodion cyfarfod o Gyngor Cymuned gynhaliwyd nos Lun, Mawrth y 9fed 2026 yn Neuadd", "", "1)Ymddiheuriadau : Dim"])
    assert welsh.committee is None and welsh.date.value == dt.date(2026, 3, 9)


def test_an_action_plans_bullets_are_its_tasks_and_other_pages_bullets_are_not(tmp_path):
    plan = (
        "Action Plan 2026/27\n"
        "Much of the council's work is regular upkeep, which will continue through the year. The following initiatives "
        "have been identified:\n"
        "1. Village Hall Roof\n- Agree tender and award contract by June 2026\n- Negotiate a grant from the district council\n"
        "2. Footpaths\n\u25cfLiaise with the county on the Mill Lane footpath\n- The footpath group meets monthly\n"
    )
    _, found = stored_text(tmp_path, "plan.txt", plan, committee="Ashcombe Parish Council", date=dt.date(2026, 4, 1))
    tasks = {item.number: [(a.text, a.due_date) for a in acts] for item, _, acts in found}
    assert tasks["1"] == [("Agree tender and award contract by June 2026", dt.date(2026, 6, 30)),
                          ("Negotiate a grant from the district council", None)]
    assert tasks["2"] == [("Liaise with the county on the Mill Lane footpath", None)]
    # the same bullets in minutes are narrative: only a page titled as an action plan lists tasks this way
    other = tmp_path / "other"
    other.mkdir()
    minutes = plan.replace("Action Plan 2026/27", "Ashcombe Parish Council\nMinutes of the meeting held on 1 April 2026")
    _, found = stored_text(other, "minutes.txt", minutes)
    assert [a for _, _, acts in found for a in acts if a.text.startswith(("Agree tender", "Liaise"))] == []
