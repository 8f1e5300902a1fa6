"""Follow-through: topics across meetings, follow-ups for actions, and the derived status of each action."""

from cpb_tui.followthrough.match import DEFAULT_THRESHOLD, TOPIC_THRESHOLD, Candidate, TitleMatcher, score_followup
from cpb_tui.followthrough.status import DERIVED_STATES, derive_status

__all__ = [
    "DEFAULT_THRESHOLD",
    "DERIVED_STATES",
    "TOPIC_THRESHOLD",
    "Candidate",
    "TitleMatcher",
    "derive_status",
    "score_followup",
]
