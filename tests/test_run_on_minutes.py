"""Minutes flattened onto one line whose heading is printed twice and whose lettered points run
on after each item's title: a fixture the project wrote, in the shape of public community
council pages (a fictional council)."""

import datetime as dt

import pytest

from cpb_tui.importers import load
from cpb_tui.importers.flattened import run_on_points
from cpb_tui.store import Store


@pytest.fixture
def imported(fixture_path, tmp_path):
    store = Store.open(tmp_path / "cpb.db")
    source, record = load(fixture_path("shapes/community_council_one_line.txt"))
    outcome = store.import_document(record, str(source.path), source.sha256)
    yield store, record, outcome.meetings[0]
    store.close()


def test_a_minutes_heading_printed_twice_still_names_the_meeting(imported):
    _, record, meeting = imported
    assert record.kind == "minutes"
    assert (meeting.committee, meeting.date) == ("Brackenford Community Council", dt.date(2024, 10, 9))
    assert meeting.venue == "Old Forge Rooms, Mill Lane, Brackenford"


def test_lettered_points_run_on_after_a_title_are_the_minute_not_the_title(imported):
    store, _, meeting = imported
    items = {item.number: item for item in store.items(meeting.id)}
    assert items["4"].title == "To confirm Council payments & review budget spend"
    assert items["2"].title == "Disclosure of personal and pecuniary interest in items of business"


def test_each_run_on_point_is_read_on_its_own(imported):
    store, _, meeting = imported
    items = {item.number: item for item in store.items(meeting.id)}
    assert [r.text for r in store.resolutions(items["4"].id)] == ["Payments for September confirmed"]
    assert [a.text for a in store.item_actions(items["4"].id)] == ["Clerk to write to the school about the hall hire invoice"]
    minutes = [r.text for r in store.resolutions(items["3"].id)]
    assert len(minutes) == 1 and minutes[0].startswith("Minutes confirmed with one amendment")
    assert store.item_actions(items["3"].id) == []


@pytest.mark.parametrize(
    "line, points",
    [
        ("a. Payments confirmed b. Clerk to order a sign", ["a. Payments confirmed", "b. Clerk to order a sign"]),
        ("(a) Noted. (b) Agreed to write. (c) Deferred.", ["(a) Noted.", "(b) Agreed to write.", "(c) Deferred."]),
        # only a line that opens with the first letter is split, and only in order
        ("The survey used plan b. The results follow", ["The survey used plan b. The results follow"]),
        ("a. Noted c. Then more", ["a. Noted c. Then more"]),
    ],
)
def test_run_on_points(line, points):
    assert run_on_points(line) == points


def test_a_parishs_year_month_minute_numbers_are_its_items(fixture_path):
    text = fixture_path("shapes/community_council_one_line.txt").read_text().split(" 1. To receive")[0] + "\n\n" + "\n\n".join(
        [
            "2411.01 Present",
            "Councillors Amber and Birch.",
            "2411.02 Minutes of the Meeting of the Parish Council held on 9th October 2024 in the Old Forge Rooms",
            "It was resolved that the minutes are approved and the Chairman signed them.",
            "2411.03 Play Area",
            "No quotes had been received. Matter to be listed at next meeting.",
        ]
    )
    from cpb_tui.importers.reader import parse_text

    record = parse_text(text)
    assert [item.number for item in record.meetings[0].items] == ["2411.01", "2411.02", "2411.03"]


def test_a_markdown_list_written_all_ones_counts_as_markdown_shows_it():
    from cpb_tui.importers.reader import parse_text

    text = "\n\n".join(
        [
            "Minutes of the Meeting of Brackenford Parish Council held on 12 June 2026",
            "  1. Apologies for Absence",
            "Apologies were received from Cllr Birch.",
            "  1. Members are invited to declare any interest they may have in the business set out below.",
            "  1. Approval of the Minutes",
            "The minutes were received and signed by the Chairman as an accurate record.",
            "  1. Clerk's Report",
            "The Clerk would advertise the vacancy for the next meeting.",
        ]
    )
    items = parse_text(text).meetings[0].items
    # every "1." line counts; the sentence is item 2 (the declarations), titled by its start
    assert [(item.number, item.title) for item in items if item.number] == [
        ("1", "Apologies for Absence"),
        ("2", "Members are invited to declare any interest"),
        ("3", "Approval of the Minutes"),
        ("4", "Clerk's Report"),
    ]


def test_a_numbered_line_that_is_its_own_minute_is_read_as_one(tmp_path):
    from cpb_tui.importers.reader import parse_text
    from cpb_tui.actions.narrative import extract_from_minutes

    text = "\n".join(
        [
            "Minutes of the Meeting of Brackenford Parish Council held on 12 June 2026",
            "1.      Apologies were received from Cllr Birch.",
            "2.      The precept of \u00a31,500.00 as in previous years to be requested.",
            "3.      For agenda at next meeting, replacement of the notice board.",
        ]
    )
    items = parse_text(text).meetings[0].items
    assert [item.number for item in items] == ["1", "2", "3"]
    assert [a.text for a in extract_from_minutes(items[1].minutes)] == ["Request the precept of \u00a31,500.00 as in previous years"]
    assert [a.text for a in extract_from_minutes(items[2].minutes)] == ["Add replacement of the notice board to the agenda for next meeting"]
