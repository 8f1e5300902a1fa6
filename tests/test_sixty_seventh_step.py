"""The sixty-seventh step: what the fortieth development set showed. A Welsh community council's running minute before its
agenda number ("182 2. TO RECEIVE APOLOGIES") under a table header run in ("Minute AGENDA ITEMS No 181 1. ..."), a decision's
label left at the end of a heading in capitals ("... ORDER OF BUSINESS RESOLVED: To consider ..."), "it was: RESOLVED that",
a ModernGov row whose "Decision: RESOLVED to:" lists its clauses before "Minutes:", a page's title taken for its council
("July 12 2036 Minutes Full Council"), a meeting adjourned ("Meeting Adjourned until ..., Full Council - Wednesday ..."),
how a meeting was held taken for its body's name ("Remote Zoom Parish Council Meeting"); and task wordings ("... and asked
the Clerk to write to Tom", "carry the matter forward to the March meeting", "Action ongoing. Action \u2013 The Clerk").
Texts the project wrote, about fictional bodies."""

from __future__ import annotations

import datetime as dt

import pytest

from cpb_tui.importers.context import find_context
from tests.stored import page_items, page_numbers as _numbers, second_item, tasks

_HEAD = "Minutes of the meeting of Orwell Parva Parish Council held on Tuesday 8 May 2035 in the Village Hall.\n\n"


def _clauses(tmp_path, page: str) -> dict[str | None, list[str]]:
    return {item.number: clauses for item, clauses, _ in page_items(tmp_path, page)}


# --- numbers and titles ----------------------------------------------------------------------------------------------

_TWIN = (
    "ASHBY PARVA COMMUNITY COUNCIL\n\n"
    "MINUTES OF THE MEETING OF COUNCIL HELD ON MONDAY 13th MARCH 2037 PRESENT COUNCILLORS: E Rowe (Chair) S Dane CLERK: Ann Hale\n\n"
    "Minute AGENDA ITEMS No 181 1. CHAIR'S REMARKS The Chair had opened the new play area.\n\n"
    "182 2. TO RECEIVE APOLOGIES FOR ABSENCE Apologies had been received from Cllrs M Cole and G Tate.\n\n"
    "183 3. TO VARY THE ORDER OF BUSINESS RESOLVED: To take Item 9 before Item 4 so that the visiting officer could leave.\n\n"
    "184 4. APPOINTMENT OF CLERK The interview panel gave its account. After discussion it was: RESOLVED that "
    "Joan Pike be appointed as Clerk from 1 April 2037.\n\n"
    "185 5. TO CONFIRM THE MINUTES OF THE MEETING HELD ON 9th FEBRUARY 2037 The minutes were agreed.\n"
)


def test_a_running_minute_before_the_agendas_number_is_the_items_number(tmp_path):
    assert _numbers(tmp_path, _TWIN) == ["181", "182", "183", "184", "185"]


def test_a_decisions_label_at_the_end_of_a_heading_in_capitals_opens_its_decision(tmp_path):
    items = {item.number: (item.title, clauses) for item, clauses, _ in page_items(tmp_path, _TWIN)}
    title, clauses = items["183"]
    assert "Resolved" not in title and title.endswith("Order of Business")
    assert clauses == ["To take Item 9 before Item 4 so that the visiting officer could leave."]


def test_it_was_colon_resolved_that_is_a_decision(tmp_path):
    assert _clauses(tmp_path, _TWIN)["184"] == ["that Joan Pike be appointed as Clerk from 1 April 2037."]


def test_a_page_number_below_its_minute_is_still_dropped(tmp_path):
    # (the guard: "12 189. MINUTES OF ..." is a printed page's number before minute 189)
    page = _HEAD + "12 189. MINUTES OF THE LAST MEETING\nThe minutes were approved.\n\n12 190. PLAYING FIELD REPAIRS\nNoted.\n"
    assert _numbers(tmp_path, page) == ["189", "190"]


# --- decisions -------------------------------------------------------------------------------------------------------

_DECISION_ROW = (
    "Minutes of the Planning Committee, Wednesday 6 March 2036 10.00 am\n"
    "Venue: Committee Room 1, County Hall, Ashby. View directions\n"
    "No. | Item |\n"
    "To receive declarations of interest (if any) Minutes: None received. |\n"
    "Cycle Routes Grant Programme PDF 120 KB Additional documents: Decision: RESOLVED to:\n"
    "1) Approve the cycle routes programme set out in the report;\n"
    "2) Accept the grant of \u00a342,000 for the valley plan;\n"
    "3) Delegate to the Head of Highways, in association with the Cabinet Member for Roads, the authority to vary the "
    "scheme as needed.\n"
    "Minutes: Councillor Rowe introduced the report on the programme.\n"
    "1) Approve the cycle routes programme set out in the report;\n"
    "2) Accept the grant of \u00a342,000 for the valley plan;\n"
    "3) Delegate to the Head of Highways, in association with the Cabinet Member for Roads, the authority to vary the "
    "scheme as needed. |\n"
)


