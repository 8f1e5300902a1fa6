"""`cpb import --items READING`: the clerk says how a page's items are marked, where cpb's own reading came out wrong."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from cpb_tui.cli import cli
from cpb_tui.store import Store

# Three minutes that lost their headings, a paragraph each: too few for cpb to split them by itself
_LOST_HEADINGS = (
    "Minutes of the meeting of Tollerby Parish Council held on 9 March 2034 at the Reading Room\n\n"
    "Present: Cllrs Abbot (Chair), Bligh, Cotter and Dunne.\n\n"
    "The minutes of the February meeting were approved and signed as a true record.\n\n"
    "The clerk reported that the bus shelter glass had been broken again. The Clerk to ask the insurers for a claim form.\n\n"
    "Cllr Bligh said the verges on Mill Road had not been cut. Cllr Bligh will write to the county about the verges.\n"
)


@pytest.fixture
def run(db_path):
    runner = CliRunner()
    return lambda *args: runner.invoke(cli, ["--db", str(db_path), *args], catch_exceptions=False)


def _stored(db_path) -> tuple[list[str], list[str]]:
    store = Store.open(db_path)
    try:
        meeting = store.meetings()[0]
        return [item.title for item in store.items(meeting.id)], [action.text for action in store.actions()]
    finally:
        store.close()


def test_paragraphs_read_as_items_when_the_clerk_asks(run, db_path, tmp_path):
    page = tmp_path / "tollerby.txt"
    page.write_text(_LOST_HEADINGS, encoding="utf-8")
    assert "(1 item)" in run("import", str(page), "--dry-run").output  # cpb's own reading: one block of text
    result = run("import", str(page), "--items", "paragraphs")
    assert result.exit_code == 0, result.output
    assert "imported" in result.output and "(3 items)" in result.output
    titles, tasks = _stored(db_path)
    assert titles == [
        "The minutes of the February meeting were approved",
        "The clerk reported that the bus shelter glass",
        "Cllr Bligh said the verges on Mill Road",
    ]
    assert tasks == ["The Clerk to ask the insurers for a claim form", "Cllr Bligh to write to the county about the verges"]


def test_a_page_imported_before_is_not_read_a_second_way(run, db_path, tmp_path):
    # the store keeps items by meeting: a second reading would leave the first one's items beside its own
    page = tmp_path / "tollerby.txt"
    page.write_text(_LOST_HEADINGS, encoding="utf-8")
    assert run("import", str(page)).exit_code == 0
    before = _stored(db_path)
    result = run("import", str(page), "--items", "paragraphs")
    assert result.exit_code == 1
    assert "imported before, so it is not read again as paragraphs: the store keeps its first reading" in result.output
    assert _stored(db_path) == before
    assert "nothing to do" in run("import", str(page)).output


def test_a_reading_that_finds_no_items_is_refused_naming_the_file(run, db_path, tmp_path):
    page = tmp_path / "tollerby.txt"
    page.write_text(_LOST_HEADINGS, encoding="utf-8")
    result = run("import", str(page), "--items", "numbered")
    assert result.exit_code == 1
    assert f"{page}: read as numbered (--items numbered), it has no items: try another reading, or none" in result.output
    assert not db_path.exists() or not _stored_meetings(db_path)


def _stored_meetings(db_path):
    store = Store.open(db_path)
    try:
        return store.meetings()
    finally:
        store.close()


def test_explain_counts_the_items_of_each_reading(run, tmp_path):
    page = tmp_path / "tollerby.txt"
    page.write_text(_LOST_HEADINGS, encoding="utf-8")
    output = run("import", str(page), "--explain").output
    assert "items read by cpb; other readings (cpb import --items NAME): numbered 0, headings 0, paragraphs 3" in output
    output = run("import", str(page), "--explain", "--items", "paragraphs").output
    assert "items read as paragraphs;" in output and "chosen: general minutes and agendas" in output


def test_an_unknown_reading_is_refused_before_any_file_is_read(run, tmp_path):
    result = run("import", str(tmp_path / "none.txt"), "--items", "columns")
    assert result.exit_code == 2 and "'columns' is not one of 'numbered', 'headings', 'paragraphs'" in result.output
