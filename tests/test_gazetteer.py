"""The gazetteer (gazetteer/gazetteer.ttl) is well-formed reference data.

Wikidata links and coordinates are compared with the checked values hard-coded below (users'
clones do not have the research notes they came from), so an identifier or a point cannot slip in
unchecked. Fast, offline.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS, XSD
from rdflib.term import Node

Entities = dict[str, URIRef]  # "actor/KEY" -> IRI
Points = dict[str, tuple[float, float]]  # "place/KEY" -> (lon, lat)

TTL = Path(__file__).resolve().parent.parent / "gazetteer" / "gazetteer.ttl"

CK = Namespace("https://w3id.org/conflict-kg/ontology#")
GEO = Namespace("http://www.opengis.net/ont/geosparql#")
SCHEMA = Namespace("https://schema.org/")
ID = "https://w3id.org/conflict-kg/id/"
WD = "http://www.wikidata.org/entity/"

ACTOR_CLASSES = {CK.ArmedGroup, CK.StateForce, CK.Organization, CK.Person}
PLACE_CLASSES = {CK.Base, CK.Facility, CK.Settlement, CK.Region, CK.Country}

ENTITY_IRI = re.compile(re.escape(ID) + r"(actor|place)/([a-z0-9]+(?:-[a-z0-9]+)*)")
GEOMETRY_IRI = re.compile(re.escape(ID) + r"place/([a-z0-9]+(?:-[a-z0-9]+)*)/geometry")

# The rows of the project's research table (gazetteer_facts.csv): none may be dropped.
RESEARCHED = [
    "actor/irgc", "actor/quds-force", "actor/centcom", "actor/us-dod", "actor/sdf", "actor/sohr",
    "actor/hezbollah", "actor/kataib-hezbollah", "actor/harakat-al-nujaba",
    "actor/islamic-resistance-in-iraq", "actor/fatemiyoun-brigade", "actor/zainabiyoun-brigade",
    "actor/saa-4th-armoured-division", "actor/syrian-arab-army", "actor/cjtf-oir", "actor/isis",
    "actor/idf", "actor/lloyd-austin", "actor/joe-biden", "actor/michael-kurilla",
    "actor/patrick-ryder", "actor/mark-milley", "actor/rami-abdulrahman", "actor/bashar-al-assad",
    "actor/justin-trudeau", "place/conoco-gas-field", "place/al-omar-oil-field",
    "place/green-village-base", "place/kharab-al-jir-base", "place/al-tanf-garrison",
    "place/al-shaddadi", "place/rmelan", "place/tower-22", "place/ain-al-asad-airbase",
    "place/deir-ez-zor-city", "place/deir-ez-zor-governorate", "place/albu-kamal",
    "place/al-mayadin", "place/al-hasakah-city", "place/al-hasakah-governorate", "place/raqqa-city",
    "place/raqqa-governorate", "place/deir-ez-zor-military-airport", "place/marrat",
    "place/khasham", "place/al-husayniyah", "place/al-salihiyah", "place/al-salihiyah-abu-kamal",
    "place/hatla", "place/tabiyah", "place/mazloum", "place/hawijat-sakr", "place/al-jafra",
    "place/al-jafra-oil-field", "place/al-muriiyah", "place/hasrat", "place/al-qaim",
    "place/syria", "place/iraq", "place/iran", "place/united-states",
]
# Guard against the file silently shrinking.
MIN_ENTITIES = 135

# Research rows with a QID and confidence verified or likely; nothing else may carry owl:sameAs.
EXPECTED_SAMEAS = {
    "actor/irgc": "Q271110",
    "actor/us-dod": "Q11209",
    "actor/hezbollah": "Q41053",
    "actor/isis": "Q2429253",
    "actor/joe-biden": "Q6279",
    "actor/bashar-al-assad": "Q44329",  # likely
    "actor/justin-trudeau": "Q3099714",
    "place/syria": "Q858",
    "place/iraq": "Q796",
    "place/iran": "Q794",
    "place/united-states": "Q30",
}

# Research rows with coordinates and confidence verified or likely, as (lon, lat).
EXPECTED_POINTS = {
    "place/conoco-gas-field": (40.30944, 35.33611),
    "place/al-omar-oil-field": (40.57583, 35.15167),
    "place/kharab-al-jir-base": (41.99750, 36.89778),  # likely
    "place/al-tanf-garrison": (38.61778, 33.50583),  # likely
    "place/al-shaddadi": (40.7303, 36.0561),
    "place/rmelan": (41.950, 37.000),
    "place/ain-al-asad-airbase": (42.43333, 33.80000),
    "place/deir-ez-zor-city": (40.150, 35.333),
    "place/deir-ez-zor-governorate": (40.145, 35.336),
    "place/albu-kamal": (40.93667, 34.45361),
    "place/al-mayadin": (40.45333, 35.01833),
    "place/al-hasakah-city": (40.74222, 36.51167),
    "place/al-hasakah-governorate": (40.9, 36.5),
    "place/raqqa-city": (39.0167, 35.95),
    "place/raqqa-governorate": (38.9, 36.0),
    "place/deir-ez-zor-military-airport": (40.17583, 35.28528),
    "place/khasham": (40.29333, 35.29861),
    "place/al-salihiyah-abu-kamal": (40.645784, 34.767616),
    "place/hatla": (40.23667, 35.30139),
    "place/al-qaim": (41.09447, 34.36879),
}
LON_RANGE, LAT_RANGE = (34.0, 49.0), (29.0, 38.0)  # Syria, Iraq, Jordan
WKT_POINT = re.compile(r"POINT\((-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?)\)")

# Arabic names (normalised) that more than one entity carries on purpose, and by whom.
KNOWN_HOMONYMS = {
    "الصالحيه": {"place/al-salihiyah", "place/al-salihiyah-abu-kamal"},
    "دير الزور": {"place/deir-ez-zor-city", "place/deir-ez-zor-governorate"},
    "الحسكه": {"place/al-hasakah-city", "place/al-hasakah-governorate"},
    "الرقه": {"place/raqqa-city", "place/raqqa-governorate"},
    "المنطقه الخضراء": {"place/green-village-base", "place/baghdad-green-zone"},
    # the Assad government's forces until 8 December 2024, the transitional government's after
    "قوات الحكومه السوريه": {"actor/syrian-regime-forces", "actor/syrian-government-forces"},
    "القوات الحكوميه السوريه": {"actor/syrian-regime-forces", "actor/syrian-government-forces"},
    "القوات الحكوميه": {"actor/syrian-regime-forces", "actor/syrian-government-forces"},
    "الجيش السوري": {"actor/syrian-arab-army", "actor/syrian-government-forces"},
    "الجيش العربي السوري": {"actor/syrian-arab-army", "actor/syrian-government-forces"},
    "الطيران السوري": {"actor/syrian-regime-forces", "actor/syrian-government-forces"},
    "الطيران الحربي السوري": {"actor/syrian-regime-forces", "actor/syrian-government-forces"},
    "الطائرات الحربيه السوريه": {"actor/syrian-regime-forces", "actor/syrian-government-forces"},
    "المقاتلات السوريه": {"actor/syrian-regime-forces", "actor/syrian-government-forces"},
}
# Entities that share (part of) a name with another and must say so in an rdfs:comment.
NEEDS_WARNING = {
    "place/al-salihiyah", "place/al-salihiyah-abu-kamal",
    "place/mazloum", "actor/mazloum-abdi",
    "place/tabiyah", "place/conoco-gas-field",
    "place/al-jafra", "place/al-jafra-oil-field",
    "place/al-mayadin", "actor/al-mayadeen-tv",
    "place/green-village-base", "place/baghdad-green-zone",
    "place/deir-ez-zor-city", "place/deir-ez-zor-governorate",
    "place/al-hasakah-city", "place/al-hasakah-governorate",
    "place/raqqa-city", "place/raqqa-governorate",
    "actor/syrian-regime-forces", "actor/syrian-arab-army", "actor/syrian-government-forces",
}

ALLOWED_ENTITY_PREDICATES = {
    RDF.type, RDFS.label, SKOS.altLabel, RDFS.comment, OWL.sameAs, GEO.hasGeometry,
    CK.locatedIn, CK.affiliatedWith, CK.heldBy, SCHEMA.foundingDate, SCHEMA.dissolutionDate,
}
# Places that deliberately have no ck:locatedIn (countries are checked separately).
TOP_LEVEL_REGIONS = {
    "place/middle-east", "place/gaza-strip", "place/golan", "place/euphrates-valley",
}

ARABIC = re.compile(r"[\u0600-\u06FF]")
PERSIAN_LETTERS = re.compile(r"[پچژگکی]")
LATIN = re.compile(r"[A-Za-z]")
_TASHKEEL = re.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u0640]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


def normalise(name: str) -> str:
    """Fold the spelling differences a matcher ignores (diacritics, hamza seats, ta marbuta)."""
    name = unicodedata.normalize("NFKC", name)
    name = _TASHKEEL.sub("", name).translate(_FOLD)
    return " ".join(name.split())


def key(node: Node) -> str:
    """``actor/KEY`` or ``place/KEY`` for an entity IRI."""
    return str(node)[len(ID):]


def iri(entity_key: str) -> URIRef:
    return URIRef(ID + entity_key)


@pytest.fixture(scope="module")
def graph() -> Graph:
    g = Graph()
    g.parse(TTL, format="turtle")
    return g


@pytest.fixture(scope="module")
def entities(graph: Graph) -> Entities:
    return {
        key(s): s
        for s in set(graph.subjects())
        if isinstance(s, URIRef) and ENTITY_IRI.fullmatch(str(s))
    }


def names(graph: Graph, s: URIRef, lang: str = "ar") -> list[str]:
    return [
        str(o)
        for p in (RDFS.label, SKOS.altLabel)
        for o in graph.objects(s, p)
        if isinstance(o, Literal) and o.language == lang
    ]


def parents(graph: Graph, s: URIRef) -> set[str]:
    return {key(o) for o in graph.objects(s, CK.locatedIn)}


def test_loads_into_pyoxigraph() -> None:
    quads = list(pyoxigraph.parse(path=TTL, format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) > 1000


def test_every_subject_is_an_entity_or_its_geometry(graph: Graph) -> None:
    odd = [
        s
        for s in set(graph.subjects())
        if not isinstance(s, URIRef)
        or not (ENTITY_IRI.fullmatch(str(s)) or GEOMETRY_IRI.fullmatch(str(s)))
    ]
    assert odd == []


def test_the_research_rows_are_all_there(entities: Entities) -> None:
    assert sorted(set(RESEARCHED) - set(entities)) == []
    assert len(entities) >= MIN_ENTITIES


def test_each_entity_is_declared_once_in_the_file() -> None:
    # Two blocks with one IRI would merge silently in RDF; catch the copy-paste in the text.
    text = TTL.read_text(encoding="utf-8")
    subjects = re.findall(r"^((?:actor|place):[a-z0-9-]+) a ", text, re.M)
    assert len(subjects) == len(set(subjects))
    local = [s.split(":", 1)[1] for s in subjects]
    assert len(local) == len(set(local)), "a key is used both as actor and as place"


def test_each_entity_has_exactly_one_vocabulary_type(graph: Graph, entities: Entities) -> None:
    for k, s in entities.items():
        types = set(graph.objects(s, RDF.type))
        allowed = ACTOR_CLASSES if k.startswith("actor/") else PLACE_CLASSES
        assert len(types) == 1 and types <= allowed, (k, types)


def test_each_entity_has_one_arabic_and_one_english_label(
    graph: Graph, entities: Entities
) -> None:
    for k, s in entities.items():
        labels = list(graph.objects(s, RDFS.label))
        langs = sorted(lbl.language for lbl in labels if isinstance(lbl, Literal))
        assert langs == ["ar", "en"], (k, labels)


def test_only_known_predicates_and_languages(graph: Graph, entities: Entities) -> None:
    for k, s in entities.items():
        for p, o in graph.predicate_objects(s):
            assert p in ALLOWED_ENTITY_PREDICATES, (k, p)
            if p in (SCHEMA.foundingDate, SCHEMA.dissolutionDate):
                assert isinstance(o, Literal) and o.datatype == XSD.date, (k, p, o)
            elif isinstance(o, Literal):
                assert o.language in {"ar", "en"}, (k, o)
                if p == RDFS.comment:
                    assert o.language == "en", (k, o)


def test_labels_are_in_the_script_of_their_language(graph: Graph, entities: Entities) -> None:
    for k, s in entities.items():
        for p in (RDFS.label, SKOS.altLabel):
            for o in graph.objects(s, p):
                assert isinstance(o, Literal), (k, o)
                text = str(o)
                assert text == text.strip() and "  " not in text, (k, text)
                if o.language == "en":
                    assert not ARABIC.search(text), (k, text)
                elif p == SKOS.altLabel or LATIN.search(text) is None:
                    assert ARABIC.search(text), (k, text)
                if ARABIC.search(text):
                    # No Persian spellings and no notes such as "(opposition usage)".
                    assert not PERSIAN_LETTERS.search(text), (k, text)
                    assert "(" not in text, (k, text)


def test_alt_labels_do_not_repeat_the_label(graph: Graph, entities: Entities) -> None:
    for k, s in entities.items():
        labels = {str(o) for o in graph.objects(s, RDFS.label)}
        alts = [str(o) for o in graph.objects(s, SKOS.altLabel)]
        assert not labels & set(alts), k


def test_same_as_only_where_checked(graph: Graph) -> None:
    found = {key(s): str(o) for s, o in graph.subject_objects(OWL.sameAs)}
    assert found == {k: WD + q for k, q in EXPECTED_SAMEAS.items()}
    assert len(list(graph.subject_objects(OWL.sameAs))) == len(EXPECTED_SAMEAS)


@pytest.fixture(scope="module")
def points(graph: Graph) -> Points:
    """Every place's point as (lon, lat), after checking the geometry node's shape."""
    found: Points = {}
    for s, geom in graph.subject_objects(GEO.hasGeometry):
        assert str(geom) == f"{s}/geometry", (s, geom)
        assert set(graph.objects(geom, RDF.type)) == {GEO.Geometry}, geom
        wkts = list(graph.objects(geom, GEO.asWKT))
        assert len(wkts) == 1, geom
        wkt = wkts[0]
        assert isinstance(wkt, Literal) and wkt.datatype == GEO.wktLiteral, wkt
        m = WKT_POINT.fullmatch(str(wkt))
        assert m, wkt
        found[key(s)] = (float(m.group(1)), float(m.group(2)))
    return found


def test_coordinates_only_where_checked(graph: Graph, points: Points) -> None:
    assert points == EXPECTED_POINTS
    geometries = {s for s in graph.subjects() if GEOMETRY_IRI.fullmatch(str(s))}
    assert len(geometries) == len(points), "a geometry node is not linked from its place"


def test_points_are_longitude_first_and_in_the_region(points: Points) -> None:
    outside = {
        k: (lon, lat)
        for k, (lon, lat) in points.items()
        if not (LON_RANGE[0] <= lon <= LON_RANGE[1] and LAT_RANGE[0] <= lat <= LAT_RANGE[1])
    }
    assert outside == {}


def test_located_in_targets_are_places_and_chains_end(
    graph: Graph, entities: Entities
) -> None:
    for k, s in entities.items():
        targets = parents(graph, s)
        if k.startswith("actor/"):
            assert not targets, k
            continue
        for t in targets:
            assert t.startswith("place/") and t in entities, (k, t)
        kind = graph.value(s, RDF.type)
        if kind == CK.Country:
            assert not targets, k
        elif k not in TOP_LEVEL_REGIONS:
            assert targets, f"{k} has no ck:locatedIn"
        # Walk up: no cycles.
        seen, frontier = {k}, set(targets)
        while frontier:
            t = frontier.pop()
            assert t not in seen, f"ck:locatedIn cycle through {t}"
            seen.add(t)
            frontier |= parents(graph, iri(t))


@pytest.mark.parametrize(
    "chain",
    [
        ["conoco-gas-field", "deir-ez-zor-governorate", "syria"],
        ["al-omar-oil-field", "deir-ez-zor-governorate"],
        ["green-village-base", "al-omar-oil-field"],
        ["albu-kamal", "abu-kamal-district", "deir-ez-zor-governorate"],
        ["al-salihiyah-abu-kamal", "abu-kamal-district"],
        ["al-salihiyah", "deir-ez-zor-district", "deir-ez-zor-governorate"],
        ["hatla", "deir-ez-zor-district"],
        ["marrat", "deir-ez-zor-district"],
        ["mazloum", "deir-ez-zor-district"],
        ["khasham", "deir-ez-zor-district"],
        ["tabiyah", "deir-ez-zor-district"],
        ["al-husayniyah", "deir-ez-zor-district"],
        ["kharab-al-jir-base", "al-malikiyah-district", "al-hasakah-governorate", "syria"],
        ["al-tanf-garrison", "homs-governorate", "syria"],
        ["tower-22", "jordan"],
        ["ain-al-asad-airbase", "anbar-governorate", "iraq"],
        ["al-shaddadi-base", "al-shaddadi"],
        ["al-qaim", "al-qaim-district", "anbar-governorate"],
    ],
    ids=lambda chain: chain[0],
)
def test_located_in_chain(graph: Graph, chain: list[str]) -> None:
    for child, parent in zip(chain, chain[1:]):
        assert f"place/{parent}" in parents(graph, iri(f"place/{child}")), (child, parent)


def test_affiliations_point_to_actors(graph: Graph, entities: Entities) -> None:
    for s, o in graph.subject_objects(CK.affiliatedWith):
        assert key(s).startswith("actor/") and key(o).startswith("actor/"), (s, o)
        assert key(o) in entities and o != s, (s, o)


def test_bases_are_held_by_forces(graph: Graph, entities: Entities) -> None:
    for s, o in graph.subject_objects(CK.heldBy):
        assert (s, RDF.type, CK.Base) in graph, s
        assert key(o) in entities and graph.value(o, RDF.type) in (CK.StateForce, CK.ArmedGroup), (s, o)
    # The reference facts call these US bases.
    for base in ("conoco-gas-field", "al-omar-oil-field", "al-tanf-garrison", "tower-22", "green-village-base"):
        assert {key(o) for o in graph.objects(iri(f"place/{base}"), CK.heldBy)} == {"actor/us-forces"}, base


@pytest.mark.parametrize(
    ("actor", "expected"),
    [
        ("kataib-hezbollah", {"islamic-resistance-in-iraq", "irgc"}),
        ("harakat-al-nujaba", {"islamic-resistance-in-iraq", "irgc"}),
        ("iran-backed-militias", {"irgc"}),
        ("quds-force", {"irgc"}),
        ("fatemiyoun-brigade", {"irgc"}),
        ("centcom", {"us-dod"}),
        ("saa-4th-armoured-division", {"syrian-arab-army"}),
        ("syrian-arab-army", {"syrian-regime-forces"}),
        ("lloyd-austin", {"us-dod"}),
        ("rami-abdulrahman", {"sohr"}),
        ("mazloum-abdi", {"sdf"}),
    ],
)
def test_affiliation(graph: Graph, actor: str, expected: set[str]) -> None:
    found = {key(o) for o in graph.objects(iri(f"actor/{actor}"), CK.affiliatedWith)}
    assert {f"actor/{e}" for e in expected} <= found


def test_arabic_names_are_unique_except_known_homonyms(
    graph: Graph, entities: Entities
) -> None:
    owners: dict[str, set[str]] = defaultdict(set)
    for k, s in entities.items():
        for name in names(graph, s):
            owners[normalise(name)].add(k)
    shared = {name: ks for name, ks in owners.items() if len(ks) > 1}
    assert shared == KNOWN_HOMONYMS


def test_homonyms_carry_a_warning(graph: Graph) -> None:
    for k in sorted(NEEDS_WARNING):
        comments = [c for c in graph.objects(iri(k), RDFS.comment) if isinstance(c, Literal)]
        assert any(c.language == "en" and "HOMONYM" in c for c in comments), k


# How a name the extractor finds resolves: exactly one entity, the expected one.
NAME_CASES = [
    ("معمل غاز الطابية", "place/conoco-gas-field"),
    ("الطابية", "place/tabiyah"),
    ("الميادين", "place/al-mayadin"),
    ("قناة الميادين", "actor/al-mayadeen-tv"),
    ("مظلوم", "place/mazloum"),
    ("مظلوم عبدي", "actor/mazloum-abdi"),
    ("الجفرة", "place/al-jafra"),
    ("حقل الجفرة", "place/al-jafra-oil-field"),
    ("القرية الخضراء", "place/green-village-base"),
    ("قوات النظام", "actor/syrian-regime-forces"),
    ("الجيش الأميركي", "actor/us-forces"),
    ("القيادة المركزية الأميركية", "actor/centcom"),
    ("البنتاغون", "actor/us-dod"),
    ("المليشيات الموالية لإيران", "actor/iran-backed-militias"),
    ("الفصائل المدعومة من إيران", "actor/iran-backed-militias"),
    ("حزب الله", "actor/hezbollah"),
    ("حزب الله العراقي", "actor/kataib-hezbollah"),
    ("التحالف الدولي", "actor/cjtf-oir"),
    ("قسد", "actor/sdf"),
    ("البوكمال", "place/albu-kamal"),
    ("أبو كمال", "place/albu-kamal"),
    ("التنف", "place/al-tanf-garrison"),
    ("البرج 22", "place/tower-22"),
    ("البصيرة", "place/al-busayrah"),
    ("ذيبان", "place/dhiban"),
    ("سد تشرين", "place/tishreen-dam"),
    ("كوباني", "place/kobani"),
    ("مخيم الهول", "place/al-hol-camp"),
    ("جرف النصر", "place/jurf-al-sakhar"),
    ("مطار بغداد", "place/baghdad-airport"),
]


@pytest.mark.parametrize(
    ("name", "expected"),
    [pytest.param(n, e, id=e.split("/")[1]) for n, e in NAME_CASES],
)
def test_name_resolves_to(graph: Graph, entities: Entities, name: str, expected: str) -> None:
    owners = {k for k, s in entities.items() if normalise(name) in map(normalise, names(graph, s))}
    assert owners == {expected}
