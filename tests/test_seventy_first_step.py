"""The seventy-first step: what the forty-fourth development set showed. Minute numbers with a backslash ("58\\25"),
lettered topics with a dash after the topic on a page with no numbers, minutes numbered by year (or year and month)
run together with the earlier minute in brackets, points in roman figures run together, "a.)" points, headings in
sentence case under the chair's business, and a decisions list whose committee names its area in brackets.
Texts the project wrote, about fictional bodies."""

from __future__ import annotations

from tests.stored import page_items, page_numbers as _numbers, page_tasks

_PARISH = "Minutes of the meeting of Fenwick Parva Parish Council held on Wednesday 9th July 2036 at 7.30pm\n\nPresent: Cllrs Dorn (Chair), Vale and Hyde\n\n"


# --- numbers ------------------------------------------------------------------------------------------------------------

_BACKSLASHED = (
    "Agenda and minutes\n\nCouncil - Wednesday 19th November 2036 6.00 p.m.\n\nVenue: The Guildhall, Eastmere\n\nItems\nNo. Item\n\n"
    "58\\36\n\nTo receive apologies for absence\n\nMinutes:\n\nApologies were received from Councillors Ash and Birch.\n\n"
    "59\\36\n\nDeclarations of Interest\n\nMinutes:\n\nNone were made.\n\n"
    "60\\36\n\nTo confirm the minutes of the meeting held on 8th October 2036\n\nMinutes:\n\n"
    "RESOLVED that the minutes of the meeting held on 8th October 2036 be approved as a true record.\n\n"
    "61\\36\n\nUrgent Decisions\n\nMinutes:\n\nThe Chairman reported one urgent decision taken since the last meeting.\n"
)


def test_minute_numbers_with_a_backslash_are_items(tmp_path):
    assert _numbers(tmp_path, _BACKSLASHED) == ["58\\36", "59\\36", "60\\36", "61\\36"]


def test_minutes_by_year_and_month_run_together_are_items(tmp_path):
    page = (
        "Draft minutes of the meeting of the Council held on 29 July 2036 in Fenwick Memorial Hall\n\n"
        "3607/1 Present Cllrs Dorn, Vale, Hyde and the Clerk. Two members of the public attended. 3607/2 Apologies None "
        "3607/3 Declarations of Interest: Cllr Vale declared an interest in the hall lease. 3607/4 Approval of Minutes: The "
        "minutes of the meeting held on 24 June 2036 were approved. 3607/5 Public Statements: None were made. 3607/6 Highways: "
        "The Clerk reported the verge cutting is late this year and will chase the county; members asked that the "
        "hedges on the school lane be cut back before the autumn term and that the gully by the bus stop be cleared.\n"
    )
    assert _numbers(tmp_path, page) == ["3607/1", "3607/2", "3607/3", "3607/4", "3607/5", "3607/6"]


def test_matters_arising_by_full_year_with_the_earlier_minute_in_brackets_are_items(tmp_path):
    page = _PARISH + (
        "Matters arising from the meeting on 11th June 2036\n\n"
        "2036/379 (2036/345) Clerk contacted the ambulance trust about defibrillator training and awaits a reply. "
        "2036/380 (2036/346) The county has cut the verges by the church. Clerk to ask why the ponds were left. "
        "2036/381 (2036/347) Highways will take the parking scheme to committee in November. "
        "2036/382 (2036/350) Clerk to remind the footpath officer about the missing signs by the stile on the common, "
        "which walkers have asked about twice since the spring and which the county promised to replace last year.\n"
    )
    found = page_items(tmp_path, page)
    assert [item.number for item, _, _ in found if item.number] == ["2036/379", "2036/380", "2036/381", "2036/382"]
    assert {item.number for item, _, tasks in found if tasks} == {"2036/380", "2036/382"}


