"""`cpb search QUERY` and `cpb reindex`: full-text search over everything imported."""

from __future__ import annotations

import time

import click

from cpb_tui.cli.helpers import echo, echo_json
from cpb_tui.cli.lines import print_hits, query_text


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
            raise click.exceptions.Exit(1)
        return
    # the lines are cpb_tui/cli/lines.py's, as the plain form printed without click (launch.py) prints them
    if print_hits(outcome, text, click.echo, _yellow):
        raise click.exceptions.Exit(1)


def _yellow(word: str) -> str:
    """A matched word, as `cpb search` marks it (bold yellow; click drops the marks where output is no terminal)."""
    return click.style(word, bold=True, fg="yellow")


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
