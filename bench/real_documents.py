"""Score an import of a folder of real council documents against labels that quote nothing.

Run: python bench/real_documents.py DIR [--split score|dev|all] [--verbose]

DIR holds the documents named in bench/real_documents/expected.json (rebuild it from
bench/real_documents/SOURCES.md; the texts are public pages and are never committed).
"""

from __future__ import annotations

import hashlib
import re

# Words that open a decision rather than belong to it ("Resolved - That ..."); labels such
# as "(ii)", "17.4" or "b." are dropped too, so a clause hashes the same however it is cut.
_OPENERS = {
    "resolved", "resolve", "that", "agreed", "decision", "decisions", "decided", "it", "was",
    "penderfynwyd", "cytunwyd", "penderfyniad",
}
_LABEL = re.compile(r"^(?:[ivxlc]{1,6}|\d{1,3}|[a-z])$")
_WHO = {"the", "committee", "board", "panel", "cabinet", "council", "sub", "members", "forum", "executive", "member"}


def clause_words(text: str) -> list[str]:
    """The clause's words, lower-cased, with its label and opening formula dropped."""
    words = re.findall(r"[a-z0-9]+", text.lower().replace("\u2019", "'"))
    # "The Committee resolved (to) ...", "It was agreed that ...": drop who resolved.
    for stop, word in enumerate(words[:6]):
        if word in ("resolved", "agreed", "decided", "penderfynwyd", "cytunwyd"):
            if all(w in _WHO or w in _OPENERS for w in words[:stop]):
                words = words[stop + 1 :]
            break
    while words and (words[0] in _OPENERS or _LABEL.match(words[0])):
        words = words[1:]
    return words


def clause_hash(text: str) -> str:
    """A short hash of a clause's first ten normalised words: checks a match without quoting it."""
    key = " ".join(clause_words(text)[:10])
    return hashlib.sha1(key.encode()).hexdigest()[:10]
