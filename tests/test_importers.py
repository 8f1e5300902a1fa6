"""The parsers, on documents the project wrote in the shapes of the real ones."""

import datetime as dt

import pytest

from cpb_tui.importers import ImportProblem, load, parse_text


def meeting(record, role):
    return next(m for m in record.meetings if m.role == role)


@pytest.fixture
def pack(fixture_path):
    return parse_text(fixture_path("pack_no_cover.txt").read_text())


def test_pack_agenda_list_with_wrapped_page_ranges(pack):
    own = meeting(pack, "agenda")
    assert [(i.number, i.title, i.page_start, i.page_end) for i in own.items] == [
        ("1", "Apologies for Absence", None, None),
        ("2", "Minutes of the Previous Meeting Held on 12 March 2024", 3, 6),
        ("3", "Supported Lodgings Review", 7, 10),
        ("4", "Kinship Care Strategy Update", 11, 14),
    ]
    assert own.items[3].purpose.startswith("The purpose of this report is to update the Board")
    # The boilerplate after the last item is not part of its purpose.
    assert "webcast" not in own.items[3].purpose


def test_pack_without_cover_knows_committee_but_not_date(pack):
    own = meeting(pack, "agenda")
    assert own.committee == "Corporate Parenting Board"
    assert own.date is None
    assert pack.hints == ["the reports inside are dated 18 June 2024"]


def test_previous_minutes_inside_the_pack(pack):
    minutes = meeting(pack, "minutes")
    assert minutes.date == dt.date(2024, 3, 12)
    assert minutes.council == "Elmbridge Shire Council"
    assert minutes.venue == "Riverside House, Elmford"
    assert [i.minute_number for i in minutes.items] == ["21", "22", "23", "24"]
    fostering = minutes.items[1]
    assert [(r.label, r.verb) for r in fostering.resolutions] == [("i", "notes"), ("ii", "requests")]
    assert fostering.resolutions[1].text == "Requests a further update to the September 2024 meeting."
    assert fostering.resolutions[1].lead_in == "That the Corporate Parenting Board:"
    assert "Enquiries had risen" in fostering.minutes


def test_numbers_inside_sentences_do_not_start_minutes(pack):
    offer = meeting(pack, "minutes").items[2]
    # "2024." on a line of its own is the end of a sentence, not minute 2024.
    assert offer.title == "Care Leavers Local Offer"
    assert "first home in 2024." in offer.minutes
    assert [(r.label, r.verb) for r in offer.resolutions] == [("1", "endorses"), ("2", "requests")]


def test_deferred_item(pack):
    school = meeting(pack, "minutes").items[3]
    assert [(r.label, r.verb) for r in school.resolutions] == [(None, "defers")]


def test_attendance_and_apologies(pack):
    people = {a.person: (a.status, a.role) for a in meeting(pack, "minutes").attendance}
    assert people["Councillor Mara Quill"] == ("present", "chair")
    assert people["Councillor Ravi Moss"] == ("apologies", None)
    # Two loose stars for three unstarred names: who was present cannot be told, so it is not guessed.
    assert people["Councillor Owen Bright"][0] == "listed"


def test_stamp_after_page_title_cuts_at_the_page_start(pack):
    minutes = meeting(pack, "minutes")
    last = minutes.items[-1].resolutions[-1].text
    assert "Supported lodgings" not in last
    presentation = meeting(pack, "agenda").items[2].reports[0]
    assert presentation.kind == "presentation"
    text = " ".join(s.body for s in presentation.sections)
    assert "Supported lodgings" in " ".join([s.heading for s in presentation.sections]) + text
    assert "Page 8" not in text  # page footers are dropped


def test_report_front_matter_and_sections_in_a_pack(pack):
    report = meeting(pack, "agenda").items[3].reports[0]
    assert report.title == "Kinship Care Strategy Update"
    assert report.date == dt.date(2024, 6, 18)
    assert report.author == "Director of Children's Services"
    assert report.contact == "Nia Holt"
    headings = [(s.number, s.heading, s.is_recommendation) for s in report.sections]
    assert headings == [
        (None, "Purpose of this Report", False),
        ("2", "Recommendation(s)", True),
        (None, "Executive Summary", False),
        (None, "Conclusions", False),
    ]
    summary = report.sections[2].body
    # The flattened chart stays readable, one value per line, and never splits the report.
    assert "North  \n44  \nSouth  \n11\\.  \nEast  \n2021  \nWest  \n5%" in summary
    assert "**4.** The strategy will be reviewed" in summary


