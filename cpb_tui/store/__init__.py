"""The SQLite store: the only place that runs SQL."""

from cpb_tui.store.db import StoreBusy, StoreDamaged, StoreError, open_db
from cpb_tui.store.repository import Store

__all__ = ["Store", "StoreBusy", "StoreDamaged", "StoreError", "open_db"]
