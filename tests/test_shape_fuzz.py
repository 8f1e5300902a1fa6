"""Every registered parser, thrown hostile text: it reads it or passes it over, and never crashes.

`choose` passes a parser over when it raises ValueError or StopIteration (its way of saying
"not my shape"); anything else would stop an import. Each parser is called directly, 200
examples each, on the project's own fixtures with lines replaced, inserted, cut and shuffled,
so each one meets text close to its own shape as well as text far from it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cpb_tui.domain.models import DocumentRecord
from cpb_tui.importers.reader import read_source
from cpb_tui.importers.shapes import SHAPES, choose

FIXTURES = Path(__file__).parent / "fixtures"
SKELETONS = [
    read_source(path).text
    for path in sorted(FIXTURES.rglob("*"))
    if path.is_file() and path.suffix in (".txt", ".html") and path.stat().st_size < 8000
]
# Lines that look like the parts parsers key on, and parts of lines no parser expects.
_SHAPED = st.sampled_from([
    "Meeting: 04/03/2027 - Corporate Parenting Board (Item 7)", "Minutes:", "Decision:", "Decision Maker: Cabinet",
    "Date of decision: 31/02/2027", "AGENDA", "Agenda Item 3", "RESOLVED - That", "(i) notes the report;", "ii)", "7.",
    "12/27 Apologies", "AT A MEETING of the Board held on 4 March 2027", "No. Item", "Page 3", "| a | b |", "\u2022", "(a)",
    "Made at meeting: 04/03/2027 -", "1.3.27 Attendance", "NC40/27 Apologies NC41/27 Minutes NC42/27 Business",
    "Minutes: RESOLVED: That the report be noted. |", "It was agreed: -", "Action - Clerk to write", "4 - 09:30 to 13:00",
])
_JUNK = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)
FUZZ = settings(max_examples=200, deadline=dt.timedelta(seconds=5), suppress_health_check=[HealthCheck.too_slow])


@st.composite
def mangled_documents(draw) -> str:
    lines = draw(st.sampled_from(SKELETONS)).split("\n")
    for _ in range(draw(st.integers(0, 10))):
        action = draw(st.sampled_from(["replace", "insert", "cut", "swap"]))
        at = draw(st.integers(0, max(0, len(lines) - 1)))
        line = draw(st.one_of(_SHAPED, _JUNK, st.lists(st.one_of(_SHAPED, _JUNK), max_size=4).map(" ".join)))
        if action == "replace" and lines:
            lines[at] = line
        elif action == "insert":
            lines.insert(at, line)
        elif action == "cut" and len(lines) > 1:
            del lines[at]
        elif action == "swap" and lines:
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
    return "\n".join(lines)


def test_the_skeletons_cover_several_shapes():
    chosen = {choose(text).shape for text in SKELETONS}
    assert len(SKELETONS) >= 10 and len(chosen) >= 5, chosen


@pytest.mark.parametrize("shape", SHAPES, ids=[shape.name for shape in SHAPES])
@FUZZ
@given(text=mangled_documents())
def test_each_parser_reads_or_passes_over_hostile_text(shape, text):
    try:
        record = shape.parse(text, None)
    except (ValueError, StopIteration):
        return  # passed over, as `choose` expects
    assert isinstance(record, DocumentRecord)


@FUZZ
@given(text=mangled_documents())
def test_choose_always_finds_a_reading_for_text(text):
    if not text.strip():
        return
    choice = choose(text)
    assert choice.record.meetings and any(meeting.items for meeting in choice.record.meetings)
