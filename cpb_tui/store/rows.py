"""The SELECTs and row conversions that the Store's parts share: a meeting, an item."""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache
from typing import Any, Iterable, Iterator

from cpb_tui.domain.models import Item, Meeting
from cpb_tui.domain.tables import Table
from cpb_tui.domain.text import is_procedural

MEETING_SELECT = """
    select m.id, m.committee_id, c.name as committee, c.council, m.date, m.time, m.venue,
           m.status, m.minutes_status,
           (select count(*) from items i where i.meeting_id = m.id) as item_count
    from meetings m join committees c on c.id = m.committee_id
"""
"""Every column of `Meeting`; add a where clause and an order."""

def in_agenda_order(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """A meeting's item rows in agenda order. Items with agenda numbers first, then items known only from minutes, in
    minute order; numbers compare as people read them (`number_order`). An item with no number stands where the
    document puts it: before the first numbered one (the record before item 1, "Opening of the meeting"), or straight
    after the numbered item it follows ("3. Matters Arising", then "Licensing Forum", a heading inside its minute). One
    pass in the document's order, then one sort: a meeting of 16,000 items is ordered in well under a second."""
    keyed = []
    anchor: tuple | None = None  # the sort key of the last numbered item, in the document's order
    for row in sorted(rows, key=lambda row: row["position"]):
        agenda, minute = row["agenda_number"], row["minute_number"]
        if agenda is not None or minute is not None:
            anchor = (1, agenda is None, _first_when_none(number_order(agenda)), _first_when_none(number_order(minute)), row["position"])
        keyed.append(((anchor or (0,)), row["position"], row))
    keyed.sort(key=lambda entry: entry[:2])
    return [row for _, _, row in keyed]


def _first_when_none(key: str | None) -> tuple[bool, str]:
    """A number's key where no number sorts first (as SQL sorts NULL)."""
    return (key is not None, key or "")


@lru_cache(maxsize=8192)  # (a store's numbers repeat: "1" to "12" in every meeting)
def number_order(number: str | None) -> str | None:
    """A printed item number as a key that sorts as a reader counts: every run of digits compares as a
    number, so 5.9 stands before 5.10, 2036/9 before 2036/10 and 16.99 before 16.100; letters before the
    first digit are passed over, so PF9/16 and Item 9 stand before PF10/16 and Item 10; a roman numeral
    (I to XXXIX) counts as its value, IV before V before IX; other letters alone ("a", "(b)") compare as
    text, after every number. `in_agenda_order` sorts by it; the store's connection has it as an SQL function too."""
    if number is None:
        return None
    text = number.strip().lower()
    roman = text.strip("().: ")
    if re.fullmatch(r"x{0,3}(?:ix|iv|v?i{0,3})", roman) and roman:  # ("iv", "IX": a roman numeral by its value, I to XXXIX)
        values = [{"i": 1, "v": 5, "x": 10}[letter] for letter in roman]
        text = str(sum(-v if v < after else v for v, after in zip(values, values[1:] + [0])))
    elif not re.search(r"\d", text):
        return f"~{text}"  # (letters alone after every number)
    digits = re.sub(r"^[^\d]+(?=\d)", "", text)
    digits = re.sub(r"^(\d{1,3})\.(\d{1,2})(/\d{1,2}/\d{2,4})$", r"\1\3.\2", digits)  # ("4.1/07/17", a point of 4/07/17, after it)
    padded = re.sub(r"\d+", lambda run: run.group().lstrip("0").rjust(12, "0"), digits)
    return f"{padded}\x00{text}"


def marks(values: list[Any]) -> str:
    """One `?` per value, for an `in (...)` list."""
    return ", ".join("?" for _ in values)


def chunks(values: list, size: int = 500) -> Iterator[list]:
    """`values` in slices of at most `size`, to keep an `in (...)` list under SQLite's variable limit."""
    for start in range(0, len(values), size):
        yield values[start : start + size]


def meeting_from_row(row: dict[str, Any]) -> Meeting:
    """A `Meeting` from a row of `MEETING_SELECT`."""
    return Meeting(**{**row, "date": dt.date.fromisoformat(row["date"])})


def item_from_row(row: dict[str, Any]) -> Item:
    """An `Item` from a row of `items` (extra columns are ignored)."""
    return Item(
        id=row["id"],
        meeting_id=row["meeting_id"],
        number=row["agenda_number"] or row["minute_number"],
        minute_number=row["minute_number"],
        title=row["title"],
        purpose=row["purpose"],
        page_start=row["page_start"],
        page_end=row["page_end"],
        exempt=bool(row["exempt"]),
        exempt_reason=row["exempt_reason"],
        position=row["position"],
        minutes=row["minutes"],
        procedural=is_procedural(row["title"]),
    )


def tables_from_json(found: str | None) -> tuple[Table, ...]:
    """A section's tables from the `[position, header_rows, row, col, text]` cells one statement gathers (m009)."""
    if not found:
        return ()
    cells: dict[int, dict[int, dict[int, str]]] = {}
    headers: dict[int, int] = {}
    for position, header_rows, row, col, text in json.loads(found):
        headers[position] = header_rows
        cells.setdefault(position, {}).setdefault(row, {})[col] = text
    tables = []
    for position in range(max(cells, default=-1) + 1):
        rows = cells.get(position, {})
        width = {r: max(cols) + 1 for r, cols in rows.items()}
        table_rows = tuple(tuple(rows[r].get(c, "") for c in range(width[r])) for r in sorted(rows))
        tables.append(Table(table_rows, headers.get(position, 0)))
    return tuple(tables)
