"""Where a minute records what was decided, in the many words councils use for it.

"RESOLVED", "Resolved: That ...", "Resolved - That ...", "It was resolved", "The Committee
resolved:-", "Decision:", "Decisions:", "AGREED", "Agreed:", "It was agreed that",
"Recommendations approved", "The Panel noted the report", and the Welsh "PENDERFYNWYD" /
"CYTUNWYD". A decision block runs from its opening words over its clauses; narrative after
it goes back to the minutes.
"""

from __future__ import annotations

import re

from cpb_tui.importers.clause_lists import SUBJECT_LEAD_IN, as_clause_list, opens_decision, split_inline
from cpb_tui.importers.assent import assent_found, assented
from cpb_tui.importers.resolutions import without_preamble, cut_copy, parse_resolved
from cpb_tui.importers.decision_lines import agenda_heading, asides_in_line, name_cut, summary_of_discussion, AGENDA_PURPOSE as _AGENDA_PURPOSE, BULLET_START as _BULLET_START, CLAUSE_START as _CLAUSE_START, FIELD, FURNITURE as _FURNITURE
from cpb_tui.importers.decision_lines import LABELLED as _LABELLED, ONE_PERSON_ABOVE as _ONE_PERSON_ABOVE, ORPHAN_CLAUSE as _ORPHAN_CLAUSE, PROPOSED as _PROPOSED, REASONS as _REASONS
from cpb_tui.importers.decision_lines import MEMBERS_ASKED as _MEMBERS_ASKED, REASON_LINE as _REASON_LINE, STOP_HEADING as _STOP_HEADING, SUBJUNCTIVE as _SUBJUNCTIVE, THAT as _THAT
from cpb_tui.domain.models import ResolutionRecord
from cpb_tui.importers.chosen_blocks import chosen_blocks, OUTCOME_ROW
from cpb_tui.importers.mid_decisions import action_label_apart, lead_in_over_clauses, dotted_parts, outcome_sentences, APOLOGIES_THEN_VERDICT, POINT_THEN_DECISION, PROPOSAL_VOTED, how_agreed, mid_pieces
from cpb_tui.importers.decision_lines import CYTUNODD, PROPOSAL_LABEL as _PROPOSAL_LABEL, capital_labels as _capital_labels, proposals_voted as _proposals_voted
from cpb_tui.importers.decision_lines import narrative_resumes as _narrative_resumes, next_part as _next_part
from cpb_tui.importers.decision_lines import AGREED_NAMES as _AGREED_NAMES, BODY_LEAD_IN, DATE_FIELD as _DATE_FIELD, REPORTED_AFTER as _REPORTED_AFTER, bracketed_task_apart, clause_after_reasons, movers_joined, narrative_after, rejoined, task_labelled_after
from cpb_tui.importers.motions import CARRIED_OVER_LIST as _CARRIED_OVER_LIST, MINUTES_MOTION as _MINUTES_MOTION, MOTION_CARRIED as _MOTION_CARRIED
from cpb_tui.importers.motions import MOVER as _MOVER, MOVERS_AFTER, agreed_then_narrative as _agreed_then_narrative, mover_opening, without_movers
from cpb_tui.importers.outcomes import GENERAL_LEAD_IN, LEAD_IN_ALONE, led_in, as_said, plain_opening, _NOTED, _OFFICER, _ONE_WHO, _PARA, _WHO, PLANNING_LINE, listed_outcome

