"""Shapes read in the twenty-sixth step. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

from tests.stored import stored_text, tasks


def _clauses(items) -> dict[str, list[str]]:
    """Each numbered item's clauses, by its number."""
    return {item.number: clauses for item, clauses, _ in items if item.number}


def _tasks(items) -> dict[str, list[str]]:
    """Each numbered item's tasks, by its number."""
    return {item.number: [action.text for action in actions] for item, _, actions in items if item.number}


# --- owners ------------------------------------------------------------------------------------------------------------


def test_a_list_of_doers_who_will_act_keeps_every_doer():
    assert tasks("Cllr Pike, Cllr Hume and Cllr Varga will inspect the bridleway before the spring.") == [
        ("Cllr Pike, Cllr Hume and Cllr Varga to inspect the bridleway before the spring", ("Cllr Pike", "Cllr Hume", "Cllr Varga")),
    ]
    assert tasks("The Clerk, RT and WB will meet the surveyor at the pavilion.")[0][1] == ("the Clerk", "RT", "WB")
    assert tasks("RT and WB will meet the surveyor at the pavilion.")[0][1] == ("RT", "WB")
    # councils and bodies known by their letters are not the council's members
    assert tasks("HDC and SCC will meet the surveyor at the pavilion.") == []
    assert tasks("NT and EA will inspect the riverbank with the warden.") == []
    # a name with its post after a comma is one person, and an opening phrase is no doer
    assert tasks("After a short debate, Cllr Hume and Cllr Varga will meet the surveyor.")[0][1] == ("Cllr Hume", "Cllr Varga")


# --- decisions ---------------------------------------------------------------------------------------------------------

_ASHBY = "Minutes of the meeting of Ashby Marsh Parish Council held on 9 June 2031\n\n"


def test_a_motion_proposed_and_agreed_without_it_was_keeps_its_whole_decision(tmp_path):
    _, items = stored_text(tmp_path, "ashby.txt", _ASHBY + (
        "1. Minutes\n\nProposed by Cllr Amos, seconded by Cllr Birch and agreed that the minutes of 12 May be approved.\n\n"
        "2. Minutes of the Annual Meeting\n\nProposed by Cllr Amos and agreed that those minutes be approved and signed.\n\n"
        "3. Verges\n\nIt was proposed by Cllr Birch and agreed that the clerk write to the highways team about the verges.\n\n"
    ))
    clauses = _clauses(items)
    # the seconder's name never runs on over the vote, cutting the decision short ("that the minutes of 12 May be")
    assert clauses["1"] == ["Agreed that the minutes of 12 May be approved."]
    assert clauses["2"] == ["Agreed that those minutes be approved and signed."]
    assert clauses["3"] == ["Agreed that the clerk write to the highways team about the verges."]
    assert _tasks(items)["3"] == ["The clerk to write to the highways team about the verges"]


def test_a_span_of_minutes_is_not_the_minutes_approved(tmp_path):
    _, items = stored_text(tmp_path, "ashby.txt", _ASHBY + (
        "1. Public questions\n\nTen minutes are set aside for residents to raise matters with the council. That evening it was"
        " not taken up by anyone.\n\n"
        "2. Minutes\n\nThe 12 May minutes were approved.\n\n"
    ))
    clauses = _clauses(items)
    assert clauses.get("1", []) == []
    assert clauses["2"] == ["The 12 May minutes were approved."]


def test_a_plural_title_covers_every_name_after_it():
    assert tasks("Cllrs. Pike, Hume and Varga will lay the wreaths at the war memorial.") == [
        ("Cllrs. Pike, Hume and Varga to lay the wreaths at the war memorial", ("Cllr Pike", "Cllr Hume", "Cllr Varga")),
    ]
    assert tasks("Councillors Pike and Varga to inspect the play area.")[0][1] == ("Cllr Pike", "Cllr Varga")
    assert tasks("Councillors Pike, Hume, and Varga to inspect the play area.")[0][1] == ("Cllr Pike", "Cllr Hume", "Cllr Varga")


