"""Shapes read in the twenty-seventh step. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

import datetime as dt

from cpb_tui.actions import extract_from_resolution
from cpb_tui.importers.decisions import resolutions_from, split_decisions
from tests.stored import stored_text, tasks


def decided(text: str) -> list[str]:
    """The tasks the decision `text` gives."""
    return [action.text for action in extract_from_resolution(text, "resolved")]


# --- decisions ---------------------------------------------------------------------------------------------------------


def _clauses(lines: list[str]) -> list[tuple[str | None, str]]:
    return [(clause.lead_in, clause.text) for clause in resolutions_from(split_decisions(lines)[1])]


def test_the_movers_of_a_decision_stay_as_its_lead_in():
    # who moved and seconded it is kept with the clause, as printed, so a reader sees it and a search finds it
    assert _clauses(["It was proposed by Cllr Ives, seconded by Cllr Oduya and agreed that the notes of 4 May be signed."]) == [
        ("It was proposed by Cllr Ives, seconded by Cllr Oduya and", "Agreed that the notes of 4 May be signed."),
    ]
    assert _clauses(["On the proposal of Cllr Ives, seconded by Cllr Oduya, it was agreed that the clerk write to the school."]) == [
        ("On the proposal of Cllr Ives, seconded by Cllr Oduya, it was", "Agreed that the clerk write to the school."),
    ]
    assert _clauses(["Proposed by Cllr Ives and unanimously agreed to accept the lower tender."])[0][0] == "Proposed by Cllr Ives and"
    # a decision with no movers keeps no lead-in, and movers met mid-line (after other text) are not a lead-in
    assert _clauses(["It was agreed that the clerk write to the school."]) == [(None, "Agreed that the clerk write to the school.")]
    found = _clauses(["The hall roof leaks. On the proposal of Cllr Ives, seconded by Cllr Oduya, it was agreed to get quotes."])
    assert all(lead is None or not lead.startswith("The hall") for lead, _ in found)


def test_the_movers_lead_in_reaches_the_store_and_the_task_is_unchanged(tmp_path):
    _, items = stored_text(tmp_path, "ferne.txt", (
        "Minutes of the meeting of Ferne Vale Parish Council held on 2 July 2031\n\n"
        "1. Play area\n\nIt was proposed by Cllr Ives, seconded by Cllr Oduya and agreed that the clerk order two new swing seats.\n\n"
        "2. Close\n\nThe meeting closed at 9pm.\n"
    ))
    item, clauses, actions = items[0]
    assert clauses == ["Agreed that the clerk order two new swing seats."]
    assert [a.text for a in actions] == ["The clerk to order two new swing seats"]


# --- not tasks ---------------------------------------------------------------------------------------------------------


def test_a_named_co_option_is_the_decision_itself():
    assert decided("Council resolved to co-opt Mr Okafor.") == []
    assert decided("The council resolved to co-opt Ann Rees and Tom Vell onto the council.") == []
    # a co-option still to be made is a task, with its verb whole ("co-opt", never "co -opt")
    assert decided("Council resolved to co-opt a new member at the next meeting.") == ["Co-opt a new member at the next meeting"]
    assert decided("Agreed to re-advertise the vacancy.") == ["Re-advertise the vacancy"]


def test_minutes_agreed_to_be_a_true_record_are_no_task():
    assert decided("All present agreed to be a fair and true record, signed by the Chair") == []
    assert decided("All agreed to write to the owner of the hedge.") == ["Write to the owner of the hedge"]


def test_a_rule_for_whenever_it_arises_is_no_task():
    assert tasks("It was agreed such matters be raised as and when they arise.") == []
    assert tasks("It was agreed that the clerk would order more bin bags before the litter pick.") != []


def test_work_scheduled_to_be_finished_is_no_meeting_business():
    assert tasks("We heard the culvert work is scheduled to be completed by late October.") == []
    assert tasks("The works are scheduled to start in May.") == []
    # business put on a later meeting still is
    assert tasks("The report has been rescheduled to the December meeting.") == [("Schedule the report to the December meeting", ())]
    assert tasks("The item was scheduled for the next meeting on 4 June.") == [("Schedule the item for the next meeting on 4 June", ())]


# --- tasks -------------------------------------------------------------------------------------------------------------


def test_an_action_tag_names_people_by_title():
    assert tasks("Provide ideas for the heritage trail. Action \u2013 Mr Pryce.") == [("Provide ideas for the heritage trail", ("Mr Pryce",))]
    assert tasks("The hedge by the pond needs cutting. Action: Mrs Lake and Dr Hume.")[0][1] == ("Mrs Lake", "Dr Hume")


def test_a_log_of_actions_in_the_minutes_keeps_the_open_ones():
    assert tasks("1. Draft a risk assessment for the pavilion. Action \u2013 Mr Pryce, The Clerk. Action ongoing.") == [
        ("Draft a risk assessment for the pavilion", ("Mr Pryce", "The Clerk")),
    ]
    # what was said of it after its state is read as minutes
    found = tasks(
        "3. Compile a list of the village's small shops. Action \u2013 Mrs Lake. Action ongoing \u2013 Dr Hume to produce a leaflet for the shops."
    )
    assert found == [("Compile a list of the village's small shops", ("Mrs Lake",)), ("Dr Hume to produce a leaflet for the shops", ("Dr Hume",))]
    # a closed one is no task
    assert tasks("6. Write to Mr Dunn about the allotment lease. Action \u2013 The Clerk. Action complete \u2013 no reply yet.") == []


def test_an_action_label_in_the_middle_of_a_paragraph_marks_its_doer():
    found = tasks("Membership: Cllr Vane \u2013 resignation.  Action: Clerk to action a letter of thanks to Cllr Vane.  The chair thanked her.")
    assert found == [("Clerk to action a letter of thanks to Cllr Vane", ("Clerk",))]


def test_more_verbs_a_named_doer_is_given():
    for verb in ("compile", "generate", "design", "phone", "amend", "cancel", "survey", "print", "plant", "draw up", "sort out"):
        assert tasks(f"Cllr Hale to {verb} the list of allotment holders.") == [
            (f"Cllr Hale to {verb} the list of allotment holders", ("Cllr Hale",)),
        ], verb


def test_a_doer_heading_a_task_after_a_dash_owns_it():
    assert tasks("KT \u2013 to share the craft stall with the school") == [("KT to share the craft stall with the school", ("KT",))]
    assert tasks("Clerk \u2013 to write to the bus company") == [("Clerk to write to the bus company", ("Clerk",))]
    # a topic before the dash is no doer, nor a council's letters
    assert tasks("Bus shelter - to follow up and email the bus operator") == [("Follow up and email the bus operator", ())]
    assert tasks("PC \u2013 to write to the bus company")[0][1] == ()


def test_an_owner_tag_to_action_in_any_case():
    assert tasks("Agreed 200 raffle tickets are wanted, not 100 \u2013 RB to Action") == [
        ("Agreed 200 raffle tickets are wanted, not 100", ("RB",)),
    ]


def test_the_meetings_own_procedure_is_no_task():
    assert tasks("Members present will be asked to confirm that the minutes from April are a true record.") == []
    assert tasks("The Chair will invite the public to indicate whether anyone would like to speak.") == []
    assert tasks("Cllr Dale said she would take no part in the allotments item and would step out.") == []
    assert decided("The Committee agreed to allow Mr Penn to speak.") == []


# --- items -------------------------------------------------------------------------------------------------------------


def _numbers(items) -> list[str | None]:
    return [item.number for item, _, _ in items]


def _numbered(items) -> list[str]:
    """The numbers of the items that have one."""
    return [number for number in _numbers(items) if number]


def test_business_lettered_with_no_numbers(tmp_path):
    _, items = stored_text(tmp_path, "licensing.txt", (
        "HACKNEY CARRIAGE PANEL\n\nRecord of the hearing on 9 March 2031.\n\nPresent: Councillors A. Bell and C. Dunn.\n\n"
        "(a)       Choosing a Chair\n\nCouncillor A. Bell took the chair for the hearing.\n\n"
        "(b)       Interests\n\nNone were declared.\n\n"
        "(c)       Renewal of a driver's badge - Mr Q\n\nThe Panel heard from the driver.\n"
    ))
    assert _numbers(items)[-3:] == ["(a)", "(b)", "(c)"]
    assert [item.title for item, _, _ in items][-3:][0] == "Choosing a Chair"


def test_lettered_lines_of_one_list_stay_points(tmp_path):
    _, items = stored_text(tmp_path, "council.txt", (
        "Record of the Licensing Committee's meeting on 2 April 2031\n\nApologies\n\nNone.\n\n"
        "Panels' records\n\n(a)  To note the Panel's record of 17 January 2031\n\n"
        "(b)  To note the Panel's record of 2 March 2031\n\n"
        "(c)  To note the Panel's record of 21 March 2031\n\nAll three were noted.\n"
    ), committee="Licensing Committee")
    assert "(a)" not in _numbers(items)


def test_a_councils_minute_references_with_month_and_year(tmp_path):
    _, items = stored_text(tmp_path, "eden.txt", (
        "Council Minutes: 26 November 2031\n\nPresent: Councillor P Quarry (Chairman)\n\n"
        "Cl/58/11/31 Apologies for Absence\n\nCouncillor Bray sent apologies.\n\n"
        "Cl/59/11/31/ Declarations of Interest\n\nNone.\n\n"
        "Cl/60/11/31 Minutes\n\nThe September minutes were agreed.\n"
    ))
    assert _numbered(items) == ["Cl/58/11/31", "Cl/59/11/31/", "Cl/60/11/31"]


def test_a_page_flattened_whole_with_numbers_in_brackets_before_titles_in_capitals(tmp_path):
    _, items = stored_text(tmp_path, "cromer.txt", (
        "12 MAY 2031 Record of the PLANNING PANEL, sitting in the Town Hall on Wells Road from 10.00 am, those attending being: "
        "Councillors A Bell (Chair) C Dunn E Frost G Hale, with Mr J King for the planning service "
        "(27) APOLOGIES AND SUBSTITUTES Nobody sent any. "
        "(28) MINUTES The Panel's record of 14 April 2031 was agreed and the Chair signed it. (29) URGENT MATTERS Nothing was "
        "raised. (30) INTERESTS Nobody declared one. (31) APPLICATIONS The Panel went through the list of eleven applications "
        "received since April, taking the two larger schemes first and the householder extensions after them."
    ), committee="Planning Panel")
    assert _numbered(items) == ["27", "28", "29", "30", "31"]


def test_who_was_there_known_by_initials_makes_the_page_a_record(tmp_path):
    _, items = stored_text(tmp_path, "lights.txt", (
        "Lights committee 30 November 2031\n\n"
        "Ivy Lund (IL) (Chair), Ned Oakes (NO) (Secretary), Pam Quill (PQ), Sam Tarn (ST).\n\n"
        "  1. Apologies: Una Vale\n\n  1. Matters Arising:\n\n  1. Actions from last meeting:\n\n"
        "  \u2022 ST \u2013 to check the socket on the lamp post by the pond\n  \u2022 The stall is booked, PQ to print a notice\n"
    ), committee="Lights Committee")
    found = [(a.text, a.owners) for _, _, actions in items for a in actions]
    assert ("ST to check the socket on the lamp post by the pond", ("ST",)) in [(t, tuple(o)) for t, o in found]


def test_two_things_to_be_done_joined_by_and_are_two_tasks():
    assert tasks("The hedge to be cut and the bins to be emptied.") == [("Cut the hedge", ()), ("Empty the bins", ())]
    assert [t for t, _ in tasks("The asset register to be checked and a fresh insurance quote to be obtained.")] == [
        "Check the asset register", "Obtain a fresh insurance quote",
    ]
    # a second part that is no task (decided at a later meeting) leaves the sentence whole
    assert [t for t, _ in tasks("Quotes to be obtained and the best one to be accepted at the next meeting.")] == [
        "Obtain Quotes and the best one to be accepted at the next meeting",
    ]


def test_more_things_to_be_done_in_the_passive():
    assert tasks("The inventory to be annotated with replacement costs.") == [("Annotate the inventory with replacement costs", ())]
    assert tasks("It was agreed that the rules for booking the pavilion should be clarified.") == [
        ("Clarify the rules for booking the pavilion", ()),
    ]


def test_a_decision_approving_a_team_to_act_is_its_task():
    assert [(a.text, a.owners) for a in extract_from_resolution("To approve the Events Team to invite the primary schools;", "resolved")] == [
        ("The Events Team to invite the primary schools", ("the Events Team",)),
    ]
    # approving a paper, never a doer
    assert decided("To approve the Full Council Minutes of 2 March 2031, altered to remove Cllr Pugh from those present.") == []
    assert decided("To approve the Scheme of Delegation to take effect from April.") == []


def test_a_working_group_to_confirm_arrangements_has_a_task():
    assert [(a.text, a.owners) for a in extract_from_resolution("The Lantern Parade working group to confirm the final arrangements.", "resolved")] == [
        ("The Lantern Parade working group to confirm the final arrangements", ("the Lantern Parade working group",)),
    ]
    # the committee noting or confirming the minutes has none
    assert decided("The Board to note the report.") == []
    assert decided("Members to confirm that the minutes were a true record.") == []


def test_minutes_adopted_with_their_movers_then_another_decision_are_two_clauses():
    found = _clauses(["Last month's minutes were adopted, proposed by Ann Rees, seconded by Tom Vell. It was agreed to circulate the draft plan."])
    assert [text for _, text in found] == [
        "Last month's minutes were adopted, proposed by Ann Rees, seconded by Tom Vell.", "Agreed to circulate the draft plan.",
    ]
    # movers alone before a decision are that decision's, not a decision of their own
    assert [text for _, text in _clauses(["Proposed Cllr Ives, seconded Cllr Oduya. It was resolved that the clerk order the bench."])] == [
        "that the clerk order the bench.",
    ]


def test_a_report_adopted_after_a_sentence_is_a_decision():
    found = _clauses(["The report had gone to members beforehand. The Committee adopted the report and the steps set out in it."])
    assert [text for _, text in found] == ["The Committee adopted the report and the steps set out in it."]
    found = _clauses(["b) Memorial bench: where it should go. Cllrs decided to put the question on the next agenda."])
    assert [text for _, text in found] == ["Cllrs decided to put the question on the next agenda."]


def test_minute_numbers_closed_by_the_year_the_heading_names(tmp_path):
    _, items = stored_text(tmp_path, "allotments.txt", (
        "Plots Group notes, January 2031\n\nNotes of the plots group, which met in the Reading Room on 14 January 2031 at 7.45pm.\n"
        "Attending: Councillors Bell, Frost and Rose.\n"
        "25.31 Apologies to note.\nCllr Hale sent hers.\n"
        "26.31 Interests to declare.\nNone.\n"
        "27.31 Notes of the September gathering to approve.\nAgreed and signed.\n"
        "28.31 Clerk's report.\nThe clerk went to the county's plot holders' forum.\nPlot 12B\nNobody rents it.\n"
    ), committee="Plots Group", date=dt.date(2031, 1, 14))
    assert _numbered(items) == ["25.31", "26.31", "27.31", "28.31"]
    # paragraphs numbered under their items ("4.1 The clerk reported ...") are not read so: the year must be the heading's
    _, items = stored_text(tmp_path, "other.txt", (
        "Minutes of the Finance Committee held on 3 March 2031\n\n4. Budget\n\n4.12 The clerk reported on the budget.\n\n"
        "5. Grants\n\n5.12 The clerk reported on the grants.\n\n6. Hall\n\n6.12 The clerk reported on the hall.\n"
    ))
    assert _numbered(items) == ["4", "5", "6"]


def test_minutes_numbered_by_year_and_serial_over_sentences(tmp_path):
    _, items = stored_text(tmp_path, "brook.txt", (
        "Notes of the council's meeting, 7.15pm, Monday 3rd November 2031\n\nPresent: A Bell (Chairman), C Dunn and E Frost.\n\n"
        "31/555 Cllr Bell opened the meeting and thanked residents for coming.\n\n31/556 Apologies: G Hale, who is away.\n\n"
        "31/557 Interests: none.\n\n31/558 October notes - agreed and signed as accurate.\n"
    ), committee="Brook Parish Council")
    assert _numbered(items) == ["31/555", "31/556", "31/557", "31/558"]


def test_agreeing_to_note_what_was_heard_is_no_task():
    assert tasks("The Windfarm Trust agreed to note the information shared.") == []
    assert tasks("Members agreed to note the report.") == []
    # a report still to come is
    assert tasks("Members agreed to receive the report at the next meeting.") == [("Members to receive the report at the next meeting", ("members",))]
    assert decided("Agreed that the facilitator may adjust the plan between meetings, as the need arises.") == []


# --- the review of this step's rules -------------------------------------------------------------------------------


def test_review_people_the_task_is_done_to_are_never_its_doers():
    assert tasks("Parking on the green was raised \u2013 Mr Hale to be invited to the next meeting.")[0][1] == ()
    assert all(owners == () for _, owners in tasks("A letter was received about bonfires \u2013 Mrs Ames to be sent a reply."))
    # a resident the letter goes to, and a topic's letters, are never doers
    assert tasks("Mr Dunn \u2013 to write to him thanking him for his letter")[0][1] == ()
    assert tasks("VAS \u2013 to order a second sign for the Green Lane approach")[0][1] == ()
    assert tasks("CIL \u2013 to review the spending plan with the district council")[0][1] == ()


def test_review_a_task_ending_as_and_when_keeps_it():
    assert tasks("Clerk to write to the landowner and update members as and when necessary.") == [
        ("Clerk to write to the landowner and update members as and when necessary", ("Clerk",)),
    ]
    assert decided("RESOLVED that the Clerk write to the landowner and report back as and when necessary.") != []


def test_review_lettered_points_under_headings_stay_points(tmp_path):
    _, items = stored_text(tmp_path, "holm.txt", (
        "Minutes of the meeting of Holm Parish Council held on 3 March 2031\n\nApologies for absence\n\nNone.\n\n"
        "Minutes of the last meeting\n\nThe minutes of 3 February were approved and signed.\n\nPlanning\n\n"
        "(a) Erection of a garage at 4 Mill Lane\n\nNo objection.\n\n(b) Two storey extension at The Old Forge\n\nNo objection.\n\n"
        "(c) Change of use of barn at Lower Farm\n\nObjection on highway grounds.\n\nHighways\n\nClerk to report the potholes on Mill Lane.\n"
    ))
    titles = [item.title for item, _, _ in items]
    assert "Highways" in titles and "Minutes of the last meeting" in titles
    assert "(a)" not in _numbers(items)


def test_review_approving_a_thing_or_a_body_gives_no_task():
    assert decided("To approve the Tennis Club Lease to run until 2040.") == []
    assert decided("To approve the Bowls Club to use the field on Saturdays.") == []
    assert [(a.text, a.owners) for a in extract_from_resolution("RESOLVED to approve the Lengthsman to carry out drain clearance in May.", "resolved")] == [
        ("The Lengthsman to carry out drain clearance in May", ("the Lengthsman",)),
    ]


def test_review_two_passives_inside_a_wish_a_question_or_a_request_stay_whole():
    assert tasks("It was not felt necessary for the grass to be cut and the hedges to be trimmed before March.") == []
    assert [owners for _, owners in tasks("Clerk to arrange for the hedge to be cut and the bins to be emptied before the fete.")] == [("Clerk",)]


def test_review_an_action_log_row_needs_its_task_in_the_imperative():
    assert tasks("Bench on the green. Action \u2013 Cllr Ray to obtain quotes for a recycled bench. Action outstanding.") == [
        ("Cllr Ray to obtain quotes for a recycled bench", ("Cllr Ray",)),
    ]
    assert all("wrote" not in text for text, _ in tasks("Clerk wrote to the landowner about the fly-tipping. Action \u2013 Clerk. Action ongoing."))
    # a log's status is never a doer: "they" are the row's owners
    assert tasks("Christmas lights. Action \u2013 LM and KK. Action ongoing \u2013 they will test the lights in November.") == [
        ("LM and KK to test the lights in November", ("LM", "KK")),
    ]


def test_review_decisions_to_be_discussed_or_scheduled_later_keep_their_task():
    assert decided("Agreed to be discussed at the next meeting.") != []
    assert tasks("The external auditor's report is scheduled to be presented to the September meeting.") != []


def test_review_an_action_label_before_a_report_is_no_task():
    assert tasks("The path is clear. Action: Clerk reported that Highways had agreed to clear the ditch in June.") == []
    assert tasks("The minutes were approved. Action: Chairman to sign.") == []


def test_review_procedure_guards_keep_real_tasks():
    assert tasks("Cllr Moss is to invite members of the public to put forward nominations for the community award.") != []
    assert tasks("Cllr Iles to contact the school to ensure pupils take no part in the fireworks set-up.") != []


def test_review_old_minute_references_and_bracketed_lists_are_not_items(tmp_path):
    _, items = stored_text(tmp_path, "holm.txt", (
        "Minutes of the meeting of Holm Parish Council held on 3 March 2031\n\n51. Matters arising\n\n"
        "Min/44/04/31 Footpath \u2013 the stile has been mended.\n\nMin/45/04/31 Bench \u2013 the bench is on order.\n\n"
        "Min/46/04/31 Verges \u2013 cut in April.\n\n52. Planning\n\n"
        "The council considered: (1) LOWER HOLM FARM PF/31/0044 Erection of a barn. No objection. (2) THE OLD FORGE PF/31/0051 "
        "Extension to the rear. No objection. (3) MILL COTTAGE PF/31/0060 Replacement windows. No objection. (4) CHURCH VIEW "
        "PF/31/0062 New porch. No objection. These were all the applications received by the council in the period since the "
        "last meeting, and the clerk was asked to send the council's comments to the planning authority by the end of the month "
        "so that they could be considered before the decisions were made.\n\n53. Close\n\nThe meeting closed at 9pm.\n"
    ))
    assert _numbered(items) == ["51", "52", "53"]


def test_review_decisions_and_tasks_wrong_before_the_step():
    # movers after a sentence of the same paragraph
    found = _clauses(["Potholes were reported on Mill Lane. On the proposal of Cllr Tate, seconded by Cllr Moss, it was agreed that the clerk report them to Highways."])
    assert [text for _, text in found] == ["Agreed that the clerk report them to Highways."]
    # the clerk's own verb after the council's decision
    assert [(a.text, a.due_words) for a in extract_from_resolution(
        "that the Council object to the application and the clerk submit the objection by 20 April.", "resolved")] == [
        ("The clerk to submit the objection by 20 April", "by 20 April"),
    ]
    # an action line with two doers' tasks
    assert tasks("Action: Clerk to obtain quotes, Cllr Bell to inspect.") == [
        ("Clerk to obtain quotes", ("Clerk",)), ("Cllr Bell to inspect", ("Cllr Bell",)),
    ]


# --- the second review --------------------------------------------------------------------------------------------


def test_second_review_noting_that_goes_on_to_a_task_keeps_it():
    assert tasks("County Cllr Gale agreed to note the comments and raise them with Highways.") != []
    assert tasks("Clerk to write to the District to note the comments of residents about the footpath.") != []


def test_second_review_movers_stay_with_their_own_decision():
    found = _clauses([
        "It was proposed by Cllr Abel, seconded by Cllr Barr and agreed that the Clerk write to the school. It was agreed that the Clerk order a new bin.",
    ])
    assert found == [
        ("It was proposed by Cllr Abel, seconded by Cllr Barr and", "Agreed that the Clerk write to the school."),
        (None, "Agreed that the Clerk order a new bin."),
    ]
    found = _clauses([
        "It was proposed by Cllr Abel, seconded by Cllr Barr and agreed that the Clerk write to the school.", "",
        "It was proposed by Cllr Cole, seconded by Cllr Dunn and agreed that the Clerk write to the hall.",
    ])
    assert [lead for lead, _ in found] == ["It was proposed by Cllr Abel, seconded by Cllr Barr and", "It was proposed by Cllr Cole, seconded by Cllr Dunn and"]


def test_second_review_passives_sharing_a_time_or_a_doer_stay_whole():
    assert tasks("The swings to be repaired and the fence to be painted by the end of June.")[0][0].endswith("by the end of June")
    assert tasks("The pads to be replaced and the cabinet to be checked by Cllr Yates.")[0][1] == ("Cllr Yates",)


def test_second_review_approving_a_recommendation_or_leave_is_no_task():
    assert decided("RESOLVED to approve the Recommendation of the Finance Working Group to increase the precept by 3%.") == []
    assert decided("RESOLVED to approve the Football Club Secretary to mark out a pitch.") == []
    assert decided("RESOLVED to approve the Clerk to work from home two days a week.") == []
    assert decided("RESOLVED to approve the Village Hall Management Team to hold a fireworks display.") == []


def test_second_review_standing_rules_and_the_meetings_own_business_are_no_tasks():
    assert tasks("Members to ring the Clerk if they cannot attend.") == []
    assert tasks("Councillors to tell the Clerk of any potholes they see.") == []
    assert tasks("Chairman to amend the minutes before signing.") == []
    assert tasks("Clerk to amend the hire agreement as agreed tonight.") == [("Clerk to amend the hire agreement as agreed tonight", ("Clerk",))]


def test_second_review_a_resident_after_a_dash_is_no_doer():
    assert tasks("A complaint came from Mrs Ince \u2013 Mrs Ince to receive a reply from the Clerk.") == []
    assert tasks("Mr Tanner attended to ask about the allotment rents \u2013 Mr Tanner to attend the next meeting.") == []
    assert tasks("The training is on 3 May \u2013 Cllr Moss to attend.")[0][1] == ("Cllr Moss",)


def test_second_review_log_topics_are_no_tasks():
    assert tasks("Post office closure. Action \u2013 Clerk. Action ongoing.") == []
    assert tasks("Order of service for the carol concert. Action \u2013 Clerk. Action ongoing.") == []


def test_second_review_lettered_items_never_swallow_a_heading_after_them(tmp_path):
    _, items = stored_text(tmp_path, "holm.txt", (
        "Minutes of the Planning Committee of Holm Parish Council held on 3 March 2031\n\n"
        "(a) Erection of a garage at 4 Mill Lane\n\nNo objection.\n\n(b) Extension at The Old Forge\n\nNo objection.\n\n"
        "(c) Barn at Lower Farm\n\nObjection.\n\nAny other business\n\nCllr Barr to report the broken footpath sign.\n"
    ))
    assert "Any other business" in [item.title for item, _, _ in items]
    # a decision's own lettered list stays its clauses
    _, items = stored_text(tmp_path, "fees.txt", (
        "Minutes of the meeting of Holm Parish Council held on 3 March 2031\n\nHall charges\n\n"
        "RESOLVED that the following charges apply from 1 April:\n\n(a) Main hall weekday rate\n\n\u00a312 per hour\n\n"
        "(b) Main hall weekend rate\n\n\u00a315 per hour\n\n(c) Small room\n\n\u00a38 per hour\n"
    ))
    assert "(a)" not in _numbers(items)


def test_second_review_topic_letters_and_other_committees_references():
    assert tasks("NHW \u2013 to circulate the leaflet to every house")[0][1] == ()
    assert tasks("SIB \u2013 to send the entry form")[0][1] == ()


def test_second_review_another_committees_references_are_not_items(tmp_path):
    _, items = stored_text(tmp_path, "holm.txt", (
        "Minutes of the meeting of Holm Parish Council held on 3 November 2031\n\n4. Finance\n\n"
        "Fin/12/10/31 Budget \u2013 the draft was noted.\n\nFin/13/10/31 Grants \u2013 two were paid.\n\nFin/14/10/31 Audit \u2013 booked.\n\n"
        "5. Highways\n\nThe Clerk to report the potholes.\n\n6. Date of Next Meeting\n\n1 December 2031.\n"
    ))
    assert _numbered(items) == ["4", "5", "6"]


def test_second_review_an_agenda_naming_its_committee_by_initials_is_no_record(tmp_path):
    _, items = stored_text(tmp_path, "notice.txt", (
        "Holm Parish Council Play Area Group\n\nNotice of a meeting to be held on 3 March 2031 at 7pm.\n\n"
        "Members: Ann Cole (AC) (Chair), Ben Dodd (BD), Cara Eve (CE).\n\n1. Apologies\n\n2. BD to report on the quotes\n\n"
        "3. CE to present ideas for the new swings\n"
    ))
    assert all(not actions for _, _, actions in items)


def test_a_standing_delegation_of_all_functions_is_no_task():
    assert decided("To delegate to the Head of Planning, in consultation with the Leader, to carry out all the Council's statutory functions in relation to the scheme.") == []
    assert decided("To delegate authority to the Clerk to award the hedge-cutting contract.") == ["The Clerk to award the hedge-cutting contract"]


# --- the third review -------------------------------------------------------------------------------------------------


def test_third_review_passives_inside_a_doers_task_stay_whole():
    assert tasks("Clerk to write to the landowner requesting the hedge to be cut and the ditch to be cleared.") == [
        ("Clerk to write to the landowner requesting the hedge to be cut and the ditch to be cleared", ("Clerk",)),
    ]
    assert [owners for _, owners in tasks("Cllr Day to speak to the contractor about the grass to be mown and the verges to be strimmed.")] == [("Cllr Day",)]
    assert tasks("Members agreed the grass to be cut and the hedges to be trimmed.") == []


def test_third_review_a_letter_to_welcome_a_report_is_a_task():
    assert tasks("Clerk to reply to the County Council to welcome the report.") == [("Clerk to reply to the County Council to welcome the report", ("Clerk",))]


def test_third_review_a_named_doers_duty_as_and_when_is_a_task():
    assert tasks("Clerk to pass any further reports to the District Council as and when they arise.") != []
