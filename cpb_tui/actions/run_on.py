"""Tasks run on into the sentence before them, set apart so the readers after find them (and a task told in a sentence of
its own in brackets, read as that sentence).

- An "Action:" label written straight after a line's last word, with no stop: "Cllrs Ivy and Isla Watts declared an
  interest in item 15c Action: Clerk to forward both forms". The label starts a paragraph of its own.
- Advice on what an officer should do: "Cllr Skinner advised that the clerk should contact Highways", "... and agreed
  that the Clerk should keep in touch about progress". Said so, it is the officer's task: "the clerk to contact ...".
"""

from __future__ import annotations

import re

from cpb_tui.actions.firm_verbs import FIRM_VERBS
from cpb_tui.domain.given_names import GIVEN_NAME, RUN_ON_DOER, RUN_ON_TASK

# the label, capitalised, after a word in small letters or a number, with a doer and "to" after it (never a log's note that
# the task is done, "... refilled Action: Clerk to note completed")
_LABEL_RUN_ON = re.compile(rf"(?<=[a-z0-9)])[ \t]+(?=(?:Action|ACTION){RUN_ON_TASK})")
# "... on hold (lock down). ACTION: Carolyne sort out the survey report": a label after a sentence's stop, naming a first name
# the lists do not hold and the errand, is a paragraph of its own, its sentence alone (never a tag naming only who, "... is
# overgrown. Action: Rowan", which closes its own; a post, initials or a name the lists hold are read in their sentence; nor a
# thing to be done, "Marquee to set up by the Scouts")
_LABEL_AFTER_STOP = re.compile(
    rf"(?<=[a-z0-9)][.!?])[ \t]+(?P<label>(?:Action|ACTION)[ \t]*:[ \t]*(?!(?:{GIVEN_NAME}|Clerk|Chair\w*|Treasurer|Secretary|Mayor|All|The|Councillors?|Members?)\b)"
    rf"[A-Z][a-z]{{2,14}}(?:[ \t]+[A-Z][\w'\u2019-]*)?[ \t]+(?:to[ \t]+)?(?:{FIRM_VERBS})\b"
    r"(?![ \t]+(?:by|at|on|in|for|up)\b)[ \t]+\S(?:[^\n.!?]|(?<=\bMr)\.|(?<=\bMrs)\.|(?<=\bMs)\.|(?<=\bDr)\.|(?<=\bSt)\.|(?<=\bCllr)\.|(?<=\bNo)\.|(?<=\bRev)\.)*[.!?]?)(?:[ \t]+(?=\S))?"  # (its sentence's end, never "Mr." or "St.")
)
# "The hedge is overgrown. Action: Rowan" over "The shelter glass is cracked. Action: Penny": a tag naming only who ends
# its line's paragraph (never read with the next line's words)
_TAG_ENDS_LINE = re.compile(rf"(?P<tag>(?:Action|ACTION)[ \t]*:[ \t]*(?:{RUN_ON_DOER}))[ \t]*\n(?=[ \t]*[A-Z])")
# "advised that the clerk should contact ..." (never "asked whether the clerk should ...", a question)
_SHOULD = re.compile(
    rf"\b(?P<verb>advised|agreed|recommended)\s+that\s+(?P<who>(?:the\s+)?(?:[Cc]lerk|[Cc]hair(?:man|person)?|RFO|[Tt]reasurer|[Ss]ecretary))"
    rf"\s+should\s+(?=(?:{FIRM_VERBS})\b)"
)


def tasks_run_on(text: str) -> str:
    """The text with an "Action:" label run onto a line set on a line of its own (and a tag naming only who ending its
    line's paragraph), advice that an officer should act told as the officer's task, and a sentence set whole in brackets
    read as the sentence it is."""
    if "Action" in text or "ACTION" in text:
        text = _TAG_ENDS_LINE.sub(r"\g<tag>\n\n", _LABEL_AFTER_STOP.sub("\n\n\\g<label>\n\n", _LABEL_RUN_ON.sub("\n\n", text)))
    if "should" in text:
        text = _SHOULD.sub(_told_as_task, text)
    if "(" in text:
        text = _BRACKETED_SENTENCE.sub(r"\g<sentence>", text)
    return text


# a whole sentence set in brackets, "(Hugh Tyler offered to warn Neighbourhood Watch.)": read as the sentence it is (never
# a tag, "(Action: Clerk.)")
_BRACKETED_SENTENCE = re.compile(r"(?:(?<=[.!?]\s)|(?<=[.!?]\s\s)|^)\((?P<sentence>(?!(?i:actions?)\b)[A-Z][^()\n]{8,300}?[a-z0-9][.!?])\)(?=\s|$)", re.MULTILINE)


# what makes the advice no task of this meeting: asked about, never given, given before, another's guidance
_NOT_THIS_MEETINGS = re.compile(r"(?i)\b(?:if|whether|never|not|had|has|have|been|guidance|auditor|nalc|government|regulations?)\b")


def _told_as_task(advice: re.Match[str]) -> str:
    """ "advised that the clerk should contact" as "advised. The clerk to contact", where the sentence before it says
    nothing that makes it no task ("asked if members agreed that ...", "it had never been agreed that ...")."""
    sentence = re.split(r"[.;!?]\s", advice.string[max(0, advice.start() - 200) : advice.start()])[-1]
    if _NOT_THIS_MEETINGS.search(sentence):
        return advice.group(0)
    return f"{advice.group('verb')}. {advice.group('who')[:1].upper()}{advice.group('who')[1:]} to "
