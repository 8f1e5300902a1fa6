"""Items of pages that lost their numbers: title lines under a "No. Item" header, agenda tables
flattened a row a line (with or without their header), and headings over prose.
"""

from __future__ import annotations

import re

from cpb_tui.importers.bar_rows import by_bars, flattened_rows, meeting_banner
from cpb_tui.importers.caps_runs import caps_over_prose
from cpb_tui.importers.capital_headings import CAPS_HEADING_LINE, _capital_headings  # noqa: F401 - (shapes.py reads CAPS_HEADING_LINE here)
from cpb_tui.importers.dates import find_date
from cpb_tui.importers.decisions import opener
from cpb_tui.importers.layout import is_caps_line
from cpb_tui.importers.numbering import (
    MINUTES_LINE,
    NOISE,
    Heading,
    _ATTACHMENT,
    _PAGES,
    _title_like,
    tidy_title,
)
from cpb_tui.importers.titles import ACTION_TAG, SITE_LABEL, only_people
from cpb_tui.importers.dashed_headings import _PERSON, _VERBISH, _dashed_headings

_ATTACHED_TITLE = re.compile(r"\bpdf icon\b|\bPDF\s+\d+(?:\.\d+)?\s*[KM]B\s*$", re.IGNORECASE)

_LIST_HEADER = re.compile(r"^\s*\|?\s*(?:No\.?\s*\|?\s*Item|Item\s+No\.?|Items|Rhif\s*\|?\s*Eitem)\s*\|?\s*$", re.IGNORECASE)

# A table row flattened onto one line: "Apologies Additional documents: Minutes: Apologies were ..."
_INLINE_MINUTES = re.compile(
    r"^\s*\|?\s*(?P<title>[^:|]{3,160}?)\s+(?:(?:Additional documents|Dogfennau ychwanegol)\s*:\s*)?(?:Minutes|Cofnodion)\s*:\s*(?P<rest>.*)$",
    re.IGNORECASE,
)

# a row whose title ends in a colon over its agenda text: "Apologies for absence: Members are requested ... Minutes: ..."
_LABELLED_ROW = re.compile(r"^\s*\|?\s*(?P<title>[A-Z][^:|]{2,80}?):\s+[^|]{3,600}?\s(?:Minutes|Cofnodion)\s*:\s*(?P<rest>.*)$")

# a row whose decision follows its title with no "Minutes:" label: "Exclusion of Public and Press RESOLVED: That, as ..."
_RESOLVED_ROW = re.compile(
    r"^\s*\|?\s*(?P<title>[A-Z][\w'\u2019&/()-]*(?:\s+(?:[A-Z][\w'\u2019&/()-]*|of|and|for|the|to|in|on|at|a|an|&|-|\u2013)){0,10}?)\s+(?P<rest>RESOLVED\s*:.*)$"
)  # (a title's words, never a sentence's: "After a short debate it was RESOLVED: ..." is a minute)

_LABEL_LINE = re.compile(r"^\s*[A-Z][\w ./'()-]{0,30}:\s")

_ROW_TITLE = re.compile(
    r"^\|?\s*(?P<title>[A-Z][^|]{2,160}?)(?:\s+(?=To\s+[a-z]+\b|Minutes\s*:|[A-Z][a-z]+(?:\s+[a-z]+)?\s+(?:is|are)\s+(?:recommended|asked|invited)\b)(?P<rest>.*))?\s*\|?\s*$"
)

# an agenda row's note after its title: "Including any urgent items.", "If any", "Members should declare any interests."
_ROW_DESCRIPTION = re.compile(
    r"(?<=[a-z)])(?<!\bby)(?<!\bof)(?<!\bfrom)(?<!\band)(?<!\bfor)(?<!\bto)(?<!\bthe)\s+(?:(?:Including|If|Any|None)\b[^.|]*\.?"
    r"|(?:Members|Councillors)\s+(?:should|are|must|will|may|to)\b[^|]*|[A-Z][a-z]+(?:\s+[a-z][\w'\u2019-]*)+\.)\s*$"
)


def _table_rows(lines: list[str], start: int) -> list[Heading]:
    """Rows of an agenda table flattened to a line each ("Title To receive ... Minutes: ..."):
    each row that is not the continuation of the one before ("Minutes: None.") is an item."""
    rows: list[Heading] = []
    for index in range(start + 1, len(lines)):
        line = lines[index].strip().strip("|").strip()
        if not line or re.fullmatch(r"[-|: ]*", line) or re.match(r"^(?:Minutes|Additional documents|Supporting documents)\s*:", line, re.I):
            continue
        paper = _ATTACHMENT.search(line)
        if paper and paper.start() >= 3 and (line[0].isupper() or line[0].isdigit()):
            # "Fees and Charges 2023/24 PDF 163 KB Joint Report of ...": the title ends at its paper (and may open with a year)
            title, rest = line[: paper.start()].strip(), re.sub(r"\s*Additional documents:", "", line[paper.end():]).strip()
        else:
            match = _ROW_TITLE.match(re.sub(r"\s*Additional documents:\s*$", "", line))
            if not match or not line[0].isupper():
                continue
            title, rest = _ATTACHMENT.sub(" ", match.group("title")).strip(), match.group("rest") or ""
            described = _ROW_DESCRIPTION.search(title)  # ("Order of Business Including any urgent items.": the title, then its note)
            described = None if described and re.search(r"\b(?:was|were|is|are|had|has|have|declared|reported|said|agreed|noted)\b", title[: described.start()]) else described
            title, rest = (title[: described.start()], f"{described.group(0).strip()} {rest}".strip()) if described else (title, rest)
        if len(title.split()) > 16 or not _title_like(title, long=True):
            continue
        rows.append(Heading(index, index + 1, "", 0, tidy_title(title), "unnumbered", 1.0, rest.strip() or None))
    return rows