# "It was proposed by Councillor A, seconded by Councillor B and unanimously RESOLVED" (and "It was agreed and RESOLVED to ...")
_MOVED = (
    r"(?:(?:proposed|seconded|moved|agreed|and|by|the|unanimously|therefore|further|also|then|duly|subsequently|accordingly"
    r"|Councillors?|Cllr\.?|Alderman|Mr|Mrs|Ms|Dr|[A-Z][\w'\u2019-]+),?\s+){0,10}?"
)
# Opening words that begin a decision block; group "rest" is what follows on the same line.
_CYTUNODD = CYTUNODD + r"(?=\s+i\s)"
_OPENERS = [
    # RESOLVED / Resolved: / Resolved - / RESOLVED that / RESOLVED (unanimously) that (and "IT WAS UNANIMOUSLY RESOLVED that ...")
    # ("The Board received, discussed and duly RESOLVED to pay:" over the bills, a numbered line each; "The Council considered
    # the two new plans and RESOLVED as follows:" over its answers)
    rf"{_PARA}(?:(?:It|IT)\s+(?:was|WAS)\s+{_MOVED}|(?:PROPOSED|Proposed)[;,]\s+(?:SECONDED|Seconded)[;,]\s+|(?:MOVED|Moved|PROPOSED|Proposed)\s+by\s+[^.;]{{2,60}}?,?\s+(?:and\s+)?(?:SECONDED|Seconded|seconded)\s+by\s+[^.;]{{2,60}}?,?\s+and\s+(?:unanimously\s+)?|[Tt]he\s+following\s+(?:was|were)\s+(?:therefore\s+|then\s+|unanimously\s+)*|{_WHO}\s+(?:therefore\s+|then\s+|unanimously\s+|also\s+|further\s+|considered\s+the\s+(?:report|matter|item|recommendations?)\s+and\s+|(?:(?:received|noted|discussed|considered|debated),\s+)?(?:discussed|considered|debated|noted)\s+(?:this\s+|it\s+)?and\s+(?:duly\s+)?|(?:considered|discussed|debated)\s+[^.;:]{{2,120}}?\s+and\s+(?=RESOLVED\b))?|{_ONE_WHO}\s+|(?:UNANIMOUSLY|Unanimously)\s+)?"
    r"(?:RESOLVED|Resolved|resolved|Resolve(?=\s*:\s*(?:by\s|that\b)))\b(?:\s*\((?:unanimously|by\s+[^)]*|on\s+(?:a|the)\s+motion\s+[^)]*|(?:moved|proposed)\s+by\s+[^)]*)\))?",  # ("Resolve: by a unanimous vote that ...")
    rf"{_PARA}(?:(?:THE|The)\s+)?(?:DECISIONS?|Decisions?|DECIDED|Decided)(?:\s+of\s+the\s+\w+|\s+(?:taken|made|Taken|Made|TAKEN|MADE))?\s*(?=[:\u2013\u2014-]|$)",  # ("THE DECISION:")
    # an executive member's decision record: "That it be DETERMINED that:", "DETERMINED:", "It was determined that ..."
    rf"{_PARA}(?:That\s+it\s+be\s+(?:RESOLVED|[Rr]esolved|AGREED|[Aa]greed|DETERMINED|[Dd]etermined)|(?:It\s+was\s+)?(?:DETERMINED|[Dd]etermined|CONCLUDED)|[Ii]t\s+was\s+concluded)\b(?=\s*(?:that\b|[:\u2013\u2014-]|$))|{_PARA}[Ii]t\s+was\s+concluded\b(?=\s+to\s+(?!be\b)[a-z])",
    # "It was passed that we move the closing date ...": a motion passed
    rf"{_PARA}It\s+was\s+(?:unanimously\s+)?(?:passed\b(?=\s+that\b)|voted\b(?:\s+on\b|\s+upon\b(?=\s+that\s+(?!evening|day|night|morning|afternoon|week)\w))?(?=\s+(?:\d{{1,2}}\s*[-\u2013]\s*\d{{1,2}}\s+|unanimously\s+|by\s+(?:a\s+)?majority\s+)?(?:that|to(?!\s+be\b))\b))|{_PARA}(?:(?:After|Following)\s+(?:a\s+|some\s+|much\s+|further\s+|careful\s+|the\s+)?(?:discussion|debate|consideration|deliberation)s?,?\s+(?:the|a)|The|A)\s+decision\s+was\s+(?:made|taken|reached)\b(?=\s+(?:that|to)\b)|{_PARA}It\s+was\s+the\s+(?:(?:Parish|Town|Community)\s+)?(?:Council|Committee|Board|Panel|[Mm]eeting|[Mm]embers)['\u2019]s?\s+(?:unanimous\s+)?decision\b(?=\s+(?:that|to)\b)|{_PARA}[Tt]he\s+unanimous\s+decision\s+was\b(?=\s+that\s+(?:[^.;]|(?<=Mrs)\.|(?<=M[rs])\.|(?<=Dr)\.){{0,160}}?\bbe\b)",  # ("The decision was made that ...")
    # "The Cabinet Member agreed:" over the decisions one person took (a decision notice's lead-in; "On 4 May 2036, the Leader, Cllr Vane, made the following decisions:-")
    rf"{_PARA}{_ONE_WHO}\s+(?:has\s+)?(?:agreed|decided|approved)\s*(?=(?::-|[:\u2013\u2014-])\s*$)|{_PARA}(?:On\s+[^,;.]{{3,40}},\s+)?{_ONE_WHO}(?:,\s+[^,;.]{{3,60}},)?\s+(?:made|took)\s+the\s+following\s+decisions?\s*(?=(?::-|[:\u2013\u2014-])\s*$)",
    # a decision notice's one decider: "The Executive Member decided to:", "The Director of Place has decided to ..."
    rf"{_PARA}(?:{_ONE_WHO}|{_OFFICER})\s+(?:has\s+|have\s+)decided\b|{_PARA}{_ONE_WHO}\s+decided\b(?=\s+(?:to|that)\b)|{_PARA}{_ONE_WHO}\s+approved\b(?=\s+(?:the|as|an?|all)\s)(?![^.;]{{0,160}}\b(?:last|previously|earlier|ago|before|reported|said|in\s+(?:19|20)\d\d)\b)",
    # "Resolution: That ...", "Outcome: the Board noted ..." (with the colon: alone, the word is a title)
    rf"{_PARA}(?:RESOLUTIONS?|Resolutions?|OUTCOMES?|Outcomes?|CONCLUSIONS?|Conclusions?)\s*(?=[:\u2013\u2014-])",
    # "The Committee approve the minutes ...", "The Committee notes the report and agrees ..."
    rf"{_PARA}{_WHO}\s+(?:approves?|agrees?|notes?|endorses?|resolves?|decides?|accepts?|supports?|requests?|asks?)\b(?=\s+(?:the|that|to|a|an|its|this|these)\b)",
    rf"{_PARA}(?:(?:UNANIMOUSLY|Unanimously|(?i:no\s+(?:comments?|objections?))\s+and)\s+)?(?:AGREED|Agreed\b(?=\s*(?:that\b|to\b|[:\u2013\u2014-]|$)|\s+(?:by\s+all(?:\s+present)?|unanimously)\s+(?:that|to)\b|\s+(?:this|these|it)\s+(?:be|would|will|should)\s|\s+{_AGREED_NAMES})|Decided\b(?=\s+(?:that|to)\s+[a-z]))",  # "Agreed by all that ...", "Agreed this be held over ...", "Decided to book the hall"
    # "All agreed that the youth club be invited ...", "All present agreed to ...", "Unanimously agreed that ...", "Everyone was in agreement to ..."
    rf"{_PARA}(?:(?:(?:All|ALL)\s+(?:present\s+|(?:members|[Cc]ouncillors|Cllrs)\s+(?:present\s+)?)?|(?:UNANIMOUSLY|Unanimously)\s+)(?:agreed|AGREED)\b(?=\s+(?:that|to)\b|\s+(?:this|it)\s+(?:was\s+a\s+good\s+idea\b|(?:should|would)\s+be\s+[a-z]+ed\b))|(?:Everyone|Everybody)\s+agreed\b(?=\s+to\b|\s+that\s+[^.;]{{0,160}}?\b(?:be|should|would|will|could|can|must)\b)" rf"|(?:Everyone|Everybody|All(?:\s+present)?|ALL)\s+(?:(?:was|were)\s+)?(?:all\s+)?in\s+agreement\b(?=\s+(?:not\s+)?to\b|\s+that\s+[^.;]{{0,160}}?\b(?:should|must)\b))",
    rf"{_PARA}(?:(?:(?:After|Following)\s+(?:a\s+|some\s+|much\s+|further\s+|the\s+)?(?:discussion|debate|consideration)s?,?\s+it|It|IT)\s+(?:was|WAS|has\s+been),?\s+(?:however,\s+|therefore,?\s+|further\s+|also\s+|then\s+|finally\s+|unanimously\s+|UNANIMOUSLY\s+)*(?:proposed,?\s+seconded,?\s+and\s+(?:unanimously\s+)?|(?:suggested|proposed|moved|discussed|considered),?\s+and\s+)?|{_WHO}\s+(?:therefore\s+|then\s+|unanimously\s+)?(?:(?:considered|discussed|debated|reviewed|examined|looked\s+at)(?:\s+(?:the|this|these|its|a|an)\s[^.;]{{0,80}}?|(?<=looked\sat)\s+(?:application|plans?|drawings?)\s[^.;]{{0,80}}?|(?<=discussed)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){{0,2}}?(?=\s+and\s+(?:resolved|RESOLVED|decided)\s+to\b))?,?\s+and\s+)?)(?:agreed|AGREED|decided(?![.;]?\s*$)|(?<=\sand\s)(?:resolved|RESOLVED)(?=\s+(?:to|that)\s)|(?<=\s)(?:were|was)\s+(?:all\s+|unanimously\s+)?in\s+agreement(?=\s+(?:that|to|not\s+to)\b))\b",  # (never "appeals lodged, withdrawn and decided.")
    rf"{_PARA}Recommendations?\s+(?:were\s+|was\s+)?(?:approved|agreed|adopted)\b|{_PARA}(?:The\s+)?Council\s+proposed\b(?=\s+that\b)",  # ("Council proposed that a letter be sent")
    # "the Parish Councillors voted against buying a bench", "The Parish Council have agreed to meet the cost of a frame"
    rf"{_PARA}{_WHO}\s+(?:(?:unanimously\s+)?voted\s+(?=(?:against|in\s+favour\s+of|not\s+to|to)\s)|(?:have|has)\s+(?:now\s+|also\s+)?(?:agreed|decided)\b(?=\s+(?:to|that)\s))",
    # "The Cabinet approved ...", "The Sub-Committee decided to ..."
    rf"{_PARA}{_WHO}\s+(?:therefore\s+|then\s+|unanimously\s+)?(?:(?:considered|discussed)\s+and\s+)?(?:approved|endorsed|adopted|accepted(?=\s+(?:the|these|its|all)\s+(?:[\w'\u2019-]+\s+){{0,3}}?(?:recommendations?|findings|proposals?|report|amendments?|(?:quot(?:e|es|ation|ations)|tenders?|estimates?)(?=\s+(?:from|of|for|at|by|submitted|received)\b|\s*\u00a3))\b)|RESOLVED|AGREED|DECIDED|DELEGATED|delegated|(?:APPROVED|ENDORSED|ADOPTED)(?=\s+(?:the|a|an|to|that|\u00a3|\d))|confirmed(?=\s+the\s+(?:purchase|order|appointment|contract|quote|quotation|booking|grant|payment|award)\b))\b",  # ("The meeting confirmed the purchase of ...")
    rf"{_PARA}(?:(?:Hefyd|Yna|Felly)\s+(?=[cp]))?(?:PENDERFYNWYD|[Pp]enderfynwyd|PENDERFYNIAD|Penderfyniad|CYTUNWYD|[Cc]ytunwyd|{_CYTUNODD})\b",  # (lower case after its reasons)
    # a committee's recommendation to Council or Cabinet is its decision: "RECOMMENDED to Council that ..."
    rf"{_PARA}(?:{_WHO}\s+|It\s+was\s+(?:(?!not\b)\w+\s+)?)?(?:RECOMMENDED|RECOMMENDS|ORDERED(?=\s*(?:[:\u2013-]\s*)?(?:that|That|THAT)\b))\b|{_PARA}(?:Cabinet|The\s+(?:Committee|Board|Panel|Sub-Committee|Executive))\s+recommended\b(?=\s+to\s+(?:the\s+)?(?:Full\s+)?(?:Council|Cabinet)\s+that\b)(?![^.;]*\bbut\b)",  # (and "ORDERED that ...")
]
_OPENER = re.compile(r"^\s*(?:" + "|".join(f"(?:{p})" for p in _OPENERS) + r")(?P<rest>.*)$")



