"""Shapes read in the twenty-fifth step. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

import datetime as dt

from cpb_tui.actions import extract_from_minutes
from tests.stored import stored_text, tasks


def _clauses(items) -> dict[str, list[str]]:
    """Each numbered item's clauses, by its number."""
    return {item.number: clauses for item, clauses, _ in items if item.number}


def _tasks(items) -> dict[str, list[str]]:
    """Each numbered item's tasks, by its number."""
    return {item.number: [action.text for action in actions] for item, _, actions in items if item.number}


_HALE = "Minutes of the meeting of Hale Parish Council held on 3 May 2030\n\n"


# --- decisions ---------------------------------------------------------------------------------------------------------

_MINUTES_SHAPES = _HALE + (
    "1. Minutes of the last meeting\n\n"
    "Cllr Reed noted one error in the minutes of 5 April. Item 6.2 to amend the tree warden post to be split between Ann"
    " Dale and Tom Reed. The minutes were amended to match and then adopted.\n\n"
    "2. Minutes of the Hall Committee\n\n"
    "That, the minutes of the Hall Committee meetings held on 8 and 22 April be approved as a correct record.\n\n"
    "3. Minutes of the Open Spaces Committee\n\n"
    "the minutes of the meeting of the Open Spaces Committee held on 12 April be confirmed as a correct record.\n\n"
    "4. Minutes of the Annual Meeting\n\n"
    "The Annual Meeting's minutes went round a week before. These were accepted as being accurate and signed.\n\n"
    "5. Election of officers\n\n"
    "The Chair (Ruth) the Treasurer (Omar) and the Secretary (Lena) were all elected en bloc.\n\n"
    "6. Any other business\n\n"
    "The minutes of the Youth Forum were approved. The minutes were signed by the Chair.\n\n"
)


def test_minutes_approved_in_the_shapes_pages_write_them(tmp_path):
    _, items = stored_text(tmp_path, "hale.txt", _MINUTES_SHAPES)
    clauses = _clauses(items)
    assert clauses["1"] == ["The minutes were amended to match and then adopted."]
    assert clauses["2"] == ["That, the minutes of the Hall Committee meetings held on 8 and 22 April be approved as a correct record."]
    assert clauses["3"] == ["the minutes of the meeting of the Open Spaces Committee held on 12 April be confirmed as a correct record."]
    assert clauses["4"] == ["These were accepted as being accurate and signed."]
    assert clauses["5"] == ["The Chair (Ruth) the Treasurer (Omar) and the Secretary (Lena) were all elected en bloc."]
    # the signing after an approval is not a second decision
    assert len(clauses["6"]) == 1


def test_a_correction_to_the_minutes_is_not_a_task(tmp_path):
    _, items = stored_text(tmp_path, "hale.txt", _MINUTES_SHAPES)
    assert _tasks(items)["1"] == []


def test_agreed_by_all_opens_a_decision_mid_paragraph(tmp_path):
    text = _HALE + (
        "1. Play area repairs\n\n"
        "Two prices for a replacement climbing net were tabled. Agreed by all that the net could be fitted by the"
        " handyman. Cllr Dale moved the lower price. The Hale Trust has offered \u00a3400 towards the work."
        " Agreed by all that the Chair should thank the trust in writing.\n\n"
        "2. Date of next meeting\n\n7 June 2030.\n"
    )
    _, items = stored_text(tmp_path, "hale.txt", text)
    clauses = _clauses(items)["1"]
    assert "Agreed by all that the net could be fitted by the handyman." in clauses
    assert "Agreed by all that the Chair should thank the trust in writing." in clauses
    assert "The Chair to thank the trust in writing" in _tasks(items)["1"]


# --- tasks -------------------------------------------------------------------------------------------------------------

from cpb_tui.actions.extract import extract_from_resolution  # noqa: E402


def test_a_decision_that_something_could_be_done_reads_as_the_doing():
    found = extract_from_resolution("Agreed that the new defibrillator could be installed in the porch.", "agreed")
    assert [action.text for action in found] == ["Install the new defibrillator in the porch"]


def test_no_task_from_a_decision_to_stop_or_from_the_chair_taken_at_the_meeting():
    assert extract_from_resolution("Agreed that the council would no longer seek volunteers for the litter rota.", "agreed") == []
    assert extract_from_resolution("Agreed that Cllr Ashby should take the Chair for this item.", "agreed") == []
    later = extract_from_resolution("Agreed that Cllr Green would take the chair at the next meeting.", "agreed")
    assert [action.owners for action in later] == [("Cllr Green",)]


