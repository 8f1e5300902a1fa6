"""Whether words a document puts where a committee's name goes are a committee's name.

The context finder (`context.py`) takes a name from a heading, a field or a title line; on real
pages that place sometimes holds something else: an item heading ("51/19 Actions from last
meeting"), the clerk's line ("Mr A Brown, Clerk to the Council"), the kind of meeting alone
("Extra-ordinary", "virtual"), a notice ("Meeting rescheduled 13/3/19 7.30pm") or the page's
own furniture ("Page ...", "The website of ..."). A name shown on every screen of the app must
be a body's name or nothing: `clean_committee` trims the words around a name and turns the rest
away, so that cpb looks further, or asks the clerk, rather than filing a meeting under a
sentence.
"""

from __future__ import annotations

import re

from cpb_tui.domain.given_names import GIVEN_NAMES
from cpb_tui.importers.dates import MONTHS

_NOT_COMMITTEE = re.compile(
    r"^(?:the\s+)?(?:meeting|council|this meeting|next meeting|previous meeting|committee|board|panel)\.?$"
    r"|\b(?:view|directions|contact|email|phone|tel\b|welcome|please|public|webcast|agenda and minutes|items?$)"
    r"|^(?:agenda|minutes|decisions?|issue)\b|^meeting\s+(?:documents?|documentation|details|papers|summary|information)$"
    r"|^(?:council|committee)\s+(?:business|meetings|documents|papers|information)$"  # a website's section, "Council Business"
    r"|^(?:notes?|record|summary)\s+of\s+(?:the\s+)?(?:decisions?|meeting|proceedings)\b"  # "Note of Decisions Taken at 3rd Meeting"
    r"|^(?:notice|summons)\s+(?:of|to)\s+(?:the\s+|a\s+)?(?:\w+\s+)?meeting\b"  # an agenda's front sheet, "Notice of Meeting"
    r"|^meeting\s+(?:to\s+be\s+|will\s+be\s+)?held\b"  # "Meeting to be held in Kilbrannan Hall": where, not who
    r"|\b(?:symbol|icon|logo|image|graphic|picture|photo)s?$"  # a picture's words left by a site: "Blue meeting symbol"
    # an officer's post: "Committee Administrator - Ailsa", "Democratic Services Officer" (an action column's owner)
    r"|\b(?:committee|democratic|member|governance)\s+(?:services\s+)?(?:administrator|clerk|officer|manager|support|assistant|co-?ordinator|advis[eo]r|team)\b"
    r"(?!\s+(?:working\s+)?(?:group|panel|board|forum|committee|sub-committee|party)\b)",  # (never "Member Officer Working Group")
    re.IGNORECASE,
)
# what a list of business is called after its committee's name: "Action Tracker", "Outstanding Actions Log", "Work Programme"
LIST_KIND = r"(?:(?:outstanding\s+)?(?:actions?|recommendations?)\s+(?:tracker|log)|(?:annual\s+)?(?:forward\s+)?work\s*(?:programme|plan)|forward\s+plan)"
_KIND_OF_MEETING = r"extra-?ordinary|special|annual|ordinary|monthly|remote|virtual|hybrid|inaugural"
_BODY_NOUN = r"council|committee|sub-committee|board|panel|forum|cabinet|group|commission|authority|commissioners"
# Words around a name that are not part of it, each taken off before the name is judged.
_TRIMS = (
    re.compile(r"^page\s+(?:\d+\s+)?(?=[A-Z])", re.IGNORECASE),  # "Page STOCKTON-ON-TEES ... BOARD": a PDF's running head
    re.compile(r"^(?:the\s+)?(?:official\s+)?website\s+of\s+", re.IGNORECASE),  # "The website of Reed Parish Council"
    re.compile(r"^meeting\s*:\s*", re.IGNORECASE),  # "Meeting: Health Scrutiny Sub-Committee"
    # "Minutes of Remote Zoom Parish Council Meeting": how it met, no part of the body's name (which parish is not said)
    re.compile(r"^(?:(?:Remote|Zoom|MS\s+Teams|Teams|Online|Virtual|Hybrid)\s+)+(?=(?:Parish|Town|Community|Full)\s+Council(?:\s+Meeting)?$)", re.IGNORECASE),
    # "MINUTES OF THE PLANNING COMMITTEE" over "Date: ...": the heading's words, then the body
    re.compile(r"^(?:minutes|notes)\s+of\s+(?:the\s+)?(?=(?:[\w'\u2019&,-]+\s+){0,5}(?:committee|sub-committee|board|panel|forum)$)", re.IGNORECASE),
    re.compile(rf"^(?:report|copy|summary)\s+of\s+(?:the\s+)?(?=(?:[\w'\u2019&,-]+\s+)*?(?:{_BODY_NOUN})$)", re.IGNORECASE),  # "Report of Finance Committee": the paper, then the body
    # "Draft council meeting minutes, Thursday 9th November", "Parish Council Meeting & Annual Meeting": the minutes' state, a second meeting
    re.compile(r"^(?:draft|unconfirmed|unapproved|confirmed)\s+|\s+(?:meeting\s+)?(?:and|&)\s+(?:the\s+)?annual(?:\s+(?:general|parish))?(?:\s+meeting)?$", re.IGNORECASE),
    # a page's own heading run into the name: "Agenda and minutes Cabinet", Welsh "Rhaglen a chofnodion Cyngor Sir ..."
    re.compile(r"^(?:agenda\s+and\s+minutes|rhaglen\s+a\s+chofnodion)\s+(?=\S)", re.IGNORECASE),
    re.compile(r"\s*\([^)]*$"),  # "... Sub-Committee (County Hall, Durham": a bracket the line cut off
    # "(expired)", "(2005-2015)", "(this committee has been combined with ... and no longer meets)"
    # ("Licensing Committee (ceased to operate 10/04/2024) Minutes": the page's word after the bracket)
    re.compile(r"\s*\((?:expired|\d{4}\s*[-\u2013]\s*\d{2,4}|[^)]*\b(?:no longer|combined|replaced|abolished|expired|ceased|dissolved|disbanded)\b[^)]*)\)(?=(?:\s+(?:minutes|agenda|notes))?$)", re.IGNORECASE),
    re.compile(r"\s+meeting\s+[A-Z0-9]+(?:/[A-Z0-9]+)+$", re.IGNORECASE),  # "Parish Council Meeting PPC/MH/132": its reference
    re.compile(r"\s+(?:update\s+)?report$", re.IGNORECASE),  # "Scrutiny Committee update report"
    re.compile(r"\s+(?:meeting\s+)?(?:no\.?|number)\s*\d{1,4}$", re.IGNORECASE),  # "Council Meeting No 868": the meeting's serial, not the body's name
    re.compile(r"\s+page\s*:?\s*\d+\b.*$", re.IGNORECASE),  # "Marshchapel Parish Council Page: 10 2023": a PDF's running foot
    # ("... Scrutiny Committee - Action Tracker 2036/37", "... Committee Outstanding Actions Log", "... Board Work Programme 2036/37")
    re.compile(rf"\s+(?:[-\u2013\u2014:]\s+)?{LIST_KIND}(?:\s+\d{{4}}(?:[/-]\d{{2,4}})?)?$", re.IGNORECASE),
    # "Extraordinary Parish Council", "Full Brandon Town Council": the kind of meeting, not the body
    re.compile(rf"^(?:{_KIND_OF_MEETING}|full(?=\s+\S+\s+\S))\s+(?=(?:[\w'\u2019&,-]+\s+)*?(?:{_BODY_NOUN})\b)", re.IGNORECASE),
    re.compile(rf"^(?:(?:{_KIND_OF_MEETING})\s+)?meeting\s+of\s+(?:the\s+)?(?=(?:[\w'\u2019&,-]+\s+)*?(?:{_BODY_NOUN})\b)", re.IGNORECASE),  # "(Special) Meeting of the Council"
    # "Full Council of Harrowby Town Council": the meeting of the whole council, named by the council
    re.compile(r"^(?:the\s+)?council\s+of\s+(?:the\s+)?(?=(?:[\w'\u2019&-]+\s+){1,4}(?:town|parish|community|city|borough|district|county)\s+council$)", re.IGNORECASE),
)
# What no body is called: an item's number and heading, a person, a date or a time, an agenda heading.
_NOT_A_NAME = re.compile(
    r"^\d|^(?:mr|mrs|ms|miss|dr|cllr|councillor)\.?\s|\bclerk\s+(?:to|and)\b|^back\s+to\b"  # ("Back to committee page": a site's link)
    r"|\b(?:rescheduled|cancelled|postponed|closed?)\b|\d{1,2}/\d{1,2}/\d{2,4}|\b\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\b"
    r"|^(?:declarations?|apologies|matters\s+arising|questions|open\s+forum|chair'?s\s+(?:announcements|report))\b|\b(?:opened|started|began|commenced)\s+at\b"
    rf"|^(?:{_KIND_OF_MEETING})$|^(?:last|next|previous|same|this|that)$"  # "Minutes of the last meeting 13 December ..."
    r"|\b(?:(?:via|by)\s+(?:microsoft\s+)?teams|(?:via|by)\s+zoom|remote(?:ly)?\s+(?:meeting|held)|virtual\s+meeting|online\s+meeting)\b|^\("  # a venue
    # two meetings in one heading, cut before the body's name ("Annual Parish Meeting and AGM followed by an Ordinary (Meeting of
    # the Kelby Parish Council)")
    r"|\bfollowed\s+by\b|\s(?:an?|the)\s+(?:ordinary|extra-?ordinary|special|annual|monthly)$"
    # a sentence's words or the meeting's course, never a name: "chair opened the meeting at 7:25", "most recent Community
    # Council", "Meeting on Wed", "Commencement of the Parish Council", "Parish" alone
    r"|\b(?:council|committee|board|panel)\s+(?:held|was|were|is|are|has|have|will|met|agreed|resolved)\b"  # a sentence about the body
    r"|^(?-i:[a-z])(?=\S*\s)|^(?:&|(?:of|and|for|at|on)\b)|^meeting\s+(?:on|at|held|in|for)\b|^(?:commencement|start|opening|close|closure|end)\s+of\b|^(?:parish|town|community|village)$",
    re.IGNORECASE,
)


