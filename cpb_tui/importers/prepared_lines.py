"""A line as the item numbers are looked for in it: what a page puts before or inside a numbered line taken off or put
right (a recording's clock, a PDF's page number, a table's header run in, a Word list's stop printed twice, spaces slipped
into a reference), and None for a line that can hold no item (an action log's row, an attachment's file name, a point of
a slashed minute). Moved out of `numbering.py`, which reads the numbers.
"""

from __future__ import annotations

import re

from cpb_tui.importers.titles import _FILE_NAME


_SPACE_RUN = re.compile(r"[ \t]{4,}")


def prepared(line: str) -> str | None:
    """A line as the numbers are looked for in it, or None for one that can hold no item. (A long run of spaces inside
    a line says no more than three do, and the title patterns try every split of it.)"""
    line = _SPACE_RUN.sub("   ", line.strip())
    line = re.sub(r"^(?:[01]?\d|2[0-3]):[0-5]\d\s+(?=\d{1,3}[.)]\s+[A-Z])", "", line)  # "09:49 1. There were apologies ...": a recording's clock first
    line = re.sub(r"^(\d{1,3}[.)]\s+[A-Z][^:]{2,120}?[a-z0-9]):(?=[A-Z][a-z])", r"\1: ", line)  # "1. Minutes of 9 May 2036:These were approved": its space lost
    # "Page 12 71. APOLOGIES FOR ABSENCE", "82 189. MINUTES OF THE ... COMMITTEE": a PDF's page number first
    # (a running minute before the agenda's number, "282 2. TO RECEIVE APOLOGIES", down a whole page, is kept: `twin_minutes_apart`)
    line = re.sub(r"^(?:Page\s+\d{1,4}|\d{1,3}(?=\s+\d{1,3}\.\s+[A-Z]{2,}[\s,]+[A-Z&]{2,}))\s+(?=\d{1,3}\.\s+[A-Z])", "", line)
    line = re.sub(r"^[-\u2013\u2022*]\s+(?=Item\s+\d{1,3}[a-z]?\s*[\u2013\u2014:.-]\s*[A-Z])", "", line)  # "- Item 7 \u2013 Revenue Report. Decision: ...": a bulleted item, the word Item its own
    line = re.sub(r"^Item\s*:\s*(?=\d{1,4}\s+[A-Z])|^(?i:item|ref\.?|no\.?)\s+(?i:title|agenda\s+item|item|subject|discussion)(?:\s+(?i:action(?:\s+by)?|owner|who|notes))*\s+(?=\d{1,3}\.?\s+[A-Z])"
                  r"|^(?i:minute)\s+(?i:item)(?:\s+(?i:action))?\s+(?i:no\.?)\s+(?=\d{1,3}\.?\s+[A-Z])", "", line)  # a table's header run in ("MINUTE ITEM ACTION NO. 19 Apologies")
    line = re.sub(r"^\*(?=\d{1,4}\s+[A-Z][\w'\u2019 ,&()/:-]{2,100}$)", "", re.sub(r"^(\d{1,4}\s+)\*(?=[A-Z])", r"\1", line))  # "*36 Minutes", "141 *Safer Streets Plan": marked as decided under delegation
    line = re.sub(r"^(\d{1,3}\s+)to(?=\s+(?:note|agree|approve|consider|discuss|receive|decide|confirm|elect|review)\b)", r"\1To", line)  # "3 to agree: ..." (never a point "1. to note: ...")
    line = re.sub(r"^(?-i:([A-Z]{2,3})\.) (\d{3,4})(?=\s+[A-Z])", r"\1.\2", line)  # "TC. 707 Mr Dunn asked ...": a space slipped into "TC.707"
    line = re.sub(r"^(\d{1,4}) ?/ ?(\d{2})(?=\s)|^(\d{4}) ?/ ?(\d{1,3})(?=\s+[-\u2013]\s)", r"\1\3/\2\4", re.sub(r"^Items\s+\d{1,2}\s*(?:&|and)\s*(?=\d{1,2}\.\s)", "Item ", line))  # "68 /17", "2017 / 22 \u2013": spaces slipped in; "Items 1 & 2. Welcome": item 2
    # "195/12TO RECEIVE APOLOGIES", "1ELECTION OF CHAIRMAN": the space a Word export lost (never "1ST", "2ND")
    line = re.sub(r"^(\d{1,4}/\d{2}|\d{3,4})(?=[A-Z][A-Z'\u2019 ,&/-]{3})|^(\d{1,2})(?=(?!ST|ND|RD|TH)[A-Z]{4,}[\s:(-])", r"\1\2 ", line)
    line = re.sub(r"^[\w.-]{2,40}\.(?:docx?|pdf|rtf|odt)\s+\d{1,3}\s+(?=\d)", "", line, flags=re.IGNORECASE)  # "C6346.doc 28 115 TITLE": a footer's file and page first
    line = re.sub(r"^(\(\d{1,3}\))(?=[A-Z][a-z])", r"\1 ", line)  # "(2)Actions outstanding": the space after the bracket lost
    line = re.sub(r"^(\d{1,3}\.)\.(?=\s+[A-Z])", r"\1", line)  # "3..  APOLOGIES": a Word list's stop printed twice
    if re.match(r"^\S{1,12}\s+/\s+[A-Z]{2,4}\s+/\s+\S", line):
        return None  # "09/002 / TV / Litter bins at the station / March update ...": an action log's row, its owner's initials in a cell
    # "0638/02 / Minutes / The minutes of ... were approved": a table's reference, title and minute cells with slashes between
    # (never a Welsh title after its English one, "12/38 / Apologies / Ymddiheuriadau": a title has no sentence after it)
    line = re.sub(r"^([A-Z]{0,4}\d{1,4}/\d{2,4}(?:/[A-Z]{1,4})?)\s+/\s+([A-Z][^/:]{1,80}?)\s+/\s+(?=\S+(?:\s+\S+){3})", r"\1 \2: ", line)
    if not line or len(line) > 2000 or _FILE_NAME.search(line):
        return None  # "Agenda Item 08 - Appendix A.pdf": an attachment's file name, not an item
    if re.match(r"^\d{1,4}(?:\.\d{1,2}){1,2}/\d{2}\s", line):
        return None  # "220.1/19 Ward Councillor ...", "220.2.1/19 ...": points of minute 220/19, kept in it
    return line