def test_work_in_hand_in_notes_or_in_the_passive_is_the_doers_task():
    # notes drop the "is": "Cllr Hume drafting a letter"
    assert tasks("Cllr Hume drafting a letter to the landowner about the ditch.") == [
        ("Cllr Hume to draft a letter to the landowner about the ditch", ("Cllr Hume",)),
    ]
    assert tasks("Clerk chasing the contractor for a start date.")[0][1] == ("Clerk",)
    # the same work, in the passive, with its doer after "by"
    assert tasks("The bench repair is being arranged by the Clerk.") == [("The Clerk to arrange the bench repair", ("the Clerk",))]
    assert tasks("Pavilion key rota was being organised by WB.") == [("WB to organise Pavilion key rota", ("WB",))]
    # never what others are doing, or one's own standing for office
    assert tasks("The flooding is being investigated by the police.") == []
    assert tasks("The resurfacing is being arranged by HDC.") == []
    assert tasks("RT seeking re-election in May.") == []
    assert tasks("Cllr Hume attending the training course.") == []


# --- items -------------------------------------------------------------------------------------------------------------


def test_a_years_running_minutes_glued_to_their_sentences_are_items(tmp_path):
    _, items = stored_text(tmp_path, "orchard.txt", (
        "Minutes of a meeting of the Orchard Allotments Committee held on Tuesday, 8 April 2031 at the Mill Room.\n\n"
        "31.001.Apologies were sent by Cllr Varga.\n\n"
        "31.002.Nobody declared an interest.\n\n"
        "31.003.It was resolved to approve the minutes of the meeting of 4 November 2030.\n\n"
        "31.004.Plot inspections.\n\n"
        "i.It was resolved to write to the tenants whose plots had gone to seed.\n\n"
        "ii.The clerk would map out fresh plots by the gate and Cllr Pike would mark them out with posts.\n\n"
        "iii.It was agreed the clerk would order two new water butts.\n\n"
    ))
    assert [item.number for item, _, _ in items if item.number] == ["31.001", "31.002", "31.003", "31.004"]
    assert _clauses(items)["31.003"] == ["to approve the minutes of the meeting of 4 November 2030."]
    assert sorted(_tasks(items)["31.004"]) == [
        "Cllr Pike to mark them out with posts",
        "The clerk to map out fresh plots by the gate",
        "The clerk to order two new water butts",
        "Write to the tenants whose plots had gone to seed",
    ]


# --- tasks -------------------------------------------------------------------------------------------------------------


def test_two_doers_tasks_joined_by_and_are_two_tasks():
    assert tasks("The Clerk will write to the school and Cllr Hume will visit the site.") == [
        ("The Clerk to write to the school", ("the Clerk",)),
        ("Cllr Hume to visit the site", ("Cllr Hume",)),
    ]
    assert [owners for _, owners in tasks("The Clerk will write to the school and WB will order the bench.")] == [("the Clerk",), ("WB",)]
    # a council's letters are no doer of this council's
    assert tasks("The Clerk will write to the school and HDC will repair the road.")[0][1] == ("the Clerk",)
    assert len(tasks("The Clerk will write to the school and HDC will repair the road.")) == 1


def test_a_decision_with_its_that_left_out_before_the_doer_sets_the_task():
    assert tasks("It was agreed the clerk would write to the landowner.") == [("The clerk to write to the landowner", ("the clerk",))]
    assert tasks("It was agreed Cllr Hume would visit the bridge.") == [("Cllr Hume to visit the bridge", ("Cllr Hume",))]
    assert tasks("It was agreed the accounts were in order.") == []


