"""Articles: id, metadata and the original text, read from .txt (+ ID.json) and .jsonl input.

The original text is kept exactly as decoded from UTF-8: every offset kg
emits refers to it. Bad input never stops the other inputs: ``read_articles``
yields an :class:`~kg.errors.InputError` for each problem, in input order,
alongside the articles it could read.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from kg.errors import InputError

MAX_BYTES = 5 * 1024 * 1024
"""Largest article accepted; a news article is a few KB, a larger file is a wrong input."""

METADATA_FIELDS = ("url", "title", "publisher", "published")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
# Control characters other than tab, line feed and carriage return: binary data.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_HTML = re.compile(r"^\s*(<!doctype html|<html|<head|<body|<\?xml)|</(p|div|span|body|html)>", re.I)


@dataclass(frozen=True)
class Article:
    """One input article.

    :param id: its identifier (a file's name without extension, or the JSONL ``id``).
    :param text: the original text, as decoded.
    :param source: where it was read from, for messages (``path`` or ``path:line``).
    """

    id: str
    text: str
    source: str
    url: str | None = None
    title: str | None = None
    publisher: str | None = None
    published: date | None = None


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article | InputError]:
    """Read articles from files, folders (recursively) and ``-`` (standard input).

    Yields each article, or an InputError naming the file and the problem.
    A later article with an id already seen is refused as a duplicate.
    """
    seen: dict[str, str] = {}
    for item in _expand(paths):
        if isinstance(item, InputError):
            yield item
            continue
        for result in _read_path(item):
            if isinstance(result, Article):
                if result.id in seen:
                    yield InputError(
                        f"{result.source}: duplicate article id {result.id!r} (first read from {seen[result.id]})"
                    )
                    continue
                seen[result.id] = result.source
            yield result


def _expand(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    for raw in paths:
        path = Path(raw)
        if str(raw) == "-":
            yield path
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p, path))
            stems = {p.with_suffix("") for p in files if p.suffix == ".txt"}
            for p in files:
                # A .json beside a .txt of the same name is that article's metadata.
                if p.suffix == ".json" and p.with_suffix("") in stems:
                    continue
                yield p
        elif path.is_file():
            if path.suffix == ".json" and path.with_suffix(".txt").is_file():
                continue  # metadata of an article given next to it (e.g. by a shell glob)
            yield path
        else:
            yield InputError(f"{path}: no such file or folder")


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def _read_path(path: Path) -> Iterator[Article | InputError]:
    if str(path) == "-":
        yield from _read_stdin()
    elif path.suffix == ".txt":
        yield _read_txt(path)
    elif path.suffix == ".jsonl":
        yield from _read_jsonl(path)
    elif path.suffix == ".json":
        yield InputError(f"{path}: metadata file without its article {path.with_suffix('.txt').name}")
    else:
        yield InputError(
            f"{path}: unknown extension {path.suffix or '(none)'!r}; expected .txt (with optional .json) or .jsonl"
        )


def _read_stdin() -> Iterator[Article | InputError]:
    data = sys.stdin.buffer.read()
    first = data.lstrip()[:1]
    if first == b"{":
        yield from _parse_jsonl(data, "<stdin>")
    else:
        text = _decode(data, "<stdin>")
        yield text if isinstance(text, InputError) else _checked(Article("stdin", text, "<stdin>"))


def _read_bytes(path: Path) -> bytes | InputError:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return InputError(f"{path}: too large ({size / 1e6:.1f} MB; the limit is {MAX_BYTES // 2**20} MiB)")
        return path.read_bytes()
    except OSError as exc:
        return InputError(f"{path}: cannot read: {exc.strerror or exc}")


def _decode(data: bytes, source: str) -> str | InputError:
    if not data.strip():
        return InputError(f"{source}: empty file")
    if b"\x00" in data[:8192]:
        return InputError(f"{source}: binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return InputError(f"{source}: not UTF-8 (invalid byte at offset {exc.start})")
    return text[1:] if text.startswith("\ufeff") else text


def _checked(article: Article) -> Article | InputError:
    """Refuse text that is not an Arabic news article."""
    text = article.text
    if not text.strip():
        return InputError(f"{article.source}: empty article text")
    if _HTML.search(text[:2000]):
        return InputError(f"{article.source}: looks like HTML, not article text; extract the text first")
    controls = len(_CONTROL.findall(text))
    if controls > max(3, len(text) // 100):
        return InputError(f"{article.source}: binary data, not text ({controls} control characters)")
    if not _ARABIC_LETTER.search(text):
        return InputError(f"{article.source}: no Arabic text, not an Arabic news article")
    return article


def _read_txt(path: Path) -> Article | InputError:
    data = _read_bytes(path)
    if isinstance(data, InputError):
        return data
    text = _decode(data, str(path))
    if isinstance(text, InputError):
        return text
    meta: dict[str, Any] = {}
    sidecar = path.with_suffix(".json")
    if sidecar.is_file():
        loaded = _read_sidecar(sidecar)
        if isinstance(loaded, InputError):
            return loaded
        meta = loaded
    fields = _metadata(meta, str(sidecar))
    if isinstance(fields, InputError):
        return fields
    return _checked(Article(path.stem, text, str(path), **fields))


def _read_sidecar(path: Path) -> dict[str, Any] | InputError:
    data = _read_bytes(path)
    if isinstance(data, InputError):
        return data
    try:
        meta = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        return InputError(f"{path}: metadata is not UTF-8")
    except json.JSONDecodeError as exc:
        return InputError(f"{path}: malformed JSON metadata: {exc.msg} at line {exc.lineno} column {exc.colno}")
    if not isinstance(meta, dict):
        return InputError(f"{path}: metadata must be a JSON object, not {type(meta).__name__}")
    return meta


def _metadata(meta: dict[str, Any], source: str) -> dict[str, Any] | InputError:
    """Validate the metadata fields; unknown keys are ignored."""
    fields: dict[str, Any] = {}
    for key in METADATA_FIELDS:
        value = meta.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            return InputError(f"{source}: metadata field {key!r} must be a string, not {type(value).__name__}")
        value = value.strip()
        if not value:
            continue
        if key == "published":
            parsed = _parse_date(value)
            if parsed is None:
                return InputError(f"{source}: 'published' is not an ISO date (YYYY-MM-DD): {value!r}")
            fields[key] = parsed
        else:
            fields[key] = value
    return fields


def _parse_date(value: str) -> date | None:
    # Accept a full ISO timestamp too ("2023-10-19T08:00:00Z"): the day is what counts.
    match = re.fullmatch(r"(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?", value)
    if not match:
        return None
    try:
        return date.fromisoformat(match.group(1))
    except ValueError:
        return None


def _read_jsonl(path: Path) -> Iterator[Article | InputError]:
    """Stream a JSONL file line by line: the size limit applies to each article, not the file."""
    try:
        with path.open("rb") as f:
            yield from _parse_jsonl_lines(f, str(path))
    except OSError as exc:
        yield InputError(f"{path}: cannot read: {exc.strerror or exc}")


def _parse_jsonl(data: bytes, source: str) -> Iterator[Article | InputError]:
    yield from _parse_jsonl_lines(iter(data.splitlines(keepends=True)), source)


def _parse_jsonl_lines(lines: Iterable[bytes], source: str) -> Iterator[Article | InputError]:
    empty = True
    for n, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        empty = False
        where = f"{source}:{n}"
        if len(raw) > MAX_BYTES:
            yield InputError(f"{where}: article too large ({len(raw) / 1e6:.1f} MB; the limit is {MAX_BYTES // 2**20} MiB)")
            continue
        if b"\x00" in raw:
            yield InputError(f"{where}: binary data, not a JSON line")
            continue
        try:
            line = raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError as exc:
            yield InputError(f"{where}: not UTF-8 (invalid byte at offset {exc.start})")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(f"{where}: malformed JSON line: {exc.msg} at column {exc.colno}")
            continue
        if not isinstance(record, dict):
            yield InputError(f"{where}: each line must be a JSON object")
            continue
        art_id, body = record.get("id"), record.get("text")
        if not isinstance(art_id, str | int) or not str(art_id).strip():
            yield InputError(f"{where}: missing or empty 'id'")
            continue
        if not isinstance(body, str):
            yield InputError(f"{where}: missing 'text' (a string)")
            continue
        fields = _metadata(record, where)
        if isinstance(fields, InputError):
            yield fields
            continue
        yield _checked(Article(str(art_id).strip(), body, where, **fields))
    if empty:
        yield InputError(f"{source}: empty file")
