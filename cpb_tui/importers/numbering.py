"""Numbered items as councils print them, and the run of them that is a document's agenda.

Numbers come in many styles ("1.", "1)", "Item 5", "Minute 42", "42/19", "CPB 12/21",
"221 (28)", "C/017/2020", "(139)", roman numerals and capital letters, numbers alone on the
line above the title); the longest increasing run of title-like lines wins, so a clause list
("1. That ...") or a table's figures cannot pass for items. Pages that lost their numbers
are read by `unnumbered.py`; text flattened onto one line is broken up by `flattened.py`.
"""

from __future__ import annotations


import re
from collections import Counter

from cpb_tui.importers.decision_lines import BODY_LEAD_IN as _BODY_LEAD_IN
from cpb_tui.importers.decisions import opener
from cpb_tui.importers.layout import STATE_WORDS, is_caps_line
from cpb_tui.importers.numbered_lines import VOTE_COUNT, board_paragraph, capitalised_title, cited_in_declaration, parts_of_a_decision, sentence_of_a_point, title_cased, alone_point, footnote_mark
from cpb_tui.importers.item_runs import count_markdown_list, count_on_restarted_lists, count_on_word_lists, headed_paragraphs, three_parts, with_listed_after, with_sentence_run, without_nested_tail, without_page_numbers
from cpb_tui.importers.paired_minutes import agenda_over_minutes
from cpb_tui.importers.agenda_then_minutes import minutes_after_agenda, with_agenda_kept
from cpb_tui.importers.out_of_order import with_taken_out_of_order
from cpb_tui.importers.reference_runs import reference_candidates
from cpb_tui.importers.reference_points import reference_points, sentence_points
from cpb_tui.importers.nested_points import STREET_WORDS, listed_points, points_under
from cpb_tui.importers.number_gaps import roman_points, adjoining_runs, _fill_gaps, _sentence_heading, restarted_ones
from cpb_tui.importers.printed_after import run_printed_after
from cpb_tui.importers.decimal_items import MINUTES_LINE, sentence_title as _sentence_title, with_decimal_items as _with_decimal_items
from cpb_tui.importers.prepared_lines import prepared as _prepared, twin_minutes_apart
from cpb_tui.importers.number_values import in_page_run, dated_otherwise, hyphened_years, logged_dates, ROMANS as _ROMANS, plain_roman as _plain_roman, BODY_MONTH_MINUTE, body_month_endings, DASHED_MINUTE, dashed_minute_prefixes, DATED_MINUTE, LETTERED_MINUTE, short_dated_months, short_dated_value, cited_with_its_year, typed_again, label_under_a_number, year_month_minutes, _clean_number, _minor, _running_years, _value, running_minute, year_like_column, cited_shape, printed_alike, _year_dot_values, dated_minute_months, spaced_points_joined, lettered_minute_prefixes, without_false_numbers, without_members
from cpb_tui.importers.titles import (  # noqa: F401 - the title rules, shared with unnumbered.py
    Heading,
    tidy_title,
    minute_after_title,
    _ATTACHMENT,
    _CAPS_RUN,
    _CAPS_THEN_TEXT,
    _FILE_NAME,
    _NOT_TITLE_START,
    _PAGES,
    _TITLE_THEN_TEXT,
    _one_word_heading,
    _title_and_rest,
    cited_title_and_rest as _cited_title_and_rest,
    glued_title_and_rest as _glued_title_and_rest,
    _title_like,
)

