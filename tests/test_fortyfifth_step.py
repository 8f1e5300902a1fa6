"""The forty-fifth step: a web page's "No. | Item |" table whose bars say where each row starts. Texts the project wrote,
about fictional bodies."""

from __future__ import annotations

import datetime as dt

from tests.stored import page_items as _items

# A committee's "Agenda and minutes" page saved as text: the item numbers were links and went, each row ends with a bar
# (or a line of bars), and the rows' titles run into their agenda text or were lost
_BARRED = (
    "Venue: Committee Room 3, Town Hall, Wendling\n"
    "Contact: Democratic Services\n"
    "No. | Item |\n"
    "---|---|\n"
    "Welcome The Chair welcomed two new members of the Panel. |\n"
    "|\n"
    "MEMBERS' INTERESTS To receive declarations of interest in items on this agenda. Minutes: None were declared. |\n"
    "|\n"
    "Additional documents:\n"
    "Minutes: The minutes of the meeting held on 3 March 2037 were agreed as a correct record. |\n"
    "|\n"
    "Allotment Rents PDF 88 KB To consider the rents for 2037/38. Minutes: RESOLVED that the rents rise by two per cent.\n"
    "Proposed Cllr Ash, seconded Cllr Birch, carried unanimously.\n"
    "The meeting ended at 9.10pm\n"
    "|\n"
    "Planning Applications PDF 64 KB Report of the Head of Planning |\n"
    "|\n"
    "Minutes: The Head of Planning reported on two applications. RESOLVED that both be approved.\n"
    "|\n"
    "Public Question Time See the note below. Minutes: There were no questions.\n"
    "Matters Arising\n"
    "Minutes: The Clerk reported that the new bench had been installed. |\n"
)


def test_each_row_of_a_barred_table_is_an_item(tmp_path):
    found = _items(tmp_path, _BARRED, committee="Wendling Allotments Panel", date=dt.date(2037, 4, 7))
    titles = [item.title for item, _, _ in found]
    assert titles == [
        "Welcome",  # (its title ran into the record: the title ends where a sentence begins)
        "Members' Interests",  # (a title in capitals ends where the capitals do)
        "The minutes of the meeting held on 3 March 2037\u2026",  # (its title was lost: its record's first words)
        "Allotment Rents",
        "Planning Applications",
        "Public Question Time",
        "Matters Arising",  # (the row before lost its closing bar: a title line on its own is still a row)
    ]
    clauses = dict((item.title, resolutions) for item, resolutions, _ in found)
    # a record after its row's bar belongs to that row, never a row of its own
    assert clauses["Planning Applications"] == ["that both be approved."]
    # the lines of a row's record ("Proposed ...", "The meeting ended ...") are never rows
    assert len(clauses["Allotment Rents"]) == 1 and clauses["Allotment Rents"][0].startswith("that the rents rise by two per cent.")
    assert not any(title.startswith(("Proposed", "The meeting ended")) for title in titles)



def test_a_bodys_work_programme_noted_is_no_task(tmp_path):
    page = (
        "Minutes of the meeting of the Wendling Scrutiny Panel held on 7 April 2037\n"
        "1. Work Programme\n"
        "RESOLVED that the Scrutiny Panel Work Programme and the matters reported be noted.\n"
        "2. Forward Plan\n"
        "RESOLVED that the Board Forward Plan be approved.\n"
        "3. Allotments Review\n"
        "RESOLVED that the working group report its findings back to the Panel.\n"
    )
    found = _items(tmp_path, page)
    # ("Panel Work Programme": the Panel's programme, never "the Panel to work Programme")
    assert [[action.text for action in actions] for _, _, actions in found] == [
        [], [], ["The working group to report its findings back to the Panel"],
    ]
