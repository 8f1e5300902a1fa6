"""Where one decision clause holds two tasks joined by "and", and where an "and" only joins two things of one task.

"Notes the report and thanks officers", "the report be noted and a further report be brought to a future meeting",
"that A; that B and that C": each part is read on its own. "a letter lamenting the loss of the station and the slower
response times be sent to ...": one thing to send, about two matters.
"""

from __future__ import annotations

import re

# "Notes the report and thanks officers": a second main verb starts a second part of the clause.
_THIRD_PERSON = (
    r"notes|endorses|supports|welcomes|thanks|approves|receives|accepts|adopts|congratulates|commends|"
    r"recognises|acknowledges|requests|asks|instructs|invites|directs|urges|agrees|defers|confirms|records"
)


_COORDINATED = re.compile(
    rf"[,;]?\s+and\s+(?:also\s+)?(?=(?:{_THIRD_PERSON})\b)"
    # "the report be noted and a further report be brought to a future meeting"
    r"|\s+and\s+(?=(?:(?:a|an|the|further)\s+[^,;]{0,80}?\b|(?:it|this)\s+)be\s+(?:brought|presented|submitted|provided|circulated|sent|received|placed|put|added)\b)"
    # "resolved to bid for \u00a3600 for a second defibrillator and agreed that the porch suited it best": a second decision
    r"|,?\s+and\s+(?=(?:also\s+)?(?:agreed|resolved|decided)\s+that\b)"
    # "agreed to note the report and to ask for a further update in six months"
    r"|[,;]?\s+and\s+(?:also\s+)?(?=to\s+(?:ask|request|receive|instruct|invite|seek|advise|inform|notify|write)\b)"
    # ("agreed to get prices for the next meeting and also ask the Friends about a grant": "also", the "to" left out)
    r"|[,;]?\s+and\s+also\s+(?=(?:ask|request|instruct|invite|seek|advise|inform|notify|write|contact|obtain|arrange)\b)"
    # "To award the contract ..., and for the Commissioning Manager to report on ..."
    r"|,?\s+and\s+(?=for\s+(?:the\s+)?[A-Z][^,;]{1,80}?\s+to\s+[a-z]+\b)"
    # "that the Council object to the application and the clerk submit the objection by 20 April": the clerk's own verb
    r"|,?\s+and\s+(?=the\s+(?:[Cc]lerk|RFO|[Cc]hair(?:man|person)?)\s+(?:to\s+)?(?:submit|send|write|report|contact|circulate|arrange|order|obtain|inform|notify|respond|reply|forward)\b)"
    r"|,?\s+and\s+(?=(?:requested|asked|instructed)\s+(?:that\s+(?:the\s+)?[A-Z]|(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w'-]+)?\s+to\s+[a-z]))"  # "... and requested that the Chair obtain"
    r"|;\s+(?=also\s)|;\s+(?=(?:the\s+)?(?:[Cc]lerk|RFO|Chair(?:man|person)?|(?:Cllr\.?|Councillor)\s+[A-Z][\w'-]+)\s+(?:to|will|would)\s+[a-z]+\s+\w)"  # "...; the Clerk to ask X ...; also ..." ("; Cllr Moss to arrange." tags)
)


# "that the Clerk writes to ...": an officer (never the council or a committee) doing something, the verb's "s" on it
_OFFICER_DOES = re.compile(
    r"^\s*(?:that\s+)?(?:the\s+)?(?:[Cc]lerk|[Ss]ecretary|[Tt]reasurer|RFO|[Cc]hair(?:man|person)?|(?:Cllr\.?|Councillor)\s+[A-Z][\w'-]+)"
    r"\s+(?!(?:notes|endorses|supports|welcomes|thanks|approves|receives|accepts|adopts)\b)[a-z]{3,}s\b"
)


# "... and reports them to the April meeting": a second verb with its "s", before what a verb takes (never "quotes and reports.")
_AND_VERB_S = re.compile(r"\band\s+(?:also\s+)?(?P<verb>[a-z]{3,}?)(?P<s>e?s)\b(?=\s+(?:back|to|on|them|it|the|a|an|any|all|this|these|his|her|their|its|with|for|in|up|out)\b)")


def second_verb_bare(tail: str, verbs: set[str]) -> str:
    """ "three quotes and reports them to the April meeting", after "that the Clerk obtains" (read as "the Clerk to obtain"):
    the officer's second verb, one of `verbs`, bare too ("and report them ...")."""
    def bare(match: re.Match) -> str:
        for verb in (match["verb"] + match["s"][:-1], match["verb"]):
            if verb in verbs:
                return match.group(0)[: match.start("verb") - match.start()] + verb
        return match.group(0)

    return _AND_VERB_S.sub(bare, tail)


