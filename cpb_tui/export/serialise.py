"""The stable JSON shapes of `cpb meetings --json` and `cpb show --json` (documented in docs/cli.md)."""

from __future__ import annotations

from typing import Any

from cpb_tui.domain.models import ItemDetail, Meeting, MeetingDetail

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
