"""The "action log / matters arising" paper for the next agenda pack, in each of `FORMATS`.

Pure functions over `Action`s: `cpb_tui.actions.matters_arising` chooses the actions (open, and
closed since the last meeting; none from exempt items unless named), and a format writes them.
A new format is one writer here and one row in `FORMATS`; the CLI's `--format` reads the table.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from itertools import groupby
from typing import TYPE_CHECKING, Callable

from cpb_tui.domain.models import Action, Meeting, format_date
from cpb_tui.domain.safe import terminal_safe
from cpb_tui.export.escaping import csv_cell, html_text, ics_fold, ics_text, markdown_cell, markdown_text

if TYPE_CHECKING:
    from cpb_tui.actions.matters_arising import MattersArising

COLUMNS = ["Ref", "Minute", "Action", "Owner(s)", "Status", "Target", "Completed", "Latest update"]


def _owners(action: Action) -> str:
    """The owners joined, each made safe on its own: an escape sequence begun in one owner's name
    (an OSC that runs to the next BEL) cannot swallow the next owner."""
    return "; ".join(terminal_safe(owner) for owner in action.owners)


def _rows(action: Action) -> list[str]:
    completed = action.closed_at[:10] if action.closed_at and action.status != "open" else ""
    return [
        str(action.id),
        action.minute_reference,
        f"[exempt] {action.text}" if action.exempt else action.text,  # named with --include-exempt: marked as such
        _owners(action),
        action.status,
        action.target,
        completed,
        action.latest_update or "",
    ]


def _groups(actions: list[Action]):
    """Actions grouped by the meeting they came from, oldest first."""
    keyed = sorted(actions, key=lambda a: (a.meeting_date or dt.date.min, a.id))
    return groupby(keyed, key=lambda a: a.meeting_date)


def _origin(date: dt.date | None) -> str:
    return f"Meeting of {format_date(date)}" if date else "Not from a meeting"


def to_markdown(actions: list[Action], meeting: Meeting) -> str:
    """A Markdown paper: one table per origin meeting; text is escaped, so it never becomes markup or splits a row."""
    out = [f"# Action log: {markdown_text(meeting.committee)}, {format_date(meeting.date)}", ""]
    if not actions:
        out.append("No open actions.")
    for date, group in _groups(actions):
        out += [f"## {_origin(date)}", "", "| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
        for action in group:
            out.append("| " + " | ".join(markdown_cell(value) for value in _rows(action)) + " |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def to_csv(actions: list[Action], meeting: Meeting) -> str:
    """One row per action, with the origin meeting as its own column; no cell can be read as a formula.

    Every cell is quoted, so a spreadsheet that splits on semicolons still keeps each cell whole.
    """
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow(["Origin meeting", *COLUMNS])
    for action in sorted(actions, key=lambda a: (a.meeting_date or dt.date.min, a.id)):
        origin = action.meeting_date.isoformat() if action.meeting_date else ""
        writer.writerow([csv_cell(value) for value in (origin, *_rows(action))])
    return buffer.getvalue()


_PRINT_CSS = """
body { font-family: Georgia, 'Times New Roman', serif; font-size: 11pt; margin: 2cm; color: #000; }
h1 { font-size: 16pt; } h2 { font-size: 13pt; margin-top: 1.5em; page-break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin-bottom: 1em; }
th, td { border: 1px solid #444; padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: #eee; } tr { page-break-inside: avoid; }
.status-done, .status-dropped { color: #444; }
@media print { body { margin: 0; } a { color: #000; text-decoration: none; } }
@page { size: A4 landscape; margin: 1.5cm; }
"""


def to_html(actions: list[Action], meeting: Meeting) -> str:
    """A standalone page that prints cleanly on A4 landscape; all document text is escaped."""
    title = f"Action log: {meeting.committee}, {format_date(meeting.date)}"
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{html_text(title)}</title>",
        f"<style>{_PRINT_CSS}</style></head><body>",
        f"<h1>{html_text(title)}</h1>",
    ]
    if not actions:
        out.append("<p>No open actions.</p>")
    for date, group in _groups(actions):
        out.append(f"<h2>{html_text(_origin(date))}</h2>")
        out.append("<table><thead><tr>" + "".join(f"<th>{html_text(c)}</th>" for c in COLUMNS) + "</tr></thead><tbody>")
        for action in group:
            cells = "".join(f"<td>{html_text(value)}</td>" for value in _rows(action))
            out.append(f'<tr class="status-{html_text(action.status)}">{cells}</tr>')
        out.append("</tbody></table>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def to_ics(actions: list[Action], meetings: list[Meeting], stamp: dt.datetime | None = None) -> str:
    """A calendar: the committee's meetings as events, open actions as all-day events on their due day."""
    stamp = stamp or dt.datetime.now(dt.timezone.utc)
    now = stamp.strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//cpb//action log//EN", "CALSCALE:GREGORIAN"]
    for meeting in meetings:
        lines += _event(
            f"meeting-{meeting.id}@cpb", now, meeting.date, f"{meeting.committee}", meeting.venue or "", meeting.venue
        )
    for action in actions:
        day = action.due_meeting_date or action.due_date
        if action.status != "open" or day is None:
            continue
        owners = _owners(action) or "no owner"
        summary = f"Due: {'[exempt] ' if action.exempt else ''}{action.text}"
        description = f"Action {action.id} ({action.minute_reference}), owner: {owners}"
        lines += _event(f"action-{action.id}@cpb", now, day, summary, description, None)
    lines.append("END:VCALENDAR")
    return "".join(ics_fold(line) + "\r\n" for line in lines)


def _event(uid: str, stamp: str, day: dt.date, summary: str, description: str, location: str | None) -> list[str]:
    end = day + dt.timedelta(days=1)
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{day.strftime('%Y%m%d')}",
        f"DTEND;VALUE=DATE:{end.strftime('%Y%m%d')}",
        f"SUMMARY:{ics_text(summary)}",
    ]
    if description:
        lines.append(f"DESCRIPTION:{ics_text(description)}")
    if location:
        lines.append(f"LOCATION:{ics_text(location)}")
    lines.append("END:VEVENT")
    return lines


@dataclass(frozen=True)
class PaperFormat:
    """One way to write the paper: `cpb actions export --format NAME`."""

    name: str
    write: Callable[["MattersArising"], str]
    newline: str | None = None
    """How to write it to a file: "" keeps the format's own line ends (iCalendar's CRLF)."""


FORMATS: dict[str, PaperFormat] = {
    paper_format.name: paper_format
    for paper_format in (
        PaperFormat("md", lambda paper: to_markdown(paper.actions, paper.meeting)),
        PaperFormat("csv", lambda paper: to_csv(paper.actions, paper.meeting)),
        PaperFormat("html", lambda paper: to_html(paper.actions, paper.meeting)),
        PaperFormat("ics", lambda paper: to_ics(paper.actions, paper.upcoming), newline=""),
    )
}
"""Every format the paper can be written in, in the order `--format` offers them."""
