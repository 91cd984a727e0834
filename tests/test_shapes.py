"""SHACL shapes: every shape has valid and invalid examples; an invalid one says which constraint fires.

Cases live in ``tests/data/shapes/<NodeShape>/{valid,invalid}-*.ttl``. Each case is validated
together with ``tests/data/shapes/_base.ttl`` (a small valid article graph and a slice of the
gazetteer) and the ontology, the way kg validates the union of article graphs, gazetteer and
ontology. An invalid case lists the results it must produce, one comment line each::

    # expect: <focus, relative to the id base> <constraint> <component> <result path, or ->

where ``<constraint>`` is what fired: the property shape, the SPARQL constraint, or the node shape
itself for a constraint written on the node shape. The results must match the list exactly, with
pyshacl, with pyshacl-turbo, and with pyshacl-turbo reading a pyoxigraph store.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pyoxigraph
import pyshacl
import pyshacl_turbo
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH
from rdflib.plugins.sparql import processor
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery
from rdflib.term import Node

from kg.resources import data_files

CASES = Path(__file__).parent / "data" / "shapes"
BASE = CASES / "_base.ttl"
ID = "https://w3id.org/conflict-kg/id/"
CKS = "https://w3id.org/conflict-kg/shapes#"
CURIES = {
    "cks": CKS,
    "ck": "https://w3id.org/conflict-kg/ontology#",
    "sh": str(SH),
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "geo": "http://www.opengis.net/ont/geosparql#",
    "dcterms": "http://purl.org/dc/terms/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
ENGINES = {"pyshacl": pyshacl.validate, "turbo": pyshacl_turbo.validate}

# Guards: cases may be added, never silently lost. Raise these when adding cases.
MIN_VALID_CASES = 20
MIN_INVALID_CASES = 26
MIN_EXPECTED_RESULTS = 85

VALID = sorted(CASES.glob("*/valid-*.ttl"))
INVALID = sorted(CASES.glob("*/invalid-*.ttl"))
_EXPECT = re.compile(r"^# expect: (\S+) (\S+) (\S+) (\S+)\s*$")


@dataclass(frozen=True, order=True)
class Hit:
    """One validation result, in the terms a case file uses."""

    focus: str
    constraint: str
    component: str
    path: str

    def __str__(self) -> str:
        return f"{self.focus} {self.constraint} {self.component} {self.path}"


def curie(iri: str) -> str:
    for prefix, ns in CURIES.items():
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


def case_id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


def expectations(path: Path) -> set[Hit]:
    hits = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if m := _EXPECT.match(line):
            hits.add(Hit(*m.groups()))
    return hits


@cache
def shapes_graph() -> Graph:
    g = Graph()
    for f in data_files("shapes", ".ttl"):
        g.parse(f, format="turtle")
    return g


@cache
def fixed_data() -> Graph:
    g = Graph()
    for f in data_files("ontology", ".ttl"):
        g.parse(f, format="turtle")
    g.parse(BASE, format="turtle")
    return g


@cache
def data_graph(case: Path | None) -> Graph:
    """The graph a case is validated as (shared between tests: validation does not change it)."""
    g = Graph()
    g += fixed_data()
    if case is not None:
        g.parse(case, format="turtle")
    return g


def data_store(case: Path | None) -> pyoxigraph.Store:
    """The case in a store, each file in its own named graph, as kg keeps articles apart."""
    store = pyoxigraph.Store()
    files = [*data_files("ontology", ".ttl"), BASE, *([case] if case else [])]
    for i, f in enumerate(files):
        graph = pyoxigraph.NamedNode(f"urn:x-kg-test:graph:{i}")
        store.load(path=str(f), format=pyoxigraph.RdfFormat.TURTLE, to_graph=graph)
    return store


def render_path(report: Graph, path: Node | None) -> str:
    if path is None:
        return "-"
    if isinstance(path, URIRef):
        return curie(str(path))
    inverse = report.value(path, SH.inversePath)
    if isinstance(inverse, URIRef):
        return "^" + curie(str(inverse))
    raise AssertionError(f"unexpected result path {path!r}")


def run(engine: str, data: object) -> tuple[bool, Graph, set[Hit]]:
    conforms, report, text = ENGINES[engine](data, shacl_graph=shapes_graph())
    assert isinstance(report, Graph), text
    # Nested results (sh:detail, from sh:node) would be counted twice by a reader that lists
    # every sh:ValidationResult in the report.
    assert (None, SH.detail, None) not in report, text
    hits = set()
    for r in report.objects(None, SH.result):
        focus = report.value(r, SH.focusNode)
        source = report.value(r, SH.sourceConstraint) or report.value(r, SH.sourceShape)
        component = report.value(r, SH.sourceConstraintComponent)
        assert isinstance(focus, URIRef) and isinstance(source, URIRef), text
        assert report.value(r, SH.resultSeverity) == SH.Violation, text
        assert str(report.value(r, SH.resultMessage) or "").strip(), f"no message:\n{text}"
        focus_s = str(focus).removeprefix(ID)
        hits.add(
            Hit(
                focus_s,
                curie(str(source)),
                curie(str(component)),
                render_path(report, report.value(r, SH.resultPath)),
            )
        )
    return bool(conforms), report, hits


def diff(expected: set[Hit], got: set[Hit]) -> str:
    lines = [f"- missing  {h}" for h in sorted(expected - got)]
    lines += [f"+ extra    {h}" for h in sorted(got - expected)]
    return "\n".join(lines)


@cache
def _translated(text: str, base: str | None) -> object:
    return translateQuery(parseQuery(text), base, {})


@pytest.fixture(autouse=True, scope="module")
def _reuse_parsed_sparql() -> Iterator[None]:
    """Parse each SPARQL constraint once instead of once per focus node.

    pyshacl hands rdflib the query text for every focus node and rdflib parses it each time
    (about 25 ms), which would make this file take half a minute. Reusing the translated query
    is what rdflib's own prepareQuery does: the algebra evaluated is the same. The query is
    translated without the data graph's prefixes, so a constraint that forgets to declare one
    in sh:prefixes fails here as it would in pyshacl-turbo.
    """
    original = processor.SPARQLProcessor.query

    def query(self, strOrQuery, initBindings=None, initNs=None, base=None, DEBUG=False):  # type: ignore[no-untyped-def]
        if isinstance(strOrQuery, str):
            strOrQuery = _translated(strOrQuery, base)
        return original(self, strOrQuery, initBindings, initNs, base, DEBUG)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(processor.SPARQLProcessor, "query", query)
        yield


# --- guards --------------------------------------------------------------------------------


def targeted_node_shapes() -> set[str]:
    g = shapes_graph()
    targets = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
    return {curie(str(s))[4:] for t in targets for s in g.subjects(t, None)}


def test_case_count_does_not_shrink() -> None:
    assert len(VALID) >= MIN_VALID_CASES
    assert len(INVALID) >= MIN_INVALID_CASES
    assert sum(len(expectations(p)) for p in INVALID) >= MIN_EXPECTED_RESULTS


def test_every_targeted_shape_has_valid_and_invalid_cases() -> None:
    folders = {p.name for p in CASES.iterdir() if p.is_dir()}
    assert folders == targeted_node_shapes()
    for folder in folders:
        assert list((CASES / folder).glob("valid-*.ttl")), f"{folder} has no valid case"
        assert list((CASES / folder).glob("invalid-*.ttl")), f"{folder} has no invalid case"


def test_every_invalid_case_states_its_results() -> None:
    for path in INVALID:
        assert expectations(path), f"{case_id(path)} has no '# expect:' line"
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# expect:"):
                assert _EXPECT.match(line), f"{case_id(path)}: malformed {line!r}"


def test_every_constraint_is_expected_to_fire_somewhere() -> None:
    g = shapes_graph()
    fired = {h.constraint for p in INVALID for h in expectations(p)}
    property_shapes = {curie(str(p)) for p in g.objects(None, SH.property)}
    sparql = {curie(str(c)) for c in g.objects(None, SH.sparql)}
    node_level = {
        curie(str(s)) for s in g.subjects(RDF.type, SH.NodeShape) if (s, SH["class"], None) in g
    }
    assert property_shapes | sparql | node_level <= fired, sorted(
        (property_shapes | sparql | node_level) - fired
    )
    # Each case folder's invalid cases fire constraints of that folder's shape.
    for path in INVALID:
        shape = URIRef(CKS + path.parent.name)
        own = {curie(str(shape))}
        own |= {curie(str(p)) for p in g.objects(shape, SH.property)}
        own |= {curie(str(c)) for c in g.objects(shape, SH.sparql)}
        assert {h.constraint for h in expectations(path)} & own, case_id(path)


# --- the shapes themselves -----------------------------------------------------------------


def test_every_shape_is_named_has_a_message_and_is_a_violation() -> None:
    g = shapes_graph()
    node_shapes = set(g.subjects(RDF.type, SH.NodeShape))
    property_shapes = set(g.objects(None, SH.property))
    assert node_shapes and property_shapes
    node_level = (SH["class"], SH["or"], SH.datatype, SH.nodeKind, SH.node, SH["in"])
    for shape in node_shapes | property_shapes:
        assert isinstance(shape, URIRef), f"anonymous shape {shape!r}: name it so reports say which"
        assert g.value(shape, SH.severity) == SH.Violation, shape
        if shape in property_shapes or any((shape, p, None) in g for p in node_level):
            messages = [m for m in g.objects(shape, SH.message) if isinstance(m, Literal)]
            assert [m for m in messages if m.language == "en"], f"{shape} has no sh:message@en"
    for constraint in g.objects(None, SH.sparql):
        assert isinstance(constraint, URIRef)
        assert (constraint, SH.message, None) in g, constraint
        assert (constraint, SH.prefixes, None) in g, constraint


def test_sh_in_lists_hold_only_iris() -> None:
    # pyshacl-turbo misreports string members of sh:in when the data is a pyoxigraph store.
    g = shapes_graph()
    lists = list(g.objects(None, SH["in"]))
    assert lists
    for head in lists:
        for member in g.items(head):
            assert isinstance(member, URIRef), member


def test_base_conforms() -> None:
    for engine in ENGINES:
        conforms, _, hits = run(engine, data_graph(None))
        assert conforms and not hits, f"{engine}:\n" + "\n".join(map(str, sorted(hits)))


def _targets(shape: URIRef, data: Graph) -> set[Node]:
    g = shapes_graph()
    nodes: set[Node] = set()
    for cls in g.objects(shape, SH.targetClass):
        for sub in data.transitive_subjects(RDFS.subClassOf, cls):
            nodes |= set(data.subjects(RDF.type, sub))
    for p in g.objects(shape, SH.targetSubjectsOf):
        nodes |= set(data.subjects(p, None))
    for p in g.objects(shape, SH.targetObjectsOf):
        nodes |= set(data.objects(None, p))
    return nodes


@pytest.mark.parametrize("case", VALID, ids=case_id)
def test_valid_case_exercises_its_shape(case: Path) -> None:
    own = Graph().parse(case, format="turtle")
    own_nodes = set(own.subjects()) | set(own.objects())
    assert _targets(URIRef(CKS + case.parent.name), data_graph(case)) & own_nodes, (
        f"{case_id(case)} gives {case.parent.name} nothing of its own to check"
    )


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("case", VALID, ids=case_id)
def test_valid_case_conforms(case: Path, engine: str) -> None:
    conforms, _, hits = run(engine, data_graph(case))
    assert conforms and not hits, diff(set(), hits)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("case", INVALID, ids=case_id)
def test_invalid_case_fires_the_stated_constraints(case: Path, engine: str) -> None:
    expected = expectations(case)
    conforms, _, hits = run(engine, data_graph(case))
    assert not conforms
    assert hits == expected, diff(expected, hits)


@pytest.mark.parametrize("case", VALID + INVALID, ids=case_id)
def test_turbo_on_an_oxigraph_store_agrees(case: Path) -> None:
    # A store keeps no integer subtypes and lower-cases language tags: the shapes must not care.
    # pyshacl-turbo validates the union of the store's graphs.
    conforms, _, hits = run("turbo", data_store(case))
    expected = expectations(case)
    assert conforms == (not expected)
    assert hits == expected, diff(expected, hits)


def test_messages_are_the_shapes_own_words() -> None:
    """Reports carry the sh:message of the constraint that fired (SPARQL ones filled in)."""
    g = shapes_graph()
    case = CASES / "MentionShape" / "invalid-exact-mismatch.ttl"
    for engine in ENGINES:
        _, report, _ = run(engine, data_graph(case))
        messages = {str(m) for m in report.objects(None, SH.resultMessage)}
        assert (
            "The evidence text differs from the article text at these offsets: "
            "the article reads «طائرات» there"
        ) in messages, engine
    case = CASES / "AttackShape" / "invalid-roles.ttl"
    template = str(g.value(URIRef(CKS + "Attack-attacker"), SH.message))
    for engine in ENGINES:
        _, report, _ = run(engine, data_graph(case))
        assert template in {str(m) for m in report.objects(None, SH.resultMessage)}, engine