def test_a_question_whether_something_could_be_arranged_is_no_task(tmp_path):
    text = _HALE + (
        "1. Speed limit\n\n"
        "Cllr Foster raised lorries in Mill Lane. She wondered if it could be arranged for a county engineer to attend"
        " in the spring. Members supported this and the Clerk was asked to write to the county.\n"
    )
    _, items = stored_text(tmp_path, "hale.txt", text)
    assert _tasks(items)["1"] == ["The Clerk to write to the county"]


# --- layout ------------------------------------------------------------------------------------------------------------

from cpb_tui.importers.layout import normalise  # noqa: E402


def test_headings_glued_to_the_sentence_before_them_are_set_on_their_own_lines():
    text = (
        "COFNODION CYNGOR CYMUNED LLANDDWYN 20.01.31YMDDIHEURIADAU\nCyng. Rhys Owen.\n"
        "Nid oedd neb yn datgan buddiant.COFNODION\nDerbyniwyd y cofnodion fel rhai cywir.MATERION YN CODI\n"
        "Trafodwyd y gyllideb yn fanwl.Polisi Risg y Cyngor\nPenderfynwyd derbyn y polisi.\n"
    )
    lines = normalise(text).split("\n")
    for heading in ("YMDDIHEURIADAU", "COFNODION", "MATERION YN CODI", "Polisi Risg y Cyngor"):
        assert heading in lines
    # one glued heading on a page is not enough to read the page that way
    assert normalise("The Clerk will write to the BBC.THANKS\nNone.\n").split("\n")[0] == "The Clerk will write to the BBC.THANKS"


# --- items -------------------------------------------------------------------------------------------------------------

_DASHED_LIST = (
    "Minutes of August 12th 2031\n"
    "Meeting of Kelby Parish Council held on Wednesday, 12 August 2031 at Kelby Village Hall at 7.30pm\n"
    "Present \u2013 Councillors A Dale (Chair), B Moss and C Reed.\n"
    "- Chair's remarks and welcome\n"
    "The Chair welcomed everyone and thanked the residents for coming.\n"
    "- Apologies and the reasons for them put to the vote\n"
    "Cllr Hart was abroad. Members accepted her reason.\n"
    "- Minutes of the meeting of 8th July 2031.\n"
    "These were agreed.\n"
    "- Financial Matters:\n"
    "- To approve the month's invoices\n"
    "The Chair went through the invoices to be paid in turn. Members approved them all.\n"
    "- Village green\n"
    "The grass was cut on 3 August. Cllr Moss to get a quote for the new bench.\n"
)


def test_a_numbered_list_whose_numbers_became_dashes_keeps_its_items(tmp_path):
    _, items = stored_text(tmp_path, "kelby.txt", _DASHED_LIST, committee="Kelby Parish Council")
    titles = [item.title for item, _, _ in items]
    assert titles[:3] == ["Chair's remarks and welcome", "Apologies and the reasons for them put to the vote", "Minutes of the meeting of 8th July 2031"]
    assert "Village green" in titles
    by_title = {item.title: (clauses, [action.text for action in actions]) for item, clauses, actions in items}
    assert by_title["Minutes of the meeting of 8th July 2031"][0] == ["These were agreed."]
    assert by_title["Village green"][1] == ["Cllr Moss to get a quote for the new bench"]
    # "The Chair went through the payments to be made": no task
    assert not [text for _, (_, tasks) in by_title.items() for text in tasks if "went through" in text]


def test_a_bulleted_list_of_points_is_not_read_as_items(tmp_path):
    text = _HALE + "1. Village green\n\n" + "".join(f"- Point {n} about the grass\n" for n in range(1, 7)) + "The Clerk reported on the mowing.\n"
    _, items = stored_text(tmp_path, "hale.txt", text)
    assert [item.number for item, _, _ in items] == ["1"]


_SCOTTISH_LABELS = (
    "Minutes of Meeting held on Thurs. 8th May 2031 at 7pm in the Burnside Institute.\n\n"
    "Present: Mr A Baird (Chair), Mrs C Dunn, Mr E Fyfe.\n\n"
    "Apologies: PC G Hogg\n\n"
    "Minutes of previous meeting : Approved by C Dunn seconded by E Fyfe, subject to one correction.\n\n"
    "Matters arising:-\n\n"
    "Main Street pavement-  The area has been reported for repair.\n\n"
    "Treasurers Report:- The balance stands at \u00a31,240 and the gala float is held in the safe.\n\n"
    "Police Report:-  No officer came tonight. The Secretary was to contact the local sergeant for figures.\n\n"
    "Planning Applications:- An application for a garage at Burnside was noted. No objections.\n"
)


