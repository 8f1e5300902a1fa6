"""Finding the actions in what a meeting resolved and in its minutes narrative.

Rules over words, not a model: a clause creates an action when its governing verb asks
someone to do something ("Requests ...", "Asks officers to ..."), sends or defers something,
or records an undertaking with a doer ("Agrees that the Chair will ..."). Clauses that only
note, endorse, support, welcome, thank or approve create none, whatever dates they mention.
"""

from __future__ import annotations

import re
from dataclasses import replace

from cpb_tui.actions.action_lines import bracketed_task, doer_after
from cpb_tui.actions.coordination import doers_said_plainly, without_verb_left
from cpb_tui.actions.scheduling import scheduled_changes, taken_again
from cpb_tui.actions.outside import NO_RESOLUTION_TASK
from cpb_tui.actions.asks import plain_asks
from cpb_tui.actions.clauses import ActionCandidate, _action, _follow_up, _object_action, _owner_action, _passive
from cpb_tui.actions.narrative import extract_from_minutes
from cpb_tui.actions.commitments import _agreed_clause, _commitment
from cpb_tui.actions.promises import listed_undertakings
from cpb_tui.actions.delegations import delegated_task
from cpb_tui.actions.firm_verbs import ORDER_VERBS
from cpb_tui.actions.welsh import welsh_tasks
from cpb_tui.actions.asides import _DASHED_DOERS, AGREED_WITHOUT_THAT, DECIDED_BY_US, shorthand, usual_spelling
from cpb_tui.actions.given_tasks import given_tasks
from cpb_tui.actions.proposals import proposed_doing
from cpb_tui.actions.resolution_parts import _LEAD_VERB, _from_clause
from cpb_tui.actions.settled import negated_task
from cpb_tui.actions.phrases import DURING_THE_MEETING, _CLAUSE_LABEL, _FIRM_VERBS, _HEDGED, _NOTING, _clean, _looks_like_doer, _owner_tag, _sentences, _strip_resolver, _upper_first


_LEADING_ASIDE = re.compile(
    r"^(?P<that>(?:that|That|THAT),?\s+)?(?P<aside>(?:in\s+(?:discussion|consultation|conjunction|partnership|liaison)\s+with|with\s+the\s+agreement\s+of"
    r"|in\s+respect\s+of|(?:during|by|before|in|from)\s+(?:early\s+|mid-?\s*|late\s+)?(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\b)[^,;]{0,120}),\s+(?P<rest>\S.*)$",
    re.DOTALL | re.IGNORECASE,
)


def _asides_last(clause: str) -> str:
    """ "That, in discussion with the OPCC, the working group develop ...", "During August 2016, in
    respect of the items agreed, the Chairs meet ...": the doer first, the asides after."""
    asides: list[str] = []
    for _ in range(3):
        aside = _LEADING_ASIDE.match(clause)
        if aside is None or not re.match(r"[a-z]", aside.group("rest")) and not re.match(r"(?:The|Officers?|Members?|[A-Z][a-z]+\s+[A-Z])", aside.group("rest")):
            break
        asides.append(aside.group("aside"))
        clause = aside.group("rest")
    if not asides:
        return clause
    return f"{clause.rstrip(' .;')}, {', '.join(a[0].lower() + a[1:] for a in asides)}"


_ERRAND_LEAD = re.compile(
    r"(?i)^\W*(?:resolved\s+)?that\s+(?:the\s+)?(?:clerk|chair(?:man|person)?|secretary|(?:cllr|councillor)\.?\s+\w+)\s+(?:contact|write\s+to|ask|remind|inform|tell)\b[^.;:]{3,120}\bto\s*:?\s*$"
)


