"""Where a decision starts in the middle of a paragraph: "... were considered. It was proposed,
seconded and unanimously resolved to award the contract ...", "... and in conclusion the Parish
Council agreed to set the precept ...". `decisions` puts each such sentence on a line of its own.
"""

from __future__ import annotations

import re

from cpb_tui.domain.given_names import RUN_ON_TASK
from cpb_tui.importers.decision_lines import AGREED_NAMES, CYTUNODD
from cpb_tui.importers.motions import MOTION_SECONDED_HERE, MOVERS_AFTER, NAMED_MOVER
from cpb_tui.importers.outcomes import AGREED_AND_ASKED, COUNCIL_SUPPORT, PROPOSED_AND_SECONDED, _NOTED, _ONE_WHO

# "The Chairman spoke of the loss. He proposed that a card be sent. This was agreed.": a proposal, then its verdict
PROPOSAL_AGREED = (  # ("It was PROPOSED that the notes be ADOPTED as the minutes. This was SECONDED and RESOLVED.")
    # (or put to the meeting, called for, asked for: "The Chairman put it to the meeting that ... This was approved."; a sum's
    # pence keep their stop, "... should stay at \u00a3450.00. This was approved.")
    # (or suggested, asked for, wished for by one member, named as the minutes name him: "Bill suggested that ... This was agreed.")
    r"(?:(?:He|She|They|The\s+Chair\w*|(?:Cllr\.?|Clr\.?|Councillor|Alderman|Mr|Mrs|Ms|Dr)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?|[A-Z]{2,3}"
    r"|(?!(?:It|This|That|There|The|These|Those|He|She|They)\s)[A-Z][a-z]{2,}(?=\s+(?:suggested|requested|asked\s+that|stated|said)\s))\s+"
    r"(?:proposed|put\s+it\s+to\s+the\s+meeting|called\s+for|asked\s+(?:if|whether|that)|suggested(?=\s+that\s)|requested(?=\s+that\s)"
    r"|(?:stated|said)\s+that\s+(?:he|she|they)\s+(?:wished|would\s+like)(?=\s+(?:the|a|an|to)\s))|It\s+was\s+(?i:proposed|suggested)(?:\s+by\s+" + NAMED_MOVER + r"(?=\s+that\b))?)\s+(?!by\b)"
    r"(?:[^.!?]|\.(?=\d)){5,300}?[a-zA-Z0-9)][.!?]\s+(?:This|That|The\s+(?:proposal|motion))\s+was\s+(?:then\s+|duly\s+)?(?:(?i:seconded)(?:\s+by\s+[^.!?]{2,60}?)?\s+and\s+(?:(?:the\s+(?:Board|Council|Committee|Commissioners|meeting)|all(?:\s+members)?)\s+)?)?(?:unanimously\s+)?(?i:agreed|approved|carried|accepted|resolved|passed)(?:\s+to)?"
    r"(?:\s+(?:unanimously|by\s+all(?:\s+present)?))?\s*[.!]?\s*$"
)
# "... a garden room at 4 Elm Row. Clr Holt proposed that this application be supported. All in favour.": one member's
# proposal and the vote on it, after the matter's description (a proposal seconded in the same breath keeps its own reading)
_PROPOSAL_IN_FAVOUR = (
    r"(?:Cllr\.?|Clr\.?|Councillor|Mr|Mrs|Ms|Dr)\s+[A-Z][\w'\u2019-]*\s+proposed\s+that\s+(?![^.!?]{0,300}\bseconded\b)[^.!?]{5,300}?[a-zA-Z0-9)][.!?]\s+"
    r"(?:All|ALL)\s+(?:present\s+|members\s+)?(?:were\s+|voted\s+)?in\s+favour\s*[.!]?\s*$"
)
PROPOSAL_VOTED = f"(?:{PROPOSAL_AGREED}|{_PROPOSAL_IN_FAVOUR})"
# "... is rotting. She suggested moving the new bench to the green and councillors agreed.": a suggestion agreed in its sentence
_SUGGESTION_AGREED = (
    # (something to do, "suggested moving ...", "suggested that the hedge be cut": never a view, "suggested the gutters were the cause")
    r"(?:He|She|They|The\s+(?:Chair\w*|Clerk)|(?:Cllr\.?|Councillor|Mr|Mrs|Ms|Dr)\s+[A-Z][\w'\u2019-]*)\s+(?:suggested|proposed)\s+(?!by\b)"
    r"(?=[a-z]+ing\b|(?:that\s+)?[^.!?]{0,120}?\b(?:be|should|could)\s+[a-z])[^.!?]{5,250}?"
    r"\s+and\s+(?:this\s+was\s+agreed|(?:the\s+)?(?:councillors|members)\s+agreed)[.!]"
)
# a verdict on a paper, a sentence's subject and its outcome: "The Standing Orders were then approved"
_VERDICT = r"The\s+(?:[\w'\u2019/-]+\s+){0,4}?[\w'\u2019/-]+\s+(?:was|were)\s+(?:then\s+|duly\s+|unanimously\s+)?(?:agreed|approved|accepted|adopted)"


