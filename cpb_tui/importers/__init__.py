"""Importers: files in, `DocumentRecord`s out. Pure functions; nothing here touches the store.

The names below come from `reader.py`, imported when one is first asked for, so a module that
needs only a helper (`cpb read` uses `layout.escape_markdown`, the CLI `dates`) does not load
the whole reader (hashlib, the table finders) with the package.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cpb_tui.importers.reader import ImportProblem, load, parse_text, read_source

__all__ = ["ImportProblem", "load", "parse_text", "read_source"]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module("cpb_tui.importers.reader"), name)
    globals()[name] = value
    return value
