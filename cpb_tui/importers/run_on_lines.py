"""Lines of a page that kept its breaks, with an item or a minute run onto the line before it.

"... Cllr Jones 2. To disclose interests ...", "... Seconder \u2013 Cllr Brown 1019/03 Declarations ...", "... and two residents.
Item 1 Apologies: ...": the number no line opens is broken out where the numbers the lines do open say it is the next
one; and numbers glued into wrapped lines ("... Smith. 20 Interests Cllr Lee declared ...") where four or more run on.
(Moved from `flattened.py`, which breaks up the lines of a page flattened whole.)
"""

from __future__ import annotations

import re
from collections import Counter

from cpb_tui.importers.flat_runs import split_at as _split_at

# "1. 3.  MINUTES" (Word's marker before the printed number), "2. 78.20. Chairman's Announcements"
# (a list number before the minute's own reference)
_MONTH_AHEAD = r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)"
# (never the number of "Item 3. Last meeting's notes ..." or "Items 1 & 2. Welcome ...": the word before is the item's own)
_RUN_NUMBER = re.compile(rf"(?:^|(?<=\s))(?<!\bItem\s)(?<!\bItems\s)(?<!\bITEM\s)(?<!\bMinute\s)(?<!\d\s&\s)(?P<value>\d{{1,3}})\.?\s+(?=[A-Z][a-z]){_MONTH_AHEAD}")


def glued_runs(lines: list[str]) -> list[str]:
    """Minute numbers glued into wrapped lines ("... Cllrs Harris and Smith. 20 Interests Cllr Lee declared ...
    21 Admission of the Public All items were ..."): a line break before each that continues a run of
    four or more numbers going up by one, read in one pass over the text."""
    best_end: tuple[int, int] | None = None  # (line, offset) of the last match of the longest run
    chain_at: dict[int, tuple[int, tuple[int, int]]] = {}  # value -> (run length, (line, offset) of its latest match)
    links: dict[tuple[int, int], tuple[int, int] | None] = {}  # a match -> the match before it in its run
    best_length = 0
    for index, line in enumerate(lines):
        if not 40 <= len(line) < 500 or not any(ch.isdigit() for ch in line):  # a longer line is broken by unflatten itself
            continue
        for match in _RUN_NUMBER.finditer(line):
            value = int(match.group("value"))
            before = chain_at.get(value - 1)
            length = before[0] + 1 if before else 1
            key = (index, match.start())
            links[key] = before[1] if before else None
            chain_at[value] = (length, key)
            if length > best_length:
                best_length, best_end = length, key
    if best_length < 4 or best_end is None:
        return lines
    cuts: dict[int, list[int]] = {}
    key: tuple[int, int] | None = best_end
    while key is not None:
        if key[1] > 0:
            cuts.setdefault(key[0], []).append(key[1])
        key = links[key]
    if sum(len(offsets) for offsets in cuts.values()) < 2:
        return lines
    # (a number set in at its line's start needs no break: its indent stays, a nested list's depth)
    cuts = {index: kept for index, offsets in cuts.items() if (kept := [at for at in offsets if lines[index][:at].strip()])}
    return [piece for index, line in enumerate(lines) for piece in (_split_at(line, sorted(cuts[index])).split("\n") if index in cuts else [line])]


_LINE_ITEM = re.compile(r"^\s*(\d{1,2})\.\s+[A-Z]")
_MID_ITEM = re.compile(r"(?<=[a-z0-9.)])\s+(\d{1,2})\.\s+(?=[A-Z][a-z])")
# the same with no stop after the number ("3 Police Report ... date tbc. 4 Minutes of Previous Meeting Approval ..."):
# only after a sentence's end
_SENTENCE_AFTER = re.compile(r"(?:[A-Z][\w'\u2019-]*\s+){1,3}(?:was|were|is|are|had|has|have|will|would|could)\b")
_LINE_ITEM_BARE = re.compile(r"^\s*(\d{1,2})\s+[A-Z][a-z]")
_MID_ITEM_BARE = re.compile(r"(?:(?<=[a-z0-9)][.!?])|(?<=[A-Za-z]\)))\s+(\d{1,2})\s+(?=[A-Z][a-z])")  # (or after a bracket: "... Susan Astell (SA) 2 Police Report")


