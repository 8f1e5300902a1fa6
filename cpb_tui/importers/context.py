"""Which meeting a document is about: its committee, date, council, venue and time.

Councils say it in many ways: "Meeting: 15/06/2022 - Corporate Parenting Board (Item 19)",
"Minutes of the meeting of the Children's Services Scrutiny Panel held on 3 March 2022",
"Minute of Meeting of the Education Committee held remotely on ...", "Decided at meeting:
24/09/2021 - Governance Committee", "Decision Maker: Cabinet" with "Date of decision: ...",
a title line "Cabinet - Tuesday, 2nd October, 2018 2.00 pm", or the committee's name on one
line and the date on the next. Each finding keeps the words that gave it, so `--explain`
can show why a document was filed where it was.
"""

from __future__ import annotations

import re

from cpb_tui.domain.text import display_title
from cpb_tui.importers.council_run_on import council_run_on
from cpb_tui.importers.council_line import COUNCIL_LINE, council_line, council_over_its_papers, tidy_council  # noqa: F401 (tidy_council: importable from here)
from cpb_tui.importers.committee_names import _NOT_COMMITTEE, NAMED_PARISH, clean_committee, display_council, is_full_council  # noqa: F401 (clean_committee: importable from here)
from cpb_tui.importers.dates import dates_hint, find_date, held_on_dotted, with_inferred_year
from cpb_tui.importers.meeting_context import _BODY, _TIME, Finding, MeetingContext, _short, minute_of_meeting, named_on_top  # noqa: F401 (_short: importable from here)
from cpb_tui.importers.announced import _announced
from cpb_tui.importers.weekday_dates import opening_minute, weekday_agrees as _weekday_agrees
from cpb_tui.importers.meeting_heading import EARLIER_MINUTES as _EARLIER_MINUTES, LIST_TITLE, meeting_heading, site_lists_out
from cpb_tui.importers.minutes_heading import _BUSINESS_HEADING, _CONTACT, _headings_without_minutes, _minutes_heading
from cpb_tui.importers.top_dates import DATE_WORDS as _DATE_WORDS, VENUE_WHEN, date_line as _date_line

_ONE_DECIDER = re.compile(r"^\s*(?:(?:Lead|Cabinet|Executive)\s+Member|Portfolio\s+Holder)\s+for\s+[A-Z]")

_MEETING_FIELD = re.compile(
    r"^\s*(?:Meeting|Cyfarfod|Decided at meeting|Meeting and date)\s*:\s*(\d{1,2}/\d{1,2}/\d{4})\s*[-\u2013]\s*(.+?)\s*(?:\(\s*(?:Item|Eitem)\s+[^)]*\))?\s*$",
    re.IGNORECASE,
)
# ModernGov's agenda item page in some themes: "- Meeting of X Committee, Monday 25th July 2022 1.00 pm (Item 4.)"
MEETING_OF_ITEM = re.compile(
    r"^\s*-?\s*Meeting\s+of\s+(?P<body>.+?),\s+(?P<when>(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?\d[^()]*\d{4}[^()]*?)"
    r"\s*\(\s*Item\s+(?P<number>[\w./]+?)\.?\s*\)\s*$",
    re.IGNORECASE,
)
_DECISION_MAKER = re.compile(r"^\s*Decision[- ]?(?:Maker|Taker|taken by)\s*:\s*(.+?)\s*$", re.IGNORECASE)
_DECISION_DATE = re.compile(r"^\s*(?:Date of (?:the )?decision|Decision date|Date decision (?:made|taken))\s*:\s*(.+?)\s*$", re.IGNORECASE)
# A forward plan entry: "Decision due: 13 Jun 2023 by Children & Young People Overview and Scrutiny Committee"
_DECISION_DUE = re.compile(r"^\s*Decision due\s*:\s*(?P<date>.+?)\s+by\s+(?P<body>.+?)\s*$", re.IGNORECASE)
# A summons: "You are hereby summoned to attend a MEETING OF THE COUNCIL which will be held at the Town
# Hall on WEDNESDAY, THE 22nd DAY OF JULY 2015", "invited to attend a meeting of the X which will be held ..."
_SUMMONS = re.compile(
    r"\b(?:summoned\s+to\s+(?:attend\s+)?|(?:invited|requested|summon\s+you)\s+to\s+attend\s+|(?-i:You)\s+are\s+(?:hereby\s+|cordially\s+)?invited\s+to\s+(?=an?\s|the\s))(?:an?\s+|the\s+)?(?:\w+(?:-\w+)?\s+){0,2}meeting\s+(?:[A-Z]{2,5}/[\w/]{1,12}\s+)?of\s+(?:the\s+)?([^.\d]+?)\.?\s+"
    r"(?:(?:which|that)\s+will\s+(?:be\s+held|take\s+place)|to\s+(?:be\s+held|take\s+place)|held|takes\s+place|(?=on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)"
    # ("... of Elmscar Town Council, in the Guildhall, Market Place on TUESDAY 10th SEPTEMBER": the venue, then the day)
    # (or with no comma where the body ends in its kind: "... of Bramford Town Council at the Corn Hall on Monday 9th October")
    r"|(?:(?<=,\s)|(?<=council\s)|(?<=committee\s)|(?<=board\s)|(?<=panel\s)|(?<=forum\s))(?=(?-i:in|at)\s+(?:the\s+)?[A-Z][^.]{2,100}?\s+on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b))\b(.*)$",
    re.IGNORECASE,  # ("... a meeting of Eastmoor Parish Council on Wednesday 6th December": the day straight after the body)
)
_LABELLED = re.compile(
    r"^\s*(Committee|Meeting|Board|Panel|Body|Forum|Date of meeting|Meeting date|Date and time|Date\s*&\s*time|Date|Time"
    r"|Venue|Place|Location|Held at|Council)\s*:\s*(.+?)\s*$",
    re.IGNORECASE,
)
_PAGE_TITLE = re.compile(r"^\s*Page title:\s*(.*)$", re.IGNORECASE)
_FURNITURE_TITLE = re.compile(
    r"^\s*(?:Agenda and minutes|Agenda and decisions|Agenda|Minutes|Draft minutes|Decisions?|Decision details|Issue\s*-\s*meetings"
    r"|Issue\s*-\s*decisions|Issue details|Agenda item|Agendas, Meetings and Minutes.*"
    r"|(?:Draft\s+)?(?:Minutes?|Notes|Agenda)\s+of\s+(?:the\s+)?(?:last\s+|previous\s+)?meeting)\s*$",  # ("2022-06-01 \u2013 Minute of meeting": no body)
    re.IGNORECASE,
)


