"""Officer reports: the front matter (committee, date, title, reference, author, contact) and
the numbered sections, kept as Markdown, with recommendations marked as such."""

from __future__ import annotations

import re

from cpb_tui.importers.dates import find_date
from cpb_tui.importers.layout import escape_markdown, is_caps_line, is_page_footer, to_markdown
from cpb_tui.importers.tables import find_tables, numbered
from cpb_tui.domain.models import ReportRecord, SectionRecord
from cpb_tui.domain.tables import CELL_JOIN, Table, table_block
from cpb_tui.domain.text import display_title

_LABEL = re.compile(
    r"^\s*(Decision[- ]Maker/Committee/Panel|Maker/Committee/Panel|Committee/Panel|Committee|Panel|Decision Maker"
    r"|Date(?: of meeting)?|Title|Reference|Report From|Report Author|Report of|Contact name|Contact|Tel|Telephone"
    r"|Email|E-mail)\s*:\s*(.*)$",
    re.IGNORECASE,
)
KNOWN_HEADINGS = {
    "purpose of this report", "purpose of the report", "purpose", "recommendation", "recommendations",
    "recommendation(s)", "executive summary", "summary", "contextual information", "background", "introduction",
    "finance", "financial implications", "performance", "consultation and equalities", "equalities",
    "other key issues", "key issues", "conclusions", "conclusion", "next steps", "legal implications",
    "risk management", "risks", "options", "options considered", "appendices", "climate change impact assessment",
    "climate change impact assessments", "workforce implications", "the pledge", "reasons for the recommendations",
}
_NUMBERED_HEADING = re.compile(r"^\s*(\d{1,2})\.\s+([A-Z][^\n]{1,70})$")
_NUMBER_ALONE = re.compile(r"^\s*(\d{1,2})\.\s*$")
_COUNCIL_LINE = re.compile(r"^\s*[A-Z][A-Z &'-]*\b(COUNCIL|AUTHORITY)\s*$")


def has_front_matter(lines: list[str]) -> bool:
    """Whether these lines open with a report's front matter (a "Title:" near "Report From:" or "Date:"),
    or as a report without labels does: "Agenda Item 7: ..." or "Report of the Director ..." in its
    first lines, then at least two of a report's own numbered headings ("1. Purpose of the report",
    "2. Recommendations") and no decision recorded."""
    labels = [_LABEL.match(line).group(1).lower() for line in lines[:60] if _LABEL.match(line)]
    if "title" in labels and any(l.startswith(("report", "date", "committee", "panel")) for l in labels):
        return True
    return plain_report_title(lines) is not None


_REPORT_OPENING = re.compile(r"^\s*(?:Report\s+(?:of|by|from)\s+(?:the\s+)?[A-Z]|Agenda\s+Item\s*(?:No\.?\s*)?\d{1,3}[a-z]?\b)", re.IGNORECASE)
_ITEM_TITLE = re.compile(r"^\s*Agenda\s+Item\s*(?:No\.?\s*)?(?P<number>\d{1,3}[a-z]?)\s*(?:[:.\u2013-]\s*(?P<title>\S.{2,120}))?$", re.IGNORECASE)
_RECORDED = re.compile(
    r"(?:^|(?<=[.!?:]\s))\s*(?:resolved\b|agreed\b|decision\s*:|minutes\s*:|actions?\s*:|it\s+was\s+(?:\w+\s+)?(?:resolved|agreed)\b)"
    r"|\b(?:minutes|notes|record)\s+of\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?meeting\b",
    re.IGNORECASE,
)


def plain_report_title(lines: list[str]) -> tuple[str | None, str | None] | None:
    """A report without labelled front matter: its item number and title where "Agenda Item 7: Title"
    gives them (else None for each), or None when the lines do not read as such a report."""
    opening = [line for line in lines[:40] if line.strip()][:15]
    # ("Report of the Chief Internal Auditor was presented ...": a sentence of minutes, not a report's heading)
    if not any(_REPORT_OPENING.match(line) and len(line) <= 120 and not re.search(r"\b(?:was|were|had|has)\b", line) for line in opening):
        return None
    # (numbered, "1. Purpose of the report", or alone on their lines over numbered paragraphs, "Purpose of the Report")
    headings = {
        _LEADING_NUMBER.sub("", line.strip()).rstrip(":").strip().lower()
        for line in lines[:400] if _NUMBERED_HEADING.match(line.strip()) or line.strip().rstrip(":").lower() in KNOWN_HEADINGS
    }
    if len(headings & KNOWN_HEADINGS) < 2 or any(_RECORDED.search(line) for line in lines[:400]):
        return None
    for index, line in enumerate(opening):
        named = _ITEM_TITLE.match(line)
        if named:
            # (the next line names it, unless it is a heading, a date line or another opening)
            # (past the council's name and the meeting's line: "Harrowby Vale District Council", "Scrutiny Committee: 14th May 2035")
            title = named.group("title") or next(
                (l.strip() for l in opening[index + 1 : index + 5] if not _REPORT_OPENING.match(l) and not re.match(r"\s*\d", l) and not find_date(l)
                 and not re.search(r"(?i)\b(?:council|authority)\s*$", l)), None
            )
            return named.group("number"), title
    return None, None


