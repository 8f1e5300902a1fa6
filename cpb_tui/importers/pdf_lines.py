"""A PDF page's lines as the page sets them: blank lines put back at paragraphs' gaps, and
sentences the right margin broke joined again.

PDFium's text of a page is a line for every printed line and nothing else. Two things a
page shows are lost:

- **Gaps.** The space a word processor leaves after a paragraph, or the empty line a clerk
  typed between two minutes, gives no blank line, and the importers read a blank line as
  the end of a paragraph, a title standing alone, one minute ending and the next starting.
  Where the step down from one line's baseline to the next is clearly more than the page's
  usual step (`GAP` times it), or the text jumps back up the page (a second column, a box),
  a blank line is put back.
- **Where a line was full.** A sentence broken at the margin reads as two lines, the first
  like an item's title, the second like its minute. `importers/reflow.py` guesses the margin
  from the lines' lengths, which proportional type makes uncertain. The page knows: a line
  was broken by the margin when it runs across most of the text's width and the next line's
  first word would not have fitted after it (its right edge, a space and that word pass the
  right margin: the page's rightmost text, or as far from the page's right edge as its text
  stands from the left, whichever is further; a page of short lines has no full one). Such a line is
  joined to the next, in the same paragraph (no gap between them), unless the next line opens
  as a line of its own does (a label, a bullet, a number) or the line ends a sentence before a
  capital. A line that starts far in from the left (a stamp at the right, a paragraph set
  after a tab) is joined only to a next line in lower case.

- **A tab after a number.** "1953<tab>Grass cutting" comes out "1953 Grass cutting", and a
  minute's number is read as a year. Where a line's first word (a number, a label, "Present:")
  stands an em or more from the next, clearly wider than the line's next space, the gap is
  kept as spaces, as a text copy of the page keeps it.

Cautious by construction: a page is left as PDFium gives it when a line's first character
cannot be matched to its place on the page; lines that are a table's rows are never joined.
"""

from __future__ import annotations

import re

from cpb_tui.importers.reflow import DAY_END, FIGURE_GOES_ON, LABEL, MONTH_NAMES, MONTH_START, OPEN_END, PAGE_NUMBER

# A step this many times the page's usual line step is a gap between paragraphs. Word's
# "space after" of 6 to 8 points on 11 point type gives 1.4 to 1.6; lines of one paragraph
# step within a few percent of each other.
GAP = 1.3
# Lines set single or one and a half spaced step at most this many times the type's size.
SINGLE = 1.5
# The usual step is taken from at most this many pairs of lines the margin broke.
SAMPLES = 7
# A page needs this many steps between lines before its usual step is trusted.
MIN_STEPS = 3
# A space's width, as a share of the type's size (Helvetica's and Arial's are 0.28; narrower
# here, so a line that might have held the next word is taken to have held it).
SPACE = 0.22
# A line of prose runs across at least this share of the text's width.
WIDE = 0.6
# Lines that start within this many points of each other start in one column.
ALIGNED = 2.0
# A column of prose in a table (a minute's text beside its number) is at least this share of the page's text wide, and
# at least this many of its lines reach near its right edge.
COLUMN_SHARE = 0.45
COLUMN_LINES = 3
# PDFium's marks for a hyphen that broke a word at the line's end.
_SOFT_HYPHENS = ("\x02", "\ufffe")
_SENTENCE_END = (".", "!", "?", ":", ";")
# a line's first word that may stand in a column of its own: a number, a label, "Present:"
_FIRST_IN_COLUMN = re.compile(r"^\s*(?P<word>[^\s\d]{0,12}\d\S{0,12}|\(?[A-Za-z]{1,4}[.)]|[A-Z][\w ]{1,20}:)(?P<gap> )(?=\S)")
# a line that opens with an item's number: "(2) Actions ...", "4. Planning", "12 Highways", "16/05 Finance"
_NUMBERED_HEADING = re.compile(r"^\s*(?:\(\d{1,3}\)|\d{1,4}[.):]?(?:\d{1,3}[.)]?)?|\d{1,4}/\d{1,4})\s*[A-Z]")
# a date the margin broke before its year: "... held on Thursday 10th September" over "2036 at 7.30 pm"
_MONTH_END = re.compile(rf"(?:^|\s)(?:{MONTH_NAMES}),?$")
# a line that ends inside a run of capitalised words, a name: "... from Councillor Patricia", "... Westbridge County", "... &"
_CAPITALISED_END = re.compile(r"(?:^|\s)(?:[A-Z][\w'\u2019.-]*|&)$")
# what a line ends on that its sentence goes on after
_GOES_ON = (",", "\u2013", "\u2014", "-", "&")
# a preposition a line the margin broke ends on, that an entry rarely does: "... as set out in the Constitution including in"
_PREPOSITION_END = re.compile(r"(?:^|\s)(?:in|on|as|per|re|about|regarding|including|concerning|against|over|across|near|since|until|towards)$")
# a title's or a number's stop, after which a sentence goes on: "Cllr." over "Heron", "No." over "12"; or an item's
# number run into the text the margin broke after: "... reviewed and signed 4." over "Minutes of the previous meeting ..."
_ABBREVIATION = re.compile(r"(?:^|\s)(?:Cllr|Councillor|Mr|Mrs|Ms|Dr|St|Rev|Prof|No|Nos|ref|Ref|e\.g|i\.e|\d{1,3})\.$")


