"""Hostile and broken input: one bad file never stops the rest, and each gets a clear error.

Every test runs `cpb import` (click's CliRunner) on real files in a temporary folder, into a
real store: a crash in cpb's code on one file, a named pipe, /dev/zero, a folder, a file over
the size limit, a parse over the time limit, a page nested 100,000 deep, UTF-16 and UTF-32
text, a disk that fills part-way through an import. Hypothesis then throws arbitrary text and
tag soup at the readers and parsers: nothing but `ImportProblem` may come out, within a deadline.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
import sqlite3
import tempfile
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cpb_tui.cli.main import cli
from cpb_tui.importers import ImportProblem, load, read_source
from cpb_tui.importers.reader import ImportLimits


def minutes(day: int, title: str = "Fostering Recruitment") -> str:
    """A short minutes document the project writes itself; each `day` is a different meeting."""
    return (
        f"Minutes of the meeting of the Corporate Parenting Board held on {day} October 2024\n\n"
        "1. Apologies\nApologies were received from Councillor Quill.\n\n"
        f"2. {title}\nThe Board considered the report of the Head of Fostering.\n"
        "RESOLVED - That the Board requests an update on recruitment to its next meeting.\n"
    )


@pytest.fixture
def cpb(tmp_path):
    """Run `cpb --db STORE ...` in-process; returns (exit code, stdout, stderr)."""
    runner = CliRunner()
    store = tmp_path / "store" / "cpb.db"

    def run(*args: str):
        result = runner.invoke(cli, ["--db", str(store), *args])
        if result.exception and not isinstance(result.exception, SystemExit):
            raise result.exception
        return result.exit_code, result.stdout, result.stderr

    run.store = store
    return run


def documents(store: Path) -> int:
    conn = sqlite3.connect(store)
    try:
        return conn.execute("select count(*) from documents where parent_id is null").fetchone()[0]
    finally:
        conn.close()


def write(folder: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.write_bytes(text.encode(encoding))
    return path


def test_a_crash_on_one_file_is_reported_by_name_and_the_others_are_imported(cpb, tmp_path, monkeypatch):
    from cpb_tui.importers import reader

    real_parse = reader.parse_text

    def parse_with_a_bug(text, page_starts=None):
        if "Crash Item" in text:
            return [][1]  # the kind of slip a parser might make on a file nobody foresaw
        return real_parse(text, page_starts)

    monkeypatch.setattr(reader, "parse_text", parse_with_a_bug)
    files = [write(tmp_path, "a.txt", minutes(1)), write(tmp_path, "b.txt", minutes(2, "Crash Item")), write(tmp_path, "c.txt", minutes(3))]
    code, out, err = cpb("import", *map(str, files))
    assert code == 1
    assert f"error: {files[1]}: cpb failed on this file (IndexError: list index out of range); nothing from it was written" in err
    assert "Traceback" not in out + err
    assert f"imported {files[0]}" in out and f"imported {files[2]}" in out
    assert "2 imported, 1 failed" in out
    assert documents(cpb.store) == 2


def test_a_named_pipe_is_refused_at_once_and_the_rest_go_on(cpb, tmp_path):
    fifo = tmp_path / "pack.txt"
    os.mkfifo(fifo)
    good = write(tmp_path, "good.txt", minutes(1))

    def unblock() -> None:  # should cpb ever open the pipe and wait, this lets the test end (and fail)
        time.sleep(10)
        try:
            descriptor = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
            os.close(descriptor)
        except OSError:
            pass

    threading.Thread(target=unblock, daemon=True).start()
    started = time.monotonic()
    code, out, err = cpb("import", str(fifo), str(good))
    assert time.monotonic() - started < 5
    assert code == 1
    assert f"error: {fifo}: is a named pipe (FIFO), not a file: cpb reads documents only from regular files" in err
    assert f"imported {good}" in out and "1 imported, 1 failed" in out


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero here")
def test_a_device_is_refused_without_reading_it(cpb):
    started = time.monotonic()
    code, out, err = cpb("import", "/dev/zero")
    assert time.monotonic() - started < 5
    assert code == 1 and "error: /dev/zero: is a device, not a file" in err


def test_a_folder_given_as_a_file_is_refused(tmp_path):
    with pytest.raises(ImportProblem, match="is a folder: name the files inside it"):
        read_source(tmp_path)


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(cpb, tmp_path, isolated_home):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:  # sparse: 201 MB on paper, nothing on disk
        handle.truncate(201 * 1024 * 1024)
    good = write(tmp_path, "good.txt", minutes(1))
    code, out, err = cpb("import", str(huge), str(good))
    assert code == 1
    assert f"error: {huge}: is 201 MB, more than cpb's limit of 200 MB for one file" in err
    assert "raise max_file_mb in the [import] table of config.toml" in err
    assert "1 imported, 1 failed" in out

    isolated_home.mkdir(parents=True, exist_ok=True)
    (isolated_home / "config.toml").write_text("[import]\nmax_file_mb = 0.0001\n")
    other = write(tmp_path, "other.txt", minutes(2))
    code, out, err = cpb("import", str(other))
    assert code == 1 and f"error: {other}: is {other.stat().st_size} bytes, more than cpb's limit of 104 bytes" in err


def test_a_parse_over_the_time_limit_is_stopped_with_a_clear_error(cpb, tmp_path, isolated_home):
    isolated_home.mkdir(parents=True, exist_ok=True)
    (isolated_home / "config.toml").write_text("[import]\nmax_seconds = 0.05\n")
    long_text = minutes(1) + "".join(
        f"{number}. Item {number}\nThe Board noted the report on item {number}.\n\n" for number in range(3, 4000)
    )
    slow = write(tmp_path, "slow.txt", long_text)
    code, out, err = cpb("import", str(slow))
    # the message is the proof the limit stopped it (a wall-clock check would only add flakiness)
    assert code == 1, (out, err)
    assert f"error: {slow}: took more than 0.05 s to read, cpb's limit for one file" in err
    # (the store that import started goes again with nothing in it: none, or none with a document)
    assert "raise max_seconds in the [import] table of config.toml" in err and (not cpb.store.exists() or documents(cpb.store) == 0)


def test_a_bad_import_limit_in_config_is_one_line(cpb, tmp_path, isolated_home):
    isolated_home.mkdir(parents=True, exist_ok=True)
    (isolated_home / "config.toml").write_text("[import]\nmax_file_mb = -1\n")
    code, out, err = cpb("import", str(write(tmp_path, "a.txt", minutes(1))))
    assert code == 1 and "[import] max_file_mb must be a positive number" in err and "Traceback" not in err


def nested_page(depth: int) -> str:
    return (
        "<!DOCTYPE html><html><head><title>Corporate Parenting Board, 9 October 2024</title></head><body>"
        "<p>Minutes of the meeting of the Corporate Parenting Board held on 9 October 2024</p>"
        + "<div>" * depth
        + "<h2>1. Apologies</h2><p>None.</p><h2>2. Fostering</h2><p>RESOLVED - That the Board notes the report.</p>"
        + "</div>" * depth
        + "</body></html>"
    )


def test_a_page_nested_100000_deep_is_read_as_plain_text_with_a_warning(cpb, tmp_path):
    deep = write(tmp_path, "deep.html", nested_page(100_000))
    code, out, err = cpb("import", str(deep))
    assert code == 0, err
    assert f"imported {deep}" in out and "RecursionError" not in out + err
    assert f"warning: {deep}: its elements are nested more than 5,000 deep" in err


def test_a_page_nested_deeper_than_pythons_recursion_limit_is_read_whole(tmp_path):
    source, record = load(write(tmp_path, "deep.html", nested_page(3_000)))
    assert source.warnings == []
    assert [item.title for item in record.meetings[0].items][-2:] == ["Apologies", "Fostering"]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "utf-8"])
def test_text_with_a_byte_order_mark_is_read(cpb, tmp_path, encoding):
    marks = {
        "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE, "utf-32-le": codecs.BOM_UTF32_LE,
        "utf-32-be": codecs.BOM_UTF32_BE, "utf-8": codecs.BOM_UTF8,
    }
    text = minutes(9).replace("Fostering", "Fostering – Café Forum")
    marked = tmp_path / f"minutes-{encoding}.txt"
    marked.write_bytes(marks[encoding] + text.encode(encoding))
    page = tmp_path / f"page-{encoding}.html"
    page.write_bytes(marks[encoding] + nested_page(2).replace("Fostering", "Fostering – Café Forum").encode(encoding))
    code, out, err = cpb("import", str(marked), str(page))
    assert code == 0, err
    plain = load(write(tmp_path, "plain.txt", text))[1]
    assert load(marked)[1].meetings[0].items[1].title == plain.meetings[0].items[1].title == "Fostering – Café Forum Recruitment"
    assert load(page)[1].meetings[0].items[-1].title == "Fostering – Café Forum"


def test_a_byte_order_mark_over_text_of_another_kind_is_a_clear_error(tmp_path):
    broken = tmp_path / "broken.txt"
    broken.write_bytes(codecs.BOM_UTF16_BE + b"\xd8\x00")  # a lone surrogate: not UTF-16
    with pytest.raises(ImportProblem, match="starts with a UTF-16 byte-order mark but is not UTF-16 text"):
        read_source(broken)


def test_a_full_disk_is_one_line_and_leaves_no_half_document(cpb, tmp_path, monkeypatch):
    from cpb_tui.store import db as store_db

    first = write(tmp_path, "a.txt", minutes(1))
    assert cpb("import", str(first))[0] == 0
    real_connect = store_db._connect

    def connect_to_a_full_disk(path, writable):
        # SQLite answers SQLITE_FULL once the file may not grow: what a full disk gives it.
        conn = real_connect(path, writable)
        pages = conn.execute("pragma page_count").fetchone()[0]
        conn.execute(f"pragma max_page_count = {pages}")
        return conn

    monkeypatch.setattr(store_db, "_connect", connect_to_a_full_disk)
    rest = [write(tmp_path, f"{name}.txt", minutes(day, "Kinship Care " * 300)) for name, day in (("b", 2), ("c", 3))]
    code, out, err = cpb("import", *map(str, rest))
    assert code == 1 and "Traceback" not in out + err
    assert f"error: {rest[0]}: not imported: {cpb.store}: the disk is full, so nothing was written" in err
    assert "0 imported, 1 failed, 1 not tried" in out
    assert "stopped: the store could not be written, so 1 file(s) were not tried" in err
    monkeypatch.undo()
    assert documents(cpb.store) == 1
    conn = sqlite3.connect(cpb.store)
    assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
    assert conn.execute("select count(*) from meetings").fetchone()[0] == 1
    conn.close()
    code, out, err = cpb("check")
    assert code == 0, out + err


# Fuzzing the readers and parsers: only ImportProblem may escape, and every example is quick.

_TEXT_PARTS = st.sampled_from([
    "Minutes of the meeting of the Corporate Parenting Board held on 9 October 2024", "RESOLVED", "Resolved:", "That",
    "1.", "2.", "(a)", "(ii)", "Item 5", "Minute 42", "42/19", "Agenda Item 3", "(Pages 3 - 6)", "Decision:", "\n", "\n\n",
    "\r", "\r\n", "\t", "\x00", "\x0c", "\x1b[2J", "\x85", "\u2028", "=SUM(A1)", "<script>", "|", "No. Item", "é", "日本",
    "Meeting: 15/06/2022 - Cabinet (Item 3)", "PART II", "EXEMPT", "•", "    ", "-" * 40, "Page 3 of 9",
])
_LINES = st.sampled_from([
    "1. Apologies", "2. MINUTES OF THE PREVIOUS MEETING", "3. Fostering Recruitment (Pages 7 - 10)", "4.", "KINSHIP CARE",
    "Agenda Item 3", "RESOLVED - That the Board requests an update to its next meeting.", "i) notes the report;",
    "ii) asks the Head of Service to report back in June 2025.", "Minute 42/19 Matters arising", "AGENDA", "Minutes:",
    "Issue - meetings", "Decision details", "Purpose of report", "1.1 The Board is asked to note the report.",
])
_ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252"])
_HTML_PARTS = st.sampled_from([
    "<div>", "</div>", "<p>", "</p>", "<h2>", "</h2>", "<h2>5. Fostering</h2>", "<table><tr><td>", "</td></tr></table>",
    "<li>", "<ul>", "</ul>", "<br/>", "<br>", "<script>", "</script>", "<style>", "<!--", "-->", "<![CDATA[", "]]>",
    "<!DOCTYPE html>", "<html>", "<body>", "&amp;", "&#0;", "&#x1b;", "&nbsp;", "<", ">", "</", "<a href='x'>", "\x00",
    "<td class=mgItemTitle>", "<nav>", "<main>", "<title>", "</title>", "<?xml version='1.0'?>", "<svg><p>", "<p",
    "RESOLVED - That the Board notes it.", "Minutes of the meeting of the Corporate Parenting Board held on 9 October 2024",
])
# A deadline catches a pathological slowdown; the time limit inside load turns a hang into an error.
FUZZ = settings(max_examples=200, deadline=dt.timedelta(seconds=5), suppress_health_check=[HealthCheck.too_slow])
LIMITS = ImportLimits(max_seconds=20)


def _load_or_refuse(path: Path, limits: ImportLimits = LIMITS) -> None:
    try:
        source, record = load(path, committee="Corporate Parenting Board", date=dt.date(2024, 10, 9), limits=limits)
    except ImportProblem as problem:
        assert problem.path == str(path) and problem.reason
        assert "took more than" not in problem.reason  # the deadline is the test's, not the time limit's
        return
    assert record.meetings and any(meeting.items for meeting in record.meetings)


_SKELETON = (minutes(9) + "\n3. Kinship Care\nRESOLVED - That the Board\ni) notes the report;\nii) requests a report to the June 2025 meeting.\n").split("\n")


@st.composite
def documents_with_hostile_lines(draw):
    """Arbitrary lines, or a real document's lines with hostile ones put in and some of its own taken out."""
    fuzz_line = st.one_of(_LINES, st.lists(st.one_of(_TEXT_PARTS, st.text(max_size=12)), max_size=8).map(" ".join))
    if draw(st.booleans()):
        return "\n".join(draw(st.lists(fuzz_line, min_size=4, max_size=40)))
    lines = list(_SKELETON)
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(lines)))
        if draw(st.booleans()) and at < len(lines):
            lines[at] = draw(fuzz_line)
        else:
            lines.insert(at, draw(fuzz_line))
    return "\n".join(lines)


