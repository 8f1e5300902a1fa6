"""The heading of a minutes document: "Minutes of the meeting of X held at Y on DATE", a heading in
capitals that runs to the date, or "Meeting of X held ... on DATE". Steps of `context.find_context`.
"""

from __future__ import annotations

import re

from cpb_tui.domain.text import display_title
from cpb_tui.importers.committee_names import MINUTES_OF_BODY, clean_committee, display_council, is_caps_council, is_full_council
from cpb_tui.importers.dates import find_date, find_heading_date
from cpb_tui.importers.meeting_context import _BODY, BODY_WORDS, Finding, MeetingContext
from cpb_tui.importers.meeting_heading import EARLIER_MINUTES as _EARLIER_MINUTES, TAKEN_AS_READ, earlier_minutes_item

_MINUTES_OF = re.compile(
    r"\b(?:minutes?|cofnodion|notes?|record)\s+of\s+(?:an?\s+|the\s+)?(?:(?:[\w-]+\s+){0,3}meeting|(?:[A-Za-z]+\s+){0,5}(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[a-z]+tieth|[a-z]+teenth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+)?meeting|proceedings(?:\s+of\s+(?:an?|the)\s+(?:[\w-]+\s+)?meeting)?)\s+of\s+(?:the\s+)?(.{2,90}?)"
    r"\s+(?:held|which was held|(?:that|which)\s+took place|convened|(?=(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\s+\d{4})))(.*)$",
    re.IGNORECASE,
)
_MINUTES_OF_NAMED = re.compile(
    # ("Minutes of Llangernyw Community Council Meeting 7:30pm 28th November 2018": the time or date straight after;
    # the body never runs past a sentence's end)
    # ("MINUTES OF A COUNCIL MEETING HELD IN ...", "Draft Minutes of the Parish Council held" over "Thursday 11th April ...",
    # "Minutes of Brackenhope Community Council, at the Village Hall, on ...": the body before its place; never "Minute of
    # Meeting on Tuesday 16 April ...", a heading with no body)
    r"\b(?:minutes?|notes?(?!\s+of\s+(?:the\s+)?decisions?\b))\s+(?:of|from)\s+(?:the\s+|an?\s+(?=\w+\s+meeting\b))?(?!meeting\s+(?:on|held)\b)((?:(?![.!?]\s)[^\n]){1,150}?)"
    r"\s*(?:\s(?:meeting\s+(?:(?:that|which)\s+was\s+)?(?:held|of)|(?:(?:that|which)\s+was\s+)?held\s+(?:on|at|in|remotely|virtually|(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d))|meeting\s*:|meeting\s+(?=\d)"
    r"|meeting\s+on\s+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d)|(?:(?<=committee\s)|(?<=board\s)|(?<=panel\s)|(?<=council\s)|(?<=forum\s)|(?<=group\s))meeting\s*,?\s+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b))|,\s+(?:at|in)\s+(?=(?:the\s+)?(?-i:[A-Z]))(?=[^\n]{0,120}\b(?:19|20)\d\d\b))(.*)$", re.IGNORECASE
)
# "Trefeglwys Community Council Minutes of Meeting 7:30pm, Thursday 27th August 2015": no body after "of" (and "KIRKTON COMMUNITY
# COUNCIL RECORD OF MEETING HELD ON 3RD MARCH 2036")
_MINUTES_OF_MEETING_DATED = re.compile(r"\b(?:minutes?|record)\s+of\s+(?:the\s+)?(?:\w+\s+)?meeting\s*[:,\u2013-]?\s+(?:(?:held\s+)?on\s+)?(?=\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)()(.*)$", re.IGNORECASE)
# "Minutes Full Parish Council Meeting Held Monday 12 October 2035 Via Zoom": no "of", the body in capitals before "Meeting held"
_MINUTES_BODY_MEETING = re.compile(
    r"\bminutes?\s*[:\u2013-]?\s+(?:the\s+)?(?-i:((?:[A-Z][\w&'\u2019-]*\s+){0,6}(?:Council|Committee|Board|Panel|Forum|Group|Partnership)))"
    r"\s+meeting\s+(?:held\s+)?(?:on\s+)?(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d)(.*)$", re.IGNORECASE
)
# a decision notice's heading: "Record of Decisions of the Cabinet held on 4 March 2036", "SCHEDULE OF DECISIONS TAKEN AT THE
# MEETING OF THE PLANNING COMMITTEE HELD ON ...", "Register of Decisions made by the Executive on Wednesday 4 March 2036",
# "RECORD OF DECISION OF THE Cabinet" over "Decision Made:" over "12 September 2036"
_DECISIONS_OF = re.compile(
    r"\b(?:record|schedule|register)\s+of\s+(?:the\s+)?(?:(?:key|executive)\s+)?decisions?\s+(?:(?:taken|made|reached)\s+)?(?:of|by|at)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+)?meeting\s+of\s+(?:the\s+)?)?((?:(?![.!?]\s)[^\n:]){2,90}?)\s+(?:held|(?:Decision\s+(?:made|taken)|Date(?:\s+of\s+(?:the\s+)?decision)?)\s*:\s*(?=\d)|(?=(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9},?\s+\d{4})))(.*)$",
    re.IGNORECASE,
)
# "MEETING OF POLICE AND CRIME PANEL" over "Thursday 16 October 2036 Council Offices": the heading alone on its line, the day below
_MEETING_OF = re.compile(
    r"^meeting\s+of\s+(?:the\s+)?((?:(?![.!?]\s)[^\n]){2,90}?)\s+(?:held\s+(?:on|at|in)\b|(?=(?:on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9},?\s+\d{4})))(.*)$",
    re.IGNORECASE,
)
# Welsh: "Cofnodion cyfarfod y Pwyllgor Craffu a gynhaliwyd yn Neuadd y Sir ar 6 Chwefror 2025"
# ("Cofnodion y Cyfarfod Arbennig a gynhaliwyd ar ...": the kind of meeting, special, annual or ordinary, is not
# the body: a minutes heading with no body, as "Minutes of the Special Meeting held on ..." is)
_COFNODION = re.compile(
    r"(?<!llofnodi\s)(?<!cadarnhau\s)\bcofnodion\s+(?:o\s+|y\s+)?[cg]yfarfod\s+(?:(?:Arbennig|Blynyddol|Cyffredin(?:ol)?|Misol|Rhithiol|Brys)\s+)*"
    r"(?:(?:(?:y|yr|o['\u2019]r|o)\s+)?(.+?)\s+)?(?:a\s+)?gynhaliwyd\b(.*)$", re.IGNORECASE
)
# "Cofnodion Cyngor Cymuned Llanfair yn y Neuadd nos Iau 8 Ionawr 2026": the council, then where and when
_COFNODION_CYNGOR = re.compile(r"\bcofnodion\s+((?:Cyngor|Pwyllgor)\b[\w\s'\u2019-]{0,60}?)\s+(?:yn|ar|nos|a\s+gynhaliwyd)\s+(.*)$", re.IGNORECASE)
_AT_A_MEETING = re.compile(
    r"AT\s+(?:A|THE)\s+(?:(?:monthly|annual|ordinary|special|extraordinary|adjourned)\s+)?MEETING\s+of\s+(?:the\s+)?(?:adjourned\s+)?(.+?)(?:\s+of\s+(.+?))?\s+held\s+(.*?)(?::|$)", re.IGNORECASE
)
# "... File Type:pdf, Size:1020Kb Draft Minutes for approval CREICH COMMUNITY COUNCIL Minutes of meeting held on ...":
# a one-paragraph PDF whose heading in capitals comes after the file's own lines
_CAPS_BODY_TAIL = re.compile(r"\b([A-Z][A-Z'\u2019&-]+(?:\s+[A-Z][A-Z'\u2019&-]+){0,6}\s+(?:COUNCIL|COMMITTEE|BOARD|PANEL|FORUM|AUTHORITY|PARTNERSHIP))\s+$")


