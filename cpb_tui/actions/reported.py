"""How minutes report what will be done: "The Head of Service agreed to circulate the figures",
"Officers would write to the school", "A report would be brought to the next meeting", "The
committee would receive the final report in March". The patterns the narrative reader looks for,
and the splitting of a sentence that reports two such things ("X would meet the traders and an
update would be brought to the Executive") into one part for each."""

from __future__ import annotations

import itertools
import re

from cpb_tui.actions.asides import _ACRONYMS, before_first_would, gerund_base
from cpb_tui.actions.coordination import WHO_WOULD as _WHO_WOULD
from cpb_tui.domain.given_names import GIVEN_NAMES
from cpb_tui.actions.phrases import _FIRM_VERBS, _HEDGED, _PP_BASE

# Wording of a firm undertaking; "could", "offered to" and "would be willing to" are not.
_UNDERTAKING = re.compile(r"\b(?P<aux>(?:had|has|have)\s+(?:just\s+|already\s+|previously\s+|recently\s+)?)?(?:also\s+)?(?:agreed|undertook|undertaken|promised|committed|offered|volunteered|intended|intends)\s+(?:(?:an?|the)\s+action\s+)?to\s+(?P<verb>[a-z]+)\b(?!\s+so\b)")  # "undertook an action to draft ..."; "agreed to do so" points back


_WILL = re.compile(
    # "The Clerk was to continue to contact ...": what someone is to do, as the minutes report it
    rf"\b(?:would|will|(?<=Clerk\s)was\s+to|(?<=Clerk\s)is\s+to)\s+(?:also\s+|now\s+|then\s+)?(?:(?:endeavour|try|aim|seek|continue)\s+to\s+)?(?:be\s+(?=[a-z]{{3,}}ing\b))?(?P<verb>{_FIRM_VERBS}|reporting\s+back|decide|(?<=\sbe\s)[a-z]{{3,}}ing"
    r"|make(?=\s+(?:further\s+|some\s+)?(?:enquiries|inquiries)\b)"  # "The clerk said he would make enquiries."
    # "Chair will consider this.": one officer or chair taking a question away
    r"|(?<=^Chair\swill\s)consider|(?<=^The\sChair\swill\s)consider|(?<=^Clerk\swill\s)consider|(?<=^The\sClerk\swill\s)consider"
    # "Michael will consider what is possible for that area and report back": considering, with a report to come
    r"|consider(?=\s[^.;]{0,120}\band\s+report\s+back\b))\b",
    re.IGNORECASE,
)


