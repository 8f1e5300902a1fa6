"""The help screen (?): every key of every screen, and how to get around."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

HELP = [
    ("Everywhere", [
        ("?", "this help"),
        ("/", "search everything: words, \"a phrase\", word*, -word, OR, committee:, kind:, before:, after:, status:"),
        ("ctrl+p", "command palette: jump to any meeting, item or action; run any command"),
        ("A", "the action log: every action, with its evidence, changed by keys"),
        ("q", "quit"),
        ("escape", "back to the previous screen"),
    ]),
    ("Home (meetings)", [
        ("up / down", "choose a meeting (the next meeting is first, then the most recent)"),
        ("enter", "open the meeting"),
        ("b", "the member's briefing for the meeting"),
    ]),
    ("Meeting", [
        ("up / down, enter", "choose an item on the agenda (left)"),
        ("n / p", "next / previous item"),
        ("] / [", "next / previous meeting of the committee"),
        ("g", "go to an item by its number"),
        ("f", "show or fold procedural items (apologies, minutes, announcements)"),
        ("1 - 5", "tabs: Report, Minutes, Resolutions, Actions, Topic"),
        ("t", "show or hide the report's table of contents"),
        ("5, enter", "on the Topic tab: open another meeting that took the same business, at its resolutions"),
        ("} / {", "next / previous report section"),
        ("a", "show or hide the agenda (more room on small screens)"),
        ("+", "add an action at the item shown: the action log's add form, filled in with the meeting and item"),
        ("tab", "move between the agenda, the tabs and the text"),
        ("b", "the member's briefing: per item, what was resolved before and the actions due, with evidence"),
    ]),
    ("Briefing (b)", [
        ("n / p", "next / previous item of the meeting"),
        ("up / down, pg up / dn", "scroll"),
        ("o", "open the meeting at that item"),
    ]),
    ("Action log (A)", [
        ("1 - 6", "views: overdue and missed, due at the next meeting, to confirm, all open, all, mine"),
        ("f, x", "type a filter (status:missed owner:NAME committee:NAME due:30 words), clear it"),
        ("s / S", "sort by the next column / the other way round"),
        ("d, D, o", "done (with a note), drop, reopen"),
        ("u, e", "add an update; edit wording, owners, due meeting or date"),
        ("z", "undo the last change (a new event: history is never deleted)"),
        ("W", "write a change again that a busy store refused"),
        ("t, y / n", "to the trail (later meetings, items found and why); confirm / reject the highlighted item"),
        ("enter", "open the origin on its resolutions (on an action) or the trail's item"),
        ("C", "carry-forward pass after a meeting: c carry to the next meeting, d close, D drop"),
        ("a, M, P", "add an action at an item; schedule a meeting; export the action log paper"),
        ("I", "import papers or a tracker CSV: a preview of what will change, then enter imports"),
    ]),
    ("Search", [
        ("type", "results update as you type"),
        ("down, enter", "open the result: its item, on the tab of what was found, that section, clause or action highlighted"),
        ("ctrl+f", "show or fold results in procedural items"),
    ]),
    ("Reading a report", [
        ("1 then t", "open the Report tab and its contents; pick a section with up / down and enter"),
        ("} / {", "step section by section; page up / page down scroll within"),
    ]),
]


class HelpScreen(ModalScreen[None]):
    """Every key, screen by screen."""

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 90%; max-width: 100; height: 90%;
        border: thick $primary; background: $surface; padding: 1 2;
    }
    """
    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close", id="close-help"),
    ]
    """Any of these closes the help."""

    def compose(self) -> ComposeResult:
        parts: list = [Text("cpb: keys\n", style="bold")]
        for title, keys in HELP:
            parts.append(Text(title, style="bold underline"))
            # Two columns, so a description that wraps on a small terminal stays in its own.
            table = Table(box=None, show_header=False, padding=(0, 1), expand=True)
            table.add_column(style="bold", width=18, no_wrap=True)
            table.add_column(ratio=1)
            for key, what in keys:
                table.add_row(key, what)
            parts += [table, Text()]
        parts.append(Text("The footer at the bottom always shows the keys of the screen you are on."))
        with VerticalScroll():
            yield Static(Group(*parts), id="help-text")
