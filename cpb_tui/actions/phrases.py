"""The words the action rules read: verbs, doers and recipients, and small text helpers.

Shared by the rules for decision clauses (`clauses`, `extract`) and for the minutes narrative
(`narrative`): who a phrase names as doing something ("the Head of Service and officers"),
who is to receive what is sent, and the vocabulary of asking, agreeing and noting.
"""

from __future__ import annotations

import re

from cpb_tui.actions.firm_verbs import FIRM_VERBS as _FIRM_VERBS
from cpb_tui.actions.shorthand import _TO_ACTION, _plain_task

from cpb_tui.domain.given_names import GIVEN_NAME_LIST, GIVEN_NAMES
from cpb_tui.actions.owners import _TITLES, _owner_and_verb, _owner_length, _owner_names, _owners_in, _recipients, _split_owner  # noqa: F401 (the owner readers, still imported from here by the task readers)

_REQUEST = r"requests?|requested|asks?|asked|instructs?|instructed|invites?|invited|calls?\s+(?:up)?on|directs?|directed|urges?"


_AGREE = r"agrees?|agreed|resolved(?=\s+to\s)"


_DEFER = r"defers?|deferred"


_NOTING = (
    r"notes?|noted|endorses?|endorsed|supports?|supported|welcomes?|welcomed|thanks?|thanked|"
    r"approves?|approved|receives?|received|accepts?|accepted|adopts?|adopted|congratulates?|"
    r"commends?|recogni[sz]es?|acknowledges?|reaffirms?|confirms?|considers?|considered|discussed|reviewed|records?|praises?|applauds?|"
    r"recommends?|expresses|comments?|celebrates?|homologates?|homologated|ratif(?:y|ies|ied)"
)


# Who resolved, in front of the verb: "That the Corporate Parenting Board notes ...".
# Case matters here: the resolver's name is in capitals and the verb after it is not.
_RESOLVER = re.compile(
    r"^(?:RESOLVED\s*[:\u2013\u2014-]?\s*)?(?:[Tt]hat\s+)?(?:(?:[Tt]he\s+)?(?:[A-Z][\w'&-]*\s+){0,4}?"
    r"(?:Board|Panel|Committee|Sub-Committee|Cabinet|Council|Members(?!\s+of\s+the\b)|[Cc]ouncillors|Cllrs|Forum|Commissioners|Comit\u00e9)\s*:?\s+(?=[a-z])"
    # (not another body asked to act: "that the County Council be requested to repaint the lines")
    r"(?!be\s+(?:requested|asked|invited|urged|approached|contacted|lobbied|informed|notified)\b)"
    # "The committee agreed to consult ...": in lower case only before a verb in the past ("the committee receive" is its wish)
    r"|[Tt]he\s+(?:(?:parish|town|community|city|county|district|borough|full|[Ww]orking)\s+)?(?:board|panel|committee|sub-committee|council|members|[Gg]roup)\s+(?=[a-z]+ed\b)"
    # "Members of the Community Council agreed to contribute ...": the body by its members
    r"|Members\s+of\s+the\s+(?:[A-Z][\w'\u2019-]*\s+){0,3}Council\s+(?=[a-z]+ed\b)"
    # "Cllrs RESOLVED to defer the bench quotes": the body's decision in capitals mid-sentence
    r"|(?:Cllrs|Councillors|Members|[Tt]he\s+(?:Council|Committee|Board|Panel))\s+RESOLVED\s+(?=(?:to|that)\b))?"
)


_CLAUSE_LABEL = re.compile(r"^\(?(?:[ivxlc]{1,6}|\d{1,2}|[a-h]|[A-H](?=[.)]\s+[A-Z])(?![.)]\s+[A-Z][a-z]+\s+to\s))[.)]\s+")  # (and "D. Officers are instructed ...")


# Past participles an action clause can be built on, with the verb an action log would use.
# "Members agreed to name any that came up while the meeting sat": something done while the meeting
# sits, no task after it (read in decision clauses by extract.py and in the minutes' narrative by narrative.py)
DURING_THE_MEETING = (
    r"(?i:identify|declare|raise)\s+(?i:any|them|these|those)\b[^.;]{0,80}?\b(?i:during\s+(?:the\s+course\s+of\s+)?(?:the|this)\s+meeting)\b"
)


