"""The HTTP app behind ``kg serve``: routes, linked data, VoID, dumps, the query page.

:class:`App` answers a :class:`Request` with a :class:`Response` and knows nothing
of sockets, so ``kg serve --get PATH`` and the tests can call it in-process;
:func:`make_server` puts it behind the standard library's threading HTTP server.
"""

from __future__ import annotations

import hmac
import json
import re
import socket
import sys
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import IO, TypeVar, cast
from urllib.parse import parse_qs, urlencode

import pyoxigraph as ox

from kg.errors import KgError, QueryError
from kg.queries import list_queries
from kg.rdf import CK, DEFAULT_BASE, PREFIXES
from kg.resources import data_files
from kg.serve import page
from kg.serve.pool import QueryPool, StoreLock
from kg.serve.protocol import (
    DATASET_FORMATS,
    GRAPH_FORMATS,
    HTML,
    Answer,
    ProtocolError,
    QueryJob,
    accept_from,
    negotiate,
    read_protocol_request,
)
from kg.store import open_read_only

STATIC = Path(__file__).resolve().parent / "static"
STATIC_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8"}
MAX_BODY = 10_000_000  # bytes of a request body (queries and updates)
CORS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, HEAD, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Authorization, Content-Type",
    "Access-Control-Max-Age": "86400",
}
SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"
DEFAULT_QUERY = """PREFIX ck: <https://w3id.org/conflict-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?event ?kind ?date ?place WHERE {
  ?event a ?kind ; ck:date ?date .
  ?kind rdfs:subClassOf* ck:Event .
  OPTIONAL { ?event ck:location ?place }
} ORDER BY DESC(?date) LIMIT 50
"""


@dataclass
class Request:
    """One HTTP request: ``path`` is the raw path (still percent-encoded), without the query string."""

    method: str
    path: str
    query_string: str = ""
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""

    def header(self, name: str) -> str | None:
        lower = name.lower()
        for key, value in self.headers.items():
            if key.lower() == lower:
                return value
        return None

    def param(self, name: str) -> str | None:
        values = parse_qs(self.query_string).get(name)
        return values[0] if values else None


Writer = Callable[[IO[bytes]], None]
T = TypeVar("T")


@dataclass
class Response:
    """An answer: a whole body, or a function that streams the body to a binary file."""

    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes | Writer = b""

    @classmethod
    def of(cls, answer: Answer) -> Response:
        return cls(answer.status, {"Content-Type": answer.content_type}, answer.body)

    @classmethod
    def text(cls, status: int, message: str) -> Response:
        return cls.of(Answer.text(status, message))


@dataclass(frozen=True)
class Settings:
    """How ``kg serve`` runs; every field has a CLI option."""

    store_path: Path
    base: str = DEFAULT_BASE
    timeout: float = 30.0
    max_result_bytes: int = 100_000_000
    workers: int = 4
    update_token: str | None = None