_STANDING_BELOW = re.compile(r"\s(?=(?:Apologies|Declarations?\s+of\s+Interest|Minutes\s+of\s+the\s+(?:Previous|Last)\s+Meeting)\s+[A-Z])")
# (an address's web site, email or telephone number, the last of a letterhead's lines)
_CONTACT = re.compile(r"(?:https?://|www\.)\S+\s*|\S+@\S+\s*|\[email\s+protected\]\s*|\b0\d{3,4}\s?\d{3}\s?\d{3,4}\b\s*", re.IGNORECASE)


def _starting_within(pattern: re.Pattern[str], text: str, reach: int) -> re.Match[str] | None:
    """The pattern's first match in `text` when it starts within `reach` characters ("Draft Minutes
    Draft Minutes of the Meeting of ...": a title printed twice before the heading)."""
    match = pattern.search(text)
    return match if match and match.start() < reach else None


def _listed_under(top: list[str], index: int) -> bool:
    """Whether the line is one of the minutes a lead-in lists: "The following minutes were read and confirmed:-" over "Minutes of
    Council Meeting held on 21.07.36 True Record Unanimously agreed"."""
    above = next((line for line in reversed(top[max(0, index - 3) : index]) if line.strip()), "")
    return bool(re.search(r"(?i)\bminutes\b[^.]{0,80}\b(?:were|was)\b[^.]{0,60}[:\u2013-]\s*$", above))


