"""`cpb import --explain`: why a file came out as it did, in plain lines.

For each shape: its score and reasons, and whether its parser was chosen, passed over or not
tried; then what the chosen parse found (committee, date and the words they came from, items,
decision clauses) and what it could not find.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from cpb_tui.importers.context import find_context, find_next_meeting
from cpb_tui.importers.layout import normalise
from cpb_tui.importers.reader import ImportProblem, apply_context, read_source
from cpb_tui.importers.readings import chosen_reading, counts
from cpb_tui.importers.shapes import choose
from cpb_tui.domain.models import format_date

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def explain(path: str | Path, committee: str | None = None, date: dt.date | None = None) -> list[str]:
    """Lines describing how `path` is read and parsed, with the committee and date the clerk gives for a page that leaves
    them out (`--committee`, `--date`), as `cpb import` would file it; nothing is written to the store."""
    try:
        source = read_source(path)
    except ImportProblem as problem:
        return [f"{problem.path}: refused: {problem.reason}"]
    lines = [f"{source.path}: read as {source.format}" + (f", {source.page_count} pages" if source.page_count else "")]
    try:
        choice = choose(source.text, source.page_starts, score_all=True)
    except ValueError as problem:  # (read the way the clerk chose, `--items`, it has no items)
        return [*lines, f"{source.path}: {problem}"]
    lines.append("shapes, best fit first:")
    for fit in choice.fits:
        outcome = choice.outcomes.get(fit.shape, "not tried" if fit.score > 0 else "does not fit")
        lines.append(f"  {fit.score:4.2f}  {fit.shape}: {outcome}")
        for reason in fit.reasons:
            lines.append(f"          - {reason}")
    record = choice.record
    refused = None
    if committee or date:
        try:
            record = apply_context(record, committee, date, source.path)
        except ImportProblem as problem:  # (what the page leaves out is filled before one still missing is named)
            refused = problem.reason if "drop --" in problem.reason else None
    context = find_context(normalise(source.text).split("\n"))
    lines.append(f"chosen: {choice.shape} ({record.kind})")
    lines.append("what the page says about its meeting:")
    lines.extend(f"  {line}" for line in context.describe())
    own_date = record.meetings[0].date or (context.date.value if context.date else None)
    upcoming = find_next_meeting(normalise(source.text).split("\n"), own_date)
    if upcoming is not None:
        lines.append(f"  next meeting: {upcoming.value.isoformat()}  (from {upcoming.evidence!r}): it is added to the committee's calendar")
    for meeting in record.meetings:
        when = format_date(meeting.date) if meeting.date else "no date"
        lines.append(f"meeting: {meeting.committee or 'no committee'}, {when} ({meeting.role})")
        for item in meeting.items:
            number = item.number or item.minute_number or "-"
            flags = " [exempt]" if item.exempt else ""
            clauses = len(item.resolutions)
            lines.append(f"  {number:>6}  {item.title[:70]}{flags}  ({clauses} decision clause{'s' if clauses != 1 else ''})")
    found = counts(normalise(source.text).split("\n"))
    lines.append(f"items read {'as ' + chosen_reading() if chosen_reading() else 'by cpb'}; other readings (cpb import --items NAME): "
                 + ", ".join(f"{name} {count}" for name, count in found.items()))
    for warning in source.warnings + record.warnings:
        lines.append(f"warning: {warning}")
    own = record.meetings[0]
    missing = [name for name, value in (("committee", own.committee), ("date", own.date)) if not value]
    if missing:
        lines.append(f"to import it, name the {' and '.join(missing)}: " + " ".join(
            {"committee": "--committee 'NAME'", "date": "--date YYYY-MM-DD"}[name] for name in missing
        ))
    if refused:
        lines.append(f"cpb import would refuse it: {refused}")
    for hint in record.hints:
        lines.append(f"hint: {hint}")
    return [_CONTROL.sub("\ufffd", line) for line in lines]
