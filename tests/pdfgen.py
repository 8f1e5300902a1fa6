"""Agenda packs as PDFs, built for the tests and benchmarks (fpdf2, a test dependency).

A pack is laid out as councils print them: a cover, the agenda with `(Pages X - Y)` that
match the real page numbers, then each item's papers from a new page with an
`Agenda Item N` stamp, a running header with the council's name and a `Page N` footer.
Options add a two-column page, a ruled table, blank or image-only pages, and encryption.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from fpdf import FPDF

LINES_PER_PAGE = 44
WIDTH = 88


@dataclass
class PackItem:
    """One agenda item and the lines of its papers (none for procedural items)."""

    number: str
    title: str
    purpose: str = ""
    papers: list[str] = field(default_factory=list)


def latin1(text: str) -> str:
    """fpdf2's core fonts take Latin-1; swap typographic characters for plain ones."""
    table = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u2022": "-"}
    return "".join(table.get(ch, ch) for ch in text).encode("latin-1", "replace").decode("latin-1")


def paginate(lines: list[str]) -> list[list[str]]:
    """Wrap and cut a paper's lines into pages; a form feed line forces a new page."""
    pages: list[list[str]] = [[]]
    for line in lines:
        if line == "\f":
            if pages[-1]:
                pages.append([])
            continue
        wrapped = textwrap.wrap(line, WIDTH) or [""]
        for part in wrapped:
            if len(pages[-1]) >= LINES_PER_PAGE:
                pages.append([])
            pages[-1].append(part)
    return pages


class _Pack(FPDF):
    def __init__(self, council: str) -> None:
        super().__init__(format="A4")
        self.council = council
        self.set_auto_page_break(False)
        self.set_font("Helvetica", size=9)

    def start_page(self) -> None:
        self.add_page()
        self.set_font("Helvetica", size=8)
        self.set_xy(10, 6)
        self.cell(0, 4, latin1(self.council))
        self.set_xy(10, 287)
        self.cell(0, 4, f"Page {self.page_no()}", align="C")
        self.set_font("Helvetica", size=9)
        self.set_xy(10, 14)

    def write_lines(self, lines: list[str], x: float = 10, width: float = 190) -> None:
        for line in lines:
            self.set_x(x)
            self.cell(width, 6, latin1(line), new_x="LMARGIN", new_y="NEXT")


def build_pack(
    path: Path,
    *,
    council: str,
    committee: str,
    date_line: str,
    items: list[PackItem],
    two_column_item: str | None = None,
    table_item: str | None = None,
    blank_pages: int = 0,
    image_only: bool = False,
    user_password: str | None = None,
    misprint_pages: int = 0,
) -> Path:
    """Write a pack PDF and return its path. Page ranges on the agenda are the real ones."""
    paper_pages: dict[str, list[list[str]]] = {i.number: paginate(i.papers) for i in items if i.papers}
    first = 3
    ranges: dict[str, tuple[int, int]] = {}
    for item in items:
        if item.number in paper_pages:
            count = len(paper_pages[item.number]) + (1 if item.number in (two_column_item, table_item) else 0)
            ranges[item.number] = (first, first + count - 1)
            first += count

    pdf = _Pack(council)
    if image_only:
        for _ in range(3):
            pdf.add_page()
            pdf.set_fill_color(200, 200, 200)
            pdf.rect(20, 20, 170, 250, style="F")
            pdf.line(20, 20, 190, 270)
    else:
        pdf.start_page()
        pdf.write_lines([council.upper(), "", committee, "", date_line, "Place: County Hall", "", "Membership", "Councillor A. Example (Chair)"])
        pdf.start_page()
        agenda = [" AGENDA"]
        for item in items:
            start, end = ranges.get(item.number, (0, 0))
            if start:
                start, end = start + misprint_pages, end + misprint_pages
            pages = "" if not start else f" (Page {start})" if start == end else f" (Pages {start} - {end})"
            agenda += [f"{item.number}.", "", item.title.upper() + pages]
            if item.purpose:
                agenda += textwrap.wrap(item.purpose, WIDTH)
            agenda.append("")
        pdf.write_lines(agenda[:LINES_PER_PAGE])
        for item in items:
            for index, page in enumerate(paper_pages.get(item.number, [])):
                pdf.start_page()
                if index == 0:
                    pdf.set_xy(150, 10)
                    pdf.cell(50, 4, f"Agenda Item {item.number}", align="R")
                    pdf.set_xy(10, 14)
                pdf.write_lines(page)
            if item.number == two_column_item:
                pdf.start_page()
                left = [f"Left column line {n}: placements in the north of the county." for n in range(1, 21)]
                right = [f"Right column line {n}: placements in the south of the county." for n in range(1, 21)]
                pdf.set_font("Helvetica", size=7)
                pdf.write_lines(left, x=10, width=90)
                pdf.set_xy(110, 14)
                for line in right:
                    pdf.set_x(110)
                    pdf.cell(90, 6, latin1(line), new_x="LEFT", new_y="NEXT")
                pdf.set_font("Helvetica", size=9)
            if item.number == table_item:
                pdf.start_page()
                pdf.write_lines(["Table 1: children in care by placement type"])
                with pdf.table(col_widths=(80, 40, 40)) as table:
                    for row in (("Placement", "2024", "2025"), ("Foster care", "412", "398"), ("11.", "5%", "2021"), ("Residential", "61", "66")):
                        cells = table.row()
                        for value in row:
                            cells.cell(value)
        for _ in range(blank_pages):
            pdf.add_page()
    if user_password:
        pdf.set_encryption(owner_password="owner-" + user_password, user_password=user_password)
    pdf.output(str(path))
    return path


