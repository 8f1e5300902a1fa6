"""The sixty-sixth step: what the thirty-ninth development set and the unlabelled pages showed. A transcription whose
minute numbers are glued to the sentence before them ("... the election.31/36 ELECTION OF CHAIR..."), "MINUTE No: 2/9/36"
with its month in one figure, a printed page's number before a minute ("82 189. MINUTES OF ..."), points a run skips
("7.3.", "7.4." as sentences between "7.2" and "7.5"); a council named at the start of a heading line that runs on
("ASHBY COMMUNITY COUNCIL th APPROVED MINUTES of MEETING 18 May 2036"), "The Parish Council of Ashby", a Welsh council's two
names; and task wordings ("Elaine to take this up with ...", "... disappeared. the clerk will investigate ..."). Texts the
project wrote, about fictional bodies."""

from __future__ import annotations

import datetime as dt

import pytest

from cpb_tui.importers.context import find_context
from cpb_tui.importers.dates import find_date
from tests.stored import page_numbers as _numbers, page_tasks as _tasks_of, second_item, tasks

_HEAD = "Minutes of the meeting of Orwell Parva Parish Council held on Tuesday 8 May 2035 in the Village Hall.\n\n"


# --- numbers ---------------------------------------------------------------------------------------------------------


def test_slashed_minutes_glued_to_the_sentence_before_them_in_a_transcription(tmp_path):
    page = (
        "Minutes Of Amberley Parish Council Annual Meeting Held On Monday 12 May .\n\nTranscription\n\n"
        "Page 1 of 6MINUTES OF AMBERLEY PARISH COUNCIL ANNUAL MEETING HELD ONMONDAY 12 MAY 2036 IN AMBERLEY VILLAGE HALL AT "
        "7.30 PMPRESENTAnn Hale \u2013 Chair, Rob Peel, Kit Ames, and the Clerk \u2013 Jo Dale.Ann Hale welcomed the new "
        "Councillors after the election.31/36 ELECTION OF CHAIRAnn Hale was proposed and elected as Chair of the Council."
        "32/36 ELECTION OF VICE CHAIRRob Peel was proposed, seconded and elected as Vice Chair.33/36 APOLOGIES were "
        "received from Lee Bell.34/36 DECLARATIONS OF INTERESTKit Ames declared an interest in the planning item."
        "35/36 OTHER APPOINTMENTSThe Clerk will send the list of appointments to all Councillors."
    )
    assert [n for n in _numbers(tmp_path, page) if n] == ["31/36", "32/36", "33/36", "34/36", "35/36"]
    assert _tasks_of(tmp_path, page)["35/36"] == ["The Clerk to send the list of appointments to all Councillors"]


def test_a_slashed_reference_inside_running_text_is_no_minute(tmp_path):
    # (two references and a date in a sentence never make a run of three)
    page = _HEAD + "1. Planning\nThe applications 12/36 and 13/36 were noted. The appeal of 4/5/36 was dismissed.\n\n2. Close\nClosed.\n"
    assert _numbers(tmp_path, page) == ["1", "2"]


def test_minute_no_with_a_colon_and_a_month_of_one_figure(tmp_path):
    page = (
        "Minutes of Nantbach Community Council held at the Village Hall on Monday 29 September 2036\n\n"
        "PRESENT : Cllrs: - A Bell (Chairperson), C Dyke\n\n"
        "MINUTE No: 1/09/36 DISCLOSURES OF PERSONAL INTEREST: No declarations were recorded.\n\n"
        "MINUTE No: 2/9/36 POLICE MATTERS: Apologies were received from the police.\n\n"
        "MINUTE NO: 3/9/36 MINUTES OF PREVIOUS MEETING: The minutes of 28 July 2036 were confirmed as a true record.\n\n"
        "MINUTE No: 4/9/36 MATTERS ARISING FROM MINUTES: It was agreed to get estimates for a Christmas tree.\n"
    )
    assert _numbers(tmp_path, page) == ["1/09/36", "2/9/36", "3/9/36", "4/9/36"]


