"""Saved web pages (ModernGov-style agenda item, issue history, decision and minutes pages) as text.

A real HTML parser (Beautiful Soup over Python's html.parser) reads the page; scripts,
styles, navigation, headers, footers and forms are dropped; headings, paragraphs, list
items and table rows each become lines, in the shapes the text parsers read.

Nothing here recurses over the page, so no depth of nesting raises RecursionError. A page
nested deeper than `max_depth` elements (no real page comes near; a hostile or broken one
might) is not built into a tree at all: a streaming pass reads it as flat text, one block a
line, and says so in a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from cpb_tui.importers.layout import normalise
from cpb_tui.importers.tables import SourceTable, source_table, squash

MAX_DEPTH = 5_000
"""Elements nested deeper than this are read as flat text (real council pages nest a few dozen deep)."""

_DROP = ["script", "style", "noscript", "nav", "header", "footer", "form", "iframe", "svg", "button", "select", "template"]
# ModernGov's page furniture: breadcrumbs, link bars, share buttons, the accessibility menu.
_DROP_SELECTORS = [
    "#mgBreadCrumbs", ".mgBreadCrumbs", ".mgLinks", ".mgSideBar", "#mgSideBar", ".mgShareLinks",
    "#skip", ".skip-link", ".breadcrumb", ".cookie-banner", "#cookie", "[role=navigation]", "[aria-hidden=true]",
]
_CONTENT = ["#modgov", ".mgContent", "main", "[role=main]", "#content", "article"]
_BLOCKS = {
    "p", "div", "section", "article", "main", "li", "tr", "table", "ul", "ol", "dl", "dt", "dd", "blockquote",
    "h1", "h2", "h3", "h4", "h5", "h6", "br", "hr", "caption", "pre",
}
_NUMBERED_TITLE = re.compile(r"^(\d{1,3}[a-z]?)\.?\s+(\S.*)$")


# Elements that never hold others (HTML's void elements): they open no level of nesting.
_VOID = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    "keygen", "command", "basefont", "frame", "isindex",
}
# Elements whose text is never page text, even in the flat reading.
_RAW_TEXT = {"script", "style", "noscript", "template", "svg"}


@dataclass
class HtmlText:
    """The text of a web page, and what the reader had to tell the user about it."""

    text: str
    warnings: list[str] = field(default_factory=list)
    tables: list[SourceTable] = field(default_factory=list)
    """The page's tables, by their cells and the lines their rows became (`importers/tables.py`)."""
    markers: dict[str, str] = field(default_factory=dict)
    """The page's numbered list items: the line each became ("• Notes ..."), and its number ("1.")."""


def read_html(data: bytes | str, max_depth: int = MAX_DEPTH) -> HtmlText:
    """The readable text of a saved web page; flat text, with a warning, if it nests deeper than `max_depth`."""
    from bs4 import UnicodeDammit

    markup = data if isinstance(data, str) else UnicodeDammit(data, is_html=True).unicode_markup or ""
    scan = _FlatReader(max_depth)
    scan.feed(markup)
    scan.close()
    if scan.too_deep:
        return HtmlText(scan.text(), [
            f"its elements are nested more than {max_depth:,} deep (real pages nest a few dozen): read as "
            "plain text, so its headings and tables may come out wrong; save the page again from a browser, "
            "or import its text"
        ])
    try:
        return HtmlText(*_structured_text(markup))
    except RecursionError:  # a tree-walking library under us recursed after all: the flat reading still holds
        return HtmlText(scan.text(), ["it is nested too deeply to read its structure: read as plain text"])


class _FlatReader(HTMLParser):
    """One streaming pass over the page: how deep it nests, and its text a block a line (no tree built)."""

    def __init__(self, max_depth: int) -> None:
        super().__init__(convert_charrefs=True)
        self.max_depth = max_depth
        self.too_deep = False
        self._open: list[str] = []
        self._open_count: dict[str, int] = {}
        self._parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _VOID:
            self._block(tag)
            return
        if len(self._open) >= self.max_depth:
            self.too_deep = True  # the answer is known: the rest is not tracked (nor held in memory)
        elif not self.too_deep:
            self._open.append(tag)
            self._open_count[tag] = self._open_count.get(tag, 0) + 1
        if tag in _RAW_TEXT:
            self._hidden += 1
        self._block(tag)
        if tag == "li":
            self._parts.append("\u2022 ")
        elif tag in ("td", "th"):
            self._parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _RAW_TEXT and self._hidden:
            self._hidden -= 1
        if not self.too_deep and self._open_count.get(tag):
            # As Beautiful Soup does: an end tag closes the latest element of its name and all inside it.
            while True:
                closed = self._open.pop()
                self._open_count[closed] -= 1
                if closed == tag:
                    break
        self._block(tag)

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self._parts.append(data)

    def _block(self, tag: str) -> None:
        if tag in _BLOCKS or tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._parts.append("\n")

    def text(self) -> str:
        lines = (" ".join(line.split()) for line in "".join(self._parts).split("\n"))
        return "\n".join(line for line in lines if line)


def _page_root(markup: str) -> tuple:
    """The parsed page (Beautiful Soup) with its furniture dropped, and the element holding its content."""
    import warnings

    from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

    with warnings.catch_warnings():
        # An XHTML page saved from a browser reads well as HTML: no need to tell the clerk about parsers.
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(markup, "html.parser")
    for name in _DROP:
        for tag in soup.find_all(name):
            tag.decompose()
    for selector in _DROP_SELECTORS:
        for tag in soup.select(selector):
            tag.decompose()
    root = next((found for selector in _CONTENT if (found := soup.select_one(selector))), None)
    return soup, root or soup.body or soup


