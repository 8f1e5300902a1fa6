"""A thing said to be done by one of the council's own: "End of year accounts will be prepared by the Chairman", "The
policy will now be revised by the Resources Committee". The doer named after "by" has the task, told the active way round
("The Chairman to prepare end of year accounts"). And a thing said to need doing, "A check needs to be made on the play
equipment": a task with no doer named."""

from __future__ import annotations

import re

from cpb_tui.actions.clauses import ActionCandidate, _owner_action, _passive
from cpb_tui.actions.phrases import _PP_BASE, _lower_first
from cpb_tui.actions.promises import _as_commitment

# the council's own: its officers, a named member, or one of its committees or groups (never another body, "by the county")
_OURS = (
    r"(?:the\s+)?(?:[Cc]lerk|Chair(?:man|person|woman)?|Vice[- ]Chair(?:man|person)?|Treasurer|Secretary|RFO|Mayor)\b"
    r"|(?:Cllrs?|Councillors?)\.?\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?"
    r"|the\s+(?:[A-Z][\w'\u2019-]+\s+){1,4}(?:Committee|Sub-Committee|Working\s+(?:Group|Party))\b"  # (never "the Ramblers Group")
)
# past participles read back to the verb, beside those `_PP_BASE` knows
_MORE_BASE = {"managed": "manage", "convened": "convene", "handled": "handle", "led": "lead", "coordinated": "coordinate",
              "co-ordinated": "co-ordinate", "taken forward": "take forward", "drawn up": "draw up", "set up": "set up",
              "looked into": "look into", "followed up": "follow up", "chased up": "chase up", "highlighted": "highlight",
              "progressed": "progress", "explored": "explore", "maintained": "maintain", "monitored": "monitor"}
_DONE_BY_OURS = re.compile(
    r"^(?P<obj>(?!(?:It|This|That|There|He|She|They|We|Which|What)\b)[A-Z][^.;:!?]{2,120}?)\s+(?:will|would|shall|is\s+to|are\s+to)\s+"
    r"(?:now\s+|also\s+|then\s+)?be\s+(?P<pp>taken\s+forward|drawn\s+up|set\s+up|looked\s+into|followed\s+up|chased\s+up|[a-z-]{3,})\s+by\s+"
    rf"(?P<doer>(?:{_OURS})(?:\s+(?:and|&)\s+(?:{_OURS}))?)(?![\w'\u2019])(?P<tail>[^.;]*)[.;]?\s*$"  # (never "by the Clerk's return": when)
)


def done_by_ours(sentence: str) -> ActionCandidate | None:
    """ "Correspondence and cheques would be managed by the Chairman": the Chairman to manage correspondence and cheques."""
    found = _DONE_BY_OURS.match(sentence.strip())
    if found is None:
        return None
    pp = " ".join(found.group("pp").lower().split())
    verb = _PP_BASE.get(pp) or _MORE_BASE.get(pp)
    # (never a standing arrangement, "Any complaint will be handled by the Clerk", "Keys will be held by the Chairman", nor one
    # on a condition, "If a bench is bought it will be installed by Cllr Lamb")
    if verb is None or verb in ("hold", "keep") or re.match(r"(?i)(?:any|all|each|every)\b", found.group("obj")) \
            or re.search(r"(?i)\b(?:if|when|once|unless|whether|until)\b", found.group("obj")) or re.search(r"(?i)\b(?:in\s+line\s+with|as\s+usual|each|every|always)\b", found.group("tail")):
        return None
    doer = found.group("doer")
    doer = doer[0].upper() + doer[1:]
    obj = _lower_first(found.group("obj"))
    # ("End of year accounts", "Correspondence, invoices and cheques": a sentence's first word, no name; "Mill Lane gate" is one)
    obj = obj[0].lower() + obj[1:] if re.match(r"[A-Z][a-z]+(?:,|\s+[a-z])", obj) else obj
    # (as minutes tell it: never a decision's, compared with every task before it)
    return _as_commitment(_owner_action(doer, verb, f"{obj}{found.group('tail')}".strip()))


# "A check needs to be made on the play equipment", "The hedge has to be cut back": a need the meeting recorded, a task with
# no doer named (never one gone by, "had to be", nor on a condition, nor another's view reported)
_NEEDED = re.compile(
    r"^\W*(?:It\s+was\s+(?:also\s+)?(?:noted|agreed|felt)\s+that\s+)?(?P<thing>(?:[Tt]he|An?|an?|[Tt]his|[Tt]hese|[Tt]hree|[Tt]wo|[Ff]urther|[Mm]ore)\s+[^,;:]{2,80}?)"
    r"\s+(?:needs?|has|have)\s+to\s+be\s+(?P<rest>[a-z]{3,}\b[^;]*)$"
)


def needed_done(sentence: str) -> ActionCandidate | None:
    """ "The hedge has to be cut back": cut the hedge back, no doer named."""
    found = _NEEDED.match(sentence.strip().rstrip("."))
    if found is None or re.search(r"(?i)\b(?:if|whether|when|unless|that|would|will|could|should|may|might|must|said|says|reported|stated|advised|confirmed"
                                  r"|explained|felt|thought|believed|agreed|noted)\b", found.group("thing")) \
            or re.search(r"(?i)\bby\s+(?:the\s+)?(?!clerk|chair)\w|\b(?:each|every|always|in\s+advance|at\s+all\s+times|before\s+any|annually|weekly|monthly)\b", found.group("rest")):
        # (never another's doing, "... to be looked at by the highways team", nor a standing rule, "... booked two weeks in advance")
        return None
    return _as_commitment(_passive(f"{found.group('thing')} be {found.group('rest')}", strict=True))
