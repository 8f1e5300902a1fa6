"""Page shapes read in the eighteenth step. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

import pytest

from tests.stored import stored_text


def _numbers_and_titles(tmp_path, text, **asked):
    _, items = stored_text(tmp_path, "page.txt", text, **asked)
    return [(item.number, item.title) for item, _, _ in items]


def test_an_agenda_kept_as_a_markdown_table_with_its_numbers_in_a_cell(tmp_path):
    text = (
        "Agenda for Marrowby Fire Authority on Wednesday, 9 June 2027, 10.00 am\n\n"
        "| Item no. | Agenda Item | Details | Status | |||\n|---|---|---|---|---|---|---|\n"
        "| 01 | Apologies for Absence |\nCouncillors Ash and Birch |\n|||||\n"
        "| 02 | Disclosable Pecuniary Interests |\nMembers are reminded to declare any interest. |\n|||||\n"
        "| 03 | Public Questions |\nTo receive any questions from the public. |\n|||||\n"
        "| 04 | Appointment of Area Manager |\nTo ratify the panel's choice. |\nFor decision | |||\n"
    )
    assert _numbers_and_titles(tmp_path, text) == [
        ("01", "Apologies for Absence"),
        ("02", "Disclosable Pecuniary Interests"),
        ("03", "Public Questions"),
        ("04", "Appointment of Area Manager"),
    ]


def test_sections_listed_above_their_numbered_items_are_items_too(tmp_path):
    text = (
        "Glenbrae City Council\nStatutory Meeting, Thursday 6 May 2027\n\nItems\nNo. Item\n\n"
        "1. Order of business\n\nAdditional documents:\n\n1.1\n\nOrder of Business\n\nIncluding any urgent items.\n\nAdditional documents:\n\n"
        "2. Declaration of interests\n\nAdditional documents:\n\n2.1\n\nDeclaration of interests\n\nMembers should declare any interests.\n\n"
        "Additional documents:\n\n3. Appointments\n\nAdditional documents:\n\n3.1\n\nAppointment of Members to Committees\n\n"
        "Additional documents:\n\n3.2\n\nAppointments to Outside Bodies\n\nAdditional documents:\n"
    )
    assert [number for number, _ in _numbers_and_titles(tmp_path, text)] == ["1", "1.1", "2", "2.1", "3", "3.1", "3.2"]


@pytest.mark.parametrize("title", ["Order of Business", "Andover Road Crossing", "Butterwick Green", "Whole Council Review", "Thatcham Footpath"])
def test_a_title_that_begins_like_a_joining_word_is_a_title(tmp_path, title):
    # ("Or", "And", "But", "Who" and "That" open no title; "Order", "Andover" and "Thatcham" do)
    # (each number on its own line, its title on the next, as web agendas print them)
    text = f"Kilbrannan Parish Council\nMinutes of the meeting held on 4 March 2027\n\n1.\nApologies\nNone.\n\n2.\n{title}\nNoted.\n\n3.\nNext meeting\n8 April.\n"
    assert _numbers_and_titles(tmp_path, text) == [("1", "Apologies"), ("2", title), ("3", "Next meeting")]


def test_a_trackers_next_reference_heading_is_never_part_of_the_task_before_it(tmp_path):
    text = (
        "Marrowby Police Authority\nMinutes of the meeting held on 4 March 2027\n\n"
        "6. Outstanding references\nMembers considered the outstanding references.\n"
        "2/2026/P \u2013 Forum Outcomes\n"
        "\u00b7 The Commissioner agreed to invite Members to the next meeting of the Forum on 13 May 2027.\n"
        "3/2026/P \u2013 Staff Survey\n"
        "\u00b7 The Chairman noted that a report on the staff survey would be submitted to the June 2027 meeting.\n"
    )
    _, items = stored_text(tmp_path, "refs.txt", text)
    texts = [action.text for _, _, actions in items for action in actions]
    assert texts == [
        "The Commissioner to invite Members to the next meeting of the Forum on 13 May 2027",
        "Submit a report on the staff survey to the June 2027 meeting",
    ]


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        ("Marrowby Fire and Rescue Authority", "Marrowby Fire and Rescue Authority"),
        ("Marrowby National Park Authority", "Marrowby National Park Authority"),
        ("Marrowby Police Authority", "Marrowby Police Authority"),
        ("Marrowby Fire Authority\nAudit Committee", "Audit Committee"),
    ],
)
def test_an_authority_that_meets_as_a_whole_is_the_body_when_no_committee_is_named(tmp_path, heading, body):
    text = f"{heading}\nMinutes of the meeting held on 4 March 2027\n\n1. Apologies\nNone.\n\n2. Budget monitoring\nThe report was noted.\n"
    meeting, _ = stored_text(tmp_path, "authority.txt", text)
    assert (meeting.committee, meeting.date.isoformat()) == (body, "2027-03-04")


async def test_an_item_that_raised_actions_is_never_folded_away(tmp_path, pinned_today):
    from cpb_tui.store import Store
    from cpb_tui.tui.app import make_app
    from cpb_tui.tui.screens import HomeScreen, MeetingScreen
    from tests.pilot_wait import wait_for

    text = (
        "Kilbrannan Parish Council\nMinutes of the meeting held on 4 March 2027\n\n"
        "1. Apologies\nNone.\n\n2. Footpaths\nThe report was noted.\n\n"
        "3. Any other business\nCllr Hale to write to the school about parking.\n"
    )
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    from cpb_tui.importers import load

    store = Store.open(tmp_path / "cpb.db")
    source, record = load(path)
    store.import_document(record, str(path), source.sha256)
    store.close()
    app = make_app(tmp_path / "cpb.db")
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.summaries)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, MeetingScreen) and app.screen.shown_item_id is not None)
        shown = [item.title for item in app.screen.shown_items]
        # apologies fold away; the other business, with the clerk's task in it, stays in the list
        assert shown == ["Footpaths", "Any other business"]



def test_a_table_of_payments_is_no_agenda_and_a_markdown_row_keeps_its_details_apart(tmp_path):
    payments = (
        "Kilbrannan Parish Council\nMinutes of the meeting held on 4 March 2027\n\n1. Apologies\nNone.\n\n2. Footpaths\nNoted.\n\n"
        "3. Finance\nPayments were approved:\n| 1 | Anglian Water | 45.20 |\n| 2 | HMRC | 162.50 |\n| 3 | Clerk salary | 400.00 |\n\n"
        "4. Planning\nNone.\n\n5. Next meeting\n8 April.\n"
    )
    assert [number for number, _ in _numbers_and_titles(tmp_path, payments)] == ["1", "2", "3", "4", "5"]
    rows = (
        "Agenda for Marrowby Fire Authority on Wednesday, 9 June 2027, 10.00 am\n\n| Item no. | Agenda Item | Details |\n|---|---|---|\n"
        "| 01 | Apologies for Absence | Councillors Ash and Birch |\n| 02 | Disclosable Pecuniary Interests | Members are reminded to declare. |\n"
        "| 03 | Minutes | To approve the minutes of 3 March 2027. |\n"
    )
    (tmp_path / "agenda").mkdir()
    assert _numbers_and_titles(tmp_path / "agenda", rows) == [
        ("01", "Apologies for Absence"), ("02", "Disclosable Pecuniary Interests"), ("03", "Minutes"),
    ]


def test_a_list_inside_an_item_is_no_section_above_the_next_items(tmp_path):
    text = (
        "Kilbrannan Parish Council\nMinutes of the meeting held on 4 March 2027\n\n1.1\nApologies\nNone received.\n\n"
        "1.2\nPolice report\nThe report listed:\n1. Burglary at Mill Farm\n2. Speeding on Mill Lane\n\n"
        "2.1\nTree works at the green\nNoted.\n\n2.2\nBench repairs\nNoted.\n"
    )
    assert [number for number, _ in _numbers_and_titles(tmp_path, text)] == ["1.1", "1.2", "2.1", "2.2"]


@pytest.mark.parametrize("committee", ["Overview and Scrutiny", "Audit and Governance"])
def test_an_authority_over_a_committee_it_does_not_call_a_committee_asks(tmp_path, committee):
    from cpb_tui.importers import ImportProblem, load

    path = tmp_path / "minutes.txt"
    path.write_text(f"Marrowby Combined Authority\n{committee}\nMinutes of the meeting held on 4 March 2027\n\n1. Apologies\nNone.\n\n2. Reports\nNoted.\n", encoding="utf-8")
    with pytest.raises(ImportProblem, match="which committee"):
        load(path)


def test_a_table_agenda_keeps_its_numbered_sub_rows(tmp_path):
    text = (
        "Marrowby Town Council\nAmenities Committee\nAgenda for the meeting on 13 June 2027\n\nNo | Item |\n"
        "1 | Apologies for absence |\n2 | Park Lane Play Areas |\n2.1 | To note that the council agreed not to sell the park. |\n"
        "2.2 | To receive an update from the Park Lane Group. |\n3 | Ship Street Field\nTo note the transfer to Property. |\n"
    )
    assert [number for number, _ in _numbers_and_titles(tmp_path, text)] == ["1", "2", "2.1", "2.2", "3"]
