"""`cpb brief MEETING`: a member's briefing on the demo, in each format, with document text made safe."""

from __future__ import annotations

import sqlite3

import pytest
from click.testing import CliRunner

from cpb_tui.cli import cli
from cpb_tui.store import Store
from tests.pilot_wait import wait_for


@pytest.fixture
def brief(demo_db):
    runner = CliRunner()
    return lambda *args: runner.invoke(cli, ["--db", str(demo_db), "brief", *args], catch_exceptions=False)


def due_next(demo_db):
    """The planted cases due at the demo's next meeting, as `cpb follow` derives them."""
    store = Store.open(demo_db)
    try:
        return [t for t in store.tracked_actions() if t.derived_status == "due next meeting"]
    finally:
        store.close()


def test_brief_next_lists_the_planted_cases_due_with_their_evidence(brief, demo_db):
    cases = due_next(demo_db)
    assert len(cases) == 3  # the story plants three: one on the agenda, two that nothing on it takes
    result = brief("next", "--width", "300")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "3 actions due at this meeting" in out
    sections = out.split("\n\n")
    for case in cases:
        action = case.action
        (section,) = [s for s in sections if f"action {action.id}," in s]
        assert "[due next meeting]" in section and f"owner {'; '.join(action.owners)}" in section
        strong = [f for f in case.followups if f.state == "suggested" and f.score >= 0.6]
        if strong:
            # Under the item that may deliver it, with the reasons in words.
            assert section.startswith(f"{strong[0].item_number}. {strong[0].item_title}")
            assert "cpb suggests this item takes it (strong match, to confirm): title matches the origin item:" in " ".join(section.split())
        else:
            assert section.startswith("Due at this meeting, on no item of the agenda")
            assert "No item on this agenda seems to take it" in " ".join(section.split())


def test_brief_says_what_was_resolved_before_on_each_item(brief):
    out = brief("next", "--width", "200").output
    missing = next(s for s in out.split("\n\n") if s.startswith("6. Missing from Care"))
    assert "Resolved before:" in missing
    assert "item 8 'Missing from Care and Child Exploitation'" in missing
    assert "ii) Requests a further update to the " in missing
    kinship = next(s for s in out.split("\n\n") if "Kinship Care" in s.splitlines()[0])
    assert "No earlier meeting took this business" in kinship
    # Notes do not exist yet: one honest line where the member's questions will go.
    assert out.count("cpb keeps no private notes yet") == 3
    assert "Apologies for Absence" not in out and "5 procedural items left out" in out


def test_brief_takes_a_date_last_or_an_id_like_other_commands(brief, demo_db):
    store = Store.open(demo_db)
    meetings = store.meetings()
    store.close()
    by_id = brief(str(meetings[0].id)).output
    assert by_id == brief(meetings[0].date.isoformat()).output == brief("next").output
    assert "Briefing: Corporate Parenting Board" in brief("last").output
    assert brief("1999-01-01").exit_code != 0


def plant(demo_db, text):
    """Put hostile text into the title and a resolution of the next meeting's Missing from Care item's forebear."""
    conn = sqlite3.connect(demo_db)
    conn.execute("update items set title = title || ? where title = 'Missing from Care and Child Exploitation'", [text])
    conn.execute("update resolutions set text = text || ? where text like 'Notes the report and the work of the Exploitation%'", [text])
    conn.commit()
    conn.close()


def test_html_and_markdown_escape_document_text(brief, demo_db, tmp_path):
    plant(demo_db, ' <script>alert("x")</script> & <b>*bold*</b> [link](javascript:x)')
    page = tmp_path / "brief.html"
    result = brief("next", "--format", "html", "-o", str(page))
    assert result.exit_code == 0 and "wrote" in result.output
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert "<script>" not in html and "<b>" not in html
    assert html.count("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;") == 2
    markdown = brief("next", "--format", "md").output
    assert "<script>" not in markdown and r"\<script\>" in markdown and r"\*bold\*" in markdown and r"\[link\]" in markdown


def test_text_keeps_escape_sequences_from_the_terminal(brief, demo_db):
    plant(demo_db, " \x1b]52;c;c2VjcmV0\x07\x1b[2J")
    out = brief("next").output
    assert "\x1b" not in out and "\x07" not in out and "c2VjcmV0" not in out


def test_exempt_items_are_left_out_unless_asked_for(brief, demo_db):
    conn = sqlite3.connect(demo_db)
    conn.execute("update items set exempt = 1 where title like 'Missing from Care%'")
    conn.commit()
    conn.close()
    out = brief("next", "--width", "200").output
    section = next(s for s in out.split("\n\n") if s.startswith("6. Missing from Care"))
    assert "[exempt]" in section and "Exempt (Part II): left out" in section and "Requests a further" not in section
    shown = brief("next", "--include-exempt", "--width", "200").output
    assert "ii) Requests a further update to the " in shown


# --- the briefing screen -------------------------------------------------------------------