_PARISH_COUNCIL = re.compile(r"\b(?:Parish|Town|Community|Village)\s+Council$|^Cyngor\s+(?:Cymuned|Tref)\s+\S")  # (and the Welsh "Cyngor Cymuned Llanfair")
# an authority that meets as a whole, as a parish does: "Marrowby Fire and Rescue Authority" over "Minutes of the meeting held on ..."
_WHOLE_AUTHORITY = re.compile(r"\b(?:Fire(?:\s+and\s+Rescue)?|Police|National\s+Park|Combined|Waste(?:\s+Disposal)?|Port\s+Health)\s+Authority$")


_DATED_NUMBER = re.compile(r"^(\d{1,2})(/\d{1,2}/\d{4})(?=\s*[-\u2013:]?\s*[A-Z])")


def _dated_numbers_out(lines: list[str]) -> list[str]:
    """`lines` without the item numbers in a date's form that open three or more of them, going up by one ("01/01/2036 -
    Apologies", "02/01/2036 - Variation of order of business", ...): the items' numbers, never the meeting's date."""
    opened = {(int(m.group(1)), m.group(2)): index for index, line in enumerate(lines) if (m := _DATED_NUMBER.match(line))}
    # (three or more in a row: each with the one before and the one after it, or two on either side)
    run = {index for (day, rest), index in opened.items()
           if any(all((day + step, rest) in opened for step in steps) for steps in ((-1, 1), (1, 2), (-2, -1)))}
    return [_DATED_NUMBER.sub("", line).lstrip(" -\u2013:") if index in run else line for index, line in enumerate(lines)]


def find_context(lines: list[str], head: int = 40) -> MeetingContext:
    """The committee, date, council, venue and time a document states, best evidence first: each step keeps what an earlier one found."""
    found = MeetingContext()
    # (a line with a paper's icon and size, "... held on 24 October 2022 pdf icon PDF 142 KB", is an item's title)
    # ("\u2022 Minutes of meeting held 8th January 2031 ...": a heading kept as a web page's bullet, read without it)
    top = ["" if re.search(r"\bpdf\s+icon\b", line, re.I) else line.strip() for line in lines[: max(head, 1)]]
    top = site_lists_out(top)
    agenda = next((i for i, line in enumerate(top) if re.search(r"(?i)\bagenda\b|\bto\s+be\s+held\b", line)), len(top))
    top = [re.sub(r"^[\u2022\u25aa\u25cf]\s*(?=(?i:minutes?)\b)", "", line) if i < agenda else line for i, line in enumerate(top)]  # (not an agenda's paper)
    every = _dated_numbers_out([line.strip() for line in lines])
    top = _dated_numbers_out(top)
    dated = with_inferred_year(top, every)  # ("Monday 19th December" over a next meeting in "January 2023")
    put_in, top = next((new for old, new in zip(top, dated) if old != new), None), dated
    head_end = next(  # where the heading ends: a "No. Item" header or the first item number (a lone number is a page's)
        (i for i, l in enumerate(top) if i >= 3 and re.match(r"^(?:No\.?\s+Item|Items|Item\s*Description\s*Resolution|\(?\d{1,3}[.)]?)$", l, re.I)),
        len(top),
    )
    for step in _STEPS:
        step(found, top, every, head_end)
    council_run_on(found, top)  # ("BELHAVEN COMMUNITY COUNCIL th APPROVED MINUTES of MEETING 18 May 2036 ...": no line the name's alone)
    _weekday_agrees(found, top)
    if put_in and found.date and found.date.evidence[:30] in put_in:  # (the clerk told the year was put in, never printed)
        found.date = Finding(found.date.value, f"{found.date.evidence} [the year is not printed: taken from the page's other meeting dates]")
    if found.committee is None and found.date is not None and found.council is not None \
            and (_PARISH_COUNCIL.search(str(found.council.value)) or _authority_over_its_date(found, top)) \
            and _own_date_line(found.date.evidence, top) and not any(_OTHER_BODY.search(line) for line in [l for l in top if l][:10]):
        # "DUNCHIDEOCK PARISH COUNCIL" over "Minutes from the extraordinary meeting on ...", over "Agenda \u2013
        # Tuesday 2nd June 2026" or over "Date: ...": a parish names no other body when the council itself met
        found.committee = Finding(found.council.value, found.council.evidence)
    first = [line for line in top if line][:4]
    if found.committee is None and found.date is None and found.council is not None and _PARISH_COUNCIL.search(str(found.council.value)) \
            and found.council.evidence in first[:2] and any(re.match(r"(?i)(?:draft\s+)?minutes\b", line) for line in first) \
            and not any(re.search(r"(?i)\b(?:committee|panel|working\s+(?:party|group)|board|forum|meeting\s+of)\b", line) for line in first):
        # "Kelby Community Council" over "Minutes Feb 2031": the council met, though the page gives no day
        found.committee = Finding(found.council.value, found.council.evidence)
    own = next((match for line in first[:2] if (match := _OWN_TITLE.match(line))), None)  # (under a site's "July 2038 Minutes")
    if found.committee is None and own:
        found.committee = Finding(own.group(1), own.string)  # "Kelby and Ashby Community Council Minutes \u2013 April 2031"
        # ("Kelby, Mill and Ashby Parish Council Minutes Meeting Monday 7th June 2038": its day after)
        day = find_date(own.group("rest")) if found.date is None and re.match(r"\s*(?:Meeting\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d", own.group("rest")) else None
        found.date = Finding(day, own.string) if day else found.date
    if found.committee is None and found.date is not None:
        _board_named_above(found, first[:3])
    if found.committee is None and found.date is None:
        named_on_top(found, first[:2])  # "Licensing Committee" over its members and items, no day given: ask only the date
    if found.committee and found.council and re.fullmatch(r"(?:the\s+)?(?:(?:Full|Ordinary|Annual|Extraordinary)\s+)?(?:Council|Cyngor)", str(found.committee.value), re.IGNORECASE) \
            and _PARISH_COUNCIL.search(str(found.council.value)):
        # "WELTON PARISH COUNCIL" over "MINUTES OF THE ORDINARY COUNCIL MEETING": that parish's council met, not one called "Council"
        found.committee = Finding(found.council.value, found.committee.evidence)
    initials = "".join(word[0] for word in re.findall(r"[A-Za-z][\w'\u2019-]*", str(found.council.value)) if word[0].isupper()) if found.council else ""
    if found.committee and len(initials) >= 2 and str(found.committee.value).upper() == initials:
        # "Draft Minutes of ELCC Meeting held ..." under "East Lammermuir Community Council": the council by its initials
        found.committee = Finding(found.council.value, found.council.evidence)
    generic = found.committee and re.fullmatch(r"(?:Parish|Town|Community|City|District|Borough|County)\s+Council", str(found.committee.value), re.IGNORECASE)
    named = (generic or found.committee is None) and found.council is None and next((m for line in top[:8] if (m := NAMED_PARISH.search(line))), None)
    parish = generic and found.council is None and not named and next((m for line in top[:4] if (m := re.fullmatch(r"(?i)(?:the\s+)?parish\s+of\s+([A-Z][\w'\u2019 -]{2,40})", line.strip()))), None)
    if parish and re.fullmatch(r"(?i)parish\s+council", str(found.committee.value)):  # "PARISH OF TREVANNION" over "... PARISH COUNCIL MEETING"
        found.committee = Finding(f"{display_title(parish.group(1)) if parish.group(1).isupper() else parish.group(1)} Parish Council", parish.group(0))
    if named:  # "MINUTES OF THE MEETING OF BRAMBLEFORD PARISH COUNCIL" over "The Parish Council met ...": that parish
        found.council = Finding(display_title(named.group("name")) if named.group("name").isupper() else named.group("name"), named.group(0))
        found.committee = found.committee or found.council
    part = found.committee and found.council and re.match(r"(?i)(parish|town|community)\s+council\s+(?=\S+.*\b(?:committee|group|panel|party)$)", str(found.committee.value))
    if part and str(found.council.value).lower().endswith(part.group(0).strip().lower()):
        # "A Meeting of the Parish Council Allotments Committee" under "HOLLINGWORTH PARISH COUNCIL": that parish's committee
        found.committee = Finding(f"{found.council.value} {str(found.committee.value)[part.end():]}", found.committee.evidence)
    if generic and found.council and str(found.council.value).lower().endswith(str(found.committee.value).lower()):
        # "HOLLINSDALE RURAL PARISH COUNCIL" over "Minutes of Parish Council Meeting held on ...": that parish's council
        found.committee = Finding(found.council.value, found.council.evidence)
    lone = found.committee and re.fullmatch(r"(?i)(?:the\s+)?(commissioners|board|trustees)", str(found.committee.value))
    fuller = lone and next((m.group(1) for line in top[:3] if (m := re.match(
        rf"^((?:(?!(?i:minutes|meeting|notes|draft|of|the)\b)[A-Z][\w'\u2019&-]*\s+(?:(?:and|&)\s+)?){{1,6}}(?i:{lone.group(1)}))\b", line))), None)
    if fuller:
        found.committee = Finding(display_title(fuller) if fuller.isupper() else fuller, found.committee.evidence)  # "Kelby Harbour Commissioners", not "Commissioners"
    if found.date is None and (hint := dates_hint(every)):
        found.hints.append(hint)
    return found


