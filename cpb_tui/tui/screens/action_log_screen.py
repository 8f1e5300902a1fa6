"""The action log (A): every action of every committee, its evidence, and the clerk's changes by keys.

The table shows one saved view (1-5) through the filter typed in the bar (f; x clears it),
sorted by any column (s, S). Below it, the selected action's history and its follow-ups with
their reasons. Each change is written at once through the store's action methods, as an
event in the action's history; z undoes the screen's last change with a new event. A store
another cpb is writing to refuses the change in one line, and W tries it again. When another
cpb (the CLI) commits a change, the app notices and the log is read again, the cursor on the
same action; a change made from a row changed since is refused, naming what changed.
"""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Header, Input, OptionList, Static

from cpb_tui.domain.models import ActionLog, ActionTrail, LogEntry, Meeting, format_date
from cpb_tui.tui.action_filter import (
    SORTS, VIEWS, FilterProblem, KeptLog, LogFilter, count_views, in_order, mine_view, parse_filter, select,
)
from cpb_tui.tui.messages import ActionLogLoaded, ActionTrailLoaded, ActionWritten, StoreChanged, StoreFailed, WriteRefused
from cpb_tui.tui.rules import use_rules
from cpb_tui.tui.safe import safe_text
from cpb_tui.tui.screens.action_changes import Change, ChangesMixin
from cpb_tui.tui.screens.paper_actions import PapersMixin
from cpb_tui.tui.widgets.action_table import COLUMNS, ActionTable
from cpb_tui.tui.focus import ReaderFocus
from cpb_tui.tui.widgets.footer import Footer
from cpb_tui.tui.widgets.trail_panel import TrailPanel, history_text, where

VIEW_KEYS = Binding.Group("Views", compact=True)
START_VIEW = "4"
"""The view the screen opens on: all open actions."""
START_SORT = ("status", False)
"""The table's sort when the screen opens: what needs attention first."""


