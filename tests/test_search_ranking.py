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
from cpb_tui.store.search_bounds import NO_LOW_WATER, bound_ratio  # noqa: E402
from cpb_tui.store.search_index import index_terms  # noqa: E402

COMMON_WORDS = ["the", "and", "th*", "an*", "council", "report", "services", "care", "budget", "performance", "placement", "pension"]
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


def test_common_terms_keep_their_highest_saturation_and_the_walk_stops_sooner(archive):
    store, _ = archive
    kept = dict(store.db.execute("select term, ratio from search_bounds").fetchall())
    assert "the" in kept and 0.5 < kept["the"] < 1.0
    tight, low_water = bound_ratio(store.db, '"the"', index_terms)
    assert tight == pytest.approx(kept["the"], rel=1e-5) and low_water == NO_LOW_WATER
    sql, params = store._match_sql("search_fts.rowid", '"the"', 0, 1 << 62, None)
    loose_top, loose_scored = rank_newest_first(store.db, sql, params, TODAY.toordinal(), 20)
    tight_top, tight_scored = rank_newest_first(store.db, sql, params, TODAY.toordinal(), 20, tight, low_water)
    assert tight_top == loose_top and tight_scored < loose_scored


def test_a_query_gets_the_kept_ratio_only_when_every_phrase_has_a_kept_term(archive):
    store, _ = archive
    kept = dict(store.db.execute("select term, ratio from search_bounds").fetchall())
    both = bound_ratio(store.db, '"the" NOT "and"', index_terms)[0]
    assert both == pytest.approx(max(kept["the"], kept["and"]), rel=1e-5)  # a left-out phrase counts too (safe)
    assert bound_ratio(store.db, '"the" NOT "audit"', index_terms) == (1.0, 0)
    assert bound_ratio(store.db, '"of the"', index_terms)[0] == pytest.approx(min(kept["of"], kept["the"]), rel=1e-5)
    assert bound_ratio(store.db, '"the" "budget"', index_terms) == (1.0, 0)  # "budget" is not common
    prefixes = dict(store.db.execute("select term, ratio from search_bounds where term like '%*'").fetchall())
    assert "th*" in prefixes and prefixes["th*"] >= kept["the"]  # every "the" counts towards "th*"
    assert bound_ratio(store.db, '"th" *', index_terms)[0] == pytest.approx(prefixes["th*"], rel=1e-5)
    assert bound_ratio(store.db, '"gua" *', index_terms) == (1.0, 0)  # a prefix kept for no ratio
    assert bound_ratio(store.db, '"th" * "and"', index_terms) == (1.0, 0)  # a prefix among other words
    assert bound_ratio(store.db, 'NEAR("the" "and")', index_terms) == (1.0, 0)


def test_passages_indexed_after_the_ratios_are_still_ranked_exactly(tmp_path):
    """An older meeting edited to hold a passage fuller of "the" than any the ratio was kept over."""
    store = Store.open(tmp_path / "archive.db")
    Archive(store, tmp_path / "text", sections=4000, seed=11).build()
    store.reindex()
    # A meeting three years back: beyond where the kept ratio stops the walk, recent enough for the top.
    item_id, date = store.db.execute(
        "select i.id, m.date from items i join meetings m on m.id = i.meeting_id where m.date <= ? "
        "order by m.date desc limit 1",
        [TODAY.replace(year=TODAY.year - 3).isoformat()],
    ).fetchone()
    with store.db.atomic():
        store.db.execute("update items set title = ?, purpose = null where id = ?", [" ".join(["The"] * 40), item_id])
        store._index_search([item_id])
    low_water = store.db.execute("select low_water from search_bounds_state").fetchone()[0]
    assert low_water >> 20 == date_ordinal(date)
    full = full_ranking(store, "the", 20)
    edited = {row[0] for row in store.db.execute("select id from search_docs where kind = 'item' and source_id = ?", [item_id])}
    assert edited & {row_id for row_id, _ in full}, "the edited passage belongs in the top 20"
    assert ranked(store, "the", 20) == full
    store.close()


def date_ordinal(value: str) -> int:
    import datetime as dt

    return dt.date.fromisoformat(value[:10]).toordinal()
