"""Markdown as clean plain text (no box drawing, no escapes), for `cpb read` and screen readers.

The Markdown is made terminal-safe (`cpb_tui.domain.safe`) before it is parsed, so an escape
sequence is removed whole rather than cut up by Markdown's own backslash escapes.

The stored Markdown is parsed with markdown-it-py and walked token by token: paragraphs become
wrapped lines, list items "- " lines, hard breaks new lines, and emphasis plain words.
"""

from __future__ import annotations

import textwrap
from functools import lru_cache

from markdown_it import MarkdownIt

from cpb_tui.domain.safe import terminal_safe


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark")


def markdown_to_text(markdown: str, width: int = 88) -> str:
    """Plain text of a Markdown string, wrapped at `width`."""
    tokens = _parser().parse(terminal_safe(markdown))
    blocks: list[str] = []
    prefix = ""
    depth = 0
    for token in tokens:
        if token.type in ("bullet_list_open", "ordered_list_open"):
            depth += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            depth -= 1
        elif token.type == "list_item_open":
            prefix = "  " * (depth - 1) + "- "
        elif token.type == "heading_open":
            prefix = ""
        elif token.type == "inline":
            lines = _inline_text(token).split("\n")
            indent = " " * len(prefix)
            wrapped = []
            for index, line in enumerate(lines):
                first = prefix if index == 0 else indent
                wrapped.append(textwrap.fill(line, width, initial_indent=first, subsequent_indent=indent) or first.rstrip())
            blocks.append("\n".join(wrapped))
            prefix = ""
    return "\n\n".join(block for block in blocks if block.strip())


def _inline_text(token) -> str:
    out: list[str] = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak",):
            out.append(" ")
        elif child.type == "hardbreak":
            out.append("\n")
        elif child.type == "image":
            out.append(child.content)
    return "".join(out)