def test_financial_years_on_a_line_are_no_minutes(tmp_path):
    # ("2035/36 Budget ... 2036/37 Budget ... 2037/38 Budget": years, each a different one, never a run of minutes)
    page = _PARISH + (
        "1. Apologies\nNone.\n\n2. Finance\nThe Clerk set out the plan: 2035/36 Budget held at last year's level. 2036/37 Budget "
        "to rise by two per cent. 2037/38 Budget to be set next year.\n\n3. Close\nThe meeting closed at 9pm.\n"
    )
    assert _numbers(tmp_path, page) == ["1", "2", "3"]


def test_points_in_roman_figures_run_together_are_points_of_their_item(tmp_path):
    page = (
        "Draft minutes FENWICK COMMUNITY COUNCIL Minutes of meeting held on Tuesday 16th May 2036 at 7.30pm in Fenwick Hall "
        "Present: Ann Dorn, Chair (AD), Roy Vale (RV) Apologies: none Item 1. Welcome. The Chair opened the meeting. Item 2. "
        "Minutes of April meeting. The minutes were approved as a true record. Item 3. Regular updates: (i) Planning. (RV) "
        "Nothing new. (ii) TEC Services. The white lining at the memorial junction is worn; to be reported to the council. "
        "(iii) Finance report. (AD) The balance is £742.43 and the accounts will be presented at the AGM in June. (iv) Police "
        "matters. A scam call was reported in the village. Item 4. Any other business. None.\n"
    )
    numbers = _numbers(tmp_path, page)
    assert ["3(i)", "3(ii)", "3(iii)", "3(iv)"] == [number for number in numbers if number and "(" in number]


def test_two_roman_figures_in_a_sentence_are_no_points(tmp_path):
    page = (
        "Draft minutes FENWICK COMMUNITY COUNCIL Minutes of meeting held on Tuesday 16th May 2036 at 7.30pm in Fenwick Hall "
        "Present: Ann Dorn, Chair (AD), Roy Vale (RV) Item 1. Welcome. The Chair opened the meeting. Item 2. Planning. The "
        "rules allow two routes: (i) Outline consent first and (ii) Full consent at once; the council prefers the second. "
        "Item 3. Any other business. None.\n"
    )
    assert not [number for number in _numbers(tmp_path, page) if number and "(" in number]


def test_points_lettered_with_a_stop_and_a_bracket_are_points(tmp_path):
    page = _PARISH + (
        "1.  Apologies.\nApologies were received from Cllr Marsh.\n\n2.  Matters Arising.\n"
        "a.)  Minute 5.a.) Hall hire - request withdrawn.\nThe hirer will not take the hall this year.\n\n"
        "b.)  Minute 5.e.) Police - invitation to a meeting.\nThe police will attend in September.\n\n"
        "3.  Public Participation.\nThere were no members of the public.\n"
    )
    assert _numbers(tmp_path, page) == ["1", "2", "2a", "2b", "3"]


# --- a page with no numbers, its topics lettered ------------------------------------------------------------------------

_LETTERED_DASHED = (
    "Minutes of the Parish Council Meeting held on Monday, 14th January, 2036 in the Village Hall at 7.00 p.m.\n\n"
    "PRESENT: Councillors A. Dorn (Chairman), Mrs. B. Vale, C. Hyde and two members of the public.\n\n"
    "The minutes had been circulated prior to the meeting Cllr Hyde proposed they were a correct record of the meeting; "
    "this was seconded by Cllr Vale and unanimously agreed.\n\n"
    "a) Meadow Project \u2013 No reply yet to the letter sent to the landowner. The Clerk will write again.\n\n"
    "b) Village Hall \u2013 Cllr Hyde has not yet inspected the roof.\n\n"
    "c) Bridleway 7 \u2013 If the work is not done by the end of the month the county will be asked to act.\n\n"
    "d) Bus Shelter \u2013 Quotes are awaited. The Clerk to chase the supplier.\n"
)


