"""Accent- and case-insensitive text for client search and duplicate checks.

"Łukasz" and "Lukasz" must be the same word: NFKD splits most accented letters into letter + mark and
the marks are dropped, but some letters have no decomposition (Polish ł, Danish ø, German ß...), so
those are mapped by hand first.
"""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

_NO_DECOMPOSITION = str.maketrans({
    "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss", "æ": "ae", "Æ": "ae",
    "œ": "oe", "Œ": "oe", "ı": "i", "þ": "th", "ð": "d",
})
_NON_WORD = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """Lower case, accents removed, anything but letters and digits turned into single spaces."""
    text = unicodedata.normalize("NFKD", text.translate(_NO_DECOMPOSITION))
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return _NON_WORD.sub(" ", text).strip()


def digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


def words(text: str) -> list[str]:
    return fold(text).split()


def search_text(*parts: str) -> str:
    """Folded words of every part, de-duplicated, space-separated with a space at both ends."""
    seen: dict[str, None] = {}
    for part in parts:
        for word in words(part):
            seen.setdefault(word, None)
    return " " + " ".join(seen) + " " if seen else ""


def similarity(a: str, b: str) -> float:
    """0..1 similarity of two names after folding; word order does not matter ("Anna Nowak" = "Nowak Anna")."""
    fa, fb = " ".join(sorted(words(a))), " ".join(sorted(words(b)))
    if not fa or not fb:
        return 0.0
    return SequenceMatcher(None, fa, fb).ratio()
