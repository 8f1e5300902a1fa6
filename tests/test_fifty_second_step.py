"""The fifty-second step: shapes a new blind set of development pages and the last step's research showed read badly,
written again about fictional bodies. Texts the project wrote."""

from __future__ import annotations

import datetime as dt

from tests.stored import page_items as _items
from tests.stored import stored_page


def _clauses(tmp_path, page: str) -> dict[str, list[str]]:
    return {item.number: clauses for item, clauses, _ in _items(tmp_path, page)}


_PARISH = "Minutes of the Meeting of Ashcombe Vale Parish Council held on Thursday 8 May 2036 at 7pm in the Church Room\n\n"


def test_a_vote_under_its_movers_keeps_the_movers_and_what_they_moved(tmp_path):
    page = _PARISH + (
        "36/41: Acceptance of Apologies:\nPROPOSED: R. Lowe SECONDED: T. Vane. Vote: All in favour.\n\n"
        "36/42: Grounds\nAcceptance of the mowing contract for 2036/37: \u00a33,120.00. The price had risen to cover the new verge. "
        "PROPOSED: P. Reed SECONDED: V. Holt. Vote: All in favour.\n\n"
        "36/43: Close\nThe meeting closed at 8.40pm.\n"
    )
    clauses = _clauses(tmp_path, page)
    assert clauses["36/41"] == ["PROPOSED: R. Lowe SECONDED: T. Vane. Vote: All in favour."]
    assert clauses["36/42"] and clauses["36/42"][0].startswith("Acceptance of the mowing contract for 2036/37")


def test_a_motion_moved_seconded_and_carried_with_no_opening_word(tmp_path):
    page = _PARISH + (
        "1. Thanks\nThe Chair noted that Cllr Dove had stood down. The Chair moved to record a vote of thanks Seconded by "
        "Councillor Fenn and carried unanimously. Action: Clerk to write to Mrs Dove\n\n"
        "2. Staffing\nRecommendation to set up the Staffing Panel again (first meeting 12/06/36) Prop Cllr PR, 2nd Cllr SM carried\n\n"
        "3. Benches\nThe Chair moved that a bench be bought for the green, seconded by Cllr Ash. The motion was lost.\n\n"
        "4. Close\nThe meeting closed at 9pm.\n"
    )
    found = {item.number: (clauses, [task.text for task in tasks]) for item, clauses, tasks in _items(tmp_path, page)}
    assert found["1"][0] == ["The Chair moved to record a vote of thanks Seconded by Councillor Fenn and carried unanimously."]
    assert found["1"][1] == ["Clerk to write to Mrs Dove"]
    assert found["2"][0] == ["Recommendation to set up the Staffing Panel again (first meeting 12/06/36) Prop Cllr PR, 2nd Cllr SM carried"]
    assert not any("bench" in clause for clause in found["3"][0] if "lost" not in clause)


def test_one_member_s_proposal_and_all_in_favour_after_a_long_description(tmp_path):
    page = _PARISH + (
        "1. Planning\nProposed single storey rear extension to form a new kitchen, a garden room and a larger bedroom with a "
        "shower room at 4 Elm Row, Ashcombe Vale, with new windows to the side and a porch to the front. Clr Holt proposed "
        "that this application be supported. All in favour.\n\n2. Close\nThe meeting closed at 9pm.\n"
    )
    assert _clauses(tmp_path, page)["1"] == ["Clr Holt proposed that this application be supported. All in favour."]


def test_a_decision_field_over_an_infinitive_is_the_decision_not_the_purpose(tmp_path):
    page = (
        "Minutes of the meeting of the Harbour Committee of Irwell Fold Borough Council held on Thursday 12 September 2036\n\n"
        "4. Harbour reports\nDecision:\nTo receive and note\nboth reports.\nMinutes:\nThe two reports were presented.\n\n"
        "5. Moorings\nDecision: To approve the mooring fees for 2037.\nMinutes:\nThe harbour master set out the fees.\n\n"
        "6. Close\nMinutes:\nThe meeting closed at 8pm.\n"
    )
    clauses = _clauses(tmp_path, page)
    assert clauses["4"] == ["To receive and note both reports."]
    assert clauses["5"] == ["To approve the mooring fees for 2037."]


