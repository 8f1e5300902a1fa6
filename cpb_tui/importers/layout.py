"""Turning hard-wrapped text, as extracted from PDFs and web pages, into clean Markdown.

Wrapped prose is rejoined into paragraphs; short lines (flattened tables and charts) keep
their own lines so they stay readable; paragraph numbers, bullets and sub-numbers become
Markdown. Anything in the text that Markdown would read as syntax is escaped: document
text is data, never markup.
"""

from __future__ import annotations

import re
from functools import lru_cache

from cpb_tui.domain.safe import terminal_safe

BULLETS = "\u2022\u00b7\u25aa\u25cf\u25e6\uf0b7\u2013*-o"
_BULLET_LINE = re.compile(r"^\s*(?:[\u2022\u00b7\u25aa\u25cf\u25e6\uf0b7\u2013*]|-|o(?=\s))\s*(.*)$")
_PARA_NUMBER_ALONE = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})*)\.\s*$")
_SUB_NUMBER = re.compile(r"^\s*(?:-\s*)?(\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)\.?\s+(\S.*)$")
# (and a document-sharing site's lines about the file, above the text it copied: "Total Page:16", "File Type:pdf, Size:1020Kb")
_PAGE_FOOTER = re.compile(
    r"^\s*(?:Page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|Total\s+Page:\s*\d{1,5}|File\s+Type:\s*\w{2,5},\s*Size:\s*[\d.]+\s*[KMG]b"
    # a public body's security marking, with the page number and the file's reference: "1 OFFICIAL 449099", "OFFICIAL-SENSITIVE"
    r"|(?:\d{1,4}\s+)?(?-i:OFFICIAL)(?:[-\s](?-i:SENSITIVE))?(?:\s+\d{3,9})?(?:\s+\d{1,4})?)\s*$",
    re.IGNORECASE,
)
# "Minutes of Ordinary Meeting June 2036" over "Total Page:16" and "File Type:pdf, Size:1020Kb": the site's echo of the file's
# title (never the text's own heading, which follows) and its lines about the file
_SHARING_HEAD = re.compile(r"\A[ \t\n]*(?P<title>[^\n]{1,300}\n)?[ \t\n]*Total\s+Page:\s*\d{1,5}[ \t]*\n(?:[ \t\n]*File\s+Type:[^\n]{0,80}(?:\n|\Z))?", re.IGNORECASE)
def _without_sharing_lines(found: re.Match[str]) -> str:
    """The site's lines gone, and its echo of the file's title where the text repeats it (a title the text never repeats is
    the page's only heading, and stays)."""
    title = (found.group("title") or "").strip()
    after = found.string[found.end() : found.end() + 600].lower()
    words = re.findall(r"[a-z0-9]{3,}", title.lower())
    return "" if not title or all(word in after for word in words) else title + "\n"


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")
_MD_LEADING = re.compile(r"^(\s*)(\d+)([.)])(\s|$)")
# A wrapped line of prose is long; a line of a flattened table or chart is short.
WRAP_WIDTH = 55


# Control characters (C0 but tab and newline, DEL, C1): a document's text never carries a
# terminal escape into the store, whatever later prints it.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


# A web page's link text saved with the page: "ALLOCATION OF SEATS Opens in a new window - To ...".
_LINK_FURNITURE = re.compile(r"[ \t]*[(\[]?\bopens\s+in\s+(?:a\s+)?new\s+(?:window|tab)\b[)\]]?", re.IGNORECASE)
# What every such link text holds: looked for first, as the whole pattern is tried at every
# position of the text (11 ms on a 470-page pack, where this is 0.3 ms).
_LINK_WORDS = re.compile(r"opens\s+in\s+(?:a\s+)?new\s+(?:window|tab)", re.IGNORECASE)


# a link's icon word before an item's title, and its file size after it ("4. icon Village Green Lease [410Kb] - ...")
_ICON_LINK = re.compile(r"^(\s*(?:\d{1,3}[.)]?|[a-z]\))?\s*)icon\s+(?=[A-Z])([^\n]*?)\s*\[\d+(?:\.\d+)?\s*[KkMm][Bb]\]", re.MULTILINE)
_WIDE_GAP = re.compile(r"[^\S\n]{11,}")  # (spaces, tabs, and the wide and thin spaces of other scripts)


