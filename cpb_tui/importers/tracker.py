"""Reading a clerk's existing action tracker (a spreadsheet saved as CSV) into actions.

Columns are recognised by their usual names ("Action", "Lead officer", "Due date", "Status",
"Update"), in any order and case. Rows that cannot be read are reported with their line
number and reason; the rest are returned for import.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from cpb_tui.domain.models import ListedTask
from cpb_tui.importers.dates import find_date
from cpb_tui.importers.numbering import Heading
from cpb_tui.importers.spaced_rows import spaced_rows

COLUMN_NAMES = {
    "text": ["action", "actions", "action detail", "action details", "action required", "action agreed", "action item", "action items", "description", "task", "what",
             "recommendation", "recommendations", "recommendation made"],
    "owner": ["owner", "owners", "lead officer", "lead officers", "lead", "responsible", "responsibility", "responsible officer", "who", "action owner", "by whom",
              "recommendation made to", "made to", "referred to", "actor", "actors", "assigned to", "person responsible", "action by"],
    "due": ["due", "due date", "target date", "target", "deadline", "by when", "date due", "when"],
    "status": ["status", "current status", "agreed", "progress", "rag", "rag status", "state", "complete?", "completed", "complete", "done", "outcome"],
    "update": ["update", "updates", "latest update", "comments", "comment", "notes", "progress update", "response", "action taken"],
    "meeting": ["meeting", "meeting date", "date raised", "date of meeting", "raised", "date agreed"],
    "reference": ["minute", "minute ref", "minute reference", "ref", "reference", "item", "min ref", "no", "number"],
}
_DONE = re.compile(
    r"^(done|complete|completed|closed|finished|achieved|actioned|delivered|implemented|discharged|resolved|signed\s+off"
    r"|green\s*-\s*complete|blue)\b|^[\u221a\u2713\u2714\u2611]", re.IGNORECASE  # a tick in a "Completed" column
)
_DROPPED = re.compile(
    r"^(dropped|withdrawn|cancelled|canceled|no longer required|superseded|n/?a|no\s+further\s+action|rejected|declined"
    r"|not\s+(?:agreed|accepted|progressed|supported))\b", re.IGNORECASE
)


@dataclass
class TrackerRow:
    """One readable row of the tracker."""

    line: int
    text: str
    owners: list[str]
    due: dt.date | None
    status: str
    update: str | None
    meeting: dt.date | None
    reference: str | None


@dataclass
class TrackerRead:
    """What a tracker file gave: the rows to import, the rows refused, the columns used."""

    rows: list[TrackerRow] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)


class TrackerProblem(ValueError):
    """The file as a whole cannot be read as a tracker."""


def _pipe_rows(text: str) -> list[tuple[int, list[str]]] | None:
    """A tracker pasted as a Markdown or pipe table ("| Action | Owner | Due |"): its rows with line numbers."""
    lines = text.splitlines()
    piped = [(number, line) for number, line in enumerate(lines, start=1) if line.strip().startswith("|")]
    if len(piped) < 2 or len(piped) < len([l for l in lines if l.strip()]) * 0.6:
        return None
    rows = []
    for number, line in piped:
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if all(re.fullmatch(r":?-{2,}:?", cell) for cell in cells if cell):
            continue  # the |---|---| rule under the header
        rows.append((number, cells))
    return rows


def read_tracker(path: Path) -> TrackerRead:
    """Read a tracker (CSV, tab-separated, a pipe table, or a table flattened one cell per line);
    a file with no action column is refused whole."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise TrackerProblem(f"{path}: cannot be read ({error.strerror or error})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    if not text.strip():
        raise TrackerProblem(f"{path}: is empty: nothing to import")
    piped = _pipe_rows(text)
    if piped is None and not re.search(r"[,;\t]", text.splitlines()[0] if text.splitlines() else ""):
        piped = _flattened_rows(text) or _slash_rows(text.splitlines()) or _bar_cell_rows(text.splitlines())
    if piped is not None:
        reader = _RowReader(piped)
    else:
        try:
            dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        reader = csv.reader(io.StringIO(text), dialect)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as error:
        raise TrackerProblem(f"{path}: no header row ({error})") from None
    mapping = _map_columns(header)
    if "text" not in mapping:
        names = ", ".join(repr(h) for h in header if h.strip()) or "none"
        raise TrackerProblem(
            f"{path}: no column for the action itself (found {names}); name it 'Action' or 'Description'"
        )
    result = TrackerRead(columns={field_name: header[index] for field_name, index in mapping.items()})
    line = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            line += 1
            result.problems.append(f"line {line}: cannot be read as CSV ({error})")
            continue
        line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        value = _cells_by_name(cells, mapping)
        text_value = " ".join(value("text").split())
        if not text_value:
            result.problems.append(f"line {line}: no action text in column {result.columns['text']!r}")
            continue
        due_text = value("due")
        due = find_date(due_text) if due_text else None
        if due_text and due is None and not re.fullmatch(r"(tbc|tba|ongoing|n/?a|-)", due_text, re.IGNORECASE):
            result.problems.append(
                f"line {line}: cannot read the due date {due_text!r} in column {result.columns['due']!r} "
                "(use 2025-03-31, 31/03/2025 or 31 March 2025)"
            )
            continue
        meeting_text = value("meeting")
        result.rows.append(
            TrackerRow(
                line=line,
                text=text_value,
                owners=list(_owners(value("owner"))),
                due=due,
                status=_status(value("status"), result.columns.get("status", "")),
                update=value("update") or None,
                meeting=find_date(meeting_text) if meeting_text else None,
                reference=value("reference") or None,
            )
        )
    return result


