"""Where a minute records what was decided, in the many words councils use for it.

"RESOLVED", "Resolved: That ...", "Resolved - That ...", "It was resolved", "The Committee
resolved:-", "Decision:", "Decisions:", "AGREED", "Agreed:", "It was agreed that",
"Recommendations approved", "The Panel noted the report", and the Welsh "PENDERFYNWYD" /
"CYTUNWYD". A decision block runs from its opening words over its clauses; narrative after
it goes back to the minutes.
"""

from __future__ import annotations

import re

from cpb_tui.importers.resolutions import parse_resolved
from cpb_tui.models import ResolutionRecord

_WHO = (
    r"(?:the\s+)?(?:[A-Z][\w'\u2019&-]*\s+){0,5}?"
    r"(?:Committee|Board|Panel|Cabinet|Sub-Committee|Council|Forum|Executive|Commission|Members|Meeting|Partnership|Group)"
)
_PARA = r"(?:\d{1,3}(?:\.\d{1,2}){1,2}\.?\s+|\(?[a-z]\)\s+)?"
# Opening words that begin a decision block; group "rest" is what follows on the same line.
_OPENERS = [
    # RESOLVED / Resolved: / Resolved - / RESOLVED that / RESOLVED (unanimously) that
    rf"{_PARA}(?:It\s+was\s+(?:therefore\s+|further\s+|also\s+|then\s+)?(?:unanimously\s+)?|{_WHO}\s+(?:therefore\s+|then\s+|unanimously\s+)?)?"
    r"(?:RESOLVED|Resolved|resolved)\b(?:\s*\((?:unanimously|by\s+[^)]*)\))?",
    rf"{_PARA}(?:DECISIONS?|Decisions?)(?:\s+of\s+the\s+\w+)?\s*(?=[:\u2013\u2014-]|$)",
    rf"{_PARA}(?:AGREED|Agreed\s*(?=[:\u2013\u2014-]))",
    rf"{_PARA}(?:It\s+was\s+(?:therefore\s+|further\s+|also\s+|then\s+|unanimously\s+)*|{_WHO}\s+(?:therefore\s+|then\s+|unanimously\s+)?)(?:agreed|AGREED|decided)\b",
    rf"{_PARA}Recommendations?\s+(?:were\s+|was\s+)?(?:approved|agreed|adopted)\b",
    rf"{_PARA}(?:PENDERFYNWYD|Penderfynwyd|PENDERFYNIAD|Penderfyniad|CYTUNWYD|Cytunwyd)\b",
]
_OPENER = re.compile(r"^\s*(?:" + "|".join(f"(?:{p})" for p in _OPENERS) + r")(?P<rest>.*)$")
# Outcomes that record a decision without the word: "The Panel noted the report."
_NOTED = re.compile(
    rf"^\s*{_PARA}(?:(?:{_WHO})\s+(?:duly\s+)?noted\s+(?:the\s+)?(?:report|update|presentation|contents|information|position|minutes|progress|verbal)"
    r"|The\s+(?:report|update|presentation|information|verbal\s+update)\s+(?:was|were)\s+(?:duly\s+)?noted"
    r"|NOTED\b|Noted\s*[:.\u2013-])",
)
_CLAUSE_START = re.compile(
    r"^\s*(?:\(?(?:[ivxlc]{1,6}|\d{1,2}|[a-hA-H])\)|(?:[ivxlc]{1,6}|\d{1,2}|[a-hA-H])[.)])\s+\S"
    r"|^\s*[\u2022\u00b7\u25aa\u25cf\u25e6\uf0b7*\u2013-]\s*\S"
)
_FURNITURE = re.compile(
    r"^\s*(?:Supporting documents|Background papers|Additional documents|Attachments?|Documents?)\s*:"
    r"|view the full (?:minutes|agenda|decision) text|^\s*Publication date\s*:|^\s*Date of decision\s*:"
    r"|^\s*Decided at meeting\s*:|^\s*Accompanying Documents\s*:|^\s*Effective from\s*:",
    re.IGNORECASE,
)


def opener(line: str) -> tuple[str, str] | None:
    """If `line` opens a decision, the kind of opening and the words after it on the line."""
    match = _OPENER.match(line)
    if match:
        rest = match.group("rest")
        # "Agreed" inside a sentence ("The minutes were agreed as ...") is not an opening.
        if re.match(r"^\s*(?:as|with|by|and|upon|at|in)\b", rest) and not re.search(r"resolved", match.group(0), re.I):
            return None
        return "decision", re.sub(r"^\s*(?::-|[:\u2013\u2014-]+|,)\s*", "", rest)
    if _NOTED.match(line):
        return "noted", line.strip()
    return None


def split_decisions(lines: list[str]) -> tuple[list[str], list[list[str]]]:
    """The narrative lines of a minute, and the lines of each decision block in it.

    A block begins at its opening words and runs over the lines that follow without a break;
    after a blank line it goes on only while lines start a clause ("(ii)", "b)", "2.", a
    bullet) or the opening ended in a colon, so narrative after a decision stays narrative.
    "The Panel noted the report" counts only when the minute has no other decision.
    """
    narrative: list[str] = []
    blocks: list[list[str]] = []
    noted: list[list[str]] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if _FURNITURE.search(line):
            index += 1
            continue
        found = opener(line)
        if found is None:
            narrative.append(line)
            index += 1
            continue
        kind, rest = found
        block = [rest] if rest.strip() else []
        expecting = not rest.strip() or rest.rstrip().endswith((":", ":-", "-", "\u2013", "that", "to"))
        index += 1
        gap = False
        while index < len(lines):
            text = lines[index]
            if _FURNITURE.search(text):
                break
            if not text.strip():
                gap = True
                index += 1
                continue
            if opener(text) is not None and not _CLAUSE_START.match(text):
                break
            if gap and not expecting and not _CLAUSE_START.match(text):
                break
            if _CLAUSE_START.match(text) or text.rstrip().endswith((":", ":-")):
                expecting = True
            elif gap and expecting and block and not _CLAUSE_START.match(block[-1]) and _CLAUSE_START.match(text) is None:
                # a lead-in after "RESOLVED" ("For the reasons set out in the report:")
                expecting = text.rstrip().endswith((":", "-"))
            gap = False
            block.append(text)
            index += 1
        if kind == "noted":
            noted.append(block)
            narrative.extend(block)
        elif block:
            blocks.append(block)
    if not blocks and noted:
        blocks = noted[-1:]
        flat = [line for line in noted[-1]]
        for line in flat:
            if line in narrative:
                narrative.remove(line)
    return narrative, blocks


def resolutions_from(blocks: list[list[str]]) -> list[ResolutionRecord]:
    """The clauses of every decision block of one minute, in order."""
    out: list[ResolutionRecord] = []
    for block in blocks:
        out.extend(parse_resolved(block))
    return out
