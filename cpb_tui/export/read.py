"""`cpb read`: a meeting or an item as clean plain text, for screen readers and pipes.

The text is terminal-safe (`cpb_tui.domain.safe`): fields are made safe before they are laid
out, and the whole text once more at the end.
"""

from __future__ import annotations

import textwrap

from cpb_tui.domain.models import Item, ItemDetail, Meeting, MeetingDetail, Section
from cpb_tui.domain.safe import terminal_safe
from cpb_tui.domain.tables import has_tables, split_body
from cpb_tui.export.tables import table_text
from cpb_tui.export.plain import markdown_to_text
from cpb_tui.export.empty import NO_REPORT, no_agenda, no_minutes, no_resolutions
from cpb_tui.export.render import (
    item_heading,
    item_meta,
    minutes_markdown,
    resolutions_markdown,
    section_title,
)


def meeting_text(detail: MeetingDetail, only: Item | None = None, width: int = 88) -> str:
    """The whole meeting (or one item of it) as plain text with no box drawing."""
    meeting = detail.meeting
    out = [meeting.label]
    facts = [p for p in (meeting.venue, meeting.time, meeting.status) if p]
    if facts:
        out.append(" - ".join(facts))
    if only is None and detail.attendance:
        groups: dict[str, list[str]] = {}
        for person in detail.attendance:
            name = person.person + (f" ({person.role})" if person.role and person.role != "substitute" else "")
            groups.setdefault(person.status, []).append(name)
        for status in ("present", "apologies", "substitute", "absent", "listed"):
            if status in groups:
                label = "Listed (attendance not clear from the minutes)" if status == "listed" else status.capitalize()
                out.append(f"{label}: {', '.join(groups[status])}.")
    if not detail.items:
        out += ["", _wrapped(no_agenda(meeting), width)]
    elif only is None and not any(d.item.minutes or d.resolutions for d in detail.items):
        out += ["", _wrapped(no_minutes(meeting), width)]
    for item_detail in detail.items:
        if only is not None and item_detail.item.id != only.id:
            continue
        out.append("")
        # One item read alone says what each empty part lacks; a whole meeting says it once, above.
        out.append(item_text(item_detail, width, meeting if only is not None else None))
    return terminal_safe("\n".join(out).rstrip()) + "\n"


def item_text(detail: ItemDetail, width: int = 88, explain_for: Meeting | None = None) -> str:
    """One item: heading, facts, purpose, minutes, resolutions and report sections.

    With `explain_for` (the item's meeting), an empty part is printed with what it lacks and
    how to fill it; without, it is left out.
    """
    heading = f"Item {item_heading(detail)}"
    out = [heading, "=" * min(len(heading), width)]
    meta = item_meta(detail, None)
    if meta:
        out.append(meta.replace("\u00b7", "-"))
    if detail.item.purpose:
        out += ["", "Purpose:", _wrapped(terminal_safe(detail.item.purpose), width)]
    parts = (
        ("Minutes", minutes_markdown(detail), lambda: no_minutes(explain_for)),
        ("Resolved", resolutions_markdown(detail), lambda: no_resolutions(explain_for, bool(detail.item.minutes))),
    )
    for title, markdown, missing in parts:
        if markdown:
            out += ["", f"{title}:", markdown_to_text(markdown.replace("**RESOLVED**\n\n", ""), width)]
        elif explain_for is not None:
            out += ["", f"{title}:", _wrapped(missing(), width)]
    if explain_for is not None and not detail.sections:
        out += ["", "Report:", _wrapped(NO_REPORT, width)]
    current = None
    for section in detail.sections:
        if section.document_title != current:
            current = section.document_title
            out += ["", f"Report: {current}"]
        out += ["", section_title(section).replace("\u00b7", "-"), section_text(section, width)]
    return terminal_safe("\n".join(out))


def section_text(section: Section, width: int = 88) -> str:
    """A section's body as plain text, its tables laid out as tables (`export/tables.py`)."""
    if not has_tables(section.body):
        return markdown_to_text(section.body, width)
    blocks = []
    for part in split_body(section.body):
        if isinstance(part, str):
            blocks.append(markdown_to_text(part, width))
        elif part[0] < len(section.tables):
            blocks.append(table_text(section.tables[part[0]], width))
        else:
            blocks.append(markdown_to_text(part[1], width))  # a table block whose cells are not in the store
    return "\n\n".join(block for block in blocks if block)


def _wrapped(line: str, width: int) -> str:
    return "\n".join(textwrap.wrap(line, width)) or line
