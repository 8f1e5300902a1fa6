"""Item numbers of any shape run onto one line: the run that goes up one by one.

A page a document-sharing site flattened into one paragraph keeps its item numbers but loses the
line breaks before them ("... present. 125/07/16 - Apologies for absence None received. 126/07/16 -
Declarations ..."). `flattened.py` knows the common shapes one by one; this reads the rest by their
form alone: every number-like word followed by a title's capital, each split into its figures, and
the longest run in which one figure goes up by one while the others stay the same.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict

# a number-like word ("18/23.", "125/07/16", "F01:04/24", "2016/27", "26/07/2020", "C12", "4)") after a space or a
# table's bar, then its separator, then a capital (a title's first letter, or an opening quote before it)
# (a council's letters between the minute and its year, "272/PC/19 \u2013 Apologies"; six figures of year, month and
# minute, "201004. Minutes of previous meeting")
# (a council's letters after the year, "109/19/TC Declarations", or a committee's letter inside, "19.C.85 DECLARATIONS")
# (and a council's running number in brackets after the minute's, "215(2) Declarations", "214a(1) Apologies": it runs by the minute)
_WORD = r"(?:[A-Z]{1,4}[./]?)?\d{1,6}(?:[./:-](?:[A-Z]{1,4}[/.])?\d{1,4}){0,3}(?:/[A-Z]{1,4}(?=\s)|(?<=\d\d)[a-h]?\(\d{1,3}\)(?=\s)|(?<!\d\d)\(\d{1,3}\)(?=\s))?"
# (a reference glued to its title, "2016/27Declarations of Interest", with no separator at all; a slash after the number,
# "4/ Minutes of May meeting", "5/Parish Property"; a table's cells run together with a slash between, "34. / APOLOGIES", or a bar after the bracket, "41) | Minutes")
_SEP = r"(?P<sep>\.?\s*[-\u2013:)]\s*\|?\s*|\.?\s*\|\s*|\.?\s+/\s+|\.?\s+|\.(?=[A-Z])|(?<=\d)/\s*(?=[A-Z][a-z])|(?<=\d)(?=[A-Z][a-z]|[A-Z]{3}))"
# (and an earlier minute's number in brackets between them: "294/26 (244/26) Clerk had visited ...", a matter arising; or
# the month's reference after the council's own, "HR2. 01/16 Public Consultation: ...")
_TOKEN = re.compile(r"(?:(?<=\s)|(?<=\|)|^)(?P<token>" + _WORD + ")" + _SEP + r"(?:\(\d{1,4}(?:[./]\d{1,4}){0,2}\)\s+|(?<=[A-Z]\d\.\s)\d{2}/\d{2}\s+|(?<=[A-Z]\d\d\.\s)\d{2}/\d{2}\s+)?(?=[\"\u201c\u2018']?[A-Z])")
_FIGURES = re.compile(r"\d+")
# (but a table's header flattened before its first row, "No. Item 1. Election of Chair", cites nothing)
_CITED = re.compile(r"(?<!No\.\s)(?<!No\s)\b(?i:item|minutes?|para(?:graph)?|page|appendix|annex|section|no\.?|number)\s*$")  # ("see minutes 12.35, ...")
_MONTH_WORD = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")


def run_breaks(line: str) -> list[int] | None:
    """The offsets to break `line` before: the longest run (three or more) of number-like words of one form whose
    running figure goes up by one; None when there is no such run."""
    chains: dict[tuple[str, int], dict[int, tuple[int, int]]] = defaultdict(dict)  # form -> value -> (length, start)
    links: dict[tuple[tuple[str, int], int], int | None] = {}
    best: tuple[int, tuple[str, int], int] | None = None  # (length, form, last start)
    for match in _TOKEN.finditer(line):
        token = match.group("token")
        if _CITED.search(line, max(0, match.start() - 12), match.start()):
            continue  # "see Agenda Item 12.", "minute 40 above", "page 3": a number cited, not one heading its item
        if _MONTH_WORD.match(line, match.end()) or re.fullmatch(r"(?:19|20)\d\d", token):
            continue  # "12 March", "in 2024 The ...": a date or a year, never an item's number
        figures = list(_FIGURES.finditer(re.sub(r"[a-h]?\(\d{1,3}\)$", "", token)))  # (a bracketed running number is no figure of the run)
        if not match.group("sep") and len(figures) < 2:
            continue  # only a reference glues to its title; "4Apples" is no item
        for position, figure in enumerate(figures):
            # the form: the word with this figure blanked ("#/07/16" runs 125, 126, 127; "18/#" would not)
            form = (token[: figure.start()] + "#" + re.sub(r"[a-h]?\(\d{1,3}\)$", "(n)", token[figure.end() :]), position)
            if form[0] == "#.1" or re.fullmatch(r"[A-Z]{1,4}#", form[0]) and not match.group("sep").startswith("."):
                continue  # "1.1 It was proposed ...": each item's first paragraph; "C133" is flattened.py's (never "the A465 road"; "HR2." is an item's)
            colon = match.group("sep").startswith(":") and len(token) >= 3  # ("Footpath 11: The bridge ..." labels a path)
            if form[0] == "#" and not (match.group("sep").startswith((".", ")", "|", "/")) or colon) and not re.search(r"[.!?:;)|\d]\s*$", line[max(0, match.start() - 3) : match.start()]):
                continue  # a bare number after a word is a label's ("Tender 1 Greenways ...", "policy 4 Housing ..."), not an item's
                # (one with a colon is an item's: "... Cllr Ward 884: Apologies Received: ...")
            value = int(figure.group())
            chain = chains[form]
            before = chain.get(value - 1) or chain.get(value - 2)  # (one number may be missing: a slip, "28/072020")
            length = before[0] + 1 if before else 1
            if value in chain and chain[value][0] >= length:
                continue  # the same number again ("see minute 18/23 above"): the first of the run stands
            chain[value] = (length, match.start())
            links[(form, match.start())] = before[1] if before else None
            if best is None or length > best[0]:
                best = (length, form, match.start())
    if best is None or best[0] < 3:
        return None
    _, form, start = best
    cuts: list[int] = []
    at: int | None = start
    while at is not None:
        cuts.append(at)
        at = links[(form, at)]
    if re.search(r"(?i)\b(?:resolved|agreed|decided|recommend(?:ed|s)?)\b[^.;]{0,80}$", line[max(0, min(cuts) - 120) : min(cuts)]):
        return None  # "it was RESOLVED that the council: 1. Adopts ... 2. Reviews ...": a decision's clauses
    # "Tender 1 ... Tender 2 ... Tender 3", "policy 4 ... policy 5": the same word before each number labels a list
    # (a word, not a mark or a label's colon: "| 1 | ... | 2 |", "Additional documents: 2. ..." stay items)
    before = [re.search(r"(?<![\w-])([A-Za-z][\w-]*)\s+$", line[max(0, cut - 30) : cut]) for cut in cuts]
    words = [match.group(1).lower() for match in before if match]
    if words and max(words.count(word) for word in words) * 2 > len(cuts):
        return None
    return sorted(cut for cut in cuts if cut > 0)


# a title in capitals, then the item's first point run on after it
_CAPS_THEN_POINT = re.compile(r"^(?P<head>\S+\s+[A-Z][A-Z0-9 ,&'\u2019/()-]{2,80}?)\s+(?P<rest>\d{1,3}\.1\s+[A-Z].*)$", re.DOTALL)
_NUMBER_AND_SEP = re.compile(r"^(?P<number>" + _WORD + r"\.?)" + _SEP)
# a title in sentence case and the text after it: "Public participation Two residents raised ...", "Planning matters: none"
# (a capital after a word in small letters starts the text; never after a word that joins a title's words, "Adoption of
# Minutes"; nor where the text itself opens a sentence, "Apologies had been received ...")
_SENTENCE_CASE_TITLE = re.compile(
    r"(?P<title>(?!(?:The|It|There|This|A|An|No|All|Members|Councillors?|Cllrs?|Mr|Mrs|Ms|Dr|He|She|They|We)\b)[A-Z][\w'\u2019-]*"
    r"(?:\s+[a-z][\w'\u2019/-]*){1,7}?)(?<!\bof)(?<!\band)(?<!\bfor)(?<!\bthe)(?<!\bto)(?<!\bin)(?<!\bon)(?<!\bwith)(?<!\bby)(?<!\ba)"
    r"(?::\s*(?=\S)|\s+(?=[A-Z]))(?P<rest>.*)$",
    re.DOTALL,
)


def split_at(line: str, cuts: list[int]) -> str:
    """`line` broken before each offset in `cuts`, each piece stripped."""
    pieces = [line[a:b] for a, b in zip([0] + cuts, cuts + [len(line)])]
    return "\n".join(piece.strip() for piece in pieces if piece.strip())


# a title in title case and the text after it, where the text opens as a record's sentence does: "Apologies for Absence
# APOLOGIES were received ...", "County Councillor's Report Cllr Bagge reported ...", "Public Session (7.30 pm) The meeting ..."
_TITLE_CASE_TITLE = re.compile(
    r"(?P<title>[A-Z][\w'\u2019&/-]*(?:\s+(?:[A-Z(\d][\w'\u2019&().:/-]*|(?:am|pm)[\w.():-]*|of|and|for|the|to|on|in|at|by|with|&|[-\u2013])){0,9}?)"
    r"\s+(?P<rest>(?:The|It|There|This|Members|Cllrs?|Councillors?(?=\s+[A-Z][a-z])|Mr|Mrs|Ms|Dr|No|None|Nothing|APOLOGIES"
    r"|[A-Z]{2,3}\s+(?:to|reported|said|advised)"
    # (or an officer and a verb, "Welcome Chairman welcomed ...", an agenda's purpose, "Public Forum To receive comments ...")
    r"|(?:Chairman|Chair|Chairperson|Clerk|Mayor|Treasurer|Secretary)\s+(?:[a-z]{2,}ed|was|had)(?=\s)|To(?=\s+[a-z]{3,}\s))(?=\s).*)$",
    # (never "County Councillor's Report", "Appointment of Clerk Applications were ...")
    re.DOTALL,
)


def run_pieces(line: str) -> list[str] | None:
    """`line` broken before each number of its run; a title in sentence case is set on its own line above the text run
    on after it (a title in capitals or in title case is left to the item reader). None when there is no run."""
    cuts = run_breaks(line)
    if not cuts:
        return None
    out = [line[: cuts[0]].strip()]
    for start, end in zip(cuts, cuts[1:] + [len(line)]):
        piece = line[start:end].strip()
        head = _NUMBER_AND_SEP.match(piece)
        titled = _SENTENCE_CASE_TITLE.match(piece, head.end()) if head else None
        # ("To receive Declarations of Interest ...": an agenda's verb, its object in capitals; never the title "To receive")
        titled = None if titled and re.fullmatch(r"To\s+[a-z]+", titled.group("title")) else titled
        pointed = _CAPS_THEN_POINT.match(piece) if head else None
        if pointed:
            out.extend([pointed.group("head"), pointed.group("rest")])  # "2.0 APOLOGIES 2.1 Apologies were received ...": its first point
        elif head and titled and titled.group("rest").strip():
            out.extend([f"{head.group('number')} {titled.group('title')}", titled.group("rest").strip()])
        elif head and (cased := _TITLE_CASE_TITLE.match(piece, head.end())):
            out.extend([f"{head.group('number')} {cased.group('title')}", cased.group("rest").strip()])
        elif head and not head.group("sep"):
            out.append(f"{head.group('number')} {piece[head.end():]}")  # "2031/27Declarations ...": the space it lost
        else:
            out.append(piece)
    return [piece for piece in out if piece]


def _page_years(text: str) -> set[str]:
    """The years the page names, whole and by their last two figures ("2036", "36")."""
    whole = set(re.findall(r"\b(?:19|20)\d\d\b", text))
    return whole | {year[2:] for year in whole}


def _line_starts(text: str) -> list[int]:
    """Where each line of `text` starts, for looking a place's line up by bisection (linear in the page)."""
    return [0] + [newline.end() for newline in re.finditer("\n", text)]


