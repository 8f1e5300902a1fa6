"""Synthetic text for the search benchmark: a county council's committees over twenty years.

Everything here is invented: word lists written for this benchmark, put together at random
with a skewed (Zipf-like) frequency so that a few words are in almost every passage, as in
real committee papers, and most are rare. Nothing is taken from real documents.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from itertools import accumulate

COMMITTEES = [
    # name, meetings a year, the topics it mostly hears
    ("Corporate Parenting Board", 6, "children"),
    ("Cabinet", 11, "corporate"),
    ("Children and Young People Scrutiny Committee", 6, "children"),
    ("Adult Social Care and Health Scrutiny Committee", 6, "adults"),
    ("Audit and Governance Committee", 5, "corporate"),
    ("Planning and Regulatory Committee", 10, "place"),
    ("Pension Fund Committee", 4, "corporate"),
    ("Health and Wellbeing Board", 5, "adults"),
    ("Highways and Transport Panel", 6, "place"),
    ("Environment and Climate Panel", 5, "place"),
    ("Resources and Performance Committee", 6, "corporate"),
    ("Schools Forum", 5, "children"),
    ("Economic Growth Panel", 4, "place"),
    ("Standards Committee", 3, "corporate"),
]
COUNCIL = "Wexcombe County Council"

# Function words: the commonest tokens of any English text (the index keeps them).
FUNCTION = (
    "the of and to in a for is that on with be by as are this will at from have has it an or which "
    "been their was were not all its also would should any these those there than more other into such "
    "each who where within between during through under over after before about may can must our we "
    "they them being so out up new well only most some both how what when while further across since"
).split()

GENERAL = (
    "council committee board report members officers chair director service services update plan "
    "strategy performance budget financial year quarter data information budgetary progress review "
    "proposals proposal recommendations recommendation decision meeting papers agenda item items "
    "resources staff team teams partners partnership community communities residents county district "
    "borough local national government policy policies risk risks assurance position outcomes "
    "outcome targets target measures indicators trend trends increase decrease number numbers rate "
    "rates cost costs savings spend pressure pressures demand capacity workforce recruitment retention "
    "training support provision delivery programme project projects consultation engagement feedback "
    "framework approach priorities priority actions action areas area impact improvement improvements "
    "quality standards inspection monitoring evidence analysis summary background context legal "
    "implications equality diversity climate environmental health safety procurement contract "
    "contracts providers provider market commissioning commissioned arrangements governance audit "
    "internal external annual interim final draft approved agreed noted considered discussed asked "
    "confirmed explained reported advised responded requested welcomed thanked highlighted raised "
    "concern concerns question questions answer response timescale timetable deadline milestone "
    "officer manager managers lead member portfolio holder cabinet scrutiny panel forum group "
    "working task finish sessions session workshop visit visits survey results findings themes "
    "challenge challenges opportunity opportunities issue issues matter matters detail details "
    "appendix table figure chart paragraph section sections previous next current future recent "
    "significant considerable continued ongoing additional specific particular general overall "
    "key main positive negative good better best strong weak high higher low lower level levels "
    "month months week weeks day days period periods time times date dates end start first second "
    "third last three four five six ten twelve twenty hundred per cent percentage proportion share "
    "total average median range comparison comparator comparators benchmark regional statistical "
    "neighbours england region sector public private voluntary organisations organisation bodies "
    "digital systems system technology online website access accessible transport travel housing "
    "accommodation property estate buildings building land sites site capital revenue reserves "
    "funding grant grants allocation allocations bid bids income charges charging fees fee"
).split()

TOPICAL = {
    "children": (
        "children child young people care leavers looked after foster fostering carers placement "
        "placements residential homes home adoption adopters guardianship special orders social "
        "workers worker caseloads safeguarding education virtual school attainment exclusion "
        "exclusions attendance health assessments dental emotional wellbeing mental missing "
        "exploitation unaccompanied asylum seeking sufficiency permanence stability reunification "
        "kinship connected persons independent reviewing officer participation voice pledge "
        "apprenticeships employment training mentoring corporate parent parenting family families "
        "youth justice offending early help nursery schools pupils"
    ).split(),
    "adults": (
        "adults adult social care residential nursing homecare domiciliary reablement hospital "
        "discharge delayed transfers dementia carers disability disabilities learning autism "
        "mental health wellbeing prevention public smoking obesity physical activity vaccination "
        "immunisation screening sexual substance misuse alcohol drugs suicide loneliness isolation "
        "integrated commissioning integration primary practices pharmacy waiting lists beds "
        "safeguarding deprivation life expectancy inequalities ageing older frailty falls"
    ).split(),
    "place": (
        "planning application applications permission highways roads road potholes resurfacing "
        "bridges footways cycling walking buses bus rail parking traffic congestion junction "
        "speed safety casualties flood flooding drainage rivers water minerals waste recycling "
        "landfill tonnes emissions carbon net zero biodiversity trees woodland countryside rights "
        "way footpaths heritage conservation listed design housing growth employment business "
        "businesses skills economy economic broadband rural town centre regeneration villages"
    ).split(),
    "corporate": (
        "treasury management borrowing investments pension fund scheme employers actuarial "
        "valuation contributions liabilities assets asset allocation equities bonds infrastructure "
        "audit auditor auditors statement accounts opinion fraud counter whistleblowing complaints "
        "ombudsman standards code conduct allegations councillors member allowances constitution "
        "elections electoral register insurance claims debt medium term settlement tax precept "
        "business rates collection fund efficiency transformation modernisation workforce "
        "sickness absence apprentices pay award redundancy agency vacancies"
    ).split(),
}

PHRASES = {
    "children": [
        "special guardianship orders", "care leavers", "council tax", "foster carers",
        "placement sufficiency", "unaccompanied asylum seeking children", "personal education plans",
        "virtual school", "local offer", "children in care", "corporate parenting", "staying put",
        "initial health assessments", "missing from care", "independent reviewing officers",
    ],
    "adults": [
        "hospital discharge", "better care fund", "learning disabilities", "direct payments",
        "care market", "mental health", "public health", "health checks", "carers strategy",
        "delayed transfers of care", "extra care housing", "home care hours",
    ],
    "place": [
        "local plan", "flood risk", "road safety", "minerals and waste", "net zero", "bus service",
        "planning permission", "highway maintenance", "rights of way", "electric vehicle charging",
        "superfast broadband", "town centre",
    ],
    "corporate": [
        "treasury management", "internal audit", "statement of accounts", "council tax",
        "medium term financial strategy", "pension fund", "business rates", "code of conduct",
        "risk register", "capital programme", "annual governance statement", "counter fraud",
    ],
}

TITLE_PATTERNS = [
    "{P} Update", "{P} Annual Report", "{P}: Progress Report", "{P} Strategy", "Review of {P}",
    "{P} - Performance Report", "{P} Action Plan", "Report on {P}", "{P}",
]
PROCEDURAL_TITLES = [
    "Apologies for Absence", "Declarations of Interest", "Minutes of the Previous Meeting",
    "Chair's Announcements", "Work Programme",
]
OWNERS = [
    "Director of Children's Services", "Director of Adult Social Care", "Director of Public Health",
    "Director of Place", "Director of Resources", "Head of Legal Services", "Head of Internal Audit",
    "Chief Executive", "Democratic Services Manager", "Head of Pensions",
]
MONTHS = "January February March April May June July September October November December".split()


def _pseudo_words(rng: random.Random, count: int) -> list[str]:
    """Invented names (places, people, providers): the long tail of a real archive's vocabulary."""
    first = "ash brack cal dun elm fern gar hal ink kel lam mar nor oak pen quen ros sal tal ul ver wil yar".split()
    middle = "", "er", "en", "ing", "ley", "ow", "an", "is", "ock", "ham", "bar", "sel", "mon", "ket", "rid", "vel"
    last = "ton ford field wick by combe leigh mere stow bury well brook thorpe moor dale hurst".split()
    count = min(count, len(first) * len(middle) * len(last) // 2)
    words: set[str] = set()
    while len(words) < count:
        words.add(rng.choice(first) + rng.choice(middle) + rng.choice(last))
    return sorted(words)


@dataclass
class Vocabulary:
    """Word lists with cumulative Zipf weights, one per committee theme."""

    words: dict[str, list[str]] = field(default_factory=dict)
    weights: dict[str, list[float]] = field(default_factory=dict)
    tail: list[str] = field(default_factory=list)

    @classmethod
    def build(cls, rng: random.Random) -> "Vocabulary":
        vocabulary = cls(tail=_pseudo_words(rng, 6000))
        for theme, topical in TOPICAL.items():
            others = [w for t, ws in TOPICAL.items() if t != theme for w in ws]
            ordered = list(dict.fromkeys(FUNCTION + topical[:12] + GENERAL + topical[12:] + others))
            vocabulary.words[theme] = ordered
            vocabulary.weights[theme] = list(accumulate(1.0 / (rank + 2.7) for rank in range(len(ordered))))
        return vocabulary


class ArchiveWriter:
    """Builds sentences, paragraphs, titles and resolutions for one committee theme."""

    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        self.vocabulary = Vocabulary.build(self.rng)

    def words(self, theme: str, count: int) -> list[str]:
        rng = self.rng
        picked = rng.choices(self.vocabulary.words[theme], cum_weights=self.vocabulary.weights[theme], k=count)
        # A name now and then (a provider, a place, a person), and a set phrase of the theme.
        for _ in range(count // 25):
            picked[rng.randrange(count)] = rng.choice(self.vocabulary.tail).capitalize()
        if rng.random() < 0.5:
            picked[rng.randrange(count)] = rng.choice(PHRASES[theme])
        return picked

    def sentence(self, theme: str) -> str:
        words = self.words(theme, self.rng.randint(8, 26))
        if self.rng.random() < 0.2:
            words.insert(self.rng.randrange(len(words)), self._figure())
        text = " ".join(words)
        return text[0].upper() + text[1:] + "."

    def _figure(self) -> str:
        rng = self.rng
        return rng.choice([
            f"{rng.randint(1, 99)}%", f"£{rng.randint(1, 40)}.{rng.randint(0, 9)}m", f"{rng.randint(2, 900)}",
            f"{rng.randint(2005, 2025)}/{rng.randint(6, 26):02d}", f"({rng.randint(1, 30)})",
        ])

    def paragraph(self, theme: str, sentences: tuple[int, int] = (2, 5)) -> str:
        return " ".join(self.sentence(theme) for _ in range(self.rng.randint(*sentences)))

    def section_body(self, theme: str, number: str) -> str:
        """A section as the importers store it: Markdown with document text escaped."""
        body = f"{number}\\. " + self.paragraph(theme)
        roll = self.rng.random()
        if roll < 0.15:
            body += "\n\n" + "\n".join(f"- {self.sentence(theme)}" for _ in range(self.rng.randint(2, 4)))
        elif roll < 0.2:
            body += f" \\[see Appendix {self.rng.choice('ABC')}\\] and table\\_{self.rng.randint(1, 9)} \\*provisional\\*"
        return body

    def title(self, theme: str) -> str:
        phrase = self.rng.choice(PHRASES[theme])
        return self.rng.choice(TITLE_PATTERNS).format(P=phrase.title())

    def heading(self, theme: str) -> str:
        return " ".join(self.words(theme, self.rng.randint(1, 4))).capitalize()

    def resolutions(self, theme: str, title: str, meeting: dt.date) -> list[tuple[str, str, bool]]:
        """Clauses as (text, verb, asks for something)."""
        rng = self.rng
        topic = title.split(":")[0].split(" - ")[0].lower()
        later = meeting + dt.timedelta(days=rng.choice([90, 180, 270, 365]))
        when = f"{later.strftime('%B')} {later.year}"
        pool = [
            (f"Notes the {topic} report and the progress described in it.", "notes", False),
            (f"Endorses the approach to {rng.choice(PHRASES[theme])} set out in section {rng.randint(2, 9)}.", "endorses", False),
            (f"Agrees that the {rng.choice(self.vocabulary.words[theme][60:200])} work continues as planned.", "agrees", False),
            (f"Asks officers to bring a further report on {topic} to the {when} meeting.", "requests", True),
            (f"Asks that the report be sent to {rng.choice(self.vocabulary.tail).capitalize()} Parish Council.", "requests", True),
            (f"Supports the proposals on {rng.choice(PHRASES[theme])}.", "supports", False),
        ]
        count = rng.choice([1, 1, 2, 2, 3])
        return rng.sample(pool, count)

    def minutes(self, theme: str) -> str:
        return "\n\n".join(self.paragraph(theme, (2, 4)) for _ in range(self.rng.randint(1, 3)))


def meeting_dates(rng: random.Random, per_year: int, first_year: int, years: int) -> list[dt.date]:
    """A committee's meeting days: spread over the year, on weekdays."""
    dates = []
    for year in range(first_year, first_year + years):
        months = sorted(rng.sample(range(1, 13), per_year))
        for month in months:
            day = dt.date(year, month, rng.randint(3, 26))
            while day.weekday() >= 5:
                day += dt.timedelta(days=1)
            dates.append(day)
    return dates
