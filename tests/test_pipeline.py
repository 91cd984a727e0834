"""The build pipeline: one named graph per article, deterministic IRIs, replace-only rebuilds,
shape-violating articles left out, and no half-written graph after a crash."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

import kg.extract
from kg.article import Article, read_articles
from kg.pipeline import build, extract
from kg.store import Store
from kg.validate import to_rdflib

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
ID = "https://w3id.org/conflict-kg/id/"
TEXT = "قصفت طائرات مسيّرة قاعدة التنف الأمريكية في ريف حمص يوم السبت، ما أدى إلى مقتل 3 عناصر."
OTHER = "أعلنت القيادة المركزية الأمريكية أن مقاتلاتها استهدفت منشأة في البوكمال."
# Quotes, backslashes, CRLF and a triple quote: the replacing SPARQL update must carry them intact.
AWKWARD = 'قال "المرصد" إن \\ غارة\r\nجوية """ استهدفت قاعدة التنف الأمريكية وقتلت ٤ عناصر.'


def examples() -> list[Article]:
    return [a for a in read_articles([EXAMPLES]) if isinstance(a, Article)]


def nquads(quads: list[ox.Quad]) -> set[str]:
    return {str(q) for q in quads}


def stored(quads: list[ox.Quad]) -> set[str]:
    """The quads as a store holds them: Oxigraph keeps xsd:nonNegativeInteger as xsd:integer."""
    store = ox.Store()
    store.extend(quads)
    return nquads(list(store))


def graph_of(store: ox.Store, article_id: str) -> set[str]:
    return nquads(
        list(
            store.quads_for_pattern(
                None, None, None, ox.NamedNode(f"{ID}graph/article/{article_id}")
            )
        )
    )


def write_jsonl(path: Path, *articles: tuple[str, str]) -> Path:
    path.write_text(
        "".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in articles),
        encoding="utf-8",
    )
    return path


def test_each_article_has_its_own_named_graph() -> None:
    articles = examples()
    assert len(articles) == 5

    for article in articles:
        g = extract(article)
        assert g.graph == ox.NamedNode(f"{ID}graph/article/{article.id}")
        assert {q.graph_name for q in g.quads} == {g.graph}
        assert (
            ox.Quad(
                ox.NamedNode(f"{ID}article/{article.id}"),
                ox.NamedNode("https://w3id.org/conflict-kg/ontology#text"),
                ox.Literal(article.text),
                g.graph,
            )
            in g.quads
        )


def test_an_entity_has_one_evidence_span_per_spelling_in_an_article() -> None:
    text = (
        "قصفت قسد مواقع في دير الزور. وقالت قوات سوريا الديمقراطية إن قسد ردت على هجوم. "
        "وأضافت قسد أن الهجوم استهدف قاعدة التنف."
    )
    g = extract(Article("spellings", text, "test"))
    ck = "https://w3id.org/conflict-kg/ontology#"
    sdf = ox.NamedNode(f"{ID}actor/sdf")
    spans = {
        q.object for q in g.quads if q.subject == sdf and q.predicate == ox.NamedNode(ck + "evidence")
    }
    starts = {
        q.subject: int(q.object.value) for q in g.quads if q.predicate == ox.NamedNode(ck + "start")
    }

    # The first «قسد» and the first «قوات سوريا الديمقراطية», not the two repeats of «قسد».
    assert sorted(starts[m] for m in spans) == [text.index("قسد"), text.index("قوات سوريا الديمقراطية")]


@pytest.mark.parametrize(
    "article_id,segment",
    [
        ("2023-03-25_a.b~c", "2023-03-25_a.b~c"),
        ("a b", "a%20b"),
        ("x/y", "x%2Fy"),
        ("قصف", "%D9%82%D8%B5%D9%81"),
        ("a#1?q", "a%231%3Fq"),
    ],
)
def test_article_ids_become_one_ascii_iri_segment(article_id: str, segment: str) -> None:
    g = extract(Article(article_id, TEXT, "test"))

    assert g.graph.value == f"{ID}graph/article/{segment}"
    iris = {t.value for q in g.quads for t in (q.subject, q.object) if isinstance(t, ox.NamedNode)}
    assert f"{ID}article/{segment}" in iris
    assert f"{ID}event/{segment}/1" in iris
    assert all(iri.isascii() for iri in iris)


