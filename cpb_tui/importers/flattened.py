"""Documents flattened onto one long line (a PDF pasted as one paragraph): where to break them.

Before running item numbers ("1. Prayer 2. Apologies 3. ..."), running minute references
("NC40/27 ... NC41/27 ..."), parish numbers of item, month and year ("1.3.27 ... 2.3.27 ..."),
and before each decision; a capitals title run into its text is split from it. On a page flattened
whole (a document-sharing site's copy), numbers of any other form are found by their run alone
(`flat_runs.py`).
"""

from __future__ import annotations

import re
from typing import Callable

from cpb_tui.importers.flat_tables import bar_rows, bullet_breaks, dash_bullet_breaks, ones_breaks, opening_breaks
from cpb_tui.importers.caps_runs import caps_heading_breaks, title_heading_breaks
from cpb_tui.importers.flat_runs import run_breaks, run_pieces, runs_across_lines, split_at as _split_at
from cpb_tui.importers.layout import is_caps_line
from cpb_tui.importers.line_markers import word_markers
from cpb_tui.importers.pipe_rows import pipe_rows as _pipe_rows
from cpb_tui.importers.run_on_lines import first_prefixed_item, glued_runs, mid_line_items, mid_line_references

# A document flattened onto a few very long lines (a PDF pasted as one paragraph): break it
# before each numbered item and each decision, so it reads like the printed page.
# (not between a part's label and its decision: "(ii) RESOLVED that ..." stays one line)
_FLAT_BREAK = re.compile(
    # (and before a number whose title is in capitals, after any word: "... Planning Officer 41. APOLOGIES None were given ...")
    r"(?<=[a-z])\s+(?=\d{1,3}\.\s+[A-Z]{3,}(?:\s+[A-Z'\u2019]{2,})*\s+[A-Z][a-z])|"
    r"(?<=[.:;)\]])(?<!\s\([a-hiv]\))(?<!\s\((?:ii|iv|vi)\))(?<!\(iii\))(?<!SECONDED;)(?<!Seconded;)\s+(?=(?:\d{1,3}\.\s+[A-Z\u2018\u201c\"']|(?:It\s+was\s+(?:\w+\s+){0,3})?RESOLVED\b|Resolved\s*[:\u2013-]|AGREED\b|Resolution\s+Record\b))"
)


# (a title in sentence case too, "2. Welcome and introductions The meeting began ...": any word but a verb's)
_TITLE_WORD = r"(?:[A-Z][A-Za-z'\u2019&,-]*|\d{1,4}(?:st|nd|rd|th)?,?(?=\s)|(?!(?:was|were|is|are|had|has|have|will|would|said|reported|agreed|noted|resolved|asked)\b)[a-z][a-z'\u2019-]*)"
_FLAT_TITLE = re.compile(
    r"^(?P<number>\d{1,3})(?P<stop>\.?)\s+(?P<title>[A-Z][A-Za-z'\u2019&,-]*(?:\s+" + _TITLE_WORD + r"){0,9}?)"
    r"\s+(?P<rest>(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Dr|The|It|There|This|Members|No|None|Apologies|Officers?|A|An)\b.*)$"
)

_FLAT_NUMBER = re.compile(
    # (never a paper's own number: "set out in appendix 5.The council noted ...")
    r"(?:(?<=\s)|^)(?<!(?i:appendix)\s)(?<!(?i:page)\s)(?<!(?i:item)\s)(?<!(?i:paragraph)\s)(?<!(?i:section)\s)(?<!(?i:minute)\s)(?<!(?i:annex)\s)(?<!(?i:para)\s)"
    r"(\d{1,2})((?:\.\d{1,2}){0,2})(?:\.?\s+|\)\s*|\.(?=[A-Z][a-z]))(?=[A-Z]|\d{1,3}\.\d{2}\.?\s+[A-Z])(?!(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b)"
)

_FLAT_DATED = re.compile(r"(?<=\s)(\d{1,3})(\.\d{1,2}\.\d{2})\s+(?=[A-Z])")

def _dated_breaks(line: str) -> str:
    """ "1.3.22 Attendance. ... 2.3.22 To receive apologies ...": parish minutes numbered by
    item, month and year, run onto one line; a break before each that continues the run."""
    matches = list(_FLAT_DATED.finditer(line))
    suffixes = [m.group(2) for m in matches]
    if not suffixes:
        return line
    suffix = max(set(suffixes), key=suffixes.count)
    cuts: list[int] = []
    value = None
    for match in matches:
        if match.group(2) == suffix and (value is None or int(match.group(1)) == value + 1):
            cuts.append(match.start())
            value = int(match.group(1))
    return _split_at(line, cuts) if len(cuts) >= 3 else line

