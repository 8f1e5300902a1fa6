"""How minutes record who moved a decision: "JS proposed that ..., seconded by JP and resolved",
"It was proposed by Cllr Amos and seconded by Cllr Birch and agreed that ...", "Motion (AH) &
seconded (GL) that the minutes be approved". `decisions` reads the motion carried as the decision,
and drops the movers' names from a decision that follows them.
"""

from __future__ import annotations

import re

# a name in a mover's words, its title or initials with a full stop ("Cllr. M. Wynne")
NAME_PART = r"(?:[^,;:.]|(?<=Cllr)\.|(?<=Mrs)\.|(?<=Mr)\.|(?<=Dr)\.|(?<=\b[A-Z])\.)"
# a member named as the mover: "Cllr T Evans", "Councillor Rowe", "Ann Reid"
NAMED_MOVER = r"(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}"
# "JS proposed that the draft notes be adopted as the minutes, seconded by JP and resolved."
MOTION_CARRIED = re.compile(
    # (moved "by" a named member, one sentence: never over "Cllr Brown disagreed." or an amendment moved after it; and carried,
    # never "agreed to be deferred", "carried forward")
    r"^(?:[^,;]{1,60}?\s+proposed\s+(?:(?P<by>by\s+" + NAMED_MOVER + r"\s+)(?P<named>that\s+(?:(?![a-z0-9)]\.\s+[A-Z])[^;]){7,299}?[^\s;])"
    r"|(?P<motion>that\s+[^;]{7,299}?[^\s;]))"
    r"(?:\.\s+(?:This|It|(?:The|This)\s+(?:proposal|motion))\s+was)?,?\s+(?:and\s+)?seconded\s+by\s+[^,.;]{1,40}?\s+and\s+(?:was\s+)?"
    r"(?:unanimously\s+)?(?:resolved|RESOLVED|agreed|AGREED|carried(?!\s+(?:forward|over)\b)|CARRIED|approved)\b"
    r"(?!\s+(?:to\s+(?:be\s+)?(?:defer|deferred|withdraw|withdrawn|held\s+over|hold\s+over)|as\s+amended)\b)[^.;]{0,40}\.?\s*$"
    # the seconder in a sentence of its own, straight after the motion: "Cllr Orr proposed that ... . Seconded by Cllr Lamb and carried
    # unanimously." (never over a sentence between, "Cllr Ames said the survey had been costly.")
    r"|[^,;]{1,60}?\s+proposed\s+(?P<fourth>that\s+(?:(?![a-z0-9)]\.\s+[A-Z])[^;]){7,299}?[^\s;])\.\s+Seconded\s+by\s+[^,.;]{1,40}?(?:\s+and\s+(?:was\s+)?|,\s+(?=(?i:resolution|motion|proposal)\s))"
    r"(?:(?:unanimously\s+)?(?:resolved|RESOLVED|agreed|AGREED|carried|CARRIED|approved)\b|(?i:resolution|motion|proposal)\s+(?:was\s+)?(?:passed|carried)\b"
    r"(?!\s+(?:to|on|over|back|forward|as\s+amended)\b)(?![^.;]{0,60}\b(?:lost|defeated|fell|not|withdrawn|amended)\b))"  # (", resolution passed.", never "... passed to a vote and was lost")
    r"[^.;]{0,40}\.?\s*$"
    # "Proposed Cllr AA & Seconded Cllr BB that the quote be accepted, unanimously agreed."
    # (the seconder's name never runs on over the vote: "seconded by Cllr Birch and agreed that the minutes be approved.")
    r"|(?:Proposed|Moved)\s+(?:by\s+)?[^,;]{1,40}?\s*(?:&|and|,)\s*[Ss]econded\s+(?:by\s+)?(?:(?!\band\s+(?:was\s+)?(?:unanimously\s+)?(?:resolved|agreed|carried|approved)\b)[^,;]){1,40}?\s+(?P<second>that\s+[^;]{7,299}?[^\s;])[,;]?\s+"
    r"(?:(?:and\s+)?(?:was\s+)?(?:unanimously\s+)?(?:resolved|agreed|carried|approved)|all\s+in\s+favour)\b[^.;]{0,40}\.?\s*$"
    # "Proposal: Mrs Hale proposed and Mr Moss seconded payment of this subscription and the meeting unanimously agreed."
    r"|(?:Proposal\s*:\s*)?[^,;:]{1,40}?\s+proposed\s+and\s+[^,;:]{1,40}?\s+seconded\s+(?P<third>(?!that\b)[^;]{7,299}?[^\s;])\s+and\s+the\s+"
    r"(?:meeting|council|committee|board|members)\s+(?:(?:was|were)\s+)?(?:unanimously\s+)?(?:agreed|approved|resolved)\b[^.;]{0,40}\."
    # "On the proposal of Councillor A, seconded by Councillor B, Councillor C was duly elected as Chairman ...",
    # "... seconded by Councillor B this was agreed.": the outcome as the minutes record it
    # ("On a proposal by the Cllr. Ennis, seconded by Cllr. Lowe, the minutes ... were approved ...")
    # ("Proposed by S. Ash and seconded by P. Bell, J. Carr was formally accepted as a member.")
    r"|(?:On\s+(?:the|a)\s+(?:proposal|motion)\s+(?:of|by|from)\s+" + NAME_PART + r"{2,60},|(?:Proposed|Moved)\s+by\s+" + NAME_PART + r"{2,60}?(?:,\s*and|,|\s+and))\s*seconded\s+by\s+"
    # (one sentence, and never a motion lost: "..., the motion fell.")
    + NAME_PART + r"{2,60}?,?\s+(?![^.;]{0,200}\b(?:fell|lost|defeated|withdrawn|not)\b)" + NAME_PART.replace(",", "") + r"{0,160}?\b(?:was|were)\s+"
    r"(?:duly\s+|unanimously\s+|then\s+|formally\s+)*(?:agreed|elected|appointed|approved|resolved|carried|adopted|accepted|co-opted)\b[^;]{0,200}?\.)"
    # "A proposal was made to approve these minutes. The proposal was seconded and all Cllrs were in favour."
    r"|A\s+proposal\s+was\s+(?:made|put\s+forward)\s+(?:to|that)\s+[^.;]{5,299}?\.\s+(?:The\s+proposal|This|It)\s+was\s+seconded\b[^.;]{0,80}?"
    r"\b(?:in\s+favour|agreed|carried|approved)\b[^.;]{0,40}\.?\s*$"
)
# the minutes moved and seconded: "It was proposed by the Leader and seconded by Cllr Moss that the minutes of ...
# be approved.", "Motion (AH) & seconded (GL) that the minutes be approved as a true record.", "Proposed (NP) & Seconded (RW) that
# the minutes be accepted as a true record."
# (the motion straight after its seconder, never "seconded by X, argued that the minutes could not be approved", nor
# one the vote lost)
MINUTES_MOTION = re.compile(
    rf"^.{{0,160}}\b[Ss]econded\b(?:\s+by\s+{NAME_PART}{{2,60}}?|\s*\([^()]{{1,30}}\))?,?\s+(?:and\s+(?:unanimously\s+)?(?:agreed|resolved|RESOLVED|AGREED)\s+)?"
    r"(?P<motion>that\s+the\s+(?:\w+\s+){0,3}minutes?\b(?:(?!\b(?:could|would|should|cannot|can|might|may|not)\b)[^.;]){0,200}?\bbe\s+"
    r"(?:approved|accepted|adopted|signed|confirmed|agreed|taken\s+as\s+read)\b[^.;]{0,200}\.?)(?!.*\b(?:lost|fell|defeated|withdrawn)\b)"
)


