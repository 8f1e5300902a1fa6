"""Promises read from a minute's sentences: "The Head of Service agreed to circulate the figures",
"Cllr Hale committed to writing to the school", "officers would write to ...", and powers handed to
officers in the narrative ("Officers were granted delegated authority to ..."). Each is a
commitment, owned by whoever made it where the sentence says."""

from __future__ import annotations

import re

from cpb_tui.actions.asides import before_first_would, gerund_base, not_an_undertaking, which_doer
from cpb_tui.actions.clauses import ActionCandidate, _action, _follow_up, _owner_action
from cpb_tui.actions.delegations import delegated_task
from cpb_tui.actions.doers import _pronoun_doer, _subject
from cpb_tui.actions.phrases import BE_VERDICT, _FIRM_VERBS, _HEDGED, _PP_BASE, _PRONOUNS, _looks_like_doer, _recipients, _upper_first


def _delegated_in(sentence: str) -> ActionCandidate | None:
    """ "(By affirmation,) Officers were granted delegated authority to produce the conditions": the officers' task."""
    if not re.search(r"(?i)\b(?:delegat|authori[sz])", sentence) or re.search(r"(?i)\bsign\s+(?:them|it)\b", sentence):
        return None  # ("The minutes were approved. Mr Collen was authorised to sign them": signed at the meeting)
    if re.search(r"(?i)\b(?:last\s+(?:year|month|week|meeting)|previously|earlier|ago|in\s+(?:19|20)\d\d)\b", sentence):
        return None  # "the Head of Finance was given delegated authority to write off the debt last year": a power of before
    found = delegated_task(re.sub(r"^(?:By|Following|After|Upon|On|In|With|Having)\b[^,]{1,80},\s*", "", sentence.strip()))
    return _as_commitment(found)


# "Cllr Lowe brought two quotes for the railings and (volunteered to ...)": one doer did the one and offers the other
_DID_AND = re.compile(
    r"^(?P<doer>(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})\s+(?:also\s+)?(?:[a-z]{3,}ed|brought|gave|took|made|showed|sent|read|spoke|met"
    r"|went|wrote|found|held|led|told|said|saw|drew|ran|set\s+out)\b[^.;:]{0,160}\band\s*$"
)


def did_and(pre: str) -> str:
    """ "Cllr Lowe brought two quotes for the railings and": the doer of both."""
    did = _DID_AND.match(pre.strip() + " ")
    return did.group("doer") + " " if did and _looks_like_doer(did.group("doer")) else pre


def _promised(undertaking: re.Match, sentence: str, last_doer: str | None) -> ActionCandidate | None:
    """ "The Head of Service agreed to ...", "committed to circulating ...", "PM volunteered to be ... and attend ..."."""
    # "The Deputy Chairman added that he had been appointed to the panel and offered to pursue a response": he offered
    pre = did_and(before_first_would(sentence[: undertaking.start()]))
    if not_an_undertaking(undertaking, pre) or re.search(r"(?i)\b(?:and|which\s+(?:he|she|they))\s+(?:duly\s+|then\s+)?did\s+so\b", sentence[undertaking.end():]):
        return None  # ("PCSO Avery offered to give an update, and did so": done there and then)
    tail = sentence[undertaking.end("verb"):]
    done = re.match(r"^\s+([a-z]+)\b\s*(.*)$", tail) if undertaking.group("verb") == "be" else None
    if done and _PP_BASE.get(done.group(1)):
        # "signed and agreed to be advertised between 20th July and 20th August"
        phrase = f"{_PP_BASE[done.group(1)]} {done.group(2)}".strip(" .")
        return _action("commitment", phrase, phrase, (), _recipients(phrase), source="minutes")
    verb = gerund_base(undertaking.group("verb")) or undertaking.group("verb")  # "committed to circulating": circulate
    helped = re.match(rf"\s+(?:to\s+)?(?P<verb>{_FIRM_VERBS})\b(?P<tail>.*)$", tail) if verb == "help" else None
    if helped:
        verb, tail = helped.group("verb"), helped.group("tail")  # "Ann Rowe offered to help post it on the forum": she posts it
    if verb in ("stand", "serve", "act", "remain", "continue") and re.match(
            r"\s+(?:again\s+)?as\s+(?:the\s+|a\s+|an\s+|our\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:chair\w*|vice[- ]chair\w*|vice|representative|rep|warden|secretary"
            r"|treasurer|convene?[or]r?|member|trustee|governor|delegate|liaison|contact|lead|champion|signatory|clerk|rfo|auditor|examiner|officer"
            r"|co-?ordinator|steward|spokes(?:man|woman|person)|minute[- ]taker|note[- ]taker)\b", tail, re.IGNORECASE):
        # "Alan Stokes agreed to stand as vice chair": a role taken, no task (but "... and to write to the school" is one)
        also = re.search(rf"\s+and\s+(?:(?:would|will|to)\s+(?!(?:be|the|a|an|their|its|his|her|our|all|each|any)\b)(?P<verb>[a-z]+)|(?P<firm>{_FIRM_VERBS}))\b(?P<tail>.*)$", tail)
        if also is None:
            return None
        verb, tail = also.group("verb") or also.group("firm"), also.group("tail")
    also = re.search(rf"\s+and\s+(?:would\s+|will\s+|to\s+)?(?P<verb>{_FIRM_VERBS}|attend)\b(?P<tail>.*)$", tail) if verb == "be" else None
    if also is not None:
        verb, tail = also.group("verb"), also.group("tail")  # "PM volunteered to be the representative and attend their AGM"
    elif verb == "be" and re.match(r"\s+(?:(?:suitable|appropriate|eligible|willing|happy|able|unable|available|present)\b|(?:the|a|an)\s+(?:[\w'\u2019-]+\s+){0,4}?"
                                   r"(?:representative|member|contact|chair(?:man|person)?|vice[- ]chair\w*|trustee|signatory|liaison|candidates?|record|copy|account)\b)", tail, re.IGNORECASE):
        return None  # "were agreed to be suitable candidates", "PM agreed to be the hall's contact", "All present agreed to be a fair record": a choice, a role, a verdict
    return which_doer(pre, verb, tail) or _doer_commitment(pre, verb, tail, last_doer)


