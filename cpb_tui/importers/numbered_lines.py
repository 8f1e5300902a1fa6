"""What the text on a numbered line is, when it is not plainly a title: a point's sentence ("3a" over "The railings have
been repainted."), an item cited in a declaration, a board's whole minute on its number's line, a title in title case."""

from __future__ import annotations

import re

from cpb_tui.importers.titles import Heading, _title_like, only_people


def title_cased(title: str) -> bool:
    """ "To Check & Confirm Minutes of Earlier Meetings.": a title's words capitalised, as no sentence's are."""
    long = [word for word in title.split() if len(word) > 3]
    return len(long) >= 3 and sum(word[0].isupper() for word in long) >= 0.8 * len(long)


def sentence_of_a_point(number: str, line: str) -> bool:
    """ "3a" or "4.1" alone over a sentence ("The railings have now been repainted."): a point of its item, not an item."""
    return bool(re.fullmatch(r"\d{1,3}(?:[a-h]|\.[1-9]\d?)", number) and len(line.split()) >= 5 and re.search(r"(?:[a-z)]\.|:-?)\s*$", line))


def cited_in_declaration(title: str, below: list[str]) -> bool:
    """ "Agenda Item 6 (Village Green Lease) – Councillor Finch declared an interest ...": an item cited, no heading."""
    return title.startswith("(") and re.search(r"\b(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Dr)\s[^.]{0,160}\bdeclared\b", " ".join([title, *below])) is not None


def board_paragraph(number: str, text: str) -> bool:
    """ "04/19/02 Mr F Dale declared an interest in ... RESOLVED that this be noted.": a board's minute is its paragraph."""
    return bool(re.fullmatch(r"\d{2}/\d{2}/\d{2}", number) and len(text.split()) > 12 and re.search(r"\b(?:was|were|had|has|reported|declared|RESOLVED)\b", text))


# a decision's part: "1) Note the level of reserves;", "3) Approve moving the money into a reserve; and", its verb bare
_VERB = r"(?:Note|Agree|Approve|Endorse|Delegate|Authori[sz]e|Request|Ask|Instruct|Support|Accept|Adopt|Receive|Confirm|Recommend|Refer|Allocate|Amend)"
_PART = re.compile(rf"^\s*\(?(?P<value>\d{{1,2}})[.)]\s+(?:{_VERB}(?:\s+and\s+[a-z]+)?\s|That\s).*(?:;|;\s+and|\.)\s*(?:Minutes:.*)?$")


def parts_of_a_decision(lines: list[str], chain: list, decision_end: re.Pattern[str]) -> bool:
    """ "Decision: RESOLVED to:" over "1) Note and agree the spending report ...;", "2) Note the level of reserves;", "3) Approve
    ...; and": a decision's parts each ended by a semicolon (the last by a stop; a part wrapped over two lines among them), under
    the line that opens them (whichever of them was taken for a title: the run may start at its "2)", the first part's date
    spoiling its title)."""
    first = chain[0].index
    while first > 0 and (above := next((i for i in range(first - 1, max(-1, first - 3), -1) if lines[i].strip()), None)) is not None \
            and _PART.match(lines[above]) and chain[0].index - above <= 12:
        first = above  # (and a copy of the parts printed again under them, as a flattened table's row and its cell both hold them)
    above = next((lines[i].strip() for i in range(first - 1, max(-1, first - 3), -1) if lines[i].strip()), "")
    return bool(decision_end.search(above)) and _PART.match(lines[first]) is not None and sum(bool(_PART.match(lines[h.index])) for h in chain) * 2 >= len(chain)


def capitalised_title(title: str) -> bool:
    """ "Chairman's Announcements.", "Declarations of Members' Interests.": a short title with a stop, its words capitalised
    (as a paragraph's sentence, "An apology was received.", is not)."""
    capitalised = [word for word in title.split() if len(word) > 3]
    return len(title.split()) <= 8 and len(capitalised) >= 2 and all(word[0].isupper() for word in capitalised)


# "13 For", "00 Against", "01 Abstentions": a vote's tally under its motion, never an item
VOTE_COUNT = re.compile(r"(?i)(?:for|against|abstentions?|abstained|abstaining)\.?")


# a point's topic run in before its text: "Proposed Medical Centre \u2013 The Clerk advised ...", "Memorial Hall-Cllr Hale reported ...",
# "Church Lane Signage.  Cllr Dane said ..." (a topic in title case before a stop)
_TOPIC_RUN_IN = re.compile(r"^(?P<title>[A-Z][\w'\u2019&/,() ]{2,60}?[a-z)])(?:\s*[-\u2013\u2014]\s*(?=[A-Za-z])|(?P<stop>\.)\s+(?=[A-Z]))")
_NO_TOPIC = re.compile(r"(?:The|This|It|There|We|He|She|They|Cllrs?|Councillors?|Mr|Mrs|Ms|Dr|Members?|All|Clerk)\b")


def topic_run_in(text: str) -> bool:
    """Whether a lettered point's sentence opens with its topic, run in before a dash or (in title case) a stop: a point
    with its own title, as a heading over its text is, never a sentence about someone ("The Clerk - reported ...")."""
    match = _TOPIC_RUN_IN.match(text)
    if not match or _NO_TOPIC.match(match.group("title")) or len(match.group("title").split()) > 8 or only_people(match.group("title")):
        return False  # (never a person, "a) Jenny Holt \u2013 asked ...")
    return not match.group("stop") or title_cased(match.group("title")) or len(match.group("title").split()) <= 3 and all(
        word[0].isupper() for word in match.group("title").split() if len(word) > 3)


def footnote_mark(lines: list[str]) -> int:
    """The first line where a footnote's mark stands after some text ("Hall hire (a) \u00a345.00"), or the page's length."""
    return next((index for index, line in enumerate(lines) if _MARK_AFTER_TEXT.search(line)), len(lines))


_MARK_AFTER_TEXT = re.compile(r"\S\s*\(?a\)")


def alone_point(lines: list[str], point: Heading, stop: int, marked: int) -> bool:
    """Whether one lettered point counts alone: "a)" with no "b)" after it, a short title over its own text, its topic run in
    before its text ("a) Proposed Medical Centre \u2013 The Clerk advised ..."), or a title on the page's last line (a page cut
    short); never a table's footnote, "(a) Paid by standing order", after a line where its mark stands (`marked`, from
    `footnote_mark`)."""
    last = not any(lines[index].strip() for index in range(point.index + 1, len(lines))) and len(point.title.split()) <= 8 and _title_like(point.title)
    return point.number.endswith(("a", "(a)")) and (point.rest is None or topic_run_in(point.rest) or last) and marked >= point.index \
        and not any(re.match(r"\s*\(?[bB][.)]\s", lines[index]) for index in range(point.index + 1, stop))
