"""The fifty-fourth step's tasks and due months: shapes development pages showed, written again about fictional
bodies. Texts the project wrote."""

from __future__ import annotations

from cpb_tui.actions import extract_from_minutes
from tests.stored import page_items as _items
from tests.stored import parish_minutes, second_item, tasks

_TRACKER_AGENDA = (
    "Harrowby Community Council\n"
    "Monday, 13 January 2031 at 7pm\nat the Mill Street Hall\n"
    "1. Welcome and apologies\n"
    "2. Approval of minutes of the meeting on 11 November 2030\n"
    "3. Matters arising from previous minutes\n"
    "| Item | Actor | Action | Progress |\n"
    "| 4.a | B Corran | Write to the bus company about the late buses | pending |\n"
    "| 5.b | Cllr Ashby, D\nFenwick |\nDraft the council's view on the new quarry | Item 6 |\n"
    "| 6 | E Gould | Choose a printer for the newsletter in January 2031 | pending |\n"
    "| 7 | The council's singers | Sing carols at the Council's January 2031 meeting | Item 1 |\n"
    "| 8 | F Hale | Return the borrowed projector | complete |\n"
    "| 9 | G Ince | Renew the hall booking for next year | pending |\n"
    "4. Planning\n"
)


def _tracker_tasks(tmp_path):
    (_, _, found), = [entry for entry in _items(tmp_path, _TRACKER_AGENDA, committee="Harrowby Community Council") if entry[0].number == "3"]
    return found


def test_a_tracker_row_whose_cell_ran_onto_the_next_lines_is_one_row_and_the_rows_after_it_are_read(tmp_path):
    texts = [task.text for task in _tracker_tasks(tmp_path)]
    assert "Draft the council's view on the new quarry" in texts
    assert "Renew the hall booking for next year" in texts  # (the rows after the broken one still read)
    assert not any("projector" in text for text in texts)  # (a row complete is none)


def test_a_tracker_row_saying_in_a_month_or_at_a_months_meeting_is_due_then(tmp_path):
    due = {task.text: task.due_meeting_date or task.due_date for task in _tracker_tasks(tmp_path)}
    printer = next(day for text, day in due.items() if "printer" in text)
    carols = next(day for text, day in due.items() if "carols" in text)
    assert printer is not None and (printer.year, printer.month) == (2031, 1)
    assert carols is not None and (carols.year, carols.month) == (2031, 1)


def test_an_event_its_day_and_a_councillor_named_in_full_to_attend_is_a_task_due_that_day(tmp_path):
    _, found = second_item(tmp_path, "  \u2022  Footpath forum \u2013 9th June \u2013 Cllr Nora Pike to attend")
    assert found == ["Cllr Nora Pike to attend (Footpath forum \u2013 9th June)"]
    (item, _, item_tasks), = [entry for entry in _items(tmp_path, parish_minutes("Footpath forum \u2013 9th June \u2013 Cllr Nora Pike to attend"))
                              if entry[0].number == "2"]
    due = item_tasks[0].due_meeting_date or item_tasks[0].due_date
    assert due is not None and (due.year, due.month) == (2036, 6)


def test_an_event_and_its_day_over_a_line_of_who_attends_takes_that_day_without_a_year(tmp_path):
    assert [(t.text, t.due_words) for t in extract_from_minutes("Area forum \u2013 8th November. ID and RB to attend.")] == [
        ("ID and RB to attend", "on 8th November")]


def test_an_officer_who_would_make_contact_or_confirmed_she_would_make_a_note_has_a_task():
    assert tasks("The Heritage Officer confirmed she would make a note of the questions for the visit.") == [
        ("The Heritage Officer to make a note of the questions for the visit", ("the Heritage Officer",))]
    assert [text for text, _ in tasks("The Clerk would make contact with the river trust again in due course.")] == [
        "The Clerk to make contact with the river trust again in due course"]
    assert tasks("The Clerk would make the tea.") == []  # (making anything else is no errand)


def test_a_thing_to_be_done_after_so_is_the_thing_not_what_came_before():
    assert tasks("The council felt that the answer did not meet its question so a further letter will be sent.") == [
        ("Send a further letter", ())]


def test_a_fault_then_also_another_place_and_a_tag_is_one_point_for_the_tagged_doer():
    assert tasks("Street lamp 12 by the green is out.\nAlso number 40 outside the forge(Act Clerk)") == [
        ("Street lamp 12 by the green is out, also number 40 outside the forge", ("Clerk",))]


def test_a_body_that_refers_a_report_on_to_council_on_a_day_sets_a_task_due_then(tmp_path):
    (_, _, item_tasks), = [entry for entry in _items(tmp_path, parish_minutes(
        "RESOLVED: That the Committee refer this report to full Council on 3 June for further debate.")) if entry[0].number == "2"]
    assert [task.text for task in item_tasks] == ["Refer this report to full Council on 3 June for further debate"]
    due = item_tasks[0].due_meeting_date or item_tasks[0].due_date
    assert due is not None and (due.year, due.month) == (2036, 6)


def test_a_decision_told_again_with_an_article_or_a_word_more_is_one_task(tmp_path):
    _, found = second_item(tmp_path, "RESOLVED: That the Leader write to the Minister for Rural Affairs in terms of the draft letter at Appendix B.\n\n"
                                     "RESOLVED: That the Leader write to the Minister for Rural Affairs in the terms of the draft letter, at Appendix B.\n\n"
                                     "RESOLVED: That the Committee refer this report to Council on 3 June.\n\n"
                                     "RESOLVED: That the Committee refer this report to full Council on 3 June.")
    assert len(found) == 2