_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"  # a month's name, whole or cut short


# a person with the body they come from, in an attendance list: "Mike Shields (Ashby Council Parks)"
_PERSON_WITH_BODY = re.compile(
    r"^(?:" + "|".join(sorted(GIVEN_NAMES)) + r")\s+(?:[A-Z]\.?\s+)?(?!(?:Committee|Sub-Committee|Board|Panel|Council|Forum|Group|Working|Cabinet)\b)[A-Z][\w'\u2019-]+\s*\("
)


def _second_meeting_out(name: str) -> str:
    """ "Annual Meeting (followed by the Ordinary Meeting) of Shevington Parish Council": the second meeting told in brackets
    left out; "... Meeting followed by an Ordinary Meeting of the Kelby Parish Council": the body after the second meeting."""
    name = re.sub(r"(?i)\s*\((?:followed\s+by|and\s+then|then)\b[^()]*\)", "", name)
    return re.sub(r"(?i)^.*\bfollowed\s+by\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?meeting\s+of\s+(?:the\s+)?(?=\S+(?:\s+\S+){0,5}\s+council$)", "", name)


def _words_after_the_name_out(name: str) -> str:
    """ "NEWRY, MOURNE & DOWN DISTRICT COUNCIL NMD/SC/9" (the minutes' file reference), "Parish Council Meeting AGM" (the kind of
    meeting), "Kelby Parish Council Meeting Tuesday" (its day): the council's name alone."""
    return re.sub(r"(?<=(?i:council))\s+(?:[A-Z]{2,5}(?:/[A-Z0-9]{1,5}){1,4}|(?i:meeting\s+)?(?:AGM|EGM)|(?i:meeting\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day))$", "", name)


