"""One part of a resolution clause and the task it sets, if any.

"That the Clerk write to the school", "to request a further report to the June meeting", "officers be asked to
review the charges", "That it be noted that a further report will be presented": `extract` splits a resolution into
its clauses and parts; `_from_clause` reads each part's doer, verb and what is to be done.
"""

from __future__ import annotations

import re
from dataclasses import replace

from cpb_tui.actions.coordination import AND_THAT, coordinated, second_verb_bare
from cpb_tui.actions.due import parse_due
from cpb_tui.actions.clauses import STATE_VERB, ActionCandidate, instructed, _action, _agreed, _kind, _owner_action, _passive, _receiving, _requested
from cpb_tui.actions.commitments import _commitment
from cpb_tui.actions.deferrals import deferral as _deferral
from cpb_tui.actions.phrases import (
    NOUN_BEFORE_PASSIVE,
    _AGREE,
    _DEFER,
    _FIRM_VERBS,
    _NOTING,
    _REQUEST,
    _SUBJUNCTIVE_VERBS,
    made_errand,
    _base,
    _looks_like_doer,
    _lower_first,
    _owner_and_verb,
    _owner_tag,
    _recipients,
)

_LEAD_VERB = re.compile(
    rf"^(?:also\s+)?(?:(?P<request>{_REQUEST})|(?P<agree>{_AGREE})|(?P<defer>{_DEFER})|(?P<noting>{_NOTING}))\b[\s:,]*(?P<rest>.*)$",
    re.IGNORECASE,
)


# Scottish and Welsh minutes resolve "to note ...", "to instruct the Director to ...".
_TO_VERB = re.compile(rf"^to\s+(?=(?:{_REQUEST}|{_AGREE}|{_DEFER}|{_NOTING}|request|ask|instruct|invite|note|agree|defer)\b)", re.IGNORECASE)


def _from_clause(clause: str) -> list[ActionCandidate]:
    actions: list[ActionCandidate] = []
    parts = [piece for chunk in AND_THAT.split(clause) for piece in coordinated(chunk)]
    for index, part in enumerate(parts):
        # "...; also that X"; "the Clerk to ask ...; also to obtain a price": the doer before goes on
        doer = " and ".join(actions[-1].owners) if actions and index and re.match(r"also\s+to\s+(?!be\b)", part.strip()) else ""
        part = (f"{doer} " if doer else "") + re.sub(r"^also\s+(?:(?=to\s)|that\s+)", "", part.strip()) if index else part.strip()
        part = _TO_VERB.sub("", re.sub(r"^that\s+", "", part, flags=re.IGNORECASE) if AND_THAT.search(clause) else part)
        action = _from_part(part.strip())
        if action is not None:
            actions.append(action)
    return actions


def _from_part(part: str) -> ActionCandidate | None:
    """One main verb and what follows it, with the owners a trailing tag names ("- AV to action")."""
    body, owners = _owner_tag(part)
    action = _from_part_body(body if owners else part)
    if action is not None and owners:
        return replace(action, owners=owners)
    return action


def _owned_extra(owner: str | None, verb: str, tail: str) -> ActionCandidate | None:
    """A doer's clause whose first verb asks for nothing, or for something to come."""
    if not owner:
        return None
    told = instructed(tail) if re.search(r"\sand\s", tail) else None
    if told is not None:
        return told
    then = re.search(r"\s+and\s+(?P<verb>provide|bring|submit|present|report|circulate|prepare|send|write)\b\s*(?P<tail>.*)$", tail)
    if then and verb in ("monitor", "keep", "review", "continue") and _looks_like_doer(owner):
        # "Officers monitor progress and provide update reports in 6 and 12 months": the watching is standing, the reports are to come
        return _owner_action(owner, then.group("verb"), then.group("tail"))
    if verb == "receive" and re.fullmatch(r"(?:the\s+)?(?:committee|board|panel|cabinet|council|sub-committee|forum|members)", owner.strip(), re.I) \
            and re.match(r"^(?:an?|further|regular|details|information|copies)\b", tail, re.I):
        # "(a) the committee receive details of the recommendations ...": in a decision's mood, still to come
        phrase = f"receive {tail}".rstrip(" .;")
        return _action(_kind("receive", phrase, tail), phrase, tail, recipients=_recipients(phrase))
    return None


def _undertaken_errand(owner: str, verb: str, tail: str) -> bool:
    """ "That the Leader will write to ...", "that the Clerk should write to ..." (a firm verb after "should" sets the task as "will"
    does; "the programme will remain flexible" sets none); "that the Clerk should apply to the Lottery for a grant": an
    officer's errand, where "the fee will apply" is a state."""
    applies = _APPLY_FOR.match(tail) is not None and _looks_like_doer(owner)
    return (verb in ("will", "shall", "would") or (verb == "should" and (parse_due(tail) is not None or applies or re.match(rf"(?:also\s+)?(?:{_FIRM_VERBS})\b", tail) is not None))) \
        and re.match(r"^(?:also\s+)?[a-z]+\b", tail) is not None and not tail.startswith("be ") and (applies or not STATE_VERB.match(tail))


