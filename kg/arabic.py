"""Arabic normalisation with an offset map back to the original text.

Matching works on a normalised copy of the article: diacritics (tashkeel) and
tatweel removed, alef/hamza/ya/ta-marbuta forms folded, Arabic-Indic digits
turned into ASCII, invisible direction marks dropped. Every character of the
normalised text remembers where it came from, so a match found in the copy maps
back to an exact span of the original text, which is what evidence must quote.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

# Harakat, Quranic marks, superscript alef: removed.
_DIACRITICS = set(range(0x064B, 0x0660)) | {0x0670} | set(range(0x06D6, 0x06EE))
_TATWEEL = 0x0640
# Invisible formatting characters: soft hyphen, ZWJ/ZWNJ, direction marks and embeddings.
_INVISIBLE = {0x00AD, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, 0xFEFF} | set(
    range(0x202A, 0x202F)
) | set(range(0x2066, 0x206A))

_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ې": "ي",
    "ة": "ه", "ۀ": "ه", "ہ": "ه", "ھ": "ه",
    "ک": "ك", "ڪ": "ك",
    "ؤ": "و", "ئ": "ي",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2002": " ", "\u2003": " ",
    "٬": ",", "٫": ".", "،": "،",
}
for _i in range(10):
    _FOLD[chr(0x0660 + _i)] = str(_i)  # Arabic-Indic
    _FOLD[chr(0x06F0 + _i)] = str(_i)  # Extended (Persian/Urdu)


@dataclass(frozen=True)
class Normalized:
    """A normalised copy of a text and the map back to the original.

    ``offsets[i]`` is the index in ``original`` of ``text[i]``; one extra entry at
    the end holds ``len(original)``, so a normalised end offset maps too.
    """

    original: str
    text: str
    offsets: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span [start, end) to the original span it came from.

        The original span runs from the first kept character to just after the
        last kept one, so diacritics inside a word are included and the slice
        reads naturally.

        >>> n = normalize("قاعدةَ خراب")
        >>> s, e = n.span(0, 5)
        >>> n.original[s:e]
        'قاعدةَ'
        """
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"span {start}-{end} outside normalised text of {len(self.text)}")
        o_start = self.offsets[start]
        o_end = self.offsets[end - 1] + 1
        # Keep the diacritics that belong to the last letter.
        while o_end < len(self.original) and _is_mark(self.original[o_end]):
            o_end += 1
        return o_start, o_end


def _is_mark(ch: str) -> bool:
    cp = ord(ch)
    return cp in _DIACRITICS or cp == _TATWEEL


# Characters normalize() drops, and the one-for-one folds it makes (ASCII letters lower-cased).
_DROP = re.compile(
    "[" + "".join(re.escape(chr(cp)) for cp in sorted(_DIACRITICS | {_TATWEEL} | _INVISIBLE)) + "]+"
)
_FOLD_TABLE = {ord(ch): folded for ch, folded in _FOLD.items()} | {
    cp: chr(cp + 32) for cp in range(ord("A"), ord("Z") + 1)
}


def normalize(text: str) -> Normalized:
    """Normalise Arabic text for matching, keeping an offset map to the original.

    >>> normalize("الإيرانيّةِ ٢٠ صاروخاً").text
    'الايرانيه 20 صاروخا'
    >>> normalize("مسئوليتها").text == normalize("مسؤوليتها").text
    True
    """
    # Runs of kept characters are copied whole: a per-character loop cost twice as much.
    kept: list[str] = []
    offsets: list[int] = []
    pos = 0
    for dropped in _DROP.finditer(text):
        kept.append(text[pos : dropped.start()])
        offsets.extend(range(pos, dropped.start()))
        pos = dropped.end()
    kept.append(text[pos:])
    offsets.extend(range(pos, len(text) + 1))  # and len(text), so an end offset maps too
    # «مسئولية», «شئون»: the Egyptian spelling of the hamza before «و» (مسؤولية, شؤون), one for one.
    flat = "".join(kept)
    if "ئو" in flat:
        flat = flat.replace("ئو", "ؤو")
    return Normalized(text, flat.translate(_FOLD_TABLE), tuple(offsets))


def normalize_name(name: str) -> str:
    """Normalise a name for dictionary lookup: folded letters, single spaces, no punctuation."""
    flat = normalize(name).text
    flat = re.sub(r"[«»“”\"'‘’()\[\]،,.:؛;!?؟\-–—/]", " ", flat)
    return " ".join(flat.split())


# Proclitics, longest first: conjunction (و ف), then preposition (ب ك ل), then article (ال).
_CONJ = ("و", "ف")
_PREP = ("ب", "ك", "ل")


@lru_cache(maxsize=65536)
def stems(word: str) -> tuple[tuple[str, int], ...]:
    """Candidate readings of a normalised word with its proclitics removed.

    Returns ``(stem, prefix_length)`` pairs, the word itself first. Clitic
    stripping is ambiguous (بلدة is not ب + لدة), so callers try each reading
    against a dictionary rather than trusting one.

    >>> [s for s, _ in stems("وبالحسكه")]
    ['وبالحسكه', 'بالحسكه', 'الحسكه', 'حسكه']
    >>> [s for s, _ in stems("للتحالف")]
    ['للتحالف', 'التحالف', 'لتحالف', 'تحالف']
    """
    seen: dict[str, int] = {word: 0}
    order = [word]

    def add(stem: str, n: int) -> None:
        if len(stem) >= 2 and stem not in seen:
            seen[stem] = n
            order.append(stem)

    rest, n = word, 0
    if rest[:1] in _CONJ and len(rest) > 3:
        rest, n = rest[1:], 1
        add(rest, n)
    if rest.startswith("لل") and len(rest) > 3:
        add("ال" + rest[2:], n + 1)  # ل + ال assimilated: للحسكة = ل + الحسكة
    if rest[:1] in _PREP and len(rest) > 3:
        rest, n = rest[1:], n + 1
        add(rest, n)
    if rest.startswith("ال") and len(rest) > 3:
        add(rest[2:], n + 2)
    elif rest.startswith("ل") and len(rest) > 3 and word.startswith(("لل", "ولل", "فلل")):
        add(rest[1:], n + 1)
    return tuple((s, seen[s]) for s in order)


# Letters and digits only: the Arabic block also holds punctuation (، ؛ ؟) that is no part of a word.
_WORD = re.compile(r"[0-9A-Za-z\u00C0-\u024F\u0621-\u064A\u0660-\u0669\u066E-\u06D3\u06FA-\u06FF]+")


class Token(NamedTuple):
    """A word of the normalised text and its position there."""

    text: str
    start: int
    end: int


def tokens(normalised: str) -> list[Token]:
    """Split normalised text into word tokens (letters and digits) with positions."""
    new = tuple.__new__  # a NamedTuple's own constructor costs more than the scan (0.8 → 0.5 ms an article)
    return [new(Token, (m.group(), m.start(), m.end())) for m in _WORD.finditer(normalised)]