def agreed_then_narrative(line: str) -> list[str]:
    """A proposal the meeting agreed, then more sentences on its line: the decision, a break, the rest."""
    carried = MOTION_CARRIED.match(line.strip())
    if carried is None or not carried.group("third") or not line.strip()[carried.end():].strip():
        return [line]
    return [line.strip()[: carried.end()], "", line.strip()[carried.end():].strip()]


CARRIED_OVER_LIST = re.compile(
    r"^\s*The\s+recommendations?\b[^.;]{0,80}?\s+(?:was|were)\s+moved,?\s+(?:and\s+)?seconded(?:,?\s+(?:and\s+)?(?:voted\s+on|put\s+to\s+the\s+vote))?,?\s+and\s+"
    r"(?:carried|agreed|approved)\s*[.:]?\s*$",
    re.IGNORECASE,
)
MOVER = re.compile(
    r"\b(?:[Oo]n\s+the\s+(?:proposal|motion)\s+of|[Pp]roposed\s+by|[Mm]oved\s+by)\s+[^,;:.]{2,80},\s*(?:and\s+)?seconded\s+by\s+[^,;:.]{2,80},\s*(?:and\s+)?(?=[Ii]t\s+was\b)"
    # "Cllr Earl proposed, Cllr Birch seconded and it was agreed unanimously that ..."
    r"|(?:^|(?<=:\s))(?:(?:Cllr\.?|Councillor)\s+)?[A-Z][^,;:.]{1,60}?\s+(?i:proposed|moved),?\s+(?:(?:Cllr\.?|Councillor)\s+)?[A-Z][^,;:.]{1,60}?\s+(?i:seconded),?\s+and\s+(?=it\s+was\b)"
    # "Councillor Orme proposed, Seconded by Councillor Hart and resolved, “That ...”"
    r"|^(?:(?:Cllr\.?|Councillor|Alderman)\s+)?[A-Z][^,;:.]{1,60}?\s+(?i:proposed|moved),\s*(?i:seconded\s+by)\s+[^,;:.]{2,60}?,?\s+and\s+(?=(?:unanimously\s+)?resolved\s*[,:]?\s*[\u201c\"']?\s*That\b|it\s+was\b)"
)
# Northern Irish minutes give the movers and the decision a line each: "Councillor Orme proposed," over "Seconded by
# Councillor Hart and resolved," over "“That the minutes ... be adopted.”": one decision, moved by them
_PROPOSER_ALONE = re.compile(r"^\s*(?:(?:Cllr\.?|Councillor|Alderman)\s+)?[A-Z][^,;:.]{1,60}?\s+(?i:proposed|moved),\s*$")
_SECONDED_RESOLVED = re.compile(r"^\s*(?i:seconded\s+by)\s+[^,;:.]{2,60}?,?\s+and\s+(?:unanimously\s+)?resolved\s*[,:]?\s*$")
_QUOTED_THAT = re.compile(r"^\s*[\u201c\"']?\s*That\b")


