"""Search: the query language, highlight spans, the index kept in step, `cpb search` and `cpb reindex`."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cpb_tui.cli import cli
from cpb_tui.search import parse_query, segments, split_marks
from cpb_tui.search.highlight import MARK_END, MARK_START
from cpb_tui.search.plain import markdown_text, plain_text
from cpb_tui.search.query import ALL_TAG, kind_tag
from cpb_tui.store import Store
from tests.conftest import FIXTURES, SEEDS


def run_cli(db_path, *args):
    return CliRunner().invoke(cli, ["--db", str(db_path), *args], catch_exceptions=False)


@pytest.fixture
def pack_store(db_path, pinned_today):
    """A store with the fixture pack (two meetings of the Corporate Parenting Board) and a report."""
    assert run_cli(db_path, "import", str(FIXTURES / "pack_no_cover.txt"), "--date", "2024-06-18").exit_code == 0
    assert run_cli(db_path, "import", str(FIXTURES / "report.txt")).exit_code == 0
    store = Store.open(db_path)
    yield store
    store.close()


@pytest.fixture(scope="module")
def fuzz_db(tmp_path_factory):
    """One store for the fuzz tests, built once (hypothesis runs many examples per test)."""
    path = tmp_path_factory.mktemp("fuzz") / "cpb.db"
    result = CliRunner().invoke(cli, ["--db", str(path), "import", str(FIXTURES / "pack_no_cover.txt"), "--date", "2024-06-18"])
    assert result.exit_code == 0, result.output
    return path


# --- the query language ------------------------------------------------------------------


def test_words_phrases_prefixes_and_exclusions_are_quoted():
    query = parse_query('council tax "care leavers" fost* -adoption')
    assert query.words == '("council" AND "tax" AND "care leavers" AND "fost" *)'
    assert query.exclude == '"adoption"'
    assert query.hints == ()


def test_or_binds_tighter_than_the_spaces_and_brackets_group():
    assert parse_query("fostering OR adoption allowance").words == '(("fostering" OR "adoption") AND "allowance")'
    assert parse_query("(a b) OR c").words == '(("a" AND "b") OR "c")'
    assert parse_query("NOT fostering care").exclude == '"fostering"'
    assert parse_query("care -(kinship carers)").exclude == '("kinship" AND "carers")'


def outside_quotes(expression: str | None) -> set[str]:
    """What an FTS5 expression holds besides its quoted strings: only cpb's own operators."""
    return set(re.sub(r'"(?:[^"]|"")*"', " ", expression or "").replace("(", " ( ").replace(")", " ) ").split())


OPERATORS = {"(", ")", "AND", "OR", "NOT", "*", "{title", "body}", ":"}


def test_fts_syntax_typed_by_the_user_is_only_ever_words():
    query = parse_query('NEAR(a b) title:x ^start col:* "a""b" {tags}:zqxkaction')
    assert outside_quotes(query.words) <= OPERATORS
    assert '"NEAR"' in query.words and '"^start"' in query.words
    assert any("'title:' is not a filter" in hint for hint in query.hints)


@pytest.mark.parametrize(
    "text, hint",
    [
        ('"special guardianship', "closing quote is missing"),
        ("care (leavers", "was not closed"),
        ("care ) leavers", "had no '('"),
        ("care OR", "'OR' goes between"),
        ("care NOT", "'NOT' goes before"),
        ("*** !!!", "no letters or digits"),
        ("kind:banana care", "kind: is one of"),
        ("before:soon care", "is not a date"),
        ("status:maybe", "status: is one of"),
        ("committee: care", "needs a value"),
        ("", "nothing to search for"),
        ("zqxall", "reserved"),
        ("after:2024 before:2023 care", "nothing can match"),
    ],
)
def test_what_cannot_be_used_gets_a_one_line_hint(text, hint):
    query = parse_query(text)
    assert any(hint in h for h in query.hints), query.hints
    assert all("\n" not in h for h in query.hints)


