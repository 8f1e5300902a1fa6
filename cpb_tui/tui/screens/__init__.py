"""The app's screens, each in its own module and imported when first used.

`from cpb_tui.tui.screens import MeetingScreen` still works: the name is looked up on first
use (PEP 562), so starting the app on its home screen loads no other screen's module.
"""

from __future__ import annotations

import importlib

_MODULES = {
    "ActionLogScreen": "action_log_screen",
    "BriefScreen": "brief_screen",
    "HelpScreen": "help_screen",
    "HomeScreen": "home_screen",
    "MeetingScreen": "meeting_screen",
}

__all__ = sorted(_MODULES)


def __getattr__(name: str):
    if name in _MODULES:
        return getattr(importlib.import_module(f"{__name__}.{_MODULES[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
