"""Work the minutes tell of that is no task of this meeting's: another body's doing, or the room's housekeeping.

"The Highways Department has agreed to install the signs", "The footbridge is to be replaced by the county next
spring", "The district's strategy will be posted out next week", "Complaints continue to be made about speeding",
"The Chair asked that phones be kept on silent": each reads like a task, and none is one the clerk would follow up.
Nor is what a decision's own wording gives (`NO_RESOLUTION_TASK`): a seat filled, the recommendation that is the decision.
"""

from __future__ import annotations

import re

from cpb_tui.actions.clauses import ActionCandidate
from cpb_tui.actions.firm_verbs import DONE_BY_DECIDING, ONLY_IF_AGAIN
from cpb_tui.actions.phrases import _HEDGED

# a body outside the meeting: "the Highways Department", "the county", "the bus company" (never "County Councillor Hale",
# who sits at the meeting and may take a task)
_NOUN = (
    r"(?:department|dept|highways(?:\s+(?:authority|agency|team))?|county(?:\s+council)?|district(?:\s+council)?"
    r"|borough(?:\s+council)?|police|constabulary|company|developers?|landowners?|school|head\s*teacher|headteacher"
    r"|diocese|network\s+rail|utility|water\s+(?:board|company)|authority|agency|government|operators?)"
)
# (an owner: a department, a company or a school that undertook it, never a body the meeting asked, "The Police were asked to
# patrol the lane", which the clerk follows up)
_OUTSIDE_OWNER = re.compile(
    r"(?i)^(?:the\s+)?(?:[\w'\u2019&-]+\s+){0,3}?(?:department|dept|company|developers?|landowners?|school|head\s*teacher|headteacher|diocese"
    r"|network\s+rail|utility|water\s+(?:board|company)|operators?"
    # (a named firm by what it is: "Wessex Water Network", "Stoke Quarries Ltd"; never a residents' association, whose
    # litter pick the clerk follows up)
    r"|(?-i:[A-Z][\w'\u2019&-]*\s+)(?:network|ltd|limited|plc))$"
)
# "... is to be replaced by the county next spring", "... will be sent out soon by the bus company": a passive, done by them
# (the body named, "by the county", "by Kelby District Council", "by Highways": never "a breakdown by district", nor "by the
# county's inspector", someone of the body's, nor an aside in brackets)
_BY_OUTSIDE = re.compile(rf"\bby\s+(?:(?i:the)\s+(?:[\w'\u2019&-]+\s+){{0,3}}?(?i:{_NOUN})|[A-Z][\w'\u2019&-]*(?:\s+[\w'\u2019&-]+){{0,3}}?\s+(?i:{_NOUN})|(?:Highways|Police))\b(?!['\u2019])")
# "The district's waste strategy will be posted out": the thing is another body's
_THEIRS = re.compile(r"(?i)^\s*(?:the\s+)?(?:district|county|borough|police|government|school|church|highways)(?:\s+council)?['\u2019]s?\s")
# "Complaints continue to be made": something that keeps happening, never a task
_CONTINUING = re.compile(r"(?i)\bcontinu(?:e|es|ed)\s+to\s+be\s+[a-z]+ed\b")
# "The Chair asked that phones be kept on silent": how the room behaves while the meeting sits
# (or how often the body meets: "HVCC will continue to meet ten times a year", its standing practice)
_HOUSEKEEPING = re.compile(
    r"(?i)\b(?:mobile\s+)?phones?\b[^.;]{0,40}\b(?:silent|switched\s+off|turned\s+off)\b"
    r"|\bmeet\s+(?:\w+\s+){0,2}times?\s+(?:a|per|each|every)\s+(?:year|annum|month)\b"
    # ("Members to ensure that their cameras stayed on throughout the meeting": an online meeting's manners)
    # (or a standing effort, no one errand: "The council will keep up the pressure on the county", "agreed to watch the lane closely")
    r"|\bkeep\s+up\s+(?:the\s+|its\s+|our\s+)?pressure\b|\bwatch\s+(?:[\w'\u2019-]+\s+){0,4}?closely\b"
    r"|\b(?:cameras?|microphones?|mics?|videos?)\b[^.;]{0,30}\b(?:stay(?:ed|s)?|kept|remain(?:ed|s)?|switched|turned|left)\s+(?:on|off)\b[^.;]{0,20}\b(?:throughout|during)\s+the\s+meeting\b"
)