def opener(line: str) -> tuple[str, str] | None:
    """If `line` opens a decision, the kind of opening and the words after it on the line."""
    line = re.sub(r"^\s*(?:[\u2022\u00b7\u25aa\u25cf\u25e6\uf0b7]\s*|[-*\u2013]\s+(?=(?:The|It|All)\s|(?:Agreed|AGREED|Resolved|RESOLVED)\s*(?:[\u2013\u2014:-]\s*)?(?:that|to|That|To)\b|PROPOSED[;,]\s+SECONDED[;,]|RECOMMENDED\b|ORDERED\b))", "", line)  # "\u2022  RESOLVED that ...", "- The Council agreed ...": a bullet before it
    line = plain_opening(line)
    # a Scottish outcome row: "Agreed (i) The minutes were approved.", "Noted (ii) That incidents had fallen."
    row = OUTCOME_ROW.match(line)
    if row or listed_outcome(line):
        return ("noted" if not row or row.group(1).lower() in ("noted", "received") else "decision"), row.group("rest").strip() if row else line.strip()
    line = re.sub(r"^\s*(?:Content|Details|Decision\s+text|Minutes|Cofnodion)\s*:\s+(?=\S)", "", line)  # an aggregator's "Content: The Committee RESOLVED to: ..."
    line = re.sub(r"^\s*the\s+(?=(?:Committee|Board|Panel|Cabinet|Sub-Committee|Forum)\s)", "The ", line)
    if BODY_LEAD_IN.match(line):
        return "decision", ""  # "The Environment, Development and Infrastructure Committee –" over its numbered decisions
    if len(line) < 80 and re.search(r"[,;]\s*it\s+was\s*(?::-|[:\u2013-])?\s*$", line, re.IGNORECASE):
        return "decision", ""  # "By affirmation of the meeting, it was" over "The minutes ... be taken as read": the word lost
    match = _OPENER.match(line)
    if match:
        rest = match.group("rest")
        opening = line[: match.start("rest")]
        # "Agreed" inside a sentence ("The minutes were agreed as ...") is not an opening.
        if re.match(r"^\s*(?:as(?!\s+a\s+(?:correct|true|accurate)\s+record\s+the\s+minutes\b)|with|by(?!\s+(?:an?\s+)?majority\b|\s+\d+\s+votes?\b)(?!\s+(?:all(?:\s+(?:those\s+)?(?:who\s+(?:had\s+been|were)\s+)?present(?:\s+at\s+the\s+meeting)?)?,?|affirmation|consensus|acclamation|(?:the\s+)?(?:PC|(?:Parish\s+|Town\s+)?Council|Committee|Board|Panel|meeting|members))\s+(?:that|to)\b)|and(?!\s+signed\b)|upon|at|in(?!\s+princip(?:le|al)\s*(?:to\b|that\b|and\b|[.;,]|$)(?![^.,]*\b(?:last\s+year|in\s+(?:19|20)\d\d|previously)\b)))\b", rest) and not re.search(r"resolved", opening, re.I) \
                or _MEMBERS_ASKED.match(line):  # ("RECOMMENDED - Members are asked to ...": put to the meeting)
            return None
        rest = re.sub(r"^\s*/\s*(?:PENDERFYNWYD|Penderfynwyd|CYTUNWYD|Cytunwyd|RESOLVED|Resolved|AGREED|Agreed)\b", "", rest)  # bilingual, either way round
        rest = re.sub(r"^(?:\s*(?::-|[:\u2013\u2014-]+|,|\.\??(?=\s+[A-Z])))*\s*", "", rest)  # "It was agreed: -", "Resolved.? That ..."
        rest = _MOVER.sub("", rest)  # "Decision: Cllr Bell MOVED, Cllr Dacres SECONDED and it was RESOLVED to:": who moved it goes
        if re.match(r"^[Ii]t\s+was\s+(?:\w+\s+)?(?:agreed|resolved|AGREED|RESOLVED)\b", rest) and rest != line:
            return opener(rest)  # "AGREED: ... it was agreed that ...": one opening, said twice
        if re.fullmatch(r"(?i:that)\s*(?::-|[:\u2013\u2014-])?\s*|(?i:to\s+(?:the\s+)?(?:full\s+)?(?:council|cabinet|executive)(?:\s+that)?)\s*(?::-|[:\u2013\u2014-])?\s*", rest):
            rest = ""  # "RESOLVED THAT:", "RECOMMENDED to Council" over the clauses: a heading, not a clause
        if re.search(r"(?i)\bdecision", opening) and re.fullmatch(r"(?i)(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?:19|20)\d\d\s*|\d{1,2}/\d{1,2}/\d{2,4}\s*", rest):
            return None  # a forward plan's "Decision: March 2037": when it is due (an "AGREED: 14th October 2036" stays a decision)
        if re.fullmatch(r"(?i)\(?\s*(?:unanimously|nem\.?\s*con\.?|by\s+\d+\s+votes?(?:\s+(?:to|for|against)\s+\d+)?(?:[\s,]+(?:with\s+)?(?:\d+|one|two|three)\s+abstentions?)?(?:\s+(?:for|in\s+favour))?)\s*\)?\s*[.:-]?\s*", rest):
            rest = ""  # "Resolved: (unanimously)" over the clauses: how the vote went
        # "The Board AGREED to:" over a list: a lead-in for the clauses below, not a clause
        if re.fullmatch(r"\s*(?:to|that)\s*(?::-|[:\u2013\u2014-])?\s*", rest) and re.match(rf"^\s*{_PARA}(?:{_WHO}|{_ONE_WHO}|{_OFFICER})\s", opening):
            verbs = re.findall(r"\b(agreed|resolved|decided|approved|recommended)\b", opening, re.IGNORECASE)
            return "decision", f"{verbs[-1].capitalize()} {rest.strip()}" if verbs else ""
        # "The Cabinet approved ...", "The Board RESOLVED to note ...": the sentence says who decided, so it stays whole; one person's "resolved that ..." reads as a RESOLVED.
        if rest.strip() and re.match(rf"^\s*{_PARA}(?:{_WHO}|Cytunodd)\s", opening) and not re.match(rf"^\s*{_PARA}{_ONE_WHO}\s+resolved\b", opening):
            return "decision", as_said(line)
        if rest.strip() and re.match(rf"^\s*(?:All|ALL|Everyone|Everybody)\s|\s*(?:\S+\s+){{0,6}}?[Ii]t\s+was\s+(?:unanimously\s+)?voted\b|\s*[Tt]he\s+unanimous\s+decision\b|\s*{_PARA}{_ONE_WHO}\s+approved\b", opening):
            return "decision", as_said(line) if "approved" in opening else line.strip()  # "All agreed that X be invited ...": the sentence says who agreed
        if rest.strip() == "." and re.match(rf"^\s*{_PARA}Recommendations?\b", line, re.IGNORECASE):
            return "decision", re.sub(rf"^\s*{_PARA}", "", line).strip()  # "Recommendations approved.": the whole outcome
        # Keep the verb when it is not "resolved": "It was agreed that X will ..." is read as
        # "Agreed that X will ...", so the action log sees who agreed to do what.
        verbs = re.findall(r"\b(agreed|decided|approved|endorsed|adopted|recommended)\b", opening, re.IGNORECASE)
        if adverb := re.match(r"^\s*(unanimously|by\s+(?:an?\s+)?(?:unanimous|majority)\s+vote),?\s+(?=that\b|to\b)", rest):
            rest = rest[adverb.end():]  # "It was agreed unanimously that ...", "Resolve: by a unanimous vote that ..."
        if verbs and re.match(rf"^\s*{_PARA}(?:AGREED|Agreed)\s*:\s*(?!That\b)[A-Z]\S*\s+\S+\s+\S", line):  # (never "Agreed: Unanimous.")
            return "decision", rest.strip()  # "Agreed: The Chairpersons will speak to ...": the label over a sentence of its own
        if verbs and not re.search(r"resolved", opening, re.IGNORECASE) and rest.strip():
            rest = re.sub(r"^That\b", "that", rest.strip())
            how = how_agreed(opening, verbs[-1])  # "It was unanimously agreed to ...": how it was agreed stays with it
            rest = f"{how} {verbs[-1].lower()} {rest}" if how else f"{verbs[-1].capitalize()}{' ' + adverb.group(1) if adverb else ''} {rest}"
        return "decision", rest
    carried = _MOTION_CARRIED.match(line.strip())
    if carried:
        # the motion carried is what was decided; a proposal the meeting agreed is kept as the page records it
        return "decision", carried.group("motion") or carried.group("named") or carried.group("second") or carried.group("fourth") or carried.group(0).strip()
    if _CARRIED_OVER_LIST.match(line):
        return "decision", ""  # "The recommendation ... was moved, seconded, voted on and carried." over the list it carried
    listed = _NAMED_LIST.match(line)
    if listed:
        return "decision", f"to: {listed.group('rest')}"  # "The Scrutiny Corporate and Resources Committee RESOLVED to: Proceed ..."
    motion = _MINUTES_MOTION.match(line)
    if motion:
        return "noted", motion.group("motion")  # "It was proposed by X and seconded by Y that the minutes ... be approved."
    if _NOTED.match(line) or _NO_MATTERS_ARISING.match(line) and _NOTED.match(line[_NO_MATTERS_ARISING.match(line).end():]):
        sentences = outcome_sentences(line)
        carried = _MOTION_CARRIED.match(" ".join(sentences))
        if carried:
            return "decision", carried.group("motion") or carried.group("named") or carried.group("second") or carried.group("fourth") or carried.group(0).strip()
        # ("... and carried unanimously. Action: Clerk to write to Mrs Dove": the task after it is the narrative's)
        return "noted", re.split(r"(?<=[.!?])\s+(?=(?:ACTION|Action)\s*:)", " ".join(sentences))[0]
    return None


