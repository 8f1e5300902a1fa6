"""A member's briefing (`Brief`) as text, Markdown or printable HTML, the words shared with the screen.

The briefing is first laid out as plain parts (`brief_parts`: headings and entries of raw
text), then each format escapes every string on its way out (export/escaping.py), so
nothing in a document becomes markup in a page or an escape in a terminal. Exempt (Part II)
items and the actions from them are left out unless asked for, and the briefing says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cpb_tui.domain.brief import NO_NOTES_YET, Brief, BriefItem, DueAction
from cpb_tui.domain.models import TopicEntry, format_date
from cpb_tui.export.escaping import html_text, markdown_text, one_line
from cpb_tui.followthrough.words import reasons_in_words, strength

FORMATS = ("text", "md", "html")
"""What `cpb brief --format` offers."""

NOTHING_BEFORE = "No earlier meeting took this business, as far as cpb can tell."
NOTHING_DUE = "No action is due at this item."
EXEMPT_LEFT_OUT = "Exempt (Part II): left out of the briefing; open it in the app, or use --include-exempt."


@dataclass
class Entry:
    """One line of the briefing, with the lines that explain it."""

    text: str
    details: list[str] = field(default_factory=list)
    status: str | None = None
    """An action's derived status, shown before its text."""


@dataclass
class Part:
    """A labelled list under an item: what was resolved before, what is due, the member's questions."""

    label: str
    entries: list[Entry]
    empty: str = ""


@dataclass
class Section:
    """One item of the meeting (or the actions no item takes), with its parts."""

    heading: str
    parts: list[Part]
    item_id: int | None = None
    """The item the section is about (none for the actions no item takes)."""


def brief_title(brief: Brief) -> str:
    """ "Briefing: Corporate Parenting Board, 24 December 2026"."""
    return f"Briefing: {brief.meeting.committee}, {format_date(brief.meeting.date)}"


def brief_summary(brief: Brief) -> str:
    """One line under the title: where, its status, how much is due, what was left out."""
    meeting = brief.meeting
    count = brief.due_count
    parts = [f"{count} action{'' if count == 1 else 's'} due at this meeting"]
    parts += [p for p in (meeting.status, meeting.time, meeting.venue) if p]
    if brief.procedural:
        parts.append(f"{brief.procedural} procedural items left out")
    return " · ".join(parts)


def evidence_words(due: DueAction, here: int | None = None, agenda_known: bool = True) -> str:
    """Where an action due at the meeting stands, in words: the follow-up and its reasons, or why there is none."""
    found = due.evidence
    if found is not None:
        where = "this item" if found.item_id == here else f"item {found.item_number or '-'} '{found.item_title}'"
        if found.state == "confirmed":
            return f"Delivered by {where} (confirmed by the clerk)."
        reasons = "; ".join(reasons_in_words(found)) or "no reasons recorded"
        return f"cpb suggests {where} takes it ({strength(found)}): {reasons}."
    if due.continues_topic:
        return "This item continues the business the action came from; no follow-up found in its papers yet."
    if not agenda_known:
        return "The agenda is not known yet: see whether it takes this when the pack is published."
    return "No item on this agenda seems to take it: ask whether it is coming, and if not, why."


def due_entry(due: DueAction, here: int | None = None, agenda_known: bool = True) -> Entry:
    """An action due at the meeting: its reference and text, then due, owners, evidence and latest update."""
    action = due.action
    origin = f"{format_date(action.meeting_date)} {action.minute_reference}" if action.meeting_date else action.minute_reference
    details = [f"due {action.target}; owner {'; '.join(action.owners) or 'none'}", evidence_words(due, here, agenda_known)]
    if action.latest_update:
        details.append(f"Latest update: {action.latest_update}")
    return Entry(f"action {action.id}, {origin}: {action.text}", details, due.derived_status)


def before_entry(entry: TopicEntry) -> Entry:
    """An earlier meeting's item on the same business, with what it resolved."""
    item = entry.item
    details = [f"{r.label}) {r.text}" if r.label else r.text for r in entry.resolutions]
    return Entry(
        f"{format_date(entry.meeting.date)}, item {item.number or '-'} '{item.title}'",
        details or ["No resolutions recorded."],
    )


def _item_section(entry: BriefItem, include_exempt: bool) -> Section:
    item = entry.item
    pages = f" (pages {item.pages})" if item.pages else ""
    heading = f"{item.number or '-'}. {item.title}{pages}" + (" [exempt]" if item.exempt else "")
    if item.exempt and not include_exempt:
        return Section(heading, [Part("Exempt", [], EXEMPT_LEFT_OUT)], item.id)
    before = [before_entry(e) for e in entry.before if include_exempt or not e.item.exempt]
    due = [due_entry(d, item.id) for d in entry.due if include_exempt or not d.action.exempt]
    withheld = len(entry.before) - len(before) + len(entry.due) - len(due)
    parts = [
        Part("Resolved before", before, NOTHING_BEFORE),
        Part("Due at this meeting", due, NOTHING_DUE),
        Part("Your questions", [], NO_NOTES_YET),
    ]
    if withheld:
        parts.append(Part("Left out", [], f"{withheld} from exempt items; use --include-exempt to show them."))
    return Section(heading, parts, item.id)