def movers_on_lines_of_their_own(lines: list[str]) -> list[str]:
    """The proposer's line, the seconder's "and resolved," and the quoted decision under them, as one line."""
    out: list[str] = []
    for line in lines:
        last = next((at for at in range(len(out) - 1, max(-1, len(out) - 4), -1) if out[at].strip()), None)  # the last line printed
        if last is not None and _SECONDED_RESOLVED.match(line) and _PROPOSER_ALONE.match(out[last]):
            out[last:] = [f"{out[last].strip()} {line.strip()}"]
        elif last is not None and _QUOTED_THAT.match(line) and re.search(r"(?i)\bproposed,\s*seconded\s+by\b.*\band\s+resolved\s*[,:]?\s*$", out[last]):
            out[last:] = [f"{out[last].strip()} {line.strip()}"]
        else:
            out.append(line)
    return out
# A proposal moved and seconded, its outcome not written: minutes record a motion that way when it carried ("Cllr
# Reid proposed, seconded by Cllr Hay that the Council object ...", "Minutes of 4 May: Proposed: T Blake, Seconded:
# R Hay.", "Election of Vice Chair: A Reid (Proposed TB, Seconded RH)."). The words must be a mover's ("X proposed",
# "proposed by", "Proposed:", "was proposed"; "seconded by", "Seconded: Y", "Y seconded", "and seconded"), never
# "the proposed site" or "an officer seconded to the district"; and never a motion lost, rejected, withdrawn or
# unseconded, an amendment, one still to be moved (an agenda's), nor one reported from elsewhere ("had been proposed").
MOTION_FAILED = (
    r"\b(?i:lost|defeated|fell|withdrawn|rejected|voted\s+down|unsuccessful|failed|not\s+(?:carried|passed|supported|agreed|approved|seconded)"
    r"|(?:nobody|no\s+one|none)\s+second(?:ed|s)|no\s+seconder|without\s+a\s+seconder)\b"
)
_MOVER_WORDS = r"(?:[^.;!?]|(?<=Cllr)\.|(?<=Coun)\.|(?<=Mrs)\.|(?<=Mr)\.|(?<=Dr)\.|(?<=\b[A-Z])\.)"
_NAMED = r"(?:(?:Cllr|Coun|Councillor|Mr|Mrs|Ms|Dr|Alderman)\b|[A-Z]{2,3}\b|[A-Z][a-z]+\s+[A-Z][a-z]+|[A-Z]\.?\s+[A-Z][a-z]+)"
# straight after a member's initials or a capitalised name ("JM", "Reid"): a fixed-width look back for each length
_CAPITALISED_BEFORE = "(?:" + "|".join([r"(?<=\b[A-Z]{2})", r"(?<=\b[A-Z]{3})", *(rf"(?<=[a-z])(?<=\b[A-Z][a-z]{{{n}}})" for n in range(2, 8))]) + ")"
_PROPOSER = (
    r"(?:\b(?:Proposed|PROPOSED|Moved|MOVED|proposed|moved)\s*(?:[:\u2013-]|by\b|\s(?=" + _NAMED + r"))"  # "Proposed: X", "proposed by", "(Proposed TB"
    r"|\b(?:was|were)\s+(?:duly\s+|then\s+)?(?:proposed|moved)\b"  # "this was proposed by ...", "were proposed and seconded"
    r"|(?<=[\w.)])(?<!\bthe)(?<!\ba)(?<!\ban)(?<!\bthis)(?<!\bthese)(?<!\bhis)(?<!\bher)(?<!\btheir)(?<!\bits)(?<!\bour)(?<!\bhas)(?<!\bhave)(?<!\bhad)(?<!\bbeen)(?<!\bbe)"
    r"(?<!\bon)(?<!\bof)(?<!\bfor)(?<!\bto)(?<!\babout)(?<!\bwith)(?<!\bat)(?<!\bin)(?<!\bby)(?<!\bfrom)(?<!\bor)(?<!\bany)(?<!\bno)"
    # "Cllr Reid proposed, ...", "Cllr Brine proposed Cllr Davies as", "Cllr Winder proposed we order the signs"
    # (and "Ann Reid proposed records to be accepted as correct and seconded by ...": what was moved, with no article)
    r"\s+(?:then\s+)?(?:proposed|moved)\b(?=\s*(?:,|that\b|the\b|and\b|to\b|we\b|[A-Z]|[a-z]+(?:\s+[a-z]+)?\s+(?:to\s+)?be\s+[a-z]+ed\b))"
    # ("JM proposes that ...", "Ann Reid proposes Tom Blake as ...": minutes in the present, a member's motion)
    r"|" + _CAPITALISED_BEFORE + r"\s+proposes\b(?=\s+(?:that\b|[A-Z])))"
)
_SECONDER = (
    r"(?:\b(?:[Ss]econded|SECONDED)\s*(?:by\b|[:\u2013-])|\b(?:[Ss]econded|SECONDED)\s+(?=" + _NAMED + r")"  # "seconded by", "Seconded: Y", "seconded Cllr. Claxton"
    r"|(?:\band|,)\s+seconded\b|(?<=[A-Za-z.])\s+seconded\b(?!\s+(?:to|from|for|the\s+thanks|a\s+vote)\b)"  # "proposed and seconded", "Cllr Lowe seconded"
    r"|(?<=[a-z]),?\s+2nd\s+(?=[A-Z])"  # "proposed M Reid, 2nd W Hale": a community council's shorthand
    # "JM proposes ... and Iain Dow seconds.", "..., AB seconds": in the present, after the seconder's name (never "thirty seconds")
    r"|,?\s+(?:and\s+)?(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|[A-Z]{2,3})\s+seconds(?=\s*(?:[.;,)]|$)))"
)
# what makes the words no motion carried: its fate, an amendment, an agenda's notice, one told of from elsewhere
_NOT_CARRIED = (
    rf"(?:{MOTION_FAILED}"
    # (not the minutes taken "subject to minor amendments", "as amended")
    r"|(?<!\bsubject\sto\s)(?<!\bsubject\sto\sminor\s)(?<!\bwith\sminor\s)(?<!\bas\s)\b(?i:amend\w*|alteration|question\s+be\s+now\s+put|motion\s+on\s+notice|notice\s+of\s+motion|following\s+motion|be\s+(?:moved|proposed)"
    r"|(?:has|have|had)\s+(?:been\s+)?(?:proposed|moved)|carried\s+(?:forward|over)|deferred|postponed|vote\s+of\s+thanks|the\s+thanks"
    r"|(?:reported|said|advised|explained)\s+that)\b)"
)
_MOVED_THEN_SECONDED = rf"{_MOVER_WORDS}{{0,300}}?{_PROPOSER}{_MOVER_WORDS}{{0,200}}?{_SECONDER}"
# "A draft precept of £15,500 was put forward for approval in January. Proposed: A Reid. Seconded: T Blake.": the sentence
# moved, then its movers alone to the line's end (each their own short sentence; "Stationery £44.01. Proposed W Hale, 2nd
# D Reid.": a sum's point ends no sentence)
# the movers in brackets, each named before the verb: "(Cllr Tann proposed, Cllr Brice seconded)"
_MEMBER = r"(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}"  # (a name: "The writer" is none)
BRACKETED_MOVERS = re.compile(rf"\(\s*{_MEMBER}\s+(?i:proposed|moved),?\s+(?:and\s+)?{_MEMBER}\s+(?i:seconded)\s*\)\.?")
MOVERS_AFTER = (
    # ("A second grit bin will be bought for Hill Rise. (Cllr Tann proposed, Cllr Brice seconded)")
    # (a thing to be done, never a question, a report or an opinion: "Cllr Bell did not agree.", "The fete was a success.")
    rf"(?=[^.!?]{{0,300}}\b(?:will|shall|would|should|be|to)\s)(?![^.!?]{{0,300}}\b(?:not|never)\b)(?:[^.!?]|\.(?=\d)){{10,300}}?[.!]\s+(?={BRACKETED_MOVERS.pattern}\s*$)|"
    rf"(?:[^.!?]|\.(?=\d)){{10,300}}?[.!?]\s+\(?(?:Proposed|PROPOSED|Moved|MOVED)(?:\s+(?i:by))?\s*[:\u2013-]?\s*{_MOVER_WORDS}{{2,60}}?[.,;]?\s+"
    rf"(?:(?i:and)\s+)?(?:Seconded|SECONDED|seconded|2nd(?=\s+[A-Z]))(?:\s+(?i:by))?\s*[:\u2013-]?\s*{_MOVER_WORDS}{{2,60}}?\)?(?:\.?\s*$|\.\s+(?=[A-Z][a-z]+\s+(?:to|will)\s+be\s+[a-z]+ed\b[^.!?]*\.?\s*$))"
)
MOTION_SECONDED = (
    r"(?!\W*(?i:it\s+was\s+)?(?i:proposed|moved)\b(?:(?!\bthat\b|\bto\s+[a-z]).)*$)"  # the movers alone, of the decision that follows them
    r"(?!\W*To\s+(?:consider|receive|note|debate|discuss)\b)"  # an agenda's "To consider the following motion, proposed by ..."
    rf"(?!.*{_NOT_CARRIED})(?:{_MOVED_THEN_SECONDED}|{MOVERS_AFTER})"
)
# (compiled once: the readers test every outcome they meet against them)
SECONDED_MOTION = re.compile(MOTION_SECONDED)
FAILED_MOTION = re.compile(MOTION_FAILED)
# the same, looked for where a sentence starts inside a paragraph: what rules it out is looked for in its own sentence
# only (a look to the line's end at every sentence would make a long paragraph slow), the next sentence's "The motion
# was lost." being read once the motion stands on its own line
# (and within a shorter reach: a mover's sentence names its proposer early)
MOTION_SECONDED_HERE = rf"(?![^.!?]{{0,300}}{_NOT_CARRIED}){_MOVER_WORDS}{{0,80}}?{_PROPOSER}{_MOVER_WORDS}{{0,160}}?{_SECONDER}"
# the movers alone after an item's title: "2. Approval of the last minute – proposed by JC, seconded by DF.",
# "Minutes of 4 May: Proposed: T Blake, Seconded: R Hay." (the title and the movers make the decision)
BARE_MOVERS = re.compile(
    # ("Approved by G Beverly; Seconded by C Mumford.": a community council's minutes approved by their movers)
    rf"\s*\(?\s*(?i:proposed|moved|approved(?=\s+by\b))\b\s*(?:(?i:by)\b|[:\u2013-])?(?:{_MOVER_WORDS}|;(?=\s*(?i:seconded)\b)){{1,80}}?(?:\b(?i:seconded)\b|(?<=[a-z])(?<!\bthe)(?<!\bon)(?<!\bfor)(?<!\bof)(?<!\bto)(?<!\bby),?\s+2nd(?=\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z]))\s*(?:(?i:by)\b|[:\u2013-])?"
    rf"(?:(?!\bthat\b|\bto\s+[a-z]){_MOVER_WORDS}){{1,60}}?\)?\.?\s*"
)
# "It was proposed by Cllr Amos and seconded by Cllr Birch and agreed unanimously that ...": "It was agreed ..."
MOVED_AND = re.compile(
    # ("Proposed by Cllr Amos, seconded by Cllr Birch and agreed that ...", "Proposed by Cllr Amos and agreed that ...": the same)
    # (or after the matter's review, "Following review of the prices, it was proposed by Cllr Hatch, seconded by ...")
    rf"(?:^(?:It\s+was\s+proposed|Proposed)|(?<=[a-z],\s)it\s+was\s+proposed)\s+by\s+{NAME_PART}{{2,60}}?,?\s+(?:(?:and\s+)?seconded\s+by\s+{NAME_PART}{{2,60}}?,?\s+)?and\s+"
    r"(?=(?:unanimously\s+)?(?:agreed|resolved|carried)\b)"  # ("..., seconded by Cllr. M. Wynne, and agreed that ...")
)


