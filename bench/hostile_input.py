"""Hostile input and hostile exports: how cpb's readers and writers hold up, in figures.

Run: python bench/hostile_input.py [--examples 2000] [--json]

1. Refusals: a named pipe, /dev/zero, a folder and a 201 MB (sparse) file, each timed from
   `read_source` to its `ImportProblem`.
2. Deep web pages: pages nested 1,000 to 1,000,000 elements deep, timed, and how each was
   read (as a tree, or as flat text past the depth limit).
3. Rising runs: numbered shapes whose numbers go up, at 1,500, 3,000 and 6,000 numbers, with how
   the time per number grows (a reader that looks back over the run for each number shows here).
4. Fuzzing: the test suite's hypothesis strategies run for `--examples` each: arbitrary text
   files and web pages through `load` (anything but an `ImportProblem` counts as a failure,
   as does an example slower than 5 s), and hostile actions through each export format, parsed
   back by the suite's checks.
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.two_writers import print_report  # noqa: E402


def refusals(folder: Path) -> list[str]:
    from cpb_tui.importers import ImportProblem, read_source

    fifo = folder / "pipe.txt"
    os.mkfifo(fifo)
    sparse = folder / "huge.txt"
    with sparse.open("wb") as handle:
        handle.truncate(201 * 1024 * 1024)
    found = []
    for path in (fifo, Path("/dev/zero"), folder, sparse):
        started = time.perf_counter()
        try:
            read_source(path)
            outcome = "read (!)"
        except ImportProblem as problem:
            outcome = problem.reason.split(":")[0]
        found.append(f"{path.name or path}: {outcome} in {(time.perf_counter() - started) * 1000:.2f} ms")
    return found


def deep_pages(folder: Path) -> list[str]:
    from cpb_tui.importers import load
    from tests.test_hostile_imports import nested_page

    found = []
    for depth in (1_000, 4_000, 100_000, 1_000_000):
        path = folder / f"deep-{depth}.html"
        path.write_text(nested_page(depth))
        started = time.perf_counter()
        source, record = load(path)
        how = "flat text, with a warning" if source.warnings else "as a tree"
        items = sum(len(meeting.items) for meeting in record.meetings)
        found.append(f"{depth:,} deep ({path.stat().st_size / 1024:,.0f} KB): {how}, {items} items, {time.perf_counter() - started:.2f} s")
    # a Markdown page's bold numbered title over 80,000 blank lines: the bold-title rule once scanned the run from every line (quadratic)
    path = folder / "blank-run.md"
    path.write_text("**1. Apologies** Cllr Fox.\n" + " \n" * 80_000 + "The meeting closed at 9pm.\n")
    started = time.perf_counter()
    source, record = load(path, committee="Ashby Parish Council", date=datetime.date(2036, 1, 14))
    found.append(f"Markdown, 80,000 blank lines ({path.stat().st_size / 1024:,.0f} KB): {sum(len(m.items) for m in record.meetings)} items, {time.perf_counter() - started:.2f} s")
    return found


# Phrases the heading, numbering and decision patterns look for, repeated along one line: a
# pattern that backtracks over them grows with the cube of the line (2,000 "Minutes of the"
# once cost 52 s in the meeting's heading); each must stay well inside the import time limit.
REPEATED = [
    "Minutes of the ", "meeting of The ", "Proposed Cllr A & Seconded Cllr B that ", "seconded by X and ", "RESOLVED to: ",
    "COUNCIL MEETING ", "12a/26 ", "[1] ", "7.10pm. ", "Deferred to ", "that the x ", "AB to ", "v Noted that ",
    # the action rules read the narrative and clauses once the page is stored: 4,000 of these on a line
    # once took 11 s, 6 s and 4 s there (they are now read 1,500 characters at a time)
    "Cllr A proposed and Cllr B seconded and approved ", "It was proposed by Cllr A that ", "has been asked to ",
    "is coming forward for ", "It was the intention to ", "2022-107 ", "Footpaths. ",
    # the tenth step's readings: a decision sentence, a meeting heading, minute numbers, passives
    "It was agreed to x. ", "ASHCOMBE COUNCIL Minutes of Meetings held ", "001-22/23. ", "10457/04/19 ",
    "would also be included on ", "was being drafted and would be brought to ", "290 | ",
    "The report be ", "request was granted. ", "It was decided to x. Resolved - That ",
    # the eleventh step's readings: sentence minutes, outcomes and tags
    "1. APOLOGIES. ", "Council NOTED that ", "were proposed by AB and seconded by ", "Sec AB. All agreed. ", "RC/19 ",
    "Update Mill Lane: x. ", "was unanimously elected ", "(Act GR) ", "That, Officers further ", "be noted and: - ",
    # one a line, 12,000 lines: three-part numbers that are dates alone once took 36 s for 20,000 lines
    "12/06/26 Notes\n",
    # the twelfth step's readings: tags after decisions, Welsh decisions and tasks, tracker rows (one a line)
    "RESOLVED to x. (Action: Clerk) ", "Penderfynwyd gofyn i ", "Clerc i ysgrifennu at ",
    "| Action | Owner | Due date | Status |\n", "| Write to x | Clerk | March 2026 | Open |\n",
    "Item 1. Welcome. ", "(1) Hall noticeboard. ", "x. MG Action. ", "authority be delegated to the Director to x ",
    "2022/61     Apologies\n",
    # the thirteenth step's readings: tables that lost their grid, a clerk's action lines, decision cells (one a line)
    "No / Date / Action / Owner / Completed\n", "3 / 9/12/25 / Ask x. / All / Ongoing\n", "Outcome |\n",
    "193/17 Contact x- On-going\n", "Item Description Decision\n", "RESOLVED that the report be noted.\n",
    "Cytunwyd i drefnu ", "That it be DETERMINED that: ", "II. ", "CL38 Minutes\n", "A23/024COMMITTEE\n",
    # the fourteenth step's readings: run-on points and numbers, delegations, sentences reporting two things to be done
    "Item 2 Public Session: 2.1 Police ", "4.2 7.1 Arrange x. LM \u2013 Ongoing. ", "2405 Apologies ", "363/01APOLOGIESApologies\n",
    "87-18/19 To receive\n", "Delegate any decision on x to the Director ", "would help where it could and a report would be brought ",
    "Action 1:  x: Review y. (Team)\n", "2.1       Agree x;\n", "AK will identify x. ", "Miss Lee was to approach ",
    # the fifteenth step's readings: outcome rows, run-in headings, numbers like hours and years, tags and columns
    "Noted (i) x. ", "1:00 Apologies ", "16.95 To receive ", "- Welcome: The Chair said x.\n", "C133 Police Report ",
    "FINANCE.  The council ", "THE MINUTES of the ", "Cyngor Cymuned Aber Community Council ",
    "It was proposed, seconded, and unanimously resolved to x. ", "The proposal was agreed. ", "Decision deferred until the May meeting. ",
    "x \u2013 Action: Councillor Swinborne. ", "x.                JP\n", "x. / JW\n", "2            officers bring\n",
    "delegates such authority to the Director, in consultation with y, to ", "Cabinet on 28 October delegated authority to ",
    "that a; that b and that ", "on January 9th ", "were unanimously APPROVED. ", "meetingheld ", "1 Minutes of the Meeting of X Council held on ",
    # the sixteenth step's readings: numbers glued and coded, headings without numbers, outcomes, tasks and dues
    "22.14. The meeting ", "F01:04/24 Receive apologies ", "NP/23/20There ", "A1Declarations ", "20046. APOLOGIES: x ",
    "2016/32/01Current ", "Cou/285/07-08 Present ", "- Notice Board\n", "MATTERS ARISING \n\n", "To approve the notes of x\n",
    "APOLOGIESApologies ", "Received (i) x. ", "x. \u2013 Noted.\n", "Resolved: Noted.\n", "These were approved. ",
    "x proposed y; z seconded, all agreed ", "By affirmation of the meeting, it was\n", "x | |||||||| ",
    "Cllr. Lewis is requested to pursue ", "To be pursued by Cllr. X, who ", "Further discussion to take place at the meeting in May ",
    "ACTION: Clerk Notify x. Ongoing\n", "30/06/26-01-Secretary to send x.Open.\n", "to the October Area Committee meeting ",
    "Authority to award x (1) a, (2) b be delegated to ", "The Chairman asked for an update. Mr. D. Childs confirmed ",
    # review of that step: a run of spaces after "seconded" that the motion patterns backtracked over (one a line)
    "Cllr A proposed and Cllr B seconded" + " " * 200 + "x\n",
    # the seventeenth step: titles, points and headings before a long run of spaces, one a line (the first ran
    # past the import limit before; a run wider than ten is now read as ten)
    "2. Minutes of the last meeting" + " " * 250 + "b\n", "a) Apologies" + " " * 250 + "b\n", "(i) Noted" + " " * 250 + "b\n",
    "APOLOGIES" + " " * 250 + "b\n", "\t5.1 Roads" + "\t" * 250 + "b\n",
    # and the agenda's announcements this step reads
    "Notice is hereby given that a meeting of X will be held on ", "Agenda for the meeting of the X to be held on ",
    # the eighteenth step: delegations after an "and", promises in the progressive, titles with a full stop,
    # a table's numbered rows, references that head a point (the last two one a line)
    "and the Cabinet Member be given delegated powers to ", "the matter be delegated to the clerk ", "he had seen it and would be sending ",
    "Cllr. Ash to ", "committed to circulating ", "| 01 | Apologies |\n", "3/2026/P \u2013 Staff Survey\n",
    # the nineteenth step: outcomes without a decision word, decisions after a colon or a bracket, running numbers
    "Motion (AB) & seconded (CD) that the minutes ", "It was proposed by Cllr. A. B and seconded by Cllr. C. D, and ",
    "Pond area:  It was agreed that ", "(work commitments) The meeting agreed that ", "x proposed y, AGREED unanimously. ",
    "The payment of x, y and z were approved, and ", "press 319. To receive ", "4829 Apologies were received ",
    # the forty-fourth step: an agenda's list then the minutes (one a line), where they begin, dates of next meetings
    "1. Apologies\n", "Meeting Minutes\n", "Present: Cllrs A and B. ", "Dates of next meetings: 14 July, ",
    "at the next meeting of the Joint Panel on ", "To be held on Tuesday 14 July 2037 ",
    # the forty-fifth step: a barred table's rows (one a line), lost titles, run-in dashes, tags, bracketed and glued numbers
    "Welcome The Chair x. |\n", "Minutes: x were agreed. |\n", "Full plot | 64 |\n", "Village Shop \u2013 Ongoing.\n", "Action Clerk\n",
    "(6.1) Ward Councillor: ", "4/Minutes of June meeting\n", "046 Mr. Hale spoke ", "Agreed Ann Bell and Iain Dow would ", "Agreed A andA ",
    "The council agreed in principle to ", "x was approved (Proposed y, seconded z). ",
    # the forty-sixth step: numbered minutes at a page's top, weekday dates, roman points and decision points (one a line),
    # pronoun requests, passives and asides
    "1 Apologies of ", "159/19 Apologies:\n", "on Friday 6th April 2037 at 7pm\n", "II. Finance: x.\n", "(ii) that x be agreed\n",
    "The Council requested that she send ", "A meeting would now be arranged. ", "x, so the Clerk will contact ",
    "The item would be allocated to the March meeting. ", "The decision was made that ", "No comment to be made. ",
    # the forty-seventh step: numbers in a date's form and minute numbers before "Item" run on, months misspelt, captions over
    # numbered paragraphs and pages' numbers (one a line), motions named by their mover or in the present, members in agreement,
    # a table's rows, names joined by a slash
    "01/01/2037 - Apologies - x ", "63.0. Item 1: Record ", "Monday 2nd Decemebr 2037 ", "Minutes approved.\n\n3 The minutes of x were approved.\n\n",
    "612\n", "It was proposed by Cllr A that x. The proposal was seconded by Cllr B and agreed. ", "JM proposes that x, AB seconds. ",
    "The Councillors were all in agreement not to ", "| The minutes x were agreed. | Clerk |\n", "Angela/Mike to issue ",
    "    1. It was agreed that x.\n", "The minutes were approved subject to the following amendments: ",
    # the forty-eighth step: votes counted, everyone agreeing, movers before the outcome, one member approving, the council
    # proposing, an agenda settled, and numbers opening paragraphs under headings (one a line)
    "and it was voted 5 \u2013 1 that ", "Everyone agreed to ", "It was agreed by all those who had been present, that ",
    "and the unanimous decision was that ", "Proposed by A and seconded by B, x was ", "The Lead Member approved as a correct record the minutes ",
    "Council proposed that ", "Agenda approved with ", "Heading\n\n046 Mr. x\n\n",
    "x. The council unanimously approved the application ", "x. All invoices were received and agreed for payment. ",
    "x. TB proposed and RW seconded that ", "x. (Cllr A proposed, Cllr B seconded) ", "(1) Now that x, Cabinet agreed that ",
    "Cabinet recommended to Council that x be ", "x. Decided to ", "y 2302/05/36 DECLARATIONS ",
    # the forty-ninth step: headings of decision records and meetings, numbers printed alone or after a title, motions on their
    # way to a decision, proposals seconded, asides, agenda points' headings, planning comments, tasks and days gone by
    "Record of Decisions of the x held on 4 March 2036 ", "MEETING OF x\n", "36-37/FRA/1\n\nx\n\n", "02/36/01 \u2013 x\n02/36/02\nx\n",
    "1.0 PRESENT x 2.0 APOLOGIES 2.1 x ", "1. Cllr x\n", "Councillor A moved and Councillor B seconded that x.\n\n",
    "x proposed the y to be accepted and seconded by z. ", "i) To consider x\nRESOLVED to ", "Minutes were, unanimously, approved ",
    "36/0043/FUL \u2013 x. The Council objects ", "The main points may be summarised as follows:\nThe Committee:\n\u00b7 x\n",
    "(5.6) Clerk to ", "who had won the x on 18 January. ", "1. x: 046/36 y ", "- x\n4.1 y\n", "[a] x\n", "Note: x\n",
    # the fiftieth step: decisions in a parish's own words, proposals agreed in a short sentence, movers before the clause,
    # numbers in three parts or by the month, titles set apart by blank lines, trackers' fields and dues, notices and a site's lines
    "Unanimously agreed that x ", "After much consideration the decision was taken to ", "It was the Council's decision to have the Clerk ",
    "x. This was seconded by A and the Board unanimously agreed. ", "Moved by A Seconded by B and RESOLVED - that ",
    "Proposed by A and seconded by B, all in favour, that ", "(iii) Agreed: The Committee agreed ", "(a) Chairman RESOLVED that ",
    "3.1.2 RESOLVED: ", "1.5 x ", "36/169MINUTES: x ", "x\n\n\n", "Ref: A/1\nAction: x y z\nResponsible: y\nTarget date: Mar-37\n",
    "Actions:  A to x.  B to y. ", "ACTION: Cllr A will ", "Total Page:16\nFile Type:pdf, Size:1Kb\n", "Recent Entries\n- x\n",
    "Public Notice is hereby given that a meeting of x, which y, will be held ", "on either 14th or 21st June ",
    # the fifty-first step: decisions after their reasons, lists of what officers are to do, verdicts last, parts that end a
    # decision, members listed under a clause, numbers spaced or of a year's three figures, notices and headings, Welsh
    "You are hereby summoned to attend an Extra-Ordinary Meeting of x on Friday 13th March 2037. ", "2. 1 x\n2.2 y\n",
    "Cytunodd y Cyngor i brynu x. ", "Oherwydd x, PENDERFYNWYD ei ", "Draft/x (Virtual) Meeting: 25 June 2036\n", "x Special Meeting Minutes\n",
    "19.001 x 1. y 2. z ", "x \u2013 parish council agreed to ", "Although x, Cllrs agreed that ", "x and members noted the report. ",
    "x therefore RESOLVED that ", "Members looked at x and RESOLVED to ", "1)   Officers pass on x;\n", "It was agreed x. Cllr A offered to ",
    "Cllr A asked if x, agreed. ", "The Chairman put it to the meeting that x. This was approved. ", "RESOLVED: (Unanimously)\n",
    "x \u2013 approved as circulated. ", "That the membership of x be as follows:\n\u00b7 y\n", "Resolved to elect x\nFollowing y.\n",
    "  \u2022 Action: A to x y\n", "b.x. y ", "Cabinet Decision Record D370101\n",
    # the fifty-second step: votes under their movers, parts under NOTED, committees and days at the top, headings naming a
    # meeting's date, numbers after their headings, short lists, flattened tables, bullets and openings, dues
    "PROPOSED: A SECONDED: B. Vote: All in favour. ", "The Chair moved to x Seconded by y and carried. ", "x Prop Cllr A, 2nd Cllr B carried ",
    "Clr A proposed that x. All in favour. ", "Decision:\nTo x\ny.\nMinutes:\n", "NOTED\n\n2.1 x;\n\n", "Committee Administrator - x\n",
    "MINUTES OF THE x COMMITTEE\n", "x (ceased to operate 10/04/2024) Minutes\n", "Monday 19th May 2025 7 pm by Zoom Conference Call\n",
    "Minutes attached\n", "1 Matters arising from the meeting held on 25th February 2025:\n",
    "Minutes of Meeting held on 3rd February 2025 The minutes x ", "Resolved, that x. ", "Co-Option of x \u2013 Mr A was co-opted. ",
    "Councillor A duly elected as Chairman\n", "ACTION: x adopted\n", "The council is happy to renew x. ", "Decision: March 2025\n",
    "PREVIOUS MEETING 4810 x ", "x. 4811 ", "a/ b/ c/ ", "| No. | Item |\n", "\u2022 x \u00b7 y ", "1. x 1. y ", "09/002 / MC / x / to be closed\n",
    "in March/April ", "B.J. Walker, to attend. ", "APOLOGIES Cllrs x ", "HR2. 01/16 x ", "328/02DECLARATION x ",
    # the fifty-third step: headings in capitals and in title case run in among a flattened page's sentences, worded titles
    # run into their minute, tables with slashes and bars, hyphen agendas, parish meetings, tasks in new words
    "x. APOLOGIES FOR ABSENCE y ", "x. Planning Report The y. ", "To note any matters arising a b c d e f g h i j k l m Report ",
    "Present: A and the Clerk 1. Apologies\n", "34. / DECLARATIONS x ", "41) | To Agree x | | | | | ", "AGENDA - x - y ",
    "Notes from Kelby Parish Meeting Monday, 7th June 2026 ", "at a meeting of the Council of the Borough of Kelby held at x on 7 June 2026 ",
    "It was noted that the x needs to be y which the Clerk will arrange. ", "of, say, the end of March ", "comprising AB, CD and EF ",
    "were unavailable, but will be made available ", "The Chair to ask x and the item to be on the next agenda. ", "on 8th and 9th November 2026 ",
    "a lamp the meeting confirmed the purchase of x ", "The following minutes were received and approved:-\nx\n", "x. CORRESPONDENCE A y. ",
    # the fifty-fourth step: minutes numbered by minute, month and year, Scottish minutes and attendance, outcomes after a
    # heading's dash, wishes and suggestions agreed, preambles, lists counted on, permissions, tracker rows run on, events
    "01/05/34 Election of Chair\n", "06/05/34 x\n6.1 y\n", "There being no further nominations it was agreed unanimously that x. ",
    "x Community Council Minute of Meeting\n", "Present:\nAnn Bell Colin Dunn\n", "2 Minutes of x - were approved proposed by y. ",
    "Bill stated that he wished the secretary to x. This was agreed. ", "Mary suggested that x be y. This was agreed. ",
    "HELD ON: WEDNESDAY 15TH JANUARY 2035 AT 19:00\n\n", "  1. Planning: There were none.\n", "Meeting 14/19, x\n",
    "It was resolved to adopt x:\nPlanning Committee held on 17 February 2033\n", "Having considered the report and x, the Cabinet Member agreed that y. ",
    "At the informal meeting of x, having considered y, the Chief Executive agreed that z. ", "It was agreed to allow x permission to y. ",
    "It was agreed to transfer \u00a3500 from the x account to the y account. ", "The Board received, discussed and duly RESOLVED to pay:\n1. x\n",
    "Resolved to REFER: (to Cabinet)\nThat x\n", "Cheques approved as follows:\n", "a. 36/00071. x\n", "nominated x, seconded by y and voted in. ",
    "3.MONEY AND ACCOUNTS to receive x\n", "She suggested x and councillors agreed. ", "| 5.b | Cllr A, B\nC |\n", "Event \u2013 1st October \u2013 Cllr Ann Bell to attend ",
    "the Officer would make contact again ", "x so a further letter will be sent. ", "Also no. 40 by the mill(Act Clerk) ", "That Cabinet refer this report to Council on 30 May. ",
    "| Ref | Action | Owner | Target date | Status |\n| 1 | x | Clerk | 31/03/2020 | Open |\n",
    # the fifty-fifth step: sentences a page's margin broke (every line at the margin, each run on into the next), summons,
    # glued numbers, a page's number over a minute, a doer's tag
    "1. Note and agree the update of the Council Plan and the Revenue Budget for the year and the\nposition on reserves;\n",
    "Apologies were received and accepted from Councillor Ian Jones, away on holiday, and from the\nCouncillor\n",
    "you are hereby summoned to attend a meeting of x Town Council at the y on Monday 9th OCTOBER2036\n", "3.TO APPROVE x\n",
    "199\n\n196. MATTERS ARISING\n", "103. x y z of the Previous Meeting \u2013 The minutes of the\n", "x. Clerk to action following up\n",
    # the fifty-sixth step: an officer's second verb, a tab kept after a minute's number (a PDF's lines read as set)
    "RESOLVED that the Clerk obtains three quotes and reports back to the meeting and circulates them to ", "2041    Apologies: none. ",
    # the fifty-seventh step's shapes: a document adopted after what it includes, an event and who is to go, a point's conditions
    "The draft plan, including the map, which was read, ", "Notification of the Forum Meeting on 3 March, Councillors Reed, Hunt and ",
    "2 officers can bring the order into force except where:\n", "462/ME/36 / ",
    # the fifty-eighth step's: a decision after how it came about, a proposal's trailing assent, minutes assented to, numbers
    "Following a request from a resident the council ", "CC proposed the sum be moved to savings \u2013 all agreed and ",
    "Minutes\nNotes from the meeting agreed correct by all present ", "3. To approve the minutes\n219. ",
    # the fifty-ninth step's: references out of order, a list's outline, a tracker without borders, bullets run into a line,
    # a double-spaced decision, a title run into "The ...", a heading with no "of"
    "064/PC/37 \u2013 Minutes\n078/PC/37 \u2013 Footpath\n", "  \u2022 Financial Matters\n    1. Finance Report: x\n",
    "Action Action Owner Status Update\n014 Price planters AD/TR Outstanding x\n", "Previous Minutes \u2022 Minutes of the ",
    "RESOLVED \u2013 That, in line with the Financial Regulations of the\n\n", "3. Minutes of the last meetings The minutes of the ",
    "Minutes Full Parish Council Meeting Held Monday 9 March 2037 ",
    # the sixtieth step's: points under a reference, points run onto a "1.0" line, a news page's bulleted items, an action
    # label run on, approvals listed under a lead-in, tasks said plainly, a closing date
    "51/37 Progress\n51/37.1 Lights: x\n", "16/42 Public Participation\n  1. Mr Lowe spoke about the shop in the village\n",
    "1.0 BUSINESS 1.1 Visit \u2013 it was agreed that x ", "- Item 7 \u2013 Revenue Report. Decision: Report approved. ",
    "All in favour to approve \u2013 ACTION: JC to publish ", "the councillors approved\n(1) the accounts\n",
    "Cllr Dane advised that the clerk should contact ", "referred to Cllr P Dale who confirmed he would ",
    "with a closing date of 18 March 2038 ",
    # (sixty-first step) a proposal named by its gerund, a motion carried then resolved in quotes, minutes approved mid-line,
    # a label's errand in the passive, a doer waiting then promising, a flattened running number in brackets
    "EHE proposed asking x to ", "Seconded by Cllr Penn, resolution passed. ", "declared to be CARRIED and \u201cRESOLVED that x ",
    "x. Therefore, the minutes from the meeting held on 2 May were unchanged, signed and ", "AGAR: to be completed when ",
    "PR is waiting for prices and will ", "this will be pursued by the Clerk and ", "215(2) Declaration of interests None ",
    "This was supported and approved. CL to action. ", "x (lock down). ACTION: Carolyne sort out the report ",
    # (sixty-second step) points glued to their mark, roman points, a first point run on after its title, dotted letters
    # in a line, bulleted headings, opening business, a venue line with its day and hour, a month-first day
    "(a)Fingerpost signs x\n", "i) The clerk was asked x\n", "03/2036 Members' Declarations : a. Declarations x b. ",
    "x a. Break-ins x b. Email x c. ", "- To receive apologies for absence\nx\n", "Declarations of Interest: None\n",
    "Schoolroom on Tuesday 26th September 2036 at 7.30pm ", "November 8th 2036 DRAFT Minutes ", "1/FC/36\nElection x\n",
    "21.36 PUBLIC FORUM x 22.36 APOLOGIES x 23.36 MINUTES x ",
    # (sixty-third step) lists nested by their indent or under a topics item, year-month-minute numbers with a stop, points
    # after a gap, lettered item numbers with a stop, a roster, earlier minutes' heading, bulleted topics, "o" bullets,
    # bracketed speakers, a year's first minute as a sentence
    "  3. Matters arising:\n    1. Stream wall x\n    2. ", "5. Actions arising from the minutes.\n1. Write x. Action \u2013 Mr Kaye\n",
    "36.5.1. ELECTION OF CHAIRMAN \u2013 x ", "2.3 Drainage-x\n2.8 Parking-x\n", "C1. Police Report\n", "Pam Lorne (PL) - Chair\n",
    "Minutes of the Previous Meeting:\nx\n", "\u00b7  Flag - Town Hall:\no  TH to find out x\n", "(1) Jane Wray said x\n",
    "01/36 Minutes of the meeting x were approved.\n",
    # (sixty-fourth step) a nested list printed "1." each time, a log's state rows, a point citing a minute of three figures,
    # a quotation closed after its stop, initials after a lost stop, the one told of, decisions that act by being made, a
    # members' agreement after a clause, a long topic to be chased, "o" bullets run into a line
    "  1. Bench x\n", "Item 5:1 Completed\nACTION \u2013 Clerk to ask x\n", "136.1 122.5 There was x\n",
    "had said \u201cthe survey x.\u201d The Clerk was asked to x ", "no update for this CR to raise x ",
    "JM confirmed that the farmer had been asked and he would x ", "it was AGREED to suspend paragraph 3.2 of Standing Orders ",
    "x has a poor record, and the members agreed that the clerk should x ", "Cutting of the hedge by x \u2013 to be chased. ",
    "x - still awaited. o Loose rail - to be chased. ",
    # (sixty-fifth step) letters run into minutes, year-hyphen minutes, points of running minutes, vote tallies, dated log
    # lines, running heads, wrapped table rows, glued capital headings, HTML under title lines, tasks done by the council's
    # own, needs recorded, asked-if requests, continuing work, capital tags alone
    "C42. Apologies x\n", "FPM.1 Cllr x proposed x. Seconded x.\n", "21-062: Apologies x\n21.067: Reports x\n", "42-17 Questions x. ",
    "96/16.1 Common Land\n", "187.1 The Minutes x\n188.1 To consider x:\n", "13 For\n00 Against\n01 Abstentions\n",
    "07/12/03 A car x\n11/12/03 A shed x\n", "323 PARISH COUNCIL: 13 December 2017\n", "Car Parks x PDF 99 KB Item x\nMinutes: x |\n",
    "APOLOGIES:None x\n", "<p>337. APOLOGIES</p><p>x</p>", "End of year accounts will be prepared by the Chairman and x ",
    "A check needs to be made on x ", "Members also asked if Cllr x could again chase x ", "Cllr x was continuing to investigate x ",
    "x requested that x. x reported that x.\nACTION ALL\n", "16/24/25\nHealth and Safety x\n", "17/104Apologies x\n",
    # (sixty-sixth step) slashed minutes glued after a stop, "Minute No:" with a month of one figure, a page's number before a
    # minute, points a run skips, a council run on at a heading's start, a glued date, "IT WAS RESOLVED", errands taken up
    "the election.31/36 ELECTION OF CHAIRAnn x ", "MINUTE No: 2/9/36 POLICE MATTERS: x\n", "82 189. MINUTES OF THE x COMMITTEE\n",
    "7.2. Apologies\n7.4. The Minutes x were agreed.\n", "ASHBY COMMUNITY COUNCIL th APPROVED MINUTES of MEETING 18 May 2036 ",
    "The Parish Council of Ashby Minutes of the Meeting x ", "Tuesday August 22nd2036commencing ", "IT WAS UNANIMOUSLY RESOLVED that x ",
    "Elaine to take this up with x. ", "disappeared. the clerk will investigate x. ", "in view of x (y) that no donation be given. ",
    "There are lessons which will be discussed at the next meeting. ", "ACTION: Take this up with x.\n",
    # (sixty-seventh step) a running minute before the agenda's number, a decision's label ending a heading in capitals,
    # "it was: RESOLVED", a ModernGov decision listed before its minutes, a standing heading between items, tasks
    "182 2. TO RECEIVE APOLOGIES x\n", "3. TO APPROVE THE ORDER OF BUSINESS RESOLVED: To x\n", "it was: RESOLVED that x ",
    "Decision: RESOLVED to:\n1) Approve x;\n", "13 DECLARATIONS OF INTEREST\nPUBLIC FORUM\nx asked.\n", "Minutes 14/09/35\n",
    "Meeting Adjourned until 24 February 2036, ", "He informed the council that x and asked the Clerk to write to y. ",
    "Follow up x. Action ongoing. Action \u2013 The Clerk ", "to ask whether they would share the cost. ",
    "Delegate to the Director, in association with x, the authority to amend ", "The Clerk was asked to carry this forward to the x meeting. ",
    "x expenditure. The report was agreed. ",
    # (sixty-eighth step) a reference glued to a title opening with TO, points "1.(i)", tasks and decisions after the discussion,
    # bullets with their titles run in, a meeting that took place under a law said first
    "08/155TO RECEIVE x\n", "1.(i)\n\nx\n\n", "The Parish Clerk was asked to communicate with x. ", "Residents of x will be written to, to tell them of y. ",
    "x put to the Council. The motion proposed AB and seconded CD was passed unanimously. ", "x reported. Members noted.\n",
    "- Welcome: Cllr x welcomed y.\n", "d. To receive any updates regarding x\nx noted.\n", "x via the council. The Parish Council confirmed their support. ",
    "Under the provisions of x, this Meeting of the Parish Council took place at 7.30 pm on Friday 4th September 2036 ",
    "to note the comments and request that the Councillors consider x. ", "Information was requested to be sent to the Chairman x. ",
    # (sixty-ninth step) running references over the whole page, minute and year with a dash, decisions a line each, errands
    "36401 Apologies: x. ", "x (ill). 105-36 Apologies for absence x ", "20.36 - x\n", "Following scrutiny, recommendation x was supported to Cabinet\n",
    "to approve the x and send it to y. ", "That Councillor X, Chair of y, write to z. ", "That Cllr x represent the Council on y. ",
    "That Cllr x be included in the list of those present at this meeting; ",
    # (seventieth step) points lettered in capitals, a lettered point alone, headings inside a minute, dashed topics, year-month runs
    "A) Drainage\nThe x is done.\n", "a) Proposed Surgery \u2013 The Clerk advised x. ", "1. Apologies\nNone.\nLibrary Forum\nIt was reported that x.\n",
    "- Bus shelter \u2013 KD advised that x. Action: KD\n", "- Matters arising from the Minutes:\n", "19.04.01 Noted: x. ",
    # (seventy-first step) backslashed and year-first minutes, roman runs, "a.)" points, dashed lettered topics, sentence-case
    # headings, matters arising, outcomes noted, decisions after a road's number, bracketed areas, decisions lists, votes
    "58\\36\nTo receive x\n", "3607/2 Apologies x ", "2036/380 (2036/346) x. ", "(ii) TEC Services. x ", "a.) Minute x\nx.\n",
    "a) Meadow Project \u2013 x.\n\n", "Chairman's Business\n\nWedding of staff member\n\nx was offered.\n\n", "Matters Arising\n\nx.\n\n",
    "4.2 Cllr x \u2013 report noted\n", "Sign on the B1234: Agreed that x. ", "The Joint Committee (x) agreed that:\n(i) x\n",
    "Decision Maker: x\nDecision:\nNone\n", "Consultation on x noted.\n", "Resolved that the above be noted.\n",
    "It was resolved by 6 votes to 2 to x. ",
]


def _read_and_store(path: Path, database: Path, committee: str, date) -> str:
    """One file through `load` and into a store of its own, as `cpb import` does: "read and stored", or why it was refused."""
    from cpb_tui.importers import ImportProblem, load
    from cpb_tui.store import Store

    try:
        source, record = load(path, committee=committee, date=date)
        store = Store.open(database)
        try:
            store.import_document(record, str(path), source.sha256)
        finally:
            store.close()
    except ImportProblem as problem:
        return f"refused ({problem.reason[:50]})"
    return "read and stored"


def repeated_phrases(folder: Path) -> list[str]:
    """Each phrase read and stored, as `cpb import` does: the parse, then the actions found in the store."""
    found = []
    for number, phrase in enumerate(REPEATED):
        path = folder / "repeated.txt"
        text = (phrase * 4000 + "\n") * 3
        path.write_text(text)
        started = time.perf_counter()
        outcome = _read_and_store(path, folder / f"repeated-{number}.db", "Hostile Committee", datetime.date(2026, 1, 1))
        found.append(f"{phrase.strip()!r} x4,000 on {text.count(chr(10)):,} lines ({path.stat().st_size / 1024:,.0f} KB): {outcome}, {time.perf_counter() - started:.2f} s")
    return found


def fuzz(examples: int) -> dict:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    import tests.test_hostile_exports as exports
    import tests.test_hostile_imports as imports

    report = {}
    runs = {
        "text files through load": (
            (imports.documents_with_hostile_lines(), imports._ENCODINGS),
            lambda text, encoding: _through_load(imports, "document.txt", text, encoding, 5_000),
        ),
        "web pages through load": (
            (st.lists(st.one_of(imports._HTML_PARTS, st.text(max_size=10)), max_size=80).map("".join), imports._ENCODINGS),
            lambda markup, encoding: _through_load(imports, "page.html", markup, encoding, 3),
        ),
    }
    for name in ("csv", "markdown", "html", "ics"):
        check = next(getattr(exports, f) for f in dir(exports) if f.startswith(f"test_{name}_"))
        runs[f"{name} export"] = ((exports.papers(),), check.hypothesis.inner_test)
    for label, (strategies, body) in runs.items():
        failures, slowest, count = [], 0.0, 0

        @settings(max_examples=examples, deadline=None, database=None)
        @given(st.tuples(*strategies))
        def run(values):
            nonlocal slowest, count
            count += 1
            started = time.perf_counter()
            try:
                body(*values)
            except Exception as error:  # counted, not raised: the report gives the total
                failures.append(f"{label}: {type(error).__name__}: {str(error)[:120]}")
            elapsed = time.perf_counter() - started
            slowest = max(slowest, elapsed)
            if elapsed > 5:
                failures.append(f"{label}: an example took {elapsed:.1f} s")

        started = time.perf_counter()
        run()
        report[label] = (
            f"{count} examples, {len(failures)} failures, slowest {slowest * 1000:.0f} ms, "
            f"{time.perf_counter() - started:.1f} s in all"
        )
        report.setdefault("failures", []).extend(failures)
    return report


def _through_load(imports, name: str, text: str, encoding: str, depth: int) -> None:
    from cpb_tui.importers.reader import ImportLimits

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(text.encode(encoding, errors="replace"))
        imports._load_or_refuse(path, ImportLimits(max_seconds=20, max_depth=depth))


def many_items(folder: Path) -> list[str]:
    """One meeting of thousands of items, stored and then stored again: each item is matched against
    the meeting's items (read once per record since the ninth step; 4,000 items took 15 s before)."""
    from cpb_tui.importers import load
    from cpb_tui.store import Store

    found = []
    for count in (1000, 4000):
        path = folder / f"items-{count}.txt"
        path.write_text(
            "Minutes of the meeting of the Hostile Cabinet held on 3 March 2026\n\n"
            + "\n\n".join(f"CA.{number}\nTitle {number}\nText of the minute." for number in range(100, 100 + count)) + "\n"
        )
        store = Store.open(folder / f"items-{count}.db")
        try:
            times = []
            for _ in range(2):  # the second time, every item is matched to the one stored before
                started = time.perf_counter()
                source, record = load(path)
                store.import_document(record, str(path), source.sha256 + str(len(times)))
                times.append(time.perf_counter() - started)
        finally:
            store.close()
        found.append(f"{count:,} items in one meeting: stored in {times[0]:.2f} s, stored again in {times[1]:.2f} s")
    return found