# "Ashby Magna Parish CouncilMeeting", "MinutesParish Council meetings": a word the page glued on; "ASHBY MAGNA PARISH COUNCIL.
# PARISH COUNCIL MEETING": the body, then its meeting told again
_GLUED_WORDS = re.compile(r"(?<=[a-z])(?:Meetings?|Minutes)$|^(?:Minutes|Agenda)(?=[A-Z][a-z])|(?<=\b(?i:council))\.\s+(?i:(?:parish|town|community)\s+council)(?:\s+(?i:meetings?))?$")


def clean_committee(value: str | None) -> str | None:
    """A committee's name without the words around it: "the Cabinet (Item 6)" -> "Cabinet"; None when it is no name."""
    if not value:
        return None
    name = _GLUED_WORDS.sub("", " ".join(value.split()).rstrip(" :;,"))
    name = re.sub(r"\s*\(\s*Item\s+[^)]*\)\s*$", "", name, flags=re.IGNORECASE)
    # "Home / Meetings / Parish Council": a web page's trail of links over it, the body its last step
    name = re.sub(r"^(?i:home|you\s+are\s+here:?)\s*[/>\u00bb|]\s*(?:[^/>\u00bb|]{1,40}[/>\u00bb|]\s*)*", "", name)
    # "Summary Minute of Meeting of the Committee of Strathbrae Community Council": a Scottish minute's heading, then the body
    name = re.sub(r"^(?:Summary\s+)?Minute\s+of\s+(?:the\s+)?Meeting\s+of\s+(?:the\s+)?(?:Committee\s+of\s+(?:the\s+)?)?(?=(?:\S+\s+){0,4}Council$)", "", name, flags=re.IGNORECASE)
    # "Notes from Kelby Parish Meeting", "Minutes from Kelby Parish Council": the record's words, then the body
    name = re.sub(r"^(?i:(?:draft\s+|unconfirmed\s+|approved\s+)?(?:notes|minutes?)\s+(?:from|of)\s+(?:the\s+)?)(?=(?:[A-Z][\w'\u2019&-]*,?\s+(?:(?:and|of|&)\s+)?){1,6}(?:Parish\s+Meeting|Council|Committee|Board|Panel|Forum)$)", "", name)
    name = re.sub(r"\s*[;:]\s*(?:record|minutes|notes?|agenda)\b.*$|(?:,|\s+[-\u2013\u2014])\s*" + _MONTH + r"\s+(?:19|20)\d\d$", "", name, flags=re.IGNORECASE)  # "X Community Council; RECORD OF MEETING", "... - September 2036"
    name = re.sub(r"(?<=\bMeeting)\s+(?:19|20)\d\d$", "", name, flags=re.IGNORECASE)  # "Annual Parish Meeting 2024": the year is no part of the name
    name = re.sub(r"^Next\s+(?=(?:(?:Parish|Town|Community|Full|City|Borough|District|County)\s+)?(?:Council|Committee|Board|Panel|Forum)\s+Meeting$)", "", name, flags=re.IGNORECASE)  # "Next Parish Council Meeting: 4th March": which meeting, not the body
    # "Strachur District Community Council - Minutes of General Meeting", "EAST KEAL PARISH COUNCIL \u2013 NOTICE OF MEETING"
    name = re.sub(r"\s+[-\u2013\u2014]\s+(?:(?:draft|approved|unapproved)\s+)?(?:minutes|agenda|notice)(?:\s+of\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?meeting)?$", "", name, flags=re.IGNORECASE)
    name = _second_meeting_out(name)
    for trim in _TRIMS:
        name = trim.sub("", name)
    name = re.sub(r"^(?:notice\s+of\s+)?(?:of\s+)?the\s+", "", name, flags=re.IGNORECASE)  # ("NOTICE OF THE PARISH COUNCIL MEETING")
    if re.match(r"^(?:this|that|a|an|its|our|their|each|every|any|which|the|above|said|to\s+(?:all|the)\s+members)\b", name, re.IGNORECASE):
        return None
    # "Minutes of the Ordinary Meeting" over "Date of meeting: ...", read as one: the label is no part of the name
    name = re.sub(r"\s+Date(?:\s+of(?:\s+(?:the\s+)?meeting)?)?$", "", name, flags=re.IGNORECASE)
    # "Glasgow City Council Agenda"; but an Annual Parish Meeting is a body's meeting by that name
    name = re.sub(r"(?<![Pp]arish)(?<![Tt]own)(?<!PARISH)(?<!TOWN)\s+(?:meetings?|held|agenda)$", "", name, flags=re.IGNORECASE)
    # "Ashby Community Council Minute of Meeting" (a Scottish body's record is its "Minute"): the body, then the record's words
    name = re.sub(r"(?i)\b(council|committee|board|panel|forum|group)\s+minutes?\s+of(?:\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?meeting)?$", r"\1", name)
    # "Health & Wellbeing Board Minutes", "Steering Group Meeting Notes"
    # ("Planning Committee Special Meeting Minutes": the kind of meeting before the word)
    # ("Planning Committee (Extraordinary) Minutes": the kind of meeting is no part of the body's name)
    name = re.sub(rf"(?i)\s*\((?:{_KIND_OF_MEETING}|reconvened|adjourned|budget|draft|special\s+budget)(?:\s+meeting)?\)(?=\s+(?:minutes|notes)$)", "", name)
    titled = re.match(r"^(?P<body>.+?)\s+(?:draft\s+|approved\s+)?(?:(?:special|extra-?ordinary|ordinary|annual|regular|monthly)\s+)?(?:meeting\s+)?(?:minutes|notes)$", name, flags=re.IGNORECASE)
    # ("Glenside Area Committee (Community) Minutes": the committee's sitting for one remit, its bracket kept)
    if titled and re.search(r"\b(?:board|committee|sub-committee|panel|council|forum|partnership|cabinet|executive|commission|group)(?:\s+\([A-Za-z &,'\u2019-]{3,40}\))?$", titled.group("body"), re.IGNORECASE) \
            and not re.fullmatch(r"(?:parish|town|community|district|borough|county|city)\s+council", titled.group("body"), re.IGNORECASE):
        name = titled.group("body")  # (not "Parish Council Minutes": which parish is not said)
    # "Ashcombe Parish Council Extra-ordinary (meeting)": the kind of meeting is not the body's name
    name = re.sub(rf"\b(council|committee|board|panel)\s+(?:{_KIND_OF_MEETING})$", r"\1", name, flags=re.IGNORECASE)
    name = re.sub(r"(?i)^(.+?\s(?:council|committee|board|panel))\s+(?:business|general)$", r"\1", name)  # "... COMMUNITY COUNCIL BUSINESS (MEETING)"
    name = re.sub(r"\s+-\s+Expired\s+\d{1,2}/\d{1,2}/\d{2,4}$", "", name, flags=re.IGNORECASE)  # "... Committee - Expired 18/10/22"
    name = _words_after_the_name_out(name)
    # "Minutes of Harrowby Vale Parish Council's meeting held ...", "... the Parish Council's Monthly Meeting held ..."
    name = re.sub(r"(?:(?<=\bCouncil)|(?<=\bCommittee))['\u2019]s(?:\s+(?:monthly|annual|ordinary|regular|extra-?ordinary|special|full))?$", "", name, flags=re.IGNORECASE)
    name = re.sub(r"\b(Council|Committee|Board|Panel|Forum)\s+\((?-i:[A-Z]{2,6})\)$", r"\1", name)  # "... Community Council (HVCC)": its letters
    name = re.sub(r"^(.{0,80}?\bCouncil),\s+Council$", r"\1", name)  # ModernGov's "Budget Council, Council": the meeting, then its body
    # "KELBY BOROUGH COUNCIL MONTHLY COUNCIL (MEETING)": the council, then the kind of its meeting
    name = re.sub(r"(?i)^(.{2,80}?\b(?:borough|district|county|city|parish|town|community)\s+council)\s+(?:monthly|ordinary|full|annual)\s+council$", r"\1", name)
    # "Cornby Parish Council In Cornby Village Hall": the body, then where it met
    name = re.sub(r"\b(Council|Committee|Board|Panel|Forum|Group)\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'\u2019 -]{0,40}?\b(?:Hall|Room|Rooms|"
                  r"Centre|Center|Pavilion|Institute|Chambers?|Church|Library|School|Offices?|House|Hub)$", r"\1", name, flags=re.IGNORECASE)
    name = re.sub(r"(?<=\b(?:COUNCIL|Council))\s+(?:All|Both|ALL|BOTH)$", "", name.strip(" ,.:;-\u2013"))  # "... PARISH COUNCIL" over "All held on ..."
    # "Cyngor Cymuned Aberporth Community Council": the Welsh words before the English name
    name = re.sub(r"^(?:Cyngor|CYNGOR)\s+(?:Cymuned|Tref|Dinas|Sir|CYMUNED|TREF|DINAS|SIR)\s+(?=(?:\S+\s+){1,3}(?:Community|Town|City|County|COMMUNITY|TOWN|CITY|COUNTY)\s+(?:Council|COUNCIL)$)", "", name)
    # "Scleddau Community Council Cyngor Cymuned Scleddau": the English name, then the Welsh
    name = re.sub(r"^((\S+(?:\s+\S+){0,3})\s+(?:Community|Town|City|County)\s+Council)\s+Cyngor\s+(?:Cymuned|Tref|Dinas|Sir)\s+\2$", r"\1", name, flags=re.IGNORECASE)
    if _NOT_A_NAME.search(name) or _PERSON_WITH_BODY.match(name) or re.fullmatch(rf"(?i)(?:the\s+)?{_MONTH}(?:\s+\d{{4}})?", name):
        return None  # ("MINUTE OF FEBRUARY MEETING": which month's meeting, not a body)
    if name.lower() == "council":
        return "Council"  # "MEETING OF THE COUNCIL": the whole council
    if re.fullmatch(r"(?:[CG]yngor|Pwyllgor)\s+(?:Cymuned|Tref|Sir|Dinas)|Gyngor", name, re.IGNORECASE):
        return None  # "cyfarfod o Gyngor Cymuned": a community council, not which one
    full_council = re.fullmatch(r"(?:Full |County |District |Borough |City )?Council", name)
    if not full_council and (len(name) < 3 or len(name) > 100 or _NOT_COMMITTEE.search(name) and not re.search(r"\w+\s+\w+", name)):
        return None
    if re.fullmatch(r"(?:the\s+)?(?:committee|board|panel|meetings?|council)", name, re.IGNORECASE) and name != "Council":
        return None
    if re.fullmatch(r"(?i)(?:meeting|minutes?|session)\s+(?:no\.?\s*)?\d{1,4}(?:/\d{1,4})?", name):
        return None  # "Meeting 14/19, Tuesday July 23rd 2019": the meeting's own number, no body
    if re.fullmatch(rf"(?:(?:{_KIND_OF_MEETING}|zoom|teams|online|video|full|general|public|open|confidential|private|closed|exempt)\s*)+", name, re.IGNORECASE):
        return None  # "Minutes of Remote Zoom Meeting held on ...": the kind of meeting, no body named
    if re.search(r"\b(?:minutes|pdf|held on|to confirm|to approve|previous|proceedings|at a)\b", name, re.IGNORECASE) or len(name.split()) > 12:
        return None
    if name.isupper() or re.fullmatch(r"[A-Z][A-Z0-9 '\u2019&,-]+ Meeting", name):  # ("ASHBY MAGNA ANNUAL PARISH Meeting": its last word's case put right)
        from cpb_tui.domain.text import display_title

        name = display_title(name)
    return name