_PP_BASE = {
    "sent": "send", "circulated": "circulate", "shared": "share", "forwarded": "forward", "copied": "copy",
    "distributed": "distribute", "emailed": "email", "written": "write", "brought": "bring", "send": "send",
    "presented": "present", "submitted": "submit", "reported": "report", "provided": "provide", "refreshed": "refresh",
    "produced": "produce", "prepared": "prepare", "deferred": "defer", "reviewed": "review",
    "considered": "consider", "reconsidered": "reconsider", "arranged": "arrange", "given": "give",
    "made": "make", "held": "hold", "referred": "refer", "amended": "amend", "corrected": "correct", "updated": "update",
    "added": "add", "published": "publish", "included": "include", "explored": "explore",
    "investigated": "investigate", "developed": "develop", "revised": "revise", "invited": "invite",
    "explained": "explain", "offered": "offer", "established": "establish", "scheduled": "schedule",
    "undertaken": "undertake", "sought": "seek", "raised": "raise", "organised": "organise",
    "organized": "organise", "set": "set", "kept": "keep", "returned": "return", "removed": "remove", "done": "do", "followed": "follow", "drawn": "draw", "extended": "extend", "repeated": "repeat", "passed": "pass",
    "posted": "post", "uploaded": "upload", "placed": "place", "displayed": "display", "contacted": "contact", "chased": "chase",
    "completed": "complete", "repaired": "repair", "cut": "cut", "cleared": "clear", "finished": "finish",
    "moved": "move", "notified": "notify", "checked": "check", "ordered": "order", "booked": "book", "drafted": "draft", "obtained": "obtain",
    "listed": "list", "pursued": "pursue", "signed": "sign", "tabled": "table", "relisted": "relist",
    "collated": "collate", "collected": "collect", "gathered": "gather", "finalised": "finalise", "compiled": "compile",
    "advertised": "advertise", "painted": "paint", "fixed": "fix", "mended": "mend", "replaced": "replace", "installed": "install",
    "inspected": "inspect", "erected": "erect", "trimmed": "trim", "cleaned": "clean", "emptied": "empty", "purchased": "purchase",
    "bought": "buy", "lodged": "lodge", "renewed": "renew", "informed": "inform", "reminded": "remind", "approached": "approach",
    "consulted": "consult", "researched": "research", "issued": "issue", "costed": "cost", "revisited": "revisit", "advised": "advise",
    "annotated": "annotate", "clarified": "clarify", "sourced": "source", "tidied": "tidy", "mown": "mow", "strimmed": "strim",
    "surveyed": "survey", "planted": "plant", "created": "create", "conducted": "conduct", "acquired": "acquire", "conveyed": "convey",
    "printed": "print", "delivered": "deliver", "refurbished": "refurbish", "resurfaced": "resurface", "serviced": "service",
    "relocated": "relocate", "reinstated": "reinstate", "fitted": "fit", "supplied": "supply", "tested": "test", "communicated": "communicate",
    "logged": "log", "escalated": "escalate",
}


# Participles that name something to do only with their particle ("followed up", "taken forward").
_PHRASAL = {"followed": "follow", "looked": "look", "picked": "pick", "chased": "chase", "taken": "take", "put": "put", "carried": "carry", "sorted": "sort"}


# "That X be asked to ...": the doer is X.
_ASKED = {"asked", "requested", "invited", "instructed", "required", "directed", "tasked", "urged"}


# A power given is not a task set: "the Chief Executive be authorised to make amendments".
_EMPOWERED = {"authorised", "authorized", "delegated", "empowered", "permitted", "allowed"}