@FUZZ
@given(documents_with_hostile_lines(), _ENCODINGS)
def test_any_text_file_is_read_or_refused_with_an_import_problem(text, encoding):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "document.txt"
        path.write_bytes(text.encode(encoding, errors="replace"))
        _load_or_refuse(path)


@FUZZ
@given(st.lists(st.one_of(_HTML_PARTS, st.text(max_size=10)), max_size=80).map("".join), _ENCODINGS, st.sampled_from([3, 5_000]))
def test_any_web_page_is_read_or_refused_with_an_import_problem(markup, encoding, depth):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "page.html"
        path.write_bytes(markup.encode(encoding, errors="replace"))
        _load_or_refuse(path, ImportLimits(max_seconds=20, max_depth=depth))


def test_the_time_limit_fires_again_when_its_first_stop_is_swallowed(tmp_path):
    """A stop raised while Python runs a finaliser is printed and dropped; the limit must still hold."""
    from cpb_tui.importers.reader import _OutOfTime, time_limit

    swallowed = []
    with pytest.raises(ImportProblem, match="took more than 0.05 s"):
        with time_limit(tmp_path / "slow.txt", 0.05):
            give_up = time.monotonic() + 5
            while time.monotonic() < give_up:
                try:
                    sum(range(1000))
                except _OutOfTime:
                    if swallowed:
                        raise
                    swallowed.append(True)  # as a __del__ would: the first stop is lost
            pytest.fail("the limit fired once and never again")
    assert swallowed == [True]
