"""`python -m cpb_tui` runs the `cpb` command."""

from cpb_tui.cli.launch import main

if __name__ == "__main__":
    main()
