"""The README's commands work, in order, on a fresh home: every `cpb ...` line in a ```sh block of
README.md and docs/cli.md, run through click's CliRunner after the Quick start's `cpb demo`,
on the story's day and on a day long after it."""

from __future__ import annotations

import datetime as dt
import os
import re
import shlex
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from cpb_tui.cli import main as cli_main
from cpb_tui.cli.main import cli
from cpb_tui.domain import clock
from tests.pdfgen import build_sample_pack

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures"
FENCE = re.compile(r"^```sh\n(.*?)^```", re.MULTILINE | re.DOTALL)


def shell_lines(markdown: str) -> list[str]:
    """The lines of every ```sh block, comments and blank lines left out."""
    lines = []
    for block in FENCE.findall(markdown):
        for line in block.splitlines():
            if shlex.split(line, comments=True):
                lines.append(line)
    return lines


def cpb_commands(markdown: str) -> list[list[str]]:
    """The arguments of each `cpb ...` line of the ```sh blocks, in order, as a shell would split them."""
    commands = []
    for line in shell_lines(markdown):
        words = shlex.split(line, comments=True)
        if words[0] == "cpb":
            commands.append([str(Path(w).expanduser()) if w.startswith("~") else w for w in words[1:]])
    return commands


def section(markdown: str, heading: str) -> str:
    start = markdown.index(heading)
    following = markdown.find("\n## ", start + len(heading))
    return markdown[start : following if following != -1 else None]


README = (ROOT / "README.md").read_text(encoding="utf-8")
CLI_DOC = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")


def write_stand_ins(folder: Path, home: Path) -> None:
    """The files the README's import examples name, made from the project's own test documents."""
    build_sample_pack(folder / "pack.pdf")
    board = home / "Downloads" / "board"
    board.mkdir(parents=True)
    shutil.copy(FIXTURES / "issue_page.txt", board / "minutes-18-june-2024.txt")
    shutil.copy(FIXTURES / "report.txt", board / "report.txt")
    (folder / "board").mkdir()
    build_sample_pack(folder / "board" / "pack-september.pdf", date_line="Date and Time: Thursday, 18th September, 2025 at 10.00 am")
    shutil.copy(FIXTURES / "issue_history.html", folder / "issue-history.html")
    shutil.copy(FIXTURES / "decision.html", folder / "minutes.html")
    shutil.copy(FIXTURES / "agenda_item_page.txt", folder / "item.txt")


def run(runner: CliRunner, args: list[str]):
    result = runner.invoke(cli, args)
    shown = f"`cpb {shlex.join(args)}` exited {result.exit_code}:\n{result.output}"
    assert result.exit_code == 0, shown
    assert result.exception is None or isinstance(result.exception, SystemExit), shown
    assert "Traceback" not in result.output, shown
    return result


def test_the_quick_start_is_two_commands_and_opens_the_demo():
    lines = shell_lines(section(README, "## Quick start"))
    assert len(lines) == 2
    assert lines[0].endswith("&& .venv/bin/cpb demo")
    assert lines[1].endswith("&& .venv/bin/python -m pytest")
    # .ci/run runs the second command exactly.
    assert lines[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


@pytest.mark.parametrize("today", [dt.date(2026, 11, 23), dt.date(2028, 8, 3)], ids=["story-day", "years-later"])
def test_the_readme_commands_work_in_order_on_a_fresh_home(today, tmp_path, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: today)
    home = tmp_path / "user"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.chdir(tmp_path)
    opened = []
    monkeypatch.setattr(cli_main, "_run_app", opened.append)  # `cpb` alone: the Pilot tests drive the app
    write_stand_ins(tmp_path, home)
    runner = CliRunner()
    demo_block, own_block = (
        cpb_commands(section(README, "## The command line on the demo")),
        cpb_commands(section(README, "## Using it on your own documents")),
    )
    assert cpb_commands(README) == demo_block + own_block  # no other block of commands goes untried
    assert len(demo_block) >= 10 and own_block[0][0] == "import"

    built = run(runner, ["demo", "--no-open"])
    demo_path = Path(built.stdout.splitlines()[0])
    notices = []
    for args in demo_block:
        result = run(runner, args)
        notices += [line for line in result.stderr.splitlines() if "using the demo store" in line]
        if args[:2] == ["show", "next"]:
            assert "held" not in result.stdout.splitlines()[1]  # the next meeting is still to come
    assert len(notices) == 1 and str(demo_path) in notices[0]  # said once, naming the store
    assert (tmp_path / "action-log.html").stat().st_size > 0

    for args in own_block:
        result = run(runner, args)
        assert "using the demo store" not in result.stderr
    assert opened == [Path(os.environ["CPB_HOME"]) / "cpb.db"]  # the app opens on your own store, now it has meetings
    located = run(runner, ["locate"]).stdout
    assert "demo" not in located


def test_the_cli_reference_examples_run_on_the_demo(tmp_path, monkeypatch, pinned_today):
    monkeypatch.chdir(tmp_path)
    commands = cpb_commands(CLI_DOC)
    assert commands, "docs/cli.md has a ```sh block of examples"
    runner = CliRunner()
    run(runner, ["demo", "--no-open"])
    for args in commands:
        run(runner, args)
