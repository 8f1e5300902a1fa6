"""Scoring whether two items continue the same business, and whether a later item delivers an action.

Titles are reduced to their distinctive words (years, "update", "annual", "(deferred from
...)" and the like removed), and compared word by word, with small spelling differences
allowed (rapidfuzz), each word weighted by how rare it is among the committee's titles: two
items that share "unaccompanied" say more than two that share "children". A follow-up's score
also weighs the words of the action itself, the full-text rank (FTS5 bm25) of the candidate's
text against the action, and when the candidate came relative to the due meeting.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from cpb_tui.domain.text import fold
from cpb_tui.domain.text import is_procedural as _is_procedural

# Titles recur across a committee's history: each is judged procedural once.
is_procedural = lru_cache(maxsize=50_000)(_is_procedural)

# A suggested follow-up at or above this score is strong enough to show as "to confirm".
DEFAULT_THRESHOLD = 0.6
# Two items at or above this score are linked into one topic (chosen on tests/fixtures/item_pairs.tsv).
TOPIC_THRESHOLD = 0.65
# A follow-up is a stronger claim than a topic: continuing the origin's business counts as
# evidence for it only from this score.
FOLLOWUP_TOPIC_THRESHOLD = 0.75
# Below this a candidate is not worth recording at all.
RECORD_FLOOR = 0.3

_STOP = {
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with", "its",
    "this", "that", "be", "is", "are", "was", "were", "will", "their", "our", "all", "any", "each", "within",
}
# Words that say what kind of paper it is, or when, rather than what business it is about.
_FORM = {
    "update", "updates", "progress", "report", "reports", "annual", "interim", "final", "draft", "review", "outcome",
    "six", "month", "months", "monthly", "year", "yearly", "quarter", "quarterly", "further", "verbal", "presentation",
    "briefing", "item", "paper", "deferred", "revised", "refresh", "new", "latest", "summary", "overview", "next",
    "meeting", "requests", "request", "requested", "bring", "brought",
    "provide", "report", "back", "officers", "members", "on", "about", "regarding",
}
_BRACKETED = re.compile(r"\((?:deferred|to include|including|part ii|exempt)[^)]*\)", re.IGNORECASE)
_YEARS = re.compile(r"\b(19|20)\d\d(?:\s*[/-]\s*\d{2,4})?\b|\bq[1-4]\b|\b\d+\b")
_WORD = re.compile(r"[a-z][a-z'-]*")


def words(title: str) -> list[str]:
    """The distinctive words of a title, in order."""
    return list(_words(title))


@lru_cache(maxsize=50_000)
def _words(title: str) -> tuple[str, ...]:
    text = fold(_BRACKETED.sub(" ", title))
    text = _YEARS.sub(" ", text)
    out = []
    for word in _WORD.findall(text):
        word = word.strip("'-")
        if len(word) < 3 or word in _STOP or word in _FORM:
            continue
        out.append(word)
    return tuple(out)


@lru_cache(maxsize=200_000)
def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    if a[:3] != b[:3]:
        return False
    return fuzz.ratio(a, b) >= 85  # placement / placements, fee / fees, fostering / foster


class TitleMatcher:
    """Compares titles with each word weighted by its rarity among a committee's titles."""

    def __init__(self, corpus: list[str]) -> None:
        self.documents = max(1, len(corpus))
        self.frequency: Counter[str] = Counter()
        for title in corpus:
            self.frequency.update(set(words(title)))
        self._weights: dict[str, float] = {}  # each word's weight, computed once (the counts are not changed after)

    @classmethod
    def from_counts(cls, frequency: dict[str, int], documents: int) -> "TitleMatcher":
        """A matcher from counts kept elsewhere: in how many titles each word is, and how many titles."""
        matcher = cls([])
        matcher.documents = max(1, documents)
        matcher.frequency = Counter(frequency)
        return matcher

    def weight(self, word: str) -> float:
        """Inverse document frequency, smoothed: common words count for little."""
        found = self._weights.get(word)
        if found is None:
            found = self._weights[word] = math.log((self.documents + 1) / (self.frequency.get(word, 0) + 0.5))
        return found

    def overlap(self, a: list[str], b: list[str]) -> float:
        """How much of each title the other covers, by weight; the lesser of the two (0..1).

        Both ways on purpose: "Children in Care Annual Report" and "Health of Children in Care
        Annual Report" share every word of the first, but "health" is the business of the
        second and the first does not cover it.
        """
        if not a or not b:
            return 0.0
        covered_a = sum(self.weight(w) for w in set(a) if any(_same_word(w, o) for o in b)) / self._mass(a)
        covered_b = sum(self.weight(w) for w in set(b) if any(_same_word(w, o) for o in a)) / self._mass(b)
        ratio = min(covered_a, covered_b)
        # One shared word is thin evidence unless it is all either title has.
        if min(len(set(a)), len(set(b))) == 1:
            ratio *= 0.85
        return ratio

    def _mass(self, items: list[str]) -> float:
        return sum(self.weight(w) for w in set(items)) or 1.0

    def score(self, a_titles: list[str], b_titles: list[str]) -> float:
        """The best match between any title of one item (agenda, report) and any of the other."""
        best = 0.0
        for a in a_titles:
            if not a or is_procedural(a):
                continue
            for b in b_titles:
                if not b or is_procedural(b):
                    continue
                wa, wb = words(a), words(b)
                if not wa or not wb:
                    continue
                overlap = self.overlap(wa, wb)
                shape = fuzz.token_sort_ratio(" ".join(wa), " ".join(wb)) / 100
                best = max(best, 0.9 * overlap + 0.1 * shape)
        return round(best, 3)


