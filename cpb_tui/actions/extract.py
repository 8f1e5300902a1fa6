"""Finding the actions in what a meeting resolved and in its minutes narrative.

Rules over words, not a model: a clause creates an action when its governing verb asks
someone to do something ("Requests ...", "Asks officers to ..."), sends or defers something,
or records an undertaking with a doer ("Agrees that the Chair will ..."). Clauses that only
note, endorse, support, welcome, thank or approve create none, whatever dates they mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from cpb_tui.actions.due import parse_due
from cpb_tui.importers.dates import MONTHS

ACTION_KINDS = ("update", "report", "send", "defer", "do", "commitment")


@dataclass(frozen=True)
class ActionCandidate:
    """An action found in a resolution clause or in minutes narrative, before it is stored."""

    kind: str
    """update / report / send / defer / do / commitment."""
    text: str
    """The action as a sentence, close to the source words."""
    due_words: str | None
    """The words that say when it is due ("to the June 2021 meeting"), if any."""
    owners: tuple[str, ...] = ()
    """Who is to do it, where the text says: "officers", "the Chair", "Director of Children's Services"."""
    recipients: tuple[str, ...] = ()
    """Who is to receive what is sent or written."""
    source: str = "resolution"
    """resolution / minutes."""


# --- Vocabulary ----------------------------------------------------------------------------

_REQUEST = r"requests?|requested|asks?|asked|instructs?|invites?|calls?\s+(?:up)?on|directs?|urges?"
_AGREE = r"agrees?|agreed"
_DEFER = r"defers?|deferred"
_NOTING = (
    r"notes?|noted|endorses?|endorsed|supports?|supported|welcomes?|welcomed|thanks?|thanked|"
    r"approves?|approved|receives?|received|accepts?|accepted|adopts?|adopted|congratulates?|"
    r"commends?|recogni[sz]es?|acknowledges?|reaffirms?|confirms?|considers?|considered|discussed|reviewed|records?|praises?|"
    r"recommends?|expresses|comments?|celebrates?"
)
_LEAD_VERB = re.compile(
    rf"^(?:also\s+)?(?:(?P<request>{_REQUEST})|(?P<agree>{_AGREE})|(?P<defer>{_DEFER})|(?P<noting>{_NOTING}))\b[\s:,]*(?P<rest>.*)$",
    re.IGNORECASE,
)
# "Notes the report and thanks officers": a second main verb starts a second part of the clause.
_THIRD_PERSON = (
    r"notes|endorses|supports|welcomes|thanks|approves|receives|accepts|adopts|congratulates|commends|"
    r"recognises|acknowledges|requests|asks|instructs|invites|directs|urges|agrees|defers|confirms|records"
)
_COORDINATED = re.compile(
    rf"[,;]?\s+and\s+(?:also\s+)?(?=(?:{_THIRD_PERSON})\b)"
    # "the report be noted and a further report be brought to a future meeting"
    r"|\s+and\s+(?=(?:a|an|the|further)\s+[^,;]{0,80}?\bbe\s+(?:brought|presented|submitted|provided|circulated|sent)\b)"
)
# Who resolved, in front of the verb: "That the Corporate Parenting Board notes ...".
# Case matters here: the resolver's name is in capitals and the verb after it is not.
_RESOLVER = re.compile(
    r"^(?:RESOLVED\s*[:\u2013\u2014-]?\s*)?(?:[Tt]hat\s+)?(?:(?:[Tt]he\s+)?(?:[A-Z][\w'&-]*\s+){0,4}?"
    r"(?:Board|Panel|Committee|Sub-Committee|Cabinet|Council|Members)\s*:?\s+(?=[a-z]))?"
)
_CLAUSE_LABEL = re.compile(r"^\(?(?:[ivxlc]{1,6}|\d{1,2}|[a-h])[.)]\s+")

# Past participles an action clause can be built on, with the verb an action log would use.
_PP_BASE = {
    "sent": "send", "circulated": "circulate", "shared": "share", "forwarded": "forward", "copied": "copy",
    "distributed": "distribute", "emailed": "email", "written": "write", "brought": "bring",
    "presented": "present", "submitted": "submit", "reported": "report", "provided": "provide",
    "produced": "produce", "prepared": "prepare", "deferred": "defer", "reviewed": "review",
    "considered": "consider", "reconsidered": "reconsider", "arranged": "arrange", "given": "give",
    "made": "make", "held": "hold", "referred": "refer", "amended": "amend", "updated": "update",
    "added": "add", "published": "publish", "included": "include", "explored": "explore",
    "investigated": "investigate", "developed": "develop", "revised": "revise", "invited": "invite",
    "explained": "explain", "offered": "offer", "established": "establish", "scheduled": "schedule",
    "undertaken": "undertake", "sought": "seek", "raised": "raise", "organised": "organise",
    "organized": "organise", "set": "set", "kept": "keep", "returned": "return", "removed": "remove", "done": "do", "followed": "follow", "drawn": "draw", "extended": "extend", "repeated": "repeat", "passed": "pass",
}
# Participles that name something to do only with their particle ("followed up", "taken forward").
_PHRASAL = {"followed": "follow", "looked": "look", "picked": "pick", "chased": "chase", "taken": "take"}
# "That X be asked to ...": the doer is X.
_ASKED = {"asked", "requested", "invited", "instructed", "required", "directed", "tasked"}
# A power given is not a task set: "the Chief Executive be authorised to make amendments".
_EMPOWERED = {"authorised", "authorized", "delegated", "empowered", "permitted", "allowed"}
# Verbs that, bare after a doer ("That officers report back"), ask the doer to do something.
_SUBJUNCTIVE_VERBS = {
    "report", "bring", "present", "submit", "provide", "produce", "prepare", "circulate", "send", "share",
    "write", "arrange", "attend", "update", "review", "investigate", "explore", "consider", "meet", "liaise",
    "contact", "return", "develop", "undertake", "respond", "reply", "feed", "look", "work", "seek", "publish",
}
_SEND_VERBS = {"send", "circulate", "share", "forward", "copy", "distribute", "email", "refer", "pass"}
_REPORTING_VERBS = {"bring", "present", "submit", "report"}
_PRODUCING_VERBS = {"provide", "produce", "prepare", "give", "make", "return"}
_UPDATE = re.compile(
    r"\bupdates?\b|\bfurther\s+(?:written\s+)?report\b|\breport(?:s|ed|ing)?\s+(?:back|again)\b|\bcome\s+back\b",
    re.IGNORECASE,
)
_REPORT_NOUN = re.compile(
    r"^(?:(?:a|an|the|its|their|his|her)\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?:report|paper|proposals?|plan|action\s+plan|presentation|evaluation|analysis|review|findings|business\s+case|options?)\b",
    re.IGNORECASE,
)
_ALSO_REPORTS = re.compile(r"\band\s+(?:to\s+)?(?:report|bring|present|submit)\b", re.IGNORECASE)

# Words that can make up who does or receives something: "the Director of Children's Services",
# "the Trust and officers", "every Board member".
_DETERMINERS = {"the", "every", "each", "all", "relevant", "appropriate", "both", "its", "their", "our", "senior"}
_JOINERS = {"of", "for", "and", "in", "on", "at", "&"}
_ROLE_NOUNS = {
    "officers", "officer", "members", "member", "partners", "colleagues", "staff", "managers", "manager",
    "commissioners", "councillors", "councillor", "service", "team", "trust", "council", "board", "chair",
    "director", "clerk", "carers", "leaders", "leader", "nurse", "nurses", "schools", "panel", "group",
    "representatives", "workers", "practitioners", "teams", "providers", "authorities", "agencies", "councils", "committee", "cabinet", "forum", "chairman", "chairperson", "secretary",
}
# Capitalised words that do not name anyone: months, days, and words that open a sentence.
_NOT_NAMES = {m.capitalize() for m in MONTHS} | {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "I", "She", "He", "They", "We", "It", "This", "That", "These", "Those", "There", "In", "At", "On",
    "For", "Following", "During", "When", "If", "As", "After", "Before", "Although", "While", "A", "An",
}
_PRONOUNS = {"she", "he", "they", "we"}


# --- Resolutions ---------------------------------------------------------------------------


# Decisions phrased as something to do that are not follow-up work: approvals, the motion to
# go into private session, the calendar of meetings.
_NOT_FOLLOW_UP = re.compile(
    r"^(?:give|grant)\s+(?:approval|consent|permission|authority|delegated\s+authority)\b"
    r"|\bexclude\b.{0,60}\b(?:press|public)\b|\b(?:press|public)\b.{0,40}\bexcluded\b"
    r"|^hold\s+(?:the\s+)?meetings?\s+of\s+(?:this|the)\b"
    r"|^consider\s+the\s+(?:matters|items?)\s+(?:in|under)\s+part\s+(?:ii|2|b)\b"
    # the committee's own agenda-setting, and business taken later in the same meeting
    # (a report added to the work programme is still due to come: that stays an action)
    r"|^(?:amend|update|undertake|note|agree|approve|adopt)\b(?!.{0,160}\b(?:report|update|item|briefing|presentation|session|review)s?\s+(?:on|about|from|of)\b)"
    r".{0,120}\b(?:work\s*(?:programme|plan)|forward\s+plan)\b"
    r"|\bunder\s+part\s+(?:b|ii|2)\b|^discuss\s+(?:it|this|the\s+item)\s+further\b"
    r"|^amend\s+(?:licence\s+)?conditions?\b"
    # taking items off an agenda or a motion off the table
    r"|^(?:remove|withdraw|delete)\s+(?:the\s+)?(?:items?|motions?)\b"
    # deciding to do nothing, paying an invoice, giving someone a power
    r"|\bno\s+further\s+action\b|^pay\b|\bdelegated\s+(?:responsibility|authority|powers?)\s+(?:to|for|be)\b",
    re.IGNORECASE,
)


def _follow_up(actions: list[ActionCandidate]) -> list[ActionCandidate]:
    return [action for action in actions if not _NOT_FOLLOW_UP.search(action.text)]


def extract_from_resolution(text: str, verb: str, lead_in: str | None = None) -> list[ActionCandidate]:
    """The actions one resolution clause creates; [] for clauses that only note, endorse or approve."""
    return _follow_up(_extract_from_resolution(text, verb, lead_in))


def _extract_from_resolution(text: str, verb: str, lead_in: str | None = None) -> list[ActionCandidate]:
    cleaned = _clean(text)
    clause = _strip_resolver(cleaned)
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
    listed = _listed_undertakings(clause)
    if listed:
        return [replace(action, source="resolution") for action in listed]
    found = _from_clause(clause)
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


_AND_THAT = re.compile(r"[,;]?\s+and\s+(?:also\s+)?that\s+", re.IGNORECASE)
# Scottish and Welsh minutes resolve "to note ...", "to instruct the Director to ...".
_TO_VERB = re.compile(rf"^to\s+(?=(?:{_REQUEST}|{_AGREE}|{_DEFER}|{_NOTING}|request|ask|instruct|invite|note|agree|defer)\b)", re.IGNORECASE)


def _from_clause(clause: str) -> list[ActionCandidate]:
    actions: list[ActionCandidate] = []
    parts = [piece for chunk in _AND_THAT.split(clause) for piece in _COORDINATED.split(chunk)]
    for part in parts:
        part = _TO_VERB.sub("", re.sub(r"^that\s+", "", part.strip(), flags=re.IGNORECASE) if _AND_THAT.search(clause) else part.strip())
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


def _from_part_body(part: str) -> ActionCandidate | None:
    noting = re.match(rf"^(?P<owner>[^,;]{{2,80}}?)\s+to\s+(?:{_NOTING}|note)\b", part, re.IGNORECASE)
    if noting and _looks_like_doer(noting.group("owner")):
        return None  # "Officers to note the request ...": nothing to deliver
    lead = _LEAD_VERB.match(part)
    deferred = re.match(r"^(?:this|the)\s+(?:item|matter|report|decision)\s+(?:was|is|be)\s+deferred\b\s*(.*)$", part, re.IGNORECASE)
    if deferred:
        subject = re.match(r"^(.*?)\s+(?:was|is|be)\s+deferred", part, re.IGNORECASE).group(1)
        return _action("defer", f"Defer {_lower_first(subject)} {deferred.group(1)}".strip(), deferred.group(1))
    if lead is None:
        # "That officers report back ...", "That the Chair write to ...": a doer and a verb to do.
        group = re.match(
            r"^(?P<owner>(?:the\s+)?(?:[\w-]+\s+){0,5}(?:group|team|panel|board|forum|officers?|service))\s+(?P<verb>"
            + "|".join(sorted(_SUBJUNCTIVE_VERBS)) + r")\b\s*(?P<tail>.*)$",
            part,
            re.IGNORECASE,
        )
        if group and not re.match(r"^(?:be|is|are)\b", group.group("tail")):
            # "the task and finish working group report its findings back to Cabinet"
            return _owner_action(group.group("owner"), group.group("verb"), group.group("tail"))
        doer_for = re.match(r"^for\s+(?P<owner>.{2,80}?)\s+to\s+(?P<verb>[a-z]+)\b\s*(?P<tail>.*)$", part)
        if doer_for and _looks_like_doer(doer_for.group("owner")) and not re.fullmatch(_NOTING, doer_for.group("verb")):
            # "(it was resolved) for the Clerk to write to the Police ..."
            return _owner_action(doer_for.group("owner"), doer_for.group("verb"), doer_for.group("tail"))
        infinitive = re.match(rf"^to\s+(?P<verb>{_FIRM_VERBS})\b\s*(?P<tail>.*)$", part, re.IGNORECASE)
        if infinitive:
            # "Resolved - to contact the school to agree a joint letter"
            verb = re.sub(r"\s+", " ", infinitive.group("verb").lower())
            phrase = f"{verb} {infinitive.group('tail')}".strip()
            return _action(_kind(_base(infinitive.group("verb")), phrase, infinitive.group("tail")), phrase, phrase, (), _recipients(phrase))
        place = re.match(r"^(?P<what>(?:an?|the)\s+.{3,120}?)\s+take\s+place\b\s*(?P<rest>.*)$", part, re.IGNORECASE)
        if place:
            # "That an extended internal review take place during 2014/15"
            phrase = f"hold {_lower_first(place.group('what'))} {place.group('rest')}".strip()
            return _action("do", phrase, part)
        owner, verb, tail = _owner_and_verb(part)
        doing = re.match(r"^([a-z]+)\b\s*(.*)$", tail) if owner and verb == "to" else None
        if doing and _looks_like_doer(owner) and not re.fullmatch(_NOTING, doing.group(1), re.IGNORECASE) and doing.group(1) not in ("the", "a", "an", "be"):
            # "c) The Scrutiny Manager to send an email to Members ...": a doer and what they are to do
            return _owner_action(owner, doing.group(1), doing.group(2))
        if owner and (verb in ("will", "shall", "would") or (verb == "should" and parse_due(tail))) and re.match(
            r"^(?:also\s+)?[a-z]+\b", tail
        ) and not tail.startswith("be "):
            # "That the Leader will write to the Divisional Commander ..."
            then = re.match(r"^(?:also\s+)?([a-z]+)\b\s*(.*)$", tail)
            return _owner_action(owner, then.group(1), then.group(2))
        if owner and (verb in _SUBJUNCTIVE_VERBS or (verb.endswith("s") and verb[:-1] in _SUBJUNCTIVE_VERBS)) and not re.match(
            r"^(?:be|is|are|was|were)\b", tail
        ):  # "that the Planning Policy update be noted": "update" is a noun there
            return _owner_action(owner, verb.removesuffix("s") if verb not in _SUBJUNCTIVE_VERBS else verb, tail)
        # "That consideration of this item be deferred ...": no verb of the board's own.
        return _passive(part, strict=True)
    rest = lead.group("rest").strip()
    if lead.group("noting"):
        return _noted(lead.group("noting"), rest)
    if lead.group("defer"):
        return _action("defer", "Defer " + rest, rest)
    if lead.group("agree"):
        return _agreed(rest)
    return _requested(rest)


# "To receive, within a month, a copy of ...", "receives a further report ...": something still to come.
_COMING = re.compile(
    r"^(?:,?\s*(?P<when>(?:within|in|after|at)\s+[^,]{1,40}),\s*)?(?P<what>(?:a|an|further|regular)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:report|update|briefing|presentation|copy|information|response|details|paper)s?\b.*)$",
    re.IGNORECASE,
)
_STILL_TO_COME = re.compile(r"^(?:a|an)?\s*(?:further|future|follow-up|another|regular|annual|six-monthly|quarterly|final)\b|\bcopy\s+of\b", re.IGNORECASE)


def _noted(verb: str, rest: str) -> ActionCandidate | None:
    """A noting verb is no action, unless what it notes is still to come.

    "To receive a further report from the Director ..." asks for a report; "to note that
    officers would arrange a workshop" records an undertaking. "Receives the report" does neither.
    """
    if verb.lower().startswith("receiv"):
        coming = _COMING.match(rest)
        if coming and (_STILL_TO_COME.search(coming.group("what")) or parse_due(rest)):
            phrase = f"receive {coming.group('what')}"
            return _action(_kind("receive", phrase, coming.group("what")), phrase, rest, _owners_in(rest), _recipients(phrase))
        return None
    that = re.match(r"^that\s+(.*)$", rest, re.IGNORECASE)
    if verb.lower().startswith("note") and that:
        # Noted undertakings for this committee are its to follow ("officers would arrange a
        # workshop for Members"); what goes to another body ("will bring the strategy to
        # Cabinet", "will be presented to full Council") is that body's business.
        if re.search(r"\b(?:to|at|before|by)\s+(?:the\s+)?(?:full\s+)?(?:Council|Cabinet|Executive|Scrutiny)\b", that.group(1)):
            return None
        found = _commitment(that.group(1), None)
        if found is not None and found.owners:
            return replace(found, source="resolution")
    return None


def _requested(rest: str) -> ActionCandidate | None:
    """What follows "Requests" / "Asks" / "Invites"."""
    rest = re.sub(r"^(?:for|of)\s+", "", rest, flags=re.IGNORECASE)
    that = re.match(r"^that\s+(.*)$", rest, re.IGNORECASE)
    if that:
        body = that.group(1)
        # "... that the Trust and officers provide a report ..."
        owner, verb, tail = _owner_and_verb(body)
        if owner and verb not in ("be", "is", "are", "was"):
            return _owner_action(owner, verb, tail)
        return _passive(body, strict=False) or _object_action(body)
    # "Asks officers to report back ...", "Invites the Integrated Care Board to present ..."
    owner, after = _split_owner(rest)
    to = re.match(r"^to\s+([a-z]+)\b\s*(.*)$", after)
    if owner and to:
        return _owner_action(owner, to.group(1), to.group(2))
    # "Requests a further update be brought to ..."; no modal, so no "will be restructured".
    passive = _passive(rest, strict=False)
    if passive is not None and not re.search(r"\b(?:will|would|should|could|that)\b", rest.split(" be ")[0]):
        return passive
    return _object_action(rest)


def _agreed(rest: str) -> ActionCandidate | None:
    """What follows "Agrees": an action only when someone is to do something."""
    to = re.match(r"^to\s+([a-z]+)\b\s*(.*)$", rest)
    if to and re.fullmatch(_NOTING, to.group(1), re.IGNORECASE):
        # "Agreed to note the report" is no action; "agreed to receive an update in March" is
        return _noted(to.group(1), to.group(2)) if to.group(1).lower().startswith("receiv") else None
    if to and to.group(1) not in ("the", "a", "an", "this", "these"):
        verb = _base(to.group(1))
        phrase = f"{verb} {to.group(2)}"
        return _action(_kind(verb, phrase, to.group(2)), phrase, phrase, recipients=_recipients(phrase))
    that = re.match(r"^that\s+([^:;]*)", rest, re.IGNORECASE)
    if not that:
        return None  # "Agrees the four priorities ..."
    body = that.group(1)
    # "... that the Chair will respond ...": an undertaking with a doer. "Should" is a wish,
    # and "the new rates will apply" has no doer, so neither is an action.
    owner, verb, tail = _owner_and_verb(body)
    if owner and verb in ("will", "shall", "is", "are", "would", "should"):
        then = re.match(r"^(?:to\s+)?([a-z]+)\b\s*(.*)$", tail)
        if then and then.group(1) != "be":
            return _owner_action(owner, then.group(1), then.group(2))
    return _passive(body, strict=True)


def _passive(body: str, strict: bool) -> ActionCandidate | None:
    """ "X be sent to Y", "X will be set up": an action named by what is to happen to X.

    `strict` is for clauses with no asking verb of their own ("That this item be deferred"),
    where only a participle that names something to do counts; "be noted" does not.
    """
    match = re.match(
        r"^(?P<obj>[^:;]+?)\s+(?:(?:will|shall|would|is\s+to|are\s+to|to)\s+)?(?:be|are|is)\s+(?:re-)?(?P<pp>[a-z]+)\b\s*(?P<rest>.*)$",
        body,
        re.IGNORECASE,
    )
    if match is None:
        return None
    obj, pp, rest = match.group("obj"), match.group("pp").lower(), match.group("rest")
    if pp in _EMPOWERED or (
        pp in ("given", "granted")
        and (
            re.search(r"\b(?:approval|authority|consent|permission|agreement)$", obj.strip(), re.I)
            or re.match(r"^(?:delegated\s+)?(?:authority|approval|powers?|consent|permission)\b", rest.strip(), re.I)
        )
    ):
        return None
    if pp in ("requested", "recommended", "asked", "agreed") and re.match(r"^it$", obj.strip(), re.IGNORECASE):
        # "That it be requested that information be brought to the next meeting",
        # "That it be agreed to review the location at a future Cabinet meeting"
        that = re.match(r"^that\s+(.*)$", rest, re.IGNORECASE)
        if that:
            return _requested(rest)
        to = re.match(r"^to\s+([a-z]+)\b\s*(.*)$", rest)
        if to and not re.fullmatch(_NOTING, to.group(1), re.IGNORECASE):
            phrase = f"{_base(to.group(1))} {to.group(2)}".strip()
            return _action(_kind(_base(to.group(1)), phrase, to.group(2)), phrase, phrase, (), _recipients(phrase))
        return None
    if pp in ("invited", "asked") and re.match(r"^(?:to|at)\s+(?:the|a|an|its|their|this|a\s+future)\b", rest):
        # "That the Children in Care Council be invited to the next meeting"
        phrase = f"invite {_lower_first(obj.strip())} {rest}".strip()
        return _action("do", phrase, rest, (), ())
    if pp in _ASKED:
        owner, _ = _split_owner(obj)
        to = re.match(r"^to\s+([a-z]+)\b\s*(.*)$", rest)
        if owner and to:
            return _owner_action(owner, to.group(1), to.group(2))
        return None
    verb = _PP_BASE.get(pp)
    particle = re.match(r"^(up|into|forward)\b\s*(.*)$", rest)
    if particle and pp in ("followed", "looked", "picked", "chased", "taken"):
        # "Matters arising would be followed up with the Trust": a phrasal verb
        verb, rest = f"{_PHRASAL[pp]} {particle.group(1)}", particle.group(2)
    if verb is None:
        return None if strict else _action("do", f"{_lower_first(obj)} to be {pp} {rest}", body)
    phrase = _join(verb, _lower_first(obj), rest)
    owners = _owners_in(rest)
    return _action(_kind(verb, f"{verb} {obj}", obj + " " + rest), phrase, body, owners, _recipients(phrase))


def _owner_action(owner: str, verb: str, tail: str) -> ActionCandidate:
    """ "officers" + "provide" + "a report ..." -> "Officers to provide a report ..."."""
    verb = _base(verb)
    if verb in ("should", "must", "will", "shall"):
        # "Requests that officers should ..." reads the same as "that officers ...".
        nxt = re.match(r"^([a-z]+)\b\s*(.*)$", tail)
        if nxt:
            verb, tail = _base(nxt.group(1)), nxt.group(2)
    phrase = f"{verb} {tail}".strip()
    return _action(
        _kind(verb, phrase, tail),
        f"{owner} to {phrase}",
        phrase,
        tuple(_owner_names(owner)),
        _recipients(phrase),
    )


def _object_action(body: str) -> ActionCandidate:
    """ "a further update to the June 2025 meeting on ..." -> "Further update to the June 2025 meeting on ..."."""
    body = re.sub(r"^(?:a|an)\s+", "", body, flags=re.IGNORECASE)
    return _action(_kind(None, body, body), body, body, _owners_in(body), _recipients(body))


def _kind(verb: str | None, phrase: str, obj: str) -> str:
    """update / report / send / defer / do, from the verb and the head of its object."""
    head = " ".join(phrase.split()[:8])
    if verb == "defer":
        return "defer"
    if verb in _SEND_VERBS or (verb == "write" and re.match(r"write\s+to\b", phrase, re.IGNORECASE)):
        return "send"
    if _UPDATE.search(head):
        return "update"
    obj_head = re.sub(r"^(?:to|on|back)\s+", "", obj.strip(), flags=re.IGNORECASE)
    if verb in _REPORTING_VERBS or (verb is None and _REPORT_NOUN.match(obj_head)):
        return "report"
    if verb in _PRODUCING_VERBS and _REPORT_NOUN.match(obj_head):
        return "report"
    if _ALSO_REPORTS.search(phrase):
        return "report"
    return "do"


def _action(
    kind: str,
    text: str,
    due_source: str,
    owners: tuple[str, ...] = (),
    recipients: tuple[str, ...] = (),
    source: str = "resolution",
) -> ActionCandidate:
    due = parse_due(due_source)
    return ActionCandidate(
        kind=kind,
        text=_sentence(text),
        due_words=due.words if due else None,
        owners=owners,
        recipients=recipients,
        source=source,
    )


# --- Owners and recipients -----------------------------------------------------------------


def _owner_length(words: list[str]) -> int:
    """How many of `words` make up a doer at their start ("the Trust and officers"), 0 if none."""
    end = 0
    index = 0
    while index < len(words) and words[index].lower() in _DETERMINERS:
        index += 1
    while index < len(words):
        # Lower-case describing words may only open the phrase: "the review team", but not
        # "the Chair to every Member".
        describing = end == 0
        word = words[index]
        bare = word.rstrip(",;:.")
        core = bare.replace("\u2019", "'")
        if core and core[0].isupper() and core not in _NOT_NAMES and not any(ch.isdigit() for ch in core):
            end = index + 1
        elif core.lower() in _ROLE_NOUNS and core.islower():
            end = index + 1
        elif core.isalpha() and core.islower() and describing and _role_follows(words, index):
            pass  # "all foster carers", "the review team": a word or two describing the doer
        elif core.lower() in _JOINERS and end and bare == word:
            # "of the Virtual School", "and the Chair": a joiner may bring its own "the"
            if index + 1 < len(words) and words[index + 1].lower() in _DETERMINERS:
                index += 1
        else:
            break
        if bare != word:
            break  # punctuation closes the phrase: "Stephen Marlow, Head of ..."
        index += 1
    if end and re.search(r"'s?$", words[end - 1].replace("\u2019", "'")):
        return 0  # "the Leaders' letter": a possessive qualifies what follows, it does not do anything
    return end


def _role_follows(words: list[str], index: int) -> bool:
    """Whether a doer's noun ("carers", "team") comes within the next two words, with no punctuation between."""
    for word in words[index: index + 3]:
        if word.rstrip(",;:.") != word:
            return word.rstrip(",;:.") in _ROLE_NOUNS
        if word in _ROLE_NOUNS:
            return True
    return False


