"""A sentence's task in a minute's narrative: someone asked to do it, or someone who undertook it.

"The Clerk was asked to write to the school", "Members requested a breakdown of the figures", "Cllr Ross agreed to
look into the lighting", "It was agreed that the Clerk would write ...". `narrative` walks a minute's paragraphs and
sentences; `_commitment` says what task one sentence gives, if any, and who is to do it.
"""

from __future__ import annotations

import re

from cpb_tui.actions.due import parse_due
from cpb_tui.actions.asides import (
    ASKED_OFFICER,
    agreed_suggestion,
    suggested_task,
    handed_on,
    member_asking,
    not_an_undertaking,
    shorthand,
    shorthand_after_comma,
    which_doer,
    before_first_would,
    gerund_base,
    held_which,
)
from cpb_tui.actions.later import coming_to, discussed_later, intended, pursued_by, to_be_asked
from cpb_tui.actions.action_lines import DOER_HEAD, INFINITIVE_DOER, COUNCIL_DOER, FELL_THROUGH as _FELL_THROUGH, ABOUT_FIRST as _ABOUT_FIRST, apposed_body
from cpb_tui.actions.promises import _as_commitment, _delegated_in, did_and, _doer_commitment, _promised
from cpb_tui.actions.outside import not_ours, theirs_undertaken
from cpb_tui.actions.scheduling import put_off_or_raised_again, taken_again
from cpb_tui.actions.clauses import ActionCandidate, _action, _object_action, _owner_action, _passive, _requested
from cpb_tui.actions.reported import PERSON_BEFORE, firm_will, _UNDERTAKING, _WOULD_BE_DONE, _WOULD_BE_RECEIVED, _WILL_RECEIVE, _COME_BACK, _IT_WAS_AGREED, BODY_AGREED_SHOULD, _ASKED_AND_AGREED
from cpb_tui.actions.welsh import doer_task
from cpb_tui.actions.done_by import done_by_ours, needed_done
from cpb_tui.actions.phrases import LEAD_TIME, _FIRM_VERBS, _HEDGED, _NOTING, _SUBJUNCTIVE_VERBS, _base, _looks_like_doer, _lower_first, _owner_and_verb, _recipients, _split_owner, _upper_first


_ROLE_IS = re.compile(r"\b(?:role|aim|purpose|function|job|intention|objective|priority|duty)\b[^.;]*?\b(?:is|was|are)\s+to\b", re.IGNORECASE)


_REQUESTED_THING = re.compile(
    r"^(?:for\s+)?(?:a|an|the|further|more)?\s*(?:[\w-]+\s+){0,4}?(?:update|report|briefing|information|details|paper|figures|data|"
    r"breakdown|presentation|review|analysis|summary|note|site\s+visit|visit|workshop|seminar)s?\b|^(?:[\w-]+\s+){0,3}?(?:statistics|costings|quotes|quotations|estimates)\b(?=[^.;]{0,80}?\b(?:for|by|at|before)\s+the\s+next\s+meeting\b)(?![^.]*\b(?:tabled|attached|circulated|showed|received|provided|given|done|already|sent|read\s+out|to\s+hand)\b)|^(?:sight|a\s+copy|copies)\s+of\b|^(?:[\w-]+\s+)?training\b",
    re.IGNORECASE,
)


_THING_REQUESTED = re.compile(r"^\W*(?P<thing>(?:(?:a|an)\s+)?(?:(?:further|more|additional|updated|written)\s+)?(?:information|details?|figures|data|update|report|briefing|breakdown|clarification)\b[^.;]{0,150}?)\s+(?:was|were)\s+requested\b(?P<rest>(?!\s+by\b)(?![^.]*\b(?:supplied|provided|given|gave|received|answered|circulated|sent|attached|arrived|been|none)\b)(?![^.]*;).*)$", re.IGNORECASE)


_REQUESTED_TO_BE = re.compile(r"^\W*(?P<thing>(?:(?:a|an|the)\s+)?(?:(?:further|more|additional|updated|written)\s+)?(?:information|details?|figures|data|update|report|briefing|breakdown|copy|copies|list|plan|map|statistics)\b[^.;]{0,80}?)\s+(?:was|were)\s+requested\s+to\s+be\s+(?P<pp>sent|circulated|forwarded|provided|e-?mailed|shared|supplied)\b(?![^.]*\bby\s+(?:the|a|an|its|their|[A-Z]))(?![^.]*\b(?:done|did|already|has\s+been|have\s+been|had\s+been)\b)", re.IGNORECASE)


