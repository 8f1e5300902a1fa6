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