def _split_owner(text: str) -> tuple[str | None, str]:
    """A doer at the start of `text` and what follows it."""
    words = text.split()
    length = _owner_length(words)
    if not length:
        return None, text
    owner = " ".join(words[:length]).rstrip(",;:.")
    return owner, " ".join(words[length:])


def _owner_and_verb(text: str) -> tuple[str | None, str, str]:
    """ "the Trust and officers provide a report" -> ("the Trust and officers", "provide", "a report")."""
    owner, after = _split_owner(text)
    verb = re.match(r"^([a-z]+)\b\s*(.*)$", after)
    if not owner or not verb:
        return None, "", text
    return owner, verb.group(1), verb.group(2)


def _owner_names(phrase: str) -> list[str]:
    """ "the Trust and officers" -> ["the Trust", "officers"]; names of posts lose their "the"."""
    # "and" joins two doers in the head of the phrase ("the Chair and Vice-Chair"). After "of"
    # it is part of a name ("the Chair of the Health and Wellbeing Board") unless a new doer
    # follows ("the Director of Children's Services and the Chief Executive").
    post = re.search(r"\s(?:of|for)\s", phrase)
    head, tail = (phrase[: post.start()], phrase[post.start():]) if post else (phrase, "")
    parts = re.split(r",\s*|\s+and\s+", head)
    more = re.split(r"\s+and\s+(?=(?:the|every|each|all|officers|members|partners)\b)", tail)
    parts[-1] += more[0]
    parts += more[1:]
    names = []
    for index, part in enumerate(parts):
        if index and parts[0].startswith(("the ", "The ")) and part[:1].isupper():
            part = "the " + part  # "the Chair and Vice-Chair": the article covers both
        part = part.strip()
        if not part:
            continue
        if part.lower() in ("officers", "members", "partners", "colleagues"):
            part = part.lower()
        elif part.startswith("The "):
            part = "the " + part[4:]
        # A post is named by its title, "Director of Children's Services"; a body keeps its
        # article, "the Trust", "the Chair".
        if re.match(r"^the\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s+(?:of|for)\s+", part):
            part = part[4:]
        names.append(part)
    return names