# a field's label, then ":-" and its value with no space ("Decision Maker :-Cabinet", "Date :-2036/03/11")
_FIELD_DASH = re.compile(r"(?m)^([A-Z][A-Za-z]+(?:[ -][A-Za-z]+){0,5}) :-(?=\S)")


@lru_cache(maxsize=2)  # each parser tried on a document normalises the same text again
def normalise(text: str) -> str:
    """Unix newlines, no trailing spaces, non-breaking spaces as spaces, no control characters,
    no "Opens in a new window" link text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    # whole escape sequences first (an OSC 52 leaves no base64 behind), then any stray control
    text = _CONTROL.sub("", terminal_safe(text.replace("\u00a0", " ").replace("\u200b", "")))
    if "\u2020\u2020" in text:
        # "\u2020\u2020\u2020\u2020 7. Updates": a page whose non-breaking spaces were read as daggers (a footnote's one mark stays)
        text = re.sub(r"\u2020{2,}|^\u2020|(?<=\s)\u2020(?=\s)", lambda run: " " * len(run.group(0)), text, flags=re.MULTILINE)
    # a run of spaces wider than ten says no more than ten do (a gap between columns), and the patterns
    # that read titles and decisions try every split of a run: 250 spaces cost 5 ms a line
    text = _WIDE_GAP.sub(" " * 10, text)
    if _LINK_WORDS.search(text):
        text = _LINK_FURNITURE.sub("", text)
    if "icon " in text:
        text = _ICON_LINK.sub(r"\1\2", text)  # "3.  icon Annual Report 2035 [2Mb] - Report by ...": a link's icon and size
    if "v " in text or "\u00d8" in text or "\u00a7" in text or "\u00fc" in text:
        text = _word_bullets(text)
    if _GLUED_HINT.search(text) and len(_GLUED_CAPS.findall(text)) >= 2:
        text = _glued_headings(text)
    if _GLUED_DATE.search(text) or _GLUED_BEFORE_DATE.search(text):
        text = _GLUED_DATE.sub(r"\1 \2 \3", _GLUED_BEFORE_DATE.sub(" ", text))  # "held on Monday 9February2009": the spaces a PDF lost
    if _GLUED_NUMBER_HINT.search(text):
        text = _GLUED_NUMBER.sub(r"\1 ", text)  # "331.02DECLARATIONS OF INTEREST": a minute's number, its space lost
    if " / " in text and len(_CELL_AFTER_NUMBER.findall(text)) >= 2:
        text = _CELL_AFTER_NUMBER.sub(r"\1 ", text)  # "462/ME/17 / APOLOGIES FOR ABSENCE": a table's number cell, then its title's
    if _GLUED_VERDICT.search(text):
        text = _GLUED_VERDICT.sub(r"\1 ", text)  # "The notes were APPROVEDas correct": the space a Word export lost
    if "held on\n" in text or " and\n" in text:
        text = _WRAPPED_RECORD.sub(" ", text)  # "... held on" over "Tuesday 13th May ... were confirmed": one sentence
    if " :-" in text:
        text = _FIELD_DASH.sub(r"\1: ", text)  # "Decision Maker :-Cabinet": a decision record's field, its value run on
    if "Total Page:" in text[:400]:
        text = _SHARING_HEAD.sub(_without_sharing_lines, text, count=1)  # a document-sharing site's lines about the file, above the text
    if len(text) > 1000:
        lines = text.split("\n")
        text = "\n".join(_labels_apart(line) for line in lines) if any(len(line) > 1000 for line in lines) else text
    if "|||" in text:
        return "\n".join(_without_empty_cells(line) for line in text.split("\n"))
    return "\n".join(line.rstrip() for line in text.split("\n"))


_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# "9February2009", "held on12 January 2009": a date whose spaces a PDF lost (never "2/12March2020", a reference)
_GLUED_DATE = re.compile(rf"(?<![\w/])(\d{{1,2}}(?:st|nd|rd|th)?)(?:(?={_MONTH_NAMES}\s?(?:19|20)\d\d\b)|\s(?={_MONTH_NAMES}(?:19|20)\d\d\b))\s?({_MONTH_NAMES})\s?((?:19|20)\d\d)\b")
_GLUED_BEFORE_DATE = re.compile(rf"(?:(?<=\bon)|(?<=\bof)|(?<=\bdated)|(?<=\bheld))(?=\d{{1,2}}(?:st|nd|rd|th)?\s?{_MONTH_NAMES}\s?(?:19|20)\d\d\b)")
# a minutes approval hard-wrapped before its date or its verdict: "The Minutes of the meeting held on" over "Tuesday 3rd May
# 2031 ... were confirmed", "Minutes of ... were read and" over "agreed as a true record"
_WRAPPED_RECORD = re.compile(
    rf"(?:(?<=\bheld on)|(?<=\bwere read and)|(?<=\bwas read and))[ \t]*\n(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_NAMES}\b|(?:agreed|approved|confirmed|accepted|adopted|signed)\b)"
)
# a minute's number glued to its heading in capitals at a line's start: "332.01APOLOGIES Apologies were ...",
# "412.04CORRESPONDENCE" (never an ordinal, "1ST MEETING", nor a unit, "2.5MM")
# (a dotted number only: a slash's, "36/169MINUTES:", and a plain one's, "4COUNCIL REPORTS", are read glued where they stand)
_GLUED_NUMBER = re.compile(r"(?m)^([ \t]*\d{1,4}\.\d{1,3}[.)]?)(?=(?!(?:ST|ND|RD|TH|MPH|MM|CM|KM|KG|AM|PM)\b)[A-Z]{3}[A-Z'\u2019]*\b)")
_GLUED_NUMBER_HINT = re.compile(r"(?m)^[ \t]*\d{1,4}\.\d{1,3}[.)]?[A-Z]{3}")
# a minute's number in a table's first cell, the row flattened with " / " between its cells ("462/ME/17 / APOLOGIES")
# (a reference with its letters only: a plain number's row, "2 / To receive apologies. / None.", is read as a row already)
_CELL_AFTER_NUMBER = re.compile(r"(?m)^([ \t]*\d{1,4}/[A-Z]{1,4}/\d{2,4}[.)]?)[ \t]+/[ \t]+(?=[A-Z])")
_GLUED_VERDICT = re.compile(r"\b([A-Z]{3,}ED)(?=(?:as|and|by|the|to|with|at|on|in|for|that|unanimously)\b)")
# A heading glued to the sentence before it, the line break lost: "... fel rhai cywir.MATERION YN CODI", "20.01.20YMDDIHEURIADAU"
_GLUED_CAPS = re.compile(r"(?:(?<=[a-z\u00e0-\u00ff\u0175\u0177)][.!?])|(?<=\b\d{2}\.\d{2}\.\d{2}))(?=[A-Z][A-Z'\u2019]{2,}(?:[ \t]+[A-Z][A-Z'\u2019/&-]*){0,7}[ \t]*$)", re.MULTILINE)
_GLUED_HINT = re.compile(r"[.!?0-9][A-Z]{3}")  # (a cheap look first, 1 ms on a 500-page pack: most pages glue nothing)
# and, on a page that glues its capital headings, its mixed-case ones: "... wedi cael ei wario.Polisi Asesiad Risc y Cyngor"
_GLUED_TITLE = re.compile(
    r"(?<=[a-z\u00e0-\u00ff\u0175\u0177)][.!?])(?!(?:The|This|That|These|He|She|It|They|We|I|A|An|There|Cllr|Clerk)\b)"
    r"(?=[A-Z][a-z\u00e0-\u00ff'\u2019-]+(?:[ \t]+(?!(?:will|would|was|were|is|are|has|had|to|be|been|can|could|should)\b)[\w'\u2019/&-]+){1,6}[ \t]*$)",
    re.MULTILINE,
)  # (never a sentence: "... in May.The Clerk will thank him")


def _glued_headings(text: str) -> str:
    """Headings glued to the sentence before them on their own lines, on a page that glues at least two."""
    return _GLUED_TITLE.sub("\n", _GLUED_CAPS.sub("\n", text))


# minutes flattened onto one line whose items are labelled in capitals: "... signed. MATTERS ARISING: - None. MINUTES OF
# AUDIT COMMITTEE: The minutes of ..."
_RUN_ON_LABEL = re.compile(r"(?:(?<=[a-z][.!?])|(?<=[a-z]\)))[ \t]+(?=(?!(?:PRESENT|IN ATTENDANCE|APOLOGIES|MRS?|MS|MISS|DR|CLLR|COUNCILLOR|ALDERMAN)\b)[A-Z][A-Z0-9&'\u2019,/ \u2013-]{3,100}:[ \t])")


def _labels_apart(line: str) -> str:
    """A long line's labels in capitals each opening a line of its own, where the line holds four or more."""
    return _RUN_ON_LABEL.sub("\n", line) if len(line) > 1000 and len(_RUN_ON_LABEL.findall(line)) >= 4 else line


