"""The kg commands end to end: output, messages and every exit code.

0 ok / conforms, 1 data violates the shapes, 2 usage or input error.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib.metadata import EntryPoint
from pathlib import Path
from xml.etree import ElementTree as ET

import pyoxigraph as ox
import pytest
import rdflib

from kg import __version__
from kg.article import Article, read_articles
from kg.pipeline import extract
from kg.queries import list_queries
from kg.store import Store

# rdflib's own dataset parsers use its deprecated ConjunctiveGraph API.
pytestmark = pytest.mark.filterwarnings("ignore:.*(ConjunctiveGraph|Dataset.default_context).*:DeprecationWarning")

ID = "https://w3id.org/conflict-kg/id/"
CK = "https://w3id.org/conflict-kg/ontology#"
TEXT = "قصفت طائرات مسيّرة قاعدة التنف الأمريكية في ريف حمص يوم السبت، ما أدى إلى مقتل 3 عناصر."
EXAMPLE_IDS = [
    "000_84eb2894b6242dca",
    "001_d47aa0b70ac3c6f1",
    "002_27c75e854d1ed777",
    "003_9fe638da2203b7af",
    "004_76dc3061d89404aa",
]
EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "articles"
ARTICLE_IDS = f"PREFIX ck: <{CK}> PREFIX dct: <http://purl.org/dc/terms/> SELECT ?id WHERE {{ ?a a ck:Article ; dct:identifier ?id }} ORDER BY ?id"


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "t.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_version(invoke) -> None:
    r = invoke("--version")

    assert r.exit_code == 0, r.output
    assert r.stdout == f"kg, version {__version__}\n"


@pytest.mark.parametrize(
    "args",
    [
        ["nope"],
        ["build"],
        ["build", "x", "--nope"],
        ["build", "x", "--jobs", "0"],
        ["export"],
        ["export", "--format", "rdfxml"],
    ],
)
def test_usage_errors_exit_2(invoke, args: list[str]) -> None:
    r = invoke(*args)

    assert r.exit_code == 2, r.output
    assert r.stdout == ""
    assert r.stderr.startswith("Usage: kg")


# -- build -----------------------------------------------------------------------------


def test_build(invoke, article: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    g = extract(Article("t", TEXT, str(article)))

    r = invoke("build", article, "--store", store)

    assert r.exit_code == 0, r.output
    assert r.stdout == ""
    s = Store(store, read_only=True).stats()
    assert r.stderr == (
        f"Built {store}: 1 of 1 articles loaded, {g.events} events, {len({m.iri for m in g.doc.entities})} entities, "
        f"{len(g.quads)} triples from these articles; 0 violations, 0 input errors.\n"
        f"Store now holds 1 articles, {s.events} events, {s.entities} entities, {s.triples} triples in 3 graphs.\n"
        f"Query it: kg query --list   |   kg query example-attacks-on-bases --store {store}\n"
    )


def test_build_quiet(invoke, article: Path, tmp_path: Path) -> None:
    r = invoke("build", article, "--store", tmp_path / "store", "--quiet")

    assert r.exit_code == 0, r.output
    assert r.output == ""


def test_build_lets_go_of_the_store_when_it_returns(article: Path, tmp_path: Path) -> None:
    import pyoxigraph as ox
    from click.testing import CliRunner

    from kg.cli import main

    # The result keeps the exit's traceback, and so the command's frame, alive (as in a notebook).
    r = CliRunner().invoke(main, ["build", str(article), "--store", str(tmp_path / "store"), "--quiet"])

    assert r.exit_code == 0, r.output
    assert len(ox.Store(str(tmp_path / "store"))) > 0  # the lock is free: a caller may open it again


@pytest.mark.parametrize("how", ["option", "env", "default"])
def test_where_the_store_goes(
    invoke, article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    monkeypatch.chdir(tmp_path)
    options = {"option": ["--store", "chosen"], "env": [], "default": []}[how]
    env = {"KG_STORE": "from-env" if how == "env" else None}

    r = invoke("build", article, "-q", *options, env=env)  # type: ignore[arg-type]

    assert r.exit_code == 0, r.output
    expected = {"option": "chosen", "env": "from-env", "default": "kg-store"}[how]
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_dir()) == [expected]
    r = invoke("stats", "--store", expected)
    assert r.stdout.startswith("articles  1\n")


@pytest.mark.slow
def test_build_with_worker_processes_says_and_stores_what_one_process_does(
    invoke, snapshot, tmp_path: Path
) -> None:
    from kg.pipeline import BATCH

    corpus = tmp_path / "corpus.jsonl"
    texts = [a.text for a in read_articles([EXAMPLES]) if isinstance(a, Article)]
    rows = [json.dumps({"id": f"a{k}", "text": texts[k % len(texts)]}, ensure_ascii=False) for k in range(BATCH + 3)]
    corpus.write_text("\n".join(rows) + "\n", encoding="utf-8")  # two batches, so workers start

    runs = {jobs: invoke("build", corpus, "--store", tmp_path / jobs, "--jobs", jobs) for jobs in ("1", "2")}

    assert runs["2"].exit_code == runs["1"].exit_code == 0, runs["2"].output
    assert runs["2"].stderr == runs["1"].stderr.replace(str(tmp_path / "1"), str(tmp_path / "2"))
    assert snapshot(tmp_path / "2") == snapshot(tmp_path / "1")


def test_build_exits_1_when_an_article_violates_the_shapes(
    invoke, spoiled: set[str], tmp_path: Path
) -> None:
    spoiled.add("bad")
    jsonl = tmp_path / "two.jsonl"
    jsonl.write_text(
        "".join(
            json.dumps({"id": i, "text": TEXT}, ensure_ascii=False) + "\n" for i in ("good", "bad")
        ),
        encoding="utf-8",
    )
    store = tmp_path / "store"

    r = invoke("build", jsonl, "--store", store)

    assert r.exit_code == 1, r.output
    lines = r.stderr.splitlines()
    assert lines[:2] == [
        "Not loaded: article 'bad' violates the shapes:",
        (
            f"  - {ID}event/bad/1 ck:munitionCount: An attack's number of rockets, drones or shells "
            "(ck:munitionCount) must be a whole number 0 or more (value: many)"
        ),
    ]
    assert lines[2].startswith(f"Built {store}: 1 of 2 articles loaded, ")
    assert lines[2].endswith("; 1 violations, 0 input errors.")
    r = invoke("query", ARTICLE_IDS, "--store", store, "--format", "csv")
    assert r.stdout_bytes == b"id\r\ngood\r\n"


def test_build_without_validation_loads_everything(
    invoke, spoiled: set[str], article: Path, tmp_path: Path
) -> None:
    spoiled.add("t")

    r = invoke("build", article, "--store", tmp_path / "store", "--no-validate", "-q")

    assert r.exit_code == 0, r.output
    r = invoke("validate", "--store", tmp_path / "store")
    assert r.exit_code == 1, r.output


def test_build_from_stdin(invoke, tmp_path: Path) -> None:
    r = invoke("build", "-", "--store", tmp_path / "store", "-q", input=TEXT)

    assert r.exit_code == 0, r.output
    r = invoke("query", ARTICLE_IDS, "--store", tmp_path / "store", "--format", "csv")
    assert r.stdout_bytes == b"id\r\nstdin\r\n"


def test_build_exits_2_when_there_is_bad_input_too(
    invoke, spoiled: set[str], tmp_path: Path
) -> None:
    spoiled.add("bad")
    (tmp_path / "bad.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")

    r = invoke("build", tmp_path / "bad.txt", tmp_path / "empty.txt", "--store", tmp_path / "store")

    assert r.exit_code == 2, r.output
    assert r.stderr.startswith(
        f"Error: {tmp_path / 'empty.txt'}: empty file\nNot loaded: article 'bad' violates the shapes:\n"
    )


def test_build_on_a_file_that_is_not_a_store(invoke, article: Path) -> None:
    r = invoke("build", article, "--store", article)

    assert r.exit_code == 2, r.output
    assert (
        r.stderr
        == f"Usage: kg build [OPTIONS] PATHS...\nTry 'kg build --help' for help.\n\nError: Invalid value for '--store': Directory '{article}' is a file.\n"
    )


# -- extract ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fmt,rdflib_format",
    [("trig", "trig"), ("nquads", "nquads"), ("jsonld", "json-ld"), ("turtle", "turtle")],
)
def test_extract_formats(invoke, article: Path, fmt: str, rdflib_format: str) -> None:
    r = invoke("extract", article, "--format", fmt)

    assert r.exit_code == 0, r.output
    assert r.stderr == ""
    expected = {
        (str(q.subject.value), str(q.predicate.value), q.object.value)
        for q in extract(Article("t", TEXT, "t")).quads
    }
    ds = rdflib.Dataset()
    ds.parse(data=r.stdout_bytes, format=rdflib_format)
    got = {(str(s), str(p), str(o)) for s, p, o, _ in ds.quads((None, None, None, None))}
    assert got == expected
    graphs = {str(g) for _, _, _, g in ds.quads((None, None, None, None))}
    if fmt == "turtle":
        assert graphs == {str(rdflib.graph.DATASET_DEFAULT_GRAPH_ID)}
    else:
        assert graphs == {f"{ID}graph/article/t"}


def test_extract_to_a_file_and_no_store(
    invoke, article: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)

    r = invoke("extract", article, "-o", "out.trig", env={"KG_STORE": None})  # type: ignore[dict-item]

    assert r.exit_code == 0, r.output
    assert r.output == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.trig", "t.txt"]
    assert len(list(ox.parse(path=str(tmp_path / "out.trig"), format=ox.RdfFormat.TRIG))) > 0


def test_extract_writes_the_good_articles_even_with_bad_input(
    invoke, article: Path, tmp_path: Path
) -> None:
    r = invoke(
        "extract",
        tmp_path / "missing.txt",
        article,
        "-o",
        tmp_path / "out.nq",
        "--format",
        "nquads",
    )

    assert r.exit_code == 2, r.output
    assert r.stderr == f"Error: {tmp_path / 'missing.txt'}: no such file or folder\n"
    assert f"<{ID}graph/article/t> .\n" in (tmp_path / "out.nq").read_text(encoding="utf-8")


# -- validate --------------------------------------------------------------------------


def test_validate_the_store(invoke, example_store: Path) -> None:
    r = invoke("validate", "--store", example_store)

    assert r.exit_code == 0, r.output
    assert r.stdout == "Conforms: yes (0 violations)\n"


def test_validate_exported_files(invoke, example_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.trig"
    assert invoke("export", "--store", example_store, "--format", "trig", "-o", out).exit_code == 0

    r = invoke("validate", out, "--format", "junit")

    assert r.exit_code == 0, r.output
    suite = ET.fromstring(r.stdout_bytes)
    assert (suite.get("tests"), suite.get("failures")) == ("1", "0")


def _tamper(tmp_path: Path, change: str) -> tuple[Path, tuple[str, str, str, str]]:
    """The article graph of TEXT as N-Quads with one hand-made error, and the violation expected."""
    quads = extract(Article("t", TEXT, "t")).quads
    start = TEXT.index("قاعدة التنف")
    mention = ox.NamedNode(f"{ID}mention/t/{start}-{start + len('قاعدة التنف')}")
    event = ox.NamedNode(f"{ID}event/t/1")
    if change == "exact":
        target, value = (mention, ox.NamedNode(CK + "exact")), "قاعدة حميميم"
        expected = (
            mention.value,
            CK + "exact",
            "http://www.w3.org/ns/shacl#SPARQLConstraintComponent",
            value,
        )
    else:
        target, value = (event, ox.NamedNode(CK + "killed")), "three"
        expected = (
            event.value,
            CK + "killed",
            "http://www.w3.org/ns/shacl#OrConstraintComponent",
            value,
        )
    assert sum((q.subject, q.predicate) == target for q in quads) == 1
    quads = [
        ox.Quad(q.subject, q.predicate, ox.Literal(value), q.graph_name)
        if (q.subject, q.predicate) == target
        else q
        for q in quads
    ]
    path = tmp_path / f"{change}.nq"
    ox.serialize(quads, str(path), ox.RdfFormat.N_QUADS)
    return path, expected


@pytest.mark.parametrize("change", ["exact", "killed"])
def test_validate_finds_violations(invoke, tmp_path: Path, change: str) -> None:
    path, (focus, prop, constraint, value) = _tamper(tmp_path, change)

    r = invoke("validate", path)

    assert r.exit_code == 1, r.output
    lines = r.stdout.splitlines()
    assert lines[0] == "Conforms: no (1 violations)"
    assert lines[1].startswith(f"- {focus} ck:{prop.rsplit('#', 1)[1]}: ")
    assert lines[1].endswith(f" (value: {value})")

    r = invoke("validate", path, "--format", "json")

    assert r.exit_code == 1, r.output
    report = json.loads(r.stdout)
    assert report["conforms"] is False
    assert [
        (v["focus"], v["path"], v["constraint"], v["value"], v["severity"])
        for v in report["violations"]
    ] == [(focus, prop, constraint, value, "Violation")]


@pytest.mark.parametrize("fmt", ["turtle", "junit"])
def test_validate_report_formats(invoke, tmp_path: Path, fmt: str) -> None:
    path, (focus, *_) = _tamper(tmp_path, "killed")
    out = tmp_path / f"report.{fmt}"

    r = invoke("validate", path, "--format", fmt, "-o", out)

    assert r.exit_code == 1, r.output
    assert r.stdout == ""
    if fmt == "turtle":
        g = rdflib.Graph().parse(out, format="turtle")
        sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
        assert list(g.objects(None, sh.conforms)) == [rdflib.Literal(False)]
        assert list(g.objects(None, sh.focusNode)) == [rdflib.URIRef(focus)]
    else:
        suite = ET.parse(out).getroot()
        assert (suite.tag, suite.get("tests"), suite.get("failures")) == ("testsuite", "2", "1")
        assert suite.find("testcase/failure") is not None
        assert suite.find("testcase").get("name") == focus  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "name,content,problem",
    [
        (
            "broken.ttl",
            "@prefix ck: <https://w3id.org/conflict-kg/ontology#> .\n<http://x/a> ck:killed 3 ;\n  a <broken",
            "bad RDF: Parser error at line 3 ",
        ),
        (
            "broken.nq",
            '<http://x/a> <http://x/p> "x" <http://x/g>\n',
            "bad RDF: Parser error at line 2 column 1: Quads must be followed by a dot",
        ),
        ("data.csv", "a,b\n", "unknown RDF extension '.csv'; use one of "),
    ],
)
def test_validate_exits_2_on_unreadable_rdf(
    invoke, tmp_path: Path, name: str, content: str, problem: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")

    r = invoke("validate", path)

    assert r.exit_code == 2, r.output
    assert r.stdout == ""
    assert r.stderr.startswith(f"Error: {path}: {problem}")
    assert r.stderr.count("\n") == 1


@pytest.mark.parametrize("args", [["nope.ttl"], ["--store", "nope"]])
def test_validate_exits_2_without_data(
    invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str]
) -> None:
    monkeypatch.chdir(tmp_path)

    r = invoke("validate", *args)

    assert r.exit_code == 2, r.output
    assert "nope" in r.stderr


# -- query -----------------------------------------------------------------------------


def test_query_list(invoke) -> None:
    r = invoke("query", "--list")

    assert r.exit_code == 0, r.output
    names = [line for line in r.stdout.splitlines() if not line.startswith(" ")]
    assert names == sorted(
        p.stem for p in (Path(__file__).resolve().parent.parent / "queries").glob("*.rq")
    )
    assert r.stdout.count("\n    ") == len(names)


@pytest.mark.parametrize(
    "fmt,expected",
    [
        (
            "table",
            "id\n--------------------\n" + "".join(f"{i}\n" for i in EXAMPLE_IDS) + "(5 rows)\n",
        ),
        ("csv", "id\r\n" + "".join(f"{i}\r\n" for i in EXAMPLE_IDS)),
        ("tsv", "?id\n" + "".join(f'"{i}"\n' for i in EXAMPLE_IDS)),
    ],
)
def test_query_text_formats(invoke, example_store: Path, fmt: str, expected: str) -> None:
    r = invoke("query", ARTICLE_IDS, "--store", example_store, "--format", fmt)

    assert r.exit_code == 0, r.output
    assert r.stdout_bytes.decode() == expected  # CSV rows end with CRLF, as SPARQL 1.1 CSV says


def test_query_json_is_sparql_results_json(invoke, example_store: Path) -> None:
    r = invoke("query", ARTICLE_IDS, "--store", example_store, "--format", "json")

    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout) == {
        "head": {"vars": ["id"]},
        "results": {"bindings": [{"id": {"type": "literal", "value": i}} for i in EXAMPLE_IDS]},
    }


def test_query_xml_is_sparql_results_xml(invoke, example_store: Path) -> None:
    r = invoke("query", ARTICLE_IDS, "--store", example_store, "--format", "xml")

    assert r.exit_code == 0, r.output
    ns = {"s": "http://www.w3.org/2005/sparql-results#"}
    root = ET.fromstring(r.stdout_bytes)
    assert [v.get("name") for v in root.findall("s:head/s:variable", ns)] == ["id"]
    assert [
        b.text for b in root.findall("s:results/s:result/s:binding/s:literal", ns)
    ] == EXAMPLE_IDS


@pytest.mark.parametrize(
    "fmt,expected",
    [("table", "true\n"), ("csv", "true"), ("json", '{"head":{},"boolean":true}')],
)
def test_query_ask(invoke, example_store: Path, fmt: str, expected: str) -> None:
    r = invoke("query", f"ASK {{ ?a a <{CK}Article> }}", "--store", example_store, "--format", fmt)

    assert r.exit_code == 0, r.output
    assert r.stdout == expected


def test_query_construct_gives_turtle(invoke, example_store: Path) -> None:
    sparql = f"CONSTRUCT {{ ?a a <{CK}Article> }} WHERE {{ ?a a <{CK}Article> }}"

    r = invoke("query", sparql, "--store", example_store)

    assert r.exit_code == 0, r.output
    g = rdflib.Graph().parse(data=r.stdout, format="turtle")
    assert sorted(str(s) for s in g.subjects()) == [f"{ID}article/{i}" for i in EXAMPLE_IDS]


def test_query_from_a_file(invoke, example_store: Path, tmp_path: Path) -> None:
    path = tmp_path / "ids.rq"
    path.write_text("# the article ids\n" + ARTICLE_IDS, encoding="utf-8")

    r = invoke("query", path, "--store", example_store, "--format", "csv")

    assert r.exit_code == 0, r.output
    assert r.stdout_bytes.decode() == "id\r\n" + "".join(f"{i}\r\n" for i in EXAMPLE_IDS)


@pytest.mark.parametrize("name", [q.name for q in list_queries()])
def test_every_bundled_query_runs_by_name(invoke, example_store: Path, name: str) -> None:
    r = invoke("query", name, "--store", example_store, "--format", "json")

    assert r.exit_code == 0, r.output
    result = json.loads(r.stdout)
    assert isinstance(result["head"]["vars"], list) and result["head"]["vars"]
    assert isinstance(result["results"]["bindings"], list)


@pytest.mark.parametrize(
    "args,stderr",
    [
        (
            ["SELECT * WHERE { ?s ?p }"],
            "Error: bad SPARQL: error at 1:25: expected one of LATERAL, SERVICE, [_]\n",
        ),
        (
            ["retaliation-chain"],
            "Error: no bundled query named 'retaliation-chain'\nHint: Did you mean 'retaliation-chains'? Bundled queries: ",
        ),
        (
            [],
            "Error: no query given\nHint: Pass a bundled query name (kg query --list), a .rq file or SPARQL text.\n",
        ),
        (["missing.rq"], "Error: missing.rq: cannot read query file: "),
    ],
)
def test_query_exits_2_on_a_bad_query(
    invoke, example_store: Path, args: list[str], stderr: str
) -> None:
    r = invoke("query", *args, "--store", example_store)

    assert r.exit_code == 2, r.output
    assert r.stdout == ""
    assert r.stderr.startswith(stderr)


def test_query_exits_2_without_a_store(invoke, tmp_path: Path) -> None:
    r = invoke("query", ARTICLE_IDS, "--store", tmp_path / "none")

    assert r.exit_code == 2, r.output
    assert r.stderr == (
        f"Error: {tmp_path / 'none'}: no kg store here\nHint: Build one first with: kg build ARTICLES --store {tmp_path / 'none'}\n"
    )


# -- export ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fmt,rdflib_format,dataset",
    [
        ("trig", "trig", True),
        ("nquads", "nquads", True),
        ("jsonld", "json-ld", True),
        ("turtle", "turtle", False),
        ("ntriples", "nt", False),
    ],
)
def test_export(
    invoke, example_store: Path, tmp_path: Path, fmt: str, rdflib_format: str, dataset: bool
) -> None:
    out = tmp_path / f"graph.{fmt}"

    r = invoke("export", "--store", example_store, "--format", fmt, "-o", out)

    assert r.exit_code == 0, r.output
    assert r.output == ""
    assert [p.name for p in tmp_path.iterdir()] == [out.name]  # no .part left behind
    store = Store(example_store, read_only=True)
    ds = rdflib.Dataset()
    ds.parse(out, format=rdflib_format)
    quads = list(ds.quads((None, None, None, None)))
    if dataset:
        assert len(quads) == len(store)
        assert {str(g) for *_, g in quads} == set(store.named_graphs())
    else:
        distinct = next(
            iter(
                store.query(
                    "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"
                )
            )
        )
        assert len(quads) == int(distinct["n"].value)  # type: ignore[index]


def test_export_to_stdout(invoke, example_store: Path) -> None:
    r = invoke("export", "--store", example_store, "--format", "nquads")

    assert r.exit_code == 0, r.output
    assert len(r.stdout.splitlines()) == len(Store(example_store, read_only=True))


def test_export_exits_2_without_a_store(invoke, tmp_path: Path) -> None:
    r = invoke("export", "--store", tmp_path / "none", "--format", "trig")

    assert r.exit_code == 2, r.output
    assert r.stderr.startswith(f"Error: {tmp_path / 'none'}: no kg store here\n")


# -- stats and extractors --------------------------------------------------------------


def test_stats(invoke, example_store: Path) -> None:
    s = Store(example_store, read_only=True).stats()

    r = invoke("stats", "--store", example_store)

    assert r.exit_code == 0, r.output
    assert r.stdout == (
        f"articles  5\nevents    {s.events}\nentities  {s.entities}\ntriples   {s.triples}\ngraphs    7\n"
    )


def test_stats_exits_2_without_a_store(invoke, tmp_path: Path) -> None:
    r = invoke("stats", "--store", tmp_path / "none")

    assert r.exit_code == 2, r.output


def test_extractors(invoke) -> None:
    r = invoke("extractors")

    assert r.exit_code == 0, r.output
    heads = [line.split() for line in r.stdout.splitlines() if not line.startswith("     ")]
    assert heads[:2] == [
        ["10", "entities", "kg.extract.entities:EntityExtractor"],
        ["50", "events", "kg.extract.events:EventExtractor"],
    ]
    assert len(r.stdout.splitlines()) == 2 * len(heads)


@pytest.fixture
def registered(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[EntryPoint]]:
    """The entry points of the kg.extractors group, as the test sets them."""
    import kg.extract

    eps: list[EntryPoint] = []
    monkeypatch.setattr(kg.extract, "entry_points", lambda group: eps)
    kg.extract.load_extractors.cache_clear()
    yield eps
    kg.extract.load_extractors.cache_clear()


@pytest.mark.parametrize(
    "entry,stderr",
    [
        (
            None,
            (
                "Error: no extractors registered under the 'kg.extractors' entry point\n"
                "Hint: Install kg (pip install -e .) so its built-in extractors are registered.\n"
            ),
        ),
        (
            "no_such_module:Extractor",
            "Error: extractor 'broken' (no_such_module:Extractor) failed to load: No module named 'no_such_module'\n",
        ),
        ("kg.article:Article", "Error: extractor 'broken' (kg.article:Article) failed to load: "),
    ],
    ids=["none", "missing-module", "not-an-extractor"],
)
def test_extractors_exit_2_when_one_cannot_be_loaded(
    invoke, registered: list[EntryPoint], article: Path, entry: str | None, stderr: str
) -> None:
    if entry is not None:
        registered.append(EntryPoint("broken", entry, "kg.extractors"))

    for args in (["extractors"], ["extract", article]):
        r = invoke(*args)

        assert r.exit_code == 2, r.output
        assert r.stdout == ""
        assert r.stderr.startswith(stderr)
