"""Decisions a record tells by their movers alone, under a heading that says what was moved.

"2. Minutes of the last meeting / Minute approved by Ian Dale, seconded by Ann Moss.": the minutes approved.
"3. Election of Office Bearers / Chair:- Rosa Quill Prop Tom Ayre Sec Nell Barr.": an office filled. The
general parser reads them where an item has no decision of its own.
"""

from __future__ import annotations

import re

from cpb_tui.importers.motions import BARE_MOVERS, FAILED_MOTION

# a heading about the minutes to approve ("Minutes of the last meeting", "Approval of minutes"), never "Matters arising from the
# minutes" nor "Open forum – 10 minutes"
MINUTES_TITLE = re.compile(
    r"^(?:(?:to\s+)?(?:approv\w*|confirm\w*|adopt\w*|accept\w*|agree|receive|sign\w*|ratif\w*)\s+(?:of\s+)?(?:the\s+)?)?(?:draft\s+|previous\s+)?"
    r"(?:minutes?|notes\s+of\s+(?:the\s+)?(?:last|previous))\b(?!.*\bmatters\s+arising\b)",
    re.IGNORECASE,
)


# the minutes moved and seconded, in a sentence of the record under their heading: "Minute approved by Ian Dale, seconded by
# Ann Moss.", "Proposed to confirm the minutes \u2013 EJ Seconded by JG", "... Thereafter the minutes were proposed by AW and
# seconded by EK."; and each office filled so under a heading about elections: "On a proposal by Cllr Cole, seconded by Cllr
# Fane, Cllr Gale was Elected as Vice-Chairman", "Chairman:- John Carr Prop Bill Darg Sec Nick Marr." (never a motion the
# record says failed, was put off or amended)
_MOVED = re.compile(
    r"(?i)\b(?:propos(?:ed|al|er)|moved|nominated|approved|accepted|adopted|agreed|confirmed)\b[^;]{0,200}?\bsecond(?:ed|er)\b"
    r"|\bsecond(?:ed|er)\b[^;]{0,200}?\b(?:propos(?:ed|al|er)|moved|nominated)\b|\bProp\b\.?[^;]{1,80}?\bSec\b"
)
_NOT_MOVED = re.compile(r"(?i)\b(?:not|no|lost|defeated|fell|withdrawn|deferred|postponed|amendments?|against|until|would|will)\b")
_SENTENCE_END = re.compile(r"(?<!\bCllr\.)(?<!\bMrs\.)(?<!\bMr\.)(?<!\bDr\.)(?<=[a-z0-9)][.!?])\s+(?=[A-Z])")
_ELECTION_TITLE = re.compile(
    r"(?i)^(?:to\s+)?(?:election|elect|appointment|appoint|nomination)s?\s+(?:of\s+)?(?:a\s+|the\s+)?(?:(?:vice|deputy)[- ]?)?"
    r"(?:chair\w*|office[- ]bearers|officers|convenou?r|convener|mayor|treasurer|secretary|representatives?)\b"
)


def moved(title: str, narrative: list[str]) -> list[tuple[str, str]]:
    """The sentences under a heading about minutes (the first) or elections (one a line) that record a motion moved and
    seconded, each with its line."""
    minutes = bool(MINUTES_TITLE.match(title.strip()))
    if not minutes and not _ELECTION_TITLE.match(title.strip()):
        return []
    found = []
    for line in [line for line in narrative if line.strip()][: 3 if minutes else 8]:
        # (a sentence of its own, or a short line of movers: "Proposer: Cllr Dace. Seconder: Cllr Howell.")
        sentence = next((sentence for sentence in [*_SENTENCE_END.split(line.strip()), line.strip()]
                         if _MOVED.search(sentence) and not _NOT_MOVED.search(sentence) and len(sentence.split()) <= 25), None)
        if sentence is not None:
            found.append((line, sentence))
            if minutes:
                break
    return found


def carried_by_movers(narrative: list[str]) -> list[tuple[list[str], list[str]]]:
    """Proposals the record closes with their movers alone and nothing after saying they failed: "Three quotes came in;
    Greenway's was the cheapest. Proposed by Cllr Hale and seconded by Cllr Munn." Each is the lines it stands on and its
    two sentences, the proposal (on the movers' line or the line before) and the movers."""
    lines = [line for line in narrative if line.strip()]
    found = []
    for index, line in enumerate(lines):
        sentences = _SENTENCE_END.split(line.strip())
        movers, after = sentences[-1], lines[index + 1] if index + 1 < len(lines) else ""
        if not BARE_MOVERS.fullmatch(movers) or FAILED_MOTION.search(movers) or FAILED_MOTION.search(after[:300]):
            continue
        if len(sentences) > 1:
            used, proposal = [line], sentences[-2]
        elif index > 0 and not (found and lines[index - 1] in found[-1][0]):
            used, proposal = [lines[index - 1], line], _SENTENCE_END.split(lines[index - 1].strip())[-1]
        else:
            continue
        # (a proposal: a sentence of its own, never a heading's colon, another movers' line or a whole report)
        if BARE_MOVERS.fullmatch(proposal) or proposal.rstrip().endswith(":") or not 3 <= len(proposal.split()) <= 60:
            continue
        found.append((used, [proposal, movers]))
    return found
