"""A document imported into a new store the way `cpb import` does it, for the importer tests."""

from __future__ import annotations

from pathlib import Path

from cpb_tui.actions import extract_from_minutes
from cpb_tui.importers import load
from cpb_tui.store import Store


def stored(tmp_path: Path, path: Path, **asked):
    """Import `path` into a new store: its first meeting, and per item (item, clause texts, actions)."""
    store = Store.open(tmp_path / "cpb.db")
    try:
        source, record = load(path, **asked)
        meeting = store.import_document(record, str(source.path), source.sha256).meetings[0]
        return meeting, [(item, [r.text for r in store.resolutions(item.id)], store.item_actions(item.id)) for item in store.items(meeting.id)]
    finally:
        store.close()


def stored_text(tmp_path: Path, name: str, text: str, **asked):
    """`stored`, for a text the test writes."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return stored(tmp_path, path, **asked)


def stored_page(tmp_path: Path, page: str, **asked):
    """`page` imported into a store of its own under `tmp_path` (a new folder each call, so one test may import several):
    its meeting, and per item (item, clause texts, tasks)."""
    folder = tmp_path / f"page{len(list(tmp_path.iterdir()))}"
    folder.mkdir()
    return stored_text(folder, "harrowby.txt", page, **asked)


def page_items(tmp_path: Path, page: str, **asked):
    """Per item of `page`, imported as `stored_page` does (item, clause texts, tasks)."""
    return stored_page(tmp_path, page, **asked)[1]


def page_numbers(tmp_path: Path, page: str, **asked) -> list[str]:
    """The item numbers of `page`, imported as `stored_page` does."""
    return [item.number for item, _, _ in page_items(tmp_path, page, **asked)]


def page_tasks(tmp_path: Path, page: str, **asked) -> dict[str, list[str]]:
    """Per item number of `page` with tasks, the tasks' texts, imported as `stored_page` does."""
    return {item.number: [task.text for task in found] for item, _, found in page_items(tmp_path, page, **asked) if found}


def tasks(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """The tasks the narrative `text` gives, each with its owners."""
    return [(action.text, action.owners) for action in extract_from_minutes(text)]


def parish_minutes(body: str) -> str:
    """A page of a parish council's minutes with `body` as the text of its item 2 ("Business")."""
    return (
        "Minutes of the meeting of Wendling Parish Council held on Tuesday 1 May 2036 in the Village Hall.\n\n"
        "1. Apologies\nNone.\n\n2. Business\n" + body + "\n\n3. Close\nThe meeting closed at 9pm.\n"
    )


def second_item(tmp_path: Path, body: str) -> tuple[list[str], list[str]]:
    """The clauses and the tasks' texts of item 2 of `parish_minutes(body)`, imported as `stored_page` does."""
    found = page_items(tmp_path, parish_minutes(body))
    (_, clauses, item_tasks), = [entry for entry in found if entry[0].number == "2"]
    return clauses, [task.text for task in item_tasks]
