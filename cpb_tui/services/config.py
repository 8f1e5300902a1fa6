"""The user's settings: `config.toml` in the data directory (CPB_HOME moves it)."""

from __future__ import annotations

import getpass
import tomllib
from dataclasses import dataclass

from cpb_tui.services.locations import data_dir


@dataclass(frozen=True)
class Config:
    """Settings read from config.toml."""

    user: str | None = None
    """The name written into the action history for changes made with this copy of cpb."""


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
    return Config(user=user)


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
