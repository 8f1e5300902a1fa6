"""Who is to do a task: the owner named before its verb, the names in a list of owners, and whom a thing is sent to.

"The Clerk and Cllr Reed to write ...", "Head of Children's Services to report ...", "Cllrs Ash, Bell and the Clerk
...". `phrases` holds the words tasks are written in; this module reads the people in them.
"""

from __future__ import annotations

import re

from cpb_tui.importers.dates import MONTHS


def _owner_length(words: list[str]) -> int:
    """How many of `words` make up a doer at their start ("the Trust and officers"), 0 if none."""
    end = 0
    index = 2 if len(words) > 2 and words[0].lower() == "a" and words[1] == "few" else 0  # ("A few members to ...")
    # ("a newsletter working group would meet ...", "a Newsletter working Group ...": a group's article, before its name)
    index = 1 if words[:1] in (["a"], ["an"]) and (_role_follows(words, 1) or any(w.lower() in ("group", "panel", "team") for w in words[2:5])) else index
    while index < len(words) and words[index].lower() in _DETERMINERS:
        index += 1
    while index < len(words):
        # Lower-case describing words may only open the phrase: "the review team", but not
        # "the Chair to every Member".
        describing = end == 0
        word = words[index]
        closing = next((j for j in range(index, min(index + 5, len(words))) if words[j].rstrip(",;:.").endswith(")")), None) if word.startswith("(") and end else None
        if closing is not None:
            # "the Deputy Leader (Outward Focus) attends ...": a bracket that says which one belongs to the doer
            end = closing + 1
            if words[closing].rstrip(",;:.") != words[closing]:
                break
            index = closing + 1
            continue
        bare = word.rstrip(",;:.")
        core = bare.replace("\u2019", "'")
        if core and core[0].isupper() and (core not in _NOT_NAMES or word == "A.") and not any(ch.isdigit() for ch in core):  # ("A. Frost")
            end = index + 1
        elif core.lower() in _ROLE_NOUNS and core.islower():
            end = index + 1
        elif core.isalpha() and core.islower() and describing and _role_follows(words, index):
            pass  # "all foster carers", "the review team": a word or two describing the doer
        elif end and core in ("working", "steering", "advisory", "project", "task") and index + 1 < len(words) and words[index + 1][:1].isupper() \
                and words[index + 1].rstrip(",;:.").lower() in _ROLE_NOUNS:
            pass  # "the Newsletter working Group": the kind of group, in small letters between the capitals of its name
        elif core.lower() in _JOINERS and end and bare == word:
            # "of the Virtual School", "and the Chair": a joiner may bring its own "the"
            if index + 1 < len(words) and words[index + 1].lower() in _DETERMINERS:
                index += 1
        else:
            break
        # ("Cllr Dale, Cllr Moss and Cllr Reed to inspect ...", "JD, DM and AB to ...": a comma between doers of a list goes on)
        plural = re.fullmatch(r"(?:Cllrs|Councillors)\.?", words[0]) and index + 1 < len(words) and re.fullmatch(r"[A-Z][a-z][\w'\u2019-]*,?|and|&", words[index + 1])
        listed = word.endswith(",") and end and plural or word.endswith(",") and end and index + 1 < len(words) and re.fullmatch(r"(?:Cllrs?\.?|Councillors?|Mr|Mrs|Ms|Dr|[A-Z]{2,3},?|(?:Vice|Deputy)-?Chair(?:man|person)?,?)", words[index + 1]) \
            and (re.fullmatch(r"(?:[A-Z]{2,3}|[Cc]lerk|(?:(?:Vice|Deputy)-?)?Chair(?:man|person)?|Secretary|Treasurer),?", words[end - 1])  # ("The Chairman, Vice-Chairman and Cllr Roe")  # ("The Clerk, JD and DM")
                 or re.fullmatch(r"(?:Cllrs?\.?|Councillors?|Mr|Mrs|Ms|Dr)", words[max(0, end - 2)]))
        if bare != word and not listed and not (word.endswith(".") and (bare in _TITLES or re.fullmatch(r"[A-Z](?:\.[A-Z]){0,2}", bare)) and index + 1 < len(words)):
            break  # punctuation closes the phrase: "Stephen Marlow, Head of ..." (a title's or an initial's full stop does not: "Cllr. Body", "R. Craib", "R.T. Craib")
        index += 1
    if end and re.search(r"'s?$", words[end - 1].replace("\u2019", "'")):
        return 0  # "the Leaders' letter": a possessive qualifies what follows, it does not do anything
    return end


