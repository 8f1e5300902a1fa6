"""The verbs a task is written with: "Clerk to contact Highways", "Action: Order new pads".

A doer followed by "to" and one of these ("Cllr Hale to chase the quote") is a task; a verb outside
the list ("Members to note ...", "Clerk to attend to ...") needs more before it counts.
"""

from __future__ import annotations

# (a task done again, "re-advertise the post", "re-send the letter", as its verb reads)
FIRM_VERBS = (
    r"(?:re-)?(?:circulate|provide|send|write|share|forward|(?:re-?)?arrange|supply|report\s+(?:back|progress|on|to)|report(?=\s+(?!that\b|whether\b|if\b|how\b|what\b)[a-z]|\s*\.?\s*$)|update|feed\s+back|"
    r"follow\s+up|look\s+(?:further\s+|again\s+)?into|contact|verify|examine|refer(?=\s+(?:the|this|these|it|them|both|all|any)\b[^.;]{0,60}?\bto\b)|raise|go\s+ahead(?=\s+(?:and\s+[a-z]|with\b))|thank(?=\s+(?:the\s+|all\s+(?:the\s+)?)?(?:[A-Z]|[a-z]+(?:\s+[a-z]+)?\s+for\s))|go\s+back\s+to(?=\s+(?:him|her|them|[A-Z]|the\s+(?:[\w-]+\s+)?(?:contractors?|officers?|council|county|company|owners?|landowners?|highways|police|school|suppliers?|applicants?|residents?|developers?|agents?)\b))|"
    r"express(?=\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:[\w'\u2019-]+\s+)?(?:concerns?|thanks|support|objections?|views?|disappointment)\b)|email|distribute|check|confirm|liaise|liase|bring|organise|"
    r"organize|visit|pass|investigate|review|present|set\s+up|invite|respond|reply|produce|prepare|"
    r"explore|include|add|publish|attend|ask|meet|collate|take\s+up(?=\s+(?:the\s+|this\s+|these\s+)?(?:[\w'\u2019-]+\s+){0,2}?(?:matter|issue|question|point|concern|complaint|case|problem)s?\b)|take\s+(?:this|it|these|them|that|the\s+matter)\s+up(?=\s+with\b)|let(?=\s+(?:[\w'-]+\s+){1,4}know\b)|"
    r"obtain|chase(?:\s+up)?|order|book|draft|notify|upload|source|speak|talk|place|put\s+up|display|install|replace|repair|pass\s+on|convey|"
    r"purchase|buy|keep|maintain|inspect|compare|research|enquire|make\s+(?:further\s+|some\s+|more\s+|initial\s+|the\s+necessary\s+)?(?:enquiries|inquiries)|ascertain|find\s+out|find\s+(?:this|it|that|these|them)\s+out|seek|approach|clarify|carry\s+out|"
    r"complete|submit|sign|fill\s+in|fill\s+out|progress|log|assist|transfer|inform|advise|remind|advertise|pursue|claim|"
    r"invoice|quote(?=\s+for\b)|"  # ("said she would invoice for the hire", "Wicksteed asked to quote for the repair")
    # (never "tell", "ring" or "register": "Members to ring the Clerk if they cannot attend" is a standing rule)
    r"generate|compile|create|design|(?:tele)?phone|amend|cancel|test|measure|survey|co(?:\s*-\s*)?ordinate|print|plant|mow|strim|fit|"
    r"draw\s+up|sort\s+out|put\s+together|host|acquire|hire|reschedule|instigate|highlight|interview|follow\s+(?:this|it|that|these|them)\s+up(?!\s+(?:\w+\s+){0,4}(?:himself|herself|themselves))|"
    r"get|look\s+at|put|patrol|map\s+out|mark(?=\s+(?:out|(?:them|it)\s+out)\b)|collect|remove|clean|tidy|deliver|empty|lodge|apply|request|post|clear|cut|trim|fix|mend|paint|erect|renew|consult|revisit|pay|query|challenge|identify|lay|price|cost\s+up|establish|set(?=\s+(?:a|an|the)\s+(?:[\w-]+\s+)?dates?\b)|form(?=\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:list|group|panel|plan)\b)|instruct|engage|commission|issue|return|"
    r"ensure|negotiate|allocate|acknowledge|pick\s+(?:(?:this|it|these|them|that)\s+)?up|take\s+(?:(?:this|it|these|them|that)\s+|the\s+(?:[\w'\u2019-]+\s+){1,4}?)forward|take\s+(?:(?:immediate|urgent|further|the\s+necessary)\s+)?steps|see\s+(?:if|whether)\b|"
    r"give(?=\s+(?:[\w'\u2019.-]+\s+){0,3}?(?:details|contact|a\s+copy|copies|information|access|notice|keys?)\b)|"
    r"make(?=\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:payment|donation|application|claim|booking|complaint|referral|note)\b|\s+contact\b)"  # ("make contact again", "make a note of")
    # "Mrs Ford will hold a meeting with the youth club" (never "hold the next meeting on ..."), "EP will manage the content"
    # (not "take over": a role taken on is no task to follow up)
    r"|object(?=\s+to\s)|correspond(?=\s+with\s)|correct(?=\s+(?:the|this|these|it|them)\b)|summari[sz]e|undertake|reimburse|refund|look\s+again\s+at|hold(?=\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:meeting|event|session|consultation|surgery|workshop|drop-in|open\s+day)s?\b)|"
    r"manage(?=\s+(?:the|this|these|its|our)\s)"
    # "GF will scan the plans for those without email", "the Clerk will photocopy the plans"
    r"|scan|photocopy|copy(?=\s+(?:the|this|these|it|them)\b)"
    # "Clerk to revise the policy", "BT to inquire whether ...", "MD to find stone for the wall", "BR to comment on the map",
    # "Clerk to find article on the Facebook page"
    # ("Cllr Salt will find the lease papers": what the council holds)
    r"|look\s+out(?=\s+(?:the|a|an|some|any|his|her|their|its|old)\s)"  # ("Cllr Sale will look out the old plans")
    # "The Clerk was asked to communicate the concerns to the county", "... communicate with the school" (never "communicate well")
    r"|communicate(?=\s+(?:with|to|the|this|these|that|in\s+(?:a\s+)?similar|in\s+the\s+same)\b)"
    r"|revise|inquire|brief|store|find(?=\s+(?:a|an|some|more|suitable|out|[a-z]+\s+for|the\s+(?:[\w-]+\s+){0,2}(?:paperwork|papers|documents?|files?|deeds|records|plans|contract|lease|correspondence|keys?)|(?:[\w-]+\s+)?(?:article|information|details|quotes?|contractors?|suppliers?|volunteers?|venue|funding|grants?))\b)|comment(?=\s+on\s+(?:this|it|that|these|them|the\s+[a-z])\b)"
    # "Cllr Fyfe would discuss the counts with the county engineer" (never "discuss it at the next meeting")
    r"|discuss(?=\s+(?:[\w'\u2019-]+\s+){1,6}?with\s)"
    # "Cllr Lowe volunteered to demonstrate the new laptop at the May meeting"
    r"|demonstrate|finali[sz]e"  # ("Clerk finalising payments": as "the Clerk will finalise payments")
    # "Clerk to close the old Lloyds account", "open a new deposit account" (never "close the meeting")
    r"|close(?=\s+(?:the|our|its|this|that|a)\s+(?:[\w'\u2019&-]+\s+){0,3}?(?:bank\s+)?accounts?\b)|open(?=\s+(?:a|an|the)\s+(?:[\w'\u2019&-]+\s+){0,3}?accounts?\b)"
    r"|press(?=\s+(?:the\s+)?(?:(?-i:[A-Z])|(?:county|district|borough|town|city)\s+council\b|highways\b|police\b))"  # ("would continue to press the County on this")
    # "the ward councillor will call in to committee if the officer is minded to approve", "... will call the application in"
    r"|call\s+in(?=\s+(?:to|the|this|it)\b)|call\s+(?:it|the\s+application|this\s+application)\s+in\b"
    # "RESOLVED to offer the waiting-list applicant plot 7" (never "offer support")
    r"|offer(?=\s+[^.;]{0,40}?\b(?:plot|allotment|tenancy|lease|vacancy|post|job|contract|place)s?\b)"
    # "Cllr Oates will push for a crossing at the December meeting"
    r"|push\s+(?:(?:this|it|these|them|that)\s+)?forward|push\s+for(?=\s)"
    # "The Clerk was asked to carry this forward to the November meeting": the business put to a later meeting
    # ("The Clerk will take instruction from YLCA about grant funding": advice to seek)
    r"|take\s+(?:instruction|advice|guidance)\s+from(?=\s)"
    r"|carry\s+(?:(?:this|it|these|them|that)\s+|the\s+(?:[\w'\u2019-]+\s+){1,3}?)forward(?=\s+(?:to|until)\b)"
    # "Cllr Ovens to continue to chase the County": more of work begun (never "continue to monitor", standing work)
    r"|continue\s+to\s+(?:chase(?:\s+up)?|pursue|liaise|follow\s+(?:this\s+|it\s+)?up|look\s+into|investigate|seek)\b"
    # "DD to make the fence safe until it is repaired"
    r"|make(?=\s+(?:the|this|that|it|them|these|those)\s+(?:[\w'-]+\s+){0,3}?(?:safe|secure|good)\b)"
    # "KCC will enter a comment asking for ...", "the Clerk will enter the details on the website" (never "enter the hall")
    r"|enter(?=\s+(?:a|an|the|this|these|its|our|their)\s+(?:[\w-]+\s+)?(?:comments?|objections?|responses?|details|data|entry|entries|figures|submissions?|bids?|applications?|nominations?)\b))"
)

