"""Headings in capitals run in among a flattened page's sentences, with no number to break on.

A parish's minutes pasted from a PDF as one paragraph print each item as a heading in capitals and then its text:
"... by the Clerk. APOLOGIES FOR ABSENCE Apologies were received from Cllr Bell. TO APPROVE THE MINUTES OF THE MEETING
HELD ON 3RD MAY 2038 Resolved: ...". Where three or more such headings run through the line, each is given a line of its
own, so the page reads as printed: a heading, then its text.
"""

from __future__ import annotations

import re

from cpb_tui.importers.flat_runs import split_at
from cpb_tui.importers.layout import is_caps_line
from cpb_tui.importers.titles import Heading, tidy_title

# a word of a heading in capitals: "APOLOGIES", "CLLR", "3RD", "2038", "S.106", "(CONTINUED)", "&", "-"
_WORD = r"(?:[A-Z][A-Z'\u2019&./()-]*[A-Z)]|\d{1,4}(?:ST|ND|RD|TH)?|&|[-\u2013])"
# (never a decision's or a mover's label: "RESOLVED THAT ...", "PROPOSED BY ...")
_LABELS = r"(?:RESOLVED|RESOLUTION|AGREED|DECIDED|DECISION|NOTED|ACTIONS?|PROPOSED|SECONDED|CARRIED|VOTE)\b"
# a run of such words, read on to the first word in small letters ("... ITEMS None", "... ABSENCE Apologies were ...");
# it opens a sentence: after a stop, a colon or the word "None" that answers the heading before it (never after a number's
# own stop, "41. APOLOGIES None were given": the number's title, read with its number)
# (after any other word, "... started at 7.30pm APOLOGIES FOR ABSENCE Apologies were ...", only before a sentence's
# capital: "the PLAYING FIELD COMMITTEE had met" is a sentence's words)
_RUN = re.compile(
    rf"(?:(?:(?<=[.:;!?)])(?<!\d[.:)])|(?<=\bNone)|(?<=\bNil))\s+(?P<run>(?!{_LABELS})(?=[A-Z]{{2}}){_WORD}(?:,?\s+{_WORD}){{0,24}})"
    rf"(?=\s+(?:[A-Z][a-z]|A\s|[a-z(\u2018\u201c\"']))"
    rf"|(?<=[a-z])\s+(?P<inner>(?!{_LABELS})(?=[A-Z]{{2}}){_WORD}(?:,?\s+{_WORD}){{1,24}})(?=\s+[A-Z][a-z]))"
)
# (a run of letters too short to be a heading: "the NHS CCG", "AGM", "the A1 ROAD")
_LETTERS = 12


def _heading(run: str) -> bool:
    """Whether a run of words in capitals reads as an item's heading: two words or more, twelve letters or more; or one word
    of seven letters or more."""
    words = [word for word in run.split() if any(ch.isalpha() for ch in word)]
    # (or one long word, "CORRESPONDENCE", "ALLOTMENTS": never letters of a body, "NALC", "CAMHS")
    return len(words) >= 2 and sum(ch.isalpha() for ch in run) >= _LETTERS or len(words) == 1 and re.fullmatch(r"[A-Z]{7,}", words[0]) is not None


def caps_heading_breaks(line: str) -> str:
    """`line` with each heading in capitals run in among its sentences on a line of its own, where three or more are;
    the line as it was where fewer are."""
    runs = [match for match in _RUN.finditer(line) if _heading(match.group("run") or match.group("inner"))]
    if len(runs) < 3:
        return line
    return split_at(line, [at for match in runs for at in match.span("run" if match.group("run") else "inner")])


# (never the page's own heading, its venue or its close: "MINUTES OF THE ...", "SIGNED ... CHAIRMAN")
_NOT_A_HEADING = re.compile(r"(?:DRAFT\s+|UNCONFIRMED\s+)?(?:MINUTES|NOTES|AGENDA)\s+OF\b|.*\b(?:SIGNED|DATED|CHAIRMAN|CHAIR)\s*$|PRESENT\b|IN\s+ATTENDANCE\b")
_ATTENDANCE = re.compile(r"(?i)(?:present|in\s+attendance|attending|members\s+present)\b")


