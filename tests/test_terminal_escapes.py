"""Nothing from a document or a person reaches the terminal as an escape sequence (issue 12).

A store is planted with terminal escapes (clear screen, set title, OSC 52 clipboard write,
OSC 8 hyperlink, an 8-bit CSI, BEL, backspace, bidi overrides and a Markdown character
reference that decodes to one) in every field a user can see. Then every command of the
`cpb` group, listed from the group itself, and every screen of the app print it, and the test
asserts that no ESC, C1 control, BEL or bidi override reaches the output. Exempt (Part II)
text is planted too, and every command that prints it must mark it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from cpb_tui.cli import cli
from cpb_tui.domain.models import (
    AttendeeRecord,
    DocumentRecord,
    ItemRecord,
    MeetingRecord,
    ReportRecord,
    ResolutionRecord,
    SectionRecord,
)
from cpb_tui.domain.safe import json_safe, terminal_safe, terminal_safe_spans
from cpb_tui.store import Store

# Every way of driving a terminal that the issue names, in one string.
HOSTILE = (
    "\x1b[2J"  # clear the screen
    "\x1b]0;pwned title\x07"  # set the window title (OSC 0)
    "\x1b]52;c;cHduZWQ=\x07"  # write the clipboard (OSC 52)
    "\x1b]8;;https://evil.example/\x1b\\a link\x1b]8;;\x1b\\"  # a hyperlink (OSC 8)
    "\x9b6n"  # an 8-bit CSI asking the terminal to answer back
    "\x9d2;title\x9c"  # an 8-bit OSC
    "\x07\x08"  # BEL, backspace
    "\u202eforward\u202c \u2066isolated\u2069"  # bidi override and isolate
    "\x1b"  # a lone ESC
)
# Markdown decodes character references, so the reader's text gets this one as well.
MARKDOWN_HOSTILE = HOSTILE + " &#x202e;reversed&#x202c;"
# What must never reach a terminal: ESC, BEL, the C1 controls, the bidi controls.
FORBIDDEN = re.compile("[\x1b\x07\x80-\x9f\u202a-\u202e\u2066-\u2069]")

COMMITTEE = "Corporate Parenting Board " + HOSTILE
OTHER_COMMITTEE = "Fostering Panel " + HOSTILE  # meets the same day: errors name both
FIRST, SECOND = dt.date(2021, 1, 28), dt.date(2021, 6, 21)
SECRET = "Zanzibar"  # the word in every piece of exempt text


def h(text: str) -> str:
    return f"{text} {HOSTILE} fostering"


def _plant(path: Path, tracker: Path) -> dict:
    """Fill a new store at `path` with hostile text in every field a user sees; return the ids the commands need."""
    store = Store.open(path)
    try:
        section = SectionRecord(number="1", heading=h("Summary"), body=h("Body text") + "\n\n" + MARKDOWN_HOSTILE)
        report = ReportRecord(title=h("Report title"), author=h("Author"), sections=[section])
        first_items = [
            ItemRecord(
                title=h("Fostering Recruitment"),
                number="5",
                minute_number="5",
                purpose=h("Purpose"),
                minutes=h("Minutes") + "\n\n" + MARKDOWN_HOSTILE,
                resolutions=[
                    ResolutionRecord(label="i", text=h("Notes the report"), verb="notes", lead_in=h("That the Board")),
                    ResolutionRecord(label="ii", text=h("Requests a further update to the June 2021 meeting"), verb="requests"),
                ],
                reports=[report],
            ),
            ItemRecord(
                title=f"{SECRET} placement review",
                number="7",
                exempt=True,
                exempt_reason="paragraph 1 " + HOSTILE,
                minutes=f"{SECRET} minutes",
                resolutions=[
                    ResolutionRecord(label="i", text=f"Requests a {SECRET} report to the June 2021 meeting", verb="requests")
                ],
            ),
        ]
        second_items = [
            ItemRecord(title=h("Fostering Recruitment Update"), number="3", minutes=h("Later minutes")),
            ItemRecord(title=f"{SECRET} placement review", number="4", exempt=True, minutes=f"{SECRET} later"),
        ]
        attendance = [AttendeeRecord(person=h("Cllr A"), status="present", role=h("Chair"))]
        first = MeetingRecord(COMMITTEE, FIRST, council=h("Council"), time=h("10.00 am"), venue=h("Venue"), items=first_items, attendance=attendance)
        second = MeetingRecord(COMMITTEE, SECOND, venue=h("Venue"), items=second_items)
        store.import_document(DocumentRecord("minutes", h("Minutes"), [first]), "minutes " + HOSTILE + ".txt", "sha-1")
        store.import_document(DocumentRecord("minutes", h("Minutes"), [second]), "second.txt", "sha-2")
        # Topics: the hostile item and the exempt item, each across both meetings.
        for number, later_number in (("5", "3"), ("7", "4")):
            here = next(i for i in first_items if i.number == number)
            there = next(i for i in second_items if i.number == later_number)
            records = [
                MeetingRecord(COMMITTEE, FIRST, items=[ItemRecord(title=here.title, number=number)]),
                MeetingRecord(COMMITTEE, SECOND, items=[ItemRecord(title=there.title, number=later_number)], role="minutes"),
            ]
            store.import_document(
                DocumentRecord("minutes", here.title, records, topic=here.title), f"topic-{number}.txt", f"sha-topic-{number}"
            )
        other = MeetingRecord(OTHER_COMMITTEE, FIRST, venue=h("Venue"), items=[ItemRecord(title=h("Panel item"), number="1")])
        store.import_document(DocumentRecord("agenda pack", h("Agenda"), [other]), "panel.txt", "sha-3")

        meetings = {m.date: m for m in store.meetings(COMMITTEE)}
        items = {i.number: i for i in store.items(meetings[FIRST].id)}
        later = {i.number: i for i in store.items(meetings[SECOND].id)}
        who = h("clerk")
        manual = store.add_action(
            who, h("Chase the fostering figures"), meetings[FIRST].id, items["5"].id, COMMITTEE,
            [h("Head of Service"), h("Team Manager")], None, meetings[SECOND].id, h("created note"),
        )
        store.note_action(manual.id, who, h("Update"))
        store.edit_action(manual.id, who, text=h("Chase the fostering figures again"), note=h("why"))
        secret = store.add_action(who, f"{SECRET} action: find placements", meetings[FIRST].id, items["7"].id, COMMITTEE, [h("Owner")])
        store.note_action(secret.id, who, f"{SECRET} update")
        plain = store.add_action(who, "Report the fostering numbers", meetings[FIRST].id, items["5"].id, COMMITTEE, ["Owner"])
        # A confirmed follow-up of an ordinary action at an exempt later item.
        store.decide_followup(plain.id, later["4"].id, "confirmed", who, h("delivered"))
        store.add_meeting(COMMITTEE, dt.date(2021, 9, 20), h("2pm"), h("Venue typed by a clerk"))
    finally:
        store.close()
    tracker.write_text(
        "Action,Lead officer,Due,Status,Update\n"
        f'"{h("Tracker action")}","{h("Tracker owner")}",2021-09-20,Open,"{h("Tracker update")}"\n',
        encoding="utf-8",
    )
    return {"manual": manual.id, "secret": secret.id, "plain": plain.id}


@pytest.fixture(scope="module")
def planted_master(tmp_path_factory: pytest.TempPathFactory):
    """The planted store, built once; each test works on its own copy."""
    folder = tmp_path_factory.mktemp("planted")
    tracker = folder / ("tracker " + HOSTILE.replace("/", "") + ".csv")
    ids = _plant(folder / "master.db", tracker)
    import sqlite3

    conn = sqlite3.connect(folder / "master.db")
    conn.execute("pragma wal_checkpoint(truncate)")
    conn.close()
    document = folder / ("agenda " + HOSTILE.replace("/", "") + ".txt")
    document.write_text(
        f"Corporate Parenting Board\n{HOSTILE}\n28 January 2021\n\n1. Apologies {HOSTILE}\n\n2. Fostering {HOSTILE}\n\nRESOLVED\n\n"
        f"i) Notes the report {HOSTILE}\n",
        encoding="utf-8",
    )
    return folder, ids, tracker, document


@pytest.fixture
def planted(planted_master, tmp_path: Path):
    """A copy of the planted store in a folder whose own name carries escapes too (paths are printed)."""
    folder, ids, tracker, document = planted_master
    store_dir = tmp_path / ("store " + HOSTILE.replace("/", ""))
    store_dir.mkdir()
    shutil.copy(folder / "master.db", store_dir / "cpb.db")
    return store_dir / "cpb.db", ids, tracker, document


def leaf_commands(group: click.Group, path: tuple[str, ...] = ()) -> set[tuple[str, ...]]:
    """Every command of the group, as the words that name it (`("actions", "list")`)."""
    found = set()
    context = click.Context(group)
    # through list_commands / get_command, so commands the group loads lazily are counted too
    for name in group.list_commands(context):
        command = group.get_command(context, name)
        if isinstance(command, click.Group):
            found |= leaf_commands(command, path + (name,))
        else:
            found.add(path + (name,))
    return found


M1, M2 = FIRST.isoformat(), SECOND.isoformat()
C = ["--committee", COMMITTEE]
# How each command is run here: every output format and the errors that quote stored text.
# {manual}, {secret}, {plain} are action ids; {tracker}, {document}, {backup} paths.
INVOCATIONS: dict[tuple[str, ...], list[list[str]]] = {
    ("demo",): [["demo", "--no-open"]],
    ("locate",): [["locate"]],
    ("import",): [
        ["import", "{document}", "--committee", COMMITTEE, "--date", "2021-01-28"],
        ["import", "{document}", "--dry-run", "--committee", COMMITTEE, "--date", "2021-01-28"],
        ["import", "{document}", "--explain"],
        ["import", "missing " + HOSTILE + ".txt"],
    ],
    ("meetings", "list"): [["meetings"], ["meetings", "list", "--json"], ["meetings", "list", *C]],
    ("meetings", "add"): [["meetings", "add", *C, "--date", "2021-12-01", "--venue", h("Venue"), "--time", h("noon")]],
    ("show",): [["show", M1, *C], ["show", M1, *C, "--json"], ["show", M1], ["show", "2021-01-29", *C]],
    ("read",): [["read", M1, *C], ["read", M1, "5", *C], ["read", M1, "7", *C], ["read", M1, "99", *C]],
    ("actions", "list"): [["actions"], ["actions", "list", "--status", "all"], ["actions", "list", "--status", "all", "--json"]],
    ("actions", "add"): [
        ["actions", "--as", h("clerk"), "add", "--meeting", M1, *C, "--item", "7", "--text", f"{SECRET} added", "--owner", h("x")],
        ["actions", "add", "--text", h("added"), *C, "--due", "2021-06-21"],
    ],
    ("actions", "edit"): [["actions", "edit", "{manual}", "--owner", h("New owner"), "--text", h("edited"), "--note", h("note")]],
    ("actions", "done"): [["actions", "done", "{manual}", "--note", h("done")]],
    ("actions", "drop"): [["actions", "drop", "{secret}", "--note", h("dropped")]],
    ("actions", "reopen"): [["actions", "reopen", "{plain}", "--note", h("again")]],
    ("actions", "note"): [["actions", "--as", h("someone"), "note", "{manual}", h("a typed update")]],
    ("actions", "history"): [
        ["actions", "history", "{manual}"],
        ["actions", "history", "{secret}"],
        ["actions", "history", "{manual}", "--json"],
    ],
    ("actions", "export"): [
        ["actions", "export", "--meeting", M2, *C, "--format", fmt, "--include-exempt", "{secret}"]
        for fmt in ("md", "csv", "html", "ics")
    ],
    ("actions", "import"): [
        ["actions", "import", "{tracker}", *C, "--dry-run"],
        ["actions", "import", "{tracker}", *C],
    ],
    ("follow", "list"): [["follow"], ["follow", "list", "--all"], ["follow", "list", "--json"]],
    ("follow", "confirm"): [["follow", "--as", h("clerk"), "confirm", "{manual}", M2, "3", *C, "--note", h("yes")]],
    ("follow", "reject"): [
        ["follow", "reject", "{secret}", M2, "4", *C, "--note", h("no")],
        ["follow", "reject", "{secret}", M1, "5", *C],
    ],
    ("brief",): [
        ["brief", M2, *C],
        ["brief", M2, *C, "--include-exempt"],
        ["brief", M1, *C, "--format", "md", "--include-exempt"],
        ["brief", M2, *C, "--format", "html", "--include-exempt"],
        ["brief", M2, *C, "--json", "--include-exempt"],
    ],
    ("topic",): [["topic", M1, "5", *C], ["topic", M1, "7", *C], ["topic", M1, "5", *C, "--json"], ["topic", M1]],
    ("search",): [
        ["search", "fostering"],
        ["search", "fostering", "--json"],
        ["search", SECRET],
        ["search", "kind:action", "fostering"],
        ["search", "committee:" + HOSTILE, "nothing"],
    ],
    ("reindex",): [["reindex"]],
    ("backup",): [["backup"], ["backup", "{backup}"]],
    ("restore",): [["restore", "{backup}", "--yes"]],
    ("check",): [["check"]],
}


def run(db: Path, args: list[str], **paths) -> "click.testing.Result":
    args = [a.format(**paths) if "{" in a else a for a in args]
    return CliRunner().invoke(cli, ["--db", str(db), *args], catch_exceptions=False)


def test_every_command_of_the_group_is_run_here():
    """A new command fails this until it has an invocation in INVOCATIONS (and so is checked for escapes)."""
    assert leaf_commands(cli) == set(INVOCATIONS)


@pytest.mark.parametrize("command", sorted(INVOCATIONS), ids=" ".join)
def test_no_escape_reaches_the_terminal_from_any_command(planted, command, tmp_path):
    db, ids, tracker, document = planted
    backup = tmp_path / "backup.db"
    paths = {**{k: str(v) for k, v in ids.items()}, "tracker": tracker, "document": document, "backup": backup}
    if command == ("restore",):
        run(db, ["backup", str(backup)])
    printed_something = False
    for args in INVOCATIONS[command]:
        result = run(db, args, **paths)
        for stream, text in (("stdout", result.stdout), ("stderr", result.stderr)):
            leaked = FORBIDDEN.findall(text)
            assert not leaked, f"cpb {' '.join(args)!r} wrote {sorted(set(leaked))} to {stream}:\n{text!r}"
        printed_something = printed_something or bool(result.stdout.strip())
        if "--json" in args and result.exit_code == 0:
            json.loads(result.stdout)  # the escaped JSON is still JSON
    assert printed_something


def test_json_keeps_the_stored_text_exactly(planted):
    """--json is for programs: it carries the text as stored, the controls escaped, not removed."""
    db, ids, _, _ = planted
    shown = json.loads(run(db, ["show", M1, *C, "--json"]).stdout)
    assert shown["committee"] == COMMITTEE
    assert shown["items"][0]["title"] == h("Fostering Recruitment")


def records(output: str) -> list[str]:
    """Output split into records: a line and the lines indented further under it."""
    found: list[str] = []
    indent = 0
    for line in output.splitlines():
        depth = len(line) - len(line.lstrip())
        if not line.strip():
            indent = -1
        elif found and indent >= 0 and depth > indent:
            found[-1] += "\n" + line
        else:
            found.append(line)
            indent = depth
    return found


@pytest.mark.parametrize(
    "args",
    [
        ["actions", "list", "--status", "all"],
        ["actions", "history", "{secret}"],
        ["follow", "list", "--all"],
        ["topic", M1, "7", *C],
        ["show", M1, *C],
        ["search", SECRET],
        ["actions", "add", "--meeting", M1, *C, "--item", "7", "--text", f"{SECRET} added"],
    ],
    ids=lambda args: " ".join(args[:2]),
)
def test_exempt_text_is_marked_in_every_command_that_prints_it(planted, args):
    db, ids, _, _ = planted
    result = run(db, args, **{k: str(v) for k, v in ids.items()})
    assert result.exit_code == 0, result.output
    exempt = [r for r in records(result.stdout) if SECRET in r]
    assert exempt, result.stdout
    for record in exempt:
        assert "[exempt]" in record, f"unmarked exempt text:\n{record}"
    # And nothing else is marked: the tag means something.
    for record in records(result.stdout):
        if SECRET not in record and "[exempt]" in record:
            pytest.fail(f"marked but not exempt:\n{record}")


def test_read_marks_an_exempt_item_at_its_heading(planted):
    db, _, _, _ = planted
    output = run(db, ["read", M1, *C]).stdout
    item = output[output.index("Item 7.") :]
    heading, meta = item.splitlines()[0], item.splitlines()[2]
    assert SECRET in heading and meta.startswith("EXEMPT (Part II)")
    assert "EXEMPT" not in output[: output.index("Item 7.")]


# --- the sanitiser itself --------------------------------------------------------------------


def test_the_sanitiser_removes_whole_sequences_and_keeps_the_words():
    assert terminal_safe(HOSTILE) == "a linkforward isolated"
    assert terminal_safe("Approved\rRejected") == "Approved\nRejected"  # a lone CR would overwrite
    assert terminal_safe("line\r\nend\ttab\n") == "line\r\nend\ttab\n"
    assert terminal_safe("\x1b]0;never terminated\nrest") == "0;never terminated\nrest"  # swallows nothing
    assert terminal_safe("caf\u00e9 \u05e9\u05dc\u05d5\u05dd\u200f") == "caf\u00e9 \u05e9\u05dc\u05d5\u05dd\u200f"
    assert terminal_safe(None) == ""


def test_spans_follow_the_text_they_highlight():
    text = "ab\x1b[2Jcd\x1b]0;x\x07ef\u202egh"
    clean, spans = terminal_safe_spans(text, [(0, 2), (6, 8), (14, 16), (17, 19)])
    assert clean == "abcdefgh"
    assert [clean[s:e] for s, e in spans] == ["ab", "cd", "ef", "gh"]


def test_json_safe_escapes_what_json_dumps_leaves():
    dumped = json.dumps({"t": "a\x9b\u202eb\x1b"}, ensure_ascii=False)
    assert not FORBIDDEN.search(json_safe(dumped))
    assert json.loads(json_safe(dumped)) == {"t": "a\x9b\u202eb\x1b"}


# --- the app ---------------------------------------------------------------------------------

# What Textual itself writes: colours and styles, cursor moves, and terminal modes.
_TEXTUAL_OWN = re.compile(r"\x1b\[[0-9;:]*m|\x1b\[\d+;\d+H|\x1b\[\?\d+[hl]|\x1b\]22;[a-z-]+\x07")


def _recording_driver():
    from textual.drivers.headless_driver import HeadlessDriver

    class RecordingDriver(HeadlessDriver):
        """A headless driver that keeps what the app writes, as a terminal would receive it."""

        @property
        def is_headless(self) -> bool:
            return False  # so the app renders its frames to the driver

        def write(self, data: str) -> None:
            self._app.terminal_output.append(data)

    return RecordingDriver


async def test_no_escape_reaches_the_terminal_from_any_screen(planted, pinned_today):
    from textual.command import CommandPalette

    from cpb_tui.tui.app import make_app
    from cpb_tui.tui.screens import HelpScreen, HomeScreen, MeetingScreen
    from cpb_tui.tui.screens.goto_modal import GotoItemModal
    from cpb_tui.tui.screens.search_screen import SearchScreen

    db, _, _, _ = planted
    app = make_app(db)
    app.terminal_output = []
    app.driver_class = _recording_driver()
    app.animation_level = "none"
    seen: list[tuple[str, str]] = []

    async def until(pilot, condition):
        for _ in range(300):
            if condition():
                await pilot.pause(0.05)
                return
            await pilot.pause(0.02)
        raise AssertionError("the screen never got there")

    def shot(name: str) -> None:
        seen.append((name, "".join(app.terminal_output)))
        app.terminal_output.clear()

    async with app.run_test(headless=False, size=(120, 40)) as pilot:
        await until(pilot, lambda: isinstance(app.screen, HomeScreen) and app.screen.summaries)
        shot("home")
        home = app.screen
        row = next(i for i, m in enumerate(home.meetings) if m.date == FIRST and m.committee == COMMITTEE)
        home.query_one("#meetings-table").move_cursor(row=row)
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, MeetingScreen) and app.screen.shown_item_id is not None)
        meeting = app.screen
        await pilot.press("f")  # every item, procedural or not
        for tab in "12345":
            await pilot.press(tab)
            await pilot.pause(0.1)
            shot(f"meeting, item 5, tab {tab}")
        await pilot.press("1", "t")  # the reader with its table of contents
        await pilot.pause(0.1)
        shot("reader with contents")
        await pilot.press("t", "n")
        await until(pilot, lambda: meeting.shown_item_id != meeting.shown_items[0].id)
        for tab in "2345":
            await pilot.press(tab)
            await pilot.pause(0.1)
            shot(f"meeting, exempt item, tab {tab}")
        # The exempt item's own actions, and its topic at the other meeting, are marked.
        assert SECRET in str(meeting.query_one("#actions-text").render())
        assert "EXEMPT" in str(meeting.query_one("#actions-text").render())
        topic = meeting.query_one("#topic-body")
        assert any("EXEMPT" in str(topic.get_option_at_index(i).prompt) for i in range(topic.option_count))
        await pilot.press("right_square_bracket")  # the next meeting of the committee
        await until(pilot, lambda: meeting.meeting is not None and meeting.meeting.date == SECOND)
        await pilot.press("4")
        await pilot.pause(0.1)
        shot("next meeting, actions")
        await pilot.press("b")  # the member's briefing for this meeting
        await until(pilot, lambda: getattr(app.screen, "brief", None) is not None)
        shot("briefing")
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is meeting)
        await pilot.press("g")
        await until(pilot, lambda: isinstance(app.screen, GotoItemModal))
        await pilot.press(*"99", "enter")
        await pilot.pause(0.1)
        shot("go to item")
        await pilot.press("question_mark")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen))
        shot("help")
        await pilot.press("escape", "slash")
        await until(pilot, lambda: isinstance(app.screen, SearchScreen))
        app.screen.query_one("#search-input").value = "fostering"  # as typed, without a frame per key
        await until(pilot, lambda: app.screen.answered_query == "fostering" and app.screen.hits)
        await pilot.press("ctrl+f")
        await pilot.pause(0.1)
        shot("search")
        await pilot.press("escape", "ctrl+p")
        await until(pilot, lambda: isinstance(app.screen, CommandPalette))
        await pilot.press(*"fo")
        options = app.screen.query_one("CommandList")
        await until(pilot, lambda: options.option_count > 5)
        shot("palette")
        await pilot.press("backspace", "backspace", *"zanz")
        await until(pilot, lambda: any(SECRET in str(options.get_option_at_index(i).prompt) for i in range(options.option_count)))
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert all("[exempt]" in p for p in prompts if SECRET in p)  # exempt items and actions are marked
        shot("palette, exempt entries")
        await pilot.press("escape")
    assert len(seen) == 18
    for name, written in seen:
        assert written, f"nothing was written for {name}"
        leaked = FORBIDDEN.findall(_TEXTUAL_OWN.sub("", written))
        assert not leaked, f"{name}: the app wrote {sorted(set(leaked))} to the terminal"
    everything = "".join(w for _, w in seen)
    assert "forward" in everything and "isolated" in everything  # the planted text was on screen
