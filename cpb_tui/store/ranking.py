"""Ranking search matches exactly, without scoring every one of them.

A match's score is FTS5's bm25 (titles weigh `TITLE_WEIGHT`, text `BODY_WEIGHT`, the tags
column nothing) divided by a factor that grows with the meeting's age (`recency`). The best
`limit` of all matches are wanted, exactly those a full ranking would give (`rank_all`), but
scoring costs about a microsecond a match and "the" matches nearly every passage.

`rank_newest_first` walks the matches newest first (passage ids are dates, so FTS5 returns
them in that order) in one statement, keeps the best `limit` seen, and stops as soon as no
older match can beat the worst of them. The bound: for each phrase, bm25 adds at most
IDF * (k1 + 1), whatever its frequency and the passage's length; FTS5's bm25 with huge
column weights gives that sum on any passage holding every phrase. When the query's words
are all required (no OR among them), every match holds every phrase, so the newest match
tells the bound for all. An older match's score is at most that bound divided by its own
(larger) age factor, so once the bound at the walk's position is no better than the worst
kept score, the walk is over: what it returns is the full ranking's top, ties included
(equal scores go to the newer passage, as in the full ranking). A query with OR among its
words is ranked whole (`rank_all`).
"""

from __future__ import annotations

import heapq
import re
TYPE_CHECKING = False  # typing's own flag, without importing typing: `cpb search` never loads it (3-4 ms)
if TYPE_CHECKING:
    from typing import Any

TITLE_WEIGHT = 3.0
BODY_WEIGHT = 1.0
RECENCY_PER_YEAR = 0.02
"""A match's score is divided by 1 + this for each year of the meeting's age (20 years: 1.4)."""
DAY_BITS = 20
"""A passage id is (date ordinal << DAY_BITS) | serial (see search_index.passage_id)."""
BATCH = 250
"""Matches fetched at a time on the walk; the bound is checked after each batch (1,000 scored up to
750 matches past the stopping point: 1 ms of a search of "budget" or "the" on the 200k archive)."""
_HUGE = "bm25(search_fts, 1e12, 1e12, 0.0)"
"""bm25 with huge weights: each phrase a passage holds adds IDF * (k1 + 1), less a relative 1e-8 at most."""
_SLACK = 1e-6
"""Room for rounding in the bound (its own shortfall is below 1e-8, relative)."""
_QUOTED = re.compile(r'"(?:[^"]|"")*"')


def recency(today: int) -> str:
    """SQL for a match's age factor: 1 + RECENCY_PER_YEAR per year since its meeting (`today` an ordinal)."""
    return f"(1.0 + {RECENCY_PER_YEAR} * max(0, {today} - (search_fts.rowid >> {DAY_BITS})) / 365.25)"


def score_sql(today: int) -> str:
    """SQL for a match's score: bm25 (negative: lower is better) over its age factor."""
    return f"bm25(search_fts, {TITLE_WEIGHT}, {BODY_WEIGHT}, 0.0) / {recency(today)}"


def every_phrase_required(words: str | None) -> bool:
    """Whether every phrase of an FTS5 expression of words must be in every match (no OR outside quotes)."""
    return words is not None and "OR" not in _QUOTED.sub(" ", words).split()


def rank_all(db, match_sql: str, params: list[Any], today: int, limit: int) -> list[tuple[int, float]]:
    """The best `limit` (passage id, score) of every match, scored in SQLite with one ORDER BY.

    `match_sql` selects `search_fts.rowid` from the matches (`Store._match_sql`).
    """
    sql = match_sql.replace("select search_fts.rowid", f"select search_fts.rowid, {score_sql(today)} as score", 1)
    rows = db.execute(sql + " order by score, search_fts.rowid desc limit ?", [*params, limit]).fetchall()
    return [(row[0], row[1]) for row in rows]


def rank_newest_first(
    db, match_sql: str, params: list[Any], today: int, limit: int, tight: float = 1.0, low_water: int = 0
) -> tuple[list[tuple[int, float]], int]:
    """The same answer as `rank_all` when every phrase is required, and how many matches were scored.

    `tight` (store/search_bounds.py): no passage with an id below `low_water` scores more than
    that share of the bound; once the walk is below `low_water` it stops on the tighter bound.
    """
    newest = db.execute(match_sql + " order by search_fts.rowid desc limit 1", params).fetchone()
    if newest is None:
        return [], 0
    # The bound comes from the newest match only, so the huge-weight bm25 runs once.
    columns = f"search_fts.rowid, {score_sql(today)}, iif(search_fts.rowid = {int(newest[0])}, {_HUGE}, 0.0)"
    sql = match_sql.replace("select search_fts.rowid", f"select {columns}", 1)
    cursor = db.execute(sql + " order by search_fts.rowid desc", params)
    kept: list[tuple[float, int]] = []  # (-score, id): kept[0] is the worst kept
    bound = None
    scored = 0
    try:
        while True:
            rows = cursor.fetchmany(BATCH)
            if not rows:
                break
            if bound is None:
                # (Another writer between the two statements: no bound, so the walk goes to the end.)
                bound = -rows[0][2] * (1.0 + _SLACK) if rows[0][0] == newest[0] else float("inf")
            scored += len(rows)
            _keep_best(kept, rows, limit)
            if len(kept) == limit:
                oldest = rows[-1][0]
                reach = bound * tight if oldest <= low_water else bound
                best_older = -reach / (1.0 + RECENCY_PER_YEAR * max(0, today - (oldest >> DAY_BITS)) / 365.25)
                if best_older >= -kept[0][0]:
                    break
    finally:
        cursor.close()
    ranked = sorted(((-negated, row_id) for negated, row_id in kept), key=lambda pair: (pair[0], -pair[1]))
    return [(row_id, score) for score, row_id in ranked], scored


def _keep_best(kept: list[tuple[float, int]], rows: list[tuple], limit: int) -> None:
    """Add a batch to the best `limit` kept (lower score first; on a tie, the newer passage)."""
    push, replace = heapq.heappush, heapq.heapreplace
    worst = -kept[0][0] if len(kept) == limit else float("inf")
    for row_id, score, _ in rows:
        if score > worst:
            continue  # the usual case, decided without building a tuple
        entry = (-score, row_id)
        if len(kept) < limit:
            push(kept, entry)
        elif entry > kept[0]:
            replace(kept, entry)
        if len(kept) == limit:
            worst = -kept[0][0]
