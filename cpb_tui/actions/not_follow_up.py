"""Decisions phrased as something to do that are no follow-up work for the action log.

"approve the minutes", "exclude the press and public", "note the calendar of meetings", "take item 9 after item 4":
each reads like a task, but the meeting did it there and then, or it is no one's errand after the meeting.
`clauses._follow_up` drops a candidate task whose text this pattern finds.
"""

from __future__ import annotations

import re

# Decisions phrased as something to do that are not follow-up work: approvals, the motion to
# go into private session, the calendar of meetings.
NOT_FOLLOW_UP = re.compile(
    r"^(?:give|grant)\s+(?:approval|consent|permission|authority|delegated\s+authority)\b"
    # a leave given there ("allow the tenant permission to put up a shed"), money moved between the council's own accounts
    # ("transfer \u00a31,200 from the deposit account to the current account"): decided, like a payment approved
    r"|^(?:allow|give|grant)\s+[^.;]{1,80}?\bpermission\s+to\b"
    r"|^(?:transfer|move)\s+\u00a3?\s?\d[\d,.]*(?:k\b)?\s+from\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?account\s+(?:in)?to\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?account\b"
    r"|\bexclude\b.{0,60}\b(?:press|public)\b|\b(?:press|public)\b.{0,40}\bexcluded\b"
    r"|^hold\s+(?:the\s+|an?\s+)?(?:(?:additional|extra|extraordinary|special|further)\s+)?meetings?\s+of\s+(?:this|the)\b"
    # changes to the wording of the paper being adopted: "Remove Section 3, last paragraph", "Replace paragraph 8.1 ..."
    r"|^(?:remove|replace|delete|insert|add|amend)\s+(?:section|paragraph|para\.?|clause|page|bullet(?:\s+point)?)\s+\d"
    r"|^consider\s+the\s+(?:matters|items?)\s+(?:in|under)\s+part\s+(?:ii|2|b)\b"
    # the committee's own agenda-setting, and business taken later in the same meeting
    # (a report added to the work programme is still due to come: that stays an action)
    r"|^(?:amend|update|undertake|note|agree|approve|adopt|give\s+consideration\s+to)\b(?!.{0,160}\b(?:report|update|item|briefing|presentation|session|review)s?\s+(?:on|about|from|of)\b)"
    r".{0,120}\b(?:work\s*(?:programme|plan)|forward\s+plan)\b"
    r"|\bunder\s+part\s+(?:b|ii|2)\b|^discuss\s+(?:it|this|the\s+item)\s+further\b"
    r"|^amend\s+(?:licence\s+)?conditions?\b(?!\s+of\s+(?:the\s+)?(?:contract|hire|lease|tenancy|agreement))"  # (a licence's, decided there; never "conditions of contract")
    # a notice of motion sent where standing orders say it is debated ("refer the motion to the Council for debate")
    r"|^refer\s+the\s+(?:notice\s+of\s+)?motion\b"
    # taking items off an agenda or a motion off the table
    r"|^(?:remove|withdraw|delete)\s+(?:the\s+)?(?:items?|motions?)\b"
    # deciding to do nothing, paying an invoice, giving someone a power
    r"|\bno\s+further\s+action\b|^(?:pay|donate|contribute(?=\s+\u00a3)|make\s+a\s+(?:financial\s+)?(?:contribution|donation|grant)\s+(?:of\s+)?\u00a3)\b|\bdelegated\s+(?:responsibility|authority|powers?)\s+(?:to|for|be)\b"
    # done at the meeting itself: the order of business, comments given there, who comes and goes
    r"|\b(?:vary|varied|change)\s+the\s+order\s+of\s+(?:business|the\s+agenda)\b|^provide\s+(?:any\s+)?comments?\s+(?:as\s+appropriate\s+)?on\b"
    r"|\b(?:entering|leaving)\s+(?:or\s+(?:entering|leaving)\s+)?the\s+(?:meeting|chamber|room)\b"
    r"|^proceed\s+(?:to|with)\s+(?:the\s+)?business(?:\s+of\s+the\s+(?:meeting|agenda))?\W*$"  # ("the Board agreed to proceed to business": the meeting went on)
    r"|^(?:(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}\s+to\s+)?(?:deal\s+with|consider|discuss|take|hear|debate)\s+(?:it|this|them|the\s+(?:item|matter|motion|report|application))\s+(?:at|during)\s+(?:this|today['\u2019]s|tonight['\u2019]s)\s+meeting\W*$"  # ("deal with it at this meeting")
    # already done: "agreed to provide paths ... and these have now been completed"
    r"|\b(?:has|have)\s+(?:now\s+|since\s+|already\s+)+been\s+(?:completed|done|carried\s+out|installed|actioned)\b"
    # the meeting's own running: an item taken earlier, someone taking the minutes today
    r"|\b(?:further\s+up|earlier\s+(?:in|on))\s+the\s+agenda\b|^(?:(?:[A-Z][\w'-]*\s+){1,3}to\s+)?take\s+the\s+minutes\b"
    # (an item moved within the meeting: "the report would move to the next agenda item", "take item 9 after item 4")
    r"|\b(?:to|until)\s+(?:the\s+)?next\s+(?:item\s+on\s+the\s+agenda|agenda\s+item)\b|\blater\s+(?:in|on)\s+(?:the|this)\s+(?:agenda|meeting)\b"
    r"|^(?:take|move|hear|consider|bring\s+forward)\s+(?:agenda\s+)?items?\s+\d{1,3}[a-z]?\s+(?:after|before|first|next|now|immediately)\b"
    r"|^bring\s+(?:agenda\s+)?items?\s+\d{1,3}(?:\.\d{1,2})?[a-z]?\s+forward\b"  # ("that item 6.1 be brought forward so that the public could hear ...")
    # a report that had nothing in it: "Councillor Hart – nothing to report"
    r"|^[^.;,]{0,80}?\bnothing\s+(?:further\s+|new\s+)?to\s+report\s*\.?$"
    # a call-in's outcome: "to confirm the original decision made by the Cabinet"
    r"|^(?:confirm|uphold)\s+the\s+(?:original\s+)?decision\b"
    # a standing practice from now on, no errand: "include the options considered within all future Cabinet reports", "make every
    # effort in future to allow for scrutiny"
    r"|\b(?:in|within|into|for)\s+all\s+future\s+(?:[\w-]+\s+){0,2}(?:reports|papers|meetings|agendas|decisions|minutes)\b|\bevery\s+effort\s+(?:[\w-]+\s+){0,3}?in\s+(?:the\s+)?future\b"
    # an action list's status: "DC to transfer balances to savings account \u2013 Complete"
    r"|\s[\u2013-]\s*(?:complete|completed|done|closed|actioned|finished)\b"
    # a standing offer, not a task: "a simultaneous translation will be provided if requested"
    r"|\b(?:if|when|where|as)\s+(?:requested|asked\s+for)\s*\.?$|(?<!\bfollow\sup\s)(?<!\bfollow-up\s)\b(?:on|upon)\s+request\s*\.?$"  # ("Sheila to follow up on request": the request followed up)
    # ("such matters be brought up as and when they arise": a standing rule, whenever it arises; never a task it follows, "write to the
    # landowner and update members as and when necessary")
    # (what is raised or dealt with is "these", "them", "any" or "such" matters: "order a replacement bin as and when required" is a task)
    # (never a named doer's duty: "Clerk to pass any further reports to the District as and when they arise")
    r"|^(?!(?:the\s+)?(?:[A-Z][\w'.-]*\s+){1,3}to\s+[a-z])(?=[^;]*\b(?:them|these|those|such|any)\b)(?:(?!\band\b)[^;])*?\bas\s+and\s+when\s+(?:appropriate|required|necessary|needed|they\s+arise|it\s+arises)\s*\.?$"
    r"|^(?:(?!\band\b)[^;])*?,\s+as\s+the\s+need\s+arises\s*\.?$"
    # handing a choice to officers is a delegation: "delegate the timing of the next meeting to officers"
    r"|^delegate\b"
    # a correction to the minutes, made at the meeting: "Paragraph 3 to be amended to read ...", "change 'Cutting Tree' to 'Cutting Rooms'"
    r"|^amend\b.{0,120}\bto\s+read\b|^(?:change|amend|correct)\s+[\u2018'\"\u201c].{1,80}?[\u2019'\"\u201d]\s+to\s+[\u2018'\"\u201c]"
    r"|^(?:change|amend|correct)\s+(?-i:[A-Z][\w'\u2019-]+)\s+to\s+(?-i:[A-Z][\w'\u2019-]+)\s*\.?$"  # ("Gregg to be amended to Greig": a name put right)
    # the last meeting's minutes agreed there and then ("Council resolved to agree the minutes of the meeting of Kelby Parish Council
    # held on 19th March"; never with something to do to them after, "... subject to the amendment ...", "and publish them")
    r"|^(?:agree|approve|accept|adopt|confirm)\s+(?:the\s+)?(?:draft\s+|previous\s+|last\s+)?minutes\s+of\s+(?:the\s+|an?\s+)?(?:[\w'\u2019-]+\s+){0,6}?meeting\b"
    r"(?![^;]*\b(?:subject\s+to|amend|correct|circulat|publish|website|upload|send)\w*)"
    # a choice not to act, "put no candidate forward for the Board", "make no comment" (never "no more than £500")
    r"|^(?:put|make|send|nominate|submit|offer|raise|take)\s+no\s+(?!more\b|less\b|later\b|fewer\b)(?![^;]*\b(?:but|and|however)\b)"  # (an errand after it stays)
    # ("it was decided that we should no longer contribute to the Playing Fields Association, a saving of \u00a320": a payment stopped)
    r"|^no\s+longer\s+(?:contribute|donate|subscribe|pay|fund|support|sponsor)\b(?![^;]*\b(?:but|and|however)\b)"
    # papers signed at the meeting: the bank reconciliations, the cheques, the minutes ("the Chair should sign them")
    r"|^(?:the\s+)?(?:chair(?:man|person)?\s+(?:should\s+|to\s+)?)?sign\s+(?:the\s+)?(?:(?:bank|monthly|quarterly)\s+)?(?:reconciliations?|cheques?|bank\s+statements?)\b"
    r"|^(?:the\s+)?chair(?:man|person)?\s+(?:should\s+|to\s+)?sign\s+(?:them|it)\b"
    # ("That the Chairman sign the draft minutes of the Annual Meeting held on 4th May", with nothing after it)
    r"|^(?:the\s+)?chair(?:man|person)?(?:\s+of\s+the\s+(?:meeting|council|committee))?\s+(?:should\s+|to\s+)?sign\s+the\s+(?:official\s+|draft\s+)?minutes\b(?:(?!\b(?:and|once|after|when|next)\b)[^;])*$"
    # a correction to the minutes set out there and then: "That the minutes be amended in respect of Minute 31/22, as follows:"
    r"|^amend\s+the\s+minutes\b[^;]{0,160}\bas\s+follows\b"
    # a change put off for now, not to a later meeting: "defer any increase at this time"
    r"|^defer\b.{0,80}\b(?:at\s+(?:this|the\s+present)\s+time|for\s+now)\b"
    # the minutes signed as a true record, at the meeting
    r"|(?:^|\bto\s+)sign\b.{0,240}\b(?:correct|true|accurate)\s+(?:and\s+accurate\s+)?record\b"
    # the month's payments approved at the meeting: "RESOLVED to make the following payments: ..."
    r"|^(?:make|approve|authori[sz]e)\s+(?:the\s+)?(?:following|above|listed|schedule\s+of)\s+payments?\b"
    # a late item taken at the meeting itself: "the Provost agreed to accept this item onto the agenda"
    r"|(?:^|\bto\s+)accept\s+(?:this|the)\s+(?:\w+\s+)?(?:item|report)\s+(?:onto|on\s+to)\s+the\s+agenda\b"
    # a figure set by the decision itself: "set the precept at £4000", "fix the hire charge at £12 an hour"
    r"|^(?:set|fix)\s+(?!up\b)(?:the\s+)?[^.;]{0,60}?\b(?:at|to|as)\s+(?:\u00a3|\$)\s?\d"
    # a named person appointed to a role, which the decision itself does: "appoint Ann Lee as Treasurer"
    r"|^(?:appoint|co-opt|elect)\s+(?-i:(?:(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019.-]*){0,3})\s+(?:as|to\s+be)\b"
    # the meeting's own procedure: the minutes confirmed, the public invited to speak, a member taking no part in an item,
    # a speaker allowed ("allow Mr Taylor to speak")
    r"|\bconfirm\s+that\s+the\s+minutes\b.{0,160}\b(?:is|are|was|were|be)\s+(?:a\s+|the\s+)?(?:true|correct|accurate)\s+record\b"
    r"|^(?:[\w'.-]+\s+){0,3}?(?:to\s+)?invite\s+(?:members\s+of\s+)?(?:the\s+)?public\s+to\s+(?:indicate|speak)\b|^(?:[\w'.-]+\s+){0,3}?(?:to\s+)?take\s+no\s+part\s+in\b"
    r"|^allow\s+(?:[\w'.-]+\s+){1,4}?to\s+(?:speak|address|attend|remain|stay|ask)\b"
    r"|^treat\s+(?:the|this|that)\s+(?:next\s+|following\s+)?(?:item|matter|report|business)\s+as\s+(?:confidential|exempt|urgent)\b"  # (how the meeting takes an item)
    # ("members agreed to accept her resignation", "The Chairman agreed to allow a late item to be taken", "Mr Rees has agreed
    # to serve another term as governor", "Director of Roads to speak": done there and then, a role kept, a guest's turn)
    # (only as the task's own verb: "Clerk to write to Cllr Dale to accept his resignation" is still a letter to write)
    r"|^(?:(?!to\b)[\w'.-]+\s+){0,4}?(?:to\s+)?(?:object\s+to\s+(?:any\b|(?:all|the|this)\s+(?:proposed\s+)?(?:[\w-]+\s+)?(?:application|development|plans?|proposals?)\b)(?![^.;]{0,80}\b(?:write|letter|submit|send|respond)\b)|accept\s+(?:(?:his|her|their|the|this)\s+)?(?:[\w'-]+\s+)?(?:resignation|apologies)\b"
    r"|allow\s+(?:an?|the)\s+(?:late|urgent|additional|extra)\s+item\b|serve\s+(?:another|a\s+(?:further|second|third|new))\s+term\b|speak\s*\.?$)"
    # (the minutes put right before they are signed: "Chairman to amend the minutes before signing")
    r"|\bamend\b[^.;]{0,80}\bbefore\s+(?:signing|they\s+are\s+signed|being\s+signed)\b"
    # ("co-opt Mr Barber", "co-opt Ann Lee and Tom Hale onto the council": the co-option is the decision's own act)
    r"|^(?:co-opt|elect)\s+(?-i:(?:(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019.-]*){0,3}(?:,\s+|\s+and\s+|\s*&\s*)?){1,4})"
    r"(?:(?:\s+(?:on\s*to|to|into)\s+the\s+(?:\w+\s+)?(?:council|committee|board))?\s*[.;]?\s*$"
    r"|\s+(?:to\s+(?:fill\s+)?|in(?:to)?\s+)the\s+(?:\w+\s+)?vacan(?:cy|t\s+(?:seat|position|place))\b)",  # ("... to the vacant seat following ...")
    re.IGNORECASE,
)
