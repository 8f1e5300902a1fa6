"""Empty tabs and screens say what is missing and what would fill it (issue 14).

Each state is reached on a real store: the demo, a store holding one agenda pack and no minutes,
an empty store, and a meeting scheduled ahead with actions due at it and no pack yet.
"""

import datetime as dt

import pytest
from click.testing import CliRunner
from rich.console import Console
from textual.widgets import OptionList, Static, TabbedContent

from cpb_tui.cli import cli
from cpb_tui.store import Store
from cpb_tui.tui.app import make_app
from cpb_tui.tui.screens import HomeScreen, MeetingScreen
from tests.pilot_wait import wait_for

IMPORT = "`cpb import FILE`"
PACK_MEETING = "2024-06-18"  # the pack fixture's meeting: held, its minutes never imported
AHEAD = dt.date(2027, 3, 18)  # after the demo's last meeting: scheduled, no pack


def shown_text(screen, selector: str) -> str:
    """What a Static shows, as plain text, whatever renderable it holds."""
    console = Console(width=200, record=True, color_system=None)
    console.print(screen.query_one(selector, Static).content)
    return " ".join(console.export_text().split())


async def open_meeting(pilot, date: str) -> MeetingScreen:
    app = pilot.app
    await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.summaries)
    rows = [m.date.isoformat() for m in app.screen.meetings]
    app.screen.query_one("#meetings-table").move_cursor(row=rows.index(date))
    await pilot.press("enter")
    await wait_for(pilot, lambda: isinstance(app.screen, MeetingScreen) and app.screen.shown_item_id is not None)
    return app.screen


async def show_item(pilot, screen: MeetingScreen, number: str) -> None:
    item = next(i for i in screen.shown_items if i.number == number)
    screen.query_one("#agenda", OptionList).highlighted = screen.shown_items.index(item)
    await wait_for(pilot, lambda: screen.shown_item_id == item.id)


@pytest.fixture
def pack_db(tmp_path, fixture_path, pinned_today):
    """A store holding one agenda pack and no minutes for its meeting."""
    path = tmp_path / "pack.db"
    result = CliRunner().invoke(cli, ["--db", str(path), "import", str(fixture_path("pack_no_cover.txt")), "--date", PACK_MEETING])
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture
def ahead_db(demo_db):
    """The demo with a meeting scheduled after its last, no pack, and two open actions due at it."""
    store = Store.open(demo_db)
    meeting, _ = store.add_meeting("Corporate Parenting Board", AHEAD)
    due = store.actions("open")[:2]
    for action in due:
        store.edit_action(action.id, "clerk", due_meeting_id=meeting.id)
    store.close()
    return demo_db, meeting, due


async def test_a_held_meeting_without_minutes_says_what_each_tab_lacks(pack_db):
    app = make_app(pack_db)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_meeting(pilot, PACK_MEETING)
        await show_item(pilot, screen, "3")
        tabs = screen.query_one("#item-tabs", TabbedContent)
        await pilot.press("2")
        minutes = shown_text(screen, "#minutes-text")
        assert minutes == f"No minutes yet: they are usually published a few weeks after the meeting; import them with {IMPORT}."
        assert "presentation" not in minutes  # the agenda's purpose is not passed off as minutes
        await pilot.press("3")
        assert "the minutes are not imported yet, and resolutions come with them" in shown_text(screen, "#resolutions-text")
        await pilot.press("4")
        actions = shown_text(screen, "#actions-text")
        assert "they are read from its minutes, which are not imported" in actions and "cpb actions add" in actions
        await pilot.press("5")
        assert tabs.active == "topic"
        assert shown_text(screen, "#topic-text").startswith("No other meeting took this business")


async def test_an_item_without_report_pages_shows_its_purpose_and_says_so(pack_db):
    app = make_app(pack_db)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_meeting(pilot, PACK_MEETING)
        await pilot.press("f")  # the previous minutes are procedural: folded until shown
        await show_item(pilot, screen, "2")
        report = shown_text(screen, "#report-text")
        assert report.startswith("Purpose (from the agenda). To note the minutes of a meeting")
        assert "No report pages for this item in the agenda pack" in report and IMPORT in report