def brief_shown(app):
    from cpb_tui.tui.screens import BriefScreen

    return isinstance(app.screen, BriefScreen) and app.screen.brief is not None


def screen_text(app) -> str:
    from rich.console import Console

    console = Console(width=200, record=True, file=open("/dev/null", "w"))
    for section in app.screen.query(".brief-section"):
        console.print(section.content)
    return console.export_text()


async def test_b_on_home_opens_the_briefing_of_the_highlighted_meeting(demo_db):
    from cpb_tui.tui.app import make_app
    from cpb_tui.tui.screens import HomeScreen, MeetingScreen

    cases = due_next(demo_db)
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.summaries)
        await pilot.press("b")  # the cursor starts on the next meeting
        await wait_for(pilot, lambda: brief_shown(app))
        assert app.screen.brief.meeting.id == app.screen_stack[-2].summaries[0].meeting.id
        shown = screen_text(app)
        assert "3 actions due" in str(app.screen.query_one("#brief-meta").render())
        for case in cases:
            assert f"[due next meeting] action {case.action.id}," in shown
        assert "cpb suggests this item takes it (strong match, to confirm)" in shown and "No item on this agenda seems to take it" in shown
        assert "cpb keeps no private notes yet" in shown
        brief = app.screen
        await pilot.press("n")  # to the next item's section; `o` opens the meeting there
        assert brief.current == 1 and brief.query_one("#brief-body").scroll_y > 0
        await pilot.press("o")
        await wait_for(pilot, lambda: isinstance(app.screen, MeetingScreen) and app.screen.shown_item_id is not None)
        assert app.screen.meeting_id == brief.brief.meeting.id
        assert app.screen.shown_item_id == brief.brief.items[1].item.id


async def test_b_on_a_meeting_and_the_palette_open_briefings(demo_db):
    from cpb_tui.tui.app import make_app
    from cpb_tui.tui.screens import HomeScreen, MeetingScreen

    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.summaries)
        last = app.screen.summaries[1].meeting
        await pilot.press("down", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, MeetingScreen) and app.screen.meeting is not None)
        await pilot.press("b")
        await wait_for(pilot, lambda: brief_shown(app))
        assert app.screen.brief.meeting.id == last.id
        await pilot.press("escape", "escape")
        await wait_for(pilot, lambda: isinstance(app.screen, HomeScreen))
        await pilot.press("ctrl+p")
        await pilot.press(*"briefing")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await wait_for(pilot, lambda: brief_shown(app))
        assert app.screen.brief.meeting.status == "scheduled" and app.screen.brief.due_count == 3


def test_a_meeting_with_no_agenda_yet_lists_what_is_due_and_says_the_agenda_is_not_known(brief, demo_db):
    import datetime as dt

    store = Store.open(demo_db)
    meeting, _ = store.add_meeting("Corporate Parenting Board", dt.date(2027, 3, 18))
    action = store.actions("open")[0]
    store.edit_action(action.id, "clerk", due_meeting_id=meeting.id)
    store.close()
    out = " ".join(brief("2027-03-18").output.split())
    assert "1 action due at this meeting" in out and "No agenda yet" in out
    assert f"action {action.id}," in out and "The agenda is not known yet" in out
    assert "No item on this agenda" not in out


def test_brief_json_has_each_item_what_was_resolved_before_and_the_actions_due_with_evidence(brief, demo_db):
    import json

    cases = {case.action.id: case for case in due_next(demo_db)}
    data = json.loads(brief("next", "--json").output)
    assert data["version"] == 2 and data["procedural_left_out"] == 5 and data["exempt_left_out"] == 0
    due = [d for item in data["items"] for d in item["due"]] + data["due_on_no_item"]
    assert sorted(d["id"] for d in due) == sorted(cases)
    (placed,) = [(item, d) for item in data["items"] for d in item["due"]]
    item, action = placed
    assert action["evidence"]["item"]["id"] == item["id"] and action["evidence"]["state"] == "suggested"
    assert action["evidence_words"].startswith("cpb suggests this item takes it")
    assert item["before"][0]["resolutions"][1]["clause"] == "ii"
    assert all(d["evidence"] is None and d["evidence_words"].startswith("No item") for d in data["due_on_no_item"])


async def test_the_briefing_on_a_store_with_no_meeting_ahead_says_how_to_get_one(tmp_path):
    from textual.widgets import Static

    from cpb_tui.tui.app import make_app
    from cpb_tui.tui.screens import BriefScreen
    from cpb_tui.tui.screens.brief_screen import NO_MEETING_AHEAD

    store = Store.open(tmp_path / "empty.db")
    store.close()
    app = make_app(tmp_path / "empty.db")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.open_brief()  # the palette's "brief: Member's briefing" away from a meeting: the next one
        await wait_for(pilot, lambda: isinstance(app.screen, BriefScreen) and app.screen.loaded)
        assert app.screen.brief is None and app.screen.sections == []
        assert str(app.screen.query_one("#brief-text", Static).render()) == NO_MEETING_AHEAD
