"""Waiting in a Pilot test for what the app does off the event loop (workers, timers)."""


async def wait_for(pilot, condition, tries=300):
    """Pause until `condition()` holds, then once more so the screen has drawn it; fail after `tries` short pauses."""
    for _ in range(tries):
        if condition():
            await pilot.pause()
            return
        await pilot.pause(0.02)
    raise AssertionError("the screen never got there")
