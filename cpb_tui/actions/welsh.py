"""Tasks written in Welsh: a decision whose verb-noun sets work ("Penderfynwyd gofyn i'r Cyngor Sir
...", "to ask the County Council ..."), a doer and "i" ("Clerc i ysgrifennu at ...", "Clerk to write
to ..."), and when it is due ("erbyn diwedd Ebrill 2026", "by the end of April 2026")."""

from __future__ import annotations

import re

from cpb_tui.actions.clauses import ActionCandidate
from cpb_tui.importers.decision_lines import CYTUNODD

_MONTHS = {
    "ionawr": "January", "chwefror": "February", "mawrth": "March", "ebrill": "April", "mai": "May", "mehefin": "June",
    "gorffennaf": "July", "awst": "August", "medi": "September", "hydref": "October", "tachwedd": "November",
    "rhagfyr": "December",
}
# the months as they stand after "erbyn" or "cyn", mutated or not ("erbyn Fai", "cyn Gorffennaf")
_MONTH = r"(?P<month>Ionawr|Chwefror|Mawrth|Ebrill|Mai|Fai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr)"
# ("cyn diwedd Tachwedd", "before the end of November": the month with no year is the next one after the meeting)
_BY_MONTH = re.compile(rf"\b(?:erbyn|cyn)\s+(?P<end>diwedd\s+)?(?:mis\s+)?{_MONTH}(?:\s+(?P<year>\d{{4}}))?\b", re.IGNORECASE)
_YEAR_END = re.compile(r"\b(?:erbyn|cyn)\s+diwedd\s+y\s+flwyddyn(?P<financial>\s+ariannol)?\b", re.IGNORECASE)
_NEXT_MEETING = re.compile(r"\b(?:i['\u2019]r|erbyn\s+y|yn\s+y)\s+cyfarfod\s+nesaf\b", re.IGNORECASE)

# verb-nouns that set someone work: ask, write, contact, arrange, send, order, buy, seek, invite, report, chase, check
_TASK_VERB = re.compile(
    r"^(?:(?:Hefyd|Yna|Felly)\s+)?(?:Penderfynwyd|Cytunwyd|PENDERFYNWYD|CYTUNWYD|cytunwyd|penderfynwyd|" + CYTUNODD + r")?\s*[:\u2013-]?\s*(?:i\s+)?(?:y\s+byddai['\u2019]r\s+\w+\s+yn\s+)?"
    # "Cytunwyd bod y Clerc yn cysylltu gyda ...": that the Clerk (or a councillor) do it
    r"(?:(?:bod|fod)\s+(?:y\s+)?(?P<doer>Clerc|Cadeirydd|Cyng(?:horydd)?\.?\s+[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)\s+yn\s+)?"
    r"(?P<verb>gofyn|ysgrifennu|cysylltu|trefnu|anfon|archebu|prynu|ceisio|gwahodd|adrodd|holi|mynd\s+ar\s+drywydd|gwirio|"
    r"sgwennu|hysbysebu|paratoi|casglu|cael\s+dyfynbris(?:iau)?|ymgymryd|ymchwilio|"
    # softly mutated after "i" ("Cytunwyd i drefnu ...", "i ofyn am ..."): the same verbs
    r"ofyn|gysylltu|drefnu|brynu|geisio|wahodd|wirio|baratoi|gasglu|gael\s+dyfynbris(?:iau)?)\b",
    re.IGNORECASE,
)

# who, then "i" and the verb-noun: "Clerc i ysgrifennu ...", "Y Cadeirydd i drefnu ...", "Cyng. Evans i holi ..."
_DOER = re.compile(
    r"^(?:Y\s+)?(?P<owner>Clerc|Cadeirydd|Is-gadeirydd|Cyng(?:horydd)?\.?\s+[A-Z][\w'\u2019-]+|[A-Z]{2,3})\s+i\s+"
    r"[a-z\u00e2\u00ea\u00ee\u00f4\u00fb\u0175\u0177'\u2019]+\s+\S.{2,200}$"
)


