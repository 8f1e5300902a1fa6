"""The architecture's rules: the import contracts in pyproject.toml hold, only the store runs SQL or
touches its database object, and a screen's read is one store method."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "cpb_tui"

# Method names that hand text to SQLite (sqlite3, sqlite-utils), and the shapes of SQL in a string.
SQL_CALLS = {"execute", "executemany", "executescript", "query"}
SQL_TEXT = re.compile(
    r"\b(?:select\s+[\w*.,\s()]+?\s+from\s+\w+"
    r"|insert\s+(?:or\s+\w+\s+)?into\s+\w+"
    r"|update\s+\w+\s+set\s+\w+"
    r"|delete\s+from\s+\w+"
    r"|(?:create|drop)\s+(?:virtual\s+|unique\s+)?(?:table|index|trigger|view)\b"
    r"|pragma\s+\w+)",
    re.IGNORECASE,
)


def outside_store(package: Path, find) -> list[str]:
    """What `find(tree)` reports, as (line, what), in every module of `package` outside its `store/`, as "path:line: what"."""
    found = []
    for path in sorted(package.rglob("*.py")):
        relative = path.relative_to(package)
        if relative.parts[0] == "store":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        found += [f"{package.name}/{relative.as_posix()}:{line}: {what}" for line, what in sorted(find(tree), key=lambda found_at: found_at[0])]
    return found


def sql_outside_store(package: Path) -> list[str]:
    """Every SQL call or SQL string in `package` outside its `store/`."""
    return outside_store(package, _sql_in)


def _sql_in(tree: ast.AST) -> list[tuple[int, str]]:
    docstrings = {id(node.body[0].value) for node in ast.walk(tree) if _has_docstring(node)}
    in_file = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in SQL_CALLS:
            in_file.append((node.lineno, f"calls .{node.func.attr}(...)"))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            match = SQL_TEXT.search(node.value)
            if match:
                in_file.append((node.lineno, f"SQL in a string: {match.group(0)!r}"))
    return in_file


def _has_docstring(node: ast.AST) -> bool:
    body = getattr(node, "body", None)
    return (
        isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and bool(body)
        and isinstance(body[0], ast.Expr)
        and isinstance(body[0].value, ast.Constant)
        and isinstance(body[0].value.value, str)
    )


def test_import_contracts_hold(capsys):
    from importlinter.cli import lint_imports

    status = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True)
    report = capsys.readouterr().out
    assert status == 0, f"an import contract in pyproject.toml is broken:\n{report}"


def test_only_the_store_runs_sql():
    offenders = sql_outside_store(PACKAGE)
    assert not offenders, "SQL outside cpb_tui/store/ (add a Store method instead):\n" + "\n".join(offenders)


def test_the_sql_check_names_file_and_line(tmp_path):
    package = tmp_path / "pkg"
    (package / "store").mkdir(parents=True)
    (package / "store" / "fine.py").write_text('db.execute("select id from items")\n')
    (package / "screen.py").write_text(
        '"""Select the meeting from the list (prose, not SQL)."""\n'
        "rows = store.db.execute(f\"select id from items where meeting_id = {meeting}\")\n"
        "DROP = 'delete from actions'\n"
    )
    assert sql_outside_store(package) == [
        "pkg/screen.py:2: calls .execute(...)",
        "pkg/screen.py:2: SQL in a string: 'select id from items'",
        "pkg/screen.py:3: SQL in a string: 'delete from actions'",
    ]


def store_internals_outside_store(package: Path) -> list[str]:
    """Every use of a store's database object (`store.db`, `.atomic()`) in `package` outside its `store/`."""
    return outside_store(package, _database_object_in)


def _database_object_in(tree: ast.AST) -> list[tuple[int, str]]:
    in_file = []
    for node in ast.walk(tree):
        # `obj.db` in the command line is the --db path; a store's is reached through a name with "store" in it.
        if isinstance(node, ast.Attribute) and node.attr == "db" and "store" in ast.unparse(node.value).lower():
            in_file.append((node.lineno, f"reaches into {ast.unparse(node)}"))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "atomic":
            in_file.append((node.lineno, "calls .atomic()"))
    return in_file


def test_only_the_store_touches_its_database_object():
    offenders = store_internals_outside_store(PACKAGE)
    assert not offenders, "the store's database object used outside cpb_tui/store/ (use Store.transaction()):\n" + "\n".join(offenders)


def test_the_database_object_check_names_file_and_line(tmp_path):
    package = tmp_path / "pkg"
    (package / "store").mkdir(parents=True)
    (package / "store" / "fine.py").write_text("with self.db.atomic():\n    pass\n")
    (package / "cli.py").write_text(
        "db = obj.db  # a path option, not the store's\n"
        "with store.db.atomic():\n    pass\n"
        "with self.app._store.transaction():\n    pass\n"
    )
    assert store_internals_outside_store(package) == [
        "pkg/cli.py:2: calls .atomic()",
        "pkg/cli.py:2: reaches into store.db",
    ]


def screen_reads(package: Path) -> list[str]:
    """Every `with_store(...)` in the app's package that is not one call of a public Store method."""
    from cpb_tui.store import Store

    found = []
    for path in sorted((package / "tui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "with_store"):
                continue
            work = node.args[0] if node.args else None
            call = work.body if isinstance(work, ast.Lambda) else None
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and isinstance(call.func.value, ast.Name)
                and call.func.value.id == work.args.args[0].arg
                and not call.func.attr.startswith("_")
                and callable(getattr(Store, call.func.attr, None))
            ):
                continue
            found.append(f"{path.relative_to(package.parent).as_posix()}:{node.lineno}: {ast.unparse(node)}")
    return found


def test_each_screen_read_is_one_store_method():
    offenders = screen_reads(PACKAGE)
    assert not offenders, (
        "a screen puts a read together from the store itself; give the Store a method that returns "
        "one model for it (store/views.py):\n" + "\n".join(offenders)
    )


def test_the_screen_read_check_names_file_and_line(tmp_path):
    package = tmp_path / "pkg"
    (package / "tui").mkdir(parents=True)
    (package / "tui" / "screen.py").write_text(
        "agenda = self.app.with_store(lambda store: store.agenda(meeting_id))\n"
        "pair = self.app.with_store(lambda store: (store.meeting(meeting_id), store.items(meeting_id)))\n"
        "rows = self.app.with_store(read)\n"
    )
    assert screen_reads(package) == [
        "pkg/tui/screen.py:2: self.app.with_store(lambda store: (store.meeting(meeting_id), store.items(meeting_id)))",
        "pkg/tui/screen.py:3: self.app.with_store(read)",
    ]
