"""Page shapes read in the nineteenth step: running minute numbers of three and four figures run
into one paragraph, and an agenda item page whose minute has numbered points. Texts the project wrote,
about fictional bodies."""

from __future__ import annotations

from datetime import date

import pytest

from cpb_tui.domain.text import display_title
from tests.stored import stored_text


def _numbers(tmp_path, text, **asked):
    _, items = stored_text(tmp_path, "page.txt", text, **asked)
    return [item.number for item, _, _ in items if item.number]


def test_running_numbers_with_a_stop_run_into_one_paragraph_are_items(tmp_path):
    # a PDF pasted as one paragraph: each number after a word or a date, its title an agenda's "To ..."
    text = (
        "Pennock Town Council DRAFT Minutes of the meeting held by telephone on 3 May 2027. Present: Cllr Avery (Mayor) "
        "Cllr Blane Cllr Cotter J. Dace (Clerk) 2 Members of the public and press 319. To receive apologies for absence. "
        "Apologies were received and accepted from Cllrs Eden and Ford. 320. To receive declarations of interest in items on the "
        "agenda. Cllr Blane declared an interest in item 324. 321. Public Participation To receive questions from members of the "
        "public. There were none. 322. Minutes for Approval To approve the minutes of the meeting held on 12/04/2027. It was "
        "resolved to approve the minutes as a true record. 1 Full Council Minutes 12.04.2027 323. Committee Minutes The minutes "
        "of the Parks Committee held on 20 April 2027 were noted. 324. Community Grants To consider the grant to the youth club. "
        "It was resolved to award a grant of two hundred pounds to the youth club for its summer scheme this year."
    )
    assert _numbers(tmp_path, text, committee="Pennock Town Council") == ["319", "320", "321", "322", "323", "324"]


def test_a_running_minute_written_as_a_sentence_before_the_first_titled_one_is_an_item(tmp_path):
    text = (
        "On Monday 12 July 2027 a Meeting of Glasdir Community Council was held in the Village Hall at 7.00 pm PRESENT: "
        "Cllrs Ann Hughes (Chair); Mrs B Price; C Owen and the clerk\n\n"
        "4829 Apologies for absence were received from Cllrs D Lewis; F Rees; G Jones and E Morgan 4830 Personal Matters \u2013 none "
        "4831 Declaration of Personal or Prejudicial Interest \u2013 none 4832 Confirmation of Minutes It was RESOLVED that the "
        "minutes of the meeting held on 14 June 2027 be confirmed as a true record. 4833 Footpaths The clerk reported that the "
        "stile near the chapel had been mended and that the county council would inspect the bridle path by the river in "
        "August. 4834 Correspondence A letter from the county council about winter gritting was noted.\n"
    )
    assert _numbers(tmp_path, text) == ["4829", "4830", "4831", "4832", "4833", "4834"]


def test_a_count_of_people_before_a_short_run_is_never_an_item(tmp_path):
    # ("3 Members of the public" is a count, and a run of two numbers is no run)
    text = (
        "Minutes of Tarrant Parish Council held on 6 May 2027\nPresent: Cllrs Ash, Birch and Cole. 3 Members of the public\n\n"
        "512. Apologies None.\n\n513. Minutes The minutes of the April meeting were approved.\n"
    )
    numbers = _numbers(tmp_path, text)
    assert "3" not in numbers and "511" not in numbers


def test_an_agenda_item_page_keeps_its_numbered_points_inside_its_one_minute(tmp_path):
    text = (
        "Agenda item\n\nMinutes\n\nTo agree the public minutes of the meeting held on 4 March 2027.\n\nMinutes:\n\n"
        "The public minutes of the meeting held on 4 March 2027 were approved as a correct record.\n\nMATTERS ARISING\n\n"
        "(1) Audit Panel Appointment (p4) \u2013 The Town Clerk advised that a reply was awaited. The Deputy Chairman added that he "
        "had been appointed to the Audit Panel and offered to pursue a response on behalf of the Committee.\n\n"
        "(2) Policing Plan (p5) \u2013 The Chairman thanked Members for their part in the recent workshop.\n\nSupporting documents:\n"
    )
    _, items = stored_text(tmp_path, "item.txt", text, committee="Marrowby Police Committee", date=date(2027, 4, 8))
    assert len(items) == 1
    item, clauses, actions = items[0]
    assert clauses == ["The public minutes of the meeting held on 4 March 2027 were approved as a correct record."]
    assert [action.text for action in actions] == ["The Deputy Chairman to pursue a response on behalf of the Committee"]


