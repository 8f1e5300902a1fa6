"""Follow-through: derived status, topics across meetings, follow-ups the clerk confirms or rejects."""

import datetime as dt
import json

import pytest
from click.testing import CliRunner

from cpb_tui.cli import cli
from cpb_tui.followthrough import derive_status
from cpb_tui.followthrough.status import StatusFacts
from tests.conftest import SEEDS

TODAY = dt.date(2026, 11, 23)
CALENDAR = [dt.date(2026, 6, 18), dt.date(2026, 9, 17), dt.date(2026, 11, 26), dt.date(2027, 1, 21)]


def facts(**values):
    base = dict(status="open", due_meeting=None, due_date=None, confirmed_followup=False,
                strong_suggestion=False, moved_by_clerk=False)
    return StatusFacts(**{**base, **values})


@pytest.mark.parametrize(
    "values, expected",
    [
        ({"confirmed_followup": True}, "delivered"),
        ({"confirmed_followup": True, "status": "done"}, "delivered"),
        ({"status": "done"}, "done"),
        ({"status": "dropped"}, "dropped"),
        ({"due_meeting": dt.date(2026, 9, 17)}, "missed"),
        ({"due_meeting": dt.date(2026, 9, 17), "strong_suggestion": True}, "to confirm"),
        ({"due_meeting": dt.date(2026, 11, 26)}, "due next meeting"),
        ({"due_meeting": dt.date(2027, 1, 21)}, "pending"),
        ({"due_meeting": dt.date(2027, 1, 21), "moved_by_clerk": True}, "carried forward"),
        ({"due_date": dt.date(2026, 10, 31)}, "overdue"),
        ({"due_date": dt.date(2026, 12, 31)}, "due next meeting"),
        ({"due_date": dt.date(2027, 3, 31)}, "pending"),
        ({}, "pending"),
    ],
)
def test_derived_status(values, expected):
    assert derive_status(facts(**values), CALENDAR, TODAY) == expected


