"""Matters sent on to later: a paper still to come ("a report would come to the next meeting"), what someone intends,
what is to be pursued and by whom, a matter put to a named later meeting, and a body to be approached ("Highways will be
contacted about the pothole"). Moved out of `asides.py`, which reads the undertakings said sideways.
"""

from __future__ import annotations

import re

from cpb_tui.actions.clauses import ActionCandidate, _action
from cpb_tui.actions.due import parse_due
from cpb_tui.actions.firm_verbs import SEASON_MEETING
from cpb_tui.actions.doers import thing_alone
from cpb_tui.actions.phrases import _HEDGED, _looks_like_doer, _lower_first, _owner_names, _recipients
from cpb_tui.actions.asides import _minutes


# "Members were informed that a report would come to the next meeting": a paper still to come.
_COMING_TO = re.compile(
    r"\b(?P<obj>(?:a|an|the|further)\s+(?:[\w-]+\s+){0,3}?(?:report|update|paper|briefing|presentation|item)s?"
    r"(?:\s+(?:on|about|into|from)\s+[^.;,]{2,80}?)?)\s+(?:would|will|should|is\s+to)\s+(?:come|return)\s+(?:back\s+|forward\s+)?(?:to|before)\s+(?P<rest>[^.;]+)",
    re.IGNORECASE,
)


def coming_to(sentence: str) -> ActionCandidate | None:
    """A report or update said to be coming to a meeting, unless only hoped for or on a condition."""
    match = _COMING_TO.search(sentence)
    if match is None or _HEDGED.search(sentence) or re.search(r"\b(?:if|whether|unless|could|might|hoped?|hoping|expected|may)\b", sentence[: match.start()], re.IGNORECASE):
        return None
    rest = match.group("rest").strip()
    if parse_due(f"to {rest}") is None and not re.search(r"\b(?:meeting|committee|board|panel|cabinet|council)\b", rest, re.IGNORECASE):
        return None  # "the item would come to an end": no meeting named
    phrase = f"bring {_lower_first(match.group('obj'))} to {rest}"
    return _minutes(_action("do", phrase, f"to {rest}", (), ()))


# "It was the intention to submit the final plan to the April meeting": a plan with its time
_INTENDED = re.compile(
    r"\b(?:it\s+(?:was|is)\s+(?:the\s+)?|(?:the|their|his|her|its)\s+)(?:intention|plan|aim)\s+(?:of\s+[^,;.]{2,60}?\s+)?(?:was\s+|is\s+)?to\s+"
    r"(?P<verb>submit|bring|present|report|provide|circulate|hold|arrange|publish|consult|review)\b(?P<rest>[^.;]*)",
    re.IGNORECASE,
)


def intended(sentence: str) -> ActionCandidate | None:
    """An intention stated with a time ("to the April meeting"); without one it is only a hope."""
    match = _INTENDED.search(sentence)
    if match is None or parse_due(match.group("rest")) is None or re.search(r"\b(?:if|unless|whether)\b", sentence[: match.start()], re.IGNORECASE):
        return None
    phrase = f"{match.group('verb').lower()} {match.group('rest').strip()}"
    return _minutes(_action("do", phrase, match.group("rest"), (), _recipients(phrase)))


# "To be pursued by Cllr. Fleming, who intends to draw up a specification": the heading's matter is theirs
_PURSUED_BY = re.compile(
    r"^(?:(?:This\s+is\s+|This\s+was\s+|It\s+is\s+)?to\s+be\s+|(?:This|It|The\s+(?:matter|issue|request|query|complaint))\s+(?:will|would)\s+be\s+)"
    r"(?P<done>pursued|progressed|followed\s+up|taken\s+forward|looked\s+into|actioned|chased(?:\s+up)?|investigated)"
    # (by one or two: "by the Clerk and RFO")
    r"\s+by\s+(?P<owner>(?:(?:the\s+)?(?:(?-i:[A-Z])[\w.'\u2019-]*(?:\s+(?-i:[A-Z])[\w.'\u2019-]*){0,3}|clerk|chair(?:man|person)?))(?:\s+(?:and|&)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.'\u2019-]*|clerk))?)"
    r"\s*(?P<rest>[,.;].*)?$",
    re.IGNORECASE,
)
_DONE_BASE = {"pursued": "pursue", "progressed": "progress", "taken": "take", "looked": "look", "actioned": "action", "chased": "chase", "investigated": "investigate", "followed": "follow"}


