"""Each screen's own stylesheet, parsed when the screen is first made rather than at start-up.

The app's stylesheet (app.tcss) holds the rules the screens share and the home screen's; a
screen's own (meeting.tcss, action_log.tcss, search.tcss, brief.tcss) are added to the app's
stylesheet the first time that screen is made. Textual's `Screen.CSS_PATH` would do the same,
but it parses every source again and restyles every widget on screen when a screen's file is
first loaded; adding the source parses only the new file (the others come from the
stylesheet's cache), before any of the screen's widgets is styled.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import App


def use_rules(app: App, name: str) -> None:
    """Add tui/NAME.tcss to `app`'s stylesheet, once."""
    path = Path(__file__).with_name(f"{name}.tcss").resolve()
    if not app.stylesheet.has_source(str(path), ""):
        app.stylesheet.read(path)
        app.stylesheet.parse()