def test_dashed_run_in_headings_win_over_the_last_items_numbered_points(tmp_path):
    _, items = stored_text(tmp_path, "wickham.txt", (
        "Minutes of the meeting of Wickham Green Parish Council held on 6 January 2031\n\n"
        "PRESENT: Cllrs Pike, Hume and Varga, the Clerk and four residents.\n"
        "ALSO ATTENDING: Cllr Ruth Osei (ward councillor).\n"
        "- Receive apologies: Cllr Dorn sent her apologies.\n"
        "- Receive declarations of interest: Cllr Pike in respect of 9.2.\n"
        "- Approve minutes of the meeting of 2 December: Approved once the misspelt road name has been put right.\n"
        "- Receive ward councillor's report: Cllr Osei spoke about the new bus timetable.\n"
        "- Receive warden's report: The warden's notes are on the website. Cllr Hume put forward a motion to buy a second"
        " litter picker, Cllr Varga seconded, and all present were in favour, Clerk to buy.\n"
        "- Working group updates:\n"
        "9.1 Spring fair – the group will meet again on 12 February.\n"
        "9.2 Playing field: The new goalposts are in place.\n"
    ))
    titles = [item.title for item, _, _ in items]
    assert titles == [
        "Receive apologies", "Receive declarations of interest", "Approve minutes of the meeting of 2 December",
        "Receive ward councillor's report", "Receive warden's report", "Working group updates",
    ]
    clauses = {item.title: found for item, found, _ in items}
    assert clauses["Approve minutes of the meeting of 2 December"] == ["Approved once the misspelt road name has been put right."]
    assert len(clauses["Receive warden's report"]) == 1
    # the motion is no task of its mover's but the council's; the clerk named after the vote sees to it
    warden = {item.title: [(action.text, action.owners) for action in actions] for item, _, actions in items}["Receive warden's report"]
    assert warden == [("Buy a second litter picker", ("Clerk",))]


def test_a_verdict_under_a_heading_about_minutes_is_its_decision(tmp_path):
    _, items = stored_text(tmp_path, "ashby.txt", _ASHBY + (
        "1. Minutes of the previous meeting\n\nApproved subject to one correction.\n\n"
        "2. Minutes of the Annual Parish Meeting\n\nAgreed as a true record and signed.\n\n"
        "3. Report from the County Councillor\n\nApproved by the County Council last month: a new crossing.\n\n"
        "4. Notes of the last meeting\n\nAccepted.\n\n"
    ))
    clauses = _clauses(items)
    assert clauses["1"] == ["Approved subject to one correction."]
    assert clauses["2"] == ["Agreed as a true record and signed."]
    assert clauses.get("3", []) == []
    assert clauses["4"] == ["Accepted."]


def test_item_numbers_closed_by_a_comma(tmp_path):
    _, items = stored_text(tmp_path, "orchard.txt", (
        "Minutes of the Orchard Allotments Sub-Committee held on Monday 3rd March 2031\n\n"
        "      1, To appoint a note taker\n\nCllr Varga.\n\n"
        "2, To note apologies\n\nNone.\n\n"
        "3, To review the tenancy agreement\n\nAgreed to add a clause on bonfires to the tenancy.\n\n"
        "4, Date of next meeting\n\nThe next meeting is on 7 April. About 1,200 plots were let, 3, 4 or 5 to a road.\n\n"
    ))
    assert [item.number for item, _, _ in items if item.number] == ["1", "2", "3", "4"]
    assert _clauses(items)["3"] == ["Agreed to add a clause on bonfires to the tenancy."]


def test_numbers_alone_then_numbers_citing_earlier_minutes_make_one_run(tmp_path):
    _, items = stored_text(tmp_path, "ashby.txt", (
        "Ashby Marsh Parish Council\nMinutes of the council's meeting in the Reading Room on Monday 9th June 2031.\n"
        "Present – Cllrs. Amos, Birch, Dorn & Varga\n"
        "240\nAmendments to the agenda - None\n"
        "241\nDeclarations of Interest - None\n"
        "242\nThe Minutes of the council's May meeting (12 May 2031) were approved without\nchange.\n"
        "Matters arising\n"
        "243 Minute 201/31 - Bus shelter repairs – Ongoing (Cllr. Birch).\n"
        "244 Minute 202/31 - Village green bench – The bench arrived on 2nd June and is now in place by the\npond.\n"
        "245 Minute 203/31 - Grit bins – It was agreed that Cllr. Dorn would order two new bins before the\nautumn.\n"
        "246 Minute 204/31 - Footpath signs – The new signs have gone up.\n"
    ))
    assert [item.number for item, _, _ in items if item.number] == ["240", "241", "242", "243", "244", "245", "246"]
    titles = {item.number: item.title for item, _, _ in items}
    # (the earlier minute cited is no part of the title, and the minute written as a sentence keeps its opening words)
    assert titles["243"].startswith("Bus shelter repairs")
    assert titles["242"] == "The Minutes of the council's May meeting (12 May 2031)"
    assert _clauses(items)["242"] == ["The Minutes of the council's May meeting (12 May 2031) were approved without change."]