def test_run_in_headings_after_a_colon_and_dash_are_items(tmp_path):
    _, items = stored_text(tmp_path, "fyfe.txt", _SCOTTISH_LABELS, committee="Fyfe Community Council")
    titles = [item.title for item, _, _ in items]
    for title in ("Minutes of previous meeting", "Matters arising", "Treasurers Report", "Police Report", "Planning Applications"):
        assert title in titles
    tasks = {item.title: [action.text for action in actions] for item, _, actions in items}
    assert tasks["Police Report"] == ["The Secretary to contact the local sergeant for figures"]


def test_a_post_or_initialled_name_that_was_or_is_to_act_has_a_task():
    assert tasks("No officer came. The Secretary was to contact the sergeant for figures.") == [
        ("The Secretary to contact the sergeant for figures", ("the Secretary",))]
    assert tasks("K. Topping is to contact the school about parking.") == [("K. Topping to contact the school about parking", ("K. Topping",))]
    assert tasks("Mr Smith is to be congratulated on the award.") == []
    assert tasks("The Treasurer was to have paid it but did not.") == []


_YEAR_FIRST_WITH_CITED = _HALE + (
    "31/27. Approval of apologies given.\n\nCllr Dale is away with work.\n\n"
    "31/28. Declarations of interest.\n\nNone.\n\n"
    "31/29. Action points from previous meeting.\n\n"
    "31/7. Contact details shared via the newsletter. Clerk to remind Cllr Dale of the deadline.\n"
    "31/19 Add the new signs to the May agenda. DONE\n\n"
    "30/16. Investigate the blocked footpath. Still waiting for the county.\n"
    "29/162. Raise the planning backlog with the district. CLOSED.\n\n"
    "31/30. Police report.\n\nNo report received.\n\n"
    "31/31. Community bus\n\nMembers passed this matter to the Amenities committee.\n"
)


def test_a_years_minutes_run_on_past_older_minutes_cited_among_them(tmp_path):
    _, items = stored_text(tmp_path, "hale.txt", _YEAR_FIRST_WITH_CITED)
    numbers = [item.number for item, _, _ in items if item.number]
    assert numbers == ["31/27", "31/28", "31/29", "31/30", "31/31"]


def test_a_committees_letters_and_minute_then_the_month_and_year_number_its_items(tmp_path):
    text = (
        "Events Committee, Monday 30th October 2031 at 2:00PM at the Church Hall\n\nPresent: Cllr A Dale, Cllr B Moss\n\n"
        "EC1/10-31 Chair's Welcome\n\nCllr Dale welcomed the committee.\n\n"
        "EC2/10-31 Apologies for Absence\n\nApologies were received from Cllr Reed.\n\n"
        "EC3/10-31 Declarations of Interest\n\n"
        "EC4/10-31 To plan the Armistice service.\n\n    1. Order of service\n\nSixty copies to be printed.\n\n"
        "    1. Flags on the green\n\nCllr Moss to collect the flags from the church on 1st November.\n\n"
        "EC5/10-31 To plan the carol evening.\n\nRESOLVED to hire a sound system for the evening.\n"
    )
    _, items = stored_text(tmp_path, "events.txt", text)
    assert [item.number for item, _, _ in items if item.number] == [f"EC{n}/10-31" for n in range(1, 6)]


def test_work_a_named_doer_has_in_hand_is_their_task():
    assert tasks("Cllr Lowe is looking into lottery funding for the bat survey.") == [
        ("Cllr Lowe to look into lottery funding for the bat survey", ("Cllr Lowe",))]
    assert tasks("The clerk and Cllr Hart are investigating firms for the hedge trimming.") == [
        ("The clerk and Cllr Hart to investigate firms for the hedge trimming", ("the clerk", "Cllr Hart"))]
    # a council or a public body at work is not the meeting's task; nor a feeling
    assert tasks("HBC is seeking an injunction over the yard on Station Road.") == []
    assert tasks("NHS is looking into the complaint.") == []
    assert tasks("The Clerk is pleased to report the grant was paid.") == []


def test_shorthand_with_its_doers_after_a_dash_is_theirs():
    found = [(action.text, action.owners) for action in extract_from_minutes("Agreed a tidy-up of the wood to be arranged \u2013 AS & TD.")]
    assert found == [("Arrange a tidy-up of the wood", ("AS", "TD"))]
    assert [action.owners for action in extract_from_minutes("Quotes to be obtained for the fence - Clerk")] == [("Clerk",)]


