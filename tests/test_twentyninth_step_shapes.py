"""Shapes read in the twenty-ninth step. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

import datetime as dt

from cpb_tui.actions import extract_from_resolution
from tests.stored import stored_text


def _agreed(text: str) -> list[str]:
    """The tasks the decision `text`, an agreement, gives."""
    return [action.text for action in extract_from_resolution(text, "agreed")]


def _resolved(text: str) -> list[str]:
    return [action.text for action in extract_from_resolution(text, "resolved")]


# --- items ---------------------------------------------------------------------------------------------------------------


def _numbers(items) -> list[str | None]:
    return [item.number for item, _, _ in items]


def test_minutes_numbered_with_colons_all_run_onto_one_line(tmp_path):
    # a PDF's text with every line break lost: each "NNN:" before a capital heads its minute, after a name as well as a stop
    text = (
        "Minutes of the meeting of Fallowfield Community Council held on Tuesday 4th March 2032 "
        "541: Welcome: The Chair began at 7.30. 542: Present: Cllr Ames, Cllr Dace and the Clerk Ruth Lowe "
        "543: Apologies Received: Cllr Orme 544: Declarations of Interest: None "
        "545: To Confirm the Record of the meeting held on 4th February 2032. It was signed as a true record. "
        "546: Clerk's Report: The Clerk had written to the county about the verge.\n"
    )
    _, items = stored_text(tmp_path, "fallowfield.txt", text)
    assert _numbers(items) == ["541", "542", "543", "544", "545", "546"]
    assert items[4][0].title == "To Confirm the Record of the meeting held on 4th February 2032"


def test_running_minute_numbers_that_look_like_years_in_a_column_of_their_own(tmp_path):
    # "2031       Apologies": a parish's running minute in its own column, however much it looks like a year
    rows = ["The Chair welcomed everyone.", "Public Forum. Nothing was raised.", "Minutes of the last meeting were approved.",
            "Matters Arising:      The bench has been mended.", "Finance:      The balance was noted."]
    text = "Minutes of the meeting held on the 6th January 2032\n\n" + "\n\n".join(
        f"{2031 + index}       {row}" for index, row in enumerate(rows)
    ) + "\n\nThe meeting closed at 8.40pm.\n"
    _, items = stored_text(tmp_path, "fallowfield.txt", text, committee="Fallowfield Parish Council")
    assert _numbers(items) == ["2031", "2032", "2033", "2034", "2035"]


def test_years_in_a_column_that_do_not_run_on_are_no_minutes(tmp_path):
    text = (
        "Minutes of the meeting of Fallowfield Parish Council held on 6th January 2032\n\n"
        "1. Precept\n\nThe precept over the years was shown:\n\n2019       Precept set at £4,000\n\n"
        "2024       Precept set at £5,500\n\n2029       Precept set at £6,100\n\n2. Close\n\nThe meeting closed.\n"
    )
    _, items = stored_text(tmp_path, "fallowfield.txt", text)
    assert _numbers(items) == ["1", "2"]


# --- decisions -----------------------------------------------------------------------------------------------------------


def test_a_flattened_row_with_its_minutes_label_run_into_the_title_keeps_its_decision(tmp_path):
    text = (
        "Venue: Room 4, Civic Centre, Fallowfield\nContact: Jo Bell (Telephone 01000 000000) Email: jbell@fallowfield.example\n"
        "| No. | Item |\n|---|---|\n|\n"
        "Election of Chair Minutes: Resolved \u2013 That Councillor Ilse Marr be Chair of the Friendship Links Panel until May 2033.\n"
        "(Councillor Marr took the Chair.) |\n|\n|\n"
        "Election of Vice-Chair Minutes: Resolved \u2013 That Owen Petts be Vice-Chair of the Panel until May 2033. |\n|\n|\n"
    )
    _, items = stored_text(tmp_path, "links.txt", text, committee="Friendship Links Panel", date=dt.date(2032, 6, 2))
    assert [item.title for item, _, _ in items] == ["Election of Chair", "Election of Vice-Chair"]
    assert items[0][1][0].startswith("That Councillor Ilse Marr be Chair of the Friendship Links Panel until May 2033.")
    assert items[1][1] == ["That Owen Petts be Vice-Chair of the Panel until May 2033."]
    assert items[0][0].purpose is None


def test_decisions_each_under_its_own_reference_are_clauses_of_their_own(tmp_path):
    text = (
        "Issue - meetings\n\nTown Links and Exchanges\n\nMeeting: 09/12/2032 - Cabinet (Item 6.)\n\n"
        "Town Links and Exchanges\n\nDecision:\n\n"
        "412/2032 The Cabinet recommended to Council that a Links Committee of Members be formed to oversee the exchanges.\n"
        "413/2032 The Cabinet noted a sum of \u00a34,000 could be moved to the exchanges from the culture budget.\n"
        "414/2032 The Cabinet agreed that officers would draft a friendship agreement with the twin town.\n"
    )
    _, items = stored_text(tmp_path, "links.txt", text)
    assert items[0][1] == [
        "The Cabinet recommended to Council that a Links Committee of Members be formed to oversee the exchanges.",
        "The Cabinet noted a sum of \u00a34,000 could be moved to the exchanges from the culture budget.",
        "The Cabinet agreed that officers would draft a friendship agreement with the twin town.",
    ]


def test_resolved_after_a_date_and_before_its_movers_mid_line(tmp_path):
    text = (
        "Minutes of the meeting of Fallowfield Parish Council held on Tuesday 3rd February 2032\n\n"
        "1. To confirm the record of the Fallowfield Parish Council meeting held on Tuesday 6th January 2032. Resolved that "
        "this record be signed off as correct. Unanimously agreed.\n"
        "2. To consider a donation to the church clock fund\nThe council has given each year to the clock. Resolved, "
        "proposed by Cllr Ames, seconded by Cllr Dace, that \u00a3150 be given to the clock fund. Unanimously agreed.\n"
        "3. To note the date of the next meeting\nTuesday 3rd March 2032.\n"
    )
    _, items = stored_text(tmp_path, "fallowfield.txt", text)
    assert items[0][0].title == "To confirm the record of the Fallowfield Parish Council meeting held on Tuesday 6th January 2032"
    assert [r.split(" Unanimously")[0] for r in items[0][1]] == ["that this record be signed off as correct."]
    assert len(items[1][1]) == 1 and "\u00a3150 be given to the clock fund" in items[1][1][0]


def test_agreed_by_all_and_proposed_seconded_and_voted_mid_paragraph(tmp_path):
    text = (
        "Minutes of the meeting of Fallowfield Parish Council held on 3 February 2032\n\n"
        "1. Hall\n\nThe Hall committee would be asking for a grant and it was agreed by all that a grant of \u00a3300 would "
        "be paid once the request came in.\n\n"
        "2. Co-option\n\nAfter two members stood down and no election was called, it was proposed, seconded and all voted "
        "in favour to co-opt Mrs Ada Voss as a councillor.\n\n"
        "3. Minutes\n\nTo approve the minutes of 6 January \u2013 It was proposed, seconded and agreed by all to accept the "
        "record.\n"
    )
    _, items = stored_text(tmp_path, "fallowfield.txt", text)
    assert items[0][1] == ["Agreed by all that a grant of \u00a3300 would be paid once the request came in."]
    assert items[1][1] == ["It was proposed, seconded and all voted in favour to co-opt Mrs Ada Voss as a councillor."]
    assert items[2][1] == ["Agreed by all to accept the record."]


def test_standing_headings_run_into_their_minutes_with_nothing_between(tmp_path):
    # a Word export that lost the bold type of each heading: three or more standing headings make the items
    text = (
        "MINUTES OF A MEETING OF FALLOWFIELD PARISH COUNCIL HELD IN THE HALL ON THURSDAY 5 February 2032 AT 7.30pm\n"
        "Present: Cllrs Ames (Chairman), Dace, Orme\n"
        "Public Open Forum A resident said a fallen branch was blocking the bridleway. It was agreed that the Clerk would "
        "report it to the county.\n"
        "Declarations of Interest There were none\n"
        "Minutes of the Previous Meeting The notes of the meeting held on 8 January were approved.\n"
        "Finance The balance of \u00a34,210 was noted.\n"
    )
    _, items = stored_text(tmp_path, "fallowfield.txt", text)
    assert [item.title for item, _, _ in items] == [
        "Public Open Forum", "Declarations of Interest", "Minutes of the Previous Meeting", "Finance"
    ]
    assert [a.text for a in items[0][2]] == ["The Clerk to report it to the county"]
    assert items[2][1] == ["The notes of the meeting held on 8 January were approved."]


def test_a_title_naming_a_standing_item_mid_sentence_is_no_heading(tmp_path):
    text = (
        "Minutes of the meeting of Fallowfield Parish Council held on 5 February 2032\n\n"
        "1. Village hall\n\nFinance The committee had no news. Planning The plans were not in.\n\n"
        "2. Close\n\nThe meeting closed at 9pm.\n"
    )
    _, items = stored_text(tmp_path, "fallowfield.txt", text)
    assert [item.number for item, _, _ in items] == ["1", "2"]


# --- tasks ---------------------------------------------------------------------------------------------------------------


def test_a_decision_for_a_named_doer_to_act_opens_with_a_capital_for():
    # "Agreed: For the Clerk to ..." as a list of outcomes writes it; in lower case it was read already
    assert _agreed("For the Clerk to look into the terms of the Panel's remit.") == ["The Clerk to look into the terms of the Panel's remit"]
    assert _agreed("For the Clerk to note the letter from the county.") == []


def test_leave_to_correct_the_wording_before_publication_is_no_task():
    # a tidy-up the officer may make, nothing set to do; an errand after it stays
    assert _resolved(
        "That the Head of Planning be authorised to allow minor editorial and typographical corrections to be made in the "
        "strategy before it is published."
    ) == []
    assert _resolved("That the Head of Planning be authorised to make minor editorial changes and to publish the strategy online.") == [
        "The Head of Planning to make minor editorial changes and to publish the strategy online"
    ]


def test_it_was_agreed_mid_sentence_with_that_left_out(tmp_path):
    text = (
        "Minutes of the meeting of Fallowfield Parish Council held on 14 May 2032\n\n"
        "1. Police matters\n\n"
        "No officer attended. Youths on scooters were seen on the bowling green and it was agreed this report be passed "
        "to the neighbourhood team.\n\n"
        "2. Finance\n\nThe balance was noted.\n"
    )
    _, items = stored_text(tmp_path, "fallowfield.txt", text)
    assert [a.text for a in items[0][2]] == ["Pass this report to the neighbourhood team"]
    assert items[0][1] == ["Agreed this report be passed to the neighbourhood team."]


def test_a_roman_point_glued_to_its_sentence_mid_line_is_a_point_of_its_own(tmp_path):
    text = (
        "Minutes of the meeting of Fallowfield Parish Council held on 14 May 2032\n\n"
        "1. Allotments\n\n"
        "iii.It was noted that one plot had not been dug this year. Cllr Orme kindly offered to clear it at no charge "
        "iv.The clerk would draw up a plan of the new plots and Cllr Dace would put up the signs on site.\n\n"
        "2. Finance\n\nThe balance was noted.\n"
    )
    _, items = stored_text(tmp_path, "fallowfield.txt", text)
    assert [a.text for a in items[0][2]] == [
        "Cllr Orme to clear it at no charge",
        "The clerk to draw up a plan of the new plots",
        "Cllr Dace to put up the signs on site",
    ]


def test_each_point_of_a_matters_arising_run_ends_at_its_action_tag_in_capitals(tmp_path):
    text = (
        "Minutes of the meeting of Fallowfield Parish Council held on 14 May 2032\n\n"
        "1. Matters arising\n\n"
        "31/207 outstanding – Ask the garage owner about a gate for the lane ACTION CLERK. 31/210 DT and PW have written up "
        "the survey, to be shared before the next meeting ACTION DT/PW (see also 31/215 below) 31/212 The county has been "
        "asked about the bus shelter grant – reply awaited ACTION CLERK\n\n"
        "2. Finance\n\nThe balance was noted.\n"
    )
    _, items = stored_text(tmp_path, "fallowfield.txt", text)
    assert [(a.text, a.owners) for a in items[0][2]] == [
        ("Ask the garage owner about a gate for the lane", ("Clerk",)),
        ("DT and PW have written up the survey, to be shared before the next meeting", ("DT", "PW")),
        ("The county has been asked about the bus shelter grant – reply awaited", ("Clerk",)),
    ]


def test_an_agreement_that_then_asks_someone_to_act():
    assert _agreed(
        "Council AGREED that the repairs could be phased across three budgets and requested that the Chairman obtain prices "
        "from the builder for the most pressing items."
    ) == ["The Chairman to obtain prices from the builder for the most pressing items"]


def test_a_message_to_be_conveyed_is_a_task():
    assert _agreed("that the Council's thanks for the new benches should be conveyed to the Rotary Club.") == [
        "Convey the Council's thanks for the new benches to the Rotary Club"
    ]


def test_a_decision_list_split_by_semicolons_gives_each_doer_their_task():
    assert _resolved(
        "the maker will be approached about the rope bridge as it may still be under guarantee; the Clerk to ask the fitter "
        "not to patch it for now; also the zip wire may be under guarantee too;"
    ) == ["Approach the maker about the rope bridge as it may still be under guarantee", "The Clerk to ask the fitter not to patch it for now"]


def test_the_clerks_promise_after_a_lost_full_stop(tmp_path):
    text = (
        "Minutes of the meeting of Fallowfield Parish Council held on 5 February 2032\n\n"
        "1. Any other business\n\nThe sign at the mill bend has been knocked over the clerk will inform the county.\n\n"
        "2. Planning\n\nMembers did not support the barn conversion the clerk would ask for a meeting with the officer.\n\n"
        "3. Hall\n\nIt was noted that the clerk would be on leave in March.\n"
    )
    _, items = stored_text(tmp_path, "fallowfield.txt", text)
    assert [a.text for a in items[0][2]] == ["The clerk to inform the county"]
    assert [a.text for a in items[1][2]] == ["The clerk to ask for a meeting with the officer"]
    assert items[2][2] == []


def test_signing_the_minutes_and_correcting_them_as_set_out_are_no_tasks():
    assert _resolved("That the Chairman sign the draft minutes of the Annual Meeting held on 4th May 2032.") == []
    assert _resolved("That the minutes be amended in respect of Minute No. 31/22 on interests, as follows: -") == []
    # an errand after the signing, or a correction with no wording given, is still one
    assert _resolved("That the Chairman sign the minutes and send a copy to the county.") == [
        "The Chairman to sign the minutes and send a copy to the county"
    ]
    assert _resolved("That the minutes be amended to show Cllr Tate was present.") == ["Amend the minutes to show Cllr Tate was present"]


def test_a_decision_and_the_narrative_naming_its_doer_are_one_task(tmp_path):
    text = (
        "Minutes of the meeting of Fallowfield Parish Council held on 5 February 2032\n\n"
        "1. Drainage in Mill Lane\n\nThe flooding has gone on all winter. It was agreed that County Cllr. Mrs Rhona Veitch "
        "should be contacted again to press for the gully to be cleared. The clerk is to contact Cllr. Veitch about this - "
        "Action - Clerk\n\n"
        "2. Finance\n\nThe balance was noted.\n"
    )
    _, items = stored_text(tmp_path, "fallowfield.txt", text)
    assert [(a.text, a.owners) for a in items[0][2]] == [
        ("Contact Mrs Rhona Veitch again to press for the gully to be cleared", ("Clerk",))
    ]


def test_a_stray_comma_after_that_in_a_numbered_list_of_decisions():
    assert _resolved("That, officers produce a leaflet on the war graves for the noticeboard and,") == [
        "Officers to produce a leaflet on the war graves for the noticeboard"
    ]
    assert _resolved("That, an application be made for a sign at the cemetery gate and,") == ["Make an application for a sign at the cemetery gate"]
    # (an aside between commas keeps its commas)
    assert _resolved("That, in discussion with the Chair, officers report back in May.") == ["Officers to report back in May, in discussion with the Chair"]


def test_the_narrative_telling_a_decided_errand_again_with_this(tmp_path):
    text = (
        "To consider the Deputy Clerk's paper on war graves.\n\nMinutes:\n\n"
        "Members were keen to go ahead; one member believed a second grave lay in the burial ground at St Olave's and asked "
        "that officers investigate this.\n\nResolved:\n\n"
        "1. That, the report be received and,\n2. That, officers investigate whether St Olave's needs a sign too.\n"
    )
    _, items = stored_text(tmp_path, "graves.txt", text, committee="Town Council", date=dt.date(2032, 3, 2))
    assert [(a.text, a.owners) for a in items[0][2]] == [("Officers to investigate whether St Olave's needs a sign too", ("officers",))]


def test_two_errands_of_one_doer_on_different_subjects_stay_two(tmp_path):
    text = (
        "Minutes of the meeting of Fallowfield Parish Council held on 5 February 2032\n\n"
        "173/32 Reports from members\n\n- Agreed that clerk to put the allotment rents on next month's agenda\n"
        "- Play area\n- Clerk to put new swings for the play area on the agenda for the next meeting\n\n"
        "174/32 Finance\n\nThe balance was noted.\n"
    )
    _, items = stored_text(tmp_path, "fallowfield.txt", text)
    assert len(items[0][2]) == 2


def test_a_note_on_the_minute_between_its_task_and_its_tag(tmp_path):
    text = (
        "Minutes of the meeting of Fallowfield Parish Council held on 5 February 2032\n\n"
        "1. Clerk's report\n\n- Potholes in Mill Lane: the county has filled those on the adopted part. A meeting with the county "
        "is to be planned. (Amended at the meeting) - Action Clerk\n\n2. Finance\n\nThe balance was noted.\n"
    )
    _, items = stored_text(tmp_path, "fallowfield.txt", text)
    assert [(a.text, a.owners) for a in items[0][2]] == [("A meeting with the county is to be planned", ("Clerk",))]


def test_an_issue_page_item_number_with_its_stop(tmp_path):
    text = (
        "Issue - meetings\n\nTown Links\n\nMeeting: 09/12/2032 - Cabinet (Item 5.)\n\nTown Links\n\nDecision:\n\n"
        "The Cabinet agreed to set up a Links Committee.\n"
    )
    _, items = stored_text(tmp_path, "links.txt", text)
    assert items[0][0].number == "5"


def test_how_a_decision_was_reached_stays_with_its_words(tmp_path):
    text = (
        "Minutes of the meeting of Fallowfield Parish Council held on 5 February 2032\n\n"
        "1. Spring clean\n\nIt was discussed and agreed that the Council would once more hire a skip for residents in May.\n\n"
        "2. Speed limit\n\nThe cost of new signs was thought too high. It was finally unanimously agreed that no more action "
        "be taken for now.\n\n"
        "3. Finance\n\nThe balance was noted.\n"
    )
    _, items = stored_text(tmp_path, "fallowfield.txt", text)
    assert items[0][1] == ["Discussed and agreed that the Council would once more hire a skip for residents in May."]
    assert [a.text for a in items[0][2]] == ["The Council to once more hire a skip for residents in May"]
    assert items[1][1] == ["Finally unanimously agreed that no more action be taken for now."]
    assert items[1][2] == []


def test_a_points_state_then_its_doers_initials_with_no_stop(tmp_path):
    text = (
        "Minutes of the meeting of Fallowfield Parish Council held on 5 February 2032\n\n"
        "1. Matters arising\n\nHall kitchen – ongoing. Bin by the swings – ongoing RB to order a lockable one.\n\n"
        "2. Finance\n\nThe balance was noted.\n"
    )
    _, items = stored_text(tmp_path, "fallowfield.txt", text)
    assert [(a.text, a.owners) for a in items[0][2]] == [("RB to order a lockable one", ("RB",))]


def test_things_to_be_printed_or_delivered_and_the_clerk_who_would_action_it(tmp_path):
    text = (
        "Minutes of the meeting of Fallowfield Parish Council held on 5 February 2032\n\n"
        "1. Newsletter\n\n60 copies to be printed for Cllr Dace to hand out.\n\n"
        "2. Training\n\nCllr Orme asked for a place on the planning course. The Clerk would action.\n\n"
        "3. Finance\n\nThe balance was noted.\n"
    )
    _, items = stored_text(tmp_path, "fallowfield.txt", text)
    assert [a.text for a in items[0][2]] == ["Print 60 copies for Cllr Dace to hand out"]
    assert [(a.text, a.owners) for a in items[1][2]] == [("Cllr Orme asked for a place on the planning course", ("The Clerk",))]


# --- what the reviews of this step proved ----------------------------------------------------------------------------


def test_a_table_of_years_with_their_sums_is_no_run_of_minutes(tmp_path):
    text = (
        "Minutes of the meeting of Fallowfield Parish Council held on 4 March 2032\n\n"
        "Apologies for Absence\nNone.\n\nFinance\nThe Clerk set out the precept over three years:\n"
        "2030        Precept set at \u00a35,100\n2031        Precept set at \u00a35,300\n2032        Precept set at \u00a35,450\n"
        "It was agreed to look again at the reserves in May.\n\nHighways\nThe Clerk to chase the county about the verge.\n"
    )
    _, items = stored_text(tmp_path, "fallowfield.txt", text)
    assert not any(item.number for item, _, _ in items)


def test_topics_under_one_heading_run_into_their_text_are_not_the_items(tmp_path):
    text = (
        "MINUTES OF FALLOWFIELD PARISH COUNCIL HELD ON 4 MARCH 2032\n\nAPOLOGIES\nCllr Orme.\n\n"
        "CORRESPONDENCE\nPolice The monthly figures were read out.\nPlanning The District has opened its consultation.\n"
        "Highways The county will resurface Mill Lane in June.\nFinance The auditor's letter was noted.\n\n"
        "CLERK'S REPORT\nThe Clerk to circulate the consultation papers to all members.\n\nDATE OF NEXT MEETING\n1 April 2032.\n"
    )
    _, items = stored_text(tmp_path, "fallowfield.txt", text)
    titles = [item.title for item, _, _ in items]
    assert "Planning" not in titles and "Finance" not in titles


def test_planning_references_under_a_decision_to_send_observations_are_not_decision_references(tmp_path):
    text = (
        "Minutes of the meeting of Fallowfield Parish Council held on 4 March 2032\n\n"
        "1. Planning\n\nRESOLVED that the following observations be sent to the District Council:\n"
        "0456/2032 The Old Mill, Ford Lane - no objection\n0471/2032 Hill Barn - objection on traffic grounds\n\n"
        "2. Finance\n\nThe balance was noted.\n"
    )
    _, items = stored_text(tmp_path, "fallowfield.txt", text)
    assert len(items[0][1]) == 1 and "0456/2032 The Old Mill" in items[0][1][0]
    assert items[0][2][0].text.startswith("Send the following observations to the District Council")


def test_the_review_cases_of_tasks():
    # a question after an agreement is no errand
    assert _agreed("to note the boiler report and asked Cllr Keast if she had checked the heater") == []
    # "; also ..." after a doer's errand keeps what follows "also", and (since the thirtieth step) the doer
    assert _resolved(
        "that the broken springer be removed; the Clerk to order a new one from the supplier; also to obtain a price for a new bin"
    ) == ["Remove the broken springer", "The Clerk to order a new one from the supplier", "The Clerk to obtain a price for a new bin"]
    # "For the avoidance of doubt" is no doer
    assert _resolved("For the avoidance of doubt, the Clerk to apply the new hall charges from April.") == [
        "The Clerk to apply the new hall charges from April"
    ]
    # signing later, once the copy is put right, is still to be done
    assert _resolved("That the Chair sign the minutes of 7 May 2032 when the corrected copy is available.") == [
        "The Chair to sign the minutes of 7 May 2032 when the corrected copy is available"
    ]
    # leave to make changes the consultation may call for is a permission, not a task
    assert _resolved(
        "That the Director be authorised to make minor amendments to the policy which may be required following the consultation."
    ) == []


def test_the_review_cases_of_decisions(tmp_path):
    text = (
        "Minutes of the meeting of Fallowfield Parish Council held on 4 March 2032\n\n"
        "1. Footpaths\n\nThe volunteers cleared the bridleway and it was agreed the work done would be appreciated by riders.\n\n"
        "2. Close\n\nThere being no other business it was agreed the meeting be closed at 9.05pm.\n\n"
        "3. Lights\n\nAfter a short discussion, it was proposed, seconded and all voted in favour that the Council pay \u00a3140 for "
        "new lights. After a long discussion, it was proposed and seconded and the vote was lost by three votes to one.\n\n"
        "4. Minutes\n\nAs members could not meet it was agreed the notes of the last meeting would be approved as correct.\n"
    )
    _, items = stored_text(tmp_path, "fallowfield.txt", text)
    assert items[0][1] == [] and items[1][1] == []
    assert items[2][1] == ["It was proposed, seconded and all voted in favour that the Council pay \u00a3140 for new lights."]
    assert items[3][1] == ["Agreed the notes of the last meeting would be approved as correct."]


def test_the_review_cases_of_the_narrative(tmp_path):
    text = (
        "Minutes of the meeting of Fallowfield Parish Council held on 4 March 2032\n\n"
        "1. Snow\n\nThe snow warden had been told the clerk would keep him informed.\n\n"
        "2. Consultation\n\nAny questions for the clerk will need to be sent by the 20th.\n\n"
        "3. Paths\n\nThe volunteers met at no charge to the Council iv.The clerk would mark out the new path v.Cllr Wicks will buy "
        "the gravel.\n\n"
        "4. Matters arising\n\nFurther to minute 31/061 The footbridge is mended. Further to minute 31/064 The key is found. "
        "Further to minute 31/066 Cllr Munt to obtain a quote for the hedge. ACTION PM\n\n"
        "5. Rights of way\n\nCllr Exton reported on the paths. Footpath 11: The handrail is loose. Bridleway 12: Flooded at the "
        "ford. Byway 13: A gate is missing.\n"
    )
    _, items = stored_text(tmp_path, "fallowfield.txt", text)
    assert [item.number for item, _, _ in items] == ["1", "2", "3", "4", "5"]
    assert items[0][2] == []
    assert [a.text for a in items[1][2]] != ["Send the clerk by the 20th"]
    assert [(a.text, a.owners) for a in items[2][2]] == [
        ("The clerk to mark out the new path", ("the clerk",)), ("Cllr Wicks to buy the gravel", ("Cllr Wicks",))
    ]
    assert [a.owners for a in items[3][2]] == [("PM",)]


def test_a_second_errand_to_the_same_people_or_person_is_a_task_of_its_own(tmp_path):
    text = (
        "Minutes of the meeting of Fallowfield Parish Council held on 4 March 2032\n\n"
        "1. School parking\n\nRESOLVED that the Clerk contact the police about parking outside the school.\n\n"
        "The Clerk is to contact them about the speed van as well.\n\n"
        "2. Hedges\n\nRESOLVED to contact Mr Hamble about the overgrown hedge at the crossroads.\n\n"
        "Cllr Rudd said he will contact Mr Hamble about the broken gate on the bridleway.\n"
    )
    _, items = stored_text(tmp_path, "fallowfield.txt", text)
    assert len(items[0][2]) == 2
    assert len(items[1][2]) == 2


def test_a_short_title_a_comma_then_the_minutes_first_sentence(tmp_path):
    text = (
        "Minutes of the meeting of Fallowfield Parish Council held on 4 March 2032\n\n"
        "1. Verges, It was agreed the Clerk would ask the contractor for a spring cut.\n\n2. Finance\n\nThe balance was noted.\n"
    )
    _, items = stored_text(tmp_path, "fallowfield.txt", text)
    assert items[0][0].title == "Verges"
    assert [a.text for a in items[0][2]] == ["The Clerk to ask the contractor for a spring cut"]


def test_the_third_review_cases(tmp_path):
    text = (
        "Minutes of the meeting of Fallowfield Parish Council held on 4 March 2032\n\n"
        "1. Trees\n\nIt was agreed that Mrs Lott be contacted about the leaning ash. The clerk is to phone the tree surgeon "
        "about this.\n\n"
        "2. Planning\n\nThe District committee met on 21st February 2032. Resolved that consent be given for the 12 homes was "
        "the outcome, against the Parish Council's objection.\n\n"
        "3. Matters arising\n\n31/180 Litter pick to be arranged for spring. 31/182 The bench is mended. 31/184 The bin is "
        "emptied. 31/188 Awaiting report from RW - next meeting. ACTION RW\n\n"
        "4. Newsletter\n\nThe spring newsletter is to be printed by Fenprint in March. The work is to be finished by Easter.\n"
    )
    _, items = stored_text(tmp_path, "fallowfield.txt", text)
    assert len(items[0][2]) == 2  # the tree surgeon is an errand of its own, "about this" or not
    assert items[1][1] == []  # another committee's decision
    assert [(a.text, a.owners) for a in items[2][2]] == [
        ("Arrange Litter pick for spring", ()), ("Awaiting report from RW - next meeting", ("RW",))
    ]
    assert [(a.text, a.owners) for a in items[3][2]] == [
        ("Fenprint to print the spring newsletter in March", ("Fenprint",)), ("Finish the work by Easter", ())
    ]
