"""Decisions listed without labels: paragraphs under "RESOLVED that:" each opening with the
decision's verb ("Considers the items ...", "Notes that ...", "Subject to the Board's comments,
approve ..."), and sentences run together after "RESOLVED to:" each opening with a bare verb
("Proceed with an additional meeting ... Maintain the joint session ... Use the 28 January
meeting to ..."). Each becomes a clause of its own, as a labelled list would. And labels run on in one line
("(a) That the position be noted, and (b) that ...", "1. Note ... 2. Agree ..."), each clause cut apart."""

from __future__ import annotations

import re

from cpb_tui.importers.decision_lines import BULLET_START as _BULLET_START

_VERBS = (
    "note|agree|approve|consider|endorse|request|ask|receive|add|bring|support|delegate|defer|instruct|invite|review|refer"
    "|write|establish|set|hold|provide|circulate|include|keep|thank|recommend|authorise|authorize|adopt|accept|confirm|proceed"
    "|maintain|use|ensure|continue|monitor|welcome|comment|reaffirm|grant|allocate|appoint|nominate|agree|schedule|arrange"
    "|commission|create|develop|undertake|implement|convene|deliver|introduce|launch|seek|explore|investigate|prepare|produce"
    "|publish|send|share|contact|consult|invite"
)
# "Considers ...", "Notes that ...", "Approve ...", "That ...", "Subject to the comments, approve ..."
_DECISION_START = re.compile(rf"^(?:That\b|Subject\s+to\b|(?:{_VERBS})(?:s|es)?\b)", re.IGNORECASE)
_BARE_START = re.compile(rf"^(?:{_VERBS})\b", re.IGNORECASE)
_LABELLED = re.compile(r"^\s*(?:\(?(?:[ivxlc]{1,6}|\d{1,2}|[a-hA-H])[.)]|[\u2022\u00b7\u25aa\u25cf\u25e6\uf0b7*\u2013-])\s")
_BARE_NUMBER = re.compile(r"^(\s*\d{1,2})\s(?=[a-z]{2,}\s)")
_SENTENCE = re.compile(r"(?<=[a-z0-9)][.;])\s+(?=[A-Z])")


def opens_decision(line: str) -> bool:
    """Whether a paragraph opens as an unlabelled decision does ("Approves ...", "Notes that ...")."""
    return bool(_DECISION_START.match(line.strip()))


# "That the Portfolio Holder:", "RESOLVED that the Committee:": who decides, over the decisions that follow
SUBJECT_LEAD_IN = re.compile(
    r"^(?:that\s+)?(?:the\s+)?(?:[\w'\u2019&,-]+\s+){0,6}?(?:board|panel|committee|council|members|cabinet|sub-committee|executive"
    r"|portfolio\s+holder|cabinet\s+member|executive\s+member|lead\s+member|leader|mayor)\s*(?::-|[:\u2013-])\s*$",
    re.IGNORECASE,
)


# "2.2  Delegate authority to ...", "2.3.1  the Strategy as set out in Appendix A;": a report's paragraph numbers
_DECIMAL_LABEL = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2}){1,2}\.?\s+(?=\S)")
# ("0913/2031 Two storey side extension ..." opens a planning application's line, never a decision's)
_DECISION_REFERENCE = re.compile(
    r"^\s*\d{1,4}/(?:19|20)\d\d\s+(?=The\s+(?:[A-Z][\w-]+\s+){0,2}(?:Cabinet|Committee|Council|Board|Panel|Sub-Committee|Executive|Leader|Members?|Forum)\b"
    r"|That\s|It\s+was\s|Agreed\s|Resolved\s|RESOLVED\s|To\s+[a-z])"
)
_ANY_REFERENCE = re.compile(r"^\s*\d{1,4}/(?:19|20)\d\d\s+(?=[A-Z])")


