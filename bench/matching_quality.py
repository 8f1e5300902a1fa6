"""How well topics are matched, on labelled item pairs (tests/fixtures/item_pairs.tsv).

Run: python bench/matching_quality.py

Scores every pair with the title matcher (word weights from all the titles in the set),
prints precision and recall of "same topic" at the default threshold and at others around
it, and lists the pairs the default gets wrong. The set was written by a helper who never
saw the matcher.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cpb_tui.followthrough.match import TOPIC_THRESHOLD, TitleMatcher  # noqa: E402

PAIRS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "item_pairs.tsv"


def load_pairs(path: Path = PAIRS) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def score_pairs(rows: list[dict[str, str]]) -> list[tuple[dict[str, str], float]]:
    corpus = [row[k] for row in rows for k in ("a_title", "a_report", "b_title", "b_report") if row[k]]
    matcher = TitleMatcher(corpus)
    return [
        (row, matcher.score([row["a_title"], row["a_report"]], [row["b_title"], row["b_report"]]))
        for row in rows
    ]


def precision_recall(scored, threshold: float) -> tuple[float, float, int, int, int]:
    tp = sum(1 for row, score in scored if score >= threshold and row["same_topic"] == "1")
    fp = sum(1 for row, score in scored if score >= threshold and row["same_topic"] == "0")
    fn = sum(1 for row, score in scored if score < threshold and row["same_topic"] == "1")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp, fp, fn


def main() -> None:
    scored = score_pairs(load_pairs())
    positives = sum(1 for row, _ in scored if row["same_topic"] == "1")
    print(f"labelled pairs {len(scored)} ({positives} same topic, {len(scored) - positives} not)")
    for threshold in (0.6, 0.65, 0.7, TOPIC_THRESHOLD, 0.8, 0.85, 0.9):
        precision, recall, tp, fp, fn = precision_recall(scored, threshold)
        mark = "  <- default" if threshold == TOPIC_THRESHOLD else ""
        print(f"threshold {threshold:.2f}: precision {precision:.3f} recall {recall:.3f} (tp {tp}, fp {fp}, fn {fn}){mark}")
    print("\nwrong at the default threshold:")
    for row, score in scored:
        predicted = score >= TOPIC_THRESHOLD
        if predicted != (row["same_topic"] == "1"):
            kind = "false link" if predicted else "missed link"
            print(f"- {row['id']} [{kind} {score:.2f}] {row['a_title']!r} ~ {row['b_title']!r} ({row['note']})")


if __name__ == "__main__":
    main()