def test_noted_over_its_numbered_parts_gives_a_clause_a_part(tmp_path):
    page = (
        "Glenside Area Committee (Community) Minutes\n\nDate:\nWednesday 10 May 2034\nTime:\n6.30pm\n\n"
        "Item Number Item/Description Action\nPUBLIC\n1 SEDERUNT AND APOLOGIES\n\n6 Members present\n\n"
        "2 RIVER PATH SCHEME - REPORT BY DIRECTOR OF ENVIRONMENT\n\nDecision\n\nNOTED\n\n"
        "2.1       the history of the river path scheme;\n\n2.2       the costs set out in the report; and\n\n"
        "2.3       AGREED that the views of residents be passed to the Path Partnership.\n\nCommittee Administrator - Ailsa\n\n"
        "3 PUBLIC FORUM\n\nDecision\n\nNOTED\n\n3.1       that the new bus timetable starts in June;\n\n"
        "3.2       AGREED to ask the Roads Service to review the lighting at the square.\n"
    )
    meeting, items = stored_page(tmp_path, page)
    assert (meeting.committee, meeting.date) == ("Glenside Area Committee (Community)", dt.date(2034, 5, 10))
    clauses = {item.number: found for item, found, _ in items}
    assert clauses["2"] == [
        "NOTED the history of the river path scheme;",
        "NOTED the costs set out in the report; and",
        "AGREED that the views of residents be passed to the Path Partnership.",
    ]
    assert clauses["3"] == ["NOTED that the new bus timetable starts in June;", "AGREED to ask the Roads Service to review the lighting at the square."]


def test_an_officer_s_post_is_never_the_committee(tmp_path):
    page = (
        "Date:\nWednesday 10 May 2034\n\n1 SEDERUNT AND APOLOGIES\n\n6 Members present\n\n2 PUBLIC FORUM\n\nDecision\n\n"
        "AGREED to ask the Roads Service to review the lighting.\n\nCommittee Administrator - Ailsa\n\n3 CLOSE\n"
    )
    meeting, _ = stored_page(tmp_path, page, committee="Glenside Area Committee")
    assert meeting.committee == "Glenside Area Committee"


def test_minutes_of_a_named_committee_over_date_fields_name_it(tmp_path):
    page = (
        "MINUTES OF THE PLANNING COMMITTEE\n\nDate: Wednesday 10 May 2034\nTime: 6.30pm\nPlace: Town Hall, Kelby\n\n"
        "Present: Cllr A Bell (Chair)\n\n1 APOLOGIES\n\nNone.\n\n2 PUBLIC FORUM\n\nAGREED to ask the Roads Service to review the lighting.\n"
    )
    meeting, _ = stored_page(tmp_path, page)
    assert (meeting.committee, meeting.date) == ("Planning Committee", dt.date(2034, 5, 10))


def test_a_committee_that_has_ceased_is_named_without_its_bracket(tmp_path):
    page = (
        "Borsetshire Borough Council\n\nLicensing Committee (ceased to operate 10/04/2035) Minutes\n\nDate:\nTuesday, 11th March, 2034\n"
        "Time:\n10.00am\n\nPresent:\nCllr Ann Cole (Chairman), Cllr Bob Dale\n\n1. Apologies\nApologies were received from Cllr Vale.\n\n"
        "2. Minutes\nThe minutes of the meeting held on 14 February 2034 were approved as a correct record.\n"
    )
    meeting, _ = stored_page(tmp_path, page)
    assert (meeting.committee, meeting.date) == ("Licensing Committee", dt.date(2034, 3, 11))


def test_a_hearing_under_agenda_and_draft_minutes_is_the_body_that_met(tmp_path):
    page = (
        "Agenda and draft minutes\n\nLicensing Hearings - Monday 12 May 2036 11.00 am\n\nVenue: Committee Room 2\n\n"
        "Contact: Committee Services\n\nNo. Item\n\n1.\n\nElection of Chairman\n\nCouncillor Rees was elected as Chairman of the Panel.\n\n"
        "2.\n\nDeclaration of Interest\n\nThere were no declarations of interest.\n"
    )
    meeting, _ = stored_page(tmp_path, page)
    assert (meeting.committee, meeting.date) == ("Licensing Hearings", dt.date(2036, 5, 12))


