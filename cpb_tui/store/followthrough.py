"""Follow-through in the store: the items' full text, links between items, follow-ups of actions.

The links (each item's topic) are made in store/topic_links.py; this module keeps what they
and the follow-ups read, decides what an import must derive again, and scores follow-ups.

Recomputed for the items an import touches (and for every action of their committees), in
the import's transaction. The clerk's decisions (confirmed / rejected) are never overwritten.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator

from cpb_tui.domain import clock
from cpb_tui.domain.models import FollowUp, Item, TrackedAction
from cpb_tui.store.rows import chunks
from cpb_tui.store.topic_links import TopicLinksMixin

# Items this many days after the due date (or the origin, when undated) are not candidates.
CANDIDATE_WINDOW_DAYS = 400
# The words of an action's candidates are weighed against the committee's items from this many
# days before the action to the end of its window (its statistics window): enough history for
# a word's rarity to mean something, and bounded, so an import rescores few actions.
STATISTICS_DAYS_BEFORE = 1095
# Actions rescored per transaction when a bulk import derives at the end.
_BATCH = 200


@dataclass(frozen=True)
class _ActionWindow:
    """The dates that bound an action's follow-ups: candidates after `origin` up to `horizon`, statistics from `start`."""

    origin: dt.date
    due_meeting: dt.date | None
    due_date: dt.date | None
    horizon: dt.date
    start: dt.date

    @classmethod
    def of(cls, action: dict[str, Any]) -> "_ActionWindow":
        """The window of an action row (its origin meeting's date, its due meeting's date, its due date)."""
        origin = dt.date.fromisoformat(action["origin"])
        due_meeting = dt.date.fromisoformat(action["due_meeting"]) if action["due_meeting"] else None
        due_date = dt.date.fromisoformat(action["due_date"]) if action["due_date"] else None
        horizon = (due_meeting or due_date or origin) + dt.timedelta(days=CANDIDATE_WINDOW_DAYS)
        return cls(origin, due_meeting, due_date, horizon, origin - dt.timedelta(days=STATISTICS_DAYS_BEFORE))


class _TitleCounts:
    """In how many titles of a run of a committee's items (read in date order) each word is, moved from run to run.

    Windows taken in the order of their runs move it a few items at a time (most windows
    reach the newest meeting), where counting each window afresh read all its items' titles.
    """

    def __init__(self, ordered: list[dict[str, Any]]) -> None:
        self.ordered = ordered
        self.low = self.high = 0
        self.seen: dict[str, int] = {}
        self.titles = 0

    def _count(self, low: int, high: int, sign: int) -> None:
        from cpb_tui.followthrough.match import words

        for item in self.ordered[low:high]:
            word_sets = item.get("title_word_sets")
            if word_sets is None:  # made once per item, shared by every window that holds it
                word_sets = item["title_word_sets"] = [set(words(title)) for title in item["titles"]]
            self.titles += sign * len(word_sets)
            for title_words in word_sets:
                for word in title_words:
                    self.seen[word] = self.seen.get(word, 0) + sign

    def matcher(self, low: int, high: int):
        """A title matcher whose word weights count the titles of the items at positions low to high - 1."""
        from cpb_tui.followthrough import TitleMatcher

        if low >= self.high or high <= self.low:  # no overlap: start again
            self.seen, self.titles, self.low, self.high = {}, 0, low, low
        self._count(low, self.low, 1)
        self._count(self.low, low, -1)
        self._count(self.high, high, 1)
        self._count(high, self.high, -1)
        self.low, self.high = low, high
        return TitleMatcher.from_counts(self.seen, self.titles)


def _candidates(action: dict[str, Any], window: _ActionWindow, in_window: list[dict[str, Any]]) -> dict[int, Any]:
    """The items that may deliver an action: after its meeting, within its horizon, not procedural.

    Announcements are procedural but can deliver what an action asked to send, do or commit to.
    """
    from cpb_tui.followthrough import Candidate
    from cpb_tui.followthrough.match import is_procedural

    allow_announcements = action["kind"] in ("send", "do", "commitment")
    return {
        item["id"]: Candidate(item["id"], item["date"], item["titles"])
        for item in in_window
        if window.origin < item["date"] <= window.horizon
        and (not is_procedural(item["title"]) or (allow_announcements and "announcement" in item["title"].lower()))
    }


