"""The plain `cpb search WORDS`, answered without click (`cpb_tui/cli/launch.py`), prints what click's command prints.

Every command line of the table runs twice, each time in a fresh copy of its setting and a
fresh interpreter: through the entry point (`launch.main`) and straight through click's group
(`cli.main.cli`). Their standard output, standard error and exit status must be the same, byte
for byte: for the plain forms the launcher answers, and for everything it must hand to click
(help, options, errors, bad input, a shell's completion request, a stream click re-encodes).
"""

from __future__ import annotations

import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from cpb_tui.cli import launch

CLICK = "import sys; sys.argv[0] = 'cpb'; from cpb_tui.cli.main import cli; cli()"
LAUNCH = "import sys; sys.argv[0] = 'cpb'; from cpb_tui.cli.launch import main; main()"

PLAIN = [
    ["search", "foster"],
    ["search", "budget"],
    ["search", "council", "tax"],
    ["search", "council tax"],
    ["search", '"council tax"', "leavers"],
    ["search", "placem*"],
    ["search", "the"],
    ["search", "care", "kind:minutes"],
    ["search", "kind:action", "status:open"],
    ["search", "before:2022", "care"],
    ["search", "foster", "OR", "adoption"],
    ["search", "committee:nowhere", "budget"],  # a hint on stderr
    ["search", "zzqx"],  # nothing matches: status 1
    ["search", "(foster"],
    ["search", '"'],
    ["search", "*"],
    ["search", "caf\u00e9"],
    ["search", "\x1b[31mred\u202e"],  # escapes and a bidi override in the query: made safe
    ["search", "help"],
]
TO_CLICK = [
    ["search"],
    ["search", ""],
    ["search", "-h"],
    ["search", "--help"],
    ["search", "--limit", "3", "foster"],
    ["search", "--limit", "0", "foster"],
    ["search", "foster", "--json"],
    ["search", "-foster", "care"],
    ["search", "care", "-foster"],
    ["search", "foster", "--bogus"],
    ["search", "foster", "-"],
    ["search", "--", "foster"],
    ["--db", "DB", "search", "foster"],
    ["--version"],
    ["--help"],
    ["serach", "foster"],
    ["reindex", "foster"],
]


def _setting(kind: str, tmp: Path, demo: Path) -> dict[str, str]:
    """The environment of one run, in a fresh folder: a store named by CPB_DB, the demo store in use, or a bad CPB_DB."""
    env = {k: v for k, v in os.environ.items() if k not in ("CPB_DB", "CPB_HOME") and not k.endswith("_COMPLETE")}
    env["CPB_HOME"] = str(tmp / "home")
    if kind in ("store", "ascii", "complete"):
        shutil.copy(demo, tmp / "cpb.db")
        env["CPB_DB"] = str(tmp / "cpb.db")
    elif kind == "demo":  # no store of one's own: the demo's is searched, with a notice the first time
        (tmp / "home").mkdir()
        shutil.copy(demo, tmp / "home" / "demo.db")
    elif kind == "missing":
        env["CPB_DB"] = str(tmp / "none" / "cpb.db")
    elif kind == "foreign":
        (tmp / "notes.db").write_text("not a database\n")
        env["CPB_DB"] = str(tmp / "notes.db")
    if kind == "ascii":
        env["PYTHONIOENCODING"] = "ascii"  # click writes UTF-8 all the same: the launcher leaves it to click
    if kind == "complete":
        env.update({"_CPB_COMPLETE": "bash_complete", "COMP_WORDS": "cpb search fo", "COMP_CWORD": "2"})
    return env


def _both(kind: str, args: list[str], tmp_path: Path, demo: Path, run) -> tuple:
    results = []
    for name, code in (("launch", LAUNCH), ("click", CLICK)):
        folder = tmp_path / name
        folder.mkdir()
        env = _setting(kind, folder, demo)
        argv = [str(folder / "cpb.db") if a == "DB" else a for a in args]
        results.append(run(code, argv, env, folder))
    return results


