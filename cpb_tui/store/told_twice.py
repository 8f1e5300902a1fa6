"""A task an item's decisions tell twice: word for word ("The Committee agreed that the officer should write ..." then
"RESOLVED that the officer write ..."), or first in fewer words and then more fully. `action_log` keeps one of each."""

from __future__ import annotations

import re


def said_before(candidate, found) -> bool:
    """A task another clause of the item already set: word for word (the decision said twice, "The Committee agreed that the
    officer should write ..." then "RESOLVED that the officer write ..."), or as the start of a fuller telling by the same
    doers."""
    key = " ".join(candidate.text.lower().split())
    words = _words_of(candidate.text)
    return any(key == " ".join(other.text.lower().split()) or other.owners == candidate.owners and 6 <= len(words) < len(_words_of(other.text))
               and _words_of(other.text)[: len(words)] == words for _, other, _, _ in found)


def _words_of(text: str) -> list[str]:
    return re.findall(r"[a-z0-9\u00a3]+", text.lower())


def said_shorter(candidate, found) -> int | None:
    """Where in `found` the same doers' task was told in fewer words that the candidate's begin with ("... to book a
    site visit to the quarry", then "... to book a site visit to the quarry with the ward members"): one task."""
    words = _words_of(candidate.text)
    for position, (_, other, _, _) in enumerate(found):
        shorter = _words_of(other.text)
        if other.owners == candidate.owners and 6 <= len(shorter) < len(words) and words[: len(shorter)] == shorter:
            return position
    return None