def _owners_in(text: str) -> tuple[str, ...]:
    """Doers named inside a passive clause: "with a letter from the Chair", "by officers"."""
    match = re.search(r"\b(?:letter|update|report|briefing|proposals?|response)\s+from\s+(.+)$", text, re.IGNORECASE)
    if match is None:
        match = re.search(r"\bby\s+(.+)$", text, re.IGNORECASE)
    if match is None:
        return ()
    owner, _ = _split_owner(match.group(1))
    return tuple(_owner_names(owner)) if owner else ()


_SEND_WORD = re.compile(
    r"\b(?:send|sends|sent|circulate|circulates|circulated|forward|forwards|forwarded|copy|copied|"
    r"distribute|distributed|email|emailed|emails|share|shares|shared|write|writes|written|"
    r"refer|refers|referred|pass|passes|passed)\b",
    re.IGNORECASE,
)


def _recipients(phrase: str) -> tuple[str, ...]:
    """Who receives what is sent: the first "to ..." (or "with ...", for sharing) that names someone."""
    send = _SEND_WORD.search(phrase)
    if send is None:
        return ()
    after = phrase[send.end():]
    # "send Members the dates ...": the recipient comes straight after the verb
    owner, rest = _split_owner(after.strip())
    if owner and re.match(r"^(?:the|a|an|copies|details)\b", rest):
        return (owner,)
    for match in re.finditer(r"\b(?:to|with)\s+", after, re.IGNORECASE):
        owner, rest = _split_owner(after[match.end():])
        if owner:
            # "the Leaders of the six district and borough councils about ...": a name that
            # goes on after "of" in lower case runs to the next word that starts something else.
            more = re.match(r"^(of\s+(?:the\s+)?[a-z].*?)(?=[,;:.]|\s(?:about|asking|setting|explaining|for|with|before|by|after|within|so|to|on|regarding|which|who|that)\b|$)", rest)
            if more and len(more.group(1).split()) <= 10:
                owner = f"{owner} {more.group(1)}"
            return (owner,)
    return ()