def test_filters():
    query = parse_query('care committee:"corporate parenting" kind:resolutions|actions after:2021 before:2022-07')
    assert query.filters.kinds == {"resolution", "action"}
    assert query.filters.committees == ("corporate parenting",)
    assert query.filters.after == dt.date(2022, 1, 1)
    assert query.filters.before == dt.date(2022, 7, 1)
    during = parse_query("during:2021-06").filters
    assert (during.after, during.before) == (dt.date(2021, 6, 1), dt.date(2021, 7, 1))
    # A status is an action's, so it keeps only actions.
    assert parse_query("status:closed").filters.kinds == {"action"}
    assert parse_query("status:closed").filters.statuses == {"done", "dropped"}
    assert parse_query("care -kind:action").filters.kinds == {"item", "minutes", "report", "resolution"}
    assert parse_query("care -committee:audit").filters.not_committees == ("audit",)
    assert parse_query("kind:action").words is None and not parse_query("kind:action").empty


def test_many_words_and_deep_brackets_are_bounded():
    query = parse_query(" ".join(f"w{n}" for n in range(100)))
    assert query.words.count('"') == 2 * 32 and any("first 32" in h for h in query.hints)
    deep = parse_query("(" * 500 + "care" + ")" * 500)
    assert deep.words is None or "care" in deep.words
    assert any("nest" in h for h in deep.hints)


QUERY_PIECES = st.sampled_from(
    ['"', "(", ")", "*", "-", "OR", "AND", "NOT", "NEAR", "|", ":", "^", "{", "}", "+", "'", "\\",
     "kind:", "kind:report", "committee:", "committee:cpb", "status:open", "before:", "after:2021", "during:x",
     "care", "leavers", "fost", "zqx", "zq", "z", "a", MARK_START, MARK_END, "\x00", "é", "\u0301", "２", " "]
)
QUERIES = st.one_of(st.text(max_size=60), st.lists(QUERY_PIECES, max_size=14).map(" ".join), st.lists(QUERY_PIECES, max_size=14).map("".join))


@settings(max_examples=200, deadline=None)
@given(QUERIES)
def test_the_parser_never_raises(text):
    query = parse_query(text)
    assert isinstance(query.hints, tuple)
    for expression in (query.words, query.exclude):
        assert expression is None or expression.count('"') % 2 == 0
        assert outside_quotes(expression) <= OPERATORS


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(QUERIES)
def test_any_query_runs_without_an_sqlite_error(fuzz_db, text):
    store = Store.open(fuzz_db)
    try:
        outcome = store.search_outcome(text, 5)
        assert store.count_matches(text) >= len(outcome.hits)
    finally:
        store.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(QUERY_PIECES, st.text(max_size=12)), min_size=1, max_size=5))
def test_cpb_search_accepts_any_arguments(fuzz_db, words):
    result = CliRunner().invoke(cli, ["--db", str(fuzz_db), "search", *words])
    assert result.exit_code in (0, 1, 2), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)


# --- plain text and highlights -------------------------------------------------------------


def test_markdown_becomes_plain_words():
    assert markdown_text("**8.** See \\[Appendix A\\] and a\\_b  \n- one\n- two\n10\\. Done") == (
        "8. See [Appendix A] and a_b one two 10. Done"
    )
    assert plain_text(f"a{MARK_START}b{MARK_END} zqxkreport \x1b[31mred") == "a b [31mred"


def test_marks_become_spans():
    text, spans = split_marks(f"{MARK_START}Care{MARK_END} leavers and {MARK_START}council tax{MARK_END}")
    assert text == "Care leavers and council tax"
    assert spans == ((0, 4), (17, 28))
    assert segments(text, spans) == [("Care", True), (" leavers and ", False), ("council tax", True)]
    assert split_marks(f"a{MARK_END}b{MARK_START}c") == ("abc", ((2, 3),))
    assert split_marks(None) == ("", ())


# --- the store ---------------------------------------------------------------------------


def test_search_finds_resolutions_sections_and_items(pack_store):
    hits = pack_store.search("council tax")
    assert {h.kind for h in hits} == {"resolution", "action"}  # the clause, and the action it asks for
    resolution = next(h for h in hits if h.kind == "resolution")
    assert "waive Council Tax" in resolution.snippet
    assert resolution.meeting_date == dt.date(2024, 3, 12) and resolution.committee == "Corporate Parenting Board"
    assert resolution.item_title and resolution.clause_label == "2"
    assert [resolution.snippet[start:end] for start, end in resolution.highlights][-2:] == ["Council", "Tax"]
    (section,) = pack_store.search('"initial health assessment" kind:report')
    assert section.heading.startswith("1") and section.document_title == "Health Assessments for Children in Care"
    assert "\\" not in section.snippet