# a label ending in a figure that names a thing, a road's number or a place's ("Sign on the B1234:", "Plot 14:", "Footpath 12:",
# "Stop 2:"), before "Agreed ...": never "Minute 3:", "Question 1:", "Action 15:", "2033:" (the past's decisions, a survey, a log)
_NAMED_BY_A_NUMBER = "|".join(
    [rf"(?<=\b[ABM]\d{{{width}}}:)" for width in range(1, 5)]
    + [rf"(?<=\b(?i:{word})\s\d{{{width}}}:)" for word in ("plot", "site", "footpath", "bridleway", "stop", "zone", "phase", "unit") for width in range(1, 4)]
)
MID_OPENER = re.compile(
    r"(?<=[a-z0-9)\u2019][.!?])\s+(?=" + PROPOSAL_VOTED + r"|" + _SUGGESTION_AGREED + r")|"
    r"(?:(?<=[.!?])|(?<=\u2026))\s*(?=(?:It\s+was,?\s+(?:\w+,?\s+){0,4}(?i:agreed|resolved|decided)\b|It\s+was\s+concluded\s+that\b|It\s+was\s+(?:unanimously\s+)?passed\s+that\b|It\s+was\s+(?:unanimously\s+)?voted\s+(?:\d{1,2}\s*[-\u2013]\s*\d{1,2}\s+|unanimously\s+|by\s+(?:a\s+)?majority\s+|on\s+)?(?:that|to(?!\s+be\b))\b|" + PROPOSED_AND_SECONDED + r"|RESOLVED\b|AGREED\b|Resolved,\s+that\b|(?:The\s+)?[Mm]inutes\s+(?:of\s+(?:the\s+|both\s+)?(?:last\s+|previous\s+)?meetings?\s+)?(?:were|was)\s+(?:duly\s+|unanimously\s+)?(?:approved|agreed|confirmed|accepted|signed)(?:\s+(?:and\s+signed|as\s+(?:a\s+)?(?:true|correct|accurate)(?:\s+record)?|by\s+(?:the\s+)?(?:council|meeting|members|chair\w*)))*\s*(?:[.!](?=\s)|[.!]?$)|This\s+was\s+(?:noted|agreed)\.\s*$|(?:Members|Councillors)\s+noted\.\s*$|(?:After|Following)\s+(?:a\s+|some\s+|much\s+|further\s+|the\s+)?(?:discussion|debate|consideration)s?,?\s+it\s+was\s+(?:\w+\s+){0,2}?(?:agreed|resolved|decided)\b|All\s+(?:[Cc]ouncillors|Cllrs)\s+(?:present\s+)?agreed\s+(?:that|to|this\s+was\s+a\s+good\s+idea|(?:this|it)\s+(?:should|would)\s+be\s+[a-z]+ed)\b|The\s+(?:[\w'\u2019-]+\s+){1,5}?(?:was|were)\s+(?:duly\s+|unanimously\s+)?accepted\.\s*$|(?:(?:After|Following)\s+(?:a\s+|some\s+|much\s+|further\s+|careful\s+|the\s+)?(?:discussion|debate|consideration|deliberation)s?,?\s+the|The)\s+decision\s+was\s+(?:made|taken|reached)\s+(?:to|that)\b|It\s+was\s+the\s+(?:(?:Parish|Town|Community)\s+)?(?:Council|Committee|Board|Panel|[Mm]eeting|[Mm]embers)['\u2019]s?\s+(?:unanimous\s+)?decision\s+(?:to|that)\b|The\s+(?:proposal|motion)\s+was\s+(?:duly\s+)?(?:agreed|carried|approved)\b|The\s+(?:proposal|motion)\s+(?:proposed|moved)\s+(?:by\s+)?[^.;!?]{1,60}?\s+and\s+seconded\s+(?:by\s+)?[^.;!?]{1,60}?\s+was\s+(?:duly\s+|unanimously\s+)?(?:agreed|carried|approved|passed)(?:\s+(?:unanimously|by\s+all|nem\.?\s*con\.?))?\s*[.!](?:\s|$)|(?:Decision|Item|Matter)\s+deferred\s+(?:to|until)\s|All\s+(?:members\s+)?(?:present\s+)?agreed\s+that\b|All\s+(?:present\s+)?were\s+in\s+agreement\.|(?:Everyone|Everybody)\s+agreed\s+(?:to|that\s+[^.;]{0,160}?\b(?:be|should|would|will|could|can|must))\b"
    # ("A report listed five crimes for the month. Members noted.": the meeting's own note, the line's last words)
    # ("... put to the Council as its record. The motion proposed JT and seconded RK was passed by all.": the motion and its movers,
    # its verdict the sentence's end: never "... was passed to the Finance Committee", "... carried at the May meeting", "... by the group")
    # ("... discussed the slipway. HVCC agreed the slipway is unsafe.": the body by its letters)
    r"|(?:The\s+)?[A-Z]{1,4}(?:CC|PC|TC)\s+(?:agreed|decided|resolved|AGREED|RESOLVED)\b|(?:The\s+)?Council\s+proposed\s+that\b"
    r"|The\s+(?:Committee|Board|Panel|Cabinet|Sub-Committee|Forum)\s+(?:RESOLVED|resolved|AGREED)\b"
    # ("Grants can be had through the Parish Council. The Parish Council confirmed their support.": the body's support, given there)
    r"|The\s+" + COUNCIL_SUPPORT +
    # ("... reported on Mill Lane. On the proposal of Cllr Tate, seconded by Cllr Moss, it was agreed ...": the movers open it)
    r"|On\s+the\s+(?:proposal|motion)\s+of\s+[^.;]{2,80}?,?\s+(?:and\s+)?seconded\s+by\s+[^.;]{2,80}?,\s*it\s+was\s+(?:\w+\s+)?(?i:agreed|resolved)\b"
    # ("The report had gone to members beforehand. The Committee adopted the report ...": the report adopted)
    r"|The\s+(?:Committee|Board|Panel|Cabinet|Sub-Committee|Forum|Council)\s+(?:adopted|ADOPTED)\s+the\s+(?:\w+\s+){0,3}(?:report|recommendations?)\b"
    # ("Application 24/0031 - a stable block at Moor End. The council unanimously approved the application.")
    r"|The\s+[Cc]ouncil\s+(?:unanimously\s+)?(?:approved|supported)\s+the\s+application\b(?![^.]{0,160}\b(?:last|previously|earlier|ago|reported|said|in\s+(?:19|20)\d\d)\b)"
    # ("... away on holiday. The council debated it and resolved to approve the notes as minutes.": in lower case, after its discussion)
    r"|(?:The\s+)?(?:(?:Parish|Town|Community|City|Full)\s+[Cc]ouncil|Committee|Board|Panel|Cabinet|Sub-Committee|Forum|[Cc]ouncil|Members|(?<=The\s)members|[Cc]ouncillors|Cllrs\.?|[Mm]eeting"
    r"|(?:Working\s+)?[Gg]roup|(?<=The\s)House)"  # ("... had no reply. The group agreed that he should write again."; a Scottish city's council)
    r"(?:(?<=Members)\s+of\s+the\s+(?!(?:[A-Z][\w'\u2019&-]*\s+){0,2}(?:District|County|Borough|City)\s)(?:[A-Z][\w'\u2019&-]*\s+){0,3}Council)?"  # ("Members of the Community Council agreed to ...")
    r"\s+(?:(?:discussed|considered|debated)\s+(?:this\s+|it\s+)?and\s+)?(?:(?:unanimously\s+)?(?:agreed|decided|resolved)\s+(?:unanimously\s+)?(?:to|that)|(?:were|was)\s+(?:all\s+)?in\s+agreement\s+(?:to|that|not\s+to))\b"
    r"|(?:PROPOSED|Proposed)[;,]\s+(?:SECONDED|Seconded)[;,]\s+(?:RESOLVED|Resolved)\b))"

    # "... and in conclusion the Parish Council agreed to set the precept at ...": the outcome of a discussion
    # ("Arising under Item 4 (Finance), the Council approved the virements": what it approved, after the item's bracket and a
    # comma; never "... in January", "... at the June meeting", told of)
    # (or after "and": "Members talked it over and the parish council agreed to look at ..."; never "The minutes were
    # discussed and the council resolved to sign them", one decision about the minutes)
    r"|(?:(?<=[,;])|(?<=\bconclusion)|(?<=\bthen)|(?<=\btherefore)|(?<=\bfinally)|(?<=\bdiscussion)|(?<=\band)(?<!discussed\sand)(?<!considered\sand)(?<!debated\sand)(?<!reviewed\sand)(?<!read\sand))\s+(?=the\s+(?:(?:[Pp]arish|[Tt]own|[Cc]ommunity|City|Full)\s+)?[Cc]ouncil\s+(?:agreed|resolved|decided)\s+(?:unanimously\s+)?(?:to|that)\b)|(?<=\),)\s+(?=the\s+Council\s+approved\s+(?:the|a|an)\s(?![^.;]*\b(?:last|previous|earlier|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|at\s+(?:its|the)\s+\w+\s+meeting)\b))|(?<=\sseconded\sthe\sproposal\sand)\s+(?=it\s+was\s+(?:unanimously\s+)?resolved\b)"
    # "... how to publicise it. Agreed to circulate ...": the bare verb, after a sentence (never after "3.", but after a sum or a
    # year, "... received for \u00a32,300. Agreed acceptance of quote ..."), or who will act
    # ("... 41 were waiting. Agreed Ann Bell and Iain Dow would review the list.")
    # (or after a label's colon, "- Register of interests: Agreed to keep one")
    r"|(?:(?<=[a-z)\u2019][.!?])|(?<=[,\u00a3]\d\d\d[.!?])|(?<=\s(?:19|20)\d\d[.!?])|(?<=[a-z]:)|" + _NAMED_BY_A_NUMBER + r")\s+(?=Agreed\s+(?:to|not|that(?!\s+(?:he|she|they)\b))\s|Agreed\s+(?:by\s+all(?:\s+present)?|unanimously)\s+(?:that|to)\s|Agreed\s+" + AGREED_NAMES + ")"
    # ("... the figure was right. Therefore, the minutes from the meeting held on 12 May were unchanged, signed and adopted.")
    r"|(?<=[a-z0-9)][.!?])\s+(?=(?:(?:Therefore|Accordingly|Thereafter|Consequently|So),?\s+)?[Tt]he\s+(?:draft\s+|amended\s+)?[Mm]inutes\s+(?:of|from|for)\b"
    r"[^.;]{3,160}?\b(?:was|were)\s+(?:(?!not\b|never\b|unable\b|due\b|to\b|yet\b|but\b)\w+,?\s+){0,4}(?:approved|adopted|confirmed|accepted|agreed)\b"
    r"(?![^.;]{0,120}\b(?:not|until|but|held\s+over|deferred)\b))"
    r"|(?<=[a-z][.!?])\s+(?=Decided\s+(?:to|that)\s+[a-z])"  # ("... glad to receive it. Decided to look into its history first.")
    r"|(?<=[a-z]:)\s+(?=Resolved\s+(?:to|not)\s)"  # ("Payments: Resolved to pay: the clerk's wages ...")
    r"|(?<=[a-z][.!?])\s+(?=There\s+being\s+no\s+matters\s+arising,?\s+(?:the\s+)?[Mm]inutes?\b)"  # ("... stand over. There being no matters arising the minutes of ...")
    # ("The two candidates spoke in turn and Mrs Ann Dale was co-opted to fill the vacancy": one named, taken on, after what went first;
    # never an election after "and", as often another body's, reported: "the hall committee met and Mrs Dale was elected its chair")
    r"|(?<=[a-z]\sand)\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Cllr\.?|Councillor)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}\s+was\s+(?:duly\s+|unanimously\s+)?co-opted\b)"
    r"|(?<=[.;]\sand)\s+(?=(?:Resolved|RESOLVED)\s*:\s+[A-Z])"  # ("4.1) The audit letter was received, read. and Resolved: Letter noted"; never the movers' "It was proposed, seconded and Resolved:")
    r"|(?:(?<=[a-z]:)|" + _NAMED_BY_A_NUMBER + r")\s+(?=Agreed\s+that\s)"  # ("b) Bus shelter: Agreed that ...", "Sign on the B1234: Agreed ...": after a point's label, a road's number the only figure; never "Minute 3:", "2033:")
    # ("Those attending Unanimously Resolved that ...": the vote after who voted)
    r"|(?<=[a-z])\s+(?=(?:Unanimously|UNANIMOUSLY)\s+(?:Resolved|RESOLVED)\s+(?:to|that)\b)"
    # "... received from the county. Resolved to submit observations ...": the word in ordinary case, after a sentence
    # (or after a date, "... held on Tuesday 6th January 2032. Resolved that this record be signed off ...", and before its
    # movers, "Resolved, proposed by Cllr Ames, seconded by ..., that £150 be given ...")
    r"|(?<=[a-z0-9)\u2019][.!?])\s+(?=Resolved\s+(?:to|that|not|unanimously)\s(?![^.]*\bwas\s+the\s+(?:\w+\W?s\s+)?(?:outcome|decision|result)\b)|Resolved,\s+(?:proposed|moved)\s+by\s)"
    # "... to discuss this. This was agreed and the Clerk was requested to write ...": the request agreed, and who acts
    r"|(?<=[.!?])\s+(?=" + AGREED_AND_ASKED + ")"
    # "... the options in the business case. Councillor Dunn proposed, seconded by Alderman Hale that ...", "Election of
    # officers: Councillor Watkins proposed and Councillor Lundberg seconded that ...", "After discussion of the signs,
    # Cllr Winder proposed we order them ..., this was seconded by Cllr Tacon": a motion carried, mid-paragraph
    r"|(?<=[a-z0-9)\u2019][.!?:,])(?<!Proposal:)(?<!Motion:)(?<!Proposals:)\s+(?=(?:(?:After|Following)\s+(?:\w+\s+){0,2}discussion,?\s+it\s+was\s+|It\s+was\s+|(?=(?:Proposed|PROPOSED|Moved)\s+by\s)"
    r"|(?:The\s+)?(?:Cllr|Councillor|Alderman|Chair\w*|Mr|Mrs|Ms|Dr)\b|[A-Z]{2,3}(?=\s+proposed\s+and\s+[A-Z]{2,3}\s+seconded\b))" + MOTION_SECONDED_HERE + ")"
    # "... were considered. A draft figure of \u00a315,500 was put forward. Proposed: A Reid. Seconded: T Blake.": the last
    # sentence before the movers is what they moved
    r"|(?<=[a-z0-9)\u2019][.!?])\s+(?=[A-Z]" + MOVERS_AFTER + ")"
    # "Approval of the minutes \u2013 The minutes of the meeting ... were approved.": a heading, a dash, the outcome
    r"|(?<=\s[\u2013\u2014-])\s*(?=(?:[Tt]he\s+)?[Mm]inutes\b(?!\s+of\s+(?:its|their)\b)[^.]{0,200}\b(?:was|were)\s+(?:\w+\s+){0,2}(?:agreed|approved|confirmed|signed|accepted|adopted)\b)"
    # "... as a true record of the meeting. The minutes of the EGM on 7th July were discussed and ...": a second approval;
    # "... to be shared by two members. The minutes were amended accordingly and then adopted.": after the correction
    r"|(?<=[a-z][.!?])\s+(?=(?:These|They)\s+were\s+(?:duly\s+|unanimously\s+|then\s+)?(?:agreed|approved|accepted|confirmed|adopted)\b)"  # "... went round a week before. These were accepted ..."
    # ("... a card from the Brownies for the grant. All invoices were received and agreed for payment.")
    r"|(?<=[a-z][.!?])\s+(?=(?:All\s+(?:the\s+)?|The\s+)?(?:[Ii]nvoices|[Pp]ayments|[Cc]heques)\b[^.]{0,120}\b(?:was|were)\s+(?:duly\s+|unanimously\s+|received\s+and\s+)?(?:agreed|approved|authori[sz]ed)\b)"
    r"|(?<=[a-z][.!?])\s+(?=The\s+[Mm]inutes\s+(?:was|were)\s+(?!(?:\w+\s+)?signed\b)(?:\w+\s+){0,3}(?:and\s+(?:then\s+)?)?(?:agreed|approved|confirmed|accepted|adopted)\b(?!\s+by\s+(?!all\b|those\b|everyone\b|councillors\b|members\b|the\s+(?:council|meeting)\b)))"
    r"|(?<=[a-z][.!?])\s+(?=The\s+[Mm]inutes\s+of\b[^.]{0,200}\b(?:was|were)\s+(?:\w+\s+){0,2}(?:agreed|approved|confirmed|signed|accepted|adopted|discussed|read|considered)\b)"
    # "... had written about weeds in the village and councillors resolved to address these matters at item 40"
    # (only "resolved": "Cllr Jones and members agreed to carry out a litter pick" is one doer's undertaking)
    r"|(?<=\sand)(?<!discussed\sand)(?<!considered\sand)(?<!read\sand)(?<!reviewed\sand)\s+(?=(?:the\s+)?(?:[Cc]ouncil|[Cc]ouncillors|[Cc]ommittee)\s+resolved\s+(?:unanimously\s+)?(?:to|that)\b)"
    # "... hopes to attend. It is proposed by the editor that the page show the news and this was agreed.": its verdict last
    r"|(?<=[a-z][.!?])\s+(?=It\s+(?:is|was)\s+proposed\b[^.]{3,240}?\s+and\s+this\s+was\s+(?:agreed|approved)\.)"
    # "... will not move it therefore RESOLVED that ...": the decision after the reason that led to it
    r"|(?<=[a-z]\stherefore)\s+(?=RESOLVED\s+(?:to|that)\b)"
    # "... sent round first. Members looked at application 36/0311 and RESOLVED to raise no objection.": who looked, then decided
    r"|(?<=[a-z][.!?])\s+(?=(?:Members|Councillors|Cllrs|The\s+(?:Council|Committee|councillors))\s+(?:looked\s+at|considered|discussed|reviewed)\s+[^.;]{2,120}?\s+and\s+(?:(?:RESOLVED|resolved)\s+(?:to|that)|(?:AGREED|agreed|decided)\s+to)\b)"
    # "The surveyor needs a map. The Council APPROVED \u00a318.40 for a copy ...": a sum approved, in capitals
    r"|(?<=[a-z][.!?])\s+(?=The\s+(?:Council|Committee)\s+APPROVED\s+(?:\u00a3|\d|the\b))"
    # "Talk of who owns the hedge \u2013 parish council agreed to keep it under review": the body's decision after a dash
    # (the council as a body: "\u2013 councillors agreed to deal with this" is their own undertaking, read as a task)
    r"|(?<=\s[\u2013\u2014-])(?<![0-9]{4}\s[\u2013\u2014-])\s+(?=(?:the\s+)?(?:[Pp]arish\s+|[Tt]own\s+|[Cc]ommunity\s+)?[Cc]ouncil\s+(?:agreed|resolved|decided)\s+(?:unanimously\s+)?(?:to|that)\b)"
    # "Although nothing was asked of us, Cllrs agreed that ...", "The Chair having ruled it urgent, the House agreed to ...": after the reason
    r"|(?<=,)(?<!\d{4},)\s+(?=(?:Cllrs|[Cc]ouncillors|the\s+(?:House|meeting|[Cc]ouncillors))\s+(?:agreed|resolved|decided)\s+(?:unanimously\s+)?(?:to|that)\b)"  # (never "in 2035, members agreed ...")
    # "There were no questions and members noted the report.", "... sent round before and the meeting resolved to accept the figures."
    r"|(?<=\sand)(?<!discussed\sand)(?<!considered\sand)(?<!read\sand)(?<!reviewed\sand)\s+(?=(?:[Mm]embers|[Cc]ouncillors|the\s+meeting)\s+(?:noted\s+the\s+(?:report|update|letter|information)\b|resolved\s+(?:unanimously\s+)?(?:to|that)\b))"
    # "a. PL/26/0123 \u2013 Mill Farm \u2013 New barn: Approved with conditions. \u2013 Noted.": the meeting's outcome ends the line
    r"|(?<=\S)\s+[\u2013\u2014]\s+(?=(?:Noted|Agreed|Approved|Accepted)\.?\s*$)"
    r"|(?<=[a-z])-\s+(?=(?:Noted|Agreed|Approved|Accepted)\.?\s*$)|(?<=[a-z]\.)\s+(?=(?:Noted|Agreed|Approved|Accepted|Apologies\s+(?:were\s+)?accepted)\.\s*$)"  # ("(a) Armistice Parade \u2013 letter from the Legion- Noted.": the dash typed glued; "d. Plan review. Noted.", "Cllr. Selby. Apologies accepted.")
    # "CC.06 \u2013 Outside Bodies \u2013 the Council agreed that the minute be amended ..."
    r"|(?<=[\u2013\u2014])\s+(?=the\s+(?:Council|Committee|Board|Panel)\s+(?:agreed|resolved|decided)\s+(?:that|to)\b)"
    r"|(?<=[;\u2013\u2014-])\s+(?=[Ii]t\s+was\s+(?:\w+,?\s+){0,4}?(?i:agreed|resolved|decided)\s+(?:by\s+all\s+)?(?:(?:\w+\s+)?(?:that|to|not)\b|the\s+[\w-]+\s+(?:would|will|should)\b)|" + PROPOSED_AND_SECONDED + r")"
    r"|(?<=[,;])\s+(?=the\s+(?:Committee|Board|Panel|Cabinet|Sub-Committee|Forum)\s+(?:RESOLVED|resolved|AGREED|agreed)\s+(?:to|that)\b)"
    r"|(?<=,)\s+(?=Cabinet\s+agreed\s+that\b)"  # ("(1) Now that ..., Cabinet agreed that ...": kept only after such a reason, `mid_pieces`)
    rf"|(?<=,)\s+(?={_ONE_WHO}\s+resolved\s+that\b)"
    r"|(?<=,)\s+(?=[Ii]t\s+was\s+(?:\w+\s+){0,2}(?i:resolved|agreed)\b|it\s+was\s+concluded\s+that\b|[Ii]t\s+was\s+(?:duly\s+)?proposed,?\s+(?:and\s+)?seconded\s+and\s)"
    # ("The precept was discussed and it was voted 5 – 1 that ...", "Three were interviewed and the unanimous decision was that X be ...")
    r"|(?:(?<=discussed\sand)|(?<=considered\sand)|(?<=debated\sand))\s+(?=it\s+was\s+(?:unanimously\s+)?voted\s+(?:\d{1,2}\s*[-\u2013]\s*\d{1,2}\s+|unanimously\s+|by\s+(?:a\s+)?majority\s+)?(?:that|to(?!\s+be\b))\b)"
    r"|(?<=\sand)\s+(?=the\s+unanimous\s+decision\s+was\s+that\s+(?:[^.;]|(?<=Mrs)\.|(?<=M[rs])\.|(?<=Dr)\.){0,160}?\bbe\b)"
    # ("Moved by Cllr Tate and backed by Cllr Moss it was agreed by all who were present at the meeting, that the notes stand ...")
    r"|(?<=\sand)\s+(?=it\s+was\s+proposed\s+by\s+[^.;]{2,80}?\s+(?:and\s+)?seconded\s+by\s+[^.;]{2,80}?\s+that\b)"  # ("... for Chairman and it was proposed by A and seconded by B that ...")
    # (never after "where" or "when": another meeting's decision, reported: "the District Council met, where it was agreed ..."; "at
    # which" stays, as a record's own heading says it: "A special meeting ... was held on 2 May, at which it was agreed ...")
    r"|(?<=[a-z])(?<!\bwhere)(?<!\bwhen)\s+(?=it\s+was\s+(?:\w+\s+){0,2}(?:(?i:agreed|resolved|decided)|RECOMMENDED)\s+(?:unanimously\s+|by\s+all\s+(?:those\s+)?(?:who\s+(?:had\s+been|were)\s+)?(?:present\s+)?(?:at\s+the\s+meeting,?\s+)?|by\s+the\s+(?:(?:[Pp]arish|[Tt]own|[Cc]ommunity)\s+)?[Cc]ouncil\s+)?(?:that|to|for|not|he|she|they|we)\b"
    # ("... seen on the green and it was agreed this report be passed to the neighbourhood team": "that" left out)
    r"|it\s+was\s+(?:unanimously\s+)?agreed\s+(?!the\s+meeting\b)(?:this|these|the)\s+[^.;]{1,80}?(?<!\bto)(?<!\bcould)(?<!\bmight)\s+(?:be|should\s+be)\s+(?!(?:appreciated|welcomed|valued|enjoyed|preferred|expected|needed)\b)[a-z]+(?:ed|en)\b)"
    # "\u2022 Footpath posts It was agreed that ...", "b) Letter from Mrs Hale re the toilets It was agreed that ...": a point's
    # heading run into its decision with no stop between (a capital "It" mid-line opens a sentence)
    r"|(?<=[A-Za-z0-9)\u2019])\s+(?=It\s+was\s+(?:\w+,?\s+){0,3}?(?i:agreed|resolved|decided)\s+(?:by\s+all\s+)?(?:that|to|not)\b)"
    # "... a new sign. Expenditure of \u00a3100 was approved (Proposed Dr Ash, seconded Mr Birch).": a spend passed, with who moved it
    # in brackets (never "The budget was approved by members" or "... on the proposal of the Cabinet Member", told of another body,
    # nor "The recommendations were agreed ...", over the clauses it agreed)
    r"|(?<=[a-z0-9)][.!?])\s+(?![^.]{0,160}\b(?:in\s+(?:19|20)\d\d|last\s+(?:year|month)|previously|in\s+the\s+past)\b)(?!The\s+recommendations?\b)(?=(?:The\s+)?[A-Z][\w'\u2019-]*(?:\s+[\w'\u2019&/\u00a3.-]+){0,14}?\s+(?:was|were)\s+(?:unanimously\s+|duly\s+)?(?:approved|agreed|adopted|accepted)"
    r"\s*\((?:Proposed|Prop)\b)"
    # "... on both days. In conclusion, Councillors approved the following recommendations:" over its bullets: the lead-in of
    # the decisions listed below, ending a paragraph of discussion
    r"|(?:(?<=[a-z0-9)][.!?])|(?<=[.!?]\sIn\sconclusion,)|(?<=[.!?]\sFinally,))\s+(?=(?:[Tt]he\s+)?(?:[Cc]ouncillors|[Mm]embers|(?:[Pp]arish\s+|[Tt]own\s+)?[Cc]ouncil|[Cc]ommittee|[Bb]oard|[Pp]anel)"
    r"\s+(?:unanimously\s+)?(?:approved|agreed|adopted|endorsed|resolved)\s+the\s+following(?:\s+[a-z]+){0,2}\s*(?::-|[:\u2013-])\s*$)"
    # "a) Lamp 15 o/s 9 The Green The meeting confirmed the purchase of a new lantern": a point's title run into its decision
    # (not yet one whose task's tag follows, "... lantern Action Clerk": the whole point is the Clerk's task)
    # (never reported speech, "asked whether the Council confirmed the booking ...", "reported that the meeting confirmed ...";
    # the look for an "Action" tag bounded, so a long line with no stop is read once)
    r"|(?<=[a-z0-9])(?<!\bwhether)(?<!\bthat)(?<!\bif)(?<!\bwhen)\s+(?=[Tt]he\s+(?:meeting|[Cc]ouncil|[Cc]ommittee)\s+confirmed\s+the\s+(?:purchase|order|appointment|contract|quote|quotation|booking|grant|payment|award)\b(?![^.]{0,300}\bAction\s+[A-Z]))"
    r"|(?<=[a-z)][.!?])\s+(?=(?:The\s+)?(?:meeting|[Cc]ouncil|[Cc]ommittee|[Mm]embers)\s+accepted\s+(?:this|these|the\s+(?:apologies|reasons?\s+given))\b)"  # ("... (illness). The meeting accepted this as a proper reason for absence.")
    r"|(?<=[a-z)][.!?])\s+(?=The\s+(?:present|current)\s+position\s+was\s+(?:duly\s+)?noted\.)"
    # ("AM presented the monthly report ... travel expenses. The report was agreed.", "... The Standing Orders were then approved.":
    # the verdict on a paper after its account, a sentence of its own that ends there; never "... was approved by the county")
    r"|(?<=[a-z0-9)][.!?])\s+(?=" + _VERDICT + r"(?:\s+(?:by\s+all|unanimously|as\s+(?:presented|circulated|amended)))?\s*\.(?:\s|$))"
    # ("... gave an update on the course. The Council agreed to fund it now.": the body's decision after the discussion)
    r"|(?<=[a-z)][.!?])\s+(?=The\s+(?:Parish\s+|Town\s+|Community\s+)?(?:Council|Committee|Board|Panel)\s+(?:also\s+|then\s+)?agreed\s+(?:unanimously\s+)?to\s+[a-z]{3,})"  # ("... being dealt with. The present position was noted.")
    # "... and it was:- RESOLVED to note the contents of the report."
    r"|(?:(?<=:-)|(?<=\b[Ii]t\swas:))\s+(?=RESOLVED\s+(?:to|that)\b)"  # (and "... it was: RESOLVED that ...", never "The wording of the motion was:")
    # "(b) Informal Meeting of 30 November 2013 RESOLVED that the Note ... was approved": a sub-heading, then its decision
    r"|(?<=\d{4})\s+(?=(?:RESOLVED\s+(?:to|that)\b|Resolved\s*:))"
    # "... no other nominations, therefore: RESOLVED: ...", and the Welsh "felly: Penderfynwyd: ..."
    r"|(?<=[.!?:])\s+(?=(?:PENDERFYNWYD|Penderfynwyd|CYTUNWYD|Cytunwyd|RESOLVED|Resolved)\s*(?::|[\u2013\u2014-]\s*That\b))"
    # "... were included in the agenda items. Agreed: The Chairpersons will speak to ...": the label after a sentence
    r"|(?<=[a-z][.!?])\s+(?=(?:AGREED|Agreed)\s*:\s+[A-Z])"
    # a Welsh decision mid-paragraph: "... wedi torri eto. Penderfynwyd gofyn i'r Cyngor Sir ..."
    r"|(?<=[.!?])\s+(?=(?:PENDERFYNWYD|Penderfynwyd|CYTUNWYD|Cytunwyd|(?:Hefyd|Yna|Felly)\s+(?:cytunwyd|penderfynwyd))\s+[a-z\u00e2\u0175\u0177])"
    rf"|(?<=[.!?])\s+(?={CYTUNODD}\s+i\s)"  # "... Cytunodd y Cyngor i brynu ..."
    r"|(?<=[,;])\s+(?=PENDERFYNWYD\s+[a-z\u00e2\u0175\u0177])"  # "Oherwydd y tywydd, PENDERFYNWYD ei ohirio ...": the decision after its reason
    # "... ar hyn o bryd, penderfynwyd mai gwell fyddai ...": a decision after the reasons for it
    r"|(?:(?<=[,;])|(?<=\sa)|(?<=\sac))\s+(?=penderfynwyd\s+(?:mai|y|yr|bod|fod|gofyn|rhoi|cynnal|talu|prynu|ysgrifennu|derbyn|gwahodd|cefnogi)\b|penderfynwyd\s*:)"
    # "... a nodwyd yn y cofnodion. Derbyniwyd y cofnodion fel rhai cywir ...": the minutes received, after a correction
    r"|(?<=[.!?])\s+(?=(?:Derbyniwyd|Cadarnhawyd)\s+y\s+cofnodion\b)"
    # "Having considered the quotes received Cllrs RESOLVED to accept ...": the body's decision in capitals mid-sentence (and
    # "... RESOLVED for the Clerk to send ...")
    r"|(?:(?<=[a-z0-9)])|(?<=[a-z][.!?]))\s+(?=(?:Cllrs|Councillors|Members|[Tt]he\s+(?:Council|Committee|Board|Panel))\s+(?:RESOLVED|AGREED)\s+(?:to|that|for)\b)"
    r"|(?<=[a-z][.!?])\s+(?=Council\s+(?:RESOLVED|AGREED)\s+(?:to|that)\b)"  # ("... thefts from sheds. Council RESOLVED to buy ...")  # ("... Estate. Members AGREED that ...")
    # "... the plans had come in. The councillors reviewed the plans and decided to reply ...": the body's own decision
    # ("... given the photograph taken at the fete. The Parish Council have agreed to meet the cost of a frame.")
    r"|(?<=[a-z)][.!?])\s+(?=[Tt]he\s+(?:[Pp]arish\s+|[Tt]own\s+|[Cc]ommunity\s+)?(?:[Cc]ouncillors|[Mm]embers|[Cc]ouncil|[Cc]ommittee|[Bb]oard|[Pp]anel)\s+"
    r"(?:(?:reviewed|considered|discussed|examined)\s+[^.;]{2,80}?\s+and\s+|(?<=[Cc]ouncil\s)(?:have|has)\s+|(?<=[Cc]ouncillors\s)have\s+)(?:agreed|decided|resolved)\s+(?:to|that)\b)"
    # "Cllr Hill proposed and Cllr Bourn seconded and it was unanimously approved RESOLVED to approve ...": the vote, then the decision
    r"|(?:(?<=approved)|(?<=agreed)|(?<=carried)|(?<=seconded)|(?<=favour))\s+(?=RESOLVED\s+(?:to|that)\b)"
    # "a) (i) Planning Committee - RESOLVED that membership ... (ii) RESOLVED that Cllr Smale be Chairman.": a part's
    # heading, a dash, its decision; and the next part's decision, its label first, run on in the same paragraph
    r"|(?<=[a-z] [\u2013\u2014-])\s*(?=RESOLVED\s+(?:unanimously\s+)?(?:to|that)\b)"
    r"|(?<=\S)\s+\((?:[ivx]{1,4}|[a-h])\)\s+(?=RESOLVED\s+(?:to|that)\b)"
    r"|(?<=[a-z][.!?])\s+(?=\(?[a-h]\)\s+(?:\([ivx]{1,4}\)\s+)?[A-Z][\w'\u2019 &/-]{2,60}?\s[\u2013\u2014-]\s*RESOLVED\s+(?:to|that)\b)"
)


