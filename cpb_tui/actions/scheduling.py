"""Work programme changes: business moved, added or taken again at a named meeting.

"... approved, subject to the progress report being moved to 4 March and the closing report
being added to the agenda for 21 January", "the youth plan would be considered again at the
March meeting", "a task group would report to the committee in June". Each is something the
committee will see again, so each is an action, but only when the words say when: without a
time these sentences describe a programme, not a promise.
"""

from __future__ import annotations

import re
from dataclasses import replace

from cpb_tui.actions.clauses import ActionCandidate, _action
from cpb_tui.actions.doers import thing_alone
from cpb_tui.actions.due import parse_due
from cpb_tui.actions.phrases import _HEDGED, _PP_BASE, _lower_first

_MOVED_VERBS = {
    "moved": "move",
    "added": "add",
    "brought forward": "bring forward",
    "brought back": "bring back",
    "brought": "bring",
    "deferred": "defer",
    "rescheduled": "reschedule",
    "included": "include",
    "scheduled": "schedule",
    "put back": "put back",
    "considered": "consider",
    "taken": "take",
}

_VERB_WORDS = "|".join(sorted((re.escape(v).replace(r"\ ", r"\s+") for v in _MOVED_VERBS), key=len, reverse=True))

# "the progress report from the review group being moved to 4 March 2025"
_BEING = re.compile(
    rf"(?P<what>\b(?:the|an?|further|this|these)\s+(?:(?!\b(?:being|be|subject\s+to)\b)[^;:,]){{3,160}}?)\s+being\s+(?P<verb>{_VERB_WORDS})\b(?P<rest>[^;]*?)"
    rf"(?=,?\s+and\s+(?:also\s+)?(?:the|an?|further|this|these)\s+(?:(?!\bbeing\b)[^;]){{3,160}}?\s+being\s+|[;.]|$)",
    re.IGNORECASE,
)


def scheduled_changes(clause: str) -> list[ActionCandidate]:
    """Each "X being moved / added / brought forward to <a time>" in a clause, as one action."""
    if not re.search(r"\bbeing\s+", clause, re.IGNORECASE):
        return []
    found: list[ActionCandidate] = []
    for match in _BEING.finditer(clause):
        rest = match.group("rest").strip(" ,")
        said = f"{match.group('verb')} {rest}"  # "moved to 4 March 2025" dates a meeting; "to 4 March 2025" alone does not
        due = parse_due(said)
        if due is None or due.kind in ("month_only", "future_meeting") and not re.search(r"\d", due.words):
            continue
        verb = _MOVED_VERBS[re.sub(r"\s+", " ", match.group("verb").lower())]
        what = re.sub(r"^(?:and|also)\s+", "", match.group("what").strip(), flags=re.IGNORECASE)
        phrase = f"{verb} {_lower_first(what)} {rest}".strip()
        kind = "defer" if verb in ("move", "defer", "reschedule", "put back") else "report"
        found.append(_action(kind, phrase, said))
    return found


# "the youth justice plan would be considered again at the March meeting"
_TAKEN_AGAIN = re.compile(
    r"(?P<what>\b(?:the|an?|this|these|its|further)\s+(?:(?!\b(?:would|will|which|that)\b)[^.;:,]){2,120}?)\s+(?:would|will|is\s+to|are\s+to)\s+"
    r"(?:now\s+|also\s+)?be\s+(?P<verb>re-?considered|considered|discussed|revisited|reviewed|re-?visited|looked\s+at|taken|scheduled|re-?scheduled|brought\s+back|added|allocated|programmed|deferred|carried\s+forward)"
    r"(?P<again>\s+again|\s+further)?\b(?P<rest>\s+(?:at|to|for|in|on|by|during|before)\b[^.;]*)",
    re.IGNORECASE,
)

# "Cllr Griggs suggested that the update report on street drinking be allocated to the October 2036 meeting": a work plan's
# business put forward for a named meeting
_PUT_FORWARD = re.compile(
    r"\b(?:suggested|proposed|requested|asked)\s+that\s+(?P<what>(?:the|an?|this|these|its|further)\s+[^.;:,]{2,120}?)\s+be\s+"
    r"(?P<verb>allocated|added|scheduled|programmed|brought\s+back)(?P<again>)\b(?P<rest>\s+(?:at|to|for)\s+the\b[^.;]*)",
    re.IGNORECASE,
)

