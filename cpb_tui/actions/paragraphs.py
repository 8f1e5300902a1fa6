"""The plain paragraphs of a minute's Markdown that the narrative reader takes one by one."""

from __future__ import annotations

import re

from cpb_tui.actions.action_lines import CODED
from cpb_tui.actions.asides import DASHED_INITIALS
from cpb_tui.actions.phrases import ACT_TAG_OPENS, _clean
from cpb_tui.importers.layout import AFTER_ABBREVIATION, CAPITAL_TAG_LINE, STATE_ROW, TOPIC_LINE

_PARA_NUMBER = re.compile(r"\*\*\d{1,2}(?:\.\d{1,2})*\.?\*\*\s*")
_CODED = re.compile(rf"^\s*{CODED}[A-Z]")


# "A tree blocks the path. Clerk to contact highways.(Act Clerk) There are ...": a tag in brackets ends its paragraph
_BRACKETED_TAG = re.compile(
    rf"({ACT_TAG_OPENS}[A-Z][\w &,/]{{0,30}}\)\.?"
    # "... under the council's letterhead. RS/MG Action. (ii) TEC Services ...": initials, then Action, mid-paragraph
    r"|(?<=[.;]\s)[A-Z]{2,3}(?:\s*[/&,]\s*[A-Z]{2,3})*\s+Action\."
    # "... needs to be replaced \u2013 Action: Councillor Swinborne. Item 11 ...": a named member's tag, mid-paragraph
    r"|[\u2013\u2014-]\s*Action\s*:\s*(?:Councillor|Cllr\.?)\s+[A-Z][\w'\u2019-]+\.?)(?:[ \t]+(?=[A-Z(])|(?<=\))[ \t]*\n?[ \t]*(?=[A-Z(]|[a-z][/.)]\s))"  # (a bracketed tag ends its line too)
)


# "... a gate for the lane ACTION CLERK. 31/210 DT and PW have ... ACTION DT/PW (see also 31/215) 31/212 ...": a matters
# arising run whose points each end with their doers in capitals; each tag ends its point
_CAPITAL_TAG = re.compile(r"(?<=[a-z)]\s)(ACTIONS?\s*[:\u2013-]?\s*[A-Z]{2,}(?:\s*[/&,]\s*[A-Z]{2,})*\.?)[ \t]+(\([^()]{1,60}\)[ \t]+)?(?=[A-Z0-9(])")
_DOER_TAG_MID = re.compile(r"(?<=[a-z)]\.\s)(Actions?\s*[:\u2013-]\s*(?:[Tt]he\s+)?[A-Z][\w']*(?:[ \t]+[A-Z][\w']*){0,2}\.)\s+(?=[A-Z])(?!Actions?\s+(?:on-?going|outstanding|open|pending|complete|completed|closed|done)\b)")
# "... reply awaited. 31/182 The bench is mended. 31/188 Report due from RW": a run of old minutes' points
_CITED_MINUTE = re.compile(r"(?<=[a-z.)])(?<![Mm]inute)(?<![Mm]in\.)(?<![Ii]tem)(?<![Ss]ee)[ \t]+(?=\d{1,3}/\d{2,5}\s+[A-Z])")
# "... a place on the planning course. The Clerk would action. The Clerk then said ...": the promise ends its point
_WOULD_ACTION = re.compile(r"((?<=[.!?]\s)(?:The\s+)?(?:Clerk|Chair(?:man|person)?|[A-Z]{2,3})\s+(?:will|would)\s+action(?:\s+(?:this|it))?\.)[ \t]+(?=[A-Z])")
# "... at no charge iv.The clerk would draw up a plan ...": a roman numbered point glued to its sentence, mid-line
_GLUED_POINT = re.compile(r"(?<=[a-z,;.])[ \t]+(?=(?:ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)\.[A-Z][a-z])")


# "... has been repaired. o Cutting of footpath \u2013 to be chased.": a Word list's second-level "o" bullets run into one line
_INLINE_O_BULLET = re.compile(r"(?<=[.!?])[ \t]+o[ \t]+(?=[A-Z])")