# a standing item's heading alone on its line: the meeting's business has begun below it
_BUSINESS_HEADING = re.compile(r"(?i)^\s*(?:\d{1,3}[.)]?\s+)?(?:apologies(?:\s+for\s+absence)?|declarations?\s+of\s+interests?|matters\s+arising)\s*[:.]?\s*$")


def _minutes_heading(found: MeetingContext, top: list[str], every: list[str], head_end: int) -> None:
    """ "Minutes of the meeting of X held at Y on DATE", possibly wrapped over lines; it must
    open its line, so "To approve the minutes of the meeting held on ..." is not taken."""
    for index, line in enumerate(top[:head_end]):
        # ("The following are the minutes of Harrowby Vale's meeting that was held on ...": the heading as a sentence)
        opening = re.match(r"^(?:the\s+following\s+(?:are|is)\s+the\s+|the\s+(?=minutes\s+of\s+(?!the\b)))?(?:(?:draft|confirmed|unconfirmed|approved|public|open|signed)\s+)?(?:minutes?|cofnodion|notes?|record|(?:schedule|register)(?=\s+of\s+(?:the\s+)?(?:key\s+|executive\s+)?decisions?\b)|meeting(?=\s+of\s+(?:the\s+)?[A-Z][\w&'\u2019 -]{2,80}$)|at\s+(?:a|the)\s+(?:(?:monthly|annual|ordinary|special|extraordinary)\s+)?meeting|proceedings(?=\s+of\s+the\s+[\w ()-]{0,80}?\b(?:committee|board|panel|forum)\b))\b(?!\s*:)", line, re.IGNORECASE)
        # a heading run into the line: "SCOTTISH BORDERS COUNCIL EXECUTIVE COMMITTEE MINUTE of Meeting of ..."
        inside = None if opening or sum(1 for l in top[:index] if l) >= 5 else _heading_inside(line, index)  # (never a sentence lower down)
        if opening and opening.group(0).lower().startswith("meeting") and sum(1 for l in top[:index] if l) >= 2:
            continue  # ("Meeting of the Village Hall Trustees" under the council's own heading and attendance: a meeting reported)
        if not opening and not inside or re.fullmatch(r"(?i)minute\s+\d{1,4}[.:]?|(?:the\s+)?(?:draft\s+)?minutes\s+(?:are\s+)?(?:attached|enclosed|circulated|to\s+follow|herewith)\.?", line.strip()):
            continue  # ("Minute 72" over "Minutes of Full Council held on ...": an item's number over earlier minutes; "Minutes attached": a paper)
        if re.search(r"\bpdf icon\b|\bPDF\s+\d+(?:\.\d+)?\s*[KM]B\b", line, re.IGNORECASE) or any(_BUSINESS_HEADING.match(above) for above in top[:index]):
            continue  # "Minute of Meeting of the Youth Forum of 2 December pdf icon PDF 98 KB": an item's title with its paper (or one
            # below the business begun, "APOLOGIES" then "MINUTES OF THE PLANNING COMMITTEE 3rd October": that committee's, received)
        # four lines of text, blank lines skipped; a heading is never longer than this (and a hostile line
        # thousands of "Minutes of the" long must not cost seconds)
        joined = " ".join([l for l in top[index:] if l][:4])[:800]
        # (nor a standing item's heading run into its text below it: "Minutes of the Previous Meeting These were signed")
        joined = _STANDING_BELOW.split(joined, maxsplit=1)[0] if not inside else joined
        if inside:
            joined = joined[inside.start() :]
        joined = re.sub(r"(?i)\b(meeting)(held)\b", r"\1 \2", joined)  # "the Town Management Committee meetingheld on ...": a space lost
        # the heading's own words: never the first item's "1. Minutes of the Previous Meeting ..." on the lines below (nor its date)
        joined = re.split(r"\s\(?\d{1,3}[.)]\s+(?=[A-Z])", joined, maxsplit=1)[0] if not inside else joined
        if re.search(r"\bto\s+be\s+(?:agreed|approved|confirmed|signed|received)\b|\bprevious\s+meeting\b|\bto\s+confirm\s+(?:the\s+)?accura", joined[:160], re.IGNORECASE) \
                or _EARLIER_MINUTES.search(line[:240]) or TAKEN_AS_READ.match(line) or earlier_minutes_item(top, index) or _listed_under(top, index) or len(line.split()) <= 2 and _EARLIER_MINUTES.search(
                    next((l for l in top[index + 1 :] if l), "")[:240]):  # "COFNODION" over "Minutes of ... were received"
            continue  # an agenda item about earlier minutes (or under a minute's number), not this document's heading
        if re.search(r"\u2026|\.\.\.|\u20ac\u00a6", joined[:120]):
            continue  # a heading cut short by a document-sharing site ("HELD ON TUESDAY ... Monday 2nd ...")
        for pattern in (_MINUTES_OF, _AT_A_MEETING, _MINUTES_OF_NAMED, _MINUTES_BODY_MEETING, _COFNODION, _COFNODION_CYNGOR, MINUTES_OF_BODY, _MINUTES_OF_MEETING_DATED, _DECISIONS_OF, _MEETING_OF):
            match = pattern.match(joined) or _starting_within(pattern, joined, 60)
            if pattern is _AT_A_MEETING and not match:
                match = pattern.search(joined[:200])  # "MINUTES OF PROCEEDINGS / At a meeting of ..."
            if not match:
                continue
            evidence = joined[match.start() : match.start() + 160]
            body = match.group(1)
            body = f"{body} {'MEETING' if body.isupper() else 'Meeting'}" if body and re.search(r"\S\s+(?:Annual|ANNUAL)\s+(?:Parish|Town|PARISH|TOWN)$", body) else body  # (its own name)
            place = pattern is _AT_A_MEETING and match.group(2) and re.fullmatch(r"(?:the\s+)?((?:Royal\s+)?(?:Borough|District|City|County)\s+of\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})", match.group(2).strip())
            if body and is_full_council(body) and place:
                body = f"Council of the {place.group(1)}"  # "at a meeting of the Council of the Borough of Kelby held ...": its name
            elif body and is_full_council(body):
                body = display_council(body)  # minutes of a meeting of the Council itself
            if re.search(r"\bthe\s+above\s+date\b|^\s*(?:on\s+)?this\s+day\b", match.group(match.lastindex or 1)[:200], re.IGNORECASE):
                # "... at 7 pm on the above date": the date stands on a line above the heading
                found.set_date(next((find_date(l) for l in reversed(top[:index]) if find_date(l)), None), evidence)
            if clean_committee(body) is None and pattern is not _COFNODION:
                # "MINUTES of the meeting held on 26 February 2008": the date without a committee;
                # "MINUTES OF PROCEEDINGS At a meeting of ...": the next pattern reads the rest
                found.set_date(find_date(match.group(match.lastindex or 1)) or find_date(joined[match.start() :]), evidence)
                _body_before(found, (line[: inside.start()] if inside else joined[: match.start()]), top[:index], line)
                continue
            # the council in capitals before the heading, on its line or the one above
            named = line[: inside.start()] if inside else next((l for l in reversed(top[:index]) if l.strip()), "")
            named = re.sub(r"^\d{1,3}\s+", "", re.sub(r"\s+(?:https?://|www\.)\S+$", "", named.strip(" ,-")))  # (its web address after it)
            rest = match.group(match.lastindex or 1)
            later = find_date(rest) or find_date(joined[match.start() :]) or find_heading_date(rest) or find_heading_date(joined[match.start() :][:200])
            trimmed, own_date = _date_after_body(body)
            if own_date and not (later and later > own_date):
                body = trimmed  # (a later date below is this meeting's: "... for the year ended 31 March 2025 Held ... 21 May 2025")
            else:
                own_date = None
            found.set_committee(_council_named_before(body, named), evidence)
            found.set_date(own_date or later, evidence)
            held_at = re.search(r"\bheld\s+(?:at|in)\s*$", joined[match.start() : match.start(match.lastindex or 1)], re.IGNORECASE)
            _heading_venue(found, ("at " if held_at else "") + rest, evidence)
            break
        if found.committee is not None and found.date is not None:
            break  # a first heading with the date alone ("Minutes of Extra-ordinary Meeting - 30th April 2019"): read on for the body


