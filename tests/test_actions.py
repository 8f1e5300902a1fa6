"""The action log: extraction on import, clerk changes with their trail, exports, trackers."""

import csv
import dataclasses
import datetime as dt
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from cpb_tui.cli import cli
from cpb_tui.domain.models import Action, Meeting
from cpb_tui.store import Store
from tests.conftest import SEEDS


@pytest.fixture
def run(db_path):
    runner = CliRunner()

    def invoke(*args, ok=True):
        result = runner.invoke(cli, ["--db", str(db_path), *args], catch_exceptions=False)
        if ok:
            assert result.exit_code == 0, result.output
        return result

    return invoke


@pytest.fixture
def demo_cli(demo_db):
    runner = CliRunner()
    return lambda *args: runner.invoke(cli, ["--db", str(demo_db), *args], catch_exceptions=False)


def day(meeting):
    """The date of a meeting as the JSON refers to it (None for no meeting)."""
    return meeting["date"] if meeting else None


def actions_json(run, *args):
    return json.loads(run("actions", "list", "--json", *args).output)["actions"]


def test_pack_import_extracts_actions_with_due_meetings(run, fixture_path):
    run("import", str(fixture_path("pack_no_cover.txt")), "--date", "2024-06-18")
    found = actions_json(run)
    kinds = {a["minute_reference"]: (a["kind"], a["due_words"]) for a in found}
    assert kinds["22 ii)"] == ("update", "to the September 2024 meeting")
    assert kinds["23 2)"][0] == "send"
    assert kinds["24"][0] == "defer"
    # Noting and endorsing clauses are resolutions only.
    assert "22 i)" not in kinds and "23 1)" not in kinds
    deferred = next(a for a in found if a["minute_reference"] == "24")
    assert day(deferred["due_meeting"]) == "2024-06-18"  # the next meeting is in the store


def test_due_meeting_resolves_when_the_meeting_is_scheduled(run, fixture_path):
    run("import", str(fixture_path("pack_no_cover.txt")), "--date", "2024-06-18")
    update = next(a for a in actions_json(run) if a["minute_reference"] == "22 ii)")
    assert (day(update["due_meeting"]), update["due_date"]) == (None, "2024-09-30")
    result = run("meetings", "add", "--committee", "Corporate Parenting Board", "--date", "2024-09-12")
    assert "added Corporate Parenting Board, 12 September 2024" in result.output
    update = next(a for a in actions_json(run) if a["minute_reference"] == "22 ii)")
    assert day(update["due_meeting"]) == "2024-09-12"
    history = run("actions", "history", str(update["id"])).output
    assert "due: 2024-09-30 -> meeting of 2024-09-12" in history


def test_clerk_changes_are_events_with_who_old_new_and_note(run, fixture_path):
    run("import", str(fixture_path("pack_no_cover.txt")), "--date", "2024-06-18")
    action = next(a for a in actions_json(run) if a["minute_reference"] == "22 ii)")
    number = str(action["id"])
    run("actions", "--as", "Sam Clerk", "edit", number, "--owner", "Head of Fostering", "--owner", "the Chair",
        "--due", "2024-10-31", "--note", "agreed with the Chair")
    run("actions", "--as", "Sam Clerk", "note", number, "Report drafted, going to the October meeting")
    run("actions", "--as", "Jo Officer", "done", number, "--note", "Presented on 31 October")
    done = actions_json(run, "--status", "done")
    assert [(a["id"], a["owners"], a["due_date"]) for a in done] == [
        (action["id"], ["Head of Fostering", "the Chair"], "2024-10-31")
    ]
    assert done[0]["latest_update"] == "Presented on 31 October"
    events = json.loads(run("actions", "history", number, "--json").output)["events"]
    changes = [(e["who"], e["event"], e["field"], e["old"], e["new"], e["note"]) for e in events if e["who"] != "cpb"]
    assert changes == [
        ("Sam Clerk", "edited", "owners", "", "Head of Fostering; the Chair", "agreed with the Chair"),
        ("Sam Clerk", "edited", "due", "30 September 2024", "2024-10-31", "agreed with the Chair"),
        ("Sam Clerk", "note", None, None, None, "Report drafted, going to the October meeting"),
        ("Jo Officer", "done", "status", "open", "done", "Presented on 31 October"),
    ]
    run("actions", "reopen", number, "--note", "asked for more")
    assert run("actions", "done", number, ok=False).exit_code == 0
    assert "already done" in run("actions", "done", number, ok=False).output