class App:
    """The server's request handling, over a store it holds the lock of.

    :raises StoreError: if the store is missing or held by another process.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.base = settings.base if settings.base.endswith(("/", "#")) else settings.base + "/"
        self.lock = StoreLock(settings.store_path)
        try:
            self.pool = QueryPool(
                self.lock,
                workers=settings.workers,
                timeout=settings.timeout,
                max_bytes=settings.max_result_bytes,
            )
        except BaseException:
            self.lock.close()
            raise
        self.ontology = _Ontology()
        self._cache: dict[tuple[object, ...], object] = {}
        self._cache_lock = threading.Lock()

    def close(self) -> None:
        self.pool.close()
        self.lock.close()

    # -- routing -------------------------------------------------------------------------

    def handle(self, request: Request) -> Response:
        """Answer one request; never raises for a bad request."""
        try:
            response = self._route(request)
        except ProtocolError as exc:
            response = Response.text(exc.status, str(exc))
        except KgError as exc:
            response = Response.text(400, exc.message)
        response.headers.update(CORS)
        return response

    def _route(self, request: Request) -> Response:
        path, method = request.path, request.method
        if method == "OPTIONS":
            return Response(204)
        if path in ("/sparql", "/query"):
            return self._sparql(request)
        if path == "/update":
            if method != "POST":
                return Response.text(405, "Updates must be sent with POST")
            return self._sparql(request)
        if method not in ("GET", "HEAD"):
            return Response.text(405, f"{method} is not allowed here")
        if path == "/":
            return self._query_page()
        if path.startswith("/static/"):
            return self._static(path[len("/static/"):])
        if path.startswith("/id/"):
            return self._linked_data(request, path[len("/id/"):])
        if path in ("/ontology", "/ontology/"):
            return self._ontology(request)
        if path == "/.well-known/void":
            return self._void(request)
        if path in ("/dump.trig", "/dump.nq"):
            return self._dump("trig" if path.endswith("trig") else "nquads")
        return Response.text(404, f"Nothing at {path}")

    # -- SPARQL protocol ------------------------------------------------------------------

    def _sparql(self, request: Request) -> Response:
        if request.method not in ("GET", "HEAD", "POST"):
            return Response.text(405, f"{request.method} is not part of the SPARQL protocol")
        proto = read_protocol_request(
            request.method, request.query_string, request.header("Content-Type"), request.body
        )
        if proto.update is not None or request.path == "/update":
            return self._update(request, proto.update)
        if proto.query is None:
            return self._service_description(request)
        accept = accept_from(request.header("Accept"), proto.format)
        if proto.format is None and request.method == "GET" and _prefers_html(accept):
            # A person following a query link in a browser gets the query page.
            return Response(303, {"Location": "/?" + urlencode({"query": proto.query})})
        job = QueryJob(proto.query, accept, tuple(proto.default_graphs), tuple(proto.named_graphs))
        with self.pool.reading():
            return Response.of(self.pool.run(job))

    def _update(self, request: Request, update: str | None) -> Response:
        token = self.settings.update_token
        if not token:
            return Response.text(403, "This endpoint is read-only (start kg serve with --update-token to allow updates)")
        given = request.header("Authorization") or ""
        scheme, _, credential = given.partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(credential.strip().encode(), token.encode()):
            return Response.text(403, "Updates need the header: Authorization: Bearer <update token>")
        if update is None:
            return Response.text(400, "No update given (send it as application/sparql-update or update=)")
        self.pool.update(update)
        return Response(204)

    def _service_description(self, request: Request) -> Response:
        root = _root_url(request)
        endpoint = root + request.path
        with self.pool.reading():
            quads = self._quad_count()
        result_formats = [
            "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
            "Turtle", "N-Triples", "JSON-LD", "RDF_XML",
        ]
        formats = " , ".join(f"<http://www.w3.org/ns/formats/{f}>" for f in result_formats)
        ttl = f"""@prefix sd: <{SD}> .
@prefix void: <{VOID}> .
@prefix dcterms: <http://purl.org/dc/terms/> .
[] a sd:Service ;
  sd:endpoint <{endpoint}> ;
  sd:supportedLanguage sd:SPARQL11Query{" , sd:SPARQL11Update" if self.settings.update_token else ""} ;
  sd:feature sd:UnionDefaultGraph ;
  sd:resultFormat {formats} ;
  sd:defaultDataset [ a sd:Dataset ;
    dcterms:title "Conflict knowledge graph"@en ;
    sd:defaultGraph [ a sd:Graph ; void:triples {quads} ] ;
    void:sparqlEndpoint <{endpoint}> ] .