# Verbs that, bare after a doer ("That officers report back"), ask the doer to do something.
_SUBJUNCTIVE_VERBS = {
    "report", "bring", "present", "submit", "provide", "produce", "prepare", "circulate", "send", "share",
    "write", "arrange", "attend", "update", "review", "investigate", "explore", "consider", "meet", "liaise",
    "contact", "return", "develop", "undertake", "respond", "reply", "feed", "look", "work", "seek", "publish",
    # a clerk's errands: "That the Clerk obtain two quotes", "the Clerk chase the County Council"
    "obtain", "chase", "order", "book", "draft", "request", "notify", "inform", "upload", "source", "check", "sign", "follow", "issue",
    # "That the Scrutiny Officer put together the final report", "the Clerk compile a list"
    "put", "compile", "finalise", "finalize", "acquire",
    # "that the Clerk remind the contractor of his contract", "the RFO pay the invoice": a clerk's errands
    "remind", "invite", "ask", "email", "forward", "distribute", "purchase", "buy", "advertise", "approach", "inspect", "repair",
    "replace", "install", "pay", "transfer", "apply", "renew", "amend", "talk", "speak",
    # "officers proceed with the process of implementing the order", "officers implement the scheme"
    "proceed", "implement", "confirm", "complete",
    # "Officers begin developing a programme of works"
    "begin", "start", "commence",
    # "that Cllr Wilson make further enquiries", "that the Clerk ascertain the cost", "that the Chairman visit the site"
    "make", "ascertain", "enquire", "clarify", "visit", "organise", "organize", "research", "pursue", "commission", "collect", "erect", "clean",
    # "that the Clerk resend a copy", "that the Chair convene a meeting", "the Clerk thank ..."
    "resend", "re-send", "convene", "display", "print", "deliver", "thank", "congratulate", "engage", "collate", "gather", "survey",
    # "That Councillor Hill represent the Council on the Working Group": a seat to fill
    "represent",
}
# "make" is an errand only with what is made: enquiries, arrangements, contact, a payment ("that members make their own way to
# the show" is no task)
_MADE_ERRAND = re.compile(r"(?:further\s+|more\s+|some\s+|initial\s+|the\s+necessary\s+)?(?:enquiries|inquiries|arrangements|contact)\b|an?\s+(?:[\w-]+\s+)?(?:payment|donation|application|claim|booking|referral|complaint)\b")


def made_errand(verb: str, tail: str) -> bool:
    """Whether a subjunctive `verb` with `tail` after it is an errand: any verb of the list but "make", which is one only
    with what is made ("make further enquiries", never "make their own way")."""
    return verb not in ("make", "makes") or bool(_MADE_ERRAND.match(tail))


_PRONOUNS = {"she", "he", "they", "we"}


# Initials that are more often a body than a person ("... raised with the NHS")
_ACRONYMS = {
    "NHS", "CCG", "ICB", "LCC", "CC", "VAT", "GP", "GPS", "UK", "EU", "SEN", "CIC", "PCC", "MP", "MPS", "MSP", "AM", "PM", "BT",
    "DWP", "HMRC", "CQC", "LGA", "RAF", "TV", "IT", "ICT", "HR", "PR", "CEO", "ASB", "CCTV", "RSPB", "WI", "PTA", "PCSO",
    "NT", "EA", "NE", "HE", "FC", "RBL", "SSE", "NYCC", "TBC", "TBA", "TBD", "NA", "AOB", "ALL", "NIL", "YES", "NO", "OK",
}


# a role someone takes on, a task of its own: "Ivy Lund to become a second bank signatory"
_BECOME_ROLE = r"become(?=\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:signatory|signatories|trustee|representative|contact|champion|lead)\b)"


# when, said before who: "At the April 2021 meeting the Parish Clerk was asked to ..."
LEAD_TIME = re.compile(r"^(?:At|In|During|Following|After)\s+(?:the|this|that|its|their)\s+[^,.;]{0,50}?\bmeeting,?\s+(?=(?:the\s+)?[A-Z])")
_ABBREVIATION = re.compile(r"\b(?:" + "|".join(sorted(_TITLES)) + r"|St|No|e\.g|i\.e|etc)\.$")
# a title's full stop inside a name ("Cllr. Adams to collate ..."): one look-behind per title, as each must be of fixed width
TITLE_STOP = "|".join(rf"(?<={title})\." for title in sorted(_TITLES))


# "... chase up.  Action RG", "... letter to residents - AV to action", "- TD & AV to inspect":
# minutes that tag a paragraph with who is to act, by initials or post.
_TAGGED = r"(?:[A-Z]{2,3}|(?:[Tt]he\s+)?(?:Clerk|Chair(?:man|person)?|Secretary|Treasurer|Conven[eo]r)|CLERK|CHAIR(?:MAN|PERSON)?|RFO|SECRETARY|Councillors|Cllrs|(?:Councillor|Cllr\.?|Mrs?\.?|Ms\.?|Miss|Dr\.?)\s+(?:[A-Z][a-z]+\s+(?=[A-Z][\w'\u2019-]+\s+to\s))?[A-Z][\w'\u2019-]+)"  # ("ACTION CLERK/AM", "Action \u2013 The Clerk", "- Cllr Ann Bell to attend")


_TAGGED_LIST = rf"{_TAGGED}(?:\s*(?:,|&|/|\band\b)\s*{_TAGGED})*"


