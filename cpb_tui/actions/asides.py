"""Undertakings said sideways: a task handed on mid-sentence ("welcomed the talk and CP to send
a poster"), a doer named after the thing ("the survey, which Jo Bell would circulate"), an
action log's shorthand ("A letter to be sent to the MP"), and agreeing with a suggestion
("agreed with the suggestion to hold a workshop")."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from cpb_tui.actions.clauses import ActionCandidate, _action, _owner_action, _passive
from cpb_tui.actions.due import parse_due
from cpb_tui.actions.doers import TOLD_OF_A_BODY, TOLD_OF_A_THING
from cpb_tui.actions.phrases import (
    _ACRONYMS,
    _FIRM_VERBS,
    _HEDGED,
    _NOTING,
    _base,
    _looks_like_doer,
    _lower_first,
    _recipients,
    _upper_first,
)


def _minutes(action: ActionCandidate | None) -> ActionCandidate | None:
    return None if action is None else replace(action, kind="commitment", source="minutes")


_AGREED_SUGGESTION = re.compile(
    r"\b(?:agreed|accepted|supported)\s+(?:with\s+)?(?:the|a|this)\s+(?:[\w-]+\s+)?(?:suggestion|proposal|request|recommendation)\s+"
    r"(?:to\s+(?P<verb>[a-z]+)\b(?P<tail>[^.;]*)|that\s+(?P<clause>[^.;]+))",
    re.IGNORECASE,
)


# "It was suggested that the Clerk seek two estimates", "Members suggested that Cllr Hale write to ...": a parish meeting's
# way of settling who does what (never a speaker's own idea, "Cllr Pym suggested ...", nor one hedged: "might", "could")
_SUGGESTED_DOER = re.compile(
    r"^(?:(?:After\s+(?:some\s+)?discussion|Following\s+discussion),?\s+)?(?:[Ii]t\s+was\s+(?:also\s+|further\s+|then\s+)?suggested|(?:Members|Councillors|The\s+meeting)\s+suggested)"
    r"\s+that\s+(?P<owner>(?:the\s+)?(?:Clerk|Chair(?:man|person)?|Secretary|Treasurer|RFO)|(?:Cllr\.?|Councillor)\s+[A-Z][\w'\u2019-]+)"
    rf"\s+(?:should\s+)?(?P<verb>{_FIRM_VERBS})\b(?P<tail>[^.;]*)\.?\s*$"
)


def suggested_task(sentence: str) -> ActionCandidate | None:
    """ "It was suggested that the Clerk seek two estimates for the next meeting": the named doer's task."""
    found = _SUGGESTED_DOER.match(sentence.strip())
    # (nor one turned down or already done: "... but members decided against this", "however Cllr Irwin had already done so")
    if found is None or _HEDGED.search(sentence) or re.search(r"\b(?:might|could|perhaps|possibly|may|however|but|although|though|already|declined|against)\b", sentence):
        return None
    return _minutes(_owner_action(found.group("owner"), found.group("verb"), found.group("tail").strip()))


def agreed_suggestion(sentence: str, agreed_clause: Callable[[str], ActionCandidate | None]) -> ActionCandidate | None:
    """ "the Committee agreed with the suggestion to hold an All Member Workshop early in 2020"."""
    suggested = _AGREED_SUGGESTION.search(sentence)
    if suggested is None or _HEDGED.search(sentence):
        return None
    if suggested.group("clause"):
        return agreed_clause(suggested.group("clause"))
    if re.fullmatch(_NOTING, suggested.group("verb"), re.IGNORECASE):
        return None
    phrase = f"{_base(suggested.group('verb'))} {suggested.group('tail').strip()}".strip()
    return _action("commitment", phrase, phrase, (), _recipients(phrase), source="minutes")


_AND_DOER_TO = re.compile(rf"(?:\band|;|,)\s+(?P<owner>[A-Z]{{2,4}}|(?:the\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){{0,3}})\s+to\s+(?P<verb>{_FIRM_VERBS})\b(?P<tail>[^.;]*)")


def handed_on(sentence: str) -> ActionCandidate | None:
    """ "The Parish Council welcomed the talk and CP to send a poster": a task handed on mid-sentence."""
    joined = _AND_DOER_TO.search(sentence)
    if joined is None or not (_looks_like_doer(joined.group("owner")) or re.fullmatch(r"[A-Z]{2,4}", joined.group("owner"))):
        return None
    if re.search(r"\b(?:AGREED|RESOLVED|NOTED|DECIDED)\b", joined.group("owner")):
        return None  # "; the Committee AGREED to confirm ...": a decision, read as one
    if joined.group(0).startswith(",") and not re.fullmatch(r"(?:the\s+)?(?:Clerk|Chair(?:man|person)?|[Oo]fficers?|[A-Z]{2,3})", joined.group("owner")):
        return None  # "Jo Hyde, Service Director, to update the panel" names a speaker; "..., Clerk to write" is a task
    if re.search(r"\b(?:with|between|from|to|by|at|of)\s+(?:the\s+)?[A-Z][\w'-]*\s*$", sentence[: joined.start()]):
        return None  # "would liaise with the Chair and Vice-Chair to bring ...", "met an officer at Ashby and Moreton Council to review ...": one name
    if re.search(r"\b(?:with|between|from|to|by)\s+the\s+(?:[A-Z][\w'-]*\s+){1,2}[A-Z][\w'-]*\s*$", sentence[: joined.start()]) \
            and re.fullmatch(r"(?:[A-Z][\w'-]*\s+){0,2}(?:Officer|Manager|Director|Lead|Co-?ordinator|Adviser|Advisor)", joined.group("owner")):
        return None  # "to book in with the Members IT and Training Officer to complete ...": one post's name
    return _minutes(_owner_action(joined.group("owner"), joined.group("verb"), joined.group("tail").strip()))


