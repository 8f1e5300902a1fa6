"""Minute references of any printed shape that run down a page: "FC49/08/9", "FC50/08/9", "FC51/08/9" (the body's
letters, the minute, the month, the year); "1/01/21", "2/1/21", "3/1/21"; "19.C.83", "19.C.84"; "201001.",
"201002." (year, month and minute in figures alone). The letters, the separators and every field but one stay the same
from line to line, and the one field that changes counts up in small steps: that field is the minute's own number.
`numbering` offers these as candidates beside the shapes it knows by name, so a council's own way of numbering its
minutes is read without a rule written for it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Callable

from cpb_tui.importers.titles import Heading, _title_and_rest, _title_like, tidy_title

# a line that may open with a reference (looked at before the line is prepared: most lines fail here)
_MAYBE = re.compile(r"^\W{0,4}(?:(?:Minute|Min\.?|Item)\s+(?:No\.?\s*)?)?(?:[A-Z]{1,5}[ .]?)?\d{1,4}[./:-]")
_REFERENCE = re.compile(
    r"^\s*(?:(?:Minute|Min\.?|Item)\s+(?:No\.?\s*)?)?"
    # the reference: letters may open it, and a field of letters may stand between numbers ("19.C.83")
    r"(?P<ref>(?:[A-Z]{1,5}[ .]?)?\d{1,4}(?:[./:-](?:\d{1,4}|[A-Za-z]{1,3}(?=[./:-]\d)))+)"
    # then its title, after a stop, a dash, a colon or spaces, or glued on in capitals ("FC49/08/9APOLOGIES")
    r"(?:\.?\s*[-\u2013\u2014:|)]?\s+|\.(?=[A-Z])|(?=[A-Z]{3}))(?P<title>[A-Z\u2018\u201c'\"].{1,})$"
)
_FIELDS = re.compile(r"\d+|[A-Za-z]+|[^\dA-Za-z]")
# a reference of figures alone, the year and month before the minute's two figures: "201001." to "201007." (October 2020)
_COMPACT = re.compile(r"^\s*(?P<ref>\d{3,4})(?P<minute>\d{2})(?:\.?\s*[-\u2013\u2014:|)]?\s+)(?P<title>[A-Z\u2018\u201c'\"].{1,})$")


def reference_candidates(lines: list[str], prepared: Callable[[str], str | None], taken: dict[int, str]) -> list[Heading]:
    """Headings for each run of three or more references of one shape in which one field alone counts up; a line
    whose number a known shape read as printed (`taken`: line to number) is left to it, but for a year and a minute
    ("34/26") over sentences, read here only where the known shapes took fewer than two such lines."""
    by_shape: dict[tuple[str, ...], list[tuple[int, list[str], str]]] = defaultdict(list)
    held = 0  # lines of "34/27" that the known shapes read as printed, with a title
    for index, raw in enumerate(lines):
        compact = _COMPACT.match(raw)
        if compact is not None and taken.get(index) is None:
            # (the year and month stay, the last two figures count: read as two fields, printed as one)
            by_shape[("#", "", "#")].append((index, [compact.group("ref"), "", compact.group("minute")], compact.group("title").strip()))
            continue
        if not _MAYBE.match(raw):
            continue
        line = prepared(raw)
        found = _REFERENCE.match(line) if line else None
        if found is None:
            continue
        fields = _FIELDS.findall(found.group("ref"))
        year_and_minute = len(fields) == 3 and fields[1] == "/" and len(fields[0]) == len(fields[2]) == 2
        if taken.get(index) == "".join(fields) and not year_and_minute:
            continue
        held += year_and_minute and taken.get(index) == "".join(fields)
        lettered = any(field.isalpha() for field in fields)
        if not lettered and not year_and_minute and (sum(field.isdigit() for field in fields) < 3 or set(fields[1::2]) == {"."}):
            continue  # "42/19", "5.", a paragraph's "1.2" or "4.1.2": the known shapes' to read ("05/26 It was ...": see _run)
        shape = tuple("#" if field.isdigit() else field.upper() for field in fields)
        by_shape[shape].append((index, fields, found.group("title").strip()))
    headings: list[Heading] = []
    for shape, rows in by_shape.items():
        if shape == ("#", "/", "#") and held >= 2:
            continue  # ("24/44 Apologies", "24/45 Declarations": titled, the known shapes' run; sentences only where they find none)
        headings += _run(shape, rows)
    return headings


def _run(shape: tuple[str, ...], rows: list[tuple[int, list[str], str]]) -> list[Heading]:
    """The rows of one shape whose only changing field counts up, as headings; none when no field alone does."""
    if len(rows) < 3:
        return []
    numeric = [at for at, part in enumerate(shape) if part == "#"]
    for running in numeric:
        # the other fields as most rows print them (an older minute cited in passing differs, and is left out)
        fixed = Counter(tuple(int(fields[at]) for at in numeric if at != running) for _, fields, _ in rows).most_common(1)[0][0]
        alike = [row for row in rows if tuple(int(row[1][at]) for at in numeric if at != running) == fixed]
        kept, moved = _in_order(alike, running)
        values = [int(fields[running]) for _, fields, _ in kept]
        steps = [after - before for before, after in zip(values, values[1:])]
        # (a row taken out of order, or left out, only beside a run of four or more, and one such in four at most: an invoice
        # list's "INV 37/104", "37/105", "37/107", "37/118" is no run)
        others = len(alike) - len(kept)
        if len(kept) < 3 or steps.count(1) * 2 < len(steps) or others and (len(kept) < 4 or others * 4 > len(kept)):
            continue
        kept = sorted(kept + moved)  # (an item taken out of order, "078/PC/20" between "067/PC/20" and "068/PC/20", stays an item)
        values = [int(fields[running]) for _, fields, _ in kept]
        if _date_like(shape, running, fixed) and (values[0] > 3 or any(step != 1 for step in steps)):
            continue  # "12/05/2031", "13/05/2031": letters dated day by day, unless they count from the first like minutes
        style = "reference " + "".join(shape)
        out = []
        for (index, fields, title), value in zip(kept, values):
            # ("MINUTES – It was RESOLVED that ...": a title in capitals, a dash, then the minute's text)
            capitals = re.match(r"^([A-Z][A-Z'\u2019&,/ ]{2,80}[A-Z])\s+[\u2013\u2014-]\s+(\S.*)$", title)
            head, rest = capitals.groups() if capitals else _title_and_rest(re.sub(r"^([A-Z]{3,})(?=[A-Z][a-z])", r"\1 ", title))
            if not _title_like(head, long=True) and shape == ("#", "/", "#") and len(title.split()) >= 4:
                # "34/26 The Chair gave the retiring Clerk flowers ...", "34/27 There were no declarations": a parish's minutes of
                # the year, each a sentence (the known shapes take such a number only with a title)
                head, rest = _words_before_the_verb(title), title
            elif not _title_like(head, long=True):
                break  # the run ends where its lines stop looking like items
            out.append(Heading(index, index + 1, "".join(fields), value, tidy_title(head), style, 2.0, rest))
        return out if len(out) >= 3 else []
    return []


def _in_order(rows: list[tuple[int, list[str], str]], running: int) -> tuple[list, list]:
    """The longest run of rows whose changing field counts up in steps of one to three, in line order; and the rows
    outside it that the run's numbers leave room for: an item the meeting took out of order ("Agreed to bring item 078
    forward": "078/PC/20" between "067/PC/20" and "068/PC/20"), never a number the run already holds."""
    length: dict[int, tuple[int, int]] = {}  # a value: the longest run ending at it so far, and the row that ends it
    back: list[int] = []
    for position, (_, fields, _) in enumerate(rows):
        value = int(fields[running])
        before = max((length[value - step] for step in (1, 2, 3) if value - step in length), default=(0, -1))
        back.append(before[1])
        if before[0] + 1 > length.get(value, (0, -1))[0]:
            length[value] = (before[0] + 1, position)
    if not length:
        return [], []
    end = max(length.values())[1]
    chain: list[int] = []
    while end != -1:
        chain.append(end)
        end = back[end]
    chain.reverse()
    held = {int(rows[at][1][running]) for at in chain}
    low, high = min(held), max(held)
    moved, seen, inside = [], set(), set(chain)
    for position, row in enumerate(rows):
        value = int(row[1][running])
        # (between the run's first and last lines: never a later list's reference, "Items for that agenda: 052/TPC/37 ...")
        if position not in inside and value not in held and value not in seen and low < value <= high + 20 and rows[chain[0]][0] < row[0] < rows[chain[-1]][0]:
            moved.append(row)
            seen.add(value)
    return [rows[at] for at in chain], moved


def _words_before_the_verb(sentence: str) -> str:
    """A sentence's opening words as its title: up to its first verb or stop, at most eight."""
    words = re.split(r"\s+(?:was|were|had|has|is|are|have)\s|[.;:]\s", sentence, maxsplit=1)[0].split()
    return tidy_title(" ".join(words[:8] if len(words) > 2 else sentence.split()[:8]))


def _date_like(shape: tuple[str, ...], running: int, fixed: tuple[int, ...]) -> bool:
    """Whether the shape reads as a date whose day is the changing field ("1/01/21": the first of January 2021)."""
    return len(shape) == 5 and shape[1] == shape[3] and shape[1] in "/.-" and running == 0 and len(fixed) == 2 and 1 <= fixed[0] <= 12
