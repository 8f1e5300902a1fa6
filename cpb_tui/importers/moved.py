"""Decisions a record tells by their movers alone, under a heading that says what was moved.

"2. Minutes of the last meeting / Minute approved by Ian Dale, seconded by Ann Moss.": the minutes approved.
"3. Election of Office Bearers / Chair:- Rosa Quill Prop Tom Ayre Sec Nell Barr.": an office filled.
"4. Finance / Move £5,000 into the current account. Proposed by Cllr Tate and seconded by Cllr Bell.": a proposal
carried. The general parser reads them where an item has no decision of its own.
"""

from __future__ import annotations

import re

from cpb_tui.importers.motions import BARE_MOVERS, FAILED_MOTION

# a heading about the minutes to approve ("Minutes of the last meeting", "Approval of minutes"), never "Matters arising from the
# minutes" nor "Open forum – 10 minutes"
# (or two verbs, "To receive and confirm the minutes of ..."; or the meeting's name before them, "Annual meeting minutes")
MINUTES_TITLE = re.compile(
    r"^(?:(?:to\s+)?(?:approv\w*|confirm\w*|adopt\w*|accept\w*|agree|receive|sign\w*|ratif\w*)(?:\s+(?:and|&)\s+(?:approv\w*|confirm\w*|adopt\w*|accept\w*|agree|sign\w*))?"
    r"\s+(?:of\s+)?(?:the\s+)?)?(?:draft\s+|previous\s+|(?:(?!(?:from|arising|on|in|about|for|of)\b)[A-Za-z'\u2019]+\s+){1,3}(?=minutes\b))?"
    r"(?:minutes?|notes\s+of\s+(?:the\s+)?(?:last|previous))\b(?!.*\bmatters\s+arising\b)",
    re.IGNORECASE,
)


