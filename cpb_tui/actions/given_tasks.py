"""Tasks a minute gives in words other than "X to do Y", written that way so the rules that read "X to do Y" read them:
"The scrutiny manager was tasked with preparing a template", "the Deputy Clerk aim to complete the form", "Notification of
the Forum meeting on 3 March, Councillors Reed and Bell to attend"."""

from __future__ import annotations

import re

from cpb_tui.actions.asides import gerund_base


def given_tasks(text: str) -> str:
    """`text` with each task given in other words written as "X to do Y"."""
    text = _AIM_TO.sub("", text)
    text = _TO_ATTEND_AFTER.sub(_going_to, text) if "to attend" in text else text
    if "task" in text or "charged" in text:
        # "The Clerk was tasked with preparing ...": "The Clerk to prepare ..." (a verb no task names keeps its words)
        text = _TASKED.sub(lambda found: f" to {found.group(2)}" if found.group(2) else (f" to {base}" if (base := gerund_base(found.group(1))) else found.group(0)), text)
    return text


# a doer aiming to do a thing: "that the sub-committee aim to submit a revised case to the July meeting" (to submit it)
_AIM_TO = re.compile(r"(?<=[a-z]\s)(?:aim|endeavour|strive)s?\s+to\s+(?=(?:submit|bring|present|report|provide|complete|deliver|produce|prepare|send|circulate|finalise|publish)\b)")
# an event, then who is to go: "Notification of Three Tier Meeting on 20 January, Councillors Reed, Hunt and Bell to attend"
_TO_ATTEND_AFTER = re.compile(
    r"(?:^[ \t]*(?:[-\u2022*]\s+)?|\b(?=(?:Notification|Notice|Invitation|Details)\s))(?:(?:Notification|Notice|Invitation|Details)\s+(?:of|to)\s+(?:the\s+|a\s+)?)?"
    r"(?P<event>(?!(?:At|Following|After|Cllr|Councillor|Mr|Mrs|Ms|Dr)\b)(?![^,\n]*\b(?:reported|thanked|said|spoke|attended)\b)[A-Z][^.;,:\n]{2,80}?\b(?:[Mm]eeting|[Ee]vent|[Tt]raining|[Ww]orkshop|[Ss]eminar"
    r"|[Cc]onference|[Ff]orum|AGM|[Ss]ession)\b[^.;,:\n]{0,60}),\s+(?P<who>(?:Cllrs?\.?|Councillors)\s+[A-Z][\w'\u2019-]+(?:(?:,\s*|\s+(?:and|&)\s+)[A-Z][\w'\u2019-]+)*)"
    r"\s+to\s+attend\s*(?=[.;]|$)", re.MULTILINE
)


def _going_to(found: re.Match) -> str:
    """ "Notification of the Forum meeting on 3 March, Cllrs Hale and Moss to attend": as "Cllrs Hale and Moss to attend the Forum ..."."""
    event = found.group("event")
    event = event[0].lower() + event[1:] if re.match(r"(?:The|A|An)\s", event) else f"the {event}"
    return f"{found.group('who')} to attend {event}"


# someone given a task in so many words: "The scrutiny manager was tasked with preparing a template", "Cllr Hale was given the task of
# contacting the school", "The Clerk was tasked to obtain quotes" (never one told of, "had been tasked with ...")
_TASKED = re.compile(r"(?<!\bbeen)\s+(?:(?:was|were)(?![^.;]*\b(?:reported|had|has|but|however|last|previously|ago|already|completed|received)\b)|is|are|be)\s+(?:(?:also|then|now|duly)\s+)?(?:(?:tasked\s+with|given\s+the\s+task\s+of|charged\s+with)\s+([a-z]{3,}ing)\b|tasked\s+to\s+([a-z]{3,})\b)")
