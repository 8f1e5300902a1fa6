"""Items a meeting took out of order: "Agreed to bring item 078 forward", and "078/PC/20" then stands between
"067/PC/20" and "068/PC/20". The run of numbers is read in order; a minute reference of the run's own shape that
the run leaves out, standing between the run's first and last lines (or after them, numbered before the last), whose
number the run does not hold and which falls within (or just past) its numbers, is an item of its own where it stands.
"""

from __future__ import annotations

from cpb_tui.importers.titles import Heading


def with_taken_out_of_order(best: list[Heading], candidates: list[Heading]) -> list[Heading]:
    """The run, with the references of its shape it left out because they stand out of order."""
    if len(best) < 3 or not best[0].style.startswith("reference ") or len({h.style for h in best}) != 1:
        return best
    style, values = best[0].style, {h.value for h in best}
    low, high = min(values), max(values)
    taken = {h.index for h in best}
    moved: list[Heading] = []
    for candidate in candidates:
        # (after the run's last line only where the number comes before the last's: "068/PC/37" after "078/PC/37", the run going on)
        if candidate.style != style or candidate.index in taken or candidate.value in values or candidate.index < best[0].index \
                or candidate.index > best[-1].index and candidate.value > best[-1].value:
            continue
        if low < candidate.value <= high + 20:
            moved.append(candidate)
            values.add(candidate.value)
    if not moved or len(moved) * 3 > len(best):
        return best
    return sorted(best + moved, key=lambda heading: heading.index)
