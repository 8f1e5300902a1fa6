"""Minutes as councils' web pages show them, one item at a time, saved as text or HTML.

Shapes:
- an "Issue - meetings" history page: the issue's title, then for each meeting it came to
  `Meeting: 15/06/2022 - Committee (Item 19)`, the item line, its purpose, `Minutes:` and
  the RESOLVED block. Several meetings on one page are one topic across meetings.
- an "Agenda item" page: the title and the minutes only (no committee or date: the user
  must supply them).
- a "Decision details" page: decision maker, date of decision, and the decision.
"""

from __future__ import annotations

import re

from cpb_tui.importers.context import MEETING_OF_ITEM, clean_committee
from cpb_tui.importers.dates import dates_hint, find_date
from cpb_tui.importers.layout import normalise, to_markdown
from cpb_tui.importers.numbering import paragraph_item_number
from cpb_tui.importers.clause_lists import as_clause_list
from cpb_tui.importers.resolutions import cut_copy
from cpb_tui.importers.decisions import _FURNITURE, Block, opener, resolutions_from, split_decisions
from cpb_tui.domain.models import DocumentRecord, ItemRecord, MeetingRecord, ResolutionRecord
from cpb_tui.domain.text import display_title

MINUTES_LINE = re.compile(r"^\s*Minutes\s*:\s*$", re.IGNORECASE)
_MEETING_LINE = re.compile(r"^\s*(?:Meeting|Cyfarfod)\s*:\s*(.+?)\s+-\s+(.+?)\s*(?:\(\s*(?:Item|Eitem)\s+(\d{1,3}[a-z]?)\s*[.:]?\s*\))?\s*$", re.IGNORECASE)  # "(Item 19:)", "(Item 5.)" too; Welsh "(eitem 5)"
_PAGE_TITLES = re.compile(
    r"^\s*(Issue\s*-\s*meetings|Mater\s*-\s*cyfarfodydd|Agenda item|Eitem agenda|Agendas, Meetings and Minutes.*|Decision details|Issue details|Issue history)\s*$",
    re.IGNORECASE,
)
_PAGE_TITLE_LINE = re.compile(r"^\s*Page title:\s*(.*)$")
_ATTACHMENT = re.compile(r"\s*(pdf (?:icon|eicon)\s*)?PDF\s+\d+(?:\.\d+)?\s*[KM]B\s*$", re.IGNORECASE)
# Officers' and Cabinet Members' decision records name the same fields in other words.
_FIELD_SYNONYMS = [
    ("decision maker", r"Decision\s+(?:taken|made)\s+by|Decision[- ]makers?(?:\s*\(s\))?|Name\s+of\s+decision[- ]maker|Officer\s+making\s+the\s+decision"),
    ("date of decision", r"Date\s+(?:of\s+(?:the\s+)?decision|decision\s+(?:was\s+)?(?:taken|made))|Date(?=\s*:)|Dated(?=\s*:)"),
    ("reasons for the decision", r"Reasons?(?:\s*\(s\))?\s+for\s+(?:the\s+)?decision"),
    ("alternative options considered", r"(?:Alternative|Other)\s+options\s+considered(?:\s+and\s+rejected)?"),
    ("title", r"Title\s+of\s+(?:the\s+)?decision|Decision\s+title|Subject(?:\s+of\s+(?:the\s+)?decision)?"),
    # ("Decisions:" over a notice's numbered paragraphs, "14.2 The Cabinet Member RESOLVED to ...")
    ("decision", r"Details\s+of\s+(?:the\s+)?decision|Summary\s+of\s+(?:the\s+)?decision|Decision\s+(?:taken|made)|The\s+decision|Decisions(?=\s*:)"),
]
# "Decision taken by: ...", or a heading on its own line ("Details of decision", "Reason for decision")
_SYNONYM = re.compile(
    r"^\s*(" + "|".join(f"(?P<f{i}>{p})" for i, (_, p) in enumerate(_FIELD_SYNONYMS)) + r")\s*(?::\s*(?P<text>.*)|(?<=[a-z])\s*$)", re.IGNORECASE
)
_DECISION_FIELD = re.compile(
    r"^\s*(Decision Maker|Decision status|Is Key decision\?|Date of decision|Decision date|Decision|Purpose|"
    r"Reasons for the decision|Alternative options considered|Publication date|Effective from|Wards affected|"
    r"Lead officer|Contact|Interests and Dispensations|Reason Key|(?:Is\s+)?Subject to Call[- ]In\??|Made at meeting|Decided at meeting|"
    r"Decision published|Decision due|Originally due|Decision type|Key decision)\s*:\s*(.*)$",
    re.IGNORECASE,
)
_COMMITTEE_WORDS = re.compile(r"\b(board|committee|panel|cabinet|forum)\b", re.IGNORECASE)