def test_lettered_topics_with_a_dash_after_the_topic_are_items(tmp_path):
    found = page_items(tmp_path, _LETTERED_DASHED)
    assert [(item.number, item.title) for item, _, _ in found][-4:] == [
        ("a", "Meadow Project"), ("b", "Village Hall"), ("c", "Bridleway 7"), ("d", "Bus Shelter")]


def test_minutes_circulated_and_called_a_correct_record_stand_as_an_item(tmp_path):
    found = page_items(tmp_path, _LETTERED_DASHED)
    minutes = [(item.title, clauses) for item, clauses, _ in found if item.number is None and clauses]
    assert [title for title, _ in minutes] == ["Minutes of the previous meeting"]


def test_a_list_of_lettered_entries_after_a_colon_stays_one_item(tmp_path):
    # (entries announced by the line above: a list's, never the page's topics)
    page = _LETTERED_DASHED.replace("unanimously agreed.\n\n", "unanimously agreed. The following grants were made:\n\n")
    assert [number for number in _numbers(tmp_path, page) if number] == []


# --- headings under the chair's business --------------------------------------------------------------------------------

_CHAIRS_BUSINESS = (
    "MINUTES OF THE PROCEEDINGS OF THE COUNCIL MEETING HELD ON MONDAY 20TH AUGUST 2036\n\nIn the Chair: Councillor S Dorn\n\n"
    "36/19:01 APOLOGIES AND CHAIRMAN'S BUSINESS\n\nApologies were received on behalf of Councillor Vale.\n\n"
    "Chairman's Business\n\nSports Weekend\n\nThe councillors' team played the development group at football and won; thanks were given to all.\n\n"
    "Wedding of staff member\n\nBest wishes were offered to a member of staff on her coming wedding.\n\n"
    "Harbour Fun Day\n\nThe harbour trust's fun day raised funds for the lifeboat; the council's stall was thanked.\n\n"
    "Harbour swim\n\nAfter discussion, it was agreed that the rescue service would be given the use of the harbour office on the day of the swim.\n\n"
    "36/19:02 MINUTES OF THE COUNCIL MEETING HELD ON 23RD JULY 2036\n\nThe minutes were taken as read and signed.\n"
)


def test_headings_in_sentence_case_under_the_chairs_business_are_items(tmp_path):
    found = page_items(tmp_path, _CHAIRS_BUSINESS)
    assert [(item.number, item.title) for item, _, _ in found] == [
        ("36/19:01", "Apologies and Chairman's Business"), (None, "Sports Weekend"), (None, "Wedding of staff member"),
        (None, "Harbour Fun Day"), (None, "Harbour swim"), ("36/19:02", "Minutes of the Council Meeting Held on 23rd July 2036")]
    assert [clauses for item, clauses, _ in found if item.title == "Harbour swim"] != [[]]


def test_a_line_in_sentence_case_inside_a_paragraph_is_no_heading(tmp_path):
    # (a paragraph's wrapped line in sentence case, with no blank line around it, stays in its paragraph)
    page = _CHAIRS_BUSINESS.replace(
        "Wedding of staff member\n\nBest wishes were offered to a member of staff on her coming wedding.\n\n",
        "The chairman thanked the staff.\nBest wishes were offered to the\nClerk on her coming wedding in the summer and the council sent a card.\n\n",
    )
    titles = [item.title for item, _, _ in page_items(tmp_path, page)]
    assert "Best wishes were offered to the" not in titles and "Sports Weekend" in titles


# --- decisions published ------------------------------------------------------------------------------------------------