# "There being no matters arising the minutes of 2 May were approved ...": the approval after there was nothing to raise
_NO_MATTERS_ARISING = re.compile(r"^\s*(?:There\s+being\s+)?[Nn]o\s+matters\s+arising,?\s+(?:(?:and\s+)?therefore,?\s+)?(?=(?:the\s+)?[Mm]inutes?\b)")
# A body with a long name, then its decisions on the same line after "RESOLVED to:"
_NAMED_LIST = re.compile(r"^\s*(?:The\s+)?[A-Z][^.:;]{2,120}?\s+(?:RESOLVED|AGREED)\s+to\s*:\s+(?P<rest>[A-Z]\S*\s.*)$")
_AFTER_ALL_AGREED = re.compile(r"(?<=\b[Aa]ll\sagreed\.)\s+(?=[A-Z])")
# "... ask for a date for repair. (Action: Clerk)": who is to act, in brackets, closes the decision
_ACTION_TAG_END = re.compile(r"\(\s*(?i:act(?:ions?)?)\s*(?:by\s*)?[:=\u2013-]?\s*[A-Z][\w &,/.]{0,30}\)\.?\s*$")
_AFTER_ACTION_TAG = re.compile(r"(?<=\))\.?[ \t]+(?=[A-Z])")
# a decision written as a sentence of the minute, not under a label: "It was agreed to ...", "Agreed that ..."
_SENTENCE_OPENER = re.compile(
    rf"^\s*(?:(?:\(?[a-h][.)]\s+)?{GENERAL_LEAD_IN}(?:,\s*|\s+)(?:[Ii]t\s+was\s+(?:\w+\s+){{0,2}}?(?i:resolved|agreed|decided)\b|(?:the\s+(?:(?:[A-Z][\w'\u2019-]+\s+)?(?i:parish|town|community|city|full)\s+)?(?i:council|committee|board|panel|meeting)|(?i:members|councillors))\s+(?:agreed|resolved|decided)\b)|" r"[Ii]t\s+was\s+(?:\w+,?\s+){0,4}(?i:resolved|agreed|decided)\s+(?:\w+\s+)?(?:that|to|not|he|she|they|we)\b|Agreed\s+(?:(?:by\s+all(?:\s+present)?|unanimously)\s+)?(?:that|to|not)\b|Decided\s+(?:that|to)\s+(?=[a-z])|All\s+(?:present\s+)?agreed\s+that\b|(?:Councillors|Members)\s+(?:unanimously\s+)?agreed\s+that\b|(?:Everyone|Everybody|All(?:\s+present)?)\s+(?:(?:was|were)\s+)?in\s+agreement\s+(?:that|to|not)\b)"
)
_SENTENCE_END = re.compile(r"(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bCllr\.)(?<!\bCyng\.)(?:(?<=[a-z0-9)][.!?])|(?<=\b[A-Z]{2}[.!?]))\s+(?=[A-Z][a-z]|A\s+[a-z]|[A-Z]{2,3}\s+[a-z])")  # ("... prop TR, sec MW. The ...")


