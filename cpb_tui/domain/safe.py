"""Text on its way to a terminal: shown, never obeyed.

Everything cpb prints or puts on a screen that came from a document or a person (titles,
clauses, minutes, action text, owners, updates, venues, committee names, search snippets,
file names) passes through `terminal_safe` first. A terminal obeys what it is sent: an escape
sequence in a clause could clear the screen, set the window title, write the clipboard
(OSC 52), plant a hyperlink whose target is not what it says (OSC 8), or ask the terminal to
answer back; a bidi override could show a sentence in an order other than the one stored.

The sequences are removed, not shown as symbols (such as "␛" for ESC). Why:

- The reader wants the words. `cpb read` is for screen readers and pipes, where "␛[2J" is
  noise, and the app is for reading a pack, not for inspecting bytes.
- A whole sequence goes, not only its ESC: removing the ESC of "ESC [2J" alone would leave
  "[2J" in the sentence, and an OSC 52 would leave its base64 payload.
- Text imported today already has these characters dropped (`importers/layout.normalise`),
  so a store made before that, a clerk's typed update or a tracker CSV reads the same way.
- With the bidi overrides gone, a line shows in the order it is stored, which is the order
  search, the JSON and the exports use.
- Nothing is lost: the store keeps the text as it came, and `--json` prints it exactly, the
  characters escaped as JSON allows (`json_safe`).

Kept: newline and tab; a CR LF pair (a line ending, which ICS needs). A lone CR, a vertical
tab and a form feed become newlines (a lone CR would let the text after it overwrite the line
before it). The bidi *marks* (U+200E, U+200F, U+061C) stay: they cannot reorder a run of
text, and right-to-left writing needs them.
"""

from __future__ import annotations

import re

# The bidi embeddings, overrides and isolates (Unicode's "Trojan Source" set).
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

_UNSAFE = re.compile(
    # A string sequence (OSC, DCS, SOS, PM, APC; 7-bit ESC x or 8-bit C1), up to its terminator
    # (BEL, ESC \ or ST). Without a terminator only the introducer goes, so a stray one never
    # swallows the sentence after it; the characters left behind are ordinary text.
    r"(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])(?:[^\x00-\x1f\x7f-\x9f]*(?:\x07|\x1b\\|\x9c))?"
    # A control sequence (CSI, ESC [ or 0x9b): parameters, intermediates, a final byte.
    r"|(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]"
    # Any other escape sequence (ESC c, ESC 7, ESC ( B ...), or a lone ESC.
    r"|\x1b[\x20-\x2f]*[\x30-\x7e]?"
    r"|(?P<newline>\r(?!\n)|[\x0b\x0c])"
    # Every other C0 control but tab, newline and the CR of CR LF; DEL; C1; the bidi controls.
    rf"|[\x00-\x08\x0e-\x1f\x7f-\x9f{BIDI_CONTROLS}]"
)
# Any character that may start or be something to remove: a quick test that most text passes.
_ANY_UNSAFE = re.compile(rf"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI_CONTROLS}]")
_JSON_UNSAFE = re.compile(f"[\x7f-\x9f{BIDI_CONTROLS}]")


def _replacement(match: re.Match[str]) -> str:
    return "\n" if match.lastgroup == "newline" else ""


def terminal_safe(text: str | None) -> str:
    """`text` with every escape sequence, control character and bidi override removed ("" for None)."""
    if not text:
        return ""
    if _ANY_UNSAFE.search(text) is None:
        return text
    return _UNSAFE.sub(_replacement, text)


def terminal_safe_spans(
    text: str | None, spans: tuple[tuple[int, int], ...] | list[tuple[int, int]]
) -> tuple[str, list[tuple[int, int]]]:
    """`terminal_safe(text)`, with [start, end) character spans of `text` moved to match.

    For search highlights, whose spans count characters of the text as stored.
    """
    if not text:
        return "", []
    if _ANY_UNSAFE.search(text) is None:
        return text, [tuple(span) for span in spans]
    out: list[str] = []
    # position[i]: where character i of `text` lands in the result (a removed one: where the
    # next kept one does).
    position: list[int] = []
    length = at = 0
    for match in _UNSAFE.finditer(text):
        start, end = match.span()
        out.append(text[at:start])
        position.extend(range(length, length + start - at))
        length += start - at
        position.extend([length] * (end - start))
        replacement = _replacement(match)
        out.append(replacement)
        length += len(replacement)
        at = end
    out.append(text[at:])
    position.extend(range(length, length + len(text) - at))
    length += len(text) - at
    position.append(length)
    moved = []
    for start, end in spans:
        start, end = position[max(0, min(start, len(text)))], position[max(0, min(end, len(text)))]
        if end > start:
            moved.append((start, end))
    return "".join(out), moved


def json_safe(dumped: str) -> str:
    """JSON text with DEL, the C1 controls and the bidi controls written as \\u escapes.

    `json.dumps` escapes the C0 controls but, with `ensure_ascii=False`, writes the rest as
    they are. These characters can only stand inside JSON strings, so escaping them leaves the
    same JSON, value for value.
    """
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped)