def as_set(textpage, raw: str, width: float, rects: list[tuple[float, float, float, float]], table_lines: frozenset[str] = frozenset()) -> tuple[str, bool]:
    """`raw` (the page's `get_text_range()`, lines parted by PDFium's "\\r\\n") with a blank line at each paragraph's
    gap and each line the margin broke joined to the next; `raw` itself when its lines cannot be placed. `width`: the
    page's; `rects`: its text's rectangles (left, bottom, right, top). Lines whose squashed text is in `table_lines` are
    a table's rows and are never joined. And whether the page's last line (its number aside) runs to its margin
    unfinished: its sentence may go on over the page (`run_over_pages`)."""
    lines = raw.split("\r\n")
    page = _Page.read(textpage, lines, width, rects)
    if page is None:
        return raw, False
    gaps, wide_steps = page.gaps()
    out: list[list[str]] = []  # each line's pieces, joined once at the end (a page of one long run stays linear)
    for index, line in enumerate(lines):
        above = index - 1
        if index not in gaps and out and out[-1][-1].strip() and line.strip() and _reads_on(len(out[-1]) == 1, lines[above], line, table_lines) \
                and page.full(above, index) and (line.lstrip()[:1].islower() or page.wide(above, index) and not page.tab_inside(above)):
            tail = out[-1][-1].rstrip()
            out[-1][-1] = tail[:-1] if tail.endswith(_SOFT_HYPHENS) else tail + " "
            out[-1].append(line.strip())
            continue
        if (index in gaps or index in wide_steps) and out and out[-1][-1].strip() and not _in(table_lines, lines[above], line, every=True):
            out.append([""])  # (never between a table's rows: the table is found by its rows standing together)
        out.append([page.tabbed(index)])
    return "\r\n".join("".join(pieces) for pieces in out), page.ends_open()


def _reads_on(first_line: bool, line: str, below: str, table_lines: frozenset[str]) -> bool:
    """Whether `below`, after `line` that the margin broke (`first_line`: its paragraph's first), goes on with its
    paragraph: it opens with a word, a bracket or a figure and small words ("2036 ref: 3218"), never a label ("a)",
    "(iv)", "(2)"), a bullet or an item's number; and the line ends no sentence, or only a title's stop ("Cllr."), or the
    next line opens in lower case."""
    if _in(table_lines, line, below):
        return False
    text, opening = line.rstrip(), below.lstrip()
    if text.endswith(_SOFT_HYPHENS):
        return opening[:1].islower()
    if not opening or LABEL.match(below) or re.match(r"\(\d", opening):
        return False
    first = opening[0]
    if first.isdigit():
        return bool(FIGURE_GOES_ON.match(below) or _MONTH_END.search(text[-12:]) and re.match(r"\d{4}\b", opening))
    if not (first.isalpha() or first in "(\"'\u2018\u201c\u00a3"):
        return False  # (a bullet, a dash: an entry of its own)
    if first.isupper() and first_line and _NUMBERED_HEADING.match(line) and _titled(text) and not re.search(r"[.;:]\s", text) \
            and not OPEN_END.search(text[-40:]) and not OPEN_END.search(" " + text.rsplit(None, 1)[-1].lower()):
        return False  # (an item's numbered title, in capitals, that happened to run to the margin: "(2) Actions From Previous Meetings")
    if first.islower():
        return True
    if text.endswith(_SENTENCE_END):
        return _ABBREVIATION.search(text) is not None
    # (a capital below: the line ends on a comma or a dash, on a word no sentence ends on, "of", "the", "Councillor", inside
    # a name, "Westbridge County" over "Council", or a date, "held on 8th" over "December 2036"; an entry that ends near the
    # margin unpunctuated, "... a conservatory" over "RESOLVED to ...", ends)
    return text.endswith(_GOES_ON) or OPEN_END.search(text[-40:]) is not None or _PREPOSITION_END.search(text[-20:]) is not None \
        or _CAPITALISED_END.search(text[-40:]) is not None or DAY_END.search(text[-6:]) is not None and MONTH_START.match(opening) is not None