def extract_from_resolution(text: str, verb: str, lead_in: str | None = None) -> list[ActionCandidate]:
    """The actions one resolution clause creates; [] for clauses that only note, endorse or approve."""
    if lead_in and _ERRAND_LEAD.match(lead_in) and re.match(r"[A-Za-z]", text):
        # "that the Clerk contact Mr Rudd, the contractor, to:" over "Remind him to check the swings,": the Clerk's errand, each line
        text = f"{lead_in.rstrip(' :')} {text[0].lower()}{text[1:]}".rstrip(" ,;")
    cell = re.search(r"\s/[ \t]*\n(?=\s*[-\u2022*]\s)", text)
    if cell:  # "Resolved To accept the report /" over "- Letter of thanks ... PV": the decision's cell, then the Note / Action cell's bullets
        bullets = re.sub(r"\s+\d{1,4}/\d{2,4}\s*/\s.*$", "", text[cell.end() :], flags=re.DOTALL)  # (to the next row's "32/25 /")
        listed = [replace(found, source="resolution") for found in extract_from_minutes(bullets)]  # (owned there, the Action cell's tasks stand for the row's)
        return listed if any(found.owners for found in listed) else extract_from_resolution(text[: cell.start()], verb, lead_in) + listed
    if _ORDER_OF_BUSINESS.search(text) or _DONE_AT_THE_MEETING.search(text) or _THING_AGREED.match(text):
        return []  # "The Committee agreed to take the next three items together": how this meeting runs ("Figures agreed.": a verdict)
    if lead_in and re.match(r"(?i)received\s+\(", lead_in):
        return []  # "Received (i) Verbal update from DA": a paper or a report taken, nothing asked
    if re.search(r"\b(?:ask|asked|invite|invited)\s+[^,;.]{2,60},\s+who\s+(?:agreed|accepted|consented)\b", text, re.IGNORECASE):
        return []  # "RESOLVED to ask Cllr Hart, who agreed": asked and answered at the meeting
    if re.search(r"\b(?:be|being)\s+signed\s+by\s+the\s+(?:Chair|Chairman|Chairperson|Mayor)\b|\bminutes\b(?:\s+(?:of|from|for)\b[^.;]{0,80}?)?\s+be\s+(?:duly\s+)?signed(?:\s+(?:as|by)\b(?:(?!\band\b)[^.;]){0,60})?\s*\.?\s*$|\b(?:minutes|notes),\s+which\b[^.;]{0,80}?\b(?:will|would|to)\s+be\s+signed\b|\bminutes\b[^.;]{0,160}\.\s+They\s+(?:will|would)\s+be\s+signed\b", text, re.IGNORECASE):
        return []  # "that they be signed by the Chairman": the minutes, signed there and then (or later: "They would be signed in due course")
    if re.match(r"^\W*(?:(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:agreed|agrees)\s+)?to\s+(?:discharge|close|remove)\s+(?:the\s+)?(?:items?|actions?|matters?)\b", text, re.IGNORECASE):
        return []  # "Agreed to discharge Item 1": an outstanding item closed, nothing left to do
    if re.search(r"(?i)\b(?:add|added|adding|insert|inserted|inserting|amend|amended|amending)\b[^.;]{0,200}?\bto\s+the\s+minutes\s+that\b", text) \
            and re.search(r"(?i)\bminutes\b[^.;]{0,120}\b(?:confirmed|approved|adopted|signed|correct|accurate)\b|^\W*(?:that\s+)?(?:it\s+be\s+)?add(?:ed)?\b", text):
        return []  # "that a line be added to the minutes that ...", "... subject to adding ... to the minutes, confirmed": a record put right
    if _RECORD_PUT_RIGHT.search(text) and not _ERRAND_BESIDE.search(text) or lead_in and _MINUTES_AMENDED.search(lead_in) and re.match(r"(?i)\W*that\b[^.;]{0,160}?(?<!\bto\s)\b(?:be|been)\s+(?:included|added|removed|deleted|inserted|amended|corrected|replaced)\b", text):
        return []  # "That Cllr Hale be included in the list of those present at this meeting": the minutes put right, no errand
    if re.fullmatch(r"(?i)\W*(?:(?:the\s+)?(?:item|matter)\s+(?:was\s+)?)?deferred\.?\s*", text):
        return [_action("defer", "Defer the item", "")]  # "Deferred.": the item put off, to come back
    text = re.sub(r"^\s*[-\u2013\u2022\u00b7*]\s+(?=[A-Z])|(?<=[a-z0-9)][.!?])\s+[-\u2013\u2014]\s+(?=[A-Z])", lambda m: " " if m.start() else "", text)  # "RESOLVED:" over "- The Parish Council to arrange ..." (and "... progress. \u2013 Branches Out would ...": the next point)
    text = re.sub(r"^(\W*[Tt]hat),\s+(?=[^,]+(?:,\s*(?:and|or)?\s*)?$)", r"\1 ", given_tasks(usual_spelling(doers_said_plainly(text))))  # ("The Council AGREED to", "That, officers produce ... and,")
    text = re.sub(r"^(\W*(?:Agreed|AGREED))\s+(?:by\s+all(?:\s+present)?|unanimously)(?=\s+(?:that|to)\b)", r"\1", text)  # "Agreed by all that ..."
    # "That Councillor Hill OBE, Leader of the Council, represent ...": the doer's post between commas, left out
    # (never a second doer, "That Cllr Hale, Cllr Dane, and Cllr Rhys attend ...")
    text = re.sub(r"^(\W*[Tt]hat\s+(?:Councillor|Cllr\.?|Mr|Mrs|Ms|Dr)\s+[A-Z][\w.'\u2019 -]{1,40}?),\s+(?!(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Dr|and|or)\b)(?![^,]*\b(?:and|or|&)\b)(?:the\s+)?[A-Z][\w'\u2019 -]{2,60}?,\s+(?!(?:and|or)\b)(?=[a-z]{3,}\s)", r"\1 ", text)
    text = AGREED_WITHOUT_THAT.sub(r"\1 that ", text)  # "Agreed this be forwarded to the police": its "that" left out
    # "(It was the Council's decision) to have the Clerk order twelve chairs": the Clerk's errand, as "that the Clerk order ..."
    text = re.sub(r"^(\W*)to\s+have\s+(?=(?:the\s+)?(?:[Cc]lerk|Chair(?:man|person)?|Treasurer|Secretary|RFO|(?:Cllr\.?|Councillor)\s+[A-Z][\w'-]+|[Oo]fficers?)\s+[a-z]{3,}\s(?![^.;]{0,80}\b(?:printed|changed|displayed|shown|added|removed|updated|included|published|amended)\b))", r"\1that ", text)
    text = DECIDED_BY_US.sub("Agreed ", text)  # "Decided by the PC that the Clerk write ...": the meeting's own decision
    # "It was decided to send ...", "The Council decided to write ...", "HVCC decided to ...", "The Committee discussed the play
    # area and agreed that ...": the meeting's decision that sets work, as its "agreed to" does ("Decided to write ..." too, where
    # the clause lost its "It was"; a bare "Decided to purchase ..." on an officer's notice is the act itself)
    text = _MEETING_DECIDED.sub(r"\1agreed ", text)
    text = re.sub(r"^((?:The\s+)?(?:Parish\s+|Town\s+)?(?:Council|Committee|Board|Panel|Members|Councillors))\s+unanimously\s+(?=(?:agreed|resolved)\s+to\s)", r"\1 ", text)
    # "Cllr Hale proposed, seconded by Cllr Moss that the Clerk write to ...": who moved it, off the motion that carried
    text = re.sub(r"^[^.;]{0,120}?\b(?:proposed|moved)\b[^.;]{0,120}?\bseconded\b(?:\s+by\s+[^,;.]{1,60}?)?,?\s+(?=that\s)", "", text, flags=re.IGNORECASE)
    # "The Chairman put it to the meeting that ...", "He called for the Council to write to ..." (agreed): the meeting's own decision
    text = re.sub(r"^(?:The\s+Chair\w*|He|She|(?:Cllr\.?|Councillor|Mr|Mrs|Ms|Dr)\s+[A-Z][\w'\u2019-]*)\s+(?:put\s+it\s+to\s+the\s+meeting\s+(?=that\s)|called\s+for\s+the\s+(?:Parish\s+)?Council\s+(?=to\s))", "Agreed ", text)
    # "The Parish Council RESOLVED to write to ...": the body's decision in capitals, read as its "resolved to" (not
    # another tier's: "The County Council DECIDED to close the library")
    text = re.sub(r"^((?:The\s+)?(?:(?!(?:County|District|Borough|Unitary)\b)[A-Z][\w'\u2019-]+\s+){0,3}(?:Council|Committee|Board|Panel|Cabinet|Forum|Members|Councillors)\s+)"
                  r"(?:RESOLVED|DECIDED)(?=\s+to\s+[a-z])", r"\1resolved", text)
    # "Council resolved that the Clerk should apply ...": the body's own resolution, told as "That the Clerk should apply ..."
    text = re.sub(r"^\W*(?:The\s+)?(?:(?!(?:County|District|Borough|Unitary)\b)[A-Z][\w'\u2019-]+\s+){0,3}(?:Council|Committee|Board|Panel|[Mm]eeting)\s+resolved\s+that\s+(?=\S)(?!(?:the\s+)?(?:[A-Z][\w'\u2019-]+\s+){0,3}(?:County|District|Borough|Unitary|City)\s+Council\b|(?:the\s+)?(?:hall|village|church|school|sports?)\s+\w*\s*committee\b)", "That ", text)
    welsh = welsh_tasks(text) if re.match(r"^\W*(?:(?:Hefyd|Yna|Felly)\s+(?=[cp]))?(?:Penderfynwyd|Cytunwyd|PENDERFYNWYD|CYTUNWYD|cytunwyd|penderfynwyd|Cytunodd\s+y|bod\s+y\s+|gofyn|ysgrifennu|cysylltu|trefnu|anfon|i\s|mai[\s'\u2019]|y\s+dylid\b)", text) else []
    if welsh:
        return welsh  # "Penderfynwyd gofyn i'r Cyngor Sir ...": a Welsh decision that sets work
    delegated = delegated_task(_clean(text))
    if delegated is not None:
        return [delegated]  # "authority be delegated to the Director to finalise the contract": the Director's task
    listed = delegated_task(_clean(re.sub(r"(?i),?\s+as\s+follows\b", "", lead_in))) if lead_in and re.search(r"(?i)\bas\s+follows\b", lead_in) else None
    if listed is not None:
        return [listed]  # "delegated powers be given to the Director ... to grant licences as follows:" over "(i) ...": one task, the list its scope
    # "RESOLVED to report the footway to highways. (Action: Clerk)": the tag names who does what the clause asks
    body, tagged = _owner_tag(text)
    found = _follow_up(_extract_from_resolution(_plain_wording(body if tagged else text), verb, lead_in))
    if not found and _DASHED_DOERS.search(text):
        # "Agreed a tidy-up of the wood to be arranged – AS & TD": shorthand, its doers after a dash
        found = [replace(action, source="resolution") for action in (shorthand(text),) if action is not None and action.owners]
    found = doer_after(text, found, _commitment)  # "..., all were in favour, Clerk to purchase.", "...; Cllr Moss to arrange."
    # "Deferred to the" (the page cut there): a verb with nothing to do it to or by
    found = [action for action in found if len(re.findall(r"[A-Za-z]{2,}", re.sub(r"(?i)\b(?:the|to|and|of|for|with|this|that|an?)\b", "", action.text))) >= 2]
    found = [action for action in found if not negated_task(action.text, text) and not NO_RESOLUTION_TASK.match(action.text)]
    condition = _REPORTING_CONDITION.search(text)
    if condition and _looks_like_doer(condition.group("who")) and not any(condition.group("tail")[:40] in action.text for action in found):
        # "approved, subject to officers reporting back to Members on their cost": the approval sets a report to come
        found.append(_owner_action(condition.group("who"), _REPORTING_BASE[condition.group("verb").lower()], condition.group("tail").strip(" ,")))
    found = [action for action in found if not any(re.match(r"(?i)(?:no|none|nobody|neither)\b", owner) for owner in action.owners)]  # ("That no member represent ...")
    return [replace(action, owners=tagged) if tagged and not action.owners else action for action in found]