# The verbs an order after an action label opens with ("Action: Contact the street team", "ACTION: Write to the school"):
# never a word that is also a name or a team's ("Chase Morley", "Survey Team", "Design Group"), and never a status
# ("Contact made with the landowner", "Order placed", "Check complete", "Report noted")
ORDER_VERBS = (
    r"(?:contact|write|e-?mail|ask|arrange|obtain|request|inform|notify|circulate|book|phone|ring|remind|invite|advise|forward|organise|organize"
    r"|investigate|confirm|clarify|liaise|send|seek|reply|respond|chase\s+up|follow\s+up|look\s+into|find\s+out"
    r"|(?:follow|take)\s+(?:this|it|that|these|them)\s+up|take\s+up|pursue)\b"  # ("ACTION: Take this up with Councillors for support")
)
# (more orders, where the words after the verb are no name or team: "Action: Review at next meeting", "Post on Facebook ...")
MORE_ORDER_VERBS = r"(?:review|post|print|check|update|report|order|add|put|place|buy|purchase|repair|remove|replace|draft|prepare|publish|chase)\b"
ORDER_STATUS = r"(?i)\b(?:[a-z]+ed|made|done|sent|paid|given|complete|correct|received|underway|on-?going|outstanding|closed|pending|in\s+hand|not\s+yet|to\s+follow|yes|no)\b"
# what follows an order's verb: its object or its preposition, never a noun run on ("Book launch", "Print run", "Invite only")
ORDER_OBJECT = r"\s+(?:(?:the|a|an|to|with|about|all|any|this|that|these|those|them|it|him|her|at|on|up)\b|[A-Z]|\d)"