# the minutes moved and seconded, in a sentence of the record under their heading: "Minute approved by Ian Dale, seconded by
# Ann Moss.", "Proposed to accept the minutes \u2013 RT Seconded by JG", "... Thereafter the minutes were proposed by RW and
# seconded by EK."; and each office filled so under a heading about elections: "On a proposal by Cllr Cole, seconded by Cllr
# Fane, Cllr Gale was Elected as Vice-Chairman", "Chairman:- John Carr Prop Bill Darg Sec Nick Marr." (never a motion the
# record says failed, was put off or amended)
_MOVED = re.compile(
    r"(?i)\b(?:propos(?:ed|al|er)|moved|nominated|approved|accepted|adopted|agreed|confirmed)\b[^;]{0,200}?\bsecond(?:ed|er)\b"
    r"|\bsecond(?:ed|er)\b[^;]{0,200}?\b(?:propos(?:ed|al|er)|moved|nominated)\b|\bProp\b\.?[^;]{1,80}?\bSec\b"
    # ("They were proposed as correct by Cllr Ashe and Cllr Dunn.": its proposer and seconder named together)
    r"|\bproposed\s+as\s+(?:a\s+)?(?:correct|true|accurate)(?:\s+record)?\s+by\s+[^;]{2,60}?\s(?:and|&)\s"
)
# (in lower case only: "Cllr Fell", "Will Dunn" are names)
_NOT_MOVED = re.compile(
    r"\b(?:not|no|lost|defeated|fell|withdrawn|withdrew|declined|deferred|postponed|amendments?|against|until|would|will|could|"
    r"asked|queried|(?i:to\s+be\s+(?:proposed|moved|seconded)))\b|\b[Nn]obody\b|\?"
)
# what says a motion failed, anywhere after its movers in the item, beside MOTION_FAILED's words: votes against, a proposal
# withdrawn or declined, one that "did not receive" support, an amendment carried in its place
_FAILED_AFTER = re.compile(
    r"(?i:\bagainst\b|\bwithdr[ae]w\w*|\bdeclined\b|\bdid\s+not\b|\bamendment\b|\bsubstantive\b|\bnot\s+(?:carried|passed|agreed|approved|accepted))"
)
_SENTENCE_END = re.compile(
    r"(?<!\bCllr\.)(?<!\bMrs\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)(?<!\bCoun\.)(?<!\bRevd\.)(?<!\bRev\.)(?<!\bNo\.)"
    r"(?<=[a-z0-9)][.!?])\s+(?=[A-Z])"
)
# the minutes not approved at this meeting, whatever else their lines say ("item 3g is not accurate" is a correction)
_NOT_APPROVED = re.compile(
    r"(?i)\b(?:not|n't)\s+(?:be\s+|been\s+)?(?:approved|accepted|adopted|agreed|confirmed|signed)\b|\b(?:deferred|postponed)\b"
    r"|\bto\s+be\s+(?:proposed|moved|seconded)\b"
)
# the meeting's assent to the minutes, however a clerk words it, read under a heading about them where nothing else
# decided: "Notes from the meeting on 20th March agreed correct by all present.", "Planning Meeting held on 24.03.37 True
# Record Unanimous", "Having been circulated, RH signed them off as a true copy.", "... recorded to be a true and accurate
# account.", "They were proposed as being correct by ...": a verb of assent in the passive, a true record, or the vote
_ASSENT = re.compile(
    r"(?i)\b(?:was|were|is|are|been|being|duly)\s+(?:[\w,]+\s+){0,4}?(?:approved|accepted|adopted|ratified|signed|confirmed|passed)\b(?!\s+(?:to|on)\b)"
    r"|\bthen\s+signed\b|\b(?:true|correct|accurate)\s+(?:and\s+(?:correct|accurate|true)\s+)?(?:record|copy|account)\b|\bagreed\s+(?:as\s+)?(?:correct|accurate|true)\b"
    r"|\bas\s+(?:being\s+)?(?:a\s+)?(?:correct|accurate|true)\b|\b(?:unanimous(?:ly)?|nem\.?\s*con\.?)\b|\ball\s+(?:present\s+)?in\s+favour\b|\bagreed\s+by\s+all\b"
)
# (never one put off, refused or left for later, nor a question, a report or a thanks; never a task over them, "Cllr Bell to
# sign them"; never another body's approval, "approved by the district council's monitoring officer")
_NOT_ASSENTED = re.compile(
    r"(?i)\b(?:not|no|n't|deferred|postponed|withdrawn|awaiting|unable|cannot|until|next\s+meeting|(?:will|would|should|shall|must)\s+be)\b"
    r"|(?<!\brecorded\s)(?<!\bdeemed\s)(?<!\bfound\s)\bto\s+be\b|\bmay\s+be\b|\?"
    r"|^\s*(?i:to)\s|\b(?i:for\s+(?:approval|confirmation|adoption|signature|signing|information))\b"  # (an agenda's "To approve and sign as a correct record ...")
    r"|\b(?i:asked|said|says|thanked|felt|feels|wondered|queried|reported|explained|confirmed\s+that|(?:was|were)\s+received|by\s+the\s+(?!chair|clerk|meeting|council\b|members\b)\S+)\b"
    r"|\b[A-Z][\w.'\u2019-]*\s+to\s+(?:sign|approve|circulate|amend|check|send|publish)\b"
)
# (the minutes themselves, or the words that stand for them under their heading)
_MINUTES_WORDS = re.compile(r"(?i)\b(?:minutes?|notes|record|they|them|these|it)\b")
_ABBREVIATED = re.compile(r"\b(?:St|Ms|Mr|Mrs|Dr|Cllr|Coun|Revd|Rev|No)\.\s*$")
# a proposal that is someone's report, question or request, not a motion ("The clerk reported the signs are faded.",
# "Cllr Gray asked whether ..."), or a task with its doer, whose wording the narrative keeps ("Clerk to ask the district ...")
_NOT_A_PROPOSAL = re.compile(
    r"\b(?:said|says|reported|asked|explained|stated|informed|queried|wondered|noted|told|amendment)\b|\?\s*$"
    r"|^(?:The\s+)?[A-Z][\w.\'\u2019-]*(?:\s+[A-Z][\w.\'\u2019-]*){0,3}\s+to\s+[a-z]+\b"
)
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
    lines = [line for line in narrative if line.strip()][: 3 if minutes else 8]
    if minutes and any(_NOT_APPROVED.search(line) for line in lines):
        return []  # ("The minutes could not be approved. They are to be proposed and seconded in February.")
    for line in lines:
        # (a sentence of its own, or a short line of movers: "Proposer: Cllr Dace. Seconder: Cllr Howell.")
        sentence = next((sentence for sentence in [*_SENTENCE_END.split(line.strip()), line.strip()]
                         if _MOVED.search(sentence) and not _NOT_MOVED.search(sentence) and len(sentence.split()) <= 25), None)
        if sentence is None and minutes:
            sentence = next((sentence for sentence in _SENTENCE_END.split(line.strip())
                             if _ASSENT.search(sentence) and not _NOT_ASSENTED.search(sentence) and _MINUTES_WORDS.search(sentence) and len(sentence.split()) <= 40), None)
        if sentence is not None:
            found.append((line, sentence))
            if minutes:
                break
    # a nominee who declined, two for one office ("Chair:- A Prop B Sec C" twice), or several with no office named ("Cllr Cane
    # proposed Cllr Dove ..." then "Cllr Ebb proposed Cllr Fell ..."): the movers do not say who won
    labelled = [re.split(r"[:\u2013-]", sentence, maxsplit=1) for _, sentence in found]  # ("Chair:- ...": the office, then who)
    offices = [parts[0].strip().lower() if len(parts) > 1 else None for parts in labelled]
    named = [office for office in offices if office]
    contested = len(offices) > 1 and (not named or len(set(named)) < len(named))  # ("Vice Chairs:- A ..." over "B Prop ...": two posts)
    if not minutes and (contested or any(_FAILED_AFTER.search(line) for line in lines)):
        return []
    return found


