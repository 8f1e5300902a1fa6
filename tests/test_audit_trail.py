"""The history stays complete whoever touches the file: SQLite tools beside cpb, and cpb itself.

Changes "from outside" are made through a plain `sqlite3` connection to the real store file,
as someone using the sqlite3 shell would.
"""

from __future__ import annotations

import sqlite3
import stat

import pytest
from click.testing import CliRunner
from sqlite_utils import Database

from cpb_tui.cli import cli
from cpb_tui.store import Store
from cpb_tui.store.db import backup_path, schema_version
from cpb_tui.store.migrations import migrations


@pytest.fixture
def outside(demo_db):
    """A plain SQLite connection to the demo store, with foreign keys on as a careful tool would have them."""
    conn = sqlite3.connect(demo_db)
    conn.execute("pragma foreign_keys = on")
    yield conn
    conn.close()


def history(demo_db, action_id: int) -> list[tuple]:
    store = Store.open(demo_db)
    events = [(e.who, e.event, e.field, e.old, e.new) for e in store.history(action_id)]
    store.close()
    return events


def an_open_action(conn) -> int:
    return conn.execute("select min(id) from actions where status = 'open' and due_meeting_id is null").fetchone()[0]


def test_replacing_an_event_is_refused(outside):
    event_id, action_id = outside.execute("select id, action_id from action_events order by id limit 1").fetchone()
    before = outside.execute("select * from action_events where id = ?", [event_id]).fetchone()
    with pytest.raises(sqlite3.IntegrityError, match="append-only: an event cannot be replaced"):
        outside.execute(
            "insert or replace into action_events (id, action_id, at, who, event) values (?, ?, 'now', 'me', 'created')",
            [event_id, action_id],
        )
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        outside.execute(
            "insert into action_events (id, action_id, at, who, event) values (?, ?, 'now', 'me', 'created') "
            "on conflict(id) do update set who = 'me'",
            [event_id, action_id],
        )
    assert outside.execute("select * from action_events where id = ?", [event_id]).fetchone() == before


def test_replacing_or_deleting_an_action_is_refused(outside):
    action_id = an_open_action(outside)
    row = outside.execute("select * from actions where id = ?", [action_id]).fetchone()
    columns = [d[0] for d in outside.execute("select * from actions limit 0").description]
    changed = dict(zip(columns, row), text="Quietly reworded")
    marks = ", ".join("?" for _ in columns)
    with pytest.raises(sqlite3.IntegrityError, match="an action cannot be replaced"):
        outside.execute(f"insert or replace into actions ({', '.join(columns)}) values ({marks})", list(changed.values()))
    with pytest.raises(sqlite3.IntegrityError, match="keeps every action: drop it instead"):
        outside.execute("delete from actions where id = ?", [action_id])
    assert outside.execute("select * from actions where id = ?", [action_id]).fetchone() == row


def test_changing_text_status_or_due_directly_is_recorded(demo_db, outside):
    action_id = an_open_action(outside)
    text, due_date = outside.execute("select text, due_date from actions where id = ?", [action_id]).fetchone()
    before = history(demo_db, action_id)
    with outside:
        outside.execute("update actions set text = 'Quietly reworded' where id = ?", [action_id])
    with outside:
        outside.execute("update actions set status = 'done' where id = ?", [action_id])
    with outside:
        outside.execute("update actions set due_date = '2030-01-01' where id = ?", [action_id])
    with outside:  # an update that changes nothing records nothing
        outside.execute("update actions set text = text, status = status where id = ?", [action_id])
    added = history(demo_db, action_id)[len(before):]
    assert added == [
        ("outside cpb", "edited", "text", text, "Quietly reworded"),
        ("outside cpb", "edited", "status", "open", "done"),
        ("outside cpb", "edited", "due", due_date or "not set", "2030-01-01"),
    ]
    shown = CliRunner().invoke(cli, ["--db", str(demo_db), "actions", "history", str(action_id)])
    assert "outside cpb  edited text: " in shown.output and "(changed in the store directly, not through cpb)" in shown.output


def test_moving_a_due_to_a_meeting_directly_is_recorded_with_the_meetings_date(demo_db, outside):
    action_id = an_open_action(outside)
    meeting_id, date = outside.execute("select id, date from meetings order by date desc limit 1").fetchone()
    with outside:
        outside.execute("update actions set due_meeting_id = ?, due_date = null where id = ?", [meeting_id, action_id])
    who, event, field, old, new = history(demo_db, action_id)[-1]
    assert (who, event, field, new) == ("outside cpb", "edited", "due", f"meeting of {date}")


def test_every_change_made_through_cpb_is_its_own_event_and_never_looks_like_an_outside_one(demo_db, outside):
    action_id = an_open_action(outside)
    action_with_followup, item_id = outside.execute(
        "select f.action_id, f.item_id from followups f join actions a on a.id = f.action_id "
        "where a.status = 'open' and f.state = 'suggested' order by f.score desc limit 1"
    ).fetchone()
    meeting_date = outside.execute("select date from meetings order by date desc limit 1").fetchone()[0]
    before = outside.execute("select count(*) from action_events").fetchone()[0]
    runner = CliRunner()
    commands = [
        ["edit", str(action_id), "--text", "Reworded by the clerk", "--note", "clearer"],
        ["edit", str(action_id), "--due", "2031-03-01"],
        ["edit", str(action_id), "--due", meeting_date],
        ["edit", str(action_id), "--owner", "Head of Service"],
        ["done", str(action_id), "--note", "presented"],
        ["reopen", str(action_id)],
        ["drop", str(action_id)],
        ["note", str(action_id), "kept for the record"],
    ]
    for command in commands:
        result = runner.invoke(cli, ["--db", str(demo_db), "actions", "--as", "clerk", *command])
        assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["--db", str(demo_db), "follow", "confirm", str(action_with_followup), str(item_id)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["--db", str(demo_db), "meetings", "add", "--committee", "Corporate Parenting Board", "--date", "2027-03-18"])
    assert result.exit_code == 0, result.output
    after = outside.execute("select count(*) from action_events").fetchone()[0]
    assert after >= before + len(commands) + 2
    assert outside.execute("select count(*) from action_events where who = 'outside cpb'").fetchone()[0] == 0
    assert [e[1] for e in history(demo_db, action_id)][-8:] == [
        "edited", "edited", "edited", "edited", "done", "reopened", "dropped", "note",
    ]


def test_a_migration_first_copies_the_store_beside_it_under_its_old_version(tmp_path):
    path = tmp_path / "cpb.db"
    last = migrations._migrations[-1].name
    old = Database(str(path))
    migrations.apply(old, stop_before=last)  # the store as the previous cpb left it
    old.execute("insert into committees (name, name_key) values ('Corporate Parenting Board', 'corporate parenting board')")
    old.close()
    path.chmod(0o600)
    result = CliRunner().invoke(cli, ["--db", str(path), "meetings"])
    assert result.exit_code == 0, result.output
    old_version = schema_version(m.name for m in migrations._migrations[:-1])
    copy = backup_path(path, old_version)
    assert copy.name == f"cpb.schema{old_version}.backup.db"
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    kept = sqlite3.connect(copy)
    assert last not in [row[0] for row in kept.execute("select name from _sqlite_migrations")]
    assert kept.execute("select name from committees").fetchall() == [("Corporate Parenting Board",)]
    kept.close()
    store = Store.open(path)
    assert [row[0] for row in store.db.execute("select name from _sqlite_migrations")][-1] == last
    store.close()
    assert not list(tmp_path.glob("*.part"))
