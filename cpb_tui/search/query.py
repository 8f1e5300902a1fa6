"""The search box's language, turned into a safe FTS5 MATCH expression, filters and hints.

What people type: words (all must match), `"an exact phrase"`, `word*` for words that start
so, `-word` (or `NOT word`) to leave out, `OR` between alternatives (binding tighter than the
spaces between words: `fostering OR adoption allowance` wants either word, and `allowance`),
brackets to group, and filters `committee:`, `kind:`, `status:`, `before:`, `after:` and
`during:`. Anything else is read as words. `parse_query` never raises: every word reaches
FTS5 inside double quotes, so no quote, bracket, star or keyword in the input can be read
as FTS5 syntax; what cannot be used is dropped with a one-line hint saying so.

Pure functions over strings: the store resolves committee names and runs the expression.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
TYPE_CHECKING = False  # typing's own flag, without importing typing: `cpb search` never loads it (3-4 ms)
if TYPE_CHECKING:
    from typing import Callable  # noqa: F401 - named in the string annotation PrefixExpander below

KINDS = ("item", "minutes", "report", "resolution", "action")
"""What a passage can be: an agenda item (title and purpose), an item's minutes, a report
section, a resolution clause, an action."""
STATUSES = ("open", "done", "dropped")
FILTER_KEYS = ("committee", "kind", "status", "before", "after", "during")

MAX_QUERY_CHARS = 1000
MAX_TERMS = 32
MAX_DEPTH = 6

# The tags column holds filter tokens that all start with TAG_PREFIX; the index drops words
# that start so from the text, and the parser from queries, so a word never meets a tag and
# words need no (slower) column filter. Only a prefix that could reach a tag ("z*") gets one.
TAG_PREFIX = "zqx"
ALL_TAG = TAG_PREFIX + "all"
WORD_COLUMNS = "{title body}"

_KIND_WORDS = {
    "item": "item", "items": "item", "agenda": "item", "title": "item", "titles": "item",
    "minutes": "minutes", "minute": "minutes",
    "report": "report", "reports": "report", "section": "report", "sections": "report", "paper": "report", "papers": "report",
    "resolution": "resolution", "resolutions": "resolution", "resolved": "resolution",
    "decision": "resolution", "decisions": "resolution", "clause": "resolution", "clauses": "resolution",
    "action": "action", "actions": "action",
}
_STATUS_WORDS = {
    "open": ("open",), "opened": ("open",), "reopened": ("open",), "pending": ("open",),
    "done": ("done",), "closed": ("done", "dropped"), "complete": ("done",), "completed": ("done",),
    "dropped": ("dropped",), "drop": ("dropped",),
}
_DATE = re.compile(r"^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$")
_CONTROL = re.compile("[\x00-\x1f\x7f]")
_TOKEN = re.compile(r"[^\W_]+")

PrefixExpander = "Callable[[str], str | None]"  # for annotations only
"""Given a prefix (one word, folded), an FTS5 expression to search for instead, or None."""


def kind_tag(kind: str) -> str:
    """The token in the tags column that marks a passage's kind."""
    return f"{TAG_PREFIX}k{kind}"


def committee_tag(committee_id: int) -> str:
    """The token in the tags column that marks a passage's committee."""
    return f"{TAG_PREFIX}c{committee_id}"


@dataclass(frozen=True)
class SearchFilters:
    """What narrows a search besides its words; None or empty means no restriction."""

    kinds: frozenset[str] | None = None
    statuses: frozenset[str] | None = None
    """An action's status; a status filter keeps only actions."""
    committees: tuple[str, ...] = ()
    """Committee names or parts of them, as typed; the store finds the committees."""
    not_committees: tuple[str, ...] = ()
    after: dt.date | None = None
    """The first day allowed (the day after the period named in `after:`)."""
    before: dt.date | None = None
    """The first day not allowed (the start of the period named in `before:`)."""


@dataclass(frozen=True)
class SearchQuery:
    """A parsed search: the FTS5 expressions to run, the filters, and hints for the user."""

    text: str
    words: str | None
    """FTS5 expression that passages must match, or None."""
    exclude: str | None
    """FTS5 expression for what passages must not match, or None."""
    filters: SearchFilters = field(default_factory=SearchFilters)
    hints: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        """True when there is nothing to search for (no words and no filters)."""
        f = self.filters
        return self.words is None and self.exclude is None and f == SearchFilters()

    @property
    def impossible(self) -> bool:
        """True when the filters contradict each other, so nothing can match."""
        f = self.filters
        return (
            (f.kinds is not None and not f.kinds)
            or (f.statuses is not None and not f.statuses)
            or (f.after is not None and f.before is not None and f.after >= f.before)
        )


