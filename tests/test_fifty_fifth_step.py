"""The fifty-fifth step: shapes two blind halves showed once their blind score was taken (a town council's summons over its
agenda, numbers glued to their titles, a page's number over a minute's, a title whose minute wraps after its dash), written
again about fictional bodies. Texts the project wrote."""

from __future__ import annotations

import datetime as dt
import textwrap

from tests.stored import page_items as _items
from tests.stored import second_item, stored_page

_SUMMONS_AGENDA = (
    "October 2036 TC agenda\n\n"
    "3rd OCTOBER2036\n\n"
    "Bramford Town Councillors, you are hereby summoned to attend a meeting of Bramford Town Council at the Corn Hall on "
    "Monday 9th OCTOBER2036\n\n"
    "at 7.15pm for the purpose of transacting the following business.\n\n"
    "AGENDA\n\n"
    "1. TO RECEIVE DECLARATIONS OF INTEREST:\n\n"
    "2. TO RECEIVE APOLOGIES FOR ABSENCE:\n\n"
    "3.TO APPROVE AND SIGN AS A TRUE RECORD THE TOWN COUNCIL MINUTES OF 11th SEPTEMBER 2036:\n\n"
    "4.TO NOTE THE STATUS OF ACTIONS ARISING FROM THAT MEETING:\n\n"
    "5. CHAIRMAN'S ANNOUNCEMENTS:\n\n"
    "6.TO RECEIVE AN UPDATE ON THE NEIGHBOURHOOD PLAN:\n"
)


def test_a_summons_names_the_body_and_the_day_over_the_letters_own_date(tmp_path):
    meeting, found = stored_page(tmp_path, _SUMMONS_AGENDA)
    # the body summoned, with its venue after it and no comma between; the day it meets, not the day the letter went out
    assert meeting.committee == "Bramford Town Council"
    assert meeting.date == dt.date(2036, 10, 9)


def test_agenda_numbers_glued_to_their_titles_in_capitals_are_items(tmp_path):
    _, found = stored_page(tmp_path, _SUMMONS_AGENDA)
    assert [item.number for item, _, _ in found] == ["1", "2", "3", "4", "5", "6"]
    assert found[2][0].title.startswith("To Approve and Sign as a True Record")


def test_a_summons_with_a_comma_before_the_venue_reads_the_same(tmp_path):
    page = _SUMMONS_AGENDA.replace("Bramford Town Council at the Corn Hall", "Bramford Town Council, at the Corn Hall")
    meeting, _ = stored_page(tmp_path, page)
    assert (meeting.committee, meeting.date) == ("Bramford Town Council", dt.date(2036, 10, 9))


def test_a_decimal_after_its_number_is_no_title_glued_to_it(tmp_path):
    page = (
        "AGENDA\n\n1. APOLOGIES\n\n2. MINUTES OF THE LAST MEETING\n\n"
        "3. FINANCE\nThe precept rises by\n4.5 PER CENT this year.\n\n4. CLOSE\n"
    )
    meeting, found = stored_page(tmp_path, page, committee="Bramford Town Council", date=dt.date(2036, 10, 9))
    assert [item.number for item, _, _ in found] == ["1", "2", "3", "4"]


_PRINTED_MINUTES = (
    "AT A MEETING of the Town Council of Pennard held at the Town Hall on Thursday, 11th March, 2038.\n\n"
    "PRESENT: Councillor A Bell (Mayor), Councillors C Dunn and E Frost.\n\n"
    "194. APOLOGIES FOR ABSENCE\n\nApologies were received from Councillor G Hale.\n\n"
    "195. MINUTES\n\nRESOLVED - That the Minutes of the Meeting held on the 19th February, 2038 be adopted.\n\n"
    "199\n\n"
    "196. MATTERS ARISING FROM THE MINUTES\n\n"
    "RESOLVED - That the County Council be asked to mend the bus shelter in Mill Lane.\n\n"
    "197. CORRESPONDENCE\n\nA letter from the school was read.\n"
)


def test_a_pages_number_alone_over_a_numbered_minute_is_not_a_minute_of_its_own(tmp_path):
    found = _items(tmp_path, _PRINTED_MINUTES, committee="Pennard Town Council")
    numbers = [item.number for item, _, _ in found]
    assert "199" not in numbers
    assert {"195", "196", "197"} <= set(numbers)
    (matters,) = [entry for entry in found if entry[0].number == "196"]
    assert matters[0].title == "Matters Arising from the Minutes"
    assert matters[1] == ["That the County Council be asked to mend the bus shelter in Mill Lane."]


