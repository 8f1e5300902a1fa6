"""The shapes of a line in and around a decision: where a clause starts, a decision notice's
fields and headings, the furniture a web page puts between them, and the reasons that follow a
decision but are not part of it; and clauses lettered in capitals, and a proposal over its vote.
`decisions` reads a minute with them.
"""

from __future__ import annotations

import re

CLAUSE_START = re.compile(
    r"^\s*(?:\(?(?:[ivxlc]{1,6}|\d{1,2}|[a-hA-H])\)|(?:[ivxlc]{1,6}|\d{1,2}|[a-hA-H])[.)]|[A-H]:)\s+\S"
    r"|^\s*[\u2022\u00b7\u25aa\u25cf\u25e6\uf0b7*\u2013-]\s*\S"
)
BULLET_START = re.compile(r"^\s*[\u2022\u00b7\u25aa\u25cf\u25e6\uf0b7*\u2013-]\s*\S")
FURNITURE = re.compile(
    r"^\s*(?:Supporting documents|Background papers|Additional documents|Attachments?|Documents?)\s*:"
    r"|view the full (?:minutes|agenda|decision) text|^\s*Publication date\s*:|^\s*Date of decision\s*:"
    r"|^\s*Decided at meeting\s*:|^\s*Accompanying Documents\s*:|^\s*Effective from\s*:"
    r"|^\s*(?:[^.:]{0,80}\s[-\u2013]\s)?(?:Record|Notice)\s+of\s+(?:\w+\s+){0,2}Decisions?\s*$",  # "Ashcombe City Council - Record of Decision"
    re.IGNORECASE,
)
THAT = re.compile(r"^\s*That,?\s+\S")
# "Cytunodd y Cyngor i brynu ...": the Welsh "the Council agreed to ...", the body named (never "Cytunodd y Cynghorwyr fod ...",
# an opinion); decisions, mid-paragraph cuts and Welsh tasks read it alike
CYTUNODD = r"Cytunodd\s+y\s+(?:Cyngor|Pwyllgor|Bwrdd|Panel)"  # "That, the minutes ... be approved" too
# a resolution's subjunctive with its "That" lost: "The minutes of the meeting held on 23 January be confirmed as an accurate record."
SUBJUNCTIVE = re.compile(
    r"^\s*[Tt]he\s+(?:(?!\b(?:that|was|were|is|are|would|will|should|could|had|has|have|to)\b)[^.;:]){2,160}?\s+be\s+"
    r"(?:approved|confirmed|noted|agreed|adopted|received|accepted|endorsed|signed)\b[^;]{0,200}\.?\s*$"
)
PROPOSED = re.compile(r"^\s*\(?\s*(?:Proposed|Moved|Seconded)\s+by\b", re.IGNORECASE)  # "(Proposed by Cllr A and seconded by Cllr B)" too
# "(a) To note the minutes of the Licensing Sub-Committee held on 17 January": an agenda's purpose, not a clause
AGENDA_PURPOSE = re.compile(r"^\s*\(?[a-h1-9]\)?[.)]?\s+To\s+(?:note|receive|confirm|approve|consider)\s+the\s+minutes\s+of\b.{0,120}\bheld\s+on\b")
# "The Provost" over "(1) welcomed everyone to the meeting;": what one person did, not a decision's clauses
ONE_PERSON_ABOVE = re.compile(r"^\s*(?:The\s+)?(?:Provost|Chair(?:man|person|woman)?|Mayor|Convener|Convenor|Leader|Chief\s+Executive|Clerk)\s*[.:]?\s*$", re.IGNORECASE)
ORPHAN_CLAUSE = re.compile(
    r"^\s*(?:\((?:i|1|a)\)|(?:i|1|a)[.)])\s+(?:that\b|to\s+[a-z]+(?![^.;:]{0,80}\s[\u2013\u2014-]\s+[A-Z])|(?:noted|received|agreed|approved|endorsed|resolved|requested|"
    r"recommended|supported|considered|welcomed|delegated|authorised|authorized|deferred)\b"
    # "(a) subject to the items agreed at the meeting, the work programme be approved;"
    r"|(?:subject\s+to\b[^;]{0,200}?,\s*)?the\b.{0,200}\bbe\s+(?:noted|approved|agreed|accepted|adopted|endorsed|received|circulated|sent|brought"
    r"|submitted|referred|deferred|appointed)\b"
    # "(a) the committee receive details of the recommendations ...": the body deciding, in the subjunctive
    r"|the\s+(?:committee|board|panel|cabinet|council|sub-committee|forum)\s+(?:receive|note|agree|approve|endorse|request|ask|support|accept)\b"
    # "1)   Officers pass on the Committee's thanks to Cllr Vale;": the first of a list of what officers are to do, its
    # "RESOLVED that" lost (a clause ending ";" or "; and", as a list's do)
    r"|(?:officers|the\s+(?:clerk|chair\w*|head\s+of\s+[\w ]{3,40}?|director\s+of\s+[\w ]{3,40}?))\s+(?:pass|provide|add|write|arrange|report|bring|circulate|prepare|investigate|contact|send|include|consider|seek|review|update|share|liaise)\b[^.]{3,200};(?:\s+and)?\s*$)",
    re.IGNORECASE,
)
REASONS = re.compile(r"^\s*Reasons?(?:\s*\(s\))?(?:\s+for\s+(?:the\s+)?(?:decisions?|recommendations?))?\s*:?\s*$", re.IGNORECASE)
LABELLED = re.compile(r"^\s*(?:RESOLVED|Resolved|AGREED|Agreed|DECISION|Decisions?)\b\s*(?::-|[:\u2013-])?")
# Headings inside a decision notice or minute that end a decision block ("Reason for decision").
# "Reasons: The offer must be published each year.": the reasons, with their text on the line
REASON_LINE = re.compile(r"^\s*Reasons?(?:\s+for\s+(?:the\s+)?(?:decisions?|recommendations?))?\s*:\s*\S")
STOP_HEADING = re.compile(
    r"^\s*(?:Reasons?\s+for\s+(?:the\s+)?(?:decisions?|recommendations?)|Reasons?\s*\(s\)|Reasons?(?=\s*:)|Alternative\s+options(?:\s+considered)?|Options\s+considered"
    r"|Reasons?\s+for\s+urgency|Background|Details\s+of\s+any\s+conflicts?.*|Supporting\s+documents|Background\s+papers|Attachments|Appendices)\s*:?\s*$",
    re.IGNORECASE,
)
# The fields of a decision notice, which end a decision and are not narrative.
FIELD = re.compile(
    r"^\s*(?:Decision status|Is Key decision\?*|Is subject to call[- ]in\?*|Reason Key|Reasons? for (?:the )?decisions?|Divisions? Affected"
    r"|Wards? Affected|Report author|Lead officer|Contact|Publication date|Date of decision|Decided at meeting|Made at meeting|Effective from"
    r"|Call[- ]in deadline|Alternative options(?: considered)?|Other reasons ?/ ?organisations consulted|Consultees|Declarations? of interest"
    r"|Interests and Dispensations|Accompanying Documents|Subject to Call[- ]In\?*|Decision Maker|Decision Taker|Portfolio|Key decision"
    r"|Decision status)\b[^:]{0,30}:",
    re.IGNORECASE,
)