# a parish's own title: "Kelby and Ashby Community Council Minutes", "Kelby, Mill and Ashby Parish Council Minutes Meeting ...";
# "Notes from Kelby Parish Meeting Monday, 7th June 2038" (a parish with no council holds a parish meeting)
_OWN_TITLE = re.compile(
    r"^(?:(?:Notes|Minutes)\s+(?:from|of)\s+(?:the\s+)?(?=(?:[A-Z][\w'\u2019&-]*,?\s+){1,6}Parish\s+Meeting\b))?"
    r"((?:[A-Z][\w'\u2019&-]*,?\s+(?:(?:and|&)\s+)?){1,6}(?:(?:Parish|Town|Community)\s+Council(?=\s+(?:Draft\s+)?Minutes\b(?!\s+of\b))|Parish\s+Meeting(?=,?\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)))"
    r"(?:\s+(?:Draft\s+)?Minutes\b)?(?P<rest>.{0,80})"
)


# the date of a parish's own agenda: "Agenda \u2013 Thursday 14th May 2026", "A G E N D A", "Date: Thursday 14 May 2026"
_AGENDA_DATE = re.compile(r"^\s*(?:A\s?G\s?E\s?N\s?D\s?A\b|Notice\s+of\s+(?:the\s+)?meeting\b|(?:Meeting\s+)?Date(?:\s+of\s+meeting)?\s*:)", re.IGNORECASE)
# a body a parish's page may name besides the council ("Planning Applications Working Party")
# (a heading line naming it, its capitalised words first: never "thanked the hall committee for the room")
_OTHER_BODY = re.compile(
    r"^(?!(?i:public|open)\s+(?i:forum))(?:[A-Z][\w'\u2019&-]*\s+){0,6}"
    r"(?i:working\s+(?:party|group)|committee|sub-committee|panel|steering\s+group|advisory\s+group|forum|parish\s+meeting|board)\s*$"
)


def _authority_over_its_date(found: MeetingContext, top: list[str]) -> bool:
    """ "Marrowby Fire and Rescue Authority" straight over "Minutes of the meeting held on 4 March 2027": the
    authority met (not with "Overview and Scrutiny" or another committee's name between them)."""
    if found.council is None or found.date is None or not _WHOLE_AUTHORITY.search(str(found.council.value)):
        return False
    shown = [line for line in top if line]
    named = next((i for i, line in enumerate(shown) if line.startswith(str(found.council.evidence)[:40])), None)
    dated = str(found.date.evidence).rstrip(".")
    return named is not None and named + 1 < len(shown) and (shown[named + 1].startswith(dated[:40]) or dated.startswith(shown[named + 1][:40]))


def _own_date_line(evidence: str, top: list[str]) -> bool:
    """Whether the date came from the page's own heading, above its first item: a minutes or agenda heading,
    or a date line alone (never "Printed 3 June 2026", nor the next meeting's date under the last item)."""
    first_item = next((i for i, line in enumerate(top) if _ITEM_LINE.match(line)), len(top))
    # (the evidence is a line, or lines joined from the first: "Minutes of Ordinary Meeting Held 19.30 on ...")
    evidence = evidence.rstrip(".")
    above = any(line and (line.startswith(evidence[:40]) or evidence.startswith(line[:40])) for line in top[:first_item])
    if not above or _PRINTED.search(evidence):
        return False
    return bool(_OWN_MEETING.match(evidence) or meeting_heading(evidence) or _AGENDA_DATE.match(evidence)
                or len(evidence) <= 60 and len(_DATE_WORDS.sub("", evidence)) < 35 or VENUE_WHEN.match(evidence))  # (and where and when it met)