_REQUEST_MADE = re.compile(
    r"\b(?:a\s+request\s+was\s+made|it\s+was\s+(?:also\s+|further\s+)?requested|there\s+was\s+(?:also\s+)?a\s+request)\s+(?P<rest>(?:to|that|for)\s+.+)$", re.IGNORECASE
)


# "Councillors were requested to forward any suggestions", "Officers were asked to circulate ...", "the Clerk was due to chase it"
_WERE_ASKED = re.compile(
    rf"^(?P<owner>(?:Cllrs?\.\s+)?[A-Z][^.;:]{{1,80}}?)\s+(?:(?P<aux>was|were|is|(?<!will\s)(?<!would\s)(?<!should\s)(?<!shall\s)(?<!could\s)(?<!may\s)(?<!must\s)(?<!can\s)be(?=\s+(?:also\s+)?(?:instructed|tasked|directed)\b)|had\s+been|has\s+been|have\s+been)\s+|(?<=^Clerk\s)|(?<=^The\sClerk\s))(?:also\s+|again\s+)?(?:requested|asked|instructed|tasked|directed|told|reminded(?=\s+to\s+(?:complete|submit|return|send|sign|provide|forward|book|fill|email)\b)|due|(?<=was\s)|(?<=were\s))\s*to\s+(?P<verb>{_FIRM_VERBS})\b\s*(?P<tail>.*)$"
)


# "Members would like updates on care leavers aged 21 to 25"
_WOULD_LIKE = re.compile(
    r"\b(?:members?|councillors?|the\s+(?:committee|board|panel|forum|chair(?:man|person)?))\s+(?:said\s+(?:they|it)\s+)?(?:would\s+like|wished)\s+"
    r"(?:to\s+(?:receive|see|have|be\s+given)\s+)?(?P<thing>.+)$",
    re.IGNORECASE,
)


def _commitment(sentence: str, last_doer: str | None) -> ActionCandidate | None:
    """A firm undertaking in one sentence, with its doer where the minutes say who: something
    the meeting asked for, or something someone undertook."""
    return None if theirs_undertaken(sentence) else _asked_for(sentence, last_doer) or _undertaken(sentence, last_doer)


# two people by name ("Ann Hale/Rob Cole were to price the repair"): members, never a grant or a firm
_NAMED_PAIR = re.compile(r"[A-Z][a-z]+\s+[A-Z][\w'\u2019-]+\s*(?:/|&|\band\b)\s*[A-Z][a-z]+\s+[A-Z][\w'\u2019-]+")


