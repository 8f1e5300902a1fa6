"""A 100 KB section is shown a piece at a time, and scrolling on shows every word of it.

The report window renders the first piece of a long section and mounts the rest as the
reader nears the end (`tui/paging.py`, `tui/widgets/paged_scroll.py`); these tests drive the
real app with the Pilot over a store holding such a section, and check that nothing is lost:
every paragraph, in order, reached by scrolling, and a word found only at the section's end
reached from the search screen.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import partial

from rich.console import Console
from textual.widgets import Input, Static

from cpb_tui.domain.models import DocumentRecord, ItemRecord, MeetingRecord, ReportRecord, SectionRecord
from cpb_tui.store import Store
from cpb_tui.tui.app import make_app
from cpb_tui.tui.paging import split_markdown
from cpb_tui.tui.screens import HomeScreen, MeetingScreen
from cpb_tui.tui.widgets.paged_scroll import MorePiece, PagedScroll
from tests.pilot_wait import wait_for as shared_wait_for

LAST_WORD = "quillfeather"
MINUTES_LAST_WORD = "lanternwick"
PARAGRAPHS = 500


def long_body() -> str:
    """About 100 KB: numbered paragraphs, the last ending with a word found nowhere else."""
    filler = "Placements for children in care were reviewed with the foster carers of every district. " * 2
    paragraphs = [f"Paragraph {n}. {filler}" for n in range(1, PARAGRAPHS + 1)]
    paragraphs[-1] += f"Signed {LAST_WORD}."
    return "\n\n".join(paragraphs)


def make_store(path) -> None:
    sections = [
        SectionRecord("1", "Introduction", "A short opening.", page_start=1),
        SectionRecord("2", "Appendix of placements", long_body(), page_start=2),
        SectionRecord("3", "Conclusion", "A short close.", page_start=90),
    ]
    minutes = "\n\n".join(f"Minute paragraph {n}. The Board asked about placements in every district." for n in range(1, 301))
    item = ItemRecord(title="Placements annual report", number="4", minutes=minutes + " Closing " + MINUTES_LAST_WORD + ".",
                      reports=[ReportRecord("Placements Annual Report", sections=sections)])
    meeting = MeetingRecord("Corporate Parenting Board", dt.date(2025, 3, 20), items=[item])
    store = Store.open(path)
    store.import_document(DocumentRecord("agenda pack", "pack", [meeting]), "pack", "pack")
    store.close()


wait_for = partial(shared_wait_for, tries=400)


def shown(widget: Static) -> str:
    console = Console(width=200, record=True, color_system=None)
    console.print(widget.content)
    return " ".join(console.export_text().split())


def report_text(screen: MeetingScreen) -> str:
    """Everything the report pane shows: its first piece and every piece mounted after it."""
    body = screen.query_one("#report-body", PagedScroll)
    return " ".join(shown(widget) for widget in [screen.query_one("#report-text", Static), *body.query(MorePiece)])


async def scroll_to_the_end(pilot, screen: MeetingScreen, pane: str = "report") -> int:
    """Press End in a pane until nothing is left to mount; how many presses it took."""
    body = screen.query_one(f"#{pane}-body", PagedScroll)
    body.focus()
    presses = 0
    while body.pending or body.scroll_y < body.max_scroll_y:
        await pilot.press("end")
        await pilot.pause()
        presses += 1
        assert presses < 200, "scrolling never reached the end"
    return presses


def test_split_markdown_keeps_every_block_in_order():
    body = long_body()
    pieces = split_markdown(body, 6000)
    assert len(pieces) >= 15 and max(len(p) for p in pieces) <= 6000
    assert "\n\n".join(pieces) == body
    fenced = "intro\n\n```\ncode\n\nstill code\n```\n\nafter"
    assert split_markdown(fenced, 36) == ["intro\n\n```\ncode\n\nstill code\n```", "after"]
    assert "".join(split_markdown("x" * 20_000, 6000)) == "x" * 20_000
    assert split_markdown("short", 6000) == ["short"]
    table = "<!-- cpb:table 0 -->\n| a | b |\n\n| c | d |\n<!-- /cpb:table -->"  # a table block is never cut
    assert split_markdown(f"intro\n\n{table}\n\nafter", 20) == ["intro", table, "after"]


async def test_a_long_section_opens_a_piece_and_scrolls_to_every_word(tmp_path):
    make_store(tmp_path / "cpb.db")
    app = make_app(tmp_path / "cpb.db")
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.summaries)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, MeetingScreen) and app.screen.shown_item_id is not None)
        screen = app.screen
        await pilot.press("right_curly_bracket")
        await wait_for(pilot, lambda: screen.section_start == 1)
        first = report_text(screen)
        assert "Paragraph 1." in first and LAST_WORD not in first
        assert len(first) < 8000  # one piece rendered, not 100 KB
        assert screen.query_one("#report-body", PagedScroll).pending >= 10  # the rest waits for the reader
        await scroll_to_the_end(pilot, screen)
        text = report_text(screen)
        numbers = [int(n) for n in re.findall(r"Paragraph (\d+)\.", text)]
        assert numbers == list(range(1, PARAGRAPHS + 1))
        assert "Next section: 3. Conclusion" in text[-200:] and LAST_WORD in text
        # Leaving the section drops its pieces; coming back starts again from its first.
        await pilot.press("right_curly_bracket")
        await wait_for(pilot, lambda: screen.section_start == 2)
        assert not screen.query(MorePiece) and "A short close." in report_text(screen)
        await pilot.press("left_curly_bracket")
        await wait_for(pilot, lambda: screen.section_start == 1)
        assert LAST_WORD not in report_text(screen)


async def test_a_word_at_the_end_of_a_long_section_is_found_and_reached(tmp_path):
    make_store(tmp_path / "cpb.db")
    app = make_app(tmp_path / "cpb.db")
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.summaries)
        await pilot.press("slash")
        search = app.screen
        search.query_one("#search-input", Input).value = LAST_WORD
        await wait_for(pilot, lambda: search.answered_query == LAST_WORD and search.hits)
        assert search.hits[0].heading and "Appendix" in search.hits[0].heading
        await pilot.press("down", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, MeetingScreen) and app.screen.shown_item_id is not None)
        screen = app.screen
        # The result opens the report at the section it was found in: its first piece, the word still to come.
        await wait_for(pilot, lambda: screen.section_start == 1)
        assert LAST_WORD not in report_text(screen)
        await scroll_to_the_end(pilot, screen)
        assert LAST_WORD in report_text(screen)


async def test_a_long_minutes_tab_is_shown_a_piece_at_a_time_too(tmp_path):
    make_store(tmp_path / "cpb.db")
    app = make_app(tmp_path / "cpb.db")
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.summaries)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, MeetingScreen) and app.screen.shown_item_id is not None)
        screen = app.screen
        await pilot.press("2")
        await wait_for(pilot, lambda: "Minute paragraph 1." in shown(screen.query_one("#minutes-text", Static)))
        body = screen.query_one("#minutes-body", PagedScroll)
        assert MINUTES_LAST_WORD not in shown(screen.query_one("#minutes-text", Static)) and body.pending >= 2
        await scroll_to_the_end(pilot, screen, "minutes")
        text = " ".join(shown(w) for w in [screen.query_one("#minutes-text", Static), *body.query(MorePiece)])
        assert [int(n) for n in re.findall(r"Minute paragraph (\d+)\.", text)] == list(range(1, 301))
        assert MINUTES_LAST_WORD in text
