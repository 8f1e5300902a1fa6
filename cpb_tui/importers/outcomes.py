"""Outcomes a minute records without a decision word, and who a decision's subject may be.

"The Panel noted the report.", "The minutes were agreed as a true record.", "Cllr Hale was
elected Chair.", "The proposal was agreed unanimously.": each says what the meeting decided,
though no "RESOLVED" or "Agreed" opens it. `decisions.py` reads them as outcomes.
"""

from __future__ import annotations

import re

from cpb_tui.importers.motions import MOTION_SECONDED
from cpb_tui.importers.reflow import MONTH_NAMES

# Who decides: "The Committee", "the Corporate Parenting Board", "Members", "Cllrs"
_WHO = (
    r"(?:(?-i:(?:The\s+)?[A-Z]{1,4}(?:CC|PC|TC))(?=\s)|"  # the body by its letters: "HVCC agreed ...", "The KPC decided to ..."
    r"[Tt]he\s+House(?=\s+(?:agreed|resolved|decided)\b)|"  # a full council of Scotland in session: "the House agreed to ..."
    # a school's or a trust's board by its members ("Trustees approved the budget", "Governors agreed to adopt ..."; never "the Hall Trustees")
    r"(?<![\w'\u2019&-]\s)(?:[Tt]he\s+)?(?:Trustees|Governors|Directors)(?=\s+(?:unanimously\s+)?(?:approved|agreed|resolved|decided|noted|RESOLVED|AGREED)\b)|"
    r"(?:[Tt]he\s+)?(?:(?:[A-Z][\w'\u2019&-]*|community|parish|town|full|joint)\s+){0,5}?"  # "The community council"
    r"(?i:Committee|Board|Panel|Cabinet|Sub-Committee|Council|Forum|Executive|Commission|Members|Councillors|Cllrs|Meeting|Partnership|Group|Commissioners|Comit\u00e9)"
    r"(?:(?<=Committee)\s+\((?-i:[A-Z])[\w'\u2019&. -]{1,40}\))?"  # "The Joint Committee (Eastvale)": its area in brackets
    r"(?:(?<=Members)\s+of\s+the\s+(?:[A-Z][\w'\u2019&-]*\s+){0,3}Council)?"  # "Members of the Community Council" (never another committee's)
    # "Members participating", "Members who had attended the meetings", "Councillors present"
    r"(?:(?:(?<=Members)|(?<=Councillors))\s+(?:present|participating|attending|who\s+(?:had\s+)?(?:attended|were\s+present)(?:\s+the\s+meetings?)?))?)"
)
# A paragraph's number or letter before the words: "17.4 ", "(b) ", "c. "
# (and a minute's own reference in brackets before its decision: "(535/29)   AGREED to make ...")
# "After discussion, the Committee agreed to ...", "Following a vote, the Committee resolved ...", "On being put to the
# vote, the Panel agreed ...", "Having considered the representations, the Sub-Committee decided ...", "The Chair ruled,
# and the Committee agreed, that ...": how the meeting came to its decision, before who decided
LEAD_IN = (
    r"(?:(?:After|Following)\s+(?:(?:some|further|a\s+short|a\s+brief|full|lengthy|detailed|brief|careful|much)\s+)?(?:discussion|consideration|debate|deliberation)s?,?|Accordingly,|Therefore,|Thereafter,?"
    r"|(?:After|Following|On|Upon)\s+(?:a|the)\s+(?:(?:recorded|formal|named|further)\s+)?vote(?:\s+(?:being\s+)?taken)?,?|On\s+being\s+put\s+to\s+(?:the\s+)?(?:vote|the\s+meeting),?"
    # ("Having been told that the Alderman was in hospital, the Members agreed that a card be sent ...")
    r"|Having\s+(?:considered|heard|noted|discussed|reviewed|read|been\s+(?:told|informed|advised|updated|briefed))\s+[^,;.]{3,120},|The\s+Chair(?:man|person|woman)?\s+(?:ruled|proposed|suggested|moved),?\s+and)"
)
_PARA = (  # a paragraph's number, and how the meeting came to it
    r"(?:\d{1,3}(?:\.\d{1,2}){1,2}\.?\s+|\(?[a-z]\)\s+|\(?[ivx]{2,5}\)\s+|[ivx]{2,5}\.\s+|\(?\d{1,2}\)\s+|[a-h]\.\s+|\(\d{1,4}/\d{2}\)\s+)?"
    rf"(?:{LEAD_IN}\s+(?=[Tt]he\s|Members\s))?"
)

