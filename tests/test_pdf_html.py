"""PDF packs and saved web pages: reading them, refusing the unreadable, folders of files."""

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from cpb_tui.cli import cli
from cpb_tui.importers import ImportProblem, load
from cpb_tui.store import Store
from tests.pdfgen import build_sample_pack


@pytest.fixture
def run(db_path):
    runner = CliRunner()
    return lambda *args: runner.invoke(cli, ["--db", str(db_path), *args], catch_exceptions=False)


def counts(db_path):
    if not db_path.exists():
        return None
    store = Store.open(db_path)
    try:
        return store.counts()
    finally:
        store.close()


@pytest.fixture
def pack_pdf(tmp_path):
    return build_sample_pack(tmp_path / "pack.pdf", two_column_item="3", table_item="4")


def test_pdf_pack_items_pages_and_sections(pack_pdf):
    source, record = load(pack_pdf)
    assert source.format == "pdf" and record.page_count == 11
    own, minutes = record.meetings
    assert (own.committee, own.date, own.time) == ("Corporate Parenting Board", dt.date(2025, 6, 19), "10.00 am")
    assert [(i.number, i.page_start, i.page_end) for i in own.items] == [
        ("1", None, None),
        ("2", 3, 3),
        ("3", 4, 7),
        ("4", 8, 11),
    ]
    report = own.items[2].reports[0]
    assert [(s.heading, s.page_start) for s in report.sections] == [
        ("Purpose of this Report", 4),
        ("Recommendation(s)", 4),
        ("Executive Summary", 4),
        ("Conclusions", 6),
    ]
    assert report.sections[-1].page_end == 7  # the two-column page follows the last paragraph
    assert minutes.date == dt.date(2025, 3, 13)
    assert [r.verb for r in minutes.items[1].resolutions] == ["notes", "requests"]


def test_running_headers_and_footers_are_dropped(pack_pdf):
    _, record = load(pack_pdf)
    bodies = "\n".join(s.body for i in record.meetings[0].items for r in i.reports for s in r.sections)
    assert "Page 5" not in bodies and "Page 12" not in bodies
    assert "Westbridge County Council" not in bodies


def test_two_columns_and_a_table_stay_readable_and_in_their_item(pack_pdf):
    _, record = load(pack_pdf)
    items = record.meetings[0].items
    placement = " ".join(s.body for s in items[2].reports[0].sections)
    assert placement.index("Left column line 20") < placement.index("Right column line 1:")
    school = items[3].reports[0]
    assert school.title == "Virtual School Annual Report"
    section = school.sections[-1]
    assert "Foster care \u00b7 412 \u00b7 398" in section.body and "Residential \u00b7 61 \u00b7 66" in section.body
    assert [list(row) for row in section.tables[0].rows] == [
        ["Placement", "2024", "2025"], ["Foster care", "412", "398"], ["11.", "5%", "2021"], ["Residential", "61", "66"]
    ]
    assert len(load(pack_pdf)[0].tables) == 1  # the two-column page is not a table


def test_imported_pdf_sections_keep_their_pack_pages(run, pack_pdf, db_path):
    assert run("import", str(pack_pdf)).exit_code == 0
    shown = json.loads(run("show", "2025-06-19", "--json").output)
    sections = shown["items"][2]["sections"]
    assert sections[3]["pages"] == {"start": 6, "end": 7}


@pytest.mark.parametrize(
    "options, expected",
    [
        ({"user_password": "secret"}, "is encrypted"),
        ({"image_only": True}, "no text layer on pages 1-3 of 3 (a scanned document): it needs OCR"),
    ],
    ids=["encrypted", "scanned"],
)
def test_unreadable_pdfs_get_their_own_message_and_write_nothing(run, tmp_path, db_path, fixture_path, options, expected):
    run("import", str(fixture_path("report.txt")))
    before = counts(db_path)
    bad = build_sample_pack(tmp_path / "bad.pdf", **options)
    result = run("import", str(bad))
    assert result.exit_code == 1
    assert f"error: {bad}: " in result.output and expected in result.output
    assert counts(db_path) == before