@dataclass
class Candidate:
    """A later item that might deliver an action, with what is known about it."""

    item_id: int
    meeting_date: dt.date
    titles: list[str]
    text_rank: float = 0.0
    """The item's full-text match with the action, 0..1 (bm25, scaled to the best candidate)."""
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)


def score_followup(
    matcher: TitleMatcher,
    origin_titles: list[str],
    action_text: str,
    kind: str,
    due_meeting: dt.date | None,
    due_date: dt.date | None,
    candidate: Candidate,
    text_weights: "TextWeights | None" = None,
) -> Candidate:
    """Score one candidate for one action, with the reasons a clerk can check."""
    topic = matcher.score(origin_titles, candidate.titles)
    # Continuing the origin's business is evidence only when it is the same business.
    topic_evidence = topic if topic >= FOLLOWUP_TOPIC_THRESHOLD else topic * 0.5
    subject = _subject_match(text_weights or matcher, words(action_text), candidate.titles)
    timing, when = _timing(candidate.meeting_date, due_meeting, due_date)
    title_part = max(topic_evidence, subject)
    if kind in ("send", "do", "commitment"):
        # Things sent or done rarely get an agenda item of their own; the chair's announcements
        # or members' feedback may say so. Elsewhere, shared words are only a hint.
        reporting = any(re.search(r"announcement|feedback|matters arising|update from", t, re.IGNORECASE) for t in candidate.titles)
        base = max(title_part * 0.8, candidate.text_rank * (0.7 if reporting else 0.35))
    else:
        base = title_part + 0.1 * candidate.text_rank
    score = min(1.0, base * (0.7 + 0.3 * timing))
    reasons = []
    best_title = candidate.titles[0] if candidate.titles else ""
    if topic >= FOLLOWUP_TOPIC_THRESHOLD:
        reasons.append(f"title matches the origin item ({topic:.2f}): '{best_title}'")
    if subject >= 0.5:
        reasons.append(f"title matches the action's words ({subject:.2f})")
    if candidate.text_rank >= 0.3:
        reasons.append(f"text matches the action ({candidate.text_rank:.2f})")
    reasons.append(when)
    candidate.score = round(score, 3)
    candidate.reasons = reasons
    return candidate


class TextWeights:
    """Word weights from how many items' full text use each word (the FTS vocabulary)."""

    def __init__(self, frequencies: dict[str, int], documents: int) -> None:
        self.frequencies = frequencies
        self.documents = max(1, documents)
        self._weights: dict[str, float] = {}

    def weight(self, word: str) -> float:
        found = self._weights.get(word)
        if found is None:
            found = self._weights[word] = math.log((self.documents + 1) / (self.frequencies.get(word, 0) + 0.5))
        return found

    def mass(self, items: list[str]) -> float:
        return sum(self.weight(w) for w in set(items)) or 1.0