class ActionLogScreen(ChangesMixin, PapersMixin, Screen[None]):
    """The clerk's action log: views, filter, sort, evidence and changes, by keys."""

    BINDINGS = [
        # The footer fits 80 columns: the views share one label, the rest are in help (?) and the palette.
        Binding("1", "view('1')", "Overdue", id="view-overdue", group=VIEW_KEYS),
        Binding("2", "view('2')", "Due next", id="view-due-next", group=VIEW_KEYS),
        Binding("3", "view('3')", "To confirm", id="view-to-confirm", group=VIEW_KEYS),
        Binding("4", "view('4')", "Open", id="view-open", group=VIEW_KEYS),
        Binding("5", "view('5')", "All", id="view-all", show=False),
        Binding("6", "view('6')", "Mine", id="view-mine", show=False),
        Binding("f", "focus_filter", "Filter", id="filter"),
        Binding("x", "clear_filter", "Clear filter", id="clear-filter", show=False),
        Binding("s", "sort", "Sort", id="sort", show=False),
        Binding("S", "reverse_sort", "Reverse", id="reverse-sort", show=False),
        Binding("d", "done", "Done", id="mark-done"),
        Binding("D", "drop", "Drop", id="drop", show=False),
        Binding("o", "reopen", "Reopen", id="reopen", show=False),
        Binding("u", "update", "Update", id="add-update"),
        Binding("e", "edit", "Edit", id="edit-action", show=False),
        Binding("z", "undo", "Undo", id="undo"),
        Binding("C", "carry_forward", "Carry forward", id="carry-forward-pass", show=False),
        Binding("a", "add_action", "Add", id="add-action", show=False),
        Binding("P", "export_paper", "Paper", id="export-paper", show=False),
        Binding("M", "schedule_meeting", "Schedule", id="schedule-meeting", show=False),
        Binding("I", "import_files", "Import", id="import-files", show=False),
        Binding("W", "retry", "Write again", id="retry-write", show=False),
        Binding("t", "focus_trail", "Trail", id="focus-trail", show=False),
        Binding("y", "decide('confirmed')", "Confirm", id="confirm-followup", show=False),
        Binding("n", "decide('rejected')", "Reject", id="reject-followup", show=False),
        Binding("escape", "back", "Back", id="back"),
        # The app's keys, still working here but left out of this footer to leave room (? lists them).
        Binding("q", "app.quit", "Quit", show=False),
        Binding("slash", "app.search", "Search", show=False),
        Binding("A", "app.action_log", "Action log", show=False),
    ]
    """Keys of the action log; the help screen (?) lists them all, and the palette has each."""

    def __init__(self) -> None:
        super().__init__()
        use_rules(self.app, "action_log")  # this screen's own rules (tui/action_log.tcss), parsed on first use
        self.store_log: ActionLog | None = None
        self.views = list(VIEWS)
        """The saved views; "mine" (6) joins them once the app says whose they are."""
        self.view = next(v for v in VIEWS if v.key == START_VIEW)
        self.log_filter = LogFilter()
        self.shown: list[LogEntry] = []
        self.trail: ActionTrail | None = None
        self.undo_stack: list[Change] = []
        """The inverse of each change made here, newest last."""
        self.refused: tuple[Change, Change | None] | None = None
        """The last change the store refused, and its undo, for W."""
        self.after_load: list = []
        """What to do once the log is read (a form asked for from another screen)."""
        self.changed_elsewhere_seen = False
        """Another cpb wrote to the store while the log was open (the title says so)."""
        self._counted: tuple[ActionLog | None, tuple[str, ...], dict[str, int]] | None = None
        """The log and the views' names last counted, and each view's count."""
        self.cached_log: ActionLog | None = None
        """The last visit's log, shown until this visit's read arrives (changes wait for that read)."""
        self.kept: KeptLog | None = None
        """The read shown (or, while `cached_log` is shown, the last visit's) with the store's token it was read against."""
        self._ordered: tuple[ActionLog, tuple[str, bool], list[LogEntry]] | None = None
        """The log, the sort (column, descending), and every entry in that order."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("Action log: reading...", id="log-title", classes="screen-title")
        yield Static("", id="log-views", classes="meta")
        yield Input(placeholder="f: filter, e.g. status:missed owner:director due:30 fostering", id="log-filter")
        yield Static("", id="filter-shown", classes="meta")
        yield ActionTable(id="log-table")
        with Horizontal(id="evidence"):
            yield VerticalScroll(Static("", id="history-text"), id="history")
            yield TrailPanel(id="followups")
        yield Static("", id="log-notice")
        yield Footer()

    def on_mount(self) -> None:
        self.table = self.query_one(ActionTable)
        """The table (its sort is read by the reading worker too)."""
        self.query_one("#filter-shown").display = False
        self.query_one("#log-notice").display = False
        self.query_one(ActionTable).focus()
        last = getattr(self.app, "last_action_log", None)
        if last is not None:
            # The rows of the last read at once (10,000 actions take the store ~150 ms to read); then
            # the store is asked whether anything changed since, and read again only if so.
            self._show_kept(last)
            self.refill()
            # Once those rows are drawn: a reading thread would slow the drawing down.
            self.call_after_refresh(self.load_log)
            return
        self.load_log()

    def _show_kept(self, kept: KeptLog) -> None:
        """Take a read the app kept as the log shown until this visit's read (or check) comes."""
        self.cached_log, self.kept = kept.log, kept
        self.views = list(kept.views)
        self._counted = (kept.log, tuple(view.name for view in kept.views), kept.counts)
        if kept.start is not None:
            self._ordered = (kept.log, START_SORT, kept.start)

    # --- reading --------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="action-log")
    def load_log(self) -> None:
        try:
            # A first visit while the app reads the log ahead waits for that read rather than making a second.
            kept = self.kept or self.app.read_ahead_log()
            if kept is not None and kept.token is not None and self.app.with_store(lambda store: store.change_token()) == kept.token:
                self.post_message(ActionLogLoaded(kept.log, kept.counts, kept))  # nothing committed since: it is this visit's read
                return
            token, log = self.app.read_action_log()
        except Exception as error:  # a missing or damaged store is said on screen
            self.post_message(StoreFailed(str(error)))
            return
        if len(self.views) == len(VIEWS):
            self.app.call_from_thread(self._add_mine, self.app.my_owner_names)
        # Worked out here, off the event loop: the order and each view's count, then (the rows on their
        # way) each entry's words for the filter (a filter before they are done works out the rest itself).
        order = (self.table.sort, self.table.descending)
        self._ordered = (log, order, in_order(log.entries, *order))  # checked against the table's sort when used
        self.post_message(ActionLogLoaded(log, count_views(log.entries, tuple(self.views)), token=token))
        for entry in log.entries:
            entry.haystack

    def _add_mine(self, names: tuple[str, ...]) -> None:
        if len(self.views) == len(VIEWS):
            self.views.append(mine_view(names))

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
        if message.kept is not None:
            if message.log is self.cached_log:  # the rows on screen are the fresh ones: nothing to lay out again
                self.store_log, self.cached_log = message.log, None
                self.show_counts()
                self._after_load(message.kept)
                return
            self._show_kept(message.kept)  # read ahead, waited for by this first visit
        self.store_log = message.log
        self.cached_log = None
        if message.counts is not None and set(message.counts) == {view.key for view in self.views}:
            self._counted = (message.log, tuple(view.name for view in self.views), message.counts)
        self.refill()
        start = self._ordered[2] if self._ordered and self._ordered[0] is message.log and self._ordered[1] == START_SORT else None
        self._after_load(message.kept or KeptLog(message.log, tuple(self.views), self.view_counts(), start, message.token))

    def _after_load(self, kept: KeptLog) -> None:
        # Kept by the app: the next visit shows these rows at once, and reads again only if the store changed.
        self.kept = self.app.last_action_log = kept
        waiting, self.after_load = self.after_load, []
        for then in waiting:
            then()

    def when_loaded(self, then) -> None:
        """Do `then` now if the log is read, else as soon as it is."""
        if self.store_log is not None:
            then()
        else:
            self.after_load.append(then)

    @property
    def shown_log(self) -> ActionLog | None:
        """The log on screen: the one read for this visit, else (until it comes) the last visit's."""
        return self.store_log or self.cached_log

    def refill(self) -> None:
        """Apply the view, the filter and the sort, keeping the cursor on the same action."""
        log = self.shown_log
        if log is None:
            return
        table = self.query_one(ActionTable)
        current = table.current
        # Every entry in the table's order, sorted once per read and sort: a view or a filter then only picks.
        order = (table.sort, table.descending)
        if self._ordered is None or self._ordered[0] is not log or self._ordered[1] != order:
            self._ordered = (log, order, in_order(log.entries, *order))
        self.shown = select(self._ordered[2], self.view, self.log_filter, log.today, None)
        table.show(self.shown, keep_id=current.action.id if current else None)
        self.show_counts()
        if not self.shown:
            self.show_trail(None)

    def view_counts(self) -> dict[str, int]:
        """How many entries each view keeps: counted once per read of the log (a filter or sort changes none)."""
        log, names = self.shown_log, tuple(view.name for view in self.views)
        if self._counted is None or self._counted[0] is not log or self._counted[1] != names:
            self._counted = (log, names, count_views(log.entries if log else (), self.views))
        return self._counted[2]

    def show_counts(self) -> None:
        entries = self.shown_log.entries if self.shown_log else ()
        counts = self.view_counts()
        sort = next(c.heading for c in COLUMNS if c.name == self.query_one(ActionTable).sort)
        title = Text()
        title.append(f"Action log: {self.view.name}", style="bold")
        title.append(f"  {len(self.shown)} of {counts[self.view.key]} shown", style="")
        title.append(f"  ({len(entries)} actions; sorted by {sort.lower()})", style="dim")
        if self.store_log is None:
            title.append("  reading the store again...", style="italic")
        elif self.changed_elsewhere_seen:
            title.append("  read again: another cpb changed the store", style="italic")
        self.query_one("#log-title", Static).update(title)
        views = Text()
        for view in self.views:
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
        panel = self.query_one(TrailPanel)
        if trail is None:
            history.update(Text("No action here.", style="dim"))
            panel.show(None)
            return
        history.update(history_text(trail))
        log = self.shown_log
        calendar = log.calendars.get(trail.action.committee or "", ()) if log else ()
        # The first undecided suggestion is where y / n act.
        panel.show(trail, calendar, log.today if log else None)

    # --- views, filter, sort --------------------------------------------------------------

    def action_view(self, key: str) -> None:
        self.view = next((v for v in self.views if v.key == key), self.view)
        self.refill()
        if key == "6" and not self.shown and self.store_log is not None:
            self.notice("No action has one of these owners: list yours as owners = [\"...\"] in config.toml.")

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
            self.write(Change("status", action.id, (status, note or None), said, action.version), undo)

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
                self.write(Change("note", action.id, (note,), f"update added to action {action.id}", action.version), undo)

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
            self.write(Change("edit", action.id, args, f"action {action.id} edited", action.version), undo)

        self.app.push_screen(ActionFormModal(action, self.store_log.calendars.get(action.committee or "", ())), chosen)

    def action_decide(self, state: str) -> None:
        entry = self._current()
        if entry is None or self.trail is None or self.trail.action.id != entry.action.id:
            return
        followup = self.query_one(TrailPanel).followup
        if followup is None:
            self.notice("No follow-up is highlighted: t moves to the trail, where the items found for it are.")
            return
        if followup.state == state:
            self.notice(f"That follow-up is already {state}.")
            return
        said = f"follow-up {state}: {where(followup)}"
        # Confirming closes an open action; its undo puts the decision and the status back.
        reopen = state == "confirmed" and self.trail.action.status == "open"
        undo = Change("undecide", entry.action.id, (followup.item_id, followup.state, reopen), f"follow-up {followup.state} again: {where(followup)}")
        self.write(Change("decide", entry.action.id, (followup.item_id, state), said, self.trail.action.version), undo)

    @on(ActionWritten)
    def written(self, message: ActionWritten) -> None:
        if message.undoing:
            self.notice(f"undone: {message.said}; the undo is an event in the history too.")
        else:
            self.notice(f"{message.said}: written to the history. z undoes it.")
        self._tell_modal(message.action_id, message.said)
        self.load_log()

    @on(WriteRefused)
    def refused_shown(self, message: WriteRefused) -> None:
        error = message.error.replace("\n", " ")
        if error.startswith("Error: "):
            error = error[len("Error: ") :]
        retry = "; W tries again" if self.refused else ""
        self.notice(f"Not written: {error}{retry}", severity="error")
        if message.action_id is not None:
            self._tell_modal(message.action_id, None, error + retry)

    def _tell_modal(self, action_id: int, said: str | None, error: str = "") -> None:
        """A carry-forward pass open over the log shows how each of its choices went."""
        from cpb_tui.tui.screens.carry_forward_modal import CarryForwardModal

        if isinstance(self.app.screen, CarryForwardModal):
            self.app.screen.settled(action_id, said, error)

    def action_carry_forward(self, meeting_id: int | None = None) -> None:
        """The carry-forward pass after a meeting: this one, else the selected action's due meeting
        if it was held, else its committee's last meeting held."""
        from cpb_tui.tui.screens.carry_forward_modal import CarryForwardModal, to_carry

        log = self.store_log
        if log is None:
            return
        every = [m for calendar in log.calendars.values() for m in calendar]
        meeting = next((m for m in every if m.id == meeting_id), None)
        if meeting is None:
            entry = self._current()
            if entry is None:
                return
            held = [m for m in log.calendars.get(entry.action.committee or "", ()) if m.date <= log.today and m.status != "cancelled"]
            meeting = next((m for m in held if m.id == entry.action.due_meeting_id), held[-1] if held else None)
            if meeting is None:
                self.notice(f"{entry.action.committee or 'This action'} has no meeting held yet to carry actions from.")
                return
        calendar = log.calendars.get(meeting.committee, ())
        later = next((m for m in calendar if m.date > meeting.date and m.date >= log.today and m.status != "cancelled"), None)
        self.app.push_screen(CarryForwardModal(meeting, to_carry(log.entries, meeting), later, self._carry_choice))

    def _carry_choice(self, entry: LogEntry, choice: str, meeting: Meeting, to: Meeting | None) -> None:
        """Write one choice of the carry-forward pass (after `meeting`; carry goes `to`), with its undo."""
        from cpb_tui.tui.screens.carry_forward_modal import CHOICES

        action = entry.action
        after = f"the meeting of {format_date(meeting.date)}"
        said = f"action {action.id} {CHOICES[choice]}"
        if choice == "carry":
            if to is None:  # the pass does not offer it then; nothing to carry to
                return
            said += f" to {format_date(to.date)}"
            args = (None, None, to.id, None, f"carried forward after {after}")
            undo_args = (None, action.due_date, action.due_meeting_id, None, "undo of the last change")
            self.write(Change("edit", action.id, args, said, action.version), Change("edit", action.id, undo_args, f"action {action.id} is due as it was"))
            return
        status = "done" if choice == "done" else "dropped"
        undo = Change("status", action.id, ("open", "undo of the last change"), f"action {action.id} is open again")
        self.write(Change("status", action.id, (status, f"{CHOICES[choice]} at the pass after {after}"), said, action.version), undo)

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
        # The origin opens on its resolutions: where the action was asked for.
        focus = ReaderFocus(action.item_id, "resolutions") if action.item_id is not None else None
        self.app.open_meeting(action.meeting_id, action.item_number, focus)

    @on(OptionList.OptionSelected, "#followups")
    def followup_chosen(self, event: OptionList.OptionSelected) -> None:
        panel = self.query_one(TrailPanel)
        followup = panel.rows[event.option_index] if event.option_index < len(panel.rows) else None
        if followup is None:
            return
        # A follow-up opens on what was brought back: the report, else the minutes (the reader's own choice).
        self.app.open_meeting(followup.meeting_id, followup.item_number, ReaderFocus(followup.item_id))

    def action_focus_trail(self) -> None:
        """To the trail, where up / down move between the items found and Enter opens one."""
        self.query_one(TrailPanel).focus()

    def action_back(self) -> None:
        if self.focused in (self.query_one("#log-filter"), self.query_one(TrailPanel)):
            self.query_one(ActionTable).focus()
            return
        self.app.pop_screen()

    @on(StoreChanged)
    def changed_elsewhere(self, message: StoreChanged) -> None:
        """Another cpb wrote to the store: read the log again; the cursor stays on its action."""
        if self.store_log is not None:
            self.changed_elsewhere_seen = True
            self.load_log()

    def on_screen_resume(self) -> None:
        # Another screen may have confirmed a follow-up; read the log again on coming back.
        if self.store_log is not None:
            self.load_log()

    @on(StoreFailed)
    def show_failure(self, message: StoreFailed) -> None:
        self.notice(f"Cannot read the store: {message.error}", severity="error")
