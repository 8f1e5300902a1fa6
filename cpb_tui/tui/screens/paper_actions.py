"""The action log's papers: export the paper (P), schedule a meeting (M), add an action (a).

The forms are in paper_modals.py; this writes what they ask for, each with one store call
in a worker, and says how it went on the log's notice line.
"""

from __future__ import annotations

from textual import work

from cpb_tui.domain.models import format_date
from cpb_tui.tui.screens.action_changes import Change, PaperUndo
from cpb_tui.tui.screens.paper_modals import AddActionModal, ExportModal, ExportRequest, MeetingModal, MeetingRequest, NewAction


class PapersMixin:
    """Export, schedule and add, for the action log screen (which has `store_log`, `notice`, `load_log`)."""

    def _committee_now(self) -> str:
        """The committee a form starts on: the selected action's, else the first the store has."""
        log = self.store_log
        current = self.query_one("ActionTable").current
        if current is not None and current.action.committee:
            return current.action.committee
        return next(iter(log.calendars), "") if log else ""

    # --- export -------------------------------------------------------------------------------

    def action_export_paper(self) -> None:
        """The action log paper for a meeting, written to a file as `cpb actions export` writes it."""
        log = self.store_log
        if log is None:
            return
        committee = self._committee_now()
        upcoming = log.next_meeting(committee)
        stem = f"action-log-{upcoming.date.isoformat()}" if upcoming else "action-log"
        values = {"committee": committee, "meeting": "next", "format": "md", "path": f"{stem}.md"}
        self.app.push_screen(ExportModal(values, log.calendars, log.today), self._export_chosen)

    def _export_chosen(self, request: ExportRequest | None) -> None:
        if request is not None:
            self.notice(f"writing the paper for {format_date(request.meeting.date)} to {request.path} ...")
            self._export(request)

    @work(thread=True, group="papers")
    def _export(self, request: ExportRequest) -> None:
        from cpb_tui.export.action_log import FORMATS

        try:
            paper = self.app.with_store(lambda store: store.matters_arising_paper(request.meeting.id, request.include_exempt))
            paper_format = FORMATS[request.fmt]
            request.path.write_text(paper_format.write(paper), encoding="utf-8", newline=paper_format.newline)
        except Exception as error:  # a folder not writable, a store gone: one line, nothing half-said
            self.app.call_from_thread(self.notice, f"Not written: {request.path}: {error}", "error")
            return
        withheld = f"; left out {paper.withheld} from exempt items (name them under Exempt to include)" if paper.withheld else ""
        said = f"wrote {request.path}: the {request.fmt} paper for {format_date(request.meeting.date)}, {len(paper.actions)} actions{withheld}"
        self.app.call_from_thread(self.notice, said)

    # --- schedule -----------------------------------------------------------------------------

    def action_schedule_meeting(self) -> None:
        """A meeting of a committee ahead of its papers, so actions can be due at it."""
        log = self.store_log
        if log is not None:
            values = {"committee": self._committee_now()}
            self.app.push_screen(MeetingModal(values, log.calendars), self._meeting_chosen)

    def _meeting_chosen(self, request: MeetingRequest | None) -> None:
        if request is not None:
            self.notice(f"scheduling {request.committee}, {format_date(request.date)} ...")
            self._schedule(request)

    @work(thread=True, group="papers")
    def _schedule(self, request: MeetingRequest) -> None:
        try:
            meeting, created = self.app.with_store(
                lambda store: store.add_meeting(request.committee, request.date, request.time, request.venue)
            )
        except Exception as error:
            self.app.call_from_thread(self.notice, f"Not written: {error}", "error")
            return
        when = f"{meeting.committee}, {format_date(meeting.date)}"
        if created:
            undo = PaperUndo(f"the meeting of {when} is taken out of the calendar", "unschedule", (meeting.id,))
            self.app.call_from_thread(self.undo_stack.append, undo)
            self.app.call_from_thread(self.notice, f"scheduled: {when}. z takes it out again.")
        else:
            self.app.call_from_thread(self.notice, f"already in the calendar: {when}")
        self.app.call_from_thread(self.load_log)

    # --- import -------------------------------------------------------------------------------

    def action_import_files(self, values: dict[str, str] | None = None, problem: str = "") -> None:
        """Meeting papers or a tracker CSV: first a preview of what will change, then, on enter, the import."""
        from cpb_tui.tui.screens.import_modal import ImportModal

        values = values or {"committee": self._committee_now()}
        self.app.push_screen(ImportModal(values, problem), self._import_chosen)

    def _import_chosen(self, request) -> None:
        if request is not None:
            self.notice("reading the files for the preview ...")
            self._preview(request)

    @work(thread=True, exclusive=True, group="papers")
    def _preview(self, request) -> None:
        try:
            preview = self.app.preview_import(request.paths, request.committee, request.date)
        except ValueError as error:  # nothing to read, a tracker refused whole: the form again, with why
            self.app.call_from_thread(self.action_import_files, dict(request.values), str(error))
            return
        except Exception as error:
            self.app.call_from_thread(self.notice, f"Cannot read: {error}", "error")
            return
        self.app.call_from_thread(self._show_preview, request, preview)

    def _show_preview(self, request, preview) -> None:
        from cpb_tui.tui.screens.import_modal import ImportPreviewModal

        what = "a tracker for " + (request.committee or "") if preview.tracker else "meeting papers"
        title = f"Preview: {', '.join(str(p) for p in request.paths)} ({what})"

        def decided(go: bool | None) -> None:
            if go:
                self.notice("importing ...")
                self._import(request)
            else:
                self.notice("Nothing was imported.")

        self.query_one("#log-notice").display = False  # "reading the files ..." is over: the preview says the rest
        self.app.push_screen(ImportPreviewModal(title, preview.lines, preview.summary, preview.will_write), decided)

    @work(thread=True, exclusive=True, group="papers")
    def _import(self, request) -> None:
        try:
            done = self.app.import_files(request.paths, request.committee, request.date)
        except Exception as error:  # the import is all or nothing per file: say why, nothing half-written
            self.app.call_from_thread(self.notice, f"Not imported: {error}", "error")
            return
        if done.action_ids or done.files:  # something was written, so z has something to say about it
            self.app.call_from_thread(self.undo_stack.append, import_undo(done))
        self.app.call_from_thread(self.notice, done.said + (". z drops its actions again." if done.action_ids else ""))
        self.app.call_from_thread(self.load_log)

    # --- add ----------------------------------------------------------------------------------

    def action_add_action(self, values: dict[str, str] | None = None, problem: str = "") -> None:
        """An action added by hand at an item of a meeting; z drops it again."""
        log = self.store_log
        if log is None:
            return
        values = values or {"committee": self._committee_now(), "meeting": "last"}
        self.app.push_screen(AddActionModal(values, log.calendars, log.today, problem), self._action_chosen)

    def _action_chosen(self, new: NewAction | None) -> None:
        if new is not None:
            self.notice("adding the action ...")
            self._add(new)

    @work(thread=True, group="papers")
    def _add(self, new: NewAction) -> None:
        who = self.app.who
        due_meeting_id = new.due_meeting.id if new.due_meeting else None
        try:
            action = self.app.with_store(
                lambda store: store.add_action_at(
                    who, new.meeting.id, new.item_number, new.text, new.owners, new.due_date, due_meeting_id, new.note
                )
            )
        except LookupError as error:  # an item that is not there: the form again, as typed, with why
            self.app.call_from_thread(self.action_add_action, dict(new.values), str(error))
            return
        except Exception as error:
            self.app.call_from_thread(self.notice, f"Not written: {error}", "error")
            return
        undo = Change("status", action.id, ("dropped", "undo of adding it"), f"action {action.id} is dropped", action.version)
        self.app.call_from_thread(self.undo_stack.append, undo)
        self.app.call_from_thread(self.notice, f"added action {action.id} (due {action.target}): written to the history. z drops it.")
        self.app.call_from_thread(self.load_log)



def import_undo(done) -> PaperUndo:
    """What z does after an import: a tracker's actions dropped again; meeting papers, only why not and what instead.

    An import of papers adds meetings, items, resolutions and the actions made from them;
    taking that back would mean deleting actions, and the history never loses one. So z says
    so, and names what a clerk can do instead.
    """
    if done.action_ids:
        ids = list(done.action_ids)
        return PaperUndo(f"the {len(ids)} actions imported from {done.tracker} are dropped", "drop_imported", (ids, done.tracker))
    return PaperUndo("", None, refusal=(
        "An import of meeting papers is not undone: the log keeps every action it made. Drop the ones not wanted (D), "
        "or put back a copy from before it: `cpb restore COPY` (`cpb backup` makes one; later changes are lost then)"
    ))