def _role_follows(words: list[str], index: int) -> bool:
    """Whether a doer's noun ("carers", "team") comes within the next two words, with no punctuation between."""
    for offset, word in enumerate(words[index: index + 3]):
        if word.rstrip(",;:.") != word:
            return word.rstrip(",;:.") in _ROLE_NOUNS
        if word in _ROLE_NOUNS or offset == 1 and word[:1].isupper() and word.lower() in _ROLE_NOUNS and words[index].lower() not in _JOINERS:
            return True  # ("the appointed Chair of the Panel", "the new Clerk": the post in capitals, just after the one word)
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
    # "that Cllr Watson further investigate ...", "officers also report ...": how, before the verb
    after = re.sub(r"^(?:further|also|now|then|urgently|again)\s+(?=[a-z]+\b)", "", after) if owner else after
    verb = re.match(r"^([a-z]+)\b\s*(.*)$", after)
    if not owner or not verb:
        return None, "", text
    # "the clerk of the committee confirm ...", "the Clerk to the Council write ...": the post's name goes on past "of" or "to"
    # (after "to", only a body named with "the": "the Clerk to Highways report ..." is the Clerk reporting to Highways)
    post = re.match(r"^(of|to)\s+((?:the\s+)?(?:[A-Z][\w'\u2019&-]*\s+){1,4}|the\s+(?:meeting|council|committee|board|panel|group)\s+)([a-z]+)\b\s*(.*)$", after)
    post = post if post and (post.group(1) == "of" or post.group(2).startswith("the ")) else None
    if post and post.group(3) not in ("be", "is", "are", "was", "were", "and", "of", "to", "for"):
        return f"{owner} {post.group(1)} {post.group(2).strip()}", post.group(3), post.group(4)
    if verb.group(1) == "present" and re.match(r"^(?:[a-z]+ed|were|was|had|unanimously|all)\b", verb.group(2)):
        # "All members present agreed ...": "present" says who was there, the verb is the next word
        then = re.match(r"^([a-z]+)\b\s*(.*)$", verb.group(2))
        return f"{owner} present", then.group(1), then.group(2)
    return owner, verb.group(1), verb.group(2)


_NAME_WORD = r"[A-Z][a-z][\w'\u2019-]*"


_PLURAL_TITLE = re.compile(rf"(?:Cllrs|Councillors)\.?\s+(?P<names>{_NAME_WORD}(?:,\s*{_NAME_WORD})*,?\s+(?:and|&)\s+(?:{_NAME_WORD}|(?:[Tt]he\s+)?(?:Clerk|Chair(?:man|person)?|RFO)))")


def _owner_names(phrase: str) -> list[str]:
    """ "the Trust and officers" -> ["the Trust", "officers"]; names of posts lose their "the"."""
    # "and" joins two doers in the head of the phrase ("the Chair and Vice-Chair"). After "of"
    # it is part of a name ("the Chair of the Health and Wellbeing Board") unless a new doer
    # follows ("the Director of Children's Services and the Chief Executive").
    plural = _PLURAL_TITLE.fullmatch(phrase.strip())
    if plural:
        # "Cllrs Farrington, McCulloch and Jarman": the title covers every name ("Cllrs Moss, Tait and the Clerk": each surname)
        names = re.split(r",\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+", plural.group("names"))
        return [f"Cllr {name}" if re.fullmatch(_NAME_WORD, name) else re.sub(r"^The\s", "the ", name) for name in names]
    post = re.search(r"\s(?:of|for|\u2013|\u2014)\s", phrase)
    head, tail = (phrase[: post.start()], phrase[post.start():]) if post else (phrase, "")
    parts: list[str] = []
    for piece in re.split(r",\s*", head):
        # "the Chair and Vice-Chair", "Ann Lee and Raj Patel" are two; "the Scrutiny and
        # Support Manager" is one post: "and" splits only after a doer of its own
        for index, half in enumerate(re.split(r"\s+(?:and|&)\s+", piece)):
            if index and parts and not _names_a_doer(parts[-1]) and not re.fullmatch(r"[A-Z]{2,3}", parts[-1].strip()):  # ("DM and AB": two members)
                parts[-1] = f"{parts[-1]} and {half}"
            else:
                parts.append(half)
    more = re.split(r"\s+and\s+(?=(?:the|every|each|all|officers|members|partners)\b)", tail)
    parts[-1] += more[0]
    parts += more[1:]
    names = []
    for index, part in enumerate(parts):
        if index and parts[0].startswith(("the ", "The ")) and part[:1].isupper() \
                and not re.match(r"(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\b\.?\s|(?!RFO|CEO|CFO|DPO|PCSO)[A-Z]{2,3}$", part.strip()):  # (never "the Cllr Hart", "the JD"; "the RFO")
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


def _names_a_doer(part: str) -> bool:
    """ "the Trust", "officers", "Ann Lee": a doer on its own; "the Scrutiny" is not."""
    words = part.split()
    if any(token.lower().strip(",.'\u2019s") in _ROLE_NOUNS or token.lower().strip(",.") in _ROLE_NOUNS for token in re.split(r"[-\s]+", part)):
        return True
    names = [w for w in words if w.lower() not in _DETERMINERS]
    return len(names) >= 2 and all(w[:1].isupper() for w in names)


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


# Words that can make up who does or receives something: "the Director of Children's Services",
# "the Trust and officers", "every Board member".
_DETERMINERS = {"the", "every", "each", "all", "relevant", "appropriate", "both", "its", "their", "our", "senior"}


_JOINERS = {"of", "for", "and", "in", "on", "at", "&", "\u2013", "\u2014"}


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


# titles written with a full stop before a name: "Cllr. Body", "Mrs. Hale"
_TITLES = {"Cllr", "Cllrs", "Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "Revd", "Coun"}
