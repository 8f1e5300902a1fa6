"""Reading a file from disk and choosing the parser for its shape.

A file is read only if it is a regular file (never a pipe, a device or a folder, which
could hang the import or never end) and no bigger than `ImportLimits.max_bytes`; reading
and parsing it must finish within `ImportLimits.max_seconds`. Text may be UTF-8 (with or
without a byte-order mark), UTF-16 or UTF-32 with a byte-order mark, or Windows-1252.
Every refusal is an `ImportProblem` naming the file and saying what to do.
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as dt
import hashlib
import os
import re
import signal
import stat
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from cpb_tui.domain.models import DocumentRecord
from cpb_tui.importers.tables import SourceTable, known_tables

# The readers: which file suffixes each one takes. A folder import picks files by these, and a
# file named on the command line is read whatever its suffix (sniffed by its first bytes).
READERS: dict[str, tuple[str, ...]] = {
    "pdf": (".pdf",),
    "html": (".html", ".htm", ".xhtml"),
    "text": (".txt", ".text"),
    "markdown": (".md", ".markdown"),
}
SUPPORTED_SUFFIXES = frozenset(suffix for suffixes in READERS.values() for suffix in suffixes)


@dataclass(frozen=True)
class ImportLimits:
    """How much cpb takes on for one file (config.toml's `[import]` table changes them)."""

    max_bytes: int = 200 * 1024 * 1024
    """A bigger file is refused before it is read (a 1,000-page pack is some 10 MB)."""
    max_depth: int = 5_000
    """A web page whose elements nest deeper is read as flat text, with a warning."""
    max_seconds: float = 60.0
    """Reading and parsing one file may take this long (a 100-page pack takes well under a second)."""


DEFAULT_LIMITS = ImportLimits()


class ImportProblem(Exception):
    """A file cannot be imported; the message names the file and says what to do."""

    def __init__(self, path: str | Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


@dataclass
class SourceFile:
    """A file's text and the hash that identifies its content."""

    path: Path
    text: str
    sha256: str
    format: str = "text"
    """text / pdf / html."""
    page_starts: list[int] | None = None
    """For a PDF: the line index at which each page starts."""
    page_count: int | None = None
    warnings: list[str] = field(default_factory=list)
    tables: list[SourceTable] = field(default_factory=list)
    """The tables the PDF or HTML reader found, made known to the report parser (`importers/tables.py`)."""
    markers: dict[str, str] = field(default_factory=dict)
    """A web page's numbered list items, by their lines: their numbers (`importers/tables.known_tables`)."""


def read_source(path: str | Path, limits: ImportLimits = DEFAULT_LIMITS) -> SourceFile:
    """Read a document file, refusing what is not a regular file, too big, empty, binary or unreadable, with a clear reason."""
    path = Path(path)
    data = _read_regular_file(path, limits.max_bytes)
    if not data.strip():
        raise ImportProblem(path, "is empty: nothing to import")
    digest = hashlib.sha256(data).hexdigest()
    if data[:1024].lstrip().startswith(b"%PDF") or path.suffix.lower() == ".pdf":
        return _read_pdf(path, data, digest)
    text = _decode_marked(path, data)
    if text is not None and not text.strip():
        raise ImportProblem(path, "is empty: nothing to import")
    head = (text[:32].lstrip().lower().encode("ascii", "replace") if text is not None else data.lstrip()[:15].lower())
    if path.suffix.lower() in READERS["html"] or head.startswith((b"<!doctype", b"<html")):
        return _read_html(path, data if text is None else text, digest, limits.max_depth)
    if text is None:
        if b"\x00" in data[:8192]:
            raise ImportProblem(path, "is a binary file, not text: cpb imports meeting documents as PDF, HTML, text or Markdown")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                raise ImportProblem(path, "is not readable text (neither UTF-8 nor Windows-1252)") from None
    if _html_source(text):
        return _read_html(path, text, digest, limits.max_depth)
    if _control_ratio(text) > 0.05:
        raise ImportProblem(path, "looks binary (too many control characters): cpb imports meeting documents as PDF, HTML, text or Markdown")
    if path.suffix.lower() in READERS["markdown"] or _looks_like_markdown(text):
        # also a page saved as text by a tool that writes Markdown ("## 1. Apologies", "**2. Minutes**")
        text = _plain_from_markdown(text)
    return SourceFile(path, text, digest)


_NOT_FILES = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


def _refuse_unless_regular(path: Path, mode: int) -> None:
    if stat.S_ISREG(mode):
        return
    kind = next((name for test, name in _NOT_FILES if test(mode)), "not a regular file")
    if kind == "a folder":
        raise ImportProblem(path, "is a folder: name the files inside it (for example folder/*.txt), or the folder on its own")
    raise ImportProblem(
        path, f"is {kind}, not a file: cpb reads documents only from regular files; save the document to a file and import that"
    )


def _read_regular_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of `path` if it is a regular file of at most `max_bytes`; never blocks on a pipe or reads a device."""
    try:
        _refuse_unless_regular(path, os.stat(path).st_mode)
        # O_NONBLOCK: should a pipe take the file's place after the check, opening it cannot hang.
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        raise ImportProblem(path, "no such file") from None
    except OSError as error:
        raise ImportProblem(path, f"cannot be read ({error.strerror or error})") from None
    with open(descriptor, "rb", closefd=True) as handle:
        opened = os.fstat(handle.fileno())
        _refuse_unless_regular(path, opened.st_mode)
        if opened.st_size > max_bytes:
            raise ImportProblem(path, _too_big(opened.st_size, max_bytes))
        try:
            data = handle.read(max_bytes + 1)
        except OSError as error:
            raise ImportProblem(path, f"cannot be read ({error.strerror or error})") from None
    if len(data) > max_bytes:  # it grew while being read
        raise ImportProblem(path, _too_big(len(data), max_bytes))
    return data


def _too_big(size: int, max_bytes: int) -> str:
    return (
        f"is {_size(size)}, more than cpb's limit of {_size(max_bytes)} for one file: check that it is a "
        "meeting document; for a genuinely bigger one, raise max_file_mb in the [import] table of config.toml"
    )


def _size(size: int) -> str:
    """ "201 MB", "1.5 MB", "12 KB", "300 bytes"."""
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if size >= scale:
            return f"{size / scale:,.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} bytes"


# Byte-order marks, longest first (UTF-32 LE's begins with UTF-16 LE's).
_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)


def _decode_marked(path: Path, data: bytes) -> str | None:
    """The text of a file that starts with a byte-order mark, or None for a file without one."""
    for mark, codec, name in _MARKS:
        if data.startswith(mark):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                if name == "UTF-32" and mark == codecs.BOM_UTF32_LE:
                    continue  # UTF-16 text whose first character is NUL looks the same; try UTF-16
                raise ImportProblem(
                    path, f"starts with a {name} byte-order mark but is not {name} text: save it again as UTF-8"
                ) from None
    return None


def _read_pdf(path: Path, data: bytes, digest: str) -> SourceFile:
    from cpb_tui.importers.pdf import PdfProblem, extract_pdf

    if not data.lstrip().startswith(b"%PDF"):
        raise ImportProblem(path, "is named .pdf but is not a PDF file: check the download")
    try:
        extracted = extract_pdf(data)
    except PdfProblem as problem:
        raise ImportProblem(path, str(problem)) from None
    text, starts = extracted.joined()
    warnings = []
    if extracted.empty_pages:
        from cpb_tui.importers.pdf import _page_list

        warnings.append(f"{_page_list(extracted.empty_pages)} have no text (blank, or scanned without OCR)")
    return SourceFile(path, text, digest, "pdf", starts, len(extracted.pages), warnings, extracted.tables)


def _read_html(path: Path, data: bytes | str, digest: str, max_depth: int) -> SourceFile:
    from cpb_tui.importers.html import read_html

    page = read_html(data, max_depth)
    if not page.text.strip():
        raise ImportProblem(path, "is a web page with no readable text in it")
    return SourceFile(path, page.text, digest, "html", warnings=page.warnings, tables=page.tables, markers=page.markers)


def parse_text(text: str, page_starts: list[int] | None = None) -> DocumentRecord:
    """Parse with the shape that fits the text best (see `importers.shapes`); never refuses text."""
    from cpb_tui.importers.shapes import choose

    return choose(text, page_starts).record


def apply_context(record: DocumentRecord, committee: str | None, date: dt.date | None, path: Path) -> DocumentRecord:
    """Fill the committee and date the document leaves out from `--committee` / `--date`.

    A value the document states is never overridden: a conflict is an error, so nothing is
    filed under the wrong meeting.
    """
    own = record.meetings[0]
    if committee and own.committee and _names_it_fuller(committee, own.committee):
        own.committee = committee  # the page says only "Parish Council"; the clerk gives its name, "Elmfield Parish Council"
    if committee:
        if own.committee and _differs(own.committee, committee):
            raise ImportProblem(path, f"the document names the committee {own.committee!r}, not {committee!r}: drop --committee or check the file")
        own.committee = own.committee or committee
    if date:
        if own.date and own.date != date:
            raise ImportProblem(path, f"the document is dated {own.date.isoformat()}, not {date.isoformat()}: drop --date or check the file")
        own.date = own.date or date
    missing = [name for name, value in (("committee", own.committee), ("date", own.date)) if not value]
    if missing:
        examples = {"committee": "--committee 'NAME OF COMMITTEE'", "date": "--date YYYY-MM-DD"}
        options = " ".join(examples[name] for name in missing)
        hint = f" ({'; '.join(record.hints)})" if record.hints else ""
        raise ImportProblem(
            path,
            f"the document does not say which {' or '.join(missing)} it belongs to{hint}; "
            f"cpb will not guess: import it again with {options}",
        )
    undated = [meeting for meeting in record.meetings[1:] if meeting.date is None]
    for meeting in undated:
        # A later part that gives no date of its own ("Decisions published" entries, a forward
        # plan's entries) stays in the document's own meeting, not turned away.
        own.items.extend(meeting.items)
        titles = ", ".join(item.title for item in meeting.items[:3])
        record.warnings.append(f"no meeting date is given for {titles}: kept with the meeting of {own.date.isoformat()}")
    record.meetings = [own] + [meeting for meeting in record.meetings[1:] if meeting.date is not None]
    for meeting in record.meetings[1:]:
        meeting.committee = meeting.committee or own.committee
    return record


def load(
    path: str | Path, committee: str | None = None, date: dt.date | None = None, limits: ImportLimits = DEFAULT_LIMITS
) -> tuple[SourceFile, DocumentRecord]:
    """Read and parse one file, ready for `Store.import_document`, within `limits`."""
    with time_limit(path, limits.max_seconds):
        source = read_source(path, limits)
        try:
            with known_tables(source.tables, source.markers):
                record = parse_text(source.text, source.page_starts)
        except ValueError as error:
            raise ImportProblem(source.path, str(error)) from None
        except RecursionError:
            raise ImportProblem(source.path, "is nested too deeply for cpb to read its structure: import its plain text") from None
    record.page_count = source.page_count
    if not record.meetings or not any(m.items for m in record.meetings):
        raise ImportProblem(source.path, "no agenda items, minutes or report sections found in it")
    record = apply_context(record, committee, date, source.path)
    _note_next_meeting(record, source.text)
    return source, record


def _note_next_meeting(record: DocumentRecord, text: str) -> None:
    """The committee's next meeting, where the record gives its date ("Date of next meeting: ...")."""
    from cpb_tui.importers.context import find_next_meeting
    from cpb_tui.importers.layout import normalise
    from cpb_tui.importers.reflow import reflow

    own = record.meetings[0]
    # (the text as the shapes read it, joined at its margin: the same string, so normalising it again costs nothing)
    found = find_next_meeting(normalise(reflow(text)[0]).split("\n"), own.date, own.committee)
    own.next_meeting = found.value if found else None


class _OutOfTime(BaseException):
    """Raised by the timer inside whatever code is running; a BaseException, so no `except Exception` swallows it."""


@contextlib.contextmanager
def time_limit(path: str | Path, seconds: float) -> Iterator[None]:
    """Stop the code inside after `seconds` with an `ImportProblem` naming `path`.

    A POSIX interval timer, so only in the main thread (where `cpb import` reads) and only
    when no other timer is running; elsewhere the code runs unlimited.
    """
    usable = seconds and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable or signal.getitimer(signal.ITIMER_REAL)[0]:
        yield
        return
    armed = [True]

    def expire(signum, frame) -> None:
        if armed[0]:
            raise _OutOfTime()

    previous = signal.signal(signal.SIGALRM, expire)
    try:
        # Repeating, not one-shot: a raise that lands while Python runs a finaliser (a `__del__`,
        # a garbage-collection callback) is printed and dropped, so the timer fires again until
        # the code inside stops or finishes.
        signal.setitimer(signal.ITIMER_REAL, seconds, min(seconds, 0.1))
        try:
            yield
        finally:
            armed[0] = False
            signal.setitimer(signal.ITIMER_REAL, 0)
    except _OutOfTime:
        raise ImportProblem(
            path,
            f"took more than {seconds:g} s to read, cpb's limit for one file: check that it is a meeting document; "
            "for a genuinely huge one, raise max_seconds in the [import] table of config.toml",
        ) from None
    finally:
        signal.signal(signal.SIGALRM, signal.SIG_DFL if previous is None else previous)


def _names_it_fuller(given: str, stated: str) -> bool:
    """Whether `given` names the body that a page calls only by its kind ("Parish Council", "the Council")."""
    generic = re.fullmatch(r"(?:the\s+)?(?:(?:parish|town|community|city|district|borough|county)\s+)?council", stated.strip(), re.IGNORECASE)
    return bool(generic) and given.strip().lower().endswith(re.sub(r"^the\s+", "", stated.strip().lower())) and _differs(given, stated)


def _differs(a: str, b: str) -> bool:
    from cpb_tui.domain.text import title_key

    strip = lambda s: re.sub(r"^the ", "", title_key(s))  # noqa: E731
    return strip(a) != strip(b)


def _html_source(text: str) -> bool:
    """A page's HTML saved under a text name ("<p> MINUTES OF ...</p><p>In the Chair: ...</p>"): read as HTML, not as text full of tags."""
    # (a site's title lines may stand above the tags: "Carmarthen Town Council" over "<p> 1</p><p>MINUTES OF ...")
    # (there, the tag's line closes one too: a note that "<p> tags were showing" is text)
    opening = [line.strip().lower() for line in text[:3000].split("\n") if line.strip()][:6]
    if not any(re.match(r"<(?:p|div|table|body|h[1-6]|section|article|span|ul|ol)\b", line) and (at == 0 or "</" in line) for at, line in enumerate(opening)):
        return False
    sample = text[:20000].lower()
    return sample.count("</p>") + sample.count("</div>") + sample.count("<br") + sample.count("</td>") >= 3


def _control_ratio(text: str) -> float:
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls / max(1, len(sample))


def _looks_like_markdown(text: str) -> bool:
    """Headings or bold item lines written in Markdown, at least twice."""
    return len(re.findall(r"(?m)^\s{0,3}(?:#{1,6}\s+\S|\*\*\s*\(?[0-9A-Za-z]{1,6}[.)]?\s)", text[:200_000])) >= 2


def _plain_from_markdown(text: str) -> str:
    """Markdown as people write minutes in it: drop heading marks and bold so the shapes show."""
    text = re.sub(r"(?m)^\s{0,3}#{1,6}\s+", "", text)
    # "**4. Christmas tree** The tree will be ...": the bold numbered title is the item's, its text starts after it
    text = re.sub(r"(?m)^([ \t]*)\*\*([ \t]*\(?\d{1,3}[.)]?[ \t]+[^*\n]{2,120}?)\*\*[ \t]+(?=\S)", r"\1\2\n", text)
    return re.sub(r"\*\*(.+?)\*\*", r"\1", text)