_UNDER_TITLE_LINE = re.compile(r"^(?:(?:Joint\s+)?Reports?\s+(?:of|by|from)\b|(?:Additional|Supporting)\s+documents\b|Purpose\b|Lead\s+(?:Member|Officer)\b|Portfolio\s+Holder\b)", re.IGNORECASE)


# a wrapped row's title before its agenda text: "Declarations of Interest Members must name the item they ..."
_WRAPPED_ROW_TITLE = re.compile(r"^\s*(?P<title>[A-Z][^|:.]{2,80}?)\s+(?=(?:Members|Councillors|To\s+[a-z]+|The\s+(?:Committee|Council|Cabinet|Board)\s+(?:is|are|will))\b)")


def _with_wrapped_rows(inline: list[Heading], lines: list[str], start: int) -> list[Heading]:
    """A table whose rows end with " |" and may wrap over lines: a row that starts a line and whose record ("Minutes:")
    comes lines later ("Declarations of Interest Members must name ..." over "(a) ...", "(b) ... Minutes: Councillor
    Aske declared ... |") is an item too, its body from its record."""
    if sum(1 for line in lines[start + 1 :] if line.rstrip().endswith("|")) < 2:
        return inline
    found = {heading.index: heading for heading in inline}
    row_start = start + 1
    for index in range(start + 1, len(lines)):
        if not lines[index].rstrip().endswith("|"):
            continue
        first, row_start = row_start, index + 1
        while first < index and not lines[first].strip():
            first += 1
        if first == index or first in found:
            continue
        row = " ".join(line.strip() for line in lines[first : index + 1]).rstrip("| ")
        record = re.search(r"\s(?:Minutes|Cofnodion)\s*:\s*", row)
        title = _WRAPPED_ROW_TITLE.match(row[: record.start()]) if record else None
        if title and _title_like(title.group("title").strip()):
            # (a line inside the row read as a row of its own, "(b) Members who withdraw ... Minutes: ...", is part of it)
            found = {at: heading for at, heading in found.items() if not first < at <= index}
            found[first] = Heading(first, index + 1, "", 0, tidy_title(title.group("title").strip()), "unnumbered", 1.0, f"Minutes: {row[record.end():]}")
    return sorted(found.values(), key=lambda heading: heading.index)


def unnumbered_items(lines: list[str]) -> list[Heading]:
    """Items of a web page that lost its numbers: short title lines under the "No. Item" header.

    A title there is a line with no closing full stop, followed by a decision, a "Minutes:"
    line or a sentence; narrative lines end with full stops.
    """
    start = next((i for i, line in enumerate(lines[:60]) if _LIST_HEADER.match(line)), None)
    if start is None:
        start = meeting_banner(lines)  # ("Agenda and decisions" over "Finance Committee - Tuesday, 12th March, 2024 7.00 pm")
    if start is None:
        return flattened_rows(lines)
    found = _under_header(lines, start)
    return by_bars(found, lines, start) if "|" in lines[start] else found


def _under_header(lines: list[str], start: int) -> list[Heading]:
    inline = [  # (the row's record keeps its "Minutes:" label, so its decisions are read as the record's, not as its purpose)
        Heading(i, i + 1, "", 0, tidy_title(title), "unnumbered", 1.0, (f"Minutes: {m.group('rest')}" if m.re is not _RESOLVED_ROW else m.group("rest")) if m.group("rest") else None)
        for i, m in ((i, _INLINE_MINUTES.match(lines[i]) or _LABELLED_ROW.match(lines[i]) or _RESOLVED_ROW.match(lines[i])) for i in range(start + 1, len(lines)))
        # (the title ends where the agenda's words begin: "Mere Hall Lease To consider the renewal ... Minutes: ...")
        if m and _title_like(title := re.split(r"\s+(?=To\s+[a-z]{3,}\b)", _ATTACHMENT.sub(" ", m.group("title")).strip())[0])
    ]
    inline = _with_wrapped_rows(inline, lines, start) if "|" in lines[start] else inline
    rows = _table_rows(lines, start) if "|" in lines[start] else []
    if len(rows) >= 2 and len(rows) > len(inline):
        return rows
    if len(inline) >= 2:
        return inline
    found: list[Heading] = []
    previous, previous_at = "", -1
    decisions = any(re.match(r"^\s*Agenda\s+and\s+decisions\s*$", line, re.IGNORECASE) for line in lines[:start])
    for index in range(start + 1, len(lines)):
        line = lines[index].strip()
        if not line:
            continue
        (before, before_at), (previous, previous_at) = (previous, previous_at), (line, index)
        bare = _ATTACHMENT.sub(" ", _PAGES.sub(" ", line)).strip()
        following = next((l.strip() for l in lines[index + 1 : index + 8] if l.strip()), "")
        stopped = bare.endswith(".") and len(bare.split()) <= 10 and bool(re.match(r"^To\s+[a-z]+\b", following)) and not re.match(r"^To\s", bare)
        # "Declaration of Interests." in title case, and "To approve ... the minutes of ... 2021. pdf icon PDF 137 KB": titles with a stop
        under_title = bool(found) and before_at == found[-1].index  # the text of the title above
        stopped = stopped or bare.endswith(".") and (bool(_ATTACHED_TITLE.search(line)) and len(bare.split()) <= 30 or len(bare.split()) <= 8
                                                     and all(w[0].isupper() for w in bare.rstrip(".").split() if len(w) > 3) and not bare.startswith("To ")
                                                     and not under_title)
        stopped = stopped and not re.search(r"\b(?:was|were|had|has|is|are)\b", bare)  # "Apologies were received from ...": a sentence
        if stopped:
            bare = bare[:-1]  # "Apologies for absence." over "To receive the apologies ...": a title with a stop
        if (
            len(bare.split()) > 40
            or bare.endswith((".", ";", ",", ":", "?", ":-"))
            or _LABEL_LINE.match(bare) and not _ATTACHED_TITLE.search(line)  # "Recommendation from Cabinet: X pdf icon" is a title
            or re.match(r"^\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]\s+[a-z]", bare)  # "1. approve the timetable; and": a clause
            or re.search(r"\s(?:and|or)$", bare)
            # "Report of the Service Director, Place" under its item's title: who wrote the paper, no item of its own
            or under_title and not _ATTACHED_TITLE.search(line) and _UNDER_TITLE_LINE.match(bare)
            or re.match(r"(?i)there\s+(?:was|were|is|are)\s|\d{1,3}\s+(?:for|against|abstentions?|abstained)\.?$|(?:Councillors?|Cllrs?)\b.{0,120}\b(?:has|have|had)\s+been\s", bare)  # "There was no public participation", its stop left off; "01 Abstentions", a vote's tally; "Councillor Gannon ... has been invited ..."
            or NOISE.match(line)
            or MINUTES_LINE.match(line)
            or not _title_like(bare)
            or (
                before
                and not before.endswith((".", ":", ")", "?", "!", "\u201d"))
                and not _LIST_HEADER.match(before)
                and not NOISE.match(before)
                and len(before.split()) > 14  # a wrapped line of narrative runs on; a title before is fine
            )
        ):
            continue
        if not (
            _ATTACHED_TITLE.search(line)  # ModernGov puts the PDF icon on item titles
            or (following and (opener(following) or MINUTES_LINE.match(following) or following.endswith((".", ":"))
                               or re.match(r"^(?:Report|To|Additional documents)\b", following)
                               # ("Public participation" over "There was no public participation", its stop left off)
                               or re.match(r"^(?:There\s+(?:was|were)\s+no|No\s+(?:declarations|apologies|interests|questions)|None)\b", following, re.IGNORECASE)
                               or re.match(r"^\(?(?:[ivx]{1,4}|[a-h])[.)]\s+(?:to|that)\s", following)  # its decision's first clause, "(i) to note ..."
                               or _ATTACHED_TITLE.search(following)))
        ):
            continue
        # ("Agenda and decisions": what stands under each title is its decision, "to approve the minute.")
        found.append(Heading(index, index + 1, "", 0, tidy_title(line).rstrip(".") if stopped else tidy_title(line), "unnumbered", 1.0, "Decisions:" if decisions else None))
    return found if len(found) >= 2 else []