def _sequence_breaks(line: str, stops: bool = False) -> str:
    """An agenda flattened onto one line ("... 1. Apologies 2. Declarations 3. Minutes 3.1 ..."):
    a line break before each number that continues the run 1, 2, 3 (with 3.1, 3.2 under 3); with `stops`
    (a page flattened whole) bare numbers of such a run are given their stops, so they read as items."""
    cuts: list[int] = []
    bare: list[int] = []  # the cuts whose number has no stop
    major = 0
    dotted = False  # whether the number last taken had its stop
    for match in _FLAT_NUMBER.finditer(line):
        value, sub = int(match.group(1)), match.group(2)
        stop = match.group(0).rstrip().endswith((".", ")"))
        if not sub and value == major and cuts and stop and not dotted:
            cuts[-1], dotted = match.start(), True  # "... 1 Member of the Public 1. APOLOGIES": the printed "1." is the item
        elif (not sub and value == major + 1) or (sub and value == major and cuts):
            cuts.append(match.start())
            major, dotted = value, stop
            if not stop and not sub:
                bare.append(match.start())
    if len(cuts) < 3:
        return _glued_sequence_breaks(line)
    # "... members of the public A001/23 1. APOLOGIES ... A002/23 2. MEMBERS' DECLARATION": the minute's reference before
    # the agenda's number belongs to the item it heads
    # (only where most items are so headed and their numbers have their stops: "AGENDA No. 3/18 1. MINUTES" is the agenda's
    # own number; "551/99 2   Minutes" is read by its plain number)
    moved = [_reference_before(line, cut) for cut in cuts]
    if sum(1 for cut, new in zip(cuts, moved) if new != cut and re.match(r"\d{1,3}\.\s", line[cut:])) * 2 > len(cuts):
        cuts = moved
    if stops and len(bare) * 2 > len(cuts):
        # "Item No. 1 Agenda Item Opening Prayer ... 2 Welcome and introductions The meeting began ...": a table
        # of items flattened with its numbers bare; the run makes them items, so each is given its stop
        marked = set(bare)
        pieces = [line[a:b] for a, b in zip([0] + cuts, cuts + [len(line)])]
        return "\n".join(
            piece for piece in (re.sub(r"^(\d{1,2})\s+", r"\1. ", piece.strip()) if start in marked else piece.strip() for start, piece in zip([0] + cuts, pieces)) if piece
        )
    return _split_at(line, cuts)


def _reference_before(line: str, cut: int) -> int:
    """Where an item cut at `cut` starts: at a minute reference standing just before its number, if there is one."""
    before = re.search(r"(?:^|(?<=\s))(?<!No\.\s)(?<!No\s)[A-Z]{0,4}\d{1,4}/\d{2,4}\s+$", line[max(0, cut - 20) : cut])
    return cut - len(before.group(0)) if before else cut


# "Time1.Chairperson's welcome ... 7.00 pm2.Apologies & Declarations of Interest3.Review ... 7.15 pm6Police Report":
# an agenda table flattened with each number glued to the cell before it
# (or after a space, glued to its own title: "... Anne Massie 1Introduction and Chairperson's Remarks ... 2Those present ...")
_GLUED_NUMBER = re.compile(r"(?:(?<=[A-Za-z])|(?<=\s))(?P<value>\d{1,2})\.?(?=[\u201c\u2018\"']?[A-Z][a-z])")


def _glued_sequence_breaks(line: str) -> str:
    """A line break before each glued number of a run 1, 2, 3 ... of four or more, which is given its stop."""
    run = _longest_run(list(_GLUED_NUMBER.finditer(line)))
    if len(run) < 4 or int(run[0].group("value")) > 2:
        return line
    pieces = [line[: run[0].start()]]
    for match, after in zip(run, run[1:] + [None]):
        pieces.append(f"{match.group('value')}. " + line[match.end() : after.start() if after else len(line)])
    # (the time column's cell before the next number belongs to that row, not this one: "Police Report PR7.20 pm")
    pieces = [re.sub(r"\s*\d{1,2}[.:]\d{2}\s*(?:am|pm)\s*$", "", piece, flags=re.IGNORECASE) for piece in pieces]
    return "\n".join(piece.strip() for piece in pieces if piece.strip())


# "... 1 Croeso / Welcome Cadeiriwyd y cyfarfod ... 2 Datgan Diddordeb / Declaration of Interest ...": a bilingual
# page run onto one line, each number before a title in both languages (numbers may skip: items lost in the copy)
_FLAT_BILINGUAL = re.compile(r"(?<=\s)(?P<value>\d{1,2})\.?\s+(?=[A-Z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,5}\s/\s[A-Z])")


def _bilingual_breaks(line: str) -> str:
    """A line break before each bilingual title's number, where two or more run upwards."""
    cuts, last = [], 0
    for match in _FLAT_BILINGUAL.finditer(line):
        if last < int(match.group("value")) <= last + 12:
            cuts.append(match.start())
            last = int(match.group("value"))
    return _split_at(line, cuts) if len(cuts) >= 2 else line


# "C30/16 Apologies ... C31/16 Declarations of Interest ...": minute references run together
# ("Cou/285/07-08 Present ... Cou/286/07-08 Apologies": the body's letters, the minute and the council's year; "294/26
# (244/26) Clerk had visited ...": a matter arising, with the earlier minute's number in brackets; and glued to the sentence
# before, "... after the election.31/36 ELECTION OF CHAIR...", never after an abbreviation's stop, "under min.23/36")
_FLAT_REFERENCE = re.compile(r"(?:(?<=\s)|(?<=[a-z)]\.)|(?<=[a-z]))(?<!\bmin\.)(?<!\bno\.)(?<!\bref\.)(?<!\bpara\.)(?<!\bcf\.)(?<!minute\s)(?<!minutes\s)(?<!item\s)(?P<prefix>[A-Z]{0,4}/?|[A-Z][a-z]{1,3}/)(?P<value>\d{1,4})/(?P<year>\d{2,4}(?:-\d{2})?):?\s+(?:\(\d{1,4}/\d{2,4}\)\s+)?(?=[A-Z])")

