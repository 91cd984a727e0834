"""Pluggable extractors and the document they annotate.

An extractor is any object with a ``name``, an ``order`` and an
``extract(doc)`` method that adds annotations to a :class:`Document`. Built-in
extractors are registered through the ``kg.extractors`` entry-point group,
exactly as a third-party package would register its own::

    [project.entry-points."kg.extractors"]
    my-extractor = "my_package.module:MyExtractor"

Extractors run in ascending ``order``: entities (10), time and quantity
expressions (20), events (50), relations between events (60). A third-party
extractor can read what earlier ones found and add its own entities, events or
raw quads (``doc.extra_quads``), which land in the article's named graph.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from datetime import date
from functools import cache, cached_property
from importlib.metadata import entry_points
from typing import Protocol, runtime_checkable

from pyoxigraph import Quad

from kg.arabic import Normalized, Token, normalize, tokens
from kg.article import Article
from kg.errors import KgError
from kg.temporal import infer_publication_date

ENTRY_POINT_GROUP = "kg.extractors"


@dataclass(frozen=True)
class Span:
    """A span of the article's original text, in code points, end exclusive."""

    start: int
    end: int


@dataclass
class EntityMention:
    """An actor or place named in the text.

    ``iri`` is the gazetteer entity, or a minted one for names found from context.
    """

    iri: str
    kind: str  # "actor" or "place"
    cls: str  # ck class local name: Base, Settlement, ArmedGroup, ...
    label: str  # the name as it appears in the original text
    span: Span  # original text
    nstart: int  # normalised text
    nend: int
    known: bool  # True if it comes from the gazetteer


@dataclass
class CasualtyClaim:
    count: int
    status: str  # "Killed" or "Wounded"
    span: Span
    victim: str | None = None
    according_to: str | None = None
    qualifier: str = "Exact"  # Exact, AtLeast, Approximately, AtMost
    vague: bool = False  # a word, not a number: «عشرات» (tens)
    boast: bool = False  # what the attackers claim they inflicted: «زاعماً مقتل ستة جنود»


@dataclass
class Event:
    """One attack (or interception) as reported, possibly over several sentences."""

    cls: str  # ck class local name: Airstrike, DroneAttack, RocketAttack, ArtilleryShelling, Attack, Interception
    evidence: list[Span] = field(default_factory=list)
    date: datetime.date | None = None  # (the field shadows the class name inside this class)
    earliest: datetime.date | None = None
    latest: datetime.date | None = None
    attackers: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)
    claimed_by: list[str] = field(default_factory=list)
    reported_by: list[str] = field(default_factory=list)
    claims: list[CasualtyClaim] = field(default_factory=list)
    munitions: int | None = None
    in_response_to: list[int] = field(default_factory=list)  # indexes into Document.events
    interceptors: list[str] = field(default_factory=list)  # an interception's: whose defences downed it


@dataclass
class Document:
    """An article under extraction: its text, normalised copy and what extractors found."""

    article: Article
    norm: Normalized
    published: date | None
    published_inferred: bool = False
    entities: list[EntityMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    annotations: dict[str, object] = field(default_factory=dict)
    extra_quads: list[Quad] = field(default_factory=list)

    @classmethod
    def of(cls, article: Article) -> Document:
        """The article to extract from; without a publication date, the one its dateline states
        (``published_inferred``), so every extractor reads the text as of that day."""
        norm = normalize(article.text)
        if article.published is None and (stated := infer_publication_date(norm.text)) is not None:
            return cls(article=article, norm=norm, published=stated, published_inferred=True)
        return cls(article=article, norm=norm, published=article.published)

    @cached_property
    def tokens(self) -> list[Token]:
        """The words of the normalised text (split once, shared by the extractors)."""
        return tokens(self.norm.text)

    def span(self, nstart: int, nend: int) -> Span:
        """The original-text span of a normalised span, without the spaces around it (a pattern
        may read the space before a word or after it)."""
        text = self.norm.text
        while nend - nstart > 1 and text[nstart].isspace():
            nstart += 1
        while nend - nstart > 1 and text[nend - 1].isspace():
            nend -= 1
        start, end = self.norm.span(nstart, nend)
        return Span(start, end)

    def quote(self, span: Span) -> str:
        return self.article.text[span.start : span.end]


@runtime_checkable
class Extractor(Protocol):
    """What an extractor provides; see the module docstring."""

    name: str
    order: int

    def extract(self, doc: Document) -> None: ...


class ExtractorError(KgError):
    """An extractor could not be loaded."""


@cache
def load_extractors(names: tuple[str, ...] | None = None) -> tuple[Extractor, ...]:
    """Instantiate the registered extractors, sorted by ``order``.

    :param names: only these entry-point names (all when None).
    :raises ExtractorError: if none is registered (kg not installed) or one fails to load.
    """
    found = entry_points(group=ENTRY_POINT_GROUP)
    if not found:
        raise ExtractorError(
            "no extractors registered under the 'kg.extractors' entry point",
            hint="Install kg (pip install -e .) so its built-in extractors are registered.",
        )
    extractors: list[Extractor] = []
    for ep in found:
        if names is not None and ep.name not in names:
            continue
        try:
            factory = ep.load()
            extractor = factory() if isinstance(factory, type) else factory
        except Exception as exc:  # a broken plugin must say which one it is
            raise ExtractorError(f"extractor {ep.name!r} ({ep.value}) failed to load: {exc}") from exc
        if not isinstance(extractor, Extractor):
            raise ExtractorError(f"extractor {ep.name!r} ({ep.value}) lacks name/order/extract()")
        extractors.append(extractor)
    if names is not None:
        missing = set(names) - {ep.name for ep in found}
        if missing:
            raise ExtractorError(f"unknown extractor(s): {', '.join(sorted(missing))}")
    return tuple(sorted(extractors, key=lambda e: (e.order, e.name)))


def describe_extractors() -> list[tuple[str, int, str, str]]:
    """(entry-point name, order, object path, first docstring line) of each registered extractor."""
    rows = []
    by_value = {ep.value: ep.name for ep in entry_points(group=ENTRY_POINT_GROUP)}
    for extractor in load_extractors():
        path = f"{type(extractor).__module__}:{type(extractor).__name__}"
        doc = (type(extractor).__doc__ or "").strip().splitlines()
        rows.append((by_value.get(path, extractor.name), extractor.order, path, doc[0] if doc else ""))
    return rows


def run_extractors(article: Article, extractors: tuple[Extractor, ...] | None = None) -> Document:
    """Annotate one article with every extractor, in order."""
    doc = Document.of(article)
    for extractor in extractors if extractors is not None else load_extractors():
        extractor.extract(doc)
    return doc
