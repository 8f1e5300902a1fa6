"""Reading a file from disk and choosing the parser for its shape."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from cpb_tui.domain.models import DocumentRecord

# The readers: which file suffixes each one takes. A folder import picks files by these, and a
# file named on the command line is read whatever its suffix (sniffed by its first bytes).
READERS: dict[str, tuple[str, ...]] = {
    "pdf": (".pdf",),
    "html": (".html", ".htm", ".xhtml"),
    "text": (".txt", ".text"),
    "markdown": (".md", ".markdown"),
}
SUPPORTED_SUFFIXES = frozenset(suffix for suffixes in READERS.values() for suffix in suffixes)


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


def read_source(path: str | Path) -> SourceFile:
    """Read a text or Markdown file, refusing empty, binary and unsupported files with a clear reason."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise ImportProblem(path, "is a folder: name the files inside it (for example folder/*.txt)") from None
    except FileNotFoundError:
        raise ImportProblem(path, "no such file") from None
    except OSError as error:
        raise ImportProblem(path, f"cannot be read ({error.strerror or error})") from None
    if not data.strip():
        raise ImportProblem(path, "is empty: nothing to import")
    digest = hashlib.sha256(data).hexdigest()
    if data[:1024].lstrip().startswith(b"%PDF") or path.suffix.lower() == ".pdf":
        return _read_pdf(path, data, digest)
    if path.suffix.lower() in READERS["html"] or data.lstrip()[:15].lower().startswith((b"<!doctype", b"<html")):
        return _read_html(path, data, digest)
    if b"\x00" in data[:8192]:
        raise ImportProblem(path, "is a binary file, not text: cpb imports meeting documents as PDF, HTML, text or Markdown")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise ImportProblem(path, "is not readable text (neither UTF-8 nor Windows-1252)") from None
    if _control_ratio(text) > 0.05:
        raise ImportProblem(path, "looks binary (too many control characters): cpb imports meeting documents as PDF, HTML, text or Markdown")
    if path.suffix.lower() in READERS["markdown"]:
        text = _plain_from_markdown(text)
    return SourceFile(path, text, digest)


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
    return SourceFile(path, text, digest, "pdf", starts, len(extracted.pages), warnings)


def _read_html(path: Path, data: bytes, digest: str) -> SourceFile:
    from cpb_tui.importers.html import html_to_text

    text = html_to_text(data)
    if not text.strip():
        raise ImportProblem(path, "is a web page with no readable text in it")
    return SourceFile(path, text, digest, "html")


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
    for meeting in record.meetings[1:]:
        meeting.committee = meeting.committee or own.committee
        if meeting.date is None:
            raise ImportProblem(path, "the minutes inside do not say when their meeting was held; cpb will not guess it")
    return record


def load(path: str | Path, committee: str | None = None, date: dt.date | None = None) -> tuple[SourceFile, DocumentRecord]:
    """Read and parse one file, ready for `Store.import_document`."""
    source = read_source(path)
    try:
        record = parse_text(source.text, source.page_starts)
    except ValueError as error:
        raise ImportProblem(source.path, str(error)) from None
    record.page_count = source.page_count
    if not record.meetings or not any(m.items for m in record.meetings):
        raise ImportProblem(source.path, "no agenda items, minutes or report sections found in it")
    return source, apply_context(record, committee, date, source.path)


def _differs(a: str, b: str) -> bool:
    from cpb_tui.domain.text import title_key

    strip = lambda s: re.sub(r"^the ", "", title_key(s))  # noqa: E731
    return strip(a) != strip(b)


def _control_ratio(text: str) -> float:
    sample = text[:8192]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls / max(1, len(sample))


def _plain_from_markdown(text: str) -> str:
    """Markdown as people write minutes in it: drop heading marks and bold so the shapes show."""
    text = re.sub(r"(?m)^\s{0,3}#{1,6}\s+", "", text)
    return re.sub(r"\*\*(.+?)\*\*", r"\1", text)
