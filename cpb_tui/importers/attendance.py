"""Who was there, as a record of a meeting prints it and an agenda never does: "Present: Tom Thomas (TT), ...", "Present:" on
a line of its own over the names, "Sederunt:" (a Scottish record's), the people known by the initials the notes use."""

from __future__ import annotations

import re

# who was there: "Present: Tom Thomas (TT), ..."
# ("In Attendance \u2013 Ann Rees (Chair), Tom Vell": a dash for the colon)
PRESENT = re.compile(r"^[\s|]*(?:Present|Those\s+present|Members\s+present|Sederunt|Attendees|(?:In\s+)?Attendance)\s*(?::|(?<=\s)[\u2013\u2014-](?=\s+[A-Z]))\s*(?P<who>\S.*)$", re.IGNORECASE)


def present_by_initials(lines: list[str]) -> bool:
    """Whether the opening lists three or more people with the initials the notes use, as a record of who was there
    does (never on a notice of the meeting, nor after "Members:", "Distribution:" and the like)."""
    return not any(re.search(r"(?i)\bagenda\b|\bnotice\b|\bsummon|\b(?:will|to)\s+be\s+held\b", line) for line in lines) and any(
        len(re.findall(r"\b[A-Z][a-z]+\s+[A-Z][\w'\u2019-]+\s+\([A-Z]{2,3}\)", line)) >= 3
        and not re.match(r"(?i)\s*(?:distribution|circulation|copy|copies|members(?:hip)?|committee|to|cc)\b", line) for line in lines)


def present_below_a_menu(lines: list[str], headings: list) -> bool:
    """ "Present: Calvin, Vera, Pete" below a web page's menu of months, still before the first item: who was there, so a
    record (never an agenda's standing note, "Present: Members are reminded to sign the book", "Attendance: ____")."""
    if any(re.search(r"(?i)\bagenda\s+(?:for|of)\b|\bto\s+be\s+held\b|\bnotice\s+is\s+hereby\s+given\b", line) for line in lines[: min(80, headings[0].index if headings else 80)]):
        return False
    for line in lines[25: min(80, headings[0].index if headings else 25)]:
        present = PRESENT.match(line)
        if present and not re.search(r"_{3,}|(?i:\b(?:reminded|please|asked\s+to|are\s+asked|will\s+be|should|must|sign)\b)", present.group("who")):
            return True
    return False


# "Present:" (or "Sederunt", a Scottish minute's word) alone on its line, the names on the next line
_PRESENT_ALONE = re.compile(r"^[\s|]*(?:Present|Those\s+present|Members\s+present|Councillors\s+present|Sederunt|Attendees)\s*:?\s*$", re.IGNORECASE)
# a line of people: two or more names in capitals, nothing a notice would say ("Members are reminded ...", "____")
_NAMES = re.compile(r"^[\s|]*(?:(?:Cllrs?\.?|Councillors?|Mrs?|Ms|Dr|Rev)\s+)?[A-Z][\w'\u2019.-]*\s+[A-Z][\w'\u2019-]+")


def present_over_names(lines: list[str]) -> bool:
    """Whether "Present:" stands alone over a line of names, as a record lists who came (never on a notice of the meeting
    nor over a blank to fill in: "Present: ________", "Present:" over "Members are asked to sign the book")."""
    # (nor on an action log's page: its rows are read as a log's, who came or not)
    if any(re.search(r"(?i)\bagenda\b|\bnotice\s+is\s+(?:hereby\s+)?given\b|\bsummon|\b(?:will|to)\s+be\s+held\b|\baction\s+(?:log|tracker)\b", line) for line in lines):
        return False
    for at, line in enumerate(lines[:-1]):
        if not _PRESENT_ALONE.match(line):
            continue
        below = next((other for other in lines[at + 1: at + 3] if other.strip()), "")
        if _NAMES.match(below) and not re.search(r"_{3,}|(?i:\b(?:reminded|please|asked|will|should|must|sign|is|are)\b)", below):
            return True
    return False