_DECISIONS = (
    "Decisions published\n\n"
    "18/07/2036 - PLAY AREA FUNDING (EXECUTIVE FUNCTION - FOR DECISION) ref: 1234    Recommendations Approved\n\n"
    "Decision Maker: Eastvale Joint Committee\n\nMade at meeting: 18/07/2036 - Eastvale Joint Committee\n\n"
    "Decision published: 20/07/2036\n\nEffective from: 18/07/2036\n\n"
    "The Joint Committee (Eastvale) agreed that:\n\n"
    "(i)    The committee's play budget of \u00a32000 for 2036/37 be held by the Partnership Team.\n\n"
    "(ii)   Authority be delegated to the Partnership Manager to authorise spending from the budget.\n\n"
    "(iii)   The committee receives updates on the projects funded.\n\n\n\n"
    "Decision Maker: Eastvale Joint Committee\n\nMade at meeting: 18/07/2036 - Eastvale Joint Committee\n\n"
    "Decision published: 20/07/2036\n\nThe Joint Committee (Eastvale) agreed:\n\n"
    "(i)    The membership of the task groups as set out in the report.\n"
)


def test_a_committee_naming_its_area_in_brackets_opens_its_decisions(tmp_path):
    found = page_items(tmp_path, _DECISIONS)
    first_item, clauses, _ = found[0]
    assert first_item.title == "Play Area Funding (Executive Function - for Decision)"
    assert [clause.split()[:3] for clause in clauses] == [["The", "committee's", "play"], ["Authority", "be", "delegated"], ["The", "committee", "receives"]]
    assert any("Partnership Manager" in text for texts in page_tasks(tmp_path, _DECISIONS).values() for text in texts)


def test_a_later_decision_that_lost_its_title_is_a_decision_of_its_own(tmp_path):
    from tests.stored import stored_page
    meeting, found = stored_page(tmp_path, _DECISIONS)
    assert meeting.committee == "Eastvale Joint Committee"
    assert len(found) == 2 and found[1][1] and found[1][1][0].startswith("The membership")


# --- outcomes and decisions after a label -------------------------------------------------------------------------------

_TERSE = (
    "Minutes for a meeting of the Parish Council held on Tuesday 5th April 2036 at 7.15 pm at the Methodist Hall, Fenwick\n\n"
    "1. Welcome and announcements\n\n2. Apologies received \u2013 Cllrs Ash, Birch\n\n"
    "3. Confirmation of the minutes of the meeting of 1st March 2036 \u2013 Prop Cllr DK, 2nd Cllr AB \u2013 carried\n\n"
    "4. District & County Council matters\n4.1 Cllr Kemp \u2013 no update\n4.2 Cllr Parr \u2013 report noted\n4.3 Cllr Oakes \u2013 report noted\n\n"
    "5. Correspondence \u2013 noted\n"
)


def test_a_report_noted_after_its_title_is_the_points_decision(tmp_path):
    found = {item.number: (item.title, clauses) for item, clauses, _ in page_items(tmp_path, _TERSE)}
    assert found["4.2"] == ("Cllr Parr", ["report noted"])
    assert found["4.3"] == ("Cllr Oakes", ["report noted"])
    assert found["4.1"][1] == [] and found["5"] == ("Correspondence", ["noted"])


def test_a_decision_after_a_label_ending_in_a_road_number_is_read(tmp_path):
    page = _PARISH + (
        "1. Apologies\nNone.\n\n2. Matters arising\n"
        "a) Footway along the B1234: Discussion was had on what work volunteers might offer.\n"
        "b) Speed sign on the B1234: Agreed that a meeting with the county to look at its siting would be useful.\n"
        "c) Plot 14: Agreed that the tenancy be ended after two warnings.\n\n"
        "3. Close\nThe meeting closed at 9pm.\n"
    )
    found = {item.number: clauses for item, clauses, _ in page_items(tmp_path, page)}
    assert found["2b"] == ["Agreed that a meeting with the county to look at its siting would be useful."]
    assert found["2a"] == [] and found["2c"] == ["Agreed that the tenancy be ended after two warnings."]


# --- matters arising under the last minutes -----------------------------------------------------------------------------