_NUMBER = (
    r"(?P<number>\(\d{1,4}[a-z]?\)"  # (139)
    r"|\(\d{1,3}\.\d{1,2}\)(?=\s+[A-Z])"  # (6.1) Footpath Officer: a point of item 6, in its brackets
    r"|\[\d{1,3}(?:\.\d{1,2})?[a-z]?\]"  # [4], [1.2]
    r"|\d{1,4}/\d{1,4}/[A-Za-z&]{2,10}(?![\w&])"  # 15/53/Plan, 01/21/F&R
    r"|(?:\d{2}|(?:19|20)\d\d)-\d{2}/[A-Z]{2,6}/\d{1,3}(?=\s*$|\s+[A-Z]|[.:])"  # 25-26/FRA/1: the authority's year, its letters, then the minute
    r"|\d{2}/\d{2}/\d{2}(?=\s+[A-Z])|\d{2}/(?:1[3-9]|[2-9]\d)/\d{2}(?=\s*$|\s+[\u2013-]\s+[A-Z])"  # 03/17/01 Circular: month, year, minute (a date unless several share the month); alone only where it is no date
    r"|\d/\d{1,2}/\d{2}(?=\s+[A-Z])"  # 1/04/17 APOLOGIES, 2/9/09 POLICE MATTERS: the minute, the month, the year (where they run so)
    r"|\d{1,3}/\d{2}/?(?:19|20)\d\d(?=\s+[A-Z])"  # 26/07/2020 Apologies: the minute, the month, the year (where they run so)
    r"|\d{2}/\d{1,2}/\d{3}(?=\s+[A-Z]|\s*$)"  # 18/11/124 Declarations: year, month, then the council's running minute
    r"|\d{2}/\d{1,3}:\d{1,3}(?=\s*$|\s+[A-Z])"  # 06/21:01 (alone or before its title): the year, the meeting, the minute
    r"|[A-Z]{1,4}/\d{1,4}/\d{2,4}"  # C/017/2020
    r"|\d{1,3}/(?-i:[A-Z]{2,4})/\d{2}(?=\s*$)"  # 1/FC/22 alone over its title: the minute, the body's letters, the year (never "4/PA/36 Land at ...", a list's reference)
    r"|[A-Z]{1,4}\d{2}/\d{2}\.\d{1,3}(?=:?\s+[A-Z])"  # T11/12.26 Apologies, MH05/16.1: Apologies: the body's letters, its month or year, then the minute
    r"|[A-Z]{1,4}\d{2}/\d{2}/\d{1,3}(?=\s+[A-Z])"  # FC18/07/1 CHAIRMAN'S WELCOME: the body's letters, the year, the month, the minute
    r"|\d{1,3}\](?=\.?\s)"  # 1]. APOLOGIES: a number closed by a bracket
    r"|\d{1,3}\.\((?:[ivx]{1,5}|[a-h])\)(?=\s*$)"  # 1.(iii) alone over its title: a point of item 1, its figure in brackets
    r"|[A-Z][a-z]{1,3}/\d{1,4}/\d{2}-\d{2}(?=\s+[A-Z])"  # Cou/285/07-08 Apologies: the body, the minute, the council's year
    r"|(?!Min|Ref)[A-Z][a-z]{1,3}/\d{1,4}/\d{1,2}/\d{2}/?(?=\s+[A-Z])"  # Cl/58/11/31 Apologies: the body, the minute, the month, the year (never a cited "Min/44/04/31")
    r"|[A-Z]{1,3}\d{1,3}:\d{2}/\d{2}(?=\s+[A-Z])"  # F01:04/24 Receive apologies: the body's letter and minute, then month and year
    r"|[A-Z]{1,4}\d{1,3}\.\s\d{2}/\d{2}(?=\s+[A-Z])"  # HR1. 01/16 Apologies: the committee's letters and minute, then the month and year
    r"|\d{4,5}/\d{2}/\d{2}(?=\s+[A-Z])"  # 20311/05/26 APOLOGIES: a town council's running number, the month and the year
    r"|(?:19|20)\d\d/\d{1,2}/\d{1,3}(?=\s+[A-Z]|\s*$)"  # 2021/05/03 CIRCULAR: the year, the month, then the minute
    r"|\d{3}/\d{2}/\d{2}(?=\s+(?:[-\u2013]\s+)?[A-Z]|[-\u2013][A-Z]|\s*$)"  # 212/34/35 DECLARATIONS, 125/07/35 \u2013 Apologies, 101/22/23 alone over its title
    r"|\d{1,3}-\d{2}/\d{2}(?=\.|\s*$|\s+[A-Z])"  # 004-26/27., 66-24/25 alone, 87-18/19 To receive ...: the minute, then the council's year
    r"|\d{3}/\d{2}-\d{2}(?=:|\.|\s*$|\s+[A-Z])"  # 066/14-15 APOLOGIES: the minute, then the council's year
    r"|\d{2}/[1-9]/\d{1,3}(?=\s+[A-Z])"  # 20/6/49 Declarations: the year, a month of one figure, then the minute
    r"|(?:19|20)\d\d-\d{2}_\d{1,3}(?=\.?\s)"  # 2020-06_1. Public Participation: the year and month, then the minute
    r"|\d{2}/\d{2}-\d{1,3}(?=:|\.|\s*$|\s+[A-Z])"  # 18/19-69: Chairman's remarks: the council's year, then the minute
    r"|\d{2}-\d{2}-\d{1,2}(?=\s+[A-Z])"  # 03-07-1 Present: the meeting's day and month, then the minute (where three run so)
    r"|[A-Z]{1,4}\d{1,3}/(?:0[1-9]|1[0-2])-\d{2}(?=:|\.|\s*$|\s+[A-Z])"  # EC1/10-23 Chair's Welcome: the committee's letters and minute, the month and year
    r"|[A-Z]{1,6}\s?\d{1,4}/\d{2,4}"  # CPB 12/21, C442/20
    r"|[A-Z]{2,4}/\d{1,4}(?![\d/])"  # RC/19: the committee's letters, then the minute
    # (never the first word of a title in capitals glued on, "08/155TO RECEIVE DISCLOSURES")
    r"|\d{1,4}/\d{2,4}(?-i:[a-z]{2,3}|(?!(?:TO|OF|IN|ON|AT|BY|AN|IS|NO)\b)[A-Z]{1,2})(?=\s+[A-Z]|:|\s*$)"  # 34/13fg Declarations, 011/35G Pond: a committee's letters after the minute
    r"|\d{1,4}/\d{2}\.\d{1,2}(?=\s+[A-Z])"  # 96/16.1 Common Land: point 1 of minute 96/16
    r"|\d{1,4}[a-z]?/\d{1,4}|\d{1,4}\\\d{2,4}(?=\s*$|\s+[A-Z])"  # 42/19, 23/5, 50a/19; 58\25, a backslash between
    r"|\d{1,4}\s*\.?\s*\(\d{1,3}\)|\d{3,4}[a-h]\(\d{1,3}\)"  # 221 (28), and "5. (515)", "6 .(516)" among them; "214a(1)", "214b(1)": a minute in two parts (never a rule's "4b(1)", "13a(1)")
    r"|\d{1,3}\s[a-h]\)(?=\s+[A-Z0-9])|\d{1,3}\s[a-h](?=\s*$)"  # "5 a) Casual Vacancy": a point of item 5, printed apart; "3 a" alone over its title
    r"|\d{1,2}:00(?=\s+[A-Z])"  # 4:00 Police Business: a community council's item numbers written like hours
    r"|\d{1,2}:\d(?=\s+[A-Z])"  # 2:1 Declaration of Interest: point 1 of minute 2 (one figure after the colon: never a time)
    r"|\d{2}\.(?:0[1-9]|1[0-2])\.\d{1,2}(?=\.\s)"  # 08.02.1. To receive apologies: the year and month (two figures each), then the minute
    r"|(?:1[5-9]|[23]\d)\.(?:1[0-2]|[1-9])\.\d{1,2}(?=\.?\s+[A-Z])"  # 20.7.3 Police Matters: the year, the month, the minute (where they run so)
    r"|\d{1,3}\.\d{1,2}\.\d{2}(?=\s)"  # 4.3.22: item, month and year of a parish minute
    # 5.1.1 Crime Update: a point of point 5.1 with a short title alone on its line (never cut to "5.1"; "4.1.2. He
    # asked that ..." is a paragraph of 4.1)
    r"|\d{1,2}\.[1-9]\d?\.\d(?=\.?\s+[A-Z][\w'\u2019-]*(?:\s+(?:[A-Z][\w'\u2019/-]*|of|and|for|the|to|&|on|in)){0,6}\s*$)"
    r"|(?!19\d\d|20\d\d)\d{4}\.\d{1,2}(?![\d/])"  # 2307.01: a parish's year and month, then the minute
    r"|\d{1,3}\.\d{1,2}(?![\d/]|(?<!\.0\d)\.\d)"  # 60.0, 5.1 (never the "3.1" of "3.1.2 RESOLVED: ..."; "6.08" of "6.08.1" still)
    r"|\d{3}-\d{2}(?=\s+[-\u2013]\s+[A-Z])|\d{1,4}-\d{1,2}(?=\.)"  # 443-14 \u2013 Present: minute, year, dash; 304-1.: meeting, minute
    r"|(?:19|20)\d\d-(?:0[1-9]|1[0-2])/\d{1,2}[a-z]?(?=\.?\s+[A-Z]|\.?\s*$)"  # 2031-01/4a. Minutes: the year and month, then the minute
    r"|(?:19|20)\d\d-\d{1,4}(?=\s+[A-Z])"  # 2022-107 To agree ...: the year, then the minute
    r"|\d{2}-\d{3}(?=:|\.?\s+[A-Z])|\d{1,3}-\d{2}(?=\s+(?-i:[A-Z][a-z]))"  # 21-062: Apologies: the year of two figures, then a minute of three; 42-17 Apologies: the minute, then the year
    r"|\d{2}\.\d{3}(?=\.?\s*(?:[-\u2013:]\s*)?[A-Z])"  # 23.001.It was resolved ..., 36.101 \u2013 Apologies: the year, then the minute
    r"|[A-Z]{1,3}\.\d{2,4}(?=\s*$|\s+[A-Z]|\s+/\s*$)"  # CA.212: a committee's letters, then the minute (alone, "CA.212 /": a cell's mark left)
    r"|(?-i:(?!FP\.|BW\.|RB\.|BOAT\.)[A-Z]{2,4})\.\d(?=\s*$|\s+[A-Z])"  # FPM.1 Cllr Pickard proposed ...: a committee's capitals, then a minute of one figure (never a footpath's "FP.3")
    r"|[A-Z]{1,3}\d{2,4}(?=\.?\s*$|\.?\s+[A-Z])"  # CL38 Minutes, C42. Apologies: the body's letters run into the minute
    r"|(?-i:[A-H]\d)(?=\.?\s+(?-i:[A-Z][a-z]))"  # A1 Minutes, A2 Training Exercise: a part's letter, then its item (where they run so)
    r"|(?!19\d\d|20\d\d)\d{4}(?![\d/,]|:\S)(?!\.\d)"  # 1201, "1772.", "2828: Apologies": four-digit minute numbers (never a year)
    r"|(?:19|20)\d\d(?=[ \t\u00a0]{3,}[A-Z]|\s[A-Z][^.!?]{2,160}$)"  # "1954       Public Participation": one that looks like a year, in a column of its own
    r"|\d{5}(?=\.?\s+[A-Z]{2})"  # 20577 MAYOR'S ANNOUNCEMENTS: a town council's running number, before a title in capitals
    r"|\d{1,2}(?=/(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)[A-Z][a-z])"  # "4/Minutes of June meeting": a slash for a stop, the title run on (never "7/Jul")
    r"|\d{1,3}[a-z]?(?!\d|/\S|\.[1-9]\d?\.\d)"  # 5, 5a, and "1/ Open Forum" (never the "3" of "3.1.1 The Board ...")
    r")"
)
_PREFIX = r"(?P<prefix>(?:Agenda\s+(?:\d{1,3}/\d{2,4}\s*:\s*)?)?Item(?:\s+No\.?)?|Minute(?:\s+No\.?)?(?::(?=\s))?|Min\.?(?:\s+No\.?)?|Eitem|Cofnod)?\s*"
_ALONE = re.compile(rf"^\s*{_PREFIX}{_NUMBER}\s*(?::-|\.\s*/|(?<=\d)\s/|[.):])?\s*$", re.IGNORECASE)  # (and "1. /", "CA.212 /" over its title, a table's cell mark left)
_INLINE = re.compile(rf"^\s*{_PREFIX}{_NUMBER}(?P<sep>\s*(?:\)\.|[.):])\s*(?:[/|]\s+)?|,\s+(?=[A-Z])|/\s+|\s+[-\u2013/|]\s+|[-\u2013]\s+(?=[A-Z])|\s+\u2013(?=[A-Z][a-z])|\s+|(?<=/\d\d)[-\u2013](?=[A-Z][a-z])|/(?=[A-Z][a-z]))(?P<title>\S.*)$", re.IGNORECASE)  # "1/ Open Forum", "290 | Present:" (a table row), "ITEM 1- APOLOGIES"
# "1Minutes of Council meeting of 27th June", "2Print 3 - Committees' minutes": the number glued to its title
# ("2016/27Declarations", "17/104Apologies for absence", and a reference glued to a title in capitals, "A23/024COMMITTEE SERVICE FEES", "363/01APOLOGIES",
# "08/155TO RECEIVE DISCLOSURES", "24/063NO MEETING IN AUGUST", "24/064IN CAMERA")
_GLUED = re.compile(r"^\s*(?:(?P<number>\d{1,2}|(?!19\d\d|20\d\d)\d{4}(?=[A-Z][a-z]{2}|To\s)|(?:19|20)\d\d/\d{1,3}(?:/\d{1,3})?|[A-Z]{1,4}/\d{1,3}/\d{2}(?=[A-Z][a-z])|[A-Z]\d{1,3}(?=[A-Z][a-z]{2})|\d{2}/\d{3}(?=[A-Z][a-z]{2}|To\s)|\d{1,4}/\d{2}(?:[a-z]{2,3})?(?=[A-Z][a-z]{2}|To\s))|(?P<reference>[A-Z]{1,4}\d{1,4}/\d{2,4}|(?!(?:19|20)\d\d/)\d{3}/\d{2}|\d{2}/\d{3}(?=[A-Z]{3}|(?:TO|OF|IN|ON|AT|BY|AN|IS|NO)\s+[A-Z]{2})|(?!19\d\d|20\d\d)\d{4}(?=[A-Z]{3})))(?P<title>(?(reference)(?:[A-Z]{3,}|(?:TO|OF|IN|ON|AT|BY|AN|IS|NO)(?=\s+[A-Z]{2}))(?:\b|(?=[A-Z][a-z]))|(?:[A-Z][a-z]{2,}|To|[A-Z]{3,})\b).*)$")
# ("ITEM II \u2013 Minutes of Last Meeting": the word Item, then a numeral and a dash before a title in words)
_ROMAN_OR_LETTER = re.compile(
    r"^\s*(?:(?P<item>(?i:item)\s+)(?P<named>[IVX]{1,5}|[A-Z])\s*[\u2013-]\s*(?=[A-Z])|(?P<number>[IVX]{1,5}|[A-Z])(?P<sep>[.)]|(?=\s+[A-Z]{2}))\s+)(?P<title>\S.*)$"
)
# A title in capitals run into its minute: "88 DECLARATIONS OF INTEREST – There were none."
# "ITEM 6 (426) MATTERS ARISING Following a site meeting ...": capitals, then the minute


