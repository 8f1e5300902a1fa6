"""The fifty-first step's item shapes: how public pages on the development list numbered or headed their items, written
again about fictional bodies. Texts the project wrote."""

from __future__ import annotations

from tests.stored import page_items as _items


def _found(tmp_path, page: str) -> dict[str | None, tuple[str, list[str]]]:
    """Per item number, its title and clauses."""
    return {item.number: (item.title, clauses) for item, clauses, _ in _items(tmp_path, page)}


def test_a_committee_code_with_a_space_slipped_in_still_runs(tmp_path):
    page = (
        "MINUTES OF THE MEETING OF THE TOWN COUNCIL OF ASHBY FENN HELD ON TUESDAY 9 MARCH 2036\n\n"
        "FN.311 DECLARATIONS OF INTEREST\n\nThere were none.\n\n"
        "FN.312 Councillor Mr R Quayle had put the following question \u2013\n\n\"Will the bus shelter be mended?\"\n\n"
        "RESOLVED that the clerk ask the county for a date.\n\n"
        "FN. 313 Mrs June Petty had put the following question, for the allotment holders \u2013\n\n"
        "\"When will the water troughs be replaced?\"\n\nThe Mayor said the troughs were on order.\n"
    )
    found = _found(tmp_path, page)
    assert list(found) == ["FN.311", "FN.312", "FN.313"]
    assert found["FN.313"][0].startswith("Mrs June Petty had put the following question")


def test_a_part_s_letter_and_item_number_run_as_minutes(tmp_path):
    page = (
        "Meeting: Coastal Paths Committee\nDate: 3 February 2036\nItem: B1 Minutes of the Meeting held on 4 December 2035\n\n"
        "At a Meeting of the Coastal Paths Committee held at Shire Hall on Thursday 4 December 2035 at 2.00 pm\n\n"
        "Present: Councillor T Rowe in the Chair\n\n"
        "B1 Minutes\n\nThe Minutes of the meeting held on 2 October 2035 were agreed as a correct record.\n\n"
        "B2 Dune Fencing Survey\n\nThe Ranger described the winter survey of the fences.\n"
    )
    found = _found(tmp_path, page)
    assert list(found) == ["B1", "B2"]
    assert found["B1"] == ("Minutes", ["The Minutes of the meeting held on 2 October 2035 were agreed as a correct record."])


def test_a_minutes_approval_wrapped_before_its_date_or_its_verdict(tmp_path):
    page = (
        "Minutes of the Meeting of Orton Lees Parish Council held on Monday 5 May 2036 at 7pm\n\n"
        "1. Apologies: None.\n"
        "2. Minutes\n"
        "The Minutes of the Ordinary Meeting held on\n"
        "Monday 7th April 2036 at 7.00pm were confirmed as a true record and signed.\n"
        "3.      Minutes of the extra meeting held on Friday 11th April 2036 were read and\n"
        "agreed as a true record.\n"
        "4.      Close\n"
    )
    found = _found(tmp_path, page)
    assert found["2"][1] == ["The Minutes of the Ordinary Meeting held on Monday 7th April 2036 at 7.00pm were confirmed as a true record and signed."]
    assert found["3"][0] == "Minutes of the extra meeting held on Friday 11th April 2036"
    assert found["3"][1] == ["Minutes of the extra meeting held on Friday 11th April 2036 were read and agreed as a true record."]


