"""Importers: files in, `DocumentRecord`s out. Pure functions; nothing here touches the store."""

from cpb_tui.importers.reader import ImportProblem, load, parse_text, read_source

__all__ = ["ImportProblem", "load", "parse_text", "read_source"]