NOISE = re.compile(
    r"^\s*(?:Items|No\.?\s+Item|Item\s+No\.?|Additional documents:|Supporting documents:|Background papers:|Attachments?:"
    r"|\.{3}\s*view the full .*|view the full .* text for item.*|Page title:.*|Click here.*|Webcast.*|Print this page"
    r"|Agenda and minutes|Agenda and decisions|Agenda|Minutes|Draft minutes|Issue\s*-\s*meetings|Issue\s*-\s*decisions"
    r"|Decision details|Agenda item|Agendas, Meetings and Minutes.*)\s*$",
    re.IGNORECASE,
)


_DECISION_END = re.compile(
    r"\b(?:RESOLVED|[Rr]esolved|AGREED|[Aa]greed|DECIDED|[Dd]ecided|Decisions?|Reasons?(?:\s*\(s\))?(?:\s+for\s+(?:the\s+)?decisions?)?)(?:\s+(?:to|that))?\s*(?::-|:|\u2013|-)\s*$"
    r"|\b(?:RESOLVED|AGREED)\s*$"
    # ("The Chair proposed the recommendations, which were unanimously carried." over "1. To note ...", "2. To recommend ...")
    r"|\brecommendations?\b[^.;:]{0,40}\b(?:were|was)\s+(?:\w+ly\s+)?(?:carried|agreed|approved|adopted)\s*[.:]?\s*$"
)


# a numbered line that is a resolution's clause in the subjunctive, not an item's title
_CLAUSE_LINE = re.compile(
    r"^\s*\(?\d{1,2}[.)]\s+(?:That\s|[A-Z][^.;:]{0,200}?\s(?<!\bto\s)be\s+(?:agreed|approved|noted|given|adopted|endorsed|received|accepted|considered|confirmed)\b"
    r"|(?:Members|Councillors|The\s+(?:Committee|Board|Panel|Council))\s+(?:give|note|agree|approve|endorse|receive)\b"
    # "1. Approved the proposed programme ...", "2. Gave authority to ...": decisions in the past tense, their label lost
    r"|(?:Approved|Agreed|Noted|Endorsed|Gave|Requested|Resolved|Delegated|Authori[sz]ed|Supported|Accepted|Adopted|Asked|Instructed)\s+(?:that\s|to\s|the\s|and\s|in\s|any\s|a\s|an\s|authority\b))"
)
# (the spaces and dots of the leaders are tried from their first only: from every one, a long run of them costs its square)
_LEADERS = re.compile(r"(?:^|(?<=[^\s.\u2026]))\s*(?:(?:\.\s?){4,}|\u2026{2,})\s*\d{0,4}\s*$")


