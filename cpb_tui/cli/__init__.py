"""The `cpb` command: `main.py` holds the group and registers one module per command group.

Each command module imports only `helpers.py` from here, so they never import one another.
`launch.py` is the entry point: it answers the plain `cpb search WORDS` with `lines.py`
alone, so this package loads `main.py` (and click) only when `cli` is first asked for.
"""

TYPE_CHECKING = False  # typing's own flag, without importing typing
if TYPE_CHECKING:
    from cpb_tui.cli.main import cli

__all__ = ["cli"]


def __getattr__(name: str):
    if name == "cli":
        from cpb_tui.cli.main import cli

        return cli
    raise AttributeError(f"module 'cpb_tui.cli' has no attribute {name!r}")
