"""The RESOLVED block of a minute, split into clauses, each with the verb that says what it does."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable

from cpb_tui.domain.models import ResolutionRecord
from cpb_tui.importers.outcomes import GENERAL_LEAD_IN

RESOLVED_HEAD = re.compile(r"^\s*RESOLVED\s*(?:[:\u2013\u2014-]\s*|$)(.*)$")
_CLAUSE = re.compile(
    r"^\s*(?:\(([ivxlc]{1,6}|\d{1,2}|[a-h]|[A-H])\)|([ivxlc]{1,6}|(?-i:[IVX]{1,5})|\d{1,2}|[a-h])[.)]|([A-H])[.:)])\s+(\S.*)$"  # "II." too
)
_BULLET = re.compile(r"^\s*[\u2022\u00b7\u25aa\u25cf\u25e6\uf0b7*\u2013-]\s*(\S.*)$")
# A lead-in that only names who resolved ("That the Corporate Parenting Board:"), so each
# clause below it carries its own verb.
_SUBJECT_ONLY = re.compile(
    r"^(?:that\s+)?(?:the\s+)?[\w\s'\u2019&-]*?(board|panel|committee|council|members|cabinet|sub-committee|executive|portfolio\s+holder|cabinet\s+member|executive\s+member|lead\s+member|leader|mayor)\s*:?\s*$",
    re.IGNORECASE,
)
# A lead-in that introduces a list of separate decisions (not a list inside one decision).
_LIST_INTRO = re.compile(
    r"\b(?:the\s+following(?:\s+\w+){0,2}|as\s+follows|namely|following\s+(?:items|additions|amendments|actions|recommendations|changes)"
    r"|(?:with|subject\s+to)\s+(?:the\s+following\s+)?(?:amendments|additions|changes)"
    # "The Board AGREED to:" over a bullet per thing agreed
    r"|\b(?:agreed|agrees|resolved|decided|requested|asked)\s+(?:to|that)"
    # "RESOLVED to:" split from its opener, over the sentences it governs
    r"|^to(?=\s*:))\s*[:;\u2013-]*\s*$",
    re.IGNORECASE,
)
_VERBS = [
    ("defers", r"\bdefer(?:s|red)?\b"),
    ("requests", r"\b(?:requests?|requested|asks?|asked)\b"),
    ("approves", r"\b(?:approves?|approved|adopts?|adopted)\b"),
    ("agrees", r"\b(?:agrees?|agreed)\b"),
    ("endorses", r"\b(?:endorses?|endorsed)\b"),
    ("supports", r"\b(?:supports?|supported)\b"),
    ("notes", r"\b(?:notes?|noted|receives?|received|welcomes?|welcomed)\b"),
]


def classify_verb(text: str) -> str:
    """What a clause does, from its first telling verb: notes, requests, approves, ..."""
    first = None
    for verb, pattern in _VERBS:
        match = re.search(pattern, text, re.IGNORECASE)
        if match and (first is None or match.start() < first[0]):
            first = (match.start(), verb)
    if first is None and re.search(r"\bbe (?:sent|circulated|brought|presented|reported)\b", text, re.IGNORECASE):
        return "requests"
    return first[1] if first else "other"


# "The notes of 22 April were approved subject to these amendments:" over the amendments, a bullet each
_AMENDED_MINUTES = re.compile(
    r"(?i)\bminutes?\b[^.]{0,160}?\b(?:were|was)\s+(?:\w+\s+)?(?:approved|agreed|accepted|confirmed|signed)\b[^.]{0,80}?\bsubject\s+to\s+"
    r"(?:the\s+following\s+|these\s+|(?:a|an|one|two|three)\s+)?(?:minor\s+)?(?:amendments?|corrections?|alterations?|changes?)\b"
)


def parse_resolved(lines: list[str]) -> list[ResolutionRecord]:
    """Split the lines after "RESOLVED:" into clauses. Labelled clauses (`i)`, `(1)`, `a.`) become one resolution each, sharing
    the lead-in. A bullet list under a lead-in that already carries the verb ("supports the priority areas as being:") stays one
    resolution with its list; bullets under a bare lead-in become clauses; names under "the membership be as follows:" its list."""
    lead: list[str] = []
    clauses: list[tuple[str | None, list[str]]] = []
    bullets: list[list[str]] = []
    sub_previous: str | None = None
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        bulleted = _BULLET.match(line)
        if bulleted and _CLAUSE.match(bulleted.group(1)):
            line = bulleted.group(1)  # a labelled clause inside a list item: "• ii) Requests ..."
        clause = _CLAUSE.match(line)
        label = clause and (clause.group(1) or clause.group(2) or clause.group(3))
        if clause and _plausible_label(label, clauses):
            clauses.append((label, [clause.group(4)]))
            continue
        if clause and clauses and _opens_sub_list(label, clauses, sub_previous, clause.group(4)):
            # "1. Endorse the proposals, namely:" then "a) ...", "b) ...": each a decision of its own
            clauses.append((None, [clause.group(4)]))
            sub_previous = label.lower()
            continue
        bullet = _BULLET.match(line)
        if bullet and clauses and _own_list(clauses[-1][1], bullet.group(1)):
            clauses[-1][1].append(_LISTED + bullet.group(1))
            continue
        if bullet and not clauses:
            bullets.append([bullet.group(1)])
            continue
        if bullet and clauses and (clauses[-1][0] is None or _LIST_INTRO.search(_tail(clauses[-1][1]))):
            # "(a) That the programme be approved with amendments;" then a bullet per amendment:
            # each bullet is a decision of its own, between (a) and (b)
            clauses.append((None, [bullet.group(1)]))
            continue
        if clauses:
            clauses[-1][1].append(line)
        elif bullets:
            bullets[-1].append(line)
        else:
            lead.append(line)
    lead_in = _join(lead) or None
    if clauses and lead_in and _standalone(lead_in):
        # "Agreed that the item be added to the programme." then "1) That ...": a finished
        # decision before the list is a clause of its own, not the list's lead-in
        first = [ResolutionRecord(None, text, classify_verb(text), None) for text in (_unlabelled_clauses(lead) if _parallel(lead) else [lead_in])]
        return first + [ResolutionRecord(label, _join(parts), classify_verb(_join(parts)), None) for label, parts in clauses]
    if clauses:
        return [
            ResolutionRecord(label, _clause_text(parts), classify_verb(_join(parts)), lead_in)
            for label, parts in clauses
        ]
    if bullets:
        if not lead_in:
            # "It was agreed: -" then a bullet per decision (and "RESOLVED that:" over one bullet: the decision, without its mark)
            return [ResolutionRecord(None, _join(parts), classify_verb(_join(parts)), None) for parts in bullets]
        if lead_in and _SUBJECT_ONLY.match(lead_in):
            return [ResolutionRecord(None, _join(parts), classify_verb(_join(parts)), lead_in) for parts in bullets]
        if covered := _decision_with_its_list(lead_in, bullets):
            return covered
        if lead_in and _LIST_INTRO.search(lead_in) and not _AMENDED_MINUTES.search(lead_in):  # (minutes approved with their amendments: one decision)
            # "... with the following additions:" then a bullet per decision: each bullet is a clause
            # completing the lead-in, with the lead-in's verb when it has none of its own.
            lead_verb = classify_verb(lead_in)
            records = []
            for parts in bullets:
                verb = classify_verb(_join(parts))
                records.append(ResolutionRecord(None, _join(parts), lead_verb if verb == "other" else verb, lead_in))
            return records
        items = "\n".join(f"- {_join(parts)}" for parts in bullets)
        text = (lead_in or "") + "\n\n" + items if lead_in else items
        return [ResolutionRecord(None, text.strip(), classify_verb(lead_in or items), None)]
    if lead_in:
        separate = _unlabelled_clauses(lead)
        if len(separate) > 1:
            return [ResolutionRecord(None, text, classify_verb(text), None) for text in separate]
        return [ResolutionRecord(None, lead_in, classify_verb(lead_in), None)]
    return []


def _decision_with_its_list(lead_in: str | None, bullets: list[list[str]]) -> list[ResolutionRecord]:
    """ "... agreed that these topics be included in the programme, namely:" over "Housing;", "Air Quality;":
    one decision and the list of what it covers; lines run on after the last bullet are decisions of their own."""
    if not (lead_in and re.search(r"\b(?:namely|as\s+follows|the\s+following(?:\s+\w+){0,2})\s*[:;\u2013-]*\s*$", lead_in, re.IGNORECASE) and re.search(
        r"\b(?:be|that)\b", lead_in) and all(len(parts[0].split()) <= 8 and not re.search(r"\b(?:be|is|are|to|that|will|should)\b", parts[0]) for parts in bullets)):
        return []
    items = "\n".join(f"- {parts[0].strip()}" for parts in bullets)
    after = [line for parts in bullets for line in parts[1:]]
    return [ResolutionRecord(None, f"{lead_in}\n\n{items}", classify_verb(lead_in), None)] + [
        ResolutionRecord(None, text, classify_verb(text), None) for text in _one_a_sentence(after)
    ]


def _one_a_sentence(lines: list[str]) -> list[str]:
    """Lines after a list, a decision a sentence: "The Chair further requested ..." / "Members also agreed ..."."""
    out: list[list[str]] = []
    for line in lines:
        if out and not (re.match(r"^\s*[A-Z]", line) and _join(out[-1][-1:]).endswith(".")):  # (its last line alone: never the whole joined again)
            out[-1].append(line)
        else:
            out.append([line])
    return [_join(parts) for parts in out]


def _standalone(lead_in: str) -> bool:
    """A lead-in that is a whole decision of its own: a finished sentence of some length that
    does not announce what follows ("the following.", "as set out below.")."""
    text = lead_in.strip()
    if re.search(r"\bbe\s+(?:noted|received|approved|agreed|adopted|accepted|endorsed)\s+and\s*(?:[:\u2013-]\s*)*$", text):
        return True  # "that the report be noted and: -" over the clauses: the noting is a decision of its own
    return (
        text.endswith(".")
        and len(text.split()) >= 6
        and not re.search(r"(?i)\b(?:follow(?:s|ing)|below|namely)\b", text)
        and not _SUBJECT_ONLY.match(text)
    )


_VERB = re.compile(r"\b(?:was|were|is|are|be|been|has|have|had|will|shall|agreed|approved|noted|supported|resolved|endorsed|accepted)\b")
_JOINING_END = re.compile(r"\b(?:and|or|but|to|of|the|a|an|with|for|by|in|on|at|that)\s*$", re.IGNORECASE)
_OWN_CLAUSE = re.compile(r"^(?:That\s|To\s+[a-z]+\b)")


def _parallel(lines: list[str]) -> int:
    """How many of the first lines are each a decision of its own told in the same words, with no stop at its end:
    "Following scrutiny, recommendation a) was supported to Cabinet" over "Following scrutiny, recommendation b) was
    supported ..." (the same first two words, a capital, a verb of its own; two or more, or none: never a paragraph's
    wrapped lines, nor one ending on a joining word, "... was approved and"). Lines after them that open otherwise belong
    to the last, but a decision of its own after a finished sentence ("To ask the Clerk to ...")."""
    lines = [line.strip() for line in lines[:40]]
    count = 0
    while count < len(lines) and lines[count].split()[:2] == lines[0].split()[:2] and len(lines[count].split()) >= 5 \
            and lines[count][:1].isupper() and _VERB.search(lines[count]) and not _JOINING_END.search(lines[count]):
        count += 1
    return count if count >= 2 else 0


def _unlabelled_clauses(lines: list[str]) -> list[str]:
    """Decisions a line each with no labels ("To receive, within a month, ..." then "To receive
    further information ..."): a line opening "That" or "To <verb>" after a finished sentence
    starts a clause of its own. Anything else joins the line before."""
    parallel = _parallel(lines)
    out: list[list[str]] = [[line] for line in lines[:parallel]]
    for line in lines[parallel:]:
        if out and not (_OWN_CLAUSE.match(line) and _tail(out[-1]).endswith((".", ";"))):
            out[-1].append(line)
        else:
            out.append([line])
    if not parallel and not all(_OWN_CLAUSE.match(parts[0]) for parts in out):
        return [_join(lines)]
    return [_join(parts) for parts in out]


def _opens_sub_list(label: str, clauses: list[tuple[str | None, list[str]]], previous_sub: str | None, text: str = "") -> bool:
    """A lettered (or roman) list inside a numbered clause that introduced it with a colon:
    its first label right after the clause, or the next label of a list already open."""
    label = label.lower()
    last = clauses[-1]
    if last[0] is None and previous_sub:
        expected = {chr(ord(previous_sub) + 1)} if len(previous_sub) == 1 else set()
        expected.add(_next_roman(previous_sub))
        return label in expected
    tail = _tail(last[1])
    if _CONDITIONS_INTRO.search(tail) and not _TASK_POINT.match(text):
        return False  # "2 officers can bring the order into force except where:" over a) and b): the clause's conditions, its own words
    return label in ("a", "i") and (tail.rstrip().endswith(":") or bool(_LIST_INTRO.search(tail)))


# (a point that is a task of its own, "a) the Clerk to notify the hirers;", is the list's, never a condition)
_TASK_POINT = re.compile(r"^(?:(?:[Tt]he\s+)?(?:[A-Z][\w'\u2019-]*|clerk|officers?)(?:\s+[A-Z][\w'\u2019-]*){0,3}\s+)?to\s+(?!(?:the|a|an|be)\b)[a-z]+\b")
_CONDITIONS_INTRO = re.compile(
    r"(?i)\b(?:(?:except|save|only)\s+)?(?:where|when|if|unless|provided\s+that|providing\s+that|on\s+condition\s+that|subject\s+to\s+the\s+following\s+conditions)\s*(?::-|:)\s*$"
)


def _plausible_label(label: str, clauses: list[tuple[str | None, list[str]]]) -> bool:
    """A label continues the sequence: i, ii, iii / 1, 2, 3 / a, b, c (the first may be any of them)."""
    label = label.lower()
    if not clauses:
        return label in ("i", "1", "a")
    previous = next((c[0] for c in reversed(clauses) if c[0] is not None), "").lower()
    if label == previous == "1" and all((c[0] or "") == "1" for c in clauses):
        return True  # a numbered list flattened by the web page: every item printed "1."
    expected = {_next_roman(previous), str(int(previous) + 1) if previous.isdigit() else None}
    if len(previous) == 1 and previous.isalpha():
        expected.add(chr(ord(previous) + 1))
    return label in expected


def _next_roman(label: str) -> str | None:
    numerals = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"]
    return numerals[numerals.index(label) + 1] if label in numerals[:-1] else None


_LISTED = "\u0000"  # (marks a clause's own list point among its parts)
# "That the membership of the task group be as follows:", "... shall comprise:": a clause over the names it lists
_MEMBERS_LISTED = re.compile(r"\b(?:membership|members|representatives?|nominees?)\b[^.;]{0,120}\b(?:be\s+as\s+follows|comprise|be)\s*:\s*$", re.IGNORECASE)
_VERB_IN_POINT = re.compile(r"\b(?:be|to|that|will|would|should|agreed|approved|noted)\b", re.IGNORECASE)


def _own_list(parts: list[str], point: str) -> bool:
    """Whether a bullet `point` is a name in the list the clause of `parts` opens ("That the membership be as follows:"); once
    the list has begun only its last part is looked at, so a list of any length is read in one pass."""
    if _VERB_IN_POINT.search(point):
        return False
    return parts[-1].startswith(_LISTED) or bool(_MEMBERS_LISTED.search(_tail(parts)))


def _clause_text(parts: list[str]) -> str:
    """A clause's text, its own list (`_LISTED` parts) set out a point to a line as "- ..."."""
    listed = [part[1:] for part in parts if part.startswith(_LISTED)]
    text = _join([part for part in parts if not part.startswith(_LISTED)])
    return text + "\n\n" + "\n".join(f"- {point}" for point in listed) if listed else text


def _tail(parts: list[str]) -> str:
    """A clause's last lines, where a list it opens is introduced ("... the following:"): read alone, so
    a clause that runs on over thousands of lines is not joined again at each one."""
    return _join(parts[-3:])


def _join(parts: list[str]) -> str:
    return re.sub(r"(?:\s*\|)+\s*$", "", re.sub(r"\s+", " ", " ".join(parts)).strip())  # (a table row's closing bars go)



def cut_copy(text: str, earlier: Iterable[str]) -> bool:
    """Whether `text`, with no closing stop, is the start of a longer clause among `earlier` (each
    lower-cased, its spaces single): the same clause printed again and cut by the page's end."""
    flat = " ".join(text.lower().split())
    return len(flat) >= 60 and not text.rstrip().endswith((".", ";", ")")) and any(other != flat and other.startswith(flat) for other in earlier)


# "Having considered the report and the options, the Cabinet Member agreed that ...", "At the informal meeting on 17 May, having
# considered the draft minutes, the Chief Executive agreed that ...": how the decision came about, then who decided and what
_PREAMBLE = re.compile(
    r"^(?P<preamble>(?:At\s+(?:the|an?|its)\s+[^,;]{3,160},\s*)?(?:[Hh]aving|[Aa]fter|[Ff]ollowing|[Uu]pon|[Oo]n)\s+"
    r"(?:(?:carefully|fully|duly)\s+)?(?:considered|consideration\s+of|considering|reviewed|reviewing|taken\s+into\s+account|noted|read|received)\b"
    r"[^;]{3,400}?,)\s+(?P<rest>(?:the|The)\s+(?:[\w'\u2019&-]+\s+){0,9}?(?:agreed|resolved|decided|approved|AGREED|RESOLVED|DECIDED|APPROVED)\b.*)$",
    re.DOTALL,
)


# "After discussion it was proposed by ... that ...", "The Minutes having been circulated previously it was proposed ...": how it
# came to the vote, before the motion's own words
_DISCUSSED_FIRST = re.compile(
    r"^(?P<preamble>(?:(?:After|Following)\s+(?:a\s+|some\s+|much\s+|further\s+|full\s+|lengthy\s+|the\s+)?(?:discussion|debate|deliberation)s?"
    r"|The\s+[Mm]inutes\s+having\s+been\s+(?:circulated|distributed|read)(?:\s+(?:previously|in\s+advance|beforehand))?),?)\s+"
    r"(?P<rest>[Ii]t\s+was\s+(?:\w+\s+){0,2}?(?:proposed|moved|agreed|resolved|decided)\b.*)$",
    re.DOTALL,
)


# (how it came about in any words, given back by `outcomes.led_in`: "Following a request from a resident, the council agreed ...")
_LED_IN_TEXT = re.compile(
    rf"^(?P<preamble>{GENERAL_LEAD_IN}),\s+(?P<rest>(?:Agreed|Decided|Resolved|Concluded|AGREED|RESOLVED|DECIDED)\b.*|the\s+(?:[\w'\u2019&-]+\s+){{1,6}}?(?:agreed|resolved|decided|AGREED|RESOLVED|DECIDED)\b.*)$",
    re.DOTALL,
)


# "It was moved by Cllr Ewart, seconded by Cllr Rand and upon the motion being put to the Meeting was declared to be CARRIED
# and “RESOLVED that the Council agree the Minutes ...”": the motion's passage, then the words resolved (in their quotes)
_CARRIED_THEN_RESOLVED = re.compile(
    r"^(?P<preamble>It\s+was\s+(?:moved|proposed)\s+by\s+[^.;]{2,300}?\b(?:CARRIED|[Cc]arried)\s+and),?\s*[“\"']?\s*(?P<rest>(?:RESOLVED|Resolved)\b[^“”\"]*?)[”\"']?(?:\s*\.)?\s*$",
    re.DOTALL,
)
# "Therefore, the minutes ... were signed and adopted.": the word that tied it to what went before
_CONNECTIVE_FIRST = re.compile(r"^(?P<preamble>(?:Therefore|Thereafter|Consequently|Subsequently),)\s+(?P<rest>[A-Za-z].*)$", re.DOTALL)


def without_preamble(found: list[ResolutionRecord]) -> list[ResolutionRecord]:
    """Each clause less the words that say how the decision came about, which become its lead-in (where it had none)."""
    out = []
    for record in found:
        opening = (_PREAMBLE.match(record.text) or _DISCUSSED_FIRST.match(record.text) or _LED_IN_TEXT.match(record.text) or _CARRIED_THEN_RESOLVED.match(record.text)
                   or _CONNECTIVE_FIRST.match(record.text)) if not record.lead_in else None
        out.append(replace(record, text=opening.group("rest"), lead_in=opening.group("preamble").rstrip(" ,")) if opening else record)
    return out
