"""A task an item's decisions tell twice: word for word ("The Committee agreed that the officer should write ..." then
"RESOLVED that the officer write ..."), or first in fewer words and then more fully. `action_log` keeps one of each. And the
tasks an item's narrative and a tracker's rows add to those its decisions set."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from cpb_tui.domain.text import bare_owner


# a document to be changed "as follows:", the changes in bullets under it ("be requested to amend the Action Log as follows:")
AMENDED_AS_FOLLOWS = re.compile(r"(?i)\b(?:amend|update|revise|change|alter)\b[^.;]{0,80}\bas\s+follows\s*(?::-|[:;\u2013-])?\s*$")


def said_before(candidate, found) -> bool:
    """A task another clause of the item already set: word for word (the decision said twice, "The Committee agreed that the
    officer should write ..." then "RESOLVED that the officer write ..."), or as the start of a fuller telling by the same
    doers."""
    key = _spaced(candidate.text)
    words = _words_of(candidate.text)
    return any(key == _spaced(other.text) or other.owners == candidate.owners and 6 <= len(words) < len(_words_of(other.text))
               and _words_of(other.text)[: len(words)] == words or other.owners == candidate.owners and _one_word_more(words, _words_of(other.text))
               for _, other, _, _ in found)


def _one_word_more(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
    """The decision told again with an article or a comma more, or one word ("... in terms of the draft letter, at Appendix 2",
    "... in the terms of the draft letter at Appendix 2"; "Refer this report to Council on 3 June", "... to full Council ...")."""
    first, second = _without_articles(first), _without_articles(second)
    shorter, longer = (first, second) if len(first) <= len(second) else (second, first)
    if len(shorter) < 6 or len(longer) - len(shorter) > 1:
        return False
    if len(longer) == len(shorter):
        return shorter == longer
    return any(longer[:at] + longer[at + 1 :] == shorter for at in range(len(longer)))


def doer_named(candidate, found) -> int | None:
    """Where in `found` the doerless task stands whose doer `candidate` names with its verb alone ("Agreed to apply for the
    grant." then "/ Clerk to apply", its object left out, a reference or a cell after it): one errand, not two."""
    bare = re.match(r"^(?:the\s+)?[A-Za-z][\w '.&-]{0,40}?\s+to\s+(?P<verb>[a-z]{3,})\s*(?:$|/|\(|\d{1,5}[a-z]?\)|\d{1,5}/\d{1,4})", candidate.text)
    if bare is None or not candidate.owners:
        return None
    return next((at for at, (_, other, _, _) in enumerate(found) if not other.owners and other.text.lower().startswith(bare.group("verb") + " ")), None)


@lru_cache(maxsize=8192)
def _without_articles(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(word for word in words if word not in ("a", "an", "the"))


# (each text's words and spacing read once: an item of thousands of decisions compares each task with every other)
@lru_cache(maxsize=8192)
def _words_of(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[a-z0-9\u00a3]+", text.lower()))


@lru_cache(maxsize=8192)
def _spaced(text: str) -> str:
    return " ".join(text.lower().split())


def said_shorter(candidate, found) -> int | None:
    """Where in `found` the same doers' task was told in fewer words that the candidate's begin with ("... to book a
    site visit to the quarry", then "... to book a site visit to the quarry with the ward members"): one task."""
    words = _words_of(candidate.text)
    for position, (_, other, _, _) in enumerate(found):
        shorter = _words_of(other.text)
        if other.owners == candidate.owners and 6 <= len(shorter) < len(words) and words[: len(shorter)] == shorter:
            return position
    return None


def _told_apart(text: str, minutes: str, count: int, seen: dict[str, list[int]]) -> bool:
    """Whether a task told a `count`-th time ends a paragraph of another matter ("The drain is blocked. Clerk to contact
    Highways."), not the same errand restated on its line or under an "Action:" or "Deadline:" label (`seen`: places found once)."""
    places = seen[text.lower()] if text.lower() in seen else seen.setdefault(text.lower(), next((at for at in ([f.start() for f in re.finditer(re.escape(n), minutes.lower())] for n in (text.lower(), text.lower().split(" to ", 1)[-1])) if at), []))
    if len(places) < count:
        return False
    between = minutes[places[count - 2] : places[count - 1]]
    # (in a paragraph run together, a sentence of its own between the two tellings: "Cllr Okafor proposed a topic on street
    # trading. The item would be added to the March agenda. Cllr Pryce also proposed a topic on ... The item would be ...")
    # (a new matter put, never a reason between: "Cllr Teal to arrange repairs. It is urgent ... Cllr Teal to arrange repairs.")
    other = None if "\n" in between else re.search(r"[.!?]\s+(?P<other>[A-Z][^.!?]{0,80}\b(?:proposed|suggested|raised|put\s+forward)\b[^.!?]{3,}[.!?])\s+[^.!?]*$", between)
    if "\n" not in between and other is None:
        return False
    line_start = places[count - 2] + other.start("other") if other else minutes.rfind("\n", 0, places[count - 1]) + 1
    before = re.sub(r"(?i)\b(?:actions?(?:\s+by)?|deadline|owner|due(?:\s+date)?|target\s+date|status)\s*[:\u2013-]\s*[^.\n]*\.?", " ", minutes[line_start : places[count - 1]])
    return len(re.findall(r"[A-Za-z]{2,}", before)) >= 3 and not re.search(r"(?i)\bactions?\b", before)


def add_listed(found: list, tasks, item_id: int, origin: str) -> None:
    """A tracker's open rows: each task as the page lists it, who and by when from its own cells or words (a row closed
    takes away the task its words gave). A row also written out in the minutes' own words is not added again (rows alike
    are each kept); its cells give when, where the words do not ("Target date: June 2037" under "Action: ...")."""
    import hashlib  # here, not at the top: only an import extracts actions (2 ms of every command's start)

    from cpb_tui.actions import ActionCandidate

    written = [candidate for _, candidate, _, _ in found]
    for task in tasks:
        candidate = ActionCandidate.listed(task.text, task.due_words, tuple(task.owners))
        entry = (f"listed:{item_id}:{hashlib.sha1(task.text.lower().encode()).hexdigest()[:12]}", candidate, None, f"listed at {origin}")
        same = next((index for index, other in enumerate(written) if _same_request(candidate, other)), None)
        if task.done:  # a row closed: neither a task, nor one from the row's own words (however they were read)
            told = next((index for index, other in enumerate(written) if len(_words(task.text)) >= 2 and _words(task.text) <= _words(other.text)), same)
            if told is not None and found[told][2] is None:
                del found[told], written[told]
        elif same is None:
            found.append(entry)
        elif candidate.due_words and not written[same].due_words and found[same][2] is None:
            found[same] = entry


def add_narrative(found: list, narrative: list, item_id: int, origin: str, minutes: str = "") -> None:
    """The narrative's tasks added to an item's `found` ones (key, candidate, resolution, where): never one the
    decisions already set, and a doer the narrative names (with its words) given to the decision's task that named none."""
    import hashlib
    decided, told, seen = [candidate for _, candidate, _, _ in found], {}, {}  # (found's first entries, in order; told: each text's count so far)
    # (the entries a narrative task may tell again: none the narrative itself added, so a page of thousands of tasks is not
    # read against every one before it)
    others = [index for index, (_, other, _, _) in enumerate(found) if other.source != "minutes"]
    for candidate in narrative:
        asked = next((i for i, other in enumerate(decided) if _same_request(candidate, other) and (other.due_words or not candidate.due_words)), None)
        if asked is not None:  # a request the decision makes: the narrative's words where they name who asks and it does not
            if candidate.owners and not decided[asked].owners:  # ("Ask the district to ..." then "Clerk to ask the district to ...")
                found[asked] = (found[asked][0], replace(decided[asked], text=candidate.text, owners=candidate.owners), *found[asked][2:])
            continue
        same = next((index for index in others if _same_errand(candidate, found[index][1]) or _restated(candidate, found[index][1])), None)
        if same is not None:
            # "It was agreed that Cllr Bell be contacted. The clerk is to contact Cllr. Bell in this regard.": one errand, its doer named
            if candidate.owners and not found[same][1].owners:
                found[same] = (found[same][0], replace(found[same][1], owners=candidate.owners), *found[same][2:])
            continue
        digest = hashlib.sha1(candidate.text.lower().encode()).hexdigest()[:12]
        # (two matters each ending "Clerk to contact Highways": two errands; the first keeps the key it always had)
        told[digest] = told.get(digest, 0) + 1
        if told[digest] > 1 and not _told_apart(candidate.text, minutes, told[digest], seen):
            continue  # "Clerk to write ... \nAction: Clerk to write ...": the same errand restated
        key = f"minutes:{item_id}:{digest}" + (f":{told[digest]}" if told[digest] > 1 else "")
        if candidate.source != "minutes":
            others.append(len(found))
        found.append((key, candidate, None, f"extracted from the narrative of {origin}"))


def _same_errand(a, b) -> bool:
    """A narrative task `a` telling the decided task `b` again, pointing back at it ("The clerk is to contact Cllr. Bell in this
    regard", "asked that officers investigate this"): the same verb, by the same doer or one the decision left unnamed, or to
    the same person named with a title. ("contact them about the speed van as well" is an errand of its own.)"""
    errands = [re.match(r"^(?P<verb>[a-z]+)\b(?P<rest>.*)$", _without_doer(action), re.IGNORECASE) for action in (a, b)]
    if not all(errands) or errands[0]["verb"].lower() != errands[1]["verb"].lower():
        return False
    rest = errands[0]["rest"]
    if re.match(r"\s*(?:this|that|these|those|them|it)\b(?:\s*(?:,|$)|(?:\s+\w+){0,2}\s*\.?$)", rest, re.IGNORECASE):
        return not b.owners or bool(a.owners) and {bare_owner(owner) for owner in a.owners} == {bare_owner(owner) for owner in b.owners}
    if not re.search(r"\b(?:in\s+this\s+regard|about\s+this|on\s+this\s+matter|accordingly)\s*\.?$", rest, re.IGNORECASE):
        return False
    # (pointing back, "in this regard", to the same person named with a title: never "the tree surgeon about this")
    named = [set(re.findall(r"\b(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:[A-Z][a-z]+\s+)?([A-Z][a-z]{2,})\b", errand["rest"])) for errand in errands]
    return bool(named[0] & named[1])


def _restated(a, b) -> bool:
    """A narrative task `a` restating the decided task `b` in other words: by the same named doers about the same things
    ("Agreed that Mr Dale and Mr Price would liaise with the hall about an evening for the open meeting", then "Action: Mr
    Dale and Mr Price to organise a date for the open meeting"), or the same errand on the same thing, its doer named where
    the decision left it unnamed ("the vacancy notice will be displayed", "she will display the vacancy notice for 14 days")."""
    first, second = _words(_without_doer(a)), _words(_without_doer(b))
    if a.owners and b.owners:
        same_doers = {bare_owner(owner) for owner in a.owners} == {bare_owner(owner) for owner in b.owners}
        shorter = min(first, second, key=len)
        verbs = {(re.findall(r"\bto\s+([a-z]+)", action.text.lower()) or re.findall(r"[a-z]+", _without_doer(action).lower()) or [""])[0] for action in (a, b)}
        # (never two errands about one thing, one of them buying: "speak to the school about the litter pick", "order grabbers
        # for the litter pick")
        buying = len(verbs) > 1 and bool(verbs & {"order", "buy", "purchase", "pay", "book", "install", "repair", "replace", "hire"})
        return same_doers and not buying and len(a.owners) > 1 and len(shorter) >= 2 and len(first & second) >= max(2, len(shorter) / 2)
    errands = [re.findall(r"[a-z0-9]+", _without_doer(action).lower()) for action in (a, b)]
    things = [[word for word in errand[1:] if word not in ("the", "a", "an", "this", "these", "its", "our")][:2] for errand in errands]
    # (never a person the errand goes to, "contact Mr Hamble about the hedge", "... about the gate": two errands)
    return bool(a.owners) and not b.owners and len(errands[0]) > 2 and errands[0][0] == errands[1][0] and things[0] == things[1] \
        and not re.fullmatch(r"to|with|about|for|on|in|at|from|of|into|mr|mrs|ms|miss|dr|cllr|councillor|them|him|her|it", things[0][0] if things[0] else "to")


def _without_doer(action) -> str:
    """ "The clerk to contact Cllr. Bell" -> "contact Cllr. Bell": the errand after its named doer."""
    text = re.sub(r"^the\s+", "", action.text, flags=re.IGNORECASE)
    for owner in action.owners:
        owner = re.sub(r"^the\s+", "", owner, flags=re.IGNORECASE)
        if text.lower().startswith(f"{owner.lower()} to "):
            return text[len(owner) + 4 :]
    return text


_WORD = re.compile(r"[a-z]{4,}")
_MONTH_WORD = re.compile(r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b")


def _words(text: str) -> set[str]:
    return {word.removesuffix("s") for word in _WORD.findall(text.lower())}  # ("the Boundary Stone Trust", "the Boundary Stones Trust")


def _same_request(a, b) -> bool:
    """Two candidate actions that ask for the same thing: most of the shorter one's words are in the other (the words
    of the errand, after its doer: a call on the county councillor is no call on the county council)."""
    first, second = _words(_without_doer(a)), _words(_without_doer(b))
    if min(len(first), len(second)) < 2 or a.owners and b.owners and {bare_owner(o) for o in a.owners} != {bare_owner(o) for o in b.owners}:
        first, second = _words(a.text), _words(b.text)
    if not first or not second:
        return False
    shorter, longer = sorted((first, second), key=len)
    months = [set(_MONTH_WORD.findall(action.text.lower())) for action in (a, b)]
    if all(months) and not months[0] & months[1]:
        return False  # "to the January meeting", "to the March meeting": two times, two requests
    return len(shorter & longer) / len(shorter) >= 0.7


# an item that reports what others do: a county or district councillor's report, the police's
_OTHERS_REPORT = re.compile(
    r"(?i)^\W*(?:(?:county|district|borough|city|unitary|ward)\s+(?:councillors?|cllrs?\.?|members?)['\u2019]?s?\s+reports?\b|(?:police|pcso|community\s+police)\s+(?:report|update))"
)


def ours_told(title: str | None, narrative: list) -> list:
    """The narrative's tasks, less those no one is named to do where the item reports what others do ("County Councillor's
    Report": "a request to shorten the lines will be looked into" is the county's work; "RC to put a note in the newsletter",
    "Constable Denny to look into it" name their doers and stay)."""
    if not title or not _OTHERS_REPORT.match(title):
        return narrative
    return [candidate for candidate in narrative if candidate.owners]
