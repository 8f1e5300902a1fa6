"""The stable JSON shapes of every `--json`: meetings, show, actions, follow, topic and search (docs/cli.md)."""

from __future__ import annotations

from typing import Any

from cpb_tui.domain.models import Action, Item, ItemDetail, Meeting, MeetingDetail, Resolution, SearchHit

JSON_VERSION = 1


def meeting_to_dict(meeting: Meeting) -> dict[str, Any]:
    """One meeting as it appears in `cpb meetings --json`."""
    return {
        "id": meeting.id,
        "committee": meeting.committee,
        "council": meeting.council,
        "date": meeting.date.isoformat(),
        "time": meeting.time,
        "venue": meeting.venue,
        "status": meeting.status,
        "minutes_status": meeting.minutes_status,
        "items": meeting.item_count,
    }


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
        "resolutions": [
            {"label": r.label, "lead_in": r.lead_in, "text": r.text, "verb": r.verb} for r in detail.resolutions
        ],
        "sections": [
            {
                "number": s.number,
                "heading": s.heading,
                "level": s.level,
                "document": s.document_title,
                "is_recommendation": s.is_recommendation,
                "pages": None if s.page_start is None else {"start": s.page_start, "end": s.page_end},
                "body": s.body,
            }
            for s in detail.sections
        ],
    }


def meeting_detail_to_dict(detail: MeetingDetail) -> dict[str, Any]:
    """A whole meeting as `cpb show --json` prints it."""
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
    """One action as `cpb actions --json` prints it (documented in docs/cli.md)."""
    return {
        "id": action.id,
        "committee": action.committee,
        "meeting": action.meeting_date.isoformat() if action.meeting_date else None,
        "item": {"id": action.item_id, "number": action.item_number, "title": action.item_title} if action.item_id else None,
        "minute": action.minute_reference or None,
        "clause": action.clause_label,
        "kind": action.kind,
        "text": action.text,
        "owners": list(action.owners),
        "due_words": action.due_words,
        "due_meeting": action.due_meeting_date.isoformat() if action.due_meeting_date else None,
        "due_date": action.due_date.isoformat() if action.due_date else None,
        "status": action.status,
        "origin": action.origin,
        "created_at": action.created_at,
        "closed_at": action.closed_at,
        "latest_update": action.latest_update,
        "exempt": action.exempt,
    }


def tracked_to_dict(tracked) -> dict[str, Any]:
    """An action with its derived status and trail, as `cpb follow --json` prints it."""
    return {
        **action_to_dict(tracked.action),
        "derived_status": tracked.derived_status,
        "trail": [
            {
                "item_id": f.item_id,
                "meeting": f.meeting_date.isoformat(),
                "item": f.item_number,
                "title": f.item_title,
                "score": f.score,
                "state": f.state,
                "reasons": list(f.reasons),
            }
            for f in tracked.followups
        ],
    }


def topic_entry_to_dict(item: Item, meeting: Meeting, resolutions: list[Resolution]) -> dict[str, Any]:
    """One meeting's item in `cpb topic --json`: the business as it came to that meeting."""
    return {
        "item_id": item.id,
        "meeting": meeting.date.isoformat(),
        "number": item.number,
        "title": item.title,
        "resolutions": [{"label": r.label, "text": r.text, "verb": r.verb} for r in resolutions],
    }


def hit_to_dict(hit: SearchHit) -> dict[str, Any]:
    """One hit as `cpb search --json` prints it (docs/cli.md)."""
    return {
        "kind": hit.kind,
        "id": hit.id,
        "meeting_id": hit.meeting_id,
        "meeting": hit.meeting_date.isoformat() if hit.meeting_date else None,
        "committee": hit.committee,
        "item": None if hit.item_id is None else {"id": hit.item_id, "number": hit.item_number, "title": hit.item_title},
        "heading": hit.heading,
        "heading_highlights": [list(span) for span in hit.heading_highlights],
        "document": hit.document_title,
        "label": hit.clause_label,
        "status": hit.status,
        "snippet": hit.snippet,
        "highlights": [list(span) for span in hit.highlights],
        "score": hit.score,
        "exempt": hit.exempt,
    }
