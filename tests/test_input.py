"""Reading input: .txt (+ ID.json), .jsonl, folders, several paths, stdin; refusing bad input.

Every bad input gives one line naming the file and the problem, exit code 2, and the
other inputs are still processed; nothing already in the store changes.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.article import MAX_BYTES, Article, read_articles
from kg.errors import InputError

TEXT = "قصفت طائرات مسيّرة قاعدة التنف الأمريكية في ريف حمص يوم السبت، ما أدى إلى مقتل 3 عناصر."
OTHER = "أعلنت القيادة المركزية الأمريكية أن مقاتلاتها استهدفت منشأة في البوكمال."


def read(*paths: Path | str) -> list[Article | InputError]:
    return list(read_articles(paths))


def messages(items: list[Article | InputError]) -> list[str]:
    return [i.message for i in items if isinstance(i, InputError)]


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def jsonl(*records: object) -> str:
    return "".join(
        (r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in records
    )


# -- good input ------------------------------------------------------------------------


def test_txt_id_is_the_file_name_and_text_is_kept_as_decoded(tmp_path: Path) -> None:
    # CRLF, a tab, a right-to-left mark, tashkeel, trailing spaces: all kept.
    raw = ("  " + TEXT + "\r\n\tسطر\u200f ثانٍ  \r\n").encode("utf-8")
    path = write(tmp_path / "2023-10-19.a.txt", raw)

    [article] = read(path)

    assert article == Article("2023-10-19.a", raw.decode("utf-8"), str(path))


def test_byte_order_mark_is_part_of_the_encoding_not_of_the_text(tmp_path: Path) -> None:
    path = write(tmp_path / "bom.txt", "\ufeff".encode() + TEXT.encode())

    [article] = read(path)

    assert article.text == TEXT


@pytest.mark.parametrize(
    "published,expected",
    [
        ("2023-10-19", date(2023, 10, 19)),
        ("2023-10-19T08:30:00Z", date(2023, 10, 19)),
        ("2023-10-19T08:30:00+03:00", date(2023, 10, 19)),
        ("", None),
    ],
)
def test_sidecar_metadata(tmp_path: Path, published: str, expected: date | None) -> None:
    path = write(tmp_path / "a1.txt", TEXT)
    meta = {
        "url": "https://example.org/news/1",
        "title": "عنوان",
        "publisher": "Example News",
        "published": published,
        "ignored": ["unknown keys are ignored"],
    }
    write(tmp_path / "a1.json", json.dumps(meta))

    [article] = read(path)

    assert article == Article(
        "a1",
        TEXT,
        str(path),
        url="https://example.org/news/1",
        title="عنوان",
        publisher="Example News",
        published=expected,
    )


def test_jsonl_one_article_per_line(tmp_path: Path) -> None:
    path = write(
        tmp_path / "batch.jsonl",
        jsonl(
            {
                "id": "n1",
                "text": TEXT,
                "url": "https://example.org/1",
                "title": "t",
                "publisher": "p",
                "published": "2023-03-25",
            },
            "",
            {"id": 7, "text": OTHER},
        ),
    )

    assert read(path) == [
        Article(
            "n1",
            TEXT,
            f"{path}:1",
            url="https://example.org/1",
            title="t",
            publisher="p",
            published=date(2023, 3, 25),
        ),
        Article("7", OTHER, f"{path}:3"),
    ]


def test_folders_are_read_recursively_in_name_order(tmp_path: Path) -> None:
    write(tmp_path / "in" / "b.txt", TEXT)
    write(tmp_path / "in" / "b.json", '{"publisher": "P"}')
    write(tmp_path / "in" / "sub" / "deeper" / "a.txt", OTHER)
    write(tmp_path / "in" / "sub" / "c.jsonl", jsonl({"id": "c1", "text": TEXT}))
    write(tmp_path / "in" / ".hidden" / "h.txt", TEXT)
    write(tmp_path / "in" / ".h.txt", TEXT)

    items = read(tmp_path / "in")

    assert [(a.id, a.publisher) for a in items] == [("b", "P"), ("c1", None), ("a", None)]  # type: ignore[union-attr]


def test_several_paths_in_the_order_given(tmp_path: Path) -> None:
    one = write(tmp_path / "one.txt", TEXT)
    two = write(tmp_path / "x" / "two.txt", OTHER)
    both = write(tmp_path / "both.jsonl", jsonl({"id": "j", "text": TEXT}))

    assert [a.id for a in read(two, both, one)] == ["two", "j", "one"]  # type: ignore[union-attr]


def test_a_sidecar_named_beside_its_article_is_not_an_input(tmp_path: Path) -> None:
    # What a shell glob such as `kg build dir/a.*` passes.
    txt = write(tmp_path / "a.txt", TEXT)
    meta = write(tmp_path / "a.json", '{"title": "T"}')

    assert read(txt, meta) == [Article("a", TEXT, str(txt), title="T")]


@pytest.mark.parametrize(
    "data,expected",
    [
        (TEXT, [("stdin", TEXT)]),
        (
            jsonl({"id": "s1", "text": TEXT}, {"id": "s2", "text": OTHER}),
            [("s1", TEXT), ("s2", OTHER)],
        ),
    ],
)
def test_stdin(invoke, data: str, expected: list[tuple[str, str]]) -> None:
    r = invoke("extract", "-", "--format", "nquads", input=data)

    assert r.exit_code == 0, r.output
    assert r.stderr == ""
    dataset = ox.Dataset(ox.parse(r.stdout_bytes, ox.RdfFormat.N_QUADS))
    texts = {
        q.subject.value.rsplit("/", 1)[1]: q.object.value
        for q in dataset
        if q.predicate.value == "https://w3id.org/conflict-kg/ontology#text"
    }
    assert texts == dict(expected)


# -- bad input -------------------------------------------------------------------------

# (files to write, the path to read, the expected message with {d} for the folder)
BAD = {
    "empty": ({"a.txt": b""}, "a.txt", "{d}/a.txt: empty file"),
    "blank": ({"a.txt": b" \n\t\n"}, "a.txt", "{d}/a.txt: empty file"),
    "not-utf8": (
        {"a.txt": "قصف".encode() + b"\xff" + "صاروخي".encode()},
        "a.txt",
        "{d}/a.txt: not UTF-8 (invalid byte at offset 6)",
    ),
    "utf16": ({"a.txt": TEXT.encode("utf-16")}, "a.txt", "{d}/a.txt: binary file, not text"),
    "binary": (
        {"a.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"},
        "a.txt",
        "{d}/a.txt: binary file, not text",
    ),
    "control-chars": (
        {"a.txt": (TEXT[:20] + "\x01\x02\x03\x04\x05\x06").encode()},
        "a.txt",
        "{d}/a.txt: binary data, not text (6 control characters)",
    ),
    "html": (
        {"a.txt": f"<!DOCTYPE html><html><body><p>{TEXT}</p></body></html>"},
        "a.txt",
        "{d}/a.txt: looks like HTML, not article text; extract the text first",
    ),
    "html-fragment": (
        {"a.txt": f"<div>{TEXT}</div>"},
        "a.txt",
        "{d}/a.txt: looks like HTML, not article text; extract the text first",
    ),
    "no-arabic": (
        {"a.txt": "Drones struck al-Tanf on Saturday."},
        "a.txt",
        "{d}/a.txt: no Arabic text, not an Arabic news article",
    ),
    "persian-only-letters": (
        {"a.txt": "گچپژ"},
        "a.txt",
        "{d}/a.txt: no Arabic text, not an Arabic news article",
    ),
    "sidecar-malformed": (
        {"a.txt": TEXT, "a.json": '{"title": "x",}'},
        "a.txt",
        "{d}/a.json: malformed JSON metadata: Expecting property name enclosed in double quotes at line 1 column 15",
    ),
    "sidecar-not-object": (
        {"a.txt": TEXT, "a.json": "[1, 2]"},
        "a.txt",
        "{d}/a.json: metadata must be a JSON object, not list",
    ),
    "sidecar-not-utf8": (
        {"a.txt": TEXT, "a.json": b'{"title": "\xff"}'},
        "a.txt",
        "{d}/a.json: metadata is not UTF-8",
    ),
    "sidecar-field-type": (
        {"a.txt": TEXT, "a.json": '{"published": 20231019}'},
        "a.txt",
        "{d}/a.json: metadata field 'published' must be a string, not int",
    ),
    "published-words": (
        {"a.txt": TEXT, "a.json": '{"published": "yesterday"}'},
        "a.txt",
        "{d}/a.json: 'published' is not an ISO date (YYYY-MM-DD): 'yesterday'",
    ),
    "published-impossible": (
        {"a.txt": TEXT, "a.json": '{"published": "2023-02-30"}'},
        "a.txt",
        "{d}/a.json: 'published' is not an ISO date (YYYY-MM-DD): '2023-02-30'",
    ),
    "published-day-first": (
        {"a.txt": TEXT, "a.json": '{"published": "19/10/2023"}'},
        "a.txt",
        "{d}/a.json: 'published' is not an ISO date (YYYY-MM-DD): '19/10/2023'",
    ),
    "orphan-sidecar": (
        {"a.json": '{"title": "x"}'},
        "a.json",
        "{d}/a.json: metadata file without its article a.txt",
    ),
    "unknown-extension": (
        {"a.html": TEXT},
        "a.html",
        "{d}/a.html: unknown extension '.html'; expected .txt (with optional .json) or .jsonl",
    ),
    "no-extension": (
        {"a": TEXT},
        "a",
        "{d}/a: unknown extension '(none)'; expected .txt (with optional .json) or .jsonl",
    ),
    "missing-path": ({}, "nope.txt", "{d}/nope.txt: no such file or folder"),
    "jsonl-empty": ({"a.jsonl": b""}, "a.jsonl", "{d}/a.jsonl: empty file"),
    "jsonl-not-utf8": (
        {"a.jsonl": b'{"id": "x", "text": "\xff"}\n'},
        "a.jsonl",
        "{d}/a.jsonl:1: not UTF-8 (invalid byte at offset 21)",
    ),
    "jsonl-malformed": (
        {"a.jsonl": '{"id": "x", "text": "قصف"\n'},
        "a.jsonl",
        "{d}/a.jsonl:1: malformed JSON line: Expecting ',' delimiter at column 26",
    ),
    "jsonl-not-object": (
        {"a.jsonl": '["x", "قصف"]\n'},
        "a.jsonl",
        "{d}/a.jsonl:1: each line must be a JSON object",
    ),
    "jsonl-missing-id": (
        {"a.jsonl": jsonl({"text": TEXT})},
        "a.jsonl",
        "{d}/a.jsonl:1: missing or empty 'id'",
    ),
    "jsonl-blank-id": (
        {"a.jsonl": jsonl({"id": " ", "text": TEXT})},
        "a.jsonl",
        "{d}/a.jsonl:1: missing or empty 'id'",
    ),
    "jsonl-missing-text": (
        {"a.jsonl": jsonl({"id": "x"})},
        "a.jsonl",
        "{d}/a.jsonl:1: missing 'text' (a string)",
    ),
    "jsonl-text-not-string": (
        {"a.jsonl": jsonl({"id": "x", "text": ["قصف"]})},
        "a.jsonl",
        "{d}/a.jsonl:1: missing 'text' (a string)",
    ),
    "jsonl-empty-text": (
        {"a.jsonl": jsonl({"id": "x", "text": "  "})},
        "a.jsonl",
        "{d}/a.jsonl:1: empty article text",
    ),
    "jsonl-no-arabic": (
        {"a.jsonl": jsonl({"id": "x", "text": "hello"})},
        "a.jsonl",
        "{d}/a.jsonl:1: no Arabic text, not an Arabic news article",
    ),
    "jsonl-bad-published": (
        {"a.jsonl": jsonl({"id": "x", "text": TEXT, "published": "2023-13-01"})},
        "a.jsonl",
        "{d}/a.jsonl:1: 'published' is not an ISO date (YYYY-MM-DD): '2023-13-01'",
    ),
}


@pytest.mark.parametrize("files,target,expected", BAD.values(), ids=BAD.keys())
def test_bad_input_is_refused_with_the_file_and_the_problem(
    tmp_path: Path, files: dict[str, str | bytes], target: str, expected: str
) -> None:
    for name, content in files.items():
        write(tmp_path / name, content)

    assert messages(read(tmp_path / target)) == [expected.format(d=tmp_path)]


def test_too_large(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as f:
        f.truncate(MAX_BYTES + 1)  # sparse: the size is checked before reading

    assert messages(read(path)) == [f"{path}: too large (5.2 MB; the limit is 5 MiB)"]


def test_a_file_of_exactly_the_limit_is_read(tmp_path: Path) -> None:
    data = TEXT.encode()
    path = write(tmp_path / "limit.txt", data + b" " * (MAX_BYTES - len(data)))

    assert [a.id for a in read(path)] == ["limit"]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "files,expected",
    [
        (
            {"a/x.txt": TEXT, "b/x.txt": OTHER},
            ["{d}/b/x.txt: duplicate article id 'x' (first read from {d}/a/x.txt)"],
        ),
        (
            {"a/x.txt": TEXT, "b/more.jsonl": jsonl({"id": "x", "text": OTHER})},
            ["{d}/b/more.jsonl:1: duplicate article id 'x' (first read from {d}/a/x.txt)"],
        ),
        (
            {"a/more.jsonl": jsonl({"id": "x", "text": TEXT}, {"id": "x", "text": OTHER})},
            ["{d}/a/more.jsonl:2: duplicate article id 'x' (first read from {d}/a/more.jsonl:1)"],
        ),
    ],
    ids=["txt-txt", "txt-jsonl", "jsonl-jsonl"],
)
def test_duplicate_ids_keep_the_first(
    tmp_path: Path, files: dict[str, str], expected: list[str]
) -> None:
    for name, content in files.items():
        write(tmp_path / name, content)

    items = read(*sorted(p for p in tmp_path.iterdir()))

    assert messages(items) == [m.format(d=tmp_path) for m in expected]
    assert [a.text for a in items if isinstance(a, Article)] == [TEXT]


def test_bad_lines_do_not_stop_the_rest_of_a_jsonl_file(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.jsonl",
        jsonl({"id": "1", "text": TEXT}, "{oops", {"id": "3"}, {"id": "4", "text": OTHER}),
    )

    items = read(path)

    assert [i.id if isinstance(i, Article) else i.message for i in items] == [
        "1",
        f"{path}:2: malformed JSON line: Expecting property name enclosed in double quotes at column 2",
        f"{path}:3: missing 'text' (a string)",
        "4",
    ]


# -- bad input through the CLI ----------------------------------------------------------


@pytest.mark.parametrize("files,target,expected", BAD.values(), ids=BAD.keys())
def test_extract_reports_bad_input_in_one_line_and_goes_on(
    invoke, tmp_path: Path, files: dict[str, str | bytes], target: str, expected: str
) -> None:
    for name, content in files.items():
        write(tmp_path / "in" / name, content)
    good = write(tmp_path / "good.txt", TEXT)

    r = invoke("extract", tmp_path / "in" / target, good, "--format", "nquads")

    assert r.exit_code == 2, r.output
    assert r.stderr == "Error: " + expected.format(d=tmp_path / "in") + "\n"
    assert "<https://w3id.org/conflict-kg/id/graph/article/good> ." in r.stdout


def test_stdin_empty(invoke) -> None:
    r = invoke("extract", "-", input="")

    assert r.exit_code == 2, r.output
    assert r.stderr == "Error: <stdin>: empty file\n"


def test_build_with_bad_input_loads_the_rest_and_changes_nothing_else(
    invoke, snapshot, tmp_path: Path
) -> None:
    store = tmp_path / "store"
    kept = write(tmp_path / "kept.txt", TEXT)
    r = invoke("build", kept, "--store", store, "--quiet")
    assert r.exit_code == 0, r.output
    before = snapshot(store)

    # The article already loaded is now unreadable; beside it a new good one and bad ones.
    write(kept, b"")
    bad = write(tmp_path / "bad.jsonl", jsonl({"id": "x"}, "not json"))
    new = write(tmp_path / "new.txt", OTHER)
    r = invoke("build", kept, bad, tmp_path / "missing", new, "--store", store)

    assert r.exit_code == 2, r.output
    assert r.stdout == ""
    errors = [line for line in r.stderr.splitlines() if line.startswith("Error: ")]
    assert errors == [
        f"Error: {kept}: empty file",
        f"Error: {bad}:1: missing 'text' (a string)",
        f"Error: {bad}:2: malformed JSON line: Expecting value at column 1",
        f"Error: {tmp_path / 'missing'}: no such file or folder",
    ]
    assert "1 of 1 articles loaded" in r.stderr
    assert "4 input errors" in r.stderr
    after = snapshot(store)
    new_graph = "https://w3id.org/conflict-kg/id/graph/article/new"
    assert after.pop(new_graph)
    assert after == before


def test_jsonl_limit_applies_per_article_not_per_file(tmp_path):
    """A corpus file larger than the per-article limit is read; only an oversized line is refused."""
    from kg.article import MAX_BYTES, Article, read_articles

    text = "هجوم على قاعدة التنف " * 40
    count = MAX_BYTES // len(text.encode()) + 10
    lines = [json.dumps({"id": f"a{i}", "text": text}, ensure_ascii=False) for i in range(count)]
    lines.append(json.dumps({"id": "huge", "text": "ب" * (MAX_BYTES // 2 + 10)}, ensure_ascii=False))
    path = tmp_path / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert path.stat().st_size > MAX_BYTES
    results = list(read_articles([path]))
    articles = [r for r in results if isinstance(r, Article)]
    errors = [str(r) for r in results if not isinstance(r, Article)]
    assert len(articles) == count
    assert len(errors) == 1 and errors[0].startswith(f"{path}:{count + 1}: article too large")