_TITLE_AFTER = re.compile(r"(?!(?:The|This|That|These|It|He|She|They|We|A|An|Cllr|Councillor|Mr|Mrs|Ms|Members?)\b)[A-Z][a-z]+(?:\s+(?:[A-Z][\w'/-]*|of|and|for|the|to|&))*\s*(?:[A-Z][a-z]|\(\d{1,3}\)|$)")  # ("5. Reports (6) The Clerk ...": a paragraph's number after)


_PREFIXED_START = re.compile(r"^\s*Item\s+(\d{1,2})\b[.:]?\s+[A-Z]")
_PREFIXED_MID = re.compile(r"(?<=[a-z)][.:])\s+(?=Item\s+(\d{1,2})\b[.:]?\s+[A-Z][\w'\u2019 &/-]{2,60}(?::|$|\s{2}))")


def first_prefixed_item(lines: list[str]) -> list[str]:
    """ "... and two residents. Item 1 Apologies: F Reid ...": the first item, run onto the attendance line,
    where the items after it open lines of their own ("Item 2 Public Session:")."""
    starts = {int(m.group(1)): index for index, m in ((i, _PREFIXED_START.match(line)) for i, line in enumerate(lines[:3000])) if m}
    if 1 in starts or 2 not in starts:
        return lines
    for index, line in enumerate(lines[: starts[2]]):
        found = next((m for m in _PREFIXED_MID.finditer(line[:5000]) if m.group(1) == "1"), None)
        if found:
            return [*lines[:index], line[: found.start()], line[found.end():], *lines[index + 1:]]
    return lines


def mid_line_items(lines: list[str]) -> list[str]:
    """ "1. Apologies ... were received from Cllr Jones 2. To disclose interests ...": an item whose
    number no line opens, run onto the line of the item before it, is given its own line."""
    line_item, mid_item, bare = _LINE_ITEM, _MID_ITEM, False
    starts = {int(m.group(1)) for m in (line_item.match(line) for line in lines[:3000]) if m}
    if len(starts) < 2:
        line_item, mid_item, bare = _LINE_ITEM_BARE, _MID_ITEM_BARE, True  # (bare numbers run on past the last: "4 ... 5 ...")
        starts = {int(m.group(1)) for m in (line_item.match(line) for line in lines[:3000]) if m}
    if len(starts) < 2:
        return lines
    lines = _first_run_on(lines, line_item, mid_item) if min(starts) == 2 else lines
    out: list[str] = []
    last = 0
    for line in lines:
        opening = line_item.match(line)
        last = int(opening.group(1)) if opening and int(opening.group(1)) in (last + 1, last + 2, 1) else last
        cuts = []
        found = list(mid_item.finditer(line[:5000])) if last else []
        values = [int(match.group(1)) for match in found]
        for position, match in enumerate(found):
            value = int(match.group(1))
            # "... Alun Jones 2. To disclose interests 3. Confirmation of minutes ..." over a line opening "4.": the numbers
            # run on along this line up to the one a line opens
            run = value
            for later in values[position + 1:]:
                run = later if later == run + 1 else run
            # (after the last numbered line only a title will do: "... 4 to 3. The clerk will write" is a sentence)
            if value == last + 1 and value not in starts and (value + 1 in starts or run > value and run + 1 in starts
                                                              or (last == max(starts) or bare and last > max(starts)) and _TITLE_AFTER.match(line, match.end())) \
                    and not (bare and _SENTENCE_AFTER.match(line, match.end())):  # (never "4 New Goalposts were installed ...")
                cuts.append(match.start() + 1)
                last = value
        out.extend(_split_at(line, cuts).split("\n") if cuts else [line])
    return out


