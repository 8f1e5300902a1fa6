"""What a passive is about: "the new sign (will be installed)", "a public advert (should be drafted)".

`passive_subject` cuts the words before a passive down to the thing it is about (the second of two clauses, the part after
"agreed that" or a condition), and says None where the passive names nothing to do (a paper's contents, something that goes
on, a cost shared, a standing condition). Moved out of `clauses.py`, which reads the passive itself.
"""

from __future__ import annotations

import re


_ONCE_DONE = re.compile(r"^(?:.*?\b(?:as\s+soon\s+as|once)\s+)?(?:it|this|that|they|the\s+\w+)\s+(?:is|are|has\s+been|have\s+been)\s+[a-z]+(?:ed|en)\s+(?=\S)", re.I)


# "The plan at Appendix B set out the business (to be considered by ...)": a paper and what it holds, told (never "a report setting
# out the options", nor "a report which lists the options", the thing to be brought)
_PAPER_HOLDS = re.compile(
    r"(?i)(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:appendix(?:\s+\w)?|report|plan|paper|programme|document)(?:\s+(?:at|of|to)\s+(?:the\s+)?(?:appendix\s+\w+|report))?"
    r"\s+(?:set|sets|listed|lists|outlined|outlines|described|describes)\s+(?:out\s+)?(?:the|a|an)\b"
)