# a decision's clauses lettered in capitals with no brackets, a table's column run into the text: "It was resolved to: A Note
# the change ... B Note the appointment ...", and "A The Committee noted the report." on a line of its own
_CAPITAL_LABEL = re.compile(r"(?:(?<=:)|(?<=[.;]))\s+(?P<letter>[A-H])\s+(?=(?:Note|Notes|Approve|Agree|Endorse|Delegate|Recommend|Request|Ask|Authori[sz]e|Support|Accept|Receive|Confirm|Appoint|Refer|That)\b)")
_CAPITAL_LABEL_LINE = re.compile(r"^(\s*)([A-H])\s+(?=The\s+(?:[A-Z][\w-]*\s+){0,4}(?:Committee|Board|Panel|Cabinet|Council|Sub-Committee)\s+(?:noted|approved|agreed|resolved|endorsed|requested|asked|supported|accepted|received|recommended)\b)")


def capital_labels(line: str) -> str:
    """Capital letters A, B, C ... labelling a decision's clauses, as the bracketed letters that split them."""
    line = _CAPITAL_LABEL_LINE.sub(lambda m: f"{m.group(1)}({m.group(2).lower()}) ", line) if _CAPITAL_LABEL_LINE.match(line) else line
    found = list(_CAPITAL_LABEL.finditer(line))
    run = []
    for match in found:
        if ord(match.group("letter")) - ord("A") == len(run):
            run.append(match)
    if len(run) < 2:
        return line
    for match in reversed(run):
        line = f"{line[: match.start()]} ({match.group('letter').lower()}) {line[match.end():]}"
    return line


