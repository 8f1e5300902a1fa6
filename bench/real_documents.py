"""Score an import of a folder of real council documents against labels that quote nothing.

Run: python bench/real_documents.py DIR [--split NAME|all] [--verbose] [--flatten | --wrap WIDTH | --pdf plain|spaced|columns]

DIR holds the documents named in bench/real_documents/expected.json (rebuild it from
bench/real_documents/SOURCES.md and queries.tsv; the texts are public pages and are never
committed). The splits are those the labels name: score, dev, fresh ... fresh13, score2, dev2, dev3,
dev4a, dev4b, dev5a, dev5b, dev6a, dev6b, dev7a, dev7b, dev8a, dev8b, dev9a, dev9b, dev10a, dev10b, dev11a, dev11b, dev12a, dev12b, dev13a, dev13b, dev14a, dev14b, dev15a, dev15b, dev16a, dev16b, dev17a, dev17b, dev18a, dev18b, dev19a, dev19b, dev20a, dev20b, dev21a, dev21b, dev22a, dev22b, dev23a, dev23b, dev24a, dev24b, dev25a, dev25b, dev26a, dev26b, dev27a, dev27b, dev28a, dev28b, dev29a, dev29b, dev30a, dev30b, dev31a, dev31b, dev32a, dev32b, dev33a, dev33b, dev34a, dev34b, dev35a, dev35b, dev36a, dev36b, dev37a, dev37b, dev38a, dev38b, dev39a, dev39b, dev40a, dev40b, dev41a, dev41b, dev42a, dev42b, dev43a, dev43b, dev44a, dev44b, dev45a, dev45b, dev46a, dev46b, score3 and score4 (the held-out set now).
"""

from __future__ import annotations

import hashlib
import re

# Words that open a decision rather than belong to it ("Resolved - That ..."); labels such
# as "(ii)", "17.4" or "b." are dropped too, so a clause hashes the same however it is cut.
_OPENERS = {
    "resolved", "resolve", "that", "agreed", "decision", "decisions", "decided", "it", "was",
    "penderfynwyd", "cytunwyd", "penderfyniad",
}
_LABEL = re.compile(r"^(?:[ivxlc]{1,6}|\d{1,3}|[a-z])$")
_WHO = {"the", "committee", "board", "panel", "cabinet", "council", "sub", "members", "forum", "executive", "member"}


def clause_words(text: str, drop_who: bool = True) -> list[str]:
    """The clause's words, lower-cased, with its label and opening formula dropped."""
    words = re.findall(r"[a-z0-9]+", text.lower().replace("\u2019", "'"))
    # "The Committee resolved (to) ...", "It was agreed that ...": drop who resolved.
    for stop, word in enumerate(words[:6] if drop_who else []):
        if word in ("resolved", "agreed", "decided", "penderfynwyd", "cytunwyd"):
            if all(w in _WHO or w in _OPENERS for w in words[:stop]):
                words = words[stop + 1 :]
            break
    while words and (words[0] in _OPENERS or _LABEL.match(words[0])):
        words = words[1:]
    return words


_VERBS = {"resolved", "agreed", "decided", "noted", "approved", "accepted", "adopted", "endorsed", "confirmed"}


def verb_on_hashes(text: str) -> list[str]:
    """A stored clause that says who decided ("The Parish Council agreed to accept ...", "The minutes of 3 May were approved
    as a correct record") hashed from its verb on, and from the words after it: labels cut at either place name the same
    clause, however many words who decided took (`clause_words` drops only a short list of them)."""
    words = re.findall(r"[a-z0-9]+", text.lower().replace("\u2019", "'"))
    verb = next((i for i, word in enumerate(words[:16]) if word in _VERBS), None)
    if verb is None or {"proposed", "seconded", "moved", "item", "by"} & set(words[:verb]):
        return []  # (never a clause that kept its heading or its movers before the verb: that clause was cut wrong)
    return [clause_hash(" ".join(words[verb:]), drop_who=False), clause_hash(" ".join(words[verb + 1 :]), drop_who=False)]