def test_a_decision_listed_under_decision_before_minutes_is_the_rows_decision(tmp_path):
    (_, clauses, tasks_), = [row for row in page_items(tmp_path, _DECISION_ROW) if row[0].title.startswith("Cycle")]
    assert clauses == [
        "Approve the cycle routes programme set out in the report;",
        "Accept the grant of \u00a342,000 for the valley plan;",
        "Delegate to the Head of Highways, in association with the Cabinet Member for Roads, the authority to vary the "
        "scheme as needed.",
    ]
    assert [task.text for task in tasks_] == ["The Head of Highways to vary the scheme as needed"]


def test_the_verdict_on_a_report_after_its_account_is_a_decision(tmp_path):
    clauses, _ = second_item(tmp_path, "The Treasurer presented the quarter's accounts. The report was agreed.")
    assert clauses == ["The report was agreed."]


# --- committee and date ----------------------------------------------------------------------------------------------


def test_a_pages_title_is_not_its_council():
    lines = [
        "July 12 2036 Minutes Full Council", "", "Full council meetings Minutes Uploaded on August 3, 2036", "",
        "The minutes of the meeting of Wenlow Parish Council held at 7pm on Wednesday 12th July 2036 in the Reading Room.",
        "", "Present: Councillors Hale (Chair), Rowe.", "", "50. Apologies", "Cllr Dane sent apologies.",
    ]
    found = find_context(lines)
    assert (found.committee.value, found.date.value) == ("Wenlow Parish Council", dt.date(2036, 7, 12))


@pytest.mark.parametrize("note", ["Meeting Adjourned until 24 February 2036, ", "Meeting Postponed, ", ""])
def test_a_note_of_what_became_of_the_meeting_before_its_name(note):
    lines = ["Agenda and minutes", "", f"{note}Full Council - Wednesday, 22 February 2036 10.30 am", "",
             "Venue: Council Chamber, County Hall", "", "No. | Item |", "", "Apologies Minutes: None. |"]
    found = find_context(lines)
    assert (found.committee.value, found.date.value) == ("Full Council", dt.date(2036, 2, 22))


def test_how_the_meeting_was_held_is_no_part_of_the_bodys_name():
    found = find_context(["Draft minutes of the Remote Zoom Parish Council Meeting held on Monday 3 March 2036 at 7.30pm", "",
                          "1. Open Forum.", "No residents attended."])
    assert found.committee is None or "Zoom" not in found.committee.value


# --- tasks -----------------------------------------------------------------------------------------------------------


def test_the_chair_who_told_the_council_something_and_asked_the_clerk_to_write():
    assert tasks("He informed the council that Tom Adey had kept the underpass clean all winter and asked the Clerk to write to Tom, "
                 "thanking him.") == [("The Clerk to write to Tom, thanking him", ("the Clerk",))]


def test_the_clerk_asked_to_carry_a_matter_forward_to_a_meeting():
    assert tasks("The Clerk was asked to carry the matter forward to the March meeting.") == [
        ("The Clerk to carry the matter forward to the March meeting", ("the Clerk",))]


def test_a_clerks_errand_after_a_comma_and_a_capital():
    assert tasks("Ward Councillor Hale said she would take up the issue of the bus stop with the borough, The Clerk will take instruction "
                 "from the county association about a grant.") == [
        ("Ward Councillor Hale to take up the issue of the bus stop with the borough", ("Ward Councillor Hale",)),
        ("The Clerk to take instruction from the county association about a grant", ("the Clerk",)),
    ]


def test_advice_taken_at_every_meeting_is_no_task():
    assert tasks("Members take advice from officers at every meeting.") == []


def test_a_rows_state_between_its_task_and_its_doer():
    assert tasks("Follow up costs with Mr Pell for the car park lighting. Action ongoing. Action \u2013 The Clerk") == [
        ("Follow up costs with Mr Pell for the car park lighting", ("The Clerk",))]