def numbered_items(lines: list[str]) -> list[Heading]:
    """The numbered items of a document: the best increasing run among the candidates."""
    lines = twin_minutes_apart(spaced_points_joined(lines))  # ("282 2. TO RECEIVE APOLOGIES" down a page: the running minute kept)
    candidates: list[Heading] = []
    in_decision = False
    last_index = -10
    running_years = _running_years(lines)
    months, prefixes = dated_minute_months(lines), lettered_minute_prefixes(lines) | dashed_minute_prefixes(lines)
    endings, short_months, logged, hyphen_years = body_month_endings(lines), short_dated_months(lines), logged_dates(lines), hyphened_years(lines)
    for index in range(len(lines)):
        heading = _candidate(lines, index, running_years)
        if heading and not short_dated_value(heading, short_months):
            continue  # (a date opens the line: "1/04/17 The Clerk wrote ...")
        dated = heading and DATED_MINUTE.fullmatch(heading.number)
        lettered = heading and (LETTERED_MINUTE.fullmatch(heading.number) or DASHED_MINUTE.fullmatch(heading.number))
        bodied = heading and BODY_MONTH_MINUTE.fullmatch(heading.number)
        if heading is None or dated and dated.group(2).replace("/", "") not in months or lettered and lettered.group(1) not in prefixes \
                or bodied and f"{bodied.group(1)} {bodied.group(3)}" not in endings or dated_otherwise(heading.number, logged, hyphen_years):
            continue  # (a date opening a line is no minute number unless its month runs as one; so with "FC24/06/5")
        # A list straight after "it was RESOLVED:" is the decision's clauses, not items (a clause may wrap over three lines).
        previous = next((lines[i].strip() for i in range(index - 1, max(-1, index - 6), -1) if lines[i].strip()), "")  # (a web page leaves blank lines)
        # ("RESOLVED: That subject to available capital" / "1) Option 3 be approved;": a lead-in left open)
        open_lead_in = heading.value == 1 and not previous.endswith((".", ";", "?", "!")) and (opener(previous) or ("",))[0] == "decision"
        if (_DECISION_END.search(previous) or _BODY_LEAD_IN.match(previous) or open_lead_in) and heading.value in (1,) :
            in_decision = True
        elif in_decision and not (sum(1 for line in lines[last_index + 1 : index] if line.strip()) <= 3 and heading.value == (candidates[-1].value if candidates else -1) + 1):
            in_decision = False
        last_index = index
        if in_decision:
            heading.strength = 0.0
            heading.style = "clause"
        candidates.append(heading)
    nested = listed_points(lines, _announces_clauses)  # ("6. Matters arising" over "  1. Bus shelter ...": points of item 6)
    candidates = without_members(without_page_numbers(without_false_numbers(_comma_numbers_in_runs([c for c in candidates if c.style != "clause" and c.index not in nested], lines)), lines))
    _year_dot_values(candidates, running_years)
    _day_month_minutes(candidates)
    candidates = year_month_minutes(candidates)  # ("20.7.1", "20.7.2", "20.7.3": the year, the month, then the minute)
    # A table of contents ("4 CARE LEAVERS' HOUSING OFFER ........ 2") names the items the
    # body holds: the body's headings are the items, the contents only when there is no body.
    body = [c for c in candidates if not _LEADERS.search(lines[c.index][-300:])]  # (leaders end a line: its end is enough)
    if len(body) >= 2 and len(body) < len(candidates):
        candidates = body
    for candidate in candidates:
        candidate.title = tidy_title(_LEADERS.sub("", candidate.title))
    refs = reference_candidates(lines, _prepared, {c.index: c.number for c in candidates})  # "FC49/08/9", "19.C.83": any shape that runs
    if not candidates and not refs:
        return headed_paragraphs(lines, _title_like, Heading)
    count_markdown_list(candidates, lines, _sentence_heading)
    count_on_word_lists(candidates, lines, _sentence_heading)
    count_on_restarted_lists(candidates, lines, _sentence_heading)
    three_parts(candidates)  # "25/07", "25/08", "25/09": when the first part stays the same it is the year, and the second runs
    # "2404/01": year and month; "2022/61": the year, then the minute; "363/02": the meeting; "1019/02": a parish's month and year
    slashed = [c for c in candidates if re.fullmatch(r"\d{1,2}/\d{1,4}|\d{4}/\d{3}|\d{2}(?:0[1-9]|1[0-2])/\d{2}|(?:0[1-9]|1[0-2])\d{2}/\d{2}|(?:19|20)\d\d/\d{1,4}|\d{3}/\d{2}", c.number)]
    firsts = Counter(c.number.split("/")[0] for c in slashed)
    common, times = firsts.most_common(1)[0] if firsts else ("", 0)
    # (among them, a few older minutes cited back, "20/16. Investigate the footpath": the year most lines keep runs)
    if len(slashed) >= 2 and (len(firsts) == 1 or times >= 3 and times * 3 >= len(slashed) * 2):
        for candidate in slashed:
            # (the others never run on from them)
            candidate.value = int(candidate.number.split("/")[1]) if candidate.number.split("/")[0] == common else 0
    candidates += refs
    best, best_score = [], 0.0
    for style in sorted({c.style for c in candidates}):
        chain, score = _best_chain([c for c in candidates if c.style == style])
        # A run of two or more beats any single number, however strong ("Minute 45" cited once).
        if (min(len(chain), 2), score) > (min(len(best), 2), best_score):
            best, best_score = chain, score
    if len(printed := run_printed_after(lines)) > len(best) and (best_score < 2.0 or len(printed) >= 3 and len(best) < 3):  # (a page's "1." to "5." stand)
        best, best_score = printed, 2.0  # ("PREVIOUS MEETING 4810 Cllr Bow ...", "... for information only. 4811", "REPORTS 4812 ...")
    if best_score < 2.0 and not (len(best) == 1 and best[0].strength >= 1.5):
        return headed_paragraphs(lines, _title_like, Heading)  # ("Public Speaking" over "112 Mr. Gale spoke ...")
    best = agenda_over_minutes(lines, best, candidates)
    best, agenda = minutes_after_agenda(adjoining_runs(best, candidates, _best_chain, lines), candidates, lines, _best_chain, _fill_gaps)
    best = _with_parents(with_taken_out_of_order(best, candidates), candidates)
    best = with_listed_after(lines, with_sentence_run(lines, best, _sentence_heading), candidates, _best_chain)
    if len(best) >= 2 and (_CLAUSE_LINE.match(lines[best[0].index]) and sum(bool(_CLAUSE_LINE.match(lines[h.index])) for h in best) * 3 >= len(best) * 2
                           or parts_of_a_decision(lines, best, _DECISION_END)):
        return []  # "1. The work programme be agreed;" "2. Consideration be given to ...": a resolution whose label was lost
    best = _with_decimal_items(lines, _with_sub_items(lines, _fill_gaps(lines, typed_again(restarted_ones(lines, best, candidates), candidates)), nested))
    return with_agenda_kept(lines, agenda, without_nested_tail(lines, best))  # (an agenda's list over the minutes: its entries no minute takes up)