def _cells_by_name(cells: list[str], mapping: dict[str, int]):
    """A row's cell by its column's field name ("text", "owner", "due" ...), "" where the row has none."""
    return lambda name: cells[mapping[name]].strip() if name in mapping and mapping[name] < len(cells) else ""


def _owners(cell: str) -> tuple[str, ...]:
    """An owner cell's people and posts: "Head of Housing / Finance Lead", "Ann Lee, Tom Moss"."""
    # "The Portfolio Holder for Economic Development, UK and EU Regional Issues" is one post
    split = r"[;/\n]" if re.match(r"the\s+\w+(?:\s+\w+)?\s+(?:for|of)\s", cell.strip(), re.IGNORECASE) else r"[;/\n]|,\s+(?=[A-Z])|( and )(?=[A-Z])"
    parts = [o for o in re.split(split, cell) if o is not None]
    for at in range(len(parts) - 3, -1, -2):  # ("Training and Development Manager": a department's name is one post)
        if parts[at + 1] == " and " and re.fullmatch(r"\s*[A-Z][a-z]{2,12}ing", parts[at]):
            parts[at : at + 3] = ["".join(parts[at : at + 3])]
    return tuple(o.strip().rstrip(".") for o in parts if o.strip() and o != " and ")


def _flattened_rows(text: str) -> list[tuple[int, list[str]]] | None:
    """A table copied out of a page or PDF one cell per line: a run of header lines naming the
    columns ("Action", "Owner", "Due date", "Status"), then the cells row by row (the header
    printed again part way is no row)."""
    lines = [(number, line.strip()) for number, line in enumerate(text.splitlines(), start=1) if line.strip()]
    for start in range(min(len(lines), 40)):
        width = _header_width([cell for _, cell in lines[start : start + 12]])
        if width >= 3 and "text" in _map_columns([cell for _, cell in lines[start : start + width]]):
            names = [cell for _, cell in lines[start : start + width]]
            cells = _without_repeats(lines[start + width :], names)
            keyed = _keyed_rows(cells, width) if _map_columns(names[:1]) == {"reference": 0} else None
            if keyed:
                return [(lines[start][0], names), *keyed]
            rows = [(lines[start][0], names)]
            for offset in range(0, len(cells) - width + 1, width):
                chunk = cells[offset : offset + width]
                rows.append((chunk[0][0], [cell for _, cell in chunk]))
            leftover = len(cells) % width
            if leftover:
                rows.append((cells[-leftover][0], [cell for _, cell in cells[-leftover:]]))
            return rows
    return None