_PREPOSITIONS = (
    "about", "across", "after", "against", "around", "at", "before", "between", "by", "during", "for", "from", "in",
    "including", "into", "of", "on", "outside", "over", "regarding", "than", "through", "to", "towards", "under", "upon",
    "with", "within", "without",
)
_NOT_AFTER_A_PREPOSITION = "".join(rf"(?<!\b{word} )" for word in _PREPOSITIONS)
# "A report would be brought to the next meeting", "a briefing note would be provided to Members";
# the thing never runs over another "would" ("work would be carried out ... and a report would be submitted"), nor back
# over what came before "so" or "but" ("the reply missed the point so a further letter will be sent": "a further letter")
# (never a noun phrase inside another: "support for the working group would be provided" has no thing "the working group")
_WOULD_BE_DONE = re.compile(
    _NOT_AFTER_A_PREPOSITION + r"(?P<obj>\b(?:a|an|the|further|more|this|these|those|details?|information|figures|info|matters?|issues?|concerns?|questions?|comments?"
    r"|points?|options?|proposals?|data|work|documents?|letters?|copy|copies|briefing|plans?|expressions?\s+of\s+interest|views|feedback"
    r"|quotes?|quotations?|estimates?|advice|clarification|signs?|notices?|progress|actions)\b(?:(?!\b(?:that|which|who|whom|where|whereby|how|what|why|whether|when|if|would|will|(?:and|so|but)\s+(?:a|an|the|further|this|these|it)|said|stated|reported|advised|explained|confirmed|informed|told|indicated|suggested)\b)(?:[^.;:,()]|\([^()]{0,160}\))){0,200}?)\s+(?:would|will|is\s+to|are\s+to)\s+(?:also\s+)?(?:need\s+to\s+)?be\s+(?:re-)?"
    r"(?:(?:collated|collected|gathered|considered|reviewed|revised|updated|amended|finalised|drafted|compiled|monitored|tracked|taken)\s+(?:and|&)\s+)?"
    r"(?:presented|brought|circulated|sent|provided|reported|submitted|updated|refreshed|shared|arranged|included|forwarded|distributed|emailed|produced|prepared|added|invited|deferred|scheduled|rescheduled|moved"
    r"|sought|notified|contacted|put\s+up|put\s+(?:in|on|onto)(?=\s+(?:the|a|an|this|next|our)\s+(?:next\s+|village\s+|parish\s+|council\W?s\s+|community\s+|monthly\s+)?(?:agenda|website|web-?site|web\s+site|notice-?boards?|notice\s+boards?|newsletter|magazine|mag|facebook|social\s+media|bulletin)\b)|installed|erected|ordered|purchased|repaired|replaced|returned|advertised|inspected|painted"
    r"|followed\s+up|looked\s+into|looked\s+at|picked\s+up|chased\s+up|taken\s+forward|placed|listed|tabled|raised|revisited|undertaken|carried\s+out|referred"
    # "A notice advertising the vacancy will be issued", "A larger request ... will be made to the fund"
    r"|issued|published|displayed|posted|written|organised|obtained|booked|offered|made(?!\s+(?:up|of|from|clear|easier|harder)\b)"
    # "The minutes will be amended as requested": a record to put right ("amended" alone; "amended and ..." is read above)
    r"|amended|corrected"
    # "The petty cash book will be checked by Cllr RT": a doer named with a check to make
    r"|checked(?=\s+by\s+(?-i:(?:the\s+)?(?:Clerk|Chair\w*|RFO|Treasurer)\b|Cllrs?\.?\s|Councillor\s|[A-Z]{2,3}\b(?!\s+[A-Z][a-z])))"
    r")\b",
    re.IGNORECASE,
)


# "A written update would be received at the next meeting": a report still to come to this meeting
_WOULD_BE_RECEIVED = re.compile(
    r"\b(?P<what>(?:a|an|the|further)\s+(?:[\w-]+\s+){0,3}?(?:report|update|briefing|presentation|paper)s?(?:\s+(?:on|about|in\s+respect\s+of)\s+[^.;]{3,80}?)?)"
    # ("a full report should be available for the June Board meeting": the same, promised less firmly)
    r"\s+(?:would|will|should)\s+(?:also\s+)?be\s+(?:received|considered|available)\s+(?P<rest>(?:at|for)\s+(?:the|its|a)\s+[^.;]{0,40}?\bmeeting\b[^.;]{0,80})",
    re.IGNORECASE,
)
_WILL_RECEIVE = re.compile(
    r"\b(?:the\s+)?(?:committee|board|panel|cabinet|forum|commission|sub-committee|members)\s+(?:would|will)\s+(?:also\s+)?(?:receive|consider|see)\s+"
    r"(?P<what>(?:a|an|the|further)\s+(?:[\w-]+\s+){0,3}?(?:report|update|briefing|presentation|paper|review|strategy|plan)s?\b[^.;]{0,120})",
    re.IGNORECASE,
)
# ("the policy return to the Committee on 12 July": back, with no "back")
_COME_BACK = re.compile(r"^(?P<obj>(?:the|a|an|this|these)\s+[^,;]{2,60}?)\s+(?:(?:come|comes|return|returns)\s+back\b|return(?=\s+to\s+(?:the\s+|a\s+)?(?:next\s+|future\s+)?(?:Committee|Council|Cabinet|Board|Panel|Executive|Forum|meeting)\b))\s*(?P<rest>[^.;]*)", re.IGNORECASE)
# "The group agreed that the Chair should send another letter": the meeting's own agreement, its "should" a task
BODY_AGREED_SHOULD = re.compile(  # (after a clause of its own too: "The A52 has a poor record, and the members agreed that ...")
    r"^(?:[^;]{0,300}?[,;]\s+(?:and\s+|so\s+)?)?(?:the\s+)?(?:members|councillors|council|committee|group|meeting|panel|board|working\s+party)\s+(?:also\s+|further\s+)?agreed\s+that\s+"
    r"(?P<clause>[^.;]{2,80}?\bshould\s+(?!be\b|not\b|have\b)[a-z]+\b[^;]*)$",
    re.IGNORECASE,
)
# ("It was agreed the clerk would write ...": the "that" left out before a doer)
_IT_WAS_AGREED = re.compile(
    r"\bit\s+was\s+(?:also\s+|further\s+)?agreed\s+(?:that\s+|(?=(?:the\s+)?(?:clerk|chair(?:man|person)?|secretary|treasurer|rfo)\b"
    r"|(?:cllr|councillor)\.?\s+(?-i:[A-Z])|(?-i:[A-Z]{2,3})\s+(?:would|will|should)\b))(?P<clause>.+)$",
    re.IGNORECASE,
)


