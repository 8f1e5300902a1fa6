"""What an item's title looks like, and where it ends when the minute runs on after it on the
number's line ("1. Apologies for absence. Apologies were received ...", "2 Election of Office
Bearers Anne-Marie asked for nominations ...")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from cpb_tui.importers.decisions import opener
from cpb_tui.importers.layout import is_caps_line
from cpb_tui.domain.text import display_title
from cpb_tui.domain.given_names import GIVEN_NAMES

# (an ordinal in a date stays in the title: "CONFIRMATION OF THE MEETING OF THE 20th FEBRUARY 2020 It was ...", "... HELD ON 14TH APRIL 2036 Members ...")
_CAPS_RUN = re.compile(
    r"^(?P<title>[A-Z0-9][A-Z0-9 ,&'\u2019/()-]{2,}?(?:[A-Z)]|\d(?:st|nd|rd|th|ST|ND|RD|TH)?\s+[A-Z]{3,9}\s+\d{4}))\s+(?P<rest>[A-Z][a-z].*)$"
)

# "POLICING MATTERS PC Alun Morgan gave ...", "APOLOGIES SBC Councillors Moss and Carr", "CCTV UPDATE CCTV cameras were ...": a
# heading in capitals, then its text opening on a body's or a post's letters
_ABBREVIATION_OPENS = re.compile(
    r"^(?P<title>(?:[A-Z][A-Z'\u2019&/-]*\s+){0,8}?(?:MATTERS|REPORTS?|UPDATES?|APOLOGIES|ABSENCE|CORRESPONDENCE|FINANCE|PLANNING|HIGHWAYS|ISSUES"
    # (letters, never a word: "FINANCE PANEL The recommendations ..." keeps its panel)
    r"|BUSINESS|QUESTIONS|FORUM|SESSION|PARTICIPATION))\s+(?P<rest>(?!(?:AND|THE|FOR|NEW|OLD|ALL|OUR|ANY|ONE|TWO|ETC|OF|TO|ON|BY|IN|AT|AS|OR|AN|IS|IT|NO|UP|BE|DO|SO|IF|HIS|HER|ITS|ARE|WAS|HAS|NOT|BUT|OUT|SEE|PER|VIA|OFF)\b)(?:[A-Z]{2,3}|[B-DF-HJ-NP-TV-Z]{4,5})\s+(?:[A-Z][a-z]|[a-z]).*)$"
)
_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have|will|would|said|reported|noted|agreed|asked|gave|explained)\b")
# "FINANCIAL MATTERS to receive the Clerk's report ...": a title of two words or more in capitals, then the agenda's purpose in lower case
_CAPS_THEN_PURPOSE = re.compile(r"^(?P<title>[A-Z]{2,}(?:\s+[A-Z&]{2,})+)\s+(?P<rest>to\s+(?:receive|note|consider|approve|agree|discuss|review|authori[sz]e|confirm|adopt)\b.*)$")
_CAPS_THEN_TEXT = re.compile(r"^(?P<title>.+?)\s+[-\u2013\u2014:]\s+(?P<rest>[A-Z][a-z].*)$")

_ATTACHMENT = re.compile(r"\s*(?:pdf (?:icon|eicon)\s*)?\b(?:PDF|DOC|DOCX)\s+\d+(?:\.\d+)?\s*[KM]B\b\s*", re.IGNORECASE)

# "(Pages 5 - 12)", and a pack's page range by item, "(Item 6.1 \u2013 6.75)"
_PAGES = re.compile(r"\s*\(\s*(?:Pages?\s*\d{1,4}(?:\s*[-\u2013]\s*\d{1,4})?|Item\s*\d{1,3}\.\d{1,3}\s*[-\u2013]\s*\d{1,3}\.\d{1,3})\s*\)\s*", re.IGNORECASE)

_NOT_TITLE_START = re.compile(
    r"^(?:(?:that|and|or|but|which|who)\b|the\s+(?:committee|board|panel|cabinet|meeting)\s+(?:resolved|agreed|noted|received|considered)"
    r"|it\s+was|resolved|agreed|members?\s+(?:noted|agreed|asked|were|raised|discussed|received|considered)\b|per\s+cent|%|pm\b|am\b|hours?\b|minutes?\b\s+(?:past|late)"
    r"|\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.|hrs)(?![a-z])"  # "7.10pm. Formal meeting": a time, not item 7
    r"|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)",
    re.IGNORECASE,
)

def _one_word_heading(word: str) -> bool:
    """ "Finance. It was agreed ...": one capitalised word can be an item's title; "Noted." cannot."""
    # (or a heading's letters, "AOB. Cllr Lowe asked ...", "CIL. The balance ...")
    return bool(re.fullmatch(r"[A-Z][a-z]{3,}|[A-Z]{3,6}", word)) and word.lower() not in {
        "noted", "agreed", "resolved", "approved", "carried", "none", "received", "accepted", "deferred", "thanks", "nil", "action",
    }

# "Welcome / The Chair opened the meeting ...": a table's two cells, the heading and its minute, joined by " / " (never a
# title in two parts, "Declarations of Interest / Dispensations", "Footpaths / Rights of Way")
_SLASHED_CELL = re.compile(r"^(?P<title>[A-Z][^/.:;]{2,60}?)\s+/\s+(?P<rest>[A-Z(][^/]*?\b(?:was|were|is|are|had|has|have|will|would|opened|welcomed|reported|said|agreed|noted|proposed|seconded|attended|received|discussed)\b.{3,})$")


def _slashed_cell(title: str) -> tuple[str, str] | None:
    # ("Apologies / Cllr C Mackenzie, PC D Gray": the standing heading over its names)
    found = _SLASHED_CELL.match(title) or re.match(r"^(?P<title>(?i:apologies(?:\s+for\s+absence)?|present|in\s+attendance))\s+/\s+(?P<rest>(?:Cllrs?|Councillors?|Mrs?|Ms|Dr|None|Nil)\b.{3,})$", title)
    return (found.group("title"), found.group("rest")) if found and len(found.group("title").split()) <= 6 and _title_like(found.group("title")) else None