# ("Police Report:- Mrs Walker said ...", "Footpaths: the stile at Kiln Lane is broken again.")
_RUN_IN = re.compile(r"^(?P<title>[A-Z][^:.;]{2,80}?)\s*:-?\s+(?P<rest>[A-Z].{20,}|[a-z\u00a3].{19,})$")

_NOT_RUN_IN = re.compile(
    r"^(?:Present|Apologies|In\s+attend[ae]nce|Also\s+(?:present|attending|in\s+attend[ae]nce)|Attending|Officers?|Members?|Chair(?:man|person)?(?!['\u2019]s)|Venue|Contact|Date|Time"
    r"|Clerk|Others?|Cllrs?|Councillors|Guests?|Public|Meeting\s+(?:held|date|time|place|venue)"  # the attendance: "Clerk: Jo Howell", "Other: Three members of the public"
    r"|Action|Response|Decision|Resolved|Agreed|Minutes(?!\s+of\s+(?:the\s+)?(?:[\w&'-]+\s+){0,4}(?:Committee|Sub-Committee|Group|Panel|Board|Working\s+Party)\s*$)|Purpose|Reason|Proposed|Seconded|Proposal|Motion|Vote|Outcome"
    r"|Presennol|Yn\s+bresennol|Hefyd\s+yn\s+bresennol|Ymddiheuriadau|Cofnodion)\b"
    # a note's label alone ("Update: ..."); "Update Church Lane: ..." is a heading
    r"|^(?:Note|Update)s?\s*$",
    re.IGNORECASE,
)

# the meeting's opening business and its close, never a heading inside an item ("Accounts for payment" under "Finance:")
_OPENING_STANDING_TITLE = re.compile(r"(?i)apologies|minutes\s+of\s+(?:the\s+)?(?:last|previous)\s+meeting|declarations?\s+of|matters\s+arising|date\s+of\s+(?:the\s+)?next\s+meeting")
_STANDING_ALONE = re.compile(
    r"^(?:Apologies(?:\s+for\s+absence)?|Minutes\s+of\s+(?:the\s+)?(?:last|previous)\s+meeting|Date\s+(?:and\s+venue\s+)?of\s+(?:the\s+)?next\s+meeting)\s*:$", re.IGNORECASE
)

