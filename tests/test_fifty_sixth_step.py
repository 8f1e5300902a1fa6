"""The fifty-sixth step: a PDF's lines read as its pages set them (`importers/pdf_lines.py`).

A clerk's minutes come as PDFs printed from a word processor: proportional type, paragraphs
set apart by space rather than empty lines, sentences broken wherever the right margin falls.
PDFium's text keeps none of that; these tests print pages the way a clerk's printer does and
check what cpb reads back.
"""

from __future__ import annotations

from fpdf import FPDF

from cpb_tui.importers.pdf import extract_pdf
from tests.stored import stored

_BODY = 160  # the text's width on an A4 page with 25 mm margins


def _new_page(size: float = 11) -> FPDF:
    """An A4 PDF with 25 mm margins, a page begun, Helvetica set."""
    pdf = FPDF(format="A4")
    pdf.set_margins(25, 25, 25)
    pdf.add_page()
    pdf.set_font("Helvetica", size=size)
    return pdf


def _printed(paragraphs: list[str], after: float = 0.0, size: float = 11, stamp: str | None = None) -> bytes:
    """`paragraphs` printed one after another, each set to the page's width with `after` mm of space below it."""
    pdf = _new_page(size)
    if stamp:
        pdf.cell(0, 6, stamp, align="R", new_x="LMARGIN", new_y="NEXT")
    for paragraph in paragraphs:
        if paragraph:
            pdf.multi_cell(_BODY, size * 0.45, paragraph, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(after)
        else:
            pdf.ln(size * 0.45)
    return bytes(pdf.output())


_MINUTES = [
    "Elmscar Parish Council",
    "Minutes of the meeting held in the Old School Room on Tuesday 11 March 2036 at 7.30 pm",
    "1. Apologies",
    "Apologies were received and accepted from Councillor Ian Jones, who was away, and from Councillor Patricia "
    "Hale, who had a family commitment that evening.",
    "2. Bus shelter on Mill Lane",
    "The Clerk reported that the glass in the shelter had been broken twice since January and that Westbridge County "
    "Council would not replace it again this year.",
    "RESOLVED that the Clerk asks three local firms for quotes to replace the glass with polycarbonate sheets and "
    "reports them to the April meeting.",
    "3. Date of the next meeting",
    "Tuesday 8 April 2036 at 7.30 pm.",
]


def test_space_after_a_paragraph_becomes_a_blank_line_and_its_broken_lines_one_line():
    text = extract_pdf(_printed(_MINUTES, after=2.5)).pages[0]
    paragraphs = [block for block in text.split("\n\n") if block.strip()]
    assert [" ".join(block.split()) for block in paragraphs] == _MINUTES
    assert all("\n" not in block.strip() for block in paragraphs)  # each paragraph one line again


def test_a_page_without_paragraph_space_keeps_its_lines_and_its_typed_empty_lines():
    # no space after paragraphs: the lines stay lines; an empty line the clerk typed comes back as a blank line
    text = extract_pdf(_printed(["1. Apologies", "None.", "", "2. Planning", "No applications had been received."])).pages[0]
    assert text.strip().split("\n") == ["1. Apologies", "None.", "", "2. Planning", "No applications had been received."]


def test_a_sentence_broken_by_the_margin_is_joined_even_before_a_capital():
    text = extract_pdf(_printed(_MINUTES)).pages[0]
    lines = text.strip().split("\n")
    assert "Apologies were received and accepted from Councillor Ian Jones, who was away, and from Councillor Patricia Hale, who had a family commitment that evening." in lines
    assert any(line.endswith("that Westbridge County Council would not replace it again this year.") for line in lines)
    # the short lines stay apart: a heading, the title and its numbered items
    assert lines[:3] == ["Elmscar Parish Council", _MINUTES[1], "1. Apologies"]
    assert "3. Date of the next meeting" in lines


def test_a_line_that_ends_short_of_the_margin_ends_there():
    # the next line's first word would have fitted: the writer ended the line, whatever the case of what follows
    short = "The Clerk read a letter from a resident about"
    text = extract_pdf(_printed([short, "Hedges on Church Lane, which the owner has agreed to cut back."])).pages[0]
    assert text.strip().split("\n")[0] == short


def test_a_stamp_at_the_right_and_numbered_lines_after_a_full_line_are_not_joined():
    full = ("The minutes of the meeting held on 11 February 2036, having been circulated, were approved and signed by "
            "the Chairman as a true record, with one correction to the date of the fete (see item 6 below)")
    text = extract_pdf(_printed([full, "(2) The Clerk to publish them.", "- Allotments", "4. Correspondence"], stamp="Agenda Item 2")).pages[0]
    lines = text.strip().split("\n")
    assert lines[0] == "Agenda Item 2"
    assert lines[-3:] == ["(2) The Clerk to publish them.", "- Allotments", "4. Correspondence"]


def test_a_tables_rows_are_never_joined_though_they_reach_the_margin():
    pdf = _new_page(10)
    rows = [("Action", "Owner", "Update"), ("Quotes for the shelter glass", "Clerk", "three firms asked, two replied so far in full"),
            ("Hedges on Church Lane", "Cllr Hale", "owner written to, cutting booked for the autumn"),
            ("Footpath sign at the ford", "Cllr Bell", "replacement ordered from the county council")]
    for row in rows:
        for width, cell in zip((60, 30, 70), row):
            pdf.cell(width, 7, cell)
        pdf.ln(7)
    found = extract_pdf(bytes(pdf.output()))
    assert [t.table.rows[1:] for t in found.tables] == [tuple(rows[1:])]
    lines = [line for line in found.pages[0].split("\n") if line.strip()]
    assert len(lines) == 4


def test_minutes_printed_to_pdf_import_whole(tmp_path):
    # the whole way, through `load` and the store: a clerk's spaced PDF of minutes
    path = tmp_path / "elmscar-2036-03-11.pdf"
    path.write_bytes(_printed(_MINUTES, after=2.5))
    meeting, found = stored(tmp_path, path)
    assert (meeting.committee, str(meeting.date)) == ("Elmscar Parish Council", "2036-03-11")
    assert [item.number for item, _, _ in found] == ["1", "2", "3"]
    (shelter,) = [entry for entry in found if entry[0].number == "2"]
    assert shelter[1] == [
        "that the Clerk asks three local firms for quotes to replace the glass with polycarbonate sheets and reports them to the April meeting."
    ]
    assert [task.text for task in shelter[2]] == [
        "The Clerk to ask three local firms for quotes to replace the glass with polycarbonate sheets and report them to the April meeting"
    ]


def test_an_officers_second_verb_loses_its_s_too(tmp_path):
    from tests.stored import stored_text

    page = (
        "Elmscar Parish Council\n\nMinutes of the meeting held on 11 March 2036\n\n"
        "1. Village hall roof\n\nRESOLVED that the Clerk obtains three quotes for the repair and reports back to the May meeting.\n\n"
        "2. Newsletter\n\nRESOLVED that the Clerk circulates the draft and the minutes and reports.\n"
    )
    meeting, found = stored_text(tmp_path, "elmscar.txt", page)
    tasks = {item.number: [task.text for task in found_tasks] for item, _, found_tasks in found}
    assert tasks["1"] == ["The Clerk to obtain three quotes for the repair and report back to the May meeting"]
    assert tasks["2"] == ["The Clerk to circulate the draft and the minutes and reports"]  # ("reports" a thing, not a verb)


def _numbered_in_a_column(rows: list[tuple[str, str]]) -> bytes:
    """Minutes whose numbers stand in a column of their own, their text set after a tab."""
    pdf = _new_page()
    pdf.multi_cell(_BODY, 5, "Elmscar Parish Council: minutes of the meeting held on 11 March 2036", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for number, text in rows:
        pdf.cell(20, 5, number)
        pdf.multi_cell(_BODY - 20, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    return bytes(pdf.output())


_COLUMNED = [
    ("2041", "Apologies: received from Cllr Bell, who was away, and from Cllr Dunn, who was unwell on the evening of the meeting."),
    ("2042", "Minutes of the meeting held on 11 February were approved and signed by the Chairman."),
    ("2043", "Finance: it was RESOLVED that the precept for 2036/37 stays at 4,000 pounds."),
    ("2044", "Footpaths: the Clerk will ask the County Council when the sign at the ford is to be replaced."),
    ("2045", "Planning: no applications had been received since the last meeting."),
]


def test_a_minutes_number_set_off_by_a_tab_keeps_its_gap(tmp_path):
    text = extract_pdf(_numbered_in_a_column(_COLUMNED)).pages[0]
    # (the first minute's second line, set under its text after the tab, joined to it)
    assert "2041    Apologies: received from Cllr Bell, who was away, and from Cllr Dunn, who was unwell on the evening of the meeting." in text.split("\n")
    assert "2045    Planning: no applications had been received since the last meeting." in text.split("\n")
    path = tmp_path / "elmscar.pdf"
    path.write_bytes(_numbered_in_a_column(_COLUMNED))
    meeting, found = stored(tmp_path, path)
    assert [item.number for item, _, _ in found] == ["2041", "2042", "2043", "2044", "2045"]


def test_a_justified_line_opening_with_a_figure_keeps_single_spaces():
    pdf = _new_page()
    pdf.multi_cell(_BODY, 5, "12 households wrote in about the ford. " + "Members heard every one of the letters read out in full. " * 3, align="J")
    lines = extract_pdf(bytes(pdf.output())).pages[0].split("\n")
    assert lines[0].startswith("12 households wrote in")


def test_a_numbered_decision_broken_before_a_capital_is_joined():
    decision = "1) Note and agree the update on the Council Plan and the forecast position of the Elmscar Revenue Budget;"  # (".. Elmscar" over "Revenue")
    text = extract_pdf(_printed([decision, "2) Note the position on the reserves."])).pages[0]
    assert text.strip().split("\n") == [decision, "2) Note the position on the reserves."]


def test_a_list_with_an_empty_line_after_every_entry_keeps_its_blank_lines():
    # every step on the page is an empty line's: the page's usual step is itself a gap
    entries = ["Cheques approved:", "611 Village hall hire 16.00", "612 Clerk's salary 271.10", "613 Grass cutting 420.00", "614 Insurance 388.50"]
    paragraphs = [part for entry in entries for part in (entry, "")][:-1]
    text = extract_pdf(_printed(paragraphs)).pages[0]
    assert text.strip().split("\n") == paragraphs


def test_an_items_number_the_margin_left_at_a_lines_end_goes_on_with_its_title():
    # (printed, its lines end "... that evening. 2." and "... signed by all. 4.")
    run_on = ("1. Apologies were accepted from Cllr Bell and Cllr Dunn, both away that evening. 2. Declarations of interest: "
              "none. 3. The standing orders were reviewed and signed by all. 4. Minutes of the meeting held on 11 February were approved.")
    text = extract_pdf(_printed([run_on], size=10.5)).pages[0]
    assert text.strip() == run_on


def test_an_items_numbered_title_that_runs_to_the_margin_stays_a_title():
    # the title ends where "Number" would not have fitted after it; a numbered title in capitals and a capital below stay
    # apart (a numbered decision, a sentence, goes on: the next test)
    title = "(2) Actions From Previous Meetings Not Covered Elsewhere In The Agenda Papers"
    below = "Number and owner of each action, with its status at the date of this meeting."
    text = extract_pdf(_printed([title, below])).pages[0]
    assert text.strip().split("\n") == [title, below]


def test_a_double_spaced_page_still_joins_the_lines_its_margin_broke():
    pdf = _new_page()
    for paragraph in _MINUTES[2:6]:
        pdf.multi_cell(_BODY, 10, paragraph, new_x="LMARGIN", new_y="NEXT")  # (every step twice the usual)
    text = extract_pdf(bytes(pdf.output())).pages[0]
    assert [block.strip() for block in text.split("\n\n") if block.strip()] == _MINUTES[2:6]


def test_a_minutes_table_reads_each_minute_as_one_line(tmp_path):
    # minutes set as a table (number, minute, action), top-aligned as a word processor sets them: PDFium gives each
    # cell a line of its own; the number and the minute's first line stand on one baseline and come back as one line
    pdf = _new_page()
    pdf.multi_cell(_BODY, 5, "Elmscar Parish Council: minutes of the meeting held on 11 March 2036", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    rows = [("No.", "Minute", "Action")] + [(number, text, "Clerk" if "Clerk" in text else "") for number, text in _COLUMNED]
    with pdf.table(col_widths=(15, 115, 30), text_align="LEFT", first_row_as_headings=True, borders_layout="NONE", line_height=5.2, v_align="TOP") as table:
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    path = tmp_path / "elmscar-table.pdf"
    path.write_bytes(bytes(pdf.output()))
    lines = extract_pdf(path.read_bytes()).pages[0].split("\n")
    # (each minute's lines, broken at its column's right edge, not the page's, joined again)
    assert "2043    Finance: it was RESOLVED that the precept for 2036/37 stays at 4,000 pounds." in lines
    assert "2041    Apologies: received from Cllr Bell, who was away, and from Cllr Dunn, who was unwell on the evening of the meeting." in lines
    meeting, found = stored(tmp_path, path)
    assert [item.number for item, _, _ in found] == ["2041", "2042", "2043", "2044", "2045"]
    (finance,) = [clauses for item, clauses, _ in found if item.number == "2043"]
    assert finance == ["that the precept for 2036/37 stays at 4,000 pounds."]


def test_a_narrow_column_of_names_is_never_joined():
    # a column of short entries set in from the margin: not prose, so its longest entry is no line the margin broke
    pdf = _new_page()
    pdf.multi_cell(_BODY, 5.5, "Members present at the meeting held on 11 March 2036 in the Old School Room, Elmscar", new_x="LMARGIN", new_y="NEXT")
    names = ["Cllr Ann Bell of Mill Lane", "Cllr Colin Dunn", "Cllr Edith Frost", "Cllr Gwen Hale"]
    for name in names:
        pdf.set_x(70)
        pdf.cell(60, 5.5, name, new_x="LMARGIN", new_y="NEXT")
    lines = [line.strip() for line in extract_pdf(bytes(pdf.output())).pages[0].split("\n") if line.strip()]
    assert lines[1:] == names


def test_a_date_the_margin_broke_before_its_year_is_joined():
    head = "Notes of the Elmscar Playing Field Committee held in the hall on Thursday 10th September"  # (printed, "2036" goes below)
    text = extract_pdf(_printed([head + " 2036"])).pages[0]
    assert text.strip().split("\n") == [head + " 2036"]


def test_a_page_whose_text_all_stands_in_a_column_joins_its_broken_lines():
    # a minutes table's second page: every line in the minute column, 45 mm in; no line at the page's left margin
    pdf = _new_page()
    for paragraph in _MINUTES[3:8]:
        pdf.set_x(45)
        pdf.multi_cell(110, 5, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    text = extract_pdf(bytes(pdf.output())).pages[0]
    assert [block.strip() for block in text.split("\n\n") if block.strip()] == _MINUTES[3:8]


def test_a_decision_broken_over_a_page_is_read_whole(tmp_path):
    # 34 short minutes fill the first page; the decision's second line falls on the second, under "Page 1 of 2"
    class Numbered(FPDF):
        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("Helvetica", size=9)
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    decision = ("RESOLVED that the Clerk asks three local firms for quotes to replace the glass in the bus shelter on Mill Lane "
                "with polycarbonate sheets and reports them to the April meeting of the council.")
    pdf = Numbered(format="A4")
    pdf.set_margins(25, 25, 25)
    pdf.set_auto_page_break(True, margin=25)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for number in range(1, 35):
        pdf.multi_cell(_BODY, 5, f"{number}. The Chairman reported on the village fete.", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.multi_cell(_BODY, 5, decision, new_x="LMARGIN", new_y="NEXT")
    found = extract_pdf(bytes(pdf.output()))
    assert len(found.pages) == 2 and decision in found.pages[0].split("\n")


def test_prose_set_one_and_a_half_spaced_beside_a_closer_list_keeps_its_paragraphs_whole():
    # the attendance list, set single spaced, has more steps than the prose: its step is not the prose's line step
    pdf = FPDF(format="A4")
    pdf.set_margins(25, 20, 25)
    pdf.add_page()
    pdf.set_font("Times", size=11)
    step = 11 * 0.3528 * 1.15
    for name in ["Present: Cllr A Bell (Chairman)", "Cllr C Dunn", "Cllr E Frost", "Cllr G Hale", "Cllr I Jones", "Cllr K Lowe", "Mrs M Nash (Clerk)"]:
        pdf.cell(0, step, name, new_x="LMARGIN", new_y="NEXT")
    for paragraph in _MINUTES[4:7]:
        pdf.ln(step)
        pdf.multi_cell(0, step * 1.5, paragraph, new_x="LMARGIN", new_y="NEXT")
    text = extract_pdf(bytes(pdf.output())).pages[0]
    blocks = [" ".join(block.split()) for block in text.split("\n\n") if block.strip()]
    assert blocks[-3:] == _MINUTES[4:7]


def test_a_short_tail_at_a_right_tab_ends_its_line():
    # an owner set at the right margin of a minute's line, a date at the right of a reference line, a signature's date
    pdf = _new_page()
    for left, right, below in [("Ref 36/114", "11 March 2036", "Minutes of the meeting of Elmscar Parish Council"),
                               ("The Clerk to write to the owner of the hedge on Church Lane.", "Clerk", "Members thanked the Clerk."),
                               ("Signed: ____________________ (Chairman)", "Date: __________", "Elmscar Parish Council")]:
        pdf.cell(_BODY - 35, 5, left)
        pdf.cell(35, 5, right, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(_BODY, 5, below, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(5)
    lines = [" ".join(line.split()) for line in extract_pdf(bytes(pdf.output())).pages[0].split("\n") if line.strip()]
    assert "Minutes of the meeting of Elmscar Parish Council" in lines and "Members thanked the Clerk." in lines
    assert lines[-1] == "Elmscar Parish Council"


def test_an_unpunctuated_entry_that_reaches_the_margin_is_not_run_into_a_decision():
    entry = "36/00412/FUL 14 Mill Lane, Elmscar: extension to the kitchen and a conservatory"  # (printed, it fills its line)
    text = extract_pdf(_printed([entry, "RESOLVED to support the application."])).pages[0]
    assert text.strip().split("\n") == [entry, "RESOLVED to support the application."]


def test_a_page_of_text_without_spaces_is_kept_whole():
    pdf = _new_page(10)
    pdf.multi_cell(0, 4, "x" * 60000)
    found = extract_pdf(bytes(pdf.output()))
    assert len(found.pages) > 3 and "".join(found.pages).count("x") == 60000