def _day_month_minutes(candidates: list[Heading]) -> None:
    """ "20.12.01", "20.12.02", "20.12.03": the year and month, then the minute, on three or more lines: the minutes' own
    numbers (above an item's numbered points), made as strong as printed minutes."""
    months = Counter(c.number.rsplit(".", 1)[0] for c in candidates if re.fullmatch(r"\d{2}\.\d{2}\.\d{2}", c.number))
    for candidate in candidates:
        if months.get(candidate.number.rsplit(".", 1)[0], 0) >= 3 and re.fullmatch(r"\d{2}\.\d{2}\.\d{2}", candidate.number):
            candidate.strength = max(candidate.strength, 2.0)


def _comma_numbers_in_runs(candidates: list[Heading], lines: list[str]) -> list[Heading]:
    """Numbers closed by a comma ("1, To appoint a minute taker") only where three or more run on (never "12, Church Lane")."""
    # (never a payments list, "6, J Smith, Clerk's salary, £420")
    candidates = [c for c in candidates if not re.match(r"^\s*\d{1,3},\s+[^,]{1,30},|^\s*\d{1,3},\s.*[\u00a3$\u20ac]\s?\d", lines[c.index])]
    comma = [c for c in candidates if re.match(r"^\s*\d{1,3},\s", lines[c.index])]
    values = {c.value for c in comma}
    if not comma or any(v in values and v + 1 in values and v + 2 in values for v in values):
        return candidates
    return [c for c in candidates if c not in comma]


def _with_parents(best: list[Heading], candidates: list[Heading]) -> list[Heading]:
    """ "1. Order of business" over "1.1" and its title, "2. Declarations" over "2.1" (a web agenda that
    lists each section, then its items): when every item found is numbered within a section, the
    sections printed above them are items too."""
    if len(best) < 2 or not all(re.fullmatch(r"\d{1,3}\.\d{1,2}", h.number) for h in best):
        return best
    by_number: dict[str, list[Heading]] = {}
    for candidate in candidates:
        by_number.setdefault(candidate.number, []).append(candidate)
    out: list[Heading] = []
    parents = 0
    previous = -1
    seen: set[str] = set()
    for heading in best:
        major = heading.number.split(".")[0]
        if major not in seen:
            seen.add(major)
            parent = next((c for c in by_number.get(major, []) if previous < c.index < heading.index), None)
            if parent is not None:
                out.append(parent)
                parents += 1
        out.append(heading)
        previous = heading.index
    # every section printed, or none: "2. Speeding on Mill Lane" in a report's list under 1.2 is no section
    return out if parents == len(seen) else best


# "(a) Previous Meeting", "a) ...", "a.) Hall hire", and "a. Road sign issues." before a capital (or an application's reference, "a. 36/00071. Mill Barn.");
# "(a)Fingerpost signs ..." with no space before a capital; and in roman figures, "i) The clerk was asked ...", "(ii) Playground"
_SUB_ITEM = re.compile(
    r"^\s*(?:\(?(?P<letter>[a-h]|[ivx]{1,4}|[A-H])\.?\)(?:\s+|(?=[A-Z][a-z]|\d{1,4}\s+[A-Z]))|(?P<dotted>[a-h]|[ivx]{1,4}|[A-H])\.\s+(?=[A-Z\u201c\"']|\d{2}/\d{3,6}\b))"
    r"(?P<title>\S(?:.*\S)?)\s*$")
_LETTERS = "abcdefgh"
_ROMAN_MARKS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii")
_CLAUSE_START = re.compile(r"^(?:that\b|to\s|[a-z])|^That\b|^To\s+[a-z]")
_LEAD_IN_END = re.compile(r"(?::-?|[-\u2013]|\bthat|\bnamely|\bthe\s+following|\bas\s+follows)\s*$", re.IGNORECASE)


def _with_sub_items(lines: list[str], chain: list[Heading], nested: dict[int, tuple[int, int]]) -> list[Heading]:
    """Lettered sub-items under an item ("3. MINUTES" / "(a) Previous Meeting" / "(b) Executive
    Sub-Committee"): short titles, each over its own text, lettered a, b, c. In minutes of several
    items, lettered points written as sentences are sub-items too ("3. Matters arising:" over
    "a) It was reported that ...", "b) Parish Cottage - ... Action RG"), but not a decision's
    clauses ("(a) that ...", or points after a lead-in line ending ":") nor an agenda's purposes
    ("(a) To agree ...") nor the letters of a web page's item that has a "Minutes:" block. A list `nested` read under an
    item (`nested_points.listed_points`) gives its points first."""
    several = len([h for h in chain if h.style not in ("clause",)]) >= 2
    parents = {h.index for h in chain}
    chain = [h for h in chain if nested.get(h.index, (-1, 0))[0] not in parents]  # (a nested point is its item's, never an item)
    marked = footnote_mark(lines)  # (read once for the page, not once for each lone point)
    out: list[Heading] = []
    for position, heading in enumerate(chain):
        out.append(heading)
        stop = chain[position + 1].index if position + 1 < len(chain) else len(lines)
        # a web page's item: agenda text, then its "Minutes:" block; its letters are purposes or paragraphs
        sentences = several and not any(MINUTES_LINE.match(lines[i]) for i in range(heading.body_start, stop))
        subs = points_under(lines, heading, nested, stop) or _marked_points(lines, heading, stop, sentences, _LETTERS)
        if len(subs) < 2:
            subs = _marked_points(lines, heading, stop, sentences, _ROMAN_MARKS) or subs
        if len(subs) < 2 and re.fullmatch(r"\d{1,3}", heading.number):
            subs = _restarted_points(lines, heading, stop) or roman_points(lines, heading, stop) or subs
        referenced = reference_points(lines, heading, stop) if not subs and "/" in heading.number else []  # ("51/19.1" under "51/19")
        if len(subs) < 2 and not referenced and several and re.fullmatch(r"\d{1,4}/\d{2,4}", heading.number):
            subs = sentence_points(lines, heading, stop, _announces_clauses)  # ("16/42 Public Participation" over "1. John spoke ...")
        if len(subs) >= 2 or referenced or len(subs) == 1 and alone_point(lines, subs[0], stop, marked):
            out.extend(subs or referenced)
    return out


