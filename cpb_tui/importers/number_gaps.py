"""Items a run of numbers skips: a minute written as a sentence between two titled ones ("1203
Minutes of the meeting ... were approved"), the minutes of a year before the first with a title
("20/035 The members took the contractor round ..."), numbered sentences after the run's last item, and runs printed
two ways ("159" alone over its title, then "162 Minute 114/10 - Land Registry ...") joined into one; and a word
processor's list that started again at "1." (`restarted_ones`)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from cpb_tui.importers.number_values import ROMANS, printed_alike
from cpb_tui.importers.printed_after import before_the_run
from cpb_tui.importers.titles import Heading, only_people, tidy_title


# what a number before a noun counts: "450 Residents had signed ...", "120 people attended ..."
_COUNT = re.compile(r"(?i:residents|people|persons|members|parishioners|signatures|households|homes|houses|dwellings|cars|vehicles|responses|replies|letters|objections|children|pupils|visitors|tenants|families|plots|trees|bags|volunteers|businesses)\b")


def _printed_alone_between(lines: list[str], heading: Heading, after: Heading | None, out: list[Heading]) -> bool:
    """Whether the one number a run of references skips is printed alone on its line with its title below ("02/25/02" between
    "02/25/01" and "02/25/03": the same letters and figures before it, the last figures one more); found, it is added to `out`."""
    if after is None or after.value - heading.value != 2:
        return False
    # (or a running number of three figures: "302 Declarations", "303" over "Mayor's Report: Circulated at the meeting", "304")
    own, next_one = re.fullmatch(r"(.*?\D|(?=\d{3}$))(\d{1,3})", heading.number), re.fullmatch(r"(.*?\D|(?=\d{3}$))(\d{1,3})", after.number)
    if own is None or next_one is None or own.group(1) != next_one.group(1) or len(own.group(2)) != len(next_one.group(2)):
        return False
    wanted = own.group(1) + str(int(own.group(2)) + 1).zfill(len(own.group(2)))
    for index in range(heading.index + 1, after.index):
        if lines[index].strip().rstrip(".:") != wanted:
            continue
        below = next((i for i in range(index + 1, min(after.index, index + 3)) if lines[i].strip()), None)
        title = lines[below].strip() if below is not None else ""
        title = re.sub(r"^([A-Z][\w'\u2019 &/-]{2,60}):\s+\S.*$", r"\1", title)  # (a label over its minute: the label)
        wrapped = below is not None and below + 1 < len(lines) and re.match(r"^\s*[a-z]", lines[below + 1])  # (no line below: no title)
        if not title or len(title) > 120 or title.endswith(".") or not title[0].isupper() or wrapped \
                or re.search(r"\b(?:was|were|is|are|had|has|have|will|would)\b", title):
            return False  # (a sentence, "The Minutes of ... were approved with no" over "amendments.", is the minute's text)
        out.append(Heading(index, below + 1, wanted, heading.value + 1, tidy_title(title), heading.style, heading.strength))
        return True
    return False


def _fill_gaps(lines: list[str], chain: list[Heading]) -> list[Heading]:
    """A run that skips a few numbers ("1202", "1204"; "2.3.22", "5.3.22"; up to four, or five
    between numbers that carry their year, "23/23" ... "27/23") takes the lines
    that carry them, even when such a minute is a whole sentence ("1203 Minutes of the meeting
    ... were approved ..."); so does a run whose first number is written as a sentence ("1. |
    All Councillors present signed ..." before "2. Election of Chairman")."""
    out: list[Heading] = _before_first(lines, chain)
    first = chain[0] if chain else None
    # "20/035" and "23.001": a year, then the minute
    slashed = re.fullmatch(r"(\d{1,4})/(\d{2,4})|(\d{2})\.(\d{3})", first.number) if chain else None
    if slashed and first.value != int(slashed.group(2) or slashed.group(4)):
        slashed = None  # "84/23": the serial first, the year after
    if slashed:
        # "20/035 The members took the contractor round ..." before "20/038 Councillors' issues": minutes
        # of the year written as sentences, before the first that has a title
        earlier = []
        for value in range(first.value - 1, max(0, first.value - 10), -1):
            heading = _slashed_sentence(lines, slashed, value, range(first.index - 1, -1, -1), first.style)
            if heading is None:
                break
            earlier.insert(0, heading)
        out.extend(earlier)
    for position, heading in enumerate(chain):
        out.append(heading)
        # (the next item, past this one's own points: "3", "3.1", then "5" skips "4")
        # a minute skipped after those points is looked for after the last of them, and printed as its neighbours are
        # ("3." between "2.2" and "4.", never "3 Quotes had been received ..." inside point 2.2); the points are those
        # that follow it straight on, so a long run is read in one pass, not once for every number
        after, points = None, []
        for later in chain[position + 1:]:
            if not later.number.startswith(f"{heading.number}."):
                after = later
                break
            points.append(later)
        begin = points[-1].body_start if points else heading.body_start
        if _printed_alone_between(lines, heading, after, out):  # "02/25/01 – Welcome", "02/25/02" alone over "Patient Story", "02/25/03 ..."
            continue
        dotted = after is not None and all(re.match(r"^\s*\d{1,4}\.(?!\d)", lines[h.index]) for h in (heading, after))
        year = re.fullmatch(r"(\d{1,4})/(\d{2,4})|(\d{2})\.(\d{3})", heading.number) if slashed else None
        if year and (after is None or 2 <= after.value - heading.value <= 3):
            # "08/117 ..." then "08/118 The minutes of the previous meeting were agreed ...": the minutes
            # of the year written as sentences, between the titled ones or after the last
            stop = after.index if after else len(lines)
            for value in range(heading.value + 1, (after.value if after else heading.value + 4)):
                found = _slashed_sentence(lines, year, value, range(heading.body_start, stop), heading.style)
                if found is None:
                    break
                out.append(found)
            continue
        # "84/23" then "86/23": the minute serial first, the year after ("85/23 Public Observations ... : There were none"; the next may be a point, "86/23.1")
        serial = re.fullmatch(r"(\d{1,4})(/\d{2})", heading.number) if after is not None and re.sub(r"(/\d{2})\.\d{1,2}$", r"\1", after.number).endswith(heading.number[-3:]) else None
        # ("1.0 Apologies", "3.0 To resolve to fund ...": minutes numbered with a nought after the stop)
        shape = serial or re.fullmatch(r"(\d{1,4})((?:\.\d{1,2}\.\d{2}|\.0)?)", heading.number)
        if after is None and shape and shape.group(2) == ".0" and not serial and len(out) >= 2:
            out.extend(_trailing_sentences(lines, heading, begin, ".0"))  # "4.0 To approve the cheques ...", "5.0 ..."
            continue
        if after is None and shape and not shape.group(2) and not serial and len(out) >= 3:
            # "3. There were no declarations." then "4. It was proposed by Cllr Green that ...": the
            # run goes on in minutes written as sentences, each "N." opening its line
            out.extend(_trailing_sentences(lines, heading, begin))
            continue
        decimal = re.fullmatch(r"(\d{1,3})\.\d{1,2}", heading.number) if after is not None and not shape else None
        following = re.fullmatch(r"(\d{1,3})\.1", after.number) if decimal else None
        if decimal and following and 2 <= int(following.group(1)) - int(decimal.group(1)) <= 5 and all("." in h.number for h in chain):
            # "2.3 Lights ..." then "6.1 Footpath signs ...": minutes numbered by their paragraphs alone, those between written
            # as sentences ("3.1 Apologies for absence were received ...", "4.1 There were no declarations ...")
            filled = _missing_lines(lines, range(int(decimal.group(1)) + 1, int(following.group(1))), ".1", begin, after.index, heading.style)
            # (each opening its paragraph: "... look again at" over "3.1 Housing Mix and ..." quotes a plan's policy)
            out.extend(h for h in filled if not lines[h.index - 1].strip() or lines[h.index - 1].rstrip().endswith((".", "!", "?", ":")))
            continue
        if after is not None and not shape:
            out.extend(_prefixed_gap(lines, heading, after, begin))  # "T11/12.26" then "T11/12.28": "T11/12.27 RESOLVED: ..."
            continue
        if after is None or not shape or not 2 <= after.value - heading.value <= (6 if serial else 5):
            continue  # (a serial with its year, "23/23" then "27/23", is plain enough to look for a longer gap)
        missing = range(heading.value + 1, after.value)
        # ("012/22" then "014/22": the serial printed with its noughts, "013/22 Notes of the meeting ... to be confirmed")
        width = len(shape.group(1)) if serial and shape.group(1).startswith("0") else 0
        out.extend(_missing_lines(lines, missing, shape.group(2), begin, after.index, heading.style, dotted, width))
    return sorted(out, key=lambda found: found.index)


def _before_first(lines: list[str], chain: list[Heading]) -> list[Heading]:
    """The minutes a run's first titled item follows, written as sentences: "1." (or "1.0") before "2.", all of "1."
    to "5." before "6.", or the running minute just before the first ("2829 Apologies were received ...")."""
    out: list[Heading] = []
    first = chain[0] if chain else None
    if len(chain) >= 2 and re.fullmatch(r"\d{1,2}(?:\.0)?", first.number) and first.value in (2, 3):
        out.extend(_missing_lines(lines, range(1, first.value), first.number[-2:] if first.number.endswith(".0") else "", 0, first.index, first.style))
    elif len(chain) >= 3 and re.fullmatch(r"\d{1,2}", first.number) and 4 <= first.value <= 12:
        # "1. The minutes of the meeting ... were signed" to "5. There was considerable debate ..." before "7. Bonfires":
        # minutes written as sentences before the first with a title, taken only when every one of them is there
        before = _missing_lines(lines, range(1, first.value), "", 0, first.index, first.style)
        out.extend(before if len(before) == first.value - 1 else [])
    elif len(chain) >= 2 and re.fullmatch(r"\d{3,4}", first.number) and chain[1].value == first.value + 1:
        # "2829 Apologies for absence were received from ..." before "2830 Personal Matters", "046 Mr Hale spoke ..." and "047
        # The Minutes having been circulated ..." before "048 Matters arising": running minute numbers written as sentences
        # just before the first with a title (each the nearest such line above the next, printed as it is, noughts and all;
        # never a count: "450 Residents had signed the petition ...")
        width = len(first.number) if first.number.startswith("0") else 0
        stop, earlier = first.index, []
        for before in range(first.value - 1, max(0, first.value - 6), -1):
            line_of = re.compile(rf"^\s*{str(before).zfill(width)}(?:\.\s*|\s+)(?P<text>[A-Z].{{8,}})$")
            at = next((index for index in range(stop - 1, max(-1, stop - 31), -1)
                       if (found := line_of.match(lines[index])) and not _COUNT.match(found.group("text"))), None)
            heading = _sentence_heading(lines, at, str(before).zfill(width), before, first.style) if at is not None else None
            if heading is None:
                break
            above = next((index for index in range(at - 1, max(-1, at - 4), -1) if lines[index].strip()), None)
            if above is not None and above >= stop - 31 and _heading_over(lines[above]):
                # "Public Speaking" over "046 Mr Hale spoke ...": the minute's heading, unnumbered, is its title
                heading = replace(heading, index=above, title=tidy_title(lines[above].strip()))
            earlier.insert(0, heading)
            stop = heading.index
        out.extend(earlier)
    # ("Apologies: 312/2040 Cllrs ..." and "... were confirmed and signed. 313/2040" before "314/2040 The Clerk ...")
    return out or before_the_run(lines, chain) or _shaped_before(lines, chain) or _year_minutes_before(lines, chain)


def _year_minutes_before(lines: list[str], chain: list[Heading]) -> list[Heading]:
    """ "01/36 Minutes of the meeting held on 14th November were approved ..." before "02/36 Clerk's Report": the year's first
    minutes written as sentences before the first with a title, each a line opening with its number and the run's year,
    counting up to it, within thirty lines above (only where the run's first is its second or third minute)."""
    first = chain[0] if len(chain) >= 2 else None
    shaped = re.fullmatch(r"(0?)(\d{1,2})/(\d{2,4})", first.number) if first else None
    if shaped is None or not 2 <= int(shaped.group(2)) <= 3 or not all(h.number.endswith("/" + shaped.group(3)) for h in chain[:3]):
        return []
    found: list[Heading] = []
    stop = first.index
    for value in range(int(shaped.group(2)) - 1, 0, -1):
        number = f"{shaped.group(1)}{value}/{shaped.group(3)}" if shaped.group(1) or len(shaped.group(2)) == 2 else f"{value}/{shaped.group(3)}"
        line_of = re.compile(rf"^\s*{re.escape(number)}\.?\s+(?P<text>[A-Z].{{8,}})$")
        at = next((index for index in range(stop - 1, max(-1, stop - 31), -1) if line_of.match(lines[index])), None)
        heading = _sentence_heading(lines, at, number, value, first.style) if at is not None else None
        if heading is None:
            break
        found.insert(0, heading)
        stop = heading.index
    return found if len(found) == int(shaped.group(2)) - 1 else []


def _shaped_before(lines: list[str], chain: list[Heading]) -> list[Heading]:
    """Minutes printed as the run's own are, written as sentences, just before its first titled one ("26a/19 Cllr Robinson
    was elected Chairman ...", "26b/19 ...", then "27a/19 Apologies"): a lettered minute and its year, each line opening with
    a number of the first's shape (its figures, a letter, the same year), counting up to it, within thirty lines above."""
    first = chain[0] if len(chain) >= 2 else None
    shaped = re.fullmatch(r"(\d{1,3})([a-z])/(\d{2,4})", first.number) if first else None
    if shaped is None:
        return []
    line_of = re.compile(rf"^\s*(?P<number>(?P<value>\d{{1,3}})(?P<letter>[a-z])/{shaped.group(3)})\.?\s+(?P<text>[A-Z].{{8,}})$")
    found: list[Heading] = []
    last = (int(shaped.group(1)), shaped.group(2))
    for index in range(first.index - 1, max(-1, first.index - 31), -1):
        match = line_of.match(lines[index])
        if match is None:
            continue
        key = (int(match.group("value")), match.group("letter"))
        if not key < last or last[0] - key[0] > 1 or (heading := _sentence_heading(lines, index, match.group("number"), key[0], first.style)) is None:
            break
        found.insert(0, heading)
        last = key
    return found


def _heading_over(line: str) -> bool:
    """Whether a line over a numbered minute is its heading: short, no stop, no number of its own."""
    text = line.strip()
    return 0 < len(text.split()) <= 10 and not text.endswith((".", ",", ";", ":", "and")) and text[:1].isupper() and not re.match(r"\d", text) \
        and "\u2022" not in text and ":" not in text and not only_people(text) \
        and not re.search(r"\b(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr|Clerk|Chair(?:man|person)?|Mayor)\b|\([^)]*\)\s*$", text)


def _prefixed_gap(lines: list[str], heading: Heading, after: Heading, start: int) -> list[Heading]:
    """The minutes a run skips between two references that differ only in their last number ("T11/12.26",
    "T11/12.28"; up to three skipped), each a line opening with its reference and a sentence."""
    first, last = re.fullmatch(r"(.*\D)(\d{1,4})", heading.number), re.fullmatch(r"(.*\D)(\d{1,4})", after.number)
    if not (first and last and first.group(1) == last.group(1) and len(first.group(1)) >= 2):
        return []
    low, high = int(first.group(2)), int(last.group(2))
    # (the last number the one that runs; or points of one minute, "7.2 Apologies" then "7.5 District Matters", with
    # "7.3. Notification of interests: Cllr Daniels ..." and "7.4. The Minutes ... were agreed ..." between)
    points = re.fullmatch(r"\d{1,3}\.", first.group(1)) is not None and heading.value == after.value
    if not (2 <= high - low <= 4 and ((low, high) == (heading.value, after.value) or points)):
        return []
    found: list[Heading] = []
    for minor in range(low + 1, high):
        number = f"{first.group(1)}{str(minor).zfill(len(first.group(2)))}"
        at = next((i for i in range(start, after.index) if re.match(rf"^\s*{re.escape(number)}\.?\s+[A-Z]", lines[i])), None)
        sentence = _sentence_heading(lines, at, number, heading.value if points else minor, heading.style) if at is not None else None
        found.extend([sentence] if sentence else [])
    return found


def _trailing_sentences(lines: list[str], last: Heading, start: int, suffix: str = "") -> list[Heading]:
    """Lines "N." (or "N.0") from `start` (after the run's last item and its points) that carry the next numbers in
    order, as sentence items (the stop may touch the sentence: "5.Questions by Members of which notice ...")."""
    found: list[Heading] = []
    value = last.value + 1
    # ("173 Update on the works." then "174 A donation of \u00a3115 was authorised ...": a run printed with no stop goes on so)
    bare = not suffix and last.value >= 10 and re.match(rf"^\s*{last.number}\s+[A-Z]", lines[last.index]) is not None
    close = ")" if re.match(rf"^\s*{re.escape(last.number)}\)", lines[last.index]) else "."  # ("13) Payments approved" after "12) Allotments")
    for index in range(start, len(lines)):
        if re.match(rf"^\s*{value}{re.escape(suffix)}\.?\s+[A-Z]" if suffix else rf"^\s*{value}{re.escape(close)}\s*[A-Z]", lines[index]) \
                or bare and re.match(rf"^\s*{value}\s+[A-Z]", lines[index]) and not _COUNT.match(lines[index].split(None, 1)[1]):
            heading = _sentence_heading(lines, index, f"{value}{suffix}", value, last.style)
            if heading is None:
                break
            found.append(heading)
            value += 1
    return found


def _slashed_sentence(lines: list[str], year: re.Match[str], value: int, where: range, style: str) -> Heading | None:
    """The line in `where` that opens with minute `value` of the year `year` ("20/036 The Clerk ...") as an item."""
    dotted = year.group(1) is None  # "23.001.It was resolved ...": the year, a stop, the minute, the text run on
    minute = year.group(4) if dotted else year.group(2)
    number = f"{year.group(3)}.{str(value).zfill(len(minute))}" if dotted else f"{year.group(1)}/{str(value).zfill(len(minute))}"
    after = r"\.?\s*[A-Z]" if dotted else r"\s+[A-Z]"
    at = next((i for i in where if re.match(rf"^\s*{re.escape(number)}{after}", lines[i])), None)
    return None if at is None else _sentence_heading(lines, at, number, value, style)


def _missing_lines(lines: list[str], values: range, suffix: str, start: int, stop: int, style: str, dotted: bool = False, width: int = 0) -> list[Heading]:
    """The lines between `start` and `stop` that carry the numbers `values` (each with `suffix`, and a stop after it
    where `dotted`; padded with noughts to `width`), in order."""
    found_headings: list[Heading] = []
    cursor = start
    # (among dotted neighbours, a bare number only before a heading in capitals: "2 MINUTES OF THE MEETING HELD ... were read")
    # (a slash for the stop, "1/ Members present, Cllr ..." before "2/ Public questions")
    separator = r"(?:\.\s*|\s+(?=[A-Z][A-Z'\u2019]+\s+[A-Z]{2,}\b))" if dotted else r"(?:\.\s*|/\s+|\s+)"
    for value in values:
        missing = f"{str(value).zfill(width)}{suffix}"
        for index in range(cursor, stop):
            found = re.match(rf"^\s*[\[(]?{re.escape(missing)}[\])]?{separator}(?P<text>[A-Z].{{8,}})$", lines[index])  # "2.Minutes of ..." too
            heading = _sentence_heading(lines, index, missing, value, style) if found else None
            alone = re.fullmatch(rf"\s*{re.escape(missing)}\.?\s*", lines[index]) if not found else None
            if alone and index + 1 < stop and re.match(r"^\s*[A-Z].{8,}$", lines[index + 1]):
                # "161" alone on its line, the minute's sentence below it: "The Minutes of ... were approved ..."
                below = lines[index + 1].strip()
                heading = Heading(index, index + 2, missing, value, _sentence_title(below), style, 0.5, below)
            if heading is not None:
                found_headings.append(heading)
                cursor = index + 1
                break
    return found_headings


def _sentence_heading(lines: list[str], index: int, number: str, value: int, style: str) -> Heading | None:
    """An item whose numbered line is a sentence: titled by its words up to the first verb or full stop."""
    found = re.match(r"^\s*[\[(]?[\w./]{1,12}?[\])]?\.?\s*(?<=[\s.\])])(?P<text>[A-Z].{8,})$", lines[index])  # "23.001.It was ..." too
    if found is None:
        return None
    return Heading(index, index + 1, number, value, _sentence_title(found.group("text").strip()), style, 0.5, found.group("text").strip())


def _sentence_title(text: str) -> str:
    """A minute's sentence titled by its words up to the first verb or full stop."""
    short = re.match(r"^(?P<title>.{3,80}?)(?:\s+(?:was|were|had|has|is|are)\s|\.\s)", text)
    sentence = re.split(r"(?<=[a-z0-9)])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bCllr)(?<!\bNo)\.\s", text)[0]  # (never "Mr. Hale spoke ..." cut to "Mr")
    title = short.group("title") if short and len(short.group("title").split()) > 2 else " ".join(sentence.split()[:12])
    title = re.sub(r"(?:\s+(?:in|the|of|to|a|an|and|for|on|at|by|with|they|may|have))+$", "", title)  # not "... they may have in the"
    return tidy_title(title)


def adjoining_runs(best: list[Heading], candidates: list[Heading], best_chain: Callable[[list[Heading]], tuple[list[Heading], float]], lines: list[str]) -> list[Heading]:
    """The best run with the items just before its first or just after its last that are printed another way ("159"
    and "160" alone on their lines, then "162 Minute 114/10 - Land Registry ..." with their titles on the line)."""
    if len(best) < 2:
        return best
    first, last = best[0], best[-1]
    earlier = [c for c in candidates if c.index < first.index and c.style != first.style and c.value < first.value]
    chain, _ = best_chain(earlier) if earlier else ([], 0.0)
    if len(chain) >= 2 and first.value - 3 <= chain[-1].value < first.value and (all(c.strength >= 2.0 for c in chain) or _run_on_to(chain, first, lines)):
        best = chain + best
    later = [c for c in candidates if c.index > last.index and c.style != last.style and c.value > last.value]
    chain, _ = best_chain(later) if later else ([], 0.0)
    if len(chain) >= 2 and last.value < chain[0].value <= last.value + 3 and all(c.strength >= 2.0 for c in best):
        best = best + chain
    return best


def _run_on_to(chain: list[Heading], first: Heading, lines: list[str]) -> bool:
    """ "39) Apologies" and "40) Declarations" with their titles on the line, then "41)" alone in a table's cell: plain
    numbers closed by the same mark, each one more than the last, ending just before the run's first, the first of them
    the meeting's opening business."""
    def mark(heading: Heading) -> str | None:
        found = re.match(r"\s*\d{1,3}([.)])", lines[heading.index])
        return found.group(1) if found and re.fullmatch(r"\d{1,3}", heading.number) else None
    # (a meeting's opening business first, "Apologies", "Declarations": never a list of house rules, "8) Phones off")
    return mark(first) is not None and all(mark(c) == mark(first) for c in chain) and bool(_OPENING_BUSINESS.match(chain[0].title)) \
        and all(after.value == before.value + 1 for before, after in zip(chain, chain[1:] + [first]))


_OPENING_BUSINESS = re.compile(r"(?i)(?:to\s+(?:receive|note|accept)\s+)?(?:apologies|declarations?|welcome|present|attendance|minutes|chair(?:man)?'?s?\b|public)")


def restarted_ones(lines: list[str], best: list[Heading], candidates: list[Heading]) -> list[Heading]:
    """ "1. Apologies", "1. Declarations", "2. Minutes", "3. Correspondence", "1. Footpaths": a word processor's list that
    started again at one; each lone "1." printed and set in like the run's items is an item too (never one that opens a
    list of its own, "1." then "2.": an agenda's minutes, or a clause list)."""
    if lists := _short_lists(lines, best, candidates):
        return lists
    if len(best) < 3 or best[0].value != 1 or not all(re.fullmatch(r"\d{1,2}", heading.number) for heading in best):
        return best  # (only plain numbers: "1/19", "2/19" run on a year, never a word processor's list)
    indent = len(lines[best[0].index]) - len(lines[best[0].index].lstrip())
    chained = {heading.index for heading in best}
    ordered = sorted((c for c in candidates if c.style == best[0].style), key=lambda c: c.index)
    extra = []
    for at, candidate in enumerate(ordered):
        later = ordered[at + 1] if at + 1 < len(ordered) else None  # (the next of its print, in one pass: never a rescan)
        if candidate.value != 1 or candidate.index in chained or candidate.index < best[0].index - 40 \
                or len(lines[candidate.index]) - len(lines[candidate.index].lstrip()) != indent or len(candidate.title.split()) > 14 \
                or not printed_alike(candidate.number, best[0].number) or later is not None and later.value == 2 and later.index not in chained \
                or only_people(candidate.title) or len(lines[candidate.index].strip()) <= len(candidate.number) + 2 \
                or re.search(r":-?\s*$|^\s*\d{1,2}[.)]\s", next((lines[i] for i in range(candidate.index - 1, max(-1, candidate.index - 40), -1) if lines[i].strip()), "")):
            continue  # (nor a name, a table's "1" cell alone on its line, a list its lead-in's colon opens, "... as shown:-", or its next point)
        extra.append(candidate)
        if len(extra) > len(best):
            return best
    if not extra or len(extra) > len(best):
        return best
    # (numbered in turn, as the list meant them: the store keeps items in their numbers' order)
    return [replace(heading, number=str(position), value=position) for position, heading in enumerate(sorted(best + extra, key=lambda h: h.index), start=1)]


# "I. Police: Nothing was reported.", "II. Finance" over its text: a report's points under its item
_ROMAN_POINT = re.compile(r"^\s*(?P<roman>[IVX]{1,4}|[ivx]{1,4})[.)]\s+(?P<title>[A-Z][\w'\u2019&/ -]{1,50}?)(?::\s+(?P<rest>\S.*)|\s*)$")


def roman_points(lines: list[str], heading: Heading, stop: int) -> list[Heading]:
    """ "6. Reports:" over "I. Police: ...", "II. Finance: ...", "III. Village Hall: ...": points numbered in roman
    figures under an item, each a short title (its text run on after a colon, or on the lines below), as sub-items 6(i),
    6(ii) ...; never a list whose points are sentences, nor one that skips a figure."""
    if not lines[heading.index].rstrip().endswith(":"):
        return []  # (only under an item that introduces them: "6. Reports:", never an appendix after the last item)
    subs: list[Heading] = []
    for index in range(heading.body_start, stop):
        match = _ROMAN_POINT.match(lines[index])
        if not match:
            if not subs and lines[index].strip():
                return []  # (the first point stands straight under its item)
            continue
        if ROMANS.get(match.group("roman").upper()) != len(subs) + 1:
            return subs if len(subs) >= 2 else []
        title, rest = match.group("title").strip(), match.group("rest")
        following = next((l.strip() for l in lines[index + 1 : index + 3] if l.strip()), "")
        if len(title.split()) > 6 or rest is None and (not following or _ROMAN_POINT.match(following)):
            return []  # a list of words or of sentences, not points with their own text
        number = f"{heading.number}({match.group('roman').lower()})"
        subs.append(Heading(index, index + 1, number, heading.value, tidy_title(title), heading.style, 0.5, rest))
    return subs if len(subs) >= 2 else []


def _short_lists(lines: list[str], best: list[Heading], candidates: list[Heading]) -> list[Heading]:
    """ "New panels" over "1. Buying", "2. Litter"; "Follow ups" over "1. Equal access"; "Working groups" over "1. Staff
    wellbeing" to "4. Parks": three or more short lists, each starting again at one under a line of its own and counting
    on by one, none set in deeper than the first (a list under an item's line is its points), and every plain number on the page among them: each entry is an item with its printed number
    (the run cpb would chain, "1.", "2.", then the last list's "3.", "4.", keeps only some of them)."""
    if not best or not re.fullmatch(r"\d{1,2}", best[0].number):
        return []
    entries = sorted((c for c in candidates if c.style == best[0].style and re.fullmatch(r"\d{1,2}", c.number)), key=lambda c: c.index)
    if len(entries) > 30 or len(entries) < 4 or any(c.rest is not None and len(c.rest.split()) > 40 for c in entries):
        return []
    runs: list[list[Heading]] = []
    for entry in entries:
        between = [line for line in lines[runs[-1][-1].index + 1 : entry.index] if line.strip()] if runs else ["-"]
        if entry.value == 1 and between:
            runs.append([entry])  # (a list starts again under a line of its own: its heading, or a sentence leading into it)
        elif runs and entry.value == runs[-1][-1].value + 1 and not between:
            runs[-1].append(entry)
        else:
            return []
    indent = [len(lines[run[0].index]) - len(lines[run[0].index].lstrip()) for run in runs]
    if len(runs) < 3 or any(len(run) > 6 for run in runs) or max(indent) > indent[0] or len(best) >= len(entries):
        return []
    return [replace(entry, strength=max(entry.strength, 1.0)) for entry in entries]
