"""The command palette (ctrl+p): jump to any meeting, item or action, and run cpb's commands."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher

from cpb_tui.domain.models import JumpTargets, format_date
from cpb_tui.domain.safe import terminal_safe
from cpb_tui.tui.focus import ReaderFocus


LOG_COMMANDS = (
    ("Overdue and missed", "1", "view:1", "the view of actions missed at their meeting or past their date"),
    ("Due at the next meeting", "2", "view:2", "the view of actions due at each committee's next meeting"),
    ("To confirm", "3", "view:3", "the view of actions with a strong follow-up waiting for the clerk"),
    ("All open", "4", "view:4", "the view of every open action"),
    ("All", "5", "view:5", "every action, whatever its status"),
    ("Mine", "6", "view:6", "the actions you own: config.toml's owners, else your user name"),
    ("Filter", "f", "focus_filter", "status:, owner:, committee:, due:, words"),
    ("Clear the filter", "x", "clear_filter", "show the whole view again"),
    ("Sort by the next column", "s", "sort", "#, from, ref, action, owners, due, status, update"),
    ("Reverse the sort", "S", "reverse_sort", "the other way round"),
    ("Mark done, with a note", "d", "done", "written at once, as an event in its history"),
    ("Drop", "D", "drop", "no longer needed; an event in its history"),
    ("Reopen", "o", "reopen", "a done or dropped action is open again"),
    ("Add an update", "u", "update", "the latest update on the paper"),
    ("Edit wording, owners or due", "e", "edit", "a form, checked before it is written"),
    ("Undo the last change", "z", "undo", "a new event; history is never deleted"),
    ("Write the refused change again", "W", "retry", "after another cpb held the store"),
    ("Carry-forward pass after a meeting", "C", "carry_forward", "carry, close or drop each action due there not delivered"),
    ("Go to the trail", "t", "focus_trail", "the later meetings and the items found for the action"),
    ("Add an action at an item", "a", "add_action", "by hand, at a meeting's item; z drops it again"),
    ("Export the action log paper", "P", "export_paper", "md, csv, html or ics: as cpb actions export"),
    ("Schedule a meeting", "M", "schedule_meeting", "so actions can be due at it; as cpb meetings add"),
    ("Import papers or a tracker", "I", "import_files", "a preview of what will change first; as cpb import"),
    ("Confirm the follow-up", "y", "decide:confirmed", "the highlighted follow-up delivered the action"),
    ("Reject the follow-up", "n", "decide:rejected", "the highlighted follow-up did not deliver it"),
)
"""The action log's keys as palette commands: label, key, screen action (with its argument), help."""

PASS_COMMANDS = (
    ("Carry the highlighted action forward", "c", "choose:carry", "to the committee's next meeting, as an edit of its due"),
    ("Close the highlighted action", "d", "choose:done", "done, noted as closed at the pass"),
    ("Drop the highlighted action", "D", "choose:drop", "no longer needed, noted as dropped at the pass"),
)
"""The carry-forward pass's keys (C on the log) as palette commands."""


