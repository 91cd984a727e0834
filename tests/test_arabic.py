"""Arabic text: normalisation with its offset map, and evidence that quotes the original text.

Every extracted node carries ck:mentionedIn its article and ck:evidence mentions whose
ck:exact is the original text between ck:start and ck:end (code points), however much
tashkeel, tatweel, invisible marks or Arabic-Indic digits the article holds.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.arabic import normalize, normalize_name, stems, tokens
from kg.article import Article
from kg.pipeline import ArticleGraph, extract

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples" / "articles").glob("*.txt"))
CK = "https://w3id.org/conflict-kg/ontology#"
ID = "https://w3id.org/conflict-kg/id/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
PLAIN = "قصفت طائرات مسيرة قاعدة التنف الأمريكية في ريف حمص، ما أدى إلى مقتل 3 عناصر، وفق المرصد السوري لحقوق الإنسان."
VOCALISED = (
    "قَصَفَتْ طَائِرَاتٌ مُسَيَّرَةٌ قَاعِدَةَ التَّنْفِ الأَمْرِيكِيَّةَ فِي رِيفِ حِمْصَ، مَا أَدَّى إِلَى مَقْتَلِ ٣ عَنَاصِرَ، "
    "وَفْقَ الْمَرْصَدِ السُّورِيِّ لِحُقُوقِ الإِنْسَانِ."
)


# -- normalisation ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("الإيرانيّةِ ٢٠ صاروخاً", "الايرانيه 20 صاروخا"),
        ("أإآٱ", "اااا"),
        ("مستشفى", "مستشفي"),
        ("قاعدة", "قاعده"),
        ("مؤسسة جرائم", "موسسه جرايم"),
        ("۱۲۳ و٤٥٦", "123 و456"),
        ("قـــــصف", "قصف"),
        ("قَصْفٌ مُكَثَّفٌ", "قصف مكثف"),
        ("ق\u200fص\u200bف\u200d", "قصف"),
        ("a\u00a0b\u202fc", "a b c"),
        ("CENTCOM", "centcom"),
        ("١٬٥٠٠ و٢٫٥", "1,500 و2.5"),
    ],
)
def test_normalize(text: str, expected: str) -> None:
    assert normalize(text).text == expected


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_the_offset_map_points_back_into_the_original(path: Path) -> None:
    original = decorate(path.read_text(encoding="utf-8"))
    n = normalize(original)

    assert len(n.offsets) == len(n.text) + 1
    assert n.offsets[-1] == len(original)
    assert all(a < b for a, b in zip(n.offsets, n.offsets[1:]))
    assert all(normalize(original[o]).text == c for c, o in zip(n.text, n.offsets))
    for token in tokens(n.text):
        start, end = n.span(token.start, token.end)
        assert normalize(original[start:end]).text == token.text


@pytest.mark.parametrize(
    "text,word,expected",
    [
        ("قاعدةَ خراب", "قاعده", "قاعدةَ"),
        ("في قَاعِدَةِّ التنف", "قاعده", "قَاعِدَةِّ"),
        ("قاعـــدة التنف", "قاعده", "قاعـــدة"),
        ("هاجم التنفـ، أمس", "التنف", "التنفـ"),
        ("\u200fالتنف\u200f", "التنف", "التنف"),
    ],
)
def test_a_span_covers_the_word_with_its_marks(text: str, word: str, expected: str) -> None:
    n = normalize(text)
    start = n.text.index(word)

    s, e = n.span(start, start + len(word))

    assert text[s:e] == expected


@pytest.mark.parametrize("start,end", [(0, 0), (3, 2), (-1, 2), (0, 11)])
def test_a_span_outside_the_text_is_refused(start: int, end: int) -> None:
    with pytest.raises(ValueError, match=f"^span {start}-{end} outside normalised text of 10$"):
        normalize("قاعدةَ خراب").span(start, end)


@pytest.mark.parametrize(
    "word,expected",
    [
        ("وبالحسكه", ["وبالحسكه", "بالحسكه", "الحسكه", "حسكه"]),
        ("للتحالف", ["للتحالف", "التحالف", "لتحالف", "تحالف"]),
        ("بلده", ["بلده", "لده"]),
        ("فالقاعده", ["فالقاعده", "القاعده", "قاعده"]),
        ("من", ["من"]),
    ],
)
def test_stems(word: str, expected: list[str]) -> None:
    assert [s for s, _ in stems(word)] == expected


def test_tokens_are_letters_and_digits() -> None:
    text = normalize("قُتل ٣ عناصر، في «البوكمال» (ريف دير الزور)؟").text

    assert [(t.text, text[t.start : t.end]) for t in tokens(text)] == [
        (w, w) for w in ["قتل", "3", "عناصر", "في", "البوكمال", "ريف", "دير", "الزور"]
    ]


@pytest.mark.parametrize(
    "name,expected",
    [
        ("«قاعدة  التَّنف»", "قاعده التنف"),
        ("دير الزور-الميادين", "دير الزور الميادين"),
        ("(حزب الله)،", "حزب الله"),
    ],
)
def test_normalize_name(name: str, expected: str) -> None:
    assert normalize_name(name) == expected


# -- evidence ---------------------------------------------------------------------------


def check_evidence(quads: Iterable[ox.Quad], article_id: str, text: str) -> int:
    """Assert the evidence contract on one article graph; return how many nodes were checked."""
    article = f"{ID}article/{article_id}"
    by_subject: dict[str, dict[str, list[ox.NamedNode | ox.Literal]]] = {}
    for q in quads:
        assert q.graph_name == ox.NamedNode(f"{ID}graph/article/{article_id}")
        by_subject.setdefault(q.subject.value, {}).setdefault(q.predicate.value, []).append(
            q.object
        )  # type: ignore[arg-type]

    assert [o.value for o in by_subject[article][CK + "text"]] == [text]
    mentions = {
        s
        for s, props in by_subject.items()
        if ox.NamedNode(CK + "Mention") in props.get(RDF_TYPE, [])
    }
    for m in mentions:
        props = by_subject[m]
        [start], [end], [exact] = (
            (int(props[CK + "start"][0].value),),
            (int(props[CK + "end"][0].value),),
            props[CK + "exact"],
        )
        assert len(props[CK + "start"]) == len(props[CK + "end"]) == 1
        assert 0 <= start < end <= len(text), m
        assert exact.value == text[start:end], m
        assert props[CK + "inArticle"] == [ox.NamedNode(article)]

    nodes = set(by_subject) - mentions - {article}
    used: set[str] = set()
    for node in nodes:
        props = by_subject[node]
        assert props.get(CK + "mentionedIn") == [ox.NamedNode(article)], node
        evidence = {e.value for e in props.get(CK + "evidence", [])}
        assert evidence and evidence <= mentions, node
        used |= evidence
    assert used == mentions  # no mention without a node it is evidence for
    return len(nodes)


def test_evidence_of_every_example_article_after_serialisation(invoke) -> None:
    r = invoke("extract", *EXAMPLES, "--format", "nquads")
    assert r.exit_code == 0, r.output
    by_graph: dict[str, list[ox.Quad]] = {}
    for q in ox.parse(r.stdout_bytes, ox.RdfFormat.N_QUADS):
        by_graph.setdefault(q.graph_name.value, []).append(q)  # type: ignore[union-attr]

    assert len(by_graph) == len(EXAMPLES) == 5
    for path in EXAMPLES:
        graph = by_graph[f"{ID}graph/article/{path.stem}"]
        assert check_evidence(graph, path.stem, path.read_text(encoding="utf-8")) > 0


def decorate(text: str) -> str:
    """Heavy tashkeel on every Arabic letter (with shadda, tanwin, sukun), tatweel now and then."""
    marks = ["\u064e", "\u064f", "\u0650", "\u0651\u064e", "\u0652", "\u064b", "\u0651\u0650\u0670"]
    out: list[str] = []
    n = 0
    for ch in text:
        out.append(ch)
        if "\u0621" <= ch <= "\u064a":
            n += 1
            out.append(marks[n % len(marks)])
            if n % 7 == 0:
                out.append("\u0640")
    return "".join(out)


VARIANTS = {
    "tashkeel": decorate,
    "arabic-indic-digits": lambda t: t.translate({ord(str(i)): chr(0x0660 + i) for i in range(10)}),
    "persian-digits": lambda t: t.translate({ord(str(i)): chr(0x06F0 + i) for i in range(10)}),
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "direction-marks": lambda t: t.replace(" ", " \u200f"),
    "no-break-spaces": lambda t: t.replace(" ", "\u00a0"),
}


def summary(g: ArticleGraph) -> tuple[object, ...]:
    events = [
        (
            e.cls,
            e.date,
            e.earliest,
            e.latest,
            e.attackers,
            e.targets,
            e.locations,
            e.munitions,
            [(c.count, c.status, c.victim, c.according_to, c.qualifier) for c in e.claims],
        )
        for e in g.doc.events
    ]
    return tuple(events), tuple(sorted({m.iri for m in g.doc.entities}))


@cache
def plain_summary(path: Path) -> tuple[object, ...]:
    return summary(extract(Article(path.stem, path.read_text(encoding="utf-8"), str(path))))


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem[:3] for p in EXAMPLES])
def test_written_variants_give_the_same_graph_and_exact_evidence(path: Path, variant: str) -> None:
    text = VARIANTS[variant](path.read_text(encoding="utf-8"))

    g = extract(Article(path.stem, text, str(path)))

    assert summary(g) == plain_summary(path)
    assert check_evidence(g.quads, path.stem, text) > 0


def test_a_vocalised_article() -> None:
    plain = extract(Article("v", PLAIN, "t"))
    vocalised = extract(Article("v", VOCALISED, "t"))

    assert summary(vocalised) == summary(plain)
    assert [(e.cls, [c.count for c in e.claims]) for e in vocalised.doc.events] == [
        ("DroneAttack", [3])
    ]
    assert check_evidence(vocalised.quads, "v", VOCALISED) > 0
    assert {m.label for m in vocalised.doc.entities} >= {
        "قَاعِدَةَ التَّنْفِ",
        "الْمَرْصَدِ السُّورِيِّ لِحُقُوقِ الإِنْسَانِ",
    }
