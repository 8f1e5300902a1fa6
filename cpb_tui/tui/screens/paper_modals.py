"""The clerk's papers from the app: export the action log paper (P), schedule a meeting (M), add an action (a).

Each is a form of one-line fields; enter checks every field and either names the one that
is wrong and what to type, or closes with what to do. Nothing is written here: the action
log screen writes it (one store call, in a worker) and says how it went.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from cpb_tui.domain.models import Meeting, format_date
from cpb_tui.tui.safe import safe_text
from cpb_tui.tui.screens.action_form_modal import FormProblem

PAPER_FORMATS = ("md", "csv", "html", "ics")
"""The paper's formats, as `cpb actions export --format` offers them."""


def read_day(text: str, field: str) -> dt.date:
    """A date typed in a field; `FormProblem` names the field and the shapes that work."""
    from cpb_tui.importers.dates import parse_date

    try:
        return parse_date(text)
    except ValueError:
        raise FormProblem(f"{field}: cannot read '{text}' as a date; type 2026-11-26, 26/11/2026 or 26 November 2026.") from None


def read_committee(text: str, calendars: dict[str, tuple[Meeting, ...]]) -> str:
    """A committee the store knows, by its name or the start of it (any case)."""
    wanted = text.strip().lower()
    if not wanted:
        raise FormProblem("Committee: type the committee's name.")
    found = [name for name in calendars if name.lower() == wanted] or [name for name in calendars if name.lower().startswith(wanted)]
    if len(found) != 1:
        known = ", ".join(sorted(calendars)) or "none yet"
        raise FormProblem(f"Committee: no{' one' if found else ''} committee called '{text.strip()}'; the store has {known}.")
    return found[0]


def read_meeting(text: str, calendar: tuple[Meeting, ...], today: dt.date, field: str = "Meeting") -> Meeting:
    """A meeting of the committee: its date, `next` (from today on) or `last` (before today)."""
    word = text.strip().lower()
    if word == "next":
        found = next((m for m in calendar if m.date >= today), None)
        if found is None:
            raise FormProblem(f"{field}: the committee has no meeting from today on; schedule one (M) or type a date.")
        return found
    if word == "last":
        before = [m for m in calendar if m.date < today]
        if not before:
            raise FormProblem(f"{field}: the committee has met no meeting before today; type a date.")
        return before[-1]
    if not word:
        raise FormProblem(f"{field}: type its date, next or last.")
    day = read_day(text.strip(), field)
    found = next((m for m in calendar if m.date == day), None)
    if found is None:
        near = sorted(calendar, key=lambda m: abs((m.date - day).days))[:3]
        hint = "; the nearest are " + ", ".join(format_date(m.date) for m in sorted(near, key=lambda m: m.date)) if near else ""
        raise FormProblem(f"{field}: the committee has no meeting on {format_date(day)}{hint}.")
    return found


@dataclass(frozen=True)
class ExportRequest:
    """The paper to write: for which meeting, in which format, to which file."""

    meeting: Meeting
    fmt: str
    path: Path
    include_exempt: tuple[int, ...] = ()
    """Actions from exempt (Part II) items the clerk named to go on the paper all the same."""


@dataclass(frozen=True)
class MeetingRequest:
    """A meeting to schedule."""

    committee: str
    date: dt.date
    time: str | None
    venue: str | None


@dataclass(frozen=True)
class NewAction:
    """An action to add by hand at an item of a meeting."""

    meeting: Meeting
    item_number: str | None
    text: str
    owners: list[str]
    due_meeting: Meeting | None
    due_date: dt.date | None
    note: str | None
    values: dict[str, str] = field(default_factory=dict)
    """The fields as typed, to show the form again when the store refuses the item."""