# an election at the meeting: "Cllr Hale was unanimously elected Chair." (not one told of, "elected in May")
_ELECTED = (
    r"(?!.{0,160}\b(?:district|county|borough|unitary|ward)\s+(?:councillors?|members?)\b)"  # (never a report of another tier's election)
    # ("Rhona Tait is re-elected as Chair.": a community council's minutes in the present, or "electedas", its space lost; never "is elected annually")
    r".{0,120}\b(?:was|were|is|are)\s+(?:duly\s+|unanimously\s+|then\s+|therefore\s+|thus\s+|all\s+|both\s+)*(?:(?:elected|re-elected|[Cc]o-opted)(?:(?=as\s)|\b)(?!\s+(?:in|at|last|on(?!\s+to\b)|by\s+the\s+electorate|annually|each|every|for\s+(?:a|two|three|four)\s+(?:years?|terms?))\b)"
    # "Cllr Foster being the sole nominee was appointed to serve as Chair for the year"
    # "Mr Park was appointed Chairman of the Forum for the ensuing year" (not one told of: "appointed Chair in May",
    # "... of the Forum last year", "... and served two terms")
    # "David Hale was nominated by Ann Dale, seconded by Tom Reed and elected unanimously" (or "... and voted in."), "Sheila was proposed as
    # Secretary by Douglas and in the absence of other nominations appointed to the position"
    # (never "... but was not elected", "... will be appointed at the next meeting", "... could not be appointed until ...")
    r"|(?:nominated|proposed)\b(?:(?!\b(?:not|will|would|could|until|but)\b)[^.;]){0,160}?\band\s+(?:(?:(?!\b(?:not|will|would|could|until|but)\b)[^.;]){0,60}?\s)?(?:duly\s+|unanimously\s+)?(?:elected|re-elected|appointed|voted\s+in(?=\s*[.;]|\s*$))\b"
    # ("Following the ballot Ms Dale was appointed to serve until the next local elections": a casual vacancy filled)
    # (never a rule, "a member is appointed ...", nor one told of: "... in 2019 and served three years", "the vacancy of head")
    r"|(?<=\bwas\s)appointed\s+to\s+(?:serve\s+until\s+the\s+next\s+(?:\w+\s+){0,2}elections?|fill\s+the\s+(?:casual\s+)?vacancy(?!\s+(?:of|at)\b|\s+for\s+(?!the\s+remainder\b)))\b"
    r"(?![^.;]{0,120}\b(?:last|previously|ago|served|in\s+(?:19|20)\d\d)\b)"
    r"|appointed\s+(?:to\s+serve\s+)?(?:as\s+)?(?:the\s+)?(?:(?:Vice|Deputy)[- ]?)?(?:Chair(?:man|person|woman)?|Mayor|Convener|Convenor)\b"
    r"(?!\s+(?:in|at|on)\b)(?![^.;]{0,120}\b(?:last|previous(?:ly)?|ago|served|has\s+been|had\s+been)\b))"
)
# "Councillor Mary Grey duly elected as Chairman": the result under its nomination, with no "was"
ELECTED_BARE = (
    r"(?:Cllr\.?|Councillor|Mr|Mrs|Ms|Dr)\s+[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}\s+(?:duly|unanimously)\s+(?:re-)?elected\s+(?:as\s+)?(?:the\s+)?"
    r"(?:(?:Vice|Deputy)[- ]?)?(?:Chair(?:man|person|woman)?|Mayor|Convener|Convenor|Secretary|Treasurer)\b"
    r"(?![^.;]{0,40}\bof\s+the\s+(?:[\w'\u2019-]+\s+){0,3}?(?:District|County|Borough|City|Unitary|Regional|National|Society|Association|Trust|Club)\b)[^.;]{0,60}\.?\s*$"  # (never another body's)
)
# One person who decides: "the Cabinet Member for Community Development resolved that ..."
_ONE_WHO = (
    r"(?:[Tt]he\s+)?(?:Cabinet\s+Member|Executive\s+Member|Portfolio\s+Holder|Lead\s+Member|Leader(?:\s+of\s+the\s+Council)?|Mayor|Chief\s+Executive)"
    r"(?:\s+(?:for|of)\s+[A-Z][\w'\u2019&,-]*(?:\s+(?:and\s+|of\s+|for\s+|&\s+)?[A-Z][\w'\u2019&,-]*){0,6})?"
)
# An officer who takes a delegated decision: "The Head of Fostering Services has decided to ..."
_OFFICER = (
    r"(?:[Tt]he\s+)?(?:(?:Corporate|Executive|Strategic|Assistant|Deputy|Interim)\s+)?(?:Director|Head|Chief\s+Officer|Service\s+Manager|Chief\s+Finance\s+Officer)"
    r"\s+(?:for|of)\s+[A-Z][\w'\u2019&,-]*(?:\s+(?:and\s+|of\s+|for\s+|&\s+)?[A-Z][\w'\u2019&,-]*){0,6}"
)
# Outcomes that are decisions in their own right (each counted, as a minutes approval is): minutes read and
# signed under their heading ("These had been circulated and were read and signed by the Chairman."), a proposal
# and its answer ("Dr Lott proposed the shelter be added to the policy, AGREED unanimously."), the precept or
# payments approved ("The Precept 2020/21 was agreed with a 2.5% increase", "The payment of hall rental ... were
# approved"; not one approved earlier, or by another body)
_READ_AND_SIGNED = (
    r"(?:These|They)\s+(?:had\s+been\s+(?:previously\s+)?(?:circulated|distributed|sent\s+out|emailed|issued)(?:\s+(?:to|with)\s+(?:all\s+)?\w+(?:\s+\w+)?)?\s+and\s+)?"
    r"were\s+(?:duly\s+)?(?:read|agreed|approved|accepted|confirmed)\s+and\s+signed\b(?!\s+by\s+(?:the\s+)?(?:landowner|contractor|tenant|applicant|previous)\b)"
)
_PROPOSAL_ANSWERED = r"\bproposed\b[^.]{0,200}?[,;]\s+(?:AGREED|CARRIED|[Aa]greed|[Cc]arried)\b"
_SUMS_APPROVED = (
    # ("The following payments were agreed: ...", "The schedule of payments was approved", "Two cheques were approved to pay for the bus shelter")
    r"(?:[Tt]he\s+|All\s+(?:the\s+)?|(?:Two|Three|Four|Five|Six|Both|\d{1,2})\s+)?(?:(?:following|above|listed|attached|schedule\s+of|list\s+of)\s+)?(?:[Pp]recept|[Bb]udget|[Pp]ayments?|[Ii]nvoices?|[Cc]heques?|[Bb]ills?)\b(?![^.;]{0,160}?\b(?:Authority|County|District|Borough|Police|Fire)\b)"
    r"(?:[^.;]|\.(?=\d)){0,160}?\b(?:was|were)\s+(?:duly\s+|unanimously\s+|then\s+|received\s+and\s+)?(?:agreed|approved|authori[sz]ed|set(?!\s+out\b)|adopted)\b"
    r"(?!\s+(?:in|on|by|following|before|after)\b|\s+at\s+(?![\u00a3$\d])|[^.;]{0,80}\b(?:last|previously|earlier|ago)\b)"
)
# the meeting's agenda settled: "Agenda approved with the addition of the Gala Day.", "The agenda was agreed." (never one told
# of: "the agenda was approved at the last meeting", "... by the county")
_AGENDA_APPROVED = (
    r"(?:The\s+)?[Aa]genda\s+(?:was\s+)?(?:duly\s+|unanimously\s+)?(?:approved|agreed|accepted|adopted)(?:\s+unanimously|\s+as\s+(?:circulated|presented|printed|published)"
    r"|\s+with\s+(?:the\s+)?(?:addition|amendment|inclusion)s?\s+of\b[^.;]*)?\s*(?:[.;]|$)"  # (the sentence ends there: never "... last month", "... with the chair")
)
# "This was agreed and the Clerk was requested to write to ...": a suggestion agreed, and who is to act on it
AGREED_AND_ASKED = (
    r"This\s+was\s+(?:unanimously\s+)?(?:agreed|approved)\s+and\s+(?:the\s+)?(?:[A-Z][\w'\u2019.-]*\s+){1,3}(?:was|were)\s+"
    r"(?:requested|asked|instructed)\s+to\s"
)
# "It was PROPOSED and SECONDED to accept the minutes ...": the proposal carried (mid_decisions.py sets it on its own line)
PROPOSED_AND_SECONDED = r"[Ii]t\s+was\s+(?i:proposed\s+and\s+seconded)\s+(?:to|that)\b"
# the names in a list of people, their initials' and titles' stops included ("S. Farrow", "Cllr. Hale"), no other stop
_NAMES = r"(?:[^.;]|(?<=\b[A-Z])\.|(?<=\bCllr)\.|(?<=\bMrs)\.|(?<=\bMr)\.|(?<=\bDr)\.)"
# A planning application's reference, "31/00412/FUL", "PL/2031/0042", "23/0456"; and the words a council comments in
_PLANNING_REF = r"(?:\b\d{2,4}/\d{2,6}(?:/[A-Z]{2,5})?\b|\b[A-Z]{1,4}/\d{4}/\d{2,6}\b|\b(?i:planning\s+)?(?i:applications?)\b)"
_VERDICT = (
    r"(?i:(?:there\s+(?:were|was)\s+)?no\s+(?:objections?|comments?)(?:\s*/\s*(?:objections?|comments?))?(?:\s+(?:raised|made|was\s+raised|were\s+raised))?|support(?:ed)?|object(?:ed|ion)?"
    r"|(?:recommend(?:ed)?\s+)?(?:approval|refusal))"
)
_LOCAL_WHO = r"(?:(?:[Tt]he\s+)?(?:(?:Parish|Town|Community)\s+)?(?:Council|Committee)|Members|Councillors|Cllrs)"
# the application's line closed by the verdict after a stop, a dash or a colon (in a list of them after "RESOLVED that the
# following observations be sent:", each line is that decision's)
# (or the council's verdict in a sentence: "The Council objects on the grounds of overlooking.", "Councillors were not in agreement
# to the change of use.", "There was no objection to these plans from the council.", "The Council supports this application.")
_VERDICT_SAID = (
    r"(?:(?:The\s+)?(?:(?:Parish|Town|Community)\s+)?Council|Councillors|Members|The\s+Committee)\s+(?:(?:objects?|supports?)\b|(?:had|has|raised)\s+no\s+objections?\b"
    r"|(?:were|was)\s+(?:not\s+)?in\s+(?:agreement|favour)\b(?!\s+with\s+the\s+(?:decision|district|county|borough|planning)\b)|did\s+not\s+support\b)[^.;\n]{0,120}"
    r"|There\s+(?:was|were)\s+no\s+objections?\s+to\s+(?:these|the|this)\s+(?:plans?|applications?|proposals?)\b[^.;\n]{0,120}"
)
_PLANNING_LINE = rf"(?=[^\n]{{0,300}}?{_PLANNING_REF})(?![^\n]{{0,300}}\b(?:granted|refused|approved|permitted|withdrawn|decided)\s+by\b)[^\n]{{3,300}}?(?:[.:;]|\s[\u2013\u2014-])\s*(?:{_VERDICT}|{_VERDICT_SAID})\s*[.!]?\s*$"
PLANNING_LINE = re.compile(_PLANNING_LINE)
_PLANNING_VERDICT = (
    _PLANNING_LINE +
    # the verdict on a line of its own, under the application
    r"|(?i:(?:there\s+(?:were|was)\s+)?no\s+objections?(?:\s+(?:raised|made))?|supported|objection\s+raised)\s*\.?\s*$"
    # the council's own sentence
    rf"|(?:[^.;\n]{{0,300}}?[.:;]\s+)?{_LOCAL_WHO}\s+(?:unanimously\s+)?(?:(?:had|has|have|raised|made)\s+no\s+objections?|supported|objected\s+to)\b"
)
# the council's own support given at this meeting (never another body's, nor support told of: "... in its letter", "when it met in
# March", "... said"); `_NOTED` reads it as a sentence, `mid_decisions` where it follows another
COUNCIL_SUPPORT = (
    r"(?:(?:Parish|Town|Community)\s+)?Council\s+(?:confirmed|gave|reaffirmed|reiterated)\s+(?:its|their)\s+(?:full\s+|continued\s+|unanimous\s+)?support\b"
    r"(?![^.;]*\b(?:said|reminded|letter|when\s+it\s+met|last|previously|earlier|in\s+(?:" + MONTH_NAMES + r"))\b)"
)
# Outcomes that record a decision without the word: "The Panel noted the report."
_NOTED = re.compile(
    rf"^\s*{_PARA}(?:(?:{_WHO})\s+(?:duly\s+)?(?:(?:received|considered|discussed)\s+and\s+|had\s+before\s+it,?\s+and,?\s+)?(?:NOTED|noted)\b(?=.{{0,200}}$)"
    # "a) Councillors received and approved the statements of account", "(i) Council received the minutes of ..."
    rf"|(?:\(?[ivx]{{1,4}}\)\s+)?(?:{_WHO})\s+(?:received\s+and\s+(?:approved|accepted|agreed|adopted)|received\s+the\s+minutes)\b"
    # "The Parish Council confirmed their support.": the body's support given there (never "... would confirm its support")
    r"|(?:The\s+)?" + COUNCIL_SUPPORT + r"(?=[^.;]{0,120}\.?\s*$)"
    # "The Council accepted as an accurate record the Minutes of the meetings on 18th and 19th January": the record said first
    rf"|(?:{_WHO})\s+(?:unanimously\s+)?(?:approved|accepted|agreed|adopted|confirmed)\s+as\s+(?:an?\s+)?(?:true|correct|accurate)\s+record\s+the\s+(?:[Dd]raft\s+)?[Mm]inutes\b(?![^.;]*\?)"
    # "Cllr Dixon proposed that they were a true record; the proposal was seconded by Cllr Styles and unanimously agreed"
    r"|.{0,200}\bseconded\s+by\b.{0,80}\band\s+(?:was\s+)?(?:unanimously\s+)?(?:agreed|carried|approved|resolved|RESOLVED|passed)\b"
    # "These were approved.", "They were agreed and signed as a true record.": the minutes under their heading (or after a label,
    # "Accounts for payment: These were agreed.")
    r"|(?:[A-Z][\w ,&'\u2019/-]{2,60}:\s+)?(?:These|They)\s+were\s+(?:then\s+|duly\s+|unanimously\s+)?(?:approved|agreed|accepted|confirmed|adopted|signed)"
    r"(?:\s+(?:and\s+signed|as\s+(?:a\s+)?(?:true|correct|accurate)(?:\s+record)?))*\s*\.?\s*$"
    # "Minutes of the last meeting approved and signed.", "Draft notes from meeting of 14th February approved as Minutes."
    r"|(?i:(?:the\s+)?(?:draft\s+)?(?:minutes?|notes)\s+(?:of|from|for)\b(?![^.;]{0,120}\b(?:to\s+be|which|where|when|at\s+which)\b)[^.;:|\u2013\u2014-]{3,120}?(?<!\bbe)(?<!\bbeen)(?<!\bnot)\s(?:approved|agreed|accepted|confirmed|adopted)"
    r"(?:\s+(?:and|&)\s+signed)?(?:\s+as\s+(?:the\s+)?(?:minutes|a\s+(?:true|correct|accurate)\s+record|accurate|correct|true))?\.?\s*$)"
    # "Minutes agreed as correct apart from a spelling error ...": the minutes' verdict first, what was put right after it
    r"|(?:The\s+)?(?:[Dd]raft\s+)?[Mm]inutes\s+(?:(?:were|was)\s+)?(?:agreed|approved|accepted|adopted|confirmed)(?:\s+(?:and|&)\s+signed)?\s+as\s+(?:an?\s+)?(?:true|correct|accurate)\b(?=[^.;]{0,300}(?:\.|$))(?![^.;]{0,300}\b(?:must|not\s+(?:be|been|yet|until|signed|approved|agreed|adopted)|until|cannot|before\s+they\s+can)\b)"
    # "The Chairman asked if they were a true record. All were in agreement.": the meeting's assent
    r"|(?:.{0,300}?(?<=[.!?])\s+)?All\s+(?:present\s+|members\s+)?were\s+in\s+agreement\.?\s*$"
    # "Cllr Bott proposed that the Minutes were an accurate record; Mrs L Bott seconded, all agreed and ..."
    # ("Cllr Hale put forward a motion to buy two bins, Cllr Moss seconded, and all were in favour")
    r"|.{0,200}\b(?:proposed|(?:forwarded|put\s+forward)\s+a\s+motion)\b.{0,160}\bseconded(?:\s*[,;])?\s+(?:and\s+)?(?:all|unanimously)\s+(?:present\s+)?(?:agreed|were\s+in\s+favour)\b"
    r"|.{0,160}\b(?:was|were)\s+(?:duly\s+)?(?:received\s+and\s+)?noted(?:\s+as\s+received)?\.?\s*$"
    # (never a span of time: "Fifteen minutes are allocated to public time ... it was not taken up"; "Subject to reading 9 for 6
    # in paragraph 2.3., the minutes ... were approved": the paragraph's number keeps its stops)
    r"|(?i:(?:(?:subject\s+to|with|after|following)\s+(?:[^,.]|\.(?=\d|,)){3,80}?,?\s+|(?:accordingly|therefore|thereafter),\s+)?(?:the\s+)?(?:(?!(?:\d+|five|ten|fifteen|twenty|thirty|forty|sixty|few|several)\s+minutes)\w+\s+){0,2}(?:minutes?|notes(?=\s+of\s+the\s+(?:last\s+|previous\s+)?meetings?\b)|(?<=draft\s)notes)\b.{0,200}\b(?:was|were)\s+(?:(?!not\b|never\b)\w+,?\s+){0,4}(?:amended\s+(?:\w+\s+){0,2}and\s+(?:then\s+)?)?(?:agreed|approved|confirmed|signed|accepted|adopted|taken|noted|ratified|passed(?!\s+(?:to|on|round|around|back)\b)|authori[sz]ed\s+to\s+be\s+signed)\b)"
    # "The minutes of the meeting on 16th June were discussed and the council resolved to sign them as a true record"
    r"|(?i:(?:the\s+)?(?:\w+\s+){0,2}minutes?\b.{0,200}\b(?:was|were)\s+(?:read|discussed|considered|reviewed|circulated)\s+and\s+(?:the\s+)?"
    r"(?:council|committee|board|members|councillors)\s+(?:resolved|agreed)\s+to\s+(?:sign|approve|accept|adopt|confirm)\b)"
    # "The minutes of the meeting held on May 16th were found to be correct."
    r"|(?i:(?:the\s+)?(?:\w+\s+){0,2}minutes?\b.{0,200}\b(?:was|were)\s+(?:found|deemed|declared)\s+(?:to\s+be\s+)?(?:correct|accurate|a\s+(?:true|correct)\s+record))"
    r"|There\s+(?:was|were)\s+submitted\s+and\s+noted\b"
    # a request or proposal with its verdict last: "Cllr Rudd asked if she could join the working party, agreed.", "It is
    # proposed by the web editor that the front page show the news and this was agreed."
    r"|(?:(?:Cllr\.?|Councillor|Mr|Mrs|Ms|Dr)\s+[A-Z]|The\s+(?:Clerk|Chair)|It\s+(?:is|was)\s)[^.]{2,200}?\b(?:asked\s+(?:if|whether|that)|requested|proposed|suggested)\b"
    r"[^.]{3,240}?(?:,\s*(?:and\s+)?(?:this\s+was\s+)?|\s+and\s+this\s+was\s+)(?:agreed|approved)(?:\.|\s*$)"
    # minutes moved and seconded, or confirmed by the body: "The minutes of the June meeting were proposed as accurate by Cllr
    # Dunn and seconded by ...", "They were then proposed for approval by ...", "The Committee confirmed the minutes of ...";
    # "Minute of last meeting: Approved.", "The proposal was agreed unanimously"; Welsh "Cynigiwyd gan ... ac eiliwyd gan ..."
    r"|(?i:(?:(?:the\s+)?(?:\w+\s+){0,2}minutes?\b.{0,120}?|They|These)\s+(?:was|were)\s+(?:then\s+)?proposed\b.{0,160}\bseconded\b)"
    # "Bank balance \u00a31,204. Morag Ferrie proposed the accounts to be accepted as correct and seconded by Iain Lockhart.": a
    # member's proposal to accept a thing, seconded (a community council's whole record of it)
    r"|(?![^\n]{0,400}\b(?:lost|fell|defeated|not\s+carried|withdrawn|no\s+seconder)\b)(?:.{0,300}?(?<=[.!?])\s+)?(?:(?:Cllr\.?|Councillor|Mr|Mrs|Ms|Dr)\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}\s+proposed\s+(?:that\s+)?(?:the|these|this|those)\s+"
    r"[^.;]{2,100}?\b(?:to\s+be|be|were|was)\s+(?:accepted|approved|adopted|agreed|signed|confirmed)\b[^.;]{0,80}?\s(?:and\s+)?(?:was\s+)?seconded\s+by\b"
    rf"|(?:{_WHO})\s+(?:confirmed|approved|accepted|agreed)(?:\s+and\s+signed)?\s+the\s+(?:\w+\s+)?[Mm]inutes\b"
    # Welsh: "Cynigiwyd gan ... ac eiliwyd gan ...", "Cynigiodd Cyng Rhys ... Eiliwyd gan Cyng Huws." (never one no one
    # seconded, "ni chafwyd eilydd", or that failed), "Llofnododd y Cadeirydd gofnodion y cyfarfod diwethaf ... yn rhai cywir."
    r"|(?!.{0,300}\b(?:ni\s+chafwyd\s+eilydd|ni\s+eiliwyd|methodd|trechwyd)\b)Cynigi(?:wyd|odd)\b.{0,200}\b(?:[Ee]iliwyd|[Ee]iliodd|yn\s+eilio)\b"
    r"|Llofnododd\s+y\s+Cadeirydd\b.{0,200}?\b[cg]ofnodion\b"
    # "Members confirmed 4th January 2022 minutes as a true record": the meeting's date before its minutes
    rf"|(?:{_WHO})\s+(?:confirmed|approved|accepted|agreed)\s+(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+[A-Z][a-z]+(?:\s+\d{{4}})?|[A-Z][a-z]+)\s+minutes\b"
    # "Council authorised the Chair to sign the minutes as a correct record"
    rf"|(?:{_WHO})\s+authori[sz]ed\s+the\s+Chair(?:man|person)?\s+to\s+sign\s+the\s+minutes\b"
    # ("The Chairman was authorised to sign the Minutes ...", and "The clerk had sent out the minutes and they were signed as correct.")
    r"|(?:[Tt]he\s+)?Chair(?:man|person)?\s+was\s+(?:duly\s+)?authori[sz]ed\s+to\s+sign\s+the\s+(?:\w+\s+)?[Mm]inutes\b"
    r"|(?i:(?:the\s+)?clerk\s+had\s+(?:issued|circulated|sent(?:\s+out)?|distributed)\s+the\s+minutes(?:\s+of\s+[^.,;]{3,60}?)?,?\s+(?:which|and\s+they)\s+were\s+"
    r"(?:(?!not\b|never\b|to\b|yet\b)\w+\s+){0,2}?(?:agreed|approved|accepted|confirmed|signed)\b)"
    r"|(?i:minutes?\s+of\s+(?:the\s+)?(?:last|previous)\s+meeting)\s*[:\u2013-]\s*(?:Approved|Agreed|Accepted|Confirmed)\b"
    # with no "were", its movers after a colon: "The minute of the meeting held on 4 May approved: Cllr Bell, seconded: Cllr Dunn"
    r"|(?:The\s+)?[Mm]inutes?\s+of\s+[^.;:]{0,100}?\s+(?:agreed|approved|accepted|adopted)\s*:\s*(?:CCllr|Cllr|Councillor|Proposed)\b"
    # a proposal and "All agreed." ("Chair proposed BB as Vice Chair. Sec MD. All agreed."); "Signed as true by Chair"
    # ("Mr Lund has been asked to fix the stile for \u00a340. All agreed.": what was asked or put, agreed by all)
    # ("She proposed asking the school first and this was agreed.", "... and councillors agreed.": in the same sentence)
    r"|.{0,200}\b(?:proposed|suggested|recommended|requested|been\s+asked|asking\s+for|should|would)\b.{0,120}(?:\b[Aa]ll\s+(?:present\s+)?agreed|\bThis\s+was\s+agreed(?:\s+and\s+noted)?)\.?\s*$|(?:He|She|They|The\s+(?:Chair\w*|Clerk)|(?:Cllr\.?|Councillor|Mr|Mrs|Ms|Dr)\s+[A-Z][\w'\u2019-]*)\s+(?:suggested|proposed)\s+(?!by\b)(?=[a-z]+ing\b|(?:that\s+)?[^.!?]{0,120}?\b(?:be|should|could)\s+[a-z])[^.!?]{5,250}?\s+and\s+(?:this\s+was\s+agreed|(?:the\s+)?(?:councillors|members)\s+agreed)\.?\s*$|Signed\s+as\s+(?:a\s+)?(?:true|correct)\b"
    # "After hearing Mr Hull, adoption of the notes of the meeting was deferred until 4 December 2027." (a longer reason only after
    # "As ...": "As the minutes had not been circulated, approving them was deferred ..."; never an agenda's standing
    # note, "(Any items not discussed will be carried forward to the next meeting)")
    r"|(?!\W*[Aa]ny\s+(?:items?|business|matters?)\s+(?:not|which|that)\b)(?:(?=As\s).{0,320}|.{0,200})\b(?:was|were|will\s+be)\s+(?:duly\s+|further\s+|again\s+)?(?:deferred|carried\s+forward|held\s+over)\s+(?:until|to)\s+(?:the\s+)?(?:next|\d{1,2}(?:st|nd|rd|th)?\s|[A-Z][a-z]+\s+(?:\d|meeting)|meeting\s+(?:of|on|in)\s+(?:\d|[A-Z]))[^.]{0,80}\.?\s*$"
    r"|(?:.{0,300}?(?<=[.!?])\s+)?The\s+(?:proposal|motion)\s+was\s+(?:duly\s+)?(?:agreed|carried|approved)(?:\s+(?:unanimously|by\b)|\.?\s*$)"
    # "The minutes of the meeting held on 25 May were proposed for adoption, unanimously agreed and signed by Mr Ellis."
    r"|(?i:(?:the\s+)?(?:\w+\s+){0,2}minutes?\b.{0,200}?\b(?:was|were)\s+proposed\b(?![^.]{0,80}?\bnot\b)[^.]{0,80}?\b(?:agreed|approved|accepted|adopted)\b)"
    # "This was agreed by all members, and ...": the proposal before it, agreed
    r"|(?:.{0,300}?(?<=[.!?])\s+)?This\s+was\s+(?:then\s+|duly\s+)?(?:unanimously\s+)?(?:agreed|approved)\s+(?:by\s+all|unanimously)\b"
    # "a. Full Council \u2013 21st November 2019, AGREED as a true record.", "APPROVED the Minute of the meeting ..."
    r"|[^.]{0,120}?,\s+(?:AGREED|APPROVED|Agreed|Approved)\s+as\s+a\s+(?:true|correct|accurate)\s+record\b|APPROVED\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?:quotes?|quotations?|estimates?|invoices?|payments?|purchase|grants?|expenditure|budget|accounts|policy|request|donation|contract|tender|order|installation|proposals?|recommendations?|schedule|[Mm]inutes?)\b"
    # "... asked for a vote on the transfer. The transfer was unanimously agreed.": what was put, agreed in so many words
    r"|(?:.{0,300}?(?<=[.!?])\s+)?The\s+(?:[\w'\u2019-]+\s+){1,3}?(?:was|were)\s+(?:then\s+|duly\s+)?unanimously\s+(?:agreed|approved|carried|accepted|adopted)\.?\s*$"
    # "The quotation, which had been circulated before the meeting, was accepted after discussion." (never by another body, nor earlier)
    # ("The draft Standing Orders, including the Complaints Policy, which had been circulated, were agreed and adopted.")
    r"|(?:.{0,300}?(?<=[.!?])\s+)?The\s+[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,3}(?:,\s+(?:including|together\s+with)\s+[^.;]{3,160}?)?,\s+which\s+[^.;]{3,160}?,\s+(?:was|were)\s+(?:then\s+|duly\s+|unanimously\s+|after\s+(?:some\s+)?discussion\s+)?(?:approved|adopted|accepted|agreed)\b"
    r"(?!\s+(?:at|in|on|last|previously|earlier|by)\b|[^.;]{0,80}\bby\s+(?:the\s+)?(?!(?:council|committee|board|members|meeting)\b)[a-z])"
    # "The fire safety plans were put to the council and adopted.", "The auditor's letter was received and approved"
    # (never by another body: "... was considered and approved by the district council")
    # ("The sale of the old roller for \u00a315 was discussed and agreed.")
    # ("Replacing the roof of the bus shelter at a cost of \u00a3340 was discussed and agreed.": the work itself put)
    r"|(?:.{0,300}?(?<=[.!?])\s+)?(?:The|[A-Z][a-z]{2,}ing)\s+(?:[\w'\u2019\u00a3.-]+\s+){1,14}?(?:was|were)\s+(?:presented|received|reviewed|considered|discussed|read)\s+(?:to\s+(?:the\s+)?\w+\s+)?and\s+(?:duly\s+|unanimously\s+)?(?:approved|adopted|endorsed|ratified|agreed|accepted)\b"
    r"(?!\s+by\s+(?!(?:the\s+)?(?:council|committee|board|members|councillors|meeting|community\s+council|parish\s+council|town\s+council)\b(?!\s+of\b)))"
    r"(?!\s+(?:at|in|on|last|previously|earlier)\b)"  # (never one told of: "... approved at the January meeting")
    # "The accounts were approved by Owen Mair and seconded by Rhona Tait.", "It was adopted without amendment.": a thing put to the
    # meeting, adopted with its movers or as it stood
    r"|(?:.{0,300}?(?<=[.!?])\s+)?(?:The\s+(?:[\w'\u2019-]+\s+){1,4}?|It\s+)(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:approved|adopted|accepted|agreed)\s+"
    r"(?:by\s+(?:Cllr\.?\s+|Councillor\s+)?[A-Z][^.;]{1,50}?,?\s+(?:and\s+)?seconded\s+by\b|without\s+(?:amendment|alteration|change)s?\b)"
    # ("No matters arising therefore minute approved by Ian Ash, seconded by John Bell.": a Scottish minute, with no "was")
    r"|(?:[^.;]{0,80}?\b(?:therefore|so|then)\s+)?[Mm]inutes?\s+(?:of\s+[^.;]{0,80}?\s)?approved\s+by\s+(?:Cllr\.?\s+|Councillor\s+)?[A-Z][^.;]{1,50}?,?\s+(?:and\s+)?seconded\s+by\b"
    # an election at the meeting: "Cllr Hale was unanimously elected Chair.", "The following were elected:"
    # (not "Cllr Moss, who was elected in May, ...")
    # (or after the sentences that put the names: "Cllr Kolbert proposed Cllr Brunet as Chairman. This motion was seconded by
    # Cllr Baker. Cllr Brunet was elected Chairman ...")
    # (only where the sentences before it put a name: never another body's election after a report of its meeting)
    r"|(?:(?=[^.!?]{0,200}\b(?:proposed|nominated)\b).{0,300}?\bseconded\b.{0,120}?(?<=[.!?])\s+)?(?!.{0,120}\bwho\s+(?:was|were)\s+(?:re-)?(?:elected|appointed)\b)" + _ELECTED + "|" + ELECTED_BARE +
    # Welsh outcomes in the past impersonal: "Cadarnhawyd cofnodion ..." (confirmed), "Derbyniwyd ..." (received), "Nodwyd" (noted)
    # (apologies received, "a report was received from" and "it was noted that" are narrative)
    r"|(?:Cadarnhawyd|Derbyniwyd(?!\s+(?:ymddiheuriadau|adroddiad\s+(?:llafar\s+)?gan)\b)|Nodwyd(?!\s+(?:bod|fod|mai|nad|na|y\s+by\w+|y\s+dylid)\b)"
    r"|Mabwysiadwyd|Cymeradwywyd)\b"
    # "These had been circulated and were agreed as a true record."
    r"|(?:(?:These|They|Those|It|This)\s+(?:[\w,]+\s+){0,6}?(?:was|were)|Were|Was)\s+(?:\w+\s+)?(?:agreed|approved|confirmed|accepted|adopted)\s+as\s+(?:a\s+|the\s+)?(?:true|correct|accurate)\s+record\b"
    # "These were agreed and signed by the Chair.", "These were passed as correct and signed by the convener"
    r"|(?:These|They)\s+were\s+(?:(?:duly|unanimously|then)\s+)?(?:agreed|approved|passed|accepted|confirmed)\s+(?:as\s+(?:being\s+)?(?:correct|accurate)\s+)?and\s+(?:(?:confirmed|approved)\s+and\s+)?signed\b"
    rf"|{_READ_AND_SIGNED}"
    # the minutes moved and seconded ("... seconded by Cllr Moss that the minutes be approved" is decisions.py's motion):
    # "Proposed as an accurate record by D. Nelson seconded by S. Hamilton."; a proposal and its answer
    r"|Proposed\s+as\s+(?:a|an)\s+(?:true|correct|accurate)\s+record\b"
    rf"|.{{0,200}}{_PROPOSAL_ANSWERED}(?:\s+(?:unanimously|by\s+all|nem\.?\s*con\.?))?\s*(?:[.;]|$)"
    rf"|{PROPOSED_AND_SECONDED}|{MOTION_SECONDED}|{AGREED_AND_ASKED}"
    rf"|{_SUMS_APPROVED}|{_AGENDA_APPROVED}"
    rf"|(?:{_WHO})\s+(?:duly\s+)?noted\s+(?:the\s+)?(?:report|update|presentation|contents|information|position|minutes|progress|verbal)"
    r"|The\s+(?:report|update|presentation|information|verbal\s+update|(?:present|current)\s+position)\s+(?:was|were)\s+(?:duly\s+)?noted"  # ("The present position was noted.")
    r"|NOTED\b|Noted\s*[:.\u2013-]|RECEIVED\.?\s*$|DECISIONS?\s+(?:NOTED|AGREED|APPROVED)\b|(?:Approved|Agreed|Accepted)\s+and\s+signed\b"
    # ("Minutes of the March meeting \u2013 approved as circulated.": the verdict under its title, with how it was taken)
    r"|(?:[Aa]pproved|[Aa]greed|[Aa]ccepted|[Cc]onfirmed)\s+as\s+(?:circulated|a\s+(?:true|correct|accurate)\s+record)\b[^.]{0,60}\.?\s*$"  # (never "as read" alone: a paper read out)
    r"|(?:Proposal|Motion)\s*:.{0,600}?\b(?:[Aa]ll|[Uu]nanimously)\s+(?:voted\s+|were\s+)?in\s+favour\b"  # ("Proposal: To print ... Proposed A, Seconded B and unanimously in favour.")
    r"|(?:Cllr\.?|Clr\.?|Councillor)\s+[A-Z][\w'\u2019-]*\s+proposed\s+that\s+[^.!?]{5,300}[.!?]\s+All\s+(?:present\s+)?(?:were\s+)?in\s+favour\b"  # (a long proposal, then its vote)
    r"|.{0,200}\b(?:[Aa]ll|[Uu]nanimously)\s+(?:voted\s+|were\s+)?in\s+favour\b|.{0,160}\b(?:was|were)\s+proposed\s+as\s+(?:a|an)\s+(?:correct|true|accurate)\s+record\b|This\s+was\s+(?:confirmed|agreed|noted|approved)(?:\s+by\s+(?:the\s+)?\w+(?:\s+\w+)?)?\.?\s*$"
    # "Spending of \u00a3412 was approved by majority vote", "... by 6 votes to 2": the vote said; "After two corrections, this was
    # adopted."; "The March notes, which were agreed by all, ...": the minutes agreed in a clause of their own
    r"|[A-Z](?:(?!\b(?:reported|said|told|informed|council's|council\u2019s)\b)(?:[^.;]|\.(?=\d))){2,160}?\s(?:was|were)\s+(?:duly\s+)?(?:approved|agreed|adopted|accepted|carried)\s+by\s+(?:a\s+)?(?:majority(?:\s+vote)?|(?:a\s+)?vote\s+of|\d{1,2}\s+votes?\s+to\s+\d{1,2})\b"
    r"|(?:.{0,300}?(?<=[.!?])\s+)?(?:[A-Z][^.;!?]{0,120},\s+)?[Tt]his\s+was\s+(?:then\s+|duly\s+)?(?:adopted|accepted)\.?\s*$"
    r"|(?:The\s+)?[A-Z][^.;]{0,60}?\b(?:[Mm]inutes|[Nn]otes)\b[^.;]{0,80}?,\s+which\s+(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:agreed|approved|accepted|confirmed)\b"
    # "The mason's report was considered. NOTED.": what was before the meeting, with the word that closed it
    r"|[A-Z][^;]{3,300}?[a-z0-9)][.!?]\s+NOTED\.?\s*$"
    # "Defer until the design is ready.", "Deferred.": the matter put off, the minute's whole outcome
    r"|(?:Defer(?:red)?|DEFER(?:RED)?)(?:\s+(?:until|to|till)\b[^.;]{2,120})?\s*\.?\s*$"
    # "The appointments of Members was unanimously AGREED and will be shown ...": an outcome in capitals
    r"|[A-Z][^.;]{2,300}?\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?-i:APPROVED|AGREED|CARRIED|ADOPTED|ACCEPTED|RESOLVED)\b"
    # "Proposed by Councillor Linnett, Seconded by Councillor Dracup. Carried.", "Acceptance of the minutes ... was
    # proposed by Ron Skirving and seconded by Nick Lansdell. Carried." (not "Carried forward to the next meeting")
    r"|.{0,200}?\b(?:[Pp]roposed|[Mm]oved)\s+by\s+[^;]{1,120}?\b[Ss]econded\s+by\s+[^;]{1,80}?[.,]\s*(?:Carried|CARRIED)\b(?!\s+(?:forward|over)\b)"
    # "The Chair moved to record a vote of thanks, seconded by Cllr Bell and carried unanimously."; "Recommendation to set up a
    # staffing panel Prop Cllr AB, 2nd Cllr CD carried" (never one lost or not carried)
    r"|(?![^\n]{0,400}\b(?:not\s+carried|lost|defeated|fell|withdrawn)\b)(?:.{0,200}?(?<=[.!?])\s+)?[^.;]{0,120}?\bmoved\s+(?:that|to)\s[^;]{1,200}?\b[Ss]econded\s+by\s[^;]{1,80}?\band\s+(?:was\s+)?(?:unanimously\s+)?(?:carried|CARRIED|agreed)\b"
    r"|(?![^\n]{0,400}\b(?:not\s+carried|lost|defeated|fell|withdrawn)\b).{0,200}?\bProp(?:osed)?\.?\s+(?:by\s+)?(?:Cllr\.?\s+|Councillor\s+)?[A-Z][^;,]{0,40}?,?\s+(?:2nd|[Ss]ec(?:onded)?\.?)\s+(?:by\s+)?(?:Cllr\.?\s+|Councillor\s+)?[A-Z][^;,]{0,40}?,?\s+(?:carried|CARRIED|agreed)\b"
    # "The following amendment was agreed to item 8: ...", "The amendments were accepted."
    r"|The\s+(?:following\s+)?amendments?\s+(?:was|were)\s+(?:duly\s+)?(?:agreed|accepted|approved|made|noted)\b"
    # "A donation of \u00a380 was authorised to the scout group.": a grant made, the minute's one sentence (never one reported)
    r"|(?:[Aa]|[Tt]he)\s+(?:donation|grant|contribution)\s+of\s+\u00a3[^.;]{1,160}?\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:agreed|approved|authori[sz]ed)\b(?!\s+by\b)[^.;]*\.?\s*$"
    # "The Scorecard Report for April to June was approved by members.", "... the report was adopted on the proposal of Cllr A"
    r"|(?:The\s+)?[A-Z](?:(?!\b(?:reported|said|told|informed)\b)[^.;]){2,160}?\s(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:approved|adopted|agreed|accepted|endorsed)\s+"
    r"(?:by\s+(?:all\s+)?(?:members|those\s+present|councillors\s+present)\b|on\s+the\s+(?:proposal|motion)\s+of\b)"
    # "The hedge quote was considered. This was approved.", "... moved item 10 forward. This proposal was unanimously agreed.",
    # "... would like to install bird boxes. Unanimously approved.": a short verdict closing the paragraph that put the matter
    # (never after another body's business: "... received from the District Council. 23/0456 Rose Cottage. Approved.",
    # "the governors had met to consider the uniform policy. This was approved.")
    # (nor a planning application's own verdict, "31/00455/HOU 14 Elm Grove, loft conversion. Approved.")
    r"|(?!.*\b(?i:(?:district|county|borough|city|unitary)\s+council|governors|trustees|planning\s+(?:authority|department|officer)|decisions?\s+(?:have|has)\s+been\s+received"
    r"|(?:decisions?\s+)?notified\s+by|had\s+(?:met|looked\s+at|considered|approved|agreed|granted|refused|decided)|met\s+(?:last|earlier|on)|\d{2}/\d{3,5}(?:/[A-Z]{2,4})?)\b"
    r"|.*\b[A-Z][a-z]+\s+Council(?:'s|\u2019s)\s|.*\b(?:approved|agreed|considered)\s+by\s+(?!the\s+(?:council|committee|meeting|members)\b)(?:the\s+)?[A-Z])"
    r".{0,1200}?(?<=[.!?])\s+(?:(?:This|That)\s+(?:(?:proposal|request|motion|suggestion|recommendation)\s+)?was\s+(?:then\s+|duly\s+)?(?:(?P<seconded>(?i:seconded))(?:\s+by\s+[^.!?]{2,60}?)?\s+and\s+(?:(?:the\s+(?:Board|Council|Committee|Commissioners|meeting)|all(?:\s+members)?)\s+)?)?"
    r"(?:unanimously\s+)?(?i:agreed|approved|accepted|carried|(?(seconded)(?:resolved|passed)|(?!)))(?:\s+(?:to|and\s+noted))?|Unanimously\s+(?:approved|agreed|carried)|Approved|Agreed|Carried|UNANIMOUSLY\s+(?:APPROVED|AGREED))"
    r"(?:\s+(?:unanimously|by\s+(?:all|everyone)(?:\s+present)?|nem\.?\s*con\.?))?\s*[.!]?\s*$"
    # "AM presented the monthly report and this was agreed."
    r"|.{0,200}\band\s+this\s+was\s+(?:unanimously\s+)?(?:agreed|approved|accepted)\.?\s*$"
    # "The Committee took note of the paper.", "All Board members present agreed with the new proposal."
    rf"|(?:{_WHO})\s+took\s+note\s+of\b|All\s+(?:{_WHO}\s+)?(?:members\s+)?(?:present\s+)?agreed\s+with\b"
    # "Minutes confirmed with one amendment", "Payments for September confirmed"
    r"|(?:[Tt]he\s+)?(?:[Mm]inutes|[Pp]ayments?|[Aa]ccounts|[Ss]chedule\s+of\s+[Pp]ayments)\b(?:(?!\b(?:was|were|the\s+minutes)\b)[^.]){0,40}?(?<!\sbe)(?<!\sto)\s(?:confirmed|approved|agreed|accepted)"
    r"(?:\s+(?:with|as|by|subject)\b[^.]{0,80})?(?:\s+[-\u2013\u2014]\s+.{0,240})?\.?\s*$"  # lower case: "Minutes Confirmed" is a Scottish item's title
    r"|(?:This|The)\s+(?:item|matter|report)\s+was\s+(?:deferred|withdrawn|continued|adjourned|carried\s+forward)\b"
    # "The verge contract was agreed for another year.", "A later date for the fete was agreed.", "Dispensation for Cllr Hale was
    # agreed due to illness.": a thing put to the meeting and agreed, the line's one sentence (never another body's verdict,
    # "... was approved by the district", one agreed before, "... was agreed last year", "... had been approved", a planning
    # application's fate, nor what someone reported: "The grant the hall applied for was approved"; "This proposal was agreed"
    # keeps the sentence it answers, read below)
    r"|\s*(?:\d{1,2}[.)]\s+)?(?:The|A|An|(?!(?:Apologies|Minutes|This|That|These|Those|Their|There)\b)[A-Z][a-z]{3,})\s+"  # (a list's point: "2. The draft ...")
    r"(?:(?!\b(?:reported|said|told|informed|explained|applied|asked|had|has|have|which|who|that|when|if|whether|not|it|he|she|they|we|district|county|borough"
    r"|applications?|appeals?|permission|consent|licences?)\b)[^.;:!?]){1,120}?"
    r"\s(?:was|were)\s+(?:duly\s+|unanimously\s+|then\s+|also\s+)?(?:agreed|approved|accepted|adopted|ratified|endorsed)\b"
    r"(?!\s+(?:in\s+(?!principle\b)|at\s+(?!this\b|a\s+cost\b|\u00a3|\d)|on\s+\d|last|previously|earlier|before|after|following|but|that|to\s+be|with|by\s+(?!(?:all|everyone|members|councillors|(?:the\s+)?(?:council|committee|board|panel|meeting|members))\b)))"
    r"(?![^.;]{0,160}\b(?:last\s+(?:meeting|month|year)|previous\s+meeting|district|county|borough)\b)[^.;]{0,160}\.?\s*$"
    # "ACTION: Financial Regulations 2036 adopted": the label over its outcome; "The council is happy to renew its insurance ..."
    r"|ACTION\s*:\s*[A-Z][^.;:]{2,80}?\s(?:adopted|approved|agreed|accepted)\.?\s*$"
    r"|(?:The\s+)?(?:(?:Parish|Town|Community)\s+)?[Cc]ouncil\s+(?:is|are)\s+happy\s+to\s+(?:renew|accept|approve|support|agree|continue|pay|fund|grant|adopt)\b"
    # ("The council does not wish to take any action on the new parking charges.": its decision to do nothing)
    r"|(?:The\s+)?(?:(?:Parish|Town|Community)\s+)?[Cc]ouncil\s+(?:does|do)\s+not\s+wish\s+to\s+(?:take|make|pursue|respond|comment|object|support|proceed|pay|fund|renew|join)\b"
    # "Agreed by the council to cover this cost."
    r"|Agreed\s+by\s+(?:the\s+)?(?:council|committee|PC|members|all|councillors)\s+(?:present\s+)?(?:to|that)\s"
    # "Vote unanimous to accept.", "Voting unanimous in acceptance": the vote is the outcome
    r"|(?:Vote|Voting|Votes)\s+(?:was\s+)?unanimous(?:ly)?\b[^.]{0,40}\.?\s*$"
    # "Apologies accepted.", "The accounts were checked and agreed.", "Current balances were checked and agreed"
    r"|(?:[^.]{0,120}\.\s+)?Apologies\s+(?:were\s+)?(?:accepted|approved|noted)\b\.?\s*$"
    # "Apologies were accepted from Cllr Hale.", "Apologies from Cllr Dunn were received and accepted."
    # (and a minute's whole line, "1. Apologies for absence received and approved from Cllr Dunn, PCSO Hale")
    rf"|Apologies\s+(?:(?:for\s+absence|from\s+{_NAMES}{{2,120}}?)\s+)?(?:(?:were|was)\s+(?:received\s+(?:from\s+{_NAMES}{{2,120}}?\s+)?and\s+)?|received\s+and\s+)(?:duly\s+|unanimously\s+)?"
    rf"(?:accepted|approved)\b(?:\s+(?:from|for)\s+{_NAMES}{{2,120}}?)?\.?\s*$"
    # "The meeting accepted this as a proper reason for absence.": the apologies accepted, after they are told
    r"|(?:The\s+)?(?:meeting|[Cc]ouncil|[Cc]ommittee|[Mm]embers)\s+accepted\s+(?:this|these|the\s+(?:apologies|reasons?\s+given))(?:\s+as\s+(?:a\s+|the\s+)?(?:proper|valid|acceptable|good)\s+reasons?\b[^.]{0,40})?\.?\s*$"
    r"|(?:[Tt]he\s+)?(?:\w+\s+)?(?:[Aa]ccounts?|[Bb]alances?|[Bb]ank\s+reconciliations?|[Bb]udget|[Pp]recept)\b[^.]{0,60}?\b(?:was|were)\s+(?:duly\s+)?"
    r"(?:checked|reviewed|received|considered)\s+and\s+(?:agreed|approved|accepted|confirmed|signed)\b"
    # "Appointment of Ian Dale as Clerk was confirmed and contract of employment signed" (not "had been confirmed")
    r"|(?:[Tt]he\s+)?(?:[Aa]ppointment|[Cc]o-option|[Rr]esignation|[Ee]lection)\s+of\s+[^.;]{2,120}?\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:confirmed|approved|agreed|accepted|ratified)\b"
    r"(?!\s+by\s+(?!(?:the\s+)?(?:council|committee|board|panel|meeting|members|councillors|all|those|a\s+show|show|unanimous|a\s+(?:majority|vote)|vote|acclamation)\b))"
    # "The decision to relocate the board is deferred until after the Parish Meeting on 9th April."
    r"|(?:[Tt]he\s+)?decision\s+(?:to|on|about|regarding)\b[^.;]{2,120}?\b(?:is|was|has\s+been)\s+deferred\s+(?:until|to)\s+(?:after\s+)?(?:the\s+)?"
    r"(?=[^.]{0,60}\b(?:meeting|AGM|further|quotes?|more|January|February|March|April|May|June|July|August|September|October|November|December)\b)"
    r"(?![^.]{0,60}\b(?:county|district|borough|government|police)\b)[^.]{3,120}\.?\s*$"
    # "a. On the proposition of Cllr Hatcher, and seconded by Cllr James, the Council authorised the Chair to sign ..."
    r"|(?:\(?[a-z]\)?[.)]?\s+)?On\s+the\s+(?:proposition|proposal|motion)\s+of\b[^;]{2,120}?\bseconded\s+by\b[^;]{2,80}?,\s+(?:the\s+)?"
    r"(?:Council|Committee|Board|Panel|Members|Councillors)\s+(?:authori[sz]ed|agreed|resolved|approved|decided|accepted|adopted)\b"
    # "(5) Items agreed for payment: ...": the payments the meeting approved
    r"|(?:\(\d{1,3}\)\s+)?(?:Items?|Payments?|Accounts?|Invoices?|Cheques?)\s+(?:agreed|approved)\s+for\s+payment\b(?=\s*[:\u2013-]|\s*\.?\s*$)"
    # "Deferred to the next meeting.", "Item deferred until the June meeting."
    r"|(?:(?:This|The)\s+)?(?:(?:[Ii]tem|[Mm]atter|[Rr]eport|[Dd]ecision)\s+)?(?:DEFERRED|[Dd]eferred)\s+(?:to|until)\b[^.]{3,100}\.?\s*$"
    # "Submitted and confirmed as a true record.", "APPROVED", "... put to the vote and AGREED."
    r"|(?:Submitted|Read)\s+and\s+(?:confirmed|approved|agreed|noted|signed|accepted)\b|(?:APPROVED|CONFIRMED|CARRIED)\.?\s*$"
    r"|.{0,200}\bput\s+(?:[\w-]+\s+){0,3}?to\s+the\s+vote\b.{0,80}\b(?:AGREED|agreed|CARRIED|carried)\.?\s*$"
    # "The recommendations in the report were agreed.", "The report was APPROVED.", "The motion was CARRIED."
    r"|(?:The\s+)?(?:recommendations?|report|motion|amendment|proposals?)(?:\s+(?:in|of|set\s+out\s+in|contained\s+in)\s+the\s+report)?"
    r"\s+(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:AGREED|agreed|APPROVED|approved|ADOPTED|adopted|ACCEPTED|accepted|ENDORSED|endorsed|CARRIED|carried|LOST|lost)"
    r"(?:\s+(?:unanimously|as\s+(?:amended|a\s+correct\s+record|set\s+out)|by\s+\d+\s+votes?\b.{0,40}|without\s+amendment))?(?:,\s+.{0,200}?)?\s*\.?\s*$"
    # "The scout group's request to use the hall on 14 March was granted."
    r"|(?:[\w'\u2019.-]+\s+){0,5}(?:request|application)s?\b[^.;]{0,100}?\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:granted|approved|agreed)\.?\s*$"
    # the council's comment on a planning application: "31/00412/FUL 4 Mill Lane, rear extension \u2013 Supported.", "PL/2031/0042
    # Ash House: No objections.", "The Parish Council had no objection to the application." (never another body's: "The
    # District Council approved ...", nor a neighbour's, "... wrote in support")
    rf"|{_PLANNING_VERDICT}"
    # "The motion was declared CARRIED.", "The Chair signed the minutes ... as a true record."
    r"|.{0,200}\bdeclared\s+(?:(?:the\s+)?(?:motion|amendment|recommendations?|proposal)\s+)?(?:to\s+be\s+)?(?:CARRIED|carried|LOST|lost|defeated)\b"
    r"|(?!.*\b(?:shall|will|to|be|should|not|n't)\s+(?:be\s+)?signed\b).{0,200}\bsigned\b.{0,120}\b(?:true|correct|accurate)\s+record\b)",
)