# "08/116 Borough Councillor reports ... 08/117 County Councillor reported ...": the year first; "1907/2 Apologies ...
# 1907/3 Declarations ...", the year and month; "2017/380 (2017/346) Grass cutting ...", the year in full and the earlier
# minute in brackets
_FLAT_YEAR_FIRST = re.compile(r"(?<=\s)(?<!minute\s)(?<!minutes\s)(?<!item\s)(?P<prefix>[A-Z]{0,4}/?)(?P<year>\d{2}|\d{4})/(?P<value>\d{1,4})\s+(?:\(\d{2,4}/\d{1,4}\)\s+)?(?=[A-Z])")

# "B.1260 Declarations of Interest ... B.1261 Confirmation of Minutes ...": a board's letter, a stop, the minute
_FLAT_LETTER_DOT = re.compile(r"(?<=\s)(?P<prefix>[A-Z]{1,3}\.)(?P<value>\d{2,4})(?P<year>)\s+(?=[A-Z])")


# "048/09/17 Apologies ... 049/09/17 Declarations of Interest ...": the minute, then the month and year
_FLAT_MONTH_YEAR = re.compile(r"(?<=\s)(?<!minute\s)(?<!minutes\s)(?<!item\s)(?P<prefix>)(?P<value>\d{2,4})/(?P<year>\d{2}/\d{2})\s+(?=[A-Z])")


# "19.04.01 Noted: Apologies ... 19.04.02 Noted: Cllr Wilson declared ...": the year and month, a stop, then the minute
_FLAT_YEAR_MONTH = re.compile(r"(?<=\s)(?P<prefix>)(?P<year>\d{2}\.\d{2})\.(?P<value>\d{2,3})\s+(?=[A-Z])")


# "*HC 33 DECLARATIONS ... HC 34 URGENT BUSINESS ... *HC 35 MINUTES ...": the committee's letters, a space, the minute,
# before a title in capitals; a star marks some (the delegated ones), never all, so the run is kept whatever the star
_FLAT_SPACED_LETTERS = re.compile(r"(?<=\s)(?<![Mm]inute\s)(?<![Mm]inutes\s)(?<!\(\s)\*?(?!ITEM\s|PAGE\s|PART\s|NO\s)(?P<prefix>[A-Z]{2,4})\s(?P<value>\d{1,4})(?P<year>)\s+(?=[A-Z]{2,}(?:\s|$))")


_SPACED_REFERENCE = re.compile(r"^\*?([A-Z]{2,4})\s(\d{1,4})\s+")


def _reference_breaks(line: str) -> str:
    """A line break before each minute reference that continues a run (C30/16, C31/16, C32/16;
    or with the year first, 08/116, 08/117, 08/118)."""
    best = max(
        (_longest_run(list(pattern.finditer(" " + line)), lambda match: (match.group("prefix"), match.group("year")))
         for pattern in (_FLAT_REFERENCE, _FLAT_YEAR_FIRST, _FLAT_LETTER_DOT, _FLAT_MONTH_YEAR, _FLAT_YEAR_MONTH, _FLAT_SPACED_LETTERS)),
        key=len,
    )
    if best and best[0].re is _FLAT_YEAR_MONTH and int(best[0].group("value")) > 5:
        return line  # (a month's minutes start again at 01: "31.03.35 ... 31.03.36 ..." are dates, the year running on)
    if best and best[0].re is _FLAT_YEAR_FIRST and (len(best[0].group("year")) == 4 or len(best[0].group("value")) == 1) and (
            best[0].start() > 1 or len(best[0].group("year")) == 4 and int(best[0].group("year")[2:]) > 12 and len(best[0].group("value")) < 3):
        # ("1907/2 ...", "2017/380 (2017/346) ...": only from the line's start; never a calendar, "2036/7 Regatta ... 2036/8
        # Carnival", a register, "2036/1 Grants Policy ...", nor an action log quoting last month's minutes mid-line)
        return line
    # (two will do when they carry a body's letters: "ES81/08 MINUTES ... ES82/08 MATTERS ARISING ...")
    lettered = len(best) == 2 and all(re.fullmatch(r"[A-Z]{1,4}", match.group("prefix")) for match in best)
    if not (len(best) >= 3 or lettered):
        return line
    if best[0].re is _FLAT_SPACED_LETTERS:
        # ("*HC 33 DECLARATIONS": each reference read as the council's letters and its minute, "HC33", the star left off)
        starts = [match.start() - 1 for match in best]
        return "\n".join(
            piece for piece in (_SPACED_REFERENCE.sub(r"\1\2 ", line[a:b].strip(), count=1) if a in starts else line[a:b].strip()
                                for a, b in zip([0] + starts, starts + [len(line)])) if piece
        )
    return _split_at(line, [match.start() - 1 for match in best])