# who was there, as the minutes record it ("the list of those Committee Members present", "the apologies", "the speakers who
# had been invited to address the meeting"): a name put into it or out of it corrects the record
# (only this meeting's: never the attendees of a conference, or the speakers at a hearing or a meeting to come)
_RECORD_PUT_RIGHT = re.compile(
    r"(?i)\b(?:be|been)\s+(?:included|added|removed|deleted|inserted|recorded)\s+(?:in|into|to|from|on)\s+(?:the\s+)?list\s+of\s+(?:those\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:(?:present|in\s+attendance|apologies)\b(?!\s+(?:at|for|of)\s+(?!(?:this|the)\s+meeting\b))"
    r"(?![^.;]{0,60}\b(?:conference|hearing|inquiry|event|training|course|seminar|workshop|visit|ceremony|reception|next|future)\b)"
    r"|(?:attendees|speakers)\b[^.;]{0,60}?\b(?:this|the)\s+meeting\b(?=\s*(?:[.;,)]|$|and\b)))")
# an errand beside the correction: "... to the list of those present and the Clerk update the attendance register"
_ERRAND_BESIDE = re.compile(r"\band\s+(?:that\b|(?:the\s+)?(?:Clerk|RFO|Chair\w*|Mayor|Cllrs?\.?|Councillors?|[Oo]fficers?|Secretary|Treasurer)\b)")
# the minutes approved as a record, with amendments that follow: "... confirmed as a correct record, subject to inclusion of the
# following amendments:-" (never a working group's minutes received and its amendments to some rules approved)
_MINUTES_AMENDED = re.compile(r"(?i)\bminutes\b[^.;]{0,200}?\brecord\b[^.;]{0,120}?\b(?:amendments?|corrections?|alterations?)\b[^.;]{0,40}?[:\u2013-]*\s*$")