def test_a_decision_in_shorthand_with_its_doers_after_a_dash_sets_their_task():
    found = extract_from_resolution("Agreed a tidy-up of the wood to be arranged \u2013 AS & TD", "agreed")
    assert [(action.text, action.owners) for action in found] == [("Arrange a tidy-up of the wood", ("AS", "TD"))]


_PROPOSALS = _HALE + (
    "1. Apologies\n\nA proposal was made to accept both apologies. The proposal was seconded and every member was in favour.\n\n"
    "2. Newsletter\n\nProposal: To have the next edition delivered door to door with a reply slip. The slip will ask whether"
    " residents want paper copies or none at all in future years. Proposed Cllr. Dale, Seconded Cllr. Moss and unanimously in"
    " favour. RESOLVED.\n\n"
    "3. Card competition\n\nProposal: To award a prize of \u00a350 to the winning class.\n"
    "Proposed Cllr. Reed, Seconded Cllr. Dale and unanimously in favour. RESOLVED.\n"
    "Window competition\n\n"
    "4. Notes of the last meeting\n\nThe notes of the meeting held on 5 April 2030 were adopted as the minutes.\n\n"
    "5. Swings\n\nA donation of \u00a380 was authorized to the Lowe scout group for its summer camp.\n\n"
    "6. Chairman\n\nCllr Dale was willing to stand again and this was seconded by Cllr Moss. Cllr Dale was thus re-elected as Chairman.\n\n"
    "7. Speeding\n\nThe Clerk will circulate the survey results to members; it was agreed the Councillors would contact the Lowe clerk about a joint bid.\n"
)


def test_proposals_made_seconded_and_voted_are_decisions(tmp_path):
    _, items = stored_text(tmp_path, "hale.txt", _PROPOSALS)
    clauses = _clauses(items)
    assert clauses["1"] == ["A proposal was made to accept both apologies. The proposal was seconded and every member was in favour."]
    assert len(clauses["2"]) == 1 and clauses["2"][0].startswith("Proposal: To have the next edition delivered door to door")
    assert clauses["3"] == ["Proposal: To award a prize of \u00a350 to the winning class. Proposed Cllr. Reed, Seconded Cllr. Dale and unanimously in favour."]
    assert clauses["4"] == ["The notes of the meeting held on 5 April 2030 were adopted as the minutes."]
    assert clauses["5"] == ["A donation of \u00a380 was authorized to the Lowe scout group for its summer camp."]
    assert clauses["6"] == ["Cllr Dale was thus re-elected as Chairman."]
    assert clauses["7"] == ["Agreed the Councillors would contact the Lowe clerk about a joint bid."]
    assert sorted(_tasks(items)["7"]) == ["The Clerk to circulate the survey results to members", "The Councillors to contact the Lowe clerk about a joint bid"]


def test_clauses_lettered_in_capitals_without_brackets_are_each_a_clause(tmp_path):
    text = _HALE.replace("Hale Parish Council", "the Hale Combined Authority Board") + (
        "1. Membership\n\nThe Board heard of two changes to its panels. The Board resolved to: A Note the change of"
        " substitute member from Lowe District Council. B Note the appointment of Councillor Dale to the Audit Committee."
        " C Approve the revised terms of reference.\n\n"
        "2. Taxi licensing\n\nOfficers gave a short update on the new taxi test centre.\n"
        "A The Regulatory Committee noted the progress made on the test centre.\n"
        "B The Regulatory Committee noted that a fuller paper will come in June.\n"
    )
    _, items = stored_text(tmp_path, "board.txt", text)
    clauses = _clauses(items)
    assert clauses["1"] == [
        "Note the change of substitute member from Lowe District Council.",
        "Note the appointment of Councillor Dale to the Audit Committee.",
        "Approve the revised terms of reference.",
    ]
    assert len(clauses["2"]) == 2


def test_only_work_followed_through_is_a_task_in_hand():
    assert extract_from_minutes("The Chairman is attending the course on Saturday.") == []
    assert extract_from_minutes("The Clerk is reporting that the grant has been paid.") == []
    assert [action.owners for action in extract_from_minutes("JB is currently arranging a meeting with the school.")] == [("JB",)]


def test_a_serial_printed_with_noughts_is_found_between_its_neighbours(tmp_path):
    text = (
        "May 2031 Minutes\nCllr B Dale; Cllr S Moss; Cllr T Reed.\n"
        "011/31 Apologies for absence and reasons given: Cllr Hart sent her apologies. It was resolved to accept them.\n"
        "012/31 To receive any declarations of interest: None\n"
        "013/31 Notes of the April meeting (4.4.31) to be confirmed and signed as minutes.\n"
        "Members accepted the notes as the minutes.\n"
        "014/31 Financial matters: Accounts for payment\nIt was resolved to authorise the payments.\n"
        "015/31 Planning: None\n"
    )
    _, items = stored_text(tmp_path, "hale.txt", text, committee="Hale Parish Council", date=dt.date(2031, 5, 9))
    assert [item.number for item, _, _ in items if item.number] == ["011/31", "012/31", "013/31", "014/31", "015/31"]