def _longest_run(matches: list[re.Match[str]], key: Callable[[re.Match[str]], object] = lambda match: None) -> list[re.Match[str]]:
    """The longest run of matches whose "value" goes up by one each time, among matches of one `key`
    (each step the first later match with the next value; the earliest such run when several tie).
    Linear: 4,000 numbers on a line cost no more than reading them."""
    values = [int(match.group("value")) for match in matches]
    keys = [key(match) for match in matches]
    following: list[int | None] = [None] * len(matches)
    first_after: dict[tuple[object, int], int] = {}
    for index in range(len(matches) - 1, -1, -1):
        following[index] = first_after.get((keys[index], values[index] + 1))
        first_after[(keys[index], values[index])] = index
    length = [1] * len(matches)
    for index in range(len(matches) - 1, -1, -1):
        if following[index] is not None:
            length[index] = 1 + length[following[index]]
    if not matches:
        return []
    start = max(range(len(matches)), key=lambda index: (length[index], -index))
    run = [start]
    while following[run[-1]] is not None:
        run.append(following[run[-1]])
    return [matches[index] for index in run]


def _lettered_reference_runs(lines: list[str]) -> list[str]:
    """A page flattened a page a line ("1 NEWRY ... ERT/153/2018: APOLOGIES ... ERT/155/2018: ACTION SHEET ...", then "2 On
    the proposal ... ERT/156/2018: CREST ..."): a break before each lettered reference of a run of three or more that goes
    on from one long line to the next, which a line alone (one reference on it) would not show."""
    found = [(index, match) for index, line in enumerate(lines) if len(line) >= 120 for match in _FLAT_REFERENCE.finditer(" " + line)]
    run = _longest_run([match for _, match in found], lambda match: (match.group("prefix"), match.group("year")))
    # (three with a body's letters, "ERT/153/2018"; bare ones, "21/17", only in a run of four or more)
    in_run = {id(match) for match in run}  # (by identity: one pass, however long the run)
    if not run or len(run) < (3 if len(run[0].group("prefix").rstrip("/")) >= 2 else 4) or len({index for index, match in found if id(match) in in_run}) < 2:
        return lines
    cuts: dict[int, list[int]] = {}
    for index, match in found:
        if id(match) in in_run and match.start() > 1:
            cuts.setdefault(index, []).append(match.start() - 1)
    return [piece for index, line in enumerate(lines) for piece in (_split_at(line, cuts[index]).split("\n") if index in cuts else [line])]



# "1358 DECLARATIONS OF INTEREST Declarations ... 1359 MINUTES OF THE LAST MEETING RESOLVED: ...":
# minute numbers with no stop, each before a title in capitals
# ("(27) APOLOGIES FOR ABSENCE ... (28) MINUTES The Minutes of ...": in brackets too, never a running minute after
# the agenda's number, "ITEM 1 (258) PUBLIC FORUM")
_FLAT_CAPS_NUMBER = re.compile(r"(?<=\s)(?P<open>(?<!\d\s)\()?(?P<value>\d{1,4})(?(open)\))\s+(?=[A-Z][A-Z'\u2019&,/-]+(?:\s+[A-Z][A-Z'\u2019&,/()-]*){1,})")


# "2405 Apologies for absence ... 2406 Personal Matters: ...": a council's running numbers before titles in words
# (with a stop too: "... and press 219. To receive apologies ... 26.04.2021 223. Committee Minutes ...", but never a
# year that ends a sentence: "... refitted in 2023. The roof ... in 2024. The car park ...")
_FLAT_RUNNING = re.compile(r"(?<=\s)(?P<value>\d{3,4})(?P<stop>\.?)\s+(?=[A-Z][a-z]{2,}|To\s)")


# "16.95 To receive apologies ... 16.96 To receive declarations ... 16.100 ...": the year, a stop, the running minute
_FLAT_YEAR_DOT = re.compile(r"(?<=\s)(?P<prefix>\d{2})\.(?P<value>\d{2,3})\s+(?=[A-Z][a-z]{1,})")
# "C133 Police Report ... C134 Reports on Matters ...": the council's letter before its running number
_FLAT_LETTERED = re.compile(r"(?<=\s)(?P<prefix>[A-Z]{1,3})(?P<value>\d{2,4})\s+(?=[A-Z][a-z]{2,})")


def _caps_number_breaks(line: str, flat: bool = False) -> str:
    """A line break before each minute number that continues a run and opens a capitals title (or,
    failing that, a title in words, for running numbers of three or four figures, bare or after
    the council's letters)."""
    # (numbers in brackets only where the whole page was flattened: "(1) LOWER HOLM FARM ... (2) THE OLD FORGE" in one paragraph
    # of a page that kept its lines is a list of applications)
    # (and only where no other run of numbers was found first: "41. ... (1) LOWER HOLM FARM ... (2) ... 42. ...")
    matches = list(_FLAT_CAPS_NUMBER.finditer(" " + line))
    best = _longest_run([match for match in matches if not match.group("open")])
    if len(best) < 3 and flat and "\n" not in line and len(re.findall(r"(?<=\s)\d{1,3}\.\s+[A-Z]{3,}", line)) < 2:
        best = _longest_run([match for match in matches if match.group("open")])
    if len(best) < 3:
        best = _longest_run([match for match in _FLAT_RUNNING.finditer(" " + line) if not (match.group("stop") and 1900 <= int(match.group("value")) <= 2099)])
    if len(best) < 3:
        best = _longest_run(list(_FLAT_LETTERED.finditer(" " + line)), lambda match: match.group("prefix"))
    if len(best) < 3:
        best = _longest_run(list(_FLAT_YEAR_DOT.finditer(" " + line)), lambda match: match.group("prefix"))
    return _split_at(line, [match.start() - 1 for match in best]) if len(best) >= 3 else line


