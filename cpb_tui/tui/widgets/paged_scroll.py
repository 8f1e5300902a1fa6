"""A scrolling pane whose long tail is mounted a piece at a time, as the reader nears its end.

The screen puts the first piece of a text in the pane's own `Static` and hands the rest to
`continue_with` as renderables made on demand; each is mounted (and so rendered) only when
the reader scrolls to within a screen of the end of what is there. Opening a 200 KB section
costs one piece; scrolling on shows every piece in order (tests/test_long_sections.py).
"""

from __future__ import annotations

from typing import Callable, Iterable

from rich.console import RenderableType
from textual.containers import VerticalScroll
from textual.widgets import Static

Piece = Callable[[], RenderableType]


class MorePiece(Static):
    """A piece of a long text after the first; the margin is the blank line between two blocks."""

    DEFAULT_CSS = "MorePiece { margin-top: 1; }"


class PagedScroll(VerticalScroll):
    """A `VerticalScroll` that mounts the rest of its text piece by piece near the end."""

    def __init__(self, *children, **kwargs) -> None:
        super().__init__(*children, **kwargs)
        self._pending: list[Piece] = []
        self._generation = 0

    @property
    def pending(self) -> int:
        """How many pieces are not mounted yet."""
        return len(self._pending)

    def continue_with(self, pieces: Iterable[Piece]) -> None:
        """Drop the pieces of the previous text; the next text goes on with `pieces`."""
        self._generation += 1
        self.query_children(MorePiece).remove()
        self._pending = list(pieces)
        if self._pending:
            self.call_after_refresh(self._fill, self._generation)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if self._pending:
            self._fill(self._generation)

    def _fill(self, generation: int) -> None:
        """Mount the next piece if the reader is within a screen of the end (and again after it)."""
        if generation != self._generation or not self._pending or not self.is_mounted:
            return
        if self.max_scroll_y - self.scroll_y > self.size.height:
            return
        piece = self._pending.pop(0)
        self.mount(MorePiece(piece()))
        self.call_after_refresh(self._fill, generation)

    def mount_rest(self) -> None:
        """Mount every piece left (for a reader who asks for the whole text, and for tests)."""
        while self._pending:
            self.mount(MorePiece(self._pending.pop(0)()))