def _without_empty_cells(line: str) -> str:
    """ "762. | DEMOCRATIC TIME. | ||||||||" -> "762. | DEMOCRATIC TIME.": a layout table's empty cells after the text."""
    kept = line.rstrip(" \t|")
    return kept if "|||" in line[len(kept):] else line.rstrip()


# Word's symbol-font bullets saved as letters: "v Noted that ...", "\u00d8 The Clerk ...", "\u00a7 ..."
_WORD_BULLET = re.compile(r"^([ \t]*)([v\u00d8\u00a7\u00fc])[ \t]+(?=[A-Z])", re.MULTILINE)


def _word_bullets(text: str) -> str:
    """Lines opening with a symbol-font bullet read as bullets, where at least two lines open with the same one."""
    marks = [match.group(2) for match in _WORD_BULLET.finditer(text)]
    common = {mark for mark in set(marks) if marks.count(mark) >= 2}
    if not common:
        return text
    return _WORD_BULLET.sub(lambda m: f"{m.group(1)}\u2022 " if m.group(2) in common else m.group(0), text)


def is_page_footer(line: str) -> bool:
    """A "Page 12" line left behind by the PDF's footer."""
    return bool(_PAGE_FOOTER.match(line))


def escape_markdown(text: str, leading: bool = True) -> str:
    """Escape what Markdown would read as syntax, so document text shows literally.

    `leading=False` leaves a line-opening "12." alone, for text that will be joined into the
    middle of a paragraph (`escape_leading` is applied once the line's place is known).
    """
    if _MD_SPECIAL.search(text):  # (a template's `sub` costs a call into Python's `re` even where nothing matches)
        text = _MD_SPECIAL.sub(r"\\\1", text)
    return escape_leading(text) if leading else text