# where an action tag in brackets opens, before its doers: "(Act GR)", "(Action: Clerk)", "(ACTION - Clerk)"
ACT_TAG_OPENS = r"\(\s*(?i:act(?:ions?)?)\s*(?:by\s*)?[:=\u2013-]?\s*"


_OWNER_TAG = re.compile(
    rf"(?:^|[.;]\s*|\s[\u2013\u2014-]\s*|\s)(?:(?i:actions?)\s*(?:(?:by\s*)?[:\u2013-]?\s*(?P<owners>{_TAGGED_LIST})|[:\u2013-]?\s*(?P<named>(?-i:{GIVEN_NAME_LIST})))"
    # ("... to SALC. The Clerk would action.", "... to hear back from. Clerk to action following up", "(Clerk to action)")
    # (never another body's "WCC would action accordingly", "EA will action following up": the clerk's own tag says "to")
    rf"|\(?(?P<doers>{_TAGGED_LIST})\s+(?:(?:to|will|would)\s+(?i:action)(?:\s+(?:this|it))?|to\s+(?i:action)\s+following\s+up)\)?"
    # "... send a regular report. MG Action.": the initials first
    rf"|(?<=[.;]\s)(?P<first>{_TAGGED_LIST})\s+(?-i:Action|ACTION))\s*\.?\s*$"
    # "... recourse to highways. (Act GR)", "(Action: Clerk)": the tag in brackets
    rf"|\s*{ACT_TAG_OPENS}(?P<bracketed>{_TAGGED_LIST})\s*\)\s*\.?\s*$"
    # an "Action" column flattened into spaces: "... is still to be ascertained                 JP"
    # (or a Word table's cells joined by " / ": "... carried forward to next meeting. / JW")
    rf"|(?:(?<!\s)\s{{8,}}|(?<=[.)])\s*/\s*)(?!(?:TBC|TBA|TBD|N/A|NA|NO|YES|OK|ALL|NIL|AOB)\s*$)(?P<column>{_TAGGED_LIST})\s*$"
    # (or the column's gap lost, the doer a post after the sentence's stop: "The hedge to be cut back. Clerk")
    r"|(?<=[a-z0-9)][.])\s+(?P<post>(?-i:Clerk|CLERK|Chair|CHAIR|Chairman|CHAIRMAN|RFO))\s*$"
)


# ("- Mr Hale to be invited to the next meeting", "- Mrs Ince to receive a reply": the one the task is done to, never its doer)
_TAGGED_TASK = re.compile(rf"\s[\u2013\u2014-]\s*(?P<owners>{_TAGGED_LIST})\s+to\s+(?!be\b|receive\b|accept\b|get\b|have\b|hear\b)(?P<verb>[a-z]+)\b(?P<tail>[^.;]*)\.?\s*$")


def _owner_tag(text: str) -> tuple[str, tuple[str, ...]]:
    """The text without a trailing owner tag, and the owners it names."""
    tag = _OWNER_TAG.search(text)
    if tag is None:
        return text, ()
    owners = tag.group("owners") or tag.group("named") or tag.group("doers") or tag.group("first") or tag.group("bracketed") or tag.group("column") or tag.group("post")
    named = (o.strip() for o in re.split(r"\s*(?:,|&|/|\band\b)\s*", owners) if o.strip())
    # ("Follow up costs with Mr Garner. Action ongoing. Action \u2013 The Clerk": the row's state between its task and its doer)
    rest = re.sub(r"(?<=[a-z0-9)])[.;]\s*(?i:action\s+)?(?i:ongoing|on-going|in\s+progress|outstanding|continuing)\s*$", "", text[: tag.start()].rstrip(" .;,\u2013\u2014-"))
    return rest, tuple(o.capitalize() if o in ("CLERK", "CHAIR", "CHAIRMAN", "CHAIRPERSON") else o for o in named)


_ROLE_WORD = re.compile(
    r"\b(?:officers?|director|head|manager|chair(?:man|person|woman)?|clerk|councill?ors?|cllrs?|leader|lead|members?|team|service|"
    r"council|board|committee|panel|cabinet|portfolio|holder|advisor|adviser|co-?ordinator|scrutiny|democratic|chief|executive|"
    r"assistant|deputy|mayor|convener|convenor|secretary|trust|partnership|authority|nhs|police|governors?|facilitator|administrator|treasurer"
    r"|sec|secy|treas)\b",  # ("Sec will contact the estate": a secretary in a community council's shorthand)
    re.IGNORECASE,
)


