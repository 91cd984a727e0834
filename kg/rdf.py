"""Namespaces, IRI minting and literals: the only place kg builds RDF terms.

Every IRI is ASCII (non-ASCII parts are transliterated or percent-encoded),
so the same input gives the same IRIs on every machine and pyoxigraph, rdflib
and HTTP paths all agree on one form.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from functools import cache, lru_cache
from urllib.parse import quote, urlsplit, urlunsplit

from pyoxigraph import Literal, NamedNode, Quad

CK = "https://w3id.org/conflict-kg/ontology#"
DEFAULT_BASE = "https://w3id.org/conflict-kg/id/"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
GEO = "http://www.opengis.net/ont/geosparql#"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "https://schema.org/"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
OA = "http://www.w3.org/ns/oa#"
WD = "http://www.wikidata.org/entity/"

PREFIXES = {
    "ck": CK,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "owl": OWL,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "geo": GEO,
    "prov": PROV,
    "schema": SCHEMA,
    "sem": SEM,
    "oa": OA,
    "wd": WD,
}


@cache
def ck(local: str) -> NamedNode:
    """A term of the kg ontology, e.g. ``ck("Airstrike")``."""
    return NamedNode(CK + local)


def term(prefix: str, local: str) -> NamedNode:
    """A term of a well-known vocabulary, e.g. ``term("rdfs", "label")``."""
    return NamedNode(PREFIXES[prefix] + local)


RDF_TYPE = term("rdf", "type")
RDFS_LABEL = term("rdfs", "label")

# Arabic letters to Latin for readable IRI slugs; uniqueness comes from a hash suffix.
_TRANSLIT = str.maketrans(
    {
        "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ء": "", "ؤ": "w", "ئ": "y", "ب": "b",
        "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r",
        "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "",
        "غ": "gh", "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h",
        "ة": "a", "و": "w", "ي": "y", "ى": "a", " ": "-",
    }
)


def slug(text: str) -> str:
    """A readable, stable ASCII slug for a (normalised) name.

    The transliteration is lossy (ح and ه both give ``h``), so a short hash of
    the exact text keeps different names apart.

    >>> slug("زمار")
    'zmar-c1bb6b'
    """
    latin = re.sub(r"[^a-z0-9-]+", "", text.lower().translate(_TRANSLIT))
    latin = re.sub(r"-{2,}", "-", latin).strip("-")[:40]
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:6]
    return f"{latin}-{digest}" if latin else digest


@lru_cache(maxsize=1024)  # an article's id is encoded for each of its mentions
def id_segment(value: str) -> str:
    """Percent-encode an input id so it is one safe IRI path segment."""
    return quote(value, safe="-._~")


class Minter:
    """Mints the deterministic IRIs of one graph under a configurable base.

    >>> m = Minter()
    >>> m.article("001").value
    'https://w3id.org/conflict-kg/id/article/001'
    >>> m.event("001", 2).value
    'https://w3id.org/conflict-kg/id/event/001/2'
    """

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        if not base.endswith(("/", "#")):
            base += "/"
        self.base = base

    def article(self, article_id: str) -> NamedNode:
        return NamedNode(f"{self.base}article/{id_segment(article_id)}")

    def article_graph(self, article_id: str) -> NamedNode:
        return NamedNode(f"{self.base}graph/article/{id_segment(article_id)}")

    def reference_graph(self, name: str) -> NamedNode:
        """Graphs of reference data: ``ontology`` and ``gazetteer``."""
        return NamedNode(f"{self.base}graph/{name}")

    def event(self, article_id: str, n: int) -> NamedNode:
        return NamedNode(f"{self.base}event/{id_segment(article_id)}/{n}")

    def claim(self, article_id: str, event_n: int, k: int) -> NamedNode:
        return NamedNode(f"{self.base}claim/{id_segment(article_id)}/{event_n}/{k}")

    def mention(self, article_id: str, start: int, end: int) -> NamedNode:
        return NamedNode(f"{self.base}mention/{id_segment(article_id)}/{start}-{end}")

    def entity(self, kind: str, key: str) -> NamedNode:
        """A gazetteer entity (``kind`` is ``actor`` or ``place``) by its key."""
        return NamedNode(f"{self.base}{kind}/{key}")

    def minted_entity(self, kind: str, normalised_name: str) -> NamedNode:
        """An actor or place not in the gazetteer, named by its normalised Arabic name."""
        return NamedNode(f"{self.base}{kind}/{slug(normalised_name)}")


@cache
def xsd(local: str) -> NamedNode:
    return NamedNode(XSD + local)


@lru_cache(maxsize=65536)  # offsets and counts repeat
def integer(value: int, datatype: str = "nonNegativeInteger") -> Literal:
    """An integer literal, always with ASCII digits (pyoxigraph ignores others in arithmetic)."""
    return Literal(str(int(value)), datatype=xsd(datatype))


def date_literal(value: date) -> Literal:
    return Literal(value.isoformat(), datatype=xsd("date"))


def text(value: str, lang: str | None = None) -> Literal:
    return Literal(value, language=lang) if lang else Literal(value)


def safe_iri(url: str) -> NamedNode | None:
    """Turn a URL from article metadata into a valid IRI, or None if it is not an http(s) URL.

    Characters IRIs forbid (spaces, quotes, angle brackets...) are percent-encoded;
    Arabic letters are kept as they are, which IRIs allow.
    """
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    forbidden = ' "<>\\^`{|}'

    def clean(s: str) -> str:
        return "".join(quote(c) if c in forbidden or ord(c) < 0x20 else c for c in s)

    iri = urlunsplit((parts.scheme, parts.netloc, clean(parts.path), clean(parts.query), clean(parts.fragment)))
    try:
        return NamedNode(iri)
    except ValueError:
        return None


def quad(s: NamedNode, p: NamedNode, o: object, g: NamedNode) -> Quad:
    return Quad(s, p, o, g)  # type: ignore[arg-type]
