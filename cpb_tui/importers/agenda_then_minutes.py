"""A page that prints the agenda as a list, then the minutes under numbers of their own.

Parish sites often publish one page per meeting: the agenda ("1. Apologies" ... "12. Finance", a line each), then a
heading ("Meeting Minutes", "Present: ...", "A meeting of the Committee was held on ...") and the minutes, numbered
again from 1 or on the council's running minute numbers ("60. Attended by ...", "61. Apologies ..."). The minutes hold
the decisions, so they are the items; the agenda's entries that no minute takes up (all of them, where the minutes
number their own way; the later ones, where a page was cut short after the first minutes) stay items too, with what
the agenda says of them, so nothing the page lists is lost.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from cpb_tui.domain.text import title_key
from cpb_tui.importers.dates import find_dates
from cpb_tui.importers.titles import Heading, tidy_title

Chain = Callable[[list[Heading]], tuple[list[Heading], float]]
Gaps = Callable[[list[str], list[Heading]], list[Heading]]

# Where the minutes begin: "Meeting Minutes", "MINUTES OF THE MEETING HELD ON ...", "Present: Cllrs ...", "In attendance:
# ...", "A meeting of the Footpaths Committee was held on ..." (a line of its own, between the agenda and the minutes)
_MINUTES_START = re.compile(
    # (a heading, never a sentence about minutes: "Minutes of this meeting will be published ...", "Minutes signed as a true record";
    # "MINUTES OF THE MEETING ... WHICH WAS HELD ON 9 MARCH", "Draft minutes - to be approved at the next meeting" are headings)
    r"^\s*(?:(?:(?:draft|meeting|the|approved|confirmed)\s+)?minutes\b(?!\s+(?:of\s+the\s+(?:last|previous)|to\s+follow))"
    r"(?!.*\b(?:will|shall|signed|published|circulated|available|attached)\b).{0,90}$"
    r"|(?:councillors\s+|members\s+)?present\b\s*(?:were\b|[:\u2013-])"
    r"|in\s+attendance\b"
    r"|(?:an?|the)\s+(?:[\w'\u2019-]+\s+){0,3}meeting\s+of\b.{0,200}?\bwas\s+held\b)",
    re.IGNORECASE,
)


def minutes_start(lines: list[str], after: int, before: int, head: int | None = None) -> int | None:
    """The line between the agenda's last entry and the first minute where the minutes begin, if one says so (never one
    dated other than the page's heading before the agenda, lines up to `head`: another meeting's minutes sent with it)."""
    heading = {day for line in lines[: min(head or 0, 40)] for _, day in find_dates(line[:400])}  # (the page's own heading, at its top)
    begins = next((i for i in range(after + 1, before) if len(lines[i]) <= 400 and _MINUTES_START.match(lines[i])), None)
    return None if begins is None or heading and {day for _, day in find_dates(lines[begins])} - heading else begins


def _bare(lines: list[str], chain: list[Heading]) -> bool:
    """An agenda's list: entries a line or two apart, none of them a paragraph."""
    return len(chain) >= 3 and all(later.index - earlier.index <= 2 for earlier, later in zip(chain, chain[1:])) \
        and all(len(lines[heading.index].strip()) <= 90 for heading in chain)


def _listed(lines: list[str], chain: list[Heading]) -> bool:
    """An agenda's list whose entries may carry a few short points of their own ("9. Correspondence" over "- Knotweed
    on Footpath 13"): no entry and no line between them is a paragraph."""
    return len(chain) >= 3 and all(len(lines[heading.index].strip()) <= 160 for heading in chain) and all(
        later.index - earlier.index <= 7 and all(len(lines[i].strip()) <= 120 for i in range(earlier.index + 1, later.index))
        for earlier, later in zip(chain, chain[1:])
    )


def minutes_after_agenda(best: list[Heading], candidates: list[Heading], lines: list[str], best_chain: Chain, fill_gaps: Gaps) -> tuple[list[Heading], list[Heading]]:
    """The run to read as the items and the agenda entries to keep before it: `best` and none, or, where `best` is an
    agenda's list and the minutes follow under numbers of their own, the minutes' run and (where a line says where the
    minutes begin) the agenda's list."""
    bare = _bare(lines, best)
    if not (bare or _listed(lines, best) and _starts_after(lines, best, candidates)) or sum(1 for heading in best if heading.minute) >= 3:
        return best, []  # (an agenda whose headings each have their minute below, `paired_minutes`, is the minutes' own)
    later = [c for c in candidates if c.index > best[-1].index + 1]
    chain, _ = best_chain(later)
    if not chain:
        return _under_the_agenda_titles(lines, best)
    begins = minutes_start(lines, best[-1].index, chain[0].index, best[0].index)
    # the agenda is kept only where a line says the minutes begin, and they run on from it or take its numbers and words up again
    # (never a list inside the last minute, "In attendance: PCSO Marsh, who reported:" over "1. Two sheds ...", nor the next
    # meeting's agenda after the minutes)
    kept = best if begins is not None and _fits(best, chain) else []
    if not (bare or kept):
        return best, []
    # (three minutes or more; two where the agenda is kept, a page cut short after its first minutes)
    if len(chain) >= 2 and len(fill_gaps(lines, chain)) >= (2 if kept else 3) and chain[0].value != best[-1].value + 1 \
            and (not _bare(lines, chain) or kept):
        return chain, fill_gaps(lines, kept)
    # (or the minutes number their items as the agenda did, a line of text under each: "3. To approve the Minutes ..." over "The Chair
    # signed the minutes ...", the agenda's own words again)
    same = sum(1 for heading in chain if heading.title.rstrip(". ") in {h.title.rstrip(". ") for h in best})
    if len(chain) >= 3 and chain[0].value == best[0].value and same * 5 >= len(best) * 3:
        return chain, fill_gaps(lines, kept)
    return best, []


