"""The parser that accepts any document with text: it finds what it can and keeps the rest.

It finds the items (`numbering.py`: numbered in any style; `unnumbered.py`: titles that lost
their numbers; `flattened.py` first breaks up text run onto one line), and under each item separates the purpose (above a "Minutes:" line, on web pages),
the narrative and the decision blocks (`decisions.py`). A document with no items at all
becomes one item holding its text, so nothing is turned away; the warnings say what could
not be found.
"""

from __future__ import annotations

import re
from dataclasses import replace

from cpb_tui.importers.paired_minutes import further_minute
from cpb_tui.importers.record_numbers import with_record_numbers
from cpb_tui.importers.captioned import captioned_paragraphs
from cpb_tui.importers.lost_headings import lost_headings
from cpb_tui.importers.context import find_context
from cpb_tui.importers.decision_lines import decided_in_purpose
from cpb_tui.importers.decisions import FIELD, opener, resolutions_from, split_decisions
from cpb_tui.importers.layout import is_page_footer, normalise, to_markdown
from cpb_tui.importers.flattened import run_on_points, unflatten
from cpb_tui.importers.motions import finding_of_the_meeting
from cpb_tui.importers.moved import MINUTES_TITLE, carried_by_movers, moved
from cpb_tui.importers.attendance import PRESENT as _PRESENT, present_below_a_menu as _present_below_a_menu, present_by_initials as _present_by_initials, present_over_names
from cpb_tui.importers.numbering import MINUTES_LINE, NOISE, Heading, paragraph_item_number, tidy_title
from cpb_tui.importers.inner_headings import with_inner_headings
from cpb_tui.importers.item_headings import BODY_NAME as _BODY_NAME, item_headings, one_listed_item
from cpb_tui.importers.outline import inline_bullets_apart
from cpb_tui.domain.models import DocumentRecord, ItemRecord, MeetingRecord, ResolutionRecord
from cpb_tui.importers.resolutions import classify_verb
from cpb_tui.importers.readings import chosen_reading, read_as
from cpb_tui.importers.standing_items import ATTENDING, caps_run_in, heading_before, standing_items
from cpb_tui.importers.titles import APOLOGIES_TOLD, SITE_LABEL
from cpb_tui.importers.title_outcomes import DATED_VERDICT, VERDICT_TAIL, outcome_line, title_outcome, with_title_outcome

_EXCLUSION = re.compile(r"exclusion of (?:the )?(?:press|public)|exclude the (?:press|public)|private session", re.IGNORECASE)
_EXEMPT = re.compile(r"\b(exempt(?:ed)?\b(?!\s+from\s+(?!publication|disclosure|(?:the\s+)?(?:press|public)))|confidential\b|part\s+(?:ii|2|b)\b|not for publication|private\s+(?:business|item|report))", re.IGNORECASE)
_EXEMPT_REASON = re.compile(
    r"(paragraphs?\s+\d+(?:\s*(?:,|-|and|to)\s*\d+)*\s+of\s+(?:part\s+(?:1|I)\s+of\s+)?schedule\s+12a[^.]*)", re.IGNORECASE
)
# Words a record of a meeting uses and an agenda does not (an agenda says "To receive ...").
_MINUTES_WORDS = re.compile(
    r"(?-i:\bRESOLVED\b|\bAGREED\b)|\bapologies\s+(?:for\s+absence\s+)?(?:were|was)\s+(?:received|submitted|reported)"
    r"|\b(?:was|were)\s+(?:duly\s+)?(?:(?:submitted|received|considered)\s+and\s+)?(?:agreed|approved|noted|resolved|carried)\b"
    r"|\bthe\s+(?:committee|board|panel|forum|cabinet|sub-committee)\s+(?:received|considered|noted|agreed|discussed|heard|resolved|requested|asked|approved)\b"
    r"|(?<!meeting\s)(?<!meeting,\s)(?<!previously\s)\b(?:members|councillors)\s+(?:decided|resolved)\s+(?:that|to)\b"  # ("Members decided that the clerk should write ...", never "At the July meeting members decided ...")
    # reported speech only a record uses: "It was reported that ...", "Members were advised ..."
    r"|\bit\s+was\s+(?:reported|explained|confirmed|stated)\s+that\b|\bmembers\s+(?:were|was)\s+(?:informed|advised|updated|told)\b"
    r"|\bthe\s+meeting\s+(?:was\s+inquorate|closed\s+at|ended\s+at)\b|\bthe\s+chair(?:man|person)?\s+(?:welcomed|thanked)\b"
    r"|\b(?:introduced|presented)\s+the\s+(?:report|item|update|work\s*(?:plan|programme)|paper|presentation)\b|\b(?:was|were)\s+(?:addressed|discussed|debated)\b"
    # "Roberts (CR) welcomed all to meeting", "EHE proposed correct and seconded by AV": what happened, as only a record says
    r"|\bwelcomed\s+(?:all|everyone|everybody|those\s+present|all\s+present)\s+to\s+(?:the\s+)?meeting\b|(?<!\bbe\s)(?<!\bbeen\s)\bproposed\b[^.]{0,80}?\band\s+seconded\s+by\b(?!\s+another\b)",
    re.IGNORECASE,
)


