"""Tasks written in Welsh: a decision whose verb-noun sets work ("Penderfynwyd gofyn i'r Cyngor Sir
...", "to ask the County Council ..."), a doer and "i" ("Clerc i ysgrifennu at ...", "Clerk to write
to ..."), and when it is due ("erbyn diwedd Ebrill 2026", "by the end of April 2026")."""

from __future__ import annotations

import re

from cpb_tui.actions.clauses import ActionCandidate

_MONTHS = {
    "ionawr": "January", "chwefror": "February", "mawrth": "March", "ebrill": "April", "mai": "May", "mehefin": "June",
    "gorffennaf": "July", "awst": "August", "medi": "September", "hydref": "October", "tachwedd": "November",
    "rhagfyr": "December",
}
# the months as they stand after "erbyn" or "cyn", mutated or not ("erbyn Fai", "cyn Gorffennaf")
_MONTH = r"(?P<month>Ionawr|Chwefror|Mawrth|Ebrill|Mai|Fai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr)"
_BY_MONTH = re.compile(rf"\b(?:erbyn|cyn)\s+(?:diwedd\s+)?(?:mis\s+)?{_MONTH}\s+(?P<year>\d{{4}})\b", re.IGNORECASE)
_NEXT_MEETING = re.compile(r"\b(?:i['\u2019]r|erbyn\s+y|yn\s+y)\s+cyfarfod\s+nesaf\b", re.IGNORECASE)

# verb-nouns that set someone work: ask, write, contact, arrange, send, order, buy, seek, invite, report, chase, check
_TASK_VERB = re.compile(
    r"^(?:Penderfynwyd|Cytunwyd|PENDERFYNWYD|CYTUNWYD)?\s*[:\u2013-]?\s*(?:i\s+)?(?:y\s+byddai['\u2019]r\s+\w+\s+yn\s+)?"
    r"(?P<verb>gofyn|ysgrifennu|cysylltu|trefnu|anfon|archebu|prynu|ceisio|gwahodd|adrodd|holi|mynd\s+ar\s+drywydd|gwirio|"
    r"sgwennu|hysbysebu|paratoi|casglu|cael\s+dyfynbris(?:iau)?)\b",
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
        return f"by {_MONTHS.get(name, 'May' if name == 'fai' else '')} {month.group('year')}"
    return "to the next meeting" if _NEXT_MEETING.search(text) else None


def decided_task(clause: str) -> ActionCandidate | None:
    """A Welsh decision that sets work: "Penderfynwyd gofyn i'r Cyngor Sir atgyweirio'r ffordd"."""
    if not _TASK_VERB.match(clause.strip()):
        return None
    text = re.sub(r"^(?:Penderfynwyd|Cytunwyd)\s*[:\u2013-]?\s*(?:i\s+)?", "", clause.strip(), flags=re.IGNORECASE).rstrip(" .;")
    return ActionCandidate("do", text[:1].upper() + text[1:], due_words(text), source="resolution")


def doer_task(sentence: str) -> ActionCandidate | None:
    """ "Clerc i ysgrifennu at y Cyngor Sir": the Welsh "Clerk to write to the County Council"."""
    doer = _DOER.match(sentence.strip())
    if doer is None:
        return None
    return ActionCandidate("commitment", sentence.strip().rstrip("."), due_words(sentence), (doer.group("owner"),), source="minutes")


def welsh_tasks(clause: str) -> list[ActionCandidate]:
    """The tasks of a Welsh clause: its decision's own, then each later sentence's doer and task."""
    sentences = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", clause.strip()) if s]
    if not sentences:
        return []
    first = decided_task(sentences[0]) or doer_task(sentences[0])
    if first is None:
        return []
    return [first, *(task for task in (doer_task(s) for s in sentences[1:]) if task is not None)]