def test_issue_history_page(fixture_path):
    record = parse_text(fixture_path("issue_page.txt").read_text())
    assert record.kind == "minutes"
    (only,) = record.meetings
    assert (only.committee, only.date) == ("Corporate Parenting Board", dt.date(2024, 6, 18))
    (item,) = only.items
    assert (item.minute_number, item.title) == ("30", "Virtual School Annual Report")
    assert item.purpose == "To receive the annual report of the Head of the Virtual School."
    (resolution,) = item.resolutions
    assert resolution.verb == "notes"
    assert resolution.text.endswith(
        "- Raising attendance at secondary school\n- Earlier personal education plans for children new to care"
    )


def test_agenda_item_page_asks_for_committee_and_date(fixture_path):
    path = fixture_path("agenda_item_page.txt")
    with pytest.raises(ImportProblem) as raised:
        load(path)
    assert str(path) in str(raised.value)
    assert "--committee" in str(raised.value) and "--date" in str(raised.value)
    _, record = load(path, committee="Corporate Parenting Board", date=dt.date(2024, 6, 18))
    assert record.meetings[0].items[0].title == "Participation Annual Report"


def test_stated_date_is_never_overridden(fixture_path):
    with pytest.raises(ImportProblem, match="dated 2024-06-18, not 2024-06-19"):
        load(fixture_path("issue_page.txt"), date=dt.date(2024, 6, 19))


def test_standalone_report(fixture_path):
    _, record = load(fixture_path("report.txt"))
    (own,) = record.meetings
    assert (own.committee, own.date, own.council) == (
        "Corporate Parenting Board",
        dt.date(2024, 6, 18),
        "Elmbridge Shire Council",
    )
    report = own.items[0].reports[0]
    assert (report.reference, report.author, report.contact) == ("2207", "Designated Nurse for Children in Care", "Sam Oduya")
    assert [(s.number, s.heading) for s in report.sections] == [
        ("1", "Introduction"),
        ("2", "Performance"),
        ("3", "Recommendation"),
    ]
    assert report.sections[2].is_recommendation
    assert report.sections[1].body.startswith("**2.1** In the year to March 2024")


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"", "is empty"),
        (b"   \n\n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"%PDF-1.7\n%\xe2\xe3", "damaged or incomplete"),
        (b"Shopping list\n\neggs\nmilk\nbread\n", "may not be meeting papers.*--committee"),
    ],
)
def test_bad_files_get_a_reason(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(ImportProblem, match=reason) as raised:
        load(path)
    assert str(raised.value).startswith(str(path))


def test_document_text_is_escaped_in_markdown(tmp_path, fixture_path):
    text = fixture_path("report.txt").read_text().replace(
        "This report sets out how the county is doing.", "See [bold red]x[/] and *this* # and <b>tags</b>."
    )
    record = parse_text(text)
    body = record.meetings[0].items[0].reports[0].sections[0].body
    assert r"\[bold red\]x\[/\]" in body and r"\*this\*" in body and r"\<b\>" in body


def test_title_wrapped_before_its_year_and_pages():
    text = (
        " AGENDA\n1.\n\nAPOLOGIES FOR ABSENCE\n\n2.\n\nMINUTES OF THE PREVIOUS MEETING HELD ON 17 SEPTEMBER\n"
        "2026 (Pages 3 - 5)\nTo confirm the minutes.\n\n3.\n\nVIRTUAL SCHOOL (Pages 6 - 9)\nTo receive the report.\n"
    )
    record = parse_text(text)
    items = record.meetings[0].items
    assert (items[1].title, items[1].page_start, items[1].page_end) == (
        "Minutes of the Previous Meeting Held on 17 September 2026",
        3,
        5,
    )


def test_paragraph_breaks_lost_in_extraction_come_back():
    from cpb_tui.importers.layout import to_markdown

    lines = [
        "The Board received a report from the Head of the Virtual School on the year.",
        "It was noted.",
        "Members asked how many children had a personal education plan on time and heard",
        "that most did.",
        "North",
        "44",
    ]
    assert to_markdown(lines) == (
        "The Board received a report from the Head of the Virtual School on the year. It was noted.\n\n"
        "Members asked how many children had a personal education plan on time and heard that most did.  \n"
        "North  \n44"
    )
