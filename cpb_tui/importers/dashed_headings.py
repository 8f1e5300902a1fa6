"""A list whose numbers became dashes, each heading over its own paragraph ("- Chair's remarks and welcome" over what was
said), and what no such heading is: a person ("Cllr Hale (Chair)"), a sentence with a verb.
"""

from __future__ import annotations

import re

from cpb_tui.importers.numbering import Heading, _title_like, tidy_title

_PERSON = re.compile(
    r"^(?:(?:County|District|Borough|City|Town|Ward)\s+(?=Councillors?|Cllrs?))?(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr|Alderman|Aldermen|Baillie|Bailie|Provost|Professor|Sir|Dame|Lord|Lady)\b"
    r"|\b[A-Z]\.?\s+[A-Z][a-z]|\((?:Chair|Vice|Deputy)"
    # a members list two to a line: "Ann Finlay, Secretary (AF) Keith Ross (KR)"
    r"|\([A-Z][A-Za-z]{1,5}\)\*?.{2,60}\([A-Z][A-Za-z]{1,5}\)",
)
_VERBISH = re.compile(r"\b(?:was|were|is|are|had|has|have|will|would|said|noted|agreed|reported|thanked|welcomed|opened|closed)\b", re.IGNORECASE)

_DASH_LINE = re.compile(r"^\s*[-\u2013\u2022]\s+(?P<title>[A-Z][^\n]{2,200})$")
# "a. The clerk gave a summary ..." under "- Clerk's Report": a heading over its lettered points
_LETTERED_POINT = re.compile(r"^\s*\(?[a-h][.)]\s+[A-Z]")


def _dashed_headings(lines: list[str]) -> list[Heading]:
    """ "- Chair's remarks and welcome" over its paragraph, "- Apologies for absence and vote to accept reasons given"
    over the next: a numbered list whose numbers became dashes, each heading over prose (or lettered points) of its own.
    Read so only where four or more dashed lines stand over prose and few stand over another dashed line (a list of
    points)."""
    over_prose: list[int] = []
    over_dash = 0
    for index, raw in enumerate(lines):
        match = _DASH_LINE.match(raw)
        if match is None:
            continue
        following = next((line for line in lines[index + 1 : index + 4] if line.strip()), "")
        if not following or _DASH_LINE.match(following) or re.match(r"^\s*[-\u2013\u2022*]\s", following):
            over_dash += 1
            continue
        title = match.group("title").strip()
        if len(title.split()) <= 25 and (not title.endswith(".") or title.startswith("To ") or len(title.split()) <= 10) and not _VERBISH.search(title) \
                and not _PERSON.search(title) and (following.strip()[:1].isupper() or _LETTERED_POINT.match(following)):
            over_prose.append(index)
    if len(over_prose) < 4 or over_dash > len(over_prose) // 2:
        return []
    # (never where the page has headings of its own, "PLANNING" or "Clerk's report" over dashed points: the dashes are points)
    text_lines = [index for index, raw in enumerate(lines) if raw.strip()]
    for index in text_lines[3:]:
        line = lines[index].strip()
        if not _DASH_LINE.match(lines[index]) and not re.match(r"^[-\u2013\u2022*]\s", line) and len(line.split()) <= 7 \
                and not line.endswith((".", ",", ";", ":")) and not re.search(r"[\u00a3$\u20ac]\s?\d|\d\.\d{2}\s*$", line) \
                and _title_like(line) and index + 1 < len(lines) and lines[index + 1].strip():
            return []
    return [Heading(i, i + 1, "", 0, tidy_title(_DASH_LINE.match(lines[i]).group("title").rstrip(" .:")), "heading", 1.0) for i in over_prose]
