"""How well the action extractor does on the labelled clauses in tests/fixtures/labelled_clauses.tsv.

Run: python bench/extraction_quality.py [--set heldout]

`--set labelled` (the default) is the set written alongside the rules; `--set heldout` is
tests/fixtures/heldout_clauses.tsv, written by someone who never saw the rules: the honest
figure.

Prints precision, recall and F1 of "is this an action?", then, over the true positives, how
often the kind, the due words and the owners agree with the labels, and lists every row the
extractor got wrong.
"""

from __future__ import annotations

import csv
import re
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cpb_tui.actions import ActionCandidate, extract_from_minutes, extract_from_resolution  # noqa: E402

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"
LABELLED = FIXTURES / "labelled_clauses.tsv"
SETS = {"labelled": LABELLED, "heldout": FIXTURES / "heldout_clauses.tsv"}


@dataclass(frozen=True)
class Outcome:
    """One labelled row and what the extractor found in it."""

    row: dict[str, str]
    found: list[ActionCandidate]

    @property
    def expected(self) -> bool:
        return self.row["is_action"] == "1"

    @property
    def predicted(self) -> bool:
        return bool(self.found)

    @property
    def kind_ok(self) -> bool:
        return self.found[0].kind == self.row["kind"]

    @property
    def due_ok(self) -> bool:
        return _norm(self.found[0].due_words) == _norm(self.row["due_words"])

    @property
    def owners_ok(self) -> bool:
        wanted = tuple(o.strip() for o in self.row["owners"].split(";") if o.strip())
        return self.found[0].owners == wanted


def load_rows(path: Path = LABELLED) -> list[dict[str, str]]:
    """The labelled rows, as dicts keyed by the header."""
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def run(rows: list[dict[str, str]]) -> list[Outcome]:
    """Run the extractor that fits each row's source."""
    outcomes = []
    for row in rows:
        if row["source"] == "minutes":
            found = extract_from_minutes(row["text"])
        else:
            found = extract_from_resolution(row["text"], row["verb"])
        outcomes.append(Outcome(row, found))
    return outcomes


def _norm(words: str | None) -> str:
    return re.sub(r"\s+", " ", (words or "").replace("\u2019", "'")).strip().lower()


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _problem(outcome: Outcome) -> str:
    """What the extractor got wrong on one row, or "" when nothing."""
    if outcome.predicted and not outcome.expected:
        return "false positive"
    if outcome.expected and not outcome.predicted:
        return "missed"
    if not outcome.expected:
        return ""
    checks = (("kind", outcome.kind_ok), ("due", outcome.due_ok), ("owners", outcome.owners_ok))
    return ", ".join(label for label, ok in checks if not ok)


def main() -> None:
    """Print the figures and the rows the extractor got wrong."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), default="labelled")
    args = parser.parse_args()
    outcomes = run(load_rows(SETS[args.set]))
    tp = [o for o in outcomes if o.expected and o.predicted]
    fp = [o for o in outcomes if not o.expected and o.predicted]
    fn = [o for o in outcomes if o.expected and not o.predicted]
    precision = _ratio(len(tp), len(tp) + len(fp))
    recall = _ratio(len(tp), len(tp) + len(fn))
    f1 = _ratio(2 * precision * recall, precision + recall)
    positives = sum(o.expected for o in outcomes)
    print(f"labelled rows   {len(outcomes)} ({positives} actions, {len(outcomes) - positives} not)")
    print(f"precision       {precision:.3f}  ({len(tp)} of {len(tp) + len(fp)} found are actions)")
    print(f"recall          {recall:.3f}  ({len(tp)} of {len(tp) + len(fn)} actions found)")
    print(f"F1              {f1:.3f}")
    print(f"kind accuracy   {_ratio(sum(o.kind_ok for o in tp), len(tp)):.3f}  (over true positives)")
    print(f"due accuracy    {_ratio(sum(o.due_ok for o in tp), len(tp)):.3f}  (due words, over true positives)")
    print(f"owners accuracy {_ratio(sum(o.owners_ok for o in tp), len(tp)):.3f}  (owners, over true positives)")
    wrong = [(o, _problem(o)) for o in outcomes if _problem(o)]
    print(f"\nrows with a wrong answer: {len(wrong)}")
    for outcome, reason in wrong:
        row = outcome.row
        print(f"- {row['id']} [{reason}] {row['text'][:110]}")
        if outcome.found:
            got = outcome.found[0]
            print(f"    found kind={got.kind} due={got.due_words!r} owners={list(got.owners)}")
        if outcome.expected:
            print(f"    label kind={row['kind']} due={row['due_words']!r} owners={row['owners'].split(';') if row['owners'] else []}")


if __name__ == "__main__":
    main()
