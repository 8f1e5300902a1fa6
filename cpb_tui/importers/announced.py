"""An agenda's announcement of its own meeting in its first lines: "Agenda for the meeting of the Parish Council to be
held on Thursday 14 May 2026", "Notice is hereby given that a meeting of X will be held on ...", "Councillors are summoned
to the Parish Council meeting on ..."; the body it names and the first date after it."""

from __future__ import annotations

import re

from cpb_tui.importers.committee_names import clean_committee, display_council, is_full_council
from cpb_tui.importers.dates import find_date
from cpb_tui.importers.meeting_context import _TIME, Finding, MeetingContext

# the words the announcements share: a day's name, a meeting's kind (never a body), "on" before a day or a date
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_KIND = r"extra-?ordinary|annual|ordinary|special|monthly"
_ON_A_DAY = rf"(?=(?:{_WEEKDAY}\b|\d))"


# An agenda's announcement of its own meeting: "Agenda for the meeting of the Parish Council to be held on
# Thursday 14 May 2026", "Notice is hereby given that a meeting of X will be held on ...", "Meeting of the Full
# Council to be held on 14 May 2026", "Agenda of the Annual Meeting of the Parish Council, 14 May 2026, 7pm",
# "AGENDA FOR THE ORDINARY MEETING OF THE COUNCIL ON THURSDAY 14 MAY 2026", "I hereby give notice that the next meeting of X ..."
_ANNOUNCED = re.compile(
    r"^(?P<lead>(?:public\s+)?(?:agenda|notice)\s+(?:(?:is\s+)?(?:hereby\s+)?given\s+that\s+|for\s+|of\s+)|notice\s*[:\u2013-]\s*|(?:I|we)\s+(?:hereby\s+)?give\s+notice\s+that\s+)?(?:an?\s+|the\s+)?"
    rf"(?:(?:next|{_KIND}|full|general|remote|virtual)\s+){{0,2}}"
    rf"meeting\s+of\s+(?:the\s+)?(?P<body>(?-i:[A-Z])(?:(?!\b(?:will|is|was|to|takes?|took|held|which|that|{_WEEKDAY})\b)[\w&'\u2019 ()-]){{1,80}}?)"
    # (", which Members are summoned to attend, will be held ...": an aside before the verb)
    r"(?:(?:,\s*which\s+[^,.]{3,80},)?,?\s+(?:(?:which|that)\s+)?(?:(?:will|is\s+to|to)\s+(?:be\s+held|take\s+place)|takes\s+place|took\s+place|was\s+held|held)\s+"
    rf"|(?(lead)(?:\s*,\s*|\s+on\s+{_ON_A_DAY})|(?!)))(?P<rest>.{{0,200}})",
    re.IGNORECASE,
)
# "Agenda for East Keal Parish Council Extraordinary Meeting to be held at St Helen's Church ... on Monday 7th October 2024"
_AGENDA_FOR = re.compile(
    rf"^(?:agenda|notice)\s+(?:for|of)\s+(?:the\s+)?(?P<body>(?-i:[A-Z])[\w&'\u2019 -]{{1,80}}?)\s+(?:(?:{_KIND})\s+)?"
    rf"meeting\s+(?:(?:which|that)\s+will\s+(?:be\s+held|take\s+place)|to\s+(?:be\s+held|take\s+place)|will\s+be\s+held|on(?=\s+{_ON_A_DAY}))\b(?P<rest>.{{0,200}})",
    re.IGNORECASE,
)
# "Agenda for the meeting to be held on Tuesday 3 March 2037 at 7pm": the agenda's own meeting, no body named
_FOR_THE_MEETING = re.compile(
    rf"^(?:agenda|notice)\s+(?:for|of)\s+(?:the\s+|an?\s+)?(?:(?:{_KIND})\s+)?meeting\s+"
    r"(?:(?:which|that)\s+will\s+(?:be\s+held|take\s+place)|to\s+(?:be\s+held|take\s+place)|will\s+be\s+held)\s+(?P<rest>.{0,200})",
    re.IGNORECASE,
)
# "Councillors are summoned to the Parish Council meeting on Thursday 14th May 2026 at 7.30pm"
_SUMMONED_TO = re.compile(
    r"\bsummoned\s+to\s+(?:attend\s+)?(?:the|an?)\s+(?!(?:annual|extra-?ordinary|ordinary|special|monthly)\b)(?P<body>(?-i:[A-Z])(?:(?!\b(?:will|is|was|to|which|that)\b)[\w&'\u2019 -]){1,80}?)\s+meeting\s+(?:(?:which|that)\s+will\s+be\s+held\s+|to\s+be\s+held\s+)?(?P<rest>.{0,200})",
    re.IGNORECASE,
)


