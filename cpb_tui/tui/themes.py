"""cpb's own themes: a high-contrast one for low vision and bright rooms."""

from __future__ import annotations

from textual.theme import Theme

HIGH_CONTRAST = Theme(
    name="cpb-high-contrast",
    primary="#ffff00",
    secondary="#00ffff",
    accent="#ffff00",
    foreground="#ffffff",
    background="#000000",
    surface="#000000",
    panel="#1a1a1a",
    success="#00ff00",
    warning="#ffaa00",
    error="#ff5555",
    dark=True,
    variables={
        "text-muted": "#e0e0e0",
        "block-cursor-background": "#ffff00",
        "block-cursor-foreground": "#000000",
        "footer-key-foreground": "#ffff00",
    },
)

THEMES = [HIGH_CONTRAST]
