"""SHACL validation against the shapes shipped in ``shapes/``.

The data graph is the data under test plus the reference data (ontology and
gazetteer), so ``sh:class ck:Place`` accepts a ``ck:Base`` through
``rdfs:subClassOf`` and entities typed in the gazetteer are known. Validation
runs in pySHACL's Rust engine (pyshacl-turbo), fed the pyoxigraph terms
directly; the shapes also pass pySHACL's own test suite (see tests/test_shapes.py).

Mentions and the links to them are most of the data (about 85 % of an article's
statements), and three SPARQL constraints on them (a mention's evidence text is the
article text between its offsets, it ends inside the text, and evidence comes from
an article the node lists) cost the engine as much as all other shapes together.
The build checks them in Python instead (``mentions_in_python``): when every mention
has the form the extractors write and every ``ck:evidence`` / ``ck:mentionedIn``
points at a mention / an article, ``MentionShape`` and ``ProvenanceShape`` are
checked in Python, with the same results, and the engine checks the rest without the
statements only those two shapes read; any other form goes to the engine whole.
``kg validate`` runs every shape.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path
from xml.etree import ElementTree as ET

import pyoxigraph as ox
import rdflib
from rdflib.namespace import SH

from kg.errors import RdfError
from kg.rdf import CK, RDF, RDFS, XSD
from kg.resources import data_files

XSD_STRING = XSD + "string"
SHAPES = "https://w3id.org/conflict-kg/shapes#"
SPARQL_COMPONENT = str(SH.SPARQLConstraintComponent)
# The node shapes that mentions_in_python checks in Python, and their SPARQL constraints
# (constraint → its node shape).
PYTHON_SHAPES = (SHAPES + "MentionShape", SHAPES + "ProvenanceShape")
SPAN_CONSTRAINTS = {
    SHAPES + "Mention-endWithinText": SHAPES + "MentionShape",
    SHAPES + "Mention-exactMatchesText": SHAPES + "MentionShape",
    SHAPES + "Provenance-evidenceFromListedArticle": SHAPES + "ProvenanceShape",
}

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


@cache
def _compiled_shapes(*, without_mentions: bool = False):  # type: ignore[no-untyped-def]
    """The shapes compiled once per process (compiling them costs about 7 ms a call).

    :param without_mentions: leave out what ``_mention_violations`` checks: the node
        shapes ``PYTHON_SHAPES`` (their SPARQL constraints with them).
    """
    import pyshacl_turbo

    shapes = shapes_graph()
    if without_mentions:
        dropped = {rdflib.URIRef(shape) for shape in PYTHON_SHAPES}
        kept = rdflib.Graph()
        for prefix, namespace in shapes.namespaces():
            kept.bind(prefix, namespace)
        for s, p, o in shapes:
            if s not in dropped:
                kept.add((s, p, o))
        shapes = kept
    return pyshacl_turbo.compile_shapes(shapes)


def _reference_quads() -> list[ox.Quad]:
    from kg.pipeline import reference_graphs

    return [q for _, quads in reference_graphs() for q in quads]


def validate_store(store: ox.Store) -> Report:
    """Validate everything in a pyoxigraph store (the union of its graphs)."""
    return validate_quads(store.quads_for_pattern(None, None, None), reference=False)


def validate_quads(
    quads: Iterable[ox.Quad | ox.Triple], *, reference: bool = True, mentions_in_python: bool = False
) -> Report:
    """Validate quads (e.g. one or more article graphs; graph names are ignored).

    :param reference: validate them with the reference data (ontology, gazetteer) beside them.
    :param mentions_in_python: check ``MentionShape`` and the provenance constraint in
        Python, and the other shapes with the engine; the violations are the same.
        Mentions of another form than the extractors write (a missing or second offset,
        an offset of another datatype...) go to the engine with everything else.
    """
    # The terms go to the engine as they are: through rdflib, literals would be
    # normalised, and through a pyoxigraph Store xsd:nonNegativeInteger would become
    # xsd:integer, so the graph validated would differ from the one written.
    batch = _reference_terms().copy() if reference else _TermBatch()
    batch.extend(quads)
    mention_violations = _mention_violations(batch) if mentions_in_python else None
    program = _compiled_shapes(without_mentions=mention_violations is not None)
    conforms, report_graph, _ = program.validate(batch.engine_input())
    results = _results(report_graph)
    if mention_violations:
        results = sorted(results + mention_violations, key=_order)
    return Report(bool(conforms) and not mention_violations, results)


class _TermBatch:
    """Triples as pyshacl-turbo's native input: term records and index triples, deduplicated."""

    def __init__(self) -> None:
        self.terms: list[ox.NamedNode | ox.BlankNode | ox.Literal] = []
        self.records: list[tuple[int, str, str | None, str | None]] = []
        self.index: dict[object, int] = {}
        self.triples: dict[tuple[int, int, int], None] = {}

    def copy(self) -> _TermBatch:
        other = _TermBatch()
        other.terms, other.records = list(self.terms), list(self.records)
        other.index, other.triples = dict(self.index), dict(self.triples)
        return other

    def extend(self, quads: Iterable[ox.Quad | ox.Triple]) -> None:
        get, intern, triples = self.index.get, self._intern, self.triples

        def number(t: object) -> int:
            n = get(t)
            return intern(t) if n is None else n

        for q in quads:
            triples[number(q.subject), number(q.predicate), number(q.object)] = None

    def _intern(self, t: object) -> int:
        record: tuple[int, str, str | None, str | None]
        if isinstance(t, ox.NamedNode):
            record = (0, t.value, None, None)
        elif isinstance(t, ox.BlankNode):
            record = (1, t.value, None, None)
        elif isinstance(t, ox.Literal):
            # As rdflib holds them: a plain string has no datatype, a language string only its tag.
            datatype = t.datatype.value
            record = (2, t.value, None if t.language or datatype == XSD_STRING else datatype, t.language)
        else:
            raise TypeError(f"unsupported RDF term {t!r}")
        n = self.index[t] = len(self.records)
        self.records.append(record)
        self.terms.append(t)  # type: ignore[arg-type]
        return n

    def engine_input(self):  # type: ignore[no-untyped-def]
        from pyshacl_turbo.rdf import Input

        quads = [(s, p, o, None) for s, p, o in self.triples]
        return Input((self.records, quads), "terms", None, {}, {})