def clause_hash(text: str, drop_who: bool = True) -> str:
    """A short hash of a clause's first ten normalised words: checks a match without quoting it."""
    key = " ".join(clause_words(text, drop_who)[:10])
    return hashlib.sha1(key.encode()).hexdigest()[:10]


# --- scoring ----------------------------------------------------------------------------

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import textwrap  # noqa: E402
from collections import Counter, defaultdict  # noqa: E402
from dataclasses import dataclass, field  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
EXPECTED = ROOT / "bench" / "real_documents" / "expected.json"
PLACEHOLDER_COMMITTEE = "Committee not stated"
PLACEHOLDER_DATE = dt.date(2000, 1, 1)


def split_of(doc: dict | str) -> str:
    """Odd ids of the first 78 are the scoring half, labelled before any parser work saw them;
    even ids, and every document labelled "split": "dev", are for development."""
    if isinstance(doc, dict):
        if doc.get("split"):
            return doc["split"]
        doc = doc["id"]
    return "score" if int(re.sub(r"\D", "", doc)) % 2 else "dev"


def norm_number(number: str | None) -> str | None:
    """An item number as printed, reduced so "Minute 42.", "42:", "42)", "(42)", "42," and "42" compare equal."""
    if number is None:
        return None
    text = re.sub(r"\s+", "", number.lower()).rstrip(".:,")
    if text.endswith((")", "]")) and "(" not in text and "[" not in text:
        text = text[:-1].rstrip(".")  # "2)", "1].", "2659:", "a.)": the number's own stop
    if re.fullmatch(r"\(\d{1,4}(?:\.\d{1,2})?\)|\((?:[a-h]|[ivx]{1,4})\)", text):
        text = text[1:-1]  # "(27)", "(6.1)": a number in its brackets; "(a)", "(iv)": a letter or a roman figure in its
    text = re.sub(r"^\*(?=\d)", "", text)  # "*36": a minute marked as decided under delegation is minute 36
    if re.fullmatch(r"\d{1,3}[a-z]?/", text):
        text = text[:-1]  # "4/ Matters arising": a slash for a stop (never "12/23", a minute and its year)
    text = re.sub(r"^(?:agendaitem|item|minute|min\.?|no\.?|cofnod|eitem)+", "", text)  # (and the Welsh "Cofnod 1536.2017")
    return text or None


@dataclass
class DocScore:
    """What one document's import found against its labels."""

    doc: dict
    status: str = "refused"
    """imported / asked (imported once the missing committee or date was given) / missed-context / refused."""
    message: str = ""
    shape: str = ""
    date_ok: bool | None = None
    items_expected: int = 0
    items_found: int = 0
    clauses_expected: int = 0
    clauses_found: int = 0
    clauses_extra: int = 0
    actions_expected: int = 0
    actions_found: int = 0
    due_expected: int = 0
    due_right: int = 0
    false_actions: int = 0
    notes: list[str] = field(default_factory=list)
    pairs: list[tuple] = field(default_factory=list)
    """Each labelled item the scorer paired: (its label, cpb's item, the tasks cpb found there, the tasks labelled);
    and each item of cpb's no label took, with tasks: (None, cpb's item, its tasks, 0). For a developer's look only."""

    @property
    def committee_found(self) -> bool:
        """Whether cpb found a committee (it asked for none), where it imported at all."""
        return self.status in ("imported", "asked", "missed-context") and "which committee" not in self.message


