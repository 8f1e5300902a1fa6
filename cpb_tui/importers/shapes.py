"""The registry of document shapes: how well a text fits each parser, and the best fit's parse.

Each shape scores a text between 0 and 1 with the reasons for its score; the parsers are
tried best first, and the first that finds items wins. The generic parser fits every text a
little, so any document with text imports. A new shape is one module with a `fit` and a
`parse`, plus one line in `SHAPES`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice
from typing import Callable

from cpb_tui.importers.minutes_page import MINUTES_LINE
from cpb_tui.importers.readings import chosen_reading
from cpb_tui.domain.models import DocumentRecord


@dataclass
class Fit:
    """How well a text fits one shape, and why."""

    shape: str
    score: float
    reasons: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Shape:
    """A document shape: a name, a fit test over the text's lines, and its parser."""

    name: str
    description: str
    fit: Callable[[list[str]], Fit]
    parse: Callable[[str, list[int] | None], DocumentRecord]
    ceiling: float = 1.0
    """The highest score `fit` can give: a shape that cannot beat the best fit so far is not scored."""
    top: float = 1.0
    """The highest score `fit` can give, exactly (`choose` scores no shape that cannot change which parser runs first)."""


@dataclass
class Choice:
    """The parse that won, and every shape's fit and outcome, best first."""

    record: DocumentRecord
    shape: str
    fits: list[Fit]
    outcomes: dict[str, str]
    """Per shape tried: what its parse found, or why it was passed over."""


# --- fit tests ------------------------------------------------------------------------

_MEETING_LINE = re.compile(r"^\s*Meeting\s*:\s*\d{1,2}/\d{1,2}/\d{4}\s*[-\u2013]\s*\S", re.IGNORECASE)


def _fit_pack(lines: list[str]) -> Fit:
    from cpb_tui.importers.agenda_pack import AGENDA_LINE, MARKER
    from cpb_tui.importers.minutes import find_headings

    fit = Fit("agenda pack", 0.0)
    markers = sum(1 for line in lines if MARKER.match(line))
    if markers >= 2:
        fit.score = 0.95
        fit.reasons.append(f"{markers} 'Agenda Item N' stamps")
        return fit
    for index, line in enumerate(lines[:400]):
        if AGENDA_LINE.match(line):
            headings = find_headings(lines, index + 1, min(len(lines), index + 300))
            found, skipped = len(headings), _skipped_titles(lines, headings)
            # ("  1. FINANCE" after "4.1 Declaration of Acceptance": a web page's list that starts again at one, which a pack's
            # reading would run together)
            ones = sum(1 for line in lines[index + 1 : index + 300] if re.match(r"\s+1[.)]\s+[A-Z][A-Z'\u2019&,-]+(?:\s|$)", line))
            if found >= 2 and ones >= 3:
                fit.score = 0.45
                fit.reasons.append(f"an AGENDA heading over a list that starts again at 1 ({ones} times)")
            elif found >= 2 and skipped:
                # "4. APPROVE EXTRA MINUTES" over "5. Village Warden report KT": an agenda in mixed case, which a pack's
                # reading (titles in capitals) would lose items of
                fit.score = 0.45
                fit.reasons.append(f"an AGENDA heading over {found} numbered items in capitals, but item {skipped[0]} and "
                                   f"{len(skipped) - 1} more between them are not in capitals")
            elif found >= 2:
                fit.score = 0.9
                fit.reasons.append(f"an AGENDA heading followed by {found} numbered items in capitals")
            else:
                fit.reasons.append("an AGENDA heading, but fewer than two numbered items in capitals under it")
            return fit
    fit.reasons.append("no AGENDA heading and no 'Agenda Item N' stamps")
    return fit


def _skipped_titles(lines: list[str], headings: list) -> list[int]:
    """The numbers missing from a run of headings in capitals ("3." and "5." found) that a line between them prints
    with a title in any case ("4. Village Warden report")."""
    skipped = []
    for before, after in zip(headings, headings[1:]):
        low, high = int(re.match(r"\d+", before.number).group(0)), int(re.match(r"\d+", after.number).group(0))
        for value in range(low + 1, high):
            if any(re.match(rf"\s*{value}[.)]?\s+[A-Za-z]", line) for line in lines[before.index + 1 : after.index]):
                skipped.append(value)
    return skipped


def _fit_issue_meetings(lines: list[str]) -> Fit:
    fit = Fit("issue history page", 0.0)
    meetings = sum(1 for line in lines if _MEETING_LINE.match(line))
    minutes = sum(1 for line in lines if MINUTES_LINE.match(line))
    if meetings >= 2:
        fit.score = 0.92
        fit.reasons.append(f"{meetings} 'Meeting: DATE - COMMITTEE' lines with minutes")
    elif meetings == 1 and minutes <= 1:
        fit.score = 0.9
        fit.reasons.append("one 'Meeting: DATE - COMMITTEE' line" + (" and one 'Minutes:'" if minutes else ""))
    else:
        fit.reasons.append(f"{meetings} 'Meeting:' lines, {minutes} 'Minutes:' lines")
    return fit