# "Footpaths. The stile on path 12 is broken.", "Yr Heddlu. Dim i'w adrodd": a short heading ended by a full stop, no verb, then the minute
_RUN_IN_DOT = re.compile(
    r"^(?P<title>(?:The\s+|Yr\s+|Y\s+)?[A-Z][\w'\u2019&/-]*(?:\s+(?:[A-Z0-9][\w'\u2019&/-]*|of|and|for|the|to|a|an|in|on|&|next|meeting)){0,5})\.\s+(?P<rest>[A-Z].{20,})$"
)
_RUN_IN_LABEL = re.compile(
    r"^(?P<title>Apologies(?:\s+for\s+absence)?|Minutes(?:\s+of\s+(?:the\s+)?(?:last|previous|meeting)\b[^:]{0,60})?|Matters\s+arising|Declarations?\s+of\s+interests?|Public\s+(?:session|participation|forum|questions?)"
    r"|Correspondence|Any\s+other\s+business|Ymddiheuriadau|Cofnodion|Materion\s+yn\s+codi)\s*:-?\s*(?P<rest>\S.{2,})$",
    re.IGNORECASE,
)
# "FINANCE.  The council discussed ...", "THE MINUTES of the previous meeting were ...": a paragraph opened by a heading in capitals,
# run into its text after a stop, a colon, a dash ("POLICE REPORT \u2013 PC Millar read ...") or nothing ("PLANNING 24/01977/HOUS ...")
_NO_HEADING_WORD = re.compile(r"(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY|SIGNED|DATED|CHAIR\w*|CLERK|PRESENT|VENUE|ATTENDING")
_RUN_IN_CAPITALS = re.compile(r"^(?P<title>[A-Z][A-Z0-9'\u2019&/ -]{2,60}?[A-Z])(?P<sep>\s*[.:]\s+|:(?=[A-Z][a-z]|[A-Z]\s)|\s+(?=[a-z])|\s+[\u2013\u2014]\s*(?=\S)|\s+(?=[A-Z][a-z]|\d))(?P<rest>\S.{4,})$")
# "Public Open Forum A resident said ...", "Declarations of Interest There were none": a standing heading
# whose bold type was lost, run into its minute with no stop or colon between (three or more of them make the items)
_STANDING_WORDS = (
    r"(?:Apologies(?:\s+for\s+Absence)?|Declarations?\s+of\s+Interests?|Public\s+(?:Open\s+)?(?:Forum|Session|Participation|Questions)"
    r"|Minutes\s+of\s+the\s+(?:Previous|Last)\s+Meeting|Matters\s+Arising(?:\s+(?:and|&)\s+Correspondence)?|Correspondence|Finance|Accounts"
    r"|Planning(?:\s+Applications)?|Highways|Any\s+Other\s+Business|Date\s+of\s+(?:the\s+)?Next\s+Meeting|(?:Chairman|Chair|Clerk)['\u2019]s\s+Report"
    r"|Police\s+(?:Report|Matters))(?:\s+(?:and|&)\s+[A-Z][a-z]+)?"
)
_RUN_IN_STANDING = re.compile(
    rf"^(?P<title>{_STANDING_WORDS})\s+"
    r"(?P<rest>(?:The|A|An|There|These|This|It|Members|Cllrs?\.?|Councillors?|None|No|Nothing|Mr|Mrs|Ms|Payments?)\s.{2,}|(?:None|Nil)\.?"
    r"|(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\s+|\d{1,2}(?:st|nd|rd|th)?\s)\S.{2,})$"
)
# the business a meeting opens with: among the standing headings run into their text, one of these must be there, so that a
# list of topics under one heading ("Police The figures ...", "Planning The District ...") is not read as the items
_OPENING_STANDING = re.compile(r"(?:Apologies|Declarations?|Public|Minutes)\b")
_DASHED = re.compile(r"^[-\u2013\u2022\u00b7*]\s+")


def _run_in_headings(lines: list[str]) -> list[Heading]:
    """Minutes that run each item's heading into its paragraph: "NIEA Funding Post: The Director
    reported ...", "Page 3 - By-pass: It was agreed that ...", "Footpaths. The stile is broken."."""
    found: list[Heading] = []
    # "- Welcome: The Chair welcomed ...": a list whose numbers became dashes, read without them
    texts = [_DASHED.sub("", raw.strip()) for raw in lines]
    dotted = {
        index: match for index, text in enumerate(texts)
        if (match := _RUN_IN_DOT.match(text)) and not _VERBISH.search(match.group("title")) and not _NOT_RUN_IN.match(match.group("title"))
        and not _PERSON.search(match.group("title")) and (index == 0 or not lines[index - 1].strip())
    }
    capitals = {
        index: match for index, text in enumerate(texts)
        if (match := _RUN_IN_CAPITALS.match(text)) and len(re.sub(r"[^A-Z]", "", match.group("title"))) >= 4
        and (re.search(r"[.:]", match.group("sep")) or " " in match.group("title").strip() or len(match.group("title")) >= 6 and not match.group("rest")[0].islower()
             and not _NO_HEADING_WORD.fullmatch(match.group("title")))  # ("CCTV cameras were ...": an acronym, no heading)
        and (not _NOT_RUN_IN.match(match.group("title")) or _caps_standing(match)) and not _VERBISH.search(match.group("title"))
        and (index == 0 or not lines[index - 1].strip() or "\u2013" in match.group("sep") or match.group("sep") == ":")
    }  # (a heading with its dash, or glued to its colon, "APOLOGIES:None", may follow a paragraph with no blank line between)
    if len(capitals) >= 3:
        dotted = {**dotted, **capitals}
    dashes = _run_in_dashes(lines, texts)
    if len(dashes) >= 3:
        dotted = {**dotted, **dashes}
    standing = {index: match for index, text in enumerate(texts) if (match := _RUN_IN_STANDING.match(text))}
    alone = sum(1 for text in texts if re.fullmatch(_STANDING_WORDS, text.strip()))  # ("Finance" on a line of its own)
    if len(standing) >= 3 and alone < 2 and any(_OPENING_STANDING.match(match.group("title")) for match in standing.values()):
        dotted = {**dotted, **standing}
    # among "Update Church Lane: After some delay ..." headings, "Apologies: Cllr Pick" and "Public Session: no issues" are items too
    colons = sum(1 for text in texts if (match := _RUN_IN.match(text)) and _run_in_title(match.group("title")))
    labels = sum(1 for text in texts if _RUN_IN_LABEL.match(text))  # ("Apologies: ...", "Minutes of Previous Meeting: ...")
    for index, text in enumerate(texts):
        # (a standing heading run into its text before any colon: "Highways These were reported to the county: ...")
        kept = dotted.get(index) if len(dotted) >= 3 else None
        match = kept if kept is not None and kept.re is _RUN_IN_STANDING else _RUN_IN.match(text) or kept
        labelled = _RUN_IN_LABEL.match(text) if len(dotted) >= 3 or colons else None
        if labelled:
            # among "Police. ..." headings, "Apologies: C. Brewer" and "Minutes: ... confirmed" are items too
            found.append(Heading(index, index + 1, "", 0, tidy_title(labelled.group("title")), "heading", 1.0, labelled.group("rest")))
            continue
        # ("Matters Arising:" alone over its topics, among "Police Report: ..." headings; or a dashed one)
        alone = re.fullmatch(r"(?P<title>[A-Z][^:.;]{2,60}?)\s*:-?", text) if colons + labels >= 3 and colons else None
        if alone and _run_in_title(alone.group("title")):
            # "- Matters arising from the Minutes:" over its dashed points, among dashed run-in headings
            found.append(Heading(index, index + 1, "", 0, tidy_title(alone.group("title")), "heading", 1.0, None))
            continue
        if not match or not (_run_in_title(match.group("title")) or match.re is _RUN_IN_STANDING or match.re is _RUN_IN_CAPITALS and _caps_standing(match)):
            continue
        title = match.group("title").strip()
        # "THE MINUTES of the last meeting were signed": the heading is the sentence's subject, kept in its text
        rest = text if match.re is _RUN_IN_CAPITALS and not re.search(r"[.:\u2013\u2014]", match.group("sep")) else match.group("rest")
        found.append(Heading(index, index + 1, "", 0, tidy_title(title), "heading", 1.0, rest))
    return found

