"""Decisions that hand a named officer a power to act: "authority be delegated to the Director of
Place to finalise the contract", "that the Head of Legal be authorised to complete the lease",
"Authorise all ancillary actions to be undertaken by the Strategic Director". The power is given
so that the work gets done, and a clerk's log follows it: the officer's task is an action, with
the officer as its owner. A power used at the meeting itself (the Chair signing the minutes) and
a choice handed over ("delegate the timing of the next meeting to officers") are none."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from cpb_tui.actions.asides import gerund_base
from cpb_tui.actions.clauses import ActionCandidate, _owner_action
from cpb_tui.actions.phrases import _looks_like_doer

# (a condition first, "where no such authority exists, delegates such authority to ...")
# (or the body that delegated, and when: "Cabinet on 28 October delegated authority to ...")
_LEAD_WORDS = r"^\W*(?:(?:RESOLVED|AGREED|DECIDED)\s*[:\u2013-]?\s*)?(?:that\s+)?(?:(?:it\s+was\s+)?agreed\s+)?(?:to\s+)?"
_LEAD = (
    _LEAD_WORDS + r"(?:where\s+[^,;]{3,80},\s*)?"
    r"(?:(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:Cabinet|Council|Committee|Board|Executive|Panel|Meeting)(?:\s+on\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+(?:\s+\d{4})?)?"
    # ("The meeting authorised the Parish Clerk to attend ...": the body's decision told in the past)
    r"\s+(?=(?:delegated|delegates|gives|grants|authorises|authorizes|authori[sz]ed|approves?)\b))?"
)
# the powers a body hands over: "authority", "delegated powers", "decision responsibilities"
_POWER = r"(?:(?:decision(?:-making)?|executive|full)\s+)?(?:authority|authori[sz]ation|powers?|responsibilit(?:y|ies)|delegation)"  # ("Delegation be given to the Clerk to ...")
# a post that may be printed in lower case ("delegate all matters ... to the clerk"), or any name in capitals
_POST = (
    r"(?:the\s+)?(?:relevant\s+|appropriate\s+)?(?:(?-i:[A-Z])|(?:town\s+|parish\s+)?clerk\b|chair(?:man|person)?\b|proper\s+officer\b"
    r"|responsible\s+financial\s+officer\b|chief\s+executive\b)"
)
_OWNER = r"(?P<owner>" + _POST + r"[^;:]{1,200}?)"  # (with who is consulted, "..., in consultation with ...")
_ACT = r"\s*,?\s+to\s+(?P<verb>[a-z]{3,})\b(?P<tail>.*)$"
_GIVEN = (
    # "delegate authority to X to ...", "grant delegated powers to X to ...", "delegated authority to X to ..."
    re.compile(_LEAD + r"(?:delegates?|grants?|gives?|delegated)\s+(?:such\s+|the\s+)?(?:delegated\s+)?" + _POWER + r"\s+to\s+" + _OWNER + _ACT, re.I),
    # "Delegate to the Director for Place, in association with the Cabinet Member, the authority to amend ...": who, then the power
    re.compile(_LEAD + r"delegates?\s+to\s+" + _OWNER + r"\s*,?\s+(?:the\s+)?(?:delegated\s+)?" + _POWER + _ACT, re.I),
    # "authority be delegated to X to ...", "decision responsibilities be delegated to X to ...", "delegated authority is given to X to ..."
    re.compile(_LEAD + r"(?:delegated\s+)?" + _POWER + r"\s+(?:be|is|are|was|were)\s+(?:hereby\s+)?(?:delegated|given|granted)\s+to\s+" + _OWNER + _ACT, re.I),
    # "X be authorised to ...", "X be given delegated powers to ..."
    re.compile(_LEAD + _OWNER + r"\s+(?:be|is|are|was|were)\s+(?:hereby\s+)?(?:authori[sz]ed|(?:given|granted)\s+(?:the\s+)?(?:delegated\s+)?" + _POWER + r"|delegated\s+" + _POWER + r")" + _ACT, re.I),
    # "authorise X to ...", "delegate to X to ...", "approves a delegation to X to ..."
    re.compile(_LEAD + r"(?:authori[sz](?:es?|ed)\s+|delegates?\s+to\s+|(?:approves?|agrees?)\s+(?:a\s+|the\s+)?delegation\s+(?:of\s+" + _POWER + r"\s+)?to\s+)" + _OWNER + _ACT, re.I),
    # "approve the Events Team to invite ...", "approve the Lengthsman to clear the drains": a post or team named in a few words
    # (never a thing or a body given leave: "approve the Tennis Club Lease to run until 2040", "the Bowls Club to use the field")
    # (nor a recommendation, a quotation or a request "of", "from" or "for" anyone, nor an outside club, hall or firm given leave
    # to use, hold or work: "the Football Club Secretary to mark out a pitch", "the Clerk to work from home")
    re.compile(_LEAD + r"approves?\s+(?P<owner>(?:the\s+)?(?=(?-i:[A-Z]))(?:(?!(?:of|from|for|as|by|with|club|hall|management|youth|society|association|church|school|ltd|limited)\b)"
               r"[\w-]+\s+){0,6}?(?:department|team|clerk|officers?|(?:working\s+)?group|representatives?|lengthsman|warden|administrator|RFO))"
               r"\s*,?\s+to\s+(?!(?:use|hold|work|mark|meet|run|attend|take|keep|have|stay|remain|continue|park|access)\b)(?P<verb>[a-z]{3,})\b(?P<tail>.*)$", re.I),
)
# "to delegate the authority to award grants to the Acting Deputy Chief Executive jointly with the Head of Finance": the power, then who
_POWER_FIRST = re.compile(
    _LEAD + r"(?:delegate|grant|give)\s+(?:the\s+)?(?:delegated\s+)?(?:authority|power)\s+to\s+(?P<verb>[a-z]{3,})\b(?P<tail>.{3,160}?)\s+to\s+"
    r"(?P<owner>(?:the\s+)?[A-Z][^;:]{2,120}?)(?:\s+(?:jointly|in\s+consultation)\b.*)?[.;,]?\s*$",
    re.I,
)
# "Authority to award the contracts for (1) ... and (4) agency staff be delegated to the Interim Director of Resources ...": the power, then who
_AUTHORITY_TO = re.compile(
    _LEAD + r"(?:delegated\s+)?authority\s+to\s+(?P<verb>[a-z]{3,})\b(?P<tail>.{3,300}?)\s+(?:be|is|was)\s+(?:hereby\s+)?delegated\s+to\s+"
    r"(?P<owner>(?:the\s+)?[A-Z][^;:]{2,120}?)(?:\s+(?:jointly|in\s+consultation)\b.*)?[.;,]?\s*$",
    re.I,
)
# "Authorise all ancillary actions to be undertaken by the Strategic Director, in consultation with ..."
_DONE_BY = re.compile(_LEAD + r"authori[sz]e\s+(?P<what>.{3,160}?)\s+to\s+be\s+[a-z]+\s+by\s+(?P<owner>.{3,120}?)(?:\s*,?\s+in\s+consultation\b.*|[.;,]?\s*(?:and)?\s*)$", re.I)
# "Delegate any decision in relation to these projects to the Director for Highways, in consultation with ...": the matter, then who
_MATTER_TO = re.compile(
    _LEAD + r"delegate[sd]?\s+(?P<what>(?!to\b).{3,200}?)\s+to\s+(?P<owner>" + _POST + r"[^;:]{0,120}?)"
    r"(?:\s*,?\s+(?:jointly|(?:in|after|following)\s+consultation)\b.*?)?[.;,]?\s*(?:and)?\s*$",
    re.I,
)
# "the further step of making any contract award be delegated to the relevant portfolio holder, after consultation with ...": the matter, then who
_MATTER_DELEGATED = re.compile(
    _LEAD + r"(?P<what>(?!(?:delegated\s+)?" + _POWER + r"\s)\S.{2,200}?)\s+be\s+(?:hereby\s+)?delegated\s+to\s+(?P<owner>" + _POST + r"[^;:]{0,120}?)"
    r"(?:\s+to\s+[a-z]{3,}\b[^;:]*?)?(?:\s*,?\s+(?:jointly|(?:in|after|following)\s+consultation)\b.*?)?[.;,]?\s*(?:and)?\s*$",
    re.I,
)
# "Delegate to the Section 151 Officer that the grant conditions are accepted and discharged": who, then the duty
_TO_WHOM_THAT = re.compile(_LEAD + r"delegate\s+to\s+(?P<owner>(?:the\s+)?(?-i:[A-Z])[^;:]{2,120}?)\s+(?:that|the\s+(?:task|duty|responsibility)\s+(?:of|to))\s+\S", re.I)
_AT_THE_MEETING = re.compile(
    r"\bsign\b.{0,120}\b(?:minutes|correct|true|accurate)\b|\b(?:timing|date)\s+of\s+(?:the\s+)?next\s+meeting\b"
    r"|\bminutes\b.{0,200}\bsign\s+(?:them|it)\b"  # "That the minutes be approved and the Chairman be authorised to sign them"
    # a standing delegation, no one task: "to carry out all the Council's statutory functions in relation to ..."
    r"|\bto\s+(?:carry\s+out|exercise|discharge|undertake)\s+all\s+(?:of\s+)?(?:the\s+)?(?:\w+(?:'s|\u2019s)?\s+){0,2}(?:functions|powers|duties)\b"
    # leave to tidy, should it be needed: "authority to make minor changes to the protocol to correct any slips which may
    # arise" (never a step before adoption: "to make minor changes to the Plan before full Council adopts it")
    r"|\bto\s+make\s+(?:any\s+)?(?:necessary\s+)?minor\s+(?:\w+\s+){0,3}?(?:amendments|changes|corrections|alterations)\b"
    r"[^.;]{0,80}?\b(?:which|that)\s+may\s+(?:occur|arise|be\s+(?:needed|required|necessary))\b(?:\s+from\s+time\s+to\s+time)?"
    r"(?:\s+(?:following|after|as\s+a\s+result\s+of)\s+(?:(?!\band\b)[^.;]){1,80})?\s*[.;]?\s*$"
    # leave to correct the wording, with nothing to do after it: "to allow minor editorial and typographical corrections to
    # be made in the strategy before it is published" ("... and publish it on the website" keeps its task)
    r"|\bminor\s+(?:editorial|typographical|drafting|textual|presentational|formatting)(?:\s+(?:and|or)\s+[a-z]+)?\s+"
    r"(?:amendments|changes|corrections|alterations)\b(?:(?!\band\b)[^.;]){0,80}[.;]?\s*$",
    re.I,
)
# words that make a would-be owner a report, a question or a condition: "Councillor Dent asked whether the Clerk",
# "The Clerk explained that in 2019 the Cabinet Member", "the Standards Committee could", "Under the scheme, officers"
_NOT_AN_OWNER = re.compile(
    r"\b(?:be|been|is|are|was|were|that|whether|if|asked|explained|noted|said|reported|stated|advised|could|would|should|might|may|can)\b"
    r"|^(?:Under|In|At|On|For|With|By|From|As|Following|After|Since|During)\b"
)


def _owner(text: str) -> str | None:
    """The officer's post without who they consult: "the Director of Place, in consultation with ..." -> "the Director of Place"."""
    # "the Clerk (in consultation with the Chairman)": who is consulted goes ("the Cabinet Member (Housing)" stays whole)
    text = re.sub(r"\s*\((?:in|after|following)\s+consultation\b[^()]{0,160}\)", "", text)
    owner = re.split(r"\s*,?\s+(?:in\s+consultation|following\s+consultation|after\s+consultation|in\s+conjunction|in\s+association|jointly|acting)\b", text.strip(), maxsplit=1)[0]
    owner = owner.strip(" ,")
    if _NOT_AN_OWNER.search(owner):
        return None  # "the report be referred to X and the Cabinet Member": two clauses, no one post; or a report, a question
    if re.fullmatch(r"(?:the\s+)?(?:Council|Committee|Cabinet|Board|Panel|Authority|Executive)", owner, re.I):
        return None  # "Authorise the Council to hold the grant monies": the body gives itself a power, no one is set a task
    return owner if _looks_like_doer(re.sub(r"^the\s+", "", owner, flags=re.I)) else None


