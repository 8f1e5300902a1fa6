"""Saved web pages (ModernGov-style agenda item, issue history, decision and minutes pages) as text.

A real HTML parser (Beautiful Soup over Python's html.parser) reads the page; scripts,
styles, navigation, headers, footers and forms are dropped; headings, paragraphs, list
items and table rows each become lines, in the shapes the text parsers read.
"""

from __future__ import annotations

import re

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


def html_to_text(data: bytes) -> str:
    """The readable text of a saved web page, one block a line."""
    from bs4 import BeautifulSoup, NavigableString, Tag

    soup = BeautifulSoup(data, "html.parser")
    for name in _DROP:
        for tag in soup.find_all(name):
            tag.decompose()
    for selector in _DROP_SELECTORS:
        for tag in soup.select(selector):
            tag.decompose()
    root = next((found for selector in _CONTENT if (found := soup.select_one(selector))), None)
    root = root or soup.body or soup
    title = soup.title.get_text(" ", strip=True) if soup.title else ""

    lines: list[str] = []
    current: list[str] = []

    def flush() -> None:
        text = " ".join("".join(current).split())
        if text:
            lines.append(text)
        current.clear()

    def walk(node) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                if type(child).__name__ in ("Comment", "Doctype", "CData", "ProcessingInstruction"):
                    continue
                current.append(str(child))
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name.lower()
            if name in _BLOCKS:
                flush()
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
            walk(child)
            if name in _BLOCKS:
                flush()

    walk(root)
    flush()
    if title and not any(title in line for line in lines[:5]):
        lines.insert(0, f"Page title: {title}")
    return "\n".join(lines)