def _asked_for(sentence: str, last_doer: str | None = None) -> ActionCandidate | None:
    """ "The Committee requested a briefing ...", "Councillors were asked to forward ...",
    "A Member asked that a copy be circulated ...", "A request was made to add ..."."""
    # "More detail on the number of lost bus journeys was requested.": the thing asked for, told first
    # ("Information was requested to be sent to the Chairman ...": the thing asked for, then how it is to come; never by
    # someone else, "... to be supplied by the applicant", nor done already, "...; this was done on 3 October")
    sentence = _REQUESTED_TO_BE.sub(r"It was requested that \g<thing> be \g<pp>", sentence)
    sentence = _THING_REQUESTED.sub(r"A request was made for \g<thing>\g<rest>", sentence)
    sentence = re.sub(r"^\W*(?:Request|Requested)\s+that\s+(?=[A-Z])", "It was requested that ", sentence)  # "Request that Mill Lane is added to the schedule."
    request = _narrative_request(sentence)
    if request is not None:
        return request
    sentence = _ABOUT_FIRST.sub("", LEAD_TIME.sub("", sentence))  # "At the April meeting (With regard to X,) the Parish Clerk was asked to ...": the Clerk
    # "The Director said that officers were requested to provide ...": the doer after "that"
    # ("There had been no reply, and the Clerk was asked to write again": the doer after the "and")
    told = _WERE_ASKED.match(_upper_first(re.split(r"\bthat\s+(?=[a-z]|(?:Cllrs?\.?|Councillors?)\s)|(?:[,;]\s+|(?<!\s)\s+(?=and\s))(?:(?:and|but|so)\s+)?(?=the\s[^,;]{1,40}?\s(?:was|were)\s+(?:asked|requested|instructed|tasked|due\s+to|to)\b)", sentence)[-1])) or _WERE_ASKED.match(sentence)
    if told and told.group("aux") == "is" and not re.match(r"(?:Cllr\.?|Councillor|Mrs?|Ms|Dr)\s+[A-Z]|(?:the\s+)?Clerk\b", told.group("owner")):
        told = None  # "The Board is asked to review ...": a report's request of the meeting; "Cllr Lewis is requested to ..." is a task
    if told and re.search(r"\b(?:was|were)\s+(?:due\s+)?to\s", told.group(0)[: told.start("verb") - told.start()]) and (_FELL_THROUGH.search(told.group("tail")) or not (COUNCIL_DOER.search(told.group("owner")) or _NAMED_PAIR.fullmatch(told.group("owner")))):
        told = None  # "Cllr Hale was to attend the forum but was unwell": a plan that fell through; "Grant was to pay ...": a grant
    if told and "?" in told.group("tail") and re.match(r"clarify|explain|confirm", told.group("verb")):
        return None  # "The Council was asked to clarify the status of the track: was it a footpath?": a question put there
    if told and re.fullmatch(r"He|She", told.group("owner")) and last_doer and COUNCIL_DOER.search(last_doer) and not _HEDGED.search(told.group("tail")):
        return _as_commitment(_owner_action(last_doer, told.group("verb"), told.group("tail")))  # ("He was asked to ...": the one just named)
    if told and _looks_like_doer(told.group("owner")) and not _HEDGED.search(told.group("tail")):
        return _as_commitment(_owner_action(told.group("owner"), told.group("verb"), told.group("tail")))
    wish = _WOULD_LIKE.search(sentence)
    if wish and _REQUESTED_THING.match(wish.group("thing")):
        return _as_commitment(_object_action(wish.group("thing")))
    # "... requested that a letter be sent", or with "that" left out: "requested a letter be sent to the MP"
    asked = re.search(
        r"(?<!\bhad\s)\b(?:asked|requested)\s+(?:that\s+(?!if\b|whether\b|when\b)|(?=(?:a|an|the)\s+(?:(?!\bto\b)[^,;.]){2,80}?\s+be\s+[a-z]+(?:ed|en|t)\b))(?P<clause>.+)$",
        sentence, re.IGNORECASE,
    )
    # who asked: the sentence's subject, up to its first verb ("Mrs Ames told the Board ... and asked
    # that" is the speaker asking, not the Board)
    subject = re.split(r"\b(?:told|said|reported|thanked|addressed|explained|stated|advised|informed|asked|requested)\b", sentence[: asked.start()] if asked else "", maxsplit=1)[0]
    if asked and not member_asking(subject, last_doer):
        asked = None  # a speaker or deputation asking is not the meeting asking
    if asked:
        # "A Member asked that a copy of the handbook be circulated to Members": a deliverable asked for
        # "... requested that the Town Council write a letter thanking them": a doer and a verb first,
        # so a passive later in the clause ("... requesting that the decision be reviewed") is not it
        owner, verb, tail = _owner_and_verb(asked.group("clause"))
        if owner is None and re.match(r"(?:he|she|they)\s+(?!(?:be|is|are|was|were|should|would|could|may|might)\b)[a-z]+\b", asked.group("clause")):
            return None  # "The Council requested that she send the costs": who "she" is, the sentence does not say
        doing = owner and _looks_like_doer(owner) and (verb in _SUBJUNCTIVE_VERBS or verb in ("write", "send", "invite", "arrange"))
        found = _owner_action(owner, verb, tail) if doing else _passive(asked.group("clause"), strict=True)
        back = _COME_BACK.match(asked.group("clause"))
        if found is None and back:
            # "... asked that the report come back in a year": it is to be brought back
            phrase = f"bring {_lower_first(back.group('obj'))} back {back.group('rest')}".strip()
            found = _action("do", phrase, back.group("rest"), (), ())
        if found is not None:
            return _as_commitment(found)
    wanted = re.search(r"\b(?:asked|requested)\s+for\s+(?P<clause>[^,;]{3,120}?\s+to\s+be\s+(?:brought|added|included|presented|considered|scheduled|listed)\b[^,;]*)", sentence)
    if wanted and member_asking(sentence[: wanted.start()], last_doer):
        # "Councillor Morris asked for the Olympics to be brought to the next meeting"
        found = _passive(wanted.group("clause"), strict=True)
        if found is not None:
            return _as_commitment(found)
    officer = ASKED_OFFICER.search(sentence)
    # ("He informed the council that ... and asked the Clerk to write to Sean": one who informs the council and directs the Clerk is
    # the chair or a member, where no one else was named before; never a resident who "felt" or "said" so)
    if officer and (member_asking(sentence[: officer.start()], last_doer) or last_doer is None and re.fullmatch(r"(?i)(?:the\s+)?clerk", officer.group("owner"))
                    and re.fullmatch(r"\s*(?:He|She)\s+(?:also\s+)?informed\s+(?:the\s+)?(?:council|members|meeting)\b[^;]*?\band\s+(?:also\s+)?", sentence[: officer.start()])):
        # "Cllr Davies ... asked the Clerk to arrange its circulation among Council"
        return _as_commitment(_owner_action(officer.group("owner"), officer.group("verb"), officer.group("tail")))
    made = _REQUEST_MADE.search(sentence)
    if made:
        # "A request was made to add an update on X to the work programme", "It was requested that ..."
        rest = made.group("rest")
        to = re.match(r"^to\s+([a-z]+)\b\s*(.*)$", rest)
        if to:
            phrase = f"{_base(to.group(1))} {to.group(2)}".strip()
            return _action("commitment", phrase, phrase, (), _recipients(phrase), source="minutes")
        return _as_commitment(_requested(rest))
    return suggested_task(sentence)


