"""The outcome printed on an item's title line ("6. Confirmation of the minutes of 6th August \u2013 Agreed", "9.2 Cllr Fry \u2013
report noted"): the title without it, and the verdict as the item's decision where its text holds none of its own."""

from __future__ import annotations

import re

from cpb_tui.domain.models import ResolutionRecord
from cpb_tui.importers.decisions import opener
from cpb_tui.importers.motions import BARE_MOVERS, FAILED_MOTION
from cpb_tui.importers.resolutions import classify_verb

# "Minutes of 12th December – approved and signed.": which minutes, a dash, then the verdict
# ("Minutes Accepted", "Minutes approved and signed.": the verdict straight after the word)
DATED_VERDICT = re.compile(
    r"^\s*(?:The\s+)?[Mm]inutes\b(?:[^\u2013\u2014;]{0,100}?\s[\u2013\u2014-]|[^.;?]{0,120}?[a-z0-9]\.\s+(?=[A-Z])|\s+(?:were\s+)?(?=(?i:approved|agreed|accepted|confirmed|adopted)\b(?![^?;]{0,60}\b(?:by|at)\s+the\s+[A-Z])))"
    r"\s*(?i:approved|agreed|accepted|confirmed|adopted)\b[^?;]{0,120}$"
)


# what may follow a verdict on minutes: "approved and signed", "agreed as read", "accepted as a true record"
VERDICT_TAIL = r"(?:,?\s+(?:and|&)\s+(?:duly\s+)?signed(?:\s+by\s+the\s+chair(?:man|person|woman)?)?|\s+as\s+read|\s+as\s+(?:a\s+)?(?:true|correct|accurate)\s+record)*"
# "6. Confirmation of the minutes of the meeting on 6th August 2019 – Agreed", "9.2 Cllr Fry – report noted": the outcome
# after the title
_TITLE_OUTCOME = re.compile(
    r"\s[\u2013\u2014-]\s*(?:the\s+minutes\s+were\s+|(?:the\s+)?(?:report|update)\s+(?:was\s+)?(?=noted))?(?:agreed|approved|accepted|confirmed|carried|resolved|deferred|noted)(?:\s+(?:unanimously|by\s+all(?:\s+present)?))?"
    rf"{VERDICT_TAIL}\s*\.?\s*$", re.IGNORECASE  # ("– Approved and signed")
)


def title_outcome(title: str, rest: list[str], has_minutes: bool) -> tuple[str, list[str]]:
    """ "3. Confirmation of the agenda – add item 7 – agreed": the title, and the whole line as the decision
    it records, first in the item's body (the run-on text after the title is otherwise the body)."""
    rest = rest[1:] if rest and rest[0].strip() == title.strip() and _TITLE_OUTCOME.search(title) else rest  # ("4.2 Cllr Parr – report noted": all title)
    line = f"{title} – {rest[0]}" if rest else title
    if has_minutes and rest and BARE_MOVERS.fullmatch(rest[0]) and opener(rest[0]) is None:
        # "Approval of the last minute – proposed by JC, seconded by DF." (not "... Proposed as a true record by JC ...",
        # an outcome of its own)
        return title, [line, *rest[1:]]
    if not has_minutes or rest and (len(rest[0].split()) > 25 or DATED_VERDICT.match(rest[0])) or not re.search(r"(?:^|\s)(?:agreed|approved|accepted|confirmed|carried|deferred|noted)\b", rest[0] if rest else title, re.I) \
            or not (_TITLE_OUTCOME.search(line) or rest and re.fullmatch(rf"(?i)\s*(?:agreed|approved|accepted|confirmed|carried|deferred|noted){VERDICT_TAIL}\s*\.?\s*", rest[0])):
        return title, rest
    if rest and rest[0].rstrip(" .").lower().endswith("noted") and opener(rest[0]) is not None:
        return title, rest  # ("Town Clerk's report \u2013 report was noted": a sentence of its own after the dash)
    if not rest:  # the outcome printed on the title's own line, no dash split off before it (a hyphen for a dash, "- noted")
        verdict = _TITLE_OUTCOME.search(title)
        said = verdict.group(0).strip(" \u2013\u2014-")
        title = title[: verdict.start()].rstrip(" ,;")
        line = f"{title} \u2013 {said}"
    return title, [line, *rest[1:]]


def outcome_line(title: str, body: list[str]) -> list[ResolutionRecord]:
    """The line _title_outcome put first, as the item's one decision: the verdict as printed, its title the lead-in."""
    if not body or not body[0].startswith(f"{title} \u2013 "):
        return []
    if BARE_MOVERS.fullmatch(body[0][len(title) + 3:]) and not _TITLE_OUTCOME.search(body[0]):
        # the movers after the title: not an amendment's, nor a motion the next lines say was lost
        if re.search(r"(?i)\bamend", title) or FAILED_MOTION.search(" ".join(body[1:5])):
            return []
    elif not _TITLE_OUTCOME.search(body[0]):
        return []
    return [ResolutionRecord(None, body[0][len(title) + 3:].strip(), classify_verb(body[0]), lead_in=f"{title} \u2013")]




def with_title_outcome(found: list[ResolutionRecord], outcome: list[ResolutionRecord], minute: str | None) -> list[ResolutionRecord]:
    """The decisions of an item's text, else the outcome on its title's line; under an agenda heading whose minutes each
    carry a number, both (the first minute's outcome, "Payments – \u00a3722.40 – approved", and a later one's)."""
    if not found or not minute:
        return found or outcome
    return [*(o for o in outcome if o.text not in {f.text for f in found}), *found]
