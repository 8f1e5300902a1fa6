"""The page's own action lines in minutes: "ACTION: Cllrs Blair/Reid" under a paragraph, or
"Action - Leader to provide a written response": who owns which task."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from cpb_tui.actions.clauses import ActionCandidate, _action, _owner_action
from cpb_tui.actions.due import parse_due
from cpb_tui.actions.firm_verbs import MORE_ORDER_VERBS, ORDER_OBJECT, ORDER_STATUS, ORDER_VERBS
from cpb_tui.actions.phrases import TITLE_STOP, _BECOME_ROLE, _PP_BASE, _FIRM_VERBS, _looks_like_doer, _sentences
from cpb_tui.actions.welsh import doer_task
from cpb_tui.domain.given_names import GIVEN_NAMES

_NAME = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s+(?:[A-Z][\w'\u2019.-]*|of|and|the|for|&))*")
_BETWEEN_NAMES = re.compile(r"\s*(?:/|,|&|\band\b)\s*")


# a doer heading a task after a dash, "KG \u2013 to share the stall", "Clerk \u2013 to write to the school" (never a topic's letters,
# "VAS \u2013 to order a second sign", nor a resident the letter goes to, "Mr Dunn \u2013 to write to him")
DOER_HEAD = (
    r"(?!(?:PC|CC|TC|DC|BC|NT|EA|AOB|TBC|VAS|SID|CIL|AGM|EGM|APM|NDP|NP|TPO|HGV|LGV|EV|LED|ROW|DPO|FOI|VAT|MP|WI|PTA|BT|TV|IT)\b)"
    # (a member's two initials: three letters are more often a topic's, "NHW", "HIB", "KGV")
    r"(?:[A-Z]{2}|(?:[Tt]he\s+)?(?:Clerk|Chair(?:man|person)?|Secretary|Treasurer)|(?:Cllr\.?|Councillor)\s+[A-Z][\w'-]+)"
)


def doer_line(rest: str) -> ActionCandidate | None:
    """ "Action - Leader to provide a written response to ...", "ACTION: Head of Service to circulate
    the plan.": whoever stands before "to" on an action line is its owner."""
    doer = re.match(r"^(?P<owner>[A-Z][^.;:]{1,80}?)\s+to\s+(?P<verb>[a-z]+)\b\s*(?P<tail>.*)$", rest)
    # (and "Clerk \u2013 write to the school": the owner, a dash, the task; "Head of Service \u2013 Highways to circulate ..." keeps its dash)
    dashed = _owner_then_task(rest) if doer is None or re.search(r"\s[\u2013\u2014-]\s", doer.group("owner")) else None
    if doer is None and dashed is None:
        # "ACTION: Norman check Browns for the plinth", "Action: Carolyne sort out the survey report": a first name, then the verb
        # (never a word that is itself a task's verb, "Action: Check complete.", a word that describes, "Annual review of the risk
        # assessment", nor a thing named with what is done to it, "Verge cut back along Mill Lane", "Further update at the next
        # meeting": the verb with its object straight after it, in its own sentence)
        bare = re.match(rf"^(?P<owner>[A-Z][a-z]{{2,14}}(?<!s)(?<!ed)(?<!ing)(?<!ly)(?<!al))\s+(?P<verb>(?:{_FIRM_VERBS}))\b\s*"
                        r"(?!(?:of|at|with|for|in|on|to|from|along|back|by|up|down|off|over)\b)(?P<tail>[^.;]*?\S(?:\s+[^.;]*?\S)+?)\s*(?:[.;](?:\s|$).*)?$", rest)
        if bare and not _THING_FIRST.match(bare.group("owner")) and not _NOT_A_NAME.match(bare.group("owner")) \
                and not re.fullmatch(rf"(?:{_FIRM_VERBS})", bare.group("owner").lower()):
            return _owner_action(bare.group("owner"), bare.group("verb"), bare.group("tail"))
    if doer is None or dashed is not None:
        return dashed
    if doer.group("verb") in ("the", "a", "an", "be"):
        return None
    initials = re.fullmatch(r"[A-Z]{2,4}(?:\s*(?:,|&|/|and)\s*[A-Z]{2,4})*", doer.group("owner"))
    # (or a first name alone before a task's verb, "Action: Cora to email CC her response", never a thing: "Letter to go ...")
    named = re.fullmatch(r"[A-Z][a-z]{2,14}(?<!s)(?<!ed)(?<!ing)(?<!ly)", doer.group("owner")) and _named_errand(doer.group("verb"), doer.group("tail")) and not _THING_FIRST.match(doer.group("owner"))
    if len(rest.split()) > 8 or initials or named or _looks_like_doer(doer.group("owner")):
        return _owner_action(doer.group("owner"), doer.group("verb"), doer.group("tail"))
    return None


def _named_errand(verb: str, tail: str) -> bool:
    """Whether a first name's verb is an errand: a firm verb alone, or one with its particle and then what it is done to
    ("Carolyne to sort out the survey report"; never "Marquee to set up by the Scouts", a thing to be set up)."""
    return bool(re.fullmatch(_FIRM_VERBS, verb) or re.match(rf"(?:{_FIRM_VERBS})\s+(?:the|a|an|this|these|those|his|her|their|its|our|any|all|some|[A-Z])\b", f"{verb} {tail}"))


# words that open an action line as a thing, never as a person's first name
_NOT_A_NAME = re.compile(
    r"(?:Annual|Further|Final|Regular|Urgent|Full|Monthly|Weekly|Quarterly|Yearly|General|Next|Another|Initial|Verge|Drain|Noticeboard"
    r"|Defib|Defibrillator|Grass|Bin|Path|Lights?|Shelter|Pond|Allotment|Village|Parish|Website|Newsletter|Precept|Councillor|Members?)$"
)
_THING_FIRST = re.compile(
    r"(?:Letters?|Reports?|Items?|Matter|Email|Notice|Information|Agenda|Quotes?|Minutes?|Invoice|Works?|Repairs?|Signs?"
    r"|Plans?|Update|Details|Results|Application|Request|Order|Payment|Grant|Funds?|Copies|Copy|Survey|Decision|Council|Committee|Group|Highways"
    r"|None|Nil|Nobody|Nothing|Unable|Everyone|All|Each|Both|Date|Insurance|Budget|Precept|Website|Newsletter|Hedge|Tree|Bench|Gate|Fence"
    r"|Playground|Footpath|Road|Signage|Parking|Planning|Finance|Audit|Progress|Ongoing|Complete|Pending|Clerk|Chair|Police)$"
)