_ASKED_AND_AGREED = re.compile(
    r"\b(?:asked|proposed|suggested)\s+(?P<clause>.+?),?\s+(?:and|which)\s+(?:this\s+)?was\s+agreed\b", re.IGNORECASE
)


# "... would also assist traders where it could and an update on this matter would be brought to the
# Executive": a second thing to be done, joined on by "and", is read as a sentence of its own
_SECOND_WOULD = re.compile(
    r",?\s+and\s+(?=(?:a|an|the|further)\s+(?:(?!\b(?:would|will|and)\b)[^.;,]){2,80}?\s(?:would|will)\s+(?:also\s+)?be\s+[a-z]{3,}\b)",
    re.IGNORECASE,
)


_WILL_TWICE = re.compile(
    r"^(?P<doer>(?:The\s+|the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2})\s+(?P<aux>will|would)\s+(?P<first>[a-z][^.;]{3,160}?),?\s+and\s+(?P=aux)\s+(?P<second>[a-z].{3,200})$"
)


# "The clerk would map out the plots and Cllr Brewis would mark them out": a second doer's task, joined on by "and"
_SECOND_DOER = re.compile(
    r",?\s+and\s+(?=(?:(?:the|The)\s+)?(?:[Cc]lerk|Chair(?:man|person)?|Secretary|Treasurer|RFO)\s+(?:would|will)\s+[a-z]"
    r"|(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'\u2019-]+\s+(?:would|will)\s+[a-z]|(?![A-Z]?[BCDPT]C\b)[A-Z]{2,3}\s+(?:would|will)\s+[a-z]"
    # ("the clerk will approach the neighbouring parishes and the council will seek advice": the meeting's own body, never the county's)
    r"|(?:the|The)\s+(?:[Pp]arish\s+|[Tt]own\s+|[Cc]ommunity\s+)?[Cc]ouncil\s+(?:would|will)\s+(?!be\b|not\b)[a-z])"
)


# "they would instruct the contractor to clear the hedge and that they would contact the borough": a second "that" clause
_AND_THAT_WOULD = re.compile(r",?\s+and\s+that\s+(?=(?:they|he|she|we|the\s+(?:Clerk|Chair(?:man|person)?))\s+(?:would|will)\s+[a-z]{3,}\s)")