# An outcome that records the meeting agreeing, approving or carrying something (not noting it): several in one
# minute are several decisions ("The quote for the hedge was considered. This was approved." then "... Agreed.")
_AGREEMENT = re.compile(
    r"\b(?:agreed|approved|accepted|adopted|carried|endorsed|ratified|granted|in\s+favour|AGREED|APPROVED|ACCEPTED|ADOPTED|CARRIED|Agreed|Approved|Carried)\b"
)
_NOTING = re.compile(r"(?i)\b(?:noted|took\s+note|received\s+the\s+minutes)\b")


def agreement_outcome(text: str) -> bool:
    """Whether an outcome sentence records an agreement of the meeting rather than a noting."""
    return bool(_AGREEMENT.search(text)) and not _NOTING.search(text)


_WORD = re.compile(r"\b[a-z][a-z'\u2019]{3,}\b")  # a word of four letters or more, in lower case
_VOTE_WORDS = frozenset(
    "proposed seconded moved carried agreed approved favour unanimously unanimous councillor councillors cllr cllrs motion proposal "
    "vote voted votes against abstention abstentions this that with were which there then duly also members meeting approval refusal "
    "recommendation recommendations line accordance acceptance accepted".split()
)


def vote_on(text: str, decided: list[str]) -> bool:
    """Whether an agreement outcome beside a minute's decision is only its vote: movers and a verdict with nothing of its own
    ("Proposed Cllr Birch, seconded Cllr Cobb. All in favour.", "The motion was carried."), or the decision's matter again."""
    own = _own_words(text)
    theirs = {w for other in decided for w in _WORD.findall(other.lower())}
    return not own or len(own & theirs) >= 2