def test_stemming_diacritics_and_prefixes(pack_store):
    assert pack_store.search("fostered")  # porter: fostering
    assert pack_store.search("FÓSTERING")
    # FTS5 would stem the prefix "fos" to "fo" (and find "for"); cpb keeps it a prefix of the words.
    fos = {h.id for h in pack_store.search("fos*", 100)}
    assert fos == {h.id for h in pack_store.search("fost*", 100)}
    assert pack_store.count_matches("fos*") < pack_store.count_matches("fo*")


def test_filters_narrow(pack_store):
    assert {h.kind for h in pack_store.search("care kind:report", 50)} == {"report"}
    assert pack_store.search("fostering committee:cpb")
    assert not pack_store.search("fostering committee:audit")
    outcome = pack_store.search_outcome("fostering committee:audit")
    assert any("no committee matches 'audit'" in h for h in outcome.hints)
    dates = {h.meeting_date for h in pack_store.search("care before:2024-06", 50)}
    assert dates == {dt.date(2024, 3, 12)}
    assert {h.meeting_date for h in pack_store.search("care during:2024-06-18", 50)} == {dt.date(2024, 6, 18)}
    assert not pack_store.search("care after:2024")


def test_actions_are_searchable_and_kept_in_step(pack_store):
    (extracted,) = pack_store.search("september kind:action")
    assert extracted.status == "open" and extracted.kind == "action"
    added = pack_store.add_action("clerk", "Circulate the supported lodgings slides", committee="Corporate Parenting Board",
                                  owners=["Head of Service"])
    assert [h.id for h in pack_store.search("lodgings slides kind:action")] == [added.id]
    assert pack_store.search('"head of service" kind:action')
    pack_store.edit_action(added.id, "clerk", text="Circulate the presentation to members")
    assert not pack_store.search("slides kind:action")
    assert pack_store.search("presentation members kind:action")
    # Status is read at search time: no re-indexing needed.
    pack_store.set_action_status(added.id, "done", "clerk")
    assert [h.id for h in pack_store.search("status:done")] == [added.id]
    assert added.id not in {h.id for h in pack_store.search("status:open", 50)}
    assert pack_store.search("presentation status:done")[0].status == "done"


def test_reimporting_a_new_version_replaces_the_old_text(db_path, tmp_path, pinned_today):
    original = (FIXTURES / "report.txt").read_text(encoding="utf-8")
    report = tmp_path / "report.txt"
    report.write_text(original, encoding="utf-8")
    assert run_cli(db_path, "import", str(report)).exit_code == 0
    store = Store.open(db_path)
    assert store.search('"initial health assessment"')
    store.close()
    report.write_text(original.replace("initial health assessment", "first health check"), encoding="utf-8")
    assert "updated" in run_cli(db_path, "import", str(report)).output
    store = Store.open(db_path)
    try:
        assert not store.search('"initial health assessment"')
        assert store.search('"first health check"')
        before = [(h.kind, h.id) for h in store.search("health", 50)]
        assert store.reindex() > 0
        assert [(h.kind, h.id) for h in store.search("health", 50)] == before
    finally:
        store.close()


def test_document_text_cannot_fake_highlights_or_filters(db_path, tmp_path, pinned_today):
    text = (FIXTURES / "report.txt").read_text(encoding="utf-8")
    planted = text.replace("Every child", f"Every {MARK_START}planted{MARK_END} zqxkaction {ALL_TAG} child")
    report = tmp_path / "planted.txt"
    report.write_text(planted, encoding="utf-8")
    assert run_cli(db_path, "import", str(report)).exit_code == 0
    store = Store.open(db_path)
    try:
        (hit,) = store.search("planted")
        start, end = hit.highlights[0]
        assert hit.snippet[start:end] == "planted" and MARK_START not in hit.snippet
        assert not store.search("planted kind:action")
        assert kind_tag("action") not in hit.snippet
    finally:
        store.close()