def test_a_date_of_one_figure_month_alone_is_no_run(tmp_path):
    # (two dated lines of a diary are dates, not minutes numbered by the meeting's month)
    page = _HEAD + "1. Events\n4/9/36 Village show on the green.\n5/9/36 Litter pick.\n\n2. Close\nClosed.\n"
    assert _numbers(tmp_path, page) == ["1", "2"]


def test_a_printed_page_number_before_a_minute_in_capitals(tmp_path):
    page = _HEAD + (
        "187. TOWN MAYOR'S ANNOUNCEMENTS\nThe Mayor thanked the volunteers.\n\n"
        "188. MINUTES OF THE PREVIOUS MEETING\nRESOLVED: That the minutes be approved.\n\n"
        "82 189. MINUTES OF THE OPERATIONS AND STRATEGY COMMITTEE\nRESOLVED: That the minutes be adopted.\n\n"
        "190. MINUTES OF THE WORKING GROUP\nRESOLVED: That the minutes be received.\n"
    )
    assert _numbers(tmp_path, page) == ["187", "188", "189", "190"]


def test_a_count_before_a_numbered_title_in_words_stays(tmp_path):
    # ("12 3. Bins" is no page number over a title in capitals: left as the line is)
    page = _HEAD + "1. Apologies\nNone.\n\n2. Bins\n12 3. bins were emptied late.\n\n3. Close\nClosed.\n"
    assert _numbers(tmp_path, page) == ["1", "2", "3"]


def test_points_a_run_skips_written_as_sentences_between_its_points(tmp_path):
    page = _HEAD + (
        "7.1. Members of the Public\nNo members of the public were present.\n\n"
        "7.2. Apologies for Absence\nCllr Ames.\n\n"
        "7.3. Notification of any Members' interest in any item on the Agenda: Cllr Peel (item 7.6)\n\n"
        "7.4. The Minutes of the Meeting held on Monday 11th May 2035 were agreed as a true record.\n\n"
        "7.5. An update on District Matters\nThe district councillor reported.\n\n"
        "7.6. Updates on current matters\nThe Clerk to order the new bench.\n"
    )
    assert _numbers(tmp_path, page) == ["7.1", "7.2", "7.3", "7.4", "7.5", "7.6"]


# --- the council named at a heading line's start ---------------------------------------------------------------------


def _context(text: str):
    return find_context(text.split("\n"))


@pytest.mark.parametrize(
    ("heading", "committee", "day"),
    [
        ("ASHBY COMMUNITY COUNCIL th APPROVED MINUTES of MEETING 18 May 2036 Teams Call-in. Chair: A Bell", "Ashby Community Council", dt.date(2036, 5, 18)),
        ("The Parish Council of Ashby Minutes of the Meeting held on Thursday 16 th October 2036 at 7.00 p.m., Bell View.", "Ashby Parish Council", dt.date(2036, 10, 16)),
        ("Cyngor Cymuned Aberwen Community Council The September meeting of the above named community council was held at Aberwen "
         "Village Hall on Tuesday 8th September 2036 at 6:30pm.", "Aberwen Community Council", dt.date(2036, 9, 8)),
        ("CYNGOR CYMUNEDOL LLANWEN LLANWEN COMMUNITY COUNCIL Notes of a meeting of the Council on Thursday 4th October 2036",
         "Llanwen Community Council", dt.date(2036, 10, 4)),
        ("1\n\nWEST ASHSHIRE COUNCIL.\n\nMinutes of meeting in County Buildings, Wellington Square, on 3rd July 2036 at 10.00 a.m.",
         "West Ashshire Council", dt.date(2036, 7, 3)),
        ("Minutes 05 June 2036\n\nMeeting of Longbury, Queenhill and Holdway Parish Council at 7:30PM on Monday 5th June 2036",
         "Longbury, Queenhill and Holdway Parish Council", dt.date(2036, 6, 5)),
        ("ASHBY PARISH COUNCIL\n\n13\n\n1 ASHBY PARISH COUNCIL MINUTES 10 th February 2036 Present: Cllr Bell, Cllr Cole",
         "Ashby Parish Council", dt.date(2036, 2, 10)),
    ],
)
def test_a_council_named_where_the_heading_runs_on(heading, committee, day):
    found = _context(heading + "\n\n1. Apologies\nNone.\n\n2. Minutes\nThe minutes were approved.\n")
    assert (found.committee and found.committee.value, found.date and found.date.value) == (committee, day)