_BASE_VERBS = {
    "re considered": "reconsider",
    "reconsidered": "reconsider",
    "considered": "consider",
    "discussed": "discuss",
    "revisited": "revisit",
    "re visited": "revisit",
    "reviewed": "review",
    "looked at": "look at",
    "taken": "take",
    "scheduled": "schedule",
    "brought back": "bring back",
    "added": "add",
    "allocated": "allocate",
    "programmed": "programme",
    "deferred": "defer",
    "rescheduled": "reschedule",
    "re scheduled": "reschedule",
    "carried forward": "carry forward",
}

# "a task group on school transport would report to the committee in June 2025"
_REPORT_TO = re.compile(
    r"(?P<who>\b(?:the|an?|this)\s+(?:(?!\b(?:would|will|which|that)\b)[^.;:,]){2,100}?)\s+(?:would|will)\s+(?:also\s+)?"
    r"(?P<verb>report(?:\s+back)?|come\s+back|return)\s+(?P<rest>to\s+(?:the|this|a|its)\s+(?:next\s+|future\s+)?"
    r"(?:committee|board|panel|forum|meeting|sub-committee)\b[^.;]*)",
    re.IGNORECASE,
)


_SHOULD_BE_ADDED = re.compile(
    r"(?P<what>\b(?:the|an?|this|these|further)\s+(?:(?!\b(?:would|will|should|which|that)\b)[^.;:,]){2,120}?)\s+should\s+(?:also\s+)?be\s+"
    r"(?P<verb>added|scheduled|brought\s+back|considered|taken)\b(?P<rest>\s+(?:to|for|at|on|in)\b[^.;]*)",
    re.IGNORECASE,
)
_DEFERRAL_VERBS = {"deferral": "defer", "postponement": "postpone", "rescheduling": "reschedule", "moving": "move"}
_DEFERRAL = re.compile(
    r"\b(?P<noun>deferral|postponement|rescheduling|moving)\s+of\s+(?P<what>(?:the|an?|its)\s+[^.;]{2,140}?)\s+"
    r"(?P<rest>(?:from\s+[^.;]{2,80}?\s+)?to\s+(?:the|its|a)\s+[^.;]*)",
    re.IGNORECASE,
)
_ELSEWHERE = re.compile(r"\b(?:Cabinet|Executive|full\s+Council|the\s+Council)\b")


def taken_again(sentence: str) -> ActionCandidate | None:
    """Business the committee will take at a named time: "X would be considered again at the
    March meeting", "the review group would report to the committee in June 2025"."""
    if _HEDGED.search(sentence) or re.search(r"\b(?:if|whether|unless|could|might|may)\b|\bnoted\s+that\b", sentence, re.IGNORECASE):
        return None  # a hope, a condition, or what was noted (noting records; it asks nothing)
    again = _TAKEN_AGAIN.search(sentence) or _PUT_FORWARD.search(sentence)
    if again is not None and re.match(r"(?i)allocated|programmed|carried", again.group("verb")) and not (
            re.search(r"(?i)\b(?:item|report|update|matter|business|paper|presentation|review|topic|issue|discussion)s?\b", again.group("what"))
            and re.search(r"(?i)\b(?:meeting|agenda|committee|board|panel|programme)\b", again.group("rest"))):
        again = None  # "the locality budget would be allocated to the parish in April": money or land, no business taken again
    if again is not None:
        due = parse_due(again.group("rest"))
        if due is None or _ELSEWHERE.search(again.group("rest")):
            return None  # no time, or another body's business
        verb = _BASE_VERBS[re.sub(r"[\s-]+", " ", again.group("verb").lower())]
        phrase = f"{verb} {_lower_first(thing_alone(again.group('what')))}{again.group('again') or ''} {again.group('rest').strip()}"
        return _action("defer" if verb in ("reconsider", "take", "revisit", "defer", "reschedule", "carry forward") else "report", phrase, again.group("rest"), source="minutes")
    should = _SHOULD_BE_ADDED.search(sentence)
    if should is not None and (parse_due(should.group("rest")) or re.search(r"\b(?:work\s*programme|agenda|forward\s+plan)\b", should.group("rest"), re.IGNORECASE)):
        # "An update on the cafe should be added to the Work Programme for the March 2024 meeting"
        verb = _BASE_VERBS.get(should.group("verb").lower(), should.group("verb").lower())
        phrase = f"{verb} {_lower_first(should.group('what').strip())} {should.group('rest').strip()}"
        return _action("report", phrase, should.group("rest"), source="minutes")
    deferral = _DEFERRAL.search(sentence)
    if deferral is not None and parse_due(deferral.group(0)) is not None:
        # "the deferral of the Procurement Plan from the 22 October meeting to the December meeting"
        rest = deferral.group("rest").strip()
        phrase = f"{_DEFERRAL_VERBS[deferral.group('noun').lower()]} {_lower_first(deferral.group('what').strip())} {rest}"
        return _action("defer", phrase, deferral.group(0), source="minutes")
    reporting = _REPORT_TO.search(sentence)
    if reporting is not None and parse_due(reporting.group("rest")) is not None and not _ELSEWHERE.search(reporting.group("rest")):
        # "The Chair said a task group ... would report": the task group reports, not the Chair
        who = re.split(r"\b(?:said|reported|explained|confirmed|advised|noted|indicated|stated|added|informed\s+\w+)\s+(?:that\s+)?", reporting.group("who"))[-1].strip()
        verb = re.sub(r"\s+", " ", reporting.group("verb").lower())
        phrase = f"{who[0].upper()}{who[1:]} to {verb} {reporting.group('rest').strip()}"
        return _action("report", phrase, reporting.group("rest"), source="minutes")
    return scheduled_ahead(sentence)


