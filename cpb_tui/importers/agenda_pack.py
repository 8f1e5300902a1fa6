"""An agenda pack as text extracted from its PDF.

The pack opens with a cover (council, committee, date; sometimes lost in extraction) and the
agenda list (numbers, titles, purposes, `(Pages X - Y)`), then each item's papers behind an
`Agenda Item N` stamp: the previous meeting's minutes, officer reports, presentations.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from cpb_tui.importers import pdf_split
from cpb_tui.importers.dates import find_date, find_dates
from cpb_tui.importers.layout import normalise
from cpb_tui.importers.minutes import (
    find_headings,
    find_minutes_head,
    minute_item,
    parse_apologies,
    parse_attendance,
)
from cpb_tui.importers.report import parse_report, parse_sections, report_starts
from cpb_tui.domain.models import DocumentRecord, ItemRecord, MeetingRecord, ReportRecord
from cpb_tui.domain.models import format_date
from cpb_tui.domain.text import display_title, is_procedural

MARKER = re.compile(r"^\s*Agenda\s+Item\s+(\d{1,3}[a-z]?)\s*$", re.IGNORECASE)
AGENDA_LINE = re.compile(r"^\s*AGENDA\s*$")
_COMMITTEE_WORDS = re.compile(r"\b(board|committee|panel|cabinet|forum|sub-committee|council meeting)\b", re.IGNORECASE)
_COUNCIL = re.compile(r"^\s*([A-Z][A-Za-z &'-]*\b(?:COUNCIL|Council|AUTHORITY|Authority))\s*$")
_TIME = re.compile(r"\b(\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.))", re.IGNORECASE)
SPLIT_LINES = 3000
"""A pack whose reports hold at least this many lines has them parsed in two processes (where `pdf_split.can_fork`)."""
_FIELD = re.compile(r"^\s*(Date and Time|Date|Time|Place|Venue|Location|Meeting)\s*:\s*(.*)$", re.IGNORECASE)


def looks_like_pack(lines: list[str]) -> bool:
    """An AGENDA heading followed by numbered items, or several `Agenda Item N` stamps."""
    markers = sum(1 for line in lines if MARKER.match(line))
    if markers >= 2:
        return True
    for index, line in enumerate(lines[:400]):
        if AGENDA_LINE.match(line):
            return len(find_headings(lines, index + 1, min(len(lines), index + 300))) >= 2
    return False


def parse_agenda_pack(text: str, page_starts: list[int] | None = None) -> DocumentRecord:
    """Parse a pack into its own meeting (the agenda and papers) and the minutes it carries.

    With `page_starts` (from a PDF: the line where each page begins), items and report
    sections get the pack pages they are on.
    """
    lines = normalise(text).split("\n")
    pages = _PageMap(page_starts) if page_starts else None
    markers = [(index, MARKER.match(line).group(1)) for index, line in enumerate(lines) if MARKER.match(line)]
    agenda_at = next((i for i, line in enumerate(lines) if AGENDA_LINE.match(line)), None)
    list_end = markers[0][0] if markers else len(lines)
    cover = lines[: agenda_at if agenda_at is not None else 0]
    own = _parse_cover(cover)
    if cover and (own.committee is None or not any(_FIELD.match(line.strip()) for line in cover)):
        # a summons over the agenda ("3rd October 2036 ... you are hereby summoned to attend a meeting of Bramford Town
        # Council at the Corn Hall on Monday 9th October 2036"): its body and day, not the letter's date above it
        from cpb_tui.importers.context import find_context

        said = find_context(cover)
        own.committee = own.committee or (said.committee.value if said.committee else None)
        # ("A meeting of the Planning Committee will be held on Monday 6th December 2037" under a carol service's Sunday too)
        summoned = said.date and re.search(r"(?i)\bsummon|\b(?:invited|requested)\s+to\s+attend\b[^.]{0,80}\bmeeting\b|\bmeeting\b[^.]{0,120}\b(?:will|to)\s+be\s+held\b", said.date.evidence)
        own.date = said.date.value if summoned else own.date  # (never a carol service residents are invited to)
    record = DocumentRecord(kind="agenda pack", title=None, meetings=[own])

    agenda_items: dict[str, ItemRecord] = {}
    if agenda_at is not None:
        headings = find_headings(lines, agenda_at + 1, list_end)
        for position, heading in enumerate(headings):
            stop = headings[position + 1].index if position + 1 < len(headings) else list_end
            item = minute_item(heading, lines[heading.body_start : stop], as_agenda=True)
            agenda_items[item.number] = item
            own.items.append(item)

    _parse_papers(lines, markers, pages, agenda_items, record)

    if own.committee is None:
        own.committee = next((m.committee for m in record.meetings[1:] if m.committee), None)
    if own.council is None:
        own.council = next((m.council for m in record.meetings[1:] if m.council), None)
    if agenda_at is None and (own.committee is None or own.date is None):
        # no cover: what the first lines say ("The following decisions were taken on 14 January 2026 by the Executive")
        from cpb_tui.importers.context import find_context

        said = find_context(lines)
        own.committee = own.committee or (said.committee.value if said.committee else None)
        own.date = own.date or (said.date.value if said.date else None)
    if own.date is None:
        report_dates = sorted({r.date for i in own.items for r in i.reports if r.date})
        if report_dates:
            record.hints.append(
                "the reports inside are dated " + ", ".join(format_date(d) for d in report_dates)
            )
    record.title = f"Agenda pack: {own.committee or 'committee'}" + (f", {format_date(own.date)}" if own.date else "")
    return record


def _parse_papers(
    lines: list[str], markers: list[tuple[int, str]], pages: _PageMap | None, agenda_items: dict[str, ItemRecord], record: DocumentRecord
) -> None:
    """Each `Agenda Item N` stamp's papers: the minutes it carries, or its reports.

    A long pack's reports are parsed in two processes (`_reports_in_two`), unless a number is
    stamped twice: the second stamp's papers would be parsed under a title the first one's
    reports may give the item, so they are parsed one by one as found.
    """
    own = record.meetings[0]
    cuts = [_cut_before(lines, index, pages) for index, _ in markers]
    papers: list[tuple[ItemRecord, list[str], int, int]] = []  # the reports still to parse, in the pack's order
    once = len({number for _, number in markers}) == len(markers)
    for position, (index, number) in enumerate(markers):
        start = cuts[position]
        end = cuts[position + 1] if position + 1 < len(markers) else len(lines)
        segment = [line for offset, line in enumerate(lines[start:end]) if start + offset != index]
        item = agenda_items.get(number)
        if item is None:
            item = ItemRecord(title=f"Agenda item {number}", number=number)
            agenda_items[number] = item
            own.items.append(item)
        try:
            minutes = _parse_minutes_segment(segment, item, own)
        except Exception:
            # One by one, the earlier papers' reports would have been parsed before this: any of
            # them that fails is the error to raise, as then.
            for paper in papers:
                _parse_reports(paper[1], paper[0])
            raise
        if minutes is not None:
            record.meetings.append(minutes)
            continue
        papers.append((item, segment, start, end))
        if not once:
            _keep_reports(papers.pop(), _parse_reports(segment, item), lines, pages, record)
    for paper, reports in zip(papers, _reports_in_two(papers)):
        _keep_reports(paper, reports, lines, pages, record)


def _reports_in_two(papers: list[tuple[ItemRecord, list[str], int, int]]) -> list[list[ReportRecord]]:
    """`_parse_reports` of each paper; for a long pack, the later papers (about half the lines) in a forked child (`pdf_split.in_two`)."""
    total = sum(len(segment) for _, segment, _, _ in papers)
    if total < SPLIT_LINES or not pdf_split.can_fork():
        return [_parse_reports(segment, item) for item, segment, _, _ in papers]
    middle, counted = 0, 0
    while middle < len(papers) and counted + len(papers[middle][1]) / 2 < total / 2:
        counted += len(papers[middle][1])
        middle += 1
    first, second = pdf_split.in_two(
        lambda: [_parse_reports(segment, item) for item, segment, _, _ in papers[:middle]],
        lambda: [_parse_reports(segment, item) for item, segment, _, _ in papers[middle:]],
    )
    return first + second


def _keep_reports(
    paper: tuple[ItemRecord, list[str], int, int], reports: list[ReportRecord], lines: list[str], pages: _PageMap | None, record: DocumentRecord
) -> None:
    item, _, start, end = paper
    item.reports.extend(reports)
    if item.title.startswith("Agenda item") and item.reports:
        item.title = item.reports[0].title
    if pages is not None:
        _place_on_pages(item, reports, lines, start, end, pages, record.warnings)


def _parse_cover(cover: list[str]) -> MeetingRecord:
    council = committee = time = venue = None
    date = None
    for index, raw in enumerate(cover):
        line = raw.strip()
        if not line:
            continue
        field = _FIELD.match(line)
        if field:
            name, value = field.group(1).lower(), field.group(2).strip()
            if name.startswith("date") and date is None:
                date = find_date(value)
                time = time or (_TIME.search(value).group(1) if _TIME.search(value) else None)
            elif name == "time" and value:
                time = value
            elif name in ("place", "venue", "location") and value:
                venue = value
            elif name == "meeting" and value and committee is None:
                committee = value
            continue
        council_match = _COUNCIL.match(line)
        if council_match and council is None and not _COMMITTEE_WORDS.search(line):
            council = display_title(council_match.group(1))
            continue
        if committee is None and _COMMITTEE_WORDS.search(line) and len(line) < 80 and not line.endswith("."):
            # ("To: Members of the Licensing Committee": whom the summons is sent to names the committee)
            committee = display_title(re.sub(r"^To\s*:?\s+(?:all\s+)?(?:the\s+)?(?:Members|Councillors)\s+of\s+(?:the\s+)?", "", line, flags=re.IGNORECASE))
    if date is None:
        dates = find_dates("\n".join(cover))
        date = dates[0][1] if dates else None
    if time is None and date is not None:
        # "A meeting of the Licensing Committee will be held ... on THURSDAY, 18 JUNE 2026 at 10.00 am."
        timed = next((found for line in cover if (found := _TIME.search(line)) and find_date(line) == date), None)
        time = timed.group(1) if timed else None
    return MeetingRecord(committee=committee, date=date, council=council, time=time, venue=venue, role="agenda")


class _PageMap:
    """Line index -> 1-based page number, from the line where each page starts."""

    def __init__(self, starts: list[int]) -> None:
        self.starts = starts

    def page_of(self, line: int) -> int:
        return bisect_right(self.starts, line)

    def start_of(self, page: int) -> int:
        return self.starts[page - 1]


def _cut_before(lines: list[str], marker: int, pages: _PageMap | None = None) -> int:
    """Where an item's papers really begin.

    In extracted packs the `Agenda Item N` stamp often comes a few lines after the first
    lines of its page (a presentation's title). From a PDF the page start is known; in
    text extracted elsewhere the page's first line starts with a single space. Cut there
    rather than leave those lines on the previous paper.
    """
    if pages is not None:
        page_start = pages.start_of(pages.page_of(marker))
        if marker - page_start <= 8:
            return page_start
        return marker
    for back in range(marker - 1, max(marker - 5, -1), -1):
        line = lines[back]
        if MARKER.match(line):
            break
        if re.match(r"^ \S", line):
            return back
    return marker


def _parse_minutes_segment(segment: list[str], item: ItemRecord, own: MeetingRecord) -> MeetingRecord | None:
    head_window = min(len(segment), 12)
    head = find_minutes_head(segment, 0, head_window)
    if head is None:
        return None
    date = head.date or find_date(item.title)
    headings = find_headings(segment, head.end)
    first = headings[0].index if headings else len(segment)
    attendance = parse_attendance(segment[head.end : first])
    minutes = MeetingRecord(
        committee=head.committee or own.committee,
        date=date,
        council=head.council,
        venue=head.venue,
        role="minutes",
        attendance=attendance,
    )
    for position, heading in enumerate(headings):
        stop = headings[position + 1].index if position + 1 < len(headings) else len(segment)
        body = segment[heading.body_start : stop]
        minute = minute_item(heading, body)
        minutes.items.append(minute)
        if re.match(r"apologies", minute.title, re.IGNORECASE):
            known = {a.person for a in minutes.attendance}
            for person in parse_apologies(" ".join(body)):
                if person.person in known:
                    minutes.attendance = [
                        a if a.person != person.person else person for a in minutes.attendance
                    ]
                else:
                    minutes.attendance.append(person)
    if not item.purpose and is_procedural(item.title):
        item.purpose = None
    return minutes


def _parse_reports(segment: list[str], item: ItemRecord) -> list[ReportRecord]:
    if not any(line.strip() for line in segment):
        return []
    starts = report_starts(segment)
    reports: list[ReportRecord] = []
    if not starts or any(line.strip() for line in segment[: starts[0]][:]) and _substantial(segment[: starts[0]]):
        preamble = segment[: starts[0]] if starts else segment
        reports.append(
            ReportRecord(title=item.title, kind="presentation", sections=parse_sections(preamble, item.title))
        )
    for position, start in enumerate(starts):
        end = starts[position + 1] if position + 1 < len(starts) else len(segment)
        reports.append(parse_report(segment[start:end], fallback_title=item.title))
    return [r for r in reports if r.sections]


def _place_on_pages(
    item: ItemRecord, reports: list[ReportRecord], lines: list[str], start: int, end: int, pages: _PageMap, warnings: list[str]
) -> None:
    """Give the item and each report section the pack pages they are on."""
    first, last = pages.page_of(start), pages.page_of(max(start, end - 1))
    if item.page_start is None:
        item.page_start, item.page_end = first, last
    elif item.page_start != first:
        warnings.append(
            f"the agenda puts item {item.number} at page {item.page_start}, but its papers start on page {first}"
        )
    keys = _LineKeys(lines[start:end])
    cursor = 0
    placed = []
    for report in reports:
        for section in report.sections:
            wanted = _key(section.heading)[:40]
            found = keys.first_holding(wanted, cursor) if wanted else None
            if found is None:
                found = cursor
            cursor = found
            section.page_start = pages.page_of(start + found)
            placed.append(section)
    for section, following in zip(placed, placed[1:] + [None]):
        section.page_end = max(section.page_start, following.page_start if following else last)
    for report in reports:
        if report.sections:
            report.page_start, report.page_end = report.sections[0].page_start, report.sections[-1].page_end


def _key(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


_KEY_GAP = "[^a-z0-9\\n]+"


class _LineKeys:
    """Which line's `_key` holds some words, found in the lines' text lowered, not by making every line's key.

    A line's key holds "ab cd" when one of its runs of a-z and 0-9 (once lowered) ends in "ab"
    and the next starts with "cd": in the lowered text, "ab", then characters of no run
    (not a newline), then "cd". A middle word is a whole run, and a key cut after a space
    needs a run after it. Lowering never makes or takes away a newline.
    """

    def __init__(self, lines: list[str]) -> None:
        self.text = "\n".join(lines).lower()
        self.count = len(lines)
        self.offsets = {0: 0}  # line -> where it starts in `text`, for the lines found so far

    def first_holding(self, wanted: str, start: int) -> int | None:
        """The first line from `start` on (0, or a line found before) whose key holds `wanted`, or None."""
        if start >= self.count:
            return None
        words = wanted.split(" ")
        pattern = _KEY_GAP.join(words[:-1] + [words[-1] or "(?=[a-z0-9])"])
        found = re.compile(pattern).search(self.text, self.offsets[start])
        if found is None:
            return None
        at = found.start()
        line = start + self.text.count("\n", self.offsets[start], at)
        self.offsets[line] = self.text.rfind("\n", 0, at) + 1
        return line


def _substantial(lines: list[str]) -> bool:
    return sum(1 for line in lines if line.strip()) >= 3
