"""Bulleted items numbered by the points printed under them.

A web page's agenda whose ordered list lost its numbers keeps the numbers of its points: "- ANY MATTERS
ARISING FROM MINUTES" (the fourth bullet) over "4.1 Bus Shelter Repairs" and "4.2 Village Sign Repainting".
Where every such point's first figure is the place of the bullet above it, the bullets are numbered 1, 2,
3 ... in turn and the points are items of their own under them.
"""

from __future__ import annotations

import re

from cpb_tui.importers.titles import Heading, tidy_title

_POINT = re.compile(r"^\s*(?P<item>\d{1,2})\.(?P<point>\d{1,2})\.?\s+(?P<title>\S.{1,120})$")


def numbered_by_points(lines: list[str], headings: list[Heading]) -> list[Heading]:
    """`headings` numbered by their places and with their points, when two or more points under two or more of them agree
    with those places and none disagrees; else `headings` as they are."""
    if len(headings) < 3 or any(heading.number for heading in headings):
        return headings
    points: list[tuple[int, int, re.Match[str]]] = []  # (heading's place, line, point)
    for position, heading in enumerate(headings):
        stop = headings[position + 1].index if position + 1 < len(headings) else len(lines)
        points += [(position + 1, index, found) for index in range(heading.body_start, stop) if (found := _POINT.match(lines[index]))]
    if len(points) < 2 or len({place for place, _, _ in points}) < 2 or any(int(found.group("item")) != place for place, _, found in points):
        return headings
    out: list[Heading] = []
    for position, heading in enumerate(headings, start=1):
        out.append(Heading(heading.index, heading.body_start, str(position), position, heading.title, "bulleted", 1.0, heading.rest))
        for place, index, found in points:
            if place == position:
                out.append(Heading(index, index + 1, f"{position}.{found.group('point')}", position, tidy_title(found.group("title")), "bulleted", 0.5))
    return out