@pytest.mark.slow
def test_extraction_is_byte_identical_across_processes(tmp_path: Path) -> None:
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"seed{seed}.nq"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        cmd = [
            sys.executable,
            "-c",
            "from kg.cli import main; main()",
            "extract",
            str(EXAMPLES),
            "--format",
            "nquads",
            "-o",
            str(out),
        ]
        done = subprocess.run(
            cmd, env=env, check=False, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
        outputs.append(out.read_bytes())

    assert outputs[0] == outputs[1]
    assert b"_:" not in outputs[0]  # no blank nodes: every node has a stable IRI


def test_building_the_same_input_twice_gives_identical_graphs(
    example_store: Path, invoke, snapshot, tmp_path: Path
) -> None:
    again = tmp_path / "again"
    shutil.copytree(example_store, again)
    fresh = tmp_path / "fresh"
    for store in (again, fresh):
        r = invoke("build", EXAMPLES, "--store", store, "--quiet")
        assert r.exit_code == 0, r.output

    first, second, third = (snapshot(s) for s in (example_store, again, fresh))
    assert first == second == third
    articles = [g for g in first if g.startswith(f"{ID}graph/article/")]
    assert len(articles) == 5
    assert sorted(first) == sorted(
        [*articles, f"{ID}graph/gazetteer", f"{ID}graph/ontology"]
    )  # no default graph
    # Article graphs have no blank nodes, so they are equal quad for quad, not only isomorphic.
    stores = [ox.Store.read_only(str(s)) for s in (example_store, again)]
    for graph in articles:
        one, two = (
            list(s.quads_for_pattern(None, None, None, ox.NamedNode(graph))) for s in stores
        )
        assert nquads(one) == nquads(two)
        assert isomorphic(to_rdflib(one, rdflib.Graph()), to_rdflib(two, rdflib.Graph()))


def test_rebuilding_an_article_replaces_its_graph_and_nothing_else(
    example_store: Path, invoke, snapshot, tmp_path: Path
) -> None:
    store = tmp_path / "store"
    shutil.copytree(example_store, store)
    before = snapshot(store)
    changed = tmp_path / "000_84eb2894b6242dca.txt"
    changed.write_bytes(AWKWARD.encode("utf-8"))

    r = invoke("build", changed, "--store", store, "--quiet")

    assert r.exit_code == 0, r.output
    after = snapshot(store)
    graph = f"{ID}graph/article/000_84eb2894b6242dca"
    assert after.pop(graph) != before.pop(graph)
    assert after == before
    expected = extract(Article("000_84eb2894b6242dca", AWKWARD, str(changed)))
    assert graph_of(ox.Store.read_only(str(store)), "000_84eb2894b6242dca") == stored(
        expected.quads
    )


def test_build_report() -> None:
    store = Store(None)
    arts = [Article("one", TEXT, "t"), Article("two", OTHER, "t")]
    graphs = [extract(a) for a in arts]

    report = build_articles(store, arts)

    assert (report.articles, report.loaded, report.violations, report.exit_code) == (2, 2, 0, 0)
    assert report.events == sum(g.events for g in graphs) > 0
    assert report.triples == sum(len(g.quads) for g in graphs)
    assert report.entities == {m.iri for g in graphs for m in g.doc.entities}
    for g in graphs:
        assert graph_of(store.raw, g.article.id) == stored(g.quads)
    assert {f"{ID}graph/ontology", f"{ID}graph/gazetteer"} <= set(store.named_graphs())


def build_articles(store: Store, articles: list[Article], **kwargs: object):  # type: ignore[no-untyped-def]
    """pipeline.build on articles given directly (read_articles is tested in test_input.py)."""
    import kg.pipeline

    real = kg.pipeline.read_articles
    kg.pipeline.read_articles = lambda paths: iter(articles)  # type: ignore[assignment]
    try:
        return build([], store, **kwargs)  # type: ignore[arg-type]
    finally:
        kg.pipeline.read_articles = real


@pytest.mark.parametrize("batch", [1, 200])
def test_an_article_violating_the_shapes_is_left_out_and_the_rest_loaded(
    spoiled: set[str], batch: int
) -> None:
    spoiled.add("bad")
    store = Store(None)

    report = build_articles(
        store,
        [Article("good1", TEXT, "t"), Article("bad", TEXT, "t"), Article("good2", OTHER, "t")],
        batch=batch,
    )

    assert (report.articles, report.loaded, report.exit_code) == (3, 2, 1)
    assert [(a, [str(v) for v in vs]) for a, vs in report.rejected.items()] == [
        (
            "bad",
            [
                (
                    f"{ID}event/bad/1 ck:munitionCount: An attack's number of rockets, drones or shells "
                    "(ck:munitionCount) must be a whole number 0 or more (value: many)"
                )
            ],
        )
    ]
    assert {g.rsplit("/", 1)[1] for g in store.named_graphs() if "/graph/article/" in g} == {
        "good1",
        "good2",
    }


def test_a_rejected_article_keeps_its_previous_graph(spoiled: set[str]) -> None:
    store = Store(None)
    build_articles(store, [Article("bad", TEXT, "t"), Article("other", OTHER, "t")])
    before = graph_of(store.raw, "bad"), graph_of(store.raw, "other")

    spoiled.add("bad")
    report = build_articles(store, [Article("bad", AWKWARD, "t")])

    assert report.exit_code == 1
    assert (graph_of(store.raw, "bad"), graph_of(store.raw, "other")) == before


def test_without_validation_everything_is_loaded(spoiled: set[str]) -> None:
    spoiled.add("bad")
    store = Store(None)

    report = build_articles(store, [Article("bad", TEXT, "t")], validate=False)

    assert (report.loaded, report.exit_code) == (1, 0)
    assert any('"many"' in q for q in graph_of(store.raw, "bad"))


class Crash(Exception):
    pass


def test_a_crashing_extractor_is_reported_for_its_article_and_the_others_load(monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store(None)
    build_articles(store, [Article("b", OTHER, "t")])
    real = kg.extract.load_extractors()

    class Crasher:
        name = "crasher"
        order = 55  # after events: the document is half annotated when it fails

        def extract(self, doc: kg.extract.Document) -> None:
            if doc.article.id == "crash":
                raise Crash(doc.article.id)

    monkeypatch.setattr(kg.extract, "load_extractors", lambda names=None: (*real, Crasher()))
    articles = [Article("a", TEXT, "t"), Article("crash", TEXT, "crash.txt"), Article("b", AWKWARD, "t")]

    report = build_articles(store, articles, batch=1)

    assert [str(e) for e in report.input_errors] == ["crash.txt: extraction failed: Crash: crash"]
    assert report.exit_code == 2
    assert graph_of(store.raw, "a") == stored(extract(Article("a", TEXT, "t"), extractors=real).quads)
    assert graph_of(store.raw, "crash") == set()
    assert graph_of(store.raw, "b") == stored(extract(Article("b", AWKWARD, "t"), extractors=real).quads)


@pytest.mark.slow
def test_a_process_killed_between_graph_writes_leaves_whole_graphs(tmp_path: Path) -> None:
    store_dir = tmp_path / "store"
    old = tmp_path / "old.jsonl"
    new = tmp_path / "new.jsonl"
    write_jsonl(old, ("a", TEXT), ("b", OTHER))
    write_jsonl(new, ("a", AWKWARD), ("b", TEXT))
    store = Store(store_dir)
    build([old], store)
    del store
    # Reference graphs are unchanged (not rewritten), so a is the 1st update and b the 2nd: die before b.
    script = textwrap.dedent(
        f"""
        import os
        import kg.store
        from kg.pipeline import build
        from kg.store import Store

        real = kg.store._replace_update
        calls = []

        def dying(graph, quads):
            calls.append(graph)
            if len(calls) == 2:
                os._exit(9)
            return real(graph, quads)

        kg.store._replace_update = dying
        build([{str(new)!r}], Store({str(store_dir)!r}))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], check=False, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 9, done.stderr

    raw = ox.Store.read_only(str(store_dir))
    versions = {
        "a": (
            stored(extract(Article("a", TEXT, "t")).quads),
            stored(extract(Article("a", AWKWARD, "t")).quads),
        ),
        "b": (stored(extract(Article("b", OTHER, "t")).quads),),
    }
    for article_id, allowed in versions.items():
        assert graph_of(raw, article_id) in allowed, article_id


class Spoil:
    """An extractor plugin (module level, so worker processes can load it): articles whose id
    starts with "bad" violate the shapes, "crash" ones fail; it notes which process ran it."""

    name = "spoil"
    order = 90

    def __init__(self, pids: Path) -> None:
        self.pids = pids

    def extract(self, doc: kg.extract.Document) -> None:
        from kg.rdf import Minter, ck

        with self.pids.open("a") as f:
            f.write(f"{os.getpid()}\n")
        if doc.article.id.startswith("crash"):
            raise Crash(doc.article.id)
        if doc.article.id.startswith("bad"):
            event = Minter().event(doc.article.id, 1)
            doc.extra_quads.append(ox.Quad(event, ck("munitionCount"), ox.Literal("many")))


@pytest.mark.slow
def test_worker_processes_build_the_same_store_and_report_as_one_process(
    monkeypatch: pytest.MonkeyPatch, snapshot, tmp_path: Path
) -> None:
    real = kg.extract.load_extractors()
    pids = tmp_path / "pids"
    monkeypatch.setattr(kg.extract, "load_extractors", lambda names=None: (*real, Spoil(pids)))
    corpus = tmp_path / "corpus.jsonl"
    rows = [("a", TEXT), ("bad1", TEXT), ("b", OTHER), ("crash", TEXT), ("c", AWKWARD)]
    rows += [(f"ex{k}", a.text) for k, a in enumerate(examples())]
    lines = [json.dumps({"id": i, "text": t}, ensure_ascii=False) for i, t in rows]
    lines.insert(4, "{not json")  # an input error between batches
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")

    reports = {}
    for jobs in (1, 2):
        pids.write_text("")
        reports[jobs] = build([corpus], Store(tmp_path / f"store{jobs}"), batch=2, jobs=jobs)
        ran_in = set(pids.read_text().split())
        assert (ran_in == {str(os.getpid())}) == (jobs == 1), ran_in

    one, two = reports[1], reports[2]
    assert (one.articles, one.loaded, one.exit_code) == (9, 8, 2)
    assert [str(e) for e in one.input_errors] == [
        f"{corpus}:4: extraction failed: Crash: crash",
        f"{corpus}:5: malformed JSON line: Expecting property name enclosed in double quotes at column 2",
    ]
    assert [str(e) for e in two.input_errors] == [str(e) for e in one.input_errors]
    assert list(two.rejected.items()) == list(one.rejected.items()) and list(one.rejected) == ["bad1"]
    assert (two.articles, two.loaded, two.events, two.triples, two.entities) == (
        one.articles, one.loaded, one.events, one.triples, one.entities
    )
    assert snapshot(tmp_path / "store2") == snapshot(tmp_path / "store1")
    for article_id in ("a", "b", "c", "ex0"):
        assert graph_of(ox.Store.read_only(str(tmp_path / "store2")), article_id) == graph_of(
            ox.Store.read_only(str(tmp_path / "store1")), article_id
        )


@pytest.mark.slow
def test_a_process_killed_mid_bulk_load_is_rolled_back_when_the_store_is_next_opened_for_writing(
    invoke, tmp_path: Path
) -> None:
    store_dir = tmp_path / "store"
    old = write_jsonl(tmp_path / "old.jsonl", ("a", TEXT), ("b", OTHER))
    new = write_jsonl(tmp_path / "new.jsonl", ("a", AWKWARD), ("c", OTHER))
    build([old], Store(store_dir))
    # a exists, so it is replaced in a transaction; c is new and bulk-loaded: die half way through.
    script = textwrap.dedent(
        f"""
        import os
        import pyoxigraph as ox
        import kg.store
        from kg.pipeline import build
        from kg.store import Store

        def dying(store, path):
            lines = path.read_bytes().splitlines(keepends=True)
            store.bulk_load(b"".join(lines[: len(lines) // 2]), format=ox.RdfFormat.N_QUADS)
            store.flush()
            os._exit(9)

        kg.store._bulk_load = dying
        build([{str(new)!r}], Store({str(store_dir)!r}))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], check=False, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 9, done.stderr
    full_c = stored(extract(Article("c", OTHER, "t")).quads)
    assert set() < graph_of(ox.Store.read_only(str(store_dir)), "c") < full_c  # half-written

    r = invoke("query", "SELECT * WHERE { ?s ?p ?o } LIMIT 1", "--store", store_dir)
    assert r.exit_code == 2, r.output
    assert r.stderr == (
        f"Error: {store_dir}: graphs are being loaded (a build is running, or was interrupted)\n"
        "Hint: Wait for the build to end; if none is running, open the store for writing "
        "(e.g. kg build) to roll back the half-loaded graphs.\n"
    )

    Store(store_dir)  # opening for writing rolls the interrupted load back
    raw = ox.Store.read_only(str(store_dir))
    assert graph_of(raw, "c") == set()
    assert graph_of(raw, "a") == stored(extract(Article("a", AWKWARD, "t")).quads)
    assert graph_of(raw, "b") == stored(extract(Article("b", OTHER, "t")).quads)
    assert f"{ID}graph/loading" not in {g.value for g in raw.named_graphs()}

    report = build([new], Store(store_dir))  # and building again loads c whole
    assert report.loaded == 2
    assert graph_of(ox.Store.read_only(str(store_dir)), "c") == full_c
