"""The seventieth step: what the forty-third development set and the unnumbered headings across the open sets showed.
Lettered points in capitals ("A) Drainage" ... "E) Noticeboard"), and one lettered point alone under its item where its
topic is run in before its text ("a) Proposed Surgery \u2013 The Clerk advised ...") or where the page ends on it.
Texts the project wrote, about fictional bodies."""

from __future__ import annotations

from cpb_tui.importers.numbered_lines import topic_run_in
from tests.stored import page_items, page_numbers as _numbers, stored_page

_PARISH = "Minutes of the meeting of Fenwick Parva Parish Council held on Wednesday 9th July 2036 at 7.30pm\n\nPresent: Cllrs Dorn (Chair), Vale and Hyde\n\n"

# --- lettered points ----------------------------------------------------------------------------------------------------

_CAPITALS = _PARISH + (
    "1. Apologies\nCllr Marsh\n\n2. Minutes\nThe minutes of the meeting held on 4th June 2036 were approved.\n\n"
    "3. Matters arising\nA) Drainage on Mill Lane\nThe gullies have been cleared by the county.\n\n"
    "B) Newsletter\nThe next issue goes out in September.\n\nC) Churchyard wall\nThe repairs are finished and paid for.\n\n"
    "4. Planning\nNo applications were received.\n"
)


def test_points_lettered_in_capitals_are_points_of_their_item(tmp_path):
    assert _numbers(tmp_path, _CAPITALS) == ["1", "2", "3", "3a", "3b", "3c", "4"]


def test_a_capital_alone_or_out_of_case_is_no_point(tmp_path):
    # (a capital alone may be a name's initial; "B)" after "a)" is no run)
    alone = _PARISH + "1. Apologies\nNone.\n\n2. Reports\nA. Hale reported on the playground inspection.\nThe swings are safe.\n\n3. Close\nThe meeting closed at 9pm.\n"
    assert _numbers(tmp_path, alone) == ["1", "2", "3"]
    mixed = _CAPITALS.replace("A) Drainage", "a) Drainage")
    assert not {"3b", "3c"} & set(_numbers(tmp_path, mixed))


def test_one_lettered_point_with_its_topic_run_in_counts_alone(tmp_path):
    page = _PARISH + (
        "1. Apologies\nNone.\n\n2. Minutes\nThe minutes of the last meeting were approved and signed.\n\n"
        "3. Matters arising from the previous minutes:\n"
        "a) Proposed Surgery \u2013 The Clerk advised that the health board has not yet chosen a site and will write again in the autumn.\n\n"
        "4. Finance\nThe accounts were noted.\n"
    )
    assert _numbers(tmp_path, page) == ["1", "2", "3", "3a", "4"]


def test_one_lettered_point_titled_alone_over_its_text_counts(tmp_path):
    # (a short title over its text, the only point under an item that is not the page's last)
    page = _PARISH + "1. Apologies\nNone.\n\n2. County matters\na) Highways\nThe pothole on Church Lane is still not repaired.\n\n3. Close\nThe meeting closed at 9pm.\n"
    assert _numbers(tmp_path, page) == ["1", "2", "2a", "3"]


def test_a_lettered_title_on_the_last_line_of_a_page_cut_short_counts(tmp_path):
    page = _PARISH + "1. Apologies\nNone.\n\n2. Minutes\nThe minutes were approved.\n\n3. Finance\na) Approval of the June payments\n"
    assert _numbers(tmp_path, page) == ["1", "2", "3", "3a"]


def test_a_lettered_sentence_alone_is_no_point(tmp_path):
    # (a sentence about someone, a clause, or a point with a "b)" after it stays with its item)
    page = _PARISH + (
        "1. Apologies\nNone.\n\n2. Matters arising\na) The Clerk \u2013 reported that the bench has been ordered and will be fitted in August.\n\n"
        "3. Close\nThe meeting closed at 9pm.\n"
    )
    assert _numbers(tmp_path, page) == ["1", "2", "3"]