def _title_and_rest(title: str) -> tuple[str, str | None]:
    """An item's title and the text run on after it on its number's line, if any."""
    # "APOLOGIESApologies received from ...", "MINUTE APPROVAL.The draft minute ...": a title in capitals glued to its text
    glued = re.match(r"^([A-Z][A-Z'\u2019 ]{2,60}[A-Z])(?:\.(?=[A-Z][a-z])|(?=[A-Z][a-z]{2}))(.{3,})$", title)
    if glued:
        return glued.group(1), glued.group(2)
    early = _repeated_or_gapped(title) or _comma_then_sentence(title) or _closed_heading(title) or _caps_subject(title) or _worded_then_minute(title) or _dated_then_minute(title)
    if early:
        return early
    bilingual = _bilingual_title(title) or _slashed_cell(title)  # ("Croeso / Welcome ...": two languages, before two cells)
    if bilingual:
        return bilingual
    # "3. Minutes Cadarnhau cofnodion (5) Cllr Ogilvie proposed ...": a paragraph's number; "2 Police Report \u2022 The
    # report for September ...", "3. Chair's Announcements\u2022 I met ...": the first bullet
    paragraph = re.match(r"^(?P<title>[^()]{3,160}?)\s+\(\d{1,3}\)\s+(?P<rest>[A-Z].*)$|^(?P<bulleted>[^\u2022:]{3,80}?)(?:\s+|(?<=[a-z]))(?P<bullet>\u2022\s*\S.*)$", title)
    if paragraph and _title_like(paragraph.group("title") or paragraph.group("bulleted")):
        return paragraph.group("title") or paragraph.group("bulleted"), paragraph.group("rest") or paragraph.group("bullet")
    lost = re.match(r"^[-\u2013]\s+(?P<purpose>To\s+[a-z]+\b.{5,150})$", title)
    if lost:
        return lost.group("purpose").rstrip("."), None  # "9. - To receive a report of ...": the title was lost
    # "20049. MINUTES OF THE MEETING HELD ON 17 February: agreed and signed ...": a title in capitals (a date
    # perhaps in ordinary case at its end) and a colon, then the minute in any case
    labelled = re.match(r"^(?P<title>[A-Z][A-Z0-9 ,'\u2019&/()-]{3,100}?[A-Z](?:\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?)?)\s*:\s*(?P<rest>\S.*)$", title)
    if labelled and len(labelled.group("title").split()) >= 2 and is_caps_line(re.sub(r"\s+\d.*$", "", labelled.group("title"))):
        # ("4. TO APPROVE A CHANGE IN THE ORDER OF BUSINESS RESOLVED: To consider ...": the decision's label is the minute's)
        # (never a name that ends so, "SCHEDULE OF WORKS AGREED: The Clerk listed ...": the decision's own words follow the label)
        label = re.search(r"\s+(?P<label>RESOLVED|AGREED)$", labelled.group("title"))
        if label and len(labelled.group("title")[: label.start()].split()) >= 2 and re.match(r"(?i)(?:to|that)\s", labelled.group("rest")):
            return labelled.group("title")[: label.start()], f"{label.group('label')}: {labelled.group('rest')}"
        return labelled.group("title"), labelled.group("rest")
    # ("C134 Reports on Matters (a) NYCC Cllr Dadd ...", "C136 Minutes C136(a) Town Council Meeting ...": the first point's own reference)
    lettered = re.match(r"^(?P<title>[^.:;]{3,160}?)(?:\s*(?P<colon>:))?\s+(?P<rest>(?:\(?(?:[a-h]|i{1,3}|iv)(?:[.)]|\]\.?)|(?P<ref>[A-Z]{0,3}\d{1,4}\([a-h]\)))\s+[A-Z\u201c\"'(].*)$", title)
    if lettered and (len(lettered.group("title").split()) >= 2 or lettered.group("ref") or lettered.group("colon") or lettered.group("rest").startswith("(a)")) and _title_like(lettered.group("title")):
        return lettered.group("title"), lettered.group("rest")  # "4. To confirm payments a. Payments confirmed b. ..."
    # (or "Independent Advisers Agreed: The Clerk will ...", "a) Lamp 15 The meeting confirmed the purchase ...": never "Precept to be Agreed: the Clerk ...", "The Council RESOLVED", "It had been RESOLVED")
    decided = re.match(r"^(?P<title>[^.:;]{3,100}?)(?:(?<!\b[Ii]t\swas)(?<!\bbeen)(?<!\bhad)\.?\s+(?=(?:RESOLVED|AGREED)\b)|(?<!\bbe)(?<!\bbeing)\s+(?=(?:Agreed|Resolved)\s*:\s+[A-Z]|The\s+(?:meeting|Council|Committee)\s+(?:confirmed|agreed|resolved|approved|decided)\s+(?:the|to|that)\s))(?P<rest>.*)$", title)
    if decided and not _BODY_DECIDING.fullmatch(decided.group("title")) and _title_like(decided.group("title").rstrip(" -\u2013\u2014")) and len(decided.group("title").split()) <= (16 if re.search(r"[-\u2013\u2014]$", decided.group("title")) else 12):
        return decided.group("title"), decided.group("rest")  # "3670 Membership of Committees RESOLVED that ..."
    split = _ABBREVIATION_OPENS.match(title) or _CAPS_THEN_TEXT.match(title) or _CAPS_RUN.match(title) or _CAPS_THEN_PURPOSE.match(title)  # (never a body's letters opening a title, "HVCC Governance ...")
    if split and is_caps_line(split.group("title")) and not (split.re is _CAPS_RUN and re.fullmatch(r"[A-Z]{2,6}", split.group("title")) and len(split.group("rest").split()) <= 10 and not _VERB.search(split.group("rest"))):
        return split.group("title"), split.group("rest")
    # "1. Apologies for absence. Apologies were received from ...": the title is the first
    # short sentence, the rest of the line the start of its minute.
    # (never at an initial before the names that end the line, "Apologies were accepted from S. Farrow", nor at "Cllr."; "Plan B. The
    # Clerk reported ...", "Schedule A. Payments ... were approved." are split)
    sentence = re.match(
        r"^(?P<title>[^.]{3,100}?)(?!(?<=\s[A-Z])\.\s+(?:[A-Z]\.\s*)*[A-Z][a-z'\u2019-]+(?:\s*(?:,|&|\band\b)\s*(?:[A-Z]\.\s*)*[A-Z][a-z'\u2019-]+)*\s*\.?\s*$)"
        r"(?<!\bCllr)(?<!\bMrs)(?<!\bMr)(?<!\bDr)\.\s+(?P<rest>(?:[A-Z\u201c\"'(]|[a-h]\)\s|[A-Z]{0,4}/?\d{2,4}/\d{2,6}\b|\u00a3\d).*)$", title)
    # (or its first lettered point, an application's reference "Planning. 36/0012 Rose Cottage ...", a sum "Finance. \u00a3120 ...")
    # "1204 Matters Arising:   The Chairman reported ...": a label and its minute
    # (or "10 MINUTE PUBLIC ...:"; a stop inside a word is no sentence's end, "To note ryecombe.org.uk grants: ...")
    labelled = re.match(r"^(?P<title>(?:\d{1,2}\s+(?=[A-Z])|(?:19|20)\d\d(?:[/-]\d{2,4})?\s+(?=[A-Z]))?(?:To\s+[a-z](?:[^:.]|\.(?=\w)){2,200}?|[A-Z](?:[^:.]|\.(?=\w)){2,120}?)):\s+(?P<rest>[A-Z\u201c\"'(].*)$", title)  # (and "2037/38 Budget Process: ...")
    run = _TITLE_THEN_TEXT.match(title)
    if run and re.search(r"\b(?:County|District|Borough|Town|Parish|City|Ward|Deputy|Vice|Lord)$", run.group("title")) \
            and re.match(r"(?:Councillors?|Cllrs?|Mayor|Chair\w*)\b", run.group("rest")):
        run = None  # "County Councillor reported ...": one person's post, not a title and its minute
    dashed = _dashed_minute(title)
    if dashed:
        return dashed
    # "6. Accounts- accounts for the year signed off", "2. Minutes of last meeting \u2013spelling
    # mistakes were apologised for": a dash touching the title, then the minute in lower case
    touching = re.match(r"^(?P<title>[^\u2013\u2014.:;]{3,80}?)(?:\s+[-\u2013\u2014]\s*|(?<=[A-Za-z)])[-\u2013\u2014]\s+)\s*(?P<rest>[a-z].*)$", title)
    if touching and _title_like(touching.group("title")) and len(touching.group("title").split()) <= 8 and (len(touching.group("rest").split()) >= 3 or len(touching.group("rest").split()) == 2
            and re.search(r"\b(?:none|nil|approved|agreed|received|signed|noted|accepted|deferred|confirmed|carried|adopted)\b", touching.group("rest"), re.IGNORECASE)) \
            and not re.search(r"\b(?:resolved|agreed|decided|decision|noted|action)\s*$", touching.group("title"), re.IGNORECASE):
        rest = touching.group("rest")
        return touching.group("title").rstrip(), rest[0].upper() + rest[1:]
    if labelled and _label_titles(labelled.group("title")):
        return labelled.group("title"), labelled.group("rest")
    # (never a plural and its participle, "Cabinet Decisions taken since the last meeting": a title of their own)
    named = run and re.match(r"(?![A-Z][a-z]+s\s+(?:made|taken|raised|received|agreed|approved|submitted|considered|published)\b)[A-Z][\w'\u2019-]+\s+(?:[a-z]{3,}ed|said|told|gave|spoke|took|made|read)\b", run.group("rest"))
    if named and _title_like(run.group("title")) and (len(run.group("title").split()) > 1 or _one_word_heading(run.group("title"))) \
            and not re.search(r"\b(?:of|and|for|the|to|in|on|from|by|with|a|an|The|Councillors?|Cllrs?|Mr|Mrs|Ms|Dr|Mayor|Alderman)$", run.group("title")):
        return run.group("title"), run.group("rest")  # "Election of Office Bearers Anne-Marie asked for nominations."
    if sentence and re.match(r"[A-Z]{0,4}/?\d|\u00a3", sentence.group("rest")) and len(sentence.group("title").split()) > 3:
        sentence = None  # ("Finance The Clerk reported the balance. \u00a31,204 was held": no title before the sum)
    if sentence and _first_sentence_titles(sentence.group("title")):
        return _first_sentence_split(title, sentence)
    return _run_in_title(title, run)


