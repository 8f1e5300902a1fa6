"""The garbage collector, tuned for an app that loads once and then answers keys.

Measured with bench/tui_latency.py (figures in docs/benchmarks.md): with Python's defaults a
full collection (generation 2) ran every few key presses on the 40-item meeting and took
0.2-0.5 s, so p95 of `n` and of a tab switch was several hundred milliseconds. Freezing the
start-up objects alone made full collections smaller but not rare. So:

- `before_imports` and `after_imports` (around the app module's imports) run no collection
  while Textual and the screens load, and freeze what they made;
- `prepare` (at start) sets the thresholds: young collections every 10,000 allocations
  (fewer, still small) and no automatic full collection while keys are coming (the third
  threshold is far out of reach of a session's key presses);
- `settle` (once the first screen is drawn) freezes what start-up made, so no later
  collection scans it, and starts `collect_when_quiet`: once no key or mouse event has come
  for `QUIET_SECONDS`, the full collection runs then, while the reader reads, if any young
  collection has happened since the last one.
"""

from __future__ import annotations

import gc
import time
from typing import Any

THRESHOLDS = (10_000, 10, 1_000)
"""The collector's generation thresholds while the app runs (Python's are 700, 10, 10)."""

QUIET_SECONDS = 2.0
"""How long without input before the full collection runs."""

_settled = False
_last_input = 0.0


def before_imports() -> bool:
    """Before the app's modules are imported: no collection while they load; whether it was on."""
    enabled = gc.isenabled()
    gc.disable()
    return enabled


def after_imports(enabled: bool) -> None:
    """Once they are: what importing made is kept out of every collection (modules, classes and
    functions live as long as the process), and collection is as it was."""
    gc.freeze()
    if enabled:
        gc.enable()


def prepare() -> None:
    """At start: collect young objects less often, and old ones only when the app is quiet."""
    gc.set_threshold(*THRESHOLDS)


def note_input() -> None:
    """A key or mouse event arrived (the app calls this for every input event)."""
    global _last_input
    _last_input = time.monotonic()


def settle(app: Any = None) -> None:
    """Once the first screen is drawn: keep start-up's objects out of every later collection, and collect when quiet (once a process)."""
    global _settled
    if _settled:
        return
    _settled = True
    gc.freeze()
    if app is not None:
        app.set_interval(QUIET_SECONDS, collect_when_quiet)


def collect_when_quiet() -> bool:
    """Run a full collection if no input came for `QUIET_SECONDS` and anything reached the old generation since the last one."""
    if time.monotonic() - _last_input < QUIET_SECONDS or gc.get_count()[2] == 0:
        return False
    gc.collect()
    return True
