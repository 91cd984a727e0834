"""HTML for people: the linked-data pages, the ontology page and the query page.

Everything here turns plain data (SPARQL JSON result bindings, dicts) into HTML
strings; the app gathers the data. Arabic text is marked ``lang="ar" dir="rtl"``
so it reads right to left inside English pages. Nothing is loaded from another
site: the small maps are SVG drawn here, the stylesheet and scripts come from
``/static/``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from html import escape
from itertools import pairwise

from kg.rdf import CK, PREFIXES

ONTOLOGY_IRI = CK.rstrip("#")
RDF_TYPE = PREFIXES["rdf"] + "type"
RDFS_LABEL = PREFIXES["rdfs"] + "label"
DCTERMS_TITLE = PREFIXES["dcterms"] + "title"


@dataclass
class Linker:
    """Where a term points on this server, and how it is named for a reader."""

    base: str
    labels: dict[str, dict[str, str]] = field(default_factory=dict)  # iri -> lang -> label

    def href(self, iri: str) -> str:
        if iri.startswith(self.base):
            return "/id/" + iri[len(self.base):]
        if iri.startswith(CK):
            return "/ontology#" + iri[len(CK):]
        if iri == ONTOLOGY_IRI:
            return "/ontology"
        return iri

    def short(self, iri: str) -> str:
        """A prefixed name (``ck:Airstrike``) or the IRI's path under the base."""
        if iri.startswith(self.base):
            return iri[len(self.base):]
        for prefix, ns in PREFIXES.items():
            if iri.startswith(ns) and len(iri) > len(ns):
                return f"{prefix}:{iri[len(ns):]}"
        return iri

    def add_label(self, iri: str, value: str, lang: str) -> None:
        self.labels.setdefault(iri, {}).setdefault(lang[:2] or "", value)

    def name(self, iri: str) -> str:
        """HTML for the best label of an IRI: English, else Arabic (right to left), else its short form."""
        names = self.labels.get(iri, {})
        if "en" in names:
            return escape(names["en"])
        if "ar" in names:
            return arabic(names["ar"])
        if names:
            return escape(next(iter(names.values())))
        return escape(self.short(iri))

    def link(self, iri: str) -> str:
        return f'<a href="{escape(self.href(iri))}">{self.name(iri)}</a>'

    def term(self, value: Mapping[str, str]) -> str:
        """HTML for one SPARQL JSON term."""
        kind = value.get("type")
        if kind == "uri":
            return self.link(value["value"])
        if kind == "bnode":
            return f"<code>_:{escape(value['value'])}</code>"
        text = value["value"]
        lang = value.get("xml:lang", "")
        if lang.startswith("ar"):
            return arabic(text)
        html = escape(text)
        if lang:
            html += f' <small class="lang">@{escape(lang)}</small>'
        datatype = value.get("datatype")
        if datatype and not datatype.endswith(("#string", "#integer", "#date", "#nonNegativeInteger")):
            html += f' <small class="dt">{escape(self.short(datatype))}</small>'
        return html


def arabic(text: str) -> str:
    return f'<span lang="ar" dir="rtl">{escape(text)}</span>'