def _without_repeats(cells: list[tuple[int, str]], names: list[str]) -> list[tuple[int, str]]:
    """The cells less the header's names printed again over a new page's part of the table."""
    kept, at = [], 0
    while at < len(cells):
        if [cell for _, cell in cells[at : at + len(names)]] == names:
            at += len(names)
            continue
        kept.append(cells[at])
        at += 1
    return kept


def _keyed_rows(cells: list[tuple[int, str]], width: int) -> list[tuple[int, list[str]]] | None:
    """Rows under a "No." column, each opening at its key, the next number ("1", "2", ...): a row whose empty cell ("-")
    was lost is one cell short, never the next row's cells moved up. None where the keys do not run so."""
    rows: list[tuple[int, list[str]]] = []
    for number, cell in cells:
        if re.fullmatch(rf"{len(rows) + 1}\.?", cell) and (not rows or len(rows[-1][1]) >= width - 2):
            rows.append((number, [cell]))
        elif rows:
            rows[-1][1].append(cell)
        else:
            return None
    return rows if len(rows) >= 2 and all(len(row) <= width for _, row in rows) else None


def _header_width(lines: list[str]) -> int:
    """How many of the lines name a flattened table's columns: each a known name, or a short one among them ("No.",
    "Recommendation", "Priority", "Responsibility", "Agreed" ...); names no column is known by end the run unless a row's
    key follows them under a "No." column ("... Comments", "Date", then "1")."""
    width = known = 0
    while width < min(len(lines), 10) and (_map_columns([lines[width]]) or re.fullmatch(r"[A-Z][a-z]{2,15}\??", lines[width])):
        known, width = (width + 1 if _map_columns([lines[width]]) else known), width + 1
    keyed = width < len(lines) and re.fullmatch(r"\d{1,3}\.?", lines[width]) and _map_columns(lines[:1]) == {"reference": 0}
    return width if keyed else known


class _RowReader:
    """Rows already split into cells (a pipe table or a flattened one), read like `csv.reader` (with `line_num`)."""

    def __init__(self, rows: list[tuple[int, list[str]]]) -> None:
        self._rows = iter(rows)
        self.line_num = 0

    def __iter__(self) -> "_RowReader":
        return self

    def __next__(self) -> list[str]:
        self.line_num, cells = next(self._rows)
        return cells


def _map_columns(header: list[str]) -> dict[str, int]:
    mapping: dict[str, int] = {}
    normalised = [re.sub(r"[^a-z?/ ]", "", h.strip().lower()).strip() for h in header]
    for field_name, names in COLUMN_NAMES.items():
        for index, name in enumerate(normalised):
            if index in mapping.values():
                continue
            # "Update / Comments" answers to either of its parts.
            parts = [name] + [part.strip() for part in re.split(r"/| or ", name)]
            if any(part in names for part in parts):
                mapping[field_name] = index
                break
    if "due" not in mapping and len(normalised) >= 3 and normalised[-1] == "date" and mapping.get("text", len(normalised)) < len(normalised) - 1:
        mapping["due"] = len(normalised) - 1  # a plain "Date" last, after the action's columns: when it is due ("... | Comments | Date")
    return mapping


# a status's update that ends the row ("March update - the bins are emptied now. Action to be closed.")
_CLOSED_NOTE = re.compile(r"\b(?:this\s+)?action\s+(?:is\s+)?(?:to\s+be|will\s+be|can\s+be|now)\s+closed\b", re.IGNORECASE)


