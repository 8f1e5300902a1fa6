"""The meeting's assent written after what it assented to, in a clerk's own words.

"Cllr Kovaleva asked if she could join the group, agreed.", "It was suggested a voucher be bought for him \u2013 Agreed",
"CC proposed \u00a35,500 be moved to the savings account \u2013 all agreed and the cheque signed.", "Ms Dale proposes the
forum discuss each item in turn. Agreed.": the line is a decision, though no decision word opens it. `decisions` reads
them inside a record only (a title's verdict, "Minutes \u2013 Agreed", is read where titles are), and only for a thing a
person or the meeting put: never a report the meeting agreed with, nor another body's verdict.
"""

from __future__ import annotations

import re

# what was put, then a stop, comma or dash, then the verdict, ending the line (or going on with "and ..." of what followed)
_TRAILING = re.compile(
    r"^\s*(?:[-\u2013\u2022*]\s+)?(?P<what>[A-Za-z\u00a3(][^?]{12,300}?)(?:,|\s[\u2013\u2014-]|[.!])\s*"
    r"(?P<verdict>(?:(?:[Aa]ll|ALL)\s+(?:present\s+|members\s+|councillors\s+)?|[Uu]nanimously\s+|UNANIMOUSLY\s+)?"
    r"(?:agreed|Agreed|AGREED|approved|Approved|APPROVED|carried|Carried|CARRIED)"
    r"(?:\s+(?:unanimously|by\s+all(?:\s+(?:present|members))?|nem\.?\s*con\.?))?)\s*(?:[.!]\s*$|$|\s+and\s+[^?]{0,120}$)"
)
# (never a verdict denied or still to come, nor what another body agreed: "... \u2013 not agreed", "Clerk to check, agreed to
# be done later", a verdict that is a heading's, "Minutes \u2013 Agreed" read elsewhere)
_NOT_ASSENT = re.compile(r"(?i)\b(?:not|n't|never|yet\s+to\s+be|will|would|if\s+agreed)\s*[,.\u2013-]?\s*(?:be\s+)?(?:all\s+)?(?:agreed|approved|carried)\b|\?")


# (one sentence put, or its movers after it: never the report before it, "The email was read. Mr Dee proposed ...")
_SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9)][.!])\s+(?=[A-Z])")
_MOVERS = re.compile(r"(?i)^(?:seconded|proposed|prop\b|sec\b)")


# (a person or body putting it, in a verb: "Cllr Pym proposed that ...", "Ms Dale proposes ...", "CC proposed ...", "It was
# suggested ...", "Cllr Moss asked if ..."; never "proposed" before a thing, a planning list's "Top Farm, proposed garage. Approved.")
_PUT = re.compile(
    r"(?:\b(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Chair(?:man|person)?|Clerk|Mayor)\.?\s+(?:[A-Z][\w.'\u2019-]*\s+){0,2}|^\s*(?!(?:The|A|An|This|That|These|Its)\s)(?:[A-Z]{2,4}|[A-Z][a-z]+)\s+)"
    r"(?:proposed|proposes|suggested|suggests|moved|asked\s+(?:if|whether)|requested)\b"
    r"|\b[Ii]t\s+was\s+(?:proposed|suggested|moved)\b|\b(?:proposed|suggested)\s+that\b"
)


def assented(line: str) -> bool:
    """Whether `line` is something put to the meeting with its assent written after it."""
    found = _TRAILING.match(line)
    if not found or len(found.group("what").split()) < 4 or _NOT_ASSENT.search(line) or re.search(r"\s[\u2013\u2014-]\s|:\s", found.group("what")):
        return False  # (never a title and its note before the verdict, "Order of the agenda \u2013 add item 6 \u2013 agreed")
    first, *after = _SENTENCE_BREAK.split(found.group("what"))
    # (only a thing put to the meeting: never a report the meeting agreed with, "Cllr Orme reported the hedges are overgrown. All
    # agreed.", nor another body's verdict, "Rose Cottage, rear extension. Approved."; its movers may follow it)
    # (and never the movers alone, "Proposed Cllr Ash, seconded Cllr Birch, carried.": the vote on the decision above)
    return bool(_PUT.search(first)) and not _MOVERS.match(first.strip()) and all(_MOVERS.match(sentence) for sentence in after)


def assent_found(line: str) -> tuple[str, str] | None:
    """The line as an outcome of the meeting, where it is something put with its assent written after it."""
    return ("noted", line.strip().lstrip("-\u2013\u2022* ").strip()) if assented(line) else None