# "Resolution that the minutes of 4th October be signed. RESOLVED.": the motion put, then the word that carried it
_MOTION_THEN_VERDICT = re.compile(
    r"(?:^|(?<=[.!?:\u2013\u2014-])\s)\s*(?P<what>(?:Resolution|Motion|Proposal)\s+(?:that|to)\s+[^.!?]{5,400}?[a-z0-9)\u2019])\s*[.!]?"
    r"\s+(?:RESOLVED|Resolved|CARRIED|Carried|AGREED)\s*[.!]?(?=\s|$)"
)
# "- A grant of \u00a3100 to the fete committee RESOLVED": a point, then the word that carried it, in capitals
_POINT_THEN_VERDICT = re.compile(
    r"^\s*(?:[-*\u2022\u2013]\s*|\(?(?:[a-h]|[ivx]{1,4}|\d{1,2})[.)]\s+)?(?![^.!?]*\b(?:was|were|been|being|is|are|declared|votes?|motion|MOTION)\b)(?P<what>[A-Z][^.!?]{8,300}?[a-z0-9)\u2019])"
    r"(?<!\bwas)(?<!\bwere)(?<!\band)(?<!\bbe)(?<!\bunanimously)(?<!\bduly)(?<!\bit)\s*[,\u2013-]?\s+(?:RESOLVED|CARRIED)\s*[.!]?\s*$"
)