_THING_AGREED = re.compile(r"^\W*[A-Z][\w'\u2019&/\u00a3.-]*\s(?:(?!\bto\s+[a-z]|\b(?:be|been|being|and|that)\b)[\w'\u2019 ,&/\u00a3.-]){1,80}?\s+(?:agreed|approved|accepted)\s*\.?\s*$")
_MEETING_DECIDED = re.compile(
    # ("Decided to install a bin ..." too: work still to do, where "Decided to purchase ..." on a notice is the act itself)
    r"^(\W*(?:It\s+was\s+|(?=Decided\s+to\s+(?:" + ORDER_VERBS + r"|(?:install|repair|replace|erect|fit|clear|trim|paint|plant|put\s+up|display|publish|advertise|research)\b))|(?:[Tt]he\s+)?(?:(?:[Pp]arish|[Tt]own|[Cc]ommunity|[Ww]orking|(?!(?:County|District|Borough|Unitary)\b)[A-Z][\w'\u2019-]+)\s+){0,3}(?:[Cc]ouncil|Committee|Board|Panel|Forum|Members|Councillors|[Gg]roup)\s+|(?-i:[A-Z]{2,5})\s+))"
    r"(?:(?:discussed|considered|debated)\s+(?:the|this|these|its|it)\b[^.;]{0,80}?\s+and\s+)?(?:unanimously\s+)?(?i:decided|agreed)\s+(?=to\s+[a-z]|that\s)"
)


# "to note the report, and to provide training": a decision that notes or supports, then sets a task
# (or with "to" left out before an ask: "to note the comments and request that the Councillors consider ...")
# (and with "to" left out before the errand too, its object after it: "to approve the response and submit it to the County Council";
# only verbs that are seldom nouns, each before what it acts on: never "... and progress to date", "... and repair to the swings")
_BARE_ERRAND = (r"(?:(?:send|submit|forward|return|write)\s+(?:the|a|an|it|them|this|these|all|to)\b"
                r"|(?:circulate|publish|order|purchase|buy|notify|inform|advertise)\s+(?:the|a|an|it|them|this|these|all)\b)")
_NOTED_THEN = re.compile(rf"^(?:RESOLVED\s+)?to\s+(?P<first>[a-z]+)\b[^;:]{{1,200}}?,?\s+and\s+(?:also\s+)?(?:to\s+(?P<rest>(?:{_FIRM_VERBS})\b.*)|(?P<bare>{_BARE_ERRAND}.*)|(?:to\s+)?(?P<ask>(?:request|ask|instruct)\s+(?:that\s+)?(?:the\s+)?(?-i:[A-Z])[^;:]*))$", re.IGNORECASE)


def _noted_then(sentence: str) -> list[ActionCandidate]:
    """ "to support the candidate, and to provide training": the support given there, the training still to do (never
    after approving minutes: "to approve the minutes and to add that ..." puts the record right)."""
    noted_then = _NOTED_THEN.match(sentence.rstrip(" ."))
    if noted_then is None or not re.fullmatch(_NOTING, noted_then.group("first"), re.IGNORECASE):
        return []
    part = "rest" if noted_then.group("rest") else "bare" if noted_then.group("bare") else "ask"
    if re.search(r"(?i)\bminutes\b", sentence[: noted_then.start(part)]):
        return []
    errand = noted_then.group(part)
    if part == "bare" and (_DONE_ALREADY.search(errand) or re.match(r"\s*that\b", sentence[noted_then.end("first") :])):
        return []  # (done already, "... which had been done on 3 May"; or a fact noted, someone else's to do: "to note that the
        # County Council will consult ... and advertise ...")
    if part == "bare":  # ("... the response and send it to ...": what "it" stands for, the first verb's object, a thing named)
        thing = re.sub(r"\s+and(?:\s+also)?$", "", sentence[noted_then.end("first") : noted_then.start("bare")].strip(" ,"))
        named = len(thing.split()) <= 8 and re.match(r"(?i)(?:the|a|an|this|these|its|our|their)\s", thing) and not re.search(r"(?i)\b(?:has|have|had|was|were|is|are)\b", thing)
        errand = re.sub(r"^(\S+)\s+(?:it|them)\b", lambda m: f"{m.group(1)} {thing}", errand) if named else errand
    found = _from_clause(f"to {errand}")
    # (an ask gives a task only where it names who is to act: "... ask that the thanks be recorded" records them there)
    return found if part != "ask" else [action for action in found if action.owners]


