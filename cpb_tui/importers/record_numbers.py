"""Minute numbers printed at the head of each item's record, under headings numbered another way.

A parish numbers its agenda "1.", "2.", "3." while its minutes run on through the year: "3. To approve the minutes of
the last meeting" over "219. The minutes were approved as a true record."; a community council's "AGENDA ITEM 3 -
MINUTES" over "CL/55/25.07.16" on a line of its own. Each item keeps its agenda number and gains the minute's, where
three items or more open their record so, the minutes one after another and their references of one shape.
"""

from __future__ import annotations

import re
from dataclasses import replace

from cpb_tui.domain.models import ItemRecord

# "219. The minutes ...", "219) None", or a reference alone on its line, "CL/55/25.07.16", "PC/219" (as markdown keeps
# them: "219\\. ..."); never a sum, a date or a time ("12.30pm", "25/07/2016")
# (or after the agenda's words on the same line, "To receive apologies. 217. None")
_LEADING = re.compile(
    r"(?:^\s*|(?<=[.:?])\s+)(?P<n>\d{2,4})\\?[.)](?!\d)(?:\s+(?=\S)|\s*$)"
    r"|^\s*(?P<ref>[A-Z]{1,5}/?(?P<m>\d{1,4})(?:/[\w.()]{2,12})?)\s*$"
)


def with_record_numbers(items: list[ItemRecord]) -> list[ItemRecord]:
    """`items`, each whose record opens with a minute number of a running sequence given it as its minute number."""
    found: list[tuple[int, int, str]] = []
    last: list[int] = []  # per item found, the last minute its record opens with (an unnumbered item may hold two: "215.", "216.")
    for at, item in enumerate(items):
        if item.minute_number and item.minute_number != item.number and item.minute_number.isdigit():
            found.append((at, int(item.minute_number), item.minute_number))  # (paired with its heading already, `paired_minutes`)
            last.append(int(item.minute_number))
            continue
        lines = [line for line in (item.minutes or "").split("\n") if line.strip()]
        match = next((m for m in (_LEADING.search(line) for line in lines[:3]) if m), None)
        if match:
            number = int(match.group("n") or match.group("m"))
            found.append((at, number, match.group("ref") or str(number)))
            last.append(_last_in_run(lines[:8], number) if not item.number else number)
    numbers = [number for _, number, _ in found]
    # (a minute each, one after another: never a payments list's vouchers, "101." to "105.", nor planning references under
    # their headings, "DC/0412/FUL", "DC/0415/HH", whose shapes differ; a reference's shape is the same each time)
    shapes = {re.sub(r"\d{1,4}", "#", printed, count=1) for _, _, printed in found}
    if len(found) < 3 or any(later - earlier != 1 for earlier, later in zip(last, numbers[1:])) or len(shapes) > 1:
        return items
    # (the agenda's own numbers over its points, "3." then "3. The minutes ...", are no other sequence)
    if any(printed == (items[at].number or "").rstrip(".") for at, _, printed in found):
        return items
    out = list(items)
    for at, _, printed in found:
        out[at] = replace(out[at], minute_number=printed) if out[at].minute_number != printed else out[at]
    return out


def _last_in_run(lines: list[str], first: int) -> int:
    """The last of the minutes running on from `first` at the head of lines of one record ("215. Good evening ..." then
    "216. None", under the unnumbered "Public Forum")."""
    number = first
    for line in lines:
        match = _LEADING.search(line)
        if match and match.group("n") and int(match.group("n")) == number + 1:
            number += 1
    return number
