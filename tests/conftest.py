"""Shared fixtures: every test gets its own data directory, so nothing touches the user's files."""

from __future__ import annotations

from pathlib import Path

import pytest

from cpb_tui.store import Store

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point CPB_HOME at a temporary folder and forget any CPB_DB from the environment."""
    home = tmp_path / "home"
    monkeypatch.setenv("CPB_HOME", str(home))
    monkeypatch.delenv("CPB_DB", raising=False)
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A database file that does not exist yet."""
    return tmp_path / "store" / "cpb.db"


@pytest.fixture
def store(db_path: Path):
    """An open, empty store in a temporary file."""
    opened = Store.open(db_path)
    yield opened
    opened.close()


@pytest.fixture
def fixture_path():
    """The path of a fixture document written for the tests."""
    return lambda name: FIXTURES / name


DEMO_TODAY = __import__("datetime").date(2026, 11, 23)


@pytest.fixture
def pinned_today(monkeypatch: pytest.MonkeyPatch):
    """Fix "today" so meeting statuses (held / scheduled) do not drift with the calendar."""
    from cpb_tui.domain import clock

    monkeypatch.setattr(clock, "today", lambda: DEMO_TODAY)
    return DEMO_TODAY


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo store, built once per test run with "today" pinned."""
    from cpb_tui.domain import clock
    from cpb_tui.services.demo import build_demo

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(clock, "today", lambda: DEMO_TODAY)
        path = build_demo(tmp_path_factory.mktemp("demo") / "demo.db")
    # Fold the write-ahead log into the file so a plain copy is complete.
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("pragma wal_checkpoint(truncate)")
    conn.close()
    return path


@pytest.fixture
def demo_db(tmp_path: Path, pinned_today, demo_master: Path) -> Path:
    """A private copy of the demo store, for a test to read or change."""
    import shutil

    path = tmp_path / "demo.db"
    shutil.copy(demo_master, path)
    return path
