"""Runs of numbered items the plain count misses: minutes numbered "1.", "3.", "4." where most
numbered lines are whole sentences, reports numbered apart under the item that lists them, and
numbers of three parts whose running part depends on the others ("01/21/F&R", "03/17/01").

A parish clerk often writes each minute as a sentence after its number ("4. The minutes of
the meeting on 2nd June were accepted as a true record."), and only one or two lines read like
titles ("1. APOLOGIES."). The title-like lines alone make too short a run to be the items; the
sentence lines that carry the numbers between and after them, in order, complete it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from cpb_tui.importers.agenda_then_minutes import minutes_start

# "4. The minutes ...", "3. Declarations of interest; none." : a number, a full stop, a capital
_SENTENCE_LINE = re.compile(r"^\s*(?:(?:[01]?\d|2[0-3]):[0-5]\d\s+)?(?P<value>\d{1,2})[.)]\s+(?=[A-Z])")  # (after a recording's clock: "09:49 1. ...")
# A decision's clauses and an agenda's purposes are never items: "1. That the ...", "2. To note ..."
_THAT_OR_TO_LINE = re.compile(r"^\s*\d{1,2}[.)]\s+(?:That|To)\b")
# ... and a list after a lead-in ("AGREED that:", "The Board resolved -") is a decision's clauses
_LEAD_IN = re.compile(r"(?::-?|[-\u2013\u2014]|\b(?:RESOLVED|AGREED|that))\s*$", re.IGNORECASE)


def with_sentence_run(lines: list[str], chain: list, sentence_heading) -> list:
    """`chain` (one or two plain "N." items) with the sentence lines that continue its numbers.

    The run starts at 1 or 2, goes down the page taking the next number in order (or the one
    after it, when the next is printed nowhere below: a minute taken out of the record), and
    must pass through every item of `chain`; it is taken only when it holds three items or more.
    `sentence_heading(lines, index, number, value, style)` makes an item of a sentence line.
    """
    if not 1 <= len(chain) <= 2 or any(not re.fullmatch(r"\d{1,2}", item.number) or item.style != "inline" for item in chain):
        return chain
    numbered = [(index, int(found.group("value"))) for index, found in
                ((index, _SENTENCE_LINE.match(line)) for index, line in enumerate(lines)) if found]
    numbered = [(index, value) for index, value in numbered if not _THAT_OR_TO_LINE.match(lines[index])]
    start = next((position for position, (index, value) in enumerate(numbered) if value in (1, 2) and index <= chain[0].index), None)
    if start is None:
        return chain
    last_printed = {value: index for index, value in numbered}  # the last line each number opens
    before = next((line for line in reversed(lines[: numbered[start][0]]) if line.strip()), "")
    if _LEAD_IN.search(before):
        return chain
    run = [numbered[start]]
    for index, value in numbered[start + 1:]:
        last_index, last_value = run[-1]
        skipped = last_printed.get(last_value + 1, -1) <= last_index
        if value == last_value + 1 or value == last_value + 2 and skipped:
            run.append((index, value))
    at = {item.index: item for item in chain}
    if len(run) < 3 or not set(at) <= {index for index, _ in run}:
        return chain
    out = []
    for index, value in run:
        heading = at.get(index) or sentence_heading(lines, index, str(value), value, chain[0].style)
        if heading is None:
            return chain
        out.append(heading)
    return out


def with_listed_after(lines: list[str], chain: list, candidates: list, best_chain) -> list:
    """`chain`, and the run numbered in another style that its last item introduces ("10. To consider
    the following reports :" over "29/20 Recovery Plan", "30/20 Scheme of Delegation"): each a sub-item.
    `best_chain(candidates)` is numbering's heaviest increasing run."""
    if not chain:
        return chain
    shape = re.sub(r"\d+", "9", chain[-1].number or "")
    others = [candidate for candidate in candidates if re.sub(r"\d+", "9", candidate.number or "") != shape]
    if _INTRODUCES.search(lines[chain[-1].index].rstrip()):
        run, _ = best_chain([candidate for candidate in others if candidate.index > chain[-1].index])
        return chain + run if len(run) >= 2 else chain
    # the reports won the count: the run that introduces them comes first
    run, _ = best_chain([candidate for candidate in others if candidate.index < chain[0].index])
    if len(run) >= 2 and _INTRODUCES.search(lines[run[-1].index].rstrip()) and all(
            not lines[i].strip() or not re.match(r"^\s*\d", lines[i]) for i in range(run[-1].index + 1, chain[0].index)):
        return run + chain
    return chain


_INTRODUCES = re.compile(r"\bfollowing\s+(?:reports?|items?|matters?|papers?)\s*(?::-?)?\s*$", re.IGNORECASE)


def three_parts(candidates: list) -> None:
    """ "01/21/F&R", "02/21/F&R": the first part runs when the year after it stays; "03/17/01",
    "03/17/02": the last runs when month and year stay, and alone such a number is a date; the body's
    code and year before a running minute ("GBP/2122/255"); a point of a year's minute ("2016/32/01")."""
    lettered = [c for c in candidates if re.fullmatch(r"\d{1,4}/\d{1,4}/[A-Za-z&]{1,10}", c.number)]
    if len(lettered) >= 2 and len({c.number.split("/")[1] for c in lettered}) == 1:
        for candidate in lettered:
            candidate.value = int(candidate.number.split("/")[0])
    # "GBP/2122/255", "GBP/2122/256": the body's letters and its year, then the running minute
    coded = [c for c in candidates if re.fullmatch(r"[A-Z]{1,4}/\d{1,4}/\d{1,4}", c.number)]
    if len(coded) >= 2 and len({c.number.split("/")[1] for c in coded}) == 1:
        for candidate in coded:
            candidate.value = int(candidate.number.split("/")[2])
    # "PL19/74", "PL19/75", "PL19/76": the committee's letters and its year, the same before each, then the running minute
    # ("CPB 12/21", "CPB 13/21": the first number runs, and stays the value)
    yeared = [c for c in candidates if re.fullmatch(r"[A-Z]{1,6}\s?\d{1,4}/\d{1,4}", c.number)]
    head, times = Counter(c.number.rsplit("/", 1)[0] for c in yeared).most_common(1)[0] if yeared else ("", 0)
    own = [c for c in yeared if c.number.rsplit("/", 1)[0] == head]
    if times >= 2 and times * 3 >= len(yeared) * 2 and len({c.number.rsplit("/", 1)[1] for c in own}) == times:
        for candidate in own:
            candidate.value = int(candidate.number.rsplit("/", 1)[1])
    # "2016/32 Finance" over "2016/32/01 Current Balances": the third part numbers points of the minute
    parents = {c.number for c in candidates if re.fullmatch(r"(?:19|20)\d\d/\d{1,3}", c.number)}
    for candidate in candidates:
        point = re.fullmatch(r"((?:19|20)\d\d/(\d{1,3}))/\d{1,2}", candidate.number)
        if point and point.group(1) in parents:
            candidate.value = int(point.group(2))
    # (and "18/11/124", "18/11/125": year and month, then a running minute of three figures)
    dated = [c for c in candidates if re.fullmatch(r"\d{2}/\d{2}/\d{2}|\d{2}/\d{1,2}/\d{3}", c.number)]
    # ("02/19/01", "03/19/01", "04/19/01", "04/19/02": a drainage board's minute, its year, then the minute's point)
    firsts = [int(c.number.split("/")[0]) for c in dated]
    steps = [b - a for a, b in zip(sorted(set(firsts)), sorted(set(firsts))[1:])]
    # (minutes run on one by one and each minute's points start at 01: never dates a week apart, "12/02/30", "19/02/30")
    if len(dated) >= 3 and len({c.number.split("/")[1] for c in dated}) == 1 and len(set(firsts)) >= 3 and firsts == sorted(firsts) \
            and max(steps) <= 2 and min(int(c.number.rsplit("/", 1)[1]) for c in dated) == 1:
        for candidate in dated:
            candidate.value = int(candidate.number.split("/")[0])
        return
    # ("01/12/17 Apologies", "02/12/17 Minutes", "04/12/17 Matters arising": the minute, then the meeting's month and year;
    # the minutes start at 01, one a minute every meeting has, and older ones cited under matters arising never run on)
    endings = Counter(c.number.split("/", 1)[1] for c in dated)
    ending, times = endings.most_common(1)[0] if endings else ("", 0)
    own = [c for c in dated if c.number.split("/", 1)[1] == ending]
    values = [int(c.number.split("/")[0]) for c in own]
    # (two printed out of turn, "02/01/19 Apologies" over "01/01/19 Elect Chair", still number the meeting's minutes)
    in_turn = values == sorted(set(values)) and all(b - a <= 2 for a, b in zip(values, values[1:]))
    if times >= 3 and (in_turn or len(set(values)) == len(values) and max(values) - min(values) <= len(values) + 1) and min(values) <= 2 \
            and sum(bool(_ROUTINE.search(c.title)) for c in own[:4]) >= 2 and _ROUTINE.search(own[0].title) and not any("\u00a3" in c.title for c in own):
        for candidate in dated:
            candidate.value = int(candidate.number.split("/")[0]) if candidate in own else 0
        return
    # ("16/24/25 Health and Safety", "17/24/25 Declarations": the minute, then the council's year 2024/25)
    yearly = [c for c in dated if len(parts := c.number.split("/")[1:]) == 2 and len(parts[0]) == len(parts[1]) == 2 and int(parts[1]) == int(parts[0]) + 1]
    if len(yearly) >= 3 and len({c.number.split("/", 1)[1] for c in yearly}) == 1 and any(_ROUTINE.search(c.title) for c in yearly):  # (never a diary's "14/12/13 Carol singing")
        for candidate in yearly:
            candidate.value = int(candidate.number.split("/")[0])
        return
    shared = Counter(c.number.rsplit("/", 1)[0] for c in dated)
    for candidate in dated:
        if shared[candidate.number.rsplit("/", 1)[0]] >= 2:
            candidate.value = int(candidate.number.rsplit("/", 1)[1])
    candidates[:] = [c for c in candidates if not re.fullmatch(r"\d{2}/\d{2}/\d{2}", c.number) or shared[c.number.rsplit("/", 1)[0]] >= 2]


_ROUTINE = re.compile(r"(?i)^\W*(?:apolog|declarations?\s+of|(?:previous\s+)?minutes\b|matters\s+arising|present\b|attendance\b|welcome\b|introductions?\b|opening\s+of\b|election\s+of\s+(?:the\s+)?(?:chair|vice)|to\s+elect\s+(?:a\s+|the\s+)?(?:chair|vice))")  # (an annual meeting opens electing its chair)


_ONE = re.compile(r"^(?P<indent>\s*)1[.)]\s+(?:(?P<printed>\d{1,2})\.\s+)?\S")  # (a list styled "1)" as well)
_LIST_LINE = re.compile(r"^(?P<indent>\s*)(?P<value>\d{1,2})[.)]\s+\S")


def count_markdown_list(candidates: list, lines: list[str], sentence_heading) -> None:
    """ "1. Apologies", "1. Minutes", "1. Reports": a Markdown list whose items are all written "1." counts 1, 2, 3 as
    Markdown shows it (a page saved from a numbered list), every "1." line counted, a sentence that is no title among
    them too. Every "1." line counts, one nested deeper too unless the line above leads into it with a colon (then it is
    its item's point); a title line at the list's indent that kept another number ("2. Finance") counts as the rest do;
    the council's own numbers, after the list's "1." or in its place ("1. 7. New Cemetery"), set the count where two or
    more agree, the lines before them numbered back from them (one that would come to 0 is no item). Where the list's
    guards fail, the earlier reading holds: every "1." line counted, where all the titles' numbers print "1.".
    `sentence_heading(lines, index, number, value, style)` makes an item of a line that is a sentence."""
    found = [(index, m) for index, line in enumerate(lines) if line.lstrip()[:2] in ("1.", "1)") and (m := _ONE.match(line))]
    if len(found) < 3:
        return
    indent = Counter(len(m.group("indent")) for _, m in found).most_common(1)[0][0]
    # (every "1." counts, a deeper one unless the line above leads into it: "... on the following:" over "1. Play Area Inspection")
    rows = [(index, int(m.group("value"))) for index, line in enumerate(lines) if (m := _LIST_LINE.match(line)) and (len(m.group("indent")) == indent
            or m.group("value") == "1" and (len(m.group("indent")) < indent or not _above(lines, index).endswith((":", ":-", "-", "\u2013"))))]
    by_index = {c.index: c for c in candidates}
    rows = [(index, value) for index, value in rows if value == 1 or index in by_index]  # (another number only on a title: never "3. The clerk ...")
    listed = [index for index, _ in rows]
    in_list = set(listed)
    # (the council's own number, after the list's "1." or in its place: "1. 7. New Cemetery", "7. New Cemetery")
    printed = {index: int(m.group("printed")) for index, m in found if len(m.group("indent")) == indent and m.group("printed")}
    printed |= {index: value for index, value in rows if value != 1}
    ones = [c for c in candidates if c.number == "1" and c.style in ("inline", "prefixed") and c.index in in_list]
    style = ones[0].style if ones else ""
    # (a real list, "1. Apologies", "2. Minutes", with points printed "1." under its items, is left as it is)
    # (the minutes after an agenda list, "PRESENT: ..." then "14 DECLARATIONS ...", are no part of it)
    begins = minutes_start(lines, found[0][0], len(lines))
    others = [c for c in candidates if c.style == style and c.number != "1" and c.index not in in_list and (begins is None or c.index < begins)]
    # (nor a list printed "1.", "2.", "3." whose later "1." lines are a list of their own)
    counted = next((at for at, (_, value) in enumerate(rows) if value != at + 1), len(rows))
    if len(ones) < 3 or others or counted >= 2 or sum(value == 1 for _, value in rows) * 3 < len(rows) * 2:
        # where every numbered line the page's titles use prints "1.", each "1." line counts, whatever its indent
        everywhere = [c for c in candidates if c.number == "1" and c.style in ("inline", "prefixed")]
        if len(everywhere) < 3 or any(c.number != "1" for c in candidates if c.style == everywhere[0].style):
            return
        ones, style, listed, printed = everywhere, everywhere[0].style, [index for index, _ in found], {}
    shifts = {value - position for position, index in enumerate(listed, start=1) if (value := printed.get(index))}
    # (two or more of them agreeing set the count; one alone may be a nested list's "2." slipped out to the list's indent)
    shift = shifts.pop() if len(shifts) == 1 and len(printed) >= 2 else 0
    for position, index in enumerate(listed, start=1):
        value = position + shift
        heading = by_index.get(index)
        # (and the list's first line straight over its first title, "  1. The Chair gave out the accounts." over "  1. Election")
        opening = index == listed[0] and index + 1 == ones[0].index and _indent(lines[index]) == _indent(lines[ones[0].index])
        if heading is None and (index > ones[0].index or opening) and value > 0:
            heading = sentence_heading(lines, index, str(value), value, style)  # a "1." line that is a sentence, titled by its start
            if heading is not None:
                candidates.append(heading)
        if heading is not None and value <= 0:
            candidates.remove(heading)  # ("1. pm. Public participation" before "1. 7." counted back to 7: no item)
        elif heading is not None:
            heading.number, heading.value, heading.style = str(value), value, style
            heading.title = re.sub(r"^\d{1,2}\.\s+", "", heading.title) if index in printed else heading.title
    # ("3.Matters Arising" flush after the list counted to 4: the item keeps its printed number, and runs on after the count)
    reached = len(listed) + shift
    for extra, later in enumerate(sorted((c for c in candidates if c.index > listed[-1] and c.index not in in_list and re.fullmatch(r"\d{1,2}", c.number)
                                          and c.value <= reached and _indent(lines[c.index]) < indent), key=lambda c: c.index)[:1], start=1):
        later.value = reached + extra
    candidates.sort(key=lambda c: c.index)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _above(lines: list[str], index: int) -> str:
    return next((lines[i].strip() for i in range(index - 1, max(-1, index - 6), -1) if lines[i].strip()), "")


# a Word list as a web page renders it: indented, "  1. Apologies"
_LISTED_LINE = re.compile(r"^\s{2,}(?P<value>\d{1,2})[.)]\s+(?=[A-Z\u201c\"'])")  # ("  1) Apologies": a list styled with brackets)


def count_on_word_lists(candidates: list, lines: list[str], sentence_heading) -> None:
    """ "1. Persons Present", "2. Apologies", "3. Report", then "1. All members stood down", "1. MR proposed as chair":
    a document exported from Word whose later items were each a list of their own, so each printed "1.". Two or more
    such "1." lines in a row, indented as a list is, after items up to N and before any higher number, count on from
    N (N+1, N+2, ...); a "1." followed by a "2." is a list under its item, and stays as it is.
    `sentence_heading(lines, index, number, value, style)` makes an item of a line that is a sentence."""
    numbered = sorted(
        [(index, int(found.group("value"))) for index, line in enumerate(lines) if (found := _LISTED_LINE.match(line))]
        + [(c.index, c.value) for c in candidates if not _LISTED_LINE.match(lines[c.index]) and re.fullmatch(r"\d{1,2}", c.number)]
    )
    by_index = {c.index: c for c in candidates}
    position = folded = last = 0
    earlier: set[int] = set()  # (the numbers and indents before the run, kept as the walk goes: one pass, however long)
    while position < len(numbered):
        start = position
        for index, value in numbered[folded:start]:
            last = max(last, value)
            earlier.add(_indent(lines[index]))
        folded = start
        while position < len(numbered) and numbered[position][1] == 1 and _LISTED_LINE.match(lines[numbered[position][0]]):
            position += 1
        run = numbered[start:position]
        following = numbered[position][1] if position < len(numbered) else None
        indent = {_indent(lines[index]) for index, _ in run}
        # (the run stands where the items do, "  1. Persons present" ... "  1. AOB"; points indented under a flush item,
        # "4. Correspondence" over "      1. Letter from ...", are that item's)
        above = next((lines[i].strip() for i in range(run[0][0] - 1, -1, -1) if lines[i].strip()), "") if run else ""
        # (nor a list its item's text leads into: "The following correspondence was received:")
        if len(run) >= 2 and last >= 2 and (following is None or following > last + len(run)) and len(indent) == 1 and indent <= earlier \
                and not above.endswith(":"):
            for step, (index, _) in enumerate(run, start=1):
                heading = by_index.get(index) or sentence_heading(lines, index, "1", 1, "inline")
                if heading is None:
                    continue
                heading.number, heading.value = str(last + step), last + step
                if index not in by_index:
                    candidates.append(heading)
        position = max(position, start + 1)
    candidates.sort(key=lambda c: c.index)


_ANY_NUMBERED = re.compile(r"^\s*\d{1,3}(?:[.)]|\.\d{1,2}\.?)\s")  # ("5.1 County Councillors" too)
_RESTARTED_LINE = re.compile(r"^\s*(?P<value>\d{1,2})[.)]\s+(?=[A-Z\u201c\"'])")
_TITLE_THEN_TEXT = re.compile(r"^\s*\d{1,2}[.)]\s+[A-Z][\w'\u2019&,/ -]{2,60}?(?::\s+|\s[\u2013\u2014-]\s+|\u2026\s*)\S")  # (and "Minutes \u2013 It was ...")
_POINT_LINE = re.compile(r"^\s*(\d{1,2})\.[1-9]\d?\.?\s+(?=[A-Z0-9])")  # ("7.1 36/00412/FUL Orchard House": a point titled by its reference)


def _points_agree(listed: list[tuple[int, int]], points: list[tuple[int, int]]) -> bool:
    """Whether each point's item number ("6.1") is the count the restarted list has reached just above it."""
    indices = [index for index, _ in listed]  # (in the page's order already)
    for index, parent in points:
        above = bisect_left(indices, index)  # (how many of the list's lines stand above the point: the count reached)
        if above == 0 or above != parent:
            return False
    return True


def count_on_restarted_lists(candidates: list, lines: list[str], sentence_heading) -> None:
    """ "  1. Apologies", "  2. Minutes", a purpose, "  1. Mayor's Announcements", "  2. Questions", a purpose, "  1. Finance":
    a web page's agenda whose list starts again at "1." after every paragraph between its items. Three or more such
    runs, each counting 1, 2, 3 straight on, titles rather than sentences, and no other numbered line on the page: the
    items count on across them."""
    listed = [(index, int(found.group("value"))) for index, line in enumerate(lines) if (found := _RESTARTED_LINE.match(line))]
    # ("  4. CO-OPT NEW COUNCILLOR", "4.1 Declaration of Acceptance", "  1. MATTERS ARISING": a point under an item, its item's number
    # printed with it, says where the count has got to)
    points = [(index, int(found.group(1))) for index, line in enumerate(lines) if (found := _POINT_LINE.match(line))]
    if len(listed) < 4 or sum(1 for line in lines if _ANY_NUMBERED.match(line)) != len(listed) + len(points) or points and not _points_agree(listed, points):
        return  # (the page numbers other lines too: its items are those)
    runs = 0
    for position, (index, value) in enumerate(listed):
        before = listed[position - 1] if position else None
        joined = before is not None and not any(line.strip() for line in lines[before[0] + 1 : index])
        if value == 1:
            runs += 1
            if _above(lines, index).endswith((":", ":-")) or joined and _indent(lines[index]) > _indent(lines[before[0]]):
                return  # (a list its text leads into, "the following were received:", or one nested under the line above)
        elif before is None or not joined or value != before[1] + 1:
            return  # (a "2." that does not follow its "1." straight on: not a list restarted between items)
    # (a title with its minute run on after a colon, "2. Declarations: There were none.", is an item's, not a sentence)
    told = sum(1 for index, _ in listed if lines[index].rstrip().endswith(".") and not _TITLE_THEN_TEXT.match(lines[index]))
    if runs < 3 or told * 3 > len(listed):
        return  # (points told as sentences, "1. The pothole outside the school is back.", are a paragraph's, never items)
    by_index = {c.index: c for c in candidates}
    style = candidates[0].style if candidates else "inline"
    for count, (index, _) in enumerate(listed, start=1):
        heading = by_index.get(index) or sentence_heading(lines, index, str(count), count, style)  # (one cpb did not take for a title)
        if heading is None:
            continue
        heading.number, heading.value = str(count), count
        if index not in by_index:
            candidates.append(heading)
    candidates.sort(key=lambda c: c.index)


# "(a) Appointment of Chairman", "(b) Declarations of Interest": a sub-committee's business lettered, with no numbers
_LETTERED = re.compile(r"^\s*\((?P<letter>[a-h])\)\s+(?P<title>[A-Z][^.;:]{2,120}?)\s*$")


def lettered_items(lines: list[str], heading) -> list:
    """Items lettered (a), (b), (c) ... from (a), each a short title on its line, where nothing is numbered; `heading(index,
    body_start, number, value, title, style, strength)` makes an item of one."""
    found: list = []
    for index, line in enumerate(lines):
        lettered = _LETTERED.match(line)
        if lettered is None or len(lettered.group("title").split()) > 16:
            continue
        value = ord(lettered.group("letter")) - ord("a") + 1
        # (each over a body of its own: "(a) To note the minutes of 2 March" over "(b) To note ...", lines of one list, are points)
        following = next((line for line in lines[index + 1 : index + 3] if line.strip()), "")
        if not found and next((line for line in reversed(lines[max(0, index - 3) : index]) if line.strip()), "").rstrip().endswith(":"):
            break  # ("that the following charges apply from 1 April:" over "(a) Main hall"): a decision's own list
        # (never a decision's clauses, "(a) That the Clerk obtain three quotes for replacing" / "the damaged bench")
        if value == len(found) + 1 and not re.match(r"(?:To|That)\s", lettered.group("title")) and not re.match(r"\s*[a-z]", following) and (
                not found or any(line.strip() for line in lines[found[-1].index + 1 : index])):
            found.append(heading(index, index + 1, f"({lettered.group('letter')})", value, lettered.group("title"), "inline", 1.0))
    return found if len(found) >= 2 else []


_RUNNING_HEAD = re.compile(r"^\s*\d{1,4}\s+(?=[A-Z '\u2019&-]*\b(?:COUNCIL|COMMITTEE|BOARD|AUTHORITY|PANEL|COMHAIRLE|CYNGOR)\b)[A-Z][A-Z '\u2019&-]{3,80}:\s*\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+(?:19|20)\d\d\s*$")


def without_page_numbers(candidates: list, lines: list[str]) -> list:
    """Without the printed pages' numbers: a number alone on the page's first line ("509" over "Minute of Meeting ..."),
    and each alone after it going up by one ("510" over "Apologies"), where items numbered from 1 follow."""
    # ("323 COMHAIRLE NAN EILEAN SIAR: 13 December 2017": a printed page's running head, its number, the body and the date)
    candidates = [c for c in candidates if not _RUNNING_HEAD.match(lines[c.index])]
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    top = next((c for c in candidates if c.index == first and c.style == "alone" and re.fullmatch(r"\d{2,4}", c.number)), None)
    # (the first page's number stands over the document's own heading, never over business: "412" over "APOLOGIES" is a minute)
    if top is None or not re.search(r"(?i)^(?:minutes?|agenda|notes?|notice)\b|\b(?:council|committee|board|panel|forum|partnership)\b", top.title) \
            or not any(c.style == "inline" and c.number == "1" for c in candidates):
        return candidates
    pages, value, at = {top.index}, top.value, top.index
    for candidate in candidates:
        # (a printed page apart: fifteen lines or more after the last)
        if candidate.style == "alone" and candidate.value == value + 1 and re.fullmatch(r"\d{2,4}", candidate.number) and candidate.index - at >= 15:
            pages.add(candidate.index)
            value, at = value + 1, candidate.index
    return [c for c in candidates if c.index not in pages]


def without_nested_tail(lines: list[str], best: list) -> list:
    """Without a number that goes on a list nested under the item before it: "  6. The accounts were presented" over
    "    1. ...", ..., "    6. ...", then "    7. The notice of the electors' rights was approved" (indented as the points, not
    the items)."""
    out: list = []
    for heading in best:
        previous = out[-1] if out else None
        depth = len(lines[heading.index]) - len(lines[heading.index].lstrip())
        # (the points at its indent since the item before, from their last "1.", run 1, 2, ... up to the number just before its own)
        points = [int(m.group(1)) for index in range(previous.index + 1, heading.index) if (m := re.match(rf" {{{depth}}}(\d{{1,2}})[.)]\s+\S", lines[index]))] if previous else []
        points = points[len(points) - 1 - points[::-1].index(1):] if 1 in points else []
        if previous is not None and depth > len(lines[previous.index]) - len(lines[previous.index].lstrip()) and len(points) >= 2 \
                and points == list(range(1, len(points) + 1)) and heading.value == len(points) + 1:
            continue
        out.append(heading)
    return out


# "046 Mr. Dale spoke in support of the application.": a minute's number opening its paragraph (never a year, "2024 saw ...")
_NUMBER_OPENS = re.compile(r"^\s*(?P<number>(?!(?:19|20)\d\d\b)\d{2,4})\.?\s+(?P<text>[A-Z].{2,})$")
_FIGURE = re.compile(r"[\u00a3$\u20ac]|\d[,.]\d")  # ("401 Grass cutting \u00a31,200": a ledger's line, never a heading)


def headed_paragraphs(lines: list, title_like, heading_type) -> list:
    """Minutes whose numbers open their paragraphs, each under a heading on its own line ("Public Speaking" over "112 Mr.
    Gale spoke ...", "Minutes of the Meeting held on 23rd September" over "113 The Minutes having been circulated ..."), or
    whose line is a heading itself ("114 Matters arising"): three numbers or more going up down the page (a minute or two
    may be missing between), two of them at least under headings of their own. Each is an item numbered as printed and
    titled by its heading. `title_like(text)` says whether a line reads as a title; `heading_type` makes the item."""
    found = []
    for index, line in enumerate(lines):
        opens = _NUMBER_OPENS.match(line)
        if opens is None:
            continue
        text, number = opens.group("text").strip(), opens.group("number")
        above = next((i for i in range(index - 1, max(-1, index - 3), -1) if lines[i].strip()), None)
        heading = lines[above].strip() if above is not None else ""
        if above is not None and len(heading.split()) <= 12 and not re.search(r"[.,;:]$", heading) and not re.match(r"\s*\d", heading) \
                and not _FIGURE.search(heading) and title_like(heading):
            found.append((heading_type(above, index + 1, number, int(number), heading, "inline", 1.0, text), 1))
        elif len(text.split()) <= 8 and not re.search(r"[.,;:]$", text) and not _FIGURE.search(text) and title_like(text):
            found.append((heading_type(index, index + 1, number, int(number), text, "inline", 1.0, None), 0))
    # the longest run, each number one to three more than the last (linear: the run ending at each value, kept by value)
    ending: dict[int, tuple[list, int]] = {}
    best, best_headed = [], 0
    for heading, headed in found:
        before = max((ending[v] for v in range(heading.value - 3, heading.value) if v in ending), key=lambda run: len(run[0]), default=([], 0))
        run = (before[0] + [heading], before[1] + headed) if len(before[0]) < 400 else ([heading], headed)
        ending[heading.value] = run
        if len(run[0]) > len(best):
            best, best_headed = run
    return best if len(best) >= 3 and best_headed >= 2 else []