def outside_task(action: ActionCandidate) -> bool:
    """Whether a task found in the narrative is no task of this meeting's: every owner it names is outside the meeting, the
    work is done by one, or it is the room's housekeeping."""
    owned_outside = bool(action.owners) and all(_OUTSIDE_OWNER.match(owner.strip()) for owner in action.owners)
    plain = re.sub(r"\([^()]*\)", "", action.text)
    return owned_outside or not action.owners and bool(_BY_OUTSIDE.search(plain)) or bool(_HOUSEKEEPING.search(action.text))


def others_passive(subject: str, sentence: str) -> bool:
    """Whether a thing said to "be done" is another body's or never a task: "The district's plan will be posted",
    "Complaints continue to be made"."""
    return bool(_THEIRS.match(subject) or _CONTINUING.search(sentence))


# What a decision's wording may give that is no one's task:
# - a decision not to act: "the council will not ask the caretaker to come back yet" (negated_task), a doer "to not"
#   do it ("Decided Rob Dix to not take the course"), "the council would no longer pursue this"
# - the chair taken there and then: "It was agreed that Cllr Green should take the Chair" (not "at the Annual Meeting in May")
# - waiting ("agreed to wait and see"), a post held over ("to continue the appointment of a Vice Convener")
NO_RESOLUTION_TASK = re.compile(
    r"^(?:(?!\bto\b).){0,60}\bto\s+(?:not|no\s+longer|never)\b|^Not\s+[a-z]"  # ("resolved to not proceed": "Not proceed")
    r"|^[A-Za-z]+\s+there\s+(?:would|will|should|is|are)\s+be\b"  # ("Hold there would be a thirty-minute session ...": a sentence, no task)
    r"|^(?i:hold|keep|leave)\s+(?:the\s+)?[\w\s]{2,40}?\s+at\s+\u00a3"  # ("agreed to hold the precept at \u00a39,500": the sum is the decision)
    # ("RESOLVED to raise no objection to this application": a planning verdict given there)
    r"|^(?i:raise|make|offer|have|submit)\s+no\s+(?i:objections?|comments?|observations?)\b(?![^.;]*\b(?:and|but)\s+(?:to\s+)?[a-z]+\s)"
    r"|(?i:^(?:(?!\bto\b).){0,60}\bto\s+take\s+the\s+chair\b(?![^.]{0,60}\b(?:next|future|following|later|annual|AGM|January|February|March|April|May|June"
    r"|July|August|September|October|November|December)\b))"
    r"|(?i:^(?:(?:(?!\bto\b).){0,60}\bto\s+)?(?:wait\s+(?:and\s+see|until|for|to\s+see)|continue\s+the\s+appointments?\s+of)\b)"
    # (nor the recommendation the committee makes, which is its decision: "a recommendation be sent to Full Council for ...")
    r"|(?i:^(?:make|send|put|submit)\s+(?:a|the|this|its)\s+recommendations?\s+to\s+(?:the\s+)?(?:full\s+)?(?:council|cabinet|executive)\b)"
    # (nor a seat filled: "Cllr Wren would sit for the council on the Finance Committee", "... to represent the council on ...")
    r"|(?i:^(?:(?!\bto\b).){0,60}\bto\s+(?:sit|serve|represent\s+(?:the|this)\s+(?:council|committee|parish))\b(?:\s+for\s+(?:the|this)\s+\w+)?\s+(?:on|as)\s+(?:the\s+)?[A-Z])"
    # (nor the verdict itself: "The Sub-Committee resolved to refuse the application", "... to grant the licence")
    r"|(?i:^(?:refuse|grant|reject|dismiss|uphold|allow|revoke|suspend|approve|award)\s+(?:the\s+|this\s+|a\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:application|licen[cs]e|appeal|permission|consent|variation|complaint|petition|premises\s+licence)s?\b(?![^.;]{0,80}\b(?:and|then)\s+(?:to\s+)?(?:write|inform|notify|report)\b))"
    # (nor a decision that takes effect by itself: "agreed to pause all new spending on the park", "resolved to cover half the
    # cost of the bench from reserves", "agreed to object to the proposed parking charge")
    # (nor the meeting's own order of business: "resolved to adjourn the meeting at 7.07pm to allow the public to speak", "to
    # reconvene the meeting", "to suspend standing orders"; never one put off to a later day, "adjourn the meeting until 4 May")
    r"|(?i:^(?:adjourn|reconvene|resume|suspend|reinstate)\s+(?:the\s+)?(?:meeting|standing\s+orders)\b(?![^.;]{0,80}\b(?:until|till)\b)"
    r"(?![^.;]{0,80}\b(?:to|on)\s+(?:next\s+\w+|\d{1,2}/\d{1,2}|(?:\w+\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?-i:[A-Z])|(?:mon|tues|wednes|thurs|fri|satur|sun)day)))"
    r"|(?i:^(?:pause|suspend|freeze|halt)\s+(?:all\s+)?(?:new\s+|further\s+|future\s+)?(?:[\w-]+\s+)?(?:spending|expenditure|projects?|grants?|works?)\b)"
    r"|(?i:^(?:cover|meet)\s+(?:(?:half|part|all|a\s+third|a\s+quarter)\s+(?:of\s+)?)?the\s+(?:full\s+)?costs?\s+of\b)"
    r"|(?i:^object\s+to\s+the\s+(?:proposed|planned)\b(?![^.;]*\b(?:write|letter|respond|response|inform)\b))"
    # (nor a parish's comment on an application: "AGREED to recommend APPROVAL", "AGREED to go with the Planning Officer's decision")
    r"|(?i:^(?:unanimously\s+)?(?:to\s+)?recommend\s+(?:approval|refusal)\b|^go\s+with\s+(?:the\s+)?(?:decision|recommendation|view)\s+of\s+(?:the\s+)?planning\s+officer\b)"
    # (nor what takes effect by being decided: a rate, "Increase the grants by 5%"; an overspend met, "The council to meet the
    # shortfall"; the body's own pattern, "Schedule six meetings each year"; a group set up, "Establish a task group to ...";
    # a seat swapped or filled, "Cllr Moss to replace Cllr Hay on ...", "Make appointments to the governor places")
    r"|(?i:^(?:increase|decrease|reduce|raise|cut)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?by\s+\d+(?:\.\d+)?\s*(?:%|per\s*cent\b|percent\b))"
    r"|(?i:^(?:(?:the\s+)?(?:parish\s+|town\s+|community\s+)?council\s+to\s+)?(?:meet|cover|fund|underwrite)\s+(?:the\s+|this\s+|any\s+)?(?:shortfall|overspend|deficit)\b)"
    r"|(?i:^(?:schedule|hold)\s+(?:\w+\s+)?(?:ordinary\s+)?meetings\s+(?:each|every|a|per)\s+(?:year|annum|quarter)\b)"
    r"|(?i:^(?:establish|set\s+up|form|create)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:task(?:\s+and\s+finish)?\s+group|working\s+group|sub-?committee)\s+to\b(?![^.;]*,\s+with\s+(?:the\s+)?(?:Clerk|Cllr|Councillor)\b))"
    r"|(?i:^(?:(?!\bto\b).){0,60}\bto\s+replace\s+(?:Councillor|Cllr\.?)\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?\s+(?:on|as)\b)"
    # (nor a standing arrangement kept: "continue to use Mrs Field as examiner", "publish the statement on an annual basis")
    r"|(?i:^continue\s+to\s+(?:use|employ|retain|appoint)\b|^(?!(?:to\s+)?(?:ask|write|request|contact|invite|inform|remind|chase)\b)[a-z]+\s[^.;]{0,120}?\bon\s+an?\s+(?:annual|yearly)\s+basis\b)"
    # (nor how this meeting takes its business: "That every item be considered in public")
    r"|(?i:^consider\s+(?:all|every|each|the|these|this)\s+(?:items?|business|matters?|reports?)\s+in\s+(?:public|private|open\s+session)\b)"
    # (nor earlier minutes approved there: "Pass the last minutes as a true record and they were then signed", "... the
    # corrected minutes were agreed and signed as accurate")
    r"|(?i:^(?:pass|approve|accept|adopt|confirm)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?minutes\b[^.;]{0,80}?\b(?:true|correct|accurate)\b"
    r"|^.{0,200}?\bminutes\s+(?:were|was)\s+(?:duly\s+)?(?:agreed|approved|accepted|confirmed|adopted)\s+and\s+signed\b)"
    r"|(?i:^make\s+(?:the\s+)?(?:following\s+)?appointments?\s+(?:to|as\s+follows)\b|^make\s+the\s+consequential\s+(?:changes|amendments)\b)"
    + f"|{ONLY_IF_AGAIN}"  # (nor what waits on a trouble coming back: "that if this should occur again the contractor will be contacted")
    + f"|(?:\\S+\\s+){{0,3}}?(?i:to\\s+)?{DONE_BY_DECIDING}"  # (nor what the decision does by being made: "Suspend paragraph 3.2 of Standing Orders")
    # (nor the council's own rules changed by the decision that words the change: "That the Scheme of Delegation be updated as shown
    # in Appendix 1", "That delegation PLN 4 be updated to include ...", "That Standing Orders be amended as set out in the report")
    + r"|(?i:^(?:update|amend|revise)\s+(?:the\s+)?(?:(?:(?:council\W?s\s+)?scheme\s+of\s+delegations?|constitution|standing\s+orders|financial\s+regulations)\b[^.;]{0,160}?"
    r"\bas\s+(?:shown|show|set\s+out|detailed)\s+(?:in|at)\s+(?:the\s+)?(?:appendix|annex|report)|delegations?\s+(?-i:[A-Z]{2,5})\s*\d+\b)"
    r"(?![^.;]*\b(?-i:(?:and|to|then)\s+(?:report|bring|present|circulate|publish|consult))\w*\b))"
)


