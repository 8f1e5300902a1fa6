"""`python -m cpb_tui` runs the `cpb` command."""

from cpb_tui.launch import main

if __name__ == "__main__":
    main()