def score_document(doc: dict, folder: Path) -> DocScore:
    from cpb_tui.importers import ImportProblem, load
    from cpb_tui.importers.shapes import choose
    from cpb_tui.store import Store

    result = DocScore(doc)
    expected_items = doc["items"]
    result.items_expected = len(expected_items)
    result.clauses_expected = sum(i["clauses"] for i in expected_items)
    result.actions_expected = sum(len(i["actions"]) for i in expected_items)
    result.due_expected = sum(1 for i in expected_items for a in i["actions"] if a.get("due"))
    path = folder / doc["file"]
    if not path.exists():
        result.status, result.message = "missing", f"{path} is not there: rebuild the folder from SOURCES.md"
        return result
    try:
        source, record = load(path)
        result.status = "imported"
    except Exception as error:  # noqa: BLE001 - a crash is a result to report, not to stop on
        if not isinstance(error, ImportProblem):
            result.status, result.message = "crashed", f"{type(error).__name__}: {error}"
            return result
        problem = error
        if "does not say which" not in problem.reason:
            result.message = problem.reason
            return result
        stated = doc.get("date") and "date" in problem.reason
        result.status = "missed-context" if stated else "asked"
        result.message = problem.reason
        date = dt.date.fromisoformat(doc["date"]) if doc.get("date") else PLACEHOLDER_DATE
        try:
            source, record = load(path, committee=PLACEHOLDER_COMMITTEE if "committee" in problem.reason else None,
                                  date=date if "date" in problem.reason else None)
        except Exception as again:  # noqa: BLE001
            result.status = "refused" if isinstance(again, ImportProblem) else "crashed"
            result.message = again.reason if isinstance(again, ImportProblem) else f"{type(again).__name__}: {again}"
            return result
    result.shape = choose(source.text, source.page_starts).shape
    with tempfile.TemporaryDirectory() as folder_name:
        store = Store.open(Path(folder_name) / "bench.db")
        try:
            outcome = store.import_document(record, str(path), source.sha256)
            items = [item for meeting in outcome.meetings for item in store.items(meeting.id)]
            if doc.get("date"):
                result.date_ok = any(m.date.isoformat() == doc["date"] for m in outcome.meetings)
            actions_by_item = {item.id: store.item_actions(item.id) for item in items}
            resolutions_by_item = {item.id: store.resolutions(item.id) for item in items}
            resolutions = [r for item in items for r in resolutions_by_item[item.id]]
        finally:
            store.close()
    # A clause matches by its own words, or with the words that opened it ("UNANIMOUSLY RESOLVED");
    # each stored clause matches at most one labelled clause. A label that kept the clause's
    # number ("1. The Committee agreed to ...") hashed with who decided (the number stood before
    # them), so a clause is also tried with who decided kept.
    expected_hashes = Counter(h for i in expected_items for h in i["hashes"])
    matched_hashes = 0
    for resolution in resolutions:
        for key in (clause_hash(resolution.text), clause_hash(f"{resolution.lead_in} {resolution.text}") if resolution.lead_in else None,
                    clause_hash(resolution.text, drop_who=False), *verb_on_hashes(resolution.text)):
            if key and expected_hashes[key] > 0:
                expected_hashes[key] -= 1
                matched_hashes += 1
                break
    expected_hashes = Counter(h for i in expected_items for h in i["hashes"])
    # A clause counts as found when its hash matches; counts cover the clauses the labeller did not hash.
    unhashed = result.clauses_expected - sum(expected_hashes.values())
    result.clauses_found = matched_hashes + min(max(0, unhashed), max(0, len(resolutions) - matched_hashes))
    result.clauses_extra = max(0, len(resolutions) - result.clauses_expected)

    by_number: dict[str | None, list] = defaultdict(list)
    for item in items:
        for number in {norm_number(item.number), norm_number(item.minute_number)}:
            if number:
                by_number[number].append(item)
    used: set[int] = set()
    matched: list[tuple] = []
    unnumbered = [item for item in items if not item.number and not item.minute_number]
    top: str | None = None  # the last item numbered plainly ("5"), over any points numbered again from 1
    reference: str | None = None  # the last item numbered by a reference ("16/42"), over any points numbered from 1
    point = 0  # the last of those points matched
    shift: int | None = None  # where cpb's count went on from, when a list printed "1." again was counted on
    inside: tuple[str, int] | None = None  # the item whose points a list printed "1." again is, and the last point matched
    # a web page's list whose every item the labeller saw printed "1." (a list that lost its numbering): cpb
    # numbers them 1, 2, 3 in order, so the n-th such label is cpb's item n
    all_ones = len(expected_items) >= 3 and all(norm_number(e.get("number")) == "1" for e in expected_items)
    for position, expected in enumerate(expected_items, start=1):
        number = norm_number(expected.get("number"))
        candidates = [i for i in by_number.get(number, []) if i.id not in used] if number else []
        if all_ones:
            candidates = [i for i in by_number.get(str(position), []) if i.id not in used]
        elif number and number.isdigit():
            restarted = top is not None and int(number) <= int(top)
            points = [i for i in by_number.get(f"{inside[0]}.{number}", []) if i.id not in used] if inside and int(number) == inside[1] + 1 else []
            # a list printed "1." again under item 2 that runs past 2 ("2. Actions" over "1." to "7."): still 2.3, 2.4 ...
            candidates, restarted, inside = (points, True, (inside[0], int(number))) if points and inside else (candidates, restarted, None)
            if not candidates and restarted:
                # "5. Progress reports:" over points printed "1.", "2." again: cpb stores them as 5.1, 5.2
                candidates = [i for i in by_number.get(f"{top}.{number}", []) if i.id not in used]
                inside = (top, int(number)) if candidates else None
            if not candidates and restarted and number == "1":
                # items of a Word export each printed "1." after "4." (each its own list): cpb counts on, 5, 6, ...
                candidates = [i for i in by_number.get(str(int(top) + 1), []) if i.id not in used]
                shift = int(top) if candidates else None
                restarted = not candidates
                number = str(int(top) + 1) if candidates else number
            elif not candidates and restarted and shift is not None:
                # (a web page's list started again, "1.", "2.", after "5.": cpb counts on, 6, 7; the shift stays for the list)
                candidates = [i for i in by_number.get(str(shift + int(number)), []) if i.id not in used]
                restarted = not candidates
                number = str(shift + int(number)) if candidates else number
            top = top if restarted else number
        if number and ("/" in number or re.fullmatch(r"\d{1,4}(?:\.\d{1,3}){2}", number)):
            reference, point = number, 0  # (and "20.10.03", a year's minute, over points printed "1.", "2.": 20.10.03.1, 20.10.03.2)
        elif not candidates and number and number.isdigit() and reference:
            # "16/42 Public Participation" over points printed "1.", "2.": cpb stores them as 16/42.1, 16/42.2 (a list that
            # printed each point "1." again, "113/16" over "1. Bus Shelter", "1. Bonfire Night": 113/16.1, 113/16.2, counted on)
            step = point + 1 if number == "1" and point >= 1 else int(number)
            candidates = [i for i in by_number.get(f"{reference}.{step}", []) if i.id not in used]
            point = step if candidates else point
        if not candidates and number and " " in expected["number"].strip():
            # a label that kept two printed numbers ("C048/23 1", "PAR 1") names the item by either
            parts = [norm_number(part) for part in expected["number"].split()]
            candidates = [i for part in parts if part for i in by_number.get(part, []) if i.id not in used][:1]
        if not candidates and number and re.fullmatch(r"[a-h]|[ivx]{1,4}", number):
            # a sub-item printed "(a)" under item 3 is stored as "3a", under item 25/14 as "25/14(a)"; one printed "II."
            # under item 6 as "6(ii)"
            candidates = [
                i for key, found in by_number.items() if re.fullmatch(rf"\d{{1,3}}{number}|\S+\({number}\)", key) for i in found if i.id not in used
            ]
        if not candidates and number is None:
            candidates = [i for i in unnumbered if i.id not in used]
            if len(expected_items) == 1:
                # a one-item page labelled without a number may be any item cpb found on it
                candidates += [i for i in items if i.id not in used and i not in candidates]
            # an unnumbered item is known by its clauses where it has any, or by having actions, else taken in order
            wanted_hashes = set(expected["hashes"])
            by_clauses = [
                i for i in candidates
                if wanted_hashes & {h for r in resolutions_by_item[i.id] for h in (clause_hash(r.text), clause_hash(f"{r.lead_in} {r.text}"))}
            ]
            if not by_clauses and expected["actions"]:
                by_clauses = [i for i in candidates if actions_by_item.get(i.id)]
            candidates = by_clauses or candidates
        if not candidates:
            result.notes.append(f"item {expected.get('number')} not found")
            continue
        item = candidates[0]
        used.add(item.id)
        result.items_found += 1
        matched.append((item, expected))
    # Points the labeller kept inside their item ("6. Matters arising" over a) to d)) are items of
    # their own in cpb (6a ... 6d): their actions count for the labelled item they belong to.
    pool = {item.id: list(actions_by_item.get(item.id, [])) for item, _ in matched}
    parents = {norm_number(item.number or item.minute_number): item.id for item, _ in matched if item.number or item.minute_number}
    for item in items:
        if item.id in used:
            continue
        number = norm_number(item.number or item.minute_number) or ""
        head = re.match(r"(.+?)(?:\.\d+|\(?[a-z]\)?)$", number)
        parent = next((key for key in ((head.group(1), f"{head.group(1)}.0") if head else ()) if key in parents and key != number), None)
        if parent:  # ("3.1" under an item printed "3.0")
            pool[parents[parent]] += actions_by_item.get(item.id, [])
        elif len(expected_items) == 1 and matched:
            # a one-item page (an agenda item page) whose sub-headings cpb kept as items: they are all that item's
            pool[matched[0][0].id] += actions_by_item.get(item.id, [])
        else:
            result.false_actions += len(actions_by_item.get(item.id, []))
            if actions_by_item.get(item.id):
                result.pairs.append((None, item, actions_by_item[item.id], 0))
                result.notes.append(f"unlabelled item {item.number or item.minute_number} has {len(actions_by_item[item.id])} actions")
    for item, expected in matched:
        found_actions = pool[item.id]
        wanted = expected["actions"]
        result.actions_found += min(len(wanted), len(found_actions))
        result.false_actions += max(0, len(found_actions) - len(wanted))
        result.pairs.append((expected, item, found_actions, len(wanted)))
        if len(found_actions) != len(wanted):
            result.notes.append(f"item {expected.get('number')} actions {len(found_actions)} found, {len(wanted)} labelled")
        months = Counter(_due_month(a) for a in found_actions)
        for action in wanted:
            if action.get("due") and months[action["due"]] > 0:
                months[action["due"]] -= 1
                result.due_right += 1
    return result