# "that A; that B and that C": each part its own task
AND_THAT = re.compile(r"(?:[,;]?\s+and\s+(?:also\s+)?|;\s*)that\s+", re.IGNORECASE)


# "members would send comments to the Chairman who would forward them to the district": the officer's own errand after "who"
WHO_WOULD = re.compile(r"\b(?P<who>the\s+(?:Chair(?:man|person)?|Clerk|Secretary|Treasurer)),?\s+who\s+(?P<aux>would|will)\s+(?=[a-z]{3,}\s)")


def coordinated(chunk: str) -> list[str]:
    """`chunk` split where a second clause joins it with "and"; never where the words before the "and" have no verb of
    their own ("a letter lamenting the loss of the station and the slower response times be sent to ...": one thing);
    and where an officer named "who would" forward or do the next step."""
    who = WHO_WOULD.search(chunk) if " who " in chunk else None
    if who and re.search(r"\b(?:would|will)\s+[a-z]{3,}\b", chunk[: who.start()]):
        return [*coordinated(chunk[: who.end("who")]), f"{who['who'][:1].upper()}{who['who'][1:]} {who['aux']} {chunk[who.end():]}"]
    pieces = _COORDINATED.split(chunk)
    joined = [pieces[0]]
    for piece in pieces[1:]:
        passive = re.match(r"(?:a|an|the|further)\s+[^,;]{0,80}?\bbe\s+[a-z]+", piece)
        if passive and not re.search(r"\b(?:be|is|are|was|were|to|will|would|should|shall|must|can|may)\b", joined[-1]):
            joined[-1] = f"{joined[-1]} and {piece}"
        elif _OFFICER_DOES.match(joined[-1]) and (verb := re.match(rf"(?:also\s+)?(?:{_THIRD_PERSON})\b", piece)):
            # "that the Clerk writes to the County Council and asks for a reply": the officer's second verb, one task
            joined[-1] = f"{joined[-1]} and {piece[: verb.end() - 1]}{piece[verb.end():]}"
        else:
            joined.append(piece)
    return joined


def without_verb_left(clause: str) -> str:
    """ "agreed that a letter lamenting the loss of the station and the slower response times be sent to ..." (who agreed gone):
    the verb goes too, so the thing to be sent is read whole; and "Officers are instructed, in conjunction with the ward
    members, to begin talks ..." read with its aside after the task."""
    clause = re.sub(r"\b(are|is|be)\s+(instructed|asked|requested|authori[sz]ed),\s+((?:in\s+(?:conjunction|consultation|discussion|partnership|liaison)|together)\s+with\s+[^,;]{3,120}),\s+(to\s+[a-z][^;]*?)(\.?)$",
                    r"\1 \2 \4, \3\5", clause)
    return re.sub(r"^(?:agreed|decided|resolved)\s+that\s+(?=(?:a|an)\s+(?:\w+\s+){0,2}?(?:letter|e-?mail|response|reply|report|note|card)\b)", "", clause)


# "Cllr Petrie offered to walk the path and (or "&") the secretary will contact the Access Officer": a second doer and their own task
_SECOND_DOER = re.compile(
    r"(?<=[a-z0-9)])(?:,\s+|\s+)(?:and|&)\s+(?=(?:the\s+)?(?:[Cc]lerk|[Ss]ecretary|[Tt]reasurer|RFO|[Cc]hair(?:man|person)?|(?:Cllr\.?|Councillor)\s+[A-Z][\w'-]+|[A-Z]{2,3})"
    r"\s+(?:will|would|is\s+to|was\s+to|agreed\s+to|offered\s+to)\s+(?!be\b)[a-z]+\b)"
    # ("It was agreed to get two quotes, Mr Dee would also look at the gate": a comma and "also" are enough)
    r"|(?<=[a-z0-9)]),\s+(?=(?:the\s+)?(?:[Cc]lerk|[Cc]hair(?:man|person)?|(?:Cllr\.?|Councillor|Mrs?|Ms|Dr)\s+[A-Z][\w'-]+|[A-Z]{2,3})\s+(?:will|would)\s+also\s+(?!be\b)[a-z]+\b)"
)


