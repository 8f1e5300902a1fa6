"""The forty-third step: items in the order a reader counts them. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

import datetime as dt

from cpb_tui.store.rows import number_order
from tests.stored import page_items as _items, stored_page, tasks


def test_minutes_numbered_by_year_then_minute_are_stored_in_the_order_they_were_taken(tmp_path):
    page = (
        "Minutes of the meeting of Ormsby Parish Council held on Tuesday 12 May 2036 at 7.30pm in the Village Hall.\n\n"
        "2036/8 Apologies for absence\nApologies were received from Cllr D Moss.\n\n"
        "2036/9 Declarations of interest\nNone.\n\n"
        "2036/10 Minutes of the previous meeting\nRESOLVED that the minutes of the meeting held on 14 April 2036 be signed.\n\n"
        "2036/11 Play area\nThe Clerk to obtain three quotes for new safety surfacing.\n"
    )
    numbers = [item.number or item.minute_number for item, _, _ in _items(tmp_path, page)]
    assert numbers == ["2036/8", "2036/9", "2036/10", "2036/11"]


def test_a_number_sorts_by_each_of_its_runs_of_digits_and_skips_the_letters_before_them():
    printed = ["PF10/16", "5.10", "2036/10", "Item 10", "5.9", "PF9/16", "2036/9", "Item 9", "16.100", "16.99", "5", "a"]
    ordered = sorted(printed, key=number_order)
    assert ordered == ["5", "5.9", "5.10", "Item 9", "PF9/16", "Item 10", "PF10/16", "16.99", "16.100", "2036/9", "2036/10", "a"]
    assert number_order(None) is None


# --- "Wednesday 25, May, 2036": a comma after a day printed with no ordinal ------------------------------------------------


def test_a_heading_date_with_a_comma_after_a_bare_day_is_the_meeting_date_not_the_next_meetings(tmp_path):
    page = (
        "Minutes of the Meeting of Ormsby Parish Council held on Wednesday 25, May, 2036 at 7.30pm in the Village Hall.\n\n"
        "1. Apologies for absence\nCllr D Moss.\n\n"
        "2. Date of next meeting\nWednesday 22 June 2036.\n"
    )
    meeting, _ = stored_page(tmp_path, page)
    assert meeting.date == dt.date(2036, 5, 25)


def test_a_list_of_numbers_before_a_month_is_no_date():
    from cpb_tui.importers.dates import find_dates

    assert find_dates("Items 4, 5 and 6, May 2036 were deferred.") == []
    assert [day for _, day in find_dates("held on Friday, 3, July 2037")] == [dt.date(2037, 7, 3)]


# --- "Hedges – the Clerk asked to write ...": a heading, a dash, and the Clerk's errand in lower case ------------------------


def test_a_clerks_errand_after_a_heading_and_a_dash_is_read_when_the_the_is_lower_case():
    assert tasks("Hedges \u2013 the Clerk asked to write to the landowner at Mill Lane about the hedge.") == [
        ("The Clerk to write to the landowner at Mill Lane about the hedge", ("the Clerk",))
    ]


# --- "The Clerk had discussed X and was to meet Y": the same doer's next task ----------------------------------------------


def test_what_the_clerk_was_to_do_after_what_they_had_done_is_their_task_with_the_clerk_as_owner():
    assert tasks("The Clerk had discussed the bus shelter with the County Council and was to meet their officer on site.") == [
        ("The Clerk to meet their officer on site", ("the Clerk",))
    ]
    assert tasks("Cllr Hale had spoken to the farmer and was to report back in June.") == [("Cllr Hale to report back in June", ("Cllr Hale",))]


def test_a_clause_with_its_own_verb_is_never_taken_for_who_does_the_task():
    # an obligation of the day, not a thing done: nothing is read, and never an owner "the Clerk had to leave early and"
    found = tasks("The Clerk had to leave early and was to send apologies.")
    assert all(not owner.endswith(" and") and " had " not in owner for _, owners in found for owner in owners)


# --- a proposal whose seconder and vote follow in a sentence of their own ----------------------------------------------------


def test_a_proposal_seconded_and_carried_in_the_next_sentence_is_the_items_decision(tmp_path):
    page = (
        "Minutes of the Meeting of Lowfell Community Council held on Monday 14 April 2036 at 7pm in the Church Hall.\n\n"
        "1. Apologies\nNone.\n\n"
        "2. Planning\nCllr Orr proposed that the application at 4 Birch Close be recommended for approval. "
        "Seconded by Cllr Lamb and carried unanimously.\n"
    )
    items = _items(tmp_path, page)
    assert items[1][1] == ["that the application at 4 Birch Close be recommended for approval"]


# --- "Decided to ...": the decision word alone at the start of a sentence ---------------------------------------------------


def test_a_sentence_opening_decided_to_is_a_decision_and_sets_its_task(tmp_path):
    page = (
        "Minutes of the Meeting of Lowfell Community Council held on Monday 14 April 2036 at 7pm in the Church Hall.\n\n"
        "1. Hall hire\nDecided to book the hall for the summer fair on 12 July 2036.\n\n"
        "2. Website\nIt was decided to renew the website hosting for a year.\n"
    )
    items = _items(tmp_path, page)
    assert items[0][1] == ["Decided to book the hall for the summer fair on 12 July 2036."]
    (task,) = items[0][2]
    assert task.text == "Book the hall for the summer fair on 12 July 2036" and task.due_date == dt.date(2036, 7, 12)
    assert items[1][1] == ["Decided to renew the website hosting for a year."]


# --- who is to do it, as minutes write it in haste ---------------------------------------------------------------------------


def test_an_action_mark_with_a_dash_and_is_to_names_the_member_alone():
    assert tasks("Action \u2013 TW is to contact the police about the speed signs.") == [
        ("TW to contact the police about the speed signs", ("TW",))
    ]


def test_members_named_after_resolved_with_no_that_are_the_doers_not_the_word_resolved():
    assert tasks("The first-aid kit in the pavilion is out of date, resolved Cllrs Marsh and Penn will check and restock it.") == [
        ("Cllrs Marsh and Penn to check and restock it", ("Cllr Marsh", "Cllr Penn"))
    ]


def test_a_member_by_dotted_initials_is_a_doer_but_a_council_by_its_letters_and_a_constable_are_not():
    assert tasks("K.W. offered to approach the County about the pothole.") == [("KW to approach the County about the pothole", ("KW",))]
    assert tasks("J.M.W. will chase the contractor.") == [("JMW to chase the contractor", ("JMW",))]
    assert tasks("The W.C.C. to repair the road.") == []
    assert tasks("P.C. Lomas spoke of a bogus caller in the village.") == []


def test_resolved_for_someone_to_do_a_thing_is_a_decision_with_that_task_at_a_lines_start_and_mid_paragraph(tmp_path):
    page = (
        "Minutes of the Meeting of Ashcombe Parish Council held on Tuesday 9 June 2036 at 7pm in the Reading Room.\n\n"
        "7. Footpaths\nThe Clerk updated the Council on the stile. The Council RESOLVED for the Clerk to forward the stile survey "
        "to the walking group.\n\n"
        "8. Verges\nThe Council RESOLVED for the Clerk to ask the County Council to cut the verges.\n"
    )
    items = _items(tmp_path, page)
    assert [len(clauses) for _, clauses, _ in items] == [1, 1]
    assert [[(task.text, task.owners) for task in found] for _, _, found in items] == [
        [("The Clerk to forward the stile survey to the walking group", ("the Clerk",))],
        [("The Clerk to ask the County Council to cut the verges", ("the Clerk",))],
    ]


# --- a second doer after "&" -------------------------------------------------------------------------------------------------


def test_a_second_doer_after_an_ampersand_keeps_their_own_task():
    assert tasks("Cllr Ings will check the old deeds & the Clerk will chase the land agent.") == [
        ("Cllr Ings to check the old deeds", ("Cllr Ings",)),
        ("The Clerk to chase the land agent", ("the Clerk",)),
    ]
    # (two doers of one task stay together)
    assert tasks("The Clerk & Cllr Moss will check the verges.") == [("The Clerk & Cllr Moss to check the verges", ("the Clerk", "Cllr Moss"))]


# --- headings ending in a colon, alone on their lines, with no numbers --------------------------------------------------------


_COLON_HEADINGS = (
    "Minutes of the Meeting of Westerby Community Council held on Thursday 3 April 2036 at 7pm in the Memorial Hall\n\n"
    "Present: Cllr G Evans (Chair), Cllr H Price, Cllr M Owen, Cllr S Rees\nClerk: Mrs P Morgan\n\n"
    "Apologies:\nCllr T Lloyd sent apologies.\n\n"
    "Declarations of interest:\nNone.\n\n"
    "Minutes of the previous meeting:\nThe minutes of the March meeting were signed as correct.\n\n"
    "Highways:\nThe pothole outside the school has been reported again. The Clerk to write to the County Council asking for a date.\n\n"
    "Playing field:\nIt was resolved to accept the quote from Valley Grounds for the coming season.\n\n"
    "Date of next meeting:\nThursday 1 May 2036.\n"
)


def test_standing_headings_ending_in_a_colon_are_items_and_the_minutes_approval_files_under_its_own(tmp_path):
    items = _items(tmp_path, _COLON_HEADINGS)
    assert [item.title for item, _, _ in items] == [
        "Apologies", "Declarations of interest", "Minutes of the previous meeting", "Highways", "Playing field", "Date of next meeting",
    ]
    assert items[1][1] == [] and items[2][1] == ["The minutes of the March meeting were signed as correct."]


def test_a_county_councillor_named_alone_under_the_apologies_is_no_heading(tmp_path):
    page = (
        "Minutes of the meeting of Westerby Community Council held on Thursday 3 April 2036 at 7 pm\n\n"
        "Present :  Cllr G Evans               Cllr H Price\n\n"
        "Apologies for absence:  Cllr T Lloyd   Cllr M Owen\n\n"
        "   County Councillor Ruth Vaughan\n\n"
        "The Chairman opened the meeting at seven.\n\n"
        "Minutes of the last meeting:\n\n"
        "Cllr Price proposed and Cllr Evans seconded that the minutes be accepted, and the Chairman signed them.\n\n"
        "Bus shelter:    The glass has been broken again and the County has been told.  The Clerk will chase the repair.\n\n"
        "Village sign:  It was noted that the County plan to clean the sign at the green.\n\n"
        "Lane End:  There is still no reply from the enforcement team and it was agreed to write again.\n"
    )
    titles = [item.title for item, _, _ in _items(tmp_path, page)]
    assert "Minutes of the last meeting" in titles and not any("Vaughan" in title for title in titles)


# --- items numbered in capital roman numerals, titles in ordinary case ------------------------------------------------------


def test_items_numbered_in_roman_numerals_with_titles_in_ordinary_case_are_items(tmp_path):
    page = (
        "Minutes of the Meeting of Brackenby Parish Council held on Monday 12 May 2036 at 7.30pm in the School.\n\n"
        "I. Police\nThe sergeant sent a written report.\n\n"
        "II. Finance\nThe bank balance was read out.\n\n"
        "III. Village Hall\nTwo quotes for new guttering were tabled. It was agreed to accept the lower one.\n\n"
        "IV. Playground\nMorag to contact the fencing firm.\n"
    )
    items = _items(tmp_path, page)
    assert [(item.number, item.title) for item, _, _ in items] == [("I", "Police"), ("II", "Finance"), ("III", "Village Hall"), ("IV", "Playground")]
    assert len(items[2][1]) == 1 and [task.text for task in items[3][2]] == ["Morag to contact the fencing firm"]


def test_roman_numbered_items_run_into_their_minutes_keep_the_label_as_title(tmp_path):
    page = (
        "Minutes of the Meeting of Brackenby Parish Council held on Monday 12 May 2036 at 7.30pm in the School.\n\n"
        "I. Police: The sergeant sent a written report.\n"
        "II. Finance: The bank balance was read out. The treasurer will query a charge.\n"
        "III. Village Hall: Two quotes for new guttering were tabled. It was agreed to accept the lower one.\n"
        "IV. Playground: Morag to contact the fencing firm.\n"
    )
    assert [(item.number, item.title) for item, _, _ in _items(tmp_path, page)] == [
        ("I", "Police"), ("II", "Finance"), ("III", "Village Hall"), ("IV", "Playground"),
    ]


def test_a_name_with_a_capital_initial_is_never_a_lettered_item(tmp_path):
    page = (
        "Minutes of the Meeting of Brackenby Parish Council held on Monday 12 May 2036 at 7.30pm in the School.\n\n"
        "1. Apologies\nNone.\n\n"
        "2. Footpaths\nThe stile is broken.\nA. Jones reported a fallen tree.\nB. Smith offered to help clear it.\n\n"
        "3. Date of next meeting\n9 June 2036.\n"
    )
    assert [item.number for item, _, _ in _items(tmp_path, page)] == ["1", "2", "3"]


def test_a_numbered_paragraph_opening_on_who_decided_keeps_its_sentence_whole(tmp_path):
    page = (
        "Minutes of the Meeting of Ashcombe Parish Council held on Tuesday 9 June 2036 at 7pm in the Reading Room.\n\n"
        "3. Annual return\n"
        "3.1 The Council RESOLVED to approve the annual governance statement.\n"
        "3.2 Members RESOLVED that the accounts be open to inspection from 1 July to 11 August.\n\n"
        "4. Lengthsman\n"
        "4.1 The Council RESOLVED for Tom Rudd to complete the winter maintenance.\n"
    )
    items = {item.number: (item, clauses, found) for item, clauses, found in _items(tmp_path, page)}
    assert items["3.1"][0].title != "The Council" and items["3.1"][1] == ["The Council RESOLVED to approve the annual governance statement."]
    assert items["3.2"][0].title != "Members"
    assert [(task.text, task.owners) for task in items["4.1"][2]] == [("Tom Rudd to complete the winter maintenance", ("Tom Rudd",))]


# --- more of work begun, and a body to be chased ------------------------------------------------------------------------------


def test_a_member_to_continue_to_chase_is_their_task_but_monitoring_stays_standing_work():
    assert tasks("Cllr Ovens to continue to chase the County about the drain.") == [
        ("Cllr Ovens to continue to chase the County about the drain", ("Cllr Ovens",))
    ]
    # (watching a matter is standing work, never a task to follow up: as the decisions' rules read it too)
    assert tasks("Cllr Ovens to continue to monitor.") == [] and tasks("The police will monitor the area.") == []


def test_a_body_to_be_chased_is_the_councils_task_to_chase_it():
    assert tasks("b) Street sweeping \u2013 the Borough Council to be chased re the schedule.") == [("Chase the Borough Council re the schedule", ())]
    assert tasks("Highways to be chased regarding the potholes.") == [("Chase Highways regarding the potholes", ())]


def test_an_action_tag_naming_members_by_their_given_names_names_them_as_owners():
    assert tasks("The bench by the war memorial needs painting. Action: Morag") == [("The bench by the war memorial needs painting", ("Morag",))]
    assert tasks("The bench by the war memorial needs painting. Action Morag, Hamish & Ann") == [
        ("The bench by the war memorial needs painting", ("Morag", "Hamish", "Ann"))
    ]


# --- "on the July agenda": a due month named by the agenda it goes on ----------------------------------------------------------


def test_a_task_put_on_a_named_months_agenda_is_due_that_month():
    from cpb_tui.actions.due import parse_due, resolve_due

    spec = parse_due("Clerk to include this on the July agenda")
    assert spec is not None and spec.kind == "meeting_month" and spec.month == 7
    assert resolve_due(spec, dt.date(2036, 6, 13), [])[1].month == 7
    assert parse_due("Clerk to add it to the agenda for September").month == 9
    assert parse_due("The May agenda had been published on the website") is None


# --- mends after the review ----------------------------------------------------------------------------------------------------


def test_ten_items_in_roman_numerals_keep_v_and_x_and_sort_by_value(tmp_path):
    titles = ["Apologies", "Finance", "Village Hall", "Playground", "Footpaths", "Planning", "Highways", "Allotments", "Letters", "Any other business"]
    numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
    page = "Minutes of the Meeting of Brackenby Parish Council held on Monday 12 May 2036 at 7.30pm in the School.\n\n" + "".join(
        f"{numeral}. {title}\nThe matter was discussed.\n\n" for numeral, title in zip(numerals, titles)
    )
    assert [(item.number, item.title) for item, _, _ in _items(tmp_path, page)] == list(zip(numerals, titles))
    assert sorted(["IX", "V", "IV", "X", "(a)", "1"], key=number_order) == ["1", "IV", "V", "IX", "X", "(a)"]


def test_a_roman_numbered_list_of_letters_received_stays_inside_its_heading(tmp_path):
    page = (
        "Minutes of the Meeting of Brackenby Parish Council held on Monday 12 May 2036 in the Hall.\n\n"
        "Apologies\nCllr Dane sent apologies.\n\n"
        "Correspondence\nThe following was received:\nI. Letter from the school about parking.\nII. Email from a resident about dogs.\n"
        "III. Notice of the fun run.\nThe correspondence was noted.\n\n"
        "Footpaths\nThe stile on path 4 is broken and the Clerk will report it.\n\n"
        "Allotments\nTwo plots are vacant and will be advertised in the newsletter.\n"
    )
    assert not any(item.number for item, _, _ in _items(tmp_path, page))


def test_a_deadline_beats_the_month_of_the_agenda_the_matter_goes_on():
    from cpb_tui.actions.due import parse_due

    assert parse_due("The Clerk will obtain quotes by 30 June 2036 for the July agenda").kind == "by_date"
    assert parse_due("Clerk to get a price by 20 April and put it on the May agenda").month == 4


def test_the_same_doer_rule_never_passes_a_task_over_who_or_that():
    assert tasks("The Clerk had written to the landowner, who had replied and was to cut the hedge next week.") == []
    assert tasks("The Clerk had noted that the contractor had cut the verges and is to return in August.") == []


def test_a_seconder_after_another_sentence_never_takes_that_sentence_into_the_motion(tmp_path):
    page = (
        "Minutes of the Meeting of Lowfell Community Council held on Monday 14 April 2036 at 7pm in the Church Hall.\n\n"
        "1. Apologies\nNone.\n\n"
        "2. Speed survey\nCllr Orr proposed that the speed survey be repeated. Cllr Ames said the survey had been costly. "
        "Seconded by Cllr Lamb and carried unanimously.\n"
    )
    assert not any("costly" in clause for _, clauses, _ in _items(tmp_path, page) for clause in clauses)


def test_no_action_by_a_named_resident_and_a_month_after_action_are_no_owners():
    assert tasks("The complaint about the hedge had been raised before but there had been no action by Ian.") == []
    assert tasks("The bench needs painting. Action: June") == []


def test_resolved_for_reads_two_doers_and_agreed_for_is_a_permission():
    assert tasks("It was RESOLVED for the Clerk to write to the school.") == [("The Clerk to write to the school", ("the Clerk",))]
    assert tasks("The Council RESOLVED for Cllr Moss and the Clerk to meet the contractor.") == [
        ("Cllr Moss and the Clerk to meet the contractor", ("Cllr Moss", "the Clerk"))
    ]
    assert tasks("The meeting agreed for the Monday Club to meet in the hall.") == []
    assert tasks("It was not resolved for the Clerk to write to the school.") == []


# --- dashes that make no headings ---------------------------------------------------------------------------------------------


def test_rows_written_name_dash_words_under_a_heading_stay_inside_it(tmp_path):
    page = (
        "Minutes of the Meeting of Brackenby Parish Council held on Monday 12 May 2036 in the Hall.\n\n"
        "Apologies\nCllr Wren sent apologies.\n\n"
        "Finance\nIt was resolved to pay the following accounts:\n"
        "Yarrow Village Hall \u2013 \u00a345 for hire of the room in March.\n"
        "Green Mow Ltd \u2013 \u00a3120 for cutting the playing field.\n"
        "HMRC \u2013 \u00a3210 for the clerk's tax and national insurance.\n\n"
        "Allotments\nTwo plots are vacant and will be advertised in the newsletter.\n"
    )
    assert [item.title for item, _, _ in _items(tmp_path, page)] == ["Apologies", "Finance", "Allotments"]


def test_a_dash_inside_a_title_or_between_village_names_is_no_run_in_heading(tmp_path):
    page = (
        "Minutes of the Meeting of Brackenby Parish Council held on Monday 12 May 2036 in the Hall.\n\n"
        "Brackenby \u2013 Thorpe End \u2013 Mill Green \u2013 Upper Holt \u2013 Low Holt\n\n"
        "Car Parking \u2013 Green Lane\nThe new lines have been painted.\n\n"
        "Hall Fees \u2013 Update\nThe fees will rise in April.\n\n"
        "Footpaths \u2013 Progress\nThe stile has been mended.\n"
    )
    titles = [item.title for item, _, _ in _items(tmp_path, page)]
    assert not any(title in ("Brackenby", "Car Parking", "Hall Fees", "Footpaths") for title in titles)


# --- the minutes approved in other words --------------------------------------------------------------------------------------


def test_the_chair_authorised_to_sign_and_minutes_issued_and_agreed_by_all_are_decisions(tmp_path):
    page = (
        "Minutes of the Meeting of Brackenby Parish Council held on Monday 12 May 2036 at 7.30pm in the School.\n\n"
        "1. Minutes\nThe Chairman was duly authorised to sign the minutes as correct.\n\n"
        "2. Confirmation of the minutes\nThe clerk had sent out the minutes, which were accepted by everyone.\n\n"
        "3. Correspondence\nThe clerk had circulated a letter from the school.\n"
    )
    assert [len(clauses) for _, clauses, _ in _items(tmp_path, page)] == [1, 1, 0]


def test_ordered_that_and_a_dashed_recommended_that_are_decisions(tmp_path):
    page = (
        "Minutes of the Meeting of the Brackenby Borough Council Health Panel held on Monday 12 May 2036 at 7.30pm in the Town Hall.\n\n"
        "1101 MINUTES\n- RECOMMENDED - T H A T the minutes of the meeting held on 13th March, 2036 be approved as a correct record.\n\n"
        "1102 VICE-CHAIR\nORDERED that Councillor Bates be appointed as Vice-Chair of the Panel for the municipal year.\n\n"
        "1103 PUBLIC ORDER\nThe officer explained how the public would be ordered into the gallery.\n"
    )
    assert [len(clauses) for _, clauses, _ in _items(tmp_path, page)] == [1, 1, 0]


def test_minutes_not_agreed_or_still_to_be_approved_and_a_motion_not_ordered_are_no_decisions(tmp_path):
    page = (
        "Minutes of the Meeting of Brackenby Parish Council held on Monday 12 May 2036 at 7.30pm in the School.\n\n"
        "1. Minutes\nThe clerk had sent out the minutes, which were not accepted, as two members said the figures were wrong.\n\n"
        "2. Minutes of the Extraordinary Meeting\nThe clerk had sent out the minutes which were to be approved at the next meeting.\n\n"
        "3. Minutes of the Finance Committee\nThe clerk had circulated the minutes, and the actions which were agreed at that meeting "
        "were reviewed.\n\n"
        "4. Hedges\nIt was not ORDERED that the hedge be cut, as the nesting season has begun.\n"
    )
    assert [len(clauses) for _, clauses, _ in _items(tmp_path, page)] == [0, 0, 0, 0]
