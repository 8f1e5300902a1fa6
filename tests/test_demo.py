"""The bundled demo data imports cleanly and holds the cases it was written to show."""

import datetime as dt

import pytest

from cpb_tui.services.demo import demo_files
from cpb_tui.store import Store


@pytest.fixture
def demo(demo_db):
    store = Store.open(demo_db)
    yield store
    store.close()


def meeting(store, date):
    (found,) = store.meetings_on(dt.date.fromisoformat(date))
    return store.meeting_detail(found.id)


def item_with_minute(detail, minute):
    return next(i for i in detail.items if i.item.minute_number == minute)


def test_every_demo_file_is_used():
    kinds = {path.parent.name for path in demo_files()}
    assert kinds == {"packs", "minutes", "reports"}
    assert len(demo_files()) >= 12


def test_at_least_eight_meetings_over_two_years(demo):
    dates = [m.date for m in demo.meetings()]
    assert len(dates) >= 8
    assert (max(dates) - min(dates)).days >= 730
    assert [m.status for m in demo.meetings()][0] == "scheduled"


def test_requests_for_later_meetings(demo):
    november = meeting(demo, "2024-11-14")
    strategy = item_with_minute(november, "23")
    assert (strategy.resolutions[2].label, strategy.resolutions[2].verb) == ("iii", "requests")
    assert "June 2025 meeting" in strategy.resolutions[2].text
    leavers = item_with_minute(november, "24")
    assert "sent to the Leaders" in leavers.resolutions[3].text
    # The June 2025 meeting took the requested update as an item of its own.
    june = meeting(demo, "2025-06-19")
    assert any(d.item.title.startswith("Placement Sufficiency Strategy 2025-2028 - Update") for d in june.items)


def test_deferred_item_is_taken_at_the_next_meeting(demo):
    september = meeting(demo, "2025-09-18")
    deferred = item_with_minute(september, "15")
    assert [r.verb for r in deferred.resolutions] == ["defers"]
    november = meeting(demo, "2025-11-13")
    assert any("Staying Put" in d.item.title for d in november.items)


def test_exempt_item(demo):
    march = meeting(demo, "2026-03-19")
    exempt = [d.item for d in march.items if d.item.exempt]
    assert [i.title for i in exempt] == ["Residential Care Provider - Contract Performance"]
    assert "Schedule 12A" in exempt[0].exempt_reason
    assert not any(d.sections for d in march.items if d.item.exempt)


def test_attendance_and_apologies(demo):
    statuses = {a.status for a in meeting(demo, "2025-03-20").attendance}
    assert {"present", "apologies"} <= statuses
    chairs = [a for a in meeting(demo, "2025-03-20").attendance if a.role == "chair"]
    assert len(chairs) == 1


def test_agenda_and_minutes_become_one_item_each(demo):
    for found in demo.meetings():
        titles = [i.title for i in demo.items(found.id)]
        assert len(titles) == len(set(titles)), found.date


def test_pack_reports_have_sections_with_a_recommendation(demo):
    september = meeting(demo, "2025-09-18")
    fees = item_with_minute(september, "14")
    assert fees.item.pages == "6 - 8"
    assert any(s.is_recommendation for s in fees.sections)