def _distinctive(tokens: list[str], years: set[str]) -> bool:
    """Whether a run's references are a council's own, never a list's "3." or a paragraph's "412.1", "412.2": the figure
    that runs is of three or more ("17402", "106-19", "23/057"), or a figure that stays is a year the page names
    ("12/19", "7-23")."""
    figures = [_FIGURES.findall(token) for token in tokens]
    if len({len(found) for found in figures}) != 1:
        return False
    running = [position for position in range(len(figures[0])) if len({found[position] for found in figures}) > 1]
    fixed = [position for position in range(len(figures[0])) if position not in running]
    return len(running) == 1 and (all(len(found[running[0]]) >= 3 for found in figures) or any(figures[0][position] in years for position in fixed))


# (or a heading in capitals the reference was printed into: "RECEIVE DECLARATIONS OF INTEREST AND CONSIDER 51/36 GRANTING ...")
_HEADING_BEFORE = re.compile(r"(?:^|\n|[.!?]\s)\s*(?:[A-Z][\w'\u2019&/ -]{0,40}\s*[:\u2013-]|[A-Z][A-Z0-9 ,&'\u2019/()-]{3,})\s*$")


_ENDED_BEFORE = re.compile(r"(?:[.:;)\]]|\d(?:hrs|am|pm|\.m\.)?|\b(?:hrs|am|pm))\s+$")


