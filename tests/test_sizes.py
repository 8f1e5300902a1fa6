"""Sizes a reader can hold in mind: no module of cpb_tui over 600 lines, no function over 80.

Every `.py` file under `cpb_tui/` is read with `ast`. A module's size is its number of lines;
a function's (or method's, nested function's) runs from its `def` line to its last line,
docstring included, decorators not. A failure names the file, the function and its count.

Exceptions are written down below, each with its reason, keyed `path` (a module) or
`path:Qualified.name` (a function). `EXCEPTIONS` is for what is better left whole;
`PENDING` for what is being split elsewhere. An entry that no longer needs its exception
fails too, so neither table goes stale: delete it when the code fits.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "cpb_tui"
MODULE_LINES = 600
FUNCTION_LINES = 80

EXCEPTIONS: dict[str, str] = {}
"""Modules and functions allowed over the limits for good, with why. None today."""

PENDING: dict[str, str] = {}
"""Over the limits until a split under way elsewhere lands (reason: which work), removed as it arrives. None today."""


def oversized(source: str, path: str, module_lines: int = MODULE_LINES, function_lines: int = FUNCTION_LINES) -> dict[str, int]:
    """The module (key `path`) and the functions (key `path:qualname`) of `source` over the limits, with their line counts."""
    found: dict[str, int] = {}
    lines = len(source.splitlines())
    if lines > module_lines:
        found[path] = lines

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                name = prefix + child.name
                if not isinstance(child, ast.ClassDef):
                    length = child.end_lineno - child.lineno + 1
                    if length > function_lines:
                        found[f"{path}:{name}"] = length
                visit(child, name + ".")
            else:
                visit(child, prefix)

    visit(ast.parse(source, filename=path), "")
    return found


def package_oversized() -> dict[str, int]:
    """Everything in cpb_tui over the limits."""
    found: dict[str, int] = {}
    for file in sorted(PACKAGE.rglob("*.py")):
        path = file.relative_to(ROOT).as_posix()
        found.update(oversized(file.read_text(encoding="utf-8"), path))
    return found


def _describe(key: str, lines: int) -> str:
    limit = FUNCTION_LINES if ":" in key else MODULE_LINES
    what = "function" if ":" in key else "module"
    return f"{key}: {what} of {lines} lines (limit {limit})"


def test_no_module_or_function_is_over_the_limits():
    over = package_oversized()
    unexcused = [_describe(key, lines) for key, lines in over.items() if key not in EXCEPTIONS and key not in PENDING]
    assert not unexcused, "split these, or add them to EXCEPTIONS in tests/test_sizes.py with a reason:\n" + "\n".join(unexcused)


def test_every_exception_is_still_needed():
    over = package_oversized()
    tables = {"EXCEPTIONS": EXCEPTIONS, "PENDING": PENDING}
    stale = [f"{table}: {key}" for table, entries in tables.items() for key in entries if key not in over]
    assert not stale, "these fit the limits now; delete their entries in tests/test_sizes.py:\n" + "\n".join(stale)


def test_each_exception_has_a_reason_and_one_table():
    assert not EXCEPTIONS.keys() & PENDING.keys()
    assert all(reason.strip() for reason in [*EXCEPTIONS.values(), *PENDING.values()])


def test_sizes_are_counted_for_modules_methods_and_nested_functions():
    source = '''
class Box:
    def method(self):
        x = 1
        return x

    async def short(self):
        return 1


def outer():
    def inner():
        a = 1
        b = 2
        return a + b
    return inner
'''
    found = oversized(source, "m.py", module_lines=10, function_lines=2)
    assert found == {"m.py": 16, "m.py:Box.method": 3, "m.py:outer": 6, "m.py:outer.inner": 4}
