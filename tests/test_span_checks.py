"""The build checks mentions (MentionShape and the provenance constraint, kg.validate.SPAN_CONSTRAINTS)
in Python instead of with the SHACL engine; it must report exactly what the shapes report, as
`kg validate` does."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest

import kg.extract
from kg.article import Article
from kg.pipeline import build, extract
from kg.rdf import RDF_TYPE, Minter, ck, xsd
from kg.store import Store
from kg.validate import (
    SPARQL_COMPONENT,
    Violation,
    _mention_violations,
    _reference_terms,
    validate_quads,
)

ID = "https://w3id.org/conflict-kg/id/"
TEXT = "قصفت طائرات مسيّرة قاعدة التنف الأمريكية في ريف حمص يوم السبت، ما أدى إلى مقتل 3 عناصر."
OTHER = "أعلنت القيادة المركزية الأمريكية أن مقاتلاتها استهدفت منشأة في البوكمال."


def offset(n: int, datatype: str = "nonNegativeInteger") -> ox.Literal:
    return ox.Literal(str(n), datatype=xsd(datatype))


def mention(doc: kg.extract.Document, name: str, start: ox.Literal, end: ox.Literal, exact: str) -> list[ox.Quad]:
    node = ox.NamedNode(f"{ID}mention/{doc.article.id}/{name}")
    article = Minter().article(doc.article.id)
    return [
        ox.Quad(node, RDF_TYPE, ck("Mention")),
        ox.Quad(node, ck("inArticle"), article),
        ox.Quad(node, ck("start"), start),
        ox.Quad(node, ck("end"), end),
        ox.Quad(node, ck("exact"), ox.Literal(exact)),
    ]


def first_mention(doc: kg.extract.Document) -> ox.NamedNode:
    span = doc.entities[0].span
    return Minter().mention(doc.article.id, span.start, span.end)


# Each corruption: extra statements for an article, and the message of the one violation they cause.
CORRUPTIONS: dict[str, tuple[Callable[[kg.extract.Document], list[ox.Quad]], str]] = {
    "evidence text differs from the article": (
        lambda doc: mention(doc, "x", offset(0), offset(4), "خطأ"),
        "The evidence text differs from the article text at these offsets: the article reads «قصفت» there",
    ),
    "mention ends past the text": (
        lambda doc: mention(doc, "x", offset(0), offset(10_000), "قصفت"),
        f"The mention ends at offset 10000, past the end of the article text ({len(TEXT)} characters long)",
    ),
    "evidence from an article the node does not list": (
        lambda doc: [ox.Quad(ox.NamedNode(f"{ID}actor/ghost"), ck("evidence"), first_mention(doc))],
        "This evidence comes from an article that the node does not list with ck:mentionedIn",
    ),
}


@pytest.fixture
def corrupt(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """``corrupt(kind)``: the article with id "bad" gets the statements of CORRUPTIONS[kind]."""
    real = kg.extract.load_extractors()

    def use(kind: str) -> None:
        add = CORRUPTIONS[kind][0]

        class Corrupter:
            name = "corrupter"
            order = 90

            def extract(self, doc: kg.extract.Document) -> None:
                if doc.article.id == "bad":
                    doc.extra_quads.extend(add(doc))

        monkeypatch.setattr(kg.extract, "load_extractors", lambda names=None: (*real, Corrupter()))

    return use


@pytest.mark.parametrize("kind", sorted(CORRUPTIONS))
def test_build_and_kg_validate_report_the_same_violation(
    corrupt: Callable[[str], None], invoke, tmp_path: Path, kind: str
) -> None:
    corrupt(kind)
    articles = tmp_path / "articles.jsonl"
    articles.write_text(
        "".join(
            json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n"
            for i, t in (("good", OTHER), ("bad", TEXT))
        ),
        encoding="utf-8",
    )

    report = build([articles], Store(tmp_path / "store"))
    r = invoke("extract", articles, "-o", tmp_path / "bad.trig")
    assert r.exit_code == 0, r.output
    v = invoke("validate", tmp_path / "bad.trig", "--format", "json")

    assert v.exit_code == 1, v.output
    validated = [Violation(**x) for x in json.loads(v.stdout)["violations"]]
    assert (report.loaded, list(report.rejected)) == (1, ["bad"])
    assert report.rejected["bad"] == validated
    assert [(x.constraint, x.message) for x in validated] == [(SPARQL_COMPONENT, CORRUPTIONS[kind][1])]


def spans(*changes: tuple[str, object]) -> list[ox.Quad]:
    """One article's graph with some statements of its first mention replaced or added."""
    g = extract(Article("one", TEXT, "t"))
    node = next(q.subject for q in g.quads if q.predicate == ck("exact"))
    quads = list(g.quads)
    for prop, value in changes:
        if prop.startswith("+"):
            prop = prop[1:]
        else:
            quads = [q for q in quads if not (q.subject == node and q.predicate == ck(prop))]
        if value is not None:
            term = value if isinstance(value, (ox.Literal, ox.NamedNode)) else ox.Literal(str(value))
            quads.append(ox.Quad(node, ck(prop), term, g.graph))
    return quads


