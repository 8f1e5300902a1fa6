"""A long PDF's pages read in two processes: this one reads the first half, a forked copy the second.

(`in_two` runs any two pure halves so: `agenda_pack` parses a long pack's later reports with it.)

PDFium reads one page at a time in one thread, and its text is most of a long pack's import
(some 120 ms of 230 at 470 pages). A forked child already holds the open document, so it
starts reading at once (no interpreter to start, nothing to import, nothing to send it), and
gives back its pages' texts and tables through a pipe.

Only where forking is safe and cheap: Linux (`fork`, copy on write), from a process with no
other thread running (a forked copy of a threaded process may hold a lock that no one will
ever release; the app's importer runs in a worker thread, so it reads in one process), and
with a core to spare (`spare_core`). A pack shorter than `SPLIT_PAGES` is read in one
process: there the fork would cost more than it saves.

The result is the same as reading every page here, failures included: whatever goes wrong in
the child (a damaged page, a crash, a signal), this process reads the child's pages itself
and meets the same error, raised the same way, naming the file as always. The child writes
nothing anywhere but its pipe, and ends with `os._exit`, so it runs no clean-up of the
parent's (the store's connection, buffered output, `atexit` handlers). A child still running
when the parent stops (an error on its own pages, the import's time limit) is killed and reaped.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import threading
from typing import Callable, TypeVar

SPLIT_PAGES = 40
"""A PDF with at least this many pages is read in two processes (where `can_fork`)."""

Part = TypeVar("Part")
Other = TypeVar("Other")


def can_fork() -> bool:
    """Whether a second process may be forked to read pages: Linux, no other thread running, and a core to spare."""
    return sys.platform.startswith("linux") and hasattr(os, "fork") and threading.active_count() == 1 and spare_core()


def spare_core() -> bool:
    """Whether another core is likely free: over the last minute, fewer processes ready to run
    than the cores this process may use, less a half (an import that keeps this process busy
    counts it as one). On a machine whose cores are all busy the child would wait for a core
    while this process waits for the child: measured, one process is then the faster."""
    try:
        cores = len(os.sched_getaffinity(0))
        load = os.getloadavg()[0]
    except (AttributeError, OSError):
        return False
    return cores >= 2 and load <= cores - 0.5


def read_split(count: int, read: Callable[[int, int], Part], join: Callable[[Part, Part], Part]) -> Part:
    """`read(0, count)`, done as `join(read(0, middle), read(middle, count))` with the second half in a child process when worth it."""
    if count < SPLIT_PAGES or not can_fork():
        return read(0, count)
    middle = count // 2
    return join(*in_two(lambda: read(0, middle), lambda: read(middle, count)))


def in_two(first: Callable[[], Part], second: Callable[[], Other]) -> tuple[Part, Other]:
    """`(first(), second())`, with `second` run in a forked child meanwhile (the caller has checked `can_fork`).

    The same as running both here, one after the other, failures included: an error in
    `first` is raised here before the child's result is looked at (the child is killed); if
    the child fails in any way, `second` runs here and meets its error (if any) as one process
    would. Both must be pure: the child's changes to anything but its result are lost.
    """
    child = _Child()
    try:
        child.start(second)
        one = first()
        two = child.result()
    finally:
        child.stop()
    if two is None:  # the child failed: run its half here, to meet its error (if any) as one process would
        two = second()
    return one, two


# Held back while forking: a Ctrl-C or the import's time limit (SIGALRM) must not land in the
# child before it is inside its own handling (it would run on through the parent's code), nor
# in the parent before the child is known (it would be left running).
# (Named by name: Windows has no SIGALRM nor SIGHUP, and reads there in one process.)
_HELD = {getattr(signal, name) for name in ("SIGINT", "SIGALRM", "SIGTERM", "SIGHUP") if hasattr(signal, name)}


class _Child:
    """A forked process running `work` and sending back its pickled result."""

    def __init__(self) -> None:
        self.pid: int | None = None
        self.pipe = None

    def start(self, work: Callable[[], object]) -> None:
        """Fork; the child runs `work` with those signals still held, and ends with `os._exit`."""
        readable, writable = os.pipe()
        held = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD)
        try:
            pid = os.fork()
            if pid == 0:  # the child: never returns
                os.close(readable)
                _run_child(work, writable)
            self.pid = pid
            self.pipe = os.fdopen(readable, "rb")
            readable = None
            os.close(writable)
        finally:
            if readable is not None:  # the fork failed
                os.close(readable)
                os.close(writable)
            signal.pthread_sigmask(signal.SIG_SETMASK, held)

    def result(self) -> object | None:
        """What the child sent back, or None if it failed (an exception, a crash, a signal)."""
        payload = self.pipe.read()
        self.pipe.close()
        _, status = os.waitpid(self.pid, 0)
        self.pid = None
        if status != 0 or not payload:
            return None
        try:
            return pickle.loads(payload)
        except Exception:  # a truncated message: read the pages here
            return None

    def stop(self) -> None:
        """Kill and reap the child if it is still running; close the pipe."""
        if self.pipe is not None and not self.pipe.closed:
            self.pipe.close()
        if self.pid is not None:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            os.waitpid(self.pid, 0)
            self.pid = None


def _run_child(work: Callable[[], object], writable: int) -> None:
    code = 1
    try:
        payload = pickle.dumps(work(), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(writable, "wb") as out:
            out.write(payload)
        code = 0
    except BaseException:  # noqa: BLE001 - any failure: the parent reads these pages itself
        pass
    finally:
        os._exit(code)