def runs_across_lines(lines: list[str]) -> list[str]:
    """A page whose minute references open some of its lines and run on inside others: "17403 Ratification of ..."
    on a line of its own, while "... (ill). 17402 Code of Conduct ..." lost its break. The run is found over the whole
    page (the one figure going up by one); where two or more of its references open lines, the rest are broken
    before as well. A run inside one paragraph alone, or of plain "1.", "2.", is left to the readers after."""
    text = "\n".join(lines)
    if len(text) > 400_000 or len(lines) < 3:
        return lines
    cuts = run_breaks(text)
    if not cuts or len(cuts) < 4:
        return lines
    starts = _line_starts(text)
    line_start = {cut: starts[bisect_right(starts, cut) - 1] for cut in cuts}
    opening = {cut for cut in cuts if not text[line_start[cut] : cut].strip()}
    inside = [cut for cut in cuts if cut not in opening]
    years = _page_years(text)
    tokens = [match.group("token") for cut in cuts if (match := _TOKEN.match(text, cut))]
    if len(opening) < 2 or not inside or len(tokens) < len(cuts) or not _distinctive(tokens, years):
        return lines
    # (a reference that also opens a line of its own is that line's: "... seconded Cllr [...] 392 The Minutes ..." in a
    # teaser above the minutes, where "392 The Minutes having been ..." opens its line below)
    heads = {match.group("token") for line in lines if (match := _TOKEN.match(line.lstrip()))}
    inside = [cut for cut in inside if (match := _TOKEN.match(text, cut)) and match.group("token") not in heads]
    # (nor one printed after its heading, "Apologies: 101/2037 Cllrs Hughes and Price.": the heading's number, read so after)
    inside = [cut for cut in inside if not _HEADING_BEFORE.search(text[max(line_start[cut], cut - 120) : cut])]
    # (and only after a sentence's end or the meeting's time, "... (ill). 36402 ...", "... at 19:00hrs 105-36 ...": never one cited,
    # "(Discussed after 53/36)", "see 104/36 above")
    inside = [cut for cut in inside if _ENDED_BEFORE.search(text, max(0, cut - 40), cut) and not _in_brackets(text, line_start[cut], cut)]
    at = 0
    pieces: list[str] = []
    for cut in inside:
        pieces.append(text[at:cut].rstrip(" \t\u00a0"))
        at = cut
    pieces.append(text[at:])
    return "\n".join(pieces).split("\n")