# applying to a body for money or leave: "apply to the Lottery for a grant", "apply for planning permission"
_APPLY_FOR = re.compile(r"^(?:also\s+)?apply\s+(?:to\s+(?:the\s+)?[A-Za-z][^.;,]{1,80}?\s+)?for\s+(?:an?\s+|the\s+|some\s+)?[a-z]")


# What a decision sets going, read only after "to" ("RESOLVED to: Commission a review ..."): never
# the meeting's own next date ("to hold the next meeting on ...").
_DECIDED_DOING = (
    r"hold(?!\s+(?:the|its|their)\s+(?:next|annual|\w+\s+meeting)\b)|schedule|commission|establish|ensure|proceed\s+with|create|develop|"
    r"undertake|implement|convene|deliver|introduce|launch"
)


def _from_part_body(part: str) -> ActionCandidate | None:
    if re.match(r"^[^,;]{2,80}?\s+(?:was|were)\s+(?:duly\s+)?(?:received\s+and\s+)?(?:noted|received|approved|accepted)\.?$", part):
        return None  # "Officer report 0721FC04 was received and noted": an outcome ("report" is a noun there)
    # (a doer "to confirm the arrangements" has something to do: "Officers to note the request" has not)
    noting = re.match(rf"^(?P<owner>[^,;]{{2,80}}?)\s+to\s+(?!confirm\b)(?:{_NOTING}|note)\b", part, re.IGNORECASE)
    if noting and _looks_like_doer(noting.group("owner")) and not re.search(r"\sbe\s+(?:brought|presented|submitted|taken|reported)\b", noting.group("owner")):
        return None  # "Officers to note the request ...": nothing to deliver ("a report be brought ... to consider ..." is a passive)
    noted_that = re.match(r"^(?:that\s+)?it\s+be\s+noted\s+(that\s+.*)$", part, re.IGNORECASE)
    if noted_that:
        return _noted("note", noted_that.group(1))  # "That it be noted that a further report will be presented ..."
    lead = _LEAD_VERB.match(part)
    deferral = _deferral(part)
    if deferral is not None:
        return deferral
    if lead is None:
        # "That officers report back ...", "That the Chair write to ...": a doer and a verb to do.
        group = re.match(
            r"^(?P<owner>(?:the\s+)?(?:[\w'\u2019-]+\s+){0,5}(?:group|team|panel|board|forum|officers?|service))\s+(?:to\s+)?(?P<verb>"
            + "|".join(sorted(_SUBJUNCTIVE_VERBS)) + r")\b\s*(?P<tail>.*)$",
            part,
            re.IGNORECASE,
        )
        noun = group and not re.search(r"\bto\s+\S+$", part[: group.start("verb")].rstrip()) and (group.group("verb")[:1].isupper() and group.group("tail")[:1].isupper() or re.match(r"(?:[a-z]+\s+){0,2}be\s+[a-z]+(?:ed|en)\b", group.group("tail")))
        if group and not re.match(r"^(?:be|is|are)\b", group.group("tail")) and not noun:  # (never "the Panel Work Programme be noted": its noun)
            # "the task and finish working group report its findings back to Cabinet"
            return _owner_action(group.group("owner"), group.group("verb"), group.group("tail"))
        doer_for = re.match(r"^(?i:for)\s+(?P<owner>[^,;]{2,80}?)\s+to\s+(?P<verb>[a-z]+)\b\s*(?P<tail>.*)$", part)
        if doer_for and _looks_like_doer(doer_for.group("owner")) and not re.fullmatch(_NOTING, doer_for.group("verb")):
            # "(it was resolved) for the Clerk to write to the Police ..."
            return _owner_action(doer_for.group("owner"), doer_for.group("verb"), doer_for.group("tail"))
        infinitive = re.match(rf"^to\s+(?P<verb>{_FIRM_VERBS}|{_DECIDED_DOING})\b\s*(?P<tail>.*)$", part, re.IGNORECASE)
        if infinitive:
            # "Resolved - to contact the school to agree a joint letter"
            verb = re.sub(r"\s+", " ", infinitive.group("verb").lower())
            phrase = f"{verb} {infinitive.group('tail')}".strip()
            return _action(_kind(_base(infinitive.group("verb")), phrase, infinitive.group("tail")), phrase, phrase, (), _recipients(phrase))
        place = re.match(r"^(?P<what>(?:an?|the|further)\s+.{3,200}?)\s+(?:to\s+)?take\s+place\b\s*(?P<rest>.*?)(?:[;,]?\s*\b(?:and|or))?$", part, re.IGNORECASE)
        if place:
            # "That an extended internal review take place during 2014/15", "...; and" before the next clause
            phrase = f"hold {_lower_first(place.group('what'))} {place.group('rest')}".strip(" ;,.")
            return _action("do", phrase, part)
        owner, verb, tail = _owner_and_verb(part)
        if verb == "put" and re.match(r"forward\s+(?:a|an|the)\s+(?:motion|proposal|amendment|nomination)\b", tail):
            # "Cllr Hale put forward a motion to write to the county, ... all were in favour": the council's task, not his
            motion = re.match(rf"forward\s+(?:a|an|the)\s+(?:motion|proposal)\s+to\s+(?P<verb>{_FIRM_VERBS})\b(?P<tail>.*?)(?:,\s+[^,]{{2,40}}?\bseconded\b.*)?$", tail)
            return _action("do", f"{motion.group('verb')}{motion.group('tail')}".strip(" ,."), part) if motion else None
        found = _owned_extra(owner, verb, tail)
        if found is not None:
            return found
        # ("Resolved: The Clerk is to liaise with Mr Ward's secretary.": "is to", as "to")
        doing = re.match(r"^([a-z]+)\b\s*(.*)$", tail) if owner and verb == "to" else re.match(r"^to\s+([a-z]+)\b\s*(.*)$", tail) if owner and verb in ("is", "are") else None
        if doing and _looks_like_doer(owner) and (doing.group(1) == "confirm" or not re.fullmatch(_NOTING, doing.group(1), re.IGNORECASE)) and doing.group(1) not in ("the", "a", "an", "be"):
            # "c) The Scrutiny Manager to send an email to Members ...": a doer and what they are to do
            return _owner_action(owner, doing.group(1), doing.group(2))
        # ("that the Clerk should write to the County Surveyor": a firm verb after "should" sets the task as "will" does)
        if owner and _undertaken_errand(owner, verb, tail):
            # "That the Leader will write to the Divisional Commander ..." (not "the programme will remain flexible")
            then = re.match(r"^(?:also\s+)?([a-z]+)\b\s*(.*)$", tail)
            return _owner_action(owner, then.group(1), then.group(2))
        if owner and verb in ("put", "set", "read", "cut", "let") and re.search(r"\band\s+(?:was|were|had)\b", tail):
            return None  # "Ruth Kerr put her name forward and was elected": told in the past, no task
        if owner and (verb in _SUBJUNCTIVE_VERBS or (verb.endswith("s") and verb[:-1] in _SUBJUNCTIVE_VERBS)) and not re.match(
            r"^(?:be|is|are|was|were)\b", tail
        ) and not NOUN_BEFORE_PASSIVE.match(tail) and not (verb.endswith("s") and re.match(r"^(?:from|of|on)\b[^;]*\bbe\s+[a-z]+(?:ed|en)\b", tail)) \
                and made_errand(verb, tail):
            # ("that the Planning Policy update be noted", "that the Review Group reports on A and B be approved": nouns there)
            return _owner_action(owner, verb, tail) if verb in _SUBJUNCTIVE_VERBS else _owner_action(owner, verb[:-1], second_verb_bare(tail, _SUBJUNCTIVE_VERBS))
        if owner and _looks_like_doer(owner) and re.fullmatch(r"[a-z]+", verb or "") and verb not in ("be", "is", "are", "to"):
            return None  # "That Members give consideration to any issues to be explored": their own verb, no task
        # "That consideration of this item be deferred ...": no verb of the board's own.
        return _passive(part, strict=True)
    rest = lead.group("rest").strip()
    if lead.group("noting"):
        return _noted(lead.group("noting"), rest)
    if lead.group("defer"):
        return _action("defer", "Defer " + rest, rest)
    if lead.group("agree"):
        return _agreed(rest)
    return _requested(rest, lead.group("request"))