def _looks_like_doer(text: str) -> bool:
    """ "Carole Burgoyne and Ross Jago", "the Head of Service": a person or a post, not "Benefits"."""
    text = re.sub(r"\b(Mr|Mrs|Ms|Dr|Prof|Revd|Rev)\.(?=\s)", r"\1", text.strip())  # "Mr. Hale" is "Mr Hale"
    if re.search(r"^(?:[A-Z]{2,3}|Cllr\.?\s+\w+)\s+(?:Proposed|Seconded|Nominated|Moved)\b", text):
        return False  # "KL Proposed MN to stay as Chair": a proposal told, no one's task
    if re.search(r"\b(?:new|bus|train|rail|ferry|replacement|improved|hourly|daily|weekly)\s+(?:bus\s+)?service\b", text):
        return False  # "The new service will link the villages to the health centre": a bus route, no one to do anything
    if re.search(r"\b(?:had|has|was|were)\s+[a-z]|\s(?:and|but)$|(?i:\bmembers?\s+of\s+the\s+(?:public|press)\b|^(?:the\s+)?(?:public|press|residents?|parishioners|applicants?|objectors?)$|^(?:the\s+)?(?:report|update|presentation)\s+(?:of|from|by)\s)", text):
        return False  # "The Clerk had to leave early and (was to send ...)": a clause, not who does it; "Members of the public ...": no one held to a task; "Report of the Portfolio Holder (to report ...)": an agenda's paper
    if re.match(r"(?:Ask|Invite|Tell|Remind|Contact|Request|Encourage)\s+(?!(?:the\s+)?Clerk\b)[A-Z]", text):
        return False  # "Ask Fiona (to report on the flats)": an order, the one asked its object
    if _ROLE_WORD.search(text):
        return True
    if all(part.strip() in GIVEN_NAMES for part in re.split(r",\s*|\s+and\s+|\s*[&/]\s*", text) if part.strip()):
        return bool(text)  # "Roger", "Moira and Ewan": a community council's members by first name
    listed = [part.strip() for part in re.split(r",\s*|\s+and\s+|\s*&\s*", text) if part.strip()]
    if len(listed) > 1 and all(re.fullmatch(r"(?![A-Z]?[BCDPT]C$)[A-Z]{2,3}|[A-Z]{1,2}Mc[A-Z]", part) for part in listed) and not set(listed) & _ACRONYMS:
        return True  # "JD, DM and AB": members by their initials (never councils', "MCC and DCC"); "HB and GMcC"
    if re.match(r"(?:Another|Next|Each|Every|Any|Some|Further|Future)\s", text):
        return False  # "Another Tidy Day (to include a cemetery tidy)": an event named, no one to act
    if re.fullmatch(r"[A-Z]{1,2}[A-Z][a-z]{2,}|(?:[Tt]he\s+)?[A-Z]{1,4}(?:CC|PC|TC)", text):
        return True  # "JWebb": an initial glued to the surname where a space was lost; "HVCC": the body by its letters
    # a person: two or more capitalised words ("Ross Jago"), perhaps several joined by "and"
    # an initial counts as a name's word ("H Hanmer", "S. Parnell"), but "A Report" is no one
    return all(
        re.fullmatch(r"(?:(?:[A-Z][\w'\u2019-]+|(?:[A-Z]\.){2,3}|(?![AI]\s)[A-Z]\.?)\s+){1,3}[A-Z][\w'\u2019-]+", part.strip())  # ("R.T. Fowler")
        for part in re.split(r",\s*|\s+and\s+|\s*&\s*|(?<=[a-z])/(?=[A-Z])", text) if part.strip()  # ("R. Vane & A. Frost", "Ann Hale/Rob Cole")
    )


# "where possible", "where it could", "as often as possible": a hope, not an undertaking
# (a hope is no undertaking either: "It is hoped that the works will be done", "Hopefully the sign would be fixed")
# (never the question an errand asks: "contact the owner to see if it can be cut back", "ask whether ...")
_HEDGED = re.compile(r"\b(?<!\bsee\s)(?<!\bask\s)(?<!\bout\s)(?<!\bcheck\s)(?<!\benquire\s)(?<!\binquire\s)(?:where|if|when|as\s+far\s+as|as\s+often\s+as)\s+(?:possible|practicable|feasible|(?:it|they|he|she|we)\s+(?:could|can))\b|^\W*(?:it\s+is\s+hoped|hopefully)\b", re.IGNORECASE)

