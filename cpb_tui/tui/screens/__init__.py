"""The app's screens."""

from cpb_tui.tui.screens.action_log_screen import ActionLogScreen
from cpb_tui.tui.screens.brief_screen import BriefScreen
from cpb_tui.tui.screens.help_screen import HelpScreen
from cpb_tui.tui.screens.home_screen import HomeScreen
from cpb_tui.tui.screens.meeting_screen import MeetingScreen

__all__ = ["ActionLogScreen", "BriefScreen", "HelpScreen", "HomeScreen", "MeetingScreen"]
