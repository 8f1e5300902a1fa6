"""The JSON shapes of every `--json` (version 2, documented in docs/cli.md).

Every output is an object with `"version"`. The same thing has the same key everywhere: a
meeting referred to from something else is `meeting_ref`, an item `item_ref`, a resolution's
clause label is `clause`, and `items` is always a list (a meeting's count is `item_count`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Iterable

from cpb_tui.domain.models import (
    Action, ActionEvent, ItemDetail, Meeting, MeetingDetail, Resolution, SearchHit, SearchOutcome, TopicEntry, TrackedAction,
)

if TYPE_CHECKING:
    from cpb_tui.domain.brief import Brief

JSON_VERSION = 2


def meeting_ref(meeting_id: int | None, date: dt.date | None, committee: str | None) -> dict[str, Any] | None:
    """A meeting as something else refers to it: enough to name it on the command line."""
    if meeting_id is None or date is None:
        return None
    return {"id": meeting_id, "date": date.isoformat(), "committee": committee}


def item_ref(item_id: int | None, number: str | None, title: str | None) -> dict[str, Any] | None:
    """An item as something else refers to it: its id, its printed number and its title."""
    if item_id is None:
        return None
    return {"id": item_id, "number": number, "title": title}


def resolution_to_dict(resolution: Resolution) -> dict[str, Any]:
    """One resolution (a clause of what was resolved on an item)."""
    return {
        "clause": resolution.label,
        "lead_in": resolution.lead_in,
        "text": resolution.text,
        "verb": resolution.verb,
    }


def meeting_to_dict(meeting: Meeting) -> dict[str, Any]:
    """One meeting as `cpb meetings --json` lists it."""
    return {
        "id": meeting.id,
        "committee": meeting.committee,
        "council": meeting.council,
        "date": meeting.date.isoformat(),
        "time": meeting.time,
        "venue": meeting.venue,
        "status": meeting.status,
        "minutes_status": meeting.minutes_status,
        "item_count": meeting.item_count,
    }


def meetings_to_dict(meetings: Iterable[Meeting]) -> dict[str, Any]:
    """`cpb meetings --json`."""
    return {"version": JSON_VERSION, "meetings": [meeting_to_dict(m) for m in meetings]}


def item_to_dict(detail: ItemDetail) -> dict[str, Any]:
    """One item with its resolutions and report sections."""
    item = detail.item
    return {
        "id": item.id,
        "number": item.number,
        "minute_number": item.minute_number,
        "title": item.title,
        "purpose": item.purpose,
        "pages": None if item.page_start is None else {"start": item.page_start, "end": item.page_end},
        "exempt": item.exempt,
        "exempt_reason": item.exempt_reason,
        "procedural": item.procedural,
        "minutes": item.minutes,
        "resolutions": [resolution_to_dict(r) for r in detail.resolutions],
        "sections": [
            {
                "number": s.number,
                "heading": s.heading,
                "level": s.level,
                "document": s.document_title,
                "is_recommendation": s.is_recommendation,
                "pages": None if s.page_start is None else {"start": s.page_start, "end": s.page_end},
                "body": s.body,
                "tables": [{"header_rows": t.header_rows, "rows": [list(row) for row in t.rows]} for t in s.tables],
            }
            for s in detail.sections
        ],
    }


def meeting_detail_to_dict(detail: MeetingDetail) -> dict[str, Any]:
    """`cpb show --json`: a whole meeting."""
    return {
        "version": JSON_VERSION,
        **meeting_to_dict(detail.meeting),
        "attendance": [{"person": a.person, "role": a.role, "status": a.status} for a in detail.attendance],
        "documents": [
            {"kind": d.kind, "title": d.title, "source": d.source, "sha256": d.sha256, "imported_at": d.imported_at}
            for d in detail.documents
        ],
        "items": [item_to_dict(item) for item in detail.items],
    }


def action_to_dict(action: Action) -> dict[str, Any]:
    """One action, as `cpb actions list --json` lists it."""
    return {
        "id": action.id,
        "committee": action.committee,
        "meeting": meeting_ref(action.meeting_id, action.meeting_date, action.committee),
        "item": item_ref(action.item_id, action.item_number, action.item_title),
        "minute_reference": action.minute_reference or None,
        "clause": action.clause_label,
        "kind": action.kind,
        "text": action.text,
        "owners": list(action.owners),
        "due_words": action.due_words,
        "due_meeting": meeting_ref(action.due_meeting_id, action.due_meeting_date, action.committee),
        "due_date": action.due_date.isoformat() if action.due_date else None,
        "status": action.status,
        "origin": action.origin,
        "created_at": action.created_at,
        "closed_at": action.closed_at,
        "latest_update": action.latest_update,
        "exempt": action.exempt,
    }


def actions_to_dict(actions: Iterable[Action]) -> dict[str, Any]:
    """`cpb actions list --json`."""
    return {"version": JSON_VERSION, "actions": [action_to_dict(a) for a in actions]}


def event_to_dict(event: ActionEvent) -> dict[str, Any]:
    """One entry of an action's history."""
    return {
        "id": event.id,
        "at": event.at,
        "who": event.who,
        "event": event.event,
        "field": event.field,
        "old": event.old,
        "new": event.new,
        "note": event.note,
    }