# --- Minutes narrative ---------------------------------------------------------------------

# Wording of a firm undertaking; "could", "offered to" and "would be willing to" are not.
_UNDERTAKING = re.compile(r"\b(?P<aux>had\s+|has\s+|have\s+)?(?:also\s+)?(?:agreed|undertook|promised)\s+to\s+(?P<verb>[a-z]+)\b")
_FIRM_VERBS = (
    r"circulate|provide|send|write|share|forward|arrange|supply|report\s+back|update|feed\s+back|"
    r"follow\s+up|look\s+into|contact|raise|email|distribute|check|confirm|liaise|bring|organise|"
    r"organize|visit|pass|investigate|review|present|set\s+up|invite|respond|reply|produce|prepare|"
    r"explore|include|add|publish|attend|ask|meet"
)
_WILL = re.compile(rf"\b(?:would|will)\s+(?:also\s+)?(?P<verb>{_FIRM_VERBS})\b", re.IGNORECASE)
# "A report would be brought to the next meeting", "a briefing note would be provided to Members"
_WOULD_BE_DONE = re.compile(
    r"(?P<obj>\b(?:a|an|the|further|more|this|these|those|details?|information|figures|matters?|issues?|concerns?|questions?|comments?"
    r"|points?|options?|proposals?|data|work|documents?|letters?|copy|copies|briefing|plans?)\b(?:(?!\b(?:that|which|who|whom|where|whereby|how|what|why|whether|when|if)\b)[^.;:,]){0,120}?)\s+(?:would|will|is\s+to|are\s+to)\s+(?:also\s+)?be\s+(?:re-)?"
    r"(?:presented|brought|circulated|sent|provided|reported|submitted|updated|shared|arranged|included|forwarded|distributed|emailed|produced|prepared"
    r"|followed\s+up|looked\s+into|picked\s+up|chased\s+up|taken\s+forward"
    r")\b",
    re.IGNORECASE,
)
_IT_WAS_AGREED = re.compile(r"\bit\s+was\s+(?:also\s+|further\s+)?agreed\s+that\s+(?P<clause>.+)$", re.IGNORECASE)
_ASKED_AND_AGREED = re.compile(
    r"\basked\s+(?P<clause>.+?),?\s+(?:and|which)\s+(?:this\s+)?was\s+agreed\b", re.IGNORECASE
)
_PARA_NUMBER = re.compile(r"\*\*\d{1,2}(?:\.\d{1,2})*\.?\*\*\s*")
_ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Cllr|Prof|St|No|e\.g|i\.e|etc)\.$")


