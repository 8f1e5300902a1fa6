"""The action log screen (A), driven with Pilot on real stores: views, filter, sort, each change
(checked in the store and its history), undo, a busy store, the evidence panel, exempt marks and escapes.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from cpb_tui.domain.models import format_date
from cpb_tui.store import Store
from cpb_tui.tui.action_filter import VIEWS, FilterProblem, parse_filter
from cpb_tui.tui.app import make_app
from cpb_tui.tui.screens import ActionLogScreen, MeetingScreen
from cpb_tui.tui.screens.action_form_modal import ActionFormModal, FormProblem, read_form
from cpb_tui.tui.screens.note_modal import NoteModal
from cpb_tui.tui.widgets import ActionTable
from tests.test_terminal_escapes import FORBIDDEN, SECRET, _recording_driver, planted, planted_master  # noqa: F401
from tests.pilot_wait import wait_for as until


async def open_log(pilot) -> ActionLogScreen:
    app = pilot.app
    await pilot.pause(0.1)
    await pilot.press("A")
    await until(pilot, lambda: isinstance(app.screen, ActionLogScreen) and app.screen.store_log and app.screen.trail)
    return app.screen


async def select_action(pilot, screen: ActionLogScreen, action_id: int) -> None:
    await pilot.press("5")  # every action, so it is there whatever its status
    table = screen.query_one(ActionTable)
    table.cursor = next(i for i, e in enumerate(screen.shown) if e.action.id == action_id)
    await until(pilot, lambda: screen.trail is not None and screen.trail.action.id == action_id)


async def written(pilot, screen: ActionLogScreen) -> str:
    line = screen.query_one("#log-notice")
    await until(pilot, lambda: "written" in str(line.render()) or "undone" in str(line.render()) or "Not" in str(line.render()))
    await pilot.pause(0.1)
    return str(line.render())


def shown_text(screen, selector: str) -> str:
    return str(screen.query_one(selector).render())


def history_of(db, action_id):
    store = Store.open(db)
    try:
        return store.action(action_id), store.history(action_id)
    finally:
        store.close()


# --- views, filter, sort ----------------------------------------------------------------------


async def test_each_view_shows_the_actions_it_names_with_counts_in_the_header(demo_db):
    store = Store.open(demo_db)
    log = store.action_log()
    store.close()
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_log(pilot)
        assert {e.action.id for e in screen.shown} == {e.action.id for e in log.entries if e.action.status == "open"}
        for view in VIEWS:
            await pilot.press(view.key)
            expected = {e.action.id for e in log.entries if view.keeps(e)}
            assert {e.action.id for e in screen.shown} == expected
            assert f"{len(expected)} of {len(expected)} shown" in shown_text(screen, "#log-title")
            assert f" {view.key} {view.short} {len(expected)} " in shown_text(screen, "#log-views")
        await pilot.press("1")
        assert {e.derived_status for e in screen.shown} <= {"missed", "overdue"} and screen.shown
        await pilot.press("3")
        assert {e.derived_status for e in screen.shown} == {"to confirm"}


async def test_the_filter_bar_filters_shows_the_filter_and_clears_with_one_key(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_log(pilot)
        everything = len(screen.shown)
        await pilot.press("f", *"owner:director", "enter")
        assert screen.shown and len(screen.shown) < everything
        assert all(any("director" in o.lower() for o in e.action.owners) for e in screen.shown)
        assert "owner has 'director'" in shown_text(screen, "#filter-shown")
        assert isinstance(app.focused, ActionTable)  # back on the table, ready for keys
        await pilot.press("x")
        assert len(screen.shown) == everything and not screen.query_one("#filter-shown").display
        await pilot.press("f", *"due:soon", "enter")
        assert "filter not applied: due:soon is neither a number of days nor a date" in shown_text(screen, "#filter-shown")
        assert len(screen.shown) == everything
        await pilot.press("escape")  # out of the bar, not off the screen
        assert isinstance(app.screen, ActionLogScreen)


def test_the_filter_reads_each_part_and_says_what_is_wrong():
    found = parse_filter('status:to-confirm owner:Director committee:corporate due:30 "care leavers" Report')
    assert (found.status, found.owner, found.committee, found.due_days) == ("to confirm", "director", "corporate", 30)
    assert found.words == ("care leavers", "report")
    assert parse_filter("due:30/06/2025").due_by == dt.date(2025, 6, 30)
    with pytest.raises(FilterProblem, match="status:late is not a status"):
        parse_filter("status:late")
    with pytest.raises(FilterProblem, match="needs a value"):
        parse_filter("owner:")
    with pytest.raises(FilterProblem, match="quotation mark"):
        parse_filter('"care leavers')


async def test_sort_by_each_column_and_reverse(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(120, 30)) as pilot:
        screen = await open_log(pilot)
        table = screen.query_one(ActionTable)
        seen = []
        for _ in range(8):
            await pilot.press("s")
            seen.append(table.sort)
            if table.sort == "id":
                assert [e.action.id for e in screen.shown] == sorted(e.action.id for e in screen.shown)
            if table.sort == "due":
                days = [e.due_on for e in screen.shown if e.due_on]
                assert days == sorted(days)
        assert sorted(seen) == sorted(["id", "from", "ref", "action", "owners", "due", "status", "update"])
        while table.sort != "id":
            await pilot.press("s")
        await pilot.press("S")
        assert [e.action.id for e in screen.shown] == sorted((e.action.id for e in screen.shown), reverse=True)
        assert "# v" in str(table.render_line(0).text)


# --- changes ------------------------------------------------------------------------------------


async def test_done_with_a_note_then_undo_is_two_events_and_nothing_deleted(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_log(pilot)
        await select_action(pilot, screen, 3)
        before = len(history_of(demo_db, 3)[1])
        await pilot.press("d")
        await until(pilot, lambda: isinstance(app.screen, NoteModal))
        await pilot.press(*"Report received in May", "enter")
        assert "action 3 is now done: written to the history" in await written(pilot, screen)
        action, events = history_of(demo_db, 3)
        assert action.status == "done" and action.latest_update == "Report received in May"
        assert (events[-1].event, events[-1].old, events[-1].new) == ("done", "open", "done")
        await until(pilot, lambda: screen.trail.action.status == "done")
        assert "done status: open -> done (Report received in May)" in shown_text(screen, "#history-text")
        await pilot.press("z")
        await until(pilot, lambda: "undone" in shown_text(screen, "#log-notice"))
        action, events = history_of(demo_db, 3)
        assert action.status == "open"
        assert len(events) == before + 2 and [e.event for e in events[-2:]] == ["done", "reopened"]
        assert events[-1].note == "undo of the last change"
        await pilot.press("z")
        assert "Nothing to undo" in shown_text(screen, "#log-notice")


async def test_drop_reopen_and_an_update_each_write_an_event(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_log(pilot)
        await select_action(pilot, screen, 2)
        await pilot.press("D")
        await until(pilot, lambda: isinstance(app.screen, NoteModal))
        await pilot.press("enter")  # no note: allowed for a drop
        await written(pilot, screen)
        assert history_of(demo_db, 2)[0].status == "dropped"
        await until(pilot, lambda: screen.trail.action.status == "dropped")
        screen.query_one("#log-notice").update("")
        await pilot.press("o")
        await until(pilot, lambda: isinstance(app.screen, NoteModal))
        await pilot.press(*"Raised again by the Chair", "enter")
        await written(pilot, screen)
        action, events = history_of(demo_db, 2)
        assert action.status == "open" and events[-1].event == "reopened" and events[-1].note == "Raised again by the Chair"
        screen.query_one("#log-notice").update("")
        await pilot.press("u")
        await until(pilot, lambda: isinstance(app.screen, NoteModal))
        await pilot.press("enter")  # an update needs words
        assert "Type the update first" in str(app.screen.query_one("#note-problem").render())
        await pilot.press(*"Letter sent 3 March", "enter")
        await written(pilot, screen)
        action, events = history_of(demo_db, 2)
        assert action.latest_update == "Letter sent 3 March" and events[-1].event == "note"
        await pilot.press("z")  # the update before is the latest again, by a new event
        await until(pilot, lambda: "undone" in shown_text(screen, "#log-notice"))
        action, events = history_of(demo_db, 2)
        assert action.latest_update == "Raised again by the Chair" and events[-1].event == "note"


async def test_the_edit_form_checks_each_field_and_writes_each_change(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_log(pilot)
        await select_action(pilot, screen, 2)
        original = history_of(demo_db, 2)[0]
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, ActionFormModal))
        form = app.screen
        problem = form.query_one("#form-problem")
        form.query_one("#form-meeting").value = "3 June 2025"
        await pilot.press("enter")
        assert "Due meeting: the committee has no meeting on 3 June 2025; the nearest are" in str(problem.render())
        form.query_one("#form-meeting").value = "the June meeting"
        await pilot.press("enter")
        assert "Due meeting: cannot read 'the June meeting' as a date" in str(problem.render())
        form.query_one("#form-meeting").value = ""
        form.query_one("#form-date").value = "31st of Juneish"
        await pilot.press("enter")
        assert "Due date: cannot read '31st of Juneish' as a date" in str(problem.render())
        form.query_one("#form-date").value = ""
        form.query_one("#form-meeting").value = "19 March 2026"
        form.query_one("#form-owners").value = "Head of Virtual School; Chair"
        form.query_one("#form-text").value = "Send this report to the Leader and the Lead Member"
        form.query_one("#form-note").value = "agreed at the agenda meeting"
        await pilot.press("enter")
        await written(pilot, screen)
        action, events = history_of(demo_db, 2)
        assert action.owners == ("Head of Virtual School", "Chair")
        assert action.due_meeting_date == dt.date(2026, 3, 19)
        assert action.text == "Send this report to the Leader and the Lead Member"
        changed = {e.field: e for e in events if e.event == "edited" and e.note == "agreed at the agenda meeting"}
        assert set(changed) == {"owners", "due", "text"} and changed["text"].old == original.text
        await pilot.press("z")
        await until(pilot, lambda: "undone" in shown_text(screen, "#log-notice"))
        action = history_of(demo_db, 2)[0]
        assert (action.owners, action.text) == (original.owners, original.text)


def test_the_form_refuses_taking_a_due_away_and_giving_two(demo_db):
    store = Store.open(demo_db)
    log = store.action_log()
    store.close()
    entry = next(e for e in log.entries if e.action.due_meeting_date)
    calendar = log.calendars[entry.action.committee]
    base = {"text": entry.action.text, "owners": "; ".join(entry.action.owners), "date": "", "note": ""}
    with pytest.raises(FormProblem, match="cannot be taken away"):
        read_form(entry.action, calendar, {**base, "meeting": ""})
    with pytest.raises(FormProblem, match="not both"):
        read_form(entry.action, calendar, {**base, "meeting": format_date(calendar[0].date), "date": "2027-01-01"})
    with pytest.raises(FormProblem, match="Wording"):
        read_form(entry.action, calendar, {**base, "meeting": format_date(entry.action.due_meeting_date), "text": " "})


async def test_a_busy_store_is_one_line_nothing_is_lost_and_w_writes_it_later(demo_db, monkeypatch):
    monkeypatch.setattr("cpb_tui.store.db.BUSY_TIMEOUT_MS", 200)
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_log(pilot)
        await select_action(pilot, screen, 3)
        before = len(history_of(demo_db, 3)[1])
        holder = sqlite3.connect(demo_db)
        holder.execute("begin immediate")  # another cpb in the middle of a long write
        try:
            await pilot.press("d")
            await until(pilot, lambda: isinstance(app.screen, NoteModal))
            await pilot.press(*"Sent", "enter")
            line = await written(pilot, screen)
        finally:
            holder.rollback()
            holder.close()
        assert line == f"Not written: another cpb is writing to {demo_db}; try again in a moment; W tries again"
        assert "Traceback" not in line and "\n" not in line
        action, events = history_of(demo_db, 3)
        assert action.status == "open" and len(events) == before
        screen.query_one("#log-notice").update("")
        await pilot.press("W")
        await written(pilot, screen)
        action, events = history_of(demo_db, 3)
        assert action.status == "done" and events[-1].note == "Sent" and len(events) == before + 1


# --- the evidence panel ---------------------------------------------------------------------------


async def test_follow_ups_in_words_confirm_on_one_key_and_enter_opens_the_item(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_log(pilot)
        await pilot.press("3")
        entry = screen.shown[0]
        screen.query_one(ActionTable).cursor = 0
        await until(pilot, lambda: screen.trail is not None and screen.trail.action.id == entry.action.id)
        options = screen.query_one("#followups")
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any(p.strip().startswith("strong match, to confirm: item") for p in prompts)
        assert not any(__import__("re").search(r"\d\.\d\d", p) for p in prompts)  # reasons in words, no scores
        # The trail: each later meeting of the committee, held or to come, with what was found under it.
        assert any("  held" in p for p in prompts)
        target = options.followup
        assert target is not None and target.state == "suggested"
        heading = max(i for i, row in enumerate(options.rows[: options.highlighted]) if row is None)
        assert prompts[heading].startswith(format_date(target.meeting_date))  # under its meeting
        await pilot.press("y")
        await written(pilot, screen)
        store = Store.open(demo_db)
        decided = {f.item_id: f.state for f in store.followups(entry.action.id)}
        events = store.history(entry.action.id)
        store.close()
        assert decided[target.item_id] == "confirmed" and events[-1].event in ("done", "follow-up confirmed")
        # Delivered now, so gone from "to confirm"; the whole log still has it.
        assert entry.action.id not in {e.action.id for e in screen.shown}
        await select_action(pilot, screen, entry.action.id)
        assert any(f.state == "confirmed" for f in screen.trail.followups)
        options.focus()
        options.highlighted = next(i for i, f in enumerate(options.rows) if f is not None and f.item_id == target.item_id)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, MeetingScreen) and app.screen.shown_item_id is not None)
        assert app.screen.shown_item_id == target.item_id
        await pilot.press("escape")
        assert isinstance(app.screen, ActionLogScreen)


async def test_the_palette_opens_the_log_and_runs_its_keys(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.2)
        await pilot.press("ctrl+p", *"open the action log")
        await pilot.pause(0.4)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, ActionLogScreen) and app.screen.store_log)
        screen = app.screen
        await pilot.press("ctrl+p", *"overdue and missed")
        await pilot.pause(0.4)
        await pilot.press("enter")
        await until(pilot, lambda: screen.view.key == "1")


# --- exempt text and escapes --------------------------------------------------------------------


async def test_exempt_actions_are_marked_and_no_escape_reaches_the_terminal(planted, pinned_today):  # noqa: F811
    db = planted[0]
    app = make_app(db)
    app.terminal_output = []
    app.driver_class = _recording_driver()
    app.animation_level = "none"
    async with app.run_test(headless=False, size=(120, 40)) as pilot:
        screen = await open_log(pilot)
        await pilot.press("5")
        frames = []
        for index, entry in enumerate(screen.shown):
            screen.query_one(ActionTable).cursor = index
            await until(pilot, lambda: screen.trail is not None and screen.trail.action.id == entry.action.id)
            await pilot.pause(0.05)
            frames.append("".join(app.terminal_output))
            app.terminal_output.clear()
            if entry.action.exempt:
                assert "[exempt]" in shown_text(screen, "#history-text")
        exempt = [e for e in screen.shown if e.action.exempt]
        assert exempt and all(SECRET in e.action.text for e in exempt)
        table = screen.query_one(ActionTable)
        lines = [str(table.render_line(y).text) for y in range(1, len(screen.shown) + 1)]
        assert [line for line in lines if "[exempt]" in line] and all("[exempt]" in line for line in lines if SECRET in line)
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, ActionFormModal))
        await pilot.pause(0.05)
        frames.append("".join(app.terminal_output))
    for written_out in frames:
        from tests.test_terminal_escapes import _TEXTUAL_OWN

        assert written_out and not FORBIDDEN.findall(_TEXTUAL_OWN.sub("", written_out))


async def test_mine_shows_the_owners_named_in_config(demo_db, isolated_home):
    isolated_home.mkdir(parents=True, exist_ok=True)
    (isolated_home / "config.toml").write_text('user = "Sam Clerk"\nowners = ["director of children"]\n')
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_log(pilot)
        await pilot.press("6")
        assert screen.view.key == "6" and screen.shown
        assert all(any("director of children" in o.lower() for o in e.action.owners) for e in screen.shown)
        assert " 6 mine " in shown_text(screen, "#log-views")
    (isolated_home / "config.toml").write_text('user = "Sam Clerk"\n')
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_log(pilot)
        await pilot.press("6")
        assert not screen.shown and "owners = [" in shown_text(screen, "#log-notice")


async def test_coming_back_shows_the_last_rows_at_once_then_the_store_read_again(demo_db):
    import threading

    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_log(pilot)
        first = [e.action.id for e in screen.shown]
        await pilot.press("escape")
        store = Store.open(demo_db)  # another cpb adds an action meanwhile
        added = store.add_action("the clerk", "Circulate the new pledge", committee="Corporate Parenting Board").id
        store.close()
        # The next read of the log waits until the test lets it go.
        release, real = threading.Event(), app.with_store
        app.with_store = lambda work: (release.wait(10), real(work))[1]
        await pilot.press("A")
        again = app.screen
        await until(pilot, lambda: isinstance(again, ActionLogScreen) and again.cached_log is not None and again.shown)
        # The last visit's rows, before the store has answered; the title says it is reading.
        assert [e.action.id for e in again.shown] == first and again.store_log is None
        assert "reading the store again..." in shown_text(again, "#log-title")
        release.set()
        await until(pilot, lambda: again.store_log is not None and added in [e.action.id for e in again.shown])
        assert "reading the store again" not in shown_text(again, "#log-title")
