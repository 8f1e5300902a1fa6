"""The screens, driven with Textual's Pilot on the demo store: every screen and every key."""

import os

from textual.widgets import OptionList, Static, TabbedContent

from cpb_tui.tui.app import make_app
from cpb_tui.tui.screens import HelpScreen, HomeScreen, MeetingScreen
from tests.pilot_wait import wait_for


def plain(widget: Static) -> str:
    return str(widget.render())


async def home(pilot):
    app = pilot.app
    await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.summaries)
    return app.screen


async def open_meeting(pilot, date):
    screen = await home(pilot)
    rows = [m.date.isoformat() for m in screen.meetings]
    screen.query_one("#meetings-table").move_cursor(row=rows.index(date))
    await pilot.press("enter")
    app = pilot.app
    await wait_for(pilot, lambda: isinstance(app.screen, MeetingScreen) and app.screen.shown_item_id is not None)
    return app.screen


async def shown(pilot, screen, item):
    await wait_for(pilot, lambda: screen.shown_item_id == item.id)


async def test_home_lists_the_next_meeting_first(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await home(pilot)
        dates = [m.date.isoformat() for m in screen.meetings]
        assert dates[0] == "2026-11-26" and screen.meetings[0].status == "scheduled"
        assert dates[1:] == sorted(dates[1:], reverse=True) and len(dates) >= 8
        overdue = {s.meeting.date.isoformat(): s.overdue_actions for s in screen.summaries}
        assert overdue["2024-11-14"] >= 1


async def test_step_through_items_with_n_and_p(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_meeting(pilot, "2025-03-20")
        items = screen.shown_items
        assert all(not i.procedural for i in items)  # procedural items are folded by default
        for item in items[1:]:
            await pilot.press("n")
            await shown(pilot, screen, item)
            assert item.title in plain(screen.query_one("#item-title", Static))
        await pilot.press("n")  # past the last item: stays, says so
        await pilot.pause(0.1)
        assert screen.shown_item_id == items[-1].id
        await pilot.press("p")
        await shown(pilot, screen, items[-2])
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("q")
    assert app.return_code == 0


async def test_procedural_items_fold_and_show(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_meeting(pilot, "2025-03-20")
        folded = len(screen.shown_items)
        await pilot.press("f")
        await pilot.pause()
        assert len(screen.shown_items) == len(screen.items) > folded
        assert screen.shown_items[0].title == "Apologies for Absence"
        await pilot.press("f")
        await pilot.pause()
        assert len(screen.shown_items) == folded


async def test_next_and_previous_meeting_of_the_committee(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_meeting(pilot, "2025-03-20")
        await pilot.press("right_square_bracket")
        await wait_for(pilot, lambda: screen.meeting and screen.meeting.date.isoformat() == "2025-06-19")
        await pilot.press("left_square_bracket", "left_square_bracket")
        await wait_for(pilot, lambda: screen.meeting.date.isoformat() == "2025-01-16")
        assert "16 January 2025" in plain(screen.query_one("#meeting-title", Static))


async def test_go_to_an_item_by_number(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_meeting(pilot, "2025-03-20")
        await pilot.press("g")
        await pilot.press("8", "enter")
        target = next(i for i in screen.items if i.number == "8")
        await shown(pilot, screen, target)
        # A procedural item's number shows the folded items.
        await pilot.press("g", "3", "enter")
        minutes = next(i for i in screen.items if i.number == "3")
        await shown(pilot, screen, minutes)
        assert screen.show_procedural
        await pilot.press("g", "9", "9", "enter")
        await pilot.pause(0.1)
        assert screen.shown_item_id == minutes.id


async def test_tabs_contents_and_sections(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_meeting(pilot, "2025-03-20")
        tabs = screen.query_one("#item-tabs", TabbedContent)
        assert tabs.active == "report" and len(screen.sections) >= 3
        await pilot.press("t")
        toc = screen.query_one("#toc", OptionList)
        assert toc.display and toc.option_count == len(screen.sections)
        await pilot.press("down", "enter")
        await pilot.pause()
        assert screen.section_start == 1
        assert screen.window_titles[0].startswith(screen.sections[1].heading.split()[0])
        await pilot.press("right_curly_bracket")
        assert screen.section_start == 2
        await pilot.press("left_curly_bracket")
        assert screen.section_start == 1
        for key, name in zip("2345", ["minutes", "resolutions", "actions", "topic"]):
            await pilot.press(key)
            assert tabs.active == name
        assert screen.tab_sources["resolutions"].startswith("**RESOLVED**")
        # At 100 columns the open contents took the agenda's room; `a` brings it back and hides it.
        agenda = screen.query_one("#agenda")
        before = agenda.display
        await pilot.press("a")
        assert agenda.display is not before


async def test_actions_and_topic_tabs(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_meeting(pilot, "2025-06-19")
        annual = next(i for i in screen.shown_items if i.title.startswith("Children in Care Annual Report"))
        screen.query_one("#agenda", OptionList).highlighted = screen.shown_items.index(annual)
        await shown(pilot, screen, annual)
        await pilot.press("5")  # the Topic tab: one option per meeting that took the business
        options = screen.query_one("#topic-body", OptionList)
        topic = " ".join(str(options.get_option_at_index(i).prompt) for i in range(options.option_count))
        assert "18 June 2026" in topic and "Children in Care Annual Report 2025/26" in topic
        placements = next(i for i in screen.shown_items if i.title.startswith("Unaccompanied"))
        screen.query_one("#agenda", OptionList).highlighted = screen.shown_items.index(placements)
        await shown(pilot, screen, placements)
        await pilot.press("4")  # tabs are filled when shown
        actions = plain(screen.query_one("#actions-text", Static))
        assert "[to confirm]" in actions and "Six Month Update" in actions


async def test_help_screen_lists_the_keys(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await home(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        from rich.console import Console

        console = Console(width=100, record=True, color_system=None, file=open(os.devnull, "w"))
        console.print(app.screen.query_one("#help-text", Static).content)
        text = console.export_text()
        for key in ("n / p", "] / [", "g", "t", "} / {", "ctrl+p"):
            assert key in text
        await pilot.press("escape")
        assert isinstance(app.screen, HomeScreen)


async def test_palette_jumps_to_an_item(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await home(pilot)
        await pilot.press("ctrl+p")
        await pilot.press(*"virtual school 2024")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, MeetingScreen) and app.screen.shown_item_id is not None)
        assert "Virtual School" in plain(app.screen.query_one("#item-title", Static))


async def test_high_contrast_theme(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await home(pilot)
        app.action_toggle_high_contrast()
        assert app.theme == "cpb-high-contrast"


async def test_newcomer_path_to_item_3_second_section_and_home(demo_db):
    """cpb demo -> a meeting -> item 3's second report section -> home, with keys alone."""
    app = make_app(demo_db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await home(pilot)
        await pilot.press("down", "down", "enter")  # 18 June 2026
        await wait_for(pilot, lambda: isinstance(app.screen, MeetingScreen) and app.screen.shown_item_id is not None)
        meeting = app.screen
        await pilot.press("g", "7", "enter")  # the first report item, then its report's second section
        target = next(i for i in meeting.items if i.number == "7")
        await shown(pilot, meeting, target)
        await pilot.press("1", "t", "down", "enter")
        await pilot.pause()
        assert meeting.section_start == 1
        await pilot.press("escape")
        assert app.screen is screen


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
        await home(pilot)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, MeetingScreen) and app.screen.shown_item_id is not None)
        title = plain(app.screen.query_one("#item-title", Static))
        assert "[bold red]Virtual[/] [@click=app.quit]School[/]" in title
        await pilot.click("#item-title")
        assert app.is_running


async def test_empty_store_says_what_to_do(tmp_path):
    app = make_app(tmp_path / "empty.db")
    async with app.run_test(size=(100, 30)) as pilot:
        note = app.screen.query_one("#meetings-empty", Static)
        await wait_for(pilot, lambda: "cpb demo" in plain(note))


async def test_search_screen_finds_and_opens(demo_db):
    from textual.widgets import Input

    from cpb_tui.tui.screens.search_screen import SearchScreen

    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await home(pilot)
        await pilot.press("slash")
        assert isinstance(app.screen, SearchScreen)
        screen = app.screen
        await pilot.press(*"apprenticeship")
        await wait_for(pilot, lambda: screen.answered_query == "apprenticeship" and screen.hits)
        results = screen.query_one("#search-results", OptionList)
        assert results.option_count >= 1
        # Typing on: an answer to the older query never replaces the newer one.
        screen.query_one("#search-input", Input).value = "apprenticeship offer"
        await wait_for(pilot, lambda: screen.answered_query == "apprenticeship offer")
        await pilot.press("down", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, MeetingScreen) and app.screen.shown_item_id is not None)
        await pilot.press("escape", "escape")
        assert isinstance(app.screen, HomeScreen)


async def test_search_text_with_markup_is_literal(demo_db):
    from cpb_tui.tui.screens.search_screen import SearchScreen

    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await home(pilot)
        await pilot.press("slash", *'[bold red]x[/] "unclosed (')
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        await wait_for(pilot, lambda: screen.answered_query is not None)
        assert app.is_running