# a line holding only a dash separates paragraphs, as a blank line does
_SEPARATOR = re.compile(r"^\s*[-\u2013\u2014]\s*$")
# "Minutes of the meeting held on 6th September:It was RESOLVED ...", "... were present.One member ...": a stop or a colon that
# lost the space after it (never inside an address or a number: "www.Example", "10:30", "St.Mary's" keep theirs)
_GLUED_STOP = re.compile(r"(?:(?<=[a-z]{3})|(?<=\d{4}))([.:])(?=(?:It|The|One|Two|Three|Apologies|Councillors?|Cllrs?|Members|There|This|RESOLVED|Resolved|Agreed|AGREED|None|No)\b)")


def _summons(lines: list[str]) -> bool:
    """Whether the page opens with a summons to the meeting ("You are hereby summoned to attend ..."), as an agenda does."""
    return any(re.search(r"(?i)\byou\s+are\s+(?:hereby\s+)?summoned\s+to\s+attend\b", line) for line in lines[:40])


def _is_record(lines: list[str], headings: list) -> bool:
    """Whether the text is a record of what was decided (minutes), not an agenda ("Approved minutes from the meeting held ...")."""
    return (
        any(re.match(r"^\s*(?:(?:draft|confirmed|signed|open|public|approved|unapproved)\s+)?(?:minutes?\s+(?:of|from)\b|at\s+a\s+meeting\b|cofnodion\b)", line, re.I) for line in lines[:15])
        or _minutes_heading_run_in(lines[: min(15, headings[0].index if headings else 15)])
        # "A meeting of Quadring Parish Council was held on Monday ...", "July 2021 Minutes": a record's opening
        or any(re.search(r"\bmeeting\b.{0,120}?\b(?:was|were)\s+held\b|\bmeeting\b.{0,120}?\btook\s+place\b", line, re.I)
               # "Draft Ordinary Meeting Minutes 3rd October 2016", "Monthly Minutes, November 9th 2021"
               or re.match(r"^\s*(?:[\w'\u2019]+\s+){1,4}minutes\s*(?:[,:\u2013-]?\s*(?=\S.{0,38}\d{4}\s*$).*)?$", line, re.I)
               and not re.search(r"\bagenda\b", line, re.I)
               # "Community Council Minutes of Wednesday 1st August 2018 in the hall", "... Minutes of Management Meeting", "... Minute of Meeting"
               or re.match(r"^\s*(?:[\w'\u2019]+\s+){1,4}minutes?\s+of\s+(?:the\s+|an?\s+)?(?:[\w'\u2019-]+\s+){0,3}?(?:meeting|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", line, re.I)
               for line in lines[: min(15, headings[0].index if headings else 15)])
        # "... www.scleddau.org.uk MINUTES OF THE ORDINARY MEETING HELD AT ...": a PDF's heading run into its address
        or any(re.search(r"(?<!APPROVE )(?<!CONFIRM )(?<!RECEIVE )(?<!ADOPT )(?<!SIGN )(?<!THE )\bMINUTES\s+OF\s+(?:THE\s+|AN?\s+)?(?:[A-Z]+\s+){0,2}MEETING\s+HELD\b", line[:2000])
               for line in lines[:15])
        or any(MINUTES_LINE.match(line) for line in lines)
        # who was there: "Present: Tom Thomas (TT), ..." near the top is a record's, never an agenda's (below a web
        # page's menu of months, too: anywhere before the first item)
        or any(_PRESENT.match(line) for line in lines[:25])
        or _present_below_a_menu(lines, headings)
        or present_over_names(lines[: min(25, headings[0].index if headings else 25)])
        # (never under a summons, "You are summoned to attend ...": an agenda's "the minutes ... will be deferred" is no record)
        or not _summons(lines) and any(opener(line) for line in lines)
        or not _summons(lines) and bool(_MINUTES_WORDS.search(" ".join(line.strip() for line in lines)))  # a sentence may wrap over lines
        or sum(1 for line in lines if re.match(r"^\s*Actions?\s*[:\u2013-]\s+\S", line)) >= 2  # an action log
        # decisions each told after its title: "- Item 7 \u2013 Revenue Report. Decision: Report approved ..."
        or sum(1 for line in lines if re.search(r"(?:^|[.:]\s+)Decisions?\s*:\s+[A-Z]", line)) >= 2
        # who was there, each known by the initials the notes use: "Ann Rees (AR) (Chair), Tom Vell (TV), Sue Hale (SH)" (never an
        # agenda's list of whom it goes to, "Distribution: Ann Rees (AR), ...")
        or _present_by_initials(lines[: min(25, headings[0].index if headings else 25)])
    )


