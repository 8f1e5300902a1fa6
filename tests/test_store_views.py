"""The reads shaped for the screens: what each returns, and how many statements it sends.

Each is checked against the store's plain reads on the demo store (a real file), and its
statements are counted with SQLite's trace callback: a few per call, never one per row.
"""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager

import pytest

from cpb_tui.domain.models import TopicEntry
from cpb_tui.store import Store
from cpb_tui.store.action_log import ActionNotFound


@pytest.fixture
def demo(demo_db):
    store = Store.open(demo_db)
    yield store
    store.close()


@contextmanager
def statements(store: Store):
    """The statements `store` sends inside the block, as SQLite sees them."""
    sent: list[str] = []
    store.db.conn.set_trace_callback(sent.append)
    try:
        yield sent
    finally:
        store.db.conn.set_trace_callback(None)


def count(store: Store, read) -> int:
    with statements(store) as sent:
        read()
    return len(sent)


def item_at(store: Store, date: str, number: str):
    (meeting,) = store.meetings_on(dt.date.fromisoformat(date))
    return next(item for item in store.items(meeting.id) if item.number == number)


def test_the_home_list_is_one_statement(demo):
    with statements(demo) as sent:
        summaries = demo.meeting_summaries()
    assert len(sent) == 1
    assert sorted(s.meeting.id for s in summaries) == sorted(m.id for m in demo.meetings())


def test_an_agenda_is_the_meeting_its_items_with_their_counts_and_its_committee(demo):
    meeting = demo.meetings_on(dt.date(2025, 3, 20))[0]
    with statements(demo) as sent:
        agenda = demo.agenda(meeting.id)
    assert len(sent) == 3 and agenda.due_actions == ()  # nothing in the demo is due at that meeting
    assert agenda.meeting == meeting
    assert [entry.item for entry in agenda.items] == demo.items(meeting.id)
    for entry in agenda.items:
        assert entry.resolution_count == len(demo.resolutions(entry.item.id))
        assert entry.section_count == len(demo.sections(entry.item.id))
        assert entry.action_count == len(demo.item_actions(entry.item.id))
    assert any(entry.action_count for entry in agenda.items) and any(entry.section_count for entry in agenda.items)
    assert list(agenda.committee_meetings) == sorted(demo.meetings(meeting.committee), key=lambda m: m.date)
    assert demo.agenda(10_000) is None


def test_an_agenda_carries_the_actions_due_at_its_meeting_with_their_status(demo):
    """A meeting scheduled with no pack yet: no items, and what is due at it, in five statements."""
    ahead, _ = demo.add_meeting("Corporate Parenting Board", dt.date(2027, 3, 18))
    open_actions = demo.actions("open")
    for action in open_actions[:2]:
        demo.edit_action(action.id, "clerk", due_meeting_id=ahead.id)
    with statements(demo) as sent:
        agenda = demo.agenda(ahead.id)
    assert len(sent) == 5
    assert agenda.items == () and agenda.meeting.status == "scheduled"
    assert sorted(entry.action.id for entry in agenda.due_actions) == sorted(a.id for a in open_actions[:2])
    log = {entry.action.id: entry.derived_status for entry in demo.action_log().entries}
    assert all(entry.derived_status == log[entry.action.id] for entry in agenda.due_actions)


def test_an_item_view_holds_what_the_meeting_screen_shows(demo):
    item = item_at(demo, "2024-11-14", "23")
    view = demo.item_view(item.id)
    assert view.item == item and view.detail == demo.item_detail(item.id)
    assert list(view.actions) == demo.tracked_actions(item_id=item.id) and view.actions
    # The rest of its topic, each with its meeting and resolutions, as the screen used to gather them one by one.
    others = [other for other in demo.topic(item.id) if other.id != item.id]
    assert len(others) == 2
    assert list(view.topic) == [
        TopicEntry(demo.meeting(other.meeting_id), other, tuple(demo.resolutions(other.id))) for other in others
    ]
    assert demo.item_view(10_000) is None


def test_an_item_view_adds_a_few_statements_to_the_follow_through_reads(demo):
    item = item_at(demo, "2024-11-14", "23")
    follow_through = count(demo, lambda: demo.tracked_actions(item_id=item.id)) + count(demo, lambda: demo.topic(item.id))
    # The item, its resolutions and sections; the topic's meetings and resolutions (one each, whatever its size).
    assert count(demo, lambda: demo.item_view(item.id)) == follow_through + 3 + 2