def _noted(verb: str, rest: str) -> ActionCandidate | None:
    """A noting verb is no action, unless what it notes is still to come.

    "To receive a further report from the Director ..." asks for a report; "to note that
    officers would arrange a workshop" records an undertaking. "Receives the report" does neither.
    """
    if verb.lower().startswith("receiv"):
        return _receiving(rest)
    that = re.match(r"^that\s+(.*)$", rest, re.IGNORECASE)
    if verb.lower().startswith("note") and that:
        # Noted undertakings for this committee are its to follow ("officers would arrange a
        # workshop for Members"); what goes to another body ("will bring the strategy to
        # Cabinet", "will be presented to full Council") is that body's business.
        if re.search(r"(?<!\bback\s)\b(?:to|at|before|by)\s+(?:the\s+)?(?:full\s+)?(?:Council|Cabinet|Executive|Scrutiny)\b", that.group(1)):
            return None  # but "brought back to Cabinet for final approval" returns to the body deciding
        found = _commitment(re.sub(r"\bshall\s+be\b", "will be", that.group(1)), None)  # "shall be brought back": the same promise
        if found is not None and (found.owners or re.match(r"(?i)(?:circulate|bring|provide|send|share|present|submit|produce)\s+(?:a\s+)?further\b", found.text)
                                  or (due := parse_due(found.due_words or "")) is not None and due.kind == "meeting_month"):
            return replace(found, source="resolution")  # "... further information would be circulated", "... item would be allocated to the January meeting"
    return None