def _marked_points(lines: list[str], heading: Heading, stop: int, sentences: bool, marks) -> list[Heading]:
    """The points under `heading` marked in order by `marks` (letters a, b, c or roman figures i, ii, iii): each a short
    title over its own text, or (where `sentences`) a sentence that is no clause nor purpose. Under item 3, "3a" or "3(i)";
    under a reference number, "25/14(a)", so that it sorts after its item."""
    subs: list[Heading] = []
    capitals = False
    for index in range(heading.body_start, stop):
        match = _SUB_ITEM.match(lines[index])
        expected = marks[len(subs)] if len(subs) < len(marks) else None
        mark = (match.group("letter") or match.group("dotted")) if match else ""
        # (capitals, "A) Drainage" ... "E) Noticeboard", all of one case: never "B)" after "a)")
        if not match or mark.lower() != expected or subs and mark.isupper() != capitals:
            continue
        capitals = mark.isupper()
        title = match.group("title")
        if capitals and match.group("dotted"):
            break  # ("A. Jones reported a fallen tree.", "B. McAllister said ...": names with their initials)
        above = next((lines[i].strip() for i in range(index - 1, heading.index - 1, -1) if lines[i].strip()), "")
        if not subs and index > heading.body_start and _LEAD_IN_END.search(above) and _announces_clauses(above):
            break  # ("Decision:" over "(a) Approved", "(b) Delegated": the decision's parts)
        # (the text below it, past the blank and space-only lines a web page leaves)
        following = next((l.strip() for l in lines[index + 1 : index + 6] if l.strip()), "")
        # (an agenda's wording kept as a later point's title, "d. To receive any updates on the caravan at Sandhills", is as
        # short as its siblings' titles)
        short = not (
            len(title.split()) > (12 if subs and re.match(r"To\s+[a-z]", title) else 8)
            or title.endswith((".", ";", ",", ":"))
            or not _title_like(title)
            or not following
            or _SUB_ITEM.match(following)
        )
        # (in capitals, each a title over its text; after the first, one closed by a stop, "D) Telephone Box works and repairs.")
        titled = capitals and subs and len(title.split()) <= 12 and not re.search(r"[,\d\u00a3$]|\b(?:was|were|is|are|had|has|will|said|reported)\b", title)
        if not short and not titled and (capitals or not (sentences and _sentence_point(lines, heading, index, title, _LETTERS[len(subs)]))):
            break  # a clause list or a list of words, not sub-items
        lettered = marks is _LETTERS and re.fullmatch(r"\d{1,3}", heading.number)
        number = f"{heading.number}{expected}" if lettered else f"{heading.number}({expected})"
        rest = None if short else title
        subs.append(Heading(index, index + 1, number, heading.value, tidy_title(title if short else _sentence_title(title)), heading.style, 0.5, rest))
    # (a capital alone may be a name's initial, "A. Hale reported ..."; capitals in an item that speaks of options are its options)
    return [] if capitals and (len(subs) < 2 or any(re.search(r"(?i)\boptions?\b", line) for line in lines[heading.index : stop])) else subs


# (the title ends at its last letter: a lazy title before trailing spaces tries every one of them)
_POINT = re.compile(r"^\s*(\d{1,2})[.)]\s+(?P<title>\S(?:.*\S)?)\s*$")


def _restarted_points(lines: list[str], heading: Heading, stop: int) -> list[Heading]:
    """ "5. Progress reports:" over "1. Grass management schedule", "2. Lighting column 4": points
    numbered again from 1 under an item, each a short title over its own text, as sub-items 5.1, 5.2."""
    subs: list[Heading] = []
    for index in range(heading.body_start, stop):
        match = _POINT.match(lines[index])
        if not match or int(match.group(1)) != len(subs) + 1:
            continue
        title = match.group("title")
        following = next((l.strip() for l in lines[index + 1 : index + 3] if l.strip()), "")
        if len(title.split()) > 10 or title.endswith((".", ";", ",")) or not _title_like(title) or not following or re.match(r"^\d{1,2}[.)]\s", following):
            return []  # a numbered list of sentences or of words, not points with their own text
        subs.append(Heading(index, index + 1, f"{heading.number}.{len(subs) + 1}", heading.value, tidy_title(title), heading.style, 0.5))
    return subs


def _sentence_point(lines: list[str], heading: Heading, index: int, text: str, letter: str) -> bool:
    """Whether a lettered line written as a sentence is a sub-item: not a clause or a purpose, and
    (for the first letter) not the list of a lead-in line inside the item's text."""
    if _CLAUSE_START.match(text):
        return False
    if letter >= "c":
        return True  # (two points before it were the item's own: "(g) Agreed to buy new Christmas lights ..." is a third)
    if opener(text) is not None:
        return False
    if letter != "a":
        return True
    previous = next((i for i in range(index - 1, heading.index - 1, -1) if lines[i].strip()), heading.index)
    line = lines[previous].strip()
    if previous < heading.body_start:
        # straight under the item's own title: "3. Matters arising:" / "a) ..."; never under a title that is a decision
        # announcing its list ("3. It was RESOLVED to name the following members as leads" over "a. Allotments – Cllr Hale.")
        return not (re.search(r"(?i)\b(?:the\s+following|as\s+follows)\b", line) and (opener(re.sub(r"^\s*\d{1,3}\.?\s+", "", line)) or ("",))[0] == "decision")
    return not (_LEAD_IN_END.search(line) or _DECISION_END.search(line) or _BODY_LEAD_IN.match(line))


def _announces_clauses(line: str) -> bool:
    """Whether a line over a numbered list announces a decision's clauses ("RESOLVED:", "It was agreed to:")."""
    return bool(_DECISION_END.search(line) or _BODY_LEAD_IN.match(line) or opener(re.sub(r"^\s*\d{1,3}\.?\s+", "", line)) is not None)


# "8 Date of next meeting \u2013 May 12th 2036 7.30pm. To be preceded by ...": the standing item's title run on with its date
_NEXT_MEETING_RUN_ON = re.compile(r"(?i:date\s+of\s+(?:the\s+)?next\s+meeting|next\s+meeting)\s*[\u2013\u2014:-]\s*\S")
# "Item 5:1 Completed", "Item 14:2 Ongoing": an earlier item cited in a log of its actions, with only its state for a title
_STATE_ONLY = re.compile(rf"(?i)(?:{STATE_WORDS}|no\s+(?:update|change|progress))\.?")
# a point titled by an address or an application's reference: "3.1 14 Quarry Road, Haddon - Garage Conversion", "3.2 36/01187/FUL ..."
_PLACE_OR_PLAN = re.compile(rf"\d{{1,4}}[a-z]?\s+[A-Z][a-z]+\s+(?:{STREET_WORDS}|Farm|House|Cottages?)\b|\d{{2}}/\d{{4,5}}/[A-Z]{{2,5}}\b")


