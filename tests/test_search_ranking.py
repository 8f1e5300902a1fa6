"""Search ranks every match: its top equals the full bm25 ranking (recency included), on a generated archive.

The archive is bench/search_archive.py's, small: twenty years of fourteen committees, where
"the" is in nearly every passage. The full ranking scores every match in one ORDER BY
(`rank_all`); `Store.search` walks from the newest match and stops on a bound
(store/ranking.py). Speed is measured in bench/, not here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.search_archive import TODAY, Archive  # noqa: E402
from cpb_tui.domain import clock  # noqa: E402
from cpb_tui.search.query import parse_query  # noqa: E402
from cpb_tui.store import Store  # noqa: E402
from cpb_tui.store.ranking import every_phrase_required, rank_all, rank_newest_first  # noqa: E402
from cpb_tui.store.reader import open_search_reader  # noqa: E402

COMMON_WORDS = ["the", "and", "council", "report", "services", "care", "budget", "performance", "placement", "pension"]
PHRASES = ['"of the"', '"the council"', '"council tax"', '"care leavers"', '"children in care"', '"statement of accounts"']
OTHERS = ["co*", "re*", "fos*", "the kind:report", "risk -audit kind:report", "budget committee:cabinet",
          "safeguarding OR exploitation", "the council budget", "kind:action status:open the", "children after:2020"]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    folder = tmp_path_factory.mktemp("archive")
    store = Store.open(folder / "archive.db")
    Archive(store, folder / "text", sections=4000, seed=11).build()
    store.reindex()
    yield store, folder / "archive.db"
    store.close()


@pytest.fixture(autouse=True)
def archive_today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)


def full_ranking(store: Store, query: str, limit: int) -> list[tuple[int, float]]:
    parsed = parse_query(query, store._expand_prefix)
    expression = store._expression(parsed, [])
    sql, params = store._match_sql("search_fts.rowid", expression, *store._rowid_range(parsed), parsed.filters.statuses)
    return [(row_id, -score) for row_id, score in rank_all(store.db, sql, params, TODAY.toordinal(), limit)]


def ranked(store: Store, query: str, limit: int) -> list[tuple[int, float]]:
    parsed = parse_query(query, store._expand_prefix)
    expression = store._expression(parsed, [])
    return store._rank(expression, *store._rowid_range(parsed), parsed.filters.statuses, limit, parsed.words)


@pytest.mark.parametrize("query", COMMON_WORDS + PHRASES + OTHERS)
def test_the_top_equals_the_full_ranking(archive, query):
    store, _ = archive
    for limit in (20, 50):  # the CLI's default, the app's
        full = full_ranking(store, query, limit)
        assert len(full) >= 20, "every query here matches more passages than the CLI shows"
        assert ranked(store, query, limit) == full


def test_hits_come_in_the_full_rankings_order_and_nothing_is_cut(archive):
    store, _ = archive
    outcome = store.search_outcome("budget", 20)
    scores = [round(-score, 6) for _, score in full_ranking(store, "budget", 20)]
    assert [-hit.score for hit in outcome.hits] == scores
    assert not outcome.capped


def test_the_walk_stops_early_on_the_commonest_words(archive):
    store, _ = archive
    parsed = parse_query("the")
    sql, params = store._match_sql("search_fts.rowid", parsed.words, 0, 1 << 62, None)
    matches = store.db.execute(sql.replace("search_fts.rowid", "count(*)", 1), params).fetchone()[0]
    top, scored = rank_newest_first(store.db, sql, params, TODAY.toordinal(), 20)
    assert len(top) == 20 and scored < matches / 2


def test_queries_with_or_among_their_words_are_ranked_whole():
    assert every_phrase_required('"care" "leavers"') and every_phrase_required('"this OR that"')
    assert not every_phrase_required('("fostering" OR "adoption") "allowance"')
    assert not every_phrase_required(None)


def test_the_read_only_reader_finds_what_the_store_finds(archive):
    store, path = archive
    reader = open_search_reader(path)
    assert reader is not None
    try:
        for query in ("budget", '"council tax" during:2019', "kind:action status:open"):
            assert reader.search_outcome(query, 20) == store.search_outcome(query, 20)
    finally:
        reader.close()


def test_the_reader_leaves_a_store_that_needs_upgrading_to_the_store(tmp_path):
    assert open_search_reader(tmp_path / "missing.db") is None
    (tmp_path / "foreign.db").write_bytes(b"not a database at all")
    assert open_search_reader(tmp_path / "foreign.db") is None
    store = Store.open(tmp_path / "old.db")
    store.db.execute("delete from _sqlite_migrations where name like 'm008%'")
    store.db.conn.commit()
    store.close()
    assert open_search_reader(tmp_path / "old.db") is None