def test_topic_entries_include_the_item_and_cost_two_statements_beyond_the_topic(demo):
    item = item_at(demo, "2024-11-14", "23")
    entries = demo.topic_entries(item.id)
    assert [entry.item for entry in entries] == demo.topic(item.id)
    assert all(entry.meeting.id == entry.item.meeting_id for entry in entries)
    assert [entry.meeting.date for entry in entries] == sorted(entry.meeting.date for entry in entries)
    assert count(demo, lambda: demo.topic_entries(item.id)) == count(demo, lambda: demo.topic(item.id)) + 2


def test_an_action_trail_is_the_action_its_history_and_its_follow_ups(demo):
    tracked = next(t for t in demo.tracked_actions() if t.followups)
    action_id = tracked.action.id
    with statements(demo) as sent:
        trail = demo.action_trail(action_id)
    assert len(sent) == 3
    assert trail.action == demo.action(action_id)
    assert list(trail.events) == demo.history(action_id) and trail.events
    assert trail.followups == tracked.followups
    with pytest.raises(ActionNotFound):
        demo.action_trail(10_000)


def test_jump_targets_are_every_meeting_with_its_items_and_the_open_actions(demo):
    with statements(demo) as sent:
        targets = demo.jump_targets()
    assert len(sent) == 3
    assert list(targets.meetings) == demo.meetings()
    for meeting in targets.meetings:
        assert list(targets.items.get(meeting.id, ())) == demo.items(meeting.id)
    assert sum(len(items) for items in targets.items.values()) == demo.counts()["items"]
    assert list(targets.open_actions) == demo.actions("open")


def test_a_transaction_keeps_all_or_nothing(store):
    with store.transaction():
        store.add_action("clerk", "Write to the Director", committee="Corporate Parenting Board")
        store.add_action("clerk", "Book the room", committee="Corporate Parenting Board")
    assert len(store.actions()) == 2
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.add_action("clerk", "Circulate the slides", committee="Corporate Parenting Board")
            raise RuntimeError("the tracker's next row cannot be read")
    assert [a.text for a in store.actions()] == ["Write to the Director", "Book the room"]


def test_a_meeting_with_every_item_read_in_a_few_statements(demo):
    meeting = demo.meetings_on(dt.date(2025, 3, 20))[0]
    with statements(demo) as sent:
        detail = demo.meeting_detail(meeting.id)
    assert len(sent) == 6 and len(detail.items) > 6
    assert detail.items == [demo.item_detail(item.id) for item in demo.items(meeting.id)]


def test_the_action_log_is_four_statements_and_agrees_with_tracked_actions(demo):
    with statements(demo) as sent:
        log = demo.action_log()
    assert len(sent) == 4
    tracked = {t.action.id: t for t in demo.tracked_actions()}
    assert [e.action.id for e in log.entries] == [t.action.id for t in demo.tracked_actions()]
    for entry in log.entries:
        assert entry.derived_status == tracked[entry.action.id].derived_status
        assert entry.suggested == sum(f.state == "suggested" for f in tracked[entry.action.id].followups)
    (committee,) = log.calendars
    assert [m.date for m in log.calendars[committee]] == sorted(m.date for m in demo.meetings())
    assert log.next_meeting(committee).date == dt.date(2026, 11, 26)
    # The log reads its actions its own way (by position, owners apart): the same actions as `actions("all")`.
    assert sorted((e.action for e in log.entries), key=lambda a: a.id) == sorted(demo.actions("all"), key=lambda a: a.id)


def test_a_brief_is_the_agenda_each_item_s_topic_and_one_read_of_follow_ups(demo):
    (meeting,) = [m for m in demo.meetings() if m.status == "scheduled"]
    agenda = demo.agenda(meeting.id)
    items = [entry.item for entry in agenda.items if not entry.item.procedural]
    agenda_cost = count(demo, lambda: demo.agenda(meeting.id))
    topic_cost = sum(count(demo, lambda item=item: demo.topic_entries(item.id)) for item in items)
    with statements(demo) as sent:
        brief = demo.brief(meeting.id)
    assert len(sent) == agenda_cost + topic_cost + 1  # the due actions' follow-ups at the meeting, read once
    assert [entry.item for entry in brief.items] == items and brief.procedural == len(agenda.items) - len(items)
    # Every action due at the meeting is in the brief once: under an item, or apart.
    placed = [due.action.id for entry in brief.items for due in entry.due] + [due.action.id for due in brief.unplaced]
    assert sorted(placed) == sorted(entry.action.id for entry in agenda.due_actions)
    # What was resolved before is from earlier meetings only, newest first.
    for entry in brief.items:
        dates = [before.meeting.date for before in entry.before]
        assert all(d < meeting.date for d in dates) and dates == sorted(dates, reverse=True)
    assert demo.brief() == brief  # no meeting named: the next one
    assert demo.brief(10**6) is None