# Runs whose numbers rise, as a long page's minutes do: each shape at three sizes, on one line and a line each.
# A reader that looks back over the whole run for every number grows with the square of the page: 6,000
# "A0001/31 1. APOLOGIES" lines, a minute reference before each agenda number, took 7.1 s where 1,500 took 1.0 s.
RISING = {
    "rising references": lambda n: f"{n}/07/31 - Apologies for absence None received. ",
    "numbers glued to cells": lambda n: f"remarks7.00 pm{n}.Apologies & Declarations ",
    "ITEM n (m)": lambda n: f"ITEM {n} ({n + 200}) PUBLIC FORUM none. ",
    "a reference before the number": lambda n: f"A{n:04d}/31 {n}. APOLOGIES FOR ABSENCE none. ",
    "a table's bare numbers": lambda n: f"{n} Welcome and introductions The meeting began. ",
    "dotted points": lambda n: f"{n}. Roads {n}.1 Potholes reported. {n}.2 Clerk to write to Highways. ",
    # (the twenty-fourth step: a Word list's items each printed "1.", and lists under items, "  1." then "  2.")
    "Word lists printed one": lambda n: f"  {1 if n % 3 else 2}. Apologies none. ",
    # (the thirty-fourth step: proposals closed by their movers alone, each looking down the rest of its item for a failed vote)
    "proposals closed by their movers": lambda n: f"Buy {n} bins for the green. Proposed by Cllr Ash, seconded by Cllr Bell. ",
    # (the fifty-eighth step: an item of thousands of decisions, each task compared with every other for one told twice)
    "decisions in one item": lambda n: f"Agreed that the Clerk write to resident {n} about the hedge. ",
    "decisions after a lead-in": lambda n: f"Following a request from resident {n} the council agreed to mend gate {n}. ",
}