# A verb before "to be" means a sentence, not an action log's shorthand: "the Chairman outlined
# the procedure to be followed", "the meeting was due to be held"
_FINITE = re.compile(
    r"\b(?:was|were|is|are|had|has|have|been|did|gave|said|would|will|could|should|which|that|who|under|when|if|needs?|needed|needing"
    r"|went|came|took|ran|read\s+(?:out|through)|spoke|wrote)\b"  # ("The Chair went through the payments to be made"; never "made", "sent": participles too)
    r"|(?<=\s)(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?-i:[a-z]{3,}ed)\b",  # not the first word, nor a name ("Japanese Knotweed"): "Approved minutes to be posted"
    re.IGNORECASE,
)


# An action label inside a paragraph, before its owner: "... closes this month. ACTION RB to apply ..."
ACTION_MARK = re.compile(r"^\s*(?:(?i:actions?)\s*[:;\u2013]|(?-i:ACTIONS?)\s+(?=[A-Z]{2,4}\s))\s*(?=[A-Z]{2,4}\b|(?:The\s+)?Clerk\b|[A-Z][\w&.'-]*(?:\s+[A-Z&][\w&.'-]*){0,3}\s+to\s+[a-z])")

# "Councillor Nelson agreed to do so": said, and done, at the meeting; nothing to carry
DONE_SO = re.compile(r"\bto\s+do\s+(?:so|this|that|it)\s*$", re.IGNORECASE)

# "councilor", as some parish minutes spell it
_COUNCILOR = re.compile(r"\b([Cc]ounci)l(ors?)\b")


# "The Council AGREED to purchase ...": a decision word some clerks write in capitals inside a sentence
_DECIDED_IN_CAPITALS = re.compile(r"(?<=[a-z]\s)(AGREED)(?=\s+(?:to|that|not)\b)")


# "... available to the Council.IK undertook to confirm ...": a full stop whose space a PDF lost, before who acts
_GLUED_STOP = re.compile(r"(?<=[a-z]{3}\.)(?=(?:[A-Z]{2,3}|The|He|She|They|It|Cllr|Councillor|Clerk)\s+(?:undertook|agreed|will|would|to|asked|said|offered|was|were)\b)")


# "The clerk: to obtain two more quotes.": who acts, a colon, then the task
_DOER_COLON = re.compile(
    r"(?m)(?:^|(?<=[.;]\s))((?:The\s+)?(?:[Cc]lerk|[Cc]hair(?:man)?|[Ss]ecretary|[Tt]reasurer)|(?!(?:NB|AGM|EGM|AOB|PS|FYI)\b)[A-Z]{2,3})\s*:\s+(?=to\s+(?!be\b)[a-z])"
)  # (never a label: "NB: to be reviewed annually", "AGM: to be held on 5 May")


# "P.Copland and T.Hughes to arrange ...": an initial whose space before the surname was lost
_GLUED_INITIAL = re.compile(r"(?<![\w.])([A-Z])\.(?=[A-Z][a-z]{2,})")
# "Cllr Tovey kindly offered to ...": a member's offer, the kindness aside (an outside body's kind offer is its gift)
_KIND_MEMBER = re.compile(r"\b((?:Cllr|Councillor)\.?\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)\s+(?:kindly|generously)\s+(?=(?:offered|agreed|volunteered)\b)")
# "The Clerk was asked toacquire a key": a space a Word export lost between "to" and an errand's verb
_GLUED_TO = re.compile(
    r"(?<![\w'\u2019-])([Tt]o)(?=(?:acquire|arrange|ask|book|buy|chase|check|circulate|contact|draft|email|forward|inform|install|investigate"
    r"|obtain|order|organi[sz]e|prepare|purchase|repair|replace|report|send|speak|update|write)\b)"
)


def usual_spelling(text: str) -> str:
    """The text with words some councils spell their own way written the usual way, so one rule reads both."""
    text = _DOER_COLON.sub(r"\1 ", _GLUED_STOP.sub(" ", _GLUED_INITIAL.sub(r"\1. ", _GLUED_TO.sub(r"\1 ", _KIND_MEMBER.sub(r"\1 ", text)))))
    text = re.sub(r"\b([Pp])ersu(?=(?:e|es|ed|ing)\b)", r"\1ursu", text) if "ersu" in text else text  # "The Chair is persuing this request"
    text = _CLERK_TO_THE_COUNCIL.sub("Clerk", text)  # "the Clerk to the Council would investigate": the Clerk, by the post's full name
    text = _IN_AGREEMENT.sub(r"\1 agreed ", text)  # "Members were in agreement to fund the bench": they agreed to
    text = _PRESENT_MOTION.sub(lambda found: f"{found.group(1)} {'proposed' if found.group(2) == 'proposes' else 'seconded'}", text)  # "JM proposes ..., AB seconds."
    text = _ASIDE_AFTER_WILL.sub(r"\1 ", text)  # "Cllr Ames will, however, contact the school": the aside goes
    text = _WILL_SEE_TO_IT.sub(r"\1 to ", text)  # "SM will take this forward": as "SM to take this forward"
    text = _TAKE_RESPONSIBILITY.sub(lambda found: gerund_base(found.group(1)) or found.group(0), text)  # "take responsibility for contacting ...": contact
    text = _DO_RESEARCH.sub(r"\1 research", text)
    text = _LEAD_CLAUSE_UNMARKED.sub(r"\1, ", text)  # "As soon as there is news the Clerk will ...": the clause's comma lost  # "Decided to do some research on the mill's history": to research it
    return _DECIDED_IN_CAPITALS.sub(lambda found: found.group(1).lower(), _COUNCILOR.sub(r"\1ll\2", text))