_MINUTES_THEN_ARISING = _PARISH + (
    "116/36 Declarations of Interest\nNone.\n\n117/36 Minutes of Council held on Wednesday 9th January\n"
    "The minutes of the meeting held on 9th January were received and adopted as a correct record.\n\n"
    "Matters Arising\n\nThe Clerk is awaiting figures from the county before reporting on the closure of the toilets.\n\n"
    "118/36 Planning\nNo applications were received.\n"
)


def test_matters_arising_alone_under_the_last_minutes_is_an_item(tmp_path):
    found = page_items(tmp_path, _MINUTES_THEN_ARISING)
    assert [(item.number, item.title) for item, _, _ in found][1:4] == [
        ("117/36", "Minutes of Council held on Wednesday 9th January"), (None, "Matters Arising"), ("118/36", "Planning")]


def test_matters_arising_inside_an_item_on_other_business_stays_in_it(tmp_path):
    # (a report's own sub-heading, under an item that is not the last minutes)
    page = _MINUTES_THEN_ARISING.replace("117/36 Minutes of Council held on Wednesday 9th January", "117/36 Clerk's report")
    assert None not in _numbers(tmp_path, page)[1:]


def test_a_decision_field_saying_none_is_no_decision(tmp_path):
    page = _DECISIONS.replace("The Joint Committee (Eastvale) agreed:\n\n(i)    The membership of the task groups as set out in the report.\n",
                              "Decision:\nNone\n\nApproval sought to commission a new\n")
    found = page_items(tmp_path, page)
    assert len(found) == 2 and found[1][1] == []


def test_a_thing_noted_in_a_few_words_is_the_points_decision(tmp_path):
    page = (
        "Minutes of Fenwick Community Council meeting held on 4th March 2036 in the Hall\n\n1. Apologies\n1.1 None were received.\n\n"
        "2. Planning\n2.1 Consultation on the wind farm noted.\n2.2 Bank statements tabled and noted.\n2.3 Cllr Ash noted.\n\n3. Reports\n(a) County Nothing noted.\n(b) District Cllr Dadd said the local plan has allocated no land yet.\n"
    )
    found = {item.number: clauses for item, clauses, _ in page_items(tmp_path, page)}
    assert found["2.1"] == ["Consultation on the wind farm noted."]
    assert found["2.2"] == ["Bank statements tabled and noted."]
    assert found.get("2.3", []) == [] and found["3a"] == []


def test_the_same_formula_closing_two_paragraphs_is_two_decisions(tmp_path):
    page = _PARISH + (
        "1. Opening\nApologies for absence were received from Cllr Marsh.\n\nResolved that the above apologies be approved.\n\n"
        "There were no members of the public present.\n\nResolved that the above be noted.\n\n"
        "The Clerk reported that the allotment committee will first meet in December.\n\nResolved that the above be noted.\n\n"
        "2. Close\nThe meeting closed at 9pm.\n"
    )
    found = {item.number: clauses for item, clauses, _ in page_items(tmp_path, page)}
    assert found["1"] == ["that the above apologies be approved.", "that the above be noted.", "that the above be noted."]


def test_a_decision_with_its_vote_after_the_word_is_read_whole(tmp_path):
    page = _PARISH + (
        "1. Car park\nIt was resolved by 6 votes to 2 to close the car park overnight.\n\n"
        "2. Plan\nIt was agreed by a majority of 5:2 to move forward with the plan.\n\n3. Close\nThe meeting closed at 9pm.\n"
    )
    found = {item.number: clauses for item, clauses, _ in page_items(tmp_path, page)}
    assert found["1"] == ["by 6 votes to 2 to close the car park overnight."]
    assert found["2"] == ["Agreed by a majority of 5:2 to move forward with the plan."]


# --- the first review's guards ------------------------------------------------------------------------------------------


