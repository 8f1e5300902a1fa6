"""Tasks reported in minutes' narrative in shapes the earlier rules missed: sentences the project
wrote, in the shapes of public council minutes (fictional people and councils)."""

import pytest

from cpb_tui.actions.extract import extract_from_resolution
from cpb_tui.actions.narrative import extract_from_minutes


def texts(minutes: str) -> list[tuple[str, str | None]]:
    return [(a.text, a.due_words) for a in extract_from_minutes(minutes)]


@pytest.mark.parametrize(
    "minutes, expected",
    [
        # a member named in the sentence before asks, by pronoun
        (
            "Councillor Hale spoke about the closure of the post office. He asked that the Council write to the"
            " postmaster requesting that the decision be reviewed.",
            [("The Council to write to the postmaster requesting that the decision be reviewed", None)],
        ),
        (
            "Councillor Ray raised access to the scrutiny meetings. She asked that parish members be invited to the Scrutiny Committee.",
            [("Invite parish members to the Scrutiny Committee", None)],
        ),
        # two participles: both are to be done
        (
            "The officer said that the comments would be collated and brought back to the Board at its meeting on 4 March 2027.",
            [("Collate and bring the comments back to the Board at its meeting on 4 March 2027", "meeting on 4 March 2027")],
        ),
        # "would need to be added": an entry still to be made
        (
            "He said that the audit letter would need to be added to the agenda for the May 2027 meeting of the Committee.",
            [("Add the audit letter to the agenda for the May 2027 meeting of the Committee", "for the May 2027 meeting")],
        ),
        (
            "The Commission would receive an update on the outcome of the review when available.",
            [("Receive an update on the outcome of the review when available", None)],
        ),
        # the doer stands before the first of two "would"s
        (
            "The Chair advised that he would be meeting the Director and would be reporting back to the next meeting.",
            [("The Chair to report back to the next meeting", "to the next meeting")],
        ),
        # "councilor", as some parish minutes spell it
        (
            "Bins - district councilor and clerk to put in a complaint about the missed collections.",
            [("District councillor and clerk to put in a complaint about the missed collections", None)],
        ),
    ],
)
def test_reported_tasks(minutes, expected):
    assert texts(minutes) == expected


@pytest.mark.parametrize(
    "minutes",
    [
        # a speaker who is not a member asking is not the meeting asking
        "Mr Stone of the residents' group spoke about parking. He asked that the Council write to the police.",
        # two participles that name nothing to do
        "The comments would be collated and considered.",
    ],
)
def test_not_tasks(minutes):
    assert texts(minutes) == []


def test_an_aside_before_the_doer_of_a_resolution_goes_last():
    found = extract_from_resolution(
        "That, in discussion with the Commissioner, the working group develop a reporting template to be brought to the next Panel meeting",
        "RESOLVED",
    )
    assert [(a.text, a.due_words) for a in found] == [
        (
            "The working group to develop a reporting template to be brought to the next Panel meeting, in discussion with the Commissioner",
            "to the next Panel meeting",
        )
    ]


@pytest.mark.parametrize(
    "minutes, expected",
    [
        # what the thing "remains" or "needs": the thing itself is the object
        ("The gate by the pond remains to be repaired.", [("Repair the gate by the pond", None)]),
        # a phrasal verb with a pronoun reads in order
        ("The streetlight is still out and this is to be chased up.", [("Chase this up", None)]),
        # "added to" with nothing after it is the programme being added to
        (
            "The officer said the programme for 2027/28 would be added to once Members had met in April 2027.",
            [("Add to the programme for 2027/28 once Members had met in April 2027", "in April 2027")],
        ),
    ],
)
def test_passive_tasks_read_in_order(minutes, expected):
    assert texts(minutes) == expected


@pytest.mark.parametrize(
    "clause, expected",
    [
        ("For some further changes to be made to the wording of the policy.", ["Make some further changes to the wording of the policy"]),
        # the members' own verb, with a passive inside its object: no task made of its words
        ("That Members give consideration to any issues to be explored by officers for the next report.", []),
    ],
)
def test_resolution_passives(clause, expected):
    assert [a.text for a in extract_from_resolution(clause, "RESOLVED")] == expected