def _infinitive_doer(sentence: str) -> ActionCandidate | None:
    """ "Officers to circulate ...", "BE to sign the Code of Conduct", "The Clerk is to write to ...",
    and after a heading and a dash, "Bins - clerk to complain about the missed collections"."""
    # "Clerk to attempt to obtain a quote": the attempt is the task
    sentence = re.sub(r"\bto\s+(?:attempt|try|endeavour|seek)\s+to\s+(?=[a-z])", "to ", sentence)
    # "Brackets had been purchased, Cllr Holiday to liaise with the hall": a named doer's task after the news
    # ("- use of the lane by motorbikes \u2013 Cllr J Hale to contact the footpaths officer": after a dash, too)
    # ("Tree felling \u2013 Clerk obtaining one quote & Cllr. Jones to obtain a further quote": after an ampersand too)
    after = re.search(r"(?:[,;]|\s[\u2013\u2014]|(?<=[a-z])\s&)\s+(?P<task>(?:Cllrs?\.?\s+(?:[A-Z]\.?\s+)?[A-Z][\w'-]+|Councillor\s+(?:[A-Z]\.?\s+)?[A-Z][\w'-]+|(?:the\s+)?[Cc]lerk|[A-Z]{2,3})\s+to\s+[a-z]+\b[^,;\u2013\u2014]*)$", sentence)
    joined = after and sentence[after.start():].lstrip().startswith("&") and re.split(r"[\u2013\u2014,;:]", sentence[: after.start()])[-1].strip()
    if joined and re.fullmatch(r"(?:[Tt]he\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}", joined):
        after = None  # "The Clerk & Cllr Jones to meet the contractor", "Tree Warden & Cllr Jones to ...": both are the doers
    after = None if after and apposed_body(sentence[: after.start()], after.group("task")) else after  # ("contact Mr Ian Sim, PCC to ask ...")
    if after and INFINITIVE_DOER.match(_upper_first(after.group("task"))):
        sentence = _upper_first(after.group("task"))
    headed = re.match(r"^[A-Z][^.:;,\u2013\u2014-]{1,40}?\s[-\u2013\u2014]\s+(?P<rest>[a-zA-Z].*)$", sentence)
    if headed and INFINITIVE_DOER.match(_upper_first(headed.group("rest"))):
        sentence = _upper_first(headed.group("rest"))
    # "Land at Mill Road: Town Clerk to forward the survey ...": a point's heading and its colon, then a named doer's task
    topic = None if headed else re.match(r"^(?!(?:Completed?|Done|Closed|Finished|Cancelled|Withdrawn|Superseded)\b)[A-Z][^.:;,\u2013\u2014-]{1,40}?:\s+(?P<rest>[A-Z].*)$", sentence)
    if topic and INFINITIVE_DOER.match(topic.group("rest")):
        sentence = topic.group("rest")
    task = re.match(rf"^to\s+(?:{_FIRM_VERBS})\b.*", headed.group("rest") if headed else sentence)
    head = sentence[: headed.start("rest")].rstrip(" -\u2013\u2014") if headed else ""
    if task and re.fullmatch(DOER_HEAD, head):
        task, sentence = None, f"{head} {task.group(0)}"  # "KG \u2013 to share the stall": the doer heads the task
    if task:
        # "Maes Glas - to follow up and write to the County Council" (in lower case: "To consider ..." is an
        # agenda's purpose): the task under its heading, no doer named
        return _as_commitment(_action("do", _upper_first(task.group(0)[3:]), task.group(0), (), (), source="minutes"))
    infinitive = INFINITIVE_DOER.match(sentence)
    if infinitive and infinitive.group("verb").lower() == "sign" and re.match(r"(?i)(?:the\s+)?(?:chair(?:man|person)?|mayor|convener|convenor)\b", infinitive.group("owner")) and re.fullmatch(r"(?i)\s*(?:and\s+date\b)?\s*(?:(?:them|it|the\s+minutes)\b)?[\s.]*", sentence[infinitive.end("verb"):]):
        return None  # "Chair to sign and date": the minutes signed at the meeting, nothing left to do (a clerk signing a form has a task)
    if infinitive and not (_looks_like_doer(infinitive.group("owner")) or re.fullmatch(r"[A-Z]{2,3}(?:\s*(?:,|and|&|/)\s*[A-Z]{2,3})*", infinitive.group("owner"))):
        infinitive = None  # "BE to sign the Code of Conduct": initials are a doer too
    if infinitive and (_ROLE_IS.search(infinitive.group("owner") + " to") or re.search(r"\b(?:was|were)\s+(?:discussed|considered|debated|raised)\b", sentence)):
        infinitive = None  # "The Council's main role ... is to publicise it", "The potential for councillors to talk ... was discussed"
    if infinitive and not re.match(
        r"^(?:When|If|As|Although|While|Whilst|Where|Once|After|Before|Since|Because|Following|Subject|In|On|At|For|With)\b",
        infinitive.group("owner"),
    ):
        named = re.sub(r"\s+(?:is|are)(?:\s+also)?$", "", infinitive.group("owner"))  # "The Clerk is (also) to write to ..."
        owner, _ = _split_owner(named)
        if re.fullmatch(r"[A-Z]{2,3}(?:\s*(?:,|and|&|/)\s*[A-Z]{2,3})*", named):
            owner = named
        if owner and owner.strip() == named.strip():
            tail = sentence[infinitive.end("verb"):]
            return _as_commitment(_owner_action(owner, infinitive.group("verb"), tail.strip()))
    return doer_task(sentence)  # "Clerc i ysgrifennu at y Cyngor Sir": the Welsh "Clerk to write to the County Council"