# another body's own undertaking, told as news: "Highways have agreed to reline the markings", "The Police will send residents
# a leaflet" (never what the meeting asked of them: "The Police were asked to patrol the lane", "Police to be asked to ...")
_THEIR_PERSON = (
    r"(?:[\w-]+\s+)?(?:quarry|company|firm|contractor|developer|operator|school|utility|railway|hospital|landowner)['\u2019]s\s+"
    r"(?:[\w-]+\s+){0,3}?(?:manager|director|officer|engineer|representative|rep|agent|owner|head|staff|team)"
)
_THEIR_UNDERTAKING = re.compile(
    # (after a dash or a semicolon: "The organiser said no camping was allowed; police teams will patrol ...")
    # (or told by someone: "The Clerk responded that the district council have agreed to inspect ...")
    r"(?i)^\W*(?:[^.;\u2013\u2014]{0,80}?\s[-\u2013\u2014]\s+|[^.;]{0,160};\s+|[^.;]{0,60}?\b(?:responded|replied|reported|said|advised|explained|confirmed|stated)\s+that\s+){0,2}?(?:the\s+)?(?:highways(?:\s+(?:department|authority|agency|team))?|police|county(?:\s+council)?|district\s+council|network\s+rail"
    r"|(?:the\s+)?(?:bus|water|rail)\s+company|utility\s+company|the\s+applicant|applicant's\s+agent"
    r"|(?-i:[A-Z]{1,3}(?:BC|DC))"  # ("WBC have agreed to meet ...": a borough or district council by its letters)
    r"|police\s+(?:teams?|officers?|patrols?)"  # ("police teams will patrol the woods")
    # (someone of another body's: "the quarry's Transport Manager agreed to ...", never the council's own officer)
    rf"|{_THEIR_PERSON})\s+"
    r"(?:(?:has|have)\s+(?:now\s+)?(?:agreed|promised|undertaken)\s+to\b|will\s+(?!be\s+(?:asked|contacted|invited|told|written)\b|be\s+(?:approached|reminded|informed|consulted|chased|notified|lobbied|e-?mailed|telephoned|phoned)\b(?![^.;]*\bby\s)))"
)