def test_who_comes_from_config_then_login(run, fixture_path, isolated_home):
    run("import", str(fixture_path("pack_no_cover.txt")), "--date", "2024-06-18")
    isolated_home.mkdir(parents=True, exist_ok=True)
    (isolated_home / "config.toml").write_text('user = "Pat Clerk"\n')
    action_id = str(actions_json(run)[0]["id"])
    run("actions", "note", action_id, "checked")
    events = json.loads(run("actions", "history", action_id, "--json").output)["events"]
    assert events[-1]["who"] == "Pat Clerk"
    (isolated_home / "config.toml").write_text("user = [\n")
    result = run("actions", "note", action_id, "again", ok=False)
    assert result.exit_code == 1 and "config.toml: not valid TOML" in result.output


def test_reimport_never_duplicates_nor_overwrites_clerk_edits(run, fixture_path, tmp_path, db_path):
    run("import", str(fixture_path("pack_no_cover.txt")), "--date", "2024-06-18")
    action = next(a for a in actions_json(run) if a["minute_reference"] == "22 ii)")
    run("actions", "edit", str(action["id"]), "--text", "Fostering update, now for October", "--owner", "Head of Fostering")
    # A republished pack (same name, new wording elsewhere) is re-extracted.
    revised = tmp_path / "pack_no_cover.txt"
    revised.write_text(fixture_path("pack_no_cover.txt").read_text().replace("spring fostering", "spring 2024 fostering"))
    result = run("import", str(revised), "--date", "2024-06-18")
    assert result.output.startswith("updated")
    after = actions_json(run)
    assert len(after) == 3
    kept = next(a for a in after if a["id"] == action["id"])
    assert (kept["text"], kept["owners"]) == ("Fostering update, now for October", ["Head of Fostering"])