_BRACKETED = re.compile(
    r"\bACTIONS?\s*[:\u2013-]?\s*\((?P<task>[a-zA-Z][^()]{4,200})\)"
    # "... no meeting in August. (LS to draft dates & confirm the venue.)": who and what, in brackets, no label
    r"|\((?P<owned>(?:[A-Z]{2,3}(?:\s*(?:&|and|/)\s*[A-Z]{2,3})*|(?:[Tt]he\s+)?(?:[Cc]lerk|Chair(?:man|person)?|Secretary|Treasurer)"
    r"|(?:Cllrs?|Councillor)\.?\s+[A-Z][\w'\u2019-]+)\s+to\s+(?:" + _FIRM_VERBS + r")\b[^()]{3,200}?)\.?\)"
)


# "He was asked to raise the repairs with Highways (Clerk was instructed to inform Highways of the lights).": a task of its
# own in brackets, read as a sentence of its own
_BRACKETED_ASKED = re.compile(
    r"(?<!\s)\s*\((?P<task>(?:the\s+|The\s+)?(?:Clerk|Chair(?:man|person)?|Cllr\.?\s+[A-Z][\w'\u2019-]+|Councillor\s+[A-Z][\w'\u2019-]+)\s+(?:was|were)\s+"
    r"(?:asked|instructed|requested|tasked)\s+to\s+[a-z][^()]{3,200}?)\.?\)\.?(?=\s*(?:[.;]|$)|\s+[A-Z])"
)
_INLINE_BULLET = re.compile(r"(?<=[^\s\u2022])[ \t]+\u2022[ \t]+(?=[A-Z(])")
# "... should read Ollis (Action \u2013 SO to correct the minutes)": the label inside the brackets, then who and what
_LABELLED_IN_BRACKETS = re.compile(
    r"(?<!\s)\s*\((?:ACTIONS?|Actions?)\s*[:\u2013\u2014-]\s*(?P<task>(?:[A-Z]{2,3}(?:\s*(?:&|and|/)\s*[A-Z]{2,3})*|(?:[Tt]he\s+)?(?:[Cc]lerk|Chair(?:man|person)?|Secretary|Treasurer)"
    r"|(?:Cllrs?|Councillor)\.?\s+[A-Z][\w'\u2019-]+)\s+to\s+[a-z][^()]{3,200}?)\.?\)\.?"
)
# "... was to attend but was unwell": a plan that fell through; "With regard to X, the Clerk was asked ...": the matter first
FELL_THROUGH = re.compile(r"\b(?:but|however|unable|unfortunately|instead)\b")
ABOUT_FIRST = re.compile(r"^(?:With\s+regard\s+to|Regarding|In\s+respect\s+of|As\s+regards)\s+[^,]{2,80},\s+")
# "Cty Cllr Ward reported on the repairs. He was asked to convey the concerns to Highways.": "he" is the one just named,
# where that is one of the council's own ("Mr Dale spoke for the residents. He was asked to write in." asks nothing of it)
COUNCIL_DOER = re.compile(r"(?i)\b(?:cllrs?|councillors?|clerk|chair(?:man|person|woman)?|mayor|members?|officers?|director|manager|head)\b")


# "ACTION: Clerk Write to the Highways officer ... Done 15/03": a log's column run into the minutes, the owner before the
# order in capitals, and the date it was done after it
_OWNER_THEN_ORDER = re.compile(
    r"\b(?P<mark>ACTIONS?\s*[:\u2013-]\s*)(?P<owner>(?:the\s+|The\s+)?(?:Clerk|Chair(?:man|person)?|Treasurer|Secretary|RFO|(?:Cllr|Councillor)\.?\s+[A-Z][\w'\u2019-]+|[A-Z]{2,3}))"
    r"\s+(?P<verb>(?i:" + _FIRM_VERBS + r"))\b(?P<rest>[^\n]{0,300}?)(?:(?:\.[ \t]{1,40}|[ \t]{2,40})(?i:on-?going|in\s+progress|open|pending))?"
    r"(?:(?:\.?[ \t]{1,40})(?P<done>(?i:done|completed?))(?=[ \t]{1,40}\d{1,2}[./]\d{1,2}|[ \t]{0,40}$)(?:[ \t]{1,40}\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?)?)?\.?[ \t]{0,40}$",
    re.MULTILINE,
)


# "Speed sign \u2013 Next agenda" over "Pond clearance \u2013 Deferred to June meeting": a list of projects, each line a sentence
_PUT_OFF_LINE = re.compile(r"^([A-Z][^\n.\u2013\u2014]{2,60}\s[\u2013\u2014-]\s+(?i:next\s+(?:agenda|meeting)|(?:deferred|carried\s+forward|held\s+over)\b[^\n.]{0,40}))[ \t]*$", re.MULTILINE)


def tasks_set_apart(text: str) -> str:
    """`text` with each task asked for in brackets set out as a sentence of its own (bullets run on in a line set apart, and each line of a list of projects
    put off), and a log's "ACTION: Clerk Write ..." read as "ACTION: Clerk to write ..." (one marked done since goes:
    nothing is left to do)."""
    # "... last time. \u2022 LT pointed out ...": bullets run on in one line (never a list its colon opens, "Clerk to order: \u2022 Bins \u2022 Signs")
    text = "\n".join(line if re.search(r":\s*\u2022", line) else _INLINE_BULLET.sub("\n\n", line) for line in text.split("\n")) if "\u2022" in text else text
    text = _LABELLED_IN_BRACKETS.sub(r". \g<task>. ", _BRACKETED_ASKED.sub(r". \g<task>. ", text)) if "(" in text else text
    text = _PUT_OFF_LINE.sub(r"\1.", text) if "\n" in text else text
    text = _CLERK_AFTER_HEADING.sub(_clerk_apart, text) if "Clerk" in text else text
    text = _MARGIN_INITIALS.sub(r"\g<line> (Action: \g<who>)", text)
    text = _ACTIONS_RUN_ON.sub(_actions_apart, text) if "ction" in text else text
    text = _ACTION_WILL.sub(r"\g<mark>\g<owner> to ", text) if "CTION" in text else text  # "ACTION: The Chair will organise this work."
    return _OWNER_THEN_ORDER.sub(_owner_then_order, text) if "CTION" in text else text