def rising_runs(folder: Path, sizes: tuple[int, ...] = (1500, 3000, 6000)) -> list[str]:
    """Each shape read and stored at each size; the last figure is how much longer the largest took than
    the smallest, per number (1.0 is linear)."""
    found = []
    for name, piece in RISING.items():
        for joiner, where in ((" ", "one line"), ("\n", "a line each")):
            times, outcome = [], "read and stored"
            for size in sizes:
                path = folder / "rising.txt"
                path.write_text("Minutes of the meeting of Hale Parish Council held on 3 May 2030\n"
                                + joiner.join(piece(number) for number in range(1, size + 1)) + "\n")
                started = time.perf_counter()
                read = _read_and_store(path, folder / f"rising-{len(found)}-{size}.db", "Hale Parish Council", datetime.date(2030, 5, 3))
                outcome = read if read != "read and stored" else outcome  # (a refusal at any size is the one shown)
                times.append(time.perf_counter() - started)
            growth = (times[-1] / sizes[-1]) / (times[0] / sizes[0])
            found.append(f"{name}, {where}: {' / '.join(f'{t:.2f}' for t in times)} s for "
                         f"{' / '.join(f'{s:,}' for s in sizes)}, {outcome}; per number x{growth:.1f}")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=2000, help="hypothesis examples per reader and per export format")
    parser.add_argument("--json", action="store_true", help="one JSON object instead of lines")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        report = {
            "refused": refusals(Path(folder)), "deep pages": deep_pages(Path(folder)), "repeated phrases": repeated_phrases(Path(folder)),
            "many items": many_items(Path(folder)), "rising runs": rising_runs(Path(folder)),
        }
    report.update(fuzz(args.examples))
    report.setdefault("failures", [])
    if not args.json:
        for key in ("refused", "deep pages", "repeated phrases", "many items", "rising runs"):
            print(f"{key}:")
            for line in report.pop(key):
                print(f"  {line}")
    print_report(report, args.json, "failures")


if __name__ == "__main__":
    main()
