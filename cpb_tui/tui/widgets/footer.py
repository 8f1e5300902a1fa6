"""A footer that is rebuilt only when the keys it shows change.

Textual's `Footer` recomposes (removes and mounts every key widget) whenever the screen's
bindings are signalled as updated, which happens on every change of focus. Switching a tab
moves the focus, so each switch paid for two rebuilds of the footer (about 150 ms on the
40-item meeting, bench/tui_latency.py) though the keys shown stayed the same.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer as TextualFooter


def shown_keys(screen: Screen) -> tuple:
    """What the footer would show for `screen`: each shown binding's key, label, action and state."""
    return tuple(
        (binding.key, binding.description, binding.action, enabled, tooltip)
        for (_, binding, enabled, tooltip) in screen.active_bindings.values()
        if binding.show
    )


class Footer(TextualFooter):
    """Textual's footer, rebuilt only when what it shows changes."""

    _shown: tuple | None = None

    def bindings_changed(self, screen: Screen) -> None:
        if self.is_attached and screen is self.screen and screen.app.app_focus:
            shown = shown_keys(screen)
            if shown == self._shown:
                self._bindings_ready = True
                return
            self._shown = shown
        super().bindings_changed(screen)