def _doer_commitment(
    pre: str, verb: str, tail: str, last_doer: str | None, need_doer: bool = False
) -> ActionCandidate | None:
    doer = _subject(pre)
    if doer is not None and doer.lower() in _PRONOUNS:
        doer = _pronoun_doer(pre, last_doer)
    elif doer is None and need_doer:
        return None
    elif need_doer and doer is not None and not _looks_like_doer(doer) and not re.fullmatch(r"[A-Z]{2,3}", doer):
        return None  # "Benefits would include ...": no one undertook anything
    verb = re.sub(r"\s+", " ", verb)
    if verb == "be" and BE_VERDICT.match(tail.strip()):
        return None  # "... agreed to be a good and well attended event": a verdict on it
    if doer:
        return _as_commitment(_owner_action(_upper_first(doer), verb, tail.strip()))
    phrase = f"{verb} {tail.strip()}"
    return _action("commitment", phrase, phrase, (), _recipients(phrase), source="minutes")


def _as_commitment(action: ActionCandidate | None) -> ActionCandidate | None:
    if action is None:
        return None
    return ActionCandidate("commitment", action.text, action.due_words, action.owners, action.recipients, "minutes")


_LISTED_VERBS = rf"{_FIRM_VERBS}|receive|undertake|consider|request|requested|hold|seek|examine|monitor|visit|scrutinise|scrutinize"


_AGREED_TO_LIST = re.compile(r"^(?P<pre>.{0,120}?)\b(?:agreed|undertook)\s+to\s+(?P<tail>.+;.+)$", re.IGNORECASE)


def listed_undertakings(sentence: str) -> list[ActionCandidate]:
    """ "Members agreed to undertake work on X; receive an update on Y; requested a six-month
    update on Z; and expressed interest in W": one action for each thing to do in the list."""
    match = _AGREED_TO_LIST.match(sentence)
    if match is None or _HEDGED.search(sentence):
        return []
    doer = _subject(match.group("pre"))
    found: list[ActionCandidate] = []
    for part in re.split(r";\s*", match.group("tail")):
        head = re.match(rf"^(?:and\s+|also\s+)*(?:to\s+)?(?P<verb>{_LISTED_VERBS})\b\s*(?P<rest>.*)$", part.strip(), re.IGNORECASE)
        if head is None:
            continue
        verb = "request" if head.group("verb").lower() == "requested" else re.sub(r"\s+", " ", head.group("verb").lower())
        rest = head.group("rest").rstrip(" .")
        if doer and _looks_like_doer(doer):
            found.append(_as_commitment(_owner_action(_upper_first(doer), verb, rest)))
        else:
            phrase = f"{verb} {rest}".strip()
            found.append(_action("commitment", phrase, phrase, (), _recipients(phrase), source="minutes"))
    return _follow_up(found) if len(found) >= 2 else []
