"""The import's fast paths (issue 15) give what the plain definitions give, on random and awkward text."""

from __future__ import annotations

import datetime as dt
import random
import re

from pathlib import Path

from hypothesis import given

from cpb_tui.domain.models import DocumentRecord
from cpb_tui.importers import context
from cpb_tui.importers.layout import normalise
from cpb_tui.importers.reader import read_source
from cpb_tui.importers.shapes import SHAPES, Fit, _first_that_reads, choose
from tests.test_shape_fuzz import FUZZ, SKELETONS, mangled_documents
from cpb_tui.importers.context import Finding, _lines_naming_next_meeting, _short, find_date, find_next_meeting
from cpb_tui.importers.dates import find_day_month_after


def next_meeting_by_definition(lines: list[str], meeting_date: dt.date | None) -> Finding | None:
    """`find_next_meeting` as it was: every line tried."""
    if meeting_date is None:
        return None
    found = None
    for index, line in enumerate(lines):
        following = next((l.strip() for l in lines[index + 1 : index + 3] if l.strip()), "")
        for match in context._NEXT_MEETING.finditer(line):
            after = re.split(r"(?<=[a-z0-9])\.\s", match.group("after"), maxsplit=1)[0]
            evidence = line.strip()
            if not after.strip(" :-\u2013"):
                after = following[:80]
                evidence = f"{evidence} / {following}"
            if re.match(r"^\s*of\s+(?:the\s+)?(?:full\s+)?(?:Council|Cabinet|Executive)\b", after):
                continue
            date = find_date(after) or find_day_month_after(after[:60], meeting_date)
            if date and meeting_date < date <= meeting_date + dt.timedelta(days=400):
                found = Finding(date, _short(evidence))
    return found


PIECES = [
    "Next meeting", "NEXT MEETING:", "next\u00a0meeting", "next \t meeting", "Date of next meeting", "date and time of the next meeting",
    "NEXT MEET\u0131NG", "MEET\u0130NG next meeting", "Dyddiad y cyfarfod nesaf:", "CYFARFOD NE\u017fAF", "cyfarfod\u2028nesaf",
    "next", "meeting", "the next year", "of Cabinet", "of the Council", "Thursday 4 March 2027", "12 June 2025", "04/03/2027",
    "2 September 2025 at 10am.", "Tuesday January 30th", "12th December", "will be held on", " ", "", "\u212a", "n\u0130xt", "nesaf", "was agreed.", ":", "-",
]


def test_the_lines_looked_at_for_the_next_meeting_hold_every_match_and_give_the_same_date():
    rng = random.Random(15)
    for _ in range(3_000):
        lines = [" ".join(rng.choice(PIECES) for _ in range(rng.randint(0, 4))) for _ in range(rng.randint(0, 8))]
        candidates = set(_lines_naming_next_meeting(lines))
        assert {i for i, line in enumerate(lines) if context._NEXT_MEETING.search(line)} <= candidates, lines
        date = dt.date(2025, rng.choice([3, 6, 9]), 12)
        assert find_next_meeting(lines, date) == next_meeting_by_definition(lines, date), lines


def choose_by_definition(text: str, page_starts: list[int] | None = None) -> tuple[str, DocumentRecord]:
    """`shapes.choose` as it was: every shape scored (but those its `ceiling` defers), then parsed best first (after the same
    margin's join, `reflow`, that `choose` makes first)."""
    from cpb_tui.importers.reflow import reflow

    text, page_starts = reflow(text, page_starts)
    lines = normalise(text).split("\n")
    fits: list[Fit] = []
    deferred = []
    for shape in sorted(SHAPES, key=lambda shape: -shape.ceiling):
        if shape.ceiling < max((fit.score for fit in fits), default=0.0):
            deferred.append(shape)
            continue
        fits.append(shape.fit(lines))
    fits.sort(key=lambda f: -f.score)
    by_name = {shape.name: shape for shape in SHAPES}
    tried = 0
    while True:
        choice = _first_that_reads(fits[tried:], by_name, text, page_starts, {})
        if choice is not None:
            return choice[1], choice[0]
        tried = len(fits)
        fits.extend(shape.fit(lines) for shape in deferred)
        deferred = []


def _same_choice(text: str) -> None:
    choice = choose(text)
    shape, record = choose_by_definition(text)
    assert (choice.shape, choice.record) == (shape, record)
    lines = normalise(text).split("\n")
    for each in SHAPES:
        assert each.fit(lines).score <= each.top, each.name


def test_choose_scores_only_the_shapes_that_could_win_and_picks_as_scoring_them_all_does():
    texts = SKELETONS + [read_source(path).text for path in sorted(Path(__file__).parent.glob("fixtures/**/*.*")) if path.suffix in (".txt", ".html")]
    for text in texts:
        _same_choice(text)