# "BE to sign the Code of Conduct", "Clerk to write to the county - ongoing": an action list's line
_INITIALS_TO = re.compile(r"^[A-Z]{2,3}(?:\s*(?:,|and|&|/)\s*[A-Z]{2,3})*\s+to\s+[A-Za-z][a-z]+\b")
_DOER_TO = re.compile(r"^(?:(?:The\s+)?Clerk|(?:Cllr|Councillor)\.?\s+[A-Z][\w'-]+)\s+to\s+[A-Za-z][a-z]+\b")
# a wide gap before a sentence's opening, where a PDF's bullet or line break was lost ("... by the bridge)  The hall roof
# ..."): the paragraph ends there (never inside a sentence: "write to the  County Council", "agreed to ask  Anglian Water")
_WIDE_GAP = re.compile(
    r"(?:(?<=[a-z]{3})|(?<=[a-z0-9]\)))(?<!\bthe)(?<!\band)(?<!\bfor)(?<!\bwith)(?<!\bfrom)(?<!\binto)(?<!\bask)[ \t\u00a0]{2,}"
    r"(?=(?:The|A|An|It|There|This|These|Those|He|She|They|We|Members|Cllrs?|Councillors?|Officers?|Residents?|Police|Clerk|Chair(?:man)?|On|In|At)\s)"
)
# "... dates of meetings. AP Clerk to confirm dates": an action point starts a paragraph; it ends at its line's end, or where
# the next topic's run-in heading starts ("AP Clerk to confirm dates Liaison with the Church \u2013")
_POINT_STARTS = re.compile(r"(?<=[.!?])[ \t]+(?=AP\s+(?:[A-Z][\w.'\u2019-]*\s+){1,3}to\s+[a-z])")
_POINT_LINE_ENDS = re.compile(r"(^AP\s+[^\n]*?)[ \t]*\n", re.MULTILINE)
_POINT_TOPIC_ENDS = re.compile(r"(^AP\s+[^\n\u2013\u2014]{3,200}?)[ \t]+(?=[A-Z][\w'\u2019 /&-]{2,40}?\s[\u2013\u2014](?:\s|$))", re.MULTILINE)


_OWNER_RUN_ON = re.compile(
    r"^(\s*ACTIONS?\s*[:\u2013-]\s*(?:The\s+)?[A-Z][\w.'\u2019]*(?:\s*(?:/|,|&|and)\s*[A-Z][\w.'\u2019]*){0,2})\s+"
    r"(?=The\s+[A-Z][\w'\u2019-]*\s+(?:advised|said|reported|explained|confirmed|stated|noted|informed|asked|added)\b)",
    re.MULTILINE,
)


def _action_points(text: str) -> str:
    """The text with each "AP ..." action point set apart as a paragraph of its own."""
    if "AP " not in text:
        return text
    return _POINT_TOPIC_ENDS.sub("\\1\n\n", _POINT_LINE_ENDS.sub("\\1\n\n", _POINT_STARTS.sub("\n\n", text)))