PROPOSAL_LABEL = re.compile(r"^\s*(?:Proposal|Motion|PROPOSAL|MOTION)\s*:\s*\S")
_VOTE_CLOSED = re.compile(r"(?<=[.!?])\s+(?:RESOLVED|AGREED|CARRIED|Resolved|Agreed|Carried)\s*\.?\s*$")


def proposals_voted(lines: list[str]) -> list[str]:
    """Each "Proposal: ..." line with the movers' line under it joined on, and a bare "RESOLVED." after the vote dropped."""
    out: list[str] = []
    for line in lines:
        if out and PROPOSAL_LABEL.match(out[-1]) and re.match(r"^\s*(?:Proposed|Seconded|Moved)\b", line) and not re.search(r"(?i)\bin\s+favour\b|\bseconded\b", out[-1]):
            out[-1] = f"{out[-1].rstrip().rstrip('.')}. {line.strip()}"
        else:
            out.append(line)
    return [_VOTE_CLOSED.sub("", line) if PROPOSAL_LABEL.match(line) and re.search(r"(?i)\bin\s+favour\b|\bseconded\b", line) else line for line in out]


# "RESOLVED to accept the report. ACTION: Clerk to send it to the county.": a task labelled after a decision on its line
_LABELLED_TASK_AFTER = re.compile(
    r"(?<=[a-z)][.;])\s+(?=(?:ACTION|Action)\s*:\s*(?:(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.'-]*)?\s+to\s+(?!note\b|sign\b)[a-z]+"
    r"|(?:the\s+)?(?:Clerk|Chair(?:man|person)?|Treasurer|Secretary|RFO|[A-Z]{2,3})\s+[A-Z][a-z]+)\s+\S)"  # ("ACTION: Clerk Upload the minutes ...")
)
_DECIDED_BEFORE = re.compile(r"(?i)\b(?:resolved|agreed|approved|decided|adopted|accepted|confirmed)\b")
_TASK_SENTENCE_END = re.compile(r"(?<=\n)((?:ACTION|Action)\s*:[^\n]*?[a-z)](?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bCllr)(?<!\bNo)\.)\s+(?=[A-Z][a-z])")


def task_labelled_after(line: str) -> list[str]:
    """`line` as one piece, or cut where a task labelled after a decision starts and where its sentence ends, blank lines
    between, so the task is narrative of its own (a report's "ACTION:" stays in its paragraph)."""
    first = _LABELLED_TASK_AFTER.search(line)
    if first is None or not _DECIDED_BEFORE.search(line[: first.start()]):
        return [line]
    return [*_TASK_SENTENCE_END.sub("\\1\n\n", _LABELLED_TASK_AFTER.sub("\n\n", line)).split("\n"), ""]