_ACTION_WILL = re.compile(r"\b(?P<mark>ACTIONS?\s*[:\u2013-]\s*)(?P<owner>(?:The\s+|the\s+)?(?:Clerk|Chair(?:man|person)?|Treasurer|Secretary|RFO|(?:Cllr|Councillor)\.?\s+[A-Z][\w'\u2019-]+|[A-Z]{2,3}))\s+will\s+(?=[a-z])")
# "Actions:  The Clerk to email the highways officer ...  Councillor Dace to fix the gate. Councillor Lund to give ...": a label over
# several doers' tasks run into one line
_ACTIONS_RUN_ON = re.compile(r"^[ \t]*Actions?[ \t]*[:\u2013-][ \t]+(?P<rest>\S[^\n]*)$", re.MULTILINE | re.IGNORECASE)
_DOER_TO = re.compile(r"^(?:The\s+)?[A-Z][\w.'\u2019-]*(?:\s+(?:[A-Z][\w.'\u2019-]*|and|&|/)){0,5}?\s+to\s+(?!be\b)[a-z]")


def _actions_apart(found: re.Match[str]) -> str:
    """Each doer's task of a run-on "Actions:" line a paragraph of its own (the label goes), where two or more doers are named."""
    sentences = [part.strip() for part in re.split(r"(?<=[a-z0-9)])\.\s+(?=[A-Z])", found.group("rest").strip()) if part.strip()]
    if len(sentences) < 2 or not all(_DOER_TO.match(sentence) for sentence in sentences):
        return found.group(0)
    return "\n\n".join(sentence if sentence.endswith(".") else f"{sentence}." for sentence in sentences)


# "Courts Reform Consultation \u2013 Clerk instructed to write ...", "Harvest Supper Clerk to book the hall": a correspondence
# line's heading, then the Clerk's task (never the Clerk's own post, "Parish Clerk to write", nor "asked the Clerk to write")
_CLERK_AFTER_HEADING = re.compile(
    r"(?<=[a-z)])\s+[-\u2013\u2014]\s+(?:(?P<the>[Tt]he)\s+)?(?=Clerk\s+(?:was\s+)?(?:instructed|asked|requested)\s+to\s+[a-z]+)"
    r"|\b(?P<word>[A-Z][a-z]{2,})\s+(?=Clerk\s+to\s+[a-z]+\b)"
)
# "Signfix would be asked to lengthen the guarantee.          MA": who does it, in the action column pushed to the right margin
_MARGIN_INITIALS = re.compile(
    r"(?m)^(?=[^\n]*\b(?:will|would|to\s+be|asked|agreed|to\s+[a-z]+)\b)(?P<line>[^\n]*?[.!?)])[ \t\u00a0]{6,}(?!(?:TBC|TBA|ALL|NA|N/A)\b)(?P<who>[A-Z]{2,3}(?:/[A-Z][A-Za-z]{1,3})*)[ \t]*$"
)
_POST_WORDS = {"Parish", "Town", "Deputy", "Assistant", "Acting", "Locum", "Council", "District", "County", "City", "Borough", "Committee",
               "Proper", "Interim", "Senior", "Finance", "Financial", "Burial", "Cemetery", "Temporary", "Planning", "Responsible", "The", "And", "That", "When", "If", "Then", "Asked", "Agreed", "Resolved"}


def _clerk_apart(found: re.Match[str]) -> str:
    word = found.group("word")
    if word is None:
        return ". The " if found.group("the") else ". "  # ("Hedges – the Clerk asked to ...": its sentence starts there)
    return found.group(0) if word in _POST_WORDS else f"{word}. "


def _owner_then_order(found: re.Match[str]) -> str:
    """ "ACTION: Clerk Write to ..." as "ACTION: Clerk to write to ..."; one marked "Done 15/03" goes, and one whose last word
    may be the task's own ("... once the work is completed") is left as printed."""
    if found.group("done") and not re.search(r"\d[./]\d", found.group(0)) and not re.search(r"[ \t]{2,}(?i:done|completed?)", found.group(0)):
        return found.group(0)
    return "" if found.group("done") else f"{found.group('mark')}{found.group('owner')} to {found.group('verb').lower()}{found.group('rest')}"


def bracketed_task(sentence: str) -> ActionCandidate | None:
    """ "... be more proactive? – ACTION (provide members with trend data on homelessness)": the task in the brackets."""
    found = _BRACKETED.search(sentence) if "(" in sentence else None
    if found is None:
        return None
    task = (found.group("task") or found.group("owned")).strip(" .")
    if found.group("owned") and re.search(r"(?i)\b(?:if\s+possible|where\s+possible|if\s+available|in\s+future)\b", task):
        return None  # "(PC to attend in future if possible)": a hope, not a task
    owner = re.match(r"^(?P<owner>(?:[Tt]he\s+)?[Cc]lerk|[A-Z][^.;:]{1,60}?)\s+to\s+(?P<verb>[a-z]+)\b\s*(?P<tail>.*)$", task)
    if owner and _looks_like_doer(owner.group("owner")):
        return replace(_owner_action(owner.group("owner"), owner.group("verb"), owner.group("tail")), kind="commitment", source="minutes")
    return _action("commitment", task[:1].upper() + task[1:], task, (), (), source="minutes")