def _own_words(text: str) -> set[str]:
    """An outcome's words beyond its movers and its verdict: none for a bare vote ("Proposed A, seconded B. All in favour.")."""
    return {w for w in _WORD.findall(text) if w not in _VOTE_WORDS}


def agreements_of_their_own(agreed: list, decided: list, near: list) -> list:
    """The agreement outcomes (start, kind, lines) that are decisions of their own: never the vote on a decision beside them
    (any of `decided`; or, for a bare vote, an outcome of `near` on its line or up to three lines above: "It was proposed ...
    that the tender be accepted. Vote: 4 for. Carried.")."""
    texts = [" ".join(block) for _, _, block in decided]
    return [entry for entry in agreed if not (texts and vote_on(entry[2][0], texts))
            and not (not _own_words(entry[2][0]) and any(0 <= entry[0] - other[0] <= 3 and other is not entry for other in near))]


# the minutes signed, and no more: "The minutes were then signed by the Chair." (not "... signed as a true record")
MINUTES_SIGNED_ONLY = re.compile(r"(?i)^(?:the\s+)?minutes\s+(?:were|was)\s+(?:then\s+|duly\s+)*signed\b(?![^.]*\b(?:approved|agreed|accepted|adopted|confirmed|(?:true|correct|accurate)\s+record)\b)")


