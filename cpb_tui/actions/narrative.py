"""Actions in a minute's narrative: what the meeting asked for and what people undertook.

"The Head of Service agreed to circulate the figures", "A briefing note would be provided to
Members", "Councillors were requested to forward suggestions", "The Committee requested:" over
a list, owner tags ("... chase up.   Action JW"), and the time each is due, from its own words,
its sentence, or the sentence before that it points back at.
"""

from __future__ import annotations

import re

from cpb_tui.actions.given_tasks import given_tasks
from cpb_tui.actions.asides import initials_tag, usual_spelling, ACTION_MARK, DONE_SO
from cpb_tui.actions.owner_lines import read_owner_line
from cpb_tui.actions.action_lines import (
    closed_after,
    DOER_ACTION,
    own_point,
    DOER_HEAD,
    INFINITIVE_DOER,
    action_row,
    marked_doer,
    bracketed_task,
    tasks_set_apart,
    doer_parts,
    logged_task,
    ordered_bullet,
    owned_bullet,
    DASHED_OWNERS,
    spelled_out_lists,
    an_order,
    with_its_due,
    without_tag_note,
)
from cpb_tui.actions.promises import _as_commitment, listed_undertakings
from cpb_tui.actions.outside import outside_task
from cpb_tui.actions.paragraphs import paragraphs_marked
from cpb_tui.actions.settled import NO_TASK_TEXT, PAST_PROMISE, answered_there, negated_task
from cpb_tui.actions.scheduling import attended_day, due_from_context
from cpb_tui.actions.clauses import ActionCandidate, _action, _follow_up, _requested
from cpb_tui.actions.recounted import without_recounted
from cpb_tui.actions.run_on import tasks_run_on
from cpb_tui.actions.coordination import doers_said_plainly, second_doers
from cpb_tui.actions.reported import as_reported, would_parts
from cpb_tui.actions.commitments import _commitment, _ROLE_IS
from cpb_tui.domain.text import bare_owner
from cpb_tui.actions.phrases import _FIRM_VERBS, _TAGGED_TASK, _looks_like_doer, _lower_first, _owner_tag, _recipients, _sentences, _split_owner


def extract_from_minutes(markdown: str) -> list[ActionCandidate]:
    """Commitments recorded in minutes narrative ("officers agreed to circulate ...")."""
    # (a task of one word, "Wr" from "It was agreed to wr" cut mid-word, is no task; nor is text no task is written in)
    return [
        a for a in _follow_up(_extract_from_minutes(tasks_set_apart(spelled_out_lists(given_tasks(usual_spelling(second_doers(doers_said_plainly(without_recounted(tasks_run_on(without_tag_note(markdown)))))))))))
        if not DONE_SO.search(a.text) and len(a.text.split()) >= 2 and not NO_TASK_TEXT.match(a.text) and not outside_task(a)
    ]