def _body_before(found: MeetingContext, heading: str, above: list[str], line: str) -> None:
    """The body a dated heading with none of its own names before it: "CLEE VALLEY PARISH COUNCIL MINUTES of the MEETING held on
    ...", or on the line above, "Ashby Parva Parish Council" over "Draft minutes of meeting held on ..."."""
    heading = heading.strip(" ,-:\u2013")
    caps_tail = _CAPS_BODY_TAIL.search(heading + " ")
    heading = caps_tail.group(1) if caps_tail and not re.fullmatch(r"[A-Z0-9 .&'\u2019-]*", heading) else heading
    # "Killan Community Council Adopted Minutes of the Meeting held on ...": the status word is not the body's
    heading = re.sub(r"\s+(?:Adopted|Approved|Draft|Confirmed|Unconfirmed|Signed)$", "", heading, flags=re.IGNORECASE)
    if re.fullmatch(r"(?i)\s*(?:(?:draft|approved|confirmed|unconfirmed|signed)\s*)?", heading):
        heading = next((l.strip() for l in reversed(above) if l.strip()), "")
    if found.date is not None and (re.fullmatch(r"[A-Z][A-Z .&'\u2019-]{2,70}", heading) or re.fullmatch(
            r"(?:[A-Z][\w'\u2019&-]*\s+){1,6}(?:Community|Parish|Town)\s+Council", heading)) and _BODY.search(heading):
        found.set_committee(display_council(heading) if is_full_council(heading) else heading, line[:160])