# "2.2 Contact D Haytack to arrange meeting. LM \u2013 completed.", "7.1 Arrange publicity. LM \u2013 Ongoing.": a
# matters-arising log kept as lines: the earlier minute, the task, who owns it, and its state
_LOGGED = re.compile(
    r"^(?:\d{1,3}(?:\.\d{1,2}){0,2}\s+){0,2}(?P<task>[A-Z][^.]{3,200}?)\.\s+(?P<owner>[A-Z]{2,4}(?:\s*(?:/|&|,)\s*[A-Z]{2,4})*|ALL|All)"
    r"\s*[\u2013-]\s*(?P<status>\S.*)$"
)
_STILL_OPEN = re.compile(r"(?:on-?going|in\s+progress|outstanding|open|pending|carried\s+forward|not\s+yet\s+done)\b\.?\s*$", re.IGNORECASE)
_DONE_STATE = re.compile(r"(?:completed?|done|closed|actioned|finished)\b", re.IGNORECASE)
# a log's line with its number, the task, then how it stands in capitals and no owner
_STATE_IN_CAPITALS = re.compile(
    r"^(?:[-\u2022*]\s*)?\d{1,3}[/.]\d{1,3}\.?\s+(?P<task>[A-Z][^.]{3,200}?)\.\s+(?P<status>(?:COMPLETED?|DONE|CLOSED|ACTIONED|ON-?GOING|OUTSTANDING|NO\s+REPLY|CHASE|PENDING)\b[^a-z]{0,40})$"
)


# "3. Compile a list of local shops. Action \u2013 Mr Gray, Mrs Cole. Action ongoing \u2013 Dr Hale to draft it.": a log of the
# last meeting's actions kept in the minutes: the task, who owns it, how it stands, then what was said of it
_ACTION_ROW = re.compile(
    r"^(?:\d{1,3}\.\s*)?(?P<task>[A-Z][^.]{3,200}?)\.\s+Action\s*[\u2013\u2014:-]\s*(?P<owners>[A-Z][^.]{1,80}?)\.?\s+"
    r"Action\s+(?P<status>on-?going|outstanding|open|pending|in\s+progress|carried\s+forward|complete[d]?|closed|done|finished)\b[\s.,;:\u2013\u2014-]*(?P<rest>.*)$"
)


def action_row(paragraph: str) -> tuple[list[ActionCandidate], str] | None:
    """A logged action's task while it is still open ([task] or [] once closed) and the words said of it after its
    state, or None for a paragraph of any other shape."""
    row = _ACTION_ROW.match(paragraph.strip())
    # (the task in the imperative: never a topic over its doer's own task, "Bench. Action \u2013 Cllr Ray to obtain quotes. Action
    # outstanding", nor a report of work done, "Clerk wrote to the landowner. Action \u2013 Clerk. Action ongoing")
    # (a verb-like word opening a topic is no imperative: "Post office closure", "Order of service", "Survey results")
    if row is None or " to " in row.group("owners") or not re.match(rf"(?i:{_FIRM_VERBS}|consider|discuss)\b", row.group("task")) \
            or len(row.group("task").split()) < 4 or re.match(r"\S+\s+(?:of|results|costs|proceeds|boards|sale|office|repairs|closure|figures)\b", row.group("task")):
        return None
    if _DONE_STATE.match(row.group("status")):
        return [], row.group("rest")
    owners = tuple(o.strip() for o in _BETWEEN_NAMES.split(row.group("owners")) if o.strip())
    task = row.group("task").strip()
    return [_action("commitment", task, task, owners, (), source="minutes")], row.group("rest")


# "30/06/26-01-Secretary to send the feedback to the database.Open.", "08/09/26-05-Vice Chair to send the plan. Completed
# & Closed.": an action log's row under its code (the meeting's date and a serial), the task, then its state
CODED = r"(?:\d{1,2}/\d{1,2}/\d{2,4}|[A-Z]{1,4}\d{0,3}/\d{1,4})-\d{1,3}\s*[-\u2013:]\s*"  # an action log row's code
_CODED_ROW = re.compile(rf"^{CODED}(?P<row>[A-Z].{{8,}})$")


def _coded_row(paragraph: str) -> list[ActionCandidate] | None:
    found = _CODED_ROW.match(paragraph.strip())
    if found is None:
        return None
    pieces = [piece.strip() for piece in re.split(r"\.(?=[A-Z])|\.\s+", found.group("row")) if piece.strip()]
    if len(pieces) > 1 and _DONE_STATE.match(pieces[-1]):
        return []  # closed
    task = doer_line(pieces[0].rstrip("."))
    return [replace(task, kind="commitment", source="minutes")] if task is not None else None


def logged_task(paragraph: str) -> list[ActionCandidate] | None:
    """A matters-arising line's task while still open ([task]), none for a line closed ([]), or None
    for any other paragraph (one whose text after the dash is read as minutes)."""
    found = _LOGGED.match(paragraph.strip())
    stated = _STATE_IN_CAPITALS.match(paragraph.strip()) if found is None else None
    if stated is not None:
        # "36/07. Update Standing Orders. COMPLETED": closed; "36/14. Ask the district council .... NO REPLY \u2013 CHASE": open
        task = stated.group("task").strip()
        return [] if _DONE_STATE.match(stated.group("status")) else [_action("commitment", task, task, (), (), source="minutes")]
    if found is None:
        return _coded_row(paragraph)
    if _DONE_STATE.match(found.group("status")):
        return []
    if _STILL_OPEN.match(found.group("status")):
        task = found.group("task").strip()
        return [_action("commitment", task, task, (found.group("owner"),), (), source="minutes")]
    return None


# "ACTION: Clerk Notify the county of the vacancy. Ongoing", "ACTION: Clerk Update register on website Done 06/06",
# "Action \u2013 Clerk \u2013 contact the county's highways team":
# an action log's columns run together: who, the task in the imperative, and how it stands
_GIVEN = "|".join(sorted(GIVEN_NAMES))
_OWNER_THEN_TASK = re.compile(
    rf"^(?P<owner>(?:[Tt]he\s+)?(?:Clerk|CLERK|Chair(?:man|person)?|CHAIR(?:MAN)?|RFO|(?!TO\b|ALL\b)[A-Z]{{2,3}}|Cllrs?\.?\s+[A-Z][\w'\u2019-]+)"
    # ("Action: Elaine Marr (Sec) \u2013 Find out who saw it": a member by name and post, a dash, then the task)
    rf"|(?P<person>(?:{_GIVEN})\s+(?:[A-Z][a-z]*\.?\s+)?[A-Z][\w'\u2019-]+)(?:\s*\([^()]{{1,30}}\))?(?=\s+[\u2013\u2014-]\s))(?P<gap>\s+[\u2013\u2014-]\s+|\s+)(?P<verb>(?i:{_FIRM_VERBS})\b)(?P<tail>.{{3,300}})$"
)