# a motion minuted in the present, "JM proposes that the grass be cut monthly, Iain Dow seconds.": as the past reads
_PRESENT_MOTION = re.compile(r"\b([A-Z]{2,3}|[A-Z][a-z]+)\s+(proposes(?=\s+(?:that\b|[A-Z]))|seconds(?=\s*(?:[.;,)]|$)))")
_IN_AGREEMENT = re.compile(r"\b(Members|members|Council|Councillors|councillors|Cllrs|Committee|Board|Panel)\s+(?:was|were)\s+(?:all\s+|unanimously\s+)?in\s+(?:full\s+)?agreement\s+(?=to\s+[a-z]|that\s)")
_TAKE_RESPONSIBILITY = re.compile(r"(?<=\s)(?:take|takes)\s+(?:the\s+)?(?:lead|responsibility)\s+(?:for|on|in)\s+([a-z]{3,}ing)\b")
_LEAD_CLAUSE_UNMARKED = re.compile(r"(?:^|(?<=[.!?]\s))((?:As\s+soon\s+as|Once|When|Until)\s(?![^,;.]{0,60}\basked\s+(?:whether|if)\b)[^,;.]{3,80}?)\s+(?=(?:the\s+)?(?:Clerk|Chair(?:man|person)?)\s+(?:will|would)\s)", re.MULTILINE)
_DO_RESEARCH = re.compile(r"\b(to|will|would)\s+(?:do|carry\s+out|undertake)\s+(?:some\s+|further\s+|more\s+)?research\s+(?:on|into)\b")
_ASIDE_AFTER_WILL = re.compile(
    r"\b(will|would|agreed\s+to|is\s+to|are\s+to)\s*,\s*(?:however|therefore|in\s+the\s+meantime|meanwhile|in\s+addition|of\s+course|once\s+again)\s*,\s*(?=[a-z])"
)
_WILL_SEE_TO_IT = re.compile(
    r"(?<![\w,] )\b((?:The\s+)?(?:Clerk|Chair(?:man|person)?|(?:Cllr|Councillor)\.?\s+[A-Z][\w'\u2019-]+|[A-Z]{2,3}))\s+will\s+"
    r"(?=(?:take\s+(?:this|it|that|the\s+matter)\s+forward|follow\s+(?:this|it|that)\s+up|action\s+(?:this|it|that)|progress\s+(?:this|it|that))\s*(?:[.;]|$))",
    re.MULTILINE,
)
_CLERK_TO_THE_COUNCIL = re.compile(r"\bClerk\s+to\s+the\s+(?:Parish\s+|Town\s+|Community\s+)?Council\b(?=\s+(?:would|will|is\s+to|to|was|had|has)\s)|\b(?i:clerk)\s+to\s+(?i:council)\b(?=\s+(?!(?:and|or|of|for|in|on|at|as|meeting|minutes|office|be)\b)[a-z]{3,}\s)")


# "This will be an agenda item for the next meeting", "The footpath would be on the agenda at the March meeting"
_AGENDA_ITEM = re.compile(
    r"^(?P<what>this|it|these|they|the\s+(?:[\w'\u2019-]+\s+){0,4}?(?:matter|item|issue|request|proposal|question|report|letter)(?:\s+(?:of|from|about|regarding|for)\s+[^.;,]{2,60}?)?"
    # ("The absence of the Councillors will be on the next agenda": any matter named with its "of")
    r"|the\s+[\w'\u2019-]+\s+of\s+[^.;,]{2,60}?)\s+(?:will|would|is\s+to|are\s+to)\s+be\s+"
    r"(?:(?:an?\s+)?agenda\s+items?|(?:placed\s+|put\s+)?on\s+(?:the\s+)?(?:next\s+)?agenda)\s*"
    r"(?P<when>(?:for|at)\s+(?:the\s+)?(?:next|[A-Z][a-z]+(?:\s+\d{4})?)\s+(?:\w+\s+)?(?:meeting|[Cc]ouncil|[Cc]ommittee))?"
    r"(?:\s*for\s+(?:discussion|consideration|a\s+decision|debate))?\.?$",
    re.IGNORECASE,
)


_FURTHER_DISCUSSION = re.compile(
    r"^(?:(?P<what>[A-Z][^.:;\u2013\u2014]{1,60}?)\s*[\u2013\u2014:-]\s*)?(?i:further\s+discussion|to\s+be\s+discussed(?:\s+further)?)\s+"
    r"(?P<when>(?:in|at)\s+(?:the\s+)?(?:next\s+meeting|[A-Z][a-z]+(?:\s+\d{4})?(?:\s+meeting)?))\.?$"
)