# "(a) Parish Benches", "a) Hedge corner", "a/ Square b/ Playing field", "a. Burglaries in ... b. Bus shelter ..."
_FLAT_LETTER = re.compile(r"(?<=\s)(?:\(?(?P<letter>[a-z])\)\s+|(?P<slashed>[a-z])/\s*|(?P<dotted>[a-h])\.\s+)(?=[A-Z])")


def _lettered_breaks(line: str) -> str:
    """ "(a) Parish Benches: ... (b) Village Sign: ... (c) Playpark: ...": a line break before each
    lettered point of a run of three or more that goes a, b, c."""
    out = []
    for piece in line.split("\n"):
        matches = list(_FLAT_LETTER.finditer(" " + piece))
        cuts: list[int] = []
        expected = "a"
        for match in matches:
            # (a dotted letter after the first only after a sentence's end: "Plot a. ... Plot b. Remains ..." is none)
            dotted_mid = match.group("dotted") and expected != "a" and not re.search(r"[.;:)]\s*$", (" " + piece)[: match.start()])
            if (match.group("letter") or match.group("slashed") or match.group("dotted")) == expected and not dotted_mid:
                cuts.append(match.start() - 1)
                expected = chr(ord(expected) + 1)
        if len(cuts) < 3:
            # "(1) Rosehall noticeboard. ... (2) Chair requested ... (3) It was agreed ...": numbered points
            cuts = []
            for match in _FLAT_BRACKETED_NUMBER.finditer(piece):
                if int(match.group("n")) == len(cuts) + 1:
                    cuts.append(match.start())
        if len(cuts) < 3:
            # "(i) Planning. Nothing new. (ii) Roads. The white lining ... (iii) Finance. ...": points in roman figures
            romans: list[int] = []
            for match in _FLAT_BRACKETED_ROMAN.finditer(piece):
                if len(romans) < len(_ROMAN_ORDER) and match.group("r") == _ROMAN_ORDER[len(romans)]:
                    romans.append(match.start())
            # (never options or points a sentence announces: "three options for the wall: (i) Repair ... (ii) Rebuild ...")
            announced = romans and re.search(r"(?i)\b(?:options?|choices|points|ways|routes|proposals|following|as\s+follows|namely)\b[^.]{0,60}$", piece[: romans[0]])
            cuts = romans if len(romans) >= 3 and not announced else cuts
        out.append(_split_at(piece, cuts) if len(cuts) >= 3 or len(cuts) == 2 and piece[cuts[0]:].startswith("(1)") else piece)
    return "\n".join(out)


_FLAT_BRACKETED_NUMBER = re.compile(r"(?<=[\w.;:)]\s)\((?P<n>\d{1,2})\)\s+(?=[A-Z][a-z])")
_FLAT_BRACKETED_ROMAN = re.compile(r"(?<=[\w.;:)]\s)\((?P<r>[ivx]{1,4})\)\s+(?=[A-Z])")
_ROMAN_ORDER = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")


_RUN_ON_LETTER = re.compile(r"(?<=[\s.;:])(?:\((?P<bracketed>[a-h])\)|(?P<dotted>[a-h])[.)])\s+(?=[A-Z\u201c\"'(])")


def run_on_points(line: str) -> list[str]:
    """A minute whose lettered points run on in one line ("a. Payments confirmed b. Action -
    Clerk to write ..."): one line per point. Only a line that opens with "a." or "(a)" and
    goes on to "b." is split, so "Plan b. The ..." inside a sentence is left alone."""
    opening = re.match(r"^\s*(?:\(a\)|a[.)])\s+\S", line)
    if not opening:
        return [line]
    cuts: list[int] = []
    expected = "b"
    for match in _RUN_ON_LETTER.finditer(line, opening.end()):
        if (match.group("bracketed") or match.group("dotted")) == expected:
            cuts.append(match.start())
            expected = chr(ord(expected) + 1)
    if not cuts:
        return [line]
    return [piece.strip() for piece in _split_at(line, cuts).split("\n") if piece.strip()]




# ("ITEM 1 (258) PUBLIC FORUM ITEM 2 (259) RECEIVE APOLOGIES ...": in capitals, the running minute in brackets after it)
_FLAT_ITEM = re.compile(r"(?:^\s*|(?<=[.:;)\s]))(?=(?:Agenda\s+)?(?:Item|ITEM)\s+(\d{1,3})[.:]?(?:\s+\(\d{1,4}\))?\s+[A-Z])")  # ("Item 1:   Apologies")


def _item_breaks(line: str) -> str:
    """ "... Item 1. Welcome/apologies ... Item 2. Minutes of November ...": items printed with the word
    Item, run onto one line; a break before each that continues the run (two are enough)."""
    cuts: list[int] = []
    last: int | None = None
    for match in _FLAT_ITEM.finditer(line):
        value = int(match.group(1))
        if last is None or value == last + 1:
            cuts.append(match.end())
            last = value
    # "... at 7.00 p.m. 41.0. Item 1: Members present ... 42.0. Item 2 Interests ...": the minute's own number
    # before each, going up by one, heads its item with it
    minutes = [re.search(r"(?:^|\s)(\d{1,4})(?:\.\d{1,2})?\.?\s+$", line[max(0, cut - 12) : cut]) for cut in cuts]
    if len(cuts) >= 2 and all(minutes) and all(int(b.group(1)) == int(a.group(1)) + 1 for a, b in zip(minutes, minutes[1:])):
        cuts = [cut - len(minute.group(0).lstrip()) for cut, minute in zip(cuts, minutes)]
    return _split_at(line, cuts) if len(cuts) >= 2 else line