@pytest.mark.parametrize("cut", ["truncated", "corrupt"])
def test_damaged_pdfs(run, tmp_path, db_path, pack_pdf, fixture_path, cut):
    run("import", str(fixture_path("report.txt")))
    before = counts(db_path)
    data = pack_pdf.read_bytes()
    damaged = data[: len(data) // 3] if cut == "truncated" else data[:20] + bytes(len(data) - 40) + data[-20:]
    bad = tmp_path / f"{cut}.pdf"
    bad.write_bytes(damaged)
    result = run("import", str(bad))
    assert result.exit_code == 1
    assert "damaged" in result.output and "download it again" in result.output
    assert counts(db_path) == before


def test_a_few_blank_pages_are_a_warning_not_a_failure(run, tmp_path):
    pack = build_sample_pack(tmp_path / "blank.pdf", blank_pages=2)
    result = run("import", str(pack))
    assert result.exit_code == 0
    assert "warning:" in result.output and "pages 10-11 have no text" in result.output


def test_issue_history_page_links_the_topic_across_meetings(run, fixture_path, db_path):
    result = run("import", str(fixture_path("issue_history.html")))
    assert result.exit_code == 0, result.output
    meetings = json.loads(run("meetings", "--json").output)["meetings"]
    assert [(m["date"], m["committee"]) for m in meetings] == [
        ("2024-09-17", "Corporate Parenting Board"),
        ("2024-03-12", "Corporate Parenting Board"),
    ]
    march = json.loads(run("show", "2024-03-12", "--json").output)["items"][0]
    assert march["title"] == "Sufficiency of Foster Carers" and march["minute_number"] == "22"
    assert [(r["clause"], r["verb"]) for r in march["resolutions"]] == [("i", "notes"), ("ii", "requests")]
    store = Store.open(db_path)
    rows = store.db.execute(
        "select t.title, ti.state, ti.source from topics t join topic_items ti on ti.topic_id = t.id"
    ).fetchall()
    store.close()
    assert rows == [("Sufficiency of Foster Carers", "confirmed", "issue page")] * 2


def test_scripts_navigation_and_sidebars_never_become_meetings(run, fixture_path):
    run("import", str(fixture_path("issue_history.html")))
    text = run("show", "2024-03-12", "--json").output + run("meetings", "--json").output
    for furniture in ("Fake", "Side Bar", "Footer Panel", "Councillors", "analytics"):
        assert furniture not in text


def test_agenda_item_page_asks_for_context(fixture_path):
    with pytest.raises(ImportProblem, match="--committee 'NAME OF COMMITTEE' --date YYYY-MM-DD"):
        load(fixture_path("agenda_item.html"))
    _, record = load(fixture_path("agenda_item.html"), committee="Corporate Parenting Board", date=dt.date(2024, 6, 18))
    item = record.meetings[0].items[0]
    assert item.title == "Care Leavers Covenant"
    assert "- Three had already offered work experience." in item.minutes
    assert item.resolutions[0].text.startswith("That the Board notes the progress and asks officers to circulate")


def test_decision_page(fixture_path):
    _, record = load(fixture_path("decision.html"))
    (meeting,) = record.meetings
    assert (record.kind, meeting.committee, meeting.date) == ("decision", "Cabinet", dt.date(2025, 2, 18))
    item = meeting.items[0]
    assert item.title == "Kinship Care Allowances"
    assert [(r.label, r.verb) for r in item.resolutions] == [("1", "approves"), ("2", "requests")]


def test_new_version_of_a_pack_replaces_text_and_keeps_clause_ids(run, tmp_path, db_path):
    (tmp_path / "v1").mkdir()
    (tmp_path / "v2").mkdir()
    first = build_sample_pack(tmp_path / "v1" / "pack.pdf")
    second = build_sample_pack(tmp_path / "v2" / "pack.pdf", revised=True)
    run("import", str(first))
    store = Store.open(db_path)
    (march,) = store.meetings_on(dt.date(2025, 3, 13))
    fostering = store.items(march.id)[1]
    before = {r.label: r.id for r in store.resolutions(fostering.id)}
    sections_before = store.counts()["sections"]
    store.close()

    result = run("import", str(second))
    assert result.exit_code == 0 and result.output.startswith("updated")
    store = Store.open(db_path)
    after = store.resolutions(fostering.id)
    assert [r.label for r in after] == ["i", "ii", "iii"]
    assert {r.label: r.id for r in after if r.label in before} == before
    assert after[1].text == "Requests a further update to the November 2025 meeting."
    assert store.counts()["sections"] == sections_before
    assert store.counts()["documents"] == 3  # the pack and its two reports, not doubled
    versions = store.db.execute("select count(*) from document_versions").fetchone()[0]
    store.close()
    assert versions == 1


def make_mixed_folder(folder, fixture_path):
    """47 good files of every kind and 3 bad ones."""
    folder.mkdir()
    good = 0
    for month in range(1, 13):
        for day in (3, 17):
            date = dt.date(2024, month, day)
            line = f"Date and Time: {date.strftime('%A')}, {day}th {date.strftime('%B')}, 2024 at 10.00 am"
            build_sample_pack(folder / f"pack-{date.isoformat()}.pdf", date_line=line, report_pages=1)
            good += 1
    template = fixture_path("issue_page.txt").read_text()
    for n in range(12):
        page = template.replace("18/06/2024", f"{n + 1:02d}/07/2023").replace("(Item 30)", f"(Item {n + 40})")
        page = page.replace("30 Virtual School", f"{n + 40} Virtual School")
        (folder / f"minutes-{n}.txt").write_text(page)
        good += 1
    for n in range(6):
        html = fixture_path("issue_history.html").read_text().replace("2024", str(2010 + n))
        (folder / f"issue-{n}.html").write_text(html)
        good += 1
    for n in range(5):
        report = fixture_path("report.txt").read_text().replace("18 June 2024", f"{n + 1} May 2019")
        (folder / f"report-{n}.md").write_text(report)
        good += 1
    (folder / "notes.docx").write_bytes(b"PK\x03\x04 not imported")
    (folder / "empty.txt").write_text("")
    build_sample_pack(folder / "locked.pdf", user_password="pw")
    (folder / "cut.pdf").write_bytes((folder / "pack-2024-01-03.pdf").read_bytes()[:900])
    return good


def test_folder_of_fifty_mixed_files_with_three_bad(run, tmp_path, fixture_path, db_path):
    folder = tmp_path / "downloads"
    assert make_mixed_folder(folder, fixture_path) == 47
    result = run("import", str(folder))
    assert result.exit_code == 1
    assert "47 imported, 3 failed" in result.output
    failed_block = result.output.split("failed:")[-1]
    for name in ("empty.txt", "locked.pdf", "cut.pdf"):
        assert name in failed_block
    assert "skipped 1 file(s) of other types" in result.output
    again = run("import", str(folder))
    assert "0 imported, 47 unchanged, 3 failed" in again.output


def test_dry_run_writes_nothing(run, tmp_path, fixture_path, db_path, pack_pdf):
    result = run("import", "--dry-run", str(pack_pdf), str(fixture_path("issue_page.txt")))
    assert result.exit_code == 0
    assert result.output.count("would import") == 3
    assert "dry run, nothing written: 2 would import" in result.output
    assert not db_path.exists()


def test_quoted_glob(run, tmp_path, fixture_path):
    for n in range(2):
        report = fixture_path("report.txt").read_text().replace("18 June 2024", f"{n + 1} May 2019")
        (tmp_path / f"r{n}.txt").write_text(report)
    result = run("import", str(tmp_path / "r*.txt"))
    assert result.exit_code == 0 and "2 imported, 0 failed" in result.output


def test_hundred_page_pack(tmp_path):
    from tests.pdfgen import build_large_pack

    pack = build_large_pack(tmp_path / "large.pdf", reports=9, report_pages=10)
    source, record = load(pack)
    assert record.page_count >= 100
    items = record.meetings[0].items
    assert [i.number for i in items] == [str(n) for n in range(1, 12)]
    with_papers = [i for i in items if i.reports]
    # Each item's papers start where the agenda says, and the ranges tile the pack.
    for before, after in zip(with_papers, with_papers[1:]):
        assert after.page_start == before.page_end + 1
    assert with_papers[-1].page_end == record.page_count
    for item in with_papers:
        sections = [s for r in item.reports for s in r.sections]
        assert [s.heading for s in sections[:3]] == ["Purpose of this Report", "Recommendation(s)", "Executive Summary"]
        starts = [s.page_start for s in sections]
        assert starts == sorted(starts) and item.page_start <= starts[0] and sections[-1].page_end <= item.page_end


def test_agenda_pages_that_disagree_with_the_pack_are_reported(run, tmp_path):
    pack = build_sample_pack(tmp_path / "misprinted.pdf", misprint_pages=2)
    result = run("import", str(pack))
    assert result.exit_code == 0
    assert "warning:" in result.output
    assert "the agenda puts item 3 at page 6, but its papers start on page 4" in result.output