def _fits(agenda: list[Heading], minutes: list[Heading]) -> bool:
    """Whether `minutes` are the agenda's minutes: on the council's running numbers after the agenda's ("60." after "15."),
    or numbered again from the agenda's first number with its words ("2). Election of Chairman" for "2. Election of Chair")."""
    if minutes[0].value > agenda[-1].value + 1:
        return True
    if minutes[0].value != agenda[0].value:
        return False
    by_value = {heading.value: _words(heading.title) for heading in agenda}
    shown = minutes[:4]
    # (a minute may stand one number off its entry: "1. Present" before "2. Apologies were received" under "1. Apologies")
    return sum(1 for heading in shown if _words(heading.title) & set().union(*(by_value.get(heading.value + step, set()) for step in (-1, 0, 1)))) * 2 >= len(shown)


def _words(title: str) -> set[str]:
    """A title's words of four letters or more, in lower case, each cut to its first five ("chairman" meets "chair")."""
    return {word[:5] for word in re.findall(r"[a-z]{4,}", title.lower())} - {"with", "from", "meeting", "held", "matters"}


def _starts_after(lines: list[str], best: list[Heading], candidates: list[Heading]) -> bool:
    """Whether a line after the list says the minutes begin, before a later numbered line."""
    following = next((c.index for c in candidates if c.index > best[-1].index + 1), None)
    return following is not None and minutes_start(lines, best[-1].index, following, best[0].index) is not None


def with_agenda_kept(lines: list[str], agenda: list[Heading], items: list[Heading]) -> list[Heading]:
    """The minutes' items, after the agenda entries no minute takes up and a heading where the minutes begin (their
    attendance, apologies and the like are its record). Minutes numbered again from the agenda's first number take up
    the entries of their numbers; minutes on numbers of their own take up none."""
    if not agenda or not items or items[0].index <= agenda[-1].index:
        return items
    begins = minutes_start(lines, agenda[-1].index, items[0].index, agenda[0].index)
    if begins is None:
        return items
    numbers = {heading.number for heading in agenda}
    # (numbered again from the agenda's first number, or under the agenda's own numbers and titles)
    taken = {heading.value for heading in items} if items[0].value == agenda[0].value or all(h.number in numbers for h in items) else set()
    # (an entry kept ends where the agenda's next entry stands, taken up by its minute or not)
    kept = [replace(heading, body_end=following.index) if following is not None else heading
            for heading, following in zip(agenda, [*agenda[1:], None]) if heading.value not in taken]
    if not kept:
        return items  # (every entry has its minute: the agenda's list is the page's furniture, the minutes its items)
    line = lines[begins].strip()
    if len(line) <= 60 and not line.endswith((".", ":")) and not re.match(r"(?i)(?:councillors\s+|members\s+)?present\b|in\s+attendance\b", line):
        start = Heading(begins, begins + 1, "", 0, tidy_title(line), "unnumbered", 1.0)  # "Meeting Minutes" over the record
    else:
        start = Heading(begins, begins, "", 0, "Opening of the minutes", "unnumbered", 1.0)  # ("Present: ...": the record itself)
    return kept + [start] + items


def _under_the_agenda_titles(lines: list[str], agenda: list[Heading]) -> tuple[list[Heading], list[Heading]]:
    """ "1. Apologies" ... "5. Date of next meeting", then "Minutes", then each title again on a line of its own over its
    minute: the agenda's items, each at its title in the minutes (where three or more, and most, of them are found there
    in the agenda's order); `agenda` and none where they are not."""
    begins = minutes_start(lines, agenda[-1].index, min(len(lines), agenda[-1].index + 12), agenda[0].index)
    if begins is None:
        return agenda, []
    titles = {title_key(heading.title) for heading in agenda}
    where: dict[str, list[int]] = {}  # each title's lines in the minutes, in order (one pass over the lines, however long)
    for index in range(begins + 1, len(lines)):
        if len(lines[index]) <= 200 and (plain := title_key(lines[index])) in titles:
            where.setdefault(plain, []).append(index)
    found: list[Heading] = []
    at = begins
    for heading in agenda:
        line = next((i for i in where.get(title_key(heading.title), []) if i > at), None)
        if line is not None:
            found.append(Heading(line, line + 1, heading.number, heading.value, heading.title, heading.style, heading.strength))
            at = line
    if len(found) < 3 or len(found) * 3 < len(agenda) * 2:
        return agenda, []
    return found, agenda