def extract_from_minutes(markdown: str) -> list[ActionCandidate]:
    """Commitments recorded in minutes narrative ("officers agreed to circulate ...")."""
    return _follow_up(_extract_from_minutes(markdown))


def _extract_from_minutes(markdown: str) -> list[ActionCandidate]:
    actions: list[ActionCandidate] = []
    marked_paragraphs = _paragraphs_marked(markdown)
    paragraphs = [text for text, _ in marked_paragraphs]
    found_before = len(actions)
    requesting = False  # reading the list under "The Committee requested:"
    for position, paragraph in enumerate(paragraphs):
        listed = marked_paragraphs[position][1]
        previous_found, found_before = len(actions) > found_before, len(actions)
        tagged = _tagged(paragraph)
        if tagged is not None:
            actions.append(tagged)
            continue
        if requesting and listed:
            # "The Committee requested:" then "1. a breakdown of placements by district"
            item = re.sub(r"^(?:\(?[a-z0-9]{1,3}[.)]\s+)", "", paragraph).rstrip(" .;")
            found = _commitment(item, None) or _requested(item)
            if found is not None:
                actions.append(_as_commitment(found))
            continue
        requesting = bool(_REQUESTED_LIST.search(paragraph))
        marked = _ACTION_LINE.match(paragraph)
        rest = ""
        if marked:
            # "Action: Margaret Gallagher / Clerk" under a paragraph: that paragraph is the action.
            rest = marked.group("rest").strip()
            names_only = all(
                re.fullmatch(r"[A-Z][\w'\u2019.-]*(?:\s+(?:[A-Z][\w'\u2019.-]*|of|and|the|for|&))*", owner.strip())
                for owner in re.split(r"\s*(?:/|,|&|\band\b)\s*", rest) if owner.strip()
            )
            if len(rest.split()) <= 8 and position > 0 and not previous_found and names_only:
                owners = tuple(o.strip() for o in re.split(r"\s*(?:/|,|&|\band\b)\s*", rest) if o.strip())
                last = _sentences(paragraphs[position - 1])[-1]
                found = _commitment(last, None)
                if found is not None:
                    actions.append(ActionCandidate(found.kind, found.text, found.due_words, owners or found.owners, found.recipients, "minutes"))
                else:
                    actions.append(_action("commitment", last, last, owners, (), source="minutes"))
                continue
            if len(rest.split()) > 8:
                # "Action - Leader to provide a written response to ...": whoever stands before
                # "to" on an action line is its owner.
                doer = re.match(r"^(?P<owner>[A-Z][^.;:]{1,80}?)\s+to\s+(?P<verb>[a-z]+)\b\s*(?P<tail>.*)$", rest)
                if doer and doer.group("verb") not in ("the", "a", "an", "be"):
                    actions.append(_as_commitment(_owner_action(doer.group("owner"), doer.group("verb"), doer.group("tail"))))
                    continue
                paragraph = rest
        last_doer: str | None = None
        previous = ""
        before = len(actions)
        for sentence in _sentences(paragraph):
            listed = _listed_undertakings(sentence)
            if listed:
                actions.extend(listed)  # each part keeps its own time, if it gives one
                previous = sentence
                continue
            action = _commitment(sentence, last_doer)
            if action is not None:
                actions.append(_due_from_context(action, sentence, previous))
            previous = sentence
            starts, _ = _split_owner(sentence)
            if starts:
                last_doer = starts
        if marked and paragraph == rest and len(actions) == before:
            # "Action - Cornwall Council commits to ...": the page calls it an action, so it is one
            first = _sentences(paragraph)[0].rstrip(" :-\u2013")
            actions.append(_action("commitment", first, paragraph, (), _recipients(first), source="minutes"))
    return actions