def parse_generic(text: str) -> DocumentRecord:
    """Any text: numbered items with their purpose, minutes and decisions, or one item holding it all."""
    lines = inline_bullets_apart(captioned_paragraphs(unflatten([_GLUED_STOP.sub(r"\1 ", _SEPARATOR.sub("", line)) for line in normalise(text).split("\n") if not is_page_footer(line)])))
    headings = _without_page_title(item_headings(lines), lines)
    record = _parse_lines(lines, headings)
    if len(headings) < 2 and chosen_reading() is None and not one_listed_item(lines, headings) and len(titled := read_as("headings", lines)) >= 3:
        # no items found any other way: the page's short title lines over its text ("Village Hall" over "The hall
        # committee asked ..."), where reading them so keeps every decision the one block held
        other = _parse_lines(lines, titled)
        # (over a page's one numbered item, "1. Appointment of Depute Provost", only where they keep more of its decisions)
        if sum(len(i.resolutions) for m in other.meetings for i in m.items) >= sum(len(i.resolutions) for m in record.meetings for i in m.items) + len(headings):
            other.warnings.append(f"no numbered items: its {len(titled)} short title lines are read as its items (`cpb import --items` reads it another way)")
            return other
    if len(headings) < 2 and chosen_reading() is None and len(record.meetings[0].items) == 1 and record.meetings[0].role == "minutes" \
            and (found := lost_headings(lines, record.meetings[0].items[0].title)) is not None:
        rows, paragraphed = found
        # minutes whose headings were lost in the copy, a paragraph each: each paragraph is an item, where that keeps every
        # decision the one block held
        other = _parse_lines(rows, paragraphed)
        if sum(len(i.resolutions) for m in other.meetings for i in m.items) >= sum(len(i.resolutions) for m in record.meetings for i in m.items):
            other.warnings.append(f"no numbered items or headings: its {len(paragraphed)} paragraphs are read as its items (`cpb import --items` reads it another way)")
            return other
    return record


def _parse_lines(lines: list[str], headings: list[Heading]) -> DocumentRecord:
    context = find_context(lines)
    issue_at = _issue_decision_at(lines)
    if issue_at is not None and all(h.index > issue_at and re.fullmatch(r"\d{1,2}", h.number or "") for h in headings):
        headings = []  # "20/07/2023 - Title" over "1. Approved ..." "2. Noted ...": one decision's clauses, not items
    has_minutes = _is_record(lines, headings)
    items: list[ItemRecord] = []
    warnings: list[str] = []
    if headings:
        headings = with_inner_headings(lines, _referenced_first(lines, headings)) if has_minutes else headings  # (and headings in a minute)
        items += _before_the_first(lines, headings[0], has_minutes, warnings)
        counted = 0  # the titles read with their numbers so far
        for position, heading in enumerate(headings):
            stop = headings[position + 1].index if position + 1 < len(headings) else len(lines)
            stop = stop if heading.body_end is None else min(stop, heading.body_end)  # (an agenda's entry kept among minutes)
            rest = None if _caption_decided_below(heading, lines[heading.body_start : stop]) else heading.rest
            title, body = title_outcome(heading.title, rest.split("\n") if rest else [], has_minutes)
            body += lines[heading.body_start : stop]
            if heading.minute:  # ("852. Salt bags ...": each further minute under the heading a paragraph of its own)
                body = [piece for line in body for piece in further_minute(line)]
            if has_minutes and not any(line.strip() for line in body) and (re.search(r"\w{2}\.$", heading.title) and len(heading.title.split()) >= 6
                                                                         or APOLOGIES_TOLD.match(heading.title)):
                body = [heading.title]  # "5. The precept of \u00a31,500 to be requested.": the minute is its own line
            title, counted = _numbered_title(title, heading, counted)
            items.append(_item(title, heading.number or None, body, has_minutes, heading.minute))
    elif _issue_decision_at(lines) is not None:
        # "Issue - decisions": after "12/11/2024 - Title", the text is the decision itself.
        at = _issue_decision_at(lines)
        title = re.sub(r"^\d{1,2}/\d{1,2}/\d{4}\s*[-\u2013]\s*", "", lines[at].strip())
        agenda_item = re.search(r"\s*\((?:Agenda\s+)?Item\s+(\d{1,3}[a-z]?)\.?\)\s*$", title, re.IGNORECASE)  # "Title (Agenda Item 14)"
        title = tidy_title(re.sub(r"\s+ref:\s*\d+\b.*$", "", title[: agenda_item.start()] if agenda_item else title))  # "... ref: 627  Recommendations Approved"
        body = [line for line in lines[at + 1 :]]
        first = next((i for i, line in enumerate(body) if line.strip()), None)
        number = agenda_item.group(1) if agenda_item else None
        if first is not None:
            numbered = re.match(r"^\s*(\d{1,4}/\d{2,4}|[A-Z]{1,6}\s?\d{1,4}/\d{2,4})\s+(\S.*)$", body[first])
            if numbered:
                number, body[first] = numbered.group(1), numbered.group(2)
        item = _item(title, number, body, True)
        if not item.resolutions:
            decided, record = _decided_lines(lines, body)
            item.resolutions = resolutions_from([decided]) if decided else []
            item.minutes = to_markdown(record, markers=True) or None
        items.append(item)
    elif chosen_reading() is not None:
        raise ValueError(f"read as {chosen_reading()} (--items {chosen_reading()}), it has no items: try another reading, or none")
    else:
        start, title = _document_title(lines)
        number = paragraph_item_number(lines) or _item_number_in_head(lines)
        # One block of text: whatever it holds is its record, not an agenda purpose.
        items.append(_item(title or "Untitled document", number, lines[start:], True))
        warnings.append("no numbered items found: the text is kept as one item")
        if not any(item.resolutions for item in items):
            context.hints.append("it has no numbered items and no decisions, so it may not be meeting papers")
    has_minutes = has_minutes or any(item.resolutions for item in items)
    items = with_record_numbers(items) if has_minutes and len(items) >= 3 else items  # ("3. Minutes" over "219. Approved.")
    meeting = MeetingRecord(
        committee=_value_of(context.committee),
        date=_value_of(context.date),
        council=_value_of(context.council),
        time=_value_of(context.time),
        venue=_value_of(context.venue),
        role="minutes" if has_minutes else "agenda",
        items=items,
    )
    if not any(item.resolutions for item in items) and has_minutes:
        warnings.append("no decisions found (no RESOLVED, Agreed, Decision or the like)")
    tasks = _tracker_tasks(lines, items)
    if _looks_like_tracker(lines):
        warnings.append(
            f"this looks like an action tracker (Action, Owner, Due ... columns): its {len(tasks)} open "
            f"row{'s are' if len(tasks) != 1 else ' is'} in the action log as this page's actions; to keep each "
            "row's status and update too, import it with `cpb actions import FILE --committee NAME` instead"
        )
    elif tasks:
        warnings.append(f"{len(tasks)} task{'s' if len(tasks) != 1 else ''} it lists (an action table's open rows or an action plan's bullets) became actions")
    kind = "minutes" if has_minutes else "agenda"
    title = f"{'Minutes' if has_minutes else 'Agenda'}: {meeting.committee or 'committee'}"
    record = DocumentRecord(kind=kind, title=title, meetings=[meeting], warnings=warnings, hints=list(context.hints))
    return record


