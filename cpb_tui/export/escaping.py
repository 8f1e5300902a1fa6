"""Text from documents and users made safe for each export format: nothing in it acts on a reader.

Every exported string passes through one of these on its way out, whatever the store holds
(text imported before cpb cleaned it, or changed in SQLite by hand):

- `csv_cell`: OWASP's rule against CSV injection. A cell whose first character a spreadsheet
  would read as a formula (`=`, `+`, `-`, `@`, also after leading spaces or line breaks, and
  their full-width forms), or that starts with a tab or carriage return, gets a `'` in front,
  so the spreadsheet shows it as text.
- `markdown_cell` / `markdown_text`: Markdown syntax and raw HTML are backslash-escaped, and a
  line break inside a table cell becomes a space, so a cell never splits its row.
- `ics_text` / `ics_fold`: RFC 5545 TEXT escapes (`\\\\`, `\\;`, `\\,`, `\\n`) and folding at 75 octets.
- `html_text`: `html.escape`.

Control characters (C0 but the line breaks a format may keep, DEL, C1) go in every format:
none of them is text a reader wants, and some (ESC, CSI, BEL) act on terminals and viewers.
"""

from __future__ import annotations

import html
import re

from cpb_tui.domain.safe import terminal_safe

# C0 controls but tab and newline, DEL, and C1; CR is turned into a newline before this runs.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Every way of breaking a line: CRLF, CR, LF, and Unicode's next-line, line and paragraph separators.
_LINE_BREAKS = re.compile(r"\r\n|[\r\n\x85\u2028\u2029\x0b\x0c]")

FORMULA_STARTS = frozenset("=+-@\uff1d\uff0b\uff0d\uff20")
"""Characters that make a spreadsheet read a cell as a formula (with their full-width forms)."""

# What Markdown (CommonMark and GFM) could read as syntax, or as the start of raw HTML or an
# entity; a backslash before any ASCII punctuation shows it literally.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&!])")


def plain_lines(value: str) -> str:
    """`value` with every line break a newline, tabs as spaces, and no other control character.

    Whole escape sequences and the bidi overrides go first (`domain.safe`), so an OSC 52 leaves
    no base64 behind and no cell reads in another order than it is stored.
    """
    return _CONTROLS.sub("", _LINE_BREAKS.sub("\n", terminal_safe(value)).replace("\t", " "))


def one_line(value: str) -> str:
    """`value` on one line: line breaks as spaces, no control character."""
    return plain_lines(value).replace("\n", " ")


def csv_cell(value: str) -> str:
    """A cell no spreadsheet will run: control characters gone, formula starts prefixed with `'`."""
    cleaned = plain_lines(value)
    if value[:1] in ("\t", "\r") or cleaned.lstrip()[:1] in FORMULA_STARTS:
        return "'" + cleaned
    return cleaned


def markdown_text(value: str) -> str:
    """Text for a Markdown heading or paragraph line: one line, every syntax character escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", one_line(value)).strip()


def markdown_cell(value: str) -> str:
    """Text for one cell of a Markdown table row (a pipe is escaped, a line break is a space)."""
    return markdown_text(value)


def html_text(value: str) -> str:
    """Text for HTML content or an attribute value: escaped, control characters gone."""
    return html.escape(_CONTROLS.sub("", _LINE_BREAKS.sub("\n", terminal_safe(value))), quote=True)


def ics_text(value: str) -> str:
    """A TEXT value for iCalendar (RFC 5545 3.3.11): backslash, semicolon, comma and newline escaped."""
    cleaned = plain_lines(value)
    return cleaned.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(line: str) -> str:
    """One content line folded as RFC 5545 3.1 asks: at most 75 octets a line, never inside a UTF-8 character."""
    if len(line.encode("utf-8")) <= 75:
        return line
    parts, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        # A continuation line starts with a space, so it has room for 74 octets of the value.
        if size + width > (75 if not parts else 74):
            parts.append(current)
            current, size = "", 0
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts)