def _due_month(action) -> str | None:
    day = action.due_meeting_date or action.due_date
    return day.strftime("%Y-%m") if day else None


def _rate(found: int, total: int) -> str:
    return f"{found}/{total} ({100 * found / total:.0f}%)" if total else "-"


def report(scores: list[DocScore]) -> str:
    """The per-kind table and the totals, as Markdown."""
    groups: dict[str, list[DocScore]] = defaultdict(list)
    for score in scores:
        groups[score.doc["kind"]].append(score)
    header = "| kind | docs | import | date right | items | clauses | actions | due right | false actions |"
    lines = [header, "|" + "---|" * 9]

    def row(name: str, members: list[DocScore]) -> str:
        imported = sum(1 for s in members if s.status in ("imported", "asked", "missed-context"))
        dated = [s for s in members if s.date_ok is not None]
        return "| " + " | ".join([
            name, str(len(members)), _rate(imported, len(members)),
            _rate(sum(1 for s in dated if s.date_ok), len(dated)),
            _rate(sum(s.items_found for s in members), sum(s.items_expected for s in members)),
            _rate(sum(s.clauses_found for s in members), sum(s.clauses_expected for s in members)),
            _rate(sum(s.actions_found for s in members), sum(s.actions_expected for s in members)),
            _rate(sum(s.due_right for s in members), sum(s.due_expected for s in members)),
            str(sum(s.false_actions for s in members)),
        ]) + " |"

    for name in sorted(groups):
        lines.append(row(name, groups[name]))
    lines.append(row("**all**", scores))
    asked = sum(1 for s in scores if s.status == "asked")
    missed = sum(1 for s in scores if s.status == "missed-context")
    lines.append("")
    lines.append(
        f"{asked} documents do not state their committee or date and were imported once asked; "
        f"{missed} state them but cpb did not find them."
    )
    named = [s for s in scores if s.doc.get("committee")]
    lines.append(
        f"{sum(1 for s in named if s.committee_found)} of the {len(named)} documents whose labels say they name their body had it found "
        "(a page that says only \"the Parish Council\" is asked which one)."
    )
    return "\n".join(lines)


