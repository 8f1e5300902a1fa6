"""The home screen reads its first screenful, then the rest in stretches once that is on screen."""

from __future__ import annotations

from cpb_tui.store import Store
from cpb_tui.store.summaries import SummariesMixin  # the app reads the list through it (LazyStore), as Store does
from cpb_tui.tui.app import make_app
from cpb_tui.tui.screens import HomeScreen
from cpb_tui.tui.widgets import MeetingTable
from tests.pilot_wait import wait_for


def store_order(path) -> list[int]:
    store = Store.open(path)
    try:
        return [s.meeting.id for s in store.meeting_summaries()]
    finally:
        store.close()


def test_stretches_of_the_list_join_up_to_the_whole_list(demo_db):
    store = Store.open(demo_db)
    try:
        whole = store.meeting_summaries()
        stretches = store.meeting_summaries(3) + store.meeting_summaries(4, 3) + store.meeting_summaries(None, 7)
    finally:
        store.close()
    assert len(whole) > 7
    assert stretches == whole


async def test_the_first_screenful_comes_first_and_the_rest_follows_in_order(demo_db, monkeypatch):
    from cpb_tui.tui.screens import home_screen

    monkeypatch.setattr(home_screen, "FIRST_ROWS", 2)
    monkeypatch.setattr(home_screen, "PAGE_ROWS", 3)
    expected = store_order(demo_db)
    read: list[tuple] = []
    original = SummariesMixin.meeting_summaries

    def counted(store, limit=None, offset=0):
        read.append((limit, offset))
        return original(store, limit, offset)

    monkeypatch.setattr(SummariesMixin, "meeting_summaries", counted)
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and len(app.screen.summaries) == len(expected))
        table = app.screen.query_one("#meetings-table", MeetingTable)
        await wait_for(pilot, lambda: table.row_count == len(expected))
        assert [s.meeting.id for s in app.screen.summaries] == expected
        assert [str(row.value) for row in table.rows] == [str(i) for i in expected]
    assert read[:3] == [(2, 0), (3, 2), (3, 5)]  # the first screenful, then stretches after it


async def test_a_meeting_added_between_stretches_is_shown_once_and_in_place_after_reading_again(demo_db, monkeypatch):
    from cpb_tui.tui.screens import home_screen

    monkeypatch.setattr(home_screen, "FIRST_ROWS", 3)
    monkeypatch.setattr(home_screen, "PAGE_ROWS", 100)
    original = SummariesMixin.meeting_summaries
    added: list[int] = []

    def another_writer_first(store, limit=None, offset=0):
        if offset and not added:  # another cpb schedules a meeting ahead, at the top of the list
            other = Store.open(demo_db)
            first = other.meeting_summaries(1)[0].meeting
            added.append(other.add_meeting(first.committee, first.date.replace(year=first.date.year + 1))[0].id)
            other.close()
        return original(store, limit, offset)

    monkeypatch.setattr(SummariesMixin, "meeting_summaries", another_writer_first)
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and added)
        home = app.screen
        table = home.query_one("#meetings-table", MeetingTable)
        await pilot.pause(0.2)
        shown = [str(row.value) for row in table.rows]
        assert len(shown) == len(set(shown))  # the overlap left out, not added twice
        home.load_meetings()  # what the change, once noticed, does
        expected = store_order(demo_db)
        await wait_for(pilot, lambda: [s.meeting.id for s in home.summaries] == expected)
        await wait_for(pilot, lambda: table.row_count == len(expected))
        assert [str(row.value) for row in table.rows] == [str(i) for i in expected]


async def test_the_meetings_table_moves_by_keys_and_opens_a_meeting_on_a_second_click(demo_db):
    from cpb_tui.tui.screens import MeetingScreen

    expected = store_order(demo_db)
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and len(app.screen.summaries) == len(expected))
        home = app.screen
        table = home.query_one("#meetings-table", MeetingTable)
        await pilot.press("end")
        assert table.cursor_row == len(expected) - 1
        await pilot.press("home", "down", "down")
        assert table.cursor_row == 2
        await pilot.click("#meetings-table", offset=(10, 5))  # the heading is line 0: row 4
        assert table.cursor_row == 4 and isinstance(app.screen, HomeScreen)
        await pilot.click("#meetings-table", offset=(10, 5))
        await wait_for(pilot, lambda: isinstance(app.screen, MeetingScreen))
        assert app.screen.meeting_id == expected[4]
