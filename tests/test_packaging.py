"""The data files (ontology, shapes, queries, gazetteer) are found through kg.resources.data_dir
from the source tree / editable install and from a built wheel installed elsewhere."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import kg
from kg.resources import data_dir, data_files

ROOT = Path(__file__).resolve().parent.parent
KINDS = ("ontology", "shapes", "queries", "gazetteer")
EXAMPLE = ROOT / "examples" / "articles" / "000_84eb2894b6242dca.txt"


def shipped(kind: str) -> list[str]:
    """The files of one kind in the source tree, relative to its folder."""
    return sorted(
        p.relative_to(ROOT / kind).as_posix() for p in (ROOT / kind).rglob("*") if p.is_file()
    )


@pytest.mark.parametrize("kind", KINDS)
def test_data_dir_in_the_source_tree(kind: str) -> None:
    folder = data_dir(kind)

    assert folder == ROOT / kind
    assert shipped(kind)


@pytest.mark.parametrize(
    "kind,suffix",
    [("ontology", ".ttl"), ("shapes", ".ttl"), ("queries", ".rq"), ("gazetteer", ".ttl")],
)
def test_data_files(kind: str, suffix: str) -> None:
    files = data_files(kind, suffix)

    assert files and files == sorted(files)
    assert all(f.suffix == suffix and f.is_file() for f in files)


def test_an_unknown_kind() -> None:
    with pytest.raises(
        ValueError,
        match="unknown data kind 'nope'; expected one of ontology, shapes, queries, gazetteer",
    ):
        data_dir("nope")


def test_the_package_is_typed() -> None:
    assert (Path(kg.__file__).parent / "py.typed").is_file()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    cmd = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out), str(ROOT)]
    if importlib.util.find_spec("hatchling") is not None:
        cmd.insert(4, "--no-build-isolation")  # no need to fetch the build backend
    done = subprocess.run(cmd, check=False, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr
    [built] = out.glob("kg-*.whl")
    return built


@pytest.mark.slow
def test_the_wheel_ships_the_data_files(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())

    for kind in KINDS:
        assert {f"kg/_data/{kind}/{f}" for f in shipped(kind)} <= names, kind
    assert "kg/py.typed" in names
    assert not any(n.startswith(("tests/", "examples/")) for n in names)


@pytest.mark.slow
def test_the_installed_wheel_finds_its_data_and_builds(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    subprocess.run(
        [sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True, timeout=120
    )
    bin_dir = venv / "bin"
    python = bin_dir / "python"
    done = subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--force-reinstall",
            str(wheel),
        ],
        check=False,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "KG_STORE")}
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"

    probe = (
        "import json, kg; from kg.resources import data_dir, data_files; "
        "print(json.dumps({'package': kg.__file__, "
        "'dirs': {k: str(data_dir(k)) for k in ('ontology', 'shapes', 'queries', 'gazetteer')}, "
        "'files': {k: sorted(p.relative_to(data_dir(k)).as_posix() for p in data_dir(k).rglob('*') if p.is_file()) "
        "for k in ('ontology', 'shapes', 'queries', 'gazetteer')}}))"
    )
    done = subprocess.run(
        [str(python), "-c", probe],
        cwd=elsewhere,
        env=env,
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    package = Path(found["package"]).parent
    assert package.is_relative_to(venv), package  # the wheel's kg, not the source tree's
    for kind in KINDS:
        assert Path(found["dirs"][kind]) == package / "_data" / kind
        assert found["files"][kind] == shipped(kind)

    store = tmp_path / "store"
    done = subprocess.run(
        [str(bin_dir / "kg"), "build", str(EXAMPLE), "--store", str(store)],
        cwd=elsewhere,
        env=env,
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "1 of 1 articles loaded" in done.stderr
    done = subprocess.run(
        [
            str(bin_dir / "kg"),
            "query",
            "example-attacks-on-bases",
            "--store",
            str(store),
            "--format",
            "json",
        ],
        cwd=elsewhere,
        env=env,
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["head"]["vars"] == ["date", "kind", "baseName", "killed"]
    done = subprocess.run(
        [str(bin_dir / "kg"), "extractors"],
        cwd=elsewhere,
        env=env,
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert [line.split()[1] for line in done.stdout.splitlines() if not line.startswith("     ")][
        :2
    ] == ["entities", "events"]