# "Village Shop \u2013 Ongoing.", "Pavilion/Sports Club \u2013 Clerk reported ...": a heading in ordinary case, a spaced dash, its minute
_RUN_IN_DASH = re.compile(  # (a dash inside brackets is the title's own: "Arrears (Former Tenants \u2013 Write Off)")
    r"^(?P<title>[A-Z0-9][\w'\u2019&/,.-]*(?:\s+(?:\([^()]{0,80}\)|[\w'\u2019&/,.-]+)){0,7}?)(?:\s+[\u2013\u2014-]|\s*[\u2013\u2014])\s+(?P<rest>[^\s\u00a3$\d].{2,})$"
)


# what makes the text after the dash a minute, not a list's entry ("Norfolk ALC \u2013 newsletter and dates of courses.", "Anglian
# Water \u2013 water rates", "Jane Hollis \u2013 Clerk to the Council", "invitation to attend ..."): a verb of its own, a doer's task
# ("Stuart Fox to chase ...", the doer in capitals), or where a matter stands
_MINUTE_TOLD = re.compile(
    r"\b(?:was|were|is|are|had|has|have|will|would|should|can|could|did|does|been|reported|said|agreed|noted|explained|asked|informed|confirmed"
    r"|advised|stated|discussed|received|requested|suggested|raised|stepped|spoke|updated|thanked)\b"
    r"|(?-i:(?:^|[,;.]\s+)(?:(?:Cllrs?\.?|Councillor|Mr|Mrs|Ms|Dr)\s+)?(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}\s+to\s+(?!the\b|a\b|an\b|be\b)[a-z]{3,}\b)"
    r"|^(?:Ongoing|On-going|Complete[d]?|No\s+(?:change|update|progress|further\s+\w+)|Nothing\s+(?:new\s+)?to\s+report|Deferred|In\s+hand)\b",
    re.IGNORECASE,
)


def _run_in_dashes(lines: list[str], texts: list[str]) -> dict[int, re.Match[str]]:
    """The paragraphs a page opens with a heading and a spaced dash, each where a paragraph starts (after a blank line, a
    sentence's stop or a task's tag, "Action Clerk") and telling the minute (never a title's own dash, "Car Parking \u2013
    Station Road", nor a list's entries); never a person ("Cllr Ash \u2013 apologies"), a planning reference
    ("24/0113/FUL \u2013 ...") or a sum."""
    found: dict[int, re.Match[str]] = {}
    for index, text in enumerate(texts):
        match = _RUN_IN_DASH.match(text)
        rest = match.group("rest").strip() if match else ""
        if match is None or not _MINUTE_TOLD.search(rest) or _VERBISH.search(match.group("title")) or _PERSON.search(match.group("title")) or re.search(r"\d/\d", match.group("title")):
            continue
        before = next((line.strip() for line in reversed(lines[max(0, index - 2) : index]) if line.strip()), "") if index and lines[index - 1].strip() else ""
        over = before.endswith(":") and _heading_over_topics(before)  # ("- Matters arising from the Minutes:" over its topics)
        if before.endswith(":") and index - 1 not in found and not over:
            continue  # ("The following correspondence was noted:" over "Rural Trust \u2013 invitation to ...": a list's entries)
        if not before or before.endswith((".", ";", "!", "?", ")")) or ACTION_TAG.match(before) or index - 1 in found or over:
            found[index] = match
    return found


def _heading_over_topics(line: str) -> bool:
    """ "- Matters arising from the Minutes:" alone over its topics, each run in with a dash: a heading, not a sentence
    announcing a list ("The following correspondence was noted:")."""
    alone = re.fullmatch(r"(?P<title>[A-Z][^:.;]{2,60}?)\s*:-?", _DASHED.sub("", line.strip()))
    return bool(alone) and _run_in_title(alone.group("title")) and not _VERBISH.search(alone.group("title")) \
        and not re.search(r"(?i)\b(?:following|as\s+follows|below|these|those|correspondence|letters?|planning|applications?|payments?|accounts)\b", alone.group("title"))


def _caps_standing(match: re.Match[str]) -> bool:
    """ "APOLOGIES FOR ABSENCE Cllr Hale.", "MINUTES OF THE MEETING HELD 15.03.35 With ...": a standing item's heading run in with no mark."""
    return bool(re.match(r"(?:APOLOGIES|MINUTES)\b", match.group("title"))) and not match.group("sep").strip()