@pytest.mark.parametrize(
    "minutes, expected",
    [
        ("Cllrs Amber and Birch will prepare a contract of employment.", [("Cllrs Amber and Birch to prepare a contract of employment", None)]),
        ("No applications had been received. Matter to be listed at next meeting.", [("List Matter at next meeting", "at next meeting")]),
        ("JB to inform the applicant.", [("JB to inform the applicant", None)]),
    ],
)
def test_parish_shorthand(minutes, expected):
    assert texts(minutes) == expected


@pytest.mark.parametrize(
    "minutes, expected",
    [
        (
            "Cllr Davies reported on the review. He attended a briefing on the new code and asked the Clerk to arrange its circulation among Council.",
            [("The Clerk to arrange its circulation among Council", None)],
        ),
        # a member of the public asking the Clerk is not the Council asking
        ("Mr Jones of the residents' group asked the Clerk to write to the police.", []),
    ],
)
def test_an_officer_asked_by_a_member(minutes, expected):
    assert texts(minutes) == expected


def test_a_time_and_an_aside_before_the_doers_go_last():
    found = extract_from_resolution(
        "During August 2027, in respect of the items agreed for the programme, the Chair of the Scrutiny Committee and Chairs of each Scrutiny Panel meet with"
        " the Cabinet Members to clarify the programme;",
        "RESOLVED",
        "RESOLVED that",
    )
    assert [(a.text, a.due_words) for a in found] == [
        (
            "The Chair of the Scrutiny Committee and Chairs of each Scrutiny Panel to meet with the Cabinet Members to clarify the programme, during August 2027,"
            " in respect of the items agreed for the programme",
            "during August 2027",
        )
    ]


def test_a_leading_time_before_a_noting_gives_no_task():
    assert extract_from_resolution("In March 2027, the report be noted", "RESOLVED", "RESOLVED that") == []


@pytest.mark.parametrize("clause", ["Agreed to homologate the officer response", "Agreed to ratify the decision taken by the Chair"])
def test_ratifying_is_no_task(clause):
    assert extract_from_resolution(clause, "AGREED") == []


@pytest.mark.parametrize(
    "minutes",
    [
        "A simultaneous translation will be provided if requested.",
        "It was agreed to delegate the timing and date of the next meeting to officers to arrange.",
    ],
)
def test_standing_offers_and_delegations_are_no_tasks(minutes):
    assert texts(minutes) == []


@pytest.mark.parametrize(
    "minutes, expected",
    [
        (
            "Councillor Ames asked for the flood plan to be brought to the next meeting, and said it should have been on this agenda.",
            [("Bring the flood plan to the next meeting", "to the next meeting")],
        ),
        (
            "Councillors urged officers to include comments made at scrutiny within the reports taken to Cabinet.",
            [("Officers to include comments made at scrutiny within the reports taken to Cabinet", None)],
        ),
        ("The precept of \u00a31,500.00 as in previous years to be requested.", [("Request the precept of \u00a31,500.00 as in previous years", None)]),
        ("For agenda at next meeting, replacement of the notice board.", [("Add replacement of the notice board to the agenda for next meeting", "for next meeting")]),
        ("The Chair confirmed that he would pursue a representative from the colleges.", [("The Chair to pursue a representative from the colleges", None)]),
        # some members asking is not the meeting asking
        ("Several Members said they had not known of it and asked officers to look into the matter.", []),
    ],
)
def test_more_requests_and_shorthand(minutes, expected):
    assert texts(minutes) == expected


def test_a_further_report_received_in_due_course_after_a_noting():
    found = extract_from_resolution(
        "That the proposals for planning scrutiny work be noted and a further report be received in due course on the framework.",
        "RESOLVED",
    )
    assert [(a.text, a.due_words) for a in found] == [("Receive a further report in due course on the framework", "in due course")]


