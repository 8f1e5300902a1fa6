"""The `cpb` command through click's CliRunner, on a store in a temporary folder."""

import json

import pytest
from click.testing import CliRunner

from cpb_tui.cli import cli
from cpb_tui.store import Store


@pytest.fixture
def run(db_path):
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(cli, ["--db", str(db_path), *args], catch_exceptions=False)

    return invoke


def counts(db_path):
    store = Store.open(db_path)
    try:
        return store.counts()
    finally:
        store.close()


def test_import_then_meetings_and_show_json(run, fixture_path):
    result = run("import", str(fixture_path("pack_no_cover.txt")), "--date", "18/06/2024")
    assert result.exit_code == 0, result.output
    assert "imported" in result.output and "18 June 2024 (4 items)" in result.output
    meetings = json.loads(run("meetings", "--json").output)["meetings"]
    assert [(m["date"], m["committee"], m["item_count"]) for m in meetings] == [
        ("2024-06-18", "Corporate Parenting Board", 4),
        ("2024-03-12", "Corporate Parenting Board", 4),
    ]
    shown = json.loads(run("show", "2024-03-12", "--json").output)
    assert shown["version"] == 2
    fostering = shown["items"][1]
    assert fostering["number"] == "22"
    assert fostering["resolutions"][1] == {
        "clause": "ii",
        "lead_in": "That the Corporate Parenting Board:",
        "text": "Requests a further update to the September 2024 meeting.",
        "verb": "requests",
    }
    by_id = json.loads(run("show", str(meetings[0]["id"]), "--json").output)
    assert by_id["items"][1]["pages"] == {"start": 3, "end": 6}


def test_show_as_text(run, fixture_path):
    run("import", str(fixture_path("issue_page.txt")))
    result = run("show", "18 June 2024")
    assert result.exit_code == 0
    assert "30. Virtual School Annual Report" in result.output
    assert "That the Corporate Parenting Board notes the report" in result.output


def test_missing_context_is_asked_for_not_guessed(run, fixture_path, db_path):
    path = fixture_path("agenda_item_page.txt")
    result = run("import", str(path))
    assert result.exit_code == 1
    assert str(path) in result.output and "--committee" in result.output and "--date" in result.output
    assert counts(db_path)["items"] == 0
    result = run("import", str(path), "--committee", "Corporate Parenting Board", "--date", "2024-06-18")
    assert result.exit_code == 0, result.output


def test_reimport_says_unchanged(run, fixture_path, db_path):
    run("import", str(fixture_path("report.txt")))
    before = counts(db_path)
    result = run("import", str(fixture_path("report.txt")))
    assert result.exit_code == 0 and result.output.startswith("unchanged")
    assert counts(db_path) == before


@pytest.mark.parametrize(
    "name, content",
    [
        ("empty.txt", b""),
        ("image.txt", bytes(range(256)) * 4),
        ("letter.txt", b"Dear Sam,\n\nThank you for the flowers.\n\nBest wishes\n"),
    ],
    ids=["empty", "binary", "not-a-meeting-document"],
)
def test_bad_file_one_line_error_and_unchanged_store(run, fixture_path, db_path, tmp_path, name, content):
    run("import", str(fixture_path("report.txt")))
    before = counts(db_path)
    bad = tmp_path / name
    bad.write_bytes(content)
    result = run("import", str(bad))
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {bad}: ")
    assert counts(db_path) == before


def test_one_bad_file_does_not_stop_the_others(run, fixture_path, tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    result = run("import", str(bad), str(fixture_path("report.txt")))
    assert result.exit_code == 1
    assert "imported" in result.output and "is empty" in result.output


def test_bad_date_option(run, fixture_path):
    result = run("import", str(fixture_path("report.txt")), "--date", "soon")
    assert result.exit_code == 2
    assert "--date" in result.output


def test_show_unknown_meeting(run):
    result = run("show", "2031-01-01")
    assert result.exit_code == 1
    assert "MEETING: no meeting on 1 January 2031" in result.output


def test_meetings_on_an_empty_store_says_what_to_do(run):
    result = run("meetings")
    assert "cpb demo" in result.output


def test_db_from_environment(fixture_path, tmp_path, monkeypatch):
    path = tmp_path / "elsewhere.db"
    monkeypatch.setenv("CPB_DB", str(path))
    result = CliRunner().invoke(cli, ["import", str(fixture_path("report.txt"))])
    assert result.exit_code == 0
    assert path.exists()


def test_cpb_home_moves_the_default_database(fixture_path, isolated_home):
    result = CliRunner().invoke(cli, ["import", str(fixture_path("report.txt"))])
    assert result.exit_code == 0
    assert (isolated_home / "cpb.db").exists()


def test_read_prints_plain_text(run, fixture_path):
    run("import", str(fixture_path("pack_no_cover.txt")), "--date", "2024-06-18")
    whole = run("read", "2024-03-12")
    assert whole.exit_code == 0
    assert whole.output.startswith("Corporate Parenting Board, 12 March 2024\n")
    assert "Apologies: Councillor Ravi Moss." in whole.output
    assert "ii) Requests a further update to the September 2024 meeting." in whole.output
    one = run("read", "2024-06-18", "4")
    assert "Item 4. Kinship Care Strategy Update" in one.output
    assert "Recommendation(s)" in one.output and "Item 3." not in one.output
    # No box drawing, no Markdown escapes or emphasis markers.
    for text in (whole.output, one.output):
        assert not any("\u2500" <= ch <= "\u257f" for ch in text)
        assert "\\[" not in text and "**" not in text
    missing = run("read", "2024-06-18", "42")
    assert missing.exit_code == 1 and "ITEM: no item 42 at the meeting of 18 June 2024" in missing.output