def paragraphs_marked(markdown: str) -> list[tuple[str, bool]]:
    """Plain paragraphs of minutes Markdown, up to any RESOLVED block (those are resolutions),
    each with whether it was an item of a list (a bullet or "1.")."""
    text = _BRACKETED_TAG.sub("\\1\n\n", _PARA_NUMBER.sub("", markdown))
    # "... would be organised for the spring \u2013 AS" over the next point: the doers' initials end the point's line
    text = re.sub(DASHED_INITIALS, "\\g<0>\n", text, flags=re.MULTILINE) if "\n" in text else text
    text = _WIDE_GAP.sub("\n\n", re.sub(r"(?<!\\)\*\*", "", text))
    text = _action_points(re.sub(r"\\([\\`*_\[\]{}()<>#+\-.!|~])", r"\1", text))
    text = _GLUED_POINT.sub("\n\n", text)
    text = _INLINE_O_BULLET.sub("\n\n", text) if " o " in text else text
    if len(_CITED_MINUTE.findall(text)) >= 3:  # (each point without the old minute's number it opens with)
        text = re.sub(r"(?:^|(?<=\n))\d{1,3}/\d{2,5}\s+(?=[A-Z])", "", _CITED_MINUTE.sub("\n\n", text))
    text = _WOULD_ACTION.sub("\\1\n\n", text) if "ction" in text else text
    if "Action" in text:  # ("... carried forward to the next meeting. Action: The Chair. Accounts ...": a doer-only tag ends its point)
        text = _DOER_TAG_MID.sub("\\1\n\n", text)
    if "CTION" in text:
        text = _CAPITAL_TAG.sub(lambda tag: f"{tag.group(1)}\n\n" + (f"{tag.group(2)}\n\n" if tag.group(2) else ""), text)
        # "ACTION : Chair The Chair advised that ...": an owner-only action line the page ran into the next paragraph
        text = _OWNER_RUN_ON.sub("\\1\n\n", text)
    paragraphs: list[tuple[str, bool]] = []
    for block in re.split(r"\n\s*\n", text):
        lines: list[str] = []
        listed = False
        rows = block.split("\n")
        for at, line in enumerate(rows):
            if re.match(r"^\s*RESOLVED\b", line):
                paragraphs.append((" ".join(lines), listed))
                return [(_clean(p), m) for p, m in paragraphs if p.strip()]
            # a bullet, "1." or "1)", and lettered or roman sub-points: "a)", "(b)", "(iv)"
            # (or glued to its sentence, "iv.The clerk would ...")
            bullet = re.match(r"^\s*(?:[-*+\u2022\u00b7]|\d{1,2}[.)]|[a-z][.)]|[ivx]{2,4}[.)]|\((?:[a-z]|[ivx]{1,4})\))(?:\s+|(?<=[.)])(?=[A-Z][a-z]))(.*)$", line)
            named = not lines or not re.search(r"(?:\band|&|,|\bthe|\bto|\bwith|\bof)\s*$", lines[-1])  # (never "Cllr Ames and" over "Cllr Best to ...")
            if bullet is None and ((_INITIALS_TO.match(line.strip()) or STATE_ROW.match(line) or named and _DOER_TO.match(line.strip())) or _CODED.match(line)):
                # "BE to sign the Code of Conduct - in progress", "30/06/26-01-Secretary to send ...": an action list's line
                bullet = re.match(r"^\s*(.*)$", line)
            if re.match(r"^\s*(?:ACTIONS?|Actions?)\s*[:\u2013-]\s*(?!(?i:none|nil|n/a|completed?|done|noted|ongoing|all)\b)[A-Z][\w.'\u2019]*(?:\s*(?:/|,|&|and)?\s*[A-Z][\w.'\u2019]*){0,3}\s*$", line) and lines or lines and CAPITAL_TAG_LINE.match(line.strip()):
                # "ACTION : Chair" (or "ACTION ALL") under its paragraph, the next paragraph straight after it: a line of its own
                paragraphs.append((" ".join(lines), listed))
                paragraphs.append((line.strip(), False))
                lines, listed = [], False
                continue
            point = re.match(r"^\s*(?:AP|A/P)\s+(?=[A-Z])(.*)$", line)
            if point:
                # "AP Clerk to confirm dates": an action point, a paragraph of its own however the lines run on
                if lines:
                    paragraphs.append((" ".join(lines), listed))
                paragraphs.append((point.group(1), True))
                lines, listed = [], False
                continue
            if TOPIC_LINE.match(line) and (not lines or re.search(r"[.!?]\s*$", lines[-1]) and not AFTER_ABBREVIATION.search(lines[-1])) \
                    and re.match(r"\s*[A-Z](?!o\s+[a-z])", rows[at + 1] if at + 1 < len(rows) else ""):  # (never over "To obtain ...")
                # "Station Road \u2013 Pavement" over "The Clerk to ...": a topic's heading inside the item, never the task's
                if lines:
                    paragraphs.append((" ".join(lines), listed))
                paragraphs.append((line.strip(), False))
                lines, listed = [], False
                continue
            if bullet:
                # a list item is a paragraph of its own
                if lines:
                    paragraphs.append((" ".join(lines), listed))
                lines, listed = [bullet.group(1)], True
            else:
                lines.append(line)
        paragraphs.append((" ".join(lines), listed))
    return [(_clean(p), m) for p, m in paragraphs if p.strip()]
