"""A follow-up's evidence in words, for people: how far it goes, and its reasons without the
figures the matcher keeps for itself. The action log's trail, the meeting's Actions tab and
the member's briefing all say it this way."""

from __future__ import annotations

import re

from cpb_tui.domain.models import FollowUp
from cpb_tui.followthrough.match import DEFAULT_THRESHOLD

_SCORE = re.compile(r"\s*\(\d+(?:\.\d+)?\)")


def strength(followup: FollowUp) -> str:
    """A follow-up's score in words: how far the evidence goes, never the number."""
    if followup.state == "confirmed":
        return "confirmed"
    if followup.state == "rejected":
        return "rejected"
    if followup.score >= DEFAULT_THRESHOLD:
        return "strong match, to confirm"
    if followup.score >= 0.45:
        return "possible match"
    return "weak match"


def reasons_in_words(followup: FollowUp) -> list[str]:
    """Its reasons without the figures the matcher keeps for itself."""
    return [_SCORE.sub("", reason) for reason in followup.reasons]
