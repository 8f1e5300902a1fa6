"""The SQLite store: the only place that runs SQL.

`Store` and `open_db` are loaded when first asked for (PEP 562), so a command that only
searches (store/reader.py) never imports sqlite-utils and the writing half of the store.
"""

TYPE_CHECKING = False  # typing's own flag, without importing typing: `cpb search` never loads it (3-4 ms)

if TYPE_CHECKING:
    from typing import Any

from cpb_tui.store.schema import StoreBusy, StoreDamaged, StoreError

if TYPE_CHECKING:
    from cpb_tui.store.db import open_db
    from cpb_tui.store.repository import Store

__all__ = ["Store", "StoreBusy", "StoreDamaged", "StoreError", "open_db"]


def __getattr__(name: str) -> "Any":
    if name == "Store":
        from cpb_tui.store.repository import Store

        return Store
    if name == "open_db":
        from cpb_tui.store.db import open_db

        return open_db
    raise AttributeError(f"module 'cpb_tui.store' has no attribute {name!r}")