def _before_the_first(lines: list[str], first: Heading, has_minutes: bool, warnings: list[str]) -> list[ItemRecord]:
    """The record before the first numbered item: the standing business ("Apologies were received ...", "There were no
    declarations ..."), each an item, and any other record kept as one item so none of it is lost."""
    standing = standing_items(lines[: first.index]) if has_minutes and first.number else []
    if not has_minutes and first.value == 1 and (alone := heading_before(lines[: first.index])):
        return [_item(alone[0], None, alone[2], False)]  # (an agenda's " Open Forum:" before "1. Apologies")
    if has_minutes and first.number and not standing and (alone := heading_before(lines[: first.index], past_apologies=True)) and not alone[0].lower().startswith("apolog") \
            and any(ATTENDING.match(line) for line in lines[: alone[1]]):
        # (minutes' one standing heading alone on its line after who was there, "Declarations of Interest:" over "None received";
        # never "Apologies:" over names, part of who was there, nor a label over the page's heading, "PUBLIC SESSION")
        standing = [alone]
    opening = _opening_record(lines[: standing[0][1] if standing else first.index]) if has_minutes else None
    items = [_item(opening[0], None, opening[1], has_minutes)] if opening is not None else []
    if opening is not None:
        warnings.append(f"the record before item {first.number or first.title} has no number: it is kept as '{opening[0]}'")
    if standing:
        warnings.append(f"{len(standing)} items before item {first.number} have no numbers: kept as " + ", ".join(f"'{t}'" for t, _, _ in standing))
    return items + [_item(title, None, body, has_minutes) for title, _, body in standing]


def _without_page_title(headings: list[Heading], lines: list[str]) -> list[Heading]:
    """ "1 ORCHARD VALE DISTRICT COUNCIL" over "Minutes of the ...", then items "LC/21/2031: ...": a transcript's page number
    and the page's title, not an item."""
    first = headings[0] if len(headings) >= 3 else None
    if first is None or first.number != "1" or first.rest or not _BODY_NAME.match(first.title) or first.body_start >= len(lines):
        return headings
    if re.match(r"\s*(?:Minutes|Agenda)\s+(?:of|for)\b", lines[first.body_start]) and not any(re.fullmatch(r"\d{1,3}", h.number or "") for h in headings[1:]):
        return headings[1:]
    return headings


def _caption_decided_below(heading: Heading, below: list[str]) -> bool:
    """ "4. Minute of previous meeting approved." over "The minute ... was submitted and approved.": a caption that states the
    outcome the minute below records (its words are the title, not a second decision)."""
    rest = heading.rest or ""
    words = set(re.findall(r"[a-z]{4,}", rest.lower())) - {"approved", "agreed", "noted", "accepted", "previous", "meeting"}
    return rest.strip() == heading.title.strip() and len(rest.split()) <= 8 and bool(re.search(r"(?i)\b(?:approved|agreed|noted|accepted)\.?$", rest)) \
        and any(opener(line) and words & set(re.findall(r"[a-z]{4,}", line.lower())) for line in below)  # (its own matter: "Accounts approved." never over an auditor appointed)



def _title_as_subject(found: list[ResolutionRecord], title: str) -> list[ResolutionRecord]:
    """ "2 Minutes of meeting held on 12 May - were approved, proposed by ...": an outcome with no subject of its own, the
    heading's words its subject ("Minutes of meeting held on 12 May were approved ...")."""
    return [replace(found_one, text=f"{title.strip()} {found_one.text}") if _NO_SUBJECT.match(found_one.text) and title.strip() else found_one
            for found_one in found]


_NO_SUBJECT = re.compile(r"(?:was|were|have\s+been|has\s+been)\s+(?:duly\s+|unanimously\s+|then\s+)?(?:approved|agreed|adopted|accepted|confirmed|signed)\b")