def _extract_from_minutes(markdown: str) -> list[ActionCandidate]:
    actions: list[ActionCandidate] = []
    marked_paragraphs = paragraphs_marked(markdown)
    paragraphs = [text for text, _ in marked_paragraphs]
    dashed = sum(bool(listed and DASHED_OWNERS.match(text.strip())) for text, listed in marked_paragraphs) >= 3  # (a list of owned points)
    found_before = len(actions)
    requesting = aims = False  # reading the list under "The Committee requested:", or under "The aims are:"
    for position, paragraph in enumerate(paragraphs):
        listed = marked_paragraphs[position][1]
        previous_found, found_before = len(actions) > found_before, len(actions)
        row = action_row(paragraph) if "Action" in paragraph else None
        if row is not None:
            actions.extend(row[0])  # "2. Write to the school. Action – The Clerk. Action ongoing."; one "complete" gives none
            if not row[1].strip():
                continue
            paragraph = row[1]  # what was said of it since is read as minutes
        if listed and (owned := owned_bullet(paragraph, dashed)) is not None:
            actions.append(owned)  # "- Ask about the broken kerb on Mill Lane AM": the owner's initials last
            continue
        tagged = _tagged(paragraph)
        if tagged:
            actions.extend(tagged)
            continue
        logged = logged_task(paragraph)
        if logged is not None:
            actions.extend(logged)  # "7.1 Arrange publicity. LM – Ongoing."; a line "completed" gives none
            continue
        if aims and listed and re.match(r"(?i:to\s+)?[a-z]", paragraph):
            continue  # "Its stated aims were:" over "- to provide a framework ...": what a paper means to do, no one's task
        aims = bool(_AIMS_LISTED.search(paragraph)) or aims and listed and not INFINITIVE_DOER.match(paragraph)
        if requesting and listed:
            # "The Committee requested:" then "1. a breakdown of placements by district"
            item = re.sub(r"^(?:\(?[a-z0-9]{1,3}[.)]\s+)", "", paragraph).rstrip(" .;")
            found = _commitment(item, None) or _requested(item)
            if found is not None:
                actions.append(_as_commitment(found))
            continue
        requesting = bool(_REQUESTED_LIST.search(paragraph))
        # "Clerk Action: to add the review to September's agenda": the doer before the label
        paragraph = DOER_ACTION.sub(r"Action: \g<who> to ", paragraph)
        marked = _ACTION_LINE.match(paragraph)
        rest = ""
        if marked:
            # "Action: Margaret Gallagher / Clerk" under a paragraph, "ACTION: Head of Service to circulate the plan."
            rest = marked.group("rest").strip()
            # (a task the log closes after it, "Action: Clerk to write to the school. Done", is nothing left to do)
            if closed_after(parts := _sentences(rest), len(parts) - 2) or read_owner_line(rest, paragraphs, position, previous_found, actions, _commitment, strict=bool(marked.group("bare"))):
                continue
            doer = marked_doer(rest := with_its_due(rest))
            if doer is not None:
                actions.append(_as_commitment(doer))
                continue
            # (a short task told as an order, "Action: Contact Streetscene about a sweep.", is the page's task as it stands)
            if len(rest.split()) > 8 or len(doer_parts(rest, INFINITIVE_DOER)) > 1 or an_order(rest):
                paragraph = rest
        before = len(actions)
        actions.extend(_from_sentences(paragraph))
        actions.extend(found for found in [ordered_bullet(paragraph) if listed and len(actions) == before else None] if found)  # ("- Invite X ... at October mtg")
        if marked and paragraph == rest and len(actions) == before:
            # "Action - Cornwall Council commits to ...": the page calls it an action, so it is one
            first = _sentences(paragraph)[0].rstrip(" :-\u2013")
            actions.append(_action("commitment", first, paragraph, (), _recipients(first), source="minutes"))
    return actions


_TO_ACTION_TAIL = re.compile(r"\s+[\u2013\u2014-]\s*(?:the\s+)?[A-Z]?\w+\s+to\s+action\.?\s*$", re.IGNORECASE)


_REQUESTED_LIST = re.compile(
    r"\b(?:the\s+(?:committee|board|panel|forum|sub-committee|cabinet)|members)\s+(?:also\s+|further\s+)?(?:requested|asked\s+for)"
    r"(?:\s+the\s+following)?\s*(?::-|[:\u2013-])\s*$"
    r"|^\s*(?:Agreed\s+)?Actions?\s*(?::-|[:\u2013-])?\s*$",  # "Action:" alone over a bullet per task
    re.IGNORECASE,
)


_AIMS_LISTED = re.compile(r"\b(?:aims?|objectives?|purposes?|priorities|goals?|ambitions?)\s+(?:were|are|is|include[sd]?)\s*(?::-|[:\u2013-])\s*$", re.IGNORECASE)


