"""Tasks run on into the sentence before them, set apart so the readers after find them.

- An "Action:" label written straight after a line's last word, with no stop: "Cllrs Ivy and Isla Watts declared an
  interest in item 15c Action: Clerk to forward both forms". The label starts a paragraph of its own.
- Advice on what an officer should do: "Cllr Skinner advised that the clerk should contact Highways", "... and agreed
  that the Clerk should keep in touch about progress". Said so, it is the officer's task: "the clerk to contact ...".
"""

from __future__ import annotations

import re

from cpb_tui.actions.firm_verbs import FIRM_VERBS

# the label, capitalised, after a word in small letters or a number, with a doer and "to" after it
_LABEL_RUN_ON = re.compile(r"(?<=[a-z0-9)])[ \t]+(?=(?:Action|ACTION)\s*:\s*(?:[Tt]he\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}\s+to\s+[a-z])")
# "advised that the clerk should contact ..." (never "asked whether the clerk should ...", a question)
_SHOULD = re.compile(
    rf"\b(?P<verb>advised|agreed|recommended)\s+that\s+(?P<who>(?:the\s+)?(?:[Cc]lerk|[Cc]hair(?:man|person)?|RFO|[Tt]reasurer|[Ss]ecretary))"
    rf"\s+should\s+(?=(?:{FIRM_VERBS})\b)"
)


def tasks_run_on(text: str) -> str:
    """The text with an "Action:" label run onto a line set on a line of its own, and advice that an officer should act
    told as the officer's task."""
    if "Action" in text or "ACTION" in text:
        text = _LABEL_RUN_ON.sub("\n\n", text)
    if "should" in text:
        text = _SHOULD.sub(lambda m: f"{m.group('verb')}. {m.group('who')[:1].upper()}{m.group('who')[1:]} to ", text)
    return text
