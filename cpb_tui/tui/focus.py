"""Where the reader opens: an item, one of its tabs, and the section, clause or action to highlight.

Search results, the palette and the Topic tab each name what was chosen; the meeting screen
opens on it (`MeetingScreen(..., focus=...)`) rather than on the Report tab whatever was chosen.
"""

from __future__ import annotations

from dataclasses import dataclass

from cpb_tui.domain.search_results import SearchHit

HIT_TABS = {"item": None, "report": "report", "minutes": "minutes", "resolution": "resolutions", "action": "actions"}
"""The tab that shows each kind of search passage."""


@dataclass(frozen=True)
class ReaderFocus:
    """An item of a meeting, the tab to open on, and the row to highlight there."""

    item_id: int
    tab: str | None = None
    """None: the tab that has something to read (the Report, else the Minutes, else the Resolutions)."""
    row_id: int | None = None
    """On the Report tab a section's id; on Resolutions a resolution's; on Actions an action's."""


def focus_for_hit(hit: SearchHit) -> ReaderFocus | None:
    """Where a search result opens: its item, on the tab of its kind, at its section, clause or action."""
    if hit.item_id is None:
        return None
    tab = HIT_TABS.get(hit.kind)
    return ReaderFocus(hit.item_id, tab, hit.id if hit.kind in ("report", "resolution", "action") else None)
