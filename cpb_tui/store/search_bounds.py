"""Tighter bounds for search's early stop: each common term's highest bm25 saturation, kept.

FTS5's bm25 gives a passage, for each phrase, IDF x (k1 + 1) x r, where the saturation
r = f / (f + K) is below 1 (f the phrase's weighted frequency in the passage, K grows with
the passage's length over the mean length). The walk in store/ranking.py stops once
IDF x (k1 + 1) over an older passage's age factor cannot beat the best kept; for the
commonest words the real r never comes near 1 ("the": at most 0.94 on the benchmark
archive), so the walk went back years further than it needed.

When the index is built (`compute_bounds`, from `fill_search_index`), each term in at least
`COMMON_SHARE` of the passages gets its highest r over every passage, measured with FTS5's
own bm25 (the real one over the huge-weight one, which is IDF x (k1 + 1) less a relative
1e-8: a little above r), with the mean passage length at the time. Later:

- A passage indexed since is not covered: `low_water` is the lowest id indexed since
  (`note_indexed`), and the walk uses the kept ratio only once it is below that id.
- A passage removed can only lower the highest r; the IDF is the query's own, as before.
- The mean length moves: r grows with it, at most in proportion (K(A') >= K(A) x A / A' for
  A' > A, so r' <= r x A' / A), so the ratio is scaled by max(1, A_now / A_then).

The same is kept for each 2-letter prefix whose terms together are that common ("fo*": FTS5
counts every term under it as the phrase's frequency). A query's ratio is the highest over
its phrases of the lowest kept ratio among the phrase's terms (a phrase is no more frequent in
a passage than any of its words, and r grows with f), the prefix's own for a query that is one
kept prefix, and 1 (the old bound) when a phrase has no kept term or the query has other
prefixes or NEAR.
"""

from __future__ import annotations

import re
import sqlite3
TYPE_CHECKING = False  # typing's own flag, without importing typing: `cpb search` never loads it (3-4 ms)
if TYPE_CHECKING:
    from typing import Callable, Iterable

COMMON_SHARE = 0.4
"""Terms in at least this share of the passages get a kept ratio (17 terms on the 200k archive)."""
PREFIX_CANDIDATE = 0.02
"""A prefix is counted if some term under it is in this share of the passages."""
SLACK = 1e-6
NO_LOW_WATER = 1 << 62
_QUOTED = re.compile(r'"((?:[^"]|"")*)"')
_PREFIX = re.compile(r'"((?:[^"]|"")*)" \*')


def _varint(blob: bytes, at: int) -> tuple[int, int]:
    """SQLite's varint (as FTS5 writes it) at `at`: the value and where the next one starts."""
    value = 0
    for index in range(8):
        byte = blob[at + index]
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + index + 1
    return (value << 8) | blob[at + 8], at + 9


def mean_length(db) -> float | None:
    """FTS5's mean passage length in tokens (all columns), from its averages record; None if empty."""
    row = db.execute("select block from search_fts_data where id = 1").fetchone()
    if row is None or not row[0]:
        return None
    blob = bytes(row[0])
    rows, at = _varint(blob, 0)
    total = 0
    while at < len(blob):
        size, at = _varint(blob, at)
        total += size
    return total / rows if rows else None


