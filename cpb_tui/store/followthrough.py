"""Follow-through in the store: the items' full text, links between items, follow-ups of actions.

Recomputed for the items an import touches (and for every action of their committees), in
the import's transaction. The clerk's decisions (confirmed / rejected) are never overwritten.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Iterable

from cpb_tui.domain import clock
from cpb_tui.domain.models import FollowUp, Item, TrackedAction

# Items this many days after the due date (or the origin, when undated) are not candidates.
CANDIDATE_WINDOW_DAYS = 400


class FollowThroughMixin:
    """Follow-through methods of `Store`."""

    # --- keeping it up to date (inside an import's transaction) ----------------------------

    def _index_items(self, item_ids: Iterable[int]) -> None:
        for item_id in dict.fromkeys(item_ids):
            row = self._rows("select id, title, purpose, minutes from items where id = ?", [item_id])
            if not row:
                continue
            sections = self.db.execute(
                "select heading || ' ' || body from sections where item_id = ? order by position", [item_id]
            ).fetchall()
            reports = self.db.execute(
                "select title from documents where item_id = ? and title is not null", [item_id]
            ).fetchall()
            body = " ".join(
                [row[0]["purpose"] or "", row[0]["minutes"] or ""] + [r[0] for r in reports] + [s[0] for s in sections]
            )
            self.db.execute("delete from items_fts where item_id = ?", [item_id])
            self.db.execute("insert into items_fts (title, body, item_id) values (?, ?, ?)", [row[0]["title"], body, item_id])

    def _refresh_followthrough(self, item_ids: Iterable[int]) -> None:
        """Index the touched items, link them to their topics, and rescore follow-ups."""
        item_ids = list(dict.fromkeys(item_ids))
        if not item_ids:
            return
        self._index_items(item_ids)
        marks = ", ".join("?" for _ in item_ids)
        committees = [
            row[0]
            for row in self.db.execute(
                f"select distinct m.committee_id from items i join meetings m on m.id = i.meeting_id where i.id in ({marks})",
                item_ids,
            ).fetchall()
        ]
        for committee_id in committees:
            matcher, items = self._committee_titles(committee_id)
            touched = [i for i in item_ids if i in items]
            self._link_items(matcher, items, touched)
            self._score_followups(committee_id, matcher, items)

    def _committee_titles(self, committee_id: int):
        from cpb_tui.followthrough import TitleMatcher

        rows = self._rows(
            """select i.id, i.title, i.meeting_id, m.date, coalesce(i.agenda_number, i.minute_number) as number,
                      (select group_concat(d.title, char(31)) from documents d
                        where d.item_id = i.id and d.parent_id is not null) as reports
               from items i join meetings m on m.id = i.meeting_id where m.committee_id = ?""",
            [committee_id],
        )
        items: dict[int, dict[str, Any]] = {}
        for row in rows:
            titles = [row["title"]] + [t for t in (row["reports"] or "").split("\x1f") if t and t != row["title"]]
            items[row["id"]] = {**row, "titles": titles, "date": dt.date.fromisoformat(row["date"])}
        matcher = TitleMatcher([t for item in items.values() for t in item["titles"]])
        return matcher, items

    def _link_items(self, matcher, items: dict[int, dict[str, Any]], touched: list[int]) -> None:
        from cpb_tui.followthrough import TOPIC_THRESHOLD
        from cpb_tui.domain.text import is_procedural

        for item_id in touched:
            item = items[item_id]
            if is_procedural(item["title"]):
                continue
            for other_id, other in items.items():
                if other["meeting_id"] == item["meeting_id"] or is_procedural(other["title"]):
                    continue
                a, b = (item_id, other_id) if item["date"] < other["date"] else (other_id, item_id)
                score = matcher.score(items[a]["titles"], items[b]["titles"])
                existing = self.db.execute(
                    "select state from item_links where a_item = ? and b_item = ?", [a, b]
                ).fetchone()
                if existing and existing[0] != "suggested":
                    continue  # the clerk decided
                if score >= TOPIC_THRESHOLD:
                    self.db.execute(
                        """insert into item_links (a_item, b_item, score, state, source) values (?, ?, ?, 'suggested', 'matcher')
                           on conflict(a_item, b_item) do update set score = excluded.score""",
                        [a, b, score],
                    )
                elif existing:
                    self.db.execute("delete from item_links where a_item = ? and b_item = ?", [a, b])

    def _score_followups(self, committee_id: int, matcher, items: dict[int, dict[str, Any]]) -> None:
        from cpb_tui.followthrough import Candidate, score_followup
        from cpb_tui.followthrough.match import RECORD_FLOOR, words
        from cpb_tui.domain.text import is_procedural

        actions = self._rows(
            """select a.id, a.item_id, a.kind, a.text, m.date as origin, dm.date as due_meeting, a.due_date
               from actions a join meetings m on m.id = a.meeting_id left join meetings dm on dm.id = a.due_meeting_id
               where a.committee_id = ? and a.item_id is not null""",
            [committee_id],
        )
        text_weights = self._text_weights(
            {w for action in actions for w in words(action["text"])}
            | {w for item in items.values() for title in item["titles"] for w in words(title)}
        )
        for action in actions:
            origin = dt.date.fromisoformat(action["origin"])
            due_meeting = dt.date.fromisoformat(action["due_meeting"]) if action["due_meeting"] else None
            due_date = dt.date.fromisoformat(action["due_date"]) if action["due_date"] else None
            horizon = (due_meeting or due_date or origin) + dt.timedelta(days=CANDIDATE_WINDOW_DAYS)
            allow_announcements = action["kind"] in ("send", "do", "commitment")
            candidates = {
                item_id: Candidate(item_id, item["date"], item["titles"])
                for item_id, item in items.items()
                if origin < item["date"] <= horizon
                and (not is_procedural(item["title"]) or (allow_announcements and "announcement" in item["title"].lower()))
            }
            for item_id, rank in self._text_ranks(words(action["text"]), list(candidates)).items():
                candidates[item_id].text_rank = rank
            origin_titles = items[action["item_id"]]["titles"] if action["item_id"] in items else []
            decided = {
                row[0]: row[1]
                for row in self.db.execute("select item_id, state from followups where action_id = ?", [action["id"]])
            }
            for item_id, candidate in candidates.items():
                scored = score_followup(
                    matcher, origin_titles, action["text"], action["kind"], due_meeting, due_date, candidate, text_weights
                )
                state = decided.get(item_id)
                if state in ("confirmed", "rejected"):
                    self.db.execute(
                        "update followups set score = ?, reasons = ? where action_id = ? and item_id = ?",
                        [scored.score, json.dumps(scored.reasons), action["id"], item_id],
                    )
                elif scored.score >= RECORD_FLOOR:
                    self.db.execute(
                        """insert into followups (action_id, item_id, score, reasons, state) values (?, ?, ?, ?, 'suggested')
                           on conflict(action_id, item_id) do update set score = excluded.score, reasons = excluded.reasons""",
                        [action["id"], item_id, scored.score, json.dumps(scored.reasons)],
                    )
                elif state == "suggested":
                    self.db.execute("delete from followups where action_id = ? and item_id = ?", [action["id"], item_id])

    def _text_weights(self, vocabulary: set[str]):
        """How many items' text use each word, from the FTS vocabulary."""
        from cpb_tui.followthrough.match import TextWeights

        documents = self.db.execute("select count(*) from items_fts").fetchone()[0]
        frequencies: dict[str, int] = {}
        terms = sorted(vocabulary)
        for start in range(0, len(terms), 500):
            chunk = terms[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            for term, doc in self.db.execute(f"select term, doc from items_vocab where term in ({marks})", chunk):
                frequencies[term] = doc
        return TextWeights(frequencies, documents)

    def _text_ranks(self, terms: list[str], item_ids: list[int]) -> dict[int, float]:
        """FTS5 bm25 of the action's words against each candidate, scaled so the best is 1."""
        if not terms or not item_ids:
            return {}
        query = " OR ".join(f'"{t}"' for t in dict.fromkeys(terms) if t.isalpha())
        if not query:
            return {}
        marks = ", ".join("?" for _ in item_ids)
        rows = self.db.execute(
            f"select item_id, bm25(items_fts, 2.0, 1.0) from items_fts where items_fts match ? and item_id in ({marks})",
            [query, *item_ids],
        ).fetchall()
        if not rows:
            return {}
        best = max(-rank for _, rank in rows) or 1.0
        # Scale by the best, but only as far as the match is good in itself: one stray word is not a match.
        return {int(item_id): max(0.0, (-rank) / best) * min(1.0, (-rank) / 8.0) for item_id, rank in rows}

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
        while queue:
            current = queue.pop()
            linked = self.db.execute(
                """select b_item from item_links where a_item = ? and state != 'rejected'
                   union select a_item from item_links where b_item = ? and state != 'rejected'
                   union select t2.item_id from topic_items t1 join topic_items t2 on t2.topic_id = t1.topic_id
                         where t1.item_id = ? and t1.state = 'confirmed' and t2.state = 'confirmed'""",
                [current, current, current],
            ).fetchall()
            for (other,) in linked:
                if other not in seen:
                    seen.add(other)
                    queue.append(other)
        items = [self.item(i) for i in seen]
        dates = {i.id: self.meeting(i.meeting_id).date for i in items if i}
        return sorted((i for i in items if i), key=lambda i: (dates[i.id], i.position))