def _owner_then_task(rest: str) -> ActionCandidate | None:
    """The task of an action line that names its owner and then gives the task, unless its state says done."""
    found = _OWNER_THEN_TASK.match(rest.strip())
    if found is None or not (found.group("verb")[:1].isupper() or found.group("gap").strip()):
        return None  # ("ACTION: Clerk – contact the county about the verge": a dash parts the owner from the task, in any case)
    tail = found.group("tail").strip()
    if re.search(r"\b(?:Done|Completed?|Closed|Actioned)\b[\s\d/.]*$", tail, re.IGNORECASE):
        return None  # closed: nothing left to do
    tail = re.sub(r"[\s.]*\b(?:On-?going|In\s+progress|Outstanding|Pending)\.?$", "", tail, flags=re.IGNORECASE).rstrip(" .;,")
    return _owner_action(found.group("person") or found.group("owner"), found.group("verb").lower(), tail)


def closed_after(sentences: list[str], position: int) -> bool:
    """ "Action: Clerk \u2013 contact the county. Done": a logged task whose next sentence says it is closed."""
    following = sentences[position + 1] if position + 1 < len(sentences) else ""
    return bool(re.fullmatch(r"(?i)\s*(?:done|completed?|closed|actioned|finished)\b[\s\d/.,-]*", following))


# "Clerk Action: to add the review to September's agenda": the doer before the label
DOER_ACTION = re.compile(r"^\s*(?P<who>(?:The\s+)?(?:Clerk|Chair(?:man|person)?|Secretary|Treasurer|(?:Cllr|Councillor)\.?\s+[A-Z][\w'-]+|[A-Z]{2,3}))\s+Actions?\s*:\s*to\s+(?=[a-z])")


# ", Cllr Abel to visit the site", ", Sue to ask who supplied the hall": a second doer's task after a comma
_NEXT_DOER = re.compile(
    r",\s+(?=(?:(?:Cllrs?\.?|Councillor|Mr|Mrs|Ms)\s+(?:[A-Z]\.?\s+)?[A-Z][\w'-]+|(?:the\s+)?[Cc]lerk|[A-Z][a-z]{2,12}|[A-Z]{2,3})\s+to\s+[a-z]+\b)"
    # (or after a dash, a councillor, the Clerk or initials: "Cllr Orme to chase the contractor \u2013 Clerk to also write to the county";
    # never a resident, "... \u2013 Mr Tanner to attend the next meeting")
    r"|\s[\u2013\u2014-]\s+(?=(?:(?:Cllrs?\.?|Councillor)\s+(?:[A-Z]\.?\s+)?[A-Z][\w'-]+|(?:the\s+)?[Cc]lerk|[A-Z]{2,3})\s+to\s+[a-z]+\b)"
)


# "The asset register to be checked and a fresh quote to be obtained": two things to be done, joined
_TWO_PASSIVES = re.compile(
    r"^(?P<first>[A-Z][^;,]{2,120}?\bto\s+be\s+(?:re-)?(?P<done>[a-z]{2,})\b[^;,]{0,80}?),?\s+and\s+"
    r"(?P<second>(?:an?|the|any|all|new|its|their)\s+[^;,]{2,80}?\bto\s+be\s+(?:re-)?(?P<then>[a-z]{2,})\b.*)$"
)


# (nor inside a doer's own task or a decision: "Clerk to write ... requesting the hedge to be cut and ...", "Members agreed the grass
# to be cut and ...")
_NOT_A_SUBJECT = re.compile(
    r"\b(?:for|whether|if|asked|due|failed|arrange[ds]?|necessary|felt|needs?|needed|want(?:s|ed)?|wish(?:es|ed)?|hoped?|expected|not|had|have|has|was"
    r"|were|is|are|would|will|should|requested|suggested|that|about|requesting|asking|agreed|decided|remind\w*|to\s+(?!be\b)[a-z]+)\b", re.IGNORECASE)


# "PT to add the bench survey to his list; he will contact Cllr Dunn for the old one": the same doer's second task
_SAME_DOER_NEXT = re.compile(r"^(?P<first>[^;]{8,}?);\s+(?:and\s+)?(?:he|she)\s+(?:will|would|is\s+to)\s+(?:also\s+)?(?!be\b|not\b|have\b)(?P<rest>[a-z].*)$")


# "The Chair to ask him to quote and the item to be on the next agenda": a doer's task, then the item put on an agenda (a task of
# its own, as "to be put on")
_AGENDA_TOO = re.compile(
    r"^(?P<first>[A-Z].{8,}?)\s+and\s+(?P<second>(?:the|this)\s+(?:item|matter|issue|subject|topic)\s+to\s+be\s+(?:(?:put|placed|added|included)\s+)?(?:on|to)"
    r"\s+(?:the\s+)?(?:next|following)\s+(?:meeting(?:'s)?\s+)?agenda\b.*)$"
)  # (a month's agenda stays with the task before it, its due the month's: "Cllr Moss to speak to the farmer and the matter to be on the June agenda")


def doer_parts(sentence: str, doer: re.Pattern) -> list[str]:
    """ "Clerk to write to the school, Cllr Abel to visit the site": one sentence, two doers' tasks, read apart (and
    two things to be done: "The hedge to be cut and the bins to be emptied")."""
    sentence = re.sub(r"^((?:[Tt]he|[Tt]his)\s+(?:item|matter|issue|subject|topic)\s+to\s+be)\s+(?=on\s+(?:the\s+)?(?:next|following|[A-Z][a-z]+)\s+(?:meeting(?:'s)?\s+)?agenda\b)",
                      r"\1 put ", sentence)  # "The item to be on the next agenda": put there
    agenda = _AGENDA_TOO.match(sentence)
    if agenda and doer.match(agenda.group("first")):
        return [*doer_parts(agenda.group("first"), doer), *doer_parts(agenda.group("second")[:1].upper() + agenda.group("second")[1:], doer)]
    passives = _TWO_PASSIVES.match(sentence)
    # (the sentence's own subject, never a wish, a question or a report: "It was not felt necessary for the grass to be cut and
    # ...", "Cllr Tate asked whether the verge was due to be cut and ...", "Clerk to arrange for the hedge to be cut and ...")
    # (nor where the last names a time or a doer both share: "... and the fence to be painted by the end of June")
    if passives and {passives.group("done"), passives.group("then")} <= _PP_BASE.keys() and not _NOT_A_SUBJECT.search(
            passives.group("first")[: passives.start("done")]) and not re.search(r"\b(?:by|both|before|within|until|in|at)\b", passives.group("second")):
        return [passives.group("first"), *doer_parts(passives.group("second")[:1].upper() + passives.group("second")[1:], doer)]
    same = _SAME_DOER_NEXT.match(sentence) if "owner" in doer.groupindex else None
    owner = doer.match(same.group("first")) if same else None
    if owner is not None:
        return [*doer_parts(same.group("first"), doer), f"{owner.group('owner')} to {same.group('rest')}"]
    if not doer.match(sentence) or not _NEXT_DOER.search(sentence):
        return [sentence]
    parts = _NEXT_DOER.split(sentence)
    if len(parts) == 2 and apposed_body(parts[0], parts[1]):
        return [sentence]  # "Clerk to contact Mr Ian Sim, PCC to ask if ...": the body he is of, then why he is contacted
    return parts if all(doer.match(part) for part in parts) else [sentence]