def passive_subject(obj: str, strict: bool, body: str = "") -> str | None:
    """What a passive is about, or None when it is about nothing to do."""
    # "any allocation is made within the criteria and any proposal outside them would be brought to the Forum":
    # two clauses, and the passive's subject is the second's
    joined = re.match(r"^.+?\b(?:is|are|was|were)\s+[a-z]+\b.*?\s+and\s+(?P<second>(?:any|all|every)\s.+)$", obj.strip())
    # "A and B be re-appointed ..., and the Home Secretary (be notified)": the second clause's own subject
    # ("the decisions made by Cabinet be noted and no call-in (be made)": the second's "no" is a thing decided against)
    joined = joined or re.match(r"^.+?\bbe\s+(?:re-)?[a-z]+\b.*?(?:,\s*|\s+)and\s+(?P<second>(?:the|a|an|all|any|no)\s.+)$", obj.strip())
    obj = joined.group("second") if joined else obj
    # "no co-options could take place until the candidate attends, so this will be held over": "this" (and "Indicated that
    # Options C and F should be pursued": the options, the word that reported them gone)
    obj = re.sub(r"^[A-Z][a-z]+ed\s+that\s+", "", re.split(r",\s+(?:and\s+)?(?:so|therefore)\s+(?=\w)", obj)[-1])
    # ("in view of the grant aid criteria (...) that no donation be given": the reason before the decision's own "that")
    # (or before a comma, "in view of the cost, a letter (be sent)"; or a short time before the thing, "following the inspection
    # the fence (be repaired)")
    obj = re.sub(r"(?i)^(?:given|in\s+view\s+of\s+the\s+fact)\s+that\s+[^,]{1,120},\s*(?=\S)", "", obj.strip())  # ("given that the hall is closed, the meeting")
    obj = re.sub(r"(?is)^(?:in\s+(?:view|light)\s+of|having\s+regard\s+to|given|due\s+to|owing\s+to|following)\b.*?\bthat\s+(?=\S)", "", obj)
    obj = re.sub(r"(?i)^(?:in\s+(?:view|light)\s+of|having\s+regard\s+to|due\s+to|owing\s+to|following|after|before)\s[^,()]{1,80},\s*(?=\S)", "", obj)
    obj = re.sub(r"(?i)^(?:(?:following|after|before)\s+(?:the|a|an|its|this)\s+[\w-]+|(?:the|an?)\s+(?:inspection|meeting|visit|review|consultation|survey|audit))\s+(?=(?:the|a|an|this|these|its|all)\s)", "", obj)
    # ("There are lessons to learn which (will be discussed at the next meeting)": the lessons, the relative word left off)
    obj = re.sub(r"\s+(?:which|that)$", "", re.sub(r"(?i)^there\s+(?:are|is|were|was)\s+(?:some\s+)?", "", obj))
    # "no donation (be given)": a thing decided against (never a sign's name, "No Entry sign (to be replaced)"; and where an errand
    # follows, "no comment be made but that the district be asked to check the drainage", the sentence is read as before)
    if re.match(r"(?i:no)\s+[a-z]", obj) and not re.search(r"\b(?:but|and|however)\b", body[body.find(obj) + len(obj):]):
        return None
    # ("The Shadow Panel agreed that a public advert (should be drafted)": the advert, never who agreed)
    obj = re.sub(r"^.*\b(?:agreed|decided|resolved|felt|suggested|recommended|proposed)\s+that\s+(?=\S)", "", obj)
    # "once it is mended this will (be sent to members)": the condition, then the passive's own subject
    obj = re.sub(r"\s+(?:will|shall|would|can|could|may|must)$", "", _ONCE_DONE.sub("", obj.strip()))
    if _PAPER_HOLDS.match(obj.strip()):
        return None  # "The plan at Appendix B set out the business to be considered by the Committee": what a paper holds
    if re.search(r"(?i)\bcontinu(?:e|es|ed)$", obj.strip()):
        return None  # "Complaints continue to be made about speeding": something that goes on, not a task
    if re.fullmatch(r"(?i)(?:the\s+|this\s+|its\s+)?(?:cost|costs|price|bill|expense|expenses|charge|fee|fees|funding)", obj.strip()) \
            and re.search(r"\bbe\s+(?:shared|split|met|covered|funded|divided|borne|paid\s+(?:from|out\s+of))\b", body):
        return None  # "The cost will be shared with the neighbouring councils": how it is paid for, no one's task
    if re.match(r"(?i)any\s", obj.strip()) and re.search(r"\b(?:would|will)\s+be\s+(?:referred|brought|reported)\b", body):
        return None  # "any changes ... would be referred back to Cabinet": a standing condition, not a task
    if strict and re.match(r"^(?:give|take|make|note|agree|approve|endorse|receive|support|accept|welcome)\s+(?!up\b)", obj):
        return None  # "(Members) give consideration to any issues to be explored": a verb with its own object
    if re.search(r"\bbe\s+(?:[a-z]+ed|given|taken|seen|made|done)\b[^.;]*?\bthat\s+(?=\S)", obj):
        obj = re.split(r"\bthat\s+", obj)[-1]  # "the application be approved subject to the condition that the request (be considered)": its own "that"
    if re.search(r"[a-z)]\.\s+[A-Z]", obj) or re.search(r",\s+and\s+(?:request|ask|agree|recommend)s?\s+that\s+", obj):
        # the subject is in the passive's own sentence, after any "that" ("... to provide that a report be
        # submitted"); "KC confirmed that this is on the list of works to be completed" has none; and after a request
        # the sentence ends in ("The Panel were satisfied with ..., and request that this be included in the next report")
        obj = re.split(r"\bthat\s+", re.split(r"(?<=[a-z)])\.\s+(?=[A-Z])", obj)[-1])[-1]
        if re.search(r"\b(?:is|are|was|were|has|have|had)\b|\b(?:confirmed|said|stated|reported|advised|explained|added)\s+(?:that\s+)?(?:they|it|this|these|he|she)\b", obj):
            return None  # (nor a pronoun someone spoke of: "... adopted. Mr Ball confirmed they would now be made available")
    if re.search(r"\b(?:once|when|after|until|unless|if|before)\s+(?:the|a|an|this|its|any)\s+[\w-]+(?:\s+[\w-]+)?$|\b(?:authori[sz]|approv|allocat)\w*\s+(?:a\s+|the\s+)?(?:budget|sum|spend|expenditure|funding)\b[^;]*\bfor\s+(?:this|the|these|that)\s+[\w-]+$", obj):
        return None  # "... to publish a notice once the final decision is made": a condition, not what is to be done (nor a budget's purpose)
    if re.search(r",\s+so\s+(?:that\s+)?(?:it|they|this|these)\s*$", obj) and re.search(r"\bso\s+(?:that\s+)?(?:it|they|this|these)\s+(?:could|can|might|may)\s+be\b", body):
        return None  # "deferred to the next meeting, so it could be circulated in advance": why, not a task
    if re.search(r"\b(?:if|whether)\s+(?:it|this|that|they|these)$", obj.strip()):
        return None  # "She asked if it could be arranged for ...": a question, about nothing named
    if re.search(r"\b(?:awaits|awaiting|waiting\s+for|waits\s+for)\b", obj):
        return None  # "the bus shelter awaits the county's order to be placed": someone else's step, waited for
    # "a play strategy was being prepared and (would be brought to ...)": the thing is what the first verb is about
    done_and = re.match(r"^(?P<subject>.+?)\s+(?:was|were|is|are|had|has|have)\s+(?:been\s+|being\s+)?[a-z]+ed\b.*\sand$", obj.strip()) if obj.rstrip().endswith(" and") else None
    return done_and.group("subject") if done_and else {"he": "him", "she": "her", "they": "them"}.get(obj.strip(), obj)  # ("he be asked to ...": ask him)
