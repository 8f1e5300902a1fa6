"""Search, without the store: the query language, plain text for the index, highlight spans.

Pure functions over strings; `cpb_tui.store.search_index` runs the queries.
"""

from cpb_tui.search.highlight import MARK_END, MARK_START, segments, split_marks
from cpb_tui.search.plain import plain_text
from cpb_tui.search.query import KINDS, STATUSES, SearchFilters, SearchQuery, parse_query

__all__ = [
    "KINDS",
    "MARK_END",
    "MARK_START",
    "STATUSES",
    "SearchFilters",
    "SearchQuery",
    "parse_query",
    "plain_text",
    "segments",
    "split_marks",
]