def clause_after_reasons(lines: list[str], index: int) -> int | None:
    """Where a numbered "That ..." clause stands within eight lines after the "Reasons" heading at `index`, if one does."""
    return next((at for at in range(index + 1, min(index + 9, len(lines))) if re.match(r"^\s*\(?(?:\d{1,2}|[a-h])[.)]\s+That\b", lines[at])), None)


# what is put to the meeting, not what it decided: a report's "RECOMMENDED - Members are asked to approve ..."
MEMBERS_ASKED = re.compile(
    r"^\s*(?:RECOMMENDED|Recommended|RECOMMENDATION|Recommendation)\s*(?::-|[:\u2013\u2014-])?\s*(?:that\s+)?(?:the\s+)?(?:Members|Council|Committee|Cabinet|Board|Panel)\s+(?:is|are)\s+(?:asked|invited|recommended)\b"
)


# a line that stops mid-sentence: a comma, or a word that never ends one ("... by the" / "HCVS (Hollins ...) last year ...")
_MID_SENTENCE = re.compile(r"(?:,|\b(?:the|of|for|and|to|by|in|on|with|a|an|at|from|that|be|its|their|or))\s*$")


def rejoined(block: list[str]) -> bool:
    """Whether a decision block's last line stopped mid-sentence before a blank line, so the next line goes on with it
    ("That the sale of the plot at Rookery Lane," / "" / "Stanbury for ..."); if so, the blank is taken off."""
    if not _MID_SENTENCE.search(next((line for line in reversed(block) if line.strip()), "")):
        return False
    while block and not block[-1]:
        block.pop()
    return True


# "The Environment, Development and Infrastructure Committee \u2013" over its numbered decisions: who decided, alone
BODY_LEAD_IN = re.compile(
    r"^\s*The\s+(?:[A-Z][\w'\u2019&-]*,?\s+|and\s+|of\s+|for\s+){0,10}"
    r"(?:Committee|Board|Panel|Cabinet|Sub-Committee|Council|Forum|Executive|Commission)\s*(?::-|[\u2013\u2014:-])\s*$"
)

# "Agreed Ann Bell and Iain Dow would review the plan", "Agreed the Clerk will write": who will act, after the word, with no "that"
# ("Agreed we will seek an extension ...", "Agreed designs and quotes will be considered by ...", "Agreed Clerk's salary is increased by ...")
AGREED_NAMES = (
    r"(?:(?:(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2}(?:(?:\s*,\s*|\s+(?:and|&)\s+)(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2}){0,4}"
    r"|we|they)\s+(?:would|will|should|must|need\s+to|to)\s+[a-z]"
    # (two things named, with what will be done with them; never "Agreed minutes are published ...", an adjective)
    r"|[a-z]{3,}\s+(?:and|&)\s+[a-z]{3,}s\s+(?:will|would|should|must)\s+be\s+[a-z]{3,}ed\b"
    # (what was agreed, named as a deed: "Agreed acceptance of quote ...", "Agreed purchase of two benches", "Agreed payment of £40")
    # (never a deed told of after it: "Agreed installation of the defibrillator took place on ...", "... was carried out")
    r"|(?:acceptance|purchase|payment|renewal|adoption|approval|appointment|installation|replacement|removal|transfer|donation)\s+of\s+\S"
    r"(?![^.;:]{0,100}\b(?:was|were|took\s+place|had\s+been|has\s+been|have\s+been|is\s+now|are\s+now)\b)(?![^.;]{0,100}:))"
)
# a line that reports who said or did what: the record again after a decision that ended its sentence
REPORTED_AFTER = re.compile(
    r"\s*(?:The\s+(?:[\w&'\u2019-]+\s+){1,6}?|(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Dr)\s+(?:[A-Z][\w'\u2019-]*\s+){1,3}|(?:He|She|They|Members)\s+)"
    r"(?:presented|reported|introduced|explained|advised|confirmed|said|thanked|outlined|highlighted|updated|queried|stated|was\s+moved|were\s+moved)\b"
)


