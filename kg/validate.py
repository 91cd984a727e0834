"""SHACL validation against the shapes shipped in ``shapes/``.

The data graph is the data under test plus the reference data (ontology and
gazetteer), so ``sh:class ck:Place`` accepts a ``ck:Base`` through
``rdfs:subClassOf`` and entities typed in the gazetteer are known. Validation
runs in pySHACL's Rust engine (pyshacl-turbo) straight on a pyoxigraph store,
which keeps whole-corpus builds fast; the shapes also pass pySHACL's own test
suite (see tests/test_shapes.py).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from xml.etree import ElementTree as ET

import pyoxigraph as ox
import rdflib
from rdflib.namespace import SH

from kg.errors import RdfError
from kg.resources import data_files

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

# Extensions pyoxigraph does not know by itself; the rest come from RdfFormat.from_extension.
EXTRA_EXTENSIONS = {".turtle": ox.RdfFormat.TURTLE, ".owl": ox.RdfFormat.RDF_XML}
KNOWN_EXTENSIONS = (".ttl", ".turtle", ".trig", ".nq", ".nt", ".jsonld", ".json", ".rdf", ".owl")


@dataclass(frozen=True)
class Violation:
    """One SHACL result: which node, which property, what is wrong."""

    focus: str
    path: str | None
    message: str
    constraint: str
    value: str | None = None
    severity: str = "Violation"

    def __str__(self) -> str:
        where = f" {_short(self.path)}" if self.path else ""
        value = f" (value: {self.value})" if self.value else ""
        return f"{self.focus}{where}: {self.message}{value}"


@dataclass
class Report:
    conforms: bool
    results: list[Violation]

    @property
    def exit_code(self) -> int:
        return 0 if self.conforms else 1

    def to_text(self) -> str:
        if self.conforms:
            return "Conforms: yes (0 violations)\n"
        lines = [f"Conforms: no ({len(self.results)} violations)"]
        lines += [f"- {v}" for v in self.results]
        return "\n".join(lines) + "\n"

    def to_json(self) -> str:
        return json.dumps({"conforms": self.conforms, "violations": [asdict(v) for v in self.results]}, ensure_ascii=False, indent=2) + "\n"

    def to_junit(self) -> str:
        """JUnit XML: one failing test case per node with violations, one passing case for the rest."""
        suite = ET.Element("testsuite", name="kg validate", tests="0", failures=str(len({v.focus for v in self.results})))
        by_focus: dict[str, list[Violation]] = {}
        for v in self.results:
            by_focus.setdefault(v.focus, []).append(v)
        for focus, items in by_focus.items():
            case = ET.SubElement(suite, "testcase", classname="kg.shapes", name=focus)
            failure = ET.SubElement(case, "failure", message=items[0].message, type=_short(items[0].constraint))
            failure.text = "\n".join(str(v) for v in items)
        ET.SubElement(suite, "testcase", classname="kg.shapes", name="all other nodes conform")
        suite.set("tests", str(len(by_focus) + 1))
        return ET.tostring(suite, encoding="unicode", xml_declaration=True) + "\n"

    def to_turtle(self) -> str:
        g = rdflib.Graph()
        g.bind("sh", SH)
        report = rdflib.BNode()
        g.add((report, rdflib.RDF.type, SH.ValidationReport))
        g.add((report, SH.conforms, rdflib.Literal(self.conforms)))
        for v in self.results:
            r = rdflib.BNode()
            g.add((report, SH.result, r))
            g.add((r, rdflib.RDF.type, SH.ValidationResult))
            g.add((r, SH.focusNode, rdflib.URIRef(v.focus)))
            if v.path:
                g.add((r, SH.resultPath, rdflib.URIRef(v.path)))
            g.add((r, SH.resultMessage, rdflib.Literal(v.message)))
            g.add((r, SH.sourceConstraintComponent, rdflib.URIRef(v.constraint)))
            g.add((r, SH.resultSeverity, SH[v.severity]))
        return g.serialize(format="turtle")


def _short(iri: str) -> str:
    for ns, prefix in (("http://www.w3.org/ns/shacl#", "sh:"), ("https://w3id.org/conflict-kg/ontology#", "ck:")):
        if iri.startswith(ns):
            return prefix + iri[len(ns):]
    return iri


@cache
def shapes_graph() -> rdflib.Graph:
    g = rdflib.Graph()
    for path in data_files("shapes", ".ttl"):
        g.parse(path, format="turtle")
    return g


def _reference_quads() -> list[ox.Quad]:
    from kg.pipeline import reference_graphs

    return [q for _, quads in reference_graphs() for q in quads]


def validate_store(store: ox.Store) -> Report:
    """Validate everything in a pyoxigraph store (the union of its graphs)."""
    return validate_graph(to_rdflib(store.quads_for_pattern(None, None, None)))


def validate_graph(graph: rdflib.Graph) -> Report:
    """Validate an rdflib graph (data and reference data together) against the shapes."""
    import pyshacl_turbo

    # Data goes in as an rdflib graph, not a pyoxigraph store: pyoxigraph canonicalises
    # integer subtypes (xsd:nonNegativeInteger becomes xsd:integer), so the graph
    # validated would differ from the one written by the extractor.
    conforms, report_graph, _ = pyshacl_turbo.validate(graph, shacl_graph=shapes_graph())
    return Report(bool(conforms), _results(report_graph))


def validate_quads(quads: list[ox.Quad], *, reference: bool = True) -> Report:
    """Validate quads (e.g. one or more article graphs) with the reference data beside them."""
    graph = to_rdflib(quads)
    if reference:
        _add_reference(graph)
    return validate_graph(graph)


def to_rdflib(quads: Iterable[ox.Quad | ox.Triple], graph: rdflib.Graph | None = None) -> rdflib.Graph:
    """Copy quads (their triples; graph names are dropped) into an rdflib graph."""
    graph = graph if graph is not None else rdflib.Graph()
    add = graph.add
    cache: dict[object, rdflib.term.Node] = {}

    def conv(t: object) -> rdflib.term.Node:
        node = cache.get(t)
        if node is None:
            if isinstance(t, ox.NamedNode):
                node = rdflib.URIRef(t.value)
            elif isinstance(t, ox.BlankNode):
                node = rdflib.BNode(t.value)
            elif isinstance(t, ox.Literal):
                if t.language:
                    node = rdflib.Literal(t.value, lang=t.language)
                elif t.datatype.value == XSD_STRING:
                    node = rdflib.Literal(t.value)
                else:
                    node = rdflib.Literal(t.value, datatype=rdflib.URIRef(t.datatype.value))
            else:
                raise ValueError(f"unsupported RDF term {t!r}")
            if not isinstance(t, ox.Literal) or len(t.value) < 200:
                cache[t] = node
        return node

    for q in quads:
        add((conv(q.subject), conv(q.predicate), conv(q.object)))
    return graph


@cache
def _reference_graph() -> rdflib.Graph:
    return to_rdflib(_reference_quads())


def _add_reference(graph: rdflib.Graph) -> None:
    for triple in _reference_graph():
        graph.add(triple)


def validate_files(paths: list[Path], *, reference: bool = True) -> Report:
    """Validate RDF files (Turtle, TriG, N-Quads, N-Triples, JSON-LD, RDF/XML).

    :raises RdfError: naming the file, line and column of a syntax error.
    """
    graph = rdflib.Graph()
    for path in paths:
        to_rdflib(read_rdf_file(path), graph)
    if reference:
        _add_reference(graph)
    return validate_graph(graph)


def read_rdf_file(path: Path) -> list[ox.Quad]:
    """Parse one RDF file by its extension into quads."""
    suffix = path.suffix.lower()
    fmt = EXTRA_EXTENSIONS.get(suffix) or (ox.RdfFormat.from_extension(suffix[1:]) if suffix else None)
    if fmt is None:
        raise RdfError(f"{path}: unknown RDF extension {path.suffix!r}; use one of {', '.join(KNOWN_EXTENSIONS)}")
    try:
        with path.open("rb") as f:
            return list(ox.parse(f, fmt, base_iri=path.resolve().as_uri()))
    except SyntaxError as exc:
        raise RdfError(f"{path}: bad RDF: {exc}") from exc
    except OSError as exc:
        raise RdfError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    except ValueError as exc:
        raise RdfError(f"{path}: bad RDF: {exc}") from exc


def _results(graph: rdflib.Graph) -> list[Violation]:
    out = []
    # The report's own results only: nested sh:detail results would count twice.
    report = graph.value(predicate=rdflib.RDF.type, object=SH.ValidationReport, any=True)
    for r in graph.objects(report, SH.result):
        severity = graph.value(r, SH.resultSeverity)
        path = graph.value(r, SH.resultPath)
        value = graph.value(r, SH.value)
        out.append(
            Violation(
                focus=str(graph.value(r, SH.focusNode)),
                path=str(path) if isinstance(path, rdflib.URIRef) else None,
                message=str(graph.value(r, SH.resultMessage) or "constraint violated"),
                constraint=str(graph.value(r, SH.sourceConstraintComponent)),
                value=str(value) if value is not None else None,
                severity=str(severity).rsplit("#", 1)[-1] if severity else "Violation",
            )
        )
    out.sort(key=lambda v: (v.focus, v.path or "", v.message))
    return out
