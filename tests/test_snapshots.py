"""SVG snapshots of the main screens on the demo data (tests/__snapshots__/).

After a deliberate change to a screen: `pytest tests/test_snapshots.py --snapshot-update`,
then look at the report before committing the new SVGs.
"""

from pathlib import Path

import pytest

from cpb_tui.tui.app import make_app
from cpb_tui.tui.screens import ActionLogScreen, BriefScreen, HelpScreen, HomeScreen, MeetingScreen
from cpb_tui.tui.screens.action_form_modal import ActionFormModal

MEETING = "2025-03-20"


async def until(pilot, condition):
    for _ in range(500):
        if condition():
            await pilot.pause()
            return
        await pilot.pause(0.02)
    raise AssertionError("the screen never loaded")


async def home_loaded(pilot):
    app = pilot.app
    await until(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.summaries)


async def meeting_open(pilot):
    await home_loaded(pilot)
    app = pilot.app
    rows = [m.date.isoformat() for m in app.screen.meetings]
    app.screen.query_one("#meetings-table").move_cursor(row=rows.index(MEETING))
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(app.screen, MeetingScreen) and app.screen.shown_item_id is not None)


async def reader_at_second_section(pilot):
    await meeting_open(pilot)
    await pilot.press("n")
    await pilot.pause(0.2)
    await pilot.press("t", "down", "enter")
    await pilot.pause(0.2)


async def help_open(pilot):
    await home_loaded(pilot)
    await pilot.press("question_mark")
    await until(pilot, lambda: isinstance(pilot.app.screen, HelpScreen))


async def action_log_open(pilot):
    await home_loaded(pilot)
    await pilot.press("A")
    app = pilot.app
    await until(pilot, lambda: isinstance(app.screen, ActionLogScreen) and app.screen.trail is not None)
    await pilot.pause(0.1)


async def action_form_open(pilot):
    await action_log_open(pilot)
    await pilot.press("e")
    await until(pilot, lambda: isinstance(pilot.app.screen, ActionFormModal))
    await pilot.pause(0.1)


async def trail_open(pilot):
    await action_log_open(pilot)
    await pilot.press("3", "t")
    await pilot.pause(0.2)


def modal_after(key: str, modal: str):
    async def run_before(pilot):
        await action_log_open(pilot)
        if key == "C":
            await pilot.press("1")
            await pilot.pause(0.1)
        await pilot.press(key)
        await until(pilot, lambda: type(pilot.app.screen).__name__ == modal)
        await pilot.pause(0.1)

    return run_before


async def brief_open(pilot):
    await home_loaded(pilot)
    await pilot.press("b")
    app = pilot.app
    await until(pilot, lambda: isinstance(app.screen, BriefScreen) and app.screen.brief is not None)


@pytest.mark.parametrize("size", [(100, 30), (80, 24)], ids=["100x30", "80x24"])
@pytest.mark.parametrize(
    "run_before",
    [
        home_loaded,
        meeting_open,
        reader_at_second_section,
        help_open,
        action_log_open,
        action_form_open,
        trail_open,
        modal_after("d", "NoteModal"),
        modal_after("C", "CarryForwardModal"),
        modal_after("P", "ExportModal"),
        modal_after("M", "MeetingModal"),
        modal_after("a", "AddActionModal"),
        modal_after("I", "ImportModal"),
        brief_open,
    ],
    ids=[
        "home", "meeting", "reader", "help", "action-log", "action-form",
        "trail", "note-modal", "carry-forward", "export-paper", "schedule-meeting", "add-action", "import-form", "brief",
    ],
)
def test_screen(snap_compare, demo_db, run_before, size):
    assert snap_compare(make_app(demo_db), run_before=run_before, terminal_size=size)


@pytest.mark.parametrize("size", [(100, 30), (80, 24)], ids=["100x30", "80x24"])
def test_import_preview(snap_compare, demo_db, tmp_path, monkeypatch, size):
    """The preview of a tracker import: each row's action, and the row that cannot be read."""
    monkeypatch.chdir(tmp_path)  # the file is named as typed: tracker.csv
    (tmp_path / "tracker.csv").write_text(
        "Action,Lead Officer,Due Date,Status,Update\n"
        "Circulate the fostering figures,Head of Fostering,30/04/2026,Complete,Sent 2 April\n"
        "Arrange a visit to the new home,Chair,next month,Open,\n"
    )

    async def preview_shown(pilot):
        await modal_after("I", "ImportModal")(pilot)
        pilot.app.screen.query_one("#form-path").value = "tracker.csv"
        await pilot.press("enter")
        await until(pilot, lambda: type(pilot.app.screen).__name__ == "ImportPreviewModal")
        await pilot.pause(0.1)

    assert snap_compare(make_app(demo_db), run_before=preview_shown, terminal_size=size)


def test_import_preview_of_papers(snap_compare, demo_db, tmp_path, monkeypatch):
    """The preview of meeting papers: each file, what it adds, and the actions it makes (owner, due)."""
    import shutil

    monkeypatch.chdir(tmp_path)  # the folder is named as typed: papers
    (tmp_path / "papers").mkdir()
    shutil.copy(Path(__file__).parent / "fixtures" / "decision.html", tmp_path / "papers")

    async def preview_shown(pilot):
        await modal_after("I", "ImportModal")(pilot)
        pilot.app.screen.query_one("#form-path").value = "papers"
        pilot.app.screen.query_one("#form-committee").value = ""
        await pilot.press("enter")
        await until(pilot, lambda: type(pilot.app.screen).__name__ == "ImportPreviewModal")
        await pilot.pause(0.1)

    assert snap_compare(make_app(demo_db), run_before=preview_shown, terminal_size=(100, 30))


def test_scheduled_meeting_without_a_pack(snap_compare, demo_db):
    """A meeting scheduled ahead with no pack: why there is no agenda, and the actions due at it."""
    import datetime as dt

    from cpb_tui.store import Store

    store = Store.open(demo_db)
    meeting, _ = store.add_meeting("Corporate Parenting Board", dt.date(2027, 3, 18))
    for action in store.actions("open")[:2]:
        store.edit_action(action.id, "clerk", due_meeting_id=meeting.id)
    store.close()

    async def due_shown(pilot):
        await home_loaded(pilot)
        pilot.app.push_screen(MeetingScreen(meeting.id))
        await until(pilot, lambda: isinstance(pilot.app.screen, MeetingScreen) and pilot.app.screen.due_actions)
        await until(pilot, lambda: pilot.app.screen.query_one("#due-body").display)

    assert snap_compare(make_app(demo_db), run_before=due_shown, terminal_size=(100, 30))