# "MINUTES OF THE ALLOTMENT COMMITTEE OF CHOPPINGTON PARISH COUNCIL WEDNESDAY 20 SEPTEMBER 2023": the body, then the day
MINUTES_OF_BODY = re.compile(
    # ("PROCEEDINGS OF THE AD HOC COMMITTEE (PORT OF BELFAST) THURSDAY 4 MARCH 1999": an assembly's minutes, its remit in brackets)
    r"\b(?:minutes?|proceedings)\s+of\s+(?:the\s+)?((?:[A-Za-z][\w&'\u2019-]*\s+){0,5}?(?:sub-committee|committee|board|panel|forum|working\s+group)"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Za-z][\w&'\u2019-]*\s+){1,5}?council|\s+\((?!(?i:held|virtual|remote|online|via|by\s+(?:zoom|video|teams)|hybrid))[^()]{2,60}\))?)\s*,?\s+"
    r"((?:(?:on|held)\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9},?\s+\d{4}).*)$",
    re.IGNORECASE,
)


def is_full_council(text: str | None) -> bool:
    """ "the COUNCIL", "Full Council", "County Council", "Full Authority": a meeting of the whole council."""
    return bool(text) and bool(
        re.fullmatch(r"(?:the\s+)?(?:full\s+|county\s+|district\s+|borough\s+|city\s+)?council|full\s+authority", text.strip(), re.IGNORECASE)  # (a fire authority's whole)
    )