def pursued_by(sentence: str) -> ActionCandidate | None:
    """ "To be pursued by Cllr Fleming": a task for the named doer, the matter being the heading's."""
    match = _PURSUED_BY.match(sentence.strip())
    if match is None and "; " in sentence:
        sentence = sentence.rsplit("; ", 1)[1]  # ("... had been started by the auditors; this will be pursued by the Clerk")
        match = _PURSUED_BY.match(sentence.strip())
    if match is None or not _looks_like_doer(match.group("owner").rstrip(".")):
        return None
    words = match.group("done").split()
    verb = " ".join([_DONE_BASE[words[0].lower()], *words[1:]])
    owner = match.group("owner").rstrip(".") if not match.group("owner").endswith("Cllr.") else match.group("owner")
    rest = (match.group("rest") or "").strip(" ,.;")
    if re.match(r"(?i)(?:if|unless|should|provided|once)\b", rest):
        return None  # ("This would be pursued by the Police if a formal complaint were made": only if someone else acts first)
    what = "the matter" if re.match(r"(?i)the\s+matter\b", sentence.strip()) else "this"
    text = f"{owner} to {verb} {what}" + (f" ({rest})" if rest else "")
    owners = tuple(_owner_names(owner)) if re.search(r"\s(?:and|&)\s", owner) else (owner,)
    return _minutes(_action("commitment", text, rest, owners or (owner,), ()))


# "This will be discussed further at the next meeting", "Further discussion to take place at the Annual
# Parish Meeting in May": the matter is to come back to a meeting named
_DISCUSSED_LATER = re.compile(
    r"^(?:(?P<what>[A-Z][^,;:]{1,80}?)(?<!\swas)(?<!\swere)\s+(?:will|would|is\s+to|are\s+to|to)\s+be\s+(?:further\s+)?(?:discussed|debated|revisited)"
    r"|(?:A\s+)?[Ff]urther\s+discussions?\s+(?:(?:is\s+|was\s+)?to\s+take\s+place|will\s+take\s+place|would\s+take\s+place|(?=at\b))"
    # ("Councillors agreed that the discussion regarding the town's twinning would take place at a meeting in the Autumn")
    r"|(?:[^.;]{0,120}?\b(?:agreed|decided|resolved)\s+that\s+)?(?:[Tt]he\s+)?discussions?\s+(?:regarding|on|about|of|concerning)\s+(?P<topic>[^,;:]{3,100}?)"
    r"\s+(?:will|would|is\s+to|to)\s+take\s+place)"
    r"\s*(?:further\s+|again\s+)?(?P<when>at\s+[^.;]{3,120}?)(?:\s+(?:before|when|once)\b[^.;]*)?[.;]?\s*$"
)


def discussed_later(sentence: str) -> ActionCandidate | None:
    """A matter put to a later meeting that the minutes name; with no meeting named it is only talk."""
    match = _DISCUSSED_LATER.match(sentence.strip())
    if match is None or _HEDGED.search(sentence) or re.search(r"\b(?:if|whether|could|might|may)\b", match.group("what") or ""):
        return None
    when = match.group("when")
    # (a meeting named with no date is one too: "This will be discussed at the Annual Parish Meeting")
    if (parse_due(when) is None and not re.search(rf"(?i)\bannual\s+(?:parish\s+|town\s+|general\s+|community\s+)?meeting\b|{SEASON_MEETING}", when)) \
            or not re.search(r"(?i)\bmeeting\b", when):
        return None
    what = thing_alone(re.split(r"\bthat\s+", (match.group("what") or match.group("topic") or "").strip())[-1])  # "It was noted that the budget ...": the budget
    what = re.sub(r"\s+(?:which|that)$", "", re.sub(r"(?i)^there\s+(?:are|is|were|was)\s+(?:some\s+)?", "", what))  # ("There are lessons to learn which ...")
    what = "" if re.fullmatch(r"(?i)this|it|this\s+matter|the\s+matter|this\s+item|the\s+item", what) else _lower_first(what)
    phrase = " ".join(part for part in ("discuss", what, "further" if not what else "", when) if part)
    return _minutes(_action("do", phrase, when, (), ()))