@pytest.mark.parametrize(
    "quads",
    [
        spans(),
        spans(("exact", "خطأ")),
        spans(("end", offset(500, "integer"))),
        spans(("end", offset(10_000))),
        spans(("+evidence", ox.NamedNode(f"{ID}mention/elsewhere"))),
        # Not the form the extractors write, so every shape runs in the engine: the results
        # must still be the same.
        spans(("exact", ox.Literal("قاعدة التنف", language="ar"))),
        spans(("start", offset(25)), ("end", offset(21))),
        spans(("start", offset(21)), ("end", offset(21))),
        spans(("exact", None)),
        spans(("inArticle", None)),
        spans(("inArticle", ox.NamedNode(f"{ID}article/elsewhere"))),
        spans(("+exact", "خطأ")),
        spans(("start", offset(-2, "integer"))),
        spans(("start", offset(3, "int"))),
        spans(("end", ox.Literal("30.0", datatype=xsd("decimal")))),
        spans(("end", "30")),
        spans(("+inArticle", ox.NamedNode(f"{ID}article/elsewhere"))),
    ],
    ids=lambda quads: str(len(quads)),
)
def test_python_span_checks_agree_with_the_sparql(quads: list[ox.Quad]) -> None:
    full = validate_quads(quads)
    fast = validate_quads(quads, mentions_in_python=True)

    assert (fast.conforms, fast.results) == (full.conforms, full.results)


def links(change: Callable[[list[ox.Quad], ox.NamedNode, ox.NamedNode], list[ox.Quad]]) -> list[ox.Quad]:
    """One article's graph changed by ``change(quads, event, entity)`` (an attack and its target)."""
    quads = list(extract(Article("one", TEXT, "t")).quads)
    event = next(q.subject for q in quads if q.predicate == ck("target"))
    entity = next(q.object for q in quads if q.predicate == ck("target"))
    return change(quads, event, entity)  # type: ignore[arg-type]


def _without(quads: list[ox.Quad], subject: ox.NamedNode, prop: str) -> list[ox.Quad]:
    return [q for q in quads if not (q.subject == subject and q.predicate == ck(prop))]


ELSEWHERE = ox.NamedNode(f"{ID}article/elsewhere")
SUB_ATTACK = ox.NamedNode(f"{ID}class/SubAttack")