def test_no_tasks_from_roles_verdicts_noun_phrases_or_bracketed_doers():
    assert tasks("Ruth Osei agreed to stand as vice chair for the year (proposed WB, seconded RT).") == []
    assert tasks("Cllr Hume agreed to act as the council's contact and to write to the school.") == [
        ("Cllr Hume to write to the school", ("Cllr Hume",)),
    ]
    assert tasks("All present agreed to be an accurate account of the evening.") == []
    # a thing "to be held" inside a noun phrase, and a condition "allowing for" things to be done
    assert tasks("The window for the annual meeting to be held (March to June) had closed, so none would be held this year.") == []
    assert tasks("Members backed the plan, so long as it stayed open, allowing for topics to be added or dropped as needed.") == []
    # a doer named inside brackets is not the thing to be done
    assert tasks("Their website scheme has restarted and training for each parish (here, the clerk) would be provided in the"
                 " autumn.") == []
    # (a thing with its reference in brackets still is)
    assert tasks("A report on the verge trial (ref 12/31) would be submitted to the October meeting.")[0][0].startswith("Submit a report")


def test_an_action_line_that_names_only_its_owner_ends_its_paragraph():
    found = tasks("(i) Street lights - The Chair agreed to write again to the service to ask for a date.\nACTION : Chair\n"
                  "The Chair said the area chairs had raised the same worry at their meeting in June.")
    assert found == [("The Chair to write again to the service to ask for a date", ("Chair",))]


def test_a_decision_made_heading_over_its_numbered_points_and_its_date_field(tmp_path):
    _, items = stored_text(tmp_path, "notice.txt", (
        "WICKHAM DISTRICT COUNCIL\nCABINET DECISION RECORD\nDecision Made:\n14 March 2031\nThe Market Square Lease\n\n"
        "Issue for Decision\n\nTo decide how the council lets the market square.\n\n"
        "Decision Made\n\n"
        "1.        That the lease of the market square be offered for five years.\n\n"
        "2.        That the Head of Property be asked to report on the first year's takings to Cabinet in 2032.\n\n"
    ))
    clauses = [clause for _, found, _ in items for clause in found]
    assert clauses == [
        "That the lease of the market square be offered for five years.",
        "That the Head of Property be asked to report on the first year's takings to Cabinet in 2032.",
    ]


# --- the review's cases ------------------------------------------------------------------------------------------------


def test_review_cases_of_items_and_verdicts(tmp_path):
    _, items = stored_text(tmp_path, "kelby.txt", (
        "Minutes of the meeting of Kelby Parish Council held on 3 March 2031\n\n"
        "1. Apologies\n\nNone.\n\n"
        "2. Planning\n\n12, Church Lane – rear extension: no objection.\n\n14, Church Lane – new porch: no objection.\n\n"
        "3. Open forum – 10 minutes\n\nConfirmed no residents wished to speak.\n\n"
        "4. Matters arising from the minutes\n\nConfirmed the grit bins have been filled by the county council.\n\n"
        "5. Minutes of the Finance Committee\n\nAccepted. Cllr Rowe will circulate the revised budget before the next meeting.\n\n"
        "6. Close\n\nClosed at 9pm.\n\n"
    ))
    assert [item.number for item, _, _ in items if item.number] == ["1", "2", "3", "4", "5", "6"]
    clauses = _clauses(items)
    assert clauses.get("3", []) == [] and clauses.get("4", []) == []
    assert clauses["5"] == ["Accepted."]
    assert _tasks(items)["5"] == ["Cllr Rowe to circulate the revised budget before the next meeting"]


