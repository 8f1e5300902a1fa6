"""The app's screens."""

from cpb_tui.tui.screens.help_screen import HelpScreen
from cpb_tui.tui.screens.home_screen import HomeScreen
from cpb_tui.tui.screens.meeting_screen import MeetingScreen

__all__ = ["HelpScreen", "HomeScreen", "MeetingScreen"]
