"""The action log (A): every action of every committee, its evidence, and the clerk's changes by keys.

The table shows one saved view (1-5) through the filter typed in the bar (f; x clears it),
sorted by any column (s, S). Below it, the selected action's history and its follow-ups with
their reasons. Each change is written at once through the store's action methods, as an
event in the action's history; z undoes the screen's last change with a new event. A store
another cpb is writing to refuses the change in one line, and W tries it again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Input, OptionList, Static
from textual.widgets.option_list import Option

from cpb_tui.domain.models import ActionLog, ActionTrail, FollowUp, LogEntry, format_date
from cpb_tui.domain.safe import terminal_safe
from cpb_tui.followthrough.match import DEFAULT_THRESHOLD
from cpb_tui.tui.action_filter import SORTS, VIEWS, FilterProblem, LogFilter, parse_filter, select
from cpb_tui.tui.messages import ActionLogLoaded, ActionTrailLoaded, ActionWritten, StoreFailed, WriteRefused
from cpb_tui.tui.safe import safe_text
from cpb_tui.tui.widgets.action_table import COLUMNS, ActionTable
from cpb_tui.tui.widgets.footer import Footer

START_VIEW = "4"
"""The view the screen opens on: all open actions."""


@dataclass(frozen=True)
class Change:
    """One change to write: which store method (`kind`), its arguments, and how to say it."""

    kind: str
    """status / note / edit / decide."""
    action_id: int
    args: tuple
    said: str


class ActionLogScreen(Screen[None]):
    """The clerk's action log: views, filter, sort, evidence and changes, by keys."""

    BINDINGS = [
        Binding("1", "view('1')", "Overdue", id="view-overdue"),
        Binding("2", "view('2')", "Due next", id="view-due-next"),
        Binding("3", "view('3')", "To confirm", id="view-to-confirm"),
        Binding("4", "view('4')", "Open", id="view-open"),
        Binding("5", "view('5')", "All", id="view-all", show=False),
        Binding("f", "focus_filter", "Filter", id="filter"),
        Binding("x", "clear_filter", "Clear filter", id="clear-filter"),
        Binding("s", "sort", "Sort", id="sort"),
        Binding("S", "reverse_sort", "Reverse", id="reverse-sort", show=False),
        Binding("d", "done", "Done", id="mark-done"),
        Binding("D", "drop", "Drop", id="drop", show=False),
        Binding("o", "reopen", "Reopen", id="reopen", show=False),
        Binding("u", "update", "Update", id="add-update"),
        Binding("e", "edit", "Edit", id="edit-action"),
        Binding("z", "undo", "Undo", id="undo"),
        Binding("W", "retry", "Write again", id="retry-write", show=False),
        Binding("y", "decide('confirmed')", "Confirm", id="confirm-followup", show=False),
        Binding("n", "decide('rejected')", "Reject", id="reject-followup", show=False),
        Binding("escape", "back", "Back", id="back"),
    ]
    """Keys of the action log; the help screen (?) lists them all, and the palette has each."""

    def __init__(self) -> None:
        super().__init__()
        self.store_log: ActionLog | None = None
        self.view = next(v for v in VIEWS if v.key == START_VIEW)
        self.log_filter = LogFilter()
        self.shown: list[LogEntry] = []
        self.trail: ActionTrail | None = None
        self.undo_stack: list[Change] = []
        """The inverse of each change made here, newest last."""
        self.refused: tuple[Change, Change | None] | None = None
        """The last change the store refused, and its undo, for W."""
        self.writing = False

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Action log: reading...", id="log-title", classes="screen-title")
        yield Static("", id="log-views", classes="meta")
        yield Input(placeholder="f: filter, e.g. status:missed owner:director due:30 fostering", id="log-filter")
        yield Static("", id="filter-shown", classes="meta")
        yield ActionTable(id="log-table")
        with Horizontal(id="evidence"):
            yield VerticalScroll(Static("", id="history-text"), id="history")
            yield OptionList(id="followups")
        yield Static("", id="log-notice")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#filter-shown").display = False
        self.query_one("#log-notice").display = False
        self.query_one(ActionTable).focus()
        self.load_log()

    # --- reading --------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="action-log")
    def load_log(self) -> None:
        try:
            log = self.app.with_store(lambda store: store.action_log())
        except Exception as error:  # a missing or damaged store is said on screen
            self.post_message(StoreFailed(str(error)))
            return
        self.post_message(ActionLogLoaded(log))

    @work(thread=True, exclusive=True, group="action-trail")
    def load_trail(self, action_id: int) -> None:
        try:
            trail = self.app.with_store(lambda store: store.action_trail(action_id))
        except Exception as error:
            self.post_message(StoreFailed(str(error)))
            return
        self.post_message(ActionTrailLoaded(trail))

    @on(ActionLogLoaded)
    def show_log(self, message: ActionLogLoaded) -> None:
        self.store_log = message.log
        self.refill()

    def refill(self) -> None:
        """Apply the view, the filter and the sort, keeping the cursor on the same action."""
        if self.store_log is None:
            return
        table = self.query_one(ActionTable)
        current = table.current
        self.shown = select(self.store_log.entries, self.view, self.log_filter, self.store_log.today, table.sort, table.descending)
        table.show(self.shown, keep_id=current.action.id if current else None)
        self.show_counts()
        if not self.shown:
            self.show_trail(None)

    def show_counts(self) -> None:
        entries = self.store_log.entries if self.store_log else ()
        counts = {view.key: sum(1 for e in entries if view.keeps(e)) for view in VIEWS}
        sort = next(c.heading for c in COLUMNS if c.name == self.query_one(ActionTable).sort)
        title = Text()
        title.append(f"Action log: {self.view.name}", style="bold")
        title.append(f"  {len(self.shown)} of {counts[self.view.key]} shown", style="")
        title.append(f"  ({len(entries)} actions; sorted by {sort.lower()})", style="dim")
        self.query_one("#log-title", Static).update(title)
        views = Text()
        for view in VIEWS:
            style = "reverse bold" if view.key == self.view.key else ""
            views.append(f" {view.key} {view.short} {counts[view.key]} ", style=style)
            views.append(" ")
        self.query_one("#log-views", Static).update(views)
        shown = self.query_one("#filter-shown", Static)
        if self.log_filter.empty:
            shown.display = False
        else:
            shown.update(safe_text(f"filter: {self.log_filter.describe()}   (x clears)"))
            shown.display = True

    @on(ActionTable.Highlighted)
    def highlighted(self, event: ActionTable.Highlighted) -> None:
        if event.entry is not None:
            self.load_trail(event.entry.action.id)

    @on(ActionTrailLoaded)
    def got_trail(self, message: ActionTrailLoaded) -> None:
        current = self.query_one(ActionTable).current
        if current is None or current.action.id != message.trail.action.id:
            return  # the cursor moved on while this was read
        self.show_trail(message.trail)

    def show_trail(self, trail: ActionTrail | None) -> None:
        self.trail = trail
        history = self.query_one("#history-text", Static)
        followups = self.query_one("#followups", OptionList)
        followups.clear_options()
        if trail is None:
            history.update(Text("No action here.", style="dim"))
            return
        history.update(history_text(trail))
        for followup in trail.followups:
            followups.add_option(Option(followup_text(followup), id=str(followup.item_id)))
        if not trail.followups:
            followups.add_option(Option(Text("No later item has been found for it.", style="dim"), disabled=True))
        else:
            # The first undecided suggestion is where y / n act.
            first = next((i for i, f in enumerate(trail.followups) if f.state == "suggested"), 0)
            followups.highlighted = first

    # --- views, filter, sort --------------------------------------------------------------

    def action_view(self, key: str) -> None:
        self.view = next(v for v in VIEWS if v.key == key)
        self.refill()

    def action_focus_filter(self) -> None:
        self.query_one("#log-filter", Input).focus()

    @on(Input.Submitted, "#log-filter")
    def filter_typed(self, event: Input.Submitted) -> None:
        shown = self.query_one("#filter-shown", Static)
        try:
            self.log_filter = parse_filter(event.value)
        except FilterProblem as problem:
            shown.update(safe_text(f"filter not applied: {problem}", style="bold"))
            shown.display = True
            return
        self.refill()
        self.query_one(ActionTable).focus()

    def action_clear_filter(self) -> None:
        self.query_one("#log-filter", Input).value = ""
        self.log_filter = LogFilter()
        self.refill()

    def action_sort(self) -> None:
        table = self.query_one(ActionTable)
        names = [c.name for c in COLUMNS if c.name in SORTS]
        table.sort = names[(names.index(table.sort) + 1) % len(names)]
        table.descending = False
        self.refill()

    def action_reverse_sort(self) -> None:
        table = self.query_one(ActionTable)
        table.descending = not table.descending
        self.refill()

    # --- changes --------------------------------------------------------------------------

    def _current(self) -> LogEntry | None:
        entry = self.query_one(ActionTable).current
        if entry is None:
            self.notice("No action is selected.")
        return entry

    def action_done(self) -> None:
        self._status_change("done", "Done", "What happened (kept in the history; optional):")

    def action_drop(self) -> None:
        self._status_change("dropped", "Drop", "Why it is no longer needed (optional):")

    def action_reopen(self) -> None:
        self._status_change("open", "Reopen", "Why it is open again (optional):")

    def _status_change(self, status: str, verb: str, hint: str) -> None:
        from cpb_tui.tui.screens.note_modal import NoteModal

        entry = self._current()
        if entry is None:
            return
        action = entry.action
        if action.status == status:
            self.notice(f"Action {action.id} is already {status}.")
            return

        def chosen(note: str | None) -> None:
            if note is None:
                return
            said = f"action {action.id} is now {status}"
            undo = Change("status", action.id, (action.status, "undo of the last change"), f"action {action.id} is {action.status} again")
            self.write(Change("status", action.id, (status, note or None), said), undo)

        self.app.push_screen(NoteModal(f"{verb}: action {action.id}", hint), chosen)

    def action_update(self) -> None:
        from cpb_tui.tui.screens.note_modal import NoteModal

        entry = self._current()
        if entry is None:
            return
        action = entry.action

        def chosen(note: str | None) -> None:
            if note:
                # An update cannot be taken back out of the history: undo puts the one before back on top.
                previous = action.latest_update or "(the last update was withdrawn)"
                undo = Change("note", action.id, (previous,), f"action {action.id}: the update before is the latest again")
                self.write(Change("note", action.id, (note,), f"update added to action {action.id}"), undo)

        self.app.push_screen(NoteModal(f"Update: action {action.id}", "The progress, as the paper's 'Latest update' will show it:", required=True), chosen)

    def action_edit(self) -> None:
        from cpb_tui.tui.screens.action_form_modal import ActionEdit, ActionFormModal

        entry = self._current()
        if entry is None or self.store_log is None:
            return
        action = entry.action

        def chosen(edit: ActionEdit | None) -> None:
            if edit is None:
                return
            undo_due_meeting = action.due_meeting_id if edit.due_meeting_id or edit.due_date else None
            undo_due_date = action.due_date if (edit.due_meeting_id or edit.due_date) and not action.due_meeting_id else None
            undo = Change(
                "edit",
                action.id,
                (
                    list(action.owners) if edit.owners is not None else None,
                    undo_due_date,
                    undo_due_meeting,
                    action.text if edit.text is not None else None,
                    "undo of the last change",
                ),
                f"action {action.id} is as it was",
            )
            args = (edit.owners, edit.due_date, edit.due_meeting_id, edit.text, edit.note)
            self.write(Change("edit", action.id, args, f"action {action.id} edited"), undo)

        self.app.push_screen(ActionFormModal(action, self.store_log.calendars.get(action.committee or "", ())), chosen)

    def action_decide(self, state: str) -> None:
        entry = self._current()
        if entry is None or self.trail is None or self.trail.action.id != entry.action.id:
            return
        followups = self.query_one("#followups", OptionList)
        index = followups.highlighted
        if index is None or index >= len(self.trail.followups):
            self.notice("This action has no follow-up to decide.")
            return
        followup = self.trail.followups[index]
        if followup.state == state:
            self.notice(f"That follow-up is already {state}.")
            return
        where = _where(followup)
        self.write(Change("decide", entry.action.id, (followup.item_id, state), f"follow-up {state}: {where}"), None)

    def action_undo(self) -> None:
        if not self.undo_stack:
            self.notice("Nothing to undo: no change was made here (a follow-up decision is changed with y / n).")
            return
        self.write(self.undo_stack.pop(), None, undoing=True)

    def action_retry(self) -> None:
        if self.refused is None:
            self.notice("No change is waiting to be written.")
            return
        change, undo = self.refused
        self.write(change, undo)

    def write(self, change: Change, undo: Change | None, undoing: bool = False) -> None:
        """Write a change at once (in a worker); its undo is kept when it succeeds."""
        self.notice(f"writing: {change.said} ...")
        self._write(change, undo, undoing)

    @work(thread=True, group="action-write")
    def _write(self, change: Change, undo: Change | None, undoing: bool) -> None:
        who = self.app.who
        action_id = change.action_id
        try:
            if change.kind == "status":
                status, note = change.args
                self.app.with_store(lambda store: store.set_action_status(action_id, status, who, note))
            elif change.kind == "note":
                (text,) = change.args
                self.app.with_store(lambda store: store.note_action(action_id, who, text))
            elif change.kind == "edit":
                owners, due_date, due_meeting_id, text, note = change.args
                self.app.with_store(
                    lambda store: store.edit_action(action_id, who, owners, due_date, due_meeting_id, text, note)
                )
            elif change.kind == "decide":
                item_id, state = change.args
                self.app.with_store(lambda store: store.decide_followup(action_id, item_id, state, who))
        except Exception as error:  # busy, read-only, already so: one line, nothing written
            self.app.call_from_thread(self._refused, change, undo, undoing, str(error))
            return
        self.app.call_from_thread(self._written, undo, undoing)
        self.post_message(ActionWritten(action_id, change.said, undoing))

    def _refused(self, change: Change, undo: Change | None, undoing: bool, error: str) -> None:
        if undoing and undo is None:
            self.undo_stack.append(change)  # still there to undo once the store is free
        else:
            self.refused = (change, undo)
        self.post_message(WriteRefused(error))

    def _written(self, undo: Change | None, undoing: bool) -> None:
        self.refused = None
        if undo is not None:
            self.undo_stack.append(undo)

    @on(ActionWritten)
    def written(self, message: ActionWritten) -> None:
        if message.undoing:
            self.notice(f"undone: {message.said}; the undo is an event in the history too.")
        else:
            self.notice(f"{message.said}: written to the history. z undoes it.")
        self.load_log()

    @on(WriteRefused)
    def refused_shown(self, message: WriteRefused) -> None:
        error = message.error.replace("\n", " ")
        if error.startswith("Error: "):
            error = error[len("Error: ") :]
        retry = "; W tries again" if self.refused else ""
        self.notice(f"Not written: {error}{retry}", severity="error")

    def notice(self, text: str, severity: str = "") -> None:
        """One line above the footer; stored text in it is made terminal-safe."""
        line = self.query_one("#log-notice", Static)
        line.update(safe_text(text.replace("\n", " "), style="bold red" if severity == "error" else ""))
        line.display = True

    # --- going elsewhere ------------------------------------------------------------------

    @on(ActionTable.Chosen)
    def origin_chosen(self, event: ActionTable.Chosen) -> None:
        action = event.entry.action
        if action.meeting_id is None:
            self.notice(f"Action {action.id} was added by hand and has no origin meeting.")
            return
        self.app.open_meeting(action.meeting_id, action.item_number)

    @on(OptionList.OptionSelected, "#followups")
    def followup_chosen(self, event: OptionList.OptionSelected) -> None:
        if self.trail is None or event.option_index >= len(self.trail.followups):
            return
        followup = self.trail.followups[event.option_index]
        self.app.open_meeting(followup.meeting_id, followup.item_number)

    def action_back(self) -> None:
        if self.focused is self.query_one("#log-filter"):
            self.query_one(ActionTable).focus()
            return
        self.app.pop_screen()

    def on_screen_resume(self) -> None:
        # Another screen may have confirmed a follow-up; read the log again on coming back.
        if self.store_log is not None:
            self.load_log()

    @on(StoreFailed)
    def show_failure(self, message: StoreFailed) -> None:
        self.notice(f"Cannot read the store: {message.error}", severity="error")