def _run_in_title(title: str) -> bool:
    """Whether the words before a colon are an item's heading, not a label or a person."""
    return not _NOT_RUN_IN.match(title) and not _PERSON.search(title) and len(title.split()) <= 10 and _title_like(title.strip()) and not SITE_LABEL.match(title)


_BULLETED_CAPITALS = re.compile(r"^\s*[-\u2013\u2022\u00b7*]\s+(?P<title>(?=(?:[^a-z]*[A-Z]){4})[A-Z0-9][^a-z]{3,140})$")


# "- Risk Assessment", "7. DALC subscription": among headings in capitals, short ones in ordinary case
_BULLETED_TITLE = re.compile(r"^\s*(?:[-\u2013\u2022\u00b7*]|(?P<number>\d{1,2})\.)\s+(?P<title>[A-Z][^.:;]{2,60})$")


def _with_plain_bullets(lines: list[str], bulleted: list[tuple[int, str]]) -> list[Heading]:
    """The headings of a list whose numbers became dashes: those in capitals, and the short ones in
    ordinary case (or that kept their number) that stand over a paragraph of their own."""
    capitals = {index for index, _ in bulleted}
    found = [Heading(i, i + 1, "", 0, tidy_title(title), "heading", 1.0) for i, title in bulleted]
    for index, raw in enumerate(lines):
        match = None if index in capitals else _BULLETED_TITLE.match(raw)
        if match is None or len(match.group("title").split()) > 8 or not _title_like(match.group("title")):
            continue
        following = next((l for l in lines[index + 1 : index + 3] if l.strip()), "")
        if not following or re.match(r"^\s*(?:[-\u2013\u2022\u00b7*]|\d{1,2}\.)\s", following):
            continue  # a list of points, not a heading over its text
        found.append(Heading(index, index + 1, match.group("number") or "", int(match.group("number") or 0), tidy_title(match.group("title")), "heading", 1.0))
    return sorted(found, key=lambda heading: heading.index)


# an agenda's item in its own words, "To receive apologies for absence.", "To answer questions put by residents, if any
# (Up to 20 minutes.)*", or after its title and a dash, "Members' Interests - To hear any interests ..."
_AGENDA_WORDED = re.compile(
    r"^(?:(?P<title>[A-Z][\w'\u2019,&/]*(?:\s+[\w'\u2019,&/]+){0,7})\s+[-\u2013\u2014]\s+(?=To\s+\w+\b.{8,600}$))?"
    r"To\s+(?:approve|consider|receive|note|agree|set|review|discuss|confirm|elect|appoint|adopt|accept|decide|resolve|answer|hear|authori[sz]e)\b"
    r"(?:(?<=\w)(?(title).*|(?=.{8,400}$)(?:[^.;:()]|\([^()]{0,120}\)|\.(?=\d)|\.\s+(?=\())*[.:]?\**)$)"
)

# the business every meeting has ("Minutes of the Last Meeting", "Chair's Report"): two such
# headings are enough to make items, where two other short lines might be anything
_STANDING_TITLE = re.compile(
    r"^(?:apologies|minutes\b|matters\s+arising|declarations?\s+of|(?:the\s+)?(?:chair(?:man|person)?|clerk|treasurer|secretary|convener|mayor)['\u2019]?s?\s+report"
    r"|correspondence|finance|accounts|planning(?:\s+applications?)?$|(?:any\s+)?other\s+business|a\.?o\.?b|date\s+of\s+(?:the\s+)?next\s+meeting"
    r"|police\s+report|councillors?['\u2019]?\s+reports?|public\s+(?:forum|participation|questions))",
    re.IGNORECASE,
)


def heading_items(lines: list[str]) -> list[Heading]:
    """Minutes whose items are short headings with no numbers ("Apologies", "Minutes",
    "Declarations of Interest"), each over a paragraph of prose."""
    found: list[Heading] = []
    run_in = _run_in_headings(lines)
    if len(run_in) >= 3:
        # (with headings alone on their lines beside them, "Public Participation" over its paragraph, both kinds are read)
        mixed = _mixed_headings(lines, run_in)
        # (one or two more is enough where each is the meeting's standing business alone on its line: "Minutes of the last meeting")
        added = [heading for heading in mixed if heading.index not in {found.index for found in run_in}]
        standing = bool(added) and all(_OPENING_STANDING_TITLE.match(heading.title) for heading in added)
        return mixed if len(mixed) >= len(run_in) + 2 or standing else run_in
    # "- APOLOGIES RECEIVED", "- APPROVAL OF MINUTES": a list whose numbers became dashes, every
    # heading in capitals (points in ordinary case under them are not items)
    bulleted = [(i, m.group("title")) for i, m in ((i, _BULLETED_CAPITALS.match(raw)) for i, raw in enumerate(lines)) if m]
    if len(bulleted) >= 3:
        return _with_plain_bullets(lines, bulleted)
    shaped = _dashed_headings(lines) or _capital_headings(lines)  # a list whose numbers became dashes; headings in capitals with a colon
    if shaped:
        return shaped
    found = _standalone_headings(lines)
    # ("APOLOGIES FOR ABSENCE" over "Apologies were received ...", "TO NOTE THE RESIGNATION OF ..." too long for a heading above)
    capitals = caps_over_prose(lines)
    if len(capitals) > len(found) and {heading.index for heading in found} <= {heading.index for heading in capitals}:
        return capitals
    # (two are enough where each is standing business or has its paper's icon, "Audit Plan pdf icon PDF 90 KB")
    if len(found) < 3 and not (len(found) == 2 and all(_STANDING_TITLE.match(h.title) or _ATTACHED_TITLE.search(lines[h.index]) for h in found)):
        return _mixed_headings(lines, run_in)
    # among such headings, "Apologies: Mr Thwaites" and "Declarations of Interest: None" are items too
    labelled = [
        Heading(index, index + 1, "", 0, tidy_title(match.group("title")), "heading", 1.0, match.group("rest"))
        for index, raw in enumerate(lines) if (match := _RUN_IN_LABEL.match(raw.strip()))
    ]
    chosen = sorted(found + labelled, key=lambda heading: heading.index)
    mixed = _mixed_headings(lines, run_in) if run_in else []  # (run-in headings beside them: read together where that finds more)
    return mixed if len(mixed) > len(chosen) else chosen


