"""The sixty-fifth step: what the thirty-eighth development set showed. Minute numbers opened by a committee's letters
("C42.", "FPM.1"), a year's minutes "21-062:" with one misprinted "21.067:", a point of a slashed minute "96/16.1"; a
task after "but" with its role in small letters, and one the members asked of a named person. Texts the project wrote,
about fictional bodies."""

from __future__ import annotations

import datetime as dt

from tests.stored import page_items, page_numbers as _numbers, page_tasks as _tasks_of

_HEAD = "Minutes of the meeting of Orwell Parva Parish Council held on Tuesday 8 May 2035 in the Village Hall.\n\n"


def _record(text: str) -> str:
    return _HEAD + f"1. Apologies\nNone.\n\n2. Minutes of the last meeting\n{text}\n\n3. Close\nThe meeting closed.\n"


# --- numbers opened by a committee's letters -------------------------------------------------------------------------


def test_a_letter_run_into_its_minute_with_a_stop_numbers_the_items(tmp_path):
    page = _HEAD + (
        "C12. Apologies for Absence\nApologies were received from Cllr Peel.\n"
        "C13. Declarations of Interest\nNone were made.\n"
        "C14. Minutes\nIt was RESOLVED that the notes of the meeting held on 3 April 2035 be approved.\n"
        "C15. Spring Fair\nIt was RESOLVED to ask the Town Clerk to book the marquee.\n"
        "C16. Close\nThe meeting closed at 8.40pm.\n"
    )
    assert _numbers(tmp_path, page) == ["C12", "C13", "C14", "C15", "C16"]


def test_a_committees_capitals_then_a_minute_of_one_figure_number_the_items(tmp_path):
    page = _HEAD + (
        "FGP.1 Cllr Hale proposed to approve the budget report. Seconded by Cllr Peel.\n\n"
        "FGP.2 Cllr Peel proposed to approve the bank reconciliation. Seconded by Cllr Ames.\n\n"
        "FGP.3 Notice of the new external auditor. Noted.\n\n"
        "FGP.4 Village hall roof\nThe Clerk to ask two roofers for quotes.\n"
    )
    assert _numbers(tmp_path, page) == ["FGP.1", "FGP.2", "FGP.3", "FGP.4"]
    assert _tasks_of(tmp_path, page) == {"FGP.4": ["The Clerk to ask two roofers for quotes"]}


def test_one_stop_among_capitals_is_no_minute_number():
    from cpb_tui.importers.numbering import numbered_items

    # ("NO.1 The Street" is an address, "St.2" a lower-case abbreviation: neither opens a run)
    lines = ["Members visited the site.", "NO.1 The Street was discussed.", "St.2 was closed.", "Nothing else."]
    assert [heading.number for heading in numbered_items(lines)] == []


def test_a_years_minutes_with_a_hyphen_run_on_through_one_printed_with_a_stop(tmp_path):
    page = _HEAD + (
        "35-041: Apologies and declarations of interests\nApologies from Cllr Ames.\n\n"
        "35-042: Co-option to the Council\nOne application was received. Proposed by Cllr Hale, seconded by Cllr Peel. All agreed.\n\n"
        "35-043: Minutes of the meeting on 3 April 2035\nThe minutes were approved.\n\n"
        "35.044: Reports from the county councillor\nThe county councillor sent a written report.\n"
    )
    assert _numbers(tmp_path, page) == ["35-041", "35-042", "35-043", "35.044"]


def test_a_point_of_a_slashed_minute_stays_under_its_minute(tmp_path):
    page = _HEAD + (
        "61/35 Apologies\nCllr Ames sent apologies.\n"
        "62/35 Police report\nA written report was received.\n"
        "63/35.1 Common land\nThe working group has not met.\n"
        "63/35.2 Traffic\nThe Clerk to ask the county for a speed survey.\n"
        "64/35 Close\nThe meeting closed.\n"
    )
    assert _numbers(tmp_path, page, committee="Orwell Parva Parish Council") == ["61/35", "62/35", "63/35.1", "63/35.2", "64/35"]