_DONE_ALREADY = re.compile(
    r"(?i)\b(?:which|this|that)\s+(?:has|had|was)\s+(?:already\s+)?(?:been\s+)?(?:done|sent|settled|completed|carried\s+out|made)\b|\balready\b"
    r"|\bas\s+(?:the\s+)?[\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?\s+(?:did|had\s+done|has\s+done)\b"  # ("..., as the Clerk did on 2 May")
    r"|\(\s*(?:sent|done|returned|submitted|published|posted|ordered|circulated|completed)\b[^)]{0,40}\)"  # ("(sent 6 May)")
    r"|\b(?:was|were|has\s+been|had\s+been)\s+(?:sent|returned|submitted|published|posted|done|ordered|circulated)\s+(?:last\s+\w+|yesterday|on\s+\d|earlier)")


# a decision taken on the condition that someone reports back: "subject to officers reporting back to Members on ..."
_REPORTING_CONDITION = re.compile(
    r"\bsubject\s+to\s+(?P<who>(?:the\s+)?(?:[Oo]fficers|Clerk|Chief\s+Executive|(?:Assistant\s+)?Director|Head\s+of|Cabinet\s+Member|Portfolio\s+Holder)"
    r"(?:\s+(?:[A-Z][\w'\u2019-]*|of|for|and|the)){0,6})\s+"
    r"(?P<verb>reporting|bringing|submitting|presenting)\s+(?P<tail>(?:back\b|a\s+(?:further\s+)?report\b|an?\s+update\b|to\s+(?:the\s+)?(?:[A-Z]|members|next)|further\b)[^.;]*)"
)
_REPORTING_BASE = {"reporting": "report", "bringing": "bring", "submitting": "submit", "presenting": "present"}


def _plain_wording(text: str) -> str:
    """A clause with the wording that hides its task taken out, the task's words kept."""
    # "Unanimously agreed to ...", "Also agreed that ...": how it was agreed says nothing of what is to be done
    text = re.sub(r"^\s*(?:(?:[Uu]nanimously|[Aa]lso|[Tt]herefore|[Ff]urther|[Tt]hen|[Ff]inally|[Dd]uly|[Dd]iscussed|[Cc]onsidered|[Pp]roposed|[Ss]econded|and),?\s+)+(?=(?:agreed|decided)\b)", "", plain_asks(text))
    # "After hearing Mr Hull, adoption of the notes was deferred until 4 December": the deferral, as a resolution words it
    deferred = re.search(r"(?:^|,\s+)(?P<obj>[^,]{3,120}?)\s+(?:was|were)\s+(?:duly\s+|further\s+|again\s+)?deferred\s+(?P<rest>(?:until|to)\b.*)$", text)
    text = f"That {deferred.group('obj')} be deferred {deferred.group('rest')}" if deferred else text
    # "That the Working Group continues to meet quarterly and report back ...": what it is to go on doing
    text = re.sub(r"^(\W*That\s+(?:the\s+)?(?:(?:[A-Z][\w'\u2019&-]*|and|of|for)\s+){1,10}?)continues?\s+to\s+(?=[a-z]{3,}\b[^.;]*\band\s+(?:to\s+)?report\b)", r"\1", text)
    # "That, Officers further investigate ...": the stray comma and the adverb between the doer and the verb go
    text = re.sub(r"^(\W*That),\s+(?=(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,4}\s+[a-z])", r"\1 ", text)  # not "That, subject to ..., X be ..."
    # "That, for a short trial period, Chief Officers be required to ...": when, said before who
    text = re.sub(r"^(\W*That),\s+(?:for|during|from|until|with\s+effect\s+from)\b[^,]{3,80},\s+(?=(?:the\s+)?[A-Z])", r"\1 ", text)
    text = re.sub(r"^(\W*(?:That\s+)?(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){1,5}?)(?:further|also|then|jointly)\s+(?=[a-z]{3,}\b)", r"\1", text)
    # "Agreed this would be added to the Forward Plan": the "that" left out
    text = re.sub(r"^(\W*(?:It\s+was\s+)?(?:agreed|decided|resolved))\s+(?=(?:this|these|it|they|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:would|will|should|be)\b)", r"\1 that ", text, flags=re.IGNORECASE)
    # "(RESOLVED) for the matter to go back to the Planning Committee": the matter referred back
    text = re.sub(r"^\W*for\s+(?P<what>(?:the|this|that|these|it)\b[^,;]{0,80}?)\s+to\s+go\s+back\s+to\b", r"That \g<what> be referred back to", text, flags=re.IGNORECASE)
    return text


_ORDER_OF_BUSINESS = re.compile(
    r"\b(?:take|bring|consider|hear|vary)\s+(?:forward\s+)?(?:the\s+)?(?:next\s+(?:\w+\s+)?items?\b|order\s+of\s+(?:business|the\s+agenda)"
    r"|items?\s+\d+(?:\.\d+)?(?:\s*(?:,|and|&)\s*\d+(?:\.\d+)?)*\s+(?:forward|first|next|together|before)\b)"
    r"|\bextend\s+(?:the\s+)?(?:(?:time|length|duration)\s+of\s+the\s+)?meeting\b(?!\s+(?:room|hall|space|place)s?\b)"  # ("agreed to extend the meeting until the business was done")
    r"|\b(?:bring\s+forward\s+(?:the\s+)?(?:agenda\s+)?items?\s+\d+\b(?![^.;]*\b(?:(?:to|at|for)\s+(?:the|a|its)\s+(?:[\w-]+\s+){0,3}(?:meeting|Council|Committee|Board)|once|when|after)\b)|suspend\s+(?:the\s+)?standing\s+orders\b)(?![^;]*?,?\s+and\s+(?:for|that|to)\b)",  # (and nothing else)
    re.IGNORECASE,
)