def would_parts(sentence: str) -> list[str]:
    """The sentence, or its two parts when it reports two things that will be done."""
    for joint in (_WHO_WOULD, _AND_THAT_WOULD):
        found = joint.search(sentence) if " would " in sentence or " will " in sentence else None
        if found and re.search(r"\b(?:would|will)\s+[a-z]{3,}\b", sentence[: found.start()]):
            first, rest = sentence[: found.end("who") if joint is _WHO_WOULD else found.start()], sentence[found.end():]
            # (the second "that" clause read with the first's head, so its "they" is who the first's is)
            # (only for the same pronoun: "she would report it to the County and that they would send an engineer" is the County's)
            head = re.match(rf"^(.*?\bthat\s+){re.escape(rest.split()[0]) if rest.split() else 'x'}\s", first) if joint is _AND_THAT_WOULD and re.match(r"(?:they|he|she|we)\b", rest) else None
            second = f"{found['who'][:1].upper()}{found['who'][1:]} {found['aux']} {rest}" if joint is _WHO_WOULD else f"{head[1]}{rest}" if head else rest[:1].upper() + rest[1:]
            if joint is _AND_THAT_WOULD and not head and re.match(r"they\b", rest) and re.search(r"\bthat\s+(?:he|she)\s", first):
                return would_parts(first + ".")  # (another's "they" after one person's undertaking: not ours)
            return [*would_parts(first + "."), second]
    other = _SECOND_DOER.search(sentence) if " and " in sentence else None
    # (never inside a question: "The Clerk will ask whether Cllr Moss and Cllr Hale will attend")
    # (nor inside a clause that says what is to be known, "confirm that Cllr Moss and Cllr Tait will attend", nor where the
    # "and" joins two doers, "... and the Chair and Cllr Moss will meet the trustees")
    if other and re.search(r"\b(?:would|will)\s+[a-z]", sentence[: other.start()]) \
            and not re.search(r"\b(?:whether|if|when|until|unless|once|that|because|as|since)\b", sentence[: other.start()], re.IGNORECASE) \
            and not re.search(r"(?:\b(?:[Cc]lerk|Chair(?:man|person)?|Secretary|Treasurer|RFO)|(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'\u2019-]+|\b[A-Z]{2,3})$", sentence[: other.start()]):
        return [sentence[: other.start()] + ".", sentence[other.end():]]
    twice = _WILL_TWICE.match(sentence)
    if twice:
        # "The Clerk will look into it and will report back at the next meeting": two things, one doer
        doer, aux = twice.group("doer"), twice.group("aux")
        return [f"{doer} {aux} {twice.group('first').rstrip(' ,')}.", f"{doer} {aux} {twice.group('second')}"]
    split = _SECOND_WOULD.search(sentence)
    if split is None or not re.search(r"\b(?:would|will)\b", sentence[: split.start()], re.IGNORECASE):
        return [sentence]
    rest = sentence[split.end() :]
    return [sentence[: split.start()] + ".", rest[:1].upper() + rest[1:]]


# "Miss Reynolds was to approach the diocese", "CL was to write": what a named person is to do, as
# minutes report it, read as "would"
# (and by a first name, as community councils write: "Wendy was (still) to speak with the ranger")
# a name by its initials and surname: "K. Topping", "M. J. Walsh"
_INITIALLED = r"(?:[A-Z]\.\s*){1,2}[A-Z][a-z][\w'\u2019-]+"
_WAS_TO = re.compile(
    # ("Councillor Mrs Holdorf is to verify ...", "BA and BC were to look further ...": a title after the title, two members)
    r"\b((?:Mr|Mrs|Miss|Ms|Dr|Cllr|Councillor)\.?\s+(?:(?:Mrs|Mr|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?|(?-i:\b[A-Z]{2,3}(?:\s+(?:and|&)\s+[A-Z]{2,3})?)"
    # "K. Topping is to change the page", "The Secretary was to contact the officers": initials and a surname, a post
    r"|(?-i:(?<![\w.])" + _INITIALLED + r")|(?-i:(?:The\s+|the\s+)?(?:Secretary|Treasurer|Convener|Convenor|Chair(?:man|person|woman)?|Vice[- ]Chair(?:man|person)?))"
    # (not a name that is also a word, alone: "Grant was to pay for half of the kitchen")
    r"|(?<![\w'\u2019-]\s)(?!(?:Grant|Will|May|Mark|Bill|Pat|Rob|Dawn|June|Ray|Robin|Frank|Jack|Jan|Dean|Sue|Glen|Lee|Les)\s+was\b)"
    r"(?:" + "|".join(sorted(GIVEN_NAMES)) + r")(?:\s+[A-Z][\w'\u2019-]+)?)\s+(?:was|is|were|are)\s+(?:still\s+)?to\s+(?=[a-z]{3,}\b)"
)


# "Cllr Dale is looking into a grant", "The clerk and Cllr Hart are investigating quotes": work a named doer has in
# hand, as minutes report it between meetings, read as "will" (in notes, with no "is": "Cllr Dale drafting a letter")
_ONE_DOER = (  # ("Cllr Ann Lowe is chasing the county": a first name too)
    r"(?:[Tt]he\s+)?(?:[Cc]lerk|Chair(?:man|person|woman)?|Secretary|Treasurer)\b|(?:Cllr|Councillor)\.?\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?"
    r"|(?-i:(?![A-Z]?[BCDPT]C\b)[A-Z]{2,3})\b|" + _INITIALLED  # (a member by initials; never a council, "MBC is seeking ...", nor a resident, "Mr Patel is seeking consent")
)
_IN_HAND = re.compile(
    rf"^(?P<doer>(?:{_ONE_DOER})(?:\s+(?:and|&)\s+(?:{_ONE_DOER}))?)\s+(?:(?:is|are)\s+)?(?:currently\s+|still\s+|now\s+|already\s+)?(?P<verb>[a-z]{{3,}}ing)\b"
)


