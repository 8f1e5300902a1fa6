"""An agenda whose numbered list became dashes on the web: "AGENDA" over "- Welcome by the Chairman",
"- Apologies ...", "- To approve the minutes ...". Each dash is an item (its number was lost, so it has
none); a line between the dashes, a point indented under one or a numbered point ("9.1 Shop") is the
text of the item above it. Minutes use dashes for points, so only a list under an AGENDA heading counts,
and not where two or more items under it kept their numbers (the dashes are then their points).

Minutes whose own numbered list became dashes ("- Insurance. The clerk had renewed ...") are read by
`minutes_list_items`, only where the page has no other headings.
"""

from __future__ import annotations

import re

from cpb_tui.importers.layout import is_caps_line
from cpb_tui.importers.numbering import Heading, tidy_title
from cpb_tui.importers.titles import _title_like, only_people

_AGENDA = re.compile(r"^\s*(?:AGENDA|Agenda|A\s+G\s+E\s+N\s+D\s+A)\s*:?\s*$")
_SUMMONS = re.compile(r"(?i)\b(?:(?:are|is)\s+(?:hereby\s+)?summoned\s+to|notice\s+is\s+hereby\s+given)\b")
# "You are invited to the meeting of ... when the following matters will be considered.": an invitation over its list
_FOLLOWING = re.compile(r"(?i)\bthe\s+following\s+(?:business|matters|items)\s+(?:will|is\s+to|are\s+to)\s+be\s+(?:considered|discussed|transacted)\b")
# a top-level dash (at most one space before it); "·" and indented dashes are points under an item
_DASH = re.compile(r"^ ?[-\u2013\u2022*]\s+(?P<title>\S(?:.*\S)?)\s*$")
# an item that kept its number ("3. Minutes", "Item 4 Finance"; never a point "9.1 Shop"): the dashes are then points under items
_NUMBERED = re.compile(r"^(?:Item\s+)?\d{1,3}(?![.]\d)[.):]?\s+\S", re.IGNORECASE)  # (unindented: an indented "12 Church Lane" is a point)
_POINT = re.compile(r"^\s*\d{1,3}\.\d{1,2}\.?\s+\S")
# where the list ends: another heading ("MINUTES OF THE MEETING HELD ON ...", "Notes")
_NEXT_PART = re.compile(r"^(?:minutes|notes|draft\s+minutes|reports?|appendix)\b", re.IGNORECASE)
# where the list ends: the notice signed, the clerk's name, a letter's close
_LIST_END = re.compile(r"^\s*(?:Signed|Yours\s+(?:sincerely|faithfully)|Dated?\s*:|Clerk\s+to\s+the\s+Council)\b", re.IGNORECASE)


def agenda_list_items(lines: list[str], least: int = 4) -> list[Heading]:
    """The items of a dashed list under the first AGENDA heading in the first 80 lines, if it has `least` or more."""
    start = next((index for index, line in enumerate(lines[:80]) if _AGENDA.match(line)), None)
    # (or the summons itself, with no AGENDA heading: "Councillors are summoned to a meeting of ... to be held on")
    start = next((index for index, line in enumerate(lines[:12]) if _SUMMONS.search(line)), None) if start is None else start
    if start is None:  # (an invitation over its list: only a list of plain lines, never its dashed points)
        invited = next((index for index, line in enumerate(lines[:12]) if _FOLLOWING.search(line)), None)
        found = _plain_lines(lines, invited) if invited is not None else []
        return found if len(found) >= least else []
    found: list[Heading] = []
    numbered = 0
    for index in range(start + 1, len(lines)):
        if _LIST_END.match(lines[index]):
            break
        numbered += bool(_NUMBERED.match(lines[index]))
        if numbered >= 2:
            return []  # items that kept their numbers, with dashed points under them
        dash = _DASH.match(lines[index])
        # (a point numbered under the item above, "4.1 UPDATE FROM THE SHOP GROUP", is that item's text, even in capitals)
        if dash is None and found and (_NEXT_PART.match(lines[index]) or is_caps_line(lines[index]) and len(lines[index].split()) >= 3
                                       and not _POINT.match(lines[index])):
            break
        if dash is None:
            continue
        title, rest = dash.group("title"), None
        # "Minutes of the previous meeting \u2013 To consider a resolution to approve ...": the words before the dash name it
        split = re.match(r"^(?P<title>[^\u2013\u2014]{3,90}?)\s+[\u2013\u2014-]\s+(?P<rest>\S.{10,})$", title) if len(title) > 90 else None
        if split:
            title, rest = split.group("title"), split.group("rest")
        title = title.rstrip(" \u2013\u2014-").strip()
        if len(re.sub(r"[^A-Za-z]", "", title)) < 3:
            continue
        found.append(Heading(index, index + 1, "", 0, tidy_title(title[:200]), "heading", 1.0, rest))
    if not found and numbered == 0 and _AGENDA.match(lines[start]):
        found = _plain_lines(lines, start)
    return found if len(found) >= least else []