# (an item numbered with its point nought, "1.0 BUSINESS ARISING 1.1 Visit from ... 1.2 ...", heads its points too)
_ITEM_HEAD = re.compile(r"^\s*(?:(?:Agenda\s+)?Item\s+)?(\d{1,2})(?:\.0)?\.?\s+[A-Z]")


def _decimal_point_breaks(line: str) -> str:
    """ "Item 2 Public Session: 2.1 Police Report – No report 2.2 FVCC update – ...": an item's points
    2.1, 2.2 ... run onto its heading's line, each on a line of its own ("4.2 7.1 Arrange ...", a
    point that cites an earlier minute, too)."""
    head = _ITEM_HEAD.match(line)
    if head is None:
        return line
    cuts: list[int] = []
    for match in re.finditer(rf"(?<=\s){head.group(1)}\.(\d{{1,2}})\s+(?=[A-Z]|\d{{1,2}}\.\d{{1,2}}\s+[A-Z])", line):
        if int(match.group(1)) == len(cuts) + 1:
            cuts.append(match.start())
    return _split_at(line, cuts) if cuts else line



# "6. Finance - Cheques were co-signed. - A donation of £250 proposed A Reid 2nd B Hale. - ...": a bullet after each sentence
_FLAT_DASH = re.compile(r"(?<=[.!?])\s+(?=[-\u2013\u2022]\s+[A-Z])")


def _dash_breaks(pieces: list[str]) -> list[str]:
    """Each bullet of a list run on after its sentences on a line of its own, where three or more run so."""
    out: list[str] = []
    for piece in pieces:
        bullets = list(_FLAT_DASH.finditer(piece))
        out.extend(_split_at(piece, [match.end() for match in bullets]).split("\n") if len(bullets) >= 3 else [piece])
    return out


# "... 21 - 36 2035": a summons' page range after an item's title, left where its date was wrapped
_PAGE_RANGE = re.compile(r"\s+\d{1,3}\s*[-\u2013]\s*\d{1,3}(?=(?:\s+(?:19|20)\d\d)?\s*$)")
_NUMBERED_LINE = re.compile(r"^\s*\d{1,3}[.)]\s+[A-Z]")


def _summons_runs(lines: list[str]) -> list[str]:
    """ "1. Apologies 2. Interests 3. Mayor's Business", "Items for Decision 4. ... 11. Awards Report 73 -
    78": a summons whose items run three or more to a line, on a page where no other line opens with an item's number,
    each item on its own line (its page range dropped)."""
    runs = {index: _split_at(line, cuts).split("\n") for index, line in enumerate(lines[:3000]) if _NUMBERED_LINE.match(line) or len(line) >= 60
            for cuts in [run_breaks(line) if len(line) < 5000 else None] if cuts and _titles_only(line, cuts)}
    if not runs or sum(1 for index, line in enumerate(lines[:3000]) if index not in runs and _NUMBERED_LINE.match(line)) >= 2:
        return lines
    out: list[str] = []
    for index, line in enumerate(lines):
        pieces = runs.get(index)
        out.extend([_PAGE_RANGE.sub("", piece) if _NUMBERED_LINE.match(piece) else piece for piece in pieces] if pieces else [line])
    return out


def _titles_only(line: str, cuts: list[int]) -> bool:
    """Whether each numbered piece of `line` is a title alone: short, with no sentence after it (a summons' list, never
    a page's minutes run together)."""
    pieces = [line[start:end].strip() for start, end in zip(cuts, cuts[1:] + [len(line)])]
    if re.match(r"\s*\d", line) and cuts[0] > 0:
        pieces.append(line[: cuts[0]].strip())
    return all(len(piece) <= 110 and not re.search(r"[a-z)][.!?;](?:\s+\S|$)", piece) for piece in pieces)


def _dashed_run(line: str) -> bool:
    """Whether each number of the line's run is of two parts or more with a dash or a colon after it ("01/01/2036 - Apologies"):
    items run on in a paragraph, never a list of quotes or applications in a sentence ("1. Greenleaf Roofing ...")."""
    cuts = run_breaks(line)  # (and numbers of two parts or more, "01/01/2036", "125/07/16": never a list's "1:", "2:")
    return bool(cuts) and all(re.match(r"\S*\d[./]\d\S*\s*[-\u2013:]\s", line[cut:]) for cut in cuts)


_LINE_NUMBER = re.compile(r"\s*\(?[A-Z]{0,4}\d{1,4}(?:[./:-]\d{1,4}){0,3}[.):]?\s*[-\u2013:]?\s*[A-Z\"\u201c\u2018]")
_NUMBER_OPENING = re.compile(r"^(?:[A-Z]{0,4}\d{1,4}/\d{2,4}\s+)?\(?\d{1,4}[.)]?\s+")


def _run_around(whole: str, broken: str) -> bool:
    """Whether a longer run of numbers of another form holds the breaks already found within it: "23.012. ... 23.018.
    It was resolved: 01. ... 05. ... 23.019. ...", where "01." to "05." are one minute's list and "23.0NN" its items."""
    cuts = run_breaks(whole)
    parts = broken.split("\n")
    if not cuts or len(cuts) < len(parts):
        return False
    first, last = len(parts[0]), len(broken) - len(parts[-1])  # (each break stands where a space was, so offsets hold)
    return min(cuts) < first and max(cuts) > last


