"""Items of a small page with no numbers whose topics are lettered "a)", "b)", "c)", each a short heading run into its
paragraph ("a)   Playground. The new swing has been fitted."), under short run-in headings ("Bus shelter: The roof
leaks again.", "Matters arising:" alone over its paragraph) before them.
"""

from __future__ import annotations

import re

from cpb_tui.importers.titles import Heading, _title_like, tidy_title
from cpb_tui.importers.unnumbered import _run_in_title

# "a)     Churchyard. Cllr Pike reported ...", "(b) Allotments: the waiting list ...", "c) Pond – no reply yet ...",
# "d) Village Green" alone on its line
_LETTERED_TOPIC = re.compile(r"^\s*\(?(?P<letter>[a-h])\)\s+(?P<title>[A-Z][\w'\u2019&/ -]{2,50}?)(?:(?:\s*[.:]|\s+[\u2013\u2014-])\s+(?P<rest>\S.*)|\s*[.:]?\s*)$")
# "Declaration of Interests: none", "Footpath repairs: The stile at ...", "Matters arising:" alone over its paragraph
_COLON_TOPIC = re.compile(r"^(?P<title>[A-Z][^:.;()]{2,60}?)\s*:\s*(?P<rest>\S.*)?$")
# "The minutes of the meeting on 3rd May were approved and signed.", "The minutes had been circulated ... proposed they
# were a correct record ...": the minutes' approval, a paragraph of its own
_MINUTES_APPROVED = re.compile(
    r"^The\s+minutes\s+(?:of\s+the\s+(?:last\s+|previous\s+)?meeting\b.{0,80}?\b(?:was|were)\s+(?:\w+ly\s+)?(?:approved|agreed|accepted|signed)\b"
    r"|(?:had\s+been|were)\s+(?:previously\s+)?circulated\b(?!\s+by\s+(?:the\s+)?[A-Z])(?![^.]*\b(?:that|its|their)\s+meeting\b)(?![^.;]*\b(?i:association|club|society|trust|group|committee)\b).{0,120}?\b(?:a\s+)?(?:correct|true|accurate)\s+record)"  # ("... circulated prior to the meeting; Cllr Ash proposed they were a correct record")
)


def lettered_topics(lines: list[str]) -> list[Heading]:
    """Three or more topics lettered from "a)" in turn, each opening a paragraph with a short heading and no verb (never a
    decision's clauses, "a) That the clerk ..."), and the run-in headings (a colon after a few words) that open paragraphs
    before them: each an item, the lettered ones known by their letter."""
    lettered: list[Heading] = []
    for index, raw in enumerate(lines):
        match = _LETTERED_TOPIC.match(raw)
        if match is None or index and lines[index - 1].strip():
            continue
        title = match.group("title").strip()
        if ord(match.group("letter")) - ord("a") != len(lettered) or re.match(r"(?:To|That|The)\s", title) or len(title.split()) > 6 or not _title_like(title):
            continue
        lettered.append(Heading(index, index + 1, match.group("letter"), len(lettered) + 1, tidy_title(title), "inline", 1.0, match.group("rest")))
    if len(lettered) < 3:
        return []
    before = next((line.strip() for line in reversed(lines[: lettered[0].index]) if line.strip()), "")
    if before.endswith(":") or re.search(r"(?i)\b(?:the\s+following|as\s+follows|below|listed)\b|\bthat\s*$", before) \
            or re.fullmatch(r"(?i)(?:correspondence|letters|payments|accounts|invoices|grants|planning(?:\s+applications)?)\W*", before):
        return []  # ("the following grants were agreed:", "Correspondence", "It was resolved that" over "a) Scouts. ..."): a list's entries
    topics = []
    for index, raw in enumerate(lines[: lettered[0].index]):
        if _MINUTES_APPROVED.match(raw.strip()) and not (index and lines[index - 1].strip()):
            topics.append(Heading(index, index, "", 0, "Minutes of the previous meeting", "heading", 1.0))
            continue
        match = _COLON_TOPIC.match(raw.strip())
        if match is None or index and lines[index - 1].strip() or len(match.group("title").split()) > 8 or not _run_in_title(match.group("title")):
            continue
        # ("Matters arising:" alone, over its own paragraph after a blank line)
        if match.group("rest") is None and not (index + 1 < len(lines) and not lines[index + 1].strip()):
            continue
        topics.append(Heading(index, index + 1, "", 0, tidy_title(match.group("title")), "heading", 1.0, match.group("rest")))
    return topics + lettered