"""
        return self._rdf_document(request, ttl, {"sd": SD, "void": VOID})

    # -- linked data ----------------------------------------------------------------------

    def _linked_data(self, request: Request, rest: str) -> Response:
        try:
            iri = ox.NamedNode(self.base + rest)
        except ValueError:
            return Response.text(404, f"Not a valid IRI: {self.base + rest}")
        offers = [GRAPH_FORMATS["turtle"][0], HTML, *(f for f, _ in list(GRAPH_FORMATS.values())[1:])]
        chosen = negotiate(accept_from(request.header("Accept"), request.param("format")), offers)
        if chosen is None:
            return Response.text(406, "Acceptable formats: " + ", ".join(f.media_type for f in offers))
        with self.pool.reading():
            kind = self._kind(iri)
            if kind is None:
                return self._not_found(chosen, f"No data about {iri.value}")
            if chosen is HTML:
                html = page.resource_page(*self._view(iri, kind, request.path))
                response = Response(200, {"Content-Type": HTML.content_type}, html.encode("utf-8"))
            else:
                if kind == "graph":
                    construct = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {iri} {{ ?s ?p ?o }} }}"
                else:
                    construct = (
                        f"CONSTRUCT {{ {iri} ?p ?o . ?o ?p2 ?o2 }} WHERE {{ {iri} ?p ?o "
                        f"OPTIONAL {{ FILTER(isBlank(?o)) ?o ?p2 ?o2 }} }}"
                    )
                response = Response.of(self.pool.run(QueryJob(construct, chosen.media_type)))
        response.headers["Vary"] = "Accept"
        return response

    def _not_found(self, chosen: object, message: str) -> Response:
        if chosen is HTML:
            html = page.error_page(404, message).encode("utf-8")
            return Response(404, {"Content-Type": HTML.content_type, "Vary": "Accept"}, html)
        response = Response.text(404, message)
        response.headers["Vary"] = "Accept"
        return response

    def _kind(self, iri: ox.NamedNode) -> str | None:
        """``resource`` if the IRI is in a triple, ``graph`` if it only names a graph, else None."""
        if self._ask(f"ASK {{ {{ {iri} ?p ?o }} UNION {{ ?s ?p {iri} }} }}"):
            return "resource"
        if self._ask(f"ASK {{ GRAPH {iri} {{ ?s ?p ?o }} }}"):
            return "graph"
        return None

    def _view(self, iri: ox.NamedNode, kind: str, path: str) -> tuple[page.ResourceView, page.Linker]:
        linker = page.Linker(self.base)
        self.ontology.label_into(linker)
        view = page.ResourceView(iri.value, path, [])
        if kind == "graph":
            rows = self._select(
                f"SELECT ?s (COUNT(*) AS ?n) WHERE {{ GRAPH {iri} {{ ?s ?p ?o }} }} GROUP BY ?s ORDER BY ?s"
            )
            view.graph_subjects = [r["s"]["value"] for r in rows if r["s"]["type"] == "uri"][:500]
            view.graph_size = sum(int(r["n"]["value"]) for r in rows)
            self._labels(linker, view.graph_subjects)
            return view, linker
        rows = self._select(
            f"SELECT DISTINCT ?p ?o ?wkt WHERE {{ {iri} ?p ?o "
            f"OPTIONAL {{ FILTER(isBlank(?o)) ?o <{PREFIXES['geo']}asWKT> ?wkt }} }} LIMIT 2000"
        )
        for r in rows:
            view.properties.append((r["p"]["value"], r["o"]))
            if "wkt" in r:
                view.geometry[r["o"]["value"]] = r["wkt"]["value"]
            if r["p"]["value"] in (page.RDFS_LABEL, page.DCTERMS_TITLE) and r["o"].get("type") == "literal":
                linker.add_label(iri.value, r["o"]["value"], r["o"].get("xml:lang", ""))
        types = {v["value"] for p, v in view.properties if p == page.RDF_TYPE}
        events = self.ontology.event_classes()
        if CK + "Article" in types:
            self._article(iri, view)
        else:
            view.quotes, view.quote_total = self._quotes(iri)
        view.events = self._events(iri, events, in_article=CK + "Article" in types)
        view.focus = self._focus(iri, view)
        if view.focus:
            view.context = self._places()
        linked = [v["value"] for _, v in view.properties if v.get("type") == "uri"]
        linked += [e.event for e in view.events] + [q.article for q in view.quotes]
        linked += [p.iri for p in view.focus] + [p.iri for p in view.context]
        self._labels(linker, linked)
        return view, linker

    def _article(self, iri: ox.NamedNode, view: page.ResourceView) -> None:
        text = self._select(f"SELECT ?t WHERE {{ {iri} <{CK}text> ?t }} LIMIT 1")
        view.article_text = text[0]["t"]["value"] if text else ""
        spans = self._select(
            f"SELECT DISTINCT ?s ?e WHERE {{ ?m <{CK}inArticle> {iri} ; <{CK}start> ?s ; <{CK}end> ?e }}"
        )
        view.article_spans = [(int(r["s"]["value"]), int(r["e"]["value"])) for r in spans]

    def _quotes(self, iri: ox.NamedNode, limit: int = 50) -> tuple[list[page.Quote], int]:
        rows = self._select(
            f"""PREFIX ck: <{CK}> PREFIX dcterms: <{PREFIXES['dcterms']}>
            SELECT DISTINCT ?m ?exact ?a ?s ?e ?title ?issued WHERE {{
              {iri} ck:evidence ?m . ?m ck:exact ?exact ; ck:inArticle ?a ; ck:start ?s ; ck:end ?e .
              OPTIONAL {{ ?a dcterms:title ?title }} OPTIONAL {{ ?a dcterms:issued ?issued }}
            }} ORDER BY DESC(?issued) ?a ?s LIMIT {limit + 1}"""
        )
        quotes = [
            page.Quote(
                r["m"]["value"], r["exact"]["value"], r["a"]["value"], int(r["s"]["value"]), int(r["e"]["value"]),
                r.get("title", {}).get("value"), r.get("issued", {}).get("value"),
            )
            for r in rows[:limit]
        ]
        total = len(quotes)
        if len(rows) > limit:
            count = self._select(f"SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE {{ {iri} <{CK}evidence> ?m }}")
            total = int(count[0]["n"]["value"])
        return quotes, total

    def _events(self, iri: ox.NamedNode, classes: list[str], *, in_article: bool) -> list[page.EventRow]:
        values = " ".join(f"<{c}>" for c in classes)
        link = f"?e <{CK}mentionedIn> {iri} . BIND(<{CK}mentionedIn> AS ?role)" if in_article else f"?e ?role {iri} ."
        rows = self._select(
            f"""SELECT ?e ?role (SAMPLE(?t) AS ?type) (SAMPLE(?d) AS ?date) WHERE {{
              {link} ?e a ?t . VALUES ?t {{ {values} }} OPTIONAL {{ ?e <{CK}date> ?d }}
            }} GROUP BY ?e ?role ORDER BY DESC(?date) ?e LIMIT 500"""
        )
        return [
            page.EventRow(
                r["e"]["value"], "" if in_article else r["role"]["value"], r["type"]["value"],
                r.get("date", {}).get("value"),
            )
            for r in rows
        ]

    def _focus(self, iri: ox.NamedNode, view: page.ResourceView) -> list[page.Point]:
        """Where the resource is: its own point, else the points of the places an event happened at."""
        geo = PREFIXES["geo"]
        rows = self._select(
            f"""SELECT DISTINCT ?place ?wkt WHERE {{
              {{ BIND({iri} AS ?place) }} UNION {{ {iri} <{CK}location>|<{CK}target> ?place }}
              ?place <{geo}hasGeometry>/<{geo}asWKT> ?wkt }} LIMIT 50"""
        )
        points = []
        for r in rows:
            lonlat = page.parse_point(r["wkt"]["value"])
            if lonlat:
                points.append(page.Point(r["place"]["value"], *lonlat))
        own = [p for p in points if p.iri == iri.value]
        return own or points

    def _places(self) -> list[page.Point]:
        def load() -> list[page.Point]:
            geo = PREFIXES["geo"]
            rows = self._select(
                f"SELECT DISTINCT ?place ?wkt WHERE {{ ?place <{geo}hasGeometry>/<{geo}asWKT> ?wkt }} LIMIT 5000"
            )
            points = []
            for r in rows:
                lonlat = page.parse_point(r["wkt"]["value"])
                if lonlat and r["place"]["type"] == "uri":
                    points.append(page.Point(r["place"]["value"], *lonlat))
            return points

        return self._cached(("places",), load)

    def _labels(self, linker: page.Linker, iris: list[str]) -> None:
        """Fetch rdfs:label of the IRIs not yet named, in batches."""
        todo = [i for i in dict.fromkeys(iris) if i not in linker.labels and i.startswith(("http", "urn"))]
        for start in range(0, len(todo), 400):
            values = " ".join(f"<{i}>" for i in todo[start:start + 400] if ">" not in i)
            rows = self._select(
                f"SELECT DISTINCT ?s ?l WHERE {{ VALUES ?s {{ {values} }} "
                f"?s <{page.RDFS_LABEL}>|<{PREFIXES['dcterms']}title> ?l }}"
            )
            for r in rows:
                linker.add_label(r["s"]["value"], r["l"]["value"], r["l"].get("xml:lang", ""))

    # -- ontology, VoID, dumps ------------------------------------------------------------

    def _ontology(self, request: Request) -> Response:
        offers = [GRAPH_FORMATS["turtle"][0], HTML, *(f for f, _ in list(GRAPH_FORMATS.values())[1:])]
        chosen = negotiate(accept_from(request.header("Accept"), request.param("format")), offers)
        if chosen is None:
            return Response.text(406, "Acceptable formats: " + ", ".join(f.media_type for f in offers))
        if chosen is HTML:
            linker = page.Linker(self.base)
            self.ontology.label_into(linker)
            body = self.ontology.page(linker).encode("utf-8")
        else:
            body = self.ontology.serialize(chosen.media_type)
        return Response(200, {"Content-Type": chosen.content_type, "Vary": "Accept"}, body)

    def _void(self, request: Request) -> Response:
        root = _root_url(request)
        with self.pool.reading():
            counts = self._cached(("classes",), self._class_counts)
            quads = self._quad_count()
        partitions = "".join(
            f"  void:classPartition [ void:class <{c}> ; void:entities {n} ] ;\n"
            for c, n in counts.items()
        )
        ttl = f"""@prefix void: <{VOID}> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