def _verdict_first(line: str) -> str:
    """The motion or point whose carrying word follows it, with the word put first, as the decisions reader expects it."""
    if "RESOLVED" not in line and "CARRIED" not in line and "esolved" not in line and "arried" not in line and "AGREED" not in line:
        return line
    line = _MOTION_THEN_VERDICT.sub(lambda m: f" RESOLVED: {m.group('what')}.", line)  # (the motion's words kept as printed)
    return _POINT_THEN_VERDICT.sub(lambda m: f"RESOLVED: {m.group('what')}", line) if not re.search(r"(?i)\b(?:resolved|agreed)\s+(?:that|to)\b", line) else line


# "In October 2033, it was agreed ...", "Last year it was agreed ...": a decision of an earlier meeting, recounted
EARLIER = re.compile(
    r"(?i)(?:^|[.!?]\s+)(?:in|during|at\s+(?:its|the|their)\s+(?:\w+\s+)?meeting\s+(?:held\s+)?(?:in|on|of))\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December),?\s+)?(?:19|20)\d\d\s*,?\s*$"
    r"|(?:^|[.!?]\s+)(?:previously|last\s+(?:year|month|summer|autumn|spring|winter))\s*,?\s*$"
)


# a verdict on a paper, a sentence of its own ("The budget was approved."), and the words that tell of another body's meeting
_VERDICT_ALONE = re.compile(r"\s*" + _VERDICT + r"\b")
# (a tier above or beside the council named at all, "The district council considered the plans ...", "At the district meeting ...",
# or a meeting a member attended, "Cllr Kay attended the Village Hall AGM ...")
_OTHER_BODY_TOLD = re.compile(r"(?i)\b(?:county|district|borough|unitary)\b|\bcabinet\b|['\u2019]s\s+meeting\b|\breported\s+on\s+the\b|\battended\s+(?:the|a|an)\s")


