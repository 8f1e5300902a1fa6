"""Topic links in the store: each item's link to the earlier item whose business it continues.

Part of follow-through (store/followthrough.py derives them, then the follow-ups). Each
non-procedural item links to its single best earlier match above the topic threshold, so a
topic is a tree whose rows grow with the items. A link depends only on the committee's items
at or before the item's meeting: when the titles at a meeting change, the items from that
meeting on are linked again, in date order.
"""

from __future__ import annotations

import heapq
import itertools
from contextlib import contextmanager
from typing import Iterable, Iterator

from cpb_tui.store.rows import chunks


def _upper_bound(matcher, a_titles: list[str], b_titles: list[str]) -> float:
    """A score no pair of these titles can exceed: words that share no first three letters never match."""
    from cpb_tui.followthrough.match import is_procedural, words

    best = 0.0
    for a in a_titles:
        if not a or is_procedural(a):
            continue
        wa = set(words(a))
        for b in b_titles:
            if not b or is_procedural(b):
                continue
            wb = set(words(b))
            if not wa or not wb:
                continue
            pa, pb = {w[:3] for w in wa}, {w[:3] for w in wb}
            covered_a = sum(matcher.weight(w) for w in wa if w[:3] in pb) / matcher._mass(list(wa))
            covered_b = sum(matcher.weight(w) for w in wb if w[:3] in pa) / matcher._mass(list(wb))
            best = max(best, 0.9 * min(covered_a, covered_b) + 0.1)
    return best


def _heavy_prefixes(matcher, titles: list[str]) -> set[str]:
    """The first three letters of each title's heaviest words: enough of its weight that no pair without one can match.

    A pair can reach the topic threshold only if the words they share carry this share of a
    title's weight, so the candidates are the items sharing one of these prefixes.
    """
    from cpb_tui.followthrough import TOPIC_THRESHOLD
    from cpb_tui.followthrough.match import words

    need = (TOPIC_THRESHOLD - 0.0005 - 0.1) / 0.9 - 1e-9
    prefixes: set[str] = set()
    for title in titles:
        title_words = list(dict.fromkeys(words(title)))
        if not title_words:
            continue
        ranked = sorted(title_words, key=matcher.weight, reverse=True)
        total = sum(matcher.weight(w) for w in ranked)
        rest = total
        for word in ranked:
            prefixes.add(word[:3])
            rest -= matcher.weight(word)
            if rest < need * total:
                break
    return prefixes


PERFECT = 1.0
"""No pair of titles scores more (0.9 x overlap + 0.1 x shape, each at most 1)."""

CANDIDATE_BATCH = 8
"""Candidates are read and scored newest first, this many first, then twice as many each time."""


def _best_earlier(
    matcher,
    item_id: int,
    titles: list[str],
    found: dict[int, tuple[str, list[str], bool]],
    rejected: set[tuple[int, int]],
    best: tuple[float, str, int] | None = None,
) -> tuple[float, str, int] | None:
    """The candidate an item continues: (score, date, id) of the best above the topic threshold (ties: the later),
    among `found` and the `best` of candidates scored before."""
    from cpb_tui.followthrough import TOPIC_THRESHOLD

    for other_id, (other_date, other_titles, other_procedural) in found.items():
        if other_procedural or (other_id, item_id) in rejected:
            continue
        # Below the threshold, or (the candidates come newest first) unable to beat the best so far.
        if _upper_bound(matcher, other_titles, titles) < max(TOPIC_THRESHOLD, best[0] if best else 0.0) - 0.0005:
            continue
        score = matcher.score(other_titles, titles)
        if score >= TOPIC_THRESHOLD and (best is None or (score, other_date, other_id) > best):
            best = (score, other_date, other_id)
    return best


