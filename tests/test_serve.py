"""`kg serve`: SPARQL protocol, limits, updates, linked data, VoID, dumps, the store lock.

Every test talks real HTTP on loopback to a server on a free port, over a small store
loaded from tests/data/serve.trig (two article graphs and a gazetteer) plus the ontology.
"""

from __future__ import annotations

import doctest
import io
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner
from SPARQLWrapper import CSV, JSON, JSONLD, RDFXML, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

import kg.serve.page
import kg.serve.protocol
from kg.cli import main
from kg.resources import data_files
from kg.serve import App, Settings
from kg.serve.app import make_server
from kg.store import LOADING_FILE

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).resolve().parent / "data" / "serve.trig"
ID = "https://w3id.org/conflict-kg/id/"
CK = "https://w3id.org/conflict-kg/ontology#"
RUNAWAY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?i ?a ?e"
EVENTS = f"PREFIX ck: <{CK}> SELECT ?e ?date WHERE {{ ?e ck:date ?date }} ORDER BY ?e"
TOKEN = "s3cret-token"


def make_store(path: Path) -> int:
    store = ox.Store(str(path))
    store.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    for ttl in data_files("ontology", ".ttl"):
        store.load(path=str(ttl), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(ID + "graph/ontology"))
    store.flush()
    size = len(store)
    del store
    return size


@dataclass
class Running:
    url: str
    store: Path
    size: int
    app: App


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("serve") / "store"
    return path, make_store(path)