# "Decision Made:" over "12 September 2012 The Community Right to Challenge": a notice's date field and its title
DATE_FIELD = re.compile(
    r"^\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}"
    # (a title after the date, never "at 7.30pm in the Village Hall"; nothing decided after it)
    r"\s+(?=[A-Z])(?![^;]*\b(?:be|is|are|was|were|that|will|would|shall|agreed|approved|resolved|noted)\b)[^;]{0,300}$"
)


# "(a) It was moved by the Chair, seconded by the Vice-Chair and" over "Resolved that the fares be approved.": one sentence
_MOVED_AND = re.compile(r"(?i)^\W*(?:\([a-z0-9]{1,3}\)\s*)?it\s+was\s+(?:moved|proposed)\b[^.;]{0,160}\bseconded\b[^.;]{0,80}\band\s*$")
_VERDICT_OPENS = re.compile(r"(?i)\s*(?:unanimously\s+)?(?:resolved|agreed|carried(?!\s+(?:forward|over)\b))\b")


def movers_joined(lines: list[str]) -> list[str]:
    """`lines` with a line of movers that ends in "and" joined to the verdict on the next line of text (blank lines between
    dropped), so the decision reads as one sentence and the movers are no decision of their own."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        following = next((i for i in range(index + 1, min(len(lines), index + 6)) if lines[i].strip()), None)
        if following is not None and len(line) < 400 and _MOVED_AND.search(line) and _VERDICT_OPENS.match(lines[following]):
            out.append(f"{line.rstrip()} {lines[following].strip()}")
            index = following + 1
            continue
        out.append(line)
        index += 1
    return out


def name_cut(previous: str, line: str) -> bool:
    """A mover's name cut by the line's end: "... and was seconded by Duncan" over "Rae. All present agreed."."""
    return bool(re.search(r"\b(?:seconded|proposed|moved)\s+by\s+(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'\u2019-]*\s*$", previous)
                and re.match(r"^\s*[A-Z][\w'\u2019-]*(?:[.,;]|\s+(?:and|&)\s)", line))


# a point's heading in the agenda's words, lettered: "i) To consider quotations ...", "(ii) To approve expenditure ...", "a) To ..."
_LABELLED_TO = re.compile(r"^\s*\(?(?:[ivx]{1,4}|[a-h]|\d{1,2})[.)]\s+To\s+[a-z]+\b")
# what records the point below it: a decision, or nothing done ("Nothing to report.", "Proposed by ...", "RESOLVED to accept ...")
# (never a bare "Agreed." or "Carried.": the line above was the decision, and that its assent)
_RECORD_BELOW = re.compile(
    r"(?i:^\s*(?:Nothing|None|No\s+\w+(?:\s+\w+)?)\b[^.]{0,40}\.?\s*$|^\s*(?:Proposed|Seconded|Resolved|It\s+was)\b)|.{0,160}\b(?:RESOLVED|AGREED)\s+(?i:to|that)\b"
    # ("The Council considered the consultation and agreed a response ...": the point's own record in a sentence)
    r"|^\s*(?:The|Members|Councillors|Cllrs)\b.{0,160}\b(?:agreed|resolved|decided)\s+(?:to|that|a|an|the|not)\b"
)


def agenda_heading(lines: list[str], index: int) -> bool:
    """Whether line `index` is a lettered point's heading in the agenda's words ("i) To consider quotations for the fencing.")
    with its record below it ("RESOLVED to accept supplier C."), not a decision's clause whose label was lost."""
    if not _LABELLED_TO.match(lines[index]):
        return False
    below = [line for line in lines[index + 1 : index + 5] if line.strip()][:2]  # (a sentence may come first: "Few cheques are issued. RESOLVED ...")
    return bool(below) and not _LABELLED_TO.match(below[0]) and any(_RECORD_BELOW.match(line) for line in below)