def without_movers(lines: list[str]) -> tuple[list[str], dict[str, list[str]]]:
    """The lines with movers' names dropped before the decision they moved, and for each line
    that opened with them the line as printed (keyed by what is left), so the clause can keep
    them as its lead-in."""
    kept: list[str] = []
    movers: dict[str, list[str]] = {}
    lines = movers_on_lines_of_their_own(lines) if any(_SECONDED_RESOLVED.match(line) for line in lines) else lines
    for line in lines:
        bare = MOVED_AND.sub("It was ", MOVER.sub("", line))
        if bare != line and (MOVER.match(line.strip()) or MOVED_AND.match(line.strip())):
            movers.setdefault(bare.strip(), []).append(line.strip())
        elif bare != line:
            bare = re.sub(r"(?<=[.!?]\s)it\s+was\b", "It was", bare)  # ("... on Mill Lane. On the proposal of A, seconded by B, it was agreed")
        kept.append(bare)
    return kept, movers


def mover_opening(movers: dict[str, list[str]], line: str, clause: str) -> str | None:
    """The movers' words that opened `line`'s decision, up to where its clause starts as printed:
    "It was proposed by Cllr Amos, seconded by Cllr Birch and" before "agreed that ..."."""
    # (the line the movers opened: never a later decision of the same line, nor another line that starts alike)
    # (looked up whole; only a line cut short after its first sentence is sought among them all)
    found = movers.get(line.strip()) or [printed for bare, many in movers.items() if line.strip() and bare.startswith(line.strip()) for printed in many]
    printed = found[0] if len(found) == 1 else None
    start = printed.lower().find(clause.strip()[:30].lower()) if printed and clause.strip() else -1
    if printed is None or start <= 0:
        return None
    return printed[:start].strip() or None