def sample_items(report_pages: int = 2, revised: bool = False) -> list[PackItem]:
    """A small Corporate Parenting Board agenda with minutes and two reports.

    `revised` gives the republished version: one clause reworded, one clause added.
    """
    minutes = [
        "AT A MEETING of the Corporate Parenting Board of WESTBRIDGE COUNTY COUNCIL held at",
        "Shire Hall, Westbridge on Thursday, 13th March, 2025:",
        "Chair:",
        "* Councillor Petra Vane",
        "* Councillor Hugh Lomax",
        "Councillor Isla Fenn",
        "* Present",
        "12.",
        "",
        "APOLOGIES FOR ABSENCE",
        "Apologies were received from Councillor Isla Fenn.",
        "13.",
        "",
        "FOSTERING SUFFICIENCY",
        "The Board received the report of the Director of Children's Services on the number of",
        "foster carers and the plan to recruit more in the coming year.",
        "RESOLVED:",
        "That the Corporate Parenting Board:",
        "i) Notes the report.",
        "ii) Requests a further update to the September 2025 meeting.",
    ]
    if revised:
        minutes[-1] = "ii) Requests a further update to the November 2025 meeting."
        minutes.append("iii) Thanks the fostering team for their work.")

    def report(title: str, pages: int) -> list[str]:
        lines = [
            "WESTBRIDGE COUNTY COUNCIL", "Decision Report", "Committee:", "", "Corporate Parenting Board", "",
            "Date:", "", "19 June 2025", "", "Title:", "", title, "", "Report From:", "",
            "Director of Children's Services", "", "Purpose of this Report", "1.", "",
            f"The purpose of this report is to tell the Board about {title.lower()} and what comes next.",
            "", "2.", "", "Recommendation(s)", "That the Board notes the report.", "", "Executive Summary",
        ]
        number = 3
        for page in range(pages):
            lines.append("\f")
            for _ in range(6):
                lines += [f"{number}.", "", f"Paragraph {number} of the report on {title.lower()} explains the work done "
                          "across the county this year, with the figures for each district and the plans for next year."]
                number += 1
        lines += ["Conclusions", f"{number}. The Board is asked to note the report."]
        return lines

    return [
        PackItem("1", "Apologies for absence"),
        PackItem("2", "Minutes of the previous meeting held on 13 March 2025", "To confirm the minutes.", minutes),
        PackItem("3", "Placement stability report", "To receive the placement stability report.", report("Placement Stability Report", report_pages)),
        PackItem("4", "Virtual School annual report", "To receive the Virtual School annual report.", report("Virtual School Annual Report", report_pages)),
    ]


def build_sample_pack(path: Path, **options) -> Path:
    """The standard test pack; options as for `build_pack`."""
    report_pages = options.pop("report_pages", 2)
    revised = options.pop("revised", False)
    date_line = options.pop("date_line", "Date and Time: Thursday, 19th June, 2025 at 10.00 am")
    return build_pack(
        path,
        council="Westbridge County Council",
        committee="Corporate Parenting Board",
        date_line=date_line,
        items=sample_items(report_pages, revised),
        **options,
    )


def build_large_pack(path: Path, reports: int = 8, report_pages: int = 10) -> Path:
    """A pack of about `reports * (report_pages + 2) + 3` pages, for benchmarks."""
    items = sample_items(report_pages)
    base = items[2].papers
    for number in range(5, 5 + reports - 2):
        papers = [line.replace("Placement Stability Report", f"Service Report {number}") for line in base]
        items.append(PackItem(str(number), f"Service report {number}", f"To receive service report {number}.", papers))
    return build_pack(
        path,
        council="Westbridge County Council",
        committee="Corporate Parenting Board",
        date_line="Date and Time: Thursday, 19th June, 2025 at 10.00 am",
        items=items,
        table_item="4",
        two_column_item="3",
    )