def _minutes_heading_run_in(lines: list[str]) -> bool:
    """ "Draft Minutes Draft Minutes of the Meeting of the X Council held at ...": a minutes heading
    inside one of the lines above the first item, not opening it (a title printed twice, a page
    flattened onto one line); "to approve the minutes of the meeting held ..." is not one."""
    for line in lines:
        heading = re.search(r"\bminutes?\s+of\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,6}?meeting\s+(?:of|held)\b", line[:240], re.I)
        if heading and not re.search(r"\b(?:to|be)\s+(?:confirm|approve|agree|receive|sign|note)\w*\b|\bprevious\b", line[: heading.start() + 20], re.I):
            return True
    return False


def _looks_like_tracker(lines: list[str]) -> bool:
    """A header row naming an action column and an owner, due or status column."""
    from cpb_tui.importers.tracker import _bar_cell_rows, _flattened_rows, _map_columns, _slash_rows

    if _flattened_rows("\n".join(lines[:200])) or _slash_rows(lines[:200]) or _bar_cell_rows(lines[:200]):
        return True
    for line in lines[:40]:
        cells = [c for c in re.split(r"\s*\|\s*|\t|\s{3,}", line.strip()) if c]
        if len(cells) >= 3:
            mapping = _map_columns(cells)
            if "text" in mapping and len(mapping.keys() & {"owner", "due", "status"}) >= 2:
                return True
    return False


def _numbered_title(title: str, heading: Heading, counted: int) -> tuple[str, int]:
    """ "1 Health and Social Care Update" among headings read by their titles: its number is its own, where it is the next
    of those so read (never "5 Mill Lane"); the title, and how many are so read."""
    numbered = None if heading.number else re.match(r"(\d{1,3})\s+(?=[A-Z][a-z])(.{3,})$", title)
    if numbered is None or int(numbered.group(1)) != counted + 1:
        return title, counted
    heading.number = numbered.group(1)
    return numbered.group(2), counted + 1


def _tracker_tasks(lines: list[str], items: list[ItemRecord]) -> list:
    """A tracker's open rows given to the item whose text holds them (the first, where none is found)."""
    from cpb_tui.importers.tracker import listed_tasks, log_tasks, plan_tasks

    tasks = listed_tasks(lines) or plan_tasks(lines) or log_tasks(lines)
    texts = [" ".join(f"{item.title} {item.minutes or ''} {item.purpose or ''}".split()) for item in items] if len(items) > 1 else []
    for task in tasks:
        words = " ".join(task.text.split()[:6])
        holder = next((item for item, text in zip(items, texts) if words in text), None if task.done else items[0])
        if holder is not None:
            holder.tasks.append(task)
    return [task for task in tasks if not task.done]


def _value_of(finding):
    return finding.value if finding is not None else None


def _referenced_first(lines: list[str], headings: list[Heading]) -> list[Heading]:
    """ "Apologies (19/13)" before "3.0 Declarations of Interest (19/14)": an item known by its minute reference alone."""
    before = next((i for i in range(headings[0].index) if _MINUTE_REF.search(lines[i]) and len(lines[i].strip()) <= 120), None)
    if before is None or not _MINUTE_REF.search(headings[0].title):
        return headings
    return [Heading(before, before + 1, "", 0, lines[before].strip(), "reference", 1.0), *headings]


# a minute's reference in brackets after its title: "To discuss tendering for grass cutting (19/15)"
_MINUTE_REF = re.compile(r"(?<=\S)\s*\((?:Minute\s+|Min\.?\s*)?(?P<ref>\d{1,4}/\d{1,4})\)\s*$")


# "Approved subject to one correction.", "Agreed as a true record": the verdict on the minutes an item is about
# (never a report of what was confirmed: "Confirmed the grit bins have been filled", "Confirmed attendance figures were low")
_VERDICT = re.compile(
    r"^\s*(?:[\u00b7\u2022*-]\s*)?(?:Approved|Agreed|Accepted|Confirmed|Adopted|Ratified)\b(?!\s+(?:that|to|the|by\s+the\s+(?:county|district|borough))\b)"
    r"(?!(?:\s+\S+){0,3}?\s+(?:was|were|is|are|had|has|have|would|will)\b)[^?;]{0,300}$"
    # "These were read and approved.", "They were taken as read and signed.": the minutes the heading names
    r"|^\s*(?:These|They)\s+were\s+(?:duly\s+)?(?:(?:read|taken\s+as\s+read|circulated|considered|reviewed)(?:,?\s+and|,)\s+)?"
    r"(?:approved|agreed|accepted|confirmed|adopted|signed)\b[^?;]{0,200}$"
    # "approved as read.", the verdict alone under a title cut after its dash
    rf"|^\s*(?:approved|agreed|accepted|confirmed|adopted){VERDICT_TAIL}\s*\.?\s*$|^\s*(?:held\s+on|of|dated)\s+[^.;]{{3,60}}?\s+(?:(?:was|were)\s+)?(?:duly\s+)?(?:approved|agreed|accepted|confirmed)\b[^?;]{{0,160}}$"
)


def _minutes_verdict(title: str, narrative: list[str]) -> str | None:
    """The line under a heading about minutes that opens with its verdict, or None."""
    if not MINUTES_TITLE.match(title.strip()):
        return None
    first = next((line for line in narrative if line.strip()), None)
    # ("Subject to correcting a date, the Minutes of the July meeting were approved and signed.")
    bare = _SUBJECT_TO_MINUTES.sub("", first) if first is not None else ""
    return first if first is not None and (_VERDICT.match(first) or DATED_VERDICT.match(first) or bare != first and _MINUTES_WERE.match(bare)) else None