def caps_over_prose(lines: list[str]) -> list[Heading]:
    """Headings in capitals, each on its line over a line of prose (as `caps_heading_breaks` leaves a flattened page): the
    items of a page that numbers none, where three or more are; [] where fewer are."""
    found = []
    for index, raw in enumerate(lines):
        line = raw.strip()
        following = next((other.strip() for other in lines[index + 1 : index + 3] if other.strip()), "")
        if not (line and following and is_caps_line(line) and _heading(line) and len(line.split()) <= 30 and not line.endswith((".", ","))):
            continue
        if _NOT_A_HEADING.match(line) or re.match(_LABELS, line) or is_caps_line(following) or _ATTENDANCE.match(following):
            continue
        found.append(Heading(index, index + 1, "", 0, tidy_title(line.rstrip(":")), "heading", 1.0))
    return found if len(found) >= 3 else []


# a short heading in title case run in among a flattened page's sentences: "... the CC Noticeboard. Planning Report CCllr
# Pilmer delivered a short report ...", "... this matter. Gluss Isle It was decided ...": after a stop, before a sentence's
# own opening (a pronoun or article, or a name and its verb); never a person ("Mr J Bell informed ..."), nor after a
# number's own stop ("41. APOLOGIES None were given": the number's title)
_NOT_HEADING_WORD = r"(?:Mr|Mrs|Ms|Miss|Dr|Cllrs?|CCllrs?|Councillors?|PC|Sgt|Insp|The|It|A|An|This|These|There|He|She|They|We|In|On|At|As|If|All|Some|No)\b"
_SENTENCE_OPENING = (
    r"(?:(?:The|It|There|This|These|Members|Councillors?|Cllrs?\.?|CCllrs?|Mr|Mrs|Ms|Dr|Apologies|No|None|Nothing|All|We|He|She|They)\s"
    r"|(?:[A-Z][\w'\u2019.-]*\s+){1,4}(?:had|has|was|were|is|are|reported|informed|delivered|said|noted|asked|advised|gave|presented"
    r"|explained|thanked|welcomed|confirmed|stated|updated|raised|agreed|proposed)\b)"
)
# (a one-word heading only before a sentence's own opening or a titled person: "Ann Cobb reported", "Network Rail has" are a
# sentence's own words, "Highways Cllr Dunn reported" and "Finance The accounts ..." a heading's)
_TITLED_OPENING = re.compile(r"\s+(?:(?:The|It|There|This|These|Members|Apologies|No|None|Nothing|All|We|He|She|They)\s|(?:Mr|Mrs|Ms|Miss|Dr|Cllrs?\.?|CCllrs?|Councillors?|PC|Sgt|Insp)\s)")
_TITLE_RUN = re.compile(
    rf"(?<=[.!?])(?<!\d\.)\s+(?P<head>(?!{_NOT_HEADING_WORD})[A-Z][\w'\u2019&/-]*(?:\s+(?:(?!{_NOT_HEADING_WORD})[A-Z][\w'\u2019&/-]*|of|and|for|the|to|on|in|&|\u2013)){{0,6}})"
    rf"\s+(?={_SENTENCE_OPENING})"
)


def title_heading_breaks(line: str) -> str:
    """`line` with each short heading in title case run in among its sentences on a line of its own, where three or more
    are; the line as it was where fewer are."""
    # (never a member's place before their title: "County Councillor Dale reported", "District Cllr Hayes said")
    runs = [match for match in _TITLE_RUN.finditer(line) if not match.group("head").endswith(("\u2013", " of", " and", " the"))
            and not re.search(r"(?:^|\s)(?:County|District|Borough|Parish|Town|City|Ward|Community|Local)$", match.group("head"))
            and (" " in match.group("head") or _TITLED_OPENING.match(line, match.end("head")))]
    if len(runs) < 3:
        return line
    return split_at(line, [at for match in runs for at in match.span("head")])