# --- tasks -----------------------------------------------------------------------------------------------------------


def test_a_role_in_small_letters_after_but_takes_the_task_with_a_week_on(tmp_path):
    page = _record("The hall committee has not met since, but the clerk would raise the matter at their meeting the following week.")
    tasks = [task for _, _, found in page_items(tmp_path, page) for task in found]
    assert [task.text for task in tasks] == ["The clerk to raise the matter at their meeting the following week"]
    assert tasks[0].due_date == dt.date(2035, 5, 15)


def test_no_task_after_but_when_the_role_only_wonders():
    from tests.stored import tasks

    assert tasks("The verge was cut, but the clerk would be surprised if it stayed tidy.") == []


def test_members_asking_if_a_named_member_could_act_give_that_member_a_task(tmp_path):
    page = _record("Members also asked if Cllr Fenn could again chase a date for the footpath repairs.")
    assert _tasks_of(tmp_path, page) == {"2": ["Cllr Fenn to chase a date for the footpath repairs"]}


def test_a_residents_question_to_the_chairman_is_no_task(tmp_path):
    page = _record("Mr Tate asked if the Chairman could confirm that the hall was insured. The Chairman confirmed it was.")
    assert _tasks_of(tmp_path, page) == {}


def test_the_members_continuing_work_is_read_as_in_hand():
    from tests.stored import tasks

    found = tasks("Cllr Reeve was continuing to investigate a health check event in the village and was awaiting dates from the provider.")
    assert found == [("Cllr Reeve to investigate a health check event in the village", ("Cllr Reeve",))]
    assert tasks("The hedge is continuing to grow.") == []


def test_a_capital_tag_alone_on_its_line_owns_the_request_not_the_report_after_it():
    from tests.stored import tasks

    found = tasks(
        "Website \u2013 RT requested that members who had not yet sent their photographs do so promptly. RT reported that the site would "
        "start simply and grow in time.\nACTION ALL\nBenches \u2013 The bench survey is now complete."
    )
    assert found == [("Website \u2013 RT requested that members who had not yet sent their photographs do so promptly", ("ALL",))]


# --- items of a web page's table, and numbers that are none ----------------------------------------------------------


def test_a_flattened_tables_rows_whose_records_wrap_are_items_each(tmp_path):
    page = (
        "Declarations of interest PDF 3 KB Minutes: There were no declarations of interest. |\n"
        "To confirm the Minutes of the meeting of the Cabinet held on 4 March 2035 Minutes: RESOLVED: That the Minutes be approved. |\n"
        "Decisions Taken under Delegated Powers |\n"
        "Car Park Charges - Outcome of Consultation PDF 99 KB Item 35/8 referred from the Environment Board of 2 April 2035\n"
        "Minutes: Decision Notice D35001 |\n"
        "Street Lighting Upgrade PDF 210 KB The report sets out the proposed lantern replacement.\n"
        "Minutes: Decision Notice D35002 |\n"
        "Risk Register PDF 119 KB Cabinet is given an update of the risk register.\n"
        "Minutes: RESOLVED: That the register be noted. |\n"
    )
    found = page_items(tmp_path, page, committee="Cabinet", date=dt.date(2035, 4, 20))
    assert [item.title for item, _, _ in found] == [
        "Declarations of interest", "To confirm the Minutes of the meeting of the Cabinet held on 4 March 2035",
        "Decisions Taken under Delegated Powers", "Car Park Charges - Outcome of Consultation", "Street Lighting Upgrade", "Risk Register",
    ]


def test_a_votes_tally_is_no_run_of_items(tmp_path):
    page = _HEAD + (
        "Approval of Minutes of Previous Meeting\n\nIt was moved by Cllr Hale, seconded by Cllr Peel and\n\nRESOLVED\n\n"
        "That the minutes of the meeting held on 10 April 2035 be approved.\n\n13 For\n\n00 Against\n\n01 Abstentions\n\n"
        "The Chair declared the motion CARRIED.\n"
    )
    assert "00" not in _numbers(tmp_path, page) and "01" not in _numbers(tmp_path, page)