def _officers_task(owner: str, verb: str, tail: str) -> ActionCandidate:
    """ "the Director of Place" + "finalise" + "the contract": the task, owned by the post as the clause names it."""
    return replace(_owner_action(owner, verb, tail), owners=(owner,))


_POWER_GERUNDS = {"approving": "approve", "authorising": "authorise", "authorizing": "authorise", "awarding": "award", "agreeing": "agree",
                  "paying": "pay", "signing": "sign", "making": "make", "spending": "spend", "setting": "set", "finalising": "finalise"}


def delegated_task(clause: str) -> ActionCandidate | None:
    """The task a delegation hands to a named officer, or None when the clause delegates nothing."""
    if _AT_THE_MEETING.search(clause):
        return None
    # "subject to a favourable response, delegated authority be given to ...": the condition first
    clause = re.sub(r"^\W*(?:that\s+)?subject\s+to\s+[^,;]{3,200},\s+(?=(?:the\s+)?(?:authority|delegated|power)\b)", "", clause, flags=re.IGNORECASE)
    # "authority be delegated to the Clerk for approving the transfers ... be agreed": a gerund, the clause's verb after it
    gerund = re.search(r"\b(delegated\s+to\s+[^;:]{3,120}?)\s+for\s+([a-z]{3,}ing)\b(.*?)(?:\s+be\s+(?:agreed|approved))?\s*[.;]?\s*$", clause, re.IGNORECASE)
    base = gerund and (gerund_base(gerund.group(2)) or _POWER_GERUNDS.get(gerund.group(2).lower()))
    if base:
        clause = f"{clause[: gerund.start()]}{gerund.group(1)} to {base}{gerund.group(3)}"
    # "the Clerk be authorised, in consultation with the Chair, to update ...": who is consulted, said before the power
    clause = re.sub(r"\s+(be\s+authori[sz]ed),\s+((?:in|after|following)\s+consultation\s+with\s+[^,;]{3,80}),\s+to\s+", r", \2, \1 to ", clause)
    found = _delegation(clause)
    # "That the report be referred to X and the Cabinet Member be given delegated powers to ...": the delegation after an "and"
    for joint in itertools.islice(re.finditer(r"[;,]?\s+and\s+(?:that\s+)?(?=\S)", clause), 4):
        if found is not None:
            break
        found = _delegation(clause[joint.end():])
    return found


