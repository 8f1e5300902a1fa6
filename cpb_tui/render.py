"""Building the reader's Markdown from an item. Document text is escaped: it is shown, never obeyed."""

from __future__ import annotations

from cpb_tui.importers.layout import escape_markdown
from cpb_tui.models import ItemDetail, Meeting


def item_heading(detail: ItemDetail) -> str:
    """ "16. Modernising Placement Programme" (plain text)."""
    item = detail.item
    return f"{item.number}. {item.title}" if item.number else item.title


def item_meta(detail: ItemDetail, meeting: Meeting | None) -> str:
    """The line under the heading: meeting, pack pages, minute number, exempt marker (plain text)."""
    item = detail.item
    parts = []
    if meeting is not None:
        parts.append(meeting.label)
    if item.minute_number and item.minute_number != item.number:
        parts.append(f"minute {item.minute_number}")
    if item.pages:
        parts.append(f"pack pages {item.pages}")
    if item.exempt:
        parts.append("EXEMPT (Part II)" + (f": {item.exempt_reason}" if item.exempt_reason else ""))
    return "  \u00b7  ".join(parts)


def item_blocks(detail: ItemDetail) -> list[tuple[str, str]]:
    """The reader's blocks in order, as (title, Markdown): purpose, minutes, resolutions, sections."""
    item = detail.item
    blocks: list[tuple[str, str]] = []
    if item.purpose:
        blocks.append(("Purpose", escape_markdown(item.purpose)))
    if item.minutes:
        blocks.append(("Minutes", item.minutes))
    if detail.resolutions:
        lines: list[str] = []
        lead = detail.resolutions[0].lead_in
        if lead:
            lines.append(escape_markdown(lead))
            lines.append("")
        for resolution in detail.resolutions:
            label = f"**{escape_markdown(resolution.label)})** " if resolution.label else ""
            # A clause may carry its own bullet list ("- ..." lines); keep those as a list.
            text = "\n".join(
                "- " + escape_markdown(line[2:]) if line.startswith("- ") else escape_markdown(line)
                for line in resolution.text.split("\n")
            )
            lines.append(f"{label}{text}")
            lines.append("")
        blocks.append(("Resolved", "\n".join(lines).strip()))
    current_document = None
    for section in detail.sections:
        if section.document_title and section.document_title != current_document:
            current_document = section.document_title
            blocks.append(("Report", f"**{escape_markdown(current_document)}**"))
        number = f"{section.number}. " if section.number else ""
        pages = ""
        if section.page_start:
            single = section.page_end in (None, section.page_start)
            span = f"page {section.page_start}" if single else f"pages {section.page_start}-{section.page_end}"
            pages = f"  \u00b7  pack {span}"
        blocks.append((f"{number}{section.heading}{pages}", section.body or "*(no text)*"))
    if not blocks:
        blocks.append(("", "*Nothing recorded for this item yet.*"))
    return blocks