# "Highways will be contacted about the pothole", "The bus company would be approached to replace the signs": a body
# named at the sentence's start that someone is to get in touch with (never "Residents will be pleased ...")
_TO_BE_ASKED = re.compile(
    r"^(?P<who>(?:[Tt]he\s+)?[A-Z][\w&'\u2019.-]*(?:\s+(?:[A-Z][\w&'\u2019.-]*|of|and|&)){0,4}|[Tt]he\s+[a-z]+(?:\s+[a-z]+){0,2})\s+(?:will|would|is\s+to|are\s+to)\s+(?:also\s+|now\s+|then\s+)?be\s+"
    r"(?P<done>approached|contacted|asked|invited|written\s+to|reminded|informed|consulted|chased(?:\s+up)?|notified|lobbied|e-?mailed|telephoned|phoned)\b(?P<rest>[^;]*)$"
)
_ASKED_BASE = {
    "approached": "approach", "contacted": "contact", "asked": "ask", "invited": "invite", "written": "write", "reminded": "remind",
    "informed": "inform", "consulted": "consult", "chased": "chase", "notified": "notify", "lobbied": "lobby", "emailed": "email",
    "e-mailed": "e-mail", "telephoned": "telephone", "phoned": "phone",
}


def to_be_asked(sentence: str) -> ActionCandidate | None:
    """ "The coach firm will be approached to repaint the shelter": approach the firm, to repaint it."""
    match = _TO_BE_ASKED.match(sentence.strip())
    if match is None or _HEDGED.search(sentence) or re.match(r"(?i)(?:it|this|that|they|there|he|she|we|you|i|everyone)\b", match.group("who")) \
            or re.search(r"\b(?i:members?|councillors?|public)\b|\b[A-Z]{2,}\s+[A-Z]{2,}\b", match.group("who")) \
            or re.search(r"\b(?i:residents?)\b", match.group("who")) and (not re.match(r"written|contacted|informed|notified|consulted|e-?mailed", match.group("done"))
                                                                    or re.search(r"\b(?:by|from|if|when|should|unless)\b", match.group("rest"))):
        # (the meeting's own members asked to declare, or a heading in capitals run into the sentence; residents asked or
        # invited to do something, a notice to them: "Residents of Mill Row will be written to" is a letter to send, never one
        # from another, "... informed by letter from the developer", nor one that waits, "... contacted if volunteers are needed")
        return None
    if re.match(r"\s*(?:that|for|upon|on\b(?!\s+(?:the|a|an|this|its|their)\s)|by)\b", match.group("rest")) or re.search(r"\bby\s+(?:the|a|an)\s", match.group("rest")):
        # "Transport Scotland would be notified that ...": news passed on; "Quotes will be asked for": garbled; "... by the
        # developer": someone else's doing
        return None
    if re.search(r"(?i)(?:^|\s)(?:(?:parish|town|community|city)\s+)?council$|\b(?:clerk|chair\w*|committee|parishioners|volunteers|speakers|applicants|objectors)\b"
                 r"|^(?:meanwhile|again|also|then|further|additionally|finally|however|therefore|subsequently|now)\b", match.group("who")):
        return None  # the council itself consulted by others; its own officers and people (a standing rule); an adverb, not a body
    words = match.group("done").split()
    first = _ASKED_BASE[words[0].lower()]
    verb = " ".join([first, *words[1:]])
    who = re.sub(r"^(The|Our|Their|Its)\s", lambda first: f"{first[1].lower()} ", match.group("who"))
    phrase = f"{verb} {who} {match.group('rest').strip(' .')}".strip()
    return _minutes(_action("do", phrase, match.group("rest"), (), _recipients(phrase)))
