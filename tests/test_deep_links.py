"""Deep links: search results, the palette and the Topic tab open the reader on the tab and the
section, clause or action chosen, highlighted (not on the Report tab whatever was chosen)."""

from __future__ import annotations

from textual.widgets import Input, OptionList, Static, TabbedContent

from cpb_tui.tui.app import make_app
from cpb_tui.tui.screens import HomeScreen, MeetingScreen
from cpb_tui.tui.screens.search_screen import SearchScreen
from tests.pilot_wait import wait_for


async def search_and_open(pilot, query: str, index: int = 0):
    """Search from Home, choose result `index`; the meeting screen it opens, with its item shown."""
    app = pilot.app
    await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.summaries)
    await pilot.press("slash")
    await wait_for(pilot, lambda: isinstance(app.screen, SearchScreen))
    search = app.screen
    search.query_one("#search-input", Input).value = query
    await wait_for(pilot, lambda: search.answered_query == query and search.hits)
    hit = search.hits[index]
    results = search.query_one("#search-results", OptionList)
    results.focus()
    results.highlighted = index
    await pilot.press("enter")
    await wait_for(pilot, lambda: isinstance(app.screen, MeetingScreen) and app.screen.shown_item_id == hit.item_id)
    await pilot.pause(0.1)
    return app.screen, hit


def active_tab(screen) -> str:
    return screen.query_one("#item-tabs", TabbedContent).active


async def test_a_resolution_found_opens_the_resolutions_tab_at_its_clause(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen, hit = await search_and_open(pilot, "return home interviews kind:resolution")
        assert hit.kind == "resolution" and hit.clause_label == "ii"
        assert active_tab(screen) == "resolutions"
        source = screen.tab_sources["resolutions"]
        marked = [line for line in source.splitlines() if line.startswith("> ")]
        assert marked and marked[0].startswith("> **\u25b6** **ii)** Requests a further update")
        assert "**i)** Notes the report" in source and "> **i)**" not in source  # only the chosen clause


async def test_a_report_section_found_opens_the_report_at_that_section_highlighted(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen, hit = await search_and_open(pilot, "thornmere kind:report", index=1)
        assert hit.kind == "report" and hit.heading.endswith("Conclusions")
        assert active_tab(screen) == "report"
        chosen = next(i for i, s in enumerate(screen.sections) if s.id == hit.id)
        assert chosen > 0 and screen.section_start == chosen
        assert screen.window_titles[0].split("  ")[0].endswith("Conclusions")
        group = screen.query_one("#report-text", Static).content.renderable
        titles = [r for r in group.renderables if getattr(r, "plain", "").strip() == screen.window_titles[0]]
        assert titles and "reverse" in str(titles[0].style)


async def test_an_action_found_opens_the_actions_tab_with_it_highlighted(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen, hit = await search_and_open(pilot, "fostering hub kind:action")
        assert hit.kind == "action"
        assert active_tab(screen) == "actions"
        text = screen.query_one("#actions-text", Static).content
        marked = [text.plain[span.start : span.end] for span in text.spans if "reverse" in str(span.style)]
        assert len(marked) == 1 and f"action {hit.id}," in marked[0]


async def test_an_open_action_from_the_palette_opens_on_the_actions_tab(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.summaries)
        await pilot.press("ctrl+p")
        await pilot.press(*"action 15: bring a report")
        await pilot.pause(0.6)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, MeetingScreen) and app.screen.shown_item_id is not None)
        screen = app.screen
        await wait_for(pilot, lambda: active_tab(screen) == "actions")
        text = screen.query_one("#actions-text", Static).content
        marked = [text.plain[span.start : span.end] for span in text.spans if "reverse" in str(span.style)]
        assert len(marked) == 1 and "action 15," in marked[0], (screen.shown_item_id, screen.marked, text.plain[:300])


async def test_a_topic_entry_opens_its_meeting_at_the_item_s_resolutions(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen, hit = await search_and_open(pilot, "return home interviews kind:resolution")
        await pilot.press("5")
        await wait_for(pilot, lambda: active_tab(screen) == "topic")
        options = screen.query_one("#topic-body", OptionList)
        assert options.option_count == len(screen.topic) >= 1
        later = screen.topic[-1]  # the next meeting's update on the same business
        assert later.meeting.date > hit.meeting_date
        options.focus()
        options.highlighted = options.option_count - 1
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is not screen and isinstance(app.screen, MeetingScreen))
        other = app.screen
        await wait_for(pilot, lambda: other.shown_item_id == later.item.id)
        assert other.meeting_id == later.meeting.id
        await wait_for(pilot, lambda: active_tab(other) == "resolutions")
        await pilot.press("escape")  # back where the member was
        assert app.screen is screen and active_tab(screen) == "topic"


async def test_minutes_found_open_the_minutes_tab_and_an_item_found_the_tab_with_something_to_read(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen, hit = await search_and_open(pilot, "apprenticeship kind:minutes")
        assert hit.kind == "minutes" and active_tab(screen) == "minutes"
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen, hit = await search_and_open(pilot, "apprenticeship kind:item")
        # An item found opens where there is something to read: its report, else its minutes.
        assert hit.kind == "item" and active_tab(screen) == ("report" if screen.sections else "minutes")