def _start(settings: Settings, size: int) -> Iterator[Running]:
    app = App(settings)
    server = make_server(app, "127.0.0.1", 0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    host, port = server.server_address[:2]
    try:
        yield Running(f"http://{host}:{port}", settings.store_path, size, app)
    finally:
        server.shutdown()
        server.server_close()
        app.close()
        thread.join(5)


@pytest.fixture(scope="module")
def server(store_dir: tuple[Path, int]) -> Iterator[Running]:
    path, size = store_dir
    yield from _start(Settings(path, timeout=2.0, workers=2, max_result_bytes=200_000), size)


@pytest.fixture()
def writable(tmp_path: Path) -> Iterator[Running]:
    path = tmp_path / "store"
    size = make_store(path)
    yield from _start(Settings(path, timeout=5.0, workers=1, update_token=TOKEN), size)


def test_graphs_a_killed_build_left_half_loaded_are_rolled_back_before_serving(tmp_path: Path) -> None:
    path = tmp_path / "store"
    size = make_store(path)
    # What a build killed mid bulk load leaves: the loading list and part of a new graph.
    half = ox.NamedNode(ID + "graph/article/half")
    (path / LOADING_FILE).write_text(half.value + "\n", encoding="utf-8")
    store = ox.Store(str(path))
    store.add(ox.Quad(ox.NamedNode(ID + "event/half/1"), ox.NamedNode(CK + "date"), ox.Literal("2024-01-01", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")), half))
    store.flush()
    del store
    for running in _start(Settings(path, timeout=5.0, workers=1), size):
        reply = http(query_url(running, EVENTS), headers={"Accept": "application/sparql-results+json"})
        dates = [b["e"]["value"] for b in json.loads(reply.text)["results"]["bindings"]]
        assert reply.status == 200 and ID + "event/half/1" not in dates and dates
        graphs = http(query_url(running, "SELECT DISTINCT ?g WHERE { GRAPH ?g {} }"), headers={"Accept": "text/csv"}).text
        assert "graph/loading" not in graphs and "graph/article/half" not in graphs
    assert len(ox.Store.read_only(str(path))) == size


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


def http(url: str, *, method: str = "GET", headers: dict[str, str] | None = None, data: bytes | None = None) -> Reply:
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args: object, **kwargs: object) -> None:
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=30) as response:
            return Reply(response.status, {k.lower(): v for k, v in response.headers.items()}, response.read())
    except urllib.error.HTTPError as exc:
        return Reply(exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read())


def query_url(server: Running, query: str, **params: str) -> str:
    return f"{server.url}/sparql?" + urlencode({"query": query, **params})


# -- SPARQL protocol with a real client ------------------------------------------------------


@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
def test_select_with_sparqlwrapper_in_every_results_format(server: Running, fmt: str) -> None:
    client = SPARQLWrapper(server.url + "/sparql")
    client.setQuery(EVENTS)
    client.setReturnFormat(fmt)
    result = client.query()
    body = result.convert()
    if fmt == JSON:
        rows = body["results"]["bindings"]
        assert [r["date"]["value"] for r in rows] == ["2023-10-18", "2023-10-19", "2023-10-19"]
    elif fmt == XML:
        assert len(body.getElementsByTagName("result")) == 3
    else:
        text = body.decode("utf-8")
        assert text.count("2023-10-19") == 2
        assert (text.splitlines()[0] == "e,date") if fmt == CSV else text.startswith("?e\t?date")


@pytest.mark.parametrize("fmt", [JSON, XML])
def test_ask_with_sparqlwrapper(server: Running, fmt: str) -> None:
    client = SPARQLWrapper(server.url + "/query")
    client.setQuery(f"ASK {{ <{ID}place/al-tanf> a <{CK}Base> }}")
    client.setReturnFormat(fmt)
    body = client.query().convert()
    answer = body["boolean"] if fmt == JSON else body.getElementsByTagName("boolean")[0].firstChild.data == "true"
    assert answer is True


@pytest.mark.parametrize(("fmt", "rdflib_format"), [(TURTLE, "turtle"), (JSONLD, "json-ld"), (RDFXML, "xml")])
def test_construct_with_sparqlwrapper(server: Running, fmt: str, rdflib_format: str) -> None:
    client = SPARQLWrapper(server.url + "/sparql")
    client.setQuery(f"CONSTRUCT WHERE {{ <{ID}place/al-tanf> ?p ?o }}")
    client.setReturnFormat(fmt)
    raw = client.query().response.read()
    graph = rdflib.Graph().parse(data=raw, format=rdflib_format)
    label = rdflib.Literal("Al-Tanf garrison", lang="en")
    assert (rdflib.URIRef(ID + "place/al-tanf"), rdflib.RDFS.label, label) in graph


@pytest.mark.parametrize(
    ("accept", "rdflib_format"),
    [
        ("text/turtle", "turtle"),
        ("application/n-triples", "nt"),
        ("application/ld+json", "json-ld"),
        ("application/rdf+xml", "xml"),
    ],
)
def test_construct_in_every_graph_format_by_accept(server: Running, accept: str, rdflib_format: str) -> None:
    query = f"CONSTRUCT WHERE {{ <{ID}place/al-tanf> ?p ?o }}"
    reply = http(server.url + "/sparql", method="POST", data=query.encode(),
                 headers={"Content-Type": "application/sparql-query", "Accept": accept})
    assert reply.headers["content-type"].split(";")[0] == accept
    graph = rdflib.Graph().parse(data=reply.body, format=rdflib_format)
    label = rdflib.Literal("Al-Tanf garrison", lang="en")
    assert (rdflib.URIRef(ID + "place/al-tanf"), rdflib.RDFS.label, label) in graph


def test_describe_as_turtle(server: Running) -> None:
    reply = http(query_url(server, f"DESCRIBE <{ID}actor/irgc>"), headers={"Accept": "text/turtle"})
    assert reply.status == 200, reply.text
    graph = rdflib.Graph().parse(data=reply.body, format="turtle")
    assert (rdflib.URIRef(ID + "actor/irgc"), rdflib.OWL.sameAs, rdflib.URIRef("http://www.wikidata.org/entity/Q271110")) in graph


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("application/sparql-query", EVENTS.encode()),
        ("application/x-www-form-urlencoded", urlencode({"query": EVENTS}).encode()),
    ],
)
def test_post_forms(server: Running, content_type: str, body: bytes) -> None:
    reply = http(server.url + "/sparql", method="POST", data=body,
                 headers={"Content-Type": content_type, "Accept": "text/csv"})
    assert reply.status == 200, reply.text
    assert reply.headers["content-type"].startswith("text/csv")
    assert len(reply.text.splitlines()) == 4


@pytest.mark.parametrize(("fmt", "media"), [("csv", "text/csv"), ("tsv", "text/tab-separated-values"),
                                            ("json", "application/sparql-results+json"), ("xml", "application/sparql-results+xml")])
def test_format_parameter_overrides_accept(server: Running, fmt: str, media: str) -> None:
    reply = http(query_url(server, EVENTS, format=fmt), headers={"Accept": "text/turtle"})
    assert reply.status == 200
    assert reply.headers["content-type"].split(";")[0] == media


def test_unacceptable_format_is_406(server: Running) -> None:
    assert http(query_url(server, EVENTS), headers={"Accept": "image/png"}).status == 406