def test_a_decisions_list_spread_by_a_web_pages_blank_lines_stays_its_clauses(tmp_path):
    page = (
        "Agenda and minutes\nScrutiny Committee - Wednesday, 9th May, 2035 11.00 am\nNo. Item\n"
        "Declarations of Interest\nThere were no interests declared.\n"
        "Minutes pdf icon PDF 82 KB\nThe minutes of the meeting held on 4 April 2035 were signed as a true record.\n"
        "Council Plan Performance pdf icon PDF 127 KB\nReport of the Chief Executive\nAdditional documents:\n"
        "The Committee reviewed the issues raised at the seminar.\n"
        "RESOLVED that the following issues be added to the work programmes indicated:-\n\n\n"
        "  1)  Town centre footfall \u2013 To include figures on\n\n  visitors - Scrutiny Committee\n\n\n"
        "2)   Air quality \u2013 To consider further indicators \u2013 To\n\n be included in the\n\n Committee's work in November\n\n\n"
        "3)  Investment fund \u2013 Finance Scrutiny Board\n"
    )
    assert [item.title for item, _, _ in page_items(tmp_path, page)] == ["Declarations of Interest", "Minutes", "Council Plan Performance"]


def test_a_minute_and_its_year_before_a_capitalised_title_with_a_stop_is_an_item(tmp_path):
    page = _HEAD + (
        "70.35 Declarations of Members\u2019 Interests.\nMembers declared the interests of the councils that nominated them.\n"
        "71.35 Chairman\u2019s Announcements.\nThe Chairman reminded Members to complete the register.\n"
        "72.35 Minutes of the Last Meeting.\nThe minutes were signed.\n"
    )
    found = page_items(tmp_path, page, committee="Orwell Parva Parish Council")
    assert [(item.number, item.title) for item, _, _ in found] == [
        ("70.35", "Declarations of Members\u2019 Interests"), ("71.35", "Chairman\u2019s Announcements"), ("72.35", "Minutes of the Last Meeting")]


def test_a_running_minute_of_three_figures_keeps_its_points_with_the_agendas_words(tmp_path):
    page = _HEAD + (
        "187.1 The Minutes of the Meeting were APPROVED as a true and accurate record.\n"
        "187.2 Matters arising from the minutes not otherwise covered in the Agenda: None.\n"
        "188.1 To consider any notified Planning Applications since the last meeting:\n- 35/00117/FULL Mill House \u2013 no objection.\n"
        "188.2 To receive notifications of any planning decisions made by the district since the last meeting:\n- 35/00042/FULL Church Lane \u2013 approved.\n"
        "189.1 To report on any events attended on behalf of the Council, including the Clerk: None.\n"
        "189.2 To raise matters reported to them by parishioners:\n- The bus stop on Forge Lane.\n"
    )
    assert _numbers(tmp_path, page, committee="Orwell Parva Parish Council") == ["187.1", "187.2", "188.1", "188.2", "189.1", "189.2"]


def test_sums_of_three_figures_with_pence_are_no_running_minutes():
    from cpb_tui.importers.number_values import _running_years

    lines = ["125.50 Village Hall hire", "126.50 Village Hall hire", "127.40 Grass cutting"]
    assert not any(year.endswith(".") for year in _running_years(lines))


def test_a_police_logs_dated_lines_are_no_items(tmp_path):
    page = _HEAD + (
        "1.0 Apologies: Mrs Bishop, Mr Shaw.\n"
        "2.0 In the minute of 3rd April 2035, two corrections are needed.\n"
        "PC Dunn gave the report for the month:\n"
        "07/04/35 A car was reported parked dangerously on Mill Lane.\n"
        "11/04/35 A shed was broken into on Station Road.\n"
        "15/04/35 A mobile phone was handed in at the hall.\n"
        "18/04/35 Foot patrols were carried out in the village.\n"
        "19/04/35 A complaint was made about speeding on the main road.\n"
    )
    assert not any("/" in number for number in _numbers(tmp_path, page, committee="Orwell Parva Parish Council") if number)