_SUBJECT_TO_MINUTES = re.compile(r"^\s*Subject\s+to\b[^;]{3,200}?,\s*(?=the\s+minutes\b)", re.IGNORECASE)
_MINUTES_WERE = re.compile(r"the\s+minutes\b[^;]{0,160}?\b(?:was|were)\s+(?:duly\s+|then\s+)?(?:approved|agreed|accepted|confirmed|adopted)\b[^?;]{0,200}$", re.IGNORECASE)


_MINUTES_THEN_TEXT = re.compile(r"^\s*(?:Minutes|Cofnodion)\s*:\s+(\S.*)$")

def _item(title: str, number: str | None, body: list[str], has_minutes: bool, minute: str | None = None) -> ItemRecord:
    reference = _MINUTE_REF.search(title) if has_minutes else None
    if reference:
        title = title[: reference.start()].rstrip()

    body = [point for line in body if not NOISE.match(line) for point in run_on_points(line)]
    minutes_at = next((i for i, line in enumerate(body) if MINUTES_LINE.match(line)), None)
    labelled = next((i for i, line in enumerate(body) if _MINUTES_THEN_TEXT.match(line)), None) if minutes_at is None else None
    if labelled is not None:
        # "Minutes: Resolved – That Councillor Dart be Chair ...": a flattened row's label before its record
        body = [*body[:labelled], "Minutes:", _MINUTES_THEN_TEXT.match(body[labelled]).group(1), *body[labelled + 1 :]]
        minutes_at = labelled
    if minutes_at is not None:
        # (a "Decision:" label stays over its record: what it heads is the decision, "to approve the minute.", "To note the report.")
        decision = re.match(r"^\s*Decisions?\s*:\s*$", body[minutes_at], re.IGNORECASE) is not None and re.match(
            r"^\s*(?:\(?(?:[ivx]{1,4}|[a-h])[.)]\s*)?(?:to|To|TO)\s+[a-z]", next((line for line in body[minutes_at + 1 :] if line.strip()), "")) is not None
        purpose_lines, record_lines = body[:minutes_at], body[minutes_at + (0 if decision else 1) :]
        # ("Decision: To note both reports." on its own line above "Minutes:", and any clauses listed under it: never the purpose)
        decided = decided_in_purpose(purpose_lines)
        purpose_lines, record_lines = [line for line in purpose_lines if line not in decided], [*decided, *(["Minutes:" if len(decided) > 1 else ""] if decided else []), *record_lines]
    elif has_minutes:
        purpose_lines, record_lines = [], body
    else:
        purpose_lines, record_lines = body, []
    first = next((i for i, line in enumerate(record_lines) if line.strip()), None)
    if has_minutes and first is not None and MINUTES_TITLE.match(title.strip()) and re.match(r"\s*(?:of|held\s+on|dated)\s", record_lines[first]):
        # "6. Minutes – of the meeting dated 9th February accepted ... (proposed by MG ...)": the title opens the sentence
        record_lines = [*record_lines[:first], f"{title.strip()} {record_lines[first].strip()}", *record_lines[first + 1 :]]
    narrative, blocks = split_decisions(record_lines)
    verdict_line = _minutes_verdict(title, narrative) if has_minutes and not blocks else None
    verdict = None
    if verdict_line is not None:
        # (its first sentence: "Accepted. Cllr Rowe will circulate ..." keeps its task; "held on 7 May were approved." has its title)
        verdict, *after = re.split(r"(?<=[a-z)][.!?])\s+(?=[A-Z])", f"{title} " * bool(re.match(r"\s*(?:held\s+on|of|dated)\s", verdict_line)) + verdict_line.strip().lstrip("\u00b7\u2022*- "), maxsplit=1)
        narrative = [after[0] if line is verdict_line and after else line for line in narrative if line is not verdict_line or after]
    # decisions told by their movers alone (`moved.py`), where the record has no other
    by_movers = has_minutes and not blocks and verdict_line is None
    moved_lines = moved(title, narrative) if by_movers else []
    carried = carried_by_movers(narrative) if by_movers and not moved_lines else []
    verdicts = [verdict] if verdict else [" ".join(sentence.split()) for _, sentence in moved_lines]  # (a column's spaces closed up)
    verdicts += [" ".join(" ".join(sentences).split()) for _, sentences in carried]
    verdicts += [found for found in [finding_of_the_meeting(narrative)] if found and by_movers and not verdicts]  # (a Scottish vote)
    for lines, sentences in [*(([line], [sentence]) for line, sentence in moved_lines), *carried]:
        for line in lines:
            # (the rest of its line stays in the narrative: "The car park note was corrected. Thereafter the minutes were proposed ...")
            rest = line.strip()
            for sentence in sentences:
                rest = rest.replace(sentence, "", 1).strip()
            narrative = [rest if other is line else other for other in narrative if other is not line or rest]
    # A decision notice's fields are not its purpose; its "Purpose:" field is.
    purpose_lines = [re.sub(r"^\s*Purpose\s*:\s*", "", line) for line in purpose_lines if not FIELD.match(line)]
    text = " ".join(body)
    exempt = bool(_EXEMPT.search(title)) and not _EXCLUSION.search(title)
    reason = _EXEMPT_REASON.search(re.sub(r"\s+", " ", text)) if exempt else None
    purpose = " ".join(line.strip() for line in purpose_lines if line.strip()) or None
    return ItemRecord(
        title=title,
        number=number,
        minute_number=reference.group("ref") if reference else minute or (number if has_minutes else None),
        purpose=purpose[:2000] if purpose else None,
        minutes=to_markdown(narrative, markers=True) or None,
        resolutions=_title_as_subject(with_title_outcome(resolutions_from(blocks), outcome_line(title, body), minute) or [ResolutionRecord(None, said.strip(), classify_verb(said)) for said in verdicts], title),
        exempt=exempt,
        exempt_reason=reason.group(1).strip() if reason else None,
    )