def decision_field(line: str) -> tuple[str, str] | None:
    """A decision page's field on `line`: its name as ModernGov writes it (lower case) and the
    text after its colon; the other words records use ("Decision taken by:", "Details of
    decision:", "Subject:") come back under those names."""
    other = _SYNONYM.match(line)
    if other:
        name = next(_FIELD_SYNONYMS[i][0] for i in range(len(_FIELD_SYNONYMS)) if other.group(f"f{i}"))
        return name, other.group("text") or ""
    field = _DECISION_FIELD.match(line)
    return (field.group(1).lower(), field.group(2)) if field else None


_THAT_POINT = re.compile(r"^\s*\((?:[ivx]{1,5}|[a-h])\)\s+[Tt]hat,?\s+\S")
_WHO_DECIDES = re.compile(r"^\s*That\s+(?:the\s+)?[A-Z][\w &,'-]{2,60}:\s*$")


# "14/03/2035 - Lease of the Old Depot ref: 2204    Recommendations Approved": a published decision's title line
_DATED_REF_TITLE = re.compile(r"^\s*\d{1,2}/\d{1,2}/\d{4}\s*[-\u2013]\s*\S.{2,200}?\bref:\s*\d+")


def looks_like_decision_page(lines: list[str]) -> bool:
    """ModernGov's "Decision details", or a decision record: a decision maker and the decision."""
    labels = {field[0] for line in lines[:120] if (field := decision_field(line))}
    if "decision maker" in labels and "decision" not in labels and "date of decision" in labels and not labels & {"decision published", "effective from"}:
        # a decision's points under its fields with no label over them ("(i) That the minutes be received.", "(ii) that ...")
        return sum(1 for line in lines[:120] if _THAT_POINT.match(line)) >= 2
    if "decision maker" in labels and "decision" not in labels and labels & {"decision published", "effective from"}:
        # a list of published decisions whose decision stands under its dates with no label ("That it be DETERMINED that:")
        # (or a lead-in naming who decides, "That the Executive Board:" over its points)
        # (or two decisions' dated titles with their references, "14/03/2035 - Lease of the Old Depot ref: 2204", each's words bare)
        return any(opener(line) or _WHO_DECIDES.match(line) for line in lines[:120]) or sum(1 for line in lines[:300] if _DATED_REF_TITLE.match(line)) >= 2
    return "decision maker" in labels and "decision" in labels


def parse_minutes_page(text: str) -> DocumentRecord:
    """One item's minutes from a web page, or one topic's minutes at each meeting it came to."""
    lines = normalise(text).split("\n")
    page_title = _page_title(lines)
    meeting_lines = [i for i, line in enumerate(lines) if _MEETING_LINE.match(line)]
    if len(meeting_lines) <= 1:
        if not any(MINUTES_LINE.match(line) for line in lines):
            lines = _with_minutes_line(lines, meeting_lines[0] if meeting_lines else 0)
        record = _one_meeting(lines, page_title)
        return record
    head = [line for line in lines[: meeting_lines[0]]]
    topic = _first_title(head) or "Untitled issue"
    meetings = []
    for position, start in enumerate(meeting_lines):
        end = meeting_lines[position + 1] if position + 1 < len(meeting_lines) else len(lines)
        block = lines[start:end]
        if not any(MINUTES_LINE.match(line) for line in block):
            block = _with_minutes_line(block, 0)
        meetings.append(_one_meeting(block, None, fallback_title=topic).meetings[0])
    return DocumentRecord(kind="minutes", title=display_title(topic), meetings=meetings, topic=display_title(topic))