def _dashed_minute(title: str) -> tuple[str, str] | None:
    """ "2.1 Bins - The Clerk to write to the MP", "25/07 Approval of minutes of 15th January 2025 - these had been circulated
    ...": a title, a dash, then the minute (a sentence, a doer, a verdict); a title with a subtitle after its dash stays whole."""
    dashed = re.match(r"^(?P<title>[^\u2013\u2014]{3,100}?)\s+[-\u2013\u2014](?:\s+|(?=[A-Z]))(?P<rest>\S.*)$", title)
    if not dashed:
        return None
    minute = re.match(
        r"^(?:(?:The\s+)?(?:(?:Deputy|Assistant|Parish|Town|Locum)\s+)?(?:Clerk|Chair(?:man)?|Cllrs?|Councillors?|Members|It|There|This)\b|[A-Z]{2,3}(?:\s*(?:&|and)\s*[A-Z]{2,3})?\s+to\s)"
        r"|.*\b(?:was|were|had|has|will|would)\s"
        # ("Proposals for Housing -Letter to be sent by Sue": a task told after the dash)
        r"|.*\bto\s+be\s+(?:[a-z]{3,}ed|sent|written|done|made|taken|given|put|kept|brought|sought|held|drawn\s+up)\b"
        # (a sentence of four words in small letters or more, "The minutes of the ordinary ...", never a subtitle, "The old
        # school site, Mill Lane"; "No applications." alone, never "No parking signs on Church Street")
        r"|(?P<sentence>(?:The|A|An)(?:\s+[a-z0-9]+){4})|No\s+[a-z]+\.?\s*$|(?:None|Nil)\b", dashed.group("rest"),
    )
    # ("103. Approval of the Minutes from the Previous Ordinary Parish Council Meeting \u2013 The minutes of the ordinary",
    # the minute wrapped onto the next line: a sentence begun after the dash; a line run on past 150 characters)
    longest = 16 if minute and (minute.group("sentence") or len(title) > 150) else 12 if not _title_like(title) else 6
    if (not _title_like(title) or minute) and _title_like(dashed.group("title")) and len(dashed.group("title").split()) <= longest:
        return dashed.group("title"), dashed.group("rest")
    return None


def _label_titles(label: str) -> bool:
    """Whether the words before a colon are the item's title ("Matters Arising:"): a short title; "50d/19 Approval of minutes of
    meeting of 2nd July 2019:", longer but no sentence; "To review the grit bins and whether more are wanted on Hill Road:", the
    agenda's words, longer still."""
    words = len(label.split())
    return _title_like(label) and (
        words <= 6
        or words <= 12 and not re.search(r"\b(?:was|were|is|are|had|has|have|would|will|said|reported|following)\b", label, re.I)
        or words <= 20 and bool(re.match(r"To\s+[A-Za-z]+\b", label)) and not re.search(r"\b(?:was|were|had|has|have|would|will|said|reported)\b", label, re.I)
    )