# "the Portfolio Holder, Councillor Inglis, would be invited ...": the name between commas is an aside
_NAMED_ASIDE = re.compile(r",\s+(?:Councillor|Cllr\.?)\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?,(?=\s+(?:would|will)\s+be\b)")


def _undertaken(sentence: str, last_doer: str | None) -> ActionCandidate | None:
    """ "Officers to circulate ...", "It was agreed that ...", "The Head of Service agreed to
    ...", "A report would be brought ...", "Officers would write to ..."."""
    found = _infinitive_doer(sentence) or done_by_ours(sentence)
    if found is not None:
        return found
    found = _delegated_in(sentence)
    if found is not None:
        return found
    agreed = _IT_WAS_AGREED.search(sentence)
    if agreed:
        return _agreed_clause(agreed.group("clause"))
    should = BODY_AGREED_SHOULD.match(sentence.strip())
    clause = re.sub(r"^(?:he|she)(?=\s+should\b)", last_doer or "", should.group("clause")) if should else ""  # ("... that he should send")
    found = (_agreed_clause(clause) if should and clause[:1].strip() else None) or agreed_suggestion(sentence, _agreed_clause) or handed_on(sentence)
    if found is not None:
        return found
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
    if undertaking and "intend" in undertaking.group(0) and not_an_undertaking(undertaking, sentence[: undertaking.start()]):
        undertaking = None  # "To be pursued by Cllr Fleming, who intends to ...": read as the rest of the sentence says
    if undertaking and re.search(r"\bbe\s+$", sentence[: undertaking.start()]):
        undertaking = None  # "a paper would be offered to the next meeting": a passive, read below
    # "had agreed to" reports what someone else did earlier, not an undertaking to this board
    if undertaking and not (undertaking.group("aux") or "").startswith("had"):
        return _promised(undertaking, sentence, last_doer)
    receiving = _WILL_RECEIVE.search(sentence)
    if receiving and not _HEDGED.search(sentence) and not re.search(r"\b(?:if|whether|unless|could|might)\b", sentence, re.IGNORECASE):
        # "The committee would receive the final report in March"
        phrase = f"receive {receiving.group('what')}".strip()
        return _action("commitment", phrase, receiving.group("what"), (), (), source="minutes")
    received = _WOULD_BE_RECEIVED.search(sentence)
    if received and not _HEDGED.search(sentence) and not re.search(r"\b(?:if|whether|unless|could|might)\b", sentence[: received.start()], re.IGNORECASE):
        # "A written update would be received at the Board meeting to be held on 27 February"
        what = re.sub(r"^(?:a|an)\s+", "", received.group("what"), flags=re.IGNORECASE)
        phrase = f"receive {_lower_first(received.group('what'))} {received.group('rest')}".strip()
        return _action("commitment", phrase, received.group("rest"), (), (), source="minutes") if what else None
    plain = re.sub(r"\b(Cllrs?|Councillor|Mrs?|Ms|Dr)\.(?=\s+[A-Z])", r"\1", _NAMED_ASIDE.sub("", sentence))  # ("the resignation of Cllr. Brook")
    adverb = re.search(r"\b(?:would|will)(\s+(?:now|then|shortly|soon))\s+be\s", plain)
    if adverb and not re.search(r"\b(?:is|are|was|were|has|have|had)\b", plain[: adverb.start()]):
        plain = plain[: adverb.start(1)] + plain[adverb.end(1) :]  # "A meeting would now be arranged" (never "This is done and will now be ...")
    passive = _WOULD_BE_DONE.search(plain)
    passive = None if passive is None or not_ours(passive, sentence, plain) else passive
    # ("a letter asking when the seats will be returned": a question put to the council, no answer given)
    if passive and not re.search(r"\b(?:if|whether|unless|could|might|how|what|why)\b|\b(?:asking|asked|enquiring|enquired|querying|queried)\s+when\b", plain[: passive.start()], re.IGNORECASE):
        found = _passive(plain[passive.start("obj") :].strip(), strict=True)
        if found is not None:
            return _as_commitment(found)
    will = firm_will(sentence)
    if will:
        pre = did_and(before_first_would(sentence[: will.start()]))  # ("Cllr Dale visited the site and would write ...")
        pre = (other := _TOLD_OF_ANOTHER.search(pre)) and other.group("other") or pre  # (the one told of is "he", not the teller)
        tail = sentence[will.end("verb"):]
        verb = re.sub(r"^reporting\b", "report", will.group("verb"), flags=re.IGNORECASE)  # "would be reporting back"
        verb = (gerund_base(verb) if sentence[: will.start("verb")].endswith("be ") else None) or verb  # "he would be sending out the forms": send
        # "CC Watson was dealing with this but the Clerk will pursue", "... but Cllr Abel said he will pursue": the doer
        # after the "but" (or ", and") is the one who takes it on, not the sentence's first (a role in small letters too)
        turn = re.search(r"(?:\bbut|,\s+and|;\s+and|,\s+so)\s+(?P<who>(?:the\s+)?(?:[A-Z]|(?:clerk|chair(?:man|person)?)\b)[^,;]{0,60}?)\s*$", pre)
        who = re.sub(r"\s+(?:said|confirmed|advised|stated|agreed|added)\s+(?:that\s+)?(?:he|she|they)$", "", turn.group("who")) if turn else ""
        found = _doer_commitment(_upper_first(who) + " ", verb, tail, None, need_doer=True) if turn and PERSON_BEFORE.search(who + " ") else None
        found = found or held_which(sentence) or which_doer(pre, verb, tail) or _doer_commitment(pre, verb, tail, last_doer, need_doer=True)
        if found is not None:
            return found
    found = shorthand(sentence)
    if found is not None:
        return found
    later = shorthand_after_comma(sentence)
    found = (shorthand(later) or _commitment(_upper_first(later), last_doer)) if later else None
    return found or taken_again(sentence) or coming_to(sentence) or intended(sentence) or pursued_by(sentence) or discussed_later(sentence) or to_be_asked(sentence) or put_off_or_raised_again(sentence) or held_which(sentence) or needed_done(sentence)