def report_starts(lines: list[str]) -> list[int]:
    """Line indexes where a report's front matter begins, for a segment holding several reports."""
    starts: list[int] = []
    for index, line in enumerate(lines):
        match = _LABEL.match(line)
        if not match or match.group(1).lower() != "title":
            continue
        window = [(_LABEL.match(l).group(1).lower() if _LABEL.match(l) else "") for l in lines[index : index + 14]]
        if not any(label.startswith("report") for label in window):
            continue
        begin = index
        # Walk back over the labels and headers that precede "Title:".
        for back in range(index - 1, max(index - 14, -1), -1):
            text = lines[back].strip()
            if not text:
                continue
            if _LABEL.match(text) or _COUNCIL_LINE.match(text) or text.lower() in ("report", "decision report", "decision"):
                begin = back
            elif back >= index - 6 and not _looks_like_prose(text):
                begin = back
            else:
                break
        if not starts or begin > starts[-1]:
            starts.append(begin)
    return starts


def _looks_like_prose(text: str) -> bool:
    return len(text) > 50 or text.endswith((".", ";"))


def parse_report(lines: list[str], fallback_title: str | None = None) -> ReportRecord:
    """A report from its lines: front matter first, then sections."""
    lines = [line for line in lines if not is_page_footer(line)]
    body_start, fields, council = _front_matter(lines)
    title = fields.get("title") or fallback_title or "Report"
    record = ReportRecord(
        title=display_title(title),
        committee=fields.get("committee"),
        council=council,
        date=find_date(fields.get("date", "")) if fields.get("date") else None,
        reference=fields.get("reference"),
        author=fields.get("report from"),
        contact=fields.get("contact"),
        kind="report" if body_start else "presentation",
    )
    record.sections = parse_sections(lines[body_start:], record.title)
    return record


def _front_matter(lines: list[str]) -> tuple[int, dict[str, str], str | None]:
    """Read labelled fields; return where the body starts, the fields and the council name."""
    fields: dict[str, list[str]] = {}
    council = None
    current: str | None = None
    last_label_line = -1
    orphan: list[str] = []
    limit = min(len(lines), 80)
    for index in range(limit):
        text = lines[index].strip()
        if index > last_label_line + 8 and last_label_line >= 0:
            break
        if _is_heading(text) or _NUMBERED_HEADING.match(text):
            break
        if not text:
            continue
        if _COUNCIL_LINE.match(text) and council is None:
            council = display_title(text)
            continue
        label = _LABEL.match(text)
        if label:
            name = _canonical(label.group(1))
            current = name
            if name == "committee" and not label.group(2).strip() and orphan:
                fields.setdefault(name, []).extend(orphan)
            orphan = []
            fields.setdefault(name, [])
            if label.group(2).strip():
                fields[name].append(label.group(2).strip())
            last_label_line = index
            continue
        if text.lower() in ("report", "decision report", "decision"):
            continue
        if current is None:
            orphan.append(text)
            continue
        if current in ("tel", "email") and not re.search(r"\d|@", text) and not fields.get("contact"):
            fields.setdefault("contact", []).append(text)  # a name that slid under the Tel: label
            continue
        if current == "email" and fields[current] and "@" not in text:
            orphan.append(text)
            continue
        fields[current].append(text)
        last_label_line = index
    if last_label_line < 0:
        return 0, {}, council
    joined = {name: _join_value(name, parts) for name, parts in fields.items() if parts}
    return last_label_line + 1, joined, council


def _canonical(label: str) -> str:
    label = label.lower()
    if "committee" in label or "panel" in label or label == "decision maker":
        return "committee"
    if label.startswith("date"):
        return "date"
    if label in ("report from", "report author", "report of"):
        return "report from"
    if label in ("contact name", "contact"):
        return "contact"
    if label in ("tel", "telephone"):
        return "tel"
    if label in ("email", "e-mail"):
        return "email"
    return label


def _join_value(name: str, parts: list[str]) -> str:
    if name == "email":
        return "".join(parts)  # addresses wrap mid-word in extraction
    if name in ("committee", "date", "contact"):
        return parts[0] if name != "committee" else parts[-1]
    return " ".join(" ".join(parts).split())