# Lines before the first item that are the meeting's attendance, not its business.
_ATTENDANCE = re.compile(
    r"^\s*(?:present|in\s+attendance|also\s+present|apologies|officers?|councillors?|members?|attendance|in\s+the\s+chair|chair(?:man|person)?"
    r"|venue|contact|meeting|date|time|place)\b",
    re.IGNORECASE,
)
_RECORD_VERB = re.compile(
    r"\b(?:was|were|would|had|has|have|agreed|resolved|reported|noted|asked|requested|opened|welcomed|thanked|declared|explained|confirmed"
    r"|stated|said|informed|presented|proposed|seconded|discussed)\b",
    re.IGNORECASE,
)


# "IJ to contact the landowner", "Clerk to write to Highways", "Action: Clerk": errands are a record too
# (or a tag at a sentence's end: "... welcomed the new clerk. ACTION: Clerk to update the website")
_ERRAND = re.compile(r"^\s*(?:(?:The\s+)?(?:Clerk|Chair(?:man)?|[A-Z]{2,4}(?:\s*(?:&|and|/)\s*[A-Z]{2,4})?)\s+(?:is\s+)?to\s+[a-z]+\b|(?:Actions?|ACTIONS?)\s*:\s*\S)|[.!]\s+(?:Action|ACTION)\s*:\s*[A-Z]")


_PUBLIC_SESSION = re.compile(
    r"^\s*(?P<title>(?:Public\s+(?:Forum|Participation|Session|Questions?(?:\s+Time)?|Speaking|Adjournment)|Open\s+(?:Forum|Meeting)"
    r"|Questions\s+from\s+(?:the\s+)?Public|Members\s+of\s+the\s+Public\s+(?:Session|Forum|Questions))\b)(?=\s*(?:[:\u2013-]\s*\S|$|\s+[A-Z]))",
    re.IGNORECASE,
)


# a standing note about the public's part, not a record of it ("Public Question Time: members of the public may speak for up
# to three minutes", "Public Session - the meeting is open to the press and public")
_STANDING_NOTE = re.compile(r"\b(?:may\s+speak|up\s+to\s+\w+\s+minutes|open\s+to\s+the\s+(?:press|public)|not\s+part\s+of|are\s+(?:invited|welcome)|will\s+be)\b", re.IGNORECASE)


def _decisions_listed_below(lines: list[str], index: int) -> bool:
    """ "Decisions" over "1. That the grant awards" (a decision notice's lines broken short): decisions, not a menu's link."""
    label = opener(lines[index]) if len(lines[index]) < 40 else None
    below = next((line for line in lines[index + 1 : index + 3] if line.strip()), "")
    return label is not None and not label[1].strip() and bool(re.match(r"^\s*(?:\(?\d{1,2}[.)]\s+|\([a-h]\)\s+)?That\s+(?:the|any|a|an|all|this|these|its|[A-Z])", below))


