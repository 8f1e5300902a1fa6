"""Every `--json` of the `cpb` command, version 2: the shapes docs/cli.md documents, and one key per thing."""

import json

import pytest
from click.testing import CliRunner

from cpb_tui.cli import cli
from cpb_tui.export.serialise import JSON_VERSION

MEETING_REF = {"id", "date", "committee"}
ITEM_REF = {"id", "number", "title"}
MEETING = {"id", "committee", "council", "date", "time", "venue", "status", "minutes_status", "item_count"}
RESOLUTION = {"clause", "lead_in", "text", "verb"}
ACTION = {
    "id", "committee", "meeting", "item", "minute_reference", "clause", "kind", "text", "owners", "due_words",
    "due_meeting", "due_date", "status", "origin", "created_at", "closed_at", "latest_update", "exempt",
}


@pytest.fixture(scope="module")
def outputs(tmp_path_factory, demo_master):
    """Every --json output on a copy of the demo store, by command."""
    import shutil

    path = tmp_path_factory.mktemp("shapes") / "demo.db"
    shutil.copy(demo_master, path)
    runner = CliRunner()

    def run(*args):
        result = runner.invoke(cli, ["--db", str(path), *args, "--json"], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return json.loads(result.output)

    shown = run("show", "2025-06-19")
    annual = next(i for i in shown["items"] if i["title"].startswith("Children in Care Annual Report"))
    first_action = run("actions", "list", "--status", "all")["actions"][0]
    return {
        "meetings": run("meetings"),
        "show": shown,
        "actions": run("actions", "list", "--status", "all"),
        "history": run("actions", "history", str(first_action["id"])),
        "follow": run("follow"),
        "topic": run("topic", "2025-06-19", annual["number"]),
        "search": run("search", "care leavers"),
        "brief": run("brief", "2026-11-26"),  # the story's next meeting
    }


def walk(value, key=None):
    """Every (key, value) pair in a JSON document, however deep."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield k, v
            yield from walk(v, k)
    elif isinstance(value, list):
        for v in value:
            yield from walk(v, key)


def test_every_output_is_an_object_with_the_version(outputs):
    assert JSON_VERSION == 2
    for name, output in outputs.items():
        assert isinstance(output, dict) and output["version"] == 2, name


def test_one_key_one_thing(outputs):
    for name, output in outputs.items():
        for key, value in walk(output):
            if key == "items":
                assert isinstance(value, list), (name, key)  # never a count: that is item_count
            elif key in ("meeting", "due_meeting"):
                assert value is None or set(value) == MEETING_REF, (name, key, value)
            elif key == "item":
                assert value is None or set(value) == ITEM_REF, (name, key, value)
            elif key == "resolutions":
                assert all(set(r) == RESOLUTION for r in value), name
            # The words version 1 used for these are gone.
            assert key not in ("label", "minute", "trail", "item_id", "meeting_id", "latest_note"), (name, key)


def test_the_shapes(outputs):
    assert set(outputs["meetings"]) == {"version", "meetings"}
    assert all(set(m) == MEETING for m in outputs["meetings"]["meetings"])

    shown = outputs["show"]
    assert set(shown) == MEETING | {"version", "attendance", "documents", "items"}
    assert shown["item_count"] == len(shown["items"])
    assert set(shown["items"][0]) == {
        "id", "number", "minute_number", "title", "purpose", "pages", "exempt", "exempt_reason", "procedural",
        "minutes", "resolutions", "sections",
    }

    assert set(outputs["actions"]) == {"version", "actions"}
    assert all(set(a) == ACTION for a in outputs["actions"]["actions"])

    history = outputs["history"]
    assert set(history) == {"version", "action", "events"} and set(history["action"]) == ACTION
    assert set(history["events"][0]) == {"id", "at", "who", "event", "field", "old", "new", "note"}

    follow = outputs["follow"]["actions"]
    assert all(set(a) == ACTION | {"derived_status", "followups"} for a in follow)
    followup = next(f for a in follow for f in a["followups"])
    assert set(followup) == {"meeting", "item", "score", "state", "reasons"}

    topic = outputs["topic"]["items"]
    assert [i["meeting"]["date"] for i in topic] == ["2025-06-19", "2026-06-18"]
    assert set(topic[0]) == {"id", "number", "minute_number", "title", "meeting", "resolutions"}

    search = outputs["search"]
    assert set(search) == {"version", "query", "hints", "capped", "hits"}
    assert set(search["hits"][0]) == {
        "kind", "id", "committee", "meeting", "item", "heading", "heading_highlights", "document", "clause",
        "status", "snippet", "highlights", "score", "exempt",
    }