@pytest.mark.parametrize("sentence", [
    # a question put to another body: the one asked decides
    "The Clerk had contacted Nantgwyn Community Council to ask whether they would pay half of the repair.",
    # their own choice: no undertaking
    "The club's coaches will visit the field first and will let the council know if they wish to hire it.",
    # a payment stopped, which the decision itself does
    "Reserves were low and it was decided that we should no longer contribute to the County Footpaths Trust, a saving of "
    "\u00a335.",
])
def test_questions_choices_and_payments_stopped_are_no_tasks(sentence):
    assert tasks(sentence) == []


@pytest.mark.parametrize("sentence, task", [
    ("The Clerk will write to the club to ask if they wish to hire the field.", "The Clerk to write to the club to ask if they wish to hire the field"),
    ("The Clerk will ask whether the school would share the cost.", "The Clerk to ask whether the school would share the cost"),
    ("It was decided that we should no longer contribute to the Association and the Clerk will write to tell them.", "The Clerk to write to tell them"),
])
def test_the_errands_beside_them_stay(sentence, task):
    assert [text for text, _ in tasks(sentence)] == [task]


def test_a_blog_posts_title_with_the_day_and_a_two_figure_year():
    lines = ["Minutes 14/09/35", "", "Grants list", "November 2, 2035", "More posts", "", "Minutes 14/09/35", "",
             "PRESENT: Councillor R Hale (in the Chair), Councillors A Rowe and B Dane.", "", "  33   MINUTES", "",
             "Minutes of the meeting held on the 13th July 2035 were confirmed and signed as a correct record."]
    assert find_context(lines).date.value == dt.date(2035, 9, 14)


def test_a_two_figure_year_is_read_only_in_a_title_of_its_own():
    # (a minute's number "4.3.22" or a reference in a sentence is no day)
    lines = ["Minutes of the Annual Meeting", "", "Minutes 4.3.22 were approved as read.", "", "1. Apologies", "None."]
    assert find_context(lines).date is None


def test_a_minute_written_as_a_sentence_before_a_point_whose_minute_line_was_lost(tmp_path):
    page = _HEAD + (
        "21/36 APOLOGIES: Cllr Hale\n\n22/36 Exclusion of Press and Public\nThere were no items.\n\n"
        "24/36 Minutes of Meeting held on 21st May 2036.\nThe minutes were approved.\n\n"
        "25/36 It was proposed by the Chair that item 7.2 be brought forward so that the residents present could speak to it. "
        "Proposed by Cllr Rowe, seconded by Cllr Dane\n\n26/36.1 Moss Lane\nThe builder gave an update.\n"
    )
    assert _numbers(tmp_path, page) == ["21/36", "22/36", "24/36", "25/36", "26/36.1"]


def test_a_heading_in_capitals_ending_on_a_date_with_its_ordinal_in_capitals(tmp_path):
    page = _HEAD + (
        "005/36 PUBLIC SESSION No members of the public were present.\n\n"
        "006/36 TO APPROVE THE MINUTES OF THE COUNCIL MEETING HELD ON 14TH APRIL 2036 Members approved them as a true "
        "record.\n\n007/36 FINANCE The accounts were noted.\n"
    )
    items = {item.number: item.title for item, _, _ in page_items(tmp_path, page)}
    assert items["006/36"] == "To Approve the Minutes of the Council Meeting Held on 14th April 2036"


_CAPS_ITEMS = (
    "Minutes of the Annual Meeting of Kelby and Ashwell Parish Council held in Kelby Village Hall, on Monday 16 May 2035\n"
    "Present: Councillors Hale, Rowe, Dane\n"
    "10 ELECTION OF OFFICERS\nCllr Rowe was elected Chairman.\n"
    "11 DECLARATIONS OF INTEREST\nCouncillor Hale declared an interest in item 16.\n"
    "{between}\nA resident asked when the fallen tree in Long Lane would be cleared.\n"
    "12 MATTERS ARISING\nThe county had repaired the kerb.\n"
)


def test_a_standing_heading_in_capitals_between_numbered_items_in_capitals_is_an_item(tmp_path):
    items = [(item.number, item.title) for item, _, _ in page_items(tmp_path, _CAPS_ITEMS.format(between="PUBLIC FORUM"))]
    assert (None, "Public Forum") in items and len(items) == 4


def test_a_sub_heading_between_items_in_ordinary_case_stays_in_its_item(tmp_path):
    page = _CAPS_ITEMS.format(between="Public Forum").replace("ELECTION OF OFFICERS", "Election of officers").replace(
        "DECLARATIONS OF INTEREST", "Declarations of interest").replace("MATTERS ARISING", "Matters arising")
    assert [item.number for item, _, _ in page_items(tmp_path, page)] == ["10", "11", "12"]


