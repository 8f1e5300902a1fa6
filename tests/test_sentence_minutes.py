"""Parish minutes whose numbered lines are mostly whole sentences: only "1. APOLOGIES." reads as a
title, and the minutes after it ("3. ...", "4. The minutes ... were accepted ...") are sentences.
Texts the project wrote, about fictional councils."""

from __future__ import annotations

import datetime as dt

from tests.stored import stored_text

MINUTES = (
    "Ashcombe Parish Council\n"
    "MINUTES of the Meeting held on 8th September 2026 in the Village Hall at 7:30 p.m.\n"
    "PRESENT: Cllrs R Hale, T Moss and P Dunn, and the Clerk.\n"
    "1. APOLOGIES. Were received from Cllr J Lane\n"
    "There were none others.\n"
    "3. Declarations of interest in any item of business on this agenda, and requests for dispensations.\n"
    "There were none.\n"
    "4. MINUTES OF THE MEETING on 14th July 2026 were ACCEPTED as a true record.\n"
    "5. The Clerk reported that the bench on the green had been repaired. Clerk to obtain two quotes for repainting it.\n"
)


def test_sentence_minutes_after_a_single_titled_one_are_items(tmp_path):
    _, found = stored_text(tmp_path, "ashcombe.txt", MINUTES)
    assert [item.number for item, _, _ in found] == ["1", "3", "4", "5"]
    minutes = found[2]
    assert minutes[0].title.startswith("MINUTES OF THE MEETING") or minutes[0].title.lower().startswith("minutes of the meeting")
    assert minutes[1] == ["MINUTES OF THE MEETING on 14th July 2026 were ACCEPTED as a true record."]
    assert [action.text for action in found[3][2]] == ["Clerk to obtain two quotes for repainting it"]


def test_sentence_minutes_before_the_first_titled_one(tmp_path):
    text = (
        "Ashcombe Parish Council: minutes of the annual parish meeting held on 2nd April 2026\n\n"
        "1. The Chair welcomed the speaker, who talked about the history of the village school and its pupils.\n\n"
        "2. The minutes of the 2025 annual meeting were agreed as a true record.\n\n"
        "3. Ashcombe First School Report: the school has 58 pupils on the roll.\n"
    )
    meeting, found = stored_text(tmp_path, "annual.txt", text)
    assert meeting.committee == "Ashcombe Parish Council"  # the kind of meeting in lower case is not a committee's name
    assert [item.number for item, _, _ in found] == ["1", "2", "3"]
    assert found[1][1] == ["The minutes of the 2025 annual meeting were agreed as a true record."]


def test_a_numbered_list_after_a_decision_lead_in_stays_its_clauses(tmp_path):
    text = (
        "Agenda item\n\nMINUTES OF THE LICENSING COMMITTEE MEETINGS HELD ON 3 and 17 March 2026\n\n"
        "To receive the minutes of the meetings.\n\nMinutes:\n\nAGREED that:\n\n"
        "1.    Subject to adding Councillor Moss to those present on 3 March, the minutes be approved;\n\n"
        "2.    Members' concern at the delay in publishing the minutes be recorded;\n\n"
        "3.    A single approach to writing minutes across the council, being prepared by officers, was welcomed; and\n\n"
        "4.    Put to the vote one by one, the minutes of both meetings were approved.\n"
    )
    _, found = stored_text(tmp_path, "item.txt", text, committee="Licensing Committee", date=dt.date(2026, 3, 31))
    assert len(found) == 1
    assert len(found[0][1]) == 4