def test_an_items_title_may_open_with_its_year(tmp_path):
    text = _HALE + "".join(f"{n} {title}\n\nNone.\n\n" for n, title in enumerate(
        ["Apologies", "Declarations of Interest", "2029-2030 Annual Audit", "Code of Conduct", "Bank Reconciliation"], 1))
    _, items = stored_text(tmp_path, "hale.txt", text)
    assert [item.title for item, _, _ in items if item.number][2] == "2029-2030 Annual Audit"


def test_a_run_printed_without_stops_goes_on_in_sentences(tmp_path):
    text = (
        "Minutes of the meeting of the Trustees of the Hale Playing Field held on 3 May 2030\n\n"
        + "".join(f"{n} {title}\nNone.\n\n" for n, title in zip(range(165, 170), [
            "Apologies for absence", "Minutes of the last meeting", "Matters arising", "Declarations of interest", "Playground repairs"]))
        + "170 A grant of \u00a360 was authorised for the churchyard mower.\n"
        "171 The goal posts need new nets and the Clerk will ask two suppliers for prices.\n\n"
        "172 The trustees meet next on 4th February.\n"
    )
    _, items = stored_text(tmp_path, "trust.txt", text)
    assert [item.number for item, _, _ in items if item.number] == [str(n) for n in range(165, 173)]


def test_welsh_action_lines_and_a_decision_after_its_reasons_with_a_colon(tmp_path):
    found = [(action.text, action.owners) for action in extract_from_minutes("Gweithredu: Clerc i gael dyfynbris ar gyfer y to")]
    assert found == [("Clerc i gael dyfynbris ar gyfer y to", ("Clerc",))]
    found = [(action.text, action.owners) for action in extract_from_minutes("Action: Clerc i ysgrifennu at y Cyngor Sir.")]
    assert found == [("Clerc i ysgrifennu at y Cyngor Sir", ("Clerc",))]
    text = _HALE + (
        "1. Cynllun argyfwng\n\nBydd y neuadd ar gael os bydd llifogydd. Er mwyn paratoi, penderfynwyd:\n\n"
        "A. Prynu cyflenwad o fasgiau a menig i'w defnyddio petai angen.\n\nB. Bydd angen cronfa o \u00a320 i weini te.\n"
    )
    _, items = stored_text(tmp_path, "llan.txt", text)
    assert _clauses(items)["1"][0].startswith("Prynu cyflenwad o fasgiau")


def test_waiting_and_a_post_held_over_are_not_tasks():
    assert extract_from_minutes("Fines for dropped litter begin in May. We agreed to wait and see if they make a difference.") == []
    assert extract_from_resolution("to continue the appointment of a Vice Convener", "agreed") == []
    assert extract_from_resolution("to wait until the next meeting to see if a second price arrives", "agreed") == []


def test_more_minute_numbers_from_the_fourteenth_set(tmp_path):
    glued = _HALE + "".join(f"{n}{title}\n\nNone.\n\n" for n, title in zip(range(1042, 1047), [
        "Election of Chairman", "Chairman's Declaration of Acceptance", "Election of Vice-Chairman", "To review and adopt Standing Orders", "Apologies"]))
    _, items = stored_text(tmp_path, "glued.txt", glued)
    assert [item.number for item, _, _ in items if item.number] == [str(n) for n in range(1042, 1047)]
    council_year = _HALE + "".join(f"{n:03d}/29-30 {title}: None.\n\n" for n, title in zip(range(66, 70), [
        "APOLOGIES FOR ABSENCE", "DECLARATIONS OF INTERESTS", "DISPENSATIONS", "POLICE REPORT"]))
    (tmp_path / "year").mkdir()
    _, items = stored_text(tmp_path / "year", "year.txt", council_year)
    assert [item.number for item, _, _ in items if item.number] == ["066/29-30", "067/29-30", "068/29-30", "069/29-30"]