def test_conditions_of_a_contract_to_amend_are_a_task_a_licences_are_decided_there():
    assert tasks("Amend conditions of contract for the pavilion with Mrs Ince. Action ongoing. Action \u2013 Mr Tull, The Clerk.") == [
        ("Amend conditions of contract for the pavilion with Mrs Ince", ("Mr Tull", "The Clerk"))]
    assert tasks("RESOLVED to amend conditions 3 and 4 of the licence.") == []


def test_a_year_before_a_numbered_heading_is_no_running_minute(tmp_path):
    page = _HEAD + "2036 1. APOLOGIES FOR ABSENCE\nCllr Hale.\n\n2. MINUTES OF THE LAST MEETING\nApproved.\n\n3. PLAYING FIELD\nNoted.\n"
    assert "2036" not in _numbers(tmp_path, page)


@pytest.mark.parametrize("body, clause", [
    ("The clerk went through the changes. The Standing Orders were then approved.", "The Standing Orders were then approved."),
    ("Cllr Hale gave an update on the course. The Council agreed to fund the course now.", "The Council agreed to fund the course now."),
])
def test_a_verdict_or_the_bodys_decision_after_the_discussion(tmp_path, body, clause):
    assert second_item(tmp_path, body)[0] == [clause]


def test_another_bodys_approval_after_the_discussion_is_no_decision(tmp_path):
    assert second_item(tmp_path, "Cllr Hale gave an update. The planning application was approved by the district council.")[0] == []


@pytest.mark.parametrize("lines", [
    # printed pages' numbers before the later items, one page each
    "1. APOLOGIES FOR ABSENCE Cllr Vane.\n\n2. DECLARATIONS OF INTEREST None.\n\n41 3. MINUTES OF THE PREVIOUS MEETING Approved.\n\n"
    "42 4. MAYOR'S ANNOUNCEMENTS The Mayor attended the service.\n\n43 5. GRANT APPLICATIONS Grants were made.\n",
    # a count at the start of a wrapped line
    "1. APOLOGIES FOR ABSENCE Cllr Eames.\n2. HOUSING NEEDS SURVEY The number of forms returned so far was\n"
    "150 3. PLANNING APPLICATIONS No objection.\n4. FINANCE The payments were approved.\n",
])
def test_numbers_before_headings_that_are_no_running_minutes(tmp_path, lines):
    assert not {"41", "42", "43", "150"} & set(_numbers(tmp_path, _HEAD + lines))


@pytest.mark.parametrize("page", [
    # a word of a sentence wrapped onto its own line
    "1 WELCOME\nThe Chairman welcomed everyone and said that there were several\nAPOLOGIES\nfrom members on holiday, which he accepted.\n"
    "2 DECLARATIONS OF INTEREST\nNone.\n3 FOOTPATHS\nThe Clerk will ask the county to mend the handrail.\n",
    # a committee report's own sub-heading
    "1 APOLOGIES\nNone.\n2 FINANCE COMMITTEE\nThe Chair of the committee presented its report.\nMINUTES OF THE LAST MEETING\n"
    "The committee's minutes of 20 May were received.\n3 PLANNING\nNo applications.\n",
])
def test_capitals_between_items_that_are_no_standing_item(tmp_path, page):
    assert all(item.number for item, _, _ in page_items(tmp_path, _HEAD + page))


@pytest.mark.parametrize("line, title", [
    ("3. SCHEDULE OF WORKS AGREED: The Clerk listed the grass cutting dates, which members noted.", "Schedule of Works Agreed"),
    ("3. DISTRICT COUNCIL PLANNING DECISION: The application had been refused by the district council.", "District Council Planning Decision"),
])
def test_a_heading_whose_name_ends_in_agreed_or_decision_keeps_it(tmp_path, line, title):
    page = _HEAD + "1. APOLOGIES None.\n\n2. MINUTES Approved.\n\n" + line + "\n\n4. CLOSE Closed.\n"
    items = {item.number: (item.title, clauses) for item, clauses, _ in page_items(tmp_path, page)}
    assert items["3"] == (title, [])


def test_a_verdict_told_of_another_bodys_meeting_is_no_decision(tmp_path):
    body = ("County Councillor Fenn reported on the county council's meeting in February, where school transport was debated. "
            "The budget was approved. She also said that the library review would report in the autumn.")
    assert second_item(tmp_path, body)[0] == []