def flattened(text: str) -> str:
    """A page's lines joined into one paragraph, as document-sharing sites serve many."""
    return " ".join(line.strip() for line in text.split("\n") if line.strip()) + "\n"


def wrapped(text: str, width: int) -> str:
    """A page's lines longer than `width` broken at the last space before it, as a page printed at that width is."""
    out: list[str] = []
    for line in text.split("\n"):
        out += textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) if len(line) > width else [line]
    return "\n".join(out) + "\n"


# Where a machine keeps a Unicode TrueType font for `printed` (Helvetica, built in, covers Latin-1 only).
_FONTS = [Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"), Path("/Library/Fonts/Arial Unicode.ttf"), Path("C:/Windows/Fonts/arial.ttf")]


# a line's number or reference, for a minutes table's first column: "4.", "12)", "23/145", "4.2", "C12/36"
_NUMBER_CELL = re.compile(r"^\s*(?P<number>(?:[A-Z]{1,3})?\d{1,4}(?:[./]\d{1,4}){0,2}[.)]?)\s+(?P<rest>\S.*)$")


def printed(text: str, spaced: bool = False, columns: bool = False) -> bytes:
    """A page as a clerk's word processor prints it to PDF: A4, 11 point proportional type between
    2.5 cm margins, each paragraph broken where the line is full, "Page N of M" at the foot.
    `spaced`: every line of the page a paragraph with 6 points after it, as a clerk who leaves no
    empty lines but uses Word's paragraph spacing prints; otherwise no space after, and the page's
    empty lines printed as empty lines. `columns`: set as minutes in a table are, a line's number
    (or reference) in a narrow first column, the text in a second, a third kept for actions."""
    from fpdf import FPDF

    class Page(FPDF):
        def footer(self) -> None:
            self.set_y(-15)
            self.set_font(self.font_family, size=9)
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Page(format="A4")
    pdf.set_margins(25, 25, 25)
    pdf.set_auto_page_break(True, margin=25)
    font = next((f for f in _FONTS if f.exists()), None)
    if font:
        pdf.add_font("Body", fname=str(font))
        pdf.set_font("Body", size=11)
    else:  # Latin-1 only: the rest becomes "?", as an old printer driver would print it
        pdf.set_font("Helvetica", size=11)
        text = text.encode("latin-1", errors="replace").decode("latin-1")
    pdf.add_page()
    for line in text.replace("\t", "    ").split("\n"):
        numbered = _NUMBER_CELL.match(line) if columns else None
        if line.strip() and columns:
            number = numbered["number"] if numbered else ""
            first = max(18.0, pdf.get_string_width(number) + 5)  # (a long reference widens its column, as Word's would)
            pdf.cell(first, 5.5, number)
            pdf.multi_cell(130 - first, 5.5, numbered["rest"] if numbered else line.strip(), new_x="LMARGIN", new_y="NEXT")
            if spaced:
                pdf.ln(2.1)
        elif line.strip():
            pdf.multi_cell(0, 5.5, line.rstrip(), new_x="LMARGIN", new_y="NEXT")
            if spaced:
                pdf.ln(2.1)
        elif not spaced:
            pdf.ln(5.5)
    return bytes(pdf.output())


def main(argv: list[str] | None = None) -> int:
    docs = json.loads(EXPECTED.read_text())
    splits = sorted({split_of(d) for d in docs}, key=lambda name: (re.sub(r"\d+$", "", name), int(re.sub(r"\D", "", name) or 0)))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, help="the folder holding the documents (rd001.txt ...)")
    parser.add_argument("--split", choices=[*splits, "all"], default="score")
    parser.add_argument("--expected", type=Path, default=EXPECTED)
    parser.add_argument("--verbose", "-v", action="store_true", help="a line per document with what it missed")
    parser.add_argument(
        "--flatten", action="store_true",
        help="score each page with its lines joined into one paragraph, as document-sharing sites serve many (a robustness check)",
    )
    parser.add_argument(
        "--wrap", type=int, metavar="WIDTH",
        help="score each page with its long lines broken at WIDTH columns, as a PDF prints them (a robustness check)",
    )
    parser.add_argument(
        "--pdf", choices=["plain", "spaced", "columns"],
        help="score each page printed to a PDF and read back, as a clerk's own minutes come: proportional type, page breaks, "
        "footers; 'plain' prints the page's empty lines, 'spaced' a space after every line instead, 'columns' sets it as "
        "minutes in a table (number, text, action) (a robustness check)",
    )
    args = parser.parse_args(argv)
    if args.expected != EXPECTED:
        docs = json.loads(args.expected.read_text())
    chosen = [d for d in docs if args.split == "all" or split_of(d) == args.split]
    missing = [d["id"] for d in chosen if not (args.folder / d["file"]).exists()]
    if missing:
        # A page that is not there is not a page cpb failed on: say so loudly and score the rest.
        shown = ", ".join(missing[:8]) + (" ..." if len(missing) > 8 else "")
        print(
            f"{len(missing)} of {len(chosen)} texts are not in {args.folder} ({shown}): rebuild them with the "
            "queries in bench/real_documents/queries.tsv (docs/benchmarks.md, 'Real council documents'). "
            "The table below counts only the pages that are there.\n",
            file=sys.stderr,
        )
        chosen = [d for d in chosen if d["id"] not in set(missing)]
    if not chosen:
        print("no page of this split is there to score", file=sys.stderr)
        return 1
    if args.flatten or args.wrap or args.pdf:
        with tempfile.TemporaryDirectory() as rewritten:
            for index, doc in enumerate(chosen):
                source = (args.folder / doc["file"]).read_bytes()
                if doc["file"].endswith(".txt"):  # (a saved web page or a PDF is scored as it is)
                    text = source.decode("utf-8", errors="replace")
                    if args.pdf:
                        chosen[index] = doc = {**doc, "file": doc["file"][:-4] + ".pdf"}
                        source = printed(text, spaced=args.pdf == "spaced", columns=args.pdf == "columns")
                    else:
                        source = (flattened(text) if args.flatten else wrapped(text, args.wrap)).encode("utf-8")
                (Path(rewritten) / doc["file"]).write_bytes(source)
            scores = [score_document(doc, Path(rewritten)) for doc in chosen]
    else:
        scores = [score_document(doc, args.folder) for doc in chosen]
    councils = len({d["council"] for d in chosen})
    print(f"{len(chosen)} documents from {councils} councils ({args.split} half)\n")
    print(report(scores))
    if args.verbose:
        print()
        for s in scores:
            flag = "" if s.date_ok in (None, True) else " DATE WRONG"
            print(
                f"{s.doc['id']} {s.doc['kind']:<20} {s.status:<14} {s.shape:<28} items {s.items_found}/{s.items_expected} "
                f"clauses {s.clauses_found}/{s.clauses_expected} (+{s.clauses_extra}) actions {s.actions_found}/{s.actions_expected} "
                f"due {s.due_right}/{s.due_expected} false {s.false_actions}{flag} {s.message[:80]}"
            )
            for note in s.notes:
                print(f"      {note}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