def layout(title: str, body: str, *, alternates: Sequence[tuple[str, str]] = (), scripts: Sequence[str] = ()) -> str:
    """A whole HTML page with the site's header."""
    links = "".join(
        f'<link rel="alternate" type="{escape(media)}" href="{escape(href)}">' for media, href in alternates
    )
    script_tags = "".join(f'<script src="{escape(s)}" defer></script>' for s in scripts)
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)} — conflict-kg</title>
<link rel="stylesheet" href="/static/kg.css">{links}{script_tags}
</head>
<body>
<header class="site"><a class="home" href="/">conflict-kg</a>
<nav><a href="/">Query</a> <a href="/ontology">Ontology</a> <a href="/.well-known/void">VoID</a>
<a href="/dump.trig">Dump (TriG)</a> <a href="/dump.nq">Dump (N-Quads)</a></nav></header>
<main>
{body}
</main>
</body>
</html>
"""


def _formats_line(path: str) -> str:
    parts = [
        f'<a href="{escape(path)}?format={fmt}">{name}</a>'
        for fmt, name in (("ttl", "Turtle"), ("jsonld", "JSON-LD"), ("nt", "N-Triples"), ("rdfxml", "RDF/XML"))
    ]
    return '<p class="formats">Also as ' + " · ".join(parts) + "</p>"


@dataclass
class Point:
    iri: str
    lon: float
    lat: float


def parse_point(wkt: str) -> tuple[float, float] | None:
    """(lon, lat) of a WKT ``POINT(lon lat)``, possibly with a CRS IRI in front.

    >>> parse_point("POINT(40.24 35.38)")
    (40.24, 35.38)
    >>> parse_point("<http://www.opengis.net/def/crs/OGC/1.3/CRS84> Point ( 1 2 )")
    (1.0, 2.0)
    """
    text = wkt.strip()
    if text.startswith("<"):
        text = text[text.find(">") + 1:].strip()
    if not text.upper().startswith("POINT"):
        return None
    inner = text[5:].strip()
    if not (inner.startswith("(") and inner.endswith(")")):
        return None
    numbers = inner[1:-1].split()
    try:
        lon, lat = float(numbers[0]), float(numbers[1])
    except (IndexError, ValueError):
        return None
    return lon, lat


def svg_map(focus: Sequence[Point], context: Iterable[Point], linker: Linker, *, width: int = 360) -> str:
    """A small SVG map: the focus places in red among the other known places nearby.

    No base map is drawn (it would have to come from another site): the known places
    around, with their names, give the position its context.
    """
    if not focus:
        return ""
    lons = [p.lon for p in focus]
    lats = [p.lat for p in focus]
    pad = max(0.6, (max(lons) - min(lons)) * 0.3, (max(lats) - min(lats)) * 0.3)
    west, east = min(lons) - pad, max(lons) + pad
    south, north = min(lats) - pad, max(lats) + pad
    height = max(160, int(width * (north - south) / (east - west)))

    def xy(p: Point) -> tuple[float, float]:
        return ((p.lon - west) / (east - west) * width, (north - p.lat) / (north - south) * height)

    focus_iris = {p.iri for p in focus}
    marks = []
    for p in context:
        if p.iri in focus_iris or not (west <= p.lon <= east and south <= p.lat <= north):
            continue
        x, y = xy(p)
        marks.append(
            f'<a href="{escape(linker.href(p.iri))}"><circle class="ctx" cx="{x:.1f}" cy="{y:.1f}" r="3"/>'
            f'<text x="{x + 5:.1f}" y="{y + 4:.1f}">{linker.name(p.iri)}</text></a>'
        )
    for p in focus:
        x, y = xy(p)
        marks.append(
            f'<a href="{escape(linker.href(p.iri))}"><circle class="focus" cx="{x:.1f}" cy="{y:.1f}" r="6"/>'
            f'<text class="focus" x="{x + 8:.1f}" y="{y + 4:.1f}">{linker.name(p.iri)}</text></a>'
        )
    first = focus[0]
    osm = f"https://www.openstreetmap.org/?mlat={first.lat}&mlon={first.lon}#map=9/{first.lat}/{first.lon}"
    return (
        f'<figure class="map"><svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-label="map"><rect class="sea" width="{width}" height="{height}"/>'
        + "".join(marks)
        + f'</svg><figcaption>{first.lat:.4f}° N, {first.lon:.4f}° E · '
        f'<a href="{escape(osm)}" rel="external">OpenStreetMap</a></figcaption></figure>'
    )


@dataclass
class Quote:
    mention: str
    exact: str
    article: str
    start: int
    end: int
    title: str | None = None
    issued: str | None = None


@dataclass
class EventRow:
    event: str
    role: str
    kind: str
    date: str | None


@dataclass
class ResourceView:
    """What a resource page shows, gathered by the app."""

    iri: str
    path: str
    properties: list[tuple[str, Mapping[str, str]]]  # (predicate IRI, SPARQL JSON term)
    geometry: dict[str, str] = field(default_factory=dict)  # blank node id -> WKT
    events: list[EventRow] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    quote_total: int = 0
    focus: list[Point] = field(default_factory=list)
    context: list[Point] = field(default_factory=list)
    article_text: str | None = None
    article_spans: list[tuple[int, int]] = field(default_factory=list)
    graph_subjects: list[str] = field(default_factory=list)
    graph_size: int = 0


_HIDDEN = {RDF_TYPE, RDFS_LABEL, CK + "text", CK + "evidence"}


def resource_page(view: ResourceView, linker: Linker) -> str:
    """The HTML page of one data IRI."""
    labels = linker.labels.get(view.iri, {})
    title_en = labels.get("en")
    title_ar = labels.get("ar")
    if title_en:
        heading = escape(title_en)
    else:  # the Arabic title follows; with neither, the IRI's short form names the page
        heading = "" if title_ar else escape(linker.short(view.iri))
    parts = [f"<h1>{heading}"]
    if title_ar:
        parts.append(f' <span class="ar-title" lang="ar" dir="rtl">{escape(title_ar)}</span>')
    parts.append("</h1>")
    parts.append(f'<p class="iri"><code>{escape(view.iri)}</code></p>')

    types = [v["value"] for p, v in view.properties if p == RDF_TYPE and v.get("type") == "uri"]
    if types:
        parts.append('<p class="types">' + ", ".join(linker.link(t) for t in dict.fromkeys(types)) + "</p>")
    names = [(p, v) for p, v in view.properties if p in (RDFS_LABEL, PREFIXES["skos"] + "altLabel")]
    if names:
        parts.append('<dl class="labels">')
        for p, v in names:
            kind = "label" if p == RDFS_LABEL else "also"
            parts.append(f"<dt>{kind} <small>@{escape(v.get('xml:lang', ''))}</small></dt><dd>{linker.term(v)}</dd>")
        parts.append("</dl>")

    parts.append(svg_map(view.focus, view.context, linker))

    rows = []
    for p, v in view.properties:
        if p in _HIDDEN or p == PREFIXES["skos"] + "altLabel":
            continue
        if v.get("type") == "bnode" and v["value"] in view.geometry:
            shown = f"<code>{escape(view.geometry[v['value']])}</code>"
        else:
            shown = linker.term(v)
        rows.append(f"<tr><th>{linker.link(p)}</th><td>{shown}</td></tr>")
    if rows:
        parts.append('<table class="props">' + "".join(rows) + "</table>")

    if view.article_text is not None:
        parts.append("<h2>Text</h2>")
        parts.append(article_text_html(view.article_text, view.article_spans))

    if view.events:
        roles = any(e.role for e in view.events)
        parts.append(f"<h2>Events ({len(view.events)})</h2><table class=\"events\">")
        parts.append("<tr><th>date</th><th>event</th><th>kind</th>" + ("<th>as</th>" if roles else "") + "</tr>")
        for e in view.events:
            role = f"<td>{linker.link(e.role)}</td>" if roles else ""
            parts.append(
                f"<tr><td>{escape(e.date or '')}</td><td>{linker.link(e.event)}</td>"
                f"<td>{linker.link(e.kind)}</td>{role}</tr>"
            )
        parts.append("</table>")

    if view.quotes:
        more = f" (first {len(view.quotes)} of {view.quote_total})" if view.quote_total > len(view.quotes) else ""
        parts.append(f"<h2>Quotes{more}</h2><ul class=\"quotes\">")
        for q in view.quotes:
            anchor = f"{linker.href(q.article)}#m-{q.start}-{q.end}"
            source = escape(q.title) if q.title else escape(linker.short(q.article))
            date = f" · {escape(q.issued)}" if q.issued else ""
            parts.append(
                f'<li><blockquote lang="ar" dir="rtl">{escape(q.exact)}</blockquote>'
                f'<a href="{escape(anchor)}"><span dir="auto">{source}</span></a>{date}'
                f' <small>[{q.start}–{q.end}]</small></li>'
            )
        parts.append("</ul>")

    if view.graph_subjects:
        parts.append(f"<h2>In this graph ({view.graph_size} statements)</h2><ul>")
        parts.extend(f"<li>{linker.link(s)}</li>" for s in view.graph_subjects)
        parts.append("</ul>")

    parts.append(_formats_line(view.path))
    alternates = [
        ("text/turtle", view.path + "?format=ttl"),
        ("application/ld+json", view.path + "?format=jsonld"),
    ]
    return layout(title_en or title_ar or linker.short(view.iri), "".join(parts), alternates=alternates)


def article_text_html(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """The article's original text with every mention marked and anchored as ``#m-START-END``.

    Spans may overlap or nest: the text is cut at every span boundary and each piece
    covered by a span is marked.

    >>> article_text_html("abcdef", [(1, 3), (2, 5)])
    '<div class="article" lang="ar" dir="rtl">a<span id="m-1-3"></span><mark>b</mark><span id="m-2-5"></span><mark>c</mark><mark>de</mark>f</div>'
    """
    spans = sorted({(s, e) for s, e in spans if 0 <= s < e <= len(text)})
    cuts = sorted({0, len(text), *(s for s, _ in spans), *(e for _, e in spans)})
    anchors: dict[int, list[str]] = {}
    for s, e in spans:
        anchors.setdefault(s, []).append(f'<span id="m-{s}-{e}"></span>')
    out = ['<div class="article" lang="ar" dir="rtl">']
    for a, b in pairwise(cuts):
        out.extend(anchors.get(a, []))
        piece = escape(text[a:b])
        covered = any(s <= a and b <= e for s, e in spans)
        out.append(f"<mark>{piece}</mark>" if covered else piece)
    out.append("</div>")
    return "".join(out).replace("\n", "<br>")


@dataclass
class OntologyTerm:
    iri: str
    kind: str  # "class" or "property"
    labels: dict[str, str]
    comment: str | None
    parents: list[str]
    domain: list[str]
    range: list[str]


def ontology_page(title: str, description: str | None, terms: Sequence[OntologyTerm], linker: Linker) -> str:
    """The ontology as a page: every class and property with its anchor (``#Airstrike``)."""
    parts = [f"<h1>{escape(title)}</h1>", f'<p class="iri"><code>{escape(CK)}</code></p>']
    if description:
        parts.append("".join(f"<p>{escape(p)}</p>" for p in description.split("\n\n")))
    for kind, heading in (("class", "Classes"), ("property", "Properties")):
        parts.append(f"<h2>{heading}</h2>")
        for t in sorted((t for t in terms if t.kind == kind), key=lambda t: t.iri):
            local = t.iri[len(CK):]
            parts.append(f'<section class="term" id="{escape(local)}"><h3>{escape(local)}')
            if "en" in t.labels:
                parts.append(f" <small>{escape(t.labels['en'])}</small>")
            if "ar" in t.labels:
                parts.append(f" {arabic(t.labels['ar'])}")
            parts.append("</h3>")
            if t.comment:
                parts.append(f"<p>{escape(t.comment)}</p>")
            facts = []
            for name, iris in (("subclass of" if kind == "class" else "subproperty of", t.parents),
                               ("domain", t.domain), ("range", t.range)):
                if iris:
                    facts.append(f"<dt>{name}</dt><dd>{', '.join(linker.link(i) for i in iris)}</dd>")
            if facts:
                parts.append("<dl>" + "".join(facts) + "</dl>")
            parts.append("</section>")
    parts.append(_formats_line("/ontology"))
    return layout(title, "".join(parts), alternates=[("text/turtle", "/ontology?format=ttl")])


@dataclass
class Example:
    name: str
    title: str
    description: str
    query: str


def query_page(examples: Sequence[Example], *, base: str, default_query: str) -> str:
    """The query page: an editor, the bundled queries as one-click examples, results below."""
    buttons = "".join(
        f'<li><button type="button" class="example" data-name="{escape(e.name)}" '
        f'data-query="{escape(e.query)}" title="{escape(e.description or e.name)}">{escape(e.title)}</button></li>'
        for e in examples
    )
    config = json.dumps({"base": base, "ontology": CK, "prefixes": PREFIXES})
    body = f"""
<h1>Query the graph</h1>
<form id="query-form" method="get" action="/">
<textarea id="query" name="query" rows="14" spellcheck="false" aria-label="SPARQL query">{escape(default_query)}</textarea>
<div class="controls">
<button type="submit" id="run">Run</button>
<span id="status" role="status"></span>
<span class="downloads">
<a id="download-csv" href="#" download="results.csv">CSV</a>
<a id="download-json" href="#" download="results.json">JSON</a>
<a id="share" href="/">Link to this query</a>
</span>
</div>
</form>
<section class="examples"><h2>Examples</h2><ul>{buttons or "<li>No bundled queries found.</li>"}</ul></section>
<section id="results" aria-live="polite"></section>
<p class="help">SPARQL endpoint: <code>/sparql</code> (SPARQL 1.1 Protocol; the default graph is the union of all graphs).
Data IRIs under <code>{escape(base)}</code> are pages here under <code>/id/</code>.</p>
<script type="application/json" id="kg-config">{escape(config, quote=False)}</script>
"""
    return layout("Query", body, scripts=["/static/query.js"])


def error_page(status: int, message: str) -> str:
    return layout(f"{status}", f"<h1>{status}</h1><p>{escape(message)}</p>")
