"""The Textual app: one store, a home screen of meetings, a meeting screen, help and the palette."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Callable, TypeVar

from cpb_tui.tui import collector

# No collection while Textual and the screens are imported: with Python's thresholds that is
# some 90 collections (about 15 ms here) of objects that all live as long as the app.
_collecting = collector.before_imports()

from textual import events  # noqa: E402
from textual.app import App  # noqa: E402
from textual.binding import Binding  # noqa: E402

from cpb_tui.tui.screens.home_screen import HomeScreen  # noqa: E402
from cpb_tui.tui.themes import THEMES  # noqa: E402

collector.after_imports(_collecting)

if TYPE_CHECKING:
    from cpb_tui.services.desk_import import DeskImportDone, ImportPreview
    from cpb_tui.domain.models import ActionLog
    from cpb_tui.store import Store
    from cpb_tui.tui.action_filter import KeptLog
    from cpb_tui.tui.focus import ReaderFocus

T = TypeVar("T")


def cpb_commands():
    """The palette's provider, imported when the palette first opens (Textual takes a callable)."""
    from cpb_tui.tui.commands import CpbCommands

    return CpbCommands


class CpbApp(App[None]):
    """cpb in the terminal."""

    TITLE = "cpb"
    SUB_TITLE = "council meetings, resolutions and actions"
    CSS_PATH = "app.tcss"
    COMMANDS = App.COMMANDS | {cpb_commands}
    BINDINGS = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("question_mark", "help", "Help", id="help"),
        Binding("slash", "search", "Search", id="search"),
        Binding("A", "action_log", "Action log", id="action-log"),
    ]
    """Keys that work on every screen."""

    POLL_SECONDS = 1.0
    """How often the app asks SQLite whether another cpb has written to the store (one cheap pragma)."""

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        collector.prepare()
        self.db_path = Path(db_path)
        self._store = None
        self._data_version: int | None = None
        # One connection, used from worker threads one at a time.
        self._store_lock = threading.Lock()
        self.last_action_log: "KeptLog | None" = None
        """The action log as last read (by a visit, or ahead of the first one), with the views it was
        counted for, their counts, its entries in the screen's start order and the store's change
        token it was read against: ActionLogScreen shows it at once, and reads again only if the
        store has changed since."""
        self._read_ahead_done: threading.Event | None = None
        self._read_ahead: "KeptLog | None" = None
        self._log_reader = None
        """The action log's own connection (opened on its first read), used under `_log_reader_lock`."""
        self._log_reader_lock = threading.Lock()
        for theme in THEMES:
            self.register_theme(theme)

    def on_mount(self) -> None:
        self.push_screen(HomeScreen())
        if self.POLL_SECONDS:
            self.set_interval(self.POLL_SECONDS, self.poll_store, name="poll-store")

    def on_app_focus(self) -> None:
        # Back in the terminal after a CLI command: look at once rather than at the next tick.
        self.poll_store()

    READ_AHEAD = True
    """Read the action log ahead once the first screen is drawn (off the event loop), so A shows rows at once."""

    def poll_store(self) -> None:
        """Ask, off the event loop, whether another connection has committed since the last look."""
        # A look that fails (the app closing under it) must never take the app down with it.
        self.run_worker(self._read_data_version, thread=True, exclusive=True, group="poll-store", exit_on_error=False)

    def first_screen_drawn(self) -> None:
        """The home screen's first rows are on screen: start-up is over, and the log is read ahead."""
        collector.settle(self)
        if self.READ_AHEAD and self._read_ahead_done is None:
            self._read_ahead_done = threading.Event()
            self.run_worker(self._prefetch_action_log, thread=True, group="prefetch-log", exit_on_error=False)

    def read_action_log(self) -> tuple[tuple, "ActionLog"]:
        """The store's change token, then the action log read (worker threads only).

        The log is read on a connection of its own, so the other screens' reads (the selected
        action's trail, the home list) never wait the ~150 ms of 10,000 actions behind it. The
        token is taken first, on the app's connection: a change made during the read reads again.
        """
        token = self.with_store(lambda store: store.change_token())
        with self._log_reader_lock:
            if self._log_reader is None:
                from cpb_tui.store import Store

                self._log_reader = Store.open(self.db_path)
            return token, self._log_reader.action_log()

    def _prefetch_action_log(self) -> None:
        from cpb_tui.tui.action_filter import VIEWS, keep_log, mine_view

        try:
            token, log = self.read_action_log()
            self._read_ahead = keep_log(log, (*VIEWS, mine_view(self.my_owner_names)), token)
            self.call_from_thread(self._keep_prefetched, self._read_ahead)
        finally:
            self._read_ahead_done.set()  # a visit waiting for it goes on (and reads itself if it failed)
        # Then, with the rows ready to show: the filter's words (20-50 ms at 10,000 actions; a filter
        # before they are done works out the rest itself) and the screen's modules (~20 ms of imports).
        for entry in log.entries:
            entry.haystack
        import cpb_tui.tui.screens.action_log_screen  # noqa: F401

    def read_ahead_log(self, timeout: float = 10.0) -> "KeptLog | None":
        """The log read ahead (worker threads only): waits while it is being read; None if it was not."""
        if self._read_ahead_done is None or not self._read_ahead_done.wait(timeout):
            return None
        return self._read_ahead

    def _keep_prefetched(self, kept: "KeptLog") -> None:
        if self.last_action_log is None:  # a visit to the log since has read it fresher
            self.last_action_log = kept

    def _read_data_version(self) -> None:
        # Only an open store is watched, and a busy one is looked at on the next tick.
        if self._store is None or not self._store_lock.acquire(blocking=False):
            return
        try:
            version = self._store.data_version()
        except Exception:  # a store gone or damaged is said by the next read, not here
            return
        finally:
            self._store_lock.release()
        before, self._data_version = self._data_version, version
        if before is not None and version != before:
            self.call_from_thread(self.store_changed)

    def store_changed(self) -> None:
        """Tell every screen on the stack; each reads what it shows again (or on coming back to it)."""
        from cpb_tui.tui.messages import StoreChanged

        for screen in self.screen_stack:
            screen.post_message(StoreChanged())

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.InputEvent):
            collector.note_input()  # the collector waits for a quiet moment (tui/collector.py)
        await super().on_event(event)

    def with_store(self, work: Callable[["Store"], T]) -> T:
        """Run `work` against the store (call from worker threads only), opening it on first use."""
        with self._store_lock:
            if self._store is None:
                # The meetings' list first, from a module of its own: the rest of the store is
                # imported when something else is first asked of it (store/summaries.py).
                from cpb_tui.store.summaries import LazyStore

                self._store = LazyStore(self.db_path)
                # The baseline: whatever others commit from now on is noticed.
                self._data_version = self._store.data_version()
            return work(self._store)

    def open_meeting(self, meeting_id: int, item_number: str | None = None, focus: "ReaderFocus | None" = None) -> None:
        """Show a meeting, optionally at one item, or at the tab and the section, clause or action in `focus`."""
        from cpb_tui.tui.screens.meeting_screen import MeetingScreen

        self.push_screen(MeetingScreen(meeting_id, item_number, focus))

    def open_brief(self, meeting_id: int | None = None) -> None:
        """Show a member's briefing for a meeting (the next one when none is named)."""
        from cpb_tui.tui.screens.brief_screen import BriefScreen

        self.push_screen(BriefScreen(meeting_id))

    def preview_import(self, paths: list[Path], committee: str | None, date) -> "ImportPreview":
        """What importing these would change, written nowhere (call from worker threads only)."""
        from cpb_tui.services.desk_import import preview_import

        return preview_import(self.db_path, paths, committee, date)

    def import_files(self, paths: list[Path], committee: str | None, date) -> "DeskImportDone":
        """Import them as the commands do, over a connection of its own (worker threads only); what was written."""
        from cpb_tui.services.desk_import import run_desk_import

        return run_desk_import(self.db_path, paths, committee, date, self.who)

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

    @property
    def my_owner_names(self) -> tuple[str, ...]:
        """Whose actions the log's "mine" view shows: config.toml's owners, else `who`."""
        from cpb_tui.services.config import load_config

        try:
            return load_config().owners or (self.who,)
        except ValueError:  # a config.toml that cannot be read: `who` still says something true
            return (self.who,)

    def action_action_log(self) -> None:
        """Open the action log (from anywhere but the action log itself)."""
        from cpb_tui.tui.screens.action_log_screen import ActionLogScreen

        if not isinstance(self.screen, ActionLogScreen):
            self.push_screen(ActionLogScreen())

    def add_action_here(self, values: dict[str, str]) -> None:
        """The action log's add form, filled in (from a meeting's item): the log opens under it."""
        self._on_the_log(lambda screen: screen.action_add_action(values))

    def carry_forward_after(self, meeting_id: int) -> None:
        """The carry-forward pass after this meeting (from its screen): the log opens under it."""
        self._on_the_log(lambda screen: screen.action_carry_forward(meeting_id))

    def _on_the_log(self, then: Callable) -> None:
        from cpb_tui.tui.screens.action_log_screen import ActionLogScreen

        screen = self.screen if isinstance(self.screen, ActionLogScreen) else ActionLogScreen()
        if screen is not self.screen:
            self.push_screen(screen)
        screen.when_loaded(lambda: then(screen))

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
        with self._log_reader_lock:
            if self._log_reader is not None:
                self._log_reader.close()
                self._log_reader = None


def make_app(db_path: Path) -> CpbApp:
    """The one factory the CLI, the tests and the screenshot script share."""
    return CpbApp(db_path)
