"""The `cpb` command's entry point: the plain `cpb search WORDS` answered without click; all else by click.

`cpb search` is a whole process each time, and importing click (and the group, its options
and the context) is some 15 ms of it. The plain form, `cpb search` then words none of which
starts with "-", is answered here, printing what click's command prints, through a copy of
`click.echo` (`_echo`: ANSI styles dropped where the stream is no terminal, flushed after each
line) and the same lines (`lines.print_hits`). Every other command line goes to click
(`cli/main.py`) untouched: options (--limit, --json, --db, --help, -h, -word), no words,
an empty word, bytes that are not UTF-8, a shell's completion request, a Windows console or
a stream that click would re-encode. So does a plain search that meets any problem before it
prints (no store yet, a schema to bring up to date, a busy or damaged file): click's command
runs it again and reports the problem as always. `tests/test_launch.py` runs a table of
command lines both ways and compares what they print and their exit status.
"""

from __future__ import annotations

import os
import sys

_ANSI = None  # click's pattern for an ANSI style, compiled when a line is first printed


def main() -> None:
    """`cpb`: the plain search here when it can be, else click's group."""
    args = sys.argv[1:]
    if plain_search(args):
        code = _answer(tuple(args[1:]))
        if code is not None:
            sys.exit(code)
    from cpb_tui.cli.main import cli

    cli()


def plain_search(args: list[str]) -> bool:
    """Whether a command line is the plain `cpb search WORD...` this module answers, in a setting where
    printing as click prints is simple (not Windows, no completion request, streams click would keep as they are)."""
    if len(args) < 2 or args[0] != "search" or sys.platform.startswith("win"):
        return False
    for word in args[1:]:
        if not word or word.startswith("-"):
            return False
        try:
            word.encode("utf-8")
        except UnicodeEncodeError:  # bytes of another encoding, kept as surrogates
            return False
    if any(name.startswith("_") and name.endswith("_COMPLETE") for name in os.environ):
        return False
    return _keeps_as_is(sys.stdout) and _keeps_as_is(sys.stderr)


def _keeps_as_is(stream) -> bool:
    """Whether click would write to this stream as it is (it re-wraps one whose encoding is ASCII, or unset)."""
    import codecs

    encoding = getattr(stream, "encoding", None) if stream is not None else None
    if not encoding or getattr(stream, "errors", None) is None:
        return False
    try:
        return codecs.lookup(encoding).name != "ascii"
    except LookupError:
        return True  # click: an unknown encoding is not ASCII, and the stream is kept


def _answer(words: tuple[str, ...]) -> int | None:
    """Search and print as `cpb search WORDS` does; the exit status, or None for click to run the command instead."""
    try:
        found = _search(words)
        if found is None:
            return None
        text, outcome, demo = found
        from cpb_tui.cli.lines import notice_demo, print_hits

        if demo is not None:
            notice_demo(demo, _echo)
        return print_hits(outcome, text, _echo, _yellow)
    except KeyboardInterrupt:  # as click's main: a blank line, "Aborted!", status 1
        _echo("", err=True)
        _echo("Aborted!", err=True)
        return 1
    except OSError as error:
        import errno

        if error.errno != errno.EPIPE:
            raise
        # as click's main: the reader went away (`cpb search ... | head`); quietly, status 1
        sys.stdout = _PacifyFlush(sys.stdout)
        sys.stderr = _PacifyFlush(sys.stderr)
        return 1


def _search(words: tuple[str, ...]):
    """(query text, outcome, the demo store's path if it is the one searched) or None, having printed nothing,
    when anything stands in the way: click's command then meets it and says what is wrong."""
    from cpb_tui.cli.lines import query_text

    text = query_text(words)
    try:
        from cpb_tui.services.locations import store_in_use
        from cpb_tui.store.reader import open_search_reader

        path, is_demo = store_in_use(os.environ.get("CPB_DB") or None)  # click: an empty CPB_DB is no --db
        reader = open_search_reader(path)
        if reader is None:
            return None
        try:
            outcome = reader.search_outcome(text, 20)
        finally:
            reader.close()
    except Exception:  # noqa: BLE001 - nothing printed yet: click's command runs it and reports it its way
        return None
    return text, outcome, path if is_demo else None


def _echo(line: str, err: bool = False) -> None:
    """`click.echo(line, err=err)` for a text line: its ANSI styles dropped unless the stream is a terminal; flushed."""
    global _ANSI
    stream = sys.stderr if err else sys.stdout
    out = line + "\n"
    if not _isatty(stream):
        if _ANSI is None:
            import re

            _ANSI = re.compile(r"\033\[[0-?]*[ -/]*[@-~]")  # click._compat._ansi_re
        out = _ANSI.sub("", out)
    stream.write(out)
    stream.flush()


def _isatty(stream) -> bool:
    try:
        return stream.isatty()
    except Exception:  # noqa: BLE001 - as click's isatty
        return False


def _yellow(word: str) -> str:
    """`click.style(word, bold=True, fg="yellow")`."""
    return f"\x1b[33m\x1b[1m{word}\x1b[0m"


class _PacifyFlush:
    """click's `_PacifyFlushWrapper`: a stream whose `flush` ignores a closed pipe, for the exit's own flush."""

    def __init__(self, wrapped) -> None:
        self.wrapped = wrapped

    def flush(self) -> None:
        try:
            self.wrapped.flush()
        except OSError as error:
            import errno

            if error.errno != errno.EPIPE:
                raise

    def __getattr__(self, name: str):
        return getattr(self.wrapped, name)
