"""The fifty-third step, tasks (second part): carried-forward tasks listed under a heading with their owners' initials,
written about fictional bodies. Texts the project wrote."""

from __future__ import annotations

from tests.stored import page_items as _items

_CARRIED = (
    "Brackenfold Community Council\n\n"
    "Notes from the meeting held Tuesday 4th March 2037\n\n"
    "In Attendance \u2013 Ann Rees (Chair), Tom Vell, Sue Hale, Ben Orme\n\n"
    "Apologies \u2013 Kit Dunn.\n\n"
    "Matters Arising:\n\n"
    "1. Price new benches for the green and ask the joiner for a quote.\n\n"
    "2. Footbridge repair underway \u2013 Update to follow\n\n"
    "3. Ask the county for a speed survey on Mill Road, Quarry Lane \u2013 Cllr TV/SH\n\n"
    "4. Contact the bank for the new mandate forms \u2013 BO\n\n"
    "5. Check the blocked gully on Kirk Brae \u2013 Cllr SH\n\n"
    "6. Write to the owner of the old depot about the litter \u2013 AR\n\n"
    "7. Hedges along the school path \u2013 AR/BO\n\n"
    "8. Cards of thanks \u2013 AR\n\n"
    "Police Report \u2013 sent round by the local officer, who reported two thefts from sheds.  TV to ask for a talk on crime prevention.\n\n"
    "Financial Report \u2013 The balance stands at \u00a34,200.  BO to send the accounts to the examiner.\n\n"
    "Hall Project \u2013 A long talk on the survey results.  AR to arrange a meeting with the architect.\n"
)


def test_a_numbered_list_of_tasks_ending_in_owners_initials_is_one_item_s_tasks(tmp_path):
    found = _items(tmp_path, _CARRIED, committee="Brackenfold Community Council")
    titles = [item.title for item, _, _ in found]
    # the dash headings are the items; the numbered list is Matters Arising's tasks, never items 1 to 8
    assert titles[-4:] == ["Matters Arising", "Police Report", "Financial Report", "Hall Project"]
    (_, _, arising), = [entry for entry in found if entry[0].title == "Matters Arising"]
    texts = {task.text: task.owners for task in arising}
    assert texts["Contact the bank for the new mandate forms"] == ("BO",)
    assert texts["Ask the county for a speed survey on Mill Road, Quarry Lane"] == ("TV", "SH")  # ("Cllr TV/SH": two owners)
    assert texts["Hedges along the school path"] == ("AR", "BO")  # (a point with no verb is still its owners' task in such a list)
    assert texts["Cards of thanks"] == ("AR",)
    assert len(arising) == 6
    (_, _, police), = [entry for entry in found if entry[0].title == "Police Report"]
    assert [task.text for task in police] == ["TV to ask for a talk on crime prevention"]


def test_a_short_list_under_matters_arising_with_no_owners_keeps_its_reading(tmp_path):
    # (a list whose points do not end in owners stays read as before: no verbless point becomes a task)
    page = _CARRIED.replace(" \u2013 Cllr TV/SH", "").replace(" \u2013 BO\n", "\n").replace(" \u2013 Cllr SH", "").replace(" \u2013 AR/BO", "")
    found = _items(tmp_path, page, committee="Brackenfold Community Council")
    assert not any(task.text == "Cards of thanks" for _, _, item_tasks in found for task in item_tasks)
