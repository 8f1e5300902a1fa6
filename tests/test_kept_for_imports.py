"""What m012 keeps for imports never goes stale.

An import finds the actions to rescore by `actions.window_anchor` and the dues to place
again by `actions.due_reach`, through their indexes (store/followthrough.py,
store/due_placement.py), and weighs title words by the kept `title_word_counts` and
`title_counts` (store/topic_links.py); triggers set them whenever an action is written, a
meeting's date changes or a meeting goes, a title or a title's word is written or removed.
Here every way a due, a meeting or a title moves is followed by the kept values recomputed
from scratch from the rows they stand for.
"""

from __future__ import annotations

import datetime as dt
import random
import re

from cpb_tui.actions.due import MONTHS_AFTER_WINDOW_DAYS
from cpb_tui.domain.models import DocumentRecord
from cpb_tui.store import Store
from cpb_tui.store.due_placement import KNOWN_KINDS
from tests.test_due_placement import meeting

COMMITTEE = "Corporate Parenting Board"
EVERY_DAY = "9999-12-31"


def expected(store: Store) -> dict[int, tuple[str | None, str | None]]:
    """Each action's (window anchor, due reach), worked out from its row and its meetings' dates."""
    dates = dict(store.db.execute("select id, date from meetings").fetchall())
    found = {}
    for action_id, meeting_id, due_meeting_id, due_date, kind, spec, set_by in store.db.execute(
        "select id, meeting_id, due_meeting_id, due_date, due_kind, due_spec, due_set_by from actions"
    ):
        anchor = dates.get(due_meeting_id) or due_date or dates.get(meeting_id)
        if set_by != "extracted" or spec is None:
            reach = None
        elif kind not in KNOWN_KINDS or (kind == "next_meeting" and due_meeting_id is None):
            reach = EVERY_DAY
        elif due_meeting_id is not None:
            reach = dates.get(due_meeting_id)
        elif due_date:
            reach = (dt.date.fromisoformat(due_date) + dt.timedelta(days=MONTHS_AFTER_WINDOW_DAYS + 1)).isoformat()
        else:
            reach = None
        found[action_id] = (anchor, reach)
    return found


def kept(store: Store) -> dict[int, tuple[str | None, str | None]]:
    return {row[0]: (row[1], row[2]) for row in store.db.execute("select id, window_anchor, due_reach from actions")}


def counts_kept(store: Store) -> tuple[list[tuple], list[tuple]]:
    words = store.db.execute("select committee_id, word, titles from title_word_counts where titles > 0 order by 1, 2")
    titles = store.db.execute("select committee_id, titles from title_counts where titles > 0 order by 1")
    return words.fetchall(), titles.fetchall()


def counts_recomputed(store: Store) -> tuple[list[tuple], list[tuple]]:
    words = store.db.execute("select committee_id, word, count(*) from title_words group by 1, 2 order by 1, 2")
    titles = store.db.execute("select committee_id, count(*) from item_titles group by 1 order by 1")
    return words.fetchall(), titles.fetchall()


def imported(store: Store, date: dt.date, rng: random.Random, following: dt.date | None, name: str) -> None:
    record = meeting(date, rng, following)
    store.import_document(DocumentRecord("minutes", name, [record]), f"{name}.txt", f"sha-{name}")


def test_the_kept_columns_follow_every_import_that_moves_a_due(tmp_path, pinned_today):
    rng = random.Random(12)
    start = pinned_today - dt.timedelta(days=4 * 365)
    dates = [start + dt.timedelta(days=73 * n + rng.randint(-10, 10)) for n in range(16)]
    # Every other meeting first, then the gaps filled newest first: each lands between an action
    # and the meeting its due was placed at, and moves it.
    order = list(range(0, 16, 2)) + list(range(15, 0, -2))
    store = Store.open(tmp_path / "cpb.db")
    try:
        moved = 0
        for index in order:
            before = dict(store.db.execute("select id, due_meeting_id from actions").fetchall())
            imported(store, dates[index], rng, None, f"m{index}")
            after = dict(store.db.execute("select id, due_meeting_id from actions").fetchall())
            moved += sum(1 for action_id, due in before.items() if after[action_id] != due)
            assert kept(store) == expected(store), f"after importing the meeting of {dates[index]}"
            assert counts_kept(store) == counts_recomputed(store), f"after importing the meeting of {dates[index]}"
        assert moved > 0, "no import moved a due: the history does not test what it says"
        assert any(reach == EVERY_DAY for _, reach in kept(store).values())
    finally:
        store.close()


def test_the_kept_columns_follow_a_clerk_scheduling_and_unscheduling_meetings(tmp_path, pinned_today):
    rng = random.Random(3)
    store = Store.open(tmp_path / "cpb.db")
    try:
        first = pinned_today - dt.timedelta(days=200)
        imported(store, first, rng, None, "first")
        before = kept(store)
        # Scheduled ahead: the dues "to the next meeting" land on it.
        ahead, _ = store.add_meeting(COMMITTEE, pinned_today + dt.timedelta(days=30))
        assert kept(store) == expected(store)
        assert kept(store) != before
        # A clerk moves one due by hand, to a date and then to the meeting.
        action_id = store.db.execute("select min(id) from actions").fetchone()[0]
        store.edit_action(action_id, "clerk", due_date=pinned_today + dt.timedelta(days=500))
        assert kept(store) == expected(store)
        store.edit_action(action_id, "clerk", due_meeting_id=ahead.id)
        assert kept(store) == expected(store)
        store.edit_action(action_id, "clerk", due_date=pinned_today + dt.timedelta(days=90))
        # Taken out again: the dues placed at it move back (the clerk's no longer points at it).
        store.unschedule_meeting(ahead.id, "clerk")
        assert kept(store) == expected(store)
        assert kept(store)[action_id][0] == (pinned_today + dt.timedelta(days=90)).isoformat()
    finally:
        store.close()