def test_a_decision_quoted_after_a_minute_a_year_or_an_action_number_is_no_decision(tmp_path):
    page = _PARISH + (
        "1. Apologies\nNone.\n\n2. Matters arising from the last meeting\n"
        "Minute 3: Agreed that the Clerk writes to the county about a 40mph limit. Letter sent, no reply yet.\n"
        "2033: Agreed that the county would survey the road.\nAction 15: Agreed to ask the warden to patrol the bridleway.\n\n"
        "3. Close\nThe meeting closed at 9pm.\n"
    )
    found = {item.number: clauses for item, clauses, _ in page_items(tmp_path, page)}
    assert found["2"] == []  # (the task "Action 15:" gives is read as before this step)


_RECORD = (
    "Record of Delegated Decision\n\nREPLACEMENT OF STREET LIGHTING COLUMNS, ORCHARD ESTATE\n\n"
    "Decision Maker: Director of Place\n\nDate of decision: 06/02/2036\n\n"
    "Decision Maker: Cabinet Member for Highways (consulted)\n\nDate of decision: 06/02/2036\n\n"
    "Decision:\nThat the contract for replacing 84 lighting columns be awarded to Lumen Highways Ltd at a cost of \u00a3212,400.\n\n"
    "Reasons for the decision:\nLumen Highways Ltd gave the best tender.\n"
)


def test_one_decision_with_two_makers_stays_one(tmp_path):
    found = page_items(tmp_path, _RECORD)
    assert len(found) == 1 and len(found[0][1]) == 1


def test_a_decision_after_a_field_saying_not_applicable_is_kept(tmp_path):
    page = _RECORD.replace("Decision:\nThat the contract", "Decision:\nN/A\nDetails of decision:\nThat the contract")
    assert page_items(tmp_path, page)[0][1][0].startswith("That the contract")


def test_a_related_decisions_dated_line_is_not_the_decisions_title(tmp_path):
    page = _RECORD.replace("Record of Delegated Decision", "Decision details").replace(
        "REPLACEMENT OF STREET LIGHTING COLUMNS, ORCHARD ESTATE\n\n",
        "REPLACEMENT OF STREET LIGHTING COLUMNS, ORCHARD ESTATE\n\nRelated decisions:\n14/03/2031 - STREET LIGHTING, ORCHARD ESTATE ref: 1204\n\n",
    )
    assert page_items(tmp_path, page)[0][0].title == "Replacement of Street Lighting Columns, Orchard Estate"


def test_an_agenda_item_page_titled_decisions_published_keeps_its_title(tmp_path):
    page = (
        "Agenda item\n\nDecisions Published\n\nMeeting: 03/12/2036 - Overview and Scrutiny Committee (Item 7)\n\n"
        "To note the decisions published by the Cabinet since the last meeting.\n\nMinutes:\n"
        "The Committee considered the list of decisions.\n\nRESOLVED that the decisions be noted.\n"
    )
    assert page_items(tmp_path, page)[0][0].title == "Decisions Published"


def test_an_outcome_after_a_hyphen_or_a_sentence_after_the_dash(tmp_path):
    page = _PARISH + (
        "36/19 County Councillor's report - noted\n36/20 Town Clerk's report \u2013 report was noted\n"
        "36/21 Emails from residents \u2013 list as noted\nEleven emails had been received about parking.\n36/22 Close\n"
    )
    found = {item.number: (item.title, clauses) for item, clauses, _ in page_items(tmp_path, page)}
    assert found["36/19"] == ("County Councillor's report", ["noted"])
    assert found["36/20"] == ("Town Clerk's report", ["report was noted"])
    assert found["36/21"][1] == []


