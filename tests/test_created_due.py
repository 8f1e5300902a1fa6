"""An action's history starts with one 'created' event that states its due.

When the import that extracts an action also places its due on the calendar, that placement
is part of the creation, not an 'edited due: not set -> ...' event by cpb in the same second.
A later import (or a meeting scheduled) that moves the due is a change, and is logged as one.
"""

from __future__ import annotations

import datetime as dt

from click.testing import CliRunner

from cpb_tui.cli import cli
from cpb_tui.store import Store


def test_a_fresh_demo_action_starts_with_one_created_event_that_states_its_due(demo_db):
    store = Store.open(demo_db)
    try:
        actions = store.actions(status=None)
        extracted = [a for a in actions if a.origin == "extracted"]
        assert extracted
        for action in extracted:
            events = store.history(action.id)
            first = events[0]
            assert first.event == "created" and first.field == "due" and first.new, action.id
            assert [e.event for e in events].count("created") == 1
            # No placement churn: no event says the due went from nothing to somewhere.
            assert not [e for e in events if e.event == "edited" and e.field == "due" and e.old == "not set"], action.id
        placed = next(a for a in extracted if a.due_words and (a.due_meeting_id or a.due_date))
        first = store.history(placed.id)[0]
        assert first.new != "not set" and first.note.startswith("extracted from")
        unplaced = next(a for a in extracted if not a.due_words)
        assert store.history(unplaced.id)[0].new == "not set"
    finally:
        store.close()


def test_the_cli_history_says_the_due_in_the_created_line(demo_db):
    store = Store.open(demo_db)
    try:
        placed = next(a for a in store.actions(status=None) if a.origin == "extracted" and a.due_meeting_id)
        label = f"meeting of {placed.due_meeting_date.isoformat()}"
        events = store.history(placed.id)
    finally:
        store.close()
    result = CliRunner().invoke(cli, ["--db", str(demo_db), "actions", "history", str(placed.id)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    created = next(line for line in result.output.splitlines() if "  created " in line)
    assert f"created due {events[0].new}" in created and "not set ->" not in result.output
    assert label in result.output


def test_a_later_calendar_change_that_moves_a_due_is_still_logged(demo_db):
    store = Store.open(demo_db)
    try:
        waiting = next(
            a for a in store.actions(status=None)
            if a.due_words and a.due_words.startswith("by ") and a.due_meeting_id is None and a.due_date
        )
        deadline = waiting.due_date
        before = len(store.history(waiting.id))
        # A meeting before the deadline, and one after it: the due now falls on the earlier one.
        earlier = deadline - dt.timedelta(days=40)
        store.add_meeting(waiting.committee, earlier)
        store.add_meeting(waiting.committee, deadline + dt.timedelta(days=50))
        events = store.history(waiting.id)
        moved = store.action(waiting.id)
    finally:
        store.close()
    assert moved.due_meeting_date == earlier
    assert len(events) == before + 1
    change = events[-1]
    assert (change.event, change.field, change.old) == ("edited", "due", deadline.isoformat())
    assert change.new == f"meeting of {earlier.isoformat()}" and change.note == "the committee's calendar changed"


def test_the_demo_builder_schedules_the_calendar_first_so_no_due_churns(demo_db):
    store = Store.open(demo_db)
    try:
        histories = {a.id: store.history(a.id) for a in store.actions(status=None)}
        first_action = store.action(1)
    finally:
        store.close()
    # Built fresh, each action has its creation and nothing else: no placement moved by a later pack.
    assert {len(events) for events in histories.values()} == {1}
    assert histories[1][0].new == f"meeting of {first_action.due_meeting_date.isoformat()}"