def _from_sentences(paragraph: str) -> list[ActionCandidate]:
    """The tasks of one paragraph of minutes read sentence by sentence, a doer named in one carried to the next."""
    actions: list[ActionCandidate] = []
    last_doer: str | None = None
    previous = ""
    sentences = [part for sentence in _sentences(paragraph, doers=True) for part in doer_parts(sentence, INFINITIVE_DOER)]
    for position_in, sentence in enumerate(sentences):
        unmarked = ACTION_MARK.sub("", sentence)  # "... closes this month. ACTION RB to apply ...": the label goes
        if unmarked != sentence and _commitment(unmarked, None) is None and (doer := marked_doer(with_its_due(unmarked))) is not None \
                and re.fullmatch(rf"{DOER_HEAD}(?:\s*(?:,|&|/|and)\s*{DOER_HEAD})*", doer.owners[0] if doer.owners else "") and len(doer.text.split()) >= 5:
            actions.extend([] if closed_after(sentences, position_in) else [_as_commitment(doer)])  # "... Action: Clerk to write to Cllr Reed." (never "... Done")
            previous = sentence
            continue
        # ("Action ongoing \u2013 they will test the lights": a log's status, never a doer; "Clerk to report the potholes \u2013 Clerk to action.")
        sentence = _TO_ACTION_TAIL.sub("", re.sub(r"^\s*Actions?\s+(?:on-?going|outstanding|open|pending|complete[d]?|closed)\s*[\u2013\u2014:-]\s*"
                                                   # ("Quarry \u2013 Ongoing, Stuart Fox to chase ...": the log's status before the task)
                                                   r"|^(?:[^.,;]{0,60}?\s[\u2013\u2014-]\s*)?(?-i:On-?going|Outstanding|In\s+progress|Pending)\s*[,;:\u2013-]\s+(?=[A-Z])", "", unmarked))
        task = bracketed_task(sentence)
        if task is not None:
            actions.append(task)
            previous = sentence
            continue
        listed = listed_undertakings(sentence)
        if listed:
            actions.extend(listed)  # each part keeps its own time, if it gives one
            previous = sentence
            continue
        for part in would_parts(as_reported(sentence)):
            if PAST_PROMISE.search(part):
                continue  # "The county had said it would ring him ..., but never came back to him": a promise of before
            action = _commitment(part, last_doer)
            # (never a decision not to act: "the council will not ask the caretaker to come back yet")
            if action is not None and not negated_task(action.text, part) and not answered_there(part, " ".join(sentences[position_in + 1 : position_in + 4])):
                actions.append(due_from_context(action, part, previous))
        previous = sentence
        # "(a) Parish Benches: S Parnell reported ...": the doer comes after the point's label
        starts, after = _split_owner(re.sub(r"^(?:\d{1,2}\.\s+[A-Z ]{3,40}:\s+)?(?:\(?[a-z0-9]{1,3}[.)]\s+)?[^.:]{2,60}:\s+", "", sentence))
        if starts and (_looks_like_doer(starts) or re.fullmatch(r"[A-Z]{2,3}", starts)) and not _NAMED_THING.match(after):
            last_doer = starts  # "No further progress ...": "No" is no one
        elif re.match(r"^(?:A|One|Another)\s+(?:Member|Councillor|member|councillor)\b", sentence):
            last_doer = "a Member"  # "A Member requested ... He asked that ...": the member asks
    return actions


_POST = re.compile(r"(?:Secretary|Treasurer|Clerk|Chair(?:man|person)?|President|Trustee|Governor|Solicitor|Advis[eo]r|Member|Representative)s?")


def _tagged(paragraph: str) -> list[ActionCandidate]:
    """A paragraph that ends by naming who acts: its undertaking (or its last sentence) is theirs; an
    earlier task with a doer of its own ("Cllr Atkins asked Cllr Thomson to follow up ...") stays theirs."""
    owned: list[ActionCandidate] = []
    found = _tagged_task(paragraph, owned)
    return [found, *owned] if found is not None else []  # (with no tagged task the paragraph is read as usual)


def _own_promise(sentence: str, owners: tuple[str, ...]) -> ActionCandidate | None:
    """ "Cllr Tate said she would brief members. Action \u2013 Clerk to write to Mr Hay": the member's promise before
    another doer's tagged task is hers (never the tagged doer's own, told twice)."""
    found = _commitment(sentence, None) if sentence else None
    if found is None or not found.owners or {bare_owner(o) for o in found.owners} & {bare_owner(o) for o in owners}:
        return None
    return found