def test_the_day_at_the_top_with_its_hour_and_how_the_meeting_was_held(tmp_path):
    page = (
        "Monday 19th May 2036 7 pm by Zoom Conference Call\n\n1.00 SEDERUNT Amy Bell (AB) (Chair), Carl Dow (CD)\n\n"
        "1.01 Welcome - AB welcomed all to the meeting.\n\n2.00 AGM\nThe minutes of the last AGM were approved.\n"
    )
    meeting, _ = stored_page(tmp_path, page, committee="Brackenfield Community Council")
    assert meeting.date == dt.date(2036, 5, 19)
    page = "12 May 2036 minutes\n\n1. Apologies\nApologies were received from Cllr Vale.\n\n2. Minutes\nThe minutes of the meeting held on 14 April 2036 were approved.\n"
    meeting, _ = stored_page(tmp_path, page, committee="Brackenfield Community Council")
    assert meeting.date == dt.date(2036, 5, 12)


def test_minutes_attached_over_an_approval_never_give_the_page_its_day(tmp_path):
    page = (
        "Meeting documents\n\nGeneral Licensing Committee\nTuesday, 9th September, 2036\n\nPlace: Long Room, Civic Centre, Oakford\n\n"
        "Present: Councillor Mrs A Ball (Chairman)\n\nItem Description/Resolution Status Action\nOPEN ITEMS\n8 Apologies for Absence\n\n"
        "Apologies for absence were submitted on behalf of Councillor Kerr.\n\nNoted\n9 Minutes of the Last Meeting\n\nMinutes attached\n\n"
        "UNANIMOUSLY RESOLVED:\n\nThat the minutes of the meeting held on 22 July 2036 be approved as a correct record.\n\nAgreed\n"
    )
    meeting, _ = stored_page(tmp_path, page)
    assert (meeting.committee, meeting.date) == ("General Licensing Committee", dt.date(2036, 9, 9))


def test_a_numbered_heading_naming_a_meeting_s_date_and_ending_in_a_colon_is_an_item(tmp_path):
    page = (
        "Penllyn Town Council\nMinutes of the meeting held on 11th March 2036\n\n"
        "18519 Ratification of the minutes of the meeting held on 25th February 2036. The minutes were ratified.\n"
        "18520 Matters arising from the meeting held on 25th February 2036:\n"
        "18521 Signing of the minutes of 25th February 2036. The minutes were signed as a true record.\n"
        "18522 Report on Action Log. The log was noted.\n"
    )
    assert [item.number for item, _, _ in _items(tmp_path, page)] == ["18519", "18520", "18521", "18522"]


def test_a_heading_naming_a_meeting_s_date_then_its_minute_on_the_same_line(tmp_path):
    page = _PARISH + (
        "1. Apologies\nApologies were received from Cllr Elm.\n\n"
        "2. Minutes of Meeting held on 3rd April 2036 The minutes of the meeting on 3rd April were approved.\n\n"
        "3. Close\nThe meeting closed at 9pm.\n"
    )
    found = {item.number: (item.title, clauses) for item, clauses, _ in _items(tmp_path, page)}
    assert found["2"] == ("Minutes of Meeting held on 3rd April 2036", ["The minutes of the meeting on 3rd April were approved."])


