"""Two writers with the app open: the CLI changes the store while the app shows it.

The app notices (SQLite's data_version, polled and on focus) and reads again without losing
the cursor; a change made from a row the CLI has since changed is refused, naming what
changed, and the newer value is on screen.
"""

from __future__ import annotations

from click.testing import CliRunner

from cpb_tui.cli import cli
from cpb_tui.store import Store
from cpb_tui.tui.app import make_app
from cpb_tui.tui.screens import HomeScreen
from cpb_tui.tui.screens.action_form_modal import ActionFormModal
from cpb_tui.tui.screens.note_modal import NoteModal
from cpb_tui.tui.widgets import ActionTable
from tests.test_action_log_screen import history_of, open_log, select_action, shown_text, until, written


def run_cli(db, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--db", str(db), "actions", "--as", "bob", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


async def test_a_change_by_the_cli_shows_in_the_log_and_the_cursor_stays(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_log(pilot)
        await select_action(pilot, screen, 5)
        cursor_before = screen.query_one(ActionTable).cursor
        run_cli(demo_db, "note", "5", "Letter sent by the CLI")
        run_cli(demo_db, "done", "2", "--note", "closed at the desk")
        await until(pilot, lambda: screen.trail.action.latest_update == "Letter sent by the CLI")
        table = screen.query_one(ActionTable)
        assert table.current.action.id == 5  # the cursor kept its action
        assert "read again: another cpb changed the store" in shown_text(screen, "#log-title")
        assert "Letter sent by the CLI" in shown_text(screen, "#history-text")
        assert next(e for e in screen.shown if e.action.id == 2).action.status == "done"
        assert table.cursor in (cursor_before, cursor_before - 1, cursor_before + 1)


async def test_the_home_screen_counts_follow_the_cli(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.summaries)
        home = app.screen
        before = len(home.summaries)
        result = CliRunner().invoke(
            cli, ["--db", str(demo_db), "meetings", "add", "--committee", "Corporate Parenting Board", "--date", "2027-06-17"]
        )
        assert result.exit_code == 0, result.output
        await until(pilot, lambda: len(home.summaries) == before + 1)


async def test_a_change_on_a_stale_row_is_refused_with_the_newer_value_shown(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_log(pilot)
        await select_action(pilot, screen, 3)
        await pilot.press("d")
        await until(pilot, lambda: isinstance(app.screen, NoteModal))
        # While the clerk types, someone closes it from the command line.
        run_cli(demo_db, "done", "3", "--note", "closed by the CLI")
        await pilot.press(*"Report received", "enter")
        line = await written(pilot, screen)
        assert line.startswith("Not written: action 3 was changed since it was shown (bob at ")
        assert "done status: open -> done (closed by the CLI)" in line and "now done" in line
        assert "W tries again" not in line
        action, events = history_of(demo_db, 3)
        assert action.latest_update == "closed by the CLI"
        assert [e.note for e in events if e.event == "done"] == ["closed by the CLI"]  # one done, the CLI's
        await until(pilot, lambda: screen.trail.action.status == "done")  # the newer value is on screen


async def test_an_edit_from_a_stale_form_is_refused_and_the_cli_owners_stand(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_log(pilot)
        await select_action(pilot, screen, 2)
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, ActionFormModal))
        run_cli(demo_db, "edit", "2", "--owner", "Head of Service")
        app.screen.query_one("#form-owners").value = "Chair"
        await pilot.press("enter")
        line = await written(pilot, screen)
        assert "owners: " in line and "-> Head of Service" in line and "owners Head of Service" in line
        assert history_of(demo_db, 2)[0].owners == ("Head of Service",)
        # From the row as it is now, the same edit is written.
        await until(pilot, lambda: screen.trail.action.owners == ("Head of Service",))
        screen.query_one("#log-notice").update("")
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, ActionFormModal))
        app.screen.query_one("#form-owners").value = "Chair"
        await pilot.press("enter")
        assert "written" in await written(pilot, screen)
        assert history_of(demo_db, 2)[0].owners == ("Chair",)


def test_the_store_says_what_changed_since_a_version(demo_db):
    store = Store.open(demo_db)
    try:
        seen = store.action(4).version
        store.note_action(4, "bob", "Chased")
        from cpb_tui.domain.models import ActionChanged

        try:
            with store.unchanged_since(4, seen):
                store.set_action_status(4, "done", "alice")
        except ActionChanged as changed:
            said = str(changed)
        else:
            raise AssertionError("a stale change was written")
        assert "bob at" in said and "note (Chased)" in said
        assert store.action(4).status == "open"
        with store.unchanged_since(4, store.action(4).version):
            store.set_action_status(4, "done", "alice")
        assert store.action(4).status == "done"
    finally:
        store.close()


async def test_coming_back_to_the_terminal_looks_at_once(demo_db):
    app = make_app(demo_db)
    app.POLL_SECONDS = 0  # no timer: only the focus event can make the app look
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_log(pilot)
        await select_action(pilot, screen, 4)
        run_cli(demo_db, "note", "4", "Chased by email")
        await pilot.pause(1.2)
        assert screen.trail.action.latest_update != "Chased by email"  # nothing polls
        from textual import events

        app.post_message(events.AppFocus())
        await until(pilot, lambda: screen.trail.action.latest_update == "Chased by email")
        assert screen.query_one(ActionTable).current.action.id == 4


async def test_a_decision_and_an_undo_on_a_changed_action_are_refused(demo_db):
    app = make_app(demo_db)
    app.POLL_SECONDS = 0  # the app has not looked again: its rows are the old ones
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_log(pilot)
        await pilot.press("3")
        await until(pilot, lambda: screen.trail is not None and screen.trail.action.id == screen.shown[0].action.id)
        action_id = screen.trail.action.id
        run_cli(demo_db, "note", str(action_id), "Asked the service for dates")
        await pilot.press("y")
        line = await written(pilot, screen)
        assert line.startswith(f"Not written: action {action_id} was changed since it was shown (bob at ")
        assert history_of(demo_db, action_id)[0].status == "open"  # nothing confirmed
        # An undo is checked too: it cannot undo over someone else's change.
        await select_action(pilot, screen, 5)
        clear = screen.query_one("#log-notice")
        clear.update("")
        await pilot.press("d")
        await until(pilot, lambda: isinstance(app.screen, NoteModal))
        await pilot.press("enter")
        assert "written" in await written(pilot, screen)
        run_cli(demo_db, "note", "5", "Closed, but see the letter")
        clear.update("")
        await pilot.press("z")
        line = await written(pilot, screen)
        assert "was changed since it was shown" in line and line.endswith("the undo was not made")
        assert history_of(demo_db, 5)[0].status == "done"