# what a decision does by being made: "Suspend standing orders" (or "Suspend paragraph 3.2 of Standing Orders"), "A named
# vote to be recorded in the minutes" (these minutes record it)
DONE_BY_DECIDING = (
    r"(?:(?i:suspend|reinstate)\s+(?:(?i:paragraphs?|para\.?|rules?|orders?|sections?|parts?)\s+[\w.]{1,8}(?:\s+(?i:and|to)\s+[\w.]{1,8})?\s+(?i:of\s+))?(?i:the\s+)?(?i:standing\s+orders)\b"
    r"|(?i:be)\s+(?i:recorded|noted|minuted)\s+in\s+(?i:the\s+|these\s+)?(?i:minutes)\b)"
)
# a task's whole text that is done there and then: "Members to adjourn the meeting to hear the public", "Suspend standing
# orders", "Include his name in those present"
DONE_THERE = (
    r"(?:(?i:adjourn|reconvene)\s+(?i:the|this)\s+meeting\b|(?i:extend)\s+(?i:the|this)\s+meeting(?!\s+(?i:room|hall|space|place)s?\b)\b"
    rf"|{DONE_BY_DECIDING}"
    r"|(?i:bring|raise)\s+(?:(?i:it|this|these|them)\s+)?(?i:up\s+)?(?i:at|towards)\s+(?i:the\s+end\s+of\s+(?:the|this)\s+meeting)\b"  # ("... which he would bring up at the end of the meeting")
    r"|(?i:include)\s+(?i:his|her|their)\s+names?\s+(?i:in|among)\s+(?i:those\s+present)|(?i:add)\s+(?i:his|her|their)\s+names?\s+(?i:to)\s+(?i:those\s+present))"
)


# a task's text that waits on a trouble coming back, which may never come: "Contact if this should occur again that the
# contractor ...", "Call the police if it happens again" (the condition in its first words: never "Clerk to write to the
# landowner ... and to report it to the police if it happens again", a task now with a second that waits)
ONLY_IF_AGAIN = (
    r"(?:\S+\s+){0,3}?(?i:if|should)\s+(?i:this|it|that|they|the\s+problem)\s+(?i:should\s+)?(?i:occurs?|happens?|recurs?|continues?|arises?)\s+(?i:again)\b"
)


# a meeting named by its season, with no month: "(to take place) at a meeting in the Autumn"
SEASON_MEETING = r"(?i:\bmeeting\s+in\s+the\s+(?:spring|summer|autumn|winter)\b)"