def test_default_graph_is_the_union_and_dataset_parameters_are_honoured(server: Running) -> None:
    count = f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e <{CK}date> ?d }}"

    def n(**params: str | list[str]) -> int:
        url = f"{server.url}/sparql?" + urlencode({"query": count, **params}, doseq=True)
        reply = http(url, headers={"Accept": "application/sparql-results+json"})
        assert reply.status == 200, reply.text
        return int(json.loads(reply.body)["results"]["bindings"][0]["n"]["value"])

    assert n() == 3
    assert n(**{"default-graph-uri": ID + "graph/article/serve-001"}) == 1
    assert n(**{"default-graph-uri": [ID + "graph/article/serve-001", ID + "graph/article/serve-002"]}) == 3
    named = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    url = f"{server.url}/sparql?" + urlencode({"query": named, "named-graph-uri": ID + "graph/gazetteer"})
    assert json.loads(http(url, headers={"Accept": "application/json"}).body)["results"]["bindings"][0]["n"]["value"] == "1"


def test_bad_sparql_is_400_with_the_parser_message_and_position(server: Running) -> None:
    reply = http(query_url(server, "SELECT * WHERE { ?s ?p }"))
    assert reply.status == 400
    assert re.search(r"error at 1:\d+: expected", reply.text), reply.text
    client = SPARQLWrapper(server.url + "/sparql")
    client.setQuery("SELECT * WHERE {\n  ?s ?p ?o . FILTER(?o = ) }")
    with pytest.raises(QueryBadFormed, match="2:"):
        client.query()


