"""The real public documents the product was conceived from, when they are beside the repo.

These check the importers against the seeds' exact shapes; they skip on a machine without
`../shared/seeds` (the project's own fixtures cover the same shapes).
"""

import json

import pytest
from click.testing import CliRunner

from cpb_tui.cli import cli
from tests.conftest import SEEDS

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"the real seed documents are not at {SEEDS}")


def seed(prefix):
    return str(next(SEEDS.glob(f"{prefix}_*.txt")))


@pytest.fixture
def cpb(db_path):
    runner = CliRunner()
    return lambda *args: runner.invoke(cli, ["--db", str(db_path), *args], catch_exceptions=False)


@pytest.fixture
def imported(cpb):
    results = [
        cpb("import", seed("000")),
        cpb("import", seed("001"), "--date", "2021-06-21"),
        cpb("import", seed("002"), "--committee", "Corporate Parenting Board", "--date", "2022-06-15"),
        cpb("import", seed("003"), "--committee", "Corporate Parenting Board", "--date", "2024-03-05"),
        cpb("import", seed("004")),
    ]
    assert [r.exit_code for r in results] == [0] * 5, [r.output for r in results]
    return {m["date"]: m for m in json.loads(cpb("meetings", "--json").output)["meetings"]}


def test_pack_without_cover_asks_for_the_date(cpb):
    result = cpb("import", seed("001"))
    assert result.exit_code == 1
    assert "--date" in result.output and "21 June 2021" in result.output


def test_january_2021_minutes(cpb, imported):
    shown = json.loads(cpb("show", str(imported["2021-01-28"]["id"]), "--json").output)
    assert [i["number"] for i in shown["items"]] == [str(n) for n in range(10, 20)]
    resolved = {i["number"]: i["resolutions"] for i in shown["items"] if i["resolutions"]}
    assert sorted(resolved) == ["16", "17", "18", "19"]
    assert resolved["16"][1]["clause"] == "ii"
    assert resolved["16"][1]["text"] == "Requests a further update to the June 2021 meeting."
    assert resolved["16"][1]["verb"] == "requests"
    assert [r["clause"] for r in resolved["17"]] == ["i", "ii", "iii", "iv", "v", "vi"]
    assert "Leaders of all District and Borough Councils" in resolved["17"][5]["text"]


def test_june_2021_agenda(cpb, imported):
    shown = json.loads(cpb("show", "2021-06-21", "--json").output)
    items = [(i["number"], i["pages"]) for i in shown["items"]]
    assert items == [
        ("1", None),
        ("2", {"start": 3, "end": 8}),
        ("3", {"start": 9, "end": 18}),
        ("4", {"start": 19, "end": 24}),
        ("5", {"start": 25, "end": 78}),
        ("6", {"start": 79, "end": 86}),
        ("7", {"start": 87, "end": 92}),
    ]
    titles = [i["title"] for i in shown["items"]]
    assert titles[4] == "Annual Report for Children in Care (to Include Gateway to Care Project)"
    report_titles = {s["document"] for s in shown["items"][4]["sections"]}
    assert "Annual Children in Care Report" in report_titles
    special = [s for s in shown["items"][4]["sections"] if "Special Guardianship" in s["heading"]]
    assert special and "Special Guardianship" in special[0]["body"]


def test_june_2022_item_19(cpb, imported):
    shown = json.loads(cpb("show", "2022-06-15", "--json").output)
    item = next(i for i in shown["items"] if i["number"] == "19")
    assert item["title"] == "Children in Care Annual Report"
    (resolution,) = item["resolutions"]
    assert resolution["verb"] == "supports"
    assert "Special Guardianship Orders" in resolution["text"]


def test_2010_report(cpb, imported):
    shown = json.loads(cpb("show", "2010-06-01", "--json").output)
    assert shown["committee"] == "Children and Families Advisory Panel"
    sections = shown["items"][0]["sections"]
    assert [s["number"] for s in sections[:5]] == ["1", "2", "3", "4", "5"]
    recommendation = [s for s in sections if s["is_recommendation"]]
    assert len(recommendation) == 1 and "revised Pledge" in recommendation[0]["body"]


def test_kpi_minutes_page(cpb, imported):
    shown = json.loads(cpb("show", "2024-03-05", "--json").output)
    (item,) = shown["items"]
    assert item["resolutions"][0]["verb"] == "notes"