# "None.", "Nil", "None declared.": a heading's answer on the line under it, never a heading of its own
_REPLY = re.compile(r"(?i)(?:none|nil|n/a|noted|agreed|approved|none\s+(?:declared|received|raised|reported)|no\s+(?:apologies|declarations|objections?|comments?|business))\.?")


def _attendance(state: str, line: str) -> str:
    """Where a line stands under "PRESENT:" ("label", "names" or ""): the names may follow a blank line, and end at the next."""
    if re.fullmatch(r"(?i)(?:those\s+)?present\s*:", line) or not line and state == "label":
        return "label"
    return "names" if state and line and not (state == "label" and re.match(r"(?i)apologies|declarations?\b|minutes\b|matters\s+arising", line)) else ""


def _standalone_headings(lines: list[str], relaxed: bool = False) -> list[Heading]:
    """Short headings alone on their lines, each over a paragraph of prose; `relaxed` lets a heading run to sixteen words and
    name a date ("Minutes of the Council Meeting of 9 March 2034, with Matters Arising")."""
    found: list[Heading] = []
    previous = ""
    text_lines = 0  # lines of text before this one
    attendance = ""  # (the lines under "PRESENT:" up to the next blank line: who came, "COUNCILLORS ASH, BELL", "Clerk Jo Dunn")
    # the agenda's own words as headings only where the page keeps two or more of them ("To approve ..." alone may be a decision)
    worded_page = sum(1 for raw in lines if _AGENDA_WORDED.match(raw.strip().rstrip("."))) >= 2
    for index, raw in enumerate(lines):
        line = raw.strip()
        if (attendance := _attendance(attendance, line)) or not line:
            continue
        text_lines += 1
        before, previous, colon = previous, line, line.endswith(":")
        if line.startswith("\u2022") and before.endswith(":"):
            continue  # ("Treasurer's Report:" over "\u2022 Balance stands at \u00a31,204.50": the label's first point, no heading)
        # "- Notice Board" over its paragraph: a heading marked with a dash
        line = re.sub(r"^[-\u2013\u2022]\s+(?=[A-Z])", "", line) if len(line.split()) <= 9 else line
        # "Minute of Previous Meeting of 27 October 2015 pdf icon PDF 148 KB": the icon marks a title
        attached = bool(_ATTACHED_TITLE.search(line))
        line = _ATTACHMENT.sub(" ", line).strip() if attached else line
        # "Weed Spraying:" over its paragraph: a short heading may end in a colon
        # (and "Apologies:", "Date of next meeting:" alone on their lines: the standing items, never the labels "Present:", "Clerk:")
        line = line[:-1].rstrip() if line.endswith(":") and len(line.split()) <= 6 and (not _NOT_RUN_IN.match(line) or _STANDING_ALONE.match(line)) \
            and line[:1].isupper() else line
        # "Apologies of absence.", "Matters arising from the last meeting \u2013": a short heading with a stop or a dash after it
        line = line[:-1].rstrip() if line.endswith((".", "\u2013", "-")) and len(line.split()) <= (4 if line.endswith(".") else 8) \
            and not _VERBISH.search(line) and line[:1].isupper() else line
        # "MATTERS ARISING" alone between blank lines: a heading, whatever the line before it ends with
        alone = is_caps_line(line) and len(line.split()) <= 8 and (index == 0 or not lines[index - 1].strip()) and index + 1 < len(lines) and not lines[index + 1].strip()
        # "To approve the notes of the meeting held on 3rd March 2026 as a true record": the agenda's words kept as the heading
        # (under a title, "Apologies for Absence" over "To receive apologies ...", it is the item's purpose)
        worded = _AGENDA_WORDED.match(line) if worded_page and not (before and len(before.split()) <= 10 and _title_like(before) and not before.endswith(".")) else None
        line = (worded.group("title") or line.rstrip(".:*")) if worded else line
        if not worded and (
            len(line) > (120 if relaxed else 90)
            or len(line.split()) > (14 if attached else 16 if relaxed else 10)
            or line.endswith((".", ":", ";", ",", "-", "\u2013"))
            or not _title_like(line)
            or _PERSON.search(line) or only_people(line) or SITE_LABEL.match(line)
            or _LABEL_LINE.match(line) and not attached  # ("The Corporate Plan: Next Steps pdf icon PDF 82 KB" is a title)
            or _REPLY.fullmatch(line)
            or re.search(r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en)\b", line)  # "Apologies were received from ...": a sentence
            or re.fullmatch(r"(?i)(?:those\s+)?present|in\s+attend[ae]nce|also\s+(?:present|in\s+attend[ae]nce|attending)|attending", line)  # who came, no business
            or re.fullmatch(r"(?i).{0,60}\b(?:left|joined|re-?joined|returned\s+to|entered|withdrew\s+from)\s+the\s+(?:meeting|room|chamber)\b.{0,40}", line)  # ("The press left the meeting")
            # ("(Oral reports)", "(Report attached)": a note in brackets; "The current reviews in progress are:": a lead-in)
            or re.fullmatch(r"\([^()]{2,60}\)", line) or colon and re.search(r"\b(?:are|is|were|was|include|includes|follows?|below)$", line)
            or (NOISE.match(line) and line.lower() != "minutes")
            or (find_date(line) and not attached and not ((relaxed or found and is_caps_line(re.sub(r"\s\d.*$", "", line)) and not lines[index - 1].strip()) and re.match(r"(?i)minutes\s+of\b|matters\s+arising\s+from\b", line)))  # (and "MINUTES OF THE MEETING 21ST APRIL 2036", or "... 25th August 2036", in capitals after other headings)
            or opener(line)
            or re.fullmatch(r"(?i)(?:the\s+)?(?:clerk|chair(?:man)?|treasurer|secretary)\s+to\s+(?!the\b|be\b)[a-z]{4,}(?:\s+\S+){0,3}", line)  # ("CLERK TO CIRCULATE": a task)
            # the document's own heading ("Minutes of the Fostering Panel"), not an item
            # (never one with its paper's icon, "Minutes of the previous meeting pdf icon PDF 120 KB": an item's title)
            or (text_lines <= 3 and not attached and re.match(
                r"^(?:(?:draft|confirmed|unconfirmed)\s+)?(?:minutes|notes|record|agenda)\s+of\b", line, re.IGNORECASE
            ))
            or re.fullmatch(r"(?i)(?:additional|supporting)\s+documents?", line)  # (the papers' link under a title)
            or (
                before
                and not alone
                # (a heading in capitals after a blank line; or the standing business, "Minutes of Last Meeting", after a paragraph that
                # lost its stop, never under a title with its paper)
                and not (index > 0 and not lines[index - 1].strip() and (is_caps_line(line) or _STANDING_TITLE.match(line) and not _ATTACHED_TITLE.search(before) or colon and not _VERBISH.search(line) and not re.search(r"\b[a-z]{3,}ed\b|\b(?:these|this|the\s+following)\s*$", line)))
                and not before.endswith((".", ":", ")", "]", "?", "!", "\u201d", "'"))  # ("[Action: Clerk]" closes its paragraph)
                and not (len(before.split()) <= 10 and _title_like(before))
                and not _LABEL_LINE.match(before)  # "Those Present : ..." over the first heading
            )
        ):
            continue
        following = next((l.strip() for l in lines[index + 1 : index + 8] if l.strip()), "")  # (old pages leave runs of blank lines)
        following = following[(pointed := re.match(r"^(?:[\u2022\u25cf\u00b7]|\d{1,2}[.)])\s+(?=[A-Z])", following) or re.match("", following)).end():]
        # ("Matters Arising" over "1. Damage to the verge:": a heading over its numbered points, each titled)
        if not worded and not following or following and not (attached or worded or opener(following) or ((following[0].isupper() or following[0].isdigit() and len(following) > 20) and (following.endswith(".") or len(following) > 60 or alone or pointed.end() and (following.endswith(":") or colon)))
                                                        or _standing_over(line, following)):
            continue  # (a title with its paper's icon is one, whatever stands under it; an agenda's own words, even at the page's end)
        if _PERSON.search(following[:40]) and not following.endswith(".") and not _STANDING_TITLE.match(line) and not (alone and _told(following)):
            continue  # (a list of people under a line; "Declarations of Interest" over "Cllr Birch declared ..." is an item)
        found.append(Heading(index, index + 1, "", 0, tidy_title(line), "heading", 1.0))
    return found


