"""Shapes the tenth held-out set showed: minute numbers carrying the council's year or a running
count ("001-26/27.", "10457/04/26", "14365"), an authority's "Agenda and minutes" heading, and a
decision met mid-line that says it was unanimous. Texts the project wrote, about fictional councils."""

from __future__ import annotations

import datetime as dt

from cpb_tui.importers.decisions import split_decisions
from tests.stored import stored_text


def test_minute_numbers_with_the_councils_year_after_them(tmp_path):
    text = (
        "ASHCOMBE PARISH COUNCIL\n\n"
        "Minutes of an extraordinary meeting held by Ashcombe Parish Council on Tuesday 5th May 2026 at 6.00 pm in the Village Hall\n\n"
        "Members Present:\nCllr. R. Hale (Chair); Cllr. T. Moss\n\n"
        "001-26/27.  Chair's remarks.\nThere were no remarks.\n"
        "002-26/27.  Apologies for absence.\nApologies were received from Cllr Dunn.\n"
        "003-26/27.  To resolve the following payments\n"
        "i.   Verge mowing, spring                                  £96.50\n"
        "Cllr Hale proposed, and it was unanimously resolved to pay invoice i.\n"
    )
    meeting, found = stored_text(tmp_path, "ashcombe.txt", text)
    assert meeting.date == dt.date(2026, 5, 5)
    assert [item.number for item, _, _ in found] == ["001-26/27", "002-26/27", "003-26/27"]
    assert found[2][1] == ["to pay invoice i."]


def test_running_minute_numbers_of_five_figures_and_with_month_and_year(tmp_path):
    text = (
        "Minutes of the meeting of Ashcombe Town Council held in the Market Hall on Monday, 3rd August 2026 at 7pm\n\n"
        "PRESENT: Councillor R. Hale (chairman), Councillors T. Moss and P. Dunn\n\n"
        "14365 CHAIRMAN'S ANNOUNCEMENTS\nThe chairman had attended the summer fair.\n\n"
        "14366 POLICE MATTERS\nPC Dunn is leaving the area. It was agreed to send her a card.\n"
    )
    _, found = stored_text(tmp_path, "town.txt", text)
    assert [(item.number, item.title) for item, _, _ in found if item.number] == [
        ("14365", "Chairman's Announcements"), ("14366", "Police Matters"),
    ]
    text = (
        "MINUTES OF THE ORDINARY MEETING OF ASHCOMBE TOWN COUNCIL HELD ON THURSDAY 9th APRIL 2026\n\n"
        "10457/04/26 APOLOGIES\nCouncillor Moss.\n\n"
        "10458/04/26 DECLARATIONS OF INTEREST\nThere were none.\n\n"
        "10459/04/26 URGENT MATTERS\nThere were none.\n"
    )
    _, found = stored_text(tmp_path, "town-april.txt", text)
    assert [item.number for item, _, _ in found if item.number] == ["10457/04/26", "10458/04/26", "10459/04/26"]


def test_an_authoritys_agenda_and_minutes_heading_names_it_and_the_date(tmp_path):
    text = (
        "Agenda and minutes\n\n"
        "National Park Authority - Monday, 22nd June, 2026 10.00 am\n\n"
        "Venue: Virtual Meeting. View directions\n\n"
        "Items\nNo. Item\n\n1.\n\nApologies for Absence\n\nMinutes:\n\nApologies were received from Cllr Moss.\n\n"
        "2.\n\nDeclarations of Interest\n\nMinutes:\n\nThere were none.\n"
    )
    meeting, _ = stored_text(tmp_path, "npa.txt", text)
    assert (meeting.committee, meeting.date) == ("National Park Authority", dt.date(2026, 6, 22))


def test_a_decision_met_mid_line_keeps_that_it_was_unanimous():
    _, blocks = split_decisions(["Cllr Hale proposed, and it was unanimously resolved to pay invoice i."])
    assert [(list(block), block.opening) for block in blocks] == [(["to pay invoice i."], "It was unanimously resolved")]


def test_a_summons_to_the_monthly_meeting_names_the_council_and_the_day(tmp_path):
    text = (
        "Ashcombe and Fenwick District Council\n\nDear Member of Ashcombe and Fenwick District Council\n\n"
        "You are hereby summoned to attend the monthly meeting of Ashcombe and Fenwick District Council to be held in the "
        "Assembly Room, Market House, on Thursday 26 November 2026 at 4.00pm.\n\nYours faithfully\n\nAGENDA\n\n"
        "1 Apologies\n2 Declarations of Interest\n3 Chair's Business\n4 Matters Arising\n"
    )
    meeting, found = stored_text(tmp_path, "summons.txt", text)
    assert (meeting.committee, meeting.date) == ("Ashcombe and Fenwick District Council", dt.date(2026, 11, 26))
    assert [item.number for item, _, _ in found] == ["1", "2", "3", "4"]


def test_minute_numbers_at_the_start_of_a_bilingual_tables_rows(tmp_path):
    text = (
        "Full Council\n10/02/2026 at 6:30 pm\n\nCyngor Tref Ashcombe Town Council\n\nCOFNODION / MINUTES\n|\n|||\n"
        "290 | Yn bresennol:\nCyng. R. Hale (Cadeirydd)\n|\nPresent:\nCllr. R. Hale (Chair)\n|\n|\n"
        "291 | Ymddiheuriadau:\nCyng. T. Moss\n|\nApologies:\nCllr. T. Moss\n|\n|\n"
        "292 | Datgan Diddordeb\nDim |\nDeclarations of interest\nNone |\n"
    )
    meeting, found = stored_text(tmp_path, "bilingual.txt", text)
    assert meeting.date == dt.date(2026, 2, 10)
    assert [(item.number, item.title) for item, _, _ in found] == [("290", "Yn bresennol"), ("291", "Ymddiheuriadau"), ("292", "Datgan Diddordeb")]


def test_a_table_rows_bar_after_the_number_separates_it_from_the_title():
    from cpb_tui.importers.numbering import _candidate

    heading = _candidate(["290 | Yn bresennol:", "Cyng. R. Hale (Cadeirydd)"], 0)
    assert heading is not None and (heading.number, heading.title) == ("290", "Yn bresennol")


def test_a_skipped_number_glued_to_its_sentence_is_still_an_item(tmp_path):
    text = (
        "Minutes of the meeting of the Ashcombe Harbour Trust held on 12 February 2026\n\n"
        "Present: K. Lowry (Chair); D. Penrose; M. Ashdown (Treasurer)\n"
        "1.Apologies: S. Tarrant; H. Quayle\n"
        "2.Minutes of the meeting held on 15 January 2026 were approved.\n"
        "3.Finance Report:\nMooring fees are in line with the budget.\n"
        "4.Projects:\nThe harbour wall survey is complete.\n"
    )
    _, found = stored_text(tmp_path, "trust.txt", text)
    assert [item.number for item, _, _ in found if item.number] == ["1", "2", "3", "4"]
    assert found[1][1] == ["Minutes of the meeting held on 15 January 2026 were approved."]