def _subject_match(weights: "TextWeights | TitleMatcher", action_words: list[str], titles: list[str]) -> float:
    """How well a candidate's title names what the action asks about.

    The geometric mean of two coverages: of the title by the action's words, and of the
    action's words by the title, each word weighted by its rarity in the items' text. A title
    of common words ("Children in Care Annual Report") covered by a request about waiting
    times scores low on the second; a request's rare subject ("apprenticeship") missing from
    a title that shares its common words ("Care Leavers Local Offer") does too.
    """
    best = 0.0
    if not action_words:
        return best
    mass = weights.mass if isinstance(weights, TextWeights) else weights._mass
    action_mass = mass(action_words)
    for title in titles:
        title_words = words(title)
        if not title_words or is_procedural(title):
            continue
        title_covered = sum(weights.weight(w) for w in set(title_words) if any(_same_word(w, a) for a in action_words))
        action_covered = sum(weights.weight(w) for w in set(action_words) if any(_same_word(w, t) for t in title_words))
        value = math.sqrt((title_covered / mass(title_words)) * (action_covered / action_mass))
        best = max(best, value)
    return best


def _timing(date: dt.date, due_meeting: dt.date | None, due_date: dt.date | None) -> tuple[float, str]:
    """1.0 at the due meeting, less before or long after it."""
    from cpb_tui.domain.models import format_date

    if due_meeting is not None:
        if date == due_meeting:
            return 1.0, f"at the due meeting, {format_date(date)}"
        if date < due_meeting:
            return 0.6, f"before the due meeting ({format_date(date)})"
        late = (date - due_meeting).days
        return max(0.3, 0.9 - late / 365), f"after the due meeting ({format_date(date)})"
    if due_date is not None:
        if date <= due_date:
            return 0.9, f"by the due date ({format_date(date)})"
        late = (date - due_date).days
        return max(0.3, 0.9 - late / 365), f"after the due date ({format_date(date)})"
    return 0.8, f"a later meeting ({format_date(date)})"


_TOKEN = re.compile(r"[^\W_]+")
# FTS5's bm25 constants, and the weight of an item's title against its text.
_K1, _B = 1.2, 0.75
TITLE_WEIGHT = 2.0


_ASCII_GAPS = bytes(c if 48 <= c <= 57 or 97 <= c <= 122 else 32 for c in range(256))
"""Every byte but a-z and 0-9 made a space."""


def text_terms(text: str) -> Counter[str]:
    """How often each word is in a text: lower case, accents folded, split at anything not a letter or digit."""
    folded = fold(text)
    if folded.isascii():
        # `_TOKEN`'s runs, in ASCII folded to lower case: a-z and 0-9. Cutting the bytes at every
        # other one takes a quarter of the pattern's time on a long item.
        return Counter(folded.encode("ascii").translate(_ASCII_GAPS).decode("ascii").split())
    return Counter(_TOKEN.findall(folded))


@dataclass(frozen=True)
class ItemText:
    """An item's text as word counts, per column (its title, and everything else)."""

    title: dict[str, int]
    body: dict[str, int]
    length: int

    def has(self, term: str) -> bool:
        return term in self.title or term in self.body


def text_ranks(
    terms: list[str], candidates: dict[int, ItemText], corpus: list[ItemText], hits: dict[str, int] | None = None
) -> dict[int, float]:
    """bm25 of the action's words against each candidate, with the corpus's statistics; scaled so the best is 1.

    The same formula as FTS5's `bm25(fts, 2.0, 1.0)` (k1 1.2, b 0.75, the title counting twice),
    over the corpus given rather than a whole table, so that a score depends only on the
    items it is about. `hits`, when given, holds how many of the corpus's items have each
    term (counted already by the caller); a term it lacks is counted here.
    """
    terms = [t for t in dict.fromkeys(terms) if t.isalpha()]
    if not terms or not candidates or not corpus:
        return {}
    rows = len(corpus)
    average = sum(item.length for item in corpus) / rows or 1.0
    idf = {}
    for term in terms:
        having = hits[term] if hits is not None and term in hits else sum(1 for item in corpus if item.has(term))
        value = math.log((rows - having + 0.5) / (having + 0.5))
        idf[term] = value if value > 0 else 1e-6
    raw: dict[int, float] = {}
    for item_id, item in candidates.items():
        score = 0.0
        matched = False
        for term in terms:
            frequency = TITLE_WEIGHT * item.title.get(term, 0) + item.body.get(term, 0)
            if frequency:
                matched = True
                score += idf[term] * frequency * (_K1 + 1) / (frequency + _K1 * (1 - _B + _B * item.length / average))
        if matched:
            raw[item_id] = score
    if not raw:
        return {}
    best = max(raw.values()) or 1.0
    # Scale by the best, but only as far as the match is good in itself: one stray word is not a match.
    return {item_id: max(0.0, value / best) * min(1.0, value / 8.0) for item_id, value in raw.items()}