@FUZZ
@given(text=mangled_documents())
def test_choose_picks_as_scoring_them_all_does_on_hostile_text(text):
    if text.strip():
        _same_choice(text)


def test_a_section_heading_is_found_on_the_line_whose_key_holds_it_as_by_making_every_key():
    from cpb_tui.importers.agenda_pack import _key, _LineKeys

    rng = random.Random(15)
    words = ["Purpose", "of", "this", "REPORT", "report", "2025/26", "ab", "abc", "b", "c1", "\u0130ndex", "\u212aey", "stra\u00dfe",
             "\u03a3\u03a3", "caf\u00e9", "x-y", "(a)", "1.", "", " ", "\t", "\u2028", ":", "Recommendation(s)", "o\u0301f"]
    for _ in range(3_000):
        lines = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 5))) for _ in range(rng.randint(0, 9))]
        keys = _LineKeys(lines)
        cursor = 0
        for _ in range(4):
            heading = " ".join(rng.choice(words) for _ in range(rng.randint(1, 12)))
            wanted = _key(heading)[: rng.choice([40, 3, 5, 7, 8])]
            expected = next((i for i in range(cursor, len(lines)) if wanted and wanted in _key(lines[i])), None)
            assert (keys.first_holding(wanted, cursor) if wanted else None) == expected, (lines, wanted, cursor)
            cursor = expected if expected is not None else cursor


def running_lines_stripped_by_definition(pages: list[str]) -> list[str]:
    """`pdf.strip_running_lines` as it was: every page's lines split and scanned twice."""
    from collections import Counter

    from cpb_tui.importers.pdf import EDGE_LINES, _shape

    if len(pages) < 3:
        return pages
    counts = Counter()
    for page in pages:
        lines = [line for line in page.split("\n") if line.strip()]
        edges = set(lines[:EDGE_LINES] + lines[-EDGE_LINES:])
        counts.update({_shape(line) for line in edges})
    threshold = max(3, int(len(pages) * 0.6))
    running = {shape for shape, count in counts.items() if count >= threshold}
    if not running:
        return pages
    cleaned = []
    for page in pages:
        lines = page.split("\n")
        content = [i for i, line in enumerate(lines) if line.strip()]
        edge = set(content[:EDGE_LINES] + content[-EDGE_LINES:])
        cleaned.append("\n".join(line for i, line in enumerate(lines) if not (i in edge and _shape(line) in running)))
    return cleaned


def test_running_headers_and_footers_go_as_by_scanning_every_line():
    from cpb_tui.importers.pdf import strip_running_lines

    rng = random.Random(15)
    pieces = ["Page 3", "Page 41", "Westbridge County Council", "  ", "", "\t", "Agenda Item 4", "Some text of the report.", "x",
              "PAGE 7", "Page\u00a012", "Westbridge  County Council", "\u00a0", "2025", "Item 5"]
    for _ in range(3_000):
        pages = ["\n".join(rng.choice(pieces) for _ in range(rng.randint(0, 9))) for _ in range(rng.randint(0, 8))]
        assert strip_running_lines(pages) == running_lines_stripped_by_definition(pages), pages


def test_a_line_that_starts_plain_matches_no_number_bullet_or_marker():
    from cpb_tui.importers import layout, report

    patterns = [layout._PARA_NUMBER_ALONE, layout._BULLET_LINE, layout._SUB_NUMBER, layout._LIST_MARKER]
    tails = ["", " ", "1", ". x", ") x", "a) x", "1) x", ".2 Text", "  Text", "x", "\u00a0y", ". Purpose", "."]
    for code in range(0x30000):
        if 0xD800 <= code < 0xE000 or chr(code).isspace():
            continue
        first = chr(code)
        plain = first not in layout._MARKED_STARTS and not first.isdigit()
        for tail in tails:
            line = (first + tail).strip()
            if plain and line:
                assert not any(pattern.match(line) for pattern in patterns), repr(line)
            if line and not line[:1].isdigit():
                assert not report._NUMBERED_HEADING.match(line) and not report._NUMBER_ALONE.match(line), repr(line)
        footer = first + "age 3"
        assert bool(layout._PAGE_FOOTER.match(footer)) <= (first in "Pp"), repr(footer)


MARKDOWN_BY_DEFINITION = re.compile(r"\\([!-/:-@\[-`{-~])|[*_`]+|^[ \t]*(?:[-+*]|#{1,6})[ \t]+", re.MULTILINE)
"""The importers' markup as `markdown_text` first dropped it, one pattern trying the start of a line at every position."""