# "The review of parking is coming forward for the meeting on 12 March", "The item was scheduled for
# the next meeting on 4 June", "The report has been rescheduled until the autumn of 2027"
_PLANNED = re.compile(
    # (never across "or": "noting those which were on the agenda or were scheduled for a future date", two states of a list)
    r"(?P<what>\b(?:the|an?|this|these|its|their)\s+(?:(?!\b(?:would|will|which|that|was|were|is|are|has|have|or)\b)[^.;:,]){2,120}?)\s+"
    r"(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:now\s+|also\s+)?(?P<verb>scheduled|rescheduled|programmed|timetabled|coming\s+forward|coming\s+back)"
    # (a meeting or a time after "to", or the business coming back, never work in hand: "the culvert work is scheduled to be
    # finished by October", "the works are scheduled to start in May")
    r"(?:\s+for\s+presentation)?)\b(?P<rest>\s+(?:for|to(?!\s+(?:be\s+(?:finished|completed|done|built|installed|started|opened|closed|ready|carried\s+out|"
    r"delivered|repaired|resurfaced|fitted|in\s+place)|start|begin|finish|complete|open|close|run|end|commence|take\s+place)\b)|until|in|at|on)\b[^.;]*)",
    re.IGNORECASE,
)
# "The auditors were expecting to bring their report to the next meeting in July"
_EXPECTING = re.compile(
    r"(?P<who>\b(?:the|an?|its|our)\s+[^.;:,]{2,60}?)\s+(?:is|are|was|were)\s+expect(?:ing|ed)\s+to\s+(?P<verb>bring|present|submit|report|provide)\b(?P<rest>[^.;]*)",
    re.IGNORECASE,
)


_EVENT = re.compile(r"(?i)\b(?:visit|walk(?:about)?|tour|inspection|litter[- ]pick|training|workshop|surgery|event|open\s+day|drop-in)s?\s*$")  # (its head noun: never "the Events Working Group review")


def scheduled_ahead(sentence: str) -> ActionCandidate | None:
    """Business put on a later meeting's agenda, said in the minutes' past or present tense."""
    planned = _PLANNED.search(sentence)
    # the time straight after the verb ("scheduled for the next meeting on 4 June"), not a date later on
    if planned is not None and _EVENT.search(planned.group("what")):
        planned = None  # "A site visit is scheduled for Wednesday 12 March": a day fixed, no business put on an agenda
    if planned is not None and parse_due(planned.group("rest")[:60]) is not None and not _ELSEWHERE.search(planned.group("rest")):
        verb = "bring" if planned.group("verb").lower().startswith("coming") else "schedule"
        phrase = f"{verb} {_lower_first(planned.group('what').strip())} {planned.group('rest').strip()}"
        return _action("report", phrase, planned.group("rest"), source="minutes")
    expecting = _EXPECTING.search(sentence)
    if expecting is not None and parse_due(expecting.group("rest")) is not None:
        who = expecting.group("who").strip()
        phrase = f"{who[0].upper()}{who[1:]} to {expecting.group('verb').lower()} {expecting.group('rest').strip()}"
        return _action("report", phrase, expecting.group("rest"), source="minutes")
    return None