_SQUARE_LABEL = re.compile(r"^(\s*)\[([a-h]|[ivx]{1,4})\](?=\s+\S)")
_ASIDE = re.compile(r"\b(was|were|is|are),\s+(unanimously|after\s+(?:some\s+|much\s+|a\s+short\s+)?(?:discussion|debate)|on\s+a\s+vote|therefore|then|duly),\s+(?=[a-z]+ed\b)")


def asides_in_line(lines: list[str]) -> list[str]:
    """ "Minutes were, unanimously, approved ...", "... was, after discussion, accepted": the aside between its commas read in
    line with the verb, so the outcome is seen; and a clause lettered in square brackets, "[a] gofyn i'r Clerc ...", as "(a)"."""
    return [_SQUARE_LABEL.sub(r"\1(\2)", _ASIDE.sub(r"\1 \2 ", line) if ", " in line else line) for line in lines]


# "The main points of the discussion may be summarised as follows:" over "The Committee:" and its bullets: what was said
_SUMMARY_LEAD = re.compile(r"(?i)\b(?:points?|issues?|comments?|discussion|questions?|observations?)\b[^.]{0,120}\bsummari[sz]ed\b[^.]{0,40}:?\s*$")
_BULLETED = re.compile(r"^\s*[\u2022\u00b7\u25aa\u25cf\u25e6\uf0b7*-]\s*\S")


def summary_of_discussion(lines: list[str], index: int) -> bool:
    """Whether line `index` is "The Committee:" under a summary of the discussion's lead-in, or one of its bullets."""
    at = index
    while at > 0 and _BULLETED.match(lines[at]) and index - at < 40:
        at -= 1
    if at != index and not BODY_LEAD_IN.match(lines[at]):
        return False
    above = next((line for line in reversed(lines[max(0, at - 3) : at]) if line.strip()), "")
    return bool(BODY_LEAD_IN.match(lines[at]) and _SUMMARY_LEAD.search(above))


# "It was agreed the planters need repainting. Cllr Todd offered to do the painting.", "Resolved: that standing orders be
# suspended. Mrs Vine attended to complain ...": after a decision that ends its sentence, someone named doing something is
# the minute's narrative again (and "Cllr Eve Shaw was elected Vice Chair.", a decision of its own)
NARRATIVE_AFTER = re.compile(
    r"(?<=[a-z0-9)][.!?])\s+(?=(?:(?:Cllr\.?|Councillor|Mr|Mrs|Ms|Miss|Dr)\s+(?:[A-Z][\w'\u2019-]*\s+){1,3}|The\s+(?:Chair\w*|Clerk|Mayor)\s+)"
    r"(?:attended|offered|thanked|reported|said|asked|explained|spoke|gave|stated|raised|presented|informed|updated|advised|left|joined"
    r"|arrived|declared|was\s+(?:elected|appointed|co-opted))\b)"
)


def narrative_after(piece: str) -> list[str]:
    """A decision line cut where the narrative (or another's election) takes up again, a blank line between."""
    parts = NARRATIVE_AFTER.split(piece, maxsplit=1)
    return [parts[0], "", parts[1]] if len(parts) == 2 else [piece]


# "... RESOLVED that the council would not adopt it (clerk to contact the owner)": the task in brackets after the decision
_BRACKETED_TASK = re.compile(r"\s+(?=\((?:the\s+)?(?:[Cc]lerk|Chair\w*|(?:Cllr\.?|Councillor)\s+[A-Z][\w'\u2019-]*|[A-Z]{2,3})\s+to\s+(?:contact|write|ask|chase|arrange|order|send|obtain|check|email|e-mail|inform|report|speak|reply|respond|circulate|notify|book)\b[^()]{2,120}\)\s*\.?\s*$)")


def bracketed_task_apart(piece: str) -> list[str]:
    """A decision's line with a task in brackets at its end: the decision, a blank line, then the task (the narrative's)."""
    parts = _BRACKETED_TASK.split(piece, maxsplit=1) if piece.rstrip().endswith((")", ").")) else [piece]
    return [parts[0], "", parts[1]] if len(parts) == 2 else [piece]


