"""Start-up stays light and the layers stay apart: checked in fresh interpreters."""

import subprocess
import sys


def modules_after(statement: str) -> set[str]:
    code = f"import sys; {statement}; print('\\n'.join(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return set(out.split())


def test_cli_import_pulls_in_no_textual_store_or_importers():
    loaded = modules_after("import cpb_tui.cli")
    assert not {m for m in loaded if m.split(".")[0] in ("textual", "sqlite_utils", "markdown_it", "rich")}
    assert "cpb_tui.store" not in loaded and "cpb_tui.importers" not in loaded


def test_package_import_is_free_of_side_effects():
    loaded = modules_after("import cpb_tui")
    assert not {m for m in loaded if m.startswith(("textual", "sqlite_utils", "click", "platformdirs"))}


def test_core_layers_never_import_textual():
    loaded = modules_after(
        "import cpb_tui.store, cpb_tui.importers, cpb_tui.domain.models, cpb_tui.services.demo;"
        "import cpb_tui.export.action_log, cpb_tui.export.read, cpb_tui.export.serialise;"
        "import cpb_tui.services.import_run, cpb_tui.actions, cpb_tui.followthrough, cpb_tui.search;"
        "import cpb_tui.importers.agenda_pack, cpb_tui.importers.minutes_page, cpb_tui.importers.report"
    )
    assert not {m for m in loaded if m.split(".")[0] == "textual"}


def test_cpb_search_loads_neither_sqlite_utils_nor_the_other_commands(tmp_path):
    from cpb_tui.store import Store

    Store.open(tmp_path / "cpb.db").close()  # a current, empty store
    loaded = modules_after(
        "from cpb_tui.cli import cli;"
        f"cli(['--db', {str(tmp_path / 'cpb.db')!r}, 'search', 'budget'], standalone_mode=False)"
    )
    assert "cpb_tui.store.search_index" in loaded  # it did search
    assert not {m for m in loaded if m.split(".")[0] in ("sqlite_utils", "textual", "rich", "markdown_it")}
    heavy = {"cpb_tui.store.repository", "cpb_tui.store.db", "cpb_tui.domain.models", "cpb_tui.cli.actions", "cpb_tui.export.serialise"}
    assert not heavy & loaded


def test_opening_a_current_store_loads_no_sqlite_utils(tmp_path):
    # Reads and writes need only sqlite3; sqlite-utils comes in to migrate (store/db.py StoreDatabase).
    from cpb_tui.store import Store

    Store.open(tmp_path / "cpb.db").close()
    loaded = modules_after(
        "from cpb_tui.cli import cli;"
        f"cli(['--db', {str(tmp_path / 'cpb.db')!r}, 'actions', 'list'], standalone_mode=False)"
    )
    assert "cpb_tui.store.repository" in loaded  # it did open the Store
    assert not {m for m in loaded if m.split(".")[0] in ("sqlite_utils", "textual", "rich")}


def test_the_app_starts_without_the_other_screens_markdown_or_the_store():
    # Only what the home screen draws is imported before it is on screen (bench/first_screen.py).
    loaded = modules_after("import cpb_tui.tui.app")
    assert "cpb_tui.tui.screens.home_screen" in loaded
    later = {"cpb_tui.tui.screens.meeting_screen", "cpb_tui.tui.screens.action_log_screen", "cpb_tui.tui.screens.search_screen",
             "cpb_tui.tui.screens.brief_screen", "cpb_tui.tui.commands", "cpb_tui.store.repository", "cpb_tui.followthrough",
             "cpb_tui.domain.more_models", "cpb_tui.domain.search_results"}
    assert not later & loaded
    assert not {m for m in loaded if m.split(".")[0] in ("markdown_it", "sqlite_utils", "rapidfuzz", "pygments")}


FIRST_SCREEN = r"""
import asyncio, sys
from pathlib import Path
from cpb_tui.tui.app import make_app

async def main():
    app = make_app(Path(sys.argv[1]))
    async with app.run_test(size=(100, 30)) as pilot:
        while not getattr(app.screen, "summaries", None):
            await pilot.pause(0.02)
        print("after the first screen:", "cpb_tui.store.repository" in sys.modules)
        app.open_meeting(app.screen.summaries[0].meeting.id)
        while getattr(app.screen, "shown_item_id", None) is None:
            await pilot.pause(0.02)
        print("after a meeting:", "cpb_tui.store.repository" in sys.modules, app.screen.shown_item_id > 0)

asyncio.run(main())
"""


def test_the_home_screen_is_read_before_the_rest_of_the_store_is_imported(demo_db):
    # The first screenful comes through store/summaries.py alone; a meeting brings in the whole store.
    out = subprocess.run([sys.executable, "-c", FIRST_SCREEN, str(demo_db)], capture_output=True, text=True, check=True).stdout
    assert out.split("\n")[:2] == ["after the first screen: False", "after a meeting: True True"]


def test_every_model_is_still_imported_from_models():
    # models.py defines the home screen's four and hands out the rest by name (PEP 562).
    import cpb_tui.domain.models as models
    import cpb_tui.domain.more_models as more_models
    from cpb_tui.domain import search_results

    for name in [*more_models.__all__, "SearchHit", "SearchOutcome"]:
        assert getattr(models, name) is getattr(more_models if name in more_models.__all__ else search_results, name)
    defined = {n for n, v in vars(more_models).items() if isinstance(v, type) and v.__module__ == more_models.__name__}
    assert defined == set(more_models.__all__)
    assert not hasattr(models, "__path__") and not hasattr(models, "NoSuchModel")


def test_cpb_read_and_actions_list_load_neither_the_import_reader_nor_hashlib(demo_db):
    # `cpb read` needs one helper of importers/ (layout.escape_markdown), not the reader behind the
    # package's names; no listing needs hashlib (only an import extracting actions hashes).
    for command in (["read", "last", "1"], ["actions", "list"]):
        loaded = modules_after(
            "from cpb_tui.cli import cli;"
            f"cli(['--db', {str(demo_db)!r}, *{command!r}], standalone_mode=False)"
        )
        assert "cpb_tui.store.repository" in loaded  # it did read the store
        assert "cpb_tui.importers.reader" not in loaded and "hashlib" not in loaded, command


def test_the_importers_names_still_come_from_the_package():
    from cpb_tui import importers
    from cpb_tui.importers import ImportProblem, load, parse_text, read_source
    from cpb_tui.importers import reader

    assert (ImportProblem, load, parse_text, read_source) == (
        reader.ImportProblem, reader.load, reader.parse_text, reader.read_source
    )
    try:
        importers.no_such_name
    except AttributeError as error:
        assert "no_such_name" in str(error)
    else:
        raise AssertionError("an unknown name was found")