def _delegation(clause: str) -> ActionCandidate | None:
    # "To approve a top-up round and to delegate the authority to award grants to ...": the delegation after the approval
    later = re.search(r"\band\s+(?=(?:to\s+)?(?:delegate|authori[sz]e)\b)", clause)
    if later and not any(pattern.match(clause) for pattern in _GIVEN):
        clause = clause[later.end():]
    first = _POWER_FIRST.match(clause) or _AUTHORITY_TO.match(clause)
    if first and _owner(first.group("owner")):
        owner = _owner(first.group("owner"))
        return _officers_task(owner, first.group("verb"), first.group("tail").strip())
    for pattern in _GIVEN:
        found = pattern.match(clause)
        if found:
            owner = _owner(found.group("owner")) or (found.group("owner") if pattern is _GIVEN[-1] else None)  # (a post the pattern names)
            past = re.search(r"\b(?:was|were)\s+(?:hereby\s+)?(?:authori[sz]ed|given|granted|delegated)\b", found.group(0)[found.end("owner") - found.start():][:40])
            if owner is None or (past and found.start("owner") > 0):
                return None  # ("To note the report and that officers were authorised to close the car park": done, reported)
            return _officers_task(owner, found.group("verb"), found.group("tail").strip().rstrip(" .;,"))
    for pattern in (_MATTER_TO, _TO_WHOM_THAT, _MATTER_DELEGATED):
        found = pattern.match(clause)
        if found and "what" in found.groupdict() and re.search(r"\b(?:whether|if|should|could|would|might|may|discussed|asked)\b", found.group("what") or ""):
            continue  # "Members discussed whether authority should be delegated to the Clerk": a question, not a decision
        owner = _owner(found.group("owner")) if found else None
        if owner is not None:
            return _whole_clause(clause, owner)
    done = _DONE_BY.match(clause)
    if done:
        owner = _owner(done.group("owner"))
        if owner is not None:
            return _whole_clause(clause, owner)
    return None


def _whole_clause(clause: str, owner: str) -> ActionCandidate:
    """A delegation whose task reads best as the clause itself, owned by the officer it names."""
    text = re.sub(_LEAD_WORDS, "", clause.strip(), flags=re.I).rstrip(" .;,")  # (a condition, "where no such authority exists,", stays)
    text = re.sub(r"\s*;?\s*and$", "", text)
    text = re.sub(r"^(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?:Cabinet|Council|Committee|Board|Executive|Panel)\s+(?=delegate[sd]?\b)", "", text)  # (who delegated)
    text = re.sub(r"^(delegate|authori[sz]e)[sd]\b", r"\1", text, flags=re.I)  # "(Cabinet) delegates the decision ...": the log's own verb
    return ActionCandidate("do", text[:1].upper() + text[1:], None, (owner,), (), "resolution")
