"""`cpb brief MEETING`: a member's briefing for a meeting, as text, Markdown or printable HTML."""

from __future__ import annotations

from pathlib import Path

import click

from cpb_tui.cli.helpers import CpbContext, echo, echo_json, resolve_meeting

FORMATS = ("text", "md", "html")  # export/brief.py FORMATS; repeated so `cpb --help` loads no exporter


@click.command(name="brief")
@click.argument("meeting")
@click.option("--committee", help="The committee, when more than one met that day.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("--output", "-o", type=click.Path(path_type=Path), help="Write to this file instead of the screen.")
@click.option("--include-exempt", is_flag=True, help="Include exempt (Part II) items and the actions from them.")
@click.option("--width", type=int, default=88, show_default=True, help="Wrap text at this width (--format text).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (see docs/cli.md).")
@click.pass_obj
def brief_command(obj: CpbContext, meeting: str, committee, fmt, output, include_exempt, width, as_json) -> None:
    """A member's briefing for MEETING: per item, what the committee resolved on it before and the actions due at it, with evidence.

    MEETING is its date (2021-01-28), `next` or `last`, or its id from `cpb meetings`.
    """
    from cpb_tui.export.brief import render

    store = obj.open_store()
    try:
        found = resolve_meeting(store, meeting, committee)
        brief = store.brief(found.id)
    finally:
        store.close()
    assert brief is not None
    if as_json:
        from cpb_tui.export.serialise import brief_to_dict

        echo_json(brief_to_dict(brief, include_exempt))
        return
    text = render(brief, fmt, include_exempt, width)
    if output:
        output.write_text(text, encoding="utf-8")
        echo(f"wrote {output}: {len(brief.items)} items, {brief.due_count} actions due", err=True)
    else:
        echo(text, nl=False)
