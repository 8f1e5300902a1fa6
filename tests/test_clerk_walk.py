"""Issue 13's "done when": the clerk's desk by keys alone on the demo data, one Pilot walk.

Open the action log, filter to overdue, open one, read its trail, confirm a follow-up,
carry another forward, mark one done with a note, undo it, and export the paper for the
next meeting. Only `pilot.press` drives the app; the store and the file are checked after each step.
"""

from __future__ import annotations

import datetime as dt

from click.testing import CliRunner

from cpb_tui.cli import cli
from cpb_tui.tui.app import make_app
from cpb_tui.tui.screens import ActionLogScreen, MeetingScreen
from cpb_tui.tui.screens.carry_forward_modal import CarryForwardModal
from cpb_tui.tui.screens.note_modal import NoteModal
from cpb_tui.tui.screens.paper_modals import ExportModal
from cpb_tui.tui.widgets import ActionTable
from cpb_tui.tui.widgets.trail_panel import TrailPanel
from tests.test_action_log_screen import history_of, shown_text, until, written

NEXT = dt.date(2026, 11, 26)


def clear(screen) -> None:
    screen.query_one("#log-notice").update("")


async def test_the_clerks_desk_by_keys_alone(demo_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # where the paper's suggested file name lands
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.2)
        # Open the action log.
        await pilot.press("A")
        await until(pilot, lambda: isinstance(app.screen, ActionLogScreen) and app.screen.trail is not None)
        screen = app.screen
        table = screen.query_one(ActionTable)
        # Filter to overdue (and missed).
        await pilot.press("1")
        assert screen.shown and {e.derived_status for e in screen.shown} <= {"missed", "overdue"}
        overdue = table.current
        # Open one: its origin, on the resolutions that asked for it.
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, MeetingScreen) and app.screen.shown_item_id == overdue.action.item_id)
        await until(pilot, lambda: app.screen.query_one("#item-tabs").active == "resolutions")
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is screen and screen.trail.action.id == overdue.action.id)
        # Read its trail: the later meetings, held or to come.
        await pilot.press("t")
        panel = screen.query_one(TrailPanel)
        assert app.focused is panel
        trail = [str(panel.get_option_at_index(i).prompt) for i in range(panel.option_count)]
        assert any("held" in line for line in trail) and any("to come" in line for line in trail)
        assert f"Action {overdue.action.id}" in shown_text(screen, "#history-text")
        await pilot.press("escape")
        # Confirm a follow-up: the strongest suggestion of the first action waiting on one.
        await pilot.press("3")
        await until(pilot, lambda: screen.trail.action.id == table.current.action.id)
        confirming, followup = table.current.action.id, panel.followup
        await pilot.press("y")
        assert "written" in await written(pilot, screen)
        assert history_of(demo_db, confirming)[0].status == "done"  # delivered
        # Carry another forward: the pass after the overdue one's due meeting.
        clear(screen)
        await pilot.press("1")
        await until(pilot, lambda: table.current is not None and table.current.action.id == overdue.action.id)
        await pilot.press("C")
        await until(pilot, lambda: isinstance(app.screen, CarryForwardModal))
        carried = app.screen.current.action.id
        await pilot.press("c")
        await until(pilot, lambda: app.screen.outcome.get(carried, "").startswith(f"action {carried} carried"))
        assert history_of(demo_db, carried)[0].due_meeting_date == NEXT
        await pilot.press("escape")
        # Mark one done with a note.
        await until(pilot, lambda: app.screen is screen)
        clear(screen)
        await pilot.press("4")
        await until(pilot, lambda: table.current is not None and screen.trail.action.id == table.current.action.id)
        done = table.current.action.id
        await pilot.press("d")
        await until(pilot, lambda: isinstance(app.screen, NoteModal))
        await pilot.press(*"Report received", "enter")
        assert "written" in await written(pilot, screen)
        action, events = history_of(demo_db, done)
        assert action.status == "done" and events[-1].note == "Report received"
        # Undo it: open again, by a new event.
        clear(screen)
        await pilot.press("z")
        assert "undone" in await written(pilot, screen)
        action, events = history_of(demo_db, done)
        assert action.status == "open" and [e.event for e in events[-2:]] == ["done", "reopened"]
        # Export the paper for the next meeting: the form's suggestions, enter.
        clear(screen)
        await pilot.press("P")
        await until(pilot, lambda: isinstance(app.screen, ExportModal))
        await pilot.press("enter")
        await until(pilot, lambda: "wrote" in shown_text(screen, "#log-notice"))
    paper = tmp_path / f"action-log-{NEXT.isoformat()}.md"
    result = CliRunner().invoke(
        cli, ["--db", str(demo_db), "actions", "export", "--meeting", NEXT.isoformat(), "-o", str(tmp_path / "cli.md")]
    )
    assert result.exit_code == 0, result.output
    assert paper.read_text() == (tmp_path / "cli.md").read_text()
    carried_row = next(line for line in paper.read_text().splitlines() if line.startswith(f"| {carried} |"))
    assert "meeting of 26 November 2026" in carried_row  # the paper shows where it was carried to
    assert followup is not None
