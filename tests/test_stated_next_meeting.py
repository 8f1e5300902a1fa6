"""An action "for the next meeting" is due on the day the minutes give for that meeting.

Parish and committee minutes often close with "The next meeting will be held on ..." long
after that day has passed (an archive being imported). The meeting is not put on the calendar
then (cpb only schedules meetings still to come), but its day still says when the action was
due; once the next meeting's own papers are imported, the action is due at that meeting.
Texts the project wrote, about a fictional parish council.
"""

from __future__ import annotations

import datetime as dt

from cpb_tui.actions import parse_due, resolve_due
from cpb_tui.store import Store
from tests.stored import stored_text

MINUTES = """ASHCOMBE PARISH COUNCIL

Minutes of the meeting of Ashcombe Parish Council held on Monday 30 October 2023 at 7.00 pm in the Village Hall

1. Apologies
Apologies were received from Cllr Penrose.

2. Village green
Quotes for the bench repairs were discussed. Clerk to obtain two further quotes for the next meeting.

3. Date of next meeting
The next meeting will be held on Tuesday 30 January at 7.00 pm in the Village Hall.
"""

NEXT = """ASHCOMBE PARISH COUNCIL

Minutes of the meeting of Ashcombe Parish Council held on Tuesday 6 February 2024 at 7.00 pm in the Village Hall

1. Apologies
None.

2. Village green
The quotes for the bench repairs were received and noted.
"""


def test_an_action_for_the_next_meeting_is_due_on_the_day_the_minutes_give_for_it(tmp_path):
    meeting, found = stored_text(tmp_path, "minutes.txt", MINUTES)
    assert meeting.date == dt.date(2023, 10, 30)
    actions = [action for _, _, item_actions in found for action in item_actions]
    assert len(actions) == 1
    assert actions[0].due_words == "for the next meeting"
    # the meeting of 30 January 2024 is past, so it is not on the calendar; its day is the due
    assert (actions[0].due_meeting_id, actions[0].due_date) == (None, dt.date(2024, 1, 30))


def test_the_next_meeting_once_imported_takes_the_action_even_on_another_day(tmp_path):
    stored_text(tmp_path, "minutes.txt", MINUTES)
    later, _ = stored_text(tmp_path, "next.txt", NEXT)  # the January meeting was moved to 6 February
    store = Store.open(tmp_path / "cpb.db")
    try:
        (action,) = store.actions(status=None)
        assert (action.due_meeting_id, action.due_date) == (later.id, None)
    finally:
        store.close()


def test_minutes_without_a_next_meeting_leave_the_due_open(tmp_path):
    text = MINUTES.split("3. Date of next meeting")[0]
    _, found = stored_text(tmp_path, "minutes.txt", text)
    (action,) = [action for _, _, item_actions in found for action in item_actions]
    assert (action.due_meeting_id, action.due_date) == (None, None)


def test_the_day_named_with_the_next_meeting_is_read_in_its_usual_forms():
    for words in (
        "to be presented at the next meeting scheduled for 16th November",
        "to the next meeting to be held on 16 November",
        "at the next meeting, held on Thursday 16 November",
    ):
        spec = parse_due(words)
        assert (spec.kind, spec.month, spec.day) == ("day_month", 11, 16), words
        assert resolve_due(spec, dt.date(2022, 10, 12), []) == (None, dt.date(2022, 11, 16))


def test_a_stated_day_on_or_before_the_meeting_gives_no_due():
    spec = parse_due("to the next meeting")
    assert resolve_due(spec.__class__(**{**spec.__dict__, "date": dt.date(2023, 10, 30)}), dt.date(2023, 10, 30), []) == (None, None)