class TopicLinksMixin:
    """Topic-linking methods of `Store` (through `FollowThroughMixin`)."""

    def _link_from(self, committee_id: int, since: str, progress=None) -> None:
        """Link every item of the committee at or after `since` to the earlier item it continues, in date order."""
        items = self._titles_since(committee_id, since)
        self._unlink(list(items))
        rejected = {tuple(r) for r in self.db.execute("select a_item, b_item from item_links where state = 'rejected'")}
        topic_of: dict[int, int] = {}
        dates = sorted({date for date, _, _ in items.values()})
        for position, date in enumerate(dates):
            if progress and position % 20 == 0:
                progress("topics", position, len(dates))
            at_date = [(item_id, titles) for item_id, (d, titles, procedural) in items.items() if d == date and not procedural]
            self._link_meeting_items(committee_id, date, at_date, rejected, topic_of)
        if progress:
            progress("topics", len(dates), len(dates))

    def _titles_since(self, committee_id: int, since: str) -> dict[int, tuple[str, list[str], bool]]:
        """The committee's items at or after `since`, in date order: meeting date, titles, procedural."""
        rows = self.db.execute(
            """select item_id, meeting_date, title, procedural from item_titles
               where committee_id = ? and meeting_date >= ? order by meeting_date, item_id, position""",
            [committee_id, since],
        ).fetchall()
        items: dict[int, tuple[str, list[str], bool]] = {}
        for item_id, date, title, procedural in rows:
            if item_id not in items:
                items[item_id] = (date, [], bool(procedural))
            items[item_id][1].append(title)
        return items

    def _unlink(self, item_ids: list[int]) -> None:
        """Forget these items' topic links before they are linked again."""
        for chunk in chunks(item_ids):
            marks = ", ".join("?" for _ in chunk)
            self.db.execute(f"delete from item_topics where item_id in ({marks})", chunk)
            # Pairs the matcher wrote before topics were links (m007): the links below replace them.
            self.db.execute(
                f"delete from item_links where state = 'suggested' and (a_item in ({marks}) or b_item in ({marks}))", chunk + chunk
            )

    def _link_meeting_items(
        self,
        committee_id: int,
        date: str,
        at_date: list[tuple[int, list[str]]],
        rejected: set[tuple[int, int]],
        topic_of: dict[int, int],
    ) -> None:
        """Link each non-procedural item of one meeting to its best earlier match, or make it a topic's first item.

        The words are weighed by the titles at meetings up to `date`, read as they are first
        needed; the matcher is rebuilt after each item's candidates add words, and the next
        item's heaviest words are chosen with it.
        """
        from cpb_tui.followthrough import TitleMatcher
        from cpb_tui.followthrough.match import words

        # Kept counts (m012) less the titles after the date: for the newest meeting, none to read.
        documents = self.db.execute(
            """select coalesce((select titles from title_counts where committee_id = ?), 0)
                      - (select count(*) from item_titles where committee_id = ? and meeting_date > ?)""",
            [committee_id, committee_id, date],
        ).fetchone()[0]
        frequency: dict[str, int] = {}
        self._count_title_words(frequency, committee_id, date, (w for _, titles in at_date for t in titles for w in words(t)))
        matcher = TitleMatcher.from_counts(frequency, documents)
        for item_id, titles in at_date:
            prefixes = _heavy_prefixes(matcher, titles)
            if not prefixes:
                self._record_topic(item_id, None, topic_of)
                continue
            # Newest first, a batch at a time: once a candidate scores PERFECT no older one can
            # win (ties go to the later), so a topic that has come round 60 times is not read
            # 60 times over. Each batch's words are counted before it is scored: a word's
            # weight depends on its own count only, so the scores are the ones a whole read gives.
            best, size = None, CANDIDATE_BATCH
            with self._sharing_prefixes(committee_id, date, prefixes) as candidates:
                while batch := list(itertools.islice(candidates, size)):
                    size *= 2
                    found = self._titles_of(batch)
                    self._count_title_words(frequency, committee_id, date, (w for (_, ts, _) in found.values() for t in ts for w in words(t)))
                    matcher = TitleMatcher.from_counts(frequency, documents)
                    best = _best_earlier(matcher, item_id, titles, {i: found[i] for i in batch if i in found}, rejected, best)
                    if best is not None and best[0] >= PERFECT:
                        break
            self._record_topic(item_id, best, topic_of)

    def _count_title_words(self, frequency: dict[str, int], committee_id: int, date: str, vocabulary: Iterable[str]) -> None:
        """Add to `frequency` the words not yet in it: in how many of the committee's titles up to `date` each is."""
        missing = [w for w in dict.fromkeys(vocabulary) if w not in frequency]
        for chunk in chunks(missing):
            for w in chunk:
                frequency[w] = 0
            marks = ", ".join("?" for _ in chunk)
            # The kept count (m012), less the titles after the date (none, for the newest meeting).
            for word, count in self.db.execute(
                f"select word, titles from title_word_counts where committee_id = ? and word in ({marks})", [committee_id, *chunk]
            ):
                frequency[word] = count
            for word, count in self.db.execute(
                f"""select word, count(*) from title_words where committee_id = ? and meeting_date > ?
                    and word in ({marks}) group by word""",
                [committee_id, date, *chunk],
            ):
                frequency[word] -= count

    @contextmanager
    def _sharing_prefixes(self, committee_id: int, date: str, prefixes: set[str]) -> Iterator[Iterator[int]]:
        """The committee's items before `date` with a title word starting with one of these prefixes, newest first.

        Read as far as they are taken: one cursor per prefix walks its index newest first
        (title_words_prefix), and the cursors are merged, so a search that stops at a perfect
        match early does not read (or sort) the rest of a long history.
        """
        cursors = [
            self.db.execute(
                """select meeting_date, item_id from title_words where committee_id = ? and prefix = ? and meeting_date < ?
                   order by meeting_date desc, item_id desc""",
                [committee_id, prefix, date],
            )
            for prefix in sorted(prefixes)
        ]

        def distinct() -> Iterator[int]:
            last = None
            for row in heapq.merge(*cursors, reverse=True):
                if row != last:
                    last = row
                    yield row[1]

        try:
            yield distinct()
        finally:
            for cursor in cursors:
                cursor.close()

    def _record_topic(self, item_id: int, best: tuple[float, str, int] | None, topic_of: dict[int, int]) -> None:
        """Write an item's topic link: to its best match's topic, or (no match) a topic of its own."""
        if best is None:
            topic_of[item_id] = item_id
            self.db.execute("insert into item_topics (item_id, topic_item) values (?, ?)", [item_id, item_id])
            return
        parent = best[2]
        if parent not in topic_of:
            row = self.db.execute("select topic_item from item_topics where item_id = ?", [parent]).fetchone()
            topic_of[parent] = row[0] if row else parent
        topic_of[item_id] = topic_of[parent]
        self.db.execute(
            "insert into item_topics (item_id, topic_item, parent_item, score) values (?, ?, ?, ?)",
            [item_id, topic_of[item_id], parent, best[0]],
        )

    def _titles_of(self, item_ids: list[int]) -> dict[int, tuple[str, list[str], bool]]:
        found: dict[int, tuple[str, list[str], bool]] = {}
        for chunk in chunks(item_ids):
            marks = ", ".join("?" for _ in chunk)
            for item_id, date, title, procedural, position in self.db.execute(
                f"""select item_id, meeting_date, title, procedural, position from item_titles
                    where item_id in ({marks}) order by item_id, position""",
                chunk,
            ):
                if position == 0:
                    found[item_id] = (date, [], bool(procedural))
                found[item_id][1].append(title)
        return found
