"""Decision wording that hides who is asked to act: "RESOLVED unanimously for the Clerk to send ...", "That, the
results be passed to ...", "That, once agreed, the timetable be sent to ...". Each is read as its plain "That X ..."."""

from __future__ import annotations

import re


def plain_asks(text: str) -> str:
    """`text` with the words before a decision's ask taken out."""
    # "(RESOLVED) unanimously for the Clerk to send the rota": how it was carried says nothing of the errand
    text = re.sub(r"^\W*(?i:unanimously)\s+(?=(?:for|to)\s)", "", text)
    # "That, the results be passed to the working party": the stray comma before the thing asked about
    text = re.sub(r"^(\W*That),\s+(?=(?:the|a|an|this|these|its|their)\s+[a-z])", r"\1 ", text)
    # "That, once agreed, the timetable be sent to the stallholders": when, said before what
    return re.sub(r"^(\W*That),?\s+once\s+(?:agreed|finali[sz]ed|approved|completed?|ready)\s*,\s+", r"\1 ", text)
