"""SPARQL 1.1 Protocol pieces shared by the HTTP app and the query workers.

Content negotiation, the result and RDF formats on offer, and the reading of a
query request (GET, form-encoded POST, ``application/sparql-query`` POST).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import parse_qs

import pyoxigraph as ox


@dataclass(frozen=True)
class Format:
    """One serialisation on offer: its media type, the types that also select it, and a charset flag."""

    media_type: str
    aliases: tuple[str, ...] = ()
    text: bool = True

    @property
    def content_type(self) -> str:
        return f"{self.media_type}; charset=utf-8" if self.text else self.media_type


# Server preference order: the first is the default when the client accepts anything.
RESULT_FORMATS: dict[str, tuple[Format, ox.QueryResultsFormat]] = {
    "json": (Format("application/sparql-results+json", ("application/json",)), ox.QueryResultsFormat.JSON),
    "xml": (Format("application/sparql-results+xml", ("application/xml", "text/xml")), ox.QueryResultsFormat.XML),
    "csv": (Format("text/csv"), ox.QueryResultsFormat.CSV),
    "tsv": (Format("text/tab-separated-values"), ox.QueryResultsFormat.TSV),
}
GRAPH_FORMATS: dict[str, tuple[Format, ox.RdfFormat]] = {
    "turtle": (Format("text/turtle", ("application/x-turtle",)), ox.RdfFormat.TURTLE),
    "jsonld": (Format("application/ld+json", ("application/json",)), ox.RdfFormat.JSON_LD),
    "ntriples": (Format("application/n-triples", ("text/plain",)), ox.RdfFormat.N_TRIPLES),
    "rdfxml": (Format("application/rdf+xml", ("application/xml", "text/xml")), ox.RdfFormat.RDF_XML),
}
DATASET_FORMATS: dict[str, tuple[Format, ox.RdfFormat]] = {
    "trig": (Format("application/trig"), ox.RdfFormat.TRIG),
    "nquads": (Format("application/n-quads"), ox.RdfFormat.N_QUADS),
}
HTML = Format("text/html", ("application/xhtml+xml",))

# ``format=`` values (as some SPARQL clients send them) and the Accept header each stands for.
FORMAT_PARAMS = {
    "json": "application/sparql-results+json, application/ld+json",
    "xml": "application/sparql-results+xml, application/rdf+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "ttl": "text/turtle",
    "turtle": "text/turtle",
    "nt": "application/n-triples",
    "ntriples": "application/n-triples",
    "n-triples": "application/n-triples",
    "jsonld": "application/ld+json",
    "json-ld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
    "rdf": "application/rdf+xml",
    "rdf+xml": "application/rdf+xml",
    "n3": "text/turtle",
    "html": "text/html",
}


def accept_from(accept: str | None, format_param: str | None) -> str | None:
    """The Accept header to negotiate with: ``format=`` (a name or a media type) wins over the header.

    >>> accept_from("text/html", "csv")
    'text/csv'
    >>> accept_from("text/turtle", None)
    'text/turtle'
    """
    if format_param:
        name = format_param.strip().lower()
        return FORMAT_PARAMS.get(name, name if "/" in name else "x-unknown/x-unknown")
    return accept


def _parse_accept(accept: str) -> list[tuple[str, float]]:
    ranges = []
    for part in accept.split(","):
        media, *params = (p.strip() for p in part.split(";"))
        if not media:
            continue
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranges.append((media.lower(), q))
    return ranges


def _quality(ranges: list[tuple[str, float]], offer: Format) -> float:
    """q of the most specific range matching the offer (exact, alias, type/*, */*), or 0."""
    kind = offer.media_type.split("/")[0]
    best: tuple[int, float] = (-1, 0.0)
    for media, q in ranges:
        if media == offer.media_type:
            rank = 4
        elif media in offer.aliases:
            rank = 3
        elif media == f"{kind}/*":
            rank = 2
        elif media == "*/*":
            rank = 1
        else:
            continue
        if rank > best[0]:
            best = (rank, q)
    return best[1]


def negotiate(accept: str | None, offers: Sequence[Format]) -> Format | None:
    """Pick the offer the client prefers; ties go to the earlier offer; None if none is acceptable.

    >>> turtle, html = GRAPH_FORMATS["turtle"][0], HTML
    >>> negotiate("text/html,application/xml;q=0.9,*/*;q=0.8", [turtle, html]).media_type
    'text/html'
    >>> negotiate("*/*", [turtle, html]).media_type
    'text/turtle'
    >>> negotiate("image/png", [turtle, html]) is None
    True
    """
    if not accept or not accept.strip():
        return offers[0]
    ranges = _parse_accept(accept)
    scored = [(_quality(ranges, offer), -i, offer) for i, offer in enumerate(offers)]
    q, _, offer = max(scored, key=lambda s: (s[0], s[1]))
    return offer if q > 0 else None


@dataclass(frozen=True)
class QueryJob:
    """One SPARQL query to run, as it travels to a query worker."""

    query: str
    accept: str | None = None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Answer:
    """A finished response: status, content type and the whole body."""

    status: int
    content_type: str
    body: bytes

    @classmethod
    def text(cls, status: int, message: str) -> Answer:
        return cls(status, "text/plain; charset=utf-8", (message.rstrip("\n") + "\n").encode("utf-8"))


@dataclass
class ProtocolRequest:
    """What a SPARQL protocol request asks for: a query or an update, with its dataset."""

    query: str | None = None
    update: str | None = None
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)
    format: str | None = None


class ProtocolError(Exception):
    """The request does not follow the SPARQL protocol; carries the HTTP status to answer with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def read_protocol_request(
    method: str, query_string: str, content_type: str | None, body: bytes
) -> ProtocolRequest:
    """Read a SPARQL 1.1 Protocol request (query or update operation).

    :raises ProtocolError: for a body type the protocol does not define or a repeated query.

    >>> r = read_protocol_request("POST", "default-graph-uri=http://g", "application/sparql-query", b"ASK {}")
    >>> r.query, r.default_graphs
    ('ASK {}', ['http://g'])
    """
    params = parse_qs(query_string, keep_blank_values=True)
    media = (content_type or "").split(";")[0].strip().lower()
    if method == "POST":
        if media == "application/x-www-form-urlencoded":
            try:
                form = parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
            except UnicodeDecodeError as exc:
                raise ProtocolError(400, "The form body is not UTF-8") from exc
            for key, values in form.items():
                params.setdefault(key, []).extend(values)
        elif media in ("application/sparql-query", "application/sparql-update"):
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise ProtocolError(400, "The request body is not UTF-8") from exc
            params.setdefault("query" if media.endswith("query") else "update", []).append(text)
        elif body:
            raise ProtocolError(
                415,
                "POST a SPARQL query as application/sparql-query or application/x-www-form-urlencoded, "
                "an update as application/sparql-update",
            )
    request = ProtocolRequest(
        default_graphs=params.get("default-graph-uri", []) + params.get("using-graph-uri", []),
        named_graphs=params.get("named-graph-uri", []) + params.get("using-named-graph-uri", []),
        # Clients repeat it (SPARQLWrapper sends format= twice) or call it output=: take the first.
        format=next(iter(params.get("format", []) + params.get("output", [])), None),
    )
    request.query = _single(params, "query")
    request.update = _single(params, "update")
    if request.query is not None and request.update is not None:
        raise ProtocolError(400, "A request carries either a query or an update, not both")
    if method == "GET" and request.update is not None:
        raise ProtocolError(405, "Updates must be sent with POST")
    return request


def _single(params: Mapping[str, list[str]], key: str) -> str | None:
    values = params.get(key)
    if not values:
        return None
    if len(values) > 1:
        raise ProtocolError(400, f"The {key} parameter is given {len(values)} times")
    return values[0]


_SKIP = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'  # long strings
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"  # IRIs
    r"|#[^\n]*",  # comments
    re.DOTALL,
)
_SERVICE = re.compile(r"\bSERVICE\b", re.IGNORECASE)


def uses_service(sparql: str) -> bool:
    """True if the query has a SERVICE clause (ignoring strings, IRIs and comments).

    The store would fetch any URL a SERVICE clause names, which lets anyone who can
    reach the endpoint make the server send requests; so the server refuses them.

    >>> uses_service('SELECT * { SERVICE <http://x> { ?s ?p ?o } }')
    True
    >>> uses_service('SELECT * { ?s ?p "SERVICE" } # SERVICE')
    False
    """
    return bool(_SERVICE.search(_SKIP.sub(" ", sparql)))