_WRAPPED_AFTER_DASH = (
    "Minutes of an ordinary meeting of Fenwick Parish Council held on Monday 9th October 2036 at 7pm in the Village Hall.\n"
    "101. Present: Cllrs A Bell (Chair), C Dunn, E Frost.\n"
    "102. Apologies for Absence \u2013 Cllr G Hale, away.\n"
    "103. Approval of the Minutes from the Previous Ordinary Parish Council Meeting \u2013 The minutes of the ordinary\n"
    "Parish Council meeting held on Monday 11th September were APPROVED by Cllrs and passed to the Chairman for\n"
    "signing.\n"
    "104. Highways \u2013 The pothole on Mill Lane was reported again.\n"
    "105. Planning \u2013 No applications.\n"
)


def test_a_long_title_then_a_sentence_begun_after_its_dash_are_title_and_minute(tmp_path):
    found = _items(tmp_path, _WRAPPED_AFTER_DASH)
    titles = {item.number: item.title for item, _, _ in found}
    assert titles["103"] == "Approval of the Minutes from the Previous Ordinary Parish Council Meeting"
    assert titles["105"] == "Planning"
    assert titles["104"] == "Highways"


def test_a_title_with_a_subtitle_after_its_dash_keeps_it(tmp_path):
    page = _WRAPPED_AFTER_DASH.replace("105. Planning \u2013 No applications.", "105. Village Plan \u2013 Consultation Responses")
    titles = {item.number: item.title for item, _, _ in _items(tmp_path, page)}
    assert titles["105"] == "Village Plan \u2013 Consultation Responses"


_ACTION_TAGS = (
    "Minutes of Fenwick Parish Council meeting held on Monday 9th February 2037\n\n"
    "1. Co-options \u2013 The Clerk reported that she had spoken to two residents about joining the Council. Clerk to action following up\n\n"
    "2. Lengthsman \u2013 A list of blocked drains was handed to the lengthsman. (Clerk to action)\n\n"
    "3. Footpaths \u2013 The stile on footpath 7 is broken. Chair to action.\n\n"
    "4. Close \u2013 The meeting closed at 9pm.\n"
)


def test_a_doer_to_action_following_up_or_in_brackets_makes_the_point_a_task(tmp_path):
    found = {item.number: item_tasks for item, _, item_tasks in _items(tmp_path, _ACTION_TAGS)}
    assert [task.text for task in found["1"]] == ["The Clerk reported that she had spoken to two residents about joining the Council"]
    assert [task.text for task in found["2"]] == ["A list of blocked drains was handed to the lengthsman"]
    assert [task.owners for task in found["1"] + found["2"]] == [("Clerk",), ("Clerk",)]
    assert len(found["3"]) == 1 and found["4"] == []


# a printed page set to a width of 90 columns: long sentences break where the margin falls
_PARAGRAPHS = [
    "Minutes of the meeting of Elmscar Parish Council held on Tuesday 8 July 2036 at 7.30pm in the Village Hall",
    "Present: Councillors A Bell (Chair), C Dunn, E Frost, G Hale and the Clerk, Mrs J King, with two residents",
    "1. Apologies for absence",
    "Apologies were received and accepted from Councillor Ian Jones, away on holiday, and from Councillor Lee.",
    "2. Budget monitoring for the first quarter of the year, to the end of June, as circulated",
    "RESOLVED to:",
    "1. Note and agree the budget position for the first quarter of the year and the forecast outturn for 2036-37;",
    "2. Approve the use of the reserve for the repair of the bus shelter on Mill Lane, up to a limit of \u00a31,200;",
    "3. Note the position on the earmarked reserves held for the play area and the village hall.",
    "3. Highways and footpaths reported by residents and members since the last meeting",
    "The Clerk reported that the pothole on Mill Lane had been reported to the County Council.",
]
_PRINTED_AT_A_MARGIN = "\n".join(line for paragraph in _PARAGRAPHS for line in textwrap.wrap(paragraph, 90)) + "\n"


def test_sentences_a_printed_margin_broke_are_read_whole(tmp_path):
    found = _items(tmp_path, _PRINTED_AT_A_MARGIN)
    assert [item.number for item, _, _ in found] == ["1", "2", "3"]
    clauses = {item.number: item_clauses for item, item_clauses, _ in found}
    assert clauses["2"] == [
        "Note and agree the budget position for the first quarter of the year and the forecast outturn for 2036-37;",
        "Approve the use of the reserve for the repair of the bus shelter on Mill Lane, up to a limit of \u00a31,200;",
        "Note the position on the earmarked reserves held for the play area and the village hall.",
    ]
    assert clauses["1"] == ["Apologies were received and accepted from Councillor Ian Jones, away on holiday, and from Councillor Lee."]