MARKUP_PIECES = [
    "\\", "\\*", "\\\\", "\\-", "\\.", "\\#", "*", "**", "_", "`", "*_`", "-", "+", "#", "##", "#######", " ", "  ", "\t",
    "\n", "\r\n", "\r", "\x0b", "\x1f", "\u2028", "\u00a0", "word", "Budget", "caf\u00e9", "\u00e9", "e\u0301", "zqx", "ZQall",
    "x_y", "8.", "1.1", "\ue001", "\u00b7", "\u0130", "\u212a", "",
]


def test_markdown_text_gives_the_plain_text_of_the_pattern_trying_every_line_start():
    from cpb_tui.search.plain import markdown_text, plain_text

    rng = random.Random(15)
    for _ in range(20_000):
        text = "".join(rng.choice(MARKUP_PIECES) for _ in range(rng.randint(0, 12)))
        expected = plain_text(MARKDOWN_BY_DEFINITION.sub(lambda m: m.group(1) or "", text)) if text else ""
        assert markdown_text(text) == expected, repr(text)


def test_markdown_text_of_every_fixture_section_is_as_by_definition():
    from cpb_tui.search.plain import markdown_text, plain_text

    fixtures = Path(__file__).parent / "fixtures"
    bodies = []
    for path in sorted(fixtures.rglob("*")):
        if path.suffix in (".txt", ".html"):
            record = choose(read_source(path).text).record
            bodies += [s.body for m in record.meetings for i in m.items for r in i.reports for s in r.sections]
            bodies += [i.minutes for m in record.meetings for i in m.items if i.minutes]
    assert len(bodies) > 50
    for body in bodies:
        assert markdown_text(body) == plain_text(MARKDOWN_BY_DEFINITION.sub(lambda m: m.group(1) or "", body))


def test_text_terms_counts_the_words_of_the_pattern_in_the_same_order():
    from collections import Counter

    from cpb_tui.domain.text import fold
    from cpb_tui.followthrough.match import text_terms

    rng = random.Random(15)
    for _ in range(20_000):
        text = " ".join(rng.choice(MARKUP_PIECES + ["The", "THE", "the", "2025", "a1b2", "o'clock", "re-use"]) for _ in range(rng.randint(0, 12)))
        expected = Counter(re.findall(r"[^\W_]+", fold(text)))
        assert list(text_terms(text).items()) == list(expected.items()), repr(text)


def test_a_pages_rectangles_are_pdfiums_get_rect_for_each(tmp_path):
    import pypdfium2 as pdfium

    from cpb_tui.importers.pdf_tables import text_rects
    from tests.pdfgen import build_sample_pack

    document = pdfium.PdfDocument(build_sample_pack(tmp_path / "pack.pdf", two_column_item="3", table_item="4").read_bytes())
    counted = 0
    for index in range(len(document)):
        textpage = document[index].get_textpage()
        expected = [textpage.get_rect(i) for i in range(textpage.count_rects())]
        assert text_rects(textpage) == expected
        counted += len(expected)
    assert counted > 100


HEADING_PIECES = ["1. ", "12.", "3.  ", "\u0661. ", "\u00b2. ", "Background", "BACKGROUND:", "Section 100D", "section 100 d",
                  "SECTION 100D LOCAL GOVERNMENT ACT", "FINANCIAL IMPLICATIONS: ", "CARE LEAVERS OFFER:", "Ab:", "x", " ", ":",
                  "Purpose of the report", "recommendations", "The Board", "\u0130", "A" * 95, "ONE TWO THREE FOUR:"]


def test_a_heading_is_found_as_by_trying_every_pattern_on_every_line():
    from cpb_tui.importers import report

    def by_definition(text: str) -> bool:
        stripped = text.strip()
        if not stripped or len(stripped) > 90 or stripped[0].islower():
            return False
        key = report._LEADING_NUMBER.sub("", stripped.rstrip(":").strip().lower())
        if key in report.KNOWN_HEADINGS or report._SECTION_100.match(key):
            return True
        caps_lead = report._CAPS_LEAD.match(stripped)
        return bool(caps_lead and len(caps_lead.group(1).split()) >= 2)

    rng = random.Random(15)
    for _ in range(20_000):
        text = "".join(rng.choice(HEADING_PIECES) for _ in range(rng.randint(0, 4)))
        assert report._is_heading(text) == by_definition(text), repr(text)


def test_escaping_markdown_is_as_by_substituting_every_line():
    from cpb_tui.importers import layout

    pieces = ["12.", "3)", " ", "\t", "word", "*", "_", "#", "|", "<", ">", "[", "]", "~", "`", "\\", "1", ".", ")", "\u0663", ""]
    rng = random.Random(15)
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        escaped = layout._MD_SPECIAL.sub(r"\\\1", text)
        assert layout.escape_markdown(text, leading=False) == escaped
        assert layout.escape_markdown(text) == layout._MD_LEADING.sub(r"\1\2\\\3\4", escaped), repr(text)
