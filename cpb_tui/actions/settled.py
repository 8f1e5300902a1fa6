"""Tasks the minutes settle where they set them: asked for and answered at the meeting ("The Chair asked for an update"
then "Mr Childs confirmed ..."), done by the time of writing ("... but has now done so"), decided against ("the council
will not ask the caretaker to come back"), promises not kept, and text no task is written in."""

from __future__ import annotations

import re

from cpb_tui.actions.firm_verbs import DONE_THERE, ONLY_IF_AGAIN
from cpb_tui.actions.phrases import DURING_THE_MEETING


_ASKED_FOR_NEWS = re.compile(
    r"\basked\s+for\s+(?:an?\s+|the\s+latest\s+|any\s+)?(?:update|information|news|details|report)\b(?:\s+(?:on|about|regarding|concerning)\s+(?:(?!\b(?:and|but|will|would|which|who)\b)[^,;.]){1,80})?\.?\s*$",
    re.IGNORECASE,
)  # (the request alone: "... asked for an update on the footpath and the Clerk will write ..." still sets a task)
_GAVE_IT = re.compile(
    r"^(?:[A-Z][\w.'\u2019-]*(?:\s+|(?=,))){1,4}(?:\([^)]{0,40}\)\s+)?(?:,[^,]{0,80},\s+)?(?:confirmed|reported|said|explained|advised|replied|responded|gave|updated|informed|stated)\b"
)


# a task reported done: "has now done so", "this has been done"
_DONE = re.compile(r"\b(?:has|have|had)\s+(?:now\s+|since\s+|already\s+)?(?:done\s+so|been\s+done|been\s+completed)\b|\bthis\s+(?:has\s+been|was)\s+done\b", re.IGNORECASE)


def _told_done(sentence: str) -> bool:
    """Whether a sentence says its task is done ("... but has now done so"), never a check to come of whether something
    was ("He would look at the benches to check if the work had been completed")."""
    done = _DONE.search(sentence)
    before = sentence[: done.start()] if done else ""
    # (a new clause, "... whether the gate had been repaired and has now done so", is told done)
    return done is not None and (not re.search(r"\b(?:if|whether)\s+(?:[\w'\u2019-]+\s+){0,8}$", before, re.IGNORECASE) or bool(re.search(r"\b(?:and|but)\s+(?:\w+\s+)?$", before)))


def answered_there(sentence: str, following: str) -> bool:
    """ "The Chairman asked for an update about defibrillators." then "Mr Childs ... confirmed that ...": asked and
    answered at the meeting, nothing left to do."""
    if _ASKED_FOR_NEWS.search(sentence) and _GAVE_IT.match(following.strip()):
        return True
    # "Wendy was to speak with the ranger but has now done so", "... the planters; this has been done", "She has now done so."
    if re.search(r"\b(?:was\s+(?:still\s+)?to|would)\s", sentence) and (
        _told_done(sentence) or re.match(r"(?:He|She|They|It|This)\b.{0,20}", following.strip()) and _DONE.search(following.strip()[:60])
    ):
        return True
    # "Dylan was to investigate the cost of removing the bumps." then "Dylan reported that it would cost \u00a34000.":
    # last time's task, done (the doer reports on it straight after)
    # (read "was to" as "would" by then)
    was_to = re.match(r"^(?P<who>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019-]*)?)\s+(?:was\s+(?:still\s+)?to|would)\s", sentence.strip())
    return bool(was_to and re.match(rf"{re.escape(was_to.group('who'))}\s+(?:has\s+|had\s+)?(?:reported|confirmed|has\s+now|had\s+now|now\s+has|did|sent|wrote|contacted|obtained)\b", following.strip()))


_NEGATED = re.compile(r"\b(?:will|would|shall|should)\s+not\s+(?:ask|request|write|contact|send|pursue|proceed|pay|purchase|buy)\b", re.IGNORECASE)


def negated_task(task: str, text: str) -> bool:
    """Whether the text decides not to do the task it names: "the council will not ask the caretaker to come back
    work" gives "The cleaner to return to work", which is no task."""
    core = re.sub(r"^.{0,80}?\bto\s+", "", task)[:30].lower()
    first = text.lower().find(core) if core else -1
    # (the task's first mention is the negated one: "RESOLVED that the Clerk write to the resident. ... the Council will not
    # write to the resident again" keeps the task)
    return first >= 0 and any(found.start() <= first <= found.end() + 120 for found in _NEGATED.finditer(text))