def test_a_meetings_day_and_month_before_its_minutes_numbers_them_only_where_they_run(tmp_path):
    text = ("Minutes of the Meeting of the Council held on 3rd July 2031\n\n"
            + "".join(f"03-07-{n} {title}\n\n" for n, title in enumerate(["Present Cllrs A Dale and B Moss", "Apologies  Cllr Reed",
                                                                           "Declaration of Interest  None", "Minutes  Approved.", "Matters Arising"], 1)))
    _, items = stored_text(tmp_path, "hale.txt", text, committee="Hale Parish Council")
    assert [item.number for item, _, _ in items if item.number] == [f"03-07-{n}" for n in range(1, 6)]
    letters = _HALE + "1. Correspondence\n\n" + "".join(f"{day}-0{month}-31 Letter from the county about roads\n" for day, month in ((12, 4), (19, 4), (26, 4))) + "\n2. Planning\n\nNone.\n"
    (tmp_path / "letters").mkdir()
    _, items = stored_text(tmp_path / "letters", "letters.txt", letters)
    assert [item.number for item, _, _ in items if item.number] == ["1", "2"]


def test_headings_in_capitals_ending_in_a_colon_are_items_not_one_items_page(tmp_path):
    text = (
        "PRESENT:\nParish Councillors Mrs A Dale, Mr B Moss and the Clerk.\nAPOLOGIES:\nwere received from Mr C Reed.\n"
        "MINUTES:\nThe Minutes of the previous meeting were approved as a true record and\nsigned by the Chairman.\n"
        "MATTERS ARISING:\nThese would be taken as they came up on the agenda.\n"
        "OPEN FORUM:\nNo one wished to speak on this\noccasion.\n"
        "PLAYGROUND:\nMrs Dale had checked the swings during the month and found\nthem in good order.\n"
    )
    _, items = stored_text(tmp_path, "hale.txt", text, committee="Hale Parish Council", date=dt.date(2031, 5, 9))
    titles = [item.title for item, _, _ in items]
    for title in ("Minutes", "Matters Arising", "Open Forum", "Playground"):
        assert title in titles


# --- the review's cases ------------------------------------------------------------------------------------------------


def test_dashed_points_under_the_pages_own_headings_stay_points(tmp_path):
    text = (
        "Minutes of the meeting of Kelby Community Council held on Tuesday 14 May 2030 at the Memorial Hall\n\n"
        "PRESENT\nCouncillors A Dale (Chair), B Moss\n\nAPOLOGIES\nCouncillor C Reed.\n\n"
        "MINUTES OF THE LAST MEETING\nThe minutes of the April meeting were approved.\n\n"
        "PLANNING\n- Land at Mill Lane, two houses\nNo objection.\n- The old forge, conversion\nSupported.\n"
        "- Orchard House, rear extension\nNo comment.\n- The Old Rectory, new windows\nNo objection.\n\n"
        "FINANCE\nThe balance stands at \u00a34,210.\n\nHIGHWAYS\nThe Clerk will chase the county about the pothole.\n"
    )
    _, items = stored_text(tmp_path, "kelby.txt", text)
    titles = [item.title for item, _, _ in items]
    assert "Minutes of the Last Meeting" in titles and "Finance" in titles and "Highways" in titles


def test_shorthand_about_things_made_or_sent_or_signs_to_read_keeps_its_task():
    texts = [action.text for action in extract_from_minutes(
        "Repairs made to the churchyard wall to be checked by the Clerk. New signs to read 'Private Road' to be ordered."
    )]
    assert any(text.startswith("The Clerk to check Repairs made to the churchyard wall") for text in texts)  # (its doer named first since the sixty-first step)
    assert any(text.startswith("Order new signs to read") for text in texts)


def test_a_planning_proposal_line_keeps_the_decisions_on_it(tmp_path):
    text = _HALE + (
        "1. Planning\n\nProposal: Single storey rear extension at 4 Mill Lane. Members had no objection. Agreed to send the comments"
        " to the district by 10 May.\n"
    )
    _, items = stored_text(tmp_path, "hale.txt", text)
    # (since the thirty-fifth step, the members' comment on the application is a decision of its own)
    assert _clauses(items)["1"] == [
        "Proposal: Single storey rear extension at 4 Mill Lane. Members had no objection.", "Agreed to send the comments to the district by 10 May."
    ]
    assert _tasks(items)["1"] == ["Send the comments to the district by 10 May"]


def test_review_cases_of_tasks_that_are_not_the_councils():
    assert tasks("Mr Patel is seeking consent to fell the oak tree.") == []
    assert tasks("SSE is investigating the power cuts.") == []
    assert tasks("NT is investigating the collapse of its boundary wall.") == []
    assert tasks("Cllr Reed is seeking re-election at the by-election in June.") == []
    assert tasks("Cllr Hart is preparing to step down in May.") == []
    assert [owners for _, owners in tasks("Litter pick to be arranged - TBC")] == [()]
    assert tasks("The Clerk and RFO will check the bank statements.")[0][1] == ("the Clerk", "the RFO")


