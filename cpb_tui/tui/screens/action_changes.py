"""The action log's changes: what a change is, how it is written, and how undo and a refusal work.

Each change carries the version of the row it was made from (the action's newest event id).
The store checks it inside the write transaction: if another cpb (the CLI, a second app)
changed the action since the row was shown, nothing is written and the refusal says what
changed; the log is read again so the newer value is on screen.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from textual import work

from cpb_tui.domain.models import ActionChanged
from cpb_tui.tui.messages import ActionWritten, WriteRefused


@dataclass(frozen=True)
class Change:
    """One change to write: which store method (`kind`), its arguments, and how to say it."""

    kind: str
    """status / note / edit / decide."""
    action_id: int
    args: tuple
    said: str
    version: int | None = None
    """The action's version when the change was asked for; None writes without the check."""


@dataclass(frozen=True)
class PaperUndo:
    """The undo of a change that is not one action's: a meeting scheduled, a tracker imported; or why there is none.

    `Store.undo_paper(kind, args, who)` takes it back in one transaction (the store refuses
    with a `ValueError` that says why and what to do); with no `kind`, z says `refusal` (an
    import of meeting papers).
    """

    said: str
    """What undoing does, in words."""
    kind: str | None = None
    """unschedule or drop_imported (`Store.undo_paper`)."""
    args: tuple = ()
    refusal: str = ""


class ChangesMixin:
    """Writing, undoing and retrying changes for a screen with a notice line and a `load_log`."""

    undo_stack: list[Change | PaperUndo]
    refused: tuple[Change, Change | None] | None

    def write(self, change: Change, undo: Change | None, undoing: bool = False) -> None:
        """Write a change at once (in a worker); its undo is kept when it succeeds."""
        self.notice(f"writing: {change.said} ...")
        self._write(change, undo, undoing)

    @work(thread=True, group="action-write")
    def _write(self, change: Change, undo: Change | None, undoing: bool) -> None:
        who = self.app.who
        try:
            version = self.app.with_store(
                lambda store: store.change_action(change.kind, change.action_id, change.args, who, change.version)
            )
        except ActionChanged as error:  # stale: the newer value is shown, nothing to write again
            self.app.call_from_thread(self._stale, change, undo, undoing, str(error))
            return
        except Exception as error:  # busy, read-only, already so: one line, nothing written
            self.app.call_from_thread(self._refused, change, undo, undoing, str(error))
            return
        # The undo is checked against the version this change left, so it cannot undo someone else's.
        kept = replace(undo, version=version) if undo is not None else None
        self.app.call_from_thread(self._written, kept)
        self.post_message(ActionWritten(change.action_id, change.said, undoing))

    def _refused(self, change: Change, undo: Change | None, undoing: bool, error: str) -> None:
        if undoing and undo is None:
            self.undo_stack.append(change)  # still there to undo once the store is free
        else:
            self.refused = (change, undo)
        self.post_message(WriteRefused(error, change.action_id))

    def _stale(self, change: Change, undo: Change | None, undoing: bool, error: str) -> None:
        self.refused = None
        again = "; the undo was not made" if undoing else "; press the key again if it still stands"
        self.post_message(WriteRefused(error + again, change.action_id))
        self.load_log()

    def _written(self, undo: Change | None) -> None:
        self.refused = None
        if undo is not None:
            self.undo_stack.append(undo)

    def action_undo(self) -> None:
        if not self.undo_stack:
            self.notice("Nothing to undo: no change was made here.")
            return
        undo = self.undo_stack.pop()
        if isinstance(undo, PaperUndo):
            if undo.kind is None:
                again = "; z again undoes the change before it" if self.undo_stack else ""
                self.notice(undo.refusal + again, "error")
            else:
                self.notice(f"undoing: {undo.said} ...")
                self._undo_paper(undo)
            return
        self.write(undo, None, undoing=True)

    @work(thread=True, group="action-write")
    def _undo_paper(self, undo: PaperUndo) -> None:
        who = self.app.who
        try:
            self.app.with_store(lambda store: store.undo_paper(undo.kind, undo.args, who))
        except Exception as error:  # refused (papers since, a due set at it) or a busy store: say why, nothing written
            self.app.call_from_thread(self.notice, f"Not undone: {error}", "error")
            return
        self.app.call_from_thread(self.notice, f"undone: {undo.said}; the history keeps both changes.")
        self.app.call_from_thread(self.load_log)

    def action_retry(self) -> None:
        if self.refused is None:
            self.notice("No change is waiting to be written.")
            return
        change, undo = self.refused
        self.write(change, undo)
