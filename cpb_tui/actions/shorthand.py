"""A clerk's shorthand for a task, said plainly: "Clerk to action contacting the Duchy" is "Clerk to contact the Duchy"."""

from __future__ import annotations

import re

from cpb_tui.actions.firm_verbs import FIRM_VERBS as _FIRM_VERBS

# a clerk's shorthand for the task: "Clerk to action contacting the Duchy", "asked to Agenda this for May"
# (the gerund before its object, "contacting the estate", "getting three quotes"; never one used as a noun's adjective,
# "to action painting contractor's invoice", "booking confirmation", "posting of the minutes")
_TO_ACTION = re.compile(r"\bto\s+action\s+(?P<gerund>[a-z]{3,}ing)\b(?=\s+(?:the|a|an|this|these|those|all|any|his|her|their|its|our|\d+|two|three|four|[A-Z]\w*)\b)|\bto\s+Agenda\s+(?P<what>this|it|these|them|the\s+(?:matter|item|issue|request))\b"
                        r"|\bto\s+[Aa]genda\s+(?P<when>for\s+(?:the\s+)?(?:next|[A-Z][a-z]+)\s+meeting)\b")  # "Clerk to agenda for July meeting"


def _plain_task(found: re.Match[str]) -> str:
    """"to action contacting" is "to contact"; "to Agenda this" is "to put this on the agenda"."""
    if found.group("what"):
        return f"to put {found.group('what')} on the agenda"
    if found.group("when"):
        return f"to put it on the agenda {found.group('when')}"
    stem = found.group("gerund")[:-3]
    # "contacting" -> "contact", "replacing" -> "replace", "getting" -> "get"
    for verb in (stem, f"{stem}e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem):
        if re.fullmatch(_FIRM_VERBS, verb):
            return f"to {verb}"
    return found.group(0)