def test_review_cases_of_decisions_that_are_not_the_councils(tmp_path):
    text = _HALE + (
        "1. Hall\n\nThe hall committee met in March. The minutes were approved by the hall committee in March and are on the website.\n\n"
        "2. Elections\n\nThe report on the May elections was received. The three district councillors for the ward were all elected unopposed.\n\n"
        "3. Chair\n\nCllr Moss was asked to take the Chair at the Annual Meeting in May. It was agreed that Cllr Moss would take the Chair at the Annual Meeting in May.\n\n"
        "4. Lettings\n\nThe new rates start in May.The Clerk will thank the caretaker for her help.\n\n"
        "5. Hall\n\nAgreed by all present that the boiler be serviced before winter.\n"
    )
    _, items = stored_text(tmp_path, "hale.txt", text)
    clauses = _clauses(items)
    assert clauses["1"] == [] and clauses["2"] == []
    assert _tasks(items)["3"] == ["Cllr Moss to take the Chair at the Annual Meeting in May"]
    assert [item.title for item, _, _ in items if not item.number] == []
    assert clauses["5"] == ["Agreed by all present that the boiler be serviced before winter."]


def test_numbers_with_a_month_of_one_figure_or_an_underscore(tmp_path):
    text = _HALE + "".join(f"31/6/{n} {title}\n\nNone.\n\n" for n, title in zip(range(49, 53), ["Declarations of Interest", "Public Participation", "County Councillor update", "Standing Orders"]))
    _, items = stored_text(tmp_path, "hale.txt", text)
    assert [item.number for item, _, _ in items if item.number] == ["31/6/49", "31/6/50", "31/6/51", "31/6/52"]
    text = _HALE + "".join(f"2031-06_{n}. {title}\n\nNone.\n\n" for n, title in enumerate(["Public Participation Session", "Apologies for Absence", "Declaration of Interest"], 1))
    (tmp_path / "under").mkdir()
    _, items = stored_text(tmp_path / "under", "hale.txt", text)
    assert [item.number for item, _, _ in items if item.number] == ["2031-06_1", "2031-06_2", "2031-06_3"]


def test_minutes_flattened_onto_one_line_with_labels_in_capitals(tmp_path):
    body = (
        "KELBY BOROUGH COUNCIL MONTHLY COUNCIL MEETING 5 AUGUST 2031 Minutes of meeting held in the Council Offices at 7.30 pm."
        " PRESENT: In the Chair: Alderman A Dale. Councillors B Moss and C Reed. APOLOGIES: Councillor D Hart."
        " MINUTES: The minutes of the meeting held on 10 June 2031 were approved and signed. MATTERS ARISING: - None."
        " MINUTES OF AUDIT COMMITTEE: The minutes of the Audit Committee meeting held on 12 March 2031 were approved by Council."
        " CHIEF EXECUTIVES REPORT: The Director presented the report for August 2031 and it was adopted. "
    )
    _, items = stored_text(tmp_path, "kelby.txt", body * 2, committee="Kelby Borough Council")
    titles = [item.title for item, _, _ in items]
    for title in ("Minutes", "Matters Arising", "Minutes of Audit Committee", "Chief Executives Report"):
        assert title in titles


def test_more_outcomes_from_the_fourteenth_set(tmp_path):
    text = _HALE + (
        "1. Speed limits\n\nThe Clerk circulated her reply on the county's consultation about Mill Lane. Members AGREED that the reply"
        " said enough and no further comment was needed.\n\n"
        "2. Hedges\n\nThe second price had only just arrived. RESOLVED to defer the hedge work to the next meeting, so it could"
        " be sent round first.\n\n"
        "3. Reports\n\nThe quarterly performance report for April to June was approved by members.\n\n"
        "4. Clerk's report\n\nThe items for information were noted and the report was adopted on the proposal of Cllr Dale, seconded"
        " by Cllr Moss.\n\n"
        "5. Minutes\n\nWith these corrections the minutes were passed by resolution of the council.\n\n"
        "6. Grants\n\nThe village hall grant was approved by the Lottery in May.\n"
    )
    _, items = stored_text(tmp_path, "hale.txt", text)
    clauses = _clauses(items)
    assert clauses["1"] == ["Members AGREED that the reply said enough and no further comment was needed."]
    assert clauses["2"] == ["to defer the hedge work to the next meeting, so it could be sent round first."]
    assert not [task for task in _tasks(items)["2"] if task.startswith(("Send", "Circulate"))]  # (why it was deferred, no task of its own)
    assert clauses["3"] == ["The quarterly performance report for April to June was approved by members."]
    assert len(clauses["4"]) == 1 and len(clauses["5"]) == 1
    assert clauses["6"] == []