def due_from_context(action: ActionCandidate, sentence: str, previous: str) -> ActionCandidate:
    """An undertaking whose own words give no time takes it from its sentence ("for the May 2023
    meeting ... and asked that arrangements be made"), or from the sentence before when it points
    back at what that sentence named ("... at its next meeting on 14 September. It was requested
    that this update include ...")."""
    if action.due_words:
        own = parse_due(action.due_words)
        wider = parse_due(sentence) if own is not None and own.kind == "next_meeting" else None
        if wider is not None and wider.kind == "meeting_month" and "next" in wider.words.lower():
            return replace(action, due_words=wider.words)  # "the next meeting", which the sentence dates
        return action
    due = parse_due(sentence)
    if due is None and re.search(r"\b(?:this|that|the\s+same)\s+(?:update|report|item|briefing|presentation|paper|review)\b", sentence, re.IGNORECASE):
        due = parse_due(previous)
    dated = (_EVENT_DAY.search(previous) or _HELD_ON.search(previous)) if due is None and re.search(r"\bto\s+attend\s*$", action.text) else None
    if dated:  # "Area forum \u2013 8th November 2035." then "ID and RB to attend.": the day of what they go to
        return replace(action, due_words=f"on {dated.group('day')}")
    if due is None or due.kind in ("month_only", "future_meeting"):
        return action
    return replace(action, due_words=due.words)


# "... reported the Police Priority Meeting to now be held on the 8th February, 2017 at 10am." then "B.J. Walker, to attend.":
# the day of the meeting just told of, where the task says only "to attend" (or "the forum would now meet on the 3rd May, 2036")
_HELD_ON = re.compile(
    r"\b(?:meeting|forum|event|conference|workshop|seminar|briefing)\b(?![^.;]{0,200}\b(?:postponed|cancelled|canceled|moved|rearranged|deferred)\b)[^.;]{0,60}?\b(?<!was\s)(?:(?:to|will|would|is|are)\s+(?:now\s+)?be(?:ing)?\s+held|(?:will|would|is\s+to)\s+(?:now\s+)?meet)\s+on\s+(?P<day>(?:the\s+)?"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December),?\s+\d{4})\b",
    re.IGNORECASE,
)
_EVENT_DAY = re.compile(
    r"^[^.;:]{3,60}?\s[\u2013\u2014-]\s+(?P<day>(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June"
    r"|July|August|September|October|November|December)(?:\s+\d{4})?)\.?\s*$"
)  # (its year may be left to the meeting's: "Area forum \u2013 8th November")


def attended_day(phrase: str, context: str) -> str | None:
    """ "Area forum \u2013 8th November \u2013 Cllr Ann Bell to attend": the day of what the tagged doer goes to, told before the tag."""
    dated = _EVENT_DAY.search(context.strip(" \u2013\u2014-")) if re.fullmatch(r"attend\b\s*", phrase) else None
    return f"on {dated.group('day')}" if dated else None
# "A blocked culvert on Sheep Street had still not been cleared \u2013 to be raised again with the county": the matter told
# of first, then after a dash what is to be done about it, its subject left out
_DASH_TO_BE = re.compile(
    r"^(?P<subject>(?:The|A|An)\s+[^,;:\u2013\u2014]{3,80}?)\s+(?:had|has|have|was|were|is|are)\b[^;:\u2013\u2014]{2,160}?\s[\u2013\u2014-]\s+"
    r"(?:(?:this|it)\s+)?to\s+be\s+(?P<pp>[a-z]+)\b(?P<rest>[^.;]*)"
)
# "Pond clearance \u2013 Deferred to June meeting", "Speed sign \u2013 Next agenda", "Tree survey \u2013 carried forward to the next
# meeting": a topic of a list of projects, and the meeting it goes to
_TOPIC_PUT_OFF = re.compile(
    r"^(?P<topic>(?!(?i:awaiting|waiting|pending|ongoing|outstanding|chasing|completed?|done|closed|see|no|none)\b)[A-Z][\w'\u2019&/-]*(?:\s+[\w'\u2019&/-]+){0,4}?)\s+[\u2013\u2014-]\s+(?:(?i:deferred|carried\s+forward|held\s+over|postponed)\s+(?:to|until)\s+(?:the\s+)?"
    r"(?P<when>(?i:next|[A-Z][a-z]+)\s+(?i:meeting|agenda))|(?P<next>(?i:next\s+agenda|next\s+meeting)))\s*\.?$"
)


