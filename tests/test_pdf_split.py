"""A long PDF read in two processes (`importers/pdf_split.py`): the same pages, tables and errors as one process."""

from __future__ import annotations

import os
import signal

import pytest
from click.testing import CliRunner

from cpb_tui.cli import cli
from cpb_tui.importers import pdf, pdf_split
from cpb_tui.importers.pdf import extract_pdf
from tests.pdfgen import build_sample_pack


@pytest.fixture
def forking(monkeypatch):
    """Fork whatever the page count, and even with the test runner's threads running (the child only reads pages)."""
    monkeypatch.setattr(pdf_split, "SPLIT_PAGES", 2)
    monkeypatch.setattr(pdf_split, "can_fork", lambda: hasattr(os, "fork"))
    if not hasattr(os, "fork"):
        pytest.skip("no fork on this platform")


def _children_recorded(monkeypatch) -> list[int]:
    """The pids of the children forked from here on, in order."""
    children: list[int] = []
    real_fork = os.fork

    def fork():
        pid = real_fork()
        children.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", fork)
    return children


def _one_process(data: bytes):
    old = pdf_split.SPLIT_PAGES
    pdf_split.SPLIT_PAGES = 10**9
    try:
        return extract_pdf(data)
    finally:
        pdf_split.SPLIT_PAGES = old


def test_two_processes_read_the_same_pages_tables_and_blank_pages_as_one(tmp_path, forking, monkeypatch):
    data = build_sample_pack(tmp_path / "pack.pdf", two_column_item="3", table_item="4", report_pages=6, blank_pages=2).read_bytes()
    forks = []
    real_fork = os.fork
    monkeypatch.setattr(os, "fork", lambda: forks.append(1) or real_fork())
    split = extract_pdf(data)
    assert forks == [1]
    alone = _one_process(data)
    assert split.pages == alone.pages and split.empty_pages == alone.empty_pages == [len(alone.pages) - 1, len(alone.pages)]
    assert split.tables == alone.tables and split.tables  # the table page is in the second half


def test_a_short_pack_or_a_threaded_process_reads_in_one_process(tmp_path, monkeypatch):
    data = build_sample_pack(tmp_path / "pack.pdf").read_bytes()
    monkeypatch.setattr(os, "fork", lambda: pytest.fail("forked"))
    assert len(extract_pdf(data).pages) < pdf_split.SPLIT_PAGES
    monkeypatch.setattr(pdf_split, "SPLIT_PAGES", 2)
    monkeypatch.setattr(pdf_split.threading, "active_count", lambda: 2)
    assert extract_pdf(data).pages == _one_process(data).pages


def _halves(log):
    """A reader of pages 0..count that notes who read which pages, and fails on page 7 when asked."""
    parent = os.getpid()

    def read(start, end, fail_at=None, child_dies=False):
        if os.getpid() != parent and child_dies:
            os.kill(os.getpid(), signal.SIGKILL)
        if fail_at is not None and start <= fail_at < end:
            raise ValueError(f"page {fail_at + 1} is damaged")
        if os.getpid() == parent:
            log.append((start, end))
        return list(range(start, end))

    return read


@pytest.mark.parametrize("child_dies", [False, True])
def test_a_failure_in_the_child_is_met_again_here_with_the_same_error(forking, child_dies):
    log = []
    read = _halves(log)
    join = lambda a, b: a + b  # noqa: E731
    assert pdf_split.read_split(10, lambda s, e: read(s, e, child_dies=child_dies), join) == list(range(10))
    assert log == ([(0, 5), (5, 10)] if child_dies else [(0, 5)])  # a dead child's pages are read here
    log.clear()
    with pytest.raises(ValueError, match="page 8 is damaged"):
        pdf_split.read_split(10, lambda s, e: read(s, e, fail_at=7), join)
    assert log == [(0, 5)]  # the child failed; its pages read again here, failing the same way


def test_a_failure_in_the_first_half_stops_the_child(forking, monkeypatch):
    children = _children_recorded(monkeypatch)

    def read(start, end):
        if start == 0:
            raise ValueError("page 1 is damaged")
        signal.pause()  # the child would wait for ever
        return []

    with pytest.raises(ValueError, match="page 1 is damaged"):
        pdf_split.read_split(10, read, lambda a, b: a + b)
    with pytest.raises(ChildProcessError):
        os.waitpid(children[0], os.WNOHANG)  # killed and reaped already


def test_a_pdf_damaged_in_its_second_half_gives_the_same_error_naming_the_file(tmp_path, forking, monkeypatch):
    pack = build_sample_pack(tmp_path / "pack.pdf", report_pages=6)
    real_read = pdf._read_pages

    def damaged(document, start, end):
        if start <= 9 < end:
            import pypdfium2 as pdfium

            raise pdfium.PdfiumError("Failed to load page.")
        return real_read(document, start, end)

    monkeypatch.setattr(pdf, "_read_pages", damaged)
    db = tmp_path / "cpb.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "import", str(pack)])
    assert result.exit_code == 1
    assert f"error: {pack}: is damaged part-way through (Failed to load page.): download it again" in result.output