def _tagged_task(paragraph: str, owned: list[ActionCandidate]) -> ActionCandidate | None:
    """The task a paragraph's closing tag names; earlier tasks with their own doers go to `owned`."""
    task = _TAGGED_TASK.search(paragraph)
    if task and task.group("verb") == "the" and _POST.fullmatch(task.group("owners")) and re.match(r"\s+[A-Z]", task.group("tail")):
        task = None  # "Cllr Dane \u2013 Treasurer to the Village Hall": a post held, never a task ("Pothole - Clerk to the county" is one)
    # (a resident asked to come, "- Mr Tanner to attend the next meeting", is no doer of the council's)
    if task and task.group("verb") != "action" and not (task.group("verb") == "attend" and re.match(r"(?:Mrs?|Ms|Miss|Dr)\b", task.group("owners"))):
        # "Millennium Wood is in a poor state - TD & AV to inspect"
        owners = tuple(o.strip() for o in re.split(r"\s*(?:,|&|/|\band\b)\s*", task.group("owners")) if o.strip())
        context = re.sub(r"(?:^|\s)(?:[a-z][.)]\s+)?(?:Actions?|ACTIONS?)\s*[\u2013\u2014-]?\s*$", "", paragraph[: task.start()]).strip()  # "b. Action \u2013 Clerk to ...", "ACTION \u2013 Clerk to ..."
        phrase = f"{task.group('verb')}{task.group('tail')}".strip()
        first, *others = doer_parts(f"{task.group('owners')} to {phrase}", INFINITIVE_DOER)  # ("... to follow up – Clerk to send a reminder")
        owned.extend(found for found in (_commitment(other, None) for other in others) if found is not None)
        phrase = first[len(task.group("owners")) + 4 :].strip() if others else phrase
        # ("Action: JB to chase the county – AK to write to the landowner": the task before the tag is its own doer's)
        before = re.sub(r"^(?:Actions?\s*[:\u2013-]\s*)", "", _sentences(context)[-1].rstrip(" \u2013-")) if context else ""
        prior = _commitment(before, None) if INFINITIVE_DOER.match(before) else _own_promise(before, owners)
        if prior is not None and prior.owners:
            owned.insert(0, prior)
            context = " ".join(_sentences(context)[:-1])
        text = f"{task.group('owners')} to {phrase}" + (f" ({_lower_first(_sentences(context)[-1])})" if context else "")
        return _action("commitment", text, attended_day(phrase, context) or f"{phrase} {context}", owners, _recipients(phrase), source="minutes")
    body, owners = _owner_tag(paragraph)
    if not owners:
        body, owners = initials_tag(paragraph)
    if not owners or not body:
        return None
    # ("A meeting with the county is to be planned. (Amended at the meeting) - Action Clerk": a note on the minute, then the tag)
    body = re.sub(r"(?<=[.!?])\s*\((?:[^()\s]+\s*){1,6}\)\s*$", "", body)
    body = re.sub(r"\.\s+Also\s+(?=[^.!?]{3,80}$)", ", also ", body)  # ("Lamp 12 is out. Also no. 40 by the mill (Act Clerk)": one point)
    sentences = _sentences(body)
    while len(sentences) > 1 and _ASSENT_ALONE.fullmatch(sentences[-1].strip()):
        sentences.pop()  # ("CL put a proposal to update the map. This was supported and approved. CL to action.": the proposal is the task)
    for position in range(len(sentences) - 1, -1, -1):
        sentence = sentences[position]
        found = _commitment(sentence, None)
        same = {bare_owner(o) for o in found.owners} & {bare_owner(o) for o in owners} if found is not None else set()
        if found is not None and found.owners and position < len(sentences) - 1 and (not same or own_point(sentences[-1], found.text)):
            owned.insert(0, found)  # someone else's task before the tagged one, or one naming its doer before a point of its own
            if same:
                return _action("commitment", sentences[-1].rstrip(" ."), body, owners, (), source="minutes")
            continue
        if found is not None:
            return ActionCandidate("commitment", found.text, found.due_words, owners, found.recipients, "minutes")
    for at, sentence in reversed(list(enumerate(sentences))):
        # "Chair will discuss with contractor. (Act GR)": the tagged one says who will (and "It was suggested that the Clerk ...", unless overtaken)
        if re.match(r"^(?:The\s+)?(?:Chair(?:man|person)?|Clerk|[A-Z]{2,3})\s+(?:will|to)\s+[a-z]{3,}\b", sentence) or re.match(r"^It\s+was\s+(?:suggested|agreed)\s+that\s+the\s+(?:Chair(?:man|person)?|Clerk)\s+(?![a-z]+ed\b|said\b|has\b|was\b)[a-z]{3,}\b", sentence) \
                and not any(re.search(r"\b(?:asked|requested|agreed|decided|resolved|instead|rather)\b", later) for later in sentences[at + 1 :]):
            return _action("commitment", sentence.rstrip(" ."), body, owners, (), source="minutes")
    if re.fullmatch(r"(?:\(?[a-z0-9]{1,3}[.)]\s+)?[^.\u2013\u2014:]{1,60}?\s*[\u2013\u2014:-]?", sentences[-1].strip()) and not _TROUBLE.search(sentences[-1]) \
            and not re.search(r"\b(?:needs?|needed|requires?|is|are|to\s+be|asked|requested|raised|suggested|queried|[Aa]waiting|[Aa]waited)\b", sentences[-1]) \
            and not re.match(rf"(?:\(?[a-z0-9]{{1,3}}[.)]\s+)?(?i:{_FIRM_VERBS}|discuss)\b", sentences[-1].strip()):  # ("1. Discuss the car park with the solicitor.")
        return None  # "c) Allotment hedge -" and its tag, the decision under it taken out as a clause
    if _ROLE_IS.search(sentences[-1]):
        return None  # "The Council's main role is to publicise it": the tag belongs to the decision taken out
    # "b) Parish Cottage - Chairman still awaiting a third estimate which he would chase up"
    last = re.sub(r"^(?:\(?[a-z0-9]{1,3}[.)]\s+)?[^.\u2013\u2014:]{1,60}?(?:\s[\u2013\u2014-]|:)\s+(?=\S+\s+\S+\s+\S)", "", sentences[-1])  # "Playpark: ..."
    # (a short remark after the dash keeps what it is about: "Awaiting report from RW - next meeting")
    # "Item 9 The air vent ...", "31/210 DT and PW have written up the survey ...": the old minute it follows up
    last = re.sub(r"^(?:Items?\s+\d{1,3}(?:\s*(?:&|and|,)\s*\d{1,3})*|\d{1,3}/\d{2,5})\s+(?=[A-Z])", "", last)
    return _action("commitment", last, body, owners, (), source="minutes")


