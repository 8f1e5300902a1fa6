"""What a search returns: its hits and how the query was read.

Apart from `domain/models.py` so that `cpb search`, a whole process each time, imports these
two classes and not the whole domain (models.py re-exports them).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class SearchHit:
    """A passage that matches a search: where it stands, and its words around the match.

    Text fields are plain text; `highlights` and `heading_highlights` are [start, end)
    character spans of the matched words, for a view to style (never markup).
    """

    kind: str
    """item (title and purpose) / minutes / report (a section) / resolution / action."""
    id: int
    """The passage's row in its own table: items (item, minutes), sections, resolutions, actions."""
    item_id: int | None
    meeting_id: int | None
    meeting_date: dt.date | None
    committee: str | None
    item_number: str | None
    item_title: str | None
    heading: str
    """The passage's own heading: an item's title, a section's number and heading; else ""."""
    heading_highlights: tuple[tuple[int, int], ...]
    snippet: str
    """Words around the best match, with "…" where text was cut."""
    highlights: tuple[tuple[int, int], ...]
    score: float
    """Higher is better: bm25 weighted slightly towards recent meetings."""
    exempt: bool = False
    """From an exempt (Part II) item: private, never exported."""
    document_title: str | None = None
    """A report section's report."""
    clause_label: str | None = None
    """A resolution's clause label ("ii")."""
    status: str | None = None
    """An action's status (open / done / dropped)."""


@dataclass(frozen=True)
class SearchOutcome:
    """The hits of a search, best first, with hints about how the query was read."""

    hits: tuple[SearchHit, ...]
    hints: tuple[str, ...] = ()
    """One line each: what was ignored or how something was read."""
    capped: bool = False
    """Some matches were left unranked. Never today: every match is ranked (store/ranking.py), but
    whatever ever cuts the ranking short sets this, and the CLI and the app say so."""
