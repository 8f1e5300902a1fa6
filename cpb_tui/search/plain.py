"""Plain text for the search index: Markdown escapes undone, whitespace collapsed.

Characters from Unicode's private-use area are dropped, so the markers the index puts
around matched words (`highlight.MARK_START` / `MARK_END`) can only ever come from the
index, never from a document.
"""

from __future__ import annotations

import re

# CommonMark lets any ASCII punctuation be escaped with a backslash; the importers escape some.
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def plain_text(markdown: str | None) -> str:
    """The words of a Markdown (or plain) text on one line, as the index stores them."""
    if not markdown:
        return ""
    text = _ESCAPED.sub(r"\1", markdown)
    text = _PRIVATE_USE.sub(" ", text)
    text = _CONTROL.sub(" ", text)
    return " ".join(text.split())
