"""An action as the rules find it, and how one is built from the words of a clause.

`ActionCandidate` is what the rules return; `_requested`, `_agreed`, `_passive` and
`_receiving` read the common shapes ("Requests that ...", "Agrees to ...", "X be sent to Y",
"To receive a further report ..."); `_action` puts the sentence and its due words together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from cpb_tui.actions.due import parse_due
from cpb_tui.actions.firm_verbs import SEASON_MEETING
from cpb_tui.importers.decision_lines import AGREED_NAMES
from cpb_tui.actions.not_follow_up import NOT_FOLLOW_UP as _NOT_FOLLOW_UP
from cpb_tui.actions.passive_subject import passive_subject as _passive_subject
from cpb_tui.actions.phrases import (
    BE_VERDICT,
    SHAPED_BY,
    procedure,
    NOUN_BEFORE_PASSIVE,
    _ASKED,
    _EMPOWERED,
    _NOTING,
    _PHRASAL,
    _PP_BASE,
    _SUBJUNCTIVE_VERBS,
    made_errand,
    _base,
    _join,
    _looks_like_doer,
    _lower_first,
    _owner_and_verb,
    _owner_names,
    _owners_in,
    _recipients,
    _sentence,
    _split_owner,
)

# Verbs of a state, not of a task: "the programme will remain flexible", "the new rates will apply"
STATE_VERB = re.compile(r"^(?:also\s+)?(?:remain|apply|stay|exist|include|contain|consist|comprise|have|need|depend|reflect|allow|enable|mean|cost|last|operate|prefer|wish|hope)\b")

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

    @classmethod
    def listed(cls, text: str, due_words: str | None, owners: tuple[str, ...]) -> "ActionCandidate":
        """A tracker's open row as a task: who and by when from its own cells, or, with no due cell, when its own words
        say ("write to the council by 30 April", "attend the 24 April licensing board")."""
        spoken = parse_due(text) if due_words is None else None
        ahead = spoken is not None and (spoken.kind in ("meeting_month", "next_meeting") or spoken.words.lower().startswith(("by ", "before ")))
        return cls("do", text, due_words or (spoken.words if ahead else None), owners, source="listed")  # (never "first reported on 12 May")


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


# Words no task is written in: a rewrite that caught a clause's start or left a verb out
# ("Install To keep meeting online ...", "Present That, after debate, ...", "Include the figures would
# also in the report"), a decision's own words ("Cllrs RESOLVED to defer ..."), a paper's link line.
_GARBLED = re.compile(
    r"(?-i:^[A-Z][a-z]+\s+(?:That|To|Recommended|RESOLVED)\b|\bRESOLVED\b|^[A-Z][a-z]+\s+[A-Z][a-z]+\s+(?:was|were)\s)"
    r"|\b(?:would|should|will|shall|could)\s+(?:also\s+)?(?:in|on|to|at|for)\s+(?:the|it|this|a)\b|\bto\s+in\s+the\b"
    r"|\b(?:was|were|had\s+been|has\s+been)\s+(?:being\s+)?\w+ed\b[^.;]{0,80}?\sand\s+to\s+the\b"
    r"|^(?:having\s+considered|to\s+note)\b|\bpdf\s+icon\b|\bPDF\s+\d+(?:\.\d+)?\s*[KM]B\b",
    re.IGNORECASE,
)


def _follow_up(actions: list[ActionCandidate]) -> list[ActionCandidate]:
    kept = [action for action in actions if not _NOT_FOLLOW_UP.search(action.text) and not _GARBLED.search(action.text)]
    # a flattened table's rule left on the text ("... to the Council for debate. | |"), a space before a comma
    return [replace(a, text=_tidy_text(a.text)) if re.search(rf"\s,|\|\s*$|(?:^[A-Z][a-z]+|\bto\s+[a-z]+)\s+(?:he|she|they)\s|{_VERDICT_AFTER}|{_RUN_ON}", a.text) else a for a in kept]


_OBJECT_PRONOUN = {"he": "him", "she": "her", "they": "them"}
_VERDICT_AFTER = r"(?:,|\s[\u2013\u2014-])\s*(?:(?:all|All)\s+(?:present\s+)?|[Uu]nanimously\s+)?(?:agreed|approved|carried)(?:\s+(?:unanimously|by\s+all(?:\s+present)?))?\.?$"
_RUN_ON = r"\s+and\s+(?:(?!(?:that|to|it|which|who|what|if|whether)\b)[\w'\u2019-]+\s+){1,5}?(?:(?:has|have|had)\s+been|was|were)\s+(?!(?:some|no|any|every)thing\b|ongoing\b)[a-z]{3,}ing\b.*$"  # ("... and volunteers have been sweeping ...": a clause of its own)


def _tidy_text(text: str) -> str:
    # (each run is met once from its start, so a hostile run of spaces or bars stays linear)
    text = re.sub(_VERDICT_AFTER, "", re.sub(_RUN_ON, "", re.sub(r"(?<=\S)\s+,", ",", text.rstrip(" \t|")).strip())).strip()  # (and the vote after it, "... \u2013 all agreed")
    # "he would be emailed the proof" read as "Email he the proof": whom it goes to takes the object's form
    return re.sub(r"(?:^|(?<=\bto\s))((?i:send|give|email|e-mail|forward|offer|pass|post|show|lend|provide))\s+(he|she|they)\b", lambda m: f"{m[1]} {_OBJECT_PRONOUN[m[2]]}", text)


# "To receive, within a month, a copy of ...", "receives a further report ...": something still to come.
_COMING = re.compile(
    r"^(?:,?\s*(?P<when>(?:within|in|after|at)\s+[^,]{1,40}),\s*)?(?P<what>(?:a|an|further|regular)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:report|update|briefing|presentation|copy|information|response|details|paper)s?\b.*)$",
    re.IGNORECASE,
)


_STILL_TO_COME = re.compile(r"^(?:a|an)?\s*(?:further|future|follow-up|another|regular|annual|six-monthly|quarterly|final)\b|\bcopy\s+of\b", re.IGNORECASE)


def _receiving(rest: str) -> ActionCandidate | None:
    """ "(To) receive a further report from the Director ...": a report still to come is an
    action; "receives the report" (the one before the meeting) is not."""
    coming = _COMING.match(rest)
    # (a day the report looks back to is no time for it to come: "a report outlining actions taken following the meeting held on
    # the 24th June 2036")
    named = parse_due(re.sub(r"(?i)\b(?:held|dated)\s+(?:on\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]+,?\s+\d{4}\b", "", rest))
    if coming is None and named:
        # "to receive the annual report at its July meeting": a named time makes it still to come
        coming = _COMING.match(re.sub(r"^the\s+", "a ", rest, flags=re.IGNORECASE))
        if coming is not None:
            phrase = f"receive {rest}"
            return _action(_kind("receive", phrase, rest), phrase, rest, _owners_in(rest), _recipients(phrase))
    if coming and (_STILL_TO_COME.search(coming.group("what")) or named):
        phrase = f"receive {coming.group('what')}"
        return _action(_kind("receive", phrase, coming.group("what")), phrase, rest, _owners_in(rest), _recipients(phrase))
    return None


# what a request may ask be done to someone or something: "requested that members were informed", "... the survey was circulated"
_DONE_TO = (r"informed|told|updated|kept|sent|given|provided|circulated|shared|invited|consulted|notified|contacted|advised|shown|copied|"
            r"included|added|reviewed|checked|repaired|replaced|cleared|cut|removed|installed|ordered|published|displayed|placed|"
            r"brought|reported|written|made|chased|investigated|considered|amended|forwarded|referred|asked|reminded")


def _requested(rest: str, verb: str = "ask") -> ActionCandidate | None:
    """What follows "Requests" / "Asks" / "Invites" (`verb`)."""
    asked_for = bool(re.match(r"(?i)for\s", rest))  # ("to ask for quotes for the fencing": the quotes asked for, no one asked)
    rest = re.sub(r"^(?:for|of)\s+", "", rest, flags=re.IGNORECASE)
    that = re.match(r"^that\s+(.*)$", rest, re.IGNORECASE)
    if that:
        body = that.group(1)
        # "... that the Trust and officers provide a report ..."
        owner, verb, tail = _owner_and_verb(body)
        if owner and verb not in ("be", "is", "are", "was", "were"):
            return _owner_action(owner, verb, tail)
        # "requested that members were informed when ...", "... that the report was circulated to all members": what is asked is
        # that they be
        # (only a thing to be done to them, never a relative clause's "that were damaged", nor thanks: "the Clerk was thanked")
        done_to = re.match(rf"(?i)(?!.*\s(?:that|which|who)\s+(?:was|were)\s)[^,;.]{{0,60}}?\s(?:was|were)\s+(?:{_DONE_TO})\b", body)
        if done_to and (owner and verb in ("was", "were") or not owner and re.match(r"(?i)(?:the|a|an|this|these|all)\b", body)):
            body = re.sub(r"\s(?:was|were)\s", " be ", body, count=1)
        return _passive(body, strict=False) or _object_action(body)
    # "Asks officers to report back ...", "Invites the Integrated Care Board to present ..."
    owner, after = _split_owner(rest)
    asked = re.match(r"(?!(?:a|an|any|further|more|some)\b)(?:the\s+)?[\w'-]+(?:\s+[\w'-]+){0,2}?\s+(?:for|about)\s+\w", rest) if re.match(r"(?i)ask", verb) and not asked_for else None
    if (owner and re.match(r"^(?:for|about)\s+\w", after) or asked) and re.match(r"(?i)ask|request|invit", verb) \
            and not re.search(r"\bfor\s+(?:[A-Z][\w'-]*\s+){1,4}to\s+[a-z]", rest[:160]):  # ("the Service Manager for Leaving Care to bring")
        phrase = f"{'invite' if verb.lower().startswith('invit') else 'ask'} {rest}"  # "to ask the Diocese for (about) a grant": whom, then what
        return _action(_kind("ask", phrase, after), phrase, rest, (), _recipients(phrase))
    to = re.match(r"^to\s+([a-z]+)\b\s*(.*)$", after)
    if owner and to and re.fullmatch(_NOTING, to.group(1), re.IGNORECASE):
        return None  # "The Chair asked Members to note the announcements": nothing to deliver
    if owner and to:
        return _owner_action(owner, to.group(1), to.group(2))
    if not owner and re.match(r"(?i)request", verb) and re.match(r"(?i)(?:[\w-]+\s+){0,2}(?:quotes?|quotations?|prices?|estimates?|tenders?|costings?)\b", rest):
        return _action("do", f"Request {rest}", rest)  # "to request three quotations for relaying the surface": the asking is the task
    # "Requests a further update be brought to ..."; no modal, so no "will be restructured".
    passive = _passive(rest, strict=False)
    if passive is not None and not re.search(r"\b(?:will|would|should|could|that)\b", rest.split(" be ")[0]):
        return passive
    return _object_action(rest)


# what is asked for, never whom: "Quotes to be asked for the new fence", "Prices to be asked for resurfacing"
_ASKED_FOR = re.compile(r"(?i)(?:the\s+|some\s+|further\s+)?(?:quotes?|quotations?|prices?|estimates?|tenders?|donations?|contributions?|comments|views|"
                        r"feedback|permission|advice|help|funds?|funding|grants?|information|details|costs?|figures)$")


_TAKE_PLACE_LATER = re.compile(
    r"^(?P<what>(?:the|this|that|an?)\s+.{3,120}?)\s+(?:would|will|should)\s+(?:therefore\s+|now\s+|instead\s+)?"
    r"(?P<happens>take\s+place|be\s+(?:held|considered|discussed|taken|made))\s+(?P<when>(?:at|to|until|in)\s+.+)$",
    re.IGNORECASE,
)


def _upper_first_word(text: str) -> str:
    return text[:1].upper() + text[1:]


def _agreed(rest: str) -> ActionCandidate | None:
    """What follows "Agrees": an action only when someone is to do something."""
    to = re.match(r"^to\s+([a-z]+(?:-[a-z]+)?)\b\s*(.*)$", rest)  # ("to co-opt Mr Barber": the verb whole)
    if to and re.fullmatch(_NOTING, to.group(1), re.IGNORECASE):
        # "Agreed to note the report" is no action; "agreed to receive an update in March" is,
        # and so is "agreed to consider this item at the April meeting" (it is to come back)
        if to.group(1).lower().startswith("receiv"):
            return _receiving(to.group(2))
        if to.group(1).lower().startswith("consider") and parse_due(to.group(2)) is not None:
            phrase = f"consider {to.group(2)}".rstrip(". ")
            return _action("receive", phrase, to.group(2))
        return None
    # ("All present agreed to be a fair record": what the minutes are, no one's task; "it was agreed to be an excellent idea":
    # a verdict on the idea; "be" names a task only with a role, "agreed to be the lead body for the scheme")
    if to and to.group(1) == "be" and BE_VERDICT.match(to.group(2)):
        return None
    if to and to.group(1) not in ("the", "a", "an", "this", "these") and to.group(2).strip(" .;,"):
        # (a verb with nothing after it, "It was agreed to wr" cut mid-word, names no task)
        verb = _base(to.group(1))
        # ("... on the next agenda, and the Chairman and Clerk said they would like ...": someone's remark after the task)
        what = re.split(r",?\s+and\s+(?:the\s+)?[A-Z][\w\s]{0,40}?\s+(?:said|reported|advised|stated|explained)\b", to.group(2))[0]
        phrase = f"{verb} {what}"
        return _action(_kind(verb, phrase, to.group(2)), phrase, phrase, recipients=_recipients(phrase))
    ours = re.match(r"^(?:that\s+)?we\s+(?:should|will|would|shall)\s+(?:use\s+[^,;.]{3,60}?\s+to\s+)?([a-z]+)\b\s*(.*)$", rest, re.IGNORECASE)
    if ours and ours.group(1) not in ("be", "have", "not", "continue"):
        # "agreed we should use the figures to write to our MP": the council's own task, no one named
        phrase = f"{ours.group(1)} {ours.group(2)}".strip()
        return _action(_kind(ours.group(1), phrase, ours.group(2)), phrase, phrase, recipients=_recipients(phrase))
    # ("Agreed Ann Bell and Iain Dow would walk the path": who will act, with no "that")
    that = re.match(r"^that\s+([^:;]*)", rest, re.IGNORECASE) or re.match(f"^((?={AGREED_NAMES})[^:;]*)", rest)
    if not that:
        return None  # "Agrees the four priorities ..."
    body = that.group(1)
    later = _TAKE_PLACE_LATER.match(body)
    if later and (parse_due(later.group("when")) is not None or re.search(SEASON_MEETING, later.group("when"))):
        # "that the appointment of the Chairman would therefore take place at the next meeting": business put off to a date
        happens = " ".join(later.group("happens").split())
        phrase = f"{_upper_first_word(later.group('what'))} to {happens} {later.group('when').rstrip(' .')}"
        return _action("defer", phrase, later.group("when"))
    # "... that the Chair will respond ...": an undertaking with a doer. "Should" is a wish,
    # and "the new rates will apply" has no doer, so neither is an action.
    told = instructed(body)
    if told is not None:
        return told
    owner, verb, tail = _owner_and_verb(body)
    # "Agreed that clerk to place an agenda item ...", "Agreed that Cllr Abram could proceed to arrange ...": the doer's task
    then = re.match(r"^(?:proceed\s+to\s+)?([a-z]+)\b\s*(.*)$", tail) if owner and (verb == "to" or verb in ("could", "can", "may") and tail.startswith("proceed to ")) else None
    if then and then.group(1) != "be" and not re.fullmatch(_NOTING, then.group(1), re.IGNORECASE) and _looks_like_doer(owner):
        return _owner_action(owner, then.group(1), then.group(2))
    contact = re.match(r"^(?:be|get)\s+in\s+(?:contact|touch)\s+with\s+(.+)$", tail) if owner and verb in ("will", "shall", "would", "should") else None
    if contact:
        return _owner_action(owner, "contact", contact.group(1))  # "that the Secretary should be in contact with the council's leaders"
    if owner and verb in ("will", "shall", "is", "are", "would", "should"):
        then = re.match(r"^(?:to\s+)?([a-z]+)\b\s*(.*)$", tail)
        # (never a passive told in the present: "that Councillor Marsh is elected Chair", "that X and Y are appointed ...")
        passive = verb in ("is", "are") and then is not None and not tail.startswith("to ") and re.fullmatch(r"[a-z]+(?:ed|en|wn)", then.group(1))
        if then and then.group(1) != "be" and not STATE_VERB.match(then.group(1)) and not passive:
            return _owner_action(owner, then.group(1), then.group(2))
    # ("Agreed that the Clerk orders two new grit bins": a doer's errand told in the present, the same task)
    verb = _base(verb) if owner and verb.endswith("s") and _base(verb) in _PRESENT_ERRANDS and not re.match(r"(?:are|is|be|were|was|been)\b", tail) else verb
    if owner and verb in _SUBJUNCTIVE_VERBS and _looks_like_doer(owner) and not NOUN_BEFORE_PASSIVE.match(tail) and made_errand(verb, tail):
        return _owner_action(owner, verb, tail)  # "Agreed that officers bring a costed plan to the April meeting"
    return _passive(body, strict=True)


# the errands a doer's verb in the present names ("the Clerk orders ..."): never a standing arrangement ("works from home")
_PRESENT_ERRANDS = _SUBJUNCTIVE_VERBS - {"work", "meet", "look", "feed", "return", "start", "begin", "commence", "proceed", "review", "check"}


def _still_to_come(obj: str, pp: str, rest: str, body: str) -> ActionCandidate | None:
    """ "a further report be received in due course", "The precept of £1,500 to be requested":
    participles that name a task only with such an object."""
    if pp == "received" and (
        re.match(r"^(?:a|an)?\s*(?:further|future|follow-up|final)\s+(?:[\w-]+\s+){0,2}?(?:report|update|briefing|paper)s?\b", obj.strip(), re.I)
        # "a feedback report be received in July 2016": any report, once a time says it is to come
        or re.match(r"^(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:report|update|briefing|paper)s?$", obj.strip(), re.I) and parse_due(rest) is not None
    ):
        # "a further report be received in due course": still to come
        phrase = _join("receive", _lower_first(obj), rest)
        return _action("report", phrase, body, (), ())
    if pp == "requested" and not _split_owner(obj)[0] and not re.match(r"^(?:to|that)\b", rest):
        # "The precept of £1,500 to be requested": something to ask for
        phrase = _join("request", _lower_first(obj), rest)
        return _action("do", phrase, body, (), ())
    return None


def _pronoun_phrasal(obj: str, pp: str, particle: str, rest: str, body: str) -> ActionCandidate:
    """ "this is to be chased up": "Chase this up"."""
    obj = re.sub(r"(?i)^they$", "them", obj.strip())
    verb = f"{_PHRASAL[pp]} {particle}"
    return _action(_kind(verb, verb, obj), f"{_PHRASAL[pp]} {obj.lower()} {particle} {rest}".strip(), body, (), ())


def _passive_parts(body: str) -> re.Match[str] | None:
    """The thing, the participle and the rest of "X (will) be done ..."; of two "be"s, the later
    when only it names a task ("the Group who are associated with the club be considered for ...")."""
    match = re.match(
        r"^(?P<obj>[^:;]+?)\s+(?:(?:will|shall|would|should|could|can|may|must|is\s+to|are\s+to|was\s+to|were\s+to|to)\s+(?:also\s+)?(?:need\s+to\s+)?)?(?:be|are|is)\s+(?:(?:further|also|now|formally|urgently)\s+)?(?:re-)?"
        r"(?:(?P<first>collated|collected|gathered|considered|reviewed|revised|updated|amended|finalised|drafted|compiled|monitored|tracked|taken)\s+(?:and|&)\s+)?"
        r"(?P<pp>[a-z]+(?:-[a-z]+)*)\b\s*(?P<rest>.*)$",  # ("co-opted" whole)
        body,
        re.IGNORECASE,
    )
    if match is None:
        return None
    later = re.match(r"^(?P<obj>[^:;]+)\s+be\s+(?:(?:further|also|now|formally|urgently)\s+)?(?:re-)?(?P<pp>[a-z]+(?:-[a-z]+)*)\b\s*(?P<rest>.*)$", body, re.IGNORECASE)
    between = body[match.start("pp") : later.start("pp")] if later else ""
    if match.group("pp").lower() == "considered" and re.match(r"\s*(?:un|ir|in)?(?:collectable|recoverable|acceptable|appropriate|suitable|satisfactory|urgent|exempt|confidential|necessary|reasonable|relevant|valid|complete|sufficient)\b", match.group("rest")):
        return None  # "the debts be considered uncollectable for the reasons given ...": a verdict on them, no task
    if later and later.group("pp").lower() in _PP_BASE and later.start("pp") > match.start("pp") and not re.search("[\u2018\"\u201c\u201d]|(?<![A-Za-z])['\u2019]|['\u2019](?![A-Za-z])", between) and (
        match.group("pp").lower() not in _PP_BASE or not re.search(r"\bbe\b", body[match.end("obj") : match.start("pp")], re.IGNORECASE)
    ) and match.group("pp").lower() not in (_ASKED | _EMPOWERED | {"recommended", "agreed"}):
        return later  # "the figures which are published by the service be circulated": "are" is inside the thing
    return match


def _own_sentence(rest: str) -> str:
    """What follows a passive's participle, up to its sentence's end: not the sentences run on after it,
    even with the full stop lost ("... at future meetings There was to be a meeting ...")."""
    rest = re.split(r"(?<!\bCllr)(?<!\bMrs)(?<!\bMr)(?<!\bDr)(?<!\bSt)\s*\.\s+(?=[A-Z])|,?\s+and\s+that\s+", rest, maxsplit=1)[0]  # (never "Cllr. Ames")
    return re.split(r"\s+(?=(?:There|It|This|These|They|He|She)\s+(?:was|were|is|are|had|has|would|will)\b)", rest, maxsplit=1)[0]


def _passive(body: str, strict: bool) -> ActionCandidate | None:
    """ "X be sent to Y", "X will be set up": an action named by what is to happen to X.
    `strict` is for clauses with no asking verb of their own ("That this item be deferred"),
    where only a participle that names something to do counts; "be noted" does not.
    """
    match = _passive_parts(body)
    if match is None:
        return None
    obj, pp, rest = match.group("obj"), match.group("pp").lower(), match.group("rest")
    obj = _passive_subject(obj, strict, body)
    if re.match(r"(?:\([^()]{0,60}\)\s*)?(?:had|has|have|was|were|is|are)\s", rest) or obj and re.search(r"(?i)(?:^|,)\s*allowing\s+(?:for\s+)?(?:\w+\s+){0,3}\w+$", obj):
        return None  # "The period for the meeting to be held (March to June) had expired", "allowing for matters to be added": no task
    # ("it would be helpful if some form of warning be issued by the estate": a wish, no one's task here)
    if obj is None or re.match(r"(?i)it\s+would\s+be\s+\w+\s+if\b", obj) or procedure(obj, pp, rest) or SHAPED_BY.match(rest) or re.match(r"(?i)(?:at|during)\s+(?:this\s+|tonight's\s+)?meeting\b", rest) \
            or pp == "considered" and re.match(r"(?i)(?:on|for|in|with)\s+(?:all|every|each|any)\b", rest):  # ("... be considered on all applications": standing)
        return None  # ("interests in matters to be considered at this meeting": the meeting's own business, not a task)
    # "The metal sign remains to be repaired", "For some further changes to be made": the thing itself
    obj = re.sub(r"\s+(?:still\s+)?(?:remains?|needs?)$", "", re.sub(r"^For\s+(?=(?:some|any|the|a|an|further|more|this|these|it|them)\b)", "", obj.strip(), flags=re.IGNORECASE))
    obj = re.sub(r"^(?:Progress|Delivery|Feedback|Information|Details)\b", lambda word: word.group(0).lower(), obj)  # (a sentence's first word, no name)
    rest = _own_sentence(rest)
    coming = re.match(r"^to\s+(?P<verb>[a-z]+)\b(?P<tail>.*\bto\s+be\s+(?:presented|brought|reported|submitted)\b.*)$", rest)
    if pp in _EMPOWERED and coming and parse_due(coming.group("tail")) and _split_owner(obj)[0]:
        # "officers be authorised to proceed with consultation on a policy to be presented to Cabinet in
        # November": the power comes with a paper still to come
        return _owner_action(_split_owner(obj)[0], coming.group("verb"), coming.group("tail").strip(" .;"))
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
    if pp in ("invited", "asked") and re.match(r"^(?:to\s+attend\s+(?=to\s+[a-z])|(?:to\s+attend\s+|to\s+)?(?:to|at)?\s*(?:the|a|an|its|their|this|a\s+future|future|all|subsequent)\b)", rest) and not re.match(r"^to\s+(?!attend\b)[a-z]+\s+(?:the|a|an)\b", rest):
        # "That the Children in Care Council be invited to the next meeting"; "since the Roads
        # Service had planned to attend in December Northern Ireland Water should be invited ..."
        obj = re.sub(
            r"^(?:since|as|because|although|while|given\s+that)\s+.*?\s(?=(?!(?:January|February|March|April|May|June|July|August|September|October"
            r"|November|December)\b)[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)+$)",
            "",
            obj.strip(),
        )
        phrase = f"invite {_lower_first(obj.strip())} {rest}".strip()
        return _action("do", phrase, rest, (), ())
    asked_for = _still_to_come(obj, pp, rest, body)
    if asked_for is not None:
        return asked_for
    if pp in _ASKED:
        owner, _ = _split_owner(re.sub(r"^that\s+", "", obj.strip(), flags=re.IGNORECASE))  # "that the County Council be requested to ..."
        to = re.match(r"^to\s+([a-z]+)\b\s*(.*)$", rest)
        if owner and to:
            return _owner_action(owner, to.group(1), to.group(2))
        if to and to.group(1) not in ("be", "leave", "sign", "withdraw", "go") and pp in ("asked", "requested", "urged") and not re.search(r"\b(?:and|or)\b", obj) \
                and not re.match(r"(?i)(?:that\s+)?(?:a|an|some|any|the\s+(?:press|public|matter|item|views?|meeting)|those|members\s+of\s+the\s+public)\b", obj.strip()) and re.match(r"(?:the\s+)?[\w'\u2019/&-]+(?:\s+[\w'\u2019/&-]+){0,5}$", obj.strip()):
            # "that the landowner be asked to cut the hedge", "Tarn Estates/DCC be urged to act": the council asks them
            phrase = " ".join(["urge" if pp == "urged" else "ask", _lower_first(re.sub(r"^that\s+", "", obj.strip(), flags=re.IGNORECASE)), rest]).strip()
            return _action("ask", phrase, body, (), _recipients(phrase))
        if pp == "asked" and re.match(r"(?:about|for|whether|if|regarding|again)\b", rest):
            # "S Council to be asked about the freehold"; "a donation to be asked for": asked for the thing
            thing = rest.startswith("for") and (re.match(r"for\s*(?:$|[.;,]|(?:from|towards|to|by)\b)", rest) or _ASKED_FOR.match(obj.strip())) and not _looks_like_doer(obj)
            if re.match(r"(?i)(?:the\s+)?(?:matter|question|issue|subject)\s+of\b", obj.strip()) and rest.startswith("about"):
                obj, rest = f"about {_lower_first(obj.strip())}", rest[5:].strip()  # "The matter of X to be asked about at the AGM"
            tail = re.sub(r"^(?!(?:from|to|towards|by|at|in)\b)(?=\w)", "for ", rest[3:].strip())
            phrase = f"ask for {_lower_first(obj.strip())} {tail}" if thing else f"ask {_lower_first(obj.strip())} {rest}"
            return _action(_kind("ask", phrase, rest), phrase, body, (), _recipients(phrase))
        return None
    if pp == "written" and re.match(r"to\s+(?:about|regarding|again|concerning|asking|with)\b|to\s*,\s*to\s+(?:inform|advise|explain|ask|notify|tell|invite)\b", rest):
        rest, obj = rest[3:].lstrip(" ,"), f"to {_lower_first(obj.strip())}"  # "The county to be written to about the drain" (", to tell them ...")
    return _done_to(match, obj, pp, rest, body, strict)


def _done_to(match: re.Match, obj: str, pp: str, rest: str, body: str, strict: bool) -> ActionCandidate | None:
    """The action `_passive` names once its special cases are past: the participle's verb, done to the thing."""
    # "A list of payments to be made in February had been circulated": the thing's own verb follows, told as done (never a verb
    # inside a clause of its own, "to see if the pitch has been marked", "... if it was confirmed with the sponsor")
    if re.match(r"^(?:(?!(?:if|whether|when|that|once|after|until|unless|which|who|as|since|because|where|so|and|but|or)\b)[\w'\u2019\u00a3.,/-]+\s+){0,4}?"
                r"(?:had|has|have|was|were|is|are)\s+(?:been\s+|already\s+|now\s+|also\s+)*[a-z]+(?:ed|en)\b", rest):
        return None
    verb = _PP_BASE.get(pp)
    consulted = re.match(r"for\s+(?:public\s+|further\s+)?consultation\s+(?:from|between)\s+[^;.]{3,40}?\s+(?:to|and|until)\s+(?P<end>[^;.]{3,40})", rest) if pp in ("approved", "agreed", "released") else None
    if consulted:  # "the draft policy be approved for consultation from 2 May to 30 June": a consultation to run, until its end
        return _action("do", f"consult on {_lower_first(obj.strip())} until {consulted.group('end')}", f"by {consulted.group('end')}", (), ())
    particle = re.match(r"^(up|into|forward|out)\b\s*(.*)$", rest) or (re.match(r"^(at)\b\s*(.*)$", rest) if pp == "looked" else None)
    if particle and pp in ("followed", "looked", "picked", "chased", "taken", "put", "carried", "sorted"):
        # "Matters arising would be followed up with the Trust": a phrasal verb
        verb, rest = f"{_PHRASAL[pp]} {particle.group(1)}", particle.group(2)
        if re.fullmatch(r"(?i)this|that|it|these|those|they", obj.strip()) and particle.group(1) != "into":
            return _pronoun_phrasal(obj, pp, particle.group(1), rest, body)
    if pp == "added" and re.match(r"^to\b(?=\s*(?:$|[,;]|once|when|after|as|following|in\s+due\s+course))", rest):
        # "the programme would be added to once Members had met": added to, not added to something
        verb, rest = "add to", rest[2:].strip()
    if verb is None and pp == "put" and re.match(r"^(?:in|on|onto)\s+(?:the|a|an|this|next|our)\s+(?:next\s+|village\s+|parish\s+|council\W?s\s+|community\s+|monthly\s+)?"
                                                 r"(?:agenda|website|web-?site|web\s+site|notice-?boards?|notice\s+boards?|newsletter|magazine|mag|facebook|social\s+media|bulletin)\b", rest):
        verb = "put"  # "an article on bonfires will be put in the next magazine"
    if verb is None and (pp == "fed" and re.match(r"back\s+to\b", rest) or pp == "feedback" and re.match(r"to\b", rest) or pp == "detailed" and re.match(r"to\s", rest)):
        # "her worries be fed back (be feedback) to the Director", "figures be detailed to members": told to them
        verb, rest = "provide" if pp == "detailed" else "feed back", re.sub(r"^back\s+", "", rest)
    if verb is None and pp == "put" and re.match(r"^(?:in|on|onto)\s", rest) and re.search(r"(?i)\b(?:notices?|signs?|signage|posters?|plaques?|banners?|stickers?|padlocks?|locks?)\b", obj):
        verb = "put"  # "a notice about dogs should be put on the stile": a thing put up
    if verb is None:
        return None if strict else _action("do", f"{_lower_first(obj)} to be {pp} {rest}", body)
    # "... asked that they be brought back": the object of the action reads "them"
    obj = re.sub(r"^(?:they|these|those)$", "them", obj.strip(), flags=re.IGNORECASE)
    if match.groupdict().get("first") and _PP_BASE.get(match.group("first").lower()):
        verb = f"{_PP_BASE[match.group('first').lower()]} and {verb}"  # "would be collated and brought back"
    also = re.match(r"^(?:and|&)\s+([a-z]+)\b\s*(.*)$", rest)
    if also and _PP_BASE.get(also.group(1)):
        verb, rest = f"{verb} and {_PP_BASE[also.group(1)]}", also.group(2)  # "will be issued and displayed in the village"
    agent = _AGENT.match(rest)
    if agent and not _WHEN_WORD.match(agent.group("doer")):
        # "The newsletter is to be printed by Fenprint": Fenprint to print it ("by Christmas", "by the end of May" are when)
        phrase = f"{agent.group('doer')} to {_join(verb, _lower_first(obj), agent.group('after'))}"
        return _action(_kind(verb, f"{verb} {obj}", obj + " " + rest), phrase, body, (agent.group("doer"),), _recipients(phrase))
    phrase = _join(verb, _lower_first(obj), rest)
    owners = () if re.match(r"by\s+", rest) and _WHEN_WORD.match(rest[3:].strip()) else _owners_in(rest)
    return _action(_kind(verb, f"{verb} {obj}", obj + " " + rest), phrase, body, owners, _recipients(phrase))