# "Receive apologies for absence None received.", "Receive and approve Minutes of the meeting held on 9th October Resolved: The
# minutes ...": the agenda's words as the title, the minute run on after them with no stop between
_WORDED_THEN_MINUTE = re.compile(
    r"^(?P<title>(?:To\s+)?(?:Receive|Approve|Consider|Note|Agree|Review|Discuss|Confirm)\b(?:\s+\S+){2,16}?)\s+"
    r"(?P<rest>(?:None|Nil|No\s+(?:declarations|apologies|matters)|Resolved|RESOLVED|Agreed|AGREED|It\s+was|The\s+[a-z]+|There\s+(?:was|were))\b.*)$"
)


def _worded_then_minute(title: str) -> tuple[str, str] | None:
    found = _WORDED_THEN_MINUTE.match(title)
    if found and not re.search(r"[.;:]", found.group("title")):
        return found.group("title"), found.group("rest")
    # "7. To Approve the Certificate of Exemption Approved.": the agenda's words, then the one-word outcome
    verdict = re.match(r"^(?P<title>[A-Z][^.;:]{2,120}?[a-z0-9)])\s+(?P<rest>(?:Approved|Agreed|Deferred|Carried|Accepted|Adopted)\.?)$", title)
    if verdict and not re.search(r"\b(?:be|was|were|is|are|and|to|not|been)$", verdict.group("title")):
        return verdict.group("title"), verdict.group("rest")
    # "Report from Councillor Oates Councillor Oates began with the verges ...": the title's last words open the minute again
    named = re.match(r"^(?P<title>[A-Z][^.:;]{2,80}?\b(?P<name>[A-Z][a-z]+\s+[A-Z][a-z]+))\s+(?P<rest>(?P=name)\s+[a-z].*)$", title)
    return (named.group("title"), named.group("rest")) if named else None


# "Minutes of Meeting held on 3rd February 2036 The minutes of the meeting on 3rd February were approved.": a heading naming a
# meeting by its date, then the minute's first sentence (the date ends the heading)
_DATED_THEN_MINUTE = re.compile(
    r"^(?P<title>[A-Z][^.;:]{3,120}?\b(?:minutes?|meeting|record|notes)\b[^.;:]{0,80}?\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8},?\s+(?:19|20)\d\d)"
    r"\s+(?P<rest>(?:The|These|They|It|All|Minutes|Resolved|RESOLVED|Agreed|AGREED|Approved|APPROVED|Councillors?|Cllrs?|Members)\b(?=\W*$|[:,]?\s+(?-i:[a-z(]|[A-Z][\w'\u2019.-]*\s+[a-z]))"
    r".*)$", re.IGNORECASE
)


def _dated_then_minute(title: str) -> tuple[str, str] | None:
    found = _DATED_THEN_MINUTE.match(title)
    if found is None or not found.group("rest")[0].isupper():
        return None
    # (the date's figures the title's only ones: never "Minutes C204(a) Town Council Meeting held on ...", a minute cited)
    undated = re.sub(r"\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\b,?(?:\s+(?:19|20)\d\d\b)?", "", found.group("title"))
    return None if re.search(r"\d", undated) else (found.group("title"), found.group("rest"))


def _caps_subject(title: str) -> tuple[str, str] | None:
    """ "THE MINUTES OF THE MARCH MEETING having gone to every councillor, were approved ...": the heading in capitals is
    its sentence's subject, and stays in the minute."""
    subject = re.match(r"^(?P<title>[A-Z][A-Z0-9 ,&'\u2019/()-]{8,160}?)\s+(?P<verb>(?:having|were|was|is|are|had|has|have)\s+[a-z].*)$", title)
    if subject and is_caps_line(subject.group("title")) and len(subject.group("title").split()) >= 3 \
            and not re.match(r"(?:MRS?|MS|DR|CLLRS?|COUNCILLORS?|THE\s+(?:CLERK|CHAIR\w*|MAYOR|TREASURER))\b", subject.group("title")):
        return subject.group("title"), title
    return None


def _first_sentence_split(title: str, sentence: re.Match[str]) -> tuple[str, str]:
    """The title a line's short first sentence gives, and the rest: the whole sentence ("Apologies for absence."), or its
    start where the minute opens inside it ("105 Allotments The waiting list now stands at twelve. Clerk to ...": "The"
    then a word in lower case)."""
    inner = _TITLE_THEN_TEXT.match(sentence.group("title"))
    if inner and re.match(r"(?:The|It|There|This|These)\s+[a-z]\S*(?:\s+\S+){2}", inner.group("rest")) \
            and (len(inner.group("title").split()) > 1 or _one_word_heading(inner.group("title"))) and _title_like(inner.group("title")) \
            and not re.search(r"\b(?:of|and|for|the|to|in|on|from|by|with|a|an)$", inner.group("title"), re.IGNORECASE):
        return inner.group("title"), title[len(inner.group("title")):].strip()
    return sentence.group("title"), sentence.group("rest")


def _comma_then_sentence(title: str) -> tuple[str, str] | None:
    """ "Verges, It was agreed the Clerk would ...": a short title, a comma, then the minute's first sentence."""
    found = re.match(r"^(?P<title>[A-Z][^,.:;]{2,60}),\s+(?P<rest>(?:It|There|This)\s+(?:was|were|is|had)\s.*)$", title)
    return (found.group("title"), found.group("rest")) if found and _title_like(found.group("title")) and len(found.group("title").split()) <= 6 else None


def _closed_heading(title: str) -> tuple[str, str] | None:
    """ "Chair's Remarks:- the shelter glass is cracked ...": a heading closed by ":-", its minute after; "Declarations of
    interest: 034/52: None": the minute's own reference between them; "Open Session (up to 10 minutes) Nobody came.": a
    heading's note in brackets, then the minute's sentence."""
    found = re.match(r"^(?P<title>[A-Z][^:]{2,80}?)\s*(?::-|:\s*\d{2,4}/\d{2,4}\s*:)\s*(?P<rest>\S.*)$", title)
    found = found or re.match(r"^(?P<title>[A-Z][^():.]{2,60}?\s*\([^()]{2,40}\))\s+(?P<rest>[A-Z][a-z]+(?:\s+[a-z]+)+\b.*\.)$", title)
    if found is None:
        # "To consider the verge cutting agreement - It was RESOLVED: That ...": the agenda's words, a dash, the decision (or "To
        # approve the minutes of 16 May – the minutes were approved and signed (prop. HM & sec. SL).")
        decided = re.match(r"^(?P<title>To\s+[a-z].{5,200}?)\s+[\u2013\u2014-]\s+(?P<rest>It\s+was\s+(?:[\w,]+\s+){0,4}?(?:RESOLVED|AGREED|Resolved|Agreed|resolved|agreed)\b.*|[Tt]he\s+(?:\w+\s+)?minutes\s+(?:were|are|have\s+been)\s+(?:\w+\s+){0,3}?(?:approved|agreed|adopted|signed|confirmed|accepted)\b.*)$", title)
        return (decided.group("title"), decided.group("rest")) if decided and _title_like(decided.group("title"), long=True) else None
    return (found.group("title").strip(), found.group("rest")) if found and _title_like(found.group("title")) \
        and len(found.group("title").split()) <= (14 if found.group("title").startswith("To ") else 10) else None


