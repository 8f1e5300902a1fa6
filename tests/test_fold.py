"""Text folded for comparison, and the search index's plain text: the fast paths give what the plain definitions give."""

from __future__ import annotations

import random
import re
import unicodedata

from cpb_tui.domain.text import fold
from cpb_tui.search.plain import plain_text
from cpb_tui.search.query import TAG_PREFIX


def folded_by_definition(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.replace("\u2019", "'").replace("\u2018", "'").casefold()


def test_fold_agrees_with_its_definition_on_every_character_and_on_mixed_text():
    for code in range(0x30000):
        if 0xD800 <= code < 0xE000:
            continue
        text = f"Ab{chr(code)}c"
        assert fold(text) == folded_by_definition(text), hex(code)
    rng = random.Random(15)
    alphabet = "aZ 0.'\u2019\u2018\u00e9\u00c9\u00fc\u00df\u015e\u00e7\u00f1\u00a3\u20ac\u0301\u0327\ufb01\u00b2\u212b\u0130\u0131\u03a3\u03c2\u00c6\U0001d400\u3000\t\n"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert fold(text) == folded_by_definition(text), repr(text)


def test_the_index_keeps_no_tag_word_from_a_document_in_any_case():
    reserved = re.compile(rf"(?i)(?<![^\W_]){TAG_PREFIX}[^\W_]*")
    for text in (f"a {TAG_PREFIX}kind b", f"A {TAG_PREFIX.upper()}MINUTES b", "a ZqXcommittee b", "plain words only", "x zq x"):
        expected = " ".join(reserved.sub(" ", text).split())
        assert plain_text(text) == expected
    assert TAG_PREFIX not in plain_text(f"see {TAG_PREFIX.title()}Report").lower()
