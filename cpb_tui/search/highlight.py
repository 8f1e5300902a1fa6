"""Matched words in a snippet, as character spans rather than markup.

The index wraps each match in two private-use characters (`MARK_START`, `MARK_END`) that the
indexed text can never contain (`plain.plain_text` drops that block of Unicode). Splitting
them out gives the plain text and where its highlights are; a view styles those spans itself
(a Rich `Text`, a Textual `Content`), so nothing in a document is ever read as markup.
"""

from __future__ import annotations

import re

MARK_START = "\ue000"
MARK_END = "\ue001"
ELLIPSIS = "\u2026"

Spans = tuple[tuple[int, int], ...]
_MARKS = re.compile(f"([{MARK_START}{MARK_END}])")


def split_marks(marked: str | None) -> tuple[str, Spans]:
    """The text without markers, and the [start, end) spans the markers enclosed (merged when they touch)."""
    if not marked:
        return "", ()
    if MARK_START not in marked and MARK_END not in marked:
        return marked, ()
    text: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    start: int | None = None
    for piece in _MARKS.split(marked):
        if piece == MARK_START:
            if start is None:
                start = length
        elif piece == MARK_END:
            if start is not None:
                _add(spans, start, length)
                start = None
        elif piece:
            text.append(piece)
            length += len(piece)
    if start is not None:
        _add(spans, start, length)
    return "".join(text), tuple(spans)


def _add(spans: list[tuple[int, int]], start: int, end: int) -> None:
    if end <= start:
        return
    if spans and spans[-1][1] >= start:
        spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
    else:
        spans.append((start, end))


def segments(text: str, spans: Spans) -> list[tuple[str, bool]]:
    """The text cut into (piece, highlighted) runs, in order, for views that append styled pieces."""
    pieces: list[tuple[str, bool]] = []
    at = 0
    for start, end in spans:
        start, end = max(start, at), min(end, len(text))
        if start >= end:
            continue
        if start > at:
            pieces.append((text[at:start], False))
        pieces.append((text[start:end], True))
        at = end
    if at < len(text):
        pieces.append((text[at:], False))
    return pieces