def history_to_dict(action: Action, events: Iterable[ActionEvent]) -> dict[str, Any]:
    """`cpb actions history ID --json`: the action, and every change to it, oldest first."""
    return {"version": JSON_VERSION, "action": action_to_dict(action), "events": [event_to_dict(e) for e in events]}


def tracked_to_dict(tracked: TrackedAction) -> dict[str, Any]:
    """An action with its derived status and its follow-ups."""
    committee = tracked.action.committee
    return {
        **action_to_dict(tracked.action),
        "derived_status": tracked.derived_status,
        "followups": [
            {
                "meeting": meeting_ref(f.meeting_id, f.meeting_date, committee),
                "item": item_ref(f.item_id, f.item_number, f.item_title),
                "score": f.score,
                "state": f.state,
                "reasons": list(f.reasons),
            }
            for f in tracked.followups
        ],
    }


def tracked_actions_to_dict(tracked: Iterable[TrackedAction]) -> dict[str, Any]:
    """`cpb follow --json`."""
    return {"version": JSON_VERSION, "actions": [tracked_to_dict(t) for t in tracked]}


def topic_to_dict(topic: Iterable[TopicEntry]) -> dict[str, Any]:
    """`cpb topic --json`: the items of one topic, oldest first, each with its meeting and resolutions."""
    return {
        "version": JSON_VERSION,
        "items": [
            {
                "id": entry.item.id,
                "number": entry.item.number,
                "minute_number": entry.item.minute_number,
                "title": entry.item.title,
                "meeting": meeting_ref(entry.meeting.id, entry.meeting.date, entry.meeting.committee),
                "resolutions": [resolution_to_dict(r) for r in entry.resolutions],
            }
            for entry in topic
        ],
    }


def hit_to_dict(hit: SearchHit) -> dict[str, Any]:
    """One hit of `cpb search --json`."""
    return {
        "kind": hit.kind,
        "id": hit.id,
        "committee": hit.committee,
        "meeting": meeting_ref(hit.meeting_id, hit.meeting_date, hit.committee),
        "item": item_ref(hit.item_id, hit.item_number, hit.item_title),
        "heading": hit.heading,
        "heading_highlights": [list(span) for span in hit.heading_highlights],
        "document": hit.document_title,
        "clause": hit.clause_label,
        "status": hit.status,
        "snippet": hit.snippet,
        "highlights": [list(span) for span in hit.highlights],
        "score": hit.score,
        "exempt": hit.exempt,
    }


def search_to_dict(query: str, outcome: SearchOutcome) -> dict[str, Any]:
    """`cpb search --json`: the query as read, its hints, and the hits best first."""
    return {
        "version": JSON_VERSION,
        "query": query,
        "hints": list(outcome.hints),
        "capped": outcome.capped,
        "hits": [hit_to_dict(h) for h in outcome.hits],
    }


def brief_to_dict(brief: "Brief", include_exempt: bool = False) -> dict[str, Any]:
    """`cpb brief --json`: per item, the earlier items of its topic and the actions due at it; exempt
    (Part II) items keep only their reference unless `include_exempt`, and `left_out` counts what went."""
    from cpb_tui.export.brief import evidence_words

    committee = brief.meeting.committee
    left_out = 0

    def due(entries, here: int | None) -> list[dict[str, Any]]:
        nonlocal left_out
        shown = [d for d in entries if include_exempt or not d.action.exempt]
        left_out += len(entries) - len(shown)
        return [
            {
                **action_to_dict(d.action),
                "derived_status": d.derived_status,
                "evidence": None if d.evidence is None else {
                    "meeting": meeting_ref(d.evidence.meeting_id, d.evidence.meeting_date, committee),
                    "item": item_ref(d.evidence.item_id, d.evidence.item_number, d.evidence.item_title),
                    "score": d.evidence.score,
                    "state": d.evidence.state,
                    "reasons": list(d.evidence.reasons),
                },
                "continues_topic": d.continues_topic,
                "evidence_words": evidence_words(d, here, bool(brief.items)),
            }
            for d in shown
        ]

    items = []
    for entry in brief.items:
        item = entry.item
        if item.exempt and not include_exempt:
            left_out += len(entry.before) + len(entry.due)
            before, due_here = [], []
        else:
            before = [e for e in entry.before if include_exempt or not e.item.exempt]
            left_out += len(entry.before) - len(before)
            due_here = due(entry.due, item.id)
        items.append({
            "id": item.id, "number": item.number, "title": item.title, "exempt": item.exempt,
            "before": [
                {
                    "meeting": meeting_ref(e.meeting.id, e.meeting.date, e.meeting.committee),
                    "item": item_ref(e.item.id, e.item.number, e.item.title),
                    "resolutions": [resolution_to_dict(r) for r in e.resolutions],
                }
                for e in before
            ],
            "due": due_here,
        })
    m = brief.meeting
    return {
        "version": JSON_VERSION,
        "meeting": meeting_ref(m.id, m.date, m.committee),
        "items": items,
        "due_on_no_item": due(brief.unplaced, None),
        "procedural_left_out": brief.procedural,
        "exempt_left_out": left_out,
    }