def split_decisions(lines: list[str]) -> tuple[list[str], list[list[str]]]:
    """The narrative lines of a minute, and the lines of each decision block in it.

    A block begins at its opening words and runs over the lines that follow without a break;
    after a blank line it goes on only while lines start a clause ("(ii)", "b)", "2.", a
    bullet) or the opening ended in a colon, so narrative after a decision stays narrative.
    Where a page lost its "RESOLVED" heading, a paragraph opening "That ..." or a clause list
    opening "(1) that ..." stands for it; "The Panel noted the report" counts only when the
    minute has no other decision.
    """
    lines, movers = _sentences_apart(movers_joined(lines))
    narrative: list[tuple[int, str]] = []
    found_blocks: list[tuple[int, str, list[str]]] = []
    openings: dict[int, str | None] = {}
    index = 0
    paragraph_start = True
    reasons = False
    while index < len(lines):
        line = lines[index]
        if (_FURNITURE.search(line) or FIELD.match(line)) and not _REASONS.match(line):
            index += 1
            paragraph_start = True
            continue
        if _REASONS.match(line) or reasons and not _LABELLED.match(line):
            # "Reason(s):" then "1. To enable the Council to ...": the reasons read like decisions but are not
            reasons = True
            narrative.append((index, line))
            index += 1
            continue
        reasons = False
        found = (opener(line) or led_in(line, opener) or assent_found(line)) if not summary_of_discussion(lines, index) else None
        if found is None and (paragraph_start or _ORPHAN_CLAUSE.match(line)) and (_THAT.match(line) or _ORPHAN_CLAUSE.match(line) or _SUBJUNCTIVE.match(line)) \
                and not _AGENDA_PURPOSE.match(line) and not agenda_heading(lines, index) and not _ONE_PERSON_ABOVE.match(above := next((l for l in reversed(lines[max(0, index - 3) : index]) if l.strip()), "")) \
                and not re.search(r"(?i)\b(?:which|report|paper|officers?)\b[^.:]*\b(?:propos\w*|recommend\w*|suggest\w*|options?)\b[^.]*:\s*$", above):  # (a report's proposals: "... which proposed that:")
            found = ("weak", line.strip())
        if found is None:
            narrative.append((index, line))
            # a blank line, or a line that ends its sentence (web pages put a paragraph a line)
            paragraph_start = not line.strip() or line.rstrip().endswith((".", ")", ":", ";", "?", "!", ".\u201d", ".'")) or bool(_PROPOSED.match(line))
            index += 1
            continue
        kind, rest = found
        label = re.match(r"^\s*(\(?(?:[a-h]|[ivx]{1,4})\))\s+", line)
        if label and kind == "decision" and rest.strip() and not _CLAUSE_START.match(rest):
            rest = f"{label.group(1)} {rest}"  # "(a) Agreed to discharge item 1," then "(b) Instructed ...": one list
        start = index
        openings[start] = opening_words(line) or (mover_opening(movers, line, rest) if movers else None)
        listed = kind == "noted" and bool(_MINUTES_LISTED.search(rest))
        if listed:
            kind, rest = "decision", ""  # "The following minutes were read and confirmed:-" over the minutes, a line each: the lead-in
        kind = "decision" if kind == "noted" and lead_in_over_clauses(rest, lines, index, _CLAUSE_START) else kind  # ("... the Council RESOLVED to approve that:-" over "1) ...")
        if kind == "noted":
            # an outcome sentence stands alone: what follows it is narrative, and so is the rest of its line
            found_blocks.append((start, kind, [rest]))
            leftover = line.strip().replace(rest, " ", 1).strip() if rest in line else ""
            if leftover:
                narrative.append((index, leftover))
            index += 1
            paragraph_start = True
            continue
        # (a list of minutes ends at the paragraph after it: "Planning Committee, 6 April 2038" then "The Chairman then asked ...")
        end = next((at for at in range(index + 2, len(lines)) if not lines[at].strip() and _told_after(lines, at)), len(lines)) if listed else len(lines)
        block, index = _read_block(lines[:end], index + 1, kind, rest, sentence=bool(_SENTENCE_OPENER.match(line)), dashed=bool(_BULLET_START.match(line)))
        block = [f"\u2022 {text.strip()}" if listed and text.strip() and not _CLAUSE_START.match(text) else text for text in block]
        paragraph_start = True
        if len(block) == 1 and re.fullmatch(r"(?i)noted[.:]?", block[0].strip()) and (parts := dotted_parts(lines, index - 1))[0]:
            block, index = [], parts[1]  # "Decision" / "NOTED" over "3.1 the background ...;", "3.2 AGREED that ...": a clause each
            found_blocks += [(at, "decision", [text if opener(text) else f"NOTED {text}"]) for at, text in parts[0]]
        if block:
            found_blocks.append((start, kind, block))
    chosen = chosen_blocks(found_blocks, lines)
    chosen_starts = {entry[0] for entry in chosen}
    for start, kind, block in found_blocks:
        if start not in chosen_starts:
            narrative.append((start, " ".join(block)))
        else:
            narrative.append((start, ""))  # where a decision was taken out, the narrative either side stays apart
    narrative.sort(key=lambda pair: pair[0])
    chosen.sort(key=lambda entry: entry[0])
    return [text for _, text in narrative], [Block(split_inline(as_clause_list(block)), openings.get(start)) for start, _, block in chosen]


_MINUTES_LISTED = re.compile(r"(?i)\bthe\s+following\s+minutes\s+(?:were|was)\s+(?:\w+\s+and\s+)?(?:confirmed|approved|agreed|accepted|signed)\s*(?::-|:)\s*$")
_ROW_FIELD = re.compile(r"(?<=\S)(?<!\bof)(?<!\bDate)\s+(?=(?:Decisions?|Minutes|Cofnodion|Penderfyniad)\s*:\s+\S)")


_MOVERS_AFTER = re.compile(MOVERS_AFTER)
_DECISION_REFERENCE = re.compile(r"\b((?i:resolved|agreed))\s+\((?i:minute|min\.?|ref\.?|res\.?)(?![a-z])(?=[^)]{0,20}\d)\s*[\w./ -]{0,20}(?:\([a-z0-9]{1,4}\))?\)?\s+(?=(?i:that|to)\b)")
_LABEL_ALONE = re.compile(r"^\s*\(?(?:[a-h]|[ivx]{1,4})\)\s*$")


