"""The core commands: build, extract, validate, query, export, stats, evaluate, extractors."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import click

from kg.cli import handle_errors, main, quiet_option, store_option
from kg.errors import InputError, KgError, QueryError

OUTPUT_FORMATS = ["trig", "nquads", "turtle", "jsonld"]
EXPORT_FORMATS = ["turtle", "trig", "nquads", "ntriples", "jsonld"]


def _echo_input_error(exc: InputError) -> None:
    click.echo(f"Error: {exc.message}", err=True)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@store_option
@quiet_option
@click.option("--no-validate", is_flag=True, help="Load without checking the shapes (faster, unsafe).")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes extracting and validating [default: one per core, at most 4; 1: all in this process].",
)
@handle_errors
def build(paths: tuple[str, ...], store_path: Path, quiet: bool, no_validate: bool, jobs: int | None) -> None:
    """Extract, validate and load articles into the store.

    PATHS are .txt articles (with optional ID.json metadata beside them), .jsonl
    files (one article per line), folders (read recursively) or - for stdin.
    Each article's statements replace its own named graph; an article whose
    data violates the shapes is not loaded and the report says why.

    Exit codes: 0 all loaded, 1 some article violated the shapes, 2 bad input
    (the other inputs are still loaded).

    Articles are extracted and validated in worker processes (--jobs) and
    written in input order, so the store is the same whatever the number of jobs.

    Example:

        kg build examples/articles --store kg-store
    """
    from kg.pipeline import build as run_build
    from kg.pipeline import default_jobs
    from kg.store import Store

    with Store(store_path) as store:
        bar = None
        counter = {"n": 0}

        def on_article(item: object) -> None:
            counter["n"] += 1
            if isinstance(item, InputError):
                _echo_input_error(item)
            if bar is not None:
                bar.update(1)

        show = not quiet and sys.stderr.isatty()
        options = {"validate": not no_validate, "jobs": jobs or default_jobs(), "on_article": on_article}
        if show:
            with click.progressbar(length=0, label="Building", file=sys.stderr, show_pos=True) as bar:  # type: ignore[var-annotated]
                report = run_build(paths, store, **options)  # type: ignore[arg-type]
        else:
            report = run_build(paths, store, **options)  # type: ignore[arg-type]
        for article_id, violations in sorted(report.rejected.items()):
            click.echo(f"Not loaded: article {article_id!r} violates the shapes:", err=True)
            for v in violations[:20]:
                click.echo(f"  - {v}", err=True)
        if not quiet:
            stats = store.stats()
            click.echo(
                f"Built {store_path}: {report.loaded} of {report.articles} articles loaded, "
                f"{report.events} events, {len(report.entities)} entities, {report.triples} triples "
                f"from these articles; {report.violations} violations, {len(report.input_errors)} input errors.",
                err=True,
            )
            click.echo(
                f"Store now holds {stats.articles} articles, {stats.events} events, {stats.entities} entities, "
                f"{stats.triples} triples in {stats.graphs} graphs.",
                err=True,
            )
            click.echo(f"Query it: kg query --list   |   kg query example-attacks-on-bases --store {store_path}", err=True)
    sys.exit(report.exit_code)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
@click.option("--format", "fmt", type=click.Choice(OUTPUT_FORMATS), default="trig", show_default=True)
@handle_errors
def extract(paths: tuple[str, ...], output: Path | None, fmt: str) -> None:
    """Extract RDF from articles without touching any store.

    Writes each article's named graph (TriG, N-Quads, JSON-LD) or the merged
    triples (Turtle). Bad input is reported on stderr (exit 2); the others are
    still written.

    Example:

        kg extract examples/articles -o examples.trig
    """
    import pyoxigraph as ox

    from kg.pipeline import extract_all
    from kg.store import RDF_FORMATS, dump_prefixes

    quads: list[ox.Quad] = []
    failed = False
    for item in extract_all(paths):
        if isinstance(item, InputError):
            _echo_input_error(item)
            failed = True
        else:
            quads.extend(item.quads)
    rdf_format = RDF_FORMATS[fmt]
    buffer = io.BytesIO()
    if fmt == "turtle":
        triples = list(dict.fromkeys(q.triple for q in quads))
        ox.serialize(triples, buffer, rdf_format, prefixes=dump_prefixes(rdf_format))
    else:
        ox.serialize(quads, buffer, rdf_format, prefixes=dump_prefixes(rdf_format))
    _write(buffer.getvalue(), output)
    sys.exit(2 if failed else 0)


@main.command()
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@store_option
@click.option("--format", "fmt", type=click.Choice(["text", "turtle", "json", "junit"]), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the report here.")
@handle_errors
def validate(files: tuple[Path, ...], store_path: Path, fmt: str, output: Path | None) -> None:
    """Check RDF files, or the store, against the SHACL shapes.

    With FILES (Turtle, TriG, N-Quads, N-Triples, JSON-LD, RDF/XML) those are
    validated, together with the ontology and gazetteer; without, the store is.
    Exit codes: 0 conforms, 1 violations, 2 error (e.g. unparsable RDF).

    Example:

    \b
        kg export --format trig -o graph.trig && kg validate graph.trig --format junit -o shacl.xml
    """
    from kg.store import Store
    from kg.validate import validate_files, validate_store

    if files:
        report = validate_files(list(files))
    else:
        report = validate_store(Store(store_path, read_only=True).raw)
    rendered = {"text": report.to_text, "turtle": report.to_turtle, "json": report.to_json, "junit": report.to_junit}[fmt]()
    _write(rendered.encode("utf-8"), output)
    sys.exit(report.exit_code)


@main.command()
@click.argument("query", required=False)
@store_option
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "xml"]), default="table", show_default=True)
@click.option("--list", "list_", is_flag=True, help="List the bundled queries with their descriptions.")
@handle_errors
def query(query: str | None, store_path: Path, fmt: str, list_: bool) -> None:
    """Run a SPARQL query on the store (default graph = union of all graphs).

    QUERY is a bundled query's name (see --list), a .rq file, or inline SPARQL.
    json and xml are the standard SPARQL 1.1 result formats. Bad SPARQL exits
    with 2 and the line and column of the error.

    Example:

        kg query example-attacks-on-bases --format csv
    """
    from kg.sparql import render_results, resolve_query

    if list_:
        from kg.queries import list_queries

        for q in list_queries():
            click.echo(f"{q.name}\n    {q.title}: {q.description}")
        return
    if not query:
        raise QueryError("no query given", hint="Pass a bundled query name (kg query --list), a .rq file or SPARQL text.")
    from kg.store import Store

    text = resolve_query(query)
    results = Store(store_path, read_only=True).query(text)
    _write(render_results(results, fmt), None)


@main.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here instead of stdout.")
@handle_errors
def export(store_path: Path, fmt: str, output: Path | None) -> None:
    """Export the whole store.

    TriG, N-Quads and JSON-LD keep each article's named graph; Turtle and
    N-Triples hold the distinct triples of all graphs together.

    Example:

        kg export --format turtle -o graph.ttl
    """
    from kg.store import Store

    store = Store(store_path, read_only=True)
    if output is None:
        store.dump(sys.stdout.buffer, fmt)
        return
    tmp = output.with_name(output.name + ".part")
    with tmp.open("wb") as f:
        store.dump(f, fmt)
    tmp.replace(output)


@main.command()
@store_option
@handle_errors
def stats(store_path: Path) -> None:
    """Counts of articles, events, entities, triples and graphs in the store.

    Example:

        kg stats --store kg-store
    """
    from kg.store import Store

    s = Store(store_path, read_only=True).stats()
    for name, value in (("articles", s.articles), ("events", s.events), ("entities", s.entities), ("triples", s.triples), ("graphs", s.graphs)):
        click.echo(f"{name:<9} {value}")


@main.command()
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True)
@click.option("--min-f1", type=float, default=None, help="Exit 1 if event F1 is below this.")
@handle_errors
def evaluate(gold_dir: Path, paths: tuple[Path, ...], fmt: str, min_f1: float | None) -> None:
    """Score extraction against gold annotations (see docs/evaluation.md).

    Prints precision, recall and F1 of attack events, and the accuracy of
    dates, killed counts and attackers on matched events, per article and in total.

    Example:

        kg evaluate ../shared/gold ../shared/corpus/seeds ../shared/corpus/dev
    """
    from kg.evaluate import evaluate as run_evaluate

    report = run_evaluate(gold_dir, list(paths))
    rendered = {"text": report.to_text, "json": report.to_json, "markdown": report.to_markdown}[fmt]()
    click.echo(rendered, nl=not rendered.endswith("\n"))
    if min_f1 is not None and report.f1 < min_f1:
        click.echo(f"Event F1 {report.f1:.3f} is below the required {min_f1:.2f}", err=True)
        sys.exit(1)


@main.command("extractors")
@handle_errors
def extractors_command() -> None:
    """List the registered extractors (entry-point group kg.extractors), in run order.

    Example:

        kg extractors
    """
    from kg.extract import describe_extractors

    for name, order, path, summary in describe_extractors():
        click.echo(f"{order:>3}  {name:<12} {path}\n     {summary}")


def _write(data: bytes | str, output: Path | None) -> None:
    if isinstance(data, str):
        data = data.encode("utf-8")
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    try:
        tmp = output.with_name(output.name + ".part")
        tmp.write_bytes(data)
        tmp.replace(output)
    except OSError as exc:
        raise KgError(f"{output}: cannot write: {exc.strerror or exc}") from exc
