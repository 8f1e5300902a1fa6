"""The Textual app: one store, a home screen of meetings, a meeting screen, help and the palette."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Callable, TypeVar

from textual.app import App
from textual.binding import Binding

from cpb_tui.tui.commands import CpbCommands
from cpb_tui.tui.screens.home_screen import HomeScreen
from cpb_tui.tui.themes import THEMES

if TYPE_CHECKING:
    from cpb_tui.store import Store
    from cpb_tui.tui.focus import ReaderFocus

T = TypeVar("T")


class CpbApp(App[None]):
    """cpb in the terminal."""

    TITLE = "cpb"
    SUB_TITLE = "council meetings, resolutions and actions"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {CpbCommands}
    BINDINGS = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("question_mark", "help", "Help", id="help"),
        Binding("slash", "search", "Search", id="search"),
        Binding("A", "action_log", "Action log", id="action-log"),
    ]
    """Keys that work on every screen."""

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.db_path = Path(db_path)
        self._store = None
        # One connection, used from worker threads one at a time.
        self._store_lock = threading.Lock()
        for theme in THEMES:
            self.register_theme(theme)

    def on_mount(self) -> None:
        self.push_screen(HomeScreen())

    def with_store(self, work: Callable[["Store"], T]) -> T:
        """Run `work` against the store (call from worker threads only), opening it on first use."""
        with self._store_lock:
            if self._store is None:
                from cpb_tui.store import Store

                self._store = Store.open(self.db_path)
            return work(self._store)

    def open_meeting(self, meeting_id: int, item_number: str | None = None, focus: "ReaderFocus | None" = None) -> None:
        """Show a meeting, optionally at one item, or at the tab and the section, clause or action in `focus`."""
        from cpb_tui.tui.screens.meeting_screen import MeetingScreen

        self.push_screen(MeetingScreen(meeting_id, item_number, focus))

    def open_brief(self, meeting_id: int | None = None) -> None:
        """Show a member's briefing for a meeting (the next one when none is named)."""
        from cpb_tui.tui.screens.brief_screen import BriefScreen

        self.push_screen(BriefScreen(meeting_id))

    def action_help(self) -> None:
        from cpb_tui.tui.screens.help_screen import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    @property
    def who(self) -> str:
        """Who the app's changes are recorded as: config.toml's user, else the login name."""
        from cpb_tui.services.config import current_user

        try:
            return current_user()
        except ValueError:  # a config.toml that cannot be read; the history still says who
            import getpass

            return getpass.getuser()

    def action_action_log(self) -> None:
        """Open the action log (from anywhere but the action log itself)."""
        from cpb_tui.tui.screens.action_log_screen import ActionLogScreen

        if not isinstance(self.screen, ActionLogScreen):
            self.push_screen(ActionLogScreen())

    def action_search(self) -> None:
        """Open the search screen (from anywhere but the search screen itself)."""
        from cpb_tui.tui.screens.search_screen import SearchScreen

        if not isinstance(self.screen, SearchScreen):
            self.push_screen(SearchScreen())

    def action_toggle_high_contrast(self) -> None:
        """Switch between the high-contrast theme and the default one."""
        self.theme = "textual-dark" if self.theme == "cpb-high-contrast" else "cpb-high-contrast"

    def on_unmount(self) -> None:
        with self._store_lock:
            if self._store is not None:
                self._store.close()
                self._store = None


def make_app(db_path: Path) -> CpbApp:
    """The one factory the CLI, the tests and the screenshot script share."""
    return CpbApp(db_path)
