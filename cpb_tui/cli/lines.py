"""What the command line prints that needs no click: shared by the click commands (`cpb_tui/cli/`)
and the plain `cpb search WORDS` that `cpb_tui/cli/launch.py` answers without loading click.

Each function prints through an `echo(line, err=False)` it is given (click's, or the launcher's
copy of it), so both ways print the same lines from the same code.
"""

from __future__ import annotations


from cpb_tui.domain.safe import terminal_safe, terminal_safe_spans

TYPE_CHECKING = False  # typing's own flag, without importing typing: `cpb search` never loads it (3-4 ms)
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any, Callable

    from cpb_tui.domain.search_results import SearchHit, SearchOutcome

Echo = "Callable[..., None]"
"""`echo(line, err=False)`: print one line (already terminal-safe) and a newline (for annotations only)."""

EXEMPT_TAG = "[exempt]"
"""How a line of exempt (Part II) text is marked wherever a command prints it."""

CAPPED = "(not every match was ranked: add words or a filter to narrow the search)"


def exempt_tag(record: Any) -> str:
    """ "  [exempt]" after a line about an exempt action, item, follow-up or search hit; else ""."""
    return f"  {EXEMPT_TAG}" if getattr(record, "exempt", False) else ""


def demo_notice_marker(demo: "Path") -> "Path":
    """The file whose presence means the demo notice was shown since `cpb demo` last built the store."""
    return demo.with_name(demo.name + ".noticed")


def notice_demo(demo: "Path", echo: Echo) -> None:
    """Say once, on stderr, that commands are using the demo store and how to point them elsewhere."""
    marker = demo_notice_marker(demo)
    if marker.exists():
        return
    echo(
        f"cpb: using the demo store ({demo}) until you have one of your own: `cpb import FILE` starts yours;"
        " --db PATH or CPB_DB names another.",
        err=True,
    )
    try:
        marker.touch()
    except OSError:
        pass  # a read-only data folder: the notice is shown again next time, no harm done


def query_text(words: tuple[str, ...]) -> str:
    """The query from the command line: one argument as it is; of several, one with spaces is a phrase.

    `cpb search council tax` and `cpb search "council tax"` look for both words;
    `cpb search "council tax" leavers` for the phrase and the word.
    """
    if len(words) == 1:
        return words[0]
    return " ".join(f'"{w}"' if len(w.split()) > 1 and '"' not in w else w for w in words)


def print_hits(outcome: "SearchOutcome", text: str, echo: Echo, style: Callable[[str], str]) -> int:
    """`cpb search`'s lines for an outcome (hints, then the hits, best first); the exit status (1: nothing matches).

    `style` marks a matched word (bold yellow); `echo` drops the marks where click's would.
    """
    for hint in outcome.hints:
        echo(terminal_safe(f"hint: {hint}"), err=True)
    if not outcome.hits:
        echo(terminal_safe(f"nothing matches {terminal_safe(text)!r}"), err=True)
        return 1
    for hit in outcome.hits:
        date = hit.meeting_date.isoformat() if hit.meeting_date else "no meeting"
        item = f"{hit.item_number}. " if hit.item_number else ""
        title = f"  {item}{hit.item_title}" if hit.item_title else ""
        echo(terminal_safe(f"{date}  {hit.committee or 'no committee'}{title}  ({_where(hit)}){exempt_tag(hit)}"))
        if hit.heading and (hit.kind != "item" or hit.heading != hit.item_title or hit.heading_highlights):
            echo("    " + _styled(hit.heading, hit.heading_highlights, style))
        if hit.snippet:
            echo("    " + _styled(hit.snippet, hit.highlights, style))
    if outcome.capped:
        echo(CAPPED, err=True)
    return 0


def _styled(text: str, spans, style: Callable[[str], str]) -> str:
    """A passage made terminal-safe, then its matched words styled (the only escapes are the style's own)."""
    text, spans = terminal_safe_spans(text, spans)
    out, at = [], 0
    for start, end in spans:
        out.append(text[at:start])
        out.append(style(text[start:end]))
        at = end
    out.append(text[at:])
    return "".join(out)


def _where(hit: "SearchHit") -> str:
    """ "resolution ii)", "report: 5 Permanence (Annual Report)", "action, open"."""
    if hit.kind == "resolution":
        return f"resolution {hit.clause_label})" if hit.clause_label else "resolution"
    if hit.kind == "action":
        return f"action {hit.id}, {hit.status}" if hit.status else f"action {hit.id}"
    if hit.kind == "report":
        return "report"
    return hit.kind