# "Item to go to next Roads Group meeting.", "Matter to come back to the next agenda": the item itself sent on, in shorthand
_ITEM_TO_GO = re.compile(
    r"^(?:The\s+|This\s+)?(?i:item|matter|issue|topic)\s+to\s+(?:go|come\s+back|be\s+(?:taken|put|brought)(?:\s+back)?)\s+(?:to|on)\s+"
    r"(?P<when>(?:the\s+)?(?i:next)\s+(?:[A-Z][\w&'\u2019-]*\s+){0,4}?(?i:meeting|agenda|mtg))\b[^.;]*"  # (the next row may run on: "... meeting. 270/18 \u2013 ...")
)
# "The meeting was adjourned at 11.20 am to be reconvened on 24 September 2037 ...": the meeting goes on another day
_RECONVENED = re.compile(
    r"^(?:The\s+|This\s+)?(?P<what>(?i:meeting|hearing|panel|committee|sub-committee|item))\s+(?:was|is|were)\s+adjourned\b[^;]{0,60}?\bto\s+be\s+"
    r"reconvened\s+(?P<when>(?:on|at)\s+[^;]*)$"
)


# ("The Chairman has spoken to the tenant \u2013 to be followed up": who did it, never the matter)
_PERSON_SUBJECT = re.compile(r"(?i)\b(?:clerk|chair\w*|mayor|councillors?|cllrs?|members?|officers?|tenants?|residents?|owners?|landowners?)\b")


def put_off_or_raised_again(sentence: str) -> ActionCandidate | None:
    """A matter to be taken up again, told in shorthand: after a dash, "to be raised again with the county"; or a
    project's line "Pond clearance \u2013 Deferred to June meeting" (the meeting it goes to is when it is due)."""
    text = sentence.strip()
    again = _DASH_TO_BE.match(text)
    if again and again.group("pp") in _PP_BASE and not _HEDGED.search(text) and not _PERSON_SUBJECT.search(again.group("subject")):
        subject = re.sub(r"^(?:A|An|The)\s+", "the ", again.group("subject"))  # ("A blocked culvert ... had not been cleared": that culvert)
        phrase = f"{_PP_BASE[again.group('pp')]} {subject}{again.group('rest')}".strip()
        return _action("do", phrase, again.group("rest"), (), (), source="minutes")
    sent_on = _ITEM_TO_GO.match(text.rstrip(" .")) or _RECONVENED.match(text.rstrip(" ."))
    if sent_on is not None and sent_on.re is _ITEM_TO_GO:
        return _action("defer", sent_on.group(0).rstrip(" ."), sent_on.group("when"), (), (), source="minutes")  # the item itself sent on, no one named
    if sent_on is not None:
        phrase = f"reconvene the adjourned {sent_on.group('what').lower()} {sent_on.group('when')}"  # (never "reconvene the meeting", done as it sits)
        return _action("defer", re.sub(r",\s+(?:which|who)\b.*$", "", phrase).rstrip(" ."), sent_on.group("when"), (), (), source="minutes")
    put_off = _TOPIC_PUT_OFF.match(text)
    if put_off:
        when = "the " + re.sub(r"(?i)^next\b", "next", put_off.group("when") or put_off.group("next")).replace("Agenda", "agenda").replace("Meeting", "meeting")
        topic = put_off.group("topic").strip()
        topic = topic[0].lower() + topic[1:] if re.fullmatch(r"[A-Z][a-z]+(?:\s+[a-z][\w'\u2019-]*)*", topic) else topic  # ("Speed sign": no name)
        return _action("defer", f"bring {topic} to {when}", f"to {re.sub(r'agenda$', 'meeting', when)}", (), (), source="minutes")
    return None