def _opening_record(lines: list[str]) -> tuple[str, list[str]] | None:
    """Minutes whose first items lost their numbers ("To receive apologies ..." then "It was reported that ..."): the
    record before the first numbered item, so none of it is lost. Only prose that reads as a record counts: attendance
    lists, page furniture and the meeting's own heading stay out."""
    prose = [
        index for index, line in enumerate(lines)
        if (len(line.strip()) >= 60 and _RECORD_VERB.search(line) or _ERRAND.search(line) or _decisions_listed_below(lines, index)) and not _ATTENDANCE.match(line)
        and not NOISE.match(line) and not FIELD.match(line)
        # (the page's own heading names "the minutes of the meeting"; so does a decision approving them, which is a record)
        and not (re.search(r"\bminutes\s+of\s+(?:the\s+|a\s+)?meeting\b", line, re.I) and opener(line) is None)
        # ("An ordinary meeting of Hallow Parish Council was held at the Old School on ...": the page's heading as a sentence)
        # (only the sentence alone: "... was held on 4 May at 7pm. Agreed to accept ..." keeps its record)
        and not re.match(r"^\s*(?:An?|The)\s+(?!minutes?\b)(?:[\w-]+\s+){0,3}meeting\s+of\s+(?:the\s+)?[^.;]{3,80}?\s+was\s+held\s+(?:on|at|in)\b(?!.*[a-z)]\.\s+[A-Z])(?!.*\b(?:agreed|resolved|decided|elected|approved|noted)\b)", line, re.I)
    ]
    session = next((index for index, line in enumerate(lines) if _PUBLIC_SESSION.match(line) and not _STANDING_NOTE.search(line)), None)
    if session is not None and any(_ATTENDANCE.match(line) or re.match(r"^\s*(?:draft\s+)?minutes\s+of\b", line, re.I) for line in lines[session + 1 :]):
        session = None  # a label above the page's heading and its attendance ("PUBLIC SESSION"), not a session held
    if session is not None and re.match(r"(?i)\s*open\s+meeting\s*:?\s*$", lines[session]) and not any(len(line.split()) >= 6 for line in lines[session + 1 :]):
        session = None  # ("OPEN MEETING" alone, a label for the part held in public, with nothing of its own under it)
    if session is not None and (not prose or session < prose[0]):
        # "Public Forum: No comments made", "Open Forum" over "A resident voiced concern ...": the public's session held
        # before the numbered business is business of its own, however short
        heading = _PUBLIC_SESSION.match(lines[session])
        rest = lines[session][heading.end() :].strip(" :\u2013-")
        return tidy_title(heading.group("title")), ([rest] if rest else []) + lines[session + 1 :]
    # ("RECOMMENDATION I - Terms of Reference" over "Minutes:": a web page's entry with no number before the first numbered one)
    labelled = next((index for index, line in enumerate(lines) if re.fullmatch(r"\s*Minutes\s*:\s*", line) and index), None)
    prose = [labelled] if labelled is not None and (not prose or labelled < prose[0]) else prose
    if not prose:
        return None
    start = prose[0]
    if capitals := caps_run_in(lines[start]):  # ("POLICE LIAISON PC Hale reported ...": the record opens with its heading in capitals)
        return tidy_title(capitals.group("title")), [capitals.group("rest"), *lines[start + 1 :]]
    # a short title line just above the first record line names it ("To receive apologies for absence.")
    above = next((i for i in range(start - 1, max(-1, start - 4), -1) if lines[i].strip()), None)
    title = None
    usable = above is not None and len(lines[above].strip()) <= 100 and re.search(r"[A-Za-z]{3}", lines[above]) \
        and not NOISE.match(lines[above]) and not _ATTENDANCE.match(lines[above]) and not re.match(r"^\s*\d{1,3}[.)]\s+(?:Cyngh?|Cllr|Councillor)", lines[above])
    if usable and lines[above].rstrip().endswith(".") and len(lines[above].split()) > 8:
        start = above  # a sentence of the record, not its title: "Resignation received from Cllr Eddy on 20th May, by email."
    elif usable:
        title, start = tidy_title(lines[above].strip().rstrip(".")), above + 1
    return title or "Opening of the meeting", lines[start:]


def _document_title(lines: list[str]) -> tuple[int, str | None]:
    """The first line that reads as a title (past page furniture), and where the body starts."""
    for index, raw in enumerate(lines[:30]):
        line = raw.strip()
        if not line or NOISE.match(line) or FIELD.match(line) or re.match(r"^\s*(?:Meeting|Decided at meeting|Decision Maker|Decisions for issue|Purpose)\b.{0,60}:?", line, re.I) \
                or SITE_LABEL.match(line) and not line.lower().startswith("page"):
            continue
        if len(line) <= 160 and not line.endswith((".", ";", ":")):
            title = re.sub(r"^\d{1,2}/\d{1,2}/\d{4}\s*[-\u2013]\s*", "", line)
            return index + 1, tidy_title(title)
        break
    return 0, None


def _decided_lines(lines: list[str], body: list[str]) -> tuple[list[str], list[str]]:
    """What an issue's decision line is over: the decision, without the page's fields ("Decision Maker:",
    "Effective from:"); in a "Decisions published" list only its summary, the paragraph after them,
    with the record that follows it (where "Action 1: ..." lines may stand) kept as narrative."""
    kept = [line for line in body if not FIELD.match(line) and not re.match(r"^\s*Decision published\s*:", line, re.IGNORECASE)]
    if not any(re.match(r"^\s*Decisions published\b", line, re.IGNORECASE) for line in lines[:12]):
        return [line for line in kept if line.strip()], []
    start = next((i for i, line in enumerate(kept) if line.strip()), len(kept))
    end = next((i for i in range(start, len(kept)) if not kept[i].strip()), len(kept))
    return kept[start:end], kept[end:]


def _issue_decision_at(lines: list[str]) -> int | None:
    """The "DD/MM/YYYY - Title" line of an "Issue - decisions" page, if this is one."""
    # (or a "Decisions published" list holding one decision, under the site's search help)
    if not any(re.match(r"^\s*(?:Issue\s*-\s*decisions|Decisions for issue|Decisions published)\b", line, re.IGNORECASE) for line in lines[:12]):
        return None
    return next((i for i, line in enumerate(lines[:20]) if re.match(r"^\s*\d{1,2}/\d{1,2}/\d{4}\s*[-\u2013]\s*\S", line)), None)


def _item_number_in_head(lines: list[str]) -> str | None:
    """ "- Meeting of X, Monday 25th July 2022 (Item 4.)": the item's number on its own page."""
    from cpb_tui.importers.context import MEETING_OF_ITEM

    for line in lines[:20]:
        match = MEETING_OF_ITEM.match(line)
        if match:
            return match.group("number").rstrip(".")
    return None
