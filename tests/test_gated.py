"""Gated patterns: the words every match contains, and searches that find what the engine finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import kg.extract.entities
import kg.extract.events
import kg.numbers
import kg.temporal
from kg.arabic import normalize
from kg.gated import Gated, gated, needles

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("قصف", ("قصف",)),
        (r"(?:^|\s)(?:قصف|غاره)\s+مدفعي", ("مدفعي",)),  # the longest word required
        (r"(?:ال)?(?:قصف|غارات)", ("قصف", "غارات")),  # an optional part requires nothing
        (r"قصف(?:ت|وا)?", ("قصف",)),
        (r"(?:قصف|القصف|قصفت)", ("قصف",)),  # a word holding another need not be looked for
        (r"(?:صاروخ)+\s+\d+", ("صاروخ",)),  # repeated at least once
        (r"(?=قصف)\S+", None),  # a lookahead consumes nothing
        (r"[قغ]\S+", None),  # a class, then anything
        (r"(?:قصف|\d+)", None),  # one alternative requires no word
        (r"و\s+ف", None),  # single letters are in nearly every text
        ("|".join(chr(0x628 + i) * 3 for i in range(20)), None),  # too many words to look for
        ("|".join(f"كلمه{i}" for i in range(20)), ("كلمه",)),  # the engine's own parser factors them
        (r"attack", ("attack",)),
    ],
)
def test_needles_are_words_every_match_contains(pattern: str, expected: tuple[str, ...] | None) -> None:
    assert needles(re.compile(pattern)) == expected


def test_ignorecase_patterns_are_not_gated() -> None:
    assert needles(re.compile("attack", re.IGNORECASE)) is None
    assert isinstance(gated("attack", re.IGNORECASE), re.Pattern)


def test_search_finditer_findall_skip_text_without_the_words() -> None:
    p = gated(r"(?:^|\s)(?P<w>قصف|غاره)\s+(\d+)")
    assert isinstance(p, Gated)
    text = "وتعرضت البلدة امس الى قصف 3 مرات ثم غاره 2"
    assert p.search(text).group("w") == "قصف"  # type: ignore[union-attr]
    assert [m.group("w") for m in p.finditer(text)] == ["قصف", "غاره"]
    assert p.findall(text) == [("قصف", "3"), ("غاره", "2")]
    assert p.search("لا شيء هنا") is None
    assert list(p.finditer("لا شيء هنا")) == []
    assert p.findall("لا شيء هنا") == []
    # positions as the engine reads them: the words must lie between them
    assert p.search(text, 0, 20) is None
    assert p.search(text, text.index("ثم")).group("w") == "غاره"  # type: ignore[union-attr]
    # a negative position is the start for the engine, not a count from the end
    assert p.search(text, -5).span() == re.compile(p.pattern).search(text, -5).span()  # type: ignore[union-attr]
    assert p.match(text) is None and p.fullmatch(" قصف 3") is not None
    assert p.sub("X", text) == re.sub(p.pattern, "X", text)
    assert p.pattern and p.groupindex == {"w": 1} and p.groups == 2


def _extractor_patterns() -> list[tuple[str, Gated]]:
    modules = (kg.extract.events, kg.extract.entities, kg.temporal, kg.numbers)
    return [(f"{m.__name__}.{n}", p) for m in modules for n, p in vars(m).items() if isinstance(p, Gated)]


def test_most_extractor_patterns_are_gated() -> None:
    assert len(_extractor_patterns()) > 150


def test_gated_extractor_patterns_find_what_the_engine_finds() -> None:
    """Every gated pattern of the extractors, over the example articles, whole and in windows
    of the lengths the extractors search (a clause, a sentence's tail): the same matches."""
    texts = [normalize(p.read_text(encoding="utf-8")).text for p in sorted((ROOT / "examples" / "articles").glob("*.txt"))]
    assert texts
    for name, p in _extractor_patterns():
        for text in texts:
            assert [m.span() for m in p.finditer(text)] == [m.span() for m in p.compiled.finditer(text)], name
            for start in range(-20, len(text), 23):
                for end in (start + 40, start + 160):
                    got, want = p.search(text, start, end), p.compiled.search(text, start, end)
                    assert (got and got.span()) == (want and want.span()), (name, start, end)