def test_the_kept_columns_follow_a_meeting_imported_again_and_a_date_changed_or_removed_by_hand(tmp_path, pinned_today):
    rng = random.Random(5)
    store = Store.open(tmp_path / "cpb.db")
    try:
        dates = [pinned_today - dt.timedelta(days=400 - 70 * n) for n in range(5)]
        for n, date in enumerate(dates):
            imported(store, date, rng, None, f"m{n}")
        # The same meeting's minutes again, in a new version with other requests.
        titles = store.db.execute("select title from item_titles order by item_id, position").fetchall()
        imported(store, dates[2], random.Random(99), dates[3], "m2-again")
        assert kept(store) == expected(store)
        assert store.db.execute("select title from item_titles order by item_id, position").fetchall() != titles
        assert counts_kept(store) == counts_recomputed(store)
        # By hand (another tool, or a later command): a meeting's date corrected, then an empty meeting deleted.
        last = store.db.execute("select id from meetings where date = ?", [dates[-1].isoformat()]).fetchone()[0]
        with store.db.atomic():
            store.db.execute("update meetings set date = ? where id = ?", [(dates[-1] + dt.timedelta(days=3)).isoformat(), last])
        assert kept(store) == expected(store)
        # A title's word and a title's committee changed by hand: the counts move with them.
        other, _ = store.add_meeting("Scrutiny Panel", pinned_today + dt.timedelta(days=60))
        other_committee = store.db.execute("select committee_id from meetings where id = ?", [other.id]).fetchone()[0]
        with store.db.atomic():
            store.db.execute("update title_words set word = 'renamed' where rowid = (select min(rowid) from title_words)")
            store.db.execute("update item_titles set committee_id = ? where rowid = (select min(rowid) from item_titles)", [other_committee])
        assert counts_kept(store) == counts_recomputed(store)
        empty, _ = store.add_meeting(COMMITTEE, pinned_today + dt.timedelta(days=20))
        pointing = [row[0] for row in store.db.execute("select id from actions where due_meeting_id = ?", [empty.id])]
        assert pointing, "no due was placed at the scheduled meeting"
        # As another tool with foreign keys off might: the dues placed at it fall back to their own dates.
        store.db.conn.execute("pragma foreign_keys = off")
        store.db.execute("delete from meetings where id = ?", [empty.id])
        store.db.conn.execute("pragma foreign_keys = on")
        assert kept(store) == expected(store)
    finally:
        store.close()


def test_the_triggers_know_the_kinds_and_the_window_the_placement_rules_use():
    from cpb_tui.store import migrations

    source = migrations._M012_REACH
    assert set(re.findall(r"'([a-z_]+)'", source.split("not in (")[1].split(")")[0])) == set(KNOWN_KINDS)
    assert f"'+{MONTHS_AFTER_WINDOW_DAYS + 1} days'" in source


def test_the_migration_fills_the_kept_values_of_a_store_from_before(tmp_path, pinned_today):
    import sqlite3

    from cpb_tui.store.db import StoreDatabase
    from cpb_tui.store.migrations import migrations

    path = tmp_path / "old.db"
    db = StoreDatabase(sqlite3.connect(path, isolation_level="IMMEDIATE"), path)
    migrations.apply(db, stop_before="m012_kept_for_imports")
    old = Store(db, path)
    rng = random.Random(8)
    for n in range(3):  # stored without deriving (that reads m012's tables), then titles and actions by hand
        record = meeting(pinned_today - dt.timedelta(days=300 - 90 * n), rng, None)
        old.import_document(DocumentRecord("minutes", f"m{n}", [record]), f"m{n}.txt", f"sha{n}", derive=False)
    with old.db.atomic():
        for item_id, meeting_id, title, date in old.db.execute(
            "select i.id, i.meeting_id, i.title, m.date from items i join meetings m on m.id = i.meeting_id"
        ).fetchall():
            old.db.execute("insert into item_titles values (?, 0, 1, ?, ?, 0)", [item_id, date, title])
            for word in dict.fromkeys(title.lower().split()):
                old.db.execute("insert into title_words values (?, 0, 1, ?, ?, ?)", [item_id, date, word, word[:3]])
        meetings = [row[0] for row in old.db.execute("select id from meetings order by date")]
        for at, due in zip(meetings, meetings[1:] + [None]):
            old.db.execute(
                """insert into actions (committee_id, meeting_id, kind, text, due_kind, due_spec, due_meeting_id, due_set_by,
                   status, origin, created_at) values (1, ?, 'report', 'Report back', 'next_meeting', '{"kind": "next_meeting"}',
                   ?, 'extracted', 'open', 'extracted', '2026-01-01')""",
                [at, due],
            )
    old.close()
    store = Store.open(path)  # m012 runs
    try:
        assert kept(store) == expected(store)
        assert all(anchor for anchor, _ in kept(store).values())
        assert counts_kept(store) == counts_recomputed(store)
        assert counts_kept(store)[0]
    finally:
        store.close()