# "Cllr Dale cannot be there but will pass on any points raised": what they will do, their absence aside
_ABSENT_BUT = re.compile(r"\b(?:cannot|can't|could\s+not|couldn't|(?:is|was)\s+unable\s+to)\s+(?:be\s+there|attend|be\s+present)\b(?:(?!meeting)[^,.;]){0,40}?,?\s+but\s+(?=will\s)")


# "The Clerk had discussed the shelter with the County and was to meet their officer": the same doer's next task, said with
# "was to" after what they had done (never "had to leave and was to ...", an obligation, nor past "who" or "that": "had written to the
# landowner, who had replied and was to cut the hedge" is the landowner's)
_SAME_DOER_AGAIN = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<doer>(?:[Tt]he\s+)?(?:[Cc]lerk|[Ss]ecretary|[Tt]reasurer|RFO|[Cc]hair(?:man|person)?)|(?:Cllr\.?|Councillor)\s+[A-Z][\w'-]+"
    r"|(?-i:[A-Z]{2,3}))\s+(?:had|has)\s+(?!(?:to|no|not|been|yet)\b)[a-z]{3,}\b(?:(?!\b(?:who|which|whom|that|whose)\b)[^.;!?]){0,200}?(?P<cut>,?\s+and\s+)(?=(?:was|is)\s+(?:still\s+)?to\s+[a-z]{3,}\b)"
)


_DOER_LAST = re.compile(r"(?:\band|\s&)\s+(?:the\s+)?(?:[Cc]lerk|[Ss]ecretary|[Tt]reasurer|RFO|[Cc]hair(?:man|person)?|(?:Cllr\.?|Councillor)\s+[A-Z][\w'-]+|[A-Z]{2,3})$")
_FIRST_CLAUSE = re.compile(r"\b(?:to|will|would|shall)\s+[a-z]{3,}\b(?!.*\b(?:whether|if|that|when|how)\b)[^,;]*$")


def second_doers(text: str) -> str:
    """A sentence whose second half names another doer and their task, cut into two sentences, so each task is read with its
    own doer; and one who will be away, "but will" do a thing, read as doing it."""
    text = _ABSENT_BUT.sub("", text) if " but " in text else text
    if " and " not in text and " & " not in text and " also " not in text:
        return text
    if " to " in text and (" had " in text or " has " in text):
        text = _SAME_DOER_AGAIN.sub(lambda m: f"{m.group(0)[: m.start('cut') - m.start()]}. {m.group('doer')[:1].upper()}{m.group('doer')[1:]} ", text)
    # (only after a first clause with its own verb, "Cllr Pike offered to walk the path", never "The Clerk and RFO will check ...",
    # "The Clerk will ask whether Cllr Moss and Cllr Hale will attend ..." nor "... to the hall committee and the Chair and Cllr Moss
    # will meet ..."; the words before read back a sentence's clause at most, never from the text's start)
    cuts = [m for m in _SECOND_DOER.finditer(text) if _FIRST_CLAUSE.search(re.split(r"[.!?]\s", text[max(0, m.start() - 300) : m.start()])[-1])
            and not _DOER_LAST.search(text[max(0, m.start() - 80) : m.start()])]
    for m in reversed(cuts):  # (the second doer's word given its capital, as a sentence's first)
        text = f"{text[: m.start()]}. {text[m.end()].upper()}{text[m.end() + 1 :]}"
    return text



# "..., resolved Cllrs Marsh and Penn will check the first-aid kit": the decision word before its doers, "that" left out
_DECIDED_DOERS = re.compile(
    r"(?:(?<=^)|(?<=[,;:.]\s)|(?<=[\u2013\u2014-]\s))(?:[Rr]esolved|RESOLVED|[Aa]greed|AGREED|[Dd]ecided)\s+(?=(?:Cllrs?\.?|Councillors?)\s+[A-Z][\w'-]+"
    r"(?:(?:,\s*|\s+and\s+|\s*&\s*)[A-Z][\w'-]+)*\s+(?:will|would|to)\s+[a-z]{3,})",
    re.MULTILINE,
)
# "K.W. offered to approach the County", "A.B. to write": a member by dotted initials, as older minutes print them (never
# "P.C. Humphries", a constable by name, nor the bodies "C.C." and "P.C.", where no task verb follows)
_DOTTED_INITIALS = re.compile(
    r"(?<![\w.])([A-Z])\.\s?([A-Z])\.(?:\s?([A-Z])\.)?(?=\s+(?:to|will|would|offered\s+to|agreed\s+to|undertook\s+to|is\s+to)\s+[a-z]{3,})"
)


