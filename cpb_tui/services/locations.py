"""Where cpb keeps its files: one module resolves every path, with environment overrides.

- `CPB_HOME` moves the whole data directory (tests point it at a temporary folder).
- `CPB_DB` (or `--db PATH` on the command line) names the database file itself.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "cpb"
DB_FILENAME = "cpb.db"


def data_dir() -> Path:
    """The user's cpb data directory; not created until something is written there."""
    home = os.environ.get("CPB_HOME")
    if home:
        return Path(home).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The database file: `explicit` first, then `CPB_DB`, then `cpb.db` in the data dir."""
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("CPB_DB")
    if env:
        return Path(env).expanduser()
    return data_dir() / DB_FILENAME


def demo_db_path() -> Path:
    """The database that `cpb demo` rebuilds from scratch each time."""
    return data_dir() / "demo.db"


def demo_data_dir() -> Path:
    """The bundled demo documents: `data/` in a checkout, `cpb_tui/demo_data` in a wheel."""
    package_dir = Path(__file__).resolve().parents[1]  # cpb_tui/, this module being in cpb_tui/services/
    for candidate in (package_dir.parent / "data", package_dir / "demo_data"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        "The demo data is missing: expected a data/ folder beside cpb_tui/ "
        "or cpb_tui/demo_data/ in the installed package. Reinstall cpb."
    )


def store_in_use(explicit: str | os.PathLike[str] | None = None, own: bool = False) -> tuple[Path, bool]:
    """The store a command works on, and whether it is the demo's.

    `explicit` or `CPB_DB` when given; else your store (`cpb.db` in the data dir). While your
    store holds no meeting and `cpb demo` has built the demo store, commands read and change the
    demo store instead, unless `own`: importing and scheduling start your own store.
    """
    if explicit or os.environ.get("CPB_DB") or own:
        return db_path(explicit), False
    from cpb_tui.store.schema import holds_meetings

    yours, demo = db_path(), demo_db_path()
    if not holds_meetings(yours) and demo.is_file():
        return demo, True
    return yours, False