def test_review_cases_of_tasks():
    # a report of work in hand is not the work
    assert tasks("Bus shelter: Cllr Moss reported that the repair is being arranged by the Clerk.") == []
    assert tasks("At the time of the last meeting the repair was being arranged by the Clerk.") == []
    assert tasks("The tractor run is being organised by YFC.") == []
    assert tasks("Clerk contacting the police about speeding had led to more patrols.") == []
    # a question about two people is one task
    assert tasks("The Clerk will ask whether Cllr Moss and Cllr Hale will attend the opening.") == [
        ("The Clerk to ask whether Cllr Moss and Cllr Hale will attend the opening", ("the Clerk",)),
    ]
    # a role taken, then a task in any verb
    assert tasks("Cllr Dean agreed to act as tree warden and to look after the saplings on the green.") == [
        ("Cllr Dean to look after the saplings on the green", ("Cllr Dean",)),
    ]
    assert tasks("The budget for 2032 allowing for the higher insurance premium would be presented at the December meeting.")
    assert tasks("A report on the play area (with the results of the safety inspection carried out by the county's own inspector"
                 " in January) would be circulated to members.")
    assert tasks("Cllrs Moss, Tait and the Clerk to inspect the play area.")[0][1] == ("Cllr Moss", "Cllr Tait", "the Clerk")
    # an action line with its task, wrapped, stays whole
    assert tasks("The hedge on Mill Lane is overgrown.\nAction: Clerk to write to the\nlandowner asking for it to be cut.") == [
        ("Clerk to write to the landowner asking for it to be cut", ("Clerk",)),
    ]


def test_review_cases_of_decisions_tasks(tmp_path):
    _, items = stored_text(tmp_path, "ashby.txt", _ASHBY + (
        "1. Bench\n\nProposed by Cllr Tait and agreed that the bench be moved to the churchyard; Cllr Moss to arrange.\n\n"
        "2. Footpath\n\nCllr Hale put forward a motion to write to the county council about footpath 12, Cllr Moss seconded, and all"
        " were in favour.\n\n"
    ))
    found = {item.number: [(action.text, action.owners) for action in actions] for item, _, actions in items}
    assert found["1"] == [("Move the bench to the churchyard", ("Cllr Moss",))]
    assert found["2"] == [("Write to the county council about footpath 12", ())]


def test_the_second_reviews_cases():
    # "and" joining two doers inside what is to be known, or two doers of one task, splits nothing
    assert tasks("The Clerk will confirm that Cllr Moss and Cllr Tait will attend the course.") == [
        ("The Clerk to confirm that Cllr Moss and Cllr Tait will attend the course", ("the Clerk",)),
    ]
    assert len(tasks("The Clerk will write to the hall committee and the Chair and Cllr Moss will meet the trustees.")) == 1
    # an opening word is no part of the thing in hand
    assert tasks("Meanwhile the roof repair is being arranged by the Clerk.") == []
    # a one-off duty is a task; only a standing role is not
    assert tasks("Cllr Moss agreed to serve as a marshal for the fun run on 12 June.")[0][1] == ("Cllr Moss",)
    assert tasks("Cllr Moss agreed to act as the council's representative on the hall committee and to the school governors.") == []
    # an action line that names no one ends nothing and owns nothing
    assert tasks("Members discussed the flooding on Mill Lane.\nAction: None\nThe clerk reported on the bins.") == []


def test_the_second_reviews_items_and_decisions(tmp_path):
    _, items = stored_text(tmp_path, "ashby.txt", _ASHBY + (
        "1. Apologies\n\nNone.\n\n"
        "2. Date of the next meeting\n\nResolved: 14 July 2031 at 7.30pm in the Reading Room.\n\n"
        "3. Payments\n\nThe following were approved:\n\n6, J Smith, Clerk's salary, £420\n\n7, HMRC, tax, £105\n\n8, Hall trust, hire, £30\n\n"
        "4. Highways\n\nThe Clerk will report the pothole on Mill Lane.\n\n"
        "5. Close\n\nClosed at 9pm.\n\n"
    ))
    assert [item.number for item, _, _ in items if item.number] == ["1", "2", "3", "4", "5"]
    assert _clauses(items)["2"] == ["14 July 2031 at 7.30pm in the Reading Room."]


def test_an_owner_only_action_line_run_into_the_next_paragraph_is_cut_off_it():
    found = tasks("The Chair agreed to write again to the service to ask for a date.\n\nACTION : Chair The Chair said the area"
                  " chairs had raised the same worry at their June meeting.")
    assert found == [("The Chair to write again to the service to ask for a date", ("Chair",))]