_ITEM_LINE = re.compile(r"^\(?\d{1,3}[.)]?\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{4})[A-Z]|^\(?\d{1,3}[.)]?$")  # (never "22 July 2036")
_PRINTED = re.compile(r"\b(?:printed|published|issued|updated|posted|uploaded|dated|signed|circulated)\b", re.IGNORECASE)


# "ROMNEY MARSHES AREA INTERNAL DRAINAGE BOARD A meeting of the Board was held ...", "Southern Health NHS
# Foundation Trust Minutes of the Board Meeting in Public ...": the body named once, then called "the Board"
_THE_BODY = re.compile(r"\b(?:meeting\s+of\s+the|minutes\s+of\s+the)\s+(?P<word>Board|Authority|Trust|Committee)\b", re.IGNORECASE)
_NAMED_BODY = re.compile(
    r"(?P<name>(?:[A-Z][A-Za-z&'\u2019-]*\s+){1,8}(?:BOARD|Board|AUTHORITY|Authority|TRUST|Trust|COMMITTEE|Committee))\b"
)


def _board_named_above(found: MeetingContext, first: list[str]) -> None:
    """The body a page calls "the Board" after naming it in full at its top."""
    text = " ".join(first)[:600]
    called = _THE_BODY.search(text)
    if called is None:
        return
    for named in _NAMED_BODY.finditer(text[: called.start()]):
        name = re.sub(r"^(?:(?:draft|approved|unapproved|confirmed|minutes|agenda)\s+)+", "", named.group("name").strip(), flags=re.IGNORECASE)
        if len(name.split()) >= 2:
            found.set_committee(name, named.group(0))
            if found.committee is not None:
                return


def _labelled_meeting(found: MeetingContext, top: list[str], every: list[str], head_end: int) -> None:
    """Labelled lines that name both ("Meeting: 15/06/2022 - Corporate Parenting Board")."""
    for line in every[:200]:
        match = _MEETING_FIELD.match(line)
        if match:
            found.set_date(find_date(match.group(1)), line)
            found.set_committee(match.group(2), line)
            break
    for line in every[:60]:
        match = MEETING_OF_ITEM.match(line)
        if match:
            found.set_committee(match.group("body"), line)
            found.set_date(find_date(match.group("when")), line)
            time = _TIME.search(match.group("when"))
            if time and found.time is None:
                found.time = Finding(time.group(1), line)
            break


def _cmis_time(found: MeetingContext, top: list[str], every: list[str], head_end: int) -> None:
    """CMIS opens with the meeting's own time: "12 Dec 2024 - 09:30 to 13:00"."""
    for line in [l for l in every if l][:3]:
        timed = re.match(r"^(?P<date>.{6,30}?)\s*[-\u2013]\s*\d{1,2}[:.]\d{2}\s*(?:to|-|\u2013)\s*\d{1,2}[:.]\d{2}\s*$", line)
        if timed and find_date(timed.group("date")):
            found.set_date(find_date(timed.group("date")), line)
            break


def _decision_fields(found: MeetingContext, top: list[str], every: list[str], head_end: int) -> None:
    """A decision notice: who decided, and when."""
    title = next((line for line in every[:5] if line.strip()), "")
    made = _DECISIONS_MADE_TITLE.match(title)
    if made and find_date(made.group("date")) and not any(re.search(r"(?i)\bminutes?\s+of\b", line) for line in every[:12]):  # (the minutes' own line wins)
        # the page's title, "Decisions made by Cabinet on 14 October 2037" (a news page's record of the meeting)
        found.set_committee(made.group("body"), title)
        found.set_date(find_date(made.group("date")), title)
    for line in every[:200]:
        maker = _DECISION_MAKER.match(line)
        if maker:
            found.set_committee(maker.group(1), line)
        when = _DECISION_DATE.match(line)
        if when:
            found.set_date(find_date(when.group(1)), line)
        due = _DECISION_DUE.match(line)
        if due:
            found.set_committee(due.group("body"), line)
            found.set_date(find_date(due.group("date")), line)
        taken_on = _TAKEN_BY_ON.match(line)
        if taken_on and find_date(taken_on.group("date")):
            # "Decision taken by the Cabinet Member for Parks on: 16 April 2035": who, and the day (not the page's publication line)
            found.set_committee(taken_on.group("body"), line)
            found.set_date(find_date(taken_on.group("date")), line)
        taken = _DECISIONS_TAKEN.search(line)
        if taken and find_date(taken.group("date")):
            # "The following decisions were taken on WEDNESDAY, 12 JANUARY 2005 by the EXECUTIVE"
            body = taken.group("body").strip(" .,")
            found.set_committee(body.title() if body.isupper() else body, line)
            found.set_date(find_date(taken.group("date")), line)


# (a decision's own line; never an agenda's item "Decisions made by the Lead Member on 16 April pdf icon")
_TAKEN_BY_ON = re.compile(r"^\s*Decision\s+(?:taken|made)\s+by\s+(?:the\s+)?(?P<body>[A-Z][\w&'\u2019 ,-]{2,80}?)\s+on\s*:?\s*(?P<date>[\w ,/.]{6,30}?\d{2,4})\s*$", re.IGNORECASE)
# (only as the page's title: in an agenda, "Decisions made by the Lead Member on 16 April 2037" is an item)
_DECISIONS_MADE_TITLE = re.compile(r"^\s*Decisions\s+(?:made|taken)\s+(?:by|at)\s+(?:the\s+)?(?P<body>[A-Z][\w&'\u2019 -]{2,60}?)\s+(?:on|held\s+on)\s+(?P<date>[\w ,/.]{6,30}?\d{4})\s*$")
_DECISIONS_TAKEN = re.compile(
    r"\bdecisions?\s+(?:were|was)\s+(?:taken|made)\s+on\s+(?P<date>[^.]{6,45}?\d{4})\s+by\s+(?:the\s+)?(?P<body>[A-Za-z][\w&'\u2019 -]{2,60}?)\s*(?:[.,(]|$)",
    re.IGNORECASE,
)