def brief_parts(brief: Brief, include_exempt: bool = False) -> list[Section]:
    """The briefing laid out: one section per item, then the actions due that no item takes."""
    sections = [_item_section(entry, include_exempt) for entry in brief.items]
    unplaced = [due_entry(d, None, bool(brief.items)) for d in brief.unplaced if include_exempt or not d.action.exempt]
    withheld = len(brief.unplaced) - len(unplaced)
    if brief.unplaced:
        parts = [Part("", unplaced, "")]
        if withheld:
            parts.append(Part("Left out", [], f"{withheld} from exempt items; use --include-exempt to show them."))
        heading = "Due at this meeting, on no item of the agenda" if brief.items else "Due at this meeting"
        sections.append(Section(heading, parts))
    if not brief.items:
        sections.insert(0, Section("No agenda yet", [Part("", [], "The agenda pack is not imported: import it with `cpb import FILE`.")]))
    return sections


def to_markdown(brief: Brief, include_exempt: bool = False) -> str:
    """The briefing as Markdown: every stored string escaped, so it never becomes markup."""
    out = [f"# {markdown_text(brief_title(brief))}", "", markdown_text(brief_summary(brief)), ""]
    for section in brief_parts(brief, include_exempt):
        out += [f"## {markdown_text(section.heading)}", ""]
        for part in section.parts:
            if part.label:
                out.append(f"**{markdown_text(part.label)}**")
                out.append("")
            if not part.entries:
                out += [markdown_text(part.empty), ""]
                continue
            for entry in part.entries:
                status = f"\\[{markdown_text(entry.status)}\\] " if entry.status else ""
                out.append(f"- {status}{markdown_text(entry.text)}")
                out += [f"  - {markdown_text(detail)}" for detail in entry.details]
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def to_text(brief: Brief, include_exempt: bool = False, width: int = 88) -> str:
    """The briefing as plain text for a terminal, a screen reader or a pipe (no markup, no box drawing)."""
    import textwrap

    def wrap(text: str, indent: str, hang: str) -> list[str]:
        return textwrap.wrap(one_line(text), width, initial_indent=indent, subsequent_indent=hang) or [indent.rstrip()]

    title = brief_title(brief)
    out = [one_line(title), "=" * min(len(title), width), *wrap(brief_summary(brief), "", ""), ""]
    for section in brief_parts(brief, include_exempt):
        out += wrap(section.heading, "", "    ")
        for part in section.parts:
            if part.label:
                out.append(f"  {part.label}:")
            if not part.entries:
                out += wrap(part.empty, "    ", "    ")
            for entry in part.entries:
                status = f"[{entry.status}] " if entry.status else ""
                out += wrap(status + entry.text, "    - ", "      ")
                for detail in entry.details:
                    out += wrap(detail, "        ", "        ")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


_PRINT_CSS = (
    "body{font-family:system-ui,sans-serif;max-width:50em;margin:2em auto;line-height:1.4}"
    "h2{border-top:1px solid #999;padding-top:.5em;font-size:1.15em}h3{font-size:1em;margin-bottom:.2em}"
    ".status{font-weight:bold}.status-missed,.status-overdue{color:#a00}.empty{color:#555;font-style:italic}"
    "@media print{body{margin:0}h2{break-after:avoid}}"
)


def to_html(brief: Brief, include_exempt: bool = False) -> str:
    """The briefing as one printable HTML page: every stored string escaped (`html_text`)."""
    title = brief_title(brief)
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{html_text(title)}</title>",
        f"<style>{_PRINT_CSS}</style></head><body>",
        f"<h1>{html_text(title)}</h1>",
        f"<p>{html_text(brief_summary(brief))}</p>",
    ]
    for section in brief_parts(brief, include_exempt):
        out.append(f"<h2>{html_text(section.heading)}</h2>")
        for part in section.parts:
            if part.label:
                out.append(f"<h3>{html_text(part.label)}</h3>")
            if not part.entries:
                out.append(f'<p class="empty">{html_text(part.empty)}</p>')
                continue
            out.append("<ul>")
            for entry in part.entries:
                status = ""
                if entry.status:
                    css = html_text(entry.status.replace(" ", "-"))
                    status = f'<span class="status status-{css}">[{html_text(entry.status)}]</span> '
                details = "".join(f"<li>{html_text(detail)}</li>" for detail in entry.details)
                out.append(f"<li>{status}{html_text(entry.text)}" + (f"<ul>{details}</ul>" if details else "") + "</li>")
            out.append("</ul>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def render(brief: Brief, fmt: str, include_exempt: bool = False, width: int = 88) -> str:
    """The briefing in one of `FORMATS`."""
    if fmt == "md":
        return to_markdown(brief, include_exempt)
    if fmt == "html":
        return to_html(brief, include_exempt)
    return to_text(brief, include_exempt, width)