def _first_run_on(lines: list[str], line_item: re.Pattern[str], mid_item: re.Pattern[str]) -> list[str]:
    """ "Present: Cllrs Bell, Dunn and the Clerk 1. Apologies for absence" over a line opening "2.": the first item, run onto
    the attendance above the second, is given its own line (its title must read as one)."""
    second = next(index for index, line in enumerate(lines) if (match := line_item.match(line)) and match.group(1) == "2")
    for index in range(second - 1, max(-1, second - 30), -1):
        # (never a number cited: "... read out the notice, item 1. Fire exits are at the rear")
        firsts = [match for match in mid_item.finditer(lines[index][:5000]) if match.group(1) == "1" and _first_title(lines[index][match.end() :])
                  and not re.search(r"(?i)\b(?:item|minute|page|no|number|para(?:graph)?|section|appendix|annex)$", lines[index][: match.start()])]
        if firsts:
            return lines[:index] + _split_at(lines[index], [firsts[-1].start() + 1]).split("\n") + lines[index + 1 :]
    return lines


def _first_title(rest: str) -> bool:
    """Whether the words after a run-on "1." read as an item's title: a title's words, or a short line of its own
    ("Apologies for absence"), never a sentence ("1. The Clerk said ...")."""
    words = rest.split()
    return bool(_TITLE_AFTER.match(rest)) or 1 <= len(words) <= 10 and not rest.rstrip().endswith((".", ",")) and not _SENTENCE_AFTER.match(rest)


_REFERENCE_START = re.compile(r"^\s*(?P<pre>(?:[A-Z]{1,4})?\d{2,4}/)(?P<value>\d{1,3})\.?\s+[A-Z]")  # ("15/263. Apologies")
_MINUTE_YEAR_START = re.compile(r"^\s*(?P<value>\d{1,4})/(?P<year>\d{2})\.?\s+[A-Z]")
_MINUTE_MONTH_START = re.compile(r"^\s*(?P<value>\d{1,4})/(?P<year>(?:0[1-9]|1[0-2])/\d{2})\.?\s+[A-Z]")  # ("2301/05/24 APOLOGIES")


def mid_line_references(lines: list[str]) -> list[str]:
    """ "1019/02 Minutes ... Seconder \u2013 Cllr Brown 1019/03 Declarations of Interest None", "... Cardinham 135/19 Matters
    Arising", "... Sian Hughes 2302/05/24 DECLARATIONS": a minute whose reference (the lines around it share its fixed part, and it is the next number) no line opens,
    run onto the line of the minute before it, is given its own line."""
    for start, fixed_part, shape in ((_REFERENCE_START, "pre", "{fixed}(\\d{{1,3}})"), (_MINUTE_YEAR_START, "year", "(\\d{{1,4}})/{fixed}"),
                                     (_MINUTE_MONTH_START, "year", "(\\d{{1,4}})/{fixed}")):
        starts = [m for m in (start.match(line) for line in lines[:3000]) if m]
        common = Counter(m.group(fixed_part) for m in starts).most_common(1)
        if not common or common[0][1] < 2:
            continue
        fixed = common[0][0]
        started = {int(m.group("value")) for m in starts if m.group(fixed_part) == fixed}
        # (never a minute cited: "... covered under 3603/05/36 Play Area below")
        # (or glued to a rule of dashes that ends the attendance: "... 2 members of the public. ------275/18 Apologies")
        inside = re.compile(r"(?:(?<=\S)(?<!\bunder)(?<!\bsee)(?<!\bin)(?<!\bat)(?<![Mm]inute)(?<!\bto)\s+|(?<=-{4}))" + shape.format(fixed=re.escape(fixed)) + r"\.?\s+(?=[A-Z])")
        out: list[str] = []
        last = 0
        first = min(started)  # (the minute before the first that opens a line may run on from the attendance: "... Public: 1 22/116 Public Time")
        for line in lines:
            opening = start.match(line)
            last = int(opening.group("value")) if opening and opening.group(fixed_part) == fixed else last
            cuts = []
            for match in inside.finditer(line[:5000]) if last or first > 1 else ():
                if int(match.group(1)) == (last + 1 if last else first - 1) and int(match.group(1)) not in started:
                    cuts.append(match.start() + (1 if line[match.start()].isspace() else 0))
                    last = int(match.group(1))
            out.extend(_split_at(line, cuts).split("\n") if cuts else [line])
        lines = out
    return lines