async def test_a_scheduled_meeting_with_its_pack_says_minutes_come_after_it(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await open_meeting(pilot, "2026-11-26")
        assert screen.meeting.status == "scheduled"
        await pilot.press("2")
        minutes = shown_text(screen, "#minutes-text")
        assert minutes.startswith("No minutes yet: the meeting has not been held.")
        await pilot.press("3")
        assert shown_text(screen, "#resolutions-text") == "No resolutions yet: the meeting has not been held."
        # The actions due at it are one entry of the agenda, after the items.
        agenda = screen.query_one("#agenda", OptionList)
        due = agenda.get_option_at_index(agenda.option_count - 1)
        assert due.id == "due" and f"Due at this meeting: {len(screen.due_actions)} action" in str(due.prompt)
        agenda.highlighted = agenda.option_count - 1
        await wait_for(pilot, lambda: screen.query_one("#due-body").display)
        assert not screen.query_one("#item-tabs").display
        text = shown_text(screen, "#due-text")
        assert all(f"action {entry.action.id}," in text for entry in screen.due_actions)
        await pilot.press("p")  # back to the last item: the tabs return
        await wait_for(pilot, lambda: screen.shown_item_id is not None)
        assert screen.query_one("#item-tabs").display and not screen.query_one("#due-body").display


async def test_a_scheduled_meeting_without_a_pack_shows_the_actions_due_at_it(ahead_db):
    path, meeting, due = ahead_db
    app = make_app(path)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.summaries)
        app.push_screen(MeetingScreen(meeting.id))
        await wait_for(pilot, lambda: isinstance(app.screen, MeetingScreen) and app.screen.due_actions)
        screen = app.screen
        await wait_for(pilot, lambda: screen.query_one("#due-body").display)
        assert shown_text(screen, "#item-title") == "Actions due at this meeting"
        text = shown_text(screen, "#due-text")
        assert text.startswith("No agenda yet: the agenda pack is usually published about a week before the meeting")
        for action in due:
            assert f"action {action.id}," in text and action.text[:40] in text
        statuses = {entry.derived_status for entry in screen.due_actions}
        assert all(f"[{status}]" in text for status in statuses)
        await pilot.press("left_square_bracket")  # the meeting before has items: their tabs come back
        await wait_for(pilot, lambda: screen.shown_item_id is not None)
        assert screen.query_one("#item-tabs").display and not screen.query_one("#due-body").display


async def test_a_meeting_with_nothing_due_and_no_agenda_says_both(demo_db):
    store = Store.open(demo_db)
    meeting, _ = store.add_meeting("Corporate Parenting Board", AHEAD)
    store.close()
    app = make_app(demo_db)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.summaries)
        app.push_screen(MeetingScreen(meeting.id))
        await wait_for(pilot, lambda: isinstance(app.screen, MeetingScreen) and app.screen.meeting is not None)
        await wait_for(pilot, lambda: app.screen.query_one("#due-body").display)
        text = shown_text(app.screen, "#due-text")
        assert text.startswith("No agenda yet") and text.endswith("No actions are due at this meeting.")


async def test_an_empty_store_says_how_to_import_or_open_the_demo(tmp_path):
    app = make_app(tmp_path / "empty.db")
    async with app.run_test(size=(100, 30)) as pilot:
        note = app.screen.query_one("#meetings-empty", Static)
        await wait_for(pilot, lambda: note.display and "cpb demo" in shown_text(app.screen, "#meetings-empty"))
        assert IMPORT in shown_text(app.screen, "#meetings-empty")


# --- the same words in `cpb read`, `cpb show` and `cpb meetings` ------------------------------


def run(path, *args):
    result = CliRunner().invoke(cli, ["--db", str(path), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_read_keeps_the_purpose_out_of_the_minutes(demo_db):
    text = run(demo_db, "read", "2026-11-26", "3")
    assert "Minutes:\nPurpose" not in text
    assert "\nPurpose:\nTo confirm the minutes of the meeting" in text
    assert "\nMinutes:\nNo minutes yet: the meeting has not been held." in text
    assert "\nResolved:\nNo resolutions yet: the meeting has not been held." in text
    assert "\nReport:\nNo report pages for this item in the agenda pack." in text


def test_read_of_a_held_meeting_without_minutes_says_so_once(pack_db):
    text = run(pack_db, "read", PACK_MEETING)
    assert text.count("No minutes yet: they are usually published a few weeks after the meeting") == 1
    assert "Minutes:" not in text
    one = run(pack_db, "read", PACK_MEETING, "3")
    assert "\nResolved:\nNo resolutions recorded: the minutes are not imported yet" in one


def test_show_says_what_a_meeting_lacks(ahead_db, pack_db):
    path, _, _ = ahead_db
    ahead = run(path, "show", AHEAD.isoformat())
    assert "No agenda yet: the agenda pack is usually published about a week before the meeting" in ahead
    held = run(pack_db, "show", PACK_MEETING)
    assert "No minutes yet: they are usually published a few weeks after the meeting" in held
    assert run(pack_db, "show", "2024-03-12").count("No minutes yet") == 0  # its minutes are in the pack


def test_meetings_on_an_empty_store_says_how_to_start(tmp_path):
    text = run(tmp_path / "empty.db", "meetings")
    assert IMPORT in text and "`cpb demo`" in text