def escape_leading(text: str) -> str:
    """Escape a "12." or "3)" that would open an ordered list at the start of a line."""
    return _MD_LEADING.sub(r"\1\2\\\3\4", text) if _MD_LEADING.match(text) else text


_PAGES_REF = re.compile(r"\(\s*pages?\s+\d+(?:\s*[-\u2013]\s*\d+)?\s*\)", re.IGNORECASE)


def is_caps_line(line: str) -> bool:
    """Whether a line is written in capitals (an agenda or minute title)."""
    # ("MINUTES (Pages 1 - 6)": the pages the agenda list gives are no part of the title)
    letters = [ch for ch in (_PAGES_REF.sub("", line) if "age" in line else line) if ch.isalpha()]
    if len(letters) < 2:
        return False
    upper = sum(1 for ch in letters if ch.isupper())
    return upper / len(letters) >= 0.85


# A list item's own marker at the start of a line: "a)", "(a)", "1)", "(1)", "ii)", "(iv)", "12.".
_LIST_MARKER = re.compile(r"^\s*(\((?:\d{1,2}|[a-z]|[ivx]{1,5})\)|(?:\d{1,2}|[a-z]|[ivx]{1,5})\)|\d{1,2}\.)\s+(\S.*)$")


# What a line (stripped) must start with for any of `_PARA_NUMBER_ALONE`, `_BULLET_LINE`,
# `_SUB_NUMBER` or `_LIST_MARKER` to match, but a digit (`str.isdigit` holds for every `\d`).
_MARKED_STARTS = frozenset("\u2022\u00b7\u25aa\u25cf\u25e6\uf0b7\u2013*-(abcdefghijklmnopqrstuvwxyz")


# A line of an action list in minutes: "BE to sign the Code of Conduct - in progress", "SH and BE to ..."
_TASK_LINE = re.compile(r"^[A-Z]{2,3}(?:\s*(?:,|and|&|/)\s*[A-Z]{2,3})*\s+to\s+[A-Za-z][a-z]+\b")
# "ACTION: Cllrs Blair/Reid", "Action - Clerk to write": the page's own action line, never run into the text above
_ACTION_LABEL = re.compile(r"^(?:ACTIONS?|Actions?)(?:\s+by)?\s*[:\u2013-]\s*\S")


