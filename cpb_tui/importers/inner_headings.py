"""Headings with no number inside a numbered item's minute: business the meeting took under that item, each titled on
a line of its own over its text.

    3. Matters Arising
    Licensing Forum
    It was reported that the forum's new chair has not yet taken up the post.
    Broadband Issues
    Faster broadband should reach the town by next year.
    4. Reports

"Licensing Forum" and "Broadband Issues" are items of their own (the labelling guide's "each heading the meeting's
business stands under though it has no number"): a task or a decision under one belongs to it, not to "Matters
Arising". Only in minutes, only a short line in title case or capitals standing between a sentence's end (or the
item's own heading) and a paragraph of prose or a decision; never a name, a signature, a page marker, an amount, a
report's own section words ("Background", "Recommendations") or a decision ("CARRIED", "THAT ...").
"""

from __future__ import annotations

import itertools
import re

from cpb_tui.importers.decisions import opener
from cpb_tui.importers.layout import is_caps_line
from cpb_tui.importers.titles import Heading, only_people, tidy_title

# a report's own sections, a ledger's and a vote's words, the record of who came: never business of their own
_SECTION_WORDS = re.compile(
    r"(?i)(?:background|purpose|recommendations?|summary|introduction|conclusions?|resolutions?|decisions?|actions?|discussion|"
    r"minutes|outcome|notes?|proposals?|options|reasons?|comments|responses?|questions?|answers?|income|expenditure|payments|receipts|"
    r"agreed|resolved|noted|carried|lost|present|apologies|absent|in\s+attendance|also\s+present|signed|dated|chair(?:man|person)?|"
    r"clerk|date|time|venue|item|items|page\s+\d+|contents|appendix|annex|attachments?|update|report|reports|"
    r"proposed|seconded|for|against|abstentions?|close|closed|meeting\s+closed|considerations?|consultation|equalit(?:y|ies)|"
    r"findings|next\s+steps|timescales?|costs?|scope|objectives?|methodology|key\s+points)"
)
_PROSE_END = re.compile(r"[.!?)\"'\u2019\u201d]\s*$")
_FIGURE = re.compile(r"[\u00a3$\u20ac%]|\d[\d,]*\.\d\d\b|^\W*\d")
# a decision, a vote, an owner's cell ("ACTIONS DC", "Action: Clerk"), a signature, a page's marker
_VOTE_OR_CLAUSE = re.compile(
    r"(?i)^(?:that|carried|lost|proposed|seconded|moved|unanimous\w*|actions?|signed|dated|resolved|agreed|noted|present|apologies|page|minutes?)\b"
)
# words no heading of business holds: a vote's ("All In Favour", "Vote Taken By Show Of Hands"), an owner's cell ("Clerk To
# Action"), a report's own parts ("Financial Implications", "Risk Assessment"), a firm paid ("Greenway Landscapes Ltd"), the
# page's running header ("Kirkby Underdale Parish Council Minutes")
_NO_BUSINESS_WORD = re.compile(
    r"(?i)\b(?:favour|favor|votes?|abstain\w*|show\s+of\s+hands|actions?|implications?|risks?|assessment|ltd|limited|plc|llp|"
    r"council|minutes|agenda|signed|page|confidential|exempt|restricted|ended|closure|"
    r"chair(?:man|person)?|vice|secretary|treasurer|liaison|warden|mayor|deputy)\b"
)
# a report by one person or body ("Clerk's Report", "Report from the County Councillor"): its topics are its parts
_ONES_REPORT = re.compile(r"(?i)['\u2019]s\s+report\b(?!s)|\breport\s+(?:of|from|by)\b")
# a line announcing a list: its entries follow, whatever their shape
_ANNOUNCES = re.compile(r"(?i)\b(?:the\s+following|as\s+follows|namely|below|listed)\b")
# an item whose headings stand for what it lists, not business of their own: letters from bodies, plans at addresses
_LISTING_ITEM = re.compile(r"(?i)\b(?:correspondence|letters?|communications?|planning|applications?|payments?|accounts|invoices)\b")
_CHAIRS = r"(?:chair(?:man|person|woman)?|mayor|convener|provost)['\u2019]?s"  # the chair's (or a mayor's) own business
# an item that holds business of its own under its headings ("Matters Arising", "Reports", "Urgent Business", "Representatives
# to Outside Bodies"): a heading may stand straight under its title
_HOLDING_ITEM = re.compile(
    r"(?i)\b(?:matters\s+arising|reports?|updates?|urgent\s+business|other\s+business|representatives|outside\s+bodies|information"
    r"|announcements|working\s+groups?|" + _CHAIRS + r"\s+business)\b"
)
_CHAIRS_BUSINESS = re.compile(r"(?i)\b(?:" + _CHAIRS + r"\s+(?:business|announcements)|announcements)\b")
_NO_SENTENCE_HEADING = re.compile(
    r"(?i)^(?:still|awaiting|waiting|pending|ongoing|completed|done|thanks?|thank|please|no|not|none|nothing|it|we|they|he|she|you|this|there)\b"
    r"|\b(?:the|of|and|to|a|an|for|with|on|in|at|by|from)\s*$"
)
_NAMED_BELOW = r"\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+{surname}\b"
_BULLET = re.compile(r"^[-\u2013\u2022\u00b7*\u25aa]\s")