# the outcomes above that count each on their own (the council's comment on each planning application too)
OWN_DECISION = re.compile(rf"{_PROPOSAL_ANSWERED}|^{_SUMS_APPROVED}|^{_AGENDA_APPROVED}|^{_READ_AND_SIGNED}|^(?:{_PLANNING_VERDICT})")


# one line, one outcome at its end: never a vote after a proposal ("... be accepted, unanimously agreed") nor after a sentence
_LISTED_OUTCOME = re.compile(r"\S(?:\s+|(?<=\d))(?:[Uu]nanimously|UNANIMOUSLY)\s+(?:agreed|approved|AGREED|APPROVED)\s*\.?\s*$")
_NOT_LISTED = re.compile(
    r"(?i)\b(?:propos\w*|second\w*|moved|resolved|that|was|were|had|has|have|is|are|not|reported|said|which|who|where|attending|residents)\b"
    r"|^\s*(?:It|This|All|Cllr|Councillor|Mr|Mrs|Ms|Dr|District|County|Ward)\b|[a-z0-9)][.!?]\s+[A-Z]|[\u2013\u2014-]\s*(?:unanimously|UNANIMOUSLY)"
)


# "22nd February; unanimously approved with one abstention;", "8th March; approved with amendments;": under "Approve Minutes
# of:", each meeting's date and the verdict on its minutes
_DATED_OUTCOME = re.compile(
    r"^\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?"
    r"\s*[;,:\u2013-]\s*(?:(?:unanimously|UNANIMOUSLY)\s+)?(?:approved|agreed|accepted|confirmed|signed|APPROVED|AGREED)\b[^.;]{0,120}[;.]?\s*$"
)