@cache
def _reference_terms() -> _TermBatch:
    batch = _TermBatch()
    batch.extend(_reference_quads())
    return batch


# -- mentions, in Python ----------------------------------------------------------------

# The offset datatypes MentionShape accepts (sh:or): xsd:nonNegativeInteger, or xsd:integer 0 or more.
_OFFSET_TYPES = {XSD + "nonNegativeInteger", XSD + "integer"}
_OFFSET = re.compile(r"[0-9]+")
_MENTION_PROPERTIES = ("inArticle", "start", "end", "exact")


def _mention_violations(batch: _TermBatch) -> list[Violation] | None:
    """What ``MentionShape`` and ``ProvenanceShape`` report on this data, or None.

    It models the data the extractors write: every mention (a node typed ck:Mention
    or a subclass) has exactly one article that is typed ck:Article, one start and one
    end offset that are whole numbers 0 or more (``xsd:nonNegativeInteger`` or
    ``xsd:integer``) with the start first, and one plain-string evidence text; every
    ``ck:evidence`` is such a mention and every ``ck:mentionedIn`` such an article.
    Then every constraint of the two shapes but the three SPARQL ones holds, and those
    are checked here as SPARQL reads them (code points from 0, end exclusive).

    The statements only these shapes read are then taken out of ``batch``, so the
    engine does not check them again: each mention's own statements and types, and
    the ``ck:evidence`` / ``ck:mentionedIn`` links of nodes that are neither events
    nor casualty claims (the shapes of those two require the links, so theirs stay).

    None means some mention, article or link has another form (a missing or second
    offset, an offset of another datatype, an article not typed as one, evidence
    that is not a mention, several texts...): nothing is taken out of ``batch`` and
    every shape must run.
    """
    # Triples are scanned by their term numbers: only the few predicates read here matter.
    number, terms = batch.index.get, batch.terms
    names = (*_MENTION_PROPERTIES, "text", "evidence", "mentionedIn")
    values: dict[str, dict[int, list[int]]] = {name: {} for name in names}
    wanted = {number(ox.NamedNode(CK + name)): values[name] for name in names}
    rdf_type, sub_class = number(ox.NamedNode(RDF + "type")), number(ox.NamedNode(RDFS + "subClassOf"))
    typed: dict[int, list[int]] = {}
    parents: dict[str, list[str]] = {}
    for s, p, o in batch.triples:
        by_subject = wanted.get(p)
        if by_subject is not None:
            by_subject.setdefault(s, []).append(o)
        elif p == rdf_type and isinstance(terms[o], ox.NamedNode):
            typed.setdefault(s, []).append(o)
        elif p == sub_class and isinstance(terms[s], ox.NamedNode) and isinstance(terms[o], ox.NamedNode):
            parents.setdefault(terms[s].value, []).append(terms[o].value)

    def instances(cls: str) -> set[int]:
        classes = {number(ox.NamedNode(c)) for c in _subclasses(CK + cls, parents)}
        return {node for node, types in typed.items() if not classes.isdisjoint(types)}

    mentions, articles = instances("Mention"), instances("Article")
    in_article, texts = values["inArticle"], values["text"]
    starts, ends, exacts = values["start"], values["end"], values["exact"]
    evidence_of, mentioned_in = values["evidence"], values["mentionedIn"]
    if any(not mentions.issuperset(v) for v in evidence_of.values()) or any(
        not articles.issuperset(v) for v in mentioned_in.values()
    ):
        return None
    # Interned whenever a mention has them (-1 otherwise, and then no mention is checked).
    properties = [batch.index.get(ox.NamedNode(CK + name), -1) for name in _MENTION_PROPERTIES]
    text_of: dict[int, str | None] = {}  # article → its text, read once: it is long
    checked: list[tuple[int, int, int]] = []
    out: list[Violation] = []
    records = batch.records  # the terms as plain tuples: reading them costs less than the terms' attributes
    for mention in mentions:
        found = [v.get(mention, ()) for v in (in_article, starts, ends, exacts)]
        if any(len(f) != 1 for f in found):
            return None
        article = found[0][0]
        start, end, exact = (records[f[0]] for f in found[1:])
        if not (_is_offset_record(start) and _is_offset_record(end) and _is_plain_string_record(exact)):
            return None
        a, b = int(start[1]), int(end[1])
        if a >= b or article not in articles:
            return None
        checked += [(mention, p, f[0]) for p, f in zip(properties, found, strict=True)]
        checked += [(mention, rdf_type, t) for t in typed[mention]]  # type: ignore[misc]  # rdf_type is interned: it typed the mention
        if article not in text_of:
            article_texts = texts.get(article, [])
            if len(article_texts) > 1 or not all(_is_string(terms[t]) for t in article_texts):
                return None
            text_of[article] = terms[article_texts[0]].value if article_texts else None  # type: ignore[union-attr]
        text = text_of[article]
        if text is None:
            continue
        if b > len(text):
            out.append(
                _span_violation("Mention-endWithinText", terms[mention], "end", terms[found[2][0]], length=str(len(text)))
            )
        # SUBSTR(?text, ?start + 1, ?end - ?start), for 0 <= start < end <= STRLEN(?text)
        elif exact[1] != text[a:b]:
            out.append(
                _span_violation("Mention-exactMatchesText", terms[mention], "exact", terms[found[3][0]], slice=text[a:b])
            )
    for node, evidence in evidence_of.items():
        listed = set(mentioned_in.get(node, ()))
        for mention in evidence:
            if in_article[mention][0] not in listed:
                out.append(
                    _span_violation("Provenance-evidenceFromListedArticle", terms[node], "evidence", terms[mention])
                )
    # Events and casualty claims must have these links (EventShape, CasualtyClaimShape).
    linked = instances("Event") | instances("CasualtyClaim")
    for prop, by_node in (("evidence", evidence_of), ("mentionedIn", mentioned_in)):
        p = batch.index.get(ox.NamedNode(CK + prop), -1)
        checked += [(node, p, o) for node, objects in by_node.items() if node not in linked for o in objects]
    for key in checked:
        del batch.triples[key]
    return out