_ASSENT_ALONE = re.compile(r"(?i)(?:this|it|the\s+proposal)\s+was\s+(?:(?:supported|seconded|agreed)\s+and\s+)?(?:unanimously\s+)?(?:approved|agreed|supported|accepted)(?:\s+unanimously|\s+by\s+all)?\.?|(?:all\s+)?agreed\.?")
_TROUBLE = re.compile(r"\b(?:on\s+all\s+the\s+time|still\s+(?:out|off|on|broken|blocked|missing|flooding|leaking)|(?:not|isn't|is\s+not)\s+working|broken|blocked|missing|damaged|faulty|overgrown|needs?\s+\w+ing)\b")  # "Lamp 12 on all the time (Act Clerk)"


# "Action: Clerk", "Action - Leader to ...", and in capitals with no colon before initials, "ACTION RB to apply ..."
_ACTION_LINE = re.compile(r"^\s*(?:(?:Actions?|Gweithredu|Cam\s+gweithredu)\s*(?:\d{1,2}\s*)?(?:by)?\s*[:\u2013-]|(?-i:ACTIONS?)\s+(?-i:(?=[A-Z]{2,4}\s|(?!(?:PLANS?|LOGS?|LIST|NONE|NIL|NFA|TBC|TBA|TBD|AOB|DONE)$)[A-Z]{2,4}$))"
                          # "Action Clerk", "Action Stuart Fox" alone on a line: who owns the task above (never "Action Plan Update")
                          r"|(?-i:(?P<bare>Actions?)\s+(?=(?:(?:the\s+)?(?:Clerk|Chair(?:man)?|Secretary|Treasurer)|Cllrs?\.?\s+[A-Z]\w+|(?!NFA|TBC|TBA|TBD|AOB)[A-Z]{2,3})"
                          r"(?:\s*(?:[&/,]|and)\s*(?:(?:the\s+)?Clerk|Chair(?:man)?|Cllrs?\.?\s+[A-Z]\w+|[A-Z]{2,3}))*\s*$)))\s*(?P<rest>.+)$", re.IGNORECASE)


# "Kilnsey Bridge damage has been reported": the name qualifies a thing, and is no one to whom "he" can point
# ("Kilnsey Bridge parapet damage has been ...", "Mill Lane drainage works were ..."; but "Cllr Hale himself had visited")
_NOUN_WORD = (
    r"(?!(?:also|then|now|still|already|later|further|kindly|subsequently|again|duly|too|both|alone|himself|herself|themselves|itself"
    r"|said|told|thought|felt|it|that|this|there|he|she|they|we|who|which|and|or|but|[a-z]+ly|[a-z]+ed"
    r"|is|are|was|were|has|have|had|will|would|due|to)\b)[a-z]+"  # ("The Clerk is due to have a meeting ...": a doer and her verb)
)
_NAMED_THING = re.compile(rf"{_NOUN_WORD}(?:\s+{_NOUN_WORD}){{0,2}}?\s+(?:has|have|had|is|are|was|were|will|would)\b")