@pytest.mark.parametrize(
    "heading",
    [
        "ASHSHIRE COUNCIL PLANNING COMMITTEE minutes of the meeting held on 3rd July 2036",  # a committee of the council
        "ASHSHIRE COUNCIL TAX BANDS 2036 explained for residents",  # no council's meeting
    ],
)
def test_a_council_named_over_another_body_or_no_meeting_is_not_the_meeting(heading):
    found = _context(heading + "\n\n1. Apologies\nNone.\n")
    assert found.committee is None or found.committee.value != "Ashshire Council" and "West Ashshire Council" != found.committee.value


def test_a_date_whose_spaces_were_lost_after_its_ordinal():
    assert find_date("held at the Village Hallon Tuesday August 22nd2036commencing at 8pm") == dt.date(2036, 8, 22)
    assert find_date("August 222036") is None
    assert find_date("Minutes of Meeting held in the Church Room on Thursday 29th. June 2036.") == dt.date(2036, 6, 29)


def test_a_day_cut_from_its_ordinal_is_not_a_heading_break(tmp_path):
    page = ("ASHBY PARISH COUNCIL\n\n13\n\n1 ASHBY PARISH COUNCIL MINUTES 10 th February 2036 Present: Cllr Bell, Cllr Cole, "
            "Cllr Dunn and Cllr Eyre 1. ADJOURNMENT FOR PUBLIC QUESTIONS AND COMMENTS: A resident asked about the new "
            "play area and the Clerk will write to the county about the fence. " + "The Chairman thanked her. " * 20)
    from tests.stored import stored_page

    meeting = stored_page(tmp_path, page)[0]
    assert (meeting.committee, meeting.date) == ("Ashby Parish Council", dt.date(2036, 2, 10))


# --- tasks -----------------------------------------------------------------------------------------------------------


def test_a_first_name_taking_a_matter_up():
    assert tasks("Elaine to take this up with the relevant department.") == [("Elaine to take this up with the relevant department", ("Elaine",))]
    assert tasks("Also Elaine to take up the knotweed problem at the corner with Sustrans.") == [
        ("Elaine to take up the knotweed problem at the corner with Sustrans", ("Elaine",))
    ]
    # (a seat or a post taken up is no errand)
    assert tasks("Members to take up their seats.") == []
    assert tasks("Cllr Ray to take up the post of chairman.") == []


def test_the_clerks_promise_begun_in_small_letters():
    assert tasks("A grit bin had been placed at the junction but had then disappeared. the clerk will investigate with the highways authority.") == [
        ("The clerk to investigate with the highways authority", ("the clerk",))
    ]


def test_an_errand_that_asks_whether_a_thing_can_be_done():
    assert tasks("The Clerk will contact the owner of the hedge to see if it can be cut back.") == [
        ("The Clerk to contact the owner of the hedge to see if it can be cut back", ("the Clerk",))
    ]
    # (a hope stays no undertaking)
    assert tasks("The Clerk will cut the hedge if it can.") == []
    assert tasks("The Clerk will write to the county where possible.") == []


def test_a_passive_after_agreed_that_is_about_its_own_thing(tmp_path):
    _, found = second_item(tmp_path, "RESOLVED that the Panel should consist of 18 Members. The Shadow PCP agreed that a public advert should be drafted to attract the right candidates.")
    assert found == ["Draft a public advert to attract the right candidates"]


# --- decisions in capitals, and decisions that leave nothing to do ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "IT WAS RESOLVED that the Minutes be accepted as a true record.",
        "IT WAS UNANIMOUSLY RESOLVED that the Minutes be accepted as a true record.",
        "IT WAS UNANIMOUSLY AGREED that the Minutes be accepted as a true record.",
    ],
)
def test_it_was_resolved_in_capitals_is_a_decision(tmp_path, sentence):
    clauses, _ = second_item(tmp_path, sentence)
    assert clauses == ["that the Minutes be accepted as a true record."] or len(clauses) == 1 and "Minutes be accepted" in clauses[0]