_LISTED_VERBS = rf"{_FIRM_VERBS}|receive|undertake|consider|request|requested|hold|seek|examine|monitor|visit|scrutinise|scrutinize"
_AGREED_TO_LIST = re.compile(r"^(?P<pre>.{0,120}?)\b(?:agreed|undertook)\s+to\s+(?P<tail>.+;.+)$", re.IGNORECASE)


def _listed_undertakings(sentence: str) -> list[ActionCandidate]:
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


_REQUESTED_LIST = re.compile(
    r"\b(?:the\s+(?:committee|board|panel|forum|sub-committee|cabinet)|members)\s+(?:also\s+|further\s+)?(?:requested|asked\s+for)"
    r"(?:\s+the\s+following)?\s*(?::-|[:\u2013-])\s*$",
    re.IGNORECASE,
)


def _tagged(paragraph: str) -> ActionCandidate | None:
    """A paragraph that ends by naming who acts: its undertaking (or its last sentence) is theirs."""
    task = _TAGGED_TASK.search(paragraph)
    if task and task.group("verb") != "action":
        # "Millennium Wood is in a poor state - TD & AV to inspect"
        owners = tuple(o.strip() for o in re.split(r"\s*(?:,|&|/|\band\b)\s*", task.group("owners")) if o.strip())
        context = paragraph[: task.start()].strip()
        phrase = f"{task.group('verb')}{task.group('tail')}".strip()
        text = f"{task.group('owners')} to {phrase}" + (f" ({_lower_first(_sentences(context)[-1])})" if context else "")
        return _action("commitment", text, f"{phrase} {context}", owners, _recipients(phrase), source="minutes")
    body, owners = _owner_tag(paragraph)
    if not owners or not body:
        return None
    sentences = _sentences(body)
    for sentence in reversed(sentences):
        found = _commitment(sentence, None)
        if found is not None:
            return ActionCandidate("commitment", found.text, found.due_words, owners, found.recipients, "minutes")
    # "b) Parish Cottage - Chairman still awaiting a third estimate which he would chase up"
    last = re.sub(r"^(?:\(?[a-z0-9]{1,3}[.)]\s+)?[^.\u2013\u2014]{1,60}?\s[\u2013\u2014-]\s+", "", sentences[-1])
    return _action("commitment", last, body, owners, (), source="minutes")


def _due_from_context(action: ActionCandidate, sentence: str, previous: str) -> ActionCandidate:
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
    if due is None or due.kind in ("month_only", "future_meeting"):
        return action
    return replace(action, due_words=due.words)


_NARRATIVE_REQUEST = re.compile(
    r"\b(?:the\s+(?:committee|board|panel|cabinet|sub-committee|forum|chair(?:man|person|woman)?|vice[- ]chair(?:man|person)?|convener|convenor|mayor|meeting))"
    r"\s+(?:also\s+|further\s+|therefore\s+)?(?:requested|asked)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_REQUESTED_THING = re.compile(
    r"^(?:for\s+)?(?:a|an|the|further|more)?\s*(?:[\w-]+\s+){0,4}?(?:update|report|briefing|information|details|paper|figures|data|"
    r"breakdown|presentation|review|analysis|summary|note)s?\b",
    re.IGNORECASE,
)
_INFINITIVE_DOER = re.compile(rf"^(?P<owner>[A-Z][^.;:]{{1,80}}?)\s+to\s+(?P<verb>{_FIRM_VERBS})\b", re.IGNORECASE)
_ACTION_LINE = re.compile(r"^\s*Actions?\s*(?:by)?\s*[:\u2013-]\s*(?P<rest>.+)$", re.IGNORECASE)


# "... chase up.  Action RG", "... letter to residents - AV to action", "- TD & AV to inspect":
# minutes that tag a paragraph with who is to act, by initials or post.
_TAGGED = r"(?:[A-Z]{2,3}|Clerk|Chair(?:man|person)?|RFO)"
_TAGGED_LIST = rf"{_TAGGED}(?:\s*(?:,|&|/|\band\b)\s*{_TAGGED})*"
_OWNER_TAG = re.compile(
    rf"(?:^|[.;]\s*|\s[\u2013\u2014-]\s*|\s)(?:(?i:actions?)\s*(?:by\s*)?[:\u2013-]?\s*(?P<owners>{_TAGGED_LIST})"
    rf"|(?P<doers>{_TAGGED_LIST})\s+to\s+action)\s*\.?\s*$"
)
_TAGGED_TASK = re.compile(rf"\s[\u2013\u2014-]\s*(?P<owners>{_TAGGED_LIST})\s+to\s+(?P<verb>[a-z]+)\b(?P<tail>[^.;]*)\.?\s*$")


def _owner_tag(text: str) -> tuple[str, tuple[str, ...]]:
    """The text without a trailing owner tag, and the owners it names."""
    tag = _OWNER_TAG.search(text)
    if tag is None:
        return text, ()
    owners = tag.group("owners") or tag.group("doers")
    return text[: tag.start()].rstrip(" .;,\u2013\u2014-"), tuple(o.strip() for o in re.split(r"\s*(?:,|&|/|\band\b)\s*", owners) if o.strip())