def mid_pieces(line: str) -> list[str]:
    """`line` cut where a decision starts mid-paragraph, a proposal kept with the "This was agreed." that answers it (and
    never a decision an earlier meeting took, told as background: "In October 2033, it was agreed ...")."""
    # (each piece kept as its parts, joined once at the end, and whether it tells of an earlier meeting noted as it grows: a line
    # of thousands of pieces run back together stays linear)
    parts: list[list[str]] = []
    earlier: list[bool] = []
    told: list[bool] = []  # whether a part tells of another body's meeting ("... reported on the county council's meeting ...")
    for piece in MID_OPENER.split(_verdict_first(line)):
        if parts and earlier[-1]:
            parts[-1].append(piece)
        elif parts and told[-1] and (_VERDICT_ALONE.match(piece) or re.match(r"\s*The\s+(?:proposal|motion)\s+(?:proposed|moved)\b", piece)):
            parts[-1].append(piece)  # ("Cllr Fenn reported on the county council's meeting ... The budget was approved.": told of)
        elif parts and re.match(r"^\s*Cabinet\s+agreed\b", piece) and not re.match(r"^\s*\(\d{1,2}\)\s+(?:Now\s+that|Having|Given|Following|After|In\s+view\s+of|Noting)\b", parts[-1][0]):
            parts[-1].append(piece)  # ("The Clerk explained that in March, Cabinet agreed ...": told of)
        elif parts and re.match(r"^\s*(?:This|That)\s+was\s+agreed\.\s*$", piece) and re.match(PROPOSAL_AGREED, f"{_joined(parts[-1]).strip()} {piece.strip()}"):
            parts[-1] = [_joined(parts[-1]).strip(), piece.strip()]
        else:
            parts.append([piece])
            earlier.append(False)
            told.append(False)
        earlier[-1] = _told_earlier(parts[-1])
        told[-1] = told[-1] or bool(_OTHER_BODY_TOLD.search(piece))
    pieces = [_joined(piece) for piece in parts]
    # ("- A grant of \u00a360 to the ringers RESOLVED" over the next matter: the point carried is the whole decision)
    return [*pieces, ""] if ("RESOLVED" in line or "CARRIED" in line) and _POINT_THEN_VERDICT.match(line) else pieces