def test_minute_numbers_quoted_in_an_action_log_or_a_calendar_are_no_items(tmp_path):
    log = _PARISH + (
        "1. Apologies\nNone.\n\n2. Action log\nThe Clerk went through last month's actions. Action 3605/4 Clerk to order the bench - done, "
        "fitted on 3 June. Action 3605/5 Cllr Vale to inspect the stile - outstanding. 3605/6 Clerk to write to the county about the "
        "speed limit - done, the reply was circulated. 3605/7 Cllr Hyde to price a noticeboard - outstanding, two quotes awaited. "
        "3605/8 Clerk to renew the insurance - done. Outstanding actions go forward to July.\n\n3. Planning\nNo applications.\n"
    )
    assert _numbers(tmp_path, log) == ["1", "2", "3"]
    calendar = log.replace(
        "The Clerk went through last month's actions. Action 3605/4",
        "The events calendar was agreed: 2036/7 Regatta Week on the quay, 2036/8 Carnival and fete, 2036/9 Harvest supper, 2036/11 "
        "Remembrance parade. Action 3605/4",
    )
    assert _numbers(tmp_path, calendar) == ["1", "2", "3"]


def test_options_in_roman_figures_a_sentence_announces_are_no_points(tmp_path):
    page = (
        "Draft minutes FENWICK COMMUNITY COUNCIL Minutes of meeting held on Tuesday 16th May 2036 at 7.30pm in Fenwick Hall "
        "Present: Ann Dorn, Chair (AD), Roy Vale (RV) Item 1. Welcome. The Chair opened the meeting. Item 2. Harbour wall. The "
        "engineer set out three options for the collapsed section: (i) Repair it with matching stone at about £9,000. (ii) Rebuild "
        "the whole length at about £30,000. (iii) Remove it and leave a grass bank. After discussion it was agreed to ask the harbour "
        "trust to share the cost of a repair. Item 3. Any other business. None.\n"
    )
    assert not [number for number in _numbers(tmp_path, page) if number and "(" in number]


def test_lettered_entries_under_a_list_heading_or_a_decision_stay_in_it(tmp_path):
    for before in ("Correspondence", "It was resolved that", "The following were appointed as the council's representatives"):
        page = _LETTERED_DASHED.replace("unanimously agreed.\n\n", f"unanimously agreed.\n\n{before}\n\n")
        assert [number for number in _numbers(tmp_path, page) if number] == [], before


def test_another_bodys_minutes_circulated_are_not_the_councils(tmp_path):
    page = _LETTERED_DASHED.replace(
        "The minutes had been circulated prior to the meeting Cllr Hyde proposed they were a correct record of the meeting; "
        "this was seconded by Cllr Vale and unanimously agreed.",
        "The minutes were circulated of the Allotment Association's annual meeting; Mrs Kerr said they were a true record.",
    )
    assert "Minutes of the previous meeting" not in [item.title for item, _, _ in page_items(tmp_path, page)]


def test_matters_arising_over_a_correction_running_on_is_no_item(tmp_path):
    page = _MINUTES_THEN_ARISING.replace(
        "Matters Arising\n\nThe Clerk is awaiting",
        "Matters arising\nshould read 'Mill Lane'. The Clerk is awaiting",
    )
    assert None not in _numbers(tmp_path, page)[1:]


def test_a_status_line_between_headings_under_matters_arising_leaves_them_read(tmp_path):
    page = _PARISH + (
        "1. Apologies\nNone.\n\n2. Matters Arising\n\nRiverside Bench\n\nThe plaque has been fixed to the bench by the contractor.\n\n"
        "Still waiting on the council\n\nThe roads department has not replied about the passing place, despite two reminders.\n\n"
        "Awaiting a reply from the estate\n\nThe estate has not answered the letter about the hedge on the school lane.\n\n"
        "Flood Gates\n\nThe gates were tested in November and work properly.\n\n3. Treasurer's Report\nThe balance is \u00a31,790.10.\n"
    )
    titles = [item.title for item, _, _ in page_items(tmp_path, page)]
    assert "Riverside Bench" in titles and "Flood Gates" in titles
    assert "Still waiting on the council" not in titles and "Awaiting a reply from the estate" not in titles