def test_the_agenda_text_under_a_decision_that_lists_nothing_stays_the_items_purpose(tmp_path):
    page = (
        "Agenda and minutes\nOverview and Scrutiny Committee - Tuesday, 30 June 2037 6.30 pm\n"
        "Venue: Council Chamber, Guildhall, Loxley. View directions\nNo. | Item |\nApologies Minutes: Councillor Tregorran. |\n"
        "Work Programme PDF 80 KB Decision: The committee agreed the following:\n"
        "To consider the committee's work programme for 2037/38 and the dates of the scrutiny panels.\n"
        "Minutes: Members discussed the work programme and added a review of bus services. |\n"
    )
    (_, clauses, _), = [row for row in page_items(tmp_path, page) if row[0].title.startswith("Work")]
    assert not any("To consider" in clause for clause in clauses)


# --- the review's near misses (each read worse at the reviewed head) --------------------------------------------------


def test_equal_minute_and_agenda_numbers_are_read_as_before(tmp_path):
    page = _HEAD + ("1 1. ELECTION OF CHAIR Cllr Howells was elected Chair.\n\n2 2. TO RECEIVE APOLOGIES FOR ABSENCE Cllr Jones.\n\n"
                    "3 3. DECLARATIONS OF INTEREST None.\n\n4 4. ROADS AND FOOTPATHS The Clerk will write to the county about the flooding.\n")
    assert _numbers(tmp_path, page) == ["1", "2", "3", "4"]


def test_the_wording_of_a_motion_that_was_lost_is_no_decision(tmp_path):
    body = ("The wording of the motion was: RESOLVED that the Town Council opposes the bypass. On being put to the vote the motion "
            "was lost.")
    assert second_item(tmp_path, body)[0] == []


@pytest.mark.parametrize("sentence", [
    "Mr Gareth Pryce of Brook Farm spoke about speeding. He felt the village was unsafe and asked the Clerk to contact the police.",
    "A resident spoke about the bus shelter. He said that it was damaged and asked the Clerk to write to the county.",
])
def test_a_resident_who_asks_the_clerk_is_not_the_chair(sentence):
    assert tasks(sentence) == []


@pytest.mark.parametrize("sentence, task", [
    ("Cllr Bewley queried whether the bench was under guarantee and the Clerk will contact the supplier to find out.",
     "The Clerk to contact the supplier to find out"),
    ("The Clerk will write to the club to confirm if they wish to renew the lease.",
     "The Clerk to write to the club to confirm if they wish to renew the lease"),
    ("The Clerk will contact the tenant of plot 3 to establish if she wishes to keep it.",
     "The Clerk to contact the tenant of plot 3 to establish if she wishes to keep it"),
])
def test_the_clerks_errand_beside_a_question_or_a_choice_stays(sentence, task):
    assert [text for text, _ in tasks(sentence)] == [task]


def test_a_cancelled_meeting_is_asked_for_its_committee():
    lines = ["Agenda and minutes", "", "Meeting Cancelled, Licensing Sub-Committee - Thursday, 5 March 2037 10.00 am", "",
             "Venue: Committee Room 2, Civic Offices", "", "No. | Item |", "", "Apologies Minutes: None. |"]
    assert find_context(lines).committee is None


def test_a_minutes_number_in_a_title_of_its_own_is_no_day():
    lines = ["Ayston Parish Council", "Minutes of the Annual Meeting", "Minutes 4.3.36",
             "The minutes of the meeting in March were approved as read.", "1. Apologies", "None."]
    assert find_context(lines).date is None


def test_the_chairmans_report_under_a_reports_item_stays_in_it(tmp_path):
    page = _HEAD + ("1 APOLOGIES\nNone.\n2 MINUTES\nApproved.\n3 REPORTS\nCLERK'S REPORT\nThe Clerk reported on the website.\n"
                    "CHAIRMAN'S REPORT\nThe Chairman attended the fete. The Clerk will renew the website domain.\n4 PLANNING\nNone.\n")
    assert all(item.number for item, _, _ in page_items(tmp_path, page))


def test_an_item_brought_forward_within_the_meeting_is_no_task(tmp_path):
    page = _HEAD + (
        "21/36 APOLOGIES: Cllr Hale\n\n24/36 Minutes of Meeting held on 21st May 2036.\nThe minutes were approved.\n\n"
        "25/36 It was proposed by the Chair that item 7.2 be brought forward so that the residents present could speak to it. "
        "Proposed by Cllr Rowe, seconded by Cllr Dane\n\n26/36.1 Moss Lane\nThe builder gave an update.\n"
    )
    assert [item for item, _, found in page_items(tmp_path, page) if found] == []