<{root}/.well-known/void> a void:DatasetDescription ;
  dcterms:title "VoID description of the conflict knowledge graph"@en ;
  foaf:primaryTopic <{root}/.well-known/void#dataset> .
<{root}/.well-known/void#dataset> a void:Dataset ;
  dcterms:title "Conflict knowledge graph"@en , "رسم المعرفة للنزاع"@ar ;
  dcterms:description "Attacks and other events in eastern Syria and Iraq, with the actors and places involved, extracted from Arabic news articles; every statement links to the exact text it rests on."@en ;
  foaf:homepage <{root}/> ;
  void:sparqlEndpoint <{root}/sparql> ;
  void:dataDump <{root}/dump.trig> , <{root}/dump.nq> ;
  void:uriSpace "{self.base}" ;
  void:uriLookupEndpoint <{root}/id/> ;
  void:vocabulary <{CK}> , <{PREFIXES['rdfs']}> , <{PREFIXES['geo']}> , <{PREFIXES['dcterms']}> , <{PREFIXES['skos']}> ;
  void:feature <http://www.w3.org/ns/formats/Turtle> , <http://www.w3.org/ns/formats/JSON-LD> , <http://www.w3.org/ns/formats/N-Triples> , <http://www.w3.org/ns/formats/TriG> , <http://www.w3.org/ns/formats/N-Quads> ;
{partitions}  void:triples {quads} .
"""
        return self._rdf_document(request, ttl, {"void": VOID, "foaf": "http://xmlns.com/foaf/0.1/"})

    def _rdf_document(self, request: Request, turtle: str, prefixes: dict[str, str]) -> Response:
        """Answer with a small Turtle document, converted to the negotiated RDF format."""
        offers = [f for f, _ in GRAPH_FORMATS.values()]
        chosen = negotiate(accept_from(request.header("Accept"), request.param("format")), offers)
        if chosen is None or _prefers_html(request.header("Accept")):
            chosen = GRAPH_FORMATS["turtle"][0]  # browsers show Turtle as text
        fmt = next(kind for f, kind in GRAPH_FORMATS.values() if f is chosen)
        triples = ox.parse(turtle.encode("utf-8"), ox.RdfFormat.TURTLE)
        body = ox.serialize((q.triple for q in triples), None, fmt, prefixes={**prefixes, **PREFIXES})
        content_type = chosen.content_type
        if _prefers_html(request.header("Accept")):
            content_type = "text/plain; charset=utf-8"
        return Response(200, {"Content-Type": content_type, "Vary": "Accept"}, body or b"")

    def _dump(self, fmt: str) -> Response:
        media, rdf_format = DATASET_FORMATS[fmt]

        def write(out: IO[bytes]) -> None:
            with self.pool.reading():
                store = open_read_only(self.settings.store_path)
                store.dump(out, rdf_format, prefixes={**PREFIXES, "kgid": self.base} if fmt == "trig" else None)

        name = "kg.trig" if fmt == "trig" else "kg.nq"
        return Response(
            200,
            {"Content-Type": media.content_type, "Content-Disposition": f'inline; filename="{name}"'},
            write,
        )

    def _query_page(self) -> Response:
        html = page.query_page(_examples(), base=self.base, default_query=DEFAULT_QUERY)
        return Response(200, {"Content-Type": HTML.content_type}, html.encode("utf-8"))

    def _static(self, name: str) -> Response:
        target = (STATIC / name).resolve()
        if target.parent != STATIC or not target.is_file() or target.suffix not in STATIC_TYPES:
            return Response.text(404, f"No static file {name}")
        return Response(
            200,
            {"Content-Type": STATIC_TYPES[target.suffix], "Cache-Control": "max-age=300"},
            target.read_bytes(),
        )

    # -- queries of our own ---------------------------------------------------------------

    def _select(self, sparql: str) -> list[dict[str, dict[str, str]]]:
        answer = self.pool.run(QueryJob(sparql, "application/sparql-results+json"))
        if answer.status != 200:
            raise QueryError(answer.body.decode("utf-8", "replace").strip())
        return json.loads(answer.body)["results"]["bindings"]  # type: ignore[no-any-return]

    def _ask(self, sparql: str) -> bool:
        answer = self.pool.run(QueryJob(sparql, "application/sparql-results+json"))
        if answer.status != 200:
            raise QueryError(answer.body.decode("utf-8", "replace").strip())
        return bool(json.loads(answer.body)["boolean"])

    def _quad_count(self) -> int:
        def count() -> int:
            rows = self._select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
            return int(rows[0]["n"]["value"])

        return self._cached(("quads",), count)

    def _class_counts(self) -> dict[str, int]:
        classes = [CK + c for c in ("Article", "Event", "Actor", "Place", "Mention", "CasualtyClaim")]
        counts = {}
        for c in classes:
            subclasses = " ".join(f"<{s}>" for s in self.ontology.subclasses(c))
            rows = self._select(
                f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ VALUES ?c {{ {subclasses} }} ?x a ?c }}"
            )
            counts[c] = int(rows[0]["n"]["value"])
        return counts

    def _cached(self, key: tuple[object, ...], compute: Callable[[], T]) -> T:
        full = (self.pool.generation, *key)
        with self._cache_lock:
            if full in self._cache:
                return self._cache[full]  # type: ignore[return-value]
        value = compute()
        with self._cache_lock:
            self._cache = {k: v for k, v in self._cache.items() if k[0] == self.pool.generation}
            self._cache[full] = value
        return value


class _Ontology:
    """The shipped ontology, held in memory: served at ``/ontology`` and used to name terms."""

    def __init__(self) -> None:
        self.store = ox.Store()
        self.files: list[Path] = []
        try:
            self.files = data_files("ontology", ".ttl")
        except FileNotFoundError:
            pass
        for f in self.files:
            self.store.load(path=str(f), format=ox.RdfFormat.TURTLE)
        self._labels: list[tuple[str, str, str]] = [
            (r["s"].value, r["l"].value, r["l"].language or "")  # type: ignore[index,union-attr]
            for r in self.store.query(f"SELECT ?s ?l WHERE {{ ?s <{page.RDFS_LABEL}> ?l }}")  # type: ignore[union-attr]
        ]

    def label_into(self, linker: page.Linker) -> None:
        for iri, label, lang in self._labels:
            linker.add_label(iri, label, lang)

    def subclasses(self, cls: str) -> list[str]:
        rows = self.store.query(f"SELECT DISTINCT ?c WHERE {{ ?c <{PREFIXES['rdfs']}subClassOf>* <{cls}> }}")
        found = [r["c"].value for r in rows]  # type: ignore[index,union-attr]
        return found or [cls]

    def event_classes(self) -> list[str]:
        return self.subclasses(CK + "Event")

    def serialize(self, media_type: str) -> bytes:
        if media_type == "text/turtle" and len(self.files) == 1:
            return self.files[0].read_bytes()  # as written, with its comments
        fmt = ox.RdfFormat.from_media_type(media_type)
        assert fmt is not None
        return self.store.dump(None, fmt, from_graph=ox.DefaultGraph(), prefixes=PREFIXES) or b""

    def _objects(self, node: ox.NamedNode, predicate: str) -> list[ox.NamedNode | ox.Literal]:
        return [q.object for q in self.store.quads_for_pattern(node, ox.NamedNode(predicate), None)]  # type: ignore[misc]

    def page(self, linker: page.Linker) -> str:
        rdfs, owl = PREFIXES["rdfs"], PREFIXES["owl"]
        onto = ox.NamedNode(page.ONTOLOGY_IRI)
        dcterms = PREFIXES["dcterms"]
        titles = [o for o in self._objects(onto, dcterms + "title") if isinstance(o, ox.Literal)]
        title = next((o.value for o in titles if o.language == "en"), "Conflict knowledge graph ontology")
        descriptions = [o for o in self._objects(onto, dcterms + "description") if isinstance(o, ox.Literal)]
        description = descriptions[0].value if descriptions else None
        terms = []
        rows = self.store.query(
            f"""SELECT ?t ?kind WHERE {{
              {{ ?t a <{owl}Class> BIND("class" AS ?kind) }} UNION
              {{ ?t a ?pt VALUES ?pt {{ <{owl}ObjectProperty> <{owl}DatatypeProperty> <{PREFIXES['rdf']}Property> }}
                 BIND("property" AS ?kind) }}
              FILTER(STRSTARTS(STR(?t), "{CK}")) }}"""
        )
        seen = set()
        for r in rows:  # type: ignore[union-attr]
            iri = r["t"].value  # type: ignore[index,union-attr]
            if iri in seen:
                continue
            seen.add(iri)
            node = ox.NamedNode(iri)
            objects = partial(self._objects, node)

            labels = {o.language[:2]: o.value for o in objects(rdfs + "label") if isinstance(o, ox.Literal) and o.language}
            comments = [o.value for o in objects(rdfs + "comment") if isinstance(o, ox.Literal)]
            kind = r["kind"].value  # type: ignore[index,union-attr]
            parent = "subClassOf" if kind == "class" else "subPropertyOf"
            terms.append(
                page.OntologyTerm(
                    iri, kind, labels, comments[0] if comments else None,
                    [o.value for o in objects(rdfs + parent) if isinstance(o, ox.NamedNode)],
                    [o.value for o in objects(rdfs + "domain") if isinstance(o, ox.NamedNode)],
                    [o.value for o in objects(rdfs + "range") if isinstance(o, ox.NamedNode)],
                )
            )
        return page.ontology_page(title, description, terms, linker)


def _examples() -> list[page.Example]:
    """The bundled queries, as one-click examples."""
    try:
        bundled = list_queries()
    except FileNotFoundError:
        return []
    return [page.Example(q.name, q.title, q.description, q.text) for q in bundled]


def _prefers_html(accept: str | None) -> bool:
    if not accept:
        return False
    offers = [HTML, GRAPH_FORMATS["turtle"][0], *(f for f, _ in list(GRAPH_FORMATS.values())[1:])]
    return negotiate(accept, offers) is HTML and "text/html" in accept.lower()


def _root_url(request: Request) -> str:
    host = request.header("Host") or "localhost"
    if not re.fullmatch(r"[A-Za-z0-9.\-:\[\]]+", host):
        host = "localhost"
    return f"http://{host}"


# -- HTTP ---------------------------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "kg-serve"
    app: App
    quiet: bool = False

    def setup(self) -> None:
        super().setup()
        # Headers and body go out as two writes: without this, Nagle's algorithm and the
        # client's delayed ACK hold every small answer back by 40 ms.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def _serve(self) -> None:
        path, _, query_string = self.path.partition("?")
        length = self.headers.get("Content-Length")
        body = b""
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            self._send(Response.text(411, "Send the request body with a Content-Length"), head=False)
            return
        if length:
            try:
                size = int(length)
            except ValueError:
                size = -1
            if not 0 <= size <= MAX_BODY:
                self._send(Response.text(413, f"Request bodies are limited to {MAX_BODY} bytes"), head=False)
                self.close_connection = True
                return
            body = self.rfile.read(size)
        request = Request(self.command, path, query_string, dict(self.headers.items()), body)
        self._send(self.app.handle(request), head=self.command == "HEAD")

    do_GET = do_POST = do_OPTIONS = do_PUT = do_DELETE = do_PATCH = _serve

    def do_HEAD(self) -> None:
        self._serve()

    def _send(self, response: Response, *, head: bool) -> None:
        self.send_response(response.status)
        for key, value in response.headers.items():
            self.send_header(key, value)
        if callable(response.body):
            if head:
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            out = _Chunked(cast(IO[bytes], self.wfile))
            try:
                response.body(cast(IO[bytes], out))
                out.close()
            except (OSError, ValueError) as exc:  # the client went away, or the dump failed
                self.log_error("streaming stopped: %s", exc)
                self.close_connection = True
            return
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if not head:
            self.wfile.write(response.body)

    def log_message(self, format: str, *args: object) -> None:
        if not self.quiet:
            sys.stderr.write(f"{self.address_string()} - [{self.log_date_time_string()}] {format % args}\n")


class _Chunked:
    """HTTP/1.1 chunked transfer coding over a socket file, in 64 KiB chunks."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw
        self._buf = bytearray()

    def write(self, data: bytes) -> int:
        self._buf += data
        if len(self._buf) >= 65536:
            self._flush()
        return len(data)

    def flush(self) -> None:
        pass

    def _flush(self) -> None:
        if self._buf:
            self._raw.write(b"%x\r\n%s\r\n" % (len(self._buf), bytes(self._buf)))
            self._buf.clear()

    def close(self) -> None:
        self._flush()
        self._raw.write(b"0\r\n\r\n")
        self._raw.flush()


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def make_server(app: App, host: str, port: int, *, quiet: bool = False) -> Server:
    """A threading HTTP server answering with ``app`` (``port`` 0 picks a free port).

    :raises OSError: if the address cannot be bound.
    """
    handler = type("Handler", (_Handler,), {"app": app, "quiet": quiet})
    return Server((host, port), handler)


def status_line(status: int) -> str:
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)
