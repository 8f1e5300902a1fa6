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
    from cpb_tui import clock

    monkeypatch.setattr(clock, "today", lambda: DEMO_TODAY)
    return DEMO_TODAY


@pytest.fixture
def demo_db(tmp_path: Path, pinned_today) -> Path:
    """A demo store built from data/ into a temporary file."""
    from cpb_tui.demo import build_demo

    return build_demo(tmp_path / "demo.db")