# "... to be arranged – AS & TD", "Quotes to be obtained - Clerk": who is to do it, after a dash at the shorthand's end
_DOER_TAG = r"(?:(?!TBC|TBA|TBD|N/A)[A-Z]{2,3}|(?:the\s+)?(?:Clerk|Chair(?:man|person)?|Secretary|Treasurer)|(?:Cllr|Councillor)\.?\s+[A-Z][\w'\u2019-]+)"
_DASHED_DOERS = re.compile(rf"\s+[\u2013\u2014-]\s+(?P<doers>{_DOER_TAG}(?:\s*(?:,|&|/|\band\b)\s*{_DOER_TAG}){{0,3}})\s*\.?\s*$")


def shorthand(sentence: str) -> ActionCandidate | None:
    """An action log's shorthand: "A letter to be sent to the MP", "Update to be brought to next meeting"; with its
    doers after a dash, "A tidy-up to be arranged – AS & TD", theirs."""
    tag = _DASHED_DOERS.search(sentence) if "to be" in sentence else None
    if tag is None:
        return _shorthand(sentence)
    found = _shorthand(re.sub(r"^(?:Agreed|AGREED)\s*[:\u2013-]?\s+(?=(?:a|an|the|that)\s)", "", sentence[: tag.start()]))
    doers = tuple(doer.strip() for doer in re.split(r"\s*(?:,|&|/|\band\b)\s*", tag.group("doers")) if doer.strip())
    return replace(found, owners=doers) if found is not None and not found.owners else found


def _shorthand(sentence: str) -> ActionCandidate | None:
    """The shorthand itself, any doers' tag after a dash already taken off."""
    if re.match(r"\W*(?:No|Nothing|None|Neither)\s+[a-z]", sentence):
        return None  # "No comment to be made on the application": nothing to do (never a "No Entry sign to be replaced")
    later = _FURTHER_DISCUSSION.match(sentence.strip())
    if later and parse_due(later.group("when")) is not None:
        # "BT Phonebox \u2013 further discussion in December": the matter comes back then
        what = _lower_first(later.group("what").strip()) if later.group("what") else ""
        return _minutes(_action("do", " ".join(part for part in ("discuss", what, "further", later.group("when")) if part), later.group("when"), (), ()))
    agenda = re.match(r"^For\s+(?:the\s+)?agenda\s+(?:at|for|of)\s+(?P<when>(?:the\s+)?next\s+meeting)\s*[,:\u2013-]\s*(?P<what>\S.{2,160}?)\.?$", sentence, re.IGNORECASE)
    if agenda:
        # "For agenda at next meeting, replacement for the clerk": an item to put on that agenda
        phrase = f"add {_lower_first(agenda.group('what'))} to the agenda for {agenda.group('when')}"
        return _minutes(_action("do", phrase, f"for {agenda.group('when')}", (), ()))
    item = _AGENDA_ITEM.match(sentence)
    if item and not _HEDGED.search(sentence):
        # "This will be an agenda item for the next Council.", "It will be on the agenda for the March meeting."
        what = item.group("what").lower() if item.group("what").lower() in ("this", "it", "these", "they") else _lower_first(item.group("what"))
        when = item.group("when") or ("for the next meeting" if re.search(r"(?i)\bnext\s+agenda\b", sentence) else "")
        phrase = f"put {what} on the agenda {when}".rstrip()
        return _minutes(_action("do", phrase, when, (), ()))
    sentence = re.sub(r"^For\s+(?=(?:some|the|a|an|any|further)\b)", "", sentence)  # "For some further changes to be made"
    # "The matter is to be placed on the next agenda": the same as "The matter to be placed ..."
    sentence = re.sub(r"^((?:the|this|these|a|an)\s+(?:[\w'\u2019-]+\s+){0,4}?)(?:is|are)\s+(?=to\s+be\s+(?!(?:considered|approved|determined|decided|agreed|noted|received)\b)[a-z]+)", r"\1", sentence, flags=re.IGNORECASE)
    # "Details of the new bus timetable were to be passed on to the school": an errand the meeting set, told in the past
    sentence = re.sub(r"^((?:the\s+|this\s+|these\s+)?(?!(?i:completed|returned|applications?)\b)[A-Za-z][\w'\u2019-]*\s+(?:[\w'\u2019-]+\s+){0,6}?)(?:was|were)\s+(?=to\s+be\s+(?:passed|sent|forwarded|circulated|shared|copied|e-?mailed|posted|referred|obtained|ordered|checked|contacted)\b(?![^.]*\b(?:but|however)\b))", r"\1", sentence)
    # "Lighting at the school camp \u2013 Member's liability to be researched": a heading, then the shorthand
    sentence = re.sub(r"^[^.:;\u2013\u2014]{2,60}?\s[\u2013\u2014]\s+(?=(?:[\w'\u2019]+\s+){1,5}to\s+be\s+[a-z]+)", "", sentence)
    # "AGAR: to be completed when the audit is done", "Precept \u2013 to be sent to the district by 31 December": a label, its errand
    # (never a note, "NB:", nor a placeholder for when or where, "Date: to be fixed", nor a matter put off or signed off)
    sentence = re.sub(r"^(?!(?:NB|N\.B|Note|Notes|PS|Please\s+note|Date|Dates|Time|Times|Start\s+time|Venue|Location|Place|Next\s+meeting)\b)"
                      r"([A-Z][\w'\u2019&/ -]{1,60}?)\s*(?::|\s[\u2013\u2014-])\s+(?=to\s+be\s+(?!(?:confirmed|advised|announced|determined|decided|held|noted|agreed|received|approved|considered|discussed"
                      r"|deferred|signed|carried\s+forward)\b)[a-z]+ed\b(?![^.;]{0,40}\bautomatically\b))", r"\1 ", sentence)
    terse = re.match(r"^(?:an?\s+|the\s+|further\s+|some\s+)?(?:[\w'\u2019\u00a3$%.,/()-]+\s+){0,12}?to\s+be\s+[a-z]+\b", sentence, re.IGNORECASE)
    if terse is None and parse_due(sentence) is not None:
        # a decision's wording without its "That": "The work on the common be done before March"
        terse = re.match(r"^(?:the|an?|all)\s+(?:[\w'\u2019-]+\s+){0,6}?be\s+(?:done|completed|carried\s+out|finished|repaired|cut|cleared)\b", sentence, re.IGNORECASE)
    # (but "This to be circulated between meetings": the shorthand, its subject the matter just told)
    if terse and re.match(r"^(?:Members|Officers|Councillors|Committee|Board|Panel|It|There|This|He|She|They|We"
                          r"|With\s+regard\s+to|With\s+respect\s+to|In\s+respect\s+of|Regarding|Further\s+to)\b", sentence) \
            and not re.match(r"^(?:This|These)\s+to\s+be\s+[a-z]+ed\b", sentence):
        # "Members give consideration to any issues to be explored": a sentence with its subject; "With regard to
        # the requests for grit bins to be provided, ...": what was asked for, after a preposition
        return None
    if terse is None or _HEDGED.search(sentence) or _FINITE.search(terse.group(0).rsplit(" to be ", 1)[0]):
        return None
    if re.search(r"\b(?:[Cc]lerk|[Cc]hair(?:man|person)?|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I|Cllr\.?\s+[A-Z][\w'-]+)\s+(?:made|sent|told|brought)\b", terse.group(0)):
        return None  # "The plans the Clerk sent to be reviewed by members": a doer's verb, not a thing made
    if re.search(r"\bto\s+amend\b|^(?:Item|Minute)\s+\d[\d.]*\s+to\s+(?:read|reflect|state|show|say)\b", terse.group(0).rsplit(" to be ", 1)[0]):
        return None  # "Item 5.3 to amend the Footpath Officer role to be shared by two members": a correction to the minutes
    if re.fullmatch(r"(?i)(?:(?:other|further|future)\s+)?(?:items?|topics?|matters?|reports?|issues?|dates?)\s+(?:still\s+|yet\s+)?to\s+be\s+(?:scheduled|programmed|allocated|timetabled|confirmed|arranged)\s*:?", sentence.strip(" .")):
        return None  # "Items to be scheduled": a work programme's heading over the business not yet given a meeting
    if re.match(r"^(?:(?:an?|the|next|this)\s+(?:[\w-]+\s+){0,2}?meeting\s+)?to\s+be\s+held\b", sentence, re.IGNORECASE):
        return None  # "A meeting to be held at the Guildhall on 12 September": the notice of this meeting ("to be held on ...": a date)
    return _minutes(_passive(sentence.rstrip(" ."), strict=True))