def test_upgrading_an_older_store_fills_the_index(pack_store, db_path):
    count = pack_store.count_matches("care")
    pack_store.db.execute("drop table search_vocab")
    pack_store.db.execute("drop table search_fts")
    pack_store.db.execute("drop table search_docs")
    pack_store.db.execute("delete from _sqlite_migrations where name = 'm005_search_index'")
    pack_store.db.conn.commit()
    reopened = Store.open(db_path)
    try:
        assert reopened.count_matches("care") == count > 0
    finally:
        reopened.close()


def test_demo_store(demo_db):
    store = Store.open(demo_db)
    try:
        hits = store.search("council tax")
        assert any(h.kind == "resolution" and "care leavers" in h.snippet for h in hits)
        exempt = store.search("exempt report kind:item")
        assert exempt and exempt[0].exempt
        assert not any(h.exempt for h in store.search("fostering", 50))
        newest = store.search("kind:action status:open", 50)
        assert newest and all(h.status == "open" for h in newest)
        assert [h.meeting_date for h in newest] == sorted((h.meeting_date for h in newest), reverse=True)
        # Recent meetings are slightly favoured: equal text scores less the older it is.
        scores = [h.score for h in store.search("annual report kind:item", 50) if h.heading.startswith("Fostering Service Annual Report")]
        assert scores == sorted(scores, reverse=True)
    finally:
        store.close()


# --- the command line ----------------------------------------------------------------------


def test_cpb_search_text_json_and_exit_status(pack_store, db_path):
    pack_store.close()
    result = run_cli(db_path, "search", "council", "tax")
    assert result.exit_code == 0
    assert result.output.startswith("2024-03-12  Corporate Parenting Board")
    assert "waive Council Tax" in result.output
    shown = json.loads(run_cli(db_path, "search", "--json", "--limit", "2", "fostering").output)
    assert shown["version"] == 2 and len(shown["hits"]) == 2 and shown["hints"] == []
    hit = next(h for h in shown["hits"] if h["highlights"])
    assert set(hit) == {
        "kind", "id", "committee", "meeting", "item", "heading", "heading_highlights", "document",
        "clause", "status", "snippet", "highlights", "score", "exempt",
    }
    assert set(hit["meeting"]) == {"id", "date", "committee"} and set(hit["item"]) == {"id", "number", "title"}
    start, end = hit["highlights"][0]
    assert hit["snippet"][start:end].lower().startswith("foster")
    missing = run_cli(db_path, "search", "nothing-like-this-anywhere")
    assert missing.exit_code == 1 and "nothing matches" in missing.output
    broken = run_cli(db_path, "search", '"care (leavers')
    assert broken.exit_code in (0, 1) and "hint:" in broken.output
    assert "leavers" in run_cli(db_path, "search", "care", "-fostering").output.lower()
    assert run_cli(db_path, "search", "-h").output.startswith("Usage:")
    assert run_cli(db_path, "reindex").output.startswith("indexed ")


# --- the real seed documents -------------------------------------------------------------


@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"the real seed documents are not at {SEEDS}")
def test_seeds(db_path):
    def seed(prefix):
        return str(next(SEEDS.glob(f"{prefix}_*.txt")))

    for args in (
        [seed("000")],
        [seed("001"), "--date", "2021-06-21"],
        [seed("002"), "--committee", "Corporate Parenting Board", "--date", "2022-06-15"],
        [seed("003"), "--committee", "Corporate Parenting Board", "--date", "2024-03-05"],
        [seed("004")],
    ):
        assert run_cli(db_path, "import", *args).exit_code == 0
    hits = json.loads(run_cli(db_path, "search", "--json", "--limit", "50", "special guardianship").output)["hits"]
    found = {(h["kind"], h["meeting"]["date"]) for h in hits}
    assert ("resolution", "2022-06-15") in found
    assert ("report", "2021-06-21") in found
    tax = json.loads(run_cli(db_path, "search", "--json", "--limit", "50", "council tax").output)["hits"]
    assert any(h["kind"] == "resolution" and "care leavers" in h["snippet"].lower() for h in tax)
    phrase = json.loads(run_cli(db_path, "search", "--json", '"special guardianship" kind:resolution').output)["hits"]
    assert phrase and all(h["kind"] == "resolution" for h in phrase)