# "JM confirmed that the farmer had been asked and he would cut the hedge": the one told of, the farmer, is "he"
_TOLD_OF_ANOTHER = re.compile(  # (a person told of, never a thing: "Cllr Ross said the letter had been drafted and she would send it")
    r"\b(?:said|confirmed|advised|reported|stated|explained)\s+(?:that\s+)?(?P<other>(?:the\s+(?:farmer|contractor|land\s?owner|owner|tenant|"
    r"residents?|developer|builder|electrician|plumber|gardener|caretaker|cleaner|lengthsman|engineer|surveyor|warden|vicar|rector|"
    r"head\s?teacher)|(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|PC|PCSO)\.?\s+[A-Z][\w'\u2019-]+)\s+(?:had|has|was|were|is|are)\b[^,;]{0,120}?"
    r"\s+and\s+(?:he|she|they)\s*)$"
)
_HELPFUL = re.compile(
    r"^it\s+would\s+be\s+(?:helpful|useful|beneficial|valuable|appropriate|sensible)\s+(?:for\s+(?P<owner>.{2,60}?)\s+)?to\s+(?P<verb>[a-z]+)\b\s*(?P<tail>.*)$",
    re.IGNORECASE,
)


def _agreed_clause(clause: str) -> ActionCandidate | None:
    """ "a briefing would be arranged for Members", "officers would write to ...", "the committee
    should write to ...", "it would be helpful to share the plans with members"."""
    # "that following the All Members Briefing on the project, that the item be removed": the second "that"
    clause = re.sub(r"^(?:following|after|further\s+to|in\s+light\s+of)\b[^,]{3,160},\s*that\s+", "", clause, flags=re.IGNORECASE)
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