# --- lexing ------------------------------------------------------------------------------


@dataclass
class _Token:
    kind: str
    """word, phrase, open, close, or, and, not."""
    text: str = ""
    negated: bool = False
    prefix: bool = False


def _lex(text: str, hints: list[str]) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        negated = False
        if ch == "-" and i + 1 < n and not text[i + 1].isspace():
            negated, i = True, i + 1
            ch = text[i]
        if ch == '"':
            end = text.find('"', i + 1)
            if end < 0:
                phrase = text[i + 1 :]
                if phrase.strip():
                    hints.append(f'the closing quote is missing: searched for the phrase "{phrase.strip()}"')
                i = n
            else:
                phrase, i = text[i + 1 : end], end + 1
            prefix = False
            while i < n and text[i] == "*":
                prefix, i = True, i + 1
            tokens.append(_Token("phrase", phrase, negated, prefix))
            continue
        if ch in "()":
            tokens.append(_Token("open" if ch == "(" else "close", ch, negated))
            i += 1
            continue
        start = i
        while i < n and not text[i].isspace() and text[i] not in '()"':
            i += 1
        word = text[start:i]
        key, colon, value = word.partition(":")
        if colon and key.lower() in FILTER_KEYS:
            if not value and i < n and text[i] == '"':
                end = text.find('"', i + 1)
                value, i = (text[i + 1 :], n) if end < 0 else (text[i + 1 : end], end + 1)
            tokens.append(_Token("filter", f"{key.lower()}:{value}", negated))
            continue
        if colon and key.isalpha() and value and not negated and len(key) > 1:
            hints.append(f"'{key}:' is not a filter (there are {', '.join(k + ':' for k in FILTER_KEYS)}): searched as words")
        if word in ("OR", "|") and not negated:
            tokens.append(_Token("or", word))
        elif word in ("AND", "&") and not negated:
            tokens.append(_Token("and", word))
        elif word == "NOT" and not negated:
            tokens.append(_Token("not", word))
        else:
            prefix = word.endswith("*")
            tokens.append(_Token("word", word.rstrip("*"), negated, prefix))
    return tokens


# --- parsing into a small tree -----------------------------------------------------------


@dataclass
class _Term:
    text: str
    phrase: bool
    prefix: bool


@dataclass
class _All:
    """Everything in `positive` must match and nothing in `negative`."""

    positive: list = field(default_factory=list)
    negative: list = field(default_factory=list)


@dataclass
class _Any:
    options: list = field(default_factory=list)


class _Parser:
    def __init__(self, tokens: list[_Token], hints: list[str]) -> None:
        self.tokens = tokens
        self.at = 0
        self.hints = hints
        self.filters: list[tuple[str, bool]] = []
        self.terms = 0
        self.depth = 0

    def hint(self, message: str) -> None:
        if message not in self.hints:
            self.hints.append(message)

    def peek(self) -> _Token | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def sequence(self, closing: bool) -> _All:
        group = _All()
        while (token := self.peek()) is not None:
            if token.kind == "close":
                if closing:
                    return group
                self.at += 1
                self.hint("a ')' had no '(' before it: ignored")
                continue
            if token.kind in ("and", "or"):
                self.at += 1
                if token.kind == "or":
                    self.hint("'OR' goes between two words or phrases: a stray one was ignored")
                continue
            negated, unit = self.unary()
            if unit is None:
                continue
            options = [unit]
            while (following := self.peek()) is not None and following.kind == "or":
                self.at += 1
                if self.peek() is None or self.peek().kind in ("close", "or"):
                    self.hint("'OR' goes between two words or phrases: a stray one was ignored")
                    break
                option_negated, option = self.unary()
                if option is None:
                    continue
                if option_negated:
                    self.hint("a '-' (or NOT) cannot be one side of an OR: that part was ignored")
                    continue
                options.append(option)
            if negated and len(options) > 1:
                self.hint("a '-' (or NOT) cannot be one side of an OR: that part was ignored")
                negated = False
                options = options[1:]
            unit = options[0] if len(options) == 1 else _Any(options)
            if negated:
                group.negative.append(unit)
            elif isinstance(unit, _All):
                # Words in brackets all must match anyway: (a -b) c is a c -b.
                group.positive.extend(unit.positive)
                group.negative.extend(unit.negative)
            else:
                group.positive.append(unit)
        return group

    def unary(self) -> tuple[bool, object | None]:
        token = self.peek()
        self.at += 1
        if token.kind == "not":
            following = self.peek()
            if following is None or following.kind in ("close", "or", "and", "not"):
                self.hint("'NOT' goes before a word or phrase to leave out: a stray one was ignored")
                return False, None
            following.negated = not following.negated
            return self.unary()
        if token.kind == "filter":
            self.filters.append((token.text, token.negated))
            return False, None
        if token.kind == "open":
            if self.depth >= MAX_DEPTH:
                self.hint(f"brackets nest at most {MAX_DEPTH} deep: the deeper ones were ignored")
                return False, None
            self.depth += 1
            inner = self.sequence(closing=True)
            self.depth -= 1
            if self.peek() is not None and self.peek().kind == "close":
                self.at += 1
            else:
                self.hint("a '(' was not closed: read as if closed at the end")
            if not inner.positive and not inner.negative:
                return False, None
            return token.negated, inner
        if token.kind == "close":  # only reached after OR / NOT
            self.at -= 1
            return False, None
        text = token.text
        if not has_word_characters(text):
            if text.strip() or token.prefix:
                self.hint(f"'{token.text or '*'}' has no letters or digits: ignored")
            return False, None
        tokens = [fold(t) for t in _TOKEN.findall(text)]
        if any(t.startswith(TAG_PREFIX) for t in tokens):
            self.hint(f"words beginning '{TAG_PREFIX}' are reserved by the index: '{text}' ignored")
            return False, None
        if self.terms >= MAX_TERMS:
            self.hint(f"only the first {MAX_TERMS} words and phrases were used")
            return False, None
        self.terms += 1
        return token.negated, _Term(text, token.kind == "phrase", token.prefix)