def test_service_clauses_are_refused(server: Running) -> None:
    reply = http(query_url(server, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"))
    assert reply.status == 400
    assert "SERVICE" in reply.text


def test_a_runaway_query_times_out_while_another_is_answered(server: Running) -> None:
    outcome: dict[str, object] = {}

    def runaway() -> None:
        started = time.monotonic()
        outcome["reply"] = http(query_url(server, RUNAWAY))
        outcome["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=runaway)
    thread.start()
    time.sleep(0.3)
    started = time.monotonic()
    quick = http(query_url(server, EVENTS, format="json"))
    quick_seconds = time.monotonic() - started
    thread.join(30)
    assert quick.status == 200 and quick_seconds < 1.5, (quick.status, quick_seconds)
    reply = outcome["reply"]
    assert isinstance(reply, Reply)
    assert reply.status == 503 and "timed out" in reply.text
    assert outcome["seconds"] < 2.0 + 1.5  # type: ignore[operator]
    # The killed worker is replaced: the server goes on answering.
    assert http(query_url(server, EVENTS, format="json")).status == 200


def test_results_over_the_size_limit_are_refused(server: Running) -> None:
    reply = http(query_url(server, "SELECT * WHERE { ?s ?p ?o . ?a ?b ?c } LIMIT 5000", format="json"))
    assert reply.status == 500
    assert "limit" in reply.text and "LIMIT" in reply.text


def test_service_description(server: Running) -> None:
    reply = http(server.url + "/sparql", headers={"Accept": "text/turtle"})
    assert reply.status == 200
    graph = rdflib.Graph().parse(data=reply.body, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    assert (None, sd.endpoint, rdflib.URIRef(server.url + "/sparql")) in graph
    assert (None, sd.feature, sd.UnionDefaultGraph) in graph
    assert (None, sd.supportedLanguage, sd.SPARQL11Update) not in graph


def test_a_browser_following_a_query_link_gets_the_query_page(server: Running) -> None:
    reply = http(query_url(server, EVENTS), headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert reply.status == 303
    assert reply.headers["location"].startswith("/?query=")


def test_cors(server: Running) -> None:
    reply = http(query_url(server, EVENTS), headers={"Origin": "http://example.org"})
    assert reply.headers["access-control-allow-origin"] == "*"
    preflight = http(server.url + "/sparql", method="OPTIONS", headers={
        "Origin": "http://example.org", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert preflight.status == 204
    assert "POST" in preflight.headers["access-control-allow-methods"]
    assert "content-type" in preflight.headers["access-control-allow-headers"].lower()


# -- updates ------------------------------------------------------------------------------

INSERT = f"INSERT DATA {{ GRAPH <{ID}graph/test> {{ <{ID}place/x> <{CK}locatedIn> <{ID}place/y> }} }}"


def test_updates_are_refused_on_a_read_only_server(server: Running) -> None:
    for url, data, ctype in [
        (server.url + "/sparql", urlencode({"update": INSERT}).encode(), "application/x-www-form-urlencoded"),
        (server.url + "/update", INSERT.encode(), "application/sparql-update"),
    ]:
        reply = http(url, method="POST", data=data,
                     headers={"Content-Type": ctype, "Authorization": f"Bearer {TOKEN}"})
        assert reply.status == 403, reply.text
    assert http(query_url(server, f"ASK {{ <{ID}place/x> ?p ?o }}", format="json")).text.count("false") == 1


def test_updates_need_the_token(writable: Running) -> None:
    def post(headers: dict[str, str]) -> Reply:
        return http(writable.url + "/update", method="POST", data=INSERT.encode(),
                    headers={"Content-Type": "application/sparql-update", **headers})

    assert post({}).status == 403
    assert post({"Authorization": "Bearer wrong"}).status == 403
    assert post({"Authorization": f"Bearer {TOKEN}"}).status == 204
    ask = http(f"{writable.url}/sparql?" + urlencode({"query": f"ASK {{ <{ID}place/x> ?p ?o }}"}),
               headers={"Accept": "application/json"})
    assert json.loads(ask.body)["boolean"] is True
    bad = http(writable.url + "/update", method="POST", data=b"INSERT DATA { <a> }",
               headers={"Content-Type": "application/sparql-update", "Authorization": f"Bearer {TOKEN}"})
    assert bad.status == 400 and "Bad SPARQL update" in bad.text
    # The server still holds the store after the updates.
    result = run_kg("serve", "--store", str(writable.store), "--get", "/")
    assert result.returncode == 2 and "in use by another process" in result.stderr


# -- linked data --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "media", "rdflib_format"),
    [
        ("text/turtle", "text/turtle", "turtle"),
        ("application/ld+json", "application/ld+json", "json-ld"),
        ("application/n-triples", "application/n-triples", "nt"),
        ("application/rdf+xml", "application/rdf+xml", "xml"),
        ("*/*", "text/turtle", "turtle"),
        ("", "text/turtle", "turtle"),
    ],
)
def test_data_iris_dereference_by_content_negotiation(server: Running, accept: str, media: str, rdflib_format: str) -> None:
    reply = http(server.url + "/id/place/conoco-gas-field", headers={"Accept": accept} if accept else {})
    assert reply.status == 200, reply.text
    assert reply.headers["content-type"].split(";")[0] == media
    assert reply.headers["vary"] == "Accept"
    graph = rdflib.Graph().parse(data=reply.body, format=rdflib_format)
    place = rdflib.URIRef(ID + "place/conoco-gas-field")
    assert (place, rdflib.RDFS.label, rdflib.Literal("حقل كونوكو", lang="ar")) in graph
    geo = rdflib.Namespace("http://www.opengis.net/ont/geosparql#")
    wkt = [o for o in graph.objects(graph.value(place, geo.hasGeometry), geo.asWKT)]
    assert [str(w) for w in wkt] == ["POINT(40.2406 35.3833)"]


def test_place_page_in_html(server: Running) -> None:
    reply = http(server.url + "/id/place/conoco-gas-field", headers={"Accept": "text/html,*/*;q=0.8"})
    assert reply.status == 200
    assert reply.headers["content-type"].startswith("text/html")
    assert reply.headers["vary"] == "Accept"
    html = reply.text
    assert "Conoco gas field" in html
    assert '<span class="ar-title" lang="ar" dir="rtl">حقل كونوكو</span>' in html
    assert '<a href="/ontology#Base">' in html  # its type, by label
    assert 'href="/id/event/serve-001/1"' in html  # the event it is involved in
    assert "<svg" in html and 'class="focus"' in html  # a map
    assert '<blockquote lang="ar" dir="rtl">حقل كونوكو</blockquote>' in html
    assert 'href="/id/article/serve-001#m-70-80"' in html
    assert not re.search(r'<(script|link|img)[^>]+(src|href)="https?://', html)  # nothing from other sites


def test_actor_page_lists_the_events_it_is_involved_in(server: Running) -> None:
    html = http(server.url + "/id/actor/irgc", headers={"Accept": "text/html"}).text
    assert "Islamic Revolutionary Guard Corps" in html
    assert 'href="/id/event/serve-001/1"' in html and 'href="/ontology#target"' in html
    assert 'href="http://www.wikidata.org/entity/Q271110"' in html


def test_article_page_marks_the_quotes(server: Running) -> None:
    html = http(server.url + "/id/article/serve-001", headers={"Accept": "text/html"}).text
    assert '<span id="m-70-80"></span><mark>حقل كونوكو</mark>' in html
    assert 'href="/id/event/serve-001/1"' in html


def test_event_page_maps_its_location(server: Running) -> None:
    html = http(server.url + "/id/event/serve-001/1", headers={"Accept": "text/html"}).text
    assert 'class="focus"' in html and "Conoco gas field" in html
    assert "غارة جوية" in html  # its quote


def test_graph_iris_dereference_to_the_graph(server: Running) -> None:
    reply = http(server.url + "/id/graph/article/serve-002", headers={"Accept": "application/n-triples"})
    assert reply.status == 200
    graph = rdflib.Graph().parse(data=reply.body, format="nt")
    assert (rdflib.URIRef(ID + "event/serve-002/1"), rdflib.RDF.type, rdflib.URIRef(CK + "DroneAttack")) in graph
    assert (None, rdflib.RDFS.label, rdflib.Literal("Al-Tanf garrison", lang="en")) not in graph  # gazetteer


@pytest.mark.parametrize("accept", ["text/turtle", "text/html"])
def test_unknown_iris_are_404(server: Running, accept: str) -> None:
    reply = http(server.url + "/id/place/nowhere", headers={"Accept": accept})
    assert reply.status == 404
    assert reply.headers["vary"] == "Accept"


def test_void(server: Running) -> None:
    reply = http(server.url + "/.well-known/void", headers={"Accept": "text/turtle"})
    assert reply.status == 200
    graph = rdflib.Graph().parse(data=reply.body, format="turtle")
    void = rdflib.Namespace("http://rdfs.org/ns/void#")
    dataset = rdflib.URIRef(server.url + "/.well-known/void#dataset")
    assert (dataset, void.sparqlEndpoint, rdflib.URIRef(server.url + "/sparql")) in graph
    assert (dataset, void.dataDump, rdflib.URIRef(server.url + "/dump.trig")) in graph
    assert str(graph.value(dataset, void.uriSpace)) == ID
    assert int(graph.value(dataset, void.triples)) == server.size
    articles = [p for p in graph.objects(dataset, void.classPartition)
                if graph.value(p, void["class"]) == rdflib.URIRef(CK + "Article")]
    assert int(graph.value(articles[0], void.entities)) == 2


@pytest.mark.parametrize(("path", "fmt"), [("/dump.trig", "trig"), ("/dump.nq", "nquads")])
def test_dumps_parse_and_hold_every_quad(server: Running, path: str, fmt: str) -> None:
    reply = http(server.url + path)
    assert reply.status == 200
    dataset = rdflib.Dataset()
    dataset.parse(data=reply.body, format=fmt)
    assert len(dataset) == server.size
    graphs = {str(g.identifier) for g in dataset.graphs()}
    assert {ID + "graph/gazetteer", ID + "graph/article/serve-001", ID + "graph/ontology"} <= graphs


def test_ontology_at_its_namespace(server: Running) -> None:
    turtle = http(server.url + "/ontology", headers={"Accept": "text/turtle"})
    graph = rdflib.Graph().parse(data=turtle.body, format="turtle")
    assert (rdflib.URIRef(CK + "Airstrike"), rdflib.RDFS.subClassOf, rdflib.URIRef(CK + "Attack")) in graph
    jsonld = http(server.url + "/ontology", headers={"Accept": "application/ld+json"})
    assert len(rdflib.Graph().parse(data=jsonld.body, format="json-ld")) == len(graph)
    html = http(server.url + "/ontology", headers={"Accept": "text/html"}).text
    assert 'id="Airstrike"' in html and 'lang="ar" dir="rtl"' in html


# -- the query page -----------------------------------------------------------------------


def test_query_page_offers_the_bundled_queries_and_works_offline(server: Running) -> None:
    from kg.queries import list_queries

    reply = http(server.url + "/")
    assert reply.status == 200
    html = reply.text
    bundled = list_queries()
    assert html.count('class="example"') == len(bundled) > 0
    sources = re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', html)
    assert sources and all(s.startswith("/static/") for s in sources), sources
    for source in sources:
        asset = http(server.url + source)
        assert asset.status == 200 and asset.body
        assert not re.search(rb"(import|from|src=|url\()\s*['\"]?https?://", asset.body)


def test_every_bundled_query_runs_through_the_endpoint(server: Running) -> None:
    from kg.queries import list_queries

    for bundled in list_queries():
        reply = http(query_url(server, bundled.text, format="json"))
        assert reply.status == 200, (bundled.name, reply.text)


def test_static_files_cannot_escape_their_folder(server: Running) -> None:
    assert http(server.url + "/static/..%2f..%2fserve%2fapp.py").status == 404
    assert http(server.url + "/static/../app.py").status == 404


# -- one writer ---------------------------------------------------------------------------


def run_kg(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the kg command in another process (a lock held by this process does not bind itself)."""
    return subprocess.run(
        [sys.executable, "-c", "from kg.cli import main; main()", *args],
        capture_output=True, text=True, timeout=120, check=False, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )


def test_kg_build_on_a_served_store_fails_cleanly(server: Running) -> None:
    before = http(server.url + "/dump.nq").body
    result = run_kg("build", str(ROOT / "examples" / "articles"), "--store", str(server.store))
    assert result.returncode == 2, result.stderr
    assert "in use by another process" in result.stderr
    assert http(server.url + "/dump.nq").body == before


def test_a_second_server_on_the_same_store_is_refused(server: Running) -> None:
    result = run_kg("serve", "--store", str(server.store), "--get", "/")
    assert result.returncode == 2
    assert "in use by another process" in result.stderr
    native = shutil.which("oxigraph")
    if native:
        proc = subprocess.run([native, "serve", "--location", str(server.store), "--bind", "127.0.0.1:0"],
                              capture_output=True, timeout=30, check=False)
        assert proc.returncode != 0


def test_read_only_commands_still_work_beside_the_server(server: Running) -> None:
    from kg.store import Store

    assert len(Store(server.store, read_only=True)) == server.size


# -- the command line ---------------------------------------------------------------------


def test_get_answers_one_request_in_process(store_dir: tuple[Path, int], tmp_path: Path) -> None:
    path, _ = store_dir
    copy = tmp_path / "copy"
    shutil.copytree(path, copy, ignore=shutil.ignore_patterns("LOCK"))
    result = CliRunner().invoke(main, ["serve", "--store", str(copy), "--get", "/id/actor/irgc", "--accept", "text/turtle"])
    assert result.exit_code == 0, result.output
    assert "Q271110" in result.output
    missing = CliRunner().invoke(main, ["serve", "--store", str(copy), "--get", "/id/actor/nobody"])
    assert missing.exit_code == 2
    assert "404 Not Found" in missing.output


def test_serve_needs_a_store(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--store", str(tmp_path / "none"), "--get", "/"])
    assert result.exit_code == 2
    assert "no kg store here" in result.output


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_kg_serve_process_serves_and_stops_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "store"
    make_store(path)
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", "from kg.cli import main; main()", "serve", "--store", str(path),
         "--port", str(port), "--workers", "1", "--quiet"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                reply = http(f"http://127.0.0.1:{port}/sparql?" + urlencode({"query": "ASK {}"}))
                break
            except OSError:
                assert proc.poll() is None, proc.communicate()
                assert time.monotonic() < deadline
                time.sleep(0.1)
        assert reply.status == 200
        workers = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True, check=False).stdout.split()
        assert workers
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(20)
    assert proc.returncode == 0, proc.stderr.read() if proc.stderr else ""
    deadline = time.monotonic() + 10
    while any(Path(f"/proc/{pid}").exists() for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(Path(f"/proc/{pid}").exists() for pid in workers)
    from kg.store import Store

    Store(path)  # the lock is free again


# -- helpers ------------------------------------------------------------------------------


@pytest.mark.parametrize("module", [kg.serve.protocol, kg.serve.page])
def test_doctests(module: object) -> None:
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)  # type: ignore[arg-type]
    assert result.failed == 0 and result.attempted > 0


def test_chunked_dump_over_a_slow_reader(server: Running) -> None:
    with urllib.request.urlopen(server.url + "/dump.nq", timeout=30) as response:
        first = response.read(10)
        rest = io.BytesIO(response.read())
    assert first and rest.getvalue().endswith(b" .\n")


def test_the_query_workers_cannot_write_whatever_reaches_them(server: Running) -> None:
    ports = [w.port for w in server.app.pool._all]  # the native servers on loopback
    assert ports
    for port in ports:
        reply = http(f"http://127.0.0.1:{port}/update", method="POST", data=INSERT.encode(),
                     headers={"Content-Type": "application/sparql-update"})
        assert reply.status == 403
