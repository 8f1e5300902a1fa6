"""An action tracker whose table lost its cell borders on the way to text, a row a line with single spaces between cells:
"Action Action Owner Status Update" over "002 Planter sizing and costings NTB/KP Outstanding NTB issued options ...". Each
row opens with its key; the owners (initials, or a post such as "Clerk") stand just before its status word, and the update
after it. Read as the rows of a table, so the open ones become the item's tasks as any tracker's do.
"""

from __future__ import annotations

import re

# the header: the action and status columns, with an owner's, in one line of column names
_HEADER = re.compile(
    r"^\s*(?:(?:No\.?|Ref\.?|Item|Action)\s+)?Actions?\s+(?:Action\s+)?(?:Owner|Lead|Who|By)\s+(?:Due(?:\s+Date)?\s+)?Status(?:\s+(?:Update|Comments?|Notes|Progress))?\s*$",
    re.IGNORECASE,
)
_STATUS = r"(?i:Outstanding|In\s+progress|Open|Closed|Completed?|Ongoing|Not\s+started|On\s+hold|Done|Pending|Overdue|Carried\s+forward)"
_OWNER = r"(?:[A-Z]{2,4}|Clerk|Chair|RFO|All)(?:\s*[/&,]\s*(?:[A-Z]{2,4}|Clerk|Chair|RFO|All))*"
_ROW = re.compile(
    # (the last owner and status on the row: "031 Write to KCC Open Spaces team about verges AD Outstanding ...")
    rf"^\s*(?P<key>[A-Z]{{0,3}}\d{{1,4}}[a-z]?)\s+(?P<text>\S.*\S)\s+(?P<owner>{_OWNER})\s+(?P<status>{_STATUS})\b[\s:.-]*(?P<update>.*)$"
)


def spaced_rows(lines: list[str]) -> list[tuple[int, list[str]]] | None:
    """The tracker's header and rows, each (line number from 1, cells), or None where no such table stands."""
    for start, line in enumerate(lines):
        if len(line) > 120 or not _HEADER.match(line):
            continue
        rows: list[tuple[int, list[str]]] = [(start + 1, ["Ref", "Action", "Owner", "Status", "Update"])]
        for at in range(start + 1, len(lines)):
            if not lines[at].strip():
                continue
            row = _ROW.match(lines[at][:2000])
            if row is None and re.match(r"^\s*[A-Z]{0,3}\d{1,4}[a-z]?\s", lines[at]):
                continue  # (a keyed row this reading cannot split: the rows after it are read still)
            if row is None:
                break
            rows.append((at + 1, [row.group("key"), row.group("text"), row.group("owner"), row.group("status"), row.group("update").strip()]))
        if len(rows) >= 3:
            return rows
    return None