def narrative_resumes(block: list[str], text: str, gap: bool, kind: str) -> bool:
    """Whether line `text` ends a decision block as the record goes on: "The meeting closed at 19.00" (the record's end), or
    a sentence of narrative after a one-line decision that had no stop ("Resolved to elect Cllr Fox" then "Following the
    lockdown rules the Clerk ...")."""
    if re.match(r"^\s*(?:The\s+)?(?:meeting|Chair(?:man)?\s+closed\s+the\s+meeting)\s*(?:closed|ended|finished|concluded)?\b.{0,40}\b(?:at|\d{1,2}[.:]\d{2})", text, re.I) \
            and re.search(r"\b(?:closed|ended|finished|concluded)\b", text[:60], re.I):
        return True
    return len(block) == 1 and not gap and kind == "decision" and bool(_NEW_SENTENCE.match(text)) and not re.search(r"(?i)\b(?:following|as\s+follows|below)\b", block[0]) and bool(re.search(r"[A-Za-z0-9)]$", block[0].rstrip())) \
        and not _OPEN_END.search(block[0]) and len(block[0].split()) <= 12


def next_part(text: str, sentence: bool, block: list[str]) -> bool:
    """Whether `text`, after a decision that expects no list, starts the minute's next part: a task's own bullet ("\u2022 Action:
    R Lowe to tell the office holders"), the next numbered point after a decision told as a sentence ("It was agreed that
    this would do." then "2. Bulbs (31.4.5) ..."), the next lettered point glued to its title ("b.Payments. ..."), or a
    decision record's heading ("Cabinet Decision Record D310102")."""
    if re.match(r"^\s*(?:Cabinet\s+)?Decision\s+Record\s+[A-Z]{0,3}\d{3,}\s*$", text) or re.match(r"^\s*[\u2022\u00b7*\u2013-]\s*(?i:actions?)\s*[:\u2013-]\s*[A-Z][^:]{0,40}?\s+to\s+[a-z]{3,}\s", text):
        return True
    last = next((line for line in reversed(block) if line.strip()), "")
    if sentence and not any(CLAUSE_START.match(line) for line in block) and last.rstrip().endswith(".") and re.match(r"^\s*(?:[2-9]|1\d)\.\s+[A-Z][a-z]+", text):
        return True
    return bool(re.match(r"^\s*\(?[b-h][.)]\s*[A-Z][a-z]+[.:]\s", text)) and not any(re.match(r"^\s*\(?a[.)]", line) for line in block)


_NEW_SENTENCE = re.compile(r"^\s*(?:(?:Following|After|As|Because|Since|The|It|There|This|These)\s+[a-z]|(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\s+[A-Z][\w'\u2019-]*\s+[a-z]{3,}(?:ed|s)\b)[^\n]*\.\s*$")
_OPEN_END = re.compile(r"\b(?:the|a|an|to|of|for|and|or|with|by|at|in|on|from|that|be|is|are|was|were|as|Cllr|Councillor|Mr|Mrs)\s*$", re.IGNORECASE)


def decided_in_purpose(purpose: list[str]) -> list[str]:
    """The lines of an item's agenda text that are its decision, to be read with its record: each "Decision:" line ("Decision:
    To note both reports."), and the clauses listed under one that ends in a colon or a dash ("Decision: RESOLVED to:" over
    "1) Approve ...", "2) Accept ..."; never the agenda's text after it)."""
    decided = [index for index, line in enumerate(purpose) if re.match(r"^\s*Decisions?\s*:\s*\S", line, re.IGNORECASE)]
    if decided and re.search(r"[:\u2013-]\s*$", purpose[decided[0]]):
        listed = next((i for i in range(decided[0] + 1, len(purpose)) if not CLAUSE_START.match(purpose[i])), len(purpose))
        decided = sorted({*decided, *range(decided[0], listed)})
    return [purpose[index] for index in decided]
