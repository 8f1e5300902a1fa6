"""The sixty-fourth step: what the thirty-seventh development set showed. A nested list that printed each point "1."
again; a log of earlier items' states ("Item 5:1 Completed") that is no run of items; a matters-arising point that
cites an older minute of three figures; a sentence closed inside its quotation marks; the one told of, not the
teller; decisions that act by being made; a few wordings. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

from tests.stored import page_items, page_numbers as _numbers, page_tasks as _tasks_of

_HEAD = "Minutes of the meeting of Orwell Parva Parish Council held on Tuesday 8 May 2035 in the Village Hall.\n\n"


def _record(text: str) -> str:
    return _HEAD + f"1. Apologies\nNone.\n\n2. Minutes of the last meeting\n{text}\n\n3. Close\nThe meeting closed.\n"


# --- a nested list that printed each point "1." ---------------------------------------------------------------------


_ONES = _HEAD + (
    "41/35 Apologies for Absence\n\n  - Apologies were received from Cllr Peel.\n\n"
    "42/35 Minutes of the Previous Meeting\n\n  - The minutes were agreed and signed.\n\n"
    "43/35 Matters Arising\n\n"
    "  1. Bench by the pond\n\nThe new bench has been fixed in place.\n\n"
    "  1. Hedge on Mill Lane\n\nThe owner has cut it back.\n\n"
    "  1. Spring clean\n\nTwelve volunteers came along.\n\nAction: The Clerk to thank the volunteers.\n\n"
    "44/35 Planning\n\n  - No applications were received.\n"
)


def test_a_nested_list_that_printed_each_point_one_is_counted_on_under_its_item(tmp_path):
    numbers = _numbers(tmp_path, _ONES, committee="Orwell Parva Parish Council")
    assert numbers == ["41/35", "42/35", "43/35", "43/35.1", "43/35.2", "43/35.3", "44/35"]
    assert _tasks_of(tmp_path, _ONES, committee="Orwell Parva Parish Council") == {"43/35.3": ["The Clerk to thank the volunteers"]}


def test_points_printed_one_at_the_items_own_depth_stay_out_of_the_nesting():
    from cpb_tui.importers.nested_points import nested_points

    lines = ["41/35 Matters Arising", "1. Bench by the pond", "The bench is fixed.", "1. Hedge", "It is cut.", "42/35 Planning"]
    assert nested_points(lines, lambda line: False) == {}


def test_a_list_one_then_two_after_a_point_printed_one_keeps_its_own_count():
    from cpb_tui.importers.nested_points import nested_points

    lines = ["41/35 Apologies", "None.", "43/35 Matters Arising", "  1. Bench", "Fixed.", "  2. Hedge", "Cut.", "  3. Fete", "Held.",
             "44/35 Planning", "None."]
    assert nested_points(lines, lambda line: False) == {3: (2, 1), 5: (2, 2), 7: (2, 3)}


# --- a log of earlier items' states ----------------------------------------------------------------------------------


_STATES = _HEAD + (
    "1. To accept apologies for absence.\nNone.\n"
    "2. To receive declarations of interest.\nNone.\n"
    "3. To confirm the minutes of the meeting held on 10 April 2035\nThe minutes were signed.\n"
    "4. Actions from the previous meeting\n"
    "Item 5:1 Completed\n"
    "Item 6:2 In progress\n"
    "ACTION \u2013 Clerk to ask the county for the verge cutting dates\n"
    "Item 9 Ongoing\n"
    "Item 11 Completed\n"
    "Item 12:1 Carried forward\n"
    "5. To answer questions from the public.\nThere were none.\n"
)


def test_a_log_of_earlier_items_states_is_no_run_of_items(tmp_path):
    numbers = _numbers(tmp_path, _STATES)
    assert numbers == ["1", "2", "3", "4", "5"]


def test_a_task_under_a_state_row_does_not_run_on_into_the_rows_after_it(tmp_path):
    assert _tasks_of(tmp_path, _STATES) == {"4": ["Clerk to ask the county for the verge cutting dates"]}


def test_an_item_titled_by_its_heading_is_kept_however_short(tmp_path):
    page = _HEAD + "Item 1 Apologies\nNone.\nItem 2 Completed works\nThe bus shelter roof is mended.\nItem 3 Planning\nNone.\n"
    assert _numbers(tmp_path, page) == ["1", "2", "3"]


# --- a point citing an older minute of three figures ----------------------------------------------------------------


def test_points_that_cite_an_older_minute_of_three_figures_are_sub_items(tmp_path):
    page = _HEAD + (
        "212. Apologies\n212.1 Cllr Ross sent her apologies, which were accepted.\n\n"
        "213. Minutes of 3rd April 2035\n213.1 The minutes were signed as a true record.\n\n"
        "214. Action Log/ Matters Arising\n"
        "214.1 198.4 There was a discussion of the parish magazine and who should write the column.\n"
        "214.2 Cllr Ward had not seen the draft of the leaflet and it was agreed that the Clerk would send him a copy.\n"
        "214.3 203.2 Cllr Amos had looked into the grant for the play area but the forms came too late.\n\n"
        "215. Date of next meeting\n215.1 Thursday 7th June 2035.\n"
    )
    numbers = _numbers(tmp_path, page, committee="Orwell Parva Parish Council")
    assert ["214.1", "214.2", "214.3"] == [n for n in numbers if n.startswith("214.")]
    titles = {item.number: item.title for item, _, _ in page_items(tmp_path, page, committee="Orwell Parva Parish Council")}
    assert not titles["214.1"].startswith("198.4")


# --- a sentence closed inside its quotation marks -------------------------------------------------------------------


def test_a_task_after_a_quotation_closed_after_its_stop_is_found(tmp_path):
    page = _record(
        "Members noted the reply from the district. The district had said that \u201cthe survey of the ditches will go ahead "
        "in the autumn.\u201d The Clerk was asked to write to the district to press for an earlier date."
    )
    assert _tasks_of(tmp_path, page) == {"2": ["The Clerk to write to the district to press for an earlier date"]}


def test_a_quotation_with_no_task_after_it_gives_none(tmp_path):
    page = _record("The district had said that \u201cthe survey of the ditches will go ahead.\u201d Members noted this.")
    assert _tasks_of(tmp_path, page) == {}


# --- initials before "to" --------------------------------------------------------------------------------


def test_a_body_after_a_task_of_writing_to_it_stays_in_the_task(tmp_path):
    page = _record("Clerk to write to KCC to ask for a new sign at the crossroads. Cllr Amos to chase SSE to repair the lights.")
    assert _tasks_of(tmp_path, page) == {"2": ["Clerk to write to KCC to ask for a new sign at the crossroads",
                                               "Cllr Amos to chase SSE to repair the lights"]}


def test_a_meetings_or_a_plans_letters_are_no_doer(tmp_path):
    page = _record("AGM to take place on Tuesday 5 May in the Church Room. RESOLVED: NDP to go forward to the next consultation.")
    assert _tasks_of(tmp_path, page) == {}


def test_initials_after_a_word_that_takes_them_as_its_object_are_no_task(tmp_path):
    page = _record("The chair gave RM a letter for his employer, which may allow RM to attend the daytime meetings.")
    assert _tasks_of(tmp_path, page) == {}


def test_a_body_known_by_its_letters_is_no_member(tmp_path):
    page = _record("Agreed: BT to move the telephone box once the county has agreed the new site.")
    assert _tasks_of(tmp_path, page) == {}


# --- the scorer ----------------------------------------------------------------------------------------------------


def test_the_scorer_counts_on_a_list_that_printed_each_point_one_under_a_reference(tmp_path):
    from bench import real_documents as bench

    (tmp_path / "rd005.txt").write_text(_ONES, encoding="utf-8")
    doc = {"id": "rd005", "file": "rd005.txt", "council": "Orwell Parva", "kind": "minutes", "date": "2035-05-08",
           "items": [{"number": n, "clauses": 0, "hashes": [], "actions": []} for n in ("41/35", "42/35", "43/35", "1.", "1.", "1.", "44/35")]}
    doc["items"][5]["actions"] = [{"due": None}]
    score = bench.score_document(doc, tmp_path)
    assert (score.items_found, score.items_expected, score.actions_found, score.false_actions) == (7, 7, 1, 0), score.notes


# --- the one told of, not the teller, takes the task ----------------------------------------------------------------


def test_the_one_told_of_keeps_the_task_a_pronoun_names(tmp_path):
    from tests.stored import tasks

    assert [found for found, _ in tasks("JM confirmed that Cllr Hale had been asked and he would cut the hedge next week.")] == [
        "Cllr Hale to cut the hedge next week"
    ]
    assert [found for found, _ in tasks("Cllr Ross said that she had spoken to the school and she would write to the head.")] == [
        "Cllr Ross to write to the head"
    ]


# --- no task in what the meeting did there ---------------------------------------------------------------------------


def test_a_vote_to_be_recorded_in_the_minutes_is_no_task(tmp_path):
    page = _record("It was requested that a named vote be recorded in the minutes in respect of the budget resolutions.")
    assert _tasks_of(tmp_path, page) == {}


def test_suspending_a_paragraph_of_standing_orders_is_no_task(tmp_path):
    page = _record("Mrs Lane was elected as Chair (proposed Mr Cole, seconded Mrs Dean) and it was AGREED to suspend paragraph 3.2 "
                   "of Standing Orders relating to the term of office of the Chair.")
    assert _tasks_of(tmp_path, page) == {}


def test_a_task_about_the_standing_orders_or_the_minutes_book_stays_a_task(tmp_path):
    page = _record("RESOLVED that the Clerk circulate paragraph 3.2 of the Standing Orders to all members before the next meeting.")
    assert _tasks_of(tmp_path, page) == {"2": ["The Clerk to circulate paragraph 3.2 of the Standing Orders to all members before the next meeting"]}


def test_an_event_named_before_to_is_no_doer(tmp_path):
    page = _record("Litter pick held in March. Another Tidy Day to include the churchyard.")
    assert _tasks_of(tmp_path, page) == {}


# --- wordings -------------------------------------------------------------------------------------------------------


def test_the_members_agreement_after_a_clause_of_its_own_gives_the_task(tmp_path):
    page = _record("The B1077 has a poor accident record, some of them serious, and the members agreed that the clerk should "
                   "raise the safety concerns with the county.")
    assert _tasks_of(tmp_path, page) == {"2": ["The clerk to raise the safety concerns with the county"]}


def test_a_long_topic_then_to_be_chased_is_a_task_without_its_dash(tmp_path):
    page = _record("Cutting back of the hedge between Larkspur Close and The Firs \u2013 to be chased.")
    assert _tasks_of(tmp_path, page) == {"2": ["Chase Cutting back of the hedge between Larkspur Close and The Firs"]}


def test_second_level_o_bullets_run_into_one_line_are_read_one_by_one(tmp_path):
    page = _record(
        "- Wifi in the hall - still awaited. o Sign on the bridleway - has been repaired. o Loose rail on the footbridge - to be "
        "chased. o Bench by the pond \u2013 to be ordered."
    )
    assert _tasks_of(tmp_path, page) == {"2": ["Chase Loose rail on the footbridge", "Order Bench by the pond"]}


def test_a_clause_of_its_own_with_nothing_agreed_gives_no_task(tmp_path):
    page = _record("The B1077 has a poor accident record, and the members noted that the clerk had raised it before.")
    assert _tasks_of(tmp_path, page) == {}


# --- guards the review asked for -------------------------------------------------------------------------------------


def test_a_point_printed_one_alone_then_a_list_one_two_three_keeps_the_list(tmp_path):
    page = _HEAD + (
        "41/35 Apologies for Absence\n\n  - None.\n\n42/35 Minutes\n\n  - Signed.\n\n43/35 Highways\n\n"
        "  1. Potholes\n\nThe county has filled two.\n\n"
        "  1. Church Lane verge\n\nCut in May.\n\n  2. School Road verge\n\nNot yet cut.\n\n  3. The green by the pond\n\nCut.\n\n"
        "44/35 Planning\n\n  - None.\n"
    )
    numbers = _numbers(tmp_path, page, committee="Orwell Parva Parish Council")
    assert numbers == ["41/35", "42/35", "43/35", "43/35.1", "43/35.2", "43/35.3", "44/35"]


def test_payments_printed_one_each_time_are_no_points(tmp_path):
    page = _HEAD + (
        "41/35 Apologies for Absence\n\n  - None.\n\n42/35 Payments\n\nThe following were approved:\n\n"
        "  1. Brockhurst Village Hall \u2013 hall hire \u00a342.00\n\n  1. Mill Lane Garden Services \u2013 grass cutting \u00a3180.00\n\n"
        "  1. HMRC \u2013 PAYE \u00a388.40\n\n43/35 Planning\n\n  - None.\n"
    )
    assert _numbers(tmp_path, page, committee="Orwell Parva Parish Council") == ["41/35", "42/35", "43/35"]


def test_a_thing_told_of_leaves_the_teller_the_task(tmp_path):
    from tests.stored import tasks

    assert [found for found, _ in tasks("Cllr Ross said the letter had been drafted and she would send it to the county.")] == [
        "Cllr Ross to send it to the county"
    ]


def test_a_heading_that_only_looks_like_a_state_is_kept(tmp_path):
    page = _HEAD + "Item 1 Apologies\nNone.\nItem 2 Outstanding\nThe list of repairs was read.\nItem 3 Planning\nNone.\n"
    assert _numbers(tmp_path, page) == ["1", "2", "3"]


def test_sums_after_a_paragraph_number_are_no_cited_minutes(tmp_path):
    page = _HEAD + (
        "9. Apologies\n9.1 None.\n\n10. Minutes\n10.1 Signed.\n\n11. Finance\n11.1 The following payments were approved:\n"
        "11.2 125.00 Orwell Village Hall, hire for the year\n11.3 310.50 Greenway Grounds, grass cutting\n"
        "11.4 The bank balance of \u00a39,812 was noted.\n\n12. Close\n12.1 The meeting closed at 8.20pm.\n"
    )
    numbers = _numbers(tmp_path, page, committee="Orwell Parva Parish Council")
    assert "11.2" not in numbers and "11.3" not in numbers, numbers


def test_a_points_title_in_title_case_loses_its_stop(tmp_path):
    page = _HEAD + (
        "41/35 Apologies\n\n  - None.\n\n42/35 Minutes\n\n  - Signed.\n\n43/35 Matters Arising\n\n"
        "  1. Prospect Place \u2013 Repairs to the Cobbled Road.\n\nThe county cannot adopt the road.\n\n"
        "  2. Bonfire Night\n\nPlans are going well.\n\n44/35 Planning\n\n  - None.\n"
    )
    titles = {item.number: item.title for item, _, _ in page_items(tmp_path, page, committee="Orwell Parva Parish Council")}
    assert titles["43/35.1"] == "Prospect Place \u2013 Repairs to the Cobbled Road"