class CpbCommands(Provider):
    """Meetings, items and actions from the store, plus the app's own commands."""

    async def startup(self) -> None:
        """Read what can be jumped to, once per palette opening, off the event loop."""
        worker = self.app.run_worker(self._read, thread=True, exclusive=False, group="palette")
        self.entries = await worker.wait()

    def _read(self) -> list[tuple[str, str, object]]:
        try:
            targets = self.app.with_store(lambda store: store.jump_targets())
        except Exception:
            return []
        return _entries(targets)

    def _commands(self) -> list[tuple[str, str, object]]:
        return [
            ("app: Help (every key)", "show the help screen", self.app.action_help),
            ("app: Toggle high contrast", "switch to or from the high-contrast theme", self.app.action_toggle_high_contrast),
            ("view: Show or fold procedural items", "apologies, declarations, previous minutes", partial(self._screen_action, "toggle_procedural")),
            ("view: Table of contents", "the report's sections", partial(self._screen_action, "toggle_toc")),
            ("view: Go to item number", "jump within the meeting", partial(self._screen_action, "goto")),
            ("brief: Member's briefing (b)", "this meeting's, or the next one's: what was resolved before, what is due", self._brief),
            ("actions: Open the action log (A)", "every action: views, filter, evidence, changes", self.app.action_action_log),
            ("actions: Add an action at this item (+)", "on a meeting: the add form, filled in with the meeting and item", self._add_here),
            ("actions: Carry-forward pass after this meeting", "on a meeting: its due actions not delivered", self._carry_here),
            *[
                (f"actions: {label} ({key})", help_text, partial(self._log_action, name))
                for label, key, name, help_text in LOG_COMMANDS
            ],
            *[
                (f"carry-forward: {label} ({key})", help_text, partial(self._pass_action, name))
                for label, key, name, help_text in PASS_COMMANDS
            ],
        ]

    def _log_action(self, name: str) -> None:
        from cpb_tui.tui.screens.action_log_screen import ActionLogScreen

        if not isinstance(self.screen, ActionLogScreen):
            self.app.notify("Open the action log first (A).", timeout=2)
            return
        action, _, argument = name.partition(":")
        method = getattr(self.screen, f"action_{action}")
        method(argument) if argument else method()

    def _add_here(self) -> None:
        from cpb_tui.tui.screens.meeting_screen import MeetingScreen

        screen = self.screen
        if not isinstance(screen, MeetingScreen) or screen.meeting is None:
            self.app.notify("Open a meeting first, at the item the action comes from.", timeout=2)
            return
        screen.action_add_action()  # the same as + on the meeting

    def _carry_here(self) -> None:
        meeting = getattr(self.screen, "meeting", None)
        if meeting is None:
            self._log_action("carry_forward")  # on the log: the selected action's meeting
            return
        self.app.carry_forward_after(meeting.id)

    def _pass_action(self, name: str) -> None:
        from cpb_tui.tui.screens.carry_forward_modal import CarryForwardModal

        if not isinstance(self.screen, CarryForwardModal):
            self.app.notify("Open the carry-forward pass first (C on the action log).", timeout=2)
            return
        action, _, argument = name.partition(":")
        getattr(self.screen, f"action_{action}")(argument)

    def _brief(self) -> None:
        """The briefing for the meeting on screen, or for the next meeting."""
        from cpb_tui.tui.screens.meeting_screen import MeetingScreen

        screen = self.screen
        self.app.open_brief(screen.meeting_id if isinstance(screen, MeetingScreen) else None)

    def _screen_action(self, name: str) -> None:
        method = getattr(self.screen, f"action_{name}", None)
        if method is None:
            self.app.notify("Open a meeting first.", timeout=2)
        else:
            method()

    def _open(self, target: tuple[int, str | None, ReaderFocus | None]) -> None:
        meeting_id, number, focus = target
        self.app.open_meeting(meeting_id, number, focus)

    async def discover(self) -> Hits:
        for label, help_text, run in self._commands():
            yield DiscoveryHit(label, run, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for label, help_text, run in self._commands():
            score = matcher.match(label)
            if score > 0:
                yield Hit(score, _highlight(matcher, label), run, help=help_text)
        for label, help_text, target in getattr(self, "entries", []):
            score = matcher.match(label)
            if score > 0:
                yield Hit(score, _highlight(matcher, label), partial(self._open, target), text=label, help=help_text)


def _entries(targets: JumpTargets) -> list[tuple[str, str, object]]:
    """(label, help, where to go) for every meeting, item and open action the palette offers."""
    entries: list[tuple[str, str, object]] = []
    # Labels are stored text: made terminal-safe here, once, for every hit shown from them.
    for meeting in targets.meetings:
        label = f"meeting: {meeting.committee}, {format_date(meeting.date)}"
        entries.append((terminal_safe(label), "open this meeting", (meeting.id, None, None)))
        for item in targets.items.get(meeting.id, ()):
            text = f"item: {item.number or '-'}. {item.title} ({format_date(meeting.date)})" + _exempt(item)
            entries.append((terminal_safe(text), "open this item", (meeting.id, item.number, ReaderFocus(item.id))))
    for action in targets.open_actions:
        text = f"action {action.id}: {terminal_safe(action.text)[:70]}" + _exempt(action)
        if action.meeting_id:
            # Opens its item on the Actions tab, the action highlighted.
            focus = ReaderFocus(action.item_id, "actions", action.id) if action.item_id else None
            where = (action.meeting_id, action.item_number, focus)
            entries.append((terminal_safe(text), terminal_safe(f"from {action.minute_reference}"), where))
    return entries


def _highlight(matcher: Matcher, label: str) -> Content:
    """The label with the matched letters styled, read as plain text.

    `Matcher.highlight` reads its candidate as Textual markup, so a title holding
    "[@click=app.quit]" would become a link that runs an action; this never reads markup.
    """
    content = Content(label)
    score, offsets = matcher.fuzzy_search.match(matcher.query, label)
    if score:
        for offset in offsets:
            if not label[offset].isspace():
                content = content.stylize(matcher.match_style, offset, offset + 1)
    return content


def _exempt(record) -> str:
    """The palette's mark on an exempt (Part II) item or action."""
    return " [exempt]" if record.exempt else ""