def _structured_text(markup: str) -> tuple[str, list, list[SourceTable], dict[str, str]]:
    """The page read as a tree (Beautiful Soup): page furniture dropped, headings and items in the parsers' shapes."""
    from bs4 import NavigableString, Tag

    soup, root = _page_root(markup)
    candidates = {id(tag): table for tag, table in _tables(root)}
    spans: dict[int, list[int]] = {}
    """Each candidate table's lines in the text: from its first row to its end."""
    markers = _list_numbers(root)
    title = soup.title.get_text(" ", strip=True) if soup.title else ""

    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = " ".join("".join(current).split())
        if text:
            lines.append(text)
        current.clear()

    # Depth first, with a stack of open elements rather than recursion: each entry is an
    # element's remaining children, its name (flushed as a block when it closes) and itself.
    stack: list[tuple] = [(iter(root.contents), "", root)]
    while stack:
        children, open_name, open_tag = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if open_name in _BLOCKS:
                flush()
            if open_name == "table" and id(open_tag) in spans:
                spans[id(open_tag)].append(len(lines))
            continue
        if isinstance(child, NavigableString):
            if type(child).__name__ not in ("Comment", "Doctype", "CData", "ProcessingInstruction"):
                current.append(str(child))
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name.lower()
        if name in _BLOCKS:
            flush()
        if name == "tr" and candidates:
            table = child.find_parent("table")
            if table is not None and id(table) in candidates and id(table) not in spans:
                spans[id(table)] = [len(lines)]
        if name in ("h1", "h2", "h3", "h4") or "mgItemTitle" in " ".join(child.get("class", [])):
            heading = child.get_text(" ", strip=True)
            numbered = _NUMBERED_TITLE.match(heading)
            if numbered and name != "h1":
                # A numbered item title: write it as minutes print it, so one parser reads both.
                lines.extend([f"{numbered.group(1)}.", numbered.group(2).upper()])
            elif heading:
                lines.append(heading)
            continue
        if name == "li":
            current.append("\u2022 ")
        if name in ("td", "th"):
            current.append(" ")
        stack.append((iter(child.contents), name, child))
    flush()
    tables = [
        SourceTable(candidates[key], tuple(squash(normalise(line)) for line in lines[span[0] : span[1]]))
        for key, span in spans.items()
        if len(span) == 2 and span[1] > span[0]
    ]
    if title and not any(title in line for line in lines[:5]):
        lines.insert(0, f"Page title: {title}")
    return "\n".join(lines), [], tables, markers


def _list_numbers(root) -> dict[str, str]:
    """Each numbered list item's line as the walk writes it ("• text"), and the number it is shown with.

    Its number follows the list's `start` and `type` (1. / a) / i)) and the item's `value`.
    Items holding blocks are broken over several lines by the walk: they keep their bullets.
    """
    from bs4 import NavigableString

    found: dict[str, str] = {}
    for listing in root.find_all("ol"):
        kind = (listing.get("type") or "1").strip()
        try:
            number = int(listing.get("start") or 1)
        except ValueError:
            number = 1
        for item in listing.find_all("li", recursive=False):
            try:
                number = int(item.get("value") or number)
            except ValueError:
                pass
            if item.find(list(_BLOCKS)) is None:
                text = "".join(str(s) for s in item.descendants if type(s) is NavigableString)
                line = " ".join(("\u2022 " + text).split())
                if len(line) > 2:
                    found.setdefault(line, _list_marker(number, kind))
            number += 1
    return found


def _list_marker(number: int, kind: str) -> str:
    if kind in ("a", "A") and 1 <= number <= 26:
        return chr(ord("a") + number - 1) + ")"
    if kind in ("i", "I") and 1 <= number <= 39:
        numerals = ("x", "ix", "v", "iv", "i")
        values = (10, 9, 5, 4, 1)
        out, rest = "", number
        for numeral, value in zip(numerals, values):
            while rest >= value:
                out, rest = out + numeral, rest - value
        return out + ")"
    return f"{number}."


def _span(cell, name: str) -> int:
    """A cell's rowspan or colspan (1 when absent or not a number; at most 50)."""
    try:
        return max(1, min(50, int(str(cell.get(name) or 1).strip())))
    except ValueError:
        return 1


def _tables(root) -> list[tuple]:
    """The page's data tables, each `<table>` holding no other: (the element, its `Table`).

    A cell's text is its words, blocks and all. The walk in `_structured_text` notes the lines
    each one became (a row a line, or a cell a line when its cells hold paragraphs). A cell
    spanning rows leaves the rows below it short of a cell: its table stays text. A cell
    spanning columns is followed by empty cells, so the columns stay in line.
    """
    found: list[tuple] = []
    for table in root.find_all("table"):
        if table.find("table") is not None:
            continue  # a layout table holding others
        rows = []
        header_rows = 0
        for row in table.find_all("tr"):
            cells = row.find_all(["td", "th"], recursive=False)
            if any(_span(cell, "rowspan") > 1 for cell in cells):
                break
            texts = []
            for cell in cells:
                texts.append(cell.get_text(" "))
                texts += [""] * (_span(cell, "colspan") - 1)
            if len(rows) == header_rows and cells and (row.parent.name == "thead" or all(c.name == "th" for c in cells)):
                header_rows += 1
            rows.append(texts)
        else:
            made = source_table(rows, header_rows)
            if made is not None:
                found.append((table, made.table))
    return found