def test_outcomes_the_last_step_missed(tmp_path):
    page = (
        "Minutes of the Annual Meeting of Hollowby Parish Council held on 14th May 2036\n\n"
        "1. Election of Chair\nThe Clerk asked for nominations for the Chair.\nCouncillor Mary Grey duly elected as Chairman\n\n"
        "2. Financial Regulations\nACTION: Financial Regulations 2036 adopted\nClerk to check item 12 of the Standing Orders.\n\n"
        "3. Approval of the minutes of 9th April 2036\n"
        "One councillor had not seen the April minutes so the Chair read them out. Minutes of the meeting were approved.\n\n"
        "4. Insurance\nThe council is happy to renew its insurance on the same terms as last year.\n\n"
        "5. Motion\nMOTION: ACCURACY OF MINUTES Cllr Fenn asked that minute 4 be amended to name the lane as Pond Lane. This was "
        "agreed by the Council. Resolved, that subject to the amendment, the Council confirms the accuracy of the minutes.\n\n"
        "6. Co-option\nCo-Option of New councillor \u2013 Mr Dale answered the questions put to him and was co-opted onto the council.\n"
    )
    found = {item.number: (clauses, [task.text for task in tasks]) for item, clauses, tasks in _items(tmp_path, page)}
    assert found["1"][0] == ["Councillor Mary Grey duly elected as Chairman"]
    assert found["2"] == (["Financial Regulations 2036 adopted"], ["Clerk to check item 12 of the Standing Orders"])
    assert found["3"][0] == ["Minutes of the meeting were approved."]
    assert found["4"][0] == ["The council is happy to renew its insurance on the same terms as last year."]
    assert "that subject to the amendment, the Council confirms the accuracy of the minutes." in found["5"][0]
    assert found["6"][0] == ["Mr Dale answered the questions put to him and was co-opted onto the council."]


def test_a_forward_plan_s_decision_month_is_no_decision(tmp_path):
    page = (
        "Forward plan\n\nForward Plan of Key Decisions 1 March 2037 - 31 May 2037\n\nPlan items\nNo. Item\n\n"
        "Small Business Support Grants New!\n\nDecision maker:  Cabinet\n\nDecision:   March 2037\n\nLead officer:  Sam Quill\n\n"
        "Decision status:  Recommendations Approved\n\nNotice of proposed decision first published: 01/03/2037\n"
    )
    _, items = stored_page(tmp_path, page, date=dt.date(2037, 3, 1))
    assert not [clause for _, clauses, _ in items for clause in clauses]


def test_the_meeting_confirming_a_purchase_is_its_decision(tmp_path):
    page = _PARISH + "1. Mower\nThe meeting confirmed the purchase of a new mower at \u00a3300.\n\n2. Hall\nThe Council confirmed that the hall was booked.\n"
    clauses = _clauses(tmp_path, page)
    assert clauses["1"] == ["The meeting confirmed the purchase of a new mower at \u00a3300."]
    assert clauses["2"] == []


def test_what_a_review_of_the_step_s_diff_found(tmp_path):
    # another body's minutes approved in a representative's report; another council's chairman elected; a forward plan's
    # month never touches "AGREED: <day>" under the next meeting; a dated heading over a place keeps the place
    page = _PARISH + (
        "1. Reports from representatives\nCllr Dale attended the annual meeting of the Village Hall Trust on 2nd September. "
        "Minutes were approved and a new treasurer was elected.\n\n"
        "2. District Councillor's report\nDistrict Cllr Moss reported on the district council's annual meeting in May.\n"
        "Councillor Joan Webb unanimously elected as Chairman of the District Council for 2036/37.\n\n"
        "3. Date of next meeting\nAGREED: 14th October 2036\n\n"
        "4. Minutes of the Annual Parish Meeting held on 21st May 2036 All Saints Church Hall\nThe minutes were received and noted.\n"
    )
    found = {item.number: (item.title, clauses) for item, clauses, _ in _items(tmp_path, page)}
    assert found["1"][1] == [] and found["2"][1] == []
    assert found["3"][1] == ["Agreed 14th October 2036"]
    assert found["4"][0] == "Minutes of the Annual Parish Meeting held on 21st May 2036 All Saints Church Hall"


def test_a_kind_of_meeting_in_brackets_is_no_part_of_the_committee_and_a_working_group_of_members_is_one(tmp_path):
    page = "Fernwick District Council\n\nPlanning Committee (Extraordinary) Minutes\n\nDate: Thursday 4th September 2036\n\n1. Apologies\nNone.\n"
    meeting, _ = stored_page(tmp_path, page)
    assert meeting.committee == "Planning Committee"
    page = "Fernwick District Council\nMember Officer Working Group\nMinutes of the meeting held on Thursday 4th September 2036\n\n1. Apologies\nNone.\n"
    meeting, _ = stored_page(tmp_path, page)
    assert meeting.committee == "Member Officer Working Group"