def _date_after_body(body: str) -> tuple[str, object]:
    """ "Annual Meeting of Electors Tuesday 14 May 2030" (then "Held at 7.30pm ..."): the body, and the date its
    heading gave it before "held" (the caller keeps it only where no later date follows: an earlier one below is the last
    meeting's, a later one is this meeting's and the first a reference, "... for the year ended 31 March")."""
    dated = re.search(r"[\s,\u2013-]+(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9},?\s+\d{4}\s*$", body or "", re.IGNORECASE)
    day = find_date(dated.group(0)) if dated else None
    return (body[: dated.start()], day) if day else (body, None)


def _heading_inside(line: str, index: int) -> re.Match[str] | None:
    """A minutes heading run into one of the first lines, after a heading in capitals or a page's running head."""
    inside = re.search(
        r"\b(?:(?:MINUTES?|RECORD)\s+of\s+(?:an?\s+|the\s+)?(?:[\w()'\u2019&-]+\s+){0,8}?Meeting\s+(?:of|held|on)\b|Minutes\s+of\s+Meeting\s+(?=\d)|Minutes?\s+from\b|Cofnodion\s+(?:y\s+|o\s+)?[cg]yfarfod\b)",
        line[:600], re.IGNORECASE
    )
    if inside is None:
        return None
    before = re.sub(r"(?i)\b(?:un-?confirmed|draft|confirmed|approved|signed)\s*$", "", line[: inside.start()])  # "91 Un-confirmed Minutes of ..."
    # a page flattened into one paragraph: the heading follows the file's own sentences ("WARNING - ... of this
    # document. CAIRNGORMS NATIONAL PARK AUTHORITY MINUTES OF THE BOARD MEETING held at ...")
    before = re.split(r"(?<=[a-z][.)])\s+(?=[A-Z])", before)[-1] if inside.start() > 240 else before
    # a letterhead run into it: the clerk's address, telephone, email and web site, then the heading
    if inside.start() > 60 and re.search(_CONTACT, before):
        before = re.split(_CONTACT, before)[-1]
        if re.search(r"(?i)\b(?:report|agenda|item)\b|\b(?:ON|OF|TO|FOR|THE|on|of|to|for|the)\s*$", before):
            return None  # "... COUNCIL MEETING 10 APRIL 2031 REPORT OF THE CLERK ON THE MINUTES OF ...": minutes the page is about
    if re.fullmatch(r"\s*\(?[0-9l]{1,3}[.)]?\s*", before) and not (re.fullmatch(r"\s*\d{1,3}\s+", before) and index <= 3):
        # "(3) Minutes of Meeting Held on 13th February": an item about earlier minutes (a bare "1 " on a
        # page's first lines is its page number: "1 Minutes of the Meeting of Thirsk Town Council held on ...")
        return None
    if not re.fullmatch(r"[A-Z0-9 ,.&'\u2019()/-]*", before) and not re.fullmatch(r".{0,60}\bPage\s+\d{1,3}[\s\d/:]*", before) \
            and not re.fullmatch(r"[A-Z][\w'\u2019&-]*,?\s+(?:(?:[A-Z][\w'\u2019&-]*,?|and|with|upon|under|on|&)\s+){0,5}(?:Community|Parish|Town)\s+Council(?:\s+(?:Adopted|Approved|Draft|Confirmed))?\s*[:\u2013-]?\s+(?:(?:https?://|www\.)\S+\s+)?", before) \
            and not _CAPS_BODY_TAIL.search(before):
        return None  # what comes before must be a heading in capitals, or a page's running head
    return inside


