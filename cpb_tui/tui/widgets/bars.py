"""A header and a footer of one widget each, for the home screen's first frame.

Textual's `Header` is four widgets (the bar, its icon, its title and the clock's space) and its
`Footer` one per key plus itself (nine on the home screen): at start-up each of them has the
stylesheet applied, is laid out and rendered before the meetings can show (about 20 ms of the
first frame). `TitleBar` and `KeyBar` draw the same line each from one widget: the icon (a click
opens the palette), the title and sub-title centred, the keys with their labels, a disabled one
dimmed, the palette's key on the right; a click on a key presses it, as in Textual's footer.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widget import Widget

ICON_WIDTH = 8
"""Textual's header icon: docked left, eight cells with a cell of padding either side."""
CLOCK_WIDTH = 10
"""The space Textual's header keeps on the right for its clock."""


class TitleBar(Widget):
    """Textual's header in one widget: the icon, then the app's title and sub-title centred."""

    ALLOW_SELECT = False
    DEFAULT_CSS = """
    TitleBar {
        dock: top;
        width: 100%;
        background: $panel;
        color: $foreground;
        height: 1;
    }
    TitleBar.-tall {
        height: 3;
    }
    """

    def on_mount(self) -> None:
        for owner in (self.app, self.screen):
            self.watch(owner, "title", self.refresh, init=False)
            self.watch(owner, "sub_title", self.refresh, init=False)

    async def on_click(self, event: events.Click) -> None:
        event.stop()
        if event.x < ICON_WIDTH and self.app.ENABLE_COMMAND_PALETTE:
            await self.run_action("app.command_palette")
        else:
            self.toggle_class("-tall")

    def title_text(self) -> Text:
        """The title, and the sub-title dimmed after a dash, as `App.format_title` puts them."""
        title = self.screen.title if self.screen.title is not None else self.app.title
        sub_title = self.screen.sub_title if self.screen.sub_title is not None else self.app.sub_title
        text = Text(title)
        if sub_title:
            text.append(" — ", "dim")
            text.append(sub_title, "dim")
        return text

    def render(self) -> Text:
        width = self.size.width
        middle = max(0, width - ICON_WIDTH - CLOCK_WIDTH)
        title = self.title_text()
        title.no_wrap = True
        title.truncate(middle, overflow="ellipsis")
        title.align("center", middle)
        line = Text(" ⭘".ljust(ICON_WIDTH)[: min(ICON_WIDTH, width)], no_wrap=True)
        line.append_text(title)
        line.append(" " * max(0, width - ICON_WIDTH - middle))
        if self.has_class("-tall"):
            return Text("\n").join([Text(" " * width), line, Text(" " * width)])
        return line


class KeyBar(Widget, can_focus=False):
    """Textual's footer in one widget: each key the screen shows and its label, the palette's on the right."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES = {"key-bar--key", "key-bar--description", "key-bar--edge"}
    DEFAULT_CSS = """
    KeyBar {
        color: $footer-foreground;
        background: $footer-background;
        dock: bottom;
        height: 1;
        .key-bar--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        .key-bar--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        .key-bar--edge {
            color: $foreground 20%;
        }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.shown: tuple = ()
        """(key, shown as, label, enabled) of each key the screen shows, the palette's last."""
        self.places: list[tuple[int, int, str, bool]] = []
        """(first cell, end cell, key, enabled) of each key as last drawn: where a click lands."""
        self.cut: list[str] = []
        """The keys (as "key label") that did not fit before the palette's key when last drawn."""

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed)
        self.bindings_changed(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def bindings_changed(self, screen: Screen) -> None:
        if not self.is_attached or screen is not self.screen:
            return
        shown = self.keys_of(screen)
        if shown != self.shown:
            self.shown = shown
            self.refresh()

    def keys_of(self, screen: Screen) -> tuple:
        """The screen's shown keys in the footer's order, the palette's key (if any) last."""
        app = self.app
        bindings = screen.active_bindings
        keys, seen = [], set()
        for _, binding, enabled, _ in bindings.values():
            if binding.show and binding.action not in seen and binding.key != app.COMMAND_PALETTE_BINDING:
                seen.add(binding.action)  # one key an action, as Textual's footer shows them
                keys.append((binding.key, app.get_key_display(binding), binding.description, enabled))
        if app.ENABLE_COMMAND_PALETTE and app.COMMAND_PALETTE_BINDING in bindings:
            _, binding, enabled, _ = bindings[app.COMMAND_PALETTE_BINDING]
            keys.append((binding.key, app.get_key_display(binding), binding.description, enabled))
        return tuple(keys)

    def _key_text(self, shown_as: str, label: str, enabled: bool, compact: bool = False) -> Text:
        """A key as Textual's footer draws it: " q Quit ", or compact (the palette's) "^p palette"."""
        key, label = (shown_as, f" {label}" if label else "") if compact else (f" {shown_as} ", f"{label} " if label else "")
        text = Text.assemble(
            (key, self.get_component_rich_style("key-bar--key")),
            (label, self.get_component_rich_style("key-bar--description")),
        )
        if not enabled:
            text.stylize("dim")
        return text

    def render(self) -> Text:
        width = self.size.width
        keys = list(self.shown)
        palette = None
        if keys and self.app.ENABLE_COMMAND_PALETTE and keys[-1][0] == self.app.COMMAND_PALETTE_BINDING:
            palette = keys.pop()
        right = Text()
        if palette is not None:
            right.append("▏", self.get_component_rich_style("key-bar--edge"))
            right.append_text(self._key_text(palette[1], palette[2], palette[3], compact=True))
            right.append(" ")
        room = max(0, width - right.cell_len)
        line, places, cut, x = Text(no_wrap=True), [], [], 0
        for key, shown_as, label, enabled in keys:
            text = self._key_text(shown_as, label, enabled)
            if x + text.cell_len > room:
                cut.append(f"{key} {label}")
            if x < room:
                places.append((x, min(room, x + text.cell_len), key, enabled))
            line.append_text(text)
            x += text.cell_len
        line.truncate(room, pad=True)
        if palette is not None:
            places.append((room + 1, width, palette[0], palette[3]))
        line.append_text(right)
        self.places, self.cut = places, cut
        return line

    def on_mouse_down(self, event: events.MouseDown) -> None:
        for start, end, key, enabled in self.places:
            if start <= event.x < end:
                if enabled:
                    self.app.simulate_key(key)
                else:
                    self.app.bell()
                return