# what is needed, then who will see to it with no comma between: "The gutters need to be cleared which the Clerk (will arrange)"
_NEEDED_WHICH = re.compile(
    # (after what the meeting noted: "It was also noted that the vacancy needs to be advertised ... which the Clerk will arrange")
    r"^\W*(?:It\s+was\s+(?:also\s+)?(?:noted|agreed|reported|felt)\s+that\s+(?=[a-z]))?(?P<thing>(?:[Tt]he|An?|an?|[Tt]his|[Tt]hese|[Ii]ts|[Tt]heir)\s+[^,;]{2,80}?)\s+(?:needs?|needed|has|have|had|is|are)\s+to\s+be\s+(?P<pp>[a-z]+(?:ed|en|t))\b"
    r"(?P<rest>[^,;]{0,60}?),?\s+which\s+(?P<doer>(?:the\s+)?[A-Z][^,;]{1,40})$"
)


# someone holding a thing that they will see to: "(ACTION) Lucy Hale has the lease which she will sign and return to the Chair"
_HELD_WHICH = re.compile(
    r"^\W*(?:(?-i:ACTIONS?)\s*[:\u2013-]?\s+)?(?P<owner>(?:(?:Cllr|Councillor|Mrs?|Ms|Dr)\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z][\w'\u2019-]+)?)\s+(?:has|holds|took|received)\s+"
    # (a paper or a thing to see to, never a question to put: "Mrs Vale had a question on the keys which she would bring up ...")
    r"(?P<thing>(?:the|a|an|his|her|their)\s+(?!(?:[\w-]+\s+)?(?:questions?|query|queries|points?|concerns?|comments?|suggestions?|issues?)\b)[^,;]{2,60}?),?\s+which\s+(?:he|she|they)\s+(?:will|would|is\s+to|agreed\s+to)\s+(?P<verb>(?:sign|return|send|forward|circulate|pass|frame|deliver|check|bring|take|read|complete|post|display|file|share|review|copy|distribute|hand)\w*)\b(?P<tail>[^;]*)$"
)


