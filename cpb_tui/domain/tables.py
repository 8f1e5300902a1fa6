"""Tables kept from a report: rows of cells, and where each stands in its section's Markdown body.

A report section's body is Markdown (escaped document text). A table found in the source
(an HTML `<table>`, aligned columns on a PDF page, tab-separated rows in a text file) is kept
twice over, for two kinds of reader:

- in the store as rows and cells (`section_tables`, `table_cells`), which the reader and
  `cpb read` lay out as a table;
- in the body, where it stood, as a block between two marker lines holding its rows as
  plain lines ("cell · cell · cell"), so that search, topic matching, `--json` and anything
  else that reads the body still finds the table's words:

    <!-- cpb:table 0 -->
    Placement · 2024 · 2025
    Foster care · 412 · 398
    <!-- /cpb:table -->

The markers are HTML comments, which Markdown shows as nothing. Document text can never
make one: the importers escape every `<` of it (`layout.escape_markdown`), so an unescaped
marker line can only have been written by cpb. Cells are document text: untrusted, and
escaped or made terminal-safe by whatever shows them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CELL_JOIN = " \u00b7 "
"""How a row's cells are joined on its line in the body."""

_BLOCK = re.compile(r"^<!-- cpb:table (\d+) -->\n(.*?)\n?<!-- /cpb:table -->$", re.MULTILINE | re.DOTALL)


@dataclass(frozen=True)
class Table:
    """A table: its rows, each a tuple of cell texts (plain text, as in the document), the header rows first."""

    rows: tuple[tuple[str, ...], ...]
    header_rows: int = 1

    @property
    def columns(self) -> int:
        return max((len(row) for row in self.rows), default=0)

    def padded(self) -> list[list[str]]:
        """Every row with as many cells as the widest (missing cells empty)."""
        width = self.columns
        return [list(row) + [""] * (width - len(row)) for row in self.rows]

    @property
    def header(self) -> tuple[str, ...]:
        return self.rows[0] if self.header_rows and self.rows else ()

    @property
    def body_rows(self) -> tuple[tuple[str, ...], ...]:
        return self.rows[self.header_rows :]


def table_block(index: int, row_lines: list[str]) -> str:
    """The body's block for table `index` of its section: markers round its (already escaped) row lines."""
    return "\n".join([f"<!-- cpb:table {index} -->", *row_lines, "<!-- /cpb:table -->"])


def split_body(body: str) -> list[str | tuple[int, str]]:
    """A body cut at its tables: Markdown strings, and in place of each table block (its index, its rows' Markdown).

    The rows' Markdown is what to show should the table itself be missing.
    """
    parts: list[str | tuple[int, str]] = []
    position = 0
    for match in _BLOCK.finditer(body):
        before = body[position : match.start()].strip("\n")
        if before:
            parts.append(before)
        parts.append((int(match.group(1)), match.group(2)))
        position = match.end()
    rest = body[position:].strip("\n")
    if rest:
        parts.append(rest)
    return parts


def has_tables(body: str) -> bool:
    """Whether a body holds any table block."""
    return "<!-- cpb:table " in body
