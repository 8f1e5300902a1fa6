"""`python -m cpb_tui` runs the `cpb` command."""

from cpb_tui.cli.main import cli

if __name__ == "__main__":
    cli()