def _first_sentence_titles(first: str) -> bool:
    """Whether a line's short first sentence is its item's title ("Apologies for absence. Apologies were ...")."""
    # (longer when it ends with the date it names: "To Confirm the Record of the meeting held on 4th February 2032. It was ...")
    longest = 16 if re.search(r"\b(?:19|20)\d\d$", first) else 10
    return (2 <= len(first.split()) <= longest or _one_word_heading(first)) and not re.search(r"\b(?:Mr|Mrs|Ms|Dr|St|No|Cllr|Prof)$", first) \
        and _title_like(first)


# how a minute's first sentence opens: "The county had ...", "Cllr Hale reported ...", "Northumbria Water had replied ..."
_SENTENCE_OPENS = re.compile(
    r"(?:The|A|An|It|There|This|These|He|She|They|We|Cllrs?\.?|Councillors?|Mr|Mrs|Ms|Dr|No|None|Members|Apologies)\s"
    r"|(?:[A-Z][\w'\u2019&-]*\s+){1,4}(?:\([A-Z]{2,6}\)\s+)?(?:had|has|have|was|were|is|are|reported|said|asked|advised|confirmed|explained|informed|gave|stated|responded|replied)\b"
)


def _repeated_or_gapped(title: str) -> tuple[str, str | None] | None:
    """Two early tries of `_title_and_rest`: the title's word opening its minute ("Minutes Minutes for the meeting held on
    3rd September were confirmed"), and a wide gap where a line break was ("Matters Arising from the above minutes
    Northumbria Water had replied ...")."""
    if re.fullmatch(r"[A-Z][A-Z0-9 ,'\u2019&/()]{8,160}\.?", title) and " A " in title and is_caps_line(title) and not re.search(r"\s{2}|\b(?:WAS|WERE|HAD|HAS|IS|ARE|WILL)\b", title):
        return title.rstrip("."), None  # "TO MAKE A DECISION ON THE OFFER OF LAND": one title in capitals, never "TO MAKE" and a sentence
    repeated = re.match(r"^(?P<title>(?P<word>[A-Z][a-z]{3,}))\s+(?P<rest>(?P=word)\b.{10,})$", title, re.IGNORECASE)
    if repeated and title[0].isupper():
        return repeated.group("title"), repeated.group("rest")
    gap = re.match(r"^(?P<title>[^.:;]{3,120}?[^\s.!?;:,])\s{2,}(?P<rest>[A-Z\u2018\u201c\"'(][^\s]*\s.{10,})$", title)
    # (the minute must open as a sentence does, and the title not end on a joining word: "Declarations of  Interest" is one title)
    if gap and _title_like(gap.group("title")) and not re.search(r"\s{2}", gap.group("title")) and _SENTENCE_OPENS.match(gap.group("rest")) \
            and not re.search(r"\b(?:of|and|for|the|to|in|on|from|by|with|a|an|&)$", gap.group("title"), re.IGNORECASE):
        return gap.group("title"), gap.group("rest")
    # "1. APOLOGIES 31.060 Apologies were received ...": the agenda's number, its title in capitals, then the running minute
    minute = re.match(r"^(?P<title>[A-Z][A-Z ,&'\u2019/()-]{2,80}?[A-Z)])\s+(?P<rest>\d{2}\.\d{3}\.?\s+[A-Z].*)$", title)
    if minute and is_caps_line(minute.group("title")):
        return minute.group("title"), minute.group("rest")
    return None


# who decided, a sentence's subject before its verb: "The Council (RESOLVED to ...)", "Members (agreed ...)"
_BODY_DECIDING = re.compile(r"(?i)(?:the\s+)?(?:(?:parish|town|community|city)\s+)?(?:council|committee|board|panel|members|councillors|cllrs)")


def _run_in_title(title: str, run: re.Match[str] | None) -> tuple[str, str | None]:
    """The last tries of `_title_and_rest`: a title run into its minute with no stop between."""
    # ("Public Participation There were no issues raised", "Co-option No new candidates have come forward": a sentence plainly begun)
    begun = run and re.match(r"(?:There\s+(?:was|were|is|are|had|have)|No\s+(?:[\w-]+\s+){0,2}(?:was|were|had|has|have)|It\s+was|This\s+was)\b", run.group("rest"))
    if run and (not _title_like(title) or title.endswith(".") or begun) and _title_like(run.group("title")) and (
        len(run.group("title").split()) > 1 or _one_word_heading(run.group("title"))
    ) and not re.search(r"\b(?:Councillors?|Cllrs?|Alderman|Aldermen|Mayor|of|and|for|the|to|in|on|from|by|with|a|an)$", run.group("title")) \
            and not _BODY_DECIDING.fullmatch(run.group("title")):
        # "All Councillors present signed ...": "All" is no title; nor is "Councillor" in
        # "Councillor Mrs Kerr requested ..."
        return run.group("title"), run.group("rest")
    # "Public participation: none raised at the meeting, but residents had written ...": a short label, its minute in lower case
    lower = re.match(r"^(?P<title>[A-Z][\w'\u2019&/ -]{2,40}?):\s+(?P<rest>[a-z].{10,})$", title)
    if lower and len(lower.group("title").split()) <= 4 and _title_like(lower.group("title")) and not re.match(r"To\s", lower.group("title")) \
            and not re.search(r"(?i)\b(?:agreed|resolved|decided|approved|noted)$", lower.group("title")):  # (never "To receive: reports ...", "Actions Agreed: ...")
        return lower.group("title"), lower.group("rest")
    common = _COMMON_TITLE.match(title)
    # (or a sentence plainly begun after it: "Matters Arising The Chairperson said most matters were on the agenda")
    if common and (not _title_like(title) or re.match(r"(?:The|It|There|This)\s+(?:[\w'\u2019-]+\s+){0,3}(?:said|reported|asked|advised|confirmed|explained|was|were|had|has)\b", common.group("rest"))):
        return common.group("title"), common.group("rest")  # "70/34 Matters arising 58/33/1b Provision of lights ...": no stop after it
    return _sentence_after_title(title) or (title, None)


