"""The screens, driven with Textual's Pilot on the demo store."""

from textual.widgets import DataTable, Static

from cpb_tui.app import make_app
from cpb_tui.screens import AgendaScreen, MeetingsScreen, ReaderScreen


async def wait_for(pilot, condition, tries=200):
    for _ in range(tries):
        if condition():
            return
        await pilot.pause(0.02)
    raise AssertionError("the screen never got there")


def plain(widget: Static) -> str:
    return str(widget.render())


async def open_meeting(pilot, date_label):
    app = pilot.app
    await wait_for(pilot, lambda: isinstance(app.screen, MeetingsScreen) and app.screen.meetings)
    rows = [m.date.isoformat() for m in app.screen.meetings]
    table = app.screen.query_one(DataTable)
    table.move_cursor(row=rows.index(date_label))
    await pilot.press("enter")
    await wait_for(pilot, lambda: isinstance(app.screen, AgendaScreen) and app.screen.items)
    return app.screen


async def test_meetings_list_newest_first(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, MeetingsScreen) and app.screen.meetings)
        dates = [m.date.isoformat() for m in app.screen.meetings]
        assert dates == sorted(dates, reverse=True)
        assert len(dates) >= 8
        assert app.screen.meetings[0].status == "scheduled"


async def test_step_through_a_meeting_with_n_and_p(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        agenda = await open_meeting(pilot, "2025-03-20")
        items = agenda.items
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, ReaderScreen) and app.screen.shown_item_id == items[0].id)
        reader = app.screen
        for index in range(1, len(items)):
            await pilot.press("n")
            await wait_for(pilot, lambda: reader.shown_item_id == items[index].id)
            assert items[index].title in plain(reader.query_one("#reader-title", Static))
        await pilot.press("n")  # past the last item: stays, says so
        await pilot.pause(0.1)
        assert reader.index == len(items) - 1
        await pilot.press("p", "p")
        await wait_for(pilot, lambda: reader.shown_item_id == items[-3].id)
        await pilot.press("escape")
        assert app.screen is agenda
        assert agenda.query_one(DataTable).cursor_row == len(items) - 3
        await pilot.press("escape")
        assert isinstance(app.screen, MeetingsScreen)
        await pilot.press("q")
    assert app.return_code == 0


async def test_reader_shows_minutes_resolutions_and_report_sections(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        agenda = await open_meeting(pilot, "2025-03-20")
        with_report = next(i for i, item in enumerate(agenda.items) if item.page_start and not item.procedural)
        agenda.query_one(DataTable).move_cursor(row=with_report)
        await pilot.press("enter")
        reader = app.screen
        await wait_for(pilot, lambda: isinstance(reader, ReaderScreen) and reader.shown_item_id is not None)
        titles = [plain(w) for w in reader.query(".block-title")]
        assert "Resolved" in titles
        assert any(t.startswith(("1.", "Purpose of this Report")) for t in titles)


async def test_document_text_never_becomes_markup(tmp_path, fixture_path, pinned_today):
    from cpb_tui.importers import load
    from cpb_tui.store import Store

    text = fixture_path("issue_page.txt").read_text()
    text = text.replace("Virtual School Annual Report", "[bold red]Virtual[/] [@click=app.quit]School[/]")
    path = tmp_path / "hostile.txt"
    path.write_text(text)
    store = Store.open(tmp_path / "hostile.db")
    source, record = load(path)
    store.import_document(record, str(path), source.sha256)
    store.close()
    app = make_app(tmp_path / "hostile.db")
    async with app.run_test(size=(100, 30)) as pilot:
        await open_meeting(pilot, "2024-06-18")
        await pilot.press("enter")
        reader = app.screen
        await wait_for(pilot, lambda: isinstance(reader, ReaderScreen) and reader.shown_item_id is not None)
        assert "[bold red]Virtual[/] [@click=app.quit]School[/]" in plain(reader.query_one("#reader-title", Static))
        await pilot.click("#reader-title")
        assert app.is_running


async def test_empty_store_says_what_to_do(tmp_path):
    app = make_app(tmp_path / "empty.db")
    async with app.run_test(size=(100, 30)) as pilot:
        note = app.screen.query_one("#meetings-empty", Static)
        await wait_for(pilot, lambda: "cpb demo" in plain(note))