_LEADING_NUMBER = re.compile(r"^\d{1,2}\.\s*")
_SECTION_100 = re.compile(r"^section 100 ?d\b")
_CAPS_LEAD = re.compile(r"^([A-Z][A-Z ,&'-]{8,}):")


def _is_heading(text: str) -> bool:
    stripped = text.strip()
    if not stripped or len(stripped) > 90 or stripped[0].islower():
        return False
    key = stripped.rstrip(":").strip().lower()
    if key[:1].isdigit():  # `_LEADING_NUMBER` opens with a digit (`str.isdigit` holds for every `\d`)
        key = _LEADING_NUMBER.sub("", key)
    if key in KNOWN_HEADINGS:
        return True
    if key.startswith("section 100") and _SECTION_100.match(key):
        return True  # the statutory list of background documents
    caps_lead = _CAPS_LEAD.match(stripped) if ":" in stripped else None
    return bool(caps_lead and len(caps_lead.group(1).split()) >= 2)


def parse_sections(lines: list[str], title: str) -> list[SectionRecord]:
    """Split a report body at its headings; the text before the first heading is its own section."""
    sections: list[SectionRecord] = []
    heading: tuple[str | None, str] | None = None
    body: list[str] = []
    previous_number = 0

    def flush() -> None:
        markdown, tables = body_markdown(body)
        if heading is None and not markdown:
            return
        number, text = heading if heading else (None, title)
        sections.append(
            SectionRecord(
                number=number,
                heading=text,
                body=markdown,
                is_recommendation=bool(re.search(r"recommendation", text, re.IGNORECASE)),
                tables=tables,
            )
        )

    index = 0
    while index < len(lines):
        text = lines[index].strip()
        digit = text[:1].isdigit()  # both patterns open with a digit (`str.isdigit` holds for every `\d`)
        numbered = _NUMBERED_HEADING.match(text) if digit else None
        alone = _NUMBER_ALONE.match(text) if digit else None
        found: tuple[str | None, str] | None = None
        step = 1
        if numbered and _heading_words(numbered.group(2)) and (
            previous_number < int(numbered.group(1)) <= previous_number + 3 or _is_heading(numbered.group(2))
        ):
            found = (numbered.group(1), numbered.group(2).strip().rstrip(":"))
            previous_number = int(numbered.group(1))
        elif alone:
            # "2." then, after a blank, "Recommendation(s)": a numbered heading split over lines.
            ahead = index + 1
            while ahead < len(lines) and not lines[ahead].strip():
                ahead += 1
            if ahead < len(lines) and _is_heading(lines[ahead]):
                found = (alone.group(1), lines[ahead].strip().rstrip(":"))
                step = ahead - index + 1
        elif text and _is_heading(text):
            found = (None, text.rstrip(":").strip())
        if found:
            flush()
            heading = (found[0], _tidy_heading(found[1]))
            body = []
            index += step
            continue
        body.append(lines[index])
        index += 1
    flush()
    return sections


def body_markdown(lines: list[str]) -> tuple[str, list[Table]]:
    """A section body's Markdown, its tables (`importers/tables.py`) kept as table blocks (`domain/tables.py`)."""
    lines = numbered(lines)
    found = find_tables(lines)
    if not found:
        return to_markdown(lines, markers=True), []
    parts: list[str] = []
    tables: list[Table] = []
    position = 0
    for start, end, table in found:
        parts += _before_table(lines[position:start])
        rows = [CELL_JOIN.join(escape_markdown(cell) for cell in row) for row in table.rows]
        parts.append(table_block(len(tables), [row + "  " for row in rows[:-1]] + rows[-1:]))
        tables.append(table)
        position = end
    parts.append(to_markdown(lines[position:], markers=True))
    return "\n\n".join(part for part in parts if part), tables


def _before_table(lines: list[str]) -> list[str]:
    """The Markdown before a table; a short last line (the table's title or caption) a paragraph of its own."""
    filled = [index for index, line in enumerate(lines) if line.strip()]
    last = filled[-1] if filled else None
    if last is None or len(lines[last].strip()) > 70 or lines[last].rstrip().endswith((".", ",", ";")):
        return [to_markdown(lines, markers=True)]
    return [to_markdown(lines[:last], markers=True), to_markdown(lines[last:], markers=True)]


def _heading_words(text: str) -> bool:
    """A numbered line is a heading when it is short and not a sentence."""
    words = text.split()
    return 0 < len(words) <= 9 and not text.rstrip().endswith((".", ",", ";")) and not text[0].isdigit()


def _tidy_heading(text: str) -> str:
    text = re.sub(r":\s*\*\*.*$", "", text).strip()  # "INFORMATION:**Links to ..." run-ons from extraction
    return display_title(text) if is_caps_line(text) else text