def test_it_was_agreed_in_capitals_gives_its_task(tmp_path):
    _, found = second_item(tmp_path, "IT WAS UNANIMOUSLY AGREED that the Clerk write to the county.")
    assert found == ["The Clerk to write to the county"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Council resolved to agree the minutes of the meeting of Kelby Parish Council held on 19th March 2036",
        "The council resolved to put no candidate forward for the county association's board.",
        "a. To receive a report from the Parish Clerk outlining actions taken following the meeting held on the 24th June 2036.",
        "It was proposed by Cllr Ames and RESOLVED That in view of the grant aid criteria (the council helps local bodies of "
        "direct benefit to residents) that no donation be given at this moment in time.",
    ],
)
def test_decisions_that_leave_no_errand(tmp_path, sentence):
    assert second_item(tmp_path, sentence)[1] == []


@pytest.mark.parametrize(
    ("sentence", "task"),
    [
        # (something still to do to the minutes, a report at a named later meeting, a limit on a sum: still tasks)
        ("Council resolved to agree the minutes of the meeting held on 3 May 2036 subject to the amendment and to circulate them to members.", None),
        ("RESOLVED to receive the annual report at the July meeting.", "Receive the annual report at the July meeting"),
        ("RESOLVED that in view of the cost, a letter be sent to the county.", "Send a letter to the county"),
        ("RESOLVED that following the inspection the fence be repaired.", "Repair the fence"),
    ],
)
def test_reasons_and_times_before_a_decisions_thing_are_left_out_of_its_task(tmp_path, sentence, task):
    found = second_item(tmp_path, sentence)[1]
    assert (task in found) if task else found != []


def test_an_action_line_telling_an_order_to_take_or_follow_a_matter_up(tmp_path):
    assert second_item(tmp_path, "The footpath was flooded again.\n\nACTION: Take this up with Councillors for support.")[1] == [
        "Take this up with Councillors for support"
    ]
    assert second_item(tmp_path, "ACTION: Follow this up with the county.")[1] == ["Follow this up with the county"]
    assert second_item(tmp_path, "Action: Take up position.")[1] == []


def test_a_matter_put_to_the_next_meeting_after_there_are(tmp_path):
    assert second_item(tmp_path, "There are lessons to learn which will be discussed at the next meeting.")[1] == [
        "Discuss lessons to learn at the next meeting"
    ]


def test_a_dash_glued_to_its_title_after_the_number(tmp_path):
    page = _HEAD + "11 \u2013Apologies for absence\nNone.\n\n12 \u2013Minutes of the last meeting\nApproved.\n\n13 \u2013Planning applications\nNone received.\n"
    assert _numbers(tmp_path, page) == ["11", "12", "13"]


def test_a_day_month_first_under_the_minutes_heading():
    found = _context("Fossbrook and District Community Council\n\nMinutes of AGM\n\nMay 1st 2036 7.30pm\n\nTo be approved.\n\n1. Attending: A Bell.\n")
    assert (found.committee.value, found.date.value) == ("Fossbrook and District Community Council", dt.date(2036, 5, 1))
    # (a month-first day alone at the top, under no minutes heading, is as often the day a page was posted: not taken)
    assert _context("March 22, 2036\n\nNews from the village\n\n1. The fete raised 400 pounds.\n").date is None


def test_a_month_glued_to_its_day():
    found = _context("Colbury Town Council\n\nMeeting of the COLBURY TOWN COUNCIL held in the Old Courtroom, Town Hall, Colbury on "
                     "WEDNESDAY, 17MAY 2036at 7:00 p.m.\n\nPRESENT: Cllr Batt, Town Mayor, in the Chair.\n")
    assert (found.committee.value, found.date.value) == ("Colbury Town Council", dt.date(2036, 5, 17))


