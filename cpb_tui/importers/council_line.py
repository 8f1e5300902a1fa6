"""The council a page names on a line of its own, and the full council's own meeting it may stand for.

"HOLLINSDALE RURAL PARISH COUNCIL" over its minutes names the council; "Harrowby Vale District Council" over "Date: ..." or
over the meeting's date and time under "Meeting Summary" names the meeting too.
"""

from __future__ import annotations

import re

from cpb_tui.domain.text import display_title
from cpb_tui.importers.meeting_context import _BODY, Finding, MeetingContext

COUNCIL_LINE = re.compile(
    r"^\s*((?:The\s+)?[A-Z][\w&'\u2019 .,-]{1,60}?\b(?:County|City|Borough|District|Metropolitan|Town|Parish|Combined)?"
    r"\s*(?:Council|Authority|Corporation)(?:\s+of\s+[A-Z][\w ]{1,40})?|Cyngor\s+[\w ]{2,40}|City of London(?: Corporation)?)\s*:?\s*$"  # ("Broughton Parish Council:" over its clerk's report)
)
# what a full council's own meeting puts under its name: "Date: ...", "14 Mar 2035 - 10:00 to 12:30" (never "Agenda and
# minutes" alone: a ModernGov site puts the council's name over every committee's page)
_ITS_PAPERS = re.compile(r"(?i)^(?:date\s*:.*\d{4}.*|\d{1,2}\s+[A-Za-z]{3,9}\s+\d{4}\s*[-\u2013]\s*\d{1,2}[.:]\d{2}\b.*)$")


def council_line(found: MeetingContext, top: list[str], every: list[str], head_end: int) -> None:
    """The council: a line that is only its name."""
    if found.council is None:
        for line in top[:20]:
            line = display_title(line) if line.isupper() and len(line) <= 80 else line  # "HOLLINSDALE RURAL PARISH COUNCIL"
            # "Kilbride and Easthaven Community Council.": a name line with a stop (never a sentence naming a council)
            line = line[:-1] if re.fullmatch(r"(?:[A-Z][\w'\u2019&-]*,?\s+(?:and\s+|&\s+)?){1,6}(?:Community|Parish|Town|City|County|District|Borough)\s+Council\.", line) else line
            # "Kelby & Ashby Parish Council Clerk to the Council: A Dale, Mill Farm ...": a letterhead, the clerk's address after it
            # (or a line drawn between, "Kelby Parish Council ______Clerk: ...")
            line = re.sub(r"^((?:[A-Z][\w'\u2019&-]*\s+(?:(?:and|&)\s+)?){1,5}(?:Parish|Town|Community)\s+Council)[\s_]+(?:Clerk\b|Tel\b|Email\b).*$", r"\1", line)
            line = re.sub(r"^(?i:(?:agenda\s*(?:&|and)\s*)?minutes)\s*[-\u2013:]\s*(?=[A-Z])", "", line)  # ("Agenda & Minutes - Ridley Parish Council")
            match = COUNCIL_LINE.match(line)
            if match and not line.lower().startswith("members") and not _BODY.search(re.sub(r"\b(council|authority|corporation|cyngor)\b", "", line, flags=re.I)) \
                    and not ("," in line and re.search(r"\b(?:Cllr|Councillor|Clerk|Mrs?|Ms|Dr|Chair(?:man)?)\b", line)) \
                    and not re.search(r"(?i)\b(?:minutes|agenda|notes)\b|^\W*\d", line):  # ("Mrs J Hale, Clerk to ..."; "July 12 2023 Minutes Full Council": a page's title)
                found.council = Finding(tidy_council(match.group(1)), line)
                break


_PARISH_MEETING = re.compile(r"(?i)\s*(?:(?:an?\s+)?(?:ordinary|annual|extra-?ordinary|full|monthly)\s+)?meeting\s+of\s+the\s+(?:parish|town|community)\s+council\s*")


def council_over_its_papers(found: MeetingContext, top: list[str], every: list[str], head_end: int) -> None:
    """The full council met: its name alone on the page's first line (or under "Meeting Summary", or "Agendas, reports and
    minutes"), over a "Date:" line or the meeting's date and time, where nothing else named a committee."""
    if found.committee is not None:
        return
    lines = [line for line in top[:12] if line]
    # "Wendle Parish Council" (or "The website of Wendle Parish Council") over "Meeting of the Parish Council" and its day: the parish's
    # own council met (never a committee of it, "Meeting of the Parish Council's Planning Committee")
    generic = next((line for line in lines if _PARISH_MEETING.fullmatch(line)), None)
    if generic and found.council is not None and found.date is not None and re.search(r"(?i)\b(?:parish|town|community)\s+council$", str(found.council.value)):
        found.set_committee(found.council.value, generic)
        return
    for at, line in enumerate(lines[:6]):
        if at > 0 and not re.fullmatch(r"(?i)meeting\s+summary|agendas?,\s+reports\s+and\s+minutes", lines[at - 1]):
            continue
        match = COUNCIL_LINE.match(line)
        if match and at + 1 < len(lines) and _ITS_PAPERS.match(lines[at + 1]) and not _BODY.search(re.sub(r"(?i)\b(council|authority|corporation)\b", "", line)):
            found.set_committee(tidy_council(match.group(1)), f"{line} / {lines[at + 1]}"[:160])
            return


def tidy_council(value: str) -> str:
    """The council's name as cpb shows it: in ordinary case, known by its English name."""
    # ("The website of Wendle Parish Council", "Welcome to the official website of ...": a site's strapline over its name)
    value = re.sub(r"^(?:welcome\s+to\s+)?(?:the\s+)?(?:official\s+)?web\s?site\s+(?:of|for)\s+(?:the\s+)?(?=[A-Z])", "", value.strip(), flags=re.IGNORECASE)
    # "Cyngor CymunedCeulanamaesmawrCommunity Council": a bilingual name that lost its spaces keeps
    # its English part, "Ceulanamaesmawr Community Council"
    spaced = re.sub(r"(?<=[a-z]{3})(?=[A-Z][a-z]{2})", " ", value.strip())  # (never "McDonald", "MacLeod")
    # (spaced or not, "Cyngor Cymuned Aberporth Community Council" is known by its English name)
    value = re.sub(r"^Cyngor\s+(?:Cymuned|Tref|Dinas|Sir)\s+(?=\S+(?:\s+\S+)?\s+(?:Community|Town|City|County)\s+Council$)", "", value.strip() if spaced == value.strip() else spaced)
    return display_title(value)
