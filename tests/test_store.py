"""The store on a real SQLite file: migrations, merging, idempotence, all-or-nothing imports."""

import datetime as dt
import sqlite3

import pytest

from cpb_tui.importers import load
from cpb_tui.store import Store, StoreError


def import_fixture(store, fixture_path, name, **context):
    source, record = load(fixture_path(name), **context)
    return store.import_document(record, str(source.path), source.sha256)


def test_migrations_create_the_tables_with_wal_and_foreign_keys(store):
    names = set(store.db.table_names())
    assert {"committees", "meetings", "attendance", "items", "documents", "sections", "resolutions"} <= names
    assert store.db.execute("pragma journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("pragma foreign_keys").fetchone()[0] == 1
    assert store.db.execute("pragma busy_timeout").fetchone()[0] == 5000


def test_reopening_applies_nothing_twice(db_path):
    Store.open(db_path).close()
    again = Store.open(db_path)
    from cpb_tui.store.migrations import migrations

    applied = again.db.execute("select name from _sqlite_migrations order by id").fetchall()
    assert [name for (name,) in applied] == [m.name for m in migrations._migrations]
    again.close()


def test_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError, match="not a cpb database"):
        Store.open(path)


def test_pack_creates_its_meeting_and_the_minutes_meeting(store, fixture_path):
    outcome = import_fixture(store, fixture_path, "pack_no_cover.txt", date=dt.date(2024, 6, 18))
    assert outcome.status == "imported"
    dates = [m.date for m in store.meetings()]
    assert dates == [dt.date(2024, 6, 18), dt.date(2024, 3, 12)]
    march = store.meetings_on(dt.date(2024, 3, 12))[0]
    assert march.status == "held" and march.minutes_status == "draft"
    assert march.council == "Elmbridge Shire Council"
    items = store.items(march.id)
    assert [i.number for i in items] == ["21", "22", "23", "24"]
    detail = store.item_detail(items[1].id)
    assert [r.label for r in detail.resolutions] == ["i", "ii"]
    june = store.meetings_on(dt.date(2024, 6, 18))[0]
    kinship = store.items(june.id)[3]
    sections = store.sections(kinship.id)
    assert sections[0].document_title == "Kinship Care Strategy Update"
    assert [s.is_recommendation for s in sections] == [False, True, False, False]


def test_same_file_twice_changes_nothing(store, fixture_path):
    import_fixture(store, fixture_path, "report.txt")
    before = store.counts()
    again = import_fixture(store, fixture_path, "report.txt")
    assert again.status == "unchanged"
    assert store.counts() == before


def test_minutes_page_joins_the_agenda_item_of_the_same_meeting(store, fixture_path):
    import_fixture(store, fixture_path, "report.txt")  # 18 June 2024: item from the report
    import_fixture(store, fixture_path, "pack_no_cover.txt", date=dt.date(2024, 6, 18))
    import_fixture(store, fixture_path, "issue_page.txt")  # minute 30 of 18 June 2024
    june = store.meetings_on(dt.date(2024, 6, 18))[0]
    titles = [i.title for i in store.items(june.id)]
    assert titles.count("Virtual School Annual Report") == 1
    assert titles.count("Health Assessments for Children in Care") == 1
    assert len(store.committees()) == 1


def test_a_failure_half_way_leaves_the_store_as_it_was(store, fixture_path, monkeypatch):
    import_fixture(store, fixture_path, "report.txt")
    before = store.counts()
    source, record = load(fixture_path("pack_no_cover.txt"), date=dt.date(2024, 6, 18))
    calls = {"n": 0}
    real_insert = store._insert

    def failing_insert(table, values):
        calls["n"] += 1
        if calls["n"] == 12:
            raise sqlite3.OperationalError("disk I/O error")
        return real_insert(table, values)

    monkeypatch.setattr(store, "_insert", failing_insert)
    with pytest.raises(sqlite3.OperationalError):
        store.import_document(record, str(source.path), source.sha256)
    assert calls["n"] == 12
    assert store.counts() == before
    assert not store.has_document(source.sha256)