# an agenda's item about earlier minutes, never the page's own title
_EARLIER_MINUTES_ITEM = re.compile(
    r"\bminutes\s+of\s+(?:the\s+)?(?:previous|last)\b|\bto\s+(?:consider\s+a\s+resolution\s+to\s+)?(?:approve|confirm|agree|receive|sign|note|adopt)\b.{0,60}\bminutes\b",
    re.IGNORECASE,
)
# the clerk signing the notice: "JOHN HASTE, CLERK TO THE COUNCIL DATE ...", "Clerk to the Council: ..." (never "Chief Executive's Panel")
_SIGNED_BY = re.compile(
    r",\s*(?:the\s+)?(?:town\s+|parish\s+)?(?:clerk|proper\s+officer|chief\s+executive(?:\s+officer)?)\b(?!['\u2019]s)"
    r"|^(?:the\s+)?(?:town\s+|parish\s+)?clerk\s*(?::|to\s+the\s+(?:\w+\s+)?council\b)",
    re.IGNORECASE,
)


def _title_text(line: str) -> str:
    """A title line made ready to split into its body and its day: the site's page title, the draft's mark, a move's old
    day, the years a body sat and the words between the body and its day taken out, a two-figure year made whole."""
    page = _PAGE_TITLE.match(line)
    text = page.group(1) if page else line
    # "Draft/Village Plan Steering Committee (Virtual) Meeting: 25 June 2036": the draft's mark, and how the meeting was held
    text = re.sub(r"\s+\((?i:virtual|remote|online|hybrid|zoom|teams)\)(?=\s+(?i:meeting|minutes)\b)", "", re.sub(r"^(?i:draft|unapproved)\s*/\s*(?=[A-Z])", "", text))
    # "Moved from 9th October 2018, Cabinet - Tuesday, 2nd October, 2018": the old date is not the meeting's.
    text = re.sub(r"^(?:Moved|Rescheduled|Postponed|Changed|Brought forward)\s+from\s+[^,]+,\s*", "", text, flags=re.IGNORECASE)
    # "Corporate Parenting Panel (12/11/2013- 30/04/2024) - Tuesday 3 November 2020": the years the body sat
    text = re.sub(r"\s*\(\d{1,2}/\d{1,2}/\d{4}\s*[-\u2013]\s*(?:\d{1,2}/\d{1,2}/\d{4})?\s*\)", "", text)
    # "Community Committee Agenda 20.06.17": the date in figures with a two-figure year
    # ("National Park Authority 26/03/36": the body, then the day in figures)
    # ("Campbeltown Community Council Minutes of Meeting 10/10/23")
    text = re.sub(r"^(.{3,80}?)\s+(?:(?:meeting\s+)?(?:minutes|agenda|decisions)(?:\s+of\s+(?:the\s+)?meeting)?\s+|(?<=Authority\s)|(?<=Council\s)|(?<=Committee\s)|(?<=Board\s)|(?<=Panel\s))(\d{1,2})[./](\d{1,2})[./](\d{2})$", r"\1 - \2/\3/20\4", text, flags=re.IGNORECASE)
    # "Agenda for Corporate Parenting Board on Wednesday, 17th June, 2026, 2.00 pm": a ModernGov page's title
    # ("DRAFT Minutes for Bute Community Council Meeting held on 17 July 2019 at The Museum": a council's meeting held that day)
    text = re.sub(r"^(?:(?:DRAFT|Draft)\s+)?(?:Agenda|Minutes|Decisions)(?:\s+and\s+(?:draft\s+)?(?:minutes|decisions))?\s+for\s+(?:the\s+)?(?=[A-Z])(.{3,100}?)"
                  r"(?:(?<=Council)\s+[Mm]eeting\s+held)?\s+on\s+(?=(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d)[^.]*\d{4})", r"\1 - ", text)
    # "Executive minutes, 14 March 2024", "Cabinet agenda: Thursday 7 March 2024"
    # ("Llanbadoc Council Meeting Minutes Wednesday 5th June 2019": the day straight after)
    text = re.sub(r"^(?!(?:(?:the|draft|unapproved|approved|confirmed|signed|adopted|unconfirmed)\s+)*(?:Parish|Town|Community|City|District|Borough|County)\s+Council\s)(.{3,80}?)\s+(?:meeting\s+)?(?:minutes|agenda|decisions)\s*(?:[,:]\s+|\s(?=[A-Z][a-z]+day\b|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z]))(?=.*\d{4})", r"\1 - ", text, flags=re.IGNORECASE)
    # "Little Harnby Parish Council meeting on Thursday 8th April 2036 at 8 p.m.": the body, then its meeting's day
    # (a heading, never a sentence about minutes: "The minutes of the Town Council meeting held on 2nd September were received")
    text = re.sub(r"^(?![^\n]*\b(?i:minutes|notes|were|was|be|been|has|have|are|is|that|resolved|summoned|invited|next|cancelled|canceled|postponed|moved|rearranged)\b)((?:[A-Z][\w'\u2019&-]*|of|and|the|for|&)(?:\s+(?:[A-Z][\w'\u2019&-]*|of|and|the|for|&)){0,8}?\s+(?:Council|Committee|Board|Panel|Forum))\s+meeting\s+(?:held\s+)?on\s+(?=(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d)[^.]*\d{4})", r"\1 - ", text)
    return text