def test_a_police_logs_dated_lines_join_no_run_of_items():
    from cpb_tui.importers.numbering import numbered_items

    # (two days alike, "18/04/35" and a misprinted "18/04/34", once read as a minute numbered by its month)
    lines = ["1.0 Apologies: Mrs Bishop, Mr Shaw", "2.0 In the minute of 3rd April 2035, two corrections are needed.",
             "07/04/35 A car was reported parked dangerously on Mill Lane.", "11/04/35 A shed was broken into on Station Road.",
             "15/04/35 A mobile phone was handed in at the hall.", "18/04/35 Foot patrols were carried out in the village.",
             "18/04/34 A complaint was made about a motorbike ridden without a helmet.", "19/04/35 Oil was reported on the road."]
    assert not any("/" in heading.number for heading in numbered_items(lines))


def test_a_minute_then_its_year_after_a_hyphen_numbers_the_items(tmp_path):
    page = _HEAD + (
        "42-35 Questions or comments from members of the public. There were none.\n\n"
        "43-35 Declarations of interests. Cllr Lamb declared an interest in item 49-35.\n\n"
        "44-35 Apologies. It was agreed that apologies be accepted from Cllr Chapman.\n\n"
        "45-35 Minutes of the last meeting. It was agreed that the minutes be signed.\n"
    )
    assert _numbers(tmp_path, page, committee="Orwell Parva Parish Council") == ["42-35", "43-35", "44-35", "45-35"]


def test_a_printed_pages_running_head_is_no_item(tmp_path):
    page = _HEAD + (
        "PRESENT Cllr Ames, Cllr Hale\n"
        "Prayer The meeting was opened with a prayer led by the Vicar.\n"
        "Condolences The Chairman extended the council's condolences to the family of a former member.\n"
        "323 ORWELL PARVA PARISH COUNCIL: 8 May 2035\n"
        "Welcome The Chairman welcomed the new Clerk.\n"
    )
    assert "323" not in _numbers(tmp_path, page, committee="Orwell Parva Parish Council")


def test_a_pages_html_under_its_sites_title_lines_is_read_as_html(tmp_path):
    page = (
        "Orwell Parva Town Council\n\nOrwell Parva Town Council\n\n"
        "<p> 1</p><p>ORWELL PARVA TOWN COUNCIL MONTHLY MEETING OF THE COUNCIL HELD ON 30TH MAY 2035</p>"
        "<p>337. APOLOGIES FOR ABSENCE</p><p>Apologies were received from Cllr Ames.</p>"
        "<p>338. DECLARATIONS OF INTEREST</p><p>None were made.</p>"
        "<p>339. MINUTES</p><p>It was RESOLVED that the minutes of the meeting held on 25 April 2035 be signed.</p>"
    )
    assert _numbers(tmp_path, page) == ["337", "338", "339"]


# --- wordings the missed tasks of dev32 to dev38 showed ---------------------------------------------------------------


def test_a_thing_to_be_done_by_one_of_the_councils_own_is_that_ones_task():
    from tests.stored import tasks

    assert tasks("End of year accounts will be prepared by the Chairman.") == [("The Chairman to prepare end of year accounts", ("the Chairman",))]
    assert tasks("Correspondence, invoices and cheques would be managed by the Chairman and Cllr Harries.") == [
        ("The Chairman and Cllr Harries to manage correspondence, invoices and cheques", ("the Chairman", "Cllr Harries"))]
    assert tasks("The policy will now be revised by the Resources Committee.") == [("The Resources Committee to revise the policy", ("the Resources Committee",))]


def test_a_thing_to_be_done_by_another_body_is_no_task_of_ours():
    from tests.stored import tasks

    assert tasks("The road will be resurfaced by the county in May.") == []
    assert tasks("The hedge will be cut by the landowner.") == []


def test_a_member_by_first_name_with_the_verb_alone_takes_the_task():
    from tests.stored import tasks

    assert tasks("Tim will chase.") == [("Tim to chase", ("Tim",))]
    assert tasks("May will chase.") == []  # (a month, or a name that is also a word)