# "Minutes of the last meetings The minutes of the meeting of 17th February were approved and signed.": a short title, then
# a sentence plainly begun ("The", "There", "It", "This" over words in small letters up to its verb)
_BEGUN = re.compile(r"\s(?=(?:The|There|It|This)\s+[a-z])")
_BEGUN_VERB = re.compile(r"^[^.;:]{0,160}?\b(?:was|were|had|has|is|are|will|would|have)\s+(?:been\s+)?[a-z]")
_TITLE_FUNCTION_END = re.compile(r"\b(?:of|and|for|the|to|in|on|from|by|with|a|an|at|that|which|how|whether|if|why|when|where|what|who|as|or|but|Councillors?|Cllrs?|Mayor)$", re.IGNORECASE)


def _sentence_after_title(title: str) -> tuple[str, str] | None:
    for begun in _BEGUN.finditer(title[:90]):
        head, rest = title[: begun.start()].rstrip(), title[begun.end() :]
        if len(head.split()) > 8 or not re.search(r"[a-z0-9)]$", head) or _TITLE_FUNCTION_END.search(head) or not _title_like(head):
            continue
        if _BEGUN_VERB.match(rest) and not re.search(r"\b(?:was|were|had|has|is|are|will|would|have)\b", head):
            return head, rest
    return None


# the titles every minute book uses, known without a stop after them when the minute runs on
_COMMON_TITLE = re.compile(
    r"^(?P<title>(?i:matters\s+arising(?:\s+from\s+(?:the\s+)?(?:previous\s+|last\s+)?minutes)?|declarations?\s+of\s+(?:members'?\s+)?interests?"
    r"|apologies(?:\s+for\s+absence)?|(?:approval\s+of\s+)?minutes\s+of\s+(?:the\s+)?(?:previous|last)\s+meeting(?:\s+(?:held\s+on\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}(?:\s+\d{4})?)?|correspondence|any\s+other\s+business|previous\s+minutes|planning(?:\s+applications?)?|finance|accounts(?:\s+for\s+payment)?))"
    # (the minute after it: a reference, or a sentence's start; not more of the title, "Finance Committee Minutes ...")
    r"\s+(?P<rest>(?:\d{1,3}[/.]\d|Minute\s+\d|(?:The|A|An|It|There|This|Cllrs?|Councillors?|Mr|Mrs|Ms|Dr|None|Nil|No)\b|[A-Z][a-z]+\s+(?:had|has|was|were|reported|said|asked|confirmed|advised)\b).{20,})$"
)


# "12/25 Apologies were accepted from Cllr Hale.": the standing item told as its outcome on its own line, still the item
APOLOGIES_TOLD = re.compile(r"Apologies\s+(?:were|was|from)\b")


def _title_like(text: str, long: bool = False) -> bool:
    """Whether a line reads as an item's title; `long` allows the wordy titles that agendas
    print under a number standing alone ("To confirm that the items marked Part 1 ...")."""
    text = _ATTACHMENT.sub(" ", _PAGES.sub(" ", text)).strip()
    if len(text) < 3 or len(text) > (320 if long else 160):
        return False
    if not (text[0].isupper() or text[0].isdigit() or text[0] in "\"'\u2018\u201c("):
        return False
    # "304-4. To confirm that the minutes of the meeting held on 28th June are a true and accurate
    # record of that meeting.": an agenda's wording, not the outcome, however long
    purpose = bool(re.match(r"^To\s+(?:[a-z]|[A-Z]{3,}\s)", text))  # (the verb in capitals too: "To RESOLVE to receive apologies ...")
    if _FILE_NAME.search(text) or ACTION_TAG.match(text):
        return False  # "Item 9 - Work Programme.pdf": an attachment's file name, not an item ("Action Clerk": a task's tag)
    if _NOT_TITLE_START.match(text) or (opener(text) is not None and not purpose and not APOLOGIES_TOLD.match(text)):
        return False
    words = text.split()
    if len(words) > (45 if long or purpose else 24):
        return False
    # "Consideration of Quotation received for Tree Works on Cemetery Boundary:": a title in capitals
    # may end in a colon; a sentence that does is a lead-in ("The Board noted the following:")
    capitals = sum(1 for word in words if len(word) > 3 and word[0].isupper()) / max(1, sum(1 for word in words if len(word) > 3 and not word[0].isdigit()))
    # ("Late matters to be added to the agenda:": a longer label, with no verb of a sentence's)
    colon_ok = 20 if purpose else (16 if text.endswith(":") and capitals >= 0.6 else 6 if _VERB.search(text) else 9)
    # (a title in capitals may end in a stop, however long: "TO CONFIRM AS A TRUE RECORD THE NOTES OF ... 2035.")
    stop_ok = 30 if purpose or not re.search(r"[a-z]{2}", text) else 12
    dated = len(re.sub(r"\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8},?\s+(?:19|20)\d\d\b", "D", text).split())  # (a date named is one word)
    if text.endswith(",") or (text.endswith((";", ":")) and dated > colon_ok) or (text.endswith(".") and len(words) > stop_ok):
        return False
    return bool(re.search(r"[A-Za-z]{2}|^(?:\d{1,2}\s+)?[ABM]\d{1,4}$", text))  # (a road for a title: "A10", "6   A10")

# a task's tag on a line of its own, under the minute it closes: "Action Clerk", "Action: Stuart Fox", "ACTION \u2013 Cllr Dow / RFO"
ACTION_TAG = re.compile(
    r"^(?i:actions?)\s*(?:[:\u2013-]\s*)?(?!(?i:plan|points?|log|tracker|sheet|list|updates?|group|required|taken|items?|register|summary|programme|day|team)\b)"
    r"(?:(?:Clerk|Chair\w*|Cllrs?\.?\s+[A-Z]\S*|Councillor\s+[A-Z]\S*|RFO|Secretary|Treasurer|All|[A-Z]{2,4}|[A-Z][a-z]+\s+[A-Z][a-z]+)(?:\s*(?:,|/|&|and)\s*|\s*$)){1,4}$"
)
_FILE_NAME = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|odt|rtf)\s*$", re.IGNORECASE)

