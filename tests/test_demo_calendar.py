"""The demo stays current: built on any day, its dates move by whole months so the next meeting
is ahead, and every planted case keeps its derived status, its meetings and its follow-ups."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from cpb_tui.domain import clock
from cpb_tui.followthrough import DEFAULT_THRESHOLD
from cpb_tui.importers.dates import find_dates
from cpb_tui.services.demo import build_demo, demo_files
from cpb_tui.services.demo_calendar import (
    STORY_NEXT_MEETING,
    STORY_TODAY,
    meeting_dates,
    months_to_move,
    move_date,
    move_text,
)
from cpb_tui.store import Store

TEXTS = {path: path.read_text(encoding="utf-8") for path in demo_files()}
MEETINGS = meeting_dates(TEXTS.values())


def fingerprint(path):
    """What the planted cases mean, with meetings named by their place in the calendar, not their dates."""
    store = Store.open(path)
    try:
        meetings = sorted(store.meetings(), key=lambda m: m.date)
        place = {m.date: n for n, m in enumerate(meetings)}
        calendar = [(n, m.status, m.date.weekday()) for n, m in enumerate(meetings)]
        cases = sorted(
            (
                entry.derived_status,
                entry.action.minute_reference,
                place.get(entry.action.meeting_date),
                # Month names are words the scores weigh, so a score may move a little, never across the line.
                tuple((place.get(f.meeting_date), f.item_number, f.state, f.score >= DEFAULT_THRESHOLD) for f in entry.followups),
            )
            for entry in store.tracked_actions(None, None)
        )
        return calendar, cases, [m.date for m in meetings], store
    except BaseException:
        store.close()
        raise


def test_the_story_day_moves_nothing():
    assert months_to_move(STORY_TODAY) == 0
    assert all(move_text(text, 0, MEETINGS) == text for text in TEXTS.values())
    # Every meeting the documents print with its weekday is a meeting of the store (checked below).
    assert len(MEETINGS) == 10 and STORY_NEXT_MEETING in MEETINGS


@pytest.mark.parametrize("months", [*range(-24, 61)])
def test_meetings_keep_their_weekday_and_every_date_its_order(months):
    dates = sorted({date for text in TEXTS.values() for _, date in find_dates(text)})
    moved = [move_date(date, months, keep_weekday=date in MEETINGS) for date in dates]
    assert moved == sorted(moved)
    for date in MEETINGS:
        new = move_date(date, months, keep_weekday=True)
        assert new.weekday() == date.weekday()
        assert (new.year * 12 + new.month) - (date.year * 12 + date.month) == months


def test_the_next_meeting_is_always_ahead_and_the_last_one_recent():
    day = dt.date(2026, 1, 1)
    last_held = dt.date(2026, 9, 17)
    while day < dt.date(2030, 1, 1):
        months = months_to_move(day)
        assert day < move_date(STORY_NEXT_MEETING, months, keep_weekday=True) <= day + dt.timedelta(days=42)
        assert day - dt.timedelta(days=80) <= move_date(last_held, months, keep_weekday=True) < day
        day += dt.timedelta(days=5)


def test_text_moves_with_its_meetings():
    one_month = move_text(TEXTS[next(p for p in TEXTS if p.name == "2025-01-16-agenda-pack.txt")], 1, MEETINGS)
    assert "Date and Time: Thursday, 20th February, 2025 at 10.00 am" in one_month
    assert "MINUTES OF THE PREVIOUS MEETING HELD ON 12 DECEMBER 2024" in one_month
    assert "Requests a further update to the July 2025 meeting" in one_month
    a_year = move_text("at 31 March\n2024 ... in 2023/24, the Strategy 2025-2028, in May, officers may", 12, MEETINGS)
    assert a_year == "at 31 March\n2025 ... in 2024/25, the Strategy 2026-2029, in May, officers may"
    assert move_text("Meeting: 17/09/2026 -", -2, MEETINGS) == "Meeting: 16/07/2026 -"
    assert move_text("the year to 31 March 2026; from 1 April 2026", 1, MEETINGS) == (
        "the year to 30 April 2026; from 1 May 2026"
    )


@pytest.fixture
def story(demo_master, pinned_today):
    calendar, cases, dates, store = fingerprint(demo_master)
    store.close()
    return calendar, cases, dates


@pytest.mark.parametrize(
    "today",
    [
        dt.date(2026, 11, 26),  # the day of the story's next meeting: it is held, so the demo moves on
        dt.date(2026, 11, 30),  # a week later
        dt.date(2027, 11, 23),  # a year later
        dt.date(2028, 11, 23),  # two years later
        dt.date(2028, 5, 4),  # another season
        dt.date(2025, 3, 1),  # before the story
    ],
)
def test_the_demo_built_on_any_day_keeps_its_planted_cases(today, story, tmp_path, monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: today)
    months = months_to_move(today)
    assert months != 0
    calendar, cases, dates, store = fingerprint(build_demo(tmp_path / "demo.db"))
    try:
        assert (calendar, cases) == story[:2]
        assert dates == [move_date(date, months, keep_weekday=True) for date in story[2]]
        assert [d for d in dates if d > today][:1] == [dates[-1]]  # the next meeting is ahead, and only it
        # What the text says moved with the store: a request names the month its due meeting moved to ...
        november = store.meetings_on(dates[0])[0]
        strategy = next(d for d in store.meeting_detail(november.id).items if d.item.minute_number == "23")
        due = dates[3]  # the third meeting after it, as in the story (June 2025)
        assert f"to the {due:%B %Y} meeting" in strategy.resolutions[2].text
        # ... and the documents and their names hold no date of the story's own calendar.
        sources = [doc.source for m in store.meetings() for doc in store.documents(m.id)]
        assert any(f"packs/{dates[-1].isoformat()}-agenda-pack" in source for source in sources)
        assert not any("2026-11-26" in source for source in sources)
    finally:
        store.close()


def test_moved_text_prints_no_date_twice_over():
    """A date moved once is never moved again: one pass over the text, each date rewritten whole."""
    text = "Thursday, 26th November, 2026 / 26/11/2026 / 2026-11-26 / November 2026 / 2026/27 / 2026"
    moved = move_text(text, 12, MEETINGS)
    assert moved == "Thursday, 25th November, 2027 / 25/11/2027 / 2027-11-25 / November 2027 / 2027/28 / 2027"
    assert not re.search(r"2028", moved)