def with_inner_headings(lines: list[str], headings: list[Heading]) -> list[Heading]:
    """The numbered run with each heading found inside an item's minute after the item (numbered "", so that it reads
    as a heading of its own); the run itself where none is found, or where fewer than two items are numbered."""
    if sum(1 for heading in headings if heading.number) < 2:
        return headings
    out: list[Heading] = []
    for position, heading in enumerate(headings):
        out.append(heading)
        if not _HOLDING_ITEM.search(heading.title) or _LISTING_ITEM.search(heading.title) or _ONES_REPORT.search(heading.title):
            continue  # (only an item that holds business under headings; never a list's entries closed by one decision)
        stop = headings[position + 1].index if position + 1 < len(headings) else len(lines)
        stop = stop if heading.body_end is None else min(stop, heading.body_end)
        # (never after a line announcing a list, "The following letters were received:", "... listed below.": its entries)
        listed = next((i for i in range(heading.body_start, stop) if _ANNOUNCES.search(lines[i]) and re.search(r"(?i):\s*$|\bbelow\b|\blisted\b", lines[i])), stop)
        found = [] if _a_list_inside(lines, heading, stop) else [index for index in range(heading.body_start, listed) if _inner_heading(lines, index, heading, stop)]
        if found:
            strict = set(found)
            # (its siblings, where one is found: a line of the same shape over its text, whatever ended the line above,
            # "Action: Clerk", "Noted", a list's row, and a title of one word, "Appeals")
            found = [index for index in range(heading.body_start, listed) if index in strict or _inner_heading(lines, index, heading, stop, siblings=True)]
            # (a sibling refused only for its words, "Westmere District Council", "Climate Action", or its colon, would leave its
            # text under the heading above it: then none of the item's headings is taken)
            if any(index not in found and _inner_heading(lines, index, heading, stop, siblings=True, words=False) for index in range(heading.body_start, listed)):
                found = []
        first = next((index for index in range(heading.body_start, stop) if lines[index].strip()), None)
        if found == [first]:
            found = []  # (one line straight under the item's title alone: its subtitle or its title again in Gaelic or Welsh)
        out += [Heading(index, index + 1, "", 0, tidy_title(lines[index].strip()), "unnumbered", 0.5) for index in found]
    return out


