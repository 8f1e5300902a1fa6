"""Small text helpers shared by the importers and the store: title keys and display casing."""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with", "via"}
# Capitalised words that stay capitalised when an ALL-CAPS title is shown in title case.
_ACRONYMS = {
    "CAMHS", "CIC", "CPB", "DFE", "EET", "HCC", "HSCP", "ICB", "LGA", "NEET", "NHS", "SEND", "SGO",
    "TSC", "UASC", "UK", "II", "III", "IV", "PEP", "SDQ", "CLA", "LADO", "KPI", "KPIS", "HR", "IRO",
    "AOB", "AOCB", "CCTV", "PCSO", "VAT", "AGM", "EGM", "CIL", "TPO", "AONB", "SSSI", "PROW", "PAYE", "NALC", "SLCC", "ICO", "GDPR", "OVW",
}
_PROCEDURAL = re.compile(
    r"^(apologies|declarations? of interest|minutes of (the )?(previous|last) meeting|"
    r"confirmation of (the )?minutes|deputations|(chair(man)?'?s?|chair's) announcements|"
    r"exclusion of (the )?press|urgent business|(any )?other business|dates? of (the )?(next|future) meetings?|"
    r"appointment of (the )?(chair|vice)|election of (the )?(chair|vice)|work programme)",
    re.IGNORECASE,
)


_NOT_ASCII = re.compile(r"[^\x00-\x7f]+")


def _without_marks(run: re.Match) -> str:
    return "".join(ch for ch in run.group() if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """Lower case without accents or curly quotes, for comparisons."""
    if not text.isascii():  # ASCII is its own NFKD form and has no combining marks
        # The marks are looked for only in the runs of other characters: a page's text is mostly ASCII.
        text = _NOT_ASCII.sub(_without_marks, unicodedata.normalize("NFKD", text))
        text = text.replace("\u2019", "'").replace("\u2018", "'")
    return text.casefold()


def title_key(title: str) -> str:
    """A title reduced to lower-case words, for matching the same item across documents."""
    title = re.sub(r"\((exempt|part ii|confidential)\)", " ", fold(title))
    return " ".join(re.findall(r"[a-z0-9]+", title))


def titles_match(a: str, b: str, threshold: float = 0.85) -> bool:
    """Whether two item titles name the same item.

    Small spelling differences are allowed ("Placement" / "Placements"), and so is a date the
    agenda adds ("Minutes of the previous meeting held on 28 January 2021").
    """
    key_a, key_b = _match_key(a), _match_key(b)
    if not key_a or not key_b:
        return False
    if key_a == key_b:
        return True
    shorter, longer = sorted((key_a, key_b), key=len)
    if len(shorter.split()) >= 3 and longer.startswith(shorter + " "):
        return True
    return SequenceMatcher(None, key_a, key_b).ratio() >= threshold


def _match_key(title: str) -> str:
    return re.sub(r" held on .*$", "", title_key(title))


# Short forms with no vowel that are words, not acronyms: "ST. MARGARET" -> "St. Margaret"; and
# Welsh words whose vowel is "w": "CWM ERYR" -> "Cwm Eryr"
_SHORT_FORMS = frozenset({"ST", "DR", "MR", "MRS", "CLLR", "RD", "CWM", "BWLCH", "PWLL", "LLWCH"})


_DATE_LETTERS = re.compile(
    r"(?<=\d)(?:st|nd|rd|th)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)


def display_title(title: str) -> str:
    """Title-case a title printed in capitals; leave mixed-case titles as written."""
    title = " ".join(title.split())
    # ("APPROVE MINUTES FROM LAST MEETING \u2013 3rd January 2017": a date's own small letters leave it in capitals)
    letters = [ch for ch in _DATE_LETTERS.sub("", title) if ch.isalpha()]
    if not letters or any(ch.islower() for ch in letters):
        return title
    words = title.split(" ")
    out = []
    for index, word in enumerate(words):
        core = "".join(ch for ch in word if ch.isalpha())  # ("MÔN", "TŶ": Welsh vowels carry accents)
        if re.fullmatch(r"\d{1,2}(?:ST|ND|RD|TH)\W?", word):
            out.append(word.lower())  # an ordinal's letters: "THE 4TH DECEMBER" -> "the 4th December"
        elif core.upper() in _ACRONYMS or (len(core) > 1 and not re.search(r"[AEIOUY\u00c0-\u00c6\u00c8-\u00cf\u00d2-\u00d6\u00d9-\u00dd\u0174\u0176]", core.upper())
                                         and core.upper() not in _SHORT_FORMS) \
                or re.search(r"\d", word) and "/" in word \
                or re.fullmatch(r"(?:[A-Z]\.){2,4}", word):  # a reference, "26/01234/FUL", and initials, "J.A.", as printed
            out.append(word)
        elif index > 0 and core.lower() in _SMALL_WORDS:
            out.append(word.lower())
        else:
            out.append(_capitalise(word))
    return " ".join(out)


def _capitalise(word: str) -> str:
    lower = word.lower()
    # Capitalise after hyphens and opening brackets too: "(to include" -> "(To Include".
    return re.sub(r"(^|[-(/\"\u2018\u201c])([^\W\d_])", lambda m: m.group(1) + m.group(2).upper(), lower)


def is_procedural(title: str) -> bool:
    """Apologies, declarations, previous minutes, announcements and the like."""
    return bool(_PROCEDURAL.match(fold(title).strip()))


def bare_owner(owner: str) -> str:
    """An owner's name as compared: "the Clerk" and "Clerk" are one doer."""
    return re.sub(r"^the\s+", "", owner.strip().lower())
