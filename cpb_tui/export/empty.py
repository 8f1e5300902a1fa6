"""What cpb says where there is nothing to show: what is missing, and what would fill it.

The meeting screen, the home screen, `cpb read` and `cpb show` say the same words, so they
are written once here. Each names the command or key that fills the gap, and none guesses:
an item with no resolutions at a meeting whose minutes are in says so, rather than blaming
minutes that are not late.
"""

from __future__ import annotations

from cpb_tui.domain.models import Meeting

IMPORT = "`cpb import FILE`"

NO_MEETINGS = f"No meetings yet. Import an agenda pack or minutes with {IMPORT}, or open the demo (a fictional council) with `cpb demo`."

NO_REPORT = f"No report pages for this item in the agenda pack. A report published on its own can be imported with {IMPORT}."

NO_TOPIC = (
    "No other meeting took this business, as far as cpb can tell. Importing earlier or later"
    f" meetings with {IMPORT} may find some."
)

NO_DUE_ACTIONS = "No actions are due at this meeting."


def _held(meeting: Meeting | None) -> bool:
    return meeting is None or meeting.status == "held"


def no_agenda(meeting: Meeting) -> str:
    """A meeting with no items: nothing of its pack or its minutes is in the store."""
    if meeting.status == "cancelled":
        return "No agenda: the meeting was cancelled."
    if meeting.status == "scheduled":
        return (
            "No agenda yet: the agenda pack is usually published about a week before the meeting;"
            f" import it with {IMPORT}."
        )
    return f"No agenda or minutes imported for this meeting: import them with {IMPORT}."


def no_minutes(meeting: Meeting | None) -> str:
    """An item (or a meeting) with no minutes."""
    if meeting is not None and meeting.status == "cancelled":
        return "No minutes: the meeting was cancelled."
    if not _held(meeting):
        return (
            "No minutes yet: the meeting has not been held. Minutes are usually published a few"
            f" weeks after it; import them with {IMPORT}."
        )
    return f"No minutes yet: they are usually published a few weeks after the meeting; import them with {IMPORT}."


def no_resolutions(meeting: Meeting | None, has_minutes: bool) -> str:
    """An item with no resolutions: none recorded, or the minutes that carry them not imported."""
    if not _held(meeting):
        return "No resolutions yet: the meeting has not been held."
    if has_minutes:
        return "No resolutions recorded: the minutes of this item record no decision."
    return f"No resolutions recorded: the minutes are not imported yet, and resolutions come with them ({IMPORT})."


def no_actions(meeting: Meeting | None, has_minutes: bool) -> str:
    """An item that raised no action."""
    by_hand = "Add one by hand with `cpb actions add --meeting DATE --item N --text TEXT`."
    if not _held(meeting):
        return f"No actions yet: actions arise when the meeting is held and its minutes are imported. {by_hand}"
    if has_minutes:
        return f"No actions arose from this item. {by_hand}"
    return f"No actions from this item yet: they are read from its minutes, which are not imported ({IMPORT}). {by_hand}"