def _titled(line: str) -> bool:
    """Whether `line` is set as a title is: most of its words open with a capital ("Actions From Previous Meetings",
    "MATTERS ARISING"), where a numbered decision is a sentence ("1) Note and agree the update of the Revenue")."""
    words = re.findall(r"[A-Za-z][a-z'-]*", line)
    return len(words) >= 2 and sum(word[0].isupper() for word in words) * 5 >= len(words) * 3


def run_over_pages(pages: list[str], open_ends: list[bool]) -> list[str]:
    """`pages` with a sentence broken by a page's end joined again: where a page's last line (its number aside) ran to
    the margin unfinished and the next page's first line (its number aside) opens in lower case or with a figure and
    small words, that line is moved to the end of the first page's last."""
    pages = list(pages)
    for index, open_end in enumerate(open_ends[: len(pages) - 1]):
        if not open_end:
            continue
        lines, after = pages[index].split("\n"), pages[index + 1].split("\n")
        last, first = _text_line(lines, reverse=True), _text_line(after)
        if last is None or first is None or LABEL.match(after[first]) or not (after[first].lstrip()[:1].islower() or FIGURE_GOES_ON.match(after[first])):
            continue
        tail = lines[last].rstrip()
        lines[last] = tail[:-1] + after[first].strip() if tail.endswith(_SOFT_HYPHENS) else f"{tail} {after[first].strip()}"
        del after[first]
        pages[index], pages[index + 1] = "\n".join(lines), "\n".join(after)
    return pages


def _text_line(lines: list[str], reverse: bool = False) -> int | None:
    """The index of the first (or, `reverse`, the last) of `lines` that holds text other than a page's number."""
    order = range(len(lines) - 1, -1, -1) if reverse else range(len(lines))
    return next((i for i in order if lines[i].strip() and not PAGE_NUMBER.match(lines[i])), None)


def _in(table_lines: frozenset[str], *lines: str, every: bool = False) -> bool:
    """Whether any of `lines` (or, `every`, each of them) is one of a table's rows."""
    return bool(table_lines) and (all if every else any)(" ".join(line.split()) in table_lines for line in lines)