def compute_bounds(db, title_weight: float, body_weight: float, quote: Callable[[str], str]) -> None:
    """Keep the highest saturation of every common term, measured over every passage now indexed.

    (Nothing before migration m011, which makes the tables: its derived step comes back here.)
    """
    if db.execute("select 1 from sqlite_master where type = 'table' and name = 'search_bounds'").fetchone() is None:
        return
    db.execute("delete from search_bounds")
    db.execute("insert or replace into search_bounds_state (id, low_water) values (1, ?)", [NO_LOW_WATER])
    passages = db.execute("select count(*) from search_docs").fetchone()[0]
    average = mean_length(db)
    if not passages or average is None:
        return
    keys = {term: quote(term) for (term,) in db.execute(
        "select term from search_vocab where doc >= ? and term not like 'zqx%'", [passages * COMMON_SHARE]
    )}
    keys.update(_common_prefixes(db, passages, quote))
    real = f"bm25(search_fts, {title_weight}, {body_weight}, 0.0)"
    for key, expression in keys.items():
        ratio = db.execute(
            # (FTS5 refuses bm25 inside an aggregate; ORDER BY with LIMIT 1 keeps it a plain query.)
            f"select {real} / bm25(search_fts, 1e12, 1e12, 0.0) as r from search_fts where search_fts match ? "
            "and r is not null order by r desc limit 1",
            [expression],
        ).fetchone()
        if ratio is not None:
            db.execute("insert into search_bounds (term, ratio, avgdl) values (?, ?, ?)", [key, ratio[0], average])


def _common_prefixes(db, passages: int, quote: Callable[[str], str]) -> dict[str, str]:
    """Prefixes of 2 letters (kept as "fo*") whose terms together are in COMMON_SHARE of the passages.

    Candidates are the prefixes of terms in at least PREFIX_CANDIDATE of the passages; each is
    counted through the index's prefix tables. (Longer prefixes this common are few and rarely
    typed; each kept key costs a pass over its matches when the index is built.)
    """
    candidates = {
        term[:length]
        for (term,) in db.execute(
            "select term from search_vocab where doc >= ? and term not like 'zqx%'", [passages * PREFIX_CANDIDATE]
        )
        for length in (2,)
        if len(term) >= length and term[:length].isalnum()
    }
    found = {}
    for prefix in sorted(candidates):
        expression = quote(prefix) + " *"
        count = db.execute("select count(*) from search_fts where search_fts match ?", [expression]).fetchone()[0]
        if count >= passages * COMMON_SHARE:
            found[prefix + "*"] = expression
    return found


def note_indexed(db, row_ids: Iterable[int]) -> None:
    """Passages indexed after the ratios were kept: the ratios do not cover them."""
    lowest = min(row_ids, default=None)
    if lowest is None:
        return
    try:
        db.execute("update search_bounds_state set low_water = min(low_water, ?)", [lowest])
    except sqlite3.OperationalError as error:
        # A store one step before m011 (bench/kill_test.py writes to one): no ratios to protect.
        if "no such table: search_bounds_state" not in str(error):
            raise


def bound_ratio(db, words: str, terms_of: Callable[[str], list[str]]) -> tuple[float, int]:
    """The share of IDF x (k1 + 1) no passage indexed before `low_water` can pass, and `low_water`.

    (1.0, 0) when nothing tighter is known for these words.
    """
    prefix = _PREFIX.fullmatch(words.strip())
    if prefix is not None:
        phrases = [[prefix.group(1).replace('""', '"') + "*"]]  # the one prefix query kept as such ("fo*")
    else:
        residue = _QUOTED.sub(" ", words).replace("(", " ").replace(")", " ").split()
        if any(token not in ("AND", "NOT") for token in residue):
            return 1.0, 0  # other prefixes (*), NEAR, column filters: no kept ratio applies
        phrases = [[*terms_of(text.replace('""', '"'))] for text in _QUOTED.findall(words)]
    wanted = sorted({term for terms in phrases for term in terms})
    if not phrases or not wanted:
        return 1.0, 0
    marks = ", ".join("?" for _ in wanted)
    kept = {term: (ratio, then) for term, ratio, then in db.execute(
        f"select term, ratio, avgdl from search_bounds where term in ({marks})", wanted
    )}
    state = db.execute("select low_water from search_bounds_state where id = 1").fetchone()
    average = mean_length(db)
    if not kept or state is None or average is None:
        return 1.0, 0
    ratio = 0.0
    for terms in phrases:
        known = [kept[term][0] * max(1.0, average / kept[term][1]) for term in terms if term in kept]
        if not known:
            return 1.0, 0
        ratio = max(ratio, min(known))
    return min(1.0, ratio * (1.0 + SLACK)), int(state[0])
