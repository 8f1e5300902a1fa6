"""Importing from the app (I): which files, then a preview of what will change before anything is written.

Meeting papers are read as `cpb import` reads them; a .csv or .tsv is an action tracker, as
`cpb actions import` reads it. The preview lists each file (what it is, new or unchanged) or
each tracker row (the action it becomes, or why it cannot be read); enter imports, escape
leaves the store as it was.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from cpb_tui.domain.safe import terminal_safe
from cpb_tui.tui.screens.action_form_modal import FormProblem
from cpb_tui.tui.screens.paper_modals import FieldsModal, read_day

GLOB_CHARACTERS = set("*?[")


@dataclass(frozen=True)
class ImportRequest:
    """What to import, with the committee and date for papers that do not say (and a tracker's committee)."""

    paths: list[Path]
    committee: str | None
    date: dt.date | None
    values: dict[str, str]
    """The fields as typed, to show the form again if the files cannot be read."""


class ImportModal(FieldsModal):
    """Which files to import."""

    TITLE_TEXT = "Import (as cpb import, or cpb actions import for a .csv tracker)"
    FIELDS = (
        ("path", "Files, a folder or a glob ('board/*.pdf'); a .csv or .tsv is an action tracker"),
        ("committee", "Committee (a tracker's; for papers only when they do not say)"),
        ("date", "Meeting date (only when the papers do not say)"),
    )
    HINT = "enter: preview (nothing is written yet)    escape: cancel    tab: next field"

    def read(self, values: dict[str, str]) -> ImportRequest:
        text = values["path"].strip()
        if not text:
            raise FormProblem("Files: type a file, a folder or a glob, e.g. ~/Downloads/board/.")
        path = Path(text).expanduser()
        if not (GLOB_CHARACTERS & set(text)) and not path.exists():
            raise FormProblem(f"Files: there is no file or folder {path}.")
        date = read_day(values["date"].strip(), "Meeting date") if values["date"].strip() else None
        committee = values["committee"].strip() or None
        if path.suffix.lower() in (".csv", ".tsv") and not committee:
            raise FormProblem("Committee: a tracker's actions need the committee whose tracker it is.")
        return ImportRequest([path], committee, date, values)


class ImportPreviewModal(ModalScreen[bool]):
    """What the import would do; enter imports it, escape writes nothing."""

    DEFAULT_CSS = """
    ImportPreviewModal { align: center middle; }
    ImportPreviewModal > Vertical { width: 96; max-width: 100%; height: 90%; border: thick $primary; background: $surface; padding: 0 1; }
    ImportPreviewModal #preview-body { height: 1fr; }
    ImportPreviewModal .modal-hint { color: $text-muted; }
    """
    BINDINGS = [
        Binding("enter", "import_now", "Import", id="import-now"),
        Binding("escape", "cancel", "Cancel", id="cancel-import"),
    ]
    """Enter imports what the preview lists; escape leaves the store as it was."""

    def __init__(self, title: str, lines: list[str], summary: str, will_write: int) -> None:
        super().__init__()
        self.title_text = title
        self.lines = lines
        self.summary = summary
        self.will_write = will_write

    def compose(self) -> ComposeResult:
        body = Text()
        for line in self.lines:
            # File names and tracker cells are the user's text: shown literally, terminal-safe.
            body.append(terminal_safe(line) + "\n", style="bold red" if line.startswith("cannot read") or ": failed:" in line else "")
        with Vertical():
            yield Static(Text(terminal_safe(self.title_text), style="bold"), id="preview-title")
            yield Static(Text(terminal_safe(self.summary)), id="preview-summary")
            yield VerticalScroll(Static(body, id="preview-lines"), id="preview-body")
            again = "enter: import    escape: cancel (nothing written)" if self.will_write else "nothing to import: escape closes"
            yield Static(again, classes="modal-hint", markup=False)

    def action_import_now(self) -> None:
        self.dismiss(bool(self.will_write))

    def action_cancel(self) -> None:
        self.dismiss(False)
