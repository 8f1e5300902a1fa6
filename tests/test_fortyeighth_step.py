"""The forty-eighth step: decisions written the ways small councils write them (a vote counted, everyone agreeing, the
council proposing, a single member approving, a vacancy filled, an agenda settled) and minutes whose numbers open their
paragraphs under headings of their own. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

import pytest

from cpb_tui.importers import ImportProblem

from tests.stored import page_items as _items
from tests.stored import parish_minutes as _minutes
from tests.stored import second_item as _second
from tests.stored import stored_page


@pytest.mark.parametrize("body, clause", [
    # a vote counted, after the discussion that led to it
    ("The precept was discussed and it was voted 5 \u2013 1 that the precept would stay at \u00a32,400 for the year.",
     "It was voted 5 \u2013 1 that the precept would stay at \u00a32,400 for the year."),
    ("It was voted unanimously to keep the allotment rents as they are.",
     "It was voted unanimously to keep the allotment rents as they are."),
    # everyone agreeing, after a sentence or opening one
    ("The school asked to use the field. Everyone agreed that the school could mark out a running track.",
     "Everyone agreed that the school could mark out a running track."),
    ("Everyone agreed to this, but Cllr Hume asked for a second quote.",
     "Everyone agreed to this, but Cllr Hume asked for a second quote."),
    # who agreed, said at length before the comma
    ("It was agreed by all those who had been present at the meeting, that the notes of it be signed.",
     "Agreed by all those who had been present at the meeting, that the notes of it be signed."),
    # the outcome of an interview panel
    ("Three applicants were interviewed and the unanimous decision was that Mrs Lowry be offered the post of clerk.",
     "the unanimous decision was that Mrs Lowry be offered the post of clerk."),
    # a vacancy filled after a ballot
    ("Following the ballot Mr Anwar Patel was appointed to serve until the next local elections.",
     "Following the ballot Mr Anwar Patel was appointed to serve until the next local elections."),
    # movers first, then the outcome in a sentence of its own
    ("Proposed by R. Lyle and seconded by T. Moss, K. Nairn was formally accepted as a member.",
     "Proposed by R. Lyle and seconded by T. Moss, K. Nairn was formally accepted as a member."),
    # one member's approval, the minute's own number before it
    ("20.1 The Lead Member approved as a correct record the minutes of the meeting held on 16 April 2036.",
     "The Lead Member approved as a correct record the minutes of the meeting held on 16 April 2036."),
    # the agenda settled
    ("Agenda approved with the addition of the Gala Day (Cllr Orme).", "Agenda approved with the addition of the Gala Day (Cllr Orme)."),    # a community council's members, named at length, mid-paragraph
    ("The criteria drafted by the sub-group were discussed. Members of the Community Council agreed to use them to share the "
     "fund. Bert Lyle said he would help.", "Members of the Community Council agreed to use them to share the fund."),
    # agreed in principle, and more in the sentence
    ("A river working group was suggested. NDCC agreed in principle and Mr Hume suggested the bailiff would join it.",
     "NDCC agreed in principle and Mr Hume suggested the bailiff would join it."),
    # a Scottish minute approved with no "was"
    ("No matters arising therefore minute approved by Ian Ure, seconded by Jean Pirie.",
     "No matters arising therefore minute approved by Ian Ure, seconded by Jean Pirie."),
    # the bare verb after a sentence
    ("The head teacher would be glad to receive it. Decided to look into the history of the old map before presenting it.",
     "Decided to look into the history of the old map before presenting it."),
])
def test_a_decision_small_councils_write_this_way_is_read(tmp_path, body, clause):
    clauses, _ = _second(tmp_path, body)
    assert clause in clauses


def test_everyone_agreeing_to_act_sets_the_task(tmp_path):
    clauses, tasks = _second(tmp_path, "Everyone agreed to write to the county about the potholes.")
    assert clauses == ["Everyone agreed to write to the county about the potholes."]
    assert tasks == ["Write to the county about the potholes"]


def test_movers_with_a_comma_before_and_then_the_outcome(tmp_path):
    clauses, _ = _second(tmp_path, "Moved by Cllr Lyle, and seconded by Cllr Moss, Mr Pike was formally accepted as a member.")
    assert clauses == ["Moved by Cllr Lyle, and seconded by Cllr Moss, Mr Pike was formally accepted as a member."]


def test_the_council_proposing_is_its_decision_and_the_letter_its_task(tmp_path):
    clauses, tasks = _second(tmp_path, "Plots 3 and 9 were overgrown again. Council proposed that a letter be sent to the tenant of both plots.")
    assert clauses == ["Council proposed that a letter be sent to the tenant of both plots."]
    assert tasks == ["Send a letter to the tenant of both plots"]


@pytest.mark.parametrize("body", [
    "The vote was taken later. It was voted down by the members of the trust.",
    "It was voted on at the last meeting of the county's board.",
    "The County Council proposed that the lane be closed for resurfacing in June.",
    "The agenda was approved at the last meeting of the trust.",
    "Mr Patel was appointed to serve on the county's highways board in 2031.",
    "The Leader approved of the idea but said it was a matter for the county.",
    "Proposed by R. Lyle and seconded by T. Moss, the hall was booked for the fair.",
    # (found by the step's review: another body, an opinion, an award, a verdict from outside, history, a rule, a motion lost)
    "The Town Council proposed that the parish boundary be moved to the river.",
    "The trust met in March and it was voted to sell the land.",
    "It was voted to be the best kept village in 2031.",
    "The judges toured the village and the unanimous decision was that Wendling had won.",
    "Everyone agreed that it had been a good year.",
    "The Leader approved the scheme in 2029 before the election.",
    "The Cabinet Member approved the plans last year, the Clerk reported.",
    "Mr Hale was appointed to fill the casual vacancy in 2019 and served three years.",
    "A co-opted member is appointed to serve until the next elections.",
    "Mr Todd was appointed to fill the vacancy of head teacher at the school.",
    "Proposed by Cllr Lyle and seconded by Cllr Moss, the motion fell. The bench was approved by the district last year.",
    "Proposed by R. Lyle and seconded by T. Moss, the motion was defeated, and it was noted that the bench was agreed last year.",
    "The agenda was approved unanimously last month.",
    "The agenda was agreed with the chairman beforehand.",
])
def test_what_only_looks_like_those_decisions_is_not_one(tmp_path, body):
    clauses, _ = _second(tmp_path, body)
    assert clauses == []


# (the page names its meeting by number only, "Meeting 07/36": the town council is given, as a clerk would)
_TOWN = "Pentrell Town Council"
_HEADED = (
    "Meeting 07/36, Tuesday 14th October 2036\n\n"
    "Present: Cllrs Ash, Mrs. Bell, Carr, Dunn & Ede   Apologies: Cllr Ford   Visitors: Mr. Gale\n\n"
    "Public Speaking\n\n"
    "046 Mr. Gale spoke against planning application PA36/00412.\n\n"
    " Minutes of the Meeting held on 23rd September 2036\n\n"
    "047 The Minutes having been circulated it was proposed by Cllr Ash and seconded Cllr Bell that the minutes were a true "
    "and correct record, carried unanimously.\n\n"
    " 048 Matters arising from previous Minutes\n\n"
    "  \u2022  Minute 31 of 36/37 (Bus shelter). It was decided to defer the matter until Cllr Ford was present.\n"
    "  \u2022  Minute 35 of 36/37 (Allotments). Cllr Carr said that he would meet the tenants shortly.\n"
)


def test_numbers_that_open_paragraphs_under_headings_are_the_items(tmp_path):
    found = _items(tmp_path, _HEADED, committee=_TOWN)
    assert [(item.number, item.title) for item, _, _ in found if item.number] == [
        ("046", "Public Speaking"),
        ("047", "Minutes of the Meeting held on 23rd September 2036"),
        ("048", "Matters arising from previous Minutes"),
    ]
    clauses = {item.number: texts for item, texts, _ in found}
    # ("The Minutes having been circulated" is the motion's lead-in since the fifty-seventh step)
    assert len(clauses["047"]) == 1 and clauses["047"][0].startswith("it was proposed by Cllr Ash and seconded Cllr Bell")
    assert clauses["048"] == ["Decided to defer the matter until Cllr Ford was present."]


def test_two_headed_numbers_or_years_are_no_run_of_items(tmp_path):
    two = _HEADED.split(" 048")[0]
    assert not [item.number for item, _, _ in _items(tmp_path, two, committee=_TOWN) if item.number]
    years = (
        "Meeting 07/36, Tuesday 14th October 2036\n\nPresent: Cllrs Ash, Bell and Carr.\n\n"
        "Early Years\n\n2034 The hall was built with a grant from the trust.\n\n"
        "Later Years\n\n2035 The roof was mended after the storm.\n\n"
        "This Year\n\n2036 The car park was resurfaced in spring.\n"
    )
    assert not [item.number for item, _, _ in _items(tmp_path, years, committee=_TOWN) if item.number]


def test_a_ledger_under_a_heading_is_no_run_of_items(tmp_path):
    page = (
        "Minutes of the meeting of Wendling Parish Council held on Tuesday 1 May 2036 in the Village Hall.\n\n"
        "HIGHWAYS\nIt was agreed that the Clerk report the pothole on Church Road.\n\n"
        "FINANCE\nBudget monitoring to 30 April:\n401 Grass cutting \u00a31,200\n402 Street lighting \u00a3640\n403 Insurance \u00a3515\n"
        "\n"
        "CORRESPONDENCE\nA letter from the County Council was noted.\n"
    )
    titles = [item.title for item, _, _ in _items(tmp_path, page)]
    assert "Finance" in titles and "Correspondence" in titles and not any(title[:1].isdigit() for title in titles)


def test_a_minute_missing_from_the_run_keeps_the_items_after_it(tmp_path):
    page = _HEADED + (
        "\nFinance\n\n050 It was resolved that the payments listed be approved.\n\n"
        "Any Other Business\n\n051 It was agreed that the Clerk obtain three quotes for the bench.\n"
    )
    found = _items(tmp_path, page, committee=_TOWN)
    assert [item.number for item, _, _ in found if item.number] == ["046", "047", "048", "050", "051"]
    clauses = {item.number: texts for item, texts, _ in found}
    assert clauses["051"] == ["Agreed that the Clerk obtain three quotes for the bench."]


_PARISH = "Minutes of the meeting of Orlby Parish Council held on 9 April 2036 in the Reading Room\n\n"


def test_decisions_in_the_middle_of_a_paragraph(tmp_path):
    page = _PARISH + (
        "1. Planning\nApplication 36/0112 - a cart shed at Low Farm. The council unanimously approved the application after a short debate.\n\n"
        "2. Payments\nA card had come from the cubs for their grant. All invoices were received and agreed for payment.\n\n"
        "3. Vacancy\nThe Clerk said that Ida Moss had asked to fill the empty seat and was in the room as a member of the public this "
        "evening. TB proposed and RW seconded that Ida Moss be co-opted to the Council. All in favour.\n\n"
        "4. Field\nIt was agreed that the Council rent the field behind the school for \u00a3300.\n"
        "The Council also resolved to delegate to the Chair and Clerk the signing of the lease.\n"
    )
    clauses = {item.number: texts for item, texts, _ in _items(tmp_path, page)}
    assert clauses["1"] == ["The council unanimously approved the application after a short debate."]
    assert clauses["2"] == ["All invoices were received and agreed for payment."]
    assert clauses["3"] == ["TB proposed and RW seconded that Ida Moss be co-opted to the Council."]
    assert "The Council also resolved to delegate to the Chair and Clerk the signing of the lease." in clauses["4"]


def test_movers_in_brackets_after_what_they_moved(tmp_path):
    page = _PARISH + (
        "10.    Minutes\n\u2022    The minutes of the meeting held on 12th March were approved as a true record.\n(Cllr A Hale proposed, Cllr B Ince seconded)\n"
        "11.    Co-option\nEva Dunn was Co-opted onto the Council.\n"
        "12.    Grit bin\n\u2022    A grit bin will be bought for Mill Rise at a cost of \u00a3160.  (Cllr B Ince proposed, Cllr A Hale seconded)\n"
    )
    clauses = {item.number: texts for item, texts, _ in _items(tmp_path, page)}
    assert clauses["10"] == ["The minutes of the meeting held on 12th March were approved as a true record."]  # (the movers are no decision)
    assert clauses["11"] == ["Eva Dunn was Co-opted onto the Council."]
    assert clauses["12"] == ["A grit bin will be bought for Mill Rise at a cost of \u00a3160. (Cllr B Ince proposed, Cllr A Hale seconded)"]


@pytest.mark.parametrize("heading, committee", [
    ("Summary Minute of Meeting of the Committee of Glenrath Community Council\n\n   On Tuesday, 11 March 2036 in Glenrath Hall\n",
     "Glenrath Community Council"),
    ("COFNODION Y CYNGOR 06 MAWRTH 2036\n\nCYNGOR CYMUNED  NANT ISAF  COMMUNITY COUNCIL\n\nCofnodion Cyfarfod Cyffredin y Cyngor a "
     "gynhaliwyd yn Neuadd y Pentref, nos Iau, 6 Mawrth 2036 am 7.00 pm.\n", "Nant Isaf Community Council"),
    ("Annual Parish Meeting 2036\nLocation: Orlby Village Hall\nDate: Monday 12th May 2036 Time: 7.00 pm\n", "Annual Parish Meeting"),
])
def test_the_body_named_without_a_heading_s_words_or_year(tmp_path, heading, committee):
    page = heading + "\nPresent: Cllrs Hale, Ince and Dunn.\n\n1. Apologies\nNone.\n\n2. Finance\nIt was agreed to pay the invoices.\n"
    meeting, _ = stored_page(tmp_path, page)
    assert meeting.committee == committee


def test_minutes_taken_as_read_do_not_date_the_page(tmp_path):
    page = (
        "To sign the minutes of the Ordinary Meeting held on 14 January 2036.\nMinutes:\n"
        "The minutes of the Ordinary Meeting of Council held on 14 January 2036 were taken as read and signed as correct.\n"
        "15 APPOINTMENTS\nMinutes:\nRESOLVED that Councillor Pryce be appointed to the Harbour Board.\n"
    )
    with pytest.raises(ImportProblem) as asked:
        _items(tmp_path, page)
    assert "date" in asked.value.reason


def test_the_bare_verb_decided_ends_with_its_sentence(tmp_path):
    clauses, tasks = _second(tmp_path, (
        "The head would be glad to receive it. Decided to look into the history of the viewfinder first.\n\n"
        "\u00b7  Needles found in the park.\n\nThe police were told."
    ))
    assert clauses == ["Decided to look into the history of the viewfinder first."]
    assert tasks == ["Look into the history of the viewfinder first"]


def test_a_decision_notice_s_numbered_decisions_each_with_its_body(tmp_path):
    page = (
        "Decision details\n\nReview of the Orchards Advisory Panel\n\nDecision Maker: Cabinet\n\n"
        "Decision status: Recommendations Approved\n\n"
        "(1) Now that the Panel's work had passed to the Communities Committee, Cabinet agreed that the Orchards Advisory Panel be wound up.\n"
        "(2) Cabinet agreed that the orchard rent for 2037 be held at the 2036 level.\n"
        "(3) Cabinet recommended to Council that the Constitution be amended to remove the Panel.\n\n"
        "Publication date: 05/03/2036\n\nDate of decision: 03/03/2036\n\nDecided at meeting: 03/03/2036 - Cabinet\n"
    )
    (item, clauses, tasks), = _items(tmp_path, page)
    assert clauses == [
        "Cabinet agreed that the Orchards Advisory Panel be wound up.",
        "Cabinet agreed that the orchard rent for 2037 be held at the 2036 level.",
        "Cabinet recommended to Council that the Constitution be amended to remove the Panel.",
    ]
    assert "Amend the Constitution to remove the Panel" in [task.text for task in tasks]


def test_notices_and_titles_of_a_parish_s_agenda(tmp_path):
    notice = (
        "I hereby give notice that the next meeting of Orlby Parish Council will be held on Monday 3rd March 2036 at 7.30pm.\n\n"
        "AGENDA\n\n1. Apologies for absence\n2. Declarations of interest\n3. Minutes of the previous meeting\n4. Planning\n"
    )
    meeting, _ = stored_page(tmp_path, notice)
    assert (meeting.committee, meeting.date.isoformat()) == ("Orlby Parish Council", "2036-03-03")
    minutes = _PARISH + "1. Apologies:\n    None.\n2. Approval of Previous Minutes:\n    The minutes of 12 March were approved and signed.\n"
    assert [item.title for item, _, _ in _items(tmp_path, minutes)] == ["Apologies", "Approval of Previous Minutes"]


def test_minute_numbers_with_month_and_year_run_on_in_a_flattened_page(tmp_path):
    page = (
        "MINUTES OF THE ORDINARY MEETING OF PANTYBRYN TOWN COUNCIL HELD ON THURSDAY 8th MAY 2036 AT THE TOWN HALL AT 7:00PM\n\n"
        "PRESENT: Councillors: Ifan Rees (Chair), Lowri Bevan, Osian Hale\n\n3601/05/36 APOLOGIES\n\n"
        "Councillors: Tomos Wyn and Elen Rhys 3602/05/36 DECLARATIONS OF INTEREST None 3603/05/36 MINUTES OF THE LAST MEETING\n\n"
        "It was resolved to accept the minutes of the meeting held on 10 April 2036 as a true record.\n\n"
        "3604/05/36 PLAY AREA\n\nIt was resolved to ask the County Council to mend the fence.\n"
    )
    found = _items(tmp_path, page)
    assert [item.number for item, _, _ in found if item.number] == ["3601/05/36", "3602/05/36", "3603/05/36", "3604/05/36"]
    clauses = {item.number: texts for item, texts, _ in found}
    assert clauses["3603/05/36"] == ["to accept the minutes of the meeting held on 10 April 2036 as a true record."]


def test_an_agenda_list_that_starts_again_at_one_under_its_points(tmp_path):
    page = (
        "PC Agenda for 2nd June 2036 at 7.30pm at the Old School\n\nORLBY PARISH COUNCIL\n\n"
        " You are summoned to attend a meeting of Orlby Parish Council which will take place at the Old School, on Monday 2nd June 2036 at 7.30pm.\n\n"
        "AGENDA\n\n  1. RECEIVE APOLOGIES FOR ABSENCE\n  2. RECEIVE DECLARATIONS OF INTEREST\n  3. APPROVE MINUTES OF LAST MEETING\n"
        "  4. CO-OPT A COUNCILLOR\n\n4.1 Declaration of Acceptance\n\n  1. MATTERS ARISING\n  2. CLERK'S REPORT\n\n"
        "6.1 The noticeboard repair\n\n  1. FINANCE\n\n7.1 Monthly balances\n\n7.2 Payments\n\n  1. PLANNING\n  2. DATE OF NEXT MEETING\n"
    )
    meeting, found = stored_page(tmp_path, page)
    assert meeting.committee == "Orlby Parish Council"
    assert [item.number for item, _, _ in found] == ["1", "2", "3", "4", "4.1", "5", "6", "6.1", "7", "7.1", "7.2", "8", "9"]
    assert found[5][0].title == "Matters Arising"


@pytest.mark.parametrize("body", [
    # (found by the step's second review: a question, a disagreement, a report, names that are no members' names)
    "Should the bench be bought? (Cllr Ash proposed, Cllr Bell seconded)",
    "Cllr Bell did not agree. (Cllr Ash proposed, Cllr Bell seconded)",
    "The village fete was a great success this year. (Cllr Ash proposed, Cllr Bell seconded)",
    "A grit bin will be bought for Mill Rise at a cost of \u00a3160. (The writer proposed, the owner seconded)",
    # another body's advice or decision, or one told of
    "The Youth Forum recommended to the Council that a skate park be built.",
    "The Scrutiny Committee recommended to Cabinet that the decision be reconsidered, but Cabinet declined.",
    "Mr Dace reported on the barn. The Town Council approved the application for the new shop.",
    "Mr Dace reported on the barn. The council approved the application last month, Cllr Rowe reported.",
    "The Clerk explained that in March, Cabinet agreed to close the tip, but the county overruled it.",
    "The Clerk circulated the draft minutes approved by Ann Bell, seconded by Tom Moss at the Tenants' Association.",
])
def test_what_the_second_review_found_is_no_decision(tmp_path, body):
    clauses, _ = _second(tmp_path, body)
    assert clauses == []


def test_a_numbered_list_under_its_lead_in_stays_one_decision_s_clauses(tmp_path):
    clauses, _ = _second(tmp_path, (
        "RESOLVED that the following recommendations of the working group be adopted.\n"
        "(1) The Council approves the budget for the fete of \u00a3400.\n(2) The Council asks the Clerk to book the marquee.\n\n"
        "AGREED \u2013 (1) The Council approves the new play area.\n(2) The Council asks the Clerk to order the swings."
    ))
    assert clauses == [
        "The Council approves the budget for the fete of \u00a3400.", "The Council asks the Clerk to book the marquee.",
        "The Council approves the new play area.", "The Council asks the Clerk to order the swings.",
    ]


@pytest.mark.parametrize("name, kept", [
    ("Next Steps Community Meeting", "Next Steps Community"), ("Orlby Forum 2030", "Orlby Forum 2030"),
    ("Vision 2030 Steering Group", "Vision 2030 Steering Group"), ("Next Parish Council Meeting", "Parish Council"),
])
def test_a_body_s_own_year_or_next_stays_in_its_name(name, kept):
    from cpb_tui.importers.committee_names import clean_committee

    assert clean_committee(name) == kept


def test_minutes_dated_by_their_heading_not_by_a_notice_of_the_next_meeting(tmp_path):
    page = (
        "Orlby Parish Council\nMinutes of the meeting held on Tuesday 9 April 2036 in the Reading Room\n"
        "I hereby give notice that the next meeting of the Council will be held on Monday 12 May 2036.\n\n"
        "Present: Cllrs Hale, Ince and Dunn.\n\n1. Apologies\nNone.\n\n2. Finance\nIt was agreed to pay the invoices.\n"
    )
    meeting, _ = stored_page(tmp_path, page)
    assert meeting.date.isoformat() == "2036-04-09"
    heading = "Minutes of the Annual General Meeting of Orlby Village Hall Committee held on 9 April 2036. The notice convening the meeting was taken as read.\n\n"
    meeting, _ = stored_page(tmp_path, heading + "1. Apologies\nNone.\n\n2. Finance\nIt was agreed to pay the invoices.\n")
    assert (meeting.committee, meeting.date.isoformat()) == ("Orlby Village Hall Committee", "2036-04-09")


@pytest.mark.parametrize("heading, committee, date", [
    ("Minutes of Proceedings of a Meeting of Carnmore District Council held in the Council Chamber, Market Street, Carnmore on "
     "Tuesday, 4 March 2036. The meeting commenced at 7.30 pm.\n\nPresiding: P Quinn\n", "Carnmore District Council", "2036-03-04"),
    ("Birchlaw Community Council\n\nBirchlaw Community Council; RECORD OF MEETING\n\nMeeting No: 014\n\n"
     "Location: BIRCHLAW PRIMARY SCHOOL\n\nDate & Time: TUESDAY 11 MARCH 2036. 19:00 \u2013 20:45hrs\n", "Birchlaw Community Council", "2036-03-11"),
    ("CYNGOR CYMUNED NANT ISAF COMMUNITY COUNCIL\n\nNeuadd y Pentref, Nant Isaf am 7.30yh 4ydd o Fawrth 2036 Nant Isaf Village Hall, "
     "7.30pm 4th of March 2036\n\nPresent: Cllrs Elin Rowe, Gareth Pugh\n", "Nant Isaf Community Council", "2036-03-04"),
    ("Full Council\n14/01/2036 at 7:00 pm\nCllr Mari Owen (Mayor)\nThe Mayor welcomed everyone to the meeting.\nMinute 71\nPersonal References\n"
     "It was agreed to send a card to Cllr Price.\nMinute 72\nMinutes of Full Council held on Monday, 9 December 2035\n"
     "Members checked the Minutes page by page. They were approved.\n", "Full Council", "2036-01-14"),
    ("Heathlaw Community Council\n\nMinute of Meeting 20th March 2036\n\nATTENDANCE: Morag Lyle (Chairperson), Euan Tait.\n\n"
     "MINUTE OF FEBRUARY MEETING: Proposed by K. Rae, seconded by E. Tait\n", "Heathlaw Community Council", "2036-03-20"),
])
def test_headings_of_meetings_written_other_ways(tmp_path, heading, committee, date):
    meeting, _ = stored_page(tmp_path, heading + "\n1. Apologies\nNone.\n\n2. Finance\nIt was agreed to pay the invoices.\n")
    assert (meeting.committee, meeting.date.isoformat()) == (committee, date)


def test_a_lead_in_an_election_told_twice_and_movers_over_their_verdict_are_one_decision_each(tmp_path):
    page = (
        "Agenda and minutes\n\nLicensing Committee - Tuesday, 11th March, 2036 2.00 pm\n\nItems\nNo. Item\n\n14.\n\nMinutes\n\nMinutes:\n\n"
        "The minutes of the meeting held on 4 February 2036 were before the Committee.\n\n"
        "The minutes were AGREED unopposed and it was RESOLVED:\n\n"
        "That the minutes of the meeting held on 4 February 2036 be signed as a correct record.\n\n"
        "15.\n\nElection of Vice-Chair\n\nMinutes:\n\nCouncillor Tarrant was nominated by Councillor Ossett and seconded by Councillor Hume.\n\n"
        "As no other nominations were received, Councillor Tarrant was duly elected as Vice-Chair for the year.\n\n"
        "RESOLVED:\n\nThat Councillor Tarrant be elected Vice-Chair for the year.\n\n"
        "16.\n\nTaxi Fares\n\nMinutes:\n\n(a)          It was moved by the Chair, seconded by the Vice-Chair and\n\n \n\n"
        "            Resolved that the revised table of fares be approved.\n"
    )
    clauses = {item.number: texts for item, texts, _ in _items(tmp_path, page)}
    assert clauses["14"] == ["That the minutes of the meeting held on 4 February 2036 be signed as a correct record."]
    assert clauses["15"] == ["That Councillor Tarrant be elected Vice-Chair for the year."]
    assert clauses["16"] == ["that the revised table of fares be approved."]


def test_captions_that_state_the_outcome_over_the_minute_that_records_it(tmp_path):
    page = (
        "MINUTE of a MEETING of the Board of Directors of Kelvinside Leisure Trust held at the Boathouse, Renbank on 9 April 2036 at 10.00am.\n\n"
        "Present: Councillor Ailsa Dunn (Chair), Fergus Bain, Moira Lyle\n\n"
        "1. Welcome and opening remarks.\n\nCouncillor Dunn welcomed all present.\n\n"
        "2. Apology noted.\n\nThe Board noted an apology from Councillor Reid.\n\n"
        "3. Notice and quorum agreed.\n\nThe Chair confirmed that notice had been given and that enough directors were present, "
        "and the Board agreed to proceed to business.\n\n"
        "4. Minute of previous meeting approved.\n\nThe minute of the previous meeting of 12 February 2036 was submitted and approved.\n\n"
        "5. Boathouse roof repairs approved.\n\nThe Board approved the tender from Kelvin Roofing for the boathouse roof.\n"
    )
    found = {item.number: (texts, [task.text for task in tasks]) for item, texts, tasks in _items(tmp_path, page)}
    assert found["3"][1] == []  # (the meeting went on: no task)
    assert found["4"][0] == ["The minute of the previous meeting of 12 February 2036 was submitted and approved."]
    assert found["5"][0] == ["The Board approved the tender from Kelvin Roofing for the boathouse roof."]


@pytest.mark.parametrize("page, committee, date", [
    # (found by the step's third review) another event's day under the body's name; a word that only opens like a month;
    # a notice taken as read in the heading's own sentence; a site's menu line "Minutes and Agendas" over a notice
    ("Brackley Green Allotments Committee\nOpen Day on the Top Field site from 2.30pm on Saturday 21st June 2036, with teas and games\n"
     "Tuesday 3rd June 2036\n\n", "Brackley Green Allotments Committee", "2036-06-03"),
    ("Committee: Markets\nDate: Tuesday 3rd June 2036\n\n", "Markets", "2036-06-03"),
    ("Minutes of the Annual General Meeting of Kelby Bowls Club held on Wednesday 9 April 2036 at the Pavilion, the notice "
     "convening the meeting having been taken as read\n\n", "Kelby Bowls Club", "2036-04-09"),
    ("Minutes and Agendas\nKelby Parish Council\nNotice is hereby given that the next meeting of Kelby Parish Council will be held on "
     "Monday 12th May 2036 at 7.30pm in the Hall.\n\n", "Kelby Parish Council", "2036-05-12"),
])
def test_what_the_third_review_found_about_meetings(tmp_path, page, committee, date):
    meeting, _ = stored_page(tmp_path, page + "1. Apologies\nNone.\n\n2. Finance\nIt was agreed to pay the invoices.\n")
    assert (meeting.committee, meeting.date.isoformat()) == (committee, date)


def test_an_election_stays_beside_another_office_resolved(tmp_path):
    clauses, _ = _second(tmp_path, (
        "Councillor Tarrant was duly elected as Vice-Chair for the year.\n\n"
        "RESOLVED: That Councillor Hume be appointed as the Council's representative on the Hall Committee."
    ))
    assert clauses == ["Councillor Tarrant was duly elected as Vice-Chair for the year.",
                       "That Councillor Hume be appointed as the Council's representative on the Hall Committee."]


def test_a_caption_about_another_matter_stays_a_decision(tmp_path):
    page = (
        "MINUTE of a MEETING of the Board of Directors of Kelby Leisure Trust held at the Pavilion on 9 April 2036 at 10.00am.\n\n"
        "1. Welcome.\n\nThe Chair welcomed all present.\n\n2. Accounts for 2035 approved.\n\nThe treasurer presented the accounts. "
        "\n\nThe Board agreed to appoint Kelby Audit as independent examiners for 2036.\n\n3. Close.\n\nThe meeting closed at noon.\n"
    )
    clauses = {item.number: texts for item, texts, _ in _items(tmp_path, page)}
    assert "Accounts for 2035 approved." in clauses["2"] and len(clauses["2"]) == 2


@pytest.mark.parametrize("body, task", [
    ("The council agreed to proceed with the business case for the new village hall.", "Proceed with the business case for the new village hall"),
])
def test_business_cases_are_still_tasks(tmp_path, body, task):
    _, tasks = _second(tmp_path, body)
    assert tasks == [task]


def test_a_restarted_list_check_is_linear():
    from cpb_tui.importers.item_runs import _points_agree

    listed = [(index * 2, 1) for index in range(40_000)]
    points = [(index * 2 + 1, index + 1) for index in range(40_000)]
    assert _points_agree(listed, points)  # (a quadratic check took minutes at this size)


def test_pieces_run_back_together_keep_their_words():
    from cpb_tui.importers.mid_decisions import mid_pieces

    told = "The Clerk explained that in March, Cabinet agreed to close the tip, but the county overruled it."
    assert mid_pieces(told) == [told]
    numbered = "(1) Now that the Panel had finished, Cabinet agreed that the Panel be wound up."
    assert mid_pieces(numbered) == ["(1) Now that the Panel had finished,", "Cabinet agreed that the Panel be wound up."]
    # (thousands run back together into one piece: its words all kept, once each, in a single pass)
    long = "The Clerk explained that in March, Cabinet agreed to close the tip, " * 2000
    assert " ".join(mid_pieces(long)).split() == long.split()
