"""Plain text for the search index: one line of words, with no markup and no markers.

Characters from Unicode's private-use area are dropped, so the markers the index puts
around matched words (`highlight.MARK_START` / `MARK_END`) can only ever come from the
index, never from a document.
"""

from __future__ import annotations

import re
import unicodedata

from cpb_tui.search.query import TAG_PREFIX

# The importers escape every Markdown character of document text with a backslash, so an
# unescaped one is the importers' own markup: emphasis (**8.**), bullets, headings.
# An escape, a run of *, _ or `, or a bullet or heading marker at the start of a line: as
# r"\\([!-/:-@\[-`{-~])|[*_`]+|^[ \t]*(?:[-+*]|#{1,6})[ \t]+" (re.MULTILINE) says, found faster.
# Every alternative opens with a character of its own ("[*_`]+" spelled as three), so `re` skips
# the text between them by that character alone, rather than trying the start of a line at every
# position; a marker is found from the newline before it (kept; the text is given one in front).
# The text differs from that pattern's only in spaces and tabs after a newline, which `plain_text`
# drops (`tests/test_fast_paths.py` compares the two).
_MARKUP = re.compile(r"\\([!-/:-@\[-`{-~])|\*[*_`]*|_[*_`]*|`[*_`]*|(\n)[ \t]*(?:[-+*]|#{1,6})[ \t]+")
_UNWANTED = re.compile("[\x00-\x08\x0b-\x1f\x7f\ue000-\uf8ff\U000f0000-\U0010ffff]")
# Words the index keeps for its filter tags (query.TAG_PREFIX) never come from a document.
_RESERVED = re.compile(rf"(?i)(?<![^\W_]){TAG_PREFIX}[^\W_]*")
_WORD = re.compile(r"[^\W_]+")


def plain_text(text: str | None) -> str:
    """Plain text (titles, clauses, actions) on one line, as the index stores it."""
    if not text:
        return ""
    text = _UNWANTED.sub(" ", text)
    if TAG_PREFIX in text.lower():  # only Z, Q and X match the prefix's letters in any case: the rest need no look
        text = _RESERVED.sub(" ", text)
    if not text.isascii() and TAG_PREFIX[1:] in _fold(text):
        text = _WORD.sub(lambda m: " " if _fold(m.group()).startswith(TAG_PREFIX) else m.group(), text)
    return " ".join(text.split())


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def markdown_text(markdown: str | None) -> str:
    """The words of stored Markdown (sections, minutes) on one line: escapes undone, markup dropped."""
    if not markdown:
        return ""
    return plain_text(_MARKUP.sub(r"\1\2", "\n" + markdown))  # an escaped character kept, the markup dropped (an unmatched group is "")
