"""Shapes read in the twenty-first step. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

from datetime import date

import pytest

from cpb_tui.importers.decisions import resolutions_from, split_decisions
from tests.stored import stored_text


def _clauses(*lines: str) -> list[tuple[str | None, str]]:
    _, blocks = split_decisions(list(lines))
    return [(clause.lead_in, clause.text) for clause in resolutions_from(blocks)]


def test_who_decides_over_unlabelled_decisions_is_their_lead_in():
    # an "Issue - decisions" page that lost its "Decision:" heading, and a RESOLVED over the same shape
    lead = "That the Portfolio Holder:"
    assert _clauses(lead, "", "", "Approves the grants set out in Appendix B;", "", "",
                    "Approves a delegation to the Director of Place to award small grants during the year.") == [
        (lead, "Approves the grants set out in Appendix B;"),
        (lead, "Approves a delegation to the Director of Place to award small grants during the year."),
    ]
    assert [text for _, text in _clauses("RESOLVED that the Committee:", "", "Notes the report;", "", "Asks the Clerk to write to the county.")] == [
        "Notes the report;", "Asks the Clerk to write to the county.",
    ]


def test_a_lead_in_that_is_itself_the_decision_stays_one():
    # "That the Portfolio Holder:" with nothing after it decided nothing more: no clause invented
    assert [text for _, text in _clauses("That the report be noted.", "", "The Chair thanked the officers.")] == ["That the report be noted."]


def test_minutes_numbered_by_year_and_month_with_titles_run_into_their_text(tmp_path):
    text = (
        "PARISH COUNCIL\n\n"
        "DRAFT Minutes of the meeting of Hartside Parish Council held on Wednesday 22nd January 2031 at 7.30 pm in the Hall\n\n"
        "Present: Cllr Ann Dale (Chairman); Cllr Tom Reed; Mrs Jo Hay (Clerk)\n\n"
        "2031-01/1 Welcome and Apologies for Absence Cllr Ian Shaw\n\n"
        "2031-01/2 Opportunity for Members of the Public to Raise Matters There were no members of the public present.\n\n"
        "2031-01/3 Declarations of Interest None\n\n"
        "2031-01/4a. Minutes of the Previous Meeting Minute 11/30-04 to be amended to read \u2018The cable was laid by the"
        " contractor\u2019. With this amendment, the minutes of the meeting held on 27th November 2030 were agreed and"
        " signed by the Chairman.\n\n"
        "2031-01/4b. Matters Arising not addressed elsewhere  The county had answered about speed signs and said they"
        " might be looked at in the spring. With regard to the council\u2019s requests for salt bins to be provided at"
        " the steep lanes, the county said the sites did not qualify. The lane by the mill was still flooded. " + "The"
        " lane " * 60 + "was noted.  The exact location of the Giant Hogweed patch on Mill Bank to be passed to the county"
        " (on the B616 by the bridge)  The hall roof was sound.\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text)
    by_number = {item.number: (item, clauses, actions) for item, clauses, actions in items}
    assert list(by_number) == ["2031-01/1", "2031-01/2", "2031-01/3", "2031-01/4a", "2031-01/4b"]
    assert by_number["2031-01/2"][0].title == "Opportunity for Members of the Public to Raise Matters"
    assert not by_number["2031-01/2"][2]
    assert by_number["2031-01/4a"][0].title == "Minutes of the Previous Meeting"
    assert by_number["2031-01/4a"][1] == [
        "With this amendment, the minutes of the meeting held on 27th November 2030 were agreed and signed by the Chairman."
    ]
    assert by_number["2031-01/4b"][0].title == "Matters Arising not addressed elsewhere"
    tasks = [action.text for action in by_number["2031-01/4b"][2]]
    assert tasks == ["Pass the exact location of the Giant Hogweed patch on Mill Bank to the county (on the B616 by the bridge)"]


def test_a_request_hedged_as_often_as_possible_is_no_task():
    from cpb_tui.actions.narrative import extract_from_minutes

    assert extract_from_minutes("Litter on the lane by the wood. The Police were asked to patrol as often as possible.") == []
    assert [a.text for a in extract_from_minutes("The Police were asked to patrol the lane on Friday nights.")] == [
        "The Police to patrol the lane on Friday nights"
    ]


def test_a_sentence_moved_then_its_movers_alone_is_a_decision():
    line = ("The details of the budget were considered. Following this a draft precept of \u00a312,400 was put forward for"
            " approval at the January 2032 meeting. Proposed: Ann Reid. Seconded: Tom Blake.")
    assert [text for _, text in _clauses(line)] == [line.split(" considered. ")[1]]
    # not an amendment, nor a motion the page says was lost
    assert _clauses("The amendment to the grant was put. Proposed: Ann Reid, Seconded: Tom Blake.") == []
    assert _clauses("The Clerk read the letter. The motion to object. Proposed: A Reid. Seconded: T Blake. The motion was lost.") == []


def test_a_running_minute_with_a_colon_a_year_in_its_title_and_an_outcome_agreed_unanimously(tmp_path):
    text = (
        "Minutes of the meeting of Orcheston Parish Council held at the School on Tuesday, 16th November 2032, at 7.30pm.\n\n"
        "Present: Ann Reid-Chairman, Tom Blake, Jo Hay.\n\n"
        "3661: Apologies for Absence: None.\n\n"
        "3662: Transfer of Funds held by the Parish Council to the Youth Club:\n"
        "The Chairman asked for a vote on the transfer of \u00a31,240. The transfer was unanimously agreed.\n\n"
        "3663: Consideration of Draft Budget & Precept for 2033/34 for later approval:\n"
        "The budget was considered.\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text)
    assert [item.number for item, _, _ in items] == ["3661", "3662", "3663"]
    assert items[2][0].title == "Consideration of Draft Budget & Precept for 2033/34 for later approval"
    assert items[1][1] == ["The transfer was unanimously agreed."]


def test_a_board_s_minutes_numbered_minute_year_and_point_each_a_paragraph(tmp_path):
    text = (
        "A MEETING OF THE MARSHFORD INTERNAL DRAINAGE BOARD WAS HELD AT THE BOARD ROOM ON WEDNESDAY 14 MARCH 2035 AT 10 AM\n\n"
        "02/35/01 The Chairman reported that Mr Paul Lane had been appointed by the Borough Council as a member of the Board.\n\n"
        "03/35/01 The Chairman led Members in a moment's silence in memory of Mr Ray Dunn, who had served the Board for many years.\n\n"
        "04/35/01 Mr A Dale declared an interest in the payment to his family's farm recorded in the accounts. RESOLVED that this be noted.\n\n"
        "04/35/02 Mr F Hale declared an interest in the report on Reedham pumping station, where he is the attendant. RESOLVED that this be noted.\n\n"
        "05/35/01 The minutes of the last Board meeting held on 15 November 2034 were approved and signed as a true record.\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text)
    items = [entry for entry in items if entry[0].number]
    assert [item.number for item, _, _ in items] == ["02/35/01", "03/35/01", "04/35/01", "04/35/02", "05/35/01"]
    assert items[2][0].title.startswith("Mr A Dale declared an interest") and items[2][1] == ["that this be noted."]


def test_minutes_numbered_by_month_and_year_with_one_run_onto_the_line_before(tmp_path):
    text = (
        "DRAFT Minutes of a Meeting of Heathfield Parish Council Tuesday 1st October 2035 in the Village Hall.\n\n"
        "1035/01 Apologies Cllr Hale, Cllr Dunn\n\n"
        "1035/02 Minutes Minutes for the meeting held on the 3rd September 2035 were confirmed and signed."
        " Proposer - Cllr Reid Seconder \u2013 Cllr Blake 1035/03 Declarations of Interest None\n\n"
        "1035/04 Police Report No crimes to report. Clerk to ask for a crime report next month.\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text)
    assert [item.number for item, _, _ in items] == ["1035/01", "1035/02", "1035/03", "1035/04"]
    assert items[1][0].title == "Minutes"
    assert items[1][1][0].startswith("Minutes for the meeting held on the 3rd September 2035 were confirmed")
    assert [a.text for a in items[3][2]] == ["Clerk to ask for a crime report next month"]


def test_a_town_council_s_minute_and_year_and_its_agenda_wording_gives_no_task(tmp_path):
    text = (
        "HALTON TOWN COUNCIL\n\nMinutes of a Meeting of Town Council held in The Guildhall on Thursday 2nd October 2034 at 7.00 pm\n\n"
        "212/34/35 RECORDING OF MEETINGS \u2013 PLEASE NOTIFY THE CHAIRMAN IF YOU ARE INTENDING TO RECORD THIS MEETING.\n\n"
        "213/34/35 DECLARATIONS OF INTEREST\n\n"
        "a. Declarations from Members of any interests in matters to be considered at this meeting. b. Dispensations required\n\n"
        "214/34/35 PLANNING\n\nThe Clerk to write to the county about the verge.\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text)
    numbered = {item.number: actions for item, _, actions in items if item.number}
    assert list(numbered) == ["212/34/35", "213/34/35", "214/34/35"]
    assert numbered["213/34/35"] == []
    assert [a.text for a in numbered["214/34/35"]] == ["The Clerk to write to the county about the verge"]


def test_a_member_named_by_initials_asks_another_and_a_stop_lost_its_space():
    from cpb_tui.actions.narrative import extract_from_minutes

    found = extract_from_minutes(
        "IK asked Cllr Eden to arrange for the signs to be put up by the council, as the works would then be permitted"
        " development.IK undertook to confirm the places with the planners."
    )
    assert [(a.text, a.owners) for a in found] == [
        ("Cllr Eden to arrange for the signs to be put up by the council, as the works would then be permitted development", ("Cllr Eden",)),
        ("IK to confirm the places with the planners", ("IK",)),
    ]


def test_a_decision_with_its_own_reference_between_its_words_and_a_doer_who_further_investigates():
    line = ("b) Cllr Ward reported that grants might be had; following a discussion it was Resolved (minute 0335 - 2(ib))"
            " that Cllr Ward further investigate what support was available and it be placed on the agenda of the next meeting.")
    clauses = resolutions_from(split_decisions([line])[1])
    assert [c.text for c in clauses] == [
        "that Cllr Ward further investigate what support was available and it be placed on the agenda of the next meeting."
    ]
    from cpb_tui.actions.extract import extract_from_resolution

    tasks = extract_from_resolution(clauses[0].text, "other")
    assert [(a.text, a.owners) for a in tasks] == [
        ("Cllr Ward to investigate what support was available", ("Cllr Ward",)),
        ("Place it on the agenda of the next meeting", ()),
    ]


@pytest.mark.parametrize("text, tasks", [
    ("The absence of the Councillors will be on the next agenda for discussion.", ["Put the absence of the Councillors on the agenda for the next meeting"]),
    ("GLL will be looking into the matter.", ["GLL to look into the matter"]),
    ("The work on the gate has not been done. CR to get in touch with GE asap. 12.3 CR has put up the new signs.", ["CR to get in touch with GE asap"]),
    ("1.5 AV agreed to write the minutes in the absence of a Clerk.", []),
])
def test_community_council_shorthand(text, tasks):
    from cpb_tui.actions.narrative import extract_from_minutes

    assert [a.text for a in extract_from_minutes(text)] == tasks


def test_minutes_named_so_on_their_title_line_are_a_record(tmp_path):
    text = (
        "Community Council Minutes of Wednesday 1st August 2035 in the Village Hall at 7.30pm\n\n"
        "1.Welcome and apologies\n\n1.1 Everyone was welcomed by the Chair.\n\n"
        "2. Matters arising\n\nThe hedge by the school has not been cut. CR to get in touch with the farmer.\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text, committee="Pentre Community Council")
    assert [a.text for a in items[-1][2]] == ["CR to get in touch with the farmer"]


@pytest.mark.parametrize("line, clause", [
    ("The Chair spoke of the library. After further discussion it was proposed by Cllr Warne and seconded by Cllr Oram that the"
     " precept be reduced by \u00a32,000.", "it was proposed by Cllr Warne and seconded by Cllr Oram that the"
     " precept be reduced by \u00a32,000."),  # ("After further discussion" is its lead-in since the fifty-seventh step)
    ("The firm recommends a coated finish. Proposed by S. Hale seconded by J. Dunn that the council accept the \u00a31,250 quotation."
     " All agreed.", "Proposed by S. Hale seconded by J. Dunn that the council accept the \u00a31,250 quotation."),
    ("A cheque is outstanding. It was passed that we move the closing date to the end of November.",
     "that we move the closing date to the end of November."),
    ("The minutes of the meeting held on May 25 2035 were proposed for adoption, unanimously agreed and signed by Mr Ellis.",
     "The minutes of the meeting held on May 25 2035 were proposed for adoption, unanimously agreed and signed by Mr Ellis."),
    ("APPROVED the Minute of the meeting of 4 March 2035.", "APPROVED the Minute of the meeting of 4 March 2035."),
    ("(535/29)   AGREED to make the following comments to the Highways Agency:", "Agreed to make the following comments to the Highways Agency:"),
    ("The domain was offered for \u00a340. This was agreed by all members, and was bought for ten years.",
     "This was agreed by all members, and was bought for ten years."),
    ("a. Full Council \u2013 21st November 2034, AGREED as a true record.", "Full Council \u2013 21st November 2034, AGREED as a true record."),
])
def test_decisions_written_the_way_small_councils_write_them(line, clause):
    assert [text for _, text in _clauses(line)] == [clause]


def test_a_matter_noted_for_further_discussion_at_a_named_time():
    from cpb_tui.actions.narrative import extract_from_minutes

    assert [(a.text, a.due_words) for a in extract_from_minutes("(d) Phone box \u2013 further discussion in December.")] == [
        ("Discuss Phone box further in December", "in December")
    ]
    assert extract_from_minutes("Phone box \u2013 further discussion took place.") == []


def test_a_minute_run_onto_a_page_header_and_a_dated_minutes_title(tmp_path):
    text = (
        "DRAFT MINUTES\nHeld at the Parish Hall on Tuesday 17th September 2035\n"
        "Present: Councillors J Best, P Tucker and G Rogers.\n"
        "132/35 Apologies Cllr Hale.\n133/35 Declaration of Interest None.\n"
        "134/35 Minutes of the Previous Meeting 20th August 2035 The minutes of the meeting held on 20th August were"
        " proposed by Cllr Rogers, seconded by Cllr Tucker and agreed as a true record.\n"
        "DRAFT MINUTES Minutes Sept 2035 Cardwell 135/35 Matters Arising The Clerk to write to the county about the fence.\n"
    )
    meeting, items = stored_text(tmp_path, "minutes.txt", text, committee="Cardwell Parish Council")
    assert meeting.date == date(2035, 9, 17)  # where and when it was held, under a heading that did not say
    numbered = {item.number: (item, clauses, actions) for item, clauses, actions in items if item.number}
    assert list(numbered) == ["132/35", "133/35", "134/35", "135/35"]
    assert numbered["134/35"][0].title == "Minutes of the Previous Meeting 20th August 2035"
    assert [a.text for a in numbered["135/35"][2]] == ["The Clerk to write to the county about the fence"]


def test_a_decision_said_twice_sets_one_task_and_a_correction_to_the_minutes_none(tmp_path):
    text = (
        "Minutes of the Licensing Committee of Ashcombe District Council held on 25 March 2035\n\n"
        "LC18/35 Licensing Costs\n\nThe officer reported the minister's letter. The Committee agreed that the Chief Environmental"
        " Health Officer should write to the MP in six months time to ask for a fuller reply.\n\nRESOLVED:-\n\n"
        "that the Chief Environmental Health Officer write to the MP in six months time to ask for a fuller reply.\n\n"
        "LC19/35 Minutes\n\nCllr Edwards requested that in relation to item 129 (the police station), it be added to the"
        " minutes that the Commissioner again be urged to reply. This amendment was approved.\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text)
    tasks = {item.number: [a.text for a in actions] for item, _, actions in items}
    assert tasks["LC18/35"] == ["The Chief Environmental Health Officer to write to the MP in six months time to ask for a fuller reply"]
    assert tasks["LC19/35"] == []
    from cpb_tui.actions.extract import extract_from_resolution

    assert extract_from_resolution("that it be added to the minutes that the Clerk had written to the county.", "other") == []


def test_fixed_width_minutes_with_a_road_for_a_title_and_the_clerk_s_tasks_after_a_colon(tmp_path):
    text = (
        "Minutes of the Highways Meeting of Barrow Parish Council\nheld on Monday 22 November 2035 at 8.10pm in the Community Centre\n"
        "551/35 2   Minutes\n           The minutes of the meeting of 24 May were approved and signed as\n           a true record.\n"
        "552/35 3   Bus Shelters\n           The County Council would give \u00a31000 towards a new shelter.\n"
        "           The clerk: to obtain two more quotes.\n"
        "555/35 6   A10\n           AGREED to ask for the lights to be kept on.\n"
        "           The clerk: to write to Highways Agency - copy to Councillors.\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text)
    tasks = {item.number: [a.text for a in actions] for item, _, actions in items}
    assert tasks["552/35"] == ["The clerk to obtain two more quotes"]
    assert "The clerk to write to Highways Agency - copy to Councillors" in tasks["555/35"]


def test_a_bilingual_title_run_into_its_first_lettered_point(tmp_path):
    text = (
        "Cofnodion Cyfarfod / Minutes of the Meeting of Pennant Community Council 13 May 2035\n\n"
        "4 Cais cynllunio/Planning applications. None.\n\n"
        "5 Materion mynwentydd/cemetery matters. a) The grave digger's invoice was received. b) The tenant asked for the fence"
        " to be repaired. It was resolved to seek quotes from tree specialists. Clerk to contact the tenant.\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text)
    numbered = {item.number: (item, actions) for item, _, actions in items}
    assert numbered["5"][0].title == "Materion mynwentydd/cemetery matters"
    assert [a.text for a in numbered["5"][1]] == ["Seek quotes from tree specialists", "Clerk to contact the tenant"]
    assert numbered["4"][1] == []


def test_a_community_council_s_labelled_headings_with_one_alone_over_its_topics(tmp_path):
    text = (
        "Glenbrae Community Council Meeting\nMinutes of meeting held at the Community Centre\nMonday 4th June 2035\n"
        "Present: Ann Reid (Chair), Tom Blake, Jo Hay (Secretary).\n"
        "Apologies: Ian Shaw\n"
        "Minutes of Previous Meeting: Approved by Tom Blake; Seconded by Jo Hay.\n"
        "Police Report: The report for April was received and members were urged to lock their sheds.\n"
        "Matters Arising:\nWebsite\nThe website cannot do what the council needs. Colin to look into an upgrade.\n"
        "Finance Report:\nBusiness account: \u00a37,411.28\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text)
    titles = [item.title for item, _, _ in items]
    assert titles == ["Apologies", "Minutes of Previous Meeting", "Police Report", "Matters Arising", "Finance Report"]
    assert items[1][1] == ["Minutes of Previous Meeting \u2013 Approved by Tom Blake; Seconded by Jo Hay."]
    assert [a.text for a in items[3][2]] == ["Colin to look into an upgrade"]


def test_minutes_accepted_subject_to_minor_amendments_under_a_dated_title(tmp_path):
    text = (
        "M I N U T E S of the ORDINARY MEETING of The SEATON PARISH COUNCIL held at The CHURCH HALL, at 7.30pm on Thursday, 9 th October 2035 .\n"
        "1. APOLOGIES: None.\n3. MINUTES:\n"
        "3.1. Minutes of the Ordinary Meeting of 11 th September 2035 It was proposed by Cllr. Mrs. M. Y. Byles seconded by"
        " Cllr. Mrs. G.E. Hartland and AGREED by the Meeting, with one abstention, to accept the minutes, as a correct record,"
        " subject to minor amendments.\n"
        "4. REPORTS ON MATTERS ARISING FROM THE MINUTES: There were no matters arising.\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text, committee="Seaton Parish Council")
    numbered = {item.number: (item, clauses) for item, clauses, _ in items}
    assert numbered["3.1"][0].title == "Minutes of the Ordinary Meeting of 11 th September 2035"
    assert numbered["3.1"][1] and numbered["3.1"][1][0].startswith("It was proposed by Cllr. Mrs. M. Y. Byles")


def test_a_capitals_title_that_opens_with_a_number_and_ends_in_a_colon(tmp_path):
    text = (
        "Minutes of the meeting of Seaton Parish Council held on 10 January 2035\n"
        "1. DECLARATION OF INTEREST IN ITEMS ON THE AGENDA: None were declared.\n"
        "2. 10 MINUTE PUBLIC PARTICIPATION PERIOD for public comment on the items below: A resident spoke about the flooding.\n"
        "3. MINUTES: The minutes were approved.\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text)
    assert [(item.number, item.title) for item, _, _ in items][1] == ("2", "10 MINUTE PUBLIC PARTICIPATION PERIOD for public comment on the items below")


def test_minutes_numbered_year_month_and_minute_over_numbered_points_each_resolved(tmp_path):
    text = (
        "Parish Council\nMinutes of the Ordinary Meeting\nDate of meeting: 01 December 2035\n"
        "Venue: Virtual Meeting\nCouncillors present: Councillors Drew (Chairman), Swann, Hearne\n"
        "35.12.01 Apologies for Absence\nCouncillor Collins apologised for his absence.\n"
        "35.12.02 Declarations of Interest\nNone.\n"
        "35.12.03 Matters for Ward Councillors\n"
        "  1. Little Weighton Road \u2013 Stile on the snicket\n    The council had written to the builder about the stile.\n"
        "    Resolved:  The Clerk is to liaise with the builder's secretary.\n"
        "  2. Sherwood Close \u2013 Common Land Usage\n    A caravan is parked on the common land.\n"
        "    Resolved: Ward Councillor Mrs Green will investigate.\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text, committee="Weighton Parish Council")
    numbered = {item.number: (clauses, actions) for item, clauses, actions in items}
    # (the numbered points set in under 35.12.03 are its points, each a sub-item with its own decision and task: the
    # labelling guide's reading, since the sixty-third step)
    assert list(numbered) == ["35.12.01", "35.12.02", "35.12.03", "35.12.03.1", "35.12.03.2"]
    assert numbered["35.12.03.1"][0] == ["The Clerk is to liaise with the builder's secretary."]
    assert numbered["35.12.03.2"][0] == ["Ward Councillor Mrs Green will investigate."]
    assert [a.text for a in numbered["35.12.03.1"][1]] == ["The Clerk to liaise with the builder's secretary"]
    assert [a.text for a in numbered["35.12.03.2"][1]] == ["Ward Councillor Mrs Green to investigate"]


def test_minutes_numbered_minute_month_and_year_with_a_dash_one_glued(tmp_path):
    text = (
        "Hollin & Moor Parish Council\nMinutes of the Parish Council meeting held on the Wednesday 13th July 2035, in the Village Hall.\n"
        "125/07/35 - Apologies for absence\nNo apologies received.\n"
        "126/07/35 \u2013 Previous Meeting\nThe minutes of the meeting held on 8th June 2035 were agreed as a true record.\n"
        "127/07/35-Planning Applications\n\u00b7 35/01503/FUL Erection of an outbuilding. Objection, Clerk to send a letter to planning.\n"
        "128/07/35 \u2013 Clerks Report\nThe bank statements were circulated.\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text)
    assert [(item.number, item.title) for item, _, _ in items] == [
        ("125/07/35", "Apologies for absence"), ("126/07/35", "Previous Meeting"),
        ("127/07/35", "Planning Applications"), ("128/07/35", "Clerks Report"),
    ]
    assert [a.text for a in items[2][2]] == ["Clerk to send a letter to planning"]


def test_running_minutes_in_a_column_and_a_decision_before_the_next_sub_point(tmp_path):
    text = (
        "Gorsley Vale Parish Council\n\nMinutes of the Parish Council Meeting\n\nHeld on Monday 2nd March 2035 at 7:30pm in the Upper Room\n\n"
        "Councillors:   Nigel Ward (Chairman), Steve Ellis\n\n"
        "100       Apologies for Absence: Cllr John Barker\n\n"
        "101       Declarations of interest and requests for dispensation. None received.\n\n"
        "102       Minutes of the meeting on 6th January 2035 had been circulated. Council resolved unanimously that the"
        " Chairman should sign the minutes dated 6th January as a true and correct record.\n\n"
        "103       Planning\n\n  1. 1Applications:\n\n          P0141/35/FUL A first floor extension at Brook Cottage.\n\n"
        "          Resolved unanimously that the Parish Council response would be \u201cNo Objections\u201d.\n\n"
        "  1. 2Decisions: None to report.\n  2. 3Enforcement matters:\n"
        "  3. EN/0062/35 Land Opposite the Poplars: a notice was issued. Clerk to draft a letter to the new owner.\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text)
    numbered = {item.number: (clauses, actions) for item, clauses, actions in items}
    assert list(numbered) == ["100", "101", "102", "103"]
    assert numbered["102"][0] == ["Council resolved unanimously that the Chairman should sign the minutes dated 6th January as a true and correct record."]
    assert numbered["103"][0] == ["that the Parish Council response would be \u201cNo Objections\u201d."]
    assert [a.text for a in numbered["103"][1]] == ["Clerk to draft a letter to the new owner"]
    lead_ins = [r.lead_in for r in resolutions_from(split_decisions(["Resolved unanimously that the hall fees be frozen."])[1])]
    assert lead_ins == ["Resolved unanimously"]  # how it was resolved is kept


def test_an_action_tag_with_an_equals_sign_ends_its_task():
    from cpb_tui.actions.narrative import extract_from_minutes

    found = extract_from_minutes(
        "The Chairman agreed that we will investigate this (Action = Clerk) A member said the street light is out."
        " The Clerk will investigate (Action = Clerk) Mr Risi asked about the compost site."
    )
    assert [a.text for a in found] == ["The Chairman to investigate this", "The Clerk to investigate"]


@pytest.mark.parametrize("text, tasks", [
    ("P.Copland and T.Hughes to arrange to meet the water company.", [("P. Copland and T. Hughes to arrange to meet the water company", ("P. Copland", "T. Hughes"))]),
    ("R. Craib to write to the playgroup.", [("R. Craib to write to the playgroup", ("R. Craib",))]),
    ("See Appendix A. The Clerk to write to the county.", [("The Clerk to write to the county", ("the Clerk",))]),
    ("The minutes were not approved as they had not been circulated. Clerk to agenda for July meeting",
     [("Clerk to put it on the agenda for July meeting", ("Clerk",))]),
])
def test_doers_named_by_initials_with_their_stops_and_the_clerk_s_agenda(text, tasks):
    from cpb_tui.actions.narrative import extract_from_minutes

    assert [(a.text, a.owners) for a in extract_from_minutes(text)] == tasks


# --- the review's findings: what the step's readings must leave alone ---

def test_a_wide_gap_inside_a_title_or_a_sentence_cuts_nothing(tmp_path):
    from cpb_tui.actions.narrative import extract_from_minutes
    from cpb_tui.importers.titles import _title_and_rest

    assert _title_and_rest("Declarations of  Interest and Requests for Dispensations") == ("Declarations of  Interest and Requests for Dispensations", None)
    assert _title_and_rest("Village Hall  Roof Repairs and Quotations from Contractors")[0].startswith("Village Hall")
    assert _title_and_rest("Village Hall  Roof Repairs and Quotations from Contractors")[1] is None
    assert [a.text for a in extract_from_minutes("The Clerk will write to the  County Council about the verge by the school.")] == [
        "The Clerk to write to the County Council about the verge by the school"
    ]
    assert [a.text for a in extract_from_minutes("Cllr Ward agreed to ask  Anglian Water to repair the leak by the church.")] == [
        "Cllr Ward to ask Anglian Water to repair the leak by the church"
    ]


def test_cheque_rows_and_dated_letters_are_no_items(tmp_path):
    text = (
        "Minutes of the meeting of Ashby Parish Council held on 3 March 2030\n\n1. Apologies\n\nNone.\n\n2. Finance\n\n"
        "1041      Clerk Salary March          \u00a3350.00\n1042      Hall Hire                   \u00a340.00\n"
        "1043      Grass Cutting               \u00a3220.00\n1044      Insurance                   \u00a3410.00\n\n"
        "3. Correspondence\n\n12/02/30 Letter from the county council about verges\n19/02/30 Email from the police\n"
        "26/02/30 Letter from the hall committee\n\n4. Highways\n\nTwo street lights are out. Clerk to report them to the county.\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text)
    assert [item.number for item, _, _ in items] == ["1", "2", "3", "4"]
    assert [a.text for a in items[3][2]] == ["Clerk to report them to the county"]


@pytest.mark.parametrize("line", [
    "The minutes of the last meeting were proposed by Cllr Hale but not approved.",
    "The fees were discussed. Cllr Reid proposed, seconded by Cllr Hay, a minor amendment to the motion that the fee be \u00a320.",
])
def test_minutes_proposed_but_not_approved_and_a_minor_amendment_decide_nothing(line):
    assert _clauses(line) == []


def test_a_bracket_that_is_no_minute_reference_stays():
    assert [text for _, text in _clauses("It was agreed (minority voting against) that the hall fee be raised to \u00a320.")] == [
        "Agreed (minority voting against) that the hall fee be raised to \u00a320."
    ]


@pytest.mark.parametrize("text, tasks", [
    ("The annual risk assessment was approved. NB: to be reviewed annually.", []),
    ("AGM: to be held on 5 May in the hall.", []),
    ("MCC will be installing new signs on the A40 next month.", []),
    ("Cllr Hale will write the minutes of the meeting with the developer and circulate them.",
     ["Cllr Hale to write the minutes of the meeting with the developer and circulate them"]),
    ("The Clerk will add a link to the minutes on the council's website.", ["The Clerk to add a link to the minutes on the council's website"]),
    # (the time before the thing is left out of the task since the sixty-sixth step)
    ("After the meeting the notice board to be repaired.", ["Repair the notice board"]),
])
def test_labels_councils_and_real_tasks_about_minutes(text, tasks):
    from cpb_tui.actions.narrative import extract_from_minutes

    assert [a.text for a in extract_from_minutes(text)] == tasks


def test_a_resolution_about_additional_bins_keeps_its_tasks():
    from cpb_tui.actions.extract import extract_from_resolution

    found = extract_from_resolution(
        "that additional dog bins be ordered for the green and that Cllr Hale's declaration of interest be added to the minutes.", "other"
    )
    assert [a.text for a in found][0] == "Order additional dog bins for the green"


def test_a_pdf_s_heading_run_into_its_address_and_movers_written_2nd(tmp_path):
    text = (
        "Pentre Community Council\nTotal Page:16\n"
        "PENTRE COMMUNITY COUNCIL (Clerk: Jo Hay, The Oaks, Pentre) MINUTES OF THE ORDINARY MEETING HELD AT THE HALL,"
        " MONDAY 9th APRIL 2035 AT 7.30pm Present: D Hale (Chair), M Reid 1. Apologies for Absence J Miles"
        " 2. Declarations of Interest None 3. Minutes of the Ordinary Meeting held on Monday 12th March 2035 Proposed M Reid, 2nd D Hale"
        " 4. Matters arising from the minutes None 5. Planning None"
        " 6. Finance - Club donation letter, \u00a3250 proposed M Reid 2nd W Miles. - New Internal Auditor. Clerk will check the"
        " rules with One Voice Wales. 7. Correspondence - Letter from the county. Noted\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text, committee="Pentre Community Council", date=date(2035, 4, 9))
    numbered = {item.number: (item, clauses, actions) for item, clauses, actions in items if item.number}
    assert numbered["6"][0].minute_number == "6"  # a record, not an agenda
    assert any("\u00a3250 proposed M Reid 2nd W Miles" in clause for clause in numbered["6"][1])
    assert "Clerk to check the rules with One Voice Wales" in [a.text for a in numbered["6"][2]]


def test_a_kind_of_meeting_on_its_own_line_is_not_the_body_that_met(tmp_path):
    text = (
        "Approved Minutes of Meeting \u2013 20th February 2035\n\nBalnagown & Hill Community Council\n\n"
        "Minutes of Meeting \u2013 Tuesday 20th February 2035, 7pm\n\nHeld at the Scout Hut\n\n"
        "Present: Kevin Kirk (KK), David Smith (DS)\n\nWelcome: KK welcomed all.\n\n-Continuation from Inaugural Meeting-\n\n"
        "KK put forward nominations for Treasurer. DS accepted the position and all others agreed.\n"
    )
    meeting, _ = stored_text(tmp_path, "minutes.txt", text)
    assert meeting.committee == "Balnagown & Hill Community Council"


def test_dashed_minutes_with_agreed_lines_and_a_task_for_next_month(tmp_path):
    text = (
        "Minutes of the Parish Council Meeting held on 9 April 2035\nAt the Leisure Centre, Banks\n"
        "169/34 Finance\n- List circulated\n- Agreed that payments since the last meeting are ratified and cheques signed\n"
        "172/34 To consider road sweeping within the parish\n- Agreed that Cllr Abram could proceed to arrange road sweeping in the area\n"
        "173/34 To receive reports from Members on outside bodies\n- Corporate Planning\n"
        "- Agreed that clerk to place an agenda item for next month in respect of the travellers site\n"
        "- Community Centre\n- Nothing to report\n- Health Issues\n- Cllr Hames to arrange a meeting with the Practice Manager\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text, committee="Banks Parish Council")
    numbered = {item.number: (clauses, actions) for item, clauses, actions in items}
    assert numbered["169/34"][0] == ["Agreed that payments since the last meeting are ratified and cheques signed"]
    assert [a.text for a in numbered["172/34"][1]] == ["Cllr Abram to arrange road sweeping in the area"]
    assert numbered["173/34"][0] == ["Agreed that clerk to place an agenda item for next month in respect of the travellers site"]
    tasks = {a.text: a.due_date or a.due_meeting_date for a in numbered["173/34"][1]}
    assert tasks["Clerk to place an agenda item for next month in respect of the travellers site"] == date(2035, 5, 9)
    assert "Cllr Hames to arrange a meeting with the Practice Manager" in tasks


def test_attendance_labels_a_dashed_topic_after_a_decision_and_action_points(tmp_path):
    text = (
        "Cllrs: P Graham (Chair)\nE Lewis (Vice Chair)\nClerk: Jo Howell and County Cllr C Cave\nOther: Three members of the public\n"
        "Apologies: Cllr W Bell\nThe Chair welcomed everyone to the meeting.\n"
        "3. Chairman's Opening Report incl Banking, Meeting dates and Council priorities\n"
        "The Chair had reviewed the work of the Council. Dates of Meetings -There was a discussion on the dates. AP Clerk to confirm dates  \n"
        "Liaison with the Church \u2013 It was agreed that Cllr Lewis would act as a liaison point between the Council and the Church\n"
        "Precept /Budget/Accounts \u2013 The Chair asked the Clerk to have the budget prepared for the December meeting.\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text, committee="Pendine Community Council", date=date(2035, 10, 1))
    assert [item.number for item, _, _ in items] == ["3"]
    _, clauses, actions = items[0]
    assert clauses == ["Agreed that Cllr Lewis would act as a liaison point between the Council and the Church"]
    assert "Clerk to confirm dates" in [a.text for a in actions]


def test_two_lettered_minute_references_run_into_one_long_paragraph(tmp_path):
    text = (
        "MARSHFORD DISTRICT COUNCIL ENVIRONMENTAL SERVICES COMMITTEE\n\n"
        "Minutes of the meeting of the Environmental Services Committee held in the Council Chamber on Tuesday, 9 September 2035."
        " PRESENT: Councillors Bert Hale (Chairman), Harold Dunn, Alex Reid, Tom Blake and Ruth Lyons. IN ATTENDANCE: the"
        " Director of Leisure, the Director of Technical Services and the Committee Clerk. ES81/35 MINUTES The minutes of the"
        " meeting held on Tuesday 8 July 2035 were approved and signed. ES82/35 MATTERS ARISING a) Cemetery surrounds ES73/35"
        " (c) The Committee was advised that a meeting had been held with the undertakers on 4 September 2035 and that the"
        " points they raised would be reported to the Committee for consideration.\n"
    )
    _, items = stored_text(tmp_path, "minutes.txt", text)
    numbered = {item.number: clauses for item, clauses, _ in items if item.number}
    assert list(numbered) == ["ES81/35", "ES82/35"]
    assert numbered["ES81/35"] == ["The minutes of the meeting held on Tuesday 8 July 2035 were approved and signed."]