def test_a_machine_with_no_core_to_spare_reads_in_one_process(monkeypatch):
    monkeypatch.setattr(pdf_split.os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    monkeypatch.setattr(pdf_split.os, "getloadavg", lambda: (1.4, 1.0, 1.0))
    assert pdf_split.spare_core()
    monkeypatch.setattr(pdf_split.os, "getloadavg", lambda: (1.8, 1.0, 1.0))
    assert not pdf_split.spare_core()
    monkeypatch.setattr(pdf_split.os, "sched_getaffinity", lambda pid: {0}, raising=False)
    monkeypatch.setattr(pdf_split.os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    assert not pdf_split.spare_core()


def test_the_time_limit_stops_the_import_and_the_child_alike(tmp_path, forking, monkeypatch):
    from cpb_tui.importers.reader import ImportProblem, time_limit

    data = build_sample_pack(tmp_path / "pack.pdf", report_pages=6).read_bytes()
    real_read = pdf._read_pages
    parent = os.getpid()
    children = _children_recorded(monkeypatch)

    def slow(document, start, end):
        if start > 0 and os.getpid() != parent:
            signal.pause()  # the child never finishes: its signals are held, so only a kill ends it
        return real_read(document, start, end)

    monkeypatch.setattr(pdf, "_read_pages", slow)
    with pytest.raises(ImportProblem, match="took more than 0.3 s"):
        with time_limit("pack.pdf", 0.3):
            extract_pdf(data)
    with pytest.raises(ChildProcessError):
        os.waitpid(children[0], os.WNOHANG)  # killed and reaped


def _records_alike(monkeypatch, path):
    """The pack's record parsed with its reports in two processes, and in one."""
    from cpb_tui.importers import agenda_pack, load

    monkeypatch.setattr(agenda_pack, "SPLIT_LINES", 1)
    split = load(path)[1]
    monkeypatch.setattr(agenda_pack, "SPLIT_LINES", 10**9)
    return split, load(path)[1]


def test_a_packs_reports_parsed_in_two_processes_are_those_of_one(tmp_path, forking, monkeypatch):
    pack = build_sample_pack(tmp_path / "pack.pdf", two_column_item="3", table_item="4", report_pages=6)
    forks = []
    real_fork = os.fork
    monkeypatch.setattr(os, "fork", lambda: forks.append(1) or real_fork())
    split, alone = _records_alike(monkeypatch, pack)
    assert len(forks) == 3  # the pages and the reports in two processes, then the pages alone
    assert split == alone and sum(len(i.reports) for i in alone.meetings[0].items) >= 2


def test_a_number_stamped_twice_has_its_papers_parsed_one_by_one(tmp_path, forking, monkeypatch):
    from cpb_tui.importers import agenda_pack

    lines = ["AGENDA", "", "1. Fostering update", "2. Budget", ""]
    for number, title in (("1", "Fostering Recruitment Report"), ("2", "Budget Monitoring"), ("1", "Fostering Annex")):
        lines += ["Agenda Item " + number, "Title: " + title, "Report From: Director of Children's Services", "Date: 19 June 2025", "",
                  "1. Purpose of the report", "", f"This report sets out the {title.lower()} for members.", ""]
    text = "\n".join(lines)
    monkeypatch.setattr(pdf_split, "in_two", lambda first, second: pytest.fail("parsed in two"))
    monkeypatch.setattr(agenda_pack, "SPLIT_LINES", 1)
    record = agenda_pack.parse_agenda_pack(text)
    assert [r.title for r in record.meetings[0].items[0].reports] == ["Fostering Recruitment Report", "Fostering Annex"]


def test_a_failure_meets_the_error_one_by_one_parsing_met_first(monkeypatch):
    from cpb_tui.importers import agenda_pack

    lines = ["AGENDA", "", "1. Fostering", "2. Budget", ""]
    for number, title in (("1", "Fostering Recruitment Report"), ("2", "Budget Monitoring")):
        lines += ["Agenda Item " + number, "Title: " + title, "Report From: Director", "Date: 19 June 2025", "",
                  "1. Purpose of the report", "", f"This report sets out the {title.lower()}.", ""]
    real_minutes, real_reports = agenda_pack._parse_minutes_segment, agenda_pack._parse_reports

    def minutes(segment, item, own):
        if item.number == "2":
            raise ValueError("item 2's minutes cannot be read")
        return real_minutes(segment, item, own)

    def reports(segment, item):
        if item.number == "1":
            raise ValueError("item 1's report cannot be read")
        return real_reports(segment, item)

    monkeypatch.setattr(agenda_pack, "_parse_minutes_segment", minutes)
    monkeypatch.setattr(agenda_pack, "_parse_reports", reports)
    with pytest.raises(ValueError, match="item 1's report"):  # met first one by one: item 1's papers come first
        agenda_pack.parse_agenda_pack("\n".join(lines))
