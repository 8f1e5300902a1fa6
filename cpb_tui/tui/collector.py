"""The garbage collector, tuned for an app that loads once and then answers keys.

Measured with bench/tui_latency.py (figures in docs/benchmarks.md): with Python's defaults,
about one key press in twelve paid for a full collection over every object the app holds
(Textual's, Rich's, the modules', the store's), 150-230 ms. Two changes:

- `prepare` (at start) raises the youngest generation's threshold: fewer collections while
  the app builds its screens, each still small.
- `settle` (once the first screen is up) freezes what start-up made: those objects move to
  a permanent generation that no later collection scans, so a full collection covers only
  what has been made since (the open meeting's widgets and data).
"""

from __future__ import annotations

import gc

THRESHOLDS = (10_000, 10, 10)
"""The collector's generation thresholds while the app runs (Python's are 700, 10, 10)."""

_settled = False


def prepare() -> None:
    """At start: collect young objects less often."""
    gc.set_threshold(*THRESHOLDS)


def settle() -> None:
    """Once the first screen is drawn: keep start-up's objects out of every later collection (once a process)."""
    global _settled
    if _settled:
        return
    _settled = True
    gc.freeze()