def _council_named_before(body: str | None, named: str) -> str | None:
    """The council a heading names before "Minutes of ...", where the heading's own body is only
    "Parish Council" or a kind of meeting; else the heading's body."""
    generic = re.fullmatch(r"(?:Parish|Town|Community)\s+Council", str(clean_committee(body)), re.IGNORECASE)
    named = re.sub(r"\s+CYNGOR\s+(?:CYMUNED|TREF|PLWYF|DINAS)\s+[A-Z\u00c0-\u017f' -]+$", "", named)  # (its Welsh name after it)
    if generic and is_caps_council(named, body):
        return display_title(named)  # "ASHCOMBE PARISH COUNCIL Minutes of Parish Council Meeting held on ...": the council's own name
    if generic and re.fullmatch(r"(?-i:[A-Z])[\w'\u2019&-]*\s+(?:(?:(?-i:[A-Z])[\w'\u2019&-]*|and|with|upon|under|on|&)\s+){0,5}" + re.escape(str(clean_committee(body))), named, re.IGNORECASE):
        return named  # "Bedstone and Bucknell Parish Council www.... Minutes of the Parish Council Meeting held on ..."
    if body and not re.search(r"[A-Z]", body) and re.fullmatch(r"(?:[A-Z][\w'\u2019&-]*\s+){1,6}(?:Community|Parish|Town)\s+Council", named.strip(" :\u2013-")):
        return named.strip(" :\u2013-")  # "Ashcombe Parish Council: minutes of the annual parish meeting held on ...": a kind of meeting, the council's
    return body