@pytest.mark.parametrize(
    "minutes, expected",
    [
        # the doer who "confirmed that he would", not the one named earlier in the sentence
        (
            "Jo Fell, Solicitor, explained that she was exploring the rules, and the Chair confirmed that he would pursue a college representative.",
            [("The Chair to pursue a college representative", None)],
        ),
        # (the agent after "by" is the doer)
        ("It was agreed that a letter would be drafted and signed by Cllr Sell as Chair of Highways.", [("Cllr Sell to draft and sign a letter as Chair of Highways", None)]),
        # a lettered point after a stop starts a sentence of its own
        ("JB to inform the applicant. b) JB confirmed that the planters were in place.", [("JB to inform the applicant", None)]),
        # corrections and signatures made at the meeting itself
        ("Paragraph 3, comment from Ann to be amended to read: 'Ann raised the schools' concerns'.", []),
        ("The minutes of the meeting held on 4 May 2027 to be signed as a correct record.", []),
    ],
)
def test_doers_and_ends_of_tasks(minutes, expected):
    assert texts(minutes) == expected


def test_a_passive_task_stops_before_and_that():
    found = extract_from_resolution(
        "That the audit letter be added to the agenda for the May 2027 meeting, and that the Chair may wish to start earlier", "RESOLVED"
    )
    assert [a.text for a in found][:1] == ["Add the audit letter to the agenda for the May 2027 meeting"]


def test_a_member_to_sign_a_declaration_before_the_next_meeting():
    found = extract_from_resolution(
        "that Councillor Ames sign the Declaration of Acceptance of Office as Chairman before the next meeting of Council.", "RESOLVED"
    )
    assert [(a.text, a.due_words) for a in found] == [
        ("Councillor Ames to sign the Declaration of Acceptance of Office as Chairman before the next meeting of Council", "before the next meeting")
    ]
    assert extract_from_resolution("That the Chair sign the minutes as a correct record", "RESOLVED") == []


@pytest.mark.parametrize(
    "minutes, expected",
    [
        ("A query was raised about the outturn report. Chair will consider this.", [("Chair to consider this", None)]),
        (
            "A Member asked to speak about the closure of the bank. He asked that the Council write to the bank's regional director.",
            [("The Council to write to the bank's regional director", None)],
        ),
        # "consider" alone is no task for anyone else: the meeting considers things all the time
        ("Officers will consider the options.", []),
    ],
)
def test_a_chair_taking_a_question_away_and_a_member_by_pronoun(minutes, expected):
    assert texts(minutes) == expected


@pytest.mark.parametrize(
    "minutes, expected",
    [
        (
            "Councillor Gill requested that the choir who are associated with the youth club be considered for a civic reception.",
            [("Consider the choir who are associated with the youth club for a civic reception", None)],
        ),
        (
            "Members asked that the figures which are published by the service be circulated to all Members.",
            [("Circulate the figures which are published by the service to all Members", None)],
        ),
    ],
)
def test_the_later_be_names_the_task_when_the_first_is_inside_the_thing(minutes, expected):
    assert texts(minutes) == expected


@pytest.mark.parametrize(
    "minutes, expected",
    [
        ("The Portfolio Holder committed to report back on the outcome of the consultation.",
         [("The Portfolio Holder to report back on the outcome of the consultation", None)]),
        ("Councillor Jones offered to liaise with the school regarding parking.", [("Councillor Jones to liaise with the school regarding parking", None)]),
        ("Cllr Hale volunteered to organise the litter pick.", [("Cllr Hale to organise the litter pick", None)]),
        ("The Council remained committed to improving outcomes for children in care.", []),  # a stance, not a task
        ("Members welcomed the idea and several offered to include an article in their newsletters.", []),  # no one in particular
        ("The report set out the service offered to foster carers and outcomes for children.", []),  # no one offering
        ("Councillor Raman offered to share her experience of the scheme with other Members.", []),  # goodwill, not a task
        ("The Member said that in December they had requested an item to be added to the agenda.", []),  # a past request
        ("The Panel requested a letter be sent to the MP.", [("Send a letter to the MP", None)]),  # "that" left out
        ("Members requested a site visit before the application is determined.", [("Site visit before the application is determined", None)]),
    ],
)
def test_offers_commitments_and_requests_without_that(minutes, expected):
    assert texts(minutes) == expected