# "Budget review figures agreed.": a thing and the meeting's word on it, nothing else; "The Clerk tabled the bank statements,
# which were accepted by all.": a thing laid before the meeting, then its word on it
_THING_AGREED = re.compile(
    r"^\s*(?P<what>[A-Z](?![\w'\u2019 ,&/\u00a3.-]*\b(?:be|been|being)\s+(?:agreed|approved|accepted|noted))[\w'\u2019 ,&/\u00a3.-]{3,80}?)"
    r"\s+(?:agreed|approved|accepted|(?<!\bwas\s)(?<!\bwere\s)(?<!\bas\s)(?:(?:tabled|received|read)\s+and\s+)?noted)\s*\.?\s*$"
)
# (a thing noted, "Consultation on the wind farm noted.", "Accounts tabled and noted.", never a person's word, "Cllr Ash noted",
# nor "NYCC Nothing noted.", "No issues noted.")
_NOTER = re.compile(r"(?i)^\s*(?:it\b|(?:the\s+)?(?:cllrs?|councillors?|mr|mrs|ms|dr|clerk|chair\w*|mayor|treasurer|members?|he|she|they|we)\b)")
_WHICH_WERE_AGREED = re.compile(
    r"^\s*[A-Z][^.;]{3,200}?,\s+which\s+(?:was|were)\s+(?:unanimously\s+|then\s+|duly\s+)?(?:accepted|approved|agreed|adopted)(?:\s+by\s+all(?:\s+present)?|\s+unanimously)?\s*\.?\s*$"
)


