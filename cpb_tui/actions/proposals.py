"""A member's proposal the meeting agreed, worded as what to do: "EHE proposed asking Kevin Rowe to undertake the
work. All agreed." and "Cllr Ross proposed writing to Highways about the signs; seconded by Cllr Penn." name the
task by a gerund after "proposed"; the decision they record gives the task ("Kevin Rowe to undertake the work",
"Write to Highways about the signs").

`decisions` reads such a proposal as the meeting's decision when the meeting agreed it; this module gives
`extract` the task in it, the movers and the vote taken off.
"""

from __future__ import annotations

import re

from cpb_tui.actions.asides import gerund_base

# who proposed: "EHE", "Cllr Ross", "Councillor Ann Ross", "Mrs Penn", "The Chairman"
_PROPOSER = r"(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[A-Z][\w'\u2019-]*\s+){0,2}?[A-Z][\w'\u2019-]*|[Tt]he\s+(?:Chair(?:man|person)?|Clerk|Mayor)"
_PROPOSED_DOING = re.compile(rf"^\W*(?:{_PROPOSER})\s+(?:then\s+|also\s+)?proposed\s+(?P<gerund>[a-z]{{3,}}ing)\s+(?P<rest>\S.*)$")
# what follows the proposal: its seconder, the vote ("; seconded by Cllr Penn. All in favour.", ". All agreed.")
_VOTE_AFTER = re.compile(
    r"(?:[;,.]?\s+(?:and\s+)?(?:this\s+was\s+)?seconded\b.*|,?\s+and\s+this\s+was\s+(?:agreed|approved|carried|accepted)\b.*"
    r"|[;,.]\s*(?:(?:This|The\s+proposal|The\s+motion)\s+was\s+)?(?:all|unanimously)\s+"
    r"(?:in\s+favour|agreed)\b.*|[;,.]\s*(?:(?:it\s+was\s+)?(?:agreed|carried|approved)|(?:all|everyone)\s+(?:present\s+)?(?:agreed|in\s+agreement))\b.*)$",
    re.IGNORECASE,
)


def proposed_doing(text: str) -> str | None:
    """ "EHE proposed asking Kevin Rowe to undertake the work. All agreed." -> "to ask Kevin Rowe to undertake the
    work": the task a proposal named by its gerund, or None where the text is no such proposal."""
    found = _PROPOSED_DOING.match(text)
    base = gerund_base(found.group("gerund")) if found else None
    if base is None:
        return None
    rest = _VOTE_AFTER.sub("", found.group("rest")).strip().rstrip(".;,")
    # (one sentence only: what was proposed, never the discussion after it, a second proposal or its being put off, "... but this
    # was deferred"; nor the meeting's own business, "proposed meeting dates for 2037", "proposed bringing item 6 forward")
    if not rest or re.search(r"[.;]\s+[A-Z]|\b(?:but|however|proposed)\b", rest) or _OWN_BUSINESS.match(f"{found.group('gerund')} {rest}"):
        return None
    return f"to {base} {rest}"


_OWN_BUSINESS = re.compile(r"meeting\s+(?:dates?|times?|days?|schedule|pattern|cycle|room|venues?|arrangements)\b|bringing\s+(?:agenda\s+)?items?\s+\S+\s+forward\b", re.IGNORECASE)