def _fit_agenda_item_page(lines: list[str]) -> Fit:
    from cpb_tui.importers.context import MEETING_OF_ITEM
    from cpb_tui.importers.decisions import opener
    from cpb_tui.importers.numbering import numbered_items
    from cpb_tui.importers.unnumbered import CAPS_HEADING_LINE, _LIST_HEADER

    fit = Fit("agenda item page", 0.0)
    minutes = sum(1 for line in lines if MINUTES_LINE.match(line))
    page_title = any(re.fullmatch(r"\s*Agenda item\s*", line, re.IGNORECASE) for line in islice((line for line in lines if line.strip()), 3))
    if minutes == 0 and page_title and not numbered_items(lines) and any(opener(line) for line in lines) and not any(MEETING_OF_ITEM.match(line) for line in lines[:10]):
        # "Agenda item" over one item's title, its report's line and its decisions, with no "Minutes:" label
        fit.score = 0.6
        fit.reasons.append("an 'Agenda item' page with decisions and no 'Minutes:' label")
        return fit
    if minutes == 0:
        fit.reasons.append("no 'Minutes:' line")
        return fit
    if minutes > 1:
        fit.score = 0.2
        fit.reasons.append(f"{minutes} 'Minutes:' lines: a page of several items, not one")
        return fit
    if any(_LIST_HEADER.match(line) for line in lines[:40]):
        # a meeting's "Agenda and minutes" page that had one item ("Items", "No. Item", "1.", its title, "Minutes:"): the meeting's
        # own page, its committee and date over the list, read as any meeting's
        fit.reasons.append("a meeting's 'No. Item' list over its one item")
        return fit
    headings = sum(1 for line in lines if CAPS_HEADING_LINE.fullmatch(line))
    if headings >= 3:
        # "MINUTES:" among "MATTERS ARISING:", "OPEN FORUM:", "NEIGHBOURHOOD WATCH:": a heading of minutes, not one item's label
        fit.reasons.append(f"'Minutes:' is one of {headings + 1} headings in capitals")
        return fit
    items = numbered_items(lines)
    at = next(index for index, line in enumerate(lines) if MINUTES_LINE.match(line))
    if len(items) > 1 and page_title and all(item.index > at for item in items):
        # "Agenda item" over one item, whose minutes run "(1) MOPAC appointment - ...", "(2) ...": points of the minute
        fit.score = 0.85
        fit.reasons.append(f"one item's 'Minutes:' on an 'Agenda item' page; its {len(items)} numbered points are the minute's own")
        return fit
    if len(items) > 1:
        fit.score = 0.3
        fit.reasons.append(f"one 'Minutes:' line but {len(items)} numbered items")
        return fit
    fit.score = 0.85
    fit.reasons.append("one item's 'Minutes:' on a web page")
    return fit


def _fit_when(shape: str, matches: bool, score: float, found: str, missing: str) -> Fit:
    """A shape recognised by one test: `score` with `found` when it passes, else 0 with `missing`."""
    return Fit(shape, score, [found]) if matches else Fit(shape, 0.0, [missing])


def _fit_decision_page(lines: list[str]) -> Fit:
    from cpb_tui.importers.minutes_page import looks_like_decision_page

    return _fit_when(
        "decision notice", looks_like_decision_page(lines), 0.88,
        "'Decision Maker:' and 'Decision:' fields", "no 'Decision Maker:' with a 'Decision:' field",
    )


def _fit_minutes_document(lines: list[str]) -> Fit:
    fit = Fit("printed minutes (AT A MEETING)", 0.0)
    if any(re.search(r"AT\s+A\s+MEETING\s+of", line, re.IGNORECASE) for line in lines[:60]):
        from cpb_tui.importers.minutes import find_headings

        headings = find_headings(lines)
        if len(headings) >= 1:
            fit.score = 0.85
            fit.reasons.append(f"'AT A MEETING of ...' and {len(headings)} numbered minutes in capitals")
        else:
            fit.score = 0.3
            fit.reasons.append("'AT A MEETING of ...' but no numbered minutes in capitals")
    else:
        fit.reasons.append("no 'AT A MEETING of ...' line")
    return fit


def _fit_report(lines: list[str]) -> Fit:
    from cpb_tui.importers.report import has_front_matter

    return _fit_when(
        "officer report", has_front_matter(lines), 0.8,
        "report front matter ('Title:' with 'Report From:', 'Date:' or 'Committee:')", "no report front matter",
    )


