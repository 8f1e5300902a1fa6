"""How far two labellers of the same real pages agree: the ceiling a parser can be held to.

Run: python bench/label_agreement.py SECOND.json [--split NAME] [--consensus OUT] [--union OUT]

bench/real_documents/expected.json holds the first labels. SECOND.json holds a second labeller's
labels of some of the same pages, made from the page alone without seeing the first ones: a list of
{"id", "date", "items": [{"number", "clauses", "hashes", "actions": [{"due"}]}]}. Like the first
labels, they quote nothing.

The table scores the second labels as if they were a parser's reading, against the first labels,
with the rules bench/real_documents.py scores cpb by (items by their number, clauses by their
hashes, actions per item, due months, actions the first labeller did not list). It is then read the
other way round, the second labels as the truth. Where the two labellers agree on, say, 80% of the
tasks, no reading can be held to agree with either on much more.

`--consensus OUT` writes labels that keep only what both labellers saw (the items both listed, the
fewer clauses and tasks of the two, a due month where both gave it); `--union OUT` writes labels
that keep what either saw. Score cpb against them with `bench/real_documents.py DIR --expected OUT`:
against the consensus, a miss is a miss both labellers would call one; against the union, a false
action is a task neither labeller listed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.real_documents import EXPECTED, norm_number, split_of  # noqa: E402


@dataclass
class Agreement:
    """What one page's second labels share with its first labels (the first taken as the truth)."""

    kind: str
    items: int = 0
    items_matched: int = 0
    items_extra: int = 0
    clauses: int = 0
    clauses_matched: int = 0
    actions: int = 0
    actions_matched: int = 0
    due: int = 0
    due_matched: int = 0
    actions_extra: int = 0
    dates: int = 0
    dates_agreed: int = 0


def pair_items(first: list[dict], second: list[dict]) -> list[tuple[dict, dict]]:
    """The items both labellers listed: by their printed number, and unnumbered ones in page order."""
    by_number: dict[str, list[dict]] = defaultdict(list)
    unnumbered: list[dict] = []
    for item in second:
        number = norm_number(item.get("number"))
        (by_number[number] if number else unnumbered).append(item)
    pairs = []
    for item in first:
        number = norm_number(item.get("number"))
        pool = by_number.get(number, []) if number else unnumbered
        if not pool and len(first) == 1 and len(second) == 1:
            pool = list(second)  # a one-item page: the one item, however each labeller numbered it
        if pool:
            pairs.append((item, pool.pop(0)))
    return pairs


def agree(first: dict, second: dict) -> Agreement:
    """Score a page's second labels against its first, as bench/real_documents.py scores cpb."""
    result = Agreement(first["kind"])
    first_items, second_items = first["items"], second["items"]
    result.items = len(first_items)
    pairs = pair_items(first_items, second_items)
    result.items_matched = len(pairs)
    result.items_extra = len(second_items) - len(pairs)
    result.clauses = sum(i["clauses"] for i in first_items)
    first_hashes = Counter(h for i in first_items for h in i["hashes"])
    second_hashes = Counter(h for i in second_items for h in i["hashes"])
    matched = sum((first_hashes & second_hashes).values())
    unhashed = result.clauses - sum(first_hashes.values())
    second_clauses = sum(i["clauses"] for i in second_items)
    result.clauses_matched = matched + min(max(0, unhashed), max(0, second_clauses - matched))
    result.actions = sum(len(i["actions"]) for i in first_items)
    result.due = sum(1 for i in first_items for a in i["actions"] if a.get("due"))
    paired_second = set()
    for mine, theirs in pairs:
        paired_second.add(id(theirs))
        result.actions_matched += min(len(mine["actions"]), len(theirs["actions"]))
        result.actions_extra += max(0, len(theirs["actions"]) - len(mine["actions"]))
        months = Counter(a.get("due") for a in theirs["actions"] if a.get("due"))
        for action in mine["actions"]:
            if action.get("due") and months[action["due"]] > 0:
                months[action["due"]] -= 1
                result.due_matched += 1
    result.actions_extra += sum(len(i["actions"]) for i in second_items if id(i) not in paired_second)
    if first.get("date"):
        result.dates = 1
        result.dates_agreed = int(first["date"] == second.get("date"))
    return result


def _rate(found: int, total: int) -> str:
    return f"{found}/{total} ({100 * found / total:.0f}%)" if total else "-"


