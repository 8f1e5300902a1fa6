"""Running minute numbers printed after their heading or at the end of their sentence, not at the line's start:
"Apologies: 312/2040 Cllrs Hale and Orr.", "PREVIOUS MEETING 4810 Cllr Bow asked ...", "The minutes of the last meeting
were confirmed and signed. 313/2040". Some clerks type the number where the cursor stood; each is still its minute."""

from __future__ import annotations

import re

from cpb_tui.importers.titles import Heading, tidy_title

# a running number: four figures ("4810"), three ("312"), or a serial with its year ("312/2040", "45/40")
_NUMBER = r"(?P<number>(?P<serial>\d{3,4})|(?P<count>\d{1,4})(?P<year>/(?:\d{2}|(?:19|20)\d\d)))"
# "Apologies: 312/2040 Cllrs ...", "PREVIOUS MEETING 4810 Cllr ...": a heading ended by a colon, or in capitals, then the
# number, then the minute's text
_AFTER_HEADING = re.compile(
    rf"^\s*(?P<title>[A-Z][^.:;\d]{{1,60}}?[:;]|[A-Z][A-Z'\u2019&/,() -]{{2,60}}[A-Z)])\s+{_NUMBER}\.?\s+(?P<rest>[A-Z(].{{4,}})$"
)
# "... were confirmed and signed. 313/2040": the minute's sentence, then its number at the line's end
_TRAILING = re.compile(rf"^\s*(?P<rest>[A-Z].{{8,}}?[a-z)][.!?])\s+{_NUMBER}\.?\s*$")


def _printed_after(lines: list[str], index: int, style: str = "inline") -> Heading | None:
    """Line `index` as an item whose running number stands after its heading or at its sentence's end, if it is one."""
    if re.search(r"[\u00a3$\u20ac]\s?\d|\d\.\d{2}\s*$", lines[index]):
        return None  # ("Grass cutting: 1021 Fernwick Landscapes \u00a3240.00": a cheque's number in a list of payments)
    found = _AFTER_HEADING.match(lines[index])
    trailing = None if found else _TRAILING.match(lines[index])
    if found is None and trailing is None:
        return None
    value = int((found or trailing).group("serial") or (found or trailing).group("count"))
    if found:
        title = tidy_title(found.group("title").rstrip(":;"))
        return Heading(index, index + 1, found.group("number"), value, title, style, 0.5, found.group("rest").strip())
    from cpb_tui.importers.number_gaps import _sentence_title  # (number_gaps reads these, so its titling comes late)

    text = trailing.group("rest").strip()
    return Heading(index, index + 1, trailing.group("number"), value, _sentence_title(text), style, 0.5, text)


def _alike(heading: Heading, number: str, value: int) -> bool:
    """Whether `heading` carries minute `value` printed as `number` is ("311/2040" before "312/2040", noughts kept)."""
    return heading.value == value and number.partition("/")[2] == heading.number.partition("/")[2]


def before_the_run(lines: list[str], chain: list[Heading]) -> list[Heading]:
    """The minutes just before a run's first ("312/2040 Apologies" and "313/2040" printed after their heading or sentence,
    then "314/2040 The Clerk ..." opening its line): each the nearest such line above the next, up to four of them."""
    if len(chain) < 2 or chain[1].value != chain[0].value + 1 or not re.fullmatch(_NUMBER, chain[0].number):
        return []
    found: list[Heading] = []
    stop = chain[0].index
    for value in range(chain[0].value - 1, max(0, chain[0].value - 5), -1):
        heading = next((h for index in range(stop - 1, max(-1, stop - 20), -1) if (h := _printed_after(lines, index, chain[0].style)) is not None), None)
        if heading is None or not _alike(heading, chain[0].number, value):
            break
        found.insert(0, heading)
        stop = heading.index
    return found


def run_printed_after(lines: list[str]) -> list[Heading]:
    """Two or more running numbers in a row each printed after its heading or at its sentence's end ("PREVIOUS MEETING
    4810 ...", "MATTERS ARISING ... . 4811", "COUNTY REPORT 4812 ..."), each within thirty lines of the last: the items."""
    found = [heading for index in range(len(lines)) if (heading := _printed_after(lines, index)) is not None]
    best: list[Heading] = []
    chain: list[Heading] = []
    for heading in found:
        running = chain and heading.index - chain[-1].index <= 30 and _alike(heading, chain[-1].number, chain[-1].value + 1)
        chain = [*chain, heading] if running else [heading]
        best = chain if len(chain) > len(best) else best
    return best if len(best) >= 2 else []