_ROLE_WORD = re.compile(
    r"\b(?:officers?|director|head|manager|chair(?:man|person|woman)?|clerk|councillors?|cllr|leader|lead|members?|team|service|"
    r"council|board|committee|panel|cabinet|portfolio|holder|advisor|adviser|co-?ordinator|scrutiny|democratic|chief|executive|"
    r"assistant|deputy|mayor|convener|convenor|secretary|trust|partnership|authority|nhs|police|governors?)\b",
    re.IGNORECASE,
)


def _looks_like_doer(text: str) -> bool:
    """ "Carole Burgoyne and Ross Jago", "the Head of Service": a person or a post, not "Benefits"."""
    text = text.strip()
    if _ROLE_WORD.search(text):
        return True
    # a person: two or more capitalised words ("Ross Jago"), perhaps several joined by "and"
    return all(re.fullmatch(r"(?:[A-Z][\w'\u2019-]+\s+){1,3}[A-Z][\w'\u2019-]+", part.strip()) for part in re.split(r",\s*|\s+and\s+", text) if part.strip())


def _narrative_request(sentence: str) -> ActionCandidate | None:
    """ "The Committee requested that a report be produced for the next meeting ..."."""
    match = _NARRATIVE_REQUEST.search(sentence)
    if match is None:
        return None
    rest = match.group("rest").strip()
    if re.match(r"^(?:about|whether|how|why|what|if|when|where|which|who|questions?|a\s+question)\b", rest, re.IGNORECASE):
        return None
    if re.match(r"^that\s+", rest, re.IGNORECASE):
        return _as_commitment(_requested(rest))
    owner, after = _split_owner(rest)
    if owner and re.match(r"^to\s+[a-z]+", after):
        return _as_commitment(_requested(rest))
    if _REQUESTED_THING.match(rest):
        return _as_commitment(_object_action(re.sub(r"^for\s+", "", rest, flags=re.IGNORECASE)))
    return None


_HEDGED = re.compile(r"\b(?:where|if|when|as\s+far\s+as)\s+(?:possible|practicable|feasible)\b", re.IGNORECASE)
_REQUEST_MADE = re.compile(
    r"\b(?:a\s+request\s+was\s+made|it\s+was\s+(?:also\s+|further\s+)?requested)\s+(?P<rest>(?:to|that|for)\s+.+)$", re.IGNORECASE
)


# "Councillors were requested to forward any suggestions", "Officers were asked to circulate ..."
_WERE_ASKED = re.compile(
    rf"^(?P<owner>[A-Z][^.;:]{{1,80}}?)\s+(?:was|were|had\s+been)\s+(?:also\s+)?(?:requested|asked|instructed|tasked)\s+to\s+(?P<verb>{_FIRM_VERBS})\b\s*(?P<tail>.*)$"
)
# "Members would like updates on care leavers aged 21 to 25"
_WOULD_LIKE = re.compile(
    r"\b(?:members?|councillors?|the\s+(?:committee|board|panel|forum|chair(?:man|person)?))\s+(?:said\s+(?:they|it)\s+)?(?:would\s+like|wished)\s+"
    r"(?:to\s+(?:receive|see|have|be\s+given)\s+)?(?P<thing>.+)$",
    re.IGNORECASE,
)


def _commitment(sentence: str, last_doer: str | None) -> ActionCandidate | None:
    """A firm undertaking in one sentence, with its doer where the minutes say who."""
    request = _narrative_request(sentence)
    if request is not None:
        return request
    told = _WERE_ASKED.match(sentence)
    if told and _looks_like_doer(told.group("owner")):
        return _as_commitment(_owner_action(told.group("owner"), told.group("verb"), told.group("tail")))
    wish = _WOULD_LIKE.search(sentence)
    if wish and _REQUESTED_THING.match(wish.group("thing")):
        return _as_commitment(_object_action(wish.group("thing")))
    asked = re.search(r"(?<!\bhad\s)\b(?:asked|requested)\s+that\s+(?!if\b|whether\b|when\b)(?P<clause>.+)$", sentence, re.IGNORECASE)
    if asked and not re.search(
        r"\b(?:members?|councillors?|cllr|chair(?:man|person|woman)?|committee|board|panel|cabinet|convener|mayor)\b",
        sentence[: asked.start()],
        re.IGNORECASE,
    ):
        asked = None  # a speaker or deputation asking is not the meeting asking
    if asked:
        # "A Member asked that a copy of the handbook be circulated to Members": a deliverable asked for
        found = _passive(asked.group("clause"), strict=True)
        if found is None:
            # "... requested that the Town Council write a letter thanking them": a doer and a verb
            owner, verb, tail = _owner_and_verb(asked.group("clause"))
            if owner and _looks_like_doer(owner) and (verb in _SUBJUNCTIVE_VERBS or verb in ("write", "send", "invite", "arrange")):
                found = _owner_action(owner, verb, tail)
        if found is not None:
            return _as_commitment(found)
    made = _REQUEST_MADE.search(sentence)
    if made:
        # "A request was made to add an update on X to the work programme", "It was requested that ..."
        rest = made.group("rest")
        to = re.match(r"^to\s+([a-z]+)\b\s*(.*)$", rest)
        if to:
            phrase = f"{_base(to.group(1))} {to.group(2)}".strip()
            return _action("commitment", phrase, phrase, (), _recipients(phrase), source="minutes")
        return _as_commitment(_requested(rest))
    infinitive = _INFINITIVE_DOER.match(sentence)
    if infinitive and not _looks_like_doer(infinitive.group("owner")):
        infinitive = None
    if infinitive and not re.match(
        r"^(?:When|If|As|Although|While|Whilst|Where|Once|After|Before|Since|Because|Following|Subject|In|On|At|For|With)\b",
        infinitive.group("owner"),
    ):
        owner, _ = _split_owner(infinitive.group("owner"))
        if owner and owner.strip() == infinitive.group("owner").strip():
            tail = sentence[infinitive.end("verb"):]
            return _as_commitment(_owner_action(owner, infinitive.group("verb"), tail.strip()))
    agreed = _IT_WAS_AGREED.search(sentence)
    if agreed:
        return _agreed_clause(agreed.group("clause"))
    agreed_to = re.search(r"\bit\s+was\s+(?:also\s+|further\s+)?agreed\s+to\s+(?P<verb>[a-z]+)\b\s*(?P<tail>.*)$", sentence, re.IGNORECASE)
    if agreed_to and not re.fullmatch(_NOTING, agreed_to.group("verb"), re.IGNORECASE):
        phrase = f"{_base(agreed_to.group('verb'))} {agreed_to.group('tail')}".strip()
        return _action("commitment", phrase, phrase, (), _recipients(phrase), source="minutes")
    asked = _ASKED_AND_AGREED.search(sentence)
    if asked:
        clause = re.sub(r"^that\s+", "", asked.group("clause"), flags=re.IGNORECASE)
        owner, after = _split_owner(clause)
        to = re.match(r"^to\s+([a-z]+)\b\s*(.*)$", after)
        if owner and to:
            return _as_commitment(_owner_action(owner, to.group(1), to.group(2)))
        return _agreed_clause(clause)
    undertaking = _UNDERTAKING.search(sentence)
    # "had agreed to" reports what someone else did earlier, not an undertaking to this board
    if undertaking and (undertaking.group("aux") or "").strip() != "had":
        pre = sentence[: undertaking.start()]
        if undertaking.group("verb") in ("the", "a", "an", "this", "these", "that") or re.search(
            r"\b(?:was|were|been|be|as)\s*$", pre
        ):
            return None  # "agreed to the proposal", "as agreed to at ..."
        tail = sentence[undertaking.end("verb"):]
        return _doer_commitment(pre, undertaking.group("verb"), tail, last_doer)
    passive = _WOULD_BE_DONE.search(sentence)
    if passive and _HEDGED.search(sentence):
        passive = None  # "links would be provided where possible": a hope, not an undertaking
    if passive and not re.search(r"\b(?:if|whether|unless|could|might|how|what|why)\b", sentence[: passive.start()], re.IGNORECASE):
        found = _passive(sentence[passive.start("obj") :].strip(), strict=True)
        if found is not None:
            return _as_commitment(found)
    will = _WILL.search(sentence)
    if will:
        pre = sentence[: will.start()]
        tail = sentence[will.end("verb"):]
        return _doer_commitment(pre, will.group("verb"), tail, last_doer, need_doer=True)
    return None