def table(results: list[Agreement]) -> str:
    """A per-kind table in the columns of bench/real_documents.py."""
    groups: dict[str, list[Agreement]] = defaultdict(list)
    for result in results:
        groups[result.kind].append(result)
    lines = ["| kind | docs | date agreed | items | clauses | actions | due | actions not in the truth | items not in the truth |",
             "|" + "---|" * 9]
    for name, members in [*sorted(groups.items()), ("**all**", results)]:
        total = lambda field: sum(getattr(m, field) for m in members)  # noqa: E731
        lines.append("| " + " | ".join([
            name, str(len(members)), _rate(total("dates_agreed"), total("dates")),
            _rate(total("items_matched"), total("items")), _rate(total("clauses_matched"), total("clauses")),
            _rate(total("actions_matched"), total("actions")), _rate(total("due_matched"), total("due")),
            str(total("actions_extra")), str(total("items_extra")),
        ]) + " |")
    return "\n".join(lines)


def _both(mine: dict, theirs: dict) -> dict:
    """One item as both labellers saw it: the fewer clauses and tasks, the hashes and due months both gave."""
    hashes = list((Counter(mine["hashes"]) & Counter(theirs["hashes"])).elements())
    clauses = max(len(hashes), min(mine["clauses"], theirs["clauses"]))
    count = min(len(mine["actions"]), len(theirs["actions"]))
    months = Counter(a["due"] for a in mine["actions"] if a.get("due")) & Counter(a["due"] for a in theirs["actions"] if a.get("due"))
    dues = list(months.elements())[:count]
    actions = [{"due": month} for month in dues] + [{"due": None}] * (count - len(dues))
    return {"number": mine.get("number"), "clauses": clauses, "hashes": hashes, "actions": actions}


def _either(mine: dict, theirs: dict) -> dict:
    """One item as either labeller saw it: the more clauses and tasks, every hash and due month given."""
    hashes = list((Counter(mine["hashes"]) | Counter(theirs["hashes"])).elements())
    clauses = max(len(hashes), mine["clauses"], theirs["clauses"])
    longer, shorter = sorted((mine["actions"], theirs["actions"]), key=len, reverse=True)
    actions = [dict(a) for a in longer]
    months = Counter(a["due"] for a in longer if a.get("due"))
    for action in shorter:  # a month only the other labeller gave goes on a task that has none
        month = action.get("due")
        if month and months[month] == 0:
            blank = next((a for a in actions if not a.get("due")), None)
            if blank is not None:
                blank["due"] = month
        elif month:
            months[month] -= 1
    return {"number": mine.get("number"), "clauses": clauses, "hashes": hashes, "actions": actions}


def combine(first: dict, second: dict, keep_all: bool) -> dict:
    """The page's labels as both labellers saw it (keep_all=False) or as either did (keep_all=True)."""
    pairs = pair_items(first["items"], second["items"])
    paired_first = {id(mine): theirs for mine, theirs in pairs}
    paired_second = {id(theirs) for _, theirs in pairs}
    items = []
    for mine in first["items"]:
        theirs = paired_first.get(id(mine))
        if theirs is not None:
            items.append(_either(mine, theirs) if keep_all else _both(mine, theirs))
        elif keep_all:
            items.append(mine)
    if keep_all:
        items += [theirs for theirs in second["items"] if id(theirs) not in paired_second]
    return {**first, "items": items}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("second", type=Path, help="the second labeller's labels (a JSON list)")
    parser.add_argument("--split", help="only the pages of this split")
    parser.add_argument("--expected", type=Path, default=EXPECTED, help="the first labels")
    parser.add_argument("--consensus", type=Path, help="write labels of what both labellers saw here")
    parser.add_argument("--union", type=Path, help="write labels of what either labeller saw here")
    args = parser.parse_args(argv)
    firsts = {d["id"]: d for d in json.loads(args.expected.read_text())}
    seconds = json.loads(args.second.read_text())
    unknown = [s["id"] for s in seconds if s["id"] not in firsts]
    if unknown:
        print(f"{args.second}: {len(unknown)} ids have no first labels in {args.expected} ({', '.join(unknown[:5])}): "
              "check the file names the same pages", file=sys.stderr)
        return 1
    chosen = [s for s in seconds if args.split is None or split_of(firsts[s["id"]]) == args.split]
    if not chosen:
        print(f"no page of {args.second} is in split {args.split}", file=sys.stderr)
        return 1
    print(f"{len(chosen)} pages labelled twice\n")
    print("The second labels read against the first:\n")
    print(table([agree(firsts[s["id"]], s) for s in chosen]))
    print("\nThe first labels read against the second:\n")
    print(table([agree({**s, "kind": firsts[s["id"]]["kind"]}, firsts[s["id"]]) for s in chosen]))
    for path, keep_all in ((args.consensus, False), (args.union, True)):
        if path:
            path.write_text(json.dumps([combine(firsts[s["id"]], s, keep_all) for s in chosen], indent=1) + "\n")
            print(f"\nwrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
