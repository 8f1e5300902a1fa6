"""Meetings and items named on the command line as the user sees them (cli/helpers.py), through CliRunner."""

import json

import pytest
from click.testing import CliRunner

from cpb_tui.cli import cli
from cpb_tui.cli.helpers import number_ranges
from cpb_tui.store import Store


@pytest.fixture
def run(db_path, fixture_path):
    """`cpb` on a store holding the pack fixture: 12 March 2024 (items 21-24) and 18 June 2024 (items 1-4)."""
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(cli, ["--db", str(db_path), *args], catch_exceptions=False)

    assert invoke("import", str(fixture_path("pack_no_cover.txt")), "--date", "2024-06-18").exit_code == 0
    return invoke


def topic_titles(result):
    assert result.exit_code == 0, result.output
    return [(i["meeting"]["date"], i["number"], i["title"]) for i in json.loads(result.output)["items"]]


def test_an_item_is_its_meetings_date_and_its_printed_number(run):
    fostering = [("2024-03-12", "22", "Fostering Recruitment Campaign")]
    assert topic_titles(run("topic", "2024-03-12", "22", "--json")) == fostering
    # Any date the user may type, and the number as printed with its full stop.
    assert topic_titles(run("topic", "12 March 2024", "22.", "--json")) == fostering
    assert topic_titles(run("topic", "12/03/2024", "22", "--json")) == fostering


def test_an_item_id_alone_is_accepted_and_a_missing_one_says_what_to_type(run):
    item_id = json.loads(run("show", "2024-03-12", "--json").output)["items"][1]["id"]
    assert topic_titles(run("topic", str(item_id), "--json"))[0][1] == "22"
    missing = run("topic", "9999")
    assert missing.exit_code == 1
    assert "ITEM: no item with id 9999: name it by its meeting and number instead, e.g. `2021-01-28 16`" in missing.output


def test_no_such_item_names_the_argument_and_lists_the_meetings_items(run):
    result = run("topic", "2024-03-12", "16")
    assert result.exit_code == 1
    assert "ITEM: no item 16 at the meeting of 12 March 2024; its items are 21-24: see `cpb show 2024-03-12`" in result.output
    read = run("read", "2024-06-18", "9")
    assert read.exit_code == 1 and "ITEM: no item 9 at the meeting of 18 June 2024; its items are 1-4" in read.output


def test_a_date_without_an_item_asks_for_the_number(run):
    result = run("topic", "2024-03-12")
    assert result.exit_code == 2
    assert "Add its number after the date, e.g. `2024-03-12 21` (its items are 21-24)" in result.output


def test_no_meeting_that_day_gives_the_nearest(run):
    result = run("topic", "2024-03-13", "22")
    assert result.exit_code == 1
    assert "MEETING: no meeting on 13 March 2024; the nearest are 2024-03-12 and 2024-06-18" in result.output
    unreadable = run("topic", "soon", "22")
    assert unreadable.exit_code == 2 and "MEETING" in unreadable.output and "2021-06-21" in unreadable.output
    no_id = run("show", "77")
    assert no_id.exit_code == 1 and "MEETING: no meeting with id 77: type its date" in no_id.output


def test_two_committees_on_one_day_need_the_committee(run):
    run("meetings", "add", "--committee", "Audit Committee", "--date", "2024-03-12")
    result = run("topic", "2024-03-12", "22")
    assert result.exit_code == 1
    assert (
        "MEETING: 2 committees met on 12 March 2024: add --committee 'Audit Committee'"
        " and --committee 'Corporate Parenting Board'"
    ) in result.output
    chosen = run("topic", "2024-03-12", "22", "--committee", "Corporate Parenting Board", "--json")
    assert topic_titles(chosen)[0][1] == "22"
    # The hint names the committee too, since the date alone is not enough.
    empty = run("topic", "2024-03-12", "3", "--committee", "Audit Committee")
    assert "has no items yet" in empty.output
    missing = run("topic", "2024-03-12", "3", "--committee", "Corporate Parenting Board")
    assert "see `cpb show 2024-03-12 --committee 'Corporate Parenting Board'`" in missing.output


