"""The `cpb` command: `main.py` holds the group and registers one module per command group.

Each command module imports only `helpers.py` from here, so they never import one another.
"""

from cpb_tui.cli.main import cli

__all__ = ["cli"]
