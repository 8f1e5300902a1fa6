"""Shapes read in the twenty-fourth step. Texts the project wrote, about fictional bodies."""

from __future__ import annotations

from pathlib import Path

from bench.hostile_input import rising_runs
from tests.stored import stored_text


def test_the_hostile_bench_reads_and_stores_every_rising_run(tmp_path):
    # (not a timing test: bench/hostile_input.py times these at 1,500 to 6,000 numbers)
    lines = rising_runs(Path(tmp_path), sizes=(20, 40))
    assert len(lines) == 12
    assert all("read and stored" in line for line in lines), lines


def test_a_long_run_of_references_before_the_agendas_numbers_keeps_every_item(tmp_path):
    text = "Minutes of the meeting of Hale Parish Council held on 3 May 2030\n" + "\n".join(
        f"A{number:04d}/31 {number}. APOLOGIES FOR ABSENCE none." for number in range(1, 301)
    ) + "\n"
    _, items = stored_text(tmp_path, "hale.txt", text)
    assert len([item for item, _, _ in items if item.number]) == 300