# someone contacted by title and name, the body they are of to follow: "contact Mrs Ann Dee(, PCC to ask ...)"
_APPOSED_BODY = re.compile(r"\b(?:contact|write\s+to|e-?mail|phone|ring|speak\s+to|approach)\s+(?:Mrs?|Ms|Miss|Dr|Revd|Rev)\.?\s+(?:[A-Z][\w'\u2019-]*\s+){0,2}[A-Z][\w'\u2019-]+$")


def apposed_body(before: str, after: str) -> bool:
    """Whether "PCC to ask ..." after "contact Mr Ian Sim," names the body he is of and why he is contacted, no doer of its own."""
    return bool(_APPOSED_BODY.search(before.rstrip(" ,"))) and re.match(r"[A-Z]{2,4}\s+to\s+(?:ask|enquire|find\s+out|see|check)\b", after.strip()) is not None


# "... Cllr Nokes seconded, and all were in favour, Clerk to purchase.": a doer's task after the vote
_DOER_AFTER_VOTE = re.compile(
    r"\b(?:seconded|in\s+favour|agreed|carried)\b[^.;]{0,40}?[,;.]\s+(?P<task>(?:[Tt]he\s+)?(?:Clerk|Chair(?:man|person)?|RFO|(?:Cllr|Councillor)\.?\s+[A-Z][\w'\u2019-]+|[A-Z]{2,3})\s+to\s+[a-z].*)$"
)
# "Agreed that the whole path needs resurfacing, the Clerk to contact the County Council.": a doer's errand after the decision
_DOER_AFTER_COMMA = re.compile(
    rf"[,;]\s+(?P<task>(?:[Tt]he\s+)?(?:Clerk|Chair(?:man|person)?|RFO|(?:Cllr|Councillor)\.?\s+[A-Z][\w'\u2019-]+)\s+to\s+(?:{_FIRM_VERBS})\b[^;]*)$"
)
# "... that the bench be moved to the churchyard; Cllr Moss to arrange.": who sees to the decision's task
_DOER_TO_ACT = re.compile(
    r"[;.,]\s+(?P<who>(?:[Tt]he\s+)?(?:Clerk|Chair(?:man|person)?|RFO)|(?:Cllr|Councillor)\.?\s+[A-Z][\w'\u2019-]+|[A-Z]{2,3})\s+to\s+"
    r"(?:arrange|organi[sz]e|action|progress|deal\s+with|see\s+to|purchase|order|buy|book|pay|do)(?:\s+(?:this|it|that|them))?\s*\.?\s*$"
)


def doer_after(text: str, found: list[ActionCandidate], commitment: Callable[[str, str | None], ActionCandidate | None]) -> list[ActionCandidate]:
    """A decision's tasks with the doer named after it: the task after the vote where the decision gave none, or the
    owner of tasks that had none."""
    if not found:
        vote = _DOER_AFTER_VOTE.search(text) or _DOER_AFTER_COMMA.search(text)
        return [replace(action, source="resolution") for action in (commitment(vote.group("task"), None),) if action is not None] if vote else []
    trailing = _DOER_TO_ACT.search(text)
    if trailing and not any(action.owners for action in found):
        return [replace(action, owners=(trailing.group("who"),)) for action in found]
    return found


# (a firm verb done again, "Clerk to recontact ..."; a role taken on, "Ivy Lund to become a second bank signatory")
# (a title's full stop stays in the name: "Cllr. Adams to collate ...")
INFINITIVE_DOER = re.compile(rf"^(?P<owner>[A-Z](?:[^.;:]|{TITLE_STOP}|(?<=\b[A-Z])\.){{1,80}}?)\s+to\s+(?:also\s+|then\s+)?(?P<verb>(?:re-?)?(?:{_FIRM_VERBS})|{_BECOME_ROLE})\b", re.IGNORECASE)


def marked_doer(rest: str) -> ActionCandidate | None:
    """The task of what an "Action:" label marks, whoever stands before "to" its owner ("Gweithredu: Clerc i gael dyfynbris")."""
    # (several doers' tasks, "Clerk to obtain quotes, Cllr Bell to inspect the fence", are read one by one)
    return None if _several_tasks(rest) or len(doer_parts(rest, INFINITIVE_DOER)) > 1 else (doer_line(rest) or doer_task(rest))


def _several_tasks(rest: str) -> bool:
    """ "Action: Clerk to order the ladder. Clerk to write to the donors. DD to make the fence safe.": each sentence a
    doer's task of its own (never with a sentence that is not one: "... By next meeting.", "Both to report back ...")."""
    parts = _sentences(rest)
    return len(parts) >= 2 and all(
        (doing := INFINITIVE_DOER.match(part)) and (_looks_like_doer(doing.group("owner")) or re.fullmatch(r"[A-Z]{2,3}", doing.group("owner")))
        for part in parts
    )


def own_point(point: str, task: str) -> bool:  # (never the task's own subject again: "the bench by the pond needs a seat")
    return bool(_OWN_POINT.match(point)) and len(set(re.findall(r"[a-z]{4,}", point.lower())) & set(re.findall(r"[a-z]{4,}", task.lower()))) < 2