@pytest.mark.parametrize(
    "quads",
    [
        links(lambda quads, event, entity: quads),
        links(lambda quads, event, entity: _without(quads, event, "evidence")),
        links(lambda quads, event, entity: _without(quads, event, "mentionedIn")),
        links(lambda quads, event, entity: _without(quads, entity, "mentionedIn")),
        links(lambda quads, event, entity: [*quads, ox.Quad(entity, ck("mentionedIn"), ELSEWHERE)]),
        links(lambda quads, event, entity: [*quads, ox.Quad(event, ck("mentionedIn"), ox.Literal("one"))]),
        links(lambda quads, event, entity: [*quads, ox.Quad(entity, ck("evidence"), ELSEWHERE)]),
        links(lambda quads, event, entity: [*quads, ox.Quad(event, ck("evidence"), ox.Literal("قاعدة"))]),
        # An event of a kind the data defines keeps the links its shape requires.
        links(
            lambda quads, event, entity: [
                *_without(_without(quads, event, "evidence"), event, "mentionedIn"),
                ox.Quad(SUB_ATTACK, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#subClassOf"), ck("Attack")),
                ox.Quad(event, RDF_TYPE, SUB_ATTACK),
            ]
        ),
        # Evidence on a node with no type at all: only the provenance shape reads it.
        links(
            lambda quads, event, entity: [
                *quads,
                ox.Quad(ox.NamedNode(f"{ID}x/untyped"), ck("evidence"), next(
                    q.object for q in quads if q.subject == entity and q.predicate == ck("evidence")
                )),
            ]
        ),
    ],
    ids=[
        "as-extracted", "event-without-evidence", "event-without-article", "entity-without-article",
        "entity-in-untyped-article", "event-in-literal-article", "entity-evidence-not-a-mention",
        "event-evidence-literal", "subclass-event-without-links", "untyped-node-with-evidence",
    ],
)
def test_python_provenance_checks_agree_with_the_engine(quads: list[ox.Quad]) -> None:
    full = validate_quads(quads)
    fast = validate_quads(quads, mentions_in_python=True)

    assert (fast.conforms, fast.results) == (full.conforms, full.results)


def test_python_takes_over_the_mentions_the_extractors_write() -> None:
    quads = extract(Article("one", TEXT, "t")).quads + extract(Article("two", OTHER, "t")).quads
    batch = _reference_terms().copy()
    batch.extend(quads)
    mentions = {q.subject for q in quads if q.predicate == RDF_TYPE and q.object == ck("Mention")}
    linked = {  # events and casualty claims keep their links: their shapes require them
        q.subject for q in quads
        if q.predicate == RDF_TYPE and q.object.value.rsplit("#")[-1] in {
            "Event", "Attack", "Airstrike", "DroneAttack", "RocketAttack", "ArtilleryShelling", "Interception",
            "CasualtyClaim",
        }
    }
    expected = {
        (q.subject, q.predicate, q.object) for q in quads
        if q.subject in mentions
        or (q.predicate in {ck("evidence"), ck("mentionedIn")} and q.subject not in linked)
    }

    before = set(batch.triples)
    assert _mention_violations(batch) == []
    removed = {tuple(batch.terms[n] for n in t) for t in before - set(batch.triples)}

    assert len(mentions) > 5 and len(linked) >= 2
    assert removed == expected  # the engine does not see them again
    assert {q.predicate for q in quads if (q.subject, q.predicate, q.object) in removed} == {
        RDF_TYPE, *(ck(p) for p in ("inArticle", "start", "end", "exact", "evidence", "mentionedIn"))
    }


def test_a_mention_property_on_another_node_is_still_reported() -> None:
    quads = extract(Article("one", TEXT, "t")).quads
    event = next(q.subject for q in quads if q.predicate == ck("target"))
    data = [*quads, ox.Quad(event, ck("start"), offset(0))]

    full, fast = validate_quads(data), validate_quads(data, mentions_in_python=True)

    assert fast.results == full.results
    assert [(v.focus, _short(v.constraint)) for v in fast.results] == [(event.value, "ClassConstraintComponent")]


def _short(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]


def test_the_checks_see_subclasses_and_other_articles_in_the_batch() -> None:
    one = extract(Article("one", TEXT, "t")).quads
    two = extract(Article("two", OTHER, "t")).quads
    node = next(q.subject for q in two if q.predicate == ck("mentionedIn"))
    evidence = next(q.object for q in one if q.predicate == ck("evidence"))
    sub = ox.NamedNode(f"{ID}class/SubMention")
    extra = [
        ox.Quad(node, ck("evidence"), evidence),  # a node of article two, evidenced in article one
        ox.Quad(sub, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#subClassOf"), ck("Mention")),
        ox.Quad(ox.NamedNode(f"{ID}mention/one/s"), RDF_TYPE, sub),
        ox.Quad(ox.NamedNode(f"{ID}mention/one/s"), ck("inArticle"), Minter().article("one")),
        ox.Quad(ox.NamedNode(f"{ID}mention/one/s"), ck("start"), offset(0)),
        ox.Quad(ox.NamedNode(f"{ID}mention/one/s"), ck("end"), offset(2)),
        ox.Quad(ox.NamedNode(f"{ID}mention/one/s"), ck("exact"), ox.Literal("xx")),
    ]
    data = one + two + extra

    full, fast = validate_quads(data), validate_quads(data, mentions_in_python=True)

    assert fast.results == full.results
    assert {(v.focus, v.path.rsplit("#")[-1]) for v in full.results if v.constraint == SPARQL_COMPONENT} == {
        (node.value, "evidence"),
        (f"{ID}mention/one/s", "exact"),
    }