# "All in favour to approve \u2013 ACTION: JC to publish": a task's label run on after a decision, with its doer and errand
_ACTION_RUN_ON = re.compile(rf"(?<=\S)\s*(?:[\u2013\u2014\u2022\u00b7*-]\s*)?\s(?=(?-i:ACTION|Action)S?{RUN_ON_TASK})")


def action_label_apart(line: str) -> list[str]:
    """`line` with a task's label run on after its last words set apart as a paragraph of its own (the decision before it
    ends there; the task is read as the minute's own task line)."""
    if "ction" not in line and "CTION" not in line:
        return [line]
    cut = _ACTION_RUN_ON.search(line)
    return [line[: cut.start()], "", line[cut.end() :], ""] if cut and re.search(r"\w", line[: cut.start()]) else [line]  # (never a bullet alone)


def lead_in_over_clauses(rest: str, lines: list[str], index: int, clause_start: re.Pattern[str]) -> bool:
    """Whether an outcome sentence on line `index` is a decision's lead-in over the clauses below it: "... the Council
    RESOLVED to approve that:-" over "1) ...", or "the councillors approved" over "(1) the accounts ..."."""
    below = next((line for line in lines[index + 1 : index + 3] if line.strip()), "")
    return bool(re.search(r"(?i)\b(?:resolved|agreed|decided)\b[^.]*:-?\s*$", rest) and clause_start.match(below)
                or re.search(r"(?i)\b(?:council(?:lors)?|members|committee|board|panel|cabinet|meeting)\s+(?:\w+\s+)?(?:approved|agreed)\s*$", rest)
                and re.match(r"\s*\(?[1ai][.)]\s", below))