def _title_line(found: MeetingContext, top: list[str], every: list[str], head_end: int) -> None:
    """A title line: "Cabinet - Tuesday, 2nd October, 2018 2.00 pm", "Agenda and minutes -
    Corporate Parenting Board - Wednesday, 15th June, 2022". A site's navigation list before
    the title ("• Calendar", "• Committees" ...) is skipped."""
    for line in [l for l in top[:head_end] if l and not re.match(r"^[\u2022\u00b7*]\s", l)][:15]:
        if opening_minute(line) or _BUSINESS_HEADING.match(line):
            break  # "159/37 Apologies:", "APOLOGIES": the first minute; a dated line after it is business, "Wednesday 19th May 2038 \u2013 Annual Meeting"
        if line.startswith("|") and line.count("|") >= 4 or re.match(r"(?i)^(?:by|posted\s+by)\s+[A-Z][\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]+){0,3}\s*\|", line):
            continue  # "| 12/01/2026 | 47 | Arrange a visit ... | ...": a table's row; "By Sian Rees | Aug 21, 2036 | ...": a post's byline
        if re.match(r"^(?:[\w/.]{1,12}\s*)?(?:date\s+of\s+(?:the\s+)?)?next\s+meeting\b", line, re.I) or re.search(r"\bnext\s+meeting\s+(?:will|is\s+to|shall)\s+be\s+held\b", line, re.I):
            continue  # "46/26. Next meeting – 14th May 2026.", "FC54/11/34DATE OF NEXT MEETING – ...": the meeting after this one
        if re.match(r"^(?:\d{1,3}\.\d{1,2}\.?|[A-Z]{0,4}\d{1,4}/\d{1,4}\.?|(?:[2-9]|[1-9]\d{1,2})[.)](?=\s+(?i:minutes?|notes?)\s+of\b))\s+[A-Z]", line):
            continue  # "4.1 Board Meeting – Thursday 16 June 2026", "34/104 Actions from the Meeting on ...", "2. Minute of the ... Meeting – 31 January" (never "1. ...", the page's own): a minute citing another
        if _EARLIER_MINUTES_ITEM.search(line):
            continue  # "- Minutes of the previous meeting \u2013 To approve the minutes of the meeting held on ...": another meeting
        if line.count("|") >= 5 or line.count(" | ") >= 3 and re.match(r"\d", line) or re.search(r"\|\s*\d{1,4}\s*\|", line):
            continue  # "9 March 2036 | 52 | Report back on council tax ... | Director of Finance | June 2036": a table's row
        if _SIGNED_BY.search(line) or re.search(r"\b(?:19|20)\d\d\s*\.\s+[^.]{0,60}?\b(?:to\s+[a-z]{3,}|was|were|is|are|will|would|had|has)\b", line):
            continue  # "JOHN HASTE, CLERK TO THE COUNCIL DATE 24th February, 2023": the notice signed; "Area forum \u2013 7th May 2035. ID to attend.": a minute
        text = _title_text(line)
        parts = [p.strip() for p in re.split(r"\s+[-|\u2013\u2014]\s+|,\s+(?=[A-Z][a-z]+day\b)", text) if p.strip()]
        # "Cofnodion o gyfarfod Cyngor Cymuned Llanfair - 12/04/23": a title's date with a two-figure year
        parts = [re.sub(r"^(\d{1,2}/\d{1,2}/)(\d{2})$", r"\g<1>20\2", p) for p in parts]
        if len(parts) < 2 and len(text) <= 80:
            # "10 NOVEMBER 2011 DEVELOPMENT COMMITTEE", "Cabinet 7 March 2024": a heading, not a sentence
            glued = re.match(r"^(?P<a>.*?)(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9},?\s+\d{4})(?P<b>.*)$", text)
            if glued and find_date(glued.group("date")):
                name = (glued.group("a") + " " + glued.group("b")).strip(" ,-")
                if (
                    name
                    and len(name.split()) <= 8
                    and re.search(r"\b(board|committee|sub-committee|panel|cabinet|forum|executive|commission|council|authority)\b", name, re.I)
                    and all(w[0].isupper() or w.lower() in ("and", "of", "for", "the", "&") for w in name.split())
                    # (never the day and a venue: "Thursday 16 October 2036 Ashby District Council Offices, Tanner Street")
                    and not re.search(r"(?i)^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\boffices?,|,\s+[A-Z][\w'\u2019-]*\s+(?:street|road|lane|avenue|square|place)\b", name)
                ):
                    parts = [name, glued.group("date")]
        if len(parts) < 2 or len(text) > 160:
            continue
        dated = [p for p in parts if find_date(p)]
        if len(parts) == 2 and dated == parts[1:] and re.fullmatch(r"(?:(?:[A-Z]\s){3,}[A-Z]|agenda|minutes|notice\s+of\s+meeting)", parts[0], re.I):
            found.set_date(find_date(parts[1]), line)  # "A G E N D A – Wednesday 30th January 2019": the page's own date
            continue
        # (one member who decides sits as the body: "Lead Member for Resources - Tuesday, 28th February, 2023 10.00 am")
        named = [p for p in parts if (_BODY.search(p) or _ONE_DECIDER.match(p)) and not find_date(p) and not _FURNITURE_TITLE.match(p)]
        if not named and len(parts) == 2 and dated == parts[1:] and re.fullmatch(r"[A-Z][\w'\u2019&]*(?:(?:\s+|/)(?:[A-Z][\w'\u2019&]*|and|of|&)){0,7}", parts[0]) \
                and any(re.fullmatch(r"(?i)agenda(?:\s+and\s+(?:draft\s+)?(?:minutes|decisions))?|minutes|decisions", l.strip()) for l in [l for l in top if l][:3]):
            named = [parts[0]]  # under a page's "Agenda and minutes": "Licensing - Thursday, 4th March, 2036 6.30 pm" (or two names
            # for one list, "Portfolio Holder Decisions/Leader Decisions - Tuesday 3 March 2037 12.00 pm")
        if dated and named and found.date is not None and find_date(dated[-1]) != found.date.value:
            continue  # "Council, 26 September 2024" in a list of earlier minutes: another meeting
        if dated and named:
            body = named[-1] if len(named) > 1 and re.match(r"moved from", named[0], re.I) else named[0]
            # "Cofnodion o gyfarfod Cyngor Cymuned Llanfair", "Minutes of the meeting of X": the body after the words
            body = re.sub(r"^(?:Cofnodion\s+(?:o\s+|y\s+)?[cg]yfarfod\s+(?:o['\u2019]r\s+|y\s+|yr\s+)?|Minutes\s+of\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?meeting\s+of\s+(?:the\s+)?)(?=[A-Z])", "", body, flags=re.IGNORECASE)
            found.set_committee(body, line)
            found.set_date(find_date(dated[-1]), line)
            time = _TIME.search(dated[-1])
            if time and found.time is None:
                found.time = Finding(time.group(1), line)
            break


def _summons(found: MeetingContext, top: list[str], every: list[str], head_end: int) -> None:
    """A summons to attend: the agenda's own meeting."""
    if found.committee is None or found.date is None:
        for index, line in enumerate(top[:30]):
            match = _SUMMONS.search(" ".join([l for l in top[index : index + 8] if l][:3])[:600])  # (the day may be two lines on, past a blank one)
            if match:
                body = match.group(1).strip(" ,;:.")  # ("... of the Parish Council." over "To be held on ...")
                if is_full_council(body):
                    body = display_council(body)
                found.set_committee(body, match.group(0)[:160])
                found.set_date(find_date(match.group(2)[:200]), match.group(0)[:160])
                break




