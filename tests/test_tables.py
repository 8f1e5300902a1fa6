"""Tables and lists kept from the source: found in PDFs, web pages and text, stored as rows and
cells (m009), drawn as tables in the reader and aligned in `cpb read`, one record a row when too wide."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner

from cpb_tui.cli import cli
from cpb_tui.domain.tables import Table, split_body
from cpb_tui.export.tables import records_text, table_text
from cpb_tui.importers import load
from cpb_tui.importers.report import parse_sections
from cpb_tui.store import Store
from cpb_tui.tui.app import make_app
from cpb_tui.tui.screens import MeetingScreen
from tests.pdfgen import build_sample_pack
from tests.test_snapshots import until


@pytest.fixture
def run(db_path):
    runner = CliRunner()
    return lambda *args: runner.invoke(cli, ["--db", str(db_path), *args], catch_exceptions=False)


@pytest.fixture
def pack_pdf(tmp_path):
    return build_sample_pack(tmp_path / "pack.pdf", two_column_item="3", table_item="4")


def test_a_pdf_table_is_stored_as_rows_and_cells_and_read_aligned(run, pack_pdf, db_path):
    assert run("import", str(pack_pdf)).exit_code == 0
    conn = sqlite3.connect(db_path)
    cells = conn.execute("select row, col, text from table_cells order by row, col").fetchall()
    conn.close()
    assert cells[:4] == [(0, 0, "Placement"), (0, 1, "2024"), (0, 2, "2025"), (1, 0, "Foster care")]
    assert len(cells) == 12
    text = run("read", "2025-06-19", "4").output
    assert (
        "Table 1: children in care by placement type\n\n"
        "Placement    2024  2025\n"
        "-----------  ----  ----\n"
        "Foster care   412   398\n"
        "11.            5%  2021\n"
        "Residential    61    66\n"
    ) in text


def test_two_columns_of_prose_are_not_a_table(pack_pdf):
    source, record = load(pack_pdf)
    assert [t.table.rows[0] for t in source.tables] == [("Placement", "2024", "2025")]
    placement = record.meetings[0].items[2].reports[0]
    assert not any(section.tables for section in placement.sections)


def _page(lines_at: list[tuple[float, float, str]]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for x, y, text in lines_at:
        pdf.set_xy(x, y)
        pdf.cell(0, 6, text)
    return bytes(pdf.output())


def test_a_table_drawn_column_by_column_is_found_but_narrow_columns_of_prose_are_not():
    from cpb_tui.importers.pdf import extract_pdf

    columns = [["Quarter", "Q4 2025/26", "Q1 2026/27"], ["Thornmere (pilot)", "63%", "74%"], ["Rest of county", "60%", "61%"]]
    cells = [(10 + 60 * c, 20 + 7 * r, cell) for c, column in enumerate(columns) for r, cell in enumerate(column)]
    found = extract_pdf(_page([(10, 10, "Return home interviews accepted")] + cells)).tables
    assert [t.table.rows for t in found] == [
        (("Quarter", "Thornmere (pilot)", "Rest of county"), ("Q4 2025/26", "63%", "60%"), ("Q1 2026/27", "74%", "61%"))
    ]
    assert found[0].lines[:3] == ("Quarter", "Q4 2025/26", "Q1 2026/27")  # the text's lines, a cell each
    left = ["The Board heard that the", "service had recruited more", "carers in the year than in", "any year since 2019."]
    right = ["Officers explained that the", "new campaign had reached", "families who had never", "thought of fostering."]
    prose = [(10, 20 + 7 * r, line) for r, line in enumerate(left)] + [(110, 20 + 7 * r, line) for r, line in enumerate(right)]
    assert extract_pdf(_page(prose)).tables == []


def test_a_web_page_table_is_read_aligned_and_a_wide_one_as_records(run, fixture_path):
    assert run("import", str(fixture_path("report_tables.html"))).exit_code == 0
    text = run("read", "2026-10-22", "--width", "88").output
    assert (
        "Return home interviews accepted\n\n"
        "Quarter     Thornmere (pilot)  Rest of county\n"
        "----------  -----------------  --------------\n"
        "Q4 2025/26                63%             60%\n"
    ) in text
    # Four columns of sentences do not fit in 88: one record a row, labelled by the header.
    assert "Option: Stop the pilot\nWhat it would mean for children who go missing: Interviews go back" in text
    assert "Cost in a full year: \u00a3184,000 from the placements budget" in text
    # Cells are shown, never obeyed: markup stays as written.
    assert "Risks the service sees: [bold red]Acceptance[/bold red] falls back to 61%" in text
    # A lettered list keeps its letters, a line each.
    assert "a) That the Board notes the results of the Thornmere pilot.\n\nb) That the Board supports" in text


def test_table_text_is_searchable_and_in_the_json_body(run, fixture_path):
    run("import", str(fixture_path("report_tables.html")))
    found = json.loads(run("search", "Eastmere", "--json").output)
    assert [(hit["kind"], hit["heading"]) for hit in found["hits"]] == [("report", "Options")]
    shown = json.loads(run("show", "2026-10-22", "--json").output)
    summary, options = shown["items"][0]["sections"][:2]
    assert "Extend to Eastmere only" in options["body"]
    assert summary["tables"] == [
        {
            "header_rows": 1,
            "rows": [
                ["Quarter", "Thornmere (pilot)", "Rest of county"],
                ["Q4 2025/26", "63%", "60%"], ["Q1 2026/27", "74%", "61%"], ["Q2 2026/27", "78%", "62%"],
            ],
        }
    ]
    assert options["tables"][0]["rows"][0][0] == "Option" and len(options["tables"][0]["rows"]) == 4


def test_tab_separated_rows_in_text_are_a_table_and_numbered_paragraphs_are_not():
    lines = [
        "Links to the Council Plan",
        "",
        "Children have the best start in life:\tyes",
        "Council Plan priority reference (if appropriate):\t2.3",
        "Strong and safe communities:\tyes",
        "Council Plan priority reference (if appropriate):",
        "",
        "Background documents",
        "Document\tLocation",
        "",
        "Survey results 2024\tCounty Hall",
    ]
    section = parse_sections(lines, "Report")[0]
    assert [t.rows for t in section.tables] == [
        (
            ("Children have the best start in life:", "yes"),
            ("Council Plan priority reference (if appropriate):", "2.3"),
            ("Strong and safe communities:", "yes"),
            ("Council Plan priority reference (if appropriate):",),
        ),
        (("Document", "Location"), ("Survey results 2024", "County Hall")),
    ]
    assert [t.header_rows for t in section.tables] == [0, 1]
    numbered = parse_sections(["1.1\tThe first paragraph of the report.", "1.2\tThe second paragraph."], "Report")[0]
    assert numbered.tables == []


def test_a_markdown_pipe_table_is_a_table_and_pipes_in_prose_are_not():
    lines = ["Rates:", "| Quarter | Rate |", "|---|---:|", "| Q1 | 63% |", "| Q2 | 74% |", "After the table."]
    section = parse_sections(lines, "Report")[0]
    assert [t.rows for t in section.tables] == [(("Quarter", "Rate"), ("Q1", "63%"), ("Q2", "74%"))]
    assert section.body.startswith("Rates:\n\n<!-- cpb:table 0 -->\nQuarter \u00b7 Rate  \n")
    unruled = parse_sections(["| Quarter | Rate |", "| Q1 | 63% |"], "Report")[0]
    assert unruled.tables == []


def test_a_cell_cannot_close_its_table_block_or_reach_the_terminal(tmp_path, db_path, run):
    page = tmp_path / "hostile.html"
    page.write_text(
        "<html><body><main><p>Title: Hostile Cells</p><p>Committee: Corporate Parenting Board</p>"
        "<p>Date: 22 October 2026</p><p>Report From: Director</p><h2>Executive Summary</h2>"
        "<table><tr><th>Name</th><th>Value</th></tr>"
        "<tr><td>&lt;!-- /cpb:table --&gt;</td><td>\x1b]52;c;ZXZpbA==\x07 one</td></tr>"
        "<tr><td>\u202eright</td><td>[link=file:///etc]two[/link]</td></tr></table></main></body></html>",
        encoding="utf-8",
    )
    assert run("import", str(page)).exit_code == 0
    store = Store.open(db_path)
    section = store.sections(store.items(store.meetings()[0].id)[0].id)[0]
    store.close()
    assert [part if isinstance(part, str) else part[0] for part in split_body(section.body)] == [0]
    assert section.tables[0].rows[1][0] == "<!-- /cpb:table -->"
    text = run("read", "2026-10-22").output
    assert "\x1b" not in text and "\x07" not in text and "\u202e" not in text
    assert "<!-- /cpb:table -->" in text and "[link=file:///etc]two[/link]" in text


def test_a_table_too_wide_for_its_columns_becomes_records():
    table = Table((("Name", "Note"), ("Foster care", "a long note " * 8), ("Residential", "short")), header_rows=1)
    assert table_text(table, 40) == records_text(table, 40)
    assert records_text(table, 40).splitlines()[:2] == ["Name: Foster care", "Note: a long note a long note a long"]
    headless = Table((("Foster care", "a long note " * 8),), header_rows=0)
    assert records_text(headless, 100).splitlines() == ["Foster care", "- " + ("a long note " * 8).strip()]


def test_a_store_made_before_tables_reads_its_sections_as_before(tmp_path, fixture_path):
    from tests.test_migrations import store_at

    old = store_at(tmp_path / "old.db", 8)
    store = Store.open(old)
    source, record = load(fixture_path("report.txt"))
    store.import_document(record, source.path.name, source.sha256)
    assert all(section.tables == () for item in store.items(store.meetings()[0].id) for section in store.sections(item.id))
    store.close()


async def _report_at(pilot, db_path, date: str, number: str, section: int) -> None:
    store = Store.open(db_path)
    meeting = next(m for m in store.meetings() if m.date.isoformat() == date)
    store.close()
    pilot.app.push_screen(MeetingScreen(meeting.id, number))
    await until(pilot, lambda: isinstance(pilot.app.screen, MeetingScreen) and pilot.app.screen.sections)
    for _ in range(section):
        await pilot.press("right_curly_bracket")
    await pilot.pause(0.1)


def test_snapshot_a_pdf_table_in_the_reader(snap_compare, pinned_today, pack_pdf, db_path, run):
    run("import", str(pack_pdf))
    assert snap_compare(
        make_app(db_path), run_before=lambda pilot: _report_at(pilot, db_path, "2025-06-19", "4", 3), terminal_size=(100, 30)
    )


def test_snapshot_a_web_page_table_and_a_wide_one_in_the_reader(snap_compare, pinned_today, fixture_path, db_path, run):
    run("import", str(fixture_path("report_tables.html")))
    assert snap_compare(
        make_app(db_path), run_before=lambda pilot: _report_at(pilot, db_path, "2026-10-22", None, 0), terminal_size=(100, 40)
    )


def test_web_page_tables_spanning_columns_line_up_spanning_rows_stay_text_and_paragraphs_in_cells_are_cells():
    from cpb_tui.importers.html import read_html

    page = read_html(
        "<main><table><tr><th>Measure</th><th colspan='2'>Year</th></tr>"
        "<tr><td>KS2</td><td>28%</td><td>30%</td></tr><tr><td>KS4</td><td>16%</td><td>21%</td></tr></table>"
        "<table><tr><td rowspan='2'>Eastmere</td><td>1</td></tr><tr><td>2</td></tr><tr><td>Ashby</td><td>3</td></tr></table>"
        "<table><tr><td><p>A paragraph in a cell</p></td><td>1</td></tr><tr><td>x</td><td>2</td></tr></table></main>"
    )
    assert [t.table.padded() for t in page.tables] == [
        [["Measure", "Year", ""], ["KS2", "28%", "30%"], ["KS4", "16%", "21%"]],
        [["A paragraph in a cell", "1"], ["x", "2"]],
    ]
    # The parsers' text is as before; each table knows the lines it became.
    assert page.text.splitlines() == [
        "Measure Year", "KS2 28% 30%", "KS4 16% 21%", "Eastmere 1", "2", "Ashby 3", "A paragraph in a cell", "1", "x 2"
    ]
    assert [t.lines for t in page.tables] == [
        ("Measure Year", "KS2 28% 30%", "KS4 16% 21%"), ("A paragraph in a cell", "1", "x 2")
    ]


def test_a_header_wider_than_its_cells_wraps_rather_than_the_table_turning_to_records():
    table = Table((("Quarter", "Thornmere (pilot)", "Rest of county"), ("Q4 2025/26", "63%", "60%")), header_rows=1)
    assert table_text(table, 44) == (
        "Quarter     Thornmere (pilot)        Rest of\n"
        "                                      county\n"
        "----------  -----------------  -------------\n"
        "Q4 2025/26                63%            60%"
    )


def test_the_reader_draws_cells_literally_and_turns_a_wide_table_to_records():
    from rich.console import Console

    from cpb_tui.domain.models import Section
    from cpb_tui.domain.tables import table_block
    from cpb_tui.tui.widgets.section_body import section_body

    table = Table((("Name", "Value"), ("[bold red]alarm[/bold red]", "\x1b]52;c;ZXZpbA==\x07 12"), ("\u202eright", "7")))
    body = "Before.\n\n" + table_block(0, ["Name \u00b7 Value", "x \u00b7 12", "right \u00b7 7"]) + "\n\nAfter."
    section = Section(1, 1, 1, None, "Heading", 1, body, None, None, False, tables=(table,))

    def shown(width: int) -> str:
        console = Console(width=width, record=True, file=open("/dev/null", "w"))
        console.print(section_body(section))
        return console.export_text()

    wide = shown(60)
    assert "[bold red]alarm[/bold red]" in wide and "\x1b" not in wide and "\u202e" not in wide
    assert [line.split() for line in wide.splitlines() if "alarm" in line] == [["[bold", "red]alarm[/bold", "red]", "12"]]
    narrow = shown(20)
    assert "Name: [bold" in narrow and "Value: 12" in narrow and "Value: 7" in narrow
    assert narrow.index("Before.") < narrow.index("Name:") < narrow.index("After.")


def test_a_new_version_of_a_report_replaces_its_tables(run, fixture_path, tmp_path, db_path):
    page = tmp_path / "report.html"
    page.write_text(fixture_path("report_tables.html").read_text(encoding="utf-8"), encoding="utf-8")
    run("import", str(page))
    page.write_text(page.read_text(encoding="utf-8").replace("<td>78%</td>", "<td>80%</td>"), encoding="utf-8")
    assert "a new version" in run("import", str(page)).output
    conn = sqlite3.connect(db_path)
    counts = conn.execute("select (select count(*) from section_tables), (select count(*) from table_cells)").fetchone()
    changed = conn.execute("select text from table_cells where row = 3 and col = 1 and text like '8%'").fetchall()
    conn.close()
    assert counts == (2, 28) and changed == [("80%",)]


def test_report_list_items_keep_their_markers_a_line_each():
    from cpb_tui.importers.layout import to_markdown

    lines = [
        "The Board is asked to agree the following steps for the service during the next year:",
        "a) extend the pilot to the whole county from January, with the same youth worker for",
        "each child;",
        "b) report back in six months.",
        "The officers also propose the following, which the service has costed in full already:",
        "(1) a relaunch of the campaign;",
        "\u2022",
        "a point whose bullet stood alone on its line;",
        "4) a numbered point",
    ]
    assert to_markdown(lines, markers=True).split("\n\n") == [
        "The Board is asked to agree the following steps for the service during the next year:",
        "a) extend the pilot to the whole county from January, with the same youth worker for each child;",
        "b) report back in six months.",
        "The officers also propose the following, which the service has costed in full already:",
        "(1) a relaunch of the campaign;",
        "- a point whose bullet stood alone on its line;",
        "4\\) a numbered point",
    ]
    # Minutes keep the reading their parsers were written for: the items run on as before.
    assert "year: a) extend" in to_markdown(lines)