# a line of the list that is no item: a time, the venue, who is summoned, a note to the public
_NOT_A_LINE_ITEM = re.compile(r"(?i)^(?:\d{1,2}[.:]\d{2}|at\s|venue|members?\s+of\s+the\s+public|all\s+members|councillors?\s*:|present|clerk\b|chair\w*\s*:|(?:cllrs?|councillors?|mrs?|ms|dr)\.?\s)")


def _plain_lines(lines: list[str], start: int) -> list[Heading]:
    """AGENDA over its items one to a line with neither numbers nor dashes ("APOLOGIES FOR ABSENCE", "DECLARATIONS OF
    INTEREST", "MINUTES OF THE MEETING HELD ON 1 APRIL", ...): each short line of one unbroken run is an item. Any line
    of prose in the run (a sentence, a name, a time) and it is not such a list."""
    first = next((i for i in range(start + 1, min(start + 4, len(lines))) if lines[i].strip()), None)
    if first is None:
        return []
    found: list[Heading] = []
    for index in range(first, len(lines)):
        line = lines[index].strip()
        if not line or _LIST_END.match(line):
            break
        if found and re.match(r"[a-h][.)]\s+\S", line):
            continue  # "a. To approve payment of invoices": a point of the item above, in its text
        title = line.rstrip(" .")
        if len(title.split()) > 12 or re.search(r"[.;!?]\s|[.;]$", line) and not re.fullmatch(r"[A-Z0-9 ,&'\u2019()/-]+\.?", line) or title.endswith(":") or not title[:1].isupper() \
                or _NOT_A_LINE_ITEM.match(title) or only_people(title) or not _title_like(title):
            return []
        dashed = re.match(r"^(?P<title>[^\u2013\u2014]{3,80}?)\s+[\u2013\u2014-]\s+(?P<rest>[a-z].{3,})$", title)  # "FINANCE \u2013 to approve payments"
        found.append(Heading(index, index + 1, "", 0, tidy_title(dashed.group("title") if dashed else title), "heading", 1.0,
                             dashed.group("rest") if dashed else None))
    if any(re.match(r"To\s+[a-z]", h.title) for h in found) and any(is_caps_line(lines[h.index]) for h in found):
        # ("APOLOGIES FOR ABSENCE" over "To receive apologies for absence": the headings are the items, the lines under them
        # their purposes)
        found = [h for h in found if not re.match(r"To\s+[a-z]", h.title)]
    return found


# a minute that opens with a short run-in title: "Insurance. The clerk had renewed ...", "BT box.The clerk ...",
# "Declaration of Interests. The Chairman invited ..." (the stop may have lost its space)
_RUN_IN_TITLE = re.compile(r"^(?P<title>[A-Z][\w'\u2019&/()-]*(?:\s+[\w'\u2019&/()-]+){0,7}?)\s*[.:]\s*(?=[A-Z])")
# a dash that opens a decision's clause ("- that the grant be paid"), or a list after a lead-in ("RESOLVED:")
_CLAUSE_DASH = re.compile(r"^(?:that|to)\b", re.IGNORECASE)
# a dash that is a letter, a payment or a sum: a list of correspondence or accounts, not of minutes
_LISTED_THING = re.compile(r"^(?:Letter|E-?mail|Invitation|Newsletter|Invoice|Cheque|Payment|Receipt|Grant|Quote|Leaflet|Notice|Copy|\u00a3|\d)", re.IGNORECASE)
# a minute written as a sentence with its doer first: "The Council approved ...", "The Chairman invited ..."
_DOER_FIRST = re.compile(r"^(?:The\s+(?:Council|Chair\w*|Clerk|Committee|Members|Meeting|Mayor)|Cllrs?\b|Councillors?\b|Members\b|It\s+was\b)")


# the words a title cut short may stop after: never "... the Minutes of", "... as Convener of"
_LINKS_AT_END = re.compile(r"(?:\s+(?:in|the|of|to|a|an|and|for|on|at|by|with))+$")


def _first_words(text: str, count: int) -> str:
    """The first `count` words of a minute's first sentence: its title where the page gave none."""
    return " ".join(re.split(r"(?<=[a-z0-9)])\.\s", text)[0].split()[:count])


