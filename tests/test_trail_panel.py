"""The trail panel: an action's later meetings, held or to come, with the items found under each,
their reasons in words; t goes to it, y / n decide, Enter opens the item (and Enter on the
table opens the origin on its resolutions tab).
"""

from __future__ import annotations

import re

from textual.app import App, ComposeResult

from cpb_tui.tui.focus import ReaderFocus
from cpb_tui.domain.models import format_date
from cpb_tui.store import Store
from cpb_tui.tui.app import make_app
from cpb_tui.tui.screens import ActionLogScreen, MeetingScreen
from cpb_tui.tui.widgets import ActionTable
from cpb_tui.tui.widgets.trail_panel import TrailPanel, trail_meetings
from tests.test_action_log_screen import open_log, select_action, until


def demo_trail(db):
    store = Store.open(db)
    try:
        log = store.action_log()
        entry = next(e for e in log.entries if e.derived_status == "to confirm")
        return store.action_trail(entry.action.id), log
    finally:
        store.close()


async def test_the_panel_shows_each_later_meeting_and_the_items_under_it(demo_db):
    trail, log = demo_trail(demo_db)
    calendar = log.calendars[trail.action.committee]

    class Host(App):
        def compose(self) -> ComposeResult:
            yield TrailPanel(id="trail")

    async with Host().run_test(size=(100, 40)) as pilot:
        panel = pilot.app.query_one(TrailPanel)
        panel.show(trail, calendar, log.today)
        await pilot.pause()
        prompts = [str(panel.get_option_at_index(i).prompt) for i in range(panel.option_count)]
        meetings = trail_meetings(trail, calendar, log.today)
        assert meetings and all(m.date > trail.action.meeting_date for m in meetings)
        assert [m for m in meetings if m.date > log.today][:1] == [m for m in calendar if m.date > log.today][:1]
        headings = [p for p, row in zip(prompts, panel.rows) if row is None]
        for meeting in meetings:
            assert any(h.startswith(format_date(meeting.date)) for h in headings)
        assert any("held" in h for h in headings) and any("to come" in h for h in headings)
        assert not any(re.search(r"\d\.\d\d", p) for p in prompts)  # words, not scores
        assert panel.followup is not None and panel.followup.state == "suggested"
        panel.show(None)
        assert panel.option_count == 0 and panel.followup is None


async def test_t_goes_to_the_trail_and_enter_opens_the_item_and_the_origin_on_its_tab(demo_db):
    trail, _ = demo_trail(demo_db)
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_log(pilot)
        await select_action(pilot, screen, trail.action.id)
        await pilot.press("t")
        panel = screen.query_one(TrailPanel)
        assert app.focused is panel
        target = panel.followup
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, MeetingScreen) and app.screen.shown_item_id is not None)
        assert app.screen.shown_item_id == target.item_id
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ActionLogScreen))
        await pilot.press("escape")  # from the trail back to the table, not off the screen
        assert isinstance(app.screen, ActionLogScreen) and isinstance(app.focused, ActionTable)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, MeetingScreen) and app.screen.shown_item_id is not None)
        assert app.screen.shown_item_id == trail.action.item_id
        await until(pilot, lambda: app.screen.query_one("#item-tabs").active == "resolutions")


async def test_the_meeting_actions_tab_says_the_evidence_in_words(demo_db):
    trail, _ = demo_trail(demo_db)
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.2)
        app.open_meeting(trail.action.meeting_id, trail.action.item_number, ReaderFocus(trail.action.item_id, "actions"))
        await until(pilot, lambda: isinstance(app.screen, MeetingScreen) and app.screen.shown_item_id == trail.action.item_id)
        await until(pilot, lambda: "match" in str(app.screen.query_one("#actions-text").render()))
        shown = str(app.screen.query_one("#actions-text").render())
        assert "strong match, to confirm" in shown or "possible match" in shown
        assert not re.search(r"suggested \d\.\d\d", shown)


async def test_undo_takes_a_confirmed_follow_up_back_and_reopens_the_action(demo_db):
    trail, _ = demo_trail(demo_db)
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_log(pilot)
        await select_action(pilot, screen, trail.action.id)
        target = screen.query_one(TrailPanel).followup
        await pilot.press("y")
        await until(pilot, lambda: "written" in str(screen.query_one("#log-notice").render()))
        store = Store.open(demo_db)
        assert store.action(trail.action.id).status == "done"
        store.close()
        await pilot.press("z")
        await until(pilot, lambda: "undone" in str(screen.query_one("#log-notice").render()))
        store = Store.open(demo_db)
        try:
            assert store.action(trail.action.id).status == "open"
            assert {f.item_id: f.state for f in store.followups(trail.action.id)}[target.item_id] == "suggested"
            events = [(e.event, e.note) for e in store.history(trail.action.id)]
            assert events[-2:] == [("follow-up suggested", "undo of the last change"), ("reopened", "undo of the last change")]
        finally:
            store.close()