# --- the evidence panel, as text ----------------------------------------------------------

_SCORE = re.compile(r"\s*\(\d+(?:\.\d+)?\)")


def strength(followup: FollowUp) -> str:
    """A follow-up's score in words: how far the evidence goes, never the number."""
    if followup.state == "confirmed":
        return "confirmed"
    if followup.state == "rejected":
        return "rejected"
    if followup.score >= DEFAULT_THRESHOLD:
        return "strong match, to confirm"
    if followup.score >= 0.45:
        return "possible match"
    return "weak match"


def reasons_in_words(followup: FollowUp) -> list[str]:
    """Its reasons without the figures the matcher keeps for itself."""
    return [_SCORE.sub("", reason) for reason in followup.reasons]


def _where(followup: FollowUp) -> str:
    title = "(exempt)" if followup.exempt else f"'{followup.item_title}'"
    return f"item {followup.item_number or '-'} {title} at {format_date(followup.meeting_date)}"


def followup_text(followup: FollowUp) -> Text:
    style = {"confirmed": "green", "rejected": "dim", "strong match, to confirm": "bold yellow"}.get(strength(followup), "")
    text = Text()
    text.append(strength(followup), style=style or "bold")
    text.append(terminal_safe(f": item {followup.item_number or '-'} "))
    if followup.exempt:
        text.append("[exempt] ", style="bold red")
    text.append(terminal_safe(f"'{followup.item_title}', {format_date(followup.meeting_date)}"))
    for reason in reasons_in_words(followup):
        text.append("\n  " + terminal_safe(reason), style="dim")
    return text


def history_text(trail: ActionTrail) -> Text:
    """The action in full, then its history, newest first (what the clerk asks about is what just happened)."""
    action = trail.action
    text = Text()
    text.append(f"Action {action.id}", style="bold")
    if action.exempt:
        text.append(" [exempt]", style="bold red")
    origin = f" from {format_date(action.meeting_date)}, {action.minute_reference}" if action.meeting_date else " (added by hand)"
    text.append(terminal_safe(origin + f"; {action.committee or 'no committee'}"))
    text.append("\n" + terminal_safe(action.text))
    text.append(terminal_safe(f"\nowners: {'; '.join(action.owners) or 'none'}; due {action.target}; {action.status}"), style="dim")
    text.append("\nHistory\n", style="bold underline")
    for event in reversed(trail.events):
        when = event.at[:16].replace("T", " ")
        change = f" {event.field}: {event.old or '-'} -> {event.new or '-'}" if event.field else ""
        text.append(f"{when} ", style="dim")
        text.append(terminal_safe(f"{event.who}: {event.event}{change}"))
        if event.note:
            text.append(terminal_safe(f" ({event.note})"), style="italic")
        text.append("\n")
    return text