# "A Meeting of Hollinsdale Community Council took place on Thursday 9 July 2026 at 7.30 pm in ..."
_TOOK_PLACE = re.compile(
    # ("On Tuesday, 20 January 2009 a Meeting of Trefeurig Council was held in ...": the day first; "Under the provisions of the
    # ... Regulations 2036 this Meeting of the Parish Council took place at 7.30 pm on ...": the law it met under first)
    r"^\s*(?:Under\s+[^.]{5,300}?\s+)?(?P<on>On\s+[^.;]{6,40}?\d{4},?\s+)?(?:An?|The|This)\s+(?:\w+\s+)?meeting\s+of\s+(?:the\s+)?(?P<body>[A-Z].{1,90}?)\s+(?:took\s+place|was\s+held)\s+(?P<rest>.{0,200})",
    re.IGNORECASE,
)


# "Sturton Parish Council met on Wednesday 4th June 2025 in the Old Schoolroom", "WICKHAM PARISH COUNCIL 17 SEPTEMBER
# 2019 AT VILLAGE HALL": the council names itself, then when it met
_COUNCIL_MET = re.compile(
    r"^\s*(?P<body>(?:[A-Z][\w'\u2019&-]*\s+(?:(?:and|with|by|on|upon|&)\s+)?){1,6}(?i:parish|town|community|city)\s+(?i:council))"
    r"\s+(?:met\s+(?P<rest>(?:on|at|in)\b.{0,200})|(?P<on>\d{1,2}(?:st|nd|rd|th|ST|ND|RD|TH)?\s+[A-Za-z]{3,9}\s+\d{4})\b)"
)


def _took_place(found: MeetingContext, top: list[str], every: list[str], head_end: int) -> None:
    """A record that opens by saying where and when the meeting took place."""
    if found.committee is not None and found.date is not None:
        return
    for position, line in enumerate([l for l in top[:8] if l][:3]):
        met = _COUNCIL_MET.match(line)
        if met and not any(re.search(r"(?i)\b(?:committee|panel|working\s+(?:party|group)|board|council)\b", l) for l in [l for l in top[:8] if l][:position]):
            found.set_committee(display_title(met.group("body")) if met.group("body").isupper() else met.group("body"), line[:160])
            found.set_date(find_date(met.group("on") or met.group("rest") or ""), line[:160])
            return
        match = _TOOK_PLACE.match(line)
        if match and not re.search(r"\b(?:which|that|who|due)\b", match.group("body")):  # (never "the Parish Council which was due to meet in May")
            body = match.group("body").strip(" ,;:")
            found.set_committee(display_council(body) if is_full_council(body) else body, match.group(0)[:160])
            found.set_date(find_date(match.group("on") or "") or find_date(match.group("rest")) or held_on_dotted(match.group(0)), match.group(0)[:160])
            return


# "Minutes from the extraordinary meeting on Tuesday 21st February 2026": the date, no body named
_OWN_MEETING = re.compile(
    r"^(?:(?:draft|confirmed|unconfirmed|approved)\s+)?minutes?\s+(?:of|from|for)\s+(?:(?:the|an?)\s+)?(?:[\w-]+\s+){0,3}?meeting\b(?P<rest>.{0,120})", re.IGNORECASE
)


def _own_meeting(found: MeetingContext, top: list[str], every: list[str], head_end: int) -> None:
    """A minutes heading that names the meeting but not the body: its date."""
    if found.date is None:
        for line in [l for l in top[:head_end] if l][:6]:
            match = _OWN_MEETING.match(line)
            if match and not re.search(r"\b(?:previous|last|earlier)\b", line[: match.start("rest")], re.IGNORECASE) \
                    and not _EARLIER_MINUTES.search(match.group("rest")):
                found.set_date(find_date(match.group("rest")), line)
                return


def _labelled_fields(found: MeetingContext, top: list[str], every: list[str], head_end: int) -> None:
    """Labelled fields: "Committee: ...", "Date: ...", "Venue: ..." (also run onto one line,
    "Committee : Executive Date : Monday, 16 August 2021 Time : 18:00 Place : Town Hall")."""
    for line in (piece for line in every[:80] for piece in _one_line_fields(line) if piece):
        match = _LABELLED.match(line)
        if not match:
            continue
        label, value = re.sub(r"\s*&\s*", " and ", match.group(1).lower()), match.group(2)  # ("Date & Time: TUESDAY 11 MARCH 2025.")
        if label in ("committee", "meeting", "board", "panel", "body", "forum"):
            if not find_date(value):
                found.set_committee(value, line)
            else:
                found.set_date(find_date(value), line)
        elif label in ("date of meeting", "meeting date", "date and time", "date"):
            found.set_date(find_date(value), line)
            time = _TIME.search(value)
            if time and found.time is None:
                found.time = Finding(time.group(1), line)
        elif label == "time" and found.time is None:
            time = _TIME.search(value)
            if time:
                found.time = Finding(time.group(1), line)
        elif label in ("venue", "place", "location", "held at") and found.venue is None:
            found.venue = Finding(re.sub(r"\.?\s*View directions\.?$", "", value, flags=re.IGNORECASE).strip(), line)
        elif label == "council" and found.council is None:
            found.council = Finding(value, line)


_ONE_LINE_FIELDS = re.compile(r"(?<=\S)\s+(?=(?:Committee|Date|Time|Place|Venue)\s*:\s)")


def _one_line_fields(line: str) -> list[str]:
    """A line holding two or more labelled fields, cut before each ("31/27 Standards Committee: ..." is one title)."""
    return _ONE_LINE_FIELDS.split(line) if len(_ONE_LINE_FIELDS.findall(line)) >= 2 else [line]