def test_a_minute_number_names_its_item_when_no_item_is_printed_so(run, db_path):
    store = Store.open(db_path)
    with store.db.atomic():
        store.db.execute("update items set minute_number = '31' where agenda_number = '2'")
    store.close()
    one = run("read", "2024-06-18", "31")
    assert one.exit_code == 0 and "\nItem 2. " in one.output and "\nItem 1. " not in one.output
    # The printed number wins over another item's minute number.
    store = Store.open(db_path)
    with store.db.atomic():
        store.db.execute("update items set minute_number = '1' where agenda_number = '3'")
    store.close()
    first = run("read", "2024-06-18", "1").output
    assert "\nItem 1. " in first and "\nItem 3. " not in first


def test_two_items_with_one_number_give_their_ids(run, db_path):
    store = Store.open(db_path)
    with store.db.atomic():
        store.db.execute("update items set agenda_number = '2' where agenda_number = '3'")
    store.close()
    result = run("read", "2024-06-18", "2")
    assert result.exit_code == 1
    assert "ITEM: 2 items at the meeting of 18 June 2024 are numbered 2:" in result.output
    assert "give the id alone instead" in result.output and "(id " in result.output


def test_follow_confirm_takes_meeting_and_item_and_defaults_to_the_actions_committee(run):
    run("meetings", "add", "--committee", "Audit Committee", "--date", "2024-06-18")
    action = next(a for a in json.loads(run("actions", "--json").output)["actions"] if a["minute_reference"] == "22 ii)")
    # Two committees met on 18 June 2024; the action's committee settles which meeting is meant.
    said = run("follow", "confirm", str(action["id"]), "2024-06-18", "2", "--note", "a test")
    assert said.exit_code == 0, said.output
    assert said.output.startswith(f"action {action['id']}: item 2 '") and "of 18 June 2024 confirmed" in said.output
    followups = json.loads(run("follow", "--json").output)["actions"]
    confirmed = next(a for a in followups if a["id"] == action["id"])["followups"]
    assert [(f["meeting"]["date"], f["item"]["number"], f["state"]) for f in confirmed][0] == ("2024-06-18", "2", "confirmed")
    wrong = run("follow", "reject", str(action["id"]), "2024-06-18", "12")
    assert wrong.exit_code == 1 and "ITEM: no item 12 at the meeting of 18 June 2024; its items are 1-4" in wrong.output
    neither = run("follow", "reject", str(action["id"]), "2024-06-18", "2", "3")
    assert neither.exit_code == 2 and "MEETING ITEM: name the item by its meeting and number" in neither.output


def test_actions_add_names_its_item_option(run):
    added = run("actions", "add", "--text", "Write to the schools", "--meeting", "2024-03-12", "--item", "23")
    assert added.exit_code == 0, added.output
    action = next(a for a in json.loads(run("actions", "--json").output)["actions"] if a["text"] == "Write to the schools")
    assert (action["meeting"]["date"], action["item"]["number"]) == ("2024-03-12", "23")
    missing = run("actions", "add", "--text", "x", "--meeting", "2024-03-12", "--item", "3")
    assert missing.exit_code == 1 and "--item: no item 3 at the meeting of 12 March 2024; its items are 21-24" in missing.output
    alone = run("actions", "add", "--text", "x", "--item", "3")
    assert alone.exit_code == 2 and "--item needs --meeting" in alone.output
    wrong_meeting = run("actions", "export", "--meeting", "2024-03-14")
    assert wrong_meeting.exit_code == 1 and "--meeting: no meeting on 14 March 2024" in wrong_meeting.output


@pytest.mark.parametrize(
    "numbers, expected",
    [
        (["1", "2", "3", "4"], "1-4"),
        (["21"], "21"),
        (["1", "2", "2a", "3", "5", "6"], "1-2, 2a, 3, 5-6"),
        (["iv", "v"], "iv, v"),
        ([], ""),
    ],
)
def test_number_ranges(numbers, expected):
    assert number_ranges(numbers) == expected