def minutes_list_items(lines: list[str], least: int = 4) -> list[Heading]:
    """Minutes whose numbered list became dashes: "- Insurance. The clerk had renewed ...", "- The Council
    approved and signed the minutes ...". Each top-level dash that holds a paragraph is a minute (its number
    was lost). Only where the page has no other headings (the caller's last resort), with `least` or more such
    dashes, three in four of them titled by their first words or opened by who acted, none of them a decision's
    clause, a letter or a payment, and the list not opened by a lead-in ("Correspondence received was reported")."""
    found: list[Heading] = []
    minute_like = listed = 0
    for index, line in enumerate(lines):
        dash = _DASH.match(line)
        if dash is None:
            continue
        text = dash.group("title")
        previous = next((lines[i].strip() for i in range(index - 1, -1, -1) if lines[i].strip()), "")
        # (a lead-in ends in a colon or tells of a list; "5 residents" closing the attendance is none)
        lead_in = not _DASH.match(previous) and not previous.endswith((".", "!", "?")) and (
            previous.endswith((":", ";", "-", "\u2013")) or bool(re.search(r"(?i)\b(?:was|were|is|are|reported|received|following|follows|include[sd]?)\b", previous)))
        if _CLAUSE_DASH.match(text) or not text[:1].isupper() or not found and lead_in:
            return []  # a decision's clauses, or a list a lead-in opens: not the page's minutes
        listed += bool(_LISTED_THING.match(text))  # (a letter or a payment: a list of them is no minutes, one among them may be)
        if len(text) < 30:
            continue  # a short point ("- Cllr Hale"), not a minute
        titled = _RUN_IN_TITLE.match(text)
        minute_like += bool(titled or _DOER_FIRST.match(text))
        title = _LINKS_AT_END.sub("", titled.group("title") if titled else _first_words(text, 8))
        found.append(Heading(index, index + 1, "", 0, tidy_title(title.rstrip(" .:,;")[:200]), "heading", 1.0, text))
    return found if len(found) >= least and minute_like * 4 >= len(found) * 3 and listed * 3 < len(found) else []


# a paragraph that records business: a decision, or what someone reported, asked or agreed
_RECORDS = re.compile(r"\b(?:agreed|resolved|decided|reported|noted|asked|proposed|seconded|approved|accepted|signed|received|discussed|explained|confirmed|requested)\b", re.IGNORECASE)
_PREAMBLE = re.compile(r"^(?:Present|Apologies|In\s+attendance|Attendees|Also\s+present|Minutes\s+of|Minutes\b|Chair(?:man)?\s*:)", re.IGNORECASE)


def paragraphs(lines: list[str]) -> list[tuple[int, str]]:
    """Each paragraph (text between blank lines): the index of its first line, and its lines joined."""
    found: list[tuple[int, str]] = []
    start = None
    for index in range(len(lines) + 1):
        blank = index == len(lines) or not lines[index].strip()
        if start is None and not blank:
            start = index
        if blank and start is not None:
            found.append((start, " ".join(line.strip() for line in lines[start:index])))
            start = None
    return found


def paragraph_items(lines: list[str], least: int = 4) -> list[Heading]:
    """Minutes that lost every heading: each paragraph (text between blank lines) that records business is a minute,
    titled by its first words. Only where the page has no other headings, with `least` or more such paragraphs; the
    lines above the first (title, those present) stay the meeting's."""
    found: list[Heading] = []
    for start, text in paragraphs(lines):
        if len(text) >= 80 and _RECORDS.search(text) and not _PREAMBLE.match(text) and text[:1].isupper():
            # its words up to the first verb ("The minutes of the meeting held on 9th May were read ..."), else its first eight
            short = re.match(r"^(?P<title>.{3,80}?)\s+(?:was|were|had|has|is|are)\s", text)
            title = short.group("title") if short and len(short.group("title").split()) >= 3 else " ".join(re.split(r"(?<=[a-z0-9)])[.:]\s", text)[0].split()[:8])
            title = re.sub(r"(?:\s+(?:in|the|of|to|a|an|and|for|on|at|by|with|that|was|were|had))+$", "", title)
            found.append(Heading(start, start, "", 0, tidy_title(title.rstrip(" .:,;")[:200]), "heading", 1.0, None))
    return found if len(found) >= least else []


# a heading of its own on a dash ("- Matters arising from the Minutes", "- Chairman's Report"): a few words, no sentence
_DASH_HEADING = re.compile(r"^(?!(?:The|This|It|He|She|They|We|A|An)\b)[A-Z][\w'\u2019&/,()-]*(?:\s+[\w'\u2019&/,()-]+){0,11}$")


# (never a task, "Clerk to order the new dog bin", nor a decision, "Minutes approved")
_NO_HEADING = re.compile(r"^\S+(?:\s+\S+){0,3}\s+to\s+[a-z]|\b(?:approved|agreed|resolved|accepted|noted|signed|adopted|deferred)\b", re.IGNORECASE)