def test_a_welsh_heading_naming_the_kind_of_meeting_files_it_under_the_council(tmp_path):
    # ("Cyfarfod Arbennig" is a special meeting: the kind of meeting, not a committee called "Arbennig")
    text = (
        "CYNGOR SIR BRO MÔN\n\nCofnodion y Cyfarfod Arbennig a gynhaliwyd ar 16 Mawrth 2027\n\n"
        "PRESENNOL:\n\nY Cynghorydd A. Jones - Cadeirydd\n\n"
        "1\n\nDATGANIAD O DDIDDORDEB\n\nNi dderbyniwyd unrhyw ddatganiad o ddiddordeb.\n\n"
        "2\n\nCYHOEDDIADAU\n\nRoedd y Cadeirydd am ddymuno'n dda i'r Cynghorydd B. Evans.\n"
    )
    meeting, items = stored_text(tmp_path, "cofnodion.txt", text)
    assert meeting.committee == "Cyngor Sir Bro Môn"
    assert meeting.date == date(2027, 3, 16)
    assert [item.number for item, _, _ in items] == ["1", "2"]


@pytest.mark.parametrize(
    ("printed", "shown"),
    [("CYNGOR SIR BRO MÔN", "Cyngor Sir Bro Môn"), ("TŶ NEWYDD PLAY AREA", "Tŷ Newydd Play Area"), ("PAYE AND PENSIONS", "PAYE and Pensions"), ("DWP UPDATE", "DWP Update")],
)
def test_a_title_in_capitals_with_welsh_letters_is_shown_in_title_case(printed, shown):
    assert display_title(printed) == shown


def test_an_agenda_item_page_with_no_date_of_its_own_names_the_dates_it_holds(tmp_path):
    from click.testing import CliRunner

    from cpb_tui.cli import cli

    page = tmp_path / "item.txt"
    page.write_text(
        "Agenda item\n\nMinutes\n\nTo agree the minutes of the meeting held on 4 March 2027.\n\nMinutes:\n\n"
        "The minutes of the meeting held on 4 March 2027 were approved as a correct record.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "cpb.db"), "import", str(page)], catch_exceptions=False)
    assert result.exit_code == 1
    assert "dates in the text: 2027-03-04" in result.output and "--date" in result.output


def test_a_count_of_people_before_a_run_of_minute_numbers_is_no_minute(tmp_path):
    text = (
        "Minutes of the meeting of Quarrington Parish Council held on 4 May 2027\n\nPresent: Cllrs Ash, Birch and Cole\n\n"
        "450 Residents had signed the petition about the quarry lorries, which was handed to the Chair.\n\n"
        "451 Apologies None were received from any member of the council tonight.\n"
        "452 Declarations of Interest None were declared by members at this meeting.\n"
        "453 Minutes The minutes of the April meeting were approved as a true record.\n"
        "454 Quarry Lorries The Clerk will write to the quarry company about the lorries.\n"
    )
    assert _numbers(tmp_path, text) == ["451", "452", "453", "454"]


def test_years_that_end_sentences_in_a_long_paragraph_never_cut_it():
    from cpb_tui.importers.flattened import unflatten

    line = (
        "VILLAGE HALL The trustees reported on the hall. The kitchen was refitted in 2023. The roof was repaired by the same "
        "builder in 2024. The car park was resurfaced with help from the district grant in 2025. The trustees thanked the "
        "council and said the hall now needs new chairs and tables for the groups that use it each week, and a new boiler. "
        "Agreed that the Clerk would prepare a grant application to the lottery fund for the chairs, the tables and the "
        "boiler, and report back to the next meeting of the council in June."
    )
    assert unflatten([line]) == [line]
