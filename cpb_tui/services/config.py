"""The user's settings: `config.toml` in the data directory (CPB_HOME moves it)."""

from __future__ import annotations

import dataclasses
import getpass
import tomllib
from dataclasses import dataclass, field

from cpb_tui.importers.reader import DEFAULT_LIMITS, ImportLimits
from cpb_tui.services.locations import data_dir


@dataclass(frozen=True)
class Config:
    """Settings read from config.toml."""

    user: str | None = None
    """The name written into the action history for changes made with this copy of cpb."""
    owners: tuple[str, ...] = ()
    """The owner names that are yours, for the action log's "mine" view (else your user name)."""
    import_limits: ImportLimits = field(default_factory=lambda: DEFAULT_LIMITS)
    """How much `cpb import` takes on for one file: the `[import]` table (max_file_mb, max_html_depth, max_seconds)."""


# config.toml's [import] keys: the ImportLimits field each sets, and the factory from the value given.
_IMPORT_KEYS = {
    "max_file_mb": ("max_bytes", lambda value: int(value * 1024 * 1024)),
    "max_html_depth": ("max_depth", int),
    "max_seconds": ("max_seconds", float),
}


def load_config() -> Config:
    """Read config.toml; a missing file gives the defaults, a broken one a clear error."""
    path = data_dir() / "config.toml"
    if not path.exists():
        return Config()
    try:
        values = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ValueError(f"{path}: not valid TOML ({error}); fix or remove the file") from None
    user = values.get("user")
    if user is not None and not isinstance(user, str):
        raise ValueError(f"{path}: 'user' must be a string, e.g. user = \"Sam Clerk\"")
    owners = values.get("owners", [])
    if isinstance(owners, str):
        owners = [owners]
    if not isinstance(owners, list) or not all(isinstance(o, str) and o.strip() for o in owners):
        raise ValueError(f"{path}: 'owners' must be a list of names, e.g. owners = [\"Head of Virtual School\"]")
    return Config(user=user, owners=tuple(o.strip() for o in owners), import_limits=_import_limits(path, values.get("import", {})))


def _import_limits(path, table) -> ImportLimits:
    """The `[import]` table as `ImportLimits`; an unknown key or a value that is not a positive number is an error."""
    if not isinstance(table, dict):
        raise ValueError(f"{path}: 'import' must be a table, e.g. [import] then max_file_mb = 500")
    values = {}
    for key, value in table.items():
        if key not in _IMPORT_KEYS:
            raise ValueError(f"{path}: unknown key {key!r} in [import]; known: {', '.join(_IMPORT_KEYS)}")
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
            raise ValueError(f"{path}: [import] {key} must be a positive number, e.g. {key} = 500")
        name, convert = _IMPORT_KEYS[key]
        values[name] = convert(value)
    return dataclasses.replace(DEFAULT_LIMITS, **values)


def current_user(explicit: str | None = None) -> str:
    """Who is making a change: `--as`, else config.toml's user, else the login name."""
    if explicit:
        return explicit
    configured = load_config().user
    if configured:
        return configured
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers; still record something honest
        return "unknown user"
