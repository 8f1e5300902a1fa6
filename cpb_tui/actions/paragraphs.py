"""The plain paragraphs of a minute's Markdown that the narrative reader takes one by one."""

from __future__ import annotations

import re

from cpb_tui.actions.action_lines import CODED
from cpb_tui.actions.phrases import ACT_TAG_OPENS, _clean

_PARA_NUMBER = re.compile(r"\*\*\d{1,2}(?:\.\d{1,2})*\.?\*\*\s*")
_CODED = re.compile(rf"^\s*{CODED}[A-Z]")


# "A tree blocks the path. Clerk to contact highways.(Act Clerk) There are ...": a tag in brackets ends its paragraph
_BRACKETED_TAG = re.compile(
    rf"({ACT_TAG_OPENS}[A-Z][\w &,/]{{0,30}}\)\.?"
    # "... under the council's letterhead. RS/MG Action. (ii) TEC Services ...": initials, then Action, mid-paragraph
    r"|(?<=[.;]\s)[A-Z]{2,3}(?:\s*[/&,]\s*[A-Z]{2,3})*\s+Action\."
    # "... needs to be replaced \u2013 Action: Councillor Swinborne. Item 11 ...": a named member's tag, mid-paragraph
    r"|[\u2013\u2014-]\s*Action\s*:\s*(?:Councillor|Cllr\.?)\s+[A-Z][\w'\u2019-]+\.?)[ \t]+(?=[A-Z(])"
)


def paragraphs_marked(markdown: str) -> list[tuple[str, bool]]:
    """Plain paragraphs of minutes Markdown, up to any RESOLVED block (those are resolutions),
    each with whether it was an item of a list (a bullet or "1.")."""
    text = _BRACKETED_TAG.sub("\\1\n\n", _PARA_NUMBER.sub("", markdown))
    text = re.sub(r"(?<!\\)\*\*", "", text)
    # a wide gap before a capital, where a PDF's bullet or line break was lost ("... by the bridge)  The hall roof ..."):
    # the paragraph ends there
    # (never inside a sentence: "write to the  County Council", "agreed to ask  Anglian Water")
    text = re.sub(
        r"(?:(?<=[a-z]{3})|(?<=[a-z0-9]\)))(?<!\bthe)(?<!\band)(?<!\bfor)(?<!\bwith)(?<!\bfrom)(?<!\binto)(?<!\bask)[ \t\u00a0]{2,}"
        r"(?=(?:The|A|An|It|There|This|These|Those|He|She|They|We|Members|Cllrs?|Councillors?|Officers?|Residents?|Police|Clerk|Chair(?:man)?|On|In|At)\s)",
        "\n\n", text)
    text = re.sub(r"\\([\\`*_\[\]{}()<>#+\-.!|~])", r"\1", text)
    # "... dates of meetings. AP Clerk to confirm dates" then a hard break: an action point, a paragraph of its own
    text = re.sub(r"(?<=[.!?])[ \t]+(?=AP\s+(?:[A-Z][\w.'\u2019-]*\s+){1,3}to\s+[a-z])", "\n\n", text) if "AP " in text else text
    text = re.sub(r"(^AP\s+[^\n]*?)[ \t]*\n", "\\1\n\n", text, flags=re.MULTILINE) if "AP " in text else text
    # (and it ends where the next topic's run-in heading starts: "AP Clerk to confirm dates Liaison with the Church \u2013")
    text = re.sub(r"(^AP\s+[^\n\u2013\u2014]{3,200}?)[ \t]+(?=[A-Z][\w'\u2019 /&-]{2,40}?\s[\u2013\u2014](?:\s|$))", "\\1\n\n", text, flags=re.MULTILINE) if "AP " in text else text
    paragraphs: list[tuple[str, bool]] = []
    for block in re.split(r"\n\s*\n", text):
        lines: list[str] = []
        listed = False
        for line in block.split("\n"):
            if re.match(r"^\s*RESOLVED\b", line):
                paragraphs.append((" ".join(lines), listed))
                return [(_clean(p), m) for p, m in paragraphs if p.strip()]
            # a bullet, "1." or "1)", and lettered or roman sub-points: "a)", "(b)", "(iv)"
            bullet = re.match(r"^\s*(?:[-*+\u2022\u00b7]|\d{1,2}[.)]|[a-z][.)]|\((?:[a-z]|[ivx]{1,4})\))\s+(.*)$", line)
            if bullet is None and (re.match(r"^[A-Z]{2,3}(?:\s*(?:,|and|&|/)\s*[A-Z]{2,3})*\s+to\s+[A-Za-z][a-z]+\b", line.strip()) or _CODED.match(line)):
                # "BE to sign the Code of Conduct - in progress", "30/06/26-01-Secretary to send ...": an action list's line
                bullet = re.match(r"^\s*(.*)$", line)
            point = re.match(r"^\s*(?:AP|A/P)\s+(?=[A-Z])(.*)$", line)
            if point:
                # "AP Clerk to confirm dates": an action point, a paragraph of its own however the lines run on
                if lines:
                    paragraphs.append((" ".join(lines), listed))
                paragraphs.append((point.group(1), True))
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