# --- compiling to FTS5 -------------------------------------------------------------------


def quote(text: str) -> str:
    """A string FTS5 reads as one phrase of plain words, whatever characters it holds."""
    return '"' + text.replace('"', '""') + '"'


def _compile(node, expand: PrefixExpander | None = None) -> str | None:
    if isinstance(node, _Term):
        if not node.prefix:
            return quote(node.text)
        tokens = [fold(t) for t in _TOKEN.findall(node.text)]
        if expand is not None and len(tokens) == 1:
            expanded = expand(tokens[0])
            if expanded:
                return expanded
        phrase = quote(node.text) + " *"
        last = tokens[-1] if tokens else ""
        return f"{WORD_COLUMNS} : {phrase}" if TAG_PREFIX.startswith(last) else phrase
    if isinstance(node, _Any):
        parts = [p for p in (_compile(o, expand) for o in node.options) if p]
        return None if not parts else parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"
    positive = [p for p in (_compile(n, expand) for n in node.positive) if p]
    negative = [p for p in (_compile(n, expand) for n in node.negative) if p]
    if not positive:
        return None
    expression = positive[0] if len(positive) == 1 else "(" + " AND ".join(positive) + ")"
    if negative:
        expression = f"({expression} NOT {_either(negative)})"
    return expression


