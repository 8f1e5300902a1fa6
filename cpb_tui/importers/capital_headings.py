"""Headings in capitals ending in a colon, each alone on its line over hard-wrapped prose ("MATTERS ARISING:", "OPEN FORUM:"),
and the labels in capitals that are never such a heading ("RESOLVED:", "ACTION:")."""

from __future__ import annotations

import re

from cpb_tui.importers.layout import is_caps_line
from cpb_tui.importers.titles import Heading, tidy_title

# (never a minute's own labels: "RESOLVED:", "PROPOSAL:", "ACTION:", "REASON FOR DECISION:", nor the attendance)
CAPS_LABEL = re.compile(
    r"(?:PRESENT|IN ATTENDANCE|ALSO PRESENT|ATTENDING|RESOLVED|RESOLUTIONS?|DECISIONS?|DECIDED|PROPOSALS?|PROPOSED|SECONDED|ACTIONS?|AGREED"
    r"|NOTED|RECOMMENDATIONS?|RECOMMENDED|OUTCOMES?|REASONS?|ALTERNATIVE|OPTIONS|PURPOSE|NOTE|UPDATE|VOTE|MOTION|AMENDMENT|SUMMARY|BACKGROUND)\b")
_CAPS_COLON = re.compile(r"(?!" + CAPS_LABEL.pattern + r")[A-Z][A-Z0-9 ,'&/()\u2019-]{2,60}:")
# the same heading as an agenda item page counts it against its one "Minutes:" ("APOLOGIES:" and "MINUTES:" not counted)
CAPS_HEADING_LINE = re.compile(r"\s*(?!APOLOGIES|MINUTES\s*:)(?!" + CAPS_LABEL.pattern + r")[A-Z][A-Z0-9 ,'&/()-]{2,60}:\s*")


def _capital_headings(lines: list[str]) -> list[Heading]:
    """ "MATTERS ARISING:", "OPEN FORUM:", "NEIGHBOURHOOD WATCH:" each alone on its line over hard-wrapped prose: headings in
    capitals that end in a colon, where three or more do; with them, the capital lines alone among them ("LATE ITEMS")."""
    colons = {index for index, raw in enumerate(lines) if _CAPS_COLON.fullmatch(raw.strip())}
    if len(colons) < 3:
        return []
    first = min(colons)
    found = [
        index for index, raw in enumerate(lines)
        if index >= first and (index in colons or is_caps_line(raw.strip()) and len(raw.split()) <= 8 and not raw.strip().endswith((".", ","))
                                   and index + 1 < len(lines) and lines[index + 1].strip() and not is_caps_line(lines[index + 1].strip()))
        and not re.match(r"\s*(?:APOLOGIES|PRESENT)\b", raw)
    ]
    return [Heading(i, i + 1, "", 0, tidy_title(lines[i].strip().rstrip(":").strip()), "heading", 1.0) for i in found]