def display_council(name: str) -> str:
    """ "the COUNCIL" -> "Council", "District Council" as written: a full council meeting's body."""
    words = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE).split()
    return " ".join(word.capitalize() for word in words)


def is_caps_council(heading: str, body: str) -> bool:
    """Whether a heading in capitals names the council `body` speaks of ("ASHCOMBE PARISH COUNCIL" for "Parish Council")."""
    return bool(re.fullmatch(r"[A-Z][A-Z .&'\u2019-]{2,70}", heading)) and heading.lower().endswith(" ".join(body.split()).lower())


# "MINUTES OF THE MEETING OF BRAMBLEFORD PARISH COUNCIL", "MINUTES OF A HOLLOWAY AND EASTON-ON-WOLD PARISH COUNCIL MEETING"
NAMED_PARISH = re.compile(
    r"(?i)\b(?:minutes|meeting)\s+of\s+(?:the\s+|an?\s+)?(?:(?:ordinary|annual|extra-?ordinary|monthly)\s+)?(?:meeting\s+of\s+(?:the\s+)?)?"
    r"(?P<name>(?!(?:the|a|an|of|meeting|minutes|held|first|second|previous|last|next|ordinary|annual|monthly|extra-?ordinary|special|draft|adjourned"
    r"|reconvened|full|general|joint|virtual|remote|online|hybrid|zoom|public|budget|precept|parish|town|community|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|january|february|march|april|may|june|july|august|september|october|november|december)\b)(?-i:[A-Z])[\w&-]*,?\s+(?:(?!(?:of|meeting|minutes|held|the)\b)[\w'\u2019&-]+,?\s+){0,5}?(?:parish|town|community)\s+council)\b(?!['\u2019]s|\s+(?:[\w'\u2019-]+\s+){0,3}(?:committee|sub-committee|working|group|panel|board)\b)"
)
