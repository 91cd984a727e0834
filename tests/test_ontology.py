"""The ontology defines every public term, as the vocabulary contract says, and every file parses.

The term lists below are the contract (the project's VOCABULARY spec) written out by hand, plus
the terms the project adds; a term may be added here, never renamed or removed.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SH, XSD

from kg.resources import data_files

CK = Namespace("https://w3id.org/conflict-kg/ontology#")
ONTOLOGY = URIRef("https://w3id.org/conflict-kg/ontology")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
GEO = Namespace("http://www.opengis.net/ont/geosparql#")
ALIGNED_TO = (str(SEM), str(PROV), str(SCHEMA), str(OA), str(GEO))

# class -> its ck: superclass (None for a top class)
CLASSES: dict[str, str | None] = {
    "Event": None,
    "Attack": "Event",
    "Airstrike": "Attack",
    "DroneAttack": "Attack",
    "RocketAttack": "Attack",
    "ArtilleryShelling": "Attack",
    "Interception": "Event",
    "Actor": None,
    "ArmedGroup": "Actor",
    "StateForce": "Actor",
    "Organization": "Actor",
    "Person": "Actor",
    "Place": None,
    "Base": "Place",
    "Facility": "Place",
    "Settlement": "Place",
    "Region": "Place",
    "Country": "Place",
    "Article": None,
    "Mention": None,
    "CasualtyClaim": None,
    # added by the project
    "CasualtyStatus": None,
    "CountQualifier": None,
}

# property -> (kind, domain, range); domain None = any node; range "Place|Actor" = either
PROPERTIES: dict[str, tuple[URIRef, str | None, str]] = {
    "date": (OWL.DatatypeProperty, "Event", "xsd:date"),
    "earliestDate": (OWL.DatatypeProperty, "Event", "xsd:date"),
    "latestDate": (OWL.DatatypeProperty, "Event", "xsd:date"),
    "attacker": (OWL.ObjectProperty, "Attack", "Actor"),
    "interceptedBy": (OWL.ObjectProperty, "Interception", "Actor"),
    "target": (OWL.ObjectProperty, "Attack", "Place|Actor"),
    "location": (OWL.ObjectProperty, "Event", "Place"),
    "killed": (OWL.DatatypeProperty, "Event", "xsd:nonNegativeInteger"),
    "wounded": (OWL.DatatypeProperty, "Event", "xsd:nonNegativeInteger"),
    "casualtyClaim": (OWL.ObjectProperty, "Event", "CasualtyClaim"),
    "count": (OWL.DatatypeProperty, "CasualtyClaim", "xsd:nonNegativeInteger"),
    "status": (OWL.ObjectProperty, "CasualtyClaim", "CasualtyStatus"),
    "victim": (OWL.ObjectProperty, "CasualtyClaim", "Actor"),
    "accordingTo": (OWL.ObjectProperty, "CasualtyClaim", "Actor"),
    "munitionCount": (OWL.DatatypeProperty, "Attack", "xsd:nonNegativeInteger"),
    "inResponseTo": (OWL.ObjectProperty, "Event", "Event"),
    "reportedBy": (OWL.ObjectProperty, "Event", "Actor"),
    "claimedBy": (OWL.ObjectProperty, "Attack", "Actor"),
    "affiliatedWith": (OWL.ObjectProperty, "Actor", "Actor"),
    "locatedIn": (OWL.ObjectProperty, "Place", "Place"),
    "mentionedIn": (OWL.ObjectProperty, None, "Article"),
    "evidence": (OWL.ObjectProperty, None, "Mention"),
    "inArticle": (OWL.ObjectProperty, "Mention", "Article"),
    "start": (OWL.DatatypeProperty, "Mention", "xsd:nonNegativeInteger"),
    "end": (OWL.DatatypeProperty, "Mention", "xsd:nonNegativeInteger"),
    "exact": (OWL.DatatypeProperty, "Mention", "xsd:string"),
    # added by the project
    "text": (OWL.DatatypeProperty, "Article", "xsd:string"),
    "countQualifier": (OWL.ObjectProperty, "CasualtyClaim", "CountQualifier"),
    "heldBy": (OWL.ObjectProperty, "Base", "Actor"),
}

INDIVIDUALS = {
    "Killed": "CasualtyStatus",
    "Wounded": "CasualtyStatus",
    "Exact": "CountQualifier",
    "AtLeast": "CountQualifier",
    "Approximately": "CountQualifier",
    "AtMost": "CountQualifier",
}

# Alignments outside tools rely on; more may be added, these must stay.
SUPERCLASSES = {
    "Event": {SEM.Event, SCHEMA.Event},
    "Actor": {SEM.Actor, PROV.Agent},
    "Place": {SEM.Place, SCHEMA.Place, GEO.Feature},
    "Article": {SCHEMA.NewsArticle, PROV.Entity},
    "Person": {SCHEMA.Person},
    "Organization": {SCHEMA.Organization},
    "Mention": {OA.TextPositionSelector},
}
SUPERPROPERTIES = {
    "location": {SEM.hasPlace},
    "attacker": {SEM.hasActor},
    "start": {OA.start},
    "end": {OA.end},
    "exact": {OA.exact},
    "accordingTo": {PROV.wasAttributedTo},
}

# "Also used" terms belong to their own vocabularies: the ontology must not redefine them.
EXTERNAL = (str(RDFS), "http://www.w3.org/2004/02/skos/core#", str(OWL), str(GEO), str(DCTERMS))

TTL_FILES = data_files("ontology", ".ttl") + data_files("shapes", ".ttl")


@cache
def ontology() -> Graph:
    g = Graph()
    for f in data_files("ontology", ".ttl"):
        g.parse(f, format="turtle")
    return g


def resolve(name: str) -> URIRef:
    return XSD[name[4:]] if name.startswith("xsd:") else CK[name]


def langs(g: Graph, s: URIRef, p: URIRef) -> list[str | None]:
    return [o.language for o in g.objects(s, p) if isinstance(o, Literal)]


def test_there_are_files_to_check() -> None:
    assert data_files("ontology", ".ttl")
    assert len(data_files("shapes", ".ttl")) >= 4


@pytest.mark.parametrize("path", TTL_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_turtle_file_parses(path: Path) -> None:
    assert len(Graph().parse(path, format="turtle")) > 0
    assert list(pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.TURTLE))


def test_ontology_header() -> None:
    g = ontology()
    assert (ONTOLOGY, RDF.type, OWL.Ontology) in g
    assert "en" in langs(g, ONTOLOGY, DCTERMS.title)
    assert g.value(ONTOLOGY, DCTERMS.description)
    assert str(g.value(ONTOLOGY, OWL.versionInfo)) == "0.1.0"


@pytest.mark.parametrize("name", [*CLASSES, *PROPERTIES, *INDIVIDUALS])
def test_term_is_labelled_and_explained(name: str) -> None:
    g = ontology()
    term = CK[name]
    labels = langs(g, term, RDFS.label)
    assert labels.count("en") == 1 and labels.count("ar") == 1, labels
    assert "en" in langs(g, term, RDFS.comment)
    assert (term, RDFS.isDefinedBy, ONTOLOGY) in g


@pytest.mark.parametrize("name", CLASSES)
def test_class_and_hierarchy(name: str) -> None:
    g = ontology()
    assert (CK[name], RDF.type, OWL.Class) in g
    parents = {p for p in g.objects(CK[name], RDFS.subClassOf) if str(p).startswith(str(CK))}
    expected = CLASSES[name]
    assert parents == ({CK[expected]} if expected else set())


@pytest.mark.parametrize("name", PROPERTIES)
def test_property_kind_domain_and_range(name: str) -> None:
    g = ontology()
    kind, domain, range_ = PROPERTIES[name]
    prop = CK[name]
    assert (prop, RDF.type, kind) in g
    assert set(g.objects(prop, RDFS.domain)) == ({CK[domain]} if domain else set())
    ranges = list(g.objects(prop, RDFS.range))
    assert len(ranges) == 1
    if "|" in range_:
        assert isinstance(ranges[0], BNode)
        union = g.value(ranges[0], OWL.unionOf)
        assert union is not None
        assert set(Collection(g, union)) == {resolve(r) for r in range_.split("|")}
    else:
        assert ranges[0] == resolve(range_)


@pytest.mark.parametrize("name", INDIVIDUALS)
def test_individual_belongs_to_its_class(name: str) -> None:
    g = ontology()
    cls = CK[INDIVIDUALS[name]]
    assert (CK[name], RDF.type, cls) in g
    one_of = g.value(g.value(cls, OWL.equivalentClass), OWL.oneOf)
    assert one_of is not None
    assert CK[name] in set(Collection(g, one_of))


def test_every_subclass_reaches_its_top_class() -> None:
    g = ontology()
    for name, top in [
        ("Airstrike", SEM.Event),
        ("ArtilleryShelling", SCHEMA.Event),
        ("Interception", SEM.Event),
        ("Person", PROV.Agent),
        ("Base", GEO.Feature),
        ("Country", SCHEMA.Place),
    ]:
        assert top in set(g.transitive_objects(CK[name], RDFS.subClassOf)), name


def test_alignments_to_outside_vocabularies() -> None:
    g = ontology()
    for name, supers in SUPERCLASSES.items():
        assert supers <= set(g.objects(CK[name], RDFS.subClassOf)), name
    for name, supers in SUPERPROPERTIES.items():
        assert supers <= set(g.objects(CK[name], RDFS.subPropertyOf)), name


def test_outside_parents_come_from_the_aligned_vocabularies() -> None:
    g = ontology()
    for p in (RDFS.subClassOf, RDFS.subPropertyOf):
        for s, o in g.subject_objects(p):
            assert str(s).startswith(str(CK)), s
            parent = g.value(o, OWL.inverseOf) if isinstance(o, BNode) else o  # [ owl:inverseOf p ]
            assert str(parent).startswith((str(CK), *ALIGNED_TO)), (s, o)


def test_only_listed_terms_are_defined_and_nothing_external_is_redefined() -> None:
    g = ontology()
    defined = {s for s in g.subjects() if isinstance(s, URIRef) and s != ONTOLOGY}
    listed = {CK[n] for n in [*CLASSES, *PROPERTIES, *INDIVIDUALS]}
    assert defined == listed, sorted(str(t) for t in defined ^ listed)
    for s in g.subjects():
        assert not str(s).startswith(EXTERNAL), s


def test_shapes_use_only_terms_the_ontology_defines() -> None:
    shapes = Graph()
    for f in data_files("shapes", ".ttl"):
        shapes.parse(f, format="turtle")
    used = {
        t for triple in shapes for t in triple if isinstance(t, URIRef) and t.startswith(str(CK))
    }
    listed = {CK[n] for n in [*CLASSES, *PROPERTIES, *INDIVIDUALS]}
    assert used <= listed, sorted(used - listed)
    # ...and every class's instances are checked by a shape of it or of a superclass (the two
    # closed value classes excepted: sh:in checks their use).
    targeted = set(shapes.objects(None, SH.targetClass))
    g = ontology()
    unchecked = {
        CK[n] for n in CLASSES if not set(g.transitive_objects(CK[n], RDFS.subClassOf)) & targeted
    }
    assert unchecked == {CK.CasualtyStatus, CK.CountQualifier}