# Clauses whose work is done at the meeting itself, or is no one's: the minutes signed there and then, the council's
# calendar, interests declared while it sits, business taken later on this agenda (each the clause itself, never a task
# that merely mentions such words: "the Clerk book the hall so the council can hold meetings ...")
_DONE_AT_THE_MEETING = re.compile(
    # "RESOLVED to sign and approve the minutes of the meeting held on ...": the minutes, signed there and then
    # ("RESOLVED THAT the decision is made to support the following business case": the decision itself, said so)
    r"^\W*(?:that\s+)?the\s+decision\s+(?:is|was|be)\s+(?:hereby\s+)?(?:made|taken)\s+to\s+(?:support|approve|adopt|endorse|agree|accept|note)\b(?![^.;]*\band\s+(?:that\s+|to\s+)?(?:ask|the\s+Clerk|Cllr|Councillor|[A-Z]{2,3}\b|[a-z]+\s+(?:will|to)\s))|"
    # ("RESOLVED to amend the minutes of the meeting held on 12 May": put right before they are adopted)
    r"^\W*(?:(?:it\s+was\s+)?(?:resolved|agreed)\s+)?to\s+(?:sign\s+and\s+(?:approve|confirm|accept|adopt)\s+the\s+minutes\b|amend\s+the\s+minutes\s+of\s+(?![^.;]*\b(?:[Gg]roup|[Cc]ommittee|[Tt]rust|[Bb]oard|[Pp]anel|[Ww]orking)\b)[^.;]{0,60}?(?:\d{4}|meeting)\s*\.?\s*$)"
    r"|^\W*(?:that\s+)?(?:the\s+)?minutes\b[^.;]{0,160}?\b(?:will|would|to)\s+be\s+signed\b"  # ("The minutes ... were approved and will be signed when circumstances allow")
    # ("... the minutes ... be approved and that the Chair be authorised to sign.")
    r"|\bminutes\b[^;]{0,300}?\b(?:Chair(?:man|person)?|Mayor)\s+(?:be\s+)?authori[sz]ed\s+to\s+sign(?:\s+(?:them|it|the\s+minutes))?\s*\.?\s*$"
    # "RESOLVED to hold meetings on the 2nd Thursday of each month", "meetings would normally be held on the second Monday
    # of each month", "meetings will be held bimonthly" (its last words: never "... monthly and the Clerk book the hall"): the
    # council's calendar, no one's task
    # (the clause itself, never "the Clerk book the hall so the council can hold meetings ...")
    r"|^\W*(?:(?:it\s+was\s+)?(?:resolved|agreed)\s+)?(?:that\s+)?(?:the\s+(?:parish\s+|town\s+|community\s+)?council\s+)?(?:to\s+)?hold\s+(?:its\s+|the\s+|future\s+|ordinary\s+)?meetings\b(?![^.;]{0,80}?\bwith\b)[^.;]{0,80}?\b(?:(?:each|every)\s+(?:month|week|year)\b|(?:(?:bi-?)?monthly|quarterly|weekly|fortnightly|(?:bi-?)?annually)(?:\s+from\s+[\w ]{3,20})?\s*\.?\s*$)"
    r"|^\W*(?:(?:it\s+was\s+)?(?:resolved|agreed)\s+)?(?:that\s+)?(?:future\s+|ordinary\s+)?meetings\s+(?:(?:would|will|should)\s+(?:normally\s+|usually\s+|continue\s+to\s+)?)?be\s+held\s+(?:[^.;]{0,60}?\b)?(?:(?:each|every)\s+(?:month|week|year)\b|(?:(?:bi-?)?monthly|quarterly|weekly|fortnightly|(?:bi-?)?annually)(?:\s+from\s+[\w ]{3,20})?\s*\.?\s*$)"
    # "Members agreed to name any that came up while the meeting sat", "... to declare interests as
    # and when they arise": while the meeting sits
    r"|\b" + DURING_THE_MEETING +
    r"|\bdeclare\s+(?:any\s+)?(?:conflicts?\s+of\s+interests?|interests?)\s+(?:arising\s+from\s+(?:the|this)\s+agenda|as\s+(?:and\s+when\s+)?they\s+aris|if\s+and\s+when|at\s+(?:the|this)\s+meeting)"
    # "councillors resolved to address these matters at item 40 on the agenda": later at this same meeting
    r"|\b(?:address|consider|discuss|deal\s+with|take|raise)\s+(?:these|this|the|those|it|them)\b[^.;]{0,40}?\s+(?:at|under)\s+item\s+\d{1,3}(?:\.\d{1,2})?\s+(?:on|of)\s+(?:the|this|tonight'?s)\s+agenda\b"
    r"(?!\s+(?:of|for)\s+(?:the\s+)?(?:next|a\s+future|future|[A-Z]))",
    re.IGNORECASE,
)