class FieldsModal(ModalScreen):
    """A form of one-line fields: `FIELDS` (name, label), `read(values)` gives the result or a `FormProblem`."""

    DEFAULT_CSS = """
    FieldsModal { align: center middle; }
    FieldsModal > Vertical {
        width: 84; max-width: 100%; height: auto; max-height: 100%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    FieldsModal Label { color: $text-muted; }
    FieldsModal .form-title { color: $text; text-style: bold; }
    FieldsModal Input { height: 1; border: none; padding: 0 1; background: $panel; }
    FieldsModal Input:focus { border: none; background: $primary 30%; }
    FieldsModal .form-problem { color: $error; height: auto; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="cancel-form")]
    """Escape closes without doing anything; tab moves between fields."""

    FIELDS: tuple[tuple[str, str], ...] = ()
    PLACEHOLDERS: dict[str, str] = {}
    """What an empty field shows, by name: the shape it wants (an empty field is otherwise a blank line in a 256-colour terminal)."""
    TITLE_TEXT = ""
    HINT = "enter: save    escape: cancel    tab: next field"

    def __init__(self, values: dict[str, str], problem: str = "") -> None:
        super().__init__()
        self.values = values
        self.problem = problem
        """Why the form is shown again (the store refused what it asked for)."""

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(safe_text(self.TITLE_TEXT), classes="form-title")
            for name, label in self.FIELDS:
                yield Label(label)
                yield Input(safe_text(self.values.get(name, "")).plain, placeholder=self.PLACEHOLDERS.get(name, ""), id=f"form-{name}")
            yield Static(self.HINT, markup=False, classes="modal-hint")
            yield Static(self.problem, id="form-problem", classes="form-problem", markup=False)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        values = {name: self.query_one(f"#form-{name}", Input).value for name, _ in self.FIELDS}
        try:
            result = self.read(values)
        except FormProblem as problem:
            self.query_one("#form-problem", Static).update(safe_text(str(problem)))
            return
        if result is not None:
            self.dismiss(result)

    def read(self, values: dict[str, str]):
        raise NotImplementedError

    def action_cancel(self) -> None:
        self.dismiss(None)


class ExportModal(FieldsModal):
    """The action log paper for a meeting: the same file as `cpb actions export`."""

    TITLE_TEXT = "Export the action log paper (as cpb actions export)"
    FIELDS = (
        ("committee", "Committee"),
        ("meeting", "Meeting (its date, next or last)"),
        ("format", "Format: md, csv, html or ics"),
        ("path", "File to write"),
        ("exempt", "Exempt (Part II) actions to include: their ids (optional)"),
    )

    def __init__(self, values: dict[str, str], calendars: dict[str, tuple[Meeting, ...]], today: dt.date) -> None:
        super().__init__(values)
        self.calendars = calendars
        self.today = today
        self.replace_ok: Path | None = None
        """A file that exists and that the clerk has said, by a second enter, may be replaced."""

    def read(self, values: dict[str, str]) -> ExportRequest | None:
        committee = read_committee(values["committee"], self.calendars)
        meeting = read_meeting(values["meeting"], self.calendars[committee], self.today)
        fmt = values["format"].strip().lower().lstrip(".")
        if fmt not in PAPER_FORMATS:
            raise FormProblem(f"Format: '{values['format'].strip()}' is not one of md, csv, html, ics.")
        if not values["path"].strip():
            raise FormProblem("File to write: type a file name, e.g. action-log.md.")
        path = Path(values["path"].strip()).expanduser()
        if path.is_dir():
            raise FormProblem(f"File to write: {path} is a folder; add a file name.")
        if not path.parent.is_dir():
            raise FormProblem(f"File to write: there is no folder {path.parent}; create it or choose another.")
        if path.exists() and self.replace_ok != path:
            self.replace_ok = path
            self.query_one("#form-problem", Static).update(safe_text(f"{path} exists: enter again replaces it."))
            return None
        ids = values.get("exempt", "").replace(",", " ").split()
        bad = next((i for i in ids if not i.isdigit()), None)
        if bad is not None:
            raise FormProblem(f"Exempt actions: '{bad}' is not an action id; type ids such as 12 14, or leave it empty.")
        return ExportRequest(meeting, fmt, path, tuple(int(i) for i in ids))


class MeetingModal(FieldsModal):
    """Schedule a meeting ahead of its papers (as `cpb meetings add`)."""

    TITLE_TEXT = "Schedule a meeting (as cpb meetings add)"
    FIELDS = (("committee", "Committee"), ("date", "Date"), ("time", "Time (optional)"), ("venue", "Venue (optional)"))
    PLACEHOLDERS = {"committee": "the committee's name", "date": "e.g. 2027-01-21", "time": "e.g. 10:00", "venue": "e.g. County Hall"}

    def __init__(self, values: dict[str, str], calendars: dict[str, tuple[Meeting, ...]]) -> None:
        super().__init__(values)
        self.calendars = calendars

    def read(self, values: dict[str, str]) -> MeetingRequest:
        committee = read_committee(values["committee"], self.calendars)
        if not values["date"].strip():
            raise FormProblem("Date: type the meeting's date, e.g. 2027-01-21.")
        day = read_day(values["date"].strip(), "Date")
        if any(m.date == day for m in self.calendars[committee]):
            raise FormProblem(f"Date: {committee} already has a meeting on {format_date(day)}.")
        return MeetingRequest(committee, day, values["time"].strip() or None, values["venue"].strip() or None)


class AddActionModal(FieldsModal):
    """An action added by hand, at an item of a meeting (as `cpb actions add`)."""

    TITLE_TEXT = "Add an action (as cpb actions add)"
    FIELDS = (
        ("committee", "Committee"),
        ("meeting", "Raised at the meeting (its date, next or last)"),
        ("item", "Item number at that meeting (optional)"),
        ("text", "What is to be done"),
        ("owners", "Owners (separate with ;)"),
        ("due", "Due: the date of a meeting of the committee, or a date"),
        ("note", "Note (kept in the history)"),
    )

    def __init__(
        self, values: dict[str, str], calendars: dict[str, tuple[Meeting, ...]], today: dt.date, problem: str = ""
    ) -> None:
        super().__init__(values, problem)
        self.calendars = calendars
        self.today = today

    def read(self, values: dict[str, str]) -> NewAction:
        committee = read_committee(values["committee"], self.calendars)
        calendar = self.calendars[committee]
        meeting = read_meeting(values["meeting"], calendar, self.today, "Raised at")
        text = " ".join(values["text"].split())
        if not text:
            raise FormProblem("What is to be done: an action needs some words.")
        due_meeting = due_date = None
        if values["due"].strip():
            day = read_day(values["due"].strip(), "Due")
            due_meeting = next((m for m in calendar if m.date == day), None)
            due_date = None if due_meeting else day
        owners = [o.strip() for o in values["owners"].split(";") if o.strip()]
        item = values["item"].strip() or None
        return NewAction(meeting, item, text, owners, due_meeting, due_date, values["note"].strip() or None, values)
