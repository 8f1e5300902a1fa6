"""Widgets the screens are built from; they are given data by their screen and never read the store.

Each is imported when first used (PEP 562), so a screen loads only the widgets it shows.
"""

from __future__ import annotations

import importlib

_MODULES = {"ActionTable": "action_table", "MeetingTable": "meeting_table", "TrailPanel": "trail_panel"}

__all__ = sorted(_MODULES)


def __getattr__(name: str):
    if name in _MODULES:
        return getattr(importlib.import_module(f"{__name__}.{_MODULES[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
