"""The carry-forward pass (C) after a held meeting, driven with Pilot on the demo store: each
undelivered action due there is carried to the next meeting, closed or dropped on one key,
each an event in its history, and z on the log undoes the last one.
"""

from __future__ import annotations

import datetime as dt

from cpb_tui.store import Store
from cpb_tui.tui.app import make_app
from cpb_tui.tui.screens import ActionLogScreen
from cpb_tui.tui.screens.carry_forward_modal import CarryForwardModal
from cpb_tui.tui.widgets import ActionTable
from tests.test_action_log_screen import history_of, open_log, shown_text, until

HELD = dt.date(2026, 3, 19)
NEXT = dt.date(2026, 11, 26)


async def open_pass(pilot) -> tuple[ActionLogScreen, CarryForwardModal]:
    app = pilot.app
    screen = await open_log(pilot)
    await pilot.press("1")  # overdue and missed
    table = screen.query_one(ActionTable)
    table.cursor = next(i for i, e in enumerate(screen.shown) if e.action.due_meeting_date == HELD)
    await pilot.press("C")
    await until(pilot, lambda: isinstance(app.screen, CarryForwardModal))
    return screen, app.screen


def due_at_held(db) -> list[int]:
    store = Store.open(db)
    try:
        return [e.action.id for e in store.action_log().entries
                if e.action.due_meeting_date == HELD and e.action.status == "open" and e.derived_status != "delivered"]
    finally:
        store.close()


async def test_carry_close_and_drop_each_on_one_key_each_an_event(demo_db):
    expected = due_at_held(demo_db)
    assert len(expected) >= 2
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen, modal = await open_pass(pilot)
        assert [e.action.id for e in modal.entries] == expected
        assert "After the meeting of 19 March 2026" in str(modal.query_one("#carry-title").render())
        first, second = expected[:2]
        await pilot.press("c")
        await until(pilot, lambda: modal.outcome.get(first, "").startswith(f"action {first} carried forward"))
        action, events = history_of(demo_db, first)
        assert action.due_meeting_date == NEXT and action.status == "open"
        assert (events[-1].field, events[-1].new) == ("due", "meeting of 2026-11-26")
        assert events[-1].note == "carried forward after the meeting of 19 March 2026"
        await pilot.press("c")  # the highlight moved on to the next action: carried too
        await until(pilot, lambda: modal.outcome.get(second) is not None)
        await until(pilot, lambda: not modal.outcome[second].endswith("..."))
        assert history_of(demo_db, second)[0].due_meeting_date == NEXT
        await pilot.press("up", "c")
        assert "already" in str(modal.query_one("#carry-problem").render())
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is screen)
        await pilot.press("z")  # undoes the last carry: due at the held meeting again, by a new event
        await until(pilot, lambda: "undone" in shown_text(screen, "#log-notice"))
        action, events = history_of(demo_db, second)
        assert action.due_meeting_date == HELD and events[-1].note == "undo of the last change"


async def test_close_and_drop_from_the_pass(demo_db):
    expected = due_at_held(demo_db)
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen, modal = await open_pass(pilot)
        await pilot.press("d")
        await until(pilot, lambda: modal.outcome.get(expected[0], "").endswith("closed"))
        action, events = history_of(demo_db, expected[0])
        assert action.status == "done" and events[-1].note == "closed at the pass after the meeting of 19 March 2026"
        await pilot.press("D")
        await until(pilot, lambda: modal.outcome.get(expected[1], "").endswith("dropped"))
        assert history_of(demo_db, expected[1])[0].status == "dropped"
        # Each choice is in the history; nothing was deleted.
        assert [e.event for e in history_of(demo_db, expected[1])[1]][-1] == "dropped"


async def test_the_palette_opens_the_pass(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_log(pilot)
        await pilot.press("ctrl+p", *"carry-forward pass")
        await pilot.pause(0.4)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, CarryForwardModal))


async def test_each_key_of_the_pass_is_a_palette_command(demo_db):
    expected = due_at_held(demo_db)
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen, modal = await open_pass(pilot)
        await pilot.press("ctrl+p", *"carry the highlighted")
        await pilot.pause(0.4)
        await pilot.press("enter")
        await until(pilot, lambda: modal.outcome.get(expected[0], "").startswith(f"action {expected[0]} carried"))
        assert history_of(demo_db, expected[0])[0].due_meeting_date == NEXT


async def test_the_pass_for_the_meeting_on_screen(demo_db):
    from cpb_tui.tui.screens import MeetingScreen

    expected = due_at_held(demo_db)
    store = Store.open(demo_db)
    (meeting,) = store.meetings_on(HELD)
    store.close()
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.2)
        app.open_meeting(meeting.id)
        await until(pilot, lambda: isinstance(app.screen, MeetingScreen) and app.screen.meeting is not None)
        await pilot.press("ctrl+p", *"carry-forward pass after this meeting")
        await pilot.pause(0.4)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, CarryForwardModal))
        assert app.screen.meeting.id == meeting.id
        assert [e.action.id for e in app.screen.entries] == expected