# "New lights at the plant are shining into drivers' eyes at the junction. (Act Clerk)": a point of its own before the tag, a
# thing's trouble going on now or its need, in eight words or more, never a remark ("This is urgent.", "A resident fell there")
_OWN_POINT = re.compile(r"^(?!(?:This|That|It|These|Those|They|He|She|There|Members|Councillors|Cllrs?|Residents|The\s+(?:Clerk|Chair\w*|landowner|owner))\b)"
                        r"(?!.*\b(?:was|were|had|has|have|whether|if|agreed|asked)\b)[A-Z](?=(?:\S*\s+){7,}\S).*\b(?:(?:is|are)\s+(?:still\s+|now\s+)?"
                        r"(?:shining|leaking|blocking|flooding|overhanging|dazzling|obstructing|interfering|damaging|collapsing|rotting|spreading)"
                        r"|needs?\s+(?!to\b)(?:an?\s+|new\s+|urgent\s+)?[a-z]+)\b")


# "Action - VM to action as follows;" over a bullet per errand: each bullet is the doer's errand
_AS_FOLLOWS = re.compile(
    rf"(?:^|(?<=[.;:\u2013-])\s*|^Actions?\s*[:\u2013-]\s*)(?P<owner>{DOER_HEAD}(?:\s*(?:,|&|/|and)\s*{DOER_HEAD})*)\s+(?:is\s+)?to"
    r"(?:\s+(?:action|do|carry\s+out|undertake|deal\s+with)\s+(?:(?:the|these)\s+(?:tasks?|actions?|items?)\s+)?(?:as\s+follows|the\s+following(?:\s+(?:tasks?|actions?))?)\s*[:;,\u2013-]*|\s*:)\s*"
)  # (or the doer alone, "Cllr Vine to:" over "a. Sign the declaration", "b. Return the form")
_LIST_LINE = re.compile(r"^\s*(?:[-*\u2022\uf0b7]|[a-h][.)])\s+(?P<verb>[A-Z][a-z]+(?:\s+up)?)\b(?P<rest>.*)$")
_LISTED_VERBS = re.compile(rf"(?:{_FIRM_VERBS}|thank|follow\s+up|ensure|finalise|finalize)$", re.IGNORECASE)


def spelled_out_lists(markdown: str) -> str:
    """ "VM to action as follows;" over "- Instruct an electrician ..." and "- Invite the parishes ..." (or with Word's symbol
    bullets in the line itself): each errand written as the doer's own ("VM to instruct an electrician ..."), the line that
    announced them left out where at least one bullet is an errand; a bullet that is none ("- Thanks to all") stays as it is."""
    if "follow" not in markdown and "to:" not in markdown:
        return markdown
    # (a list's bullets may stand a line each in one paragraph: each a paragraph of its own here)
    # (and under the line that announces them, "Cllr Vine to:" over "- Sign the declaration")
    blocks = [line for block in markdown.split("\n\n") for line in (block.split("\n") if all(_LIST_LINE.match(l) or re.match(r"^\s*[-*\u2022]\s", l) or not at and _AS_FOLLOWS.search(l.strip() + " ")
                                                                                              for at, l in enumerate(block.strip().split("\n"))) else [block])]
    paragraphs = [part for paragraph in blocks for part in _inline_list(paragraph)]
    out: list[str] = []
    owner: str | None = None
    announcing = -1  # where the announcing paragraph stands in `out`, while no errand has been taken from its list
    for paragraph in paragraphs:
        line = _LIST_LINE.match(paragraph) if owner and "\n" not in paragraph.strip() else None
        if line:
            if _LISTED_VERBS.match(line.group("verb")):
                if announcing >= 0:
                    out[announcing], announcing = _without_announcement(out[announcing]), -1
                out.append(f"{owner} to {line.group('verb').lower()}{line.group('rest')}")
            else:
                out.append(paragraph)
            continue
        owner, announcing = None, -1
        announced = _AS_FOLLOWS.search(paragraph.strip())
        if announced and announced.end() >= len(paragraph.strip()) - 1:
            owner, announcing = announced.group("owner"), len(out)
        out.append(paragraph)
    return "\n\n".join(part for part in out if part.strip())


def _inline_list(paragraph: str) -> list[str]:
    """A paragraph whose announcing line runs into Word symbol bullets ("... as follows;  Instruct ...  Invite ..."): the
    announcement, then a bullet a paragraph."""
    lettered = re.split(r"\s+(?=[a-h][.)]\s+[A-Z])", paragraph.strip())
    if len(lettered) >= 3 and [part[0] for part in lettered[1:]] == list("abcdefgh"[: len(lettered) - 1]):
        # ("Cllr Vine to: a. Sign the declaration. b. Return the form.": lettered points run on in one line)
        announced = _AS_FOLLOWS.search(lettered[0] + " ")
        return [lettered[0], *lettered[1:]] if announced and announced.end() >= len(lettered[0]) else [paragraph]
    if "\uf0b7" not in paragraph:
        # (or with the symbols lost, two spaces or more before each: "... as follows;  Instruct a joiner ...  Invite the schools ...")
        head, *bullets = re.split(r"[ \t]{2,}(?=[A-Z])", paragraph.strip())
        announced = _AS_FOLLOWS.search(head + " ") if len(bullets) >= 2 else None
        if announced is None or announced.end() < len(head):
            return [paragraph]
        return [head] + [f"- {bullet.strip()}" for bullet in bullets]
    if not _AS_FOLLOWS.search(paragraph.split("\uf0b7", 1)[0].strip() + " "):
        return [paragraph]
    head, *bullets = paragraph.split("\uf0b7")
    return [head.strip()] + [f"- {bullet.strip()}" for bullet in bullets if bullet.strip()]


def _without_announcement(paragraph: str) -> str:
    """The paragraph without the words that announced a list (what came before them stays, less the label that opened them)."""
    announced = _AS_FOLLOWS.search(paragraph.strip())
    kept = paragraph.strip()[: announced.start()].rstrip(" \u2013-") if announced else paragraph
    return re.sub(r"\s*\bActions?\s*$", "", kept).rstrip(" \u2013-")


