"""A meeting is filed under a body's name or cpb asks for one: never under a heading, a person or a notice.

Each case is a line a real page puts where the committee's name usually goes, in the project's
own words about the fictional Ashcombe councils.
"""

import pytest
from click.testing import CliRunner

from cpb_tui.cli import cli
from cpb_tui.importers.committee_names import clean_committee
from cpb_tui.store import Store


def imported_meetings(tmp_path, path, *options):
    """`cpb import PATH [OPTIONS]` into the test's store, which must succeed: each meeting's committee and date."""
    done = CliRunner().invoke(cli, ["--db", str(tmp_path / "cpb.db"), "import", str(path), *options])
    assert done.exit_code == 0, done.output
    store = Store.open(tmp_path / "cpb.db")
    try:
        return [(m.committee, m.date.isoformat()) for m in store.meetings()]
    finally:
        store.close()


@pytest.mark.parametrize(
    "line, name",
    [
        # the words around a name come off
        ("Page ASHCOMBE SAFEGUARDING CHILDREN PARTNERSHIP BOARD", "Ashcombe Safeguarding Children Partnership Board"),
        ("The website of Ashcombe Parish Council", "Ashcombe Parish Council"),
        ("Meeting: Health Scrutiny Sub-Committee (Shire Hall, Ashcombe", "Health Scrutiny Sub-Committee"),
        ("Licensing Committee (expired)", "Licensing Committee"),
        ("Licensing Committee (2006-2016)", "Licensing Committee"),
        ("Audit Panel (this panel has been merged with the Governance Committee and no longer meets)", "Audit Panel"),
        ("Ashcombe Parish Council Meeting APC/JT/207", "Ashcombe Parish Council"),
        ("Ashcombe Parish Council Page: 4 2025", "Ashcombe Parish Council"),
        ("Children's Scrutiny Committee update report", "Children's Scrutiny Committee"),
        ("Extraordinary Ashcombe Parish Council", "Ashcombe Parish Council"),
        ("Full Ashcombe Town Council", "Ashcombe Town Council"),
        ("Special Meeting of the Planning Committee", "Planning Committee"),
        ("MEETING OF THE COUNCIL", "Council"),
        # names that stay as they are
        ("Licensing Committee (Gambling Act Functions)", "Licensing Committee (Gambling Act Functions)"),
        ("Annual Parish Meeting", "Annual Parish Meeting"),
        ("Full Council", "Full Council"),
        ("Corporate Parenting Board", "Corporate Parenting Board"),
        ("the Cabinet (Item 6)", "Cabinet"),
    ],
)
def test_the_words_around_a_name_come_off(line, name):
    assert clean_committee(line) == name


@pytest.mark.parametrize(
    "line",
    [
        "4 Council",  # an item's number and heading
        "2.1 Council",
        "37/25 Actions from the last meeting not on this agenda: none",
        "25/081 The meeting closed at 9.10 pm",
        "1/ Open Forum",
        "Ordinary",  # the kind of meeting alone
        "Extra-ordinary",
        "virtual",
        "Mrs J Pennant, Clerk and Proper Officer",  # the clerk's line
        "Mr T Ashdown - Clerk to the Council",
        "Meeting moved to 14/5/25 7.00pm Ashcombe Village Hall",  # a notice
        "Declarations of Interest in items on this agenda",  # an agenda heading
        "Committee Action Tracker 2025",
    ],
)
def test_what_is_no_name_is_turned_away(line):
    assert clean_committee(line) is None


def test_the_clerks_line_is_not_the_committee(tmp_path):
    path = tmp_path / "ashcombe-community.txt"
    path.write_text(
        "Cyngor Cymuned Ashcombe Community Council\n\n"
        "Minutes of the Meeting held on Tuesday 11th March 2025\n\nat Ashcombe Village Hall\n\n"
        "Cllr A Hale (Chairman)\n\nCllr B Moss\n\nIn attendance:\n\n"
        "Mr T Ashdown – Clerk to the Council\n\n"
        "1. Apologies for absence\nCllr C Dunn\n2. Play area\nRESOLVED that the Clerk obtains three quotes for new swings.\n",
        encoding="utf-8",
    )
    # (the bilingual name is filed under its English part, as the council's other pages name it)
    assert [committee for committee, _ in imported_meetings(tmp_path, path)] == ["Ashcombe Community Council"]