def held_which(sentence: str) -> ActionCandidate | None:
    """ "ACTION Lucy Hale has the lease which she will sign and return to the Chair": who holds it does what is said of it."""
    held = _HELD_WHICH.match(sentence.strip().rstrip("."))
    if held is None or not _looks_like_doer(held.group("owner")) or held.group("verb") in ("be", "have", "not", "need", "like", "want"):
        return None
    owner, phrase = held.group("owner"), " ".join(f"{held.group('verb')} {_lower_first(held.group('thing'))}{held.group('tail')}".split())
    return _action("commitment", f"{owner} to {phrase}", phrase, (owner,), _recipients(phrase), source="minutes")


def which_doer(pre: str, verb: str, tail: str) -> ActionCandidate | None:
    """ "Councillor Ames asked for the figures by ward, which the officer agreed to provide",
    "the survey, which Jo Bell would circulate during the coming week": the thing is named
    before "which", the doer after it."""
    which = re.search(r"(?P<thing>[^,;]{3,160}),\s*which\s+(?P<doer>[^,;]{2,60})$", pre.rstrip())
    needed = _NEEDED_WHICH.search(pre.rstrip()) if which is None else None
    if needed is not None and _looks_like_doer(needed.group("doer")) and re.fullmatch(r"arrange|organi[sz]e|action|see\s+to|deal\s+with|follow\s+up", verb):
        # "The hall's gutters need to be cleared which the Clerk will arrange": the doer sees to what the sentence needs done
        doer, phrase = needed.group("doer").strip(), f"{verb} for {_lower_first(needed.group('thing'))} to be {needed.group('pp')}{needed.group('rest')}".rstrip(" ,")
        return _action("commitment", f"{_upper_first(doer)} to {phrase}", phrase, (doer,), (), source="minutes")
    if which is None or not _looks_like_doer(which.group("doer")):
        return None
    thing = re.match(r".*\b(?P<np>(?:the|a|an|this|these|their|its|his|her)\s+[^,;]*)$", which.group("thing"), re.IGNORECASE)
    if thing is None:
        return None
    doer, rest = which.group("doer").strip(), tail.strip(" .")
    named = _lower_first(thing.group("np").strip())
    phrase = " ".join(f"{verb} {named} {rest}".split())
    return _action("commitment", f"{_upper_first(doer)} to {phrase}", phrase, (doer,), _recipients(phrase), source="minutes")


_INITIALS_TAG = re.compile(r"(?<=[a-z0-9)'\u2019])\s+(?P<owners>[A-Z]{2,3}(?:\s*/\s*[A-Z]{2,3}){0,3})\s*$")
DASHED_INITIALS = r"(?<=[a-z0-9)'\u2019])[ \t]+[\u2013\u2014-][ \t]*(?P<owners>[A-Z]{2,3}(?:[ \t]*/[ \t]*[A-Z]{2,3}){0,3})[ \t]*\.?[ \t]*$"
_DASHED_INITIALS = re.compile(DASHED_INITIALS)


def initials_tag(paragraph: str) -> tuple[str, tuple[str, ...]]:
    """A lettered point that ends with its doers' initials and no stop: "(c) Playpark: the request
    for a light to be chased once more JR", "... to install the bench once purchased SP/HH"."""
    # ("A litter pick would be organised for the spring \u2013 AS": any line whose doers' initials follow a dash)
    # (never a list of who was there, "Ann Rees \u2013 AR, Tom Vell \u2013 TV": each name with its initials after a dash)
    tag = _DASHED_INITIALS.search(paragraph) if len(re.findall(r"[\u2013\u2014-]\s*[A-Z]{2,3}\b", paragraph)) == 1 else None
    if tag is None and not re.match(r"^\s*(?:\(?[a-z]\)\s+|[A-Z][^.:]{2,60}:\s)", paragraph):
        return paragraph, ()  # a lettered point, or one that opens with its label ("Playpark: ...")
    tag = tag or _INITIALS_TAG.search(paragraph)
    if tag is None:
        return paragraph, ()
    owners = tuple(o.strip() for o in tag.group("owners").split("/"))
    if any(owner in _ACRONYMS for owner in owners):
        return paragraph, ()
    return paragraph[: tag.start()].rstrip(" .;,"), owners


_MEMBER = re.compile(r"\b(?:members?|councillors?|cllrs?|alderman|chair(?:man|person|woman)?|committee|board|panel|cabinet|convener|mayor)\b|(?:^|\b[Tt]he\s+)(?-i:Leader)\b(?!\s+of\s+(?!the\s+Council\b))", re.IGNORECASE)
# "... asked the Clerk to arrange its circulation": an officer asked to do something (in small letters too, as parish
# minutes write the post: "Cllr Wess asked the clerk to bring her form")
ASKED_OFFICER = re.compile(
    rf"\b(?:asked|requested|instructed|urged)\s+(?P<owner>(?:the\s+)?(?:[Cc]lerk|Parish\s+Clerk|Town\s+Clerk|[Cc]hair(?:man|person)?|(?:Deputy\s+)?Mayor|Secretary|Treasurer|[Oo]fficers?|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,4}}\s+Officer"
    # ("Councillor Atkins asked Councillor Thomson to follow up with the Trails Team": one member asks another)
    rf"|(?:Councillor|Cllr\.?)\s+[A-Z][\w'\u2019-]+"
    # ("asked the Portfolio Holder for Street Scene to liaise with ...", "asked the Chairman of the Scrutiny Board to
    # thank ...", "asked the Head of Planning to write ...": a post, with what it is for)
    rf"|the\s+(?:Portfolio\s+Holder|Cabinet\s+Member|Head|Director|Assistant\s+Director|Chief\s+Executive)(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+(?:and\s+|&\s+|of\s+|the\s+)?[A-Z][\w'\u2019-]*){{0,6}})?"
    rf"|the\s+(?:Vice[- ])?Chair(?:man|person)?\s+of\s+the\s+(?:[A-Z][\w'\u2019-]*\s+){{0,4}}(?:Committee|Board|Panel|Sub-Committee|Group|Forum)))"
    rf"\s+to\s+(?P<verb>{_FIRM_VERBS})\b\s*(?P<tail>[^.;]*)"
)


