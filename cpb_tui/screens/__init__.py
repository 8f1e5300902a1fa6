"""The app's screens."""

from cpb_tui.screens.agenda_screen import AgendaScreen
from cpb_tui.screens.meetings_screen import MeetingsScreen
from cpb_tui.screens.reader_screen import ReaderScreen

__all__ = ["AgendaScreen", "MeetingsScreen", "ReaderScreen"]
