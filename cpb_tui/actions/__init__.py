"""The action log's pure layer: actions found in resolutions and minutes, and when they are due."""

from cpb_tui.actions.due import DUE_KINDS, DueSpec, add_months, parse_due, resolve_due
from cpb_tui.actions.extract import ACTION_KINDS, ActionCandidate, extract_from_minutes, extract_from_resolution

__all__ = [
    "ACTION_KINDS",
    "DUE_KINDS",
    "ActionCandidate",
    "DueSpec",
    "add_months",
    "extract_from_minutes",
    "extract_from_resolution",
    "parse_due",
    "resolve_due",
]
