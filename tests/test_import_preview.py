"""Importing from the app (I): a preview of what will change, written nowhere, then the import on
enter; a tracker CSV row by row, meeting papers file by file (as `cpb import --dry-run` says).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from cpb_tui.store import Store
from cpb_tui.tui.app import make_app
from cpb_tui.tui.screens.import_modal import ImportModal, ImportPreviewModal
from tests.test_action_log_screen import open_log, shown_text, until

FIXTURES = Path(__file__).parent / "fixtures"
DATA = Path(__file__).resolve().parents[1] / "data"
BOARD = "Corporate Parenting Board"


def count_actions(db) -> int:
    store = Store.open(db)
    try:
        return len(store.actions("all"))
    finally:
        store.close()


def write_tracker(folder: Path) -> Path:
    tracker = folder / "tracker.csv"
    tracker.write_text(
        "Ref,Date raised,Action,Lead Officer,Due Date,Status,Update / Comments\n"
        "1,12/03/2024,Circulate the fostering figures,Head of Fostering,30/04/2024,Complete,Sent 2 April\n"
        "2,12/03/2024,Arrange a visit to the new home,Chair,next month,Open,\n"
        "3,12/03/2024,Update on virtual school attendance,Virtual School Head,TBC,In progress,Drafting\n"
    )
    return tracker


async def open_preview(pilot, **values) -> ImportPreviewModal:
    app = pilot.app
    await pilot.press("I")
    await until(pilot, lambda: isinstance(app.screen, ImportModal))
    for name, value in values.items():
        app.screen.query_one(f"#form-{name}").value = value
    await pilot.press("enter")
    await until(pilot, lambda: isinstance(app.screen, ImportPreviewModal))
    return app.screen


async def test_a_tracker_is_previewed_row_by_row_and_imported_on_enter(demo_db, tmp_path):
    tracker = write_tracker(tmp_path)
    before = count_actions(demo_db)
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_log(pilot)
        preview = await open_preview(pilot, path=str(tracker), committee=BOARD)
        text = str(preview.query_one("#preview-lines").render())
        assert "line 2: add 'Circulate the fostering figures' (Head of Fostering; 2024-04-30; done)" in text
        assert "cannot read: line 3: cannot read the due date 'next month'" in text
        assert "2 actions to import; 1 row cannot be read; nothing is written until you press enter" in str(
            preview.query_one("#preview-summary").render()
        )
        assert count_actions(demo_db) == before  # the preview wrote nothing
        await pilot.press("enter")
        await until(pilot, lambda: "imported 2 actions from tracker.csv" in shown_text(screen, "#log-notice"))
        await until(pilot, lambda: len(screen.store_log.entries) == before + 2)
    assert count_actions(demo_db) == before + 2


async def test_escape_on_the_preview_writes_nothing_and_a_bad_file_is_named(demo_db, tmp_path):
    tracker = write_tracker(tmp_path)
    before = count_actions(demo_db)
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_log(pilot)
        await open_preview(pilot, path=str(tracker), committee=BOARD)
        await pilot.press("escape")
        await until(pilot, lambda: "Nothing was imported" in shown_text(screen, "#log-notice"))
        await pilot.press("I")
        await until(pilot, lambda: isinstance(app.screen, ImportModal))
        app.screen.query_one("#form-path").value = str(tmp_path / "missing.pdf")
        await pilot.press("enter")
        assert str(app.screen.query_one("#form-problem").render()) == f"Files: there is no file or folder {tmp_path / 'missing.pdf'}."
        app.screen.query_one("#form-path").value = str(tracker)
        app.screen.query_one("#form-committee").value = ""
        await pilot.press("enter")
        assert "a tracker's actions need the committee" in str(app.screen.query_one("#form-problem").render())
    assert count_actions(demo_db) == before


async def test_meeting_papers_are_previewed_file_by_file(demo_db, tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    shutil.copy(FIXTURES / "decision.html", folder)
    shutil.copy(DATA / "minutes" / "2025-06-19-item-6.txt", folder)
    before = count_actions(demo_db)
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_log(pilot)
        preview = await open_preview(pilot, path=str(folder), committee="")
        text = str(preview.query_one("#preview-lines").render())
        assert "decision.html: would import: decision: Cabinet, 18 February 2025 (1 item)" in text
        assert "2025-06-19-item-6.txt: unchanged" in text
        # Under each file to import, what it adds: the actions with their owners and dues, as the log will show them.
        assert "  adds 1 item, 2 resolutions, 1 action:" in text
        assert ("    new action: 'The Director of Children's Services to report on take-up in twelve months' "
                "(Director of Children's Services; due 18 February 2026)") in text
        assert "1 file to import (1 new action)" in str(preview.query_one("#preview-summary").render())
        assert not screen.query_one("#log-notice").display  # "reading the files for the preview" is not left under it
        assert count_actions(demo_db) == before  # the trial import that found them was rolled back
        store = Store.open(demo_db)
        try:
            assert not any(c.name == "Cabinet" for c in store.committees())
        finally:
            store.close()
        await pilot.press("enter")
        await until(pilot, lambda: "imported 1 of 2 files (1 unchanged)" in shown_text(screen, "#log-notice"))
    store = Store.open(demo_db)
    try:
        assert any(c.name == "Cabinet" for c in store.committees())
        (made,) = [a for a in store.actions("all") if a.committee == "Cabinet"]
        assert made.text == "The Director of Children's Services to report on take-up in twelve months"
    finally:
        store.close()
    assert count_actions(demo_db) == before + 1


async def test_undo_of_a_tracker_import_drops_its_actions(demo_db, tmp_path):
    tracker = write_tracker(tmp_path)
    before = count_actions(demo_db)
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_log(pilot)
        await open_preview(pilot, path=str(tracker), committee=BOARD)
        await pilot.press("enter")
        await until(pilot, lambda: "imported 2 actions from tracker.csv" in shown_text(screen, "#log-notice"))
        assert "z drops its actions again" in shown_text(screen, "#log-notice")
        await pilot.press("z")
        await until(pilot, lambda: "undone: the 2 actions imported from tracker.csv are dropped" in shown_text(screen, "#log-notice"))
    store = Store.open(demo_db)
    try:
        imported = [a for a in store.actions("all") if a.origin == "imported"]
        assert len(imported) == 2 and all(a.status == "dropped" for a in imported)
        assert store.history(imported[0].id)[-1].note == "undo of the import of tracker.csv"
    finally:
        store.close()
    assert count_actions(demo_db) == before + 2  # dropped, never deleted


async def test_undo_after_importing_papers_says_why_not_and_what_to_do(demo_db, tmp_path):
    folder = tmp_path / "papers"
    folder.mkdir()
    shutil.copy(FIXTURES / "decision.html", folder)
    app = make_app(demo_db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_log(pilot)
        await open_preview(pilot, path=str(folder), committee="")
        await pilot.press("enter")
        await until(pilot, lambda: "imported 1 of 1 files" in shown_text(screen, "#log-notice"))
        await pilot.press("z")
        await until(pilot, lambda: "is not undone" in shown_text(screen, "#log-notice"))
        said = shown_text(screen, "#log-notice")
        assert "the log keeps every action it made. Drop the ones not wanted (D)" in said
        assert "`cpb restore COPY`" in said
    store = Store.open(demo_db)
    try:
        assert any(c.name == "Cabinet" for c in store.committees())  # the import stands
    finally:
        store.close()


def test_the_preview_of_papers_never_makes_another_writer_wait(demo_db, tmp_path, monkeypatch):
    """Two connections: while the preview imports the papers on trial, another cpb writes at once (no busy wait)."""
    import sqlite3
    import tempfile

    from cpb_tui.services import import_run
    from cpb_tui.services.desk_import import preview_import

    folder = tmp_path / "papers"
    folder.mkdir()
    shutil.copy(FIXTURES / "decision.html", folder)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    written, real = [], import_run.import_one

    def import_one(store, path, committee, date, dry_run, limits):
        done = real(store, path, committee, date, dry_run, limits)
        if not dry_run:  # the trial has written this file (not committed): another cpb writes now, not waiting at all
            other = sqlite3.connect(demo_db, timeout=0)
            try:
                with other:
                    other.execute("BEGIN IMMEDIATE")
                    other.execute("update committees set council = council where id = (select min(id) from committees)")
                written.append("written")
            except sqlite3.OperationalError as error:
                written.append(str(error))
            finally:
                other.close()
        return done

    monkeypatch.setattr(import_run, "import_one", import_one)
    before = count_actions(demo_db)
    preview = preview_import(demo_db, [folder], None, None)
    assert written == ["written"]
    # What the preview says is still exact: the trial's actions, with owners and due.
    assert "decision.html: would import: decision: Cabinet, 18 February 2025 (1 item)" in preview.lines
    assert "  adds 1 item, 2 resolutions, 1 action:" in preview.lines
    assert ("    new action: 'The Director of Children's Services to report on take-up in twelve months' "
            "(Director of Children's Services; due 18 February 2026)") in preview.lines
    assert preview.will_write == 1 and preview.actions == 1
    # Nothing of the trial reached the store, and its private copy is gone.
    assert count_actions(demo_db) == before
    store = Store.open(demo_db)
    try:
        assert not any(c.name == "Cabinet" for c in store.committees())
    finally:
        store.close()
    assert list((tmp_path / "tmp").iterdir()) == []
