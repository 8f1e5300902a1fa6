"""The Textual app: `app.py` (the App and `make_app`), `screens/`, the palette (`commands.py`),
app-wide messages, themes and the stylesheet `app.tcss`.
"""
