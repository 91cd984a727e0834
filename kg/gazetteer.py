"""The gazetteer: known actors and places as RDF reference data, indexed for matching.

``gazetteer/gazetteer.ttl`` is the source of truth. It is loaded into the store
as its own named graph and indexed here by normalised Arabic name (labels and
``skos:altLabel`` variants), so that extractors can find every spelling.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

import pyoxigraph as ox

from kg.arabic import normalize_name
from kg.rdf import CK, RDF, RDFS, SCHEMA, SKOS
from kg.resources import data_dir

ACTOR_CLASSES = frozenset({"Actor", "ArmedGroup", "StateForce", "Organization", "Person"})
PLACE_CLASSES = frozenset({"Place", "Base", "Facility", "Settlement", "Region", "Country"})


@dataclass
class Entry:
    """One gazetteer entity."""

    iri: str
    cls: str
    label_ar: str | None = None
    label_en: str | None = None
    located_in: list[str] = field(default_factory=list)
    affiliated_with: list[str] = field(default_factory=list)
    held_by: list[str] = field(default_factory=list)  # a base's garrison (ck:heldBy)
    norm_label: str = ""  # the Arabic label as matched in normalised text
    # An institution that names pass on: the Assad government's forces until 8 December
    # 2024, the transitional government's from then (schema:dissolutionDate, schema:foundingDate).
    founded: date | None = None
    dissolved: date | None = None

    @property
    def kind(self) -> str:
        return "actor" if self.cls in ACTOR_CLASSES else "place"

    def exists_on(self, day: date | None) -> bool:
        """Whether the entity existed on that day; on an unknown day, whether it always has."""
        if day is None:
            return self.founded is None
        return (self.founded is None or self.founded <= day) and (self.dissolved is None or day < self.dissolved)


class Gazetteer:
    """Known entities and an index from normalised name tokens to entity IRIs.

    >>> g = load_gazetteer()
    >>> any(g.entries[iri].label_en for iri in g.lookup(("التنف",)))
    True
    """

    def __init__(self, triples: list[ox.Triple]) -> None:
        self.entries: dict[str, Entry] = {}
        names: dict[str, set[str]] = defaultdict(set)
        for t in triples:
            s, p, o = t.subject, t.predicate.value, t.object
            if not isinstance(s, ox.NamedNode):
                continue
            if p == RDF + "type" and isinstance(o, ox.NamedNode) and o.value.startswith(CK):
                local = o.value[len(CK):]
                if local in ACTOR_CLASSES or local in PLACE_CLASSES:
                    self._entry(s.value).cls = local
            elif p in (RDFS + "label", SKOS + "altLabel") and isinstance(o, ox.Literal):
                if (o.language or "").startswith("ar"):
                    names[s.value].add(o.value)
                    if p == RDFS + "label":
                        self._entry(s.value).label_ar = o.value
                elif p == RDFS + "label" and (o.language or "").startswith("en"):
                    self._entry(s.value).label_en = o.value
            elif p == CK + "locatedIn" and isinstance(o, ox.NamedNode):
                self._entry(s.value).located_in.append(o.value)
            elif p == CK + "affiliatedWith" and isinstance(o, ox.NamedNode):
                self._entry(s.value).affiliated_with.append(o.value)
            elif p == CK + "heldBy" and isinstance(o, ox.NamedNode):
                self._entry(s.value).held_by.append(o.value)
            elif p == SCHEMA + "foundingDate" and isinstance(o, ox.Literal):
                self._entry(s.value).founded = date.fromisoformat(o.value)
            elif p == SCHEMA + "dissolutionDate" and isinstance(o, ox.Literal):
                self._entry(s.value).dissolved = date.fromisoformat(o.value)
        self.entries = {iri: e for iri, e in self.entries.items() if e.cls}
        for entry in self.entries.values():
            entry.norm_label = normalize_name(entry.label_ar) if entry.label_ar else ""
        self._index: dict[tuple[str, ...], list[str]] = defaultdict(list)
        for iri, labels in names.items():
            if iri not in self.entries:
                continue
            for label in labels:
                for key in _spellings(tuple(normalize_name(label).split())):
                    if key and iri not in self._index[key]:
                        self._index[key].append(iri)
        self.max_tokens = max((len(k) for k in self._index), default=1)
        self._first = {k[0] for k in self._index}

    def _entry(self, iri: str) -> Entry:
        entry = self.entries.get(iri)
        if entry is None:
            entry = self.entries[iri] = Entry(iri, "")
        return entry

    def lookup(self, tokens: tuple[str, ...]) -> list[str]:
        """Entity IRIs whose name is exactly these normalised tokens."""
        return self._index.get(tokens, [])

    def starts_name(self, token: str) -> bool:
        return token in self._first

    def ancestors(self, iri: str) -> list[str]:
        """Places that contain this one, nearest first (``ck:locatedIn`` transitively)."""
        out: list[str] = []
        todo = list(self.entries[iri].located_in) if iri in self.entries else []
        while todo:
            nxt = todo.pop(0)
            if nxt not in out:
                out.append(nxt)
                if nxt in self.entries:
                    todo.extend(self.entries[nxt].located_in)
        return out

    def affiliations(self, iri: str) -> set[str]:
        """This actor and every actor it is affiliated with, transitively."""
        seen = {iri}
        todo = [iri]
        while todo:
            entry = self.entries.get(todo.pop())
            for other in entry.affiliated_with if entry else ():
                if other not in seen:
                    seen.add(other)
                    todo.append(other)
        return seen


# Kurdish outlets spell «كردستان», «الكردي» with a «و»: «إقليم كوردستان», «حزب العمال الكوردستاني».
_KURDISH_SPELLINGS = (("الكرد", "الكورد"), ("كرد", "كورد"))


def _kurdish(word: str) -> str:
    return next((kurdish + word[len(arabic) :] for arabic, kurdish in _KURDISH_SPELLINGS if word.startswith(arabic)), word)


def _spellings(key: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A name's words, and the same words as Kurdish outlets spell them, if they differ."""
    kurdish = tuple(_kurdish(w) for w in key)
    return [key] if kurdish == key else [key, kurdish]


def gazetteer_path() -> Path:
    return data_dir("gazetteer") / "gazetteer.ttl"


@cache
def gazetteer_triples() -> tuple[ox.Triple, ...]:
    with gazetteer_path().open("rb") as f:
        return tuple(q.triple for q in ox.parse(f, ox.RdfFormat.TURTLE))


@cache
def load_gazetteer() -> Gazetteer:
    """The shipped gazetteer, parsed and indexed once per process."""
    return Gazetteer(list(gazetteer_triples()))