def _extract_from_resolution(text: str, verb: str, lead_in: str | None = None) -> list[ActionCandidate]:
    cleaned = proposed_doing(cleaned := _clean(text)) or cleaned  # ("EHE proposed asking Kevin Rowe to do the work. All agreed.": "to ask ...")
    # a bilingual clause, Welsh then English ("Gofyn i'r Pennaeth ... / To ask the Head of ..."): the English half
    halves = re.split(r"\s+/\s+(?=(?:To|That|The)\s)", cleaned)
    if len(halves) == 2 and not re.search(r"\b(?:the|to|that|and)\b", halves[0]):
        cleaned = halves[1]
    clause = without_verb_left(_strip_resolver(cleaned))  # ("Members agreed that a letter ... be sent ...": the verb goes with who)
    # "it was agreed that following the Members' briefing, that the item be removed": the second "that"
    clause = re.sub(r"^(?:(?:it\s+was\s+)?agreed\s+that\s+)?(?:following|after|further\s+to|in\s+light\s+of)\b[^,]{3,160},\s*that\s+", "", clause, flags=re.IGNORECASE)
    # "That, having considered the Task Group's final report, Cabinet agree to request ...": the aside goes
    aside = re.match(r"^(that,?\s+)?(?:having\s+(?:considered|noted|received|heard)|after\s+considering|on\s+consideration\s+of)\b[^,;]{3,160},\s*", clause, re.IGNORECASE)
    if aside:
        clause = _strip_resolver(("That " if aside.group(1) else "") + clause[aside.end():])
    # "In respect of Crime and Disorder Issues an alternative presentation ... take place at ...": its subject, not its doer
    clause = re.sub(r"^(?i:in\s+respect\s+of|regarding|with\s+regard\s+to)\s+(?:[A-Z][\w&-]*\s+(?:and\s+|of\s+)?)+(?=(?:an?|the)\s)", "", clause)
    clause = _asides_last(clause)
    if clause != cleaned and re.match(r"^(?:(?:of|for)\s+[^,;]{0,60}?\s+)?(?:should|will|shall|would)\s+[a-z]+", clause):
        # "Members of the Committee should provide ... by 18 May": the body named is the doer here
        clause = _CLAUSE_LABEL.sub("", re.sub(r"^(?:RESOLVED\s*[:\u2013\u2014-]?\s*)?(?:[Tt]hat\s+)?", "", cleaned))
    added = re.search(
        r"\bsubject\s+to\s+(?:the\s+(?:addition|inclusion)\s+of\s+|adding\s+|including\s+)?(?P<what>(?:an?\s+|further\s+)(?:[\w-]+\s+){0,3}?"
        r"(?:report|update|briefing|review|presentation|paper|item)s?\b.*)$",
        clause,
        re.IGNORECASE,
    )
    if added:
        # "That the work programme be agreed subject to the addition of a report on X to the March meeting"
        return _follow_up([_object_action(added.group("what").rstrip(";,. "))])
    following = re.search(r"\b(?:subject\s+to|with)\s+the\s+following\s+(?:amendments?|changes?|additions?)\s*:\s*(?P<list>.+)$", clause, re.IGNORECASE)
    if following:
        # "approved subject to the following amendments: the item on X be moved to July 2027; a briefing on Y be arranged"
        parts = [p for p in re.split(r"\s*;\s*(?:and\s+)?", following.group("list").rstrip(" .")) if p]
        found = [action for part in parts for action in _from_clause(part)]
        if found:
            return _follow_up(found)
    scheduled = scheduled_changes(clause)
    if scheduled:
        # "approved, subject to the progress report being moved to 4 March and ... being added to ..."
        return _follow_up(scheduled)
    listed = listed_undertakings(clause)
    if listed:
        return [replace(action, source="resolution") for action in listed]
    with_part = _WITH_TO_BE.search(clause.rstrip(" ."))
    if with_part and len(_sentences(clause)) == 1:
        # "that the July meeting take place online, with the format of later meetings to be
        # considered by the review": the main decision, and the thing still to do
        main = _extract_from_resolution(clause[: with_part.start()], verb, lead_in)
        extra = _passive(_to_be(with_part.group("what") or with_part.group("bare")), strict=True)
        return main + ([extra] if extra is not None else [])
    sentences = _sentences(clause)
    if len(sentences) > 1:
        # "Agreed that the repairs be carried out. Clerk to source a contractor.": a decision run on
        # into the minute's own tasks, each sentence read with the minutes' rules
        first = _from_clause(sentences[0])
        later = [action for action in map(_later_sentence, sentences[1:]) if action is not None]
        if first or later:
            return _follow_up(_without_repeats(first + [replace(action, source="resolution") for action in later]))
    found = _from_clause(clause) or _noted_then(sentences[0] if sentences else "")
    if not found and lead_in and re.search(r"\bto\s*[:\u2013-]*\s*$", lead_in) and re.match(r"^[A-Za-z][a-z]+\s", clause) \
            and not re.match(r"^(?:The|That|This|These|Those|A|An|It|Its|All|Members?|Officers?)\b", clause):
        # "RESOLVED to:" over "Add a report on X to the July meeting.": the lead-in's "to" governs the verb
        found = _from_clause(f"to {clause[0].lower()}{clause[1:]}")
    if not found:
        # "The Committee agreed its programme. It was noted that the plan would be considered
        # again at the March meeting."
        again = _narrative_in(clause) or (_narrative_in(cleaned) if cleaned != clause else None)
        found = [again] if again else []
    if found or not lead_in:
        return found
    # "... with the following additions:" + "a report on school transport to the March meeting":
    # each listed report or update is one to come back.
    if re.search(r"\b(?:following|as\s+follows|subject\s+to|additions?|add(?:ed|ing)?|include[sd]?|including)\b", lead_in, re.IGNORECASE) and re.match(
        r"^(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:report|update|briefing|review|presentation|paper)s?\b", clause, re.IGNORECASE
    ):
        return [_object_action(clause.rstrip(";,. "))]
    # "That the Board requests that:" + "officers report back ...": the verb is in the lead-in.
    lead = _strip_resolver(_clean(lead_in)).rstrip(":; ")
    if _LEAD_VERB.match(lead) and not _LEAD_VERB.match(clause):
        return _from_clause(f"{lead} {clause}")
    return []