_NARRATIVE_REQUEST = re.compile(
    r"\b(?:the\s+(?:committee|board|panel|cabinet|sub-committee|forum|chair(?:man|person|woman)?|vice[- ]chair(?:man|person)?|convener|convenor|mayor|meeting|leader)"
    # "Members asked officers to ...", "Committee members requested a breakdown ..."
    r"|(?<![Aa]\s)(?:(?:committee|board|panel)\s+)?(?:members|councillors)(?:\s+[A-Z][\w'-]+(?:\s+(?:and|&)\s+[A-Z][\w'-]+)*)?)"
    # "The Panel noted the report and requested a further report in six months"
    r"\s+(?:(?:noted|received|considered|welcomed|discussed)\b[^.;]{0,100}?\s+and\s+)?(?:also\s+|further\s+|therefore\s+)?(?:requested|asked)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)


def _narrative_request(sentence: str) -> ActionCandidate | None:
    """ "The Committee requested that a report be produced for the next meeting ..."."""
    match = _NARRATIVE_REQUEST.search(sentence)
    if match is None:
        return None
    rest = match.group("rest").strip()
    members = re.match(r"(?i)(?:(?:committee|board|panel)\s+)?(?:members|councillors)\b", match.group(0))
    if members and re.search(r"(?i)\b(?:several|some|a\s+few|a\s+number\s+of|other|individual|two|three)\s+$", sentence[: match.start()]):
        return None  # "Several Members asked ...": some of them, not the meeting
    if re.match(r"^(?:that\s+)?(?:about|whether|how|why|what|if|when|where|which|who|questions?|a\s+question)\b", rest, re.IGNORECASE):
        return None
    if re.match(r"^that\s+", rest, re.IGNORECASE):
        return _as_commitment(_requested(rest))
    owner, after = _split_owner(rest)
    if owner and re.match(r"^to\s+[a-z]+", after):
        return _as_commitment(_requested(rest))
    if members and not (
        parse_due(rest)
        or re.search(r"(?i)\b(?:further|written|in\s+writing|circulated|after\s+the\s+meeting)\b", rest)
        or re.match(r"(?i)(?:for\s+)?(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:briefing|report|paper|presentation|session|visit|workshop)|(?:[\w-]+\s+)?training)\b", rest)
    ):
        return None  # "Councillors asked for an update on X" is mostly answered there and then
    if _REQUESTED_THING.match(rest):
        return _as_commitment(_object_action(re.sub(r"^for\s+", "", rest, flags=re.IGNORECASE)))
    return None
