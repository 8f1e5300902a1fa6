"""Exports that cannot be turned against their reader: hostile text in actions, each format parsed back.

Hypothesis throws arbitrary text (control characters, CR, tabs, formula prefixes, `<script>`,
pipes, Markdown) into actions' text, owners, updates and the committee's name; each paper is
parsed back with a real parser (the csv module, an RFC 5545 unfold-and-unescape, markdown-it,
html.parser) and must keep every row whole, with no live formula, no raw control byte and
no tag or markup of the document's own. One CLI test runs the same text through the store.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
import re
from html.parser import HTMLParser

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from cpb_tui.cli.main import cli
from cpb_tui.domain.models import Action, Meeting
from cpb_tui.domain.safe import terminal_safe
from cpb_tui.export.action_log import COLUMNS, to_csv, to_html, to_ics, to_markdown
from cpb_tui.export.escaping import FORMULA_STARTS

MEETING = Meeting(1, 1, "Corporate Parenting Board", None, dt.date(2026, 11, 26), None, "Room 1", "scheduled", None)
BASE = Action(
    id=1, committee=MEETING.committee, meeting_id=2, meeting_date=dt.date(2026, 9, 17), item_id=3, item_number="5",
    minute_number="15", item_title="Fostering", clause_label="ii", kind="request", text="", owners=(), due_words=None,
    due_meeting_id=None, due_meeting_date=None, due_date=dt.date(2026, 12, 1), status="open", origin="extracted",
    created_at="2026-09-17T10:00:00+00:00", closed_at=None, latest_update=None,
)

HOSTILE = st.sampled_from([
    "=HYPERLINK(\"http://evil.example\",\"click\")", "+1+1", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1", " =1", "\n=cmd|' /C calc'!A0",
    "\uff1d1+1", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<!-- x -->", "&lt;b&gt;", "&#60;i&#62;",
    "|", "||", "\\|", "\\", "`code`", "**bold**", "_em_", "~~s~~", "[link](http://evil.example)", "![i](x)", "# heading",
    "> quote", "1. list", "- item", "\r", "\n", "\r\n", "\t", "\x00", "\x07", "\x1b[2J", "\x1b]0;title\x07", "\x1b]52;c;ZXZpbA==\x07",
    "\x9b31m", "\x85", "\u2028", "\u2029", "\x0b", "\x0c", "\x7f", ";", ",", "\\n", "\\;", ":", "BEGIN:VEVENT", "END:VCALENDAR",
    "é", "\u00a0", "日本語", "👍", "a" * 80,
])
TEXT = st.lists(st.one_of(HOSTILE, st.text(max_size=20)), max_size=12).map("".join)
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@st.composite
def papers(draw):
    """A meeting with a hostile committee name and one to three actions full of hostile text."""
    meeting = dataclasses.replace(MEETING, committee=draw(TEXT), venue=draw(TEXT))
    actions = [
        dataclasses.replace(
            BASE, id=number, text=draw(TEXT), owners=tuple(draw(st.lists(TEXT, max_size=2))),
            latest_update=draw(st.one_of(st.none(), TEXT)), committee=meeting.committee,
        )
        for number in range(1, draw(st.integers(1, 3)) + 1)
    ]
    return meeting, actions


def _letters(text: str) -> list[str]:
    """The letters and digits of a text, in order: what must survive any escaping (escape
    sequences are removed whole, so "ESC [2J" leaves no "2J" behind)."""
    return [char for char in terminal_safe(text) if char.isalnum() and char != "\ufffd"]


FUZZ = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def written(paper, writer):
    """The paper written by `writer`, checked for control characters (newlines aside): meeting, actions, text."""
    meeting, actions = paper
    out = writer(actions, meeting)
    assert not CONTROL.search(out.replace("\n", ""))
    return meeting, actions, out


@FUZZ
@given(papers())
def test_csv_has_no_live_formula_and_no_control_byte(paper):
    meeting, actions, out = written(paper, to_csv)
    rows = list(csv.reader(io.StringIO(out)))
    assert len(rows) == 1 + len(actions) and all(len(row) == 1 + len(COLUMNS) for row in rows)
    for row in rows[1:]:
        for cell in row:
            assert cell[:1] not in ("\t", "\r") and cell.lstrip()[:1] not in FORMULA_STARTS, cell
    for action, row in zip(actions, rows[1:]):
        assert _letters(row[3]) == _letters(("[exempt] " if action.exempt else "") + action.text)
        assert _letters(row[8]) == _letters(action.latest_update or "")


def _inline_text(token) -> str:
    return "".join(child.content for child in token.children if child.type == "text")


@FUZZ
@given(papers())
def test_markdown_keeps_every_row_whole_and_passes_no_markup(paper):
    meeting, actions, out = written(paper, to_markdown)
    tokens = MarkdownIt("gfm-like").parse(out)
    assert not [t for t in tokens if t.type in ("html_block", "html_inline")]
    heading = tokens[1]
    assert tokens[0].type == "heading_open" and _letters(_inline_text(heading)) == (
        _letters("Action log") + _letters(meeting.committee) + _letters("26 November 2026")  # each part cleaned on its own
    )
    types = [t.type for t in tokens]
    assert types.count("tr_open") - types.count("thead_open") == len(actions)  # no row split, none merged
    cells = [tokens[at + 1] for at, kind in enumerate(types) if kind == "td_open"]
    assert len(cells) == len(actions) * len(COLUMNS)
    allowed = {"text", "link_open", "link_close"}
    for cell in cells:
        for child in cell.children:
            assert child.type in allowed, (child.type, out)
            if child.type == "link_open":
                assert child.markup == "linkify"  # a bare URL, as the text wrote it; never a [link](...)
    for number, action in enumerate(actions):
        row = cells[number * len(COLUMNS): (number + 1) * len(COLUMNS)]
        assert _letters(_inline_text(row[2])) == _letters(("[exempt] " if action.exempt else "") + action.text)
        # each owner is made safe on its own ("\x1b" then "0" is not the escape sequence "\x1b0")
        assert _letters(_inline_text(row[3])) == [char for owner in action.owners for char in _letters(owner)]


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.cells: list[str] = []
        self._in_cell = False

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "td":
            self._in_cell = True
            self.cells.append("")

    def handle_endtag(self, tag):
        if tag == "td":
            self._in_cell = False

    def handle_data(self, data):
        if self._in_cell:
            self.cells[-1] += data


@FUZZ
@given(papers())
def test_html_escapes_every_tag_and_control_byte(paper):
    meeting, actions, out = written(paper, to_html)
    page = _Page()
    page.feed(out)
    page.close()
    ours = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "p", "table", "thead", "tbody", "tr", "th", "td"}
    assert set(page.tags) <= ours
    assert page.tags.count("td") == len(actions) * len(COLUMNS) and page.tags.count("script") == 0
    for number, action in enumerate(actions):
        assert _letters(page.cells[number * len(COLUMNS) + 2]) == _letters(("[exempt] " if action.exempt else "") + action.text)


def _unescape_ics(value: str) -> str:
    """An RFC 5545 TEXT value read back; a bare `;` or `,` or an unknown escape fails the test."""
    out, chars = [], iter(value)
    for char in chars:
        assert char not in ";,", value
        if char == "\\":
            following = next(chars)
            assert following in "\\;,nN", value
            out.append("\n" if following in "nN" else following)
        else:
            out.append(char)
    return "".join(out)


@FUZZ
@given(papers())
def test_ics_is_folded_escaped_and_parses_back(paper):
    meeting, actions = paper
    out = to_ics(actions, [meeting], stamp=dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc))
    raw = out.encode("utf-8")
    assert raw.endswith(b"\r\n") and b"\r" not in raw.replace(b"\r\n", b"") and b"\n" not in raw.replace(b"\r\n", b"")
    physical = raw.split(b"\r\n")[:-1]
    assert all(len(line) <= 75 for line in physical)
    assert not CONTROL.search(out.replace("\r\n", ""))
    logical = out.replace("\r\n ", "").split("\r\n")[:-1]
    properties = []
    for line in logical:
        found = re.match(r"^([A-Z-]+)((?:;[A-Z-]+=[^:;]*)*):(.*)$", line)
        assert found, line
        properties.append((found.group(1), found.group(3)))
    names = [name for name, _ in properties]
    assert names.count("BEGIN") == names.count("END") == 2 + len(actions)
    summaries = [_unescape_ics(value) for name, value in properties if name == "SUMMARY"]
    assert _letters(summaries[0]) == _letters(meeting.committee)
    for action, summary in zip(actions, summaries[1:]):
        assert _letters(summary) == _letters("Due " + ("[exempt] " if action.exempt else "") + action.text)
    for name, value in properties:
        if name in ("DESCRIPTION", "LOCATION"):
            _unescape_ics(value)


HOSTILE_ACTION = "=cmd|' /C calc'!A0\r\n| <script>alert(1)</script> **x**\x1b]0;owned\x07\ttab; comma, \\"


def test_a_hostile_action_in_the_store_is_harmless_in_every_export(tmp_path, fixture_path):
    """The same checks through the real thing: a store, `cpb actions edit` and `note`, `cpb actions export`."""
    runner = CliRunner()
    db = str(tmp_path / "cpb.db")

    def run(*args):
        result = runner.invoke(cli, ["--db", db, *args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output

    run("import", str(fixture_path("pack_no_cover.txt")), "--date", "2024-06-18")
    action = json.loads(run("actions", "list", "--json"))
    action_id = str((action["actions"] if isinstance(action, dict) else action)[0]["id"])
    run("actions", "edit", action_id, "--text", HOSTILE_ACTION)
    run("actions", "note", action_id, "@SUM(1+1)*cmd|' /C calc'!A0")
    exported = {}
    for fmt in ("csv", "md", "html", "ics"):
        out = tmp_path / f"log.{fmt}"
        run("actions", "export", "--meeting", "2024-06-18", "--format", fmt, "-o", str(out))
        exported[fmt] = out.read_bytes().decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(exported["csv"])))
    assert rows[0]["Action"].startswith("'=cmd") and rows[0]["Latest update"].startswith("'@SUM")
    assert "\x1b" not in "".join(exported.values()) and "\x07" not in "".join(exported.values())
    assert "<script>" not in exported["html"] and "<script>" not in exported["md"] and "\\<script\\>" in exported["md"]
    table = [line for line in exported["md"].splitlines() if line.startswith("|")]
    assert len(table) == 2 + len(rows), table  # the header, the rule, one line per action
    assert "\\; comma\\, \\\\" in exported["ics"].replace("\r\n ", "")


def test_an_exempt_action_named_for_the_paper_is_marked_exempt_in_every_format():
    action = dataclasses.replace(BASE, text="Review the Hollins Lane placement costs", exempt=True)
    for paper in (to_markdown([action], MEETING), to_csv([action], MEETING), to_html([action], MEETING), to_ics([action], [MEETING])):
        assert re.search(r"\\?\[exempt\\?\] Review the Hollins Lane placement costs", paper), paper  # Markdown escapes the brackets
    plain = dataclasses.replace(action, exempt=False)
    assert "[exempt]" not in to_csv([plain], MEETING)