def _name_line(found: MeetingContext, top: list[str], every: list[str], head_end: int) -> None:
    """The committee's name on a line of its own near the top, the date on a line near it."""
    attendance = next(  # (who was there, names after the label: a menu's "Apologies" or "Minutes" link is no attendance)
        (i for i, l in enumerate(top) if re.match(r"(?i)(?:present|apologies|in\s+attendance)\b\s*[:\u2013-]?\s*\S", l)), len(top))
    # (a decision already taken: the business has begun, and a body named below it is one whose minutes were adopted,
    # "Planning Committee held on 17 February 2031", never the meeting's own)
    decided = next((i for i, l in enumerate(top) if re.search(r"(?i)\bit\s+was\s+(?:\w+\s+)?(?:resolved|agreed)\s+(?:that|to)\b|^resolved\s*(?:that|to|:)", l)), len(top))
    for index, line in [(index, line) for index, line in enumerate(top) if line][:25]:
        if found.committee is not None and found.date is not None or index > decided:
            break
        if index >= 25 and index > attendance:
            break  # (the first 25 lines of text, blank lines not counted, as a menu spaced by blanks pushes the name down; past 25 raw lines only above who was there)
        # "Kilrenny and Cellardyke Community Council.": a name line with a full stop after it
        line = line[:-1] if re.fullmatch(r"[A-Z][\w'\u2019&, -]{2,80}\b(?:Council|Committee|Board|Panel|Forum)\.", line) and len(line.split()) <= 10 else line
        line = re.sub(r"(?i)^minutes\s+of\s+(?:the\s+)?(?=(?:[\w'\u2019&-]+\s+){0,5}(?:committee|sub-committee|board|panel|forum)$)", "", line)  # ("MINUTES OF THE PLANNING COMMITTEE")
        line = re.sub(r"(?i)\s*\([^()]*\b(?:ceased|expired|abolished|dissolved|disbanded)\b[^()]*\)", "", line)  # ("Licensing Committee (ceased to operate 10/04/2024) Minutes")
        full_council = is_full_council(line)
        if not full_council:
            if not line or len(line) > 90 or not _BODY.search(line) or _NOT_COMMITTEE.search(line) or re.match(r"^[\w ]{2,25}:|^\|", line):
                continue
            if re.match(r"^\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]\s|^\d{1,3}(?:\.\d{1,2})+\.?\s|^[-\u2013\u2022*]\s|^(?i:to\s+[a-z]+\s)", line) or re.search(r"(?i)\bnext\b", line):
                continue  # "6. Minutes of the Audit Committee", "3.2 Update from Clerks meeting", "- To agree the accounts at the next ...": an item or a point
            if line.endswith((".", ";", ":")) or find_date(line) or COUNCIL_LINE.match(line):
                continue
            if re.search(r"\b(?:was|were|is|are|had|has|have|will|would)\b|(?i:\bproposed\b|\bseconded\b|^minutes?\s+of\b)", line):
                continue  # "Correspondence received since the last meeting was reported": a sentence, not a name ("MINUTE OF FEBRUARY MEETING: Proposed by ...")
            if re.search(r"(?i)\b(?:inaugural|continuation|continued|adjourned|reconvened|special|extra-?ordinary|ordinary|annual)\s+meeting\b", line) \
                    and not re.search(r"(?i)\b(?:council|committee|board|panel|forum|authority)\b", line):
                continue  # "-Continuation from Inaugural Meeting-": a kind of meeting, not the body that met
        # the next three lines of text, blank lines skipped, up to the first numbered item
        near = []
        for following in (l for l in top[index + 1 : index + 8] if l and not l.startswith("|")):  # (never a table's row)
            if re.match(r"^\(?\d{1,3}[.)]\s", following) or len(near) == 3:
                break
            near.append(following)
        if re.search(r"(?i)\bcouncil$", line) and any(_OTHER_BODY.match(l) for l in near):
            continue  # ("WEST ASHSHIRE COUNCIL" over "Licensing Sub-Committee": the committee met, not the council)
        if full_council:
            # "Council" above "Tuesday, 17th May, 2011": a meeting of the full council
            if next((l for l in near if find_date(l) and len(l) < 80), None) is None:
                continue
            line = display_council(line)
        # (never a sentence telling of something done: "Mrs Pell said the clerks had got together on 2nd May 2035.")
        # (or a venue's line with the hour and the day, in two languages: "Glanffrwd Village Hall, 7.30pm 4th of March 2025")
        dated = next((l for l in near if find_date(l) and len(l) < 80 and not re.search(r"\b(?:said|had|was|were|reported)\b", l)), None) or next(
            (l for l in near if len(l) < 200 and _TIME.search(l) and find_date(l) and not l.rstrip().endswith(".") and re.search(r"(?i)\b(?:meeting|summoned|held|neuadd|cyfarfod)\b", l)
             and not re.search(r"(?i)\b(?:next|previous|last|that|would|will|stated|said|had|was|were|reported)\b", l)), None)
        # (a tracker's or a work programme's title states no day: "... Scrutiny Committee - Action Tracker 2036/37")
        if dated or found.date is not None or LIST_TITLE.search(line):
            found.set_committee(line, line)
            if dated:
                found.set_date(find_date(dated), dated)
                time = _TIME.search(dated)
                if time and found.time is None:
                    found.time = Finding(time.group(1), dated)


def _issue_decision_line(found: MeetingContext, top: list[str], every: list[str], head_end: int) -> None:
    """An issue's decision line: "24/06/2021 - To confirm the minutes ..."."""
    if found.date is None:
        for line in top[:12]:
            if re.match(r"^\d{1,2}/\d{1,2}/\d{4}\s+[-\u2013]\s+\S", line):
                found.set_date(find_date(line[:10]), line)
                break


def _meeting_line(found: MeetingContext, top: list[str], every: list[str], head_end: int) -> None:
    """The date after the meeting's name in one of the first lines, when no heading gave one."""
    if found.date is not None:
        return
    for line in [l for l in top[:head_end] if l][:6]:
        # (a letterhead run into it: "Clerk: A Hale, Tel 07700 900123 Kelby Parish Council meeting Tuesday 21st July 2031")
        heading = meeting_heading(line) or (meeting_heading(re.split(_CONTACT, line[:300])[-1]) if _CONTACT.search(line[:300]) else None)
        if heading is not None:
            found.set_date(heading.date, line[:160])
            if heading.body and not found.committee:  # "ASHCOMBE TOWN COUNCIL Minutes of Meetings held ...": that council met
                found.set_committee(display_title(heading.body), line[:160])
            return


_STEPS = [minute_of_meeting, _labelled_meeting, _cmis_time, _decision_fields, _summons, _title_line, _announced, _took_place, _minutes_heading, _headings_without_minutes, _own_meeting, _labelled_fields, _name_line, _issue_decision_line, _meeting_line, _date_line, council_line, council_over_its_papers]


# The next meeting a record names lives in its own module; these names stay importable from here.
from cpb_tui.importers.next_meeting import _NEXT_MEETING, _lines_naming_next_meeting, find_next_meeting  # noqa: E402,F401
