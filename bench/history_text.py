"""A committee's history as generated minutes: topics that recur, and resolutions that ask for more.

Used by bench/import_scale.py and by tests/test_incremental_followthrough.py. Every name, place
and sentence is invented. Each meeting is one minutes document in plain text, in the shape
the importers read: a heading with the committee and date, then numbered minutes, each with
a title, a few paragraphs and a RESOLVED block. A third of the business is a topic's next
report (annual reports, strategies, reviews that come back), some of it at the meeting a
previous resolution asked for ("Requests a further update to the March 2027 meeting"), the
rest one-off business. Deterministic for a given seed.
"""

from __future__ import annotations

import datetime as dt
import random

COMMITTEE = "Corporate Parenting Board"
COUNCIL = "NORTHWOLD COUNTY COUNCIL"

SUBJECTS = [
    "Fostering Service", "Adoption Service", "Care Leavers Local Offer", "Placement Sufficiency Strategy",
    "Virtual School", "Health of Children in Care", "Unaccompanied Children", "Staying Put and Staying Close",
    "Independent Reviewing Service", "Children's Homes Inspection", "Youth Justice Partnership",
    "Participation and the Voice of Children", "Emotional Wellbeing and Mental Health Support",
    "Foster Carer Allowance and Fee Review", "Apprenticeships for Care Leavers", "Supported Accommodation",
    "Special Guardianship Orders", "Kinship Care Support", "Missing from Care Protocol", "Education Attainment Gap",
    "Dental Health Assessments", "Social Worker Recruitment and Retention", "Regional Adoption Agency",
    "Edge of Care Service", "Family Group Conferencing", "Housing Pathway for Care Leavers",
    "Corporate Parenting Pledge", "Sufficiency of Residential Placements", "Sexual Exploitation Risk Panel",
    "Personal Education Plans", "Leaving Care Grant", "Council Tax Exemption for Care Leavers",
    "Mockingbird Constellations", "Sibling Placements", "Secure Welfare Beds", "Post-16 Transport",
    "Short Breaks for Disabled Children", "Independent Visitors Scheme", "Pathway Plans Audit",
    "Therapeutic Fostering Pilot",
]
FORMS = ["Annual Report", "Update", "Six Month Update", "Progress Report", "Review", "Strategy Refresh", "Outcome"]
PLACES = ["Thornmere", "Eastmere", "Wyvernside", "Ashcombe", "Kelbrook", "Marlow Fen", "Ostley", "Brantham"]
OFFICERS = ["Head of Fostering", "Virtual School Head", "Director of Children's Services", "Service Manager", "Designated Nurse"]
WORDS = (
    "placements children carers households enquiries approvals recruitment retention budget pressures waiting times "
    "assessments visits plans reviews outcomes attainment attendance exclusions health dental emotional wellbeing "
    "tenancy accommodation apprenticeships training employment grants allowances fees evaluation pilot district "
    "borough partnership agency inspection ofsted judgement audit compliance timeliness caseloads vacancies agency "
    "workers supervision practice quality feedback young people participation survey pledge promise offer"
).split()
PROCEDURAL = ["Apologies for Absence", "Declarations of Interest", "Minutes of the Previous Meeting", "Chair's Announcements"]
MONTHS = ["January", "March", "June", "September", "November"]


def meeting_dates(count: int, start: dt.date = dt.date(2001, 1, 18)) -> list[dt.date]:
    """Five meetings a year (January, March, June, September, November), on a Thursday."""
    dates = []
    year = start.year
    while len(dates) < count:
        for month in (1, 3, 6, 9, 11):
            day = dt.date(year, month, 15)
            day += dt.timedelta(days=(3 - day.weekday()) % 7)
            if day >= start and len(dates) < count:
                dates.append(day)
        year += 1
    return dates


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _paragraph(rng: random.Random, subject: str) -> str:
    words = rng.sample(WORDS, 14)
    place = rng.choice(PLACES)
    return (
        f"Members discussed the {subject.lower()} in {place}, including {', '.join(words[:5])}. "
        f"The {rng.choice(OFFICERS)} explained the {words[5]} and {words[6]} figures for the period, "
        f"and answered questions on {words[7]}, {words[8]} and {words[9]}. "
        f"It was noted that {words[10]} and {words[11]} had improved while {words[12]} remained a concern."
    )


def history(count: int, seed: int = 15) -> list[tuple[dt.date, str]]:
    """`count` meetings of one committee as (date, minutes text), oldest first."""
    rng = random.Random(seed)
    dates = meeting_dates(count)
    due: dict[int, list[str]] = {}  # meeting index -> subjects asked back to it
    documents = []
    minute = 1
    for index, date in enumerate(dates):
        business = list(dict.fromkeys(due.pop(index, [])))
        annual = SUBJECTS[index % len(SUBJECTS)]  # each subject's annual report comes round in turn
        if annual not in business:
            business.append(annual)
        while len(business) < 6:
            if rng.random() < 0.5:
                candidate = rng.choice(SUBJECTS)
            else:
                candidate = f"{rng.choice(PLACES)} {rng.choice(['Family Hub', 'Contact Centre', 'Residential Home', 'Youth Forum'])} Proposal {index}"
            if candidate not in business:
                business.append(candidate)
        lines = [
            f"AT A MEETING of the {COMMITTEE} of {COUNCIL}",
            f"held at County Hall, Northwold on Thursday, {_ordinal(date.day)} {date.strftime('%B')}, {date.year}:",
            "",
        ]
        titles = PROCEDURAL + business
        for position, subject in enumerate(titles):
            procedural = position < len(PROCEDURAL)
            if procedural:
                title = subject
            elif subject == annual:
                title = f"{subject} Annual Report {date.year}/{(date.year + 1) % 100:02d}"
            else:
                title = f"{subject} - {rng.choice(FORMS)}"
            lines += [f"{minute}.", "", title.upper()]
            minute += 1
            if procedural:
                lines += ["The Board noted the item.", ""]
                continue
            lines += [_paragraph(rng, subject), _paragraph(rng, subject), "", "RESOLVED:", "", "That the Board:", ""]
            clauses = [f"Notes the {title}."]
            if rng.random() < 0.55 and index + 1 < count:
                later = min(count - 1, index + rng.choice([1, 1, 2, 3, 5]))
                later_date = dates[later]
                clauses.append(
                    f"Requests a further update on the {subject.lower()} to the {later_date.strftime('%B %Y')} meeting."
                )
                if rng.random() < 0.8:  # most requests are kept
                    due.setdefault(later, []).append(subject)
            if rng.random() < 0.2:
                clauses.append(f"Asks the {rng.choice(OFFICERS)} to write to the district councils about {subject.lower()}.")
            for label, clause in zip(["i", "ii", "iii", "iv"], clauses):
                lines.append(f"{label}) {clause}")
            lines.append("")
        documents.append((date, "\n".join(lines) + "\n"))
    return documents