class _DocumentCounts:
    """In how many of a committee's items (read in date order) each word of a vocabulary occurs, for any run of them.

    Each word's postings (the positions of the items whose text has it) are listed once, so a
    window's count is two bisections rather than a pass over the window's items for each action.
    """

    def __init__(self, ordered: list[dict[str, Any]], vocabulary: set[str]) -> None:
        self.postings: dict[str, list[int]] = {}
        for position, item in enumerate(ordered):
            for word in vocabulary & item["terms"]:
                self.postings.setdefault(word, []).append(position)

    def count(self, word: str, low: int, high: int) -> int:
        """How many of the items at positions low to high - 1 have the word (it must be in the vocabulary)."""
        found = self.postings.get(word)
        return bisect.bisect_left(found, high) - bisect.bisect_left(found, low) if found else 0


def _text_weights(action_words: list[str], candidates: dict[int, Any], counts: _DocumentCounts, span: tuple[int, int]):
    """Word weights for the action's and the candidates' words: in how many of the window's items (`span`) each occurs."""
    from cpb_tui.followthrough.match import TextWeights, words

    vocabulary = set(action_words) | {w for c in candidates.values() for t in c.titles for w in words(t)}
    low, high = span
    return TextWeights({word: counts.count(word, low, high) for word in vocabulary}, high - low)


def _committee_counts(actions: list[dict[str, Any]], by_committee: dict[int, list[dict[str, Any]]]) -> dict[int, _DocumentCounts]:
    """Each committee's word counts for every word an action's weights can ask about: its words and its items' titles'."""
    from cpb_tui.followthrough.match import words

    vocabularies: dict[int, set[str]] = {}
    for action in actions:
        vocabularies.setdefault(action["committee_id"], set()).update(words(action["text"]))
    counts = {}
    for committee_id, vocabulary in vocabularies.items():
        for item in by_committee[committee_id]:
            for title in item["titles"]:
                vocabulary.update(words(title))
        counts[committee_id] = _DocumentCounts(by_committee[committee_id], vocabulary)
    return counts