def test_points_numbered_41_1_and_41_2_under_the_meeting_s_own_heading_are_items(tmp_path):
    page = (
        "Minutes of the Parish Council Meeting held on 2nd June 2036 @ 7.30pm\n"
        "In the Reading Room, Mill Street\n"
        "Present: Cllrs Rhona Pike (RP)(Chair); Owen Lutt (OL); Sal Vane (SV)\n"
        "- APOLOGIES FOR ABSENCE: Cllr TM \u2013 apologies accepted.\n"
        "- Cllr Owen Lutt declared an association with the bowls club.\n"
        "Members AGREED that no dispensation was required.\n"
        "58.1 The Minutes of the May Meeting were APPROVED as a true and accurate record.\n"
        "58.2 Matters arising from the minutes not otherwise covered in the Agenda:\n"
        "- The bench plaque on the green is still to be ordered.\n"
        "Action: Clerk\n"
        "- Cllr SV asked about the hedge at the allotments. It was AGREED that the tenant should be written to.\n"
        "Action: Clerk\n"
    )
    items = _items(tmp_path, page)
    assert [(item.number, item.title) for item, _, _ in items][:2] == [(None, "Apologies for absence"), (None, "Declarations of interest")]
    assert items[1][1] == ["Members AGREED that no dispensation was required."]
    found = _found(tmp_path, page)
    assert sorted(map(str, found)) == ["58.1", "58.2", "None"]
    assert found["58.1"][1] == ["The Minutes of the May Meeting were APPROVED as a true and accurate record."]
    assert found["58.2"][0] == "Matters arising from the minutes not otherwise covered in the Agenda"


def test_an_item_page_s_paragraphs_stay_one_item(tmp_path):
    page = (
        "Resources Board, 14 July 2036\nBudget Monitoring Report\n\n"
        "17.1 The Board received the report of the Treasurer on spending to the end of June.\n"
        "17.2 RESOLVED: That the report be noted.\n"
    )
    found = _found(tmp_path, page)
    assert list(found) == ["17"]


def test_later_headings_printed_as_bullets_in_capitals_are_items(tmp_path):
    page = (
        "Minutes of the Meeting of Fenby Parish Council held on 12th March 2036\n\n"
        "PRESENT R. Quinn (Clerk), S. Tate, U. Vosper\n\n"
        "  1. APOLOGIES FOR ABSENCE received from W. Yeo\n"
        "  2.  Chairman asked for any declarations of interest. None declared\n"
        "  \u2022 MINUTES OF THE PREVIOUS MEETING held on 9th February 2036 were agreed as a true record\n\n"
        "    1. Proposed by S.Tate seconded by U.Vosper.\n"
        "  \u2022 POLICE AND LOCAL GROUPS \u2013 REPORTS\n\n"
        "    1. The bowls club has a new secretary.\n"
        "  \u2022 MAINTENANCE OF PARISH ASSETSThe grit bin was refilled. Clerk to order a new lock for the pavilion.\n\n"
    )
    titles = [item.title for item, _, _ in _items(tmp_path, page)]
    assert titles[2:] == ["Minutes of the Previous Meeting", "Police and Local Groups \u2013 Reports", "Maintenance of Parish Assets"]
    minutes = _items(tmp_path, page)[2]
    assert minutes[1] == ["MINUTES OF THE PREVIOUS MEETING held on 9th February 2036 were agreed as a true record"]


def test_a_number_alone_with_a_table_s_slash_runs_with_its_neighbours(tmp_path):
    page = (
        "SHIRE COUNCIL\n\nPATHS PANEL\n\nThursday, 4 December 2036 at 10.00am\n\nPART 1 (PUBLIC) AGENDA\n\n"
        "1. /\n\nMINUTES\n\nTo confirm the minutes of the meeting of the Panel held on 2 October 2036.\n"
        "2. / QUESTIONS FROM THE PUBLIC\n\nThe Panel will take any questions sent in.\n"
        "3. / STILE REPAIRS\n\nA report on the winter programme.\n"
    )
    found = _found(tmp_path, page)
    assert [(number, title) for number, (title, _) in found.items()] == [("1", "Minutes"), ("2", "Questions from the Public"), ("3", "Stile Repairs")]


def test_an_agenda_s_open_forum_before_its_first_item_is_an_item(tmp_path):
    page = (
        "Agenda for the Ordinary Parish Council Meeting to be held in the Chapel Rooms on Monday 8 September 2036 at 7.30pm\n\n"
        " Public Participation:\nResidents may speak for up to three minutes each; twenty minutes in all.\n\n"
        "  1. Apologies for Absence\n  2. Minutes of the Last Meeting\n  3. Playground Inspection\n"
    )
    titles = [(item.number, item.title) for item, _, _ in _items(tmp_path, page)]
    assert titles == [(None, "Public Participation"), ("1", "Apologies for Absence"), ("2", "Minutes of the Last Meeting"), ("3", "Playground Inspection")]