def _fit_generic(lines: list[str]) -> Fit:
    from cpb_tui.importers.decisions import opener
    from cpb_tui.importers.numbering import numbered_items

    items = numbered_items(lines)
    decisions = sum(1 for line in lines if opener(line))
    fit = Fit("general minutes and agendas", 0.1, ["accepts any text"])
    if items:
        fit.score += 0.4 if len(items) >= 2 else 0.2
        fit.reasons.append(f"{len(items)} numbered items ({', '.join(h.number for h in items[:8])}{' ...' if len(items) > 8 else ''})")
    if decisions:
        fit.score += 0.2
        fit.reasons.append(f"{decisions} decision openings (RESOLVED, Agreed, Decision ...)")
    minutes = sum(1 for line in lines if MINUTES_LINE.match(line))
    if minutes >= 2:
        fit.score += 0.15
        fit.reasons.append(f"{minutes} 'Minutes:' lines (an agenda and minutes page)")
    return fit


# --- parsers ------------------------------------------------------------------------


def _parse_pack(text: str, page_starts: list[int] | None) -> DocumentRecord:
    from cpb_tui.importers.agenda_pack import parse_agenda_pack

    return parse_agenda_pack(text, page_starts)


def _parse_minutes_page(text: str, page_starts: list[int] | None) -> DocumentRecord:
    from cpb_tui.importers.minutes_page import parse_minutes_page

    return parse_minutes_page(text)


def _parse_decision_page(text: str, page_starts: list[int] | None) -> DocumentRecord:
    from cpb_tui.importers.minutes_page import parse_decision_page

    return parse_decision_page(text)


def _parse_minutes_document(text: str, page_starts: list[int] | None) -> DocumentRecord:
    from cpb_tui.importers.agenda_pack import _parse_minutes_segment
    from cpb_tui.importers.layout import normalise
    from cpb_tui.domain.models import ItemRecord, MeetingRecord

    lines = normalise(text).split("\n")
    placeholder = MeetingRecord(committee=None, date=None)
    minutes = _parse_minutes_segment(lines, ItemRecord(title="Minutes"), placeholder)
    if minutes is None:
        raise ValueError("no minutes found under 'AT A MEETING of ...'")
    return DocumentRecord(kind="minutes", title="Minutes", meetings=[minutes])


def _parse_report(text: str, page_starts: list[int] | None) -> DocumentRecord:
    from cpb_tui.importers.layout import normalise
    from cpb_tui.importers.report import parse_report, plain_report_title
    from cpb_tui.domain.models import ItemRecord, MeetingRecord

    lines = normalise(text).split("\n")
    number, title = plain_report_title(lines) or (None, None)
    report = parse_report(lines, fallback_title=title)
    item = ItemRecord(title=report.title, number=number, reports=[report])
    committee, date = report.committee, report.date
    if committee is None or date is None:
        # a report without labels names its meeting as a page would: "Corporate Parenting Panel \u2013 24 June 2026"
        from cpb_tui.importers.context import find_context

        said = find_context(lines)
        committee = committee or (said.committee.value if said.committee else None)
        date = date or (said.date.value if said.date else None)
    meeting = MeetingRecord(committee=committee, date=date, council=report.council, items=[item])
    return DocumentRecord(kind="report", title=report.title, meetings=[meeting])


def _parse_generic(text: str, page_starts: list[int] | None) -> DocumentRecord:
    from cpb_tui.importers.generic import parse_generic

    return parse_generic(text)


SHAPES: list[Shape] = [
    Shape("agenda pack", "An agenda pack: cover, AGENDA list with page ranges, papers behind 'Agenda Item N' stamps", _fit_pack, _parse_pack, top=0.95),
    Shape("issue history page", "A web page of one issue at each meeting it came to ('Meeting: DATE - COMMITTEE (Item N)')", _fit_issue_meetings, _parse_minutes_page, top=0.92),
    Shape("agenda item page", "A web page of one item: its title, purpose and 'Minutes:'", _fit_agenda_item_page, _parse_minutes_page, top=0.85),
    Shape("decision notice", "A decision notice: 'Decision Maker:', 'Date of decision:', 'Decision:'", _fit_decision_page, _parse_decision_page, top=0.88),
    Shape("printed minutes (AT A MEETING)", "Minutes opening 'AT A MEETING of the X of Y held ...' with numbered minutes in capitals", _fit_minutes_document, _parse_minutes_document, top=0.85),
    Shape("officer report", "An officer report with front matter and numbered sections", _fit_report, _parse_report, top=0.8),
    Shape("general minutes and agendas", "Any text: numbered items in any style, decisions in any words, else one item", _fit_generic, _parse_generic, ceiling=0.85, top=0.85),
]