def listed_outcome(line: str) -> bool:
    """ "Planning Panel meeting held on 8.9.31 Unanimously agreed": a line that is one thing and the meeting's outcome on it
    (each set of minutes confirmed in a list); "Budget review figures agreed."; "..., which were accepted by all."."""
    if len(line) > 240:
        return False
    thing = _THING_AGREED.match(line)
    if thing and len(thing.group("what").split()) >= 2 and not _NOT_LISTED.search(line) and not re.match(rf"\s*{_WHO}\s*$", thing.group("what")) \
            and not (line.rstrip(" .").endswith("noted") and (_NOTER.match(thing.group("what")) or len(thing.group("what").split()) < 3 and not re.search(r"\band\s+noted\s*\.?\s*$", line) or re.search(r"(?i)\b(?:nothing|none|no(?:\s+[\w-]+){0,2})$", thing.group("what")))):
        # (a thing of two words or more: "Recommendations approved", "Unanimously agreed." are other readers' words)
        return True
    return bool(_LISTED_OUTCOME.search(line)) and not _NOT_LISTED.search(line) or bool(_DATED_OUTCOME.match(line)) or bool(_WHICH_WERE_AGREED.match(line))


def plain_opening(line: str) -> str:
    """A decision's opening words as the openers read them: "On a vote, it was agreed ..." with its "It" in capitals,
    and "Members, having considered the report, agreed that ..." without how they came to it, between who and the verb."""
    # ("**2.1** it was unanimously agreed ...": a paragraph's number, set in bold, before a sentence in lower case)
    # (and "IT was agreed the Clerk would ...": its shift held a letter too long)
    line = re.sub(r"^(\s*(?:\d{1,3}(?:\.\d{1,2}){1,2}\.?\s+)?)(?:it|IT(?=\s+was\s+[a-z]))\s+was\b", r"\1It was", re.sub(r"^\s*\*\*(\d{1,3}(?:\.\d{1,2}){1,2}\.?)\*\*\s+", r"\1 ", line))
    line = re.sub(r"^\s*(?:On|Upon|After|Following)\s+(?:a|the)\s+(?:\w+\s+)?vote(?:\s+(?:being\s+)?taken)?,\s+it\s+was\s+(?=(?:agreed|resolved|decided)\b)", "It was ", line)
    if re.search(r"\b[A-Z] [A-Z] [A-Z] [A-Z]\b", line):  # ("R E S O L V E D \u2013 that:", "RESOLVED - T H A T the minutes ...": spaced out)
        line = re.sub(r"(?<=\s)T H A T(?=\s)", "That", _SPACED_OUT.sub(lambda m: m.group(0).replace(" ", ""), line))
    return re.sub(rf"^(\s*{_PARA}{_WHO}),\s+having\s+[a-z]+\s+[^,;.]{{2,120}},\s+(?=(?:agreed|resolved|decided|approved|AGREED|RESOLVED)\b)", r"\1 ", line)


