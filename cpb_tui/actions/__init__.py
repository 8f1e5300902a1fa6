"""The action log's pure layer: actions found in resolutions and minutes, and when they are due."""

from cpb_tui.actions.due import DUE_KINDS, DueSpec, add_months, gone_by, visit_held_by_then, parse_due, resolve_due
from cpb_tui.actions.clauses import ACTION_KINDS, ActionCandidate
from cpb_tui.actions.extract import extract_from_resolution
from cpb_tui.actions.narrative import extract_from_minutes
from cpb_tui.actions.welsh import one_language

__all__ = [
    "ACTION_KINDS",
    "DUE_KINDS",
    "ActionCandidate",
    "DueSpec",
    "add_months",
    "extract_from_minutes",
    "extract_from_resolution",
    "gone_by",
    "visit_held_by_then",
    "one_language",
    "parse_due",
    "resolve_due",
]
