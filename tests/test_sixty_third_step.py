"""The sixty-third step: a list set in deeper than the item above it and numbered again from 1 is that item's points
(a web page's nested list, a Word export's), whether the points are short titles or sentences; and a few number shapes
the thirty-sixth development set showed. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

from tests.stored import page_items

_HEAD = "Minutes of the meeting of Wendling Parish Council held on Tuesday 1 May 2036 in the Village Hall.\n\n"


def _numbers(tmp_path, page: str, **asked) -> list[str]:
    return [item.number for item, _, _ in page_items(tmp_path, page, **asked)]


def nested_points(lines, announces):
    from cpb_tui.importers.nested_points import nested_points as read  # (here, so the other cases run against an older tree)

    return read(lines, announces)


def _tasks_of(tmp_path, page: str, **asked) -> dict[str, list[str]]:
    return {item.number: [task.text for task in found] for item, _, found in page_items(tmp_path, page, **asked) if found}


# --- a nested list: points of the item above it -------------------------------------------------------------------------


def test_a_nested_list_of_sentences_is_the_points_of_the_item_above(tmp_path):
    page = _HEAD + (
        "  1. Apologies were received from Cllr Hale and Cllr Moss, and accepted by the meeting.\n"
        "  2. The minutes of the meeting of 3 April were agreed.\n"
        "  3. Matters arising and action sheet:\n"
        "    1. Stream wall repairs  The county has still not replied about the wall. Cllr Owen to chase the county again.\n"
        "    2. Working party  It was agreed that the working party would meet on 10th October at the hall.\n"
        "    3. Village fete  The fete had made a good sum and the helpers were thanked.\n"
        "  4. Annual meeting: the annual meeting could not be held this spring and will be held in the autumn.\n"
        "  5. Appointment of clerk: no one came forward, so the present clerk stays for the time being.\n"
    )
    assert _numbers(tmp_path, page, committee="Wendling Parish Council") == ["1", "2", "3", "3.1", "3.2", "3.3", "4", "5"]
    assert _tasks_of(tmp_path, page, committee="Wendling Parish Council") == {"3.1": ["Cllr Owen to chase the county again"]}


def test_a_nested_list_under_a_minute_reference_keeps_the_reference(tmp_path):
    page = _HEAD + (
        "36/1 Apologies for Absence\nCllr Rudd.\n"
        "36/2 Public Participation\nNo one spoke.\n"
        "36/3 Clerk's report\nThe clerk reported:\n"
        "  1. The clerk confirmed the letter about the hedge had been sent to the landowner.\n"
        "  2. Cllr Vane has handed the new staff handbook to the clerk.\n"
        "  3. \u00a3410 has been paid into the account by the district for the churchyard.\n"
        "  4. All bank transactions are reconciled to the end of March.\n"
        "36/4 Date of next meeting\n12 June 2036.\n"
    )
    numbers = _numbers(tmp_path, page)
    assert numbers == ["36/1", "36/2", "36/3", "36/3.1", "36/3.2", "36/3.3", "36/3.4", "36/4"]


def test_nested_short_titles_under_a_years_minute_are_its_points(tmp_path):
    page = _HEAD + (
        "36.05.01 Apologies for Absence\n\nCllr Rudd apologised.\n\n"
        "36.05.02 Declarations of Interest\n\nNone.\n\n"
        "36.05.03 Matters for Ward Councillors\n\n"
        "  1. Mill Close \u2013 Parking bay\n"
        "    A resident asked for support for a parking bay.\n"
        "    Resolved: The council does not support the bay. The clerk will tell the resident.\n"
        "  2. Church Lane \u2013 Stile\n"
        "    The stile is broken.\n"
        "    Resolved: The clerk is to ask the county to mend it.\n"
        "36.05.04 Finance\n\nThe accounts were noted.\n"
    )
    assert _numbers(tmp_path, page) == ["36.05.01", "36.05.02", "36.05.03", "36.05.03.1", "36.05.03.2", "36.05.04"]


def test_a_decisions_numbered_clauses_set_in_stay_clauses(tmp_path):
    page = _HEAD + (
        "1. Apologies\nNone.\n"
        "2. Play area\nThe council considered the quotes for new swings.\n"
        "RESOLVED:\n"
        "    1. The quote from Parkway Play be accepted.\n"
        "    2. The clerk place the order in May.\n"
        "3. Close\nThe meeting closed at 9pm.\n"
    )
    items = page_items(tmp_path, page)
    assert [item.number for item, _, _ in items][:2] == ["1", "2"]
    assert not any("." in item.number for item, _, _ in items)  # (no point 2.1 or 2.2)
    assert list(items[1][1])[:2] == ["The quote from Parkway Play be accepted.", "The clerk place the order in May."]


def test_a_list_at_its_items_own_depth_is_not_nested():
    lines = ["1. Apologies", "None.", "2. Matters arising", "1. Bus shelter", "2. Signs", "3. Finance"]
    assert nested_points(lines, lambda line: False) == {}


def test_a_nested_list_needs_two_points_running_from_one():
    lines = ["1. Apologies", "2. Matters arising", "    1. Bus shelter is mended.", "3. Finance"]
    assert nested_points(lines, lambda line: False) == {}
    lines = ["1. Apologies", "2. Matters arising", "    2. Bus shelter is mended.", "    3. Signs are up.", "3. Finance"]
    assert nested_points(lines, lambda line: False) == {}


def test_a_long_lines_indent_is_kept_so_its_list_stays_nested(tmp_path):
    long_point = "The county has still not replied about the wall by the ford, " * 5
    page = _HEAD + (
        "  1. Apologies: none.\n"
        "  2. Matters arising:\n"
        f"    1. Stream wall  {long_point}Cllr Owen to chase the county.\n"
        f"    2. Footpath signs  {long_point}\n"
        "  3. Finance: the accounts were noted.\n"
    )
    assert _numbers(tmp_path, page, committee="Wendling Parish Council") == ["1", "2", "2.1", "2.2", "3"]


def test_nested_points_read_in_linear_time_on_a_staircase_of_indents():
    # every line "1." set one space deeper than the last: each is the parent of the next, none a run
    lines = [" " * (n % 300) + "1. Title here" for n in range(20000)]
    assert nested_points(lines, lambda line: False) == {}


# --- number shapes --------------------------------------------------------------------------------------------------------


def test_year_month_minute_numbers_with_a_closing_stop(tmp_path):
    page = _HEAD + (
        "36.5.1. ELECTION OF CHAIRMAN \u2013 Cllr Candy proposed and Cllr Worth seconded that Cllr Coe be Chairman. Agreed.\n"
        "36.5.2. ELECTION OF VICE CHAIRMAN \u2013 Cllr Coe proposed that Cllr Kirk be Vice Chairman. Agreed.\n"
        "36.5.3. APOLOGIES FOR ABSENCE \u2013 Apologies from Cllrs Farley and Lane.\n"
        "36.5.4. MATTERS ARISING \u2013 Nil.\n"
    )
    assert _numbers(tmp_path, page) == ["36.5.1", "36.5.2", "36.5.3", "36.5.4"]


def test_points_of_an_item_after_a_gap_in_their_numbers(tmp_path):
    page = _HEAD + (
        "1. Apologies\nNone.\n"
        "2. Matters Arising:\n"
        "2.1 Mill Lane sign-the cost of a new sign is 250 pounds, which the county will not pay. The council approved the funding.\n"
        "2.2 Spring clearance update-to be discussed at the meeting after next.\n"
        "2.3 Drainage along the road-dropped from the agenda.\n"
        "2.7 Parking by the brook-Cllr Dean will ask the county for a visit to look at the verges. Action: Cllr Dean\n"
        "2.8 Hillside path drainage-the contractor has no plans to do anything about it this year.\n"
        "3. Highways\nNothing to report.\n"
    )
    assert _numbers(tmp_path, page) == ["1", "2", "2.1", "2.2", "2.3", "2.7", "2.8", "3"]


def test_a_list_that_printed_every_item_one_counts_on_with_titles_before_a_dash(tmp_path):
    page = _HEAD + (
        "  1. Apologies for Absence\u2026None.\n\n"
        "  1. Declarations of Interest & Requests for Dispensation \u2013 Cllr Hale declared an interest against item 6.2.9\n\n"
        "  1. Minutes of the previous meeting on 30th March 2036 \u2013 It was RESOLVED to adopt the minutes as a true record, "
        "and these will be signed by the Chairman in due course.\n\n"
        "  1. Open Session\n\n"
        "4.1       Ward Councillor Fane raised the following issues:\n\n"
        "4.1.1 \u2013 The county has a new budget.\n\n4.1.2 \u2013 The county is ready for winter.\n"
    )
    assert _numbers(tmp_path, page)[:5] == ["1", "2", "3", "4", "4.1"]


def test_lettered_item_numbers_with_a_stop(tmp_path):
    page = _HEAD + (
        "C1. Police Report\nNo officer was present.\n\n"
        "C2. Open Forum\nNo one spoke.\n\n"
        "C3. Minutes\nThe minutes of 3 April were approved.\n"
    )
    assert _numbers(tmp_path, page) == ["C1", "C2", "C3"]


# --- a community council's page with no numbers: its colon headings, its roster, its bulleted topics -----------------------

_LOCHAN = (
    "MINUTES OF MEETING OF THE ROYAL BURGH OF KILLAN & DISTRICT COMMUNITY COUNCIL HELD IN THE TOWN HALL\n"
    "TUESDAY 6th January 2037\n"
    "Present:\n"
    "Pam Lorne (PL) - Chair\n"
    "Tom Hale (TH) - Vice Chair\n"
    "Steve Thorn (ST) - Council Member\n"
    "Dug Petrie (DP) - Treasurer\n"
    "Ian Vass (IV) - Member\n"
    "Edna Allan (EA) - Member\n"
    "May Kerr of Hillhouse - Member of the Public\n"
    "Apologies: - Peter Dale; Graham Tate\n"
    "Minutes of Extraordinary Meeting (held 9/12/36):\n"
    "Approved by TH and seconded by EA\n"
    "Minutes of the Previous Meeting:\n"
    "Accepted by Tom Hale and seconded by Ian Vass\n"
    "Short Police Report:\n"
    "Two officers attended and introduced themselves \u2013 Main Points:\n"
    "\u00b7  Two house break-ins are being looked into by the officers.\n"
    "Matters Arising:\n"
    "\u00b7  Flag - Town Hall:\n"
    "o  Still no word about flying the flag at the Town Hall (TH to chase up)\n"
    "o  TH to find out about the other flag pole to see if it can be reached.\n"
    "\u00b7  Bank \u2013 Mobile Van:\n"
    "o  The van still stands by the play park; members were worried about safety.\n"
)


def test_colon_headings_roster_and_bulleted_topics_of_an_unnumbered_page(tmp_path):
    items = page_items(tmp_path, _LOCHAN)
    titles = [item.title for item, _, _ in items]
    assert not any("(PL)" in title or "(IV)" in title or "Hillhouse" in title for title in titles)  # (the roster is no item)
    assert titles[:2] == ["Minutes of Extraordinary Meeting (held 9/12/36)", "Minutes of the Previous Meeting"]
    assert [list(clauses) for _, clauses, _ in items[:2]] == [["Approved by TH and seconded by EA"], ["Accepted by Tom Hale and seconded by Ian Vass"]]
    tasks = {item.title: [task.text for task in found] for item, _, found in items}
    assert tasks["Flag - Town Hall"] == ["TH to chase up", "TH to find out about the other flag pole to see if it can be reached"]
    assert "Bank \u2013 Mobile Van" in tasks


def test_a_second_level_bullet_o_is_never_joined_to_the_line_above(tmp_path):
    page = _HEAD + (
        "1. Apologies\nNone.\n\n2. Matters Arising:\n"
        "o  Still no word about the bins (Clerk to chase up)\n"
        "o  Cllr Hale to find out who owns the verge by the school.\n\n"
        "3. Close\nThe meeting closed.\n"
    )
    assert _tasks_of(tmp_path, page)["2"] == ["Clerk to chase up", "Cllr Hale to find out who owns the verge by the school"]


def test_a_heading_shaped_like_a_roster_line_alone_stays_a_heading(tmp_path):
    page = (
        "Minutes of the Meeting of Kerran Community Council\n12 March 2037\n"
        "Apologies: - Peter Dale\n"
        "Minutes of the Previous Meeting:\n"
        "Accepted by Tom Hale and seconded by Ian Vass\n"
        "Play Park Gates - Clerk\n"
        "The gates are broken again and the Clerk will ask the district to mend them before the summer.\n"
        "Bus Shelter:\n"
        "The new shelter is up and members thanked the district for it.\n"
    )
    titles = [item.title for item, _, _ in page_items(tmp_path, page)]
    assert "Play Park Gates - Clerk" in titles and "Minutes of the Previous Meeting" in titles


# --- points numbered again from 1 under an item that names topics, at the item's own depth -----------------------------


def test_actions_arising_numbered_again_from_one_are_that_items_points(tmp_path):
    page = _HEAD + (
        "    1. Apologies: Cllr Dunn (holiday).\n\n"
        "    2. Declarations of interest . None\n\n"
        "    3. Minutes of the previous meeting held on 3 April 2036. These were approved.\n\n"
        "    4. Actions arising from the minutes.\n\n"
        "    1. Write the risk assessment procedure. Action \u2013 Mr Kaye, The Clerk. Action ongoing.\n\n"
        "    2. Obtain estimates for the car park lights. Action \u2013 The Clerk. Action ongoing.\n\n"
        "    3. Arrange a showing of the camera system and a cost estimate. Action \u2013 Mr Jago.\n\n"
        "    5. Finance. The payments were approved.\n"
    )
    assert _numbers(tmp_path, page) == ["1", "2", "3", "4", "4.1", "4.2", "4.3", "5"]
    tasks = _tasks_of(tmp_path, page)
    assert tasks["4.3"] == ["Arrange a showing of the camera system and a cost estimate"]
    assert set(tasks) >= {"4.1", "4.2", "4.3"}


def test_an_agendas_list_restarting_in_capitals_after_reports_counts_on(tmp_path):
    page = (
        "ELMSTEAD PARISH COUNCIL\n\nMinutes of the Annual Meeting of Elmstead Parish Council held on 10 May 2036.\n\n"
        "  1. ELECTION OF CHAIRMAN: Cllr Fell was elected.\n"
        "  2. REPORTS FROM OUTSIDE BODIES: none.\n\n"
        "  1. CO-OPTION OF NEW COUNCILLORS: None\n"
        "  2. MINUTES OF THE MEETING HELD ON 5 APRIL 2036: approved and signed.\n"
    )
    assert "2.1" not in _numbers(tmp_path, page)  # (an agenda's own headings in capitals, its list restarted: no points)


def test_a_decisions_clauses_under_matters_arising_are_no_points(tmp_path):
    page = _HEAD + (
        "1. Apologies\nNone.\n\n2. Matters arising\nThe council considered the hall quotes.\nRESOLVED:\n"
        "1. The quote from Vale Builders be accepted.\n2. The work be done in August.\n\n3. Close\nThe meeting closed.\n"
    )
    assert not any("." in number for number in _numbers(tmp_path, page))


def test_bracketed_speakers_under_a_public_session_minute_are_its_points(tmp_path):
    page = _HEAD + (
        "36/164. Chairman's Welcome. Cllr Hunt welcomed everyone to the meeting.\n\n"
        "36/165. Public Speaking. Two parishioners spoke;\n\n"
        "(1) Jane Wray said the water company had not mended the road in Ham Lane as it had promised in March.\n\n"
        "Action. The Clerk to write to the water company and ask when the road will be mended.\n\n"
        "(2) Steve Hale asked what was happening to the copse by the school and was told the district had no plans for it.\n\n"
        "36/166. Minutes. The minutes of 4 August were approved.\n"
    )
    assert _numbers(tmp_path, page) == ["36/164", "36/165", "36/165.1", "36/165.2", "36/166"]
    assert _tasks_of(tmp_path, page) == {"36/165.1": ["The Clerk to write to the water company and ask when the road will be mended"]}


def test_the_years_first_minute_written_as_a_sentence_before_the_first_titled_one(tmp_path):
    page = _HEAD + (
        "Present; R. Gore (Chair), C. Hunt, S. Farrow\n\nApologies; None\n\n"
        "01/36 Minutes of the meeting held on 14th November 2035 were approved and signed.\n\n"
        "02/36 Clerk's Report \u2013 this had been circulated and was approved.\n\n"
        "03/36 Finance Report \u2013 the Clerk reported that the finances remained healthy.\n"
    )
    assert _numbers(tmp_path, page) == ["01/36", "02/36", "03/36"]


def test_a_count_before_a_years_minutes_is_no_minute(tmp_path):
    page = _HEAD + (
        "1/36 residents had written in before the meeting.\n\n"
        "02/36 Clerk's Report \u2013 this had been circulated and was approved.\n\n"
        "03/36 Finance Report \u2013 the Clerk reported that the finances remained healthy.\n"
    )
    assert _numbers(tmp_path, page)[:1] != ["1/36"] and "01/36" not in _numbers(tmp_path, page)


# --- the review's near misses: none of these is a list of points --------------------------------------------------------


_INDENTED_ITEMS = (
    "  1. Apologies for absence\n  Cllr Dunn.\n  2. Minutes of the last meeting\n  Approved.\n"
    "  3. Allotments\n  The rents were agreed.\n  4. Date of next meeting\n  9 June 2037.\n"
)


def test_a_date_a_count_or_an_address_over_indented_items_is_no_item_they_stand_under(tmp_path):
    for above in ("14 May 2037\n", "7 councillors were present.\n", "12 Church Street, Wendling\n"):
        page = "Minutes of the meeting of Wendling Parish Council held on 14 May 2037.\n" + above + _INDENTED_ITEMS
        assert _numbers(tmp_path, page) == ["1", "2", "3", "4"], above


def test_a_topics_items_points_stop_at_the_next_items_number(tmp_path):
    page = _HEAD + (
        "1. Apologies\nNone.\n2. Minutes\nApproved.\n3. Reports\n"
        "1. County Councillor: the budget is set.\n2. District Councillor: the bins change in May.\n3. Police: two thefts.\n"
        "4. Planning\nNo applications.\n5. Close\nThe meeting closed.\n"
    )
    assert _numbers(tmp_path, page) == ["1", "2", "3", "3.1", "3.2", "3.3", "4", "5"]


def test_payments_and_members_set_in_under_an_item_are_no_points(tmp_path):
    payments = _HEAD + "  1. Apologies\n  None.\n  2. Payments\n    1. \u00a3120.00 Eastwater Ltd\n    2. \u00a345.50 Parish Mag\n  3. Close\n  Closed.\n"
    members = _HEAD + "  1. Apologies\n  None.\n  2. Present\n    1. Cllr Amos\n    2. Cllr Bright\n    3. Cllr Cotter\n  3. Close\n  Closed.\n"
    assert _numbers(tmp_path, payments) == ["1", "2", "3"]
    assert _numbers(tmp_path, members) == ["1", "2", "3"]


def test_a_wrapped_lead_in_over_a_set_in_list_keeps_its_clauses(tmp_path):
    page = _HEAD + (
        "  1. Apologies\n  None.\n  2. Allotment paths\n  After discussion members RESOLVED unanimously to do the work below, subject\n"
        "  to the district confirming its grant in writing:\n"
        "    1. The council to pay for the new gravel.\n    2. The clerk to order the compost bins.\n  3. Close\n  Closed.\n"
    )
    assert _numbers(tmp_path, page) == ["1", "2", "3"]


def test_the_minutes_set_in_under_an_agendas_last_item_are_no_points(tmp_path):
    page = (
        "Wendling Parish Council\nAgenda for the meeting on 14 May 2037\n1. Apologies\n2. Minutes\n3. Correspondence\n\n"
        "    1. Apologies were received from Cllr Dunn.\n    2. The minutes of April were approved.\n"
        "    3. A letter from the county about the verges was noted.\n"
    )
    assert not any(number.startswith("3.") for number in _numbers(tmp_path, page))


def test_set_in_tasks_with_their_state_keep_their_tasks(tmp_path):
    page = _HEAD + (
        "  1. Apologies\n  None.\n  2. Actions from the last meeting\n"
        "    1. Clerk to write to the county about the bus stop. Done.\n"
        "    2. Cllr Vose to check the noticeboard lock. Ongoing.\n  3. Close\n  Closed.\n"
    )
    assert _tasks_of(tmp_path, page).get("2.2") == ["Cllr Vose to check the noticeboard lock"]


def test_a_closing_time_a_weight_or_a_quoted_rule_after_points_is_no_point(tmp_path):
    page = _HEAD + (
        "1. Apologies\nNone.\n2. Matters Arising\n2.1 Mill Lane sign-the county will pay.\n2.2 Drainage-dropped.\n"
        "The limit of 7.5 tonnes on the bridge was discussed and the limit of\n2.5 Tonnes on the lane was noted.\n"
        "Standing order quoted:\n2.6 Councillors shall not speak more than once on any motion.\n"
        "2.07 The meeting closed.\n3. Close\nClosed.\n"
    )
    assert _numbers(tmp_path, page) == ["1", "2", "2.1", "2.2", "3"]


def test_a_bullet_that_leads_into_a_dashed_list_is_no_heading(tmp_path):
    page = (
        "Minutes of the Meeting of Oxen Fold Residents' Forum\nWednesday 11 March 2037\nPresent: Mary Vance (Chair), Alan Wray, Jo Kerr\n"
        "Car Park\nThe forum talked about the car park and its broken gate.\n"
        "\u2022 The forum agreed the following actions:\n- Alan Wray to ask the council to mend the gate.\n- Jo Kerr to put a notice in the newsletter.\n"
        "Litter Pick\nThe spring litter pick will be on 4 April.\n"
    )
    titles = [item.title for item, _, _ in page_items(tmp_path, page, committee="Oxen Fold Residents' Forum")]
    assert "Car Park" in titles and "Litter Pick" in titles
    assert not any("following actions" in title for title in titles)


# --- `cpb show`: a sub-item's long number keeps the titles in one column -------------------------------------------------


def test_cpb_show_lines_up_titles_under_long_sub_item_numbers(tmp_path):
    from click.testing import CliRunner

    from cpb_tui.cli import cli

    page = tmp_path / "minutes.txt"
    page.write_text(_HEAD + (
        "36.05.01 Apologies for Absence\n\nCllr Rudd apologised.\n\n"
        "36.05.03 Matters for Ward Councillors\n\n"
        "  1. Mill Close \u2013 Parking bay\n    Resolved: The council does not support the bay.\n"
        "  2. Church Lane \u2013 Stile\n    The stile is broken.\n"
        "36.05.04 Finance\n\nThe accounts were noted.\n"
    ), encoding="utf-8")
    runner = CliRunner()
    database = tmp_path / "cpb.db"
    assert runner.invoke(cli, ["--db", str(database), "import", str(page)], catch_exceptions=False).exit_code == 0
    shown = runner.invoke(cli, ["--db", str(database), "show", "2036-05-01"], catch_exceptions=False).output.splitlines()
    titled = {line.split(". ", 1)[1]: line.index(". ") for line in shown if ". " in line and line.lstrip()[:1].isdigit()}
    assert titled["Apologies for Absence"] == titled["Mill Close \u2013 Parking bay"] == titled["Finance"]
    clause = next(line for line in shown if "does not support" in line)
    assert clause.index("The council") > titled["Finance"]
