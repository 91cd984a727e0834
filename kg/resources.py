"""The only place that locates the data files shipped with kg.

In a wheel the top-level ``ontology/``, ``shapes/``, ``queries/`` and
``gazetteer/`` folders are packed as ``kg/_data/<name>``; in a source tree or an
editable install they are read where they stand, beside the package.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_KINDS = ("ontology", "shapes", "queries", "gazetteer")


def data_dir(kind: str) -> Path:
    """Return the folder holding the shipped files of one kind.

    :param kind: one of ``ontology``, ``shapes``, ``queries``, ``gazetteer``.
    :raises ValueError: for an unknown kind.
    :raises FileNotFoundError: if the installation lacks the folder.

    >>> data_dir("shapes").is_dir()
    True
    """
    if kind not in _KINDS:
        raise ValueError(f"unknown data kind {kind!r}; expected one of {', '.join(_KINDS)}")
    for candidate in (_PACKAGE / "_data" / kind, _PACKAGE.parent / kind):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"kg data folder {kind!r} is missing from this installation")


def data_files(kind: str, suffix: str) -> list[Path]:
    """Return the shipped files of one kind with the given suffix, sorted by name."""
    return sorted(p for p in data_dir(kind).rglob(f"*{suffix}") if p.is_file())