def test_a_topic_run_in_is_told_from_a_sentence():
    assert topic_run_in("Proposed Surgery \u2013 The Clerk advised that the board will write")
    assert topic_run_in("Village Hall-Cllr Dane reported no change")
    assert topic_run_in("Church Lane Parking and Signage.  Cllr Vale said the signs are ordered")
    assert not topic_run_in("The Clerk \u2013 reported that the bench has been ordered")
    assert not topic_run_in("Cllr Hale - had written to the county")
    assert not topic_run_in("It was noted. The work is done")
    assert not topic_run_in("the grass was cut - twice")


# --- headings with no number inside a numbered item's minute --------------------------------------------------------------

_INNER = _PARISH + (
    "1. Welcome and apologies\nApologies were received from Cllr Marsh.\n\n"
    "2. Matters arising\nLibrary Forum\nIt was reported that the forum's new chair has not yet taken up the post.\n"
    "Broadband Issues\nFaster broadband should reach the village by next year. The Clerk to write to the provider for a date.\n\n"
    "3. Reports\nCLERK'S REPORT\nThe Clerk reported on the website.\nCHAIRMAN'S REPORT\nThe Chairman attended the fete.\n\n"
    "4. Planning\nNo applications were received.\n"
)


def test_a_heading_with_no_number_inside_an_item_is_an_item_of_its_own_in_its_place(tmp_path):
    found = page_items(tmp_path, _INNER)
    assert [(item.number, item.title) for item, _, _ in found] == [
        ("1", "Welcome and apologies"), ("2", "Matters arising"), (None, "Library Forum"), (None, "Broadband Issues"),
        ("3", "Reports"), ("4", "Planning")]
    # (its task is the heading's, not the item's it stands under)
    broadband = next(tasks for item, _, tasks in found if item.title == "Broadband Issues")
    assert [task.text for task in broadband] == ["The Clerk to write to the provider for a date"]


def test_headings_that_are_no_business_of_their_own_stay_in_their_item(tmp_path):
    # (a subtitle alone straight under the title, a correspondent after "the following", an owner's cell, a ledger's line, a name)
    page = _PARISH + (
        "1. Declarations of interest\nDatganiadau o Fuddiant\nThere were no declarations of interest at the meeting.\n\n"
        "2. Correspondence\nThe Clerk read the following letters received.\nFenwick Village Hall Trust\n"
        "A letter asking the council for a grant towards new chairs was read.\n\n"
        "3. Footpaths\nThe stile on the bridleway is broken and needs repair.\nACTIONS DC\nThe stile to be reported to the county council.\n\n"
        "4. Finance\nThe accounts were presented and checked by members.\nGrass Cutting \u00a3240.00\nThe invoice was approved for payment.\n"
        "Sarah Dye\nSarah Dye gave a short report on the allotments this year.\n"
    )
    assert [item.number for item, _, _ in page_items(tmp_path, page)] == ["1", "2", "3", "4"]


def test_items_with_no_number_stand_after_the_numbered_item_they_follow(tmp_path):
    from cpb_tui.store import Store

    meeting, _ = stored_page(tmp_path, _PARISH + "1. Apologies\nNone.\n2. Minutes\nApproved.\n3. Close\nDone.\n")
    store = Store.open(next(tmp_path.glob("page*/cpb.db")))
    try:
        # (positions as the document gives them: an opening before item 1, a heading after item 2, items 3 and 1 out of order)
        store.db.execute("update items set position = position * 10 + 10 where meeting_id = ?", [meeting.id])
        store.db.executemany("insert into items (meeting_id, title, title_key, exempt, position) values (?, ?, ?, 0, ?)",
                             [(meeting.id, "Opening", "opening", 0), (meeting.id, "Village Green", "village green", 25)])
        titles = [item.title for item in store.items(meeting.id)]
        agenda = [entry.item.title for entry in store.agenda(meeting.id).items]
        jumps = [item.title for item in store.jump_targets().items[meeting.id]]
    finally:
        store.close()
    assert titles == agenda == jumps == ["Opening", "Apologies", "Minutes", "Village Green", "Close"]


