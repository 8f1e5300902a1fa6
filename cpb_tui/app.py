"""The Textual app: one store, three screens (meetings, agenda, reader)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Callable, TypeVar

from textual.app import App
from textual.binding import Binding

from cpb_tui.screens.meetings_screen import MeetingsScreen

T = TypeVar("T")


class CpbApp(App[None]):
    """cpb in the terminal."""

    TITLE = "cpb"
    SUB_TITLE = "council meetings, resolutions and actions"
    CSS_PATH = "app.tcss"
    BINDINGS = [Binding("q", "quit", "Quit", id="quit")]
    """Keys that work on every screen."""

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.db_path = Path(db_path)
        self._store = None
        # One connection, used from worker threads one at a time.
        self._store_lock = threading.Lock()

    def on_mount(self) -> None:
        self.push_screen(MeetingsScreen())

    def with_store(self, work: Callable[["Store"], T]) -> T:  # noqa: F821
        """Run `work` against the store (call from worker threads only), opening it on first use."""
        with self._store_lock:
            if self._store is None:
                from cpb_tui.store import Store

                self._store = Store.open(self.db_path)
            return work(self._store)

    def on_unmount(self) -> None:
        with self._store_lock:
            if self._store is not None:
                self._store.close()
                self._store = None


def make_app(db_path: Path) -> CpbApp:
    """The one factory the CLI, the tests and the screenshot script share."""
    return CpbApp(db_path)