# "03/2011 Members' Declarations : a. Declarations of interests ...", "4460/20 CHAIRMAN'S REPORT a) The Chairman ...": an
# item's number and a short title, then its first lettered point run on to the same line
_FIRST_POINT = re.compile(
    r"^(?P<head>\s*(?:[A-Z]{0,4}\d{1,4}(?:[./]\d{1,4}){0,2}[a-z]?[.):]?)\s+[A-Z][^.;:\u2013\u2014]{2,80}?(?:\s*[:\u2013\u2014-])?)"
    r"\s+(?P<mark>\(a\)|a[.)])\s+(?=[A-Z])")


# (never the lead-in of a decision's lettered clauses: "2. Play area It was agreed a) To buy ... b) To repaint ...")
_LEADS_IN = re.compile(r"(?i)\b(?:agreed|resolved|decided|decision|recommend(?:ed|ations?)?|approved|noted|that|following|follows|to)\W*$")


def _first_point_apart(lines: list[str]) -> list[str]:
    """An item's first lettered point run on after its title, on its own line, where the points after it go on in the same
    mark: "b." (or "(b)", "b)") opening one of the next few lines, or run on in the same line after it (so each point
    is seen as the sub-item it is)."""
    out: list[str] = []
    for index, line in enumerate(lines):
        match = _FIRST_POINT.match(line) if len(line) < 3000 else None
        if match and not _LEADS_IN.search(match.group("head")):
            mark = match.group("mark")
            second = mark.replace("a", "b")
            below = [l.strip() for l in lines[index + 1 : index + 8] if l.strip()][:3]
            rest = line[match.start("mark") :]
            cuts: list[int] = []  # (the points after it run on in the same line: "... b) Letter from ... c) ...")
            for letter in "bcdefgh":
                found = re.compile(rf"(?<=\s){re.escape(mark.replace('a', letter))}\s+(?=[A-Z])").search(rest, (cuts or [0])[-1] + 1)
                if not found:
                    break
                cuts.append(found.start())
            if any(l.startswith(second + " ") for l in below) or cuts:
                out.append(match.group("head").rstrip())
                out.extend(piece.strip() for piece in _split_at(rest, cuts).split("\n"))
                continue
        out.append(line)
    return out


# a minute number opening a line or a run's piece: "25.14 MEMBERS' DECLARATIONS", "112/36 Planning"
_OPENING_NUMBER = re.compile(r"^\s*(\d{1,4})([./]\d{2})\b(?![./]\d)")  # (never a date, "6.10.36")


def _run_goes_on_below(line: str, nxt: re.Match[str] | None, years: set[str]) -> list[str] | None:
    """The pieces of a long paragraph holding a run of minute numbers that the page's own lines go on with: "21.14 PUBLIC FORUM ...
    22.14 ... 24.14 ..." run together in one paragraph, then `nxt`, "25.14 MEMBERS' DECLARATIONS", the next minute number
    opening the next line with words (the same shape, the next number, its fixed part a year the page names, 2014). A run
    alone in a paragraph is left as it is, and so are prices, times and sections ("1.50 Tea", "12.00 Opening", "21.3 ...")."""
    if nxt is None or nxt.group(2)[1:] not in years:
        return None
    pieces = run_pieces(line) or []
    numbers = [found for piece in pieces[1:] if (found := _OPENING_NUMBER.match(piece))]
    goes_on = len(numbers) >= 3 and numbers[-1].group(2) == nxt.group(2) and int(numbers[-1].group(1)) + 1 == int(nxt.group(1))
    return pieces if goes_on else None  # (None where it does not)


def _indent_kept(line: str, parts: list[str]) -> list[str]:
    """The pieces of `line`, its first set in as the line was (a list's depth is its indent: "    1. Stream wall ...")."""
    lead = line[: len(line) - len(line.lstrip(" \t\u00a0"))]
    if lead and parts and parts[0] and not parts[0][:1].isspace() and line.lstrip(" \t\u00a0").startswith(parts[0][:40]):
        parts[0] = lead + parts[0]
    return parts