def _with_minutes_line(lines: list[str], meeting_at: int) -> list[str]:
    """A page that lost its "Minutes:" label: put one back where the record begins.

    That is after "Additional documents:" when the page has it, else after the item's title
    line ("14 Ofsted Action Plan"), else just after the "Meeting:" line.
    """
    for index, line in enumerate(lines):
        if re.match(r"^\s*Additional documents\s*:\s*$", line, re.IGNORECASE):
            return lines[: index + 1] + ["Minutes:"] + lines[index + 1 :]
    match = _MEETING_LINE.match(lines[meeting_at]) if meeting_at < len(lines) else None
    cut = meeting_at + 1 if match else 0
    number = match.group(3) if match else None
    for index in range(cut, min(len(lines), cut + 6)):
        text = lines[index].strip()
        if not text or _PAGE_TITLES.match(text):
            continue  # ("Agenda item" over the item's title: the page's own label)
        # (or what the item was to do, the agenda's words: "To approve as a correct record the minutes of ...")
        if number and re.match(rf"^{re.escape(number)}\.?\s+\S", text) or (len(text) < 120 and not text.endswith(".")) or re.match(r"To\s+[a-z]", text) and len(text) < 240:
            cut = index + 1
            # (and the report's line under the title: "Report of Head of Democratic Services")
            below = next((i for i in range(cut, min(len(lines), cut + 3)) if lines[i].strip()), None)
            cut = below + 1 if below is not None and re.match(r"^\s*(?:Joint\s+)?Reports?\s+(?:of|by|from)\s+(?:the\s+)?[A-Z][^.]{2,100}$", lines[below]) else cut
        break
    return lines[:cut] + ["Minutes:"] + lines[cut:]


def _one_meeting(lines: list[str], page_title: str | None, fallback_title: str | None = None) -> DocumentRecord:
    minutes_at = next(i for i, line in enumerate(lines) if MINUTES_LINE.match(line))
    head = [line.strip() for line in lines[:minutes_at]]
    # "Decision:" above "Minutes:" is the decision as published; the minutes may restate it.
    decision_at = next((i for i, line in enumerate(head) if re.match(r"^Decisions?\s*:", line)), None)
    published: list[str] = []
    if decision_at is not None:
        head, published = head[:decision_at], head[decision_at:]
    committee = date = number = None
    title = None
    purpose: list[str] = []
    item_line_seen = False
    for line in head:
        if not line or _PAGE_TITLES.match(line) or _PAGE_TITLE_LINE.match(line) or _SITE_PROMPT.match(line):
            continue
        meeting = _MEETING_LINE.match(line)
        if meeting:
            date = find_date(meeting.group(1))
            committee = clean_committee(meeting.group(2)) or meeting.group(2).strip()  # "... Committee - Expired 18/10/22"
            number = meeting.group(3)
            continue
        of_item = MEETING_OF_ITEM.match(line)  # "- Meeting of Overview & Scrutiny Committee, Monday, 17th November, 2036 6.30 p.m. (Item 9.)"
        if of_item:
            date, committee, number = find_date(of_item.group("when")), clean_committee(of_item.group("body")), of_item.group("number")
            continue
        numbered = re.match(r"^(\d{1,3}[a-z]?)\.?\s+(.+)$", line)
        if number and numbered and numbered.group(1) == number and not item_line_seen:
            item_line_seen = True
            title = _ATTACHMENT.sub("", numbered.group(2)).strip() if not title or fallback_title else title
            continue
        if title is None and not fallback_title:
            # "87 Overview and Scrutiny Board Work Programme PDF 61 KB": the item's number leads its title
            # (and "141 *Safer Streets Plan": an asterisk marks an item decided under delegated powers)
            led = re.match(r"^(\d{1,3}[a-z]?)\.?\s+\*?([A-Z].+)$", line) if number is None else None
            if led:
                number, line = led.group(1), led.group(2)
            title = _ATTACHMENT.sub("", line).strip()
            continue
        if not re.match(r"^(?:Additional documents|Supporting documents)\s*:?\s*$", line, re.IGNORECASE):
            purpose.append(line)
    if (committee is None or date is None) and page_title:
        committee = committee or _committee_in(page_title)
        date = date or find_date(page_title)
    narrative, blocks = split_decisions(lines[minutes_at + 1 :])
    number = number or paragraph_item_number(lines[minutes_at + 1 :])  # "8.1", "8.2" ... under an item page's "Minutes:"
    item = ItemRecord(
        title=display_title(title or fallback_title or "Untitled item"),
        minute_number=number,
        purpose=" ".join(purpose) or None,
        minutes=to_markdown(narrative, markers=True) or None,
        resolutions=_with_published(resolutions_from(blocks), published),
    )
    meeting = MeetingRecord(committee=committee, date=date, role="minutes", items=[item])
    hint = dates_hint(lines) if date is None else None  # a page that names no date of its own
    return DocumentRecord(kind="minutes", title=item.title, meetings=[meeting], hints=[hint] if hint else [])