_CONTINUING = re.compile(rf"^(?P<doer>{_ONE_DOER})\s+(?:is|are|was|were)\s+(?:still\s+)?(?P<will>continuing\s+to\s+)(?=(?:{_FIRM_VERBS})\b)")


# (only work a doer follows through, never a thing done or said there: "is attending the course", "is reporting that ...")
_WORK_IN_HAND = re.compile(
    r"(?:looking\s+into|investigating|chasing|finali[sz]ing|arranging|organi[sz]ing|obtaining|seeking|preparing|drafting|contacting|liaising|pursuing"
    r"|following\s+up|sorting\s+out|getting\s+(?:a\s+|more\s+|further\s+)?quotes?)\b"
    # (never "preparing to step down", "seeking re-election", one's own planning consent; "is obtaining quotes and will report"
    # is two tasks, `would_parts` sees to that)
    r"(?!\s+to\s+(?:step|stand|retire|resign|leave)\b|\s+(?:re-?election|election|planning\s+permission|consent)\b)"
)


# "The sign move was being organised by TD", "The repair is being arranged by the Clerk": the same work in hand, passive
_BEING_DONE_BY = re.compile(
    # (the thing alone, never a report of it: "Cllr Moss reported that the repair ...", "At the time of the last meeting the ...")
    r"^(?P<thing>(?:The|A|An|This|These|(?!(?:He|She|They|It|We|At|In|On|During|After|Before|Since|As|When|While|Members|Councillors|Meanwhile|Now|Also"
    r"|However|Still|Again|Further|Furthermore|Then|So|Thus|Therefore|Here|There|[A-Z][a-z]+ly)\s)[A-Z][\w'\u2019-]*)"
    r"\s+(?:(?!\b(?:that|reported|said|noted|discussed|confirmed|explained|advised|was|were|is|are|had|has|and)\b)[^.;,:]){2,80}?)\s+(?:is|are|was|were)\s+(?:currently\s+|still\s+|now\s+)?being\s+"
    r"(?P<done>organi[sz]ed|arranged|investigated|obtained|sought|prepared|drafted|pursued|chased(?:\s+up)?|looked\s+into|followed\s+up)"
    rf"\s+by\s+(?P<doer>{_ONE_DOER})\s*[.;]?\s*$"
)
_BEING_DONE_BASE = {"chased": "chase", "chased up": "chase up", "looked into": "look into", "followed up": "follow up"}


_ASKED_IF_COULD = re.compile(
    # (asked by the body, never by a resident or one member, whose question is answered at the meeting)
    r"\b(?:[Mm]embers|[Cc]ouncillors|[Cc]ouncil|[Cc]ommittee|[Bb]oard|[Tt]he\s+meeting|[Ii]t\s+was)\s+(?:also\s+|further\s+|then\s+)?(?:asked|requested|enquired)\s+(?:if|whether)\s+(?P<who>(?:the\s+)?(?:[Cc]lerk|Chair(?:man|person|woman)?)|(?:Cllr|Councillor)\.?\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)"
    r"\s+(?:could|would)\s+(?:please\s+)?(?:again\s+|also\s+)?(?=[a-z]{3,}\b(?!\s+(?:be|been|not)\b))"
)