# Text no task of the minutes is written in: a condition ("If there was a point a member would like minuted they to
# raise it"), a pronoun's passive ("This to be reflected in the schedule"), nor the meeting's own business ("KT agreed
# to take the notes while the clerk was away" in its printed form, "... minutes in the absence of ...")
NO_TASK_TEXT = re.compile(
    r"(?:If|Unless|Whether|Should)\b|(?:This|That|It|These|Those)\s+to\s+be\b|Do\s+(?:[Nn]o|[Nn]othing)\b|(?!\S+(?:\s+\S+){0,3}\s+to\s+[a-z])[^,;\u2013\u2014]{3,200}(?<!\bwhich)(?<!\bthat)\s(?:is|are)\s+(?:attached|enclosed|appended)\W*$"  # (a paper's description)
    r"|(?:\S+\s+){0,3}?(?i:to\s+)?(?i:write|take|record)\s+(?:the\s+)?minutes\s+in\s+the\s+absence\b"
    # (nor a verb and a pronoun alone, no one named: "Maintain it", from a landowner's "they will continue to maintain it"; nor a
    # verb before a sentence about what there will be: "Hold there would be a thirty-minute session ...")
    r"|[A-Za-z]+\s+(?i:it|this|that|them)\W*$|[A-Za-z]+\s+there\s+(?:would|will|should|is|are)\s+be\b"
    # (nor a consequence told: "Undertake the review of the road programme means the bypass improvements", from "the review ... means
    # the bypass improvements will be undertaken")
    r"|(?:\S+\s+){1,12}?means\s+(?:that\s+)?(?:the|a|an|this|these)\s"
    # (nor a correction to the minutes: "a line be added to the minutes that ...")
    r"|(?:\S+\s+){0,3}?(?i:to\s+)?(?i:add|insert|amend)\b[^.;]{0,200}?\bto\s+the\s+minutes\s+that\b"
    # (nor declaring interests, nor anything done while the meeting sits: "Members to declare any interests in
    # tonight's business", "Name any that came up while the meeting sat")
    r"|(?:\S+\s+){0,3}?(?i:to\s+)?(?i:declare)\s+(?i:any\s+)?(?i:conflicts?\s+of\s+interests?|(?:personal\s+|pecuniary\s+)?interests?)\b"
    # (nor the Chair asking for them as the meeting sits: "The Chair to invite Members to make their disclosure orally at item 3")
    r"|(?:\S+\s+){0,3}?(?i:to\s+)?(?i:invite)\s+(?i:members|councillors|those\s+present)\s+to\s+(?i:make\s+(?:their|any)\s+)?(?i:disclos|declar)"
    # (nor the standing item that asks for them: "Members to advise of any declarations of interest", "Notify any changes to
    # the Registers of Interests")
    r"|(?:\S+\s+){0,3}?(?i:to\s+)?(?i:advise|notify|inform|update)\s+(?i:the\s+clerk\s+)?(?i:of\s+)?(?i:any\s+)?(?i:declarations?\s+of\s+interests?|changes?\s+to\s+(?:the|their)\s+registers?\s+of\s+interests?)\b"
    r"|(?:\S+\s+){0,3}?(?i:to\s+)?" + f"(?:{DURING_THE_MEETING}|{DONE_THERE})"
    # (nor a seat changing hands: "Councillor Vale to replace Councillor Rook on the Allotments Committee")
    + r"|(?:\S+\s+){1,4}?to\s+replace\s+(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+)?\s+(?:on|as)\s+(?:the\s+)?[A-Z](?![^.;]*\band\s+to\s+[a-z])"
    # (nor noting what was heard: "The Windfarm Trust agreed to note the information shared", "Members to note the report")
    # (the whole task, never a task that goes on: "... agreed to note the comments and raise them with Highways")
    # (the first thing to do, never a letter's purpose: "Clerk to reply to the County Council to welcome the report")
    + r"|(?:(?!(?i:to)\s)\S+\s+){0,8}?to\s+(?i:note|endorse|welcome)\s+(?i:the|this|these|its|their)\s+(?:\w+\s+){0,2}?(?i:details?|reports?|updates?|information|comments?|contents?|position|progress)"
    r"(?:\s+(?i:provided|given|shared|presented|received|circulated|made))?\s*(?:\.\S{0,3})?\s*$"
    # (nor the meeting's verdict on what was put to it, told in its narrative: "After discussion Members agreed to approve the
    # application" gives "Approve the application", the whole task)
    + r"|(?:(?i:the\s+)?(?i:members|councillors|council|committee|board|panel|sub-committee)\s+to\s+)?(?i:approve|grant|refuse|reject|support)"
    r"\s+(?i:the|this|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?i:applications?|requests?)\s*\.?\s*$"
    # (nor someone joining the body, an offer the meeting takes there by co-opting: "Mrs Dale volunteered to join the parish
    # council to fill the vacancy", "Mr Orr agreed to join as community councillor for Eastfield"; nor a post given up: "Mrs Kay to
    # resign from post of minute secretary")
    r"|(?:\S+\s+){0,3}?(?i:to\s+)?(?i:join|become\s+a\s+member\s+of)\s+the\s+(?i:(?:parish|town|community)\s+)?(?i:council|committee)\b(?:\s+(?i:to\s+fill|as\s+a)\b|\W*$)"
    r"|(?:\S+\s+){0,3}?(?i:to\s+)?(?i:join)\s+as\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?i:councillor|member|representative|trustee)\b"
    r"|(?:\S+\s+){0,3}?(?i:to\s+)(?i:resign|stand\s+down|step\s+down)\s+(?i:from\s+(?:the\s+|her\s+|his\s+|their\s+)?(?:post|role|position|office)|as)\b"
    # (nor what is to be done only should a trouble come back: "Agreed that if this should occur again the contractor will be
    # contacted", "Contact the police if it happens again")
    + f"|{ONLY_IF_AGAIN}"
)


# a promise said not to have been kept ("... would ring him after the spring, but never came back to him");
# "..., but did not expect it before July" is a promise still
PAST_PROMISE = re.compile(
    r"\bwould\b[^.;]{3,160}?\bbut\s+(?:(?:did|had)\s+not|never)\s+"
    r"(?:done\s+so|got\s+back|get\s+back|come\s+back|came\s+back|replied|responded|happened|materiali[sz]ed|followed\s+(?:it\s+)?up|been\s+(?:done|received|heard))\b",
    re.IGNORECASE,
)
