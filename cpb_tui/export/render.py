"""Building what the screens and `cpb read` show from an item. Document text is escaped: shown, never obeyed.

Every function here returns terminal-safe text (`cpb_tui.domain.safe`): no escape sequence,
control character or bidi override from a document survives into a screen or a pipe. Fields
are made safe before they are escaped as Markdown, so a sequence is removed whole.
"""

from __future__ import annotations

from typing import Iterable

from cpb_tui.domain.models import ItemDetail, Meeting, Resolution, Section, TopicEntry, format_date
from cpb_tui.domain.safe import terminal_safe
from cpb_tui.export.empty import NO_TOPIC
from cpb_tui.importers.layout import escape_markdown


def item_heading(detail: ItemDetail) -> str:
    """ "16. Modernising Placement Programme" (plain text)."""
    item = detail.item
    return terminal_safe(f"{item.number}. {item.title}" if item.number else item.title)


def item_meta(detail: ItemDetail, meeting: Meeting | None) -> str:
    """The line under the heading: meeting, minute number, pack pages, exempt marker (plain text)."""
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
    return terminal_safe("  \u00b7  ".join(parts))


def section_title(section: Section) -> str:
    """ "3. Executive Summary  ·  pack pages 4-6" (plain text)."""
    number = f"{section.number}. " if section.number else ""
    pages = ""
    if section.page_start:
        single = section.page_end in (None, section.page_start)
        span = f"page {section.page_start}" if single else f"pages {section.page_start}-{section.page_end}"
        pages = f"  \u00b7  pack {span}"
    return terminal_safe(f"{number}{section.heading}{pages}")


def purpose_markdown(detail: ItemDetail) -> str:
    """What the agenda says the item is for; empty when it says nothing."""
    if not detail.item.purpose:
        return ""
    return f"**Purpose (from the agenda).** {escape_markdown(terminal_safe(detail.item.purpose))}"


def minutes_markdown(detail: ItemDetail) -> str:
    """The minutes narrative alone; empty when there are no minutes (`empty.no_minutes` says why)."""
    return terminal_safe(detail.item.minutes) if detail.item.minutes else ""


def resolutions_markdown(detail: ItemDetail, marked: int | None = None) -> str:
    """What was resolved: the lead-in, then each clause with its label (the `marked` one set apart)."""
    return clauses_markdown(detail.resolutions, marked)


def clauses_markdown(resolutions: list[Resolution], marked: int | None = None) -> str:
    """Resolution clauses as Markdown, their text escaped; the clause with id `marked` as a quote, to stand out."""
    if not resolutions:
        return ""
    lines: list[str] = ["**RESOLVED**", ""]
    lead = terminal_safe(resolutions[0].lead_in)
    if lead:
        lines += [escape_markdown(lead), ""]
    for resolution in resolutions:
        label = f"**{escape_markdown(terminal_safe(resolution.label))})** " if resolution.label else ""
        # A clause may carry its own bullet list ("- ..." lines); keep those as a list.
        text = "\n".join(
            "- " + escape_markdown(line[2:]) if line.startswith("- ") else escape_markdown(line)
            for line in terminal_safe(resolution.text).split("\n")
        )
        clause = f"{label}{text}"
        if resolution.id == marked:
            clause = "\n".join("> " + line for line in f"**\u25b6** {clause}".split("\n"))
        lines += [clause, ""]
    return "\n".join(lines).strip()


def topic_markdown(topic: Iterable[TopicEntry]) -> str:
    """The other meetings of an item's topic, oldest first, with what each resolved."""
    topic = list(topic)
    if not topic:
        return NO_TOPIC
    parts = []
    for entry in topic:
        meeting, other, resolutions = entry.meeting, entry.item, entry.resolutions
        number = f"{other.number}. " if other.number else ""
        exempt = " *EXEMPT (Part II)*" if other.exempt else ""
        title = escape_markdown(terminal_safe(number + other.title))
        parts.append(f"**{escape_markdown(format_date(meeting.date))}: {title}**{exempt}")
        clauses = clauses_markdown(resolutions)
        parts.append(clauses.replace("**RESOLVED**\n\n", "") if clauses else "*Nothing resolved recorded.*")
    return "\n\n".join(parts)