def test_a_margin_is_found_only_where_long_lines_end_near_one_column():
    from cpb_tui.importers.reflow import margin, reflow

    assert margin(_PRINTED_AT_A_MARGIN.split("\n")) in range(80, 110)
    # a web page keeps a paragraph to a line, of every length: no margin, nothing joined
    web = "\n".join(["Minutes of the meeting", "1. Apologies", "None.", "2. Minutes", "x " * 150, "y " * 40, "3. Close",
                     "The meeting closed at 9pm and the Chair thanked everyone for coming"])
    assert margin(web.split("\n")) is None
    assert reflow(web) == (web, None)


def test_a_heading_after_a_full_line_and_a_lettered_point_are_not_joined():
    from cpb_tui.importers.reflow import reflow

    page = (
        "The Clerk reported that the grass cutting contract had been renewed for a further year at the\n"
        "same price. The contractor will start in April and cut every fortnight until the end of October.\n"
        "a) the verges on Mill Lane and the approach roads into the village from the north and the south\n"
        "b) the churchyard, the play area and the green in front of the village hall, with the bowling\n"
        "Green\n"
        "Highways and Footpaths Reported by Residents and Members since the Last Meeting of the Council\n"
        "The pothole on Mill Lane by the bus shelter has been reported to the County Council again.\n"
        "The Chair thanked everyone for coming and closed the meeting at nine in the evening sharp.\n"
    )
    text, starts = reflow(page, [0, 4])
    lines = text.split("\n")
    assert lines[0].endswith("at the same price. The contractor will start in April and cut every fortnight until the end of October.")
    assert lines[1].startswith("a) the verges")  # a lettered point keeps its line
    assert lines[2].startswith("b) the churchyard") and lines[3] == "Green"  # a capital after no open word: a line of its own
    assert lines[4].startswith("Highways and Footpaths")
    assert starts == [0, 3]  # the page that began on the fifth line begins on what is now the fourth