def dashed_heading_items(lines: list[str], least: int = 3) -> list[Heading]:
    """Minutes where every line became a dash: a heading's dash ("- Chairman's Report") over the dashes of its text
    ("- The Chairman presented his report ..."). Each heading is an item holding the text dashes below it, where
    `least` or more headings each stand over text."""
    dashes = [(index, match.group("title")) for index, line in enumerate(lines) if (match := _DASH.match(line))]
    found: list[Heading] = []
    for position, (index, text) in enumerate(dashes):
        following = dashes[position + 1][1] if position + 1 < len(dashes) else ""
        if _DASH_HEADING.match(text) and not text.endswith((".", ":", ";")) and (len(following) >= 60 or following.endswith(".")) \
                and not _DASH_HEADING.match(following) and not _NO_HEADING.search(text):
            found.append(Heading(index, index + 1, "", 0, tidy_title(text), "heading", 1.0))
    # the dashes are the page's whole layout: its headings and their texts take most of its lines
    texts = sum(1 for _, text in dashes if not _DASH_HEADING.match(text))
    return found if len(found) >= least and len(dashes) >= 2 * len(found) and texts >= len(found) else []


# "To receive apologies ...": an agenda's own words; a verb of a sentence ("... will plant ...", "... was agreed ...") is none
_AGENDA_VERB = re.compile(r"^To\s+[a-z]+\b")
_SENTENCE_VERB = re.compile(r"\b(?:will|would|should|shall|is|are|was|were|has|have|had|be|been|agreed|decided|resolved|asked|reported)\b")


def bulleted_heading_items(lines: list[str]) -> list[Heading]:
    """Minutes whose item numbers became bullets in an export ("- To receive apologies for absence" over "Apologies were
    received as above", "- To note the resignation of Cllr Rowe – Noted" over "RESOLVED: To send ..."): each bullet
    that reads as a title (an agenda's "To ..." wording or a heading) and stands over lines of text of its own, not bulleted,
    is an item. Only where three or more do, and they are most of the page's bullets (a page of bulleted points is not
    one)."""
    bullets = [index for index, line in enumerate(lines) if _DASH.match(line)]
    found: list[Heading] = []
    for position, index in enumerate(bullets):
        title = _DASH.match(lines[index]).group("title")
        stop = bullets[position + 1] if position + 1 < len(bullets) else len(lines)
        texts = [line for line in lines[index + 1 : stop] if line.strip()]
        # (a bullet wrapped onto the next line, "- The group will plant thirty whips along the north hedge of the" over
        # "churchyard.", is a sentence, not a heading; so is one with a verb of what was done or will be)
        wrapped = bool(texts) and (texts[0].strip()[:1].islower() or texts[0][:1].isspace() and not lines[index][:1].isspace())
        if texts and not wrapped and not title.endswith((".", ";", ",")) and len(title.split()) <= 24 and _title_like(title, long=True) \
                and (_AGENDA_VERB.match(title) or not _SENTENCE_VERB.search(title)):
            found.append(Heading(index, index + 1, "", 0, tidy_title(title), "heading", 1.0))
    return found if len(found) >= 3 and len(found) * 3 >= len(bullets) * 2 else []


def dashes_before_the_numbers(lines: list[str], numbered: list[Heading]) -> list[Heading]:
    """Items the dashes kept where a list lost only its first numbers: twelve "- It was agreed to ..." lines, then
    "13. Next meeting on Tuesday ...". The dashes count up to the first number the page printed after them (that
    number proves them items); else `numbered` as it was."""
    dashes = [index for index, line in enumerate(lines) if _DASH.match(line) and (not numbered or index < numbered[0].index)]
    printed = next(((index, match) for index, match in ((i, _PRINTED.match(lines[i])) for i in range(dashes[-1] + 1, len(lines))) if match), None) if len(dashes) >= 3 else None
    if printed is None or int(printed[1].group("value")) != len(dashes) + 1 or numbered and numbered[0].index != printed[0]:
        return numbered
    first_text = next(index for index, line in enumerate(lines) if line.strip())
    # one run: nothing but blank lines between the dashes, each opening a sentence, and no heading before the first
    between = [line for line in lines[dashes[0] : dashes[-1]] if line.strip() and not _DASH.match(line)]
    if between or dashes[0] - first_text > 8 or any(not _DASH.match(lines[i]).group("title")[:1].isupper() for i in dashes):
        return numbered
    found = []
    for index in dashes + [printed[0]]:
        text = _DASH.match(lines[index]).group("title") if index != printed[0] else printed[1].group("text")
        title = _LINKS_AT_END.sub("", _first_words(text, 10).rstrip(" .,;:"))
        number = printed[1].group("value") if index == printed[0] else ""
        found.append(Heading(index, index + 1, number, int(number or 0), tidy_title(title), "inline" if number else "heading", 1.0, text))
    return found + numbered[1:]


# "13. Next meeting on Tuesday ...": a number the page printed, before a sentence
_PRINTED = re.compile(r"^\s*(?P<value>\d{1,2})[.)]\s+(?P<text>[A-Z].*)$")