def to_markdown(lines: list[str], markers: bool = False) -> str:
    """Build Markdown paragraphs from hard-wrapped lines.

    With `markers` (report sections), a line opening with a list item's own marker ("a)",
    "(1)", "ii)", "3.") starts a paragraph that keeps the marker as printed, rather than
    running on from the line before; and a bullet whose glyph stands alone on its line (as
    PDF extraction leaves it) is joined to the text after it. Minutes keep the reading their
    parsers were written for.
    """
    blocks: list[list[str]] = []
    current: list[str] = []
    kind = "para"
    loose_bullet = False

    def flush() -> None:
        nonlocal current
        if current:
            blocks.append(_render(kind, current))
            current = []

    pending_number: str | None = None
    previous = ""
    for index, raw in enumerate(lines):
        line = raw.strip()
        if not line or (line[0] in "PpTF" and is_page_footer(line)):
            flush()
            continue
        before, previous = previous, line
        plain = line[0] not in _MARKED_STARTS and not line[0].isdigit()  # no number, bullet or marker can match
        alone = None if plain else _PARA_NUMBER_ALONE.match(line)
        if alone and _prose_follows(lines, index):
            flush()
            pending_number = alone.group(1)
            continue
        bullet = None if plain else _BULLET_LINE.match(line)
        sub = None if plain else _SUB_NUMBER.match(line)
        if markers and loose_bullet and not bullet:
            bullet, loose_bullet = _BULLET_LINE.match("- " + line), False
        listed = _LIST_MARKER.match(line) if markers and not sub and not bullet and not plain else None
        if listed:
            flush()
            kind = "item"
            number = f"**{pending_number}.** " if pending_number is not None else ""
            current = [number + escape_markdown(listed.group(1)) + " " + escape_markdown(listed.group(2))]
            pending_number = None
            continue
        if sub:
            flush()
            kind = "para"
            current = [f"**{sub.group(1)}** " + escape_markdown(sub.group(2))]
            continue
        if bullet and bullet.group(1):
            flush()
            kind = "bullet"
            current = [escape_markdown(bullet.group(1))]
            continue
        if bullet and not bullet.group(1):
            loose_bullet = markers  # a bullet glyph whose text is on the next line (or was lost in extraction)
            continue
        text = escape_markdown(line, leading=False)
        if pending_number is not None:
            flush()
            kind = "para"
            current = [f"**{pending_number}.** {text}"]
            pending_number = None
            continue
        if current and (
            _new_paragraph(before, line) or (kind == "item" and _item_ends(before, line)) or (markers and _TASK_LINE.match(line))
            or (plain and line[0] == "A" and (_ACTION_LABEL.match(line) or CAPITAL_TAG_LINE.match(line)))
        ):
            flush()
            kind = "para"
            current = [text]
        elif current:
            current.append(text)
        else:
            kind = "para"
            current = [text]
    flush()
    return "\n\n".join("\n".join(block) for block in blocks if block).strip()


# a tracker's reference and its title, with no full stop, after a point's last sentence: "3/2018/P – Further
# Staff Survey", "OR1 – Barbican CCTV" open the next point
_REFERENCE_HEADING = re.compile(r"^[A-Z0-9][\w/.]{0,13}\s+[\u2013\u2014-]\s+[A-Z][^.!?]{2,120}$")


def _new_paragraph(previous: str, line: str) -> bool:
    """A short line ending a sentence, then a long line, or a tracker's next reference: a paragraph
    break lost in extraction."""
    return (
        len(previous) < WRAP_WIDTH
        and previous.endswith((".", ":", "?", "!"))
        and len(line) >= WRAP_WIDTH
        and line[0].isupper()
    ) or (previous.endswith((".", "!", "?")) and _REFERENCE_HEADING.match(line) is not None) or (
        # "... would be organised for the spring \u2013 AS": a point that ends with its doers' initials
        previous[-1:].isupper() and line[0].isupper() and _INITIALS_END.search(previous) is not None
    ) or line[0] in "IM" and STATE_ROW.match(line) is not None or previous[:1] == "A" and CAPITAL_TAG_LINE.match(previous) is not None


# "ACTION ALL", "ACTIONS DC", "ACTION SH/DC" alone on a line: the doers of the text above, a line of its own; the text
# below starts a new paragraph
CAPITAL_TAG_LINE = re.compile(r"^ACTIONS?\s*[:\u2013-]?\s*(?!(?:PLANS?|LOGS?|LIST|POINTS?|NONE|NIL|NFA|TBC|TBA|TBD|AOB|REQUIRED|TAKEN|ONGOING|DONE|COMPLETED?)\b)[A-Z]{2,}(?:\s*(?:[/&,]|and)\s*[A-Z]{2,})*\.?$")