# "The Council RESOLVED for the Clerk to forward the survey ...": who is to do it after "for", read as "The Clerk to forward the survey
# ..." (only after "resolved", or "agreed" for the Clerk or a member: "agreed for the school to use the field" is a permission)
_DECIDED_FOR = re.compile(
    r"(?P<body>\b(?:[Tt]he\s+)?(?:(?:Parish|Town|Community)\s+)?(?:Council|Committee|Board|Panel|Members|Cllrs)\s+|\b[Ii]t\s+was\s+(?:(?!not\b)\w+\s+)?|\b(?:UNANIMOUSLY|[Uu]nanimously)\s+)?(?<!\bnot\s)\b((?i:resolved)|(?i:agreed)(?=\s+for\s+(?:the\s+)?(?:Clerk|Chair(?:man|person)?|Secretary|Treasurer|Proper\s+Officer|RFO|Cllrs?\.?|Councillors?)\b))\s+for\s+"
    r"((?:the\s+)?(?:(?:Cllrs?|Councillors?)\.?\s+)?[A-Z][\w'-]*(?:\s+(?:(?:and|&)\s+(?:the\s+)?)?[A-Z][\w'-]*){0,3})\s+to\s+(?!(?:remain|have|be|stay|continue|serve|act|hold)\b)(?=[a-z]{3,})"
)


# "(5.6) Clerk to ask the contractors ...": an earlier minute's number in brackets before the task it carries forward
_CITED_FIRST = re.compile(r"(?m)^[ \t]*\(\d{1,3}(?:\.\d{1,3}){0,3}\)\s+(?=(?:The\s+)?(?:Clerk|Chair(?:man)?|Cllrs?\.?|Councillors?|[A-Z]{2,4})\b[^.\n]{0,40}?\s+to\s+[a-z])")


# a wish or a request that names the Clerk to act: "I would like the clerk to see if ...", "The Council requested the Clerk to ..."
_WOULD_LIKE = re.compile(r"\b(?:would\s+like|requested)\s+the\s+(?=(?:[Cc]lerk|[Ss]ecretary|[Tt]reasurer)\s+to\s+[a-z])")


# "that approval be given to the recommendation that the Panel be asked to ...": the recommendation's own ask, backed
_RECOMMENDATION_BACKED = re.compile(
    r"^\W*(?:that\s+)?(?:approval|agreement|support|endorsement|assent)\s+be\s+given\s+to\s+(?:the\s+)?recommendations?"
    # (only a doer asked to act: "... that the public be informed of ..." stays the recommendation it was)
    r"(?:\s+(?:of|from)\s+[^,;]{3,60}?)?,?\s+(?=that\s+(?:the\s+)?[A-Z][^,;]{0,80}?\s+be\s+(?:requested|asked|instructed|invited|authori[sz]ed|tasked)\s+to\b)",
    re.IGNORECASE)


# "that the bus shelter matter be left with the Clerk to take forward": the Clerk's errand, "The Clerk to take the matter forward"
_LEFT_WITH = re.compile(
    r"^(?P<that>\W*that\s+)(?P<thing>(?:the|this|that|these)\s+[^,;]{2,80}?)\s+be\s+left\s+with\s+(?P<doer>(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,2}"
    r"(?:[Cc]lerk|Chair(?:man|person)?|RFO|Treasurer|Secretary|[Oo]fficers?)|(?:Cllr\.?|Councillor)\s+[A-Z][\w'\u2019-]+)\s+to\s+(?P<verb>[a-z]+(?:\s+with)?)"
    r"(?:\s+(?P<particle>forward|up|on|through|out))?\b(?P<rest>[^;]*)$", re.IGNORECASE)


def _left_with(found: re.Match[str]) -> str:
    particle = f" {found.group('particle')}" if found.group("particle") else ""
    doer = found.group("doer")
    return f"{doer[:1].upper()}{doer[1:]} to {found.group('verb')} {found.group('thing')}{particle}{found.group('rest')}"


# "that a working group comprising PS, JH and CA would meet on 4 April": the group does it, its members an aside (a list of
# initials read as the doers would lose all but the last two)
_MADE_UP_OF = re.compile(
    r"\b((?:group|panel|party|team|sub-?committee|committee)),?\s+(?:comprising|consisting\s+of|made\s+up\s+of)\s+(?:(?!\b(?:would|will|should|to)\b)[^.;]){2,120}?,?\s+"
    r"(?=(?:would|will|should|to)\s+[a-z])",
    re.IGNORECASE,
)