def _piped(code: str, args: list[str], env: dict[str, str], folder: Path) -> tuple:
    done = subprocess.run([sys.executable, "-c", code, *args], env=env, cwd=folder, capture_output=True, timeout=60)
    return done.returncode, _same_paths(done.stdout, folder), _same_paths(done.stderr, folder)


def _same_paths(output: bytes, folder: Path) -> bytes:
    """The run's own folder named alike in both runs (the demo notice names the store's path)."""
    return output.replace(str(folder).encode(), b"FOLDER")


@pytest.fixture
def demo(demo_master: Path) -> Path:
    return demo_master


@pytest.mark.parametrize("args", PLAIN + TO_CLICK, ids=lambda a: " ".join(a) or "(none)")
def test_each_command_line_prints_as_clicks_command_does(args, tmp_path, demo):
    launched, clicked = _both("store", args, tmp_path, demo, _piped)
    assert launched == clicked


@pytest.mark.parametrize("kind", ["demo", "missing", "foreign", "ascii", "complete"])
@pytest.mark.parametrize("args", [["search", "foster"], ["search", "zzqx"], ["search", "caf\u00e9", "care"]], ids=" ".join)
def test_every_setting_prints_as_clicks_command_does(kind, args, tmp_path, demo):
    launched, clicked = _both(kind, args, tmp_path, demo, _piped)
    assert launched == clicked
    if kind == "demo":
        assert b"using the demo store" in launched[2]


def _on_a_terminal(code: str, args: list[str], env: dict[str, str], folder: Path) -> tuple:
    """Standard output a terminal (a pty): the matched words keep their bold yellow."""
    primary, secondary = pty.openpty()
    process = subprocess.Popen([sys.executable, "-c", code, *args], env=env, cwd=folder, stdout=secondary, stderr=subprocess.PIPE)
    os.close(secondary)
    out = b""
    while True:
        try:
            chunk = os.read(primary, 65536)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        out += chunk
    os.close(primary)
    err = process.stderr.read()
    process.stderr.close()
    return process.wait(timeout=60), out, err


@pytest.mark.parametrize("args", [["search", "foster"], ["search", "council", "tax"], ["search", "\x1b[31mred", "care"]], ids=" ".join)
def test_on_a_terminal_the_styles_are_clicks(args, tmp_path, demo):
    launched, clicked = _both("store", args, tmp_path, demo, _on_a_terminal)
    assert launched == clicked
    if args[1] == "foster":
        assert b"\x1b[33m\x1b[1m" in launched[1]


def _closed_pipe(code: str, args: list[str], env: dict[str, str], folder: Path) -> tuple:
    """Standard output a pipe whose reader has gone (`cpb search ... | head` after head is done)."""
    readable, writable = os.pipe()
    os.close(readable)
    try:
        done = subprocess.run([sys.executable, "-c", code, *args], env=env, cwd=folder, stdout=writable, stderr=subprocess.PIPE, timeout=60)
    finally:
        os.close(writable)
    return done.returncode, done.stderr


def test_a_reader_gone_away_ends_it_quietly_as_click_does(tmp_path, demo):
    launched, clicked = _both("store", ["search", "foster"], tmp_path, demo, _closed_pipe)
    assert launched == clicked == (1, b"")


def test_only_the_plain_forms_are_answered_without_click(tmp_path, demo, monkeypatch):
    for args in PLAIN:
        assert launch.plain_search(args), args
    for args in TO_CLICK:
        assert not launch.plain_search(args), args
    shutil.copy(demo, tmp_path / "cpb.db")
    env = dict(os.environ, CPB_DB=str(tmp_path / "cpb.db"))
    code = LAUNCH.replace("main()", "import atexit; atexit.register(lambda: print('click' in sys.modules, file=sys.stderr)); main()")
    answered = subprocess.run([sys.executable, "-c", code, "search", "foster"], env=env, capture_output=True, text=True)
    assert answered.returncode == 0 and answered.stderr.strip() == "False"  # found, printed, and click never loaded
    handed = subprocess.run([sys.executable, "-c", code, "search", "--limit", "2", "foster"], env=env, capture_output=True, text=True)
    assert handed.returncode == 0 and handed.stderr.strip() == "True"
