"""A minutes page kept as an "Item Description Decision" table whose item and description cells were lost: its decision
cells, each an item."""

from __future__ import annotations

import re

from cpb_tui.importers.numbering import Heading
from cpb_tui.importers.titles import tidy_title

_DECISION_COLUMNS = re.compile(r"^\s*\|?\s*Item\s*\|?\s*Description\s*\|?\s*Decisions?\s*\|?\s*$", re.IGNORECASE)
_CELL_LABEL = re.compile(r"^\s*(?P<n>\d{1,2})[.)]\s+\S")


def decision_cells(lines: list[str]) -> list[Heading]:
    """A minutes page kept as an "Item Description Decision" table whose item and description
    cells were lost: each decision cell left is an item of its own (no number, titled by its
    opening words). A cell opens at "RESOLVED", at a list that starts again at "1." (unless a
    lead-in ending ":" introduces it), or at a paragraph after a finished one that continues no list."""
    start = next((i for i, line in enumerate(lines[:80]) if _DECISION_COLUMNS.match(line)), None)
    if start is None:
        return []
    cells: list[int] = []
    previous, gap = "", False
    for index in range(start + 1, len(lines)):
        line = lines[index].strip()
        if not line:
            gap = True
            continue
        label = _CELL_LABEL.match(line)
        opens = (
            not cells
            or re.match(r"^RESOLVED\b", line)
            or label and label.group("n") == "1" and not previous.endswith(":")
            or gap and not label and previous.endswith(".") and not re.match(r"^[a-z(]", line)
        )
        if opens:
            cells.append(index)
        previous, gap = line, False
    if len(cells) < 2:
        return []
    found = []
    for index in cells:
        text = re.sub(r"^\s*(?:RESOLVED\s+(?:that\s+)?|\d{1,2}[.)]\s+)", "", lines[index].strip())
        words = text.split()
        title = " ".join(words[:10]).rstrip(" .,;:") + (" \u2026" if len(words) > 10 else "")
        found.append(Heading(index, index, "", 0, tidy_title(title[:1].upper() + title[1:]), "cell", 1.0))
    return found