# the Scottish record of a vote: "... On a division, 3 voted for the motion and 4 for the amendment. Accordingly the
# amendment became the finding of the meeting."
_FINDING = re.compile(r"\b(?:the\s+)?(?P<which>motion|amendment)\s+(?:was\s+(?:carried|successful)\s+and\s+)?became\s+the\s+finding\s+of\s+the\s+meeting\b", re.IGNORECASE)
_MOVED_THAT = re.compile(r"\bmoved(?:\s+as\s+an\s+amendment)?,?\s+(?P<motion>that\s+[^.;]{5,300})", re.IGNORECASE)


def finding_of_the_meeting(narrative: list[str]) -> str | None:
    """What a vote made "the finding of the meeting": the words of the motion or the amendment that won, as moved; the
    finding itself where they are not on the page. None where no vote is told so."""
    text = " ".join(" ".join(narrative).split())
    found = _FINDING.search(text)
    if found is None:
        return None
    moved = list(_MOVED_THAT.finditer(text[: found.start()]))
    # an amendment is moved "as an amendment" (or after the word "amendment" in its sentence); the motion is the first moved
    amended = [m for m in moved if re.search(r"(?i)\bamendment\b", text[max(0, text.rfind(".", 0, m.start()) + 1) : m.end("motion")])]
    plain = [m for m in moved if m not in amended]
    chosen = (amended[-1] if amended else None) if found.group("which").lower() == "amendment" else (plain[0] if plain else None)
    return chosen.group("motion").strip() + "." if chosen else text[found.start() : found.end()] + "."


