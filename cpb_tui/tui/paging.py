"""Long Markdown cut into pieces a screen can render without a stall.

A section of a report can be 200 KB (an appendix pasted whole); rendering it as one
Markdown took 0.4 s on the event loop. `split_markdown` cuts a text at block boundaries
(blank lines outside fenced code and tables) into pieces of about `limit` characters, so the screen
renders the first and mounts the rest one at a time as the reader scrolls toward them
(`cpb_tui.tui.widgets.paged_scroll`). Joined with blank lines, the pieces give back every
block of the text, in order.
"""

from __future__ import annotations

import re

FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
TABLE_OPEN, TABLE_CLOSE = "<!-- cpb:table ", "<!-- /cpb:table -->"
"""A table block (domain/tables.py): kept whole in one piece, like fenced code."""


def _blocks(source: str) -> list[str]:
    """The text's blocks: runs of lines between blank lines, a fenced block or a table block kept whole."""
    blocks: list[str] = []
    current: list[str] = []
    fence: str | None = None
    for line in source.split("\n"):
        opening = FENCE.match(line)
        if fence is None and line.startswith(TABLE_OPEN):
            fence = TABLE_OPEN
        elif fence == TABLE_OPEN:
            if line.startswith(TABLE_CLOSE):
                fence = None
            opening = None
        elif fence is None and opening:
            fence = opening.group(1)[0]
        elif fence is not None and opening and opening.group(1)[0] == fence:
            fence = None
        if fence is None and not line.strip() and not opening:
            if current:
                blocks.append("\n".join(current))
                current = []
            continue
        current.append(line)
    if current:
        blocks.append("\n".join(current))
    return blocks


def _cut(block: str, limit: int) -> list[str]:
    """A block longer than `limit`, cut at line ends, else at spaces, else anywhere."""
    parts: list[str] = []
    while len(block) > limit:
        at = block.rfind("\n", limit // 2, limit)
        if at < 0:
            at = block.rfind(" ", limit // 2, limit)
        if at < 0:
            at = limit
        parts.append(block[:at])
        block = block[at:].lstrip("\n ")
    if block:
        parts.append(block)
    return parts


def split_markdown(source: str, limit: int) -> list[str]:
    """`source` in pieces of at most about `limit` characters, cut between blocks where it can be."""
    if len(source) <= limit:
        return [source]
    pieces: list[str] = []
    current: list[str] = []
    used = 0
    for block in _blocks(source):
        whole = block.startswith(TABLE_OPEN)  # a table is never cut (its piece may be longer); a long fence is
        for part in _cut(block, limit) if len(block) > limit and not whole else [block]:
            if current and used + len(part) > limit:
                pieces.append("\n\n".join(current))
                current, used = [], 0
            current.append(part)
            used += len(part) + 2
    if current:
        pieces.append("\n\n".join(current))
    return pieces or [""]
