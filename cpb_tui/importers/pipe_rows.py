"""Minutes kept in a table and saved with its cell bars: "2. | Election of Chairman:" ... "unopposed. |", an agenda kept as a
Markdown table ("| 01 | Apologies | Councillors Ash and Birch |"), and a community council's rows whose action column stands
on a line of its own ("Cllr Moray |" under the row that gives him the task)."""

from __future__ import annotations

import re

_PIPE_ROW = re.compile(r"^[ \t]{0,10}(?P<bar>\|[ \t]{0,10})?(?P<number>\d{1,3}(?:\.\d{1,2})?[.)]?|[A-Z]{0,4}\d{1,4}/\d{2,4})[ \t]{0,10}\|(?P<rest>.*)$")
# a cell that is a sum or a count: "| 1 | Anglian Water | 45.20 |" is a payment, not an agenda item
_FIGURE_CELL = re.compile(r"^[£$\u20ac]?\s*-?[\d,]+(?:\.\d{1,2})?\s*$")
# a table's action column, run onto a line of its own: who acts ("Secretary", "Cllr Moray", "Chair", "Cllr Moray Secretary")
_ACTION_CELL = re.compile(r"(?:(?:Cllrs?\.?\s+[A-Z][\w'\u2019-]+|Councillor\s+[A-Z][\w'\u2019-]+|Secretary|Chair(?:man|person)?|Clerk|Treasurer|RFO|[A-Z]{2,3})(?:\s*(?:,|&|and|/)\s*|\s+|$)){1,4}")
_TASK_WORDS = re.compile(r"\b(?:to\s+[a-z]+|will\s+[a-z]+|should\s+be|held\s+over|be\s+[a-z]+ed)\b")


def _pipe_row(line: str) -> tuple[str, str, str] | None:
    """A numbered row of a table saved with its bars: its number, its first cell and the cells after it."""
    row = _PIPE_ROW.match(line)
    if row is None:
        return None
    cells = [cell.strip() for cell in row.group("rest").strip(" \t|").split("|")]
    if row.group("bar") and any(_FIGURE_CELL.match(cell) for cell in cells[1:] if cell):
        return None
    return row.group("number"), cells[0], " ".join(cell for cell in cells[1:] if cell)


def pipe_rows(lines: list[str]) -> list[str]:
    """Minutes kept in a two-column table and saved with its cell bars ("2. | Election of
    Chairman:" ... "unopposed. |"), and an agenda kept as a Markdown table ("| 01 | Apologies |
    Councillors Ash and Birch |"): the number and its title, the rest of the row on a line of its own."""
    if sum(1 for line in lines if _pipe_row(line)) < 2:
        return lines
    from cpb_tui.importers.tracker import _named_enough  # (a tracker's table keeps its rows: the tracker reads them)

    if any(line.count("|") >= 2 and _named_enough([c.strip() for c in line.strip().strip("|").split("|")]) for line in lines[:200]):
        return lines  # (with its outer bars or without: "Ref | Action | Owner | Due | Status")
    out = []
    for line in lines:
        row = _pipe_row(line)
        if row:
            number, title, rest = row
            out.append(f"{number} {title}".rstrip())
            if rest:
                out.append(rest)
            continue
        cell = re.sub(r"\s+\|\s*$", "", line)
        task = next((i for i in range(len(out) - 1, max(-1, len(out) - 3), -1) if out[i].strip()), None)
        if _ACTION_CELL.fullmatch(cell.strip()) and task is not None and _TASK_WORDS.search(out[task]) and "(Action:" not in out[task]:
            # "Cllr Moray to check ... |" over "Cllr Moray |": the row's action column, who does it
            out[task] = f"{out[task].rstrip()} (Action: {cell.strip()})"
            continue
        out.append("" if re.fullmatch(r"\s*[a-h]\s*\|?\s*", line) else cell)  # ("b |": the next point's letter, a paragraph's break)
    return out