def test_a_pdfs_minutes_broken_at_its_margin_are_read_whole(tmp_path):
    # a real PDF, its paragraphs set by the PDF writer to the page's width: the text reads back a line per printed line
    from fpdf import FPDF

    from tests.pdfgen import latin1
    from tests.stored import stored

    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    paragraphs = _PARAGRAPHS  # (the page of the test above, each paragraph set as one run of text)
    for paragraph in paragraphs:
        pdf.multi_cell(165, 5, latin1(paragraph), new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "elmscar.pdf"
    pdf.output(str(path))
    meeting, found = stored(tmp_path, path)
    assert [item.number for item, _, _ in found] == ["1", "2", "3"]
    (apologies,) = [clauses for item, clauses, _ in found if item.number == "1"]
    assert apologies == ["Apologies were received and accepted from Councillor Ian Jones, away on holiday, and from Councillor Lee."]
    (budget,) = [clauses for item, clauses, _ in found if item.number == "2"]
    assert budget == [
        "Note and agree the budget position for the first quarter of the year and the forecast outturn for 2036-37;",
        "Approve the use of the reserve for the repair of the bus shelter on Mill Lane, up to a limit of \u00a31,200;",
        "Note the position on the earmarked reserves held for the play area and the village hall.",
    ]


_BRACKETED_ONES = (
    "Allotments Sub-Committee Minutes May 2036\n\n"
    "Present: Cllr A Bell, Cllr C Dunn, Cllr E Frost and Mrs G Hale\n\n \n\n"
    "  1) To appoint a minute taker.\n\nRESOLVED unanimously to appoint the Clerk.\n\n \n\n"
    "  1) To note and record apologies and absences.\n\nNone.\n\n \n\n"
    "  1) To record declarations of interest.\n\nNone.\n\n \n\n"
    "  1) To discuss the water troughs on the north field.\n\nRESOLVED unanimously for the Clerk to ask for three quotes.\n\n \n\n"
    "  1) To receive a report on vacant plots.\n\nTwo plots are vacant.\n"
)


def test_a_word_list_styled_with_brackets_that_lost_its_numbering_counts_on(tmp_path):
    # every item printed "1)", as every item printed "1." is: the list counted 1, 2, 3 as the page showed it
    found = _items(tmp_path, _BRACKETED_ONES, committee="Elmscar Allotments Sub-Committee", date=dt.date(2036, 5, 14))
    assert [item.number for item, _, _ in found] == ["1", "2", "3", "4", "5"]
    (troughs,) = [entry for entry in found if entry[0].number == "4"]
    assert troughs[0].title.startswith("To discuss the water troughs")
    assert [task.text for task in troughs[2]] == ["The Clerk to ask for three quotes"]



def test_a_page_indented_as_a_whole_reads_as_it_does_flush(tmp_path):
    page = (
        "Minutes of Annual Meeting for Parishioners Wednesday 17 May 2036\n"
        "Held at 7.30pm in Elmscar Village Hall\n"
        "Present: Cllr Bell (Chairman), Cllr Dunn, Cllr Frost, Mr G Hale (Clerk), and eleven parishioners\n"
        "- Minutes of the last meeting for parishioners of 19 May 2035\n"
        "- The minutes were approved and signed.\n"
        "- Matters arising from the Minutes\n"
        "- The surface of Mill Road is still poor and the Council is to press the County Council on this matter.\n"
        "- Chairman's Report\n"
        "- The Chairman presented his report for the year.\n"
    )
    flush = [item.title for item, _, _ in _items(tmp_path, page)]
    indented = [item.title for item, _, _ in _items(tmp_path, "\n".join("    " + line if line else line for line in page.split("\n")))]
    assert indented == flush
    assert "Matters arising from the Minutes" in flush


def test_minutes_told_as_sentences_numbered_with_brackets_are_items(tmp_path):
    page = (
        "Elmscar Parish Council\n\nMinutes of the Parish Council meeting held on 14 May 2036 in the Village Hall\n\n"
        "Present: Cllrs Bell, Dunn and Frost\n\n"
        "  1) Apologies were received from Cllr Hale and Cllr King.\n"
        "  2) There was no declaration of interests.\n"
        "  3) The previous meeting's minutes were approved as being a true record of the proceedings.\n"
        "  4) No parishioner raised any matters of concern other than those covered by the agenda.\n"
        "  5) It was noted how well the summer fair had gone. Agreed that the Clerk writes to thank the volunteers.\n"
    )
    found = _items(tmp_path, page)
    assert [item.number for item, _, _ in found] == ["1", "2", "3", "4", "5"]
    assert found[2][1] == ["The previous meeting's minutes were approved as being a true record of the proceedings."]



def test_a_pages_number_between_a_decisions_fields_is_dropped(tmp_path):
    page = (
        "Decisions\n\nDecisions published\n\n"
        "11/06/2036 - EC/36/03 - Housing land supply ref: 264    Recommendations Approved\n\n"
        "To consider the recommendations of the Scrutiny Committee on the housing land supply.\n\n"
        "Decision Maker: Elmscar Cabinet\n\n\nPage 2 of 9\n\n"
        "Made at meeting: 11/06/2036 - Elmscar Cabinet\n\n"
        "Decision published: 11/06/2036\n\n"
        "Effective from: 11/06/2036\n\n"
        "Decision:\n\nIt was RESOLVED\n\n"
        "- That the housing land supply be published every year.\n\n"
        "- That the report be circulated to all Members.\n"
    )
    meeting, found = stored_page(tmp_path, page)
    assert meeting.committee == "Elmscar Cabinet"
    assert [clauses for _, clauses, _ in found] == [["That the housing land supply be published every year.", "That the report be circulated to all Members."]]


def test_a_figure_that_goes_on_with_the_sentence_is_joined_and_an_items_number_is_not():
    from cpb_tui.importers.reflow import reflow

    paragraphs = [
        "Decisions published by the Council in the week to Friday 4 October 2036, with their references and dates",
        "01/10/2036 - Response to the Borough's Local Development Guide Consultation Draft 2036 ref: 3218 Recommendations Approved",
        "To agree the response to the County Council's consultation on its Local Development Guide for the district.",
        "2) Apologies were received from the Cabinet Member for Housing, who was away on Council business",
        "The Leader agreed that a budget of up to \u00a31,200 be set aside for the survey of the 30 play areas of the district, and "
        "that the results be reported to the Cabinet in the spring.",
        "The Leader thanked the officers for their work on the consultation response and on the survey of play areas.",
    ]
    page = "\n".join(line for paragraph in paragraphs for line in textwrap.wrap(paragraph, 84))
    assert "Consultation Draft\n2036 ref" in page and "of the\n30 play" in page  # (where the margin broke them)
    lines = reflow(page)[0].split("\n")
    assert any(line.endswith("Consultation Draft 2036 ref: 3218 Recommendations Approved") for line in lines)
    assert any(line.startswith("2) Apologies") for line in lines)  # an item's number opens its own line
    assert any("survey of the 30 play areas of the district" in line for line in lines)


# from the step's review: pages the margin's join, the dash's split and the doer's tag must leave as they are
def test_a_page_of_a_paragraph_a_line_with_no_stops_is_not_joined(tmp_path):
    page = (
        "Thornby Parish Council\nMinutes of the Parish Council Meeting held on Wednesday 8th April 2037 at 7pm, Thornby Reading Room\n\n"
        "Present: Cllrs G Abbott (Chair), M Byrne, K Doyle, J Ellis, F Grant\nClerk: Ms A Lowe\n\n"
        "1. Apologies - Cllr Hartley, accepted by all\n"
        "2. Minutes of the meeting of 11th March were agreed as a true record and signed by the Chair\n"
        "3. Matters arising - the new dog bin by the playing field has now been put in\n"
        "Clerk to ask the district council to add it to the emptying round\n"
        "4. Bench - Cllr Doyle proposed buying a new bench for the green, seconded by Cllr Ellis, agreed by all\n"
        "Clerk to order the bench from Westshire Benches before the end of April\n"
        "5. Footpath 12 stile - Cllr Byrne said the landowner would fix it but it has not been done\n"
        "Cllr Byrne to speak to the landowner again\n"
        "6. Next meeting Wednesday 13th May 2037 at 7pm\n"
    )
    found = {item.number: (clauses, [task.text for task in item_tasks]) for item, clauses, item_tasks in _items(tmp_path, page)}
    assert found["3"][1] == ["Clerk to ask the district council to add it to the emptying round"]
    assert found["4"][0] and "Clerk to order the bench from Westshire Benches before the end of April" in found["4"][1]


def test_a_heading_ending_on_councillors_keeps_its_report_below_it(tmp_path):
    page = "\n".join(textwrap.wrap(
        "Minutes of the meeting of Ashcombe Parish Council held on Tuesday 14th March 2037 at 7.30pm in the Ashcombe "
        "Village Hall, Church Lane, with the Chair, four members and the Clerk present.", 72) + [
        "", "1. Apologies for absence", "Apologies were received and accepted from Cllr N Oakes, who was at work that evening.", "",
        "2. To receive reports from the County and District Councillors",
        *textwrap.wrap("County Councillor Bright reported that the resurfacing of the B1190 would begin in April. District "
                       "Councillor Yates reported on the new waste contract and the changes to garden waste collection days.", 72),
        "", "3. Highways", *textwrap.wrap("Cllr Marsh reported that the drain outside the school was blocked again and that "
                                          "the Clerk would report it to the highways authority the following morning.", 72),
    ])
    titles = {item.number: item.title for item, _, _ in _items(tmp_path, page)}
    assert titles["2"] == "To receive reports from the County and District Councillors"


def test_words_o_bullets_keep_their_own_lines(tmp_path):
    page = (
        "Minutes of the meeting of Marston Ferrers Parish Council held on Tuesday 9th February 2038 at 7.30pm in the\n"
        "Village Hall, with the Chair, four members and the Clerk, Mrs P Frost, present for the whole meeting.\n\n"
        "1. Apologies for absence\nNone.\n\n"
        "2. Open spaces and the playing field following the winter storm damage to fences and the goals\n"
        "o The fence along the brook side of the playing field is down in two places near the old gate\n"
        "o Cllr Bates to get a quote for new fence panels from a local contractor before the next meeting\n\n"
        "3. Highways and footpaths reported by residents and members of the council since the last meeting\n"
        "o Several potholes on Ferrers Lane near the junction with the main road were reported by residents\n"
        "o Cllr Coles to report the potholes on the county council's online system as soon as she is able\n"
    )
    titles = {item.number: item.title for item, _, _ in _items(tmp_path, page)}
    assert titles["2"].endswith("damage to fences and the goals")
    assert titles["3"].endswith("since the last meeting")


def test_a_titles_subtitle_after_its_dash_stays_and_a_verdict_goes(tmp_path):
    page = (
        "Minutes of the Amenities Committee of Brindle Town Council held on Monday 9th November 2037 at 7pm\n\n"
        "41. Apologies - None.\n\n42. Allotments - The waiting list now stands at fourteen names.\n\n"
        "44. Planning - The old school site, Mill Lane\nMembers noted the outline application for eight houses.\n\n"
        "45. Open Spaces - A wildflower area at Dene Park\nRESOLVED to allow a trial strip for one year.\n\n"
        "46. Highways - No parking signs on Church Street\nThe Clerk to write to the county.\n\n"
        "47. Planning applications - No applications.\n"
    )
    titles = {item.number: item.title for item, _, _ in _items(tmp_path, page)}
    assert (titles["41"], titles["42"], titles["47"]) == ("Apologies", "Allotments", "Planning applications")
    assert titles["44"] == "Planning - The old school site, Mill Lane"
    assert titles["45"] == "Open Spaces - A wildflower area at Dene Park"
    assert titles["46"] == "Highways - No parking signs on Church Street"


def test_another_bodys_promise_to_action_is_no_task(tmp_path):
    _, tasks = second_item(tmp_path, "The faulty lamp on Priory Lane had been reported to the County Council. WCC would action accordingly. "
                                     "The culvert is the Environment Agency's. EA will action following up.")
    assert tasks == []


def test_a_packs_cover_takes_the_meetings_day_over_an_event_residents_are_invited_to(tmp_path):
    page = (
        "THORLEY TOWN COUNCIL\n\nResidents are invited to attend the Mayor's Carol Service at St Luke's\n"
        "Church on Sunday 19th December 2037 at 4pm.\n\n"
        "A meeting of the Planning Committee will be held on Monday 6th December 2037\nat 7.00pm in the Council Chamber.\n\n"
        "AGENDA\n\n1. Apologies for absence\n2. Declarations of interest\n3. Minutes of the meeting held on 1st November 2037\n"
        "4. Planning applications\n"
    )
    meeting, _ = stored_page(tmp_path, page)
    assert (meeting.committee, meeting.date) == ("Planning Committee", dt.date(2037, 12, 6))


def test_only_a_page_whose_prose_runs_across_its_margin_joins_a_capital():
    from cpb_tui.importers.reflow import margin, wrapped_in_prose

    printed = _PRINTED_AT_A_MARGIN.split("\n")
    assert wrapped_in_prose(printed, margin(printed))
    typed = [  # a paragraph a line, no stops, each next line opening with a capital
        "Thornby Parish Council minutes of the meeting held on Wednesday 8th April 2037 at 7pm",
        "1. Apologies - Cllr Hartley, accepted by all present at the meeting",
        "2. Minutes of the meeting of 11th March were agreed as a true record and signed by the",
        "Chair",
        "3. Matters arising - the new dog bin by the playing field has now been put in",
        "Clerk to ask the district council to add it to the emptying round",
        "4. Bench - Cllr Doyle proposed buying a new bench for the green, agreed by all",
        "Clerk to order the bench from Westshire Benches before the end of April",
        "5. Next meeting Wednesday 13th May 2037 at 7pm in the Reading Room",
    ]
    assert margin(typed) is not None and not wrapped_in_prose(typed, margin(typed))


def test_a_date_the_margin_broke_is_joined():
    from cpb_tui.importers.reflow import runs_on

    line = "1645 MINUTES - Resolved - That the minutes of the proceedings of this committee held on 6"
    assert runs_on(line, "June 2036, having been printed and circulated, be taken as read and signed.", 92, capitals=False)
    assert not runs_on(line, "Members asked about the licences granted since the last meeting of the committee.", 92, capitals=False)


def test_an_officers_second_verb_after_and_stays_the_officers_task(tmp_path):
    # (noticed this step: "asks for a reply" was a task of its own, "Reply before the next meeting", with no owner)
    _, tasks = second_item(tmp_path, "RESOLVED that the Clerk writes to the County Council about the bus shelter and asks for a reply "
                                     "before the next meeting.")
    assert tasks == ["The Clerk to write to the County Council about the bus shelter and ask for a reply before the next meeting"]
    _, tasks = second_item(tmp_path, "RESOLVED that the Clerk contacts the police and requests more patrols near the school.")
    assert tasks == ["The Clerk to contact the police and request more patrols near the school"]
    # the council's own verbs still part: "notes the report and asks officers to ..."
    _, tasks = second_item(tmp_path, "RESOLVED that the Council notes the report and asks the Clerk to write to the school.")
    assert tasks == ["The Clerk to write to the school"]