def _inner_heading(lines: list[str], index: int, heading: Heading, stop: int, siblings: bool = False, words: bool = True) -> bool:
    """Whether the line is a heading of business inside the item (one that holds business under headings): its shape,
    the item's title, the line before it and the text below (where `siblings`, a heading of the item is found already: any line but a heading's may stand
    above it, and one word may be its title)."""
    line = lines[index].strip()
    # (a sibling in sentence case, "Wedding of staff member", only under the chair's business and as a paragraph of its
    # own, blank lines either side; never a status, "Still waiting on the council", "Awaiting a reply", nor a thanks)
    apart = siblings and words and bool(_CHAIRS_BUSINESS.search(heading.title)) and 0 < index < len(lines) - 1 \
        and not lines[index - 1].strip() and not lines[index + 1].strip() and not _NO_SENTENCE_HEADING.search(line)
    if not _heading_shape(line, siblings, words, sentence=apart):
        return False
    long = [word for word in line.split() if len(word) > 3]
    if len(heading.title.split()) <= 6 and {_stem(word) for word in long} & {_stem(word) for word in heading.title.split() if len(word) > 3}:
        return False  # ("3 REPORTS" over "CLERK'S REPORT", "Cabinet decisions" over "Cabinet Decision Record D370102": its parts)
    above = next((i for i in range(index - 1, heading.index - 1, -1) if lines[i].strip()), heading.index)
    if above < heading.body_start:
        if re.search(r"(?i)\b(?:of|and|the|to|for|in|on|at|with|&)\s*$", heading.title):
            return False  # (straight under "2. Ferry Services": its subtitle, or its title again in Gaelic; a title's wrapped end)
    elif siblings:
        if _heading_shape(lines[above].strip(), True) or _ANNOUNCES.search(lines[above]):
            return False
    elif not (_PROSE_END.search(lines[above]) and len(lines[above].split()) >= 4) or re.match(r"(?i)\W*signed\b", lines[above]):
        return False  # (a list's line, a table's cell, a wrapped title, a date in brackets; a line announcing it; a signature's)
    below = next((i for i in range(index + 1, stop) if lines[i].strip()), None)
    if below is None:
        return False
    text = lines[below].strip()
    if opener(text) is not None:
        return True
    if re.search(_NAMED_BELOW.format(surname=re.escape(line.split()[-1])), text) or _BULLET.match(text) or is_caps_line(text):
        return False  # ("Kester Blain" over "Mr Blain spoke ...": a speaker's name; a heading over a list)
    # (a paragraph, its wrapped lines read together: a sentence ended, or long enough to wrap; never a line of a table,
    # "Annual maintenance of the play area")
    paragraph = " ".join(itertools.takewhile(lambda line: line.strip(), lines[below : min(stop, below + 4)])).strip()
    return len(text.split()) >= 6 and (text[0].isupper() or text[0] in "\"'\u2018\u201c") and (bool(_PROSE_END.search(paragraph)) or len(paragraph.split()) >= 12)


def _a_list_inside(lines: list[str], heading: Heading, stop: int) -> bool:
    """Whether the item holds a list rather than business under headings: a heading-shaped line over bullets (its
    siblings are sections too)."""
    body = [line.strip() for line in lines[heading.body_start : stop] if line.strip()]
    return any(_heading_shape(line) and _BULLET.match(following) for line, following in zip(body, body[1:]))


def _heading_shape(line: str, single: bool = False, checked: bool = True, sentence: bool = False) -> bool:
    """A short line in title case or capitals that is no name, vote, figure, decision, report's part or page furniture
    (where `single`, one capitalised word of four letters or more will do; where not `checked`, its words are not looked
    at for a council, an action or the like, and a colon may end it; where `sentence`, sentence case will do)."""
    line = line if checked else line.rstrip(" :")
    words = line.split()
    if re.match(r"\(?(?:[A-Za-z]|[ivxIVX]{2,4})[.)]\s", line):
        return False  # ("A. Highways", "B) Footpaths": a lettered point's line, its own reader's to judge)
    if not (1 <= len(words) <= 8 and 4 <= len(line) <= 60) or not line[0].isupper() or line.endswith((".", ",", ";", ":", "-", "\u2013", "!", "?")) or "," in line:
        return False
    if re.match(r"(?i)(?:dear|yours)\b", line) or any(re.search(r"\d", word) and re.search(r"[A-Za-z]", word) and "/" in word for word in words):
        return False  # (a letter's salutation; a reference, "Resolution Record No. BTC/036/24/May/04")
    long = [word for word in words if len(word) > 3]
    capitals = is_caps_line(line) and sum(ch.isalpha() for ch in line) >= 6
    titled = (len(words) >= 2 or single and len(line) >= 4 and line.isalpha()) and bool(long) and (
        sentence and len(words) >= 2 or all(word[0].isupper() or not word[0].isalpha() for word in long) and words[-1][0].isupper())
    if not (capitals or titled) or _FIGURE.search(line) or _VOTE_OR_CLAUSE.match(line) or _SECTION_WORDS.fullmatch(line.rstrip(" :")):
        return False
    return not (only_people(line) or opener(line) is not None or re.search(r"\b(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Dr)\b", line) or checked and _NO_BUSINESS_WORD.search(line))


def _stem(word: str) -> str:
    """A word in lower case without its plural's or possessive's ending ("Reports", "REPORT" and "report's" are one)."""
    return re.sub(r"(?:'s|\u2019s|s)$", "", word.lower().strip(".,:;()"))
