"""Two labellers' readings of the same page are compared by the rules cpb is scored by.

The labels here are made up for the test (fictional pages, no real page's words); the real second
labels live beside the first in bench/real_documents/.
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from bench import label_agreement as agreement  # noqa: E402
from bench.real_documents import clause_hash  # noqa: E402

NOTED = clause_hash("RESOLVED - That the report on the play area be noted.")
QUOTES = clause_hash("RESOLVED - That the Clerk obtain three quotes for the bench.")
OTHER_CUT = clause_hash("That three quotes be obtained.")

FIRST = {
    "id": "rd9001", "kind": "minutes", "date": "2031-05-12", "split": "score9",
    "items": [
        {"number": "4.", "clauses": 2, "hashes": [NOTED, QUOTES], "actions": [{"due": "2031-07"}]},
        {"number": "5.", "clauses": 1, "hashes": [], "actions": [{"due": None}, {"due": None}]},
        {"number": None, "clauses": 0, "hashes": [], "actions": []},
    ],
}
SECOND = {
    "id": "rd9001", "date": "2031-05-12",
    "items": [
        {"number": "Minute 4", "clauses": 2, "hashes": [NOTED, OTHER_CUT], "actions": [{"due": "2031-06"}, {"due": None}]},
        {"number": "5", "clauses": 1, "hashes": [QUOTES], "actions": [{"due": None}]},
        {"number": "6.", "clauses": 0, "hashes": [], "actions": [{"due": None}]},
    ],
}


def test_items_pair_by_their_printed_number_however_each_labeller_wrote_it():
    pairs = agreement.pair_items(FIRST["items"], SECOND["items"])
    assert [(a["number"], b["number"]) for a, b in pairs] == [("4.", "Minute 4"), ("5.", "5")]


def test_the_second_labels_are_scored_against_the_first_as_cpb_would_be():
    result = agreement.agree(FIRST, SECOND)
    assert (result.items, result.items_matched, result.items_extra) == (3, 2, 1)
    # the hashes both gave (the noting and the quotes, under different items) count; the first
    # labeller's unhashed clause is covered by the second's one clause left over
    assert (result.clauses, result.clauses_matched) == (3, 3)
    # item 4: one task each way; item 5: one of two; item 6 is not in the first labels
    assert (result.actions, result.actions_matched) == (3, 2)
    assert result.actions_extra == 1 + 1
    assert (result.due, result.due_matched) == (1, 0)  # July against June
    assert (result.dates, result.dates_agreed) == (1, 1)


def test_the_consensus_keeps_what_both_saw_and_the_union_what_either_did():
    both = agreement.combine(FIRST, SECOND, keep_all=False)
    assert [i["number"] for i in both["items"]] == ["4.", "5."]
    assert both["items"][0] == {"number": "4.", "clauses": 2, "hashes": [NOTED], "actions": [{"due": None}]}
    assert both["items"][1]["actions"] == [{"due": None}]
    either = agreement.combine(FIRST, SECOND, keep_all=True)
    assert [i["number"] for i in either["items"]] == ["4.", "5.", None, "6."]
    assert sorted(either["items"][0]["hashes"]) == sorted([NOTED, QUOTES, OTHER_CUT])
    assert sorted(a["due"] or "" for a in either["items"][0]["actions"]) == ["2031-06", "2031-07"]
    assert len(either["items"][1]["actions"]) == 2
    assert either["split"] == "score9" and either["kind"] == "minutes"


def test_the_command_names_a_file_whose_pages_have_no_first_labels(tmp_path, capsys):
    expected, second = tmp_path / "expected.json", tmp_path / "second.json"
    expected.write_text(json.dumps([FIRST]))
    second.write_text(json.dumps([{**SECOND, "id": "rd9002"}]))
    assert agreement.main([str(second), "--expected", str(expected)]) == 1
    assert "rd9002" in capsys.readouterr().err
    second.write_text(json.dumps([SECOND]))
    out = tmp_path / "both.json"
    assert agreement.main([str(second), "--expected", str(expected), "--consensus", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "| **all** | 1 | 1/1 (100%) | 2/3 (67%) | 3/3 (100%) | 2/3 (67%) | 0/1 (0%) | 2 | 1 |" in printed
    assert json.loads(out.read_text())[0]["items"][0]["number"] == "4."


def test_the_stored_second_labels_name_labelled_pages_and_quote_nothing():
    folder = Path(__file__).resolve().parents[1] / "bench" / "real_documents"
    firsts = {d["id"] for d in json.loads((folder / "expected.json").read_text())}
    seconds = json.loads((folder / "second_labels.json").read_text())
    assert seconds and {s["id"] for s in seconds} <= firsts
    for page in seconds:
        assert set(page) == {"id", "date", "items"}
        for item in page["items"]:
            assert set(item) == {"number", "clauses", "hashes", "actions"}
            assert all(len(h) == 10 and int(h, 16) >= 0 for h in item["hashes"])
            assert item["number"] is None or len(item["number"]) <= 20  # a printed number, never a title
            assert all(set(a) == {"due"} for a in item["actions"])