@pytest.mark.parametrize(
    "minutes, expected",
    [
        ("The Clerk is to write to the landowner.", [("The Clerk to write to the landowner", None)]),
        ("The Council's main role in the census is to publicise it and encourage completion.", []),  # what a role is
        ("Lighting at the school camp \u2013 the Council's liability to be researched", [("Research the Council's liability", None)]),
        ("Mill Lane \u2013 leaves need to be cleared away.", []),  # a need reported, not a task given
        ("A future key decision on the scheme will be returned to Cabinet in early 2028.",
         [("Return a future key decision on the scheme to Cabinet in early 2028", None)]),
        ("The meeting minutes and audio recording would be published on the Council's website.", []),  # standing practice
        ("Officers will report progress to the Communities Scrutiny Committee in January 2028.",
         [("Officers to report progress to the Communities Scrutiny Committee in January 2028", "in January 2028")]),
        ("The annual return was signed and agreed to be advertised between 20th July and 20th August.",
         [("Advertise between 20th July and 20th August", "between 20th July")]),  # due at the period's start
    ],
)
def test_obligations_roles_and_needs(minutes, expected):
    assert texts(minutes) == expected


@pytest.mark.parametrize(
    "minutes, expected",
    [
        # "would also be included": the "also" is no part of the thing to include
        (
            "The officer said that an item on the kinship care strategy would also be included on the agenda for the next meeting.",
            [("Include an item on the kinship care strategy on the agenda for the next meeting", "for the next meeting")],
        ),
        # the thing is what the first verb is about, not the whole clause before the passive
        (
            "The Chair noted that a play strategy was being prepared and would be brought to the March 2027 Board meeting.",
            [("Bring a play strategy to the March 2027 Board meeting", "to the March 2027 Board meeting")],
        ),
        (
            "Members heard that the figures had been discussed by the audit panel and would be brought to the next Finance Committee meeting.",
            [("Bring the figures to the next Finance Committee meeting", "to the next Finance Committee meeting")],
        ),
    ],
)
def test_a_passive_reads_its_thing_and_nothing_else(minutes, expected):
    assert texts(minutes) == expected


def test_the_body_deciding_in_capitals_is_not_part_of_the_task():
    assert [a.text for a in extract_from_resolution("Cllrs RESOLVED to defer the bench quotes to a later meeting.", "resolved")] == [
        "Defer the bench quotes to a later meeting"
    ]


@pytest.mark.parametrize(
    "clause",
    [
        "To keep meeting online until the hall reopens",  # read as "Install To keep ..."
        "Attachments: Year Plan 2027 pdf icon PDF 118 KB",
    ],
)
def test_words_no_task_is_written_in_make_no_task(clause):
    from cpb_tui.actions.clauses import _GARBLED

    assert _GARBLED.search(f"Install {clause}")


def test_a_flattened_tables_rule_comes_off_the_task():
    found = extract_from_resolution("that the report on play areas , after debate, be referred to the Housing Committee. | |", "resolved")
    assert [a.text for a in found] == ["Refer the report on play areas, after debate, to the Housing Committee."]


@pytest.mark.parametrize(
    "minutes, expected",
    [
        # a community council's members by their first names
        ("Discussion followed and Moira will send the council's reply to the bus consultation.",
         [("Moira to send the council's reply to the bus consultation", None)]),
        ("Roger to write to the landowner about the hedge.", [("Roger to write to the landowner about the hedge", None)]),
        ("Moira and Ewan will check the noticeboard.", [("Moira and Ewan to check the noticeboard", None)]),
        # a month, or a name with no task, is no doer
        ("June will be a busy month for the hall.", []),
        ("Mark will be away in June.", []),
        # a step someone else takes, waited for
        ("The bus shelter awaits the county's order to be placed.", []),
    ],
)
def test_first_names_as_doers(minutes, expected):
    assert texts(minutes) == expected