def _subclasses(cls: str, parents: dict[str, list[str]]) -> set[str]:
    """``cls`` and every class that is rdfs:subClassOf* it."""
    found = {cls}
    while True:
        more = {c for c, ps in parents.items() if c not in found and not found.isdisjoint(ps)}
        if not more:
            return found
        found |= more


def _is_string(t: object) -> bool:
    return isinstance(t, ox.Literal) and (bool(t.language) or t.datatype.value == XSD_STRING)


def _is_offset_record(record: tuple[int, str, str | None, str | None]) -> bool:
    kind, value, datatype, _ = record
    return kind == 2 and datatype in _OFFSET_TYPES and _OFFSET.fullmatch(value) is not None


def _is_plain_string_record(record: tuple[int, str, str | None, str | None]) -> bool:
    """A literal without language tag whose datatype is xsd:string (which its record leaves out)."""
    return record[0] == 2 and record[2] is None and not record[3]


def _span_violation(constraint: str, focus: object, prop: str, value: object, **bindings: str) -> Violation:
    message, severity = _constraint_text(SHAPES + constraint)
    bindings["value"] = value.value  # type: ignore[attr-defined]
    for name, text in bindings.items():
        message = message.replace("{?" + name + "}", text)
    return Violation(
        focus=focus.value,  # type: ignore[attr-defined]
        path=CK + prop,
        message=message,
        constraint=SPARQL_COMPONENT,
        value=value.value,  # type: ignore[attr-defined]
        severity=severity,
    )


@cache
def _constraint_text(constraint: str) -> tuple[str, str]:
    """A SPARQL constraint's message template and its shape's severity, as the shapes give them."""
    shapes = shapes_graph()
    message = shapes.value(rdflib.URIRef(constraint), SH.message)
    severity = shapes.value(rdflib.URIRef(SPAN_CONSTRAINTS[constraint]), SH.severity)
    return str(message), str(severity).rsplit("#", 1)[-1] if severity else "Violation"


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


def validate_files(paths: list[Path], *, reference: bool = True) -> Report:
    """Validate RDF files (Turtle, TriG, N-Quads, N-Triples, JSON-LD, RDF/XML).

    :raises RdfError: naming the file, line and column of a syntax error.
    """
    return validate_quads((q for path in paths for q in read_rdf_file(path)), reference=reference)


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
    out.sort(key=_order)
    return out


def _order(v: Violation) -> tuple[str, str, str, str, str]:
    # Every field, so the order never depends on the engine's.
    return v.focus, v.path or "", v.message, v.value or "", v.constraint