def _sentences_apart(lines: list[str]) -> tuple[list[str], dict[str, list[str]]]:
    """The lines of a minute made ready for its decisions to be found (sentences hard-wrapped
    over lines joined, movers dropped, and a decision met mid-paragraph set on its own line),
    and the lines as printed where movers were dropped."""
    unwrapped: list[str] = []
    # "2            officers bring the order into force": a clause number whose stop was lost in a wide gap
    lines = [re.sub(r"^(\s*\d{1,2})\s{4,}(?=[a-z])", r"\1. ", re.sub(r"^(\s*\(?(?:\d{1,2}|[a-h])\))\s*\|\s*$", r"\1", line)) if not re.fullmatch(r"\s*\\?\|\s*", line) else "" for line in lines]  # ("|": a table's row ends; "(1) |": its label cell)
    for line in lines:
        # a sentence hard-wrapped over lines ("... dated 5 September 2018 was" / "submitted and
        # approved.") is read whole, so its opening and its outcome are seen together; a web copy
        # may put a blank line between the pieces ("... in relation to the" / "" / "development of ...")
        last = len(unwrapped) - 1
        while last > 0 and not unwrapped[last].strip() and len(unwrapped) - last <= 2:
            last -= 1
        # ("... to be presented to Cabinet in" / "November 2015.": a line ending on a preposition goes on)
        if unwrapped and unwrapped[last].strip() and line.strip() \
                and (re.match(r"^\s*(?!o\s+[A-Z(])[a-z](?![)\]])(?!\.[A-Z])", line) or re.search(r"\b(?:in|on|by|before|until)\s*$", unwrapped[last]) and re.match(
                    r"^\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\b", line)
                    or re.search(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s*$", unwrapped[last]) and re.match(r"^\s*(?:19|20)\d\d\s+[a-z]", line) or name_cut(unwrapped[last], line)) \
                and not unwrapped[last].rstrip().endswith((".", ":", ";", "!", "?")) and not _CLAUSE_START.match(line) \
                and (last == len(unwrapped) - 1 or not re.search(r"\b(?:that|to)\s*$", unwrapped[last])):
            unwrapped[last:] = [unwrapped[last].rstrip() + " " + line.strip()]
        elif unwrapped and _LABEL_ALONE.match(unwrapped[-1]) and line.strip() and not _CLAUSE_START.match(line):
            unwrapped[-1] = f"{unwrapped[-1].strip()} {line.strip()}"  # "(a)" on a line of its own, its clause below
        else:
            unwrapped.append(line)
    # "Proposal: To print the newsletter." over "Proposed Cllr Gamble, Seconded Cllr Branch and unanimously in favour.
    # RESOLVED.": the proposal and its vote are one outcome, and the closing word adds nothing to it
    unwrapped = _proposals_voted(unwrapped) if any(_PROPOSAL_LABEL.match(line) for line in unwrapped) else unwrapped
    # "On the proposal of Councillor A, seconded by Councillor B, it was agreed ...": who moved
    # it is not part of what was decided
    unwrapped, movers = without_movers(unwrapped)
    # "it was Resolved (minute 0312 - 2(ia)) that ...": the council's own reference for the decision, between its words
    unwrapped = [_DECISION_REFERENCE.sub(r"\1 ", line) if "(" in line else line for line in unwrapped]
    unwrapped = asides_in_line(unwrapped)
    # "(3) It was agreed that the Chair will invite ...": a point of the minutes whose sentence is the decision
    unwrapped = [re.sub(r"^\s*\((?:\d{1,2}|[a-h]|[ivx]{1,4})\)\s+(?=It\s+was\s+(?:\w+\s+){0,2}(?i:agreed|resolved|decided)\b)", "", line) for line in unwrapped]
    # a table row flattened onto one line: "Minutes of the Previous Meeting To approve ... Decision:
    # Cabinet RESOLVED to approve ... Minutes: RESOLVED that ...": each field on a line of its own
    unwrapped = [piece for line in unwrapped for piece in (_ROW_FIELD.split(line) if "s:" in line or "n:" in line else [line])]
    # "... seconded payment of this subscription and the meeting unanimously agreed. The clerk will make
    # the payment.": the proposal agreed is one decision; what follows it is narrative again
    unwrapped = [piece for line in unwrapped for piece in (_agreed_then_narrative(line) if "seconded" in line else [line])]
    # "GR was proposed by MD & GB. All agreed. Chair took over meeting.": the proposal agreed, then narrative
    unwrapped = [piece for line in unwrapped for piece in (_AFTER_ALL_AGREED.sub("\n\n", line).split("\n") if "proposed" in line else [line])]
    # "RESOLVED to report the footway. (Action: Clerk) The grit bin is empty.": the tag ends the decision
    unwrapped = [piece for line in unwrapped for piece in _after_action_tags(line)]
    # "RESOLVED to accept the notes. ACTION: Clerk to post them on the website.": a task labelled after a decision is narrative
    # (and what follows the task's sentence is narrative again; a report's "ACTION:" stays in its paragraph)
    unwrapped = [piece for line in unwrapped for piece in (task_labelled_after(line) if "ction" in line or "CTION" in line else [line])]
    # "(a) Pond area:  It was agreed that ...", "Apologies ... (illness) The meeting agreed that ...": the decision on its own line
    unwrapped = [piece for line in unwrapped for piece in (POINT_THEN_DECISION.sub(r"\1\n", line).split("\n") if ":" in line else [line])]
    unwrapped = [piece for line in unwrapped for part in (APOLOGIES_THEN_VERDICT.sub(r"\1\n", line).split("\n") if "(" in line else [line]) for piece in action_label_apart(part)]
    unwrapped = [_capital_labels(line) if re.search(r"(?:^|[.;:]\s+)[A-H]\s+[A-Z]", line) else line for line in unwrapped]
    expanded: list[str] = []
    for line in unwrapped:
        # (a proposal with its movers' vote is one outcome; a planning list's "Proposal: Rear extension ... Agreed to ..." is not)
        voted = _PROPOSAL_LABEL.match(line) and re.search(r"(?i)\bin\s+favour\b|\bseconded\b", line) or assented(line)
        pieces = mid_pieces(line) if (len(line) > 40 or "RESOLVED" in line or "CARRIED" in line or line.rstrip().endswith(("Noted.", "Agreed.", "accepted."))) and not voted else [line]
        pieces = [part for piece in pieces for part in (bracketed_task_apart(piece) if piece.rstrip().endswith((")", ").")) and opener(piece) else [piece])]
        # "It was resolved to approve the minutes. The Chair signed them.": a line
        # that opens with a decision sentence is read as one met mid-paragraph
        if not _SENTENCE_OPENER.match(pieces[0]):
            first = pieces.pop(0)
            while len(cut := narrative_after(first)) == 3 and opener(cut[0]) and not re.search(r"\b(?:proposed|moved)\b", cut[0]):
                expanded.extend(cut[:2])
                first = cut[2]
            expanded.append(first)
        for piece in pieces:
            # a decision met mid-paragraph is that sentence; what follows it is narrative again
            # ("... it was agreed that the committee should write to X. Councillors were asked ...")
            sentence, *after = _SENTENCE_END.split(piece, maxsplit=1)
            if re.search(r"[:\u2013-]\s*(?:1[.)]|\(1\)|\(?[ai]\))\s+[A-Z]", piece[:240]):
                after = []  # "it was RESOLVED to: 1. Note ... 2. Agree ...": its clauses run on in the line
            elif _MOVERS_AFTER.match(piece):
                after = []  # "A draft figure ... was put forward. Proposed: A Reid. Seconded: T Blake.": the movers are its own
            # (an outcome after it, "The minutes were signed by the Chair.", is narrative too)
            follows = opener(after[0]) if after else None
            expanded.extend([sentence, "", after[0]] if after and (follows is None or follows[0] == "noted") and not re.match(PROPOSAL_VOTED, piece) else [piece])
    return expanded, movers


def _after_action_tags(line: str) -> list[str]:
    """A line cut after each action tag in brackets that more text follows, a blank line between."""
    if "(" not in line:
        return [line]
    pieces: list[str] = []
    start = 0
    for cut in _AFTER_ACTION_TAG.finditer(line):
        if _ACTION_TAG_END.search(line[start : cut.start()]):
            pieces.extend([line[start : cut.start()], ""])
            start = cut.end()
    return [*pieces, line[start:]]


# "Precept /Budget/Accounts \u2013 The Chair asked ...": the next topic under its run-in heading, after a decision's line; "(b) Benches: ...": a point
_DASHED_POINT = re.compile(  # (or "Cllr Kerr \u2013 no apology received"; a bullet's, "- Verges \u2013 since the verges ...")
    r"^\s*[A-Z][\w'\u2019 /&-]{2,40}?\s[\u2013\u2014]\s*(?:[A-Z][a-z]|no\s)|^\s*[\u2022\u00b7*\u2013-]\s+[A-Z][\w'\u2019 /&-]{2,40}?\s[\u2013\u2014-]\s+\S")
_NEXT_POINT = re.compile(r"^\s*\(?(?:[a-h]|[ivx]{1,4}|\d{1,2})[.)]\s+(?:[A-Z][\w'\u2019 &/-]{1,60}:\s+\S|It\s+was\s+(?:\w+\s+)?(?:agreed|resolved|decided)\b|The\s+[^.;]{3,120}?\s(?:was|were)\s+(?:\w+\s+(?:and\s+)?)?(?:approved|agreed|accepted|adopted)\b)")  # (or a point that is a decision of its own: "2. The draft statements were approved.")
# "c. Change of planning policy. It was RESOLVED ...", "d. Village plan review. Noted.": the next point, its short title a sentence
# (or the title alone, "c. Change of planning policy.", never a clause: "(b) That the fees be set.", "(c) The Council asks the Clerk to ...")
_TITLED_POINT = re.compile(r"^\s*\(?[a-h][.)]\s+(?!That\b|To\b|The\s+(?:Council|Committee|Board|Panel|Cabinet)\b)(?![^.]*\b(?:be|been|is|are|was|were)\b)[A-Z][\w'\u2019 &/-]{2,60}\.(?:\s+[A-Z]|\s*$)")
_PLANNING_BULLET = re.compile(r"^\s*[\u2022\u00b7*\u2013-]\s*(?:[A-Z]{1,4}/)?\d{2,4}/\d{2,6}\b")  # "- 23/0412/FUL Orchard House ..."


_ACTION_LABEL = re.compile(r"\s*(?i:actions?)\s*[:\u2013-]\s*\S")


def _read_block(lines: list[str], index: int, kind: str, rest: str, sentence: bool = False, dashed: bool = False) -> tuple[list[str], int]:
    """The lines of a decision block from `index` (after its opening, whose own words are
    `rest`), and where the block ends.

    It runs over the lines that follow without a break; after a blank line it goes on only
    while lines start a clause, or the opening (or a clause) ended in a colon. A decision
    written as a sentence ("It was agreed not to ...") ends with its full stop.
    """
    block = [rest] if rest.strip() else []
    listed = bool(block and _CLAUSE_START.match(block[0]))  # whether a line of the block so far opens a clause (kept as it grows: never a rescan)
    expecting = announced = not rest.strip() or rest.rstrip().endswith((":", ":-", "-", "\u2013", "that", "to")) or kind == "weak" or bool(re.search(r":-?\s*\([^()]{2,40}\)\s*$", rest))  # (announced: by the opening, or "to REFER: (to Cabinet)")
    gap = False
    while index < len(lines):
        text = lines[index]
        if _REASONS.match(text) and (resumed := clause_after_reasons(lines, index)) is not None:
            index = resumed  # "Reasons" between two of the clauses ("2. That ...", "Reasons", "...", "3. That ..."): the reasons are skipped
            continue
        if _FURNITURE.search(text) or FIELD.match(text) or _STOP_HEADING.match(text) or _REASONS.match(text) or re.match(r"^\s*\|?\s*(?:Minutes|Cofnodion)\s*:", text) or block and not expecting and (agenda_heading(lines, index) or re.match(r"\s*Note\s*:\s", text)) \
                or re.search(r"\b(?:PDF|DOCX?)\s+\d+(?:\.\d+)?\s*[KM]B\s*$", text):  # "- Authority report, item 67/21 PDF 220 KB": a paper, not a clause
            break  # a "Minutes:" field after the "Decision:" field is the record, not more of the decision (nor "Reasons" over its own)
        if _narrative_resumes(block, text, gap, kind) or block and _next_part(text, sentence and not expecting, block):
            break  # "The meeting closed at 19.00"; "Resolved to elect Cllr Fox" then "Following the lockdown rules ..."; the next part
        if _REASON_LINE.match(text):
            following = next((line for line in lines[index + 1 : index + 3] if line.strip()), "")
            if not _CLAUSE_START.match(following):
                break
            index += 1  # "(i) That ... be noted." / "Reason: ..." / "(ii) That ...": a reason after each clause
            continue
        if not text.strip():
            if block and block[-1]:
                block.append("")  # where a paragraph ends: unlabelled decisions may be one a paragraph
            gap = True
            index += 1
            continue
        if not expecting and block and (block[-1].rstrip().endswith(".") and _NEXT_POINT.match(text) or _DASHED_POINT.match(text)
                                        or not listed and (block[-1] or block[-2]).rstrip().endswith(".") and _TITLED_POINT.match(text) and not re.search(r"(?i)\b(?:following|below)\b", block[0])) \
                and not re.search(r"(?i)\b(?:following|below)\b", block[-1]):
            break  # "(a) Fencing:  It was agreed that ..." then "(b) Benches: Dr Lamb proposed ...": the next point, under its own heading
        if block and ((sentence and block[-1].rstrip().endswith(".") or _ACTION_TAG_END.search(block[-1])) and not _CLAUSE_START.match(text)
                      or (dashed or sentence and not announced and not re.search(r"(?i)\bthe\s+following\b(?!\s+(?:the|a|an|this|that|meeting|day|week|month|year)\b)[^.]*$|\b(?:below|as\s+follows)\b[^.]*$|\bfollowing\W*$", block[0])
                      and not re.search(r"\b(?:would|will|should|to|the|and|that|of|for|with|be|by)\W*$", block[-1])) and _BULLET_START.match(text)
                      and not re.match(r"^\s*\S\s*[a-z]", text)):  # (a bullet going on in lower case is the decision's own line, wrapped)
            break  # "... it was agreed not to repaint the railings this year." then the next note; "- Agreed that ..." then "- Finance"
        if len(block) == 1 and re.fullmatch(r"(?i)(?:noted|agreed|approved|accepted|carried|supported|deferred)\.", block[0].strip()) and not _CLAUSE_START.match(text):
            break  # "Resolved: Noted." then "Applications determined:": a one-word outcome is the whole decision
        following = opener(text)
        if following is not None and following[0] == "noted" and not block and kind == "decision":
            block.append(following[1])  # "DECISION" over "NOTED.": the heading's own outcome
            index += 1
            break
        if following is not None and (not _CLAUSE_START.match(text) or not expecting and block and (block[-1] or block[-2]).rstrip().endswith(".") and not re.search(r"(?i)\(1\)|\b(?:following|follows|below)\b", block[0]) and re.match(rf"^\s*\(\d{{1,2}}\)\s+{_WHO}\s", text)) and not (expecting and PLANNING_LINE.match(text)) or _PROPOSED.match(text) or LEAD_IN_ALONE.match(text) \
                or following is not None and block and _LABELLED_OUTCOME.match(text):  # ("(iii) Agreed: The Committee agreed ...": its own)
            break  # another decision ("(2) Cabinet agreed that ..." after one that ended), or "Proposed by: ... Seconded by: ..." after this one
        if re.match(rf"^\s*[\u2022\u00b7*\u2013-]\s*{_WHO}\s", text) and (opener(re.sub(r"^\s*[*\u2013-]\s*", "", text)) or ("",))[0] == "decision":
            break  # "- The community council considered and adopted ...": a bullet that is a decision with its own subject
        if gap and not _CLAUSE_START.match(text) and rejoined(block):
            gap = False  # ("That the sale of the plot at Rookery Lane," / "" / "Stanbury for ...": one clause, wrapped)
        if gap and not expecting and not _CLAUSE_START.match(text) or gap and listed and _ended_list(block, text) or gap and block and _ACTION_LABEL.match(text):
            break  # (and "Action: Morwenna to email ..." after the list: the minute's own task line, never the last clause's words)
        if not expecting and block and _next_heading(lines, index, block, listed):
            break  # the next point's heading, after a decision that ended its sentence
        if block and block[-1].rstrip().endswith(".") and (gap and not expecting and kind != "decision" or _REPORTED_AFTER.match(text) and not re.search(r"(?i)\b(?:as\s+follows|the\s+following|below)\W*$", block[-1])):
            break  # "The Minutes ... were confirmed." then "(a) To note the minutes of ...", "(c) ... be noted." then "The Officer presented ..."
        if not expecting and block and (block[-1].rstrip().endswith(".") or _PLANNING_BULLET.match(text)) and _BULLET_START.match(text) \
                and not re.search(r"(?i)\b(?:follow(?:s|ing)|below)\b", block[-1]):
            break  # "- Training: ... The Council agreed to fund the course." then the next bullet (or "- 23/0412/FUL ...", the next application)
        if gap and kind == "weak" and not (_CLAUSE_START.match(text) or _THAT.match(text)) \
                and not (SUBJECT_LEAD_IN.match(block[0].strip() if block else "") and opens_decision(text)):
            break  # (but "That the Portfolio Holder:" goes on over "Approves the award ...;")
        if kind == "weak" and _THAT.match(text) and block and block[-1].rstrip().endswith((".", ";")) and not _CLAUSE_START.match(block[0]):
            break  # "That X." then "That Y.": two decisions, one a line
        if _CLAUSE_START.match(text) or text.rstrip().endswith((":", ":-")):
            expecting = True
        gap = False
        block.append(text)
        listed = listed or bool(_CLAUSE_START.match(text))
        index += 1
    while block and not block[-1]:
        block.pop()
    return block, index


def _told_after(lines: list[str], blank: int) -> bool:
    """Whether the line after a blank one tells the record on: a sentence of six words or more ending its stop."""
    after = next((line.strip() for line in lines[blank + 1 : blank + 4] if line.strip()), "")
    return len(after.split()) >= 6 and after.endswith(".") and not _CLAUSE_START.match(after)


def _ended_list(block: list[str], text: str) -> bool:
    """Whether `text`, a paragraph after a list of clauses whose last ended its sentence, is the record going on ("\u2022 The
    takings to be reported in July." then "The Chairman moved to exclude the press."), not another clause."""
    last = next((line for line in reversed(block) if line.strip()), "")
    return bool(_BULLET_START.match(last) and last.rstrip().endswith(".") and re.match(r"^\s*[A-Z][a-z]", text)) \
        and not _CLAUSE_START.match(text) and not text.rstrip().endswith((":", ":-")) and opener(text) is None


_LABELLED_OUTCOME = re.compile(r"^\s*\(?(?:[a-z]|[ivx]{1,5}|\d{1,2})[.)]\s+(?:AGREED|Agreed|RESOLVED|Resolved|DECISION|Decision)\s*[:\u2013-]")


def _next_heading(lines: list[str], index: int, block: list[str], listed: bool) -> bool:
    """Whether line `index`, after a decision block that ended its sentence and expects no
    clause, is the next point's heading rather than more of the decision."""
    text = lines[index]
    if block[-1].rstrip().endswith(".") and re.match(r"^\s*\(?(?:a|1|i)[.)]\s+[A-Z][^.:;]{2,60}$", text) \
            and len(text.split()) <= 9 and opener(re.sub(r"^\s*\(?\w[.)]\s+", "", text)) is None and not re.search(r"\bfollowing\b", block[-1]) \
            and not re.match(r"^\s*\(?(?:b|2|ii)[.)]\s", next((line for line in lines[index + 1 : index + 4] if line.strip()), "")):
        # "RESOLVED to note that the minutes ... were approved." then "(a) St Andrew's War Memorials": the next heading
        # (not "the following grants be awarded." over "(a) Village Hall \u00a3500", "(b) ...": its own list)
        return True
    last = next((b for b in reversed(block) if b.strip()), "")
    if last.rstrip().endswith((".", ".\u201d")) and not listed \
            and not re.search(r"(?i)\b(?:following|below|as\s+follows)\b", last) \
            and (re.match(r"^\s*\(?(?:\d{1,2}|[a-h])[.)]\s+[A-Z][^.:;]{2,60}$", text) and len(text.split()) <= 9
                 and opener(re.sub(r"^\s*\(?\w{1,2}[.)]\s+", "", text)) is None or re.match(r"^\s*\d{1,2}[.)]\s+\d{1,2}[A-Z][a-z]", text)):
        return True  # "Resolved: The Clerk is to liaise with ..." then "2. Sherwood Close \u2013 Common Land" (or "1. 2Decisions:"): the next point
    # "... be elected as Vice Chairman." then "b) (i) Finance Committee -" over "RESOLVED that membership ...": the next part's heading
    return bool(last.rstrip().endswith(".") and (re.search(r"[A-Za-z]\s[\u2013\u2014-]\s*$", text) and opener(next((line for line in lines[index + 1 : index + 3] if line.strip()), "")) is not None
                or re.fullmatch(r"[A-Z][A-Z0-9 \u2019'&/,()-]{3,80}", text.strip()) and not re.match(r"(?:RESOLVED|AGREED|DECISIONS?|NOTED|CARRIED)\b", text.strip())))  # (or "CHAIRMAN'S REPORT 2036")


class Block(list):
    """The lines of one decision block, with the words that opened it ("UNANIMOUSLY RESOLVED")."""

    def __init__(self, lines: list[str], opening: str | None = None) -> None:
        super().__init__(lines)
        self.opening = opening


def opening_words(line: str) -> str | None:
    """The words that open a decision when they say more than "RESOLVED": "UNANIMOUSLY RESOLVED",
    and an outcome row's "Noted (ii)"."""
    row = OUTCOME_ROW.match(line)
    if row:
        return line[: row.start("rest")].strip()
    match = _OPENER.match(re.sub(r"^\s*it\s+was\b", "It was", line))  # met mid-line: "... proposed, and it was unanimously resolved to"
    if not match:  # ("It was proposed by A and seconded by B that the minutes ...": the movers open the motion)
        return (motion := _MINUTES_MOTION.match(line)) and line[: motion.start("motion")].strip(" ,") or None
    words = line[: match.start("rest")].strip(" :-\u2013\u2014")
    words = re.sub(rf"^{_PARA}", "", words).strip()
    how = re.match(r"\s*[:\u2013-]?\s*\(?(unanimously|nem\.?\s*con\.?|by\s+(?:an?\s+)?(?:unanimous|majority)\s+vote)\)?,?(?=\s+(?:that|to)\b|\s*$)", line[match.start("rest"):], re.IGNORECASE)
    # Only "... RESOLVED" says more than the clause: an "agreed" or "approved" is kept in the clause itself.
    if not words or not re.search(r"(?i:resolved)\W*$|^(?i:the|a)\s+decision\s+was\s+(?:made|taken|reached)$", words) or re.fullmatch(r"(?i:resolved)", words) and not how:
        return None  # (and "The decision was made that ...", whose clause alone reads as a fragment)
    if how:
        words = f"{words} {how.group(1)}"  # "Resolved unanimously that ...": how it was resolved says more
    return words[:1].upper() + words[1:]



_MOVERS_BEFORE_THAT = re.compile(  # ("Proposed by A and seconded by B that ...", with no outcome of its own, is the proposal whole)
    r"(?:Proposed|Moved)\s+by\s+[^,;]{2,60}?,?\s+(?:and\s+)?seconded\s+by\s+[^,;]{2,60}?,\s*(?:all\s+in\s+favour|unanimously|carried)\s*,?\s+(?=that\s)"
    r"|(?:Proposed|Moved)\s+(?!by\b)[^,;]{2,60}?,\s+seconded\s+(?!by\b)[^,;]{2,60}?\s+(?=that\s)", re.IGNORECASE)


def resolutions_from(blocks: list[list[str]]) -> list[ResolutionRecord]:
    """The clauses of every decision block of one minute, in order.

    A single clause keeps the words that opened it as its lead-in when they say more than
    "RESOLVED" (who decided, or how: "It was proposed ... and unanimously RESOLVED").
    """
    out: list[ResolutionRecord] = []
    for block in blocks:
        found = parse_resolved(block)
        opening = getattr(block, "opening", None)
        own = opening and len(found) == 1 and re.match(r"(?i)\S.*\b(?:considered|discussed|debated)\b.*\bresolved$", opening) and found[0].text.startswith(opening + " ")
        if opening and len(found) == 1 and found[0].lead_in is None and found[0].label is None and (not found[0].text.lower().startswith(opening.lower()) or own):
            found[0].lead_in, found[0].text = opening, found[0].text[len(opening) + 1 :] if own else found[0].text  # ("Members considered and RESOLVED")
        for clause in found:
            movers = _MOVERS_BEFORE_THAT.match(clause.text) if clause.lead_in is None else None
            if movers:  # "Proposed by Cllr A and seconded by Cllr B, all in favour, that ...": who moved it, then what was decided
                clause.lead_in, clause.text = movers.group(0).strip(" ,"), clause.text[movers.end():]
        out.extend(without_preamble(found))  # ("Having considered the report, the Cabinet Member agreed ...": how it came about)
    # a page that prints the decision under "Decision:" and again under "Minutes:" decided it once
    seen: set[tuple[str | None, str]] = set()
    by_start: dict[tuple[str | None, str], list[str]] = {}
    unique = []
    for position, clause in enumerate(out):
        key = (clause.label, " ".join(clause.text.lower().split()))
        if sum(ch.isalpha() for ch in clause.text) < 3 or re.fullmatch(r"(?i)\W*(?:none|nil|n/a|not applicable|no decision)\W*", clause.text) or _DATE_FIELD.match(clause.text):
            continue  # "RESOLVED." alone, "RESOLVED" over a page cut after its first letter, "Decision made:" over its date: nothing decided
        if len(key[1].split()) <= 3 or len(key[1].split()) <= 8 and re.search(r"\b(?:the\s+above|as\s+above|this|these|all\s+in\s+favour)\b", key[1]):
            unique.append(clause)  # "Noted." under two applications, "that the above be noted." after two paragraphs: each its own
            continue
        if key in seen or (position == len(out) - 1 and cut_copy(clause.text, by_start.get((key[0], key[1][:60]), ()))):
            continue  # printed twice; or the page's last clause, a copy cut by the page's end: "... report back to the panel and ca"
        seen.add(key)
        by_start.setdefault((key[0], key[1][:60]), []).append(key[1])
        unique.append(clause)
    return unique