def due_words(text: str) -> str | None:
    """When a Welsh task is due, in the words the due reader knows: "by April 2026", "to the next meeting"."""
    month = _BY_MONTH.search(text)
    if month:
        name = month.group("month").lower()
        english = _MONTHS.get(name, "May" if name == "fai" else "")
        if month.group("year"):
            return f"by {english} {month.group('year')}"
        return f"by the end of {english}" if month.group("end") else f"by {english}"
    year_end = _YEAR_END.search(text)
    if year_end:
        return "by the end of the financial year" if year_end.group("financial") else "by the end of the year"
    return "to the next meeting" if _NEXT_MEETING.search(text) else None


# the soft mutation a verb-noun takes after "i" ("Clerc i gysylltu", from "cysylltu"), by its first letters
_SOFT = (("ll", "l"), ("rh", "r"), ("c", "g"), ("p", "b"), ("t", "d"), ("b", "f"), ("d", "dd"), ("m", "f"), ("g", ""))


def _soft(text: str) -> str:
    for plain, mutated in _SOFT:
        if text.startswith(plain) and not (plain == "d" and text.startswith("dd")):
            return mutated + text[len(plain):]
    return text


def decided_task(clause: str) -> ActionCandidate | None:
    """A Welsh decision that sets work: "Penderfynwyd gofyn i'r Cyngor Sir atgyweirio'r ffordd"."""
    verb = _TASK_VERB.match(clause.strip())
    if not verb:
        return None
    if verb.group("doer"):
        # "Cytunwyd bod y Clerc yn cysylltu gyda ...": the Clerk's task, as "Clerc i gysylltu ..." would say it
        text = clause.strip()[verb.start("verb"):].rstrip(" .;")
        return ActionCandidate("do", f"{verb.group('doer')} i {_soft(text)}", due_words(text), (verb.group("doer"),), source="resolution")
    text = re.sub(r"^(?:(?:(?:Hefyd|Yna|Felly)\s+)?(?:Penderfynwyd|Cytunwyd|" + CYTUNODD + r")\s*[:\u2013-]?\s*)?(?:i\s+)?", "", clause.strip(), flags=re.IGNORECASE).rstrip(" .;")
    first, _, after = text.partition(" ")
    text = f"{_PLAIN.get(first.lower(), first)} {after}".strip()  # ("i brynu ...": the verb-noun as it stands alone, "prynu")
    return ActionCandidate("do", text[:1].upper() + text[1:], due_words(text), source="resolution")


# the verb-nouns of `_TASK_VERB` softly mutated after "i", and their own forms
_PLAIN = {"ofyn": "gofyn", "gysylltu": "cysylltu", "drefnu": "trefnu", "brynu": "prynu", "geisio": "ceisio", "wahodd": "gwahodd",
          "wirio": "gwirio", "baratoi": "paratoi", "gasglu": "casglu", "gael": "cael"}


# the clerk's undertaking inside a sentence: "... – mae'r clerc am gysylltu gyda ...", "bydd y Clerc yn trefnu ..."
_WILL_DO = re.compile(
    r"(?:\bmae['\u2019]r|\bbydd\s+y)\s+(?P<owner>[Cc]lerc|[Cc]adeirydd)\s+(?:am|yn)\s+(?P<task>[a-z\u0175\u0177'\u2019]+\s+\S.{2,200}?)\s*(?:[.;]|$)"
)
# a duty the decision sets, with nobody named: "... ac y dylid cynnal cyfarfod cyhoeddus cyn diwedd y flwyddyn"
_SHOULD_BE_DONE = re.compile(r"\by\s+dylid\s+(?P<task>[a-z\u0175\u0177'\u2019]+\s+\S.{2,200}?)\s*(?:[.;]|$)")


def doer_task(sentence: str) -> ActionCandidate | None:
    """ "Clerc i ysgrifennu at y Cyngor Sir": the Welsh "Clerk to write to the County Council"; or
    "mae'r clerc am gysylltu ..." ("the clerk will contact ...") within a sentence."""
    doer = _DOER.match(sentence.strip())
    if doer is None:
        will = _WILL_DO.search(sentence)
        if will is None:
            return None
        task = will.group("task")
        return ActionCandidate("commitment", task[:1].upper() + task[1:], due_words(task), (will.group("owner").capitalize(),), source="minutes")
    return ActionCandidate("commitment", sentence.strip().rstrip("."), due_words(sentence), (doer.group("owner"),), source="minutes")


