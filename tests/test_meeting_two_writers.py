"""The meeting screen with another writer: the CLI changes the store while a meeting is open.

The screen reads the meeting again (StoreChanged, as home and the action log do) and stays
where the reader was: the same item, the same tab, the same place in the text.
"""

from __future__ import annotations

from textual.widgets import OptionList, TabbedContent

from cpb_tui.store import Store
from cpb_tui.tui.app import make_app
from cpb_tui.tui.screens.action_log_screen import ActionLogScreen
from tests.test_app import open_meeting, shown, wait_for
from tests.test_app_two_writers import run_cli


def origin_of(db, action_id):
    """The meeting date and item an action came from."""
    store = Store.open(db)
    try:
        action = store.action(action_id)
    finally:
        store.close()
    return action.meeting_date.isoformat(), action.item_id


async def open_at_origin(pilot, db, action_id):
    date, item_id = origin_of(db, action_id)
    screen = await open_meeting(pilot, date)
    item = next(i for i in screen.shown_items if i.id == item_id)
    screen.query_one("#agenda", OptionList).highlighted = screen.shown_items.index(item)
    await shown(pilot, screen, item)
    return screen, item


async def test_a_note_from_the_cli_shows_on_the_actions_tab_and_the_item_and_tab_stay(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen, item = await open_at_origin(pilot, demo_db, 1)
        await pilot.press("4")
        tabs = screen.query_one("#item-tabs", TabbedContent)
        await wait_for(pilot, lambda: tabs.active == "actions")
        assert "Owner From The CLI" not in str(screen.query_one("#actions-text").render())
        run_cli(demo_db, "edit", "1", "--owner", "Owner From The CLI")
        await wait_for(pilot, lambda: "Owner From The CLI" in str(screen.query_one("#actions-text").render()))
        assert screen.shown_item_id == item.id and tabs.active == "actions"
        assert screen.shown_items[screen.query_one("#agenda", OptionList).highlighted].id == item.id


async def test_the_report_window_and_scroll_stay_after_a_change_elsewhere(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_meeting(pilot, "2025-03-20")
        item_id = screen.shown_item_id
        await pilot.press("right_curly_bracket")  # the report's second window of sections
        assert screen.section_start == 1
        body = screen.query_one("#report-body")
        body.focus()
        await pilot.press("pagedown")
        await wait_for(pilot, lambda: body.scroll_y > 0)
        kept_y = body.scroll_y
        title_before = screen.window_titles[0]
        put_back = []
        original = screen._put_back
        screen._put_back = lambda kept: (put_back.append(kept), original(kept))
        run_cli(demo_db, "note", "1", "Chased again")
        await wait_for(pilot, lambda: put_back and screen.kept is None)
        await pilot.pause(0.1)
        assert screen.shown_item_id == item_id and screen.section_start == 1
        assert screen.window_titles[0] == title_before
        assert screen.query_one("#item-tabs", TabbedContent).active == "report"
        assert body.scroll_y == kept_y


async def test_a_change_while_another_screen_is_on_top_is_read_on_coming_back(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen, item = await open_at_origin(pilot, demo_db, 1)
        await pilot.press("4")
        await pilot.press("A")  # the action log on top
        await wait_for(pilot, lambda: isinstance(app.screen, ActionLogScreen) and app.screen.store_log is not None)
        run_cli(demo_db, "edit", "1", "--owner", "Written While Help Was Open")
        await wait_for(pilot, lambda: screen.stale)
        await pilot.press("escape")
        await wait_for(pilot, lambda: "Written While Help Was Open" in str(screen.query_one("#actions-text").render()))
        assert screen.shown_item_id == item.id