def _with_published(minuted: list[ResolutionRecord], published: list[str]) -> list[ResolutionRecord]:
    """The minutes' clauses, and those of the published decision the minutes do not restate (a
    copy cut by the page's end, "... report back to the panel and ca", is the same clause: the
    whole one is kept)."""
    if not published:
        return minuted
    _, blocks = split_decisions(published)
    kept = list(minuted)
    keys = {_clause_key(r.text) for r in kept}
    alike: dict[str, list[int]] = {}  # by the first 60 characters of their key: where a cut copy's whole may be
    for index, r in enumerate(kept):
        alike.setdefault(_clause_key(r.text)[:60], []).append(index)
    for clause in resolutions_from(blocks):
        key = _clause_key(clause.text)
        if key in keys:
            continue
        near = alike.get(key[:60], [])
        whole = " ".join(clause.text.lower().split())
        cut = next((index for index in near if cut_copy(kept[index].text, [whole])), None)
        if cut is not None:
            kept[cut] = clause  # the minutes' copy was cut: the published one is whole
        elif not cut_copy(clause.text, [" ".join(kept[index].text.lower().split()) for index in near]):
            keys.add(key)
            alike.setdefault(key[:60], []).append(len(kept))
            kept.append(clause)
    return kept


def _clause_key(text: str) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return " ".join(words[:-1] if words and words[-1] == "and" else words)


def parse_decision_page(text: str) -> DocumentRecord:
    """A decision: who made it, when, and what was decided, as one item and its resolution.

    A "Decisions published" list holds several, each under its own dated title line with its
    own "Decision Maker:": each is an item, grouped by the meeting that made it.
    """
    lines = [raw.strip() for raw in normalise(text).split("\n")]
    makers = [i for i, line in enumerate(lines) if re.match(r"^Decision Maker\s*:", line, re.IGNORECASE)]
    starts = [_decision_title_at(lines, at) for at in makers]
    # (a later decision whose title the page lost, its fields straight after the last one's text: it opens at its own fields)
    # (only after the last one's text, never after its fields alone: "Decision Maker: Director" / "Date of decision:" /
    # "Decision Maker: Cabinet Member (consulted)" is one decision with two makers)
    starts = starts[:1] + [at if start is None and before is not None and any(line and not decision_field(line) for line in lines[after + 1 : at]) else start
                           for start, at, before, after in zip(starts[1:], makers[1:], starts, makers)]
    if len(makers) < 2 or any(start is None for start in starts) or len(set(starts)) < len(starts):
        starts = [0]
    elif (cut := next((i for i in range(makers[-1] + 1, len(lines)) if _DATED_REF_TITLE.match(lines[i])), None)) is not None:
        starts.append(cut)  # a last entry's dated title, the page cut before its fields: an entry of its own
    blocks = [lines[a:b] for a, b in zip(starts, starts[1:] + [len(lines)])]
    # A forward plan ("Decision due: 20 April 2027"): its entries' dates are no meeting's date
    planned = any((field := decision_field(line)) and field[0] in ("decision due", "originally due") for line in lines)
    meetings: dict[tuple[str | None, object], MeetingRecord] = {}
    for block in blocks:
        item, committee, date = _one_decision(block, planned)
        key = (committee, date)
        if key not in meetings:
            meetings[key] = MeetingRecord(committee=committee, date=date, role="minutes", items=[])
        meetings[key].items.append(item)
    records = list(meetings.values())
    title = records[0].items[0].title if len(blocks) == 1 else f"Decisions: {records[0].committee or 'committee'}"
    return DocumentRecord(kind="decision", title=title, meetings=records)


def _decision_title_at(lines: list[str], maker_at: int) -> int | None:
    """The line that titles the decision whose "Decision Maker:" is at `maker_at`; a forward
    plan's entry number standing on its own line above the title ("1.") opens the entry."""
    dated = next((i for i in range(maker_at - 1, max(-1, maker_at - 7), -1) if re.match(r"^\d{1,2}/\d{1,2}/\d{4}\s*[-\u2013]\s*\S", lines[i])), None)
    if dated is not None and not any(decision_field(line) for line in lines[dated + 1 : maker_at]):
        return dated  # "26/09/2035 - Ward Name Change ref: 223" over the decision's purpose, then "Decision Maker:"
    for index in range(maker_at - 1, max(-1, maker_at - 4), -1):
        line = lines[index]
        if not line:
            continue
        if decision_field(line):
            return None
        above = next((i for i in range(index - 1, max(-1, index - 4), -1) if lines[i]), None)
        return above if above is not None and _ENTRY_NUMBER.fullmatch(lines[above]) else index
    return None