def _without_repeats(actions: list[ActionCandidate]) -> list[ActionCandidate]:
    """A decision's task said again after it ("RESOLVED to obtain three quotes. (Clerk to obtain three quotes.)") is the
    same task: kept once, with the owner the repeat names where the first named none."""
    kept: list[ActionCandidate] = []
    for action in actions:
        key = _task_key(action)
        same = next((index for index, earlier in enumerate(kept) if key and (_task_key(earlier).startswith(key) or key.startswith(_task_key(earlier)))), None)
        if same is None:
            kept.append(action)
        elif not kept[same].owners and action.owners:
            kept[same] = replace(kept[same], owners=action.owners)
    return kept


def _task_key(action: ActionCandidate) -> str:
    """An action's words without who is to do it: "Clerk to obtain three quotes" -> "obtain three quotes"."""
    text = re.sub(r"^the\s+", "", action.text.lower())
    for owner in action.owners:
        owner = re.sub(r"^the\s+", "", owner.lower())
        if text.startswith(f"{owner} to "):
            return text[len(owner) + 4 :].strip(" .")
    return text.strip(" .")


def _later_sentence(sentence: str) -> ActionCandidate | None:
    """The task in a decision's later sentence: "Clerk to source a contractor.", "The report be presented to Cabinet in
    May.", "(LS to draft the dates.)"."""
    return _commitment(sentence, None) or _subjunctive_sentence(sentence) or bracketed_task(sentence)


def _subjunctive_sentence(sentence: str) -> ActionCandidate | None:
    """ "The final report be presented to Cabinet on 2 August": a decision's later sentence with its own passive."""
    if not re.match(r"^(?:The|A|An|Any|All)\s[^.;]{2,120}?\sbe\s+(?:re-)?[a-z]+(?:ed|en)\b", sentence):
        return None
    found = _from_clause(f"{sentence[0].lower()}{sentence[1:]}")
    return found[0] if found else None


def _undertaking_in(sentence: str) -> ActionCandidate | None:
    """A named doer's firm undertaking inside a decision that is not itself an order ("...,
    so the Clerk would write to the tenants before April")."""
    will = re.search(rf"\b(?:would|will)\s+(?:also\s+)?(?:{_FIRM_VERBS})\b", sentence)
    if will is None or _HEDGED.search(sentence) or re.search(r"\b(?:if|whether|unless|could|might)\b", sentence[: will.start()], re.IGNORECASE):
        return None
    tail = sentence[max(sentence.rfind(",", 0, will.start()), sentence.rfind(" so ", 0, will.start())) + 1 :].strip()
    return _commitment(re.sub(r"^(?:so|and|but|then|therefore)\s+", "", tail, flags=re.IGNORECASE), None)


# "approved for consultation, with the final version to be brought back in June 2026", "noted, with
# a view to the Cabinet's response to the recommendations being reported to a future meeting"
_WITH_TO_BE = re.compile(
    # (a bare "be" only after a comma: "the notes of the meeting with the health board be deferred" is one thing deferred)
    # ("..., with all councillors to be kept informed": the people kept so)
    r"(?:,\s+with\s+(?:a\s+view\s+to\s+)?(?P<what>(?:the|a|an|further|(?:committee\s+|all\s+)?(?:members|councillors|officers)(?=\s+to\s+be\s))\s+[^,;]{0,100}?\s*(?:to\s+be|being|be)\s+[a-z]+\b[^;]*)"
    r"|(?<!\s)\s+with\s+(?:a\s+view\s+to\s+)?(?P<bare>(?:the|a|an|further)\s+[^,;]{2,100}?\s+(?:to\s+be|being)\s+[a-z]+\b[^;]*))$", re.IGNORECASE
)


def _with_to_be(clause: str) -> ActionCandidate | None:
    found = _WITH_TO_BE.search(clause.rstrip(" ."))
    return _passive(_to_be(found.group("what") or found.group("bare")), strict=True) if found else None


def _to_be(what: str) -> str:
    """ "the Cabinet's response being reported to ..." reads as "... to be reported to ..."."""
    return re.sub(r"\s(?:being|be)\s(?=[a-z]+\b)", " to be ", what, count=1) if " to be " not in what else what


def _narrative_in(clause: str) -> ActionCandidate | None:
    """A decision written as narrative: "the Panel noted the report and requested a further
    report in six months"; "..., so the Clerk would write to the tenants"."""
    for sentence in _sentences(clause):
        sentence = _upper_first(re.sub(r"^(?:that|RESOLVED|AGREED)\s*[:\u2013-]?\s*(?:that\s+)?", "", sentence, flags=re.IGNORECASE))
        if re.match(r"^(?:to\s+)?not(?:e|es|ed)\s+that\b", sentence, re.IGNORECASE):
            continue  # what was noted was weighed already (`_noted`): another body's business is not ours
        helpful = re.match(r"^(?:(?:it\s+was\s+)?agreed\s+that\s+)?(?P<clause>it\s+would\s+be\s+\w+\s+.*)$", sentence, re.IGNORECASE)
        found = _agreed_clause(helpful.group("clause")) if helpful else None  # "Agreed that it would be helpful to share ..."
        found = found or taken_again(sentence) or _undertaking_in(sentence) or _with_to_be(sentence)
        if found is None and re.search(r"\b(?:requested|asked)\b", sentence, re.IGNORECASE):
            found = _commitment(sentence, None)
        agreed = None if found else _AND_AGREED.search(sentence)
        if agreed:
            # "The Committee noted the programme and agreed that a report on X be brought to the July meeting"
            found = next(iter(_from_clause(re.sub(r"^that\s+", "", sentence[agreed.end() :]))), None)
        if found is not None:
            return replace(found, source="resolution")
    return None


_AND_AGREED = re.compile(r"\b(?:noted|received|considered|welcomed|discussed)\b[^.;]{3,200}?\sand\s+(?:further\s+)?(?:agreed|resolved|decided)\s+(?=that\s|to\s)", re.IGNORECASE)