# ("... the quarry's Transport Manager agreed to have a word with his drivers": told in the past, too)
_THEIR_PERSON_AGREED = re.compile(rf"(?i)^\W*(?:[^.;\u2013\u2014]{{0,120}}?\s[-\u2013\u2014]\s+)?(?:the\s+)?{_THEIR_PERSON}\s+(?:also\s+)?(?:agreed|promised|undertook|offered)\s+to\b")


def theirs_undertaken(sentence: str) -> bool:
    """Whether a sentence tells of another body's own undertaking, no task of this meeting's."""
    return bool(_THEIR_UNDERTAKING.match(sentence) or _THEIR_PERSON_AGREED.match(sentence))


def not_ours(passive: re.Match, sentence: str, plain: str) -> bool:
    """Whether a thing "would be done" (narrative's `_WOULD_BE_DONE`) is no task of this meeting's: a hope, a premise, nothing at
    all, another body's doing, or the council's standing practice."""
    if _HEDGED.search(sentence) or re.search(r"(?i)\bno\s+(?:[\w-]+\s+){0,3}(?:would|will|is\s+to|are\s+to)\s+(?:also\s+)?be\b", passive.group(0)):
        return True  # "links would be provided where possible": a hope; "... and so no repairs would be carried out": nothing
    if re.search(r"(?i)\b(?:had|has|have)\s+(?:asked|requested|called)\s+for\b", passive.group("obj")):
        return True  # "the report Cabinet had asked for would be submitted on 19 October": owed to another body, told of
    if re.search(r"\b(?:although|though)\b", plain[: passive.end()], re.IGNORECASE) or others_passive(passive.group("obj"), sentence):
        return True  # "although the paving would be replaced as one area, ...": a premise; "The district's plan will be ...": theirs
    # ("... reported that the strategy will be sent out next month": "sent out" as "posted")
    if (re.search(r"\b(?:issued|published|displayed|posted|written|organised|obtained|booked|offered|made|undertaken|out)$", passive.group(0))
            or re.search(r"\bsent$", passive.group(0)) and re.match(r"\s+out\b", plain[passive.end():])) and (
            re.search(r"(?i)\b(?:reported|said|stated|advised|explained|informed|told|confirmed|announced)\b", plain[: passive.start("obj")])
            or re.match(r"(?i)\s+by\s+(?!(?:the\s+)?(?:clerk|chair\w*|(?:parish\s+|town\s+|community\s+)?council|members|councillors|cllr))", plain[passive.end():])
            or re.search(r"(?i)\bas\s+usual\b", plain[passive.end():]) or re.search(r"(?i)\bdecisions?\b", passive.group("obj"))):
        return True  # "The District Council reported that the Local Plan will be published", "... will be issued by the planning authority": others' doing
    if re.search(r"(?i)\b(?:it\s+was|was|were|members|councillors|the\s+council)\s+noted\s+that\b", plain[: passive.start("obj")]) \
            and re.search(r"\b(?:carried\s+out|undertaken|completed|done|resurfaced|repaired|installed|closed|cut|laid|replaced)$", passive.group(0)) \
            and not re.match(r"(?i)\s+by\s+(?:the\s+)?(?:clerk|chair\w*|(?:parish\s+|town\s+|community\s+)?council|members|councillors|cllr)", plain[passive.end():]):
        return True  # "It was noted that the resurfacing would be completed over a weekend": told of, another's doing
    if (re.search(r"(?i)\bno\s+(?:new\s+|more\s+|further\s+)?$", plain[: passive.start("obj")]) or re.search(r"(?i)^\s*(?:\S+\s+)?(?:annually|each\s+year|every\s+(?:(?:\d{1,2}(?:\s*[-\u2013]\s*\d{1,2})?|two|three|four|five|ten)\s+)?years?)\b", plain[passive.end():])
                    or re.search(r"(?i)\b(?:minutes|recordings?|agendas?)\b", passive.group("obj")) and re.search(r"(?i)\b(?:published|posted|displayed|signed)$", passive.group(0))
                    # (never once, for this meeting: "The minutes would be published ... as soon as possible")
                    and not re.search(r"(?i)\bas\s+soon\s+as\s+(?:possible|practicable)\b|\baccordingly\b|\bas\s+agreed\b", plain[passive.end():])):
        # "No new documents would be issued until renewal": nothing to do; "forms would be re-issued annually" ("every 5 years"), "The
        # minutes and recording would be published on the website": the council's standing practice
        return True
    return False