_TITLE_RUN = (
    # ("Confirmation of Minutes of 13.6.19 The following amendment ...": a date is one of a title's words)
    r"(?P<title>(?:[A-Z][A-Za-z'\u2019&,-]*|of|and|for|the|to|in|on|from|by|with|a|an)(?:\s+(?:[A-Z][A-Za-z'\u2019&,-]*|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
    r"|\d{1,2}(?:\s?(?:st|nd|rd|th))?(?=\s+[A-Z][a-z]+\s+\d{4})|\d{4}|of|and|for|the|to|in|on|from|by|with|a|an)){0,11}?)"  # ("... Meeting of 11 th September 2008 It was ...")
    r"\s+(?P<rest>(?:Councillors?|Cllrs?\.?|Mr|Mrs|Miss|Ms|Dr|The|It|There|This|Members(?!\s+of\s+the\s+[Pp]ublic\b)|No|None|Apologies|Officers?|A|An|RESOLVED|AGREED|Resolved|Agreed|She|He|They|We)\b.*"
    # "Welcome Anne-Marie welcomed everyone ...": a name and what they did starts the minute
    r"|(?!(?:Clerk|Chair\w*|Mayor|Officer|Director|Manager|Treasurer|Secretary|Council\w*|Committee|Board|Panel)\b)[A-Z][\w'\u2019-]+\s+"
    r"(?:[a-z]{3,}ed|said|told|gave|spoke|took|made|read)\b.*)$"
)
_TITLE_THEN_TEXT = re.compile("^" + _TITLE_RUN)




@dataclass
class Heading:
    """A numbered item found in the text."""

    index: int
    """Line of the number."""
    body_start: int
    number: str
    value: int
    title: str
    style: str
    strength: float
    rest: str | None = None
    """Text run on after the title on the number's line: the start of the item's body."""
    minute: str | None = None
    """The minute's own number, where the agenda's number heads the item ("3." over "523.")."""
    lettered: bool = False
    """Whether a lettered point followed the number with no stop ("4 (a) Planning", "9 (a) Playing Field")."""
    body_end: int | None = None
    """The line where the item's own text ends, where that is before the next heading (an agenda's entry kept among minutes)."""


def tidy_title(title: str) -> str:
    title = _ATTACHMENT.sub(" ", title)
    title = re.sub(r"^(?i:item)\s+\d{1,3}[a-z]?\s*[.:\u2013-]?\s+(?=[A-Z])", "", title)  # "1920/108 ITEM 5 – Public Participation": the agenda's number
    title = _PAGES.sub(" ", title)
    title = re.sub(r"[.\s]*\bView\s+(?:Papers|the\s+full\s+text)\s*$", "", title, flags=re.IGNORECASE)  # a link's words
    # a table row flattened onto a line: "Declaration of Interests Decision: None Minutes: None |"
    title = re.sub(r"(?<!\bthe)(?<!\bof)\s+(?:Additional\s+documents|Decision|(?<![Pp]revious\s)(?<![Ll]ast\s)(?<![Mm]eeting\s)Minutes)\s*:.*$", "", title) if len(title) > 20 else title  # (not "... of the Minutes:")
    title = re.sub(r"\s+\.$", "", re.sub(r"\s+", " ", title)).strip(" -\u2013:")  # "... Head of Finance (Item 11.1 - 11.6).": no stray stop
    return display_title(title) if title else "Untitled item"


def _bilingual_title(title: str) -> tuple[str, str] | None:
    """ "Croeso / Welcome Cadeiriwyd y cyfarfod ...", "Datgan Diddordeb / Declaration of Interest Roger Dobson ...": a
    title in Welsh and English run into its minute; the English half has as many capitalised words as the Welsh."""
    pair = re.match(r"^(?P<cy>[A-Z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,5}?)\s/\s(?P<en>[A-Z].+)$", title)
    if pair is None or len(pair.group("en")) < 40:
        return None
    wanted = sum(1 for word in pair.group("cy").split() if word[:1].isupper())
    words = pair.group("en").split()
    seen = 0
    for position, word in enumerate(words):
        seen += word[:1].isupper()
        if seen == wanted:
            rest = " ".join(words[position + 1 :])
            # ("Police / PCSO Report The Clerk read ...": the English title runs on, so no Welsh and English pair)
            # ("Welcome / The Chair opened ...": a heading and its minute in two cells, "The" no title in English)
            if rest[:1].isupper() and position < 8 and not re.match(r"(?:Report|Update|Matters|Business|Meeting|Issues?|Items?)\b", rest) \
                    and not re.fullmatch(r"The|A|An|It|There|This|These|Cllrs?|Councillors?|Mrs?|Ms|Dr|PC", " ".join(words[: position + 1])) \
                    and not re.search(r"\b(?:was|were|is|are|had|has|have|been)\b", " ".join(words[: position + 1])):
                return f"{pair.group('cy')} / {' '.join(words[: position + 1])}", rest
            return None
    return None


# a web page's or a letter's own furniture, never an item's heading: a document site's "<<" and "Citation preview", ModernGov's
# labels ("Issue - decisions", "Decision", "Reference: D1044", "Is subject to call in?: Yes"), a list's column header ("Note No.
# Item", the Welsh "Eitemau"), a letter's "Dear Councillor", and a lead-in alone on its line ("The Committee:")
SITE_LABEL = re.compile(
    r"(?i)^\s*(?:<<|>>|citation\s+preview|embed\s+size(?:\s*\(px\))?|page\s+\d+(?:\s+of\s+\d+)?(?:\s*:.*)?|skip\s+to\s+main\s+content|get\s+the\s+best\s+from\s+this\s+site"
    r"|issue\s*-\s*(?:decisions|meetings)|(?:decision|issue)\s+details|decisions?|reasons?\s+for\s+(?:the\s+)?decisions?|reference\s*:.*"
    r"|is\s+subject\s+to\s+call[\s-]+in\??.*|other\s+reasons\s*/\s*organisations\s+consulted|(?:note\s+)?no\.?\s+item|rhif\s+eitem|eitemau"
    r"|agenda\s+a\s+chofnodion|dear\s+(?:councillors?|members?|sir|madam)\b.*|yours\s+(?:faithfully|sincerely)\b.*"
    r"|the\s+(?:committee|cabinet|board|panel|council|sub-committee)\s*:?)\s*$"
)


def only_people(line: str) -> bool:
    """Whether the line only names people, each by a given name and a surname ("Sarah Dye", "Adrian Joel, John Frost and
    Carol Marshall"): the members given a duty, never a heading."""
    names = [name.strip() for name in re.split(r",|\band\b|&", line.rstrip(". ")) if name.strip()]
    return bool(names) and all(re.fullmatch(r"[A-Z][a-z'\u2019-]+\s+[A-Z][\w'\u2019-]+", name) and name.split()[0] in GIVEN_NAMES for name in names)


