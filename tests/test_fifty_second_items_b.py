"""The fifty-second step, items (second round): pages whose items cpb still found badly, written again about fictional
bodies. Texts the project wrote."""

from __future__ import annotations

import datetime as dt

from tests.stored import page_items as _items


def test_lettered_topics_under_run_in_headings_on_a_page_with_no_numbers(tmp_path):
    page = (
        "Held in Brackley Green Pavilion on Thursday 6th March 2036\n\n\n"
        "PRESENT: Cllr Orme (Chair), Cllr Pask, Cllr Quill, Clerk R Sowerby.\n\n\n"
        "Declaration of Interests: none\n\n"
        "Meeting opened by Cllr Orme at 7.15 pm.\n\n"
        "Bus shelter repairs: The glass on the Mill Road shelter has been broken again. Two quotes have come in.\n\n"
        "The cheaper quote from Fenby Glazing was proposed by Cllr Pask and seconded by Cllr Quill. It was agreed.\n\n\n"
        "The minutes of the meeting on February 5th were approved and signed by Cllr Orme.\n\n\n"
        "Matters arising:\n\n"
        "The notice board key is lost. ACTION Cllr Quill to order a new key\n\n\n"
        "a)     Allotments. Two plots are vacant and the waiting list is empty.\n\n"
        "b)     Footpaths. The stile by the brook has rotted. ACTION Cllr Pask to look at it\n\n"
        "c)     Playground. The annual inspection found no faults.\n\n"
        "d)     Pavilion. The roof was cleared of moss in January.\n"
    )
    found = _items(tmp_path, page, committee="Brackley Green Parish Council")
    titles = [item.title for item, _, _ in found]
    assert titles[:4] == ["Declaration of Interests", "Bus shelter repairs", "Minutes of the previous meeting", "Matters arising"]
    assert [(item.number, item.title) for item, _, _ in found[4:]] == [("a", "Allotments"), ("b", "Footpaths"), ("c", "Playground"), ("d", "Pavilion")]
    by_title = {item.title: (clauses, tasks) for item, clauses, tasks in found}
    assert by_title["Minutes of the previous meeting"][0] == ["The minutes of the meeting on February 5th were approved and signed by Cllr Orme."]
    assert len(by_title["Matters arising"][1]) == 1 and len(by_title["Footpaths"][1]) == 1


def test_lettered_lines_a_list_leads_into_are_no_topics(tmp_path):
    page = (
        "Minutes of Brackley Green Parish Council held on 6th March 2036\n\n"
        "Grants: The council considered the requests it had received.\n\n"
        "The following grants were agreed:\n\n"
        "a)     Scouts. \u00a3200 towards a new tent.\n\n"
        "b)     Gardening Club. \u00a3100 for the spring show.\n\n"
        "c)     Youth Club. \u00a3150 for the summer trip.\n"
    )
    numbers = [item.number for item, _, _ in _items(tmp_path, page)]
    assert "a" not in numbers and "c" not in numbers


def test_a_word_list_collapsed_to_every_item_printed_one_counts_on(tmp_path):
    page = (
        "Pat Lowe of the county council chaired the opening of the meeting of the Tarn Vale Community Council.\n\n"
        "  1. The Chair handed out the accounts for the year ending 31 March 2036.\n"
        "  1. Election of Office Bearers\n\n"
        "Nominations were invited for the position of Chair:\n\n"
        "Kim Dorey was nominated by L Vance and seconded by M West.\n\n"
        "Pat confirmed that Kim Dorey was duly elected as Chair.\n\n"
        "Present: K Dorey (Chair), L Vance, M West\n\n"
        "  1. Apologies for Absence: Cllr. N Yates.\n"
        "  1. Minutes of the meeting held on Tuesday 4 November 2036:These were approved as a true record, proposed by L Vance.\n\n"
        "3.Matters Arising from the Minutes\n\n"
        "a) Lighting on the brae\n\n"
        "The new lamp is still not working.\n"
    )
    found = _items(tmp_path, page, committee="Tarn Vale Community Council", date=dt.date(2036, 12, 2))
    numbered = sorted((int(item.number), item.title) for item, _, _ in found if item.number and item.number.isdigit())
    assert [number for number, _ in numbered] == [1, 2, 3, 3, 4]
    assert (3, "Matters Arising from the Minutes") in numbered
    # (its one lettered point, a short title over its own text, is a point of its own)
    assert ("3a", "Lighting on the brae") in {(item.number, item.title) for item, _, _ in found}
    minutes = next(clauses for item, clauses, _ in found if item.title.startswith("Minutes of the meeting"))
    assert minutes == ["These were approved as a true record, proposed by L Vance."]


def test_a_short_numbered_list_after_recommendations_carried_is_the_decision_under_titles_with_their_papers(tmp_path):
    page = (
        "Minutes of the previous meeting pdf icon PDF 98 KB\n\n\n"
        "RESOLVED:  That the minutes of the meeting held on 2 June 2036 be confirmed as a correct record.\n\n\n\n"
        "Apologies were received from Cllr Tate.\n\n\n"
        "Whistleblowing policy pdf icon PDF 140 KB\n\n"
        "Additional documents:\n\n\n"
        "The Head of Legal presented a revised Whistleblowing Policy.\n\n\n"
        "Members asked that the Head of Legal circulate a summary to all staff.\n\n\n"
        "The Chair proposed the recommendations, which were unanimously carried.\n\n\n\n"
        "1.     To note the views of the committee on the policy\n"
        "2.     To recommend the policy to Council for adoption\n"
    )
    found = _items(tmp_path, page, committee="Audit Committee", date=dt.date(2036, 7, 7))
    assert [(item.number, item.title) for item, _, _ in found] == [(None, "Minutes of the previous meeting"), (None, "Whistleblowing policy")]
    assert found[1][1] == ["To note the views of the committee on the policy", "To recommend the policy to Council for adoption"]