def _candidate(lines: list[str], index: int, running_years: frozenset[str] = frozenset()) -> Heading | None:
    line = _prepared(lines[index])
    if line is None or year_like_column(line, running_years):
        return None
    alone = _ALONE.match(line)
    if alone and alone.group("number"):
        cursor = index + 1  # ("2." over "2.1" over "URGENT ITEMS": the item's first paragraph number stands between; "47" over "." its stop)
        while cursor < len(lines) and (not lines[cursor].strip() or re.fullmatch(r"\s*\d{1,3}(?:\.\d{1,2}){1,3}\.?\s*", lines[cursor]) or cursor == index + 1 and lines[cursor].strip() == "."):
            cursor += 1
        if cursor >= len(lines):
            return None
        title_lines = [lines[cursor].strip()]
        if (labelled := label_under_a_number(index, cursor, _clean_number(alone.group("number")), title_lines[0])) is not None:
            return labelled  # ("3:-" over "County Councillor's Report: Cllr Hale had sent ...")
        if not _title_like(title_lines[0], long=True) or _ALONE.match(title_lines[0]) or sentence_of_a_point(alone.group("number"), title_lines[0]):
            return _cell_over_paragraph(index, cursor, _clean_number(alone.group("number")), line, title_lines[0], bool(alone.group("prefix")))
        cursor += 1  # (a title in capitals may wrap over several lines: printed minutes, agenda packs)
        while cursor < len(lines) and is_caps_line(title_lines[-1]) and lines[cursor].strip() and is_caps_line(lines[cursor]) \
                and not _ALONE.match(lines[cursor]) and opener(lines[cursor]) is None:
            title_lines.append(lines[cursor].strip())
            cursor += 1
        number = _clean_number(alone.group("number"))
        return Heading(index, cursor, number, _value(number), tidy_title(" ".join(title_lines)), _alone_style(number, line), 3.0 if alone.group("prefix") or line.rstrip().endswith((".", ")")) else 2.5)
    inline = _INLINE.match(line)
    if inline and inline.group("number"):
        sep = inline.group("sep").strip()  # "2. a) Minutes ...": the item's first lettered point opens its line ("4 (a) Planning",
        # with no stop: perhaps an earlier minute's point cited, "9 (a) Playing Field", never running on in a jump)
        raw_title = re.sub(r"^\(?a\)\s+(?=[A-Z])" if sep else r"^\((?:[a-h]|[ivx]{1,4})\)\s+(?=[A-Z])", "", inline.group("title").strip())
        prefix = bool(inline.group("prefix"))
        number = _clean_number(inline.group("number"))
        number, raw_title = _glued_point(number, raw_title, sep)
        raw_title = re.sub(r"^\d{1,2}\.\s+(?=[A-Z][a-z])", "", raw_title) if "/" in number else raw_title  # ("1238/24 1. Apologies": the agenda's number)
        title, rest = _cited_title_and_rest(raw_title)
        if rest and re.search(r"[A-Za-z]{3}\s1$", title) and raw_title.startswith(f"{title}. "):
            title, rest = title[:-2], f"1. {rest}"  # "19.002 Declarations of Interest and Dispensations 1. Declarations ...": its first point run on
        title, rest, minute = minute_after_title(number, raw_title, title, rest)
        # "2022-107", "F01:04/24", "298/2016", "TC.707": no other line starts so, and the agenda's whole sentence may follow
        year_first = bool(re.fullmatch(r"\d{2,4}/(?:19|20)\d\d|(?:19|20)\d\d-\d{1,4}|(?:19|20)\d\d-\d{2}/\d{1,2}[a-z]?|[A-Z]{1,3}\d{1,3}:\d{2}/\d{2}|[A-Z]{1,4}\d{2}/\d{2}/\d{1,3}|(?-i:[A-Z]{2,3})\.\d{3,4}", number))
        running = running_minute(number, running_years)  # "16.95 To receive apologies ...": the council's running minute
        if board_paragraph(number, raw_title):
            running, title, rest = True, raw_title, None
        if running and rest is None and (opener(title) or len(title.split()) > 12):
            # "22.17. It was resolved to approve the minutes ...": the minute is its line; its opening words name it
            title, rest = _first_words(title), title
        title, rest = _page_run_title(title) if in_page_run(number, running_years) and rest is None else (title, rest)
        year_first = year_first or running or in_page_run(number, running_years)
        if not prefix and VOTE_COUNT.fullmatch(raw_title) or not (_title_like(title, long=year_first) or year_first and title[:1].isupper() and (len(title) < 400 or "/" in number)) or prefix and (cited_in_declaration(raw_title, lines[index + 1 : index + 3]) or cited_with_its_year(raw_title) or _STATE_ONLY.fullmatch(raw_title)):
            return None  # after "2022-108" even the agenda's whole sentence is the item ("Minute No 104 35/36 \u2013 Chair AB reported ...": cited; "01 Abstentions": a vote's tally)
        words = 20 if re.fullmatch(r"\d{4}\.\d{1,2}", number) else 12  # "2307.03 Minutes of the Meeting of ... on 12th June 2023"
        if re.fullmatch(r"\d+\.\d+", number) and not running and not (is_caps_line(title) or number.endswith(".0") or (len(title.split()) <= words and not title.rstrip().endswith(".")) or capitalised_title(title)):
            return None  # "60.1 An apology was received.": a paragraph, not an item ("71.16 Chairman's Announcements." is one)
        title = title[:-1] if title.endswith(".") and re.fullmatch(r"\d+\.\d+", number) and capitalised_title(title) else title
        if not prefix and not sep and not (is_caps_line(title) or "/" in number or "(" in number or year_first or running or _ATTACHMENT.search(title)):
            # "19 Children in Care Annual Report": a bare number needs a title that looks like one.
            # ("3 2019-2020 Annual Audit": a title may open with the year it is about)
            if not ((title[0].isupper() or re.match(r"(?:19|20)\d\d(?:[-/](?:19|20)?\d\d)?\s+[A-Z][a-z]", title) or "." in number and _PLACE_OR_PLAN.match(title)) and len(title.split()) <= max(14, words)
                    and (not title.endswith(".") or len(title.split()) <= 6 or len(title.split()) <= 10 and title_cased(title))) and not _NEXT_MEETING_RUN_ON.match(title):
                return None
            # ("100       Apologies for Absence": a minute number in a column of its own, a wide gap before its title)
            strength = 2.0 if re.match(r"^\s*\d{3,4}[ \t\u00a0]{4,}\S", lines[index]) and not re.search(r"[\u00a3$\u20ac]\s?\d|\d\.\d{2}\s*$", lines[index]) else 1.0
        else:
            strength = 3.0 if prefix else (2.0 if is_caps_line(title) else 1.5)
        return None if re.match(r"^\d{1,2}$", number) and re.match(r"^(?:st|nd|rd|th)\b", title) else Heading(
            index, index + 1, number, _value(number), tidy_title(title), "prefixed" if prefix else "inline", strength, rest,
            minute=minute, lettered=not sep and bool(re.match(r"\((?:[a-h]|[ivx]{1,4})\)\s", inline.group("title"))))
    glued = _GLUED.match(line)
    # ("363/01APOLOGIESApologies were received ...": the title in capitals glued to its text as well;
    # a reference's title in capitals is judged alone, "363/03MINUTES The following minutes were read")
    title, rest = _glued_title_and_rest(glued.group("title").strip()) if glued else ("", "")
    if glued and _title_like(title if glued.group("reference") and rest and is_caps_line(title) else glued.group("title"), long=True):
        number = glued.group("number") or glued.group("reference")
        # (a number glued to its title runs in the chain of its neighbours, printed with their space)
        return Heading(index, index + 1, number, _value(number), tidy_title(title), "inline", 0.8, rest)
    roman = _ROMAN_OR_LETTER.match(line)  # ("II. Finance", "II. Finance: The bank ...": any case; a letter's title in capitals)
    title, rest = (run_in.groups() if roman and (run_in := re.match(r"([A-Z][^:.;]{2,60}):\s+(\S.*)$", roman.group("title"))) else (roman and roman.group("title"), None))
    if roman and _title_like(title) and (roman.group("item") or is_caps_line(title) or _plain_roman(roman, title, rest)):
        number = roman.group("number") or roman.group("named")
        value = _ROMANS.get(number, ord(number) - ord("A") + 1 if len(number) == 1 else 0)  # (V and X in ordinary case run with I to IV)
        return Heading(index, index + 1, number, value, tidy_title(title), "roman" if number in _ROMANS and (number not in ("V", "X") or not is_caps_line(title)) else "letter", 1.5, rest)
    return None


