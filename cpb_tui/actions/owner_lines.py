"""An action line that only names its owners ("Action: Margaret Gallagher / Clerk", "ACTION ALL") under a paragraph:
which task above it is theirs."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from cpb_tui.actions.action_lines import _BETWEEN_NAMES, _NAME
from cpb_tui.actions.clauses import ActionCandidate, _action
from cpb_tui.actions.firm_verbs import ORDER_STATUS, ORDER_VERBS
from cpb_tui.actions.phrases import _sentences

_ONLY_REPORTED = re.compile(r"^[A-Z][\w.'\u2019 -]{0,40}?\b(?:reported|said|explained|stated|added|noted)\s+that\b")
_REQUEST_MADE = re.compile(r"\b(?:requested|asked)\s+(?:that|for)\b|\brequested\s+(?:the|all|members|councillors)\b|\basked\s+(?:all|members|councillors)\s+to\b")  # (never a question, "asked if ...")


def read_owner_line(
    rest: str, paragraphs: list[str], position: int, previous_found: bool, actions: list[ActionCandidate],
    commitment: Callable[[str, str | None], ActionCandidate | None], strict: bool = False,
) -> bool:
    """An action line that only names its owners ("Action: Margaret Gallagher / Clerk"): the task
    above it is theirs. The last action found gets them; else the paragraph's last sentence is
    the task, unless it is a question or a lead-in whose decision was taken out. True when the
    line was dealt with, so the caller reads no more of it."""
    owners = tuple(o.strip() for o in _BETWEEN_NAMES.split(rest) if o.strip())
    if len(rest.split()) > 8 or position == 0 or not all(_NAME.fullmatch(owner) for owner in owners):
        return False
    if len(owners) == 1 and re.match(rf"(?i:{ORDER_VERBS})\s+(?!Clerk\b)[A-Z]", rest) and not re.search(ORDER_STATUS, rest):
        return False  # "Action: Contact Streetscene.": an order, not who owns the task above
    if previous_found and actions:
        # "... would provide the schools with a summary." then "Action: Chris Taylor": the name owns it
        actions[-1] = replace(actions[-1], owners=owners)
        return True
    if previous_found:
        return False
    said = _sentences(paragraphs[position - 1])
    last = said[-1]
    if len(said) > 1 and _ONLY_REPORTED.match(last):
        # ("SH requested that the members send their photos. SH reported that the site would ...": the request is the task)
        last = next((sentence for sentence in reversed(said[:-1]) if _REQUEST_MADE.search(sentence)), last)
    if last.rstrip().endswith(("?", ";", ",", ":")) or len(last.split()) <= 4 and not last.rstrip().endswith((".", "!")):
        return True  # no task of its own ("After discussion": a lead-in whose decision was taken out)
    if re.match(r"^(?:It\s+was\s+(?:also\s+)?noted\b|[A-Z][\w\s]{0,40}?\bnoted\s+(?:that\b|the\s+(?:report|update|information|position|progress)\W*$))", last) \
            or re.search(r"\b(?:was|were)\s+(?:all\s+)?(?:happy|content|pleased|supportive|satisfied|in\s+favour)\b", last):  # ("Members were happy with this")
        return True  # "It was noted that a field is subject to an application": what was noted is no task; the decision above it had one
    found = commitment(last, None)
    if found is not None:
        actions.append(ActionCandidate(found.kind, found.text, found.due_words, owners or found.owners, found.recipients, "minutes"))
    # ("Action Clerk" with no colon names the owner of a task told above, or of a sentence where the owner acts ("It was
    # suggested that the Clerk contact ..."), never a remark made a task)
    elif not strict or all(re.fullmatch(r"[A-Z]{2,3}", owner) for owner in owners) \
            or any(re.search(rf"\b{re.escape(owner)}\s+(?!reported|said|had|has|was|were|is|are)[a-z]{{3,}}\b(?<!ed)", last) for owner in owners):
        actions.append(_action("commitment", last, last, owners, (), source="minutes"))
    return True