def test_a_notice_in_the_committees_place_makes_cpb_ask(tmp_path):
    """Nothing but a notice where the name would be: cpb asks, names the file and writes nothing."""
    path = tmp_path / "ashcombe-notice.txt"
    path.write_text(
        "Meeting moved to 14/5/25 7.00pm Ashcombe Village Hall\n"
        "Minutes of the meeting held on 14 May 2025\n\n"
        "1. Footpaths\nAgreed: the Clerk to report the broken stile to the county.\n",
        encoding="utf-8",
    )
    db = tmp_path / "cpb.db"
    runner = CliRunner()
    refused = runner.invoke(cli, ["--db", str(db), "import", str(path)])
    assert refused.exit_code == 1
    assert str(path) in refused.output and "--committee" in refused.output
    assert imported_meetings(tmp_path, path, "--committee", "Ashcombe Parish Council") == [("Ashcombe Parish Council", "2025-05-14")]


def test_a_closing_line_numbered_as_a_minute_is_not_the_committee(tmp_path):
    path = tmp_path / "ashcombe-allotments.txt"
    path.write_text(
        "Ashcombe Parish Council\nClerk: Mrs J Pennant\nMinutes of the Meeting held 7.00pm 9th April 2025\n"
        "25/040 The members walked the allotment boundary.\nResolved: Quotes requested for a new fence.\n"
        "25/041 The meeting closed at 8.15 pm\n",
        encoding="utf-8",
    )
    assert imported_meetings(tmp_path, path) == [("Ashcombe Parish Council", "2025-04-09")]


@pytest.mark.parametrize(
    "heading, committee, date",
    [
        ("Cofnodion o gyfarfod o'r Cyngor a gynhaliwyd Nos Fercher y 27ain o Ionawr 2027 am 7.30 o'r gloch drwy zoom.", "Cyngor", "2027-01-27"),
        ("Rhaglen a chofnodion  Cyngor Sir Ashcombe - Dydd Iau, 9fed Hydref, 2026 2.00 o'r gloch", "Cyngor Sir Ashcombe", "2026-10-09"),
        ("Cyngor Cymuned Ashcombe Community Council Cofnodion y cyfarfod o'r Panel Ymgysylltu a gynhaliwyd Nos Fercher, 13 Mehefin 2026 "
         "yn Neuadd y Pentref", "Panel Ymgysylltu", "2026-06-13"),
    ],
)
def test_welsh_headings_and_dates_with_welsh_ordinals(tmp_path, heading, committee, date):
    path = tmp_path / "cofnodion.txt"
    path.write_text(f"{heading}\n\n1. Ymddiheuriadau\nDim.\n\n2. Cofnodion\nCadarnhawyd cofnodion y cyfarfod blaenorol.\n", encoding="utf-8")
    assert imported_meetings(tmp_path, path) == [(committee, date)]


def test_the_last_meeting_is_no_committee():
    assert clean_committee("last") is None
    assert clean_committee("Agenda and minutes Ashcombe Cabinet") == "Ashcombe Cabinet"


def test_a_heading_in_capitals_after_a_file_sites_own_lines(tmp_path):
    """ "Draft Minutes for approval ASHCOMBE COMMUNITY COUNCIL Minutes of meeting held on Tuesday 14th October 2025 ...":
    a PDF on a document site, its heading run into one line after the site's own words."""
    path = tmp_path / "acc.txt"
    path.write_text(
        "ACC Draft Minutes OCTOBER 2025\nTotal Page:6\nFile Type:pdf, Size:220Kb\n"
        "Draft Minutes for approval ASHCOMBE COMMUNITY COUNCIL Minutes of meeting held on Tuesday 14th October 2025 at 7.30pm "
        "in the Village Hall Present: A Hale (AH), B Moss (BM)\n"
        "1. Welcome. The Chair opened the meeting.\n2. Minutes. The minutes of the September meeting were approved.\n",
        encoding="utf-8",
    )
    assert imported_meetings(tmp_path, path) == [("Ashcombe Community Council", "2025-10-14")]