def _told_earlier(parts: list[str]) -> bool:
    """Whether a piece ends telling of an earlier meeting ("In October 2033,"): its last parts searched, never the whole of a
    piece that has grown long (where it started is far back, so "x " stands before the parts searched)."""
    text = _joined(parts[-3:])
    return bool(EARLIER.search(text if len(parts) <= 3 else f"x {text}"))


def _joined(parts: list[str]) -> str:
    """A piece's parts as one text, a single space where two met."""
    if len(parts) == 1:
        return parts[0]
    return " ".join([parts[0].rstrip(), *(part.strip() for part in parts[1:-1]), parts[-1].lstrip()])


def proposal_answered(sentences: list[str]) -> bool:
    """Whether the sentences are a proposal and its answer: "He proposed that a card be sent. This was agreed.", "Cllr Hill
    proposed that the minutes be adopted. Seconded by Cllr Wood. Carried." (the outcome starts at the proposal)."""
    return bool(re.match(PROPOSAL_VOTED, " ".join(sentences))) or len(sentences) > 1 and bool(
        re.search(r"\bproposed\s+(?!by\b)", sentences[0]) and re.match(r"(?i)seconded\s+by\b", sentences[1]))


# "(a) Wildlife area:  It was agreed that the Clerk ...": a point's short heading at the line's start, then its decision
# (not "Resolved: It was agreed ...", nor what someone reported: "Cllr Ash reported back from the forum: It was agreed ...")
POINT_THEN_DECISION = re.compile(
    r"^(\s*(?:\(?(?:[a-h]|[ivx]{1,4}|\d{1,2})[.)]\s+)?(?!(?:Resolved|Agreed|Decisions?|Minutes|Outcomes?|Resolutions?)\s*:)"
    r"[A-Z][\w'\u2019&/-]*(?:\s+(?![\w'\u2019-]*ed\b)[\w'\u2019&/-]+){0,4}\s*:)\s+(?=It\s+was\s+(?:\w+\s+)?(?i:agreed|resolved|decided)\s+(?:\w+\s+)?(?:that|to|not)\b)"
)
# "Apologies were received from Cllr Birch (work commitments) The meeting agreed that these were proper reasons for
# absence.": the meeting's verdict on the apologies, after words in brackets with no full stop
APOLOGIES_THEN_VERDICT = re.compile(
    r"^(\s*(?:\(?\d{1,2}[.)]\s+)?Apologies\b[^\n]{0,400}?\([^()]{2,40}\))\s+(?=(?:The\s+)?(?:[Mm]eeting|Council|Committee|Members|[Cc]ouncillors)\s+"
    r"(?:agreed|accepted|approved|resolved)\b)"
)