# --- names that are no body's name -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "name"),
    [
        ("chair opened the meeting at 7:25", None),  # a sentence's words
        ("most recent Community Council", None),
        ("Meeting on Wed", None),
        ("Commencement of the Parish Council", None),
        ("Parish", None),
        ("& Merrybrook Parish Council", None),  # a name cut at its start
        ("Of City Council", None),
        ("Mike Shields (Ashby Council Parks)", None),  # a person in the attendance list, with where they come from
        ("Annual Parish Meeting and AGM followed by an Ordinary", None),
        ("Parish Council Meeting AGM", "Parish Council"),
        ("Newbury, Mourne & Down District Council NMD/SC/9", "Newbury, Mourne & Down District Council"),
        ("Kelby Parish Council Meeting Tuesday", "Kelby Parish Council"),
        ("Annual Meeting (followed by the Ordinary Meeting) of Shevbury Parish Council", "Shevbury Parish Council"),
        ("Annual Parish Meeting and AGM followed by an Ordinary Meeting of the Alstonbury Parish Council", "Alstonbury Parish Council"),
        ("Y Cyngor", "Y Cyngor"),  # (a Welsh page keeps its own word for the council)
        # (names that stay)
        ("Grant Committee (Special)", "Grant Committee (Special)"),
        ("Planning Committee (Extraordinary)", "Planning Committee (Extraordinary)"),
        ("Ofsted Panel", "Ofsted Panel"),
    ],
)
def test_words_where_a_committee_goes_that_are_no_name(words, name):
    from cpb_tui.importers.committee_names import clean_committee

    assert clean_committee(words) == name


def test_agreed_to_be_a_good_idea_is_no_task(tmp_path):
    assert second_item(tmp_path, "A defibrillator for the village was discussed and it was agreed to be an excellent idea.")[1] == []


def test_a_day_held_without_its_year_under_a_title_naming_the_month_and_year():
    found = _context("AKPC Meeting Minutes July 2036\nASHBY & MOORBY PARISH COUNCIL\nMinutes of the Parish Council Meeting\n"
                     "held in the Village Hall on 25 July at 7pm\nPresent: A Bell (Chair), C Dunn\n")
    assert (found.committee.value, found.date.value) == ("Ashby & Moorby Parish Council", dt.date(2036, 7, 25))
    # (another month's day is not given the title's year)
    assert _context("AKPC Meeting Minutes July 2036\nMinutes of the Parish Council Meeting\nheld in the Village Hall on 3 June at 7pm\n").date is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Thanks were extended to all who helped with the event, agreed to be a good and well attended event.",
        "The Committee received a list of outstanding actions, noting those which were on the agenda or were scheduled for a future date or meeting.",
        "Resolved \u2013 That the decisions made by Cabinet at their meeting on 15 October 2036 be noted and no call-in be made of any decision.",
        "A list of payments to be made in February had been circulated, a copy of which is filed with these minutes.",
    ],
)
def test_verdicts_states_and_things_told_as_done_are_no_tasks(tmp_path, sentence):
    assert second_item(tmp_path, sentence)[1] == []


def test_a_role_taken_on_and_a_thing_still_to_do_stay_tasks(tmp_path):
    assert second_item(tmp_path, "It was agreed to be the lead body for the scheme and to write to the county.")[1] == [
        "Be the lead body for the scheme", "Write to the county"]
    assert second_item(tmp_path, "The hedge to be cut in March.")[1] == ["Cut the hedge in March"]


def test_a_verb_inside_a_clause_of_its_own_keeps_the_task(tmp_path):
    assert second_item(tmp_path, "A check needs to be made to see if the pitch has been marked.")[1] == ["Make a check to see if the pitch has been marked"]


# --- near misses from the review's pages -----------------------------------------------------------------------------


