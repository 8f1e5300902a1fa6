"""The words every layer shares: the models, the rules for titles, and today's date.

Nothing here imports another part of cpb, Textual or SQLite, so everything may import it.
"""