_ENTRY_NUMBER = re.compile(r"\d{1,3}[.)]?")


def _one_decision(lines: list[str], planned: bool = False) -> tuple[ItemRecord, str | None, object]:
    fields: dict[str, list[str]] = {}
    current = None
    title = None
    number = None
    listed = False
    for line in lines:
        if not line or _PAGE_TITLE_LINE.match(line):
            continue
        if current is None and title is None and number is None and _ENTRY_NUMBER.fullmatch(line):
            number = line.rstrip(".)")  # a forward plan's "1." over its entry's title
            continue
        field = decision_field(line)
        if field:
            current = field[0]
            fields.setdefault(current, [])
            if field[1].strip():
                fields[current].append(field[1].strip())
            continue
        if current is None:
            # (the dated title line, "18/07/2035 - Play Area Funding ref: 1234", over the site's help lines above it; never one
            # after a label, "Related decisions:", nor the list's own heading)
            listed = listed or line.endswith(":")
            if not _PAGE_TITLES.match(line) and not re.fullmatch(r"(?i)decisions\s+published", line) \
                    and (title is None or not listed and _DATED_REF_TITLE.match(line) and not _DATED_REF_TITLE.match(title)):
                title = re.sub(r"^Decision details\s*[-:]\s*", "", line, flags=re.IGNORECASE)
            continue
        fields[current].append(line)
    made_at = " ".join(fields.get("made at meeting") or fields.get("decided at meeting") or [])
    when = fields.get("date of decision") or []
    when = when[:1] if when and find_date(when[0]) else when[:2]  # (its own line, points may follow; or wrapped: "30th June," / "2037")
    date_text = " ".join(when or fields.get("decision date") or []) or made_at
    if title:
        # "16/07/2019 - How the Council embeds ... ref: 4701    Recommendations Approved"
        date_text = date_text or title
        title = re.sub(r"^\d{1,2}/\d{1,2}/\d{4}\s*[-\u2013]\s*", "", title)
        title = re.sub(r"\s+ref:\s*\d+.*$", "", title, flags=re.IGNORECASE).strip()
        # "BCa/36/06 - HALF-YEAR BUDGET REVIEW ...": the report's reference before its title is the decision's number
        referenced = re.match(r"^(?P<ref>[A-Z][A-Za-z]{0,5}/\d{2}/\d{1,3})\s*[-\u2013]\s*(?P<title>\S.*)$", title)
        number, title = (referenced.group("ref"), referenced.group("title")) if referenced and number is None else (number, title)
    title = " ".join(fields.get("title", [])) or title
    labelled = [line for line in fields.get("decision", []) if not _FURNITURE.search(line)]  # not "X Council - Record of Decision"
    decided = labelled or _loose_lines(fields)
    if decided and re.fullmatch(r"(?i)(?:none|nil|n/a)\.?", decided[0].strip()):
        # ("Decision:" over "None": none, unless a decision follows, "N/A" / "Details of decision:" / "That a grant be awarded.")
        decided = decided[1:] if any(opener(line) or re.match(r"(?i)that\s", line) for line in decided[1:]) else []
    if decided and len(" ".join(decided)) < 40 and (find_date(" ".join(decided)) or re.fullmatch(r"\s*[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)\d\d\s*", " ".join(decided))) \
            and not re.search(r"[a-z]{3,}\s+[a-z]{3,}", " ".join(decided)):
        # a forward plan's "Decision: 23 March 2004" (or "Decision: March 2037"): when it was decided, not what
        date_text, decided = (date_text if find_date(date_text or "") or planned else " ".join(decided)), []
    first_point = next((i for i, line in enumerate(decided) if _THAT_POINT.match(line)), 0)
    # (bare points only: never the points of a "That it be DETERMINED that:" or "That the Cabinet:" over them)
    points = None if labelled or any(opener(line) or _WHO_DECIDES.match(line) for line in decided[:first_point]) else _decision_points(decided)
    narrative, blocks = split_decisions(points[0] if points else decided)
    blocks = ([Block(as_clause_list(points[1]))] if points else []) + blocks
    if not blocks:
        # The field holds the decision itself, with no "RESOLVED" of its own.
        narrative, blocks = [], [as_clause_list(decided)] if decided else []
    reasons = fields.get("reasons for the decision", [])
    item = ItemRecord(
        title=display_title(title or "Decision"),
        number=number,
        purpose=" ".join(fields.get("purpose", [])) or None,
        minutes=to_markdown(narrative + ([""] if narrative and reasons else []) + reasons, markers=True) or None,
        resolutions=resolutions_from(blocks),
    )
    committee = " ".join(fields.get("decision maker", [])) or None
    if committee:
        # "Cabinet Member for Planning (Councillor Fry)", "City Council (Leader: Councillor Evans)": the body
        committee = re.sub(r"\s*\([^()]*\b(?:Councillor|Cllr)\b[^()]*\)\s*$", "", committee) or committee
    return item, committee, find_date(date_text) if date_text else None