_LONGEST_SENTENCE = 1500
# "R. Craib to write ...": a name's initial, never "Appendix A." or "Plan B."
# (initials run together count too: "... reported. R.T. Fowler to attend.")
_INITIAL_END = re.compile(r"(?:^|(?<![Aa]ppendix)(?<![Pp]lan)(?<![Oo]ption)(?<![Ss]chedule)(?<![Pp]art)(?<![Aa]nnex)(?<![Tt]able)(?<![Cc]lass)(?<![Ss]ection)(?<![Ii]tem)\s)(?:[A-Z]\.){1,3}$")


# "The chevron on the bend has been knocked over the clerk will inform the county": a stop lost before the clerk's promise
# (never after a word that joins the clerk's words to the sentence: "that", "said", "told", "for", "about" ...)
_STOP_LOST_BEFORE_CLERK = re.compile(r"\b(?P<word>\w*[a-z]{3})\s+the\s+(?=clerk\s+(?:will|would)\s+(?!need\b|have\b|like\b|be\b)[a-z]{3,})")
_JOINS_THE_CLERK = frozenset(
    "that and but when once after before which said whether until because where while unless then agreed thus though told hoped felt"
    " thought believed assured suggested noted understood expected for from with about".split()
)

_DOER_AFTER_BREAK = re.compile(r"(?:;|,(?=\s+(?:[Tt]he\s+)?[Cc]lerk\s|\s+(?:Cllr|Councillor)\.?\s))\s+(?=(?:[A-Z]{2,3}|(?:[Tt]he\s+)?[Cc]lerk|(?:Cllr|Councillor)\.?\s+[A-Z][\w'-]+|(?:the\s+)?[Cc]hair(?:man)?)"
                                   r"\s+(?:will|would)\s+[a-z]{3,})(\w)")
_LOST_BEFORE_CLERK_TO = re.compile(r"(?<![\w'\u2019-])(?P<word>[a-z]{2,}|\d{1,4})\s+(?=Clerk\s+to\s+(?!be\b|the\b)[a-z]{3,})")
_JOINS_CLERK_TO = _JOINS_THE_CLERK | {"the", "or", "as", "asked", "requested", "instructed", "parish", "town", "deputy", "assistant", "acting", "locum", "proper", "our", "his", "her"}


def _sentences(paragraph: str, doers: bool = False) -> list[str]:
    sentences: list[str] = []
    if "clerk" in paragraph:
        # ("... had then disappeared. the clerk will investigate ...": a sentence begun in small letters)
        paragraph = re.sub(r"(?<=[a-z]\.\s)the(?=\s+clerk\s+(?:will|to)\s+[a-z])", "The", paragraph)
        paragraph = _STOP_LOST_BEFORE_CLERK.sub(lambda lost: lost[0] if lost["word"] in _JOINS_THE_CLERK else f"{lost['word']}. The ", paragraph)
    if "Clerk to " in paragraph:  # ("... the lamp still out since May Clerk to chase it.": the stop lost before the doer)
        paragraph = _LOST_BEFORE_CLERK_TO.sub(lambda lost: lost[0] if lost["word"] in _JOINS_CLERK_TO else f"{lost['word']}. ", paragraph)
    # ("... date confirmed; JS has found a speaker; clerk will send invites", "... details of a scheme, the Clerk will ask ...": each doer's errand its own)
    # (and "... would take up the signage with RMBC, The Clerk will take instruction from ...": a capital after the comma)
    paragraph = _DOER_AFTER_BREAK.sub(lambda doer: f". {doer[1].upper()}", paragraph) if doers and (";" in paragraph or "," in paragraph) else paragraph
    # ("Playground bin – ongoing MB to order a key": a point's state, then its doer's initials with no stop between)
    paragraph = re.sub(r"\b((?i:ongoing|on-going|outstanding|in\s+hand|completed?|done))\s+(?=[A-Z]{2,3}\s+to\s+[a-z]{3,})", r"\1. ", paragraph)
    # ("... asap. 12.3 CR has put up the signs": a point's number from the minutes referred to starts a sentence too)
    # (a table flattened into slash rows: "... its form. / March update", "... the youth group. 07/003 / RB / Contact ...": each cell its own)
    # (and an older minute's reference opening a slash row, stop or none: "... / Clerk to chase 2688a) / Recreation Areas ...")
    # (a quotation's closing mark after its stop ends the sentence too: '... flood authority." The Clerk was asked ...')
    for piece in re.split(r"(?:(?<=[.!?])|(?<=[.!?][\u201d\u2019\"']))\s+(?:/\s+)?(?=[A-Z\"'(]|[a-h](?:\)|\]\.?)\s|\d{1,2}\.\s?\d{1,2}\s+[A-Z]|\d{1,4}/\d{2,4}\s+/\s)|\s+(?=\d{2,5}[a-z]\)\s+/\s+[A-Z])", paragraph):  # "... the applicant. b) ES confirmed ...", "d]. Seats"
        # ("... scams, etc. CC would like ...": "etc." ends a sentence when a capital follows)
        if sentences and (_ABBREVIATION.search(sentences[-1]) or _INITIAL_END.search(sentences[-1])) and not sentences[-1].endswith("etc.") \
                and len(sentences[-1]) < _LONGEST_SENTENCE:
            sentences[-1] += " " + piece
        else:
            sentences.append(piece)
    # ("R.T. Fowler, to attend.": a comma between the doer and the task)
    sentences = [_DOER_COMMA.sub(r"\g<who> ", sentence) if _DOER_COMMA.match(sentence) and _looks_like_doer(_DOER_COMMA.match(sentence)["who"]) else sentence
                 for sentence in sentences]
    # a "sentence" of thousands of characters with no full stop (a pasted table, a hostile file) is read a
    # stretch at a time, so the patterns that look along it stay quick
    return [chunk for sentence in sentences for chunk in _stretches(sentence)]