# A heading in capitals that runs to the date: "COUNCIL MEETING TUESDAY 7 JULY 2020", "HOLTBY
# PARISH COUNCIL MINUTES OF PARISH COUNCIL MEETING AT 7.00 pm. ON WEDNESDAY 27 JANUARY 2021"
_CAPITALS_HEADING = re.compile(
    r"^(?:Page\s+\d{1,3}\s*:\s*)?(?P<head>[A-Z][A-Z0-9 .,&'\u2019()/-]{4,140}?(?:\s+(?:[ap]\.?m\.?)[A-Z .,]{0,12})?)\s+"
    r"(?P<date>(?:(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY,?\s+)?\d{1,2}(?:ST|ND|RD|TH)?\s+[A-Z]{3,9},?\s+\d{4})\b"
)
# "Meeting of Highnam Parish Council" over "held in the Old School on Tuesday 12 June 2012"
_MEETING_OF_HELD = re.compile(
    r"meeting\s+of\s+(?:the\s+)?(?P<body>[A-Z][\w&'\u2019 .-]{1,80}?\b(?:" + BODY_WORDS + r"))\s+(?:was\s+)?held\b(?P<rest>.{0,160})",
    re.IGNORECASE,
)


def _heading_venue(found: MeetingContext, rest: str, evidence: str) -> None:
    """The place a minutes heading names after the body: "at the Old Forge at 7.30 p.m. on ...", or a
    remote meeting. (A heading "... COUNCIL HELD AT THE HALL, CWM AT 7.30 P.M. ON ..." gives its "at" first.)"""
    if found.venue is not None:
        return
    venue = re.search(r"\b(?:at|in)\s+(?:the\s+)?(.+?)\s+on\s", rest + " ", re.IGNORECASE)
    if venue and len(venue.group(1)) < 90:
        place = re.sub(r"\s+at\s+\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\.?)?$", "", venue.group(1).strip(" ,"), flags=re.IGNORECASE)
        found.venue = Finding(place.strip(" ,"), evidence)  # "the Old Forge at 7.30 p.m.": the place
    elif re.search(r"\b(remotely|virtually|online)\b", rest, re.IGNORECASE):
        found.venue = Finding("Remote meeting", evidence)


def _headings_without_minutes(found: MeetingContext, top: list[str], every: list[str], head_end: int) -> None:
    """Headings that do not open with "Minutes of": a heading in capitals ending in the date, or
    "Meeting of X held ... on DATE" over the first lines (an agenda item about earlier minutes,
    "To approve the minutes of the meeting of X held on ...", is not taken)."""
    if found.date is not None:
        return
    for line in [l for l in top[:head_end] if l][:4]:
        match = _CAPITALS_HEADING.match(line)
        named = re.match(r"^(?P<body>.+?)\s+(?:MINUTES\b|MEETING\b)", match.group("head")) if match else None
        if named and find_date(match.group("date")):
            body = named.group("body").strip(" ,-")
            if _BODY.search(body) and not re.search(r"\d|\b(?:OF|HELD|AT|ON)$", body):
                found.set_committee(display_council(body) if is_full_council(body) else body, match.group(0))
            found.set_date(find_date(match.group("date")), match.group(0))
            return
    joined = " ".join([l for l in top[:head_end] if l][:6])[:1000]
    match = _MEETING_OF_HELD.search(joined)
    # what stands before it in its own sentence ("(... once approved) Groby Parish Council Minutes of a Meeting of ...": a heading)
    before = re.split(r"[.)]\s+", joined[max(0, match.start() - 60) : match.start()])[-1] if match else ""
    earlier = re.search(  # "The Minutes of the Meeting of X held on ... were approved": earlier minutes, not this heading
        r"\b(?:approve|confirm|agree|sign|adopt|previous|last)\b|\bthe\s+minutes\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:of\s+the\s+)?$", before, re.IGNORECASE
    ) if match else None
    if match and not earlier and not re.search(r"\b(?:were|was|be)\s+(?:\w+\s+and\s+)?(?:approved|confirmed|agreed|signed|adopted)\b", match.group("rest"), re.IGNORECASE):
        date = find_date(match.group("rest"))
        if date:
            body = match.group("body").strip(" ,;:")
            found.set_committee(display_council(body) if is_full_council(body) else body, match.group(0)[:160])
            found.set_date(date, match.group(0)[:160])