def _page_run_title(title: str) -> tuple[str, str | None]:
    """The title and text of a line a reference running through the page opens: "17404 Matters arising from the meeting held
    on ... 2036. i) ...", its first sentence; "2036/1) Election of Chairman On the motion of Cllr Hale, it was RESOLVED ...",
    the words before the decision (never the minute's own first sentence, "The minutes were approved. ..."); a long line
    of text with neither, its first words, as a running minute's."""
    stop = _RUN_TITLE_END.match(title)
    if stop and not (stop.group(1) and (opener(stop.group(1)) or _TOLD.search(stop.group(1))) or stop.group(2) and _SUBJECT_BEFORE.search(stop.group(2))):
        return (stop.group(1) or stop.group(2)).rstrip(" ,"), title[stop.end() :]
    if opener(title) or len(title.split()) > 12 and _TOLD.search(title):
        return _first_words(title), title
    return title, None


def _first_words(title: str) -> str:
    """A minute's line that is its text, named by its opening words: "It was resolved to approve the minutes of the …"."""
    return " ".join(title.split()[:8]).rstrip(" ,;:") + " \u2026"


_TOLD = re.compile(r"(?i)\b(?:was|were|is|are|had|has|have|will|would|agreed|resolved|approved|noted|accepted|received|reported|declared)\b")
# (a sentence's stop, never an abbreviation's: "Report from Cllr. Hale", "Letter from St. Mary's", "held on 4th Sept.")
_RUN_TITLE_END = re.compile(
    r"^((?:\S+\s+){2,14}?(?!(?i:cllrs?|st|mr|mrs|ms|dr|no|nos|sch|approx|sept?|jan|feb|mar|apr|jun|jul|aug|oct|nov|dec|rd|ave|ltd|co|etc|ref|tel|rev|dept|govt|esq|vs?|fig|para|cttee|cmttee)\.)\S+[a-z0-9)]\.)"
    r"\s+(?=[A-Z(\d\u2018\u201c\"']|[ivx]{1,4}\))|^((?:\S+\s+){1,14}?\S+?),?\s+(?=On\s+the\s+motion\b|(?:[Ii]t\s+was\s+)?(?:RESOLVED|AGREED)\b|It\s+was\s+(?:resolved|agreed)\b)")
# the words before a decision that are its sentence's subject, never a title: "It was RESOLVED", "The Council RESOLVED", "Cllr
# Hale proposed, Cllr Dane seconded and it was AGREED"
_SUBJECT_BEFORE = re.compile(r"^(?:It|There|This|He|She|They|We|Members|Councillors?|Cllrs?\.?|The\s+(?:[A-Z][\w'\u2019-]+\s+){0,2}(?:Council|Committee|Board|Panel|Meeting|Chair\w*|Mayor|Clerk))\b|\b(?:proposed|seconded|moved)\b")


def _cell_over_paragraph(index: int, cursor: int, number: str, line: str, below: str, prefixed: bool = False) -> Heading | None:
    """ "POL.510 /" alone in a table's cell, its title lost, over the minute's paragraph: an item titled by its sentence (and
    "Minute 83" alone over a minute with no heading of its own)."""
    if not (line.rstrip().endswith("/") or prefixed) or not re.match(r"[A-Z].{40,}[.:]$", below) or _title_like(below, long=True) or _ALONE.match(below):
        return None
    return Heading(index, cursor, number, _value(number), _sentence_title(below), "alone", 2.0)


def _glued_point(number: str, raw_title: str, sep: str) -> tuple[str, str]:
    """ "2.2Wrangle Sea Banks Project": a point's number glued to its title (the number and the title apart)."""
    point = re.match(r"^(\d{1,2})(?=[A-Z][a-z])", raw_title) if sep == "." and re.fullmatch(r"\d{1,3}", number) else None
    return (f"{number}.{point.group(1)}", raw_title[point.end():]) if point else (number, raw_title)


def _alone_style(number: str, line: str) -> str:
    """A number alone on its line runs in a chain of its own, but a reference runs with its neighbours printed with their titles
    ("01/36/01 – Welcome", "01/36/02" over "Patient Story", "01/36/03 – ..."), and so does a table's "1. /" whose title
    cell fell below it, among "2. / PUBLIC PETITIONS"."""
    return "inline" if re.fullmatch(r"\d{2}/\d{2}/\d{2}", number) or line.endswith("/") else "alone"


def _best_chain(candidates: list[Heading]) -> tuple[list[Heading], float]:
    """The heaviest run of candidates whose numbers increase in small steps, in line order."""
    count = len(candidates)
    score = [c.strength for c in candidates]
    back = [-1] * count
    for j in range(count):
        for i in range(max(0, j - 60), j):
            if _follows(candidates[i], candidates[j]) and score[i] + candidates[j].strength > score[j]:
                score[j] = score[i] + candidates[j].strength
                back[j] = i
    if not count:
        return [], 0.0
    end = max(range(count), key=lambda k: score[k])
    chain = []
    while end != -1:
        chain.append(candidates[end])
        end = back[end]
    chain.reverse()
    return chain, max(score)


def _follows(before: Heading, after: Heading) -> bool:
    if (cited_shape(before.number) != cited_shape(after.number) or after.lettered) and after.value > before.value + 2 or not printed_alike(before.number, after.number):
        return False  # "4. Matters arising" then "8 (1) Station Road", "9 (a) Playing Field": earlier minutes' points cited; "(9)" then "PF11/16"
    if after.value == before.value:  # 5 -> 5a -> 5b, 5 -> 5.1 -> 5.2
        # ("2035-032 To agree the notes ..." then "2035-032 Reports from the police ...": a minute's reference typed twice)
        # ("06/05/21 Mid Devon District Council" over "6.1 Planning Applications": a dotted point under its minute, whatever
        # the minute's last part counts)
        if "/" in before.number and re.fullmatch(r"\d{1,3}\.[1-9]\d?", after.number) and int(after.number.split(".")[0]) == before.value:
            return True
        return _minor(after.number) > _minor(before.number) or after.number == before.number and bool(re.fullmatch(r"\d{2,4}[-/]\d{3}", after.number)) and after.title != before.title
    # Numbers run on in small steps; a clearly printed item may follow a longer gap (the items between were taken in
    # private, or the minutes number through the year).
    return before.value < after.value <= before.value + (40 if after.strength >= 2 and before.strength >= 2 else 12)


_PARAGRAPH = re.compile(r"^\s*(\d{1,3})\.(\d{1,2})\.?(?:\s+\S|\s*$)")  # "17.1 The Board ...", or "8.1" alone over its paragraph


def paragraph_item_number(lines: list[str]) -> str | None:
    """A page holding one item numbers its paragraphs 17.1, 17.2 ...: the item is 17."""
    majors = [m.group(1) for m in (_PARAGRAPH.match(line) for line in lines) if m]
    if len(majors) >= 2 and len(set(majors)) == 1:
        return majors[0]
    return None
