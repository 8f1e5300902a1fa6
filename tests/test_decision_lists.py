"""Pages that list several decisions: a forward plan's numbered entries and a "Decisions published"
list whose last entry gives no date. Fixtures the project wrote, in the shapes of public council
pages (fictional councils)."""

import datetime as dt

from cpb_tui.importers import load


def test_a_forward_plans_entries_are_its_numbered_items(fixture_path):
    _, record = load(fixture_path("shapes/forward_plan_entries.txt"), date=dt.date(2027, 3, 1))
    items = [item for meeting in record.meetings for item in meeting.items]
    assert [(item.number, item.title) for item in items] == [
        ("1", "Town Centre Markets Review"),
        ("2", "Medium Term Financial Strategy"),
        ("3", "Riverside Play Areas Refurbishment"),
    ]
    # "Decision: 16 March 2027" is when it was decided, not a decision clause
    assert all(item.resolutions == [] for item in items)
    # the maker's name in brackets and the next field are not part of the body
    assert {meeting.committee for meeting in record.meetings} <= {"Cabinet", "Cabinet Member for Leisure and Parks"}


def test_an_entry_with_no_date_stays_with_the_pages_meeting(fixture_path):
    _, record = load(fixture_path("shapes/decisions_published_undated.txt"))
    assert [(m.committee, m.date) for m in record.meetings] == [("Council", dt.date(2027, 1, 14))]
    assert [item.title for item in record.meetings[0].items] == ["Allotment Rents 2027/28", "Cemetery Chapel Repairs - Part 1"]
    assert any("no meeting date is given for Cemetery Chapel Repairs" in warning for warning in record.warnings)
