"""Minutes whose items are bullets, each opening with its title run into its text.

A site's editor that turned the numbered agenda into a bulleted list leaves "- Welcome: Cllr Hale welcomed everyone ...",
"- Apologies and declarations of interest \u2013 There were none.", "- Minutes of the meeting held 5th September 2036. The
minutes were approved ...": the words before the first colon, dash or stop are the item's title, the rest its text. Only
where three or more bullets open so, they are most of the page's bullets, and two or more of their titles are the
meeting's standing business (welcome, apologies, declarations, minutes, the public's time, finance, planning ...); a
list of points, payees, sites, senders or names ("- Mill Lane: potholes", "- HMRC: 120.00", "- Sam Lowe – Chair") is
not the page's items.
"""

from __future__ import annotations

import re

from cpb_tui.importers.agenda_list import _DASH as _BULLET  # (the same bullet an agenda's dashed list opens with)
from cpb_tui.importers.numbering import Heading
from cpb_tui.importers.titles import _title_like, tidy_title

# the caption: a few words with no verb of a sentence, then a colon, a spaced dash or a stop, then the text (a capital or a figure)
_CAPTION = re.compile(
    r"^(?P<title>(?!(?:The|This|That|It|He|She|They|We|There|A|An|Cllr|Councillor|Mr|Mrs|Ms|Dr)\b)[A-Z][\w'\u2019&/,()-]*"
    r"(?:\s+[\w'\u2019&/,()-]+){0,9}?)\s*(?::|\s[-\u2013\u2014]|\.)\s+(?P<rest>[A-Z0-9\u201c\"'].{10,})$"
)
# the meeting's standing business, as a bullet's title opens
_STANDING = re.compile(
    r"(?i)(?:welcome|apologies|declarations?|(?:approval\s+of\s+(?:the\s+)?)?minutes|matters\s+arising|public\s+(?:forum|participation|questions?|session|time)"
    r"|open\s+forum|finance|accounts|payments|planning|correspondence|(?:chair(?:man|person)?|clerk|mayor)['\u2019]?s?\s+report|reports?\b|"
    r"any\s+other\s+business|date\s+of\s+(?:the\s+)?next\s+meeting|close|election|co-?option)\b"
)
_SENTENCE_WORD = re.compile(r"\b(?:was|were|is|are|has|have|had|will|would|should|shall|been|agreed|resolved|reported|said|asked|noted)\b")


def captioned_bullets(lines: list[str]) -> list[Heading]:
    """The items of a page whose business is a bulleted list, each bullet a caption run into its text (three or more, and
    two thirds or more of the page's bullets)."""
    bullets = [(index, match.group("title")) for index, line in enumerate(lines) if (match := _BULLET.match(line))]
    found: list[Heading] = []
    for index, text in bullets:
        caption = _CAPTION.match(text)
        if caption is None or _SENTENCE_WORD.search(caption.group("title")) or not _title_like(caption.group("title")):
            continue
        found.append(Heading(index, index + 1, "", 0, tidy_title(caption.group("title")), "heading", 1.0, caption.group("rest")))
    if len(found) < 3 or len(found) * 3 < len(bullets) * 2 or sum(1 for heading in found if _STANDING.match(heading.title)) < 2:
        return []
    # (a caption that lost its bullet below them, "Public Forum - Cllr Legg said ...": a short title of the standing business, each
    # word a capital's)
    bulleted = {index for index, _ in bullets}
    for index in range(found[0].index + 1, len(lines)):
        caption = None if index in bulleted else _CAPTION.match(lines[index].strip())
        if caption and re.fullmatch(r"[A-Z][\w'\u2019&-]*(?:\s+(?:[A-Z][\w'\u2019&-]*|of|and|&)){0,3}", caption.group("title")) \
                and not _SENTENCE_WORD.search(caption.group("title")) and _STANDING.match(caption.group("title")):
            found.append(Heading(index, index + 1, "", 0, tidy_title(caption.group("title")), "heading", 1.0, caption.group("rest")))
    return sorted(found, key=lambda heading: heading.index)