def how_agreed(opening: str, verb: str) -> str | None:
    """The words of a decision's formula before its verb, kept with it: "It was unanimously agreed" -> "Unanimously",
    "It was discussed and agreed" -> "Discussed and", "The Council also agreed" -> "Also"; None when there are none."""
    opening = opening.strip(" :-\u2013")
    how = re.search(r"\bIt\s+(?:was|has\s+been),?\s+((?:(?:unanimously|also|therefore|further|then|finally|duly|discussed|considered|and),?\s+){1,5})"
                    + verb + r"\s*$", opening, re.IGNORECASE)
    how = how or re.search(r"\b(unanimously|also|therefore|further|then)\s+" + verb + r"\s*$", opening, re.IGNORECASE)
    return how.group(1).strip().capitalize() if how else None


# "NOTED" alone over its parts, each numbered under the item: "3.1 the background to the scheme;", "3.2 the costs; and",
# "3.3 AGREED that the views of residents be passed on." (a Scottish council committee's minute): each part a clause
_DOTTED_PART = re.compile(r"^\s*(?P<major>\d{1,3})\.(?P<minor>\d{1,2})\.?\s+(?P<text>\S.*)$")


def dotted_parts(lines: list[str], index: int) -> tuple[list[tuple[int, str]], int]:
    """The numbered parts after a bare outcome word at `lines[index]` (each part's line and text, a wrapped line joined), and
    where they end; none unless they run "N.1", "N.2", ... in order."""
    parts: list[tuple[int, list[str]]] = []  # (each part's wrapped lines kept apart and joined once, so a long part stays linear)
    at, gap = index + 1, False
    while at < len(lines):
        part = _DOTTED_PART.match(lines[at])
        if part and (int(part.group("minor")) == len(parts) + 1 and (not parts or part.group("major") == major)):
            major, gap = part.group("major"), False
            parts.append((at, [part.group("text").strip()]))
        elif not lines[at].strip():
            gap = True
        elif parts and not gap and not part:
            parts[-1][1].append(lines[at].strip())
        else:
            break
        at += 1
    return [(line, " ".join(words)) for line, words in parts], at


# "PROPOSED: A. Reed SECONDED: B. Holt. Vote: All in favour.": the movers labelled after what they moved ("Formal acceptance of
# the budget: \u00a3900. PROPOSED: ..."), which stays with its vote
_MOVERS_LABEL = re.compile(r"(?:PROPOSED|Proposed|Prop\.?|MOVED|Moved)\s*(?::|by\b)\s*(?:Cllr\.?\s+|Councillor\s+|Mrs?\.?\s+|Ms\.?\s+|Dr\.?\s+)?[A-Z][\w.'\u2019 -]{0,40}?\s+(?:SECONDED|Seconded|2nd)\b")


_RUN_IN_HEADING = re.compile(
    r"\s*[A-Z][\w'\u2019&/-]*(?:\s+(?!(?:was|were|is|are|had|has|have|said|reported|asked|agreed|noted|resolved)\b)[\w'\u2019&/-]+){0,5}\s+[\u2013\u2014-]\s+(?=[A-Z])")


def outcome_sentences(line: str) -> list[str]:
    """The sentences of an outcome line from the one that records the outcome: what was narrated before it goes."""
    # "There were no proposals for amendment. JS proposed that ..., seconded by JP and resolved.":
    # the outcome starts at the sentence that records it, not before ("All in favour." keeps the proposal before it)
    # ("Co-Option of New Councillor \u2013 Mr Dale answered the questions put to him and was co-opted ...": a run-in heading goes)
    # ("ACTION: Financial Regulations 2036 adopted": a label over the outcome)
    headed = _RUN_IN_HEADING.match(line)
    line = line[headed.end():] if headed and _NOTED.match(line[headed.end():]) else line
    line = re.sub(r"^\s*ACTION\s*:\s*(?=[A-Z][^.;:]{2,80}?\s(?:adopted|approved|agreed|accepted)\.?\s*$)", "", line)
    sentences = re.split(r"(?<!\bNo\.)(?<!\bCllr\.)(?<!\bCyng\.)(?<!\bMrs\.)(?<!\bMr\.)(?<!\bDr\.)(?<![A-Z])(?:(?<=[a-z0-9)\u2019\u201d][.!?])|(?<=[a-z][.!?][\u2019\u201d])|(?<=[A-Z]{2}[.!?]))\s+(?=[A-Z])", line.strip())
    # ("Proposal: To print the next edition. Proposed Cllr Jarman, Seconded Cllr Hale and unanimously in favour.": what was voted on stays)
    moved = any(_MOVERS_LABEL.match(sentence) for sentence in sentences[1:])
    while not moved and len(sentences) > 1 and not _NOTED.match(sentences[0]) and _NOTED.match(" ".join(sentences[1:])) and not re.match(r"(?i:Proposal|Motion)\s*:", sentences[0]) \
            and not re.match(r"(?i)(?:(?:votes?|voting)\s*[:\u2013-]\s*)?(?:all\s+in\s+favour|carried|agreed|approved|unanimously\s+(?:agreed|carried|approved)|NOTED)\W*$", sentences[1]) \
            and not proposal_answered(sentences):
        sentences = sentences[1:]
    return sentences