def test_history_is_append_only(store, fixture_path):
    import sqlite3

    from cpb_tui.importers import load

    source, record = load(fixture_path("pack_no_cover.txt"), date=dt.date(2024, 6, 18))
    store.import_document(record, str(source.path), source.sha256)
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store.db.execute("update action_events set who = 'someone else'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store.db.execute("delete from action_events")


def test_no_code_path_updates_or_deletes_an_event():
    package = Path(__file__).resolve().parents[1] / "cpb_tui"
    pattern = re.compile(r"(update|delete\s+from|replace\s+into|insert\s+or\s+replace\s+into)\s+action_events", re.IGNORECASE)
    offenders = []
    for path in package.rglob("*.py"):
        text = path.read_text()
        for match in pattern.finditer(text):
            line = text[: match.start()].count("\n") + 1
            context = text.splitlines()[line - 1]
            if "trigger" not in context and "raise(abort" not in context:
                offenders.append(f"{path.name}:{line}")
    assert offenders == []


def test_overdue_and_filters(demo_cli):
    overdue = json.loads(demo_cli("actions", "--overdue", "--json").output)["actions"]
    assert overdue and all(a["status"] == "open" for a in overdue)
    assert all((day(a["due_meeting"]) or a["due_date"]) < "2026-11-23" for a in overdue)
    by_owner = json.loads(demo_cli("actions", "list", "--owner", "chair", "--json").output)["actions"]
    assert by_owner and all(any("chair" in o.lower() for o in a["owners"]) for a in by_owner)
    before = json.loads(demo_cli("actions", "list", "--due-before", "2026-01-01", "--json").output)["actions"]
    assert all((day(a["due_meeting"]) or a["due_date"]) < "2026-01-01" for a in before)


def test_demo_planted_actions(demo_cli):
    found = json.loads(demo_cli("actions", "list", "--status", "all", "--json").output)["actions"]
    by_minute = {(day(a["meeting"]), a["minute_reference"]): a for a in found}
    assert by_minute[("2024-11-14", "23 iii)")]["due_meeting"]["date"] == "2025-06-19"
    assert by_minute[("2024-11-14", "24 iv)")]["kind"] == "send"
    assert by_minute[("2025-09-18", "15")]["kind"] == "defer"
    assert by_minute[("2025-09-18", "15")]["due_meeting"]["date"] == "2025-11-13"
    assert by_minute[("2025-09-18", "16 iii)")]["due_meeting"]["date"] == "2026-06-18"
    assert by_minute[("2026-09-17", "15 ii)")]["due_meeting"] is None  # by March 2027: still pending
    # Noting clauses are not actions.
    assert ("2024-11-14", "23 i)") not in by_minute and ("2025-01-16", "32") not in by_minute


def test_export_formats(demo_cli, tmp_path):
    markdown = demo_cli("actions", "export", "--meeting", "2026-11-26").output
    assert markdown.startswith("# Action log: Corporate Parenting Board, 26 November 2026")
    assert "## Meeting of 14 November 2024" in markdown and "| 23 iii) |" in markdown

    out = tmp_path / "log.csv"
    demo_cli("actions", "export", "--meeting", "2026-11-26", "--format", "csv", "-o", str(out))
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    assert rows and set(rows[0]) >= {"Origin meeting", "Minute", "Action", "Owner(s)", "Status", "Target", "Latest update"}

    page = demo_cli("actions", "export", "--meeting", "2026-11-26", "--format", "html").output
    assert "@media print" in page and "<table>" in page and "Meeting of 14 November 2024" in page

    ics = tmp_path / "log.ics"
    demo_cli("actions", "export", "--meeting", "2026-11-26", "--format", "ics", "-o", str(ics))
    calendar = ics.read_bytes().decode()
    assert calendar.startswith("BEGIN:VCALENDAR\r\n") and calendar.endswith("END:VCALENDAR\r\n")
    assert "DTSTART;VALUE=DATE:20261126" in calendar
    assert all(len(line.encode()) <= 75 for line in calendar.split("\r\n"))


def test_export_escapes_document_text(run, tmp_path, fixture_path):
    run("import", str(fixture_path("pack_no_cover.txt")), "--date", "2024-06-18")
    action_id = str(actions_json(run)[0]["id"])
    run("actions", "edit", action_id, "--text", "<script>alert(1)</script> | pipes; commas, too")
    page = run("actions", "export", "--meeting", "2024-06-18", "--format", "html").output
    assert "<script>" not in page and "&lt;script&gt;" in page
    markdown = run("actions", "export", "--meeting", "2024-06-18").output
    assert "\\| pipes" in markdown
    calendar = run("actions", "export", "--meeting", "2024-06-18", "--format", "ics").output
    assert "pipes\\; commas\\, too" in calendar.replace("\r\n ", "")


def test_exempt_items_stay_out_of_exports_unless_named(demo_cli, demo_db):
    store = Store.open(demo_db)
    (march,) = store.meetings_on(dt.date(2026, 3, 19))
    exempt_item = next(i for i in store.items(march.id) if i.exempt)
    secret = store.add_action("Sam Clerk", "Review the provider's improvement plan", march.id, exempt_item.id)
    store.close()
    paper = demo_cli("actions", "export", "--meeting", "2026-11-26")
    assert "improvement plan" not in paper.output
    assert "left out 1 action(s) from exempt items" in paper.output
    named = demo_cli("actions", "export", "--meeting", "2026-11-26", "--include-exempt", str(secret.id))
    assert "improvement plan" in named.output


def test_tracker_import(run, tmp_path):
    tracker = tmp_path / "tracker.csv"
    tracker.write_text(
        "Ref,Date raised,Action,Lead Officer,Due Date,Status,Update / Comments\n"
        "1,12/03/2024,Circulate the fostering figures,Head of Fostering,30/04/2024,Complete,Sent 2 April\n"
        "2,12/03/2024,Arrange a visit to the new home,Chair; Head of Residential,next month,Open,\n"
        "3,12/03/2024,,Head of Fostering,30/04/2024,Open,\n"
        "4,12/03/2024,Update on virtual school attendance,Virtual School Head,TBC,In progress,Drafting\n"
    )
    dry = run("actions", "import", str(tracker), "--committee", "Corporate Parenting Board", "--dry-run")
    assert "2 rows would be imported, 2 cannot be read; nothing written" in dry.output
    assert "line 3: cannot read the due date 'next month'" in dry.output
    assert "line 4: no action text" in dry.output
    assert actions_json(run, "--status", "all") == []
    result = run("actions", "import", str(tracker), "--committee", "Corporate Parenting Board", ok=False)
    assert result.exit_code == 1 and "imported 2 actions, 2 rows could not be read" in result.output
    imported = actions_json(run, "--status", "all")
    assert [(a["text"], a["status"], a["owners"], a["due_date"], a["origin"]) for a in imported] == [
        ("Circulate the fostering figures", "done", ["Head of Fostering"], "2024-04-30", "imported"),
        ("Update on virtual school attendance", "open", ["Virtual School Head"], None, "imported"),
    ]
    assert imported[0]["latest_update"] == "Sent 2 April"


def test_tracker_without_an_action_column(run, tmp_path):
    tracker = tmp_path / "tracker.csv"
    tracker.write_text("Who,When\nSam,Monday\n")
    result = run("actions", "import", str(tracker), "--committee", "Board", ok=False)
    assert result.exit_code == 1 and "no column for the action itself" in result.output


@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"the real seed documents are not at {SEEDS}")
def test_seed_actions(run):
    def seed(prefix):
        return str(next(SEEDS.glob(f"{prefix}_*.txt")))

    run("import", seed("001"), "--date", "2021-06-21")
    run("import", seed("000"))
    found = actions_json(run, "--status", "all")
    by_minute = {(day(a["meeting"]), a["minute_reference"]): a for a in found}
    update = by_minute[("2021-01-28", "16 ii)")]
    assert (update["kind"], day(update["due_meeting"])) == ("update", "2021-06-21")
    send = by_minute[("2021-01-28", "17 vi)")]
    assert send["kind"] == "send" and "District and Borough Councils" in send["text"]
    # The noting and endorsing clauses of 16-19 and the 2022 "supports" are not actions.
    assert len(found) == 2