def as_clause_list(block: list[str]) -> list[str]:
    """The block's lines, with unlabelled decisions set out as a list ("" marks a paragraph break)."""
    # "2            officers bring the order into force": a clause number whose stop was lost in a wide gap
    block = [re.sub(r"^(\s*\d{1,2})\s{4,}(?=[a-z])", r"\1. ", line) for line in block]
    # "1 officers can proceed ...", "2 officers can bring ...": clause numbers that lost their stops, counted 1, 2, 3 in order
    bare = [(index, int(found.group(1))) for index, line in enumerate(block) if (found := _BARE_NUMBER.match(line))]
    before = " ".join(line for line in block[: bare[0][0]] if line.strip()) if bare else ""
    # (never a list of things counted, "the Clerk order the following:" over "1 litter bin", "2 dog bins": a point says what may be done)
    if len(bare) >= 2 and [number for _, number in bare] == list(range(1, len(bare) + 1)) and not re.search(r"(?i)(?:following|below|as\s+follows)\s*:-?\s*$", before) \
            and any(re.search(r"\b(?:can|may|will|shall|should|must|be|is|are)\b", " ".join(block[at].split()[:6])) for at, _ in bare):
        numbered = {at for at, _ in bare}
        block = [_BARE_NUMBER.sub(r"\1. ", line, count=1) if index in numbered else line for index, line in enumerate(block)]
    lines = [line for line in block if line.strip()]
    if not lines or any(_LABELLED.match(line) for line in lines):
        return lines
    decimal = [index for index, line in enumerate(lines) if _DECIMAL_LABEL.match(line)]
    # ("310/2031 The Cabinet recommended ...", "311/2031 The Cabinet noted ...": each decision under its own reference)
    if len(decimal) < 2 and sum(1 for line in lines if _DECISION_REFERENCE.match(line)) >= 2:
        decimal = [index for index, line in enumerate(lines) if _ANY_REFERENCE.match(line)]  # (each then opens a clause)
    if len(decimal) >= 2:
        # "Resolved to:" over "2.1 Agree ...", "2.2 Delegate ...": the report's numbered recommendations, a
        # clause each (an introduction over "2.3.1", "2.3.2" too), with the line under each joined on
        return lines[: decimal[0]] + [
            f"\u2022 {_ANY_REFERENCE.sub('', _DECIMAL_LABEL.sub('', line)).strip()}" if index in decimal else line for index, line in enumerate(lines) if index >= decimal[0]
        ]
    paragraphs: list[list[str]] = [[]]
    for line in block:
        if not line.strip():
            if paragraphs[-1]:
                paragraphs.append([])
        else:
            paragraphs[-1].append(line)
    paragraphs = [p for p in paragraphs if p]
    if len(paragraphs) >= 3 and len(paragraphs[0]) == 1 and SUBJECT_LEAD_IN.match(paragraphs[0][0].strip()) \
            and all(_DECISION_START.match(p[0].strip()) for p in paragraphs[1:]):
        # "That the Portfolio Holder:" over "Approves ...;" and "Approves ...": the lead-in over its decisions
        return [paragraphs[0][0]] + [f"\u2022 {line.strip()}" if i == 0 else line for p in paragraphs[1:] for i, line in enumerate(p)]
    if len(paragraphs) >= 2 and all(_DECISION_START.match(p[0].strip()) for p in paragraphs):
        return [f"\u2022 {line.strip()}" if i == 0 else line for p in paragraphs for i, line in enumerate(p)]
    if len(paragraphs) == 1:
        # "to: Proceed ...", "The Scrutiny Committee RESOLVED to: Proceed ...": what follows the lead-in
        joined = " ".join(line.strip() for line in lines)
        lead = re.match(r"^(?:.{0,120}?\bresolved\s+)?to\s*:\s*", joined, flags=re.IGNORECASE)
        sentences = _SENTENCE.split(joined[lead.end():] if lead else joined)
        if len(sentences) >= 2 and all(_BARE_START.match(s) for s in sentences):
            # the lead-in stays over the list: its "to" governs each bare verb
            return ([lead.group(0).strip()] if lead else []) + [f"\u2022 {sentence}" for sentence in sentences]
    return lines


