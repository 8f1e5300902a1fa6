"""Decisions of earlier meetings told again as background: "In October 2033, it was agreed that the treasury update would
come twice a year." The task was set then, and is that meeting's; read again here it would be a second one."""

from __future__ import annotations

import re

from cpb_tui.importers.mid_decisions import EARLIER

# the sentence that recounts it, from its time to its stop (a stop inside a figure, "\u00a31.50", is no sentence's end)
_RECOUNTED = re.compile(
    r"(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))(?P<when>[^.!?\n]{0,80}?),?\s+(?:it\s+was|the\s+(?:Committee|Council|Board|Panel|Cabinet))\s+(?:\w+\s+)?(?:agreed|resolved|decided)\b(?:[^.!?\n]|\.(?=\d))*[.!?]?",
    re.IGNORECASE,
)


# a report-back on an old minute, by its number: "(At 4.2) The Panel requested that members were told ..."
_CITED_REQUEST = re.compile(r"(?:(?<=^)|(?<=\n))(?P<lead>[ \t]*(?:[-*\u2022\u00b7][ \t]*)?)\((?:At|Re|Min(?:ute)?\.?)\s+\d{1,3}(?:\.\d{1,3}){0,2}\)\s+(?=(?:The\s+)?(?:Panel|Committee|Board|Council|Cabinet|Forum|Members)\b)[^.!?\n]{0,60}?\b(?:requested|asked|agreed|resolved)\b[^.!?\n]*[.!?;]?", re.IGNORECASE)
# an earlier meeting named by its month or place in turn: "At the February meeting it was agreed that ..."
_AT_AN_EARLIER_MEETING = re.compile(
    r"(?i)(?:^|[.!?]\s+)at\s+(?:the|its|our)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|last|previous|preceding)\s+meeting\s*,?\s*$"
)
# an earlier action told with its state after it: "The Clerk would write to the owner. Closed."
_CLOSED_ACTION = re.compile(r"(?m)(?:^|(?<=[.!?]\s))[^.!?\n]{3,300}[.!?][ \t]+(?:Closed|Completed?|Done|Discharged)\.?[ \t]*$")


def without_recounted(text: str) -> str:
    """`text` without the sentences that recount an earlier meeting's decision, or an earlier action closed."""
    text = _CITED_REQUEST.sub(lambda m: m.group("lead"), text) if "(" in text else text
    text = _CLOSED_ACTION.sub("", text) if re.search(r"\b(?:Closed|Completed?|Done|Discharged)\.?[ \t]*$", text, re.MULTILINE) else text
    if not re.search(r"(?i)\b(?:agreed|resolved|decided)\b", text):
        return text
    return _RECOUNTED.sub(lambda m: "" if EARLIER.search(m.group("when") + ",") or _AT_AN_EARLIER_MEETING.search(m.group("when") + ",") else m.group(0), text)