# "1. Chairperson's welcome: 046/36 The Chairman welcomed ...", "5. Planning 050/36: 36/0947/FUL ...": the minute's own number after the
# title, a colon before or after it (never a council's year, "Outturn 2017/18", nor "Minute Number 2362/19")
_MINUTE_AFTER_TITLE = re.compile(r"^(?P<title>[A-Z][^:]{2,80}?)(?<!Number)(?<!No\.)(?<!\bNo)(?::\s*(?P<minute>(?!(?:19|20)\d\d/)\d{2,4}/\d{2})\s*[:.]?|\s+(?P<after>(?!(?:19|20)\d\d/)\d{2,4}/\d{2})\s*:)"
    r"(?:\s+[\u2013-])?\s+(?P<rest>\S.*)$"
)


def minute_after_title(number: str, raw_title: str, title: str, rest: str | None) -> tuple[str, str | None, str | None]:
    """The title, the text after it and the minute's own number, where that number follows the agenda's title (and a numbered
    paragraph's sentence whole, never cut after a name's first word: "1.1. Ivor Penn welcomed members ...", "5.1. The Chief Nurse ...")."""
    if re.fullmatch(r"\d{1,3}\.\d{1,2}", number) and rest and len(title.split()) <= 2 and not title.isupper() \
            and re.match(r"[A-Z][a-z]+\s+(?:[a-z]{3,}ed|said|told|gave|spoke|took|made|read|noted|presents|reports)\b", rest) and rest.split()[0] not in GIVEN_NAMES:  # (never "5.1 Cultercullen" over "Andrew advised ...": a heading, then who spoke)
        words = raw_title.split()
        return (" ".join(words[:8]).rstrip(" ,;:.") + (" \u2026" if len(words) > 8 else "")), raw_title, None
    after = _MINUTE_AFTER_TITLE.match(raw_title) if re.fullmatch(r"\d{1,2}", number) else None
    return (after.group("title"), after.group("rest"), after.group("minute") or after.group("after")) if after else (title, rest, None)


_CITED_MINUTE = re.compile(r"^(?:Minute|Min\.?)\s+(?:No\.?\s*)?\d{1,4}/\d{2,4}\s*[-\u2013:]\s*(?=[A-Z])")


_TASK_TITLE = re.compile(r"(?:The\s+)?(?:[Cc]lerk|Chair(?:man|person)?|Secretary|Treasurer|RFO|(?:Cllrs?\.?|Councillors?)\s+[A-Z][\w'-]+|[A-Z]{2,3})\s+(?:to|will)\s+(?!be\b)[a-z]{3,}\s")


# an agenda's own words as the title, its minute run on after them with no stop: "To note any matters arising not on
# this agenda Report from Highways - A site meeting was held ...": the minute opens at the first capital after a word in
# small letters that leads to no name ("... from Highways England" is the title's own)
_AGENDA_WORDS = re.compile(r"^To\s+(?:note|receive|approve|consider|agree|discuss|review|confirm|adopt|accept|elect|appoint|report|decide)\b")
_LEADS_TO_NAME = frozenset("a an the of from to and for with by on at in into under between re regarding about as or beside outside behind "
                           "near along including opposite past towards off over via within".split())
_MONTH_WORD = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*$")


def _worded_then_text(raw_title: str) -> tuple[str, str] | None:
    """An agenda's worded title and the minute run on after it, where the line is too long for a title and no stop
    parts them; None for a title of another kind, or one that reads as one."""
    words = raw_title.split()
    if not _AGENDA_WORDS.match(raw_title) or len(words) <= 16 or _title_like(raw_title) or re.search(r"[.:;]", " ".join(words[:16])):
        return None
    for at in range(4, min(len(words), 30)):
        before, word = words[at - 1], words[at]
        if re.fullmatch(r"[a-z][a-z'\u2019-]*", before) and before not in _LEADS_TO_NAME and re.fullmatch(r"[A-Z][a-z]+", word) \
                and not _MONTH_WORD.match(word) or re.fullmatch(r"Cllrs?\.?|Councillors?|Mrs?|Ms|Dr|The|Members|It|There", word) and before not in _LEADS_TO_NAME:
            return " ".join(words[:at]), " ".join(words[at:])  # (or at a member's title: "... closure of Station Road Cllr Wilde reported ...")
    return None


def cited_title_and_rest(raw_title: str) -> tuple[str, str | None]:
    """An inline item's title and the rest of its line; after an earlier minute cited before the title ("163 Minute
    115/10 - Removal of seat - The date was cancelled ..."), the citation goes and the next dash ends the title."""
    cited = _CITED_MINUTE.match(raw_title)
    arising = re.match(r"^\((?P<minute>\d{1,4}/\d{2,4})\)\s+(?=[A-Z])", raw_title)
    if arising:
        # "294/26 (244/26) Clerk had visited ... It was agreed ...": a matter arising under the earlier minute's number in
        # brackets, told in sentences; its opening words name it, or the minute it arises from where it opens on a decision
        title, rest = _title_and_rest(raw_title[arising.end():])
        if rest is None and opener(title):
            title, rest = f"Arising from minute {arising.group('minute')}", title
        elif rest is None and len(title.split()) > 12:
            title, rest = " ".join(title.split()[:8]).rstrip(" ,;:.") + " \u2026", title
        return title, rest
    agenda = re.match(r"^(?i:item)\s+\d{1,3}[a-z]?\s*[.:\u2013-]?\s+(?=[A-Z])", raw_title)
    if cited is None and agenda:
        return _title_and_rest(raw_title[agenda.end():])  # "41.0. Item 1: Members present": the agenda's number goes
    if cited is None:
        title, rest = _title_and_rest(raw_title) if not (worded := _worded_then_text(raw_title)) else worded
        # ("4.3. Clerk to forward the report to Councillors. Clerk to action": a task told as the point's sentence stays its text)
        owner_tag = rest is not None and re.fullmatch(r"(?:The\s+)?[A-Z][\w'.]*(?:\s+[A-Z][\w'.]*)?\s+to\s+action\.?", rest.strip())
        return (title, raw_title) if owner_tag and _TASK_TITLE.match(title) else (title, rest)
    raw_title = raw_title[cited.end():]
    dashed = re.match(r"^(?P<title>[^\u2013\u2014]{3,80}?)\s+[-\u2013\u2014]\s+(?P<rest>\S.*)$", raw_title)
    return (dashed.group("title"), dashed.group("rest")) if dashed else _title_and_rest(raw_title)


def glued_title_and_rest(text: str) -> tuple[str, str | None]:
    """The title and text after a number glued to them: "MINUTES: Minutes 11 June ..." (a label in capitals), "APOLOGIESApologies were ..."."""
    labelled = re.match(r"([A-Z][A-Z'\u2019&/ -]{2,60}):\s+(\S.*)$", text)
    return labelled.groups() if labelled else _title_and_rest(re.sub(r"^([A-Z]{3,})(?=[A-Z][a-z])", r"\1 ", text))