class _Page:
    """Where a page's lines stand: each one's first character's index and baseline (None for a line of spaces), and,
    asked for, its left and right edges. PDFium is asked through its C functions, a call or two a line."""

    def __init__(self, textpage, lines: list[str], width: float, rects: list[tuple[float, float, float, float]]) -> None:
        from ctypes import c_double

        import pypdfium2.raw as pdfium_c

        self.pdfium, self.handle, self.lines, self.width, self.rects = pdfium_c, textpage.raw, lines, width, rects
        self.firsts: list[int | None] = []
        self.baselines: list[float | None] = []
        self._doubles = (c_double(), c_double(), c_double(), c_double())
        self._edges: dict[int, tuple[float, float] | None] = {}
        self._margins: tuple[float, float] | None = None
        self._size: float | None = None
        self._columns: dict[int, tuple[float, float] | None] = {}
        self._full: dict[tuple[int, int], bool] = {}

    @classmethod
    def read(cls, textpage, lines: list[str], width: float, rects: list[tuple[float, float, float, float]]) -> _Page | None:
        """The page's lines placed, or None if a line's first character is not where its offset says (the text and
        the page's characters do not line up)."""
        page = cls(textpage, lines, width, rects)
        pdfium_c, handle = page.pdfium, page.handle
        total = pdfium_c.FPDFText_CountChars(handle)
        unicode, origin, (x, y, _, _) = pdfium_c.FPDFText_GetUnicode, pdfium_c.FPDFText_GetCharOrigin, page._doubles
        offset = 0
        for line in lines:
            stripped = line.lstrip()
            if not stripped:
                page.firsts.append(None)
                page.baselines.append(None)
            else:
                index = offset + len(line) - len(stripped)
                if index >= total or unicode(handle, index) != ord(stripped[0]) or not origin(handle, index, x, y):
                    return None
                page.firsts.append(index)
                page.baselines.append(y.value)
            offset += len(line) + 2
        return page

    def gaps(self) -> tuple[set[int], set[int]]:
        """The lines a paragraph's gap stands above; and the lines above which the page's usual step is itself as wide as
        a gap (an empty line after every entry of a list; or a page set double spaced, whose lines the margin broke are
        still joined)."""
        placed = [(index, y) for index, y in enumerate(self.baselines) if y is not None]
        steps = [(after, above - below) for (_, above), (after, below) in zip(placed, placed[1:])]
        down = sorted(step for _, step in steps if step > 0)
        if len(down) < MIN_STEPS:
            return set(), set()
        usual = self._usual(down, steps)
        gaps = {after for after, step in steps if step > GAP * usual or step < -usual}
        single = SINGLE * self.size()  # (steps more than half as far again as the type is high)
        return gaps, {after for after, step in steps if step > GAP * single} - gaps if usual > single else set()

    def _usual(self, down: list[float], steps: list[tuple[int, float]]) -> float:
        """The page's usual step from line to line within a paragraph: the lower quartile of its steps down (the line
        step, even on a page of one-line paragraphs); but where two or more steps wider than a gap by that measure stand
        between lines of prose the margin broke (a full line, the next reading on), the middle of those: the prose is set
        wider than a closer block beside it (an attendance list, a small-type table beside text one and a half spaced)."""
        low = down[len(down) // 4]
        wrapped: list[float] = []
        for below, step in steps:
            if step > GAP * low and self.firsts[below - 1] is not None \
                    and _reads_on(False, self.lines[below - 1], self.lines[below], frozenset()) and self.full(below - 1, below):
                wrapped.append(step)
                if len(wrapped) == SAMPLES:
                    break  # (enough to know the step by)
        return sorted(wrapped)[len(wrapped) // 2] if len(wrapped) >= 2 else low

    def tab_inside(self, index: int) -> bool:
        """Whether line `index` ends in a short tail set at a tab (a date or an owner at the right margin, a signature's
        "Date:", a payment's amount), after a jump of an em or more that PDFium's rectangles show: no line of prose."""
        first = self.firsts[index]
        count = self.pdfium.FPDFText_CountRects(self.handle, first, len(self.lines[index].strip()))
        left, top, right, bottom = self._doubles
        spans = []
        for rect in range(count):
            self.pdfium.FPDFText_GetRect(self.handle, rect, left, top, right, bottom)
            spans.append((left.value, right.value))
        spans.sort()
        jumps = [at for at in range(1, len(spans)) if spans[at][0] - spans[at - 1][1] >= self.size()]
        # (a short tail after the last jump is set at a tab; a minute's text after its number's tab runs on across the page)
        return bool(jumps) and spans[-1][1] - spans[jumps[-1]][0] < 0.5 * (spans[-1][1] - spans[0][0])

    def full(self, above: int, below: int) -> bool:
        """Whether line `above` was broken by the margin of its column: `below`'s first word would not have fitted after it
        (asked once a pair: the usual step and the joins both ask)."""
        if (above, below) not in self._full:
            self._full[above, below] = self._fits_not(above, below)
        return self._full[above, below]

    def _fits_not(self, above: int, below: int) -> bool:
        edges, start = self.edges(above), self.firsts[below]
        if edges is None or start is None or self.baselines[above] - self.baselines[below] <= 0:
            return False
        word = self.lines[below].split(maxsplit=1)[0]
        word_end = start + len(word) - 1
        if self.pdfium.FPDFText_GetUnicode(self.handle, word_end) != ord(word[-1]):
            return False  # (a character the text and the page count differently: not placed, not joined)
        column = self.column(below)
        return column is not None and edges[1] + SPACE * self.size() + self._box(word_end)[1] - column[0] > column[1]

    def column(self, below: int) -> tuple[float, float] | None:
        """The left and right margins of the column line `below` goes on in: the page's, where it starts at the page's
        left margin; else those of the text that starts where it does (a table's minute column), if that is prose (at
        least `COLUMN_LINES` of its lines reach near its right edge, and it is at least `COLUMN_SHARE` of the page's
        text wide); None if it is not."""
        left = self._box(self.firsts[below])[0]
        left_margin, right_margin = self.margins()
        if left - left_margin <= ALIGNED:
            return left, right_margin
        if round(left) not in self._columns:  # (asked once for each place a line starts: a page stays linear)
            self._columns[round(left)] = self._column(left, left_margin, right_margin)
        return self._columns[round(left)]

    def _column(self, left: float, left_margin: float, right_margin: float) -> tuple[float, float] | None:
        rights = [rect[2] for rect in self.rects if abs(rect[0] - left) <= ALIGNED]
        right = max(rights, default=left)
        if right - left < COLUMN_SHARE * (right_margin - left_margin):
            return None
        near = sum(1 for edge in rights if edge >= right - (1 - WIDE) / 2 * (right - left))
        return (left, right) if near >= COLUMN_LINES else None

    def ends_open(self) -> bool:
        """Whether the page's last line (a page's number aside) runs to within two ems of its column's right margin
        and ends no sentence."""
        last = _text_line(self.lines, reverse=True)
        if last is None or self.lines[last].rstrip().endswith(_SENTENCE_END) or self.firsts[last] is None:
            return False
        edges, column = self.edges(last), self.column(last)
        return edges is not None and column is not None and edges[1] + 2 * self.size() >= column[1] \
            and edges[1] - edges[0] >= WIDE * (column[1] - column[0])

    def wide(self, above: int, below: int) -> bool:
        """Whether line `above` runs across most of its column's width (not a stamp at the right, nor a paragraph set
        after a tab)."""
        column = self.column(below)
        left, right = self.edges(above) or (0.0, 0.0)
        return column is not None and right - left >= WIDE * (column[1] - column[0])

    def tabbed(self, index: int) -> str:
        """Line `index`, its first word's gap kept as spaces where it stands as a tab does: an em or more, and more than
        twice the line's next gap between words."""
        line, first = self.lines[index], self.firsts[index]
        column = _FIRST_IN_COLUMN.match(line) if first is not None else None
        if column is None:
            return line
        at = first - (len(line) - len(line.lstrip()))  # (the line's own first character, spaces and all)
        before, after = at + column.start("gap") - 1, at + column.end("gap")
        if self.pdfium.FPDFText_GetUnicode(self.handle, after) != ord(line[column.end("gap")]):
            return line
        gap = self._box(after)[0] - self._box(before)[1]
        if gap < self.size() or 2 * self._narrowest_gap(line, at, column.end("gap")) > gap:
            return line  # (narrower than an em; or every gap of the line wide: a justified line, not a tab)
        return f"{line[: column.start('gap')]}    {line[column.end('gap'):]}"

    def edges(self, index: int) -> tuple[float, float] | None:
        """Line `index`'s left and right edges (its first and last characters'), or None when its last character is not
        where its length says."""
        if index not in self._edges:
            first, text = self.firsts[index], self.lines[index].strip()
            last = first + len(text) - 1 if first is not None else None
            self._edges[index] = None if last is None or self.pdfium.FPDFText_GetUnicode(self.handle, last) != ord(text[-1]) \
                else (self._box(first)[0], self._box(last)[1])
        return self._edges[index]

    def margins(self) -> tuple[float, float]:
        """Where the page's text starts at the left, and its right margin: its rightmost text where the page holds prose
        (a quarter of its lines, and `COLUMN_LINES` at least, end within a tenth of the text's width of it); on a page of
        short lines, as far in from the page's right edge as the text starts from its left, if that is further right."""
        if self._margins is None:
            left = min((rect[0] for rect in self.rects), default=0.0)
            rights = [rect[2] for rect in self.rects]
            right = max(rights, default=self.width)
            near = sum(1 for edge in rights if edge >= right - 0.1 * (right - left))
            self._margins = left, right if near >= COLUMN_LINES and near * 4 >= len(rights) else max(right, self.width - left)
        return self._margins

    def size(self) -> float:
        """The type's size on the page, in points: the middle size of up to nine of its lines' first characters, spread
        down the page (a title's larger type is not the page's)."""
        if self._size is None:
            placed = [first for first in self.firsts if first is not None]
            sizes = sorted(self.pdfium.FPDFText_GetFontSize(self.handle, first) for first in placed[:: max(1, len(placed) // 9)])
            self._size = (sizes[len(sizes) // 2] if sizes else 0.0) or 10.0
        return self._size

    def _narrowest_gap(self, line: str, at: int, start: int) -> float:
        """The narrower of the next two gaps between words of `line` after `start` (`at`: its first character's index)."""
        widths = []
        space = line.find(" ", start)
        while space > 0 and len(widths) < 2:
            if line[space + 1 : space + 2].strip() and line[space - 1 : space].strip():
                widths.append(self._box(at + space + 1)[0] - self._box(at + space - 1)[1])
            space = line.find(" ", space + 1)
        return min(widths, default=0.0)

    def _box(self, index: int) -> tuple[float, float]:
        """Character `index`'s left and right."""
        left, right, bottom, top = self._doubles
        self.pdfium.FPDFText_GetCharBox(self.handle, index, left, right, bottom, top)
        return left.value, right.value
