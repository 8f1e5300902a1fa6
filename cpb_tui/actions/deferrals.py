"""An item put off, as a resolution words it: "This item was deferred to the next meeting", "Deferred until the June
meeting.", "to agree to the deferment of the report to a future meeting"."""

from __future__ import annotations

import re

from cpb_tui.actions.clauses import ActionCandidate, _action
from cpb_tui.actions.due import parse_due
from cpb_tui.actions.phrases import _lower_first


def deferral(part: str) -> ActionCandidate | None:
    """An item put off: "This item was deferred to the next meeting", "Deferred until the June
    meeting.", "to agree to the deferment of the report to a future meeting"."""
    # "This item was deferred / continued to the next meeting"
    deferred = re.match(
        r"^(?:this|the)\s+(?:item|matter|report|decision)\s+(?:was|is|be)\s+(?:deferred|continued|carried\s+forward)\b\s*(.*)$", part, re.IGNORECASE
    )
    if deferred and (not re.search(r"(?i)\bcontinued|carried", part) or parse_due(deferred.group(1))):
        subject = re.match(r"^(.*?)\s+(?:was|is|be)\s+(?:deferred|continued|carried)", part, re.IGNORECASE).group(1)
        return _action("defer", f"Defer {_lower_first(subject)} {deferred.group(1)}".strip(), deferred.group(1))
    # a minute's outcome in shorthand: "Deferred to the next meeting.", "Item deferred until the June meeting."
    terse = re.match(r"^(?:(?:this|the)\s+)?(?:(?P<what>item|matter|report|decision)\s+)?deferred\s+(?P<when>(?:to|until)\s+.{3,100}?)\.?$", part, re.IGNORECASE)
    if terse and parse_due(terse.group("when")):
        return _action("defer", f"Defer the {(terse.group('what') or 'item').lower()} {terse.group('when')}", terse.group("when"))
    # "to agree to the deferment of the report (to a future meeting)": the deferral as a noun
    deferment = re.match(r"^(?:to\s+)?(?:agree|approve|support|note)s?\s+(?:to\s+)?the\s+(?:deferment|deferral)\s+of\s+(?P<what>.+?)\.?$", part, re.IGNORECASE)
    if deferment:
        what = deferment.group("what")
        when = re.search(r"\s(?:to|until)\s+(?:the\s+|a\s+)?(?:next|future|later|\w+\s+\d{4})\b.*$", what)
        return _action("defer", f"Defer {what}", when.group(0).strip() if when else what)
    return None