def welsh_tasks(clause: str) -> list[ActionCandidate]:
    """The tasks of a Welsh clause: its decision's own, then each later sentence's doer and task."""
    sentences = [s for s in re.split(r"(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bCyng\.)(?<=[.!?])\s+(?=[A-Z])", clause.strip()) if s]
    if not sentences:
        return []
    first = decided_task(sentences[0]) or doer_task(sentences[0])
    should = _SHOULD_BE_DONE.search(clause) if re.match(r"(?i)(?:penderfynwyd|cytunwyd)\b", clause.strip()) or first is None else None
    if should:  # "Penderfynwyd ... ac y dylid cynnal cyfarfod ...": the duty it sets
        task = should.group("task")
        duty = ActionCandidate("do", task[:1].upper() + task[1:], due_words(task), source="resolution")
        if first is not None and first.text[:20] != duty.text[:20]:
            return [first, duty]
        first = first or duty
    if first is None:
        return []
    return [first, *(task for task in (doer_task(s) for s in sentences[1:]) if task is not None)]


# words only Welsh writes (function words, and the verb-nouns and nouns of the tasks above), and words only English does
_WELSH_WORDS = frozenset(
    "y yr i ar gyda yn ac â ynglŷn gyfer cyngor clerc cadeirydd gan bod fod mae hyn dros eu ei ein wedi ddim cyn erbyn"
    " nesaf cyfarfod newydd gwaith ffordd sir gymuned cymuned dref tref gofyn ofyn ysgrifennu cysylltu gysylltu trefnu drefnu anfon"
    " archebu prynu brynu ceisio geisio gwahodd wahodd adrodd holi gwirio wirio hysbysebu paratoi baratoi casglu gasglu cael cynnal"
    " gynnal diwedd flwyddyn ynghylch gyngor parhau barhau byddai bydd dylid".split()
)
_ENGLISH_WORDS = frozenset("the to and of for with on be will would that is was an by from this these their should".split())  # ("a", "at": both)


def in_welsh(text: str) -> bool:
    """Whether a task is written in Welsh: its words are mostly Welsh ones ("Brynu mainc newydd ar gyfer y parc")."""
    words = re.findall(r"[a-z\u00e0-\u00ff\u0175\u0177]+", text.lower().replace("\u2019", "'"))
    welsh = sum(word in _WELSH_WORDS for word in words)
    english = sum(word in _ENGLISH_WORDS for word in words)
    return welsh >= 2 and welsh > 2 * english


def _doer(candidate) -> str:
    """Who a task is for, in either language: "clerk" for "Clerc" and "the Clerk", a councillor by surname, or ""."""
    owner = " ".join(candidate.owners).lower()
    if re.search(r"\bcler[ck]\b", owner):
        return "clerk"
    if re.search(r"\b(?:cadeirydd|chair)", owner):
        return "chair"
    named = re.search(r"\b(?:cyng(?:horydd)?|cllr|councillor)\.?\s+(?:[a-z]\.?\s+)*(?P<name>[\w'\u2019-]+)$", owner)
    return f"member {named.group('name')}" if named else ("someone" if owner else "")


def one_language(candidates: list) -> list:
    """A bilingual minute's tasks once: a task written in Welsh and again in English keeps its English copy only. The
    copy is the nearest English task before or after it (up to three away) for the same doer, or, where the Welsh names
    no doer, the English task beside it; a Welsh task with no such copy stays. `candidates` holds tuples whose second
    member is the ActionCandidate, in the order the item gives them."""
    dropped: set[int] = set()
    paired: set[int] = set()
    for position, entry in enumerate(candidates):
        if not in_welsh(entry[1].text):
            continue
        nearby = sorted((later for later in range(max(0, position - 3), min(len(candidates), position + 4))
                         if later != position and later not in paired and not in_welsh(candidates[later][1].text)),
                        key=lambda later: (abs(later - position), later < position))
        copy = next((later for later in nearby if _doer(candidates[later][1]) == _doer(entry[1])
                     or not _doer(entry[1]) and abs(later - position) == 1), None)
        if copy is not None:
            dropped.add(position)
            paired.add(copy)
    return [entry for position, entry in enumerate(candidates) if position not in dropped]