def as_reported(sentence: str) -> str:
    """The sentence with a named person's "was to" read as "would", and work in hand ("is looking into", "is being
    arranged by the Clerk") as "will"."""
    sentence = _WAS_TO.sub(r"\1 would ", sentence)
    # "Members also asked if Cllr Johnson could again chase a date for ...": a request put to one named, read as "would"
    asked_if = _ASKED_IF_COULD.search(sentence)
    # (never a question answered there and then: "..., and he confirmed it was 3 June", "..., which she then read out")
    if asked_if and not re.search(r"\b(?:and|but|which|who)\s+(?:he|she|they|it)?\s*(?:then\s+)?(?:confirmed|said|replied|explained|read|answered|did|agreed|gave)\b", sentence[asked_if.end():]):
        sentence = f"{asked_if.group('who')} would {sentence[asked_if.end():]}"
    # "the minutes of the last meeting were unavailable, but will be made available as soon as possible": what the "but" says
    # will be done to the same thing, its subject said once
    # (never another's doing, "... but will be repaired by the county"; a reason may come first, "Owing to illness the ...")
    sentence = re.sub(r"^(\W*(?:(?:Due|Owing)\s+to\s+[^,;]{3,60}?,?\s+)?(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]heir|[Ii]ts)\s[^,;]{2,100}?)\s+(?:was|were|is|are)\s+(?:not\s+|still\s+)?[a-z]+,?"
                      r"\s+but\s+(?=(?:will|would)\s+be\s+[a-z]+(?![^.;]*\sby\s))", r"\1 ", sentence)
    being = _BEING_DONE_BY.match(sentence) if "being" in sentence else None
    if being and being.group("doer") not in _ACRONYMS and not re.fullmatch(r"[A-Z]{3,4}", being.group("doer")):  # ("... by TD", never "... by YFC")
        done = " ".join(being.group("done").split())
        thing = being.group("thing")
        thing = re.sub(r"^(?:The|A|An|This|These)\b", lambda article: article.group(0).lower(), thing)
        return f"{being.group('doer')} will {_BEING_DONE_BASE.get(done) or _PP_BASE[done]} {thing}."
    # ("Broadband mast \u2013 BN is chasing the operator": the point's topic, a dash, then the work in hand)
    topic = re.match(r"^[A-Z][^.;:,\u2013\u2014]{1,60}?\s[\u2013\u2014-]\s+(?=(?:[Tt]he\s+)?[A-Z])", sentence)
    head, sentence = (sentence[: topic.end()], sentence[topic.end() :]) if topic else ("", sentence)
    # "Cllr Dale was continuing to investigate a grant and ...": work still in hand, read as "will"
    going_on = _CONTINUING.match(sentence)
    # (never work since done: "... chase the county about the sign, which had finally been installed")
    if going_on and going_on.group("doer") not in _ACRONYMS and not re.search(r"\b(?:had|has|have)\s+(?:now\s+|finally\s+|since\s+|already\s+)?been\s+[a-z]+ed\b", sentence):
        work = re.split(r"\s+and\s+(?:was|were|is|are|had|has)\s", sentence[going_on.end("will"):], maxsplit=1)[0].rstrip(" .")  # (not "and was awaiting dates")
        return f"{head}{going_on.group('doer')} will {work}."
    in_hand = _IN_HAND.match(sentence)
    if in_hand and not re.search(r"\b(?:is|are)\s+(?:\w+\s+)?$", sentence[: in_hand.start("verb")]) and (
            re.fullmatch(r"[A-Z]{2,4}", in_hand.group("doer")) or re.search(r"\b(?:had|has|have|was|were|is|are|led|would|will)\b", sentence[in_hand.end():])):
        in_hand = None  # notes with no "is" name a member, never a body's letters ("YFC organising ..."), nor a gerund subject ("Clerk contacting the police had led to ...")
    base = gerund_base(in_hand.group("verb")) if in_hand and in_hand.group("doer") not in _ACRONYMS and _WORK_IN_HAND.match(sentence[in_hand.start("verb"):]) else None
    if base is None:
        return head + sentence
    return f"{head}{in_hand.group('doer')} will {base}{sentence[in_hand.end():]}"


# a person just before "will be (doing)": "he", "Cllr Hale", "the Clerk"
# (officers of the council, not "the Environment Agency officers")
PERSON_BEFORE = re.compile(
    r"(?:\b(?:he|she|He|She)|\b(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?|\b(?i:clerk|chair(?:man|person)?)"
    r"|(?:^|\b(?:[Tt]he|[Cc]ouncil|[Oo]ur|that)\s+)(?i:officers?)"
    r"|(?:^|(?<=[\s(]))(?![A-Z]{2}C\b)[A-Z]{2,3}\)?)\s+$"  # a member by initials: "(GLL) will be looking into the matter" (never "MCC", a council)
)