def test_small_wordings_of_who_does_what():
    from tests.stored import tasks

    assert tasks("Cllr: Shears will collect the rubbish.") == [("Cllr Shears to collect the rubbish", ("Cllr Shears",))]
    assert tasks("The clerk will find this out and report back.") == [("The clerk to find this out and report back", ("the clerk",))]
    assert tasks("Members were reminded to complete the signatory forms.") == [("Members to complete the signatory forms", ("members",))]
    assert tasks("Residents were reminded to keep dogs on leads.") == []
    assert tasks("The bins were emptied. Also Cllr Reed to check the bench.") == [("Cllr Reed to check the bench", ("Cllr Reed",))]
    assert tasks("Councillor Mrs Holdorf is to verify the figures.") == [("Councillor Mrs Holdorf to verify the figures", ("Councillor Mrs Holdorf",))]
    assert tasks("The Clerk will look further into the matter.") == [("The Clerk to look further into the matter", ("the Clerk",))]


def test_a_resolution_that_the_clerk_resend_a_copy_gives_the_clerk_the_task(tmp_path):
    page = _record("It was RESOLVED that the Clerk resend a copy of the letter to the school.")
    assert _tasks_of(tmp_path, page) == {"2": ["The Clerk to resend a copy of the letter to the school"]}


def test_a_need_the_meeting_recorded_is_a_task_with_no_doer():
    from tests.stored import tasks

    assert tasks("A check needs to be made on the play equipment.") == [("Make a check on the play equipment", ())]
    assert tasks("The hedge has to be cut back before the spring.") == [("Cut the hedge back before the spring", ())]
    assert tasks("The hedge had to be cut back.") == []
    assert tasks("If the fence needs to be replaced the Clerk will get quotes.") == []
    assert tasks("The county said the road needs to be resurfaced.") == []
    assert tasks("The Clerk confirmed that any change would need to be referred back to Council.") == []


def test_a_task_done_again_reads_its_verb_with_re(tmp_path):
    assert _tasks_of(tmp_path, _record("Resolved to re-advertise the vacancy.")) == {"2": ["Re-advertise the vacancy"]}
    from tests.stored import tasks

    assert tasks("The Clerk will re-send the letter to the school.") == [("The Clerk to re-send the letter to the school", ("the Clerk",))]


def test_a_slashed_minute_glued_to_its_title_in_ordinary_case_numbers_the_items(tmp_path):
    page = _HEAD + (
        "35/104Apologies for absence\nApologies were accepted from Cllr Peel.\n"
        "35/105Declarations of Interest\nThere were none.\n"
        "35/106To approve the minutes of the meeting held 10th April 2035\nThe minutes were approved and signed.\n"
        "35/107Matters arising\nClerk to query the tree list with the district.\n"
    )
    assert _numbers(tmp_path, page, committee="Orwell Parva Parish Council") == ["35/104", "35/105", "35/106", "35/107"]


def test_an_action_line_naming_a_member_and_post_then_a_dash_gives_that_member_the_task():
    from tests.stored import tasks

    assert tasks("Action: Elaine Marr (Sec) \u2013 Find out who saw the incident.") == [("Elaine Marr to find out who saw the incident", ("Elaine Marr",))]
    assert tasks("Action: Highways England \u2013 write to the county.") == []  # (a body, not a member by name)


def test_examining_a_thing_and_referring_it_on_are_errands():
    from tests.stored import tasks

    assert tasks("The Chair stated that he would examine the street sign.") == [("The Chair to examine the street sign", ("the Chair",))]
    assert tasks("It was stated that the Clerk would refer both problems to the county.") == [
        ("The Clerk to refer both problems to the county", ("the Clerk",))]
    assert tasks("The Clerk would refer to the previous minutes.") == []