def test_a_minute_cited_after_an_abbreviations_stop_stays_in_its_sentence(tmp_path):
    page = (
        "Minutes of the meeting of Kelby Parish Council held on Tuesday 5 May 2037 in the Village Hall. Present: Cllrs Ash, Bell, "
        "Cole. 21/37 APOLOGIES Cllr Dunn sent apologies. 22/37 MINUTES The minutes of the last meeting were approved subject to "
        "the changes noted under min.23/37 Matters Arising below. 23/37 MATTERS ARISING The new bench has been ordered. The Clerk "
        "will chase the maker. 24/37 FINANCE The accounts were noted. 25/37 PLANNING No comments were made on the plans. "
        "26/37 CLOSE The meeting closed at 9pm."
    )
    from tests.stored import page_items

    titles = {item.number: item.title for item, _, _ in page_items(tmp_path, page)}
    assert titles.get("23/37") == "Matters Arising"


def test_a_tally_after_a_hyphen_is_no_item(tmp_path):
    page = _HEAD + "1. Apologies\nNone.\n\n2. Speed watch\nThe volunteers counted cars:\n12 -Over the limit and reported\n40 -Within the limit\n\n3. Close\nClosed.\n"
    assert _numbers(tmp_path, page) == ["1", "2", "3"]


@pytest.mark.parametrize(
    "sentence",
    [
        "RESOLVED that no comment be made but that the district be asked to check the drainage.",
        "The council resolved to put no candidate forward and to tell the association so.",
    ],
)
def test_a_thing_decided_against_with_an_errand_after_it_keeps_the_errand(tmp_path, sentence):
    assert second_item(tmp_path, sentence)[1] != []


@pytest.mark.parametrize(
    "heading",
    [
        "GUILDHALL COUNCIL CHAMBER 7.00PM\n\nMinutes of the meeting held on Monday 4 May 2037",  # a room
        "Cyngor Tref Porthaur Goldport Town Council The March meeting was held on Tuesday 3 March 2037.",  # two names that differ
        "ELMSTEAD PARISH COUNCIL HELD A PUBLIC CONSULTATION ON THE VILLAGE PLAN\nNotes of the drop-in session held on 8 November 2036.",
    ],
)
def test_a_room_two_names_or_a_sentence_is_no_committee(heading):
    found = _context(heading + "\n\n1. Apologies\nNone.\n")
    assert found.committee is None or found.committee.value not in (
        "Guildhall Council", "Porthaur Goldport Town Council", "Elmstead Parish Council Held a Public Consultation on the Village Plan")


def test_the_day_of_the_meeting_that_will_approve_the_minutes_is_not_this_meetings():
    found = _context("ASHBY PARISH COUNCIL DRAFT MINUTES (to be approved at the meeting of 4 June 2037)\n\nMeeting held in the hall.\n\n1. Apologies\n")
    assert found.committee.value == "Ashby Parish Council" and (found.date is None or found.date.value != dt.date(2037, 6, 4))


def test_a_month_first_day_that_opens_a_sentence_is_not_the_meetings():
    found = _context("Minutes\n\nApril 3rd 2035\n\nwere signed as a true record at the meeting held on Tuesday 6 May 2036.\n\n1. Apologies\n")
    assert found.date is None or found.date.value != dt.date(2035, 4, 3)


def test_the_reason_given_that_before_a_decisions_thing(tmp_path):
    assert second_item(tmp_path, "RESOLVED that given that the hall is closed, the April meeting be moved to the church.")[1] == [
        "Move the April meeting to the church"]


def test_a_heading_naming_only_the_kind_of_council_names_none():
    # ("PARISH COUNCIL MEETING MINUTES": which parish is not said, so cpb asks)
    assert _context("PARISH COUNCIL MEETING MINUTES 22nd SEPTEMBER 2036\n\nPRESENT: Cllr Bell (Chair)\n\n1. Apologies\n").committee is None


def test_a_council_over_its_committees_name_is_not_the_meeting():
    found = _context("WEST ASHSHIRE COUNCIL\n\nLicensing Sub-Committee\n\nMinutes of meeting on 3rd July 2036\n\n1. Apologies\nNone.\n")
    assert (found.committee.value, found.date.value) == ("Licensing Sub-Committee", dt.date(2036, 7, 3))
    # (the council alone over its minutes' day is still the council that met)
    assert _context("WEST ASHSHIRE COUNCIL\n\nMinutes of meeting on 3rd July 2036\n\n1. Apologies\nNone.\n").committee.value == "West Ashshire Council"