_HELPFUL = re.compile(
    r"^it\s+would\s+be\s+(?:helpful|useful|beneficial|valuable|appropriate|sensible)\s+(?:for\s+(?P<owner>.{2,60}?)\s+)?to\s+(?P<verb>[a-z]+)\b\s*(?P<tail>.*)$",
    re.IGNORECASE,
)


def _agreed_clause(clause: str) -> ActionCandidate | None:
    """ "a briefing would be arranged for Members", "officers would write to ...", "the committee
    should write to ...", "it would be helpful to share the plans with members"."""
    helpful = _HELPFUL.match(clause)
    if helpful and not re.fullmatch(_NOTING, helpful.group("verb"), re.IGNORECASE):
        if helpful.group("owner") and _looks_like_doer(helpful.group("owner")):
            return _as_commitment(_owner_action(helpful.group("owner"), helpful.group("verb"), helpful.group("tail")))
        phrase = f"{_base(helpful.group('verb'))} {helpful.group('tail')}".strip()
        return _action("commitment", phrase, phrase, (), _recipients(phrase), source="minutes")
    owner, verb, tail = _owner_and_verb(clause)
    if owner and verb in ("would", "will", "should"):
        then = re.match(r"^([a-z]+)\b\s*(.*)$", tail)
        if then and then.group(1) != "be":
            return _as_commitment(_owner_action(owner, then.group(1), then.group(2)))
    passive = _passive(clause, strict=True)
    if passive is None:
        return None
    return _as_commitment(passive)


def _doer_commitment(
    pre: str, verb: str, tail: str, last_doer: str | None, need_doer: bool = False
) -> ActionCandidate | None:
    doer = _subject(pre)
    if doer is not None and doer.lower() in _PRONOUNS:
        doer = _pronoun_doer(pre, last_doer)
    elif doer is None and need_doer:
        return None
    elif need_doer and doer is not None and not _looks_like_doer(doer):
        return None  # "Benefits would include ...": no one undertook anything
    verb = re.sub(r"\s+", " ", verb)
    if doer:
        return _as_commitment(_owner_action(_upper_first(doer), verb, tail.strip()))
    phrase = f"{verb} {tail.strip()}"
    return _action("commitment", phrase, phrase, (), _recipients(phrase), source="minutes")


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
        candidate = re.split(r"[,;:]\s*|\bthat\s+", pre)[-1].strip()
    if candidate.lower() in _PRONOUNS:
        return candidate
    words = candidate.split()
    if words and _owner_length(words) == len(words):
        return candidate
    return None


def _pronoun_doer(pre: str, last_doer: str | None) -> str | None:
    """ "Officers confirmed that they would ...": the doer named earlier in the sentence or paragraph."""
    owner, _ = _split_owner(pre.strip())
    if owner and owner.lower() not in _PRONOUNS:
        return owner
    return last_doer


def _as_commitment(action: ActionCandidate | None) -> ActionCandidate | None:
    if action is None:
        return None
    return ActionCandidate("commitment", action.text, action.due_words, action.owners, action.recipients, "minutes")


def _paragraphs(markdown: str) -> list[str]:
    """Plain paragraphs of minutes Markdown, up to any RESOLVED block (those are resolutions)."""
    return [text for text, _ in _paragraphs_marked(markdown)]


def _paragraphs_marked(markdown: str) -> list[tuple[str, bool]]:
    """`_paragraphs`, each with whether it was an item of a list (a bullet or "1.")."""
    text = _PARA_NUMBER.sub("", markdown)
    text = re.sub(r"(?<!\\)\*\*", "", text)
    text = re.sub(r"\\([\\`*_\[\]{}()<>#+\-.!|~])", r"\1", text)
    paragraphs: list[tuple[str, bool]] = []
    for block in re.split(r"\n\s*\n", text):
        lines: list[str] = []
        listed = False
        for line in block.split("\n"):
            if re.match(r"^\s*RESOLVED\b", line):
                paragraphs.append((" ".join(lines), listed))
                return [(_clean(p), m) for p, m in paragraphs if p.strip()]
            bullet = re.match(r"^\s*(?:[-*+\u2022\u00b7]|\d{1,2}[.)])\s+(.*)$", line)
            if bullet:
                # a list item is a paragraph of its own
                if lines:
                    paragraphs.append((" ".join(lines), listed))
                lines, listed = [bullet.group(1)], True
            else:
                lines.append(line)
        paragraphs.append((" ".join(lines), listed))
    return [(_clean(p), m) for p, m in paragraphs if p.strip()]


def _sentences(paragraph: str) -> list[str]:
    sentences: list[str] = []
    for piece in re.split(r"(?<=[.!?])\s+(?=[A-Z\"'(])", paragraph):
        if sentences and _ABBREVIATION.search(sentences[-1]):
            sentences[-1] += " " + piece
        else:
            sentences.append(piece)
    return sentences


# --- Text helpers --------------------------------------------------------------------------


def _clean(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


def _strip_resolver(text: str) -> str:
    text = _CLAUSE_LABEL.sub("", text)
    return text[_RESOLVER.match(text).end():]


def _base(verb: str) -> str:
    """ "provides" -> "provide", "reports" -> "report": the form an action log line uses."""
    verb = verb.lower()
    if verb.endswith("ies") and len(verb) > 4:
        return verb[:-3] + "y"
    if re.search(r"(?:ss|sh|ch|x)es$", verb):
        return verb[:-2]
    if verb.endswith("s") and not verb.endswith("ss") and len(verb) > 3:
        return verb[:-1]
    return verb


def _join(*parts: str) -> str:
    return " ".join(p.strip() for p in parts if p and p.strip())


def _lower_first(text: str) -> str:
    """ "This report" -> "this report", leaving names ("Northwold Voices") alone."""
    first = text.split(" ", 1)[0]
    if first in ("The", "A", "An", "This", "That", "These", "Those", "Its", "Any", "Consideration", "More", "Further", "Matters"):
        return first.lower() + text[len(first):]
    return text


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _sentence(text: str) -> str:
    text = _clean(text).rstrip(" .;:,")
    text = re.sub(r"\s+(?:and|or)$", "", text)
    return _upper_first(text)