# --- topics run in with a dash under a heading of their own ---------------------------------------------------------------

def test_topics_run_in_with_a_dash_under_a_heading_alone_are_items(tmp_path):
    page = (
        "Tarn Vale Community Council\n\nMinutes of the meeting held on Monday 6 April 2037 in the Village Hall\n\n"
        "- Welcome: The Chair welcomed everyone to the meeting and thanked the hall committee.\n"
        "- Apologies: Cllr Yates, Cllr Vance\n"
        "- Minutes of the meeting of 2nd March 2037: These were agreed and signed by the Chair.\n"
        "- Matters arising from the Minutes:\n"
        "- Bus shelter \u2013 KD advised that the county has confirmed the budget for the new shelter. Action: KD\n"
        "- Spring clean \u2013 LV advised that the litter pick is booked for the last Saturday of April. Action: LV\n"
        "- War memorial \u2013 MW advised that the stonemason will clean the memorial in the summer.\n"
        "- Treasurer's Report: The Treasurer presented the accounts, which were agreed.\n"
    )
    titles = [item.title for item, _, _ in page_items(tmp_path, page)]
    assert titles == ["Welcome", "Apologies", "Minutes of the meeting of 2nd March 2037", "Matters arising from the Minutes",
                      "Bus shelter", "Spring clean", "War memorial", "Treasurer's Report"]


def test_entries_under_a_line_announcing_them_stay_a_list():
    from cpb_tui.importers.unnumbered import _heading_over_topics

    assert _heading_over_topics("- Matters arising from the Minutes:")
    assert not _heading_over_topics("The following correspondence was noted:")
    assert not _heading_over_topics("Correspondence received as follows:")
    assert not _heading_over_topics("- Letters from these bodies:")


# --- the year and month, then the minute, run together on one line ------------------------------------------------------

def test_minutes_numbered_by_year_and_month_run_together_are_broken_out(tmp_path):
    page = (
        "Fenwick Parva Parish Council\n\nMinutes of an ordinary meeting of the Council held on Thursday 24th April 2036\n\n"
        "Present: Cllrs P Dorn, S Vale, R Hyde\n\n"
        "36.04.01 Noted: Apologies for absence were received from Cllr Marsh, who is away with work this month. "
        "36.04.02 Noted: No declarations of interest were made by any member present at the meeting tonight. "
        "36.04.03 Resolved: That the Minutes of the meeting held on 27th March 2036, as tabled, were agreed as a true record. "
        "36.04.04 Noted: Correspondence was received from the county council about the cutting of the verges this summer. "
        "36.04.05 Resolved: That the Clerk write to the county council to ask for the verges on Mill Lane to be cut in May.\n"
    )
    assert [number for number in _numbers(tmp_path, page) if number] == ["36.04.01", "36.04.02", "36.04.03", "36.04.04", "36.04.05"]


def test_dates_run_together_are_no_minutes():
    from cpb_tui.importers.flattened import _reference_breaks

    line = ("The hall is booked on 01.05.36 and 02.05.36 and 03.05.36 for the fete, and the Clerk will confirm the times with "
            "the hall committee before then. " * 5)
    assert _reference_breaks(line) == line


# --- what the review of the step found: near-misses that stay inside their item ------------------------------------------

def _one_item(title: str, body: str) -> str:
    return _PARISH + f"1. Apologies\nNone were received.\n\n2. {title}\n{body}\n\n3. Close\nThe meeting closed at 9pm.\n"


import pytest  # noqa: E402