class FollowThroughMixin(TopicLinksMixin):
    """Follow-through methods of `Store`."""

    # --- keeping it up to date --------------------------------------------------------------
    #
    # Every score depends only on a bounded part of the committee's history, so an import
    # recomputes only what its meetings can change, and the result is the same as deriving
    # everything from scratch (tests/test_incremental_followthrough.py):
    # - an item's topic link depends on the committee's items at or before its meeting (its
    #   candidates, and the title vocabulary that weighs their words). When the titles at a
    #   meeting change, the items from that meeting on are linked again, in date order; for
    #   an import of the newest meeting that is its own items.
    # - an action's follow-ups depend on the items in its window: its candidates, from its
    #   meeting to CANDIDATE_WINDOW_DAYS after its due, and the statistics that weigh their
    #   titles and text, from STATISTICS_DAYS_BEFORE the action to the same end. An import
    #   rescores the actions whose window holds a meeting it touched, and those whose due it
    #   moved; for the newest meeting, those whose candidate window reaches it.
    # Touched meetings wait in `followthrough_pending` until derived: at once inside a single
    # import's transaction, or once at the end of a bulk import (`deferred_followthrough`).

    _deferring: bool = False
    _dues_moved: set[int]

    @contextmanager
    def deferred_followthrough(self, progress: Callable[[str, int, int], None] | None = None) -> Iterator[None]:
        """Import many files, then derive follow-through once at the end, in batches.

        `progress(stage, done, total)` is called as the derivation goes. If the block fails,
        nothing is derived and the meetings stay pending for the next import.
        """
        self._deferring = True
        try:
            yield
        finally:
            self._deferring = False
        self.derive_followthrough(progress=progress)

    def derive_followthrough(
        self, committee_ids: Iterable[int] | None = None, progress: Callable[[str, int, int], None] | None = None
    ) -> None:
        """Derive the pending meetings' follow-through (of these committees, or all), in batches of transactions."""
        wanted = None if committee_ids is None else set(committee_ids)
        pending = self.db.execute(
            """select m.committee_id, p.meeting_id, m.date from followthrough_pending p
               join meetings m on m.id = p.meeting_id order by m.committee_id, m.date"""
        ).fetchall()
        by_committee: dict[int, list[tuple[int, str]]] = {}
        for committee_id, meeting_id, date in pending:
            if wanted is None or committee_id in wanted:
                by_committee.setdefault(committee_id, []).append((meeting_id, date))
        moved = set(getattr(self, "_dues_moved", set()))
        for committee_id, meetings in by_committee.items():
            with self.db.atomic():
                self._keep_and_link(committee_id, meetings, progress)
            actions = self._actions_to_rescore(committee_id, [d for _, d in meetings], moved)
            for start in range(0, len(actions), _BATCH):
                with self.db.atomic():
                    self._rescore_actions(actions[start : start + _BATCH])
                if progress:
                    progress("follow-ups", min(start + _BATCH, len(actions)), len(actions))
            with self.db.atomic():
                for meeting_id, _ in meetings:
                    self.db.execute("delete from followthrough_pending where meeting_id = ?", [meeting_id])
        self._dues_moved = set()

    def _refresh_followthrough(self, item_ids: Iterable[int]) -> None:
        """Within an import's transaction: mark the items' meetings pending, and derive their committees now."""
        item_ids = list(dict.fromkeys(item_ids))
        if not item_ids:
            return
        committees = self._mark_pending(item_ids)
        if not self._deferring:
            self._derive_now(committees)

    def _derive_now(self, committee_ids: Iterable[int], action_ids: Iterable[int] = ()) -> None:
        """Derive these committees' pending meetings, and rescore these actions, in the current transaction."""
        moved = set(getattr(self, "_dues_moved", set())) | set(action_ids)
        for committee_id in dict.fromkeys(committee_ids):
            meetings = self.db.execute(
                """select p.meeting_id, m.date from followthrough_pending p join meetings m on m.id = p.meeting_id
                   where m.committee_id = ? order by m.date""",
                [committee_id],
            ).fetchall()
            self._keep_and_link(committee_id, meetings)
            self._rescore_actions(self._actions_to_rescore(committee_id, [d for _, d in meetings], moved))
            self.db.execute(
                "delete from followthrough_pending where meeting_id in (select id from meetings where committee_id = ?)",
                [committee_id],
            )
        self._dues_moved = set()

    def _mark_pending(self, item_ids: list[int]) -> list[int]:
        committees = []
        for chunk in chunks(item_ids):
            marks = ", ".join("?" for _ in chunk)
            self.db.execute(
                f"insert or ignore into followthrough_pending (meeting_id) select distinct meeting_id from items where id in ({marks})",
                chunk,
            )
            committees += [
                row[0]
                for row in self.db.execute(
                    f"""select distinct m.committee_id from items i join meetings m on m.id = i.meeting_id
                        where i.id in ({marks})""",
                    chunk,
                )
            ]
        return list(dict.fromkeys(committees))

    def _keep_and_link(self, committee_id: int, meetings: list[tuple[int, str]], progress=None) -> None:
        """Keep the pending meetings' item data; link again from the first meeting whose titles changed."""
        changed = [date for meeting_id, date in meetings if self._keep_items(committee_id, meeting_id, date)]
        if changed:
            self._link_from(committee_id, min(changed), progress)

    def _keep_items(self, committee_id: int, meeting_id: int, date: str) -> bool:
        """Store what follow-through needs of a meeting's items; whether any title changed."""
        from cpb_tui.domain.text import is_procedural
        from cpb_tui.followthrough.match import text_terms, words

        changed = False
        texts: list[tuple[int, str, str]] = []
        for item in self._rows("select id, title, purpose, minutes from items where id in (select id from items where meeting_id = ?)", [meeting_id]):
            item_id = item["id"]
            reports = [r[0] for r in self.db.execute(
                "select title from documents where item_id = ? and parent_id is not null and title is not null order by id", [item_id]
            )]
            titles = [item["title"]] + [t for t in dict.fromkeys(reports) if t and t != item["title"]]
            before = [r[0] for r in self.db.execute("select title from item_titles where item_id = ? order by position", [item_id])]
            if before != titles:
                changed = True
                self.db.execute("delete from item_titles where item_id = ?", [item_id])
                self.db.execute("delete from title_words where item_id = ?", [item_id])
                self.db.executemany(
                    "insert into item_titles (item_id, position, committee_id, meeting_date, title, procedural) values (?, ?, ?, ?, ?, ?)",
                    [(item_id, position, committee_id, date, title, int(is_procedural(title))) for position, title in enumerate(titles)],
                )
                self.db.executemany(
                    "insert into title_words (item_id, position, committee_id, meeting_date, word, prefix) values (?, ?, ?, ?, ?, ?)",
                    [(item_id, position, committee_id, date, word, word[:3])
                     for position, title in enumerate(titles) for word in dict.fromkeys(words(title))],
                )
            sections = [r[0] for r in self.db.execute(
                "select heading || ' ' || body from sections where item_id = ? order by position", [item_id]
            )]
            documents = [r[0] for r in self.db.execute(
                "select title from documents where item_id = ? and title is not null", [item_id]
            )]
            body = " ".join([item["purpose"] or "", item["minutes"] or ""] + documents + sections)
            title_counts, body_counts = text_terms(item["title"]), text_terms(body)
            self.db.execute(
                """insert into item_terms (item_id, length, title_terms, body_terms) values (?, ?, ?, ?)
                   on conflict(item_id) do update set length = excluded.length, title_terms = excluded.title_terms,
                     body_terms = excluded.body_terms""",
                [item_id, sum(title_counts.values()) + sum(body_counts.values()),
                 json.dumps(title_counts, separators=(",", ":")), json.dumps(body_counts, separators=(",", ":"))],
            )
            texts.append((item_id, item["title"], body))
        # items_fts is kept for `cpb check` and for SQLite tools; follow-through reads item_terms.
        # Its rowid is the item's id (m010): replaced by one lookup, not a scan of the table. The
        # meeting's rows go in together: FTS5 writes what it holds as a new segment whenever another
        # statement opens a savepoint, so rows written between other tables' made a segment each,
        # and merging those segments cost more the larger the index (docs/benchmarks.md).
        for item_id, title, body in texts:
            self.db.execute("delete from items_fts where rowid = ?", [item_id])
            self.db.execute("insert into items_fts (rowid, title, body, item_id) values (?, ?, ?, ?)", [item_id, title, body, item_id])
        return changed

    def _actions_to_rescore(self, committee_id: int, dates: list[str], also: set[int]) -> list[int]:
        """The committee's actions whose window holds one of these dates, and those in `also`."""
        found: set[int] = set()
        for date in dict.fromkeys(dates):
            found.update(
                r[0]
                for r in self.db.execute(
                    # By the kept anchor (m012: its due meeting's, due or meeting's date), through its index:
                    # the actions whose window can still reach the date, not every action of the committee.
                    f"""select a.id from actions a join meetings m on m.id = a.meeting_id
                        where a.committee_id = ? and a.window_anchor >= date(?, '-{CANDIDATE_WINDOW_DAYS} days')
                        and a.item_id is not null and m.date <= date(?, '+{STATISTICS_DAYS_BEFORE} days')""",
                    [committee_id, date, date],
                )
            )
        if also:
            for chunk in chunks(sorted(also)):
                marks = ", ".join("?" for _ in chunk)
                found.update(
                    r[0]
                    for r in self.db.execute(
                        f"select id from actions where committee_id = ? and item_id is not null and id in ({marks})",
                        [committee_id, *chunk],
                    )
                )
        return sorted(found)

    def _rescore_actions(self, action_ids: list[int]) -> None:
        """Score each action's candidates again: the items of its window, weighed by the window's statistics."""
        if not action_ids:
            return
        actions = self._actions_with_dates(action_ids)
        windows = {action["id"]: _ActionWindow.of(action) for action in actions}
        items, by_committee = self._items_in_windows(actions, windows)
        counts = _committee_counts(actions, by_committee)
        # Actions of one meeting with one due share a window: its items and title matcher are made once.
        # A committee's items are in date order, so a window is a run of them.
        dates = {committee_id: [item["date"] for item in ordered] for committee_id, ordered in by_committee.items()}
        spans = {
            (a["committee_id"], w.start, w.horizon): (
                bisect.bisect_left(dates[a["committee_id"]], w.start), bisect.bisect_right(dates[a["committee_id"]], w.horizon)
            )
            for a in actions
            for w in [windows[a["id"]]]
        }
        titles = {committee_id: _TitleCounts(ordered) for committee_id, ordered in by_committee.items()}
        matchers = {key: titles[key[0]].matcher(*spans[key]) for key in sorted(spans, key=lambda key: (key[0], spans[key]))}
        for action in actions:
            window = windows[action["id"]]
            committee_id = action["committee_id"]
            key = (committee_id, window.start, window.horizon)
            low, high = spans[key]
            statistics = (by_committee[committee_id][low:high], counts[committee_id], spans[key])
            self._score_candidates(action, window, statistics, items, matchers[key])

    def _actions_with_dates(self, action_ids: list[int]) -> list[dict[str, Any]]:
        """The actions (those with an item) with their origin meeting's date and their due."""
        actions = []
        for chunk in chunks(action_ids):
            marks = ", ".join("?" for _ in chunk)
            actions += self._rows(
                f"""select a.id, a.item_id, a.kind, a.text, a.committee_id, m.date as origin, dm.date as due_meeting, a.due_date
                    from actions a join meetings m on m.id = a.meeting_id left join meetings dm on dm.id = a.due_meeting_id
                    where a.id in ({marks}) and a.item_id is not null""",
                chunk,
            )
        return actions

    def _items_in_windows(
        self, actions: list[dict[str, Any]], windows: dict[int, "_ActionWindow"]
    ) -> tuple[dict[int, dict[str, Any]], dict[int, list[dict[str, Any]]]]:
        """Every item any of these windows holds, read once: by id, and each committee's in date order."""
        from cpb_tui.followthrough.match import ItemText

        items: dict[int, dict[str, Any]] = {}
        spans: dict[int, tuple[dt.date, dt.date]] = {}
        for action in actions:
            window = windows[action["id"]]
            low, high = spans.get(action["committee_id"], (window.start, window.horizon))
            spans[action["committee_id"]] = (min(low, window.start), max(high, window.horizon))
        by_committee: dict[int, list[dict[str, Any]]] = {}
        for committee_id, (low, high) in spans.items():
            rows = self.db.execute(
                """select t.item_id, t.meeting_date, t.title, t.position, x.length, x.title_terms, x.body_terms
                   from item_titles t join item_terms x on x.item_id = t.item_id
                   where t.committee_id = ? and t.meeting_date between ? and ? order by t.meeting_date, t.item_id, t.position""",
                [committee_id, low.isoformat(), high.isoformat()],
            ).fetchall()
            ordered = []
            for item_id, date, title, position, length, title_terms, body_terms in rows:
                if position == 0:
                    item = {
                        "id": item_id, "date": dt.date.fromisoformat(date), "title": title, "titles": [],
                        "text": ItemText(json.loads(title_terms), json.loads(body_terms), length),
                    }
                    item["terms"] = item["text"].title.keys() | item["text"].body.keys()
                    items[item_id] = item
                    ordered.append(item)
                items[item_id]["titles"].append(title)
            by_committee[committee_id] = ordered
        return items, by_committee

    def _score_candidates(
        self,
        action: dict[str, Any],
        window: "_ActionWindow",
        statistics: tuple[list[dict[str, Any]], _DocumentCounts, tuple[int, int]],
        items: dict[int, dict[str, Any]],
        matcher: Any,
    ) -> None:
        """Score one action's candidates against its window's statistics (its items, their word counts and
        their run among the committee's; `matcher` weighs its titles) and write its follow-ups."""
        from cpb_tui.followthrough import score_followup
        from cpb_tui.followthrough.match import text_ranks, words

        in_window, counts, span = statistics
        candidates = _candidates(action, window, in_window)
        action_words = words(action["text"])
        # The weights count, for each word, the window's items that have it: the same counts bm25 needs.
        text_weights = _text_weights(action_words, candidates, counts, span)
        ranks = text_ranks(
            action_words, {i: items[i]["text"] for i in candidates}, [item["text"] for item in in_window], text_weights.frequencies
        )
        for item_id, rank in ranks.items():
            candidates[item_id].text_rank = rank
        origin_titles = items[action["item_id"]]["titles"] if action["item_id"] in items else []
        scores = {
            item_id: score_followup(
                matcher, origin_titles, action["text"], action["kind"], window.due_meeting, window.due_date, candidate, text_weights
            )
            for item_id, candidate in candidates.items()
        }
        self._write_followups(action["id"], scores)

    def _write_followups(self, action_id: int, scores: dict[int, Any]) -> None:
        """Replace an action's suggested follow-ups with these scores; the clerk's decisions keep their state."""
        from cpb_tui.followthrough.match import RECORD_FLOOR

        decided = {
            row[0]
            for row in self.db.execute(
                "select item_id from followups where action_id = ? and state != 'suggested'", [action_id]
            )
        }
        self.db.execute("delete from followups where action_id = ? and state = 'suggested'", [action_id])
        for item_id, scored in scores.items():
            if item_id in decided:
                self.db.execute(
                    "update followups set score = ?, reasons = ? where action_id = ? and item_id = ?",
                    [scored.score, json.dumps(scored.reasons), action_id, item_id],
                )
            elif scored.score >= RECORD_FLOOR:
                self.db.execute(
                    "insert into followups (action_id, item_id, score, reasons, state) values (?, ?, ?, ?, 'suggested')",
                    [action_id, item_id, scored.score, json.dumps(scored.reasons)],
                )

    # --- reading ---------------------------------------------------------------------------

    def followups(self, action_id: int) -> list[FollowUp]:
        """An action's candidate follow-ups, best first."""
        rows = self._rows(
            """select f.action_id, f.item_id, i.meeting_id, m.date as meeting_date,
                      coalesce(i.agenda_number, i.minute_number) as item_number, i.title as item_title,
                      f.score, f.reasons, f.state, coalesce(i.exempt, 0) as exempt
               from followups f join items i on i.id = f.item_id join meetings m on m.id = i.meeting_id
               where f.action_id = ? order by f.state = 'confirmed' desc, f.score desc""",
            [action_id],
        )
        return [
            FollowUp(
                **{
                    **row,
                    "meeting_date": dt.date.fromisoformat(row["meeting_date"]),
                    "reasons": tuple(json.loads(row["reasons"] or "[]")),
                    "exempt": bool(row["exempt"]),
                }
            )
            for row in rows
        ]

    def tracked_actions(
        self, committee: str | None = None, since: dt.date | None = None, item_id: int | None = None
    ) -> list[TrackedAction]:
        """Every action with its derived status and trail; what needs attention first."""
        from cpb_tui.followthrough import DEFAULT_THRESHOLD, DERIVED_STATES, derive_status
        from cpb_tui.followthrough.status import StatusFacts

        today = clock.today()
        calendars: dict[str | None, list[dt.date]] = {}
        tracked = []
        actions = self.item_actions(item_id) if item_id is not None else self.actions("all", committee=committee)
        # Who set each due, read once rather than once per action.
        due_set_by = {row[0]: row[1:] for row in self.db.execute("select id, due_set_by, origin from actions")}
        for action in actions:
            if since and (action.meeting_date is None or action.meeting_date < since):
                continue
            if action.committee not in calendars:
                calendars[action.committee] = [m.date for m in self.meetings(action.committee)] if action.committee else []
            trail = tuple(self.followups(action.id))
            due_row = due_set_by[action.id]
            facts = StatusFacts(
                status=action.status,
                due_meeting=action.due_meeting_date,
                due_date=action.due_date,
                confirmed_followup=any(f.state == "confirmed" for f in trail),
                strong_suggestion=any(
                    f.state == "suggested" and f.score >= DEFAULT_THRESHOLD and f.meeting_date <= today for f in trail
                ),
                moved_by_clerk=due_row[0] == "clerk" and due_row[1] == "extracted",
            )
            tracked.append(TrackedAction(action, derive_status(facts, calendars[action.committee], today), trail))
        order = {state: index for index, state in enumerate(DERIVED_STATES)}
        return sorted(tracked, key=lambda t: (order[t.derived_status], t.action.meeting_date or dt.date.min, t.action.id))

    def decide_followup(self, action_id: int, item_id: int, state: str, who: str, note: str | None = None) -> FollowUp:
        """The clerk confirms or rejects a follow-up; both are events, and confirming closes the action."""
        from cpb_tui.domain.models import format_date

        with self.db.atomic():
            action = self.action(action_id)
            item = self.item(item_id)
            if item is None:
                raise LookupError(f"no item {item_id}: `cpb show MEETING --json` gives item ids")
            meeting = self.meeting(item.meeting_id)
            if action.meeting_date and meeting.date <= action.meeting_date:
                raise ValueError(f"item {item_id} is not after the meeting that raised action {action_id}")
            now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
            self.db.execute(
                """insert into followups (action_id, item_id, score, reasons, state, decided_by, decided_at)
                   values (?, ?, 1.0, '["chosen by the clerk"]', ?, ?, ?)
                   on conflict(action_id, item_id) do update set state = excluded.state,
                     decided_by = excluded.decided_by, decided_at = excluded.decided_at""",
                [action_id, item_id, state, who, now],
            )
            # An exempt item's title is private: the note travels with the action (its latest
            # update, the action log paper), so it names the item by number alone.
            named = "(exempt)" if item.exempt else f"'{item.title}'"
            where = f"item {item.number or ''} {named} at {format_date(meeting.date)}".replace("item  ", "item ")
            self._event(action_id, who, f"follow-up {state}", "follow-up", None, where, note)
            if state == "confirmed" and action.status == "open":
                self._event(action_id, who, "done", "status", "open", "done", f"delivered by {where}")
                self.db.execute("update actions set status = 'done', closed_at = ? where id = ?", [now, action_id])
        return next(f for f in self.followups(action_id) if f.item_id == item_id)

    def topic(self, item_id: int) -> list[Item]:
        """Every item that continues the same business as this one, oldest first."""
        seen = {item_id}
        queue = [item_id]
        expanded: set[int] = set()
        while queue:
            current = queue.pop()
            linked = [
                row[0]
                for row in self.db.execute(
                    """select b_item from item_links where a_item = ? and state != 'rejected'
                       union select a_item from item_links where b_item = ? and state != 'rejected'
                       union select t2.item_id from topic_items t1 join topic_items t2 on t2.topic_id = t1.topic_id
                             where t1.item_id = ? and t1.state = 'confirmed' and t2.state = 'confirmed'""",
                    [current, current, current],
                )
            ]
            # The matcher's topic: every item linked to the same first item, read once per topic.
            row = self.db.execute("select topic_item from item_topics where item_id = ?", [current]).fetchone()
            if row and row[0] not in expanded:
                expanded.add(row[0])
                linked += [r[0] for r in self.db.execute("select item_id from item_topics where topic_item = ?", [row[0]])]
            for other in linked:
                if other not in seen:
                    seen.add(other)
                    queue.append(other)
        items = [self.item(i) for i in seen]
        dates = {i.id: self.meeting(i.meeting_id).date for i in items if i}
        return sorted((i for i in items if i), key=lambda i: (dates[i.id], i.position))