# the words an action log gives a task's state in ("Completed", "In progress", "Carried forward")
STATE_WORDS = r"completed?|done|closed|ongoing|on-going|in\s+(?:progress|hand)|on\s+hold|carried\s+forward"
# "Item 14:2 Ongoing", "Item 15 Completed": a log's row naming an earlier item and its state, a line of its own
STATE_ROW = re.compile(rf"^\s*(?:Item|Minute)\s+\d{{1,4}}(?:[.:/]\d{{1,3}})*\s+(?=[A-Z])(?i:{STATE_WORDS})\.?\s*$")
_INITIALS_END = re.compile(r"[a-z0-9)]\s+[\u2013\u2014-]\s*[A-Z]{2,3}(?:\s*/\s*[A-Z]{2,3}){0,3}$")


def _item_ends(previous: str, line: str) -> bool:
    """A list item's last line ends a sentence and the next line opens one: prose after the list."""
    return previous.endswith((".", ":", "?", "!")) and line[0].isupper()


def _prose_follows(lines: list[str], index: int) -> bool:
    """A paragraph number stands alone above prose; "11." above "East" is a chart's value."""
    for following in lines[index + 1 : index + 4]:
        text = following.strip()
        if text:
            return len(text) >= 40 or (len(text.split()) >= 4 and text[0].isupper())
    return False


# a topic's heading on a line of its own, perhaps under an earlier minute's number ("9 (a) Playing Field", "Station Road
# \u2013 Pavement"): capitalised words, at most nine, with no stop
TOPIC_LINE = re.compile(
    r"^\s*(?:\d{1,3}\s*\\?\((?:[a-z]|[ivx]{1,4}|\d{1,2})\\?\)\s+)?(?=(?:\S+\s+){0,8}\S+\s*$)"
    r"(?!(?:Cllrs?|Councillors?|Clerk|The\s+Clerk|Chair(?:man|person)?|Mrs?|Ms|Dr|Actions?|ACTIONS?)\b)[A-Z][\w'\u2019&/-]*"  # (never a doer's name)
    r"(?:\s+(?:[A-Z][\w'\u2019&/-]*|\d{1,4}|of|and|the|to|for|in|on|at|&|[-\u2013]))*\s*$"
)
# an action log's line, "Cllr Frost to inspect the allotments - ongoing", after one that ended a sentence or a state
_DOER_LINE = re.compile(r"^(?:[A-Z]{2,3}(?:\s*(?:,|and|&|/)\s*[A-Z]{2,3})*|(?:The\s+)?Clerk|(?:Cllrs?|Councillor)\.?\s+[A-Z][\w'-]+)\s+to\s+[a-z]+\b")
_STATE_END = re.compile(r"(?:[.!?]|\b(?:on-?going|completed?|done|closed|outstanding|in\s+hand|pending))\s*$", re.IGNORECASE)
# a line ending with a title's or a saint's abbreviation runs on ("... the Church of St." over "Mary's Church")
AFTER_ABBREVIATION = re.compile(r"\b(?:St|Cllr|Mr|Mrs|Ms|Dr|No|Rd)\.\s*$")


def _render(kind: str, lines: list[str]) -> list[str]:
    """Join wrapped lines; keep short lines apart with hard breaks (tables, charts, addresses), and a topic's heading
    after a sentence's end."""
    out: list[str] = []
    previous_length = 0
    for line in lines:
        # (only the joined line's last words are looked at: a line joined thousands of times stays linear)
        if out and previous_length >= WRAP_WIDTH and not (out[-1].endswith((".", "!", "?")) and not AFTER_ABBREVIATION.search(out[-1][-40:])
                                                          and TOPIC_LINE.match(line) or _DOER_LINE.match(line) and _STATE_END.search(out[-1][-40:])):
            out[-1] = out[-1] + " " + line
        else:
            out.append(escape_leading(line))
        previous_length = len(line.replace("\\", ""))
    if kind == "bullet":
        out[0] = "- " + out[0]
        return ["  \n  ".join(out)] if len(out) > 1 else out
    return ["  \n".join(out)] if len(out) > 1 else out