def _told(following: str) -> bool:
    """Whether the line under a heading in capitals is a sentence about people, not a list of them ("Councillor Rowe abstained
    and asked for a review", never "Councillor Rowe, Councillor Hale")."""
    return bool(_VERBISH.search(following) or re.search(r"\b[a-z]{4,}ed\b", following))


def _standing_over(line: str, following: str) -> bool:
    """Whether a standing heading stands over what follows it as an item: over its sentence, stop or no stop ("Apologies for
    Absence" over "Apologies were received from ..."), or with nothing to record, over the next heading ("Declarations of
    Interest" over "Public Forum"; never a page's own "Minutes of ..." title); never over a dashed line, the dashed reading's."""
    if not _STANDING_TITLE.match(line) or _DASHED.match(following):
        return False
    if _VERBISH.search(following):
        return True
    return not re.match(r"(?i)minutes\b(?!\s+of\s+(?:the\s+)?(?:last|previous)\s+meeting\s*$)", line) \
        and len(following.split()) <= 8 and _title_like(following) and not following.endswith((".", ":"))


# "Apologies for Absence – Cllrs Kane and Wright": a standing heading, a dash, then its text on the line
_DASHED_LABEL = re.compile(rf"^(?P<title>{_STANDING_WORDS}|Minutes\s+of\s+(?:the\s+)?(?:last|previous)\s+meeting)\s+[\u2013\u2014-]\s+(?P<rest>\S.{{2,}})$", re.IGNORECASE)


def _mixed_headings(lines: list[str], run_in: list[Heading]) -> list[Heading]:
    """Headings alone on their lines and headings run into their text, mixed on one page ("Declarations of Interest: Cllr Ames
    declared ...", then "Minutes of the Meeting held on 9 March 2034" over its paragraph): four or more together, of both kinds."""
    dashed = [Heading(index, index + 1, "", 0, tidy_title(match.group("title")), "heading", 1.0, match.group("rest"))
              for index, raw in enumerate(lines) if (match := _DASHED_LABEL.match(raw.strip()))]
    joined = {h.index: h for h in [*run_in, *dashed]}
    if len(joined) < 2:
        return []  # (one run-in line may be a label: "In the Chair: Cllr Ames"; and the lone headings' pass is not run for nothing)
    alone = [h for h in _standalone_headings(lines, relaxed=True) if h.index not in joined]
    if not alone or len(alone) + len(joined) < 4:
        return []
    return sorted([*alone, *joined.values()], key=lambda heading: heading.index)