def choose(text: str, page_starts: list[int] | None = None, score_all: bool = False) -> Choice:
    """Score every shape and keep the parse of the best fit that finds items.

    A parser that fits but finds nothing (or fails) is passed over for the next; the generic
    parser always finds at least one item, so a text is never turned away. A shape whose
    ceiling is below the best score so far is scored only if the better fits all fail (or
    with `score_all`, for `--explain`): on a 500-page pack that saves the general parser's scan.
    """
    from cpb_tui.importers.layout import normalise
    from cpb_tui.importers.reflow import reflow

    text, page_starts = reflow(text, page_starts)  # (sentences a printed page broke at its margin, joined again)
    lines = normalise(text).split("\n")
    scored: dict[str, Fit] = {}

    def fit_of(shape: Shape) -> Fit:
        if shape.name not in scored:
            scored[shape.name] = shape.fit(lines)
        return scored[shape.name]

    order = sorted(SHAPES, key=lambda shape: -shape.ceiling)
    if chosen_reading() is not None:  # the clerk chose how items are read (`--items`): the general parser reads them so
        order = [shape for shape in order if shape.parse is _parse_generic]
    by_name = {shape.name: shape for shape in SHAPES}
    outcomes: dict[str, str] = {}
    first = None if score_all else _first_to_try(order, scored, fit_of)
    if first is not None:
        choice = _first_that_reads([fit_of(first)], by_name, text, page_starts, outcomes)
        if choice is not None:
            return Choice(choice[0], choice[1], sorted(scored.values(), key=lambda f: -f.score), outcomes)
    # the first parser tried failed (or `--explain`): every shape scored, in turn, as ever
    fits: list[Fit] = []
    deferred: list[Shape] = []
    for shape in order:
        best = max((fit.score for fit in fits), default=0.0)
        if not score_all and shape.ceiling < best:
            deferred.append(shape)
            continue
        fits.append(fit_of(shape))
    fits.sort(key=lambda f: -f.score)
    tried = 0
    while True:
        choice = _first_that_reads(fits[tried:], by_name, text, page_starts, outcomes)
        if choice is not None:
            return Choice(choice[0], choice[1], sorted(fits, key=lambda f: -f.score), outcomes)
        if not deferred:
            chosen = chosen_reading() and next(iter(outcomes.values()), "")
            raise ValueError(chosen.removeprefix("passed over: ") if chosen else "no parser could read it")
        tried = len(fits)
        fits.extend(fit_of(shape) for shape in deferred)
        deferred = []


def _first_to_try(order: list[Shape], scored: dict[str, Fit], fit_of: Callable[[Shape], Fit]) -> Shape | None:
    """The shape whose parser scoring every shape would try first, scoring only the shapes that
    could change that (by their `top`): on a pack whose stamps score 0.95, no other shape is
    scored. None when that cannot be told without scoring them all (whether a shape is
    deferred is not known yet) or no shape fits at all.

    Scoring every shape tries first the best score, the earliest in `order` on a tie, among
    the shapes not deferred; a shape is deferred when a shape before it in `order` scores
    above its `ceiling` (the earlier shapes' ceilings are no lower, so one deferred defers the rest)."""
    position = {shape.name: index for index, shape in enumerate(order)}
    best: Fit | None = None
    for shape in sorted(order, key=lambda shape: (-shape.top, position[shape.name])):
        if best is not None and (shape.top < best.score or (shape.top == best.score and position[shape.name] > position[best.shape])):
            break  # neither this shape nor any after it can score better
        earlier = order[: position[shape.name]]
        if any(other.name in scored and scored[other.name].score > shape.ceiling for other in earlier):
            continue  # deferred: scored only if the others fail
        if shape.ceiling < 1.0 and not all(other.name in scored for other in earlier):
            return None  # deferred or not, unknown
        fit = fit_of(shape)
        if best is None or fit.score > best.score or (fit.score == best.score and position[shape.name] < position[best.shape]):
            best = fit
    if best is None or best.score <= 0:
        return None
    return next(shape for shape in order if shape.name == best.shape)


def _first_that_reads(fits, by_name, text, page_starts, outcomes) -> tuple[DocumentRecord, str] | None:
    """The parse of the best of `fits` that finds items, noting why the others were passed over."""
    for fit in sorted(fits, key=lambda f: -f.score):
        if fit.score <= 0:
            continue
        try:
            record = by_name[fit.shape].parse(text, page_starts)
        except (ValueError, StopIteration) as error:
            outcomes[fit.shape] = f"passed over: {error or 'its parser could not read the text'}"
            continue
        if not record.meetings or not any(m.items for m in record.meetings):
            outcomes[fit.shape] = "passed over: it found no items"
            continue
        outcomes[fit.shape] = "chosen"
        return record, fit.shape
    return None