def ordered_bullet(paragraph: str) -> ActionCandidate | None:
    """ "- Invite the warden to speak at the October mtg": a bullet told as an order, with the meeting it is for (a bare
    order with no time is a note of what was said, "- Ask about the hedge")."""
    text = paragraph.strip().rstrip(" .;")
    due = parse_due(text) if re.match(rf"(?i:{ORDER_VERBS}){ORDER_OBJECT}", text) and not re.search(r"[.;:]\s", text) else None
    if due is None or due.kind not in ("meeting_month", "next_meeting") or re.search(ORDER_STATUS, text[: text.find(due.words)]):
        return None
    return _action("commitment", text, due.words, (), (), source="minutes")


# a bullet of a Note / Action table that ends with who owns it: "Letter of thanks to the highways gang PV", "Raise the ford
# with the county AM/SP" (never an acronym a word like "the" or "with" leads to: "Meeting with the NHS")
_OWNED_BULLET = re.compile(
    r"^(?P<task>[A-Z][^.;:]{8,200}?\s(?!(?i:the|a|an|with|from|of|to|by|and|at|for|on|in|or)\s)[\w'\u2019)-]+)\s+"
    r"(?P<owners>(?!(?:PC|CC|TC|DC|BC|AOB|TBC|VAS|SID|CIL|AGM|EGM|APM|NDP|TPO|HGV|EV|LED|ROW|VAT|MP|WI|PTA|BT|TV|IT|NHS|PCC|SLCC|CPRE|AM|PM|OK|II|III|IV|VI|VII|IX|XI)\b)"
    r"[A-Z]{2,3}(?:\s*/\s*[A-Z]{2,3}){0,3})\s*\.?$"
)


# a point that ends in its owners' initials after a dash: "3. Chase the bus shelter repair \u2013 Cllr AB/CD", "Tokens of thanks \u2013 EF"
DASHED_OWNERS = re.compile(r"^(?:\d{1,2}[.)]\s+)?(?P<task>[A-Z][^;:]{8,200}?[\w'\u2019)])\s+[\u2013\u2014-]\s*(?:Cllrs?\.?\s+)?(?P<owners>[A-Z]{2,3}(?:\s*/\s*[A-Z]{2,3}){0,3})\s*\.?$")


_NOT_OWNERS = {"PC", "CC", "TC", "DCC", "BC", "AOB", "TBC", "VAS", "SID", "CIL", "AGM", "EGM", "APM", "NDP", "TPO", "HGV", "VAT", "MP", "WI", "PTA", "BT", "TV", "IT", "NHS", "PCC", "LED", "ROW"}


def owned_bullet(paragraph: str, dashed: bool = False) -> ActionCandidate | None:
    """ "- Ask about the broken kerb on Mill Lane AM": a list's task and, last, its owner's initials (nothing told as done).
    In a list whose points mostly end so after a dash (`dashed`), "Tokens of thanks \u2013 EF" is EF's task too."""
    found = (DASHED_OWNERS.match(paragraph.strip()) if dashed else None) or _OWNED_BULLET.match(paragraph.strip())
    order = re.sub(r"^\d{1,2}[.)]\s+", "", paragraph.strip()).rstrip(" .")
    if found is None and dashed and re.match(rf"(?:{ORDER_VERBS}|{MORE_ORDER_VERBS})\s", order, re.IGNORECASE) and not re.search(ORDER_STATUS, order):
        return _action("commitment", order, order, (), (), source="minutes")  # ("1. Price new benches and ask the joiner for a quote.", no owner)
    if found is None:
        return None
    task = found.group("task")
    # ("Bus shelter glass replaced JB": work told as done, unless the bullet is an order, "To place the plans ... once Cllrs notified SP")
    done = re.search(r"\s[a-z]+ed$", task) and not re.match(r"To\s+[a-z]|(?i:ask|check|contact|chase|write|send|order|arrange|get|find|book|place)\s", task)
    # (nor a heading over its "Action KL" line: "c) Allotment hedge \u2013 Action KL")
    if done or re.search(r"(?i)\b(?:has|have|had|was|were)\s+been\b|\b(?:done|completed?|closed|actions?)\b|\s[\u2013\u2014-]\s", task) or found.group("owners") in _NOT_OWNERS:
        return None
    owners = tuple(owner.strip() for owner in found.group("owners").split("/"))
    return _action("commitment", task, task, owners, (), source="minutes")


def an_order(rest: str) -> bool:
    """ "Contact the street team about a sweep.", "Review at next meeting": a task told as an order, never a status ("Order placed")
    nor a name or a team that owns the task above ("Chase Morley", "Survey Team")."""
    named = re.fullmatch(r"[A-Z][a-z]+\s+[A-Z][\w'-]+\.?", rest.strip())
    return bool(re.match(rf"(?i:{ORDER_VERBS}){ORDER_OBJECT}", rest) or not named and re.match(rf"(?i:{MORE_ORDER_VERBS}){ORDER_OBJECT}", rest)) \
        and not re.search(ORDER_STATUS, rest)


def with_its_due(rest: str) -> str:
    """ "Clerk to order the ladder. Cllr Birch to inspect the store. By next meeting.": each doer's task with the due after."""
    parts = _sentences(rest)
    due = parts[-1].rstrip(" .") if len(parts) >= 3 and not INFINITIVE_DOER.match(parts[-1]) and len(parts[-1].split()) <= 6 and parse_due(parts[-1]) else ""
    return " ".join(f"{part.rstrip(' .')} {due[:1].lower()}{due[1:]}." for part in parts[:-1]) if due else rest


# "... to be circulated. ACTION: AF [Note: BN has ordered the cards]": a note the minute-taker set after the tag, no part of it
_NOTE_AFTER_TAG = re.compile(r"(?<=\b(?i:action)\b)(?P<tag>[:\s\u2013-]+[A-Z][\w.&/ ,]{0,40}?)\s*\\?\[(?i:note|nb|n\.b\.)\s*[:.\u2013-][^\]\n]{0,300}?\\?\]")  # (markdown writes "\[Note: ...\]")


def without_tag_note(text: str) -> str:
    """The text with a bracketed "[Note: ...]" after an "ACTION: AF" tag dropped, so the tag ends its line."""
    return _NOTE_AFTER_TAG.sub(r"\g<tag>", text) if "[" in text else text