def test_tracker_as_a_pipe_table(run, tmp_path, fixture_path):
    tracker = tmp_path / "tracker.md"
    tracker.write_text(
        "Action log of the Fostering Panel\n\n"
        "| Ref | Action | Owner | Due date | Status | Update |\n"
        "|---|---|---|---|---|---|\n"
        "| 23 iii | Circulate the placement figures | Head of Placements | 31/01/2025 | Complete | Sent 20 January |\n"
        "| 24 i | Report on short breaks | Director | someday | Open | |\n"
    )
    result = run("actions", "import", str(tracker), "--committee", "Fostering Panel", ok=False)
    assert "line 6: cannot read the due date 'someday'" in result.output
    imported = actions_json(run, "--status", "all")
    assert [(a["text"], a["status"], a["owners"], a["due_date"]) for a in imported] == [
        ("Circulate the placement figures", "done", ["Head of Placements"], "2025-01-31")]
    # the same table given to `cpb import` is kept as text, with a pointer to the action log
    explained = run("import", "--explain", str(tracker))
    assert "looks like an action tracker" in explained.output


def test_tracker_flattened_one_cell_per_line(run, tmp_path):
    tracker = tmp_path / "action-log.txt"
    tracker.write_text(
        "Corporate Parenting Board action log\nRef\nAction\nOwner\nDue date\nStatus\n"
        "23 iii\nCirculate the placement figures\nHead of Placements\n31/01/2025\nComplete\n"
        "24 i\nReport on short breaks\nDirector of Children's Services\n30/06/2025\nOpen\n"
    )
    run("actions", "import", str(tracker), "--committee", "Corporate Parenting Board")
    imported = actions_json(run, "--status", "all")
    assert sorted((a["text"], a["status"], tuple(a["owners"]), a["due_date"]) for a in imported) == [
        ("Circulate the placement figures", "done", ("Head of Placements",), "2025-01-31"),
        ("Report on short breaks", "open", ("Director of Children's Services",), "2025-06-30"),
    ]
    assert "looks like an action tracker" in run("import", "--explain", str(tracker)).output