_AGENT = re.compile(r"^by\s+(?P<doer>(?:the\s+(?=(?:Clerk|Chair(?:man|person)?|RFO|Treasurer|Secretary)\b(?![\'\u2019])))?(?:Cllr\.?\s+|Councillor\s+|Mr\.?\s+|Mrs\.?\s+|Ms\s+)?[A-Z][\w'&-]*(?:\s+[A-Z][\w'&-]*){0,2})(?P<after>(?:\s+(?:(?!\band\b)[^,;])*?)?)\.?$")
_WHEN_WORD = re.compile(r"(?:Christmas|Easter|Whitsun|January|February|March|April|May|June|July|August|September|October|November|December"
                        r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Spring|Summer|Autumn|Winter|\d)\b|the\s+(?:end|start|next|middle)\b")


def _owner_action(owner: str, verb: str, tail: str) -> ActionCandidate:
    """ "officers" + "provide" + "a report ..." -> "Officers to provide a report ..."."""
    owner = re.sub(r"^(?:[a-z][.)]\s+)?actions?\s*(?:by\s*)?[:\u2013\u2014-]\s*", "", owner.strip(), flags=re.IGNORECASE)  # "b. Action \u2013 Clerk"
    owner = re.sub(r"\s+(?:is|are|was|were)(?:\s+(?:still|now|also))?$", "", owner)  # "Action \u2013 TW is (to phone ...)": TW
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


# "... support the application and instruct the Parish Clerk to sign the forms": who is told to do what
_INSTRUCTED = re.compile(
    r"\s(?:and\s+)?(?:to\s+)?(?:instructs?|asks?|requests?|authoris(?:es|e)|authoriz(?:es|e)|directs?)\s+(?P<who>(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,4})"
    r"\s+to\s+(?P<verb>[a-z]+)\b\s*(?P<tail>.*)$"
)


def instructed(body: str) -> ActionCandidate | None:
    """The errand a decision gives someone after what it decides: "support X and instruct the Clerk to sign ..."."""
    told = _INSTRUCTED.search(body)
    if told is None or told.group("verb") in ("be", "the", "a", "an"):
        return None
    return _owner_action(told.group("who"), told.group("verb"), told.group("tail"))
