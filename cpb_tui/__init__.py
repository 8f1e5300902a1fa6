"""cpb: meetings, agenda packs, resolutions and actions of a council committee, in the terminal."""

__version__ = "0.1.0"