@pytest.mark.parametrize("title, body", [
    # a report's own parts
    ("Hall Roof", "The surveyor's report was presented to members.\nFinancial Implications\nThe cost will be met from the reserve held for the hall.\n"
                  "Risk Assessment\nThe roof will be closed to the public while the work is carried out."),
    # letters listed after a line announcing them
    ("Letters", "The following letters were received and noted:\nFenwick Rural Trust\nAn invitation to the annual meeting in the village hall in May.\n"
                "Marlow Vale Bowls Club\nA request for a grant towards a new mower for the green."),
    # speakers, each named again below
    ("Public Forum", "Two residents spoke.\nOriel Fairweather\nMs Fairweather asked whether the council would support a community orchard.\n"
                     "Kester Blain\nMr Blain spoke against the proposed mast at Underhill Farm and handed in a petition."),
    # a signature after the record's close
    ("Any Other Business", "There was no other business and the Chair closed the meeting.\nSigned as a true record.\nPerpetua Lanyon\n"
                           "Chair of the council, at its next meeting on 13 August 2036"),
    # the page's running header and a firm paid
    ("Accounts", "The Clerk presented the accounts for the quarter in full.\nFenwick Parva Parish Council Minutes\nThe accounts were approved by all members present.\n"
                 "Greenway Landscapes Ltd\nAnnual maintenance of the play area equipment was paid in full this month."),
    # votes, an owner's cell, a post, a label
    ("Village Green", "The council discussed the lease of the green at some length.\nAll In Favour\nThe lease was approved by the members present.\n"
                      "Clerk To Action\nThe Clerk will send the signed lease to the solicitor this week.\nVice Chair\n"
                      "Cllr Vale was elected Vice Chair of the council for the year.\nCONFIDENTIAL\nThe terms of the lease are not to be published by the council."),
    # a heading over bullets makes its siblings sections
    ("Play Area", "The inspection found three faults.\nItems Outstanding\n- Loose bolt on the swing frame.\n- Gap under the fence by the gate.\n"
                  "Items Already Completed\nBark surfacing under the climbing frame was topped up in November."),
])
def test_lines_shaped_as_headings_that_are_no_business_stay_in_their_item(tmp_path, title, body):
    assert [number for number in _numbers(tmp_path, _one_item(title, body))] == ["1", "2", "3"]


def test_the_end_of_a_wrapped_title_or_its_title_in_gaelic_is_no_heading(tmp_path):
    page = _one_item("Reports from the Friends of", "Wolvercote End Recreation Ground\n"
                     "The Friends asked to hold a fun day on the field in June. RESOLVED to agree the request.\n"
                     "Pavilion Keys\nThe Clerk will hold the spare keys for the pavilion from now on.")
    assert [item.title for item, _, _ in page_items(tmp_path, page) if item.number is None] == ["Pavilion Keys"]
    gaelic = _one_item("Ferry Services", "Seirbheisean Aiseig\nThe Chair reported that the winter timetable removes the Sunday sailing.\n"
                       "Pier Waiting Room\nThe waiting room is still closed after the storm. Cllr Budge will ask when repairs begin.")
    assert [item.title for item, _, _ in page_items(tmp_path, gaelic) if item.number is None] == []  # (no item holding business)


def test_a_heading_s_siblings_are_read_whatever_ended_the_line_above(tmp_path):
    page = _one_item("Matters Arising", (
        "Playground Safety Surface\nThe contractor will relay the surface in the spring. Action: Clerk\n"
        "Dog Fouling on Church Walk\nResidents have again complained about fouling near the school gate.\n"
        "Defibrillator Cabinet\nThe heater in the cabinet has failed. Cllr Hobbs to fit the new part when it arrives."))
    found = page_items(tmp_path, page)
    assert [item.title for item, _, _ in found if item.number is None] == ["Playground Safety Surface", "Dog Fouling on Church Walk", "Defibrillator Cabinet"]
    assert [task.text for item, _, tasks in found if item.title == "Defibrillator Cabinet" for task in tasks] == ["Cllr Hobbs to fit the new part when it arrives"]


def test_a_lone_point_has_no_b_in_either_case_after_it_and_no_footnote_mark_above(tmp_path):
    mixed = _one_item("Finance", "a) Payments \u2013 RESOLVED to approve payments of \u00a31,330.00.\nB) Bank Mandate \u2013 RESOLVED to add Cllr Vale as a signatory.")
    assert "2a" not in _numbers(tmp_path, mixed)
    footnote = _PARISH + "1. Apologies\nNone.\n\n2. Finance\nThe payments were approved.\nMower repair \u00a3380.00 a)\n\n3. Grants\nNone.\na) Includes VAT\n"
    assert _numbers(tmp_path, footnote) == ["1", "2", "3"]


