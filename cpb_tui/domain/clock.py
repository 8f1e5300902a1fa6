"""Today's date, in one place, so tests and screenshots can pin it."""

from __future__ import annotations

import datetime as dt


def today() -> dt.date:
    """The local date."""
    return dt.date.today()
