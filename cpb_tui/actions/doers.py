"""Who is to act, read from the words before the verb: "In answer, officers (would ...)", "Joanne
Pryce, Head of Fostering, (agreed ...)", and the person a pronoun stands for ("Officers confirmed
that they would ...")."""

from __future__ import annotations

import re

from cpb_tui.actions.phrases import LEAD_TIME, _PRONOUNS, _looks_like_doer, _owner_length, _split_owner


def _subject(pre: str) -> str | None:
    """The doer just before the verb: "In answer, officers" -> "officers"; pronouns come back as they are."""
    pre = pre.strip()
    if not pre:
        return None
    if pre.endswith(","):
        # "Joanne Pryce, Head of Fostering, agreed": the name, not the post set off by commas
        parts = [p.strip() for p in pre.rstrip(",").split(",")]
        candidate = parts[-2] if len(parts) >= 2 else parts[-1]
    else:
        candidate = re.split(r"[,;:]\s*|\bthat\s+|\s[-\u2013\u2014]\s", pre)[-1].strip()  # "Website \u2013 the Clerk will ..."
        listed = re.split(r"[;:]\s*|\bthat\s+|\s[-\u2013\u2014]\s", pre)[-1].strip()
        if "," in listed and " and " in listed and _owner_length(listed.split()) == len(listed.split()):
            return listed  # "Cllr Dale, Cllr Moss and Cllr Reed will inspect ...": every doer of the list
    if candidate.lower() in _PRONOUNS:
        return candidate
    initials = re.fullmatch(r"(?:\d{1,2}[.)]\s+)?([A-Z]{2,3})", candidate)
    if initials:
        return initials.group(1)  # "AK will identify the changes": a member known by initials, as action notes name them
    words = candidate.split()
    if len(words) > 1 and words[-1].lower() in _PRONOUNS:
        return words[-1]  # "The Director confirmed she would ...": the pronoun, named earlier in `pre`
    if words and (_owner_length(words) == len(words) or (len(words) <= 6 and " and " in candidate and _looks_like_doer(candidate)
                                                               and not any(word.lower() in _PRONOUNS for word in words))):
        return candidate  # "The chairman and vice-chairman will decide ..."
    joined = re.split(r"\s+and\s+(?=the\s|[A-Z])", candidate)
    if len(joined) > 1 and _looks_like_doer(joined[-1]) and len(joined[-1].split()) <= 6 and joined[-2].split()[-1].lower() not in _PRONOUNS:
        # "the Chairman thanked him and the Clerk would place a notice": the Clerk; but "he and the
        # Vice-Chair would visit" is two doers, one of them unnamed here
        return joined[-1].strip()
    return None


def _pronoun_doer(pre: str, last_doer: str | None) -> str | None:
    """ "Officers confirmed that they would ...": the doer named earlier in the sentence or paragraph."""
    pre = LEAD_TIME.sub("", pre.strip())  # "At the April meeting Cllr Attridge indicated that he would ..."
    told = re.search(
        r"(?:^|,\s*|\band\s+)(?P<doer>(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|of|and))*)\s+(?:confirmed|said|advised|stated|explained|agreed|indicated|undertook|added)\s+(?:that\s+)?(?:he|she|they)\s*$",
        pre.strip() + " ",
    )
    if told and _looks_like_doer(told.group("doer")):
        return told.group("doer")  # "Bryan Smith explained ..., and the Chair confirmed that he would": the Chair
    # "... the matter was referred to Cllr P Skinner who confirmed he would ...": the one the clause is about
    who = re.search(r"(?P<doer>(?:the\s+)?[A-Z][\w'.-]{0,30}(?:\s+[A-Z][\w'.-]{0,30}){0,3}),?\s+who\s+(?:confirmed|said|advised|stated|explained|agreed|indicated|undertook|added)\s+(?:that\s+)?(?:he|she|they)\s*$", pre.strip())
    if who and _looks_like_doer(who.group("doer")):
        return who.group("doer")
    initials = re.match(r"^([A-Z]{2,3})\s+(?:has|had|said|reported|was|is|will|would)\b|^([A-Z]{2,3})\s+(?:stated|confirmed|advised|indicated)\s+(?:that\s+)?(?:he|she|they)$", pre.strip())
    if initials:
        return initials.group(1) or initials.group(2)  # "NH has a meeting on Monday at which he will raise the issue", "RT stated she would"
    owner, _ = _split_owner(re.sub(r"^[A-Z][^.:]{2,60}:\s+", "", pre.strip()))  # "Pavement issue: the Vale Council ... they"
    if owner and owner.lower() not in _PRONOUNS and (_looks_like_doer(owner) or not re.search(r"\b(?:she|he)\s*$", pre, re.IGNORECASE)):
        return owner  # "Work was continuing, and she would ...": "she" is a person, not the work
    return last_doer


# "The Clerk advised that the quote had arrived and (will forward it ...)": a thing did what was done, so the one who
# told of it takes the task on
# the words someone tells of something with
_TOLD = r"(?:advised|reported|said|confirmed|explained|stated|informed\s+(?:the\s+)?\w+)"
# "Cllr Ede reported that the borough had set its budget and (would publish it ...)": a tier of government did the one and will
# do the other, never the one who told of it
TOLD_OF_A_BODY = re.compile(
    r"^.*\b" + _TOLD + r"\s+(?:that\s+)?(?P<body>the\s+(?:borough|county|district|unitary)(?:\s+council)?|the\s+government)$"
)
TOLD_OF_A_THING = re.compile(
    r"^(?P<who>(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})\s+" + _TOLD + r"\s+(?:that\s+)?"
    r"(?:the|a|an|this|these|its|their|our)\s+(?!(?:clerk|chair\w*|officers?|councillors?|members?|contractors?|council|team|police|land\s*owners?|owners?|tenants?|residents?|neighbours?|farmers?|applicants?|agents?|developers?|school|head\s*teachers?|vicar|warden|ranger|surgeon|tree\s+surgeon|engineer|company|firm|builder)\b)[a-z][\w'\u2019-]*(?:\s+[a-z][\w'\u2019-]*){0,8}$"
)


def thing_alone(what: str) -> str:
    """ "The draft plan was circulated and (would be considered at the March meeting)": the thing, without what was
    done with it first."""
    return re.sub(r"\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+[a-z]+(?:ed|en|wn|t)\b[^.;]{0,120}?\s+and$", "", what.strip())