def _in_brackets(text: str, start: int, cut: int) -> bool:
    """Whether `cut` stands inside a bracket opened earlier on its line (looked at over the 200 characters before it)."""
    before = text[max(start, cut - 200) : cut]
    return before.count("(") > before.count(")")


def _numbered_otherwise(lines: list[str]) -> bool:
    """Whether the page numbers its agenda otherwise as well ("1. Apologies ...", "2. To approve ..."): its running minutes
    may then stand under the agenda's headings, read so elsewhere."""
    return sum(1 for line in lines if re.match(r"\s*\d{1,2}[.)]?\s+[A-Z][a-z]", line)) >= 2


# a street's name after a number: a house in a list of plans, "107 Bridge Street - replacement shopfront", never a minute
_ADDRESS = re.compile(r"(?:[A-Z][\w'\u2019-]+\s+){1,3}(?:Road|Street|Lane|Close|Avenue|Drive|Way|Place|Court|Crescent|Gardens|Terrace|Hill|Green|Row|Walk|Mews|Square)\b")


def page_run_references(lines: list[str]) -> set[str]:
    """The council's references that open lines of the page and run by one through it ("17403", "17404", ...; "105-19",
    "106-19", ...), four or more of a shape `_distinctive` allows: each is a minute, whatever its line goes on to say
    ("17403 Ratification of the minutes of the meeting held on ...")."""
    text = "\n".join(lines)
    cuts = run_breaks(text) if len(text) <= 400_000 else None
    if not cuts or len(cuts) < 4:
        return set()
    years = _page_years(text)
    found = [match for cut in cuts if (match := _TOKEN.match(text, cut))]
    starts = _line_starts(text)
    ends = starts[1:] + [len(text) + 1]
    at = {cut: bisect_right(starts, cut) - 1 for cut in cuts}
    # (never a list of payments by cheque: "100234 Greenway Supplies £45.00"; judged on what follows each, up to its line's end)
    priced = sum(1 for cut in cuts if re.search(r"[\u00a3$\u20ac]\s?\d", text[cut : min(ends[at[cut]] - 1, cut + 300)]))
    if len(found) < len(cuts) or not _distinctive([m.group("token") for m in found], years) or _numbered_otherwise(lines) or 2 * priced >= len(cuts):
        return set()
    opening = [m.group("token") for cut, m in zip(cuts, found) if not text[starts[at[cut]] : cut].strip()]
    end_of = {m.group("token"): m.end() for m in found}
    # (a number that opens other lines too is no sure minute: "313 High Street - rear extension" among the plans before "313. Trees")
    heads = Counter(match.group("token") for line in lines if (match := _TOKEN.match(line.lstrip())))
    return {token for token in opening if heads[token] == 1 and not _ADDRESS.match(text, end_of[token])}