_INLINE_LABEL = re.compile(r"(?:(?<=[\s,;:\u2013-])|^)(?:\((?P<label>[a-hA-H]|[ivx]{1,4}|\d{1,2})\)|(?P<bare>[a-hA-H]|[ivx]{1,4}|\d{1,2})\))\s+")


_INLINE_DOTTED = re.compile(r"(?:(?<=[\s:\u2013-])|^)(?P<number>\d{1,2})\.\s+(?=[A-Z])")


def _dotted_run(line: str) -> list[int]:
    """Where "1. Note ... 2. Agree ... 3. Agree ..." run on in one line: each number of the run 1, 2, 3 in order."""
    cuts: list[int] = []
    for match in _INLINE_DOTTED.finditer(line):
        if int(match.group("number")) == len(cuts) + 1:
            cuts.append(match.start())
    return cuts if len(cuts) >= 2 else []


def split_inline(block: list[str]) -> list[str]:
    """ "(a) That the position be noted, and (b) that ..." on one line becomes two clause lines."""
    out: list[str] = []
    expanded: list[str] = []
    for line in block:
        # "be approved with amendments; · A report on ..." : bullets run into one line
        expanded.extend(re.split(r"\s+(?=[\u2022\u00b7]\s)", line) if re.search(r"\S\s+[\u2022\u00b7]\s", line) else [line])
    bulleted = sum(1 for line in expanded if _BULLET_START.match(line)) >= 2
    for position, line in enumerate(expanded):
        if bulleted and _BULLET_START.match(line):
            out.append(line)  # in a list of bullets each bullet is a clause: "(i) ... and (ii) ..." inside one is its own list
            continue
        labels = list(_INLINE_LABEL.finditer(line))
        names = [(m.group("label") or m.group("bare") or "").lower() for m in labels]
        following = expanded[position + 1] if position + 1 < len(expanded) else ""
        if len(labels) == 1 and labels[0].start() > 0 and names[0] in ("a", "i", "1") and re.match(
            r"^\s*\(?(?:b|ii|2|B)[.):]\s", following
        ):
            # "that (A) the programme be approved; and" over "B) that ...": the first label starts the list
            out.extend([line[: labels[0].start()].strip(), line[labels[0].start() :].strip()])
            continue
        dotted = _dotted_run(line) if len(labels) < 2 else []
        # "Authority to award the contracts for (1) workwear, (2) water ... and (4) agency staff be delegated to X": the
        # numbers count what one sentence is about, whose verb comes after the last of them
        listed_things = len(labels) >= 2 and not re.search(r"(?:[:\u2013-]|\bthat|\bto)\s*$", line[: labels[0].start()]) \
            and not any(re.match(r"\s*(?:to|that)\b", line[label.end():], re.IGNORECASE) for label in labels) \
            and re.search(r"\s(?:be|is|are)\s+[a-z]+ed\b", line[labels[-1].start() :]) and not re.search(r"\s(?:be|is|are)\s+[a-z]+ed\b", line[labels[0].start() : labels[-1].start()])
        if not listed_things and (dotted or len(labels) >= 2 and names[0] in ("a", "i", "1") and names[1] in ("b", "ii", "2")):
            cuts = dotted or [m.start() for m in labels]
            head = line[: cuts[0]].strip()
            if head:
                out.append(head)
            for position, cut in enumerate(cuts):
                stop = cuts[position + 1] if position + 1 < len(cuts) else len(line)
                out.append(re.sub(r"[,;]?\s+(?:and|or)$", "", line[cut:stop].strip()).rstrip(",;"))
        else:
            out.append(line)
    return out