_DOER_COMMA = re.compile(r"^(?P<who>[A-Z](?:[^,.;:]|(?<=\b[A-Z])\.){1,40}?),\s+(?=to\s+[a-z]{3,}\b)")


def _stretches(sentence: str) -> list[str]:
    if len(sentence) <= _LONGEST_SENTENCE:
        return [sentence]
    out: list[str] = []
    while len(sentence) > _LONGEST_SENTENCE:
        cut = sentence.rfind(" ", 0, _LONGEST_SENTENCE)
        cut = cut if cut > _LONGEST_SENTENCE // 2 else _LONGEST_SENTENCE
        out.append(sentence[:cut])
        sentence = sentence[cut:].lstrip()
    return out + ([sentence] if sentence else [])


def _clean(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = _TO_ACTION.sub(_plain_task, text) if "to action " in text or "to Agenda " in text or "to agenda " in text else text
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip()


# "It was proposed by Cllr Jones and seconded by Cllr Brown that the clerk write ..." and its
# outcome after it (", seconded by Cllr Brown and agreed. All in favour."): the motion is the decision.
_MOTION_LEAD = re.compile(
    r"^(?:it\s+was\s+)?(?:unanimously\s+)?(?:proposed|moved|(?<=was\s)(?:suggested|requested))(?:\s+by\s+[^,;.]{2,60}?)?(?:,?\s+(?:and\s+)?seconded(?:\s+by\s+[^,;.]{2,60}?)?)?,?\s+that\s+",
    re.IGNORECASE,
)
_MOTION_TAIL = re.compile(
    r"(?:,?\s+(?:and\s+)?seconded(?:\s+by\s+[^,;.]{2,60}?)?)?(?:,?\s+and\s+(?:it\s+was\s+)?(?:unanimously\s+)?(?:agreed|carried|resolved|approved)(?:\s+unanimously)?)?"
    r"\s*\.?\s*(?:(?:all|unanimously)\s+(?:in\s+favour|agreed)\.?|carried\.?|agreed\.?)?\s*$",
    re.IGNORECASE,
)


def _strip_resolver(text: str) -> str:
    text = _CLAUSE_LABEL.sub("", text)
    motion = _MOTION_LEAD.match(text)
    if motion:
        text = _MOTION_TAIL.sub("", text[motion.end():]) or text
    text = re.sub(r"^(?:All|Everyone|Everybody)\s+(?:present\s+|members\s+(?:present\s+)?)?(?=agreed\s+(?:that|to)\b)", "", text)  # "All agreed that ..."
    # "Councillor Boyd requested that officers write to ...": the member asks; the officers do
    # (or wished for: "Bill stated that he wished the secretary to write ...")
    text = re.sub(r"^(?:(?:Cllr|Councillor|Alderman|Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?\s+(?:(?:requested|asked|proposed|suggested)\s+that"
                  r"|(?:stated|said)\s+that\s+(?:he|she|they)\s+(?:wished|would\s+like))\s+(?=[a-z])", "", text)
    # what is to be done is after "that" or "and": "Cabinet recommended to Council that ...", "... agreed in principle and the Chair will ..."
    return re.sub(r"^(?:(?i:recommended|recommends)\s+to\s+(?i:the\s+)?(?i:full\s+)?(?i:council|cabinet)(?:\s+that)?|(?i:agreed)\s+in\s+princip(?:le|al)\s+and(?=\s+(?:the\s|[A-Z])))\s+(?=\w)", "", text[_RESOLVER.match(text).end():])


def _base(verb: str) -> str:
    """ "provides" -> "provide", "reports" -> "report": the form an action log line uses."""
    verb = verb.lower()
    if " " in verb:  # "makes enquiries" -> "make enquiries": only the verb changes
        first, rest = verb.split(" ", 1)
        return f"{_base(first)} {rest}"
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
    if first in ("The", "A", "An", "This", "That", "These", "Those", "Its", "Any", "Consideration", "More", "Further", "Matters", "Update", "Updates", "Report", "Reports", "Information", "Details", "Letter",
                 "Approved", "Two", "Three", "Four", "Five", "Six", "Several", "Both", "Revised", "Draft", "Updated", "Signed", "Final", "New", "Written", "Expressions", "Views", "Feedback"):
        return first.lower() + text[len(first):]
    return text


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def _sentence(text: str) -> str:
    text = _clean(text).rstrip(" .;:,")
    text = re.sub(r"\s+(?:and|or)$", "", text).rstrip(" .;:,")  # "... August 2024; and"
    return _upper_first(text)


# "that the Clerk contact details on the website be updated", "the Chairman report on the repairs be circulated": the would-be
# verb is a noun, and the passive after it the sentence's own (never one after "and": "the Clerk write and the letter be copied")
NOUN_BEFORE_PASSIVE = re.compile(r"^(?:(?!\band\s+(?:the|a|an|that|this|it|its|they|their)\b|\b(?:how|whether|what|which|when|where|if|why|who|whose|so|until|once|that)\b)(?:[^.;,]|,\s+as\s+(?:set\s+out|detailed|circulated|presented|attached|shown)\b[^.;,]{0,60},))*?(?<!\bto\s)\b(?:be|should\s+be)\s+(?:[a-z]+ed|[a-z]+en|sent|put|set|kept|held|made|cut)\b")  # ("the Outturn report, as set out in the papers, be approved")


def procedure(obj: str, pp: str, rest: str) -> bool:
    """ "this item be considered as confidential", "a resolution be passed to re-open the meeting": the meeting's own procedure."""
    return bool(pp == "considered" and re.match(r"^(?:as\s+(?:confidential|exempt)|in\s+(?:private|closed\s+session|part\s+(?:ii|2|b)))\b", rest, re.I)
                or pp == "passed" and re.search(r"\bresolutions?$", obj.strip(), re.I)
                # "Annual Parish Meeting to be held on Wed 24th May", "the 'First Aid Training' would be held at the school at 7pm on
                # 4 May": the calendar set, an event's place and time, no one given a task
                or pp == "held" and re.search(r"\b(?:meetings?|training|courses?|events?|sessions?|workshops?|seminars?|surgery)['\u2019\"]?$", obj.strip(), re.I)
                and re.match(r"^(?:on|at|in)\b[^.;]{0,80}?\d", rest)
                # "the design would be taken into consideration", "this will be borne in mind": a caution, no errand
                or pp in ("taken", "borne", "kept") and re.match(r"^(?:into\s+(?:account|consideration)|in\s+mind)\b", rest, re.I))


# what "to be" says of a thing, never a task: "agreed to be a fair record", "agreed to be an excellent idea", "... to be a good and
# well attended event" ("agreed to be the lead body for the scheme", a role taken on, is one)
BE_VERDICT = re.compile(
    r"(?:a|an|the)\s+(?:very\s+)?(?:(?:true|correct|accurate|fair|good|great|excellent|useful|helpful|positive|sensible|worthwhile|valuable|successful"
    r"|reasonable|suitable|appropriate)\b|(?:[\w-]+\s+)?(?:idea|suggestion|proposal|plan|way\s+forward|approach|thing|option|start|success)\b)",
    re.IGNORECASE,
)


# "much of its scrutiny will be informed by the progress of the programme": what shapes a thing, no one's task
# (in lower case: "reviewed by the Data Protection Officer" names a doer)
SHAPED_BY = re.compile(r"by\s+(?:the\s+|its\s+|their\s+)?(?:progress|outcomes?|results?|findings|evidence|priorities|needs|views|data|"
                       r"availability|level|nature|extent|experience|lessons)\b")
