"""Shapes read in the fortieth step. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

import datetime as dt

import pytest

from cpb_tui.importers import ImportProblem
from tests.stored import page_items as _items, stored_page, tasks


# --- a report of a thing done, and what the one who told of it will do next -----------------------------------------------


def test_the_one_who_reported_a_thing_done_takes_on_what_follows_it():
    assert tasks("The Clerk advised that the quote for the lych gate had arrived and will forward it to members.") == [
        ("The Clerk to forward it to members", ("the Clerk",))]
    assert tasks("The Clerk reported that the survey was received and would circulate it before the next meeting.") == [
        ("The Clerk to circulate it before the next meeting", ("the Clerk",))]
    assert tasks("Cllr Wren confirmed the grant had been paid and will send the receipt to the Clerk.") == [
        ("Cllr Wren to send the receipt to the Clerk", ("Cllr Wren",))]


def test_a_thing_that_will_do_something_of_its_own_is_no_task_of_the_one_who_told_of_it():
    assert tasks("The Clerk said that the library had closed and would reopen in June.") == []
    # (a person after "that" is still the one who does it)
    assert tasks("Cllr Quill said that he had visited the stile and would chase up the contractor.") == [
        ("Cllr Quill to chase up the contractor", ("Cllr Quill",))]


# --- how the meeting came to a decision, before who decided ---------------------------------------------------------------


_HEAD = "Minutes of the meeting of the Ashmoor Borough Council Licensing Committee held on 14 May 2035\n\n"


def test_a_vote_or_a_ruling_before_who_decided_opens_the_decision(tmp_path):
    page = (
        f"{_HEAD}1. Urgent business\nThe Chair ruled, and the Committee agreed, that the late report on street trading be "
        "taken as urgent business.\n\n2. Hackney carriage fares\nThe Committee considered the fares review.\n"
        "After discussion, the Committee agreed that the draft fare table be sent out for consultation.\n"
        "Following a vote, the Committee resolved to keep the present tariff until then.\n"
        "On a vote, it was agreed to defer the zoning proposal.\n"
        "Members, having considered the report, agreed that officers bring a revised policy to the September 2035 meeting.\n"
    )
    items = _items(tmp_path, page)
    # (the clause is kept as printed from who decided)
    assert items[0][1] == ["the Committee agreed that the late report on street trading be taken as urgent business."]
    assert items[1][1] == [
        "The Committee agreed that the draft fare table be sent out for consultation.",
        "The Committee resolved to keep the present tariff until then.",
        "Agreed to defer the zoning proposal.",
        "Members agreed that officers bring a revised policy to the September 2035 meeting.",
    ]
    policy = [action for action in items[1][2] if "revised policy" in action.text]
    assert [(action.owners, action.due_date) for action in policy] == [(("officers",), dt.date(2035, 9, 30))]


def test_a_verdict_on_an_application_is_no_task_but_what_follows_it_is(tmp_path):
    page = (
        f"{_HEAD}1. Premises licence, 4 Quay Street\nThe Sub-Committee heard from the applicant and the police.\n"
        "RESOLVED to refuse the application.\n\n2. Street trading consent, Market Square\n"
        "The Committee agreed to grant the consent and to write to the trader setting out the conditions.\n"
    )
    items = _items(tmp_path, page)
    assert [action.text for action in items[0][2]] == []
    assert [action.text for action in items[1][2]] == ["Write to the trader setting out the conditions"]


# --- matters arising under the earlier minute's number in brackets, run on in one paragraph -----------------------------


_ARISING = (
    "Minutes of a meeting of Fenwick Community Council held on Thursday 17th November 2035 at the Village Hall\n\n"
    "Present: Cllr Mrs A Bell (Chairman), Cllrs T Wren and P Quill.\n\nMatters arising\n\n"
    "294/2035 (244/2035) Clerk had visited the shop and found a place for the defibrillator. It was agreed to find costings "
    "for the next meeting. 295/2035 (245/2035) It was agreed that the County Council be reminded of its promise to inspect "
    "the bridge. 296/2035 (246/2035) Chairman attended the first meeting of the Trust Fund on 27th October and reported on "
    "its rules. 297/2035 (247/2035) Joint meeting with the neighbouring council \u2013 a form now sent to the county for a "
    "study of the footbridge\n\nCorrespondence\n\n"
    "298/2035 Consultation from the Welsh Government on a new commission for roads and bridges. Clerk to respond that "
    "inspections matter. 299/2035 Meeting of the quarry liaison group held on Fri 21st October. The transport manager agreed "
    "to speak to the drivers. 300/2035 Notice of the area committee's meeting on Tues 4th Oct at . 301/2035 Email received "
    "from the school about parking.\n"
)


def test_matters_arising_under_earlier_minutes_in_brackets_are_items_of_their_own(tmp_path):
    items = _items(tmp_path, _ARISING)
    numbered = [(item.number, item.title) for item, _, _ in items if item.number]
    assert [number for number, _ in numbered] == [f"{n}/2035" for n in range(294, 302)]
    titles = dict(numbered)
    assert titles["294/2035"] == "Clerk had visited the shop and found a \u2026"  # (its opening words, the story told below)
    assert titles["295/2035"] == "Arising from minute 245/2035"  # (it opens on its decision)
    assert titles["297/2035"].startswith("Joint meeting with the neighbouring council")
    by_number = {item.number: (clauses, actions) for item, clauses, actions in items}
    assert by_number["294/2035"][0] == ["Agreed to find costings for the next meeting."]
    assert by_number["295/2035"][0] == ["Agreed that the County Council be reminded of its promise to inspect the bridge."]
    assert [action.text for action in by_number["298/2035"][1]] == ["Clerk to respond that inspections matter"]


# --- tasks told in a councillor's report: "He was asked to ...", a task in brackets, a letter about two things ---------


def test_he_or_she_asked_to_act_is_the_councillor_just_named():
    assert tasks("County Cllr Wren reported on the pothole repairs. He was asked to convey the parish's concerns to the "
                 "Highways team.") == [("County Cllr Wren to convey the parish's concerns to the Highways team", ("County Cllr Wren",))]
    # (a member of the public asked to write in is asked nothing the council must follow up)
    assert tasks("Mr Dale spoke for the residents of Mill Row. He was asked to put the residents' views in writing to the Clerk.") == []


def test_a_task_in_brackets_inside_a_sentence_is_a_task_of_its_own():
    found = tasks("He raised the timing of the lights at the bridge (Clerk was instructed to inform the Highways team of the "
                  "fault). He was thanked.")
    assert ("Clerk to inform the Highways team of the fault", ("Clerk",)) in found


def test_a_letter_about_two_matters_is_one_thing_to_send(tmp_path):
    page = (f"{_HEAD}1. Fire cover\nMembers agreed that a letter lamenting the loss of the Quay Street station and the "
            "slower response times should be sent to the fire authority.\n")
    items = _items(tmp_path, page)
    assert [action.text for action in items[0][2]] == [
        "Send a letter lamenting the loss of the Quay Street station and the slower response times to the fire authority"]


# --- committees named in headings of other wordings ---------------------------------------------------------------------


def _meeting(tmp_path, page, **asked):
    return stored_page(tmp_path, page, **asked)[0]


def test_minutes_headings_of_other_wordings_name_their_body(tmp_path):
    body = "\n\nPRESENT: Cllr R. Vane (Mayor), Cllr S. Pryor\n\n1. APOLOGIES None.\n2. FOOTPATHS The Clerk reported on the stile.\n"
    cases = {
        "MINUTES OF A COUNCIL MEETING HELD IN THE TOWN HALL AT 7.15 P.M. ON MONDAY 22ND APRIL, 2035.": "Council",
        "Draft Minutes of the Parish Council held\n\n Thursday 12th April 2035, 7.00pm in the Village Hall": "Parish Council",
        "Minutes of Harrowby Vale Community Council, at the Village Hall, on Thursday, 5 April 2035 (7.30pm)": "Harrowby Vale Community Council",
        "Minute of Meeting on 17 April 2035\n\nHarrowby Vale Community Council\n\nMinute of Meeting on Tuesday, 17 April 2035": "Harrowby Vale Community Council",
        "At the meeting of the adjourned TOWN COUNCIL held in the Corn Exchange, on Tuesday, 9th January 2035 at 7pm.": "Town Council",
        "HARROWBY COMMUNITY COUNCIL CYNGOR CYMUNED HARROWBY MINUTES OF COMMUNITY COUNCIL MEETING ON 2nd April 2035": "Harrowby Community Council",
    }
    for heading, committee in cases.items():
        meeting = _meeting(tmp_path, heading + body)
        assert (meeting.committee, meeting.date.year) == (committee, 2035), heading


def test_a_committee_named_alone_on_the_first_line_is_kept_when_only_the_date_is_asked_for(tmp_path):
    page = ("Licensing Committee\nCommittee Members:\nCouncillors Orme (Chairman), Bastable and Crewe\n1. Apologies for Absence\n"
            "Apologies were received from Councillor Gale.\n2. Minutes of the Meeting held on 9 March 2035\n"
            "RESOLVED: That the Minutes of the meeting held on 9 March 2035 be approved as a correct record.\n")
    with pytest.raises(ImportProblem) as asked:
        _meeting(tmp_path, page)
    assert "which date" in asked.value.reason and "committee" not in asked.value.reason.split("import it again")[0]
    meeting = _meeting(tmp_path, page, date=dt.date(2035, 4, 12))
    assert meeting.committee == "Licensing Committee"


# --- titles in capitals, clauses wrapped over a blank line, spaced-out "THAT" ---------------------------------------------


def test_a_long_title_in_capitals_ending_in_a_stop_is_still_an_items_title(tmp_path):
    page = (
        "Agenda and minutes\n\nCabinet - Monday, 8th January, 2035 10.00 am\n\nItems\nNo. Item\n\n1.\n\nAPOLOGIES FOR ABSENCE\n\n"
        "Minutes:\n\nThere were none.\n\n2.\n\nTO CONFIRM AS A TRUE RECORD THE NOTES OF THE CABINET'S GATHERING ON THE 4TH "
        "DECEMBER, 2034. pdf icon PDF 98 KB\n\nMinutes:\n\nUNANIMOUSLY RESOLVED that the minutes be signed as a correct record.\n\n"
        "3.\n\nLIBRARY OPENING HOURS pdf icon PDF 120 KB\n\nMinutes:\n\nUNANIMOUSLY RESOLVED that the report be noted.\n"
    )
    items = _items(tmp_path, page)
    assert [item.number for item, _, _ in items] == ["1", "2", "3"]
    assert items[1][0].title.startswith("To Confirm as a True Record the Notes of the Cabinet's Gathering on the 4th December")
    assert items[1][1] == ["that the minutes be signed as a correct record."]


def test_a_clause_broken_over_a_blank_line_mid_sentence_is_one_clause(tmp_path):
    page = (
        f"{_HEAD}12. Disposal of land at Rookery Lane\n\n(i)            That the sale of the plot at Rookery Lane,\n\n"
        "                  Stanbury for light industrial use, be approved.\n\n\n(ii)           That the Director of Resources "
        "be authorised to complete the disposal.\n"
    )
    items = _items(tmp_path, page)
    assert items[0][1] == ["That the sale of the plot at Rookery Lane, Stanbury for light industrial use, be approved.",
                           "That the Director of Resources be authorised to complete the disposal."]


def test_spaced_out_that_and_initials_in_a_title_in_capitals(tmp_path):
    page = ("CABINET\n\nMinutes of a meeting held on 6th June, 2035.\n\nC210                        COUNCILLOR MRS J.A. WREN -\n\n"
            "The Cabinet stood in silence.\n\nC211                        MINUTES -\n\nRESOLVED - T H A T the notes of the session "
            "held on 2nd May, 2035 be approved as a true account.\n")
    items = _items(tmp_path, page)
    assert items[0][0].title == "Councillor Mrs J.A. Wren"
    assert items[1][1] == ["That the notes of the session held on 2nd May, 2035 be approved as a true account."]


def test_a_thing_done_then_to_be_taken_at_a_later_meeting_is_named_alone():
    assert [text for text, _ in tasks("The two audit reports were sent round to members and would be discussed at the "
                                      "March meeting.")] == ["Discuss the two audit reports at the March meeting"]
    assert [text for text, _ in tasks("The draft plan was circulated and would be considered at the March meeting.")] == [
        "Consider the draft plan at the March meeting"]


# --- shorthand follow-ups: a log's "ACTION: Clerk Write ...", "to be raised again", a project put off to a meeting ---------


def test_an_action_log_column_run_into_the_minutes_names_its_owner_and_a_done_one_is_no_task():
    assert tasks("ACTION: Clerk Write to the Highways officer about the blocked gully on Mill Lane") == [
        ("Clerk to write to the Highways officer about the blocked gully on Mill Lane", ("Clerk",))]
    assert tasks("ACTION: TW Thank the volunteers for the litter pick.") == [("TW to thank the volunteers for the litter pick", ("TW",))]
    assert tasks("ACTION: Clerk Upload the signed minutes to the website Done 16/03") == []


def test_a_matter_to_be_taken_up_again_told_in_shorthand():
    assert [text for text, _ in tasks("A blocked culvert on Sheep Street had still not been cleared \u2013 to be raised again "
                                      "with the county.")] == ["Raise the blocked culvert on Sheep Street again with the county"]
    assert [text for text, _ in tasks("The damaged fingerpost at Cold Harbour to be logged with the county highways team.")] == [
        "Log the damaged fingerpost at Cold Harbour with the county highways team"]
    assert [text for text, _ in tasks("The council asked that a site visit with the landowner be organised.")] == [
        "Organise a site visit with the landowner"]


def test_a_project_put_off_to_a_meeting_is_due_then(tmp_path):
    page = (f"{_HEAD}1. Village projects\nSpeed sign \u2013 Next agenda\nPond clearance \u2013 Deferred to June meeting\n"
            "Awaiting report from the tree warden \u2013 next meeting\n\n2. Date of next meeting\nThe next meeting will be on 11 June 2035.\n")
    actions = _items(tmp_path, page)[0][2]
    # (both due at the meeting of 11 June, the next one and the June one)
    assert [(action.text, action.due_meeting_date) for action in actions][:2] == [
        ("Bring speed sign to the next agenda", dt.date(2035, 6, 11)), ("Bring pond clearance to the June meeting", dt.date(2035, 6, 11))]
    assert not any(action.text.startswith("Bring awaiting") or action.text.startswith("Bring Awaiting") for action in actions)


def test_a_heading_in_capitals_whose_text_opens_on_letters(tmp_path):
    page = ("Minutes of the meeting of Harrowby Vale Town Council held at the Town Hall on Tuesday, 15th May 2035 at 6.30pm.\n\n"
            "101 POLICING MATTERS PC Ann Hale attended and gave the April report.\n\n103 APOLOGIES SBC Councillors Moss and Carr.\n\n"
            "104 CCTV UPDATE CCTV cameras in the car park have been repaired.\n")
    items = _items(tmp_path, page)
    assert [item.title for item, _, _ in items] == ["Policing Matters", "Apologies", "CCTV Update"]


# --- minute numbers with the year after a hyphen; points numbered apart over sentences; a borough's undertaking ------------


def test_minute_numbers_with_the_year_after_a_hyphen_then_a_dash(tmp_path):
    page = ("Harrowby Vale Parish Council\n\nMinutes of the council's full meeting held on 12 September 2035 in the small hall\n\n"
            "443-35 \u2013 Present\n\nThere were present Mr A Dale (Chairman) and Mrs B Moss.\n\n"
            "444-35 - To accept apologies and reasons for absence\n\nApologies were received from Cllr Hart. Apologies accepted.\n\n"
            "445-35 - Half Marathon 2036\n\nMr Reed gave a brief account of the route.\n")
    assert [item.number for item, _, _ in _items(tmp_path, page)] == ["443-35", "444-35", "445-35"]


def test_points_numbered_apart_over_sentences_are_no_items(tmp_path):
    page = ("HARROWBY COMMUNITY COUNCIL\n\nDRAFT MINUTE OF THE MEETING HELD AT THE HALL\n\nON MONDAY 11 MARCH 2035 AT 7PM\n\n"
            "1.       Welcome and apologies\n\nPresent: Chair - Ann Dale (AD); Secretary - Ben Moss (BM)\n\n"
            "3.       Matters arising\n\n3a\n\nRailings at the war memorial have now been repainted.\n\n3b\n\n"
            "A letter was sent to the bus company about the school service.\n")
    assert [item.number for item, _, _ in _items(tmp_path, page)] == ["1", "3"]


def test_a_borough_by_its_letters_undertaking_something_is_no_task_of_the_meeting():
    assert tasks("Copse appeal \u2013 update given - WBC have agreed to meet the parish councillors but await legal advice.") == []
    assert tasks("SBC will repair the fence next week.") == []


def test_decided_to_install_sets_work_where_decided_to_purchase_is_the_act_itself(tmp_path):
    page = (f"{_HEAD}1. Bins\nIt was decided to install a new bin at the bus stop.\n\n2. Training\n"
            "It was decided to purchase two first aid courses.\n")
    items = _items(tmp_path, page)
    assert [action.text for action in items[0][2]] == ["Install a new bin at the bus stop"]
    assert items[1][2] == []


# --- a "Decisions published" list: an item per decision, whatever its decision words --------------------------------------


_PUBLISHED = (
    "\nSearch below for the decisions of recent weeks.\n\nDecisions published\n\n"
    "14/03/2035 - MINUTES OF THE PREVIOUS MEETING ref: 2201    Recommendations Approved\n\nDecision Maker: Cabinet\n\n"
    "Made at meeting: 14/03/2035 - Cabinet\n\nDecision published: 15/03/2035\n\nEffective from: 22/03/2035\n\n\n"
    "That the Minutes of the meeting held on 14 February 2035 be agreed as a correct record.\n\n"
    "14/03/2035 - LEASE OF THE OLD DEPOT, MILL ROAD ref: 2204    Recommendations Approved\n\n"
    "To seek approval for a lease of the depot.\n\nDecision Maker: Cabinet\n\nMade at meeting: 14/03/2035 - Cabinet\n\n"
    "Decision published: 15/03/2035\n\nEffective from: 22/03/2035\n\n\n            R E S O L V E D \u2013 that:\n\n\n"
    "A.    a 25 year lease of the Old Depot to the Harrowby Trust be approved.\n\n\n"
    "B.    subject to the Trust's board agreeing, delegated authority be given to the Head of Property to agree the final terms.\n\n"
    "14/03/2035 - UNCOLLECTABLE DEBTS 2034/35 ref: 2205    Recommendations Approved\n\nDecision Maker: Cabinet\n\n"
    "Made at meeting: 14/03/2035 - Cabinet\n\nDecision published: 15/03/2035\n\nEffective from: 22/03/2035\n\n\n"
    "That the debts listed at Appendix 2 be considered uncollectable for the reasons given and be written off.\n"
)


def test_a_list_of_published_decisions_is_an_item_each(tmp_path):
    items = _items(tmp_path, _PUBLISHED)
    assert [item.title for item, _, _ in items] == [
        "Minutes of the Previous Meeting", "Lease of the Old Depot, Mill Road", "Uncollectable Debts 2034/35"]
    assert items[1][1] == ["a 25 year lease of the Old Depot to the Harrowby Trust be approved.",
                           "subject to the Trust's board agreeing, delegated authority be given to the Head of Property to agree the final terms."]
    assert [action.text for action in items[1][2]] == ["The Head of Property to agree the final terms"]
    assert items[2][2] == []  # (debts judged uncollectable: a verdict, no garbled task)


def test_officers_instructed_with_an_aside_between():
    from cpb_tui.actions import extract_from_resolution

    found = extract_from_resolution("D. Harrowby Officers are instructed, in conjunction with the ward members, to begin "
                                    "talks with every parish about its assets.", "resolved")
    assert [(action.text, action.owners) for action in found] == [
        ("Harrowby Officers to begin talks with every parish about its assets, in conjunction with the ward members", ("Harrowby Officers",))]


def test_what_someone_was_due_to_do_is_their_task():
    assert tasks("With regard to the village hall lease, the Clerk to the Council had been due to chase it with the Director.") == [
        ("The Clerk to chase it with the Director", ("the Clerk",))]
    assert [text for text, _ in tasks("Press Officers were to attend the Committee's session to be held on "
                                      "14 March 2035.")] == ["Press Officers to attend the Committee's session to be held on 14 March 2035"]


def test_a_published_decision_standing_bare_under_its_fields(tmp_path):
    page = (
        "Decisions published\n\n27/09/2035 - Shareholder Decision for Harrowby Airport Ltd ref: 3216    Recommendations Approved\n\n"
        "Decision Maker: Leader\n\nDecision published: 30/09/2035\n\nEffective from: 27/09/2035\n\n\n"
        "Councillor Ann Dale is appointed as Director of the Company with immediate effect.\n\nLead officer: Ben Moss\n\n"
        "24/09/2035 - Declaration of Harrowby Hill as a Nature Reserve ref: 3212    For Determination\n\n"
        "Decision Maker: Cabinet\n\nMade at meeting: 24/09/2035 - Cabinet\n\nDecision published: 27/09/2035\n\n"
        "Effective from: 24/09/2035\n\n\n1.    the council's application to become an Approved Body is authorised;\n\n\n"
        "2.    consent is granted for Harrowby Hill to be named a Nature Reserve.\n\n"
        "23/04/2035 - GRASSLAND MANAGEMENT PLAN ref: 3210    Recommendations Approved\n"
    )
    store_items = _items(tmp_path, page)  # (the first meeting's: the Leader's)
    assert store_items[0][1] == ["Councillor Ann Dale is appointed as Director of the Company with immediate effect."]


def test_a_bodys_decision_in_the_middle_of_a_paragraph_in_other_words(tmp_path):
    page = (
        "Minutes of Harrowby Vale Community Council meeting held on 11 July 2035 at 7.30 pm in the Old School\n\n"
        "5) Planning: Once outline consent for the mill field was granted, plans for the houses came in. The councillors "
        "reviewed the plans and decided to reply that the houses must match those "
        "around them.\n\n6) Jubilee tree: After much discussion the councillors voted against buying a bench.\n\n"
        "7) Village photograph: Mr Dale has kindly given the photograph taken at the fete. The Parish Council have agreed to meet "
        "the cost of a frame.\n"
    )
    items = _items(tmp_path, page)
    assert items[0][1] == ["The councillors reviewed the plans and decided to reply that the houses must match those around them."]
    assert items[1][1] == ["the councillors voted against buying a bench."]
    assert items[2][1] == ["The Parish Council have agreed to meet the cost of a frame."] and items[2][2] == []


# --- the step's review: what the new readings must leave alone ---------------------------------------------------------------


def test_the_new_readings_leave_these_alone(tmp_path):
    from cpb_tui.actions import extract_from_minutes, extract_from_resolution

    # a log's line keeps to its line, and a last word that may be the task's own is no status
    assert [a.text for a in extract_from_minutes("Members noted the report.\n\nACTION: Clerk Write to the contractor.\n\n"
                                                 "The Chairman thanked everyone.")] == ["Clerk to write to the contractor"]
    assert [a.text for a in extract_from_minutes("ACTION: Clerk Check whether the gate is open.")] == ["Clerk to check whether the gate is open"]
    # a plan that fell through, after "He"; a request whose tail tells of someone else's plan
    assert tasks("Cllr Hale reported on the forum. He was to attend the next forum but was unwell.") == []
    assert [t for t, _ in tasks("The Clerk was asked to write to the contractor, who was to start in May but has not.")] == [
        "The Clerk to write to the contractor, who was to start in May but has not"]
    # a person is no thing that was done; a person before the dash is no matter to raise
    assert tasks("Cllr Ward reported that the landowner had cleared the ditch and would cut the hedge in May.") == []
    assert tasks("The Chairman has spoken to the tenant \u2013 to be followed up next month.") == []
    # "considered" with a time is a deferral, with a verdict none
    assert [a.text for a in extract_from_resolution("That the play area be considered next year.", "resolved")] == ["Consider the play area next year"]
    # another body's decision told in a report is not the meeting's
    page = (f"{_HEAD}1. Burial board\nCllr Hale reported from the joint burial board. The board has agreed to raise the fees in April.\n")
    assert _items(tmp_path, page)[0][1] == []
    # an initial before a name is no clause label; a heading's small word is no body's letters
    assert [a.text for a in extract_from_resolution("A. Smith to write to the owner.", "agreed")] == ["A. Smith to write to the owner"]


def test_a_thing_and_the_meetings_word_on_it_is_a_decision_and_no_task(tmp_path):
    page = (f"{_HEAD}1. Finance\nBudget review figures agreed.\n\n2. Accounts\n"
            "The Clerk tabled the May bank statements, which were accepted by all.\n")
    items = _items(tmp_path, page)
    assert items[0][1] == ["Budget review figures agreed."] and items[0][2] == []
    assert items[1][1] == ["The Clerk tabled the May bank statements, which were accepted by all."]
