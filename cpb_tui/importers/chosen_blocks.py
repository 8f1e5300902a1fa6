"""Which of a minute's blocks are its decisions, when a minute holds several.

A decision heading ("RESOLVED", "It was agreed") is always one. The weaker outcomes only stand in when nothing else
was decided: minutes approved, elections, a motion moved and seconded, a proposal voted, a bare "Noted." or the last
of the noting sentences. `decisions.split_decisions` finds the blocks; this module chooses among them.
"""

from __future__ import annotations

import re

from cpb_tui.importers.assent import assented
from cpb_tui.importers.decision_lines import PROPOSAL_LABEL as _PROPOSAL_LABEL
from cpb_tui.importers.motions import on_the_way, BRACKETED_MOVERS, FAILED_MOTION, MINUTES_MOTION as _MINUTES_MOTION, SECONDED_MOTION
from cpb_tui.importers.outcomes import _ELECTED, OWN_DECISION, MINUTES_SIGNED_ONLY, agreement_outcome, agreements_of_their_own, listed_outcome

# a Scottish outcome row: "Agreed (i) The minutes were approved.", "Noted (ii) That incidents had fallen."
OUTCOME_ROW = re.compile(r"^\s*(Noted|Agreed|Approved|Decided|Received|NOTED|AGREED|APPROVED|RECEIVED)\s+\((?:[ivx]{1,4}|[a-h]|\d{1,2})\)\s+(?P<rest>\S.*)$")

_OUTCOME_OF_ITS_OWN = re.compile(r"\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:adopted|approved|agreed|accepted|confirmed|signed)\b|\ball\s+voted\b", re.IGNORECASE)


