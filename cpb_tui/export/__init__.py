"""Models out as text: the action log paper in its formats, the JSON shapes of `--json`,
Markdown for the screens and plain text for `cpb read`. Pure functions; no store, no screen.
"""
