"""Turn an annotated document into the quads of its article's named graph.

Every node extracted from an article carries ``ck:mentionedIn`` the article and
``ck:evidence`` spans whose ``ck:exact`` is exactly the original text between
``ck:start`` and ``ck:end``. Numbers are minted with ASCII digits.
"""

from __future__ import annotations

from pyoxigraph import Literal, NamedNode, Quad

from kg.extract import CasualtyClaim, Document, Event, Span
from kg.rdf import (
    DCTERMS,
    RDF_TYPE,
    RDFS_LABEL,
    Minter,
    ck,
    date_literal,
    integer,
    safe_iri,
)

MENTIONED_IN = ck("mentionedIn")
EVIDENCE = ck("evidence")
MENTION, IN_ARTICLE, START, END, EXACT = (ck(n) for n in ("Mention", "inArticle", "start", "end", "exact"))


class GraphBuilder:
    """Collects the quads of one article graph, minting each mention once."""

    def __init__(self, doc: Document, minter: Minter) -> None:
        self.doc = doc
        self.minter = minter
        self.article_id = doc.article.id
        self.graph = minter.article_graph(self.article_id)
        self.article = minter.article(self.article_id)
        self.quads: list[Quad] = []
        self._mentions: dict[Span, NamedNode] = {}
        self._seen: set[tuple[NamedNode, NamedNode, NamedNode | Literal]] = set()

    def add(self, s: NamedNode, p: NamedNode, o: NamedNode | Literal) -> None:
        key = (s, p, o)  # terms compare by value; hashing them is 3x cheaper than their strings
        if key not in self._seen:
            self._seen.add(key)
            self.quads.append(Quad(s, p, o, self.graph))

    def mention(self, span: Span) -> NamedNode:
        node = self._mentions.get(span)
        if node is None:
            node = self.minter.mention(self.article_id, span.start, span.end)
            self._mentions[span] = node
            # A new mention node: its triples cannot have been added before.
            g = self.graph
            self.quads += (
                Quad(node, RDF_TYPE, MENTION, g),
                Quad(node, IN_ARTICLE, self.article, g),
                Quad(node, START, integer(span.start), g),
                Quad(node, END, integer(span.end), g),
                Quad(node, EXACT, Literal(self.doc.quote(span)), g),
            )
        return node

    def evidence(self, node: NamedNode, span: Span) -> None:
        self.add(node, MENTIONED_IN, self.article)
        self.add(node, EVIDENCE, self.mention(span))


def preferred_figure(claims: list[CasualtyClaim]) -> int | None:
    """The figure ``ck:killed`` / ``ck:wounded`` hold: the largest that any source gives, tolls being
    revised upwards and breakdowns parts of a total; but a word for many or a few («عشرات»,
    «بضعة») is no figure (its claim is kept: at least 20, about 3 to 9), other sources beat the
    attackers' own claim of what they inflicted, and a range («6 أو 7») counts as its lower end, the
    figure its source is sure of."""
    for kept in (
        [c for c in claims if not c.vague and not c.boast and c.qualifier != "AtMost"],
        [c for c in claims if not c.vague and not c.boast],
        [c for c in claims if not c.vague],
    ):
        if kept:
            return max(c.count for c in kept)
    return None


def document_quads(doc: Document, minter: Minter | None = None) -> tuple[NamedNode, list[Quad]]:
    """The article graph's IRI and its quads."""
    minter = minter or Minter()
    b = GraphBuilder(doc, minter)
    _article(b)
    labelled: set[str] = set()
    spelled: set[tuple[str, str]] = set()
    for m in doc.entities:
        node = NamedNode(m.iri)
        # Gazetteer entities are typed and labelled in the gazetteer graph; repeating that
        # in every article graph would make the union default graph return them once per
        # graph (pyoxigraph 0.5), multiplying aggregates.
        if not m.known and m.iri not in labelled:
            labelled.add(m.iri)
            b.add(node, RDF_TYPE, ck(m.cls))
            b.add(node, RDFS_LABEL, Literal(" ".join(m.label.split()), language="ar"))
        spelling = (m.iri, doc.quote(m.span))
        if spelling not in spelled:
            spelled.add(spelling)
            b.evidence(node, m.span)
    events = [minter.event(b.article_id, n) for n in range(1, len(doc.events) + 1)]
    for n, (node, event) in enumerate(zip(events, doc.events), start=1):
        _event(b, node, event, n, events)
    b.quads.extend(Quad(q.subject, q.predicate, q.object, b.graph) for q in doc.extra_quads)
    return b.graph, b.quads


def _article(b: GraphBuilder) -> None:
    a = b.doc.article
    node = b.article
    b.add(node, RDF_TYPE, ck("Article"))
    b.add(node, NamedNode(DCTERMS + "identifier"), Literal(a.id))
    b.add(node, NamedNode(DCTERMS + "language"), Literal("ar"))
    b.add(node, ck("text"), Literal(a.text))
    if a.title:
        b.add(node, NamedNode(DCTERMS + "title"), Literal(a.title, language="ar"))
    if a.publisher:
        b.add(node, NamedNode(DCTERMS + "publisher"), Literal(a.publisher))
    if b.doc.published:
        b.add(node, NamedNode(DCTERMS + "issued"), date_literal(b.doc.published))
    if a.url:
        source = safe_iri(a.url)
        if source is not None:
            b.add(node, NamedNode(DCTERMS + "source"), source)


def _event(b: GraphBuilder, node: NamedNode, ev: Event, n: int, events: list[NamedNode]) -> None:
    b.add(node, RDF_TYPE, ck(ev.cls))
    for span in ev.evidence:
        b.evidence(node, span)
    if ev.date:
        b.add(node, ck("date"), date_literal(ev.date))
    else:
        if ev.earliest:
            b.add(node, ck("earliestDate"), date_literal(ev.earliest))
        if ev.latest:
            b.add(node, ck("latestDate"), date_literal(ev.latest))
    roles = (
        ("attacker", ev.attackers),
        ("target", ev.targets),
        ("location", ev.locations),
        ("claimedBy", ev.claimed_by),
        ("reportedBy", ev.reported_by),
    )
    attack = ev.cls != "Interception"
    for prop, iris in roles:
        if prop in ("attacker", "target", "claimedBy") and not attack:
            continue
        for iri in iris:
            b.add(node, ck(prop), NamedNode(iri))
    if not attack:
        for iri in ev.interceptors:
            b.add(node, ck("interceptedBy"), NamedNode(iri))
    if ev.munitions is not None and attack:
        b.add(node, ck("munitionCount"), integer(ev.munitions))
    for k in ev.in_response_to:
        b.add(node, ck("inResponseTo"), events[k])
    for status in ("Killed", "Wounded"):
        preferred = preferred_figure([c for c in ev.claims if c.status == status])
        if preferred is not None:
            b.add(node, ck(status.lower()), integer(preferred))
    for k, claim in enumerate(ev.claims, start=1):
        c = b.minter.claim(b.article_id, n, k)
        b.add(node, ck("casualtyClaim"), c)
        b.add(c, RDF_TYPE, ck("CasualtyClaim"))
        b.add(c, ck("count"), integer(claim.count))
        b.add(c, ck("status"), ck(claim.status))
        b.add(c, ck("countQualifier"), ck(claim.qualifier))
        if claim.victim:
            b.add(c, ck("victim"), NamedNode(claim.victim))
        if claim.according_to:
            b.add(c, ck("accordingTo"), NamedNode(claim.according_to))
        b.evidence(c, claim.span)