# "282 2. TO RECEIVE APOLOGIES", "1499 1. APOLOGIES", the first under a table's header run in ("Minute AGENDA ITEMS No 181 1.
# CHAIR'S REMARKS"): the council's running minute, then the agenda's number (never a year, "2036 1. APOLOGIES")
_TWIN = re.compile(r"^(?P<header>\s*(?i:minute)\s+(?i:agenda\s+items?)\s+(?i:no\.?)\s+)?(?!(?:19|20)\d\d\s)(?P<minute>\d{2,4})\s+(?P<agenda>\d{1,2})\.\s+(?=[A-Z]{2,}[\s,'\u2019]+[A-Z&]{2,}|[A-Z]{5,}\b)")


def twin_minutes_apart(lines: list[str]) -> list[str]:
    """`lines` with the agenda's number taken off each line that prints the running minute before it, where three or more
    do from the agenda's first, the two numbers one distance apart all down the page (281 1., 282 2., 284 4.): a count
    before a number ("150 3. PLANNING"), pages' numbers before items ("41 3.", "42 4.") or a year is no such run."""
    twins = [(index, found) for index, line in enumerate(lines) if line[:1] in " \t0123456789Mm"
             for found in [_TWIN.match(line)] if found and int(found["minute"]) > int(found["agenda"])]
    gaps = {int(found["minute"]) - int(found["agenda"]) for _, found in twins}
    minutes = [int(found["minute"]) for _, found in twins]
    if len(twins) < 3 or len(gaps) != 1 or minutes != sorted(set(minutes)) or int(twins[0][1]["agenda"]) != 1:
        return lines
    out = list(lines)
    for index, found in twins:
        out[index] = f"{found['minute']} {lines[index][found.end():]}"
    return out