@pytest.mark.parametrize("body", [
    "A. McAllister reported that the lengthsman has cleared the ditches.\nB. O'Connor said the allotment list is full.\nC. Fenwick-Hale reported on the shelter.",
    "A. Entwistle\nB. Hazeldine\nC. Ugwu\nThese three will form the working party on the parish plan.",
    "A) Take down and rebuild the wall in reclaimed stone, about \u00a39,800.\nB) Shore it up with timber and look again in two years.\n"
    "C) Replace it with a hedge, about \u00a3900.\nMembers chose option C.",
])
def test_names_with_initials_and_a_report_s_options_in_capitals_are_no_points(tmp_path, body):
    assert _numbers(tmp_path, _one_item("Working Party", body)) == ["1", "2", "3"]


# --- what the second review found ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("title, body", [
    # a list's entries closed by one decision, under an item that holds no business under headings
    ("Grant Applications", "Three applications were considered in turn by members.\nFenwick Scouts\nA request for help with a new tent for camps.\n"
                           "Village Hall Trust\nA request towards new stacking chairs for the hall.\nRESOLVED to award all three the sums asked for."),
    # a letter read out, a banner, the meeting's venue
    ("Road Safety", "The Chair read out a letter from residents to the meeting.\nDear Members\nWe write about the speed of traffic on Mill Lane.\n"
                    "ENOUGH IS ENOUGH!\nThe banner was put up by residents on the green last week."),
])
def test_a_list_closed_by_one_decision_or_words_no_heading_would_hold_stay_in_their_item(tmp_path, title, body):
    assert _numbers(tmp_path, _one_item(title, body)) == ["1", "2", "3"]


def test_a_sibling_refused_for_its_words_leaves_the_item_whole(tmp_path):
    # ("Westmere District Council" stands where a heading would: its text must not fall under "Broadband Issues")
    page = _one_item("Updates", "Broadband Issues\nFaster broadband should reach the village by next year.\n"
                     "Library Forum\nThe forum's new chair has not yet taken up the post.\n"
                     "Westmere District Council\nThe district will consult on its local plan in the spring. Clerk to reply by March.")
    assert _numbers(tmp_path, page) == ["1", "2", "3"]


def test_capital_options_a_person_s_point_and_a_footnote_s_mark_are_no_points(tmp_path):
    options = _one_item("Old Tennis Court", "The working party drew up three options for the court.\nA) Open Green\nThe area would be seeded as grass.\n"
                        "B) Play Area\nA fenced play area for under eights.\nC) Car Park\nTwelve spaces for users of the hall.\nRESOLVED to consult on option B.")
    assert _numbers(tmp_path, options) == ["1", "2", "3"]
    person = _one_item("Public Participation", "a) Jenny Holt \u2013 asked when the bus shelter would be repaired and was told in May.")
    assert _numbers(tmp_path, person) == ["1", "2", "3"]
    footnote = _one_item("Finance", "The payments were presented.\nHall hire for October (a) \u00a345.00\n"
                         "(a) Paid by standing order \u2013 the Clerk confirmed this will continue.\nRESOLVED to approve the payments.")
    assert _numbers(tmp_path, footnote) == ["1", "2", "3"]


def test_dates_running_on_by_year_are_no_year_month_minutes():
    from cpb_tui.importers.flattened import _reference_breaks

    line = ("The reserves stood at \u00a34,100 at 31.03.35 Year end, \u00a34,600 at 31.03.36 Year end and \u00a35,200 at 31.03.37 Year end, "
            "and the Clerk expects them to rise again next year as the precept rises. " * 3)
    assert _reference_breaks(line) == line


def test_a_bare_list_heading_over_dashed_entries_keeps_them_a_list():
    from cpb_tui.importers.unnumbered import _heading_over_topics

    assert not _heading_over_topics("- Correspondence:")
    assert not _heading_over_topics("- Planning:")
