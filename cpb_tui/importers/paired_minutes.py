"""An agenda's numbered heading over a minute numbered in a series of its own.

Many parish clerks print each agenda heading as it was issued, then the minute under it with the
council's running minute number:

    3. Minutes of the Last Meeting
    614. The record of the March meeting was approved ...

Both are numbered runs, and whichever the plain count picks, half the page is lost: the agenda's
numbers make the items (they are what the agenda, the action log and the next meeting cite), and
each keeps its minute's number as its minute reference. A minute with no heading over it (a second
minute under one heading) stays in the item above it.
"""

from __future__ import annotations

import re

from cpb_tui.importers.titles import Heading, _title_and_rest


def agenda_over_minutes(lines: list[str], best: list[Heading], candidates: list[Heading]) -> list[Heading]:
    """`best`, or the agenda headings of three or more heading-and-minute pairs (with their minute numbers),
    where `best` is one of the two runs the pairs make."""
    pairs: list[tuple[Heading, str, int, int]] = []  # (heading, minute number, its value, its line)
    for heading in candidates:
        below = next((i for i in range(heading.index + 1, min(len(lines), heading.index + 4)) if lines[i].strip()), None)
        minute = _MINUTE_LINE.match(lines[below]) if below is not None and _heading_line(lines[heading.index]) else None
        if minute is None:
            continue
        value = int(minute.group("value"))
        if value < heading.value + 3:
            continue  # ("2. Highways" over "3. The clerk reported ...": one run; "73. Apologies" over "1) Received ...": its points)
        if pairs and (_order(heading) <= _order(pairs[-1][0]) or value <= pairs[-1][2]):
            continue  # ("3.1" after "3", "3.2" after "3.1": the agenda's points run on too)
        pairs.append((heading, minute.group("number"), value, below))
    if len(pairs) < 3 or any(later[0].value - earlier[0].value > 2 for earlier, later in zip(pairs, pairs[1:])):
        return best
    headings, minutes = {h.index for h, *_ in pairs}, {at for *_, at in pairs}
    # (or most of the agenda's headings paired, its section headings, "3. Parish matters" over "3.1", with no minute of their own)
    # (their minutes one after another, never a payments list's vouchers under "3. Payments", "4. Receipts")
    sections = bool(best) and sum(h.index in headings for h in best) * 2 >= len(best) and not any(h.index in minutes for h in best) \
        and all(later[2] - earlier[2] == 1 for earlier, later in zip(pairs, pairs[1:]))
    if not best or not ({h.index for h in best} <= headings or sum(h.index in minutes for h in best) * 2 > len(best) or sections):
        return best
    out = []
    for heading, number, _, at in pairs:
        text = lines[at].strip()[_MINUTE_LINE.match(lines[at].strip()).end("number"):].lstrip(".):").strip()
        out.append(Heading(heading.index, at + 1, heading.number, heading.value, heading.title, heading.style,
                           max(heading.strength, 2.0), "\n".join(minute_record(text)) if text else None, minute=number))
    if sections and not {h.index for h in best} <= headings:
        out = sorted(out + [h for h in best if h.index not in headings], key=lambda h: h.index)
    return out


def _order(heading: Heading) -> tuple[int, ...]:
    """Where an agenda heading stands: "3" before "3.1" before "3.2" before "4"."""
    return tuple(int(part) for part in re.findall(r"\d+", heading.number)[:2]) or (heading.value,)


def further_minute(line: str) -> list[str]:
    """ "852. Salt bags – Cllr Ng to collect": a further minute under an agenda heading, a paragraph of its own, read as its record."""
    number = _MINUTE_LINE.match(line)
    if number is None:
        return [line]
    subject, *rest = minute_record(line[number.end():].strip())
    return ["", number.group(0).strip() + " " + subject, *rest]


def minute_record(text: str) -> list[str]:
    """A minute's line as its record: its subject and what was said or decided of it on lines apart ("Annual return –
    approved and signed." is "Annual return" over "Approved and signed."), as the line read as an item would be."""
    dashed = re.match(r"^(?P<subject>[^\u2013\u2014]{3,120}?)\s+[\u2013\u2014-]\s+(?P<rest>" + _OUTCOME + r".*)$", text)
    if dashed and not re.match(r"(?i)minutes\b", text) and len(dashed.group("rest").split()) >= 3:  # (a bare "– approved." stays the line's outcome)
        return [dashed.group("subject"), dashed.group("rest")[0].upper() + dashed.group("rest")[1:]]
    subject, rest = _title_and_rest(text)
    between = text[len(subject):len(text) - len(rest)] if rest and text.startswith(subject) and text.lower().endswith(rest.lower()) else ""
    # (only where a stop or colon parts them, or a dash before an outcome: never "Cllr T" from "Cllr T. Oldham sent apologies",
    # nor a task after its topic, "Flooding at the culvert – Clerk to chase", nor the minutes approved, "Minutes of 16 May –
    # approved", which are read whole)
    parted = re.fullmatch(r"\s*[.:]\s*", between) or re.fullmatch(r"\s*[\u2013\u2014-]\s*", between) and re.match(_OUTCOME, rest)
    if not rest or not parted or re.search(r"\b[A-Z]$", subject) or re.match(r"(?i)minutes\b", subject):
        return [text]
    return [subject + ("." if "." in between else ""), rest[0].upper() + rest[1:]]


_OUTCOME = r"(?i:(?:the\s+)?(?:council|committee|members|meeting)\s+)?(?i:approved|agreed|accepted|adopted|confirmed|noted|received|resolved|deferred|carried)\b"
# "523. The minutes were approved ...", "21/134 Clerk to write ...": a minute's own number opening its record
_MINUTE_LINE = re.compile(r"^\s*(?P<number>(?:\d{1,4}/)?(?P<value>\d{1,4})(?:/\d{2,4})?)[.):]?\s+(?=\S)")


def _heading_line(line: str) -> bool:
    """ "1.  Apologies and the reasons for them": a title, never a sentence of the record."""
    text = line.strip()
    # (an agenda's own sentence may end in a stop: "1. Apologies for absence: to receive apologies where reasons are given.")
    agenda = re.match(r"^\S+\s+(?:To\s+[a-z]|[A-Z][^:.]{2,60}:\s+(?i:to)\s+[a-z])", text) and len(text) <= 160
    return (len(text) <= 100 or bool(agenda)) and not (re.search(r"[.;]$", text) and not agenda) and not re.search(r"\b(?:was|were|had|has|is|are)\b", text)