def _decision_points(lines: list[str]) -> tuple[list[str], list[str]] | None:
    """A decision's points, "(i) That the minutes be received." to "(iv) that ...", with no "RESOLVED" over them, among the
    notes the page keeps between them ("Minute 160 – Road Scheme", "Councillor Boyce advised ..."): the notes, and the points
    as one list (a point with no stop goes on over a line in lower case, or a month and its year)."""
    if sum(1 for line in lines if _THAT_POINT.match(line)) < 2:
        return None
    notes: list[str] = []
    points: list[str] = []
    open_point = False
    for line in lines:
        # (a point goes on in lower case, a bracket in lower case, or a month and its year: never a note, "(Councillor Boyce ...)")
        if _THAT_POINT.match(line) or open_point and re.match(r"\s*(?:\(?[a-z]|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\b)", line):
            points.append(line)
            open_point = not line.rstrip().endswith((".", ";"))
        else:
            notes.append(line)
    return notes, points


_SHORT_FIELDS = {
    "decision maker", "decision status", "is key decision?", "is subject to call in?", "subject to call in?", "subject to call-in", "subject to call in", "publication date",
    "effective from", "wards affected", "lead officer", "contact", "decision published", "decision type", "key decision",
    "date of decision",
}


def _loose_lines(fields: dict[str, list[str]]) -> list[str]:
    """A record with no "Decision:" field: the text run on under its one-line fields ("Is subject to
    call in?: No" then "The Committee - 1. Noted ... 2. Agreed ..."), when it holds a decision."""
    loose = [line for name, values in fields.items() if name in _SHORT_FIELDS for line in values[1:]]
    _, blocks = split_decisions(loose)
    if blocks:
        return loose
    # "That the Executive Board:" over "i. Note the progress ...", "ii. Approve ...": the decision from its lead-in on
    lead = next((i for i, line in enumerate(loose) if _WHO_DECIDES.match(line)), None)
    if lead is None and re.search(r"\b(?:is|are|be)\s+(?:hereby\s+)?(?:appointed|authori[sz]ed|given|approved|agreed|adopted|granted|delegated)\b", " ".join(loose)):
        return loose  # "... Councillor Collins is appointed as Director ...", "1. the application ... is authorised;": the decision, bare
    return loose[lead:] if lead is not None else []


def _page_title(lines: list[str]) -> str | None:
    for line in lines[:3]:
        match = _PAGE_TITLE_LINE.match(line)
        if match:
            return match.group(1)
    return None


# a site's search box or menu above the page's own heading ("How can we help you...", "Search this site")
_SITE_PROMPT = re.compile(r"(?i)(?:how\s+can\s+we\s+help(?:\s+you)?|search(?:\s+this\s+site|\s+the\s+site)?|skip\s+to\s+(?:main\s+)?content|menu)\W*$")


def _first_title(lines: list[str]) -> str | None:
    for line in lines:
        text = line.strip()
        if text and not _PAGE_TITLES.match(text) and not _PAGE_TITLE_LINE.match(text) and not _SITE_PROMPT.match(text):
            return text
    return None


def _committee_in(title: str) -> str | None:
    """ "Agenda and minutes - Corporate Parenting Board - Wednesday, 15th June, 2022" -> the committee."""
    for part in re.split(r"\s+[-|\u2013]\s+", title):
        if _COMMITTEE_WORDS.search(part) and not find_date(part):
            return part.strip()
    return None