def test_moderngov_rows_split_by_a_blank_line_or_without_their_closing_bar_stay_rows(tmp_path):
    page = (
        "Agenda and minutes\n"
        "Venue: The Guildhall, Ashbourne Vale\n"
        "Contact: Ben Cole 01000 000002\n"
        "Minutes of the Previous Meeting Minutes: The minutes of the meeting held on 4th March 2036 were signed as a correct record. |\n"
        "Apologies for Absence Minutes: Apologies were received from Councillor Dee Fry. |\n"
        "Declarations of Interest\n\n"
        "Minutes: There were no declarations of interest.\n"
        "Date of Next Meeting Members are asked to note the date of the next meeting. Minutes: Members noted the date.\n"
        "Public Question Time This is a chance for residents to ask questions. Minutes: There were no questions. |\n"
        "Chairman's Announcements Minutes: The Chairman had no announcements. |\n"
    )
    found = _items(tmp_path, page, committee="Area East Committee", date=dt.date(2036, 4, 8))
    assert [item.title for item, _, _ in found] == [
        "Minutes of the Previous Meeting", "Apologies for Absence", "Declarations of Interest", "Date of Next Meeting",
        "Public Question Time", "Chairman's Announcements",
    ]


def test_a_bracketed_number_glued_to_its_title_and_an_action_log_s_rows_among_the_minutes(tmp_path):
    page = (
        "Minutes of Elmbrook Community Council Meeting on Tuesday 9th May 2036 in the Institute at 7pm.\n"
        "Present: Chair Joan Reay (JR), Alan Moss (AM), Cara Nye (CN)\n"
        "(1) Minutes of the April meeting. Agreed as a true record, proposed by AM and seconded by CN.\n"
        "(2)Actions from earlier meetings\n"
        "Ref / Owner / Action / Status\n"
        "12/004 / JR / Ask the county council about the bus timetable / May update - no reply; chase again.\n"
        "14/002 / CN / Find out who owns the verge by the school / May update - done. Action to be closed.\n"
        "(3) Treasurer's report\n"
        "The balance stands at \u00a31,420.\n"
    )
    numbers = [item.number for item, _, _ in _items(tmp_path, page)]
    assert numbers == ["1", "2", "3"]


def test_headings_in_capitals_that_name_a_date_or_a_year_among_others(tmp_path):
    page = (
        "KELLSBY PARISH COUNCIL\n"
        "MINUTES OF THE ANNUAL MEETING\n"
        "19TH MAY 2036\n\n"
        "PRESENT:\n"
        "COUNCILLORS ARLOTT, BEVAN, CROFT\n"
        "Clerk Dana Ellis\n\n"
        "APOLOGIES\n\n"
        "Councillor Frome sent his apologies.\n\n"
        "MINUTES OF THE MEETING 14TH APRIL 2036 VIA ZOOM\n\n"
        "Minutes of this meeting were approved\n\n"
        "CLERK TO CIRCULATE\n\n"
        "ELECTION OF CHAIR\n\n"
        "The Clerk asked for nominations for the Chair.\n\n"
        "Councillor Bevan was elected as Chair.\n\n"
        "ADOPTION OF STANDING ORDERS 2036\n\n"
        "Councillor Croft abstained and asked for a review at the next meeting.\n\n"
        "The Standing Orders were adopted.\n\n"
        "HIGHWAYS\n\n"
        "The potholes on Low Lane were reported to the county.\n"
    )
    titles = [item.title for item, _, _ in _items(tmp_path, page)]
    assert titles == ["Apologies", "Minutes of the Meeting 14th April 2036 via Zoom", "Election of Chair", "Adoption of Standing Orders 2036", "Highways"]


def test_what_a_review_of_the_step_s_item_rules_found(tmp_path):
    from tests.stored import page_items

    head = "Minutes of the Meeting of Fernwick Parish Council held on Tuesday 9th June 2036 at 7.30 pm\n\n"
    # a minute leading into what follows keeps it; votes in lower case are no headings; cheques are no minute numbers
    page = head + (
        "1. Apologies: none were received.\n\n2. Correspondence: the following was received.\nFernwick Village Hall Trust\n"
        "A letter asking the council for a grant towards new chairs was read.\n\n"
        "3. Finance\nGrass cutting: 1021 Fernwick Landscapes \u00a3240.00\nHall hire: 1022 Fernwick Hall \u00a330.00\n"
        "Clerk's salary: 1023 Mrs E Lowe \u00a3310.00\nAudit fee: 1024 Downs Audit \u00a3120.00\n\n4. Planning\nNo objection.\n"
    )
    assert [item.number for item, _, _ in page_items(tmp_path, page)] == ["1", "2", "3", "4"]