# a person named just before a bare verb ("Cllr Moss will install.", "the Clerk will pursue.", "he will arrange."): never
# initials after the sentence's start, which may be a company's ("..., but BT will pursue."; "MB will pursue." is a member)
# (a member by a first name, "Tim will chase.", as community councils write; never a word that is also a name, "May")
_NAMED_BEFORE = re.compile(r"(?:^(?:[A-Z]{2,3}|Officers|The\s+officers?|(?!(?:Grant|Will|May|Mark|Bill|Pat|Rob|Dawn|June|Ray|Robin|Frank|Jack|Jan|Dean|Sue|Glen|Lee|Les)\b)(?:" + "|".join(sorted(GIVEN_NAMES)) + r"))|\b(?:he|she|He|She)|\b(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?|\b(?i:clerk|chair(?:man|person)?))\s+$")


# the words before an errand's own "if" ("to ask if they wish ...", "to confirm if ..."): never a choice left to the other side
_NOT_AFTER_ASKING = "".join(rf"(?<!\b{word}\s)" for word in ("ask", "asking", "see", "enquire", "check", "out", "confirm", "establish", "find", "determine", "ascertain", "know"))


def firm_will(sentence: str) -> re.Match | None:
    """ "Officers would write to ...": the "would" or "will" that promises a task, or None for a hope, a
    condition, or a verb that names nothing to do."""
    found = list(itertools.islice(_WILL.finditer(sentence), 2))
    # "he would be meeting the Director and would be reporting back ...": the second is what comes of the first
    will = found[-1] if len(found) == 2 and sentence[: found[0].start("verb")].endswith("be ") and re.search(r"\band\s+$", sentence[: found[1].start()]) else (found or [None])[0]
    if will and sentence[: will.start("verb")].endswith("be ") and not (gerund_base(will.group("verb").split()[0]) and PERSON_BEFORE.search(before_first_would(sentence[: will.start()]))):
        # "she would be willing to help", "he would be retiring": no task named; "MCC Environmental Health will be
        # installing ...", "we would be amending the agenda": another body's plans, or the meeting's own doing
        will = None
    if will and not sentence[will.end("verb"):].strip(" .;") and not re.search(r"(?i)\sback$|^(?:investigate|enquire|follow\s+up)$", will.group("verb")) and not (
        # "... but the Clerk will pursue.", "Cllr Hale will install.": a doer named just before, taking the matter on
        re.fullmatch(r"pursue|chase(?:\s+up)?|install|arrange|organi[sz]e|check|attend", will.group("verb")) and _NAMED_BEFORE.search(sentence[: will.start()])
        and not re.search(r"\b(?:which|that|who)\s+\w+\s+$", sentence[: will.start()])
    ):
        will = None  # "... a second quote, which he would chase up.": the verb alone says nothing to do
    if will and re.search(r"\b(?:hoped|hopes?|hoping)\s+that\b", sentence[: will.start()], re.IGNORECASE):
        will = None  # "It was hoped that Portfolio Holders would submit ...": a hope, not an undertaking
    if will and _HEDGED.search(sentence[will.end("verb"):]):
        will = None  # "The Council would also assist traders where it could": a hope, not an undertaking
    if will and re.search(r"\b(?:if|unless)\b[^,;]*$", sentence[: will.start()], re.IGNORECASE):
        will = None  # "if no one applied then he would post someone there": only on a condition
    if will and re.search(r"\bwhether\b(?:(?!\b(?:and|but|so)\s)[^,;])*$", sentence[: will.start()], re.IGNORECASE):
        will = None  # "The Clerk had contacted the school to ask whether they would share the cost": a question put
    if will and re.search(_NOT_AFTER_ASKING + r"\bif\s+(?:they|he|she|it|we)\s+(?:still\s+)?(?:wish|wishes|want|wants|decide|decides|choose|chooses)\b", sentence[will.end("verb"):], re.IGNORECASE):
        will = None  # "Team leaders ... will get back to the PC if they wish to pursue it": their choice, no undertaking
    if will and re.search(r"\bin\s+(?:a|an|his|her|their)\s+(?:own\s+)?(?:personal|private|individual)\s+capacity\b", sentence[will.end("verb"):], re.IGNORECASE):
        will = None  # "he would be attending the show in a personal capacity": a member's own engagement
    return will
