"""A heading line that names the meeting gives its date, in whatever words it comes.

Minutes of small councils and authorities often open with one long line: the council in
capitals run into "Minutes of Meetings held ...", "A meeting was held on ...", "Minute General
Meeting of the Council Tuesday, 8 December ...". cpb reads the date there instead of asking for
it; a sentence about other minutes ("To agree the minutes of the meeting held on ...") gives
none. Texts the project wrote, about fictional councils.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from cpb_tui.cli import cli
from cpb_tui.store import Store


def run_import(tmp_path, text, *options):
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    return CliRunner().invoke(cli, ["--db", str(tmp_path / "cpb.db"), "import", str(path), *options])


def meetings(tmp_path):
    store = Store.open(tmp_path / "cpb.db")
    try:
        return [(m.committee, m.date.isoformat()) for m in store.meetings()]
    finally:
        store.close()


BODY = "\n\n1. Apologies\nNone were received.\n\n2. Allotments\nThe rents for next year were agreed.\n"


@pytest.mark.parametrize(
    "heading, expected",
    [
        # the council in capitals run into the heading and the attendance
        ("ASHCOMBE TOWN COUNCIL Minutes of Meetings held Wednesday, 4 June 2026 Present: Councillor R. Hale (Chair), Councillor T. Moss",
         ("Ashcombe Town Council", "2026-06-04")),
        # the council on its own line, then a sentence that the meeting was held, the month first
        ("Ashcombe Community Council\n\nA meeting was held on June 6th 2026 in the village school", ("Ashcombe Community Council", "2026-06-06")),
    ],
)
def test_a_heading_line_gives_the_meeting_and_its_date(tmp_path, heading, expected):
    done = run_import(tmp_path, heading + BODY)
    assert done.exit_code == 0, done.output
    assert meetings(tmp_path) == [expected]


def test_a_heading_with_the_date_but_no_body_asks_only_for_the_committee(tmp_path):
    text = "Minute Ordinary Meeting of the Board Tuesday, 8 December 2026, 14:00." + BODY
    refused = run_import(tmp_path, text)
    assert refused.exit_code != 0
    assert "--committee" in refused.output and "--date" not in refused.output
    done = run_import(tmp_path, text, "--committee", "Ashcombe Harbour Board")
    assert done.exit_code == 0, done.output
    assert meetings(tmp_path) == [("Ashcombe Harbour Board", "2026-12-08")]


@pytest.mark.parametrize(
    "first_line",
    [
        "To agree the minutes of the meeting held on 13 July 2026.",
        "That the minutes of the meeting held on 13 July 2026 be agreed as a true record.",
        "The report is to be considered at the Cabinet meeting on 16 September 2026.",
        "Ashcombe Parish Council meeting to be held on 16 September 2026",
    ],
)
def test_a_sentence_about_another_meeting_gives_no_date(tmp_path, first_line):
    refused = run_import(tmp_path, first_line + BODY, "--committee", "Ashcombe Parish Council")
    assert refused.exit_code != 0
    assert "--date" in refused.output
    assert meetings(tmp_path) == []


def test_a_record_of_decisions_stamped_by_agenda_item_names_its_meeting_in_its_first_line(tmp_path):
    # no cover and no AGENDA line: the pack's own reading finds nothing, the first lines say it all
    text = (
        "RECORD OF DECISION\n\n"
        "The following decisions were taken on WEDNESDAY, 14 JANUARY 2026 by the EXECUTIVE\n"
        "These decisions do not take effect until MONDAY, 26 JANUARY 2026\n\n"
        "Agenda Item 3\n\nLIBRARY OPENING HOURS\n\nDECISION: That the revised opening hours be approved.\n\n"
        "Agenda Item 4\n\nPLAY AREA REPAIRS\n\nDECISION: That the repairs be funded from reserves.\n"
    )
    done = run_import(tmp_path, text)
    assert done.exit_code == 0, done.output
    assert meetings(tmp_path) == [("Executive", "2026-01-14")]