def test_topic_matching_precision_on_labelled_pairs():
    """Precision of suggested links at the default threshold, on pairs written blind to the matcher."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from bench.matching_quality import load_pairs, precision_recall, score_pairs
    from cpb_tui.followthrough import TOPIC_THRESHOLD

    rows = load_pairs()
    assert len(rows) >= 60
    precision, recall, *_ = precision_recall(score_pairs(rows), TOPIC_THRESHOLD)
    assert precision >= 0.9
    assert recall >= 0.7


@pytest.fixture
def demo(demo_db):
    runner = CliRunner()

    def invoke(*args):
        result = runner.invoke(cli, ["--db", str(demo_db), *args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output

    return invoke


def followed(demo):
    return {(a["meeting"]["date"], a["minute_reference"]): a for a in json.loads(demo("follow", "--json"))["actions"]}


def best(entry):
    strong = [f for f in entry["followups"] if f["state"] == "suggested" and f["score"] >= 0.6]
    return strong[0]["item"]["title"] if strong else None


def test_demo_planted_cases_are_found_with_no_false_delivered(demo):
    found = followed(demo)
    # Delivered at a later meeting: strong suggestions of the right item, for the clerk to confirm.
    assert found[("2024-11-14", "23 iii)")]["derived_status"] == "to confirm"
    assert best(found[("2024-11-14", "23 iii)")]) == "Placement Sufficiency Strategy 2025-2028 - Update"
    assert best(found[("2025-01-16", "31 ii)")]) == "Foster Carer Allowance and Fee Review - Outcome"
    assert best(found[("2025-06-19", "8 ii)")]) == "Unaccompanied Children - Supported Accommodation: Six Month Update"
    # Deferred, and taken at the next meeting.
    deferred = found[("2025-09-18", "15")]
    assert deferred["derived_status"] == "to confirm" and best(deferred).startswith("Staying Put and Staying Close")
    # Missed: the due meeting was held with no such item (only passing mentions elsewhere).
    for key in [("2024-11-14", "25 2)"), ("2025-03-20", "39 iii)"), ("2025-09-18", "16 iii)")]:
        assert found[key]["derived_status"] == "missed", key
        assert best(found[key]) is None
    # Due at the upcoming meeting: one on its agenda, one not.
    assert found[("2026-06-18", "8 ii)")]["derived_status"] == "due next meeting"
    assert found[("2026-09-17", "14 iii)")]["derived_status"] == "due next meeting"
    assert found[("2026-09-17", "15 ii)")]["derived_status"] == "pending"  # by March 2027
    # Nothing is delivered until the clerk confirms it.
    assert not [a for a in found.values() if a["derived_status"] == "delivered"]
    # Missed and overdue come first.
    order = [a["derived_status"] for a in json.loads(demo("follow", "--json"))["actions"]]
    assert order[:3] == ["missed"] * 3


def test_confirm_and_reject_are_events_and_stick(demo, demo_db):
    found = followed(demo)
    action = found[("2024-11-14", "23 iii)")]
    right = next(f for f in action["followups"] if f["item"]["title"].endswith("- Update"))
    # The item as the agenda prints it: the meeting's date and the item's number.
    said = demo("follow", "--as", "Sam Clerk", "confirm", str(action["id"]), right["meeting"]["date"], right["item"]["number"],
                "--note", "as planned")
    assert said.startswith(f"action {action['id']}: item {right['item']['number']} ") and said.rstrip().endswith("confirmed")
    after = followed(demo)[("2024-11-14", "23 iii)")]
    assert after["derived_status"] == "delivered" and after["status"] == "done"
    events = json.loads(demo("actions", "history", str(action["id"]), "--json"))["events"]
    assert [(e["who"], e["event"]) for e in events][-2:] == [("Sam Clerk", "follow-up confirmed"), ("Sam Clerk", "done")]

    deferred = found[("2025-09-18", "15")]
    wrong = deferred["followups"][0]
    demo("follow", "reject", str(deferred["id"]), str(wrong["item"]["id"]))  # an item id alone is unambiguous
    after = followed(demo)[("2025-09-18", "15")]
    assert after["derived_status"] == "missed"
    assert [f["state"] for f in after["followups"] if f["item"]["id"] == wrong["item"]["id"]] == ["rejected"]
    # Importing again rescores but never undoes the clerk's decisions.
    from cpb_tui.store import Store

    store = Store.open(demo_db)
    with store.db.atomic():
        store._refresh_followthrough([wrong["item"]["id"], right["item"]["id"]])
    store.close()
    again = followed(demo)
    assert again[("2025-09-18", "15")]["derived_status"] == "missed"
    assert again[("2024-11-14", "23 iii)")]["derived_status"] == "delivered"


def test_follow_rejects_an_item_before_the_action(demo_db):
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", str(demo_db), "follow", "confirm", "13", "1"])
    assert result.exit_code == 1 and "is not after the meeting" in result.output


def test_topic_across_meetings(demo):
    found = followed(demo)
    first = json.loads(demo("show", "2025-06-19", "--json"))
    annual = next(i for i in first["items"] if i["title"].startswith("Children in Care Annual Report"))
    topic = json.loads(demo("topic", "2025-06-19", annual["number"], "--json"))
    assert json.loads(demo("topic", str(annual["id"]), "--json")) == topic
    assert [(i["meeting"]["date"], i["title"]) for i in topic["items"]] == [
        ("2025-06-19", "Children in Care Annual Report 2024/25"),
        ("2026-06-18", "Children in Care Annual Report 2025/26"),
    ]
    assert found  # the demo has follow-through at all


@pytest.mark.skipif(not SEEDS.is_dir(), reason=f"the real seed documents are not at {SEEDS}")
def test_seeds_missed_update_and_annual_report_topic(db_path, pinned_today):
    runner = CliRunner()

    def invoke(*args):
        result = runner.invoke(cli, ["--db", str(db_path), *args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output

    invoke("import", str(next(SEEDS.glob("001_*.txt"))), "--date", "2021-06-21")
    invoke("import", str(next(SEEDS.glob("000_*.txt"))))
    found = {(a["meeting"]["date"], a["minute_reference"]): a for a in json.loads(invoke("follow", "--json"))["actions"]}
    update = found[("2021-01-28", "16 ii)")]
    assert update["derived_status"] == "missed" and update["due_meeting"]["date"] == "2021-06-21"
    assert all(f["score"] < 0.6 for f in update["followups"])
    june_2022 = json.loads(invoke("show", "2022-06-15", "--json"))["items"][0]
    topic = json.loads(invoke("topic", "2022-06-15", june_2022["number"], "--json"))["items"]
    assert [(i["meeting"]["date"], i["number"]) for i in topic] == [("2021-06-21", "5"), ("2022-06-15", "19")]


def test_cpb_follow_says_the_evidence_in_the_apps_words_and_the_scores_only_when_asked(demo):
    import re

    said = demo("follow", "--all")
    lines = [line.strip() for line in said.splitlines() if line.startswith("    ") and " item " in line]
    assert lines
    # No raw score anywhere: each follow-up starts with how far its evidence goes, in the app's words.
    assert not re.search(r"\b(suggested|confirmed|rejected) \d\.\d\d", said)
    assert not re.search(r"\(\d\.\d\d\)", said)
    words = ("strong match, to confirm", "possible match", "weak match", "confirmed", "rejected")
    assert all(line.startswith(words) for line in lines)
    assert any(line.startswith("strong match, to confirm: ") for line in lines)
    # The reasons without the matcher's figures, as the trail panel says them.
    assert re.search(r"strong match, to confirm: \d{4}-\d\d-\d\d item \S+ '[^']+': [^(\n]*text matches the action; ", said)
    scored = demo("follow", "--all", "--scores")
    assert re.search(r"strong match, to confirm \(\d\.\d\d\): ", scored)
    assert re.search(r"\(\d\.\d\d\)", scored)
