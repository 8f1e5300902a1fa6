"""The papers from the app, driven with Pilot on the demo store: export the paper (P) to the
same file as `cpb actions export`, schedule a meeting (M), add an action at an item (a), each
form saying which field is wrong and what to type.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from click.testing import CliRunner

from cpb_tui.cli import cli
from cpb_tui.store import Store
from cpb_tui.tui.app import make_app
from cpb_tui.tui.screens.paper_modals import AddActionModal, ExportModal, MeetingModal
from tests.test_action_log_screen import history_of, open_log, shown_text, until
from tests.test_terminal_escapes import planted, planted_master  # noqa: F401

BOARD = "Corporate Parenting Board"


async def fill(pilot, modal_type, **values):
    app = pilot.app
    await until(pilot, lambda: isinstance(app.screen, modal_type))
    for name, value in values.items():
        app.screen.query_one(f"#form-{name}").value = value
    await pilot.press("enter")
    await pilot.pause(0.05)


def problem(app) -> str:
    return str(app.screen.query_one("#form-problem").render())


@pytest.mark.parametrize("fmt", ["md", "csv", "html", "ics"])
async def test_the_exported_paper_is_the_clis(demo_db, tmp_path, fmt):
    ours, theirs = tmp_path / f"app.{fmt}", tmp_path / f"cli.{fmt}"
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_log(pilot)
        await pilot.press("P")
        await fill(pilot, ExportModal, format=fmt, path=str(ours))
        await until(pilot, lambda: "wrote" in shown_text(screen, "#log-notice"))
        assert f"the {fmt} paper for 26 November 2026" in shown_text(screen, "#log-notice")
    result = CliRunner().invoke(
        cli, ["--db", str(demo_db), "actions", "export", "--meeting", "next", "--committee", BOARD, "--format", fmt, "-o", str(theirs)]
    )
    assert result.exit_code == 0, result.output
    stamp = re.compile(rb"DTSTAMP:\S+")  # the calendar's own time of writing
    assert stamp.sub(b"", ours.read_bytes()) == stamp.sub(b"", theirs.read_bytes())


async def test_the_export_form_names_each_wrong_field(demo_db, tmp_path):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_log(pilot)
        await pilot.press("P")
        await fill(pilot, ExportModal, meeting="3 June 2025")
        assert problem(app).startswith("Meeting: the committee has no meeting on 3 June 2025; the nearest are")
        await fill(pilot, ExportModal, meeting="the June one")
        assert problem(app).startswith("Meeting: cannot read 'the June one' as a date")
        await fill(pilot, ExportModal, meeting="next", committee="Schools Forum")
        assert problem(app).startswith("Committee: no committee called 'Schools Forum'; the store has Corporate Parenting Board")
        await fill(pilot, ExportModal, committee="corporate", format="pdf")
        assert problem(app) == "Format: 'pdf' is not one of md, csv, html, ics."
        await fill(pilot, ExportModal, format="md", path=str(tmp_path / "no such folder" / "p.md"))
        assert "there is no folder" in problem(app)
        existing = tmp_path / "kept.md"
        existing.write_text("the clerk's own notes")
        await fill(pilot, ExportModal, path=str(existing))
        assert problem(app) == f"{existing} exists: enter again replaces it."
        assert existing.read_text() == "the clerk's own notes"
        await pilot.press("enter")
        await until(pilot, lambda: "wrote" in shown_text(screen, "#log-notice"))
        assert existing.read_text().startswith("#")


async def test_schedule_a_meeting_from_the_log(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_log(pilot)
        await pilot.press("M")
        await fill(pilot, MeetingModal, date="21st of Januaryish")
        assert problem(app).startswith("Date: cannot read '21st of Januaryish' as a date")
        await fill(pilot, MeetingModal, date="26 November 2026")
        assert problem(app) == f"Date: {BOARD} already has a meeting on 26 November 2026."
        await fill(pilot, MeetingModal, date="2027-01-21", venue="Committee Room 2")
        await until(pilot, lambda: "scheduled" in shown_text(screen, "#log-notice"))
        await until(pilot, lambda: any(m.date == dt.date(2027, 1, 21) for m in screen.store_log.calendars[BOARD]))
    store = Store.open(demo_db)
    try:
        (meeting,) = store.meetings_on(dt.date(2027, 1, 21), BOARD)
        assert meeting.status == "scheduled" and meeting.venue == "Committee Room 2"
    finally:
        store.close()


async def test_the_schedule_forms_empty_fields_show_what_they_want(demo_db):
    """An empty field is not a blank line (in a 256-colour terminal its background is hard to see): it shows its shape."""
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_log(pilot)
        await pilot.press("M")
        await until(pilot, lambda: isinstance(app.screen, MeetingModal))
        await pilot.pause()
        shown = {name: app.screen.query_one(f"#form-{name}").render_line(0).text.strip() for name in ("date", "time", "venue")}
        assert shown == {"date": "e.g. 2027-01-21", "time": "e.g. 10:00", "venue": "e.g. County Hall"}


async def test_add_an_action_at_an_item_and_undo_drops_it(demo_db):
    store = Store.open(demo_db)
    last = [m for m in store.meetings(BOARD) if m.date < dt.date(2026, 11, 23)][0]
    number = next(i.number for i in store.items(last.id) if i.number)
    before = len(store.actions("all"))
    store.close()
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_log(pilot)
        await pilot.press("a")
        await fill(pilot, AddActionModal, text=" ")
        assert problem(app) == "What is to be done: an action needs some words."
        await fill(pilot, AddActionModal, text="Write to the Lead Member", due="by the summer")
        assert problem(app).startswith("Due: cannot read 'by the summer' as a date")
        await fill(pilot, AddActionModal, item="99", text="Write to the Lead Member", owners="Chair", due="26 November 2026")
        await until(pilot, lambda: isinstance(app.screen, AddActionModal) and "Item: no single item 99" in problem(app))
        assert app.screen.query_one("#form-owners").value == "Chair"  # the form again, as typed
        await fill(pilot, AddActionModal, item=number)
        await until(pilot, lambda: "added action" in shown_text(screen, "#log-notice"))
        added = int(re.search(r"added action (\d+)", shown_text(screen, "#log-notice")).group(1))
        action, events = history_of(demo_db, added)
        assert (action.item_number, action.owners, action.due_meeting_date) == (number, ("Chair",), dt.date(2026, 11, 26))
        assert action.meeting_id == last.id and events[0].event == "created"
        await pilot.press("z")
        await until(pilot, lambda: "undone" in shown_text(screen, "#log-notice"))
        assert history_of(demo_db, added)[0].status == "dropped"
    store = Store.open(demo_db)
    assert len(store.actions("all")) == before + 1  # dropped, never deleted
    store.close()


def test_exempt_actions_go_on_the_paper_only_when_named(planted, pinned_today):  # noqa: F811
    store = Store.open(planted[0])
    try:
        exempt = next(a for a in store.actions("open") if a.exempt)
        later = next(m for m in sorted(store.meetings(exempt.committee), key=lambda m: m.date) if m.date > exempt.meeting_date)
        assert exempt.id not in {a.id for a in store.matters_arising_paper(later.id).actions}
        named = store.matters_arising_paper(later.id, (exempt.id,))
        assert exempt.id in {a.id for a in named.actions}
    finally:
        store.close()


async def test_the_export_form_reads_the_exempt_ids(demo_db, tmp_path):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_log(pilot)
        await pilot.press("P")
        await fill(pilot, ExportModal, path=str(tmp_path / "p.md"), exempt="12, 1x")
        assert problem(app) == "Exempt actions: '1x' is not an action id; type ids such as 12 14, or leave it empty."
        modal = app.screen
        modal.query_one("#form-exempt").value = "12, 14"
        values = {name: modal.query_one(f"#form-{name}").value for name, _ in modal.FIELDS}
        assert modal.read(values).include_exempt == (12, 14)


async def test_add_an_action_at_the_item_a_meeting_shows(demo_db):
    from cpb_tui.tui.screens import MeetingScreen

    store = Store.open(demo_db)
    meeting = [m for m in store.meetings(BOARD) if m.date < dt.date(2026, 11, 23)][0]
    item = next(i for i in store.items(meeting.id) if i.number and not i.procedural)
    store.close()
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.2)
        app.open_meeting(meeting.id, item.number)
        await until(pilot, lambda: isinstance(app.screen, MeetingScreen) and app.screen.shown_item_id == item.id)
        await pilot.press("ctrl+p", *"add an action at this item")
        await pilot.pause(0.4)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, AddActionModal))
        assert app.screen.query_one("#form-item").value == item.number
        assert app.screen.query_one("#form-meeting").value == meeting.date.isoformat()
        await fill(pilot, AddActionModal, text="Ask the Trust for its winter plan")
        await until(pilot, lambda: "added action" in shown_text(app.screen, "#log-notice"))
        added = int(re.search(r"added action (\d+)", shown_text(app.screen, "#log-notice")).group(1))
        assert history_of(demo_db, added)[0].item_id == item.id


async def test_plus_on_a_meeting_adds_an_action_at_the_item_shown(demo_db):
    from cpb_tui.tui.screens import MeetingScreen

    store = Store.open(demo_db)
    meeting = [m for m in store.meetings(BOARD) if m.date < dt.date(2026, 11, 23)][1]
    item = [i for i in store.items(meeting.id) if i.number and not i.procedural][1]
    store.close()
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.2)
        app.open_meeting(meeting.id, item.number)
        await until(pilot, lambda: isinstance(app.screen, MeetingScreen) and app.screen.shown_item_id == item.id)
        agenda_shown = app.screen.query_one("#agenda").display
        await pilot.press("plus")
        await until(pilot, lambda: isinstance(app.screen, AddActionModal))
        assert app.screen.query_one("#form-item").value == item.number
        assert app.screen.query_one("#form-meeting").value == meeting.date.isoformat()
        await fill(pilot, AddActionModal, text="Ask the virtual school for its termly figures")
        await until(pilot, lambda: "added action" in shown_text(app.screen, "#log-notice"))
        added = int(re.search(r"added action (\d+)", shown_text(app.screen, "#log-notice")).group(1))
        action = history_of(demo_db, added)[0]
        assert action.item_id == item.id and action.text == "Ask the virtual school for its termly figures"
        await pilot.press("escape")  # back on the meeting: `a` still shows or hides its agenda
        await until(pilot, lambda: isinstance(app.screen, MeetingScreen))
        await pilot.press("a")
        assert app.screen.query_one("#agenda").display is not agenda_shown
    from cpb_tui.tui.screens.help_screen import HELP

    assert "+" in dict(dict(HELP)["Meeting"])  # help (?) lists it


async def schedule(pilot, screen, date: str) -> None:
    await pilot.press("M")
    await fill(pilot, MeetingModal, date=date)
    await until(pilot, lambda: "scheduled" in shown_text(screen, "#log-notice"))


async def test_undo_takes_a_scheduled_meeting_out_again(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_log(pilot)
        await schedule(pilot, screen, "2027-01-21")
        assert "z takes it out again" in shown_text(screen, "#log-notice")
        await pilot.press("z")
        await until(pilot, lambda: "undone: the meeting of Corporate Parenting Board, 21 January 2027 is taken out" in shown_text(screen, "#log-notice"))
        await until(pilot, lambda: not any(m.date == dt.date(2027, 1, 21) for m in screen.store_log.calendars[BOARD]))
    store = Store.open(demo_db)
    try:
        assert store.meetings_on(dt.date(2027, 1, 21), BOARD) == []
    finally:
        store.close()


async def test_undo_of_a_meeting_an_action_was_set_due_at_since_is_refused_saying_what_to_do(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_log(pilot)
        await schedule(pilot, screen, "2027-01-21")
        store = Store.open(demo_db)  # another cpb sets an action due at the new meeting
        (meeting,) = store.meetings_on(dt.date(2027, 1, 21), BOARD)
        store.edit_action(2, "the clerk", due_meeting_id=meeting.id)
        store.close()
        await pilot.press("z")
        await until(pilot, lambda: "Not undone" in shown_text(screen, "#log-notice"))
        assert ("action 2 was set due at Corporate Parenting Board, 21 January 2027 since; give it another due (e) first, then undo"
                in shown_text(screen, "#log-notice"))
    store = Store.open(demo_db)
    try:
        assert len(store.meetings_on(dt.date(2027, 1, 21), BOARD)) == 1  # nothing was taken out
    finally:
        store.close()