def as_said(line: str) -> str:
    """A decision whose sentence says who decided, as printed from who decided ("the Committee agreed that ...", its
    paragraph number and how the meeting came to it gone, and "agreed, that" read without the comma)."""
    said = re.sub(rf"^\s*{_PARA}", "", line).strip()
    return re.sub(r"^(\S+\s+\S+\s+\w+),(?=\s+that\b)", r"\1", said)


# how a decision came about, in any words, before the meeting's decision: "Following the resignation of Cllr Dale, it was
# decided to ...", "Following a request from a resident the council agreed to ...", "In view of the cost, it was agreed that ..."
# (never "After the meeting", nor one person's agreement: "Following the visit, the Clerk agreed to ...")
GENERAL_LEAD_IN = (
    r"(?:After|Following|Further\s+to|In\s+(?:view|light)\s+of|In\s+response\s+to|Given|Due\s+to|As\s+a\s+result\s+of|Owing\s+to)"
    r"\s+(?!(?:the|this|that)\s+meeting\b)[^,;.:!?]{3,160}?"
)
_LED_IN = re.compile(
    rf"^\s*(?:\(?(?:[a-h]|[ivx]{{1,4}}|\d{{1,2}})[.)]\s+)?(?P<lead>{GENERAL_LEAD_IN})(?:,\s*|\s+)"
    r"(?P<rest>[Ii]t\s+was\s+(?:\w+\s+){0,2}?(?:agreed|resolved|decided|concluded|AGREED|RESOLVED|DECIDED)\b.*"
    # (the meeting's own body, "the council", "the Parish Council", "Members"; never another's, "the Youth Forum", "the Library Board")
    rf"|(?:(?:the|The)\s+(?:(?:[A-Z][\w'\u2019-]+\s+)?(?:Parish|Town|Community|City|Full|parish|town|community|full)\s+)?(?i:council|committee|board|panel|meeting|cabinet)|Members|Councillors|members|councillors)\s+"
    r"(?:(?:unanimously|therefore|then)\s+)?(?:agreed|resolved|decided|AGREED|RESOLVED|DECIDED)\b.*)$"
)


_TOLD_OF = re.compile(r"(?i)\b(?:last|previous)\s+(?:month|year|week|meeting|time)\b|\bpreviously\b|\bearlier\b|\bin\s+(?:19|20)\d\d\b|\bago\b")


def led_in(line: str, read) -> tuple[str, str] | None:
    """A decision after how it came about, read by `read` (the openers) without it, then given it back as its lead-in."""
    found = _LED_IN.match(line)
    rest = found.group("rest") if found else ""
    if rest and (re.search(r"(?i)\bthe\s+fact\b", found.group("lead")) or _TOLD_OF.search(found.group("lead")) or _TOLD_OF.search(re.split(r"(?<=[a-z0-9)][.!?])\s", rest)[0])):
        return None  # ("In light of the fact the committee agreed last month to ..., Cllr Sallow asked ...": one told of)
    decided = read(rest[0].upper() + rest[1:]) if rest else None
    if not decided or decided[0] != "decision" or not decided[1].strip():
        return None
    text = decided[1] if not decided[1].startswith("The ") else f"the {decided[1][4:]}"
    return "decision", f"{found.group('lead').strip()}, {text}"


# "Following a vote," left alone where a line was cut before who decided ("... consultation. Following a vote, | the
# Committee resolved ..."): how the next decision came, never more of the one before
LEAD_IN_ALONE = re.compile(rf"^\s*{LEAD_IN}\s*$")
_SPACED_OUT = re.compile(r"\b(?:R E S O L V E D|A G R E E D|D E C I D E D|D E C I S I O N|R E C O M M E N D E D)\b")