def test_a_tables_two_cells_joined_by_a_slash_part_the_title_from_its_minute(tmp_path):
    page = _HEAD + (
        "1 Welcome / The Chair opened the meeting and welcomed all present.\n"
        "2 Apologies / Cllr Mackie, PC Grey\n"
        "3 Previous Minutes / Adoption of the minutes was proposed by Cllr Moodie and seconded by Cllr Todd.\n"
        "4 Declarations of Interest / Dispensations\nNone.\n"
    )
    found = page_items(tmp_path, page, committee="Orwell Parva Parish Council")
    assert [item.title for item, _, _ in found] == ["Welcome", "Apologies", "Previous Minutes", "Declarations of Interest / Dispensations"]


# --- near misses the review's pages showed ---------------------------------------------------------------------------


def test_address_ranges_and_footpath_numbers_are_no_items(tmp_path):
    page = _HEAD + (
        "1. Apologies\nNone.\n\n2. Minutes\nSigned.\n\n3. Planning\n"
        "10-12 Fore Street Shopfront alterations. No objection.\n14-16 Chapel Hill New porch. No objection.\n"
        "21-23 Harbour Road Change of use. No objection.\n\n"
        "4. Footpaths\nFP.3 Blocked by a fallen tree.\nFP.7 Stile broken.\nFP.9 Clear.\nFP.12 Clear.\n\n"
        "5. Finance\nThe accounts were approved.\n\n6. Close\nThe meeting closed.\n"
    )
    assert _numbers(tmp_path, page) == ["1", "2", "3", "4", "5", "6"]


def test_a_diary_of_dates_in_one_month_and_a_next_meeting_line_stay_as_they_are(tmp_path):
    page = _HEAD + (
        "1. Apologies\nNone.\n\n2. Events\n14/12/35 Carol singing on the green.\n15/12/35 Christmas lunch in the hall.\n\n"
        "3. Close\nThe meeting closed.\n\n4 NEXT MEETING: 14 July 2035\n"
    )
    assert _numbers(tmp_path, page) == ["1", "2", "3", "4"]


def test_a_heading_that_opens_with_action_is_no_owner_tag():
    from tests.stored import tasks

    assert tasks("The newsletter was discussed.\nACTION PLAN\nMembers agreed it should be published for comment.") == []
    assert tasks("The shelter was cleaned in May.\nACTION NFA") == []
    assert all("NONE" not in owners for _, owners in tasks("Cllr Rees raised the hedge.\nACTIONS NONE"))


def test_a_request_answered_there_and_then_or_done_since_is_no_task():
    from tests.stored import tasks

    assert tasks("Members asked if the Chairman could confirm the inspection date, and he confirmed it was 3 June.") == []
    assert tasks("Members asked if the Clerk could provide the figures, which she then read out.") == []
    assert tasks("The Clerk was continuing to chase the county about the sign, which had finally been installed last week.") == []


def test_things_done_by_others_by_rule_or_on_a_condition_are_no_tasks():
    from tests.stored import tasks

    for text in ("The footpath will be surveyed by the Ramblers Group next month.",
                 "Any complaint will be handled by the Clerk in line with the complaints policy.",
                 "Keys will be held by the Chairman and the Clerk.",
                 "If a new bench is bought it will be installed by Cllr Lamb.",
                 "The hall has to be booked two weeks in advance.",
                 "The bins need to be emptied by the district council each week.",
                 "The drain on Church Lane needs to be looked at by the highways team.",
                 "Members were reminded to keep confidential matters private.",
                 "Councillors were reminded to reply to all when answering the Clerk's emails."):
        assert tasks(text) == [], text


def test_members_conducting_themselves_by_the_code_is_no_errand(tmp_path):
    assert _tasks_of(tmp_path, _record("RESOLVED that Members conduct themselves in line with the code at all times.")) == {}


def test_a_plain_page_that_mentions_a_tag_is_read_as_text(tmp_path):
    page = _HEAD + (
        "Present: Cllr Ames, Cllr Hale\n<p> tags were showing on the home page; fixed.\n"
        "1. Apologies\nNone.\n\n2. Website\nThe page still showed </p> and <br> marks. The Clerk to check the pages monthly.\n\n"
        "3. Close\nThe meeting closed.\n"
    )
    assert _numbers(tmp_path, page) == ["1", "2", "3"]
