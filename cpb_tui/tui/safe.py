"""What the screens put in widgets: text from the store made terminal-safe (`cpb_tui.domain.safe`).

Textual shows a `Text` literally (no markup is read from it), but it writes escape sequences,
control characters and bidi overrides through to the terminal as they are. Every widget that
shows stored text builds it with `safe_text`, or wraps a Rich renderable in `SafeRenderable`.
"""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.measure import Measurement
from rich.segment import Segment
from rich.text import Text

from cpb_tui.domain.safe import terminal_safe


def safe_text(text: str | None, style: str = "") -> Text:
    """A `Text` of stored text, terminal-safe."""
    return Text(terminal_safe(text), style=style)


class SafeRenderable:
    """A Rich renderable whose output is made terminal-safe, segment by segment.

    Markdown needs this even when its source is safe: its parser turns character references
    such as `&#x202e;` into the characters themselves. The characters removed take no cells,
    so the layout Rich measured still holds. Control segments (cursor moves) are dropped:
    nothing a document holds may move the cursor.
    """

    def __init__(self, renderable: RenderableType) -> None:
        self.renderable = renderable

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for segment in console.render(self.renderable, options):
            if not segment.control:
                yield Segment(terminal_safe(segment.text), segment.style)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement.get(console, options, self.renderable)


def safe_markdown(source: str) -> SafeRenderable:
    """Stored Markdown as a renderable: its source made safe, then what it renders to."""
    from rich.markdown import Markdown  # markdown-it and Pygments: only once a screen shows Markdown

    return SafeRenderable(Markdown(terminal_safe(source), hyperlinks=False))