def member_asking(subject: str, last_doer: str | None) -> bool:
    """Whether the one asking is a member or the meeting ("Councillor Hale spoke of the closure.
    He asked ..."), not a speaker or deputation."""
    if re.search(r"(?i)\b(?:several|some|a\s+few|a\s+number\s+of|other|individual|two|three)\s+(?:members|councillors)\b", subject):
        return False  # "Several Members ... asked officers to look into it": some of them, not the meeting
    # (after a phrase of when: "During the discussion he also asked ...")
    if re.fullmatch(r"\s*(?:(?:During|In)\s+(?:the\s+)?(?:discussion|debate)(?:\s+[^,;]{1,30}?)?,?\s+)?(?:He|She|he|she)\s+(?:\w+\s+){0,12}?(?:and\s+)?", subject) and last_doer and _MEMBER.search(last_doer):
        return True
    # (or a member by initials, as parish and community council minutes name them: "IK asked Cllr Edgar to ...")
    # (or the meeting itself, "The Parish Council then asked its Clerk to ...", "the council asked that ...", never another tier's:
    # "The County Council asked ...")
    return bool(_MEMBER.search(subject) or re.search(r"(?:^|\s)(?![A-Z]{2}C\b)[A-Z]{2,3}\s*$", subject)
                or re.fullmatch(r"\s*(?:-\s+)?(?:[Tt]he\s+)?(?:[Pp]arish\s+|[Tt]own\s+|[Cc]ommunity\s+)?[Cc]ouncil\s+(?:also\s+|then\s+)?|\s*(?:The\s+)?meeting\s+", subject))


# who makes an offer: a named member or officer, a post, or "he"/"she" ("Councillor Jones offered to ...")
_OFFERER = re.compile(
    # (or a member by initials, as parish minutes name them: "CL offered to collect it")
    r"(?:\b(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?|\b[A-Z][a-z]+\s+[A-Z][a-z'-]+|\b(?:he|she|He|She)|(?:^|(?<=[.;]\s))(?-i:[A-Z]{2,3})"
    # parish minutes write posts in lower case: "the vice-chairman offered to ..."
    r"|\b(?i:(?:vice[- ]?)?chair(?:man|person|woman)?|clerk|director|manager|officer|leader|holder|member|mayor|treasurer|secretary)"
    r"|\bHead\s+of\s+[A-Z][\w ]+)\s+(?:also\s+)?$"
)


# the verbs a promise made with a gerund names ("committed to circulating the letter", "would be sending out the forms";
# not "would be visiting her family", "would be taking a break")
_GERUND_TASKS = (
    r"circulate|provide|send|write|share|forward|arrange|supply|report|update|contact|raise|email|distribute|check|confirm|liaise|meet|"
    r"bring|organise|organize|investigate|review|present|invite|respond|reply|produce|prepare|publish|draft|chase|seek|obtain|look|"
    r"attend|ask|amend|install|speak|follow|order|book|collate|pursue|finalise|finalize"
)
# a post just before "intended to": "The Chairman intended to contact ..."
_POST_BEFORE = re.compile(r"\b(?i:clerk|chair(?:man|person|woman)?|mayor|leader|director|officers?|manager|secretary|treasurer|head\s+of\s+[\w ]+)\s+(?:also\s+)?$")


def gerund_base(word: str) -> str | None:
    """ "circulating" -> "circulate", "sending" -> "send": the task verb a gerund names, or None."""
    if not word.lower().endswith("ing") or len(word) < 6:
        return None
    stem = word[:-3].lower()
    for candidate in (stem, f"{stem}e", stem[:-1] if stem[-1:] == stem[-2:-1] else ""):
        if candidate and re.fullmatch(_GERUND_TASKS, candidate):
            return candidate
    return None


