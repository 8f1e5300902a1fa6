"""The home screen's one-widget header and footer: what they show, and clicks on them."""

from __future__ import annotations

from textual.command import CommandPalette

from cpb_tui.tui.app import make_app
from cpb_tui.tui.screens import BriefScreen, HomeScreen
from cpb_tui.tui.widgets.bars import KeyBar, TitleBar


async def home(pilot):
    app = pilot.app
    for _ in range(300):
        if isinstance(app.screen, HomeScreen) and app.screen.summaries:
            break
        await pilot.pause(0.02)
    await pilot.pause()
    return app.screen


def line(widget) -> str:
    return widget.render().plain


async def test_the_footer_shows_each_key_and_a_click_presses_it(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await home(pilot)
        bar = screen.query_one(KeyBar)
        shown = line(bar)
        for words in (" ⏎ Open ", " b Briefing ", " q Quit ", " ? Help ", " / Search ", " A Action log ", "▏^p palette "):
            assert words in shown, words
        assert len(shown) == 100 and shown.endswith("▏^p palette ") and bar.cut == []
        start = next(start for start, _, key, _ in bar.places if key == "b")
        await pilot.click(KeyBar, offset=(start + 2, 0))
        for _ in range(300):
            if isinstance(app.screen, BriefScreen):
                break
            await pilot.pause(0.02)
        assert isinstance(app.screen, BriefScreen)


async def test_a_narrow_footer_says_which_keys_it_cut_and_keeps_the_palette_key(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(60, 24)) as pilot:
        screen = await home(pilot)
        bar = screen.query_one(KeyBar)
        shown = line(bar)
        assert len(shown) == 60 and shown.endswith("▏^p palette ")
        assert "A Action log" in bar.cut and "enter Open" not in bar.cut


async def test_the_header_shows_the_title_and_its_icon_opens_the_palette(demo_db):
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await home(pilot)
        title = screen.query_one(TitleBar)
        shown = line(title)
        assert shown.startswith(" ⭘ ") and "cpb — council meetings, resolutions and actions" in shown
        assert len(shown) == 100
        await pilot.click(TitleBar, offset=(40, 0))
        await pilot.pause()
        assert title.has_class("-tall") and title.size.height == 3
        await pilot.click(TitleBar, offset=(1, 1))
        for _ in range(100):
            if isinstance(app.screen, CommandPalette):
                break
            await pilot.pause(0.02)
        assert isinstance(app.screen, CommandPalette)
