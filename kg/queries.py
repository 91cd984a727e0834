"""The analyst queries shipped with kg: ``queries/NAME.rq``, each with a title and a description.

Every bundled query starts with a comment header that this module reads::

    # title: Attacks on a base over time
    # description: One row per attack on each military base, by date, ...
    #   a description may go on over lines indented by two or more spaces.

The queries are plain SPARQL 1.1 with their own PREFIX lines: they run as they are in any
endpoint whose default graph is the union of the named graphs (``kg`` stores are queried so).

>>> names = [q.name for q in list_queries()]
>>> "weekly-attacks-per-governorate" in names
True
>>> get_query("weekly-attacks-per-governorate").title
'Weekly attacks per governorate'
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import QueryError
from kg.resources import data_dir, data_files

SUFFIX = ".rq"
HEADER_KEYS = ("title", "description")
_KEY_LINE = re.compile(r"#\s?(?P<key>[a-z]+):\s*(?P<value>.*)")
_CONTINUATION = re.compile(r"#(?: {2,}|\t)\s*(?P<value>\S.*)")


@dataclass(frozen=True)
class BundledQuery:
    """One shipped query: its name (the file name without ``.rq``), header and text."""

    name: str
    title: str
    description: str
    text: str
    path: Path

    @classmethod
    def from_path(cls, path: Path, *, root: Path | None = None) -> BundledQuery:
        """Read a ``.rq`` file; its name is its path below ``root`` without the suffix.

        A file without a header gets its name as title and an empty description (the test
        suite makes sure no shipped query lacks one).

        :raises OSError: if the file cannot be read.
        """
        text = path.read_text(encoding="utf-8")
        relative = path.relative_to(root) if root is not None else Path(path.name)
        name = relative.with_suffix("").as_posix()
        header = parse_header(text)
        return cls(
            name=name,
            title=header.get("title", name),
            description=header.get("description", ""),
            text=text,
            path=path,
        )


def parse_header(text: str) -> dict[str, str]:
    """Read the ``# key: value`` lines at the top of a query.

    The header is the run of comment lines the file starts with. A value may go on over
    the following comment lines when they are indented by two or more spaces; its lines
    are joined with single spaces. Reading stops at the first other line, so free
    comments may follow after a bare ``#``.

    >>> parse_header('''# title: Weekly attacks
    ... # description: Attacks per ISO week
    ... #   and governorate.
    ... #
    ... # A free comment: not part of the header.
    ... SELECT * WHERE { ?s ?p ?o }''')
    {'title': 'Weekly attacks', 'description': 'Attacks per ISO week and governorate.'}
    """
    header: dict[str, str] = {}
    key: str | None = None
    for line in text.lstrip("\ufeff").splitlines():
        line = line.rstrip()
        if not line.startswith("#"):
            break
        continued = _CONTINUATION.fullmatch(line)
        if continued and key is not None:
            header[key] = f"{header[key]} {continued['value']}".strip()
            continue
        match = _KEY_LINE.fullmatch(line)
        if match is None:
            break
        key = match["key"]
        header[key] = match["value"].strip()
    return header


def list_queries() -> list[BundledQuery]:
    """Return every bundled query, sorted by name.

    :raises FileNotFoundError: if the installation lacks the ``queries`` folder.

    >>> all(q.title and q.description for q in list_queries())
    True
    """
    root = data_dir("queries")
    return [BundledQuery.from_path(path, root=root) for path in data_files("queries", SUFFIX)]


def get_query(name: str) -> BundledQuery:
    """Return the bundled query called ``name`` (``.rq`` may be given or left out).

    :raises QueryError: for an unknown name; its hint lists the names there are.

    >>> get_query("retaliation-chains.rq").name
    'retaliation-chains'
    >>> get_query("no-such-query")
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: no bundled query named 'no-such-query'
    """
    wanted = name.removesuffix(SUFFIX)
    queries = list_queries()
    for query in queries:
        if query.name == wanted:
            return query
    names = [q.name for q in queries]
    close = difflib.get_close_matches(wanted, names, n=1)
    hint = f"Did you mean {close[0]!r}? " if close else ""
    raise QueryError(
        f"no bundled query named {wanted!r}",
        hint=hint + "Bundled queries: " + ", ".join(names),
    )