def chosen_blocks(found_blocks: list[tuple[int, str, list[str]]], lines: list[str]) -> list[tuple[int, str, list[str]]]:
    """Which of a minute's blocks are its decisions."""
    strong = [entry for entry in found_blocks if entry[1] == "decision"]
    weak = [entry for entry in found_blocks if entry[1] == "weak"]
    # (a motion moved and seconded just before the decision set out after it: its movers; one the next lines say was lost: no decision;
    # never an outcome of its own, "The minutes were adopted, proposed by A, seconded by B."; nor "(Cllr Holt proposed, Cllr Tann seconded)")
    decided, moving = {start for start, _, _ in strong + weak}, {start: start + len(block) for start, kind, block in found_blocks if kind == "noted"}
    noted = [entry for entry in found_blocks if entry[1] == "noted" and not BRACKETED_MOVERS.fullmatch(entry[2][0].strip()) and not on_the_way(entry[0], entry[2][0], decided, moving, lines)
             and not (re.search(r"(?i)\bit\s+was\s+resolved\s*:?\s*$", entry[2][0]) and any(0 < start - entry[0] <= 3 for start, _, _ in strong + weak)) and not (SECONDED_MOTION.match(entry[2][0]) and not _OUTCOME_OF_ITS_OWN.search(entry[2][0]) and (
        any(0 < start - entry[0] <= 2 for start, _, _ in strong) or FAILED_MOTION.search(" ".join(lines[entry[0] + 1 : entry[0] + 4]))))]
    # Paragraphs opening "That ..." are decisions whose heading was lost; "noted" only stands in. Outcomes stand in when
    # nothing else was decided: each minutes approval counts ("The minutes of 15 January ... were agreed", "... of 20 February
    # ... were agreed"); of the noting sentences, only the last, the minute's own outcome. (Each election counts too, and a
    # Scottish outcome row, "Noted (i) ...", "Received (i) ...", is recorded as one: each counts.)
    approvals = [entry for entry in noted if re.search(r"(?i)\bminutes?\b", entry[2][0]) or re.match(_ELECTED, entry[2][0]) or OUTCOME_ROW.match(lines[entry[0]])
                 or re.fullmatch(r"(?i)noted\.?|RECEIVED\.?", entry[2][0].strip())  # a bare "Noted." or "RECEIVED." on its line: the meeting's outcome
                 or re.match(r"(?:These|They)\s+were\s+", entry[2][0])  # "These were approved.": the minutes under their heading
                 or re.search(r"\b(?:proposed|(?:forwarded|put\s+forward)\s+a\s+motion)\b.{0,160}\b[Aa]ll\s+(?:present\s+)?(?:agreed|were\s+in\s+favour)\b", entry[2][0])
                 or OWN_DECISION.search(entry[2][0]) or SECONDED_MOTION.match(entry[2][0]) or _PROPOSAL_LABEL.match(entry[2][0])  # a motion moved and seconded, a proposal voted
                 or re.search(r"(?i)\bdeferred\s+(?:to|until)\s+(?:the\s+)?(?:next|[A-Z][a-z]+\s+meeting)\b", entry[2][0])  # a business put off is decided
                 or re.search(r"\b(?:was|were)\s+(?:duly\s+|unanimously\s+)?(?:APPROVED|AGREED|CARRIED|ADOPTED)\b", entry[2][0])  # an outcome in capitals
                 or listed_outcome(entry[2][0]) or assented(entry[2][0])]  # "HMRC PAYE \u00a391.40 Unanimously approved": each a decision, standing alone
    agreed = [entry for approved_at in [{a[0] for a in approvals}] for entry in noted if entry[0] not in approved_at and agreement_outcome(entry[2][0])]  # (each, where nothing else was decided)
    if any(re.search(r"(?i)\bminutes?\b", " ".join(block)) for _, _, block in strong):
        # "It was proposed ... that the minutes ... be approved." over its "RESOLVED that the minutes ...": one decision (and
        # "The minutes were then signed by the Chair." after "It was resolved to approve them": what followed it)
        approvals = [entry for entry in approvals if not _MINUTES_MOTION.match(lines[entry[0]]) and not MINUTES_SIGNED_ONLY.match(entry[2][0]) and not re.search(r"(?i)\btaken\s+as\s+read\W*$", entry[2][0])]
    chosen = " ".join(" ".join(block) for _, _, block in strong if re.search(r"(?i)\bbe\s+(?:duly\s+)?(?:elected|appointed)\b", " ".join(block)))
    approvals = [entry for entry in approvals if not (chosen and re.match(_ELECTED, entry[2][0]) and (set(re.findall(r"\b[A-Z][a-z]{2,}\b", entry[2][0])) - _TITLES) & set(re.findall(r"\b[A-Z][a-z]{2,}\b", chosen)))]  # ("X was duly elected." over "That X be elected")
    others = [entry for taken in [{a[0] for a in (*approvals, *agreed)}] for entry in noted if entry[0] not in taken]  # (by line: a long page stays linear)
    # a clerk who writes every outcome "Council NOTED ..." in capitals records each as a decision
    capitals = [entry for entry in others if re.search(r"\bNOTED\b", entry[2][0]) or re.match(r"^\s*\S+(?:\s+\S+){0,8}\s+NOTED\b", lines[entry[0]])]
    kept = capitals if len(capitals) >= 2 and others and capitals[-1] is others[-1] else [e for e in others[-1:] if not any(a[0] > e[0] for a in agreed)]
    # "(a) The Committee noted the report." "(b) The Committee noted that ...": lettered outcomes, each a clause
    lettered = [entry for entry in others if re.match(r"^\s*\((?:[a-h]|[ivx]{1,4})\)\s", lines[entry[0]])]
    kept = lettered if len(lettered) >= 2 and lettered[-1] is others[-1] else kept
    agreed = agreements_of_their_own(agreed, strong + weak, approvals + agreed)  # (an agreement beside a decision is its vote, unless a matter of its own)
    return strong + weak + capitals + approvals + agreed if (strong or weak) else sorted(approvals + agreed + kept, key=lambda entry: entry[0])


# the words of a name that say no one in particular: an election and a decision share a name only by a person's own
_TITLES = {"Councillor", "Cllr", "The", "Vice", "Chair", "Chairman", "Deputy", "Mayor", "Council", "Committee", "As", "For", "Year", "Mrs", "Miss"}