def _status(value: str, column: str = "") -> str:
    if _DONE.match(value.strip()) or _CLOSED_NOTE.search(value):
        return "done"
    if _DROPPED.match(value.strip()):
        return "dropped"
    if re.fullmatch(r"(?i)agreed\??", column.strip()) and re.fullmatch(r"(?i)no\.?", value.strip()):
        return "dropped"  # a recommendation the body did not take up ("Agreed: No")
    if re.fullmatch(r"(?:date\s+)?(?:completed?|done)\??", column.strip().lower()) and (
            find_date(value) or re.fullmatch(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2}|(?i:yes|y)", value.strip())):
        return "done"  # a "Completed" column holding the day it was done, or "Yes"
    return "open"


_MONTH_OR_DATE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s*[-'\u2019]\s*\d{2}$|^\d{1,2}/(?:19|20)\d\d$|^(?:19|20)\d\d-\d{2}-\d{2}$"  # "Mar-37", "03/2037", "2037-03-31"
    r"|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,\s+\d{4}\b|^(?:the\s+)?next\s+meeting$"  # "April 30, 2036"
    r"|^(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:meeting|committee|board|panel|cabinet|council)$",  # "September Committee"
    re.IGNORECASE,
)


def _cells(line: str) -> list[str] | None:
    """A table row's cells ("| a | b | c |" or tab-separated), or None for a line that is not one."""
    text = line.strip()
    if text.startswith("|") and text.count("|") >= 3:
        return [cell.strip() for cell in text.strip("|").split("|")]
    if text.count(" | ") >= 3 or text.count(" |") >= 3 and text.endswith("|"):
        return [cell.strip() for cell in text.strip("|").split("|")]  # a web table copied without its outer bars
    if text.count("\t") >= 2:
        return [cell.strip() for cell in text.split("\t")]
    return None


def _table_in(lines: list[str]) -> list[tuple[int, list[str]]] | None:
    """The first table in the text whose header names an action column and an owner, due or status
    column: its header and rows (a pipe or tab table, else one copied out a cell per line)."""
    for start, line in enumerate(lines):
        header = _cells(line)
        if header is None:
            continue
        mapping = _map_columns(header)
        if "text" not in mapping or len(mapping.keys() & {"owner", "due", "status"}) < 2:
            continue
        rows = [(start + 1, header)]
        for number, following in _rejoined(lines, start + 1, line.strip().count("|")):
            cells = _cells(following)
            if cells is None:
                if following.strip():
                    break
                continue
            if all(re.fullmatch(r":?-{2,}:?", cell) for cell in cells if cell):
                continue  # the |---|---| rule under the header
            rows.append((number, cells))
        return rows
    return _flattened_rows("\n".join(lines)) or _slash_rows(lines) or _bar_cell_rows(lines) or _field_rows(lines) or spaced_rows(lines)


def _rejoined(lines: list[str], first: int, bars: int):
    """The lines from `first` on, numbered from 1, with a row whose cell ran onto the lines below ("| 5.b | Cllr Ash, B" over
    "Moss |" over "Draft the plan | pending |") joined into one, up to the header's count of bars."""
    at = first
    while at < len(lines):
        number, text = at + 1, lines[at]
        while bars >= 4 and text.strip().startswith("|") and text.count("|") < bars and at + 1 < len(lines) \
                and lines[at + 1].strip() and not lines[at + 1].strip().startswith("|") and text.count("|") + lines[at + 1].count("|") <= bars:
            at += 1
            text = f"{text.rstrip()} {lines[at].strip()}"
        yield number, text
        at += 1


_FIELD = re.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z ?/'-]{0,30}?)\s*:\s*(?P<value>.*)$")


def _field_rows(lines: list[str]) -> list[tuple[int, list[str]]] | None:
    """Records written a field to a line, one after another ("Ref: AC/36/12", "Action: ...", "Responsible: ...",
    "Target date: June 2037", "Status: Ongoing"): a table whose header is the labels, each record a row from the line
    of its first field. A label met again opens the next record; a line with no label goes on the field above it."""
    records: list[tuple[int, dict[str, list[str]]]] = []  # (each value's parts, joined once at the end: a long value stays linear)
    labels: dict[str, str] = {}  # each column's kind and the label that names it, in the order met
    last = None
    for number, line in enumerate(lines, start=1):
        field = _FIELD.match(line)
        kind = next(iter(_map_columns([field.group("label")])), None) if field else None
        if kind is None:
            if last and line.strip() and records:
                records[-1][1][last].append(line.strip())  # a value wrapped onto the next line
            else:
                last = None
            continue
        if not records or kind in records[-1][1]:
            records.append((number, {}))
        records[-1][1][kind] = [field.group("value").strip()]
        labels.setdefault(kind, field.group("label").strip())
        last = kind
    records = [(number, {kind: " ".join(parts) for kind, parts in cells.items()}) for number, cells in records]
    with_text = [cells for _, cells in records if len(cells.get("text", "").split()) >= 3]
    if len(records) < 2 or len(with_text) < len(records) or not _named_enough(list(labels.values())):
        return None  # ("Action: Clerk" lines in minutes are no tracker's records)
    rows = [(records[0][0] - 1, list(labels.values()))]
    rows += [(number, [cells.get(kind, "") for kind in labels]) for number, cells in records]
    return rows


def _named_enough(header: list[str]) -> bool:
    mapping = _map_columns(header)
    return "text" in mapping and len(mapping.keys() & {"owner", "due", "status"}) >= 2


# a row's key in its first or "No" column: "3", "SC18", "4.1.1", "A005/21", "AC/36/12"
_ROW_KEY = re.compile(r"[A-Z]{0,4}(?:(?<=[A-Z])/)?\d{1,4}[a-z]?(?:[./]\d{1,4}){0,2}\.?")
# (or a year's number and the row's: "07/003 / RB / Contact the county council ...")
_SLASH_ROW = re.compile(r"^\s*(?P<key>[A-Z]{0,4}\d{1,4}[a-z]?(?:/\d{2,4})?)\s+/\s+")


_NEXT_HEADING = re.compile(r"^\s*\(?\d{1,2}[.)]\s*[A-Z][a-z]")


def _slash_rows(lines: list[str]) -> list[tuple[int, list[str]]] | None:
    """A table flattened with " / " between its cells, a row to a line whose long cells wrap onto the
    next lines (or whose last cells go on a line opening "/ "): "No / Date / Action / Owner /
    Completed" over "2 / 7/11/16 / FN to circulate the plan. / FN / \u221a". The first row may be run
    into the header's last name ("Completed1 / 7/11/16 / ...")."""
    for start, line in enumerate(lines[:200]):
        cells = re.split(r"\s+/\s+", line.strip())
        if len(cells) < 3:
            continue
        width = next((i for i, cell in enumerate(cells) if not re.fullmatch(r"[A-Za-z][A-Za-z ?().]{0,30}(?:\d{1,3}/)?\d{0,3}", cell)
                      or i and cells[i - 1][-1].isdigit()), len(cells))  # (the names end at one run into a row's key)
        header = cells[:width]
        if width < 3:
            continue
        # ("Status04/011 / LH / ...": a key of a year's number and the row's)
        run_in = re.fullmatch(r"(?P<name>.*[A-Za-z?.)])(?P<key>\d{1,3}(?:/\d{2,3})?)", header[-1]) if width < len(cells) else None
        if run_in:
            header[-1] = run_in.group("name")
        if not _named_enough(header):
            continue
        rows = [(start + 1, header)]
        current = (start + 1, [f"{run_in.group('key')} / " + " / ".join(cells[width:])]) if run_in else None
        blank = False
        for number, following in enumerate(lines[start + 1 :], start=start + 2):
            if _SLASH_ROW.match(following):
                if current:
                    rows.append(current)
                current = (number, [following.strip()])
            elif blank and not following.lstrip().startswith("/"):
                break  # text after the table
            elif current and _NEXT_HEADING.match(following) and "\n".join(current[1]).count(" / ") >= len(header) - 1:
                break  # the minutes' next heading after a row whose cells are all there ("(3) Treasurer's report")
            elif current and following.strip():
                current[1].append(following.strip())
            blank = not following.strip() and current is not None
        if current:
            rows.append(current)
        split = [(number, [cell.strip() for cell in re.split(r"\s+/\s+|^/\s+", "\n".join(parts))]) for number, parts in rows[1:]]
        return [rows[0], *split] if len(split) >= 2 else None
    return None


def _bar_cell_rows(lines: list[str]) -> list[tuple[int, list[str]]] | None:
    """A table whose every cell ends " |" on a line of its own (a cell of several lines ends on its
    last): the header's names, then rows of as many cells, each opening with its key ("SC18")."""
    first = next((i for i, line in enumerate(lines[:200]) if line.rstrip().endswith("|")), None)
    if first is None or sum(1 for line in lines if line.rstrip().endswith("|")) < 8:
        return None
    cells: list[tuple[int, str]] = []
    opened, parts = first, []
    for number, line in enumerate(lines[first:], start=first):
        if not parts:
            opened = number
        parts.append(line.strip())
        if line.rstrip().endswith("|"):
            cells.append((opened + 1, " ".join(" ".join(parts)[:-1].split())))
            parts = []
    if parts:
        cells.append((opened + 1, " ".join(" ".join(parts).split())))
    width = next((i for i, (_, cell) in enumerate(cells) if i and _ROW_KEY.fullmatch(cell)), 0)
    header = [cell for _, cell in cells[:width]]
    if width < 3 or not _named_enough(header):
        return None
    rows = [(cells[0][0], header)]
    for offset in range(width, len(cells), width):
        chunk = cells[offset : offset + width]
        rows.append((chunk[0][0], [cell for _, cell in chunk]))
    return rows


def row_headings(lines: list[str], headings: list[Heading]) -> list[Heading] | None:
    """A tracker page's rows as its items, each known by its key ("SC18", "3") in the table's first
    or "No"/"Ref" column, when the keys differ and every item found so far lies within the table
    (minutes holding an action table among their items keep their items)."""
    table = _table_in(lines)
    if not table or len(table) < 3:
        return None
    header, rows = table[0][1], table[1:]
    mapping = _map_columns(header)
    key_column = mapping.get("reference", 0 if not re.sub(r"[^a-z]", "", header[0].lower()) else None)
    if key_column is None or key_column == mapping.get("text"):
        return None
    keys = [cells[key_column].strip().rstrip(".") if key_column < len(cells) else "" for _, cells in rows]
    if not all(_ROW_KEY.fullmatch(key) for key in keys) or len(set(keys)) < len(keys):
        return None
    if any(h.index < table[0][0] - 1 for h in headings):
        return None
    found = []
    for value, ((number, cells), key) in enumerate(zip(rows, keys), start=1):
        text = " ".join(cells[mapping["text"]].split()) if mapping["text"] < len(cells) else ""
        title = text if len(text) <= 90 else text[:90].rsplit(" ", 1)[0] + " \u2026"
        if number == table[0][0]:  # the first row run into the header's line: its own cells, not the header's names
            line = lines[number - 1]
            found.append(Heading(number - 1, number, key, value, title or key, "row", 1.0, line[line.find(header[-1]) + len(header[-1]) :].strip()))
        else:
            found.append(Heading(number - 1, number - 1, key, value, title or key, "row", 1.0))
    return found


def listed_tasks(lines: list[str]) -> list[ListedTask]:
    """A tracker's rows, as tasks: the action, its owners, and when it is due as printed ("by March 2026"); rows done or
    dropped are marked so, and rows with no action are left out."""
    table = _table_in(lines)
    if not table or len(table) < 2:
        return []
    mapping = _map_columns(table[0][1])
    if "text" not in mapping or not re.search(r"(?i)\b(?:actions?|tasks?|recommendations?)\b", table[0][1][mapping["text"]]):
        return []  # a work programme's "Description" column lists business to come, not tasks
    tasks: list[ListedTask] = []
    for position, (_, cells) in enumerate(table[1:], start=2):
        value = _cells_by_name(cells, mapping)
        text = " ".join(value("text").split())
        if not text or _map_columns([text]) == {"text": 0}:
            continue  # no task, or the header printed again
        if _status(value("status"), table[0][1][mapping["status"]] if "status" in mapping else "") != "open":
            tasks.append(ListedTask(text, done=True))  # a row closed
            continue
        if position == len(table) and "status" in mapping and mapping["status"] >= len(cells):
            continue  # the last row, cut before its status: whether it is open is not known
        due, written = value("due"), _ROW_DUE.search(text)  # no due column: "... by the end of April 2026", "... in May 2026"
        tasks.append(ListedTask(text, _owners(value("owner")), f"by {due}" if _MONTH_OR_DATE.search(due) else written.group(0) if written else None))
    return tasks


_PLAN_TITLE = re.compile(r"\baction\s+(?:plan|list|log)\b", re.IGNORECASE)
# a plan's bullet that sets work: an imperative ("Agree tender and award contract", "Liaise between ...")
_PLAN_BULLET = re.compile(
    r"^\s*[-\u2022\u25cf\u25aa\u00b7*]\s*(?P<task>(?:Maintain|Implement|Plan|Encourage|Consider|Agree|Decide|Negotiate|Ensure|Continue|Provide"
    r"|Liaise|Oversee|Complete|Arrange|Review|Prepare|Submit|Develop|Deliver|Monitor|Investigate|Seek|Publish|Update|Write|Contact"
    r"|Organise|Organize|Install|Repair|Apply|Carry\s+out|Produce|Promote|Identify|Establish|Explore|Commission|Procure|Replace"
    r"|Set\s+up|Secure|Support|Work\s+with|Engage|Consult|Appoint|Recruit|Train|Hold)\b.{3,300})$"
)
_PLAN_DUE = re.compile(r"\b(?:by|before)\s+(?:the\s+end\s+of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\b")
# a tracker row's task that says when in its own words: "Choose the new logo in May 2026", "Sing at the Society's May 2026 meeting"
_ROW_DUE = re.compile(_PLAN_DUE.pattern.replace("(?:by|before)", "(?:by|before|in)") + r"|\bat\s+(?:the\s+|\S+['\u2019]s\s+)?(?:January|February|March"
                      r"|April|May|June|July|August|September|October|November|December)\s+\d{4}\s+meeting\b")


def plan_tasks(lines: list[str]) -> list[ListedTask]:
    """An action plan's bullets (a page titled "Action Plan 2026/27" over initiatives, each over "- Agree
    tender and award contract" ...): each bullet that sets work is a task; any other page gives none."""
    head = [line for line in lines[:12] if line.strip()][:5]
    if not any(_PLAN_TITLE.search(line) for line in head):
        return []
    tasks = []
    for line in lines:
        bullet = _PLAN_BULLET.match(line)
        if bullet:
            text = " ".join(bullet.group("task").split()).rstrip(" .;")
            due = _PLAN_DUE.search(text)
            tasks.append(ListedTask(text, (), due.group(0) if due else None))
    return tasks


# "Clerk's actions from previous meeting:", "Actions from the last meeting", "Outstanding actions from earlier meetings:"
_LOG_HEADING = re.compile(
    r"^\s*(?:(?P<clerk>clerk['\u2019]?s)\s+)?(?:actions?|action\s+points|outstanding\s+actions)\s+(?:from|arising\s+from)\s+"
    r"(?:the\s+)?(?:previous|last|earlier)\s+meetings?\s*:?\s*$",
    re.IGNORECASE,
)
# "200/17 Forward contact details to PCSO Ostle- Matter on the agenda ...": a reference, the task, a dash, its state
_LOG_LINE = re.compile(r"^\s*(?:(?:[A-Z]{0,4}\d{1,4}/\d{2,4}|\d{1,3}[.)])\s+)?(?P<task>[A-Z].{3,300}?)\s*[-\u2013]\s*(?P<status>[A-Z].{1,300})$")
_MONTH_NAME = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")


def log_tasks(lines: list[str]) -> list[ListedTask]:
    """The lines under "Clerk's actions from previous meeting:", each a task, a dash and how it stands
    ("... - Done", "... -On-going"): those not done are tasks still open, the clerk's where the heading says so,
    due when their state names a month ("Agenda'd for the February meeting")."""
    start, heading = next(((i, found) for i, line in enumerate(lines) if (found := _LOG_HEADING.match(line))), (None, None))
    if heading is None:
        return []
    owners = ("Clerk",) if heading.group("clerk") else ()
    tasks = []
    for line in lines[start + 1 :]:
        if not line.strip():
            continue
        row = _LOG_LINE.match(line)
        if row is None:
            break  # the list has ended (or its last row was cut before its state)
        status = row.group("status").strip()
        if _status(status) != "open":
            continue
        tasks.append(ListedTask(" ".join(row.group("task").split()), owners, status if _MONTH_NAME.search(status) else None))
    return tasks
