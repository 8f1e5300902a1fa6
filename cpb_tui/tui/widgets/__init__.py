"""Widgets the screens are built from; they are given data by their screen and never read the store."""

from cpb_tui.tui.widgets.action_table import ActionTable
from cpb_tui.tui.widgets.trail_panel import TrailPanel

__all__ = ["ActionTable", "TrailPanel"]