def carried_by_movers(narrative: list[str]) -> list[tuple[list[str], list[str]]]:
    """Proposals the record closes with their movers alone and nothing after saying they failed: "Three quotes came in;
    Greenway's was the cheapest. Proposed by Cllr Hale and seconded by Cllr Munn." Each is the lines it stands on and its
    two sentences, the proposal (on the movers' line or the line before) and the movers."""
    lines = [line for line in narrative if line.strip()]
    # whether any line from here on says a motion failed (worked out once, from the end: a long item stays linear)
    failed_from = [False] * (len(lines) + 1)
    for index in range(len(lines) - 1, -1, -1):
        failed_from[index] = failed_from[index + 1] or bool(FAILED_MOTION.search(lines[index]) or _FAILED_AFTER.search(lines[index]))
    found = []
    for index, line in enumerate(lines):
        sentences = _SENTENCE_END.split(line.strip())
        movers = sentences[-1]
        if not BARE_MOVERS.fullmatch(movers) or FAILED_MOTION.search(movers) or failed_from[index + 1]:
            continue  # (what the rest of the item says of the vote: "Voting: For 2, Against 5.", "... later withdrew the proposal.")
        if len(sentences) > 1:
            used, proposal = [line], sentences[-2]
        elif index > 0 and not (found and lines[index - 1] in found[-1][0]):
            used, proposal = [lines[index - 1], line], _SENTENCE_END.split(lines[index - 1].strip())[-1]
        else:
            continue
        at = index if used[0] is line else index - 1
        while at > 0 and _ABBREVIATED.search(lines[at - 1]) and not (found and lines[at - 1] in found[-1][0]):
            # a sentence an earlier reading broke at an abbreviation: "Repaint the lychgate at St." over "Mary's church ..."
            at -= 1
            used, proposal = [lines[at], *used], f"{_SENTENCE_END.split(lines[at].strip())[-1]} {proposal}"
        sentence = re.search(r"[.!)]$", proposal.rstrip()) or re.search(r"\b(?:was|were|is|are|be|been|has|have|had)\b", proposal)
        if BARE_MOVERS.fullmatch(proposal) or not sentence or _NOT_A_PROPOSAL.search(proposal) or not 3 <= len(proposal.split()) <= 60:
            continue  # (a proposal is a sentence, stopped or with its verb: never a heading, its colon, a question)
        found.append((used, [proposal, movers]))
    return found