def test_a_request_told_twice_is_one_action(store):
    from cpb_tui.importers.generic import parse_generic

    text = (
        "Minutes of the meeting of the Audit Committee held on 12 October 2024\n\n4. TREASURY MANAGEMENT\n"
        "Officers agreed to submit an interim report to the March meeting of the Committee.\n"
        "RESOLVED that officers submit an interim report to the March meeting of the Committee.\n"
    )
    record = parse_generic(text)
    outcome = store.import_document(record, "audit.txt", "audit")
    (item,) = store.items(outcome.meetings[0].id)
    actions = store.item_actions(item.id)
    assert len(actions) == 1 and actions[0].due_date == dt.date(2025, 3, 31)


def _meeting(meeting_id: int, day: str) -> Meeting:
    return Meeting(meeting_id, 1, "Corporate Parenting Board", None, dt.date.fromisoformat(day), None, None, "held", None)


def _action(action_id: int, raised: str | None, status: str = "open", closed: str | None = None, exempt: bool = False) -> Action:
    return Action(
        id=action_id, committee="Corporate Parenting Board", meeting_id=None,
        meeting_date=dt.date.fromisoformat(raised) if raised else None, item_id=None, item_number=None,
        minute_number=None, item_title=None, clause_label=None, kind="report", text=f"action {action_id}",
        owners=(), due_words=None, due_meeting_id=None, due_meeting_date=None, due_date=None, status=status,
        origin="manual", created_at="2025-01-01T10:00:00", closed_at=closed, latest_update=None, exempt=exempt,
    )


def test_matters_arising_chooses_open_and_recently_closed_actions_from_earlier_meetings():
    from cpb_tui.actions.matters_arising import matters_arising

    march, june, september = _meeting(1, "2025-03-20"), _meeting(2, "2025-06-19"), _meeting(3, "2025-09-18")
    actions = [
        _action(1, "2025-03-20"),  # open, from an earlier meeting: on the paper
        _action(2, None),  # open, added by hand with no meeting: on the paper
        _action(3, "2025-01-16", "done", "2025-03-20T09:00:00"),  # closed on the day of the previous meeting: on
        _action(4, "2025-01-16", "dropped", "2025-03-19T09:00:00"),  # closed before the previous meeting: off
        _action(5, "2025-06-19"),  # raised at this meeting: not yet matters arising
        _action(6, "2025-03-20", exempt=True),  # from an exempt item: off unless named
        _action(7, "2025-09-18", exempt=True),  # exempt and raised later: off, but still counted as withheld
    ]
    paper = matters_arising(june, actions, [september, june, march])
    assert [a.id for a in paper.actions] == [1, 2, 3]
    assert paper.withheld == 2
    assert paper.upcoming == [september, june]

    named = matters_arising(june, actions, [september, june, march], include_exempt={6})
    assert [a.id for a in named.actions] == [1, 2, 3, 6] and named.withheld == 1

    first = matters_arising(march, actions, [september, june, march])
    assert [a.id for a in first.actions] == [2]  # no previous meeting: nothing closed counts as recent


def test_export_formats_come_from_one_table():
    from cpb_tui.actions.matters_arising import matters_arising
    from cpb_tui.cli.actions import actions_export
    from cpb_tui.export.action_log import FORMATS

    (fmt,) = [option for option in actions_export.params if option.name == "fmt"]
    assert list(fmt.type.choices) == list(FORMATS) == ["md", "csv", "html", "ics"]
    june = _meeting(2, "2025-06-19")
    due = dataclasses.replace(_action(1, "2025-03-20"), due_date=dt.date(2025, 7, 31))
    paper = matters_arising(june, [due], [june, _meeting(1, "2025-03-20")])
    for name, paper_format in FORMATS.items():
        assert "action 1" in paper_format.write(paper), name