def _either(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def fold(text: str) -> str:
    """Lower case without diacritics, as the index's tokenizer folds words."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def has_word_characters(text: str) -> bool:
    """Whether FTS5's unicode61 tokenizer would find a word in `text` (letters, digits, private use)."""
    for ch in text:
        category = unicodedata.category(ch)
        if category[0] in "LN" or category == "Co":
            return True
    return False


# --- filters -----------------------------------------------------------------------------


def _period(value: str) -> tuple[dt.date, dt.date] | None:
    """The first day of a year, month or day written as 2021, 2021-06, 2021-06-21 or 21/06/2021, and the day after it."""
    value = value.strip()
    match = _DATE.match(value)
    try:
        if match:
            year, month, day = (int(g) if g else None for g in match.groups())
            if month is None:
                return dt.date(year, 1, 1), dt.date(year + 1, 1, 1)
            if day is None:
                start = dt.date(year, month, 1)
                return start, (start + dt.timedelta(days=32)).replace(day=1)
            start = dt.date(year, month, day)
            return start, start + dt.timedelta(days=1)
        match = _DMY.match(value)
        if match:
            start = dt.date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
            return start, start + dt.timedelta(days=1)
    except (ValueError, OverflowError):
        return None
    return None


def _values(value: str) -> list[str]:
    return [v for v in re.split(r"[|,]", value.strip().lower()) if v.strip()]


def _resolve_filters(filters: list[tuple[str, bool]], hints: list[str]) -> SearchFilters:
    kinds: set[str] | None = None
    not_kinds: set[str] = set()
    statuses: set[str] | None = None
    not_statuses: set[str] = set()
    committees: list[str] = []
    not_committees: list[str] = []
    after: dt.date | None = None
    before: dt.date | None = None
    for text, negated in filters:
        key, _, value = text.partition(":")
        value = " ".join(value.split())
        if not value:
            examples = {
                "committee": 'committee:"corporate parenting"', "kind": "kind:resolution", "status": "status:open",
                "before": "before:2022-01", "after": "after:2021", "during": "during:2021-06",
            }
            hints.append(f"'{key}:' needs a value, e.g. {examples[key]}: ignored")
            continue
        if key == "kind":
            found, unknown = set(), []
            for v in _values(value):
                (found.add(_KIND_WORDS[v]) if v in _KIND_WORDS else unknown.append(v))
            if unknown:
                hints.append(f"kind: is one of {', '.join(KINDS)}; '{'|'.join(unknown)}' ignored")
            if found:
                if negated:
                    not_kinds |= found
                else:
                    kinds = found if kinds is None else kinds | found
        elif key == "status":
            found, unknown = set(), []
            for v in _values(value):
                (found.update(_STATUS_WORDS[v]) if v in _STATUS_WORDS else unknown.append(v))
            if unknown:
                hints.append(f"status: is one of {', '.join(STATUSES)} (or closed); '{'|'.join(unknown)}' ignored")
            if found:
                if negated:
                    not_statuses |= found
                else:
                    statuses = found if statuses is None else statuses | found
        elif key == "committee":
            (not_committees if negated else committees).extend(v.strip() for v in re.split(r"[|,]", value) if v.strip())
        else:
            period = _period(value)
            if period is None:
                hints.append(f"'{key}:{value}' is not a date (try 2021, 2021-06 or 2021-06-21): ignored")
                continue
            if negated:
                hints.append(f"'-{key}:' cannot be reversed: use {'after' if key == 'before' else 'before'}: instead; ignored")
                continue
            start, end = period
            if key in ("after", "during"):
                lower = end if key == "after" else start
                after = lower if after is None else max(after, lower)
            if key in ("before", "during"):
                upper = start if key == "before" else end
                before = upper if before is None else min(before, upper)
    if not_kinds:
        kinds = (set(KINDS) if kinds is None else kinds) - not_kinds
    if not_statuses:
        statuses = (set(STATUSES) if statuses is None else statuses) - not_statuses
    if statuses is not None:
        # Only actions have a status.
        if kinds is not None and "action" not in kinds:
            hints.append("status: applies to actions only, and kind: leaves them out: nothing can match")
        kinds = {"action"} if kinds is None or "action" in kinds else set()
    if kinds is not None and not kinds:
        hints.append("the kind: filters leave nothing to search")
    if after and before and after >= before:
        hints.append(f"no day is both on or after {after.isoformat()} and before {before.isoformat()}: nothing can match")
    return SearchFilters(
        kinds=None if kinds is None else frozenset(kinds),
        statuses=None if statuses is None else frozenset(statuses),
        committees=tuple(dict.fromkeys(committees)),
        not_committees=tuple(dict.fromkeys(not_committees)),
        after=after,
        before=before,
    )


# --- the entry point ---------------------------------------------------------------------


def parse_query(text: str, expand_prefix: PrefixExpander | None = None) -> SearchQuery:
    """Read what the user typed; never raises, whatever the input.

    `expand_prefix` lets the store say what a prefix stands for (its index stems words, and
    FTS5 would stem the prefix too: "fos*" would be read as "fo*").
    """
    hints: list[str] = []
    original = text if isinstance(text, str) else ""
    text = _CONTROL.sub(" ", original)
    if len(text) > MAX_QUERY_CHARS:
        hints.append(f"only the first {MAX_QUERY_CHARS} characters were searched")
        text = text[:MAX_QUERY_CHARS]
    parser = _Parser(_lex(text, hints), hints)
    tree = parser.sequence(closing=False)
    filters = _resolve_filters(parser.filters, hints)
    words = _compile(_All(tree.positive), expand_prefix) if tree.positive else None
    negative = [p for p in (_compile(n, expand_prefix) for n in tree.negative) if p]
    exclude = _either(negative) if negative else None
    query = SearchQuery(original, words, exclude, filters, tuple(dict.fromkeys(hints)))
    if query.empty and not hints:
        hints.append('nothing to search for: type words, "a phrase", word* or a filter such as kind:action')
        query = SearchQuery(original, None, None, filters, tuple(hints))
    return query