# a motion moved and seconded, or put to the vote and carried, on its way to the decision set out below it: "Councillor Pell
# moved and Councillor Dray seconded that the Committee accept the review.", "The recommendations within the report were moved by
# Councillor Parry and seconded by Councillor Morgan.", "... the recommendations were put to the vote and declared to be carried."
_MOVED_OR_PUT = re.compile(
    r"(?i)^(?:[^.;]{0,160}\b(?:moved|proposed)\b[^.;]{0,160}\bseconded\b|[^.;]{0,160}\bput\s+to\s+(?:the\s+)?(?:vote|meeting)\b[^.;]{0,80}\b(?:carried|agreed|declared)\b)"
)


_COMMON = frozenset(
    "about above after agreed before being carried committee council councillor councillors debate declared following members moved "
    "motion proposal proposed recommendation recommendations report resolved seconded their there these those vote voted which within "
    "contained outlined unanimously".split()
)


def _same_matter(motion: str, decision: str) -> bool:
    """Whether the motion is the decision's own: it names nothing of its own ("the recommendations in the report were moved ..."), or
    shares a word of its matter with the decision ("... that the Committee accept the review" over "... the review be accepted")."""
    words = {w for w in re.findall(r"\b[a-z]{5,}\b", motion) if w not in _COMMON}  # (in lower case: never a mover's name)
    stems = {w[:5] for w in re.findall(r"[a-z]{5,}", decision.lower())}
    return not words or any(w[:5] in stems for w in words)


def on_the_way(start: int, text: str, decided: set[int], moving: dict[int, int], lines: list[str]) -> bool:
    """Whether the sentence at line `start` moves, seconds or puts to the vote the decision that starts at one of `decided`
    just below it, with only blank lines or more such sentences (`moving`: their start line to their end) between."""
    if not _MOVED_OR_PUT.match(text.strip()) or re.search(r"(?i)\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:adopted|approved|agreed|accepted|confirmed|signed)\b", text):
        return False  # (never an outcome of its own: "The minutes were adopted, proposed by A, seconded by B.")
    at = moving.get(start, start + 1)
    while at < min(len(lines), start + 12):
        if at in decided:
            return _same_matter(text, " ".join(lines[at : at + 3]))
        if at in moving:
            at = moving[at]
        elif lines[at].strip() and not (len(lines[at]) < 80 and re.search(r"(?i)\bit\s+was\s*[:\u2013-]*\s*$", lines[at])):  # ("Following debate it was:-")
            return False
        else:
            at += 1
    return False