# "You are invited to join members of Little Ashby Parish Council in a meeting in the Village Hall on Tuesday March 11th 2036",
# "Councillors are reminded of the next meeting of the Parish Council on Wednesday 9th April 2036": the agenda's own meeting
_INVITED = re.compile(
    r"\b(?:invited\s+to\s+join\s+(?:the\s+)?members\s+of\s+(?:the\s+)?(?P<body>(?-i:[A-Z])[\w&'\u2019 ()-]{1,80}?)\s+(?:in|at|for)\s+(?:an?|the|their)\s+(?:\w+\s+)?meeting\b"
    r"|(?-i:Councillors|Members)\s+are\s+reminded\s+of\s+the\s+(?:next\s+)?(?:\w+\s+)?meeting\s+of\s+(?:the\s+)?(?P<reminded>(?-i:[A-Z])[\w&'\u2019 -]{1,80}?)(?=\s+on\s))(?P<rest>.{0,200})",
    re.IGNORECASE,
)


def _announced(found: MeetingContext, top: list[str], every: list[str], head_end: int) -> None:
    """An agenda that announces its own meeting in its first lines: the body, and the first date
    after it (the lines after it may hold "To approve the minutes of the meeting held on ...")."""
    # (a title's bare "Council Meeting - 14 May 2035" gives way to "A Meeting of Harrowby Vale Council will be held ...")
    bare = found.committee is not None and found.committee.value == "Council"
    if found.committee is not None and found.date is not None and not bare:
        return
    minutes = False  # (under a minutes heading, "... give notice that the next meeting ..." is the meeting after this one)
    for line in [l for l in top[:head_end] if l][:8]:
        match = _ANNOUNCED.match(line) or _AGENDA_FOR.match(line) or _SUMMONED_TO.search(line)
        if minutes and match and re.search(r"(?i)\bthe\s+next\s+meeting\b", line):
            continue
        invited = None if match or minutes else _INVITED.search(line)
        if invited and (date := find_date(invited.group("rest")[:160])) is not None:
            body = (invited.group("body") or invited.group("reminded")).strip()
            if not re.fullmatch(r"(?i)(?:(?:parish|town|community|city|district|county|borough|full)\s+)?council", body):
                found.set_committee(body, line[:160])  # (never "the Parish Council" alone: which one the page's heading says)
            found.set_date(date, line[:160])
            return
        minutes = minutes or bool(re.match(r"(?i)\s*(?:draft\s+|unconfirmed\s+)?minutes\s+of\b", line))
        if not match:
            bodiless = _FOR_THE_MEETING.match(line)
            if bodiless and found.date is None and (date := find_date(bodiless.group("rest")[:160])) is not None:
                found.set_date(date, line[:160])  # (its body named elsewhere: "Wendling Parish Council" over it)
            continue
        # ("Notice is hereby given that the next meeting of X will be held on ...": the notice's own meeting)
        before = re.sub(r"^(?:notice\s+is\s+(?:hereby\s+)?given\s+that|(?:I|we)\s+(?:hereby\s+)?give\s+notice\s+that|agenda\s+for)\s+the\s+next\b", "", line[: match.start("rest")], flags=re.IGNORECASE)
        if _NOT_ANNOUNCED.search(before):
            continue
        date = find_date(match.group("rest")[:160])
        if date is None:
            continue
        body = match.group("body").strip(" ,;:")
        body = display_council(body) if is_full_council(body) else body
        if found.committee is None and clean_committee(body) is None:
            continue  # "the Annual Parish Meeting": no body's name, so no date from it either
        if bare and found.date is not None and date == found.date.value and re.search(r"\S\s+Council$", clean_committee(body) or ""):
            found.committee = Finding(clean_committee(body), line[:160])
        found.set_committee(body, line[:160])
        found.set_date(date, line[:160])
        time = _TIME.search(match.group("rest"))
        if time and found.time is None:
            found.time = Finding(time.group(1), line[:160])
        return


# words that make the line about another meeting: "the minutes of the meeting of X held on ...", "the next meeting of ..."
_NOT_ANNOUNCED = re.compile(r"\b(?:minutes?|previous|last|earlier|next|approv\w*|confirm\w*|signed|report\w*)\b", re.IGNORECASE)