# --- the second review's cases -----------------------------------------------------------------------------------------


def test_a_minutes_own_labels_in_capitals_are_not_its_items(tmp_path):
    text = (
        "Minutes of the meeting of Wrenby Parish Council held on 2 April 2030\n\n"
        "Apologies\nNone were received.\n\n"
        "Minutes of the last meeting\nThe minutes were approved.\n\n"
        "Village Hall roof\nThe Clerk presented two quotes for the repair.\nPROPOSAL:\nTo accept the lower quote.\nRESOLVED:\nThe lower quote was accepted.\n"
        "ACTION:\nThe Clerk to place the order.\n\n"
        "Playing field\nThe grass was cut in March.\nRESOLVED:\nTo cut it monthly from May.\n"
    )
    _, items = stored_text(tmp_path, "wrenby.txt", text)
    titles = [item.title for item, _, _ in items]
    assert "Village Hall roof" in titles and "Playing field" in titles
    assert "Resolved" not in titles and "Proposal" not in titles and "Action" not in titles


def test_one_items_web_page_with_its_decision_labels_stays_one_item(tmp_path):
    text = (
        "Budget Monitoring Report Quarter 2\n\nTo consider the budget position at the end of September.\n\nMinutes:\n\n"
        "The Cabinet considered the report of the Director of Finance.\n\nRESOLVED:\n\nThat the report be noted.\n\n"
        "REASON FOR DECISION:\n\nTo keep the budget under review.\n\nALTERNATIVE OPTIONS CONSIDERED:\n\nNone.\n"
    )
    _, items = stored_text(tmp_path, "page.txt", text, committee="Cabinet", date=dt.date(2030, 10, 14))
    assert [item.title for item, _, _ in items] == ["Budget Monitoring Report Quarter 2"]


def test_the_second_reviews_tasks_and_decisions(tmp_path):
    assert tasks("The Clerk is obtaining quotes and will report to the next meeting.") == [
        ("The Clerk to obtain quotes", ("the Clerk",)), ("The Clerk to report to the next meeting", ("the Clerk",))]
    assert tasks("JAB is looking into the cost of a defibrillator.") == [("JAB to look into the cost of a defibrillator", ("JAB",))]
    assert tasks("The Clerk is preparing to submit the grant bid.")[0][1] == ("the Clerk",)
    assert tasks("MBC is seeking enforcement on the yard.") == []
    assert tasks("The Clerk and JD will inspect the footpaths.")[0][1] == ("the Clerk", "JD")
    assert tasks("The annual report to be circulated to all members so it can be discussed in May.") != []
    found = extract_from_resolution("that Cllr Green should take the chair while the Chairman left the room", "agreed")
    assert found == []
    text = _HALE + (
        "1. Officers\n\nThe Chair, Vice-Chair and Treasurer were all re-elected.\n\n"
        "2. Minutes\n\nThe minutes of the March meeting were circulated. The minutes were approved by councillors present.\n\n"
        "3. Reports\n\nThe Clerk reported that the bid was approved by the board of the wind farm fund in March.\n\n"
        "4. Filing\n\nThe minutes were passed to the Clerk for filing.\n\n"
        "5. Sign\n\nWhen the sign was put up in 1998, it was decided not to light it.\n"
    )
    _, items = stored_text(tmp_path, "hale.txt", text)
    clauses = _clauses(items)
    assert clauses["1"] == ["The Chair, Vice-Chair and Treasurer were all re-elected."]
    assert clauses["2"] == ["The minutes were approved by councillors present."]
    assert clauses["3"] == [] and clauses["4"] == [] and clauses["5"] == []


def test_a_list_of_doers_with_commas_keeps_every_doer():
    found = [(action.text, action.owners) for action in extract_from_minutes("Cllr Dale, Cllr Moss and Cllr Reed to inspect the footpaths.")]
    assert found == [("Cllr Dale, Cllr Moss and Cllr Reed to inspect the footpaths", ("Cllr Dale", "Cllr Moss", "Cllr Reed"))]
    assert [action.owners for action in extract_from_minutes("JD, DM and AB to inspect the footpaths.")] == [("JD", "DM", "AB")]
    # (a post after a name and a comma is still that one person)
    assert [action.owners for action in extract_from_minutes("Stephen Marlow, Head of Service, will report back.")] == [("Stephen Marlow",)]