def unflatten(lines: list[str]) -> list[str]:
    """Very long lines broken before numbered items and decisions; other lines as they are."""
    lines = _first_point_apart(_summons_runs(runs_across_lines(lines)))
    out: list[str] = []
    # (a page flattened whole: a few lines hold it all; a long paragraph of a page that kept its lines is left be)
    # (and no line of it opens with a number: where some do, those are its items and a run inside a line is a list)
    # (one line holds nearly all of it: a page of a few short lines and a long paragraph is not one flattened)
    flat = sum(1 for line in lines[:40] if line.strip()) <= 8 and sum(1 for line in lines[:40] if re.match(r"\s*\d", line)) < 2 \
        and max((len(line) for line in lines[:40]), default=0) >= 0.8 * sum(len(line) for line in lines[:40])
    # (a page that kept its paragraphs but lost the breaks inside them: no line of it opens with a number, so a run
    # of numbers inside its long paragraphs is its items, "PART 1 01/01/2036 - Apologies ... 02/01/2036 - ...")
    paragraphs = not flat and not any(_LINE_NUMBER.match(line) for line in lines)
    if flat:
        lines = [row for line in lines for row in (bar_rows(line) or [line])]  # ("No. | Item | Apologies Minutes: None. | ...")
    prepared = _pipe_rows(glued_runs(word_markers(mid_line_references(mid_line_items(first_prefixed_item(_lettered_reference_runs(lines)))))))
    # (the minute number opening the first line with words after each line, where it has one; and the years the page names)
    below: list[re.Match[str] | None] = [None] * (len(prepared) + 1)
    for at in range(len(prepared) - 1, -1, -1):
        below[at] = _OPENING_NUMBER.match(prepared[at]) if prepared[at].strip() else below[at + 1]
    years = {year[2:] for line in lines for year in re.findall(r"\b(?:19|20)\d\d\b", line)}
    for at, line in enumerate(prepared):
        pieces = run_pieces(line) if (flat or paragraphs and _dashed_run(line)) and 200 <= len(line) < 500 else None
        if pieces:  # a page flattened whole, though short: its run of item numbers, if it has one
            out.extend(pieces)
            continue
        if len(line) < 500:
            # a shorter line may still hold a run of lettered points: "3. CLERK'S REPORT a) ... b) ... c) ..."
            points = _decimal_point_breaks(dash_bullet_breaks(line) if flat else line).split("\n")
            parts = [part for point in points for part in (_lettered_breaks(_item_breaks(point)).split("\n") if len(point) >= 250 else [point])]
            out.extend(_indent_kept(line, parts))
            continue
        whole, line = line, _caps_number_breaks(_dated_breaks(_reference_breaks(_item_breaks(_sequence_breaks(line, stops=flat)))), flat)
        if flat and "\n" in line and _run_around(whole, line):
            line = "\n".join(run_pieces(whole) or [line])  # ("23.012. ... 23.019. It was resolved: 01. ... 05. ...": the items' run)
        elif "\n" not in line and (flat or paragraphs and _dashed_run(line)):
            pieces = run_pieces(line)  # numbers of a shape none of the above knows, found by their run alone
            line = "\n".join(pieces) if pieces else line
        elif "\n" not in line and (pieces := _run_goes_on_below(line, below[at + 1], years)):
            line = "\n".join(pieces)
        if "\n" not in line and flat:
            line = ones_breaks(line)  # ("1. Minutes ... 1. Apologies ... 1. Declarations ...": a list that lost its numbering)
        if "\n" not in line and flat:
            line = caps_heading_breaks(line)  # ("... 7.30pm APOLOGIES FOR ABSENCE Apologies were ...": headings in capitals alone)
        if "\n" not in line and flat:
            line = title_heading_breaks(line)  # ("... Noticeboard. Planning Report CCllr Pilmer delivered ...": in title case)
        line = dash_bullet_breaks(line) if flat and "\n" not in line else line  # ("AGENDA - Welcome - To receive apologies - ...")
        line = _lettered_breaks(bullet_breaks(line) if flat else line)
        line = "\n".join(_bilingual_breaks(part) if len(part) >= 500 else part for part in line.split("\n"))
        start = len(out)
        for piece in (part for chunk in line.split("\n") for point in _decimal_point_breaks(chunk).split("\n") for part in _dash_breaks(_FLAT_BREAK.split(point))):
            piece = piece.strip()
            # (a table's cells run together with a slash between, "38. / COMMITTEES (a) / Planning ...": its first point after;
            # never a day cut from its ordinal, "1 ASHBY PARISH COUNCIL MINUTES 10 th February 2036")
            caps = re.match(r"^((?:[A-Z]{0,4}\d{1,4}/\d{2,4}\s+)?\d{1,3}\.\s+(?:/\s+)?[A-Z][A-Z0-9 ,&'\u2019/-]{3,}?|(?:\d{1,4}|\(\d{1,4}\))\s+[A-Z][A-Z0-9 ,&'\u2019/-]{3,}?)\s+(?!(?:st|nd|rd|th)\s)(?=[A-Z][a-z]|[a-z]|(?:RESOLVED|AGREED)\b|A\s+[a-z]|\([a-h]\)\s)(.*)$", piece)
            titled = None if caps else _FLAT_TITLE.match(piece)
            if caps and is_caps_line(caps.group(1)):
                rest = caps.group(2)
                if re.match(r"(?:were|was|is|are|had|has|have|will|would)\b", rest):
                    # "3. MINUTES OF THE MAY MEETING were read and approved ...": the heading is its sentence's subject, kept in it
                    rest = _NUMBER_OPENING.sub("", caps.group(1)) + " " + rest
                out.extend([caps.group(1), rest])
            elif titled and len(titled.group("title").split()) <= 10:
                out.extend([f"{titled.group('number')}{titled.group('stop')} {titled.group('title')}", titled.group("rest")])
            else:
                out.append(piece)
        out[start:] = _indent_kept(whole, out[start:])
    # ("... website Minutes of meeting 14th July ... Present: ..."; a table's rows once broken, "42) | Matters Arising | | ...")
    out = opening_breaks(out) if flat else out
    out = _pipe_rows(out) if flat and sum(1 for line in out if re.match(r"\(?\d{1,4}[.)]\s*\|\s*[A-Z]", line)) >= 3 else out
    # (and once more where breaking a flattened page put an item's number and its first point at a line's start)
    return _first_point_apart(word_markers(out) if len(out) > len(lines) else out)