def not_an_undertaking(undertaking: re.Match, pre: str) -> bool:
    """Whether "agreed/undertook/offered ... to VERB" is no undertaking: "agreed to the proposal", "as
    agreed to at ...", "remained committed to improving ...", an offer nobody in particular makes."""
    offer = re.search(r"\b(?:offered|volunteered)\b", undertaking.group(0))
    if undertaking.group("verb").lower() == "wait":
        return True  # "We agreed to wait and see if these measures work": nothing to do but wait
    if re.search(r"\b(?:not|never|n[o\u2019']t|cannot)(?:\s+yet)?\s*$", pre, re.IGNORECASE):
        return True  # "Councillor Reed had not (yet) agreed to attend": no promise at all
    if re.search(r"\bcommitted\b", undertaking.group(0)) and not _OFFERER.search(pre):
        return True  # "the service committed to ...": a person or a post promises
    if re.search(r"\bintend", undertaking.group(0)) and (
        not _POST_BEFORE.search(pre)
        or not re.fullmatch(_FIRM_VERBS, undertaking.group("verb"), re.IGNORECASE)
        or re.search(r"\bbut\b", undertaking.string[undertaking.end():])
    ):
        # "The Chairman intended to contact Mr Dale" is the chair's task; "Mr Hale intends to submit a planning
        # application", "The Chair intended to stand again", "... intended to attend but was unable to" are not
        return True
    if undertaking.group("verb").endswith("ing") and re.search(r"\b(?:committed|undertook)\b", undertaking.group(0)) and gerund_base(undertaking.group("verb")):
        return False  # "The Superintendent committed to circulating the letter"
    if undertaking.group("verb") in ("the", "a", "an", "this", "these", "that", "those", "such", "it", "them", "any", "all") \
            or undertaking.group("verb").endswith("ing") or re.search(
        r"\b(?:was|were|been|be|as|is|are|remains?|remained|fully|firmly|strongly|very)(?:\s+[a-z]+ly)?\s*$", pre
    ) or re.search(r"\b(?:if|unless|whether|should)\b[^,;]{0,60}$", pre, re.IGNORECASE):
        return True  # "if Council agreed to such, it could be ...": a condition, not a promise
    if offer and not _OFFERER.search(pre):
        return True  # "the service offered to foster carers ...": an offer counts when a person makes it
    if offer and undertaking.group("verb") in ("share", "help", "assist", "support", "advise", "remain", "continue", "stay", "stand") \
            and not (undertaking.group("verb") == "help" and re.match(rf"\s+(?:to\s+)?(?:{_FIRM_VERBS})\b", undertaking.string[undertaking.end():])):
        # (but "offered to help post the notice" is the posting offered)
        # "offered to share her experience with other Members": goodwill, not a task; "offered to remain as
        # Vice-chair": a role kept, decided at the meeting
        return True
    # "several offered to include an article in their newsletters": no one in particular
    return bool(offer and re.search(
        r"\b(?:(?:several|some|many|a\s+number)(?:\s+(?:of\s+)?(?:the\s+)?(?:members|councillors|cllrs|residents|them|those\s+present))?|others|they)\s*$",
        pre, re.IGNORECASE,
    ))


_FINITE_LATER = re.compile(r"\b(?:would|will|is|are|was|were|could|should|can|may|might|had|has|have)\b")


def shorthand_after_comma(sentence: str) -> str | None:
    """ "One application was received, job to be advertised till the next meeting", "The footpath was
    reported, the clerk to chase the county council": shorthand after a finished clause; not "in
    future, all items to be considered by Cabinet would be ...", which has a verb of its own."""
    later = re.search(r",\s+(?P<rest>(?:(?:[a-z][\w'-]*\s+){1,3}to\s+be\s+[a-z]+ed|(?:the\s+)?(?:clerk|chair(?:man)?)\s+to\s+[a-z]+)\b.*)$", sentence)
    if later and re.search(r"\b(?:was|were|had\s+been)\b", sentence[: later.start()]) and not _FINITE_LATER.search(later.group("rest")):
        return later.group("rest")
    return None


def before_first_would(pre: str) -> str:
    """ "he would be discussing it with the Director and would be reporting back ...": the doer
    stands before the first "would"."""
    shared = re.match(r"^(?P<pre>.*?\S)\s+(?:would|will)\s+(?:also\s+)?(?:be\s+)?[a-z]+\b[^.;]{0,160}\band\s*$", pre, re.IGNORECASE)
    # "Cllr Morris said that he had visited the site and (would chase up ...)": the doer of what was done is the doer
    # ("Michael now has the contact details and (will write ...)": the doer before the word of time)
    shared = shared or re.match(r"^(?P<pre>.*?\S)(?:\s+(?:now|also|already))?\s+(?:(?:has|had|have)\s+(?:also\s+|now\s+|already\s+)?[a-z]+|(?:was|were)\s+(?:now\s+)?[a-z]+ed)\b[^.;,]{0,160}(?:\band|,\s+and)\s*$", pre)
    if shared:
        # "The Clerk advised that the quote had arrived and (will forward it ...)": a thing had done what was done, so
        # the one who told of it takes the task on
        body = TOLD_OF_A_BODY.match(shared.group("pre"))
        told = None if body else TOLD_OF_A_THING.match(shared.group("pre"))
        return (body.group("body") if body else told.group("who") if told else shared.group("pre")) + " "
    return pre


# "Agreed these photographs be passed to the police", "Agreed the Clerk write to the school": the "that" left out
AGREED_WITHOUT_THAT = re.compile(
    r"^(\W*(?:Agreed|AGREED))\s+(?=(?:this|these|the|a|an)\s+[^.;]{1,80}?(?<!\bto)\s+(?:be|should\s+be)\s+[a-z]+(?:ed|en)\b"
    r"|(?:the\s+)?(?:Clerk|Chair(?:man|person)?|Treasurer|Secretary|RFO)\s+(?:write|contact|send|arrange|obtain|order|inform|report|circulate|seek|check|book)\b"
    r"(?![^.;]*\b(?:be|been)\s+[a-z]+(?:ed|en)\b))"
)
# "Decided by the PC that the Clerk write ...": the meeting's own decision that someone act ("Decided to ..." stays an outcome)
DECIDED_BY_US = re.compile(
    r"^\W*(?:(?:Decided|DECIDED)(?:\s+by\s+(?:the\s+)?(?:PC|(?:Parish\s+|Town\s+)?Council|meeting|members))?|(?:Agreed|AGREED)\s+by\s+(?:the\s+)?(?:PC|(?:Parish\s+|Town\s+)?Council|meeting|members))\s+(?=that\s)"
)
