"""`cpb search QUERY` and `cpb reindex`: full-text search over everything imported."""

from __future__ import annotations

import time

import click

from cpb_tui.cli.helpers import echo, echo_json, exempt_tag
from cpb_tui.domain.safe import terminal_safe, terminal_safe_spans


def query_text(words: tuple[str, ...]) -> str:
    """The query from the command line: one argument as it is; of several, one with spaces is a phrase.

    `cpb search council tax` and `cpb search "council tax"` look for both words;
    `cpb search "council tax" leavers` for the phrase and the word.
    """
    if len(words) == 1:
        return words[0]
    return " ".join(f'"{w}"' if len(w.split()) > 1 and '"' not in w else w for w in words)


def _styled(text: str, spans) -> str:
    """A passage made terminal-safe, then its matched words styled (the only escapes are click's own)."""
    text, spans = terminal_safe_spans(text, spans)
    out, at = [], 0
    for start, end in spans:
        out.append(text[at:start])
        out.append(click.style(text[start:end], bold=True, fg="yellow"))
        at = end
    out.append(text[at:])
    return "".join(out)


def _where(hit) -> str:
    """ "resolution ii)", "report: 5 Permanence (Annual Report)", "action, open"."""
    if hit.kind == "resolution":
        return f"resolution {hit.clause_label})" if hit.clause_label else "resolution"
    if hit.kind == "action":
        return f"action {hit.id}, {hit.status}" if hit.status else f"action {hit.id}"
    if hit.kind == "report":
        return "report"
    return hit.kind


@click.command(name="search", context_settings={"ignore_unknown_options": True, "help_option_names": ["--help"]})
@click.argument("query", nargs=-1, type=click.UNPROCESSED)
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True, help="How many hits to show.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (see docs/cli.md for the shape).")
@click.pass_obj
def search_command(obj, query: tuple[str, ...], limit: int, as_json: bool) -> None:
    """Search items, minutes, report sections, resolutions and actions; best first.

    \b
    Words must all match; "an exact phrase"; word* for words starting so;
    -word to leave a word out; OR between alternatives; brackets to group.
    Filters: committee:NAME  kind:resolution|action|report|minutes|item
             status:open|done|dropped  before:2022-01  after:2021  during:2021-06
    Exit status 1 when nothing matches.
    """
    if query in (("-h",), ()):
        # `cpb search -h` asks for help, as `cpb -h` does; -h is no word worth leaving out.
        click.echo(click.get_current_context().get_help())
        if query:
            return
        raise click.exceptions.Exit(2)
    text = query_text(query)
    store = obj.open_searcher()
    try:
        outcome = store.search_outcome(text, limit)
    finally:
        store.close()
    if as_json:
        from cpb_tui.export.serialise import search_to_dict

        echo_json(search_to_dict(text, outcome))
    for hint in outcome.hints:
        echo(f"hint: {hint}", err=True)
    if not outcome.hits:
        if not as_json:
            echo(f"nothing matches {terminal_safe(text)!r}", err=True)
        raise click.exceptions.Exit(1)
    if as_json:
        return
    for hit in outcome.hits:
        date = hit.meeting_date.isoformat() if hit.meeting_date else "no meeting"
        item = f"{hit.item_number}. " if hit.item_number else ""
        title = f"  {item}{hit.item_title}" if hit.item_title else ""
        echo(f"{date}  {hit.committee or 'no committee'}{title}  ({_where(hit)}){exempt_tag(hit)}")
        if hit.heading and (hit.kind != "item" or hit.heading != hit.item_title or hit.heading_highlights):
            click.echo("    " + _styled(hit.heading, hit.heading_highlights))
        if hit.snippet:
            click.echo("    " + _styled(hit.snippet, hit.highlights))
    if outcome.capped:
        click.echo("(not every match was ranked: add words or a filter to narrow the search)", err=True)


@click.command(name="reindex")
@click.pass_obj
def reindex_command(obj) -> None:
    """Build the search index again from everything in the store."""
    store = obj.open_store()
    started = time.perf_counter()
    try:
        count = store.reindex()
    finally:
        store.close()
    click.echo(f"indexed {count:,} passages in {time.perf_counter() - started:.1f} s")