# "that, once the consultation has closed, the policy return to the Committee in July": brought back, its condition aside
_RETURNS_TO = re.compile(
    r"^(?P<that>\W*that),?\s+(?:(?:once|when|after)\b[^,;]{3,100},\s+)?(?P<obj>(?:the|this|these)\s+[^,;]{2,60}?)\s+(?:return|come\s+back)\s+to\s+"
    r"(?=(?:the\s+)?(?:next\s+|future\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:Committee|Council|Cabinet|Board|Panel|Executive|Forum|meeting)\b)", re.IGNORECASE)


# "That Cabinet refer this report to full Council on 3 June": the body that decides sends the matter on, as "be referred"
_BODY_REFERS = re.compile(
    r"^(?P<that>\W*that)\s+(?:the\s+)?(?:Cabinet|Committee|Council|Board|Panel|Executive|Sub-Committee)\s+refers?\s+(?P<obj>(?:the|this|these)\s+[^,;]{2,60}?)\s+"
    r"(?=(?:back\s+)?to\s+(?:the\s+)?(?:full\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:Committee|Council|Cabinet|Board|Panel|Executive|Forum|meeting)\b)", re.IGNORECASE)


# "PR is waiting for prices and will follow up.", "The Clerk is still waiting for the county's answer and will chase it": what
# the doer waits for, then what they will do; the doer and the promise read as one ("PR will follow up.")
_STATE_THEN_WILL = re.compile(
    r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))(?P<who>[A-Z]{2,3}|(?:[Tt]he\s+)?(?:[Cc]lerk|Chair(?:man|person)?|RFO|Treasurer|Secretary)|(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+"
    r"[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)\s+(?:is|was)\s+(?:still\s+)?(?:waiting|awaiting|expecting)\b"
    r"[^.;!?]{0,100}?\s+and\s+(?=will\s+(?!be\b|have\b|need\b|not\b)[a-z]+)"
)


def doers_said_plainly(text: str) -> str:
    """ "resolved Cllrs Marsh and Penn will check ...": the doers without the decision word before them; "resolved for the
    Clerk to forward ...", "The Council RESOLVED for X to ...": as "The Clerk to forward ...", "X to ..."; "D.C. offered to
    ...": the member's initials without their stops, as the doer rules read initials."""
    text = _DECIDED_FOR.sub(lambda m: f"{m.group(3)[:1].upper()}{m.group(3)[1:]} to ", text) if " for " in text else text
    text = _WOULD_LIKE.sub("asked the ", text) if "like" in text or "requested" in text else text  # "I would like the clerk to see if ..."
    text = _CITED_FIRST.sub("", text) if "(" in text else text
    text = _RECOMMENDATION_BACKED.sub("", text) if "ecommendation" in text else text
    text = _LEFT_WITH.sub(_left_with, text) if " left with " in text else text
    text = _MADE_UP_OF.sub(r"\1 ", text) if "compris" in text or "consist" in text or "made up" in text else text
    text = _RETURNS_TO.sub(r"\g<that> \g<obj> be brought back to ", text) if "return" in text or "come back" in text else text
    text = _BODY_REFERS.sub(r"\g<that> \g<obj> be referred ", text) if "refer" in text else text
    text = _STATE_THEN_WILL.sub(lambda m: f"{m.group('who')} ", text) if " and will " in text else text
    text = re.sub(r"\b(Cllrs?|Councillors?):\s+(?=[A-Z])", r"\1 ", text) if ": " in text else text  # "Cllr: Shears will collect ..."
    # "Also the Clerk to write to the county": a notes-style task opened by "Also", read without it
    text = re.sub(r"(?m)(?:^|(?<=[.;]\s))Also,?\s+(?=(?:the\s+)?(?:Clerk|Chair(?:man|person)?|(?:Cllr|Councillor)\.?\s+[A-Z][\w'\u2019-]+|[A-Z]{2,3}|[A-Z][a-z]{2,12})\s+to\s+[a-z])", "", text) if "Also" in text else text
    if re.search(r"(?i)\b(?:resolved|agreed|decided)\s+(?:Cllr|Councillor)", text):
        text = _DECIDED_DOERS.sub("", text)
    return _DOTTED_INITIALS.sub(_joined_initials, text) if "." in text else text


def _joined_initials(found: re.Match[str]) -> str:
    letters = "".join(letter for letter in found.groups() if letter)
    # (a council's letters stay as printed, "W.C.C.", "P.C.", "C.C."; "D.C." offering to act a member, as "D.C. will ring the farmer")
    return found.group(0) if re.fullmatch(r"[A-Z][BCDPT]C|[BCPT]C", letters) else letters
